"""An interactive HTML network (pyvis / vis-network) that works offline and is safe to open.

pyvis is fed its node and edge lists directly (its ``add_node``/``add_edge`` are quadratic),
its vis-network script is inlined, every ``<script src>``/``<link href>`` it adds (remote, or
to files that do not exist) is removed, and every piece of story text is HTML-escaped because
pyvis inserts some of it as HTML (docs/MEASURED.md). Physics is switched off on large graphs,
where it would freeze the page.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict

from rdflib import Dataset

from kg.query import named_query, run

__all__ = ["render_html"]

_PHYSICS_LIMIT = 1500
_EXTERNAL = re.compile(
    r"<!--\s*<link[^>]*>\s*<script[^>]*>\s*</script>\s*-->"
    r"|<script[^>]+src=[\"'][^\"']+[\"'][^>]*>\s*</script>|<link[^>]+href=[\"'][^\"']+[\"'][^>]*>",
    re.IGNORECASE,
)
_COLOURS = {
    "Person": "#e4572e", "Publication": "#76b041", "Segment": "#ffc914", "Rating": "#a06cd5",
    "NHSTrust": "#17bebb", "NHSFoundationTrust": "#0e9594", "IntegratedCareBoard": "#2e86ab",
    "IntegratedCareSystem": "#5fa8d3", "NationalBody": "#1d3557", "Company": "#8d6a9f",
}
_DEFAULT_COLOUR = "#7a8b99"
_PUBLICATION_CLASSES = {"Publication", "Report", "Review", "Plan", "Framework"}


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def render_html(dataset: Dataset, heading: str = "kg: NHS news knowledge graph") -> str:
    nodes: dict[str, dict[str, object]] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for row in run(named_query("nodes"), dataset).records():
        classes[row["node"]].add(_local(row["class"]))
        labels[row["node"]] = row["label"]
    for node, label in sorted(labels.items()):
        kind = _kind(classes[node])
        nodes[node] = _node(node, label, kind, sorted(classes[node]))
    edges = []
    for row in run(named_query("edges"), dataset).records():
        target = row["object"]
        if target not in nodes:
            kind = "Rating" if row["predicate"] == "rated" else "Segment"
            nodes[target] = _node(target, row["objectLabel"] or _local(target), kind, [kind])
        qualifiers = ", ".join(v for v in (row["role"], row["status"],
                                           row["from"] and f"from {row['from']}",
                                           row["value"]) if v)
        label = row["predicate"] + (f" ({qualifiers})" if qualifiers else "")
        edges.append({
            "from": row["subject"], "to": target, "label": html.escape(label),
            "title": html.escape(f"{label}\n“{row['sentence']}”\n{_local(row['story'])} · "
                                 f"confidence {row['confidence']}"),
            "arrows": "to", "font": {"size": 9, "align": "middle"},
        })
    return _page(list(nodes.values()), edges, heading)


def _kind(classes: set[str]) -> str:
    if "Person" in classes:
        return "Person"
    if classes & _PUBLICATION_CLASSES:
        return "Publication"
    specific = sorted(classes - {"Organisation"})
    return specific[0] if specific else "Organisation"


def _node(node: str, label: str, kind: str, classes: list[str]) -> dict[str, object]:
    return {
        "id": node, "label": html.escape(label), "shape": "dot",
        "color": _COLOURS.get(kind, _DEFAULT_COLOUR), "size": 14 if kind == "Person" else 18,
        "title": html.escape(f"{label}\n{', '.join(classes)}\n{node}"), "group": kind,
    }


def _page(nodes: list[dict[str, object]], edges: list[dict[str, object]], heading: str) -> str:
    from pyvis.network import Network

    network = Network(height="900px", width="100%", directed=True, cdn_resources="in_line",
                      heading=html.escape(heading))
    network.nodes = nodes
    network.edges = edges
    network.node_ids = [n["id"] for n in nodes]
    network.node_map = {n["id"]: n for n in nodes}
    if len(nodes) > _PHYSICS_LIMIT:
        network.toggle_physics(False)
    else:
        network.barnes_hut(gravity=-6000, spring_length=160)
    page = network.generate_html(notebook=False)
    return _EXTERNAL.sub("", page)
