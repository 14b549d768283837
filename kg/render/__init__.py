"""Rendering a built graph for people: an interactive HTML network."""

from __future__ import annotations

from kg.render.html import render_html

__all__ = ["render_html"]
