"""IRI strings for the data, without rdflib: what ``kg extract`` needs to name entities.

``kg.rdf.namespaces`` builds its namespaces on ``BASE`` and ``kg.rdf.mint`` wraps these
strings as rdflib terms, so every IRI still comes from one place; keeping the strings here lets
a command that prints JSON Lines start without importing rdflib.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

__all__ = ["BASE", "DATA", "concept", "entity", "slug"]

BASE = "https://w3id.org/nhskg/"
DATA = BASE + "id/"
_CONCEPT_PREDICATES = {"movedToSegment": "segment", "inSegment": "segment", "rated": "rating"}


def _safe(text: str) -> str:
    return quote(text, safe="-_.~/")


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


@lru_cache(maxsize=1 << 16)
def entity(key: str) -> str:
    """An entity's IRI (kept for the next time: the JSON Lines and the graph name each entity
    in every fact that holds it, 180,000 times at 10,000 stories, and ``quote`` is slow).

    Example:

    >>> entity("org/RQ3")
    'https://w3id.org/nhskg/id/org/RQ3'
    """
    return DATA + _safe(key)


def concept(predicate: str, value: str) -> str | None:
    """The SKOS concept a literal object names: ``rated "good"`` → ``id/rating/good``.

    >>> concept("movedToSegment", "tier 1")
    'https://w3id.org/nhskg/id/tier/1'
    """
    scheme = _CONCEPT_PREDICATES.get(predicate)
    if scheme is None:
        return None
    if scheme == "segment":
        kind, number = value.split()
        return f"{DATA}{kind}/{number}"
    return f"{DATA}rating/{slug(value)}"
