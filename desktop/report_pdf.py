"""The work-search log as a PDF, laid out by Qt (QTextDocument on a QPdfWriter): a header
with the user's name and claim number, each week's rows, its total against the minimum and
a mark on the weeks that fall short, and page numbers.

Used by the window and by `gigdesk report --pdf`, the one command that loads Qt (offscreen):
a PDF needs a font engine, and Qt's is already there.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from desktop.domain.files import written_atomically
from desktop.domain.tracking.worksearch import ReportWeek, rule_text

_COLUMNS = (
    "Date",
    "Activity",
    "Employer / organiser",
    "Position / name",
    "Method",
    "Contact",
    "Result",
)


def report_html(
    weeks: Sequence[ReportWeek],
    *,
    start: date,
    end: date,
    minimum: int,
    minimum_hours: float = 0,
    different_days: bool = False,
    name: str = "",
    claim: str = "",
) -> str:
    """The report as the HTML QTextDocument lays out."""
    who = " · ".join(
        part for part in (escape(name), f"Claim {escape(claim)}" if claim else "") if part
    )
    short = sum(week.short for week in weeks)
    rule = rule_text(minimum, minimum_hours, different_days=different_days)
    parts = [
        "<h2>Work-search log</h2>",
        f"<p>{who}</p>" if who else "",
        f"<p>{start.isoformat()} to {end.isoformat()} · "
        f"minimum {rule} a week · "
        f"{sum(len(w.rows) for w in weeks)} activities in {len(weeks)} weeks, "
        f"{short} short</p>",
        "<p><small>Agencies' rules differ and change: check your own.</small></p>",
    ]
    for week in weeks:
        mark = f" <b>SHORT of {rule}</b>" if week.short else ""
        hours = f", {week.hours:.1f} h" if minimum_hours or week.hours else ""
        day = week.start.strftime("%a %d %b %Y")
        parts.append(f"<h4>Week of {day}: {week.counted} counted{hours}{mark}</h4>")
        if not week.rows:
            parts.append("<p>No activity logged.</p>")
            continue
        header = "".join(f"<th align='left'>{column}</th>" for column in _COLUMNS)
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(cell)}</td>"
                for cell in (
                    row.day.isoformat(),
                    row.activity,
                    row.employer,
                    row.position,
                    row.method,
                    " · ".join(part for part in (row.contact, row.reach) if part),
                    row.result,
                )
            )
            + "</tr>"
            for row in week.rows
        )
        parts.append(
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{header}</tr></thead>{rows}</table>"
        )
    return "\n".join(parts)


def write_report_pdf(path: Path, html: str) -> None:
    """Lay `html` out on A4 pages, numbered, into `path` whole or not at all."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a command has no window
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    with written_atomically(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle("Work-search log")
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)  # with no page size of its own, it numbers the pages
        del writer  # the file is finished when the writer goes
    del _app
