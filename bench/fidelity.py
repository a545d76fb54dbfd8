#!/usr/bin/env python3
"""Fidelity of import: per-field accuracy on the corpus sets of ``tests/fidelity/*/``.

    .venv/bin/python bench/fidelity.py [SET_DIR ...] [--markdown]

Each set (a folder with ``seeds/`` and ``golden.yaml``) is imported with ``build.py import`` into a
temporary copy of the project (without _site/, .venv/, .git/; its own seeds/ and an empty
content/), each entry is found by its ``seed:`` field and compared with the golden answers with the
rules of the reference scorer ``tests/fidelity/shared/score.py``: lang, title, date, source,
authors, region, origin, text kept, debris removed. It prints every failure, then the table per set
and overall. Exit status 0 when every field of every set is at least 95 %.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fidelity"
FIELDS = ("lang", "title", "date", "source", "authors", "region", "origin", "text kept", "debris removed")
TARGET = 0.95
_TOP_SKIP = {"_site", "_site.build-cache", ".git", ".venv", ".pytest_cache", "node_modules", "bench", "tests", "seeds", "content"}


def _skip(folder: str, names: list[str]) -> set[str]:
    """What the copy of the project leaves out: build output, environments, and its own seeds/content."""
    top = Path(folder) == ROOT
    return {n for n in names if n == "__pycache__" or (top and n in _TOP_SKIP)}


def norm(s: str) -> str:
    """Titles compare without whitespace and with full-width punctuation folded (as score.py)."""
    return re.sub(r"\s+", "", s).translate(str.maketrans({"，": ",", "：": ":", "！": "!", "？": "?"}))


def compare(want: dict, meta: dict, body: str) -> dict[str, tuple[bool, str]]:
    """Each field's verdict and, when wrong, what was found; the rules of score.py."""
    out: dict[str, tuple[bool, str]] = {}
    out["lang"] = (meta.get("lang") == want["lang"], f"lang {meta.get('lang')!r} != {want['lang']!r}")
    t = meta.get("title") or {}
    t = t.get(want["lang"]) if isinstance(t, dict) else t
    out["title"] = (norm(str(t or "")) == norm(want["title"]), f"title {t!r} != {want['title']!r}")
    d = meta.get("date")
    out["date"] = ((str(d) if d is not None else None) == want["date"], f"date {d!r} != {want['date']!r}")
    src = meta.get("source")
    ok = (want["source"] is None and src is None) or (src is not None and src == want.get("source_id")) or (
        bool(want["source"]) and isinstance(src, str | dict) and want["source"] in yaml.safe_dump(src, allow_unicode=True))
    out["source"] = (ok, f"source {src!r} != {want.get('source_id') or want['source']!r}")
    a = [str(x) for x in (meta.get("authors") or [])]
    out["authors"] = (sorted(a) == sorted(want.get("authors") or []), f"authors {a} != {want.get('authors')}")
    for k in ("region", "origin"):
        out[k] = (meta.get(k) == want[k], f"{k} {meta.get(k)!r} != {want[k]!r}")
    miss = [s for s in want["body_has"] if s not in body]
    out["text kept"] = (not miss, f"text kept: body lacks {miss}")
    left = [s for s in want["body_lacks"] if s in body]
    out["debris removed"] = (not left, f"debris removed: body still has {left}")
    return out


def entries_by_seed(content: Path) -> dict[str, tuple[dict, str]]:
    """Front matter and body of every entry, by the file name of its seed."""
    out = {}
    for p in sorted(content.rglob("*.md")):
        m = re.match(r"^---\n(.*?)\n---\n?(.*)$", p.read_text(encoding="utf-8", errors="replace"), re.S)
        if not m:
            continue
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError:
            continue
        if isinstance(meta, dict) and meta.get("seed"):
            out[str(meta["seed"]).split("/")[-1]] = (meta, m.group(2))
    return out


@dataclass
class SetScore:
    """One corpus set: right answers per field, and every failure as 'seed: field …'."""

    name: str
    articles: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    failures: list[str] = field(default_factory=list)
    report: str = ""  # what build.py import printed

    def share(self, name: str) -> float:
        return self.right[name] / self.articles if self.articles else 1.0


def import_set(corpus: Path) -> tuple[dict[str, tuple[dict, str]], str]:
    """Import one set's seeds into a fresh copy of the project; its entries and import's output."""
    with tempfile.TemporaryDirectory(prefix="fidelity-") as tmp:
        project = Path(tmp) / "p"
        shutil.copytree(ROOT, project, ignore=_skip)
        shutil.copytree(corpus / "seeds", project / "seeds")
        (project / "content").mkdir()
        python = ROOT / ".venv" / "bin" / "python"
        run = subprocess.run([str(python if python.exists() else sys.executable), "build.py", "import"],
                             cwd=project, capture_output=True, text=True, timeout=900)
        return entries_by_seed(project / "content"), run.stdout + run.stderr


def score_set(corpus: Path) -> SetScore:
    golden = yaml.safe_load((corpus / "golden.yaml").read_text(encoding="utf-8")) or {}
    got, report = import_set(corpus)
    result = SetScore(corpus.name, len(golden), report=report)
    for name, want in golden.items():
        if name not in got:
            result.failures.append(f"{corpus.name}/{name}: not imported")
            continue
        for k, (ok, detail) in compare(want, *got[name]).items():
            result.right[k] += ok
            if not ok:
                result.failures.append(f"{corpus.name}/{name}: {detail}")
    return result


def corpus_sets(root: Path = CORPUS) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "golden.yaml").is_file() and (p / "seeds").is_dir())


def table(scores: list[SetScore]) -> str:
    """Markdown table: one column per set and one for all sets together."""
    total = SetScore("all", sum(s.articles for s in scores))
    for s in scores:
        for k in FIELDS:
            total.right[k] += s.right[k]
    columns = [*scores, total] if len(scores) > 1 else scores
    head = "| field | " + " | ".join(f"{s.name} ({s.articles})" for s in columns) + " |"
    rows = [head, "|---" * (len(columns) + 1) + "|"]
    for k in FIELDS:
        rows.append(f"| {k} | " + " | ".join(f"{s.right[k]}/{s.articles} ({100 * s.share(k):.0f} %)" for s in columns) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sets", nargs="*", type=Path, help="corpus sets (default: every tests/fidelity/*/)")
    p.add_argument("--report", action="store_true", help="also print what build.py import printed")
    args = p.parse_args(argv)
    scores = [score_set(s.resolve()) for s in (args.sets or corpus_sets())]
    for s in scores:
        if args.report:
            print(s.report)
        for line in s.failures:
            print(line)
    print(table(scores))
    return 0 if all(s.share(k) >= TARGET for s in scores for k in FIELDS) else 1


if __name__ == "__main__":
    sys.exit(main())
