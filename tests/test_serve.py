"""``python build.py serve``: an edit reaches the page and reloads the tab; an error shows on top
of the last good page. The server runs as a child process on a copy of content/."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, free_port

STEM = "000-c0f2e5f292fbc41b"  # the file
SLUG = "2023-07-14-beijing-medical-experts-travel-to-xinjiang-to-treat"  # its address
TITLE = "Beijing medical experts travel to Xinjiang"
START_TIMEOUT = 120  # a cold build on a busy CI machine
CHANGE_TIMEOUT = 30


@dataclass
class Preview:
    url: str
    entry: Path
    log: Path

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def page(self) -> str:
        return self.get(f"en/entries/{SLUG}/")[1]


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Preview]:
    work = tmp_path_factory.mktemp("serve")
    shutil.copytree(ROOT / "content", work / "content")
    port = free_port()
    log = work / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "build.py", "--content", str(work / "content"), "--output", str(work / "_site"),
             "serve", "--port", str(port), "--no-import", "--no-search"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        p = Preview(f"http://127.0.0.1:{port}/", work / "content" / f"{STEM}.md", log)

        def up() -> bool:
            assert proc.poll() is None, log.read_text()
            try:
                return p.get("en/")[0] == 200
            except OSError:
                return False

        wait_for(up, START_TIMEOUT, "the preview server")
        yield p
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def line_of(path: Path, prefix: str) -> int:
    return next(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1) if line.startswith(prefix))


def test_serves_the_site_with_the_livereload_script(preview: Preview) -> None:
    status, page = preview.get(f"en/entries/{SLUG}/")
    assert status == 200
    assert TITLE in page
    assert "livereload.js" in page
    assert preview.get("livereload.js")[0] == 200
    import base64
    import hashlib
    import re

    snippet = re.search(r"<script[^>]*>(\(function\(\).*?)</script>", page, re.S)
    assert snippet, page  # the page's policy lets exactly that inline script run
    digest = base64.b64encode(hashlib.sha256(snippet[1].encode()).digest()).decode()
    assert f"script-src 'self' 'sha256-{digest}'" in page


def test_an_edit_is_rebuilt_and_served(preview: Preview) -> None:
    edit(preview.entry, f"en: {TITLE}", f"en: Edited over HTTP, {TITLE}")
    try:
        wait_for(lambda: "Edited over HTTP" in preview.page(), CHANGE_TIMEOUT, "the edited title")
        assert "Edited over HTTP" in preview.get("en/")[1]  # the home page lists it
        assert "rebuilt:" in preview.log.read_text()
    finally:
        edit(preview.entry, "Edited over HTTP, ", "")
        wait_for(lambda: "Edited over HTTP" not in preview.page(), CHANGE_TIMEOUT, "the title restored")


def test_a_broken_entry_shows_its_error_over_the_last_good_page(preview: Preview) -> None:
    line = line_of(preview.entry, "region:")
    edit(preview.entry, "region: xinjiang", "region: xinjang")
    expected = f"{preview.entry}:{line}: region: 'xinjang' is not a known region; expected 'xinjiang' (see vocab/)"
    try:
        wait_for(lambda: "aid-preview-errors" in preview.page(), CHANGE_TIMEOUT, "the error banner")
        page = preview.page()
        assert expected.replace("'", "&#x27;") in page
        assert TITLE in page  # the last good page is still served under the banner
        assert expected in preview.log.read_text()
        assert "still serving the last good site" in preview.log.read_text()
        status, missing = preview.get("en/entries/no-such-entry/")
        assert status == 404 and "aid-preview-errors" in missing
    finally:
        edit(preview.entry, "region: xinjang", "region: xinjiang")
    wait_for(lambda: "aid-preview-errors" not in preview.page(), CHANGE_TIMEOUT, "the banner to go")


def test_invalid_yaml_names_its_line(preview: Preview) -> None:
    line = line_of(preview.entry, "lang:")
    edit(preview.entry, "lang: fr\n", "lang: [fr\n")
    try:
        wait_for(lambda: "aid-preview-errors" in preview.page(), CHANGE_TIMEOUT, "the error banner")
        log = preview.log.read_text()
        assert f"{preview.entry}:{line + 1}: front matter: is not valid YAML" in log
    finally:
        edit(preview.entry, "lang: [fr\n", "lang: fr\n")
    wait_for(lambda: "aid-preview-errors" not in preview.page(), CHANGE_TIMEOUT, "the banner to go")


@pytest.mark.browser
def test_the_open_tab_reloads_on_save_and_shows_errors(preview: Preview, page) -> None:
    url = f"{preview.url}en/entries/{SLUG}/"
    with page.expect_websocket(timeout=15000) as ws_info:
        page.goto(url)
    ws = ws_info.value
    ws.wait_for_event("framesent", predicate=lambda payload: '"info"' in str(payload), timeout=15000)
    page.evaluate("window.__notReloaded = true")
    edit(preview.entry, f"en: {TITLE}", f"en: Reloaded in the tab, {TITLE}")
    try:
        page.wait_for_function("() => document.title.includes('Reloaded in the tab')", timeout=CHANGE_TIMEOUT * 1000)
        assert page.evaluate("window.__notReloaded") is None  # a new document: the tab reloaded
        page.wait_for_load_state()
        line = line_of(preview.entry, "region:")
        edit(preview.entry, "region: xinjiang", "region: xinjang")
        banner = page.locator("#aid-preview-errors")
        banner.wait_for(timeout=CHANGE_TIMEOUT * 1000)
        assert f"{preview.entry.name}:{line}: region: 'xinjang' is not a known region" in banner.inner_text()
        assert "Reloaded in the tab" in page.title()  # the last good page, under the banner
    finally:
        edit(preview.entry, "region: xinjang", "region: xinjiang")
        edit(preview.entry, "Reloaded in the tab, ", "")
    page.locator("#aid-preview-errors").wait_for(state="detached", timeout=CHANGE_TIMEOUT * 1000)


def test_the_watcher_is_told_by_the_system_and_polls_without_watchfiles(monkeypatch) -> None:
    from aid_archive import serve

    assert isinstance(serve.watcher(), serve.NotifyWatcher)
    monkeypatch.setitem(sys.modules, "watchfiles", None)  # not installed
    assert isinstance(serve.watcher(), serve.PollingWatcher)


def test_a_request_for_a_nul_byte_is_a_404_not_a_traceback(preview: Preview) -> None:
    for path in ("%00", "en/%00/", "en/x%00.html"):
        assert preview.get(path)[0] == 404, path
    assert preview.get("en/")[0] == 200
    assert "Traceback" not in preview.log.read_text()


def test_a_rebuild_that_raises_replaces_the_errors_shown_instead_of_keeping_stale_ones() -> None:
    import io

    from aid_archive import config as config_mod
    from aid_archive.models import Problem
    from aid_archive.preview import Outcome
    from aid_archive.serve import Preview as Served

    class Raising:
        config = config_mod.load()

        def rebuild(self, defer: bool = False) -> Outcome:
            raise TypeError("unhashable type: 'list'")

    shown = Served(Raising(), stream=io.StringIO())  # type: ignore[arg-type]
    shown.failed = Outcome((Problem("content/old.md", 3, "region", "an error fixed since"),))
    shown.rebuild()
    assert shown.failed is not None
    assert [str(p) for p in shown.failed.problems] == [
        "content: the rebuild failed (TypeError: unhashable type: 'list'); the last good site is served"
    ]
