"""The translators' worklist: PO export, a translator's msgstr, import, and the page showing it;
outdated translations come back fuzzy; an editor's change is reported, never overwritten."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from conftest import ROOT

NEW = """---
title: {zh: 广东医疗队驰援湖北}
summary: {zh: 广东医疗队抵达武汉，支援当地医院。}
lang: zh
date: 2020-03-09
region: hubei
origin: guangdong
source: xinhua
tags: [medical-team]
seed: 010_abc.txt
---

广东医疗队抵达武汉。
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh checkout of the project (its tracked inputs, nothing built) with one untranslated entry."""
    for name in ("aid_archive", "templates", "locales", "vocab", "static", "content"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("build.py", "config.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "content" / "010-abc.md").write_text(NEW, "utf-8")
    return tmp_path


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "build.py", *args], cwd=project, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def messages(path: Path) -> dict[str, object]:
    with path.open("rb") as f:
        return {m.context: m for m in read_po(f) if m.id}


def translate(path: Path, context: str, text: str) -> None:
    with path.open("rb") as f:
        catalog = read_po(f)
    catalog.get(next(m.id for m in catalog if m.context == context), context).string = text
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    path.write_bytes(buffer.getvalue())


def test_export_lists_what_is_untranslated_with_its_context(project: Path) -> None:
    out = run(project, "translations", "export", "--to", "po").stdout
    assert "po/worklist-en.po: 2 message(s) to translate into en (0 outdated)" in out
    fr = messages(project / "po" / "worklist-fr.po")
    assert sorted(fr) == ["010-abc summary", "010-abc title"]  # the five others are translated
    title = fr["010-abc title"]
    assert title.id == "广东医疗队驰援湖北" and title.string == ""
    assert title.locations == [("content/010-abc.md", 2)]
    assert title.user_comments == ["devised title: [Équipe médicale du Guangdong au Hubei — Agence de presse Xinhua, mars 2020]"]
    assert "page: /fr/entries/010-abc/" in title.auto_comments
    assert "seed: 010_abc.txt" in title.auto_comments


def test_round_trip_export_translate_import_build(project: Path) -> None:
    run(project, "translations", "export", "--lang", "en", "--to", "en.po")
    translate(project / "en.po", "010-abc title", "Guangdong's medical team goes to Hubei")
    out = run(project, "translations", "import", "en.po").stdout
    assert "translations: wrote content/010-abc.md: title.en" in out
    assert "1 written, 0 already there, 1 left untranslated or fuzzy, 0 not imported" in out
    text = (project / "content" / "010-abc.md").read_text("utf-8")
    assert "  en: Guangdong's medical team goes to Hubei\n" in text
    run(project, "build")
    page = (project / "_site/en/entries/010-abc/index.html").read_text("utf-8")
    assert "<h1>Guangdong&#39;s medical team goes to Hubei</h1>" in page and "original-title" not in page
    home = (project / "_site/en/index.html").read_text("utf-8")
    assert "Guangdong&#39;s medical team goes to Hubei" in home
    assert "[Équipe médicale du Guangdong au Hubei" in (project / "_site/fr/index.html").read_text("utf-8")
    assert "todo: en: 1 entry with a devised text (0 titles, 1 summaries)" in run(project, "check", "--todo").stdout
    # the original changes: the translation is outdated, exported fuzzy with what it was made from
    (project / "content" / "010-abc.md").write_text(text.replace("zh: 广东医疗队驰援湖北", "zh: 广东医疗队驰援武汉"), "utf-8")
    run(project, "translations", "export", "--lang", "en", "--to", "again.po")
    again = messages(project / "again.po")["010-abc title"]
    assert again.fuzzy and again.id == "广东医疗队驰援武汉"
    assert '#| msgid "广东医疗队驰援湖北"\nmsgctxt "010-abc title"' in (project / "again.po").read_text("utf-8")  # for the tools' diff
    assert again.string == "Guangdong's medical team goes to Hubei"


def test_an_editors_change_since_the_export_is_reported_not_overwritten(project: Path) -> None:
    run(project, "translations", "export", "--lang", "fr", "--to", "fr.po")
    translate(project / "fr.po", "010-abc title", "Une équipe du Guangdong au Hubei")
    translate(project / "fr.po", "010-abc summary", "L'équipe arrive à Wuhan.")
    entry = project / "content" / "010-abc.md"
    edited = entry.read_text("utf-8").replace("title: {zh: 广东医疗队驰援湖北}", "title: {zh: 广东医疗队驰援湖北, fr: Écrit par un éditeur}")
    entry.write_text(edited.replace("summary: {zh: 广东医疗队抵达武汉，支援当地医院。}", "summary: {zh: 广东医疗队抵达武汉。}"), "utf-8")
    before = entry.read_text("utf-8")
    out = run(project, "translations", "import", "fr.po").stdout.splitlines()
    assert out[0].startswith("content/010-abc.md:2: warning: title.fr: not imported: an editor wrote 'Écrit par un éditeur' since the export; kept it")
    assert out[1].startswith("content/010-abc.md:3: warning: summary.fr: not imported: the original text changed since the export")
    assert out[-1].endswith("0 written, 0 already there, 0 left untranslated or fuzzy, 2 not imported (listed above)")
    assert entry.read_text("utf-8") == before
