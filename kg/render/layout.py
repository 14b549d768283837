"""A stable, precomputed layout (networkx, fixed seed) so that a page opens already drawn.

networkx's spring layout costs about n² per iteration, and on more than 500 nodes it switches
to a sparse variant that loops in Python (55 s for 5,000 nodes here). So large graphs are laid
out in pieces: each connected component on its own, a large component split into Louvain
communities whose own layout places each community's spring layout, and the components packed
in rows, largest first. Positions are rounded so that the same graph gives the same page.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx
import numpy as np

__all__ = ["positions"]

_SEED = 7
_SPRING_LIMIT = 250
_SPACING = 70.0


def positions(nodes: Iterable[str], links: Iterable[tuple[str, str]]) -> dict[str, tuple[float,
                                                                                        float]]:
    """Pixel positions for ``nodes``, roughly ``_SPACING`` apart, centred on the origin."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from(sorted((a, b) for a, b in links if a != b))
    leaves = _leaves(graph) if len(graph) > _SPRING_LIMIT else {}
    core = _sub(graph, [n for n in graph if n not in leaves])
    components = sorted((sorted(c) for c in nx.connected_components(core)),
                        key=lambda c: (-len(c), c[0]))
    # one generator for the whole layout: networkx makes a new one per call from an int seed,
    # which costs ~2 ms each time
    rng = np.random.RandomState(_SEED)
    placed = _pack([_with_leaves(_component(_sub(core, c), rng), leaves)
                    for c in components])
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in sorted(placed.items())}


def _sub(graph: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy in sorted order: networkx's subgraph views iterate a set, whose order changes
    with PYTHONHASHSEED, and layouts depend on node order."""
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(keep))
    sub.add_edges_from(sorted((a, b) if a < b else (b, a) for a, b in graph.edges(keep)
                              if a in keep and b in keep))
    return sub


def _leaves(graph: nx.Graph) -> dict[str, str]:
    """Nodes with one neighbour (most people hold one post) and that neighbour, when it has
    others: they are drawn in a ring around it instead of taking part in the force layout."""
    return {node: next(iter(graph[node])) for node in graph
            if graph.degree(node) == 1 and graph.degree(next(iter(graph[node]))) > 1}


def _with_leaves(layout: dict[str, tuple[float, float]],
                 leaves: dict[str, str]) -> dict[str, tuple[float, float]]:
    rings: dict[str, list[str]] = {}
    for leaf, parent in sorted(leaves.items()):
        if parent in layout:
            rings.setdefault(parent, []).append(leaf)
    result = dict(layout)
    for parent, ring in rings.items():
        px, py = layout[parent]
        radius = _SPACING * max(1.0, len(ring) / 6)
        for i, leaf in enumerate(ring):
            angle = 2 * math.pi * i / len(ring)
            result[leaf] = (px + radius * math.cos(angle), py + radius * math.sin(angle))
    return result


def _component(graph: nx.Graph, rng: np.random.RandomState) -> dict[str, tuple[float, float]]:
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    if len(graph) <= _SPRING_LIMIT:
        return _spring(graph, rng)
    communities = sorted((sorted(c) for c in nx.community.louvain_communities(graph,
                                                                              seed=_SEED)),
                         key=lambda c: (-len(c), c[0]))
    if len(communities) == 1:
        return _scaled(nx.circular_layout(graph), len(graph))
    member = {node: i for i, community in enumerate(communities) for node in community}
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(communities)))
    for a, b in graph.edges():
        if member[a] != member[b]:
            quotient.add_edge(member[a], member[b])
    centres = _scaled(nx.spring_layout(quotient, seed=rng),
                      sum(len(c) for c in communities) * 2)
    result = {}
    for i, community in enumerate(communities):
        cx, cy = centres[i]
        inner = _spread(_sub(graph, community), rng)
        for node, (x, y) in inner.items():
            result[node] = (cx + x, cy + y)
    return result


def _spread(graph: nx.Graph, rng: np.random.RandomState) -> dict[str, tuple[float, float]]:
    """A community's own layout: a spring layout of each of its components, packed."""
    parts = sorted((sorted(c) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), c[0]))
    return _centred(_pack([_component(_sub(graph, c), rng) for c in parts]))


def _spring(graph: nx.Graph, rng: np.random.RandomState) -> dict[str, tuple[float, float]]:
    iterations = 50 if len(graph) <= 60 else 30
    return _scaled(nx.spring_layout(graph, seed=rng, iterations=iterations), len(graph))


def _scaled(layout: dict, size: int) -> dict:
    radius = _SPACING * math.sqrt(size) * 0.8
    return {node: (float(x) * radius, float(y) * radius) for node, (x, y) in layout.items()}


def _centred(layout: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    if not layout:
        return layout
    xs = [x for x, _ in layout.values()]
    ys = [y for _, y in layout.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {node: (x - cx, y - cy) for node, (x, y) in layout.items()}


def _pack(parts: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Rows of components, largest first, in a block about as wide as it is high."""
    boxes = []
    for part in parts:
        part = _centred(part)
        width = max(x for x, _ in part.values()) * 2 + _SPACING
        height = max(y for _, y in part.values()) * 2 + _SPACING
        boxes.append((part, width, height))
    area = sum(w * h for _, w, h in boxes)
    row_width = max(math.sqrt(area) * 1.2, max((w for _, w, _ in boxes), default=0.0))
    result: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in part.items():
            result[node] = (x + width / 2 + px, y + height / 2 + py)
        x += width
        row_height = max(row_height, height)
    return _centred(result)
