"""Extraction throughput on one core, against spaCy's bare tokenizer on the same text.

Run: .venv/bin/python bench/throughput.py [--repeat N]
Prints stories/s and words/s for kg's default pipeline (extract + resolve, on already-read
files), and the same text through ``spacy.blank("en")``'s tokenizer when spaCy is installed
(``pip install -e '.[bench]'``): once with a warm cache (the same text again, which flatters
spaCy: docs/MEASURED.md) and once with a fresh vocabulary per pass. The target is kg within 3x
of the tokenizer (ratio >= 0.33).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import Pipeline, extract  # noqa: E402
from kg.ingest import read_corpus  # noqa: E402
from kg.resolve import resolve  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="passes over the corpus")
    args = parser.parse_args()
    sources = [ROOT / "seeds", ROOT / "tests" / "corpus"]
    documents = list(read_corpus([s for s in sources if s.exists()]))
    stories = sum(len(d.stories) for d in documents)
    words = sum(len(re.findall(r"\w+", d.text)) for d in documents)
    pipeline = Pipeline()
    extract(documents, pipeline)  # warm caches (gazetteer automaton, regexes)
    started = time.perf_counter()
    for _ in range(args.repeat):
        resolve(extract(documents, pipeline))
    elapsed = time.perf_counter() - started
    kg_words = words * args.repeat / elapsed
    print(f"corpus: {len(documents)} files, {stories} stories, {words} words; {args.repeat} passes")
    print(f"kg pipeline:      {stories * args.repeat / elapsed:10.1f} stories/s "
          f"{kg_words:12.0f} words/s")
    try:
        import spacy
    except ImportError:
        print("spaCy tokenizer:  not installed (pip install spacy) - no ratio")
        return
    texts = [d.text for d in documents]
    warm = spacy.blank("en")
    list(warm.pipe(texts))
    started = time.perf_counter()
    for _ in range(args.repeat):
        for _doc in warm.pipe(texts):
            pass
    warm_words = words * args.repeat / (time.perf_counter() - started)
    cold_seconds = 0.0
    for _ in range(args.repeat):
        cold = spacy.blank("en")
        started = time.perf_counter()
        for _doc in cold.pipe(texts):
            pass
        cold_seconds += time.perf_counter() - started
    cold_words = words * args.repeat / cold_seconds
    print(f"spaCy tokenizer, warm cache (same text again): {warm_words:12.0f} words/s")
    print(f"spaCy tokenizer, cold cache (fresh vocab):     {cold_words:12.0f} words/s")
    print(f"ratio kg / spaCy warm: {kg_words / warm_words:.2f}   "
          f"kg / spaCy cold: {kg_words / cold_words:.2f}   (target >= 0.33)")


if __name__ == "__main__":
    main()
