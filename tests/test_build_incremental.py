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


def test_parallel_jobs_with_some_files_cached_give_the_same_bytes(corpus, tmp_path):
    """The build hands the workers each file as it is read, cached ones left out: a mix of
    cached and changed files comes back in the corpus's order."""
    out = tmp_path / "mixed"
    build([corpus], out, validate=False, jobs=2)
    changed = sorted(corpus.iterdir())[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = build([corpus], out, validate=False, jobs=2)
    assert result.extracted == 1
    assert list(result.timings)[:2] == ["read", "extract"]
    assert _outputs(out) == _fresh(corpus, tmp_path)


def test_extract_takes_the_files_as_they_are_read(seeds_dir):
    """A lazy corpus (in workers once ``PARALLEL_FROM`` files have come, each batch handed
    over as it is read) gives the StoryDocs of a list of the same files, in order."""
    from kg.build import read_documents
    from kg.extract import PARALLEL_FROM, extract

    documents = read_documents([seeds_dir])
    expected = extract(documents, jobs=1)
    taken: list[str] = []

    def lazy():
        for document in documents * (PARALLEL_FROM // len(documents) + 1):
            taken.append(document.doc)
            yield document

    got = extract(lazy(), jobs=2)
    assert len(taken) > PARALLEL_FROM
    assert got == expected * (len(taken) // len(documents))
    assert extract(iter(documents), jobs=None) == expected  # few files: in this process
