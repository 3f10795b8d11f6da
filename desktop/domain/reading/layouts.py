"""Which site a posting was copied from, and what that site's page says around it.

Each layout is a small profile in resources/layouts.json: the lines that mark
it, where its title sits, which lines are the site's own text (menus, the
client box, other jobs, an applicant tracker's application form), the fields it
labels (an Upwork budget, level, duration, activity and client box; a tracker's
location, employment type and compensation) and whether skill tags close the
text. Upwork, LinkedIn, Indeed, Greenhouse, Lever, Workable, Ashby, BambooHR,
SmartRecruiters, Workday, Hacker News, Discord and mail have one each. The generic
reader handles everything the profile does not name.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from desktop.domain.patterns import IgnoringCase
from desktop.domain.reading.names import is_category_trail, title_words
from desktop.domain.tracking.intake import is_known_source
from desktop.resources import load_json

_SITE_NAME_LINES = 2  # lines atop a paste where a site's logo text sits

_SENTENCE_WORDS = 12  # a line this long is the posting's own text, not a site's button
# Layout markers and fields sit in a page's first lines or its client box; past this a
# paste is pages of something else, and looking further would only cost time.
_MAX_LINES = 2000
# A page's labels, values and title lines are short: a longer line is the posting's own
# prose, and matching a label's pattern against it would only cost time.
_MAX_LABEL_CHARS = 300
# The line between the two ends of a range copied one part a line ("$6.00", "-", "$9.00").
_RANGE_DASH = re.compile(r"[-–—]|to")
_HEADER_LINES = 30
_TAG_MAX_WORDS = 7
_TAG_MAX_CHARS = 60
_MIN_UNSEPARATED_TAGS = 3
_MORE_TAGS = re.compile(r"\+\s?\d+")
_LINE = re.compile(r"[^\n]+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A sentence's end, or a search page's cut description ("… resume if it crashes… more").
_CLOSES_A_DESCRIPTION = re.compile(r"(?:[.!?]|…\s*more)$")


@dataclass(frozen=True)
class _Field:
    name: str
    line: re.Pattern[str] | None
    label: re.Pattern[str] | None
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@dataclass(frozen=True)
class Layout:
    """One site's page, as resources/layouts.json describes it."""

    name: str
    platform: str
    markers: tuple[re.Pattern[str], ...]
    min_markers: int
    marker_lines: int
    title_first_line: bool
    title_line: re.Pattern[str] | None
    title_before: re.Pattern[str] | None
    title_after: re.Pattern[str] | None
    company_line: re.Pattern[str] | None
    company_under_title: int  # the employer on the line this many under the title; 0: none
    company_above_title: int  # the employer this many lines above the title, not the site's
    header_noise: bool
    footer_lines: tuple[re.Pattern[str], ...]
    noise_lines: tuple[re.Pattern[str], ...]
    # the site's job categories, shown between a job's title and its details
    categories: tuple[re.Pattern[str], ...]
    lists_after: tuple[re.Pattern[str], ...]
    # The site's own blocks: from a line matching the first pattern up to one matching the
    # second (Indeed's "Profile insights" up to "Job details").
    site_blocks: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    fields: tuple[_Field, ...]
    field_lines: int
    tags_at_end: bool
    location_under_title: bool


@dataclass(frozen=True)
class Tag:
    """A skill tag the site shows under the posting, with its span in the text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PageReading:
    """What a recognised layout says: its title and company, the site's own text as spans,
    the fields it labels (dotted names group them: "client.rating") and its tags."""

    layout: str
    platform: str
    title: str = ""
    company: str = ""
    site_text: tuple[tuple[int, int], ...] = ()
    footer_start: int | None = None
    # Spans of the lines of an unmarked list under one of the page's labels: list items.
    list_items: tuple[tuple[int, int], ...] = ()
    fields: dict[str, str] = field(default_factory=dict)
    tags: tuple[Tag, ...] = ()
    # The short line under the title names the place (an applicant tracker's header).
    location_under_title: bool = False


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped


def _whole(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


def _optional(pattern: str | None) -> re.Pattern[str] | None:
    return _whole(pattern) if pattern else None


@cache
def layouts() -> tuple[Layout, ...]:
    data = load_json("layouts.json")
    shared = data.get("shared", {})
    return tuple(_layout(profile, shared) for profile in data["layouts"])


def _layout(profile: dict[str, object], shared: dict[str, list[object]]) -> Layout:
    def entries(key: str) -> list[object]:
        """The profile's list under key, each "@name" replaced by the shared list name."""
        values = profile.get(key, [])
        assert isinstance(values, list)
        return [
            item
            for value in values
            for item in (
                shared[value[1:]] if isinstance(value, str) and value.startswith("@") else [value]
            )
        ]

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_whole(str(value)) for value in entries(key))

    fields = [entry for entry in entries("fields") if isinstance(entry, dict)]
    return Layout(
        name=str(profile["name"]),
        platform=str(profile.get("platform", "")),
        markers=patterns("markers"),
        min_markers=int(str(profile["min_markers"])),
        marker_lines=int(str(profile.get("marker_lines", 0))),
        title_first_line=profile.get("title") == "first_line",
        title_line=_optional(_text(profile.get("title_line"))),
        title_before=_optional(_text(profile.get("title_before"))),
        title_after=_optional(_text(profile.get("title_after"))),
        company_line=_optional(_text(profile.get("company_line"))),
        company_under_title=int(str(profile.get("company_under_title", 0))),
        company_above_title=int(str(profile.get("company_above_title", 0))),
        header_noise=bool(profile.get("header_noise")),
        footer_lines=patterns("footer_lines"),
        noise_lines=patterns("noise_lines"),
        categories=patterns("categories"),
        lists_after=patterns("lists_after"),
        site_blocks=tuple(
            (_whole(str(block["from"])), _whole(str(block["to"])))
            for block in entries("site_blocks")
            if isinstance(block, dict)
        ),
        fields=tuple(
            _Field(
                name=entry["name"],
                line=_optional(entry.get("line")),
                label=_optional(
                    rf"(?:{entry['label']})\s*[:：]?\s*(.*)" if entry.get("label") else None
                ),
                before=_optional(entry.get("before")),
                after=_optional(entry.get("after")),
            )
            for entry in fields
        ),
        field_lines=int(str(profile.get("field_lines", _MAX_LINES))),
        tags_at_end=bool(profile.get("tags_at_end")),
        location_under_title=bool(profile.get("location_under_title")),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            lines.append(_Line(start, start + len(stripped), stripped))
            if len(lines) >= _MAX_LINES:
                break
    return lines


def platform_of(layout_name: str | None) -> str:
    """The site a layout belongs to ("Upwork"), by the layout's name; "" for none."""
    return next((layout.platform for layout in layouts() if layout.name == layout_name), "")


def read_layout(text: str) -> PageReading | None:
    """The layout the text was copied from and what it says, or None for a plain posting."""
    lines = _lines(text)
    labels = [line for line in lines if _is_label_sized(line.text)]
    # Most lines are no layout's marker: one pass of every marker finds the few that are.
    any_marker = _any_marker()
    marked = [
        (i, line.text) for i, line in enumerate(labels) if any_marker.matches_whole(line.text)
    ]
    # A site's name atop the paste ("freelancer", "fiverr.") rules out the others' layouts,
    # whose markers ("Posted 2 hours ago", "Find work") its pages share.
    atop = (line.text.strip(" .") for line in lines[:_SITE_NAME_LINES])
    named = next((site for site in atop if is_known_source(site)), "")
    # A page that says whose it is ("Powered by Ashby") is that site's, whatever other
    # sites' common words ("Overview", "Apply for this job") it shares.
    powered = next((m.group(1) for line in labels if (m := _POWERED_BY.fullmatch(line.text))), "")
    for layout in layouts():
        if powered and layout.platform.casefold() == powered.casefold():
            return _read(layout, text, lines)
    for layout in layouts():
        if named and layout.platform and layout.platform.casefold() != named.casefold():
            continue
        limit = layout.marker_lines or len(labels)
        scope = [line for i, line in marked if i < limit]
        found = sum(1 for marker in layout.markers if any(marker.fullmatch(t) for t in scope))
        if found >= layout.min_markers:
            return _read(layout, text, lines)
    return None


_POWERED_BY = re.compile(r"[ \t]*powered by[ \t]+(\w+)[ \t.]*", re.IGNORECASE)


@cache
def _any_marker() -> IgnoringCase:
    """Every layout's markers as one pattern: a line matching none is no layout's marker."""
    markers = {marker.pattern for layout in layouts() for marker in layout.markers}
    return IgnoringCase("|".join(f"(?:{marker})" for marker in sorted(markers)))


def _read(layout: Layout, text: str, lines: list[_Line]) -> PageReading:
    title_index = _title_index(layout, lines)
    title = _wrapped_title(layout, text, lines, title_index) if title_index is not None else ""
    if layout.title_line and (title_index == 0 or layout.title_before):
        # The page's title line, below the site's menu when the whole page was copied; an
        # issue's title by its tags or number, else the line "opened this issue" points to.
        found = next(
            (
                (at, match.group(1).strip())
                for at, line in enumerate(lines[:_HEADER_LINES])
                if _is_label_sized(line.text)
                and not _is_noise(layout, line.text)
                and (match := layout.title_line.fullmatch(line.text))
            ),
            None,
        )
        if found and title_index != 0:
            title_index, title = found
        else:
            # a feed's item without its "… - Upwork" line opens with its title
            kept = title_index != 0 or layout.title_first_line
            title = found[1] if found else (title if kept else "")
    company = ""
    under = (title_index or 0) + layout.company_under_title
    if title_index is not None and layout.company_under_title and under < len(lines):
        company = lines[under].text  # a public board's agency under its department
    if title_index is not None and layout.company_above_title:
        # a review site's employer over its rating, the site's own lines passed over
        above = [line for line in lines[:title_index] if not _is_noise(layout, line.text)]
        if len(above) >= layout.company_above_title:
            company = above[-layout.company_above_title].text
    if layout.company_line:
        # In the header ("at Acme (View all jobs)") or the page's last links ("Acme Home Page").
        for line in lines:
            if _is_label_sized(line.text) and (match := layout.company_line.fullmatch(line.text)):
                company = match.group("company").strip()
                break
    # The site's own text takes over under the posting: a header's button of the same words
    # ("Apply for this Job" over the description, again under it) starts no footer.
    body = next((line.start for line in lines if len(line.text.split()) >= _SENTENCE_WORDS), 0)
    footer = next(
        (
            line.start
            for line in lines
            if line.start > body and any(p.fullmatch(line.text) for p in layout.footer_lines)
        ),
        None,
    )
    site_text: list[tuple[int, int]] = []
    if layout.header_noise and title_index:
        site_text.append((lines[0].start, lines[title_index - 1].end))
    site_text.extend(
        (line.start, line.end)
        for line in lines[title_index or 0 :]
        if (footer is None or line.start < footer)
        and any(p.fullmatch(line.text) for p in layout.noise_lines)
    )
    site_text.extend(_site_blocks(layout, lines))
    fields, field_spans = _fields(layout, lines)
    # A field's label and value are the site's words: read once, not taken for the posting's.
    site_text.extend(field_spans)
    tag_lines: list[_Line] = []
    if layout.tags_at_end:
        # the tags over the site's own text under the posting (a search page's client box,
        # the next result), or else those ending the paste
        if footer is not None:
            tag_lines = _tag_lines(text[:footer], [line for line in lines if line.start < footer])
        tag_lines = tag_lines or _tag_lines(text, lines)
    # The tags are the site's words about the posting, not the client's.
    site_text.extend((line.start, line.end) for line in tag_lines)
    tags = tuple(
        Tag(line.text, line.start, line.end)
        for line in tag_lines
        if not _MORE_TAGS.fullmatch(line.text)
    )
    return PageReading(
        layout=layout.name,
        platform=layout.platform,
        title=title,
        company=company,
        site_text=tuple(site_text),
        footer_start=footer,
        list_items=_list_items(layout, text, lines, footer),
        fields=fields,
        tags=tags,
        location_under_title=layout.location_under_title,
    )


def _site_blocks(layout: Layout, lines: list[_Line]) -> list[tuple[int, int]]:
    """The spans of the lines inside each of the site's own blocks, its closing line not."""
    spans: list[tuple[int, int]] = []
    for opening, closing in layout.site_blocks:
        inside = False
        for line in lines:
            if not inside and _is_label_sized(line.text) and opening.fullmatch(line.text):
                inside = True
            elif inside and _is_label_sized(line.text) and closing.fullmatch(line.text):
                break
            if inside:
                spans.append((line.start, line.end))
    return spans


def _list_items(
    layout: Layout, text: str, lines: list[_Line], footer: int | None
) -> tuple[tuple[int, int], ...]:
    """The lines under a list label, up to a blank line or the site's own text."""
    items: list[tuple[int, int]] = []
    inside = False
    for previous, line in zip([None, *lines], lines, strict=False):
        if footer is not None and line.start >= footer:
            break
        if previous is not None and _BLANK_LINE.search(text, previous.end, line.start):
            inside = False
        if any(label.fullmatch(line.text) for label in layout.lists_after):
            inside = True
        elif inside:
            items.append((line.start, line.end))
    return tuple(items)


# A listing's buttons ("Save job") or details ("Hourly", "Expert", "Est. time: …") between
# its title and the "Posted …" line: at most this many.
_LINES_OVER_POSTED = 6
_HEADLINE_WORDS = 4  # a job's headline, longer than a client box's "Payment verified"
_TITLE_CHARS = 120  # a job's headline on a card, however long, is shorter than this
_FEED_SENTENCE_WORDS = 8  # a full stop after this many words: a sentence, not a headline


# A title a phone's narrow screen wrapped: three short lines or more, one under another,
# a blank line above them ("Senior React" / "Native Developer" / "for Fitness" / …).
_WRAPPED_LINE_CHARS = 25
_MIN_WRAPPED_LINES = 3


def _wrapped_title(layout: Layout, text: str, lines: list[_Line], index: int) -> str:
    """The title's line, joined to the short lines right above it when the page was copied
    from a phone that wrapped the title over them."""
    first = index
    while (
        first > 0
        and len(lines[first].text) <= _WRAPPED_LINE_CHARS
        and len(lines[first - 1].text) <= _WRAPPED_LINE_CHARS
        and text.count("\n", lines[first - 1].end, lines[first].start) == 1
        and not _is_noise(layout, lines[first - 1].text)
    ):
        first -= 1
    opened = first == 0 or text.count("\n", lines[first - 1].end, lines[first].start) > 1
    if index - first + 1 < _MIN_WRAPPED_LINES or not opened:
        return lines[index].text
    return " ".join(line.text for line in lines[first : index + 1])


# A list item's bullet before a record's field: YAML's "- title: …".
LIST_BULLET = re.compile(r"^[-*•][ \t]+")
# The fields of a record, one a line, that may come before its title.
_RECORD_FIELDS = 6


def _title_index(layout: Layout, lines: list[_Line]) -> int | None:
    if not lines:
        return None
    lead = _first_matching(layout.title_after, lines) if layout.title_after else None
    if lead is not None:
        # "… has invited you to submit a proposal for the following job:"; a rating, its
        # star on a line of its own
        after = lead + 1
        while after < len(lines) and _is_noise(layout, lines[after].text):
            after += 1
        if after < len(lines):
            return after
    if layout.title_first_line or (layout.title_line and not layout.title_before):
        # a scraper's record opens with its id or date; its title is the field so labelled
        labelled = (
            index
            for index, line in enumerate(lines[:_RECORD_FIELDS])
            if title_words().title_label.match(LIST_BULLET.sub("", line.text))
        )
        return next(labelled, 0)
    if layout.title_before:
        index = _first_matching(layout.title_before, lines)
        return None if index is None else _title_by_its_details(layout, lines, index)
    return None


def _title_by_its_details(layout: Layout, lines: list[_Line], index: int) -> int | None:
    """The title's line beside the listing's details line at `index` ("Hourly: $30 - $45",
    "Fixed-price - Expert - …"): above it, or below it where the details open the card."""
    after = index + 1
    while after < len(lines) and _is_noise(layout, lines[after].text):
        after += 1
    if index == 0 or _is_noise(layout, lines[index - 1].text):
        above = index - 1
        while above >= 0 and _is_noise(layout, lines[above].text):
            above -= 1
        below_words = len(lines[after].text.split()) if after < len(lines) else 0
        if (
            0 <= above < index - 1
            and index - above <= _LINES_OVER_POSTED
            and len(lines[above].text.split()) >= _HEADLINE_WORDS > below_words
        ):
            # a headline over "Posted …" and "Fixed-price", a client's box under them
            # ("Payment verified", "Sweden")
            return above
        # The button came first ("Sign In", "English", "Apply", then the title), or the
        # listing's details ("Fixed-price", "Entry level", "Posted 5 minutes ago") ...
        if after >= len(lines):
            return None
        if below_words < _SENTENCE_WORDS:
            return after
        # ... or buttons or details stand between the title and "Posted" ("Save job",
        # "Hourly", "Expert"), the description right under them
        return above if above >= 0 and index - above <= _LINES_OVER_POSTED else after
    above_text = lines[index - 1].text
    below = lines[after].text if after < len(lines) else ""
    if (
        above_text.endswith(".")
        and len(above_text.split()) >= _FEED_SENTENCE_WORDS
        and below
        and len(below) <= _TITLE_CHARS
        and not below.endswith((".", "!", "?"))
    ):
        # the feed's own sentence over a card that opens with its details ("Browse jobs
        # that match … Ordered by most relevant." / "Fixed-price - Expert - …" / title)
        return after
    # the job's category between its title and its details ("Accounting & Consulting ·
    # Bookkeeping" over "Posted yesterday")
    category = is_category_trail(above_text) or any(
        name.fullmatch(above_text) for name in layout.categories
    )
    return index - 2 if index >= 2 and category else index - 1


def _first_matching(pattern: re.Pattern[str], lines: list[_Line]) -> int | None:
    return next((i for i, line in enumerate(lines) if pattern.fullmatch(line.text)), None)


def _is_noise(layout: Layout, line: str) -> bool:
    return any(noise.fullmatch(line) for noise in layout.noise_lines)


def _fields(layout: Layout, lines: list[_Line]) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """The values the page labels, by field name, and the spans of the lines they fill."""
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    scope = lines[: layout.field_lines]
    for entry in layout.fields:
        start = 0
        if entry.after:
            start = next(
                (i + 1 for i, line in enumerate(scope) if entry.after.fullmatch(line.text)), -1
            )
            if start < 0:
                continue
        value, used = _field_value(entry, scope, start)
        if value:
            found[entry.name] = value
            spans.extend((line.start, line.end) for line in used)
    return found, spans


def _field_value(entry: _Field, lines: list[_Line], start: int) -> tuple[str, list[_Line]]:
    for index in range(start, len(lines)):
        line = lines[index]
        if not _is_label_sized(line.text):
            continue
        if entry.line and (match := entry.line.fullmatch(line.text)):
            value = (match.group(1) if match.groups() else match.group()).strip()
            # A range copied one part a line: "$6.00", "-", "$9.00".
            ahead = lines[index + 1 : index + 3]
            if (
                len(ahead) == 2
                and _RANGE_DASH.fullmatch(ahead[0].text)
                and (upper := entry.line.fullmatch(ahead[1].text))
            ):
                high = (upper.group(1) if upper.groups() else upper.group()).strip()
                return f"{value} - {high}", [line, *ahead]
            return value, [line]
        if entry.before and entry.before.fullmatch(line.text) and index > start:
            return lines[index - 1].text, [lines[index - 1]]
        if entry.label and (match := entry.label.fullmatch(line.text)):
            value = match.group(1).strip()
            if value or index + 1 >= len(lines):
                return value, [line]
            return lines[index + 1].text, [line, lines[index + 1]]
    return "", []


def _is_label_sized(line: str) -> bool:
    return len(line) <= _MAX_LABEL_CHARS


def _tag_lines(text: str, lines: list[_Line]) -> list[_Line]:
    """The closing run of short lines after the last blank line: the site's skill tags,
    perhaps ending in a count of more ("+4"). Copied without the blank line, the tags are
    a closing run of at least three short lines right after a sentence."""
    blanks = [match.start() for match in _BLANK_LINE.finditer(text.rstrip())]
    run = [line for line in lines if line.start > blanks[-1]] if blanks else []
    if run and all(_is_tag(line.text) for line in run):
        return run
    tail = list(itertools.takewhile(lambda line: _is_tag(line.text), reversed(lines)))
    before = lines[-len(tail) - 1].text if len(tail) < len(lines) else ""
    if len(tail) >= _MIN_UNSEPARATED_TAGS and _CLOSES_A_DESCRIPTION.search(before):
        return tail[::-1]
    return []


def _is_tag(line: str) -> bool:
    return _MORE_TAGS.fullmatch(line) is not None or (
        len(line) <= _TAG_MAX_CHARS
        and len(line.split()) <= _TAG_MAX_WORDS
        and not line.endswith((".", "!", "?", ":", ","))
    )
