"""Extraction quality on the real development stories as other tools save them: straight or
curly quotes, "Mr." with a full stop, no-break spaces, Windows line ends, paragraphs on single
lines, hard-wrapped, or as Markdown with the bodies linked and the people in bold.

Run: .venv/bin/python bench/robustness.py [--corpus DIR] [--width 72]

Each layout is made in a temporary folder from the corpus (``../shared/corpus/real-news``,
read at run time and never copied into the project; its rules of use forbid that) and scored
as ``bench/quality.py --split dev`` scores it. A robust reader gives every row the figures of
the first one, since the words are the same.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEFAULT_CORPUS, summary_row  # noqa: E402

from kg.build import jsonl_lines  # noqa: E402
from kg.evaluate import GoldEntity, evaluate, held_out, read_gold  # noqa: E402


def _wrapped(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return "\n\n".join("\n".join(textwrap.wrap(block, width)) if len(block) > width
                           else block for block in text.split("\n\n"))
    return wrap


def _no_break_spaces(text: str) -> str:
    for word in ("Mr", "Mrs", "Ms", "Dr", "NHS", "Sir", "Dame"):
        text = text.replace(f"{word} ", f"{word}\u00a0")
    return text


def _marked_up(text: str, names: list[tuple[str, str]]) -> str:
    """Each body's first mention as a Markdown link and each person's in bold, as a web
    clipper saves a page (names from the gold, longest first, never one inside another)."""
    chosen: list[tuple[int, int, str]] = []
    for category, name in sorted(names, key=lambda item: -len(item[1])):
        start = text.find(name)
        if start < 0 or category not in {"Organisation", "Person"} or any(
                start < end and other < start + len(name) for other, end, _ in chosen):
            continue
        chosen.append((start, start + len(name), category))
    for start, end, category in sorted(chosen, reverse=True):
        name = text[start:end]
        marked = f"[{name}](https://example.org/a_b)" if category == "Organisation" \
            else f"**{name}**"
        text = text[:start] + marked + text[end:]
    return text


def _straight_quotes(text: str) -> str:
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def _curly_quotes(text: str) -> str:
    text = re.sub(r"(?<=\w)'", "’", text)
    text = re.sub(r"'(?=\w)", "‘", text)
    text = re.sub(r'"(?=\w)', "“", text)
    return text.replace('"', "”")


def _dotted_titles(text: str) -> str:
    for word in ("Mr", "Mrs", "Ms", "Dr", "Prof"):
        text = text.replace(f"{word} ", f"{word}. ")
    return text


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as published": lambda text: text,
    "straight quotes and apostrophes": _straight_quotes,
    "curly quotes and apostrophes": _curly_quotes,
    "titles with full stops (Mr. Dr.)": _dotted_titles,
    "no-break spaces after titles and 'NHS'": _no_break_spaces,
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "paragraphs on single lines": lambda text: text.replace("\n\n", "\n"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--width", type=int, default=72, help="column to hard-wrap at")
    args = parser.parse_args()
    layouts = dict(LAYOUTS)
    layouts[f"hard-wrapped at {args.width} columns"] = _wrapped(args.width)

    gold = read_gold([args.corpus / "gold.jsonl"])
    development, _ = held_out(sorted({row.doc for row in gold}))
    print("| layout | gold facts | P | R | fact F1 | strict F1 | entity F1 | Publication F1 "
          "| lowest recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    names: dict[str, list[tuple[str, str]]] = {}
    for row in gold:
        if isinstance(row, GoldEntity):
            names.setdefault(row.doc, []).append((row.category, row.label))
    layouts["Markdown links and bold (.md)"] = lambda text: text  # marked up per story below
    for name, layout in layouts.items():
        markdown = name.startswith("Markdown")
        with tempfile.TemporaryDirectory() as folder:
            files = []
            for doc in development:
                source = (args.corpus / "stories" / f"{doc}.txt").read_text(encoding="utf-8")
                target = Path(folder) / f"{doc}.{'md' if markdown else 'txt'}"
                text = _marked_up(source, names.get(doc, [])) if markdown else layout(source)
                target.write_bytes(text.encode("utf-8"))
                files.append(target)
            predicted = [json.loads(line) for line in jsonl_lines(files)]
        print(summary_row(name, evaluate(gold, predicted, development)))


if __name__ == "__main__":
    main()
