"""The importer on the fidelity corpus (tests/fidelity/*/): every field stays above its floor."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FLOORS = yaml.safe_load((ROOT / "tests" / "fidelity" / "floors.yaml").read_text("utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("fidelity", ROOT / "bench" / "fidelity.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["fidelity"] = module
    spec.loader.exec_module(module)
    return module


fidelity = _bench()


@pytest.fixture(scope="module")
def scores() -> list:
    return [fidelity.score_set(s) for s in fidelity.corpus_sets()]


def test_the_shared_set_is_there_and_every_set_has_a_golden_answer_for_each_seed() -> None:
    sets = fidelity.corpus_sets()
    assert "shared" in [s.name for s in sets]
    for s in sets:
        golden = yaml.safe_load((s / "golden.yaml").read_text("utf-8"))
        assert sorted(golden) == sorted(p.name for p in (s / "seeds").iterdir()), s


@pytest.mark.parametrize("name", fidelity.FIELDS)
def test_field_holds_its_floor(scores: list, name: str) -> None:
    articles = sum(s.articles for s in scores)
    right = sum(s.right[name] for s in scores)
    failures = [f for s in scores for f in s.failures if f": {name} " in f or "not imported" in f]
    assert right / articles >= FLOORS[name], f"{name}: {right}/{articles} below {FLOORS[name]:.0%}\n" + "\n".join(failures)


def test_agrees_with_the_reference_scorer_on_the_shared_set(scores: list) -> None:
    shared = next(s for s in scores if s.name == "shared")
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "fidelity" / "shared" / "score.py"), str(ROOT / "tests" / "fidelity" / "shared")],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    reference = {m[1]: int(m[2]) for m in re.finditer(r"^\| ([a-z ]+) \| (\d+) \| (\d+) \|", run.stdout, re.M)}
    assert reference == shared.right, run.stdout
