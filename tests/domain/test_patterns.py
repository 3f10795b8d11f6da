"""Patterns searched together find exactly what each finds searched alone."""

import re
import sys

import pytest

from desktop.domain.patterns import DeferredPattern, IgnoringCase, PatternSet, _matched_as_lowered
from desktop.domain.red_flags.flags import catalogue

# Openings that are read (a word, a group of words, an optional group, a text's first word,
# alternatives that all open with one) and patterns that cannot be joined, searched alone.
_PATTERNS = [
    r"\bgift ?cards?\b",
    r"\b(?:no|without an?) (?:interview|experience)\b",
    r"\b(?:fully\s+)?remote(?:ly)?\b|\bwfh\b",
    r"\b(?:(?:copy|scan) of|passport) (?:your )?ID\b",
    r"\bre-?ship(?:ping)?\b",
    r"^gift\b|\bno\b",
    r"^-|\bfoo",
    r"\bfoo|bar",
    r"!{2,}",
    r"\b(pay)\b",
    r"\b(?:a)?",
    r"(?-i:\b[A-Z]{3,}\b)",
]
_TEXT = (
    "Gift cards, GIFT CARD and giftcards. No interview, without an experience. Fully remote, "
    "remotely, WFH, wfhx. Copy of your ID, passport ID, scan of id. Reship, re-shipping, "
    "preship. foobar, sidebar!!! Pay, paying, a A, SSN NOW."
)
# Phrasings of our own for the red flags, each pasted in a sentence of ordinary prose.
_MESSAGE = (
    "Hi! Your resume was recommended by several recruitment agencies. Before we start you must "
    "pay a $95 registration fee. We will mail you a check to buy the laptop from our approved "
    "vendor; send the excess by Zelle. Please send your SSN and bank account number. Add me on "
    "Telegram or message me on Signal. Earn $300 per day, guaranteed income, no interview "
    "needed!! URGENT HIRING, reply YES for the job details. Download the app to start onboarding. "
    "Write to Hiring.Desk@Gmail.com, see HTTPS://bit.ly/3xYz or www.jobs-now.xyz/apply."
)


def _spans(matches):
    return [match.span() for match in matches if match]


@pytest.mark.parametrize("flags", [re.IGNORECASE, re.NOFLAG])
def test_each_pattern_finds_what_its_own_search_finds(flags):
    patterns = [re.compile(p, flags) for p in _PATTERNS]
    found = PatternSet(patterns).over(_TEXT)
    for pattern in patterns:
        assert _spans(found.finditer(pattern)) == _spans(pattern.finditer(_TEXT))
        assert _spans([found.search(pattern)]) == _spans([pattern.search(_TEXT)])


def test_the_red_flag_catalogue_is_searched_together_and_finds_the_same():
    book = catalogue()
    patterns = [p for flag in book.flags.values() for p in flag.patterns] + [book.url, book.email]
    text = _MESSAGE.replace("’", "'")
    found = PatternSet(patterns).over(text)
    assert len(found.joined) > len(patterns) * 3 / 4
    for pattern in patterns:
        assert _spans(found.finditer(pattern)) == _spans(pattern.finditer(text))


def test_a_letter_that_lower_case_makes_two_is_searched_as_its_pattern_would():
    """ "İ" matches "i" without case, but lower() makes it "i̇": the joined search tries every
    pattern there rather than failing on the unknown word."""
    patterns = [re.compile(p, re.IGNORECASE) for p in (r"\bi will\b", r"\bid card\b", r"\bno\b")]
    text = "İ will. İD card? İ. no"
    found = PatternSet(patterns).over(text)
    for pattern in patterns:
        assert _spans(found.finditer(pattern)) == _spans(pattern.finditer(text))


def test_letters_a_search_ignoring_case_takes_for_others_are_found_as_it_finds_them():
    """Ignoring case, "ſ" is an "s", "ı" an "i" and the Kelvin sign a "k"; a combining dot
    is a character of its own. The pass over the lowered text finds what each pattern does."""
    patterns = [
        re.compile(p, re.IGNORECASE)
        for p in (
            r"\bsign up\b",
            r"\bkit\b",
            r"\bimport\b",
            r"\büberweisung\b",
            r"\bdot\b",
            r"\bşifrenizi\b",
            r"\bbankacılığı\b",
        )
    ]
    text = "ſIGN up for the \u212aIT. ımport ÜBERWEISUNG, a do\u0307t and a DOT. Sign up!"
    turkish = "ŞIFRENIZI, şifrenizi, şıfrenızı, bankacılığı, BANKACILIĞI"  # no "İ": in place
    for searched in (text, turkish, f"{turkish} ŞİFRENİZİ"):
        found = PatternSet(patterns).over(searched)
        for pattern in patterns:
            assert _spans(found.finditer(pattern)) == _spans(pattern.finditer(searched))
    assert _spans(PatternSet(patterns).over(text).finditer(patterns[0])) == [(0, 7), (59, 66)]


def test_an_escaped_stop_is_part_of_the_opening_word():
    """ "t\\.me" opens with "t.me", not with every word that starts with a "t"."""
    pattern = re.compile(r"\b(?:t\.me|wa\.me)/\w", re.IGNORECASE)
    found = PatternSet([pattern]).over("tame the team at t.me/jobs or wa.me/123")
    assert found.starts[id(pattern)] == [17, 30]  # "tame" and "team" are not tried
    assert _spans(found.finditer(pattern)) == [(17, 23), (30, 37)]


# Patterns that cannot be joined (their alternatives open with a set, a digit, a look-behind),
# each searched only in a text that holds one of the letter runs its alternatives need.
_ALONE = [
    r"[·|•]\s*hybrid\b|\(\s*hybrid\s*\)",
    r"(?<!former )\bfreelanc\w*|\bgig economy\b",
    r"\b\d{1,2} hours? a (?:day|week)\b",
    r"[$€£]\s?\d+\s?/\s?day\b",
    r"\b\d+ ?% of (?:your )?earnings\b",
    r"[$€£]\s?\d+\s+(?:(?!per\b)\w+\s+){0,2}(?:kit|package)\b",
]
_RUN_TEXTS = [
    "Remote • Hybrid (hybrid) · HYBRİD, a former freelancer, freelancing, the Gig Economy.",
    "Work 8 hours a day, 40 HOURS A WEEK at $300/day, 15% of your earnings, 5 % of earnings.",
    "Buy the $90 starter KIT, or £45 per package, or €20 welcome Package today.",
    "Nothing here: no sign, no digits, no alternatives, plain prose for the rest of it.",
    "ſ and ı and İ: • hybrıd, (HYBRİD), FREELANCİNG, 8 HOURſ A DAY.",
]


@pytest.mark.parametrize("text", _RUN_TEXTS)
@pytest.mark.parametrize("flags", [re.IGNORECASE, re.NOFLAG])
def test_a_pattern_searched_alone_finds_what_its_own_search_finds(flags, text):
    patterns = [re.compile(p, flags) for p in _ALONE]
    found = PatternSet(patterns).over(text)
    for pattern in patterns:
        assert id(pattern) not in found.joined
        assert _spans(found.finditer(pattern)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        # Every run of three letters or more an alternative holds, lowered; one set each.
        # A shorter run with a sign in it ("(", "@", "%") is needed too: most texts lack it.
        (r"[·|•]\s*hybrid\b|\(\s*hybrid\s*\)", (("hybrid",), ("hybrid", "(", ")"))),
        (r"(?<!not )\bremote\s*/\s*hybrid\b", (("remote", "hybrid", "/"),)),
        (r"\b\d{1,2} hours? a (?:day|week)\b", ((" hour", " a "),)),
        (r"\b\d+ ?% of (?:your )?Earnings\b", (("% of ", "earnings"),)),
        (r"\d+ab+c", (("ab",),)),  # no run of three: the longest
        (r"\d+Foo{1,3}bars?", (("foo", "bar"),)),  # "o{1,3}" holds one "o" at least
        (r"\d\.\(ok\)", ((".(ok)",),)),
        (r"[$€£]\d+ (?:starter )?(?:kit|package)\b", (("kit",), ("package",))),  # a group's words
        (r"\b[\w.]+@(?:okpay|ybl)\b", (("okpay", "@"), ("ybl", "@"))),  # and the sign before it
        (r"\b\d+ ?% (?:cut|share)\b", (("cut", "% "), ("share", "% "))),
        (r"\d+(?:ab|cd)", None),  # a group of short runs tells nothing
        (r"!{2,}", (("!",),)),  # "{2,}": at least once
        (r"tăng tương tác|\bđặt đơn\b", (("tăng tương tác",), ("t đơn",))),  # Latin letters
        (r"!*", None),  # no run: searched in every text
        (r"\d|\bfoo", None),  # one alternative has none
        (r"\d\x41bc", None),  # an escape of several characters
        (r"(?x)\d a b", None),  # spaces that are not literal
    ],
)
def test_the_letter_runs_a_pattern_needs_are_read_from_it(pattern, runs):
    compiled = re.compile(pattern, re.IGNORECASE)
    found = PatternSet([compiled]).over("")
    assert found.needed.get(id(compiled)) == runs


def test_a_pattern_that_cannot_match_is_told_apart_before_its_search():
    book = catalogue()
    patterns = [p for flag in book.flags.values() for p in flag.patterns]
    text = (
        "Send your bank details and a $50 registration fee by Friday. We interview on "
        "Telegram only. Senior Python developer, remote, $120k."
    )
    found = book.patterns.over(text)
    for pattern in patterns:
        if not found.may_match(pattern):
            assert pattern.search(text) is None, pattern.pattern
    assert any(found.may_match(p) and p.search(text) for p in patterns)
    assert not all(found.may_match(p) for p in patterns)


_EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def test_the_letters_searched_minding_case_are_matched_ignoring_case_only_as_lowered():
    """The premise of searching the lowered text: every letter taken from a pattern as it is
    matches, ignoring case, exactly the characters that lower (ı and ſ folded) to it. Checked
    over every character there is; those that lower to two ("İ") make a text searched as it
    is."""
    taken = [chr(code) for code in range(0x250) if _matched_as_lowered(chr(code))]
    assert "é" in taken and "ü" in taken and "ß" in taken and "ı" not in taken
    lowered_as: dict[str, set[str]] = {}
    for char in _EVERY_CHARACTER:
        lowered = char.lower()
        if len(lowered) == 1:
            lowered_as.setdefault(lowered.replace("ı", "i").replace("ſ", "s"), set()).add(char)
    for letter in taken:
        matched = set(re.findall(re.escape(letter), _EVERY_CHARACTER, re.IGNORECASE))
        matched = {char for char in matched if len(char.lower()) == 1}
        assert matched == lowered_as[letter], letter


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        (r"\b(?:is|are) a (?:big )?plus\b|\bpréféré|\bwünschenswert", ["PRÉFÉRÉ", "Is A Plus"]),
        (r"\bsign up\b", ["ſIGN UP", "SIGN UP", "signup"]),
        (r"\bkit\b", ["\u212aIT", "KİT and kit"]),  # Kelvin sign; "İ" lowers to two
        (r"(?-i:A)b", ["aB", "AB"]),  # case turned back on inside
        (r"\x41B", ["ab", "xAB"]),  # a letter by its number
        (r"[A-Z]{2}", ["ab", "12"]),
        (r"σ", ["ΣΑΣ", "ς"]),  # Greek: "ς" is "σ" ignoring case, not when lowered
        (r"\bıd\b", ["ID", "id", "ıd"]),
    ],
)
def test_a_pattern_ignoring_case_finds_what_its_search_ignoring_case_finds(source, texts):
    pattern = IgnoringCase(source)
    for text in texts:
        expected = re.search(source, text, re.IGNORECASE)
        assert pattern.start_in(text) == (expected.start() if expected else None), text
        assert pattern.found_in(text) is (expected is not None)


@pytest.mark.parametrize("flags", [re.IGNORECASE, re.NOFLAG])
def test_patterns_compiled_on_their_first_search_are_found_as_compiled_ones(flags):
    deferred = [DeferredPattern(p, flags) for p in _PATTERNS]
    found = PatternSet(deferred).over(_TEXT)
    for pattern, source in zip(deferred, _PATTERNS, strict=True):
        expected = re.compile(source, flags)
        assert pattern.groups == expected.groups
        assert _spans(found.finditer(pattern)) == _spans(expected.finditer(_TEXT))


@pytest.mark.parametrize(
    ("source", "groups"),
    [
        (r"\(not a group\) (?:none) (?=ahead)(?<!behind)", 0),
        (r"[(](x)[)] (?P<name>y) (?P=name)", 2),
        (r"(a(b)c)|(?i:d)(e)", 3),
    ],
)
def test_a_deferred_patterns_groups_are_counted_as_the_compiler_counts_them(source, groups):
    assert DeferredPattern(source).groups == re.compile(source).groups == groups
