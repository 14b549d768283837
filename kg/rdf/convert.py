"""Facts → an RDF Dataset: one named graph per story, entities and vocabularies in the default
graph, the ontology in its own graph.

Each fact is a ``kg:Assertion`` node that carries the qualifiers, the confidence and the
evidence (PROV-O ``prov:wasDerivedFrom``/``prov:wasGeneratedBy``; the sentence as W3C Web
Annotation selectors). A fact that holds at the story's date is also stated as a plain triple
(``person kg:leads trust``) for simple queries; a former or designate post is not, so the plain
triples never say more than the text. A leads assertion is also an ``org:Membership`` of the
``org:Post`` (role at organisation) it is about.
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
    event_iri,
    evidence_iri,
    fact_iri,
    issue_iri,
    post_iri,
    selector_iris,
    status_iri,
    story_iri,
)
from kg.rdf.namespaces import (
    DCTERMS,
    ID,
    KG,
    OA,
    ODS,
    ODS_GRAPH,
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
from kg.rdf.reference import lifecycles
from kg.rdf.roles import role_concept, role_label
from kg.rdf.temporal import add_fact_time, add_story_metadata
from kg.resolve import KnowledgeBase

__all__ = ["to_dataset"]

_SOFTWARE = ID["software/kg"]
_ODS_SOURCE = ID["source/ods"]
_HELD = frozenset({"current", "interim", "acting"})
_UNITS = frozenset({"Hospital", "OrganisationalUnit"})
_MEMBERS_OF = frozenset({"IntegratedCareSystem"})


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
            default.add((subject, ORG.identifier, Literal(entity.ods, datatype=KG.ODSCode)))
            default.add((subject, RDFS.seeAlso, ODS[entity.ods]))
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
    _successions(dataset.graph(ODS_GRAPH), kb)
    occurrences = _occurrences(kb.facts)
    for fact in sorted(kb.facts, key=lambda f: (f.evidence.story_id, f.evidence.start,
                                                kb.fact_key(f))):
        _add_fact(dataset, kb, fact, occurrences[_sentence_at(fact)])
    return dataset


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


def _successions(graph: Graph, kb: KnowledgeBase) -> None:
    """Opening and closure dates and successions from the ODS reference data, for the
    organisations the news names: one ``org:ChangeEvent`` per successor and date, with the
    predecessors named in the graph as its original organisations."""
    known = {entity.key for entity in kb.entities.values()}
    events: dict[tuple[str, str], list[str]] = {}
    life = lifecycles()
    for key in sorted(known):
        record = life.get(key)
        if record is None:
            continue
        if record.opened:
            graph.add((entity_iri(key), SDO.foundingDate,
                       Literal(record.opened, datatype=XSD.date)))
        if record.closed:
            graph.add((entity_iri(key), SDO.dissolutionDate,
                       Literal(record.closed, datatype=XSD.date)))
        for successor in record.successors:
            if successor in known:
                events.setdefault((successor, record.closed or ""), []).append(key)
    for (successor, date), originals in sorted(events.items()):
        event = event_iri("ods-succession", successor, date)
        graph.add((event, RDF.type, ORG.ChangeEvent))
        graph.add((event, ORG.resultingOrganization, entity_iri(successor)))
        graph.add((entity_iri(successor), ORG.resultedFrom, event))
        for original in originals:
            graph.add((event, ORG.originalOrganization, entity_iri(original)))
            graph.add((entity_iri(original), ORG.changedBy, event))
        if date:
            graph.add((event, DCTERMS.date, Literal(date, datatype=XSD.date)))
        graph.add((event, DCTERMS.source, _ODS_SOURCE))


def _software(graph: Graph) -> None:
    graph.add((_SOFTWARE, RDF.type, PROV.SoftwareAgent))
    graph.add((_SOFTWARE, RDFS.label, Literal("kg")))
    graph.add((_SOFTWARE, OWL.versionInfo, Literal(__version__)))


def object_node(kb: KnowledgeBase, fact: Fact) -> Node:
    if isinstance(fact.object, Mention):
        return entity_iri(kb.entity(fact.object).key)
    concept = concept_iri(fact.predicate, fact.object)
    return concept if concept is not None else Literal(fact.object)


def _add_fact(dataset: Dataset, kb: KnowledgeBase, fact: Fact, occurrence: int) -> None:
    evidence = fact.evidence
    graph = dataset.graph(story_iri(evidence.story_id))
    default = dataset.default_context
    subject_entity = kb.entity(fact.subject)
    subject = entity_iri(subject_entity.key)
    predicate = KG[fact.predicate]
    obj = object_node(kb, fact)
    object_entity = kb.entity(fact.object) if isinstance(fact.object, Mention) else None
    node = fact_iri(kb.fact_key(fact), evidence.story_id, evidence.text, occurrence)
    if fact.status not in {"former", "designate"}:
        graph.add((subject, predicate, obj))
        for triple in _standard_triples(fact, subject, obj, subject_entity.cls,
                                        object_entity.cls if object_entity else ""):
            graph.add(triple)
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
    if fact.predicate == "leads" and object_entity is not None:
        _membership(graph, default, fact, node, subject, obj, object_entity)
    if fact.predicate == "mergesWith" and fact.status not in {"former", "designate"}:
        event = event_iri("merger", str(node))
        graph.add((event, RDF.type, ORG.ChangeEvent))
        graph.add((event, ORG.originalOrganization, subject))
        graph.add((event, ORG.originalOrganization, obj))
        graph.add((event, PROV.wasDerivedFrom, node))
        graph.add((subject, ORG.changedBy, event))
        graph.add((obj, ORG.changedBy, event))
        result = _merger_result(kb, subject_entity.key, object_entity.key) \
            if object_entity is not None else None
        if result is not None:
            graph.add((event, ORG.resultingOrganization, entity_iri(result)))
            graph.add((entity_iri(result), ORG.resultedFrom, event))
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
    source = evidence_iri(evidence.story_id, evidence.text, occurrence)
    graph.add((node, KG.evidence, source))
    graph.add((node, PROV.wasDerivedFrom, source))
    graph.add((source, RDF.type, KG.Evidence))
    graph.add((source, KG.story, story_iri(evidence.story_id)))
    graph.add((source, OA.hasSource, issue_iri(kb.doc_of[evidence.story_id])))
    quote, position = selector_iris(source)
    graph.add((source, OA.hasSelector, quote))
    graph.add((source, OA.hasSelector, position))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(evidence.text)))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
    add_fact_time(dataset, node, fact)


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


def _membership(graph: Graph, default: Graph, fact: Fact, node: URIRef, person: URIRef,
                organisation: Node, entity: object) -> None:
    """The assertion as an ``org:Membership`` of a post (the role at the organisation, one
    node whoever holds it); a post held now is also ``org:holds`` from the person."""
    graph.add((node, RDF.type, ORG.Membership))
    graph.add((node, ORG.member, person))
    graph.add((node, ORG.organization, organisation))
    role = role_concept(fact.role) if fact.role else None
    if role is None:
        return
    graph.add((node, ORG.role, role))
    label = role_label(role)
    _describe(default, role, KG.Role, label, KG.roles)
    post = post_iri(entity.key, label)  # type: ignore[attr-defined]
    graph.add((node, KG.post, post))
    default.add((post, RDF.type, ORG.Post))
    default.add((post, ORG.postIn, organisation))
    default.add((post, ORG.role, role))
    default.add((organisation, ORG.hasPost, post))
    default.add((post, RDFS.label, Literal(
        f"{label}, {entity.label}")))  # type: ignore[attr-defined]
    if fact.status in _HELD:
        graph.add((person, ORG.holds, post))


_HEADS = frozenset({"chief executive", "chair", "group chief executive", "general secretary",
                    "president", "secretary of state for health and social care"})


def _standard_triples(fact: Fact, subject: Node, obj: Node, subject_cls: str,
                      object_cls: str) -> list[tuple[Node, Node, Node]]:
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
        triples: list[tuple[Node, Node, Node]] = [(subject, ORG.memberOf, obj)]
        role = role_concept(fact.role) if fact.role else None
        if role is not None and role_label(role) in _HEADS:
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
    graph.add((concept, SKOS.notation, Literal(int(label.split()[1]))))
