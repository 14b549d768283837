"""An interactive HTML network (pyvis / vis-network) that works offline and is safe to open.

pyvis is fed its node and edge lists directly (its ``add_node``/``add_edge`` are quadratic),
its vis-network script is inlined, and every ``<script src>``/``<link href>`` it adds (remote,
or to files that do not exist) is removed. Story text is shown as text, never as HTML: pyvis
writes the data with Jinja's HTML-safe ``tojson`` (so no text can close the inline script), and
no tooltip may contain "href", which would switch pyvis to inserting tooltips as HTML
(docs/MEASURED.md). Physics is switched off on large graphs, where it would freeze the page.
"""

from __future__ import annotations

import html
import re

from rdflib import Dataset

from kg.analysis.graphs import local_name, to_networkx

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
    "CareTrust": "#3bb273", "ClinicalCommissioningGroup": "#90be6d", "Regulator": "#c1121f",
    "GovernmentDepartment": "#6d597a", "MembershipBody": "#b56576", "TradeUnion": "#e56b6f",
    "NewsOutlet": "#adb5bd", "OrganisationalUnit": "#4d908e", "ProfessionalBody": "#f8961e",
    "ThinkTank": "#577590",
}
_DEFAULT_COLOUR = "#7a8b99"
_HREF = re.compile(r"(h)(ref)", re.IGNORECASE)


def render_html(dataset: Dataset, heading: str = "kg: NHS news knowledge graph") -> str:
    graph = to_networkx(dataset)
    nodes = [_node(node, data) for node, data in graph.nodes(data=True)]
    edges = []
    for source, target, data in graph.edges(data=True):
        qualifiers = ", ".join(v for v in (data["role"], data["status"],
                                           data["origin"] and f"from {data['origin']}",
                                           data["value"]) if v)
        label = data["predicate"] + (f" ({qualifiers})" if qualifiers else "")
        edges.append({
            "from": source, "to": target, "label": _text(label),
            "title": _text(f"{label}\n“{data['sentence']}”\n"
                           f"{local_name(data['story'])} · confidence {data['confidence']}"),
            "arrows": "to", "font": {"size": 9, "align": "middle"},
        })
    return _page(nodes, edges, heading)


def _node(node: str, data: dict[str, str]) -> dict[str, object]:
    kind = data["kind"]
    return {
        "id": node, "label": _text(data["label"]), "shape": "dot",
        "color": _COLOURS.get(kind, _DEFAULT_COLOUR), "size": 14 if kind == "Person" else 18,
        "title": _text(f"{data['label']}\n{data['classes']}\n{node}"), "group": kind,
    }


def _page(nodes: list[dict[str, object]], edges: list[dict[str, object]], heading: str) -> str:
    from pyvis.network import Network

    network = Network(height="900px", width="100%", directed=True, cdn_resources="in_line",
                      heading="")
    network.nodes = nodes
    network.edges = edges
    network.node_ids = [n["id"] for n in nodes]
    network.node_map = {n["id"]: n for n in nodes}
    if len(nodes) > _PHYSICS_LIMIT:
        network.toggle_physics(False)
    else:
        network.barnes_hut(gravity=-6000, spring_length=160)
    page = _EXTERNAL.sub("", network.generate_html(notebook=False))
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    return page.replace("<body>", f"<body>\n{_header(heading, nodes)}", 1)


def _text(value: str) -> str:
    """Story text for pyvis, with "href" split by an invisible joiner so that pyvis keeps
    every tooltip as plain text."""
    return _HREF.sub("\\1\u2060\\2", value)


def _header(heading: str, nodes: list[dict[str, object]]) -> str:
    kinds = sorted({str(node["group"]) for node in nodes})
    legend = " ".join(
        f'<span style="color:{_COLOURS.get(kind, _DEFAULT_COLOUR)}">&#9679;</span> '
        f"{html.escape(kind)}" for kind in kinds)
    return (f'<h2 style="font-family:sans-serif;margin:8px">{html.escape(heading)}</h2>'
            f'<p style="font-family:sans-serif;font-size:13px;margin:8px">{legend} · '
            f"{len(nodes)} nodes · hover a line for the sentence that states it</p>")
