"""One run at a time per output folder. Imports nothing heavy."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

from charts import messages as msg
from charts.errors import OutputError, Problem

LOCK = ".charts.lock"
_log = logging.getLogger(__name__)  # says the wait when no one is told: on stderr


@contextmanager
def output_lock(out_dir: Path, waiting=None):
    """Hold the output folder for one run; a second run waits for the first to finish
    (two runs writing one manifest at once would each keep only its own charts).
    `waiting(text)` is told when it has to wait."""
    from filelock import FileLock, Timeout

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # Opened here first so an unwritable folder is said plainly, not as a lock failure.
        with open(out_dir / LOCK, "a"):
            pass
    except OSError as exc:
        raise OutputError(Problem(str(out_dir), msg.OUTPUT_NOT_WRITABLE.format(
            path=out_dir, reason=exc.strerror or exc)))
    # The operating system's own lock (flock, or LockFileEx on Windows): it ends with the
    # process holding it, so a killed run never leaves the folder locked.
    lock = FileLock(out_dir / LOCK)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        (waiting or _log.warning)(msg.WAITING_FOR_LOCK.format(path=out_dir))
        lock.acquire()
    try:
        yield
    finally:
        lock.release()
