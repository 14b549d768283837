"""Deterministic IRIs: the same input always mints the same names."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib.term import URIRef

from kg import iri
from kg.rdf.namespaces import ID

__all__ = [
    "activity_iri", "concept_iri", "entity_iri", "event_iri", "evidence_iri", "fact_iri",
    "issue_iri", "post_iri", "role_iri", "selector_iris", "status_iri", "story_iri",
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


def fact_iri(key: tuple[str, ...], story_id: str, sentence: str, occurrence: int = 0) -> URIRef:
    """A fact named by what it says and where: its arguments, its story and its sentence's
    text (``occurrence`` tells apart the same sentence repeated in one story), never an
    offset, so an edit elsewhere in the file leaves the name alone.

    >>> a = fact_iri(("person/a", "leads", "org/X"), "f/1", "A leads X.")
    >>> a == fact_iri(("person/a", "leads", "org/X"), "f/1", "A leads X.")
    True
    """
    return ID["fact/" + _digest(*key, story_id, sentence, occurrence)]


def evidence_iri(story_id: str, sentence: str, occurrence: int = 0) -> URIRef:
    """A sentence of a story, named by its text, so facts read from it share it."""
    return ID["evidence/" + _digest(story_id, sentence, occurrence)]


def selector_iris(evidence: URIRef) -> tuple[URIRef, URIRef]:
    """The Web Annotation selectors of an evidence sentence: its exact text, its offsets."""
    return URIRef(evidence + "/quote"), URIRef(evidence + "/position")


def post_iri(org_key: str, role: str) -> URIRef:
    """A post (a role at an organisation), the same whoever holds it.

    >>> str(post_iri("org/RJ1", "chief executive"))
    'https://w3id.org/nhskg/id/post/RJ1/chief-executive'
    """
    return ID["post/" + _safe(org_key.removeprefix("org/")) + "/" + _slug(role)]


def event_iri(*parts: str) -> URIRef:
    return ID["event/" + _digest(*parts)]


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
