"""File → Import… given a posting saved as text (a .txt, .md, .eml, a page, any file that is
no spreadsheet) adds it as a paste does: stored verbatim and read, no spreadsheet dialog."""

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.ui.prompts import DuplicateChoice

POSTING = (
    "Backend Engineer\n"
    "Ledgerly GmbH — Berlin or remote, full-time\n\n"
    "We keep the books of 4,000 small firms.\n\n"
    "Requirements\n"
    "- Python and PostgreSQL\n"
    "- Five years building APIs\n"
)
MAIL = (
    "From: Mia Jensen <mia@ledgerly.example>\n"
    "Subject: Backend Engineer at Ledgerly\n"
    "Content-Type: text/plain; charset=utf-8\n\n" + POSTING
)


def _import(window, prompts, path):
    prompts.import_from = path
    window.import_file()


def _no_sheet_dialog(prompts) -> bool:
    return not hasattr(prompts, "import_shown")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("posting.txt", POSTING),
        ("posting.md", POSTING),
        ("offer.eml", MAIL),
        ("Backend Engineer", POSTING),  # no suffix at all
    ],
)
def test_a_text_file_is_added_as_a_posting_verbatim_and_read(window, prompts, tmp_path, name, text):
    tracker = window.tracker
    (tmp_path / name).write_text(text, encoding="utf-8")
    _import(window, prompts, tmp_path / name)
    assert _no_sheet_dialog(prompts)
    (row,) = tracker.list_rows()
    posting = tracker.get(row.id)
    assert posting.raw_text == text
    assert posting.analysis is not None and posting.title == "Backend Engineer"
    assert window.detail.posting.id == posting.id
    assert window.statusBar().currentMessage() == (
        f"Added #{posting.id}: Backend Engineer from {name}"
    )
    assert prompts.warnings == []


def test_a_file_in_windows_1252_is_read_and_the_user_told(window, prompts, tracker, tmp_path):
    (tmp_path / "café.txt").write_bytes(
        "Barista\nCafé Lune\n\nWe roast our own beans.\n".encode("cp1252")
    )
    _import(window, prompts, tmp_path / "café.txt")
    (row,) = tracker.list_rows()
    assert tracker.get(row.id).raw_text == "Barista\nCafé Lune\n\nWe roast our own beans.\n"
    assert window.statusBar().currentMessage() == (
        f"Added #{row.id}: Barista from café.txt; "
        "the file is not UTF-8; it was read as Windows-1252"
    )


def test_a_page_saved_from_the_browser_is_read_as_its_text(window, prompts, tracker, tmp_path):
    page = (
        "<html><body><h1>Data Analyst</h1><p>Northbay Freight</p>"
        "<h2>Requirements</h2><ul><li>SQL</li><li>Excel</li></ul></body></html>"
    )
    (tmp_path / "job.html").write_text(page, encoding="utf-8")
    _import(window, prompts, tmp_path / "job.html")
    (row,) = tracker.list_rows()
    text = tracker.get(row.id).raw_text
    assert "<h1>" not in text and "Data Analyst" in text and "SQL" in text
    assert tracker.get(row.id).title == "Data Analyst"


def test_a_posting_already_tracked_is_offered_as_a_paste_is(window, prompts, tracker, tmp_path):
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    _import(window, prompts, tmp_path / "posting.txt")
    prompts.duplicate_choice = DuplicateChoice.CANCEL
    _import(window, prompts, tmp_path / "posting.txt")
    assert len(prompts.duplicates_shown) == 1
    assert len(tracker.list_rows()) == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ("offer.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
    ],
)
def test_a_binary_file_is_refused_with_a_message_and_nothing_is_lost(
    window, prompts, tmp_path, name, data
):
    tracker = window.tracker
    (tmp_path / name).write_bytes(data)
    QGuiApplication.clipboard().setText("kept on the clipboard")
    _import(window, prompts, tmp_path / name)
    assert _no_sheet_dialog(prompts)
    ((title, message),) = prompts.warnings
    assert title == "Cannot add this posting"
    assert message.startswith(f"{name}: This file looks binary, not like the text of a posting.")
    assert "Import takes a spreadsheet (.csv, .tsv, .xlsx)" in message
    assert "Ctrl+V" in message
    assert tracker.list_rows() == []
    assert (tmp_path / name).read_bytes() == data
    assert QGuiApplication.clipboard().text() == "kept on the clipboard"


def test_a_file_too_large_for_a_posting_is_refused_unread(window, prompts, tracker, tmp_path):
    (tmp_path / "dump.log").write_text("All work and no play. " * 400_000, encoding="utf-8")
    _import(window, prompts, tmp_path / "dump.log")
    ((title, message),) = prompts.warnings
    assert title == "Cannot add this posting"
    assert "larger than a posting can be (2 MB)" in message
    assert tracker.list_rows() == []


def test_a_sheet_saved_as_tab_delimited_text_is_still_a_sheet(window, prompts, tmp_path):
    """Excel's "Text (Tab delimited)" writes a .txt: its rows go to the import dialog."""
    sheet = "Title\tCompany\tStatus\nNight editor\tThe Courier\tApplied\n"
    (tmp_path / "jobs.txt").write_text(sheet, encoding="utf-8")
    prompts.import_answer = lambda plan, name, tracked: (plan.rows(), False)
    _import(window, prompts, tmp_path / "jobs.txt")
    assert prompts.import_shown[1] == "jobs.txt"
    assert [row.title for row in window.tracker.list_rows()] == ["Night editor"]
    assert window.statusBar().currentMessage() == "Imported 1 posting from jobs.txt"
