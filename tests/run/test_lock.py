"""One run at a time per output folder: a second run waits, an error frees the folder, an
unwritable folder is said plainly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from filelock import FileLock, Timeout

from charts import messages as msg
from charts.errors import OutputError
from charts.run.lock import LOCK, output_lock
from tests.conftest import ROOT, wait_for

# A second run in its own process: it says when it holds the folder, and lets go at once.
SECOND_RUN = """
import sys
from pathlib import Path
from charts.run.lock import output_lock
out = Path(sys.argv[1])
with output_lock(out):
    (out / "second-held").write_text("yes")
"""



def _held(out) -> bool:
    """Whether some holder has the folder: a fresh lock on the same file cannot be taken."""
    probe = FileLock(out / LOCK)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    probe.release()
    return False


def test_a_second_run_waits_for_the_first(tmp_path):
    out = tmp_path / "output"
    waiting = msg.WAITING_FOR_LOCK.format(path=out)
    stderr = tmp_path / "stderr.txt"
    with output_lock(out):
        assert (out / LOCK).is_file()
        with stderr.open("w") as sink:
            second = subprocess.Popen([sys.executable, "-c", SECOND_RUN, str(out)], cwd=ROOT,
                                      stderr=sink, stdout=subprocess.DEVNULL)
        try:
            assert wait_for(lambda: waiting in stderr.read_text(encoding="utf-8")), stderr.read_text()
            assert second.poll() is None and not (out / "second-held").exists()
        except BaseException:
            second.kill()
            raise
    assert second.wait(timeout=60) == 0, stderr.read_text()
    assert (out / "second-held").read_text() == "yes"
    assert not _held(out)


def test_the_folder_is_freed_when_a_run_fails(tmp_path):
    out = tmp_path / "output"
    with pytest.raises(RuntimeError), output_lock(out):
        assert _held(out)
        raise RuntimeError("a run that breaks")
    assert not _held(out)
    with output_lock(out):  # and the next run goes ahead without waiting
        pass


def test_an_output_that_cannot_be_a_folder_is_said_plainly(tmp_path):
    (tmp_path / "report.txt").write_text("a file, not a folder")
    out = tmp_path / "report.txt" / "output"
    with pytest.raises(OutputError) as raised, output_lock(out):
        pytest.fail("the run must not start")
    assert str(raised.value.problems[0].message).startswith(f"cannot write {out}: ")


@pytest.mark.skipif(sys.platform == "win32" or getattr(os, "geteuid", lambda: 1)() == 0,
                    reason="folder permissions do not stop Windows or root from writing")
def test_a_read_only_folder_is_said_plainly(tmp_path):
    out = tmp_path / "output"
    out.mkdir()
    out.chmod(0o555)
    try:
        with pytest.raises(OutputError) as raised, output_lock(out):
            pytest.fail("the run must not start")
    finally:
        out.chmod(0o755)
    assert raised.value.problems[0].message == msg.OUTPUT_NOT_WRITABLE.format(path=out, reason="Permission denied")
