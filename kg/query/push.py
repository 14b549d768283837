"""``kg push``: load a build into an external SPARQL 1.1 server through the Graph Store HTTP
Protocol, one ``PUT`` per graph.

``PUT`` replaces a graph whole, so pushing twice leaves the same data, and a story that changed
replaces exactly its own graph. Graphs are sent as N-Triples, which every store reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError

__all__ = ["PushError", "PushResult", "graph_store_url", "push"]


class PushError(KgError):
    """The server refused a graph or could not be reached."""


@dataclass(frozen=True)
class PushResult:
    graphs: int
    triples: int
    graph_store: str


_GRAPHDB = re.compile(r"/repositories/[^/]+/?$")


def graph_store_url(endpoint: str, graph_store: str | None) -> str:
    """The Graph Store Protocol URL: given, or GraphDB's, derived from its repository URL."""
    if graph_store:
        return graph_store
    if _GRAPHDB.search(endpoint):
        return endpoint.rstrip("/") + "/rdf-graphs/service"
    raise PushError(f"{endpoint}: give --graph-store too (Oxigraph: .../store, Fuseki: "
                    ".../DATASET/data, GraphDB: .../repositories/ID/rdf-graphs/service)")


def push(build: Path | str, endpoint: str, graph_store: str | None = None, *,
         user: str | None = None, password: str | None = None, token: str | None = None,
         timeout: float = 60.0, on_graph: Callable[[str], object] | None = None) -> PushResult:
    """PUT every named graph of a build, then its default graph, into the server."""
    import httpx
    import pyoxigraph

    from kg.query import open_graph

    store_url = graph_store_url(endpoint, graph_store)
    store = open_graph(build)
    auth: Any = httpx.BasicAuth(user, password or "") if user else None
    headers = {"Content-Type": "application/n-triples"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    targets: list[tuple[dict[str, str], Any]] = [({"graph": g.value}, g) for g in graphs]
    targets.append(({"default": ""}, pyoxigraph.DefaultGraph()))
    triples = 0
    with httpx.Client(auth=auth, headers=headers, timeout=timeout) as client:
        for params, graph in targets:
            body = store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph) or b""
            triples += body.count(b"\n")
            name = params.get("graph", "default graph")
            try:
                response = client.put(store_url, params=params, content=body)
            except httpx.HTTPError as exc:
                raise PushError(f"{store_url}: cannot reach the server: {exc}") from None
            if response.status_code >= 400:
                detail = response.text.strip().splitlines()[:1]
                raise PushError(f"{store_url}: PUT {name} answered {response.status_code} "
                                f"{response.reason_phrase}" + (f": {detail[0]}" if detail else ""))
            if on_graph is not None:
                on_graph(name)
    return PushResult(graphs=len(targets), triples=triples, graph_store=store_url)
