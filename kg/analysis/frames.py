"""pandas data frames: the answer to any shipped or ad-hoc SPARQL query, and tables of a
networkx graph's facts and entities. pandas is imported when called, so the core install
(``kg build``) does not need it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from kg.analysis.load import GraphSource, load_store
from kg.errors import QueryError
from kg.query import named_query, query_names, run

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["entities_frame", "facts_frame", "query_catalogue", "query_frame"]

_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
FACT_COLUMNS = ("subject_label", "predicate", "object_label", "role", "status", "origin",
                "value", "date", "subject_class", "object_class", "story", "story_title",
                "sentence", "confidence", "subject", "object")


def query_text(query: str | Path) -> tuple[str, str]:
    """The SPARQL and a name for errors: a ``.rq`` file (a ``Path``, or text ending in
    ``.rq``), a shipped query's name, or the query itself."""
    if isinstance(query, str) and query.strip().endswith(".rq"):
        query = Path(query.strip())
    if isinstance(query, Path):
        try:
            return query.read_text(encoding="utf-8"), str(query)
        except OSError as exc:
            raise QueryError(query, f"cannot read: {exc.strerror or exc}") from None
    if re.fullmatch(r"[\w-]+", query.strip()):
        return named_query(query.strip()), f"{query.strip()}.rq"
    return query, "query"


def query_frame(query: str | Path, source: GraphSource, /, **bindings: str) -> pd.DataFrame:
    """Rows of a SELECT as a data frame, one column per variable, unbound values as ``None``.

    ``query`` is a shipped query's name (``"leaders"``), a ``.rq`` file, or SPARQL text.
    ``bindings`` become ``VALUES`` as with ``kg query --bind``. Columns whose every value is a
    plain number (offsets, confidences, counts) become numbers; codes with a leading zero stay
    text.
    """
    import pandas as pd

    text, name = query_text(query)
    result = run(text, load_store(source), bindings, source=name)
    frame = pd.DataFrame(result.rows, columns=result.variables)
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(_NUMBER.fullmatch(str(v)) for v in values):
            frame[column] = pd.to_numeric(frame[column])
    return frame


def query_catalogue() -> pd.DataFrame:
    """The shipped queries with the question each answers (its first comment line)."""
    import pandas as pd

    rows = []
    for name in query_names():
        lines = named_query(name).splitlines()
        comment = next((line.lstrip("# ").strip() for line in lines if line.startswith("#")), "")
        rows.append({"name": name, "question": comment})
    return pd.DataFrame(rows, columns=["name", "question"])


def facts_frame(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per fact of :func:`kg.analysis.load_networkx`'s graph, with both ends' labels
    and classes; ``date`` is a pandas datetime (``NaT`` when the story is undated)."""
    import pandas as pd

    nodes = graph.nodes
    rows = []
    for source, target, data in graph.edges(data=True):
        rows.append({
            **{key: data.get(key) for key in FACT_COLUMNS},
            "subject": source, "subject_label": nodes[source]["label"],
            "subject_class": nodes[source].get("class", nodes[source]["kind"]),
            "object": target, "object_label": nodes[target]["label"],
            "object_class": nodes[target].get("class", nodes[target]["kind"]),
        })
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601", errors="coerce")
    return frame.sort_values(["subject_label", "predicate", "object_label", "story"],
                             ignore_index=True)


def entities_frame(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per node: label, class, kind, ODS code and how many facts touch it."""
    import pandas as pd

    rows = [{"node": node, "label": data["label"], "class": data.get("class", data["kind"]),
             "kind": data["kind"], "ods": data.get("ods"), "facts": graph.degree(node)}
            for node, data in graph.nodes(data=True)]
    frame = pd.DataFrame(rows, columns=["node", "label", "class", "kind", "ods", "facts"])
    return frame.sort_values(["kind", "label"], ignore_index=True)
