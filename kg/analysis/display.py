"""The build's interactive graph inside a notebook, offline.

The page is embedded whole as the ``srcdoc`` of an iframe: a build folder outside the notebook
server's root (a temporary folder, another drive) cannot be linked with ``IFrame(src=...)``,
and the page's own scripts are inlined, so nothing is fetched. The iframe keeps the page's
scripts and styles away from the notebook's. (The iframe sits in a ``div`` because IPython
warns about a bare one, wrongly here, that ``IFrame`` would do.)
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import GraphError

if TYPE_CHECKING:
    from IPython.display import HTML

__all__ = ["show_graph"]


def show_graph(build: Path | str, height: int = 600) -> HTML:
    """``graph.html`` of a build folder, for a notebook cell to display."""
    from IPython.display import HTML

    page = Path(build) / "graph.html"
    if not page.is_file():
        raise GraphError(page, "no such page (run `kg build` first)")
    document = html.escape(page.read_text(encoding="utf-8"), quote=True)
    return HTML(f'<div><iframe srcdoc="{document}" width="100%" height="{int(height)}" '
                'style="border: 1px solid #ddd" sandbox="allow-scripts"></iframe></div>')
