"""Confidence that means something: the rule's own confidence mapped to measured precision.

Each extractor states a confidence per rule; `tools/calibrate.py` measures, on the development
part of the real-news corpus, how often facts of each extractor, predicate and stated
confidence were right, smooths the counts towards the pair's overall precision, keeps the
mapping monotonic, and writes `kg/data/calibration.json`. Resolution replaces every fact's stated
confidence with that measured one, so a fact at 0.9 is right about nine times in ten on the
corpus (README, "Quality": the reliability table). Extractors or confidences the table has not
seen keep their stated value.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

__all__ = ["Calibration", "load_calibration"]

_DATA_FILE = "calibration.json"


class Calibration:
    """Per extractor and predicate ("contracts/awardedContract"), stated confidences (sorted)
    and the precision measured for each. A pair the corpus has too few facts of keeps the
    stated value: one extractor's record on one relation says nothing about another."""

    def __init__(self, table: dict[str, list[list[float]]]) -> None:
        self.table = {name: sorted((float(stated), float(measured)) for stated, measured in rows)
                      for name, rows in table.items()}

    def __call__(self, extractor: str, predicate: str, stated: float) -> float:
        rows = self.table.get(f"{extractor}/{predicate}")
        if not rows:
            return stated
        index = bisect_right([s for s, _ in rows], stated + 1e-9) - 1
        if index < 0:
            return min(stated, rows[0][1])
        return rows[index][1]


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The shipped table, or no change when none is shipped."""
    source = resources.files("kg.data") / _DATA_FILE
    if not source.is_file():
        return Calibration({})
    return Calibration(json.loads(source.read_text(encoding="utf-8"))["extractors"])
