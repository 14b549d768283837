"""Facts → an RDF Dataset: one named graph per story, entities and vocabularies in the default
graph, the ontology in its own graph.

Each fact is stated twice over: as a plain triple (``person kg:leads trust``) for simple
queries, and as a ``kg:Assertion`` node that carries the qualifiers, the confidence and the
evidence sentence with its offsets (PROV-O ``prov:wasDerivedFrom``/``prov:wasGeneratedBy``).
A leads assertion is also an ``org:Membership`` with its ``org:role``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Dataset, Graph, Literal
from rdflib.term import Node, URIRef

from kg import __version__
from kg.model import Document, Fact, Mention
from kg.names import lookup_name
from kg.rdf.mint import (
    activity_iri,
    concept_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
    issue_iri,
    role_iri,
    status_iri,
    story_iri,
)
from kg.rdf.namespaces import (
    DCTERMS,
    ID,
    KG,
    ODS,
    ONTOLOGY_GRAPH,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    bind_prefixes,
)
from kg.rdf.ontology import load_ontology
from kg.rdf.temporal import add_fact_time, add_story_metadata
from kg.resolve import KnowledgeBase

__all__ = ["to_dataset"]

_SOFTWARE = ID["software/kg"]


def to_dataset(kb: KnowledgeBase, documents: Iterable[Document],
               include_ontology: bool = True) -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    default = dataset.default_context
    if include_ontology:
        ontology = dataset.graph(ONTOLOGY_GRAPH)
        for triple in load_ontology():
            ontology.add(triple)
    _software(default)
    for entity in kb.entities.values():
        subject = entity_iri(entity.key)
        cls = KG[entity.cls] if entity.cls in KG.__annotations__ else KG.Organisation
        default.add((subject, RDF.type, cls))
        default.add((subject, RDFS.label, Literal(entity.label)))
        for alias in entity.aliases:
            if alias != entity.label:
                default.add((subject, SKOS.altLabel, Literal(alias)))
        names = (entity.label, *entity.aliases, *((entity.ods,) if entity.ods else ()))
        for key in sorted({lookup_name(name) for name in names}):
            default.add((subject, KG.lookupName, Literal(key)))
        if entity.ods:
            default.add((subject, KG.odsCode, Literal(entity.ods)))
            default.add((subject, SKOS.exactMatch, ODS[entity.ods]))
        if entity.govuk:
            default.add((subject, KG.govukSlug, Literal(entity.govuk)))
        if entity.category == "Person":
            default.add((subject, SDO.name, Literal(entity.label)))
        elif entity.category == "Publication":
            default.add((subject, DCTERMS.title, Literal(entity.label)))
    for document in documents:
        issue = issue_iri(document.doc)
        default.add((issue, RDF.type, KG.NewsletterIssue))
        default.add((issue, KG.sourceFile, Literal(document.path)))
        default.add((issue, DCTERMS.identifier, Literal(document.doc)))
        for story in document.stories:
            graph = dataset.graph(story_iri(story.id))
            node = story_iri(story.id)
            graph.add((node, RDF.type, KG.Story))
            graph.add((node, DCTERMS.title, Literal(story.title)))
            graph.add((node, DCTERMS.identifier, Literal(story.id)))
            graph.add((node, DCTERMS.isPartOf, issue))
            graph.add((node, KG.issue, issue))
            graph.add((node, KG.startOffset, Literal(story.start)))
            graph.add((node, KG.endOffset, Literal(story.end)))
    add_story_metadata(dataset, kb, documents)
    for fact in sorted(kb.facts, key=lambda f: (f.evidence.story_id, f.evidence.start,
                                                kb.fact_key(f))):
        _add_fact(dataset, kb, fact)
    return dataset


def _software(graph: Graph) -> None:
    graph.add((_SOFTWARE, RDF.type, PROV.SoftwareAgent))
    graph.add((_SOFTWARE, RDFS.label, Literal("kg")))
    graph.add((_SOFTWARE, OWL.versionInfo, Literal(__version__)))


def object_node(kb: KnowledgeBase, fact: Fact) -> Node:
    if isinstance(fact.object, Mention):
        return entity_iri(kb.entity(fact.object).key)
    concept = concept_iri(fact.predicate, fact.object)
    return concept if concept is not None else Literal(fact.object)


def _add_fact(dataset: Dataset, kb: KnowledgeBase, fact: Fact) -> None:
    evidence = fact.evidence
    graph = dataset.graph(story_iri(evidence.story_id))
    default = dataset.default_context
    subject = entity_iri(kb.entity(fact.subject).key)
    predicate = KG[fact.predicate]
    obj = object_node(kb, fact)
    graph.add((subject, predicate, obj))
    for triple in _standard_triples(fact, subject, obj):
        graph.add(triple)
    node = fact_iri(kb.fact_key(fact), evidence.story_id, evidence.start)
    graph.add((node, RDF.type, KG.Assertion))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, KG.confidence, Literal(Decimal(str(evidence.confidence)),
                                            datatype=XSD.decimal)))
    graph.add((node, KG.extractor, Literal(evidence.extractor)))
    activity = activity_iri(evidence.extractor)
    graph.add((node, PROV.wasGeneratedBy, activity))
    default.add((activity, RDF.type, KG.ExtractionActivity))
    default.add((activity, RDFS.label, Literal(f"kg extractor {evidence.extractor}")))
    default.add((activity, PROV.wasAssociatedWith, _SOFTWARE))
    if isinstance(obj, URIRef) and fact.predicate in {"movedToSegment", "inSegment", "rated"}:
        _concept(default, obj, str(fact.object), fact.predicate)
    if fact.predicate == "leads":
        graph.add((node, RDF.type, ORG.Membership))
        graph.add((node, ORG.member, subject))
        graph.add((node, ORG.organization, obj))
        if fact.role:
            role = role_iri(fact.role)
            graph.add((node, ORG.role, role))
            _describe(default, role, KG.Role, fact.role, KG.roles)
    if fact.status:
        status = status_iri(fact.status)
        graph.add((node, KG.status, status))
        _describe(default, status, KG.PostStatus, fact.status, KG.statuses)
    if fact.from_:
        origin = concept_iri(fact.predicate, fact.from_)
        if origin is not None:
            graph.add((node, KG.fromSegment, origin))
            _concept(default, origin, fact.from_, fact.predicate)
    if fact.value:
        graph.add((node, KG.contractValue, Literal(fact.value)))
    source = evidence_iri(evidence.story_id, evidence.start, evidence.end)
    graph.add((node, KG.evidence, source))
    graph.add((node, PROV.wasDerivedFrom, source))
    graph.add((source, RDF.type, KG.Evidence))
    graph.add((source, KG.story, story_iri(evidence.story_id)))
    graph.add((source, KG.sentence, Literal(evidence.text)))
    graph.add((source, KG.startOffset, Literal(evidence.start)))
    graph.add((source, KG.endOffset, Literal(evidence.end)))
    add_fact_time(dataset, node, fact)


_HEADS = frozenset({"chief executive", "chair", "group chief executive", "general secretary",
                    "president", "secretary of state for health and social care"})


def _standard_triples(fact: Fact, subject: Node, obj: Node) -> list[tuple[Node, Node, Node]]:
    """What the kg shortcut means in the standard vocabularies, stated for stores that do not
    reason: the other direction of a merger, ORG's sub-organisation and head of."""
    if fact.predicate == "mergesWith":
        return [(obj, KG.mergesWith, subject)]
    if fact.predicate == "partOf":
        return [(subject, ORG.subOrganizationOf, obj)]
    if fact.predicate == "leads":
        triples: list[tuple[Node, Node, Node]] = [(subject, ORG.memberOf, obj)]
        if fact.role in _HEADS and fact.status in {"current", "interim", "acting"}:
            triples.append((subject, ORG.headOf, obj))
        return triples
    return []


def _describe(graph: Graph, concept: URIRef, cls: URIRef, label: str, scheme: URIRef) -> None:
    """A SKOS concept a fact uses, copied into the default graph so that any store sees its
    label (the ontology graph holds the full schemes)."""
    graph.add((concept, RDF.type, cls))
    graph.add((concept, RDF.type, SKOS.Concept))
    graph.add((concept, SKOS.prefLabel, Literal(label, lang="en")))
    graph.add((concept, SKOS.inScheme, scheme))


def _concept(graph: Graph, concept: URIRef, label: str, predicate: str) -> None:
    if predicate == "rated":
        _describe(graph, concept, KG.Rating, label, KG.ratings)
        return
    _describe(graph, concept, KG.Segment, label, KG.segments)
    graph.add((concept, KG.segmentNumber, Literal(int(label.split()[1]))))
