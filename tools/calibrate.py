"""Fit kg/data/calibration.json: stated confidence → precision measured on real news.

Run: .venv/bin/python tools/calibrate.py [--corpus ../shared/corpus/real-news]

Extracts the development split of the annotated real-news corpus (never its held-out quarter,
`kg.evaluate.held_out`) with calibration switched off, scores every fact as `kg eval` does,
and for each extractor and predicate with at least MINIMUM facts maps each stated confidence
to its precision: counts smoothed towards the pair's overall precision (pseudo-count 4),
made non-decreasing in the stated value (pool-adjacent-violators), capped at 0.97 (no rule
is certain), rounded to two decimals.
Deterministic: same corpus, same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import read_documents  # noqa: E402
from kg.evaluate import evaluate, held_out, read_gold  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.records import records  # noqa: E402
from kg.resolve import resolve  # noqa: E402

PSEUDO_COUNT = 4.0
MINIMUM = 8
CEILING = 0.97


def monotone(points: list[tuple[float, float, float]]) -> list[tuple[float, float]]:
    """Pool adjacent violators over (stated, precision, weight), stated ascending."""
    blocks: list[list[float]] = []
    for stated, value, weight in points:
        blocks.append([stated, value, weight, stated])
        while len(blocks) > 1 and blocks[-2][1] > blocks[-1][1]:
            last = blocks.pop()
            merged_weight = blocks[-1][2] + last[2]
            blocks[-1][1] = (blocks[-1][1] * blocks[-1][2] + last[1] * last[2]) / merged_weight
            blocks[-1][2] = merged_weight
            blocks[-1][3] = last[3]
    return [(first, round(min(value, CEILING), 2)) for first, value, _, _ in blocks]


def fit(judged: list[tuple[str, float, bool]]) -> dict[str, list[list[float]]]:
    by_extractor: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for extractor, stated, ok in judged:
        by_extractor[extractor].append((stated, ok))
    table = {}
    for extractor, rows in sorted(by_extractor.items()):
        if len(rows) < MINIMUM:
            continue
        overall = (sum(ok for _, ok in rows) + 1) / (len(rows) + 2)
        by_stated: dict[float, list[bool]] = defaultdict(list)
        for stated, ok in rows:
            by_stated[stated].append(ok)
        points = []
        for stated in sorted(by_stated):
            oks = by_stated[stated]
            value = (sum(oks) + PSEUDO_COUNT * overall) / (len(oks) + PSEUDO_COUNT)
            points.append((stated, value, float(len(oks))))
        table[extractor] = [[stated, value] for stated, value in monotone(points)]
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path,
                        default=ROOT.parent / "shared" / "corpus" / "real-news")
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "calibration.json")
    args = parser.parse_args()
    gold = read_gold([args.corpus / "gold.jsonl"])
    development, _ = held_out({g.doc for g in gold})
    documents = read_documents([args.corpus / "stories" / f"{doc}.txt" for doc in development])
    rows = list(records(resolve(extract(documents), calibrated=False)))
    scores = evaluate(gold, rows, development)
    judged = [(f"{row['extractor']}/{row['predicate']}", float(row["confidence"]), ok)
              for row, ok in scores.judged_rows]
    table = fit(judged)
    payload = {
        "about": "Stated confidence -> precision measured on the development split of the "
                 "real-news corpus (tools/calibrate.py), per extractor/predicate; pairs of "
                 "[stated, calibrated].",
        "facts": len(judged),
        "extractors": table,
    }
    args.out.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(judged)} facts judged; {len(table)} extractor/predicate pairs calibrated "
          f"-> {args.out}")
    for extractor, points in table.items():
        print(f"  {extractor}: " + ", ".join(f"{s:.2f}->{v:.2f}" for s, v in points))


if __name__ == "__main__":
    main()
