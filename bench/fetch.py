"""Bytes one search fetches: a fresh browser runs one Pagefind query on a built site.

``python bench/fetch.py SITE [QUERY ...]`` serves ``SITE`` on 127.0.0.1 and, for each query in a
new browser context (empty cache), does what the search page (``static/search.js``) does for a
query typed by a fresh visitor: it loads ``/pagefind/pagefind.js`` with the page's options,
``pagefind/labels.json`` (the filter names), runs the query without filters or sort, and loads
the data of the first 10 results. The page also fetches Pagefind's filter files (the counts, always
shown); ``--filters`` counts them too. A Chinese query is sent as the page sends it: each run of
Chinese characters as an exact phrase of its characters (``"医 疗 队"``); pass it so. A
sorted search costs no more bytes (its second query reads the same index chunks). SITE needs
only a ``pagefind/`` folder at its root. The server records every file it sends;
the bytes are counted as a compressing host (GitHub Pages) would send them: each file gzipped
unless that makes it larger (Pagefind's index files are gzipped already). Needs Playwright and
Chromium.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import shutil
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUERIES = {"医疗队": "zh", "培训": "zh", "training": "en", "formation": "fr", "Xinjiang": "en"}  # query: page lang
RESULTS = 10
HARNESS = b"""<!doctype html><meta charset="utf-8"><title>search</title>
<script type="module">
window.runSearch = async (q, lang, n, counts) => {
  document.documentElement.lang = lang;  // Pagefind picks the index of the page's language
  const pf = await import("/pagefind/pagefind.js");
  await pf.options({ baseUrl: "/", excerptLength: 24 });
  const labels = await fetch("/pagefind/labels.json");
  if (labels.ok) await labels.json();
  if (counts) await pf.filters();
  const r = await pf.search(q, { filters: {} });
  await Promise.all(r.results.slice(0, n).map((x) => x.data()));
  return r.results.length;
};
</script>"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    sent: list[Path]

    def do_GET(self) -> None:
        if self.path.startswith("/__search__"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(HARNESS)))
            self.end_headers()
            self.wfile.write(HARNESS)
            return
        path = Path(self.translate_path(self.path))
        if path.is_file():
            self.sent.append(path)
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


def served_size(path: Path) -> int:
    """Bytes on the wire from a host that gzips: the smaller of the file and its gzip."""
    data = path.read_bytes()
    return min(len(data), len(gzip.compress(data, 6, mtime=0)))


def available() -> bool:
    """Whether Playwright and Chromium are installed."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None


def measure(
    site: Path, queries: dict[str, str] = QUERIES, files: dict[str, list[tuple[str, int]]] | None = None,
    counts: bool = False,
) -> dict[str, tuple[int, int]]:
    """``{query: (results, bytes fetched)}`` for a fresh visitor of ``site``; ``queries`` maps each
    query to the language of the page it is typed on. ``files`` receives, per query, each file
    fetched with its bytes on the wire; ``counts`` adds the filter files."""
    from playwright.sync_api import sync_playwright

    sent: list[Path] = []
    handler = type("Handler", (_Handler,), {"sent": sent})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/__search__"
    out: dict[str, tuple[int, int]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for query, lang in queries.items():
                context = browser.new_context()
                page = context.new_page()
                page.goto(url)
                sent.clear()
                count = page.evaluate("([q, l, n, c]) => window.runSearch(q, l, n, c)",
                                      [query, lang, RESULTS, counts])
                sizes = [(p.relative_to(site).as_posix(), served_size(p)) for p in sent]
                out[query] = (int(count), sum(size for _, size in sizes))
                if files is not None:
                    files[query] = sizes
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("site", type=Path, help="a built site with a pagefind/ bundle at its root")
    p.add_argument("queries", nargs="*", help="LANG:QUERY, e.g. zh:医疗队 (default: a fixed set)")
    p.add_argument("--files", action="store_true", help="also list each file fetched and its bytes")
    p.add_argument("--filters", action="store_true", help="the reader also turned to the filters (counts)")
    args = p.parse_args(argv)
    queries = dict(reversed(q.split(":", 1)) for q in args.queries) if args.queries else QUERIES
    files: dict[str, list[tuple[str, int]]] = {}
    for query, (count, size) in measure(args.site, queries, files, args.filters).items():
        print(f"{query}\t{count} results\t{size / 1024:.0f} KiB")
        if args.files:
            for name, size in sorted(files[query], key=lambda f: -f[1]):
                print(f"    {size / 1024:7.1f} KiB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
