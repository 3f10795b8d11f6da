"""The selected posting: its fields, stage, follow-up, notes, text and history."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import UserTime
from desktop.domain.hours.working import WorkingHours
from desktop.domain.reading.kept import EDITABLE_FIELDS, ZONE_PICK
from desktop.domain.reading.terms import Engagement, WorkMode, hours_number
from desktop.domain.red_flags.risk import Hit, Risk
from desktop.domain.skills.checklist import CheckItem, summarize
from desktop.domain.tracking.companies import first_word
from desktop.domain.tracking.events import Event
from desktop.domain.tracking.intake import is_freelance_source
from desktop.domain.tracking.tracker import Outcome, Posting, PostingDetails, PostingRow, Stage
from desktop.ui.contact_box import ContactBox
from desktop.ui.events_view import EventsView
from desktop.ui.history_model import HistoryModel
from desktop.ui.hours_view import HoursView
from desktop.ui.listing_facts import ListingFacts
from desktop.ui.messages_view import MessageRead, MessagesView
from desktop.ui.proposal_view import ProposalView
from desktop.ui.reading_view import ReadingView
from desktop.ui.risk_banner import RiskBanner, is_dark, risk_tint
from desktop.ui.scrolling import scroll_area
from desktop.ui.typed_date import TypedDateEdit
from desktop.ui.welcome import FirstSteps, WelcomePanel

if TYPE_CHECKING:
    from desktop.domain.hours.local_time import HoursReading
    from desktop.domain.reading.analysis import PostingAnalysis

NOTES_SAVE_DELAY_MS = 600

ENGAGEMENTS = (("Not stated", None), *((engagement.label, engagement) for engagement in Engagement))
WORK_MODES = (
    ("Not stated", None),
    ("Remote", WorkMode.REMOTE),
    ("Hybrid", WorkMode.HYBRID),
    ("On site", WorkMode.ONSITE),
)


def _link_note(name: str, follow: Callable[[str], object]) -> QLabel:
    """A line of text with links over the posting, hidden until there is something to say."""
    note = QLabel()
    note.setWordWrap(True)
    note.setAccessibleName(name)
    # its links are reached with Tab and followed with Enter, as with the mouse
    note.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    note.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    note.linkActivated.connect(follow)
    note.hide()
    return note


def _narrow_combo() -> QComboBox:
    """A combo box that may be narrower than its longest item, so the list keeps its room."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


_BROWSING_KEYS = frozenset(
    (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    )
)


class ChosenOnly(QObject):
    """Keeps a combo box that records a step (the stage, the outcome) from changing while the
    user only browses: the wheel over it scrolls nothing into its value, and the arrow keys
    open its list, where Enter or a click chooses. Left to Qt, each step of the wheel or of
    an arrow was a stage reached, written into the posting's history."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            event.ignore()  # to the pane around it, which may scroll
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _BROWSING_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._combo.showPopup()
            return True
        return False


def _choice_combo(choices: tuple[tuple[str, str | None], ...]) -> QComboBox:
    combo = _narrow_combo()
    for label, value in choices:
        combo.addItem(label, value)
    return combo


RESET_TIP = "Forget your corrections to the fields Gigdesk read"
TITLE_CORRECTED = "Your value: “Use Gigdesk's reading” on the Details tab puts back the one read"
# A field of the reading as the status bar and the reset button name it.
FIELD_WORDS = {
    "title": "title",
    "company": "company",
    "engagement": "engagement",
    "pay": "pay",
    "hours_per_week": "hours a week",
    "location": "location",
    "remote": "work mode",
}

NO_MATCH_HINT = (
    "<h3>No posting matches “{}”</h3><p>Press <b>Esc</b> in the filter box to see them all.</p>"
)
EMPTY_HINT = (
    "<h3>No posting selected</h3>"
    "<p>Copy a job or contract posting from any site or message and press "
    "<b>Ctrl+V</b> here, or choose <b>File → New posting…</b> (<b>Ctrl+N</b>).</p>"
    "<p>Gigdesk keeps the text exactly as pasted, on this computer only.</p>"
)


class DetailPane(QStackedWidget):
    """Edits one posting. Emits what the user changed; never touches the store itself.

    Signals:
        details_edited(PostingDetails): title, company, source, URL, follow-up or notes changed.
        field_edited(str, object): a field of Gigdesk's reading corrected, in the form of
            desktop.domain.reading.serialize (None for "not stated").
        fields_reset(): the user wants Gigdesk's reading back.
        flag_dismissed(str, bool): a red flag dismissed (True) or restored (False).
        stage_chosen(Stage): the user picked another stage.
        outcome_chosen(object): an Outcome, or None to reopen.
        company_wanted(str): the user wants the list filtered to this company's postings
            (a filter such as "company:acme").
    """

    details_edited = Signal(object)
    flag_dismissed = Signal(str, bool)
    field_edited = Signal(str, object)
    fields_reset = Signal()
    stage_chosen = Signal(object)
    outcome_chosen = Signal(object)
    company_wanted = Signal(str)

    def __init__(self, time: UserTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = time
        self._posting: Posting | None = None
        # The pay, hours and location as the fields were last filled: leaving one unchanged
        # is no correction (Qt ends an edit each time focus leaves, typed in or not).
        self._shown_text: dict[str, str] = {}
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self._emit_details)
        self._build()

    # Building

    def _build(self) -> None:
        self.hint = QLabel(EMPTY_HINT)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.addWidget(self.hint)
        self.welcome = WelcomePanel()
        self.addWidget(self.welcome)
        self._first_steps: FirstSteps | None = None
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        self._build_header(layout)
        details = self._build_fields()
        self._build_tabs(layout, details)
        self.addWidget(self.page)
        self._connect()

    def _build_header(self, layout: QVBoxLayout) -> None:
        """The title, a line of what matters at a glance, and where the application stands."""
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title")
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_edit.setAccessibleName("Title")
        layout.addWidget(self.title_edit)
        self.summary = QLabel()
        self._glanced: tuple[Posting, list[CheckItem] | None, Risk] | None = None
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Posting at a glance")
        layout.addWidget(self.summary)
        self.company_note = _link_note(
            "Your other postings at this company", self.company_wanted.emit
        )
        layout.addWidget(self.company_note)
        # The first steps left once a posting shows in the welcome's place.
        self.steps_note = _link_note("First steps left", self._step_wanted)
        layout.addWidget(self.steps_note)

        self.stage_combo = _narrow_combo()
        self.outcome_combo = _narrow_combo()
        for recording in (self.stage_combo, self.outcome_combo):
            ChosenOnly(recording)
        self.outcome_combo.addItem("Open", None)
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome)
        # The row's label says "Follow-up"; the box only switches the date on.
        self.follow_up_check = QCheckBox()
        self.follow_up_check.setAccessibleName("Follow up on a date")
        self.follow_up_check.setToolTip("Follow up on this date")
        self.follow_up_date = TypedDateEdit()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        follow_up = QHBoxLayout()
        follow_up.addWidget(self.follow_up_check)
        follow_up.addWidget(self.follow_up_date, 1)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for row, column, text, field in (
            (0, 0, "&Stage:", self.stage_combo),
            (0, 2, "O&utcome:", self.outcome_combo),  # Alt+T is the Tools menu
            (1, 0, "Follow-up:", self.follow_up_check),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, column)
        grid.addWidget(self.stage_combo, 0, 1)
        grid.addWidget(self.outcome_combo, 0, 3)
        grid.addLayout(follow_up, 1, 1)
        layout.addLayout(grid)

    def _build_fields(self) -> QWidget:
        """The Details tab: what the posting says of itself, each field correctable, and the
        dated history of the application."""
        self.company_edit = QLineEdit()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText("Upwork, LinkedIn, a referral…")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        self.engagement_combo = _choice_combo(ENGAGEMENTS)
        self.remote_combo = _choice_combo(WORK_MODES)
        self.pay_edit = QLineEdit()
        self.pay_edit.setPlaceholderText("e.g. $30-45/hour, €60-70k")
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText("e.g. 20-30")
        self.location_edit = QLineEdit()
        self.reset_button = QPushButton("Use Gigdesk's read&ing")
        self.reset_button.setToolTip(RESET_TIP)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._field_labels: dict[str, QLabel] = {}
        rows = (
            ("&Company / client:", self.company_edit, "company"),
            ("Sou&rce:", self.source_edit, ""),
            ("UR&L:", self.url_edit, ""),
            ("En&gagement:", self.engagement_combo, "engagement"),
            ("Pa&y:", self.pay_edit, "pay"),
            ("Hours/wee&k:", self.hours_edit, "hours_per_week"),
            ("Loc&ation:", self.location_edit, "location"),
            ("Work &mode:", self.remote_combo, "remote"),
        )
        self._place(grid, rows)
        grid.addWidget(self.reset_button, len(rows), 1, Qt.AlignmentFlag.AlignRight)
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.addLayout(grid)
        self.listing = ListingFacts()
        layout.addWidget(self.listing)
        self.contact_box = ContactBox()
        layout.addWidget(self.contact_box)
        history = QLabel("<b>History</b>")
        layout.addWidget(history)
        self.history_model = HistoryModel(self._time, self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName("History")
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        history.setBuddy(self.history_view)
        layout.addWidget(self.history_view, 1)
        # On a low screen the fields scroll rather than make the window taller.
        return scroll_area(details)

    def _place(self, grid: QGridLayout, rows: tuple[tuple[str, QWidget, str], ...]) -> None:
        """Lay out (label, field, reading-field name) rows."""
        for row, (text, field, name) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            if name:
                self._field_labels[name] = label
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)

    def _build_tabs(self, layout: QVBoxLayout, details: QWidget) -> None:
        """Overview (risk, hours, the checklist), the posting's text, its details and
        history, notes, messages, and the proposal sent with the client's card."""
        self.risk_banner = RiskBanner()
        self.risk_banner.flag_dismissed.connect(self.flag_dismissed)
        self.hours = HoursView()
        self.hours.hide()
        self.hours.zone_picked.connect(
            lambda written, zone: self.field_edited.emit(ZONE_PICK + written, zone)
        )
        self.tabs = QTabWidget()
        # In a narrow pane the tabs' names shorten rather than hide behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.reading = ReadingView()
        self.hours.span_chosen.connect(self._show_span)
        self.reading.show_in_text.connect(lambda: self.tabs.setCurrentWidget(self.reading))
        self.text_view = self.reading.text_view
        # Scrolled when the pane is short: a warning of seven reasons at 1024x700 was cut off
        # mid-sentence rather than shown whole above a smaller checklist.
        content = QWidget()
        self.overview = scroll_area(content)
        overview = QVBoxLayout(content)
        overview.setContentsMargins(4, 4, 4, 4)
        overview.addWidget(self.risk_banner)
        overview.addWidget(self.hours)
        self.events = EventsView(self._time)
        overview.addWidget(self.events)
        overview.addWidget(self.reading.checklist, 1)
        self.details = details
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText("Contacts, what you sent, what to ask…")
        self.notes_edit.setAccessibleName("Notes")
        # No Alt+letter of their own: Alt+1 to Alt+6 (the Posting menu) reach them, and their
        # six letters are left to the Today buttons and the fields beside them.
        self.tabs.addTab(self.overview, "Overview")
        self.tabs.addTab(self.reading, "Posting")
        self.tabs.addTab(self.details, "Details")
        self.tabs.addTab(self.notes_edit, "Notes")
        self.messages = MessagesView(self._time)
        self.tabs.addTab(self.messages, "Messages")
        self.proposal_view = ProposalView()
        self.tabs.addTab(self.proposal_view, "Proposal")
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        for edit in (self.title_edit, self.company_edit, self.source_edit, self.url_edit):
            edit.editingFinished.connect(self._emit_details)
            # A long title or address is cut at the field's edge: whole on hover, as typed.
            edit.textChanged.connect(edit.setToolTip)
        self.follow_up_check.toggled.connect(self._follow_up_toggled)
        self.follow_up_date.dateChanged.connect(self._emit_details)
        self.notes_edit.textChanged.connect(self._notes_timer.start)
        self.stage_combo.activated.connect(self._stage_activated)
        self.engagement_combo.activated.connect(
            lambda i: self._emit_field("engagement", self.engagement_combo.itemData(i))
        )
        self.remote_combo.activated.connect(
            lambda i: self._emit_field("remote", self.remote_combo.itemData(i))
        )
        self.location_edit.editingFinished.connect(self._location_edited)
        self.pay_edit.editingFinished.connect(self._pay_edited)
        self.hours_edit.editingFinished.connect(self._hours_edited)
        self.reset_button.clicked.connect(self.fields_reset)
        self.outcome_combo.activated.connect(self._outcome_activated)

    # Showing

    @property
    def posting(self) -> Posting | None:
        return self._posting

    def show_posting(
        self,
        posting: Posting | None,
        checks: list[CheckItem] | None = None,
        *,
        hits: list[Hit] | None = None,
        messages: list[MessageRead] | None = None,
        dismissed: frozenset[str] = frozenset(),
        hours: Sequence[HoursReading] = (),
        working: WorkingHours | None = None,
        events: Sequence[Event] = (),
    ) -> None:
        """Display `posting` (or the empty hint); pending edits of the previous one are sent.

        `hours` are the posting's working hours already put in the user's time; `events`
        its interviews, calls and deadlines, soonest first.
        """
        from desktop.domain.red_flags.flags import risk_level

        self.hint.setText(EMPTY_HINT)
        if posting is None or self._posting is None or posting.id != self._posting.id:
            self.flush()
            self.company_note.hide()  # until the new posting's company is looked up
        self._posting = posting
        if posting is None:
            welcoming = self._first_steps is not None and not self._first_steps.all_done
            self.setCurrentWidget(self.welcome if welcoming else self.hint)
            return
        self.setCurrentWidget(self.page)
        widgets = (
            self.title_edit,
            self.company_edit,
            self.source_edit,
            self.url_edit,
            self.stage_combo,
            self.outcome_combo,
            self.follow_up_check,
            self.follow_up_date,
            self.notes_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._fill(posting, checks)
            self.messages.show_messages(messages or [])
            message_hits = [hit for _, found in messages or [] for hit in found]
            # The text marks the posting's own red flags; the banner counts the messages' too.
            standing = [h for h in hits or [] if h.flag not in dismissed]
            # Words are marked only when they add up to a risk: a lone "part-time" is not one.
            shown = standing if risk_level([*standing, *message_hits]) > Risk.NONE else []
            self.reading.set_red_flags(shown)
            self.risk_banner.show_risk([*(hits or []), *message_hits], dismissed)
            self.hours.show_hours(hours, working or WorkingHours())
            self.events.show_events(events)
            self._glanced = (posting, checks, risk_level([*(hits or []), *message_hits], dismissed))
            self._show_glance()
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _show_glance(self) -> None:
        """The header's chips, tinted for the window's light or dark palette."""
        if self._glanced is not None:
            self.summary.setText(glance(*self._glanced, dark=is_dark(self)))

    def changeEvent(self, event: QEvent) -> None:
        """Light or dark chosen while a posting shows: its chips follow at once."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_glance()
            self.risk_banner.follow_palette()

    def _fill(self, posting: Posting, checks: list[CheckItem] | None) -> None:
        details = posting.details
        for edit, value in (
            (self.title_edit, details.title),
            (self.company_edit, details.company),
            (self.source_edit, details.source),
            (self.url_edit, details.url or ""),
        ):
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
            edit.setToolTip(value)  # its signals are blocked while the posting fills in
        freelance = is_freelance_source(details.source)
        self.stage_combo.clear()
        for stage in Stage:
            self.stage_combo.addItem(stage.label_for(freelance=freelance), stage)
        self.stage_combo.setCurrentIndex(list(Stage).index(posting.stage))
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(posting.outcome))
        has_follow_up = details.follow_up is not None
        self.follow_up_check.setChecked(has_follow_up)
        self.follow_up_date.setEnabled(has_follow_up)
        self.follow_up_date.hold(details.follow_up or self._time.today() + timedelta(days=7))
        if self.notes_edit.toPlainText() != details.notes:
            self.notes_edit.setPlainText(details.notes)
        self.reading.show_posting(posting.raw_text, posting.analysis, checks)
        self.listing.show_analysis(posting.analysis)
        self._fill_reading(posting)
        self.history_model.set_events(posting.history, freelance=freelance)

    def _show_span(self, start: int, end: int) -> None:
        self.tabs.setCurrentWidget(self.reading)
        self.reading.show_span(start, end)

    def _mark_title(self, posting: Posting) -> None:
        """A corrected title marked as the Details tab marks a corrected field (in italics,
        "Your value"), so that what "Use Gigdesk's reading" puts back shows whatever tab
        is open: the title has no label of its own to mark."""
        corrected = "title" in posting.overridden
        font = self.title_edit.font()
        font.setItalic(corrected)
        self.title_edit.setFont(font)
        title = posting.details.title
        # Its signals are blocked while the posting fills in: the whole title on hover too.
        self.title_edit.setToolTip(f"{title}\n{TITLE_CORRECTED}" if corrected else title)
        self.title_edit.setAccessibleDescription(TITLE_CORRECTED if corrected else "")

    def _fill_reading(self, posting: Posting) -> None:
        self._mark_title(posting)
        analysis = posting.analysis
        for widget in (
            self.engagement_combo,
            self.remote_combo,
            self.pay_edit,
            self.hours_edit,
            self.location_edit,
            self.reset_button,
        ):
            widget.setEnabled(analysis is not None)
        if analysis is None:
            return
        self.engagement_combo.setCurrentIndex(
            max(0, self.engagement_combo.findData(analysis.engagement))
        )
        self.remote_combo.setCurrentIndex(max(0, self.remote_combo.findData(analysis.remote)))
        hours = analysis.hours_per_week
        self._shown_text = {
            "pay": analysis.pay.written if analysis.pay else "",
            "hours_per_week": ""
            if hours is None
            else f"{hours.min:g}"
            if hours.min == hours.max
            else f"{hours.min:g}-{hours.max:g}",
            "location": analysis.location or "",
        }
        _show_from_start(self.pay_edit, self._shown_text["pay"])
        self.pay_edit.setStyleSheet("")
        _show_from_start(self.hours_edit, self._shown_text["hours_per_week"])
        _show_from_start(self.location_edit, self._shown_text["location"])
        for name, label in self._field_labels.items():
            font = label.font()
            font.setItalic(name in posting.overridden)
            label.setFont(font)
            label.setToolTip("Your value" if name in posting.overridden else "As Gigdesk read it")
        self.reset_button.setEnabled(bool(posting.overridden))
        corrected = correction_words(corrections_of(posting)) if posting.overridden else ""
        self.reset_button.setToolTip(
            f"Forget your corrections to {corrected}: Gigdesk's reading of them again"
            " (Ctrl+Z undoes it)"
            if corrected
            else RESET_TIP
        )

    def show_no_match(self, query: str) -> None:
        """Nothing shown because the filter lets nothing through: say so, not "paste one"."""
        self.show_posting(None)
        self.hint.setText(NO_MATCH_HINT.format(escape(query)))
        self.setCurrentWidget(self.hint)

    def show_company_history(self, others: Sequence[PostingRow]) -> None:
        """The user's other postings at this company and what came of them ("Rejected
        3 Mar 2026"), so that they apply again knowingly."""
        if not others or self._posting is None:
            self.company_note.hide()
            return
        company = escape(self._posting.company)
        shown = [
            f"<b>{escape(_standing(row))}</b> {_day(self._time.local(row.updated_at).date())}"
            f" · {escape(row.title or 'untitled')}"
            for row in others[:3]
        ]
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        words = escape(first_word(self._posting.company))
        self.company_note.setText(
            f"You have {len(others)} other posting{'s' if len(others) != 1 else ''} at "
            f"{company}: {'; '.join(shown)}{more}. <a href='company:{words}'>Show them</a>"
        )
        self.company_note.show()

    def show_first_steps(self, steps: FirstSteps) -> None:
        """The first steps taken so far: while some remain, they show in place of the hint,
        and as a line over a posting (after the first paste, a posting is always shown)."""
        self._first_steps = steps
        self.welcome.show_steps(steps)
        steps_left = (
            (steps.skills, "skills", "set your skills", "your fit"),
            (steps.hours, "hours", "confirm your time zone and hours", "the hours in your time"),
        )
        remaining = [
            (f"<a href='{link}'>{label}</a>", shows)
            for done, link, label, shows in steps_left
            if not done
        ]
        left = [step for step, _ in remaining]
        seen = " and ".join(shows for _, shows in remaining)  # what the steps left will show
        self.steps_note.setText(f"Next: {' and '.join(left)} to see {seen}.")
        self.steps_note.setVisible(bool(left) and steps.posting)
        empty = self.currentWidget() is self.welcome or (
            self.currentWidget() is self.hint and self.hint.text() == EMPTY_HINT
        )
        if self._posting is None and empty:
            self.setCurrentWidget(self.hint if steps.all_done else self.welcome)

    def _step_wanted(self, link: str) -> None:
        signal = self.welcome.skills_wanted if link == "skills" else self.welcome.hours_wanted
        signal.emit()

    # Editing

    def collect(self) -> PostingDetails:
        """The details as the widgets show them now."""
        follow_up = None
        if self.follow_up_check.isChecked():
            picked = self.follow_up_date.date()
            follow_up = date(picked.year(), picked.month(), picked.day())
        return PostingDetails(
            title=self.title_edit.text(),
            company=self.company_edit.text(),
            source=self.source_edit.text(),
            url=self.url_edit.text() or None,
            follow_up=follow_up,
            notes=self.notes_edit.toPlainText(),
        )

    def flush(self) -> None:
        """Send edits still waiting for the notes timer, so nothing typed is lost."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._emit_details()

    def _emit_details(self) -> None:
        if self._posting is None:
            return
        details = self.collect()
        if details != self._posting.details:
            self.details_edited.emit(details)

    def _emit_field(self, name: str, value: object) -> None:
        """Correct a field of the reading, unless `value` is the one the posting has: a
        choice of the item already shown, or a field left as it was, changes nothing."""
        posting = self._posting
        if posting is None or posting.analysis is None:
            return
        if value != _reading_value(posting.analysis, name):
            self.field_edited.emit(name, value)

    def _unchanged(self, name: str, edit: QLineEdit) -> bool:
        """Whether `edit` holds the text it was filled with: focus passed through it, or
        what was typed was taken back. Pay is shown rounded, so its text is compared, not
        the amount read from it."""
        return edit.text().strip() == self._shown_text.get(name, "").strip()

    def _location_edited(self) -> None:
        if not self._unchanged("location", self.location_edit):
            self._emit_field("location", self.location_edit.text().strip() or None)

    def _pay_edited(self) -> None:
        text = self.pay_edit.text().strip()
        if self._unchanged("pay", self.pay_edit):
            self.pay_edit.setStyleSheet("")  # an unreadable amount taken back
            self.pay_edit.setToolTip(self.pay_edit.text())
            return
        if not text:
            self._emit_field("pay", None)
            return
        from desktop.domain.reading.fields import find_pay

        pay = find_pay(text)
        if pay is None:
            self.pay_edit.setStyleSheet("border: 1px solid #b3261e;")
            self.pay_edit.setToolTip("Write an amount with its currency, e.g. $30-45/hour")
            return
        self.pay_edit.setStyleSheet("")
        self._emit_field(
            "pay", {"min": pay.min, "max": pay.max, "currency": pay.currency, "period": pay.period}
        )

    def _hours_edited(self) -> None:
        if self._unchanged("hours_per_week", self.hours_edit):
            return
        numbers = [hours_number(n) for n in re.findall(r"\d+(?:[.,]\d+)?", self.hours_edit.text())][
            :2
        ]
        if not numbers:
            self._emit_field("hours_per_week", None)
            return
        self._emit_field("hours_per_week", {"min": min(numbers), "max": max(numbers)})

    def _follow_up_toggled(self, checked: bool) -> None:
        self.follow_up_date.setEnabled(checked)
        self._emit_details()

    def _stage_activated(self, index: int) -> None:
        # Qt hands a str-based enum back as a plain str.
        stage = Stage(self.stage_combo.itemData(index))
        if self._posting is not None and stage != self._posting.stage:
            self.stage_chosen.emit(stage)

    def _outcome_activated(self, index: int) -> None:
        data = self.outcome_combo.itemData(index)
        outcome = Outcome(data) if data else None
        if self._posting is not None and outcome != self._posting.outcome:
            self.outcome_chosen.emit(outcome)


# A chip is never broken over two lines ("USD 3,000-5,000/" / "month", "Full-" / "time"):
# Qt's nowrap keeps its spaces, and a word joiner after each hyphen and slash, where Qt
# would still break a line, keeps its words together.
_CHIP = "<span style='background-color:{}; color:{}; white-space:nowrap'>&nbsp;{}&nbsp;</span>"
_WORD_JOINER = "\u2060"


def _chip(tint: str, ink: str, words: str) -> str:
    """A chip of plain words, whole on one line."""
    joined = escape(words).replace("-", "-" + _WORD_JOINER).replace("/", "/" + _WORD_JOINER)
    return _CHIP.format(tint, ink, joined)


# A neutral chip on a light window and on a dark one (a light box glared in the dark).
_NEUTRAL = {False: ("#dfe3e8", "#202124"), True: ("#3c4148", "#e8eaed")}


def _standing(row: PostingRow) -> str:
    freelance = is_freelance_source(row.details.source)
    return row.outcome.label if row.outcome else row.stage.label_for(freelance=freelance)


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def glance(
    posting: Posting, checks: list[CheckItem] | None, risk: Risk, *, dark: bool = False
) -> str:
    """The header's line: company · source, then the stage, fit, risk, pay and engagement
    as chips: what the user weighs first, whatever tab is open."""
    tint, ink = _NEUTRAL[dark]
    details = posting.details
    names = [f"<b>{escape(details.company)}</b>" if details.company else ""]
    names.append(escape(details.source))
    freelance = is_freelance_source(details.source)
    stage = posting.stage.label_for(freelance=freelance)
    chips = [_chip(tint, ink, posting.outcome.label if posting.outcome else stage)]
    if checks:
        fit = summarize(checks)
        chips.append(_chip(tint, ink, f"Fit {fit.met}/{fit.total}"))
    if risk > Risk.NONE:
        label = f"{risk.label.capitalize()} risk"
        chips.append(_chip(*risk_tint(risk, dark=dark), label))
    analysis = posting.analysis
    if analysis is not None:
        pay, engagement = analysis.pay, analysis.engagement
        for chip in (pay.written if pay else "", engagement.label if engagement else ""):
            if chip:
                chips.append(_chip(tint, ink, chip))
    line = " · ".join(name for name in names if name)
    return "&nbsp; ".join([line, *chips] if line else chips)


def _reading_value(analysis: PostingAnalysis, name: str) -> object:
    """A correctable field of the reading in the form `DetailPane.field_edited` gives it."""
    if name == "pay":
        pay = analysis.pay
        return pay and {
            "min": pay.min,
            "max": pay.max,
            "currency": pay.currency,
            "period": pay.period,
        }
    if name == "hours_per_week":
        hours = analysis.hours_per_week
        return hours and {"min": hours.min, "max": hours.max}
    return getattr(analysis, name)


def corrections_of(posting: Posting) -> dict[str, object]:
    """The user's corrections to the posting's reading, in the fields' order, each in the
    form `DetailPane.field_edited` gives it and `Tracker.set_field` takes: what the posting
    shows of each is the user's value. A title or company is the one the posting shows; a
    zone pick ("zone:CST") the zone its statements were read with (a pick no statement
    of the reading takes any more changes nothing, and is left out)."""
    analysis = posting.analysis
    corrected = posting.overridden
    found: dict[str, object] = {}
    for name in EDITABLE_FIELDS:
        if name not in corrected:
            continue
        if name in ("title", "company"):
            found[name] = getattr(posting.details, name)
        elif analysis is not None:
            found[name] = _reading_value(analysis, name)
    picks = {
        ZONE_PICK + statement.written_zone: statement.zone
        for statement in (analysis.hours if analysis is not None else ())
        if statement.picked and statement.zone is not None
    }
    found.update((name, picks[name]) for name in sorted(corrected) if name in picks)
    return found


def correction_words(names: Iterable[str]) -> str:
    """The corrected fields as the user knows them: "title, location, CST zone"."""
    return ", ".join(
        f"{name.removeprefix(ZONE_PICK)} zone"
        if name.startswith(ZONE_PICK)
        else FIELD_WORDS.get(name, name)
        for name in names
    )


def _show_from_start(edit: QLineEdit, text: str) -> None:
    """A value longer than its box is read from its start (setText leaves the cursor, and
    so the view, at the end: "…D 650 for the project"); the whole value is its tooltip."""
    edit.setText(text)
    edit.setCursorPosition(0)
    edit.setToolTip(text)
