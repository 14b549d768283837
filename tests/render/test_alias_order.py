"""The page lists a node's aliases in one order whatever Python's hash seed: aliases that
differ only in case ("NHS trust", "NHS Trust") must not keep the order of the set they came
from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STORY = ("Trust news\n\nLeeds Teaching Hospitals NHS trust said beds were full. LEEDS TEACHING "
         "HOSPITALS NHS TRUST chief executive Ann Bell agreed. Leeds Teaching hospitals NHS "
         "Trust is busy.\n")


def build_page(source: Path, out: Path, hash_seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-m", "kg", "build", str(source), "--out", str(out)],
                   env=env, check=True, capture_output=True)
    return (out / "graph.html").read_bytes()


def test_aliases_differing_in_case_keep_one_order_whatever_the_hash_seed(tmp_path):
    source = tmp_path / "stories"
    source.mkdir()
    (source / "story.txt").write_text(STORY, encoding="utf-8")
    pages = {build_page(source, tmp_path / f"build-{seed}", seed) for seed in ("1", "2", "3", "4")}
    assert len(pages) == 1
    assert b"LEEDS TEACHING HOSPITALS NHS TRUST" in pages.pop()
