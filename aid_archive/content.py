"""Entries in ``content/``: the editors' contract (schema), parsing, validation and writing.

An entry is a Markdown file with a YAML front matter between ``---`` lines. The schema below is
declared once, as data; every problem found is reported as ``file:line: field: message``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import LANGUAGES, files, parsed, slugs
from .models import Entry, PartialDate, Problem, Text
from .todo import placeholders
from .vocab import Term, Vocabulary

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML (libyaml's parser when present) that leaves dates as text, so a bad date is
    reported, not raised."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Invalid(ValueError):
    """A field value that breaks the schema; the message says what was expected.

    ``item`` is the index of the bad value in a list, so the error points at its line.
    """

    def __init__(self, message: str, item: int | None = None) -> None:
        super().__init__(message)
        self.item = item


@dataclass(frozen=True)
class Limits:
    """Bounds on one entry file (``max_entry_bytes`` and ``max_nesting`` in config.yaml)."""

    max_bytes: int = 2_000_000
    max_nesting: int = 10


# C0 and C1 controls other than tab and newline (YAML escapes like "\x07" included), and the
# bidirectional embeddings, overrides and isolates that can make text read other than it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NAMES = {list: "a list", dict: "a map", bool: "true or false", int: "a number", float: "a number", str: "text"}


def _kind(value: Any) -> str:
    """What a YAML value is, in the words of a message."""
    return "null" if value is None else next((n for t, n in _NAMES.items() if isinstance(value, t)), type(value).__name__)


def _show(value: Any, width: int = 40) -> str:
    """A value as a message quotes it: short, on one line."""
    text = repr(value) if isinstance(value, str | int | float | bool) or value is None else _kind(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _field(name: object) -> str:
    """A key as a message names it: as written when plain, else quoted on one line."""
    text = str(name)
    return text if re.fullmatch(r"[\w.-]{1,60}", text) else _show(text, 60)


def bad_character(text: str) -> str | None:
    """Why ``text`` cannot be published (a control or bidirectional character), or ``None``."""
    m = _CONTROL.search(text)
    if m:
        return f"contains the control character U+{ord(m.group()):04X}; remove it"
    m = _BIDI.search(text)
    if m:
        return f"contains the bidirectional control U+{ord(m.group()):04X}, which can make text read other than it is; remove it"
    return None


def _characters(value: Any) -> None:
    """Raise :class:`Invalid` for a control or bidirectional character anywhere in ``value``."""
    if isinstance(value, str):
        reason = bad_character(value)
        if reason:
            raise Invalid(reason)
    elif isinstance(value, dict):
        for item in value.values():
            _characters(item)
    elif isinstance(value, list):
        for item in value:
            _characters(item)


@dataclass(frozen=True)
class Field:
    """One front-matter key: whether it must be present and how its value is read."""

    name: str
    required: bool
    kind: str  # shown in the schema table of the docs
    parse: Callable[[Any, Vocabulary], Any]
    doc: str


def _text_map(value: Any, vocab: Vocabulary) -> Text:
    if isinstance(value, str):
        raise Invalid("got a plain string; expected a map of languages like {en: …, fr: …, zh: …}")
    if not isinstance(value, dict):
        raise Invalid("expected a map of languages {en: …, fr: …, zh: …}")
    unknown = sorted(set(map(str, value)) - set(LANGUAGES))
    if unknown:
        raise Invalid(f"unknown language {_show(unknown[0])}; expected only en, fr, zh")
    out: dict[str, str | None] = {}
    for lang in LANGUAGES:
        v = value.get(lang)
        if v is not None and not isinstance(v, str):
            raise Invalid(f"{lang} must be text, got {_show(v)}")
        out[lang] = v.strip() if isinstance(v, str) and v.strip() else None
    if not any(out.values()):
        raise Invalid("has no text in any language; expected at least the original's")
    return Text(**out)


def _lang(value: Any, vocab: Vocabulary) -> str:
    if not isinstance(value, str):
        raise Invalid(f"got {_show(value)}; expected one language slug, one of {', '.join(vocab.languages)}")
    if value not in vocab.languages:
        raise Invalid(f"{_show(value)} is not a known language; expected one of {', '.join(vocab.languages)}")
    return str(value)


def _date(value: Any, vocab: Vocabulary) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return PartialDate(value.year, value.month, value.day)
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise Invalid(f"got {_show(value)}; expected a date YYYY-MM-DD, YYYY-MM, YYYY or null")
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        raise Invalid(f"{_show(value)} is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY or null") from exc


def _slug_in(kind: str, nullable: bool) -> Callable[[Any, Vocabulary], str | None]:
    def parse(value: Any, vocab: Vocabulary) -> str | None:
        if value is None and nullable:
            return None
        if value is None:
            raise Invalid(f"is empty; expected a slug of vocab/{kind}.yaml (import found no place in the text: set it by hand)")
        known = getattr(vocab, kind)
        if not isinstance(value, str):
            raise Invalid(f"got {_show(value)}; expected one slug of vocab/{kind}.yaml{', or null' if nullable else ''}")
        if value not in known:
            named = by_name(str(value), known)
            if named:
                return named  # parse_entry warns that the name stands for this slug
            hint = _suggest(str(value), known)
            raise Invalid(f"{_show(value)} is not a known {kind[:-1]}; expected {hint or 'a slug of vocab/' + kind + '.yaml'}")
        return str(value)

    return parse


_folded = slugs.fold


def _names(terms: dict[str, Term]) -> dict[str, str]:
    """Every name editors may write for a term (slug, names in en/fr/zh, aliases), folded → slug."""
    names: dict[str, str] = {}
    for slug, term in terms.items():
        for name in (slug, *term.name.as_dict().values(), *term.aliases):
            if name:
                names.setdefault(_folded(name), slug)
    return names


def by_name(value: str, terms: dict[str, Term]) -> str | None:
    """The slug a name stands for, in any language: 湖北 → hubei, Pékin → beijing, 新华网 → xinhua."""
    return _names(terms).get(_folded(value))


def _suggest(value: str, terms: dict[str, Term]) -> str:
    """The closest slug to ``value`` among slugs and names in every language, with its names."""
    import difflib

    names = _names(terms)
    match = difflib.get_close_matches(_folded(value), list(names), n=1, cutoff=0.5)
    if not match:
        return ""
    slug = names[match[0]]
    return f"{slug!r} ({terms[slug].name.zh}, {terms[slug].name.fr}) (see vocab/)" if match[0] != slug else f"{slug!r} (see vocab/)"


def _closest(value: str, known: Iterable[str]) -> str:
    import difflib

    match = difflib.get_close_matches(value.lower(), list(known), n=1)
    return f"{match[0]!r} (see vocab/)" if match else ""


def _optional_text(value: Any, vocab: Vocabulary) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise Invalid(f"got {_show(value)}; expected text or null")
    return str(value).strip() or None


def _text_list(value: Any, vocab: Vocabulary) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise Invalid(f"got {_show(value)}; expected a list of names like [Ma Lu, Duan Siqi]")
    for v in value:
        if not isinstance(v, str):
            raise Invalid(f"has {_show(v)} in its list; expected only text, like [Ma Lu, Duan Siqi]")
    return tuple(v.strip() for v in value if v.strip())


def _tags(value: Any, vocab: Vocabulary) -> tuple[str, ...]:
    tags = _text_list(value, vocab)
    found = []
    for i, tag in enumerate(tags):
        if tag not in vocab.tags:
            named = by_name(tag, vocab.tags)
            if named:
                found.append(named)
                continue
            hint = _suggest(tag, vocab.tags)
            raise Invalid(f"{_show(tag)} is not a known tag; expected {hint or 'a slug of vocab/tags.yaml'}", item=i)
        found.append(tag)
    return tuple(found)


def _slug(value: Any, vocab: Vocabulary) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not SLUG.match(value):
        raise Invalid(f"{_show(value)} is not a slug; expected lowercase ASCII letters, digits and '-', like 2023-07-14-beijing-doctors-in-xinjiang")
    return value


def _bool(value: Any, vocab: Vocabulary) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"{_show(value)} is not true or false; expected true (not published yet) or false")
    return value


def _url(value: Any, vocab: Vocabulary) -> str | None:
    from urllib.parse import urlsplit

    if value is None:
        return None
    text = str(value).strip() if isinstance(value, str) else ""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise Invalid(f"{value!r} is not a web address; expected an http:// or https:// URL, or null")
    return text


def _sha(value: Any, vocab: Vocabulary) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not SHA256.match(value):
        raise Invalid(f"got {_show(value)}; expected 64 lowercase hex digits")
    return value


SCHEMA: tuple[Field, ...] = (
    Field("title", True, "map en/fr/zh", _text_map, "Headline in each language; at least the original's."),
    Field("summary", True, "map en/fr/zh", _text_map, "Two sentences in each language."),
    Field("lang", True, "language slug", _lang, "Language of the original article (zh, fr, en)."),
    Field("date", True, "YYYY[-MM[-DD]] or null", _date, "Date of the report, as precise as the text gives."),
    Field("region", True, "region slug", _slug_in("regions", False), "Province-level region the aid went to."),
    Field("origin", False, "region slug or null", _slug_in("regions", True), "Province-level region that sent it."),
    Field("source", False, "source slug, outlet name or null", _optional_text, "Outlet; a slug of vocab/sources.yaml when known."),
    Field("authors", False, "list of text", _text_list, "Reporters and editors named by the article."),
    Field("dateline", False, "text or null", _optional_text, "Dateline as printed, e.g. 'Taiyuan, January 14'."),
    Field("tags", False, "list of tag slugs", _tags, "Topics from vocab/tags.yaml."),
    Field("url", False, "http/https URL or null", _url, "Address of the original article, when known."),
    Field("seed", False, "file name or null", _optional_text, "Seed file the entry was imported from."),
    Field("seed_sha256", False, "hex or null", _sha, "SHA-256 of that seed's bytes."),
    Field("slug", False, "slug or null", _slug, "The entry's address (/en/entries/<slug>/); keep it once published. Default: the file's name."),
    Field("draft", False, "true or false", _bool, "true keeps the entry off the site (shown by serve and build --drafts)."),
)
FIELDS = {f.name: f for f in SCHEMA}


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split ``---`` front matter from the body; return (yaml, body, body's first line) or None."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            return None
    front = text[4 : end + 1]
    body = text[end + 5 :]
    return front, body, front.count("\n") + 3


_FULL_WIDTH_COLON = re.compile(r"^(\s*-?\s*[A-Za-z_][\w-]*)[ \t]*：[ \t]*")
_YAML_LINE = re.compile(r"^(\s|-|#|[A-Za-z_][\w-]*\s*[:：]|---$)")


def unclosed_line(text: str) -> int:
    """Where the closing ``---`` of a front matter is missing: the first line that is no field."""
    lines = text.split("\n")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or not _YAML_LINE.match(line):
            return number
    return len(lines)


def full_width_colons(front: str) -> tuple[str, list[tuple[int, str]]]:
    """The front matter with ``key：`` (a Chinese colon) read as ``key:``; (line, key) of each."""
    found: list[tuple[int, str]] = []
    lines = front.split("\n")
    for i, line in enumerate(lines):
        m = _FULL_WIDTH_COLON.match(line)
        if m:
            found.append((i + 2, m.group(1).strip(" -")))
            lines[i] = f"{m.group(1)}: {line[m.end():]}"
    return "\n".join(lines), found


class _Shape(ValueError):
    """A front matter the schema refuses before building it: too deep, aliased or repeated keys."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(message)
        self.line, self.field, self.message = line, field, message


def _too_deep(limit: int) -> str:
    return f"is nested more than {limit} levels deep; expected at most {limit} (max_nesting in config.yaml)"


def _check_shape(front: str, max_nesting: int) -> list[_Shape]:
    """Nesting depth and aliases, from the parser's events (no recursion, no expansion)."""
    depth = 0
    top_key: str | None = None  # the field being read
    is_key = True
    found: list[_Shape] = []
    for event in yaml.parse(front, Loader=_Loader):
        line = event.start_mark.line + 2
        if depth == 1 and isinstance(event, yaml.NodeEvent):
            if is_key:
                top_key = _field(event.value) if isinstance(event, yaml.ScalarEvent) else None
            is_key = not is_key
        if isinstance(event, yaml.AliasEvent):
            found.append(_Shape(line, top_key or "front matter", f"uses the YAML alias *{event.anchor}; write the value out instead"))
            break
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > max_nesting + 1:
                found.append(_Shape(line, top_key or "front matter", _too_deep(max_nesting)))
                break
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return found


def _load_front(front: str, max_nesting: int = 10) -> tuple[Any, dict[str, int], list[_Shape]]:
    """Parse the front matter once; return its data, the file line of each key (and ``key.sub``)
    and what is wrong with its shape (repeated keys; too deep or aliased: then no data)."""
    shape = _check_shape(front, max_nesting)
    if shape:
        return None, {}, shape
    loader = _Loader(front)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value)
            if name in lines:
                shape.append(_Shape(key.start_mark.line + 2, _field(name), f"is set twice (first on line {lines[name]}); keep one"))
            else:
                lines[name] = key.start_mark.line + 2
            if isinstance(value, yaml.MappingNode):
                for sub, _ in value.value:
                    sub_name = f"{name}.{sub.value}"
                    if sub_name in lines:
                        shape.append(_Shape(sub.start_mark.line + 2, _field(sub_name), f"is set twice (first on line {lines[sub_name]}); keep one"))
                    else:
                        lines[sub_name] = sub.start_mark.line + 2
            elif isinstance(value, yaml.SequenceNode):
                for i, item in enumerate(value.value):
                    lines[f"{name}.{i}"] = item.start_mark.line + 2
    return data, lines, shape


_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _raw_characters(path: str, text: str, body_line: int) -> list[Problem]:
    """A problem for each line holding a raw control character (YAML cannot read them), or a
    bidirectional control in the body (the front matter's are reported by field)."""
    problems = []
    field = "front matter"
    for number, line in enumerate(text.split("\n"), 1):
        in_body = number >= body_line
        if not in_body and (key := _KEY.match(line)):
            field = key.group(1)
        m = _CONTROL.search(line) or (_BIDI.search(line) if in_body else None)
        if m:
            reason = bad_character(m.group())
            assert reason is not None
            where = "body" if in_body else field
            problems.append(Problem(path, number, where, f"{reason.removesuffix('; remove it')} (column {m.start() + 1}); remove it"))
    return problems


def parse_entry(path: str, text: str, vocab: Vocabulary, limits: Limits | None = None) -> tuple[Entry | None, list[Problem]]:
    """Parse one entry file; return the entry (None when it has errors) and every problem found.

    Never raises for what the text holds: every problem is a ``file:line: field: message``.
    """
    limits = limits or Limits()
    problems: list[Problem] = []
    slug = Path(path).stem
    if len(slug) > 81:
        problems.append(Problem(path, 1, "slug", f"file name is {len(slug)} characters long; expected at most 81 lowercase letters, digits and '-'"))
    elif not SLUG.match(slug):
        problems.append(Problem(path, 1, "slug", f"file name {_show(slug)} is not a slug; expected lowercase letters, digits and '-'"))
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")  # a byte order mark is harmless
    parts = split_front_matter(text)
    if parts is None and text.startswith("---\n"):
        return None, [*problems, Problem(path, unclosed_line(text), "front matter", "is not closed; expected a '---' line here, after the last field and before the article")]
    if parts is None:
        if text.lstrip().startswith("---"):
            message = "must start on the first line; remove what comes before the first '---'"
        else:
            message = "missing; the file must start with '---', YAML fields, then '---'"
        return None, [*problems, Problem(path, 1, "front matter", message)]
    front, body, body_line = parts
    raw = _raw_characters(path, text, body_line)
    if raw:
        return None, [*problems, *raw]
    front, colons = full_width_colons(front)
    problems += [Problem(path, line, key, "is followed by a full-width colon '：'; write an ASCII colon and a space (': ')") for line, key in colons]
    try:
        data, lines, shape = _load_front(front, limits.max_nesting)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in reason:
            keys = [m.group(1) for text_line in front.split("\n")[: max(line - 1, 0)] if (m := _KEY.match(text_line))]
            return None, [*problems, Problem(path, line, keys[-1] if keys else "front matter", _too_deep(limits.max_nesting))]
        return None, [*problems, Problem(path, line, "front matter", f"is not valid YAML ({reason}); check quotes, colons and indentation")]
    problems += [Problem(path, s.line, s.field, s.message) for s in shape]
    if data is None and shape:
        return None, problems
    if not isinstance(data, dict):
        return None, [*problems, Problem(path, 2, "front matter", f"got {_kind(data)}; expected 'key: value' lines")]

    values: dict[str, Any] = {}
    for field in SCHEMA:
        line = lines.get(field.name, 2)
        if field.name not in data:
            if field.required:
                problems.append(Problem(path, 2, field.name, f"is missing; expected {field.kind}"))
            continue
        try:
            _characters(data[field.name])
            values[field.name] = field.parse(data[field.name], vocab)
        except Invalid as exc:
            problems.append(Problem(path, lines.get(f"{field.name}.{exc.item}", line), field.name, str(exc)))
            continue
        raw = data[field.name]
        for i, (written, read) in enumerate(zip(raw if isinstance(raw, list) else [raw], values[field.name] if isinstance(raw, list) else [values[field.name]], strict=False)):
            if field.name in ("region", "origin", "tags") and written != read:
                at = lines.get(f"{field.name}.{i}", line) if isinstance(raw, list) else line
                problems.append(Problem(path, at, field.name, f"{written!r} is a name of {read!r}; read as {read}, write the slug to silence this", "warning"))
    for key in data:
        if key not in FIELDS:
            hint = _closest(str(key), FIELDS)
            problems.append(Problem(path, lines.get(str(key), 2), _field(key), f"unknown field; ignored{', did you mean ' + hint if hint else ''}", "warning"))
    if not body.strip():
        problems.append(Problem(path, body_line, "body", "is empty; expected the article's text after the front matter"))

    lang = values.get("lang")
    for name in ("title", "summary"):
        text_map = values.get(name)
        if isinstance(text_map, Text) and lang:
            if not text_map.get(lang):
                problems.append(Problem(path, lines.get(name, 2), f"{name}.{lang}", "is missing; expected the text in the original's language"))
            for missing in text_map.missing():
                if missing != lang:
                    problems.append(Problem(path, lines.get(f"{name}.{missing}", lines.get(name, 2)), f"{name}.{missing}", "is not translated yet; the site shows a devised one meanwhile (`build.py translations export` lists it)", "warning"))
    source = values.get("source")
    if source and source not in vocab.sources and (named := by_name(source, vocab.sources)):
        problems.append(Problem(path, lines.get("source", 2), "source", f"{source!r} is a name of {named!r}; read as {named}, write the slug to silence this", "warning"))
        values["source"] = named
    elif source and source not in vocab.sources:
        hint = _suggest(source, vocab.sources)
        problems.append(Problem(path, lines.get("source", 2), "source", f"{source!r} is not in vocab/sources.yaml; shown untranslated{'; did you mean ' + hint if hint else ''}", "warning"))
    if values.get("draft"):
        problems.append(Problem(path, lines.get("draft", 2), "draft", "is true: the entry is not published; set draft: false when it is ready", "warning"))
    else:
        for name in ("title", "summary"):
            for lang, value in values[name].as_dict().items() if isinstance(values.get(name), Text) else ():
                for _, marker in placeholders(value or ""):
                    problems.append(Problem(path, lines.get(f"{name}.{lang}", lines.get(name, 2)), f"{name}.{lang}", f"still holds the placeholder {marker!r}; write the text, or set draft: true"))
        for offset, marker in placeholders(body):
            problems.append(Problem(path, body_line + offset, "body", f"still holds the placeholder {marker!r}; write the text, or set draft: true"))

    if any(p.severity == "error" for p in problems):
        return None, problems
    stripped = body.strip("\n")
    if values.get("slug") and values["slug"] != slug:
        slug, aliases = values["slug"], (slug,)
    else:
        aliases = ()
    entry = Entry(
        slug=slug,
        title=values["title"],
        summary=values["summary"],
        lang=values["lang"],
        date=values["date"],
        region=values["region"],
        origin=values.get("origin"),
        source=values.get("source"),
        authors=values.get("authors", ()),
        dateline=values.get("dateline"),
        tags=values.get("tags", ()),
        body=stripped + "\n",
        url=values.get("url"),
        seed=values.get("seed"),
        seed_sha256=values.get("seed_sha256"),
        draft=values.get("draft", False),
        aliases=aliases,
        path=Path(path),
        lines={**lines, "body": body_line, BODY_START: body_line + len(body) - len(body.lstrip("\n"))},
    )
    return entry, problems


BODY_START = "body text"  # key of ``Entry.lines``: the file line of ``Entry.body``'s first line


def shown_path(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` when it is inside it, as problems show it."""
    return files.shown(path, root)


def read_entry(path: Path, vocab: Vocabulary, root: Path | None = None, limits: Limits | None = None) -> tuple[Entry | None, list[Problem]]:
    """Read and parse one entry file; its path is shown relative to ``root`` in problems.

    Only a regular file of at most ``limits.max_bytes`` is read (no link, pipe or device).
    """
    limits = limits or Limits()
    shown = shown_path(path, root)
    try:
        data = files.read_bytes(path, limits.max_bytes, setting="max_entry_bytes")
    except files.Refused as exc:
        return None, [Problem(shown, 0, "", str(exc))]
    return decode_entry(shown, data, vocab, limits)


def decode_entry(shown: str, data: bytes, vocab: Vocabulary, limits: Limits) -> tuple[Entry | None, list[Problem]]:
    """Parse one entry file's bytes (UTF-8); ``shown`` is its path in problems."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(shown, line, "", f"is not UTF-8 text (byte {exc.start}); save it as UTF-8")]
    return parse_entry(shown, text, vocab, limits)


def load_entries(
    content_dir: Path, vocab: Vocabulary, root: Path | None = None, *, on_file: Callable[[Path], None] | None = None,
    limits: Limits | None = None, known: parsed.Parsed | None = None, found: files.Found | None = None,
) -> tuple[list[Entry], list[Problem]]:
    """Parse every entry of ``content_dir``; list all problems, including duplicate seeds and
    files refused (links, pipes, folders named ``x.md``) or ignored (``x.MD``, ``sub/x.md``).

    ``on_file`` is called with each file before it is read (for a progress bar). With ``known``
    (the last build's parses), a file unchanged since is not read again; ``found``: the folder's
    listing (:func:`files.entries_in`), when the caller has it.
    """
    entries: list[Entry] = []
    found = found or files.entries_in(content_dir, root)
    problems: list[Problem] = list(found.problems)
    seen_seeds: dict[str, str] = {}
    seen_slugs: dict[str, str] = {}
    for path in found.files:
        if on_file:
            on_file(path)
        shown = shown_path(path, root)
        stamp = parsed.stamp_of(path) if known else None
        got = known.get(shown, stamp) if known else None
        if got is None and known:  # saved since, or newly checked out: its bytes tell
            try:
                data = files.read_bytes(path, (limits or Limits()).max_bytes, setting="max_entry_bytes")
            except files.Refused as exc:
                got = None, [Problem(shown, 0, "", str(exc))]
            else:
                got = known.get(shown, stamp, data) or decode_entry(shown, data, vocab, limits or Limits())
                known.put(shown, stamp, *got, data=data)
        entry, more = got if got is not None else read_entry(path, vocab, root, limits)
        problems.extend(more)
        if entry is None:
            continue
        if entry.seed_sha256 and entry.seed_sha256 in seen_seeds:
            problems.append(Problem(shown, entry.lines.get("seed_sha256", 2), "seed_sha256", f"same seed as {seen_seeds[entry.seed_sha256]}; keep one entry per article", "warning"))
        elif entry.seed_sha256:
            seen_seeds[entry.seed_sha256] = shown
        clash = next((seen_slugs[s] for s in (entry.slug, *entry.aliases) if s in seen_slugs), None)
        if clash:
            problems.append(Problem(shown, entry.lines.get("slug", 1), "slug", f"{entry.slug!r} is also the address of {clash}; give one of them another slug"))
            continue
        seen_slugs.update(dict.fromkeys((entry.slug, *entry.aliases), shown))
        entries.append(entry)
    return entries, problems


def dump_entry(fields: dict[str, Any], body: str) -> str:
    """Write an entry file: front matter in schema order, then the Markdown body."""
    ordered = {f.name: fields[f.name] for f in SCHEMA if f.name in fields}
    for name in ("title", "summary"):
        if isinstance(ordered.get(name), Text):
            ordered[name] = ordered[name].as_dict()
    if isinstance(ordered.get("date"), PartialDate):
        ordered["date"] = ordered["date"].iso
    for name in ("authors", "tags"):
        if name in ordered:
            ordered[name] = list(ordered[name])
    front = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    front = re.sub(r"^(authors|tags): \[\]$", r"\1: []", front, flags=re.M)
    return f"---\n{front}---\n\n{body.strip()}\n"
