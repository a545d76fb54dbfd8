"""Write the rendered site: the only stage that touches the output folder.

Every path is checked first (relative, normalised, inside the folder, one writer per file);
the files go into a temporary folder beside the output, which is then swapped in, so a failed
build leaves the last good site as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath


class UnsafePath(ValueError):
    """A path that could write outside the output folder, or clash with another path."""


def check_paths(paths: list[str]) -> None:
    """Refuse absolute, non-normalised or escaping paths, case clashes and file/folder clashes."""
    seen: dict[str, str] = {}
    for path in paths:
        pure = PurePosixPath(path)
        if (
            not path
            or "\\" in path
            or "\0" in path
            or pure.is_absolute()
            or pure.as_posix() != path
            or any(part in ("", ".", "..") for part in path.split("/"))
            or ":" in pure.parts[0]
        ):
            raise UnsafePath(f"{path!r}: not a plain relative path inside the output folder")
        key = path.casefold()
        if key in seen:
            raise UnsafePath(f"{path!r}: written twice (clashes with {seen[key]!r})")
        seen[key] = path
    for path in paths:
        for parent in PurePosixPath(path).parents:
            if parent.as_posix() != "." and parent.as_posix().casefold() in seen:
                raise UnsafePath(f"{path!r}: {parent.as_posix()!r} is both a file and a folder")


def _write_tree(files: Mapping[str, bytes], root: Path) -> None:
    """Write into a new, empty folder: no symlink can be there, and ``check_paths`` has refused
    absolute and ``..`` paths, so joining is safe without resolving each path."""
    base = root.resolve()
    folders: set[Path] = set()
    for path, data in files.items():
        target = base / path
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        target.write_bytes(data)


def _write_changed(files: Mapping[str, bytes], out_dir: Path) -> int:
    """Rewrite only files whose bytes changed (each atomically) and delete stale ones."""
    out_dir.mkdir(parents=True, exist_ok=True)
    base = out_dir.resolve()
    written = _write_changed_only(files, base)
    wanted = {(base / p) for p in files}
    for existing in sorted(base.rglob("*"), reverse=True):
        if existing.is_file() and existing not in wanted:
            existing.unlink()
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    return written


def write_site(files: Mapping[str, bytes], out_dir: Path, *, only_changed: bool = False) -> int:
    """Write ``files`` (relative path → bytes) as the whole content of ``out_dir``; return the count.

    By default the site is written to a temporary folder beside ``out_dir`` and swapped in.
    With ``only_changed``, files are updated in place and only when their bytes differ (for live
    preview); the count is then the number of files rewritten.
    """
    check_paths(list(files))
    out_dir = Path(out_dir)
    if only_changed:
        return _write_changed(files, out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f"{out_dir.name}.new-"))
    old: Path | None = None
    try:
        _write_tree(files, staging)
        os.chmod(staging, 0o755)
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f"{out_dir.name}.old-"))
            os.replace(out_dir, old / "site")
        os.replace(staging, out_dir)
    except BaseException:
        if old is not None and (old / "site").exists() and not out_dir.exists():
            os.replace(old / "site", out_dir)  # put the last good site back
        shutil.rmtree(staging, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return len(files)


def update_site(files: Mapping[str, bytes], removed: Iterable[str], out_dir: Path) -> int:
    """Rewrite ``files`` whose bytes differ (each atomically) and delete ``removed``; others stay.

    For the live preview, which re-renders only what an edit touched; return how many changed.
    """
    removed = sorted(set(removed) - set(files))
    check_paths([*files, *removed])
    base = Path(out_dir).resolve()
    base.mkdir(parents=True, exist_ok=True)
    written = _write_changed_only(files, base)
    for path in removed:
        target = (base / path).resolve()
        if base not in target.parents:
            raise UnsafePath(f"{path!r}: resolves outside {out_dir}")
        if target.is_file():
            target.unlink()
            written += 1
            for parent in target.parents:
                if parent == base or any(parent.iterdir()):
                    break
                parent.rmdir()
    return written


def _write_changed_only(files: Mapping[str, bytes], base: Path) -> int:
    """Rewrite each file whose bytes differ, atomically; return how many were rewritten."""
    written = 0
    for path, data in files.items():
        target = (base / path).resolve()
        if base not in target.parents:
            raise UnsafePath(f"{path!r}: resolves outside {base}")
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        written += 1
    return written
