"""Command line: ``python build.py [import|build|serve|new|check|translations]``.

``build`` runs the stages of :mod:`pipeline` as they come: load → import → resolve → route →
render → index → publish; ``serve`` runs the same stages on each save (:mod:`preview`), and
:mod:`changes` decides for both what an edit re-renders.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from . import LANGUAGES, children, content, files, vocab
from . import config as config_mod
from .models import Problem


def report(problems: Sequence[Problem], stream=sys.stderr) -> int:
    """Print every problem, one line each; return how many are errors."""
    for problem in problems:
        print(problem, file=stream)
    return sum(p.severity == "error" for p in problems)


def cmd_import(args: argparse.Namespace) -> int:
    from . import ingest

    cfg = _config(args)
    chosen = [Path(p).resolve() for p in getattr(args, "paths", None) or ()] or None
    result = ingest.import_seeds(
        cfg.path("seeds"), cfg.path("content"), vocab.load(cfg.path("vocab")), root=cfg.root,
        max_seed_bytes=cfg.max_seed_bytes, progress=True, only=chosen,
    )
    for line in result.summary_lines():
        print(line)
    return 1 if report(result.problems) else 0


def cmd_build(args: argparse.Namespace) -> int:
    """load → import → resolve → route → render → index → publish (:mod:`pipeline`)."""
    from . import cache

    started = time.perf_counter()
    cfg = _config(args)
    if getattr(args, "production", False):
        config_mod.require_site_url(cfg)
    if not getattr(args, "no_import", False) and args.command != "build":
        code = cmd_import(args)
        if code:
            print("import: some seeds could not be imported; building the others", file=sys.stderr)
    drafts, force = getattr(args, "drafts", False), getattr(args, "force", False)
    stamp = cache.fingerprint(cfg) + ("+drafts" if drafts else "")  # a site with drafts is another site
    if not force and cache.up_to_date(cfg, stamp):
        print(f"build: {cfg.output}/ is up to date (no input changed; --force rebuilds)")
        return 0
    from . import pipeline  # the renderer and the indexer: not loaded for a build that is skipped

    loaded = pipeline.load(cfg, drafts, reuse=not force)
    if errors := report(loaded.errors):
        print(f"build: failed: {errors} error(s); {cfg.output}/ keeps the last good site", file=sys.stderr)
        return 1
    if loaded.problems:
        print(f"build: {len(loaded.problems)} warning(s), such as missing translations; `python build.py check` lists them", file=sys.stderr)
    try:
        built = pipeline.build(loaded, None if force else cache.load_state(cfg), stamp)
    except pipeline.Failed as exc:
        print(f"build: failed: {exc}; {cfg.output}/ keeps the last good site", file=sys.stderr)
        return 1
    cache.remember(cfg, stamp)
    cache.save_state(cfg, built.state)
    print(built.index)
    if built.settled:
        print(f"search: {built.settled} files of the index have the same bytes as before and were kept as they were")
    print(f"build: {built.entries} entries, {built.written + built.unchanged} files in {cfg.output}/ "
          f"({built.written} written, {built.unchanged} unchanged) in {time.perf_counter() - started:.1f} s; "
          "to look at it: make serve (http://127.0.0.1:8000/)")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from . import cache, output, parsed, validate
    from .progress import Progress

    cfg = _config(args)
    words = vocab.load(cfg.path("vocab"))
    count = len(files.entries_in(cfg.path("content")).files)
    store = output.state_folder(cfg.path("output")) / "parsed.sqlite"  # the build's parses, when there are
    with Progress("check", count) as bar, parsed.kept(store if store.is_file() else None, cache.parse_key(cfg)) as known:
        entries, problems, count = validate.check_content(cfg, words, on_file=lambda _: bar.step(), known=known)
    errors = report(problems, sys.stdout)
    warnings = len(problems) - errors
    if getattr(args, "todo", False):
        from . import todo

        for line in todo.report(todo.collect(entries)):
            print(line)
    print(f"check: {count} entries, {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def cmd_translations(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import worklist
    from .devise import Deviser
    from .render import UI, load_translations
    from .site import assemble

    cfg = _config(args)
    words = vocab.load(cfg.path("vocab"))
    if args.action == "import":
        if not args.file:
            print("translations: import needs the PO file to read", file=sys.stderr)
            return 2
        shown = args.file
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            print(f"translations: cannot read {shown}: {exc.strerror}", file=sys.stderr)
            return 2
        try:
            result = worklist.import_po(data, cfg.path("content"), words, cfg.root, shown_po=shown)
        except Exception as exc:  # Babel's parse errors carry the line
            print(f"{shown}: is not a PO catalogue ({exc}); expected a file written by `translations export`", file=sys.stderr)
            return 1
        report(result.problems, sys.stdout)
        for line in result.lines():
            print(line)
        return 0
    entries, problems = content.load_entries(cfg.path("content"), words, root=cfg.root)
    if report([p for p in problems if p.severity == "error"]):
        print("translations: fix the errors above first (`python build.py check`)", file=sys.stderr)
        return 1
    langs = [args.lang] if args.lang else list(LANGUAGES)
    catalogs = {lang: load_translations(cfg.root / "locales", lang) for lang in LANGUAGES}
    deviser = Deviser(words, catalogs)
    ui = {lang: UI(assemble(entries), words, cfg, lang, catalogs[lang], deviser) for lang in LANGUAGES}
    todo = worklist.wanted(entries, worklist.load_state(cfg.path("content")), langs)
    out = Path(args.output_po or ".")
    for lang in langs:
        cat = worklist.catalog(todo, lang, deviser, lambda e, lang: ui[lang].absolute(ui[lang].entry_url(e)))
        target = out / f"worklist-{lang}.po" if out.is_dir() or len(langs) > 1 else out
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(worklist.po_bytes(cat))
        fuzzy = sum(1 for m in cat if m.id and m.fuzzy)
        print(f"translations: {target}: {len(cat)} message(s) to translate into {lang} ({fuzzy} outdated)")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from . import scaffold

    cfg = _config(args)
    words = vocab.load(cfg.path("vocab"))
    given = {"lang": args.lang, "region": args.region, "title": args.title, "date": args.date}
    asked = scaffold.interview(given, _ask, words, lambda line: print(line, file=sys.stderr)) if sys.stdin.isatty() else given
    if None in (asked["lang"], asked["region"], asked["title"]):
        missing = ", ".join(f"--{k}" for k in ("lang", "region", "title") if asked[k] is None)
        print(f"new: {missing} missing; give them as flags or run in a terminal to be asked", file=sys.stderr)
        return 2
    draft = scaffold.Draft(asked["title"] or "", asked["lang"] or "", asked["region"] or "", asked["date"], tuple(args.tag or ()))
    try:
        path = scaffold.create(draft, cfg.path("content"), words)
    except ValueError as exc:
        print(f"new: {exc}", file=sys.stderr)
        return 1
    print(path.relative_to(cfg.root) if path.is_relative_to(cfg.root) else path)
    return 0


def _ask(question: str) -> str | None:
    """Ask on the terminal; ``None`` at the end of input."""
    try:
        return input(f"{question}: ").strip()
    except EOFError:
        return None


def cmd_serve(args: argparse.Namespace) -> int:
    import dataclasses

    from . import serve
    from .preview import Builder

    def load() -> config_mod.Config:  # the preview is served at the root of host:port
        return dataclasses.replace(_config(args), base_url="/")

    if not args.no_import:
        cmd_import(args)
    builder = Builder(load, show_progress=True)
    importer = None if args.no_import else (lambda: cmd_import(args) and None)
    serve.serve(builder, args.host, args.port, importer=importer, search=not args.no_search)
    return 0


def _config(args: argparse.Namespace) -> config_mod.Config:
    return config_mod.load(
        getattr(args, "project", None),
        base_url=getattr(args, "base_url", None),
        output=getattr(args, "output", None),
        content=getattr(args, "content", None),
        site_url=getattr(args, "site_url", None),
    )


def _global_options(p: argparse.ArgumentParser, default: object = None) -> None:
    """Options every command takes, before or after its name (``build --force`` = ``--force build``)."""
    p.add_argument("--project", metavar="DIR", default=default, help="the project folder (default: the working directory)")
    p.add_argument("--base-url", default=default, help="path the site is served under, e.g. /aid-archive/ (default: config.yaml)")
    p.add_argument("--output", default=default, help="output folder (default: _site)")
    p.add_argument("--content", default=default, help="folder of entries (default: content); benchmarks point it at a corpus")
    p.add_argument("--force", action="store_true", default=default or False, help="build even when no input changed since the last build")
    p.add_argument("--site-url", default=default, help="the site's origin, e.g. https://example.org (default: config.yaml)")
    p.add_argument("--production", action="store_true", default=default or False,
                   help="a build to publish: site_url must be set (feeds, sitemaps and hreflang links need absolute URLs)")
    p.add_argument("--drafts", action="store_true", default=default or False, help="build: publish the drafts too (draft: true)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description="Build the Aid Archive static site. Without a command: import, then build.")
    _global_options(p)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)  # after the command, without overriding what came before
    sub = p.add_subparsers(dest="command", parser_class=lambda **kw: argparse.ArgumentParser(parents=[common], **kw))
    i = sub.add_parser(
        "import", help="turn seeds/* into content/*.md entries (never overwrites an editor's change)",
        description="Turn seeds into entries. Prints each entry written and what to check there: fields "
        "left null or guessed (origin, date, source, title), and every line removed as page furniture.",
    )
    i.add_argument("paths", nargs="*", metavar="PATH", help="import or re-import only these seeds (files of seeds/); "
                   "an entry an editor changed is still never overwritten")
    sub.add_parser("build", help="render content/ into the site and its search index")
    c = sub.add_parser(
        "check", help="validate every entry; exit non-zero on errors",
        description="Validate every entry: schema, regions and tags, duplicate slugs, links to other "
        "entries, placeholders left in published entries; missing translations and drafts are "
        "warnings. One 'file:line: field: message' line each.",
    )
    c.add_argument("--todo", action="store_true", help="also list, per language, the devised titles and summaries, and the entries lacking a date, origin or source")
    t = sub.add_parser(
        "translations", help="the translators' worklist: export it as PO catalogues, import them back",
        description="export: write worklist-<lang>.po, every title and summary with no translation in "
        "that language or an outdated one (gettext PO, for Poedit, Weblate, Lokalize …). import FILE.po: "
        "write its translations into the entries; fields an editor changed since are reported, not overwritten.",
    )
    t.add_argument("action", choices=("export", "import"))
    t.add_argument("file", nargs="?", help="import: the PO file to read")
    t.add_argument("--lang", choices=LANGUAGES, help="export: only this language")
    t.add_argument("--to", dest="output_po", metavar="PATH", help="export: a folder (default: here) or, with --lang, a file")
    s = sub.add_parser(
        "serve", help="live preview: build, serve and rebuild on every save",
        description="Build, serve the site on http://HOST:PORT/ and rebuild what changed whenever a file "
        "under content/, templates/, seeds/, vocab/, static/ or locales/ is saved; the browser reloads. "
        "Errors show in the terminal and on top of the page; the last good site keeps being served.",
    )
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1; 0.0.0.0 for the network)")
    s.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    s.add_argument("--no-import", action="store_true", help="do not import seeds/ first or when it changes")
    s.add_argument("--no-search", action="store_true", help="do not refresh the search index after rebuilds")
    n = sub.add_parser(
        "new", help="write a new entry to fill in, and print its path",
        description="Write content/<slug>.md with the title, language and region given (asked for when "
        "missing and run in a terminal), placeholders for the summary and the text.",
    )
    n.add_argument("--lang", help="language of the original article: zh, fr or en")
    n.add_argument("--region", help="region the aid went to: a slug of vocab/regions.yaml, e.g. xinjiang")
    n.add_argument("--title", help="headline in the original's language")
    n.add_argument("--date", help="date of the report: YYYY-MM-DD, YYYY-MM or YYYY (default: null)")
    n.add_argument("--tag", action="append", help="a topic of vocab/tags.yaml; repeat for several")
    return p


STOPPED = {  # what each command says when Ctrl-C (or a SIGTERM) ends it
    "import": "the entries written so far are kept and recorded",
    "build": "{output}/ keeps the last good site",
    "all": "{output}/ keeps the last good site",
    "serve": "{output}/ keeps the last site written",
    "check": "nothing was changed",
    "new": "nothing was written unless its path was printed",
    "translations": "run it again to finish",
}
WRITERS = ("import", "build", "all", "serve")  # commands that hold the output folder


def _stop_on_signals(command: str, out: str) -> dict[int, object]:
    """Ctrl-C or SIGTERM ends the command at once: children killed, one line, no traceback.

    The handler exits without unwinding (threads waiting on Pagefind would hold the exit for
    seconds); what it leaves is safe: files are written atomically, a staging folder is removed
    by the next build and the lock ends with the process. Return the handlers it replaced.
    """
    name = "build" if command == "all" else command

    def stop(signum: int, frame: object) -> None:
        children.stop_all()
        word = "interrupted" if signum == signal.SIGINT else "stopped"
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        start = "\n" if sys.stderr.isatty() else ""  # past a progress bar or the terminal's ^C
        os.write(2, f"{start}{name}: {word}; {STOPPED.get(command, 'run it again').format(output=out)}\n".encode())
        os._exit(128 + signum)

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, stop)
    return previous


def _hold_output(cfg: config_mod.Config, command: str) -> contextlib.AbstractContextManager[None]:
    """The output folder's lock, then clear what a killed build left (folders, children)."""
    from . import cache, output

    stack = contextlib.ExitStack()
    stack.enter_context(output.lock(cfg.path("output")))
    cleared = output.recover(cfg.path("output"))
    killed = children.record_in(cache.cache_dir(cfg) / "children")
    name = "build" if command == "all" else command
    if cleared:
        print(f"{name}: removed {len(cleared)} folder(s) a stopped build left beside {cfg.output}/ ({cleared[0].name}…)", file=sys.stderr)
    if killed:
        print(f"{name}: stopped {len(killed)} search indexer(s) a killed build left running", file=sys.stderr)
    return stack


def main(argv: Sequence[str] | None = None) -> int:
    from . import output

    args = parser().parse_args(argv)
    command = args.command or "all"
    handlers = {"import": cmd_import, "build": cmd_build, "check": cmd_check, "serve": cmd_serve, "new": cmd_new, "all": cmd_build, "translations": cmd_translations}
    name = "build" if command == "all" else command
    previous: dict[int, object] = {}
    try:
        cfg = _config(args)
        previous = _stop_on_signals(command, cfg.output)
        with _hold_output(cfg, command) if command in WRITERS else contextlib.nullcontext():
            return handlers[command](args)
    except config_mod.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except output.Busy as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return 1
    except files.Refused as exc:  # an input that is no regular file, outside the entries
        print(f"{exc.filename}: {exc}", file=sys.stderr)
        print(f"{name}: failed; the last good site is kept", file=sys.stderr)
        return 1
    except OSError as exc:  # a full disk, a folder without permission: one line, not a traceback
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"{name}: failed: {exc.strerror or exc}{where}; the last good site is kept", file=sys.stderr)
        return 1
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
