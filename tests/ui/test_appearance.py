"""View → Appearance: light, dark or the system's, remembered for the next start."""

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.appearance import Appearance, AppearanceSwitch
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiState
from desktop.ui.tasks import ImmediateTasks
from tests.ui.conftest import add


def _lightness(widget) -> float:
    return widget.palette().color(QPalette.ColorRole.Window).lightnessF()


def _menu_choice(window, label):
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    appearance = next(a.menu() for a in view.actions() if a.text() == "&Appearance")
    return next(a for a in appearance.actions() if a.text() == label)


def test_dark_and_light_are_chosen_from_the_menu_and_kept(qtbot, tracker, paths):
    app = QApplication.instance()
    switch = AppearanceSwitch(app)
    before = QPalette(app.palette())
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(tracker, ImmediateTasks(), UiState(paths.ui_state_file), appearance=switch)
    qtbot.addWidget(window)
    try:
        assert _menu_choice(window, "Like the &system").isChecked()
        _menu_choice(window, "&Dark").trigger()
        qtbot.waitUntil(lambda: _lightness(window) < 0.3)
        assert _lightness(window.table) < 0.3
        assert UiState(paths.ui_state_file).appearance is Appearance.DARK
        _menu_choice(window, "&Light").trigger()
        qtbot.waitUntil(lambda: _lightness(window) > 0.7)
        _menu_choice(window, "Like the &system").trigger()
        assert app.palette() == before
        assert UiState(paths.ui_state_file).appearance is Appearance.SYSTEM
    finally:
        switch.apply(Appearance.SYSTEM)


@pytest.fixture
def shown(qtbot, tracker, paths):
    """A shown window with its appearance switch, the system's appearance restored after."""
    switch = AppearanceSwitch(QApplication.instance())
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(tracker, ImmediateTasks(), UiState(paths.ui_state_file), appearance=switch)
    qtbot.addWidget(window)
    window.show()
    yield window
    switch.apply(Appearance.SYSTEM)


def test_the_shown_postings_chips_follow_a_switch_to_dark_at_once(qtbot, shown):
    window = shown
    add(window, "Night Editor\nThe Courier · Leeds\nFull-time, £32,000 a year\n")
    _menu_choice(window, "&Light").trigger()
    qtbot.waitUntil(lambda: "#dfe3e8" in window.detail.summary.text())
    _menu_choice(window, "&Dark").trigger()
    # No other posting chosen: the header's chips take the dark tint by themselves.
    qtbot.waitUntil(lambda: "#3c4148" in window.detail.summary.text())
    assert "#dfe3e8" not in window.detail.summary.text()


def test_an_empty_check_box_stands_out_on_the_dark_palette(qtbot):
    """The box's edge is clearly lighter than what is around it, so a tick-it-yourself item
    reads as one."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    app = QApplication.instance()
    switch = AppearanceSwitch(app)
    try:
        switch.apply(Appearance.DARK)
        box = QCheckBox("Valid driving licence")
        qtbot.addWidget(box)
        box.resize(300, 30)
        image = box.grab().toImage()
        option = QStyleOptionButton()
        option.initFrom(box)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        edge = max(
            image.pixelColor(rect.left(), y).lightnessF() for y in range(rect.top(), rect.bottom())
        )
        around = image.pixelColor(image.width() - 2, rect.center().y()).lightnessF()
        assert edge - around > 0.25
    finally:
        switch.apply(Appearance.SYSTEM)


def test_a_labels_links_take_the_new_palettes_colour_at_once(qtbot):
    from PySide6.QtWidgets import QLabel

    app = QApplication.instance()
    switch = AppearanceSwitch(app)
    before = QPalette(app.palette())
    label = QLabel('<a href="x">set your skills and your hours, now</a>')
    qtbot.addWidget(label)
    label.show()
    try:
        switch.apply(Appearance.DARK)
        link = app.palette().color(QPalette.ColorRole.Link)
        image = label.grab().toImage()
        colours = {
            image.pixelColor(x, y).rgb()
            for x in range(image.width())
            for y in range(image.height())
        }
        assert link.rgb() in colours  # the link is drawn in the dark palette's colour
    finally:
        app.setPalette(before)
        switch.apply(Appearance.SYSTEM)


def test_the_scam_banner_and_risk_chip_follow_a_switch_to_dark_at_once(qtbot, shown):
    window = shown
    add(
        window,
        "Data Entry Clerk\nWork from home. A $95 registration fee is required before "
        "training. Message our HR manager on Telegram to start.\n",
    )
    banner = window.detail.risk_banner
    _menu_choice(window, "&Light").trigger()
    qtbot.waitUntil(lambda: "#ffcdd2" in banner.styleSheet())
    _menu_choice(window, "&Dark").trigger()
    qtbot.waitUntil(lambda: "#5c2b2f" in banner.styleSheet())
    assert "#8ab4f8" in banner.text()  # its Dismiss links in a blue that reads there
    assert "#5c2b2f" in window.detail.summary.text()  # the header's "High risk" chip


def test_a_signal_quoting_the_words_of_a_family_above_it_is_not_listed_twice(qtbot):
    from desktop.domain.red_flags.flags import catalogue, find_red_flags
    from desktop.ui.risk_banner import RiskBanner

    text = (
        "Thanks for applying! The interview will be held by chat on Telegram with our "
        "hiring manager, @ops_lead_maria. Before training you pay a $60 registration fee.\n"
    )
    hits = find_red_flags(text)
    book = catalogue().flags
    families = {h.flag for h in hits if book[h.flag].facet is None}
    assert families  # the message reads as a scam family, beside its signals
    banner = RiskBanner()
    qtbot.addWidget(banner)
    banner.show_risk(hits, frozenset())
    shown = banner.text()
    quoted = [h.excerpt for h in hits if h.flag in families]
    repeats = [h.flag for h in hits if book[h.flag].facet is not None and h.excerpt in quoted]
    assert repeats  # a signal on the family's very words
    for flag in repeats:
        assert f"dismiss:{flag}'" not in shown
    banner.show_risk(hits, frozenset(families))  # the families set aside
    assert all(f"dismiss:{flag}'" in banner.text() for flag in repeats)
