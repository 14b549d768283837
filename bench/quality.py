"""Extraction quality on the real-news development corpus, as the tables README shows.

Run: .venv/bin/python bench/quality.py [--corpus DIR] [--split all|dev|holdout] [--misses N]

The corpus (``../shared/corpus/real-news``: ``stories/``, ``gold.jsonl``) is third-party text
read in place, never copied. One story in four is held out by a fixed rule (ids in sorted
order, every fourth: the 4th, 8th, ...): the rules are never tuned on those stories, which are
scored only in aggregate, so their figure estimates how extraction does on unseen real news
(docs/decisions/20261125-real-news-extraction.md). Prints overall, per-batch and per-split
tables and a reliability table (is a fact given confidence c right about c of the time?).
Misses and spurious facts are listed only for the development split.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import jsonl_lines  # noqa: E402
from kg.evaluate import (  # noqa: E402
    GoldFact,
    Scores,
    batch_of,
    evaluate,
    held_out,
    read_gold,
    reliability,
    report,
)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real-news"


def summary_row(name: str, scores: Scores) -> str:
    facts, entities = Scores.total(scores.facts), Scores.total(scores.entities)
    publication = scores.entities["Publication"]
    worst = min(((s.recall, p) for p, s in scores.facts.items() if s.gold), default=(0, "-"))
    return (f"| {name} | {facts.gold} | {facts.precision:.2f} | {facts.recall:.2f} | "
            f"{facts.f1:.2f} | {scores.strict.f1:.2f} | {entities.f1:.2f} | "
            f"{publication.f1:.2f} | {worst[1]} {worst[0]:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=("all", "dev", "holdout"), default="all")
    parser.add_argument("--misses", type=int, default=0,
                        help="list this many misses and spurious facts (development split only)")
    parser.add_argument("--json", type=Path, help="also write the predicted rows here")
    args = parser.parse_args()

    gold = read_gold([args.corpus / "gold.jsonl"])
    ids = sorted({row.doc for row in gold})
    development, held = held_out(ids)
    chosen = {"all": ids, "dev": development, "holdout": held}[args.split]
    files = [args.corpus / "stories" / f"{doc}.txt" for doc in chosen]
    started = time.perf_counter()
    predicted = [json.loads(line) for line in jsonl_lines(files)]
    seconds = time.perf_counter() - started
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in predicted), encoding="utf-8")

    print(f"{len(files)} stories extracted in {seconds:.2f} s\n")
    print("| docs | gold facts | P | R | fact F1 | strict F1 | entity F1 | Publication F1 "
          "| lowest recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    groups: dict[str, list[str]] = {"all": chosen}
    if args.split == "all":
        groups |= {"development (45)": development, "held out (15)": held}
    for batch in sorted({batch_of(doc) for doc in chosen}):
        groups[f"batch {batch}" + (" (dev)" if args.split == "all" else "")] = [
            doc for doc in chosen if batch_of(doc) == batch
            and (args.split != "all" or doc in development)]
    for name, docs in groups.items():
        print(summary_row(name, evaluate(gold, predicted, docs)))

    scores = evaluate(gold, predicted, chosen)
    print("\nper predicate (" + args.split + "):")
    print("| predicate | gold | predicted | P | R | F1 |")
    print("|---|---|---|---|---|---|")
    for predicate, score in sorted(scores.facts.items()):
        print(f"| {predicate} | {score.gold} | {score.predicted} | {score.precision:.2f} | "
              f"{score.recall:.2f} | {score.f1:.2f} |")
    print("\nreliability (" + args.split + "): confidence bin, facts, share right")
    for low, high, count, right in reliability(scores):
        print(f"  [{low:.1f}, {high:.1f})  {count:4d}  {right:.2f}")
    if args.misses and args.split != "holdout":
        dev_scores = evaluate(gold, predicted, [d for d in chosen if d in development])
        print("\n" + report(dev_scores, args.misses))
    gold_facts = sum(1 for g in gold if isinstance(g, GoldFact) and not g.optional)
    print(f"\n({gold_facts} required gold facts in the whole corpus)")


if __name__ == "__main__":
    main()
