"""Applying again to a company: Gigdesk recalls what came of the last times."""

from desktop.domain.tracking.tracker import Outcome, PostingDetails
from desktop.ui.posting_model import Column
from tests.ui.conftest import add


def _posting(title, company):
    return f"{title}\n{company}\n\nRequirements:\n- Excel\n"


def test_other_postings_at_the_same_company_are_recalled_and_can_be_listed(qtbot, window, tracker):
    first = tracker.add(_posting("Data Analyst", "Acme"), PostingDetails(company="Acme, Inc."))
    tracker.set_outcome(first.id, Outcome.REJECTED)
    tracker.add(_posting("Tooling Engineer", "Acmeware"), PostingDetails())
    tracker.add("Courier\nRoadrunner\n\nWe deliver for Acme.\n", PostingDetails())
    window.reload()
    shown = add(window, _posting("BI Developer", "ACME GmbH"))
    assert window.detail.posting.id == shown.id
    note = window.detail.company_note
    qtbot.waitUntil(note.isVisible)
    assert "1 other posting at ACME GmbH" in note.text() and "<b>Rejected</b>" in note.text()
    assert "Data Analyst" in note.text() and "Tooling" not in note.text()

    window.detail.company_wanted.emit("company:acme")  # the note's link
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    titles = {window.model.index(r, Column.TITLE).data() for r in range(3)}
    assert titles == {"Data Analyst", "Tooling Engineer", "BI Developer"}  # not the courier
    assert window.search.text() == "company:acme"
