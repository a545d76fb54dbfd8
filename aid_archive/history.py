"""When each entry was added to the archive: the date of the commit that added its file.

Feeds date an undated report by it, so every entry is in them with a date that does not change
from one build to the next (never the time of the build). Outside a git checkout, or for a file
not committed yet, there is no such date and the caller chooses a fixed one.
"""

from __future__ import annotations

import subprocess
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def _added(folder: Path, head: str) -> dict[str, str]:
    try:
        log = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=@%cs", "--name-only", "--relative", "--", "."],
            cwd=folder, capture_output=True, text=True, check=True, timeout=30,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, str] = {}
    day = ""
    for line in log.splitlines():
        if line.startswith("@"):
            day = line[1:]
        elif line.endswith(".md"):
            dates[Path(line).stem] = day  # newest first: the oldest addition wins
    return dates


def added_dates(content: Path) -> dict[str, str]:
    """Entry file name (without ``.md``) → ISO day it was first committed (``{}`` without git history, and in a
    shallow clone, whose oldest commit would seem to add every file)."""
    try:
        head, shallow = subprocess.run(
            ["git", "rev-parse", "HEAD", "--is-shallow-repository"], cwd=content, capture_output=True,
            text=True, check=True, timeout=30,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError, ValueError):
        return {}
    return {} if shallow == "true" else _added(content.resolve(), head)
