"""Oxigraph terms for the converter: the vocabularies of ``kg.rdf.namespaces`` as
``pyoxigraph.NamedNode`` objects, and a sink that gathers quads into an in-memory store.

The build writes about a million quads at 10,000 stories straight into a ``pyoxigraph.Store``:
an rdflib Dataset of the same graph took 28 s and 1.2 GB, and everything that read it (pyshacl,
the writers, the HTML graph) paid again (docs/decisions/20261125-oxigraph-build.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from kg.rdf import namespaces as ns

__all__ = ["DEFAULT", "Sink", "Vocabulary", "decimal", "typed"]

DEFAULT = ox.DefaultGraph()


class Vocabulary:
    """One namespace's terms as Oxigraph IRIs, each made once; a name the rdflib namespace
    refuses (a misspelt ``kg:`` term) fails here too."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = ox.NamedNode(str(self._namespace[name]))
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


KG = Vocabulary(ns.KG)
RDF = Vocabulary(ns.RDF)
RDFS = Vocabulary(ns.RDFS)
ORG = Vocabulary(ns.ORG)
PROV = Vocabulary(ns.PROV)
SKOS = Vocabulary(ns.SKOS)
SDO = Vocabulary(ns.SDO)
DCTERMS = Vocabulary(ns.DCTERMS)
OWL = Vocabulary(ns.OWL)
OA = Vocabulary(ns.OA)
XSD = Vocabulary(ns.XSD)
TIME = Vocabulary(ns.TIME)


def typed(value: str, datatype: ox.NamedNode) -> ox.Literal:
    return ox.Literal(value, datatype=datatype)


def decimal(value: float) -> ox.Literal:
    """A confidence as ``xsd:decimal``, spelt as rdflib spells ``Decimal(str(value))``."""
    return ox.Literal(str(Decimal(str(value))), datatype=XSD.decimal)


# Datatypes Oxigraph stores as xsd:integer (``"5"^^xsd:nonNegativeInteger`` reads back as
# ``"5"^^xsd:integer``).
_INTEGERS = frozenset(str(ns.XSD[name]) for name in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long",
    "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
_INTEGER = str(ns.XSD.integer)


class Sink:
    """The quads of a graph, gathered in batches into one in-memory store.

    The store drops repeats, as a Dataset did. It keeps every integer literal as
    ``xsd:integer``, so the sink remembers the quads whose literal it retyped, and ``quads``
    gives them back as written: the files are written from ``quads``; SPARQL (validation, the
    HTML graph, the query index) reads ``store``."""

    _BATCH = 50_000

    def __init__(self) -> None:
        self.store = ox.Store()
        self.retyped: dict[ox.Quad, list[ox.Quad]] = {}
        self._integers: set[ox.Quad] = set()
        self._iris: dict[str, ox.NamedNode] = {}
        self._batch: list[ox.Quad] = []
        self._seen: set[Any] = set()

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def add(self, s: Any, p: ox.NamedNode, o: Any, g: Any = DEFAULT) -> None:
        """Add a quad whose object is not an integer literal (``add_integer`` is for those;
        ``add_any`` for objects of any kind)."""
        self._batch.append(ox.Quad(s, p, o, g))
        if len(self._batch) >= self._BATCH:
            self.flush()

    def first(self, key: Any) -> bool:
        """True the first time ``key`` is asked about: for statements made once per node."""
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def add_integer(self, s: Any, p: ox.NamedNode, o: ox.Literal, g: Any = DEFAULT) -> None:
        """Add a quad whose object is a literal of ``xsd:integer`` or a type derived from it,
        remembering its datatype if the store will change it."""
        quad = ox.Quad(s, p, o, g)
        if o.datatype.value in _INTEGERS:
            self._retype(quad, o)
        elif o.datatype.value == _INTEGER:
            self._integers.add(quad)
            if quad in self.retyped and quad not in self.retyped[quad]:
                self.retyped[quad].append(quad)
        self._batch.append(quad)
        if len(self._batch) >= self._BATCH:
            self.flush()

    def add_any(self, s: Any, p: ox.NamedNode, o: Any, g: Any = DEFAULT) -> None:
        if isinstance(o, ox.Literal) and o.datatype.value in _INTEGERS | {_INTEGER}:
            self.add_integer(s, p, o, g)
        else:
            self.add(s, p, o, g)

    def _retype(self, quad: ox.Quad, literal: ox.Literal) -> None:
        stored = ox.Quad(quad.subject, quad.predicate,
                         ox.Literal(str(int(literal.value)), datatype=XSD.integer),
                         quad.graph_name)
        originals = self.retyped.setdefault(stored, [])
        if stored in self._integers and stored not in originals:
            originals.append(stored)
        if quad not in originals:
            originals.append(quad)

    @classmethod
    def of(cls, store: ox.Store) -> Sink:
        """A sink over a store written elsewhere (no literal was retyped that it knows of)."""
        sink = cls()
        sink.store = store
        return sink

    def finish(self) -> Sink:
        """Flush, and forget the IRIs made while converting."""
        self._iris.clear()
        self._seen.clear()
        return self.flush()

    def flush(self) -> Sink:
        """Load the quads added since the last flush into ``store``."""
        if self._batch:
            self.store.extend(self._batch)
            self._batch = []
        return self

    def quads(self, graph: Any = None) -> Iterator[ox.Quad]:
        """The quads of ``graph`` (default: every graph) with their literals as written."""
        self.flush()
        return self._as_written(self.store.quads_for_pattern(None, None, None, graph))

    def triples(self, subject: Any) -> Iterator[ox.Quad]:
        """The quads, in every graph, whose subject is ``subject``, as written."""
        return self._as_written(self.store.quads_for_pattern(subject, None, None, None))

    def _as_written(self, quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
        """Each stored quad, or the quads it stands for where Oxigraph retyped a literal."""
        retyped = self.retyped
        for quad in quads:
            originals = retyped.get(quad)
            if originals is None:
                yield quad
            else:
                yield from originals
