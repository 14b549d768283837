"""Golden output of extraction on the seeds, and score floors on the gold annotations.

The golden file pins every entity and fact line of `kg extract seeds`; when a change to the
rules is intended, regenerate it with `KG_UPDATE_GOLDEN=1 pytest tests/extract/test_golden.py`
and review the diff like code. The floors catch a rule change that helps one story and breaks
others; the figures themselves are reported by `kg eval` (README, "Quality").
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.build import jsonl_lines
from kg.evaluate import Scores, evaluate, read_gold

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "seeds.golden.jsonl"


def test_golden_seed_extraction_is_unchanged(seeds_dir):
    lines = [line + "\n" for line in jsonl_lines([seeds_dir])]
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(lines), encoding="utf-8")
    assert "".join(lines) == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("gold", "sources", "fact_floor", "entity_floor"),
    [
        ("tests/gold/seeds.jsonl", "seeds", 0.90, 0.90),
        ("tests/corpus/gold-a.jsonl", "tests/corpus", 0.75, 0.90),
        ("tests/corpus/gold-b.jsonl", "tests/corpus", 0.75, 0.90),
        ("tests/heldout/gold-c.jsonl", "tests/heldout", 0.75, 0.90),
        ("tests/final/gold-d.jsonl", "tests/final", 0.70, 0.90),
        ("tests/unseen/gold-e.jsonl", "tests/unseen", 0.75, 0.90),
        ("tests/fresh/gold-f.jsonl", "tests/fresh", 0.80, 0.90),
        ("tests/corpus-g/gold-g.jsonl", "tests/corpus-g", 0.82, 0.90),
        ("tests/corpus-h/gold-h.jsonl", "tests/corpus-h", 0.78, 0.90),
        ("tests/corpus-i/gold-i.jsonl", "tests/corpus-i", 0.62, 0.88),
    ],
)
def test_golden_scores_stay_above_their_floors(gold, sources, fact_floor, entity_floor):
    predicted = [json.loads(line) for line in jsonl_lines([ROOT / sources])]
    scores = evaluate(read_gold([ROOT / gold]), predicted)
    assert Scores.total(scores.facts).f1 >= fact_floor
    assert Scores.total(scores.entities).f1 >= entity_floor
