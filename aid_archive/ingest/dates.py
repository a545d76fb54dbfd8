"""Dates and datelines written in the article, in Chinese, French and English.

Month names come from Babel's locale data, so a new Latin-script language needs no new table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_month_names

from ..models import PartialDate

_ZH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号])?)?")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")


@cache
def months(lang: str) -> dict[str, int]:
    """Month names (wide and abbreviated, lower case, without trailing dots) → number."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            names[name.lower().rstrip(".")] = number
    return names


@cache
def _latin_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted(map(re.escape, months(lang)), key=len, reverse=True))
    day = r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?"
    return (
        # 14 juillet 2023, du 14 au 18 juillet 2023, 14 July 2023
        re.compile(rf"(?<!\d){day}(?:\s*(?:au|à|et|to|-|–)\s*\d{{1,2}}(?:er)?)?\s+(?P<mn>{month})\.?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
        # July 14, 2023
        re.compile(rf"\b(?P<mn>{month})\.?\s+{day},?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
        # juillet 2023, July 2023
        re.compile(rf"\b(?P<mn>{month})\.?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
        # en 2022, in 2022
        re.compile(r"\b(?:en|in)\s+(?P<y>(?:19|20)\d{2})\b", re.I),
    )


@cache
def _header_patterns() -> tuple[re.Pattern[str], ...]:
    """Dates as page headers print them, in any of the archive's languages (Babel's month names)."""
    names = {**months("en"), **months("fr")}
    month = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    year = r"(?P<y>(?:19|20)\d{2})"
    return (
        # 2019-08-12 16:35, 2019/08/12, 2019.08.12, 2020年3月5日, 2020年03月05日08:21
        re.compile(rf"(?<!\d){year}\s*(?:[-/.]|年)\s*(?P<m>\d{{1,2}})\s*(?:[-/.]|月)\s*(?P<d>\d{{1,2}})(?!\d)"),
        # 12/09/2019, 14-10-2021, 14.10.2021: day first (the order of fr and zh, and of most outlets)
        re.compile(rf"(?<![\d/.-])(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.]{year}(?!\d)"),
        # 23-Apr-2023, 06-juin-2022, 5 mars 2020, 14 July 2023
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?[-\s](?P<mn>{month})\.?[-\s,]+{year}\b", re.I),
        # Sep 27, 2022; December 02, 2019
        re.compile(rf"\b(?P<mn>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}\b", re.I),
        # July 2018, juillet 2018
        re.compile(rf"\b(?P<mn>{month})\.?\s+{year}\b", re.I),
        # 2020年3月, 2019年
        re.compile(rf"{year}\s*年(?:\s*(?P<m>\d{{1,2}})\s*月)?"),
    )


def find(text: str) -> tuple[int, str, int] | None:
    """The first date of a header field: (start, ISO partial date, end), or None."""
    names = {**months("en"), **months("fr")}
    best = None
    for pattern in _header_patterns():
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = names.get((g.get("mn") or "").lower().rstrip(".")) if g.get("mn") else g.get("m")
            if g.get("m") and g.get("d") and pattern is _header_patterns()[1] and int(g["m"]) > 12 >= int(g["d"]):
                month, g["d"] = g["d"], g["m"]  # 09/27/2022: the month came first
            date = _partial(g["y"], month, g.get("d"))
            if date and (best is None or m.start() < best[0]):
                best = (m.start(), date.iso, m.end())
            break
    return best


def first_date(text: str, lang: str) -> PartialDate | None:
    """The first date with a year in ``text``, as precise as written."""
    found: list[tuple[int, PartialDate]] = []
    for m in (*_ZH.finditer(text), *_ISO.finditer(text)):
        found.append((m.start(), _partial(m["y"], m["m"], m["d"])))
    if lang != "zh":
        for pattern in _latin_patterns(lang if lang in ("fr", "en") else "en"):
            for m in pattern.finditer(text):
                groups = m.groupdict()
                mn = months(lang if lang in ("fr", "en") else "en").get((groups.get("mn") or "").lower().rstrip("."))
                found.append((m.start(), _partial(m["y"], mn, groups.get("d"))))
    valid = [(pos, d) for pos, d in found if d is not None]
    if not valid:
        return None
    first = min(pos for pos, _ in valid)
    return max((d for pos, d in valid if pos == first), key=lambda d: (d.month is not None, d.day is not None))


def _partial(y: str | None, m: str | int | None, d: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse("-".join(f"{int(v):02d}" for v in (y, m, d) if v))
    except ValueError:
        return None


@dataclass(frozen=True)
class Dateline:
    """The opening of a wire story: "People's Daily Online, Taiyuan, January 14 (Reporter Ma Lu)"."""

    text: str | None  # place and date as printed, e.g. "Taiyuan, January 14"
    source: str | None
    credit: str | None
    end: int  # where the story itself starts in the paragraph


_ZH_DATELINE = re.compile(
    r"^(?P<head>[\u4e00-\u9fff·]{2,16}?)(?P<date>\d{1,2}月\d{1,2}日)(?:电|電|讯|訊|消息)\s*(?:[（(](?P<credit>[^）)]{1,60})[）)])?\s*"
)
# 天山网讯（记者 …）, 央视网消息（记者 …）: an outlet's own story, without place or date
_ZH_OUTLET_LINE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff]{2,10}?)(?:网讯|網訊|讯|訊|消息)\s*[（(](?P<credit>[^）)]{1,60})[）)]\s*"
    r"|^【(?P<src2>[\u4e00-\u9fff]{2,10}?)(?:网讯|網訊|讯|訊)】\s*(?:文、圖|文、图|文/图|文)?[:：]?\s*(?P<credit2>[^：:。]{2,30}?(?:報道|报道))[：:]\s*"
)


THIS_OUTLET = {"本报", "本網", "本网", "本台", "本刊", "本報"}


def outlet_line(text: str) -> re.Match[str] | None:
    """"央视网消息（记者 吉克阿呷）" alone on its line: the outlet and the credit."""
    m = _ZH_OUTLET_LINE.match(text)
    return m if m and m["src"] and m.end() == len(text.strip()) else None


_OUTLET_ONLY = re.compile(r"^\((?P<src>[^()]{2,40})\)\s*(?:--|—|–)\s*")  # "(ECNS) -- …"


@cache
def _latin_datelines(lang: str) -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted(map(re.escape, months(lang)), key=len, reverse=True))
    date = rf"(?:(?:{month})\.?\s+\d{{1,2}}|\d{{1,2}}(?:er)?\s+(?:{month}))"
    credit = r"(?:\s*\((?P<credit>[^)]{2,80})\))?"
    return (
        # People's Daily Online, Taiyuan, January 14 (Reporter Ma Lu)
        re.compile(rf"^(?P<src>[A-Z][^,()]{{2,60}}?),\s*(?P<place>[A-ZÀ-Ý][\w'’ .-]{{1,40}}),\s*(?P<date>{date}){credit}\s*[-—–:]*\s*", re.I),
        # BEIJING, Jan. 14 (Xinhua) --
        re.compile(rf"^(?P<place>[A-ZÀ-Ý][\w'’ .-]{{1,40}}),\s*(?P<date>{date})\s*\((?P<src>[^)]{{2,60}})\)\s*[-—–:]+\s*", re.I),
    )


def month_day(text: str, lang: str) -> tuple[int, int] | None:
    """The month and day a dateline prints ("7月2日", "Aug. 3", "12 septembre")."""
    if m := re.search(r"(\d{1,2})月(\d{1,2})日", text):
        return int(m[1]), int(m[2])
    names = months(lang if lang in ("fr", "en") else "en")
    month = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    if m := re.search(rf"\b(?P<mn>{month})\.?\s+(?P<d>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})(?:er)?\s+(?P<mn2>{month})\b", text, re.I):
        number = names.get((m["mn"] or m["mn2"]).lower().rstrip("."))
        day = int(m["d"] or m["d2"])
        if number and 1 <= day <= 31:
            return number, day
    return None


def dateline(paragraph: str, lang: str) -> Dateline | None:
    """Read the dateline at the start of the first paragraph, if it has one."""
    if lang == "zh":
        if m := _ZH_DATELINE.match(paragraph):
            return Dateline(f"{m['head']}{m['date']}", None, m["credit"], m.end())
        if m := _ZH_OUTLET_LINE.match(paragraph):  # 本报讯: "this paper", no outlet named
            src, credit = m["src"] or m["src2"], m["credit"] or m["credit2"]
            return Dateline(None, None if src in THIS_OUTLET else src, credit, m.end())
        return None
    if m := _OUTLET_ONLY.match(paragraph):
        return Dateline(None, m["src"], None, m.end())
    for pattern in _latin_datelines(lang if lang in ("fr", "en") else "en"):
        if m := pattern.match(paragraph):
            groups = m.groupdict()
            return Dateline(f"{m['place'].strip()}, {m['date']}", groups.get("src"), groups.get("credit"), m.end())
    return None
