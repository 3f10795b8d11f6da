"""File → Import…: a sheet checked in a dialog before anything is written."""

import io
from datetime import date

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.domain.tracking.importing import Field, ImportPlan, read_sheet
from desktop.domain.tracking.tracker import Outcome, Stage
from desktop.ui.dialogs.import_sheet import ImportDialog

SHEET = (
    "Gig;Client;Stage;Sent on;Vibe\n"
    "Logo refresh;Mia's Bakery;Quoted;05/06/2026;good\n"
    "Brand book;Nord AB;Interview;07/08/2026;\n"
    "Menu design;Café Lune;Paid;09/10/2026;great\n"
)


def _untracked(rows):
    return [False] * len(rows)


def _dialog(qtbot, text=SHEET, tracked=_untracked):
    plan = ImportPlan.of(read_sheet(text.encode("utf-8")), date(2026, 11, 28))
    dialog = ImportDialog(plan, "gigs.csv", tracked)
    qtbot.addWidget(dialog)
    return dialog


def _choose(box: QComboBox, label: str) -> None:
    box.setCurrentIndex(box.findText(label))
    box.activated.emit(box.currentIndex())


def test_import_waits_until_the_user_has_answered_what_the_sheet_cannot_say(qtbot):
    dialog = _dialog(qtbot)
    assert not dialog.import_button.isEnabled()
    # "Gig" and "Sent on" name no field: their values would go to the notes.
    columns = dialog.columns
    columns.setData(columns.index(0, 2), Field.TITLE, Qt.ItemDataRole.UserRole)
    columns.setData(columns.index(3, 2), Field.APPLIED, Qt.ItemDataRole.UserRole)
    assert dialog.dates_box.isVisibleTo(dialog)  # 05/06 and 07/08 read both ways
    assert sorted(dialog.status_boxes) == ["Paid", "Quoted"]
    _choose(dialog.status_boxes["Quoted"], Stage.APPLIED.label)
    _choose(dialog.status_boxes["Paid"], Stage.ACCEPTED.label)
    assert not dialog.import_button.isEnabled()
    assert "say how the dates are written" in dialog.summary.text()
    dialog.day_first.click()
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == "3 rows read. Ready to import."
    rows = dialog.rows.rows
    assert [(row.details.title, row.stage) for row in rows] == [
        ("Logo refresh", Stage.APPLIED),
        ("Brand book", Stage.INTERVIEWING),
        ("Menu design", Stage.ACCEPTED),
    ]
    assert rows[0].history[-1][0].isoformat() == "2026-06-05"
    assert rows[0].details.notes == "Vibe: good"


def test_a_field_read_from_another_column_leaves_the_first_and_the_rows_follow(qtbot):
    dialog = _dialog(qtbot, "Title,Company,Other title\nClerk,Ledger Ltd,Bookkeeper\n")
    columns = dialog.columns
    assert columns.index(0, 2).data() == "Title"
    columns.setData(columns.index(2, 2), Field.TITLE, Qt.ItemDataRole.UserRole)
    assert columns.index(0, 2).data().startswith("Into the notes")
    (row,) = dialog.rows.rows
    assert row.details.title == "Bookkeeper" and row.details.notes == "Title: Clerk"


def test_the_delegate_offers_every_field_and_writes_the_choice(qtbot):
    dialog = _dialog(qtbot)
    view = dialog.columns_view
    index = dialog.columns.index(4, 2)  # "Vibe"
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or view.findChild(QComboBox)
    assert isinstance(editor, QComboBox) and editor.count() > 10
    _choose(editor, "Leave out")
    assert dialog.plan.mapping[4] is Field.IGNORED
    assert all("Vibe" not in row.details.notes for row in dialog.rows.rows)


def test_rows_with_problems_are_shown_alone_and_keep_import_off(qtbot):
    dialog = _dialog(
        qtbot, "Role,Employer,Date applied\nBaker,Crumbs,31/04/2026\nCook,Pan,02/04/2026\n"
    )
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("2 rows read. 1 has a problem")
    dialog.only_problems.setChecked(True)
    assert dialog.shown_rows.rowCount() == 1
    assert "not a date" in dialog.shown_rows.index(0, 7).data()


def test_file_import_writes_the_rows_and_lists_them(window, prompts, tmp_path):
    book = Workbook()
    book.active.append(["Position", "Company", "Status"])
    book.active.append(["Night editor", "The Courier", "Rejected"])
    book.active.append(["Copywriter", "Inkwell", "Applied"])
    buffer = io.BytesIO()
    book.save(buffer)
    (tmp_path / "jobs.xlsx").write_bytes(buffer.getvalue())
    prompts.import_from = tmp_path / "jobs.xlsx"
    prompts.import_answer = lambda plan, name, tracked: (plan.rows(), False)
    window.import_file()
    assert prompts.import_shown[1] == "jobs.xlsx"
    titles = {window.model.posting_at(row).title for row in range(window.model.rowCount())}
    assert titles == {"Night editor", "Copywriter"}
    assert window.statusBar().currentMessage() == "Imported 2 postings from jobs.xlsx"
    assert window.tracker.stale_readings() == []  # read in the background, in parts
    # Imported again, both are already tracked and left out.
    window.import_file()
    assert "2 already tracked, left out (lines 2, 3)" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 2
    rejected = next(row for row in window.tracker.list_rows() if row.title == "Night editor")
    assert rejected.outcome is Outcome.REJECTED


def test_a_file_that_is_no_sheet_is_refused_with_a_message(window, prompts, tmp_path):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04" + bytes(range(256)))
    prompts.import_from = tmp_path / "broken.xlsx"
    window.import_file()
    ((title, message),) = prompts.warnings
    assert title == "Nothing imported" and "broken.xlsx" in message
    assert window.tracker.list_rows() == []


def test_a_sheet_whose_headers_name_nothing_waits_for_the_user_to_say(qtbot):
    dialog = _dialog(qtbot, "Gig,Who,What happened\nLogo design,Jane Doe Studio,Applied\n")
    assert not dialog.import_button.isEnabled()
    assert "no column is read as a title, company, link or description" in dialog.summary.text()
    dialog.columns.setData(dialog.columns.index(0, 2), Field.TITLE, Qt.ItemDataRole.UserRole)
    assert dialog.import_button.isEnabled()


def test_rows_already_tracked_are_shown_before_importing(qtbot):
    dialog = _dialog(qtbot, tracked=lambda rows: [row.line == 3 for row in rows])
    assert "1 is tracked already and left out unless you say so" in dialog.summary.text()
    assert [dialog.rows.index(r, 6).data() for r in range(3)] == ["", "already", ""]


def test_tab_leaves_each_table_and_reaches_the_status_boxes(qtbot):
    dialog = _dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.columns_view.setFocus()
    qtbot.keyClick(dialog.columns_view, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.status_boxes["Quoted"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.status_boxes["Paid"]
    # Changing a column keeps the column table where it was, its current row chosen.
    dialog.columns_view.setCurrentIndex(dialog.columns.index(4, 2))
    dialog.columns.setData(dialog.columns.index(4, 2), Field.IGNORED, Qt.ItemDataRole.UserRole)
    assert dialog.columns_view.currentIndex().row() == 4


def test_gigdesks_own_worked_out_columns_say_why_they_are_left_out(qtbot):
    sheet = "title,company,stage,pay_min,risk_level,Vibe\nLogo,Mia's Bakery,saved,400,none,good\n"
    dialog = _dialog(qtbot, sheet)
    read_as = {
        dialog.columns.index(row, 0).data(): dialog.columns.index(row, 2).data()
        for row in range(dialog.columns.rowCount())
    }
    assert read_as["pay_min"] == read_as["risk_level"]
    assert "read again from the posting" in read_as["pay_min"]
    assert read_as["Vibe"] == "Into the notes as “Column: value”"


def test_the_rows_name_a_freelance_postings_stage_as_the_table_will(qtbot):
    sheet = (
        "Title;Company;Source;Status;Date applied\n"
        "Logo refresh;Mia's Bakery;Upwork;Applied;2026-06-05\n"
        "Barista;Bean There;Indeed;Applied;2026-06-07\n"
    )
    dialog = _dialog(qtbot, sheet)
    assert [dialog.rows.index(r, 3).data() for r in range(2)] == ["Proposal sent", "Applied"]
