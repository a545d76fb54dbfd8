"""The translators' worklist: titles and summaries to translate, as gettext PO catalogues.

``build.py translations export [--lang fr]`` writes one catalogue per language with a message
for every title and summary that has no human translation in it, or whose translation was made
from an original text that has changed since (then the message is fuzzy, with the text it was
translated from as its previous msgid). Each message's msgid is the original text, its msgctxt
the entry and the field (``003-92a8a2c596754dac title``); comments give the entry's file and
line, its page, its seed, and the devised title the site shows meanwhile.

``build.py translations import FILE.po`` writes each translated, non-fuzzy message into its
entry's front matter, and reports, without writing, every message whose entry an editor changed
since the export (the original text, or a translation written meanwhile). What each imported
translation was made from is kept in ``content/.translations.json``, so a later export knows
which translations a new original made outdated.

Catalogues are read and written with Babel's ``pofile``.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from . import LANGUAGES
from .content import _load_front, parse_entry, shown_path, split_front_matter
from .devise import Deviser
from .models import Entry, Problem
from .vocab import Vocabulary

STATE = ".translations.json"  # in content/: what each imported translation was made from
FIELDS = ("title", "summary")
CURRENT = "current translation: "  # the comment holding a fuzzy message's translation at export


def _key(name: str, lang: str) -> str:
    return f"{name}.{lang}"


def load_state(content_dir: Path) -> dict[str, dict[str, str]]:
    """``{file stem: {"title.fr": original text the translation was made from}}``."""
    path = content_dir / STATE
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def save_state(content_dir: Path, state: dict[str, dict[str, str]]) -> None:
    text = json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    _write(content_dir / STATE, text)


@dataclass(frozen=True)
class Wanted:
    """One title or summary to translate into one language."""

    entry: Entry
    field: str
    lang: str
    original: str
    current: str | None  # the translation there is, made from another original (outdated)
    previous: str | None  # that other original


def _stem(entry: Entry) -> str:
    return entry.path.stem if entry.path else entry.slug


def wanted(entries: Iterable[Entry], state: dict[str, dict[str, str]], langs: Sequence[str]) -> list[Wanted]:
    """Every untranslated or outdated title and summary of ``entries`` in ``langs``."""
    found = []
    for entry in sorted(entries, key=_stem):
        done = state.get(_stem(entry), {})
        for name in FIELDS:
            text = getattr(entry, name)
            original = text.get(entry.lang)
            if not original:
                continue
            for lang in langs:
                if lang == entry.lang:
                    continue
                current = text.get(lang)
                previous = done.get(_key(name, lang))
                if current is None:
                    found.append(Wanted(entry, name, lang, original, None, None))
                elif previous is not None and previous != original:
                    found.append(Wanted(entry, name, lang, original, current, previous))
    return found


def catalog(items: Iterable[Wanted], lang: str, deviser: Deviser, page_url: Callable[[Entry, str], str]) -> Catalog:
    """The worklist of one language as a Babel catalogue."""
    cat = Catalog(
        locale=lang, project="Aid Archive", fuzzy=False, copyright_holder="the Aid Archive's editors",
        header_comment=(
            f"# Aid Archive: titles and summaries to translate into {lang}.\n"
            "# msgid is the original text, msgctxt the entry and the field. Write each translation in\n"
            "# its msgstr; a fuzzy message holds a translation made from an older original (shown as\n"
            "# #| msgid): check it and remove the fuzzy flag. Then: build.py translations import FILE.po\n#"
        ),
    )
    for item in items:
        if item.lang != lang:
            continue
        entry = item.entry
        path = str(entry.path) if entry.path else f"content/{entry.slug}.md"
        line = entry.lines.get(_key(item.field, entry.lang), entry.lines.get(item.field, 2))
        notes = [f"page: {page_url(entry, lang)}", f"original language: {entry.lang}"]
        if entry.seed:
            notes.append(f"seed: {entry.seed}")
        if item.current is not None:
            notes.append(f"{CURRENT}{item.current}")
        cat.add(
            item.original,
            string=item.current or "",
            locations=[(path, line)],
            flags=("fuzzy",) if item.current is not None else (),
            auto_comments=notes,
            user_comments=[f"devised {item.field}: {deviser.text(entry, item.field, lang)[0]}"],
            previous_id=item.previous or (),
            context=f"{_stem(entry)} {item.field}",
        )
    return cat


def po_bytes(cat: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, cat, width=100, sort_output=False, include_previous=True)
    return buffer.getvalue()


@dataclass
class ImportReport:
    """What an import wrote and what it left for an editor to look at."""

    written: list[str] = field(default_factory=list)  # "content/x.md: title.fr"
    unchanged: int = 0
    untranslated: int = 0  # empty or fuzzy messages, skipped
    problems: list[Problem] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"translations: wrote {w}" for w in self.written]
        out.append(
            f"translations: {len(self.written)} written, {self.unchanged} already there, "
            f"{self.untranslated} left untranslated or fuzzy, {len(self.problems)} not imported (listed above)"
        )
        return out


def _write(path: Path, text: str) -> None:
    """Replace ``path`` whole, never leaving it half written."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _with_translation(text: str, name: str, lang: str, value: str) -> str:
    """The entry's text with ``name.lang`` set in its front matter, every other key as it was."""
    parts = split_front_matter(text.replace("\r\n", "\n"))
    assert parts is not None
    front, body, _ = parts
    data, _, _ = _load_front(front)
    data[name] = {**(data.get(name) or {}), lang: value}
    data[name] = {k: data[name].get(k) for k in (*LANGUAGES, *data[name]) if k in data[name]}
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    dumped = re.sub(r"^(authors|tags): \[\]$", r"\1: []", dumped, flags=re.M)
    return f"---\n{dumped}---\n{body}"


def import_po(po: bytes, content_dir: Path, vocab: Vocabulary, root: Path | None = None, *, shown_po: str = "worklist") -> ImportReport:
    """Write the translations of a worklist into the entries; report what an editor changed."""
    cat = read_po(io.BytesIO(po))
    report = ImportReport()
    lang = cat.locale.language if cat.locale else None
    if lang not in LANGUAGES:
        report.problems.append(Problem(shown_po, 1, "Language", f"{lang!r} is not a UI language; expected one of {', '.join(LANGUAGES)}"))
        return report
    state = load_state(content_dir)
    for message in cat:
        if not message.id or not isinstance(message.id, str) or not isinstance(message.string, str):
            continue
        where = message.lineno or 0
        if not message.string.strip() or message.fuzzy:
            report.untranslated += 1
            continue
        stem, _, name = (message.context or "").rpartition(" ")
        path = content_dir / f"{stem}.md"
        if name not in FIELDS or not stem or not path.is_file():
            report.problems.append(Problem(shown_po, where, "msgctxt", f"{message.context!r} names no entry field of {shown_path(content_dir, root)}/; expected '<file stem> title' or '<file stem> summary'"))
            continue
        shown = shown_path(path, root)
        text = path.read_text("utf-8")
        entry, problems = parse_entry(shown, text, vocab)
        if entry is None:
            report.problems.append(Problem(shown, 0, _key(name, lang), f"has errors ({problems[0]}); fix them, then import {shown_po} again", "warning"))
            continue
        key = _key(name, lang)
        line = entry.lines.get(key, entry.lines.get(name, 2))
        original = getattr(entry, name).get(entry.lang)
        if original != message.id:
            report.problems.append(Problem(shown, line, key, f"not imported: the original text changed since the export; export again and translate the new text ({shown_po}:{where})", "warning"))
            continue
        current = getattr(entry, name).get(lang)
        at_export = next((c[len(CURRENT):] for c in message.auto_comments if c.startswith(CURRENT)), None)
        translation = message.string.strip()
        if current == translation:
            report.unchanged += 1
            state.setdefault(stem, {})[key] = original
            continue
        if current != at_export:
            report.problems.append(Problem(shown, line, key, f"not imported: an editor wrote {current!r} since the export; kept it ({shown_po}:{where} has {translation!r})", "warning"))
            continue
        new = _with_translation(text, name, lang, translation)
        check, found = parse_entry(shown, new, vocab)
        if check is None:
            report.problems.append(Problem(shown, line, key, f"not imported: the entry would not be valid ({found[0]})", "warning"))
            continue
        _write(path, new)
        state.setdefault(stem, {})[key] = original
        report.written.append(f"{shown}: {key}")
    save_state(content_dir, dict(sorted(state.items())))
    return report
