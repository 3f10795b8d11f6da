"""Regenerate the screenshots in docs/: the real app on a few sample postings, at 1280x800
light and dark, at 1024x700, and the board.

xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshot.py
(`... docs/screenshot.py report` the work-search report's page, `... import` the import dialog)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.app import run_app  # noqa: E402
from desktop.domain.skills.profile import Profile, ProfileSkill  # noqa: E402
from desktop.domain.tracking.events import EventKind  # noqa: E402
from desktop.domain.tracking.intake import find_posting_url, guess_source  # noqa: E402
from desktop.domain.tracking.proposals import (  # noqa: E402
    Bid,
    BidPeriod,
    CloseReason,
    Proposal,
    ProposalTemplate,
)
from desktop.domain.tracking.tracker import Outcome, PostingDetails, Stage  # noqa: E402
from desktop.services import Tracker  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.ui.dialogs.insights import InsightsDialog  # noqa: E402
from desktop.ui.dialogs.ledger import LedgerDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

SAMPLES = [
    (
        """Upwork
Contract: Senior Django Developer for a booking platform
https://www.upwork.com/jobs/~01d5c0ffee
Hourly: $55-75
We run a clinic-booking SaaS used by 1,200 practices and need a senior Django developer
for a three-month contract, about 30 hours a week.

Must haves:
- 5+ years of Python and Django
- PostgreSQL query tuning
- Celery or RQ for background jobs
- Comfortable working with AWS (ECS, RDS)

Nice to have:
- Experience with HL7/FHIR is a plus

Coordinate with the team during core hours (8:00 am to 11:00 pm Pacific Time). Some releases
may require you until 12:00 pm Pacific Time on occasion.""",
        [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING],
        None,
        3,
        "Call with Maria (CTO) went well. Send the Celery retry write-up before Friday.",
    ),
    (
        """Lumen Robotics | Senior Firmware Engineer | Remote (EU) | Full-time | €90-110k

We build warehouse robots. You will own the motor-control firmware (C, Rust) and work with
our hardware team in Utrecht. Email jobs@lumen-robotics.example with "HN" in the subject.""",
        [Stage.APPLIED],
        None,
        -1,
        "Sent CV + link to the CAN-bus side project.",
    ),
    (
        """# Product Designer

## About Kestrel Health

Kestrel Health is a clinic-scheduling startup with 40 people in Lisbon and remote.

## What we're looking for

* 4+ years of product design
* Figma, prototyping
* Portuguese is a plus""",
        [Stage.APPLIED, Stage.SCREENING],
        Outcome.REJECTED,
        None,
        "",
    ),
    (
        """Technical Writer (API documentation) job in Berlin | Parcelly
Parcelly is seeking a technical writer to own our public API docs.
- 3+ years writing developer documentation
- Comfortable reading OpenAPI and Python""",
        [Stage.APPLYING],
        None,
        6,
        "Draft cover letter in ~/jobs/parcelly.md",
    ),
    (
        """Fiverr
Looking for a data engineer to move nightly ETL/ELT jobs from cron to Airflow.
Fixed price: $2,400. Must know dbt and Snowflake.""",
        [],
        None,
        None,
        "",
    ),
    (
        """Job Title: Customer Support Specialist
Company: Bright Harbor Ltd
Remote, UK hours (9:00-17:30 GMT). Zendesk experience required.""",
        [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER],
        None,
        1,
        "Offer: £34k. Ask about the 4-day week trial.",
    ),
    (
        """Upwork home
Find work
Stripe Billing Migration for a Yoga Studio App
Posted 3 hours ago
Worldwide

Summary
Our studio app bills 2,000 members through an old PayPal integration. Move subscriptions,
coupons and invoices to Stripe Billing without double-charging anyone.

Requirements
Proven experience with Stripe Billing and webhooks.
Comfortable with Node.js and PostgreSQL.

Hourly: $40.00 - $60.00
Intermediate
1 to 3 months, Less than 30 hrs/week
Project Type: Ongoing project
Skills and Expertise
Stripe
Node.js
PostgreSQL
Activity on this job
Proposals:
5 to 10
Send a proposal for: 14 Connects
About the client
Payment method verified
Rating is 4.9 out of 5.
4.92 of 31 reviews
Canada
Vancouver 6:20 AM
48 jobs posted
71% hire rate, 2 open jobs
$64K total spent
36 hires, 4 active
$38.75 /hr avg hourly rate paid
2,180 hours
Member since Feb 11, 2017
Footer navigation""",
        [Stage.APPLIED, Stage.SCREENING],
        None,
        4,
        "Client asked for a migration plan in two pages.",
    ),
]

# Proposals sent (posting number, days ago, bid, per hour?, Connects, template, how it closed,
# the stage reached) for the ledger's screenshot.
PROPOSALS = (
    (1, 26, 65.0, True, 16, "Short and direct", None, None),
    (7, 3, 52.0, True, 14, "Short and direct", None, None),
    (5, 12, 2200.0, False, 0, "Detailed", None, None),
    (2, 40, 70.0, True, 12, "Detailed", CloseReason.HIRED_SOMEONE_ELSE, None),
    (3, 45, 48.0, True, 10, "Short and direct", CloseReason.JOB_REMOVED, None),
    (4, 50, 55.0, True, 18, "Detailed", None, Stage.ACCEPTED),
)
TEMPLATES = (
    ProposalTemplate(
        "Short and direct",
        "Hi {client},\n\nI have done this before: {my_matching_skills}. Your must-haves "
        "({must_haves}) are my daily work.\n\nMy rate: {rate}. Can we talk this week?",
    ),
    ProposalTemplate("Detailed", "Hello {client},\n\nAbout your {title} project: …"),
)


def fill(folder: Path) -> None:
    today = date.today()
    clock_time = [datetime.now(UTC) - timedelta(days=30)]

    def clock() -> datetime:
        clock_time[0] += timedelta(hours=20)
        return clock_time[0]

    store = Tracker(Store.open(folder / "gigdesk.db", clock=clock))
    for text, stages, outcome, follow_days, notes in SAMPLES:
        url = find_posting_url(text)
        follow_up = today + timedelta(days=follow_days) if follow_days is not None else None
        posting = store.add(
            text,
            PostingDetails(
                source=guess_source(text, url),
                url=url,
                follow_up=follow_up,
                notes=notes,
            ),
        )
        for stage in stages:
            store.set_stage(posting.id, stage)
        if outcome:
            store.set_outcome(posting.id, outcome)
    for template in TEMPLATES:
        store.proposals.save_template(template)
    for number, days_ago, amount, hourly, connects, template, closed, reached in PROPOSALS:
        period = BidPeriod.HOUR if hourly else BidPeriod.PROJECT
        store.proposals.save(
            Proposal(
                number,
                today - timedelta(days=days_ago),
                Bid(amount, period),
                connects_spent=connects,
                closed=closed,
                template=template,
                text="Hi, I read your post closely…" if number != 7 else "",
            )
        )
        if reached is not None:
            store.set_stage(number, reached)
    interview = datetime.combine(today + timedelta(days=2), datetime.min.time()).replace(hour=8)
    store.add_event(1, EventKind.INTERVIEW, interview, zone="America/Los_Angeles", minutes=45)
    store.save_profile(
        Profile(
            tuple(
                ProfileSkill(name, years)
                for name, years in (
                    ("Python", 7),
                    ("Django", 5),
                    ("PostgreSQL", 6),
                    ("Celery", None),
                    ("Docker", None),
                    ("Go", 2),
                    ("Figma", None),
                )
            )
        )
    )
    store.close()


# Each screenshot: its file, the window's size, light or dark, and the list or the board.
SHOTS = (
    ("main-window.png", "1280x800", "light", "list"),
    ("main-window-dark.png", "1280x800", "dark", "list"),
    ("main-window-1024.png", "1024x700", "light", "list"),
    ("board.png", "1280x800", "light", "board"),
    ("today.png", "1280x800", "light", "today"),
    ("proposal.png", "1280x800", "light", "proposal"),
    ("ledger.png", "1280x800", "light", "ledger"),
    ("insights.png", "1280x800", "light", "insights"),
    ("insights-dark.png", "1280x800", "dark", "insights"),
)


def shoot(target: Path, size: str, appearance: str, view: str) -> int:
    """One screenshot, in a process of its own (the app keeps its style for a run)."""
    folder = Path(tempfile.mkdtemp(prefix="gigdesk-shot-"))
    fill(folder)
    shown = "board" if view == "board" else "list"
    (folder / "ui-state.ini").write_text(
        f"[window]\nappearance={appearance}\nview={shown}\n", encoding="utf-8"
    )
    width, height = (int(side) for side in size.split("x"))
    app = QApplication(sys.argv[:1])

    def grab() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.resize(width, height)
        # The window opens on Today when something is due: the other shots go back.
        window.menu_actions.today.setChecked(view == "today")
        if view == "board":
            window.splitter.setSizes([width - 400, 400])  # room for four columns of cards
        if view != "today":  # there the agenda's first item is the posting shown
            window.select_posting({"board": 2, "proposal": 7}.get(view, 1))
        if view == "proposal":
            window.show_tab(window.detail.proposal_view)
        if view == "ledger":
            QTimer.singleShot(600, lambda: grab_ledger(target))
            window.proposals.show_ledger()  # modal: the timer above shoots and closes it
            window.close()
            return
        if view == "insights":
            QTimer.singleShot(800, lambda: grab_dialog(InsightsDialog, target, (1100, 720)))
            window.show_insights()  # modal, as above
            window.close()
            return
        window.detail.reading.must_list.setCurrentIndex(
            window.detail.reading.must_model.index(1, 0)
        )
        if view == "board":  # once laid out at its new width, the chosen card in full view
            QTimer.singleShot(300, window.board.focus_current)
        QTimer.singleShot(600, lambda: (window.grab().save(str(target)), window.close()))

    QTimer.singleShot(1500, grab)
    return run_app(str(folder))


def grab_ledger(target: Path) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LedgerDialog))
    dialog.grouping_combo.setCurrentIndex(1)  # per platform
    grab_dialog(LedgerDialog, target, (1240, 330))


def grab_dialog(kind: type, target: Path, size: tuple[int, int]) -> None:
    """Shoot the open dialog of this kind at this size, then close it."""
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))
    dialog.resize(*size)
    QTimer.singleShot(300, lambda: (dialog.grab().save(str(target)), dialog.reject()))


def shoot_report(target: Path) -> None:
    """The first page of a work-search report on the sample tracker, as the PDF lays it out."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

    from desktop.domain.tracking.worksearch import Activity, ActivityKind, work_search_report
    from desktop.report_pdf import report_html

    folder = Path(tempfile.mkdtemp(prefix="gigdesk-shot-"))
    fill(folder)
    tracker = Tracker(Store.open(folder / "gigdesk.db"))
    today = date.today()
    start, end = today - timedelta(weeks=4), today
    activities = [
        Activity(
            1, today - timedelta(days=9), ActivityKind.WORKSHOP, "CV clinic", 90, "Job centre"
        ),
        Activity(
            2, today - timedelta(days=2), ActivityKind.JOB_FAIR, "Tech fair", 180, "Town hall"
        ),
    ]
    weeks = work_search_report(
        tracker.store.rows_with_history(), activities, zone=tracker.time.zone, start=start, end=end
    )
    tracker.close()
    html = report_html(weeks, start=start, end=end, minimum=3, name="Sam Lee", claim="NY-4471")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    document = QTextDocument()
    document.setDefaultFont(app.font())
    document.setPageSize(QSizeF(794, 1123))  # A4 at 96 dpi
    document.setHtml(html)
    page = QImage(794, 1123, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    document.drawContents(painter, QRectF(0, 0, 794, 1123))
    painter.end()
    page.save(str(target))


def shoot_import(target: Path) -> None:
    """File → Import… on a hand-kept sheet: guessed columns, a status and the dates' order
    to answer."""
    from desktop.domain.tracking.importing import ImportPlan, read_sheet
    from desktop.ui.dialogs.import_sheet import ImportDialog

    sheet = (
        "Company;Role;Status;Applied on;Salary;Link;Gut feeling\n"
        "Bean There;Barista (weekends);Interview 2;05/03/2026;£12/hour;;friendly\n"
        "Orbit Labs;Senior Data Engineer;Phone screen;06/03/2026;€85k;"
        "https://orbit.example/jobs/4;\n"
        "Kettle & Co;Product Designer;Offer;02/02/2026;;;dream job\n"
        "Quill;Technical Writer;Sent CV;09/03/2026;;https://quill.example/tw;\n"
        "Nord AB;Translator (Swedish);Ghosted;11/01/2026;0.12/word;;\n"
        "Crumbs Ltd;Baker;Rejected;12/02/2026;;;\n"
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    plan = ImportPlan.of(read_sheet(sheet.encode("cp1252")), date.today())
    dialog = ImportDialog(plan, "my-jobs.csv", lambda rows: [row.line == 4 for row in rows])
    dialog.resize(1000, 680)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(target))


def main() -> int:
    if sys.argv[1:] == ["report"]:
        shoot_report(ROOT / "docs" / "report-page.png")
        return 0
    if sys.argv[1:] == ["import"]:
        shoot_import(ROOT / "docs" / "import-dialog.png")
        return 0
    if len(sys.argv) == 5:
        return shoot(Path(sys.argv[1]), *sys.argv[2:])
    for name, size, appearance, view in SHOTS:
        command = [sys.executable, __file__, str(ROOT / "docs" / name), size, appearance, view]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
