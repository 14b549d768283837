"""Write N generated news stories for scale tests: realistic in shape, invented in content.

Run: .venv/bin/python bench/gen_corpus.py N --out DIR [--seed S] [--per-file K]

Stories are grouped K to a newsletter file (default 5), as a daily briefing is: a strap line,
then a short heading per story. Organisations are real names from kg/data/organisations.jsonl
(trusts, ICBs, national bodies, companies); people are invented from common given names and
surnames (no real person's facts); sentences use the constructions news uses for posts,
oversight segments, contracts, advisers, mergers, ratings and reports, between distractor
sentences with quotes, money, dates and abbreviations. The same N and seed give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STRAP = "The must-read stories and debate in health policy and leadership."

GIVEN = """Amara Tom Priya Daniel Sarah James Helen Mohammed Claire Oliver Fatima Rachel David
Aisha Peter Grace Samuel Laura Imran Joanna Michael Chloe Rajesh Emma Patrick Nadia Simon Ruth
Kwame Hannah Andrew Leila Gareth Sophie Tariq Megan Richard Zainab Owen Harriet Neil Yasmin
Stuart Bethan Colin Anjali Martin Eleanor""".split()
FAMILY = """Okoye Reyes Sandhu Hartley Brennan Walsh Achebe Moreland Fairbairn Quigley Osei
Lindqvist Pemberton Rahman Castellano Ashworth Delaney Nwosu Trevelyan Kaur Whitcombe Mensah
Rowntree Iqbal Farrow Kowalski Thackeray Adeyemi Pryce Chaudhry Haldane Okafor Winslow
Bhattacharya Gilchrist Morrow Sato Penhaligon Abernethy Mbeki Lockwood Varga Ellery Duarte
Hollins Szabo Carrow Nyambura Kettering""".split()
HONORIFICS = ["", "", "", "", "Dr ", "Professor ", "Dame ", "Sir "]
ROLES = ["chief executive", "chair", "medical director", "chief nurse", "finance director",
         "chief operating officer", "director of strategy", "deputy chief executive"]
COMPANIES = ["Deloitte", "KPMG", "PwC", "EY", "McKinsey", "Capita", "Serco", "Palantir",
             "Oracle Health", "Accenture", "Newton Europe", "Carnall Farrar"]
RATINGS = ["outstanding", "good", "requires improvement", "inadequate"]
NUMBERS = ["one", "two", "three", "four", "1", "2", "3", "4"]
REPORT_WORDS = ["Better Boards", "Fit for the Future", "Leading Together", "Safer Wards",
                "Open Doors", "Clear Lines", "Stronger Systems", "Closer to Home"]
TOPICS = ["elective recovery", "urgent care", "mental health beds", "community services",
          "the waiting list", "corridor care", "diagnostics", "maternity safety"]
DISTRACTORS = [
    "The {org} board will discuss the plans at its meeting on {day} {month}.",
    "Waiting times for {topic} rose by {pct} per cent in the year to {month}, figures show.",
    "“We are clear that {topic} must improve,” a spokesperson said. “Staff have worked hard.”",
    "The deficit is forecast to reach £{money}m by March, according to board papers.",
    "Dr. {family}’s team at St. {saint}’s Hospital has treated {count} patients since Jan. 2025.",
    "Local MPs (including those on the health committee) have asked for an update on {topic}.",
    "It is not yet clear whether the changes will affect {topic}; the consultation closes soon.",
    "Some {count} staff, i.e. about {pct} per cent of the workforce, responded to the survey.",
    "Unions said the proposals were “unworkable” and called for talks with managers.",
    "The trust said it had made “significant progress” but accepted there was more to do.",
]
FACTS = [
    "{person}, {role} of {trust}, said the plan was {adjective}.",
    "{trust} {role} {person} said the changes would take time.",
    "{trust} has appointed {person} as its next {role}.",
    "{person} has stepped down as {role} of {trust} after {count} years.",
    "{trust} is under pressure. Its interim {role} {person} is due to leave in June.",
    "{person}, the former {role} of {trust}, is to join {national}.",
    "{trust} has dropped from segment {n1} to segment {n2} of the oversight framework.",
    "{trust} remains in segment {n1}.",
    "{company} has won a £{money}m contract from {icb} to support {topic}.",
    "{company} has been brought in to advise {trust}.",
    "{trust} has been rated {rating} by the Care Quality Commission.",
    "{trust} will merge with {trust2} next year.",
    "The {report} report, which {national} commissioned, was published on {day} {month}.",
]
HEADINGS = ["Board changes", "Churn of events", "Oversight moves", "Deals and advisers",
            "Ratings round-up", "Merger talks", "Review published", "Leadership news",
            "Money matters", "System pressures", "Winter plans", "Regional roundup"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November"]
SAINTS = ["Mary", "Thomas", "George", "Helier", "Richard", "Peter"]
ADJECTIVES = ["sound", "ambitious", "overdue", "realistic", "challenging"]


def _organisations() -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {"trust": [], "icb": [], "national": []}
    with open(ROOT / "kg" / "data" / "organisations.jsonl", encoding="utf-8") as stream:
        for line in stream:
            row = json.loads(line)
            if row.get("closed"):
                continue
            kind = {"NHSFoundationTrust": "trust", "NHSTrust": "trust",
                    "IntegratedCareBoard": "icb", "NationalBody": "national",
                    "Regulator": "national"}.get(row["class"])
            if kind:
                by_kind[kind].append(row["label"])
    return {kind: sorted(names) for kind, names in by_kind.items()}


def _person(rng: random.Random) -> str:
    return f"{rng.choice(HONORIFICS)}{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _fill(template: str, rng: random.Random, orgs: dict[str, list[str]]) -> str:
    trust, trust2 = rng.sample(orgs["trust"], 2)
    n1, n2 = rng.sample(NUMBERS[:4], 2) if rng.random() < 0.5 else rng.sample(NUMBERS[4:], 2)
    values = {
        "person": _person(rng), "role": rng.choice(ROLES), "trust": trust, "trust2": trust2,
        "icb": rng.choice(orgs["icb"]), "national": rng.choice(orgs["national"]),
        "company": rng.choice(COMPANIES), "rating": rng.choice(RATINGS), "n1": n1, "n2": n2,
        "report": rng.choice(REPORT_WORDS), "topic": rng.choice(TOPICS),
        "money": f"{rng.randint(1, 90)}.{rng.randint(0, 9)}", "pct": str(rng.randint(2, 40)),
        "count": str(rng.randint(2, 900)), "day": str(rng.randint(1, 28)),
        "month": rng.choice(MONTHS), "org": rng.choice(orgs["trust"] + orgs["icb"]),
        "family": rng.choice(FAMILY), "saint": rng.choice(SAINTS),
        "adjective": rng.choice(ADJECTIVES),
    }
    return template.format(**values)


def story(rng: random.Random, orgs: dict[str, list[str]]) -> str:
    """One story: a heading, then two to four paragraphs mixing facts and distractors."""
    paragraphs = []
    for _ in range(rng.randint(2, 4)):
        sentences = [_fill(rng.choice(FACTS), rng, orgs) for _ in range(rng.randint(1, 2))]
        sentences += [_fill(rng.choice(DISTRACTORS), rng, orgs) for _ in range(rng.randint(1, 3))]
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    return rng.choice(HEADINGS) + "\n" + "\n".join(paragraphs) + "\n"


def generate(count: int, out: Path, seed: int = 0, per_file: int = 5) -> list[Path]:
    """Write ``count`` stories into ``out`` (created), ``per_file`` to a file; return the files."""
    rng = random.Random(seed)
    orgs = _organisations()
    out.mkdir(parents=True, exist_ok=True)
    files = []
    width = len(str(max(count // per_file, 1)))
    for index, first in enumerate(range(0, count, per_file)):
        stories = [story(rng, orgs) for _ in range(min(per_file, count - first))]
        path = out / f"issue_{index:0{width}d}.txt"
        path.write_text(STRAP + "\n" + "\n".join(stories), encoding="utf-8")
        files.append(path)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, help="how many stories")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-file", type=int, default=5, help="stories per newsletter file")
    args = parser.parse_args()
    if args.count < 1 or args.per_file < 1:
        parser.error("N and --per-file must be at least 1")
    if args.out.exists() and any(args.out.iterdir()):
        print(f"gen_corpus: {args.out} is not empty; choose a new folder", file=sys.stderr)
        sys.exit(1)
    files = generate(args.count, args.out, args.seed, args.per_file)
    print(f"wrote {args.count} stories in {len(files)} files to {args.out}")


if __name__ == "__main__":
    main()
