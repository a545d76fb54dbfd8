"""Remove page furniture, by class, and read what the page's header says about the article.

The classes and their patterns (navigation, share, print/close, QR, follow-us, comments,
prev/next, related lists, copyright, ICP, editor and credit lines …) live in ``debris.yaml``;
this code applies them and reads the header: the lines above the article's first paragraph,
where outlets print the date, the outlet, bylines ("By NAME | Outlet | Updated: …",
"来源：… 作者：…", "Par NAME", a name alone on its line) and widgets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import nh3
import yaml

from . import dates

RULES = Path(__file__).with_name("debris.yaml")
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_BLOCK = re.compile(
    r"<\s*/?\s*(br|p|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|section|article|header|footer|"
    r"figure|figcaption|hr|body|html|head|nav|aside|main)\b[^>]*>",
    re.I,
)
_BRACKETS = re.compile(r"^(\s*[【\[][^】\]]{1,40}[】\]])+\s*$")
_FIELD_SPLIT = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*|(?<=\S)\s+(?=(?:来源|來源|作者|责任编辑|編輯|编辑|source|auteur|author|editor|par|by)\s*[:：]|(?:Par|By)\s+[A-ZÀ-Ý])", re.I)
_LABEL = re.compile(
    r"^(?P<label>来源|來源|信息来源|稿件来源|文章来源|出处|稿源|source|origine|作者|author|auteur|by|par|"
    r"发布时间|發佈時間|发布日期|时间|日期|published|posted|updated|publié le|publié|mis [àa?] jour( le)?|date)"
    r"(?=[\s:：]|$)\s*[:：]?\s*(?P<value>.*)$",
    re.I,
)
_EDITOR_FIELD = re.compile(r"^(?:责任编辑|責任編輯|编辑|編輯|责编|(?:web )?editors?|rédact(?:eur|rice)s?)\s*[:：]\s*(?P<names>.{1,60})$", re.I)
# what a writer's name looks like: 1-4 capitalised words, or 2-6 hanzi (with · for transcribed names)
_NAME = re.compile(r"[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){0,3}|[\u4e00-\u9fff·]{2,8}")
_LABELLED = re.compile(r"(来源|來源|发布时间|發佈時間|作者|source|published|updated|publié le|mis à jour)\s*[:：]", re.I)
_OUTLET_IN_BRACKETS = re.compile(r"^[（(](?P<src>[^)）]{2,40})[)）]\s*(?P<rest>.*)$")
_BY_IN = re.compile(r"^(?P<names>.+?)\s+(?:in|à|en)\s+[A-ZÀ-Ý][\w' -]+$")
_BARE_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}$")
_ROLE_WORDS = re.compile(
    r"(本报|本網|本网|本台|本報)?(记者|記者|通讯员|通訊員|见习记者|見習記者|实习生|實習生)\s*"
    r"|\b([A-Z][\w.]+\s+)?(reporters?|correspondents?|writers?|staff writers?)\s+(?=[A-Z])"
)
# "Copyright © 2000-2019 XINHUANET.com All rights reserved", "Copyright ©2022 Global Times."
_OWNER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©|\(c\)|Â©)?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*(?:by\s+)?"
    r"(?P<owner>[A-Za-z][\w.’'& -]{1,40}?)\s*(?:\.\s|\.$|all rights|tous droits|$)", re.I
)
_SENTENCE = re.compile(r"[。！？]|[.!?]\s+\w|[.!?]$")
BODY_MIN = {"cjk": 40, "latin": 90}  # a line at least this long, with a sentence end, is article text
DROP_MAX = 200


@dataclass(frozen=True)
class Pattern:
    """One pattern of one debris class, named ``class/lang/n`` in reports and tests."""

    name: str
    cls: str
    action: str
    max_chars: int
    regex: re.Pattern[str]


@cache
def rules(path: Path = RULES) -> tuple[Pattern, ...]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for cls, spec in raw.items():
        for lang in ("any", "zh", "en", "fr"):
            for i, pattern in enumerate(spec.get(lang) or ()):
                out.append(Pattern(f"{cls}/{lang}/{i + 1}", cls, spec["action"], int(spec.get("max_chars", DROP_MAX)), re.compile(pattern, re.I)))
    return tuple(out)


@dataclass(frozen=True)
class Removed:
    """A line import removed and the rule that removed it."""

    rule: str  # a pattern name (``share/en/1``) or a header reading (``header``)
    line: str


@dataclass(frozen=True)
class Cleaned:
    """Article lines without debris, plus what the furniture said about the article."""

    lines: tuple[str, ...]
    headline: str | None = None  # the header's headline line (plain-text seeds)
    published: str | None = None  # a date as printed in the header
    source: str | None = None  # outlet named in the header
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    owner: str | None = None  # who a copyright line names
    removed: tuple[Removed, ...] = field(default=(), compare=False)
    fired: frozenset[str] = field(default=frozenset(), compare=False)  # patterns matching some line


def strip_markup(text: str) -> str:
    """Turn leftover HTML into text: block ends become line breaks, tags go, entities decode."""
    if not _TAG.search(text):
        return text
    text = _BLOCK.sub("\n", text)
    text = nh3.clean(text, tags=set(), clean_content_tags={"script", "style", "noscript", "title", "template"})
    return html.unescape(html.unescape(text)).replace("\xa0", " ")


def split_names(names: str) -> tuple[str, ...]:
    """``"Duan Siqi, Sang Liyuan"``, ``"记者 张三 通讯员 李四"`` or ``"张三、李四"`` → separate names."""
    names = _ROLE_WORDS.sub(" ", names).strip(" :：")
    parts = re.split(r"\s*(?:[,，、;；/]|\band\b|\bet\b)\s*", names)
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if re.fullmatch(r"[\u4e00-\u9fff·\s]+", part):
            out.extend(p for p in part.split() if p)  # Chinese names are spaced apart
        elif part:
            out.append(part)
    return tuple(out)


def _is_cjk(text: str) -> bool:
    return len(re.findall(r"[\u4e00-\u9fff]", text)) > len(text) / 4


def is_body(line: str) -> bool:
    """Article text: a long line with a sentence in it."""
    limit = BODY_MIN["cjk"] if _is_cjk(line) else BODY_MIN["latin"]
    return len(line) >= limit and bool(_SENTENCE.search(line))


def match(line: str, patterns: tuple[Pattern, ...] | None = None) -> tuple[Pattern, re.Match[str]] | None:
    """The first debris pattern that removes ``line``."""
    for p in patterns or rules():
        if p.action != "menu" and len(line) <= p.max_chars and (m := p.regex.search(line)):
            return p, m
    return None


@dataclass
class _Header:
    published: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


def read_header(line: str, known_outlet, head: _Header) -> bool:
    """Read a furniture line of dates, outlets and bylines into ``head``; False when it is text."""
    if len(line) > 160 or re.search(r"[。！？]", line) or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", line):
        return False
    fields = [f.strip() for f in _FIELD_SPLIT.split(line) if f and f.strip()]
    read = 0
    for part in fields:
        m = _OUTLET_IN_BRACKETS.match(part)  # "(People's Daily Online) 08:47, December 02, 2019"
        if m and (known_outlet(m["src"]) or dates.find(m["rest"])):
            head.source = head.source or m["src"].strip()
            part = m["rest"].strip()
            read += not part
            if not part:
                continue
        if m := _LABEL.match(part):
            label, value = m["label"].lower(), m["value"].strip(" :：")
            if label.endswith(("来源", "來源")) or label in ("出处", "稿源", "source", "origine"):
                found = dates.find(value)
                head.source = head.source or (value[: found[0]].strip(" |,") if found else value) or None
                head.published = head.published or (found[1] if found else None)
            elif label in ("作者", "author", "auteur", "by", "par"):
                if not value or len(value) > 60:
                    continue
                if by := _BY_IN.match(value):
                    value = by["names"]
                names = [n for n in split_names(value) if _NAME.fullmatch(n)]
                if not names:
                    continue
                head.authors.extend(names)
            else:
                found = dates.find(value)
                if not found:
                    continue
                head.published = head.published or found[1]
            read += 1
        elif found := dates.find(part):
            if len(part) - (found[2] - found[0]) > 16:
                continue
            head.published = head.published or found[1]
            read += 1
        elif m := dates.outlet_line(part):  # 央视网消息（记者 吉克阿呷）
            head.source = head.source or (None if m["src"] in dates.THIS_OUTLET else m["src"])
            head.authors.extend(split_names(m["credit"]))
            read += 1
        elif known_outlet(part):
            head.source = head.source or part
            read += 1
        elif (hit := match(part)) and hit[0].action == "drop":  # a widget beside the byline
            read += 1
        elif m := _EDITOR_FIELD.match(part):
            head.editors.extend(split_names(m["names"]))
            read += 1
    return read > 0 and read >= len(fields) - 1


_RUN_ON_ANCHORS = re.compile(
    r"(?<=\s)(?=(?:Publié le|Mis à jour|Published:|Updated:|发布时间|来源[:：]|作者[:：]|责任编辑|相关阅读|相关新闻|相关报道|主办[:：]|"
    r"Articles liés|Related|Copyright|[\u4e00-\u9fff]{2,8}版权所有|[\u4e00-\u9fff]?ICP备|【打印】|\[Imprimer\]|"
    r"(?:Fin|Enditem)(?:\s+(?:Articles liés|Related)|\s*$)|(?:19|20)\d{2}-\d{2}-\d{2}\s+\d|[A-Z]{3,}, \d{1,2} \w+ \(|[A-Z]{3,}, \w+\.? \d{1,2} \())"
    r"|(?<=[】\]])\s+(?=[^\s【\[])"  # after a row of bracketed widgets
)


def _menu_prefix(line: str) -> int:
    """Length of the run of menu words (and the site's address) that opens ``line``."""
    menu = [p for p in rules() if p.action == "menu"]
    end = 0
    words = 0
    for m in re.finditer(r"\S+", line):
        token = m.group(0)
        if any(p.regex.search(token) for p in menu) or re.fullmatch(r"[\w-]+(\.[\w-]+)+", token):
            end, words = m.end(), words + 1
        else:
            break
    return end if words >= 3 else 0


def _split_run_on(text: str) -> tuple[list[str], list[Removed]]:
    """A page whose line breaks were lost: break its long lines before furniture, and take the
    site's menu off the front."""
    lines = text.split("\n")
    if max((len(x) for x in lines), default=0) < 500 or len([x for x in lines if x.strip()]) > 6:
        return lines, []
    out: list[str] = []
    for line in lines:
        for part in (p.strip() for p in _RUN_ON_ANCHORS.split(line) if p.strip()):
            head = re.match(r"^(.{2,30}?[:：])\s*(.+)$", part)  # "Articles liés : <the links>"
            if head and (hit := match(head[1])) and hit[0].action == "cut":
                out.extend((head[1], head[2]))
            else:
                out.append(part)
    removed = []
    if out and (cut := _menu_prefix(out[0])):
        removed.append(Removed("menu-words", out[0][:cut]))
        out[0] = out[0][cut:].strip()
    return out, removed


def header_of(lines: list[str], known_outlet) -> Cleaned:
    """What the furniture lines above a page's main content say (nothing of them is kept)."""
    head = _Header()
    for line in lines:
        if line and not read_header(line, known_outlet, head) and (hit := match(line)) and hit[0].action in ("credit", "editor"):
            (head.authors if hit[0].action == "credit" else head.editors).extend(split_names(hit[1]["names"]))
    return Cleaned((), None, head.published, head.source, tuple(dict.fromkeys(head.authors)), tuple(dict.fromkeys(head.editors)))


def clean(text: str, known_outlet=lambda name: False, has_title: bool = False) -> Cleaned:
    """Apply every debris rule to ``text`` (decoded, HTML already extracted or stripped).

    ``known_outlet`` tells whether a name is an outlet of the vocabulary; ``has_title`` says the
    headline is already known (an HTML page's), so the header has none to give.
    """
    head = _Header()
    kept: list[str] = []
    headline = owner = None
    split, removed = _split_run_on(strip_markup(text))
    lines = [ln.strip() for ln in split]
    first_body = next((i for i, ln in enumerate(lines) if is_body(ln)), len(lines))
    for i, line in enumerate(lines):
        if not line:
            kept.append("")
            continue
        if (i < first_body or _LABELLED.search(line)) and read_header(line, known_outlet, head):
            removed.append(Removed("header", line))  # below the text too, where some pages print it
            continue
        hit = match(line)
        if hit and hit[0].action == "cut":
            removed.append(Removed(hit[0].name, line))
            removed.extend(Removed(hit[0].name, rest) for rest in lines[i + 1 :] if rest)
            owner = owner or next((m["owner"].strip() for rest in lines[i + 1 :] if (m := _OWNER.search(rest))), None)
            break
        if hit and hit[0].action in ("credit", "editor"):
            names = split_names(hit[1]["names"])
            (head.authors if hit[0].action == "credit" else head.editors).extend(names)
            removed.append(Removed(hit[0].name, line))
            continue
        if hit:
            if hit[0].cls == "copyright" and owner is None and (m := _OWNER.search(line)):
                owner = m["owner"].strip()
            removed.append(Removed(hit[0].name, line))
            continue
        if _BRACKETS.match(line):  # 【纠错】 【责任编辑：李华】: widgets and credits in brackets
            for part in re.findall(r"[【\[]([^】\]]+)[】\]]", line):
                if (inner := match(part)) and inner[0].action in ("credit", "editor"):
                    (head.authors if inner[0].action == "credit" else head.editors).extend(split_names(inner[1]["names"]))
            removed.append(Removed("bracketed-widgets", line))
            continue
        if i < first_body:
            if headline is None and not has_title and not is_body(line) and not re.search(r"[.。]$", line):
                headline = line
                continue
            if (headline or has_title) and _BARE_NAME.match(line) and not known_outlet(line):
                head.authors.extend(split_names(line))  # a name alone under the headline: the byline
                removed.append(Removed("header-byline", line))
                continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    while kept and not kept[0]:
        kept.pop(0)
    authors = [a for a in dict.fromkeys(head.authors) if a not in head.editors]
    return Cleaned(tuple(kept), headline, head.published, head.source, tuple(authors), tuple(dict.fromkeys(head.editors)), owner, tuple(removed),
                   frozenset(fired(lines)))


def fired(lines: list[str]) -> set[str]:
    """Every debris pattern that matches some line (menu words: some word of a short line),
    whichever rule removed it."""
    out = {p.name for line in lines if line for p in rules() if p.action != "menu" and len(line) <= p.max_chars and p.regex.search(line)}
    menu = [p for p in rules() if p.action == "menu"]
    for line in lines:
        if line and len(line) <= DROP_MAX:
            out |= {p.name for word in re.split(r"[\s|｜>/]+", line) if word for p in menu if p.regex.search(word)}
    return out
