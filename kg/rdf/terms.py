"""Terms for the converter as N-Triples text (the vocabularies of ``kg.rdf.namespaces``, IRIs
and literals), and a sink that loads the quads it is given into an in-memory Oxigraph store.

The build writes about a million quads at 10,000 stories straight into a ``pyoxigraph.Store``:
an rdflib Dataset of the same graph took 28 s and 1.2 GB, and everything that read it (pyshacl,
the writers, the HTML graph) paid again (docs/decisions/20261125-oxigraph-build.md). The quads
travel as N-Quads text, parsed by Oxigraph on a second thread while the conversion goes on: a
``pyoxigraph.Quad`` cost 5 µs to make in Python, a line of text 0.2 µs (and the text of a
literal is Oxigraph's own, so it is spelt as the files spell it).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from kg.rdf import namespaces as ns

__all__ = ["DEFAULT", "Sink", "Vocabulary", "decimal", "iri", "literal", "typed"]

DEFAULT = ""
"""The default graph, as the graph of ``Sink.add``."""


def iri(value: str) -> str:
    """An IRI as N-Triples text; checked by Oxigraph as it is made, so that no text that is
    not an IRI (a ``>``, a space, a newline) ever reaches the N-Quads the store parses."""
    return str(ox.NamedNode(value))


class Vocabulary:
    """One namespace's terms as N-Triples text, each made once; a name the rdflib namespace
    refuses (a misspelt ``kg:`` term) fails here too."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        node = iri(str(self._namespace[name]))
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> str:
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


@functools.lru_cache(maxsize=1 << 16)
def literal(value: str, datatype: str | None = None, language: str | None = None) -> str:
    """A literal as Oxigraph writes it in N-Triples (``datatype`` as N-Triples text); the
    same few thousand offsets, confidences and dates recur in every story, so each is spelt
    once (two Oxigraph terms made per call: 0.3 s of the 10,000-story conversion)."""
    if datatype is not None:
        return str(ox.Literal(value, datatype=ox.NamedNode(datatype[1:-1])))
    return str(ox.Literal(value, language=language))


def typed(value: str, datatype: str) -> str:
    return literal(value, datatype)


@functools.lru_cache(maxsize=1 << 12)
def decimal(value: float) -> str:
    """A confidence as ``xsd:decimal``, spelt as rdflib spells ``Decimal(str(value))``."""
    return literal(str(Decimal(str(value))), XSD.decimal)


# Datatypes Oxigraph stores as xsd:integer (``"5"^^xsd:nonNegativeInteger`` reads back as
# ``"5"^^xsd:integer``).
_INTEGERS = frozenset(iri(str(ns.XSD[name])) for name in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long",
    "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
_INTEGER = iri(str(ns.XSD.integer))


class Sink:
    """The quads of a graph, as N-Quads text loaded in batches into one in-memory store.

    The store drops repeats, as a Dataset did. It keeps every integer literal as
    ``xsd:integer``, so the sink remembers the quads whose literal it retyped, and ``lines``
    and ``quads`` give them back as written: the files are written from ``lines``; SPARQL
    (validation, the HTML graph, the query index) reads ``store``. Each batch is parsed into
    the store on a thread of its own (Oxigraph releases the GIL while it parses) while the
    next is made. ``on_batch``, if given, is handed each batch's N-Quads too (``kg build``
    loads them into its on-disk store meanwhile)."""

    _BATCH = 50_000

    def __init__(self, on_batch: Callable[[bytes], object] | None = None) -> None:
        self.store = ox.Store()
        self.on_batch = on_batch
        self.retyped: dict[tuple[str, str], list[str]] = {}
        self._integers: set[tuple[str, str]] = set()
        self._iris: dict[str, str] = {}
        self._literals: dict[str, str] = {}
        self._named: dict[tuple[Callable[..., str], tuple[str, ...]], str] = {}
        self._batch: list[str] = []
        self._seen: set[Any] = set()
        self._loader: ThreadPoolExecutor | None = None
        self._loading: Future[None] | None = None
        self._by_graph: dict[str, dict[bytes, tuple[bytes, ...]]] | None = None
        self._triples: list[list[bytes]] | None = None

    def iri(self, value: str) -> str:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = iri(value)
        return node

    def named(self, mint: Callable[..., str], *args: str) -> str:
        """The IRI ``mint(*args)`` as N-Triples text, minted once per distinct ``args``: an
        entity, story or issue is named in every fact about it."""
        key = (mint, args)
        node = self._named.get(key)
        if node is None:
            node = self._named[key] = iri(mint(*args))
        return node

    def literal(self, value: str) -> str:
        """A plain string literal, each distinct text spelt once."""
        text = self._literals.get(value)
        if text is None:
            text = self._literals[value] = str(ox.Literal(value))
        return text

    def add(self, s: str, p: str, o: str, g: str = DEFAULT) -> None:
        """Add a quad (N-Triples text of each term; ``g`` empty for the default graph) whose
        object is not an integer literal (``add_integer`` is for those)."""
        batch = self._batch
        batch.append(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n")
        if len(batch) >= self._BATCH:
            self.flush(wait=False)

    def first(self, key: Any) -> bool:
        """True the first time ``key`` is asked about: for statements made once per node."""
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def add_integer(self, s: str, p: str, value: int | str, datatype: str = _INTEGER,
                    g: str = DEFAULT) -> None:
        """Add a quad whose object is the integer ``value`` of ``datatype`` (``xsd:integer`` or
        a type derived from it), remembering the datatype if the store will change it."""
        obj = literal(str(value), datatype)
        written = f"{s} {p} {obj} .\n"
        self._by_graph = None
        if datatype in _INTEGERS:
            stored = f"{s} {p} {literal(str(int(value)), _INTEGER)} .\n"
            originals = self.retyped.setdefault((g, stored), [])
            if (g, stored) in self._integers and stored not in originals:
                originals.append(stored)
            if written not in originals:
                originals.append(written)
        elif datatype == _INTEGER:
            self._integers.add((g, written))
            originals = self.retyped.get((g, written))
            if originals is not None and written not in originals:
                originals.append(written)
        self.add(s, p, obj, g)

    @classmethod
    def of(cls, store: ox.Store) -> Sink:
        """A sink over a store written elsewhere (no literal was retyped that it knows of)."""
        sink = cls()
        sink.store = store
        return sink

    def finish(self) -> Sink:
        """Load what is left, and forget the terms made while converting."""
        self._iris.clear()
        self._literals.clear()
        self._named.clear()
        self._seen.clear()
        return self.flush()

    def flush(self, wait: bool = True) -> Sink:
        """Load the quads added since the last flush into ``store``: on the loading thread,
        after the batch before, and, with ``wait``, waiting until every batch is in."""
        data = "".join(self._batch).encode("utf-8") if self._batch else b""
        self._batch = []
        if data:
            self._triples = None  # what ``quads()`` kept is out of date
        if self._loading is not None:
            self._loading.result()
            self._loading = None
        if data:
            if self.on_batch is not None:
                self.on_batch(data)
            if self._loader is None:
                self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-rdf")
            self._loading = self._loader.submit(self._load, data)
        if wait:
            if self._loading is not None:
                self._loading.result()
                self._loading = None
            if self._loader is not None:
                self._loader.shutdown()
                self._loader = None
        return self

    def _load(self, data: bytes) -> None:
        # Every term was made by Oxigraph (``iri``, ``literal``), so its parser need not check
        # the IRIs again (``lenient``: 2.3 s instead of 3.2 s for 1.2M quads).
        self.store.load(data, format=ox.RdfFormat.N_QUADS, lenient=True)

    def lines(self, graph: ox.NamedNode | ox.DefaultGraph) -> list[bytes]:
        """The N-Triples lines of one graph, their literals as written, sorted by their text.

        Oxigraph dumps the graph (no Python term is made per quad); sorting the lines sorts
        the triples by subject, predicate and object text, because no term's N-Triples text
        is a prefix of another's followed by a character below the space (an IRI ends in
        ``>``, which it cannot hold; a literal's closing quote is followed by ``^``, ``@`` or
        the space before the next term), and UTF-8 bytes sort as code points do."""
        self.flush()
        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        lines = data.splitlines(keepends=True) if data else []
        retyped = self._retyped_lines(graph)
        if retyped:
            lines = [original for line in lines for original in retyped.get(line, (line,))]
        lines.sort()
        return lines

    def _retyped_lines(self, graph: ox.NamedNode | ox.DefaultGraph) -> dict[bytes,
                                                                             tuple[bytes, ...]]:
        if self._by_graph is None:
            self._by_graph = {}
            for (g, stored), originals in self.retyped.items():
                self._by_graph.setdefault(g, {})[stored.encode("utf-8")] = tuple(
                    line.encode("utf-8") for line in originals)
        return self._by_graph.get("" if isinstance(graph, ox.DefaultGraph) else str(graph), {})

    def graphs(self) -> list[ox.NamedNode | ox.DefaultGraph]:
        """The default graph, then the named graphs in IRI order."""
        self.flush()
        return [ox.DefaultGraph(), *sorted(self.store.named_graphs(), key=str)]

    def quads(self, graph: Any = None) -> Iterator[ox.Quad]:
        """The quads of ``graph`` (default: every graph) with their literals as written, in
        graph order and sorted within each graph."""
        return itertools.chain.from_iterable(self._readers(graph))

    def _readers(self, graph: Any) -> Iterator[Iterator[ox.Quad]]:
        """Oxigraph's parsers of the quads, a few thousand lines each: chained in C, so that
        no Python frame runs per quad. Reading every graph also keeps each graph's sorted
        triple lines, from which ``triples`` gives the distinct ones (the Turtle file, written
        next, needs them). The lines were spelt by Oxigraph (its dump, ``literal``), so the
        parser need not check their IRIs again (``lenient``: TriG 3.7 -> 2.9 s CPU at 10,000
        stories)."""
        every: list[list[bytes]] | None = [] if graph is None else None
        for name in self.graphs() if graph is None else [graph]:
            lines = self.lines(name)
            if every is not None:
                every.append(lines)
            # A graph's lines become N-Quads by one replace of each line's end: no line holds
            # " .\n" but at its end (N-Triples escapes a newline inside a literal).
            suffix = None if isinstance(name, ox.DefaultGraph) else f" {name} .\n".encode()
            for start in range(0, len(lines), 20_000):
                data = b"".join(lines[start:start + 20_000])
                if suffix is not None:
                    data = data.replace(b" .\n", suffix)
                yield ox.parse(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        if every is not None:
            self._triples = every

    def triples(self) -> list[bytes]:
        """The distinct N-Triples lines of every graph (literals as written), sorted: once
        ``quads()`` has been read to the end, from what it kept (then forgotten).

        The graphs' lines are each sorted already, so they are sorted together (Python's sort
        merges the runs it finds: 0.5 s at 10,000 stories, where sorting a set of them took
        1.3 s) and a line equal to the one before it dropped."""
        every, self._triples = self._triples, None
        if every is None or self._batch:
            every = [self.lines(name) for name in self.graphs()]
        ordered = sorted(itertools.chain.from_iterable(every))
        del every
        return [line for before, line in zip(itertools.chain((None,), ordered), ordered,
                                             strict=False) if line != before]
