"""``kg build``'s on-disk store: written from the in-memory graph on a second thread, it holds
the same quads and the index, and leaves no scratch file behind."""

from __future__ import annotations

import pyoxigraph
import pytest

from kg.errors import GraphError
from kg.query.precompute import INDEX_GRAPH, add_index, has_index
from kg.query.store import StoreWriter, open_store, store_path


def test_store_writer_loads_the_graph_and_its_index(seed_build, tmp_path):
    memory = pyoxigraph.Store()
    memory.load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    before = set(memory)
    writer = StoreWriter(memory, tmp_path / "store")
    target = writer.wait()
    assert set(memory) == before  # the index went into a store of its own
    expected = pyoxigraph.Store()
    expected.extend(before)
    add_index(expected)
    written = open_store(target)
    assert set(written) == set(expected)
    assert has_index(written)
    assert not written.contains_named_graph(pyoxigraph.NamedNode(INDEX_GRAPH))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_a_build_store_is_not_taken_for_older_than_its_trig(seed_build):
    """The store finishes loading after kg.trig is written; it is stamped when it is put in
    place, so ``kg query`` opens it instead of parsing the TriG."""
    assert store_path(seed_build.out_dir) == seed_build.out_dir / "store"


def test_store_writer_fed_in_batches_gives_the_same_store(seed_build, tmp_path):
    memory = pyoxigraph.Store()
    memory.load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    lines = memory.dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines(keepends=True)
    writer = StoreWriter(None, tmp_path / "store")
    for start in range(0, len(lines), 1000):
        writer.add(b"".join(lines[start:start + 1000]))
    writer.add(b"".join(lines[:10]))  # a quad given twice is stored once
    writer.index(memory)
    target = writer.wait()
    expected = pyoxigraph.Store()
    expected.extend(memory)
    add_index(expected)
    assert set(open_store(target)) == set(expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_store_writer_abandoned_midway_leaves_nothing(seed_build, tmp_path):
    memory = pyoxigraph.Store()
    memory.load(path=str(seed_build.out_dir / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    writer = StoreWriter(None, tmp_path / "store")
    writer.add(memory.dump(format=pyoxigraph.RdfFormat.N_QUADS))
    writer.abandon()
    assert list(tmp_path.iterdir()) == []
    broken = StoreWriter(None, tmp_path / "store")
    broken.add(b"<urn:a> <urn:b> .\n")  # not N-Quads: the load fails, and wait says so
    broken.index(memory)
    with pytest.raises(GraphError, match="cannot write the store"):
        broken.wait()
    assert list(tmp_path.iterdir()) == []
