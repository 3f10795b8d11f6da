"""Logging activities and writing the work-search report from the window."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.tracking.tracker import Stage
from desktop.domain.tracking.worksearch import Activity, ActivityKind
from desktop.ui.dialogs.report import ReportDialog, ReportRequest
from tests.conftest import fixture_text
from tests.ui.conftest import TODAY, add


def test_an_activity_is_logged_and_a_nameless_one_explained(window, prompts, tracker):
    prompts.activity_answer = Activity(0, TODAY, ActivityKind.JOB_FAIR, "Harbour jobs fair", 120)
    window.log_activity()
    (kept,) = tracker.store.activities.between(TODAY, TODAY)
    assert (kept.name, kept.minutes) == ("Harbour jobs fair", 120)
    prompts.activity_answer = Activity(0, TODAY, ActivityKind.OTHER, "")
    window.log_activity()
    assert prompts.warnings[-1][0] == "Activity not logged"


def _request(path: Path, *, pdf: bool) -> ReportRequest:
    return ReportRequest(
        start=TODAY - timedelta(days=13),
        end=TODAY,
        minimum=3,
        minimum_hours=0,
        week_start=6,
        different_days=False,
        name="Sam Lee",
        claim="WA-221",
        path=path,
        pdf=pdf,
    )


def test_the_report_is_written_and_its_header_kept(window, prompts, tracker, tmp_path, qapp):
    add(window, fixture_text("upwork_contract.txt"))
    tracker.add_activity(Activity(0, TODAY, ActivityKind.WORKSHOP, "Interview skills"))
    window.work_search_report()
    _, write, name, claim = prompts.report_shown
    assert (name, claim) == ("", "")
    write(_request(tmp_path / "log.csv", pdf=False))
    rows = list(csv.DictReader((tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [row["activity"] for row in rows if row["date"]] == ["Workshop"]  # not yet applied
    write(_request(tmp_path / "log.pdf", pdf=True))
    assert (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    assert tracker.report_header() == ("Sam Lee", "WA-221")


def test_a_preset_sets_the_minimum_the_week_and_different_days(qtbot):
    dialog = ReportDialog(date(2026, 11, 28), lambda asked: None)
    qtbot.addWidget(dialog)
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findText("New York (US)"))
    asked = dialog.request(Path("log.pdf"), pdf=True)
    assert (asked.minimum, asked.week_start, asked.different_days) == (3, 6, True)
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findText("Germany (Nachweis)"))
    asked = dialog.request(Path("log.pdf"), pdf=True)
    assert (asked.minimum, asked.week_start, asked.different_days) == (0, 0, False)
    dialog.preset_combo.setCurrentIndex(
        dialog.preset_combo.findText("United Kingdom (Universal Credit)")
    )
    asked = dialog.request(Path("log.pdf"), pdf=True)
    assert (asked.minimum, asked.minimum_hours, asked.week_start) == (0, 35, 0)
    assert "check your own" in dialog.findChildren(type(dialog.status))[0].text()


def test_the_contact_is_prefilled_from_the_posting_kept_and_in_the_report(
    window, tracker, tmp_path
):
    text = "Bookkeeper\nPenrose Bakery\n\nQuestions? jobs@penrose.example\n\n- Xero\n"
    posting = add(window, text)
    box = window.detail.contact_box
    assert box.email_edit.text() == "jobs@penrose.example"
    box.person_edit.setText("Mia Penrose")
    box.person_edit.editingFinished.emit()
    assert tracker.store.annotations.contacts()[posting.id].person == "Mia Penrose"
    tracker.set_stage(posting.id, Stage.APPLIED)
    weeks = tracker.work_search_report(
        TODAY - timedelta(days=6), TODAY, week_start=6, minimum=3, different_days=False
    )
    (row,) = [row for week in weeks for row in week.rows]
    assert (row.contact, row.reach) == ("Mia Penrose", "jobs@penrose.example")


def test_the_reports_dialog_lists_the_periods_activities_and_deletes_one(
    qtbot, window, prompts, tracker
):
    tracker.add_activity(Activity(0, TODAY, ActivityKind.TRAINING, "Excel course", 180))
    tracker.add_activity(Activity(0, TODAY - timedelta(days=60), ActivityKind.OTHER, "Old one"))
    window.work_search_report()
    activities, forget = prompts.report_lists
    dialog = ReportDialog(TODAY, lambda asked: None, activities=activities, forget=forget)
    qtbot.addWidget(dialog)
    model = dialog.activity_model
    assert [model.index(row, 2).data() for row in range(model.rowCount())] == ["Excel course"]
    assert model.index(0, 4).data() == "180 min"
    dialog.activity_view.setCurrentIndex(model.index(0, 0))
    dialog._forget_chosen()
    assert model.rowCount() == 0
    assert tracker.activities(TODAY, TODAY) == []


def test_enter_in_the_reports_dialog_saves_the_pdf_and_never_deletes(qtbot):
    dialog = ReportDialog(date(2026, 11, 28), lambda asked: None)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QPushButton

    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons if b.isDefault()] == ["Save &PDF…"]
    assert not [b.text() for b in buttons if b.autoDefault()]
