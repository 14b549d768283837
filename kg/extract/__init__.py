"""Extraction: every built-in extractor is registered here, and a pipeline runs them in order."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice

from kg.errors import ExtractorError, KgError
from kg.extract import (  # noqa: F401  (importing fills the registry)
    advisers,
    careers,
    consortia,
    contracts,
    leadership,
    mergers,
    organisations,
    people,
    publications,
    ratings,
    segments,
    sites,
    structure,
)
from kg.extract.doc import StoryDoc
from kg.extract.reading import as_read, restored
from kg.extract.registry import Extractor, check_order, extractor, get, names
from kg.model import Document

__all__ = ["DEFAULT_PIPELINE", "Extracted", "Pipeline", "StoryDoc", "extract", "extractor",
           "names", "pickled", "unpickled"]

DEFAULT_PIPELINE: tuple[str, ...] = (
    "organisations", "sites", "people", "publications", "part_of", "contracts", "consortia",
    "leadership", "careers", "segments", "advisers", "mergers", "ratings",
)


class Pipeline:
    """Named extractors, checked for order once, run over every story of a document."""

    def __init__(self, pipeline: Sequence[str] = DEFAULT_PIPELINE) -> None:
        check_order(list(pipeline))
        self.steps: list[tuple[str, Extractor]] = [(name, get(name).make()) for name in pipeline]

    def __call__(self, document: Document) -> list[StoryDoc]:
        docs = []
        read = as_read(document)
        for story, source in zip(read.stories, document.stories, strict=True):
            doc = StoryDoc(read, story)
            for name, step in self.steps:
                try:
                    result = step(doc)
                except KgError:
                    raise
                except Exception as exc:
                    raise ExtractorError(name, story.id, f"{type(exc).__name__}: {exc}") from exc
                if not isinstance(result, StoryDoc):
                    raise ExtractorError(name, story.id,
                                         f"returned {type(result).__name__}, not a StoryDoc")
                doc = result
            docs.append(restored(doc, document, source))
        return docs


def extract(documents: Iterable[Document], pipeline: Pipeline | None = None,
            on_document: Callable[[Document], object] | None = None,
            jobs: int | None = None, *,
            on_docs: Callable[[Document, list[StoryDoc]], object] | None = None
            ) -> list[StoryDoc]:
    """Run the pipeline over every document, in order.

    With ``jobs`` above 1 (``None``: one per core once there are enough files to pay for the
    workers' start-up) files are read in worker processes, each building the same pipeline
    by name; results come back in input order, so the output is the same either way.

    ``documents`` may be a lazy iterable (``kg build`` reads the files as it goes): once the
    workers are decided on (``PARALLEL_FROM`` files are enough), each batch is handed to them
    as soon as it is read, so that they extract while the rest is still being read (1.7 s of
    reading, one core idle, at 10,000 stories).

    ``on_docs``, if given, gets each file's StoryDocs as they come back, before
    ``on_document`` (``kg build`` dates their facts then, while the workers go on).
    """
    runner = pipeline or Pipeline()
    if isinstance(documents, Sequence):
        documents = list(documents)
        head, rest = documents, iter(())
    else:
        rest = iter(documents)
        head = list(islice(rest, PARALLEL_FROM))
    workers = _workers(jobs, len(head))
    docs: list[StoryDoc] = []
    if workers <= 1:
        for document in chain(head, rest):
            result = runner(document)
            docs.extend(result)
            if on_docs is not None:
                on_docs(document, result)
            if on_document is not None:
                on_document(document)
        return docs
    from concurrent.futures import ProcessPoolExecutor

    names = [name for name, _ in runner.steps]
    chunk = max(1, min(16, len(head) // (workers * 8)))
    given: list[Document] = []

    def feed() -> Iterator[Document]:
        for document in chain(head, rest):
            given.append(document)
            yield document

    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(names,)) as pool:
        results = pool.map(_run_worker, feed(), chunksize=chunk)  # returns once all are read
        for document, data in zip(given, results, strict=True):
            result = Extracted(unpickled(document, data))
            result.pickled = data
            docs.extend(result)
            if on_docs is not None:
                on_docs(document, result)
            if on_document is not None:
                on_document(document)
    return docs


PARALLEL_FROM = 200
_worker_pipeline: Pipeline | None = None


def _workers(jobs: int | None, files: int) -> int:
    if jobs is not None:
        return max(1, jobs)
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)
    return min(cores, 8) if files >= PARALLEL_FROM else 1


def _start_worker(names: list[str]) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(names)


class Extracted(list):  # type: ignore[type-arg]
    """One file's StoryDocs as a worker process sent them, with the pickle they came in
    (``pickled``, read by ``unpickled``): ``kg build`` keeps those bytes in its extraction
    cache instead of pickling the StoryDocs a second time on the main thread (1.3 s of CPU at
    10,000 stories, while both cores were busy)."""

    pickled: bytes | None = None


_SLIM = "kg-storydocs-without-document"


def pickled(document: Document, docs: list[StoryDoc]) -> bytes:
    """A file's StoryDocs as bytes, without the ``document`` they were read from: each
    StoryDoc's own attributes and the position of its story in ``document.stories``.

    The reader has the document already (the build read it and sent it to the worker; the
    cache is asked about it), and a StoryDoc pickled whole carried the file's text and every
    sentence of it back: half the bytes, and a second copy of every document held by the
    build, unpickled on its main thread while the workers extract. StoryDocs that are not
    on ``document``'s own stories are pickled whole."""
    at = {id(story): index for index, story in enumerate(document.stories)}
    if not all(doc.document is document and id(doc.story) in at for doc in docs):
        return pickle.dumps(docs, protocol=5)
    return pickle.dumps((_SLIM, [
        (at[id(doc.story)], {k: v for k, v in doc.__dict__.items()
                             if k != "document" and k != "story"})
        for doc in docs]), protocol=5)


def unpickled(document: Document, data: bytes) -> list[StoryDoc]:
    """The StoryDocs that ``pickled`` (or a plain pickle of the list) made of ``document``'s
    extraction, on ``document`` itself."""
    loaded = pickle.loads(data)
    if not (isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == _SLIM):
        return loaded  # type: ignore[no-any-return]
    docs = []
    stories = document.stories
    for index, state in loaded[1]:
        doc = object.__new__(StoryDoc)
        doc.__dict__.update(document=document, story=stories[index])
        doc.__dict__.update(state)
        docs.append(doc)
    return docs


def _run_worker(document: Document) -> bytes:
    """One file's StoryDocs, pickled (``pickled``); a KgError comes back as a plain KgError
    with its message (its subclasses take constructor arguments that unpickling would not
    restore)."""
    assert _worker_pipeline is not None
    try:
        return pickled(document, _worker_pipeline(document))
    except KgError as exc:
        raise KgError(str(exc)) from None
