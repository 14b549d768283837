"""Extraction speed against spaCy's blank English tokenizer, end to end, on the same files.

Run: .venv/bin/python bench/throughput.py [--corpus DIR] [--files 1000] [--runs 3]

Both sides are timed as a user meets them: a fresh process that starts, reads every file and
finishes. kg runs `kg extract DIR --format jsonl` (output to /dev/null), once with its default
(worker processes on a multi-core machine once there are 200 files or more) and once with
`--jobs 1`; spaCy runs `spacy.blank("en")` over the same texts with `nlp.pipe` in one process
(MEASURED.md: its own multiprocessing is slower here). Words are `\\w+` runs. Also prints kg's
start-up: `kg extract` on one short file. Targets (issue 8): kg at least 0.33 of spaCy's
words/s; start-up under 0.5 s. Without --corpus, 1,000 stories are generated with
bench/gen_corpus.py (seed 1) into a temporary folder: distinct text, so spaCy's cache is not
flattered by repeats. Install spaCy with `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = str(Path(sys.executable).with_name("kg"))
SPACY = """
import sys, pathlib, spacy
nlp = spacy.blank("en")
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*"))
         if p.suffix in {".txt", ".md"}]
for doc in nlp.pipe(texts):
    pass
"""


def timed(command: list[str], runs: int) -> float:
    """Median wall time of ``runs`` runs of a command (output discarded)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def corpus(args: argparse.Namespace, scratch: Path) -> Path:
    if args.corpus:
        return args.corpus
    out = scratch / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), str(args.files),
                    "--out", str(out), "--seed", "1", "--per-file", "1"], check=True,
                   stdout=subprocess.DEVNULL)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a folder of story files")
    parser.add_argument("--files", type=int, default=1000, help="stories to generate")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = corpus(args, Path(scratch))
        files = sorted(p for p in folder.rglob("*") if p.suffix in {".txt", ".md"})
        words = sum(len(re.findall(r"\w+", p.read_text(encoding="utf-8"))) for p in files)
        one = Path(scratch) / "one.txt"
        one.write_text("Board news\n\nAmara Okoye, chief executive of Leeds Teaching Hospitals "
                       "NHS Trust, said the plan was sound.\n", encoding="utf-8")
        startup = min(timed([KG, "extract", str(one), "--format", "jsonl"], 1)
                      for _ in range(max(3, args.runs)))
        kg_default = timed([KG, "extract", str(folder), "--format", "jsonl"], args.runs)
        kg_serial = timed([KG, "extract", str(folder), "--format", "jsonl", "--jobs", "1"],
                          args.runs)
        print(f"corpus: {len(files)} files, {words} words ({folder})")
        print(f"kg start-up (one short file):   {startup:6.2f} s   (target < 0.5 s)")
        print(f"kg extract, default jobs:       {kg_default:6.2f} s   {words / kg_default:9.0f} "
              "words/s")
        print(f"kg extract, --jobs 1:           {kg_serial:6.2f} s   {words / kg_serial:9.0f} "
              "words/s")
        try:
            spacy_seconds = timed([sys.executable, "-c", SPACY, str(folder)], args.runs)
        except subprocess.CalledProcessError:
            print("spaCy tokenizer: not installed (pip install -e '.[bench]') - no ratio")
            return
        print(f"spaCy blank('en') tokenizer:    {spacy_seconds:6.2f} s   "
              f"{words / spacy_seconds:9.0f} words/s")
        print(f"ratio kg/spaCy: default {spacy_seconds / kg_default:.2f}, "
              f"one process {spacy_seconds / kg_serial:.2f}   (target >= 0.33)")


if __name__ == "__main__":
    main()
