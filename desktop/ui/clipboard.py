"""Clipboard contents as posting text, keeping the headings and list items of HTML."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextBlock, QTextDocument, QTextListFormat

_NUMBERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def text_from_mime(mime: QMimeData | None) -> str:
    """The posting text a paste carries: HTML made into text if present, else plain text."""
    if mime is None:
        return ""
    if mime.hasHtml():
        text = html_to_text(mime.html())
        if text.strip():
            return text
    return mime.text() if mime.hasText() else ""


def html_to_text(html: str) -> str:
    """Plain text with Markdown-style headings (`## `) and list items (`- `, `1. `).

    A blank line goes before each heading, as a person would type it, so the
    section structure survives in the stored text.
    """
    document = QTextDocument()
    document.setHtml(html)
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and lines and lines[-1].strip():
            lines.append("")
        lines.append(_block_text(block))
        block = block.next()
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _block_text(block: QTextBlock) -> str:
    text = block.text().replace("\u2028", "\n")
    level = block.blockFormat().headingLevel()
    if level and text.strip():
        return "#" * level + " " + text
    text_list = block.textList()
    if text_list is not None and text.strip():
        if text_list.format().style() in _NUMBERED:
            return f"{text_list.itemNumber(block) + 1}. {text}"
        return "- " + text
    return text
