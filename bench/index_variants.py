"""What Pagefind's time on our records comes from: ``python bench/index_variants.py --n 10000``.

Indexes one corpus (``bench/corpus.py``, generated or reused under ``bench/out/``) with
``search.index_site`` several times, each with a variant of the records, and prints wall time,
CPU time of Pagefind and of Python, and the bundle's size. Each run is a process of its own, so
no run finds the bodies' Markdown converted by an earlier one. The variants:

- ``current``: the records as the build makes them;
- ``no-metadata``: the original's title and body only, without the titles, summaries and names
  in three languages that let a query in one language find an entry in another;
- ``per-language``: each record in its original's language (one index per language, as Pagefind
  builds on a one-language-per-page site) instead of one index segmented as Chinese.

The variants change what a search finds; they are measurements, not options of the build.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [p for p in (str(ROOT), str(BENCH)) if p not in sys.path]

import corpus  # noqa: E402

VARIANTS = ("current", "no-metadata", "per-language")


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run(variant: str, content_dir: Path) -> dict[str, float]:
    """Index ``content_dir`` once with ``variant``'s records; its figures."""
    from aid_archive import config, content, search, vocab

    cfg = config.load(content=str(content_dir))
    words = vocab.load(cfg.path("vocab"))
    entries, _ = content.load_entries(cfg.path("content"), words, root=cfg.root)
    build_record, send, options = search.build_record, search.Service.send, search.INDEX_OPTIONS

    def lean(entry: Any, vocabulary: Any, deviser: Any = None) -> search.Record:
        record = build_record(entry, vocabulary, deviser)
        return dataclasses.replace(record, content="\n".join([record.meta["title"], search.plain_text(entry.body)]))

    async def own_language(self: Any, payload: dict[str, Any]) -> Any:
        if payload["type"] == "AddRecord":
            payload = {**payload, "language": payload["meta"]["lang"]}
        return await send(self, payload)

    try:
        if variant == "no-metadata":
            search.build_record = lean
        elif variant == "per-language":
            search.INDEX_OPTIONS = {}
            search.Service.send = own_language
        children, own = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
        with tempfile.TemporaryDirectory(prefix="variant-", dir=content_dir.parent) as out:
            t0 = time.perf_counter()
            stats = search.index_site(entries, words, cfg, Path(out))
            wall = time.perf_counter() - t0
        return {"wall": wall, "pagefind_cpu": _cpu(resource.RUSAGE_CHILDREN) - children,
                "python_cpu": _cpu(resource.RUSAGE_SELF) - own, "mb": stats.bytes / 1e6}
    finally:
        search.build_record, search.Service.send, search.INDEX_OPTIONS = build_record, send, options


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=10000, help="entries in the corpus (default 10000)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=3, help="rounds over the variants (default 3)")
    p.add_argument("--workdir", type=Path, default=BENCH / "out", help="corpora (default bench/out)")
    p.add_argument("--one", nargs=2, metavar=("VARIANT", "CONTENT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:  # one run, in this process: its figures as JSON
        print(json.dumps(run(args.one[0], Path(args.one[1]))))
        return 0
    folder = args.workdir.resolve() / f"corpus-{args.n}-s{args.seed}"
    corpus.ensure(args.n, args.seed, folder)
    print("| round | variant | wall s | Pagefind CPU s | Python CPU s | bundle MB |\n|---|---|---|---|---|---|")
    for k in range(args.runs):
        for variant in VARIANTS:
            child = [sys.executable, __file__, "--one", variant, str(folder / "content")]
            r = json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
            print(f"| {k + 1} | {variant} | {r['wall']:.1f} | {r['pagefind_cpu']:.1f} | {r['python_cpu']:.1f} "
                  f"| {r['mb']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
