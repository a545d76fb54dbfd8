"""Drafts and the editors' to-do list: ``new`` writes a draft no published file carries; ``check``
names it, and its placeholders once published; ``check --todo`` lists devised texts and
missing facts. Redirect pages keep the old addresses working."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from aid_archive import todo, vocab
from aid_archive.content import parse_entry

WORDS = vocab.load()
ZH_ONLY = """---
title: {zh: 上海医疗队赴喀什}
summary: {zh: 上海医疗队抵达喀什。}
lang: zh
date: 2021
region: xinjiang
---

上海医疗队抵达喀什。
"""


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "build.py", *args], cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL, env={"CI": "true", "PATH": ""})
    assert (result.returncode == 0) == ok, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The real entries, one more written by ``new``, built."""
    root = tmp_path_factory.mktemp("drafts")
    content = root / "content"
    content.mkdir()
    for path in (ROOT / "content").glob("*.md"):
        (content / path.name).write_bytes(path.read_bytes())
    made = run("--content", str(content), "new", "--lang", "zh", "--region", "湖北", "--title", "广东医疗队驰援湖北", "--date", "2020-03-09", "--tag", "medical-team")
    draft = Path(made.stdout.strip())
    run("--content", str(content), "--output", str(root / "_site"), "build")
    return content, draft, root / "_site"


def published_files(site: Path) -> str:
    """Every text file of the site (pages, feeds, sitemaps, data, the search labels), concatenated."""
    return "\n".join(p.read_text("utf-8", errors="replace") for p in sorted(site.rglob("*")) if p.is_file() and p.suffix in {".html", ".xml", ".json", ".csv"})


def test_new_writes_a_draft_that_nothing_published_carries(drafted: tuple[Path, Path, Path]) -> None:
    _, draft, site = drafted
    assert draft.name == "2020-03-09-medical-team-in-hubei.md" and "draft: true\n" in draft.read_text("utf-8")
    everything = published_files(site)
    assert "2020-03-09-medical-team-in-hubei" not in everything and "广东医疗队驰援湖北" not in everything
    assert not list(site.glob("*/entries/2020-03-09-medical-team-in-hubei"))
    labels = json.loads((site / "pagefind" / "labels.json").read_text("utf-8"))
    assert "hubei" not in labels["region"] and "2020" not in labels["year"]  # no search record
    assert len(json.loads((site / "data" / "entries.json").read_text("utf-8"))["entries"]) == 5


def test_check_names_the_draft_then_its_placeholders_once_published(drafted: tuple[Path, Path, Path]) -> None:
    content, draft, _ = drafted
    shown = str(draft)
    out = run("--content", str(content), "check").stdout
    assert f"{shown}:20: warning: draft: is true: the entry is not published; set draft: false when it is ready" in out
    text = draft.read_text("utf-8")
    draft.write_text(text.replace("draft: true", "draft: false"), "utf-8")
    out = run("--content", str(content), "check", ok=False).stdout
    assert f"{shown}:9: summary.zh: still holds the placeholder '待补充'; write the text, or set draft: true" in out
    assert f"{shown}:23: body: still holds the placeholder '待补充'; write the text, or set draft: true" in out
    filled = text.replace("draft: true", "draft: false").replace("待补充：用两句话概述谁、何时、去了哪里、做了什么。", "广东医疗队抵达武汉。").replace("待补充：在此粘贴或撰写文章正文（中文）。", "正文。")
    draft.write_text(filled, "utf-8")
    run("--content", str(content), "check")
    site = content.parent / "_site2"
    run("--content", str(content), "--output", str(site), "build")
    page = (site / "en/entries/2020-03-09-medical-team-in-hubei/index.html").read_text("utf-8")
    assert "<h1>[Medical team in Hubei, March 2020]</h1>" in page
    assert "2020-03-09-medical-team-in-hubei" in (site / "en" / "sitemap.xml").read_text("utf-8")
    assert "广东医疗队驰援湖北" in (site / "zh" / "feed.xml").read_text("utf-8")


def test_serve_and_build_drafts_show_them_with_a_banner(drafted: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _content, draft, _ = drafted
    copy = tmp_path / "content"
    copy.mkdir()
    (copy / draft.name).write_text(draft.read_text("utf-8").replace("draft: false", "draft: true"), "utf-8")
    run("--content", str(copy), "--output", str(tmp_path / "_site"), "--drafts", "build")
    page = (tmp_path / "_site/fr/entries/2020-03-09-medical-team-in-hubei/index.html").read_text("utf-8")
    assert '<p class="draft-banner" role="note">Brouillon' in page


def test_old_addresses_are_redirect_pages_left_out_of_the_sitemap(site: Path) -> None:
    new = "2024-02-29-shanghais-jinshan-district-sends-its-11th-resident-medical"
    for lang in ("en", "fr", "zh"):
        old = (site / lang / "entries" / "003-92a8a2c596754dac" / "index.html").read_text("utf-8")
        assert f'<meta http-equiv="refresh" content="0; url=/{lang}/entries/{new}/">' in old
        assert f'<link rel="canonical" href="/{lang}/entries/{new}/">' in old
        assert f'<a href="/{lang}/entries/{new}/">' in old and "<script" not in old
        sitemap = (site / lang / "sitemap.xml").read_text("utf-8")
        assert f"/{lang}/entries/{new}/" in sitemap and "003-92a8a2c596754dac" not in sitemap


def test_check_todo_lists_devised_texts_and_missing_facts(tmp_path: Path) -> None:
    (tmp_path / "shanghai-kashgar.md").write_text(ZH_ONLY, "utf-8")
    out = run("--content", str(tmp_path), "check", "--todo").stdout.splitlines()
    shown = str(tmp_path / "shanghai-kashgar.md")
    assert out[-12:] == [
        "todo: en: 1 entry with a devised text (1 titles, 1 summaries)", f"  {shown}: title, summary",
        "todo: fr: 1 entry with a devised text (1 titles, 1 summaries)", f"  {shown}: title, summary",
        "todo: zh: 0 entries with a devised text (0 titles, 0 summaries)",
        "todo: no date: 0 entries", "todo: no origin: 1 entry", f"  {shown}",
        "todo: no source: 1 entry", f"  {shown}", "todo: drafts: 0 entries",
        "check: 1 entries, 0 error(s), 4 warning(s)",
    ]


def test_placeholders_are_found_where_new_writes_them() -> None:
    assert list(todo.placeholders("a\nTODO: b\nÀ COMPLÉTER : c 待补充")) == [(1, "TODO"), (2, "À COMPLÉTER"), (2, "待补充")]
    assert list(todo.placeholders("todos, TODOS and Toronto")) == []


@pytest.mark.parametrize(("text", "expected"), [
    (ZH_ONLY.replace("region: xinjiang", "region: 新疆"), "x.md:6: warning: region: '新疆' is a name of 'xinjiang'; read as xinjiang, write the slug to silence this"),
    (ZH_ONLY.replace("region: xinjiang", "region: Pékin"), "x.md:6: warning: region: 'Pékin' is a name of 'beijing'; read as beijing, write the slug to silence this"),
    (ZH_ONLY.replace("region: xinjiang", "region: xinjiang\nsource: 新华网"), "x.md:7: warning: source: '新华网' is a name of 'xinhua'; read as xinhua, write the slug to silence this"),
    (ZH_ONLY.replace("region: xinjiang", "region: xinjiang\ntags:\n- 医疗队\n- 义诊"), "x.md:9: warning: tags: '义诊' is a name of 'free-clinic'; read as free-clinic, write the slug to silence this"),
    (ZH_ONLY.replace("region: xinjiang", "region: xinjiang\ntags:\n- medical-team\n- free-clinics"), "x.md:9: tags: 'free-clinics' is not a known tag; expected 'free-clinic' (see vocab/)"),
    (ZH_ONLY.replace("region: xinjiang", "region: 新彊"), "x.md:6: region: '新彊' is not a known region; expected 'xinjiang' (新疆, Xinjiang) (see vocab/)"),
    (ZH_ONLY.replace("region: xinjiang", "region：xinjiang"), "x.md:6: region: is followed by a full-width colon '：'; write an ASCII colon and a space (': ')"),
    (ZH_ONLY.replace("\n---\n\n", "\n\n"), "x.md:7: front matter: is not closed; expected a '---' line here, after the last field and before the article"),
])
def test_check_speaks_the_editors_languages(text: str, expected: str) -> None:
    entry, problems = parse_entry("x.md", text, WORDS)
    assert expected in [str(p) for p in problems]
    if "warning" in expected:
        assert entry is not None and re.sub(r".*read as ([a-z-]+),.*", r"\1", expected) in (entry.region, entry.source, *entry.tags)
