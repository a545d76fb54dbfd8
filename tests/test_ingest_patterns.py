"""Every debris pattern and direction cue is backed by the corpus: it fires on at least two
articles (tests/fidelity/*/ and seeds/), so none exists for a single article."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from aid_archive import vocab
from aid_archive.ingest import debris, draft, places, structure
from aid_archive.models import Seed

ROOT = Path(__file__).resolve().parent.parent
VOCAB = vocab.load()
MIN_ARTICLES = 2


def _articles() -> list[Path]:
    sets = [s / "seeds" for s in sorted((ROOT / "tests" / "fidelity").iterdir()) if (s / "seeds").is_dir()]
    return [p for folder in [*sets, ROOT / "seeds"] for p in sorted(folder.iterdir()) if p.is_file()]


@pytest.fixture(scope="module")
def counts() -> Counter[str]:
    fired: Counter[str] = Counter()
    for path in _articles():
        made = draft(Seed(path.name, path.read_bytes()), VOCAB)
        caption = any(structure.CAPTION.search(p) for p in made.body.split("\n\n") if len(p) <= structure.CAPTION_MAX)
        fired.update({*made.fired, *(["caption"] if caption else [])})
    return fired


def _patterns() -> list[str]:
    return [p.name for p in debris.rules()] + [c.name for cues in places.cues().values() for c in cues] + ["caption"]


def test_every_pattern_fires_on_at_least_two_corpus_articles(counts: Counter[str]) -> None:
    table = "\n".join(f"{counts[name]:4d}  {name}" for name in _patterns())
    print(f"articles each pattern fires on ({len(_articles())} articles):\n{table}")
    rare = [f"{name} ({counts[name]})" for name in _patterns() if counts[name] < MIN_ARTICLES]
    assert rare == [], f"patterns backed by fewer than {MIN_ARTICLES} articles; remove or generalise them:\n" + "\n".join(rare)


def test_pattern_names_are_unique() -> None:
    names = _patterns()
    assert len(names) == len(set(names))
