"""The text a posting is read from, whatever form it was pasted or saved in."""

from __future__ import annotations

import re

from desktop.domain.reading.html_text import html_to_text, looks_like_html
from desktop.domain.reading.record_text import record_to_text

READ_AS_HTML = "read as HTML; headings and list items kept"
READ_AS_RECORD = "read as a data record (JSON, CSV or a printed row); one field per line"
READ_WITH_ESCAPES = "read with its escaped line breaks (\\n) as lines"
# A dump that wrote its line breaks as "\n": at least this many, and more than this many
# for each line break it has.
_MIN_ESCAPED_BREAKS = 3
_ESCAPED_PER_BREAK = 4
_ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n")


def as_plain_text(text: str) -> str:
    """A page's source (pasted as text, saved as a file, a tracker's exported description)
    as the text it shows, a record (a scraper's JSON, a CSV export, a printed row) as its
    fields' lines, a dump's escaped line breaks as lines, any other text as it is."""
    return read_plain_text(text)[0]


def read_plain_text(text: str) -> tuple[str, str | None]:
    """The text a posting is read from, and how it was read when not as it is."""
    record = record_to_text(text)
    if record is not None:
        return record, READ_AS_RECORD
    if looks_like_html(text):
        shown = html_to_text(text)
        # a feed item's description holds its markup escaped ("&lt;br /&gt;"): shown once,
        # it is markup still
        return (html_to_text(shown) if looks_like_html(shown) else shown), READ_AS_HTML
    escaped = len(_ESCAPED_BREAK.findall(text))
    if escaped >= _MIN_ESCAPED_BREAKS and escaped > _ESCAPED_PER_BREAK * text.count("\n"):
        # a scraper's dump of a record: "description: Our team…\n\nWhat you'll do\n- …"
        return _ESCAPED_BREAK.sub("\n", text), READ_WITH_ESCAPES
    return text, None
