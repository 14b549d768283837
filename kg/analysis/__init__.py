"""Analysis of a built graph with networkx."""

from __future__ import annotations

from kg.analysis.graphs import to_networkx

__all__ = ["to_networkx"]
