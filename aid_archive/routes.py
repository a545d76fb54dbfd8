"""Every kind of file the site has, declared once: its template, its address, its languages and
which entries or groups it is made for. :func:`url_for` and :func:`path_for` are the only
places a URL is spelled; templates (``ui.url_for``), feeds, sitemaps, search records, data
files, checks and tests ask them.

A pattern is the file's path in the site, without the base URL; ``{lang}`` is a UI language,
other fields come from the page's parameters. A pattern ending in ``/`` is a page:
``{lang}/regions/{slug}/`` is written to ``…/index.html``. Adding a page kind is one entry
in :data:`ROUTES` and one template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import LANGUAGES
from .site import UNDATED, Site

Params = dict[str, Any]  # a page's parameters: URL fields and template variables


@dataclass(frozen=True)
class Route:
    """One kind of file."""

    kind: str
    pattern: str  # "{lang}/entries/{slug}/"
    template: str | None = None  # None: made by code (data files, static files)
    per_language: bool = True  # one in each UI language's tree
    each: Callable[[Site], Iterable[Params]] | None = None  # one per item; None: one file
    sitemap: bool = True  # listed in the sitemaps (pages only)
    regex: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        parts = re.split(r"\{(\w+)\}", self.pattern)
        source = "".join(  # a "path" field spans folders (static/fonts/x.woff2), others one
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>{'.+' if p == 'path' else '[^/]+'})" for i, p in enumerate(parts)
        )
        object.__setattr__(self, "regex", re.compile(f"^{source}{'index.html' if self.is_page else ''}$"))

    @property
    def is_page(self) -> bool:
        return self.pattern == "" or self.pattern.endswith("/")

    def items(self, site: Site) -> Iterable[Params]:
        return self.each(site) if self.each else ({},)


def _entries(site: Site) -> Iterator[Params]:
    for entry in site.entries:
        yield {"slug": entry.slug, "entry": entry}


def _aliases(site: Site) -> Iterator[Params]:
    for entry in site.entries:
        for alias in entry.aliases:  # an earlier address: a page that sends the reader on
            yield {"slug": alias, "target": entry}


def _groups(name: str) -> Callable[[Site], Iterator[Params]]:
    def each(site: Site) -> Iterator[Params]:
        for group in getattr(site, name):
            yield {"slug": group.key, "group": group}

    return each


def _archives(site: Site) -> Iterator[Params]:
    for group in site.archives:
        yield {"slug": group.key, "group": group}


def _undated(site: Site) -> Iterator[Params]:
    if site.undated.entries:
        yield {"slug": UNDATED, "group": site.undated}


_ROUTES = (  # in the order the site is rendered
    Route("home", "{lang}/", "home.html"),
    Route("regions", "{lang}/regions/", "regions.html"),
    Route("region", "{lang}/regions/{slug}/", "region.html", each=_groups("regions")),
    Route("years", "{lang}/years/", "years.html"),
    Route("year", "{lang}/years/{slug}/", "year.html", each=_groups("years")),
    Route("undated", "{lang}/years/{slug}/", "year.html", each=_undated),
    Route("entry", "{lang}/entries/{slug}/", "entry.html", each=_entries),
    Route("redirect", "{lang}/entries/{slug}/", "redirect.html", each=_aliases, sitemap=False),
    Route("search", "{lang}/search/", "search.html"),
    Route("flows", "{lang}/flows/", "flows.html"),
    Route("origin", "{lang}/origins/{slug}/", "origin.html", each=_groups("origins")),
    Route("feed", "{lang}/feed.xml", "feed.xml", sitemap=False),  # the newest entries (RFC 5005 subscription document)
    Route("feed_archive", "{lang}/feed/{slug}.xml", "feed.xml", each=_archives, sitemap=False),  # a year's, or the undated
    Route("region_feed", "{lang}/regions/{slug}/feed.xml", "feed.xml", each=_groups("regions"), sitemap=False),
    Route("sitemap", "{lang}/sitemap.xml", "pages.xml", sitemap=False),
    Route("chooser", "", "index.html", per_language=False),
    Route("404", "404.html", "404.html", per_language=False, sitemap=False),
    Route("sitemap_index", "sitemap.xml", "sitemap.xml", per_language=False, sitemap=False),
    Route("robots", "robots.txt", "robots.txt", per_language=False, sitemap=False),
    Route("data_json", "data/entries.json", per_language=False, sitemap=False),
    Route("data_csv", "data/entries.csv", per_language=False, sitemap=False),
    Route("static", "static/{path}", per_language=False, sitemap=False),
    Route("favicon", "favicon.ico", per_language=False, sitemap=False),
)
ROUTES: dict[str, Route] = {r.kind: r for r in _ROUTES}
UNDATED_SLUG = UNDATED  # the undated group's place among the years: {lang}/years/undated/


def route_of(kind: str, lang: str | None = None, **params: Any) -> str:
    """The file's address in the site, without the base URL: ``fr/regions/tibet/``."""
    route = ROUTES[kind]
    if kind == "undated":
        params.setdefault("slug", UNDATED)
    if route.per_language:
        if lang not in LANGUAGES:
            raise ValueError(f"{kind}: a UI language is needed, not {lang!r}")
        params["lang"] = lang
    return route.pattern.format(**{k: v for k, v in params.items() if isinstance(v, str)})


def url_for(kind: str, lang: str | None = None, base_url: str = "/", **params: Any) -> str:
    """The file's URL under ``base_url``: ``/aid-archive/fr/regions/tibet/``."""
    return f"{base_url}{route_of(kind, lang, **params)}"


def template_for(kind: str, base_url: str = "/") -> str:
    """Every URL of ``kind`` as one URI template (RFC 6570): ``/aid-archive/{lang}/entries/{slug}/``."""
    return f"{base_url}{ROUTES[kind].pattern}"


def path_for(kind: str, lang: str | None = None, **params: Any) -> str:
    """The file's path in the output folder: ``fr/regions/tibet/index.html``."""
    route = route_of(kind, lang, **params)
    return f"{route}index.html" if ROUTES[kind].is_page else route


def in_language(route: str, lang: str) -> str:
    """The same page in another UI language's tree: ``fr/regions/x/`` → ``zh/regions/x/``."""
    head, sep, rest = route.partition("/")
    return f"{lang}/{rest}" if sep and head in LANGUAGES else route


def match(path: str) -> tuple[str, Params] | None:
    """Which kind of file an output path is, and its parameters; ``None`` for no kind."""
    for route in _ROUTES:
        m = route.regex.match(path)
        if m:
            return route.kind, m.groupdict()
    return None


@dataclass(frozen=True)
class Page:
    """One file to render from a template: its kind, language and parameters."""

    kind: str
    lang: str | None
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def template(self) -> str:
        template = ROUTES[self.kind].template
        assert template is not None
        return template

    @property
    def route(self) -> str:
        """Its address under its language's folder: "" for home, "regions/xinjiang/"."""
        full = route_of(self.kind, self.lang, **dict(self.params))
        return full.partition("/")[2] if ROUTES[self.kind].per_language else full

    @property
    def path(self) -> str:
        return path_for(self.kind, self.lang, **dict(self.params))

    @property
    def variables(self) -> tuple[tuple[str, Any], ...]:
        """Its parameters that are not URL fields: the template's own variables."""
        return tuple((k, v) for k, v in self.params if not isinstance(v, str))


def pages(site: Site, lang: str | None, *, kinds: Iterable[str] | None = None) -> Iterator[Page]:
    """Every file of the site made from a template, for one UI language (or, with ``lang``
    ``None``, the site-wide ones), in :data:`ROUTES` order."""
    wanted = set(kinds) if kinds is not None else None
    for route in _ROUTES:
        if route.template is None or route.per_language != (lang is not None):
            continue
        if wanted is not None and route.kind not in wanted:
            continue
        for params in route.items(site):
            yield Page(route.kind, lang, tuple(params.items()))


def addresses(site: Site) -> frozenset[str]:
    """Every file's address under the site root, without the base URL (``en/entries/x/``),
    static files aside: what a link in an entry's body may point to."""
    found = {route_of(p.kind, p.lang, **dict(p.params)) for lang in (*LANGUAGES, None) for p in pages(site, lang)}
    return frozenset(found | {route_of(kind) for kind in ("data_json", "data_csv", "favicon")})


def example(kind: str) -> str:
    """A kind's URL as a person reads it: ``/<lang>/entries/<slug>/``."""
    return "/" + re.sub(r"\{(\w+)\}", r"<\1>", ROUTES[kind].pattern)


def _in_sitemap(route: Route) -> bool:
    return route.sitemap and route.is_page


def sitemap_pages(site: Site) -> tuple[Page, ...]:
    """One page per address (in the first language) for the sitemaps; not redirects or feeds."""
    return tuple(p for p in pages(site, LANGUAGES[0]) if _in_sitemap(ROUTES[p.kind]))


def sitemap_keys(site: Site) -> tuple[tuple[str, Any], ...]:
    """What :func:`sitemap_pages` lists, as (kind, slug) in its order, without making the pages:
    equal keys, equal sitemaps."""
    return tuple(
        (route.kind, params.get("slug")) for route in _ROUTES
        if route.template is not None and route.per_language and _in_sitemap(route) for params in route.items(site)
    )
