"""Benchmark smoke test: the corpus is valid and deterministic, and the runner still runs.

No timing is asserted: this only keeps ``bench/`` from rotting.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from aid_archive import content, vocab

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
import hugo_site  # noqa: E402
import sizes  # noqa: E402


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_corpus_entries_parse_without_errors(tmp_path: Path) -> None:
    summary = corpus.generate(40, 7, tmp_path)
    entries, problems = content.load_entries(tmp_path / "content", vocab.load())
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert len(entries) == summary["n"] == 40
    langs = Counter(e.lang for e in entries)
    assert set(langs) == {"zh", "fr", "en"} and langs["zh"] > langs["en"]
    assert all(corpus.WORDS[0] <= corpus.count_words(e.body, e.lang) <= corpus.WORDS[1] * 1.2 for e in entries)
    assert all(2015 <= e.date.year <= 2025 for e in entries if e.date)


def test_corpus_is_byte_identical_for_a_seed(tmp_path: Path) -> None:
    corpus.generate(12, 3, tmp_path / "a")
    corpus.generate(12, 3, tmp_path / "b")
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a == b and len(a) == 13  # 12 entries and corpus.json
    corpus.generate(12, 4, tmp_path / "c")
    assert _files(tmp_path / "c") != a


def test_hugo_site_has_one_page_per_entry(tmp_path: Path) -> None:
    corpus.generate(5, 1, tmp_path / "corpus")
    assert hugo_site.write_site(tmp_path / "corpus" / "content", tmp_path / "hugo") == 5
    assert len(list((tmp_path / "hugo" / "content" / "entries").glob("*.md"))) == 5


def test_runner_quick_prints_a_table() -> None:
    # Inside the repository (entries are shown relative to it), one folder per test run.
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="test-", dir=ROOT / "bench" / "out"))
    try:
        result = subprocess.run(
            [sys.executable, "bench/run.py", "--quick", "--sizes", "12", "--runs", "1", "--workdir", str(work)],
            cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    for scenario in ("cold", "noop", "edit", "live", "render", "index"):
        assert f"| 12 | {scenario} |" in result.stdout
    index_row = next(line for line in result.stdout.splitlines() if line.startswith("| 12 | index |"))
    assert "records" in index_row and "feed" in index_row and "1 shard" in index_row
    if hugo_site.binary() is not None:  # the bench extras are installed
        assert "| 12 | hugo+pagefind |" in result.stdout


def test_index_variants_run_and_leave_the_search_module_as_it_was(tmp_path: Path) -> None:
    import index_variants

    from aid_archive import search

    before = (search.build_record, search.INDEX_OPTIONS)
    corpus.generate(12, 2, tmp_path / "corpus-12-s2")
    figures = {v: index_variants.run(v, tmp_path / "corpus-12-s2" / "content") for v in index_variants.VARIANTS}
    assert (search.build_record, search.INDEX_OPTIONS) == before
    assert all(f["mb"] > 0 and f["wall"] > 0 for f in figures.values())
    # Three languages' indexes hold more files than one: the variant did change the index.
    assert figures["per-language"]["mb"] > figures["current"]["mb"]


def test_index_variants_prints_one_row_per_variant_and_round(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import index_variants

    assert index_variants.main(["--n", "12", "--runs", "1", "--workdir", str(tmp_path)]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| 1 |")]
    assert [row.split(" | ")[1] for row in rows] == list(index_variants.VARIANTS)


def test_sizes_accounts_for_every_byte_of_a_built_site(site: Path) -> None:
    import run

    figures = sizes.measure(site)
    kinds = figures["kinds"]
    files = [p for p in site.rglob("*") if p.is_file()]
    assert sum(r["files"] for r in kinds.values()) == len(files)
    assert sum(r["bytes"] for r in kinds.values()) == figures["bytes"] == sum(p.stat().st_size for p in files)
    assert figures["tar"] == run.tar_size(site)  # the same tar as the benchmarks'
    n = figures["entries"]
    pages = [p.read_text("utf-8") for p in (site / "en" / "entries").glob("*/index.html")]
    assert n == len([p for p in pages if 'http-equiv="refresh"' not in p]) > 0  # redirects aside
    assert kinds["entry, original language"]["files"] == n  # one page holds each body …
    assert kinds["entry, other languages"]["files"] == 2 * n  # … the two others link to it
    feeds = [p for lang in ("en", "fr", "zh") for pattern in ("feed.xml", "feed/*.xml", "regions/*/feed.xml") for p in (site / lang).glob(pattern)]
    assert kinds["feeds"]["files"] == len(feeds) > 3
    assert kinds["search: fragments"]["files"] == n
    body = next(p for p in (site / "fr" / "entries").glob("*/index.html") if 'class="body"' in p.read_text("utf-8"))
    assert sizes.kind_of(body.relative_to(site).as_posix(), sizes.original_trees(site)) == "entry, original language"


def test_sizes_prints_the_breakdown(site: Path) -> None:
    result = subprocess.run([sys.executable, "bench/sizes.py", str(site)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for name, _ in (*sizes.KINDS, ("folders and tar's end", ""), ("**total**", "")):
        assert f"| {name} |" in result.stdout
    assert f"{sizes.measure(site)['tar']:,} bytes as tar" in result.stdout
