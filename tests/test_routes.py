"""The route table: one place for every address; every file the site has is of one kind."""

from __future__ import annotations

import minisite
import pytest

from aid_archive import LANGUAGES, config, content, render, routes, vocab
from aid_archive.site import assemble


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, dict[str, bytes]]:
    root = minisite.write(tmp_path_factory.mktemp("routes"))
    cfg = config.load(content=str(root / "content"))
    words = vocab.load(cfg.path("vocab"))
    entries, _ = content.load_entries(cfg.path("content"), words)
    return entries, render.render_site(entries, words, cfg)


def test_urls_are_made_under_the_base_url_in_each_language() -> None:
    assert routes.url_for("region", "fr", "/aid-archive/", slug="tibet") == "/aid-archive/fr/regions/tibet/"
    assert routes.path_for("region", "fr", slug="tibet") == "fr/regions/tibet/index.html"
    assert routes.url_for("region_feed", "zh", slug="tibet") == "/zh/regions/tibet/feed.xml"
    assert routes.url_for("undated", "en") == "/en/years/undated/"
    assert routes.url_for("chooser", base_url="/aid-archive/") == "/aid-archive/"
    assert routes.path_for("static", path="fonts/a.woff2") == "static/fonts/a.woff2"
    with pytest.raises(ValueError, match="UI language"):
        routes.url_for("entry", None, slug="x")


def test_every_file_the_site_renders_is_of_a_kind_of_the_table(mini: tuple[list, dict[str, bytes]]) -> None:
    entries, files = mini
    kinds = {path: routes.match(path) for path in files}
    assert [p for p, k in kinds.items() if k is None] == []
    made = {k[0] for k in kinds.values() if k}  # "undated" shares the years' pattern: it matches as "year"
    assert made >= {"home", "entry", "region", "year", "search", "flows", "origin", "feed", "region_feed",
                    "feed_archive", "sitemap", "chooser", "404", "sitemap_index", "robots", "data_json", "data_csv", "static", "favicon"}
    site = assemble(entries)
    for lang in LANGUAGES:  # and each page the table lists is rendered, where the table says
        for page in routes.pages(site, lang):
            assert page.path in files, page


def test_a_path_matches_back_to_its_kind_and_parameters() -> None:
    assert routes.match("fr/entries/tibet-talents/index.html") == ("entry", {"lang": "fr", "slug": "tibet-talents"})
    assert routes.match("en/regions/tibet/feed.xml") == ("region_feed", {"lang": "en", "slug": "tibet"})
    assert routes.match("static/search.js") == ("static", {"path": "search.js"})
    assert routes.match("en/nowhere/x.txt") is None


def test_link_checks_know_every_page_of_the_table(mini: tuple[list, dict[str, bytes]]) -> None:
    entries, files = mini
    known = routes.addresses(assemble(entries))
    pages = {p.removesuffix("index.html") for p in files if not p.startswith("static/")}
    assert pages <= known


def test_sitemap_keys_follow_the_sitemap_pages(mini: tuple[list, dict[str, bytes]]) -> None:
    site = assemble(mini[0])
    assert routes.sitemap_keys(site) == tuple((p.kind, dict(p.params).get("slug")) for p in routes.sitemap_pages(site))
