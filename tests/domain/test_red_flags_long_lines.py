"""A long line without a break is searched for red flags in one pass, as a message and as a
posting, and a flag at its end is still found."""

import pytest

from desktop.domain.reading.analysis import analyze_posting
from desktop.domain.red_flags.flags import find_red_flags, risk_level

_RUN = 60_000


def _run(token: str) -> str:
    return token * (_RUN // len(token))


# Each is a run that a pattern or a loop over the hits would read again from each of its
# places, then (when not empty) words that make a flag after it.
_LINES = [
    ("digits-and-commas", _run("7,"), None),
    ("digits-and-full-stops", _run("7."), None),
    ("pay-then-digits-and-commas", "We pay " + _run("7,") + "7 a day", "F6"),
    ("earn-then-digits-and-full-stops", "Earn " + _run("7.") + "7 per day", "F6"),
    ("currency-then-digits", "$" + _run("7,") + "7 per task", "pay-per-task"),
    ("range-after-a-long-number", _run("7,") + "7 to 9 dollars a day", "F6"),
    ("words-and-hyphens", _run("a-") + "a@gmail.com", "F4"),
    ("digits-and-hyphens", _run("7-"), None),
    ("words-and-full-stops", _run("a.") + "a@gmail.com", "F4"),
    ("articles", _run("The "), None),
    ("chat-app-named-again-and-again", _run("message me on telegram "), "F5"),
    (
        "legal-sections-again-and-again",
        _run(
            "Legal notice\nWe are an equal opportunity employer.\n\n"
            "About us\nText me on telegram.\n\n"
        ),
        "F5",
    ),
    (
        "brand-claimed-again-and-again",
        "Write to jo@acme.com. " + _run("I am from Amazon "),
        "brand-claim",
    ),
]


@pytest.mark.parametrize(
    ("text", "flag"), [(text, flag) for _, text, flag in _LINES], ids=[n for n, _, _ in _LINES]
)
def test_a_long_line_is_searched_in_one_pass_as_a_message(text, flag):
    # 60,000 characters: read again from each of its places, a line takes minutes here; a
    # search linear in the text takes well under a second.
    hits = find_red_flags(text)
    assert all(0 <= hit.start < hit.end <= len(text) for hit in hits)
    assert risk_level(hits) is not None
    if flag:
        assert flag in {hit.flag for hit in hits}


@pytest.mark.parametrize(
    ("text", "flag"), [(text, flag) for _, text, flag in _LINES], ids=[n for n, _, _ in _LINES]
)
def test_a_long_line_is_searched_in_one_pass_in_a_posting(text, flag):
    hits = analyze_posting("Data entry clerk\n\n" + text).red_flags
    if flag:
        assert flag in {hit.flag for hit in hits}
