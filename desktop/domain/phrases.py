"""Word lists from resources/ turned into one regular-expression alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(phrases: Iterable[str], *, any_spacing: bool = False) -> str:
    """The phrases as `a|b|c`, escaped and longest first so no phrase loses to its own start.

    With `any_spacing`, a space in a phrase matches any run of whitespace.
    """
    space = r"\s+" if any_spacing else r"\ "
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(phrase).replace(r"\ ", space) for phrase in ordered)
