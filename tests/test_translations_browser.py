"""In Chromium: an entry whose title exists in one language only reads in all three, with a
devised heading in the page's language, the original headline beneath it in its own, and the
same words on the home, region and year listings; an old address leads to the new one."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

from aid_archive import LANGUAGES

pytestmark = pytest.mark.browser

ENTRIES = {  # one title language each; the slug differs from the file's name (the old address)
    "010-zh.md": ("zh", "上海医疗队赴喀什开展义诊", "2021-05", "xinjiang", "shanghai", "xinhua", "free-clinic"),
    "011-fr.md": ("fr", "Des médecins de Pékin forment leurs confrères à Lhassa", "2023", "tibet", "beijing", None, "training"),
    "012-en.md": ("en", "Yunnan village doctors learn telemedicine", None, "yunnan", None, "china-daily", "telemedicine"),
}
DEVISED = {
    "010-zh.md": {"en": "[Free clinics by doctors from Shanghai in Xinjiang — Xinhua News Agency, May 2021]",
                  "fr": "[Consultations gratuites de médecins de Shanghai au Xinjiang — Agence de presse Xinhua, mai 2021]"},
    "011-fr.md": {"en": "[Training by medical staff from Beijing in Tibet, 2023]",
                  "zh": "〔北京医务人员在西藏培训带教 · 2023年〕"},
    "012-en.md": {"fr": "[Télémédecine au Yunnan — China Daily]", "zh": "〔云南远程医疗 · 中国日报〕"},
}
HTML_LANG = {"en": "en", "fr": "fr", "zh": "zh-Hans"}


def entry_text(lang: str, title: str, date: str | None, region: str, origin: str | None, source: str | None, tag: str, slug: str) -> str:
    return (f"---\ntitle: {{{lang}: '{title}'}}\nsummary: {{{lang}: '{title}.'}}\nlang: {lang}\n"
            f"date: {date or 'null'}\nregion: {region}\norigin: {origin or 'null'}\nsource: {source or 'null'}\n"
            f"tags: [{tag}]\nslug: {slug}\n---\n\n{title}.\n")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path, str], str]) -> tuple[str, dict[str, str]]:
    root = tmp_path_factory.mktemp("devised")
    content = root / "content"
    content.mkdir()
    slugs = {}
    for name, (lang, title, date, region, origin, source, tag) in ENTRIES.items():
        slugs[name] = f"new-{Path(name).stem}"
        (content / name).write_text(entry_text(lang, title, date, region, origin, source, tag, slugs[name]), "utf-8")
    result = subprocess.run([sys.executable, "build.py", "--content", str(content), "--output", str(root / "_site"), "--base-url", "/aid-archive/", "build"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return serve(root / "_site", "/aid-archive/"), slugs


@pytest.mark.parametrize("ui", LANGUAGES)
def test_every_entry_reads_in_every_language(page, archive: tuple[str, dict[str, str]], ui: str) -> None:
    base, slugs = archive
    for name, (lang, title, date, region, *_rest) in ENTRIES.items():
        page.goto(f"{base}{ui}/entries/{slugs[name]}/")
        heading = page.locator("main h1").inner_text()
        if ui == lang:
            assert heading == title and page.locator(".original-title").count() == 0
            continue
        expected = DEVISED[name][ui]
        assert heading == expected
        original = page.locator(".original-title [lang]")
        assert original.inner_text() == title and original.get_attribute("lang") == HTML_LANG[lang]
        assert page.locator("main h1 + .original-title").is_visible()  # beneath the heading
        assert page.locator(".note.devised").is_visible()
        assert page.title().startswith(expected)
        listings = [f"{base}{ui}/", f"{base}{ui}/regions/{region}/", f"{base}{ui}/years/{date[:4] if date else 'undated'}/"]
        for url in listings:
            page.goto(url)
            link = page.locator(f"a[href$='/entries/{slugs[name]}/']")
            assert link.inner_text() == expected, url
    assert page.console_errors == []


def test_an_old_address_leads_to_the_new_one_without_javascript(browser, archive: tuple[str, dict[str, str]]) -> None:
    base, slugs = archive
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(f"{base}fr/entries/010-zh/")
    pg.wait_for_url(f"{base}fr/entries/{slugs['010-zh.md']}/")
    assert pg.locator("main h1").inner_text() == DEVISED["010-zh.md"]["fr"]
    context.close()


def test_devised_pages_and_redirects_pass_axe(page, archive: tuple[str, dict[str, str]]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    base, slugs = archive
    axe = Axe()
    for url in (f"{base}en/entries/{slugs['010-zh.md']}/", f"{base}zh/entries/{slugs['011-fr.md']}/",
                f"{base}fr/entries/{slugs['012-en.md']}/", f"{base}fr/"):
        page.goto(url)
        results = axe.run(page)
        assert results.violations_count == 0, results.generate_report()
