"""Render the assembled site into ``{relative output path: bytes}``; nothing is written here.

Every page of a UI language is rendered by that language's Jinja environment, whose globals
(documented in :func:`render_site`) are what any template, ``search.html`` included, may use.
"""

from __future__ import annotations

import functools
import gettext
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from babel.messages import mofile, pofile
from babel.support import Translations
from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket
from jinja2.ext import Extension
from jinja2.lexer import TOKEN_BLOCK_BEGIN, TOKEN_DATA, Token, TokenStream
from markupsafe import Markup, escape

from . import LANGUAGES, files, routes, slugs
from .config import Config
from .devise import Deviser
from .exports import entries_csv, entries_json, record
from .flowmap import choropleth
from .formatting import format_partial_date, markdown_to_html
from .history import added_dates
from .models import Entry, PartialDate, Text
from .site import UNDATED, Group, Site, assemble
from .vocab import Vocabulary

LATEST = 10  # entries on a home page
TAG_DATE = "2024"  # the date part of the feeds' tag: URIs (RFC 4151); never change it
NO_DATE = "2000-01-01"  # an undated entry's feed date when its file has no commit (no git)


def N_(message: str) -> str:
    """Mark a string for the catalogs (``pybabel extract``) without translating it here."""
    return message


SETTINGS_MESSAGES = (N_("Aid Archive"),)  # config.yaml's title: translated by the catalogs
UNTRANSLATED = N_("(not yet translated)")
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "zh": "zh_CN"}
MAP_FILE = "provinces-map.json"  # in vocab/: written by scripts/simplify_map.py


class OutputClash(ValueError):
    """Two pages would write the same file, or a page would write outside the site."""


@dataclass(frozen=True)
class Alternate:
    """One language version of a page: for hreflang links and the language switcher."""

    lang: str
    hreflang: str
    name: str  # the language's own name: "中文", "français"
    url: str


@dataclass(frozen=True)
class Shown:
    """A metadata text as shown in one UI language: the original's when it fell back.

    ``{{ shown }}`` in a template writes the text, marked "(not yet translated)" when it fell back.
    """

    text: str
    lang: str  # html language code of ``text``
    fell_back: bool
    marker: str = ""  # "(not yet translated)" in the UI language
    devised: bool = False  # ``text`` was composed from the metadata (in brackets), not translated
    original: str = ""  # when devised: the original's text …
    original_lang: str = ""  # … and its html language code

    def __html__(self) -> str:
        if not self.fell_back:
            return escape(self.text)
        return Markup('<span lang="{}">{}</span> <span class="untranslated">{}</span>').format(
            self.lang, self.text, self.marker
        )


@dataclass(frozen=True)
class Item:
    """An entry's display values in one UI language, computed once for every page that lists it."""

    url: str
    title: Shown
    summary: Shown
    date: str  # "July 14, 2023", or "Undated" in the UI language
    region: str  # the region's name


def load_translations(locales: Path, lang: str) -> gettext.NullTranslations:
    """Compile ``locales/<lang>/LC_MESSAGES/messages.po`` in memory; English needs none."""
    po = locales / lang / "LC_MESSAGES" / "messages.po"
    if not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as f:
        catalog = pofile.read_po(f, locale=lang)
    buffer = io.BytesIO()
    mofile.write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


def atom_datetime(date: PartialDate) -> str:
    """The first instant of a partial date, as Atom wants it."""
    return f"{date.year:04d}-{date.month or 1:02d}-{date.day or 1:02d}T00:00:00Z"


@dataclass(frozen=True)
class Feed:
    """One Atom document: a language's newest entries, one of its archives (RFC 5005), or a region's entries."""

    path: str  # output path, "fr/feed.xml", "fr/feed/2023.xml", "fr/regions/tibet/feed.xml"
    id: str  # tag: URI; a language's feed and its archives share it
    title: str
    self_url: str  # absolute when site_url is set
    html_url: str
    entries: tuple[tuple[Entry, str], ...]  # (entry, Atom date), newest first
    archive: bool = False  # an archive document (fh:archive): its entries are in no other archive
    links: tuple[tuple[str, str], ...] = ()  # (rel, absolute URL): current, prev-archive, next-archive

    @property
    def updated(self) -> str:
        return max((d for _, d in self.entries), default=f"{NO_DATE}T00:00:00Z")


def feed_dates(entries: Iterable[Entry], added: Mapping[str, str]) -> list[tuple[Entry, str]]:
    """Each entry with the date a feed gives it, newest first: the report's date, or for an
    undated report the day its file was added to the archive (``added``, by slug: :attr:`Site.added`;
    a fixed day without history)."""
    dated = [(e, atom_datetime(e.date) if e.date else f"{added.get(e.slug, NO_DATE)}T00:00:00Z") for e in entries]
    return sorted(dated, key=lambda pair: (pair[1], pair[0].slug), reverse=True)


@dataclass(frozen=True)
class UI:
    """What templates call ``ui``: the site, URLs and display values in one UI language."""

    site: Site
    vocab: Vocabulary
    config: Config
    lang: str
    t: gettext.NullTranslations
    deviser: Deviser | None = None  # devises titles and summaries nobody translated
    _items: dict[str, Item] = field(default_factory=dict, compare=False, repr=False)

    def html_lang(self, lang: str) -> str:
        term = self.vocab.languages.get(lang)
        return (term.html if term else None) or lang

    def url_for(self, kind: str, lang: str | None = None, **params: Any) -> str:
        """The URL of a file of ``kind`` (:data:`routes.ROUTES`), in this UI language unless
        ``lang`` is given: ``ui.url_for("region", slug="tibet")`` → ``/fr/regions/tibet/``."""
        if routes.ROUTES[kind].per_language:
            lang = lang or self.lang
        return routes.url_for(kind, lang, self.config.base_url, **params)

    def route_of(self, kind: str, lang: str | None = None, **params: Any) -> str:
        """A file's address without the base URL (``fr/entries/<slug>/``): what tag: ids name."""
        return routes.route_of(kind, (lang or self.lang) if routes.ROUTES[kind].per_language else None, **params)

    def page_url(self, page: routes.Page, lang: str | None = None) -> str:
        """A page's URL, in another UI language's tree when ``lang`` is given."""
        return routes.url_for(page.kind, (lang or page.lang) if page.lang else None, self.config.base_url, **dict(page.params))

    def absolute(self, url: str) -> str:
        """``/aid-archive/fr/`` → ``https://example.org/aid-archive/fr/`` (unchanged without site_url)."""
        return f"{self.config.site_url}{url}"

    def absolute_url(self, kind: str, lang: str | None = None, **params: Any) -> str:
        """A file's URL as sitemaps, feeds, hreflang and canonical links give it."""
        return self.absolute(self.url_for(kind, lang, **params))

    def tag_uri(self, specific: str) -> str:
        """A permanent id (RFC 4151): ``tag:example.org,2024:fr/entries/<slug>``; the site's host
        names the authority (``localhost`` for a build without ``site_url``)."""
        from urllib.parse import urlsplit

        host = urlsplit(self.config.site_url).hostname or "localhost"
        return f"tag:{host},{TAG_DATE}:{specific}"

    def region_url(self, slug: str) -> str:
        return self.url_for("region", slug=slug)

    def origin_url(self, slug: str, region: str | None = None) -> str:
        """The page of where ``slug`` sent aid; ``region`` points at that region's part of it."""
        return self.url_for("origin", slug=slug) + (f"#to-{region}" if region else "")

    def feed_url(self, region: str | None = None, lang: str | None = None) -> str:
        return self.url_for("region_feed", lang, slug=region) if region else self.url_for("feed", lang)

    def original_article(self, entry: Entry) -> str:
        """The host of the original article's URL, as the sourcing line shows it."""
        from urllib.parse import urlsplit

        host = urlsplit(entry.url or "").hostname or ""
        return host.removeprefix("www.")

    def entry_url(self, entry: Entry, lang: str | None = None) -> str:
        return self.url_for("entry", lang, slug=entry.slug)

    def original_tree(self, entry: Entry) -> str:
        """The UI tree whose page of ``entry`` carries its body: the original's language."""
        return entry.lang if entry.lang in LANGUAGES else LANGUAGES[0]

    def name(self, kind: str, slug: str) -> str:
        return self.vocab.name(kind, slug, self.lang)

    def pick(self, text: Text, entry: Entry) -> Shown:
        """``text`` in this language; the entry's title or summary devised when nobody translated it."""
        field = "title" if text is entry.title else "summary" if text is entry.summary else None
        if self.deviser and field and not text.get(self.lang):
            original, _ = text.pick(entry.lang, entry.lang)
            devised, _ = self.deviser.text(entry, field, self.lang)
            return Shown(devised, self.html_lang(self.lang), False, "", True, original, self.html_lang(entry.lang))
        value, fell_back = text.pick(self.lang, entry.lang)
        return Shown(value, self.html_lang(entry.lang if fell_back else self.lang), fell_back, self._marker)

    @cached_property
    def _marker(self) -> str:
        return self.t.gettext(UNTRANSLATED)

    def item(self, entry: Entry) -> Item:
        """An entry's URL, title, summary, date and region name in this language (cached)."""
        item = self._items.get(entry.slug)
        if item is None:
            item = self._items[entry.slug] = Item(
                self.entry_url(entry), self.pick(entry.title, entry), self.pick(entry.summary, entry),
                self.date(entry.date), self.name("regions", entry.region),
            )
        return item

    def date(self, date: PartialDate | None) -> str:
        return format_partial_date(date, self.lang) if date else self.t.gettext("Undated")

    def year_label(self, key: str) -> str:
        """A year group's label: "2023" or "2023年"; "Undated" in the UI language."""
        return self.date(PartialDate(int(key))) if key.isdigit() else self.t.gettext("Undated")

    def regions_by_name(self) -> tuple[Group, ...]:
        """Regions in the reader's alphabetical order (pinyin for Chinese names)."""
        return self._regions_by_name

    @cached_property
    def _regions_by_name(self) -> tuple[Group, ...]:
        return tuple(sorted(self.site.regions, key=lambda g: _collation_key(self.name("regions", g.key), self.lang)))


def _collation_key(text: str, lang: str) -> str:
    """Accents and case ignored; Chinese by pinyin."""
    if lang == "zh":
        from pypinyin import lazy_pinyin

        text = " ".join(lazy_pinyin(text))
    return slugs.fold(text)


class CompiledTemplates(BytecodeCache):
    """Compiled templates kept in memory, checked against their source: the environments of the
    three languages, and every rebuild of the live preview, compile each template once."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)  # ignored when the source changed since

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = CompiledTemplates()  # every environment below has the same settings
_BETWEEN_TAGS = re.compile(r"(?<=>)\n[ \t]*(?=<)")  # a line break after a tag, before a tag
_AFTER_TAG = re.compile(r"(?<=>)\n[ \t]*\Z")  # … before whatever the next token starts with


class BetweenTags(Extension):
    """Templates without the line breaks that end a line after a tag when the next line starts
    with a tag (or a block tag, whose own line break ``trim_blocks`` removes): whitespace a reader
    never sees, written on every page. Only the templates' own text is changed, never what they
    output, so an entry's body keeps its lines; the tokens keep their line numbers, so an error
    names its template's line. A break between two inline elements shows as a space: the other
    templates write such a space on the line (``</span> <span>``), or lay their controls out as
    flex boxes (the search box); the search page, one per language, is left as written (its
    controls are spaced by their line breaks)."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        if stream.name == "search.html":
            yield from stream
            return
        pending: Token | None = None  # template text, kept until the next token is known
        for token in stream:
            if pending is not None:
                value = pending.value
                if token.type == TOKEN_BLOCK_BEGIN or (token.type == TOKEN_DATA and token.value.startswith("<")):
                    value = _AFTER_TAG.sub("", value)
                if value:
                    yield Token(pending.lineno, TOKEN_DATA, value)
                pending = None
            if token.type == TOKEN_DATA:
                pending = Token(token.lineno, TOKEN_DATA, _BETWEEN_TAGS.sub("", token.value))
            else:
                yield token
        if pending is not None and pending.value:
            yield pending


def _environment(templates: Path, t: gettext.NullTranslations) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,
        autoescape=select_autoescape(("html", "xml"), default_for_string=True),
        extensions=["jinja2.ext.i18n", BetweenTags],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one build renders each template many times: load it once
        bytecode_cache=_COMPILED,
    )
    env.install_gettext_translations(t, newstyle=True)  # type: ignore[attr-defined]
    # |tojson escapes <, >, & and ' for <script>; compact and readable (Chinese stays Chinese)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    env.globals.update(_translators(t))
    return env


def _translators(t: gettext.NullTranslations) -> dict[str, Callable[..., Markup]]:
    """``_``, ``gettext`` and ``ngettext`` as ``jinja2.ext.i18n`` makes them in new style (the
    message is escaped-formatted with its keyword arguments), called directly rather than through
    the template context; a message without arguments is translated once. The extension stays
    installed (``{% trans %}`` blocks, ``pybabel extract``); these globals only shortcut its calls:
    300 pages rendered in 1.3–1.6 s with them, 2.2–2.3 s without (same machine, best of 3)."""
    plain: dict[str, Markup] = {}

    def gettext_(message: str, /, **variables: Any) -> Markup:
        if variables:
            return Markup(t.gettext(message)) % variables
        if message not in plain:
            plain[message] = Markup(t.gettext(message)) % {}
        return plain[message]

    def ngettext_(singular: str, plural: str, num: int, /, **variables: Any) -> Markup:
        variables.setdefault("num", num)
        return Markup(t.ngettext(singular, plural, num)) % variables

    return {"_": gettext_, "gettext": gettext_, "ngettext": ngettext_}


def _entry_variables(entry: Entry, helper: UI) -> dict[str, Any]:
    item = helper.item(entry)
    home = helper.original_tree(entry)
    # This page (in its own language) is based on the original article (in the original's).
    original_title = entry.title.pick(entry.lang, entry.lang)[0]
    based_on: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": original_title,
        "inLanguage": helper.html_lang(entry.lang),
    }
    if entry.url:
        based_on["url"] = entry.url
    if entry.date:
        based_on["datePublished"] = entry.date.iso
    if entry.authors:
        based_on["author"] = [{"@type": "Person", "name": a} for a in entry.authors]
    if entry.source:
        based_on["publisher"] = {"@type": "Organization", "name": helper.name("sources", entry.source)}
    data: dict[str, Any] = {  # the description is the page's own meta description
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.title.text,
        "inLanguage": item.title.lang,
        "url": helper.absolute_url("entry", slug=entry.slug),
        "contentLocation": {"@type": "Place", "name": item.region},
        "keywords": [helper.name("tags", t) for t in entry.tags],
        "isBasedOn": based_on,
    }
    if entry.date:
        data["datePublished"] = entry.date.iso
    return {  # the body is published once, on the page in its own language; the others link to it
        "body": Markup(markdown_to_html(entry.body)) if helper.lang == home else None,
        "original_url": helper.entry_url(entry, home),
        "original_name": _native(helper.vocab, entry.lang),
        "item": item,
        "neighbours": helper.site.neighbours_of(entry.slug),
        "json_ld": data,
        "description": item.summary.text,
    }


def assembled(entries: Iterable[Entry], config: Config) -> Site:
    """The site :func:`iter_site` renders: the entries assembled, the undated ones dated in
    feeds by the day the history says their file was added."""
    entries = tuple(entries)
    undated = [e for e in entries if e.date is None]
    files = added_dates(config.path("content")) if undated else {}
    found = ((e.slug, files.get(e.path.stem if e.path else e.slug)) for e in undated)  # history knows files, not slugs
    return assemble(entries, {slug: day for slug, day in found if day})


def render_site(
    entries: Iterable[Entry], vocab: Vocabulary, config: Config, *, only: Callable[[str], bool] | None = None
) -> dict[str, bytes]:
    """Every file of :func:`iter_site`, by path; refuse a path rendered twice."""
    files: dict[str, bytes] = {}
    for path, data in iter_site(entries, vocab, config, only=only):
        if path in files:
            raise OutputClash(f"{path}: two pages would write this file; check for duplicate slugs")
        files[path] = data
    return dict(sorted(files.items()))


def iter_site(
    entries: Iterable[Entry], vocab: Vocabulary, config: Config, *, only: Callable[[str], bool] | None = None
) -> Iterator[tuple[str, bytes]]:
    """Render every page, feed, sitemap, data file and static asset of the archive, one
    ``(path, bytes)`` at a time, so the writer can store each file as it comes and memory stays
    bounded. ``sitemap.xml`` is an index of one sitemap per language (``en/sitemap.xml`` …).

    Templates in ``config.path("templates")`` get, on every page of a UI language:

    - ``lang`` ("en", "fr", "zh"), ``html_lang`` ("en", "fr", "zh-Hans"), ``base_url`` ("/" or
      "/aid-archive/"), ``site_url`` (absolute origin or ""), ``site_title`` (translated),
      ``static_url`` (``base_url`` + "static/"), ``languages`` (``LANGUAGES``), ``latest`` (how many
      entries a home page lists), ``flow_map()`` (the :class:`~.flowmap.ChoroplethMap` of entries
      per region), ``og_locale``,
      ``language_names`` and ``native_names`` (by code);
    - ``page``: the :class:`routes.Page` (``page.kind``, ``page.path``, ``page.route``, ``page.template``),
      ``page_url`` (its URL with ``base_url``), ``canonical`` (absolute when ``site_url`` is set),
      ``alternates`` (one :class:`Alternate` per language, for hreflang and the switcher),
      ``x_default`` (URL for hreflang="x-default");
    - ``urls``: home, regions, years, undated, search, flows, feed, data_json, data_csv, chooser,
      sitemap_index (``ui.url_for`` of each kind);
    - ``sitemap_pages()``: the pages a sitemap lists (:func:`routes.sitemap_pages`);
    - ``ui`` (a :class:`UI`): ``ui.url_for(kind, lang=None, **params)`` (every URL: :data:`routes.ROUTES`),
      ``ui.page_url(page, lang=None)``, ``ui.entry_url(entry, lang=None)``,
      ``ui.original_tree(entry)``, ``ui.name(kind, slug)``,
      ``ui.pick(text, entry)`` → :class:`Shown` (``{{ shown }}`` writes it with its marker),
      ``ui.item(entry)`` → :class:`Item`, ``ui.date(partial_date_or_none)``,
      ``ui.html_lang(lang)``, ``ui.year_label(key)``, ``ui.regions_by_name()``, ``ui.site`` (the assembled :class:`Site`),
      URLs: ``ui.absolute(url)``, ``ui.absolute_url(kind, lang=None, **params)``, ``ui.region_url(slug)``,
      ``ui.origin_url(slug, region=None)``, ``ui.feed_url(region=None, lang=None)``,
      ``ui.tag_uri(specific)``, ``ui.original_article(entry)`` (the original's host);
    - gettext: ``_``, ``gettext``, ``ngettext`` (``jinja2.ext.i18n``, new style).

    Page templates get their own variables too: ``group`` (region.html, year.html,
    origin.html), ``feed`` (feed.xml: a :class:`Feed`), ``entry``,
    ``item``, ``body`` (the article's HTML, only on the page in the tree of its language, else
    ``None``), ``original_url`` (that page), ``original_name`` (its language's own name),
    ``neighbours``, ``json_ld`` (a dict, written with ``|tojson``), ``description`` (entry.html).

    With ``only``, just the output paths it accepts are rendered; it is asked about every path
    of the site, once (the live preview re-renders what an edit touched).
    """
    site = assembled(entries, config)
    templates = config.path("templates")
    locales = config.root / "locales"
    wanted = only or (lambda path: True)
    helpers: dict[str, UI] = {}
    catalogs = {lang: load_translations(locales, lang) for lang in LANGUAGES}
    deviser = Deviser(vocab, catalogs)
    newest = functools.cache(lambda: tuple(feed_dates(site.entries, site.added)[: config.feed_entries]))

    for lang in LANGUAGES:
        t = catalogs[lang]
        env = _environment(templates, t)
        helper = helpers[lang] = UI(site, vocab, config, lang, t, deviser)
        env.globals.update(_globals(helper, vocab, config, t))
        for page in routes.pages(site, lang):
            if not wanted(page.path):
                continue
            variables = dict(page.variables)
            if "entry" in variables:
                variables.update(_entry_variables(variables["entry"], helper))
            if "target" in variables:
                variables["item"] = helper.item(variables["target"])
            if page.kind in ("feed", "feed_archive", "region_feed"):
                variables["feed"] = _feed(page, helper, newest)
            context = {**_page_globals(page, helper), **variables}
            yield page.path, env.get_template(page.template).render(context).encode("utf-8")
        for page in routes.pages(site, None) if lang == LANGUAGES[0] else ():  # site-wide: chooser, 404 …
            if wanted(page.path):
                yield page.path, env.get_template(page.template).render(_page_globals(page, helper)).encode("utf-8")

    exports = {kind: routes.path_for(kind) for kind in ("data_json", "data_csv") if wanted(routes.path_for(kind))}
    if exports:
        records = [record(e, deviser) for e in site.entries]
        entry_url = config.site_url + routes.template_for("entry", config.base_url)
        if "data_json" in exports:
            yield exports["data_json"], entries_json(records, vocab, entry_url)
        if "data_csv" in exports:
            yield exports["data_csv"], entries_csv(records, vocab, entry_url)
    for path, data in _static(config.root / "static"):
        if wanted(path):
            yield path, data


def _feed(page: routes.Page, helper: UI, newest: Callable[[], tuple[tuple[Entry, str], ...]]) -> Feed:
    """The Atom document a ``feed``, ``feed_archive`` or ``region_feed`` page is. A language's
    feed is archived (RFC 5005): ``feed`` holds the ``newest()`` entries and links its newest
    archive; each archive, a year's or the undated entries', links ``current`` and its
    neighbours in the chain (``next-archive`` newer, ``prev-archive`` older)."""
    title = helper.t.gettext(helper.config.title)
    group = dict(page.variables).get("group")
    site = helper.site
    if page.kind == "region_feed":
        assert group is not None
        return Feed(
            page.path, helper.tag_uri(routes.route_of("region", helper.lang, slug=group.key)),
            f"{helper.name('regions', group.key)} · {title}", helper.absolute(helper.url_for("region_feed", slug=group.key)),
            helper.absolute(helper.url_for("region", slug=group.key)), tuple(feed_dates(group.entries, site.added)),
        )
    feed_id = helper.tag_uri(routes.route_of("home", helper.lang))
    current = helper.absolute(helper.url_for("feed"))
    chain = [g.key for g in site.archives]

    def archive(key: str) -> str:
        return helper.absolute(helper.url_for("feed_archive", slug=key))

    if group is None:
        links = (("prev-archive", archive(chain[0])),) if chain else ()
        return Feed(page.path, feed_id, title, current, helper.absolute(helper.url_for("home")), newest(), links=links)
    i = chain.index(group.key)
    links = (("current", current), *((("next-archive", archive(chain[i - 1])),) if i > 0 else ()),
             *((("prev-archive", archive(chain[i + 1])),) if i + 1 < len(chain) else ()))
    html = helper.url_for("undated") if group.key == UNDATED else helper.url_for("year", slug=group.key)
    return Feed(page.path, feed_id, title, archive(group.key), helper.absolute(html),
                tuple(feed_dates(group.entries, site.added)), archive=True, links=links)


def _static(folder: Path) -> Iterable[tuple[str, bytes]]:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() or path.is_symlink():
            rel = path.relative_to(folder).as_posix()
            data = files.read_bytes(path, 1 << 30)  # a link is refused, never followed
            yield (routes.path_for("favicon") if rel == "favicon.ico" else routes.path_for("static", path=rel)), data


def _globals(helper: UI, vocab: Vocabulary, config: Config, t: gettext.NullTranslations) -> dict[str, Any]:
    lang = helper.lang
    return {
        "lang": lang,
        "html_lang": helper.html_lang(lang),
        "base_url": config.base_url,
        "site_url": config.site_url,
        "site_title": t.gettext(config.title),
        "static_url": f"{config.base_url}static/",
        "languages": LANGUAGES,
        "og_locale": OG_LOCALES[lang],
        "latest": LATEST,
        "ui": helper,
        "language_names": {code: vocab.name("languages", code, lang) for code in vocab.languages},
        "native_names": {code: _native(vocab, code) for code in LANGUAGES},
        "urls": {  # the site's fixed addresses in this language, by kind
            kind: helper.url_for(kind)
            for kind in ("home", "regions", "years", "undated", "search", "flows", "feed", "data_json", "data_csv", "chooser", "sitemap_index")
        },
        "sitemap_pages": lambda: routes.sitemap_pages(helper.site),
        "atom_datetime": atom_datetime,
        "flow_map": lambda: choropleth(config.path("vocab") / MAP_FILE, {g.key: g.count for g in helper.site.regions}),
    }


def _native(vocab: Vocabulary, code: str) -> str:
    """A language's name in itself: "中文", "français", "English"."""
    return vocab.name("languages", code, code)


def _page_globals(page: routes.Page, helper: UI) -> dict[str, Any]:
    alternates = tuple(
        Alternate(lang, helper.html_lang(lang), _native(helper.vocab, lang), helper.page_url(page, lang))
        for lang in LANGUAGES
    )
    url = helper.page_url(page)
    return {
        "page": page,
        "page_url": url,
        "canonical": helper.absolute(url) if helper.config.site_url else "",
        "alternates": alternates,
        "x_default": helper.url_for("chooser") if page.kind == "home" else alternates[0].url,
        "absolute": helper.absolute,  # hreflang links: absolute when site_url is set
    }


