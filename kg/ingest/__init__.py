"""Read story files: find them, decode them, split them into stories and sentences."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.files import (
    SUFFIXES,
    Skipped,
    Source,
    decode,
    find_sources,
    read_document,
    walk_sources,
)
from kg.ingest.metadata import Manifests
from kg.model import Document

__all__ = ["SUFFIXES", "Skipped", "Source", "decode", "find_sources", "read_corpus",
           "read_document", "walk_sources"]


def read_corpus(
    paths: Iterable[Path | str],
    *,
    strict: bool = True,
    on_skip: Callable[[Skipped], object] | None = None,
) -> Iterator[Document]:
    """Documents in a stable order; duplicate file stems are refused (ids would clash).

    With ``strict`` (the default) the first file or folder that cannot be read raises
    ``InputError``; otherwise each one is passed to ``on_skip`` and left out.
    """
    sources, skipped = walk_sources(paths)
    seen: dict[str, Path] = {}
    manifests = Manifests()
    rows = {}
    for source in sources:
        if source.path.stem in seen:
            raise InputError(source.path, f"same file stem as {seen[source.path.stem]}: story "
                             "ids would clash; rename one of them")
        seen[source.path.stem] = source.path
        rows[source.path] = manifests.lookup(source.path, source.name)
    for problem in skipped:
        _skip(problem, strict, on_skip)
    for source in sources:
        try:
            document = read_document(source.path, source.name, rows[source.path])
        except InputError as exc:
            _skip(Skipped(exc.path, exc.reason), strict, on_skip)
            continue
        yield document


def _skip(problem: Skipped, strict: bool, on_skip: Callable[[Skipped], object] | None) -> None:
    if strict:
        raise InputError(problem.path, problem.reason)
    if on_skip is not None:
        on_skip(problem)
