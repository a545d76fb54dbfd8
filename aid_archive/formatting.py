"""Turn values into display text: partial dates per UI language, Markdown into safe HTML."""

from __future__ import annotations

import datetime
import functools
import re
import threading
from xml.etree.ElementTree import Element

import markdown
import nh3
from babel.dates import format_date, format_skeleton
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .models import PartialDate

BABEL_LOCALES = {"en": "en", "fr": "fr", "zh": "zh_Hans_CN"}
"""The Babel locale of each UI language."""

_SKELETONS = {"year": "y", "month": "yMMMM"}

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "q", "s", "small", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # no images, media or frames: a page never asks another host for anything
ALLOWED_ATTRIBUTES = {
    "*": {"lang", "title"},
    "a": {"href"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
ALLOWED_CLASSES = {"p": {"caption"}}
URL_SCHEMES = {"http", "https", "mailto"}


@functools.lru_cache(maxsize=1 << 12)  # dates × 3 languages: a few thousand at most
def format_partial_date(date: PartialDate, lang: str) -> str:
    """``2023-07-14`` → "14 juillet 2023"; ``2024-02`` → "2024年2月"; ``2022`` → "2022"."""
    locale = BABEL_LOCALES[lang]
    day = datetime.date(date.year, date.month or 1, date.day or 1)
    if date.precision == "day":
        return format_date(day, "long", locale=locale)
    return format_skeleton(_SKELETONS[date.precision], day, locale=locale)


_HEADING = re.compile(r"<(/?)h([1-6])\b")


def _demote_headings(html: str) -> str:
    """Body headings start at ``h3``: the page has the title (h1) and "Original article" (h2)."""
    return _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 2, 6)}", html)


def sanitise(html: str) -> str:
    """Keep only harmless tags and attributes; links only to http(s) and mail addresses."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


_local = threading.local()
BODIES = 1 << 14  # bodies whose HTML is kept (a few kB each)


INLINE_PATTERNS = frozenset({
    "backtick", "escape", "reference", "link", "image_link", "image_reference", "short_reference",
    "short_image_ref", "autolink", "automail", "linebreak", "html", "entity", "not_strong",
    "em_strong", "em_strong2",
})
"""Python-Markdown's inline patterns (3.5 and later): each match holds a character of ``_INLINE``."""
_INLINE = re.compile(r"[`\\\[<&*_]|  \n")  # code, escape, link/image, autolink/HTML, entity, emphasis, line break


class PlainText(Treeprocessor):
    """Before Python-Markdown's inline stage, which tries each inline pattern in turn on every
    text: a text holding no character that a pattern needs (most paragraphs) is marked an
    ``AtomicString``, the library's documented way to keep that stage off a text."""

    def run(self, root: Element) -> None:
        for element in root.iter():
            text = element.text
            if text and not isinstance(text, AtomicString) and _INLINE.search(text) is None:
                element.text = AtomicString(text)


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter: built once (loading extensions is costly), reset per use."""
    if not hasattr(_local, "converter"):
        md = markdown.Markdown(extensions=["attr_list", "sane_lists", "tables"], output_format="html")
        if len(md.inlinePatterns) == sum(name in md.inlinePatterns for name in INLINE_PATTERNS):
            md.treeprocessors.register(PlainText(md), "plain-text", 21)  # before "inline" (20); only the patterns it knows
        _local.converter = md
    return _local.converter


@functools.lru_cache(maxsize=BODIES)
def markdown_to_html(text: str) -> str:
    """Render an entry body (``attr_list`` for ``{: .caption }`` lines) and sanitise the result.

    Cached by the text itself, for the last ``BODIES`` bodies: the search records and the pages
    share one conversion per body (records go first; beyond that many, bodies are converted again).
    """
    html = _converter().reset().convert(text)
    return sanitise(_demote_headings(html)).strip() + "\n"
