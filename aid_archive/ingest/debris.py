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
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # hanzi, extensions included
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_BLOCK = re.compile(
    r"<\s*/?\s*(br|p|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|section|article|header|footer|"
    r"figure|figcaption|hr|body|html|head|nav|aside|main)\b[^>]*>",
    re.I,
)
_FIELD_SPLIT = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*|(?<=\S)\s+(?=(?:来源|來源|作者|责任编辑|編輯|编辑|source|auteur|author|editor|par|by)\s*[:：]|(?:Par|By)\s+[A-ZÀ-Ý])|(?<=\S)\s+(?=[\u4e00-\u9fff]{2,4}[:：])", re.I)
_LABEL = re.compile(
    r"^(?P<label>来源|來源|信息来源|稿件来源|文章来源|出处|稿源|source|origine|作者|author|auteur|by|par|"
    r"发布时间|發佈時間|发布日期|时间|日期|published|posted|updated|publié le|publié|mis [àa?] jour( le)?|date)"
    r"(?=[\s:：]|$)\s*[:：]?\s*(?P<value>.*)$",
    re.I,
)
_EDITOR_FIELD = re.compile(r"^(?:责任编辑|責任編輯|编辑|編輯|责编|(?:web )?editors?|rédact(?:eur|rice)s?)\s*[:：]\s*(?P<names>.{1,60})$", re.I)
# what a writer's name looks like: 1-4 capitalised words, or 2-6 hanzi (with · for transcribed names)
_NAME = re.compile(rf"[A-ZÀ-Ý][\w.'’-]+(?:\s+[A-ZÀ-Ý][\w.'’-]+){{0,3}}|[{HAN}·]{{2,8}}")
_OUTLET_SUFFIX = re.compile(r"^[\u4e00-\u9fff]{1,10}(报|報|网|網|社|台|刊|新闻|新聞|客户端|号|號)$")
_NAMED_SITE = re.compile(r"^(?P<site>[A-ZÀ-Ý][\w’'.&-]*(?:\s+[A-ZÀ-Ý\w][\w’'.&-]*){0,3}?)\s+(?:avec|with|utilise|uses|use)\b")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:UTC\s*[+-]\s*\d{1,2}|GMT|CST|BJT|AM|PM|a\.m\.|p\.m\.)?(?!\w)", re.I)
_WECHAT = re.compile(rf"^原创\s+(?P<name>[{HAN}·]{{2,8}})\s+(?P<account>\S{{2,30}})\s+(?P<date>(?:19|20)\d{{2}}[-年].{{3,12}}?)(?:\s+\d{{1,2}}:\d{{2}})?(?:\s*发表于\S+)?$")
_LABELLED = re.compile(r"(来源|來源|发布时间|發佈時間|作者|source)\s*[:：]|\b(published|updated|posted|publié le|mis à jour|modifié le)\b", re.I)
_OUTLET_IN_BRACKETS = re.compile(r"^[（(](?P<src>[^)）]{2,40})[)）]\s*(?P<rest>.*)$")
_BY_IN = re.compile(r"^(?P<names>.+?)\s+(?:in|à|en)\s+[A-ZÀ-Ý][\w' -]+$")
_BARE_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})"
    r"(?:\s+(?:in|à|en)\s+[A-ZÀ-Ý][\w'’ -]{1,30}|,\s*(?:(?:envoyée?|envoyé) spéciale?|correspondante?|journaliste|reporter|correspondent|staff (?:writer|reporter))\b.{0,40}|,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})?$"
)
_ROLE_WORDS = re.compile(
    rf"[{HAN}]{{0,10}}?(记者|記者|通讯员|通訊員|见习记者|見習記者|实习生|實習生)\s*"  # 光明日报记者 陈思远
    rf"|\s*[{HAN}]{{0,6}}(报道|報道)$"  # 孫曉彤 伊寧報道: the place reported from
    r"|(?i:\b(?:additional\s+)?reporting by\s+|^(?:par|by)\s+)|\s+in\s+[A-Z][\w-]+$"
    r"|\b([A-Z][\w.]+\s+)?(reporters?|correspondents?|writers?|staff writers?)\s+(?=[A-Z])"
)
_EDITOR_ROLES = re.compile(r"\s*(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|责编|editing by|edited by)\s*[:：]?\s*", re.I)
_ORG_WORDS = re.compile(r"\b(office|department|bureau|committee|commission|center|centre|hospital|team|staff|desk|agency)\b|(部|处|办|科|室|中心|委员会|局|院)$", re.I)
# "Copyright © 2000-2019 XINHUANET.com All rights reserved", "Copyright ©2022 Global Times."
_OWNER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©|\(c\)|Â©)?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*(?:by\s+)?"
    r"(?P<owner>(?!all rights|tous droits)[A-Za-z][\w.’'& -]{1,40}?)\s*(?:\.\s|\.$|all rights|tous droits|$)", re.I
)
_OWNER_ZH = re.compile(rf"(?:版权所有|版權所有)\s*[:：]\s*(?P<owner>[{HAN}]{{2,16}})|(?P<owner2>[{HAN}]{{2,16}}?)(?:版权所有|版權所有)")
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
    site: str | None = None  # the site's name: a masthead, or the first item of its menu


def strip_markup(text: str) -> str:
    """Turn leftover HTML into text: block ends become line breaks, tags go, entities decode."""
    if not _TAG.search(text):
        return text
    text = _BLOCK.sub("\n", text)
    text = nh3.clean(text, tags=set(), clean_content_tags={"script", "style", "noscript", "title", "template"})
    return html.unescape(html.unescape(text)).replace("\xa0", " ")


def split_names(names: str) -> tuple[str, ...]:
    """``"Duan Siqi, Sang Liyuan"``, ``"记者 张三 通讯员 李四"`` or ``"张三、李四"`` → separate names."""
    parts = re.split(r"\s*(?:[,，、;；/]|\band\b|\bet\b)\s*", names.strip(" :：()（）"))
    out: list[str] = []
    for part in parts:
        part = _ROLE_WORDS.sub(" ", part).strip(" :：")
        if re.fullmatch(rf"[{HAN}·\s]+", part):
            out.extend(p for p in part.split() if p)  # Chinese names are spaced apart
        elif part:
            out.append(part)
    return tuple(out)


_ROLE_PART = re.compile(r"\b(correspondante?|envoyée? spéciale?|reporter|journaliste?|staff|editor|rédact\w*)\b", re.I)


def is_name(text: str) -> bool:
    """A writer's name: 1-4 capitalised words or 2-8 hanzi, not an office or a role."""
    return bool(_NAME.fullmatch(text)) and not _ORG_WORDS.search(text) and not _ROLE_PART.search(text)


def credit_names(names: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A credit line's writers and the editors it also names ("记者 甲 编辑 乙 校对 丙",
    "Reporting by A; Editing by B")."""
    parts = _EDITOR_ROLES.split(names, maxsplit=1)
    writers = [n for n in split_names(parts[0]) if not _ORG_WORDS.search(n)]
    editors = split_names(_EDITOR_ROLES.sub(" ", parts[1])) if len(parts) > 1 else ()
    return tuple(writers), tuple(editors)


def _is_cjk(text: str) -> bool:
    return len(re.findall(r"[\u4e00-\u9fff]", text)) > len(text) / 4


def is_body(line: str) -> bool:
    """Article text: a long line with a sentence in it."""
    limit = BODY_MIN["cjk"] if _is_cjk(line) else BODY_MIN["latin"]
    return len(line) >= limit and bool(_SENTENCE.search(line))


def match(line: str, patterns: tuple[Pattern, ...] | None = None) -> tuple[Pattern, re.Match[str]] | None:
    """The first debris pattern that removes ``line`` (a list bullet in front is ignored)."""
    line = re.sub(r"^(?:\\?[-*·•]\s+)", "", line)
    for p in patterns or rules():
        if p.action != "menu" and len(line) <= p.max_chars and (m := p.regex.search(line)):
            return p, m
    return None


@dataclass
class _Header:
    published: str | None = None
    source: str | None = None
    labelled_source: str | None = None
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
                value = (value[: found[0]].strip(" |,") if found else value) or None
                head.source = head.labelled_source = head.labelled_source or value  # a label outranks a mention
                head.published = head.published or (found[1] if found else None)
            elif label in ("作者", "author", "auteur", "by", "par"):
                if not value or len(value) > 60:
                    continue
                if by := _BY_IN.match(value):
                    value = by["names"]
                names = [n for n in credit_names(value)[0] if _NAME.fullmatch(n)]
                if not names:
                    continue
                head.authors.extend(names)
            else:
                found = dates.find(value)
                if not found:
                    continue
                head.published = head.published or found[1]
            read += 1
        elif m := _WECHAT.match(part):  # 原创 NAME ACCOUNT 2023-04-12 18:30 发表于山东
            head.authors.append(m["name"])
            head.source = head.source or m["account"]
            head.published = head.published or (dates.find(m["date"]) or (0, None))[1]
            read += 1
        elif found := dates.find(part):
            rest = _TIME.sub(" ", part[: found[0]] + " " + part[found[2] :]).strip(" ,|·")
            by = re.match(r"^(?:by|par)\s+(?P<names>.+)$", rest, re.I)
            if rest and (_OUTLET_SUFFIX.search(rest) or known_outlet(rest)):  # 新京报 2022-08-16 21:05
                head.source = head.source or rest
            elif by or (rest and _NAME.fullmatch(rest) and not _ORG_WORDS.search(rest)):
                head.authors.extend(n for n in split_names(by["names"] if by else rest) if _NAME.fullmatch(n))
            elif len(rest) > 16:
                continue
            head.published = head.published or found[1]
            read += 1
        elif m := dates.outlet_line(part):  # 央视网消息（记者 吉克阿呷）
            head.source = head.source or (None if m["src"] in dates.THIS_OUTLET else m["src"])
            head.authors.extend(credit_names(m["credit"])[0])
            read += 1
        elif known_outlet(part):
            head.source = head.source or part
            read += 1
        elif (hit := match(part)) and hit[0].action == "drop":  # a widget beside the byline
            if hit[0].cls == "end-marks" and (m := _NAMED_SITE.match(part)):  # "Ouest-France avec AFP."
                head.labelled_source = head.labelled_source or m["site"]
            read += 1
        elif hit and hit[0].action in ("credit", "editor"):  # 香港商報記者 蔡嘉穎, beside the date
            writers, editors = credit_names(hit[1]["names"])
            (head.authors if hit[0].action == "credit" else head.editors).extend(writers)
            head.editors.extend(editors)
            read += 1
        elif m := _EDITOR_FIELD.match(part):
            head.editors.extend(split_names(m["names"]))
            read += 1
    return read > 0 and read >= len(fields) - 1


_RUN_ON_ANCHORS = re.compile(
    r"(?<=\s)(?=(?:Publié le|Mis à jour|Published:|Updated:|发布时间|来源[:：]|作者[:：]|责任编辑|相关阅读|相关新闻|相关报道|主办[:：]|"
    r"Articles liés|Related|Copyright|[\u4e00-\u9fff]{2,8}版权所有|[\u4e00-\u9fff]?ICP备|【打印】|\[Imprimer\]|"
    r"(?:Fin|Enditem)(?:\s+(?:Articles liés|Related)|\s*$)|(?:19|20)\d{2}-\d{2}-\d{2}\s+\d|[A-Z]{3,}, \d{1,2} \w+ \(|[A-Z]{3,}, \w+\.? \d{1,2} \())"
    r"|(?=(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,2}:\d{2}|来源[:：]|作者[:：]|责任编辑[:：]|审核[:：]|相关阅读|相关新闻|热点推荐|下载\S{1,8}客户端)"  # glued
    r"|(?<=[】\]])\s+(?=[^\s【\[])"  # after a row of bracketed widgets
    r"|(?<=\s报道)|(?<=\s報道)"  # 记者 某某 报道: the body starts here
    r"|\s+(?=(?-i:By [A-Z][a-z]+ [A-Z][a-z]+\b)|Print \||Imprimer \|)"
)


def _menu_prefix(line: str) -> int:
    """Length of the run of menu words (and the site's address) that opens ``line``."""
    menu = [p for p in rules() if p.action == "menu"]
    end = 0
    words = 0
    for m in re.finditer(r"\S+", line):
        token = m.group(0)
        if any(p.regex.search(token) for p in menu) or re.fullmatch(r"[\w-]+(\.[\w-]+)+|[A-Z][A-Z.]+|\d{1,4},?|\W+", token):
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
        if found := dates.find(out[0][:cut]):  # "NO. 34 AUGUST 25, 2022": the date
            out.insert(1, found[1])
        out[0] = out[0][cut:].strip()
    return out, removed


def owner_of(lines: list[str]) -> str | None:
    """Who the page's copyright line names, wherever it is printed."""
    for line in lines:
        if line and (hit := match(line)) and hit[0].cls == "copyright" and (owner := _owner(line)):
            return owner
    return None


def header_of(lines: list[str], known_outlet) -> Cleaned:
    """What the furniture lines above a page's main content say (nothing of them is kept)."""
    head = _Header()
    for line in lines:
        if line and not read_header(line, known_outlet, head) and (hit := match(line)) and hit[0].action in ("credit", "editor"):
            (head.authors if hit[0].action == "credit" else head.editors).extend(split_names(hit[1]["names"]))
    site = next((name for line in lines if line and (hit := match(line)) and hit[0].cls == "navigation" and (name := _site_name(line))), None)
    return Cleaned((), None, head.published, head.labelled_source or head.source, tuple(dict.fromkeys(head.authors)),
                   tuple(dict.fromkeys(head.editors)), None, (), frozenset(fired(lines)), site)


def _menu_words(line: str) -> bool:
    """A line of menu words separated by spaces ("首页 要闻 深度 视频", "Accueil Chine Monde")."""
    menu = [p for p in rules() if p.action == "menu"]
    words = [w for w in re.split(r"[\s|｜]+", line) if w]
    hits = sum(any(p.regex.search(w) for p in menu) for w in words)
    return len(line) <= DROP_MAX and hits >= 3 and hits >= 0.6 * len(words)


def _site_name(line: str) -> str | None:
    """The site's name opening a menu line: "Le Figaro | International | Économie | Culture"."""
    menu = [p for p in rules() if p.action == "menu"]
    first = re.split(r"\s*(?:[|｜]|>>?|»)\s*", line)[0].strip()
    if "|" not in line and "｜" not in line:  # "SHINE Metro Nation World Biz": the words before the menu
        words = line.split()
        lead = []
        for w in words:
            if any(p.regex.search(w) for p in menu):
                break
            lead.append(w)
        first = " ".join(lead)
    if not first or any(p.regex.search(first) for p in menu) or len(first) > 40:
        return None
    first = re.sub(r"(首页|首頁)$", "", first).strip()
    return first if len(first) >= 2 else None


def _masthead(line: str, known_outlet) -> bool:
    """A site's name or a section label above the headline: in capitals, or a known outlet."""
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", line)
    return (len(letters) >= 3 and letters.isupper()) or known_outlet(line)


def clean(text: str, known_outlet=lambda name: False, has_title: bool = False) -> Cleaned:
    """Apply every debris rule to ``text`` (decoded, HTML already extracted or stripped).

    ``known_outlet`` tells whether a name is an outlet of the vocabulary; ``has_title`` says the
    headline is already known (an HTML page's), so the header has none to give. The headline of
    a plain-text page is the longest line of its header that is not furniture.
    """
    head = _Header()
    kept: list[str] = []
    owner = site = None
    split, removed = _split_run_on(strip_markup(text))
    lines = [ln.strip() for ln in split]
    first_body = next((i for i, ln in enumerate(lines) if is_body(ln)), len(lines))
    candidates: list[int] = []  # header lines that may be the headline, as indices into kept

    def credit(action: str, names: str) -> None:
        writers, editors = credit_names(names)
        (head.authors if action == "credit" else head.editors).extend(writers)
        head.editors.extend(editors)

    for i, line in enumerate(lines):
        if not line:
            kept.append("")
            continue
        date_only = (found := dates.find(line)) and not _TIME.sub("", line[: found[0]] + line[found[2] :]).strip(" ,|·-")
        if (i < first_body or date_only or _LABELLED.search(line)) and read_header(line, known_outlet, head):
            removed.append(Removed("header", line))  # below the text too, where some pages print it
            continue
        hit = match(line)
        if hit and hit[0].action == "cut":
            removed.append(Removed(hit[0].name, line))
            removed.extend(Removed(hit[0].name, rest) for rest in lines[i + 1 :] if rest)
            owner = owner or next((o for rest in lines[i + 1 :] if (o := _owner(rest))), None)
            break
        if hit and hit[0].action in ("credit", "editor"):
            credit(hit[0].action, hit[1]["names"])
            removed.append(Removed(hit[0].name, line))
            continue
        if hit:
            if hit[0].cls == "copyright":
                owner = owner or _owner(line)
            if hit[0].cls in ("end-marks", "consent") and (m := _NAMED_SITE.match(line)):
                head.labelled_source = head.labelled_source or (m["site"] if hit[0].cls == "end-marks" else None)
                site = site or m["site"]  # "Ouest-France avec AFP.", "Le Monde utilise des cookies"
            if hit[0].cls == "navigation":
                site = site or _site_name(line)
            removed.append(Removed(hit[0].name, line))
            continue
        if _menu_words(line):
            site = site or _site_name(line)
            removed.append(Removed("menu-words", line))
            continue
        if (row := _widget_row(line)) is not None:  # 【打印】 【纠错】 浏览次数：2136
            for action, names in row:
                credit(action, names)
            removed.append(Removed("widget-row", line))
            continue
        if i < first_body and not has_title:
            if (candidates or has_title) and (bare := _BARE_NAME.match(line)) and not known_outlet(line):
                head.authors.extend(split_names(bare["name"]))  # a name alone under the headline: the byline
                removed.append(Removed("header-byline", line))
                continue
            if _masthead(line, known_outlet) and not is_body(line):
                site = site or line
                removed.append(Removed("masthead", line))
                continue
            if not is_body(line) and not re.search(r"[.。]$", line) and not re.match(r"^\\?[-*·•]\s", line):
                candidates.append(len(kept))
        elif i < first_body and (bare := _BARE_NAME.match(line)) and not known_outlet(line):
            head.authors.extend(split_names(bare["name"]))
            removed.append(Removed("header-byline", line))
            continue
        kept.append(line)
    headline = None
    if candidates:
        best = max(candidates, key=lambda k: (len(kept[k]), -k))
        headline = kept[best]
        for k in candidates:  # the headline goes to the title; short labels beside it are furniture
            if k == best or len(kept[k]) < (12 if _is_cjk(kept[k]) else 25):
                if k != best:
                    removed.append(Removed("header-label", kept[k]))
                    site = site or kept[k]
                kept[k] = ""
    while kept and not kept[-1]:
        kept.pop()
    while kept and not kept[0]:
        kept.pop(0)
    authors = [a for a in dict.fromkeys(head.authors) if a not in head.editors]
    return Cleaned(tuple(kept), headline, head.published, head.labelled_source or head.source, tuple(authors),
                   tuple(dict.fromkeys(head.editors)), owner, tuple(removed), frozenset(fired(lines)), site)


def _owner(line: str) -> str | None:
    """Who a copyright line names ("© 2019 Le Temps SA", "XINHUANET.com", "版权所有：西藏日报社",
    or the name heading a footer row: "Suzhou Riverside Hospital · 88 Binhe Road · Copyright ©")."""
    if m := _OWNER_ZH.search(line):
        return (m["owner"] or m["owner2"]).strip()
    if m := _OWNER.search(line):
        return m["owner"].strip()
    first = re.split(r"\s+[·|•]\s+", line)[0].strip()
    if first != line.strip() and re.fullmatch(r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,5}", first):
        return first
    return None


def _widget_row(line: str) -> list[tuple[str, str]] | None:
    """A row made only of widgets and credits ("【打印】 【纠错】 浏览次数：2136"): the credits
    in it, or None when some part of it is text."""
    if len(line) > DROP_MAX:
        return None
    parts = [p.strip() for p in re.split(r"[【\[\]】]|\s{2,}|\u3000|\s*[|｜]\s*", line) if p.strip()]
    if len(parts) < 2:
        return None
    credits = []
    for part in parts:
        hit = match(part)
        if hit is None:
            return None
        if hit[0].action in ("credit", "editor"):
            credits.append((hit[0].action, hit[1]["names"]))
    return credits


def fired(lines: list[str]) -> set[str]:
    """Every debris pattern that matches some line (menu words: some word of a short line),
    whichever rule removed it."""
    out = {p.name for line in lines if line for p in rules() if p.action != "menu" and len(line) <= p.max_chars and p.regex.search(line)}
    menu = [p for p in rules() if p.action == "menu"]
    for line in lines:
        if line and len(line) <= DROP_MAX:
            out |= {p.name for word in re.split(r"[\s|｜>/]+", line) if word for p in menu if p.regex.search(word)}
    return out
