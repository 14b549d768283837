"""Plain data passed between the stages: ingest → extract → resolve → rdf.

Offsets are character offsets into the *source text* of a file: its bytes decoded as UTF-8,
a leading byte-order mark removed, line ends kept exactly as stored (CRLF stays CRLF).
``document.text[start:end]`` gives back every span below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "CATEGORIES",
    "PREDICATES",
    "STATUSES",
    "Category",
    "Document",
    "Entity",
    "Evidence",
    "Fact",
    "Mention",
    "Sentence",
    "Story",
]

Category = Literal["Person", "Organisation", "Publication", "Other"]
CATEGORIES: tuple[Category, ...] = ("Person", "Organisation", "Publication", "Other")

PREDICATES: tuple[str, ...] = (
    "leads",
    "movedToSegment",
    "inSegment",
    "awardedContract",
    "advises",
    "authored",
    "commissioned",
    "partOf",
    "mergesWith",
    "rated",
)
STATUSES: tuple[str, ...] = ("current", "former", "interim", "acting", "designate")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Story:
    """One story of a newsletter file; ``id`` is ``<file stem>/<n>``, n counting from 1."""

    id: str
    doc: str
    title: str
    start: int
    end: int
    sentences: tuple[Sentence, ...]
    date: str | None = None


@dataclass(frozen=True)
class Document:
    """A source file: its exact text and the stories found in it.

    ``date`` (ISO 8601 at the precision given: ``2024``, ``2024-03`` or ``2024-03-05``),
    ``url``, ``headline`` and ``outlet`` come from the story manifest, front matter or a
    printed dateline (``kg.ingest.metadata``); ``None`` when nothing states them.
    """

    path: str
    doc: str
    text: str
    stories: tuple[Story, ...]
    date: str | None = None
    url: str | None = None
    headline: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Mention:
    """A name in the text. ``key`` is a reference-data key when the name is known there."""

    story_id: str
    start: int
    end: int
    text: str
    category: Category
    cls: str
    key: str | None = None
    extractor: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: the whole sentence, sliced exactly from the source."""

    story_id: str
    text: str
    start: int
    end: int
    extractor: str
    confidence: float


@dataclass(frozen=True)
class Fact:
    """subject –predicate→ object, with qualifiers; object is a Mention or a literal.

    ``start`` and ``end`` (ISO 8601 at the precision the text gives) bound a post's tenure
    for ``leads``, and when the event happened for the other predicates (equal for one point
    in time); ``as_of`` is the story's date they and ``status`` are relative to
    (``kg.temporal``).
    """

    subject: Mention
    predicate: str
    object: Mention | str
    evidence: Evidence
    role: str | None = None
    status: str | None = None
    from_: str | None = None
    value: str | None = None
    start: str | None = None
    end: str | None = None
    as_of: str | None = None


@dataclass(frozen=True)
class Entity:
    """One real thing after resolution; ``key`` is stable and becomes its IRI."""

    key: str
    label: str
    category: Category
    cls: str
    ods: str | None = None
    aliases: tuple[str, ...] = field(default=())
    govuk: str | None = None
