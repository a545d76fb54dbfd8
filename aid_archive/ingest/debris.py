"""Remove scraper debris: markup, header furniture, counters, widgets, disclaimers, stray
tokens, credit lines and every "related / recommended / more news" block with what follows.

The patterns live in ``debris.yaml`` beside this module; this code only applies them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import nh3
import yaml

RULES = Path(__file__).with_name("debris.yaml")
HEADER_LINES = 4  # furniture (date, source, counter) sits in the first lines
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_BLOCK = re.compile(
    r"<\s*/?\s*(br|p|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|section|article|header|footer|"
    r"figure|figcaption|hr|body|html|head|nav|aside|main)\b[^>]*>",
    re.I,
)
_BRACKETS = re.compile(r"^(\s*[【\[][^】\]]{1,40}[】\]])+\s*$")
_DATETIME = re.compile(
    r"(?<!\d)(?P<y>(19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)"
)
_SOURCE = re.compile(r"(来源|出处|source|publié par|origine)\s*[:：]\s*(?P<src>.+)", re.I)
_FIELD_SPLIT = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*")


@dataclass(frozen=True)
class Rules:
    cut_after: tuple[re.Pattern[str], ...]
    cut_max_chars: int
    drop_line: tuple[re.Pattern[str], ...]
    strip_inline: tuple[re.Pattern[str], ...]
    stray_token: re.Pattern[str]
    credit: tuple[re.Pattern[str], ...]


@cache
def rules(path: Path = RULES) -> Rules:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))

    def many(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in raw[key])

    return Rules(
        cut_after=many("cut_after"),
        cut_max_chars=int(raw["cut_max_chars"]),
        drop_line=many("drop_line"),
        strip_inline=many("strip_inline"),
        stray_token=re.compile(raw["stray_token"]),
        credit=many("credit"),
    )


@dataclass(frozen=True)
class Cleaned:
    """Article lines without debris, plus what the debris said about the article."""

    lines: tuple[str, ...]
    published: str | None = None  # ISO date from a header line
    source: str | None = None  # outlet named in a header line
    authors: tuple[str, ...] = ()
    removed: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # (rule, line)


def strip_markup(text: str) -> str:
    """Turn HTML fragments into text: block ends become line breaks, tags go, entities decode."""
    if not _TAG.search(text):
        return text
    text = _BLOCK.sub("\n", text)
    text = nh3.clean(text, tags=set(), clean_content_tags={"script", "style", "noscript", "title", "template"})
    return html.unescape(html.unescape(text)).replace("\xa0", " ")


def split_names(names: str) -> tuple[str, ...]:
    """``"Duan Siqi, Sang Liyuan"`` or ``"张三 李四"`` → separate names."""
    parts = re.split(r"\s*(?:[,，、;；/]|\band\b|\bet\b)\s*", names.strip())
    out: list[str] = []
    for part in parts:
        if re.fullmatch(r"[\u4e00-\u9fff\s]+", part):
            out.extend(p for p in part.split() if p)  # Chinese names are spaced apart
        elif part:
            out.append(part)
    return tuple(out)


def _header(line: str) -> tuple[str | None, str | None] | None:
    """Read a furniture line (date, source, counter); None when the line is article text."""
    if len(line) > 120 or re.search(r"[。！？]|[.!?]\s+\w", line):
        return None
    published = source = None
    found = False
    for part in _FIELD_SPLIT.split(line):
        if m := _DATETIME.search(part):
            published = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
            found = True
            part = _DATETIME.sub("", part).strip()
        if m := _SOURCE.search(part):
            source = m["src"].strip(" :：")
            found = True
    return (published, source) if found else None


def _credit(line: str, rule: Rules) -> re.Match[str] | None:
    return next((m for c in rule.credit if (m := c.match(line))), None)


def clean(text: str, rule: Rules | None = None) -> Cleaned:
    """Apply every debris rule to ``text`` (already decoded)."""
    rule = rule or rules()
    removed: list[tuple[str, str]] = []
    authors: list[str] = []
    published = source = None
    kept: list[str] = []
    lines = [ln.strip() for ln in strip_markup(text).split("\n")]
    nonblank = 0
    for line in lines:
        if not line:
            kept.append("")
            continue
        nonblank += 1
        if len(line) <= rule.cut_max_chars and any(p.search(line) for p in rule.cut_after):
            removed.append(("related-block", line))
            break
        if nonblank <= HEADER_LINES and (head := _header(line)):
            published, source = published or head[0], source or head[1]
            removed.append(("header", line))
            continue
        if any(p.search(line) for p in rule.drop_line):
            removed.append(("furniture", line))
            continue
        if rule.stray_token.match(line):
            removed.append(("stray-token", line))
            continue
        if len(line) <= 80 and (m := _credit(line, rule)):
            authors.extend(split_names(m["names"]))
            removed.append(("credit", line))
            continue
        if _BRACKETS.match(line):  # 【纠错】 【责任编辑：李华】: widgets and credits in brackets
            for part in re.findall(r"[【\[]([^】\]]+)[】\]]", line):
                if m := _credit(part, rule):
                    authors.extend(split_names(m["names"]))
            removed.append(("furniture", line))
            continue
        for pattern in rule.strip_inline:
            line = pattern.sub("", line).strip()
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return Cleaned(tuple(kept), published, source, tuple(dict.fromkeys(authors)), tuple(removed))
