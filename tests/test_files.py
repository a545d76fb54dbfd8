"""Safe discovery and reading of input files, and atomic writes."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from aid_archive import files


def test_only_regular_files_are_read_and_each_other_kind_is_named(tmp_path: Path) -> None:
    (tmp_path / "file.md").write_bytes(b"text")
    (tmp_path / "link.md").symlink_to(tmp_path / "file.md")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "folder.md").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.md"))
    try:
        assert files.read_bytes(tmp_path / "file.md", 10) == b"text"
        said = {}
        for name in ("link.md", "pipe.md", "folder.md", "sock.md", "missing.md"):
            start = time.monotonic()
            with pytest.raises(files.Refused) as refused:
                files.read_bytes(tmp_path / name, 10)
            assert time.monotonic() - start < 1  # a pipe never blocks
            said[name] = str(refused.value)
    finally:
        sock.close()
    assert said == {
        "link.md": f"is a symbolic link (to {tmp_path}/file.md); only regular files are read: replace it with the file itself",
        "pipe.md": "is a named pipe (FIFO); only regular files are read: remove it or replace it with a file",
        "folder.md": "is a folder; only regular files are read: remove it or replace it with a file",
        "sock.md": "is a socket; only regular files are read: remove it or replace it with a file",
        "missing.md": "cannot be read (No such file or directory)",
    }


def test_a_file_over_its_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(10**9)  # sparse: a gigabyte that is never read
    start = time.monotonic()
    with pytest.raises(files.Refused, match=r"^is 1,000,000,000 bytes, over max_seed_bytes in config.yaml \(1,000 bytes\)"):
        files.read_bytes(big, 1000, setting="max_seed_bytes")
    assert time.monotonic() - start < 1


def test_entries_in_lists_md_files_and_names_what_it_ignores(tmp_path: Path) -> None:
    for name in ("a.md", "b.MD", "c.markdown", ".hidden.md", "notes.txt", "x.md.seed-update", ".x.md.abc.tmp"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.md").write_text("x")
    found = files.entries_in(tmp_path, tmp_path)
    assert [p.name for p in found.files] == ["a.md"]
    assert [str(p) for p in found.problems] == [
        ".hidden.md: warning: ignored: a hidden file",
        "b.MD: warning: ignored: only the extension .md (lowercase) is read; rename it to b.md",
        "c.markdown: warning: ignored: only the extension .md (lowercase) is read; rename it to c.md",
        "sub/d.md: warning: ignored: entries are read from ./ only, not its subfolders; move it there",
        "x.md.seed-update: warning: a new import of x.md's seed, which changed after the entry was edited; merge what is new into the entry, then delete this file",
    ]


def test_seeds_in_names_hidden_seeds_and_refuses_links(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".b.txt").write_text("x")
    (tmp_path / ".gitkeep").write_text("")
    (tmp_path / "c.txt").symlink_to("/etc/passwd")
    found = files.seeds_in(tmp_path, tmp_path)
    assert [p.name for p in found.files] == ["a.txt"]
    assert [str(p) for p in found.problems] == [
        ".b.txt: warning: ignored: a hidden file; rename it without the leading '.' to import it",
        "c.txt: is a symbolic link (to /etc/passwd); only regular files are read: replace it with the file itself",
    ]


def test_an_atomic_write_replaces_a_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    (tmp_path / "content").mkdir()
    target = tmp_path / "content" / "x.md"
    target.symlink_to(outside)
    files.write_atomic(target, b"new")
    assert outside.read_text() == "keep"
    assert not target.is_symlink() and target.read_bytes() == b"new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.md"]  # no temporary file left
