"""How many construction probes the extractor reads: short passages, each with every fact it
states, written by a helper who never read the extraction code (`tests/probes/`).

Run: .venv/bin/python bench/probes.py [--bank FILE] [--failures N] [--predicate P]
     [--half read|unread]

A probe passes when every fact it lists is extracted (names matched as `kg eval` matches
them); extra facts are counted as spurious. Prints the pass rate and fact recall and precision
per predicate, then the first failing probes. The bank tests constructions one at a time; it
is development data (it is read), not an estimate of quality on unseen news. Banks 3, 4 and 5
are the exception: their passages with an odd number were never read (`--half unread`; failures
are not listed for them) and measure how far the rules carry to constructions nobody looked at.
Bank 5 was never read at all until the tenth session, which opened its even half (29 of 74 read
then; the odd half 40 of 76). Banks 6 and 8 (`--bank tests/probes/constructions-6.jsonl`,
`constructions-8.jsonl`) are never read at all: their failures are never listed.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import jsonl_lines  # noqa: E402
from kg.evaluate import evaluate, probe_gold, probes_read  # noqa: E402

SPLIT_BANKS = ("b3-", "b4-", "b5-")
"""Banks whose odd-numbered passages are never read: they measure constructions nobody looked at."""
UNREAD_BANKS = ("b6-", "b8-")
"""Banks never read at all (their failures are never listed): the sixth and eighth banks, written
in the tenth and eleventh sessions, measure the rules on passages nobody working on them has
seen."""
BANKS = sorted((ROOT / "tests" / "probes").glob("constructions*.jsonl"))


def main() -> None:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bank", type=Path, action="append",
                        help="a bank to read (default: every tests/probes/constructions*.jsonl)")
    parser.add_argument("--failures", type=int, default=20)
    parser.add_argument("--predicate", help="only probes stating this predicate")
    parser.add_argument("--half", choices=("read", "unread"),
                        help="banks 3, 4 and 5 only: their even-numbered (read) or odd-numbered "
                             "(unread) halves")
    args = parser.parse_args()
    probes = [json.loads(line) for bank in (args.bank or BANKS)
              for line in bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.half:
        parity = 0 if args.half == "read" else 1
        probes = [p for p in probes if p["id"].startswith(SPLIT_BANKS)
                  and int(p["id"].rsplit("-", 1)[1]) % 2 == parity]
        if args.half == "unread":
            args.failures = 0
    if args.predicate:
        probes = [p for p in probes if any(f[1] == args.predicate for f in p["facts"])]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for probe in probes:
            path = Path(folder) / f"{probe['id']}.txt"
            path.write_text(f"Probe\n\n{probe['text']}\n", encoding="utf-8")
            paths.append(path)
        rows = [json.loads(line) for line in jsonl_lines(paths)]
    gold = probe_gold(probes)
    scores = evaluate(gold, rows, [p["id"] for p in probes])
    read = set(probes_read(probes, rows))
    failing = [probe for probe in probes if probe["id"] not in read]
    passed = Counter(kind for p in probes if p["id"] in read
                     for kind in {fact[1] for fact in p["facts"]})
    total = Counter(f[1] for p in probes for f in p["facts"])
    print(f"{len(probes) - len(failing)} of {len(probes)} probes read in full")
    print("| predicate | facts | recall | precision | probes passed |")
    print("|---|---|---|---|---|")
    for predicate, score in sorted(scores.facts.items()):
        if score.gold:
            print(f"| {predicate} | {total[predicate]} | {score.recall:.2f} | "
                  f"{score.precision:.2f} | {passed[predicate]} |")
    listable = [probe for probe in failing if not probe["id"].startswith(UNREAD_BANKS)]
    for probe in listable[:args.failures]:
        found = sorted({(r["subject"], r["predicate"], r["object"]) for r in rows
                        if r.get("kind") == "fact" and r["doc"] == probe["id"]})
        print(f"\n{probe['id']}: {probe['text']}\n  wanted {probe['facts']}\n  found  {found}")


if __name__ == "__main__":
    main()
