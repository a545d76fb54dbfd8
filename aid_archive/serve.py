"""Live preview: ``python build.py serve`` builds, serves ``_site/`` and reloads the browser on save.

The livereload package serves the output folder and pushes reloads over its websocket. The
operating system tells of saved files (``watchfiles``: inotify on Linux, FSEvents on macOS;
where it cannot, the folders are polled every :data:`POLL` seconds); any change under
``content/``, ``templates/``, ``seeds/``, ``vocab/``, ``static/`` or ``locales/`` runs
:meth:`Preview.rebuild`, which rebuilds
incrementally (:mod:`preview`) and reloads the open tabs. When a rebuild fails, nothing is
written: the last good site keeps being served, and every HTML page gets a banner listing the
errors as ``file:line: …``, as the terminal does, until the next good rebuild.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado.ioloop import IOLoop, PeriodicCallback
from tornado.web import HTTPError

from .changes import stamps
from .config import Config
from .models import Problem
from .preview import Builder, Outcome

POLL = 0.2  # seconds between looks at the watched folders, when the system cannot tell
SETTLE = 30  # ms without a further change before a batch of changes is acted on (an editor's save)
WATCHED = ("content", "templates", "seeds", "vocab", "static", "locales")
BANNER_ID = "aid-preview-errors"
_BODY = re.compile(rb"<body[^>]*>", re.I)


def banner(problems: tuple[Problem, ...]) -> str:
    """The error banner shown on top of every page while the last rebuild has failed."""
    errors = [p for p in problems if p.severity == "error"]
    items = "".join(f"<li>{html.escape(str(p))}</li>" for p in errors)
    return (
        f'<div id="{BANNER_ID}" role="alert" style="position:fixed;top:0;left:0;right:0;'
        "z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:.8em 1.2em;"
        "background:#fff1f0;color:#5c0011;border-bottom:4px solid #cf1322;"
        'font:15px/1.45 ui-monospace,monospace;text-align:left;white-space:pre-wrap">'
        f"<strong>Not published: {len(errors)} error(s). 未更新：{len(errors)} 处错误。</strong>\n"
        "This page is the last good build; fix the file below and save. "
        "本页为上次成功生成的版本；请修改下列文件并保存。"
        f'<ul style="margin:.5em 0 0;padding-left:1.2em">{items}</ul></div>'
    )


def inject(page: bytes, markup: str) -> bytes:
    """Insert ``markup`` right after ``<body>`` (or at the start when there is none); the page's
    Content-Security-Policy then lets the banner's own style attributes apply (preview only)."""
    data = markup.encode("utf-8")
    page = page.replace(b"style-src 'self';", b"style-src 'self' 'unsafe-inline';", 1)
    m = _BODY.search(page)
    return page[: m.end()] + data + page[m.end() :] if m else data + page


_SCRIPT_SRC = b"script-src 'self'"
_INLINE = re.compile(rb"<script[^>]*>(.*?)</script>", re.S)


def allow_script(page: bytes, script: bytes) -> bytes:
    """Let the page's Content-Security-Policy run the inline ``script`` (livereload's snippet)
    by its SHA-256, and nothing else inline."""
    m = _INLINE.search(script)
    if m is None or _SCRIPT_SRC not in page:
        return page
    digest = base64.b64encode(hashlib.sha256(m.group(1)).digest())
    return page.replace(_SCRIPT_SRC, _SCRIPT_SRC + b" 'sha256-" + digest + b"'", 1)


def error_page(problems: tuple[Problem, ...]) -> bytes:
    """Shown for a page the last good site does not have while a rebuild has failed."""
    return inject(b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Preview: errors</title></head><body></body></html>", banner(problems))


class Preview:
    """Rebuild on change, remember the last failure, tell the terminal and the browser."""

    def __init__(self, builder: Builder, stream: TextIO = sys.stderr, search: bool = True):
        self.builder = builder
        self.stream = stream
        self.search = search
        self.failed: Outcome | None = None
        self._lock = threading.Lock()
        self._index_pending = False
        self._finish_pending = False
        self._indexing = False  # the background thread of :meth:`after_reload` is running
        self._base = None  # the search index built whole, which edits are indexed apart from

    def say(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def rebuild(self, reload: Callable[[], None] = lambda: None) -> Outcome:
        """One rebuild; on a change, reload the browsers, then finish deferred files and the index."""
        with self._lock:
            try:
                outcome = self.builder.rebuild(defer=True)
            except Exception as exc:  # a bug, not the editor's: say it, and keep the banner current
                where = self.builder.config.content
                outcome = Outcome((Problem(where, 0, "", f"the rebuild failed ({type(exc).__name__}: {exc}); the last good site is served"),), full=True)
        if not outcome.changed and not outcome.full and not outcome.problems:
            return outcome  # nothing changed
        for problem in outcome.problems:
            self.say(str(problem))
        if not outcome.ok:
            self.failed = outcome
            self.say(f"build: failed; {len(outcome.errors)} error(s); still serving the last good site")
            reload()
            return outcome
        was_failing, self.failed = self.failed is not None, None
        self.say(f"{outcome.summary()} ({', '.join(outcome.changed[:3]) or 'start'})")
        if outcome.written or was_failing:
            reload()
        self.after_reload(index=self.search and bool(outcome.written or outcome.full))
        return outcome

    def after_reload(self, index: bool) -> None:
        """In the background, so that the browser gets its page at once: write the deferred
        files (feeds, sitemap, exports), then refresh the search index; one run at a time."""
        self._index_pending = self._index_pending or index
        self._finish_pending = True
        if self._indexing:
            return
        self._indexing = True
        threading.Thread(target=self._after_loop, daemon=True).start()

    def _index(self, search: Any, entries: list[Any], words: Any, config: Any) -> Any:
        """The whole index the first time (or when the vocabularies or code changed, or too many
        entries did), else only the edited entries, in the delta beside it, as ``build`` does."""
        from . import cache

        key = cache.search_key(config)
        delta = search.plan_delta(self._base, key, entries, config.search_delta_max)
        if delta is not None and self._base is not None:
            return search.index_delta(delta, self._base, entries, words, config, config.path("output"))
        stats = search.index_site(entries, words, config, config.path("output"), key=key)
        self._base = stats.bundle
        return stats

    def _after_loop(self) -> None:
        from . import search

        try:
            while self._finish_pending or self._index_pending:
                index, self._index_pending, self._finish_pending = self._index_pending, False, False
                with self._lock:
                    self.builder.finish()
                    entries, config = self.builder.entries, self.builder.config
                    words = self.builder.vocabulary
                if not index or words is None:
                    continue
                try:
                    self.say(str(self._index(search, list(entries), words, config)))
                except Exception as exc:  # the preview works without search
                    self.say(f"search: not indexed ({exc})")
        finally:
            self._indexing = False
            if self._finish_pending or self._index_pending:  # asked for while this run ended
                self.after_reload(index=False)


class PollingWatcher(Watcher):
    """livereload's watcher, polled every :data:`POLL` s; the preview decides when to reload."""

    def start(self, callback: Callable[[], None]) -> bool:
        PeriodicCallback(callback, POLL * 1000).start()
        return True

    def examine(self) -> tuple[str | None, float | None]:
        super().examine()  # runs the rebuild of each folder that changed
        return None, None  # livereload's own reload (throttled to one per 3 s) is not used


class NotifyWatcher(Watcher):
    """livereload's watcher, told of changes by the operating system instead of looking.

    A thread waits on ``watchfiles`` (which skips editors' swap and backup files) and, for each
    batch of changes, schedules livereload's callback on the server's loop; :meth:`examine` then
    runs the watched folders' action at once, without comparing every file's time.
    """

    def __init__(self) -> None:
        super().__init__()
        self.stop = threading.Event()
        self.actions: dict[str, Callable[[], None] | None] = {}  # path watched: what runs on a change

    def watch(self, path: str, func: Callable[[], None] | None = None, delay: float = 0, ignore: Any = None) -> None:
        self.actions[path] = func
        super().watch(path, func, delay, ignore)

    def start(self, callback: Callable[[], None]) -> bool:
        import watchfiles

        loop = IOLoop.current()
        paths = [path for path in self.actions if Path(path).exists()]

        def wait() -> None:
            for _ in watchfiles.watch(*paths, step=SETTLE, stop_event=self.stop, raise_interrupt=False):
                loop.add_callback(callback)

        threading.Thread(target=wait, name="watch", daemon=True).start()
        return True

    def examine(self) -> tuple[str | None, float | None]:
        for func in dict.fromkeys(func for func in self.actions.values() if func):
            func()
        return None, None


def watcher() -> Watcher:
    """The system's notifications when ``watchfiles`` is installed, else polling."""
    try:
        import watchfiles  # noqa: F401
    except ImportError:
        return PollingWatcher()
    return NotifyWatcher()


def handler_for(preview: Preview, script: bytes) -> type[StaticFileHandler]:
    """A static file handler whose HTML pages let their Content-Security-Policy run livereload's
    ``script`` (which livereload inserts after), and carry the error banner while the last
    rebuild failed."""

    class PreviewHandler(StaticFileHandler):
        def compute_etag(self) -> str | None:
            return super().compute_etag() if getattr(self, "absolute_path", None) else None

        def set_extra_headers(self, path: str) -> None:
            self.set_header("Cache-Control", "no-store")

        async def get(self, path: str, include_body: bool = True) -> None:
            if "\0" in path or "\\" in path:  # no file has such a name
                raise HTTPError(404)
            failed = preview.failed
            if not (path == "" or path.endswith(("/", ".html"))):
                return await super().get(path, include_body)
            root = Path(self.root).resolve()
            target = (root / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if root not in target.parents or not (target.is_file() or failed):
                return await super().get(path, include_body)
            self.set_header("Content-Type", "text/html; charset=UTF-8")
            self.set_header("Cache-Control", "no-store")
            if target.is_file():
                page = allow_script(target.read_bytes(), script)
                self.write(inject(page, banner(failed.problems)) if failed else page)
            else:
                self.set_status(404)
                self.write(error_page(failed.problems))

    return PreviewHandler


class PreviewServer(Server):
    """livereload's server, serving the output folder through :func:`handler_for`."""

    def __init__(self, preview: Preview, watcher: Watcher) -> None:
        super().__init__(watcher=watcher)
        self.preview = preview

    def get_web_handlers(self, script: bytes) -> list[tuple[Any, ...]]:
        return [(r"/(.*)", handler_for(self.preview, script), {"path": self.root or ".", "default_filename": self.default_filename})]


def serve(
    builder: Builder, host: str, port: int, *, importer: Callable[[], None] | None = None,
    search: bool = True, stream: TextIO = sys.stderr,
) -> None:
    """Build, then serve the output folder on ``host:port`` until interrupted.

    ``importer`` runs when ``seeds/`` changes (before the rebuild); ``search`` keeps the search
    index up to date after each rebuild.
    """
    preview = Preview(builder, stream, search=search)
    config: Config = builder.config
    preview.rebuild()
    config.path("output").mkdir(parents=True, exist_ok=True)
    seeds = [stamps(config.path("seeds"))]
    server = PreviewServer(preview, watcher())

    def on_change() -> None:
        now = stamps(config.path("seeds"))
        if importer and now != seeds[0]:
            seeds[0] = now
            importer()
        preview.rebuild(lambda: LiveReloadHandler.reload_waiters("*"))

    for name in WATCHED:
        folder = config.path(name) if hasattr(config, name) else config.root / name
        if folder.is_dir():
            server.watch(str(folder), on_change)
    config_file = config.root / "config.yaml"
    if config_file.is_file():
        server.watch(str(config_file), on_change)
    preview.say(f"serve: http://{host}:{port}{config.base_url} (Ctrl+C to stop)")
    try:
        server.serve(host=host, port=port, root=str(config.path("output")), restart_delay=0)
    finally:
        IOLoop.current().stop()
