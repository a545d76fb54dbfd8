"""Text made into addresses and keys: the one slugify of the project, and accent folding."""

from __future__ import annotations

import re
import unicodedata

TRAILING = frozenset(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"])


def fold(text: str) -> str:
    """Case and accents ignored: "Lhassa " and "lhassa", "Québec" and "quebec" compare equal."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold().strip()) if not unicodedata.combining(c))


def slugify(text: str, *, max_words: int | None = None, max_chars: int | None = None) -> str:
    """ASCII words of ``text``, lowercase, joined by "-": "Shanghai's Jinshan" → shanghais-jinshan.

    Accents are dropped ("Pékin" → pekin), apostrophes join ("Shanghai's" → shanghais), other
    characters (Chinese included) separate words. ``max_words`` keeps the first words, without
    a trailing "the", "to" … that reads cut off; ``max_chars`` cuts the result.
    """
    ascii_text = unicodedata.normalize("NFKD", re.sub(r"['’]", "", text)).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    if max_words is not None:
        words = words[:max_words]
        while len(words) > 1 and words[-1] in TRAILING:
            words.pop()
    slug = "-".join(words)
    return slug[:max_chars].strip("-") if max_chars is not None else slug
