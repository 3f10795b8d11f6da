"""The detail pane's reading: requirement lists, highlighted spans, folding, corrections."""

import re
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from desktop.domain.reading.kinds import SectionKind
from desktop.domain.tracking.tracker import PostingDetails
from desktop.ui.main_window import MainWindow
from desktop.ui.reading_view import qt_position
from desktop.ui.settings import UiState
from desktop.ui.tasks import ImmediateTasks
from tests.conftest import fixture_text
from tests.ui.conftest import FakePrompts, add

CONTRACT = fixture_text("platform_contract.txt")


def test_requirements_are_listed_and_choosing_one_highlights_its_words(window):
    add(window, CONTRACT)
    reading = window.detail.reading
    assert reading.must_label.text() == "Must-haves (8)"
    assert reading.must_model.rowCount() == 8
    reading.must_list.setCurrentIndex(reading.must_model.index(2, 0))
    assert reading.highlighted() == "Experience writing unit tests (XCTest, JUnit, etc);"


def test_highlight_lands_on_the_words_after_emoji_and_windows_line_ends(window):
    text = (
        "Café 🚀 Studio\r\n\r\n## Requirements\r\n- Swift 🍏 and SwiftUI\r\n- 3+ years of iOS\r\n"
    )
    add(window, text)
    reading = window.detail.reading
    reading.must_list.setCurrentIndex(reading.must_model.index(1, 0))
    assert reading.highlighted() == "3+ years of iOS"
    # CRs are dropped on display and each emoji counts as two UTF-16 units.
    assert qt_position(text, len(text)) == len(text) - text.count("\r") + 2


def test_job_board_and_legal_text_start_folded_and_can_be_unfolded(window):
    add(window, CONTRACT)
    reading = window.detail.reading
    model = reading.section_model
    kinds = [model.section(r).kind for r in range(model.rowCount())]
    footer_row = kinds.index(SectionKind.BOILERPLATE)
    document = reading.text_view.document()
    footer_block = document.findBlock(qt_position(CONTRACT, model.section(footer_row).start))
    assert not model.is_shown(footer_row) and not footer_block.isVisible()
    model.setData(
        model.index(footer_row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert document.findBlock(footer_block.position()).isVisible()


def test_field_corrections_are_saved_marked_and_can_be_reset(window, tracker):
    posting = add(window, CONTRACT)
    detail = window.detail
    detail.pay_edit.setText("€45-60/hour")
    detail.pay_edit.editingFinished.emit()
    detail.engagement_combo.setCurrentIndex(detail.engagement_combo.findData("part-time"))
    detail.engagement_combo.activated.emit(detail.engagement_combo.currentIndex())
    stored = tracker.get(posting.id)
    assert stored.analysis.pay.currency == "EUR" and stored.analysis.pay.max == 60
    assert stored.analysis.engagement == "part-time"
    assert detail._field_labels["pay"].font().italic()
    assert detail.reset_button.isEnabled()
    detail.reset_button.click()
    assert tracker.get(posting.id).analysis.engagement == "contract"
    assert detail.engagement_combo.currentData() == "contract"


def test_unreadable_pay_is_refused_in_place_and_not_saved(window, tracker):
    posting = add(window, CONTRACT)
    window.detail.pay_edit.setText("a lot")
    window.detail.pay_edit.editingFinished.emit()
    assert "b3261e" in window.detail.pay_edit.styleSheet()
    assert tracker.get(posting.id).overridden == frozenset()


def test_postings_read_by_an_older_parser_are_read_again_on_open(qtbot, tracker, paths, user_time):
    posting = tracker.add(CONTRACT, PostingDetails())
    with sqlite3.connect(paths.db_file) as raw:
        raw.execute("UPDATE posting SET analysis = NULL, analysis_version = 0")
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(
        tracker,
        ImmediateTasks(),
        UiState(paths.ui_state_file),
        prompts=FakePrompts(),
    )
    qtbot.addWidget(window)
    assert tracker.stale_readings() == []
    assert "read 1 posting again" in window.statusBar().currentMessage().lower()
    assert len(tracker.get(posting.id).analysis.must_haves) == 8


SCAM = (
    "Data Entry Clerk (remote)\n\nWork from home, no experience needed, $40/hr.\n"
    "Congratulations, you have been selected for this role.\n"
    "Contact our hiring manager on Telegram to start, and send your bank account number.\n"
)


def test_scam_posting_gets_a_banner_highlighted_words_and_a_risk_column(window):
    from desktop.ui.posting_model import Column

    add(window, SCAM)
    banner = window.detail.risk_banner
    assert banner.isVisible() if window.isVisible() else not banner.isHidden()
    assert banner.text().startswith("<b>High scam risk</b>")
    # the family names the chat app; its signal on the same word is not listed again
    assert "Moved off the platform before a contract" in banner.text()
    assert "Interview or contact moved to a chat app" not in banner.text()
    # The conclusion (a scam family) leads, the single low signals come last.
    titles = re.findall(r"<li><b>(.*?)</b>", banner.text())
    assert titles[0] in (
        "Task or &#x27;optimisation&#x27; job",
        "Moved off the platform before a contract",
    )
    assert titles[-1] in (
        "Simple work on your own terms",
        "Pay that is out of proportion to the work",
        "Hired without a real interview",
    )
    assert window.model.index(0, Column.RISK).data() == "High"
    red = [
        s
        for s in window.detail.text_view.extraSelections()
        if s.format.background().color().name() == "#ffabab"
    ]
    assert "Telegram" in {s.cursor.selectedText() for s in red}
    # Dark ink over the light tints and the banner, so a dark palette keeps them readable.
    assert {s.format.foreground().color().name() for s in red} == {"#202124"}
    assert "color: #202124" in banner.styleSheet()


def test_a_clean_posting_has_no_banner(window):
    add(window, CONTRACT)
    assert window.detail.risk_banner.isHidden()


def test_dismissing_a_flag_keeps_it_listed_and_lowers_the_level(window, tracker):
    posting = add(
        window, "Support agent, remote. Interviews are held on Telegram with our recruiter.\n"
    )
    assert "High scam risk" in window.detail.risk_banner.text()
    window.detail.risk_banner.linkActivated.emit("dismiss:F5")
    assert tracker.dismissed_flags(posting.id) == {"F5"}
    banner = window.detail.risk_banner.text()
    assert "No scam risk left" in banner and "restore:F5" in banner
    window.detail.risk_banner.linkActivated.emit("restore:F5")
    assert "High scam risk" in window.detail.risk_banner.text()


def test_a_message_added_to_a_posting_is_kept_dated_and_read_for_red_flags(window, tracker):
    from datetime import date

    posting = add(window, CONTRACT)
    assert window.detail.risk_banner.isHidden()
    messages = window.detail.messages
    messages.paste_box.setPlainText(
        "Hi, to finish onboarding please send your bank account number and a copy of your "
        "passport to hr.lancehub@gmail.com"
    )
    messages._add()
    stored = tracker.messages(posting.id)
    assert len(stored) == 1 and stored[0].received == date(2026, 8, 5)
    assert messages.paste_box.toPlainText() == ""
    assert messages.model.index(0, 0).data().startswith("2026-08-05 · high risk · Hi, to finish")
    assert "High scam risk" in window.detail.risk_banner.text()
    messages.list.setCurrentIndex(messages.model.index(0, 0))
    marked = {s.cursor.selectedText() for s in messages.reader.extraSelections()}
    assert "hr.lancehub@gmail.com" in marked
    messages._remove()
    assert tracker.messages(posting.id) == []


def test_the_messages_panes_say_what_goes_in_them(window):
    """Before any message was added the Messages tab showed two empty, unlabelled panes."""
    add(window, CONTRACT)
    messages = window.detail.messages
    window.detail.tabs.setCurrentWidget(messages)
    assert messages.no_messages.isVisible()
    assert "paste one below" in messages.no_messages.text()
    assert "Choose a message" in messages.reader.placeholderText()
    messages.paste_box.setPlainText("Dear Sam,\n\nAre you free for a call on Tuesday?")
    messages._add()
    assert messages.model.rowCount() == 1
    assert not messages.no_messages.isVisible()


def test_an_empty_message_is_refused_and_nothing_typed_is_lost(window, prompts, tracker):
    posting = add(window, CONTRACT)
    window.detail.messages.paste_box.setPlainText("   ")
    window.detail.messages._add()
    assert "empty" in prompts.warnings[0][1]
    assert tracker.messages(posting.id) == []


def test_a_chosen_section_leaves_the_warnings_words_marked_inside_it(window, qtbot):
    """Choosing a section tints all of it; the red flags' words are painted over that tint."""
    add(window, SCAM)
    reading = window.detail.reading
    _click_row(qtbot, reading.section_list, 0)
    selections = window.detail.text_view.extraSelections()
    flagged = [
        i for i, s in enumerate(selections) if s.format.background().color().name() == "#ffabab"
    ]
    chosen = [
        i for i, s in enumerate(selections) if s.cursor.selectedText() == reading.highlighted()
    ]
    assert flagged and chosen and min(flagged) > max(chosen)


def test_positions_in_the_shown_text_match_the_stored_texts_for_any_line_ends_and_emoji():
    """Found by search, not by re-reading the text for each place; the same answers."""
    from desktop.ui.reading_view import Positions

    def shown_length(text: str, index: int) -> int:
        shown = text[:index].replace("\r\n", "\n").replace("\r", "\n")
        return len(shown.encode("utf-16-le")) // 2

    for text in ("plain", "a\r\nb\rc\n", "🚀 x\r\n𝔸\r\r\nend", "\r\n\r\n😀"):
        positions = Positions(text)
        assert [positions.at(i) for i in range(len(text) + 1)] == [
            shown_length(text, i) for i in range(len(text) + 1)
        ]


INLINE_HEADINGS = (
    "Field Analyst\n\nAbout Us: we map rivers for towns across the state and publish flood maps "
    "every season for planners and for the people who live beside the water. Key "
    "Responsibilities: process the flood data every week and check every output with care "
    "before it ships to the towns. Required Skills: Python, SQL and three years of GIS work "
    "on public data sets of real size and age.\n"
)


def test_headings_run_into_a_paragraph_are_bold_and_the_paragraph_is_not(window):
    """A heading that lost its line break is bold; the rest of its paragraph stays plain."""
    add(window, INLINE_HEADINGS)
    document = window.detail.text_view.document()

    def weight_at(words: str) -> int:
        cursor = QTextCursor(document)
        cursor.setPosition(INLINE_HEADINGS.index(words) + 1)
        return cursor.charFormat().fontWeight()

    assert weight_at("Key Responsibilities") == QFont.Weight.Bold
    assert weight_at("process the flood data") != QFont.Weight.Bold
    assert weight_at("public data sets") != QFont.Weight.Bold


MARKED_HEADINGS = (
    "Support Engineer\n\n## Description\n\nYou answer our customers' questions by email.\n\n"
    "### **What you bring**\n\n- Three years of support work\n- Written English\n"
)


def test_a_heading_written_with_markup_is_bold_to_its_last_letter(window):
    """ "## Description" is read as "Description": the bold covers its words, not as many
    characters from the markup."""
    add(window, MARKED_HEADINGS)
    document = window.detail.text_view.document()

    def weight_at(index: int) -> int:
        cursor = QTextCursor(document)
        cursor.setPosition(index + 1)  # the format of the character at `index`
        return cursor.charFormat().fontWeight()

    for heading in ("Description", "What you bring"):
        last = MARKED_HEADINGS.index(heading) + len(heading) - 1
        assert weight_at(last) == QFont.Weight.Bold
    assert weight_at(MARKED_HEADINGS.index("answer our")) != QFont.Weight.Bold
    assert weight_at(MARKED_HEADINGS.index("Three years")) != QFont.Weight.Bold


def test_a_long_section_name_is_shortened_in_the_list_and_whole_in_its_tooltip(qtbot):
    from desktop.domain.reading.sections import Section
    from desktop.ui.reading_view import SectionListModel

    heading = "Additionally, as need and availability allows, other tasks may follow"
    model = SectionListModel()
    model.set_sections((Section(SectionKind.RESPONSIBILITIES, heading, 0, 10, ()),))
    name = model.index(0, 0).data()
    assert name.endswith("…") and len(name) <= 41 and name.startswith("Responsibilities")
    assert heading in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_section_named_as_its_kind_is_listed_once_and_without_markup(qtbot):
    from desktop.domain.reading.sections import Section
    from desktop.ui.reading_view import SectionListModel

    model = SectionListModel()
    model.set_sections(
        (
            Section(SectionKind.RESPONSIBILITIES, "RESPONSIBILITIES:", 0, 5, ()),
            Section(SectionKind.NICE_TO_HAVE, "**Nice to haves**", 5, 9, ()),
            Section(SectionKind.BENEFITS, "Perks_", 9, 12, ()),
        )
    )
    names = [model.index(row, 0).data() for row in range(3)]
    assert names == ["RESPONSIBILITIES", "Nice to haves", "Benefits: Perks"]


def test_enter_on_a_must_have_opens_the_posting_on_its_words_the_first_time(window, qtbot):
    add(window, CONTRACT)
    window.show()
    qtbot.waitExposed(window)
    detail, reading = window.detail, window.detail.reading
    detail.tabs.setCurrentIndex(0)  # the checklist sits in the overview
    reading.must_list.setFocus()
    reading.must_list.setCurrentIndex(reading.must_model.index(2, 0))
    qtbot.keyClick(reading.must_list, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert detail.tabs.currentWidget() is reading
    # the item's words, not the first section the list of sections offers on focus
    assert reading.highlighted() == "Experience writing unit tests (XCTest, JUnit, etc);"
    # and scrolled to them
    assert reading.text_view.cursorRect().intersects(reading.text_view.viewport().rect())
    assert reading.text_view.hasFocus()


def test_the_lists_taking_the_focus_mark_nothing_until_an_item_is_chosen(window, qtbot):
    add(window, CONTRACT)
    reading = window.detail.reading
    for view in (reading.section_list, reading.must_list):
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(10)
        assert reading.highlighted() == ""
    _click_row(qtbot, reading.section_list, 0)
    assert reading.highlighted() != ""


def _click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
