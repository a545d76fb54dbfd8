"""Child processes (Pagefind) that must not outlive the command that started them.

On Linux each child asks the kernel to kill it when its parent dies (``PR_SET_PDEATHSIG``), so
even a SIGKILLed build leaves none running. The command also records their process ids in a
file beside the output; the next command kills any recorded one still running (where the
kernel could not), and an interrupted command kills its own before it exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from pathlib import Path

PR_SET_PDEATHSIG = 1  # linux/prctl.h
NAME = "pagefind"  # only processes whose command line names it are ever killed from the record

_running: set[int] = set()
_record: list[Path] = []  # the file listing running children, once :func:`record_in` is called
_guard = threading.Lock()


def die_with_parent() -> None:
    """Run in the child before it executes: the kernel sends it SIGKILL when the parent dies."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _started_at(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot): with the id, names one process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _save() -> None:
    if _record:
        with contextlib.suppress(OSError):
            _record[0].parent.mkdir(parents=True, exist_ok=True)
            _record[0].write_text("".join(f"{pid} {_started_at(pid) or '?'}\n" for pid in sorted(_running)), "ascii")


def started(pid: int) -> None:
    with _guard:
        _running.add(pid)
        _save()


def ended(pid: int) -> None:
    with _guard:
        _running.discard(pid)
        _save()


def _is_ours(pid: int, started: str) -> bool:
    """Whether ``pid`` is still the Pagefind recorded (not another process given its id since)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return NAME.encode() in command and _started_at(pid) == started


def record_in(path: Path) -> list[int]:
    """Record children in ``path`` from now on; first kill those a killed command left running
    (recorded there, still alive and still the same process); return their ids."""
    killed = []
    with contextlib.suppress(OSError):
        for line in path.read_text("ascii").splitlines():
            pid_text, _, started = line.partition(" ")
            if not pid_text.isdigit() or int(pid_text) == os.getpid() or not _is_ours(int(pid_text), started):
                continue
            with contextlib.suppress(OSError):
                os.kill(int(pid_text), signal.SIGKILL)
                killed.append(int(pid_text))
    with _guard:
        _record[:] = [path]
        _save()
    return killed


def stop_all() -> None:
    """Kill every running child at once (an interrupted command, before it exits)."""
    with _guard:
        for pid in list(_running):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        _running.clear()
        _save()
