"""What a build may skip: a fingerprint of every input, kept with the site, and the state of the
last build, so that a rebuild renders only the pages an edit touched and re-indexes only when a
record could differ."""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import output
from .config import Config
from .models import Entry

STAMP = output.STAMP  # file of the build-state folder: the fingerprint of the output's inputs
LIBRARIES = ("jinja2", "markdown", "babel", "nh3", "pagefind", "pagefind_bin_extended", "pyyaml")
STATE_VERSION = 1


def _files(h: hashlib._Hash, folders: Iterable[Path]) -> None:
    """Path, size and modification time of every file (as make does: saving a file changes its
    time; reading every byte of a large archive would cost more than the check saves)."""
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            stat = path.stat()
            h.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())


def _libraries(h: hashlib._Hash) -> None:
    for name in LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(name.encode())


def _code() -> Path:
    return Path(__file__).resolve().parent


def _settings(h: hashlib._Hash, config: Config) -> None:
    settings = {k: v for k, v in vars(config).items() if k != "output"}  # where it goes is no input
    h.update(repr(sorted(settings.items())).encode())
    config_file = config.root / "config.yaml"
    if config_file.exists():
        h.update(config_file.read_bytes())


def fingerprint(config: Config) -> str:
    """SHA-256 over the settings, the library versions and every input file's path, size and
    modification time: equal fingerprints, equal sites."""
    h = hashlib.sha256()
    _settings(h, config)
    _libraries(h)
    _files(h, [config.path("content"), *_site_wide(config), _code()])
    return h.hexdigest()


def _site_wide(config: Config) -> list[Path]:
    return [config.path("templates"), config.path("vocab"), config.root / "static", config.root / "locales"]


def pages_key(config: Config) -> str:
    """What every page depends on besides the entries: settings, libraries, templates, static
    files, translations, vocabularies and the code. When it changes, every page is rendered."""
    h = hashlib.sha256(b"pages")
    _settings(h, config)
    _libraries(h)
    _files(h, [*_site_wide(config), _code()])
    return h.hexdigest()


def index_key(config: Config, entries: Sequence[Entry]) -> str:
    """What the search bundle depends on: the entries, the vocabularies, the catalogs (the
    records hold devised titles), the settings, the libraries and the code; not templates."""
    h = hashlib.sha256(b"index")
    _settings(h, config)
    _libraries(h)
    _files(h, [config.path("vocab"), config.root / "locales", _code()])  # locales: devised titles
    for entry in sorted(digest(entries), key=lambda e: e.slug):
        h.update(repr(entry).encode())
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
    return [
        dataclasses.replace(e, body=hashlib.sha256(e.body.encode()).hexdigest(), lines={})
        for e in entries
    ]


@dataclass(frozen=True)
class State:
    """The last build, as the next one needs it: which site the output folder holds."""

    stamp: str  # the output's fingerprint (:func:`recorded`) when this state was saved
    pages: str  # :func:`pages_key`
    index: str  # :func:`index_key`
    entries: tuple[Entry, ...]  # :func:`digest` of its entries


def state_path(config: Config) -> Path:
    """Beside the output folder, not in it: it is not published."""
    return cache_dir(config) / "state.pickle"


def load_state(config: Config) -> State | None:
    """The state of the site now in the output folder, or ``None`` when there is none or it does
    not describe that folder (a build elsewhere, an older version, a damaged file)."""
    path, current = state_path(config), recorded(config)
    try:
        version, state = pickle.loads(path.read_bytes())  # written by this program only
    except Exception:  # any unreadable state means a full build
        return None
    if version != STATE_VERSION or not isinstance(state, State) or current is None or state.stamp != current:
        return None
    return state


def save_state(config: Config, state: State) -> None:
    path = state_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps((STATE_VERSION, state), protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
