"""build(): the only module that chains every stage, from story files to the files a user opens."""

from __future__ import annotations

import functools
import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from kg.extract import Extracted, Pipeline, StoryDoc, extract
from kg.ingest import Skipped, read_corpus
from kg.model import Document
from kg.records import to_jsonl
from kg.resolve import KnowledgeBase, resolve
from kg.temporal.stage import date_facts

if TYPE_CHECKING:
    from kg.cache import ExtractionCache
    from kg.executors import Extraction
    from kg.outputs import Staging

__all__ = ["BuildResult", "build", "jsonl_lines", "knowledge_base", "read_documents"]

DEFAULT_SOURCES = ("seeds",)
OUTPUTS = ("kg.trig", "kg.ttl", "kg.jsonl", "graph.html")
_F = TypeVar("_F", bound=Callable[..., Any])


@dataclass(frozen=True)
class BuildResult:
    """What a build did. ``skipped`` lists the files left out (the build is then partial);
    ``timings`` gives seconds per stage, in the order the stages ran; ``extracted`` counts the
    files extracted afresh (the others were reused from the previous build: ``kg.cache``);
    ``dated`` the stories that have a date (``kg.ingest.metadata``)."""

    out_dir: Path
    files: int
    stories: int
    entities: Counter[str]
    facts: Counter[str]
    seconds: float
    outputs: tuple[Path, ...] = field(default=())
    skipped: tuple[Skipped, ...] = field(default=())
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0
    dated: int = 0

    @property
    def partial(self) -> bool:
        return bool(self.skipped)


class _Clock:
    """Seconds per named stage; a stage named twice adds up."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started


def read_documents(sources: Iterable[Path | str],
                   on_file: Callable[[Path], None] | None = None, *,
                   strict: bool = True,
                   on_skip: Callable[[Skipped], object] | None = None) -> list[Document]:
    """Every readable story file under ``sources``; see ``kg.ingest.read_corpus``."""
    documents = []
    for document in read_corpus(sources, strict=strict, on_skip=on_skip):
        documents.append(document)
        if on_file is not None:
            on_file(Path(document.path))
    return documents


def knowledge_base(documents: list[Document], pipeline: Pipeline | None = None,
                   on_document: Callable[[Document], object] | None = None,
                   jobs: int | None = None) -> KnowledgeBase:
    return resolve(date_facts(extract(documents, pipeline, on_document, jobs), documents))


def jsonl_lines(sources: Iterable[Path | str], pipeline: Sequence[str] | None = None, *,
                strict: bool = True, on_skip: Callable[[Skipped], object] | None = None,
                jobs: int | None = None) -> Iterator[str]:
    """What ``kg extract --format jsonl`` prints; ``jobs`` as for ``kg.extract.extract``."""
    documents = read_documents(sources, strict=strict, on_skip=on_skip)
    return to_jsonl(knowledge_base(documents, _pipeline(pipeline), jobs=jobs))


def _pipeline(names: Sequence[str] | None) -> Pipeline | None:
    return Pipeline(names) if names else None


def _long_lived(function: _F) -> _F:
    """Run ``function`` with the objects it freezes (``gc.freeze``, ``_settle``) given back to
    the cyclic collector when it returns, unless the caller had frozen some itself."""
    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        frozen = gc.get_freeze_count()
        try:
            return function(*args, **kwargs)
        finally:
            if not frozen:
                gc.unfreeze()

    return run  # type: ignore[return-value]


def _settle() -> None:
    """Take every object alive now out of the cyclic collector's full collections.

    A build holds millions of objects for its whole length (the documents, the facts, the
    knowledge base, the converter's terms) and makes almost no reference cycles; each full
    collection traverses every one of them, and there were 20 of them in a 10,000-story build,
    each slower as the heap grew: 6.7 s of CPU, 4 s of it inside the query index
    (docs/decisions/20261126-build-speed.md). Frozen objects are still freed as soon as
    nothing refers to them; only a cycle among them waits until ``build`` returns."""
    gc.freeze()


@contextmanager
def _uncollected() -> Iterator[None]:
    """No cyclic collection during a stage that allocates millions of objects and no cycles
    (the extraction's results as they come back from the workers or the cache, 1 s of full
    collections at 10,000 stories; the query index's tuples, 4 s); what it leaves is
    collected afterwards as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_long_lived
def build(
    sources: Iterable[Path | str] = DEFAULT_SOURCES,
    out_dir: Path | str = "build",
    *,
    validate: bool = True,
    on_file: Callable[[Path], None] | None = None,
    pipeline: Sequence[str] | None = None,
    strict: bool = False,
    on_skip: Callable[[Skipped], object] | None = None,
    incremental: bool = True,
    jobs: int | None = None,
    focus: str | None = None,
    hops: int = 1,
    scheduler: str | None = None,
) -> BuildResult:
    """Read, extract, resolve, convert, validate, then write every output.

    A file that cannot be read is left out and listed in ``BuildResult.skipped`` (and passed to
    ``on_skip``); with ``strict`` it raises ``InputError`` before anything is written. Every
    output goes into a new folder beside ``out_dir`` that replaces it in one step, so a failure
    at any point leaves the previous build complete (``kg.outputs``). With ``incremental``,
    files whose content and rules are unchanged since the build in ``out_dir`` are not
    extracted again (``kg.cache``); the outputs are the same bytes either way. ``jobs`` > 1
    extracts files in that many local processes (0: one per CPU; None: one per CPU, up to 8,
    once 200 files or more are to be extracted, as ``kg extract`` does), with the same outputs.
    ``focus`` and ``hops`` draw one entity's neighbourhood in ``graph.html``. ``scheduler``
    (a Dask scheduler's address, ``tcp://HOST:PORT``) extracts the files on that cluster
    instead (``kg.executors``), with the same outputs.
    """
    from kg.cache import ExtractionCache
    from kg.executors import DaskExecutor, LocalExecutor
    from kg.outputs import staged_folder
    from kg.query.store import STORE_DIR, StoreWriter
    from kg.rdf.convert import to_quads
    from kg.rdf.serialize import write_quads
    from kg.rdf.shapes import help_run
    from kg.render import render_html

    started = time.perf_counter()
    clock = _Clock()
    out = Path(out_dir)
    skipped: list[Skipped] = []

    def skip(problem: Skipped) -> None:
        skipped.append(problem)
        if on_skip is not None:
            on_skip(problem)

    extraction = ExtractionCache(out, pipeline)
    workers = (os.cpu_count() or 1) if jobs == 0 else None if jobs is None else max(jobs, 1)
    executor = DaskExecutor(scheduler) if scheduler else LocalExecutor(workers)
    reading = _Reading(read_corpus(sources, strict=strict, on_skip=skip))
    clock.seconds["read"] = 0.0
    with clock.stage("extract"), _uncollected():  # results come back: millions of objects
        docs, extracted = _extract(reading, pipeline, extraction, incremental, on_file,
                                   executor)
    clock.seconds["read"] = reading.seconds  # while the first files were being extracted
    clock.seconds["extract"] -= reading.seconds
    documents = reading.documents
    if not documents:
        from kg.errors import InputError

        where = ", ".join(str(s) for s in sources) if not isinstance(sources, str) else sources
        raise InputError(where, "nothing to build: every story file was skipped")
    _settle()
    checking = ThreadPoolExecutor(max_workers=1)
    filing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-cache")
    with staged_folder(out, owned=OUTPUTS) as staging:
        # from here on, beside the rest (resolution leaves a core idle): ``_write_cache``
        cached = filing.submit(_write_cache, staging, extraction)
        writer: StoreWriter | None = None
        try:
            with clock.stage("resolve"):  # the facts were dated as they came (``_extract``)
                kb = resolve(docs)
            del docs
            _settle()
            files, stories = len(documents), sum(len(d.stories) for d in documents)
            dated = sum(1 for d in documents for story in d.stories if story.date)
            entities = Counter(e.category for e in kb.entities.values())
            facts = Counter(f.predicate for f in kb.facts)
            writer = StoreWriter(None, staging.path / STORE_DIR)
            with clock.stage("rdf"):
                graph = to_quads(kb, documents, on_batch=writer.add)
            del documents  # what follows reads the graph (and the JSON Lines, kb): less to hold
            _settle()
            validation = checking.submit(_check, graph.store, out) if validate else None
            edges: list[Any] = []  # the facts graph.html draws, as the index lists them
            with clock.stage("index"), _uncollected():
                writer.index(graph.store, edges)
            with clock.stage("jsonl"), staging.open("kg.jsonl") as stream:
                _write_lines(stream, to_jsonl(kb))
            del kb  # before the writers: the peak of the build is theirs
            with clock.stage("trig"), staging.open("kg.trig") as stream:
                write_quads(graph, "trig", stream)
            with clock.stage("ttl"), staging.open("kg.ttl") as stream:
                write_quads(graph, "ttl", stream)
            with clock.stage("html"):
                staging.write("graph.html", render_html(graph.store, focus=focus, hops=hops,
                                                        edges=edges))
            del edges
            with clock.stage("validate"):
                if validation is not None:
                    help_run(graph.store)  # the shapes left, beside the validation's thread
                    validation.result()
        except BaseException:
            if writer is not None:
                writer.abandon()
            filing.shutdown()  # its files are written before the staging folder is removed
            raise
        finally:
            checking.shutdown(cancel_futures=True)
        del graph
        with clock.stage("store"):
            writer.wait()
            staging.names.append(STORE_DIR)
        with clock.stage("manifest"):
            filing.shutdown()
            cached.result()
        clock_swap = time.perf_counter()
    clock.seconds["swap"] = time.perf_counter() - clock_swap
    return BuildResult(
        out_dir=out,
        files=files,
        stories=stories,
        entities=entities,
        facts=facts,
        seconds=time.perf_counter() - started,
        outputs=(*(out / name for name in OUTPUTS), out / STORE_DIR),
        skipped=tuple(skipped),
        timings=dict(clock.seconds),
        extracted=extracted,
        dated=dated,
    )


def _write_lines(stream: BinaryIO, lines: Iterable[str]) -> None:
    """Write text lines as UTF-8, each ended by a newline, a few thousand at a time: the JSON
    Lines file of 10,000 stories is 0.1 GB, which a single string held twice over (text and
    bytes) at the build's peak."""
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= 4096:
            stream.write(("\n".join(batch) + "\n").encode("utf-8"))
            batch = []
    if batch:
        stream.write(("\n".join(batch) + "\n").encode("utf-8"))


def _write_cache(staging: Staging, cache: ExtractionCache) -> None:
    """Write the extraction cache (``kg.cache``) into the staging folder, on a thread from
    the end of extraction on: 2,000 small files at 10,000 stories, each flushed to disk, were
    0.5-0.9 s of waiting at the end of the build, when only its main thread was left; now
    they are written while resolution keeps one core busy and leaves the other idle."""
    for name, data in cache.files().items():
        staging.write(name, data)


def _check(store: object, where: Path) -> None:
    """SHACL validation of the in-memory store; on a thread, as Oxigraph releases the GIL while
    it evaluates (``kg.rdf.shapes`` has each query's results written out for that), so the
    files are written meanwhile (and thrown away if it fails)."""
    from kg.rdf.validate import check_store

    _yield_cpu()
    check_store(store, where)


def _yield_cpu() -> None:
    """Lower this thread's priority (Linux): the validation has until the on-disk store is
    loaded to finish, while the query index, which that load waits for, and the writers are
    on the build's critical path (docs/decisions/20261126-build-speed.md)."""
    import sys
    import threading

    if sys.platform == "linux":
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 5)
        except OSError:
            pass


class _Reading:
    """The documents of a corpus as they are read (``kg.ingest.read_corpus``), kept in
    ``documents``, with the seconds spent reading them: extraction starts on the first files
    while the rest are read (``kg.extract.extract``)."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = iter(documents)
        self.documents: list[Document] = []
        self.seconds = 0.0

    def __iter__(self) -> Iterator[Document]:
        return self

    def __next__(self) -> Document:
        started = time.perf_counter()
        try:
            document = next(self._documents)
        finally:
            self.seconds += time.perf_counter() - started
        self.documents.append(document)
        return document


def _extract(documents: Iterable[Document], pipeline: Sequence[str] | None,
             cache: ExtractionCache, reuse: bool,
             on_file: Callable[[Path], None] | None,
             executor: Extraction) -> tuple[list[StoryDoc], int]:
    """Extract every document (read as it comes), reusing what ``cache`` holds when
    ``reuse``; the StoryDocs, their facts dated (``kg.temporal``), and how many files were
    extracted afresh (by ``executor``: ``kg.executors``, handed the others as they come).

    Each file's StoryDocs are kept in the cache (undated: a manifest may date the file later)
    and dated as they come back, while the workers extract the next files: dating them all
    afterwards took 1.6 s at 10,000 stories on one core, the other idle. A file's facts are
    dated against its own stories' dates only, as ``date_facts`` of the whole corpus dates
    them (a story belongs to one file)."""
    def done(document: Document) -> None:
        if on_file is not None:
            on_file(Path(document.path))

    read: list[Document] = []
    found: list[list[StoryDoc] | None] = []
    dated: dict[str, list[StoryDoc]] = {}

    def missing() -> Iterator[Document]:
        for document in documents:
            read.append(document)
            cached = cache.get(document) if reuse else None
            found.append(None if cached is None else date_facts(cached, [document]))
            if cached is None:
                yield document
            else:
                done(document)

    def arrived(document: Document, docs: list[StoryDoc]) -> None:
        cache.put(document, docs, docs.pickled if isinstance(docs, Extracted) else None)
        dated[document.doc] = date_facts(docs, [document])

    fresh = executor(missing(), pipeline, done, on_docs=arrived)
    missing_at = [index for index, docs in enumerate(found) if docs is None]
    if any(read[index].doc not in dated for index in missing_at):  # not told as they came
        by_file: dict[str, list[StoryDoc]] = {}
        for doc in fresh:
            by_file.setdefault(doc.document.doc, []).append(doc)
        for index in missing_at:
            if read[index].doc not in dated:
                arrived(read[index], by_file.get(read[index].doc, []))
    for index in missing_at:
        found[index] = dated[read[index].doc]
    return [doc for docs in found for doc in docs or []], len(missing_at)
