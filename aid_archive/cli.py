"""Command line: ``python build.py [import|build|serve|new|check]``.

The pipeline reads like a table of contents:
config → discover sources → ingest seeds → parse entries → validate → assemble site →
render pages → write atomically → index for search.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import config as config_mod
from . import content, vocab
from .models import Problem


def report(problems: Sequence[Problem], stream=sys.stderr) -> int:
    """Print every problem, one line each; return how many are errors."""
    for problem in problems:
        print(problem, file=stream)
    return sum(p.severity == "error" for p in problems)


def cmd_import(args: argparse.Namespace) -> int:
    from . import ingest

    cfg = _config(args)
    result = ingest.import_seeds(cfg.path("seeds"), cfg.path("content"), vocab.load(cfg.path("vocab")), root=cfg.root)
    for line in result.summary_lines():
        print(line)
    return 1 if report(result.problems) else 0


def cmd_build(args: argparse.Namespace) -> int:
    from jinja2 import TemplateError

    from . import output, render, search

    cfg = _config(args)
    if not getattr(args, "no_import", False) and args.command != "build":
        code = cmd_import(args)
        if code:
            print("import: some seeds could not be imported; building the others", file=sys.stderr)
    words = vocab.load(cfg.path("vocab"))
    entries, problems = content.load_entries(cfg.path("content"), words, root=cfg.root)
    if report(problems):
        print(f"build: failed; {cfg.output}/ keeps the last good site", file=sys.stderr)
        return 1
    try:
        files = render.render_site(entries, words, cfg)
        written = output.write_site(files, cfg.path("output"))
    except (render.OutputClash, output.UnsafePath, TemplateError) as exc:
        print(f"build: failed: {exc}; {cfg.output}/ keeps the last good site", file=sys.stderr)
        return 1
    print(search.index_site(entries, words, cfg, cfg.path("output")))
    print(f"build: {len(entries)} entries, {written} files in {cfg.output}/")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    cfg = _config(args)
    _, problems = content.load_entries(cfg.path("content"), vocab.load(cfg.path("vocab")), root=cfg.root)
    errors = report(problems, sys.stdout)
    print(f"check: {errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0


def _config(args: argparse.Namespace) -> config_mod.Config:
    return config_mod.load(
        base_url=getattr(args, "base_url", None),
        output=getattr(args, "output", None),
        content=getattr(args, "content", None),
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description="Build the Aid Archive static site. Without a command: import, then build.")
    p.add_argument("--base-url", help="path the site is served under, e.g. /aid-archive/ (default: config.yaml)")
    p.add_argument("--output", help="output folder (default: _site)")
    p.add_argument("--content", help="folder of entries (default: content); benchmarks point it at a corpus")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("import", help="turn seeds/* into content/*.md entries (never overwrites an editor's change)")
    b = sub.add_parser("build", help="render content/ into the site and its search index")
    b.add_argument("--base-url", help=argparse.SUPPRESS, default=argparse.SUPPRESS)
    sub.add_parser("check", help="validate every entry; exit non-zero on errors")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command = args.command or "all"
    handlers = {"import": cmd_import, "build": cmd_build, "check": cmd_check, "all": cmd_build}
    return handlers[command](args)
