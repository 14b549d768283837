"""What every run of kg would otherwise rebuild: kept in the user's cache folder.

Compiled patterns. Python turns a pattern's source into its regex engine's code in every new
process. For the extractors' few hundred patterns, many built around the long alternation of
roles, that was most of a one-file `kg extract` (0.4–0.5 s of 1.0 s on the machine of
docs/measurements/20261126-startup-session13.txt). The engine's code is plain integers that
depend only on the source, the flags and the Python build, so it is kept in one file, keyed by
those three, and a later run builds the pattern from it in microseconds. Anything unexpected (no
writable cache folder, a damaged file, a Python whose engine is built differently) falls back to
``re.compile``: the cache changes how fast a pattern is ready, never what it matches.

The gazetteer. Its Aho–Corasick automaton over ~10k organisation names took 0.15 s to build
and takes 0.03 s to load; it is kept pickled under a key of the reference data, the code that
builds it and the Python build, and rebuilt when any of them changes.

Bytecode. Where Python is told not to write ``.pyc`` files (``PYTHONDONTWRITEBYTECODE``, set on
the machine of docs/measurements/20261127-startup-session17.txt), every process compiled the
source of the modules a one-file `kg extract` imports again: 0.27 s of a 0.42–0.68 s run. kg's
own modules' code is then kept in the cache folder too, one file per module and checkout, keyed
by the source's bytes and the Python build; other packages are left to Python.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader
from pathlib import Path
from typing import Any, TypeVar

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

__all__ = ["PatternCache", "cache_folder", "cached", "compile_pattern", "keep_bytecode"]

T = TypeVar("T")
_VERSION = hashlib.sha256(
    f"{sys.version}\0{sys.implementation.cache_tag}\0{getattr(_sre, 'MAGIC', '')}".encode()
).hexdigest()[:16]


def cache_folder() -> Path | None:
    """``$KG_CACHE_DIR``, else the XDG cache folder's ``kg``; ``KG_CACHE_DIR=""`` turns the
    caches off."""
    folder = os.environ.get("KG_CACHE_DIR")
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        folder = str(Path(base) / "kg")
    return Path(folder)


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` whole, or leave it as it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(scratch, path)
    except OSError:
        Path(scratch).unlink(missing_ok=True)


def cached(name: str, sources: list[Path], build: Callable[[], T]) -> T:
    """``build()``, or what it returned before for the same ``sources`` (their bytes are the
    key) under this Python; kept as ``<name>-<key>.pickle``, older keys removed."""
    folder = cache_folder()
    if folder is None:
        return build()
    digest = hashlib.sha256(_VERSION.encode())
    for source in sources:
        digest.update(source.read_bytes())
    path = folder / f"{name}-{digest.hexdigest()[:16]}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        pass
    value = build()
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    for old in folder.glob(f"{name}-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
    return value


def _key(source: str, flags: int) -> str:
    return hashlib.blake2b(f"{flags}\0{source}".encode(), digest_size=16).hexdigest()


def _engine_code(source: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands the engine, minus the source."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


class PatternCache:
    """Compiled patterns kept in the file at ``path`` (None: compile every time)."""

    MAX_KEPT = 3000
    """Past this many patterns in the file, a save keeps only the ones this run used: old rule
    versions do not pile up."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if _sre is not None else None
        self.entries: dict[str, bytes] | None = None
        self.used: set[str] = set()
        self.added: dict[str, bytes] = {}

    def _load(self) -> dict[str, bytes]:
        try:
            if self.path is not None and self.path.is_file():
                loaded = marshal.loads(self.path.read_bytes())
                if isinstance(loaded, dict):
                    return loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass
        return {}

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the kept code when there is some."""
        if self.path is None:
            return re.compile(source, flags)
        if self.entries is None:
            self.entries = self._load()
        key = _key(source, flags)
        stored = self.entries.get(key)
        if stored is not None:
            try:
                pattern = _sre.compile(source, *marshal.loads(stored))
                self.used.add(key)
                return pattern
            except Exception:  # any failure means: compile afresh
                pass
        try:
            parts = _engine_code(source, flags)
            pattern = _sre.compile(source, *parts)
        except Exception:  # an engine this module does not know
            self.path = None
            return re.compile(source, flags)
        if not self.added:
            atexit.register(self.save)
        self.added[key] = marshal.dumps(parts)
        return pattern

    def save(self) -> None:
        """Add this run's new patterns to the file (another run's additions are kept)."""
        if self.path is None or not self.added:
            return
        entries = self._load()
        if len(entries) + len(self.added) > self.MAX_KEPT:
            entries = {key: entries[key] for key in self.used if key in entries}
        entries.update(self.added)
        self.added = {}
        _write(self.path, marshal.dumps(entries))


def _default_cache() -> PatternCache:
    folder = cache_folder()
    return PatternCache(folder / f"patterns-{_VERSION}.marshal" if folder else None)


_PATTERNS = _default_cache()


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the machine's cache of compiled code when it has it."""
    return _PATTERNS.compile(source, int(flags))


class _KeptCodeLoader(SourceFileLoader):
    """A module's code from the cache folder, compiled and kept there on a miss."""

    def __init__(self, fullname: str, path: str, folder: Path) -> None:
        super().__init__(fullname, path)
        self.folder = folder

    def get_code(self, fullname: str) -> Any:
        source_path = self.get_filename(fullname)
        source = self.get_data(source_path)
        place = hashlib.blake2b(source_path.encode(), digest_size=4).hexdigest()
        key = hashlib.blake2b(_VERSION.encode() + source, digest_size=12).hexdigest()
        path = self.folder / f"{fullname}-{place}-{key}.marshal"
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
        code = self.source_to_code(source, source_path)
        _write(path, marshal.dumps(code))
        for old in self.folder.glob(f"{fullname}-{place}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        return code


class _KeptCodeFinder:
    """Finds ``package``'s modules as Python would and loads them with ``_KeptCodeLoader``."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = folder

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: object = None) -> ModuleSpec | None:
        if not fullname.startswith(f"{self.package}."):
            return None
        spec = PathFinder.find_spec(fullname, path)
        if spec is not None and type(spec.loader) is SourceFileLoader and spec.origin:
            spec.loader = _KeptCodeLoader(fullname, spec.origin, self.folder)
        return spec


def keep_bytecode(package: str, folder: Path | None = None) -> None:
    """Keep the compiled code of ``package``'s submodules in ``folder`` (default: the cache
    folder's ``bytecode``) when Python writes no ``.pyc`` files; otherwise do nothing."""
    if folder is None:
        base = cache_folder()
        if base is None:
            return
        folder = base / "bytecode"
    if not sys.dont_write_bytecode or any(
            isinstance(finder, _KeptCodeFinder) and finder.package == package
            for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, _KeptCodeFinder(package, folder))
