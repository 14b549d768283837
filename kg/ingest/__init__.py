"""Read story files: find them, decode them, split them into stories and sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.newsletter import split_stories
from kg.model import Document

__all__ = ["SUFFIXES", "decode", "find_sources", "read_corpus", "read_document"]

SUFFIXES = (".txt", ".md")
_BOM = "\ufeff"


def find_sources(paths: Iterable[Path | str]) -> list[Path]:
    """Story files named by ``paths`` (files, or folders searched recursively), sorted."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
            files = [p for p in files if not any(part.startswith(".") for part in p.parts)]
            if not files:
                raise InputError(path, "no .txt or .md story files in this folder")
            found.update(files)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(path, "not a story file: expected a .txt or .md file")
            found.add(path)
        else:
            raise InputError(path, "no such file or folder")
    return sorted(found, key=lambda p: (p.stem, str(p)))


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text with the byte-order mark removed and line ends untouched."""
    if b"\x00" in data:
        raise InputError(path, "binary data (NUL bytes): expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); "
            "re-save the file as UTF-8"
        ) from None
    return text.removeprefix(_BOM)


def read_document(path: Path | str) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    text = decode(path, data)
    stories = split_stories(path.stem, text)
    if not stories:
        raise InputError(path, "no story text found (the file is empty or only headings)")
    return Document(str(path), path.stem, text, stories)


def read_corpus(paths: Iterable[Path | str]) -> Iterator[Document]:
    """Documents in a stable order; duplicate file stems are refused (ids would clash)."""
    sources = find_sources(paths)
    seen: dict[str, Path] = {}
    for path in sources:
        if path.stem in seen:
            raise InputError(path, f"same file stem as {seen[path.stem]}: story ids would clash")
        seen[path.stem] = path
    for path in sources:
        yield read_document(path)
