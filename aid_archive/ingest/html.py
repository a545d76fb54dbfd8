"""HTML pages and fragments → the article's text, title, date and address.

The main content comes from trafilatura (a content extractor made for news pages: it drops
navigation, share bars, related lists and footers by the page's structure), with its links kept as
Markdown links; the publication date from htmldate (the page's metadata and markup only, never a
date in the text); the title from the ``<h1>``, else ``og:title``, else ``<title>`` without the site's
name; the address from ``<link rel="canonical">`` or ``og:url``.
"""

from __future__ import annotations

import difflib
import html as html_lib
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import htmldate
import lxml.html
import trafilatura

_TAGS = re.compile(r"<\s*(html|head|body|p|div|br|span|a|h[1-6]|li|ul|table|td|article|section|meta|script|style)\b[^>]*>", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|_·]\s+|\s*[|｜_]\s*|\s*(?:--|——)\s*")
_TEXT_LINES = re.compile(r"(?i)<\s*(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


@dataclass(frozen=True)
class Page:
    """What an HTML seed says, before the line rules run on its text."""

    text: str  # the main content, one paragraph a line, links as Markdown
    title: str | None
    date: str | None  # ISO date from the page's metadata
    url: str | None
    site: str | None  # the site's name (og:site_name, or what trafilatura finds)
    authors: tuple[str, ...] = ()  # as the page's markup names them: rel="author" links, meta author


def _cell(line: str) -> str:
    """A row of a layout table ("| text |") as its text; a separator row ("|---|") as nothing."""
    if not (line.startswith("|") and line.endswith("|")):
        return line
    cells = [c.strip() for c in line.strip("|").split("|")]
    filled = [c for c in cells if c and not re.fullmatch(r":?-{3,}:?", c)]
    return " | ".join(filled)


def is_html(text: str) -> bool:
    """A page or a fragment: several HTML elements, not a stray ``<`` in prose."""
    return len(_TAGS.findall(text[:200000])) >= 3


def _clean(text: str | None) -> str:
    return re.sub("[^\\S\u2423]+", " ", text or "").strip()  # no-break spaces (␣ here) stay


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name"):
            for value in tree.xpath(f"//meta[@{attr}=$n]/@content", n=name):
                if _clean(value):
                    return _clean(value)
    return None


def _without_site(raw: str, site: str | None) -> str:
    """A ``<title>`` without the site's name: the longest part that is not the site or an address."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(raw) if p.strip()]
    if len(parts) < 2:
        return raw
    site_name = _clean(site).lower() if site else None
    parts = [p for p in parts if p.lower() != site_name and not re.fullmatch(r"[\w.-]+\.(com|cn|net|org)(\.cn)?", p, re.I)]
    return max(parts, key=len) if parts else raw


def title_of(tree: lxml.html.HtmlElement, site: str | None) -> str | None:
    """The headline: the page's ``<h1>`` (the one that agrees with og:title or ``<title>`` when
    there is one: a logo can be an h1 too), else og:title, else ``<title>`` minus the site's name."""
    og = _meta(tree, "og:title", "twitter:title")
    raw = _clean(" ".join(tree.xpath("//title//text()")))
    named = og or (_without_site(raw, site) if raw else None)
    h1s = [t for h1 in tree.xpath("//h1") if len(t := _clean(h1.text_content())) >= 4]
    agree = [t for t in h1s if named and difflib.SequenceMatcher(None, t, named).ratio() >= 0.6]
    # else the first h1 that reads as a headline (not a logo: the site's name, a few words)
    logos = {p.strip().lower() for p in _TITLE_SEPARATORS.split(raw) if p.strip() and p.strip() != named} | ({_clean(site).lower()} if site else set())
    headline = [t for t in h1s if (len(t.split()) >= 4 or len(t) >= 12) and t.lower() not in logos]
    return (agree or headline or [named or (h1s[0] if h1s else None)])[0]


def _links(text: str, base: str | None) -> str:
    """Keep links whose target is absolute (or made absolute from the page's address)."""

    def one(m: re.Match[str]) -> str:
        label, target = m.group(1), m.group(2)
        if re.match(r"https?://", target):
            return m.group(0)
        if base and target and not target.startswith(("#", "javascript:", "mailto:")):
            return f"[{label}]({urljoin(base, target)})"
        return label

    return _LINK.sub(one, text)


_NBSP = re.compile(r"&nbsp;|&#160;|&#x0*a0;|\xa0", re.I)
_KEEP = "\u2423"  # no-break spaces ride through extraction as this visible symbol (␣)


def extract(markup: str) -> Page:
    """Read an HTML page or fragment (its no-break spaces kept: French typography needs them)."""
    markup = _NBSP.sub(_KEEP, markup)
    tree = lxml.html.fromstring(markup)
    site = _meta(tree, "og:site_name", "application-name")
    canonical = next((_clean(h) for h in tree.xpath("//link[@rel='canonical']/@href") if _clean(h)), None)
    url = canonical or _meta(tree, "og:url")
    url = url if url and re.match(r"https?://", url) else None
    body = trafilatura.extract(
        markup, url=url, include_links=True, include_comments=False, include_tables=True,
        favor_recall=True, output_format="markdown",
    ) or ""
    if len(body) < 200:  # a fragment too small for the extractor: its whole text, as lines
        body = _TEXT_LINES.sub("\n", markup)
        body = html_lib.unescape(re.sub(r"<[^>]+>", "", re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", body)))
    meta = trafilatura.extract_metadata(markup, extensive=False)
    site = site or (meta.sitename if meta else None)
    title = title_of(tree, site) or (meta.title if meta else None)
    date = htmldate.find_date(markup, extensive_search=False, original_date=True)
    lines = [_cell(ln.strip()) for ln in _links(body, url).split("\n")]
    if lines and title and re.sub(r"^#+\s*", "", lines[0]).strip() == title:
        lines = lines[1:]  # the title once, in front matter, not again in the body
    text = "\n".join(lines).replace(_KEEP, "\xa0")
    linked = [_clean(a.text_content()) for a in tree.xpath(
        "//a[@rel='author' or contains(@href, '/author/') or contains(@href, '/authors/') or contains(@href, '/journalist')]")]
    named = [*linked, *([meta.author] if meta and meta.author else [])]
    return Page(text, title.replace(_KEEP, "\xa0") if title else None, date, url, site,
                tuple(dict.fromkeys(n.replace(_KEEP, " ") for n in named if n)))
