"""A build killed at any point leaves one whole site (the last one or the new one), and the next
build clears what it left; Ctrl-C ends a command within a second, children included; two builds
never write one output folder at once. Builds run as processes on a 30-entry corpus."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import corpus as bench_corpus

N = 30
TIMEOUT = 60


def command(content: Path, out: Path, *more: str) -> list[str]:
    return [sys.executable, "build.py", "--content", str(content), "--output", str(out), *more, "build"]


def build(content: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(content, out), cwd=ROOT, capture_output=True, text=True, check=False, timeout=TIMEOUT)


def pages(out: Path) -> dict[str, bytes]:
    """Every file of the site but the search index (Pagefind's file names vary between runs)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and p.relative_to(out).parts[0] != "pagefind"}


def index_is_whole(out: Path) -> bool:
    bundle = out / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    meta = [bundle / f"pagefind.{lang['hash']}.pf_meta" for lang in entry["languages"].values()]
    return all(p.is_file() for p in meta) and all(p.stat().st_size for p in bundle.rglob("*") if p.is_file())


def recorded_children(out: Path) -> list[int]:
    try:
        lines = (out.parent / f"{out.name}.build-cache" / "children").read_text().splitlines()
        return [int(line.split()[0]) for line in lines]
    except (OSError, ValueError):
        return []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.002)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The corpus (v1), its site, the corpus with one title changed (v2) and v2's site."""
    work = tmp_path_factory.mktemp("crash")
    bench_corpus.generate(N, 7, work / "v1")
    v1 = work / "v1" / "content"
    v2 = work / "v2"
    shutil.copytree(v1, v2)
    first = sorted(v2.glob("*.md"))[0]
    text = first.read_text("utf-8")
    assert '\n  en: "' in text
    first.write_text(text.replace('\n  en: "', '\n  en: "Edited: ', 1), "utf-8")
    for content, out in ((v1, work / "v1-site" / "_site"), (v2, work / "v2-site" / "_site")):
        assert build(content, out).returncode == 0
    return {"v1": v1, "v1 site": work / "v1-site", "v2": v2, "v2 site": work / "v2-site" / "_site"}


def project(sites: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of v1's output folder (and its build state), where v2 will be built."""
    shutil.copytree(sites["v1 site"], tmp_path / "out")
    return tmp_path / "out" / "_site"


def staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f"{out.name}.new-*"))


def _folder(out: Path) -> int:
    try:
        return out.stat().st_ino
    except OSError:
        return 0


POINTS: dict[str, Callable[[Path, int], bool]] = {
    "while pages render": lambda out, ino: bool(staging(out)),
    "while Pagefind indexes": lambda out, ino: bool(recorded_children(out)),
    "right after the swap": lambda out, ino: _folder(out) not in (0, ino),
}


@pytest.mark.parametrize("point", POINTS)
def test_a_build_killed_at_any_point_leaves_one_whole_site(point: str, sites: dict[str, Path], tmp_path: Path) -> None:
    out = project(sites, tmp_path)
    old, new = pages(out), pages(sites["v2 site"])
    assert old != new
    ino = out.stat().st_ino
    proc = subprocess.Popen(command(sites["v2"], out, "--force"), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: POINTS[point](out, ino) or proc.poll() is not None, TIMEOUT, point)
        assert proc.poll() is None, f"the build ended before it could be killed {point}"
        children = recorded_children(out)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert out.is_dir()
    assert pages(out) in (old, new) and index_is_whole(out)
    wait_until(lambda: not any(alive(pid) for pid in children), 5, "Pagefind to end with its parent")
    again = build(sites["v2"], out)
    assert again.returncode == 0, again.stderr
    assert "up to date" not in again.stdout  # a killed build never passes for a finished one
    if point != "right after the swap":
        assert "removed 1 folder(s) a stopped build left beside" in again.stderr
    assert staging(out) == [] and not list(out.parent.glob("_site.old-*"))
    assert pages(out) == new and index_is_whole(out)


def test_ctrl_c_ends_a_build_within_a_second_with_one_line(sites: dict[str, Path], tmp_path: Path) -> None:
    out = project(sites, tmp_path)
    old = pages(out)
    proc = subprocess.Popen(command(sites["v2"], out, "--force"), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: recorded_children(out) or proc.poll() is not None, TIMEOUT, "Pagefind to start")
        children = recorded_children(out)
        assert children and proc.poll() is None
        start = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=10)
        took = time.monotonic() - start
    finally:
        if proc.poll() is None:
            proc.kill()
    assert took < 1, f"{took:.2f} s"
    assert proc.returncode == 130
    assert stderr.splitlines()[-1] == f"build: interrupted; {out}/ keeps the last good site"
    assert "Traceback" not in stderr and len(stderr.splitlines()) <= 2  # and a line of warnings
    assert not any(alive(pid) for pid in children)
    assert pages(out) == old and index_is_whole(out)


def test_ctrl_c_stops_the_preview_within_a_second(sites: dict[str, Path], tmp_path: Path) -> None:
    from conftest import free_port

    out = project(sites, tmp_path)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "build.py", "--content", str(sites["v1"]), "--output", str(out), "serve", "--port", str(port), "--no-import"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        import urllib.request

        def up() -> bool:
            assert proc.poll() is None
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/en/", timeout=5) as r:
                    return r.status == 200
            except OSError:
                return False

        wait_until(up, TIMEOUT, "the preview")
        start = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=10)
        took = time.monotonic() - start
    finally:
        if proc.poll() is None:
            proc.kill()
    assert took < 1, f"{took:.2f} s"
    assert proc.returncode == 130
    assert stderr.strip().splitlines()[-1] == f"serve: interrupted; {out}/ keeps the last site written"
    assert "Traceback" not in stderr


def test_a_second_build_on_the_same_output_is_refused_while_one_runs(sites: dict[str, Path], tmp_path: Path) -> None:
    out = project(sites, tmp_path)
    proc = subprocess.Popen(command(sites["v2"], out, "--force"), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: staging(out) or proc.poll() is not None, TIMEOUT, "the first build to start")
        second = build(sites["v2"], out)
        first_running = proc.poll() is None
    finally:
        proc.wait(TIMEOUT)
    assert first_running
    assert second.returncode == 1
    assert second.stderr.splitlines() == [
        f"build: another build or preview (process {proc.pid}) is writing _site/; wait for it to end or stop it, then try again"
    ]
    assert proc.returncode == 0  # the first one was not disturbed


def test_a_pagefind_left_running_is_stopped_by_the_next_build(sites: dict[str, Path], tmp_path: Path) -> None:
    out = project(sites, tmp_path)
    # a process that calls itself pagefind, recorded as a killed build would have left it
    stray = subprocess.Popen(["pagefind_extended", "60"], executable=shutil.which("sleep"))
    try:
        wait_until(lambda: b"pagefind" in Path(f"/proc/{stray.pid}/cmdline").read_bytes(), 5, "the stray process")
        started = Path(f"/proc/{stray.pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
        (out.parent / "_site.build-cache" / "children").write_text(f"{stray.pid} {started}\n{stray.pid} 1\n")
        result = build(sites["v1"], out)
        stray.wait(5)
    finally:
        if stray.poll() is None:
            stray.kill()
    assert result.returncode == 0
    assert "build: stopped 1 search indexer(s) a killed build left running" in result.stderr
    assert stray.returncode == -signal.SIGKILL
