"""The log: a capped rotating file, native crash dumps beside it, and no posting text."""

from __future__ import annotations

import faulthandler
import logging
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import platformdirs
import pytest

# WORKAROUND: faulthandler cannot say where it writes, so a test that moves it puts it
# back on the descriptor pytest chose, which pytest keeps only under this private key.
from _pytest.faulthandler import fault_handler_stderr_fd_key

from desktop import APP_NAME
from desktop.cli import main
from desktop.logs import FAULT_FILE_NAME, LOG_BACKUPS, MAX_LOG_BYTES, setup_logging
from desktop.paths import resolve_paths
from desktop.store import Store
from tests.conftest import fixture_text

POSTING_SENTENCE = "Our lighthouse keeper Zephyrine Okonkwo-Marsh reviews every pull request."
NOTE = "Quillon from the agency hinted the ceiling is 9137 EUR a month"
MESSAGE = "Hi! Quillon again: please send your passport scan to the hiring desk today."


class LogSetups:
    """Calls `setup_logging` for one test, and `undo` puts back what it changed: the
    root level, the handlers it added (closed), and where faulthandler writes."""

    def __init__(self, config: pytest.Config) -> None:
        self._config = config
        self._root_level = logging.getLogger().level
        self._added: set[logging.Handler] = set()

    def __call__(self, folder: Path, *, debug: bool = False) -> Path | None:
        root = logging.getLogger()
        before = set(root.handlers)
        log_file = setup_logging(folder, debug=debug)
        self._added |= set(root.handlers) - before
        return log_file

    def undo(self) -> None:
        root = logging.getLogger()
        for handler in self._added:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self._root_level)
        if fault_handler_stderr_fd_key in self._config.stash:
            faulthandler.enable(self._config.stash[fault_handler_stderr_fd_key])
        else:
            faulthandler.disable()


@pytest.fixture
def log_setups(request: pytest.FixtureRequest) -> Iterator[LogSetups]:
    setups = LogSetups(request.config)
    yield setups
    setups.undo()


def test_records_at_info_and_above_go_to_the_file(tmp_path, log_setups):
    log_file = log_setups(tmp_path / "logs")
    logging.getLogger("desktop.example").info("window opened")
    logging.getLogger("desktop.example").debug("only with --debug")

    assert log_file == tmp_path / "logs" / "gigdesk.log"
    text = log_file.read_text(encoding="utf-8")
    assert " INFO desktop.example: window opened\n" in text
    assert f"INFO desktop.logs: {APP_NAME} " in text
    assert "only with --debug" not in text


def test_the_log_rotates_and_keeps_a_few_files(tmp_path, log_setups):
    log_file = log_setups(tmp_path)
    line = "x" * 1000
    for _ in range((LOG_BACKUPS + 2) * MAX_LOG_BYTES // len(line)):
        logging.getLogger("desktop.example").info(line)

    logs = sorted(p.name for p in tmp_path.glob("gigdesk.log*"))
    assert logs == ["gigdesk.log", *(f"gigdesk.log.{n}" for n in range(1, LOG_BACKUPS + 1))]
    assert all((tmp_path / name).stat().st_size <= MAX_LOG_BYTES for name in logs)
    assert log_file.stat().st_size > 0


def test_setting_up_twice_does_not_log_twice(tmp_path, log_setups, capsys):
    log_setups(tmp_path, debug=True)
    log_file = log_setups(tmp_path, debug=True)
    logging.getLogger("desktop.example").warning("said once")

    assert log_file is not None
    assert log_file.read_text(encoding="utf-8").count("said once") == 1
    assert capsys.readouterr().err.count("said once") == 1


def test_debug_also_prints_to_the_terminal(tmp_path, log_setups, capsys):
    log_file = log_setups(tmp_path, debug=True)
    logging.getLogger("desktop.example").debug("opening the window")

    assert log_file is not None
    assert "DEBUG desktop.example: opening the window" in capsys.readouterr().err
    assert "opening the window" in log_file.read_text(encoding="utf-8")


def test_without_debug_the_terminal_stays_quiet(tmp_path, log_setups, capsys):
    log_setups(tmp_path)
    logging.getLogger("desktop.example").warning("for the file only")

    assert "for the file only" not in capsys.readouterr().err


def test_a_folder_that_cannot_be_written_falls_back_to_the_terminal(tmp_path, log_setups, capsys):
    (tmp_path / "a file").write_text("not a folder", encoding="utf-8")
    unwritable = tmp_path / "a file" / "logs"

    assert log_setups(unwritable) is None
    logging.getLogger("desktop.example").warning("still heard")

    err = capsys.readouterr().err
    assert err.count("cannot write the log folder") == 1
    assert str(unwritable) in err
    assert "still heard" in err


def test_faulthandler_writes_beside_the_log(tmp_path, log_setups):
    log_setups(tmp_path)

    assert faulthandler.is_enabled()
    assert (tmp_path / FAULT_FILE_NAME).read_text(encoding="utf-8").startswith("--- ")


def test_a_native_crash_is_dumped_to_the_fault_file(tmp_path):
    """A real segfault, in a child process, lands in the file and not just on stderr."""
    no_core = "import resource; resource.setrlimit(resource.RLIMIT_CORE, (0, 0)); "
    code = (
        (no_core if sys.platform != "win32" else "")
        + "import faulthandler, sys; from pathlib import Path; "
        + "from desktop.logs import setup_logging; "
        + "setup_logging(Path(sys.argv[1])); faulthandler._sigsegv()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, check=False, timeout=60
    )

    assert result.returncode != 0
    dump = (tmp_path / FAULT_FILE_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in dump
    assert "<string>" in dump  # the Python stack of the crash


def test_the_log_folder_is_per_user_unless_a_data_folder_is_given(tmp_path):
    assert resolve_paths(tmp_path / "data").log_dir == tmp_path / "data" / "logs"
    assert resolve_paths().log_dir == Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def test_posting_text_notes_and_messages_stay_out_of_the_log(
    tmp_path, log_setups, capsys, monkeypatch
):
    """The privacy rule in desktop/logs.py, over a realistic run of the command line."""
    paths = resolve_paths(tmp_path / "data")
    log_file = log_setups(paths.log_dir)
    # Once the command line sets up logging itself, that is undone after the test too.
    monkeypatch.setattr("desktop.cli.setup_logging", log_setups, raising=False)
    posting = tmp_path / "posting.txt"
    posting.write_text(f"{fixture_text('hn_comment.txt')}\n{POSTING_SENTENCE}\n", "utf-8")
    message = tmp_path / "message.txt"
    message.write_text(MESSAGE, encoding="utf-8")
    data = ["--data-dir", str(paths.data_dir)]

    assert main(["add", str(posting), *data]) == 0
    posting_id = int(capsys.readouterr().out)
    store = Store.open(paths.db_file)
    try:
        details = store.list_rows()[0].details
        store.save_details(posting_id, replace(details, notes=NOTE))
        store.annotations.add_message(posting_id, date(2026, 8, 5), MESSAGE)
    finally:
        store.close()
    assert main(["add", str(posting), *data]) != 0  # a duplicate, refused
    assert main(["list", *data]) == 0
    assert main(["export", "--csv", str(tmp_path / "tracker.csv"), *data]) == 0
    assert main(["analyze", "--json", str(posting), *data]) == 0
    assert main(["analyze", "--json", "--kind", "message", str(message), *data]) == 0
    assert main(["stage", str(posting_id), "applied", *data]) == 0
    assert NOTE in (tmp_path / "tracker.csv").read_text(encoding="utf-8")

    assert log_file is not None and log_file.stat().st_size > 0
    logged = "".join(p.read_text(encoding="utf-8") for p in paths.log_dir.iterdir())
    for secret in ("Zephyrine", "Quillon", "9137 EUR", "passport scan"):
        assert secret not in logged
