"""Extraction quality on `tests/fresh/` (corpus F), split as it was used.

Run: .venv/bin/python bench/quality_fresh.py [--split dev|holdout] [--misses N]

Corpus F is 24 stories in the style of real news, written with gold annotations by a helper
who did not read the extraction code. Its first two thirds (f01–f16) were then used to find
constructions the rules missed; its last third (f17–f24) was never read, and is scored only
in aggregate, as a second estimate (after the real-news held-out quarter, `bench/quality.py`)
of how the rules do on text they were not written for. Misses are listed for f01–f16 only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import jsonl_lines  # noqa: E402
from kg.evaluate import Scores, evaluate, read_gold, report  # noqa: E402

CORPUS = ROOT / "tests" / "fresh"
LAST_TUNED = 16


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "holdout"), default="holdout")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    stems = sorted(path.stem for path in CORPUS.glob("f*.txt"))
    picked = [s for s in stems if (int(s[1:3]) <= LAST_TUNED) == (args.split == "dev")]
    rows = [json.loads(line) for line in jsonl_lines([CORPUS / f"{s}.txt" for s in picked])]
    scores = evaluate(read_gold([CORPUS / "gold-f.jsonl"]), rows, set(picked))
    facts, entities = Scores.total(scores.facts), Scores.total(scores.entities)
    print(f"corpus F, {args.split} ({len(picked)} stories): facts P {facts.precision:.2f} "
          f"R {facts.recall:.2f} F1 {facts.f1:.2f}; entities F1 {entities.f1:.2f}; "
          f"Publication F1 {scores.entities['Publication'].f1:.2f}")
    print("| predicate | gold | predicted | P | R |")
    print("|---|---|---|---|---|")
    for predicate, score in sorted(scores.facts.items()):
        print(f"| {predicate} | {score.gold} | {score.predicted} | {score.precision:.2f} | "
              f"{score.recall:.2f} |")
    if args.misses and args.split == "dev":
        print(report(scores, args.misses))


if __name__ == "__main__":
    main()
