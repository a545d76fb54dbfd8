"""Shared fixtures: the real site built from content/, served on 127.0.0.1, and Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property-based tests run a fixed, small number of examples, the same ones every run, so CI
# stays fast and a failure reproduces; `--hypothesis-profile=thorough` runs many more.
settings.register_profile(
    "ci", max_examples=40, derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=2000, derandomize=False)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def build_site(out: Path, base_url: str = "/") -> Path:
    """Build the real archive from content/ into ``out`` (the import step is skipped)."""
    result = subprocess.run(
        [sys.executable, "build.py", "--base-url", base_url, "--output", str(out), "build"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built at a domain root."""
    return build_site(tmp_path_factory.mktemp("root") / "_site", "/")


@pytest.fixture(scope="session")
def site_subpath(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built for a GitHub project page under /aid-archive/."""
    return build_site(tmp_path_factory.mktemp("sub") / "_site", "/aid-archive/")


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args: object) -> None:
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path, str], str]]:
    """Serve a folder on 127.0.0.1 under a path prefix; returns the site's base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(directory: Path, prefix: str = "/") -> str:
        handler = type("Handler", (_Handler,), {"prefix": prefix})
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", free_port()), functools.partial(handler, directory=str(directory))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{prefix}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base(site: Path, serve: Callable[[Path, str], str]) -> str:
    """The real site served at the root of 127.0.0.1:<port>."""
    return serve(site, "/")


@pytest.fixture(scope="session")
def sub(site_subpath: Path, serve: Callable[[Path, str], str]) -> str:
    """The real site served under /aid-archive/, as on a GitHub project page."""
    return serve(site_subpath, "/aid-archive/")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; missing Chromium fails under CI and skips elsewhere."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run must apt-get install chromium")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and requests to other hosts."""
    context = browser.new_context()
    pg = context.new_page()
    pg.console_errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))  # type: ignore[attr-defined]
    yield pg
    context.close()
