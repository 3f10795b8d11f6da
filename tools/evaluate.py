"""Score Gigdesk's readings against the expected ones in the shared corpus.

    python tools/evaluate.py postings ../shared/corpus/postings.jsonl \
        ../shared/corpus/postings2.jsonl
    python tools/evaluate.py scams ../shared/corpus/scams.jsonl \
        ../shared/corpus/messages.jsonl ../shared/corpus/postings.jsonl \
        ../shared/corpus/postings2.jsonl
    python tools/evaluate.py hours ../shared/corpus/tz_phrases.jsonl \
        ../shared/corpus/postings.jsonl

Prints every miss, then one total per measure; for postings also a table of each
measure per layout (the page a posting was copied from, named by its id's first
word) and per collection, so that a weak source shows. Reads the corpus by path
only: nothing from it is copied into the project.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.hours.working import HoursKind
from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.reading.names import title_words
from desktop.domain.reading.plain_text import as_plain_text
from desktop.domain.reading.requirements import Requirement
from desktop.domain.reading.serialize import statement_to_dict
from desktop.domain.reading.terms import Pay, PayPeriod
from desktop.domain.red_flags.flags import catalogue, find_red_flags, risk_level
from desktop.domain.red_flags.risk import Hit, Risk
from desktop.domain.skills.taxonomy import taxonomy

_STOP = frozenset("a an the and or of in with to for on at by".split())


# Layouts named by two words of a posting's id: an Upwork job page is not a scraped listing.
_TWO_WORD_LAYOUTS = ("upwork-page", "upwork-via")
# Engagements scored as one family: the corpus does not tell contract from freelance work.
_CONTRACT_FAMILY = frozenset({"contract", "freelance-hourly", "freelance-fixed"})


@dataclass
class Measure:
    name: str
    short: str = ""
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)
    # hits and total per group (layout, collection), for the table
    groups: dict[str, list[int]] = field(default_factory=dict)

    def score(self, ok: bool, miss: str, groups: Sequence[str] = ()) -> None:
        self.total += 1
        if ok:
            self.hits += 1
        else:
            self.misses.append(miss)
        for group in groups:
            counts = self.groups.setdefault(group, [0, 0])
            counts[0] += ok
            counts[1] += 1

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else 1.0


def tokens(text: str) -> set[str]:
    """Words compared loosely: case, punctuation, plurals and "-ing" forms ignored."""
    words = re.findall(r"[a-z0-9+#]+", text.casefold().replace("’", "'").replace("'s", ""))
    result: set[str] = set()
    for word in words:
        if word.endswith("js") and len(word) > 2:
            result.update((_stem(word[:-2]), "js"))
        else:
            result.add(_stem(word))
    return result - _STOP


def _stem(word: str) -> str:
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
        if len(word) > 3 and word[-1] == word[-2]:
            word = word[:-1]
    elif len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def mentions(key: str, items: Iterable[Requirement]) -> bool:
    wanted = tokens(key)
    return any(wanted <= tokens(item.text) for item in items)


def same_name(found: str, expected: str) -> bool:
    return tokens(found) == tokens(expected) and bool(found)


def layout_of(record_id: str) -> str:
    """The layout a corpus posting was copied from, as its id names it ("greenhouse-…")."""
    for layout in _TWO_WORD_LAYOUTS:
        if record_id.startswith(layout + "-"):
            return layout
    return record_id.split("-", 1)[0]


def same_company(found: str, expected: str) -> bool:
    """The same name, a legal form at the end left aside: the collections' writers differ
    on "Frachtwerk" or "Frachtwerk GmbH", and both name the company."""
    legal_form = title_words().legal_forms
    return same_name(legal_form.sub("", found), legal_form.sub("", expected))


def same_engagement(found: str | None, expected: str | None) -> bool:
    if found in _CONTRACT_FAMILY and expected in _CONTRACT_FAMILY:
        return True
    return found == expected


def same_pay(found: Pay | None, expected: dict[str, Any] | None) -> bool:
    """Amounts within half a percent, the same currency and period ("fixed" is a project)."""
    if found is None or expected is None:
        return found is None and expected is None
    period = {"fixed": PayPeriod.PROJECT}.get(expected["period"], expected["period"])
    return (
        math.isclose(found.min, expected["min"], rel_tol=0.005)
        and math.isclose(found.max, expected["max"], rel_tol=0.005)
        and found.currency == expected["currency"]
        and found.period == period
    )


def _pay_text(pay: Pay | None) -> str:
    return "none" if pay is None else f"{pay.min:g}-{pay.max:g} {pay.currency}/{pay.period}"


def evaluate_postings(records: Sequence[dict[str, Any]]) -> list[Measure]:
    title = Measure("title", "title")
    company = Measure("company", "company")
    must_found = Measure("must-have keys found among must-haves", "must keys")
    nice_out = Measure("nice-to-have keys kept out of must-haves", "nice out")
    count = Measure("must-have count within range", "count")
    engagement = Measure("engagement", "engagement")
    pay = Measure("pay", "pay")
    for record in records:
        expected = record["expected"]
        name = record["id"]
        groups = (layout_of(name), f"all {record.get('collection', '')}".strip(), "all")
        result = analyze_posting(as_plain_text(record["text"]))  # as a paste is read
        if expected.get("title"):
            title.score(
                same_name(result.title, expected["title"]),
                f"{name}: title {result.title!r}, expected {expected['title']!r}",
                groups,
            )
        if expected.get("company"):
            company.score(
                same_company(result.company, expected["company"]),
                f"{name}: company {result.company!r}, expected {expected['company']!r}",
                groups,
            )
        for key in expected.get("must_have_keys", []):
            must_found.score(
                mentions(key, result.must_haves),
                f"{name}: must-have {key!r} not among the must-haves",
                groups,
            )
        for key in expected.get("nice_keys", []):
            nice_out.score(
                not mentions(key, result.must_haves),
                f"{name}: nice-to-have {key!r} read as a must-have",
                groups,
            )
        low, high = expected.get("must_count", [0, 10_000])
        found = len(result.must_haves)
        count.score(
            low <= found <= high, f"{name}: {found} must-haves, expected {low}-{high}", groups
        )
        if "engagement" in expected:
            engagement.score(
                same_engagement(result.engagement, expected["engagement"]),
                f"{name}: engagement {result.engagement}, expected {expected['engagement']}",
                groups,
            )
        if "pay" in expected:
            wanted = expected["pay"]
            pay.score(
                same_pay(result.pay, wanted),
                f"{name}: pay {_pay_text(result.pay)}, expected "
                + (
                    "none"
                    if wanted is None
                    else "{min:g}-{max:g} {currency}/{period}".format(**wanted)
                ),
                groups,
            )
    measures = [title, company, must_found, nice_out, count, engagement, pay]
    return [m for m in measures if m.total] + [_taxonomy_measure(records)]


def layout_table(measures: Sequence[Measure]) -> str:
    """Each measure per layout, then per collection and in all, as a Markdown table."""
    groups = sorted(
        {group for measure in measures for group in measure.groups},
        key=lambda g: (g.startswith("all"), g == "all", g),
    )
    lines = [
        "| layout | " + " | ".join(m.short for m in measures) + " |",
        "|---|" + "---|" * len(measures),
    ]
    for group in groups:
        cells = []
        for measure in measures:
            hits, total = measure.groups.get(group, (0, 0))
            cells.append(f"{hits}/{total}" + (f" ({hits / total:.0%})" if total else ""))
        lines.append(f"| {group} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _taxonomy_measure(records: Sequence[dict[str, Any]]) -> Measure:
    """Expected must-have keys that name a taxonomy skill found in the item holding them."""
    skills = taxonomy()
    measure = Measure("must-have keys mapped to taxonomy skills in their item")
    for record in records:
        result = analyze_posting(as_plain_text(record["text"]))  # as a paste is read
        for key in record["expected"].get("must_have_keys", []):
            wanted = {m.skill for m in skills.find(key)}
            if not wanted:
                measure.misses.append(f"{record['id']}: {key!r} names no taxonomy skill")
                measure.total += 1
                continue
            holders = [item for item in result.must_haves if mentions(key, [item])]
            found = any(wanted <= {m.skill for m in skills.find(i.text)} for i in holders)
            measure.score(found, f"{record['id']}: {key!r} not mapped to {sorted(wanted)}")
    return measure


def evaluate_scams(records: Sequence[dict[str, Any]]) -> tuple[list[Measure], list[str]]:
    """The red-flag warner per label, kind and source file, with every miss and false alarm.

    A record without a label (postings.jsonl, postings2.jsonl) is a legitimate posting. A
    scam message must reach high and is counted under the family the warner reads in it; a
    legitimate text must stay below medium. EMSCAD rows keep HTML entities (`&amp;`) as
    published; they are decoded first, as a browser would show them.
    """
    measures: dict[str, Measure] = {}
    lines: list[str] = []

    def count(name: str, ok: bool) -> None:
        measure = measures.setdefault(name, Measure(name))
        measure.total += 1
        measure.hits += ok

    for record in records:
        text = html.unescape(record["text"])
        label, kind = record.get("label", "legit"), record.get("kind", "posting")
        hits = list(analyze_posting(text).red_flags) if kind == "posting" else find_red_flags(text)
        level = risk_level(hits)
        where = f"{record['id']} ({level.label}"
        reasons = "; ".join(hit.reason for hit in hits) or "no red flag"
        if label == "legit":
            count(f"legit {kind}s at medium or high risk ({record['_file']})", level >= Risk.MEDIUM)
            count(f"legit {kind}s at medium or high risk (all files)", level >= Risk.MEDIUM)
            if level >= Risk.MEDIUM:
                lines.append(f"false alarm {where}): {reasons}")
        elif kind == "message":
            family = reading_family(hits)
            count(f"scam messages at high risk ({record['_file']})", level == Risk.HIGH)
            count("scam messages at high risk (all files)", level == Risk.HIGH)
            count(f"scam messages at high risk, family {family}", level == Risk.HIGH)
            if level < Risk.HIGH:
                lines.append(f"miss {where}, family {family}): {reasons}")
        else:
            count(f"scam {kind}s at medium or high risk ({record['_file']})", level >= Risk.MEDIUM)
    return [measures[name] for name in sorted(measures)], lines


def reading_family(hits: Sequence[Hit]) -> str:
    """The family a scam is counted in: the first of the catalogue's families read in it."""
    found = {hit.flag for hit in hits}
    return next((f.id for f in catalogue().families if f.id in found), "none")


def evaluate_hours(records: Sequence[dict[str, Any]]) -> list[Measure]:
    """Texts whose converted statements are exactly the expected ones, and near-misses kept
    unconverted (hours per week, locations, hours without a zone must convert to nothing)."""
    right = Measure("texts read exactly right (converted hours as expected)")
    quiet = Measure("near-misses left unconverted")
    for record in records:
        expected = record.get("expected", {}).get("hours")
        if expected is None:
            continue
        name = record.get("id") or record["text"][:60]
        found = [s for s in analyze_posting(record["text"]).hours if s.converts]
        wanted = sorted(_hours_key(e) for e in expected)
        got = sorted(_hours_key(statement_to_dict(s)) for s in found)
        right.score(got == wanted, f"{name!r}: found {got}, expected {wanted}")
        if not expected:
            quiet.score(not got, f"near-miss converted {name!r}: {got}")
    return [right, quiet]


def _hours_key(entry: dict[str, Any]) -> tuple[str, ...]:
    """A statement compared on what it means: kind, clock times, zone, hours or band."""
    kind = entry["kind"]
    zone = _zone_key(entry.get("zone"))
    if kind == HoursKind.WINDOW:
        return (kind, entry["start"], entry["end"], zone)
    if kind == HoursKind.OVERLAP:
        return (kind, f"{float(entry['hours']):g}", zone)
    if entry.get("plus_minus") is not None:
        return (kind, zone, f"{float(entry['plus_minus']):g}")
    return (kind, _zone_key(entry.get("from")), _zone_key(entry.get("to")))


def _zone_key(zone: str | None) -> str:
    """ "UTC+10" and "UTC+10:00" are the same fixed offset."""
    if zone is None:
        return ""
    match = re.fullmatch(r"(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?", zone)
    if match:
        return f"UTC{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return zone


def report(measures: Sequence[Measure]) -> str:
    lines = [miss for measure in measures for miss in measure.misses]
    lines.append("")
    for measure in measures:
        lines.append(f"{measure.name}: {measure.hits}/{measure.total} ({measure.share:.0%})")
    return "\n".join(lines)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a file, each marked with the collection (the file's name) it is in."""
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [{**record, "collection": path.stem} for record in records]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/evaluate.py", description=__doc__)
    parser.add_argument("corpus", choices=["postings", "scams", "hours"])
    parser.add_argument("paths", type=Path, nargs="+", metavar="path")
    args = parser.parse_args(argv)
    records: list[dict[str, Any]] = []
    for path in args.paths:
        try:
            records.extend({**record, "_file": path.name} for record in read_jsonl(path))
        except OSError as exc:
            print(f"evaluate: cannot read {path}: {exc.strerror}", file=sys.stderr)
            return 1
    if args.corpus == "scams":
        measures, alarms = evaluate_scams(records)
        print(
            "\n".join(
                [*alarms, *(f"{m.name}: {m.hits}/{m.total} ({m.share:.0%})" for m in measures)]
            )
        )
        return 0
    if args.corpus == "hours":
        print(report(evaluate_hours(records)))
        return 0
    measures = evaluate_postings(records)
    print(report(measures))
    print()
    print(layout_table([m for m in measures if m.groups]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
