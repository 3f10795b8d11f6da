"""What the window does with proposals: keep or forget the one on show, fill its text from
a template, write templates, and open the ledger (Tools → Proposals)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.domain.skills.profile import Profile
from desktop.domain.tracking.proposals import Bid, Grouping, LedgerRow, Period, Proposal
from desktop.domain.tracking.tracker import Posting
from desktop.services.proposals import ProposalDesk
from desktop.ui.guard import TrackerGuard
from desktop.ui.prompts import Prompts
from desktop.ui.proposal_view import ProposalView

_PLACEHOLDER = re.compile(r"\{\w+\}")


class ProposalActions(QObject):
    """Signals:
    changed(): a proposal was kept or forgotten, or the templates changed: show the
        posting again.
    told(str): a note for the status bar.
    """

    changed = Signal()
    told = Signal(str)

    def __init__(
        self,
        guard: TrackerGuard,
        prompts: Prompts,
        view: ProposalView,
        *,
        shown: Callable[[], Posting | None],
        profile: Callable[[], Profile],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard, self._prompts, self._view = guard, prompts, view
        self._shown, self._profile = shown, profile
        view.saved.connect(self.save)
        view.removed.connect(self.remove)
        view.fill_wanted.connect(self.fill)
        view.templates_wanted.connect(self.edit_templates)
        view.copied.connect(self._copied)

    def save(self, proposal: Proposal) -> None:
        if self._guard.call(lambda t: t.proposals.save(proposal)) is not None:
            self.told.emit("Proposal saved")
            self.changed.emit()

    def remove(self, posting_id: int) -> None:
        if self._guard.call(lambda t: t.proposals.delete(posting_id)) is not None:
            self.told.emit("Proposal removed")
            self.changed.emit()

    def fill(self, name: str, bid: Bid | None) -> None:
        """The text of the template `name`, filled from the posting on show."""
        posting = self._shown()
        if posting is None:
            return
        templates = self._guard.call(lambda t: t.proposals.templates(), writes=False) or []
        body = next((template.body for template in templates if template.name == name), None)
        if body is None:
            return
        filled = self._guard.call(
            lambda t: t.proposals.filled(body, posting, bid, self._profile()), writes=False
        )
        if filled is not None:
            self._view.set_text(filled)
            self.told.emit(f"Filled from “{name}”: check it, then Copy text")

    def _copied(self, text: str) -> None:
        left = sorted(set(_PLACEHOLDER.findall(text)))
        if left:
            self.told.emit(f"Copied, but still to fill: {', '.join(left)}")
        else:
            self.told.emit("Copied to the clipboard: paste it into the platform")

    def edit_templates(self) -> None:
        """Tools → Proposal templates: the user's texts, kept all at once on OK."""
        current = self._guard.call(lambda t: t.proposals.templates(), writes=False)
        if current is None:
            return
        answer = self._prompts.proposal_templates(current)
        if answer is None:
            return
        kept = {template.name for template in answer}

        def keep(desk: ProposalDesk) -> bool:
            for template in current:
                if template.name not in kept:
                    desk.delete_template(template.name)
            for template in answer:
                desk.save_template(template)
            return True

        if self._guard.call(lambda t: keep(t.proposals)) is not None:
            self.changed.emit()

    def show_ledger(self) -> None:
        """Tools → Proposals: the ledger per week or month."""
        price = self._guard.call(lambda t: t.proposals.connect_price(), writes=False)
        if price is None:
            return

        def load(period: Period, grouping: Grouping) -> list[LedgerRow] | None:
            return self._guard.call(lambda t: t.proposals.ledger(period, grouping), writes=False)

        def save_price(value: float) -> float | None:
            return self._guard.call(lambda t: t.proposals.save_connect_price(value))

        def export(path: Path, period: Period, grouping: Grouping) -> int | None:
            try:
                count = self._guard.call(
                    lambda t: t.proposals.export_ledger(path, period, grouping), writes=False
                )
            except OSError as exc:
                self._prompts.warn("Export failed", f"Could not write {path}: {exc.strerror}.")
                return None
            if count is not None:
                self.told.emit(f"Exported {count} ledger row{'s' if count != 1 else ''} to {path}")
            return count

        self._prompts.ledger(load, price, save_price, export)
