"""Where per-file extraction runs: in this process, in local worker processes, or on a Dask
distributed cluster (``kg build --scheduler tcp://HOST:PORT``).

Extraction is the one stage that is independent per file, so it is the one sent away; every
later stage needs the whole corpus and runs here. Results come back in input order, so every
executor gives the same StoryDocs and the build the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.extract import Pipeline, StoryDoc
    from kg.model import Document

__all__ = ["DaskExecutor", "ExecutorError", "Extraction", "LocalExecutor", "extract_file"]


class Extraction(Protocol):
    """An executor: every document's StoryDocs in input order, ``on_document`` told of each
    file as its StoryDocs come back and ``on_docs`` given them (``kg.extract.extract``)."""

    def __call__(self, documents: Iterable[Document], pipeline: Sequence[str] | None,
                 on_document: Callable[[Document], object], *,
                 on_docs: Callable[[Document, list[StoryDoc]], object] | None = None
                 ) -> list[StoryDoc]: ...


class ExecutorError(KgError):
    """The executor could not be used (a scheduler that cannot be reached, dask missing)."""


class LocalExecutor:
    """This machine: one process, or ``jobs`` worker processes (``kg.extract.extract``)."""

    def __init__(self, jobs: int | None = 1) -> None:
        self.jobs = jobs

    def __call__(self, documents: Iterable[Document], pipeline: Sequence[str] | None,
                 on_document: Callable[[Document], object], *,
                 on_docs: Callable[[Document, list[StoryDoc]], object] | None = None
                 ) -> list[StoryDoc]:
        """``documents`` may come lazily, as they are read (``kg.extract.extract``)."""
        from kg.extract import Pipeline, extract

        return extract(documents, Pipeline(pipeline) if pipeline else None, on_document,
                       jobs=self.jobs, on_docs=on_docs)


_pipelines: dict[tuple[str, ...], Pipeline] = {}


def extract_file(names: tuple[str, ...], document: Document) -> list[StoryDoc]:
    """One file's StoryDocs, run on a cluster worker, which builds each pipeline once.

    A KgError comes back as a plain KgError with its message: its subclasses take constructor
    arguments that unpickling on the client would not restore.
    """
    from kg.extract import DEFAULT_PIPELINE, Pipeline

    try:
        pipeline = _pipelines.get(names)
        if pipeline is None:
            pipeline = _pipelines[names] = Pipeline(names or DEFAULT_PIPELINE)
        return pipeline(document)
    except KgError as exc:
        raise KgError(str(exc)) from None


class DaskExecutor:
    """A Dask distributed cluster, reached through its scheduler's address.

    Each file is one task; the workers need ``kg`` installed at the same version (its
    extraction rules travel as code, not data). A file's results are taken in input order,
    so the output is byte-identical to a local build's.
    """

    def __init__(self, scheduler: str, timeout: float = 10.0) -> None:
        self.scheduler, self.timeout = scheduler, timeout

    def _client(self) -> Any:
        try:
            from distributed import Client
        except ImportError:
            raise ExecutorError("--scheduler needs Dask distributed: pip install 'kg[dask]'") \
                from None
        try:
            return Client(self.scheduler, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise ExecutorError(f"{self.scheduler}: cannot reach the Dask scheduler: "
                                f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                                ) from None

    def __call__(self, documents: Iterable[Document], pipeline: Sequence[str] | None,
                 on_document: Callable[[Document], object], *,
                 on_docs: Callable[[Document, list[StoryDoc]], object] | None = None
                 ) -> list[StoryDoc]:
        documents = list(documents)
        if not documents:
            return []
        names = tuple(pipeline or ())
        if names:
            from kg.extract import Pipeline

            Pipeline(names)  # a bad pipeline is refused here, before any task is sent
        client = self._client()
        try:
            futures = client.map(extract_file, [names] * len(documents), documents, pure=False)
            docs: list[StoryDoc] = []
            for document, future in zip(documents, futures, strict=True):
                result = future.result()
                docs.extend(result)
                if on_docs is not None:
                    on_docs(document, result)
                on_document(document)
            return docs
        finally:
            client.close()
