"""Cleaned lines → the article's structure: headline, paragraphs, photo captions."""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{CJK}]")
_FULLWIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
# Half-width punctuation touching a Chinese character ("9:30" between digits is left alone).
_CJK_PUNCT = re.compile(f"(?<=[{CJK}”」』）])([,:;!?])|([,:;!?])(?=[{CJK}“「『（])")
# "County.Photo courtesy": a sentence end glued to the next sentence.
_GLUED = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"[.!?。！？…\"”»」』)）]$")
CAPTION = re.compile(
    r"^(图为|图片|照片|组图|视频)|[（(](摄|供图|图片来源|资料图|图)[^）)]*[）)]|(摄影|供图|摄)\s*$|图片由.{1,20}提供"
    r"|\bphotos?\s*(courtesy|by|credit|:)|\(photo\b|crédit photo|\bphoto\s*:|©\s*\w"
    r"|[（(](à |a )?(droite|gauche|au centre|left|right|centre|center|front|middle)[）)]"
    r"|[（(][左右中前后][一二三四五六七八九]?[）)]",
    re.I,
)
CAPTION_MAX = 260  # captions are short


@dataclass(frozen=True)
class Structure:
    """The article: an optional headline and its paragraphs, some marked as captions."""

    headline: str | None
    paragraphs: tuple[str, ...]
    captions: frozenset[int]  # indices into paragraphs

    @property
    def text_paragraphs(self) -> tuple[str, ...]:
        return tuple(p for i, p in enumerate(self.paragraphs) if i not in self.captions)


def is_cjk(text: str) -> bool:
    return len(_CJK_CHAR.findall(text)) > len(text) / 4


def typography(line: str) -> str:
    """Undo common flattening: full-width punctuation in Chinese, a space after glued sentences."""
    line = _CJK_PUNCT.sub(lambda m: _FULLWIDTH[m.group(1) or m.group(2)], line)
    return _GLUED.sub(". ", line)


def paragraphs(lines: tuple[str, ...]) -> list[str]:
    """One paragraph per line; a Latin line broken mid-sentence joins the next one."""
    out: list[str] = []
    joinable = False
    for line in lines:
        if not line:
            joinable = False
            continue
        if joinable and out and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = not is_cjk(line) and not _SENTENCE_END.search(line)
    return [typography(p) for p in out]


def _is_headline(first: str, rest: list[str]) -> bool:
    if not rest or (_SENTENCE_END.search(first) and not first.endswith(("”", '"', "」", "』"))):
        return False
    limit = 50 if is_cjk(first) else 160
    return len(first) <= limit and len(first) < max(len(p) for p in rest)


def captions(paras: list[str]) -> frozenset[int]:
    """Indices of photo captions: short paragraphs with a photo credit, a "图为" opening or a
    position marker ("(à droite)", "（左一）")."""
    return frozenset(i for i, p in enumerate(paras) if len(p) <= CAPTION_MAX and CAPTION.search(p))


def structure(lines: tuple[str, ...], headline: str | None = None) -> Structure:
    """Paragraphs and captions; the headline when given (a page's or a header's), else the first
    paragraph when it reads as one."""
    paras = paragraphs(lines)
    if headline is None and paras and _is_headline(paras[0], paras[1:]):
        headline, paras = paras[0], paras[1:]
    return Structure(headline, tuple(paras), captions(paras))
