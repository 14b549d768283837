"""A built RDF graph as a networkx MultiDiGraph: entities as nodes, facts as edges.

Nodes carry ``label``, ``kind`` (Person, Publication, Segment, Rating, or the organisation's
most specific class) and ``classes``; edges carry the predicate, qualifiers, evidence sentence,
story and confidence. Both come from the shipped queries ``nodes.rq`` and ``edges.rq``, so
what a notebook analyses is exactly what SPARQL sees.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from kg.query import QueryGraph, as_store, named_query, run

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["local_name", "to_networkx"]

_PUBLICATION_CLASSES = {"Publication", "Report", "Review", "Plan", "Framework"}


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _kind(classes: set[str]) -> str:
    if "Person" in classes:
        return "Person"
    if classes & _PUBLICATION_CLASSES:
        return "Publication"
    specific = sorted(classes - {"Organisation"})
    return specific[0] if specific else "Organisation"


def to_networkx(graph_or_dataset: QueryGraph) -> nx.MultiDiGraph:
    """Example: ``to_networkx(kg.query.load_graph("build"))`` after ``kg build``."""
    import networkx as nx

    dataset = as_store(graph_or_dataset)
    graph = nx.MultiDiGraph()
    classes: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for row in run(named_query("nodes"), dataset).records():
        classes[row["node"]].add(local_name(row["class"]))
        labels[row["node"]] = row["label"]
    for node in sorted(labels):
        graph.add_node(node, label=labels[node], kind=_kind(classes[node]),
                       classes=" ".join(sorted(classes[node])))
    rows = run(named_query("edges"), dataset).records()
    for row in sorted(rows, key=lambda r: tuple(str(v or "") for v in r.values())):
        target = row["object"]
        if target not in graph:
            kind = "Rating" if row["predicate"] == "rated" else "Segment"
            graph.add_node(target, label=row["objectLabel"] or local_name(target), kind=kind,
                           classes=kind)
        graph.add_edge(
            row["subject"], target, predicate=row["predicate"], role=row["role"] or "",
            status=row["status"] or "", origin=row["from"] or "", value=row["value"] or "",
            sentence=row["sentence"], story=row["story"],
            confidence=float(row["confidence"]),
        )
    return graph
