"""Write the rendered site: the only stage that touches the output folder.

Every path is checked as it comes (relative, normalised, inside the folder, one writer per
file); the files go into a new folder beside the output as they are rendered, which is then
swapped in with one atomic exchange of the two names (``renameat2(RENAME_EXCHANGE)``), so a
failed or killed build leaves the last good site as it was, and the output folder exists at
every instant. Files whose bytes did not change are hard-linked from the last site rather than
written again. One build at a time writes an output folder (:func:`lock`); the next one clears
what a killed one left beside it (:func:`recover`).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
import xml.parsers.expat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath

RENAME_EXCHANGE = 2  # linux/fs.h
AT_FDCWD = -100


class UnsafePath(ValueError):
    """A path that could write outside the output folder, or clash with another path."""


def check_xml(path: str, data: bytes) -> None:
    """Refuse a feed or sitemap that is not well-formed XML (a reader's feed client would)."""
    if not path.endswith(".xml"):
        return
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise UnsafePath(f"{path!r}: not well-formed XML ({exc}); a character an entry holds may not be allowed in XML") from None


class Busy(OSError):
    """Another build or preview is writing the same output folder."""


STAMP = "inputs"  # file of the state folder saying what the output was built from (cache.py)


def state_folder(out_dir: Path) -> Path:
    """The build's state, beside the output folder, not in it: it is not published."""
    return out_dir.parent / f"{out_dir.name}.build-cache"


def _lock_path(out_dir: Path) -> Path:
    return state_folder(out_dir) / "lock"


@contextlib.contextmanager
def lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for one build or preview; raise :class:`Busy` when another has it.

    The lock is the operating system's (``flock``): it ends with the process, however it ends,
    so a killed build never leaves it behind. Where there is no ``flock`` nothing is locked.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    path = _lock_path(Path(out_dir))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise Busy(f"another build or preview (process {holder}) is writing {out_dir.name}/; wait for it to end or stop it, then try again") from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def recover(out_dir: Path) -> list[Path]:
    """Clear what a killed build left beside ``out_dir`` (call it holding :func:`lock`).

    A last good site moved aside (``_site.old-*/site``, by the two-rename fallback of
    :meth:`Staging.commit`) is put back when the output folder is missing; then staging
    folders (``_site.new-*``) and moved-aside ones are deleted. Return what was deleted.
    """
    out_dir = Path(out_dir)
    parent = out_dir.parent
    if not parent.is_dir():
        return []
    if out_dir.is_dir():
        apply_journal(out_dir)  # an in-place commit killed halfway: finish it
    aside = sorted(parent.glob(f"{out_dir.name}.old-*"))
    if not out_dir.exists() and not out_dir.is_symlink():
        for folder in reversed(aside):
            if (folder / "site").is_dir():
                os.replace(folder / "site", out_dir)
                break
    stale = [*sorted(parent.glob(f"{out_dir.name}.new-*")), *aside]
    for folder in stale:
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
    return stale


def exchange(a: Path, b: Path) -> bool:
    """Swap the names ``a`` and ``b`` in one atomic step; ``False`` where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # a libc without renameat2 (glibc < 2.28)
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # a kernel or file system without it
    raise OSError(code, os.strerror(code), str(a), None, str(b))


class Paths:
    """Paths accepted so far, checked one at a time as the files stream in."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self.files: dict[str, str] = {}  # casefolded → as given
        self.folders: dict[str, str] = {}  # casefolded → as given
        self.reserved: dict[str, str] = {f.casefold(): f for f in reserved}  # folders others write

    def add(self, path: str) -> None:
        """Refuse absolute, non-normalised or escaping paths, case clashes, file/folder clashes
        and paths inside a reserved folder."""
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
        if key in self.files:
            raise UnsafePath(f"{path!r}: written twice (clashes with {self.files[key]!r})")
        if key in self.folders or key in self.reserved:
            raise UnsafePath(f"{path!r}: {path!r} is both a file and a folder")
        parents = [p.as_posix() for p in pure.parents][:-1]
        for parent in parents:
            if parent.casefold() in self.files:
                raise UnsafePath(f"{path!r}: {parent!r} is both a file and a folder")
            if parent.casefold() in self.reserved:
                raise UnsafePath(f"{path!r}: inside {parent!r}, a folder another stage writes")
        self.files[key] = path
        for parent in parents:
            self.folders.setdefault(parent.casefold(), parent)


def check_paths(paths: Iterable[str]) -> None:
    """Check every path as :meth:`Paths.add` does."""
    checked = Paths()
    for path in paths:
        checked.add(path)


class Staging:
    """A new site folder beside ``out_dir``, filled file by file, then swapped in whole.

    A file whose bytes equal the previous site's is hard-linked from it instead of written (its
    modification time stays, so deploys and watchers see only real changes); :meth:`keep` links
    a previous file unread, for pages the build knows did not change. Used as a context manager,
    leaving the block with an exception discards the new folder: the last good site stays.
    """

    def __init__(
        self, out_dir: Path, reserved: Iterable[str] = (), in_place: bool = False, previous_files: Iterable[str] | None = None,
    ) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.previous = self.out_dir.resolve() if self.out_dir.is_dir() else None
        self.root = Path(tempfile.mkdtemp(dir=self.out_dir.parent, prefix=f"{self.out_dir.name}.new-")).resolve()
        self.paths = Paths(reserved)
        self.written = 0  # files whose bytes were written
        self.linked = 0  # files taken over from the previous site
        self._folders: set[Path] = set()
        # In place: only the files that differ are staged, then moved into the last site under a
        # journal (:func:`apply_journal`); what the build did not name is deleted.
        self.in_place = in_place and self.previous is not None
        self._staged: list[str] = []
        self._named: set[str] = set()
        self._reserved_staged: list[str] = []
        self._previous_files = set(previous_files) if previous_files is not None else None  # else listed

    @property
    def named(self) -> list[str]:
        """Every path of the new site the build named (reserved folders aside), sorted."""
        return sorted(self._named if self.in_place else self.paths.files.values())

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is not None:
            self.discard()

    def _target(self, path: str) -> Path:
        self.paths.add(path)
        target = self.root / path  # checked: relative, normalised, no ".."; the folder is new
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def _old(self, path: str) -> Path | None:
        if self.previous is None:
            return None
        old = self.previous / path
        return old if old.is_file() and not old.is_symlink() and self.previous in old.resolve().parents else None

    def add(self, path: str, data: bytes) -> None:
        """Store one file: linked from the previous site when its bytes are the same."""
        check_xml(path, data)
        old = self._old(path)
        same = old is not None and old.stat().st_size == len(data) and old.read_bytes() == data
        if self.in_place:
            self.paths.add(path)
            self._named.add(path)
            if same:
                self.linked += 1
                return
            target = self._target_unchecked(path)
            self._staged.append(path)
        else:
            target = self._target(path)
            if same and old is not None and _link(old, target):
                self.linked += 1
                return
        target.write_bytes(data)
        self.written += 1

    def _target_unchecked(self, path: str) -> Path:
        target = self.root / path  # checked by the caller
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def keep(self, path: str) -> bool:
        """Take ``path`` over from the previous site unread; ``False`` when it has no such file."""
        if self.in_place:
            # a path the last build wrote from the same inputs, checked then: only whether the
            # file is still there, as a regular file, is asked again
            if not self._still_there(path):
                return False
            self.paths.files[path.casefold()] = path
            self._named.add(path)
            self.linked += 1
            return True
        old = self._old(path)
        if old is None:
            return False
        target = self._target(path)
        if not _link(old, target):
            shutil.copy2(old, target)
        self.linked += 1
        return True

    def _still_there(self, path: str) -> bool:
        """Whether the last site has ``path`` as a regular file (a link is not followed)."""
        try:
            return stat.S_ISREG(os.lstat(f"{self.previous}/{path}").st_mode)
        except OSError:
            return False

    def keep_all(self, paths: list[str]) -> list[str]:
        """:meth:`keep` each of ``paths``; return those the previous site has no file for (one
        lost from the output is rendered again). In place, each is only asked whether it is
        still there, as a regular file."""
        if not self.in_place:
            return [path for path in paths if not self.keep(path)]
        kept, missing = [], []
        for path in paths:
            (kept if self._still_there(path) else missing).append(path)
        self.paths.files.update((path.casefold(), path) for path in kept)
        self._named.update(kept)
        self.linked += len(kept)
        return missing

    def folder(self, name: str) -> Path:
        """A reserved folder of the new site, for a stage that writes its own files (the index)."""
        if name.casefold() not in self.paths.reserved:
            raise UnsafePath(f"{name!r}: not a reserved folder")
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def keep_folder(self, name: str) -> int:
        """Take a reserved folder over from the previous site whole; return its number of files.
        In place, it stays where it is; what a stage writes in it here replaces its namesake
        (:meth:`replace_in_folder`)."""
        source = self.previous / name if self.previous is not None else None
        if source is None or not source.is_dir() or source.is_symlink():
            return 0
        if self.in_place:
            count = sum(len(files) for _, _, files in os.walk(source))
            self._reserved_staged.append(name)
            self.linked += count
            return count
        target, count = self.folder(name), 0
        for old in sorted(source.rglob("*")):
            if old.is_file() and not old.is_symlink():
                new = target / old.relative_to(source)
                new.parent.mkdir(parents=True, exist_ok=True)
                if not _link(old, new):
                    shutil.copy2(old, new)
                count += 1
        self.linked += count
        return count

    def settle_folder(self, name: str) -> int:
        """Replace each file of reserved folder ``name`` whose bytes equal the previous site's by
        a link to that file (its modification time stays); return how many were. In place, those
        files are not moved in at all (:meth:`commit`)."""
        if self.in_place:
            return 0
        source = self.previous / name if self.previous is not None else None
        if source is None or not source.is_dir():
            return 0
        count = 0
        for new in sorted(self.folder(name).rglob("*")):
            old = self._old(new.relative_to(self.root).as_posix())
            if (
                old is not None and new.is_file() and not new.is_symlink()
                and old.stat().st_size == new.stat().st_size and old.read_bytes() == new.read_bytes()
            ):
                spare = new.with_name(f".{new.name}.link")
                if _link(old, spare):
                    os.replace(spare, new)
                    count += 1
        self.linked += count
        return count

    def commit(self) -> None:
        """Swap the new folder in for the old one in one step; on failure the old one stays.
        In place, the staged files are moved into the old folder under a journal instead.

        Where the system cannot exchange two names, the old folder is renamed aside first and
        the new one renamed in: a kill between the two leaves the old one aside, and the next
        build puts it back (:func:`recover`).
        """
        os.chmod(self.root, 0o755)
        # whatever said which inputs the old folder was built from no longer holds
        (state_folder(self.out_dir) / STAMP).unlink(missing_ok=True)
        if self.in_place:
            self._commit_in_place()
            return
        if self.out_dir.exists() and exchange(self.root, self.out_dir):
            shutil.rmtree(self.root, ignore_errors=True)  # now the last site
            return
        old: Path | None = None
        try:
            if self.out_dir.exists():
                old = Path(tempfile.mkdtemp(dir=self.out_dir.parent, prefix=f"{self.out_dir.name}.old-"))
                os.replace(self.out_dir, old / "site")
            os.replace(self.root, self.out_dir)
        except BaseException:
            if old is not None and (old / "site").exists() and not self.out_dir.exists():
                os.replace(old / "site", self.out_dir)  # put the last good site back
            self.discard()
            raise
        finally:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)

    def _commit_in_place(self) -> None:
        """Write the journal (files to move in, files to delete), then carry it out."""
        assert self.previous is not None
        moves = list(self._staged)
        reserved = {name: f"{name}/" for name in self.paths.reserved.values()}
        deletions = sorted(self._previous_files - self._named) if self._previous_files is not None else []
        for top, folders, files in os.walk(self.previous) if self._previous_files is None else ():
            here = Path(top).relative_to(self.previous).as_posix()
            prefix = "" if here == "." else f"{here}/"
            if any(prefix.startswith(r) for r in reserved.values()):
                folders[:] = []
                continue
            deletions += [f"{prefix}{f}" for f in files if f"{prefix}{f}" not in self._named]
        for name in reserved:
            new = _files_under(self.root, name)
            if name in self._reserved_staged:  # kept: a subfolder a stage wrote replaces its namesake
                replaced = set().union(*(_files_under(self.previous, f"{name}/{sub}") for sub in _subfolders(self.root / name)))
                deletions += sorted(replaced - new)
            elif new:  # written whole (when not written at all, it is left as it was)
                deletions += sorted(_files_under(self.previous, name) - new)
            moves += [f for f in sorted(new) if not _same_file(self.previous / f, self.root / f)]
        _write_journal(self.out_dir, {"staging": self.root.name, "moves": moves, "deletions": sorted(deletions)})
        apply_journal(self.out_dir)

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _files_under(root: Path, name: str) -> set[str]:
    folder = root / name
    if not folder.is_dir() or folder.is_symlink():
        return set()
    return {p.relative_to(root).as_posix() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def _same_file(old: Path, new: Path) -> bool:
    try:
        return old.stat().st_size == new.stat().st_size and old.read_bytes() == new.read_bytes()
    except OSError:
        return False


def _subfolders(folder: Path) -> list[str]:
    """The folders directly inside a staged reserved folder: each replaces its namesake whole."""
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


JOURNAL = "journal.json"  # in the state folder while an in-place commit is carried out


def _write_journal(out_dir: Path, journal: Mapping[str, object]) -> None:
    import json

    path = state_folder(out_dir) / JOURNAL
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(journal, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def apply_journal(out_dir: Path) -> bool:
    """Carry out an in-place commit's journal to its end: move each staged file in (a reserved
    subfolder replaced whole), delete what the new site no longer has, then forget the journal
    and the staging folder. Each step can be done again, so a commit killed halfway is finished
    by the next build (:func:`recover`). ``False`` when there is no journal.

    The site is a mix of the last one and the new one only while this runs (milliseconds for an
    edit); a build that fails before its commit leaves the last site untouched."""
    import json

    out_dir = Path(out_dir)
    path = state_folder(out_dir) / JOURNAL
    try:
        journal = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    staging = out_dir.parent / journal["staging"]
    for relative in journal["moves"]:
        source, target = staging / relative, out_dir / relative
        if source.exists() or source.is_symlink():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    for relative in journal["deletions"]:
        target = out_dir / relative
        if target.is_file() or target.is_symlink():
            target.unlink()
            for parent in target.parents:
                if parent == out_dir or any(parent.iterdir()):
                    break
                parent.rmdir()
    shutil.rmtree(staging, ignore_errors=True)
    path.unlink(missing_ok=True)
    return True


def _link(old: Path, new: Path) -> bool:
    try:
        os.link(old, new)
    except OSError:  # another disk, or a file system without hard links
        return False
    return True


def write_site(files: Mapping[str, bytes] | Iterable[tuple[str, bytes]], out_dir: Path) -> int:
    """Write ``files`` (relative path → bytes, or such pairs as they are rendered) as the whole
    content of ``out_dir``; return the count.

    The site is staged in a new folder beside ``out_dir`` and swapped in (files equal to the
    previous site's are linked, not rewritten); :func:`update_site` updates one in place.
    """
    out_dir = Path(out_dir)
    count = 0
    with Staging(out_dir) as staging:
        for path, data in files.items() if isinstance(files, Mapping) else files:
            staging.add(path, data)
            count += 1
        staging.commit()
    return count


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
        check_xml(path, data)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        written += 1
    return written
