"""Parses kept between builds: an unchanged file is not read again; a saved, replaced or deleted
one is; anything that changes how files parse empties the store."""

from __future__ import annotations

import os
from pathlib import Path

from aid_archive import content, parsed, vocab

WORDS = vocab.load()
ENTRY = "---\ntitle:\n  fr: Titre {n}\nsummary:\n  fr: Résumé.\nlang: fr\ndate: 2021-03\nregion: tibet\n---\n\nTexte {n}.\n"


def load(folder: Path, db: Path, key: str = "k") -> tuple[list, list, list[str]]:
    read: list[str] = []
    real = content.decode_entry

    def counting(shown, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(Path(shown).name)
        return real(shown, *args, **kwargs)

    content.decode_entry = counting  # type: ignore[assignment]
    try:
        with parsed.kept(db, key) as known:
            entries, problems = content.load_entries(folder, WORDS, known=known)
    finally:
        content.decode_entry = real  # type: ignore[assignment]
    return entries, problems, read


def test_only_files_saved_since_are_parsed_again_and_the_result_is_the_same(tmp_path: Path) -> None:
    folder, db = tmp_path / "content", tmp_path / "state" / "parsed.sqlite"
    folder.mkdir()
    for n in range(3):
        (folder / f"e{n}.md").write_text(ENTRY.format(n=n), "utf-8")
    (folder / "bad.md").write_text("---\ntitle: [\n---\n", "utf-8")
    first, problems, read = load(folder, db)
    assert sorted(read) == ["bad.md", "e0.md", "e1.md", "e2.md"]
    again, problems_again, read = load(folder, db)
    assert read == [] and again == first and problems_again == problems
    assert [e.lines for e in again] == [e.lines for e in first] and [e.path for e in again] == [e.path for e in first]
    (folder / "e1.md").write_text(ENTRY.format(n="un"), "utf-8")
    os.replace(folder / "e2.md", folder / "e3.md")
    entries, _, read = load(folder, db)
    assert read == ["e1.md", "e3.md"]  # saved; renamed (another path, another slug)
    assert "Texte un." in next(e.body for e in entries if e.slug == "e1")
    assert {e.slug for e in entries} == {"e0", "e1", "e3"}
    (folder / "e0.md").unlink()
    (folder / "e0.md").write_text(ENTRY.format(n="0"), "utf-8")  # replaced by the same bytes
    assert load(folder, db)[2] == []
    (folder / "e0.md").write_text(ENTRY.format(n="O"), "utf-8")  # the same size, other bytes
    current, _, read = load(folder, db)
    assert read == ["e0.md"]
    for path in folder.iterdir():  # a fresh checkout: every file written anew, bytes the same
        path.write_bytes(path.read_bytes())
    again, _, read = load(folder, db)
    assert read == [] and again == current


def test_another_key_or_a_damaged_store_parses_everything(tmp_path: Path) -> None:
    folder, db = tmp_path / "content", tmp_path / "parsed.sqlite"
    folder.mkdir()
    (folder / "e.md").write_text(ENTRY.format(n=1), "utf-8")
    load(folder, db)
    assert load(folder, db, key="other vocabularies")[2] == ["e.md"]
    db.write_bytes(b"not a database")
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    entries, _, read = load(folder, db)
    assert read == ["e.md"] and len(entries) == 1
    assert load(folder, db)[2] == []  # made anew
