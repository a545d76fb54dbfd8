"""When entries were added: the day of the commit that added each file, from git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from aid_archive.history import added_dates


def git(folder: Path, *args: str, day: str = "") -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "e", "GIT_AUTHOR_EMAIL": "e@example.org",
           "GIT_COMMITTER_NAME": "e", "GIT_COMMITTER_EMAIL": "e@example.org"}
    if day:
        env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"] = f"{day}T12:00:00+00:00"
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def test_each_entry_is_dated_by_the_commit_that_added_it(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    git(tmp_path, "init", "-q")
    (content / "first.md").write_text("a")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "one", day="2024-03-01")
    (content / "first.md").write_text("edited")  # an edit does not move the day it was added
    (content / "second.md").write_text("b")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "two", day="2025-01-31")
    (content / "draft.md").write_text("not committed yet")
    assert added_dates(content) == {"first": "2024-03-01", "second": "2025-01-31"}


def test_without_history_there_are_no_dates(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("a")
    assert added_dates(tmp_path) == {}


def test_a_shallow_clone_has_no_dates(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    (origin / "content").mkdir(parents=True)
    git(origin, "init", "-q")
    for day in ("2024-03-01", "2025-01-31"):
        (origin / "content" / f"{day}.md").write_text(day)
        git(origin, "add", ".")
        git(origin, "commit", "-qm", day, day=day)
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "clone")
    assert added_dates(origin / "content") == {"2024-03-01": "2024-03-01", "2025-01-31": "2025-01-31"}
    assert added_dates(tmp_path / "clone" / "content") == {}
