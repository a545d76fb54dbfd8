"""``build`` and ``serve`` decide alike what an edit re-renders: one change-detection path."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import minisite
import pytest
from conftest import ROOT

from aid_archive import changes, cli, config, render, routes
from aid_archive.preview import Builder

EDITS: dict[str, tuple[str, str, str]] = {  # kind of input: (file, text, replacement)
    "entry": ("content/tibet-talents.md", "Medical talents in Tibet", "Medical talents sent to Tibet"),
    "template": ("templates/entry.html", "</article>", "</article>\n"),
    "vocabulary": ("vocab/regions.yaml", "{en: Tibet,", "{en: Tibet (Xizang),"),
    "static file": ("static/site.css", "\n", "\n/* edited */\n"),
    "config": ("config.yaml", "title: Aid Archive", "title: Aid Archive (edited)"),
}


def project(root: Path) -> Path:
    for name in ("templates", "vocab", "static", "locales"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "config.yaml", root / "config.yaml")
    minisite.write(root)
    return root


def recording(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The output paths rendered from now on, by whichever command renders them."""
    rendered: set[str] = set()
    original = render.iter_site

    def spy(entries, vocab, cfg, *, only: Callable[[str], bool] | None = None):  # type: ignore[no-untyped-def]
        def wanted(path: str) -> bool:
            accepted = (only or changes.everything)(path)
            if accepted:
                rendered.add(path)
            return accepted

        return original(entries, vocab, cfg, only=wanted)

    monkeypatch.setattr(render, "iter_site", spy)
    return rendered


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text("utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize("kind", EDITS)
def test_build_and_serve_rerender_the_same_pages_after_each_kind_of_edit(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, served = project(tmp_path / "built"), project(tmp_path / "served")
    assert cli.main(["--project", str(built), "build"]) == 0
    builder = Builder(lambda: config.load(served))
    assert builder.rebuild().ok
    every_page = {p for p in builder.paths if p.endswith(".html")}

    name, old, new = EDITS[kind]
    edit(built, name, old, new)
    edit(served, name, old, new)
    by_build = recording(monkeypatch)
    assert cli.main(["--project", str(built), "build"]) == 0
    by_serve = recording(monkeypatch)
    assert builder.rebuild().ok

    assert by_build == by_serve
    pages = {p for p in by_build if p.endswith(".html")}
    if kind == "entry":  # its pages, its neighbours' and the listings; not the other entries'
        assert routes.path_for("entry", "en", slug="tibet-talents") in pages
        assert pages < every_page and routes.path_for("entry", "en", slug="beijing-doctors-in-xinjiang") not in pages
    else:  # what every page reads: every page is rendered again
        assert pages == every_page
