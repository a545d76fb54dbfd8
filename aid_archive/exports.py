"""The archive's metadata for reuse: ``data/entries.json`` and ``data/entries.csv``, all languages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
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


def _names(vocab: Vocabulary, kind: str, slug: str | None) -> dict[str, str | None]:
    return {lang: vocab.name(kind, slug, lang) if slug else None for lang in LANGUAGES}


def record(entry: Entry, vocab: Vocabulary, url: Callable[[str, Entry], str], deviser: Deviser | None = None) -> dict[str, Any]:
    """One entry's metadata, every translated value as a map of languages.

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
        "region": {"slug": entry.region, "name": _names(vocab, "regions", entry.region)},
        "origin": {"slug": entry.origin, "name": _names(vocab, "regions", entry.origin)} if entry.origin else None,
        "source": {"slug": entry.source, "name": _names(vocab, "sources", entry.source)} if entry.source else None,
        "authors": list(entry.authors),
        "dateline": entry.dateline,
        "tags": [{"slug": t, "name": _names(vocab, "tags", t)} for t in entry.tags],
        "url": {lang: url(lang, entry) for lang in LANGUAGES},
        "source_url": entry.url,  # the original article, when known
    }


def entries_json(records: Iterable[dict[str, Any]]) -> bytes:
    """A JSON document ``{"entries": [...]}`` with sorted keys, compact, one entry per line."""
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in records)
    return ('{"entries":[\n' + lines + "\n]}\n").encode("utf-8")


def _csv_row(rec: dict[str, Any]) -> dict[str, str]:
    row: dict[str, str] = {
        "slug": rec["slug"], "date": rec["date"] or "", "lang": rec["lang"],
        "authors": "; ".join(rec["authors"]), "dateline": rec["dateline"] or "",
        "tags": "; ".join(t["slug"] for t in rec["tags"]), "source_url": rec["source_url"] or "",
    }
    for key in ("region", "origin", "source"):
        value = rec[key] or {"slug": "", "name": {}}
        row[key] = value["slug"]
        for lang in LANGUAGES:
            row[f"{key}_{lang}"] = value["name"].get(lang) or ""
    for key in ("title", "summary", "url"):
        for lang in LANGUAGES:
            row[f"{key}_{lang}"] = rec[key][lang] or ""
    row["devised"] = "; ".join(rec["devised"])
    return row


def entries_csv(records: Iterable[dict[str, Any]]) -> bytes:
    """The same records flattened to one CSV row each (UTF-8 with a byte-order mark for spreadsheets)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for rec in records:
        writer.writerow(_csv_row(rec))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
