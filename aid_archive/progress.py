"""Progress of long work: a one-line bar on a terminal, nothing in CI, logs or pipes."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

WIDTH = 30
EVERY = 0.1  # seconds between redraws


def wanted(stream: TextIO) -> bool:
    """A bar only on an interactive terminal, and never under CI (``CI=true``)."""
    ci = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
    return not ci and hasattr(stream, "isatty") and stream.isatty()


def line(label: str, done: int, total: int) -> str:
    """``render  [#########-----------]  312/1000``: the text of one redraw."""
    filled = WIDTH * done // total if total else WIDTH
    return f"{label:<8} [{'#' * filled}{'-' * (WIDTH - filled)}] {done:>6}/{total}"


class Progress:
    """Count steps of one task and redraw the bar at most every ``EVERY`` seconds."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label, self.total, self.done = label, total, 0
        self.stream = stream or sys.stderr
        self.shown = wanted(self.stream) and total > 0
        self._last = 0.0

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.shown and (now - self._last >= EVERY or self.done >= self.total):
            self._last = now
            self.stream.write("\r" + line(self.label, min(self.done, self.total), self.total))
            self.stream.flush()

    def close(self) -> None:
        """Clear the bar so that the next line of output starts clean."""
        if self.shown:
            self.stream.write("\r" + " " * (len(line(self.label, 0, self.total)) + 1) + "\r")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
