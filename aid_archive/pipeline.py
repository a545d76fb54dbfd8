"""The build, stage by stage as it runs; each stage is a module, data flows one way.

========  ===================================  ==============================================
load      config, vocab, content, validate     the settings, vocabularies, entries, problems
import    ingest                               seeds/ into content/ (``import``, run first)
resolve   site                                 listings by region and year, flows, neighbours
route     routes                               each file's kind, template, language and address
render    render                               each file's bytes, streamed
index     search                               Pagefind's bundle, in its own process
publish   output                               staged beside the site, swapped in at once
========  ===================================  ==============================================

:func:`build` takes what :func:`load` read and the previous build's state (:mod:`cache`), and
returns the new state; :mod:`changes` decides which pages to render, as it does for ``serve``.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateError

from . import cache, changes, output, parsed, render, search, validate
from . import vocab as vocab_mod
from .config import Config
from .models import Entry, Problem
from .site import assemble, published


class Failed(Exception):
    """The build stopped; the output folder keeps the last good site."""


@dataclass(frozen=True)
class Loaded:
    """The load stage's result: what every later stage reads."""

    config: Config
    vocab: vocab_mod.Vocabulary
    entries: tuple[Entry, ...]  # those the site publishes
    problems: tuple[Problem, ...]  # errors and warnings, as ``check`` reports them

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


@dataclass(frozen=True)
class Built:
    """What a build did: its state for the next one, and its figures."""

    state: cache.State
    entries: int
    written: int  # files rendered and written
    unchanged: int  # files the last build wrote from the same inputs, kept as they were
    index: str  # the index stage's summary line
    settled: int  # files of the index with the same bytes as before, kept


def load(
    config: Config, drafts: bool = False, on_file: Callable[[Path], None] | None = None, reuse: bool = False,
) -> Loaded:
    """Read the vocabularies and every entry, and check them alone and across files; with
    ``reuse``, files unchanged since the last build are not parsed again (:mod:`parsed`)."""
    words = vocab_mod.load(config.path("vocab"))
    where = output.state_folder(config.path("output")) / "parsed.sqlite" if reuse else None
    with parsed.kept(where, cache.parse_key(config)) as known:
        entries, problems, _ = validate.check_content(config, words, on_file=on_file, known=known)
    return Loaded(config, words, tuple(published(entries, drafts)), tuple(problems))


def build(loaded: Loaded, last: cache.State | None, stamp: str) -> Built:
    """Resolve, route, render, index and publish ``loaded`` into the output folder, rendering
    only what changed since ``last`` (``None``: everything); raise :class:`Failed`."""
    cfg, entries, words = loaded.config, loaded.entries, loaded.vocab
    key = cache.search_key(cfg)
    digests = tuple(cache.digest(entries))
    sources = {d.slug: search.source_digest(d, d.body) for d in digests}  # what each record is made from
    site = render.assembled(digests, cfg)  # with the history's dates of the undated entries
    lines = {e.slug: cache.entry_line(e) for e in digests}
    state = cache.State(stamp, cache.pages_key(cfg), cache.index_key(key, sources), digests, added=dict(site.added), lines=lines)
    base = search.bundle_from_json(last.search) if last and last.search else None
    old = last and assemble(last.old_entries(lines, {e.slug: e for e in digests}), last.added)
    accept = changes.plan(old, site, last is not None and last.pages == state.pages)
    unchanged: list[str] = []  # pages the last build wrote from the same inputs

    def wanted(path: str) -> bool:
        if accept(path):
            return True
        unchanged.append(path)
        return False

    try:
        # After an earlier build, only the files that differ are staged and moved in (a journal
        # finishes the move if it is killed); a first or forced build swaps a whole new site in.
        with output.Staging(cfg.path("output"), reserved=[search.BUNDLE], in_place=last is not None,
                            previous_files=last.files if last and last.files else None) as staging, ThreadPoolExecutor(1) as pool:
            kept_index = staging.keep_folder(search.BUNDLE) if last and last.index == state.index else 0
            delta = None if kept_index else search.plan_delta(base, key, entries, cfg.search_delta_max, sources)
            if delta is not None and base is not None and staging.keep_folder(search.BUNDLE):
                # the base index stays; what changed since it was built is indexed apart
                indexing = pool.submit(search.index_delta, delta, base, list(entries), words, cfg, staging.root)
            elif not kept_index:
                # Pagefind indexes in its own process while the pages render and stream to disk.
                # Its records (every body's Markdown, which the pages reuse) go first: the index
                # is the longest stage, and Python threads share one core while both build.
                sent = threading.Event()
                indexing = pool.submit(search.index_site, list(entries), words, cfg, staging.root, sent, key)
                sent.wait()  # set by index_site in any case, failure included
            else:
                indexing = None
            for path, data in render.iter_site(entries, words, cfg, only=wanted):
                staging.add(path, data)
            missing = set(staging.keep_all(unchanged))
            for path, data in render.iter_site(entries, words, cfg, only=missing.__contains__) if missing else ():
                staging.add(path, data)
            done = indexing.result() if indexing else None
            stats = str(done) if done else f"search: index unchanged, {kept_index} files kept"
            bundle = done.bundle if done else base
            kept_base = last is not None and bundle is base  # the base index is the last build's
            state = dataclasses.replace(
                state, search=last.search if kept_base and last else (search.bundle_json(bundle) if bundle else None),
                search_id=last.search_id if kept_base and last else "", files=tuple(staging.named))
            settled = staging.settle_folder(search.BUNDLE) if indexing else 0
            staging.commit()  # forgets the old folder's inputs: a kill before remember() means a full build
    except (render.OutputClash, output.UnsafePath, TemplateError, search.SearchError) as exc:
        raise Failed(str(exc)) from exc
    reused = staging.linked - kept_index - settled
    return Built(state, len(entries), staging.written, reused, stats, settled)
