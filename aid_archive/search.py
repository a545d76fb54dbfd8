"""Index for search: one Pagefind record per entry, built from Python with the extended binary.

Every entry is indexed once, whatever the number of UI languages. Its record holds the body as
plain text and the translated metadata in every language (titles, summaries, region, tags,
source), so a query in any language finds it. The records cut their own words (:func:`spaced`:
one word per Chinese character, elisions apart), so one index language is forced, ``und`` (none
of Pagefind's: no segmenter, no stemmer, whitespace between words); French accents still fold
(``hopital`` finds ``hôpital``). Segmenting every record as Chinese instead cost 2.8× the indexing
time at 1,000 entries for the same results. The browser script maps a result to the reader's UI
language: it formats the ISO date and names the region itself (``labels.json``), so records stay
small.

An incremental build keeps the last full index (the base) and indexes the entries added or
changed since in a small delta bundle beside it (:func:`plan_delta`, :func:`index_delta`); the
browser searches both and leaves out the base's pages the delta replaces. Past
``config.search_delta_max`` entries, or when the vocabularies, catalogs or code change, the base
is built again.

Pagefind's memory grows with the text it indexes, so a large archive is cut into shards of
``config.search_shard_size`` entries, newest first: each is a complete bundle, written by its own
Pagefind process, one after the other. The browser searches them all and merges the results.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import hashlib
import html
import json
import os
import re
import shutil
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import LANGUAGES, children, routes
from .config import Config
from .devise import Deviser
from .formatting import markdown_to_html
from .models import Entry
from .site import UNDATED
from .vocab import Vocabulary

INDEX_LANGUAGE = "und"  # one index for all records, in no language of its own (see the module docstring)
INDEX_OPTIONS = {"force_language": INDEX_LANGUAGE}
BUNDLE = "pagefind"  # folder of the search bundle inside the site; shard i > 0 in shard-<i>/
SORT_KEY = "date"  # ISO date; undated entries have none and the browser lists them last
IN_FLIGHT = 32  # records sent to Pagefind and not yet answered: keeps it busy, memory bounded
# Pagefind writes ready-made UIs too; the site uses its own script, so they are dropped.
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)


@dataclass(frozen=True)
class Record:
    """What Pagefind stores for one entry: where it lives, what matches it, what results show."""

    url: str
    content: str
    meta: Mapping[str, str]
    filters: Mapping[str, tuple[str, ...]]
    sort: Mapping[str, str]


@dataclass(frozen=True)
class SearchStats:
    """What indexing produced, for the build summary and the benchmarks."""

    records: int
    files: int
    bytes: int
    seconds: float
    binary: str
    shards: int = 1
    bundle: Bundle | None = None  # what the bundle now holds, for the next build's delta
    delta: int | None = None  # entries indexed apart from the base (None: a full index)

    def __str__(self) -> str:
        if self.delta is not None:
            return (f"search: {self.delta} new or changed entries indexed apart from the "
                    f"{self.records} of the base index, {self.files} files, {self.bytes / 1024:.0f} KiB "
                    f"in {self.seconds:.1f} s")
        shards = f" in {self.shards} shards" if self.shards > 1 else ""
        return (f"search: {self.records} records{shards}, {self.files} files, "
                f"{self.bytes / 1024:.0f} KiB in {self.seconds:.1f} s ({Path(self.binary).name})")


@dataclass(frozen=True)
class Indexed:
    """One entry as the base index holds it."""

    digest: str  # :func:`source_digest` of the entry its record was made from
    page: str  # Pagefind's id of its page, as results name it ("zh_0132987")
    filters: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Bundle:
    """The base index: built whole, then kept while edits go to a small delta index beside it."""

    key: str  # what every record also depends on (vocabularies, catalogs, code, settings)
    shards: tuple[str, ...]  # its shards' folders (:func:`shard_path`)
    dated: int  # how many shards, first, hold dated entries
    entries: Mapping[str, Indexed]  # by slug


@dataclass(frozen=True)
class Delta:
    """What a build indexes apart from the base: entries new or changed since it was built, and
    the base's pages that the browser leaves out of results (changed or deleted entries)."""

    entries: tuple[Entry, ...]
    shadow: Mapping[str, Mapping[str, tuple[str, ...]]]  # base page id → its filters


DELTA = "delta/"  # folder of the delta index inside the bundle folder


class SearchError(RuntimeError):
    """Indexing failed; the message says what to install or check."""


# ---- records: pure -------------------------------------------------------------------------

# The body's HTML is the sanitiser's output: well-formed tags, attribute values in double quotes.
_BLOCK_TAG = re.compile(r'<(?:p|li|h[1-6]|blockquote|tr|br)\b(?:[^>"]|"[^"]*")*>')
_ANY_TAG = re.compile(r'<(?:[^>"]|"[^"]*")*>')


def plain_text(source: str) -> str:
    """Markdown → the words a reader sees, one block per line."""
    text = html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", markdown_to_html(source))))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def entry_url(lang: str, slug: str) -> str:
    """The entry's page in the UI tree of ``lang``, from the site's root: ``/fr/entries/<slug>/``.

    The index holds no base URL: Pagefind prefixes the path its bundle is served under.
    """
    return routes.url_for("entry", lang, "/", slug=slug)


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _names(vocab: Vocabulary, kind: str, slug: str | None, aliases: bool = False) -> list[str]:
    if not slug:
        return []
    term = getattr(vocab, kind).get(slug)
    if term is None:
        return [slug]
    return _unique([*term.name.as_dict().values(), *(term.aliases if aliases else ())])


# Han characters (and the kana of Japanese names): each is indexed as a word of its own, so the
# browser can ask for a Chinese term as an exact phrase of its characters ("援 疆"), whatever a
# segmenter would have cut: 援疆 then never matches an entry on 援 alone. An elided article or
# pronoun is cut from its word (l'hôpital → l' hôpital), so hopital finds it; the browser joins
# both again in what it shows (static/search.js).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_GAP = re.compile(f"(?<=[{_CJK}])(?=[{_CJK}])|(?<=[^\\W\\d_]['’])(?=[^\\W\\d_])")


def spaced(text: str) -> str:
    """``援疆医疗队`` → ``援 疆 医 疗 队``, ``l'hôpital`` → ``l' hôpital``: words as the index cuts them."""
    return _GAP.sub(" ", text)


def _utf16(text: str) -> int:
    """Length as the browser counts it (JavaScript strings are UTF-16)."""
    return len(text.encode("utf-16-le")) // 2


def region_synonyms(vocab: Vocabulary, slug: str | None) -> list[str]:
    """Every way of naming aid to a region: names in each language, aliases (Sinkiang), and the
    aid shorthand (援疆), so each finds the region's entries from any UI language."""
    term = vocab.regions.get(slug or "")
    return _unique([*_names(vocab, "regions", slug, aliases=True), *(term.aid if term else ())])


def build_record(entry: Entry, vocab: Vocabulary, deviser: Deviser | None = None) -> Record:
    """One record: the body, then the metadata in every language, for cross-language queries.

    With a ``deviser``, the titles and summaries nobody translated are the devised ones the
    pages show, so a result reads as its page does. Chinese characters are spaced (see
    :func:`spaced`); ``meta["original_end"]`` is where the original's title and body end in the
    content, so the browser shows an excerpt only when it is in the original's words, and the
    summary in the reader's language otherwise.
    """
    original_title = entry.title.pick(entry.lang, entry.lang)[0]
    titles = deviser.texts(entry, "title") if deviser else entry.title.as_dict()
    summaries = deviser.texts(entry, "summary") if deviser else entry.summary.as_dict()
    metadata = _unique([
        original_title,
        *titles.values(),
        *summaries.values(),
        *region_synonyms(vocab, entry.region),
        *_names(vocab, "regions", entry.origin, aliases=True),
        *(name for tag in entry.tags for name in _names(vocab, "tags", tag)),
        *_names(vocab, "sources", entry.source),
        *entry.authors,
        entry.dateline,
    ])
    original = spaced(f"{original_title}\n{plain_text(entry.body)}")
    content = f"{original}\n{spaced(' · '.join(metadata[1:]))}"
    # Only what the browser cannot derive: it names the region from the filter and labels.json,
    # and formats the ISO date in the reader's language.
    meta = {"title": original_title, "lang": entry.lang, "original_end": str(_utf16(original))}
    if entry.date:
        meta["date"] = entry.date.iso
    for lang in LANGUAGES:
        title = titles.get(lang)
        if title and lang != entry.lang:
            meta[f"title_{lang}"] = title
        summary = summaries.get(lang)
        if summary:
            meta[f"summary_{lang}"] = summary
    return Record(
        url=entry_url(entry.lang, entry.slug),
        content=content,
        meta=meta,
        filters=filters_of(entry),
        sort={SORT_KEY: entry.date.iso} if entry.date else {},
    )


def filters_of(entry: Entry) -> dict[str, tuple[str, ...]]:
    """The values a reader filters an entry's record by: region, year, language, tags."""
    filters = {
        "region": (entry.region,),
        "year": (str(entry.year) if entry.year else UNDATED,),
        "lang": (entry.lang,),
        "tag": tuple(entry.tags),
    }
    return {k: v for k, v in filters.items() if v}


def source_digest(entry: Entry, body_sha256: str | None = None) -> str:
    """A digest of everything an entry's record is made from (with the vocabularies, catalogs and
    code of :func:`cache.search_key`): equal digests, equal records. ``body_sha256``: the body's
    SHA-256 when the caller has it (a :func:`cache.digest` holds it as its body)."""
    t, s = entry.title, entry.summary
    fields = (
        entry.slug, t.en, t.fr, t.zh, s.en, s.fr, s.zh, entry.lang, entry.date.iso if entry.date else None,
        entry.region, entry.origin, entry.source, entry.authors, entry.dateline, entry.tags,
        body_sha256 or hashlib.sha256(entry.body.encode()).hexdigest(),
    )
    return hashlib.sha256(repr(fields).encode()).hexdigest()[:20]


def iter_records(entries: Sequence[Entry], vocab: Vocabulary) -> Iterator[Record]:
    """Every entry's record, in a stable order, one at a time."""
    return (build_record(e, vocab) for e in sorted(entries, key=lambda e: e.slug))


def build_records(entries: Sequence[Entry], vocab: Vocabulary) -> list[Record]:
    """Every entry's record, in a stable order."""
    return list(iter_records(entries, vocab))


def filter_labels(records: Iterable[Record | Mapping[str, Sequence[str]]], vocab: Vocabulary) -> dict[str, Any]:
    """Names of the filter values in use, per UI language, and each language's HTML code.

    ``{"region": {"tibet": {"en": "Tibet", "fr": "Tibet", "zh": "西藏"}}, …, "year": {"2021": …},
    "html": {"zh": "zh-Hans", …}}``. The search page lists the filters from it, before (and
    without) loading Pagefind's filter counts.
    """
    kinds = {"region": "regions", "tag": "tags", "lang": "languages", "year": None}
    labels: dict[str, dict[str, dict[str, str]]] = {name: {} for name in kinds}
    for record in records:
        filters = record.filters if isinstance(record, Record) else record
        for name, kind in kinds.items():
            for slug in filters.get(name, ()):
                labels[name][slug] = {
                    lang: vocab.name(kind, slug, lang) if kind else slug for lang in LANGUAGES
                }
    codes = {slug: term.html or slug for slug, term in vocab.languages.items()}
    return {
        **{name: dict(sorted(values.items())) for name, values in labels.items()},
        "html": codes,
        "terms": vocabulary_terms(vocab, set(labels["region"]) | set(labels["tag"])),
    }


def vocabulary_terms(vocab: Vocabulary, used: Iterable[str] = ()) -> list[str]:
    """The words a "did you mean" may suggest: every name of every region (aliases and aid
    shorthands too), tag and source, in every language; those of regions and tags in ``used``
    first, so that of two names equally near a typo, one that finds entries wins (Yunan →
    Yunnan, not Hunan)."""
    words: list[str | None] = []
    for slug in vocab.regions:
        words += region_synonyms(vocab, slug)
    for kind in ("tags", "sources"):
        for term in getattr(vocab, kind).values():
            words += term.name.as_dict().values()
    used = set(used)
    found = {w for slug in used for w in region_synonyms(vocab, slug) if slug in vocab.regions}
    found |= {w for slug in used if slug in vocab.tags for w in vocab.tags[slug].name.as_dict().values() if w}
    return sorted(set(_unique(words)), key=lambda w: (w not in found, w))


# ---- Pagefind: the edge ----------------------------------------------------------------------

def extended_binary() -> Path:
    """The Pagefind binary that segments Chinese; fail loudly when only the plain one is there."""
    try:
        from pagefind_bin_extended import get_executable  # type: ignore[import-untyped]
    except ImportError as exc:
        raise SearchError(
            "search: Pagefind's extended binary is missing; install it with "
            "`pip install 'pagefind[extended]'` (the plain binary cannot segment Chinese)"
        ) from exc
    return Path(get_executable())


class Service:
    """Pagefind's indexing service: ``pagefind --service``, the program its Python and Node
    packages drive, spoken to directly. Each message is JSON, base64-encoded and ended by a
    comma, on its input; each reply likewise, with the message's id, on its output.

    The package's own client reads one reply every 0.1 s (17 minutes for 10,000 records) and
    its ``write_files`` answers before the files are all written; this one reads replies as
    they come, and takes the bundle's files in a reply (``GetFiles``) to write them itself.
    """

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.replies: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.last_id = 0
        self.reader = asyncio.get_running_loop().create_task(self._read_replies())

    @classmethod
    async def start(cls, binary: Path) -> Service:
        """Launch the service, in a process that dies with this one and is recorded."""
        process = await asyncio.create_subprocess_exec(
            binary, "--service", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT, limit=2**21, preexec_fn=children.die_with_parent,
        )
        children.started(process.pid)
        return cls(process)

    async def send(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Send one request; its reply's payload, or :class:`SearchError` for an error."""
        assert self.process.stdin is not None
        self.last_id += 1
        future = self.replies[self.last_id] = asyncio.get_running_loop().create_future()
        message = json.dumps({"message_id": self.last_id, "payload": dict(payload)})
        self.process.stdin.write(base64.b64encode(message.encode()) + b",")
        await self.process.stdin.drain()
        return await future  # the reader resolves it and forgets it

    async def _reply(self) -> bytes:
        """One reply, however long (the pipe's buffer holds 2 MiB at a time)."""
        assert self.process.stdout is not None
        parts: list[bytes] = []
        while True:
            try:
                parts.append((await self.process.stdout.readuntil(b","))[:-1])
                return b"".join(parts)
            except asyncio.LimitOverrunError as exc:
                parts.append(await self.process.stdout.readexactly(exc.consumed))

    async def _read_replies(self) -> None:
        try:
            while True:
                reply = json.loads(base64.b64decode(await self._reply()))
                future = self.replies.pop(reply.get("message_id"), None)
                payload = reply["payload"]
                if future is None or future.done():
                    continue
                if payload["type"] == "Error":
                    future.set_exception(SearchError(f"search: Pagefind: {payload['message']}"))
                else:
                    future.set_result(payload)
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            for future in self.replies.values():
                if not future.done():
                    future.set_exception(SearchError(f"search: Pagefind stopped: {exc}"))

    async def close(self, timeout: float = 60) -> None:
        """Close the service's input, which ends it; kill it if it does not end."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), timeout)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        finally:
            self.reader.cancel()
            children.ended(self.process.pid)


_FRAGMENT_URL = re.compile(rb'"url":"((?:[^"\\]|\\.)*)"')


def _page_of(path: str, data: bytes) -> tuple[str, str] | None:
    """(URL, page id) of a fragment file of the bundle: the id results give, the URL its record
    had; ``None`` for other files. Only the fragment's head is decompressed."""
    if not (path.startswith("fragment/") and path.endswith(".pf_fragment")):
        return None
    head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 4096)
    found = _FRAGMENT_URL.search(head)
    return (json.loads(b'"' + found.group(1) + b'"'), path[len("fragment/"):-len(".pf_fragment")]) if found else None


async def _write_bundle(
    records: Iterable[Record], bundle: Path, binary: Path, sent: Callable[[], object] = lambda: None,
    pages: dict[str, str] | None = None,
) -> list[Record]:
    """Send each record as soon as it is built, so Pagefind indexes while Python converts; call
    ``sent`` once the last is sent; write the bundle's files under ``bundle``; return the records
    sent, without their text (only their filters are needed afterwards: memory). ``pages``, when
    given, gets each record's page id by URL."""
    sent_records: list[Record] = []
    service = await Service.start(binary)
    try:
        index = (await service.send({"type": "NewIndex", "config": dict(INDEX_OPTIONS)}))["index_id"]
        waiting: set[asyncio.Future[Any]] = set()
        for record in records:
            sent_records.append(dataclasses.replace(record, content=""))
            if len(waiting) >= IN_FLIGHT:
                done, waiting = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                for future in done:
                    future.result()  # a refused record stops the build here
            waiting.add(asyncio.ensure_future(service.send({
                "type": "AddRecord", "index_id": index, "url": record.url, "content": record.content,
                "language": INDEX_LANGUAGE, "meta": dict(record.meta),
                "filters": {k: list(v) for k, v in record.filters.items()}, "sort": dict(record.sort),
            })))
        sent()
        await asyncio.gather(*waiting)
        reply = await service.send({"type": "GetFiles", "index_id": index})
    finally:
        await service.close()
    for file in reply["files"]:
        if file["path"] in UNUSED_BUNDLE_FILES:
            continue
        target = bundle / file["path"]
        if bundle not in target.resolve().parents:
            raise SearchError(f"search: Pagefind named a file outside its bundle: {file['path']}")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = base64.b64decode(file["content"])
        target.write_bytes(data)
        page = _page_of(file["path"], data) if pages is not None else None
        if page:
            pages[page[0]] = page[1]
    return sent_records


def shard_path(number: int) -> str:
    """Where shard ``number`` lives inside the bundle folder: ``""``, ``"shard-1/"``…"""
    return f"shard-{number}/" if number else ""


def shards(entries: Sequence[Entry], size: int) -> list[list[Entry]]:
    """The entries newest first, undated last, in runs of at most ``size``: date ranges."""
    ordered = sorted(entries, key=Entry.sort_key)
    return [ordered[i:i + size] for i in range(0, len(ordered), size)] or [[]]


def _deviser(config: Config, vocab: Vocabulary) -> Deviser:
    from .render import load_translations  # the catalogs the pages devise their titles with

    return Deviser(vocab, {lang: load_translations(config.root / "locales", lang) for lang in LANGUAGES})


def _write_labels(bundle: Path, labels: Mapping[str, Any]) -> None:
    """``labels.json``, replaced rather than rewritten: the old one may be a link to the last site's."""
    bundle.mkdir(parents=True, exist_ok=True)
    target = bundle / "labels.json"
    tmp = bundle / ".labels.json.tmp"
    tmp.write_text(json.dumps(labels, ensure_ascii=False, sort_keys=True), "utf-8")
    os.replace(tmp, target)


def _stats_of(files: list[Path], start: float, binary: Path, **more: Any) -> SearchStats:
    sizes = [p.stat().st_size for p in files]
    if 0 in sizes:
        raise SearchError(f"search: Pagefind left {files[sizes.index(0)]} empty; build again")
    return SearchStats(files=len(files), bytes=sum(sizes), seconds=time.perf_counter() - start, binary=str(binary), **more)


def index_site(
    entries: Sequence[Entry], vocab: Vocabulary, config: Config, out_dir: Path,
    records_sent: threading.Event | None = None, key: str = "",
) -> SearchStats:
    """Write the search bundle of ``entries`` to ``out_dir/pagefind/``; one record per entry.

    ``records_sent`` is set once the first shard's records are built and sent (the rest is
    Pagefind's work, so a caller indexing in a thread can start its own Python work then), or
    when indexing ends, whichever comes first: a caller waiting on it never waits in vain.

    Past ``config.search_shard_size`` entries, shard i > 0 goes to ``pagefind/shard-<i>/``, each
    a complete bundle written by its own Pagefind process, closed before the next starts; the
    root's ``labels.json`` lists them, and how many of them, first, hold dated entries. The
    bundle does not depend on the base URL. The stats' ``bundle`` (with ``key``, what the records
    also depend on) is what :func:`plan_delta` needs next time.
    """
    start = time.perf_counter()
    bundle = out_dir / BUNDLE
    records: list[Record] = []
    paths: list[str] = []
    pages: dict[str, str] = {}
    parts = shards(entries, config.search_shard_size)
    sent = records_sent or threading.Event()
    deviser = _deviser(config, vocab)
    try:
        binary = extended_binary()
        if bundle.exists():
            shutil.rmtree(bundle)
        for number, shard in enumerate(parts):
            folder = bundle / shard_path(number)
            built = (build_record(e, vocab, deviser) for e in shard)
            records += asyncio.run(_write_bundle(built, folder.resolve(), binary, sent.set, pages))
            paths.append(shard_path(number))
    finally:
        sent.set()
    dated = sum(1 for shard in parts if shard and shard[0].date)
    base = Bundle(key, tuple(paths), dated, {
        e.slug: Indexed(source_digest(e), pages.get(entry_url(e.lang, e.slug), ""), filters_of(e)) for e in entries
    })
    _write_labels(bundle, labels_of(base, filter_labels(records, vocab)))
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return _stats_of(files, start, binary, records=len(records), shards=len(paths), bundle=base)


def labels_of(base: Bundle, labels: dict[str, Any], delta: Delta | None = None) -> dict[str, Any]:
    """``labels.json``: the filters' names (:func:`filter_labels`), the shards when there are
    several, and the delta index with the base pages its results replace."""
    if len(base.shards) > 1:
        labels["shards"] = list(base.shards)
        # A bundle without any sort key ignores a sort: the browser leaves these shards out.
        labels["dated_shards"] = base.dated
    if delta is not None:
        if delta.entries:
            labels["delta"] = DELTA
            labels["delta_dated"] = any(e.date for e in delta.entries)  # else it ignores a sort
        labels["shadow"] = {page: {k: list(v) for k, v in filters.items()} for page, filters in sorted(delta.shadow.items())}
    return labels


def bundle_json(base: Bundle) -> dict[str, Any]:
    """The base index's description as JSON values, for the build state."""
    return {"key": base.key, "shards": list(base.shards), "dated": base.dated,
            "entries": {slug: [i.digest, i.page, {k: list(v) for k, v in i.filters.items()}] for slug, i in base.entries.items()}}


def bundle_from_json(data: Mapping[str, Any]) -> Bundle:
    """The inverse of :func:`bundle_json`."""
    return Bundle(data["key"], tuple(data["shards"]), data["dated"], {
        slug: Indexed(digest, page, {k: tuple(v) for k, v in filters.items()})
        for slug, (digest, page, filters) in data["entries"].items()
    })


def plan_delta(
    base: Bundle | None, key: str, entries: Sequence[Entry], limit: int, sources: Mapping[str, str] | None = None,
) -> Delta | None:
    """What to index apart from ``base`` so that searches find ``entries`` as a full index would:
    the entries new or changed since it was built, and the base pages to leave out; ``None`` when
    the base cannot serve (another ``key``, no base) or more than ``limit`` entries differ, when
    the whole index is rebuilt and the delta folded in. ``sources``: :func:`source_digest` by
    slug, when the caller has them."""
    if base is None or base.key != key or not key:
        return None
    current = {e.slug: e for e in entries}
    digests = sources if sources is not None else {slug: source_digest(e) for slug, e in current.items()}
    changed = tuple(e for slug, e in sorted(current.items()) if slug not in base.entries or base.entries[slug].digest != digests[slug])
    gone = [slug for slug in base.entries if slug not in current]
    if len(changed) + len(gone) > limit:
        return None
    replaced = [e.slug for e in changed if e.slug in base.entries] + gone
    return Delta(changed, {base.entries[s].page: base.entries[s].filters for s in replaced})


def index_delta(
    delta: Delta, base: Bundle, entries: Sequence[Entry], vocab: Vocabulary, config: Config, out_dir: Path,
) -> SearchStats:
    """Write the delta index of ``delta`` to ``out_dir/pagefind/delta/`` beside the base bundle
    (already there, unchanged), and ``labels.json`` naming both; the browser searches both and
    drops the base's replaced pages (``static/search.js``)."""
    start = time.perf_counter()
    bundle = out_dir / BUNDLE
    folder = bundle / DELTA
    binary = extended_binary()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)  # even empty: it replaces the last delta whole
    if delta.entries:
        deviser = _deviser(config, vocab)
        built = (build_record(e, vocab, deviser) for e in delta.entries)
        asyncio.run(_write_bundle(built, folder.resolve(), binary))
    labels = labels_of(base, filter_labels((filters_of(e) for e in entries), vocab), delta)
    _write_labels(bundle, labels)
    files = [bundle / "labels.json", *(p for p in folder.rglob("*") if p.is_file())]
    return _stats_of(files, start, binary,
                     records=len(base.entries), bundle=base, delta=len(delta.entries))
