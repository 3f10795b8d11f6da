"""What a job site says about a posting beside the client's text: an Upwork job's level,
length, Connects, activity and client box, and the skill tags (issue 13)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from desktop.domain.reading.analysis import PostingAnalysis

# The labels of the activity and client fields, in the order a freelancer weighs them.
_ACTIVITY = (
    ("proposals", "proposals {}"),
    ("interviewing", "interviewing {}"),
    ("invites_sent", "invites sent {}"),
    ("unanswered_invites", "unanswered invites {}"),
    ("last_viewed", "last viewed {}"),
)
_CLIENT = (
    ("payment_method", "payment {}"),
    ("rating", "rated {}"),
    ("reviews", "{} reviews"),
    ("country", "{}"),
    ("city", "{}"),
    ("local_time", "local time {}"),
    ("jobs_posted", "{} jobs posted"),
    ("hire_rate", "{} hire rate"),
    ("open_jobs", "{} open"),
    ("total_spent", "{} spent"),
    ("hires", "{} hires"),
    ("active", "{} active"),
    ("average_hourly_rate", "{}/h on average"),
    ("hours", "{} hours billed"),
    ("member_since", "member since {}"),
)
# A count of one: "1 review", not "1 reviews".
_ONE = {
    "{} reviews": "{} review",
    "{} jobs posted": "{} job posted",
    "{} hires": "{} hire",
    "{} hours billed": "{} hour billed",
}
_WARNING = "#b3261e"


def listing_lines(analysis: PostingAnalysis) -> list[str]:
    """The site's facts as lines of rich text; none for a posting without them. An unverified
    payment method is shown in red: with an off-platform request it is a red flag."""
    lines = []
    job = [
        value
        for value in (
            analysis.level,
            analysis.project_type,
            analysis.duration,
            f"{analysis.connects} Connects to apply" if analysis.connects is not None else None,
        )
        if value
    ]
    if job:
        lines.append("<b>Job:</b> " + " · ".join(escape(value) for value in job))
    if activity := _labelled(_escaped(analysis.activity), _ACTIVITY):
        lines.append("<b>Activity:</b> " + activity)
    client = _escaped(analysis.client)
    if client:
        payment = client.get("payment_method", "")
        if "not" in payment.casefold():
            client["payment_method"] = f"<span style='color:{_WARNING}'>{payment}</span>"
        lines.append("<b>Client:</b> " + _labelled(client, _CLIENT))
    if analysis.tags:
        lines.append("<b>Tags:</b> " + escape(", ".join(analysis.tags)))
    return lines


def _escaped(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {name: escape(value) for name, value in pairs}


def _labelled(values: dict[str, str], labels: tuple[tuple[str, str], ...]) -> str:
    """The values present, each in its label's words (values already escaped)."""
    return " · ".join(
        _ONE.get(form, form).format(value) if value == "1" else form.format(value)
        for name, form in labels
        if (value := values.get(name))
    )


class ListingFacts(QLabel):
    """The site's facts under the posting's fields; hidden when the text has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName("What the job site says")
        self.hide()

    def show_analysis(self, analysis: PostingAnalysis | None) -> None:
        lines = listing_lines(analysis) if analysis is not None else []
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))
