"""Skip a build whose inputs have not changed: a fingerprint of every input, kept with the site."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from .config import Config

STAMP = ".build-inputs"  # file in the output folder holding the fingerprint of its inputs
LIBRARIES = ("jinja2", "markdown", "babel", "nh3", "pagefind", "pagefind_bin_extended", "pyyaml")


def fingerprint(config: Config) -> str:
    """SHA-256 over the settings, the library versions and every input file's path, size and
    modification time (as make does: saving a file changes its time; reading every byte of a
    large archive would cost more than the check saves)."""
    settings = {k: v for k, v in vars(config).items() if k != "output"}  # where it goes is no input
    h = hashlib.sha256(repr(sorted(settings.items())).encode())
    for name in LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(name.encode())
    code = Path(__file__).resolve().parent
    folders = [config.path("content"), config.path("templates"), config.path("vocab"),
               config.root / "static", config.root / "locales", code]
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            stat = path.stat()
            h.update(f"{path.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    config_file = config.root / "config.yaml"
    if config_file.exists():
        h.update(config_file.read_bytes())
    return h.hexdigest()


def up_to_date(config: Config, stamp: str) -> bool:
    """Whether the output folder was built from exactly these inputs."""
    current = config.path("output") / STAMP
    return current.is_file() and current.read_text("ascii").strip() == stamp
