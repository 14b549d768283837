"""``ontology/shapes.ttl`` as SPARQL queries that select the nodes breaking each shape, so that
``kg build`` validates in Oxigraph, over the in-memory store it has already built.

pyshacl took 110 s and 0.7 GB of the 10,000-story build (it works on an rdflib copy of the
graph); these queries take a few seconds (docs/decisions/20261125-oxigraph-build.md). Each node
shape becomes one query: its distinct focus nodes (``sh:targetClass`` with
``rdfs:subClassOf*``, ``sh:targetSubjectsOf``, SPARQL-based targets), and for each property
shape (and the node shape's own constraints) one boolean, true when the node breaks it; a
result carries that group's path and message. An ``sh:sparql`` constraint is a query of its
own. The translation follows the SPARQL
definitions of the SHACL Core components (SHACL §4) for the components the shapes use; a shape
using any other makes ``compile_shapes`` fail rather than pass silently. pyshacl stays the
reference (``kg validate``), and tests/rdf/test_shapes_sparql.py checks that both report the
same focus nodes, paths and messages on the seeds and on every deliberate breakage.

One difference is Oxigraph's, not the translation's: it stores every integer literal as
``xsd:integer`` (``"5"^^xsd:nonNegativeInteger`` reads back as ``5``), so ``sh:datatype`` of a
type derived from ``xsd:integer`` accepts an ``xsd:integer`` in that type's range.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import count
from typing import Any

from rdflib import Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import BNode, Node, URIRef

from kg.rdf.ontology import load_shapes

__all__ = ["ShapeQuery", "compile_shapes", "help_run"]

_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASSES = ("SELECT DISTINCT ?c WHERE "
               "{{ ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* {} }}")
_INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"
# Types derived from xsd:integer, with the SPARQL test of their value range.
_INTEGER_RANGES = {
    XSD.nonNegativeInteger: "{v} >= 0", XSD.positiveInteger: "{v} > 0",
    XSD.nonPositiveInteger: "{v} <= 0", XSD.negativeInteger: "{v} < 0",
    XSD.int: "{v} >= -2147483648 && {v} <= 2147483647",
    XSD.long: "{v} >= -9223372036854775808 && {v} <= 9223372036854775807",
}
_NODE_KINDS = {
    SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
}
_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">",
                SH.maxExclusive: "<"}
# What the compiler reads; any other sh: term on a shape is refused.
_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.target, SH.property,
               SH.message, SH.path, SH.sparql, SH.minCount, SH.maxCount, SH.equals,
               SH.lessThan, SH.hasValue, SH.datatype, SH.nodeKind, SH.pattern, SH.flags,
               SH["in"], SH["class"], SH["or"], SH.xone, SH["not"], SH.minLength,
               SH.maxLength, *_COMPARISONS}


@dataclass(frozen=True)
class ShapeQuery:
    """A query of one node shape: it selects each focus node ``?this`` that breaks the shape
    and, for each group of ``groups`` (a (path, message) pair; path ``-`` for the node shape's
    own constraints), ``?b0``, ``?b1``... true when the node breaks that group."""

    shape: str
    text: str
    groups: tuple[tuple[str, str], ...]
    classes: tuple[str, ...] = ()

    def for_store(self, subclasses: dict[str, list[str]]) -> str:
        """The query with each class marker replaced by the class and its subclasses."""
        text = self.text
        for i, cls in enumerate(self.classes):
            marker = f"__SUBCLASSES_{i}__"
            if marker in text:
                text = text.replace(f"IN ({marker})", "IN (" + ", ".join(subclasses[cls]) + ")")
                text = text.replace(marker, " ".join(subclasses[cls]))
        return text


def _sparql(term: Node) -> str:
    if isinstance(term, URIRef | Literal):
        return term.n3()
    raise ValueError(f"shapes.ttl: cannot use {term!r} as a value in a query")


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.names = count()
        self.classes: dict[str, None] = {}

    def subclasses(self, cls: Node) -> str:
        """A marker ``run`` replaces with the class and its subclasses in the store
        (``rdfs:subClassOf*``, which SHACL's ``sh:class`` and ``sh:targetClass`` follow),
        found once per class: a property path per value node took most of the time."""
        self.classes.setdefault(_sparql(cls), None)
        return f"__SUBCLASSES_{list(self.classes).index(_sparql(cls))}__"

    def var(self) -> str:
        return f"?v{next(self.names)}"

    def value(self, node: Node, key: URIRef) -> Node | None:
        return self.shapes.value(node, key)

    def items(self, node: Node) -> list[Node]:
        return list(Collection(self.shapes, node))

    def check_keys(self, shape: Node) -> None:
        unknown = {str(p) for p in self.shapes.predicates(shape)
                   if p not in _SHAPE_KEYS and str(p).startswith(str(SH))}
        if unknown:
            raise ValueError(f"shapes.ttl: {shape}: cannot translate {sorted(unknown)} to SPARQL")

    # -- conditions: a SPARQL expression, true when the value in ``v`` conforms ------------

    def value_conditions(self, shape: Node, v: str) -> list[str]:
        """The conditions a shape's node-level value constraints put on the node ``v``."""
        found = []
        for datatype in self.shapes.objects(shape, SH.datatype):
            test = f"(isLiteral({v}) && datatype({v}) = {_sparql(datatype)})"
            if datatype in _INTEGER_RANGES:
                in_range = _INTEGER_RANGES[datatype].format(v=v)
                test = (f"(isLiteral({v}) && (datatype({v}) = {_sparql(datatype)} || "
                        f"(datatype({v}) = {_INTEGER} && {in_range})))")
            found.append(test)
        for kind in self.shapes.objects(shape, SH.nodeKind):
            found.append(_NODE_KINDS[kind].format(v=v))
        for pattern in self.shapes.objects(shape, SH.pattern):
            flags = self.value(shape, SH.flags)
            extra = f", {_sparql(Literal(str(flags)))}" if flags else ""
            found.append(f"(!isBlank({v}) && REGEX(STR({v}), {_sparql(pattern)}{extra}))")
        for members in self.shapes.objects(shape, SH["in"]):
            options = [f"sameTerm({v}, {_sparql(m)})" for m in self.items(members)]
            found.append("(" + (" || ".join(options) or "false") + ")")
        for cls in self.shapes.objects(shape, SH["class"]):
            t = self.var()
            found.append(f"EXISTS {{ {v} {_TYPE} {t} FILTER({t} IN ({self.subclasses(cls)})) }}")
        for key, operator in _COMPARISONS.items():
            for limit in self.shapes.objects(shape, key):
                found.append(f"COALESCE({v} {operator} {_sparql(limit)}, false)")
        for limit in self.shapes.objects(shape, SH.minLength):
            found.append(f"(!isBlank({v}) && STRLEN(STR({v})) >= {int(limit)})")
        for limit in self.shapes.objects(shape, SH.maxLength):
            found.append(f"(!isBlank({v}) && STRLEN(STR({v})) <= {int(limit)})")
        for members in self.shapes.objects(shape, SH["or"]):
            found.append("(" + " || ".join(self.conforms(m, v) for m in self.items(members))
                         + ")")
        for members in self.shapes.objects(shape, SH.xone):
            ones = " + ".join(f"IF({self.conforms(m, v)}, 1, 0)" for m in self.items(members))
            found.append(f"({ones} = 1)")
        for other in self.shapes.objects(shape, SH["not"]):
            found.append(f"!{self.conforms(other, v)}")
        return found

    def conforms(self, shape: Node, v: str) -> str:
        """True when the node ``v`` conforms to ``shape`` (a member of sh:or, sh:xone)."""
        self.check_keys(shape)
        if self.value(shape, SH.sparql) is not None or self.value(shape, SH.target) is not None:
            raise ValueError(f"shapes.ttl: {shape}: a nested shape cannot hold SPARQL")
        parts = []
        if self.value(shape, SH.path) is not None:
            parts.extend(self.property_conditions(shape, v))
        else:
            parts.extend(self.value_conditions(shape, v))
        for prop in self.shapes.objects(shape, SH.property):
            parts.extend(self.property_conditions(prop, v))
        return "(" + (" && ".join(parts) or "true") + ")"

    def property_conditions(self, prop: Node, focus: str) -> list[str]:
        """The conditions of a property shape on the node ``focus``, as expressions."""
        self.check_keys(prop)
        path = self.path(prop)
        parts = []
        for limit in self.shapes.objects(prop, SH.minCount):
            parts.append(f"EXISTS {{ {self.distinct(focus, path, int(limit))} }}")
        for limit in self.shapes.objects(prop, SH.maxCount):
            parts.append(f"NOT EXISTS {{ {self.distinct(focus, path, int(limit) + 1)} }}")
        v = self.var()
        values = self.value_conditions(prop, v)
        if values:
            parts.append(f"NOT EXISTS {{ {focus} {path} {v} FILTER(!({' && '.join(values)})) }}")
        for target in self.shapes.objects(prop, SH.hasValue):
            parts.append(f"EXISTS {{ {focus} {path} {_sparql(target)} }}")
        for other in self.shapes.objects(prop, SH.equals):
            v, w = self.var(), self.var()
            parts.append(f"NOT EXISTS {{ {focus} {path} {v} "
                         f"FILTER NOT EXISTS {{ {focus} {_sparql(other)} {v} }} }}")
            parts.append(f"NOT EXISTS {{ {focus} {_sparql(other)} {w} "
                         f"FILTER NOT EXISTS {{ {focus} {path} {w} }} }}")
        for other in self.shapes.objects(prop, SH.lessThan):
            v, w = self.var(), self.var()
            parts.append(f"NOT EXISTS {{ {focus} {path} {v} . {focus} {_sparql(other)} {w} "
                         f"FILTER(!COALESCE({v} < {w}, false)) }}")
        return parts

    def distinct(self, focus: str, path: str, n: int) -> str:
        """A pattern that matches when ``focus`` has at least ``n`` distinct values."""
        if n <= 0:
            return ""
        names = [self.var() for _ in range(n)]
        pattern = " ".join(f"{focus} {path} {name} ." for name in names)
        different = [f"!sameTerm({a}, {b})" for i, a in enumerate(names) for b in names[i + 1:]]
        return pattern + (f" FILTER({' && '.join(different)})" if different else "")

    def path(self, prop: Node) -> str:
        path = self.value(prop, SH.path)
        if not isinstance(path, URIRef):
            raise ValueError(f"shapes.ttl: {prop}: only predicate paths are translated")
        return _sparql(path)

    # -- queries: the focus nodes of a shape, and which of its groups each breaks ----------

    def targets(self, shape: Node) -> str:
        found = []
        for cls in self.shapes.objects(shape, SH.targetClass):
            t = self.var()
            found.append(f"VALUES {t} {{ {self.subclasses(cls)} }} ?this {_TYPE} {t} .")
        found += [f"?this {_sparql(p)} {self.var()} ."
                  for p in self.shapes.objects(shape, SH.targetSubjectsOf)]
        for target in self.shapes.objects(shape, SH.target):
            if (target, RDF.type, SH.SPARQLTarget) not in self.shapes:
                raise ValueError(f"shapes.ttl: {shape}: only SPARQL-based sh:target is translated")
            found.append(f"{{ {self.value(target, SH.select)} }}")
        if not found:
            return ""
        union = " UNION ".join(f"{{ {t} }}" for t in found)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"

    def shape(self, shape: Node) -> Iterator[ShapeQuery]:
        """The queries of one node shape: one for its core constraints, one per sh:sparql."""
        self.check_keys(shape)
        targets = self.targets(shape)
        if not targets:
            return
        message = str(self.value(shape, SH.message) or self.summary(shape))
        groups: list[tuple[str, str]] = []
        tests: list[str] = []
        values = self.value_conditions(shape, "?this")
        if values:
            tests.append(f"!({' && '.join(values)})")
            groups.append(("-", message))
        for prop in sorted(self.shapes.objects(shape, SH.property), key=self._order):
            conditions = self.property_conditions(prop, "?this")
            if conditions:
                tests.append(f"!({' && '.join(conditions)})")
                groups.append((str(self.value(prop, SH.path)),
                               str(self.value(prop, SH.message) or self.summary(prop))))
        if tests:
            names = [f"?b{i}" for i in range(len(tests))]
            binds = " ".join(f"BIND({test} AS {name})"
                             for test, name in zip(tests, names, strict=True))
            text = (f"SELECT ?this {' '.join(names)} WHERE {{ {targets} {binds} "
                    f"FILTER({' || '.join(names)}) }}")
            yield ShapeQuery(str(shape), text, tuple(groups))
        for constraint in self.shapes.objects(shape, SH.sparql):
            select = self.value(constraint, SH.select)
            text = (f"SELECT DISTINCT ?this (true AS ?b0) WHERE {{ {targets} "
                    f"{{ {select} }} }}")
            yield ShapeQuery(str(shape), text,
                             (("-", str(self.value(constraint, SH.message) or message)),))

    def summary(self, shape: Node) -> str:
        """A message for a shape that gives none: the constraints it breaks, in short."""
        parts = []
        for key, value in sorted(self.shapes.predicate_objects(shape)):
            name = str(key).removeprefix(str(SH))
            if str(key).startswith(str(SH)) and name not in {"path", "property", "targetClass",
                                                              "targetSubjectsOf", "target"}:
                shown = str(value) if isinstance(value, Literal) else value.n3(
                    self.shapes.namespace_manager) if isinstance(value, URIRef) else "(...)"
                parts.append(f"sh:{name} {shown}")
        return "breaks " + ", ".join(parts)

    def _order(self, prop: Node) -> tuple[str, str]:
        """Property shapes are blank nodes: order them by path and message, for stable
        queries."""
        return (str(self.value(prop, SH.path)), str(self.value(prop, SH.message) or ""))


def compile_shapes(shapes: Graph) -> tuple[ShapeQuery, ...]:
    """One query per node shape that has targets and constraints, in shape IRI order."""
    compiler = _Compiler(shapes)
    found = []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if isinstance(shape, BNode):
            continue
        found.extend(compiler.shape(shape))
    classes = tuple(compiler.classes)
    return tuple(replace(query, classes=classes) for query in found)


@lru_cache(maxsize=1)
def shape_queries() -> tuple[ShapeQuery, ...]:
    """The shipped shapes, compiled once."""
    return compile_shapes(load_shapes())


def run(store: Any) -> Iterator[tuple[str, str, str]]:
    """(focus IRI or blank node id, path IRI or ``-``, message) of every violation in
    ``store``, over the union of its graphs (in no particular order: ``help_run`` may answer
    some of the shapes' queries on another thread)."""
    queries = shape_queries()
    subclasses = {}
    for cls in queries[0].classes if queries else ():
        rows = _solutions(store, _SUBCLASSES.format(cls))
        subclasses[cls] = sorted({str(row["c"]) for row in rows} | {cls})
    work = _Work(store, [query.for_store(subclasses) for query in queries], queries)
    with _RUNNING_LOCK:
        _RUNNING[id(store)] = work
    try:
        work.answer()
        found = work.finished()
    finally:
        with _RUNNING_LOCK:
            if _RUNNING.get(id(store)) is work:
                del _RUNNING[id(store)]
    yield from found


def help_run(store: Any) -> None:
    """Answer on this thread the shape queries of a ``run`` over ``store`` in progress that no
    thread has started yet (none, if no ``run`` is in progress). ``kg build`` validates on a
    thread of its own, at a low priority, while it writes the files; when they are written
    it waits for the validation, and the shapes left were then answered on one core while
    the other had nothing left to do (1.4-2.0 s at the end of a 10,000-story build)."""
    with _RUNNING_LOCK:
        work = _RUNNING.get(id(store))
    if work is not None:
        work.answer()


class _Work:
    """The shape queries of one ``run``, taken one at a time by whichever thread answers
    them, and the violations they found."""

    def __init__(self, store: Any, texts: list[str], queries: tuple[ShapeQuery, ...]) -> None:
        self.store = store
        # the longest queries first (they check the most), taken from the end of the list:
        # a thread that comes to help near the end finds small ones left to share, not one
        # that takes 2 s (the Assertion shape at 10,000 stories)
        self.todo = sorted(zip(texts, queries, strict=True), key=lambda item: len(item[0]))
        self.found: list[tuple[str, str, str]] = []
        self.busy = 0
        self.error: BaseException | None = None
        self.done = threading.Condition()

    def answer(self) -> None:
        while True:
            with self.done:
                if not self.todo or self.error is not None:
                    return
                text, query = self.todo.pop()
                self.busy += 1
            found: list[tuple[str, str, str]] = []
            try:
                for row in _solutions(self.store, text):
                    for i, (path, message) in enumerate(query.groups):
                        if row[f"b{i}"].value == "true":
                            found.append((row["this"].value, path, message))
            except BaseException as exc:
                with self.done:
                    self.error = self.error or exc
                    self.busy -= 1
                    self.done.notify_all()
                raise
            with self.done:
                self.found.extend(found)
                self.busy -= 1
                self.done.notify_all()

    def finished(self) -> list[tuple[str, str, str]]:
        """Every violation, once the queries another thread took are answered."""
        with self.done:
            while self.busy and self.error is None:
                self.done.wait()
            if self.error is not None:
                raise self.error
            return list(self.found)


_RUNNING: dict[int, _Work] = {}
_RUNNING_LOCK = threading.Lock()


def _solutions(store: Any, text: str) -> Any:
    """The solutions of a SELECT over the union of ``store``'s graphs, evaluated to the end
    with the GIL released: the build validates on a thread beside the query index, and
    Oxigraph holds the GIL while an iterator of solutions evaluates (a query whose first
    solution is its last, as a shape's usually is, evaluates whole in one ``next``), which
    halved the speed of the build's main thread for the 7 s the shapes take at 10,000
    stories; writing the results out releases it. The few rows are read back from JSON."""
    import pyoxigraph

    data = store.query(text, use_default_graph_as_union=True).serialize(
        format=pyoxigraph.QueryResultsFormat.JSON)
    return pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.JSON)
