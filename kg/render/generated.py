"""A generated graph of any size, in the shape ``kg.rdf.convert`` writes, for measuring and
testing the HTML graph at scale (bench/render.py, tests/render). Invented names only: roughly
three people to each organisation, posts with every status, organisations part of a few large
bodies, in oversight segments and rated, and publications written and commissioned.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from rdflib import Dataset
from rdflib.term import URIRef

from kg.rdf.mint import (
    concept_iri,
    entity_iri,
    evidence_iri,
    role_iri,
    selector_iris,
    status_iri,
    story_iri,
)
from kg.rdf.namespaces import DCTERMS, ID, KG, OA, ORG, PROV, RDF, RDFS, SKOS, XSD

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["generated_dataset", "generated_store"]

_FIRST = ("Alex", "Sam", "Jo", "Robin", "Chris", "Pat", "Morgan", "Jamie", "Taylor", "Casey")
_LAST = ("Ashdown", "Birchall", "Corrie", "Dunmore", "Ellery", "Fenwick", "Garside", "Holt")
_PLACES = ("Northvale", "Southmere", "Eastbridge", "Westholm", "Midford", "Kingsley")
_ORG_CLASSES = ("NHSFoundationTrust", "NHSTrust", "IntegratedCareBoard", "Company",
                "NationalBody", "CareTrust")
_ROLES = ("chief executive", "chair", "medical director", "chief nurse", "finance director")
_STATUSES = ("current", "current", "current", "former", "interim", "acting", "designate")


def generated_dataset(nodes: int, seed: int = 1) -> Dataset:
    """About ``nodes`` entities (people, organisations, publications) and 1.2 facts each, as
    the rdflib Dataset a build holds."""
    dataset = Dataset()
    dataset.parse(data=_nquads(nodes, seed), format="nquads")
    return dataset


def generated_store(nodes: int, seed: int = 1) -> pyoxigraph.Store:
    """The same graph in an Oxigraph store (much quicker to make)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(input=_nquads(nodes, seed).encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
    return store


class _Quads:
    """Just enough of rdflib's Dataset for the generator: ``graph(g).add(triple)``."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.default_context = self.graph(None)

    def graph(self, name: URIRef | None) -> _Graph:
        return _Graph(self.lines, f" <{name}>" if name is not None else "")


class _Graph:
    def __init__(self, lines: list[str], name: str) -> None:
        self.lines, self.name = lines, name

    def add(self, triple: tuple[str, str, str]) -> None:
        s, p, o = (f"<{t}>" if isinstance(t, URIRef) else t for t in triple)
        self.lines.append(f"{s} {p} {o}{self.name} .\n")


def _text(value: str, lang: str = "") -> str:
    """An N-Quads literal (generated text has no quotes or backslashes to escape)."""
    return f'"{value}"' + (f"@{lang}" if lang else "")


def _number(value: int | str, datatype: URIRef = XSD.integer) -> str:
    return f'"{value}"^^<{datatype}>'


def _nquads(nodes: int, seed: int) -> str:
    rng = random.Random(seed)
    dataset = _Quads()
    default = dataset.default_context
    n_orgs = max(2, nodes * 3 // 10)
    n_pubs = max(1, nodes // 10)
    n_people = max(1, nodes - n_orgs - n_pubs)
    orgs = [entity_iri(f"org/G{i:05d}") for i in range(n_orgs)]
    hubs = orgs[: max(1, n_orgs // 30)]
    for i, org in enumerate(orgs):
        cls = "IntegratedCareBoard" if org in hubs else _ORG_CLASSES[i % len(_ORG_CLASSES)]
        name = f"{_PLACES[i % len(_PLACES)]} {i} {cls}"
        default.add((org, RDF.type, KG[cls]))
        default.add((org, RDFS.label, _text(name)))
        default.add((org, ORG.identifier, _number(f"G{i:05d}", KG.ODSCode)))
        default.add((org, SKOS.altLabel, _text(f"{_PLACES[i % len(_PLACES)]} {i}")))
    people = [entity_iri(f"person/generated-{i}") for i in range(n_people)]
    for i, person in enumerate(people):
        default.add((person, RDF.type, KG.Person))
        default.add((person, RDFS.label, _text(
            f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // len(_FIRST)) % len(_LAST)]} {i}")))
    pubs = [entity_iri(f"publication/generated-{i}") for i in range(n_pubs)]
    for i, pub in enumerate(pubs):
        default.add((pub, RDF.type, KG.Report))
        default.add((pub, RDFS.label, _text(f"Review of services {i}")))
    stories = [story_iri(f"generated/{i}") for i in range(max(1, nodes // 10))]
    for i, story in enumerate(stories):
        dataset.graph(story).add((story, DCTERMS.title, _text(f"Generated story {i}")))
    facts = 0

    def fact(subject: URIRef, predicate: str, obj: URIRef, role: str = "",
             status: str = "") -> None:
        nonlocal facts
        facts += 1
        story = stories[rng.randrange(len(stories))]
        graph = dataset.graph(story)
        node, evidence = ID[f"fact/g{facts}"], evidence_iri(str(story), str(facts))
        graph.add((subject, KG[predicate], obj))
        for p, o in ((RDF.type, KG.Assertion), (RDF.subject, subject),
                     (RDF.predicate, KG[predicate]), (RDF.object, obj),
                     (KG.confidence, _number("0.9", XSD.decimal)),
                     (KG.extractor, _text("generated")), (KG.evidence, evidence),
                     (PROV.wasDerivedFrom, evidence)):
            graph.add((node, p, o))
        quote, position = selector_iris(evidence)
        for p, o in ((RDF.type, KG.Evidence), (KG.story, story), (OA.hasSelector, quote),
                     (OA.hasSelector, position)):
            graph.add((evidence, p, o))
        graph.add((quote, OA.exact, _text(f"Generated sentence {facts} stating a {predicate} "
                                          "fact.")))
        graph.add((position, OA.start, _number(facts)))
        graph.add((position, OA.end, _number(facts + 1)))
        if role:
            graph.add((node, ORG.role, role_iri(role)))
            default.add((role_iri(role), SKOS.prefLabel, _text(role, "en")))
        if status:
            graph.add((node, KG.status, status_iri(status)))
            default.add((status_iri(status), SKOS.prefLabel, _text(status, "en")))

    for person in people:
        for _ in range(1 if rng.random() < 0.8 else 2):
            fact(person, "leads", orgs[rng.randrange(n_orgs)], rng.choice(_ROLES),
                 rng.choice(_STATUSES))
        if rng.random() < 0.05:
            fact(person, "advises", orgs[rng.randrange(n_orgs)])
    for org in orgs:
        if org not in hubs and rng.random() < 0.5:
            fact(org, "partOf", hubs[rng.randrange(len(hubs))])
        if rng.random() < 0.3:
            label = f"segment {rng.randint(1, 4)}"
            segment = concept_iri("inSegment", label)
            assert segment is not None
            default.add((segment, SKOS.prefLabel, _text(label, "en")))
            fact(org, "inSegment", segment)
        if rng.random() < 0.02:
            fact(org, "mergesWith", orgs[rng.randrange(n_orgs)])
    for pub in pubs:
        fact(people[rng.randrange(n_people)], "authored", pub)
        if rng.random() < 0.5:
            fact(orgs[rng.randrange(n_orgs)], "commissioned", pub)
    return "".join(dict.fromkeys(dataset.lines))
