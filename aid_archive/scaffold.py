"""``python build.py new``: write a new, valid entry for an editor to fill in."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import LANGUAGES
from .content import FIELDS, Invalid, dump_entry, parse_entry
from .models import PartialDate, Text
from .vocab import Vocabulary

MAX_WORDS = 8
PLACEHOLDER = {
    "en": ("TODO: two sentences: who went where, when, and what they did.",
           "TODO: paste or write the article here, in English."),
    "fr": ("À COMPLÉTER : deux phrases : qui est allé où, quand, et pour quoi faire.",
           "À COMPLÉTER : collez ou écrivez l'article ici, en français."),
    "zh": ("待补充：用两句话概述谁、何时、去了哪里、做了什么。",
           "待补充：在此粘贴或撰写文章正文（中文）。"),
}


@dataclass(frozen=True)
class Draft:
    """What the editor asked for; :func:`validate` says what is wrong with it."""

    title: str
    lang: str
    region: str
    date: str | None = None
    tags: tuple[str, ...] = ()


def slugify(text: str, lang: str) -> str:
    """``"Des médecins à Lhassa"`` → ``des-medecins-a-lhassa``; Chinese becomes pinyin."""
    if lang == "zh" or re.search(r"[\u3400-\u9fff]", text):
        from pypinyin import lazy_pinyin

        text = " ".join(lazy_pinyin(text))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:MAX_WORDS])


def validate(draft: Draft, vocab: Vocabulary) -> list[str]:
    """Every problem with the draft, as sentences; empty when it can be written."""
    problems = []
    if not draft.title.strip():
        problems.append("title: is empty; give the headline in the original's language")
    for name, value in (("lang", draft.lang), ("region", draft.region), ("date", draft.date), ("tags", list(draft.tags))):
        try:
            FIELDS[name].parse(value, vocab)
        except Invalid as exc:
            problems.append(f"{name}: {exc}")
    return problems


def entry_text(draft: Draft) -> str:
    """The file's text: the title in the original's language, placeholders for the rest."""
    summary, body = PLACEHOLDER[draft.lang]
    fields = {
        "title": Text(**{lang: draft.title.strip() if lang == draft.lang else None for lang in LANGUAGES}),
        "summary": Text(**{lang: summary if lang == draft.lang else None for lang in LANGUAGES}),
        "lang": draft.lang,
        "date": PartialDate.parse(draft.date) if draft.date else None,
        "region": draft.region,
        "origin": None,
        "source": None,
        "authors": [],
        "dateline": None,
        "tags": list(draft.tags),
    }
    return dump_entry(fields, body)


def free_slug(base: str, content_dir: Path) -> str:
    """``base``, or ``base-2``, ``base-3``… when an entry already has it."""
    slug, n = base, 1
    while (content_dir / f"{slug}.md").exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def create(draft: Draft, content_dir: Path, vocab: Vocabulary) -> Path:
    """Write the draft as ``content_dir/<slug>.md`` (never over an existing file); return its path."""
    problems = validate(draft, vocab)
    if problems:
        raise ValueError("; ".join(problems))
    stem = slugify(draft.title, draft.lang) or "entry"
    prefix = f"{draft.date[:4]}-" if draft.date else f"{draft.region}-"
    slug = free_slug((prefix + stem)[:72].strip("-"), content_dir)
    text = entry_text(draft)
    path = content_dir / f"{slug}.md"
    entry, found = parse_entry(str(path), text, vocab)
    if entry is None:  # the scaffold itself must always be valid
        raise AssertionError("; ".join(map(str, found)))
    content_dir.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as f:
        f.write(text)
    return path
