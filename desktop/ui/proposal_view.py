"""The Proposal tab: what the client box says of the client, and the proposal sent: the
bid, the Connects it cost, how it closed (and so what came back), its template and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tracking.proposals import (
    Bid,
    BidPeriod,
    ClientCard,
    ClientQuality,
    CloseReason,
    Proposal,
)
from desktop.ui.scrolling import scroll_area

_QUALITY_COLOURS = {
    ClientQuality.GOOD: "#2e7d32",
    ClientQuality.FAIR: "#b26a00",
    ClientQuality.POOR: "#c62828",
}
_MAX_BID = 1_000_000
_MAX_CONNECTS = 1_000
_TEXT_LINES = 8  # the proposal's text shows this many lines at least, scrolled to if need be


class ProposalView(QWidget):
    """Signals:
    saved(Proposal): the user kept the proposal as the form shows it.
    removed(int): the user wants the posting's proposal forgotten.
    fill_wanted(str, object): fill the text from the named template, for this Bid (or None).
    templates_wanted(): the user wants to write or change templates.
    copied(str): the text was put on the clipboard.

    What the user changed and did not save is kept per posting while Gigdesk runs, and
    shown again when they come back to it.
    """

    saved = Signal(object)
    removed = Signal(int)
    fill_wanted = Signal(str, object)
    templates_wanted = Signal()
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posting_id = 0
        self._recorded = False
        self._shown: Proposal | None = None
        self._drafts: dict[int, Proposal] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # On a low screen the form scrolls; the buttons stay in view below it.
        scroll = scroll_area()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        self.client_box = QGroupBox("Client")
        client = QVBoxLayout(self.client_box)
        self.quality_label = QLabel()
        self.quality_label.setTextFormat(Qt.TextFormat.RichText)
        self.judgements_label = QLabel()
        self.judgements_label.setWordWrap(True)
        self.judgements_label.setTextFormat(Qt.TextFormat.RichText)
        client.addWidget(self.quality_label)
        client.addWidget(self.judgements_label)
        layout.addWidget(self.client_box)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        layout.addLayout(self._build_form())
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            "The proposal as you sent it, or fill it from a template and copy it"
        )
        self.text_edit.setAccessibleName("Proposal text")
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * _TEXT_LINES)
        layout.addWidget(self.text_edit, 1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        outer.addLayout(self._build_buttons())

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        # In a narrow pane a label goes above its field rather than squeezing the table.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sent_edit = QDateEdit()
        self.sent_edit.setCalendarPopup(True)
        self.sent_edit.setDisplayFormat("yyyy-MM-dd")
        # Each key letter is one no always-visible label, menu or Today button of the window
        # uses (tests/ui/test_shortcuts.py); none of "Sent on" is left, so it has none.
        form.addRow("Sent on:", self.sent_edit)
        self.bid_spin = QDoubleSpinBox()
        self.bid_spin.setRange(0, _MAX_BID)
        self.bid_spin.setDecimals(2)
        self.bid_spin.setSpecialValueText("no bid")
        self.period_combo = QComboBox()
        self.period_combo.addItem("per hour", BidPeriod.HOUR.value)
        self.period_combo.addItem("fixed price", BidPeriod.PROJECT.value)
        self.currency_edit = QLineEdit("USD")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(60)
        self.currency_edit.setAccessibleName("Currency")
        bid = QHBoxLayout()
        for widget in (self.bid_spin, self.period_combo, self.currency_edit):
            bid.addWidget(widget)
        form.addRow(_label("&Bid:", self.bid_spin), bid)
        self.connects_spin = QSpinBox()
        self.connects_spin.setRange(0, _MAX_CONNECTS)
        self.boost_spin = QSpinBox()
        self.boost_spin.setRange(0, _MAX_CONNECTS)
        self.boost_spin.setPrefix("of which boost: ")
        connects = QHBoxLayout()
        connects.addWidget(self.connects_spin)
        connects.addWidget(self.boost_spin)
        form.addRow(_label("&Connects spent:", self.connects_spin), connects)
        self.viewed_check = QCheckBox("The cl&ient viewed it")
        form.addRow("", self.viewed_check)
        self.closed_combo = QComboBox()
        # Item data holds plain text: PySide6 gives a StrEnum back as a str.
        self.closed_combo.addItem("Still open", "")
        for reason in CloseReason:
            self.closed_combo.addItem(reason.label, reason.value)
        form.addRow("Closed without &a hire:", self.closed_combo)
        self.returned_label = QLabel()
        form.addRow("Connects returned:", self.returned_label)
        self._add_template_rows(form)
        for signal in (self.connects_spin.valueChanged, self.closed_combo.currentIndexChanged):
            signal.connect(self._show_returned)
        return form

    def _add_template_rows(self, form: QFormLayout) -> None:
        """The template to start from, and the buttons that fill it in or edit templates."""
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName("Template")
        fill = QPushButton("Use te&mplate")
        fill.setToolTip("Put the chosen template in the text box, filled from this posting")
        fill.clicked.connect(self._fill)
        manage = QPushButton("&Your templates…")
        manage.clicked.connect(self.templates_wanted)
        form.addRow("Temp&late:", self.template_combo)
        template = QHBoxLayout()
        template.addWidget(fill)
        template.addWidget(manage)
        template.addStretch(1)
        form.addRow("", template)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.copy_button = QPushButton("Copy te&xt")
        self.copy_button.clicked.connect(self._copy)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.clicked.connect(self._remove)
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Keep the proposal (Ctrl+S)")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._save)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        return buttons

    # Showing

    def show_proposal(
        self,
        proposal: Proposal,
        *,
        recorded: bool,
        card: ClientCard | None,
        templates: list[str],
    ) -> None:
        """Show a kept proposal (`recorded`), or a draft to keep, with the client's card; the
        user's unsaved changes to it, if they left it with some."""
        self._keep_unsaved()
        self._posting_id = proposal.posting_id
        self._recorded = recorded
        self._shown = _as_the_form_reads(proposal)
        self._show_card(card)
        unsaved = self._drafts.get(proposal.posting_id)
        if unsaved is not None:
            proposal = unsaved
        self.state_label.setText(
            "Your changes here are not saved yet: press Save (Ctrl+S) to keep them."
            if unsaved is not None
            else ""
            if recorded
            else "No proposal recorded for this posting yet: fill in what you sent and "
            "press Save (Ctrl+S)."
        )
        self.state_label.setVisible(unsaved is not None or not recorded)
        day = proposal.sent_on
        self.sent_edit.setDate(QDate(day.year, day.month, day.day))
        bid = proposal.bid
        self.bid_spin.setValue(bid.amount if bid else 0)
        self.period_combo.setCurrentIndex(
            max(0, self.period_combo.findData((bid.period if bid else BidPeriod.HOUR).value))
        )
        self.currency_edit.setText(bid.currency if bid else self.currency_edit.text() or "USD")
        self.connects_spin.setValue(proposal.connects_spent)
        self.boost_spin.setValue(proposal.boost_connects)
        self.viewed_check.setChecked(proposal.viewed)
        closed = proposal.closed.value if proposal.closed else ""
        self.closed_combo.setCurrentIndex(max(0, self.closed_combo.findData(closed)))
        self.template_combo.clear()
        self.template_combo.addItem("(none)", "")
        for name in templates:
            self.template_combo.addItem(name, name)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(proposal.template)))
        self.text_edit.setPlainText(proposal.text)
        self.remove_button.setEnabled(recorded)
        self._show_returned()

    def _show_card(self, card: ClientCard | None) -> None:
        self.client_box.setVisible(card is not None)
        if card is None:
            return
        colour = _QUALITY_COLOURS[card.quality]
        self.quality_label.setText(
            f"Client quality: <b style='color:{colour}'>{card.quality.label}</b>"
        )
        lines = [
            f"<span style='color:{_QUALITY_COLOURS[ClientQuality.POOR]}'>⚠ {escape(j.text)}</span>"
            if j.concern
            else f"• {escape(j.text)}"
            for j in card.judgements
        ]
        self.judgements_label.setText("<br>".join(lines) or "The client box says little.")

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    # Reading the form

    def bid(self) -> Bid | None:
        amount = self.bid_spin.value()
        if not amount:
            return None
        currency = self.currency_edit.text().strip().upper() or "USD"
        return Bid(amount, BidPeriod(self.period_combo.currentData()), currency)

    def proposal(self) -> Proposal:
        """The proposal as the form shows it."""
        sent = self.sent_edit.date()
        return Proposal(
            posting_id=self._posting_id,
            sent_on=date(sent.year(), sent.month(), sent.day()),
            bid=self.bid(),
            connects_spent=self.connects_spin.value(),
            boost_connects=min(self.boost_spin.value(), self.connects_spin.value()),
            viewed=self.viewed_check.isChecked(),
            closed=self._closed(),
            text=self.text_edit.toPlainText(),
            template=self.template_combo.currentData() or "",
        )

    def _closed(self) -> CloseReason | None:
        chosen = self.closed_combo.currentData()
        return CloseReason(chosen) if chosen else None

    def _show_returned(self) -> None:
        returned = self.proposal().connects_returned
        reason = self._closed()
        why = (
            ""
            if reason is None
            else " (Upwork returns them in this case)"
            if reason.returns_connects
            else " (Upwork keeps them in this case)"
        )
        self.returned_label.setText(f"{returned}{why}")

    def _remove(self) -> None:
        self.forget_unsaved(self._posting_id)
        self.removed.emit(self._posting_id)

    def _keep_unsaved(self) -> None:
        """The form's changes to the posting it shows, kept until saved."""
        if self._shown is not None and (changed := self.proposal()) != self._shown:
            self._drafts[self._posting_id] = changed

    def forget_unsaved(self, posting_id: int) -> None:
        self._drafts.pop(posting_id, None)
        if posting_id == self._posting_id:
            self._shown = None

    def _save(self) -> None:
        proposal = self.proposal()
        self.forget_unsaved(proposal.posting_id)
        self._shown = proposal
        self.saved.emit(proposal)

    def _fill(self) -> None:
        name = self.template_combo.currentData()
        if name:
            self.fill_wanted.emit(name, self.bid())

    def _copy(self) -> None:
        text = self.text_edit.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)


def _as_the_form_reads(proposal: Proposal) -> Proposal:
    """The proposal as the form gives it back once shown: a bid of nothing is no bid."""
    no_bid = proposal.bid is not None and not proposal.bid.amount
    return replace(
        proposal,
        bid=None if no_bid else proposal.bid,
        boost_connects=min(proposal.boost_connects, proposal.connects_spent),
    )


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose key (Alt + the underlined letter) goes to `buddy`, for a row
    holding more than one field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
