"""Tools → Insights: how far applications get, who answers, how long each stage takes, the
weekly pace against a minimum, and how they end, for a period and perhaps one source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.files import write_csv
from desktop.domain.tracking.insights import Insights, ResponseRate, engagement_label
from desktop.ui.charts import Bar, BarChart
from desktop.ui.dialogs import day_of, qdate

# Asks for the figures of (from, to, source) and calls back with them, off the GUI thread.
Request = Callable[[date, date, str, Callable[[Insights], None]], None]
_WEEKS_SHOWN = 12


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def _reached(postings: int, conversion: float | None) -> str:
    """ "12 (40%)": how many got this far, and the share of those at the stage before."""
    return str(postings) if conversion is None else f"{postings} ({_percent(conversion)})"


def _rate_bars(rates: Sequence[ResponseRate], named: Callable[[str], str] = str) -> list[Bar]:
    return [Bar(named(r.group), r.rate or 0, f"{_percent(r.rate)} of {r.applied}") for r in rates]


class InsightsDialog(QDialog):
    """Five charts over the period chosen; each saved as a PNG, all their numbers as CSV."""

    def __init__(
        self, request: Request, today: date, sources: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Insights")
        self._request = request
        self._found: Insights | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls(today, sources))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.funnel = BarChart("How far they got")
        self.answers = BarChart("Answered, by source")
        self.by_engagement = BarChart("Answered, by engagement")
        self.days = BarChart("Median days in each stage")
        self.weekly = BarChart("Applications per week", columns=True)
        self.outcomes = BarChart("How they ended")
        charts = QWidget()
        grid = QGridLayout(charts)
        for index, chart in enumerate(self.charts()):
            grid.addWidget(chart, index // 2, index % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton("Export &CSV…")
        export.clicked.connect(self._ask_csv)
        png = QPushButton("Save charts as &PNG…")
        png.clicked.connect(self._ask_png)
        for button in (export, png):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self.refresh()

    def _build_controls(self, today: date, sources: list[str]) -> QHBoxLayout:
        controls = QHBoxLayout()
        self.from_edit = QDateEdit(qdate(today - timedelta(weeks=_WEEKS_SHOWN)))
        self.to_edit = QDateEdit(qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.source_combo = QComboBox()
        self.source_combo.addItem("All sources", "")
        for source in sources:
            self.source_combo.addItem(source, source)
        self.source_combo.currentIndexChanged.connect(self.refresh)
        self.minimum_spin = QSpinBox()
        self.minimum_spin.setRange(0, 50)
        self.minimum_spin.setValue(3)
        self.minimum_spin.setSuffix(" a week")
        self.minimum_spin.valueChanged.connect(self._show)
        for text, widget in (
            ("&From:", self.from_edit),
            ("&To:", self.to_edit),
            ("&Source:", self.source_combo),
            ("&Minimum:", self.minimum_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text) + 4)
            controls.addSpacing(8)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addStretch(1)
        return controls

    def charts(self) -> tuple[BarChart, ...]:
        return (
            self.funnel,
            self.answers,
            self.days,
            self.weekly,
            self.outcomes,
            self.by_engagement,
        )

    def period(self) -> tuple[date, date]:
        return day_of(self.from_edit.date()), day_of(self.to_edit.date())

    def refresh(self) -> None:
        start, end = self.period()
        if start > end:
            self.summary.setText("The period ends before it starts: choose another “From”.")
            return
        self.summary.setText("Working the figures out…")
        self._request(start, end, self.source_combo.currentData() or "", self.show_insights)

    def show_insights(self, found: Insights) -> None:
        self._found = found
        self._show()

    def _show(self) -> None:
        found = self._found
        if found is None:
            return
        start, end = self.period()
        response = found.days_to_first_response
        self.summary.setText(
            f"{found.postings} postings added from {start.isoformat()} to {end.isoformat()}. "
            "Each counts at every stage up to the furthest it reached; an answer is a move "
            "past Applied, a rejection or a message. Median days from applying to the first "
            f"answer: {'–' if response is None else f'{response:.1f}'}."
        )
        self.funnel.set_bars(
            [
                Bar(step.stage.label, step.postings, _reached(step.postings, step.conversion))
                for step in found.funnel
            ]
        )
        self.answers.set_bars(_rate_bars(found.by_source))
        self.by_engagement.set_bars(_rate_bars(found.by_engagement, engagement_label))
        self.days.set_bars(
            [
                Bar(stage.label, days, f"{days:.1f} d ({n})")
                for stage, days, n in found.days_in_stage
            ]
        )
        minimum = self.minimum_spin.value()
        self.weekly.set_bars(
            [Bar(week.strftime("%d %b"), n, str(n)) for week, n in found.weekly],
            level=float(minimum) if minimum else None,
            level_text=f"– – your minimum: {minimum} a week",
        )
        self.outcomes.set_bars([Bar(outcome.label, n, str(n)) for outcome, n in found.outcomes])

    def rows(self) -> list[list[str]]:
        """Every chart's numbers: (chart, label, figure)."""
        return [
            [chart.title, bar.label, bar.text] for chart in self.charts() for bar in chart.bars()
        ]

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the figures", "insights.csv", "CSV (*.csv)"
        )
        if path:
            write_csv(Path(path), ("chart", "label", "figure"), self.rows())

    def _ask_png(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Save the charts in")
        if folder:
            for chart in self.charts():
                name = chart.title.lower().replace(" ", "-").replace(",", "")
                chart.save_png(Path(folder) / f"{name}.png")
