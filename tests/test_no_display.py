"""Started where there is no display, the window says why and Gigdesk ends with a status of
its own: Qt's abort left exit status 134 and a crash in faults.log (a new user's trial)."""

import os
import subprocess
import sys

import pytest

from desktop.app import EXIT_NO_DISPLAY
from desktop.paths import resolve_paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb, X11's plugin, is Linux's")
def test_without_a_display_the_window_says_why_and_ends_without_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    started = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode == EXIT_NO_DISPLAY, started.stderr
    assert "the window needs a graphical display" in started.stderr
    assert "gigdesk --help" in started.stderr
    faults = resolve_paths(str(tmp_path)).log_dir / "faults.log"
    assert "Fatal Python error" not in faults.read_text(encoding="utf-8")
