"""The writer: safe paths, one writer per file, atomic swap, and in-place updates."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aid_archive import output
from aid_archive.output import UnsafePath, check_paths, update_site, write_site


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


def test_a_failed_write_keeps_the_last_good_site(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"en/index.html": b"good"}, out)

    def rendered():  # the renderer fails after the first file streamed in
        yield "half.html", b"half"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_site(rendered(), out)
    assert tree(out) == {"en/index.html": b"good"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_files_streamed_in_are_checked_as_they_come(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"a.html": b"a"}, out)
    with pytest.raises(UnsafePath, match="written twice"):
        write_site(iter([("b.html", b"b"), ("B.html", b"B")]), out)
    assert tree(out) == {"a.html": b"a"}


def test_unchanged_files_are_linked_from_the_last_site_not_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"same.html": b"same", "changed.html": b"old"}, out)
    same, changed = (out / "same.html").stat(), (out / "changed.html").stat()
    with output.Staging(out) as staging:
        staging.add("same.html", b"same")
        staging.add("changed.html", b"new")
        staging.commit()
    assert (staging.linked, staging.written) == (1, 1)
    assert tree(out) == {"same.html": b"same", "changed.html": b"new"}
    assert (out / "same.html").stat().st_ino == same.st_ino
    assert (out / "same.html").stat().st_mtime_ns == same.st_mtime_ns
    assert (out / "changed.html").stat().st_ino != changed.st_ino


def test_keep_takes_a_file_over_unread_and_says_when_there_is_none(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"en/entries/a/index.html": b"a"}, out)
    with output.Staging(out) as staging:
        assert staging.keep("en/entries/a/index.html")
        assert not staging.keep("en/entries/b/index.html")
        staging.commit()
    assert tree(out) == {"en/entries/a/index.html": b"a"}


def test_a_reserved_folder_is_for_its_stage_only(tmp_path: Path) -> None:
    with output.Staging(tmp_path / "_site", reserved=["pagefind"]) as staging:
        (staging.folder("pagefind") / "pagefind.js").write_bytes(b"js")
        with pytest.raises(UnsafePath, match="a folder another stage writes"):
            staging.add("pagefind/pagefind.js", b"page")
        with pytest.raises(UnsafePath, match="both a file and a folder"):
            staging.add("pagefind", b"page")
        with pytest.raises(UnsafePath, match="not a reserved folder"):
            staging.folder("en")
        staging.commit()
    assert tree(tmp_path / "_site") == {"pagefind/pagefind.js": b"js"}


def test_files_another_stage_wrote_with_the_same_bytes_become_the_previous_files(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    with output.Staging(out, reserved=["pagefind"]) as staging:
        for name, data in {"same.pf": b"same", "changed.pf": b"old", "gone.pf": b"gone"}.items():
            (staging.folder("pagefind") / name).write_bytes(data)
        staging.commit()
    same = (out / "pagefind/same.pf").stat()
    with output.Staging(out, reserved=["pagefind"]) as staging:
        folder = staging.folder("pagefind")
        (folder / "same.pf").write_bytes(b"same")
        (folder / "changed.pf").write_bytes(b"new")
        (folder / "new.pf").write_bytes(b"new")
        assert staging.settle_folder("pagefind") == 1
        staging.commit()
    assert tree(out) == {"pagefind/same.pf": b"same", "pagefind/changed.pf": b"new", "pagefind/new.pf": b"new"}
    assert (out / "pagefind/same.pf").stat().st_ino == same.st_ino
    assert (out / "pagefind/same.pf").stat().st_mtime_ns == same.st_mtime_ns


def test_an_update_rewrites_changed_files_and_removes_stale_ones(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_site({"a.html": b"a", "b/index.html": b"b", "stale/x.html": b"x"}, out)
    before = (out / "a.html").stat().st_mtime_ns
    assert update_site({"a.html": b"a", "b/index.html": b"B"}, ["stale/x.html"], out) == 2  # one rewritten, one deleted
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


def test_the_new_site_takes_the_old_ones_place_in_one_exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "_site"
    write_site({"en/index.html": b"1"}, out)
    renames: list[tuple[object, ...]] = []
    real = os.replace
    monkeypatch.setattr(output.os, "replace", lambda *a: (renames.append(a), real(*a)))
    write_site({"en/index.html": b"2"}, out)
    assert tree(out) == {"en/index.html": b"2"}
    assert renames == []  # no moment without a site: the names were exchanged, not renamed twice
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_without_an_exchange_the_site_is_renamed_aside_and_put_back_after_a_kill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "_site"
    write_site({"en/index.html": b"1"}, out)
    monkeypatch.setattr(output, "exchange", lambda a, b: False)
    write_site({"en/index.html": b"2"}, out)
    assert tree(out) == {"en/index.html": b"2"}
    # a build killed between its two renames: the last site aside, none in place, a staging folder
    aside = tmp_path / "_site.old-abc"
    aside.mkdir()
    os.replace(out, aside / "site")
    (tmp_path / "_site.new-def").mkdir()
    removed = output.recover(out)
    assert tree(out) == {"en/index.html": b"2"}
    assert sorted(p.name for p in removed) == ["_site.new-def", "_site.old-abc"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_the_lock_refuses_a_second_holder_and_ends_with_the_first(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    busy = rf"^another build or preview \(process {os.getpid()}\) is writing _site/"
    with output.lock(out), pytest.raises(output.Busy, match=busy), output.lock(out):
        pass
    with output.lock(out):
        pass


def test_a_feed_that_is_not_well_formed_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafePath, match=r"^'en/feed.xml': not well-formed XML"):
        write_site({"en/feed.xml": b"<feed><title>\x07</title></feed>"}, tmp_path / "_site")
    assert not (tmp_path / "_site").exists()


# ---- in place: an edit's few files moved into the last site under a journal -------------------

def _in_place(out: Path, files: dict[str, bytes], reserved_files: dict[str, bytes] | None = None, keep_index: bool = True) -> output.Staging:
    staging = output.Staging(out, reserved=["pagefind"], in_place=True)
    for path, data in files.items():
        staging.add(path, data)
    if keep_index:
        staging.keep_folder("pagefind")
    for path, data in (reserved_files or {}).items():
        target = staging.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return staging


def _site(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_in_place_moves_only_changed_files_and_deletes_what_the_build_did_not_name(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    output.write_site({"a.html": b"a", "b/index.html": b"b", "c.html": b"c", "pagefind/x": b"x",
                       "pagefind/delta/old": b"old"}, out)
    unchanged = (out / "a.html").stat().st_ino
    staging = _in_place(out, {"a.html": b"a", "b/index.html": b"B", "d.html": b"d"}, {"pagefind/delta/new": b"new", "pagefind/labels.json": b"{}"})
    staging.commit()
    assert _site(out) == {"a.html": b"a", "b/index.html": b"B", "d.html": b"d", "pagefind/x": b"x",
                          "pagefind/delta/new": b"new", "pagefind/labels.json": b"{}"}
    assert (out / "a.html").stat().st_ino == unchanged  # untouched
    assert list(tmp_path.glob("_site.new-*")) == [] and not (output.state_folder(out) / output.JOURNAL).exists()


def test_an_in_place_commit_killed_halfway_is_finished_by_the_next_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "_site"
    output.write_site({"a.html": b"a", "b.html": b"b", "c.html": b"c"}, out)
    staging = _in_place(out, {"a.html": b"A", "b.html": b"B"}, keep_index=False)
    moved: list[str] = []
    real = os.replace

    def dies_after_one(src, dst):  # type: ignore[no-untyped-def]
        if moved and out in Path(dst).parents:
            raise KeyboardInterrupt  # as a kill would stop it
        if out in Path(dst).parents:
            moved.append(str(dst))
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        staging.commit()
    monkeypatch.setattr(output.os, "replace", real)
    assert _site(out) == {"a.html": b"A", "b.html": b"b", "c.html": b"c"}  # halfway
    output.recover(out)
    assert _site(out) == {"a.html": b"A", "b.html": b"B"}  # c.html was not named: deleted
    assert list(tmp_path.glob("_site.new-*")) == []


def test_a_failed_in_place_build_leaves_the_last_site_untouched(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    output.write_site({"a.html": b"a"}, out)
    with pytest.raises(RuntimeError), output.Staging(out, in_place=True) as staging:
        staging.add("a.html", b"A")
        raise RuntimeError("a template failed")
    assert _site(out) == {"a.html": b"a"} and list(tmp_path.glob("_site.new-*")) == []


def test_in_place_with_the_last_builds_file_list_deletes_what_it_no_longer_names(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    output.write_site({"a.html": b"a", "b/index.html": b"b", "pagefind/x": b"x"}, out)
    staging = output.Staging(out, reserved=["pagefind"], in_place=True, previous_files=["a.html", "b/index.html"])
    staging.add("a.html", b"A")
    staging.keep_folder("pagefind")
    assert staging.named == ["a.html"]
    staging.commit()
    assert _site(out) == {"a.html": b"A", "pagefind/x": b"x"} and not (out / "b").exists()


def test_keep_all_names_what_the_last_site_has_and_returns_what_it_lacks(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    output.write_site({"a.html": b"a", "b.html": b"b"}, out)
    for listed in (["a.html", "b.html"], None):  # from the last build's list, or from the disk
        staging = output.Staging(out, in_place=True, previous_files=listed)
        assert staging.keep_all(["a.html", "c.html"]) == ["c.html"]
        staging.add("c.html", b"c")
        staging.commit()
        assert _site(out) == {"a.html": b"a", "c.html": b"c"}  # b.html was not named
        output.write_site({"a.html": b"a", "b.html": b"b"}, out)
