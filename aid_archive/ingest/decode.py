"""Bytes of a scraped file → clean Unicode text with LF line ends."""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy
import py3langid
from wordfreq import zipf_frequency


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


def detect(data: bytes) -> str:
    """Name the encoding of ``data``: a BOM, strict UTF-8, else charset-normalizer's best guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise SeedError("looks binary (NUL bytes) and has no UTF-16/32 byte order mark; expected text")
    matches = [m.encoding for m in charset_normalizer.from_bytes(data)]
    if not matches:
        raise SeedError("is not text in any known encoding; expected UTF-8, GB18030, or another text encoding")
    if all(ord(c) < 0x2E80 for c in data.decode(matches[0], errors="replace")):
        # Latin-script text: short samples fool byte statistics (cp1250 vs cp1252), so the
        # language's lexicon decides between the candidate decodings.
        candidates = [*matches, "cp1252"]
        return max(candidates, key=lambda enc: (_lexicon_score(data, enc), -candidates.index(enc)))
    return matches[0]


def _lexicon_score(data: bytes, encoding: str) -> float:
    """Share of words with non-ASCII letters that the text's language lexicon knows."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return -1.0
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if not words:
        return 0.0
    lang = py3langid.classify(text)[0]
    return sum(zipf_frequency(w.lower(), lang) > 0 for w in words) / len(words)


def decode(data: bytes) -> str:
    """Decode, fix mojibake (double-encoded UTF-8) with ftfy, normalise to NFC and LF line ends."""
    if not data.strip():
        raise SeedError("is empty; expected the text of a scraped article")
    encoding = detect(data)
    text = data.decode(encoding)
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise SeedError(f"looks binary (control characters after decoding as {encoding}); expected text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, normalization="NFC")
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise SeedError("has no visible text; expected the text of a scraped article")
    return text
