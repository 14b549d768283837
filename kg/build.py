"""build(): the only module that chains every stage, from story files to the files a user opens."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import Pipeline, extract
from kg.ingest import find_sources, read_document
from kg.model import Document
from kg.rdf import atomic_write, serialize, to_dataset
from kg.records import to_jsonl
from kg.render import render_html
from kg.resolve import KnowledgeBase, resolve

__all__ = ["BuildResult", "build", "jsonl_lines", "knowledge_base", "read_documents"]

DEFAULT_SOURCES = ("seeds",)
OUTPUTS = ("kg.trig", "kg.ttl", "kg.jsonl", "graph.html")


@dataclass(frozen=True)
class BuildResult:
    out_dir: Path
    files: int
    stories: int
    entities: Counter[str]
    facts: Counter[str]
    seconds: float
    outputs: tuple[Path, ...] = field(default=())


def read_documents(sources: Iterable[Path | str],
                   on_file: Callable[[Path], None] | None = None) -> list[Document]:
    documents = []
    for path in find_sources(sources):
        documents.append(read_document(path))
        if on_file is not None:
            on_file(path)
    _refuse_clashing_stems(documents)
    return documents


def _refuse_clashing_stems(documents: list[Document]) -> None:
    from kg.errors import InputError

    seen: dict[str, str] = {}
    for document in documents:
        if document.doc in seen:
            raise InputError(document.path, f"same file stem as {seen[document.doc]}: story ids "
                             "would clash; rename one of them")
        seen[document.doc] = document.path


def knowledge_base(documents: list[Document], pipeline: Pipeline | None = None,
                   on_document: Callable[[Document], object] | None = None) -> KnowledgeBase:
    return resolve(extract(documents, pipeline, on_document))


def jsonl_lines(sources: Iterable[Path | str],
                pipeline: Sequence[str] | None = None) -> Iterator[str]:
    """What ``kg extract --format jsonl`` prints."""
    return to_jsonl(knowledge_base(read_documents(sources), _pipeline(pipeline)))


def _pipeline(names: Sequence[str] | None) -> Pipeline | None:
    return Pipeline(names) if names else None


def build(
    sources: Iterable[Path | str] = DEFAULT_SOURCES,
    out_dir: Path | str = "build",
    *,
    validate: bool = True,
    on_file: Callable[[Path], None] | None = None,
    pipeline: Sequence[str] | None = None,
) -> BuildResult:
    """Read, extract, resolve, convert, validate, then write every output.

    Everything is computed in memory before the first file is written, and each file replaces
    the old one atomically, so a failure leaves an earlier build as it was.
    """
    started = time.perf_counter()
    out = Path(out_dir)
    documents = read_documents(sources)
    kb = knowledge_base(documents, _pipeline(pipeline),
                        (lambda document: on_file(Path(document.path))) if on_file else None)
    dataset = to_dataset(kb, documents)
    if validate:
        from kg.rdf.validate import check

        check(dataset, out)
    texts = {
        "kg.trig": serialize(dataset, "trig"),
        "kg.ttl": serialize(dataset, "ttl"),
        "kg.jsonl": "".join(line + "\n" for line in to_jsonl(kb)),
        "graph.html": render_html(dataset),
    }
    for name in OUTPUTS:
        atomic_write(out / name, texts[name])
    return BuildResult(
        out_dir=out,
        files=len(documents),
        stories=sum(len(d.stories) for d in documents),
        entities=Counter(e.category for e in kb.entities.values()),
        facts=Counter(f.predicate for f in kb.facts),
        seconds=time.perf_counter() - started,
        outputs=tuple(out / name for name in OUTPUTS),
    )
