"""Import: each scraped seed becomes a clean Markdown entry in ``content/``.

seed bytes → decode → debris → accents → structure → metadata → entry text. ``draft`` is pure;
``import_seeds`` is the I/O edge: it never overwrites an entry an editor changed (it keeps the
hash of what it wrote in ``content/.imported.json``) and reports a seed it cannot read in one
line while importing the others.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import py3langid
import pysbd

from ..content import dump_entry
from ..devise import slug_for
from ..models import Problem, Seed, Text
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
    kept: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        lines = [f"import: kept {name} (changed by an editor)" for name in self.kept]
        lines.append(
            f"import: {len(self.written)} written, {len(self.unchanged)} unchanged, "
            f"{len(self.kept)} kept as edited, {sum(p.severity == 'error' for p in self.problems)} failed"
        )
        return lines


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def import_seeds(seeds_dir: Path, content_dir: Path, vocab: Vocabulary, root: Path | None = None) -> ImportResult:
    """Import every file of ``seeds_dir`` into ``content_dir``; return what happened."""
    result = ImportResult()
    content_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = content_dir / MANIFEST
    manifest: dict[str, dict[str, str]] = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    taken = {p.stem for p in content_dir.glob("*.md")} | {m["slug"] for m in manifest.values()}

    def shown(path: Path) -> str:
        return str(path.relative_to(root)) if root else str(path)

    for path in sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith(".")):
        data = path.read_bytes()
        record = manifest.get(path.name)
        try:
            made = draft(Seed(path.name, data), vocab)
        except SeedError as exc:
            result.problems.append(Problem(shown(path), 0, "", str(exc)))
            continue
        slug = record["slug"] if record else _new_slug(path, data, taken)
        taken.add(slug)
        target = content_dir / f"{slug}.md"
        new = made.text().encode("utf-8")
        if target.exists():
            current = target.read_bytes()
            edited = record is None or _sha(current) != record.get("written_sha256")
            if edited and current != new:
                result.kept.append(shown(target))
                continue
            if current == new:
                result.unchanged.append(shown(target))
                manifest[path.name] = {"slug": slug, "seed_sha256": _sha(data), "written_sha256": _sha(new)}
                continue
        elif record is not None:
            result.kept.append(f"{shown(target)} (deleted by an editor; remove its line in {MANIFEST} to import it again)")
            continue
        target.write_bytes(new)
        for note in made.notes:
            name, _, message = note.partition(": ")
            result.problems.append(Problem(shown(target), 0, name, message, "warning"))
        manifest[path.name] = {"slug": slug, "seed_sha256": _sha(data), "written_sha256": _sha(new)}
        result.written.append(shown(target))
    text = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if not manifest_path.exists() or manifest_path.read_text("utf-8") != text:
        manifest_path.write_text(text, "utf-8")  # untouched otherwise, so a no-op build stays one
    return result


def _new_slug(path: Path, data: bytes, taken: set[str]) -> str:
    """A permanent slug from the seed's file name (never from a title an editor may fix)."""
    base = slugify(path.stem) or f"entry-{_sha(data)[:10]}"
    return base if base not in taken else f"{base}-{_sha(data)[:6]}"
