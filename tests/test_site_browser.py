"""The real site in Debian's Chromium: axe-core on every page kind and language (light and dark),
screenshots at phone and desktop widths, keyboard use, the language chooser, and no other host."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from aid_archive import LANGUAGES

pytestmark = pytest.mark.browser

ROUTES = {  # one page of each kind, from the real archive
    "home": "", "regions": "regions/", "region": "regions/xinjiang/", "years": "years/",
    "year": "years/2023/", "undated": "years/undated/", "entry": "entries/2024-02-29-shanghais-jinshan-district-sends-its-11th-resident-medical/",
    "entry-fallback": "entries/health-workers-in-white-protective-suits-keep-nucleic/", "search": "search/",
    "search-results": "search/?q=medical", "search-suggestion": "search/?q=Xinjang",
    "flows": "flows/", "origin": "origins/beijing/",
}
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "")) if os.environ.get("SCREENSHOT_DIR") else None


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def watched(context, base: str) -> tuple[list[str], list[str]]:
    """Record requests to other hosts and console errors of every page of ``context``."""
    host = urlsplit(base).netloc
    foreign: list[str] = []
    errors: list[str] = []
    context.on("request", lambda r: urlsplit(r.url).netloc not in (host, "") and foreign.append(r.url))
    context.on("console", lambda m: m.type == "error" and errors.append(m.text))
    return foreign, errors


@pytest.fixture(scope="module", params=["light", "dark"])
def scheme_page(request, browser, base: str) -> Iterator:
    context = browser.new_context(color_scheme=request.param)
    pg = context.new_page()
    pg.foreign, pg.errors = watched(context, base)  # type: ignore[attr-defined]
    yield pg
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_on_any_page_kind(scheme_page, axe, base: str, lang: str) -> None:
    failures = []
    for kind, route in ROUTES.items():
        # the search page fills its filters from the index: let it finish
        scheme_page.goto(f"{base}{lang}/{route}", wait_until="networkidle" if kind.startswith("search") else "load")
        results = axe.run(scheme_page)
        if results.violations_count:
            failures.append(f"{kind} ({lang}):\n{results.generate_report()}")
    assert not failures, "\n".join(failures)
    assert scheme_page.foreign == [] and scheme_page.errors == []


def test_axe_finds_no_violation_on_the_chooser_and_404(scheme_page, axe, base: str) -> None:
    for url in (f"{base}index.html", f"{base}404.html"):
        scheme_page.goto(url)
        results = axe.run(scheme_page)
        assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize(("lang", "text"), [("zh", "云南"), ("fr", "Yunnan"), ("en", "Yunnan")])
def test_entry_pages_fit_phones_and_desktops(browser, sub: str, width: int, lang: str, text: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    pg = context.new_page()
    foreign, errors = watched(context, sub)
    pg.goto(f"{sub}{lang}/{ROUTES['entry']}", wait_until="networkidle")
    assert pg.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
    assert text in pg.inner_text("main")
    h1 = pg.locator("h1").bounding_box()
    assert h1 and h1["width"] > 0 and h1["x"] + h1["width"] <= width
    folder = SCREENSHOTS or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    shot = pg.screenshot(path=str(folder / f"entry-{lang}-{width}.png"), full_page=True)
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 10_000
    assert foreign == [] and errors == []
    context.close()


def test_keyboard_reaches_the_content_through_the_skip_link(page, base: str) -> None:
    page.goto(f"{base}fr/regions/xinjiang/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize(("locale", "lang"), [("fr-FR", "fr"), ("zh-CN", "zh"), ("en-GB", "en")])
def test_the_root_sends_readers_to_their_language(browser, sub: str, locale: str, lang: str) -> None:
    context = browser.new_context(locale=locale)
    pg = context.new_page()
    pg.goto(sub)
    pg.wait_for_url(f"{sub}{lang}/")
    assert pg.evaluate("document.documentElement.lang").startswith(lang)
    context.close()


def test_without_javascript_the_root_lists_languages_and_pages_read(browser, sub: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    pg = context.new_page()
    pg.goto(sub)
    assert pg.url == sub
    assert [a.get_attribute("href") for a in pg.locator("ul.chooser a").all()] == [
        f"/aid-archive/{lang}/" for lang in LANGUAGES]
    pg.locator("ul.chooser a[hreflang=zh-Hans]").click()
    pg.locator("a", has_text="地区").first.click()
    assert pg.locator("h1").inner_text() == "地区"
    context.close()


def test_print_shows_the_article_without_navigation(page, base: str) -> None:
    page.goto(f"{base}zh/{ROUTES['entry']}")
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible()
    assert not page.locator("form.search-box").is_visible()
    assert page.locator("h1").is_visible() and page.locator(".body").is_visible()


@pytest.mark.parametrize(("lang", "label"), [("en", "Read the original article (中文)"), ("fr", "Lire l’article original (中文)")])
def test_a_reader_is_one_click_from_the_original_article(page, base: str, lang: str, label: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base}{lang}/{ROUTES['entry']}")  # a Chinese article: its body is on the Chinese page only
    assert page.locator(".body").count() == 0
    link = page.get_by_role("link", name=label)
    assert link.get_attribute("hreflang") == "zh-Hans"
    link.click()
    page.wait_for_url(f"{base}zh/{ROUTES['entry']}#original")
    expect(page.locator("#original-heading")).to_be_in_viewport()
    assert page.locator(".body").is_visible() and "云南" in page.locator(".body").inner_text()
    assert page.console_errors == []
