"""Find story files under the folders a user names, and decode each one to exact text.

A real folder is messy: it is reached through ``..``, absolute paths, dot-folders and symbolic
links; it holds binary files, files in other encodings, unreadable files and subfolders. Only
dot-entries *below* a given root are hidden (the user chose the root, wherever it lives), links
are followed once (a link loop is cut), and a file that cannot be read is a ``Skipped`` with its
reason instead of the end of the build, unless the caller asks for strictness.

Each file is named in the graph by its path relative to the root it was found under (a file
named on its own by its file name), so the same stories copied anywhere give the same bytes.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.metadata import Metadata, front_matter, mask, printed_dateline
from kg.ingest.newsletter import split_stories
from kg.model import Document
from kg.startup_cache import compile_pattern

__all__ = ["SUFFIXES", "Skipped", "Source", "decode", "find_sources", "read_document",
           "walk_sources"]

SUFFIXES = (".txt", ".md")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = compile_pattern(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """A story file: where to read it, and the name the graph records for it."""

    path: Path
    name: str


@dataclass(frozen=True)
class Skipped:
    """A file or folder left out of a build, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def walk_sources(paths: Iterable[Path | str]) -> tuple[list[Source], list[Skipped]]:
    """Story files named by ``paths`` (files, or folders searched recursively), sorted by
    file stem, and the entries that could not be looked at.

    A path that does not exist, a named file with another suffix, and a folder with no story
    file at all are the user's mistakes and raise ``InputError``.
    """
    found: dict[tuple[int, int], Source] = {}
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            sources, problems = _walk(path)
            if not sources and not problems:
                raise InputError(path, "no .txt or .md story files in this folder")
            skipped.extend(problems)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(path, "not a story file: expected a .txt or .md file")
            sources = [Source(path, path.name)]
        elif path.is_symlink():
            raise InputError(path, "a symbolic link to nothing")
        else:
            raise InputError(path, "no such file or folder")
        for source in sources:
            try:
                info = source.path.stat()
            except OSError as exc:
                skipped.append(Skipped(source.path, f"cannot read: {exc.strerror or exc}"))
                continue
            found.setdefault((info.st_dev, info.st_ino), source)
    ordered = sorted(found.values(), key=lambda s: (s.path.stem, s.name, str(s.path)))
    return ordered, sorted(skipped, key=lambda s: str(s.path))


def find_sources(paths: Iterable[Path | str]) -> list[Path]:
    """The files ``walk_sources`` finds, as paths."""
    return [source.path for source in walk_sources(paths)[0]]


def _walk(root: Path) -> tuple[list[Source], list[Skipped]]:
    sources: list[Source] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        skipped.append(Skipped(Path(exc.filename or root),
                               f"cannot read folder: {exc.strerror or exc}"))

    for folder, folders, files in os.walk(root, onerror=unreadable, followlinks=True):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            folders[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                continue
            path = Path(folder, name)
            sources.append(Source(path, path.relative_to(root).as_posix()))
    return sources, skipped


def decode(path: Path, data: bytes) -> str:
    """The text of a story file, line ends untouched, byte-order mark removed.

    UTF-8 first; a byte-order mark selects UTF-16 or UTF-32; bytes that are not UTF-8 are read
    as Windows-1252 (what Word and older newsroom systems save). NUL bytes, or control characters
    (other than tabs, line and page breaks) in more than one character in a hundred, are
    refused as binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {encoding.upper()} byte-order mark but "
                                 f"is not {encoding.upper()} text (bad bytes at offset "
                                 f"{exc.start + len(bom)})") from None
            break
    else:
        if b"\x00" in data:
            raise InputError(path, "binary data (NUL bytes): expected text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                offset = exc.start
                raise InputError(path, f"not text in UTF-8 or Windows-1252 (byte "
                                 f"{data[offset]:#04x} at offset {offset}); re-save it as UTF-8"
                                 ) from None
    controls = len(_CONTROL.findall(text))
    if controls > len(text) // 100:
        raise InputError(path, f"binary data ({controls} control characters in "
                         f"{len(text)}): expected text")
    return text


def read_document(path: Path | str, name: str | None = None,
                  manifest: Metadata | None = None) -> Document:
    """One story file as a ``Document``; ``name`` is what the graph records (default: the file
    name), ``manifest`` its row in a manifest (``kg.ingest.metadata``). Raises ``InputError``
    naming the file and the problem."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    text = decode(path, data)
    front, body = front_matter(path, text) if path.suffix.lower() == ".md" else (None, 0)
    printed, dateline = printed_dateline(text, body)
    hidden = [span for span in ((0, body), dateline) if span[1] > span[0]]
    stories = split_stories(path.stem, mask(text, hidden) if hidden else text)
    if not stories:
        raise InputError(path, "no story text found (the file is empty or only headings)")
    meta = (front or Metadata()).over(manifest).over(Metadata(date=printed))
    if meta.date is not None:
        stories = tuple(replace(story, date=meta.date) for story in stories)
    return Document(name if name is not None else path.name, path.stem, text, stories,
                    meta.date, meta.url, meta.headline, meta.outlet)
