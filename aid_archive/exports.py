"""The archive's metadata for reuse: ``data/entries.json`` and ``data/entries.csv``, all languages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import LANGUAGES
from .models import Entry

if TYPE_CHECKING:
    from .devise import Deviser
from .vocab import Vocabulary

CSV_COLUMNS: tuple[str, ...] = (
    "slug", "date", "lang", "region", *(f"region_{lang}" for lang in LANGUAGES),
    "origin", *(f"origin_{lang}" for lang in LANGUAGES), "source",
    *(f"source_{lang}" for lang in LANGUAGES), "authors", "dateline", "tags",
    *(f"title_{lang}" for lang in LANGUAGES), *(f"summary_{lang}" for lang in LANGUAGES),
    *(f"url_{lang}" for lang in LANGUAGES), "devised", "source_url",
)


NAMED = (("region", "regions"), ("origin", "regions"), ("source", "sources"), ("tags", "tags"))  # field, vocabulary


def record(entry: Entry, deviser: Deviser | None = None) -> dict[str, Any]:
    """One entry's metadata: texts as maps of languages, vocabulary terms as their slugs (their
    names are given once, in :func:`names`).

    With a ``deviser``, a title or summary nobody translated is the devised one the pages show,
    and ``devised`` lists them (``["title.en", "summary.en"]``).
    """
    devised = [f"{name}.{lang}" for name in ("title", "summary") for lang in getattr(entry, name).missing()] if deviser else []
    texts = {name: deviser.texts(entry, name) if deviser else getattr(entry, name).as_dict() for name in ("title", "summary")}
    return {
        "slug": entry.slug,
        "date": entry.date.iso if entry.date else None,
        "lang": entry.lang,
        "title": texts["title"],
        "summary": texts["summary"],
        "devised": devised,
        "region": entry.region,
        "origin": entry.origin,
        "source": entry.source,
        "authors": list(entry.authors),
        "dateline": entry.dateline,
        "tags": list(entry.tags),
        "source_url": entry.url,  # the original article, when known
    }


def names(records: Iterable[dict[str, Any]], vocab: Vocabulary) -> dict[str, dict[str, dict[str, str]]]:
    """The names, in every language, of the regions, sources and tags the records use:
    ``{"regions": {"tibet": {"en": "Tibet", "fr": "Tibet", "zh": "西藏"}}, "sources": …, "tags": …}``."""
    used: dict[str, set[str]] = {kind: set() for _, kind in NAMED}
    for rec in records:
        for key, kind in NAMED:
            value = rec[key]
            used[kind].update(value if isinstance(value, list) else [value] if value else [])
    return {kind: {slug: {lang: vocab.name(kind, slug, lang) for lang in LANGUAGES} for slug in sorted(slugs)} for kind, slugs in used.items()}


def entries_json(records: Iterable[dict[str, Any]], vocab: Vocabulary, entry_url: str) -> bytes:
    """A JSON document ``{"entry_url": …, "names": …, "entries": [...]}``: sorted keys, compact, one
    entry per line. ``entry_url`` is the address of an entry's page in a UI language, as a URI
    template (RFC 6570): ``https://example.org/{lang}/entries/{slug}/``."""
    records = list(records)
    head = json.dumps({"entry_url": entry_url, "names": names(records, vocab)}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in records)
    return (head[:-1] + ',"entries":[\n' + lines + "\n]}\n").encode("utf-8")


def _csv_row(rec: dict[str, Any], vocab: Vocabulary, entry_url: str) -> dict[str, str]:
    row: dict[str, str] = {
        "slug": rec["slug"], "date": rec["date"] or "", "lang": rec["lang"],
        "authors": "; ".join(rec["authors"]), "dateline": rec["dateline"] or "",
        "tags": "; ".join(rec["tags"]), "source_url": rec["source_url"] or "",
    }
    for key, kind in NAMED[:3]:
        row[key] = rec[key] or ""
        for lang in LANGUAGES:
            row[f"{key}_{lang}"] = vocab.name(kind, rec[key], lang) if rec[key] else ""
    for key in ("title", "summary"):
        for lang in LANGUAGES:
            row[f"{key}_{lang}"] = rec[key][lang] or ""
    for lang in LANGUAGES:
        row[f"url_{lang}"] = entry_url.format(lang=lang, slug=rec["slug"])
    row["devised"] = "; ".join(rec["devised"])
    return row


def entries_csv(records: Iterable[dict[str, Any]], vocab: Vocabulary, entry_url: str) -> bytes:
    """The same records flattened to one CSV row each, with the names and every page's address
    (UTF-8 with a byte-order mark for spreadsheets)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for rec in records:
        writer.writerow(_csv_row(rec, vocab, entry_url))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
