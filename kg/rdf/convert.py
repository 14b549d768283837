"""Facts → RDF quads in an in-memory Oxigraph store: one named graph per story, entities and
vocabularies in the default graph, the ontology in its own graph (``to_store``; ``to_dataset``
gives the same quads as an rdflib Dataset, for callers that want one).

Each fact is a ``kg:Assertion`` node that carries the qualifiers, the confidence and the
evidence (PROV-O ``prov:wasDerivedFrom``/``prov:wasGeneratedBy``; the sentence as W3C Web
Annotation selectors). A fact that holds at the story's date is also stated as a plain triple
(``person kg:leads trust``) for simple queries; a former or designate post is not, so the plain
triples never say more than the text. A leads assertion is also an ``org:Membership`` of the
``org:Post`` (role at organisation) it is about.
"""


from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from kg import __version__
from kg.model import Document, Fact, Mention
from kg.names import lookup_name
from kg.rdf import mint
from kg.rdf import namespaces as ns
from kg.rdf.ontology import load_ontology
from kg.rdf.reference import lifecycles
from kg.rdf.roles import role_concept, role_label
from kg.rdf.temporal import add_fact_time, add_story_metadata
from kg.rdf.terms import (
    DCTERMS,
    DEFAULT,
    KG,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    Sink,
    decimal,
    literal,
    typed,
)
from kg.resolve import KnowledgeBase

__all__ = ["to_dataset", "to_quads", "to_store"]

_HELD = frozenset({"current", "interim", "acting"})
_UNITS = frozenset({"Hospital", "OrganisationalUnit"})
_MEMBERS_OF = frozenset({"IntegratedCareSystem"})


def to_quads(kb: KnowledgeBase, documents: Iterable[Document],
             include_ontology: bool = True,
             on_batch: Callable[[bytes], object] | None = None) -> Sink:
    """The graph of ``kb`` in a new in-memory Oxigraph store (``.store``, for SPARQL), with
    its quads as written (``.quads()``, for the files); ``on_batch`` is also given the
    N-Quads as they are made. See ``kg.rdf.terms.Sink``."""
    sink = Sink(on_batch)
    _convert(sink, kb, list(documents), include_ontology)
    return sink.finish()


def to_store(kb: KnowledgeBase, documents: Iterable[Document],
             include_ontology: bool = True) -> ox.Store:
    """The graph of ``kb`` in a new in-memory Oxigraph store (integer literals all read back
    as ``xsd:integer`` there: ``to_quads`` keeps their datatypes)."""
    return to_quads(kb, documents, include_ontology).store


def to_dataset(kb: KnowledgeBase, documents: Iterable[Document],
               include_ontology: bool = True) -> Dataset:
    """The same quads as ``to_store``, as an rdflib Dataset (slower: for small graphs)."""
    from kg.rdf.serialize import rdflib_term

    dataset = Dataset()
    ns.bind_prefixes(dataset)
    for quad in to_quads(kb, documents, include_ontology).quads():
        graph = dataset.default_context if isinstance(quad.graph_name, ox.DefaultGraph) \
            else dataset.graph(rdflib_term(quad.graph_name))
        graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate),
                   rdflib_term(quad.object)))
    return dataset


@lru_cache(maxsize=1)
def ontology_triples() -> tuple[ox.Triple, ...]:
    """``ontology/kg.ttl`` as Oxigraph triples (it holds no blank nodes)."""
    from kg.rdf.serialize import oxigraph_terms

    term = oxigraph_terms()
    return tuple(ox.Triple(term(s), term(p), term(o)) for s, p, o in load_ontology())


def _add_triple(sink: Sink, triple: ox.Triple, graph: str) -> None:
    s, p, o = str(triple.subject), str(triple.predicate), triple.object
    if isinstance(o, ox.Literal) and o.datatype.value in _INTEGER_TYPES:
        sink.add_integer(s, p, o.value, str(o.datatype), graph)
    else:
        sink.add(s, p, str(o), graph)


_INTEGER_TYPES = frozenset(str(ns.XSD[name]) for name in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte"))


def _convert(sink: Sink, kb: KnowledgeBase, documents: list[Document],
             include_ontology: bool) -> None:
    add, iri, lit = sink.add, sink.iri, sink.literal
    if include_ontology:
        graph = iri(str(ns.ONTOLOGY_GRAPH))
        for triple in ontology_triples():
            _add_triple(sink, triple, graph)
    software = iri(str(ns.ID["software/kg"]))
    add(software, RDF.type, PROV.SoftwareAgent)
    add(software, RDFS.label, lit("kg"))
    add(software, OWL.versionInfo, lit(__version__))
    for entity in kb.entities.values():
        subject = sink.named(mint.entity_iri, entity.key)
        cls = KG[entity.cls] if entity.cls in ns.KG.__annotations__ else KG.Organisation
        add(subject, RDF.type, cls)
        add(subject, RDFS.label, lit(entity.label))
        for alias in entity.aliases:
            if alias != entity.label:
                add(subject, SKOS.altLabel, lit(alias))
        names = (entity.label, *entity.aliases, *((entity.ods,) if entity.ods else ()))
        for key in sorted({lookup_name(name) for name in names}):
            add(subject, KG.lookupName, lit(key))
        if entity.ods:
            add(subject, ORG.identifier, typed(entity.ods, KG.ODSCode))
            add(subject, RDFS.seeAlso, iri(str(ns.ODS[entity.ods])))
        if entity.govuk:
            add(subject, KG.govukSlug, lit(entity.govuk))
        if entity.category == "Person":
            add(subject, SDO.name, lit(entity.label))
        elif entity.category == "Publication":
            add(subject, DCTERMS.title, lit(entity.label))
    for document in documents:
        issue = sink.named(mint.issue_iri, document.doc)
        add(issue, RDF.type, KG.NewsletterIssue)
        add(issue, KG.sourceFile, lit(document.path))
        add(issue, DCTERMS.identifier, lit(document.doc))
        for story in document.stories:
            node = sink.named(mint.story_iri, story.id)
            add(node, RDF.type, KG.Story, node)
            add(node, DCTERMS.title, lit(story.title), node)
            add(node, DCTERMS.identifier, lit(story.id), node)
            add(node, DCTERMS.isPartOf, issue, node)
            add(node, KG.issue, issue, node)
            sink.add_integer(node, KG.startOffset, story.start, g=node)
            sink.add_integer(node, KG.endOffset, story.end, g=node)
    add_story_metadata(sink, kb, documents)
    _successions(sink, kb)
    occurrences = _occurrences(kb.facts)
    software_activities: set[str] = set()
    for fact in sorted(kb.facts, key=lambda f: (f.evidence.story_id, f.evidence.start,
                                                kb.fact_key(f))):
        _add_fact(sink, kb, fact, occurrences[_sentence_at(fact)], software,
                  software_activities)


def _sentence_at(fact: Fact) -> tuple[str, int, int]:
    return (fact.evidence.story_id, fact.evidence.start, fact.evidence.end)


def _occurrences(facts: Iterable[Fact]) -> dict[tuple[str, int, int], int]:
    """Which repeat of its text in its story each evidence sentence is (0 for the first), so
    that names derived from the text alone stay apart for a sentence a story prints twice."""
    texts: dict[tuple[str, str], set[int]] = {}
    for fact in facts:
        texts.setdefault((fact.evidence.story_id, fact.evidence.text), set()).add(
            fact.evidence.start)
    order = {(story, start): n for (story, _), starts in texts.items()
             for n, start in enumerate(sorted(starts))}
    return {_sentence_at(f): order[(f.evidence.story_id, f.evidence.start)] for f in facts}


def _successions(sink: Sink, kb: KnowledgeBase) -> None:
    """Opening and closure dates and successions from the ODS reference data, for the
    organisations the news names: one ``org:ChangeEvent`` per successor and date, with the
    predecessors named in the graph as its original organisations."""
    add, iri = sink.add, sink.iri
    graph = iri(str(ns.ODS_GRAPH))
    known = {entity.key for entity in kb.entities.values()}
    events: dict[tuple[str, str], list[str]] = {}
    life = lifecycles()
    for key in sorted(known):
        record = life.get(key)
        if record is None:
            continue
        node = sink.named(mint.entity_iri, key)
        if record.opened:
            add(node, SDO.foundingDate, typed(record.opened, XSD.date), graph)
        if record.closed:
            add(node, SDO.dissolutionDate, typed(record.closed, XSD.date), graph)
        for successor in record.successors:
            if successor in known:
                events.setdefault((successor, record.closed or ""), []).append(key)
    source = iri(str(ns.ID["source/ods"]))
    for (successor, date), originals in sorted(events.items()):
        event = iri(mint.event_iri("ods-succession", successor, date))
        result = sink.named(mint.entity_iri, successor)
        add(event, RDF.type, ORG.ChangeEvent, graph)
        add(event, ORG.resultingOrganization, result, graph)
        add(result, ORG.resultedFrom, event, graph)
        for original in originals:
            add(event, ORG.originalOrganization, sink.named(mint.entity_iri, original), graph)
            add(sink.named(mint.entity_iri, original), ORG.changedBy, event, graph)
        if date:
            add(event, DCTERMS.date, typed(date, XSD.date), graph)
        add(event, DCTERMS.source, source, graph)


def object_node(sink: Sink, kb: KnowledgeBase, fact: Fact) -> str:
    """The fact's object as N-Triples text: an entity's or a concept's IRI, or a literal."""
    if isinstance(fact.object, Mention):
        return sink.named(mint.entity_iri, kb.entity(fact.object).key)
    concept = mint.concept_iri(fact.predicate, fact.object)
    return sink.iri(concept) if concept is not None else sink.literal(fact.object)


def _add_fact(sink: Sink, kb: KnowledgeBase, fact: Fact, occurrence: int,
              software: str, activities: set[str]) -> None:
    add, iri, lit = sink.add, sink.iri, sink.literal
    evidence = fact.evidence
    graph = sink.named(mint.story_iri, evidence.story_id)
    subject_entity = kb.entity(fact.subject)
    subject = sink.named(mint.entity_iri, subject_entity.key)
    predicate = KG[fact.predicate]
    obj = object_node(sink, kb, fact)
    object_entity = kb.entity(fact.object) if isinstance(fact.object, Mention) else None
    node = iri(mint.fact_iri(kb.fact_key(fact), evidence.story_id, evidence.text, occurrence))
    if fact.status not in {"former", "designate"}:
        add(subject, predicate, obj, graph)
        for s, p, o in _standard_triples(fact, subject, obj, subject_entity.cls,
                                         object_entity.cls if object_entity else ""):
            add(s, p, o, graph)
    add(node, RDF.type, KG.Assertion, graph)
    add(node, RDF.subject, subject, graph)
    add(node, RDF.predicate, predicate, graph)
    add(node, RDF.object, obj, graph)
    add(node, KG.confidence, decimal(evidence.confidence), graph)
    add(node, KG.extractor, lit(evidence.extractor), graph)
    activity = sink.named(mint.activity_iri, evidence.extractor)
    add(node, PROV.wasGeneratedBy, activity, graph)
    if evidence.extractor not in activities:
        activities.add(evidence.extractor)
        add(activity, RDF.type, KG.ExtractionActivity)
        add(activity, RDFS.label, lit(f"kg extractor {evidence.extractor}"))
        add(activity, PROV.wasAssociatedWith, software)
    if obj.startswith("<") and fact.predicate in {"movedToSegment", "inSegment",
                                                             "rated"}:
        _concept(sink, obj, str(fact.object), fact.predicate)
    if fact.predicate == "leads" and object_entity is not None:
        _membership(sink, graph, fact, node, subject, obj, object_entity)
    if fact.predicate == "mergesWith" and fact.status not in {"former", "designate"}:
        event = iri(mint.event_iri("merger", node[1:-1]))
        add(event, RDF.type, ORG.ChangeEvent, graph)
        add(event, ORG.originalOrganization, subject, graph)
        add(event, ORG.originalOrganization, obj, graph)
        add(event, PROV.wasDerivedFrom, node, graph)
        add(subject, ORG.changedBy, event, graph)
        add(obj, ORG.changedBy, event, graph)
        result = _merger_result(kb, subject_entity.key, object_entity.key) \
            if object_entity is not None else None
        if result is not None:
            add(event, ORG.resultingOrganization, sink.named(mint.entity_iri, result), graph)
            add(sink.named(mint.entity_iri, result), ORG.resultedFrom, event, graph)
    if fact.status:
        status = sink.named(mint.status_iri, fact.status)
        add(node, KG.status, status, graph)
        _describe(sink, status, KG.PostStatus, fact.status, KG.statuses)
    if fact.from_:
        origin = mint.concept_iri(fact.predicate, fact.from_)
        if origin is not None:
            add(node, KG.fromSegment, iri(origin), graph)
            _concept(sink, iri(origin), fact.from_, fact.predicate)
    if fact.value:
        add(node, KG.contractValue, lit(fact.value), graph)
    source_iri = mint.evidence_iri(evidence.story_id, evidence.text, occurrence)
    source = iri(source_iri)
    add(node, KG.evidence, source, graph)
    add(node, PROV.wasDerivedFrom, source, graph)
    add(source, RDF.type, KG.Evidence, graph)
    add(source, KG.story, graph, graph)
    add(source, OA.hasSource, sink.named(mint.issue_iri, kb.doc_of[evidence.story_id]), graph)
    quote_iri, position_iri = mint.selector_iris(source_iri)
    quote, position = iri(quote_iri), iri(position_iri)
    add(source, OA.hasSelector, quote, graph)
    add(source, OA.hasSelector, position, graph)
    add(quote, RDF.type, OA.TextQuoteSelector, graph)
    add(quote, OA.exact, lit(evidence.text), graph)
    add(position, RDF.type, OA.TextPositionSelector, graph)
    sink.add_integer(position, OA.start, evidence.start, XSD.nonNegativeInteger, graph)
    sink.add_integer(position, OA.end, evidence.end, XSD.nonNegativeInteger, graph)
    add_fact_time(sink, graph, node, fact)


def _merger_result(kb: KnowledgeBase, first: str, second: str) -> str | None:
    """The body a merger the news states resulted in, when the ODS reference data says so: one
    of the two succeeded the other, or both have the same single successor in the graph."""
    life = lifecycles()
    if first in getattr(life.get(second), "successors", ()):
        return first
    if second in getattr(life.get(first), "successors", ()):
        return second
    common = set(getattr(life.get(first), "successors", ())) & set(
        getattr(life.get(second), "successors", ()))
    if len(common) == 1 and next(iter(common)) in kb.entities:
        return common.pop()
    return None


def _membership(sink: Sink, graph: str, fact: Fact, node: str, person: str,
                organisation: str, entity: Any) -> None:
    """The assertion as an ``org:Membership`` of a post (the role at the organisation, one
    node whoever holds it); a post held now is also ``org:holds`` from the person."""
    add, iri = sink.add, sink.iri
    add(node, RDF.type, ORG.Membership, graph)
    add(node, ORG.member, person, graph)
    add(node, ORG.organization, organisation, graph)
    concept = role_concept(fact.role) if fact.role else None
    if concept is None:
        return
    role = iri(str(concept))
    add(node, ORG.role, role, graph)
    label = role_label(concept)
    _describe(sink, role, KG.Role, label, KG.roles)
    post = sink.named(mint.post_iri, entity.key, label)
    add(node, KG.post, post, graph)
    if fact.status in _HELD:
        add(person, ORG.holds, post, graph)
    if not sink.first(("post", post, organisation, role, entity.label)):
        return
    add(post, RDF.type, ORG.Post)
    add(post, ORG.postIn, organisation)
    add(post, ORG.role, role)
    add(organisation, ORG.hasPost, post)
    add(post, RDFS.label, sink.literal(f"{label}, {entity.label}"))


_HEADS = frozenset({"chief executive", "chair", "group chief executive", "general secretary",
                    "president", "secretary of state for health and social care"})


def _standard_triples(fact: Fact, subject: str, obj: str, subject_cls: str,
                      object_cls: str) -> list[tuple[str, str, str]]:
    """What the kg shortcut means in the standard vocabularies, stated for stores that do not
    reason: the other direction of a merger; for "part of", the ORG relation the classes of
    the two ends call for (a hospital or unit is a unit of its body, a body in an integrated
    care system is a member of it, anything else a sub-organisation); ORG member and head of
    for a post held now."""
    if fact.predicate == "mergesWith":
        return [(obj, KG.mergesWith, subject)]
    if fact.predicate == "partOf":
        if subject_cls in _UNITS:
            return [(subject, ORG.unitOf, obj), (obj, ORG.hasUnit, subject)]
        if object_cls in _MEMBERS_OF:
            return [(subject, ORG.memberOf, obj), (obj, ORG.hasMember, subject)]
        return [(subject, ORG.subOrganizationOf, obj), (obj, ORG.hasSubOrganization, subject)]
    if fact.predicate == "leads" and fact.status in _HELD:
        triples = [(subject, ORG.memberOf, obj)]
        role = role_concept(fact.role) if fact.role else None
        if role is not None and role_label(role) in _HEADS:
            triples.append((subject, ORG.headOf, obj))
        return triples
    return []


def _describe(sink: Sink, concept: str, cls: str, label: str, scheme: str) -> None:
    """A SKOS concept a fact uses, copied into the default graph so that any store sees its
    label (the ontology graph holds the full schemes)."""
    if not sink.first(("describe", concept, cls, label, scheme)):
        return
    add = sink.add
    add(concept, RDF.type, cls, DEFAULT)
    add(concept, RDF.type, SKOS.Concept, DEFAULT)
    add(concept, SKOS.prefLabel, literal(label, language="en"), DEFAULT)
    add(concept, SKOS.inScheme, scheme, DEFAULT)


def _concept(sink: Sink, concept: str, label: str, predicate: str) -> None:
    if not sink.first(("concept", concept, label, predicate)):
        return
    if predicate == "rated":
        _describe(sink, concept, KG.Rating, label, KG.ratings)
        return
    _describe(sink, concept, KG.Segment, label, KG.segments)
    sink.add_integer(concept, SKOS.notation, int(label.split()[1]))
