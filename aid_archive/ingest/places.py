"""Where the aid went (``region``) and who sent it (``origin``), as province-level slugs.

Places are found with a gazetteer of China's administrative divisions (the adcode table that
ships with the ``cpca`` package: provinces, prefectures and counties, each with its national
division code whose first two digits name the province), the vocabulary's province names,
aliases and aid shorthands (援疆, 援藏 …), and pinyin spellings of prefectures and counties
(pypinyin) for articles in French and English. Cues around each mention say whether it is a
destination ("赴滇", "au Tibet", "援滇") or a sender ("来自", "de Pékin", a hospital's city).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import metadata

from pypinyin import lazy_pinyin

from ..vocab import Vocabulary

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "林区", "省", "市", "盟", "州", "县", "区", "旗")
_ETHNIC_AUTONOMOUS = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]{1,4}族)+自治(?P<kind>县|旗)$")
_GENERIC = {"城区", "郊区", "矿区", "新区", "市辖区", "县", "开发区", "市中区", "东区", "西区", "南区", "北区", "中区"}
_LATIN_SUFFIX = r"(?:\s+(?:City|County|Prefecture|District|Autonomous Prefecture))"
_LATIN_PLACE_BEFORE = re.compile(r"(?:\b(?:in|to|at|from|of|à|au|aux|en|vers|dans|de|near|près de)\s+)$", re.I)
_HOSPITAL_AFTER = re.compile(r"^\s*(?:市|省|区|县)?[\u4e00-\u9fff]{0,12}?(?:医院|大学|医学院|卫健委|卫生健康委|疾控)")
_INSTITUTION_LATIN = re.compile(
    r"(h[oô]pital|hospital|universit[yé]|university|commission|institut|centre|center|clinic|clinique)[^.;,]{0,60}$", re.I
)
_DEST_BEFORE_ZH = re.compile(r"(赴|前往|奔赴|进驻|驻|入|进|援|支援|到|抵达|来到|深入|走进|对口支援)$")
_ORIGIN_BEFORE_ZH = re.compile(r"(来自|从|由)$")
_DEST_BEFORE_LATIN = re.compile(
    r"\b(?:to|into|in|au|aux|en|vers|dans|à|arrived in|se rendre au|se rendre à|sent to|envoyés? au)\s+(?:the\s+|le\s+|la\s+)?$", re.I
)
_ORIGIN_BEFORE_LATIN = re.compile(r"\b(?:from|de|d'|des|du|venus? de|venues? de|originaires? de)\s*$", re.I)


@dataclass(frozen=True)
class Mention:
    """One place name found in the text, mapped to its province."""

    region: str
    name: str
    start: int
    kind: str  # "dest" (a destination cue), "origin" (a sender cue) or "plain"


@dataclass(frozen=True)
class Places:
    region: str | None
    origin: str | None
    mentions: tuple[Mention, ...]


@cache
def gazetteer() -> tuple[tuple[str, str], ...]:
    """(name, adcode) of every division in the gazetteer shipped by ``cpca``."""
    dist = metadata.distribution("cpca")
    path = next(f for f in dist.files or () if f.name == "adcodes.csv")
    reader = csv.DictReader(io.StringIO(dist.locate_file(path).read_text(encoding="utf-8")))
    return tuple((row["name"], row["adcode"][:6]) for row in reader)


def _strip_suffix(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def _zh_names(vocab_key: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Chinese place name → region slug, ambiguous names left out."""
    by_adcode = dict(vocab_key)
    candidates: dict[str, set[str]] = {}

    def add(name: str, region: str) -> None:
        if len(name) >= 2 and name not in _GENERIC:
            candidates.setdefault(name, set()).add(region)

    for name, code in gazetteer():
        region = by_adcode.get(code[:2])
        if not region:
            continue
        level_prefecture = code[2:4] != "00" and code[4:6] == "00"
        add(name, region)
        if m := _ETHNIC_AUTONOMOUS.match(name):  # 墨江哈尼族自治县 → 墨江县
            add(m["base"] + m["kind"], region)
        if code[2:] == "0000" or level_prefecture:  # provinces and prefectures go by short names
            add(_strip_suffix(name), region)
    return {name: next(iter(regions)) for name, regions in candidates.items() if len(regions) == 1}


@cache
def _latin_names(vocab_key: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Pinyin of prefectures and counties (e.g. Taiyuan, Yuanqu) → region slug, unambiguous only."""
    by_adcode = dict(vocab_key)
    candidates: dict[str, set[str]] = {}
    for name, code in gazetteer():
        region = by_adcode.get(code[:2])
        if not region or code[2:4] == "00":
            continue
        base = _strip_suffix(name)
        if m := _ETHNIC_AUTONOMOUS.match(name):
            base = m["base"]
        syllables = lazy_pinyin(base)
        if len(syllables) < 2:
            continue
        spelled = "".join(syllables).capitalize()
        apostrophe = syllables[0] + "".join(("'" + s) if s[0] in "aeo" else s for s in syllables[1:])
        for variant in {spelled, apostrophe.capitalize()}:
            candidates.setdefault(variant, set()).add(region)
    return {name: next(iter(r)) for name, r in candidates.items() if len(r) == 1}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def mentions(text: str, vocab: Vocabulary) -> list[Mention]:
    """Every place mention in ``text`` with its cue."""
    key = tuple((t.adcode or "", slug) for slug, t in vocab.regions.items())
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(region: str, start: int, end: int, kind: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(Mention(region, text[start:end], start, kind))

    # 1. Aid shorthands: 援滇 names the destination.
    for slug, term in vocab.regions.items():
        for word in term.aid:
            for m in re.finditer(re.escape(word), text):
                add(slug, m.start(), m.end(), "dest")
    # 2. One-character short names after a cue: 赴滇, 进藏, 入疆.
    for slug, term in vocab.regions.items():
        for short in term.short:
            for m in re.finditer(rf"(?<=[赴进入援驻])({re.escape(short)})(?![\u4e00-\u9fff]{{0,1}}[族语文])", text):
                add(slug, m.start(), m.end(), "dest")
    # 3. Chinese names from the gazetteer and the vocabulary, longest first.
    zh = dict(_zh_names(key))
    zh.update({t.name.zh: slug for slug, t in vocab.regions.items() if t.name.zh})
    if zh:
        pattern = re.compile("|".join(sorted(map(re.escape, zh), key=len, reverse=True)))
        for m in pattern.finditer(text):
            before, after = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 16]
            kind = "dest" if _DEST_BEFORE_ZH.search(before) else "origin" if _ORIGIN_BEFORE_ZH.search(before) or _HOSPITAL_AFTER.match(after) else "plain"
            add(zh[m.group(0)], m.start(), m.end(), kind)
    # 4. Latin spellings: vocabulary names and aliases anywhere; pinyin of smaller places only
    #    with a place cue ("in Taiyuan", "Yuanqu County").
    folded = _fold(text)
    latin = {_fold(a).lower(): slug for slug, t in vocab.regions.items() for a in (*t.aliases, t.name.en or "", t.name.fr or "") if a}
    for m in re.finditer(r"\b[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*", folded):
        words = m.group(0)
        slug = latin.get(words.lower()) or next((latin[w.lower()] for w in re.split(r"[ -]", words) if w.lower() in latin), None)
        start, end = m.start(), m.end()
        if slug is None:
            hit = _pinyin_in(folded, start, words, _latin_names(key))
            if hit is None:
                continue
            slug, start, end = hit
        before = folded[max(0, start - 30) : start]
        institution = _INSTITUTION_LATIN.search(folded[max(0, start - 70) : start])
        kind = "dest" if _DEST_BEFORE_LATIN.search(before) else "origin" if institution or _ORIGIN_BEFORE_LATIN.search(before) else "plain"
        add(slug, start, end, kind)
    return sorted(found, key=lambda x: x.start)


def _pinyin_in(text: str, start: int, phrase: str, names: dict[str, str]) -> tuple[str, int, int] | None:
    """A pinyin place name in a capitalised phrase, when a cue says it is a place."""
    offset = start
    for word in re.split(r"([ -])", phrase):
        region = names.get(word.replace("’", "'"))
        end = offset + len(word)
        if region and (
            re.match(_LATIN_SUFFIX, text[end:]) or _LATIN_PLACE_BEFORE.search(text[max(0, offset - 12) : offset])
        ):
            return region, offset, end
        offset = end
    return None


def detect(text: str, vocab: Vocabulary, headline: str | None = None) -> Places:
    """Pick the region (most destination evidence) and the origin (most sender evidence)."""
    found = mentions(text if headline is None else f"{headline}\n{text}", vocab)
    if not found:
        return Places(None, None, ())
    dest, origin, plain = Counter(), Counter(), Counter()
    for m in found:
        {"dest": dest, "origin": origin, "plain": plain}[m.kind][m.region] += 1
    first_seen = {m.region: i for i, m in reversed(list(enumerate(found)))}
    regions = sorted(first_seen, key=lambda r: (-(3 * dest[r] + plain[r]), -origin[r], first_seen[r]))
    region = regions[0]
    senders = [r for r in regions if r != region and (origin[r] or plain[r])]
    senders.sort(key=lambda r: (-(2 * origin[r] + plain[r]), first_seen[r]))
    sender = senders[0] if senders else None  # never the region itself: unknown stays null
    return Places(region, sender, tuple(found))
