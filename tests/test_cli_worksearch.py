"""`gigdesk activity` and `gigdesk report`: the work-search log from the command line."""

import csv
import io
from datetime import UTC, date, timedelta

from desktop.cli import main
from tests.conftest import DATA


def test_activities_are_logged_listed_and_forgotten(tmp_path, capsys):
    folder = str(tmp_path / "data")
    today = date.today().isoformat()
    argv = ["activity", "add", today, "job-fair", "Spring tech fair", "--minutes", "120"]
    assert main([*argv, "--place", "Town hall", "--data-dir", folder]) == 0
    number = capsys.readouterr().out.strip()
    assert main(["activity", "list", "--data-dir", folder]) == 0
    listed = capsys.readouterr().out.strip().split("\t")
    assert listed == [number, today, "job-fair", "Spring tech fair", "Town hall", "120 min"]
    assert main(["activity", "delete", number, "--data-dir", folder]) == 0
    assert main(["activity", "delete", number, "--data-dir", folder]) != 0
    assert "no activity" in capsys.readouterr().err
    assert main(["activity", "add", today, "other", " ", "--data-dir", folder]) != 0


def test_the_report_lists_applications_and_activities_by_week(tmp_path, capsys):
    folder = str(tmp_path / "data")
    assert main(["add", str(DATA / "upwork_contract.txt"), "--data-dir", folder]) == 0
    assert main(["stage", "1", "applied", "--data-dir", folder]) == 0
    today = date.today()
    argv = ["activity", "add", today.isoformat(), "workshop", "Interview skills"]
    assert main([*argv, "--data-dir", folder]) == 0
    capsys.readouterr()
    start = (today - timedelta(days=13)).isoformat()
    assert main(["report", "--from", start, "--csv", "-", "--data-dir", folder]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    filled = [row for row in rows if row["date"]]
    assert sorted(row["activity"] for row in filled) == ["Application", "Workshop"]
    assert {row["week_short"] for row in rows} == {"yes"}  # two, where three are asked
    assert "2 activities in" in captured.err and "short of 3" in captured.err


def test_the_report_as_a_pdf_holds_every_row_the_totals_and_the_short_weeks(tmp_path, capsys, qapp):
    """Rendered by Qt and read back with pypdf: what an agency's clerk would read."""
    import pypdf

    folder = str(tmp_path / "data")
    assert main(["add", str(DATA / "linkedin_page.txt"), "--data-dir", folder]) == 0
    assert main(["stage", "1", "applied", "--data-dir", folder]) == 0
    today = date.today()
    argv = ["activity", "add", today.isoformat(), "networking", "Founders breakfast"]
    assert main([*argv, "--place", "Cowork Hub", "--data-dir", folder]) == 0
    start = (today - timedelta(days=20)).isoformat()
    pdf, table = tmp_path / "log.pdf", tmp_path / "log.csv"
    common = ["report", "--from", start, "--data-dir", folder]
    assert main([*common, "--pdf", str(pdf), "--name", "Sam Lee", "--claim", "NY-4471"]) == 0
    assert main([*common, "--csv", str(table)]) == 0
    pages = pypdf.PdfReader(pdf).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Sam Lee · Claim NY-4471" in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    for row in rows:
        for cell in (row["date"], row["activity"], row["employer"], row["position"]):
            assert " ".join(cell.split()) in text  # every row of the CSV is in the PDF
    weeks = {row["week"]: (row["week_total"], row["week_short"]) for row in rows}
    for week, (total, short) in weeks.items():
        heading = f"Week of {date.fromisoformat(week).strftime('%a %d %b %Y')}: {total} counted"
        assert heading + (" SHORT of 3" if short == "yes" else "") in text
    assert text.count("SHORT of 3") == sum(short == "yes" for _, short in weeks.values())
    assert text.rstrip().endswith(str(len(pages)))  # the last page is numbered


def test_a_weeks_table_repeats_its_column_names_on_the_next_page(tmp_path, qapp):
    import pypdf

    from desktop.domain.tracking.worksearch import Activity, ActivityKind, work_search_report
    from desktop.report_pdf import report_html, write_report_pdf

    day = date(2026, 11, 2)
    busy = [Activity(n, day, ActivityKind.NETWORKING, f"Meetup {n}", 60, "Hub") for n in range(70)]
    start, end = date(2026, 11, 1), date(2026, 11, 7)
    weeks = work_search_report([], busy, zone=UTC, start=start, end=end)
    write_report_pdf(tmp_path / "log.pdf", report_html(weeks, start=start, end=end, minimum=3))
    pages = pypdf.PdfReader(tmp_path / "log.pdf").pages
    assert len(pages) > 1
    assert " ".join(pages[1].extract_text().split()).startswith("Date Activity")
