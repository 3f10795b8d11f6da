"""Word lists from resources/ turned into one regular-expression alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A trie node: the next characters, each with the node after it; "" marks a phrase's end.
_Node = dict[str, "_Node"]


def alternation(
    phrases: Iterable[str], *, any_spacing: bool = False, ignore_case: bool = False
) -> str:
    """The phrases as `a|b|c`, escaped and longest first so no phrase loses to its own start.

    Written as a trie ("C(?:\\+\\+|\\#)?" for "C++", "C#" and "C"): the regex engine tries an
    alternation's phrases one by one at every position, so two thousand skill names cost two
    thousand steps a character; the trie, one step per branch taken. `ignore_case` is for
    patterns compiled with re.IGNORECASE: phrases that differ in case then share a branch,
    which keeps the longest first. With `any_spacing`, a space matches any run of whitespace.
    """
    root: _Node = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        node = root
        for char in phrase:
            folded = char.lower() if ignore_case else char
            node = node.setdefault(folded if len(folded) == 1 else char, {})
        node[""] = {}
    return _branches(root, r"\s+" if any_spacing else r"\ ")


def _branches(node: _Node, space: str) -> str:
    """The pattern for what may follow a node: its branches, none at all if a phrase ends."""
    branches = [
        (space if char == " " else re.escape(char)) + _branches(after, space)
        for char, after in node.items()
        if char
    ]
    either = "|".join(branches)
    if "" in node:
        return f"(?:{either})?" if branches else ""
    return either if len(branches) < 2 else f"(?:{either})"
