"""``python build.py new``: a valid draft entry with a readable slug, where it says, never over
another; asked for interactively, a bad answer is asked again and the good ones are kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from aid_archive import content, scaffold, vocab

WORDS = vocab.load()


def new(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "build.py", "--content", str(tmp_path), "new", *args],
        cwd=ROOT, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
    )


def test_new_writes_a_valid_draft_and_prints_its_path(tmp_path: Path) -> None:
    result = new(tmp_path, "--lang", "fr", "--region", "tibet", "--title", "Des médecins de Shanghai à Lhassa", "--date", "2024-02", "--tag", "medical-team")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "2024-02-medical-team-in-tibet.md"  # date + the English devised title
    entry, problems = content.read_entry(path, WORDS)
    assert entry is not None, problems
    assert (entry.lang, entry.region, entry.tags, entry.date and entry.date.iso) == ("fr", "tibet", ("medical-team",), "2024-02")
    assert entry.title.fr == "Des médecins de Shanghai à Lhassa"
    assert entry.draft and entry.slug == "2024-02-medical-team-in-tibet" and "slug: 2024-02-medical-team-in-tibet\n" in path.read_text("utf-8")
    assert {p.field for p in problems} == {"title.en", "title.zh", "summary.en", "summary.zh", "draft"}  # warnings only


def test_english_titles_make_the_slug_and_never_overwrite(tmp_path: Path) -> None:
    first = new(tmp_path, "--lang", "en", "--region", "新疆", "--title", "Beijing's doctors go to Xinjiang", "--date", "2023-07-14")
    second = new(tmp_path, "--lang", "en", "--region", "xinjiang", "--title", "Beijing's doctors go to Xinjiang", "--date", "2023-07-14")
    assert Path(first.stdout.strip()).name == "2023-07-14-beijings-doctors-go-to-xinjiang.md"
    assert Path(second.stdout.strip()).name == "2023-07-14-beijings-doctors-go-to-xinjiang-2.md"
    assert "region: xinjiang\n" in Path(first.stdout.strip()).read_text("utf-8")  # the Chinese name, read as its slug


def test_an_interview_asks_again_for_a_bad_answer_and_keeps_the_others() -> None:
    answers = iter(["xinjang", "新疆", "2023-02-30", "2023-02"])
    asked: list[str] = []
    said: list[str] = []

    def ask(question: str) -> str | None:
        asked.append(question.split(" (")[0])
        return next(answers, None)

    given = {"lang": "zh", "region": None, "title": "北京医生赴新疆", "date": None}
    got = scaffold.interview(given, ask, WORDS, said.append)
    assert got == {"lang": "zh", "region": "xinjiang", "title": "北京医生赴新疆", "date": "2023-02"}
    assert asked == ["Region it went to", "Region it went to", "Date of the report", "Date of the report"]
    assert said[0].startswith("region: 'xinjang' is not a known region; expected 'xinjiang'")
    assert said[1].startswith("date: '2023-02-30' is not a date")


def test_a_bad_flag_is_asked_again_too() -> None:
    got = scaffold.interview({"lang": "de", "region": "tibet", "title": "T", "date": None}, lambda q: "fr" if q.startswith("Language") else "", WORDS, lambda _: None)
    assert (got["lang"], got["region"], got["date"]) == ("fr", "tibet", None)


def test_bad_values_are_refused_with_what_was_expected(tmp_path: Path) -> None:
    result = new(tmp_path, "--lang", "de", "--region", "xinjang", "--title", "T")
    assert result.returncode == 1
    assert "lang: 'de' is not a known language" in result.stderr
    assert "region: 'xinjang' is not a known region; expected 'xinjiang' (see vocab/)" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_flags_without_a_terminal(tmp_path: Path) -> None:
    result = new(tmp_path, "--lang", "en")
    assert result.returncode == 2
    assert "--region, --title missing" in result.stderr


@pytest.mark.parametrize("lang", ["en", "fr", "zh"])
def test_every_scaffold_parses(tmp_path: Path, lang: str) -> None:
    path = scaffold.create(scaffold.Draft("Title 标题", lang, "yunnan"), tmp_path, WORDS)
    entry, problems = content.read_entry(path, WORDS)
    assert entry is not None and not [p for p in problems if p.severity == "error"]
