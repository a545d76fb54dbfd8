"""Property-based: arbitrary YAML to the entry parser and arbitrary bytes to the importer each
give an entry or clear one-line errors, never a traceback or a hang; whatever entry comes out
renders feeds and sitemaps that are well-formed XML. A fixed example budget (conftest's "ci"
profile, derandomized) keeps the run short and the same every time."""

from __future__ import annotations

import re
import tempfile
import xml.parsers.expat
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from aid_archive import config, content, render, vocab
from aid_archive.ingest import draft, import_seeds
from aid_archive.ingest.decode import SeedError
from aid_archive.models import Problem, Seed

VOCAB = vocab.load()
VALID = {
    "title": {"en": "Doctors in Tibet", "fr": "Des médecins au Tibet", "zh": "医生赴西藏"},
    "summary": {"en": "A team held clinics.", "fr": "Une équipe.", "zh": "医疗队。"},
    "lang": "en", "date": "2023-07-14", "region": "tibet",
}
KEYS = [f.name for f in content.SCHEMA] + ["notes", "Title", "region "]

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | st.sampled_from(
    ["tibet", "en", "zh", "2023", "2023-02-30", "xinjiang", "medical-team", "\u202e", "\x07", "a" * 64]
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["en", "fr", "zh", "x"]) | st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)
# mostly valid entries with a few fields replaced or added, so the later checks are reached too
fronts = st.builds(lambda changes: {**VALID, **changes}, st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), values, max_size=4))
bodies = st.text(max_size=200) | st.sampled_from(["Text.", "See [x](/en/entries/nowhere/).", "<script>alert(1)</script>"])


def assert_clear(entry: content.Entry | None, problems: list[Problem], text: str) -> None:
    """An entry, or errors; every problem one line naming a line of the file (or none)."""
    errors = [p for p in problems if p.severity == "error"]
    assert (entry is None) == bool(errors), problems
    lines = text.count("\n") + 2
    for problem in problems:
        assert isinstance(problem, Problem)
        assert "\n" not in str(problem) and "\r" not in str(problem), str(problem)
        assert 0 <= problem.line <= lines, str(problem)
        assert problem.message


@given(fronts, bodies)
def test_any_yaml_mapping_gives_an_entry_or_clear_errors(front: dict, body: str) -> None:
    try:
        dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return
    text = f"---\n{dumped}---\n\n{body}\n"
    entry, problems = content.parse_entry("content/x.md", text, VOCAB)
    assert_clear(entry, problems, text)
    if entry is not None:
        for value in (*entry.title.as_dict().values(), *entry.summary.as_dict().values(), entry.body):
            assert value is None or content.bad_character(value) is None


@given(st.text(max_size=300), bodies)
def test_any_text_between_the_fences_gives_an_entry_or_clear_errors(front: str, body: str) -> None:
    text = f"---\n{front}\n---\n\n{body}\n"
    entry, problems = content.parse_entry("content/x.md", text, VOCAB)
    assert_clear(entry, problems, text)


@given(st.text(max_size=400))
def test_any_file_text_gives_an_entry_or_clear_errors(text: str) -> None:
    entry, problems = content.parse_entry("content/x.md", text, VOCAB)
    assert_clear(entry, problems, text)


seeds = st.binary(max_size=600) | st.builds(
    lambda text, encoding: text.encode(encoding, "replace"),
    st.text(max_size=400), st.sampled_from(["utf-8", "gb18030", "cp1252", "utf-16"]),
)


@given(seeds)
def test_any_seed_bytes_give_a_readable_entry_or_one_error(data: bytes) -> None:
    try:
        made = draft(Seed("x.txt", data), VOCAB)
    except SeedError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    text = made.text()
    entry, problems = content.parse_entry("content/x.md", text, VOCAB)
    assert_clear(entry, problems, text)


@settings(max_examples=12)  # each example is a whole import
@given(st.lists(seeds, min_size=1, max_size=3))
def test_import_of_any_seeds_writes_entries_or_names_each_failure(batch: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "seeds", Path(tmp) / "content"
        folder.mkdir()
        for i, data in enumerate(batch):
            (folder / f"{i:03d}.txt").write_bytes(data)
        result = import_seeds(folder, out, VOCAB, root=Path(tmp))
        failed = {p.path for p in result.problems if p.severity == "error"}
        assert len(result.written) + len(result.unchanged) + len(failed) == len(batch)
        assert all("\n" not in str(p) for p in result.problems)
        assert len(list(out.glob("*.md"))) == len(result.written) + len(result.unchanged)


SETTINGS = config.Config()


@given(st.text(min_size=1, max_size=40), st.text(max_size=200))
def test_any_entry_that_passes_renders_well_formed_feeds_and_sitemaps(title: str, body: str) -> None:
    front = {**VALID, "title": {**VALID["title"], "en": title}, "authors": [title]}
    text = f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n\n{body or 'Text.'}\n"
    entry, _ = content.parse_entry("content/x.md", text, VOCAB)
    if entry is None:
        return
    files = render.render_site([entry], VOCAB, SETTINGS, only=lambda path: path.endswith((".xml", ".html")) and "/regions/" not in path)
    for path, data in files.items():
        if path.endswith(".xml"):
            xml.parsers.expat.ParserCreate().Parse(data, True)
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", data), path
