"""What a reader gets in Debian's Chromium from search and the who-helped-whom page: the same
entries for a query on every UI language, a search page made for phones, did-you-mean, pages
that work without JavaScript; screenshots of both pages in three languages at two widths
(``SCREENSHOT_DIR=docs/screenshots`` keeps them)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import ROOT

from aid_archive import LANGUAGES, content, vocab

pytestmark = pytest.mark.browser

IDLE = "() => document.querySelector('#search[data-state=ready]:not([aria-busy])')"
POLL = 50
SCREENSHOTS = Path(os.environ["SCREENSHOT_DIR"]) if os.environ.get("SCREENSHOT_DIR") else None

# The real archive's five entries, by the number that starts their file's name:
# 000 Beijing → Xinjiang (fr), 001 Beijing → Tibet (fr), 002 Shanxi → Shanxi (en),
# 003 Shanghai → Yunnan (zh), 004 Anhui → Anhui (zh).
QUERIES: list[tuple[str, set[str]]] = [
    # region shorthand and names in every language find the region's entries
    ("援疆", {"000"}), ("新疆", {"000"}), ("Xinjiang", {"000"}), ("Sinkiang", {"000"}),
    ("援藏", {"001"}), ("西藏", {"001"}), ("Tibet", {"001"}), ("Lhassa", {"001"}), ("Xizang", {"001"}),
    ("援滇", {"003"}), ("云南", {"003"}), ("Yunnan", {"003"}),
    ("Anhui", {"004"}), ("安徽", {"004"}), ("山西", {"002"}), ("Shanxi", {"002"}),
    ("Shanghai", {"003"}), ("上海", {"003"}), ("Pékin", {"000", "001"}), ("北京", {"000", "001"}),
    # Chinese words match whole: 医疗队 is not 医疗 or 队 alone (004 has both, never together)
    ("医疗队", {"000", "001", "002", "003"}), ("医疗队出征", {"003"}), ("核酸检测", {"004"}),
    ("杜集区", {"004"}), ("骨科", {"001", "003"}),
    # French without accents, a tag's name in each language, a phrase across scripts
    ("hopital", {"000", "001"}), ("maitre", {"001"}), ("orthopédie", {"001", "003"}),
    ("formation", {"001", "002", "003", "004"}), ("Shanghai 医疗队", {"003"}),
    ('"援滇驻地医疗队"', {"003"}), ("援疆 医疗", {"000"}), ('"resident medical team"', {"002", "003"}), ('"医疗队', {"000", "001", "002", "003"}),
    ("xylophone", set()), ("恐龙化石", set()),
]


def open_search(page, base: str, lang: str, query: str = "") -> None:
    page.goto(f"{base}{lang}/search/" + (f"?q={quote(query)}" if query else ""))
    page.wait_for_function(IDLE, polling=POLL)


ENTRIES, _ = content.load_entries(ROOT / "content", vocab.load(ROOT / "vocab"))
NUMBER = {e.slug: e.path.name[:3] for e in ENTRIES if e.path}  # slug → "003" (content/003-….md)


def found(page) -> set[str]:
    hrefs = page.eval_on_selector_all(".search-result h2 a", "els => els.map(a => a.pathname)")
    return {NUMBER[re.search(r"/entries/([^/]+)/$", h).group(1)] for h in hrefs}  # type: ignore[union-attr]


def test_the_query_table_has_twenty_queries_in_three_languages() -> None:
    assert len(QUERIES) >= 20
    cjk = [q for q, _ in QUERIES if re.search(r"[\u4e00-\u9fff]", q)]
    french = [q for q, _ in QUERIES if q in ("Pékin", "hopital", "maitre", "orthopédie", "formation", "Lhassa")]
    assert len(cjk) >= 8 and len(french) >= 5 and len(QUERIES) - len(cjk) - len(french) >= 8


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_a_query_finds_the_same_entries_on_every_ui_language(page, base: str, query: str, expected: set[str]) -> None:
    sets = {}
    for lang in LANGUAGES:
        open_search(page, base, lang, query)
        sets[lang] = found(page)
        hrefs = page.eval_on_selector_all(".search-result h2 a", "els => els.map(a => a.pathname)")
        assert all(h.startswith(f"/{lang}/entries/") for h in hrefs)
    assert sets == {lang: expected for lang in LANGUAGES}
    assert page.console_errors == []


def test_a_chinese_query_does_not_match_on_one_of_its_characters(page, base: str) -> None:
    """援疆 is aid to Xinjiang: the Yunnan entry (援滇, many a 援) is not a match."""
    for lang in LANGUAGES:
        open_search(page, base, lang, "援疆")
        assert found(page) == {"000"}
        open_search(page, base, lang, "援")  # one character alone is still a word to search
        assert found(page) >= {"001", "003"}


def test_excerpts_are_in_the_readers_language_or_the_originals(page, base: str) -> None:
    # 新疆 is in the French entry's Chinese title only: the English page shows the English summary
    open_search(page, base, "en", "新疆")
    excerpt = page.inner_text(".search-excerpt")
    assert "Beijing" in excerpt and not re.search(r"[\u4e00-\u9fff]", excerpt)
    open_search(page, base, "zh", "Xinjiang")  # in the French body: the original's words
    assert page.get_attribute(".search-excerpt", "lang") == "fr"
    assert "Xinjiang" in page.inner_text(".search-excerpt mark")
    open_search(page, base, "fr", "核酸检测")  # a Chinese original: joined again, no spaces
    assert "核酸检测" in page.inner_text(".search-excerpt")


@pytest.mark.parametrize(("typo", "better"), [("Xinjang", "Xinjiang"), ("Tibt", "Tibet"), ("Yunan", "Yunnan")])
def test_a_near_miss_gets_a_did_you_mean_from_the_vocabularies(page, base: str, typo: str, better: str) -> None:
    open_search(page, base, "fr", typo)
    assert found(page) == set()
    assert page.is_visible("#search-suggest")
    assert page.inner_text("#search-suggest-link") == better
    page.click("#search-suggest-link")
    page.wait_for_function(f"() => new URLSearchParams(location.search).get('q') === {better!r}", polling=POLL)
    page.wait_for_function(IDLE, polling=POLL)
    assert found(page)
    assert not page.is_visible("#search-suggest")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_the_first_result_is_on_the_first_screen(browser, base: str, lang: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    pg = context.new_page()
    open_search(pg, base, lang, "医疗")
    box = pg.locator(".search-result").first.bounding_box()
    assert box and box["y"] + 60 <= 740, box  # its title and details are in view
    assert pg.evaluate("document.documentElement.scrollWidth") <= 360
    toggle = pg.locator("#search-filters-toggle")
    assert toggle.is_visible() and not pg.is_visible("#search-filters")
    assert re.search(r"\(0\)|（0）", toggle.inner_text())
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and pg.is_visible("#search-filters")
    pg.check("#filter-year-undated")  # Undated is a value of the year filter
    pg.wait_for_function("() => new URLSearchParams(location.search).get('year') === 'undated'", polling=POLL)
    pg.wait_for_function(IDLE, polling=POLL)
    assert re.search(r"\(1\)|（1）", toggle.inner_text())
    assert {"001", "002", "004"} == found(pg)
    context.close()


def test_on_a_wide_screen_the_filters_are_a_side_column_with_counts(browser, base: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    open_search(pg, base, "en", "医疗")
    assert not pg.is_visible("#search-filters-toggle")
    filters = pg.locator("#search-filters").bounding_box()
    first = pg.locator(".search-result").first.bounding_box()
    assert filters and first and filters["x"] > first["x"] + first["width"]  # beside the results
    pg.wait_for_function("() => document.querySelector('label[for=filter-lang-zh] .count').textContent", polling=POLL)
    assert pg.inner_text("label[for=filter-lang-zh] .count") == "(2)"  # without hovering
    assert pg.inner_text("label[for=filter-year-undated]").startswith("Undated")
    context.close()


def test_without_javascript_the_search_page_is_a_form_and_browse_links(browser, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(f"{base}fr/search/?q=Tibet")
    assert pg.is_visible("#search-q") and pg.is_visible("#search-form button")
    assert not pg.is_visible("#search-filters") and not pg.is_visible(".search-tools")
    assert not pg.locator("fieldset").first.is_visible()  # no empty filter boxes
    assert "JavaScript" in pg.inner_text("main")
    links = pg.eval_on_selector_all("main .browse a", "els => els.map(a => a.pathname)")
    assert links == ["/fr/regions/", "/fr/years/", "/fr/flows/"]
    context.close()


def test_the_flows_page_works_without_javascript(browser, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(f"{base}en/flows/")
    assert pg.locator("svg.provinces path").count() == 34
    cell = pg.get_by_role("link", name="Beijing to Tibet: 1 entry")
    cell.click()
    pg.wait_for_url("**/en/origins/beijing/#to-tibet")
    assert pg.locator("#to-tibet .entries li").count() == 1
    context.close()


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots_of_search_and_flows(browser, base: str, lang: str, width: int, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": width, "height": 740})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    folder = SCREENSHOTS or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    open_search(pg, base, lang, {"en": "Tibet", "fr": "hopital", "zh": "医疗队"}[lang])
    shot = pg.screenshot(path=str(folder / f"search-{lang}-{width}.png"))
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    pg.goto(f"{base}{lang}/flows/")
    assert pg.evaluate("document.documentElement.scrollWidth") <= width
    shot = pg.screenshot(path=str(folder / f"flows-{lang}-{width}.png"), full_page=True)
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 10_000
    assert errors == []
    context.close()
