"""SHACL validation of a built graph against ``ontology/shapes.ttl``: ``kg build`` checks its
in-memory Oxigraph store with the shapes compiled to SPARQL (``store_violations``,
``kg.rdf.shapes``); ``violations`` runs pyshacl on an rdflib graph (``kg validate``, and the
reference the tests compare the SPARQL translation with).

The union of all graphs is validated, ontology included, so ``sh:class`` follows subclasses
and a fact in a story graph sees the entity types in the default graph. The union is copied
once and validated in place: the second copy
and pyshacl's own clone took a third of the time at 1,000 stories.

The rules that relate several nodes are shapes with a SPARQL-based target (SHACL Advanced
Features) whose query selects the nodes breaking the rule and whose only constraint,
``sh:in ( kgsh:nothing )``, every selected node fails. Their queries run in Oxigraph, the rest
of the shapes in pyshacl: pyshacl would evaluate those queries with rdflib's SPARQL engine,
which took longer than every other shape together (the report is the same either way;
tests/rdf/test_validate.py compares them).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import GraphError
from kg.rdf.namespaces import BASE
from kg.rdf.ontology import load_ontology, load_shapes

__all__ = ["Violation", "check", "check_store", "store_violations", "violations"]


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}"


def _short(node: Node | None) -> str:
    if node is None:
        return "-"
    text = str(node)
    for prefix, short in ((BASE + "id/", "id:"), (BASE + "ontology#", "kg:")):
        if text.startswith(prefix):
            return short + text[len(prefix):]
    return text


@lru_cache(maxsize=1)
def _split_shapes() -> tuple[Graph, tuple[tuple[str, str], ...]]:
    """The shapes pyshacl checks, and the (query, message) of each SPARQL-target rule."""
    shapes = load_shapes()
    rules = []
    skip: set[Node] = set()
    for shape, target in shapes.subject_objects(SH.target):
        if (target, RDF.type, SH.SPARQLTarget) not in shapes:
            continue
        rules.append((str(shapes.value(target, SH.select)), str(shapes.value(shape, SH.message))))
        todo = [shape]
        while todo:
            node = todo.pop()
            if node in skip:
                continue
            skip.add(node)
            todo.extend(o for o in shapes.objects(node, None) if isinstance(o, BNode))
    core = Graph()
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace)
    for triple in shapes:
        if triple[0] not in skip:
            core.add(triple)
    return core, tuple(sorted(rules))


def _rule_violations(union: Graph, rules: tuple[tuple[str, str], ...]) -> list[Violation]:
    import pyoxigraph

    from kg.rdf.serialize import oxigraph_terms

    term = oxigraph_terms()
    store = pyoxigraph.Store()
    store.bulk_extend(pyoxigraph.Quad(term(s), term(p), term(o)) for s, p, o in union)
    found = []
    for query, message in rules:
        for row in store.query(query):  # type: ignore[union-attr]
            found.append(Violation(_short(URIRef(row["this"].value)
                                          if isinstance(row["this"], pyoxigraph.NamedNode)
                                          else BNode(row["this"].value)), "-", message))
    return found


def violations(dataset: Dataset | Graph, *, oxigraph_rules: bool = True) -> list[Violation]:
    """The violations of the shapes; ``oxigraph_rules=False`` leaves every shape to pyshacl
    (slower, same report)."""
    import pyshacl

    union = Graph()
    if isinstance(dataset, Dataset):
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in dataset:
            union.add(triple)
    for triple in load_ontology():
        union.add(triple)
    core, rules = _split_shapes() if oxigraph_rules else (load_shapes(), ())
    found = _rule_violations(union, rules) if rules else []
    _, report, _ = pyshacl.validate(union, shacl_graph=core, inference="none",
                                   advanced=True, allow_warnings=False, inplace=True)
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        found.append(Violation(
            _short(report.value(result, SH.focusNode)),
            _short(report.value(result, SH.resultPath)),
            str(report.value(result, SH.resultMessage) or "does not conform"),
        ))
    return sorted(set(found), key=str)


def store_violations(store: object) -> list[Violation]:
    """The violations of the shapes in a ``pyoxigraph.Store`` (the union of its graphs, which
    must hold the ontology, as a build's do), found by SPARQL (``kg.rdf.shapes``)."""
    from kg.rdf.shapes import run

    return sorted({Violation(_short(URIRef(focus)), _short(URIRef(path)) if path != "-" else "-",
                             message) for focus, path, message in run(store)}, key=str)


def check_store(store: object, where: Path | str) -> None:
    """``check`` for a ``pyoxigraph.Store``, by SPARQL."""
    _raise(store_violations(store), where)


def check(dataset: Dataset | Graph, where: Path | str) -> None:
    """Raise a GraphError listing the first violations, if there are any."""
    _raise(violations(dataset), where)


def _raise(found: list[Violation], where: Path | str) -> None:
    if found:
        shown = "; ".join(map(str, found[:5]))
        more = f" (and {len(found) - 5} more; run `kg validate`)" if len(found) > 5 else ""
        raise GraphError(where, f"{len(found)} SHACL violation(s): {shown}{more}")
