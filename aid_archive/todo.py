"""What is left to do on the entries: placeholders, drafts, devised texts and missing facts.

``build.py new`` writes placeholders (:data:`PLACEHOLDERS`) for an editor to replace;
:func:`placeholders` finds those left in a text, which ``check`` reports as errors in a
published entry. :func:`report` is ``build.py check --todo``: per UI language, the entries whose
title or summary is devised, then the entries lacking a date, an origin or a source. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from . import LANGUAGES
from .models import Entry

PLACEHOLDERS = ("待补充", "À COMPLÉTER", "TODO")
"""What ``new`` writes where the editor must write: one marker per language."""
_PLACEHOLDER = re.compile(r"待补充|À COMPLÉTER|\bTODO\b")


def placeholders(text: str) -> Iterator[tuple[int, str]]:
    """(line offset from 0, marker) of every placeholder in ``text``."""
    for offset, line in enumerate(text.split("\n")):
        for m in _PLACEHOLDER.finditer(line):
            yield offset, m.group(0)


@dataclass(frozen=True)
class Todo:
    """The entries (their shown paths) that need an editor, by what they need."""

    devised: dict[str, dict[str, tuple[str, ...]]]  # lang → path → ("title", "summary")
    lacking: dict[str, tuple[str, ...]]  # "date", "origin", "source" → paths
    drafts: tuple[str, ...]


def _shown(entry: Entry) -> str:
    return str(entry.path) if entry.path else f"{entry.slug}.md"


def collect(entries: Iterable[Entry]) -> Todo:
    """What each entry lacks: translations (devised in their place), facts, publication."""
    entries = sorted(entries, key=_shown)
    devised: dict[str, dict[str, tuple[str, ...]]] = {lang: {} for lang in LANGUAGES}
    for entry in entries:
        for lang in LANGUAGES:
            fields = tuple(name for name in ("title", "summary") if not getattr(entry, name).get(lang))
            if fields:
                devised[lang][_shown(entry)] = fields
    lacking = {
        name: tuple(_shown(e) for e in entries if getattr(e, name) is None)
        for name in ("date", "origin", "source")
    }
    return Todo(devised, lacking, tuple(_shown(e) for e in entries if e.draft))


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def report(todo: Todo) -> Sequence[str]:
    """The to-do list, one line per count and one indented line per entry."""
    lines: list[str] = []
    for lang, found in todo.devised.items():
        titles = sum("title" in f for f in found.values())
        summaries = sum("summary" in f for f in found.values())
        lines.append(f"todo: {lang}: {_entries(len(found))} with a devised text ({titles} titles, {summaries} summaries)")
        lines += [f"  {path}: {', '.join(fields)}" for path, fields in found.items()]
    for name, paths in todo.lacking.items():
        lines.append(f"todo: no {name}: {_entries(len(paths))}")
        lines += [f"  {path}" for path in paths]
    lines.append(f"todo: drafts: {_entries(len(todo.drafts))}")
    lines += [f"  {path}" for path in todo.drafts]
    return lines
