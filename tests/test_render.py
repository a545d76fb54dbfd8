"""Rendering: what a reader gets on each page kind in each language, from a mini archive and the real one."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from babel.messages import checkers, pofile
from babel.messages.extract import extract_from_dir
from minisite import ENTRIES as MINI_ENTRIES
from minisite import write as write_minisite

from aid_archive import LANGUAGES, config, content, vocab
from aid_archive.formatting import _converter, format_partial_date, markdown_to_html
from aid_archive.models import PartialDate
from aid_archive.output import UnsafePath, write_site
from aid_archive.render import OutputClash, render_site
from aid_archive.routes import path_for
from aid_archive.site import assemble

ROOT = Path(__file__).resolve().parent.parent
WORDS = vocab.load()
SEARCH_TEMPLATES = {"search.html", "partials/search_box.html"}  # owned by the search engineer


class Page(HTMLParser):
    """The parts of a page the tests look at: text, links, head links, lang attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.text_parts: list[str] = []
        self.links: list[str] = []
        self.alternates: dict[str, str] = {}
        self.h1 = ""
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self._in.append(tag)
        for key in ("href", "src", "action"):
            if a.get(key):
                self.links.append(a[key] or "")
        if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.alternates[a["hreflang"] or ""] = a.get("href") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if "script" not in self._in and "style" not in self._in:
            self.text_parts.append(data)
        if "h1" in self._in:
            self.h1 += data

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text_parts))


def build(root: Path, base_url: str = "/") -> tuple[dict[str, bytes], list]:
    write_minisite(root)
    entries, problems = content.load_entries(root / "content", WORDS)
    assert not [p for p in problems if p.severity == "error"]
    cfg = replace(config.load(), base_url=base_url)
    return render_site(entries, WORDS, cfg), entries


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return build(tmp_path_factory.mktemp("mini"))[0]


@pytest.fixture(scope="module")
def mini_sub(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return build(tmp_path_factory.mktemp("mini-sub"), "/aid-archive/")[0]


def page(files: dict[str, bytes], path: str) -> Page:
    return Page(files[path].decode("utf-8"))


def entry_slugs_in_order(p: Page, lang: str) -> list[str]:
    return [m for link in p.links for m in re.findall(rf"/{lang}/entries/([^/]+)/$", link)]


# --- formatting --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        ("2023-07-14", "en", "July 14, 2023"), ("2023-07-14", "fr", "14 juillet 2023"),
        ("2023-07-14", "zh", "2023年7月14日"), ("2024-02", "en", "February 2024"),
        ("2024-02", "fr", "février 2024"), ("2024-02", "zh", "2024年2月"),
        ("2022", "en", "2022"), ("2022", "fr", "2022"), ("2022", "zh", "2022年"),
    ],
)
def test_dates_keep_their_precision_in_each_language(date: str, lang: str, expected: str) -> None:
    assert format_partial_date(PartialDate.parse(date), lang) == expected


def test_markdown_is_sanitised_and_keeps_captions() -> None:
    html = markdown_to_html(
        "# Head\n\nText <script>alert(1)</script><img src=x onerror=alert(1)> "
        "[a](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">b</a> "
        "<iframe src=\"https://x.org\"></iframe><span onclick=\"x()\">c</span>\n\n"
        "Photo of the team\n{: .caption }\n"
    )
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert "javascript:" not in html.lower() and "onclick" not in html and "onerror" not in html
    assert '<p class="caption">Photo of the team</p>' in html
    assert "<h3>Head</h3>" in html  # below the page's h1 and the "Original article" h2


TRICKY_MARKDOWN = (
    "Plain text, l'équipe « médicale », 100% — 援疆医疗队。\nSecond line.",
    "**bold** and *em* and __strong__ and _em_ and snake_case and 2 * 3 * 4",
    "a `code` b \\*not em\\* [link](https://x.org) [ref][r] [short]\n\n[r]: https://y.org",
    "<https://x.org> <me@x.org> <span>raw</span> &amp; &copy; &#169; AT&T",
    "line one  \nline two  \n", "![img](x.png) ![ref][r]\n\n[r]: y.png",
    "* item\n* item with _em_\n\n1. one\n2. two", "| a | b |\n|---|---|\n| `x` | *y* |",
    "Photo of the team\n{: .caption }",
)


def test_markdown_fast_path_gives_what_plain_markdown_gives() -> None:
    bodies = [*TRICKY_MARKDOWN, *(p.read_text("utf-8").split("---", 2)[2] for p in (ROOT / "content").glob("*.md"))]
    for text in bodies:
        plain = markdown.markdown(text, extensions=["attr_list", "sane_lists", "tables"], output_format="html")
        assert _converter().reset().convert(text) == plain, text


# --- assembling --------------------------------------------------------------------------------

def test_listings_are_newest_first_with_undated_last(tmp_path: Path) -> None:
    _, entries = build(tmp_path)
    site = assemble(entries)
    assert [e.slug for e in site.region("xinjiang").entries] == [  # type: ignore[union-attr]
        "beijing-doctors-in-xinjiang", "xinjiang-older", "xinjiang-undated"]
    assert [g.key for g in site.years] == ["2024", "2023", "2022", "2021"]
    assert [e.slug for e in site.undated.entries] == ["xinjiang-undated"]
    n = site.neighbours_of("xinjiang-older")
    assert (n.previous.slug, n.next.slug) == ("beijing-doctors-in-xinjiang", "xinjiang-undated")  # type: ignore[union-attr]
    assert [(f.origin, f.region) for f in site.flows_to("xinjiang")] == [("beijing", "xinjiang"), ("shanghai", "xinjiang")]


# --- the mini archive --------------------------------------------------------------------------

def test_every_page_kind_exists_in_every_language(mini: dict[str, bytes]) -> None:
    for lang in LANGUAGES:
        for route in ("", "regions/", "regions/xinjiang/", "years/", "years/2023/", "years/undated/",
                      "entries/tibet-talents/", "search/"):
            assert f"{lang}/{route}index.html" in mini
        assert f"{lang}/feed.xml" in mini
    for path in ("index.html", "404.html", "sitemap.xml", "robots.txt", "favicon.ico",
                 "static/site.css", "data/entries.json", "data/entries.csv"):
        assert path in mini


@pytest.mark.parametrize(
    ("lang", "html_lang", "region", "date", "nav"),
    [("en", "en", "Xinjiang", "July 14, 2023", "Regions"),
     ("fr", "fr", "Xinjiang", "14 juillet 2023", "Régions"),
     ("zh", "zh-Hans", "新疆", "2023年7月14日", "地区")],
)
def test_entry_page_is_in_the_ui_language_with_the_original_one_click_away(
    mini: dict[str, bytes], lang: str, html_lang: str, region: str, date: str, nav: str
) -> None:
    p = page(mini, path_for("entry", lang, slug="beijing-doctors-in-xinjiang"))
    assert f'<html lang="{html_lang}">' in p.html
    title = {"en": "Beijing doctors in Xinjiang", "fr": "Des médecins de Pékin au Xinjiang", "zh": "北京医生赴新疆"}[lang]
    assert p.h1 == title and f"<title>{title} · " in p.html
    for text in (region, date, nav, {"en": "Beijing", "fr": "Pékin", "zh": "北京"}[lang], "Ma Lu, Duan Siqi"):
        assert text in p.text, text
    assert {"en": "original language, French", "fr": "langue d’origine : français", "zh": "（法语）"}[lang] in p.text
    assert f'rel="next" href="/{lang}/entries/xinjiang-older/"' in p.html
    body = "une équipe d'experts médicaux"
    if lang == "fr":  # the article's own language: the body, where the other pages' link lands
        assert '<section class="original" id="original"' in p.html and '<div class="body" lang="fr">' in p.html
        assert body in p.text and "#original" not in p.html
    else:  # the body is published once; here, a link to it in the reader's language
        read = {"en": "Read the original article (français)", "zh": "阅读原文（français）"}[lang]
        assert read in p.text and body not in p.text and 'class="body"' not in p.html
        link = read.replace("français", '<span lang="fr">français</span>')
        assert f'<a href="/fr/entries/beijing-doctors-in-xinjiang/#original" hreflang="fr">{link}</a>' in p.html


def test_each_body_is_published_once_in_the_tree_of_its_language(mini: dict[str, bytes], mini_sub: dict[str, bytes]) -> None:
    for files, base in ((mini, "/"), (mini_sub, "/aid-archive/")):
        for slug, original in (("beijing-doctors-in-xinjiang", "fr"), ("xinjiang-undated", "zh"), ("shanxi-tour", "en")):
            pages = {lang: files[path_for("entry", lang, slug=slug)].decode() for lang in LANGUAGES}
            assert [lang for lang, html in pages.items() if 'class="body"' in html] == [original]
            for lang, html in pages.items():
                links = [u for u in Page(html).links if "#original" in u]
                assert links == ([] if lang == original else [f"{base}{original}/entries/{slug}/#original"]), (slug, lang)


def test_a_missing_translation_shows_a_devised_title_over_the_original(mini: dict[str, bytes]) -> None:
    en = mini[path_for("entry", "en", slug="xinjiang-undated")].decode()
    assert "<h1>[Medical aid from Shanghai to Xinjiang — Some Local Paper]</h1>" in en
    assert '<span class="label">Original headline:</span> <span lang="zh-Hans">援疆医疗队</span>' in en
    assert '<p class="summary">A team went to Xinjiang.</p>' in en  # a human translation wins
    fr = mini[path_for("region", "fr", slug="xinjiang")].decode()
    assert "[Reportage non daté en chinois de Some Local Paper. Aide envoyée de Shanghai au Xinjiang.]" in fr
    zh = mini[path_for("entry", "zh", slug="xinjiang-undated")].decode()
    assert "<h1>援疆医疗队</h1>" in zh and "original-title" not in zh


def test_metadata_is_escaped(mini: dict[str, bytes]) -> None:
    html = mini[path_for("entry", "en", slug="shanxi-tour")].decode()
    assert "Doctors &lt;b&gt;go&lt;/b&gt; to the grassroots" in html and "<b>go</b>" not in html
    assert "counties &amp; villages" in html
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert ld and "<" not in ld[1]
    assert json.loads(ld[1])["headline"] == "Doctors <b>go</b> to the grassroots"


def test_body_html_is_sanitised_on_the_page(mini: dict[str, bytes]) -> None:
    html = mini[path_for("entry", "en", slug="beijing-doctors-in-xinjiang")].decode()
    assert "alert(1)" not in html and "javascript:" not in html


def test_region_and_year_listings_are_in_order(mini: dict[str, bytes]) -> None:
    for lang in LANGUAGES:
        region = page(mini, path_for("region", lang, slug="xinjiang"))
        assert entry_slugs_in_order(region, lang) == ["beijing-doctors-in-xinjiang", "xinjiang-older", "xinjiang-undated"]
        home = page(mini, f"{lang}/index.html")
        assert entry_slugs_in_order(home, lang)[:5] == [
            "tibet-talents", "beijing-doctors-in-xinjiang", "shanxi-tour", "xinjiang-older", "xinjiang-undated"]
        assert entry_slugs_in_order(page(mini, path_for("undated", lang)), lang) == ["xinjiang-undated"]


def test_region_page_shows_who_sent_aid(mini: dict[str, bytes]) -> None:
    zh = page(mini, path_for("region", "zh", slug="xinjiang"))
    assert "北京 → 新疆" in zh.text and "上海 → 新疆" in zh.text and zh.h1 == "新疆"
    fr = page(mini, path_for("region", "fr", slug="xinjiang"))
    assert "Pékin → Xinjiang" in fr.text


def test_home_counts_regions_and_years(mini: dict[str, bytes]) -> None:
    en = page(mini, "en/index.html").text
    assert "5 entries · 3 regions · 4 years" in en
    assert "Xinjiang (3 entries)" in en and "Undated (1 entry)" in en and "2021 (1 entry)" in en
    zh = page(mini, "zh/index.html").text
    assert "5 篇报道 · 3 个地区 · 4 个年份" in zh and "2024年 (1 篇报道)" in zh


def test_every_page_has_hreflang_alternates_and_links_under_the_base_url(mini_sub: dict[str, bytes]) -> None:
    for path in mini_sub:
        if not path.endswith(".html") or path == "404.html":
            continue
        p = page(mini_sub, path)
        assert set(p.alternates) == {"en", "fr", "zh-Hans", "x-default"}, path
        for link in p.links:
            assert link.startswith(("/aid-archive/", "https://", "http://", "#")), (path, link)
        assert "search-box-q" in p.html or path == "index.html", path


def test_language_switcher_leads_to_the_same_page(mini: dict[str, bytes]) -> None:
    p = page(mini, path_for("year", "fr", slug="2023"))
    assert p.alternates == {"en": "/en/years/2023/", "fr": "/fr/years/2023/", "zh-Hans": "/zh/years/2023/",
                            "x-default": "/en/years/2023/"}
    assert '<a href="/zh/years/2023/" hreflang="zh-Hans" lang="zh-Hans">中文</a>' in p.html


def test_root_lists_the_languages_without_script(mini: dict[str, bytes]) -> None:
    p = page(mini, "index.html")
    for code, name in (("en", "English"), ("fr", "français"), ("zh-Hans", "中文")):
        assert f'hreflang="{code}" lang="{code}">{name}</a></li>' in p.html
    assert '<script src="/static/language.js" defer></script>' in p.html


def test_builds_are_byte_identical(tmp_path: Path, mini: dict[str, bytes]) -> None:
    again, _ = build(tmp_path)
    assert again == mini


def test_two_entries_with_one_slug_are_refused(tmp_path: Path) -> None:
    _, entries = build(tmp_path)
    with pytest.raises(OutputClash, match="two pages would write"):
        render_site([*entries, entries[-1]], WORDS, config.load())


def test_a_slug_cannot_write_outside_the_site(tmp_path: Path) -> None:
    _, entries = build(tmp_path)
    evil = replace(entries[0], slug="../../../evil")
    files = render_site([evil], WORDS, config.load())
    with pytest.raises(UnsafePath):
        write_site(files, tmp_path / "out" / "_site")
    assert not list(tmp_path.rglob("evil*"))


def test_feeds_are_atom_with_every_entry_newest_first(mini: dict[str, bytes]) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for lang in LANGUAGES:
        feed = ET.fromstring(mini[f"{lang}/feed.xml"])
        assert feed.find("a:updated", ns).text == "2024-02-01T00:00:00Z"  # type: ignore[union-attr]
        links = [e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)]  # type: ignore[union-attr]
        # the mini archive has no history: its undated entry gets the fixed day, so comes last
        assert links == [f"/{lang}/entries/{s}/" for s in
                         ("tibet-talents", "beijing-doctors-in-xinjiang", "shanxi-tour", "xinjiang-older",
                          "xinjiang-undated")]


def test_feed_entries_are_in_the_feeds_language_said_once(mini: dict[str, bytes]) -> None:
    ns, xml_lang = {"a": "http://www.w3.org/2005/Atom"}, "{http://www.w3.org/XML/1998/namespace}lang"
    for lang, code in zip(LANGUAGES, ("en", "fr", "zh-Hans"), strict=True):
        feed = ET.fromstring(mini[f"{lang}/feed.xml"])
        assert feed.get(xml_lang) == code
        for entry in feed.findall("a:entry", ns):
            url = entry.find("a:link", ns).get("href")  # type: ignore[union-attr]
            shown = page(mini, url[1:] + "index.html")
            title, summary = entry.find("a:title", ns), entry.find("a:summary", ns)
            assert title is not None and summary is not None
            description = re.search(r'<meta name="description" content="([^"]*)">', shown.html)
            assert description is not None
            assert (title.text, summary.text) == (shown.h1.strip(), unescape(description[1]))  # as the page shows them …
            assert title.get(xml_lang) is None and summary.get(xml_lang) is None  # … translated or devised: inherited


def test_pages_carry_no_line_break_between_the_templates_tags_and_bodies_keep_theirs(mini: dict[str, bytes]) -> None:
    pages = {path: data.decode("utf-8") for path, data in mini.items() if path.endswith(".html")}
    body = re.search(r'<div class="body" lang="fr">(.*?)</div>', pages["fr/entries/beijing-doctors-in-xinjiang/index.html"], re.S)
    assert body is not None and "</p>\n<h" in body[1]  # the article's HTML as Markdown wrote it
    lines = {path: re.sub(r'<div class="body".*?</div>', "", html, flags=re.S).count("\n")
             for path, html in pages.items() if "/search/" not in path}
    # what is left: the ends of included partials and of macros' calls, against 60-140 lines before
    assert all(n <= 8 for n in lines.values()), {p: n for p, n in lines.items() if n > 8}
    devised = Page(pages["en/entries/xinjiang-undated/index.html"]).text  # spaces between inline elements stay
    assert "Original headline: 援疆医疗队" in devised


def test_sitemaps_list_every_page_whose_head_has_its_alternates(mini: dict[str, bytes]) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = [loc.text for loc in ET.fromstring(mini["sitemap.xml"]).findall("s:sitemap/s:loc", ns)]
    assert index == [f"/{lang}/sitemap.xml" for lang in LANGUAGES]
    listed: list[str] = []
    for lang in LANGUAGES:  # a sitemap lists only URLs under its own folder
        locs = [u.text or "" for u in ET.fromstring(mini[f"{lang}/sitemap.xml"]).findall("s:url/s:loc", ns)]
        assert all(loc.startswith(f"/{lang}/") for loc in locs)
        listed += locs
    pages = {p[: -len("index.html")] for p in mini if re.match(r"^(en|fr|zh)/.*index\.html$", p)}
    assert sorted("/" + p for p in pages) == sorted(listed)
    for url in listed:  # hreflang alternates are in each page's head (not repeated in the sitemaps)
        assert set(page(mini, url[1:] + "index.html").alternates) == {"en", "fr", "zh-Hans", "x-default"}


def test_metadata_downloads_hold_every_entry_in_every_language(mini: dict[str, bytes]) -> None:
    document = json.loads(mini["data/entries.json"])
    data = document["entries"]
    assert len(data) == 5 and data[0]["slug"] == "tibet-talents"
    tibet = data[0]
    assert document["names"]["regions"][tibet["region"]]["zh"] == "西藏" and tibet["title"]["fr"] == "Des talents médicaux au Tibet"
    assert document["entry_url"].format(lang="zh", slug=tibet["slug"]) == "/zh/entries/tibet-talents/" and tibet["date"] == "2024-02"
    used = {kind: set(names) for kind, names in document["names"].items()}  # every name once, each one used
    assert used == {"regions": {e["region"] for e in data} | {e["origin"] for e in data if e["origin"]},
                    "sources": {e["source"] for e in data if e["source"]}, "tags": {t for e in data for t in e["tags"]}}
    assert b"\n " not in mini["data/entries.json"]  # compact: no indentation
    rows = list(csv.DictReader(io.StringIO(mini["data/entries.csv"].decode("utf-8-sig"))))
    assert len(rows) == 5 and rows[0]["title_zh"] == "医疗人才援藏" and rows[0]["region_zh"] == "西藏"
    assert rows[0]["url_fr"] == "/fr/entries/tibet-talents/" and rows[0]["region"] == "tibet"


def test_every_template_string_is_translated() -> None:
    found = {
        msg for fn, _, msg, _, _ in extract_from_dir(
            str(ROOT / "templates"), method_map=[("**.html", "jinja2"), ("**.xml", "jinja2")],
            options_map={"**": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}},
        ) if fn not in SEARCH_TEMPLATES
    }
    assert len(found) > 30
    for lang in ("fr", "zh"):
        with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalog = pofile.read_po(f, locale=lang)
        for msgid in sorted(found, key=str):
            message = catalog.get(msgid[0] if isinstance(msgid, tuple) else msgid)
            assert message is not None and message.string and not message.fuzzy, (lang, msgid)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(strings), (lang, msgid)
            checkers.python_format(catalog, message)  # raises on mismatched placeholders


# --- the real archive, built from content/ -----------------------------------------------------

@pytest.fixture(scope="module")
def real() -> list:
    entries, _ = content.load_entries(ROOT / "content", WORDS)
    assert entries, "content/ has no entries"
    return entries


def read(site: Path, path: str) -> Page:
    return Page((site / path).read_text("utf-8"))


def test_real_entry_pages_show_translated_titles_regions_and_dates(site: Path, real: list) -> None:
    for entry in real:
        for lang in LANGUAGES:
            p = read(site, f"{lang}/entries/{entry.slug}/index.html")
            title = entry.title.get(lang)
            assert p.h1 == title if title else p.h1.startswith("[")
            assert WORDS.name("regions", entry.region, lang) in p.text
            expected_date = format_partial_date(entry.date, lang) if entry.date else {
                "en": "Undated", "fr": "Non daté", "zh": "日期不详"}[lang]
            assert expected_date in p.text
            html_lang = WORDS.languages[entry.lang].html
            if lang == entry.lang:
                assert f'<div class="body" lang="{html_lang}">' in p.html and 'id="original"' in p.html
            else:
                assert 'class="body"' not in p.html
                assert f'<a href="/{entry.lang}/entries/{entry.slug}/#original" hreflang="{html_lang}">' in p.html


def test_real_region_and_year_pages_list_entries_newest_first(site: Path, real: list) -> None:
    s = assemble(real)
    for lang in LANGUAGES:
        for group in s.regions:
            p = read(site, f"{lang}/regions/{group.key}/index.html")
            assert p.h1 == WORDS.name("regions", group.key, lang)
            assert entry_slugs_in_order(p, lang) == [e.slug for e in group.entries]
        for group in (*s.years, s.undated):
            if group.entries:
                p = read(site, f"{lang}/years/{group.key}/index.html")
                assert entry_slugs_in_order(p, lang) == [e.slug for e in group.entries]


def test_real_archive_spot_checks(site: Path) -> None:
    assert read(site, "zh/regions/xinjiang/index.html").h1 == "新疆"
    assert "北京 → 新疆" in read(site, "zh/regions/xinjiang/index.html").text
    assert read(site, "fr/regions/tibet/index.html").h1 == "Tibet"
    assert read(site, "zh/regions/yunnan/index.html").h1 == "云南"
    entry = read(site, "fr/entries/2024-02-29-shanghais-jinshan-district-sends-its-11th-resident-medical/index.html")
    assert "29 février 2024" in entry.text and "Shanghai" in entry.text
    assert "2024年2月29日" in read(site, "zh/entries/2024-02-29-shanghais-jinshan-district-sends-its-11th-resident-medical/index.html").text
    assert "July 14, 2023" in read(site, "en/entries/2023-07-14-beijing-medical-experts-travel-to-xinjiang-to-treat/index.html").text


# --- feeds, absolute URLs and sourcing ---------------------------------------------------------

# RFC 4151: tag:<DNS name or e-mail>,<YYYY[-MM[-DD]]>:<specific> (pchar, "/" and "?")
TAG_URI = re.compile(
    r"^tag:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"|[^@\s]+@[A-Za-z0-9.-]+),\d{4}(?:-\d{2}(?:-\d{2})?)?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$"
)
SOURCED = "https://www.people.com.cn/n1/2023/0714/c1-1.html?from=a&b=1"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The mini archive as a production build renders it: site_url set, under a project path,
    one entry with the original article's URL."""
    root = write_minisite(tmp_path_factory.mktemp("published"))
    path = root / "content" / "beijing-doctors-in-xinjiang.md"
    path.write_text(path.read_text("utf-8").replace("tags: [", f"url: {SOURCED}\ntags: ["), "utf-8")
    entries, problems = content.load_entries(root / "content", WORDS)
    assert not [p for p in problems if p.severity == "error"]
    cfg = replace(config.load(), base_url="/aid-archive/", site_url="https://example.org",
                  content=str(root / "content"))
    return render_site(entries, WORDS, cfg)


def test_every_entry_is_in_the_feeds_of_its_language_and_region(published: dict[str, bytes]) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    slugs = {name[: -len(".md")] for name in MINI_ENTRIES}
    for lang in LANGUAGES:
        feed = ET.fromstring(published[f"{lang}/feed.xml"])
        entries = feed.findall("a:entry", ns)
        assert {e.find("a:link", ns).get("href").split("/")[-2] for e in entries} == slugs  # type: ignore[union-attr]
        ids = [feed.find("a:id", ns).text] + [e.find("a:id", ns).text for e in entries]  # type: ignore[union-attr]
        assert all(TAG_URI.match(i or "") for i in ids), ids
        assert len(set(ids)) == len(ids)
        assert all(e.find("a:updated", ns) is not None for e in entries)
        region = ET.fromstring(published[path_for("region_feed", lang, slug="xinjiang")])
        assert len(region.findall("a:entry", ns)) == 3  # the three Xinjiang entries, undated too
        assert TAG_URI.match(region.find("a:id", ns).text or "")  # type: ignore[union-attr]


FH = "http://purl.org/syndication/history/1.0"


def test_a_feed_reader_paging_back_from_the_feed_finds_every_entry_in_exactly_one_archive(tmp_path: Path) -> None:
    """RFC 5005 archived feeds: the feed holds the newest entries and links its newest archive;
    each archive (a year's, then the undated entries') is marked fh:archive, links the feed as
    ``current`` and its neighbours; following prev-archive reaches every entry once."""
    root = write_minisite(tmp_path)
    entries, _ = content.load_entries(root / "content", WORDS)
    cfg = replace(config.load(), site_url="https://example.org", content=str(root / "content"), feed_entries=2)
    files = render_site(entries, WORDS, cfg)
    ns = {"a": "http://www.w3.org/2005/Atom", "fh": FH}

    def links(doc: ET.Element) -> dict[str, str]:
        return {link.get("rel") or "": link.get("href") or "" for link in doc.findall("a:link", ns)}

    def slugs(doc: ET.Element) -> list[str]:
        return [(e.find("a:link", ns).get("href") or "").split("/")[-2] for e in doc.findall("a:entry", ns)]  # type: ignore[union-attr]

    for lang in LANGUAGES:
        feed = ET.fromstring(files[f"{lang}/feed.xml"])
        assert slugs(feed) == ["tibet-talents", "beijing-doctors-in-xinjiang"]  # the newest two
        assert feed.find("fh:archive", ns) is None
        seen: list[str] = []
        chain: list[str] = []
        url, newer = links(feed).get("prev-archive"), None
        while url:
            path = url.removeprefix("https://example.org/")
            doc = ET.fromstring(files[path])
            assert doc.find("fh:archive", ns) is not None
            assert doc.find("a:id", ns).text == feed.find("a:id", ns).text  # type: ignore[union-attr]  # one feed
            assert links(doc)["current"] == links(feed)["self"] and links(doc)["self"] == url
            assert links(doc).get("next-archive") == newer
            chain.append(path)
            seen += slugs(doc)
            url, newer = links(doc).get("prev-archive"), url
        assert chain == [f"{lang}/feed/{key}.xml" for key in ("2024", "2023", "2022", "2021", "undated")]
        assert sorted(seen) == sorted(name[: -len(".md")] for name in MINI_ENTRIES)  # each once


def test_with_site_url_every_url_of_sitemaps_feeds_and_hreflang_is_absolute(published: dict[str, bytes]) -> None:
    urls: list[str] = []
    for path, data in published.items():
        if path.endswith(".xml"):
            for element in ET.fromstring(data).iter():
                if element.tag.endswith("loc"):
                    urls.append(element.text or "")
                if element.get("href"):
                    urls.append(element.get("href") or "")
        elif path.endswith(".html"):
            p = Page(data.decode("utf-8"))
            urls += list(p.alternates.values())
            urls += re.findall(r'<link rel="canonical" href="([^"]+)"', p.html)
    assert len(urls) > 100
    assert [u for u in urls if not u.startswith("https://")] == []
    assert all(u.startswith("https://example.org/aid-archive/") for u in urls if "example.org" in u)
    robots = published["robots.txt"].decode("utf-8")
    assert "Sitemap: https://example.org/aid-archive/sitemap.xml" in robots


def test_an_entry_links_to_its_original_article_and_says_when_there_is_none(published: dict[str, bytes]) -> None:
    en = published[path_for("entry", "en", slug="beijing-doctors-in-xinjiang")].decode("utf-8")
    assert 'Original article at <a href="https://www.people.com.cn/n1/2023/0714/c1-1.html?from=a&amp;b=1"' in en
    assert ">people.com.cn</a>" in en
    assert '<link rel="canonical" href="https://example.org/aid-archive/en/entries/beijing-doctors-in-xinjiang/">' in en
    fr = published[path_for("entry", "fr", slug="tibet-talents")].decode("utf-8")  # no source, no URL
    assert "Source non enregistrée" in fr
    zh = published[path_for("entry", "zh", slug="xinjiang-undated")].decode("utf-8")  # an outlet only
    assert "Some Local Paper" in zh and "来源未记录" not in zh


def json_ld(html: bytes) -> dict:
    match = re.search(rb'<script type="application/ld\+json">(.*?)</script>', html)
    assert match
    return json.loads(match.group(1))


def test_json_ld_is_in_the_pages_language_and_based_on_the_original(published: dict[str, bytes]) -> None:
    en = json_ld(published[path_for("entry", "en", slug="beijing-doctors-in-xinjiang")])  # a French original
    assert (en["headline"], en["inLanguage"]) == ("Beijing doctors in Xinjiang", "en")
    assert en["url"] == "https://example.org/aid-archive/en/entries/beijing-doctors-in-xinjiang/"
    assert en["isBasedOn"]["inLanguage"] == "fr"
    assert en["isBasedOn"]["headline"] == "Des médecins de Pékin au Xinjiang"
    assert en["isBasedOn"]["url"] == SOURCED
    zh = json_ld(published[path_for("entry", "zh", slug="beijing-doctors-in-xinjiang")])
    assert (zh["headline"], zh["inLanguage"]) == ("北京医生赴新疆", "zh-Hans")
    devised = json_ld(published[path_for("entry", "fr", slug="xinjiang-undated")])  # no French title: devised
    assert devised["headline"] == page(published, "fr/entries/xinjiang-undated/index.html").h1.strip()
    assert devised["inLanguage"] == "fr"
    assert (devised["isBasedOn"]["headline"], devised["isBasedOn"]["inLanguage"]) == ("援疆医疗队", "zh-Hans")
    assert "url" not in devised["isBasedOn"]


def test_exports_keep_the_original_articles_url(published: dict[str, bytes]) -> None:
    document = json.loads(published["data/entries.json"])
    assert document["entry_url"] == "https://example.org/aid-archive/{lang}/entries/{slug}/"
    records = {r["slug"]: r for r in document["entries"]}
    assert records["beijing-doctors-in-xinjiang"]["source_url"] == SOURCED
    assert records["tibet-talents"]["source_url"] is None
    rows = {r["slug"]: r for r in csv.DictReader(io.StringIO(published["data/entries.csv"].decode("utf-8-sig")))}
    assert rows["beijing-doctors-in-xinjiang"]["source_url"] == SOURCED
    assert rows["tibet-talents"]["url_zh"] == "https://example.org/aid-archive/zh/entries/tibet-talents/"
