"""Tools → Insights: the charts a user reads, their numbers, and their files."""

from __future__ import annotations

import csv
from datetime import date

from desktop.domain.tracking.tracker import Stage
from desktop.ui.dialogs.insights import InsightsDialog
from tests.conftest import fixture_text
from tests.ui.conftest import TODAY, add


def _dialog(qtbot, window, prompts):
    window.show_insights()
    request, today, sources = prompts.insights_shown
    dialog = InsightsDialog(request, today, sources)
    qtbot.addWidget(dialog)
    return dialog


def test_the_charts_show_the_funnel_answers_and_the_weekly_minimum(qtbot, window, prompts, tracker):
    first = add(window, fixture_text("upwork_contract.txt"))
    add(window, fixture_text("linkedin_page.txt"))
    for stage in (Stage.APPLIED, Stage.INTERVIEWING):
        tracker.set_stage(first.id, stage)
    dialog = _dialog(qtbot, window, prompts)
    assert prompts.insights_shown[2] == ["Upwork", "LinkedIn"] or set(
        prompts.insights_shown[2]
    ) == {
        "Upwork",
        "LinkedIn",
    }
    funnel = {bar.label: bar.value for bar in dialog.funnel.bars()}
    assert (funnel["Saved"], funnel["Applied"], funnel["Interviewing"]) == (2, 1, 1)
    assert [bar.label for bar in dialog.answers.bars()] == ["Upwork"]
    assert dialog.answers.bars()[0].text == "100% of 1"
    # Every week of the twelve shown, and the minimum drawn across them.
    assert len(dialog.weekly.bars()) in (12, 13)
    assert "your minimum: 3 a week" in dialog.weekly.as_text()
    dialog.minimum_spin.setValue(5)
    assert "your minimum: 5 a week" in dialog.weekly.as_text()
    assert "Interviewing: 1" in dialog.funnel.accessibleDescription()


def test_a_source_or_a_period_narrows_the_figures(qtbot, window, prompts):
    add(window, fixture_text("upwork_contract.txt"))
    add(window, fixture_text("linkedin_page.txt"))
    dialog = _dialog(qtbot, window, prompts)
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("LinkedIn"))
    assert dialog.funnel.bars()[0].value == 1
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(1))
    assert "ends before it starts" in dialog.summary.text()


def test_the_numbers_go_to_csv_and_each_chart_to_a_png(qtbot, window, prompts, tmp_path):
    add(window, fixture_text("upwork_contract.txt"))
    dialog = _dialog(qtbot, window, prompts)
    rows = dialog.rows()
    assert ["How far they got", "Saved", "1"] in rows
    assert ["How far they got", "Applying", "0 (0%)"] in rows
    from desktop.domain.files import write_csv

    write_csv(tmp_path / "insights.csv", ("chart", "label", "figure"), rows)
    text = (tmp_path / "insights.csv").read_text(encoding="utf-8-sig")
    read = list(csv.reader(text.splitlines()))
    assert read[0] == ["chart", "label", "figure"] and len(read) == len(rows) + 1
    dialog.show()
    assert dialog.funnel.save_png(tmp_path / "funnel.png")
    assert (tmp_path / "funnel.png").stat().st_size > 0


def test_an_empty_tracker_says_so_in_every_chart(qtbot, window, prompts):
    dialog = _dialog(qtbot, window, prompts)
    assert dialog.outcomes.as_text() == "How they ended: nothing yet"
    assert TODAY - date(2026, 5, 13) >= dialog.period()[1] - dialog.period()[0]


def test_engagements_are_named_as_the_table_names_them(qtbot, window, prompts, tracker):
    posting = add(window, fixture_text("upwork_listing_hourly.txt"))
    tracker.set_stage(posting.id, Stage.APPLIED)
    dialog = _dialog(qtbot, window, prompts)
    assert [bar.label for bar in dialog.by_engagement.bars()] == ["Freelance, hourly"]
