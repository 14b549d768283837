"""The construction probes (tests/probes/, written by a helper who never read the extraction
code) are read at least as well as when this floor was last raised: a regression guard, not a
measure of quality (bench/probes.py prints the table and the failures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import jsonl_lines
from kg.evaluate import probes_read

PROBES = Path(__file__).resolve().parents[1] / "probes"
FLOORS = {"constructions.jsonl": 237, "constructions-2.jsonl": 169, "constructions-3.jsonl": 157,
          "constructions-4.jsonl": 102, "constructions-5.jsonl": 101, "constructions-6.jsonl": 69,
          "constructions-7.jsonl": 78, "constructions-8.jsonl": 89, "constructions-9.jsonl": 124,
          "constructions-10.jsonl": 96}


@pytest.mark.parametrize(("bank", "floor"), sorted(FLOORS.items()))
def test_probes_read_in_full_do_not_fall(tmp_path, bank, floor):
    probes = [json.loads(line) for line in (PROBES / bank).read_text(encoding="utf-8").splitlines()
              if line.strip()]
    paths = []
    for probe in probes:
        path = tmp_path / f"{probe['id']}.txt"
        path.write_text(f"Probe\n\n{probe['text']}\n", encoding="utf-8")
        paths.append(path)
    rows = [json.loads(line) for line in jsonl_lines(paths)]
    assert len(probes_read(probes, rows)) >= floor
