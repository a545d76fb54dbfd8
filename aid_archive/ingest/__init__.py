"""Import: each scraped seed becomes a clean Markdown entry in ``content/``.

seed bytes → decode (by evidence) → html (trafilatura, for pages and fragments) → debris (classes
of furniture, the header's bylines and dates) → accents → structure → places, dates, source →
entry text. ``draft`` is pure; ``import_seeds`` is the I/O edge: it never overwrites an entry an
editor changed (it keeps the hash of what it wrote in ``content/.imported.json``), reports a seed
it cannot read in one line while importing the others, and reports per entry what to check.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pysbd

from .. import files
from ..content import dump_entry
from ..devise import slug_for
from ..models import PartialDate, Problem, Seed, Text
from ..progress import Progress
from ..vocab import Vocabulary
from . import accents, dates, debris, html, places, structure
from .decode import SeedError, decode
from .language import language

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
    removed: tuple[debris.Removed, ...] = field(default=(), compare=False)  # lines import took out
    fired: tuple[str, ...] = field(default=(), compare=False)  # debris patterns and direction cues that fired

    def text(self) -> str:
        return dump_entry(self.fields, self.body)


LANG_SURE = 0.9  # below this probability, the report says the language was guessed


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid)."""
    return language(text)[0]


def sentences(text: str, lang: str) -> list[str]:
    segmenter = pysbd.Segmenter(language=lang if lang in ("zh", "fr", "en", "es", "de", "it") else "en", clean=False)
    return [s.strip() for s in segmenter.segment(text) if s.strip()]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("’", "'").lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _aliases(term) -> tuple[str, ...]:
    """Every name an outlet goes by: its aliases and its display name in every UI language."""
    return (*term.aliases, *(v for v in (term.name.en, term.name.fr, term.name.zh) if v))


def resolve_source(name: str | None, vocab: Vocabulary) -> str | None:
    """An outlet's vocabulary slug when an alias matches, else the name as printed."""
    if not name or not name.strip(" -|:："):
        return None
    name = name.strip(" -|:：")
    folded = _fold(name)
    for slug, term in vocab.sources.items():
        if any(_fold(alias) == folded for alias in _aliases(term)):
            return slug
    if re.fullmatch(r"[\w-]+(\.[\w-]+)+", folded):  # a web address: french.xinhuanet.com → xinhuanet.com
        for slug, term in vocab.sources.items():
            if any(re.fullmatch(rf"([\w-]+\.)*{re.escape(_fold(a))}", folded) for a in term.aliases if "." in a):
                return slug
    for slug, term in vocab.sources.items():  # "新华社拉萨" → xinhua, "人民网－人民日报" → people-daily-online
        if any(folded.startswith(_fold(alias)) for alias in _aliases(term) if len(alias) >= 2):
            return slug
    return name


def known_outlet(name: str, vocab: Vocabulary) -> bool:
    return resolve_source(name, vocab) in vocab.sources


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


_BARE_URL = re.compile(r"^(?P<url>(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S+)$")  # the page's address, printed alone
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?([0-2]\d|3[01])(?=[/._-])")
_URL_LINE = re.compile(r"^(原文链接|原文地址|原文网址|来源链接|source url|original url|original link|lien (original|vers l'article)|url)\s*[:：]\s*(?P<url>https?://\S+)\s*$", re.I)


def _as_printed_elsewhere(name: str, text: str) -> str:
    """A name set in capitals, in the casing the page prints it with elsewhere, if it does."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
        if m.group(0)[:1].isupper() and not m.group(0).isupper():
            return m.group(0)
    words = name.split()
    for size in range(len(words) - 1, 1, -1):  # "BRIDGES OF CARE FOUNDATION — FIELD NOTES" → its start
        for m in re.finditer(rf"\b{re.escape(' '.join(words[:size]))}\b", text, re.I):
            if m.group(0)[:1].isupper() and not m.group(0).isupper():
                return m.group(0)
    return name


def _plain_line(line: str) -> str:
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return re.sub(r"^[#>*|\s\\-]+|[|\s]+$", "", line).replace("\xa0", " ")


def _above_content(markup: str, content: str) -> list[str]:
    """The text lines of a page that the extractor left out, above and within its main content:
    where bylines and dates are printed."""
    lines = [ln.strip() for ln in debris.strip_markup(markup).split("\n") if ln.strip()]
    kept = [p for ln in content.split("\n") if len(p := _plain_line(ln)) >= 20]
    if not kept:
        return []
    first, last = kept[0][:20], kept[-1][:20]
    start = next((i for i, ln in enumerate(lines) if first in ln.replace("\xa0", " ")), len(lines))
    end = next((i for i in range(len(lines) - 1, -1, -1) if last in lines[i].replace("\xa0", " ")), start)
    inside = set(map(_plain_line, content.split("\n")))
    return [ln for i, ln in enumerate(lines[: max(start, end)]) if i < start or _plain_line(ln) not in inside]


def draft(seed: Seed, vocab: Vocabulary) -> Draft:
    """Turn one seed into an entry; raises ``SeedError`` when the seed cannot be read."""
    text = decode(seed.data)
    page = html.extract(text) if html.is_html(text) else None
    url = page.url if page else None
    lines_in = []
    for raw in (page.text if page else text).split("\n"):
        if m := _URL_LINE.match(raw.strip()) or _BARE_URL.match(raw.strip()):
            url = url or (m["url"] if m["url"].startswith("http") else f"https://{m['url']}")
        else:
            lines_in.append(raw)
    outlet = functools.partial(known_outlet, vocab=vocab)
    cleaned = debris.clean("\n".join(lines_in), outlet, has_title=bool(page and page.title))
    above = debris.header_of(_above_content(text, page.text), outlet) if page else debris.Cleaned(())
    page_lines = [ln.strip() for ln in debris.strip_markup(text).split("\n")] if page else []
    page_owner = debris.owner_of(page_lines)
    labelled = debris.header_of([ln for ln in page_lines if re.match(r"^(来源|來源|source|origine)\s*[:：]", ln, re.I)], outlet)
    notes: list[str] = []
    lang, sure = language("\n".join(cleaned.lines))
    if sure < LANG_SURE:
        notes.append(f"lang: guessed {lang!r} (probability {sure:.2f}); check it")
    lines = []
    for line in cleaned.lines:
        fixed, repairs = accents.restore(line, lang)
        lines.append(fixed)
        notes.extend(f"body: left {r.damaged!r} as is; it could be {' or '.join(r.candidates) or 'no known word'}" for r in repairs if r.restored is None)
    headline = (page.title if page else None) or cleaned.headline
    if headline:
        headline = structure.typography(accents.restore(headline, lang)[0])
        lines = [ln for ln in lines if re.sub(r"^#+\s*", "", ln) != headline]  # the title once, not again in the body
    article = structure.structure(tuple(lines), headline)
    if not article.paragraphs:
        raise SeedError("has no article text once debris is removed; expected at least one paragraph")
    texts = article.text_paragraphs or article.paragraphs
    lead = texts[0]
    line = dates.dateline(lead, lang)
    story = lead[line.end :] if line else lead
    if not story.strip() and len(texts) > 1:  # "央视网消息（记者 …）" on a line of its own
        story = texts[1]

    published = (page.date if page else None) or cleaned.published or above.published
    if not published and url and (m := _URL_DATE.search(url)):  # /20210803/: the address dates the page
        published = "-".join(m.groups())
    date = PartialDate.parse(published) if published else dates.first_date(story, lang)
    if line and line.text and (date is None or date.month is None) and (md := dates.month_day(line.text, lang)):
        year = date.year if date else None  # 本报那曲7月2日讯 under a 2018 issue: 2018-07-02
        if year:
            date = PartialDate(year, *md)
    if date is None:
        notes.append("date: no publication date found in the header or the lead; set it by hand or leave it null")
    printed = cleaned.source or above.source or labelled.source or (line.source if line else None) or (line.text if line and lang == "zh" else None)
    source = resolve_source(printed, vocab)
    if source and source not in vocab.sources and line and lang == "zh" and not (cleaned.source or above.source or labelled.source):
        source = None  # a Chinese dateline without a known outlet is a place, not a source
    if source is None and page and page.site and known_outlet(page.site, vocab):
        source = resolve_source(page.site, vocab)
    host = re.sub(r"^https?://", "", url).split("/")[0] if url else None
    for fallback in (host if host and known_outlet(host, vocab) else None, cleaned.owner, page_owner, cleaned.site, above.site):
        if source is None and fallback:
            source = resolve_source(fallback, vocab)
    if source and source not in vocab.sources and re.sub(r"[^A-Za-z]", "", source).isupper():
        source = _as_printed_elsewhere(source, text)  # SIXTH TONE in the masthead, Sixth Tone in the text
    if source is None:
        notes.append("source: no outlet named in the header, dateline or page; set it by hand")
    elif source not in vocab.sources:
        notes.append(f"source: {source!r} is not in vocab/sources.yaml; kept as printed")
    authors = [*cleaned.authors, *above.authors]
    if line and line.credit:
        authors = [*debris.split_names(_ROLE.sub("", line.credit)), *authors]
    if not authors and page and page.authors:  # the page's markup names them: rel="author", meta author
        authors = [n for named in page.authors for n in debris.credit_names(named)[0] if debris.is_name(n)]
    authors = [a for a in dict.fromkeys(authors) if a and a not in (*cleaned.editors, *above.editors)]
    found = places.detect("\n".join(article.paragraphs), vocab, article.headline, lang)
    if found.region is None:
        notes.append("region: no place in China found in the text; set it by hand")
    if found.origin is None:
        notes.append("origin: the text does not say who sent the aid; left null, set it by hand if it does")
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
        "authors": tuple(authors),
        "dateline": line.text if line and line.text else None,
        "tags": tags_for("\n".join(article.paragraphs), lang, vocab),
        "seed": seed.name,
        "seed_sha256": hashlib.sha256(seed.data).hexdigest(),
    }
    if url:
        fields["url"] = url
    fields["slug"] = slug_for(fields, vocab)  # a readable address, kept once written
    if lang not in vocab.languages:
        notes.append(f"lang: {lang!r} is not in vocab/languages.yaml; add the language or fix lang")
    fired = tuple(sorted(cleaned.fired | above.fired | {c for m in found.mentions for c in m.cues}))
    return Draft(fields, body, tuple(notes), cleaned.removed, fired)


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")


@dataclass(frozen=True)
class FileReport:
    """What import wrote for one seed and what an editor should check there."""

    target: str
    seed: str
    notes: tuple[str, ...]  # "field: message"
    removed: tuple[debris.Removed, ...]

    def lines(self) -> list[str]:
        out = [f"import: wrote {self.target} from {self.seed}"]
        out += [f"  unsure: {note}" for note in self.notes]
        if self.removed:
            out.append(f"  removed {len(self.removed)} line(s) as page furniture (check that none is article text):")
            block = None  # a cut block (related links …) shows its heading and its size
            for r in self.removed:
                if block and r.rule == block[0]:
                    block[1] += 1
                    continue
                if block and block[1]:
                    out.append(f"    … and the {block[1]} line(s) after it")
                out.append(f"    [{r.rule}] {r.line[:100]}{'…' if len(r.line) > 100 else ''}")
                block = [r.rule, 0] if r.rule.startswith("related/") else None
            if block and block[1]:
                out.append(f"    … and the {block[1]} line(s) after it")
        return out


@dataclass
class ImportResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # entries an editor changed, left as they are
    deleted: list[str] = field(default_factory=list)  # entries an editor deleted, not brought back
    updates: list[str] = field(default_factory=list)  # lines about seeds that changed under an edited entry
    problems: list[Problem] = field(default_factory=list)
    reports: list[FileReport] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        lines = [line for report in self.reports for line in report.lines()]
        lines += [f"import: kept {name} (changed by an editor)" for name in self.kept if not any(name in u for u in self.updates)]
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
    max_seed_bytes: int = 1_000_000, progress: bool = False, only: Sequence[Path] | None = None,
) -> ImportResult:
    """Import every seed of ``seeds_dir`` (or only the seeds named in ``only``: imported again
    even when an editor deleted their entry) into ``content_dir``; return what happened.

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
    paths, chosen = list(found.files), set()
    if only is None:
        result.problems.extend(found.problems)
    else:
        for wanted in only:
            path = wanted if wanted.is_absolute() else (root or Path.cwd()) / wanted
            if path.parent.resolve() != seeds_dir.resolve() or path.name not in {f.name for f in found.files}:
                result.problems.append(Problem(shown(path), 0, "", f"is not a seed file of {shown(seeds_dir)}/; expected the path of a regular file there"))
                continue
            chosen.add(path.name)
        paths = [p for p in paths if p.name in chosen]

    with Progress("import", len(paths) if progress else 0) as bar:
        for path in paths:
            bar.step()
            _import_one(path, content_dir, vocab, manifest, taken, result, shown, max_seed_bytes, again=path.name in chosen)
    manifest.save()
    return result


def _import_one(
    path: Path, content_dir: Path, vocab: Vocabulary, manifest: _Manifest, taken: set[str],
    result: ImportResult, shown: Callable[[Path], str], max_seed_bytes: int, again: bool = False,
) -> None:
    """Import one seed; record in ``result`` what happened (``again``: named by the editor, so an
    entry they deleted is written again)."""
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
    elif record is not None and not again:
        result.deleted.append(shown(target))
        return
    files.write_atomic(target, new)
    manifest.record(path.name, written)
    update.unlink(missing_ok=True)
    result.reports.append(FileReport(shown(target), shown(path), made.notes, made.removed))
    result.written.append(shown(target))


def _new_slug(path: Path, data: bytes, taken: set[str]) -> str:
    """A permanent slug from the seed's file name (never from a title an editor may fix)."""
    base = slugify(path.stem) or f"entry-{_sha(data)[:10]}"
    return base if base not in taken else f"{base}-{_sha(data)[:6]}"
