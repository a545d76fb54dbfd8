"""Entries parsed by an earlier build, kept beside the output folder so that a rebuild reads only
the files saved since: each file's parse (its entry and problems) is stored under its path with
its size, modification time and inode, in an SQLite database of the build state. Anything that
changes how a file parses (the vocabularies, the limits, the code) changes the database's key,
which empties it. Only the changed rows are written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .models import Entry, PartialDate, Problem, Text

Stamp = tuple[int, int, int]  # size, mtime_ns, inode
VERSION = 3


def stamp_of(path: Path) -> Stamp | None:
    """The file's size, modification time and inode, without following a link."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


def entry_json(entry: Entry) -> dict[str, Any]:
    """Every field of an entry as JSON values."""
    return {
        "slug": entry.slug, "title": entry.title.as_dict(), "summary": entry.summary.as_dict(),
        "lang": entry.lang, "date": entry.date.iso if entry.date else None, "region": entry.region,
        "origin": entry.origin, "source": entry.source, "authors": list(entry.authors),
        "dateline": entry.dateline, "tags": list(entry.tags), "body": entry.body, "seed": entry.seed,
        "seed_sha256": entry.seed_sha256, "draft": entry.draft, "aliases": list(entry.aliases),
        "path": str(entry.path) if entry.path is not None else None, "url": entry.url, "lines": entry.lines,
    }


def entry_from_json(data: dict[str, Any]) -> Entry:
    """The inverse of :func:`entry_json`."""
    return Entry(
        slug=data["slug"], title=Text(**data["title"]), summary=Text(**data["summary"]), lang=data["lang"],
        date=PartialDate.parse(data["date"]) if data["date"] else None, region=data["region"],
        origin=data["origin"], source=data["source"], authors=tuple(data["authors"]),
        dateline=data["dateline"], tags=tuple(data["tags"]), body=data["body"], seed=data["seed"],
        seed_sha256=data["seed_sha256"], draft=data["draft"], aliases=tuple(data["aliases"]),
        path=Path(data["path"]) if data["path"] is not None else None, url=data.get("url"),
        lines=data.get("lines", {}),
    )


class Parsed:
    """The parses of the last build, by file: :meth:`get` one, :meth:`put` a new one."""

    def __init__(self, db: sqlite3.Connection | None) -> None:
        self.db = db
        self.rows: dict[str, tuple[Stamp, str, str]] = {}
        self.seen: set[str] = set()
        self.new: dict[str, tuple[Stamp, str, str]] = {}
        if db is not None:
            self.rows = {path: ((size, mtime, inode), data, body) for path, size, mtime, inode, data, body in db.execute(
                "SELECT path, size, mtime, inode, data, body FROM parsed")}

    def get(self, path: str, stamp: Stamp | None, data: bytes | None = None) -> tuple[Entry | None, list[Problem]] | None:
        """The parse of ``path`` as the last build made it, when the file is as it was then: the
        same size, time and inode, or (given its bytes ``data``) the same bytes."""
        self.seen.add(path)
        row = self.rows.get(path)
        if row is None:
            return None
        if data is not None:
            if json.loads(row[1]).get("sha256") != hashlib.sha256(data).hexdigest():
                return None
        elif stamp is None or row[0] != stamp:
            return None
        data = json.loads(row[1])
        entry = entry_from_json({**data["entry"], "body": row[2]}) if data["entry"] else None
        return entry, [Problem(*p) for p in data["problems"]]

    def put(self, path: str, stamp: Stamp | None, entry: Entry | None, problems: list[Problem], data: bytes = b"") -> None:
        """Remember a new parse of ``path``, made from bytes ``data`` (written by :func:`kept`)."""
        self.seen.add(path)
        if stamp is None:
            return
        fields = entry_json(entry) if entry else None
        body = fields.pop("body") if fields else ""
        row = {"entry": fields, "problems": [[p.path, p.line, p.field, p.message, p.severity] for p in problems],
               "sha256": hashlib.sha256(data).hexdigest()}
        self.new[path] = (stamp, json.dumps(row, ensure_ascii=False), body)


def _connect(path: Path, key: str) -> sqlite3.Connection:
    """The database at ``path``, emptied (and its table made anew) unless it was made under ``key``."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    stored = db.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
    if stored is None or stored[0] != f"{VERSION}:{key}":
        db.execute("DROP TABLE IF EXISTS parsed")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('key', ?)", (f"{VERSION}:{key}",))
    db.execute("CREATE TABLE IF NOT EXISTS parsed (path TEXT PRIMARY KEY, size INT, mtime INT, inode INT, data TEXT, body TEXT)")
    return db


@contextlib.contextmanager
def kept(path: Path | None, key: str) -> Iterator[Parsed]:
    """The parses stored at ``path`` under ``key`` (none when the key differs or the database is
    unreadable); on leaving, the new parses are stored and the rows of files gone deleted."""
    if path is None:
        yield Parsed(None)
        return
    db = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = _connect(path, key)
        except sqlite3.DatabaseError:  # a damaged database: made anew, everything parsed
            path.unlink(missing_ok=True)
            db = _connect(path, key)
        found = Parsed(db)
    except sqlite3.Error:  # still unusable: parse everything, store nothing
        if db is not None:
            db.close()
        yield Parsed(None)
        return
    try:
        yield found
        gone = [(p,) for p in found.rows if p not in found.seen]
        with db:
            db.execute("BEGIN")
            db.executemany("DELETE FROM parsed WHERE path = ?", gone)
            db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?, ?, ?, ?)",
                           [(p, *stamp, data, body) for p, (stamp, data, body) in found.new.items()])
    except sqlite3.Error:
        pass  # the next build parses more: nothing is lost
    finally:
        db.close()
