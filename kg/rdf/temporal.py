"""Time in the graph: story metadata (schema.org) and the intervals of posts and events
(OWL-Time), added to a Dataset that ``kg.rdf.convert`` builds.

A post's tenure is ``org:memberDuring`` a ``time:Interval`` on its ``org:Membership``; any
other fact's time is ``time:hasTime`` on its assertion: a ``time:Instant`` when the text gives
one point ("in March 2021"), else a ``time:Interval`` ("since 2023"). Each end of an interval is
a ``time:Instant`` placed with ``time:inXSDDate``, ``time:inXSDgYearMonth`` or
``time:inXSDgYear``, as precise as the text: an instant is named by its value
(``id/time/2021-03``) and shared; an interval belongs to one fact (``id/interval/<hash>``),
since two open intervals that start in the same year need not be the same interval.

Every dated triple sits in a story's graph, none in the default graph: ``xsd:date``,
``xsd:gYearMonth`` and ``xsd:gYear`` are outside the OWL 2 datatype map, and the default graph
(entities, posts, events) is what an OWL 2 DL reasoner is run over.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal
from rdflib.term import URIRef

from kg.iri import slug
from kg.model import Document, Fact
from kg.names import lookup_name
from kg.rdf.mint import entity_iri, issue_iri, story_iri
from kg.rdf.namespaces import (
    ID,
    KG,
    ORG,
    RDF,
    RDFS,
    SDO,
    TIME,
    XSD,
    bind_time_prefix,
)
from kg.resolve import KnowledgeBase
from kg.temporal.dates import precision

__all__ = ["add_fact_time", "add_story_metadata", "date_literal", "instant_iri"]

_DATATYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}
_POSITIONS = {"year": TIME.inXSDgYear, "month": TIME.inXSDgYearMonth, "day": TIME.inXSDDate}


def date_literal(value: str) -> Literal:
    """An ISO value as the XSD literal of its precision.

    >>> date_literal("2024-03").datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth')
    """
    return Literal(value, datatype=_DATATYPES[precision(value)])


def instant_iri(value: str) -> URIRef:
    return ID["time/" + value]


def add_story_metadata(dataset: Dataset, kb: KnowledgeBase,
                       documents: Iterable[Document]) -> None:
    """Date, URL, headline and publisher of every story (and the URL of its file).

    A file of one story gives that story the manifest's or front matter's title as
    ``schema:headline`` and its URL; in a newsletter each story's headline is its heading and
    the URL stays on the issue. The outlet is the organisation of that name when the stories
    mention it, else an ``kg:NewsOutlet`` of its own."""
    bind_time_prefix(dataset)
    default = dataset.default_context
    known = {lookup_name(name): entity_iri(entity.key)
             for entity in kb.entities.values() if entity.category == "Organisation"
             for name in (entity.label, *entity.aliases)}
    for document in documents:
        issue = issue_iri(document.doc)
        if document.url:
            default.add((issue, SDO.url, URIRef(document.url)))
        publisher = _outlet(default, document.outlet, known, kb) if document.outlet else None
        single = len(document.stories) == 1
        for story in document.stories:
            node = story_iri(story.id)
            graph = dataset.graph(node)
            if story.date:
                graph.add((node, SDO.datePublished, date_literal(story.date)))
            headline = document.headline if single and document.headline else story.title
            graph.add((node, SDO.headline, Literal(headline)))
            if single and document.url:
                graph.add((node, SDO.url, URIRef(document.url)))
            if publisher is not None:
                graph.add((node, SDO.publisher, publisher))


def _outlet(graph: Graph, name: str, known: dict[str, URIRef], kb: KnowledgeBase) -> URIRef:
    found = known.get(lookup_name(name))
    if found is not None:
        return found
    key = "org/name-" + slug(name)
    node = entity_iri(key)
    if key not in kb.entities:
        graph.add((node, RDF.type, KG.NewsOutlet))
        graph.add((node, RDFS.label, Literal(name)))
        graph.add((node, KG.lookupName, Literal(lookup_name(name))))
    return node


def _instant(graph: Graph, value: str) -> URIRef:
    node = instant_iri(value)
    graph.add((node, RDF.type, TIME.Instant))
    graph.add((node, _POSITIONS[precision(value)], date_literal(value)))
    return node


def _interval(graph: Graph, owner: URIRef, start: str | None, end: str | None) -> URIRef:
    node = ID["interval/" + hashlib.sha256(str(owner).encode()).hexdigest()[:20]]
    graph.add((node, RDF.type, TIME.Interval))
    if start:
        graph.add((node, TIME.hasBeginning, _instant(graph, start)))
    if end:
        graph.add((node, TIME.hasEnd, _instant(graph, end)))
    return node


def add_fact_time(dataset: Dataset, node: URIRef, fact: Fact) -> None:
    """The time of one fact, with its instants, in its story's graph."""
    if not (fact.start or fact.end):
        return
    graph = dataset.graph(story_iri(fact.evidence.story_id))
    if fact.predicate == "leads":
        graph.add((node, ORG.memberDuring, _interval(graph, node, fact.start, fact.end)))
    elif fact.start and fact.start == fact.end:
        graph.add((node, TIME.hasTime, _instant(graph, fact.start)))
    else:
        graph.add((node, TIME.hasTime, _interval(graph, node, fact.start, fact.end)))
