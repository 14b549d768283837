"""Deliberate breakages of a real build, each of which the shapes must reject.

The graph is built from a short story written here (every kind of fact the breakages touch),
then broken in one place at a time; ``kg validate`` runs the same check (shown for two of them
through the command line)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from kg.build import build
from kg.rdf.namespaces import ID, KG, OA, ORG, RDF, RDFS, SKOS, XSD
from kg.rdf.validate import store_violations, violations

STORY = """Trust news

Jane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, said the plan was sound. \
Former chief executive of Leeds Teaching Hospitals NHS Trust John Smith has joined Deloitte. \
Deloitte won a £2m contract from NHS England. \
Leeds Teaching Hospitals NHS Trust moved from segment 2 to segment 3. \
St James's University Hospital is part of Leeds Teaching Hospitals NHS Trust. \
Harrogate and District NHS Foundation Trust will merge with Leeds Teaching Hospitals NHS Trust.
"""

Quad = tuple[Node, Node, Node, Node]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "story.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "build"
    build([corpus], out)
    return out


@pytest.fixture(scope="module")
def quads(built: Path) -> list[Quad]:
    dataset = Dataset()
    dataset.parse(built / "kg.trig", format="trig")
    return list(dataset.quads((None, None, None, None)))


def _one(quads: list[Quad], p: Node, o: Node | None = None, s: Node | None = None) -> Quad:
    return next(q for q in quads if q[1] == p and (o is None or q[2] == o)
                and (s is None or q[0] == s))


def _entity(quads: list[Quad], label: str) -> Node:
    return _one(quads, RDFS.label, Literal(label))[0]


def _membership(quads: list[Quad], status: str) -> Node:
    return _one(quads, KG.status, ID["status/" + status])[0]


def _replace(quads: list[Quad], s: Node, p: Node, new: Node) -> list[Quad]:
    return [(q[0], q[1], new, q[3]) if (q[0], q[1]) == (s, p) else q for q in quads]


def _drop(quads: list[Quad], s: Node, p: Node) -> list[Quad]:
    return [q for q in quads if (q[0], q[1]) != (s, p)]


def _add(quads: list[Quad], s: Node, p: Node, o: Node) -> list[Quad]:
    graph = _one(quads, RDF.type, KG.Assertion)[3]
    return [*quads, (s, p, o, graph)]


def _position(quads: list[Quad]) -> Node:
    return _one(quads, RDF.type, OA.TextPositionSelector)[0]


def _number(quads: list[Quad], s: Node, p: Node) -> int:
    return int(_one(quads, p, s=s)[2])


def _jane(q): return _entity(q, "Jane Doe")
def _john(q): return _entity(q, "John Smith")
def _leeds(q): return _entity(q, "Leeds Teaching Hospitals NHS Trust")
def _nhse(q): return _entity(q, "NHS England")
def _deloitte(q): return _entity(q, "Deloitte")


BREAKAGES: dict[str, Callable[[list[Quad]], list[Quad]]] = {
    "leads triple with no assertion behind it":
        lambda q: _add(q, _john(q), KG.leads, _deloitte(q)),
    "former post stated as a direct leads triple":
        lambda q: _add(q, _john(q), KG.leads, _leeds(q)),
    "membership's person differs from its assertion's":
        lambda q: _replace(q, _membership(q, "current"), ORG.member, _john(q)),
    "membership's organisation differs from its assertion's":
        lambda q: _replace(q, _membership(q, "current"), ORG.organization, _nhse(q)),
    "evidence span length disagrees with the sentence":
        lambda q: _replace(q, _position(q), OA.end, Literal(
            _number(q, _position(q), OA.end) + 3, datatype=XSD.nonNegativeInteger)),
    "evidence start not before its end":
        lambda q: _replace(q, _position(q), OA.start, Literal(
            _number(q, _position(q), OA.end), datatype=XSD.nonNegativeInteger)),
    "evidence outside its story's span":
        lambda q: _replace(_replace(q, _position(q), OA.start, Literal(
            10**6, datatype=XSD.nonNegativeInteger)), _position(q), OA.end, Literal(
            10**6 + _number(q, _position(q), OA.end) - _number(q, _position(q), OA.start),
            datatype=XSD.nonNegativeInteger)),
    "evidence without its quote selector":
        lambda q: [x for x in q if not (x[1] == OA.hasSelector and str(x[2]).endswith("/quote"))],
    "evidence with an empty quote":
        lambda q: _replace(q, _one(q, RDF.type, OA.TextQuoteSelector)[0], OA.exact, Literal("")),
    "evidence without a story":
        lambda q: _drop(q, _one(q, RDF.type, KG.Evidence)[0], KG.story),
    "evidence whose source is not its story's file":
        lambda q: _replace(q, _one(q, RDF.type, KG.Evidence)[0], OA.hasSource,
                           ID["issue/elsewhere"]),
    "assertion without evidence":
        lambda q: _drop(q, _membership(q, "current"), KG.evidence),
    "confidence above 1":
        lambda q: _replace(q, _membership(q, "current"), KG.confidence,
                           Literal("1.5", datatype=XSD.decimal)),
    "assertion predicate outside the ontology's relations":
        lambda q: _replace(q, _membership(q, "current"), RDF.predicate, ORG.memberOf),
    "membership without a status":
        lambda q: _drop(q, _membership(q, "current"), KG.status),
    "membership with an unknown status":
        lambda q: _replace(q, _membership(q, "current"), KG.status, ID["status/retired"]),
    "role minted from a sentence fragment":
        lambda q: [*_replace(q, _membership(q, "current"), ORG.role,
                             ID["role/director-of-finance-following-the-retirement"]),
                   (ID["role/director-of-finance-following-the-retirement"], RDF.type, KG.Role,
                    _one(q, RDF.type, KG.Assertion)[3])],
    "post in another organisation than its membership's":
        lambda q: _replace(q, _one(q, RDF.type, ORG.Post)[0], ORG.postIn, _nhse(q)),
    "person holds a post they left":
        lambda q: _add(q, _john(q), ORG.holds, _one(q, RDF.type, ORG.Post)[0]),
    "head of an organisation without leading it":
        lambda q: _add(q, _john(q), ORG.headOf, _leeds(q)),
    "merger triple with no assertion behind it":
        lambda q: _add(q, _nhse(q), KG.mergesWith, _deloitte(q)),
    "part-of triple with no assertion behind it":
        lambda q: _add(q, _deloitte(q), KG.partOf, _nhse(q)),
    "ODS code as an untyped string":
        lambda q: _replace(q, _leeds(q), ORG.identifier, Literal("RR8")),
    "two ODS codes":
        lambda q: [*q, (_leeds(q), ORG.identifier, Literal("RR9", datatype=KG.ODSCode),
                        _one(q, ORG.identifier, s=_leeds(q))[3])],
    "segment number out of range":
        lambda q: _replace(q, ID["segment/3"], SKOS.notation, Literal(9)),
    "change event without original organisations":
        lambda q: _drop(q, _one(q, RDF.type, ORG.ChangeEvent)[0], ORG.originalOrganization),
    "leads from an organisation":
        lambda q: _add(q, _deloitte(q), KG.leads, _nhse(q)),
}


EXPECTED = {
    "leads triple with no assertion behind it": "direct kg:leads triple",
    "former post stated as a direct leads triple": "direct kg:leads triple",
    "membership's person differs from its assertion's": "person is its assertion's subject",
    "membership's organisation differs from its assertion's": "organisation is its assertion's",
    "evidence span length disagrees with the sentence": "length of its sentence",
    "evidence start not before its end": "oa:start, before its oa:end",
    "evidence outside its story's span": "inside its story's span",
    "evidence without its quote selector": "two selectors, one quote and one position",
    "evidence with an empty quote": "non-empty oa:exact",
    "evidence without a story": "exactly one story",
    "evidence whose source is not its story's file": "story's newsletter issue",
    "assertion without evidence": "exactly one kg:Evidence",
    "confidence above 1": "between 0 and 1",
    "assertion predicate outside the ontology's relations": "one of the kg relations",
    "membership without a status": "exactly one status",
    "membership with an unknown status": "exactly one status",
    "role minted from a sentence fragment": "not one minted from text",
    "post in another organisation than its membership's": "post is its role at its organisation",
    "person holds a post they left": "holds a post only",
    "head of an organisation without leading it": "org:headOf only",
    "merger triple with no assertion behind it": "direct triple has an assertion",
    "part-of triple with no assertion behind it": "direct triple has an assertion",
    "ODS code as an untyped string": "kg:ODSCode",
    "two ODS codes": "kg:ODSCode",
    "segment number out of range": "<=",
    "change event without original organisations": "original organisation",
    "leads from an organisation": "kg:Person",
}


def test_breakages_start_from_a_graph_that_conforms(quads):
    dataset = Dataset()
    for quad in quads:
        dataset.add(quad)
    assert violations(dataset) == []
    assert len(BREAKAGES) >= 20 and set(EXPECTED) == set(BREAKAGES)


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_breakage_is_rejected(quads, name):
    broken = BREAKAGES[name](quads)
    assert broken != quads, f"{name}: the breakage changed nothing"
    dataset = Dataset()
    for quad in broken:
        dataset.add(quad)
    messages = " | ".join(v.message for v in violations(dataset))
    assert EXPECTED[name] in messages, f"{name}: {messages or 'passed validation'}"


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_breakage_is_rejected_by_the_shapes_in_sparql_as_by_pyshacl(quads, name):
    """What ``kg build`` runs (the shapes as SPARQL in Oxigraph, kg/rdf/shapes.py) finds the
    same focus nodes and paths as pyshacl, with the expected message."""
    import pyoxigraph

    from kg.rdf.serialize import oxigraph_terms

    dataset = Dataset()
    for quad in BREAKAGES[name](quads):
        dataset.add(quad)
    term = oxigraph_terms()
    store = pyoxigraph.Store()
    store.extend(pyoxigraph.Quad(term(s), term(p), term(o), term(g))
                 for s, p, o, g in dataset.quads((None, None, None, None)))
    fast, slow = store_violations(store), violations(dataset)
    assert {(v.focus, v.path) for v in fast} == {(v.focus, v.path) for v in slow}
    own = {v.message for v in fast if not v.message.startswith("breaks ")}
    assert own <= {v.message for v in slow}
    shown = " | ".join(v.message for v in fast)
    # a shape with no sh:message is reported by its constraints, not in pyshacl's words
    assert EXPECTED[name] in shown or "breaks sh:" in shown


@pytest.mark.parametrize("name", ["leads triple with no assertion behind it",
                                  "evidence span length disagrees with the sentence"])
def test_breakage_is_rejected_by_kg_validate(quads, tmp_path, name):
    dataset = Dataset()
    for quad in BREAKAGES[name](quads):
        dataset.add(quad)
    path = tmp_path / "broken.trig"
    dataset.serialize(path, format="trig")
    run = subprocess.run([sys.executable, "-m", "kg", "validate", str(path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr.startswith("kg: error: ") and "SHACL violation" in run.stderr


def test_uri_helpers_find_the_story_facts(quads):
    assert isinstance(_membership(quads, "former"), URIRef)


def test_built_graph_states_only_held_posts_directly(quads):
    triples = {(s, p, o) for s, p, o, _ in quads}
    john, jane, leeds = _john(quads), _jane(quads), _leeds(quads)
    former = _membership(quads, "former")
    assert (former, ORG.member, john) in triples and (john, KG.leads, leeds) not in triples
    assert (john, ORG.memberOf, leeds) not in triples and (john, ORG.headOf, leeds) not in triples
    assert {(jane, KG.leads, leeds), (jane, ORG.headOf, leeds)} <= triples
    post = next(o for s, p, o in triples if (s, p) == (former, KG.post))
    assert (jane, ORG.holds, post) in triples and (john, ORG.holds, post) not in triples
    assert (post, ORG.postIn, leeds) in triples


def test_built_graph_uses_org_relations_by_class_and_change_events(quads):
    triples = {(s, p, o) for s, p, o, _ in quads}
    hospital = _entity(quads, "St James's University Hospital")
    leeds = _leeds(quads)
    assert (hospital, ORG.unitOf, leeds) in triples
    assert (hospital, ORG.subOrganizationOf, leeds) not in triples
    event = _one(quads, RDF.type, ORG.ChangeEvent)[0]
    originals = {o for s, p, o in triples if (s, p) == (event, ORG.originalOrganization)}
    assert originals == {leeds, _entity(quads, "Harrogate and District NHS Foundation Trust")}
    assert (leeds, ORG.identifier, Literal("RR8", datatype=KG.ODSCode)) in triples
    assert not any(p == SKOS.exactMatch for _, p, _ in triples)
