"""What one edited entry costs to re-render, by kind of file: ``python bench/edit_render.py --n 10000``.

Loads a corpus (``--content DIR``, or the ``--n``-entry corpus of ``bench/corpus.py`` under
``bench/out/``, generated when missing), edits one entry in memory (``--edit body``, ``title``,
``date`` or ``region``), then renders what :func:`aid_archive.changes.touched` accepts and prints,
per route kind, the files rendered and the seconds spent (wall clock, and CPU time, which a busy
machine disturbs less), most expensive first. A file's time is from the previous file to it, so
the first file rendered also carries the set-up (assembling the site, catalogs, templates).
Nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [p for p in (str(ROOT), str(BENCH)) if p not in sys.path]

import corpus  # noqa: E402

from aid_archive import changes, content, render, routes, vocab  # noqa: E402
from aid_archive import config as config_module  # noqa: E402
from aid_archive.models import Entry, PartialDate  # noqa: E402
from aid_archive.site import assemble  # noqa: E402

EDITS: dict[str, Callable[[Entry], Entry]] = {
    "body": lambda e: dataclasses.replace(e, body=e.body + "\nmore text\n"),
    "title": lambda e: dataclasses.replace(e, title=dataclasses.replace(e.title, en=(e.title.en or "") + " (edited)")),
    "date": lambda e: dataclasses.replace(e, date=PartialDate(2016, 3, 9)),
    "region": lambda e: dataclasses.replace(e, region="tibet" if e.region != "tibet" else "xinjiang"),
}


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=10000, help="corpus size when --content is not given (default 10000)")
    p.add_argument("--content", type=Path, help="folder of entries (default: the --n corpus under bench/out/)")
    p.add_argument("--edit", choices=sorted(EDITS), default="body", help="what the edit changes (default body)")
    p.add_argument("--index", type=int, default=17, help="which entry, in file order, is edited (default 17)")
    args = p.parse_args(argv)
    if args.content is None:
        out = BENCH / "out" / f"corpus-{args.n}-s1"
        corpus.ensure(args.n, 1, out)
        args.content = out / "content"
    cfg = dataclasses.replace(config_module.load(ROOT), content=str(args.content.resolve()))
    v = vocab.load(ROOT / "vocab")
    entries, _ = content.load_entries(args.content, v)
    old = list(entries)
    new = list(entries)
    new[args.index] = EDITS[args.edit](new[args.index])
    t0 = time.perf_counter()
    accept = changes.touched(assemble(old), assemble(new))
    decided = time.perf_counter() - t0
    times: collections.Counter[str] = collections.Counter()
    cpu: collections.Counter[str] = collections.Counter()
    counts: collections.Counter[str] = collections.Counter()
    t, c = time.perf_counter(), time.process_time()
    for path, _data in render.iter_site(new, v, cfg, only=accept):
        kind = (routes.match(path) or ("?",))[0]
        now, now_cpu = time.perf_counter(), time.process_time()
        times[kind] += now - t
        cpu[kind] += now_cpu - c
        counts[kind] += 1
        t, c = now, now_cpu
    print(f"{args.edit} edit of entry {args.index} of {len(entries)}: touched decided in {decided:.3f} s")
    print(f"{'kind':14} {'files':>5} {'s':>6} {'cpu s':>6}")
    for kind, seconds in times.most_common():
        print(f"{kind:14} {counts[kind]:5} {seconds:6.3f} {cpu[kind]:6.3f}")
    print(f"{'total':14} {sum(counts.values()):5} {sum(times.values()):6.3f} {sum(cpu.values()):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
