"""The delta index in Debian's Chromium: after edits, additions and deletions, an incremental build
keeps the base index and indexes what changed apart; the search page must then give what a full
rebuild gives, for the same queries, in every UI language: the same entries, the same counts,
the same date order."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import corpus

from aid_archive import content, vocab

pytestmark = pytest.mark.browser

IDLE = "() => document.querySelector('#search[data-state=ready]:not([aria-busy])')"
POLL = 50
SLUG_IN_URL = re.compile(r"/entries/([^/]+)/$")
WORD = "Zanzibarite"  # a word no generated entry has: it can only come from the edit
QUERIES = [WORD, "医疗", "training", "formation", "Xinjiang", "Tibet"]


def build(content_dir: Path, out: Path, *flags: str, config: Path | None = None) -> str:
    command = [sys.executable, "build.py", "--content", str(content_dir), "--output", str(out), "build", *flags]
    result = subprocess.run(command, cwd=config or ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory, serve) -> tuple[str, str, dict, dict[str, str]]:
    """The same content built twice: incrementally after changes (base + delta), and whole."""
    folder = tmp_path_factory.mktemp("delta")
    corpus.generate(40, 11, folder)
    entries = folder / "content"
    incremental, whole = folder / "incremental", folder / "whole"
    build(entries, incremental)
    files = sorted(entries.glob("*.md"))
    words = vocab.load(ROOT / "vocab")
    parsed = {p: content.read_entry(p, words)[0] for p in files}
    # an edited body, an edited title, a moved entry, a new one, a deleted one
    edit(files[0], "\n\n", f"\n\n{WORD} clinic opened.\n\n")
    first = parsed[files[1]]
    title = first.title.pick("en", "en")[0]
    if title:
        edit(files[1], title, f"{title} {WORD}")
    edit(files[2], f"region: {parsed[files[2]].region}", "region: tibet" if parsed[files[2]].region != "tibet" else "region: yunnan")
    added = entries / "2030-added-entry.md"
    added.write_text(files[3].read_text("utf-8").replace("\n\n", f"\n\n{WORD} ward.\n\n", 1), "utf-8")
    files[4].unlink()
    said = build(entries, incremental)
    assert "indexed apart" in said, said
    labels = json.loads((incremental / "pagefind" / "labels.json").read_text("utf-8"))
    build(entries, whole, "--force")
    now = (content.read_entry(p, words)[0] for p in sorted(entries.glob("*.md")))
    dates = {e.slug: e.date.iso if e.date else "" for e in now if e}
    return serve(incremental, "/"), serve(whole, "/"), labels, dates


def everything(page, base: str, lang: str, query: str, sort: str = "") -> tuple[list[str], str, dict[str, str]]:
    """Every result's slug (all pages of them), the status line, and the region counts."""
    page.goto(f"{base}{lang}/search/?q={query}" + (f"&sort={sort}" if sort else ""))
    page.wait_for_function(IDLE, polling=POLL)
    while page.is_visible("#search-more"):
        shown = page.locator(".search-result").count()
        page.click("#search-more")
        page.wait_for_function("n => document.querySelectorAll('.search-result').length > n", arg=shown, polling=POLL)
    hrefs = page.eval_on_selector_all(".search-result h2 a", "els => els.map(a => a.pathname)")
    page.wait_for_function("() => document.querySelector('label[for^=filter-region-] .count')?.textContent", polling=POLL)
    counts = page.eval_on_selector_all(
        "label[for^=filter-] .count", "els => Object.fromEntries(els.map(e => [e.parentElement.htmlFor, e.textContent]))")
    return [SLUG_IN_URL.search(h).group(1) for h in hrefs], page.inner_text("#search-status"), counts


def test_the_incremental_build_has_a_delta_and_hides_what_it_replaces(sites) -> None:
    labels = sites[2]
    assert labels["delta"] == "delta/"
    assert len(labels["shadow"]) == 4  # three changed entries and a deleted one; the new one replaces none


@pytest.mark.parametrize("lang", ["en", "fr", "zh"])
@pytest.mark.parametrize("query", QUERIES)
def test_results_and_counts_equal_a_full_rebuild(page, sites, lang: str, query: str) -> None:
    incremental, whole = sites[:2]
    found, status, counts = everything(page, incremental, lang, query)
    expected, expected_status, expected_counts = everything(page, whole, lang, query)
    assert sorted(found) == sorted(expected) and len(found) == len(set(found))
    assert status == expected_status
    assert counts == expected_counts
    if query == WORD:
        assert len(found) == 3  # the edited body, the edited title, the new entry
    assert page.console_errors == []


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_date_order_equals_a_full_rebuild(page, sites, sort: str) -> None:
    incremental, whole, _, dates = sites
    found, _, _ = everything(page, incremental, "en", "医疗", sort)
    expected, _, _ = everything(page, whole, "en", "医疗", sort)
    assert sorted(found) == sorted(expected)
    assert [dates[s] for s in found] == [dates[s] for s in expected]  # entries of one date in any order
    assert sum(1 for s in found if dates[s]) > 10
