"""Devised titles and descriptions: what an entry is called in a language nobody translated it into.

Archives answer a record without a title in the reader's language with a *devised* title
(ISAD(G) 3.1.2, DACS 2.3.4): one the archivist composes from the record's own facts and shows in
square brackets. Here they are composed from the entry's controlled metadata (kind of aid from its
tags, origin, region, source, date), phrased by the gettext messages below (translated in
``locales/``) and Babel's dates and lists, and vary with what is known. A human translation always
wins: :meth:`Deviser.title` is only asked for a language the entry lacks.

Pure: the catalogs are given, nothing is read here.
"""

from __future__ import annotations

import datetime
import functools
import gettext
from collections.abc import Mapping
from dataclasses import dataclass, field

from babel.dates import format_skeleton
from babel.lists import format_list

from . import LANGUAGES, slugs
from .formatting import BABEL_LOCALES, format_partial_date
from .models import Entry, PartialDate, Text
from .vocab import Vocabulary


def N_(message: str) -> str:
    """Mark a message for the catalogs (``pybabel extract``); it is translated when used."""
    return message


@dataclass(frozen=True)
class Kind:
    """A kind of aid, told by a tag: its phrase with and without the region that sent it."""

    tags: tuple[str, ...]
    sent: str  # "%(origin)s" and "%(region)s"
    unsent: str  # "%(region)s"


# The first kind whose tag the entry has names it; the last one names every other entry.
# Translators: %(origin)s and %(region)s are region names; in French they come with their
# preposition ("du Guangdong", "au Hubei", "de Pékin", "à Pékin"), so write none before them.
KINDS: tuple[Kind, ...] = (
    Kind(("covid-19-testing", "covid-19"), N_("Epidemic support from %(origin)s in %(region)s"), N_("Epidemic support in %(region)s")),
    Kind(("free-clinic",), N_("Free clinics by doctors from %(origin)s in %(region)s"), N_("Free clinics in %(region)s")),
    Kind(("medical-team",), N_("Medical team from %(origin)s in %(region)s"), N_("Medical team in %(region)s")),
    Kind(("training",), N_("Training by medical staff from %(origin)s in %(region)s"), N_("Medical training in %(region)s")),
    Kind(("equipment",), N_("Medical equipment from %(origin)s for %(region)s"), N_("Medical equipment for %(region)s")),
    Kind(("telemedicine",), N_("Telemedicine from %(origin)s for %(region)s"), N_("Telemedicine for %(region)s")),
    Kind((), N_("Medical aid from %(origin)s to %(region)s"), N_("Medical aid to %(region)s")),
)

# The title: what, then the source and the month, as known.
TITLE_SOURCE_DATE = N_("%(what)s — %(source)s, %(date)s")
TITLE_SOURCE = N_("%(what)s — %(source)s")
TITLE_DATE = N_("%(what)s, %(date)s")
# Translators: the square brackets of a devised title; Chinese uses 〔…〕.
BRACKETS = N_("[%(text)s]")

# The description: sentences about the report, the aid and its topics.
REPORT_SOURCE_DATE = N_("A report in %(language)s by %(source)s, %(date)s.")
REPORT_SOURCE = N_("An undated report in %(language)s by %(source)s.")
REPORT_DATE = N_("A report in %(language)s, %(date)s.")
REPORT = N_("An undated report in %(language)s.")
AID_SENT = N_("Aid sent from %(origin)s to %(region)s.")
AID = N_("Aid to %(region)s.")
TOPICS = N_("Topics: %(topics)s.")

# French needs a region's preposition: "au Hubei", "du Guangdong", "à Pékin", "en Mongolie-Intérieure".
_FR_CITIES = frozenset({"beijing", "tianjin", "shanghai", "chongqing", "hong-kong", "macau", "taiwan", "hainan"})


def _fr_place(slug: str, name: str, role: str) -> str:
    """``name`` with the French preposition of ``role`` ("in" or "from")."""
    if slug in _FR_CITIES:
        return f"à {name}" if role == "in" else f"de {name}"
    if name.endswith("e"):  # feminine: la Mongolie-Intérieure
        return f"en {name}" if role == "in" else f"de {name}"
    if name[:1].lower() in "aeiou":
        return f"dans l’{name}" if role == "in" else f"de l’{name}"
    return f"au {name}" if role == "in" else f"du {name}"


def kind(entry: Entry) -> Kind:
    """The kind of aid the entry's tags tell; the general one when none does."""
    return next(k for k in KINDS if not k.tags or set(k.tags) & set(entry.tags))


@dataclass(frozen=True)
class Deviser:
    """Devised titles and descriptions in every UI language, from the vocabularies and catalogs."""

    vocab: Vocabulary
    catalogs: Mapping[str, gettext.NullTranslations]
    _done: dict[tuple[str, str, str], str] = field(default_factory=dict, compare=False, repr=False)  # by slug: one build's pages and data files share them

    def _(self, lang: str, message: str, **values: str) -> str:
        t = self.catalogs.get(lang) or gettext.NullTranslations()
        return t.gettext(message) % values

    def _place(self, slug: str, lang: str, role: str) -> str:
        name = self.vocab.name("regions", slug, lang)
        return _fr_place(slug, name, role) if lang == "fr" else name

    def _source(self, entry: Entry, lang: str) -> str | None:
        return self.vocab.name("sources", entry.source, lang) if entry.source else None

    def _what(self, entry: Entry, lang: str) -> str:
        k = kind(entry)
        region = self._place(entry.region, lang, "in")
        if entry.origin and entry.origin != entry.region:
            return self._(lang, k.sent, origin=self._place(entry.origin, lang, "from"), region=region)
        return self._(lang, k.unsent, region=region)

    def title(self, entry: Entry, lang: str) -> str:
        """``[Medical team from Guangdong in Hubei — Xinhua News Agency, March 2020]``."""
        what = self._what(entry, lang)
        source = self._source(entry, lang)
        date = month(entry.date, lang) if entry.date else None
        if source and date:
            text = self._(lang, TITLE_SOURCE_DATE, what=what, source=source, date=date)
        elif source:
            text = self._(lang, TITLE_SOURCE, what=what, source=source)
        elif date:
            text = self._(lang, TITLE_DATE, what=what, date=date)
        else:
            text = what
        return self._(lang, BRACKETS, text=text)

    def summary(self, entry: Entry, lang: str) -> str:
        """``[A report in Chinese by Xinhua News Agency, 14 March 2020. Aid sent from … Topics: …]``."""
        language = self.vocab.name("languages", entry.lang, lang)
        source = self._source(entry, lang)
        date = format_partial_date(entry.date, lang) if entry.date else None
        if source and date:
            report = self._(lang, REPORT_SOURCE_DATE, language=language, source=source, date=date)
        elif source:
            report = self._(lang, REPORT_SOURCE, language=language, source=source)
        elif date:
            report = self._(lang, REPORT_DATE, language=language, date=date)
        else:
            report = self._(lang, REPORT, language=language)
        region = self._place(entry.region, lang, "in")
        if entry.origin and entry.origin != entry.region:
            aid = self._(lang, AID_SENT, origin=self._place(entry.origin, lang, "from"), region=region)
        else:
            aid = self._(lang, AID, region=region)
        sentences = [report, aid]
        if entry.tags:
            names = [self.vocab.name("tags", tag, lang) for tag in entry.tags]
            sentences.append(self._(lang, TOPICS, topics=format_list(names, locale=BABEL_LOCALES[lang])))
        return self._(lang, BRACKETS, text=("" if lang == "zh" else " ").join(sentences))

    def text(self, entry: Entry, name: str, lang: str) -> tuple[str, bool]:
        """The entry's ``name`` field ("title" or "summary") in ``lang``, and whether it is devised."""
        value: Text = getattr(entry, name)
        human = value.get(lang)
        if human:
            return human, False
        key = (entry.slug, name, lang)
        if key not in self._done:
            self._done[key] = (self.title if name == "title" else self.summary)(entry, lang)
        return self._done[key], True

    def texts(self, entry: Entry, name: str) -> dict[str, str]:
        """The ``name`` field in every UI language, human or devised."""
        return {lang: self.text(entry, name, lang)[0] for lang in LANGUAGES}


def month(date: PartialDate, lang: str) -> str:
    """A title's date: "March 2020", "mars 2020", "2020年3月"; the year alone when that is all."""
    return _month(date.year, date.month, lang)


@functools.lru_cache(maxsize=1 << 12)  # by month, not by day: a few hundred for the whole archive
def _month(year: int, month: int | None, lang: str) -> str:
    day = datetime.date(year, month or 1, 1)
    return format_skeleton("yMMMM" if month else "y", day, locale=BABEL_LOCALES[lang])


MAX_WORDS = 8  # of a title in a slug


def slugify(text: str) -> str:
    """The first ``MAX_WORDS`` ASCII words of ``text`` (:func:`slugs.slugify`)."""
    return slugs.slugify(text, max_words=MAX_WORDS)


def slug(entry: Entry, vocab: Vocabulary, suffix: str | None = None) -> str:
    """A readable ASCII slug: the date, then the English title's words.

    ``2024-02-29-shanghai-s-jinshan-district-sends-its-11th-resident-medical-team``; without an
    English title, the devised one's facts (``2020-03-medical-team-from-guangdong-in-hubei-xinhua``)
    and ``suffix`` (a few characters of the seed's hash), since a devised title repeats.
    """
    deviser = Deviser(vocab, {})
    if entry.title.en:
        words, suffix = slugify(entry.title.en), None
    else:
        source = slugify(entry.source) if entry.source and entry.source not in vocab.sources else entry.source
        words = "-".join(filter(None, [slugify(deviser._what(entry, "en")), source]))
    text = "-".join(filter(None, [entry.date.iso if entry.date else None, words]))
    limit = 72 - (len(suffix) + 1 if suffix else 0)
    if len(text) > limit:
        text = text[:limit].rsplit("-", 1)[0]
    return "-".join(filter(None, [text.strip("-") or "entry", suffix]))


def slug_for(fields: Mapping[str, object], vocab: Vocabulary) -> str:
    """:func:`slug` of an entry about to be written (import's fields: title, lang, date, region …),
    with the seed's hash for a suffix."""
    title = fields.get("title")
    entry = Entry(
        slug="", title=title if isinstance(title, Text) else Text(), summary=Text(), lang=str(fields.get("lang") or ""),
        date=fields.get("date") if isinstance(fields.get("date"), PartialDate) else None,  # type: ignore[arg-type]
        region=str(fields.get("region") or ""), origin=fields.get("origin") or None,  # type: ignore[arg-type]
        source=fields.get("source") or None, authors=(), dateline=None,  # type: ignore[arg-type]
        tags=tuple(fields.get("tags") or ()), body="",  # type: ignore[arg-type]
    )
    sha = fields.get("seed_sha256")
    return slug(entry, vocab, str(sha)[:4] if sha else None)
