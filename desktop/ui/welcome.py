"""The first steps of a new tracker, shown where a posting would be until they are done."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

DONE = "✓"


@dataclass(frozen=True)
class FirstSteps:
    """Which of the three first steps the user has taken."""

    posting: bool  # a posting is tracked
    skills: bool  # the profile names a skill: the Fit column has something to check
    hours: bool  # the time zone and working hours were saved: the Hours column is theirs

    @property
    def all_done(self) -> bool:
        return self.posting and self.skills and self.hours


class WelcomePanel(QWidget):
    """Three buttons, each a first step, each ticked once done.

    Signals:
        paste_wanted(): add the posting on the clipboard.
        skills_wanted(): open the skills profile (typed, or found in a pasted CV).
        hours_wanted(): confirm the time zone and working hours.
    """

    paste_wanted = Signal()
    skills_wanted = Signal()
    hours_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h2>Welcome to Gigdesk</h2>")
        intro = QLabel(
            "Three steps and every posting you paste shows how well you fit it, whether it "
            "looks like a scam, and its hours in your own time. Everything stays on this "
            "computer."
        )
        intro.setWordWrap(True)
        steps = QGridLayout()
        steps.setColumnStretch(2, 1)
        steps.setHorizontalSpacing(12)
        steps.setVerticalSpacing(4)
        self.ticks: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        for row, (label, explanation, signal) in enumerate(
            (
                (
                    "P&aste your first posting",
                    "Copy a job or contract posting from any site or message, then press "
                    "Ctrl+V anywhere in the window.",
                    self.paste_wanted,
                ),
                (
                    "Set your &skills…",
                    "Type them, or paste your CV and tick the skills Gigdesk finds in it.",
                    self.skills_wanted,
                ),
                (
                    "Confirm your time &zone and hours…",
                    "Hours in postings are put in your zone and checked against your day.",
                    self.hours_wanted,
                ),
            )
        ):
            tick = QLabel(str(row + 1))
            tick.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tick.setMinimumWidth(24)
            button = QPushButton(label)
            button.clicked.connect(signal)
            note = QLabel(explanation)
            note.setWordWrap(True)
            # Each step's note under its button, so it wraps in a narrow pane.
            steps.addWidget(tick, 3 * row, 0)
            steps.addWidget(button, 3 * row, 1)
            steps.addWidget(note, 3 * row + 1, 1, 1, 2)
            steps.setRowMinimumHeight(3 * row + 2, 14)
            self.ticks.append(tick)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(steps)
        layout.addStretch(1)

    def show_steps(self, steps: FirstSteps) -> None:
        """Tick the steps taken; a taken step's button stays, to change it again."""
        for number, (tick, done) in enumerate(
            zip(self.ticks, (steps.posting, steps.skills, steps.hours), strict=True), start=1
        ):
            tick.setText(DONE if done else str(number))
            tick.setAccessibleName(f"Step {number}: {'done' if done else 'to do'}")
