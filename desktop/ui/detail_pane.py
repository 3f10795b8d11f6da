"""The selected posting: its fields, stage, follow-up, notes, text and history."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.intake import is_freelance_source
from desktop.domain.tracker import Outcome, Posting, PostingDetails, Stage
from desktop.ui.history_model import HistoryModel

NOTES_SAVE_DELAY_MS = 600

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
        stage_chosen(Stage): the user picked another stage.
        outcome_chosen(object): an Outcome, or None to reopen.
    """

    details_edited = Signal(object)
    stage_chosen = Signal(object)
    outcome_chosen = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._posting: Posting | None = None
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self._emit_details)
        self._build()

    # Building

    def _build(self) -> None:
        hint = QLabel(EMPTY_HINT)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setMargin(24)
        self.addWidget(hint)
        page = QWidget()
        layout = QVBoxLayout(page)
        self._build_fields(layout)
        self._build_tabs(layout)
        self.addWidget(page)
        self._connect()

    def _build_fields(self, layout: QVBoxLayout) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title")
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_edit.setAccessibleName("Title")
        layout.addWidget(self.title_edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_edit = QLineEdit()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText("Upwork, LinkedIn, a referral…")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        self.stage_combo = QComboBox()
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem("Open", None)
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome.label, outcome)
        status_row = QHBoxLayout()
        status_row.addWidget(self.stage_combo, 1)
        outcome_label = QLabel("Ou&tcome:")
        outcome_label.setBuddy(self.outcome_combo)
        status_row.addWidget(outcome_label)
        status_row.addWidget(self.outcome_combo, 1)
        self.follow_up_check = QCheckBox("Follow up on")
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_check)
        follow_row.addWidget(self.follow_up_date)
        follow_row.addStretch(1)
        form.addRow("&Company / client:", self.company_edit)
        form.addRow("S&ource:", self.source_edit)
        form.addRow("&URL:", self.url_edit)
        stage_label = QLabel("&Stage:")
        stage_label.setBuddy(self.stage_combo)
        form.addRow(stage_label, status_row)
        form.addRow("Follow-up:", follow_row)
        layout.addLayout(form)

    def _build_tabs(self, layout: QVBoxLayout) -> None:
        self.tabs = QTabWidget()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.setAccessibleName("Posting text")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText("Contacts, what you sent, what to ask…")
        self.notes_edit.setAccessibleName("Notes")
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.text_view, "&Posting")
        self.tabs.addTab(self.notes_edit, "&Notes")
        self.tabs.addTab(self.history_view, "&History")
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        for edit in (self.title_edit, self.company_edit, self.source_edit, self.url_edit):
            edit.editingFinished.connect(self._emit_details)
        self.follow_up_check.toggled.connect(self._follow_up_toggled)
        self.follow_up_date.dateChanged.connect(self._emit_details)
        self.notes_edit.textChanged.connect(self._notes_timer.start)
        self.stage_combo.activated.connect(self._stage_activated)
        self.outcome_combo.activated.connect(self._outcome_activated)

    # Showing

    @property
    def posting(self) -> Posting | None:
        return self._posting

    def show_posting(self, posting: Posting | None) -> None:
        """Display `posting` (or the empty hint); pending edits of the previous one are sent."""
        if posting is None or self._posting is None or posting.id != self._posting.id:
            self.flush()
        self._posting = posting
        if posting is None:
            self.setCurrentIndex(0)
            return
        self.setCurrentIndex(1)
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
            self._fill(posting)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _fill(self, posting: Posting) -> None:
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
        freelance = is_freelance_source(details.source)
        self.stage_combo.clear()
        for stage in Stage:
            self.stage_combo.addItem(stage.label_for(freelance=freelance), stage)
        self.stage_combo.setCurrentIndex(list(Stage).index(posting.stage))
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(posting.outcome))
        has_follow_up = details.follow_up is not None
        self.follow_up_check.setChecked(has_follow_up)
        self.follow_up_date.setEnabled(has_follow_up)
        shown = details.follow_up or self._today + timedelta(days=7)
        self.follow_up_date.setDate(QDate(shown.year, shown.month, shown.day))
        if self.notes_edit.toPlainText() != details.notes:
            self.notes_edit.setPlainText(details.notes)
        if self.text_view.toPlainText() != posting.raw_text:
            self.text_view.setPlainText(posting.raw_text)
        self.history_model.set_events(posting.history)

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
