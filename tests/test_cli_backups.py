"""`gigdesk backup` on the window's clock, and `--list` by the moment each was made."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.hours.working import WorkingHours
from desktop.services import Tracker
from desktop.store import Store
from tests.conftest import DATA


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> str:
    """A tracker of one posting whose user chose New York's zone in the app, on a system
    set to UTC, with the clock stopped at 09:24 UTC on 30 November 2026."""
    folder = tmp_path / "data"
    assert main(["add", str(DATA / "hn_comment.txt"), "--data-dir", str(folder)]) == 0
    tracker = Tracker(Store.open(folder / "gigdesk.db"))
    try:
        tracker.save_my_hours("America/New_York", WorkingHours())
    finally:
        tracker.close()
    monkeypatch.setattr("desktop.domain.clock.system_zone_name", lambda: "UTC")
    stopped = datetime(2026, 11, 30, 9, 24, 30, tzinfo=UTC)
    monkeypatch.setattr("desktop.domain.clock.utc_now", lambda: stopped)
    return str(folder)


def test_a_backup_from_the_command_line_is_named_as_the_window_names_it(capsys, data_dir):
    """On the zone chosen in the app, with its offset: not the system's clock."""
    capsys.readouterr()
    assert main(["backup", "--data-dir", data_dir]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.name == "gigdesk-2026-11-30-042430-0500.db" and made.is_file()


def test_backup_list_puts_the_newest_first_whatever_clock_named_each(capsys, data_dir):
    backups = Path(data_dir) / "backups"
    backups.mkdir()
    for name, written in (
        ("gigdesk-2026-11-30-092000.db", datetime(2026, 11, 30, 9, 20, 2, tzinfo=UTC)),
        ("gigdesk-2026-11-30-042200.db", datetime(2026, 11, 30, 9, 22, 2, tzinfo=UTC)),
    ):  # named by an earlier Gigdesk: on the system's clock, then on New York's
        shutil.copyfile(Path(data_dir) / "gigdesk.db", backups / name)
        os.utime(backups / name, (written.timestamp(), written.timestamp()))
    capsys.readouterr()
    assert main(["backup", "--data-dir", data_dir]) == 0
    capsys.readouterr()
    assert main(["backup", "--list", "--data-dir", data_dir]) == 0
    listed = [Path(line.split("\t")[3]).name for line in capsys.readouterr().out.splitlines()]
    assert listed == [
        "gigdesk-2026-11-30-042430-0500.db",
        "gigdesk-2026-11-30-042200.db",
        "gigdesk-2026-11-30-092000.db",
    ]
