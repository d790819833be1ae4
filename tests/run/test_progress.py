"""The progress bar: drawn on a terminal, never in CI, in a pipe or with --quiet."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from charts.run.progress import Progress, wanted
from charts.spec.files import find_specs
from tests.conftest import SPECS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def no_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "80")


def test_a_bar_only_on_a_terminal_outside_ci(no_ci, monkeypatch):
    assert wanted(Terminal(), quiet=False)
    assert not wanted(io.StringIO(), quiet=False)
    assert not wanted(Terminal(), quiet=True)
    for value in ("true", "1", "yes"):
        monkeypatch.setenv("CI", value)
        assert not wanted(Terminal(), quiet=False)
    monkeypatch.setenv("CI", "false")
    assert wanted(Terminal(), quiet=False)
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(Terminal(), quiet=False)


def test_the_bar_counts_rate_and_time_left(no_ci):
    now = [0.0]
    bar = Progress(40, Terminal(), clock=lambda: now[0])
    assert bar.line() == "[--------------------]   0/40"
    bar.done, now[0] = 10, 5.0
    assert bar.line("受访者年龄构成") == "[#####---------------]  10/40  2.0 charts/s  0:15 left  受访者年龄构成"


def test_a_long_name_is_cut_to_the_terminal_counting_wide_characters(no_ci):
    now = [0.0]
    bar = Progress(9, Terminal(), clock=lambda: now[0])
    bar.done, now[0] = 1, 1.0
    line = bar.line("新就业形态劳动者" * 10)
    width = sum(2 if "\u4e00" <= c <= "\u9fff" else 1 for c in line)
    assert line.endswith("…") and 74 <= width <= 79


def test_lines_printed_while_it_runs_go_above_the_bar(no_ci):
    screen = Terminal()
    bar = Progress(2, screen)
    bar.step("a")
    bar.above("warning [rule] a.yaml: …")
    bar.step("b")
    bar.close()
    text = screen.getvalue()
    assert text.index("1/2") < text.index("\r\x1b[Kwarning [rule] a.yaml: …\n") < text.index("2/2")
    assert text.endswith("\r\x1b[K")  # the bar leaves no trace when done


def run_in_terminal(args, env_extra):
    """charts in a real pseudo-terminal; returns everything it drew."""
    import pty

    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "COLUMNS": "100"} | env_extra
    process = subprocess.Popen([sys.executable, "-m", "charts", *args], stdout=child, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait(timeout=300) == 0, seen.decode(errors="replace")
    os.close(main)
    return seen.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_real_render_on_a_terminal_draws_the_bar_and_ends_with_the_summary(tmp_path):
    count = len(find_specs([str(SPECS)]))
    seen = run_in_terminal(["render", str(SPECS), "-o", str(tmp_path), "--format", "png", "-j", "2"], {})
    assert f"{count}/{count}" in seen and "charts/s" in seen and "\r\x1b[K" in seen
    assert "rendered neighbours-age (" not in seen  # the bar names each chart instead of a line each
    assert seen.rstrip().splitlines()[-2].endswith(f"{count} chart(s) rendered, 0 failed")
    quiet_ci = run_in_terminal(["render", str(SPECS), "-o", str(tmp_path), "--format", "png", "--force"],
                               {"CI": "true"})
    assert "charts/s" not in quiet_ci and "rendered neighbours-age (" in quiet_ci
