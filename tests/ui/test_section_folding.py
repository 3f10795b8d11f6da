"""Folding on the Posting tab: the site's chrome folds away, the facts a page states about the
job stay beside their labels, and each folded block is named by what it holds."""

from itertools import pairwise

from PySide6.QtCore import Qt

from desktop.domain.reading.kinds import SectionKind
from desktop.domain.reading.sections import BoilerplateKind, Section
from desktop.ui.reading_view import SectionListModel, qt_position
from tests.ui.conftest import add

# A job page as a freelance site shows it: its menu over the title, its facts as value lines
# over label lines among the client's words, its panel on the job and the client under them.
BAKERY_PAGE = """Skip to main content
Upwork
Find Work
Deliver Work
Manage Finances
Messages
Back to search
Bookkeeper for a chain of three bakeries (Xero)
Posted 2 hours ago
Worldwide
We own three bakeries and need a bookkeeper to reconcile our Xero accounts every month and \
prepare the VAT returns each quarter.

Requirements:
- 3+ years of bookkeeping for retail or food businesses
- Xero certified
- Good written English

$25.00-$35.00
Hourly
Less than 30 hrs/week
Hours needed
More than 6 months
Duration
Intermediate
I am looking for a mix of experience and value
Project Type: Ongoing project
Skills and Expertise
Xero
Bookkeeping
VAT Returns
Activity on this job
Proposals: 5 to 10
Interviewing: 0
About the client
Payment method verified
United Kingdom
12 jobs posted
"""

FACTS = (
    "$25.00-$35.00",
    "Hourly",
    "Less than 30 hrs/week",
    "Hours needed",
    "More than 6 months",
    "Duration",
    "Intermediate",
    "Project Type: Ongoing project",
)


def _visible(reading, text: str, line: str) -> bool:
    document = reading.text_view.document()
    return document.findBlock(qt_position(text, text.index(line))).isVisible()


def _names(model: SectionListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_pages_facts_around_its_site_blocks_show_beside_their_labels(window):
    add(window, BAKERY_PAGE)
    reading = window.detail.reading
    hidden = [line for line in FACTS if not _visible(reading, BAKERY_PAGE, line)]
    assert hidden == []
    # The site's chrome still folds: its menu over the title, its panel under the posting.
    for chrome in ("Manage Finances", "Back to search", "Proposals: 5 to 10", "12 jobs posted"):
        assert not _visible(reading, BAKERY_PAGE, chrome), chrome


def test_the_pages_folded_blocks_are_named_apart_by_what_they_hold(window):
    add(window, BAKERY_PAGE)
    model = window.detail.reading.section_model
    names = _names(model)
    assert len(set(names)) == len(names), names
    folded = [names[row] for row in range(model.rowCount()) if not model.is_shown(row)]
    assert folded == [
        "Job-board text: Skip to main content …",
        "Job-board text: Activity on this job …",
    ]


def _section(kind, text, first, last, detail=None):
    """A section over the lines from `first` to `last`, as the reader would mark it."""
    start = text.index(first)
    return Section(kind, "", start, text.index(last, start) + len(last), (), detail)


# Facts in no figures: only their place beside the label lines tells them from a menu.
WARD = (
    "Home\nJobs\nSign in\n"
    "Night Nurse, Cardiac Ward\n"
    "We need a registered nurse for our cardiac ward, on nights, from the spring.\n"
    "\n"
    "Contract length\n"
    "Six months\n"
    "\n"
    "Apply now\nSave job\n"
    "\n"
    "Bring your registration with you to the interview, and a reference from a ward.\n"
    "\n"
    "Nights only\n"
    "Shift pattern\n"
    "About the hospital\nFounded long ago\nMany wards\n"
)


def _ward_sections(text: str = WARD) -> tuple[Section, ...]:
    site = BoilerplateKind.NAVIGATION
    return (
        _section(SectionKind.BOILERPLATE, text, "Home", "Sign in", site),
        _section(SectionKind.OTHER, text, "Night Nurse", "Cardiac Ward"),
        _section(SectionKind.SUMMARY, text, "We need", "spring."),
        _section(SectionKind.OTHER, text, "Contract length", "Contract length"),
        # the reader's one block of the site's lines across a blank line: a value, buttons
        _section(SectionKind.BOILERPLATE, text, "Six months", "Save job", site),
        _section(SectionKind.HOW_TO_APPLY, text, "Bring your", "from a ward."),
        _section(SectionKind.BOILERPLATE, text, "Nights only", "Nights only", site),
        _section(SectionKind.OTHER, text, "Shift pattern", "Shift pattern"),
        _section(
            SectionKind.BOILERPLATE,
            text,
            "About the hospital",
            "Many wards",
            BoilerplateKind.SITE_PANEL,
        ),
    )


def _row_of(model: SectionListModel, text: str, line: str) -> int:
    at = text.index(line)
    return next(
        row
        for row in range(model.rowCount())
        if model.section(row).start <= at < model.section(row).end
    )


def test_a_fold_never_parts_a_short_fact_from_the_label_beside_it(qtbot):
    model = SectionListModel()
    model.set_sections(_ward_sections(), WARD, "Night Nurse, Cardiac Ward")
    shown = {
        line: model.is_shown(_row_of(model, WARD, line))
        for line in ("Six months", "Nights only", "Home", "Apply now", "About the hospital")
    }
    assert shown == {
        "Six months": True,  # under its label "Contract length"
        "Nights only": True,  # over its label "Shift pattern"
        "Home": False,  # the site's menu over the title
        "Apply now": False,  # the site's buttons, a paragraph apart from the fact
        "About the hospital": False,  # the site's panel
    }
    # Each row a run of the text in order, none over another.
    spans = [(model.section(row).start, model.section(row).end) for row in range(model.rowCount())]
    assert spans == sorted(spans)
    assert all(end <= start for (_, end), (start, _) in pairwise(spans))


def test_the_site_lines_stating_figures_or_labelled_values_stay_shown(qtbot):
    text = (
        "Warehouse Lead\n"
        "We run a distribution centre and need a lead for the day shift, starting in May.\n"
        "\n"
        "$1,200 a month\n"
        "\n"
        "Find jobs\nCompany reviews\n"
        "\n"
        "Project Type: Ongoing project\n"
        "\n"
        "Our team of forty works Monday to Friday and we train every new lead on site.\n"
    )
    site = BoilerplateKind.NAVIGATION
    model = SectionListModel()
    model.set_sections(
        (
            _section(SectionKind.OTHER, text, "Warehouse Lead", "Warehouse Lead"),
            _section(SectionKind.SUMMARY, text, "We run", "in May."),
            _section(SectionKind.BOILERPLATE, text, "$1,200", "a month", site),
            _section(SectionKind.BOILERPLATE, text, "Find jobs", "Company reviews", site),
            _section(SectionKind.BOILERPLATE, text, "Project Type", "Ongoing project", site),
            _section(SectionKind.SUMMARY, text, "Our team", "on site."),
        ),
        text,
        "Warehouse Lead",
    )
    folded = [
        model.index(row, 0).data() for row in range(model.rowCount()) if not model.is_shown(row)
    ]
    assert folded == ["Job-board text: Find jobs …"]


def test_folded_blocks_of_one_kind_are_named_by_their_first_words(qtbot):
    model = SectionListModel()
    model.set_sections(_ward_sections(), WARD, "Night Nurse, Cardiac Ward")
    names = _names(model)
    assert "Job-board text: Home …" in names
    assert "Job-board text: Apply now …" in names
    assert "Job-board text: About the hospital …" in names
    assert "Other: Contract length" in names
    assert len(set(names)) == len(names), names
    panel = model.index(_row_of(model, WARD, "About the hospital"), 0)
    tip = panel.data(Qt.ItemDataRole.ToolTipRole)
    assert "About the hospital\nFounded long ago\nMany wards" in tip


def test_blocks_that_open_alike_are_numbered_apart(qtbot):
    text = (
        "Title\nSome words of the posting, long enough to be a sentence.\nApply\n\nMore.\nApply\n"
    )
    board = BoilerplateKind.JOB_BOARD
    model = SectionListModel()
    first = text.index("Apply")
    second = text.index("Apply", first + 1)
    model.set_sections(
        (
            Section(SectionKind.BOILERPLATE, "", first, first + 5, (), board),
            Section(SectionKind.BOILERPLATE, "", second, second + 5, (), board),
        ),
        text,
    )
    assert _names(model) == ["Job-board text: Apply", "Job-board text: Apply (2)"]
