"""One-entry edit latency of the live preview: ``python bench/edit_latency.py --n 1000 --runs 7``.

Generates (or reuses) a corpus of ``--n`` entries (``bench/corpus.py``), then measures two things:

- ``rebuild``: in this process, the preview's rebuild path (:class:`aid_archive.preview.Builder`)
  after a cold build: time from writing one entry's file to its rebuilt page bytes on disk
  (re-parse, re-render what the edit touches, write what differs), then the deferred files
  (feeds, sitemap, data exports), which are written after the browser has been told to reload;
- ``serve``: ``python build.py serve`` as a child process with a websocket client connected as a
  browser tab is: time from writing the file to the ``reload`` message (includes the file-system
  notification and its settling time, :data:`aid_archive.serve.SETTLE`).

Each run edits a different entry's body, 2 s apart (an editor's pace); medians and maxima are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [p for p in (str(ROOT), str(BENCH)) if p not in sys.path]


from aid_archive import config  # noqa: E402
from aid_archive.preview import Builder  # noqa: E402


def edit(path: Path, n: int) -> None:
    text = path.read_text("utf-8")
    path.write_text(text.rstrip("\n") + f"\n\nCorrection {n}: one sentence was edited.\n", "utf-8")


def rebuild_runs(content: Path, out: Path, runs: int) -> tuple[float, list[float], list[float]]:
    builder = Builder(lambda: config.load(content=str(content), output=str(out)))
    t0 = time.perf_counter()
    builder.rebuild()
    cold = time.perf_counter() - t0
    files = sorted(content.glob("*.md"))
    pages, deferred = [], []
    for i in range(runs):
        path = files[(i * 137 + 11) % len(files)]
        edit(path, i)
        t0 = time.perf_counter()
        outcome = builder.rebuild(defer=True)
        t1 = time.perf_counter()
        builder.finish()
        t2 = time.perf_counter()
        assert outcome.ok and any(path.stem in w for w in outcome.written), outcome
        pages.append(t1 - t0)
        deferred.append(t2 - t1)
    return cold, pages, deferred


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _serve_runs(content: Path, out: Path, runs: int, timeout: float) -> list[float]:
    from tornado.websocket import websocket_connect

    port = free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [sys.executable, "build.py", "--content", str(content), "--output", str(out), "serve",
         "--port", str(port), "--no-import", "--no-search"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + timeout
        ws = None
        while ws is None:
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError("serve did not start:\n" + log.read().decode(errors="replace"))
            try:
                ws = await websocket_connect(f"ws://127.0.0.1:{port}/livereload")
            except OSError:
                await asyncio.sleep(0.5)
        await ws.write_message(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        await ws.read_message()
        await ws.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{port}/", "plugins": {}}))
        await asyncio.sleep(1.0)  # let the first poll see every file
        files = sorted(content.glob("*.md"))
        latencies = []
        for i in range(runs):
            path = files[(i * 211 + 5) % len(files)]
            edit(path, 1000 + i)
            t0 = time.perf_counter()
            while True:
                message = json.loads(await asyncio.wait_for(ws.read_message(), timeout))
                if message.get("command") == "reload":
                    break
            latencies.append(time.perf_counter() - t0)
            await asyncio.sleep(2.0)  # an editor's pace; the deferred files finish meanwhile
        ws.close()
        return latencies
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=1000, help="entries in the corpus (default: 1000)")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default: 1)")
    p.add_argument("--runs", type=int, default=7, help="edits measured (default: 7)")
    p.add_argument("--skip-serve", action="store_true", help="measure the rebuild path only")
    args = p.parse_args(argv)

    cached = BENCH / "out" / f"corpus-{args.n}-s{args.seed}"
    if not (cached / "content").is_dir():
        subprocess.run([sys.executable, str(BENCH / "corpus.py"), "--n", str(args.n), "--seed", str(args.seed), "--out", str(cached)], check=True)
    with tempfile.TemporaryDirectory(prefix="edit-latency-") as tmp:
        work = Path(tmp)
        shutil.copytree(cached / "content", work / "content")
        cold, pages, deferred = rebuild_runs(work / "content", work / "_site", args.runs)
        print(f"entries: {args.n}, runs: {args.runs}")
        print(f"cold build (in process): {cold:.2f} s")
        print(f"rebuild, file write → page on disk: median {statistics.median(pages) * 1000:.0f} ms, max {max(pages) * 1000:.0f} ms")
        print(f"deferred feeds/sitemap/exports after the reload: median {statistics.median(deferred) * 1000:.0f} ms")
        if not args.skip_serve:
            shutil.rmtree(work / "_site")
            serve = asyncio.run(_serve_runs(work / "content", work / "_site", args.runs, timeout=600))
            print(f"serve, file write → reload message: median {statistics.median(serve) * 1000:.0f} ms, max {max(serve) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
