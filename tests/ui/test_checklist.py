"""The checklist in the detail pane, the fit column, the profile and learn-next dialogs."""

from PySide6.QtCore import Qt

from desktop.domain.skills.profile import Level, Profile, ProfileSkill, Status
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.tracker import Outcome, PostingDetails
from desktop.ui.dialogs.profile import ProfileDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.posting_model import Column
from desktop.ui.settings import UiState
from tests.conftest import fixture_text
from tests.ui.conftest import HeldTasks, add

CONTRACT = fixture_text("platform_contract.txt")


def _with_profile(window, prompts, *skills):
    prompts.profile_to_save = Profile(tuple(skills))
    window.edit_profile()


def test_checklist_shows_verdicts_and_the_skills_that_meet_them(window, prompts):
    add(window, CONTRACT)
    _with_profile(window, prompts, ProfileSkill("Kotlin", 7), ProfileSkill("GraphQL"))
    model = window.detail.reading.must_model
    first = model.index(0, 0).data()
    assert first.startswith("✓ 6+ years building native mobile apps") and first.endswith("— Kotlin")
    assert model.index(6, 0).data().startswith("✗ Comfortable working with AWS Amplify")
    assert "Any of: AWS Amplify" in model.index(6, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.detail.reading.must_label.text() == "Must-haves: you meet 2 of 8"
    assert window.model.index(0, Column.FIT).data() == "2/8"


def test_ticking_a_manual_item_counts_it_and_survives_reopening(window, prompts, tracker):
    posting = add(window, CONTRACT)
    _with_profile(window, prompts, ProfileSkill("Kotlin", 7))
    model = window.detail.reading.must_model
    manual = model.index(4, 0)
    assert model.flags(manual) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(manual, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.detail.reading.must_label.text() == "Must-haves: you meet 2 of 8"
    assert tracker.check_overrides(posting.id) == {
        "track record of shipping apps used by a million people;": Status.MET
    }
    model.verdict_chosen.emit(model.check(6).requirement.text, Status.MET)
    assert window.model.index(0, Column.FIT).data() == "3/8"


def test_profile_dialog_opens_ready_to_type_a_skill(qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.domain.skills.taxonomy import taxonomy
    from desktop.ui.dialogs.profile import ProfileDialog

    dialog = ProfileDialog(Profile(()), taxonomy())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.add_edit)


def test_enter_adds_the_skill_typed_while_the_suggestions_show(qtbot):
    """Typing opens the list of suggestions; Enter adds the skill typed (or the suggestion
    picked with the arrows), never leaving it in the box to run into the next one."""
    from PySide6.QtWidgets import QApplication

    from desktop.domain.skills.taxonomy import taxonomy
    from desktop.ui.dialogs.profile import ProfileDialog

    dialog = ProfileDialog(Profile(()), taxonomy())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.add_edit)
    popup = dialog.add_edit.completer().popup()
    qtbot.keyClicks(dialog.add_edit, "Python")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.add_edit, "kubern")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    picked = popup.currentIndex().data()
    assert "Kubernetes" in picked
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [skill.name for skill in dialog.model.profile().skills] == sorted([picked, "Python"])
    qtbot.waitUntil(lambda: dialog.add_edit.text() == "")
    assert dialog.isVisible()


def test_profile_dialog_adds_skills_by_alias_and_from_a_cv(qtbot):
    dialog = ProfileDialog(Profile((ProfileSkill("Python", 3),)), taxonomy())
    qtbot.addWidget(dialog)
    dialog.add_edit.setText("postgres")
    dialog._add_typed()
    dialog.cv_edit.setPlainText("Built APIs in Go and Kubernetes; Go services on k8s. Python too.")
    dialog._find_in_cv()
    proposed = [dialog.proposals.item(r).text() for r in range(dialog.proposals.rowCount())]
    assert proposed == ["Go", "Kubernetes"]
    dialog._add_proposals()
    model = dialog.model
    model.setData(model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(1, 1), "lots", Qt.ItemDataRole.EditRole)
    assert model.profile() == Profile(
        (
            ProfileSkill("Go"),
            ProfileSkill("Kubernetes"),
            ProfileSkill("PostgreSQL"),
            ProfileSkill("Python", 3, Level.LEARNING),
        )
    )


def test_learn_next_lists_missing_skills_of_open_postings(window, prompts):
    add(window, CONTRACT)
    _with_profile(window, prompts, ProfileSkill("Kotlin", 7))
    window.show_learn_next()
    rankings, titles = prompts.learn_next_seen
    assert rankings.open[0][1] == (1,) and "AWS Amplify" in [skill for skill, _ in rankings.open]
    assert titles == {1: "Principal Mobile Engineer"}
    window.tracker.set_outcome(1, Outcome.REJECTED)
    window.reload()
    window.show_learn_next()
    rankings, _ = prompts.learn_next_seen
    assert rankings.open == [] and rankings.all[0][1] == (1,)


def test_learn_next_leaves_out_scams_and_names_untitled_postings_by_their_start(window, prompts):
    add(window, CONTRACT)
    add(
        window,
        "Mobile developer wanted!!! Earn $900 per day from home. Interview on Telegram, "
        "send your bank details to start today.\n\nRequirements\n- Kotlin\n- Rust\n",
    )
    add(window, "Quick gig: Terraform and Ansible for our staging servers, 2 weeks.")
    _with_profile(window, prompts, ProfileSkill("Go"))
    window.show_learn_next()
    rankings, titles = prompts.learn_next_seen
    counted = {posting for _, postings in rankings.all for posting in postings}
    assert window.model.index(window.model.row_of(2), Column.RISK).data() == "High"
    assert 2 not in counted and 1 in counted
    assert "untitled" not in titles.values()
    assert titles[3].startswith("(untitled) Quick gig") or titles[3].startswith("Quick gig")


def test_learn_next_dialog_switches_between_open_and_all_postings(qtbot):
    from desktop.ui.dialogs.learn import LearnNextDialog, Rankings

    dialog = LearnNextDialog(
        Rankings(open=[("Rust", (2,))], all=[("Go", (1, 2))]), {1: "A", 2: "B"}
    )
    qtbot.addWidget(dialog)
    assert dialog.skills.item(0).text() == "Rust  (1 posting)"
    dialog.only_open.setChecked(False)
    assert dialog.skills.item(0).text() == "Go  (2 postings)"
    assert [dialog.postings.item(r).text() for r in range(dialog.postings.rowCount())] == ["A", "B"]


def test_a_new_profile_is_saved_off_the_windows_thread_and_then_shown(
    qtbot, tracker, paths, prompts
):
    """Saving compiles the Store's statements the first time (a quarter of a second): the
    window hands it to the database thread and shows the new fits when it is done."""
    add_posting = tracker.add(CONTRACT, PostingDetails())
    tasks = HeldTasks()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(tracker, tasks, UiState(paths.ui_state_file), prompts=prompts)
    qtbot.addWidget(window)
    tasks.run_held()
    prompts.profile_to_save = Profile((ProfileSkill("Kotlin", 7), ProfileSkill("GraphQL")))
    window.edit_profile()
    assert tracker.profile().skills == ()  # not saved on the window's thread
    tasks.run_held()
    assert sorted(skill.name for skill in tracker.profile().skills) == ["GraphQL", "Kotlin"]
    row = window.model.row_of(add_posting.id)
    assert window.model.index(row, Column.FIT).data() == "2/8"


def _verdict_lines(window) -> list[str]:
    """The hours view's line for each statement, its notes left out."""
    return [line.text() for line in window.detail.hours.lines if "show in text" in line.text()]


def test_a_must_have_asking_for_hours_follows_the_hours_verdict(window, prompts):
    """In Berlin on a summer day, nine to six shares three hours with New York's day and
    three of its 9am-1pm; noon to eight shares five, and all four. Must-haves asking for
    either are not boxes to tick: each is met or not as the hours view says, and the Fit
    column counts it so."""
    from desktop.domain.hours.working import WorkingHours

    add(
        window,
        "Backend developer\n\n## Requirements\n- Python\n"
        "- Must overlap at least 4 hours with US Eastern Time\n"
        "- Available 9am-1pm EST for stand-ups\n",
    )
    _with_profile(window, prompts, ProfileSkill("Python"))
    model = window.detail.reading.must_model
    for row in (1, 2):
        assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
        assert model.index(row, 0).data().startswith("✗ ")
    overlap, hand_off = _verdict_lines(window)
    assert "you would have 3&nbsp;h (not met)" in overlap
    assert "(not met: partly outside your hours)" in hand_off
    assert window.model.index(0, Column.FIT).data() == "1/3"
    prompts.my_hours_answer = ("Europe/Berlin", WorkingHours.parse("12:00-20:00"))
    window.menu_actions.my_hours.trigger()
    assert model.index(1, 0).data().startswith("✓ Must overlap at least 4 hours")
    assert model.index(2, 0).data().startswith("✓ Available 9am-1pm EST")
    overlap, hand_off = _verdict_lines(window)
    assert "(met)" in overlap and "(met: all within your hours)" in hand_off
    assert "Working hours: met" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.detail.reading.must_label.text() == "Must-haves: you meet 3 of 3"
    assert window.model.index(0, Column.FIT).data() == "3/3"
