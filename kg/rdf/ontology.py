"""The ontology and shapes shipped in ``ontology/`` (reached as ``kg/ontology`` when installed)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph

__all__ = ["load_ontology", "load_shapes", "ontology_path"]


def ontology_path(name: str) -> str:
    return str(resources.files("kg") / "ontology" / name)


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")
