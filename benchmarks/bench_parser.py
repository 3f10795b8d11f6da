"""Measure the posting parser against a one-pass floor, in one run.

    python benchmarks/bench_parser.py [POSTING_FILE]

Reports the time to read a typical posting and a 1 MB paste (the posting
repeated, and 1 MB of random text), each against tokenising the same text with
one regular expression, the least any reading of the text must cost. Then reads
adversarial lines, each built to make a backtracking pattern retry it, at two
lengths: a reading linear in the text takes about twice as long at twice the
length, a quadratic one four times. The red-flag lines are searched both as a
recruiter's message and inside a posting.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.timing import median_seconds  # noqa: E402
from desktop.domain.reading.analysis import analyze_posting  # noqa: E402
from desktop.domain.red_flags.flags import find_red_flags  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "platform_contract.txt"
_WORDS = re.compile(r"\w+")
_CLIENT_BOX = "Fence repair quote\nPosted 3 hours ago\nActivity on this job\nAbout the client\n"
_LINKEDIN_TAIL = "\nAbout the job\nSeniority level\nEmployment type\nSign in\n"
# Each builds a text around one line of n characters.
_ADVERSARIAL = (
    (
        "LinkedIn title line with no site name at its end",
        lambda n: ("hiring in " * n)[:n] + _LINKEDIN_TAIL,
    ),
    ("Upwork client box: digits, no 'open jobs'", lambda n: _CLIENT_BOX + "7" * n),
    ("Upwork client box: spaces, no local time", lambda n: _CLIENT_BOX + "x" + " " * n + "x"),
    ("capitalised words, no statement", lambda n: "Clerk\n\n" + ("Aa " * n)[:n]),
    ("a run of full stops", lambda n: "Clerk\n\n" + "." * n),
    ("a bold heading of spaces before an aside", lambda n: "Clerk\n\n**Who" + " " * n + "(x)**"),
    ("chat-board tags that never close", lambda n: "[HIRING]\n" + ("[a" * n)[:n]),
    ("spaces inside a Markdown heading", lambda n: "# Clerk x" + " " * n + "x"),
)
# Red-flag lines: a number or an address read again from each of its places, a sentence
# read to its end from each hit in it.
_RED_FLAG_ADVERSARIAL = (
    ("pay, then digits and commas", lambda n: "We pay " + ("7," * n)[:n]),
    ("digits and full stops", lambda n: ("7." * n)[:n]),
    ("digits and hyphens", lambda n: ("7-" * n)[:n]),
    ("words and hyphens, no @", lambda n: ("a-" * n)[:n]),
    ("words and full stops, no @", lambda n: ("a." * n)[:n]),
    ("articles", lambda n: ("The " * n)[:n]),
    ("a chat app, again and again", lambda n: ("message me on telegram " * n)[:n]),
)
_ADVERSARIAL_CHARS = 30_000


def main() -> None:
    posting = Path(sys.argv[1] if len(sys.argv) > 1 else SAMPLE).read_text(encoding="utf-8")
    big = (posting + "\n") * (1_000_000 // (len(posting) + 1) + 1)
    rng = random.Random(7)
    junk = "".join(rng.choice(" \n\t-*#:|abcXYZ$€0123456789.,()") for _ in range(1_000_000))
    cases = (
        ("typical posting", posting, 50),
        ("1 MB: posting repeated", big, 3),
        ("1 MB: random characters", junk, 3),
    )
    print(f"Python {sys.version.split()[0]}; sample {len(posting):,} characters\n")
    print("| input | parser | floor (one regex pass) | ratio |")
    print("|---|---|---|---|")
    for name, text, runs in cases:
        parse = median_seconds(lambda t=text: analyze_posting(t), runs)
        floor = median_seconds(lambda t=text: _WORDS.findall(t), runs)
        print(
            f"| {name} ({len(text):,} chars) | {parse * 1000:.1f} ms | "
            f"{floor * 1000:.2f} ms | {parse / floor:.0f}x |"
        )
    print(
        f"\n| adversarial line | {_ADVERSARIAL_CHARS:,} chars | {2 * _ADVERSARIAL_CHARS:,} chars "
        "| growth (2x linear, 4x quadratic) |"
    )
    print("|---|---|---|---|")
    for name, build in _ADVERSARIAL:
        _growth_row(name, build, analyze_posting)
    for name, build in _RED_FLAG_ADVERSARIAL:
        _growth_row(f"red flags: {name}, as a message", build, find_red_flags)
        _growth_row(f"red flags: {name}, in a posting", build, analyze_posting)


def _growth_row(name: str, build: Callable[[int], str], read: Callable[[str], object]) -> None:
    """One table row: `read` over the line built at two lengths."""
    texts = (build(_ADVERSARIAL_CHARS), build(2 * _ADVERSARIAL_CHARS))
    short, long = (median_seconds(lambda t=text: read(t), 3) for text in texts)
    print(f"| {name} | {short * 1000:.0f} ms | {long * 1000:.0f} ms | {long / short:.1f}x |")


if __name__ == "__main__":
    main()
