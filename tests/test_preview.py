"""Incremental rebuilds write exactly the site a full build would, and only what changed."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import minisite
from conftest import ROOT

from aid_archive import config, render, vocab
from aid_archive.content import load_entries
from aid_archive.preview import Builder


def full_render(root: Path) -> dict[str, bytes]:
    cfg = config.load(content=str(root / "content"))
    words = vocab.load(cfg.path("vocab"))
    entries, _ = load_entries(cfg.path("content"), words)
    return render.render_site(entries, words, cfg)


def on_disk(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_each_edit_rebuilds_to_the_full_site(tmp_path: Path) -> None:
    minisite.write(tmp_path)
    content, out = tmp_path / "content", tmp_path / "_site"
    builder = Builder(lambda: config.load(content=str(content), output=str(out)))
    assert builder.rebuild().full
    steps = [
        ("tibet-talents.md", "Medical talents in Tibet", "Medical talents sent to Tibet"),  # title: listings
        ("xinjiang-older.md", "date: 2021-05-03", "date: 2023-08-01"),  # order: neighbours, years
        ("shanxi-tour.md", "region: shanxi", "region: tibet"),  # region: old one's page goes
        ("tibet-talents.md", "Après le sixième", "Bien après le sixième"),  # body only
    ]
    for name, old, new in steps:
        edit(content / name, old, new)
        outcome = builder.rebuild(defer=True)
        assert outcome.ok and not outcome.full and outcome.changed == (str(content / name),)
        builder.finish()
        assert on_disk(out) == full_render(tmp_path), name
    assert "en/regions/shanxi/index.html" not in on_disk(out)


def test_a_body_edit_writes_only_the_page_showing_that_body(tmp_path: Path) -> None:
    minisite.write(tmp_path)
    builder = Builder(lambda: config.load(content=str(tmp_path / "content"), output=str(tmp_path / "_site")))
    builder.rebuild()
    edit(tmp_path / "content" / "tibet-talents.md", "Après le sixième", "Bien après le sixième")
    outcome = builder.rebuild()
    assert outcome.written == ("fr/entries/tibet-talents/index.html",)  # a French article: its body is on /fr/ only


def test_an_error_writes_nothing_and_the_fix_catches_up(tmp_path: Path) -> None:
    minisite.write(tmp_path)
    out = tmp_path / "_site"
    builder = Builder(lambda: config.load(content=str(tmp_path / "content"), output=str(out)))
    builder.rebuild()
    before = on_disk(out)
    entry = tmp_path / "content" / "tibet-talents.md"
    edit(entry, "Medical talents in Tibet", "Medical talents to Tibet")
    edit(entry, "region: tibet", "region: tibett")
    failed = builder.rebuild()
    assert not failed.ok and [str(p) for p in failed.errors] == [
        f"{entry}:6: region: 'tibett' is not a known region; expected 'tibet' (see vocab/)"
    ]
    assert on_disk(out) == before
    edit(entry, "region: tibett", "region: tibet")
    assert builder.rebuild().ok
    assert on_disk(out) == full_render(tmp_path)


def test_removed_entries_lose_their_pages(tmp_path: Path) -> None:
    minisite.write(tmp_path)
    out = tmp_path / "_site"
    builder = Builder(lambda: config.load(content=str(tmp_path / "content"), output=str(out)))
    builder.rebuild()
    shutil.move(tmp_path / "content" / "shanxi-tour.md", tmp_path / "shanxi-tour.md")
    builder.rebuild()
    assert on_disk(out) == full_render(tmp_path)


def test_a_template_error_names_the_template_line_and_keeps_the_site(tmp_path: Path) -> None:
    minisite.write(tmp_path)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    out = tmp_path / "_site"
    load = lambda: dataclasses.replace(config.load(content=str(tmp_path / "content"), output=str(out)), templates=str(templates))  # noqa: E731
    builder = Builder(load)
    builder.rebuild()
    before = on_disk(out)
    text = (templates / "regions.html").read_text("utf-8")
    (templates / "regions.html").write_text(text.replace("{% endfor %}", "{{ 1 // 0 }}{% endfor %}", 1), "utf-8")
    failed = builder.rebuild()
    line = next(i for i, t in enumerate((templates / "regions.html").read_text().splitlines(), 1) if "1 // 0" in t)
    assert [str(p) for p in failed.errors] == [f"{templates}/regions.html:{line}: template error: ZeroDivisionError: integer division or modulo by zero"]
    assert on_disk(out) == before
