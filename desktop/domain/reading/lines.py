"""One line as a title or a row's preview shows it: without a chat's prefix, the symbols
around it, emoji codes and markup.

Kept apart from the reader (analysis.py), which uses it too, so that the tracker table
can show an untitled posting's first line without loading the reader's patterns.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache

from desktop.domain.tracking.tracker import Posting, PostingRow
from desktop.resources import load_json

# A symbol a line opens with as its bullet or icon: arrows, shapes, dingbats and emoji ("○",
# "▸", "✅", "🔹", "💰"), each perhaps with the emoji variation selector ("▪️").
SYMBOL_CHARS = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
SYMBOL = f"[{SYMBOL_CHARS}]\ufe0f?"
# The ranges above are in order: a character before the first is none of them.
_FIRST_SYMBOL = SYMBOL_CHARS[0]

_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|>+\s*|[*_]{1,3}|[-•*+]\s+)|[*_]{1,3}\s*$")
_MARKUP_OPENERS, _MARKUP_CLOSERS = frozenset("#>*_-•+"), frozenset("*_")
# A chat's emoji written as its code (":wave:", ":sweat_smile:") and bold words ("*Marketer*").
_EMOJI_CODE = re.compile(r"(?:(?<=\s)|^):[a-z0-9_+-]{2,30}:(?=\s|$)")
# A chat's export before each message: "[14/03/2025, 10:43] Priya Nair: " (WhatsApp),
# "14/03/2025, 10:43 - Priya Nair: ".
CHAT_PREFIX = re.compile(
    r"^\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    # or the time first, as some phones write it: "[08:40, 02/12/2026]"
    r"|\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?,?\s+\d{1,4}[./-]\d{1,2}[./-]\d{2,4})\]?"
    r"(?:\s+-)?\s+[^:\n]{1,40}:\s+"
)
# Emphasis as markdown writes it, its words against the stars ("*bold*", "**bold**"); stars
# with spaces inside ("*** NOW HIRING *** NIGHTS ***") part a line rather than stress a word.
_INNER_MARKUP = re.compile(r"(?<![\w*])(\*{1,2})(?=[^\s*])([^*\n]*?[^\s*])\1(?![\w*])")
# Symbols around a line ("🔥 We're hiring: … 🔥"); a closing run of spaces and symbols is
# matched from its first character only, so a search stays linear in the line.
_SYMBOL_EDGE = re.compile(rf"[{SYMBOL_CHARS}\ufe0f]")
_SYMBOLS_AROUND = re.compile(
    rf"^(?:{SYMBOL})+\s*|(?<![{SYMBOL_CHARS}\ufe0f\s])\s*(?:{SYMBOL})+\s*$"
)


def clean_line(line: str) -> str:
    """The line without a chat's prefix, symbols, emoji codes and markup around its words.
    Each is searched for only where the stripped line's first or last character allows."""
    line = line.strip()
    if line[:1] == '"' and (field := _JSON_FIELD.fullmatch(line)):
        line = f"{field.group(1)}: {field.group(2)}"  # a JSON record's '"title": "…",'
    if line[:1] == "[" or line[:1].isdigit():
        line = line[chat.end() :] if (chat := CHAT_PREFIX.match(line)) else line
    if max(line[:1], line[-1:]) >= _FIRST_SYMBOL and (
        _SYMBOL_EDGE.match(line[:1]) or _SYMBOL_EDGE.match(line[-1:])
    ):
        line = _SYMBOLS_AROUND.sub("", line).strip()
    if ":" in line:  # a chat's ":wave:"
        line = _EMOJI_CODE.sub("", line).strip()
    if "*" in line:  # "*bold*" or "**bold**" inside the line
        line = _INNER_MARKUP.sub(r"\2", line).strip()
    if line[:1] in _MARKUP_OPENERS or line[-1:] in _MARKUP_CLOSERS:
        line = _MARKUP.sub("", line).strip()
    if "&" in line:  # a scraper's "Harlow &amp; Finch", an HN comment's "&#x2F;"
        line = html.unescape(line)
    return _decoded_once(line) if _DECODED_TWICE.search(line) else line


# A record's key as code writes it, snake or camel case: "company_profile", "jobType".
RECORD_KEY = r"[a-z][a-z0-9]+(?:[A-Z_][a-z0-9]*)*"
# A record's field on its line, its key before its value: "country: Australia".
RECORD_FIELD = re.compile(rf"{RECORD_KEY}:[ \t]")

# A Markdown link, its words in group 1: "[Tidewater Systems](https://tidewatersys.io)".
MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,80})\]\([^)\s]{1,300}\)")

# A field of a JSON record on its line: '"company": "Kelpie Payments",'.
_JSON_FIELD = re.compile(r'"([\w .-]{1,40})"\s*:\s*"((?:[^"\\]|\\.)*)"\s*,?')


# UTF-8 read as Windows-1252, as datasets store some rows: "Weâ€™re", "Â£24,000", "Ã©".
# The second byte of a UTF-8 letter is one of these once read as Windows-1252.
_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
_DECODED_TWICE = re.compile(f"[âÃÂ][{re.escape(_CONTINUATIONS)}]")


def _decoded_once(line: str) -> str:
    """The line as written, when it was UTF-8 read as Windows-1252; else as it is."""
    try:
        return line.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return line


def display_title(posting: PostingRow) -> str:
    """A posting's title, or for an untitled one its first line, marked "(untitled)"."""
    if posting.title:
        return posting.title
    source = posting.details.source.casefold()
    text = posting.raw_text if isinstance(posting, Posting) else posting.preview
    first_line = summary_line(
        line
        for line in (raw.strip() for raw in text.splitlines())
        if line.casefold() != source and not line.startswith(("http://", "https://"))
    )
    # "[10:14, 27/11/2026] Sam: Hi dear…" shows "Hi dear…", without the chat's prefix
    return f"(untitled) {first_line.replace('**', '').replace('`', '')[:60]}"


def summary_line(lines: Iterable[str]) -> str:
    """The first line that says something, cleaned, past empty lines and greetings ("Hi,",
    "Hello Dear,", "I hope this email finds you well"), which would list every recruiter's
    mail alike; the first line when every line greets."""
    first = ""
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        if not _greeting().fullmatch(line):
            return line
        first = first or line
    return first


@cache
def _greeting() -> re.Pattern[str]:
    return re.compile(load_json("posting_vocabulary.json")["greeting_line"], re.IGNORECASE)
