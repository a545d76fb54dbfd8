"""Assemble the whole site before rendering: listings by region and year, flows, neighbours."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from .models import Entry

UNDATED = "undated"


@dataclass(frozen=True)
class Group:
    """Entries sharing a region or a year, newest first (undated last)."""

    key: str  # region slug, "2023" or "undated"
    entries: tuple[Entry, ...]

    @property
    def count(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class Flow:
    """Aid sent from one region (``origin``) to another (``region``)."""

    origin: str
    region: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Neighbours:
    """An entry's previous and next entries in its region's listing."""

    previous: Entry | None
    next: Entry | None


@dataclass(frozen=True)
class Site:
    """Everything a page may need to know about the archive as a whole."""

    entries: tuple[Entry, ...]  # newest first, undated last
    regions: tuple[Group, ...]  # by slug
    years: tuple[Group, ...]  # newest year first
    undated: Group
    flows: tuple[Flow, ...]  # by region, then origin
    neighbours: Mapping[str, Neighbours]  # by entry slug (read-only)
    added: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # undated entry's slug → day its file was added (git)

    def region(self, slug: str) -> Group | None:
        return self._regions.get(slug)

    @cached_property
    def _regions(self) -> dict[str, Group]:
        return {g.key: g for g in self.regions}

    @property
    def archives(self) -> tuple[Group, ...]:
        """The groups of the language feeds' archive documents, newest first: each year, then
        the undated entries; together they hold every entry, each once."""
        return (*self.years, self.undated) if self.undated.entries else self.years

    def neighbours_of(self, slug: str) -> Neighbours:
        return self.neighbours.get(slug, Neighbours(None, None))

    def flows_to(self, region: str) -> tuple[Flow, ...]:
        return tuple(f for f in self.flows if f.region == region)

    def flows_from(self, origin: str) -> tuple[Flow, ...]:
        """Where ``origin`` sent aid, by region."""
        return tuple(f for f in self.flows if f.origin == origin)

    @cached_property
    def origins(self) -> tuple[Group, ...]:
        """Regions that sent aid, by slug, each with the entries it sent (newest first)."""
        by_origin = _grouped((e for e in self.entries if e.origin), lambda e: e.origin)
        return tuple(Group(k, v) for k, v in sorted(by_origin.items()))

    def flow(self, origin: str, region: str) -> Flow | None:
        return self._flows.get((origin, region))

    @cached_property
    def _flows(self) -> dict[tuple[str, str], Flow]:
        return {(f.origin, f.region): f for f in self.flows}


def published(entries: Iterable[Entry], drafts: bool = False) -> list[Entry]:
    """The entries the site shows: drafts (``draft: true``) only when ``drafts`` is asked for."""
    return [e for e in entries if drafts or not e.draft]


def _grouped(entries: Iterable[Entry], key) -> dict[str, tuple[Entry, ...]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[key(entry)].append(entry)
    return {k: tuple(v) for k, v in groups.items()}


def assemble(entries: Iterable[Entry], added: Mapping[str, str] | None = None) -> Site:
    """Sort the entries newest first and group them by region, year and origin → region;
    ``added`` (slug → day its file was added) dates the undated ones in feeds."""
    ordered = tuple(sorted(entries, key=Entry.sort_key))
    known = added or {}
    by_region = _grouped(ordered, lambda e: e.region)
    dated = [e for e in ordered if e.year is not None]
    by_year = _grouped(dated, lambda e: f"{e.year:04d}")
    flows = _grouped((e for e in ordered if e.origin), lambda e: f"{e.region}\0{e.origin}")
    neighbours: dict[str, Neighbours] = {}
    for group in by_region.values():
        for i, entry in enumerate(group):
            previous = group[i - 1] if i > 0 else None
            following = group[i + 1] if i + 1 < len(group) else None
            neighbours[entry.slug] = Neighbours(previous, following)
    return Site(
        entries=ordered,
        regions=tuple(Group(k, v) for k, v in sorted(by_region.items())),
        years=tuple(Group(k, v) for k, v in sorted(by_year.items(), reverse=True)),
        undated=Group(UNDATED, tuple(e for e in ordered if e.year is None)),
        flows=tuple(
            Flow(origin=k.split("\0")[1], region=k.split("\0")[0], entries=v)
            for k, v in sorted(flows.items())
        ),
        neighbours=MappingProxyType(dict(sorted(neighbours.items()))),
        added=MappingProxyType({e.slug: known[e.slug] for e in ordered if e.date is None and e.slug in known}),
    )
