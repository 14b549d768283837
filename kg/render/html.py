"""The interactive HTML network: one self-contained file that works offline and is safe to open.

The page is our own small template (``assets/``) around vis-network (9.1.2), whose script is
inlined from the installed pyvis package; there is no ``src`` or ``href`` to fetch. pyvis's own
template is not used: it keeps remote Bootstrap tags and switches tooltips to HTML when any
contains "href" (docs/MEASURED.md). All graph data goes in one JSON block with ``<``, ``>`` and
``&`` escaped, so no story text can end the block; the page's script puts text into the page
only as ``textContent`` or as vis-network tooltip strings, which it shows as text.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

from kg.errors import ConfigError
from kg.query import QueryGraph
from kg.render.layout import positions
from kg.render.view import GraphView, ego, find, read_view

__all__ = ["LARGE_GRAPH", "PHYSICS_LIMIT", "page", "render_html"]

PHYSICS_LIMIT = 400
LARGE_GRAPH = 2000

_KINDS: dict[str, tuple[str, str, str, str]] = {
    "Person": ("#e4572e", "dot", "\u25cf", "Person"),
    "Publication": ("#76b041", "star", "\u2605", "Publication"),
    "Segment": ("#f2b705", "box", "\u25ac", "Oversight segment"),
    "Rating": ("#a06cd5", "box", "\u25ac", "CQC rating"),
    "NHSTrust": ("#17bebb", "square", "\u25a0", "NHS trust"),
    "NHSFoundationTrust": ("#0e9594", "square", "\u25a0", "NHS foundation trust"),
    "CareTrust": ("#3bb273", "square", "\u25a0", "Care trust"),
    "Hospital": ("#52b69a", "square", "\u25a0", "Hospital"),
    "IntegratedCareBoard": ("#2e86ab", "hexagon", "\u2b22", "Integrated care board"),
    "IntegratedCareSystem": ("#5fa8d3", "hexagon", "\u2b22", "Integrated care system"),
    "ClinicalCommissioningGroup": ("#90be6d", "hexagon", "\u2b22", "Clinical commissioning group"),
    "CommissioningHub": ("#4d908e", "hexagon", "\u2b22", "Commissioning hub"),
    "NationalBody": ("#1d3557", "diamond", "\u25c6", "National body"),
    "Regulator": ("#c1121f", "diamond", "\u25c6", "Regulator"),
    "GovernmentDepartment": ("#6d597a", "diamond", "\u25c6", "Government department"),
    "ParliamentaryBody": ("#9d4edd", "diamond", "\u25c6", "Parliamentary body"),
    "Company": ("#8d6a9f", "triangle", "\u25b2", "Company"),
    "MembershipBody": ("#b56576", "triangleDown", "\u25bc", "Membership body"),
    "TradeUnion": ("#e56b6f", "triangleDown", "\u25bc", "Trade union"),
    "ThinkTank": ("#577590", "triangleDown", "\u25bc", "Think tank"),
    "ProfessionalBody": ("#f8961e", "triangleDown", "\u25bc", "Professional body"),
    "NewsOutlet": ("#adb5bd", "triangleDown", "\u25bc", "News outlet"),
    "Charity": ("#d4a373", "triangleDown", "\u25bc", "Charity"),
    "LocalAuthority": ("#6a994e", "triangleDown", "\u25bc", "Local authority"),
    "OrganisationalUnit": ("#4d908e", "triangleDown", "\u25bc", "Organisational unit"),
}
_FALLBACK = ("#7a8b99", "triangleDown", "\u25bc", "Other organisation")
# How a post's status is drawn: former, interim, acting and designate posts dashed and lighter.
_STATUSES = {
    "current": {"colour": "#4a5568", "dashes": False, "opacity": 1.0, "width": 2, "note": ""},
    "interim": {"colour": "#4a5568", "dashes": [8, 5], "opacity": 0.75, "width": 2,
                "note": "dashed"},
    "acting": {"colour": "#4a5568", "dashes": [8, 5], "opacity": 0.75, "width": 2,
               "note": "dashed"},
    "designate": {"colour": "#4a5568", "dashes": [2, 5], "opacity": 0.6, "width": 2,
                  "note": "dotted, not yet in post"},
    "former": {"colour": "#a0aec0", "dashes": [8, 5], "opacity": 0.5, "width": 1.5,
               "note": "dashed, pale"},
}
# Replaced one at a time: ``str.translate`` with a table took 1.4 s on the 14 MB of data of a
# 10,000-story build, ``str.replace`` milliseconds.
_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
           ("\u2029", "\\u2029"))
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


def render_html(graph: QueryGraph, heading: str = "kg: NHS news knowledge graph", *,
                focus: str | None = None, hops: int = 1,
                edges: Iterable[Sequence[Any]] | None = None) -> str:
    """The page for a built graph; with ``focus``, only that entity and what lies within
    ``hops`` facts of it. ``edges``: the graph's facts as the query index listed them, if
    at hand (``read_view``)."""
    view = read_view(graph, edges)
    if focus is not None:
        centre = find(view, focus).label
        view = ego(view, focus, hops)
        heading = f"{heading}: {centre} and {hops} hop{'s' if hops != 1 else ''} around"
    return page(view, heading)


def page(view: GraphView, heading: str) -> str:
    ids = {node: i for i, node in enumerate(view.nodes)}
    story_ids = {story: i for i, story in enumerate(view.stories)}
    degree: Counter[str] = Counter()
    for edge in view.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    where = positions(view.nodes, ((e.source, e.target) for e in view.edges))
    nodes = []
    for node in view.nodes.values():
        x, y = where[node.id]
        nodes.append({"id": ids[node.id], "iri": node.id, "label": node.label,
                      "kind": node.kind, "classes": list(node.classes), "ods": node.ods,
                      "aliases": list(node.aliases), "degree": degree[node.id], "x": x, "y": y})
    parallel: Counter[tuple[str, str]] = Counter()
    edges = []
    for i, e in enumerate(view.edges):
        pair = (min(e.source, e.target), max(e.source, e.target))
        edges.append({"id": i, "from": ids[e.source], "to": ids[e.target],
                      "predicate": e.predicate, "role": e.role, "status": e.status,
                      "origin": e.origin, "value": e.value, "sentence": e.sentence,
                      "story": story_ids[e.story], "confidence": e.confidence,
                      "bend": parallel[pair]})
        parallel[pair] += 1
    for edge, e in zip(edges, view.edges, strict=True):
        if parallel[(min(e.source, e.target), max(e.source, e.target))] > 1 and not edge["bend"]:
            edge["bend"] = -1
    stories = [{"id": s.id, "title": s.title, "url": s.url, "date": s.date}
               for s in view.stories.values()]
    kinds = {kind: dict(zip(("colour", "shape", "symbol", "name"), _KINDS.get(kind, _FALLBACK),
                            strict=True))
             for kind in sorted({n.kind for n in view.nodes.values()})}
    count = len(nodes)
    notice = ""
    if count > PHYSICS_LIMIT:
        notice = (f"{count:,} nodes: the layout is precomputed and fixed. Search for a name, or "
                  "draw one organisation's neighbourhood with: kg render --focus NAME --hops 2")
    data = {"nodes": nodes, "edges": edges, "stories": stories, "kinds": kinds,
            "statuses": _STATUSES, "physics": count <= PHYSICS_LIMIT, "notice": notice,
            "fontSize": 20, "legibleScale": 0.55}
    parts = {
        "title": html.escape(heading),
        "style": _asset("graph.css"),
        "data": _escaped(json.dumps(data, ensure_ascii=False, sort_keys=True,
                                    separators=(",", ":"))),
        "vis": _vis_network(),
        "app": _asset("graph.js"),
    }
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("graph.html"))


def _escaped(text: str) -> str:
    for unsafe, escape in _UNSAFE:
        text = text.replace(unsafe, escape)
    return text


def _asset(name: str) -> str:
    return (resources.files("kg.render") / "assets" / name).read_text(encoding="utf-8")


def _vis_network() -> str:
    """vis-network's standalone script as pyvis ships it (no remote copy is ever fetched):
    the newest version in its ``templates/lib/vis-X.Y.Z/`` folders (9.1.2 in pyvis 0.3.2)."""
    lib = resources.files("pyvis") / "templates" / "lib"
    found = sorted((tuple(int(p) for p in re.findall(r"\d+", folder.name)), folder.name)
                   for folder in lib.iterdir()
                   if folder.name.startswith("vis-")
                   and (folder / "vis-network.min.js").is_file())
    if not found:
        raise ConfigError("the installed pyvis package ships no vis-network.min.js; "
                          "reinstall kg (pip install -e .)")
    script = (lib / found[-1][1] / "vis-network.min.js").read_text(encoding="utf-8")
    if re.search(r"</script|<!--", script, re.IGNORECASE):
        raise ValueError("vis-network.min.js cannot be inlined: it contains </script or <!--")
    return script
