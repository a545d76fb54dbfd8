"""Bytes of a scraped file → clean Unicode text with LF line ends.

When the bytes are not UTF-8, every candidate encoding that decodes them (charset-normalizer's
guesses and the legacy code pages news sites use) is judged by the quality of its result: ftfy's
badness (mojibake sequences), C1 control characters, words the language's lexicon knows
(wordfreq) for Latin scripts, and the share of common characters for Chinese (the first levels of
GB2312 and Big5). The best-judged decoding wins, so cp1252 vs latin-1 vs cp852, GBK vs Big5 and
UTF-16 without a byte order mark are decided by what the text says, not by byte statistics alone.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache

import charset_normalizer
import ftfy
from ftfy.badness import badness
from wordfreq import zipf_frequency

from .language import language


class SeedError(ValueError):
    """A seed that cannot be read as text; the message says why."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")
_INSIDE = re.compile(r"(?<=[^\W\d_])([^\w\s\-'’.,;:!?()«»\"/&])(?=[^\W\d_])|(?<=\d )([¤½¼¾])")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Legacy encodings of news pages in Chinese, English and French, tried besides the detector's.
LEGACY = ("gb18030", "big5", "cp1252", "latin-1", "cp1250", "cp1251", "iso-8859-15", "cp852", "shift_jis")


def detect(data: bytes) -> str:
    """Name the encoding of ``data``: a BOM, strict UTF-8, else the best-judged candidate."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        wide = [enc for enc in ("utf-16-le", "utf-16-be") if _decodes(data, enc) and _printable(data.decode(enc))]
        if not wide:
            raise SeedError("looks binary (NUL bytes) and has no UTF-16/32 byte order mark; expected text")
        return max(wide, key=lambda enc: quality(data.decode(enc)))
    guesses = [m.encoding for m in charset_normalizer.from_bytes(data)]
    candidates = list(dict.fromkeys(enc for enc in (*LEGACY, *guesses) if _decodes(data, enc)))  # equal texts: the common code page
    if not candidates:
        raise SeedError("is not text in any known encoding; expected UTF-8, GB18030, or another text encoding")
    return max(candidates, key=lambda enc: (quality(data.decode(enc)), -candidates.index(enc)))


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _printable(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= max(8, len(text) // 100)


@cache
def _common_hanzi(char: str) -> bool:
    """A character of GB2312 level 1 or Big5 level 1: the common characters of either script."""
    try:
        gb = char.encode("gb2312")
        if 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = char.encode("big5")
        return 0xA440 <= int.from_bytes(big5, "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


def quality(text: str) -> float:
    """How much a decoding reads like text: higher is better (about 0 … 1)."""
    sample = text[:20000]
    size = max(len(sample), 1)
    inside = sum(unicodedata.category(m[1] or m[2])[0] in "SN" for m in _INSIDE.finditer(sample))  # c½ur, 2 500 ¤
    penalty = (20 * badness(sample) + 5 * len(_C1.findall(sample)) + 5 * len(_CONTROL.findall(sample)) + 10 * inside) / size
    hanzi = _CJK.findall(sample)
    if len(hanzi) > 20:
        return sum(map(_common_hanzi, hanzi)) / len(hanzi) - penalty
    words = list(dict.fromkeys(w for w in re.findall(r"[^\W\d_]+", sample) if not w.isascii()))[:200]
    if not words:
        return 1.0 - penalty
    lang = language(sample)[0]
    lang = lang if lang in ("en", "fr", "de", "es", "it", "pt", "pl", "cs", "ru", "nl") else "en"
    known = sum(zipf_frequency(w.lower(), lang) > 0 for w in words) / len(words)
    return known - penalty


def decode(data: bytes) -> str:
    """Decode, fix mojibake (double-encoded UTF-8) with ftfy, normalise to NFC and LF line ends."""
    if not data.strip():
        raise SeedError("is empty; expected the text of a scraped article")
    encoding = detect(data)
    text = data.decode(encoding)
    if not _printable(text):
        raise SeedError(f"looks binary (control characters after decoding as {encoding}); expected text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, normalization="NFC")
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise SeedError("has no visible text; expected the text of a scraped article")
    return text
