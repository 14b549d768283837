"""What the HTML graph shows, read from a built graph with the two queries in ``queries/``:
entities with their classes, ODS codes and aliases as nodes, and one edge per asserted fact
with its qualifiers, sentence and story. ``ego`` cuts it down to one entity's neighbourhood.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from kg.errors import ConfigError, QueryError
from kg.names import lookup_name
from kg.query import QueryGraph, as_store, execute
from kg.query.precompute import EDGE_COLUMNS

__all__ = ["Edge", "GraphView", "Node", "Story", "ego", "find", "read_view"]

_PUBLICATION_CLASSES = {"Publication", "Report", "Review", "Plan", "Framework"}
_CONCEPTS = {"movedToSegment": "Segment", "inSegment": "Segment", "rated": "Rating"}


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str
    classes: tuple[str, ...] = ()
    ods: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    url: str = ""
    date: str = ""


@dataclass(frozen=True, order=True)
class Edge:
    source: str
    target: str
    predicate: str
    role: str = ""
    status: str = ""
    origin: str = ""
    value: str = ""
    sentence: str = ""
    story: str = ""
    confidence: str = ""


@dataclass(frozen=True)
class GraphView:
    nodes: dict[str, Node]
    edges: tuple[Edge, ...]
    stories: dict[str, Story] = field(default_factory=dict)


def _alias_order(alias: str) -> tuple[str, str]:
    """Aliases in reading order, case folded; two that differ only in case keep one order
    whatever the set they came from (a build is byte-identical under any hash seed)."""
    return alias.casefold(), alias


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _kind(classes: set[str]) -> str:
    if "Person" in classes:
        return "Person"
    if classes & _PUBLICATION_CLASSES:
        return "Publication"
    specific = sorted(classes - {"Organisation", "NHSBody"})
    return specific[0] if specific else "Organisation"


def _query(name: str) -> str:
    return (resources.files("kg.render") / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _records(name: str, store: Any) -> Iterator[dict[str, str | None]]:
    """The rows of a query, each value read once by position (``QueryResult.records`` reads
    each by name twice: a second of a 10,000-story page)."""
    source = f"{name}.rq"
    result = execute(_query(name), store, source=source)
    variables = [variable.value for variable in result.variables]
    columns = range(len(variables))
    try:
        for solution in result:
            yield dict(zip(variables, [None if (term := solution[i]) is None else term.value
                                       for i in columns], strict=True))
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(source, f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


def _edge_order(edge: Edge) -> tuple[str, ...]:
    """The dataclass's own order as one tuple per edge (its generated ``__lt__`` builds two
    tuples per comparison: 1.8 s of sorting at 10,000 stories)."""
    return (edge.source, edge.target, edge.predicate, edge.role, edge.status, edge.origin,
            edge.value, edge.sentence, edge.story, edge.confidence)


def _edge_records(edges: Iterable[Sequence[Any]],
                  store: Any) -> Iterator[dict[str, str | None]]:
    """``facts.rq``'s rows (but ``assertion``) from the solutions of the query index's edges
    listing (``kg.query.precompute.EDGE_COLUMNS``: the same question without the story's
    title, URL and date, which ``stories.rq`` gives), values as ``_records`` reads them."""
    stories: dict[str, dict[str, str | None]] = {}
    for row in _records("stories", store):
        story = row["story"]
        if story is not None and story not in stories:
            stories[story] = row
    for edge in edges:
        row: dict[str, str | None] = dict(zip(
            EDGE_COLUMNS, [None if term is None else term.value for term in edge], strict=True))
        meta = stories.get(row["story"] or "", {})
        for column in ("storyTitle", "storyUrl", "storyDate"):
            row[column] = meta.get(column)
        yield row


def read_view(graph: QueryGraph, listed: Iterable[Sequence[Any]] | None = None) -> GraphView:
    """Example: ``read_view(kg.query.load_graph("build"))`` after ``kg build``.

    ``listed``, if given, are the solutions of the query index's edges listing for this graph
    (``kg.query.precompute.index_nquads``), read instead of asking ``facts.rq``: the same
    facts, the engine's join of which took 2 s of a 10,000-story build. A fact's object that
    is no entity then takes its label and kind from its first fact in the listing's order
    rather than the engine's (they differ only for an object with several labels, or named
    by facts of two kinds of concept)."""
    store = as_store(graph)
    labels: dict[str, str] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    ods: dict[str, str] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in _records("entities", store):
        node, label = row["node"], row["label"]
        labels[node] = label
        classes[node].add(_local(row["class"]))
        if row["ods"]:
            ods[node] = row["ods"]
        if row["alias"] and row["alias"] != label:
            aliases[node].add(row["alias"])
    nodes = {node: Node(node, labels[node], _kind(classes[node]), tuple(sorted(classes[node])),
                        ods.get(node, ""), tuple(sorted(aliases[node], key=_alias_order)))
             for node in sorted(labels)}
    edges: set[Edge] = set()
    stories: dict[str, Story] = {}
    facts = _records("facts", store) if listed is None else _edge_records(listed, store)
    for row in facts:
        target = row["object"]
        if target not in nodes:
            kind = _CONCEPTS.get(row["predicate"], "Other")
            label = row["objectLabel"] or _local(target)
            nodes[target] = Node(target, label, kind, (kind,))
        if row["subject"] not in nodes:
            nodes[row["subject"]] = Node(row["subject"], _local(row["subject"]), "Other",
                                         ("Other",))
        story = row["story"]
        if story not in stories:
            stories[story] = Story(story, row["storyTitle"] or _local(story),
                                   row["storyUrl"] or "", row["storyDate"] or "")
        edges.add(Edge(row["subject"], target, row["predicate"], row["role"] or "",
                       row["status"] or "", row["from"] or "", row["value"] or "",
                       row["sentence"], story, row["confidence"]))
    return GraphView(dict(sorted(nodes.items())), tuple(sorted(edges, key=_edge_order)),
                     dict(sorted(stories.items())))


def find(view: GraphView, name: str) -> Node:
    """The node whose label or alias is ``name`` (ignoring case, apostrophe and dash forms),
    else the one node whose label or alias contains it; a clear error when there is none or
    several."""
    wanted = lookup_name(name)
    exact = [n for n in view.nodes.values()
             if wanted in {lookup_name(a) for a in (n.label, *n.aliases)}]
    if len(exact) == 1:
        return exact[0]
    candidates = exact or [n for n in view.nodes.values()
                           if any(wanted in lookup_name(a) for a in (n.label, *n.aliases))]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ConfigError(f"--focus {name!r}: no person, organisation or publication of that "
                          "name in the graph (names and aliases are matched, ignoring case)")
    shown = "; ".join(sorted(n.label for n in candidates)[:5])
    more = f" and {len(candidates) - 5} more" if len(candidates) > 5 else ""
    raise ConfigError(f"--focus {name!r} names {len(candidates)} entities ({shown}{more}); "
                      "give the full name")


def ego(view: GraphView, name: str, hops: int = 1) -> GraphView:
    """The entity named ``name`` and everything within ``hops`` facts of it, in either
    direction."""
    if hops < 0:
        raise ConfigError(f"--hops {hops}: must be 0 or more")
    import networkx as nx

    centre = find(view, name).id
    graph = nx.Graph()
    graph.add_nodes_from(view.nodes)
    graph.add_edges_from((e.source, e.target) for e in view.edges)
    kept = set(nx.ego_graph(graph, centre, radius=hops))
    edges = tuple(e for e in view.edges if e.source in kept and e.target in kept)
    used = {e.story for e in edges}
    return replace(view, nodes={k: v for k, v in view.nodes.items() if k in kept}, edges=edges,
                   stories={k: v for k, v in view.stories.items() if k in used})
