"""Build settings: folders, the base URL and the search shard size, from ``config.yaml`` and flags."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    """Where things are and where the site will be served from."""

    root: Path = ROOT
    base_url: str = "/"  # path prefix the site is served under: "/" or "/aid-archive/"
    site_url: str = ""  # absolute origin for feeds and sitemap, e.g. "https://example.org"
    title: str = "Aid Archive"
    seeds: str = "seeds"
    content: str = "content"
    templates: str = "templates"
    vocab: str = "vocab"
    output: str = "_site"
    search_shard_size: int = 20000  # records per search bundle; a larger archive gets several


    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)


def normalise_base_url(value: str) -> str:
    """``aid-archive`` → ``/aid-archive/``; ``/`` stays ``/``."""
    parts = [p for p in value.strip().split("/") if p]
    return "/" + "".join(p + "/" for p in parts)


class ConfigError(ValueError):
    """A setting of ``config.yaml`` has a value the build cannot use."""


def positive_int(name: str, value: str, where: str = "config.yaml") -> int:
    """``"20000"`` → 20000; anything but a whole number above zero is an error naming the key."""
    try:
        number = int(value.strip())
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


def key_line(text: str, name: str) -> str:
    """``config.yaml:3`` for the line where ``name:`` is set in ``text``, or ``config.yaml``."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{name}:"):
            return f"config.yaml:{number}"
    return "config.yaml"


def load(root: Path = ROOT, **overrides: str | None) -> Config:
    """Read ``config.yaml`` under ``root`` (when present) and apply non-empty overrides."""
    settings: dict[str, str] = {}
    path = root / "config.yaml"
    text = path.read_text("utf-8") if path.exists() else ""
    settings.update({k: str(v) for k, v in (yaml.safe_load(text) or {}).items()})
    given = {k: v for k, v in overrides.items() if v}
    settings.update(given)
    numbers = {
        k: positive_int(k, settings.pop(k), "settings given" if k in given else key_line(text, k))
        for k in ("search_shard_size",)
        if k in settings
    }
    config = replace(Config(root=root), **settings, **numbers)
    site_url = checked_site_url(config.site_url, "settings given" if "site_url" in given else key_line(text, "site_url"))
    return replace(config, base_url=normalise_base_url(config.base_url), site_url=site_url)
