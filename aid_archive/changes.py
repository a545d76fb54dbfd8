"""What changed since the last build, and which pages that touches: the one decision that
``build`` (:mod:`aid_archive.cli`, with the state of :mod:`aid_archive.cache`) and ``serve``
(:class:`aid_archive.preview.Builder`) both make, the same way.

Two kinds of input: the entries, compared one by one (:func:`touched` says which pages an
edited entry reaches: its own for a body, the listings that print it for anything else), and the site-wide inputs (:func:`site_wide`: templates, static files,
translations, vocabularies, ``config.yaml`` and the code), any change of which re-renders
every page (:func:`plan`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from . import routes
from .config import Config
from .models import Entry
from .render import LATEST
from .site import Group, Neighbours, Site

Stamp = tuple[int, int]  # (size, mtime_ns): saving a file changes its time, as make assumes
SITE_WIDE = ("templates", "static", "locales", "vocab")  # folders whose change re-renders everything
# route kinds whose files read no entry: only a site-wide change re-renders them
READ_NO_ENTRY = frozenset({"search", "chooser", "404", "robots", "sitemap_index", "static", "favicon"})


def stamps(folder: Path, pattern: str = "**/*") -> dict[Path, Stamp]:
    """Size and modification time of every file under ``folder`` (none when it is missing)."""
    if not folder.is_dir():
        return {}
    found: dict[Path, Stamp] = {}
    if pattern != "**/*":
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and not path.name.startswith(".") and "__pycache__" not in path.parts:
                st = path.stat()
                found[path] = (st.st_size, st.st_mtime_ns)
        return found
    # every file below, as ``glob("**/*")`` finds them (links to files followed, not to folders),
    # read with scandir: the content folder of a large archive is checked on every build
    pending = [os.fspath(folder)]
    while pending:
        with os.scandir(pending.pop()) as listing:
            for item in listing:
                if item.name == "__pycache__":
                    continue
                if item.is_dir(follow_symlinks=False):
                    pending.append(item.path)
                elif not item.name.startswith(".") and item.is_file():
                    st = item.stat()
                    found[Path(item.path)] = (st.st_size, st.st_mtime_ns)
    return dict(sorted(found.items()))


def code() -> Path:
    """The package's own folder: a new version of the program is a site-wide change."""
    return Path(__file__).resolve().parent


def modules(names: Iterable[str]) -> dict[Path, Stamp]:
    """The package's modules ``names`` ("search" → ``search.py``): the code one stage's output
    depends on, when a change elsewhere in the program cannot change it."""
    return {path: stamp for path, stamp in stamps(code(), "*.py").items() if path.stem in set(names)}


def site_wide(config: Config) -> dict[Path, Stamp]:
    """Every input that every page depends on besides the entries."""
    found: dict[Path, Stamp] = {}
    for name in SITE_WIDE:
        found.update(stamps(config.path(name) if hasattr(config, name) else config.root / name))
    config_file = config.root / "config.yaml"
    if config_file.is_file():
        st = config_file.stat()
        found[config_file] = (st.st_size, st.st_mtime_ns)
    found.update(stamps(code()))
    return found


def differing(old: Mapping[Path, Stamp], new: Mapping[Path, Stamp]) -> list[Path]:
    """The files added, removed or saved between two :func:`site_wide` readings."""
    return sorted(old.keys() ^ new.keys() | {p for p in new if old.get(p) not in (None, new[p])})


def listed(entry: Entry) -> Entry:
    """An entry as listings, feeds and data files print it: all but its body."""
    return dataclasses.replace(entry, body="")


def _slugs(group: Group | None) -> tuple[str, ...]:
    return tuple(e.slug for e in group.entries) if group else ()


def tally(site: Site) -> tuple[object, ...]:
    """The counts the regions, years and flows pages print: entries by region, year, flow and
    origin, the undated ones, those without an origin."""
    return (
        len(site.entries), tuple((g.key, g.count) for g in site.regions), tuple((g.key, g.count) for g in site.years),
        site.undated.count, tuple((f.origin, f.region, len(f.entries)) for f in site.flows),
        tuple((g.key, g.count) for g in site.origins), sum(1 for e in site.entries if not e.origin),
    )


def touched(old: Site, new: Site) -> Callable[[str], bool]:
    """Which output paths of ``new`` may differ from ``old``'s: a filter for ``render_site``.

    Pure; it follows what the templates read. Only entry pages print a body: an edit of bodies
    alone re-renders the edited entries' pages. An entry *relisted* (added, removed, any other
    field edited, or its feed date changed in the history) re-renders the listings holding it:
    its region's page and feed, its year's page and feed archive, its origin's page, the
    language feeds and data files, the pages of its neighbours and of its aliases, the home
    page when it is among the latest; the regions, years and flows pages when the counts
    change; the sitemaps when the addresses do. Pages that read no entry (search, chooser,
    404, robots, static files) are never re-rendered here; a kind not named is.
    """
    old_entries = {e.slug: e for e in old.entries}
    new_entries = {e.slug: e for e in new.entries}
    edited = {s for s in old_entries.keys() | new_entries.keys() if old_entries.get(s) != new_entries.get(s)}
    relisted = {
        s for s in edited
        if s not in old_entries or s not in new_entries or listed(old_entries[s]) != listed(new_entries[s])
    } | {s for s in old.added.keys() | new.added.keys() if old.added.get(s) != new.added.get(s)}
    entries = edited & new_entries.keys()
    sets: dict[str, set[str]] = {kind: set() for kind in ("region", "year", "origin", "feed_archive")}
    flags = dict.fromkeys(("home", "regions", "years", "flows", "feed", "sitemap", "data_json", "data_csv"), bool(relisted))
    if relisted:  # else every listing, count and address is as it was
        old_regions, new_regions = {g.key: g for g in old.regions}, {g.key: g for g in new.regions}
        flipped = old_regions.keys() ^ new_regions.keys()  # regions that gained or lost their page

        def differ(a: Group | None, b: Group | None) -> bool:
            slugs = _slugs(b)
            return slugs != _slugs(a) or not relisted.isdisjoint(slugs)

        def side(n: Neighbours) -> tuple[str | None, str | None]:
            return (n.previous.slug if n.previous else None, n.next.slug if n.next else None)

        for slug, entry in new_entries.items():
            around = side(new.neighbours_of(slug))
            if around != side(old.neighbours_of(slug)) or not relisted.isdisjoint(around) or entry.origin in flipped:
                entries.add(slug)
        entries |= {alias for slug in relisted & new_entries.keys() for alias in new_entries[slug].aliases}  # redirects
        sets["region"] = {k for k, g in new_regions.items() if flipped or differ(old_regions.get(k), g)}
        old_years = {g.key: g for g in (*old.years, old.undated)}
        new_years = {g.key: g for g in (*new.years, new.undated)}
        sets["year"] = {k for k, g in new_years.items() if differ(old_years.get(k), g)}
        old_origins = {g.key: g for g in old.origins}
        sets["origin"] = {g.key for g in new.origins if g.key in flipped or differ(old_origins.get(g.key), g)}
        chain = [g.key for g in new.archives]
        same_chain = chain == [g.key for g in old.archives]
        sets["feed_archive"] = {k for k in chain if not same_chain or k in sets["year"]}
        counts_changed = tally(old) != tally(new)
        latest = [e.slug for e in old.entries[:LATEST]], [e.slug for e in new.entries[:LATEST]]
        flags.update(
            regions=counts_changed, years=counts_changed, flows=counts_changed,
            home=counts_changed or latest[0] != latest[1] or not relisted.isdisjoint(latest[0] + latest[1]),
            sitemap=routes.sitemap_keys(old) != routes.sitemap_keys(new),
        )
    sets["entry"] = entries  # redirect pages share the entries' address pattern, undated pages the years'
    sets["region_feed"] = sets["region"]

    def accept(path: str) -> bool:
        found = routes.match(path)
        if found is None:
            return True
        kind, params = found
        if kind in sets:
            return params["slug"] in sets[kind]
        return flags.get(kind, kind not in READ_NO_ENTRY)

    return accept


def everything(path: str) -> bool:
    """The filter of a full build."""
    return True


def plan(old: Site | None, new: Site, same_site_wide: bool) -> Callable[[str], bool]:
    """The pages to render: those the entries' changes touch when nothing site-wide changed
    since ``old`` was built, else all of them (no previous site: all of them too)."""
    return touched(old, new) if old is not None and same_site_wide else everything


def shown(paths: Iterable[Path], root: Path) -> list[str]:
    """Paths as an editor reads them: relative to the project when inside it."""
    return [str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in paths]
