"""A one-line progress bar for a batch render, drawn on a terminal only.

    [##########----------]  48/120  3.9 charts/s  0:18 left  neighbours-age

Lines printed while it runs (a problem, a warning) go above it. Not drawn when the stream
is not a terminal, under a CI service (CI set), on a dumb terminal, or with --quiet/--json.
"""

from __future__ import annotations

import os
import shutil
import time
import unicodedata

WIDTH = 20


def wanted(stream, quiet: bool) -> bool:
    """Whether a bar belongs on this stream."""
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    isatty = getattr(stream, "isatty", None)
    return not quiet and not ci and os.environ.get("TERM") != "dumb" and bool(isatty and isatty())


class Progress:
    def __init__(self, total: int, stream, clock=time.monotonic):
        self.total, self.stream, self.clock = total, stream, clock
        self.done, self.started, self.shown = 0, clock(), False

    def step(self, label: str = "") -> None:
        self.done += 1
        self._draw(label)

    def above(self, text: str) -> None:
        """Print a whole line above the bar, then draw the bar again under it."""
        self._clear()
        self.stream.write(text + "\n")
        self._draw("")

    def close(self) -> None:
        self._clear()

    def line(self, label: str = "") -> str:
        filled = WIDTH * self.done // max(self.total, 1)
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"[{'#' * filled}{'-' * (WIDTH - filled)}]", f"{self.done:>{len(str(self.total))}}/{self.total}"]
        if self.done:
            left = int((self.total - self.done) / rate) if rate else 0
            parts += [f"{rate:.1f} charts/s", f"{left // 60}:{left % 60:02d} left"]
        text = "  ".join(parts)
        room = shutil.get_terminal_size().columns - 1 - _columns(text) - 2
        return text + ("  " + _fit(label, room) if label and room > 3 else "")

    def _draw(self, label: str) -> None:
        self.stream.write("\r\x1b[K" + self.line(label))
        self.stream.flush()
        self.shown = True

    def _clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, room: int) -> str:
    """`text` cut to `room` terminal columns (a Chinese character takes two)."""
    if _columns(text) <= room:
        return text
    while text and _columns(text) > room - 1:
        text = text[:-1]
    return text + "…"
