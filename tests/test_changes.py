"""``build`` and ``serve`` decide alike what an edit re-renders: one change-detection path."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import minisite
import pytest
from conftest import ROOT
from test_history import git

from aid_archive import LANGUAGES, changes, cli, config, content, render, routes, search, vocab
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


def on_disk(site: Path) -> dict[str, bytes]:
    """The built site's files, the search bundle aside (indexing has tests of its own)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and not p.relative_to(site).as_posix().startswith(search.BUNDLE + "/")}


def full_render(root: Path) -> dict[str, bytes]:
    cfg = config.load(root)
    words = vocab.load(cfg.path("vocab"))
    entries, _ = content.load_entries(cfg.path("content"), words)
    return render.render_site(entries, words, cfg)


def every(kind: str, **params: str) -> set[str]:
    return {routes.path_for(kind, lang, **params) for lang in LANGUAGES}


RULES: dict[str, tuple[tuple[str, str, str], set[str], set[str]]] = {  # edit, files it renders, files it does not
    "body": (
        ("content/tibet-talents.md", "Après le sixième", "Bien après le sixième"),
        every("entry", slug="tibet-talents"), set(),  # and nothing else: no listing prints a body
    ),
    "title": (
        ("content/shanxi-tour.md", "Des médecins vers la base", "Des médecins à la base"),
        every("feed_archive", slug="2022") | every("region_feed", slug="shanxi") | every("origin", slug="beijing")
        | every("year", slug="2022") | every("feed") | {routes.path_for("data_json"), routes.path_for("data_csv")},
        every("feed_archive", slug="2023") | every("region_feed", slug="xinjiang") | every("origin", slug="shanghai")
        | every("sitemap") | every("regions") | every("flows"),  # same addresses, same counts
    ),
    "origin": (
        ("content/beijing-doctors-in-xinjiang.md", "origin: beijing", "origin: shanghai"),
        every("origin", slug="beijing") | every("origin", slug="shanghai") | every("flows"),
        every("region_feed", slug="tibet") | every("feed_archive", slug="2022") | every("sitemap"),
    ),
    "slug": (  # a new address: the old one becomes a page that sends readers on
        ("content/shanxi-tour.md", "lang: en", "slug: shanxi-grassroots\nlang: en"),
        every("entry", slug="shanxi-grassroots") | every("redirect", slug="shanxi-tour") | every("sitemap"),
        every("region_feed", slug="tibet") | every("origin", slug="shanghai"),
    ),
    "date": (  # 2021 loses its only entry: its pages go, the chain of feed archives changes
        ("content/xinjiang-older.md", "date: 2021-05-03", "date: 2023-08-01"),
        every("sitemap") | every("feed_archive", slug="2024") | every("feed_archive", slug="2023") | every("years"),
        every("region_feed", slug="tibet") | every("origin", slug="beijing"),
    ),
}


@pytest.mark.parametrize("rule", RULES)
def test_an_incremental_build_renders_what_the_edit_touches_and_equals_a_full_build(
    rule: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path / "site")
    assert cli.main(["--project", str(root), "build"]) == 0
    (name, old, new), renders, keeps = RULES[rule]
    edit(root, name, old, new)
    rendered = recording(monkeypatch)
    assert cli.main(["--project", str(root), "build"]) == 0
    assert renders <= rendered and not keeps & rendered
    if rule == "body":
        assert rendered == renders
    assert on_disk(root / "_site") == full_render(root)


def test_a_commit_that_dates_an_undated_entry_reaches_its_feeds_on_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path / "site")
    assert cli.main(["--project", str(root), "build"]) == 0  # no history yet: the fixed day
    assert b"2000-01-01" in (root / "_site" / routes.path_for("feed_archive", "en", slug="undated")).read_bytes()
    git(root, "init", "-q")
    git(root, "add", "content")
    git(root, "commit", "-qm", "entries", day="2025-03-04")
    edit(root, "content/tibet-talents.md", "Après le sixième", "Bien après le sixième")  # an unrelated edit
    rendered = recording(monkeypatch)
    assert cli.main(["--project", str(root), "build"]) == 0
    assert every("feed_archive", slug="undated") | every("region_feed", slug="xinjiang") <= rendered
    assert not every("region_feed", slug="tibet") & rendered
    assert b"2025-03-04" in (root / "_site" / routes.path_for("feed_archive", "en", slug="undated")).read_bytes()
    assert on_disk(root / "_site") == full_render(root)
