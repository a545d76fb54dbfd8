"""A build whose inputs have not changed is skipped; any changed input rebuilds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_an_unchanged_build_is_skipped_and_a_changed_entry_rebuilds(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "_site"
    shutil.copytree(ROOT / "content", content)

    def build(*flags: str) -> str:
        done = subprocess.run(
            [sys.executable, "build.py", "--content", str(content), "--output", str(out), *flags, "build"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )
        return done.stdout

    assert "5 entries" in build()
    page = out / "en/index.html"
    stamp = page.stat().st_mtime_ns
    assert "is up to date" in build()
    assert page.stat().st_mtime_ns == stamp
    assert "5 entries" in build("--force")
    entry = next(content.glob("*.md"))
    entry.write_text(entry.read_text("utf-8").replace("  en: ", "  en: Edited ", 1), "utf-8")
    assert "5 entries" in build()
    assert "Edited " in (out / "en/index.html").read_text("utf-8")
