"""What changed since the last build, and which pages that touches: the one decision that
``build`` (:mod:`aid_archive.cli`, with the state of :mod:`aid_archive.cache`) and ``serve``
(:class:`aid_archive.preview.Builder`) both make, the same way.

Two kinds of input: the entries, compared one by one (:func:`touched` says which pages an
edited entry reaches), and the site-wide inputs (:func:`site_wide`: templates, static files,
translations, vocabularies, ``config.yaml`` and the code), any change of which re-renders
every page (:func:`plan`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from . import routes
from .config import Config
from .site import Site

Stamp = tuple[int, int]  # (size, mtime_ns): saving a file changes its time, as make assumes
SITE_WIDE = ("templates", "static", "locales", "vocab")  # folders whose change re-renders everything
GROUPS = {"entry": "entries", "redirect": "entries", "region": "regions", "year": "years", "undated": "years"}  # route kinds made for one item


def stamps(folder: Path, pattern: str = "**/*") -> dict[Path, Stamp]:
    """Size and modification time of every file under ``folder`` (none when it is missing)."""
    if not folder.is_dir():
        return {}
    found: dict[Path, Stamp] = {}
    for path in sorted(folder.glob(pattern)):
        if path.is_file() and not path.name.startswith(".") and "__pycache__" not in path.parts:
            st = path.stat()
            found[path] = (st.st_size, st.st_mtime_ns)
    return found


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


def touched(old: Site, new: Site) -> Callable[[str], bool]:
    """Which output paths of ``new`` may differ from ``old``'s: a filter for ``render_site``.

    Pure; it follows what the templates read: an entry page shows its entry, its neighbours
    and whether its origin has a region page; a region page its group, its flows and which
    origins have pages; a year page its group. Every other page is re-rendered.
    """
    old_entries = {e.slug: e for e in old.entries}
    new_entries = {e.slug: e for e in new.entries}
    old_neighbours, new_neighbours = dict(old.neighbours), dict(new.neighbours)
    old_regions = {g.key: g for g in old.regions}
    new_regions = {g.key: g for g in new.regions}
    region_set_changed = old_regions.keys() != new_regions.keys()
    flipped = old_regions.keys() ^ new_regions.keys()

    entries = {
        slug for slug, entry in new_entries.items()
        if old_entries.get(slug) != entry
        or old_neighbours.get(slug) != new_neighbours.get(slug)
        or entry.origin in flipped
    }
    regions = {
        key for key, group in new_regions.items()
        if region_set_changed or old_regions.get(key) != group or old.flows_to(key) != new.flows_to(key)
    }
    old_years = {g.key: g for g in (*old.years, old.undated)}
    years = {g.key for g in (*new.years, new.undated) if old_years.get(g.key) != g}
    entries |= {alias for slug in entries for alias in new_entries[slug].aliases}  # redirect pages
    changed = {"entries": entries, "regions": regions, "years": years}

    def accept(path: str) -> bool:
        found = routes.match(path)
        return found is None or found[0] not in GROUPS or found[1]["slug"] in changed[GROUPS[found[0]]]

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
