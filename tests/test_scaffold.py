"""``python build.py new``: a valid entry, where it says, never over another."""

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


def test_new_writes_a_valid_entry_and_prints_its_path(tmp_path: Path) -> None:
    result = new(tmp_path, "--lang", "fr", "--region", "tibet", "--title", "Des médecins de Shanghai à Lhassa", "--date", "2024-02", "--tag", "medical-team")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "2024-des-medecins-de-shanghai-a-lhassa.md"
    entry, problems = content.read_entry(path, WORDS)
    assert entry is not None, problems
    assert (entry.lang, entry.region, entry.tags, entry.date and entry.date.iso) == ("fr", "tibet", ("medical-team",), "2024-02")
    assert entry.title.fr == "Des médecins de Shanghai à Lhassa"
    assert {p.field for p in problems} == {"title.en", "title.zh", "summary.en", "summary.zh"}  # warnings only


def test_chinese_titles_become_pinyin_slugs_and_never_overwrite(tmp_path: Path) -> None:
    first = new(tmp_path, "--lang", "zh", "--region", "xinjiang", "--title", "北京医生赴新疆")
    second = new(tmp_path, "--lang", "zh", "--region", "xinjiang", "--title", "北京医生赴新疆")
    assert Path(first.stdout.strip()).name == "xinjiang-bei-jing-yi-sheng-fu-xin-jiang.md"
    assert Path(second.stdout.strip()).name == "xinjiang-bei-jing-yi-sheng-fu-xin-jiang-2.md"


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
