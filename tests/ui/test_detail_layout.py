"""The detail pane gives the checklist its room and keeps every tab in reach on small screens."""

from tests.ui.conftest import add

TEN_MUSTS = "Warehouse Lead\nNorthbay Freight\n\nRequirements:\n" + "".join(
    f"- {skill}\n"
    for skill in (
        "Forklift licence",
        "Three years in a warehouse",
        "SAP EWM",
        "Excel",
        "First aid certificate",
        "Night shifts",
        "English and Dutch",
        "Lean methods",
        "Team leading",
        "A driving licence",
    )
)


def _rows_in_view(view) -> int:
    height = view.viewport().height()
    model = view.model()
    return sum(
        1
        for row in range(model.rowCount())
        if view.visualRect(model.index(row, 0)).bottom() <= height
    )


def test_at_1280_by_800_the_overview_shows_eight_must_haves_at_least(qtbot, window):
    window.resize(1280, 800)
    add(window, TEN_MUSTS)
    detail = window.detail
    assert detail.tabs.currentWidget() is detail.overview
    qtbot.waitUntil(lambda: detail.reading.must_model.rowCount() == 10)
    assert _rows_in_view(detail.reading.must_list) >= 8
    assert "Northbay Freight" in detail.summary.text() and "Saved" in detail.summary.text()


def test_at_1024_by_700_every_tab_is_in_reach_without_scroll_arrows(qtbot, window):
    window.resize(1024, 700)
    add(window, TEN_MUSTS)
    bar = window.detail.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.width() < 600)
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
    assert [bar.tabText(i).replace("&", "") for i in range(bar.count())] == [
        "Overview",
        "Posting",
        "Details",
        "Notes",
        "Messages",
        "Proposal",
    ]


MANY_FLAGS = (
    "Hello! We are hiring students for a remote assistant job, 7 hours a week, weekly pay "
    "of $900. Reply to my personal email garnet.hr.desk@outlook.com with your full name, "
    "address and phone number. Add me on Telegram for the interview. We will send you a "
    "check to buy the equipment from our vendor. Please also send your bank account number."
)


def test_at_1024_by_700_a_long_scam_warning_is_shown_whole(qtbot, window):
    """Seven reasons need more than the pane's height: the overview scrolls rather than cut
    the warning off mid-sentence."""
    window.resize(1024, 700)
    add(window, MANY_FLAGS)
    banner = window.detail.risk_banner
    qtbot.waitUntil(lambda: banner.isVisible() and banner.text().count("<li>") >= 5)
    qtbot.wait(50)
    assert banner.height() >= banner.heightForWidth(banner.width())


def test_a_narrow_header_never_breaks_a_chip_over_two_lines(qtbot, window):
    """ "Full-time" wrapped as "Full-" / "time" at some widths: Qt's nowrap keeps spaces
    together, not the words either side of a hyphen or a slash."""
    from PySide6.QtGui import QTextDocument

    window.resize(1024, 700)
    add(
        window,
        "Payroll Specialist\nCoastline Foods\n\nFull-time. Salary: USD 3,000-5,000/month.\n",
    )
    qtbot.waitUntil(lambda: "USD" in window.detail.summary.text())
    for width in range(180, 420, 10):  # as narrow as the pane gets, and the widths between
        document = QTextDocument()
        document.setDefaultFont(window.detail.summary.font())
        document.setHtml(window.detail.summary.text())
        document.setTextWidth(width)
        document.size()  # laid out now
        lines = []
        block = document.begin()
        while block.isValid():
            text, layout = block.text(), block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                shown = text[line.textStart() : line.textStart() + line.textLength()]
                lines.append(shown.replace("\u2060", "").replace("\xa0", " "))
            block = block.next()
        for chip in ("USD 3,000-5,000/month", "Full-time"):
            assert any(chip in line for line in lines), f"{chip!r} broken at {width}: {lines}"


def test_tab_through_the_overview_stops_only_where_the_focus_shows(qtbot, window):
    """From the pane's tabs, Tab goes to the first control of the overview: the areas that
    scroll it and an empty list of events took the focus with nothing to show it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTabBar

    add(window, TEN_MUSTS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tabs = window.detail.findChild(QTabBar)
    tabs.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tabs)
    qtbot.keyClick(tabs, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.detail.events.add_button


def test_a_title_too_long_for_its_field_shows_whole_on_hover(window):
    add(window, "Platform Engineer\n\nRequirements:\n- Go\n- PostgreSQL\n")
    field = window.detail.title_edit
    assert field.toolTip() == "Platform Engineer"
    title = "Principal Platform Engineer, Payments Ledger and Merchant Risk Tooling Group"
    field.setText(title)  # as typed, or as the next posting's is shown
    assert field.fontMetrics().horizontalAdvance(title) > field.width()
    assert field.toolTip() == title


def test_the_details_fields_take_the_width_of_the_tab(qtbot, window):
    window.resize(1280, 800)
    add(window, "Field Technician\n\nLocation: Remote, with a visit to Leeds once a month\n")
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.details)
    qtbot.waitUntil(detail.location_edit.isVisible)
    # the labels take their own width; the fields everything else, not half of it
    assert detail.location_edit.width() > detail.details.width() * 0.6
