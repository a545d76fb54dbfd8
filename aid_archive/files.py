"""Input files, found and read safely, and output files written atomically.

Only regular files inside the project are read: a symbolic link (even to a file of the project),
a named pipe, a device, a socket or a folder where a file is expected is refused with one line
naming it, and a file over its size limit is refused before it is read. Files that look like
inputs but would not be read (``x.MD``, ``x.markdown``, ``sub/x.md``, ``.x.txt``) are named as
ignored. Writes go to a temporary file beside the target, then replace it in one rename, so a
kill leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .models import Problem

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtext")


class Refused(OSError):
    """A file that is not read: not a regular file, or too large. ``str()`` is the reason;
    ``filename`` the file."""

    def __init__(self, reason: str, path: Path | None = None) -> None:
        super().__init__(reason)
        self.filename = str(path) if path is not None else None

    def __str__(self) -> str:
        return str(self.args[0])


def shown(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` when it is inside it, as messages show it."""
    text, base = str(path), str(root) if root is not None else ""
    if base.startswith("/") and text.startswith("/") and "/./" not in text and "/../" not in text:  # the common case, as strings
        base = base.rstrip("/") + "/"
        if text.startswith(base) and len(text) > len(base):
            return text[len(base):]
        if not text.startswith(base.rstrip("/") or "/"):
            return text
    if root is not None and path.is_relative_to(root):
        return str(path.relative_to(root))
    return str(path)


def kind_of(mode: int) -> str:
    """What a file that is not a regular one is, in the words of a message."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def refusal(path: Path) -> str | None:
    """Why ``path`` would not be read (it is no regular file), or ``None`` when it would."""
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISREG(mode):
        return None
    what = kind_of(mode)
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"is {what} (to {target}); only regular files are read: replace it with the file itself"
    return f"is {what}; only regular files are read: remove it or replace it with a file"


def read_bytes(path: Path, limit: int, *, setting: str = "") -> bytes:
    """The bytes of regular file ``path``; raise :class:`Refused` (a message) for anything else.

    The file is opened without following a link and without blocking on a pipe, then checked
    to be a regular file of at most ``limit`` bytes (``setting`` names the config.yaml key of
    the limit in the message). A link is never followed, so nothing outside the folders the
    project names (``content/``, ``seeds/``) is read through one.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        reason = refusal(path)
        raise Refused(reason or f"cannot be read ({exc.strerror})", path) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise Refused(f"is {kind_of(info.st_mode)}; only regular files are read: remove it or replace it with a file", path)
    with os.fdopen(fd, "rb") as f:
        if info.st_size > limit:
            raise Refused(too_large(info.st_size, limit, setting), path)
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while read
        raise Refused(too_large(len(data), limit, setting), path)
    return data


def too_large(size: int, limit: int, setting: str) -> str:
    where = f"{setting} in config.yaml" if setting else "the limit"
    return f"is {size:,} bytes, over {where} ({limit:,} bytes); split it, or raise {setting or 'the limit'} if it is right"


@dataclass(frozen=True)
class Found:
    """What a folder holds: the files to read and a problem for each one refused or ignored."""

    files: tuple[Path, ...]
    problems: tuple[Problem, ...]


def entries_in(folder: Path, root: Path | None = None) -> Found:
    """The entry files of ``folder``: regular ``*.md`` files directly inside it.

    ``*.md`` that are links, pipes, devices or folders are errors; Markdown files with another
    extension (``x.MD``, ``x.markdown``), in a subfolder or hidden are named as ignored.
    """
    if not folder.is_dir():
        return Found((), ())
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if name.endswith(".md") and not name.startswith("."):
            reason = refusal(path)
            if reason:
                problems.append(Problem(shown(path, root), 0, "", reason))
            else:
                files.append(path)
        elif name.endswith(".md.seed-update") and not name.startswith("."):
            problems.append(Problem(
                shown(path, root), 0, "",
                f"a new import of {name.removesuffix('.seed-update')}'s seed, which changed after the entry was edited; merge what is new into the entry, then delete this file",
                "warning",
            ))
        elif _is_markdown(name):
            hidden = name.startswith(".")
            why = "a hidden file" if hidden else f"only the extension .md (lowercase) is read; rename it to {Path(name).stem}.md"
            problems.append(Problem(shown(path, root), 0, "", f"ignored: {why}", "warning"))
        elif path.is_dir() and not path.is_symlink() and not name.startswith("."):
            for inner in sorted(path.rglob("*")):
                if _is_markdown(inner.name):
                    problems.append(Problem(
                        shown(inner, root), 0, "",
                        f"ignored: entries are read from {shown(folder, root)}/ only, not its subfolders; move it there",
                        "warning",
                    ))
    return Found(tuple(files), tuple(problems))


def _is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def seeds_in(folder: Path, root: Path | None = None) -> Found:
    """The seed files of ``folder``: every regular file directly inside it.

    Links, pipes, devices and folders are errors; hidden files (``.x.txt``) are named as ignored
    (``.gitkeep`` and the like excepted).
    """
    if not folder.is_dir():
        return Found((), ())
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            if path.name not in (".gitkeep", ".keep", ".gitignore", ".DS_Store"):
                problems.append(Problem(shown(path, root), 0, "", "ignored: a hidden file; rename it without the leading '.' to import it", "warning"))
            continue
        reason = refusal(path)
        if reason:
            problems.append(Problem(shown(path, root), 0, "", reason))
        else:
            files.append(path)
    return Found(tuple(files), tuple(problems))


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step: a temporary file beside it, synced, then renamed
    over it (a link at ``path`` is replaced, never followed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
