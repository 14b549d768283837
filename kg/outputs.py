"""All-or-nothing output folders: build beside the target, then swap it in as one step.

Every output of a build is written into a fresh sibling folder (``.build.tmp-<pid>-<random>``),
flushed to disk, and then exchanged with the target folder in one ``renameat2(RENAME_EXCHANGE)``
call on Linux (elsewhere: two renames, which a later build repairs if it was cut between them).
So a full disk, an exception or a SIGKILL at any moment leaves either the previous build or the
new one, complete, under the target name; never a mixture. A failed build removes its staging
folder; one killed outright leaves it behind, and the next build into the same parent removes
it (its process is gone).

Entries in the target folder that a build does not write (a ``kg export`` file, say) are carried
into the new folder as hard links, so swapping does not lose them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from kg.errors import GraphError

__all__ = ["Staging", "staged_folder"]

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class Staging:
    """The folder a build writes into before it is swapped in."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names: list[str] = []

    def write(self, name: str, content: str | bytes) -> Path:
        """Write one output file and flush it to disk."""
        target = self.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        _write_bytes(target, data)
        self.names.append(name)
        return target


    @contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """A binary file to write one output into, streaming; flushed to disk on close."""
        target = self.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(target, 0o644)
        self.names.append(name)


def _write_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, 0o644)


@contextmanager
def staged_folder(out: Path, *, owned: tuple[str, ...]) -> Iterator[Staging]:
    """Yield a staging folder; on a clean exit swap it in as ``out``, else remove it.

    ``owned`` names the files a build writes: a non-empty ``out`` holding none of them is not a
    build folder and is refused rather than replaced.
    """
    out = Path(out)
    if out.is_symlink():
        out = out.resolve()
    parent = out.parent
    try:
        _check_target(out, owned)
        parent.mkdir(parents=True, exist_ok=True)
        _recover(out)
        _sweep(out)
        staging = Staging(parent / f".{out.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
        staging.path.mkdir()
    except OSError as exc:
        raise GraphError(exc.filename or out, f"cannot write: {exc.strerror or exc}") from None
    try:
        yield staging
        os.chmod(staging.path, 0o755)
        if out.is_dir():
            _carry_over(out, staging)
        _fsync_dir(staging.path)
        _swap(staging.path, out)
    except OSError as exc:
        shutil.rmtree(staging.path, ignore_errors=True)
        raise GraphError(out, f"cannot write: {exc.strerror or exc}; the previous build, if "
                         "any, is unchanged") from None
    except BaseException:
        shutil.rmtree(staging.path, ignore_errors=True)
        raise


def _check_target(out: Path, owned: tuple[str, ...]) -> None:
    if out.exists() and not out.is_dir():
        raise GraphError(out, "exists and is not a folder; give --out a folder")
    for ancestor in out.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise GraphError(ancestor, "is a file, so nothing can be built inside it")
            break
    if out.is_dir():
        entries = {entry.name for entry in out.iterdir()}
        if entries and not entries & set(owned):
            raise GraphError(out, "is a folder that holds no kg build; refusing to replace it "
                             "(choose a new or empty folder for the build)")


def _carry_over(out: Path, staging: Staging) -> None:
    for entry in out.iterdir():
        if entry.name in staging.names or (staging.path / entry.name).exists():
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, staging.path / entry.name, symlinks=True,
                            copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, staging.path / entry.name)


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    if Path(source).is_symlink():
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _fsync_dir(path: Path) -> None:
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step with Linux's renameat2; False where that is unavailable."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    libc = ctypes.CDLL(name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                       _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}-{secrets.token_hex(4)}"
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def _leftovers(out: Path, kind: str) -> Iterator[tuple[Path, int]]:
    prefix = f".{out.name}.{kind}-"
    for entry in out.parent.iterdir():
        if entry.name.startswith(prefix):
            pid = entry.name[len(prefix):].split("-", 1)[0]
            if pid.isdigit():
                yield entry, int(pid)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _recover(out: Path) -> None:
    """Put back a previous build that a two-rename swap had moved aside when it was cut."""
    if out.exists() or not out.parent.is_dir():
        return
    for old, pid in sorted(_leftovers(out, "old")):
        if not _alive(pid):
            os.rename(old, out)
            return


def _sweep(out: Path) -> None:
    """Remove staging and moved-aside folders left by builds that were killed."""
    if not out.parent.is_dir():
        return
    for kind in ("tmp", "old"):
        for entry, pid in list(_leftovers(out, kind)):
            if not _alive(pid):
                shutil.rmtree(entry, ignore_errors=True)
