"""``python build.py new``: write a new draft entry for an editor to fill in.

The entry is a draft (``draft: true``, as ``hugo new`` writes): the site leaves it out until an
editor replaces its placeholders and sets ``draft: false``. Its slug (the file's name and its
``slug:`` field) is its date and the words of its English title, devised when the title is in
another language, and is kept once published.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from . import LANGUAGES, devise
from .content import FIELDS, Invalid, by_name, dump_entry, parse_entry
from .models import PartialDate, Text
from .todo import PLACEHOLDERS
from .vocab import Vocabulary

PLACEHOLDER = {  # each starts with its language's marker in todo.PLACEHOLDERS
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


assert all(text.startswith(PLACEHOLDERS) for pair in PLACEHOLDER.values() for text in pair)

QUESTIONS = (
    ("lang", "Language of the original (zh, fr, en)"),
    ("region", "Region it went to (a slug or a name of vocab/regions.yaml, e.g. xinjiang, 新疆, Tibet)"),
    ("title", "Title, in that language"),
    ("date", "Date of the report (YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown)"),
)


def problem(name: str, value: str | None, vocab: Vocabulary) -> str | None:
    """What is wrong with one answer, or None."""
    if name == "title":
        return None if value and value.strip() else "is empty; give the headline in the original's language"
    if name == "date" and not value:
        return None
    try:
        FIELDS[name].parse(value, vocab)
    except Invalid as exc:
        return str(exc)
    return None


def interview(given: dict[str, str | None], ask: Callable[[str], str | None], vocab: Vocabulary, say: Callable[[str], None]) -> dict[str, str | None]:
    """Ask for each answer missing from ``given`` or wrong, again until it is right; keep the
    right ones. ``ask`` returns None when nobody answers any more (end of input)."""
    answers = dict(given)
    for name, question in QUESTIONS:
        value = answers.get(name)
        if value is None:
            value = ask(question)
        while value is not None and (why := problem(name, value, vocab)):
            say(f"{name}: {why}")
            value = ask(question)
        if name == "region" and value and value not in vocab.regions:
            value = by_name(value, vocab.regions) or value  # 新疆 → xinjiang
        answers[name] = value or None
    return answers


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
        "draft": True,
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
    draft = replace(draft, region=FIELDS["region"].parse(draft.region, vocab), tags=FIELDS["tags"].parse(list(draft.tags), vocab))
    text = entry_text(draft)
    entry, found = parse_entry("new.md", text, vocab)
    if entry is None:  # the scaffold itself must always be valid
        raise AssertionError("; ".join(map(str, found)))
    slug = free_slug(devise.slug(entry, vocab), content_dir)
    path = content_dir / f"{slug}.md"
    text = text.replace("\ndraft: true\n", f"\nslug: {slug}\ndraft: true\n")
    content_dir.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as f:
        f.write(text)
    return path
