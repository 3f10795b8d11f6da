"""The Proposal tab, proposal templates and Tools → Proposals, used as a freelancer would."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication

from desktop.domain.tracking.proposals import (
    BidPeriod,
    CloseReason,
    Grouping,
    Period,
    ProposalTemplate,
)
from desktop.ui.dialogs.ledger import LedgerDialog
from desktop.ui.dialogs.templates import TemplatesDialog
from tests.conftest import fixture_text
from tests.ui.conftest import add


def test_a_posting_without_a_client_box_shows_the_form_without_a_card(window):
    add(window, fixture_text("upwork_contract.txt"))
    view = window.detail.proposal_view
    window.show_tab(view)
    assert window.detail.tabs.currentWidget() is view
    assert not view.client_box.isVisible()
    assert view.state_label.isVisible()  # nothing recorded yet
    assert not view.remove_button.isEnabled()


def test_a_proposal_is_kept_and_shown_again_with_what_came_back(window, tracker):
    posting = add(window, fixture_text("upwork_job_page.txt"))
    view = window.detail.proposal_view
    window.show_tab(view)
    assert view.client_box.isVisible()
    assert "Good" in view.quality_label.text()
    assert view.connects_spin.value() == 16  # "Send a proposal for: 16 Connects"
    view.bid_spin.setValue(650)
    view.period_combo.setCurrentIndex(view.period_combo.findData(BidPeriod.PROJECT.value))
    view.sent_edit.setDate(QDate(2026, 8, 3))
    view.closed_combo.setCurrentIndex(view.closed_combo.findData(CloseReason.JOB_REMOVED.value))
    assert view.returned_label.text().startswith("16")
    view.text_edit.setPlainText("Hello, I build Power BI dashboards.")
    view.save_button.click()
    kept = tracker.proposals.of(posting.id)
    assert kept is not None
    assert (kept.bid.amount, kept.bid.period, kept.connects_returned) == (650, "project", 16)
    assert kept.text == "Hello, I build Power BI dashboards."
    # Shown again from the store, and now removable.
    assert not view.state_label.isVisible()
    assert view.remove_button.isEnabled()
    view.remove_button.click()
    assert tracker.proposals.of(posting.id) is None


def test_a_template_fills_the_text_which_copy_puts_on_the_clipboard(window, tracker):
    tracker.proposals.save_template(ProposalTemplate("Short", "Hi {client}, I do {title}."))
    add(window, fixture_text("upwork_contract.txt"))
    view = window.detail.proposal_view
    view.template_combo.setCurrentIndex(view.template_combo.findData("Short"))
    view._fill()
    assert view.text_edit.toPlainText() == "Hi Northwind Analytics, I do Senior Data Engineer."
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == view.text_edit.toPlainText()


def test_templates_written_in_the_dialog_are_kept_and_forgotten(window, tracker, prompts):
    tracker.proposals.save_template(ProposalTemplate("Old", "x"))
    prompts.templates_answer = [ProposalTemplate("New", "Dear {client}")]
    window.proposals.edit_templates()
    assert tracker.proposals.templates() == [ProposalTemplate("New", "Dear {client}")]


def test_the_templates_dialog_renames_and_deletes(qtbot):
    dialog = TemplatesDialog([ProposalTemplate("A", "one"), ProposalTemplate("B", "two")])
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Alpha")
    dialog.name_edit.textEdited.emit("Alpha")
    assert dialog.names.item(0).text() == "Alpha"  # the list follows the name typed
    dialog.names.setCurrentRow(1)  # moving on keeps the rename
    dialog._delete()  # B goes
    assert dialog.answer() == [ProposalTemplate("Alpha", "one")]


def test_the_ledger_lists_the_months_proposals_and_follows_the_price(window, tracker, prompts):
    posting = add(window, fixture_text("upwork_job_page.txt"))
    view = window.detail.proposal_view
    view.connects_spin.setValue(20)
    view.save_button.click()
    window.proposals.show_ledger()
    load, price, save_price, export = prompts.ledger_shown
    assert price == 0.15
    dialog = LedgerDialog(load, price, save_price, export)
    window.destroyed.connect(dialog.deleteLater)
    row = [dialog.model.index(0, column).data() for column in range(3)]
    assert row == [tracker.proposals.of(posting.id).sent_on.strftime("%Y-%m"), "All", "1"]
    assert dialog.model.index(0, 5).data() == "$3.00"  # 20 Connects at $0.15
    dialog.price_spin.setValue(0.2)
    dialog._price_changed()
    assert dialog.model.index(0, 5).data() == "$4.00"
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(Period.WEEK.value))
    assert "-W" in dialog.model.index(0, 0).data()
    assert load(Period.MONTH, Grouping.PLATFORM)[0].group == "Upwork"


def test_the_ledger_says_how_to_start_when_there_is_nothing(qtbot):
    dialog = LedgerDialog(lambda *_: [], 0.15, lambda value: value, lambda *_: 0)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()


def test_changes_left_unsaved_come_back_and_saving_moves_the_posting_on(window, tracker):
    first = add(window, fixture_text("upwork_job_page.txt"))
    add(window, fixture_text("upwork_contract.txt"))
    window.select_posting(first.id)
    view = window.detail.proposal_view
    view.text_edit.setPlainText("Draft I have not saved")
    window.select_posting(first.id + 1)
    window.select_posting(first.id)
    assert view.text_edit.toPlainText() == "Draft I have not saved"
    assert "not saved yet" in view.state_label.text()
    view._save()
    assert tracker.get(first.id).stage == "applied"  # sending a proposal is applying
    assert tracker.proposals.of(first.id).text == "Draft I have not saved"


def test_a_fixed_price_job_starts_a_fixed_price_bid(window):
    text = fixture_text("upwork_job_page.txt")  # "Fixed-price" "$650.00"
    add(window, text)
    view = window.detail.proposal_view
    assert view.period_combo.currentData() == BidPeriod.PROJECT.value
