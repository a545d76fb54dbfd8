"""The writer: safe paths, one writer per file, atomic swap, and in-place updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from aid_archive import output
from aid_archive.output import UnsafePath, check_paths, write_site


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_writes_every_file_and_returns_the_count(tmp_path: Path) -> None:
    files = {"index.html": b"home", "en/entries/a/index.html": b"a", "static/site.css": b"css"}
    assert write_site(files, tmp_path / "_site") == 3
    assert tree(tmp_path / "_site") == files


def test_replaces_the_previous_site_whole_and_leaves_no_temporary_folder(tmp_path: Path) -> None:
    write_site({"old.html": b"old", "en/index.html": b"1"}, tmp_path / "_site")
    write_site({"en/index.html": b"2"}, tmp_path / "_site")
    assert tree(tmp_path / "_site") == {"en/index.html": b"2"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


@pytest.mark.parametrize(
    "path",
    ["../evil.html", "/etc/passwd", "en/../../evil", "en/./a.html", "en//a.html", "", "a\\..\\b",
     "C:/x.html", "en/entries/../../../x/index.html", "en/"],
)
def test_refuses_paths_that_are_not_plain_and_inside(path: str, tmp_path: Path) -> None:
    with pytest.raises(UnsafePath):
        write_site({path: b"x"}, tmp_path / "_site")
    assert not (tmp_path / "_site").exists()
    assert not (tmp_path.parent / "evil.html").exists()


def test_refuses_two_paths_for_one_file_on_a_case_insensitive_disk() -> None:
    with pytest.raises(UnsafePath, match="written twice"):
        check_paths(["en/entries/a/index.html", "en/Entries/a/index.html"])


def test_refuses_a_path_that_is_both_a_file_and_a_folder() -> None:
    with pytest.raises(UnsafePath, match="both a file and a folder"):
        check_paths(["en/entries", "en/entries/index.html"])


def test_a_failed_write_keeps_the_last_good_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "_site"
    write_site({"en/index.html": b"good"}, out)

    def broken(files: dict[str, bytes], root: Path) -> None:
        (root / "half.html").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(output, "_write_tree", broken)
    with pytest.raises(OSError, match="disk full"):
        write_site({"en/index.html": b"new"}, out)
    assert tree(out) == {"en/index.html": b"good"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_only_changed_rewrites_changed_files_and_removes_stale_ones(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"a.html": b"a", "b/index.html": b"b", "stale/x.html": b"x"}, out)
    before = (out / "a.html").stat().st_mtime_ns
    assert write_site({"a.html": b"a", "b/index.html": b"B"}, out, only_changed=True) == 1
    assert tree(out) == {"a.html": b"a", "b/index.html": b"B"}
    assert (out / "a.html").stat().st_mtime_ns == before
    assert not (out / "stale").exists()


def test_a_failed_build_leaves_the_last_good_site_and_its_index(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    content = tmp_path / "content"
    shutil.copytree(root / "content", content)
    out = tmp_path / "_site"

    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "build.py", "--content", str(content), "--output", str(out), "build"],
            cwd=root, capture_output=True, text=True, check=False,
        )

    assert build().returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert any(p.parts[0] == "pagefind" for p in before)
    entry = next(content.glob("*.md"))
    entry.write_text(entry.read_text("utf-8").replace("region: ", "region: atlantis #", 1), "utf-8")
    failed = build()
    assert failed.returncode == 1
    assert f"{entry.name}:" in failed.stderr and "region:" in failed.stderr
    assert "keeps the last good site" in failed.stderr
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
