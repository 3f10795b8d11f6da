"""What a user does with their postings, for the window and the command line alike.

Each operation takes plain values, reads postings where reading is needed, keeps
the result through the store and returns what changed; the caller shows it. The
store keeps a reading as JSON-ready data; here it becomes a PostingAnalysis.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, tzinfo
from pathlib import Path

from desktop.domain.hours.local_time import (
    HoursReading,
    HoursSummary,
    WorkingHours,
    WorkingHoursError,
    read_hours,
    summarize_hours,
)
from desktop.domain.hours.statements import HoursStatement
from desktop.domain.hours.zones import known_zone
from desktop.domain.reading.analysis import PARSER_VERSION, PostingAnalysis, analyze_posting
from desktop.domain.reading.serialize import (
    EDITABLE_FIELDS,
    ZONE_PICK,
    analysis_from_dict,
    analysis_to_dict,
    statement_from_dict,
    with_zone_picks,
)
from desktop.domain.reading.serialize import apply_overrides as apply_corrections
from desktop.domain.red_flags.flags import Hit, RiskSummary, find_red_flags, summarize_risk
from desktop.domain.skills.fit import (
    CheckItem,
    FitSummary,
    apply_overrides,
    check,
    item_key,
    summarize,
)
from desktop.domain.skills.profile import Profile, Status
from desktop.domain.skills.taxonomy import taxonomy
from desktop.domain.tracking.export import write_tracker_csv
from desktop.domain.tracking.intake import check_posting_text, find_posting_url, guess_source
from desktop.domain.tracking.tracker import (
    Message,
    Outcome,
    Posting,
    PostingDetails,
    PostingRow,
    Stage,
)
from desktop.store import Store, StoredPosting


@dataclass(frozen=True)
class Intake:
    """A pasted or given text that can be stored, and the tracked postings it repeats."""

    text: str
    details: PostingDetails
    duplicates: list[Posting]


@dataclass(frozen=True)
class PostingView:
    """Everything the detail pane shows of one posting, and its row's summaries."""

    posting: Posting
    checks: list[CheckItem] | None
    hits: list[Hit]
    messages: list[tuple[Message, list[Hit]]]
    dismissed: frozenset[str]
    hours: list[HoursReading]
    hours_summary: HoursSummary | None
    risk: RiskSummary
    fit: FitSummary | None


class Tracker:
    """The use cases over one store. Whole-table operations are not for the GUI thread."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db_file(self) -> Path:
        return self.store.db_file

    def close(self) -> None:
        self.store.close()

    def check_integrity(self) -> None:
        self.store.check_integrity()

    # Postings

    def list_rows(self) -> list[PostingRow]:
        """Every posting with its history, as the table and the CSV need it (no text)."""
        return self.store.list_rows()

    def search(self, words: list[str]) -> list[frozenset[int]]:
        """For each word, the postings with a word starting with it in their title, company,
        source, notes or text."""
        return self.store.search(words)

    def get(self, posting_id: int) -> Posting:
        return _complete(self.store.get(posting_id))

    def find_duplicates(self, text: str, url: str | None) -> list[Posting]:
        return [_complete(stored) for stored in self.store.find_duplicates(text, url)]

    def intake(
        self,
        text: str,
        *,
        url: str | None = None,
        source: str | None = None,
        title: str = "",
        company: str = "",
    ) -> Intake:
        """Check that `text` can be kept (PasteError if not), find its address, source and
        any copy already tracked."""
        check_posting_text(text)
        url = url or find_posting_url(text)
        details = PostingDetails(
            title=title, company=company, source=source or guess_source(text, url), url=url
        )
        return Intake(text, details, self.find_duplicates(text, url))

    def add(self, text: str, details: PostingDetails, stage: Stage = Stage.SAVED) -> Posting:
        """Read and keep a new posting verbatim; its history starts at `stage`, now.

        An empty title or company in `details` takes Gigdesk's reading; a given one
        is kept as the user's own value.
        """
        check_posting_text(text)
        analysis = analyze_posting(text, details.source)
        corrections = {
            name: value
            for name, value in (
                ("title", details.title.strip()),
                ("company", details.company.strip()),
            )
            if value and value != getattr(analysis, name)
        }
        return _complete(
            self.store.add(
                text,
                details,
                reading=analysis_to_dict(analysis),
                version=PARSER_VERSION,
                corrections=corrections,
                stage=stage,
            )
        )

    def save_details(self, posting_id: int, details: PostingDetails) -> Posting:
        return _complete(self.store.save_details(posting_id, details))

    def set_field(self, posting_id: int, name: str, value: object) -> Posting:
        """Put the user's value for one field of the reading in place of the parser's.

        `value` takes the form desktop.domain.reading.serialize gives the field; None means
        "not stated". A zone pick is named "zone:<abbreviation>".
        """
        if name not in EDITABLE_FIELDS and not name.startswith(ZONE_PICK):
            raise ValueError(f"{name!r} is not an editable field")
        return _complete(self.store.correct(posting_id, name, value))

    def reset_fields(self, posting_id: int) -> Posting:
        """Drop the user's corrections; every field shows Gigdesk's reading again."""
        return _complete(self.store.drop_corrections(posting_id))

    def set_stage(self, posting_id: int, stage: Stage) -> Posting:
        return _complete(self.store.set_stage(posting_id, stage))

    def set_outcome(self, posting_id: int, outcome: Outcome | None) -> Posting:
        return _complete(self.store.set_outcome(posting_id, outcome))

    def delete(self, posting_id: int) -> StoredPosting:
        """Remove a posting; the snapshot returned brings it back whole with `restore`."""
        return self.store.delete(posting_id)

    def restore(self, snapshot: StoredPosting) -> Posting:
        return _complete(self.store.restore(snapshot, PARSER_VERSION))

    def stale_readings(self) -> list[int]:
        """Postings an older parser read (or none), to be read again."""
        return self.store.stale_readings(PARSER_VERSION)

    def read_again(self, posting_id: int) -> Posting:
        """Read a stored posting with the current parser, keeping the user's corrections."""
        posting = self.store.get(posting_id).posting
        analysis = analyze_posting(posting.raw_text, posting.details.source)
        return _complete(
            self.store.save_reading(posting_id, analysis_to_dict(analysis), PARSER_VERSION)
        )

    # Skills profile and the checklist

    def profile(self) -> Profile:
        return self.store.profile()

    def save_profile(self, profile: Profile) -> Profile:
        return self.store.save_profile(profile)

    def checklist(self, posting: Posting, profile: Profile) -> list[CheckItem]:
        """A posting's must-haves checked against `profile`, with the user's verdicts."""
        if posting.analysis is None:
            return []
        items = check(posting.analysis.must_haves, profile, taxonomy())
        return apply_overrides(items, self.store.annotations.verdicts(posting.id))

    def check_overrides(self, posting_id: int) -> dict[str, Status]:
        return self.store.annotations.verdicts(posting_id)

    def set_check_override(self, posting_id: int, item: str, status: Status | None) -> None:
        """Record (or with None, forget) the user's verdict on one must-have, by its words."""
        self.store.annotations.set_verdict(posting_id, item_key(item), status)

    # Summaries of every posting, for the table's columns and the export

    def fit_summaries(self) -> dict[int, FitSummary]:
        """Every read posting's fit against the stored profile."""
        profile, skills = self.store.profile(), taxonomy()
        verdicts = self.store.annotations.all_verdicts()
        return {
            posting_id: summarize(
                apply_overrides(
                    check(analysis_from_dict(reading).must_haves, profile, skills),
                    verdicts.get(posting_id, {}),
                )
            )
            for posting_id, (reading, _) in self.store.readings().items()
        }

    def risk_summaries(self) -> dict[int, RiskSummary]:
        """Every read posting's risk over its own red flags and its messages' (read here)."""
        annotations = self.store.annotations
        messages, dismissed = annotations.all_message_texts(), annotations.all_dismissed()
        summaries = {}
        for posting_id, (reading, _) in self.store.readings().items():
            hits = list(analysis_from_dict(reading).red_flags)
            for text in messages.get(posting_id, []):
                hits.extend(find_red_flags(text))
            summaries[posting_id] = summarize_risk(hits, dismissed[posting_id])
        return summaries

    def hours_statements(self) -> dict[int, tuple[HoursStatement, ...]]:
        """Every read posting's working hours, with the user's zone picks."""
        return {
            posting_id: with_zone_picks(
                tuple(statement_from_dict(h) for h in reading.get("hours", [])), corrections
            )
            for posting_id, (reading, corrections) in self.store.readings().items()
        }

    def hours_summaries(self, on: date, default_zone: str) -> dict[int, HoursSummary]:
        """Every posting's main hours in the user's zone (or `default_zone`) on `on`."""
        zone, working = self.my_hours()
        summaries = {}
        for posting_id, statements in self.hours_statements().items():
            summary = summarize_hours(statements, on, zone or default_zone, working)
            if summary is not None:
                summaries[posting_id] = summary
        return summaries

    def export_csv(self, path: Path, local: tzinfo, on: date, default_zone: str) -> int:
        """The tracker as CSV at `path`, dates in `local`, hours in the user's zone on `on`."""
        return write_tracker_csv(
            self.list_rows(),
            path,
            local,
            fits=self.fit_summaries(),
            risks=self.risk_summaries(),
            hours=self.hours_summaries(on, default_zone),
        )

    # One posting as the detail pane shows it

    def view(
        self, posting: Posting, profile: Profile, on: date, zone: str, working: WorkingHours
    ) -> PostingView:
        """A posting with its checklist (when there is a profile), red flags over its text
        and messages, and its hours in `zone` on `on`."""
        checks = self.checklist(posting, profile) if profile.skills else None
        hits = (
            list(posting.analysis.red_flags)
            if posting.analysis
            else find_red_flags(posting.raw_text)
        )
        reads = [(message, find_red_flags(message.text)) for message in self.messages(posting.id)]
        dismissed = self.dismissed_flags(posting.id)
        statements = posting.analysis.hours if posting.analysis else ()
        message_hits = [hit for _, found in reads for hit in found]
        return PostingView(
            posting=posting,
            checks=checks,
            hits=hits,
            messages=reads,
            dismissed=dismissed,
            hours=read_hours(statements, on, zone, working),
            hours_summary=summarize_hours(statements, on, zone, working),
            risk=summarize_risk([*hits, *message_hits], dismissed),
            fit=summarize(checks) if checks else None,
        )

    # The user's time zone and working hours

    def my_hours(self) -> tuple[str | None, WorkingHours]:
        """The user's time zone (None: not chosen, use the system's) and working hours."""
        values = self.store.settings()
        zone = values.get("time_zone")
        try:
            working = WorkingHours.parse(
                values.get("working_hours", "09:00-18:00"), values.get("working_days", "Mon-Fri")
            )
        except WorkingHoursError:
            working = WorkingHours()
        return (zone if zone and known_zone(zone) else None), working

    def save_my_hours(
        self, zone: str | None, working: WorkingHours
    ) -> tuple[str | None, WorkingHours]:
        """Keep the user's zone (None: follow the system's) and working hours; returns them."""
        self.store.save_settings(
            {
                "time_zone": zone or "",
                "working_hours": working.hours_text,
                "working_days": working.days_text,
            }
        )
        return self.my_hours()

    # Messages and dismissed red flags

    def messages(self, posting_id: int) -> list[Message]:
        return self.store.annotations.messages(posting_id)

    def add_message(self, posting_id: int, received: date, text: str) -> Message:
        """Keep a message about a posting verbatim (PasteError if it cannot be kept)."""
        check_posting_text(text)
        return self.store.annotations.add_message(posting_id, received, text)

    def delete_message(self, message_id: int) -> None:
        self.store.annotations.delete_message(message_id)

    def dismissed_flags(self, posting_id: int) -> frozenset[str]:
        return self.store.annotations.dismissed_flags(posting_id)

    def set_dismissed(self, posting_id: int, flag: str, dismissed: bool) -> None:
        self.store.annotations.set_dismissed(posting_id, flag, dismissed)


def _complete(stored: StoredPosting) -> Posting:
    """The posting with its reading, the user's corrections in place."""
    if stored.reading is None:
        return stored.posting
    reading: PostingAnalysis = apply_corrections(
        analysis_from_dict(stored.reading), stored.corrections
    )
    return replace(stored.posting, analysis=reading, overridden=frozenset(stored.corrections))
