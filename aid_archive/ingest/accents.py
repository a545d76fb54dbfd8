"""Restore accented letters that a lossy conversion turned into ``?`` (``ma?tre`` → ``maître``).

Every ``?`` inside a word is tried with each accented letter of the language; a candidate counts
only if the language's lexicon (wordfreq) knows it. The repair is made only when exactly one
candidate fits: candidates within a factor of 100 in frequency of the most frequent one all fit,
so ``pr?s`` (près / prés) is left alone and reported.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from wordfreq import zipf_frequency

ACCENTED = {
    "fr": "éèêàâçîïôûùëüÿœæ",
    "en": "éèêëïöüçàâô",
    "es": "áéíóúñü",
    "de": "äöüß",
    "it": "àèéìòù",
    "pt": "áâãàçéêíóôõú",
}
MIN_ZIPF = 1.0  # a word seen about once per 100 million words
FIT_RATIO = 2.0  # zipf is log10: candidates within 10**2 of the best one all "fit"
MAX_MARKS = 3

# a '?' touching a letter, or a lone '?' between words where French lost "à"
_WORD = re.compile(r"[^\W\d_]+\?[\w?]*|\?[^\W\d_][\w?]*|(?<=\s)\?(?=\s+[a-zß-öø-ÿœæ])")


@dataclass(frozen=True)
class Repair:
    """What happened to one damaged word."""

    damaged: str
    restored: str | None  # None when no candidate or several fit
    candidates: tuple[str, ...]


@cache
def _zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


def candidates(word: str, lang: str) -> tuple[str, ...]:
    """Lexicon words that ``word`` can be when each ``?`` is one accented letter, best first."""
    letters = ACCENTED.get(lang)
    marks = word.count("?")
    if not letters or not marks or marks > MAX_MARKS:
        return ()
    pieces = word.lower().split("?")
    scored = []
    for combo in itertools.product(letters, repeat=marks):
        guess = "".join(p + c for p, c in zip(pieces, (*combo, ""), strict=True))
        score = _zipf(guess, lang)
        if score >= MIN_ZIPF:
            scored.append((score, guess))
    scored.sort(reverse=True)
    if not scored:
        return ()
    best = scored[0][0]
    return tuple(g for s, g in scored if best - s <= FIT_RATIO)


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def restore(text: str, lang: str) -> tuple[str, list[Repair]]:
    """Repair every ``?``-damaged word of ``text``; return the text and what was done."""
    if lang not in ACCENTED or "?" not in text:
        return text, []
    repairs: list[Repair] = []

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        found = candidates(word, lang)
        if not found and word.endswith("?") and len(word) > 1:
            # "Pourquoi?" or "d?j?": the last '?' may be a question mark
            head = word[:-1]
            if "?" not in head:
                return word
            found = candidates(head, lang)
            word, tail = head, "?"
        else:
            tail = ""
        restored = _match_case(word, found[0]) if len(found) == 1 else None
        repairs.append(Repair(word, restored, found))
        return (restored or word) + tail

    return _WORD.sub(fix, text), repairs
