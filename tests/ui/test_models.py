"""Every Qt model in desktop/ui under pytest-qt's model tester: empty, filled, edited, refilled.

PostingTableModel and its PostingFilterProxy are checked in test_posting_model.py.
Each test runs twice: with Qt's own QAbstractItemModelTester (it reports through Qt
warnings, which fail the test) and with pytest-qt's Python port (it raises, and checks
the types `data()` returns). Both stay connected and check again on every change the
model signals. The testers read only the first cell, so `_read_all` reads every cell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from pytestqt.modeltest import ModelTester

from desktop.domain.clock import UserTime
from desktop.domain.reading.analysis import PostingAnalysis, analyze_posting
from desktop.domain.reading.requirements import Requirement
from desktop.domain.red_flags.flags import find_red_flags
from desktop.domain.skills.checklist import CheckItem
from desktop.domain.skills.fit import check
from desktop.domain.skills.profile import Level, Profile, ProfileSkill, Status
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.tracker import REOPENED, Message, Outcome, Stage, StageEvent
from desktop.ui.dialogs.profile import ProfileDialog, ProfileTableModel
from desktop.ui.history_model import HistoryModel
from desktop.ui.messages_view import MessageListModel, MessageRead
from desktop.ui.reading_view import ChecklistModel, RequirementListModel, SectionListModel
from tests.conftest import fixture_text

Role = Qt.ItemDataRole
ROOT = QModelIndex()
PROFILE = Profile(
    (
        ProfileSkill("Kotlin", 7),
        ProfileSkill("Python", 4.5),
        ProfileSkill("GraphQL"),
        ProfileSkill("Rust", None, Level.LEARNING),
    )
)
# What data() may answer for each role: None, or one of these types.
ROLE_TYPES: dict[Qt.ItemDataRole, tuple[type, ...]] = {
    Role.DisplayRole: (str,),
    Role.EditRole: (str, int, float),
    Role.ToolTipRole: (str,),
    Role.StatusTipRole: (str,),
    Role.WhatsThisRole: (str,),
    Role.FontRole: (QFont,),
    Role.ForegroundRole: (QBrush, QColor),
    Role.BackgroundRole: (QBrush, QColor),
    Role.CheckStateRole: (Qt.CheckState,),
    Role.AccessibleTextRole: (str,),
}


@pytest.fixture(params=["qt", "python"])
def tested(request, qtmodeltester):
    """Attach a model tester to a model; the test's parameter says which implementation."""
    testers: list[ModelTester] = []

    def attach(model: QAbstractItemModel) -> QAbstractItemModel:
        tester = qtmodeltester if not testers else ModelTester(request.config)
        tester.check(model, force_py=request.param == "python")
        testers.append(tester)
        _read_all(model)
        return model

    return attach


def _read_all(model: QAbstractItemModel) -> list[list[Any]]:
    """Every cell in every role, checking each answer's type; the shown text, by row."""
    assert model.flags(ROOT) in (Qt.ItemFlag.NoItemFlags, Qt.ItemFlag.ItemIsDropEnabled)
    # A list model's columnCount is private in Qt: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(ROOT)
    for column in range(columns):
        heading = model.headerData(column, Qt.Orientation.Horizontal, Role.DisplayRole)
        assert heading is None or isinstance(heading, str | int)  # Qt's default: its number
    shown = []
    for row in range(model.rowCount(ROOT)):
        shown.append([])
        for column in range(columns):
            index = model.index(row, column, ROOT)
            assert index.isValid() and index.model() is model
            assert model.rowCount(index) == 0
            assert index.parent() == ROOT
            assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled
            for role, types in ROLE_TYPES.items():
                value = model.data(index, role)
                assert value is None or isinstance(value, types), (row, column, role, value)
            shown[-1].append(model.data(index, Role.DisplayRole))
    assert model.index(model.rowCount(ROOT), 0, ROOT) == ROOT
    return shown


def _analysis(name: str) -> PostingAnalysis:
    return analyze_posting(fixture_text(name))


def _checks(analysis: PostingAnalysis, profile: Profile = PROFILE) -> list[CheckItem]:
    return check(analysis.must_haves, profile, taxonomy())


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 7, day, hour, 30, tzinfo=UTC)


# A posting taken from saved to a rejection, reopened, and on to an interview.
HISTORY = (
    StageEvent(_at(1, 9), Stage.SAVED.value),
    StageEvent(_at(1, 10), Stage.APPLYING.value),
    StageEvent(_at(2, 16), Stage.APPLIED.value),
    StageEvent(_at(9, 8), Outcome.REJECTED.value),
    StageEvent(_at(10, 12), REOPENED),
    StageEvent(_at(14, 15), Stage.INTERVIEWING.value),
)


def _history_model() -> HistoryModel:
    """The model as the detail pane makes it, in Berlin (UTC+2 in July)."""
    return HistoryModel(UserTime(lambda: _at(20, 9), "Europe/Berlin"))


def test_history_model(tested):
    model = tested(_history_model())
    assert _read_all(model) == []
    model.set_events(HISTORY)
    shown = _read_all(model)
    assert [stage for _, stage in shown] == [
        "Interviewing",
        "Reopened",
        "Rejected",
        "Applied",
        "Applying",
        "Saved",
    ]
    model.set_events(HISTORY[:2])
    assert [stage for _, stage in _read_all(model)] == ["Applying", "Saved"]
    model.set_events(())
    assert _read_all(model) == []


SCAM = (
    "Hi! Kindly contact our HR on WhatsApp for the interview. We will mail you a check "
    "to buy the laptop from our approved vendor. Send your CV to recruiting.dept.hr@gmail.com"
)
RECRUITER = "Hello,\n\nThanks for applying to the Kotlin role. Are you free on Tuesday at 3pm?"


def _message(number: int, text: str, received: date) -> MessageRead:
    return Message(number, 1, received, text), find_red_flags(text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Hi,\n\nWe would like to invite you to a call.", "We would like to invite you to a call."),
        ("Hello Dear,\nI hope this email finds you well.\nYou moved on.", "You moved on."),
        ("Dear Sam,\n\nThanks for applying.", "Thanks for applying."),
        ("Good morning!\n\nA quick question about your rate", "A quick question about your rate"),
        (
            "[14/03/2026, 10:43] Priya: Hi Sam 👋\n[14/03/2026, 10:44] Priya: Free Tuesday?",
            "Free Tuesday?",
        ),
        ("Hi, to finish onboarding send your ID", "Hi, to finish onboarding send your ID"),
        ("Hiring update: the role is filled", "Hiring update: the role is filled"),
        ("\nHi Sam,\n", "Hi Sam,"),  # nothing but a greeting: that
    ],
)
def test_a_message_is_listed_by_its_first_line_that_says_something(tested, text, listed):
    """ "2026-11-30 · high risk · Hi," listed a message by its greeting (a new user's trial):
    greetings and empty lines are passed over, unless the message holds nothing else."""
    model = tested(MessageListModel())
    model.set_messages([(Message(1, 1, date(2026, 11, 30), text), [])])
    assert model.index(0, 0).data() == f"2026-11-30 · {listed}"


def test_message_list_model(tested):
    model = tested(MessageListModel())
    assert _read_all(model) == []
    reads = [
        _message(1, RECRUITER, date(2026, 7, 20)),
        _message(2, SCAM, date(2026, 7, 22)),
        _message(3, "\n  \n", date(2026, 7, 23)),
    ]
    assert reads[1][1], "the scam message has red flags to show"
    model.set_messages(reads)
    shown = _read_all(model)
    assert shown[0] == [
        "2026-07-20 · Thanks for applying to the Kotlin role. Are you free on Tuesday at 3pm"
    ]
    assert " risk · Hi! Kindly contact our HR" in shown[1][0]
    assert model.index(1, 0).data(Role.ToolTipRole)
    assert model.index(0, 0).data(Role.ToolTipRole) is None
    model.set_messages(reads[1:2])
    assert _read_all(model) == [shown[1]]
    model.set_messages([])
    assert _read_all(model) == []


@pytest.mark.parametrize(
    ("name", "kinds"),
    [("contract_brief.txt", "must_haves"), ("careers_page.md", "nice_to_haves")],
)
def test_requirement_list_model(tested, name, kinds):
    model = tested(RequirementListModel())
    assert _read_all(model) == []
    items = getattr(_analysis(name), kinds)
    model.set_items(items)
    assert len(_read_all(model)) == len(items) > 0
    other = _analysis("setext_caps.md").nice_to_haves
    model.set_items(other)
    assert len(_read_all(model)) == len(other) > 0
    model.set_items(())
    assert _read_all(model) == []


def test_checklist_model(tested):
    model = tested(ChecklistModel())
    assert _read_all(model) == []
    platform = _analysis("platform_contract.txt")
    checks = _checks(platform)
    assert {c.status for c in checks} >= {Status.MET, Status.MISSING, Status.MANUAL}
    model.set_checklist(platform.must_haves, checks)
    shown = _read_all(model)
    assert len(shown) == len(platform.must_haves)
    manual = next(row for row, c in enumerate(checks) if c.status == Status.MANUAL)
    # An item to tick by hand shows its checkbox, and no second mark in its words.
    assert not shown[manual][0].startswith(("☐", "☑", "✓", "✗"))
    assert model.data(model.index(manual, 0), Role.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.flags(model.index(manual, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    # An invalid index's row (-1: a right-click below the list) and rows past the end.
    assert model.check(-1) is None and model.check(len(checks)) is None

    # Ticking asks the window, which stores the verdict and fills the list again.
    chosen = []
    model.verdict_chosen.connect(lambda text, status: chosen.append((text, status)))
    index = model.index(manual, 0)
    assert model.setData(index, Qt.CheckState.Checked.value, Role.CheckStateRole)
    assert chosen == [(checks[manual].requirement.text, Status.MET)]
    assert not model.setData(index, "text", Role.EditRole)
    model.set_checklist(platform.must_haves, _checks(platform, Profile()))
    _read_all(model)

    # A shorter posting, one whose checks do not match its items, then nothing.
    brief = _analysis("perks_under_requirements.md")
    model.set_checklist(brief.must_haves, _checks(brief))
    assert len(_read_all(model)) == len(brief.must_haves) < len(platform.must_haves)
    model.set_checklist(platform.must_haves, [])
    assert not any(text.startswith(("✓", "✗", "☐")) for (text,) in _read_all(model))
    model.set_checklist((), [])
    assert _read_all(model) == []


def test_section_list_model(tested):
    model = tested(SectionListModel())
    assert _read_all(model) == []
    platform = _analysis("platform_contract.txt")
    model.set_sections(platform.sections)
    assert len(_read_all(model)) == len(platform.sections)
    folded = [row for row in range(model.rowCount()) if not model.is_shown(row)]
    assert folded, "legal and job-board text start folded away"
    index = model.index(folded[0], 0)
    assert model.setData(index, Qt.CheckState.Checked.value, Role.CheckStateRole)
    assert model.index(folded[0], 0).data(Role.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(index, Qt.CheckState.Unchecked.value, Role.CheckStateRole)
    assert not model.setData(index, "x", Role.EditRole)
    _read_all(model)
    noisy = _analysis("noisy_page.txt")
    model.set_sections(noisy.sections)
    assert len(_read_all(model)) == len(noisy.sections)
    model.set_sections(())
    assert _read_all(model) == []


def test_profile_table_model_edited_as_the_dialog_does(tested):
    empty = tested(ProfileTableModel(Profile()))
    assert _read_all(empty) == []
    assert empty.add("Go") and _read_all(empty) == [["Go", "", None]]
    empty.remove(0)
    assert _read_all(empty) == []

    model = tested(ProfileTableModel(PROFILE))
    assert [row[0] for row in _read_all(model)] == ["Kotlin", "Python", "GraphQL", "Rust"]
    years, learning = model.index(2, 1), model.index(2, 2)
    assert model.setData(years, "3,5+", Role.EditRole)
    assert model.setData(learning, Qt.CheckState.Checked.value, Role.CheckStateRole)
    assert not model.setData(years, "lots", Role.EditRole)
    assert not model.setData(model.index(2, 0), "Rename", Role.EditRole)
    assert _read_all(model)[2] == ["GraphQL", "3.5", None]
    assert learning.data(Role.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(model.index(1, 1), "", Role.EditRole)
    assert model.add("PostgreSQL") and not model.add("Kotlin") and not model.add("")
    for row in (4, 1):  # the selected rows, last first, as _remove_selected goes
        model.remove(row)
    assert [row[0] for row in _read_all(model)] == ["Kotlin", "GraphQL", "Rust"]
    for _ in range(model.rowCount()):
        model.remove(0)
    assert _read_all(model) == []
    assert model.add("Figma") and model.add("Zendesk")
    assert [row[0] for row in _read_all(model)] == ["Figma", "Zendesk"]
    assert model.profile() == Profile((ProfileSkill("Figma"), ProfileSkill("Zendesk")))


def test_profile_table_model_in_the_dialog(tested, qtbot):
    dialog = ProfileDialog(PROFILE, taxonomy())
    qtbot.addWidget(dialog)
    model = tested(dialog.model)
    dialog.add_edit.setText("postgres")
    dialog._add_typed()
    dialog.cv_edit.setPlainText("Built APIs in Go and Kubernetes; Go services on k8s.")
    dialog._find_in_cv()
    dialog._add_proposals()
    names = [row[0] for row in _read_all(model)]
    # Proposals are added in the order the list shows them (most mentioned first).
    assert names == ["Kotlin", "Python", "GraphQL", "Rust", "PostgreSQL", "Go", "Kubernetes"]
    dialog.table.selectRow(1)
    more = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    dialog.table.selectionModel().select(model.index(5, 0), more)
    dialog._remove_selected()
    names = [row[0] for row in _read_all(model)]
    assert names == ["Kotlin", "GraphQL", "Rust", "PostgreSQL", "Kubernetes"]
    model.setData(model.index(0, 1), "8", Role.EditRole)
    assert dialog.model.profile().years_of("Kotlin") == 8
    dialog.table.selectAll()
    dialog._remove_selected()
    assert _read_all(model) == []
    # qtbot deletes the dialog before the tester lets go of the model: keep the model.
    model.setParent(None)


def _reads() -> list[MessageRead]:
    return [_message(1, RECRUITER, date(2026, 7, 20)), _message(2, SCAM, date(2026, 7, 22))]


def _checklist(name: str) -> tuple[tuple[Requirement, ...], list[CheckItem]]:
    analysis = _analysis(name)
    return analysis.must_haves, _checks(analysis)


# Each model that is filled all at once: how to make it, and two fillings in turn.
REFILLS: dict[str, tuple[Callable[[], QAbstractItemModel], Callable[[Any, int], None]]] = {
    "history": (_history_model, lambda m, n: m.set_events(HISTORY[:2] if n else HISTORY)),
    "messages": (MessageListModel, lambda m, n: m.set_messages(_reads()[n:])),
    "requirements": (
        RequirementListModel,
        lambda m, n: m.set_items(
            _analysis("setext_caps.md").nice_to_haves
            if n
            else _analysis("contract_brief.txt").must_haves
        ),
    ),
    "checklist": (
        ChecklistModel,
        lambda m, n: m.set_checklist(
            *_checklist("perks_under_requirements.md" if n else "platform_contract.txt")
        ),
    ),
    "sections": (
        SectionListModel,
        lambda m, n: m.set_sections(
            _analysis("noisy_page.txt" if n else "platform_contract.txt").sections
        ),
    ),
}


@pytest.mark.parametrize("name", REFILLS)
def test_a_model_shows_its_old_rows_until_it_says_they_are_gone(tested, name):
    """Whatever reads the model as it announces a refill (views, proxies) reads the old rows."""
    make, fill = REFILLS[name]
    model = tested(make())
    fill(model, 0)
    before = _read_all(model)
    seen: list[list[list[Any]]] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(_read_all(model)))
    fill(model, 1)
    assert seen == [before]
    assert _read_all(model) != before


def test_enter_in_the_skill_box_adds_the_skill_and_keeps_the_dialog_open(qtbot):
    dialog = ProfileDialog(PROFILE, taxonomy())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_edit.setFocus()
    qtbot.keyClicks(dialog.add_edit, "Photoshop")
    dialog.add_edit.completer().popup().hide()  # the suggestions closed (Esc), then Enter
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert "Adobe Photoshop" in [row[0] for row in _read_all(dialog.model)]
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)  # an empty box adds nothing
    assert len(_read_all(dialog.model)) == len(PROFILE.skills) + 1
