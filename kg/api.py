"""The Python API behind ``import kg``: extract from a string, open a finished build.

``kg.build`` (in ``kg/build.py``) makes a build; these two cover the rest of what a notebook or
a script needs without reaching into the stages.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import GraphError

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Dataset

__all__ = ["Build", "extract_text", "load"]


def extract_text(text: str, *, doc: str = "text", pipeline: list[str] | None = None,
                 date: str | None = None) -> list[dict[str, Any]]:
    """The facts stated in ``text`` (one story file's worth), as the records ``kg extract``
    prints for facts (README, "The JSONL format"); offsets index ``text`` itself.

    ``doc`` names the text in story ids (``<doc>/1``...); ``pipeline`` picks extractors;
    ``date`` (``2024-03-05``, ``2024-03`` or ``2024``) is the story's date, which times such as
    "last month" and each fact's status are resolved against.
    """
    from dataclasses import replace

    from kg.build import knowledge_base
    from kg.errors import ConfigError
    from kg.extract import Pipeline
    from kg.ingest.newsletter import split_stories
    from kg.model import Document
    from kg.records import records
    from kg.temporal.dates import is_value

    if date is not None and not is_value(date):
        raise ConfigError(f"date {date!r} is not an ISO date (2024-03-05, 2024-03 or 2024)")
    stories = tuple(replace(story, date=date) for story in split_stories(doc, text))
    if not stories:
        return []
    document = Document(doc, doc, text, stories, date)
    kb = knowledge_base([document], Pipeline(pipeline) if pipeline else None)
    return [row for row in records(kb) if row["kind"] == "fact"]


class Build:
    """A finished build folder: its graph for SPARQL, its entities and facts as records."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        if not (self.folder / "kg.trig").is_file():
            raise GraphError(self.folder, "not a kg build folder (no kg.trig; run `kg build`)")

    def __repr__(self) -> str:
        return f"Build({str(self.folder)!r})"

    @cached_property
    def store(self) -> pyoxigraph.Store:
        """The dataset in Oxigraph, queried with the union of all graphs as default graph."""
        from kg.query import load_graph

        return load_graph(self.folder / "kg.trig")

    def dataset(self) -> Dataset:
        """The dataset in rdflib (slower; for SHACL, networkx and re-serialising)."""
        from kg.query import load_dataset

        return load_dataset(self.folder / "kg.trig")

    def query(self, query: str, **bindings: str) -> list[dict[str, str | None]]:
        """Rows of a shipped query by name (``"leaders"``) or of SPARQL text, as dicts;
        ``bindings`` give variables values as ``kg query --bind`` does."""
        from kg.query import named_query, run

        text = query if any(c.isspace() for c in query) else named_query(query)
        return run(text, self.store, dict(bindings), "query").records()

    def records(self) -> list[dict[str, Any]]:
        """Every line of ``kg.jsonl``: entities and facts, per file."""
        path = self.folder / "kg.jsonl"
        try:
            with open(path, encoding="utf-8") as stream:
                return [json.loads(line) for line in stream if line.strip()]
        except (OSError, ValueError) as exc:
            raise GraphError(path, f"cannot read: {exc}") from None

    def facts(self) -> list[dict[str, Any]]:
        return [row for row in self.records() if row["kind"] == "fact"]

    def entities(self) -> list[dict[str, Any]]:
        return [row for row in self.records() if row["kind"] == "entity"]


def load(folder: Path | str = "build") -> Build:
    """Open a finished build folder (default ``build/``)."""
    return Build(folder)
