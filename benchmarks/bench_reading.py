"""Measure reading the collections' postings against a floor, and against another revision.

    python benchmarks/bench_reading.py [--runs 5] [--against REV] [--rounds 2]

Reads every posting of ../shared/corpus/postings.jsonl and postings2.jsonl with
analyze_posting, the median of --runs reads each, and reports the median posting, the
slowest, and each noisy page (a page copied whole, menus and all: its id ends in "-noisy"),
beside the floor of one regex pass over the same texts. With --against (a git revision,
"HEAD~3" or a commit), the same texts are read by that revision's parser too, in turns with
this one's (--rounds each, so a machine busy for a while weighs on both), and every reading
is compared: a change meant to make reading faster must leave them all the same.

Each reader runs in a child process of its own, this script again with --worker, so the two
revisions' modules never meet in one interpreter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
COLLECTIONS = ("postings.jsonl", "postings2.jsonl")
_WORDS = re.compile(r"\w+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="reads of each posting (median)")
    parser.add_argument("--against", metavar="REV", help="a git revision to compare with")
    parser.add_argument("--rounds", type=int, default=2, help="turns each reader takes")
    parser.add_argument("--worker", metavar="SOURCE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _work(Path(args.worker), args.runs)
        return
    missing = [name for name in COLLECTIONS if not (CORPUS / name).is_file()]
    if missing:
        sys.exit(f"bench_reading: {', '.join(missing)} not found in {CORPUS}")
    with tempfile.TemporaryDirectory(prefix="gigdesk-bench-") as scratch:
        readers = {"this tree": ROOT}
        if args.against:
            readers[args.against] = _checkout(args.against, Path(scratch))
        results: dict[str, list[dict[str, dict[str, object]]]] = {name: [] for name in readers}
        for _ in range(args.rounds):
            for name, source in readers.items():
                results[name].append(_run_worker(source, args.runs))
    _report(results)


def _checkout(revision: str, scratch: Path) -> Path:
    """The revision's desktop/ and resources/, unpacked with git archive."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "desktop", "resources"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(scratch, filter="data")
    return scratch


def _run_worker(source: Path, runs: int) -> dict[str, dict[str, object]]:
    command = [sys.executable, __file__, "--worker", str(source), "--runs", str(runs)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _work(source: Path, runs: int) -> None:
    """In the child: read every posting with the parser under `source`; print, by posting,
    the median time, the floor's and a digest of the reading, as JSON. The postings are read
    in turns, each once a turn, so what the reader keeps of the lines it has read (headings
    the next posting may share) is what reading a tracker's postings one after another keeps,
    not the same posting's lines read again."""
    sys.path[:0] = [str(source), str(ROOT)]  # the parser from `source`, the timing from here
    from benchmarks.timing import median_seconds
    from desktop.domain.reading.analysis import analyze_posting
    from desktop.domain.reading.serialize import analysis_to_dict

    texts: dict[str, str] = {}
    for name in COLLECTIONS:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            posting = json.loads(line)
            texts[posting["id"]] = posting["text"]
    out: dict[str, dict[str, object]] = {}
    for posting_id, text in texts.items():
        reading = json.dumps(analysis_to_dict(analyze_posting(text)), default=str)
        out[posting_id] = {
            "floor": median_seconds(lambda t=text: _WORDS.findall(t), runs),
            "chars": len(text),
            "reading": hashlib.sha256(reading.encode()).hexdigest(),
        }
    times: dict[str, list[float]] = {posting_id: [] for posting_id in texts}
    for _ in range(runs):
        for posting_id, text in texts.items():
            times[posting_id].append(median_seconds(lambda t=text: analyze_posting(t), 1))
    for posting_id, seconds in times.items():
        out[posting_id]["seconds"] = statistics.median(seconds)
    json.dump(out, sys.stdout)


def _report(results: dict[str, list[dict[str, dict[str, object]]]]) -> None:
    def per_posting(rounds: list[dict[str, dict[str, object]]], key: str) -> dict[str, float]:
        return {
            posting: statistics.median(float(str(r[posting][key])) for r in rounds)
            for posting in rounds[0]
        }

    print(f"Python {sys.version.split()[0]}; {len(next(iter(results.values()))[0])} postings")
    print("\n| reader | median posting | slowest | noisy pages | floor (median) | ratio |")
    print("|---|---|---|---|---|---|")
    for name, rounds in results.items():
        seconds, floor = per_posting(rounds, "seconds"), per_posting(rounds, "floor")
        noisy = [f"{seconds[p] * 1000:.1f} ms" for p in seconds if p.endswith("-noisy")]
        median = statistics.median(seconds.values())
        floor_median = statistics.median(floor.values())
        print(
            f"| {name} | {median * 1000:.2f} ms | {max(seconds.values()) * 1000:.1f} ms | "
            f"{', '.join(noisy) or '-'} | {floor_median * 1000:.3f} ms | "
            f"{median / floor_median:.0f}x |"
        )
    if len(results) > 1:
        (_, mine), (other, theirs) = results.items()
        changed = [p for p in mine[0] if mine[0][p]["reading"] != theirs[0][p]["reading"]]
        print(f"\nReadings that differ from {other}'s: {len(changed)} of {len(mine[0])}")
        for posting in changed:
            print(f"  {posting}")


if __name__ == "__main__":
    main()
