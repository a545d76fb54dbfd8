"""The controlled vocabularies in ``vocab/``: regions, tags, languages and sources, in en/fr/zh."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .models import Text

VOCAB_DIR = Path(__file__).resolve().parent.parent / "vocab"


@dataclass(frozen=True)
class Term:
    """One vocabulary value: its slug, its names, and the words that point to it in articles."""

    slug: str
    name: Text
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    aid: tuple[str, ...] = ()
    adcode: str | None = None
    keywords: tuple[tuple[str, tuple[str, ...]], ...] = ()
    html: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    regions: dict[str, Term]
    tags: dict[str, Term]
    languages: dict[str, Term]
    sources: dict[str, Term]
    places: dict[str, str] = field(default_factory=dict)  # romanizations → gazetteer name (places.yaml)

    def name(self, kind: str, slug: str, lang: str) -> str:
        """A slug's display name in ``lang``; the slug itself for a value the vocabulary lacks."""
        term = getattr(self, kind).get(slug)
        return (term.name.get(lang) if term else None) or slug


def _term(slug: str, raw: dict) -> Term:
    return Term(
        slug=slug,
        name=Text(**raw["name"]),
        aliases=tuple(raw.get("aliases") or ()),
        short=tuple(raw.get("short") or ()),
        aid=tuple(raw.get("aid") or ()),
        adcode=raw.get("adcode"),
        keywords=tuple((k, tuple(v)) for k, v in (raw.get("keywords") or {}).items()),
        html=raw.get("html"),
    )


def load(directory: Path = VOCAB_DIR) -> Vocabulary:
    """Read every vocabulary file of ``directory``."""

    def read(name: str) -> dict[str, Term]:
        data = yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8")) or {}
        return {slug: _term(slug, raw) for slug, raw in data.items()}

    places = directory / "places.yaml"
    extra = yaml.safe_load(places.read_text(encoding="utf-8")) if places.exists() else {}
    return Vocabulary(read("regions"), read("tags"), read("languages"), read("sources"), {str(k): str(v) for k, v in (extra or {}).items()})
