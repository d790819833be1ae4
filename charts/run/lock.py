"""One run at a time per output folder. Imports nothing heavy."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from charts import messages as msg
from charts.errors import OutputError, Problem

LOCK = ".charts.lock"


@contextmanager
def output_lock(out_dir: Path):
    """Hold the output folder for one run; a second run waits for the first to finish
    (two runs writing one manifest at once would each keep only its own charts)."""
    try:
        import fcntl
    except ImportError:  # Windows: runs are not serialised; each file is still atomic
        yield
        return
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = open(out_dir / LOCK, "a+")
    except OSError as exc:
        raise OutputError(Problem(str(out_dir), msg.OUTPUT_NOT_WRITABLE.format(
            path=out_dir, reason=exc.strerror or exc)))
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(msg.WAITING_FOR_LOCK.format(path=out_dir), file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
