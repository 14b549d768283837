"""Ingest (and optionally extraction) time on one file of 0.1, 1 and 10 MB, per shape.

Run: .venv/bin/python bench/ingest_scale.py [--sizes 0.1,1,10] [--extract]
Each shape is built by repeating the sample stories in seeds/ (or a hostile pattern) up to the
size, written to a temporary file and read with ``kg.ingest.read_document`` (decode, stories,
sentences). It prints seconds, seconds per MB and the per-MB cost relative to the smallest
size: a linear ingest keeps that ratio near 1.0 (issue 12 measured 175 s for 1 MB before).
``--extract`` also times extraction and resolution of the same document (kg's extractors),
on sizes up to 1 MB unless ``--extract-all``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ingest import read_document  # noqa: E402

MB = 1_000_000


def _seed_text() -> str:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    return "\n\n".join(path.read_text(encoding="utf-8") for path in paths)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "newsletter": lambda size: _repeat(_seed_text() + "\n\n", size),
    "one line": lambda size: _repeat(" ".join(_seed_text().split()) + " ", size),
    "Dr. repeated": lambda size: _repeat("Dr. ", size),
    "stops only": lambda size: _repeat(".!?…", size),
    "quotes+brackets": lambda size: _repeat("“(‘[Mr J. “Smith’s” (Ltd.) ‘e.g.’] ", size),
    "bullet list": lambda size: _repeat("- Item one, St. Mary’s. Dr. No.\n", size),
}


def _time(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="0.1,1,10", help="file sizes in MB, comma-separated")
    parser.add_argument("--extract", action="store_true", help="time extraction too")
    parser.add_argument("--extract-all", action="store_true", help="extract at every size")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="which shapes to time")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    if args.extract or args.extract_all:
        from kg.extract import Pipeline, extract
        from kg.resolve import resolve

        pipeline = Pipeline()
    header = f"{'shape':18} {'MB':>6} {'ingest s':>9} {'s/MB':>8} {'ratio':>6}"
    print(header + (f" {'extract s':>10} {'s/MB':>8} {'ratio':>6}" if args.extract else ""))
    with tempfile.TemporaryDirectory() as folder:
        for shape in args.shapes.split(","):
            first: dict[str, float] = {}
            for size in sizes:
                path = Path(folder) / "story.txt"
                path.write_text(SHAPES[shape](int(size * MB)), encoding="utf-8")
                started = time.perf_counter()
                document = read_document(path)
                seconds = time.perf_counter() - started
                per_mb = seconds / size
                first.setdefault("ingest", per_mb)
                row = (f"{shape:18} {size:6.1f} {seconds:9.3f} {per_mb:8.3f} "
                       f"{per_mb / first['ingest']:6.2f}")
                if args.extract_all or (args.extract and size <= 1):
                    seconds = _time(lambda d=document: resolve(extract([d], pipeline)))
                    per_mb = seconds / size
                    first.setdefault("extract", per_mb)
                    row += f" {seconds:10.3f} {per_mb:8.3f} {per_mb / first['extract']:6.2f}"
                print(row, flush=True)


if __name__ == "__main__":
    main()
