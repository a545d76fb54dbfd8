"""Build settings: folders, the base URL and the search shard size, from ``config.yaml`` and flags.

The project is the working directory (or ``--project DIR``). Every key of ``config.yaml`` is checked
against :class:`Config`: an unknown key or a value of the wrong kind is one line naming the file's
line, the key, what was found and what was expected (with the nearest key for a typo).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Config:
    """Where things are and where the site will be served from."""

    root: Path = Path(".")
    base_url: str = "/"  # path prefix the site is served under: "/" or "/aid-archive/"
    site_url: str = ""  # absolute origin for feeds and sitemap, e.g. "https://example.org"
    title: str = "Aid Archive"
    seeds: str = "seeds"
    content: str = "content"
    templates: str = "templates"
    vocab: str = "vocab"
    output: str = "_site"
    feed_entries: int = 50  # entries of each language's feed; all of them are in its yearly archives
    search_shard_size: int = 20000  # records per search bundle; a larger archive gets several
    search_delta_max: int = 500  # entries indexed apart from the base index before it is rebuilt
    max_seed_bytes: int = 1_000_000  # a larger seed is refused, not imported (1 MB: about 5 s)
    max_entry_bytes: int = 2_000_000  # a larger entry file is refused, not parsed
    max_nesting: int = 10  # deepest nesting of lists and maps in a front matter

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)


#: The keys ``config.yaml`` may set, with the kind of value each takes.
KEYS: dict[str, type] = {f.name: (int if f.type in ("int", int) else str) for f in fields(Config) if f.name != "root"}


def normalise_base_url(value: str) -> str:
    """``aid-archive`` → ``/aid-archive/``; ``/`` stays ``/``."""
    parts = [p for p in value.strip().split("/") if p]
    return "/" + "".join(p + "/" for p in parts)


class ConfigError(ValueError):
    """A setting of ``config.yaml`` has a value the build cannot use."""


def positive_int(name: str, value: object, where: str = "config.yaml") -> int:
    """``"20000"`` → 20000; anything but a whole number above zero is an error naming the key."""
    try:
        number = value if isinstance(value, int) and not isinstance(value, bool) else int(str(value).strip())
    except ValueError:
        number = 0
    if number < 1:
        raise ConfigError(f"{where}: {name}: expected a whole number above 0, got {value!r}")
    return number


def checked_site_url(value: str, where: str = "config.yaml") -> str:
    """``https://example.org/`` → ``https://example.org``; anything but an http(s) origin (with
    no path: the path is ``base_url``) is an error naming the key."""
    from urllib.parse import urlsplit

    url = value.strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query or parts.fragment:
        raise ConfigError(f"{where}: site_url: expected the site's origin like https://example.org "
                          f"(the path goes in base_url), got {value!r}")
    return url


def require_site_url(config: Config) -> None:
    """A production build publishes feeds, sitemaps and hreflang links, which need absolute URLs."""
    if not config.site_url:
        raise ConfigError("config.yaml: site_url: a production build needs the site's address, "
                          "e.g. site_url: https://example.org (the Pages workflow sets it)")


def _lines(text: str) -> dict[str, int]:
    """The line each top-level key is set on."""
    lines: dict[str, int] = {}
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return lines
    if isinstance(root, yaml.MappingNode):
        for key, _ in root.value:
            lines.setdefault(str(key.value), key.start_mark.line + 1)
    return lines


def _read(text: str, name: str) -> dict[str, object]:
    """The settings of ``config.yaml``, each key and value checked; every problem in one error."""
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        raise ConfigError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)}); expected 'key: value' lines") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{name}:1: expected 'key: value' lines, got {type(data).__name__}")
    lines = _lines(text)
    problems: list[str] = []
    settings: dict[str, object] = {}
    for key, value in data.items():
        where = f"{name}:{lines.get(str(key), 1)}"
        if key not in KEYS:
            near = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f" (did you mean {near[0]}?)" if near else f"; expected one of {', '.join(KEYS)}"
            problems.append(f"{where}: unknown key {key!r}{hint}")
        elif KEYS[key] is int:
            try:
                settings[key] = positive_int(key, value, where)
            except ConfigError as exc:
                problems.append(str(exc))
        elif value is None:
            settings[key] = ""
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            settings[key] = str(value)
        else:
            problems.append(f"{where}: {key}: expected text, got {type(value).__name__} {value!r}")
    if problems:
        raise ConfigError("\n".join(problems))
    return settings


def load(root: Path | None = None, **overrides: str | None) -> Config:
    """Read ``config.yaml`` under ``root`` (default: the working directory) and apply non-empty overrides."""
    root = Path.cwd() if root is None else Path(root)
    path = root / "config.yaml"
    text = path.read_text("utf-8") if path.is_file() else ""
    settings = _read(text, "config.yaml")
    given = {k: v for k, v in overrides.items() if v}
    for key, value in given.items():
        settings[key] = positive_int(key, value, "settings given") if KEYS.get(key) is int else value
    config = replace(Config(root=root), **settings)
    where = "settings given" if "site_url" in given else f"config.yaml:{_lines(text).get('site_url', 1)}"
    site_url = checked_site_url(config.site_url, where)
    return replace(config, base_url=normalise_base_url(config.base_url), site_url=site_url)
