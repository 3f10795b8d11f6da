"""One company under many spellings: "Acme, Inc.", "ACME" and "Acme GmbH" are the same."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from desktop.resources import load_json

_WORD = re.compile(r"[^\W_]+")


@cache
def _legal_forms() -> tuple[tuple[str, ...], ...]:
    """Each legal form as its words, longest first ("sp z oo" before "oo")."""
    forms = (tuple(form.split()) for form in load_json("company_forms.json")["legal_forms"])
    return tuple(sorted(forms, key=len, reverse=True))


def company_key(name: str) -> str:
    """The name as compared: case, accents, punctuation, a leading "the" and trailing legal
    forms set aside; "" for a name that is nothing but those."""
    words = _words(name.replace(".", ""))  # "S.A." is "sa", as "B.V." is "bv"
    trimmed = True
    while trimmed and len(words) > 1:
        trimmed = False
        for form in _legal_forms():
            if tuple(words[-len(form) :]) == form and len(words) > len(form):
                words = words[: -len(form)]
                trimmed = True
                break
    return " ".join(words)


def first_word(name: str) -> str:
    """The word a name's spellings share, as a full-text index splits it ("Acme.io" and
    "ACME Inc." both begin with "acme"): where to look for the same company."""
    words = _words(name)
    return words[0] if words else ""


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name.casefold())
    words = _WORD.findall("".join(c for c in plain if not unicodedata.combining(c)))
    return words[1:] if words[:1] == ["the"] and len(words) > 1 else words


def same_company(first: str, second: str) -> bool:
    key = company_key(first)
    return bool(key) and key == company_key(second)
