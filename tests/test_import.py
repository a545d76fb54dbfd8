"""The import edge: idempotent, never overwrites an editor's change, reports unreadable seeds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aid_archive import vocab
from aid_archive.content import load_entries
from aid_archive.ingest import MANIFEST, import_seeds

ROOT = Path(__file__).resolve().parent.parent
VOCAB = vocab.load()


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    return seeds


def test_import_writes_one_valid_entry_per_seed_and_is_idempotent(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    first = import_seeds(seeds, content, VOCAB)
    assert len(first.written) == 5 and not [p for p in first.problems if p.severity == "error"]
    before = {p.name: p.read_bytes() for p in content.iterdir()}
    manifest_time = (content / MANIFEST).stat().st_mtime_ns
    second = import_seeds(seeds, content, VOCAB)
    assert (len(second.written), len(second.unchanged)) == (0, 5)
    assert (content / MANIFEST).stat().st_mtime_ns == manifest_time  # nothing rewritten
    assert {p.name: p.read_bytes() for p in content.iterdir()} == before
    entries, problems = load_entries(content, VOCAB)
    assert len(entries) == 5 and not [p for p in problems if p.severity == "error"]


def test_slugs_come_from_seed_names_and_stay_when_a_title_changes(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    import_seeds(seeds, content, VOCAB)
    assert sorted(p.stem for p in content.glob("*.md")) == sorted(
        p.stem.replace("_", "-") for p in seeds.iterdir()
    )
    (seeds / "000 copy.txt").write_bytes((seeds / "000_c0f2e5f292fbc41b.txt").read_bytes() + b"\n")
    result = import_seeds(seeds, content, VOCAB)
    assert [Path(p).name for p in result.written] == ["000-copy.md"]


def test_an_edited_entry_is_never_overwritten(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    import_seeds(seeds, content, VOCAB)
    entry = content / "003-92a8a2c596754dac.md"
    edited = entry.read_text("utf-8").replace("  en: null", "  en: Jinshan's 11th medical team leaves for Yunnan", 1)
    entry.write_text(edited, "utf-8")
    result = import_seeds(seeds, content, VOCAB)
    assert result.kept == [str(entry)]
    assert entry.read_text("utf-8") == edited


def test_a_deleted_entry_is_not_brought_back(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    import_seeds(seeds, content, VOCAB)
    (content / "004-1c165a6fe7535eba.md").unlink()
    result = import_seeds(seeds, content, VOCAB)
    assert not (content / "004-1c165a6fe7535eba.md").exists()
    assert result.deleted == [str(content / "004-1c165a6fe7535eba.md")] and result.kept == []
    assert result.summary_lines()[0] == (
        f"import: {content}/004-1c165a6fe7535eba.md: not brought back "
        f"(deleted by an editor; remove its line in {MANIFEST} to import it again)"
    )
    assert "0 kept as edited, 1 deleted by an editor" in result.summary_lines()[-1]
    assert (content / MANIFEST).exists()


def test_unreadable_seeds_get_one_line_each_and_the_others_are_imported(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    result = import_seeds(seeds, content, VOCAB, root=tmp_path)
    errors = [str(p) for p in result.problems if p.severity == "error"]
    assert errors == [
        "seeds/empty.txt: is empty; expected the text of a scraped article",
        "seeds/photo.jpg: looks binary (NUL bytes) and has no UTF-16/32 byte order mark; expected text",
    ]
    assert len(result.written) == 5


def test_import_command_exits_non_zero_and_names_the_bad_seed(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "vocab", project / "vocab")
    (project / "seeds" / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    code = (
        "import sys; from pathlib import Path; from aid_archive import vocab;"
        "from aid_archive.ingest import import_seeds;"
        "r = import_seeds(Path('seeds'), Path('content'), vocab.load(Path('vocab')), root=Path('.'));"
        "[print(p) for p in r.problems if p.severity == 'error']"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ROOT)})
    assert out.stdout.strip().splitlines() == ["seeds/broken.txt: looks binary (control characters after decoding as utf-8); expected text"]
    assert len(list((project / "content").glob("*.md"))) == 5


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("aid_archive", "vocab", "templates", "locales", "static"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("build.py", "config.yaml"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "seeds", project / "seeds")
    return project


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "build.py", "import", *args], cwd=project, capture_output=True, text=True)


def test_the_report_names_each_entry_written_and_what_to_check_there(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    out = "\n".join(import_seeds(seeds, content, VOCAB, root=tmp_path).summary_lines())
    written = [line.split()[2] for line in out.splitlines() if line.startswith("import: wrote ")]
    assert sorted(written) == sorted(f"content/{p.stem.replace('_', '-')}.md" for p in seeds.iterdir())
    assert "unsure: origin: the text does not say who sent the aid" in out  # a null origin is said
    assert "[related/zh/1] 相关推荐" in out and "line(s) after it" in out  # what went, by rule
    assert "[end-marks/any/1] Es916" in out
    assert out.splitlines()[-1] == "import: 5 written, 0 unchanged, 0 kept as edited, 0 deleted by an editor, 0 failed"


def test_import_path_imports_only_the_seeds_named_and_brings_a_deleted_one_back(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    result = import_seeds(seeds, content, VOCAB, only=[seeds / "003_92a8a2c596754dac.txt"])
    assert [p.name for p in content.glob("*.md")] == ["003-92a8a2c596754dac.md"] and len(result.written) == 1
    import_seeds(seeds, content, VOCAB)
    entry = content / "004-1c165a6fe7535eba.md"
    entry.unlink()
    assert import_seeds(seeds, content, VOCAB).deleted == [str(entry)] and not entry.exists()
    assert import_seeds(seeds, content, VOCAB, only=[seeds / "004_1c165a6fe7535eba.txt"]).written == [str(entry)]


def test_import_path_never_overwrites_an_edited_entry_and_names_a_path_outside_seeds(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _run(project)
    entry = project / "content" / "003-92a8a2c596754dac.md"
    edited = entry.read_text("utf-8").replace("tags:", "tags: # checked\n", 1)
    entry.write_text(edited, "utf-8")
    out = _run(project, "seeds/003_92a8a2c596754dac.txt", "build.py")
    assert entry.read_text("utf-8") == edited
    assert "import: kept content/003-92a8a2c596754dac.md (changed by an editor)" in out.stdout
    assert "build.py: is not a seed file of seeds/; expected the path of a regular file there" in out.stderr
    assert out.returncode == 1


def test_a_seed_that_changed_under_an_edited_entry_is_reported_with_its_new_import(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    import_seeds(seeds, content, VOCAB, root=tmp_path)
    entry = content / "000-c0f2e5f292fbc41b.md"
    edited = entry.read_text("utf-8").replace("region: xinjiang", "region: xinjiang\n# checked by an editor", 1)
    entry.write_text(edited, "utf-8")
    seed = seeds / "000_c0f2e5f292fbc41b.txt"
    seed.write_bytes(seed.read_bytes() + b"\n\nA paragraph the outlet added later.\n")
    result = import_seeds(seeds, content, VOCAB, root=tmp_path)
    update = content / "000-c0f2e5f292fbc41b.md.seed-update"
    assert entry.read_text("utf-8") == edited  # never overwritten
    assert "A paragraph the outlet added later." in update.read_text("utf-8")
    assert result.summary_lines()[0] == (
        "import: kept content/000-c0f2e5f292fbc41b.md (changed by an editor); its seed "
        "seeds/000_c0f2e5f292fbc41b.txt changed since: the new import is in "
        "content/000-c0f2e5f292fbc41b.md.seed-update; compare the two, merge by hand, then delete it"
    )
    assert len(result.summary_lines()) == 2  # the update line, then the counts: no second "kept" line
    entries, problems = load_entries(content, VOCAB, tmp_path)
    assert len(entries) == 5 and [p.path for p in problems if "seed-update" in p.path] == [str(update.relative_to(tmp_path))]


def test_an_import_killed_midway_loses_no_record_and_leaves_no_half_entry(tmp_path: Path) -> None:
    seeds, content = _seeds(tmp_path), tmp_path / "content"
    import_seeds(seeds, content, VOCAB)
    manifest = (content / MANIFEST).read_text("utf-8")
    # as a kill would leave it: two entries written and journaled, the manifest not yet saved,
    # and the temporary file of a third
    for name in ("003-92a8a2c596754dac.md", "004-1c165a6fe7535eba.md"):
        (content / name).unlink()
    records = json.loads(manifest)
    journal = [json.dumps([seed, records.pop(seed)]) for seed in ("003_92a8a2c596754dac.txt", "004_1c165a6fe7535eba.txt")]
    (content / MANIFEST).write_text(json.dumps(records), "utf-8")
    import_seeds(seeds, content, VOCAB)  # writes 003 and 004 again
    (content / MANIFEST).write_text(json.dumps(records), "utf-8")
    (content / ".imported.journal").write_text("\n".join(journal) + '\n["005_x.txt", {"slug": "cut', "utf-8")
    (content / ".005-x.md.k2j3.tmp").write_text("half an entry", "utf-8")
    result = import_seeds(seeds, content, VOCAB)
    assert (len(result.unchanged), result.kept) == (5, [])  # not mistaken for editors' changes
    assert json.loads((content / MANIFEST).read_text("utf-8")) == json.loads(manifest)
    assert sorted(p.name for p in content.iterdir() if p.name.startswith(".")) == [MANIFEST]


def test_a_seed_the_importer_fails_on_is_named_and_the_others_are_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import aid_archive.ingest as ingest

    seeds, content = _seeds(tmp_path), tmp_path / "content"
    real = ingest.draft

    def flawed(seed, vocab):  # type: ignore[no-untyped-def]
        if seed.name.startswith("002"):
            raise LookupError("No wordlist 'best' available for language 'et'")
        return real(seed, vocab)

    monkeypatch.setattr(ingest, "draft", flawed)
    result = import_seeds(seeds, content, VOCAB, root=tmp_path)
    assert [str(p) for p in result.problems if p.severity == "error"] == [
        "seeds/002_e62629aa60f62db8.txt: could not be imported (LookupError: No wordlist 'best' available "
        "for language 'et'); the other seeds were; please report this seed"
    ]
    assert len(result.written) == 4
