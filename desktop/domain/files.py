"""Files that appear whole or not at all."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """A fresh temporary path beside `path`, renamed to `path` when the block succeeds.

    A failure or a kill leaves `path` as it was, never a truncated or empty file
    under the final name. The caller creates the temporary file with `open(…, "x")`
    or an SQLite connection, so it gets the user's usual permissions (umask), which
    `tempfile.mkstemp`'s 0600 would not.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
