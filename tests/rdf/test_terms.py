"""The converter's sink: quads given as N-Triples text, parsed into the store in batches on a
second thread, and given back as written (``Sink.lines``, ``Sink.quads``) where the store
retypes an integer literal."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.rdf.terms import KG, XSD, Sink, literal

_S = "<https://example.org/s>"
_G = "<https://example.org/g>"


@pytest.mark.parametrize("text", ['say "no"', "back\\slash", "two\nlines", "tab\there",
                                  "cr\rhere", "nul\x00 and \x7f", "caf\u00e9 \u2028 \U0001f600",
                                  ""])
def test_terms_literal_text_reads_back_as_the_same_value(text):
    sink = Sink()
    sink.add(_S, KG.sourceFile, sink.literal(text), _G)
    sink.add(_S, KG.lookupName, literal(text, language="en"))
    sink.finish()
    values = {(quad.predicate.value, quad.object.value, quad.object.language)
              for quad in sink.store}
    assert values == {(KG.sourceFile[1:-1], text, None), (KG.lookupName[1:-1], text, "en")}
    assert sink.literal(text) == str(ox.Literal(text))


def test_terms_batches_load_on_a_thread_and_all_arrive(monkeypatch):
    monkeypatch.setattr(Sink, "_BATCH", 7)
    sink = Sink()
    for number in range(100):
        sink.add(sink.iri(f"https://example.org/s{number}"), KG.lookupName,
                 sink.literal(f"label {number}"), _G if number % 2 else "")
    sink.add(_S, KG.lookupName, sink.literal("again"))
    sink.add(_S, KG.lookupName, sink.literal("again"))
    sink.finish()
    assert len(sink.store) == 101
    assert sink._loader is None


def test_terms_retyped_integers_are_given_back_as_written():
    sink = Sink()
    sink.add_integer(_S, KG.startOffset, 5, XSD.nonNegativeInteger, _G)
    sink.add_integer(_S, KG.startOffset, 5, g=_G)
    sink.add_integer(_S, KG.endOffset, 7, XSD.nonNegativeInteger, _G)
    sink.finish()
    stored = {str(quad.object) for quad in sink.store}
    integer = XSD.integer
    assert stored == {f'"5"^^{integer}', f'"7"^^{integer}'}
    graph = ox.NamedNode(_G[1:-1])
    assert sink.lines(graph) == sorted([
        f'{_S} {KG.endOffset} "7"^^{XSD.nonNegativeInteger} .\n'.encode(),
        f'{_S} {KG.startOffset} "5"^^{XSD.nonNegativeInteger} .\n'.encode(),
        f'{_S} {KG.startOffset} "5"^^{integer} .\n'.encode()])
    assert {str(quad.object.datatype) for quad in sink.quads()} == {
        XSD.nonNegativeInteger, integer}
    assert all(quad.graph_name == graph for quad in sink.quads())


def test_terms_lines_sort_as_the_terms_text():
    """Sorting N-Triples lines gives the order of the terms' text, even where one literal is
    the start of another or carries a datatype or a language."""
    sink = Sink()
    for text in ("a", "a b", "ab", "a\"", ""):
        sink.add(_S, KG.lookupName, sink.literal(text))
        sink.add(_S, KG.lookupName, literal(text, language="en"))
        sink.add(_S, KG.lookupName, literal(text, XSD.token))
    sink.add(_S, KG.lookupName, "<https://example.org/o>")
    sink.finish()
    lines = sink.lines(ox.DefaultGraph())
    quads = list(ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES))
    assert [str(quad.object) for quad in quads] == sorted(str(quad.object) for quad in quads)
    assert len(quads) == 16


@pytest.mark.parametrize("value", ["https://example.org/a> <https://example.org/b",
                                   "https://example.org/a b", "https://example.org/\n",
                                   "not an iri"])
def test_terms_an_iri_is_checked_before_it_becomes_text(value):
    sink = Sink()
    with pytest.raises(ValueError):
        sink.iri(value)
    with pytest.raises(ValueError):
        sink.named(lambda text: text, value)
