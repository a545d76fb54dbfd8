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
from pathlib import Path

import opencc
import yaml
from pypinyin import lazy_pinyin

from ..vocab import Vocabulary

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "林区", "省", "市", "盟", "州", "县", "区", "旗")
# China's 56 nationalities, as autonomous divisions name them (黔东南苗族侗族自治州 → 黔东南州)
_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
    "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
    "塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
_ETHNIC_AUTONOMOUS = re.compile(rf"^(?P<base>[\u4e00-\u9fff]{{2,5}}?)(?:(?:{_ETHNIC})族?)+自治(?P<kind>县|旗|州)$")
_GENERIC = {"城区", "郊区", "矿区", "新区", "市辖区", "县", "开发区", "市中区", "东区", "西区", "南区", "北区", "中区"}
_LATIN_SUFFIX = r"(?:\s+(?:City|County|Prefecture|District|Autonomous Prefecture|League|province|Province))"
_LATIN_PLACE_BEFORE = re.compile(r"(?:\b(?:in|to|at|from|of|à|a|au|aux|en|vers|dans|de|du|near|près de)\s+)$", re.I)
CUES = Path(__file__).with_name("cues.yaml")


@dataclass(frozen=True)
class Cue:
    """One direction cue of cues.yaml."""

    name: str
    kind: str  # "dest" or "origin"
    side: str  # "before" or "after"
    weight: float
    regex: re.Pattern[str]


@cache
def cues(path: Path = CUES) -> dict[str, tuple[Cue, ...]]:
    """The cues of each language (``zh``, ``en``, ``fr``)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[Cue, ...]] = {}
    for lang in ("zh", "en", "fr"):
        pre = raw.get(f"pre_{lang}", "")
        out[lang] = tuple(
            Cue(c["name"], c["kind"], c["side"], float(c["weight"]), re.compile(c["pattern"].replace("{pre}", pre), re.I))
            for c in raw[lang]
        )
    return out


@dataclass(frozen=True)
class Mention:
    """One place name found in the text, mapped to its province, with the cues around it."""

    region: str
    name: str
    start: int
    dest: float = 0.0
    origin: float = 0.0
    cues: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "dest" if self.dest > self.origin else "origin" if self.origin > self.dest else "plain"


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
    """Pinyin of prefectures and counties (e.g. Taiyuan, Yuanqu) → region slug. A spelling shared
    by several places goes to the prefecture-level city when exactly one of them is one (Wuxi is
    无锡, not 巫溪县); otherwise it is left out."""
    by_adcode = dict(vocab_key)
    candidates: dict[str, set[tuple[str, bool]]] = {}
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
            candidates.setdefault(variant, set()).add((region, code[4:6] == "00"))
    out = {}
    for name, found in candidates.items():
        regions = {r for r, _ in found}
        prefectures = {r for r, top in found if top}
        if len(regions) == 1:
            out[name] = next(iter(regions))
        elif len(prefectures) == 1 and sum(top for _, top in found) == 1:
            out[name] = next(iter(prefectures))
    return out


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _weigh(region: str, text: str, start: int, end: int, langs: tuple[str, ...], reach: int) -> Mention:
    """The mention with the cues of ``langs`` found just before and just after it."""
    before, after = text[max(0, start - reach) : start], text[end : end + reach]
    dest = origin = 0.0
    fired = []
    for lang in langs:
        for cue in cues()[lang]:
            if cue.regex.search(before if cue.side == "before" else after):
                fired.append(cue.name)
                if cue.kind == "dest":
                    dest += cue.weight
                else:
                    origin += cue.weight
    return Mention(region, text[start:end], start, dest, origin, tuple(fired))


@cache
def _aliases(vocab_key: tuple[tuple[str, str], ...], extra: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Curated romanizations (vocab/places.yaml) → region slug, through the gazetteer."""
    zh = _zh_names(vocab_key)
    by_adcode = dict(vocab_key)
    full = {name: by_adcode.get(code[:2]) for name, code in gazetteer()}
    out = {}
    for latin, chinese in extra:
        region = full.get(chinese) or zh.get(chinese)
        if region:
            out[_fold(latin).lower()] = region
    return out


def mentions(text: str, vocab: Vocabulary, lang: str | None = None) -> list[Mention]:
    """Every place mention in ``text`` with the direction cues around it."""
    key = tuple((t.adcode or "", slug) for slug, t in vocab.regions.items())
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: Mention, end: int) -> None:
        if any(s < end and mention.start < e for s, e in taken):
            return
        taken.append((mention.start, end))
        found.append(mention)

    # 1. Aid shorthands: 援滇 names the destination.
    for slug, term in vocab.regions.items():
        for word in term.aid:
            for m in re.finditer(re.escape(word), text):
                add(Mention(slug, word, m.start(), 3.0, 0.0, ("zh/dest/aid-shorthand",)), m.end())
    # 2. One-character short names after a cue: 赴滇, 进藏, 入疆.
    for slug, term in vocab.regions.items():
        for short in term.short:
            for m in re.finditer(rf"(?<=[赴进入援驻])({re.escape(short)})(?![\u4e00-\u9fff]{{0,1}}[族语文])", text):
                add(Mention(slug, short, m.start(), 3.0, 0.0, ("zh/dest/short-name",)), m.end())
    # 3. Chinese names from the gazetteer and the vocabulary, longest first.
    zh = dict(_zh_names(key))
    zh.update({t.name.zh: slug for slug, t in vocab.regions.items() if t.name.zh})
    if zh:
        pattern = re.compile("|".join(sorted(map(re.escape, zh), key=len, reverse=True)))
        for m in pattern.finditer(text):
            add(_weigh(zh[m.group(0)], text, m.start(), m.end(), ("zh",), 8), m.end())
    # 4. Latin spellings: vocabulary names, aliases and curated romanizations anywhere; pinyin
    #    of smaller places only with a place cue ("in Taiyuan", "Yuanqu County").
    folded = _fold(text)
    latin = {_fold(a).lower(): slug for slug, t in vocab.regions.items() for a in (*t.aliases, t.name.en or "", t.name.fr or "") if a}
    latin.update(_aliases(key, tuple(sorted(vocab_places(vocab).items()))))
    langs = (lang,) if lang in ("en", "fr") else ("en", "fr")
    for m in re.finditer(r"\b[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*", folded):
        known = _latin_in(m.group(0), m.start(), latin)
        for slug, start, end in known:
            add(_weigh(slug, folded, start, end, langs, 90), end)
        for slug, start, end in _pinyin_in(m.group(0), m.start(), _latin_names(key)):
            if any(s < end and start < e for _, s, e in known):
                continue
            mention = _weigh(slug, folded, start, end, langs, 90)
            # a pinyin word is a place only with a cue: "in Taiyuan", "Yuanqu County", "Dalian doctors"
            if mention.cues or re.match(_LATIN_SUFFIX, folded[end:]) or _LATIN_PLACE_BEFORE.search(folded[max(0, start - 12) : start]):
                add(mention, end)
                break
    return sorted(found, key=lambda x: x.start)


def _latin_in(phrase: str, start: int, names: dict[str, str]) -> list[tuple[str, int, int]]:
    """The runs of words of a capitalised phrase that are known names, longest first."""
    words = [(w.start(), w.end()) for w in re.finditer(r"[^ -]+", phrase)]
    out: list[tuple[str, int, int]] = []
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            if any(s < oe and os < e for _, os, oe in out):
                continue
            if (region := names.get(phrase[s:e].lower())) is not None:
                out.append((region, s, e))
    return [(r, start + s, start + e) for r, s, e in sorted(out, key=lambda x: x[1])]


def _pinyin_in(phrase: str, start: int, names: dict[str, str]) -> list[tuple[str, int, int]]:
    """The words of a capitalised phrase that are the pinyin of a prefecture or county."""
    out = []
    offset = start
    for word in re.split(r"([ -])", phrase):
        region = names.get(word.replace("’", "'"))
        if region:
            out.append((region, offset, offset + len(word)))
        offset += len(word)
    return out


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    """Traditional characters as simplified ones (OpenCC), so the gazetteer reads 廣東 as 广东."""
    return _converter().convert(text) if re.search(r"[\u4e00-\u9fff]", text) else text


def vocab_places(vocab: Vocabulary) -> dict[str, str]:
    return dict(getattr(vocab, "places", None) or {})


def detect(text: str, vocab: Vocabulary, headline: str | None = None, lang: str | None = None) -> Places:
    """The region: most destination evidence; the origin: most sender evidence among the other
    regions, and null when no cue names a sender (never the region itself)."""
    text = text if headline is None else f"{headline}\n{text}"
    found = mentions(_simplified(text) if lang in (None, "zh") else text, vocab, lang)
    if not found:
        return Places(None, None, ())
    dest, origin, plain = Counter(), Counter(), Counter()
    for m in found:
        dest[m.region] += m.dest
        origin[m.region] += m.origin
        plain[m.region] += 1
    first_seen = {m.region: i for i, m in reversed(list(enumerate(found)))}
    regions = sorted(first_seen, key=lambda r: (-(dest[r] - origin[r] + 0.5 * plain[r]), first_seen[r]))
    region = regions[0]
    senders = [r for r in regions if r != region and origin[r] > 0]
    senders.sort(key=lambda r: (-(origin[r] - dest[r] / 2), -plain[r], first_seen[r]))
    return Places(region, senders[0] if senders else None, tuple(found))
