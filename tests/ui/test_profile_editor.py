"""The skills profile editor takes the skill the user means, says when it does not know one,
and takes only a number of years."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

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
