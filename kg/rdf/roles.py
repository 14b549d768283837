"""Role strings from the extractors → concepts of the role scheme in ``ontology/kg.ttl``.

The scheme is the one list of roles: a string the extractors normalised but the scheme does
not hold ("director of finance following the retirement") is mapped to the nearest concept it
names, or left without a role, so no concept is ever minted from a sentence fragment.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib.term import URIRef

from kg.rdf.namespaces import KG, RDF, SKOS
from kg.rdf.ontology import load_ontology

__all__ = ["role_concept", "role_label", "role_labels"]

_DEPUTY = ("deputy ", "assistant ", "associate ")


@lru_cache(maxsize=1)
def role_labels() -> dict[str, URIRef]:
    """Every preferred and alternative label of the role scheme, lower case → concept."""
    ontology = load_ontology()
    labels: dict[str, URIRef] = {}
    for concept in ontology.subjects(RDF.type, KG.Role):
        assert isinstance(concept, URIRef)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in ontology.objects(concept, prop):
                labels[str(label).lower()] = concept
    return labels


@lru_cache(maxsize=256)
def role_label(concept: URIRef) -> str:
    """A role concept's preferred label."""
    return str(load_ontology().value(concept, SKOS.prefLabel))


@lru_cache(maxsize=4096)
def role_concept(role: str) -> URIRef | None:
    """The concept a role names: itself, the longest known role it starts with, or for an
    unknown "... director" or "chief ... officer" the general concept; else None.

    >>> str(role_concept("CEO")).rsplit("/", 1)[1]
    'chief-executive'
    >>> str(role_concept("director of finance following the retirement")).rsplit("/", 1)[1]
    'director-of-finance'
    >>> role_concept("deputy head of the thing") is None
    True
    """
    text = " ".join(role.lower().replace("\u2019", "'").split())
    labels = role_labels()
    if text in labels:
        return labels[text]
    if text.startswith(_DEPUTY):
        return None
    prefixes = [label for label in labels
                if text.startswith(label) and text[len(label)] in " ,;("]
    if prefixes:
        return labels[max(prefixes, key=len)]
    head = text.split(" of ")[0].split(" for ")[0]
    if head.endswith("director"):
        return labels["director"]
    if head.startswith("chief ") and head.endswith(" officer"):
        return labels["chief officer"]
    return None
