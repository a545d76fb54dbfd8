"""Where the published bytes go: ``python bench/sizes.py SITE`` prints them by kind of file.

For a built site, each kind of file (an entry's page in its original language, its pages in the
other UI languages, listings, feeds, data exports, the search bundle …) with its files, bytes,
bytes per entry, and the tar overhead it adds; then the folders and the whole site as one tar
file, the form GitHub Pages receives (``bench/run.py``'s :func:`tar_size`: a 512-byte header per
file and folder, each file padded to 512 bytes, 10,240-byte records). ``--json`` prints the
same figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [p for p in (str(BENCH.parent), str(BENCH)) if p not in sys.path]

from aid_archive import LANGUAGES, routes  # noqa: E402

BLOCK, RECORD = 512, 10240
PAGES_LIMIT = 10**9  # GitHub Pages: the site as one tar file, at most
LISTINGS = {"home", "regions", "region", "years", "year", "undated", "origin", "flows"}
FEEDS = {kind for kind, route in routes.ROUTES.items() if route.template == "feed.xml"}  # archives too
OTHER = {"search", "chooser", "404", "sitemap", "sitemap_index", "robots", "redirect"}
KINDS = (  # in the order printed
    ("entry, original language", "the entry's page in its original language's tree: its body"),
    ("entry, other languages", "its pages in the other UI languages: metadata, a link to the original"),
    ("listings", "home, regions, years, origins, who helped whom"),
    ("feeds", "Atom: every entry per language (newest and archives) and per region"),
    ("data exports", "data/entries.json and data/entries.csv"),
    ("search: fragments", "pagefind/fragment/: one per entry, shown in results"),
    ("search: index", "pagefind/index/: the words"),
    ("search: filters and fixed files", "the rest of pagefind/"),
    ("other pages", "search pages, chooser, 404, sitemaps, robots.txt, redirects"),
    ("static", "static/, favicon.ico"),
)


def padded(size: int) -> int:
    """A file's bytes in a tar: its header and its content padded to 512 bytes."""
    return BLOCK + -(-size // BLOCK) * BLOCK


def original_trees(site: Path) -> dict[str, str]:
    """Each entry's slug → the UI tree that holds its body (its original language's)."""
    data = json.loads((site / routes.path_for("data_json")).read_text(encoding="utf-8"))
    return {e["slug"]: e["lang"] if e["lang"] in LANGUAGES else LANGUAGES[0] for e in data["entries"]}


def kind_of(path: str, trees: dict[str, str]) -> str:
    """Which of :data:`KINDS` an output path is."""
    if path.startswith("pagefind/"):
        folder = path.split("/")[1]
        return {"fragment": "search: fragments", "index": "search: index"}.get(folder, "search: filters and fixed files")
    found = routes.match(path)
    kind, params = found if found else ("", {})
    if kind == "entry" and params["slug"] in trees:  # else an earlier address: a redirect
        return "entry, original language" if trees.get(params["slug"]) == params["lang"] else "entry, other languages"
    if kind in LISTINGS:
        return "listings"
    if kind in FEEDS:
        return "feeds"
    if kind in ("data_json", "data_csv"):
        return "data exports"
    if kind in ("static", "favicon"):
        return "static"
    return "other pages"


def measure(site: Path) -> dict[str, object]:
    """Files, bytes and tar bytes by kind, the folders, and the totals, for a built site."""
    trees = original_trees(site)
    rows: dict[str, dict[str, int]] = defaultdict(lambda: {"files": 0, "bytes": 0, "tar": 0})
    folders = 1  # the site's own folder, "."
    for top, dirs, names in os.walk(site):
        folders += len(dirs)
        for name in names:
            full = os.path.join(top, name)
            path = os.path.relpath(full, site).replace(os.sep, "/")
            size = os.stat(full).st_size
            row = rows[kind_of(path, trees)]
            row["files"] += 1
            row["bytes"] += size
            row["tar"] += padded(size)
    files_tar = sum(r["tar"] for r in rows.values())
    tar = -(-(files_tar + BLOCK * folders + 2 * BLOCK) // RECORD) * RECORD
    return {
        "entries": len(trees),
        "kinds": {name: rows[name] for name, _ in KINDS if name in rows},
        "folders": folders,
        "bytes": sum(r["bytes"] for r in rows.values()),
        "tar": tar,
    }


def table(figures: dict[str, object]) -> str:
    """The figures as a Markdown table, per entry in bytes."""
    n = max(int(figures["entries"]), 1)  # type: ignore[call-overload]
    kinds: dict[str, dict[str, int]] = figures["kinds"]  # type: ignore[assignment]
    tar = int(figures["tar"])  # type: ignore[call-overload]
    lines = [
        f"{n:,} entries, {figures['bytes']:,} bytes in files, {tar:,} bytes as tar "  # type: ignore[str-format]
        f"({tar / n:,.0f} per entry: {PAGES_LIMIT / (tar / n):,.0f} entries would fill GitHub Pages' 10^9 bytes)",
        "",
        "| kind | files | bytes | bytes/entry | tar overhead/entry | tar/entry | what |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, what in KINDS:
        if name in kinds:
            r = kinds[name]
            lines.append(
                f"| {name} | {r['files']:,} | {r['bytes']:,} | {r['bytes'] / n:,.0f} "
                f"| {(r['tar'] - r['bytes']) / n:,.0f} | {r['tar'] / n:,.0f} | {what} |"
            )
    rest = tar - sum(r["tar"] for r in kinds.values())
    lines.append(f"| folders and tar's end | {figures['folders']:,} | 0 | 0 | {rest / n:,.0f} | {rest / n:,.0f} | a header per folder; end blocks, record padding |")
    total = sum(r["bytes"] for r in kinds.values())
    lines.append(f"| **total** | {sum(r['files'] for r in kinds.values()):,} | {total:,} | {total / n:,.0f} | {(tar - total) / n:,.0f} | {tar / n:,.0f} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site, e.g. bench/out/site-1000")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.site / routes.path_for("data_json")).is_file():
        parser.error(f"{args.site}: not a built site (no {routes.path_for('data_json')})")
    figures = measure(args.site)
    print(json.dumps(figures, indent=2) if args.json else table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
