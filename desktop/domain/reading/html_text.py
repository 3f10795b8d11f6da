"""HTML (from a browser's clipboard or a saved page) as posting text.

Headings become Markdown-style `## ` lines and list items `- ` or `1. ` lines, so
the posting's structure survives as text the parser reads. Scripts, styles and
other invisible parts are dropped. Any text reads: markup the standard library's
parser cannot place is kept as text rather than raised. Pure Python: the command
line uses it too.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    "p div section article header footer main aside blockquote pre table tr ul ol dl dt dd "
    "form fieldset figure figcaption nav address".split()
)
_HIDDEN = frozenset("script style head title noscript template svg".split())
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# How Word numbers a list item ("1.", "a)", "iv."); any other marker is a bullet glyph.
_NUMBERING = re.compile(r"\w{1,4}[.)]")
_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype|html|body|div|p|ul|ol|li|h[1-6]|br|span|table|section|article|item|entry)\b",
    re.I,
)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text[:5000]))


# Tags that lay out blocks: a text with none of them (a feed item's description with only
# `<br />` and `<b>` in it, a comment archive's paragraphs split by `<p>` under the line
# that says who wrote it) is a fragment whose own line breaks are its lines.
_BLOCK_TAG = re.compile(r"<(?:html|body|div|ul|ol|li|h[1-6]|table|tr|section|article)\b", re.I)


# A page's head: without one, a `<title>` is content, as a feed item's is.
_HEAD = re.compile(r"<(?:html|head)\b", re.I)


def html_to_text(html: str) -> str:
    parser = _TextParser(
        keep_newlines=_BLOCK_TAG.search(html) is None, titled=_HEAD.search(html) is None
    )
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # html.parser asserts on markup it has no rule for: keep what it read, the rest as text.
        line, column = parser.getpos()
        start = sum(len(part) + 1 for part in html.split("\n")[: line - 1]) + column
        parser.handle_data(html[start:])
    return parser.text()


class _TextParser(HTMLParser):
    def __init__(self, *, keep_newlines: bool = False, titled: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self._keep_newlines = keep_newlines
        # a feed item's "<title>… - Upwork</title>" is its heading; a page's title is hidden
        self._hidden_tags = _HIDDEN - {"title"} if titled else _HIDDEN
        self._headings = {**_HEADINGS, "title": 1} if titled else _HEADINGS
        self._lines: list[str] = []
        self._current: list[str] = []
        self._hidden = 0
        self._lists: list[list[int]] = []  # one counter per open list; [-1] for bullets
        self._prefix = ""
        self._in_list_marker = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._hidden_tags:
            self._hidden += 1
        elif tag == "br":
            self._break()
        elif tag in self._headings:
            self._break(blank_before=True)
            self._prefix = "#" * self._headings[tag] + " "
        elif tag in ("ul", "ol"):
            self._break()
            self._lists.append([0] if tag == "ol" else [-1])
        elif tag == "li":
            self._break()
            counter = self._lists[-1] if self._lists else [-1]
            if counter[0] >= 0:
                counter[0] += 1
                self._prefix = f"{counter[0]}. "
            else:
                self._prefix = "- "
        elif tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden_tags:
            self._hidden = max(0, self._hidden - 1)
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._break()
        elif tag in self._headings or tag == "li" or tag in _BLOCKS:
            self._break()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![CDATA[…]]>` as its text, any other `<![…]>` as a condition up to its `>`.

        The standard library's version asserts on sections it does not know.
        """
        rawdata = self.rawdata
        if rawdata.startswith("<![CDATA[", i):
            end = rawdata.find("]]>", i + 9)
            if end < 0:
                return -1
            self.handle_data(rawdata[i + 9 : end])
            return end + 3
        end = rawdata.find(">", i + 3)
        if end < 0:
            return -1
        self._condition(" ".join(rawdata[i + 3 : end].replace("]", " ").split()).casefold())
        return end + 1

    def _condition(self, condition: str) -> None:
        """Word writes each list item's bullet or number between `<![if !supportLists]>` and
        `<![endif]>`; it becomes the item's `- ` or `1. ` prefix."""
        if condition == "if !supportlists":
            self._break()
            self._in_list_marker = True
        elif condition == "endif" and self._in_list_marker:
            self._in_list_marker = False
            marker = "".join(self._current).strip()
            self._current = []
            self._prefix = f"{marker} " if _NUMBERING.fullmatch(marker) else "- "

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._keep_newlines and "\n" in data:
            first, *others = data.split("\n")
            self._words(first)
            for line in others:
                if not self._current and self._lines and self._lines[-1]:
                    self._lines.append("")  # an empty line: the paragraph's end
                self._break()
                self._words(line)
            return
        self._words(data)

    def _words(self, data: str) -> None:
        words = re.sub(r"\s+", " ", data)
        if not self._current:
            words = words.lstrip()
            if not words:
                return
            words = self._prefix + words
            self._prefix = ""
        self._current.append(words)

    def _break(self, *, blank_before: bool = False) -> None:
        if self._current:
            self._lines.append("".join(self._current).rstrip())
            self._current = []
        if blank_before and self._lines and self._lines[-1]:
            self._lines.append("")

    def text(self) -> str:
        self._break()
        return "\n".join(self._lines).strip("\n")
