"""tools/evaluate.py run as `.ci/run` runs it, on small fixtures written for these tests.

Each fixture file holds one deliberate miss (its "notes" or id says which), so every
evaluation is seen counting a hit, counting a miss and printing that miss.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def evaluate(*args: str) -> list[str]:
    """The printed lines; UTF-8 forced because red-flag reasons quote with curly quotes, and
    this checkout's code scored rather than whichever copy the environment installed."""
    result = subprocess.run(
        [sys.executable, "-X", "utf8", "tools/evaluate.py", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        encoding="utf-8",
        check=True,
    )
    return result.stdout.splitlines()


def test_postings_prints_the_misses_the_totals_and_a_table_per_layout():
    lines = evaluate(
        "postings",
        str(FIXTURES / "postings.jsonl"),
        str(FIXTURES / "postings_freelance.jsonl"),
    )
    assert lines[
        : lines.index(
            "| layout | title | company | must keys | nice out | count | engagement | pay |"
        )
    ] == [
        "orchard-analyst: must-have 'Rust' not among the must-haves",
        "board-kiln-illustrator: pay 40-40 USD/hour, expected 40-50 USD/hour",
        "orchard-analyst: 'Rust' not mapped to ['Rust']",
        "",
        "title: 3/3 (100%)",
        "company: 3/3 (100%)",
        "must-have keys found among must-haves: 5/6 (83%)",
        "nice-to-have keys kept out of must-haves: 3/3 (100%)",
        "must-have count within range: 3/3 (100%)",
        "engagement: 1/1 (100%)",
        "pay: 0/1 (0%)",
        "must-have keys mapped to taxonomy skills in their item: 5/6 (83%)",
        "",
    ]
    rows = {line.split(" | ")[0].strip("| "): line for line in lines if line.startswith("| ")}
    assert rows["orchard"] == (
        "| orchard | 1/1 (100%) | 1/1 (100%) | 2/3 (67%) | 1/1 (100%) | 1/1 (100%) | 0/0 | 0/0 |"
    )
    assert rows["board"].endswith("| 1/1 (100%) | 0/1 (0%) |")
    assert list(rows)[-3:] == ["all postings", "all postings_freelance", "all"]
    assert rows["all"].startswith("| all | 3/3 (100%) | 3/3 (100%) | 5/6 (83%) |")


def test_scams_prints_the_miss_and_the_false_alarm_then_the_totals_per_file():
    scams, postings = FIXTURES / "scams.jsonl", FIXTURES / "postings.jsonl"
    alarm, miss, *totals = evaluate("scams", str(scams), str(postings))
    assert alarm.startswith("false alarm scam-labelled-legit (high): ")
    assert miss == "miss thank-you-labelled-scam (none, family none): no red flag"
    assert totals == [
        "legit messages at medium or high risk (all files): 1/1 (100%)",
        "legit messages at medium or high risk (scams.jsonl): 1/1 (100%)",
        "legit postings at medium or high risk (all files): 0/3 (0%)",
        "legit postings at medium or high risk (postings.jsonl): 0/2 (0%)",
        "legit postings at medium or high risk (scams.jsonl): 0/1 (0%)",
        "scam messages at high risk (all files): 1/2 (50%)",
        "scam messages at high risk (scams.jsonl): 1/2 (50%)",
        "scam messages at high risk, family none: 0/1 (0%)",
        "scam messages at high risk, family task-job: 1/1 (100%)",
    ]


def test_hours_reads_phrases_and_postings_and_prints_the_wrong_overlap():
    phrases, postings = FIXTURES / "tz_phrases.jsonl", FIXTURES / "postings.jsonl"
    assert evaluate("hours", str(phrases), str(postings)) == [
        "'Please keep at least 4 hours of overlap with CET.': "
        "found [('overlap', '4', 'Europe/Berlin')], expected [('overlap', '3', 'Europe/Berlin')]",
        "",
        "texts read exactly right (converted hours as expected): 4/5 (80%)",
        "near-misses left unconverted: 3/3 (100%)",
    ]


def test_a_company_read_with_or_without_its_legal_form_is_the_same_company():
    """Writers of the collections differ on "Frachtwerk GmbH" or "Frachtwerk"; both name it,
    but a name with a word more or less does not."""
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "tools" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    evaluate_module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate"] = evaluate_module  # its dataclasses look their module up
    spec.loader.exec_module(evaluate_module)
    same_company = evaluate_module.same_company
    assert same_company("Frachtwerk Logistik GmbH", "Frachtwerk Logistik")
    assert same_company("Lanternfish", "Lanternfish Pte. Ltd.")
    assert same_company("Dakshin Express Pvt. Ltd", "Dakshin Express")
    assert not same_company("Frachtwerk", "Frachtwerk Logistik")
    assert not same_company("", "Acme")
