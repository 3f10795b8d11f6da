"""The store's whole-table reads, in plain SQL over a sqlite3 connection.

No SQLAlchemy here: importing it costs more than a whole `gigdesk list`, so the
commands that only read run these on a connection of their own (snapshot.py),
and the Store runs the same functions on its own connection. Each read is
written once.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

from desktop.collector import collector_paused
from desktop.domain.skills.profile import Level, Profile, ProfileSkill, Status
from desktop.domain.tracking.events import Event, EventKind
from desktop.domain.tracking.export import SITE_COLUMNS
from desktop.domain.tracking.proposals import (
    Bid,
    BidPeriod,
    CloseReason,
    LedgerEntry,
    Proposal,
    ProposalTemplate,
    furthest_stage,
)
from desktop.domain.tracking.tracker import (
    PREVIEW_CHARS,
    Outcome,
    PostingDetails,
    PostingRow,
    Stage,
    StageEvent,
)
from desktop.domain.tracking.worksearch import Activity, ActivityKind, Contact, ContactMethod


@dataclass(frozen=True, slots=True)
class KeptSummary:
    """One posting's fit, risk, hours, pay and engagement as last worked out, as plain
    values (schema 6; pay and engagement, schema 8).

    A kind whose basis is None was never worked out; the basis names what it was
    worked out from, so the caller can tell a kept one from a stale one.
    """

    posting_id: int
    fit_basis: str | None = None
    fit_met: int | None = None
    fit_total: int | None = None
    fit_missing: str | None = None
    risk_basis: str | None = None
    risk_level: int | None = None
    risk_flags: str | None = None
    hours_basis: str | None = None
    hours_text: str | None = None
    hours_zone: str | None = None
    hours_local: str | None = None
    hours_overlap: float | None = None
    hours_cell: str | None = None
    terms_basis: str | None = None  # schema 8: pay and engagement
    pay_min: float | None = None
    pay_max: float | None = None
    pay_currency: str | None = None
    pay_period: str | None = None
    engagement: str | None = None
    client_quality: str | None = None  # schema 11: the client box's quality


SUMMARY_COLUMNS = tuple(field.name for field in fields(KeptSummary))

# Looked up by value: calling the enum costs ten times as much, for every row at each start.
_STAGES = {stage.value: stage for stage in Stage}
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}

# What a row of the tracker table is made of, in the order of the posting_row index
# (schema 7; moved_at, schema 14), which holds them all: listing never reads the postings'
# texts. The last move is most often the last change: then SQLite gives none to read.
_ROW_COLUMNS = (
    "id, title, company, source, url, follow_up, notes, added_at, updated_at,"
    " nullif(moved_at, updated_at), stage, outcome"
)


def posting_rows(connection: sqlite3.Connection) -> list[PostingRow]:
    """Every posting as the table shows it, oldest first: no history, no text but the
    start of an untitled one's (its stand-in title)."""
    previews = dict(
        connection.execute(
            "SELECT id, substr(raw_text, 1, ?) FROM posting WHERE id IN "
            "(SELECT id FROM posting INDEXED BY posting_row WHERE title = '')",
            (PREVIEW_CHARS,),
        )
    )
    rows = connection.execute(
        f"SELECT {_ROW_COLUMNS} FROM posting INDEXED BY posting_row ORDER BY id"
    )
    with collector_paused():
        return [_row(values, (), previews.get(values[0], "")) for values in rows]


def newest_posting_rows(connection: sqlite3.Connection, count: int) -> list[PostingRow]:
    """The `count` postings added last, as `posting_rows` gives them, oldest first."""
    rows = connection.execute(
        f"SELECT {_ROW_COLUMNS} FROM posting INDEXED BY posting_row ORDER BY id DESC LIMIT ?",
        (count,),
    ).fetchall()
    previews = dict(
        _of_postings(
            connection,
            "SELECT id, substr(raw_text, 1, ?) FROM posting",
            [values[0] for values in rows if not values[1]],
            key="id",
            parameters=(PREVIEW_CHARS,),
        )
    )
    return [_row(values, (), previews.get(values[0], "")) for values in reversed(rows)]


def posting_rows_with_history(
    connection: sqlite3.Connection, span: range | None = None
) -> Iterator[PostingRow]:
    """Every posting (whose id is in `span`) with its dated history, oldest first, as the
    CSV needs them: one at a time, so an export of 100,000 never holds them all."""
    within, bounds = _within(span, "posting_id")
    events = connection.execute(
        f"SELECT posting_id, at, name FROM stage_event{within} ORDER BY posting_id, at, id",
        bounds,
    )
    by_posting = groupby(events, key=itemgetter(0))
    next_history = next(by_posting, None)
    within, bounds = _within(span, "id")
    rows = connection.execute(
        f"SELECT {_ROW_COLUMNS}, json_extract(analysis, {_SITE_PATHS}) FROM posting{within}"
        " ORDER BY id",
        bounds,
    )
    for *values, site in rows:
        while next_history is not None and next_history[0] < values[0]:
            next_history = next(by_posting, None)  # the events of a posting now gone
        history: tuple[StageEvent, ...] = ()
        if next_history is not None and next_history[0] == values[0]:
            history = tuple(StageEvent(_moment(at), name) for _, at, name in next_history[1])
            next_history = next(by_posting, None)
        yield _row(values, history, "", _site(site))


# The reading's fields the CSV shows for a job site's page, read by SQLite in one pass
# (a JSON array, one value per SITE_COLUMNS entry).
_SITE_PATHS = ", ".join(f"'$.{field}'" for field in SITE_COLUMNS.values())


# What SQLite gives for a posting that is no job site's page: most of them, not parsed.
_NO_SITE = "[" + ",".join(["null"] * len(SITE_COLUMNS)) + "]"


def _site(extracted: str | None) -> tuple[str, ...]:
    if not extracted or extracted == _NO_SITE:
        return ()
    values = json.loads(extracted)
    if not any(value is not None for value in values):
        return ()
    return tuple("" if value is None else str(value) for value in values)


def _row(
    values: Sequence[Any],
    history: tuple[StageEvent, ...],
    preview: str,
    site: tuple[str, ...] = (),
) -> PostingRow:
    """One posting's row from its columns; 100,000 at each start, so built directly."""
    (
        posting_id,
        title,
        company,
        source,
        url,
        follow_up,
        notes,
        added,
        updated,
        moved,
        stage,
        outcome,
    ) = values
    added_at, updated_at = _moment(added), _moment(updated)
    # Its last move (none: its last change) is most often its last change or its adding:
    # then one object, read once.
    if moved is None:
        moved_at = updated_at
    elif moved == added:
        moved_at = added_at
    else:
        moved_at = _moment(moved)
    return PostingRow(
        id=posting_id,
        details=PostingDetails(
            title=title,
            company=company,
            source=source,
            url=url,
            follow_up=date.fromisoformat(follow_up) if follow_up else None,
            notes=notes,
        ),
        added_at=added_at,
        updated_at=updated_at,
        moved_at=moved_at,
        stage=_STAGES[stage],
        outcome=_OUTCOMES[outcome] if outcome else None,
        history=history,
        preview=preview,
        site=site,
    )


def _moment(stored: str) -> datetime:
    """A time as the store keeps it: UTC, written without its zone (read with one, it costs
    a sixth of setting the zone after; 200,000 of them at each start)."""
    return datetime.fromisoformat(stored + "+00:00")


def readings(
    connection: sqlite3.Connection, posting_ids: Collection[int] | None = None
) -> dict[int, tuple[dict[str, Any], dict[str, Any]]]:
    """The reading and the user's corrections of every read posting, or of those given."""
    query = "SELECT id, analysis, overrides FROM posting"
    rows = (
        connection.execute(query)
        if posting_ids is None
        else _of_postings(connection, query, posting_ids, key="id")
    )
    return {
        posting_id: (json.loads(reading), json.loads(corrections))
        for posting_id, reading, corrections in rows
        if reading is not None
    }


def texts(
    connection: sqlite3.Connection, posting_ids: Collection[int]
) -> dict[int, tuple[str, str]]:
    """The verbatim text and the source of these postings."""
    query = "SELECT id, raw_text, source FROM posting"
    rows = _of_postings(connection, query, posting_ids, key="id")
    return {posting_id: (text, source) for posting_id, text, source in rows}


def search(connection: sqlite3.Connection, words: Sequence[str]) -> list[frozenset[int]]:
    """For each word, the postings whose title, company, source, notes or text has a word
    starting with it (the full-text index of schema 6; diacritics and case ignored); a word
    written "company:acme" looks in that field alone."""
    found = []
    for word in words:
        field, colon, rest = word.partition(":")
        column = f"{field} : " if colon and field in _SEARCHED_FIELDS and rest else ""
        phrase = column + '"' + (rest if column else word).replace('"', '""') + '"*'
        rows = connection.execute(
            "SELECT rowid FROM posting_text WHERE posting_text MATCH ?", (phrase,)
        )
        found.append(frozenset(rowid for (rowid,) in rows))
    return found


_SEARCHED_FIELDS = frozenset({"title", "company", "source", "notes"})


def company_postings(connection: sqlite3.Connection, words: str) -> list[PostingRow]:
    """The postings whose company names these words together (the full-text index), as
    the table shows them (at most 200): the caller tells which are the same company."""
    phrase = 'company : "' + words.replace('"', '""') + '"'
    ids = [
        rowid
        for (rowid,) in connection.execute(
            "SELECT rowid FROM posting_text WHERE posting_text MATCH ? LIMIT 200", (phrase,)
        )
    ]
    rows = _of_postings(connection, f"SELECT {_ROW_COLUMNS} FROM posting", ids, key="id")
    return [_row(values, (), "") for values in rows]


def id_spans(connection: sqlite3.Connection, parts: int, least: int = 1) -> list[range]:
    """Spans of posting ids that share the postings out about evenly among `parts`, fewer
    when a span would hold fewer than `least`; together they cover every id there is or
    will be."""
    (count,) = connection.execute("SELECT count(*) FROM posting").fetchone()
    parts = max(1, min(parts, count // max(least, 1)))
    starts = [0]
    for part in range(1, parts):
        (start,) = connection.execute(
            "SELECT id FROM posting ORDER BY id LIMIT 1 OFFSET ?", (count * part // parts,)
        ).fetchone()
        starts.append(start)
    return [range(start, stop) for start, stop in zip(starts, [*starts[1:], _NO_ID], strict=True)]


# One past the largest id SQLite gives a row (a signed 64-bit integer).
_NO_ID = 2**63 - 1


def _within(span: range | None, column: str) -> tuple[str, dict[str, Any]]:
    """A WHERE clause keeping the rows whose `column` is in `span` (all of them for None),
    and its named parameters."""
    condition, parameters = _chosen(span)
    return condition.format(column).replace(" AND", " WHERE", 1), parameters


def stale_readings(connection: sqlite3.Connection, version: int) -> list[int]:
    """Postings read by a parser older than `version`, to be read again."""
    return [
        posting_id
        for (posting_id,) in connection.execute(
            "SELECT id FROM posting WHERE analysis_version < ? ORDER BY id", (version,)
        )
    ]


def kept_summaries(
    connection: sqlite3.Connection, posting_ids: Collection[int] | None = None
) -> dict[int, KeptSummary]:
    """The kept summaries of these postings (of every posting without `posting_ids`; a
    range is read as a span of ids, whether or not each is a posting's)."""
    query = f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM summary"
    if posting_ids is None or isinstance(posting_ids, range):
        within, bounds = _within(posting_ids, "posting_id")
        rows = connection.execute(query + within, bounds)
    else:
        rows = _of_postings(connection, query, posting_ids)
    with collector_paused():
        return {row[0]: KeptSummary(*row) for row in rows}


# The columns each kind of kept summary is shown from, by the kind's name in TableSummaries.
KIND_COLUMNS = {
    "fits": ("fit_met", "fit_total", "fit_missing"),
    "risks": ("risk_level", "risk_flags"),
    "hours": ("hours_text", "hours_zone", "hours_local", "hours_overlap", "hours_cell"),
    "terms": ("pay_min", "pay_max", "pay_currency", "pay_period", "engagement", "client_quality"),
}
# When each kind stands on the bases given (named parameters :fit, :fit_hours, :risk, :hours,
# :no_hours, :terms); an hours summary without a text shows nothing.
_STANDS = {
    "fits": "fit_basis IN (:fit, :fit_hours)",
    "risks": "risk_basis = :risk",
    "hours": "hours_basis IN (:hours, :no_hours) AND hours_text IS NOT NULL",
    "terms": "terms_basis = :terms",
}
_STANDS_WHOLE = (
    "fit_basis IN (:fit, :fit_hours) AND risk_basis = :risk"
    " AND hours_basis IN (:hours, :no_hours)"
    " AND terms_basis = :terms"
)


@dataclass(frozen=True, slots=True)
class StandingSummaries:
    """The kept summaries that still stand, each kind grouped by its values: every distinct
    set of values once, with the postings that have it (a few hundred sets among 100,000
    postings, so the caller makes a few hundred summaries, not 400,000); and the read
    postings with some kind that does not stand."""

    groups: dict[str, list[tuple[tuple[Any, ...], list[int]]]]  # by kind, as KIND_COLUMNS
    stale: list[int]


def standing_summaries(
    connection: sqlite3.Connection,
    bases: dict[str, str],
    posting_ids: Collection[int] | None = None,
) -> StandingSummaries:
    """The summaries of these postings (every one without `posting_ids`, a span of ids for a
    range) that stand on `bases`, grouped by SQLite: it groups and sorts without holding the
    interpreter, where one object a row took the window's database thread 1.5 s at 100,000."""
    within, chosen = _chosen(posting_ids)
    parameters = {**bases, **chosen}
    groups = {}
    for kind, names in KIND_COLUMNS.items():
        columns = ", ".join(names)
        rows = connection.execute(
            f"SELECT {columns}, group_concat(posting_id) FROM summary"
            f" WHERE {_STANDS[kind]}{within.format('posting_id')} GROUP BY {columns}",
            parameters,
        )
        groups[kind] = [(tuple(row[:-1]), list(map(int, row[-1].split(",")))) for row in rows]
    stale = connection.execute(
        "SELECT id FROM posting INDEXED BY posting_row WHERE analysis_version > 0"
        f"{within.format('id')} AND id NOT IN"
        f" (SELECT posting_id FROM summary WHERE {_STANDS_WHOLE}{within.format('posting_id')})"
        " ORDER BY id",
        parameters,
    )
    return StandingSummaries(groups, [posting_id for (posting_id,) in stale])


def _chosen(posting_ids: Collection[int] | None) -> tuple[str, dict[str, Any]]:
    """A condition keeping the rows of these postings (a span of ids for a range, every row
    for None), its column left as "{}", and its named parameters."""
    if posting_ids is None:
        return "", {}
    if isinstance(posting_ids, range):
        return " AND {0} >= :low AND {0} < :high", {
            "low": posting_ids.start,
            "high": posting_ids.stop,
        }
    return " AND {} IN (SELECT value FROM json_each(:ids))", {"ids": _json_list(list(posting_ids))}


def verdicts_of(
    connection: sqlite3.Connection, posting_ids: Collection[int]
) -> dict[int, dict[str, Status]]:
    """The user's verdicts on these postings' must-haves, by posting and by the item's key."""
    verdicts: dict[int, dict[str, Status]] = defaultdict(dict)
    query = "SELECT posting_id, item, status FROM check_override"
    for posting_id, item, status in _of_postings(connection, query, posting_ids):
        verdicts[posting_id][item] = Status(status)
    return verdicts


def message_texts_of(
    connection: sqlite3.Connection, posting_ids: Collection[int]
) -> dict[int, list[str]]:
    """The texts of the messages kept with these postings, oldest first, by posting."""
    texts: dict[int, list[str]] = defaultdict(list)
    query = "SELECT posting_id, text FROM message"
    for posting_id, text in _of_postings(connection, query, posting_ids, order="id"):
        texts[posting_id].append(text)
    return texts


def dismissed_of(
    connection: sqlite3.Connection, posting_ids: Collection[int]
) -> dict[int, frozenset[str]]:
    """The red flags the user dismissed on these postings, by posting."""
    dismissed: dict[int, set[str]] = defaultdict(set)
    query = "SELECT posting_id, flag FROM dismissed_flag"
    for posting_id, flag in _of_postings(connection, query, posting_ids):
        dismissed[posting_id].add(flag)
    return {posting_id: frozenset(flags) for posting_id, flags in dismissed.items()}


def events_from(connection: sqlite3.Connection, day: date) -> list[Event]:
    """Every posting's events that start on `day` or later by their own zone's clock, in
    one query: wall-clock text compares as text, and no zone is more than a day from
    another, so starting a day before the user's today misses no event still to come."""
    rows = connection.execute(
        "SELECT id, posting_id, kind, start, zone, minutes, note FROM event "
        "WHERE start >= ? ORDER BY posting_id, id",
        (day.isoformat(),),
    )
    return [
        Event(event_id, posting_id, EventKind(kind), datetime.fromisoformat(start), *rest)
        for event_id, posting_id, kind, start, *rest in rows
    ]


def _of_postings(
    connection: sqlite3.Connection,
    query: str,
    posting_ids: Collection[int],
    *,
    order: str = "",
    key: str = "posting_id",
    parameters: tuple[Any, ...] = (),
) -> sqlite3.Cursor:
    """`query`'s rows whose `key` is one of `posting_ids` (any number of them)."""
    ordered = f" ORDER BY {order}" if order else ""
    return connection.execute(
        f"{query} WHERE {key} IN (SELECT value FROM json_each(?)){ordered}",
        (*parameters, _json_list(list(posting_ids))),
    )


def tracked(
    connection: sqlite3.Connection, fingerprints: Collection[str], urls: Collection[str]
) -> tuple[set[str], set[str]]:
    """Which of `fingerprints` and `urls` a stored posting already has: one query each,
    however many are asked about (an import's thousands of rows)."""
    found = []
    for column, values in (("fingerprint", fingerprints), ("url", urls)):
        rows = connection.execute(
            f"SELECT DISTINCT {column} FROM posting"
            f" WHERE {column} IN (SELECT value FROM json_each(?))",
            (json.dumps(list(values)),),
        )
        found.append({value for (value,) in rows})
    return found[0], found[1]


def _json_list(numbers: Sequence[int]) -> str:
    return "[" + ",".join(str(int(number)) for number in numbers) + "]"


def profile(connection: sqlite3.Connection) -> Profile:
    rows = connection.execute("SELECT name, years, level FROM profile_skill ORDER BY name")
    return Profile(tuple(ProfileSkill(name, years, Level(level)) for name, years, level in rows))


def settings(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute("SELECT key, value FROM setting"))


_STAGE_NAMES = frozenset(stage.value for stage in Stage)
_PROPOSAL_FIELDS = (
    "posting_id, sent_on, bid_amount, bid_period, bid_currency, connects_spent, "
    "boost_connects, viewed, closed, template"
)


def proposal(connection: sqlite3.Connection, posting_id: int) -> Proposal | None:
    """The proposal sent for a posting, with its text; None when none was."""
    row = connection.execute(
        f"SELECT {_PROPOSAL_FIELDS}, text FROM proposal WHERE posting_id = ?", (posting_id,)
    ).fetchone()
    return proposal_from(row[:-1], row[-1]) if row else None


def proposals(connection: sqlite3.Connection) -> dict[int, Proposal]:
    """Every proposal by its posting, without their texts (the ledger and the CSV need
    none): one row per proposal sent, a few thousand a year at most."""
    rows = connection.execute(f"SELECT {_PROPOSAL_FIELDS} FROM proposal")
    return {row[0]: proposal_from(row, "") for row in rows}


def proposal_from(row: Sequence[Any], text: str) -> Proposal:
    """A proposal from its columns in _PROPOSAL_FIELDS order (the day as a date or ISO
    text, as SQLModel or sqlite3 give it) and its text."""
    posting_id, sent_on, amount, period, currency, spent, boost, viewed, closed, template = row
    bid = Bid(amount, BidPeriod(period), currency) if amount is not None and period else None
    return Proposal(
        posting_id=posting_id,
        sent_on=sent_on if isinstance(sent_on, date) else date.fromisoformat(sent_on),
        bid=bid,
        connects_spent=spent,
        boost_connects=boost,
        viewed=bool(viewed),
        closed=CloseReason(closed) if closed else None,
        text=text,
        template=template,
    )


def ledger_entries(connection: sqlite3.Connection) -> list[LedgerEntry]:
    """Every proposal with its posting's site, the furthest stage it reached and whether a
    message came: four queries however many proposals there are."""
    sent = proposals(connection)
    ids = list(sent)
    postings = {
        posting_id: (source, stage)
        for posting_id, source, stage in _of_postings(
            connection, "SELECT id, source, stage FROM posting", ids, key="id"
        )
    }
    stages: dict[int, set[Stage]] = {}
    for posting_id, name in _of_postings(
        connection, "SELECT posting_id, name FROM stage_event", ids
    ):
        if name in _STAGE_NAMES:
            stages.setdefault(posting_id, set()).add(Stage(name))
    replied = {
        posting_id
        for (posting_id,) in _of_postings(
            connection, "SELECT DISTINCT posting_id FROM message", ids
        )
    }
    entries = []
    for posting_id, proposal in sent.items():
        source, stage = postings.get(posting_id, ("", Stage.APPLIED.value))
        reached = stages.get(posting_id, set()) | {Stage(stage)}
        entries.append(
            LedgerEntry(proposal, source, furthest_stage(reached), posting_id in replied)
        )
    return entries


def activities(connection: sqlite3.Connection, start: date, end: date) -> list[Activity]:
    """The work-search activities from `start` to `end`, oldest first."""
    rows = connection.execute(
        "SELECT id, day, kind, name, minutes, place, notes FROM activity "
        "WHERE day BETWEEN ? AND ? ORDER BY day, id",
        (start.isoformat(), end.isoformat()),
    )
    return [
        Activity(number, date.fromisoformat(day), ActivityKind(kind), *rest)
        for number, day, kind, *rest in rows
    ]


def contacts(connection: sqlite3.Connection) -> dict[int, Contact]:
    """Every contact the user gave, by posting (a few hundred at most)."""
    rows = connection.execute(
        "SELECT posting_id, person, method, address, phone, email, website FROM contact"
    )
    return {
        posting_id: Contact(person, ContactMethod(method) if method else None, *rest)
        for posting_id, person, method, *rest in rows
    }


def sources(connection: sqlite3.Connection) -> list[str]:
    """The sources postings name, most used first: a few dozen names at most."""
    rows = connection.execute(
        "SELECT source FROM posting WHERE source != '' GROUP BY source "
        "ORDER BY COUNT(*) DESC, source"
    )
    return [source for (source,) in rows]


def first_message_days(connection: sqlite3.Connection) -> dict[int, date]:
    """The day the first message came, by posting (for response rates)."""
    rows = connection.execute("SELECT posting_id, MIN(received) FROM message GROUP BY posting_id")
    return {posting_id: date.fromisoformat(day) for posting_id, day in rows}


def proposal_templates(connection: sqlite3.Connection) -> list[ProposalTemplate]:
    rows = connection.execute("SELECT name, body FROM proposal_template ORDER BY name")
    return [ProposalTemplate(name, body) for name, body in rows]
