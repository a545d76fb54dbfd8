"""Plain, frozen data passed from one build stage to the next: Seed → Entry → Page → Site."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import LANGUAGES


@dataclass(frozen=True)
class Text:
    """One value in each metadata language; ``None`` marks a missing translation."""

    en: str | None = None
    fr: str | None = None
    zh: str | None = None

    def get(self, lang: str) -> str | None:
        return getattr(self, lang) if lang in LANGUAGES else None

    def pick(self, lang: str, original: str) -> tuple[str, bool]:
        """The value in ``lang``, else the original's; the flag says whether it fell back."""
        value = self.get(lang)
        if value:
            return value, False
        fallback = self.get(original) or next((v for v in self.as_dict().values() if v), "")
        return fallback, True

    def as_dict(self) -> dict[str, str | None]:
        return {lang: self.get(lang) for lang in LANGUAGES}

    def missing(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if not self.get(lang))


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day: ``2022``, ``2024-02``, ``2023-07-14``."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an ISO partial date; raise ``ValueError`` when it is not one or not a real day."""
        import datetime

        m = _DATE.match(text.strip())
        if not m:
            raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        datetime.date(year, month or 1, day or 1)  # raises ValueError for 2023-02-30
        return cls(year, month, day)

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


@dataclass(frozen=True)
class Seed:
    """A scraped article as found in ``seeds/``: its name and raw bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Entry:
    """One archive entry, parsed and validated from ``content/<slug>.md``."""

    slug: str
    title: Text
    summary: Text
    lang: str
    date: PartialDate | None
    region: str
    origin: str | None
    source: str | None
    authors: tuple[str, ...]
    dateline: str | None
    tags: tuple[str, ...]
    body: str
    seed: str | None = None
    seed_sha256: str | None = None
    draft: bool = False  # kept off the published site
    aliases: tuple[str, ...] = ()  # earlier slugs (the file's stem): redirect pages to this one
    path: Path | None = None
    url: str | None = None  # the original article's address, when known
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None

    def sort_key(self) -> tuple[int, int, int, int, str]:
        """Newest first; within a year, less precise dates after precise ones; undated last."""
        if self.date is None:
            return (1, 0, 0, 0, self.slug)
        d = self.date
        return (0, -d.year, -(d.month or 0), -(d.day or 0), self.slug)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, reported as ``file:line: field: message``."""

    path: str
    line: int
    field: str
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tag = "" if self.severity == "error" else "warning: "
        return f"{where}: {tag}{self.field}: {self.message}" if self.field else f"{where}: {tag}{self.message}"
