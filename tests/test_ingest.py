"""Import of the real seeds: debris gone, text whole, accents restored, metadata right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aid_archive import LANGUAGES, vocab
from aid_archive.content import load_entries, parse_entry
from aid_archive.ingest import accents, debris, draft
from aid_archive.ingest.decode import decode
from aid_archive.models import Seed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").iterdir())
VOCAB = vocab.load()


CORPUS = sorted(p for s in (ROOT / "tests" / "fidelity").iterdir() if (s / "seeds").is_dir() for p in (s / "seeds").iterdir())


def _plain(text: str) -> str:
    """Letters and digits only: compares text across punctuation and spacing repairs."""
    return re.sub(r"[\W_]+", "", text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_line_of_a_seed_is_in_the_entry_or_in_the_report(seed: Path) -> None:
    """Nothing vanishes silently: each line is kept (title or body) or removed by a named rule."""
    made = draft(Seed(seed.name, seed.read_bytes()), VOCAB)
    kept = _plain(made.body) + _plain(str(made.fields["title"]))
    removed = {r.line for r in made.removed}
    text = debris.strip_markup(decode(seed.read_bytes()))
    for line in map(str.strip, text.split("\n")):
        if line and line not in removed:
            assert _plain(accents.restore(line, made.fields["lang"])[0]) in kept, line
    assert all(r.rule for r in made.removed)


@pytest.mark.parametrize("seed", [*SEEDS, *CORPUS], ids=lambda p: p.name[:40])
def test_every_draft_is_a_valid_entry_with_vocabulary_values(seed: Path) -> None:
    made = draft(Seed(seed.name, seed.read_bytes()), VOCAB)
    entry, problems = parse_entry("content/x.md", made.text(), VOCAB)
    assert entry is not None, [str(p) for p in problems]
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert entry.seed == seed.name
    assert set(made.fields["tags"]) <= set(VOCAB.tags)
    assert made.fields["origin"] is None or made.fields["origin"] != made.fields["region"]
    assert made.fields["title"].get(made.fields["lang"]) not in made.body.split("\n\n")  # the title once


def test_committed_entries_have_every_browsable_field_in_three_languages() -> None:
    entries, problems = load_entries(ROOT / "content", VOCAB, root=ROOT)
    assert [str(p) for p in problems] == []
    assert len(entries) == len(SEEDS)
    for entry in entries:
        for lang in LANGUAGES:
            assert entry.title.get(lang) and entry.summary.get(lang), (entry.slug, lang)
            for kind, slug in [("regions", entry.region), ("regions", entry.origin), ("languages", entry.lang)] + [("tags", t) for t in entry.tags]:
                if slug:
                    assert getattr(VOCAB, kind)[slug].name.get(lang), (kind, slug, lang)
            if entry.source:
                assert VOCAB.sources[entry.source].name.get(lang)
    by_seed = {e.seed: e for e in entries}
    assert by_seed["002_e62629aa60f62db8.txt"].title.zh == "山西派出医疗队下沉县乡村开展新冠重症救治"
