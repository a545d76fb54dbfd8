"""Hostile inputs of ``tests/bad_input/`` (one file per case) each get one line: the file, the
line and the exact message; no traceback, no hang over 30 s, nothing from outside the project
in ``_site/``. Cases git cannot hold (a named pipe, a 50 MB seed) and links (a copy of the
repository would follow them) are made by the tests: :data:`MADE_HERE`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from aid_archive import vocab
from aid_archive.ingest import import_seeds

BAD = ROOT / "tests" / "bad_input"
TIMEOUT = 30  # seconds: any input taking longer is a hang
LONG_NAME = "a" * 250 + ".md"

# file of tests/bad_input/content/ → what `check` says of it, after "<folder>/<file>"
ENTRIES: dict[str, list[str]] = {
    LONG_NAME: [":1: slug: file name is 250 characters long; expected at most 81 lowercase letters, digits and '-'"],
    "bidi-override.md": [":2: title: contains the bidirectional control U+202E, which can make text read other than it is; remove it"],
    "broken-internal-link.md": [":9: body: link '/en/entries/no-such-entry/' points to no entry: there is no content/no-such-entry.md; check the file name in content/"],
    "byte-order-mark.md": [],  # harmless: read as if it were not there
    "control-escaped.md": [":2: title: contains the control character U+0007; remove it"],
    "control-raw.md": [":10: body: contains the control character U+0007 (column 8); remove it"],
    "dangling-link.md": [": is a symbolic link (to no-such-file.md); only regular files are read: replace it with the file itself"],
    "duplicate-key.md": [":7: region: is set twice (first on line 6); keep one"],
    "fifo.md": [": is a named pipe (FIFO); only regular files are read: remove it or replace it with a file"],
    "folder.md": [": is a folder; only regular files are read: remove it or replace it with a file"],
    "huge.md": [": is 2,000,001 bytes, over max_entry_bytes in config.yaml (2,000,000 bytes); split it, or raise max_entry_bytes if it is right"],
    "lang-list.md": [":4: lang: got a list; expected one language slug, one of zh, fr, en"],
    "link-inside.md": [": is a symbolic link (to region-list.md); only regular files are read: replace it with the file itself"],
    "link-outside.md": [": is a symbolic link (to /etc/passwd); only regular files are read: replace it with the file itself"],
    "long-extension.markdown": [": warning: ignored: only the extension .md (lowercase) is read; rename it to long-extension.md"],
    "nested-5000.md": [":7: notes: is nested more than 10 levels deep; expected at most 10 (max_nesting in config.yaml)"],
    "nested-800.md": [":7: tags: is nested more than 10 levels deep; expected at most 10 (max_nesting in config.yaml)"],
    "no-closing-fence.md": [":7: front matter: is not closed; expected a '---' line here, after the last field and before the article"],
    "region-list.md": [":6: region: got a list; expected one slug of vocab/regions.yaml"],
    "region-map.md": [":6: region: got a map; expected one slug of vocab/regions.yaml"],
    "sub/in-a-subfolder.md": [": warning: ignored: entries are read from {folder}/ only, not its subfolders; move it there"],
    "upper-case-extension.MD": [": warning: ignored: only the extension .md (lowercase) is read; rename it to upper-case-extension.md"],
    "yaml-alias.md": [":8: notes: uses the YAML alias *a; write the value out instead"],
}
LINKS = {"link-inside.md": "region-list.md", "link-outside.md": "/etc/passwd", "dangling-link.md": "no-such-file.md"}
SEED_LINKS = {"passwd.txt": "/etc/passwd", "dangling.txt": "missing.txt"}
MADE_HERE = {"fifo.md", "huge.md", *LINKS}

# file of tests/bad_input/seeds/ → what import says of it, after "<folder>/<file>"
SEEDS: dict[str, str] = {
    ".hidden.txt": ": warning: ignored: a hidden file; rename it without the leading '.' to import it",
    "dangling.txt": ": is a symbolic link (to missing.txt); only regular files are read: replace it with the file itself",
    "fifo.txt": ": is a named pipe (FIFO); only regular files are read: remove it or replace it with a file",
    "folder.txt": ": is a folder; only regular files are read: remove it or replace it with a file",
    "huge.txt": ": is 52,428,800 bytes, over max_seed_bytes in config.yaml (1,000,000 bytes); split it, or raise max_seed_bytes if it is right",
    "passwd.txt": ": is a symbolic link (to /etc/passwd); only regular files are read: replace it with the file itself",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``build.py`` with ``args``; a run over :data:`TIMEOUT` fails the test as a hang."""
    return subprocess.run(
        [sys.executable, "build.py", *args], cwd=ROOT, capture_output=True, text=True, check=False,
        timeout=TIMEOUT, env={**os.environ, "CI": "true"},
    )


def corpus(tmp_path: Path) -> Path:
    """The entry corpus, links kept as links, with the cases git cannot hold."""
    content = tmp_path / "content"
    shutil.copytree(BAD / "content", content, symlinks=True)
    os.mkfifo(content / "fifo.md")
    (content / "huge.md").write_bytes(b"x" * 2_000_001)
    for name, target in LINKS.items():
        (content / name).symlink_to(target)
    return content


def expected(folder: Path, table: dict[str, list[str]]) -> list[str]:
    return [f"{folder}/{name}{line.format(folder=folder)}" for name, lines in sorted(table.items()) for line in lines]


def test_every_file_of_the_corpus_has_its_expected_message() -> None:
    names = {p.relative_to(BAD / "content").as_posix() for p in (BAD / "content").rglob("*") if p.parent.name != "folder.md"}
    assert names - {"sub"} == set(ENTRIES) - MADE_HERE
    assert {p.name for p in (BAD / "seeds").iterdir()} == set(SEEDS) - {"fifo.txt", "huge.txt", *SEED_LINKS}


def test_check_names_every_bad_entry_with_its_line_and_no_traceback(tmp_path: Path) -> None:
    content = corpus(tmp_path)
    result = run("--content", str(content), "check")
    assert result.returncode == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[:-1] == sorted(expected(content, ENTRIES), key=_order)
    assert lines[-1] == "check: 15 entries, 19 error(s), 3 warning(s)"


def _order(line: str) -> tuple[str, int]:
    path, _, rest = line.partition(".md:") if ".md:" in line else line.partition(": ")
    number = rest.split(":", 1)[0]
    return (path + (".md" if ".md:" in line else ""), int(number) if number.isdigit() else 0)


def test_build_refuses_what_check_refuses_and_keeps_the_last_good_site(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    good = tmp_path / "good"
    shutil.copytree(ROOT / "content", good)
    assert run("--content", str(good), "--output", str(out), "build").returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    content = corpus(tmp_path)
    checked = run("--content", str(content), "check").stdout.splitlines()[:-1]
    result = run("--content", str(content), "--output", str(out), "build")
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert errors[:-1] == [line for line in checked if ": warning: " not in line]
    assert errors[-1] == f"build: failed: 19 error(s); {out}/ keeps the last good site"
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_broken_internal_link_alone_stops_the_build(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copy(BAD / "content" / "broken-internal-link.md", content)
    result = run("--content", str(content), "--output", str(tmp_path / "_site"), "build")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{content}/broken-internal-link.md" + ENTRIES["broken-internal-link.md"][0]
    assert not (tmp_path / "_site").exists()


def seed_corpus(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(BAD / "seeds", seeds, symlinks=True)
    os.mkfifo(seeds / "fifo.txt")
    for name, target in SEED_LINKS.items():
        (seeds / name).symlink_to(target)
    with (seeds / "huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB, without writing them
    shutil.copy(ROOT / "seeds" / "001_eb4ea9a747ed783e.txt", seeds)
    return seeds


def test_import_names_every_bad_seed_and_imports_the_good_one(tmp_path: Path) -> None:
    seeds = seed_corpus(tmp_path)
    result = import_seeds(seeds, tmp_path / "content", vocab.load(), root=tmp_path)
    lines = [str(p) for p in result.problems if p.path.startswith("seeds/")]
    assert sorted(lines) == sorted(f"seeds/{name}{message}" for name, message in SEEDS.items())
    assert [p.name for p in (tmp_path / "content").glob("*.md")] == ["001-eb4ea9a747ed783e.md"]
    assert result.summary_lines()[-1] == "import: 1 written, 0 unchanged, 0 kept as edited, 0 deleted by an editor, 5 failed, 1 ignored"


def test_no_byte_from_outside_the_project_reaches_the_site(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / ".env"
    secret.parent.mkdir()
    token = "TOKEN-4f1d9c0b7e"
    secret.write_text(f"API_TOKEN={token}\n")
    seeds, content, out = tmp_path / "seeds", tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copytree(ROOT / "content", content)
    (seeds / "notes.txt").symlink_to(secret)
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    result = import_seeds(seeds, content, vocab.load(), root=tmp_path)
    assert {str(p) for p in result.problems if p.severity == "error"} == {
        f"seeds/notes.txt: is a symbolic link (to {secret}); only regular files are read: replace it with the file itself",
        "seeds/passwd.txt: is a symbolic link (to /etc/passwd); only regular files are read: replace it with the file itself",
    }
    assert run("--content", str(content), "--output", str(out), "build").returncode == 0
    (content / "notes.md").symlink_to(secret)
    failed = run("--content", str(content), "--output", str(out), "build")
    assert failed.returncode == 1 and "notes.md: is a symbolic link" in failed.stderr
    published = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    assert token.encode() not in published and b"root:x:0:0" not in published
    assert not list(content.glob("passwd*")) and not list(content.glob("notes-*"))


@pytest.mark.parametrize("name", ["nested-5000.md", "nested-800.md", "yaml-alias.md"])
def test_deep_or_aliased_front_matter_is_refused_fast(name: str, tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(BAD / "content" / name, content)
    result = run("--content", str(content), "check")  # TIMEOUT: no hang
    assert result.stdout.splitlines()[0] == f"{content}/{name}{ENTRIES[name][0]}"
    assert "Traceback" not in result.stderr


def test_a_static_file_that_is_a_link_stops_the_build_and_is_not_published(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for name in ("content", "templates", "static", "vocab", "locales"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "config.yaml", project)
    (project / "static" / "notes.txt").symlink_to("/etc/passwd")
    result = run("--project", str(project), "build")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        f"{project}/static/notes.txt: is a symbolic link (to /etc/passwd); only regular files are read: replace it with the file itself",
        "build: failed; the last good site is kept",
    ]
    assert not (project / "_site").exists()
