"""Time in the graph: story metadata (schema.org) and the intervals of posts and events
(OWL-Time), added to the quads that ``kg.rdf.convert`` writes.

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

from rdflib import Literal
from rdflib.term import URIRef

from kg.iri import slug
from kg.model import Document, Fact
from kg.names import lookup_name
from kg.rdf import terms
from kg.rdf.mint import entity_iri, issue_iri, story_iri
from kg.rdf.namespaces import ID, XSD
from kg.rdf.terms import KG, ORG, RDF, RDFS, SDO, TIME, Sink
from kg.resolve import KnowledgeBase
from kg.temporal.dates import precision

__all__ = ["add_fact_time", "add_story_metadata", "date_literal", "instant_iri"]

_DATATYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}
_OX_DATATYPES = {"year": terms.XSD.gYear, "month": terms.XSD.gYearMonth,
                 "day": terms.XSD.date}
_POSITIONS = {"year": TIME.inXSDgYear, "month": TIME.inXSDgYearMonth, "day": TIME.inXSDDate}


def date_literal(value: str) -> Literal:
    """An ISO value as the XSD literal of its precision.

    >>> date_literal("2024-03").datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth')
    """
    return Literal(value, datatype=_DATATYPES[precision(value)])


def _date(value: str) -> str:
    return terms.literal(value, _OX_DATATYPES[precision(value)])


def instant_iri(value: str) -> URIRef:
    return ID["time/" + value]


def add_story_metadata(sink: Sink, kb: KnowledgeBase, documents: Iterable[Document]) -> None:
    """Date, URL, headline and publisher of every story (and the URL of its file).

    A file of one story gives that story the manifest's or front matter's title as
    ``schema:headline`` and its URL; in a newsletter each story's headline is its heading and
    the URL stays on the issue. The outlet is the organisation of that name when the stories
    mention it, else an ``kg:NewsOutlet`` of its own."""
    add, iri = sink.add, sink.iri
    known = {lookup_name(name): entity_iri(entity.key)
             for entity in kb.entities.values() if entity.category == "Organisation"
             for name in (entity.label, *entity.aliases)}
    for document in documents:
        issue = sink.named(issue_iri, document.doc)
        if document.url:
            add(issue, SDO.url, iri(document.url))
        publisher = _outlet(sink, document.outlet, known, kb) if document.outlet else None
        single = len(document.stories) == 1
        for story in document.stories:
            node = sink.named(story_iri, story.id)
            if story.date:
                add(node, SDO.datePublished, _date(story.date), node)
            headline = document.headline if single and document.headline else story.title
            add(node, SDO.headline, sink.literal(headline), node)
            if single and document.url:
                add(node, SDO.url, iri(document.url), node)
            if publisher is not None:
                add(node, SDO.publisher, publisher, node)


def _outlet(sink: Sink, name: str, known: dict[str, URIRef], kb: KnowledgeBase) -> str:
    found = known.get(lookup_name(name))
    if found is not None:
        return sink.iri(found)
    key = "org/name-" + slug(name)
    node = sink.named(entity_iri, key)
    if key not in kb.entities:
        sink.add(node, RDF.type, KG.NewsOutlet)
        sink.add(node, RDFS.label, sink.literal(name))
        sink.add(node, KG.lookupName, sink.literal(lookup_name(name)))
    return node


def _instant(sink: Sink, graph: str, value: str) -> str:
    node = sink.iri(instant_iri(value))
    sink.add(node, RDF.type, TIME.Instant, graph)
    sink.add(node, _POSITIONS[precision(value)], _date(value), graph)
    return node


def _interval(sink: Sink, graph: str, owner: str, start: str | None,
              end: str | None) -> str:
    node = sink.iri(ID["interval/" + hashlib.sha256(owner[1:-1].encode()).hexdigest()[:20]])
    sink.add(node, RDF.type, TIME.Interval, graph)
    if start:
        sink.add(node, TIME.hasBeginning, _instant(sink, graph, start), graph)
    if end:
        sink.add(node, TIME.hasEnd, _instant(sink, graph, end), graph)
    return node


def add_fact_time(sink: Sink, graph: str, node: str, fact: Fact) -> None:
    """The time of one fact, with its instants, in its story's graph (``graph``)."""
    if not (fact.start or fact.end):
        return
    if fact.predicate == "leads":
        sink.add(node, ORG.memberDuring, _interval(sink, graph, node, fact.start, fact.end),
                 graph)
    elif fact.start and fact.start == fact.end:
        sink.add(node, TIME.hasTime, _instant(sink, graph, fact.start), graph)
    else:
        sink.add(node, TIME.hasTime, _interval(sink, graph, node, fact.start, fact.end), graph)
