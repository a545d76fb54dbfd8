"""Search in Debian's Chromium: the issue's queries typed into the real search page of the built
site, from every UI language, at the root and under a subpath; filters, sorting, URL state and
keyboard use. Expected articles come from the real entries of content/."""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ROOT

from aid_archive import content, vocab
from aid_archive import search as index
from aid_archive.models import Entry

pytestmark = pytest.mark.browser

ENTRIES, _ = content.load_entries(ROOT / "content", vocab.load(ROOT / "vocab"))
BY_SLUG = {e.slug: e for e in ENTRIES}
SLUG_IN_URL = re.compile(r"/entries/([^/]+)/$")
IDLE = "() => document.querySelector('#search[data-state=ready]:not([aria-busy])')"
POLL = 50  # ms; polling on animation frames stalls in pages the browser deems hidden


def fold(text: str) -> str:
    """Lowercase without accents: how a reader types ``hopital`` for ``hôpital``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def texts(entry: Entry) -> str:
    """Everything the archive says about an entry in words: body, titles, summaries."""
    values = [entry.body, *entry.title.as_dict().values(), *entry.summary.as_dict().values()]
    return "\n".join(v for v in values if v)


def slugs(where) -> set[str]:
    return {e.slug for e in ENTRIES if where(e)}


def wait_idle(page, **params: str) -> None:
    """Wait until the URL holds ``params`` and the results for it are on screen."""
    page.wait_for_function(
        """([expected]) => {
            const now = new URLSearchParams(location.search);
            const same = (k, v) => now.getAll(k).sort().join(",") === v.split(",").sort().join(",");
            const ok = Object.entries(expected).every(([k, v]) => same(k, v));
            return ok && document.querySelector('#search[data-state=ready]:not([aria-busy])');
        }""",
        arg=[params], polling=POLL,
    )


def open_search(page, base: str, lang: str, query: str = "") -> None:
    page.goto(f"{base}{lang}/search/" + (f"?q={query}" if query else ""))
    page.wait_for_function(IDLE, polling=POLL)


def type_query(page, query: str) -> None:
    """Type into the search page's box and press Enter, as a reader does."""
    page.fill("#search-q", "")
    page.type("#search-q", query)
    page.press("#search-q", "Enter")
    wait_idle(page, q=query)


def results(page) -> list[str]:
    """Slugs of the results shown, in order."""
    hrefs = page.eval_on_selector_all(".search-result h2 a", "els => els.map(a => a.pathname)")
    return [SLUG_IN_URL.search(h).group(1) for h in hrefs]


def search(page, base: str, lang: str, query: str) -> list[str]:
    open_search(page, base, lang)
    type_query(page, query)
    return results(page)


def test_the_real_archive_is_there() -> None:
    assert {e.lang for e in ENTRIES} == {"zh", "fr", "en"}, "content/ should hold the five real entries"


# ---- the queries, from the French and English UIs -----------------------------------

TERMS = ["医疗队", "援滇", "核酸检测"]
PHRASES = ["医疗队出征", "援滇驻地医疗队"]  # several words typed without spaces


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("query", TERMS + PHRASES)
def test_a_chinese_query_finds_the_chinese_articles(page, base: str, lang: str, query: str) -> None:
    expected = slugs(lambda e: e.lang == "zh" and query in e.body)
    assert expected, f"no Chinese article says {query}"
    found = search(page, base, lang, query)
    assert expected <= set(found)
    assert found[0] in expected  # the article with the whole term or phrase comes first
    if query in TERMS and len(slugs(lambda e: query in texts(e))) == 1:
        assert found == sorted(expected)  # a term only one article uses finds only that one
    hrefs = page.eval_on_selector_all(".search-result h2 a", "els => els.map(a => a.pathname)")
    assert all(h.startswith(f"/{lang}/entries/") for h in hrefs)  # the reader's UI language
    assert page.console_errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("query", "word"), [("hopital", "hôpital"), ("maitre", "maître")])
def test_french_words_are_found_without_accents(page, base: str, lang: str, query: str, word: str) -> None:
    expected = slugs(lambda e: e.lang == "fr" and word in e.body.casefold())
    assert expected, f"no French article says {word}"
    found = search(page, base, lang, query)
    assert expected <= set(found)
    marks = page.eval_on_selector_all(".search-excerpt mark", "els => els.map(m => m.textContent)")
    assert any(fold(m).strip().startswith(query) for m in marks), marks


@pytest.mark.parametrize(("lang", "query", "written_in", "region"), [
    ("en", "Tibet", "en", "tibet"), ("en", "Yunnan", "en", "yunnan"), ("fr", "Yunnan", "fr", "yunnan"),
    ("en", "西藏", "zh", "tibet"), ("fr", "西藏", "zh", "tibet"),
])
def test_a_region_name_finds_the_articles_about_it_in_other_languages(
    page, base: str, lang: str, query: str, written_in: str, region: str
) -> None:
    expected = slugs(lambda e: e.region == region)
    assert any(BY_SLUG[s].lang != written_in for s in expected)  # an article written in another language
    assert expected <= set(search(page, base, lang, query))


@pytest.mark.parametrize("query", ["xylophone", "恐龙化石"])
def test_a_word_no_article_uses_finds_nothing(page, base: str, query: str) -> None:
    assert not any(query in fold(texts(e)) for e in ENTRIES)
    assert search(page, base, "en", query) == []
    assert page.inner_text("#search-status") == "No entries match this search."


def test_results_show_the_title_region_and_date_in_the_readers_language(page, base: str) -> None:
    jinshan = next(e for e in ENTRIES if e.lang == "zh" and e.date and "援滇" in e.body)
    for lang, date in [("fr", "29 février 2024"), ("en", "February 29, 2024")]:
        assert search(page, base, lang, "援滇驻地医疗队") == [jinshan.slug]
        assert page.inner_text(".search-result h2 a") == jinshan.title.get(lang)
        details = page.inner_text(".search-result .search-meta")
        assert "Yunnan" in details and date in details
        assert page.inner_text("#search-status") in ("1 entry found.", "1 article trouvé.")
    page.click(".search-result h2 a")
    page.wait_for_url(f"**/en/entries/{jinshan.slug}/")


# ---- filters, sort, URL state --------------------------------------------------------------

FILTER_CASES = [  # (filter, value, predicate on an entry)
    ("region", "yunnan", lambda e: e.region == "yunnan"),
    ("year", "2023", lambda e: e.year == 2023),
    ("lang", "fr", lambda e: e.lang == "fr"),
    ("tag", "covid-19-testing", lambda e: "covid-19-testing" in e.tags),
]


@pytest.mark.parametrize(("name", "value", "where"), FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_each_filter_narrows_the_results_and_shows_counts(page, base: str, name, value, where) -> None:
    everything = set(search(page, base, "en", "医疗"))
    expected = everything & slugs(where)
    assert expected and expected != everything
    box = page.locator(f"#filter-{name}-{value}")
    count = f"label[for=filter-{name}-{value}] .count"
    # the counts are always visible: no need to point at the filters first
    page.wait_for_function("s => document.querySelector(s).textContent", arg=count, polling=POLL)
    assert page.inner_text(count) == f"({len(expected)})"
    box.check()
    wait_idle(page, q="医疗", **{name: value})
    assert set(results(page)) == expected
    box.uncheck()
    wait_idle(page, q="医疗", **{name: ""})
    assert set(results(page)) == everything


def test_filters_work_without_a_query_and_combine(page, base: str) -> None:
    open_search(page, base, "fr")
    assert results(page) == []
    page.check("#filter-lang-zh")
    wait_idle(page, lang="zh")
    assert set(results(page)) == slugs(lambda e: e.lang == "zh")
    page.check("#filter-lang-en")  # values of one filter: either
    wait_idle(page, lang="zh,en")
    assert set(results(page)) == slugs(lambda e: e.lang in ("zh", "en"))
    page.check("#filter-region-yunnan")  # different filters: both
    wait_idle(page, lang="zh,en", region="yunnan")
    assert set(results(page)) == slugs(lambda e: e.lang in ("zh", "en") and e.region == "yunnan")


def dated_order(found: list[str]) -> list[str]:
    return [s for s in found if BY_SLUG[s].date]


def test_sorting_by_date_keeps_undated_entries_last(page, base: str) -> None:
    everything = search(page, base, "en", "医疗")
    dates = {s: BY_SLUG[s].date for s in everything}
    assert any(dates.values()) and not all(dates.values()), "the archive has dated and undated entries"
    for sort, reverse in [("newest", True), ("oldest", False)]:
        page.select_option("#search-sort", sort)
        wait_idle(page, q="医疗", sort=sort)
        found = results(page)
        assert set(found) == set(everything)
        dated = dated_order(found)
        assert dated == sorted(dated, key=lambda s: dates[s], reverse=reverse)
        assert found[: len(dated)] == dated  # undated after every dated one
    page.select_option("#search-sort", "")
    wait_idle(page, q="医疗", sort="")


def test_the_url_holds_the_search_and_restores_it(page, base: str) -> None:
    open_search(page, base, "fr")
    type_query(page, "医疗")
    page.check("#filter-lang-zh")
    page.select_option("#search-sort", "newest")
    wait_idle(page, q="医疗", lang="zh", sort="newest")
    shared = page.url
    assert parse_qs(urlsplit(shared).query) == {"q": ["医疗"], "lang": ["zh"], "sort": ["newest"]}
    shown = results(page)
    other = page.context.new_page()
    other.goto(shared)
    other.wait_for_function(IDLE, polling=POLL)
    assert other.input_value("#search-q") == "医疗"
    assert other.is_checked("#filter-lang-zh")
    assert other.input_value("#search-sort") == "newest"
    assert results(other) == shown == dated_order(shown) + [s for s in shown if not BY_SLUG[s].date]


# ---- every page, keyboard, subpath, no JavaScript ------------------------------------------

def press_tab_until(page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_search_from_an_entry_page(page, base: str) -> None:
    tibet = next(e for e in ENTRIES if e.region == "tibet")
    page.goto(f"{base}en/entries/{tibet.slug}/")
    press_tab_until(page, "#search-box-q")
    page.keyboard.type("Yunnan")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=Yunnan$"))
    wait_idle(page, q="Yunnan")
    assert set(results(page)) >= slugs(lambda e: e.region == "yunnan")
    press_tab_until(page, "#filter-lang-zh")
    page.keyboard.press("Space")
    wait_idle(page, q="Yunnan", lang="zh")
    assert page.evaluate("document.activeElement.id") == "filter-lang-zh"  # focus stays
    press_tab_until(page, ".search-result h2 a")
    target = page.evaluate("document.activeElement.pathname")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{target}")
    assert target.startswith("/en/entries/")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", ["en", "fr", "zh"])
def test_every_page_has_a_search_box_that_leads_to_the_search_page(page, base: str, lang: str) -> None:
    page.goto(f"{base}{lang}/regions/")
    page.fill("#search-box-q", "西藏")
    page.press("#search-box-q", "Enter")
    page.wait_for_url(re.compile(rf"/{lang}/search/\?q="))
    wait_idle(page, q="西藏")
    assert set(results(page)) >= slugs(lambda e: e.region == "tibet")


def test_search_works_under_a_github_pages_subpath(page, sub: str) -> None:
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(r.url))
    page.goto(f"{sub}fr/")
    page.fill("#search-box-q", "援滇")
    page.press("#search-box-q", "Enter")
    page.wait_for_url(re.compile(r"/aid-archive/fr/search/\?q="))
    wait_idle(page, q="援滇")
    assert set(results(page)) == slugs(lambda e: "援滇" in texts(e))
    href = page.get_attribute(".search-result h2 a", "href")
    assert href is not None and href.startswith("/aid-archive/fr/entries/")
    page.check("#filter-region-yunnan")
    wait_idle(page, q="援滇", region="yunnan")
    page.click(".search-result h2 a")
    page.wait_for_url(f"**{href}")
    assert failed == [] and page.console_errors == []


def test_without_javascript_the_search_page_says_search_needs_it(browser, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base}fr/search/?q=Tibet")
    assert "JavaScript" in page.inner_text("main")
    context.close()


def test_one_search_fetches_only_the_bundle_from_this_host(page, base: str) -> None:
    """Nothing comes from another host; the bundle's files are what a search costs."""
    finished: list = []
    page.on("requestfinished", lambda r: finished.append(r))  # sizes are read after the search
    search(page, base, "en", "医疗队")
    host = urlsplit(base).netloc
    assert all(urlsplit(r.url).netloc == host for r in finished)
    bundle = {r.url: r.sizes()["responseBodySize"] for r in finished if "/pagefind/" in r.url}
    assert any(u.endswith(".pf_index") for u in bundle)
    assert any(u.endswith(".pf_filter") for u in bundle)  # the counts, always shown
    print(json.dumps({"pagefind_bytes": sum(bundle.values()), "files": len(bundle)}))


# ---- an archive in several shards ----------------------------------------------------------

WORDS = vocab.load(ROOT / "vocab")
RECORDS = {e.slug: index.build_record(e, WORDS).content for e in ENTRIES}


@pytest.fixture(scope="module", params=[2, 1], ids=["shards-of-2", "shards-of-1"])
def sharded(request, tmp_path_factory: pytest.TempPathFactory, serve) -> tuple[str, int]:
    """The real site built from a copy of the project whose config.yaml sets a small shard size
    (at 1, each entry has its own shard, so the dated ones are in different shards)."""
    size = request.param
    project = tmp_path_factory.mktemp(f"shards-of-{size}") / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".*", "_site*", "bench", "node_modules", "tests", "__pycache__"))
    config = project / "config.yaml"
    text, found = re.subn(r"(?m)^search_shard_size:.*$", f"search_shard_size: {size}",
                          config.read_text("utf-8"))
    config.write_text(text if found else f"{text}\nsearch_shard_size: {size}\n", "utf-8")
    out = project / "_site"
    result = subprocess.run([sys.executable, "build.py", "--output", str(out), "build"],
                            cwd=project, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    labels = json.loads((out / "pagefind" / "labels.json").read_text("utf-8"))
    shards = math.ceil(len(ENTRIES) / size)
    assert labels["shards"] == ["", *(f"shard-{i}/" for i in range(1, shards))]
    return serve(Path(out), "/"), shards


def test_every_shard_answers_a_query_that_matches_every_entry(page, sharded) -> None:
    base, shards = sharded
    loaded: set[str] = set()
    page.on("requestfinished", lambda r: r.url.endswith("/pagefind.js") and loaded.add(r.url))
    expected = {slug for slug, text in RECORDS.items() if index.spaced("医疗") in text}
    assert expected == set(BY_SLUG)
    found = search(page, base, "en", "医疗")
    assert sorted(found) == sorted(expected)  # each once
    assert len(loaded) == shards
    assert page.inner_text("#search-status") == f"{len(expected)} entries found."
    assert page.console_errors == []


@pytest.mark.parametrize(("query", "where"), [
    ("援滇驻地医疗队", lambda e: "援滇驻地医疗队" in e.body),  # the newest entry: the first shard
    ("核酸检测", lambda e: "核酸检测" in texts(e)),  # undated: the last shard
])
def test_a_query_for_one_article_finds_it_in_its_shard(page, sharded, query: str, where) -> None:
    expected = slugs(where)
    assert len(expected) == 1
    assert search(page, sharded[0], "fr", query) == sorted(expected)


def test_date_sorts_are_right_across_shards(page, sharded) -> None:
    base, _ = sharded
    everything = search(page, base, "en", "医疗")
    dated = sorted((s for s in everything if BY_SLUG[s].date), key=lambda s: BY_SLUG[s].date.iso)
    assert len(dated) >= 2
    for sort, order in [("newest", dated[::-1]), ("oldest", dated)]:
        page.select_option("#search-sort", sort)
        wait_idle(page, q="医疗", sort=sort)
        found = results(page)
        assert found[: len(order)] == order  # the dated ones in order, whatever their shard
        assert sorted(found) == sorted(everything)  # then the undated ones


def test_filter_counts_add_up_across_shards(page, sharded) -> None:
    base, _ = sharded
    search(page, base, "en", "医疗")
    page.hover("#filter-lang-fr")
    page.wait_for_function("() => document.querySelector('label[for=filter-lang-fr] .count').textContent",
                           polling=POLL)
    for name, values in [("lang", Counter(e.lang for e in ENTRIES)),
                         ("region", Counter(e.region for e in ENTRIES)),
                         ("tag", Counter(t for e in ENTRIES for t in e.tags))]:
        for value, n in values.items():
            assert page.inner_text(f"label[for=filter-{name}-{value}] .count") == f"({n})", (name, value)
    page.check("#filter-lang-fr")
    wait_idle(page, q="医疗", lang="fr")
    assert sorted(results(page)) == sorted(slugs(lambda e: e.lang == "fr"))
    assert page.inner_text("label[for=filter-lang-fr] .count") == f"({len(slugs(lambda e: e.lang == 'fr'))})"
    assert page.console_errors == []
