"""Oxigraph terms for the converter: the vocabularies of ``kg.rdf.namespaces`` as
``pyoxigraph.NamedNode`` objects, and a sink that gathers quads into an in-memory store.

The build writes about a million quads at 10,000 stories straight into a ``pyoxigraph.Store``:
an rdflib Dataset of the same graph took 28 s and 1.2 GB, and everything that read it (pyshacl,
the writers, the HTML graph) paid again (docs/decisions/20261125-oxigraph-build.md).
"""

from __future__ import annotations

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


class Sink:
    """The quads of a graph as written, and an in-memory store of them to query.

    Both are kept because Oxigraph stores every integer literal as ``xsd:integer``
    (``"5"^^xsd:nonNegativeInteger`` reads back as ``5``): the files are written from
    ``quads``, which keep each literal's datatype, and SPARQL (validation, the HTML graph,
    the query index) runs on ``store``. Repeats are kept in ``quads`` (the writers drop
    them) and dropped by the store."""

    _BATCH = 50_000

    def __init__(self) -> None:
        self.store = ox.Store()
        self.quads: list[ox.Quad] = []
        self._iris: dict[str, ox.NamedNode] = {}
        self._loaded = 0

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def add(self, s: Any, p: ox.NamedNode, o: Any, g: Any = DEFAULT) -> None:
        self.quads.append(ox.Quad(s, p, o, g))
        if len(self.quads) - self._loaded >= self._BATCH:
            self.flush()

    def flush(self) -> Sink:
        """Load the quads added since the last flush into ``store``."""
        if len(self.quads) > self._loaded:
            self.store.extend(self.quads[self._loaded:])
            self._loaded = len(self.quads)
        self._iris.clear()
        return self
