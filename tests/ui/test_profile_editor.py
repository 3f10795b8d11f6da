"""The skills profile editor takes the skill the user means, says when it does not know one,
and takes only a number of years."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit, QWidget

from desktop.domain.skills.profile import Profile, ProfileSkill
from desktop.domain.skills.taxonomy import taxonomy
from desktop.ui.dialogs.profile import ProfileDialog

NO_SKILLS = Profile()


def _dialog(qtbot, profile: Profile = NO_SKILLS) -> ProfileDialog:
    dialog = ProfileDialog(profile, taxonomy())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_edit.setFocus()
    return dialog


def _names(dialog: ProfileDialog) -> list[str]:
    return [skill.name for skill in dialog.model.profile().skills]


def _type_and_press_enter(qtbot, dialog: ProfileDialog, typed: str) -> None:
    """Typed into the box, and Enter pressed where it lands: on the suggestions while they
    show (none of them picked), else on the box."""
    qtbot.keyClicks(dialog.add_edit, typed)
    popup = dialog.add_edit.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else dialog.add_edit, Qt.Key.Key_Return)


def test_enter_takes_the_one_skill_the_typed_letters_begin(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.add_edit, "postg")
    popup = dialog.add_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _names(dialog) == ["PostgreSQL"]
    assert dialog.add_note.isHidden()
    assert dialog.add_edit.text() == ""


def test_enter_takes_the_only_suggestion_shown(qtbot):
    dialog = _dialog(qtbot)
    _type_and_press_enter(qtbot, dialog, "greSQL")
    assert _names(dialog) == ["PostgreSQL"]


def test_a_skill_gigdesk_does_not_know_is_added_as_typed_and_the_editor_says_so(qtbot):
    dialog = _dialog(qtbot)
    _type_and_press_enter(qtbot, dialog, "Quokka wrangling")
    assert _names(dialog) == ["Quokka wrangling"]
    assert dialog.add_note.isVisible()
    assert dialog.add_note.text() == "“Quokka wrangling” is not a known skill: added as typed."
    _type_and_press_enter(qtbot, dialog, "Python")
    assert _names(dialog) == ["Python", "Quokka wrangling"]
    assert dialog.add_note.isHidden()


def test_a_skill_already_there_is_said_to_be(qtbot):
    dialog = _dialog(qtbot, Profile((ProfileSkill("PostgreSQL", 3),)))
    _type_and_press_enter(qtbot, dialog, "postgres")
    assert dialog.model.profile() == Profile((ProfileSkill("PostgreSQL", 3),))
    assert dialog.add_note.text() == "PostgreSQL is already in your skills."


def _shown_over(widget: QWidget, other: QWidget) -> bool:
    """Whether two widgets, each in its own window, overlap on the screen."""
    mine = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    theirs = QRect(other.mapToGlobal(QPoint(0, 0)), other.size())
    return mine.intersects(theirs)


PICK_PYTH = "Pick one of the suggestions, or press Enter again to add “pyth” as typed."


def test_letters_several_skills_begin_ask_for_a_pick_then_enter_again_adds_them(qtbot):
    """ "pyth" showed Python, Python console and Python traceback, none chosen: Enter added
    "pyth", and the note saying so sat under the box, where the suggestions cover it."""
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.add_edit, "pyth")
    popup = dialog.add_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert dialog.add_edit.completer().completionCount() > 1
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _names(dialog) == []
    assert dialog.add_edit.text() == "pyth"
    assert dialog.add_note.text() == PICK_PYTH
    qtbot.waitUntil(popup.isVisible)  # the suggestions again, to pick one
    assert dialog.add_note.isVisible()
    assert not _shown_over(dialog.add_note, popup)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _names(dialog) == ["pyth"]
    assert dialog.add_note.text() == "“pyth” is not a known skill: added as typed."
    assert dialog.add_note.isVisible()
    assert dialog.add_edit.text() == ""


def test_after_the_ask_a_suggestion_picked_is_added(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.add_edit, "pyth")
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Escape)  # the list closed: Enter on the box
    popup = dialog.add_edit.completer().popup()
    qtbot.waitUntil(lambda: not popup.isVisible())
    qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
    assert _names(dialog) == []
    assert dialog.add_note.text() == PICK_PYTH
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    picked = dialog.add_edit.text()
    assert picked.startswith("Python")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _names(dialog) == [picked]
    assert dialog.add_note.isHidden()
    qtbot.waitUntil(lambda: dialog.add_edit.text() == "")


def test_a_suggestion_clicked_is_added(qtbot):
    """Clicking a suggestion put it in the box, which was then cleared: nothing added."""
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.add_edit, "pyth")
    popup = dialog.add_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    second = popup.model().index(1, 0)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(second).center()
    )
    assert _names(dialog) == [second.data()]
    qtbot.waitUntil(lambda: dialog.add_edit.text() == "")


def test_a_skill_of_ones_own_entered_again_is_named_a_duplicate_at_once(qtbot):
    dialog = _dialog(qtbot, Profile((ProfileSkill("pyth"), ProfileSkill("Quokka wrangling"))))
    _type_and_press_enter(qtbot, dialog, "pyth")
    assert dialog.add_note.text() == "pyth is already in your skills."
    assert dialog.add_note.isVisible()
    _type_and_press_enter(qtbot, dialog, "quokka Wrangling")
    assert dialog.add_note.text() == "Quokka wrangling is already in your skills."
    assert _names(dialog) == ["pyth", "Quokka wrangling"]
    selected = dialog.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["Quokka wrangling"]


def _years_editor(qtbot, dialog: ProfileDialog) -> QLineEdit:
    dialog.table.setFocus()
    dialog.table.edit(dialog.model.index(0, 1))
    viewport = dialog.table.viewport()
    qtbot.waitUntil(lambda: viewport.findChild(QLineEdit) is not None)
    editor = viewport.findChild(QLineEdit)
    qtbot.waitUntil(editor.hasFocus)
    return editor


def test_the_years_cell_takes_only_a_number_of_years(qtbot):
    dialog = _dialog(qtbot, Profile((ProfileSkill("Python"),)))
    editor = _years_editor(qtbot, dialog)
    qtbot.keyClicks(editor, "abc")
    assert editor.text() == ""
    qtbot.keyClicks(editor, "61")
    assert editor.text() == "6"  # no more than 60 years
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "45")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.profile() == Profile((ProfileSkill("Python", 45),)))
    assert dialog.isVisible()


def test_years_to_a_tenth_are_kept_and_taken(qtbot):
    dialog = _dialog(qtbot, Profile((ProfileSkill("Python", 4.5),)))
    editor = _years_editor(qtbot, dialog)
    assert editor.text() == "4.5"
    editor.selectAll()
    qtbot.keyClicks(editor, "2,5+")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() == QAbstractItemView.State.NoState)
    assert dialog.model.profile() == Profile((ProfileSkill("Python", 2.5),))


def test_enter_in_the_empty_skill_box_saves_as_the_default_button_says(qtbot):
    """Enter added the skill typed, and in the empty box did nothing, though Save showed as
    the default button: a skill typed is added, and Enter again (the box empty) saves."""
    dialog = _dialog(qtbot)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.isDefault()
    _type_and_press_enter(qtbot, dialog, "Python")
    assert _names(dialog) == ["Python"]
    assert dialog.isVisible()  # Enter on a skill typed adds it, and only that
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _names(dialog) == ["Python"]


def test_enter_on_spaces_alone_saves_too_and_adds_nothing(qtbot):
    dialog = _dialog(qtbot, Profile((ProfileSkill("Go"),)))
    qtbot.keyClicks(dialog.add_edit, "   ")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
    assert _names(dialog) == ["Go"]
