"""All-or-nothing builds: a full disk, an exception or a SIGKILL leaves a complete build.

The previous build is from all the seeds, the new one from all but one file, so the two differ
in every output; after any failure the folder must hold exactly one of them, whole, and the
parent folder no staging leftovers (after the next build, for a process killed outright).
"""

from __future__ import annotations

import errno
import importlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg import outputs
from kg.build import OUTPUTS, build
from kg.errors import GraphError

ROOT = Path(__file__).resolve().parents[1]


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes; extraction cache entries by name only (pickles of sets may differ
    between processes; the outputs may not); the Oxigraph store as its quads (a database's own
    files differ between two builds of the same data)."""
    files = {path.relative_to(folder).as_posix():
             b"" if path.suffix == ".pickle" else path.read_bytes()
             for path in sorted(folder.rglob("*"))
             if path.is_file() and path.relative_to(folder).parts[0] != "store"}
    if (folder / "store").is_dir():
        import pyoxigraph

        store = pyoxigraph.Store.read_only(str(folder / "store"))
        files["store/"] = "\n".join(sorted(str(quad) for quad in store)).encode()
    return files


@pytest.fixture(scope="module")
def fewer_seeds(tmp_path_factory, seeds_dir) -> Path:
    folder = tmp_path_factory.mktemp("fewer")
    for path in sorted(seeds_dir.glob("*.txt"))[1:]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def builds(tmp_path_factory, seeds_dir, fewer_seeds) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The bytes of the previous build and of the one that a failure interrupts."""
    old = tmp_path_factory.mktemp("old") / "build"
    new = tmp_path_factory.mktemp("new") / "build"
    build([seeds_dir], old, validate=False)
    build([fewer_seeds], new, validate=False)
    return _snapshot(old), _snapshot(new)


@pytest.fixture
def previous(tmp_path, seeds_dir) -> Path:
    out = tmp_path / "build"
    build([seeds_dir], out, validate=False)
    return out


def _disk_full_at(call: int):
    calls = {"n": 0}
    real = outputs._write_bytes

    def write(path: Path, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == call:
            path.write_bytes(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, data)

    return write


@pytest.mark.parametrize("call", range(1, len(OUTPUTS) + 1))
def test_build_atomic_disk_full_at_each_file_keeps_the_previous_build(
        monkeypatch, previous, builds, fewer_seeds, call):
    monkeypatch.setattr(outputs, "_write_bytes", _disk_full_at(call))
    with pytest.raises(GraphError, match="No space left on device") as caught:
        build([fewer_seeds], previous, validate=False)
    assert "\n" not in str(caught.value)
    assert _snapshot(previous) == builds[0]
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


@pytest.mark.parametrize("step", ["_carry_over", "_fsync_dir", "_swap"])
def test_build_atomic_disk_full_while_swapping_keeps_the_previous_build(
        monkeypatch, previous, builds, fewer_seeds, step):
    (previous / "kg.gexf").write_text("an export the user made", encoding="utf-8")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(outputs, step, full)
    with pytest.raises(GraphError, match="No space left"):
        build([fewer_seeds], previous, validate=False)
    assert _snapshot(previous) == {**builds[0], "kg.gexf": b"an export the user made"}
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def test_build_atomic_exception_in_a_stage_keeps_the_previous_build(
        monkeypatch, previous, builds, fewer_seeds):
    renderer = importlib.import_module("kg.render")

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(renderer, "render_html", broken)
    with pytest.raises(RuntimeError):
        build([fewer_seeds], previous, validate=False)
    assert _snapshot(previous) == builds[0]
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def test_build_atomic_failed_validation_keeps_the_previous_build(
        monkeypatch, previous, builds, fewer_seeds):
    """Validation runs on a thread while the files are written: when it fails, what was
    written is thrown away."""
    validate = importlib.import_module("kg.rdf.validate")

    def failing(store: object, where: object) -> None:
        time.sleep(0.2)
        raise GraphError(where, "1 SHACL violation(s): id:x: rdfs:label: missing")

    monkeypatch.setattr(validate, "check_store", failing)
    with pytest.raises(GraphError, match="SHACL violation"):
        build([fewer_seeds], previous, validate=True)
    assert _snapshot(previous) == builds[0]
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def test_build_atomic_success_replaces_every_file_and_keeps_other_entries(
        previous, builds, fewer_seeds):
    (previous / "kg.gexf").write_text("an export the user made", encoding="utf-8")
    build([fewer_seeds], previous, validate=False)
    assert _snapshot(previous) == {**builds[1], "kg.gexf": b"an export the user made"}
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def test_build_atomic_out_through_a_symlink_replaces_the_folder_it_names(
        tmp_path, builds, fewer_seeds, previous):
    (tmp_path / "link").symlink_to(previous)
    build([fewer_seeds], tmp_path / "link", validate=False)
    assert (tmp_path / "link").is_symlink() and _snapshot(previous) == builds[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "link"]


_KILLER = textwrap.dedent("""
    import os, signal, sys
    from kg import outputs
    from kg.build import build

    point, count = sys.argv[3], int(sys.argv[4])
    calls = {}

    def killing(name):
        real = getattr(outputs, name)

        def wrapper(*args):
            calls[name] = calls.get(name, 0) + 1
            if name == point and calls[name] == count:
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args)
            if name == point and count == 0:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return wrapper

    for name in ("_write_bytes", "_exchange", "_swap"):
        setattr(outputs, name, killing(name))
    if point == "rename":
        outputs._exchange = lambda first, second: False
        real_rename = os.rename

        def rename(source, target):
            calls["rename"] = calls.get("rename", 0) + 1
            if calls["rename"] == count:
                os.kill(os.getpid(), signal.SIGKILL)
            real_rename(source, target)
        outputs.os.rename = rename
    build([sys.argv[1]], sys.argv[2], validate=False)
""")


@pytest.mark.parametrize(("point", "count"), [
    ("_write_bytes", 1), ("_write_bytes", 3), ("_write_bytes", 4),
    ("_exchange", 1), ("_exchange", 0), ("_swap", 0), ("rename", 2),
])
def test_build_atomic_sigkill_leaves_one_complete_build(
        previous, builds, fewer_seeds, point, count):
    process = subprocess.run([sys.executable, "-c", _KILLER, str(fewer_seeds), str(previous),
                              point, str(count)], capture_output=True, text=True, check=False,
                             cwd=ROOT)
    assert process.returncode == -signal.SIGKILL, process.stderr
    build_now = _snapshot(previous) if previous.exists() else None
    if point == "rename":
        assert build_now is None
    else:
        assert build_now in builds, sorted(build_now or {})
    build([fewer_seeds], previous, validate=False)
    assert _snapshot(previous) == builds[1]
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def _build_command(sources: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "build", str(sources), "--out", str(out), "--no-validate"]


@pytest.fixture(scope="module")
def build_seconds(tmp_path_factory, fewer_seeds) -> float:
    """How long a whole ``kg build`` process takes here, to kill one part of the way in."""
    out = tmp_path_factory.mktemp("timed") / "build"
    started = time.perf_counter()
    subprocess.run(_build_command(fewer_seeds, out), capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.5, 0.85, 0.95])
def test_build_atomic_real_build_killed_at_any_moment_leaves_one_complete_build(
        previous, builds, fewer_seeds, build_seconds, fraction):
    process = subprocess.Popen(_build_command(fewer_seeds, previous), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, cwd=ROOT)
    time.sleep(build_seconds * fraction)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _snapshot(previous) in builds
