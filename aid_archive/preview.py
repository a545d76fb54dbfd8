"""Incremental rebuilds for the live preview: re-parse what changed, re-render what it touches.

A :class:`Builder` keeps, between rebuilds, each entry file's parse (keyed by its size and
modification time), the last site it rendered and the paths of that site's files. What an edit
re-renders is decided by :mod:`aid_archive.changes`, as for ``build``. Only files
whose bytes differ are written. A failed rebuild writes nothing: the last good site stays.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError

from . import changes, content, files, output, render, routes, validate
from . import vocab as vocab_mod
from .changes import Stamp
from .config import Config
from .models import Entry, Problem
from .progress import Progress
from .site import Site


def _stamps(paths: Iterable[Path]) -> dict[Path, Stamp]:
    found: dict[Path, Stamp] = {}
    for path in paths:
        try:
            st = path.lstat()
        except OSError:  # deleted meanwhile
            continue
        found[path] = (st.st_size, st.st_mtime_ns)
    return found


@dataclass(frozen=True)
class Outcome:
    """What one rebuild did: its problems (errors mean nothing was written) and its cost."""

    problems: tuple[Problem, ...] = ()
    changed: tuple[str, ...] = ()  # source files seen to change, relative to the project
    rendered: int = 0
    written: tuple[str, ...] = ()  # output paths rewritten or deleted
    full: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def summary(self) -> str:
        what = "full rebuild" if self.full else f"{self.rendered} page(s) re-rendered"
        return f"rebuilt: {what}, {len(self.written)} file(s) written in {self.seconds:.2f} s"


@dataclass
class Builder:
    """The preview's build state; :meth:`rebuild` brings the output up to date with the sources."""

    load_config: Callable[[], Config]
    config: Config = field(init=False)
    parsed: dict[Path, tuple[Stamp, Entry | None, tuple[Problem, ...]]] = field(default_factory=dict)
    site_wide: dict[Path, Stamp] = field(default_factory=dict)
    site: Site | None = None  # last site written
    paths: frozenset[str] = frozenset()  # output paths of that site
    vocabulary: vocab_mod.Vocabulary | None = None
    show_progress: bool = False
    later: Callable[[str], bool] | None = None  # files left for :meth:`finish`
    entries: tuple[Entry, ...] = ()  # of the last site written

    def __post_init__(self) -> None:
        self.config = self.load_config()

    def _shown(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.config.root))
        except ValueError:
            return str(path)

    def rebuild(self, defer: bool = False) -> Outcome:
        """Parse what changed, render what it touches, write what differs; never raise for content.

        With ``defer``, files no browser tab shows (feeds, sitemap, data exports) are left for
        :meth:`finish`, so that the pages reach the browser sooner.
        """
        start = time.perf_counter()
        site_wide = changes.site_wide(self.config)
        full = self.site is None or site_wide != self.site_wide or self.vocabulary is None
        changed: list[str] = []
        differ = changes.differing(self.site_wide, site_wide)
        if full and self.site is not None:
            changed += [self._shown(p) for p in differ]
        if full:
            self.config = self.load_config()
            vocab_dir, config_file = self.config.path("vocab"), self.config.root / "config.yaml"
            if self.vocabulary is None or any(p == config_file or vocab_dir in p.parents for p in differ):
                try:
                    self.vocabulary = vocab_mod.load(vocab_dir)
                except Exception as exc:  # a broken vocabulary file: show it, keep the last site
                    return Outcome((Problem(self._shown(vocab_dir), 0, "", f"cannot be read: {exc}"),), tuple(changed), full=True)
                self.parsed.clear()  # validation depends on the vocabularies
        assert self.vocabulary is not None
        found = files.entries_in(self.config.path("content"), self.config.root)
        sources = _stamps(found.files)
        for path in self.parsed.keys() - sources.keys():
            changed.append(self._shown(path))
            del self.parsed[path]
        todo = [p for p, stamp in sorted(sources.items()) if p not in self.parsed or self.parsed[p][0] != stamp]
        with Progress("parse", len(todo) if self.show_progress else 0) as bar:
            for path in todo:
                entry, problems = content.read_entry(path, self.vocabulary, self.config.root, validate.limits(self.config))
                self.parsed[path] = (sources[path], entry, tuple(problems))
                bar.step()
        if not full:
            changed += [self._shown(p) for p in todo]
        if not full and not changed:
            return Outcome()
        entries = [entry for _, entry, _ in self.parsed.values() if entry is not None]
        problems = (
            *found.problems,
            *(p for _, (_, _, more) in sorted(self.parsed.items()) for p in more),
            *validate.across(entries, [self._shown(p) for p in sources], self.config.base_url, validate.static_files(self.config.root / "static")),
        )  # what ``check`` and ``build`` report too
        outcome = Outcome(problems, tuple(changed), full=full)
        if not outcome.ok:
            return outcome
        try:
            written, rendered, site, paths = self._render(entries, full, defer)
        except (render.OutputClash, output.UnsafePath) as exc:
            return Outcome((*problems, Problem(self._shown(self.config.path("content")), 0, "", str(exc))), tuple(changed), full=full)
        except Exception as exc:  # a template being edited: show where, keep serving
            return Outcome((*problems, _template_problem(exc, self.config)), tuple(changed), full=full)
        self.site, self.paths, self.site_wide, self.entries = site, paths, site_wide, tuple(entries)
        return Outcome(problems, tuple(changed), rendered, written, full, time.perf_counter() - start)

    def finish(self) -> tuple[str, ...]:
        """Render and write what :meth:`rebuild` deferred; return the output paths that changed."""
        if self.later is None or self.vocabulary is None:
            return ()
        later, self.later = self.later, None
        files = render.render_site(self.entries, self.vocabulary, self.config, only=later)
        return _update(files, (), self.config.path("output"))

    def _render(self, entries: list[Entry], full: bool, defer: bool) -> tuple[tuple[str, ...], int, Site, frozenset[str]]:
        assert self.vocabulary is not None
        site = render.assembled(entries, self.config)
        accept = changes.plan(self.site, site, not full)
        if self.later is not None:  # not finished yet: render it with this change
            accept = _either(accept, self.later)
            self.later = None
        if defer and self.site is not None:
            self.later = _unseen(accept)
            accept = _seen(accept)
        seen: list[str] = []
        total = 0
        if self.show_progress and full:  # a dry pass counts the pages, for the bar
            render.render_site(entries, self.vocabulary, self.config, only=_counter(seen))
            total, seen = len(seen), []
        with Progress("render", total) as bar:

            def only(path: str) -> bool:
                seen.append(path)
                bar.step()
                return accept(path)

            files = render.render_site(entries, self.vocabulary, self.config, only=only)
        paths = frozenset(seen)
        out = self.config.path("output")
        if full and self.site is None:
            output.write_site(files, out)
            return tuple(files), len(files), site, paths
        written = _update(files, self.paths - paths, out)
        return written, len(files), site, paths


def shown_in_browser(path: str) -> bool:
    """Pages and the static files they load; not feeds, sitemap or data exports."""
    kind = routes.match(path)
    return path.endswith(".html") or (kind is not None and kind[0] in ("static", "favicon"))


def _seen(accept: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda path: shown_in_browser(path) and accept(path)


def _unseen(accept: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda path: not shown_in_browser(path) and accept(path)


def _either(a: Callable[[str], bool], b: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda path: a(path) or b(path)


def _counter(seen: list[str]) -> Callable[[str], bool]:
    """A ``render_site`` filter that renders nothing and lists every path."""

    def count(path: str) -> bool:
        seen.append(path)
        return False

    return count


def _update(files: Mapping[str, bytes], removed: Iterable[str], out: Path) -> tuple[str, ...]:
    """Write what differs; return the output paths that changed on disk."""
    removed = sorted(set(removed))
    differ = {p: data for p, data in files.items() if not _same(out / p, data)}
    output.update_site(differ, removed, out)
    return tuple(sorted(differ)) + tuple(removed)


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _template_problem(exc: Exception, config: Config) -> Problem:
    """A rendering error as ``templates/x.html:12: template error: …`` (the innermost template line)."""
    templates = config.path("templates").resolve()
    if isinstance(exc, TemplateSyntaxError) and exc.name:
        return Problem(f"{config.templates}/{exc.name}", exc.lineno or 0, "", f"template error: {exc.message}")
    where, line = config.templates, 0
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(frame.filename).resolve()
        if templates in path.parents:
            where, line = f"{config.templates}/{path.relative_to(templates).as_posix()}", frame.lineno or 0
    kind = "" if isinstance(exc, TemplateError) else f"{type(exc).__name__}: "
    return Problem(where, line, "", f"template error: {kind}{exc}")
