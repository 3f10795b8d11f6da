"""What a user does with their postings, for the window and the command line alike.

Each operation takes plain values, reads postings where reading is needed, keeps
the result through the store and returns what changed; the caller shows it. The
store keeps a reading as JSON-ready data; here it becomes a PostingAnalysis.

The reader (the analysis, red flags, the checklist, hours in the user's time: patterns
compiled as they are imported) is imported by the operations that read, show or correct a
posting, when first called: the window's start, which shows kept rows and summaries, needs
none of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.clock import UserTime, system_zone_name
from desktop.domain.files import write_csv
from desktop.domain.hours.working import (
    WorkingHours,
    hours_confirmed,
    my_hours_from,
    my_hours_settings,
)
from desktop.domain.reading.kept import EDITABLE_FIELDS, PARSER_VERSION, ZONE_PICK
from desktop.domain.skills.profile import Profile, Status
from desktop.domain.tracking.companies import company_key, first_word
from desktop.domain.tracking.events import Event, EventKind, checked_event
from desktop.domain.tracking.export import COLUMNS
from desktop.domain.tracking.intake import check_posting_text, find_posting_url, guess_source
from desktop.domain.tracking.nudges import SilenceLimits, silence_limits_from, silence_settings
from desktop.domain.tracking.tracker import (
    Message,
    Outcome,
    Posting,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)
from desktop.domain.tracking.worksearch import (
    Activity,
    Contact,
    ReportWeek,
    applied_day,
    checked_activity,
    contact_from_text,
    work_search_report,
)
from desktop.services.export import coming_from, export_kept, tracker_cells
from desktop.services.insights import tracker_insights
from desktop.services.proposals import ProposalDesk
from desktop.services.readers import Readers
from desktop.services.summaries import (
    SummaryContext,
    SummaryKeeper,
    TableSummaries,
    terms_of,
)
from desktop.store import StoreError
from desktop.store.backups import Backup, daily_backup, list_backups
from desktop.store.changes import ChangeWatch
from desktop.store.deferred import DeferredStore
from desktop.store.imported import ImportedPosting
from desktop.store.snapshot import Snapshot

if TYPE_CHECKING:
    from desktop.domain.hours.local_time import HoursReading
    from desktop.domain.hours.working import HoursSummary
    from desktop.domain.reading.analysis import PostingAnalysis
    from desktop.domain.reading.terms import Terms
    from desktop.domain.red_flags.risk import Hit, RiskSummary
    from desktop.domain.skills.checklist import CheckItem, FitSummary
    from desktop.domain.tracking.importing import ImportRow
    from desktop.domain.tracking.insights import Insights
    from desktop.domain.tracking.proposals import ClientCard, Proposal
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
    terms: Terms
    events: list[Event]
    # The proposal sent (None: none recorded, and `draft` is one to start from), what the
    # client box says of the client, and the names of the user's proposal templates.
    proposal: Proposal | None
    draft: Proposal
    client: ClientCard | None
    templates: list[str]
    # Whom the application went to, for the work-search report.
    contact: Contact


# A posting touching every part of the reader, read once by `Tracker.prepare`.
_PREPARING = (
    "Backend developer\nAcme Ltd — remote, contract, $40-60/hour\n\nRequirements\n- Python\n"
    "- PostgreSQL or MySQL\n\nNice to have\n- Docker\n\nCore hours 9am to 1pm Eastern Time.\n"
)


# The work-search report's header, kept as settings between reports.
_REPORT_NAME, _REPORT_CLAIM = "report_name", "report_claim"


class Tracker:
    """The use cases over one store. Whole-table operations are not for the GUI thread.

    `time` is the user's clock and zone (the composition root's; without one, the store's
    clock in the system's zone); it follows the zone chosen in the app. Given a
    DeferredStore, the reads a start makes need no Store, and the first call that
    writes (or `prepare`) opens it.
    """

    def __init__(self, store: Store | DeferredStore, time: UserTime | None = None) -> None:
        self._database = store if isinstance(store, DeferredStore) else DeferredStore.opened(store)
        self.time = time or UserTime(self.store.database.clock, system_zone_name())
        self._readers = Readers()
        self._keeper = SummaryKeeper(self._database, self._readers)
        self.time.choose(self.my_hours()[0])
        self.proposals = ProposalDesk(self)

    @property
    def store(self) -> Store:
        """The Store, opened now if it is not yet."""
        return self._database.store()

    def close(self) -> None:
        self._readers.close()
        self._database.close()

    def check_integrity(self) -> None:
        self.store.check_integrity()

    def watch_changes(self) -> ChangeWatch:
        """The watch on the file: `changed()` tells, in one PRAGMA, whether another program
        (the `gigdesk` command, a script) committed to it since last asked; this tracker's
        own writes, on any thread, never count."""
        return self._database.watch_changes()

    def backups(self) -> list[Backup]:
        """The backups beside the database, newest first, with their posting counts."""
        return list_backups(self.data_file)

    def daily_backup(self) -> Path | None:
        """Today's backup beside the database, if it has none yet (old ones rotated out);
        the file made, or None. Not for the GUI thread: it copies the whole file."""
        return daily_backup(self.data_file, self.time.today())

    # Postings

    def list_rows(self) -> list[PostingRow]:
        """Every posting as the table shows it (no history, no text)."""
        return self._database.reads().list_rows()

    @property
    def data_file(self) -> Path:
        """The database file the tracker keeps everything in."""
        return self._database.db_file

    def prepare(self) -> None:
        """Open the Store and compile what reading and showing a posting needs (the skills
        taxonomy, the reader's and the red flags' patterns: 0.6-0.9 s, and the Store's
        queries for loading a posting), so that the first posting shown or pasted does not
        wait for them (100-150 ms on the window's thread)."""
        # The Store first: a check of the file on the database thread opens it too, and
        # waits meanwhile rather than importing beside the compiling (two threads holding
        # the interpreter in turns starve the window's).
        store = self._database.store()
        from desktop.domain.reading.analysis import analyze_posting
        from desktop.domain.red_flags.flags import compile_every_pattern
        from desktop.domain.skills.taxonomy import taxonomy

        taxonomy()
        analyze_posting(_PREPARING)
        compile_every_pattern()
        for newest in store.newest_rows(1):
            time, working = self.time, self.my_hours()[1]
            try:
                posting = self.get(newest.id)
                self.view(posting, self.profile(), time.today(), time.zone_name, working)
            except StoreError:
                return  # the window meets it again when it shows that posting, and says so

    def newest_rows(self, count: int) -> tuple[list[PostingRow], TableSummaries]:
        """The `count` postings added last with their kept summaries that still stand: the
        table's first screenful, read in milliseconds while the whole list takes seconds."""
        rows = self._database.reads().newest_rows(count)
        return rows, self._keeper.kept_of([row.id for row in rows], self.summary_context())

    def search(self, words: list[str]) -> list[frozenset[int]]:
        """For each word, the postings with a word starting with it in their title, company,
        source, notes or text."""
        return self._database.reads().search(words)

    def company_history(self, posting: PostingRow) -> list[PostingRow]:
        """The other postings of the same company ("Acme, Inc." is "ACME"), newest first:
        what came of applying there before."""
        key = company_key(posting.company)
        if not key:
            return []
        rows = self._database.reads().company_postings(first_word(posting.company))
        others = [r for r in rows if r.id != posting.id and company_key(r.company) == key]
        return sorted(others, key=lambda row: row.updated_at, reverse=True)

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
        from desktop.domain.reading.analysis import analyze_posting
        from desktop.domain.reading.layouts import platform_of
        from desktop.domain.reading.serialize import analysis_to_dict

        check_posting_text(text)
        analysis = analyze_posting(text, details.source)
        if not details.source:
            # Neither the address nor the first lines named the site: the page's layout may.
            details = replace(details, source=platform_of(analysis.layout))
        corrections = _given_names(details, analysis)
        added = _complete(
            self.store.add(
                text,
                details,
                reading=analysis_to_dict(analysis),
                version=PARSER_VERSION,
                corrections=corrections,
                stage=stage,
            )
        )
        self._summarize(added.id)
        return added

    def already_tracked(self, rows: Sequence[ImportRow]) -> list[bool]:
        """For each row, whether a posting with its text or address is tracked: one query."""
        return self.store.tracked([(row.text, row.details.url) for row in rows])

    def import_rows(
        self, rows: Sequence[ImportRow], *, keep_duplicates: bool = False
    ) -> tuple[list[int], list[ImportRow]]:
        """Keep the rows without problems, all in one transaction, each with its back-dated
        history (the days at noon, the user's time). Rows already tracked (the same text or
        address) are left out unless `keep_duplicates`. Returns the new numbers, to be read
        with `read_again` (the parser takes milliseconds a posting: the window does it in
        the background), and the rows already tracked. Unbounded: not for the GUI thread."""
        clean = [row for row in rows if not row.problems]
        known = self.already_tracked(clean)
        duplicates = [row for row, seen in zip(clean, known, strict=True) if seen]
        kept = [
            ImportedPosting(
                text=row.text,
                details=row.details,
                # The sheet's empty title is "none", not whatever the text's first line reads.
                corrections={name: None for name in row.stated if not getattr(row.details, name)},
                stage=row.stage,
                outcome=row.outcome,
                history=tuple((self.time.at_noon(day), name) for day, name in row.history),
            )
            for row, seen in zip(clean, known, strict=True)
            if keep_duplicates or not seen
        ]
        return self.store.import_postings(kept), duplicates

    def save_details(self, posting_id: int, details: PostingDetails) -> Posting:
        return _complete(self.store.save_details(posting_id, details))

    def set_field(self, posting_id: int, name: str, value: object) -> Posting:
        """Put the user's value for one field of the reading in place of the parser's.

        `value` takes the form desktop.domain.reading.serialize gives the field; None means
        "not stated". A zone pick is named "zone:<abbreviation>".
        """
        if name not in EDITABLE_FIELDS and not name.startswith(ZONE_PICK):
            raise ValueError(f"{name!r} is not an editable field")
        corrected = _complete(self.store.correct(posting_id, name, value))
        self._summarize(posting_id)  # a zone pick moves its hours; pay and engagement show
        return corrected

    def reset_fields(self, posting_id: int) -> Posting:
        """Drop the user's corrections; every field shows Gigdesk's reading again."""
        reset = _complete(self.store.drop_corrections(posting_id))
        self._summarize(posting_id)
        return reset

    def set_stage(self, posting_id: int, stage: Stage) -> Posting:
        return _complete(self.store.set_stage(posting_id, stage))

    def take_back_stage(
        self, posting_id: int, stage: Stage, recorded: StageEvent, changed_at: datetime
    ) -> Posting:
        """Undo a stage change: `stage` again, and the History entry it `recorded` gone."""
        return _complete(self.store.take_back_stage(posting_id, stage, recorded, changed_at))

    def set_outcome(self, posting_id: int, outcome: Outcome | None) -> Posting:
        return _complete(self.store.set_outcome(posting_id, outcome))

    def take_back_outcome(
        self, posting_id: int, outcome: Outcome | None, recorded: StageEvent, changed_at: datetime
    ) -> Posting:
        """Undo a closing: `outcome` again (None: open), and the History entry it
        `recorded` gone."""
        return _complete(self.store.take_back_outcome(posting_id, outcome, recorded, changed_at))

    def delete(self, posting_id: int) -> StoredPosting:
        """Remove a posting; the snapshot returned brings it back whole with `restore`."""
        return self.store.delete(posting_id)

    def restore(self, snapshot: StoredPosting) -> Posting:
        restored = _complete(self.store.restore(snapshot, PARSER_VERSION))
        self._summarize(restored.id)
        return restored

    def stale_readings(self) -> list[int]:
        """Postings an older parser read (or none), to be read again."""
        return self._database.reads().stale_readings(PARSER_VERSION)

    def read_again(self, posting_ids: Sequence[int]) -> TableSummaries:
        """Read these stored postings with the current parser, keeping the user's corrections,
        in one transaction; returns their summaries, worked out again."""
        texts = self.store.texts(posting_ids)
        readings = dict(zip(texts, self._readers.read(list(texts.values())), strict=True))
        self.store.save_readings(readings, PARSER_VERSION)
        return self._keeper.refresh(list(readings), self.summary_context(), everything=True)

    # Skills profile and the checklist

    def profile(self) -> Profile:
        return self._database.reads().profile()

    def save_profile(self, profile: Profile) -> Profile:
        return self.store.save_profile(profile)

    def checklist(
        self, posting: Posting, profile: Profile, hours: Sequence[HoursReading] | None = None
    ) -> list[CheckItem]:
        """A posting's must-haves checked against `profile`, with the user's verdicts; one
        that states the working hours asked is judged by their verdict in `hours` (the
        posting's statements as `read_hours` put them in the user's time)."""
        from desktop.domain.skills.checklist import apply_overrides
        from desktop.domain.skills.fit import check
        from desktop.domain.skills.taxonomy import taxonomy

        if posting.analysis is None:
            return []
        items = check(posting.analysis.must_haves, profile, taxonomy(), hours)
        return apply_overrides(items, self.store.annotations.verdicts(posting.id))

    def check_overrides(self, posting_id: int) -> dict[str, Status]:
        return self.store.annotations.verdicts(posting_id)

    def set_check_override(self, posting_id: int, item: str, status: Status | None) -> None:
        """Record (or with None, forget) the user's verdict on one must-have, by its words."""
        from desktop.domain.skills.checklist import item_key

        self.store.annotations.set_verdict(posting_id, item_key(item), status)
        self._summarize(posting_id)

    # Summaries of every posting, for the table's columns and the export

    def summary_context(self) -> SummaryContext:
        """Today, the user's zone and working hours: what the hours column is put in."""
        _, working = self.my_hours()
        return SummaryContext.today(self.time, working)

    def kept_summaries(self) -> tuple[TableSummaries, list[int]]:
        """The kept summaries still standing, and the postings whose summary must be worked
        out again (`refresh_summaries`, in parts, in the background)."""
        return self._keeper.kept(self.summary_context())

    def refresh_summaries(self, posting_ids: Sequence[int]) -> TableSummaries:
        """Work out again and keep the stale summaries of these postings."""
        return self._keeper.refresh(posting_ids, self.summary_context())

    def summaries(self) -> TableSummaries:
        """Every posting's summaries, the stale ones worked out first."""
        summaries, stale = self.kept_summaries()
        fresh = self.refresh_summaries(stale)
        for kind, values in vars(fresh).items():
            getattr(summaries, kind).update(values)
        return summaries

    def _summarize(self, posting_id: int) -> None:
        """A posting changed: work out its summaries again at once."""
        self._keeper.refresh([posting_id], self.summary_context(), everything=True)

    def export_csv(self, path: Path) -> int:
        """The tracker as CSV at `path`, dates and hours in the user's zone, written from the
        file as `gigdesk export` writes it (a large tracker in worker processes, one a
        core); stale summaries are worked out and kept first."""
        count = self._export_kept(path)
        if count is None:  # some summary is stale: worked out and kept, then written
            self.refresh_summaries(self.kept_summaries()[1])
            count = self._export_kept(path)
        if count is not None:
            return count
        # A summary gone stale again meanwhile (midnight passed), or the file swapped:
        # written from the summaries worked out here.
        cells = tracker_cells(
            self.store.rows_with_history(),
            self.time,
            self.summaries(),
            self.silence_limits(),
            coming=self.store.annotations.events_from(coming_from(self.time)),
            proposals=self.store.proposals.all(),
        )
        return write_csv(path, COLUMNS, cells)

    def _export_kept(self, path: Path) -> int | None:
        snapshot = Snapshot.open(self.data_file)
        if snapshot is None:
            return None
        try:
            return export_kept(snapshot, path, self.time, self._readers)
        finally:
            snapshot.close()

    def export_calendar(self, path: Path) -> int:
        """Every event and open follow-up as an iCalendar file at `path`; returns how many
        items it holds."""
        from desktop.services.calendar import write_calendar  # icalendar: only when asked

        events = self.store.annotations.events_from(date.min)
        return write_calendar(path, self.store.list_rows(), events, self.time.now())

    # One posting as the detail pane shows it

    def view(
        self, posting: Posting, profile: Profile, on: date, zone: str, working: WorkingHours
    ) -> PostingView:
        """A posting with its checklist (when there is a profile), red flags over its text
        and messages, and its hours in `zone` on `on`."""
        from desktop.domain.hours.local_time import read_hours, summarize_hours
        from desktop.domain.red_flags.flags import find_red_flags, summarize_risk
        from desktop.domain.skills.checklist import summarize

        statements = posting.analysis.hours if posting.analysis else ()
        # read once: the hours view and the checklist show one verdict on the hours asked
        hours = read_hours(statements, on, zone, working)
        checks = self.checklist(posting, profile, hours) if profile.skills else None
        hits = (
            list(posting.analysis.red_flags)
            if posting.analysis
            else find_red_flags(posting.raw_text)
        )
        reads = [(message, find_red_flags(message.text)) for message in self.messages(posting.id)]
        dismissed = self.dismissed_flags(posting.id)
        message_hits = [hit for _, found in reads for hit in found]
        proposal = self.proposals.of(posting.id)
        return PostingView(
            posting=posting,
            checks=checks,
            hits=hits,
            messages=reads,
            dismissed=dismissed,
            hours=hours,
            hours_summary=summarize_hours(statements, on, zone, working),
            risk=summarize_risk([*hits, *message_hits], dismissed),
            fit=summarize(checks) if checks else None,
            terms=terms_of(posting),
            events=self._events_of(posting.id),
            proposal=proposal,
            draft=self.proposals.draft(posting),
            client=self.proposals.client_card(posting, proposal.bid if proposal else None),
            templates=[template.name for template in self.proposals.templates()],
            contact=self.contact(posting),
        )

    # How the search is going

    def insights(self, start: date, end: date, source: str = "") -> Insights:
        """The funnel, answers, time per stage and weekly pace of the postings added from
        `start` to `end` (unbounded: not for the GUI thread)."""
        return tracker_insights(self.store, self.time.zone, start, end, source=source)

    def work_search_report(
        self,
        start: date,
        end: date,
        *,
        week_start: int,
        minimum: int,
        different_days: bool,
        minimum_hours: float = 0,
    ) -> list[ReportWeek]:
        """The weekly work-search log of the period (unbounded: not for the GUI thread).
        An application whose contact the user never gave shows what its posting says."""
        rows = list(self.store.rows_with_history())
        contacts = self.store.annotations.contacts()
        urls = {
            row.id: row.details.url
            for row in rows
            if row.id not in contacts
            and (day := applied_day(row, self.time.zone)) is not None
            and start <= day <= end
        }
        for posting_id, (text, _) in self.store.texts(urls).items():
            contacts[posting_id] = contact_from_text(text, urls[posting_id])
        return work_search_report(
            rows,
            self.store.activities.between(start, end),
            contacts=contacts,
            zone=self.time.zone,
            start=start,
            end=end,
            week_start=week_start,
            minimum=minimum,
            different_days=different_days,
            minimum_hours=minimum_hours,
        )

    def contact(self, posting: Posting) -> Contact:
        """Whom an application went to: as the user gave it, else what its text says."""
        kept = self.store.annotations.contacts().get(posting.id)
        return kept or contact_from_text(posting.raw_text, posting.details.url)

    def save_contact(self, posting_id: int, contact: Contact) -> None:
        self.store.annotations.save_contact(posting_id, contact)

    def report_header(self) -> tuple[str, str]:
        """The user's name and claim number, as the last report gave them."""
        settings = self._database.reads().settings()
        return settings.get(_REPORT_NAME, ""), settings.get(_REPORT_CLAIM, "")

    def save_report_header(self, name: str, claim: str) -> None:
        self.store.save_settings({_REPORT_NAME: name, _REPORT_CLAIM: claim})

    def activities(self, start: date, end: date) -> list[Activity]:
        """The work-search activities logged from `start` to `end` (a few a week)."""
        return self.store.activities.between(start, end)

    def delete_activity(self, activity_id: int) -> bool:
        return self.store.activities.delete(activity_id)

    def add_activity(self, activity: Activity) -> Activity:
        """Log a work-search activity (DomainError if it lacks a name or lasts less than
        nothing)."""
        return self.store.activities.add(checked_activity(activity))

    def sources(self) -> list[str]:
        """The sources the postings name, most used first (one small query)."""
        return self.store.sources()

    # The user's time zone and working hours

    def my_hours(self) -> tuple[str | None, WorkingHours]:
        """The user's time zone (None: not chosen, use the system's) and working hours."""
        return my_hours_from(self._database.reads().settings())

    def silence_limits(self) -> SilenceLimits:
        """Days of silence, by stage, before a posting needs a follow-up."""
        return silence_limits_from(self._database.reads().settings())

    def save_silence_limits(self, limits: SilenceLimits) -> SilenceLimits:
        self.store.save_settings(silence_settings(limits))
        return self.silence_limits()

    def hours_confirmed(self) -> bool:
        """Whether the user has saved their zone and working hours at least once."""
        return hours_confirmed(self._database.reads().settings())

    def save_my_hours(
        self, zone: str | None, working: WorkingHours
    ) -> tuple[str | None, WorkingHours]:
        """Keep the user's zone (None: follow the system's) and working hours; returns them."""
        self.store.save_settings(my_hours_settings(zone, working))
        chosen = self.my_hours()
        self.time.choose(chosen[0])
        return chosen

    # Messages and dismissed red flags

    def messages(self, posting_id: int) -> list[Message]:
        return self.store.annotations.messages(posting_id)

    def add_message(self, posting_id: int, received: date, text: str) -> Message:
        """Keep a message about a posting verbatim (PasteError if it cannot be kept)."""
        check_posting_text(text)
        message = self.store.annotations.add_message(posting_id, received, text)
        self._summarize(posting_id)
        return message

    def delete_message(self, message_id: int) -> None:
        posting_id = self.store.annotations.delete_message(message_id)
        if posting_id is not None:
            self._summarize(posting_id)

    # Events: interviews, calls, test tasks, deadlines

    def events(self, posting_id: int) -> list[Event]:
        """A posting's events, soonest first (StoreError, not found, when it is gone)."""
        self.store.get(posting_id)
        return self._events_of(posting_id)

    def _events_of(self, posting_id: int) -> list[Event]:
        return sorted(self.store.annotations.events(posting_id), key=lambda e: e.instant)

    def add_event(
        self,
        posting_id: int,
        kind: EventKind,
        start: datetime,
        *,
        zone: str | None = None,
        minutes: int = 0,
        note: str = "",
    ) -> Event:
        """Keep an event at the wall-clock `start` in `zone` (the user's zone when None);
        EventError when the time or zone cannot be, StoreError when the posting is gone."""
        event = Event(0, posting_id, kind, start, zone or self.time.zone_name, minutes, note)
        return self.store.annotations.add_event(checked_event(event))

    def coming_events(self) -> list[Event]:
        """Every posting's events that have not begun, soonest first."""
        now = self.time.now()
        coming = self.store.annotations.events_from(coming_from(self.time))
        return sorted((e for e in coming if e.instant >= now), key=lambda e: e.instant)

    def delete_event(self, event_id: int) -> Event | None:
        return self.store.annotations.delete_event(event_id)

    def dismissed_flags(self, posting_id: int) -> frozenset[str]:
        return self.store.annotations.dismissed_flags(posting_id)

    def set_dismissed(self, posting_id: int, flag: str, dismissed: bool) -> None:
        self.store.annotations.set_dismissed(posting_id, flag, dismissed)
        self._summarize(posting_id)


def _complete(stored: StoredPosting) -> Posting:
    """The posting with its reading, the user's corrections in place."""
    from desktop.domain.reading.serialize import analysis_from_dict
    from desktop.domain.reading.serialize import apply_overrides as apply_corrections

    if stored.reading is None:
        return stored.posting
    reading: PostingAnalysis = apply_corrections(
        analysis_from_dict(stored.reading), stored.corrections
    )
    return replace(stored.posting, analysis=reading, overridden=frozenset(stored.corrections))


def _given_names(details: PostingDetails, analysis: PostingAnalysis) -> dict[str, str]:
    """The title and company the user gave that differ from Gigdesk's reading: their own."""
    return {
        name: value
        for name, value in (("title", details.title.strip()), ("company", details.company.strip()))
        if value and value != getattr(analysis, name)
    }
