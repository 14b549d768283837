"""Time whole `kg build` runs on generated corpora: seconds, peak memory, per-stage times.

Run: .venv/bin/python bench/build_scale.py [--sizes 1000,10000] [--no-validate] [--repeat R]
     [--jobs N]   (default --jobs 2: extraction in two processes, as on the 2-core target)

For each size, bench/gen_corpus.py writes that many stories (seed 0) into a temporary folder
and `kg build --timings` runs on it as its own process, R times; the figures are medians. It
prints wall and CPU seconds, peak resident memory of the build process (from wait4's rusage),
stories per second, CPU milliseconds per story and each stage's wall seconds (``store`` is the
wait for the on-disk store, which loads on a second thread from ``index`` on), and the peak PSS
of the process tree (the build and its extraction workers, shared pages counted once); the
ratio is the
CPU cost per story relative to the first size (flat cost: near 1.0). CPU time is compared, not
wall time, because a shared machine stretches wall time unevenly. Targets (issue 12): 10,000
stories in under 60 s with validation on 2 cores, peak memory under 2 GB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from gen_corpus import generate  # noqa: E402


def _tree(pid: int) -> list[int]:
    """A process and its descendants (Linux /proc)."""
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as stream:
                for child in stream.read().split():
                    found += _tree(int(child))
    except OSError:
        pass
    return found


def _pss(pid: int) -> float:
    """MB of memory the process tree holds, shared pages divided among their sharers (PSS):
    the extraction workers are forked from the build, and their RSS would count the pages
    they share with it again."""
    total = 0
    for member in _tree(pid):
        try:
            with open(f"/proc/{member}/smaps_rollup") as stream:
                total += next((int(line.split()[1]) for line in stream
                               if line.startswith("Pss:")), 0)
        except OSError:
            pass
    return total / 1024


def _run(command: list[str]) -> tuple[float, float, str, float, float]:
    """Wall seconds, peak RSS in MB (of the largest process: the build or one it waited for),
    stdout, CPU seconds (user + system, its children's included) and the peak PSS in MB of
    the whole process tree (sampled every 0.2 s; 0 where /proc has no smaps_rollup)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], _pss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    errors: list[bytes] = []
    stderr = process.stderr
    reader = threading.Thread(target=lambda: errors.append(stderr.read()), daemon=True)
    reader.start()
    stdout = process.stdout.read()
    reader.join()
    done.set()
    _, status, usage = os.wait4(process.pid, 0)
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 3):
        sys.exit(f"build failed ({process.returncode}): {errors[0].decode()[-2000:]}")
    return (seconds, usage.ru_maxrss / 1024, stdout.decode(), usage.ru_utime + usage.ru_stime,
            peak[0])


def _stages(stdout: str) -> dict[str, float]:
    line = next((line for line in stdout.splitlines() if "timings:" in line), "")
    stages = {}
    for part in line.split("timings:", 1)[-1].split(","):
        words = part.split()
        if len(words) == 3:
            stages[words[0]] = float(words[1])
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="stories per corpus")
    parser.add_argument("--repeat", type=int, default=1, help="builds per size (median)")
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    parser.add_argument("--jobs", type=int, default=2, help="kg build --jobs N")
    args = parser.parse_args()
    first_ms: float | None = None
    print(f"{'stories':>8} {'files':>6} {'wall s':>8} {'cpu s':>7} {'peak MB':>8} {'pss MB':>7} "
          f"{'stories/s':>10} {'cpu ms/story':>13} {'ratio':>6}  stages (wall s)")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            corpus = Path(folder) / f"corpus-{size}"
            files = generate(size, corpus, seed=0)
            command = [sys.executable, "-m", "kg", "build", str(corpus), "--out",
                       str(Path(folder) / f"build-{size}"), "--timings", "--fresh"]
            command += ["--no-validate"] if args.no_validate else []
            command += ["--jobs", str(args.jobs)]
            runs = [_run(command) for _ in range(args.repeat)]
            wall = statistics.median(r[0] for r in runs)
            peak = statistics.median(r[1] for r in runs)
            stages = {name: statistics.median(_stages(r[2]).get(name, 0.0) for r in runs)
                      for name in _stages(runs[0][2])}
            cpu = statistics.median(r[3] for r in runs)
            pss = statistics.median(r[4] for r in runs)
            ms = cpu / size * 1000
            first_ms = first_ms or ms
            shown = ", ".join(f"{name} {value:.1f}" for name, value in stages.items())
            print(f"{size:8d} {len(files):6d} {wall:8.1f} {cpu:7.1f} {peak:8.0f} {pss:7.0f} "
                  f"{size / wall:10.1f} {ms:13.2f} {ms / first_ms:6.2f}  {shown}", flush=True)


if __name__ == "__main__":
    main()
