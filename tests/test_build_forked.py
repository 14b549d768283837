"""Large builds write TriG, Turtle and the HTML page in a forked process (``kg.build._Files``):
the same bytes as in one process, and any failure there fails the build, leaving the previous
one whole. ``FORK_FROM`` is lowered to 0 so that the seeds take that path."""

from __future__ import annotations

import errno
import importlib
import os
import signal
from pathlib import Path

import pytest

from kg import outputs
from kg.build import OUTPUTS, build
from kg.errors import GraphError

build_module = importlib.import_module("kg.build")
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "FORK_FROM", 0)


@pytest.fixture
def previous(tmp_path: Path, seeds_dir: Path) -> Path:
    out = tmp_path / "build"
    build([sorted(seeds_dir.glob("*.txt"))[0]], out, validate=False)
    return out


def test_build_forked_writes_the_same_bytes(forked, tmp_path, seeds_dir, seed_build):
    result = build([seeds_dir], tmp_path / "forked")
    assert _files(tmp_path / "forked") == _files(seed_build.out_dir)
    assert {"trig", "ttl", "html", "files"} <= set(result.timings)
    assert [p.name for p in tmp_path.iterdir()] == ["forked"]


def test_build_forked_error_in_the_child_fails_the_build(forked, monkeypatch, previous,
                                                         seeds_dir):
    before = _files(previous)
    renderer = importlib.import_module("kg.render")

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(renderer, "render_html", broken)
    with pytest.raises(RuntimeError, match="renderer bug"):
        build([seeds_dir], previous, validate=False)
    assert _files(previous) == before
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def test_build_forked_full_disk_in_the_child_is_one_line(forked, monkeypatch, previous,
                                                         seeds_dir):
    before = _files(previous)
    real = outputs._write_bytes

    def write(path: Path, data: bytes) -> None:
        if path.name == "graph.html":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, data)

    monkeypatch.setattr(outputs, "_write_bytes", write)
    with pytest.raises(GraphError, match="No space left on device") as caught:
        build([seeds_dir], previous, validate=False)
    assert "\n" not in str(caught.value)
    assert _files(previous) == before
    assert [p.name for p in previous.parent.iterdir()] == ["build"]


def test_build_forked_child_killed_fails_the_build(forked, monkeypatch, previous, seeds_dir):
    before = _files(previous)
    renderer = importlib.import_module("kg.render")

    def killed(*args: object, **kwargs: object) -> str:
        os.kill(os.getpid(), signal.SIGKILL)
        return ""

    monkeypatch.setattr(renderer, "render_html", killed)
    with pytest.raises(GraphError, match="died"):
        build([seeds_dir], previous, validate=False)
    assert _files(previous) == before
    assert [p.name for p in previous.parent.iterdir()] == ["build"]
