"""Extraction: every built-in extractor is registered here, and a pipeline runs them in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from kg.errors import ExtractorError, KgError
from kg.extract import (  # noqa: F401  (importing fills the registry)
    advisers,
    contracts,
    leadership,
    organisations,
    people,
    publications,
    ratings,
    segments,
    structure,
)
from kg.extract.doc import StoryDoc
from kg.extract.registry import Extractor, check_order, extractor, get, names
from kg.model import Document

__all__ = ["DEFAULT_PIPELINE", "Pipeline", "StoryDoc", "extract", "extractor", "names"]

DEFAULT_PIPELINE: tuple[str, ...] = (
    "organisations", "people", "publications", "part_of", "contracts", "leadership",
    "segments", "advisers", "mergers", "ratings",
)


class Pipeline:
    """Named extractors, checked for order once, run over every story of a document."""

    def __init__(self, pipeline: Sequence[str] = DEFAULT_PIPELINE) -> None:
        check_order(list(pipeline))
        self.steps: list[tuple[str, Extractor]] = [(name, get(name).make()) for name in pipeline]

    def __call__(self, document: Document) -> list[StoryDoc]:
        docs = []
        for story in document.stories:
            doc = StoryDoc(document, story)
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
            docs.append(doc)
        return docs


def extract(documents: Iterable[Document], pipeline: Pipeline | None = None,
            on_document: Callable[[Document], object] | None = None) -> list[StoryDoc]:
    runner = pipeline or Pipeline()
    docs: list[StoryDoc] = []
    for document in documents:
        docs.extend(runner(document))
        if on_document is not None:
            on_document(document)
    return docs
