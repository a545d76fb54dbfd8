"""What a build may skip: a fingerprint of every input, kept with the site, and the state of the
last build, so that a rebuild renders only the pages an edit touched and re-indexes only when a
record could differ."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from . import changes, output, parsed
from .config import Config
from .models import Entry

STAMP = output.STAMP  # file of the build-state folder: the fingerprint of the output's inputs
LIBRARIES = ("jinja2", "markdown", "babel", "nh3", "pagefind", "pagefind_bin_extended", "pyyaml")
STATE_VERSION = 6  # 1 was a pickle; 2 had no url; 3 no history dates; 4 held the search base; 5 was one JSON document
# the modules a parse and a search record are made by (and those they import): a change to any
# other module (the writer, the pipeline) keeps parses and the index
PARSE_MODULES = ("__init__", "content", "files", "models", "parsed", "slugs", "todo", "vocab")
RECORD_MODULES = ("__init__", "search", "devise", "formatting", "models", "routes", "site", "slugs", "vocab")


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


def _files(h: Hasher, found: Mapping[Path, changes.Stamp]) -> None:
    """Path, size and modification time of every file (as make does: saving a file changes its
    time; reading every byte of a large archive would cost more than the check saves)."""
    for path, (size, mtime) in sorted(found.items()):
        h.update(f"{path}\0{size}\0{mtime}\n".encode())


def _contents(h: Hasher, found: Mapping[Path, changes.Stamp], base: Path) -> None:
    """Path under ``base`` and SHA-256 of every file's bytes: what a file says, not when it was
    saved, so a fresh checkout (every file newly written, as in a CI job) keeps the keys that
    let a build reuse the last one's work."""
    for path in sorted(found):
        try:
            name = path.relative_to(base).as_posix()
        except ValueError:
            name = str(path)
        h.update(f"{name}\0{hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())


def _libraries(h: Hasher) -> None:
    for name in LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(name.encode())


def _settings(h: Hasher, config: Config) -> None:
    # where the project is and where the site goes are no inputs of what it says
    settings = {k: v for k, v in vars(config).items() if k not in ("output", "root")}
    h.update(repr(sorted(settings.items())).encode())


def fingerprint(config: Config) -> str:
    """SHA-256 over the settings, the library versions and every input file's path, size and
    modification time: equal fingerprints, equal sites."""
    h = hashlib.sha256()
    _settings(h, config)
    _libraries(h)
    _files(h, changes.stamps(config.path("content")))
    _files(h, changes.site_wide(config))
    return h.hexdigest()


def pages_key(config: Config, site_wide: Mapping[Path, changes.Stamp] | None = None) -> str:
    """What every page depends on besides the entries (:func:`changes.site_wide`), with the
    settings and the libraries. When it changes, every page is rendered."""
    h = hashlib.sha256(b"pages")
    _settings(h, config)
    _libraries(h)
    _contents(h, changes.site_wide(config) if site_wide is None else site_wide, config.root.resolve())
    return h.hexdigest()


def index_key(search: str, sources: Mapping[str, str]) -> str:
    """What the search bundle depends on: :func:`search_key` and each entry's record's sources
    (``search.source_digest`` by slug); not templates."""
    h = hashlib.sha256(b"index" + search.encode())
    for slug, source in sorted(sources.items()):
        h.update(f"{slug}\0{source}\n".encode())
    return h.hexdigest()


def parse_key(config: Config) -> str:
    """What parsing a file depends on besides the file: the vocabularies, the limits, the
    libraries and the parser's code (:data:`PARSE_MODULES`, :mod:`parsed`)."""
    h = hashlib.sha256(b"parse")
    h.update(repr((config.content, config.max_entry_bytes, config.max_nesting)).encode())
    _libraries(h)
    _contents(h, changes.stamps(config.path("vocab")), config.path("vocab"))
    _contents(h, changes.modules(PARSE_MODULES), changes.code())
    return h.hexdigest()


def search_key(config: Config) -> str:
    """What every search record depends on besides its own entry: the vocabularies, the catalogs,
    the settings, the libraries and the code that makes records (:data:`RECORD_MODULES`). While it holds, a base index can be kept and
    edits indexed apart from it (:func:`search.plan_delta`)."""
    h = hashlib.sha256(b"search")
    _settings(h, config)
    _libraries(h)
    for folder in (config.path("vocab"), config.root / "locales"):
        _contents(h, changes.stamps(folder), folder)
    _contents(h, changes.modules(RECORD_MODULES), changes.code())
    return h.hexdigest()


def cache_dir(config: Config) -> Path:
    """The build's state, beside the output folder, not in it: it is not published."""
    return output.state_folder(config.path("output"))


def recorded(config: Config) -> str | None:
    """The fingerprint of the inputs the output folder was built from; ``None`` when unknown.

    Swapping a new folder in deletes it (:meth:`output.Staging.commit`), so a build killed
    between its swap and :func:`remember`, or a site the preview wrote, is never taken for
    one built from these inputs. It travels with the folder when both are restored together
    (a CI cache of ``_site/`` and ``_site.build-cache/``).
    """
    try:
        stamp = (cache_dir(config) / STAMP).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return stamp if stamp and config.path("output").is_dir() else None


def remember(config: Config, stamp: str) -> None:
    """Record that the output folder, as it is now, was built from inputs ``stamp``."""
    path = cache_dir(config) / STAMP
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(f"{stamp}\n", "ascii")
    tmp.replace(path)


def up_to_date(config: Config, stamp: str) -> bool:
    """Whether the output folder was built from exactly these inputs."""
    return recorded(config) == stamp


def digest(entries: Iterable[Entry]) -> list[Entry]:
    """The entries with each body replaced by its SHA-256: equal where the entries are equal,
    and small enough to keep between builds."""
    found = []
    for entry in entries:  # a copy with two fields set: dataclasses.replace checks every field again
        copied = copy.copy(entry)
        object.__setattr__(copied, "body", hashlib.sha256(entry.body.encode()).hexdigest())
        object.__setattr__(copied, "lines", {})
        found.append(copied)
    return found


entry_json, entry_from_json = parsed.entry_json, parsed.entry_from_json  # one JSON form of an entry


@dataclass(frozen=True)
class State:
    """The last build, as the next one needs it: which site the output folder holds."""

    stamp: str  # the output's fingerprint (:func:`recorded`) when this state was saved
    pages: str  # :func:`pages_key`
    index: str  # :func:`index_key`
    entries: tuple[Entry, ...]  # :func:`digest` of its entries (see :meth:`old_entries`)
    search: Mapping[str, Any] | None = None  # its base search index (:func:`search.bundle_json`)
    search_id: str = ""  # the file that holds it (``search-base.json``); "" for a new base
    files: tuple[str, ...] = ()  # every file it wrote outside the search bundle
    added: Mapping[str, str] = dataclasses.field(default_factory=dict)  # undated entry → day its file was added (:attr:`Site.added`)
    lines: Mapping[str, str] = dataclasses.field(default_factory=dict)  # slug → its entry as saved (:func:`entry_line`)

    def old_entries(self, now: Mapping[str, str], digests: Mapping[str, Entry]) -> tuple[Entry, ...]:
        """Its entries, decoding only those saved differently from ``now`` (slug → line of this
        build's entry): an entry saved the same is this build's ``digests[slug]``."""
        if not self.lines:
            return self.entries
        return tuple(
            digests[slug] if now.get(slug) == line else entry_from_json(json.loads(line))
            for slug, line in self.lines.items()
        )


def entry_line(entry: Entry) -> str:
    """An entry (a :func:`digest`) as one line of JSON, as ``state.json`` holds it."""
    return json.dumps(entry_json(entry), ensure_ascii=False)  # its keys in one order: entry_json's


def state_path(config: Config) -> Path:
    """Beside the output folder, not in it: it is not published."""
    return cache_dir(config) / "state.json"


def search_path(config: Config) -> Path:
    return cache_dir(config) / "search-base.json"


def load_state(config: Config) -> State | None:
    """The state of the site now in the output folder, or ``None`` when there is none or it does
    not describe that folder (a build elsewhere, an older version, a damaged file)."""
    path, current = state_path(config), recorded(config)
    try:
        lines = path.read_text("utf-8").split("\n")[:-1]  # the head, then one entry a line, as saved
        data = json.loads(lines[0])
        if data.get("version") != STATE_VERSION or current is None or data["stamp"] != current:
            return None
        search, search_id = None, data.get("search_id") or ""
        if search_id:  # the base index, saved apart: it changes only when it is built again
            saved = json.loads(search_path(config).read_text("utf-8"))
            search = saved["base"] if saved.get("id") == search_id else None
        return State(data["stamp"], data["pages"], data["index"], (), search, search_id if search else "",
                     tuple(data.get("files", ())), data["added"], dict(zip(data["slugs"], lines[1:], strict=True)))
    except Exception:  # any unreadable state means a full build
        return None


def save_state(config: Config, state: State) -> None:
    """Write ``state.json``: a JSON head (versioned), then each entry as a line of JSON (JSON Lines,
    readable with any JSON tool, line by line); and the
    base search index's description, in ``search-base.json``, when it is a new one."""
    path = state_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    search_id = state.search_id
    if state.search is not None and not search_id:
        search_id = uuid.uuid4().hex
        base = search_path(config)
        tmp = base.with_suffix(".tmp")
        tmp.write_text(json.dumps({"id": search_id, "base": state.search}, ensure_ascii=False), "utf-8")
        tmp.replace(base)
    lines = state.lines or {e.slug: entry_line(e) for e in state.entries}
    head = json.dumps({"version": STATE_VERSION, "stamp": state.stamp, "pages": state.pages, "index": state.index,
                       "search_id": search_id if state.search is not None else "", "files": list(state.files),
                       "added": dict(sorted(state.added.items())), "slugs": list(lines)}, ensure_ascii=False)
    tmp = path.with_suffix(".tmp")
    body = "".join(f"{line}\n" for line in lines.values())
    tmp.write_text(f"{head}\n{body}", "utf-8")
    tmp.replace(path)
