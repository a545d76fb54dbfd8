"""Checks across entries, after each file has been parsed: duplicate slugs, broken internal links.

``content.load_entries`` reports what is wrong inside one file (schema, vocabularies, missing
translations); this stage reports what is wrong between files. Pure: it reads the texts given.
"""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import LANGUAGES, content, files, parsed, routes
from .config import Config
from .content import BODY_START, split_front_matter
from .models import Entry, Problem
from .site import assemble
from .vocab import Vocabulary

_INLINE = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_HREF = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""", re.I)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_CODE_SPAN = re.compile(r"`[^`]*`")


def duplicate_slugs(paths: Iterable[str]) -> list[Problem]:
    """Entry files whose slugs differ only by case: one page would overwrite the other."""
    seen: dict[str, str] = {}
    problems = []
    for path in sorted(paths):
        slug = posixpath.basename(path).rsplit(".", 1)[0]
        key = slug.casefold()
        if key in seen:
            problems.append(Problem(path, 1, "slug", f"{slug!r} is also the slug of {seen[key]}; rename one of the files"))
        else:
            seen[key] = path
    return problems


def links(body: str, first_line: int) -> Iterable[tuple[int, str]]:
    """(line, target) of every Markdown or HTML link and image, outside code."""
    fenced = False
    for offset, text in enumerate(body.split("\n")):
        if _FENCE.match(text):
            fenced = not fenced
            continue
        if fenced or text.startswith(("    ", "\t")):
            continue
        text = _CODE_SPAN.sub("", text)
        line = first_line + offset
        for pattern in (_INLINE, _HREF):
            for m in pattern.finditer(text):
                yield line, m.group(1)
        m = _REFERENCE.match(text)
        if m:
            yield line, m.group(1)


def _links(body: str, first_line: int) -> tuple[tuple[int, str], ...]:
    """:func:`links`; a body without any mark of a link (most: a Markdown link needs ``](`` or
    ``]:``, an HTML one ``=``) is not read line by line."""
    if "](" not in body and "]:" not in body and "=" not in body:
        return ()
    return _links_of(body, first_line)


@functools.lru_cache(maxsize=1 << 16)
def _links_of(body: str, first_line: int) -> tuple[tuple[int, str], ...]:
    """:func:`links`, remembered: the preview checks every body on each save, most unchanged."""
    return tuple(links(body, first_line))


def site_routes(entries: Iterable[Entry]) -> frozenset[str]:
    """Every page's path under the site root, without the base URL: ``en/entries/x/``."""
    return routes.addresses(assemble(entries))


def broken_links(
    texts: Mapping[str, str], entries: Iterable[Entry], base_url: str = "/", static: Iterable[str] = ()
) -> list[Problem]:
    """Links in entry bodies to pages of this site that do not exist.

    ``texts`` maps each entry file (as shown) to its text; ``static`` lists files under
    ``static/``. Links are resolved from the entry's own page, ``/<lang>/entries/<slug>/``.
    """
    entries = list(entries)
    known = site_routes(entries) | {routes.route_of("static", path=name) for name in static}
    slugs = sorted(e.slug for e in entries)
    files = {posixpath.basename(path).rsplit(".", 1)[0] for path in texts}
    problems = []
    for path, text in sorted(texts.items()):
        parts = split_front_matter(text.replace("\r\n", "\n"))
        if parts is None:
            continue
        _, body, body_line = parts
        slug = posixpath.basename(path).rsplit(".", 1)[0]
        here = routes.url_for("entry", LANGUAGES[0], base_url, slug=slug)
        for line, target in links(body, body_line):
            problem = _check(target, here, base_url, known, slugs, files)
            if problem:
                problems.append(Problem(path, line, "body", problem))
    return problems


def entry_links(
    entries: Iterable[Entry], files: Iterable[str], base_url: str = "/", static: Iterable[str] = ()
) -> list[Problem]:
    """Links in the bodies of parsed ``entries`` to pages of this site that do not exist.

    ``files`` lists every entry file (as shown), those with errors included, so that a link to
    one of them says so; the same checks as :func:`broken_links`, without reading the files.
    """
    entries = list(entries)
    found = [(entry, _links(entry.body, entry.lines.get(BODY_START, 1))) for entry in entries]
    if not any(links for _, links in found):
        return []  # the site's addresses are worked out only when a body links somewhere
    known = site_routes(entries) | {routes.route_of("static", path=name) for name in static}
    slugs = sorted(e.slug for e in entries)
    names = {posixpath.basename(path).rsplit(".", 1)[0] for path in files}
    problems = []
    for entry, links in found:
        here = routes.url_for("entry", LANGUAGES[0], base_url, slug=entry.slug)
        shown = entry.path.as_posix() if entry.path else f"{entry.slug}.md"
        for line, target in links:
            problem = _check(target, here, base_url, known, slugs, names)
            if problem:
                problems.append(Problem(shown, line, "body", problem))
    return problems


def across(entries: Iterable[Entry], files: Iterable[str], base_url: str = "/", static: Iterable[str] = ()) -> list[Problem]:
    """Everything wrong between entry files: duplicate slugs, then broken internal links. The
    one check across files that ``check``, ``build`` and ``serve`` all run."""
    files = list(files)
    return [*duplicate_slugs(files), *entry_links(entries, files, base_url, static)]


def _check(target: str, here: str, base_url: str, known: frozenset[str], slugs: list[str], files: set[str]) -> str | None:
    """Why ``target`` is broken, or None when it is fine or points elsewhere."""
    url = urlsplit(target)
    if url.scheme or url.netloc or not url.path:
        return None  # another site, mailto:, or "#section" on this page
    if url.path.endswith(".md"):
        name = posixpath.basename(url.path)[:-3]
        hint = routes.url_for("entry", LANGUAGES[0], slug=name) if name in files else routes.example("entry")
        return f"link {target!r} points to a Markdown file; link to the entry's page instead, e.g. {hint}"
    absolute = posixpath.normpath(posixpath.join(posixpath.dirname(here), unquote(url.path)))
    if url.path.endswith("/") and not absolute.endswith("/"):
        absolute += "/"
    if not absolute.startswith(base_url):
        return f"link {target!r} leaves the site (its base is {base_url}); expected a path like {base_url}{routes.route_of('entry', LANGUAGES[0], slug='<slug>')}"
    route = absolute[len(base_url):]
    if route in known or route.rstrip("/") + "/" in known:
        return None
    found = routes.match(f"{route.rstrip('/')}/index.html")
    if found and found[0] in ("entry", "redirect"):
        lang, slug = found[1]["lang"], found[1]["slug"]
        if lang not in LANGUAGES:
            return f"link {target!r} names the language {lang!r}; expected one of {', '.join(LANGUAGES)}"
        if slug in files:
            return f"link {target!r} points to content/{slug}.md, which has errors; fix that entry first"
        close = difflib.get_close_matches(slug, sorted(files), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; check the file name in content/"
        return f"link {target!r} points to no entry: there is no content/{slug}.md{hint}"
    return f"link {target!r} points to no page of the site; check the address"


def static_files(folder: Path) -> list[str]:
    """Paths of the files under ``static/``, which entries may link to."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def limits(config: Config) -> content.Limits:
    return content.Limits(max_bytes=config.max_entry_bytes, max_nesting=config.max_nesting)


def check_content(
    config: Config, vocab: Vocabulary, *, on_file: Callable[[Path], None] | None = None,
    known: parsed.Parsed | None = None,
) -> tuple[list[Entry], list[Problem], int]:
    """Parse every entry and check it alone and across files: what ``check`` reports and what
    ``build`` refuses to publish. Return the entries, every problem and the number of files.
    ``known``: the last build's parses, for files unchanged since."""
    folder = config.path("content")
    listing = files.entries_in(folder, config.root)
    entries, problems = content.load_entries(folder, vocab, root=config.root, on_file=on_file, limits=limits(config),
                                             known=known, found=listing)
    shown = [files.shown(p, config.root) for p in listing.files]
    problems += across(entries, shown, config.base_url, static_files(config.root / "static"))
    problems.sort(key=lambda p: (p.path, p.line, p.severity != "error"))
    return entries, problems, len(shown)
