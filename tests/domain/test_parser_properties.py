"""Whatever is pasted, the parser answers, and every span it gives lies inside the text."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.reading.analysis import analyze_posting

# Characters that drive the parser's rules: markers, headings, labels, money, breaks.
_SHAPES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "- ",
        "* ",
        "1. ",
        "# ",
        "## ",
        "**",
        ":",
        "|",
        " — ",
        "$",
        "€",
        "£",
        "5+",
        " years",
        " a plus",
        "Requirements",
        "Nice to have",
        "must have",
        "===",
        "---",
        "(",
        ")",
        "Benefits",
        "equal opportunity",
        "See more jobs",
        "hours per week",
        "k",
        ",",
        ";",
        "\r\n",
    ]
)
_TEXT = st.lists(st.one_of(_SHAPES, st.text(max_size=12)), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_parser_never_raises_and_spans_stay_inside_the_text(text):
    result = analyze_posting(text)
    for section in result.sections:
        assert 0 <= section.start <= section.end <= len(text)
    for item in (*result.must_haves, *result.nice_to_haves):
        assert 0 <= item.start <= item.end <= len(text)
        # an item reads as its span: its lines joined, a PDF's hyphen at a line's end
        # dropped, a paste in capitals in its usual case
        assert _as_read(text[item.start : item.end]) == _as_read(item.text)


def _as_read(span: str) -> str:
    # a hyphen a PDF broke a word at follows a letter: "---" over a line is no broken word
    return re.sub(r"(?<=[^\W\d_])-\n|\s+", "", span).casefold()


_RUN = 100_000


@pytest.mark.parametrize(
    "text",
    [
        "Data entry clerk\n\n" + "7" * _RUN,
        "Data entry clerk\n\n" + "A" * _RUN,
        "Data entry clerk\n\n" + "Aa " * (_RUN // 3),
        "Data entry clerk\n\n" + "7k" * (_RUN // 2),
        "Data entry clerk\n\n" + "." * _RUN,
        "Data entry clerk\n\n" + "!" * _RUN,
        "Data entry clerk\n\n" + "(" * _RUN,
        "Data entry clerk\n\n" + "The " * (_RUN // 4),
        "Data entry clerk x" + " " * _RUN + "x\n",
        "# Data entry clerk x" + " " * _RUN + "x\n",
        "**Data entry clerk x" + " " * _RUN + "x**\n",
        "Data entry clerk\n\nRequirements:\n- Typing x" + "\t" * _RUN + "x and more\n",
    ],
    ids=[
        "digits",
        "capitals",
        "short-words",
        "amounts",
        "full-stops",
        "exclamations",
        "open-parentheses",
        "articles",
        "spaces-in-title",
        "spaces-in-markdown-heading",
        "spaces-in-bold-line",
        "tabs-in-list-item",
    ],
)
def test_a_long_run_of_one_shape_is_read_in_one_pass(text):
    # 100,000 characters: a pattern retried at every character of the run, or backtracking
    # over it, would take hours here; a reading linear in the text takes about a second.
    result = analyze_posting(text)
    assert result.title.startswith("Data entry clerk")


def test_a_paste_of_megabytes_is_read_only_as_far_as_a_posting_goes():
    """A whole log pasted by mistake: its first part is read, not its thousands of lines."""
    head = "Warehouse Picker\n\nRequirements\n- Forklift licence\n"
    filler = "- Must count pallets and log them in the scanner\n" * 40_000  # about 2 MB
    tail = "- Must speak Icelandic\n"
    reading = analyze_posting(head + filler + tail)
    assert reading.title == "Warehouse Picker"
    assert reading.must_haves[0].text == "Forklift licence"
    assert all("Icelandic" not in item.text for item in reading.must_haves)
    assert len(reading.must_haves) < 5_000
