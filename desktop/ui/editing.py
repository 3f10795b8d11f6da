"""The user's edits to the posting on show, kept until the database takes them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel

from desktop.domain.clock import UserTime
from desktop.domain.errors import PasteError
from desktop.domain.skills.profile import Status
from desktop.domain.tracking.intake import is_freelance_source
from desktop.domain.tracking.tracker import (
    Outcome,
    Posting,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)
from desktop.services import StoreError, StoreProblem
from desktop.ui.detail_pane import DetailPane, correction_words, corrections_of
from desktop.ui.guard import TrackerGuard
from desktop.ui.prompts import Prompts, UnsavedChoice

if TYPE_CHECKING:
    from desktop.services import Tracker

# How often edits the database refused (locked, full) are tried again.
RETRY_MS = 5000


class StageChange(QUndoCommand):
    """A posting moved to another stage, from the stage box, a key or the board. Undone, it
    is back where it was and the History entry the move recorded is gone.

    The move, its undo and its redo each say so in the status bar, in place of what an
    earlier step said ("Deleted …. Ctrl+Z brings it back." once Ctrl+Z undid this move)."""

    def __init__(self, editor: PostingEditor, before: PostingRow, stage: Stage) -> None:
        # The stage in the words the table, the board and the stage box use for the posting.
        freelance = is_freelance_source(before.details.source)
        self._title = f"“{before.title or 'untitled'}”"
        self._named = stage.label_for(freelance=freelance)
        self._named_before = before.stage.label_for(freelance=freelance)
        super().__init__(f"move {self._title} to {self._named}")
        self._editor = editor
        self._before = before
        self._stage = stage
        self._recorded: StageEvent | None = None
        self._undone = False

    def redo(self) -> None:
        posting_id, stage = self._before.id, self._stage
        moved = self._editor.store_change(lambda t: t.set_stage(posting_id, stage))
        if moved is None:
            self.setObsolete(True)
            self._editor.told.emit("")
            return
        self._recorded = next(e for e in reversed(moved.history) if e.name == stage.value)
        if self._undone:  # Redo (Ctrl+Shift+Z), not the move itself: said as Undo is
            self._editor.undone.emit(posting_id, f"Redone: {self._title} to {self._named}.")
        else:
            self._editor.told.emit(f"Moved {self._title} to {self._named}. Ctrl+Z takes it back.")

    def undo(self) -> None:
        """Undo takes back the last move, whichever posting is selected: it says which, and
        the table selects it (the trial saw another posting move, and no word of it)."""
        before, recorded = self._before, self._recorded
        if recorded is None:
            return
        back = self._editor.store_change(
            lambda t: t.take_back_stage(before.id, before.stage, recorded, before.updated_at)
        )
        if back is None:
            self.setObsolete(True)
            self._editor.told.emit("")
            return
        self._undone = True
        self._editor.undone.emit(before.id, f"Undone: {self._title} back to {self._named_before}.")


class ResetFields(QUndoCommand):
    """The Details tab's "Use Gigdesk's reading": the user's corrections to a posting's
    reading dropped (a title retitled with F2 among them). Undone, the corrections it
    dropped are put back as they were; a field corrected again since keeps the newer value.

    Each step says in the status bar which fields it concerned."""

    def __init__(self, editor: PostingEditor, posting: Posting) -> None:
        self._title = f"“{posting.title or 'untitled'}”"
        super().__init__(f"restore Gigdesk's reading of {self._title}")
        self._editor = editor
        self._posting_id = posting.id
        self._dropped: dict[str, object] = {}
        self._undone = False

    def redo(self) -> None:
        posting_id = self._posting_id

        def reset(tracker: Tracker) -> Posting:
            # What this step drops, as stored now: a redo drops what the undo put back.
            self._dropped = corrections_of(tracker.get(posting_id))
            return tracker.reset_fields(posting_id)

        if self._editor.store_change(reset) is None:
            self.setObsolete(True)
            self._editor.told.emit("")
            return
        restored = "Gigdesk's reading restored"
        if words := correction_words(self._dropped):  # none: only a pick no statement takes
            restored += f" for {words}"
        if self._undone:  # Redo (Ctrl+Shift+Z): said as Undo is
            self._editor.undone.emit(posting_id, f"Redone: {restored}.")
        else:
            self._editor.told.emit(f"{restored} — Ctrl+Z to undo")

    def undo(self) -> None:
        posting_id, dropped = self._posting_id, self._dropped
        kept: list[str] = []  # corrected again since: the newer value stays

        def put_back(tracker: Tracker) -> Posting:
            posting = tracker.get(posting_id)
            for name, value in dropped.items():
                if name in posting.overridden:
                    kept.append(name)
                else:
                    posting = tracker.set_field(posting_id, name, value)
            return posting

        back = self._editor.store_change(put_back)
        if back is None:
            self.setObsolete(True)
            self._editor.told.emit("")
            return
        self._undone = True
        restored = correction_words(name for name in dropped if name not in kept)
        note = (
            f"Undone: your corrections are back on {self._title} ({restored})."
            if restored
            else "Undone."
        )
        if kept:
            note += f" Kept your newer {correction_words(kept)}."
        self._editor.undone.emit(posting_id, note)


class PostingEditor(QObject):
    """Carries the detail pane's edits to the tracker and says what changed.

    Details and notes the database refuses are kept in memory, shown in place of the
    stored ones (`shown_with_edits`), tried again every few seconds on the database
    thread, and settled before the window closes (`settle`): saved, or handed to the
    clipboard and a text file beside the database, as the user chooses.

    Signals:
        changed(Posting): an edit was stored; the posting as stored now.
        show_again(): a verdict, red flag or message changed: show the posting again.
        told(str): a short note for the status bar; an empty one clears it.
        undone(int, str): a move was undone or redone: the posting's id, and what was done,
            for the status bar.
    """

    changed = Signal(object)
    show_again = Signal()
    told = Signal(str)
    undone = Signal(int, str)

    def __init__(
        self,
        guard: TrackerGuard,
        prompts: Prompts,
        detail: DetailPane,
        *,
        time: UserTime,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._undo_stack = undo_stack
        self._prompts = prompts
        self._detail = detail
        self._time = time
        self._unsaved: dict[int, PostingDetails] = {}
        self._reason = ""
        self.note = QLabel()
        self.note.setStyleSheet("color: #b3261e;")
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry)
        detail.details_edited.connect(self._details_edited)
        detail.stage_chosen.connect(self.set_stage)
        detail.outcome_chosen.connect(self._set_outcome)
        detail.field_edited.connect(self._set_field)
        detail.fields_reset.connect(self._reset_fields)
        detail.flag_dismissed.connect(self._dismiss_flag)
        detail.messages.message_added.connect(self._add_message)
        detail.messages.message_removed.connect(self._remove_message)
        detail.reading.must_model.verdict_chosen.connect(self._set_verdict)

    def shown_with_edits(self, posting: Posting) -> Posting:
        """The posting with the edits not saved yet in place of the stored details."""
        if posting.id in self._unsaved:
            return replace(posting, details=self._unsaved[posting.id])
        return posting

    # Edits with a posting's stage, outcome and reading

    def step_stage(self, *, forward: bool) -> None:
        posting = self._detail.posting
        if posting is not None:
            self.set_stage(posting.stage.next() if forward else posting.stage.previous())

    def set_stage(self, stage: Stage) -> None:
        if (posting := self._detail.posting) is not None:
            self.move(posting, stage)

    def move(self, posting: PostingRow, stage: Stage) -> None:
        """Move a posting to `stage`, undoably (Ctrl+Z); moving it where it is does nothing."""
        if posting.stage != stage:
            self._undo_stack.push(StageChange(self, posting, stage))

    def store_change(self, change: Callable[[Tracker], Posting]) -> Posting | None:
        """Make a change through the guard and say what it stored; None if it failed."""
        posting = self._guard.call(change)
        if posting is not None:
            self.changed.emit(posting)
        return posting

    def _set_outcome(self, outcome: Outcome | None) -> None:
        if (posting := self._detail.posting) is not None:
            self.store_change(lambda t: t.set_outcome(posting.id, outcome))

    def _set_field(self, name: str, value: object) -> None:
        if (posting := self._detail.posting) is not None:
            self.store_change(lambda t: t.set_field(posting.id, name, value))

    def _reset_fields(self) -> None:
        """Gigdesk's reading in place of the user's corrections, undoably (Ctrl+Z)."""
        self._detail.flush()
        posting = self._detail.posting
        if posting is not None and posting.overridden:
            self._undo_stack.push(ResetFields(self, posting))

    # Verdicts, red flags and messages: the posting is shown again with them

    def _set_verdict(self, item: str, status: Status | None) -> None:
        if (posting := self._detail.posting) is not None:
            self._guard.call(lambda t: t.set_check_override(posting.id, item, status))
            self.show_again.emit()

    def _dismiss_flag(self, flag: str, dismissed: bool) -> None:
        if (posting := self._detail.posting) is not None:
            self._guard.call(lambda t: t.set_dismissed(posting.id, flag, dismissed))
            self.show_again.emit()

    def _add_message(self, received: date, text: str) -> None:
        if (posting := self._detail.posting) is None:
            return
        try:
            added = self._guard.call(lambda t: t.add_message(posting.id, received, text))
        except PasteError as exc:
            self._prompts.warn("Cannot add this message", str(exc))
            return
        if added is not None:
            self._detail.messages.paste_box.clear()
            self.show_again.emit()

    def _remove_message(self, message_id: int) -> None:
        if self._detail.posting is not None:
            self._guard.call(lambda t: t.delete_message(message_id))
            self.show_again.emit()

    # Details and notes, kept until they are saved

    def _details_edited(self, details: PostingDetails) -> None:
        """Keep the edit, then save it; one the database refuses is kept and tried again."""
        if (posting := self._detail.posting) is None:
            return
        self._unsaved[posting.id] = details
        if self.retry_timer.isActive():
            return  # the next retry takes it with the others
        self._guard.writes += 1
        try:
            saved = self._guard.tracker.save_details(posting.id, details)
        except StoreError as exc:
            self._not_saved(exc, warn=True)
            return
        self._saved(posting.id, details)
        self.changed.emit(saved)

    def _saved(self, posting_id: int, details: PostingDetails) -> None:
        """`details` reached the database; a newer edit made meanwhile stays to be saved."""
        if self._unsaved.get(posting_id) is details:
            del self._unsaved[posting_id]
        self._show_count()

    def _not_saved(self, error: StoreError, *, warn: bool) -> None:
        self._reason = str(error)
        self._show_count()
        if error.problem is StoreProblem.CORRUPT:
            self._guard.failed(error)  # no use trying again; closing offers the clipboard
            return
        if warn:
            self._prompts.warn(
                "Not saved yet",
                f"{error}\n\nWhat you typed is kept in Gigdesk, which tries again every "
                f"{RETRY_MS // 1000} seconds and asks before you close it.",
            )
        self.retry_timer.start()

    def _retry(self) -> None:
        """Save the kept edits on the database thread: a locked file must not freeze the window."""
        waiting = dict(self._unsaved)
        tracker = self._guard.tracker

        def work() -> dict[int, Posting | None]:
            saved: dict[int, Posting | None] = {}
            for posting_id, details in waiting.items():
                try:
                    saved[posting_id] = tracker.save_details(posting_id, details)
                except StoreError as exc:
                    if exc.problem is not StoreProblem.NOT_FOUND:
                        raise
                    saved[posting_id] = None  # deleted meanwhile: nothing left to save
            return saved

        def done(saved: dict[int, Posting | None]) -> None:
            for posting_id, posting in saved.items():
                self._saved(posting_id, waiting[posting_id])
                if posting is not None:
                    self.changed.emit(posting)
            self.told.emit("Your edits are saved.")

        def failed(exc: Exception) -> None:
            if not isinstance(exc, StoreError):
                raise exc
            self._not_saved(exc, warn=False)

        self._guard.writes += 1
        self._guard.run(work, done, failed)

    def _show_count(self) -> None:
        count = len(self._unsaved)
        self.note.setText(
            f"Not saved yet: {count} posting{'s' if count != 1 else ''}" if count else ""
        )
        self.note.setToolTip(self._reason if count else "")

    def settle(self) -> bool:
        """Before closing: save kept edits, or let the user choose; False keeps the window open."""
        self.retry_timer.stop()
        while self._unsaved:
            for posting_id, details in list(self._unsaved.items()):
                try:
                    self._guard.tracker.save_details(posting_id, details)
                except StoreError as exc:
                    if exc.problem is not StoreProblem.NOT_FOUND:
                        self._reason = str(exc)
                        break
                self._saved(posting_id, details)
            if not self._unsaved:
                return True
            choice = self._prompts.unsaved_edits(len(self._unsaved), self._reason)
            if choice is UnsavedChoice.CANCEL:
                self.retry_timer.start()
                return False
            if choice is UnsavedChoice.COPY_AND_CLOSE:
                self._hand_over()
                return True
        return True

    def _hand_over(self) -> None:
        """The kept edits on the clipboard and, where the folder takes it, in a text file
        beside the database: a clipboard may not outlive the app."""
        text = "\n\n".join(
            f"{details.title or 'untitled'}"
            f"{' at ' + details.company if details.company else ''} (posting #{posting_id})\n"
            f"{details.notes}"
            for posting_id, details in self._unsaved.items()
        )
        QGuiApplication.clipboard().setText(text)
        stamp = f"{self._time.local(self._time.now()):%Y%m%dT%H%M%S}"
        kept = self._guard.tracker.data_file.with_name(f"unsaved-edits-{stamp}.txt")
        with contextlib.suppress(OSError):
            kept.write_text(text, encoding="utf-8")
        self._unsaved.clear()
