"""Turning what the user pasted or pointed at into text Gigdesk can store.

The text is kept verbatim; these functions only decide whether it can be taken
at all, and say plainly why not.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.domain.errors import PasteError
from desktop.domain.reading.names import title_words
from desktop.domain.reading.plain_text import read_plain_text
from desktop.resources import load_json

if TYPE_CHECKING:
    from desktop.domain.tracking.tracker import PostingRow

MAX_POSTING_BYTES = 2 * 1024 * 1024
MAX_POSTING_LABEL = "2 MB"
# As much of a posting's file as is read: twice the most a posting holds (in UTF-16, or
# padded with NULs, a posting takes more bytes than text); a device, a pipe or a film chosen
# by mistake is never read whole.
POSTING_FILE_BYTES = MAX_POSTING_BYTES * 2

_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.IGNORECASE)
# Share of unreadable characters above which a file is refused as not being text.
_BINARY_SHARE = 0.10
# A run of an encoding's alphabet this long is no word, and most of a text in such runs
# is no posting (a posting's links and IDs are a small share of it).
_ENCODED_RUN = re.compile(r"[A-Za-z0-9+/=_-]{40,}")
_ENCODED_SHARE = 0.5
_ENCODED_JUDGED = 1000  # characters
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# UTF-8 decoding with "surrogateescape" turns each invalid byte into one of these.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_ASCII = bytes(range(128))
# The second-level labels a country's domains sit under: "harbourvets" of "….com.au".
_SECOND_LEVEL = frozenset({"com", "co", "org", "net", "gov", "ac", "edu"})


@dataclass(frozen=True)
class DecodedText:
    """Text recovered from a file, with what had to be done to read it."""

    text: str
    notes: tuple[str, ...] = ()


def decode_posting_bytes(data: bytes) -> DecodedText:
    """Read a file's bytes as text, keeping everything decodable.

    UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such. A file
    whose non-ASCII bytes are mostly not UTF-8 is read as Windows-1252 when that
    reads cleanly (old Windows exports); otherwise bytes that are not UTF-8 are
    replaced by U+FFFD and counted. NUL bytes are dropped and counted. Anything
    mostly unreadable is refused as binary.
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _decode_utf8(data[3:], notes, allow_windows_1252=False)
    else:
        text = _decode_utf8(data, notes, allow_windows_1252=True)
    text, nuls = _without_nuls(text, notes)
    _refuse_binary(text, nuls, "file")
    _refuse_encoded(text, "file")
    return DecodedText(text, tuple(notes))


def posting_from_file(data: bytes, name: str) -> DecodedText:
    """The posting a file holds, from its first POSTING_FILE_BYTES + 1 bytes: decoded with
    care, a page's source read as the text it shows. PasteError when it holds more than a
    posting can ("`name` is larger …"), or no text."""
    if len(data) > POSTING_FILE_BYTES:
        raise PasteError(f"{name} is larger than a posting can be ({MAX_POSTING_LABEL}).")
    decoded = decode_posting_bytes(data)
    text, read_as = read_plain_text(decoded.text)
    return DecodedText(text, decoded.notes + ((read_as,) if read_as else ()))


def tidy_pasted_text(text: str) -> DecodedText:
    """Clipboard text as stored: NUL characters, which some apps leave behind, are dropped;
    binary content is refused as a file's is (PasteError)."""
    notes: list[str] = []
    text, nuls = _without_nuls(text, notes)
    _refuse_binary(text, nuls, "clipboard content")
    _refuse_encoded(text, "clipboard content")
    return DecodedText(text, tuple(notes))


def _refuse_binary(text: str, nuls: int, what: str) -> None:
    """PasteError if more than a tenth of the characters are unreadable or control ones."""
    unreadable = sum(1 for ch in text if ch == "\ufffd" or _is_control(ch))
    if text and (unreadable + nuls) / (len(text) + nuls) > _BINARY_SHARE:
        raise PasteError(f"This {what} looks binary, not like the text of a posting.")


def _refuse_encoded(text: str, what: str) -> None:
    """PasteError if most of the text is runs of letters and digits with no space in them
    (base64, hex, a token): encoded data, not words. Text in a script written without
    spaces (Chinese, Japanese) makes no such run."""
    if len(text) < _ENCODED_JUDGED:
        return  # a short note with a long link or code is still someone's words
    printed = len(text) - sum(map(len, _SPACES.findall(text)))
    encoded = sum(len(run) for run in _ENCODED_RUN.findall(_LINK.sub(" ", text)))
    if printed and encoded / printed > _ENCODED_SHARE:
        raise PasteError(
            f"This {what} looks like encoded data (long runs of letters and digits with no "
            "spaces), not like the text of a posting."
        )


def _without_nuls(text: str, notes: list[str]) -> tuple[str, int]:
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
        notes.append(f"removed {nuls} NUL byte{'s' if nuls != 1 else ''}")
    return text, nuls


def _decode_utf8(data: bytes, notes: list[str], *, allow_windows_1252: bool) -> str:
    """UTF-8 with each invalid byte replaced by U+FFFD, unless Windows-1252 fits better.

    In a Windows-1252 file nearly every non-ASCII byte is invalid UTF-8; in a UTF-8
    file with a few damaged bytes most are valid. So the file is UTF-8 when at least
    half of its non-ASCII bytes belong to valid UTF-8 sequences.
    """
    text, stray = _ESCAPED_BYTE.subn("\ufffd", data.decode("utf-8", errors="surrogateescape"))
    if not stray:
        return text
    if allow_windows_1252 and 2 * stray > len(data.translate(None, _ASCII)):
        windows = _as_windows_1252(data)
        if windows is not None:
            notes.append("the file is not UTF-8; it was read as Windows-1252")
            return windows
    many = stray != 1
    notes.append(
        f"{stray} byte{'s' if many else ''} that {'are' if many else 'is'} not valid UTF-8 "
        f"{'were' if many else 'was'} replaced by \ufffd"
    )
    return text


def _as_windows_1252(data: bytes) -> str | None:
    """None where Windows-1252 does not read cleanly: undefined bytes, or control characters,
    which mark a binary file the U+FFFD count should refuse."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if any(_is_control(ch) for ch in text) else text


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"


def check_posting_text(text: str) -> str:
    """The text unchanged if it can be stored as a posting; PasteError if not."""
    if not text.strip():
        raise PasteError("The text is empty: there is nothing to read.")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > MAX_POSTING_BYTES:
        raise PasteError(
            f"This text is {size:,} bytes, over the {MAX_POSTING_LABEL} a posting can hold. "
            "Paste the posting itself rather than a whole page or file."
        )
    return text


def fingerprint(text: str) -> str:
    """Identity of a posting's text regardless of line breaks, indentation or spacing."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass(frozen=True)
class SourceInfo:
    """A job board or freelance platform from resources/sources.json."""

    name: str
    domains: tuple[str, ...]
    freelance: bool


@cache
def known_sources() -> tuple[SourceInfo, ...]:
    return tuple(
        SourceInfo(s["name"], tuple(s["domains"]), s["freelance"])
        for s in load_json("sources.json")["sources"]
    )


def is_known_source(name: str) -> bool:
    """Whether `name` is a job board's or freelance site's own name ("LinkedIn")."""
    return name.casefold() in _source_names()[0]


def is_freelance_source(name: str) -> bool:
    return name.casefold() in _source_names()[1]


def links_to_a_freelance_site(text: str) -> bool:
    """Whether the posting's own address is a freelance site's; looked for only in a text
    that names one of their domains (most texts: none)."""
    lowered = text.casefold()
    if not any(name in lowered for name in _source_names()[1] if "." in name):
        return False
    return is_freelance_source(source_for_url(find_posting_url(text) or "") or "")


def status_label(posting: PostingRow) -> str:
    """Where a posting stands in the window's words: the outcome once closed, else the stage
    as its platform says it ("Shortlisted" on Upwork)."""
    if posting.outcome is not None:
        return posting.outcome.label
    return posting.stage.label_for(freelance=is_freelance_source(posting.details.source))


@cache
def _source_names() -> tuple[frozenset[str], frozenset[str]]:
    """Every site's name and domain ("bayt.com" atop its page), and the freelance sites',
    case folded: asked of every line read."""
    sources = known_sources()
    return (
        frozenset(n.casefold() for s in sources for n in (s.name, *s.domains)),
        frozenset(n.casefold() for s in sources if s.freelance for n in (s.name, *s.domains)),
    )


def source_for_url(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").casefold()
    for info in known_sources():
        if any(host == d or host.endswith("." + d) for d in info.domains):
            return info.name
    return None


def may_be_employer_site(host: str) -> bool:
    """Whether a host may be the employer's own site: no job board, and none of the sites
    a posting links to that are never an employer's (a shortener, a chat, a document)."""
    host = host.casefold()
    return not source_for_url("https://" + host) and (
        site_name(host) not in title_words().not_company_sites
    )


def site_name(host: str) -> str:
    """The name before the top-level domain: "greenhouse" of "boards.greenhouse.io",
    "harbourvets" of "harbourvets.com.au"."""
    labels = host.casefold().split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def find_posting_url(text: str) -> str | None:
    """The posting's own address, if the paste carries one.

    A link to a known job board counts anywhere; any other link only when it
    stands alone on one of the first lines, since links further down are usually
    the company's site or an application form shared by many postings.
    """
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        if source_for_url(url) and urlsplit(url).path.strip("/"):
            return url
    for line in text.strip().splitlines()[:5]:
        stripped = line.strip()
        if _URL.fullmatch(stripped):
            return stripped.rstrip(".,;:!?")
    # a record's field for it: "url: https://…", "job_url: …", "Link: …"
    labelled = _URL_FIELD.search(text, 0, _URL_FIELD_CHARS)
    return labelled.group(1).rstrip(".,;:!?") if labelled else None


_URL_FIELD = re.compile(
    r"^[ \t]*(?:[a-z_ ]{0,20}[ _])?(?:url|link)[ \t]*:[ \t]*(https?://\S+)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_URL_FIELD_CHARS = 3000


def guess_source(text: str, url: str | None) -> str:
    """The platform a posting came from: its URL's host, else a name on its first line."""
    if url and (name := source_for_url(url)):
        return name
    lines = text.strip().splitlines()
    first_lines = [line.strip().casefold() for line in lines[:3]]
    # an applicant tracker's footer says whose page it is: "Powered by Personio"
    powered = {
        match.group(1).casefold()
        for line in lines[-_FOOTER_LINES:]
        if (match := _POWERED_BY.search(line))
    }
    for info in known_sources():
        if info.name.casefold() in first_lines or info.name.casefold() in powered:
            return info.name
    return ""


_FOOTER_LINES = 15
_POWERED_BY = re.compile(r"\bpowered by[ \t]+(\w+)", re.IGNORECASE)
