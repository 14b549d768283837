"""Deterministic files from an Oxigraph store or an rdflib Dataset, written so a failure never
leaves a half-written file.

TriG, Turtle, N-Quads and N-Triples go through Oxigraph's serialisers (Rust): the quads are
sorted here (graph, subject, predicate, object, each by its N-Triples text, the default graph
first) and Oxigraph writes them in that order, which makes the bytes depend on the graph alone;
rdflib's writers took 7-10x longer at 1,000 stories (bench/build_scale.py). A store (what
``kg build`` writes from, ``kg.rdf.convert.to_store``) and a Dataset of the same quads give the
same bytes. No blank nodes are ever minted. JSON-LD is Oxigraph's too: rdflib's
put the default graph's triples into a graph of their own and wrote keys in hash order.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.errors import ConfigError, GraphError
from kg.rdf.namespaces import bind_prefixes

if TYPE_CHECKING:
    import pyoxigraph

    from kg.rdf.terms import Sink

__all__ = ["FORMATS", "atomic_write", "flatten", "oxigraph_terms", "rdflib_term", "serialize",
           "serialize_quads", "write_quads"]

FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "nt": "nt"}


def flatten(dataset: Dataset) -> Graph:
    """Every triple of every graph in one graph (what Turtle can hold)."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with its graphs in IRI order (its own order follows hashing)."""

    def __init__(self, store: Dataset) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda graph: (graph.identifier != store.default_context.identifier,
                                              str(graph.identifier)))


def _trig(dataset: Dataset) -> str:
    stream = BytesIO()
    _SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


class _Terms:
    """rdflib terms to Oxigraph terms, each distinct term converted once."""

    def __init__(self) -> None:
        import pyoxigraph

        self.ox = pyoxigraph
        self.cache: dict[Any, Any] = {}

    def __call__(self, term: Any) -> Any:
        found = self.cache.get(term)
        if found is None:
            found = self.cache[term] = self._convert(term)
        return found

    def _convert(self, term: Any) -> Any:
        ox = self.ox
        if isinstance(term, URIRef):
            return ox.DefaultGraph() if term == DATASET_DEFAULT_GRAPH_ID else ox.NamedNode(term)
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(term.datatype))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Graph):
            return self(term.identifier)
        raise TypeError(f"cannot serialise RDF term {term!r}")


def oxigraph_terms() -> _Terms:
    """A converter from rdflib terms to Oxigraph terms (each distinct term converted once)."""
    return _Terms()


def rdflib_term(term: Any) -> Any:
    """An Oxigraph term as the rdflib term of the same value."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    raise TypeError(f"cannot convert RDF term {term!r}")


def _prefixes() -> dict[str, str]:
    """The project's prefixes, in name order; not ``id:``, whose local names hold slashes
    that Turtle would have to escape (``id:person\\/x``)."""
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph)
    return {prefix: str(namespace) for prefix, namespace in sorted(graph.namespaces())
            if prefix != "id"}


def _sorted_quads(dataset: Dataset) -> list[pyoxigraph.Quad]:
    import pyoxigraph

    term = _Terms()
    quads = {(term(s), term(p), term(o), term(g))
             for s, p, o, g in dataset.quads((None, None, None, None))}
    ordered = sorted(quads, key=lambda q: (not isinstance(q[3], pyoxigraph.DefaultGraph),
                                           str(q[3]), str(q[0]), str(q[1]), str(q[2])))
    return [pyoxigraph.Quad(*quad) for quad in ordered]


def _sorted_triples(dataset: Dataset) -> list[pyoxigraph.Triple]:
    import pyoxigraph

    term = _Terms()
    triples = {(term(s), term(p), term(o))
               for s, p, o, _ in dataset.quads((None, None, None, None))}
    return [pyoxigraph.Triple(*triple)
            for triple in sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))]


def _oxigraph(dataset: Dataset, fmt: str) -> str:
    import pyoxigraph

    formats = {"trig": pyoxigraph.RdfFormat.TRIG, "ttl": pyoxigraph.RdfFormat.TURTLE,
               "nq": pyoxigraph.RdfFormat.N_QUADS, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
               "jsonld": pyoxigraph.RdfFormat.JSON_LD}
    items: list[Any] = _sorted_quads(dataset) if fmt in {"trig", "nq", "jsonld"} else \
        _sorted_triples(dataset)
    prefixes = _prefixes() if fmt in {"trig", "ttl", "jsonld"} else None
    data = pyoxigraph.serialize(items, format=formats[fmt], prefixes=prefixes)
    return (data or b"").decode("utf-8")


def _items(graph: Sink, fmt: str) -> Iterator[Any]:
    """The quads (or, for the triple formats, the distinct triples) of ``graph`` in the order
    of ``_sorted_quads`` and ``_sorted_triples``: sorted as N-Triples text a graph at a time
    (``Sink.lines``) and parsed back by Oxigraph, so that no Python sort key is made per
    quad, and chained in C, so that no Python frame runs per quad either."""
    import pyoxigraph

    if fmt not in {"ttl", "nt"}:
        return graph.quads()
    lines = graph.triples()
    return itertools.chain.from_iterable(
        pyoxigraph.parse(b"".join(lines[start:start + 20_000]),
                         format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True)
        for start in range(0, len(lines), 20_000))


_RDF_FORMATS = {"trig": "TRIG", "ttl": "TURTLE", "nq": "N_QUADS", "nt": "N_TRIPLES",
                "jsonld": "JSON_LD"}


def write_quads(graph: Sink | pyoxigraph.Store, fmt: str, output: BinaryIO) -> None:
    """Write ``graph`` (a ``kg.rdf.convert.to_quads`` sink, or a store) to ``output`` as
    ``serialize`` would write a Dataset of the same quads, streaming: the file is never held
    in memory whole."""
    import pyoxigraph

    from kg.rdf.terms import Sink

    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    sink = graph if isinstance(graph, Sink) else Sink.of(graph)
    prefixes = _prefixes() if fmt in {"trig", "ttl", "jsonld"} else None
    start = output.tell()
    pyoxigraph.serialize(_items(sink, fmt), output=output,
                         format=getattr(pyoxigraph.RdfFormat, _RDF_FORMATS[fmt]),
                         prefixes=prefixes)
    if output.tell() == start:
        output.write(b"\n")


def serialize_quads(graph: Sink | pyoxigraph.Store, fmt: str) -> bytes:
    """``write_quads`` into bytes."""
    output = BytesIO()
    write_quads(graph, fmt, output)
    return output.getvalue()


def serialize(dataset: Dataset | Graph | pyoxigraph.Store, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not isinstance(dataset, Dataset | Graph):
        text = serialize_quads(dataset, fmt).decode("utf-8")
    elif isinstance(dataset, Dataset):
        text = _oxigraph(dataset, fmt)
    elif fmt in {"ttl", "nt"}:
        text = flatten(dataset).serialize(format=FORMATS[fmt])
    elif fmt == "trig":
        text = _trig(dataset)
    elif fmt == "jsonld":
        text = dataset.serialize(format="json-ld", sort_keys=True, indent=1)
    else:
        text = dataset.serialize(format=FORMATS[fmt])
    if fmt in {"nq", "nt"}:
        text = "".join(sorted(set(text.splitlines(keepends=True))))
    return text if text.endswith("\n") else text + "\n"


def atomic_write(path: Path, text: str) -> None:
    """Write beside the target and rename over it, so readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        raise GraphError(path, f"cannot write: {exc.strerror or exc}") from None
