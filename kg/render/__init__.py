"""Rendering a built graph for people: an interactive HTML network."""

from __future__ import annotations

from kg.render.html import LARGE_GRAPH, render_html
from kg.render.view import GraphView, ego, read_view

__all__ = ["LARGE_GRAPH", "GraphView", "ego", "read_view", "render_html"]
