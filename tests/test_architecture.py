"""ARCHITECTURE.md stays true: every file it names exists, every function it names is there."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "ARCHITECTURE.md"
PATH = re.compile(r"`((?:desktop|tests|resources|tools)/[\w/.-]+)`")
# "`Name.method` (`desktop/x.py`)" or "`function` (`desktop/x.py`)", as the paste path has them.
NAMED_IN = re.compile(r"`(\w+)(?:\.(\w+))?`[^`]{0,40}?\(?`(desktop/[\w/]+\.py)`")


def _text() -> str:
    return ARCHITECTURE.read_text(encoding="utf-8")


def test_every_path_named_exists():
    paths = PATH.findall(_text())
    assert len(paths) > 30
    missing = [path for path in paths if not (ROOT / path).exists()]
    assert not missing, f"ARCHITECTURE.md names what is not there: {missing}"


def test_every_function_named_beside_its_file_is_defined_there():
    found = NAMED_IN.findall(_text())
    assert len(found) > 10
    for name, member, path in found:
        source = (ROOT / path).read_text(encoding="utf-8")
        for defined in filter(None, (name, member)):
            assert re.search(rf"\b(?:def|class) {defined}\b|^{defined} = ", source, re.M), (
                f"ARCHITECTURE.md says {defined} is in {path}"
            )
