"""The entry schema: every problem of a file in one run, as file:line: field: message."""

from __future__ import annotations

from pathlib import Path

from aid_archive import vocab
from aid_archive.content import dump_entry, load_entries, parse_entry
from aid_archive.models import PartialDate, Text

VOCAB = vocab.load()
GOOD = """---
title:
  en: Doctors go to Yunnan
  fr: Des médecins partent au Yunnan
  zh: 医生赴云南
summary:
  en: One. Two.
  fr: Un. Deux.
  zh: 一。二。
lang: zh
date: 2024-02
region: yunnan
origin: shanghai
tags: [medical-team]
---

正文。
"""


def test_a_good_entry_parses() -> None:
    entry, problems = parse_entry("content/good.md", GOOD, VOCAB)
    assert problems == []
    assert entry is not None and entry.date == PartialDate(2024, 2) and entry.region == "yunnan"
    assert entry.lines["region"] == 12


def test_every_problem_is_listed_with_its_line() -> None:
    bad = (
        GOOD.replace("lang: zh", "lang: klingon")
        .replace("date: 2024-02", "date: 2024-13-45")
        .replace("region: yunnan", "region: yunan")
        .replace("tags: [medical-team]", "tags: [medical-team, vaccines]\ncolour: red")
    )
    _, problems = parse_entry("content/bad.md", bad, VOCAB)
    assert [str(p) for p in problems] == [
        "content/bad.md:10: lang: 'klingon' is not a known language; expected one of zh, fr, en",
        "content/bad.md:11: date: '2024-13-45' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY or null",
        "content/bad.md:12: region: 'yunan' is not a known region; expected 'yunnan' (see vocab/)",
        "content/bad.md:14: tags: 'vaccines' is not a known tag; expected a slug of vocab/tags.yaml",
        "content/bad.md:15: warning: colour: unknown field; ignored",
    ]


def test_yaml_errors_point_at_the_line() -> None:
    _, problems = parse_entry("content/x.md", GOOD.replace("region: yunnan", "region: [yunnan"), VOCAB)
    assert len(problems) == 1 and str(problems[0]).startswith("content/x.md:13: front matter: is not valid YAML")


def test_missing_fields_and_translations() -> None:
    text = GOOD.replace("  fr: Des médecins partent au Yunnan\n", "").replace("region: yunnan\n", "")
    _, problems = parse_entry("content/x.md", text, VOCAB)
    assert "content/x.md:2: region: is missing; expected region slug" in [str(p) for p in problems]
    assert "content/x.md:2: warning: title.fr: is not translated yet; the site shows a devised one meanwhile (`build.py translations export` lists it)" in [str(p) for p in problems]


def test_no_front_matter() -> None:
    _, problems = parse_entry("content/x.md", "Just text", VOCAB)
    assert [str(p) for p in problems] == ["content/x.md:1: front matter: missing; the file must start with '---', YAML fields, then '---'"]


def test_dump_then_parse_round_trips(tmp_path: Path) -> None:
    entry, _ = parse_entry("content/good.md", GOOD, VOCAB)
    assert entry is not None
    fields = {"title": entry.title, "summary": Text(zh="一。二。"), "lang": "zh", "date": entry.date, "region": "yunnan", "tags": entry.tags}
    (tmp_path / "a.md").write_text(dump_entry(fields, entry.body), "utf-8")
    (tmp_path / "b.md").write_text(dump_entry({**fields, "date": None}, entry.body), "utf-8")
    entries, problems = load_entries(tmp_path, VOCAB)
    assert [e.slug for e in entries] == ["a", "b"] and all(p.severity == "warning" for p in problems)
    assert entries[0].title == entry.title and entries[1].date is None


def test_an_empty_region_says_what_to_do() -> None:
    _, problems = parse_entry("content/x.md", GOOD.replace("region: yunnan", "region: null"), VOCAB)
    assert [str(p) for p in problems] == [
        "content/x.md:12: region: is empty; expected a slug of vocab/regions.yaml (import found no place in the text: set it by hand)"
    ]
