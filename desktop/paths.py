"""Where Gigdesk keeps its files.

platformdirs is used rather than QStandardPaths so that the command line, which
never loads Qt, finds the same folder as the app; a test checks the two agree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

DATA_DIR_ENV = "GIGDESK_DATA_DIR"
DB_FILE_NAME = "gigdesk.db"


@dataclass(frozen=True)
class AppPaths:
    """Every location Gigdesk reads or writes."""

    data_dir: Path
    config_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "ui-state.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "gigdesk.lock"

    @property
    def log_dir(self) -> Path:
        """The per-user log folder, except beside any other data folder: a portable or
        test folder keeps its logs with it."""
        if self.data_dir == _user_data_dir():
            return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
        return self.data_dir / "logs"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Paths from `--data-dir`, else `GIGDESK_DATA_DIR`, else the per-user folders.

    An explicit data folder holds the UI state and the logs too, so a portable or test
    folder is self-contained.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=base, config_dir=base)
    return AppPaths(
        data_dir=_user_data_dir(),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)),
    )


def _user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
