"""Deterministic IRIs: the same input always mints the same names."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib.term import URIRef

from kg import iri
from kg.rdf.namespaces import ID

__all__ = [
    "activity_iri", "concept_iri", "entity_iri", "evidence_iri", "fact_iri", "issue_iri",
    "role_iri", "status_iri", "story_iri",
]

def _safe(text: str) -> str:
    return quote(text, safe="-_.~/")


_slug = iri.slug


def entity_iri(key: str) -> URIRef:
    """Example:

    >>> str(entity_iri("org/RQ3"))
    'https://w3id.org/nhskg/id/org/RQ3'
    """
    return URIRef(iri.entity(key))


def issue_iri(doc: str) -> URIRef:
    return ID["issue/" + _safe(doc)]


def story_iri(story_id: str) -> URIRef:
    return ID["story/" + _safe(story_id)]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def fact_iri(key: tuple[str, ...], story_id: str, start: int) -> URIRef:
    return ID["fact/" + _digest(*key, story_id, start)]


def evidence_iri(story_id: str, start: int, end: int) -> URIRef:
    return ID["evidence/" + _digest(story_id, start, end)]


def concept_iri(predicate: str, value: str) -> URIRef | None:
    """The SKOS concept a literal object names: ``rated "good"`` → ``id/rating/good``.

    >>> str(concept_iri("movedToSegment", "tier 1"))
    'https://w3id.org/nhskg/id/tier/1'
    """
    concept = iri.concept(predicate, value)
    return URIRef(concept) if concept is not None else None


def role_iri(role: str) -> URIRef:
    return ID["role/" + _slug(role)]


def status_iri(status: str) -> URIRef:
    return ID["status/" + _slug(status)]


def activity_iri(extractor: str) -> URIRef:
    return ID["activity/" + _slug(extractor)]
