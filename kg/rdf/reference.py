"""What the shipped ODS reference data says about organisations over time: opening and
closure dates and successors (``kg/data/organisations.jsonl``, built from the ODS ``etr``,
``eccg`` and ``succ`` files). Read here, at the RDF stage, so the graph states them beside
what the news says."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Lifecycle", "lifecycles"]


@dataclass(frozen=True)
class Lifecycle:
    closed: str | None
    successors: tuple[str, ...]
    opened: str | None = None


@lru_cache(maxsize=1)
def lifecycles() -> dict[str, Lifecycle]:
    """Organisation key (``org/<key>``) → its opening and closure dates and successors' keys,
    for records that have any."""
    found: dict[str, Lifecycle] = {}
    with (resources.files("kg.data") / "organisations.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("closed") or record.get("successors") or record.get("opened"):
                found["org/" + record["key"]] = Lifecycle(
                    record.get("closed"), tuple("org/" + key for key in record["successors"]),
                    record.get("opened"))
    return found
