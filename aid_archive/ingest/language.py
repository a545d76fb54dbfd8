"""The language of a text, with how sure the model is (py3langid, probabilities normalised)."""

from __future__ import annotations

from functools import cache

from py3langid import langid


@cache
def _identifier() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and its probability."""
    code, probability = _identifier().classify(text[:4000])
    return code, float(probability)
