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


def _draft(prefix: str):
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return draft(Seed(path.name, path.read_bytes()), VOCAB)


def _plain(text: str) -> str:
    """Letters and digits only: compares text across punctuation and spacing repairs."""
    return re.sub(r"[\W_]+", "", text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_article_line_is_kept_whole_and_only_debris_is_dropped(seed: Path) -> None:
    made = draft(Seed(seed.name, seed.read_bytes()), VOCAB)
    body = _plain(made.body) + _plain(str(made.fields["title"]))
    text = decode(seed.read_bytes())
    cleaned = debris.clean(text)
    dropped = {line for _, line in cleaned.removed}
    cut = next((line for rule, line in cleaned.removed if rule == "related-block"), None)
    kept = 0
    for line in map(str.strip, text.split("\n")):
        if line == cut:
            break
        if line and line not in dropped:
            assert _plain(accents.restore(line, made.fields["lang"])[0]) in body, line
            kept += 1
    assert kept >= 4


def test_chinese_seed_loses_header_counter_disclaimer_token_and_related_block() -> None:
    made = _draft("003")
    for debris_text in ("阅读量", "11120", "声明", "本网转发", "Es916", "相关推荐", "起亚", "招聘会", "索纳塔", "2024-02-28"):
        assert debris_text not in made.body
    assert made.body.startswith("2月21日上午，金山区第十一批援滇驻地医疗队出征仪式举行")
    assert "逐步扩展帮扶工作的覆盖面。" in made.body  # the last paragraph is whole
    assert made.fields["title"].zh == "金山区第十一批援滇驻地医疗队出征"


def test_related_reading_blocks_and_their_dates_are_cut() -> None:
    made = _draft("004")
    for debris_text in ("相关阅读", "推荐阅读", "03-07", "银鹏", "美股", "理财", "2023-03-07"):
        assert debris_text not in made.body
    assert made.fields["date"] is None  # the related links' 2023 dates are not the article's
    assert made.body.rstrip().endswith("用坚守和担当筑牢了群众健康的安全防护墙。")
    assert made.fields["title"].zh == "卫健系统驻点“大白”，高效有序推进杜集区核酸检测工作"


def test_question_marks_become_accents_again() -> None:
    made = _draft("001")
    assert "?" not in made.body
    assert "Mon premier maître, Gong Xiaofeng" in made.body
    assert "l'Hôpital du peuple de Lhassa" in made.body
    assert "l'Hôpital Jishuitan de Beijing" in made.body
    assert "192 médecins des hôpitaux bénéficiaires" in made.body


def test_credit_lines_become_authors() -> None:
    assert _draft("001").fields["authors"] == ("Lucie ZHOU",)
    assert "Rédactrice" not in _draft("001").body
    made = _draft("002")
    assert made.fields["authors"] == ("Ma Lu", "Duan Siqi", "Sang Liyuan")
    assert "Editors in charge" not in made.body
    assert made.fields["dateline"] == "Taiyuan, January 14"
    assert made.fields["source"] == "people-daily-online"


def test_captions_are_kept_and_marked() -> None:
    body = _draft("000").body
    assert body.count("{: .caption }") == 3
    assert "Des experts médicaux consultent Wei Deyou (à droite)" in body
    body = _draft("002").body
    assert "Yuanqu County. Photo courtesy of Shanxi Provincial Health Commission\n{: .caption }" in body


@pytest.mark.parametrize(
    ("prefix", "lang", "region", "origin", "date", "source"),
    [
        ("000", "fr", "xinjiang", "beijing", "2023-07-14", None),
        ("001", "fr", "tibet", "beijing", None, None),
        ("002", "en", "shanxi", "shanxi", None, "people-daily-online"),
        ("003", "zh", "yunnan", "shanghai", "2024-02-29", "eastday"),
        ("004", "zh", "anhui", "anhui", None, None),
    ],
)
def test_metadata_of_each_seed(prefix, lang, region, origin, date, source) -> None:
    fields = _draft(prefix).fields
    assert fields["lang"] == lang
    assert fields["region"] == region
    assert fields["origin"] == origin
    assert (fields["date"].iso if fields["date"] else None) == date
    assert fields["source"] == source


def test_tags_come_from_the_vocabulary() -> None:
    tags = _draft("004").fields["tags"]
    assert "covid-19-testing" in tags
    assert set(tags) <= set(VOCAB.tags)
    assert "orthopedics" in _draft("003").fields["tags"]


def test_drafts_are_valid_entries() -> None:
    for seed in SEEDS:
        made = draft(Seed(seed.name, seed.read_bytes()), VOCAB)
        entry, problems = parse_entry("content/x.md", made.text(), VOCAB)
        assert entry is not None, [str(p) for p in problems]
        assert entry.seed == seed.name


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
