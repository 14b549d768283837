"""Analysis of a built graph: loaders into rdflib, Oxigraph, networkx and pandas, for notebooks.

>>> from kg.analysis import load_networkx, facts_frame, query_frame
>>> graph = load_networkx("build")  # doctest: +SKIP
>>> facts_frame(graph).query("predicate == 'leads'")  # doctest: +SKIP
>>> query_frame("provenance", "build", name="A Person")  # doctest: +SKIP

pandas, matplotlib and the Jupyter kernel come with ``pip install 'kg[notebooks]'``; the
rest needs only the core install.
"""

from __future__ import annotations

from kg.analysis.display import show_graph
from kg.analysis.frames import entities_frame, facts_frame, query_catalogue, query_frame
from kg.analysis.graphs import to_networkx
from kg.analysis.leadership import post_holders, tenures
from kg.analysis.load import GraphSource, load_networkx, load_rdf, load_store, stories

__all__ = [
    "GraphSource", "entities_frame", "facts_frame", "load_networkx", "load_rdf", "load_store",
    "post_holders", "query_catalogue", "query_frame", "show_graph", "stories", "tenures",
    "to_networkx",
]
