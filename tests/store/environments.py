"""Real read-only and full disks for tests: a small tmpfs when the tests may mount one.

As root (CI's containers), permissions do not stop writes, so a read-only or full
disk needs a mount; as another user, a folder without write permission does for the
read-only case. Where neither is possible the test is skipped, never faked.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Fill = Callable[[Path], object]


def _mount(folder: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextlib.contextmanager
def read_only_folder(tmp_path: Path, fill: Fill) -> Iterator[Path]:
    """A folder holding what `fill` wrote there, which can then no longer be written."""
    folder = tmp_path / "read-only"
    if _mount(folder, "8m"):
        try:
            fill(folder)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            _unmount(folder)
    elif os.geteuid() != 0:
        folder.mkdir()
        fill(folder)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
    else:
        pytest.skip("needs a read-only mount, which this machine does not allow")


@contextlib.contextmanager
def full_folder(tmp_path: Path, fill: Fill) -> Iterator[Path]:
    """A folder holding what `fill` wrote there, on a disk with no space left."""
    folder = tmp_path / "full"
    if not _mount(folder, "2m"):
        pytest.skip("needs a small disk of its own, which this machine does not allow")
    try:
        fill(folder)
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
            while True:
                filler.write(bytes(4096))
                filler.flush()
        yield folder
    finally:
        _unmount(folder)
