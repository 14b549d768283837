"""The shapes compiled to SPARQL (what ``kg build`` validates with, in Oxigraph) report what
pyshacl reports: the same focus nodes and paths, and the shapes' own messages.

tests/rdf/test_breakages.py runs both on every deliberate breakage of a built story; here the
shapes that story does not reach (time, story metadata, patterns, counts without a message)
are broken in the seeds' graph."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.rdf.namespaces import ID, KG, OA, RDF, RDFS, SDO, SKOS, TIME, XSD
from kg.rdf.serialize import oxigraph_terms
from kg.rdf.shapes import compile_shapes, shape_queries
from kg.rdf.validate import Violation, store_violations, violations

Quad = tuple

_INTERVAL = ID["interval/test"]
_EARLY, _LATE = ID["time/2021"], ID["time/2024"]


def _store(dataset: Dataset) -> pyoxigraph.Store:
    term = oxigraph_terms()
    store = pyoxigraph.Store()
    store.extend(pyoxigraph.Quad(term(s), term(p), term(o), term(g))
                 for s, p, o, g in dataset.quads((None, None, None, None)))
    return store


def _both(quads: list[Quad]) -> tuple[list[Violation], list[Violation]]:
    dataset = Dataset()
    for quad in quads:
        dataset.add(quad)
    return violations(dataset), store_violations(_store(dataset))


def _same(slow: list[Violation], fast: list[Violation]) -> None:
    assert {(v.focus, v.path) for v in fast} == {(v.focus, v.path) for v in slow}
    shaped = {v.message for v in fast if not v.message.startswith("breaks ")}
    assert shaped <= {v.message for v in slow}


@pytest.fixture(scope="module")
def quads(seed_build) -> list[Quad]:
    dataset = Dataset()
    dataset.parse(seed_build.out_dir / "kg.trig", format="trig")
    return list(dataset.quads((None, None, None, None)))


def _graph(quads: list[Quad]) -> URIRef:
    return next(q[3] for q in quads if q[1] == RDF.type and q[2] == KG.Assertion)


def _first(quads: list[Quad], p: URIRef, o: object = None) -> URIRef:
    return next(q[0] for q in quads if q[1] == p and (o is None or q[2] == o))


def _with(quads: list[Quad], *triples: tuple) -> list[Quad]:
    graph = _graph(quads)
    return [*quads, *((s, p, o, graph) for s, p, o in triples)]


def _instants() -> list[tuple]:
    return [(_EARLY, RDF.type, TIME.Instant),
            (_EARLY, TIME.inXSDgYear, Literal("2021", datatype=XSD.gYear)),
            (_LATE, RDF.type, TIME.Instant),
            (_LATE, TIME.inXSDgYear, Literal("2024", datatype=XSD.gYear))]


def _replace(quads: list[Quad], s: URIRef, p: URIRef, new: object) -> list[Quad]:
    return [(q[0], q[1], new, q[3]) if (q[0], q[1]) == (s, p) else q for q in quads]


BREAKAGES: dict[str, tuple[Callable[[list[Quad]], list[Quad]], str]] = {
    "interval that begins after it ends": (lambda q: _with(
        q, *_instants(), (_INTERVAL, RDF.type, TIME.Interval),
        (_INTERVAL, TIME.hasBeginning, _LATE), (_INTERVAL, TIME.hasEnd, _EARLY)),
        "an interval begins after it ends"),
    "interval with neither end": (lambda q: _with(q, (_INTERVAL, RDF.type, TIME.Interval)),
                                  "an interval has a beginning or an end"),
    "instant with two positions": (lambda q: _with(
        q, *_instants(), (_EARLY, TIME.inXSDDate, Literal("2021-01-01", datatype=XSD.date))),
        "an instant has exactly one position"),
    "story date as a plain string": (lambda q: _with(
        q, (_first(q, RDF.type, KG.Story), SDO.datePublished, Literal("March 2021"))),
        "at most one schema:datePublished"),
    "story with two titles": (lambda q: _with(
        q, (_first(q, RDF.type, KG.Story), URIRef("http://purl.org/dc/terms/title"),
         Literal("Another title"))), ""),
    "person without a name": (lambda q: [x for x in q if x[1] != SDO.name], ""),
    "ODS code in lower case": (lambda q: _replace(
        q, _first(q, URIRef("http://www.w3.org/ns/org#identifier")),
        URIRef("http://www.w3.org/ns/org#identifier"), Literal("rr8", datatype=KG.ODSCode)),
        "an ODS code is one org:identifier"),
    "role outside the role scheme": (lambda q: _with(
        q, (ID["role/made-up"], RDF.type, KG.Role),
        (ID["role/made-up"], SKOS.definition, Literal("A role of no scheme.")),
        (ID["role/made-up"], SKOS.inScheme, KG.ratings)), ""),
    "evidence start as a string": (lambda q: _replace(
        q, _first(q, RDF.type, OA.TextPositionSelector), OA.start, Literal("12")),
        "a position selector has one oa:start"),
    "negative evidence start": (lambda q: _replace(
        q, _first(q, RDF.type, OA.TextPositionSelector), OA.start,
        Literal("-1", datatype=XSD.integer)), "a position selector has one oa:start"),
    "label with a language tag": (lambda q: _replace(
        q, _first(q, RDF.type, KG.Person), RDFS.label, Literal("Someone", lang="en")),
        "a person has exactly one rdfs:label"),
}


def test_seeds_conform_by_sparql(quads):
    assert _both(quads) == ([], [])


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_sparql_reports_what_pyshacl_reports(quads, name):
    breakage, expected = BREAKAGES[name]
    slow, fast = _both(breakage(quads))
    assert fast, f"{name}: passed validation"
    _same(slow, fast)
    assert expected in " | ".join(v.message for v in fast)


def test_an_integer_type_is_checked_by_its_range_in_oxigraph(quads):
    """Oxigraph keeps every integer as xsd:integer, so an ``xsd:integer`` start that pyshacl
    rejects for its datatype passes in the store (documented in kg/rdf/shapes.py); a negative
    one fails in both (test above)."""
    position = _first(quads, RDF.type, OA.TextPositionSelector)
    start = next(q[2] for q in quads if (q[0], q[1]) == (position, OA.start))
    slow, fast = _both(_replace(quads, position, OA.start,
                                Literal(str(start), datatype=XSD.integer)))
    assert {v.path for v in slow} == {str(OA.start)} and fast == []


def test_a_shape_the_compiler_cannot_translate_is_refused():
    shapes = Graph()
    shape = URIRef("https://example.org/shape")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, KG.Person))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(ValueError, match="closed"):
        compile_shapes(shapes)


def test_every_shipped_node_shape_with_constraints_is_compiled():
    names = {query.shape.rsplit("#", 1)[-1] for query in shape_queries()}
    assert {"Assertion", "Interval", "Instant", "LeadsAssertion", "Rule1", "Rule9"} <= names
    assert "DirectTriple" not in names  # targets and no constraint: nothing to check
