"""Import: each scraped seed becomes a clean Markdown entry in ``content/``.

seed bytes → decode → debris → accents → structure → metadata → entry text. ``draft`` is pure;
``import_seeds`` is the I/O edge: it never overwrites an entry an editor changed (it keeps the
hash of what it wrote in ``content/.imported.json``) and reports a seed it cannot read in one
line while importing the others.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import py3langid
import pysbd

from .. import files
from ..content import dump_entry
from ..devise import slug_for
from ..models import Problem, Seed, Text
from ..progress import Progress
from ..vocab import Vocabulary
from . import accents, dates, debris, places, structure
from .decode import SeedError, decode

MANIFEST = ".imported.json"
SUMMARY_SENTENCES = 2
TITLE_MAX = 90
_ROLE = re.compile(r"^(reporters?|editors?|记者|通讯员|编辑|journaliste|correspondant)\s*[:：]?\s*", re.I)


@dataclass(frozen=True)
class Draft:
    """What import writes for one seed, and what it wants an editor to look at."""

    fields: dict[str, object]
    body: str
    notes: tuple[str, ...] = ()  # "field: message" lines for the editor

    def text(self) -> str:
        return dump_entry(self.fields, self.body)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid)."""
    return py3langid.classify(text[:4000])[0]


def sentences(text: str, lang: str) -> list[str]:
    segmenter = pysbd.Segmenter(language=lang if lang in ("zh", "fr", "en", "es", "de", "it") else "en", clean=False)
    return [s.strip() for s in segmenter.segment(text) if s.strip()]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("’", "'").lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def resolve_source(name: str | None, vocab: Vocabulary) -> str | None:
    """An outlet's vocabulary slug when an alias matches, else the name as printed."""
    if not name:
        return None
    folded = _fold(name)
    for slug, term in vocab.sources.items():
        if any(_fold(alias) == folded for alias in term.aliases):
            return slug
    for slug, term in vocab.sources.items():  # "新华社拉萨" → xinhua
        if any(folded.startswith(_fold(alias)) for alias in term.aliases if len(alias) >= 2):
            return slug
    return name.strip()


def tags_for(text: str, lang: str, vocab: Vocabulary) -> tuple[str, ...]:
    """Tags whose keywords for ``lang`` occur in the text (accents and case ignored)."""
    folded = _fold(text)
    found = []
    for slug, term in vocab.tags.items():
        words = dict(term.keywords).get(lang, ())
        for word in words:
            w = _fold(word)
            hit = w in folded if lang == "zh" else re.search(rf"(?<!\w){re.escape(w)}", folded)
            if hit:
                found.append(slug)
                break
    return tuple(found)


def _title_from(lead: str, lang: str) -> str:
    """A literal title from the lead's first clause when the seed has no headline."""
    first = sentences(lead, lang)[0] if lead else ""
    if len(first) <= TITLE_MAX:
        return first.rstrip("。. ")
    title = ""
    for part in re.split(r"(?<=[,;:，；：])", first):
        if len(title) + len(part) > TITLE_MAX and title:
            break
        title += part
    title = title.rstrip(",;:，；：。. ")
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX].rsplit(" ", 1)[0] + "…"
    return title


def _markdown(paragraph: str) -> str:
    """Escape what Markdown would read as structure at the start of a paragraph."""
    return re.sub(r"^(#|>|[-*+]\s|\d+[.)]\s)", r"\\\1", paragraph)


def draft(seed: Seed, vocab: Vocabulary) -> Draft:
    """Turn one seed into an entry; raises ``SeedError`` when the seed cannot be read."""
    text = decode(seed.data)
    cleaned = debris.clean(text)
    notes: list[str] = []
    lang = detect_language("\n".join(cleaned.lines))
    lines = []
    for line in cleaned.lines:
        fixed, repairs = accents.restore(line, lang)
        lines.append(fixed)
        notes.extend(f"body: left {r.damaged!r} as is; it could be {' or '.join(r.candidates) or 'no known word'}" for r in repairs if r.restored is None)
    article = structure.structure(tuple(lines))
    if not article.paragraphs:
        raise SeedError("has no article text once debris is removed; expected at least one paragraph")
    texts = article.text_paragraphs or article.paragraphs
    lead = texts[0]
    line = dates.dateline(lead, lang)
    story = lead[line.end :] if line else lead

    date = dates.first_date(cleaned.published, lang) if cleaned.published else dates.first_date(story, lang)
    source = resolve_source(cleaned.source or (line.source if line else None) or (line.text if line and lang == "zh" else None), vocab)
    if source and source not in vocab.sources and line and lang == "zh":
        source = None  # a Chinese dateline without a known outlet is a place, not a source
    authors = list(cleaned.authors)
    if line and line.credit:
        authors = [*debris.split_names(_ROLE.sub("", line.credit)), *authors]
    found = places.detect("\n".join(article.paragraphs), vocab, article.headline)
    if found.region is None:
        notes.append("region: no place in China found in the text; set it by hand")
    title = article.headline or _title_from(story, lang)
    if not article.headline:
        notes.append("title: the seed has no headline; the title was taken from its first sentence, review it")
    summary = " ".join(sentences(story, lang)[:SUMMARY_SENTENCES]) if lang != "zh" else "".join(sentences(story, lang)[:SUMMARY_SENTENCES])
    body = "\n\n".join(
        _markdown(p) + ("\n{: .caption }" if i in article.captions else "") for i, p in enumerate(article.paragraphs)
    )
    fields: dict[str, object] = {
        "title": Text(**{lang: title}) if lang in ("en", "fr", "zh") else Text(),
        "summary": Text(**{lang: summary}) if lang in ("en", "fr", "zh") else Text(),
        "lang": lang,
        "date": date,
        "region": found.region,
        "origin": found.origin,
        "source": source,
        "authors": tuple(dict.fromkeys(a for a in authors if a)),
        "dateline": line.text if line else None,
        "tags": tags_for("\n".join(article.paragraphs), lang, vocab),
        "seed": seed.name,
        "seed_sha256": hashlib.sha256(seed.data).hexdigest(),
    }
    fields["slug"] = slug_for(fields, vocab)  # a readable address, kept once written
    if lang not in vocab.languages:
        notes.append(f"lang: {lang!r} is not in vocab/languages.yaml; add the language or fix lang")
    return Draft(fields, body, tuple(notes))


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")


@dataclass
class ImportResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # entries an editor changed, left as they are
    deleted: list[str] = field(default_factory=list)  # entries an editor deleted, not brought back
    updates: list[str] = field(default_factory=list)  # lines about seeds that changed under an edited entry
    problems: list[Problem] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        lines = [f"import: kept {name} (changed by an editor)" for name in self.kept if not any(name in u for u in self.updates)]
        lines += self.updates
        lines += [f"import: {name}: not brought back (deleted by an editor; remove its line in {MANIFEST} to import it again)" for name in self.deleted]
        skipped = sum(not p.line and p.severity == "warning" and p.message.startswith("ignored") for p in self.problems)
        lines.append(
            f"import: {len(self.written)} written, {len(self.unchanged)} unchanged, "
            f"{len(self.kept)} kept as edited, {len(self.deleted)} deleted by an editor, "
            f"{sum(p.severity == 'error' for p in self.problems)} failed"
            + (f", {skipped} ignored" if skipped else "")
        )
        return lines


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


JOURNAL = ".imported.journal"  # one JSON line per entry written since the manifest was last saved
SEED_UPDATE = ".seed-update"  # suffix of the new import of an edited entry whose seed changed


class _Manifest:
    """``content/.imported.json``, recorded as import goes: each entry written is appended to a
    journal (one line, flushed) right after the entry itself, and the journal is folded into
    the manifest, atomically, at the end or by the next import after a kill."""

    def __init__(self, content_dir: Path) -> None:
        self.path, self.journal = content_dir / MANIFEST, content_dir / JOURNAL
        self.records: dict[str, dict[str, str]] = {}
        if self.path.exists() or self.path.is_symlink():
            data = json.loads(files.read_bytes(self.path, 1 << 30).decode("utf-8"))
            if not isinstance(data, dict) or not all(isinstance(v, dict) and isinstance(v.get("slug"), str) for v in data.values()):
                raise ValueError("expected a map of seed names to {slug, seed_sha256, written_sha256}")
            self.records = data
        self.saved = dict(self.records)
        if self.journal.exists() and not self.journal.is_symlink():
            for line in self.journal.read_text("utf-8", errors="replace").splitlines():
                with contextlib.suppress(ValueError, TypeError):  # a line cut by a kill
                    name, record = json.loads(line)
                    self.records[name] = record
        self._log: IO[str] | None = None

    def record(self, name: str, record: dict[str, str]) -> None:
        if self.records.get(name) == record:
            return
        self.records[name] = record
        if self._log is None:
            self._log = self.journal.open("a", encoding="utf-8")
        self._log.write(json.dumps([name, record], ensure_ascii=False) + "\n")
        self._log.flush()

    def save(self) -> None:
        if self._log is not None:
            self._log.close()
        if self.records != self.saved or not self.path.exists():
            text = json.dumps(self.records, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
            files.write_atomic(self.path, text.encode("utf-8"))  # untouched otherwise: a no-op build stays one
        self.journal.unlink(missing_ok=True)


def import_seeds(
    seeds_dir: Path, content_dir: Path, vocab: Vocabulary, root: Path | None = None, *,
    max_seed_bytes: int = 1_000_000, progress: bool = False,
) -> ImportResult:
    """Import every seed of ``seeds_dir`` into ``content_dir``; return what happened.

    Only regular files are read (links, pipes, devices and folders are refused, hidden files
    named as ignored), each within ``max_seed_bytes``. Each entry is written atomically and
    recorded as it goes. An entry an editor changed is kept; when its seed changed too, the new
    import is written beside it as ``<entry>.md.seed-update`` for the editor to merge.
    """
    result = ImportResult()
    content_dir.mkdir(parents=True, exist_ok=True)

    def shown(path: Path) -> str:
        return files.shown(path, root)

    for stale in content_dir.glob(".*.tmp"):  # left by a killed import (files.write_atomic)
        stale.unlink(missing_ok=True)
    try:
        manifest = _Manifest(content_dir)
    except (ValueError, OSError) as exc:
        result.problems.append(Problem(shown(content_dir / MANIFEST), 0, "", f"cannot be read ({exc}); restore it (git checkout) before importing, or nothing edited is safe"))
        return result
    taken = {p.stem for p in content_dir.glob("*.md")} | {m["slug"] for m in manifest.records.values()}
    found = files.seeds_in(seeds_dir, root)
    result.problems.extend(found.problems)

    with Progress("import", len(found.files) if progress else 0) as bar:
        for path in found.files:
            bar.step()
            _import_one(path, content_dir, vocab, manifest, taken, result, shown, max_seed_bytes)
    manifest.save()
    return result


def _import_one(
    path: Path, content_dir: Path, vocab: Vocabulary, manifest: _Manifest, taken: set[str],
    result: ImportResult, shown: Callable[[Path], str], max_seed_bytes: int,
) -> None:
    """Import one seed; record in ``result`` what happened."""
    try:
        data = files.read_bytes(path, max_seed_bytes, setting="max_seed_bytes")
    except files.Refused as exc:
        result.problems.append(Problem(shown(path), 0, "", str(exc)))
        return
    record = manifest.records.get(path.name)
    try:
        made = draft(Seed(path.name, data), vocab)
    except SeedError as exc:
        result.problems.append(Problem(shown(path), 0, "", str(exc)))
        return
    except Exception as exc:  # a flaw of the importer on this seed: name it, import the others
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        result.problems.append(Problem(shown(path), 0, "", f"could not be imported ({reason}); the other seeds were; please report this seed"))
        return
    slug = record["slug"] if record else _new_slug(path, data, taken)
    taken.add(slug)
    target = content_dir / f"{slug}.md"
    new = made.text().encode("utf-8")
    update = target.with_name(target.name + SEED_UPDATE)
    written = {"slug": slug, "seed_sha256": _sha(data), "written_sha256": _sha(new)}
    if target.exists() or target.is_symlink():
        try:
            current = files.read_bytes(target, 1 << 30)
        except files.Refused as exc:
            result.problems.append(Problem(shown(target), 0, "", f"{exc}; not imported over"))
            return
        if current == new:
            result.unchanged.append(shown(target))
            manifest.record(path.name, written)
            update.unlink(missing_ok=True)
            return
        if record is None or _sha(current) != record.get("written_sha256"):  # an editor changed it
            result.kept.append(shown(target))
            if record is not None and record.get("seed_sha256") != _sha(data):
                if not update.exists() or update.read_bytes() != new:
                    files.write_atomic(update, new)
                result.updates.append(
                    f"import: kept {shown(target)} (changed by an editor); its seed {shown(path)} changed since: "
                    f"the new import is in {shown(update)}; compare the two, merge by hand, then delete it"
                )
            return
    elif record is not None:
        result.deleted.append(shown(target))
        return
    files.write_atomic(target, new)
    manifest.record(path.name, written)
    update.unlink(missing_ok=True)
    for note in made.notes:
        name, _, message = note.partition(": ")
        result.problems.append(Problem(shown(target), 0, name, message, "warning"))
    result.written.append(shown(target))


def _new_slug(path: Path, data: bytes, taken: set[str]) -> str:
    """A permanent slug from the seed's file name (never from a title an editor may fix)."""
    base = slugify(path.stem) or f"entry-{_sha(data)[:10]}"
    return base if base not in taken else f"{base}-{_sha(data)[:6]}"
