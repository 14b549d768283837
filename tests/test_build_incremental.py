"""Incremental builds: unchanged files are not extracted again, and the outputs do not care."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.build import OUTPUTS, build
from kg.cache import CACHE, MANIFEST


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture
def corpus(tmp_path, seeds_dir) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(seeds_dir, folder)
    return folder


def _fresh(corpus: Path, tmp_path: Path, **options: object) -> dict[str, bytes]:
    out = tmp_path / "fresh"
    shutil.rmtree(out, ignore_errors=True)
    build([corpus], out, validate=False, incremental=False, **options)  # type: ignore[arg-type]
    return _outputs(out)


def test_incremental_rebuild_extracts_nothing_and_gives_the_same_bytes(corpus, tmp_path):
    out = tmp_path / "build"
    assert build([corpus], out, validate=False).extracted == 5
    first = _outputs(out)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(p.name for p in corpus.iterdir())
    again = build([corpus], out, validate=False)
    assert again.extracted == 0 and _outputs(out) == first
    assert len(list((out / CACHE).glob("*.pickle"))) == 5


def test_incremental_changed_added_and_removed_files(corpus, tmp_path):
    out = tmp_path / "build"
    build([corpus], out, validate=False)
    changed = sorted(corpus.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNew item\nAmara Okoye, chief "
                       "executive of Leeds Teaching Hospitals NHS Trust, said so.\n",
                       encoding="utf-8")
    assert build([corpus], out, validate=False).extracted == 1
    assert _outputs(out) == _fresh(corpus, tmp_path)
    assert b"Amara Okoye" in (out / "kg.jsonl").read_bytes()

    (corpus / "zz_added.txt").write_text("Extra\n\nDr Tom Reyes, chair of NHS England, quit.\n",
                                         encoding="utf-8")
    assert build([corpus], out, validate=False).extracted == 1

    removed = sorted(corpus.iterdir())[1]
    removed.unlink()
    assert build([corpus], out, validate=False).extracted == 0
    assert _outputs(out) == _fresh(corpus, tmp_path)
    assert f"/story/{removed.stem}/".encode() not in (out / "kg.trig").read_bytes()
    assert len(list((out / CACHE).glob("*.pickle"))) == 5


def test_incremental_broken_entries_and_other_pipelines_are_extracted_again(corpus, tmp_path):
    out = tmp_path / "build"
    build([corpus], out, validate=False)
    for entry in sorted((out / CACHE).glob("*.pickle"))[:2]:
        entry.write_bytes(b"not a pickle")
    assert build([corpus], out, validate=False).extracted == 2
    names = ["organisations", "people", "leadership"]
    assert build([corpus], out, validate=False, pipeline=names).extracted == 5
    assert _outputs(out) == _fresh(corpus, tmp_path, pipeline=names)


def test_incremental_jobs_extract_in_processes_with_the_same_bytes(corpus, tmp_path):
    out = tmp_path / "parallel"
    result = build([corpus], out, validate=False, jobs=2, incremental=False)
    assert result.extracted == 5
    assert _outputs(out) == _fresh(corpus, tmp_path)
    assert build([corpus], out, validate=False, jobs=2).extracted == 0
