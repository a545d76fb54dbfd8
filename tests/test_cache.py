"""A build whose inputs have not changed is skipped; any changed input rebuilds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_an_unchanged_build_is_skipped_and_a_changed_entry_rebuilds(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "content", content)

    def build(*flags: str) -> str:
        done = subprocess.run(
            [sys.executable, "build.py", "--content", str(content), "--output", str(out), *flags, "build"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )
        return done.stdout

    assert "5 entries" in build()
    page = out / "en/index.html"
    stamp = page.stat().st_mtime_ns
    assert "is up to date" in build()
    assert page.stat().st_mtime_ns == stamp
    assert "5 entries" in build("--force")
    entry = next(content.glob("*.md"))
    entry.write_text(entry.read_text("utf-8").replace("  en: ", "  en: Edited ", 1), "utf-8")
    assert "5 entries" in build()
    assert "Edited " in (out / "en/index.html").read_text("utf-8")


def _build(content: Path, out: Path, *flags: str) -> str:
    done = subprocess.run(
        [sys.executable, "build.py", "--content", str(content), "--output", str(out), *flags, "build"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return done.stdout


def _slug(entry: Path) -> str:
    """The entry's address: its ``slug:`` field, else its file's name."""
    return next((line.split(":", 1)[1].strip() for line in entry.read_text("utf-8").splitlines() if line.startswith("slug:")), entry.stem)


def _inodes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*") if p.is_file()}


def test_an_edit_rewrites_only_the_files_it_changes_and_reindexes(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "content", content)
    _build(content, out)
    before = _inodes(out)
    entry = sorted(content.glob("*.md"))[0]
    entry.write_text(entry.read_text("utf-8") + "\nUne phrase ajoutée par la rédaction.\n", "utf-8")
    said = _build(content, out)
    after = _inodes(out)
    rewritten = {p for p in after if before.get(p) != after[p]}
    lang = next(line.split(":")[1].strip() for line in entry.read_text("utf-8").splitlines() if line.startswith("lang:"))
    original = f"{lang}/entries/{_slug(entry)}/index.html"  # the only page showing the body
    assert original in rewritten
    assert "Une phrase ajoutée" in (out / original).read_text("utf-8")
    assert not any(p.startswith(("en/regions/", "static/")) for p in rewritten), rewritten
    assert "search: index unchanged" not in said  # the body changed: so did its record
    # the base index stays as it was, file for file; the edited entry is indexed apart
    assert "1 new or changed entries indexed apart from the 5 of the base index" in said
    base = {p for p in before if p.startswith("pagefind/") and p != "pagefind/labels.json"}
    assert "pagefind/pagefind.js" in base and all(after[p] == before[p] for p in base)
    assert any(p.startswith("pagefind/delta/fragment/") for p in rewritten)
    assert "pagefind/labels.json" in rewritten


def test_a_template_change_rerenders_pages_but_keeps_the_index(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "node_modules", "_site*", "bench", ".git", "*.pyc"))
    out = project / "_site"
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "build.py", "build"], cwd=project, capture_output=True, text=True, check=True
    ).stdout
    run()
    index = {p: i for p, i in _inodes(out).items() if p.startswith("pagefind/")}
    base = project / "templates" / "base.html"
    base.write_text(base.read_text("utf-8").replace("</body>", "<!-- edited -->\n</body>"), "utf-8")
    assert "search: index unchanged" in run()
    assert {p: i for p, i in _inodes(out).items() if p.startswith("pagefind/")} == index
    assert "<!-- edited -->" in (out / "en/index.html").read_text("utf-8")


def test_a_damaged_build_state_means_a_full_build(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "content", content)
    _build(content, out)
    state = tmp_path / "_site.build-cache" / "state.json"
    assert state.is_file()
    state.write_bytes(b"{not json")
    entry = sorted(content.glob("*.md"))[0]
    entry.touch()
    said = _build(content, out)
    assert "search: 5 records" in said
    other = sorted(content.glob("*.md"))[1]
    lost = out / f"en/entries/{_slug(other)}/index.html"
    kept = lost.read_bytes()
    lost.unlink()  # a page lost from the output is rendered again, though its entry did not change
    entry.touch()
    _build(content, out)
    assert lost.read_bytes() == kept


def test_no_build_state_is_published_in_the_site(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "content", content)
    _build(content, out)
    assert [p.name for p in out.rglob(".*")] == []  # no .build-inputs: GitHub Pages uploads it all
    assert sorted(p.name for p in (tmp_path / "_site.build-cache").iterdir()) == ["children", "inputs", "lock", "parsed.sqlite", "search-base.json", "state.json"]
    assert "up to date" in _build(content, out)
    shutil.rmtree(out)
    assert "up to date" not in _build(content, out)  # the state describes a folder that is gone


def test_a_site_written_by_another_writer_is_not_taken_for_the_built_one(tmp_path: Path) -> None:
    from aid_archive import output

    content, out = tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "content", content)
    _build(content, out)
    output.write_site({"en/index.html": b"written by the preview"}, out)
    assert "up to date" not in _build(content, out)
    assert b"written by the preview" not in (out / "en" / "index.html").read_bytes()
