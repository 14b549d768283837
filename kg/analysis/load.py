"""A build folder into the three shapes analysts use: rdflib, Oxigraph and networkx.

Every loader takes a build folder (or its ``kg.trig``), an Oxigraph store or an rdflib Dataset,
so a notebook parses the graph once and hands the same object to every call.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Union

from rdflib import Dataset

from kg.analysis.graphs import to_networkx
from kg.query import as_store, load_dataset, load_graph, run

if TYPE_CHECKING:
    import networkx as nx
    import pyoxigraph

__all__ = ["GraphSource", "analysis_query", "load_networkx", "load_rdf", "load_store",
           "stories"]

GraphSource = Union[Path, str, "pyoxigraph.Store", Dataset]


def load_rdf(build: Path | str) -> Dataset:
    """The build as an rdflib Dataset, for rdflib's API (SHACL, serialising, graph walking); its
    default graph is the union of the story graphs, as in ``kg query``."""
    return load_dataset(build)


def load_store(source: GraphSource) -> pyoxigraph.Store:
    """The build in Oxigraph, the fast SPARQL engine every other loader queries."""
    if isinstance(source, Path | str):
        return load_graph(source)
    return as_store(source)


def analysis_query(name: str) -> str:
    """A query of ``kg/analysis/queries/``: what the loaders need beyond the shipped queries."""
    return (resources.files("kg.analysis") / "queries" / f"{name}.rq").read_text(
        encoding="utf-8")


def stories(source: GraphSource) -> dict[str, dict[str, str | None]]:
    """Story IRI → title, issue, source file and publication date (``None`` when undated)."""
    table: dict[str, dict[str, str | None]] = {}
    for row in run(analysis_query("stories"), load_store(source)).records():
        known = table.setdefault(row["story"], {key: None for key in row if key != "story"})
        for key, value in row.items():
            if key != "story" and known[key] is None:
                known[key] = value
    return table


def load_networkx(source: GraphSource) -> nx.MultiDiGraph:
    """Entities as nodes, facts as edges, with what an analyst filters on.

    Nodes carry ``label``, ``class`` (the ontology class, e.g. ``NHSFoundationTrust``,
    ``Person``, ``Segment``), ``kind`` (the colour group of the HTML graph), ``classes`` and
    ``ods`` (the ODS code, or ``None``). Edges carry ``predicate``, ``role``, ``status``,
    ``origin`` (segment left), ``value`` (contract value), ``sentence``, ``story``,
    ``story_title``, ``confidence`` and ``date`` (the story's publication date as
    ``YYYY-MM-DD``, or ``None`` when the build has no date for it). Qualifiers that do not
    apply are ``None`` here, unlike :func:`kg.analysis.to_networkx`, whose graph feeds GraphML
    and GEXF writers that refuse ``None``.
    """
    store = load_store(source)
    graph = to_networkx(store)
    codes = {row["node"]: row["ods"] for row in run(analysis_query("ods_codes"), store).records()}
    for node, data in graph.nodes(data=True):
        classes = data["classes"].split()
        data["class"] = _most_specific(classes, data["kind"])
        data["ods"] = codes.get(node)
    story_table = stories(store)
    for _, _, data in graph.edges(data=True):
        for key in ("role", "status", "origin", "value"):
            data[key] = data[key] or None
        story = story_table.get(data["story"], {})
        data["story_title"] = story.get("title")
        data["date"] = _day(story.get("date"))
    return graph


def _most_specific(classes: list[str], kind: str) -> str:
    if kind in classes:
        return kind
    specific = [name for name in classes if name not in {"Organisation", "Publication"}]
    return (specific or classes)[0]


def _day(value: str | None) -> str | None:
    """``xsd:date`` or ``xsd:dateTime`` text cut to the day, so dates compare as strings."""
    return value[:10] if value else None
