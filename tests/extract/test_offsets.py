"""Invariant over every registered extractor: evidence and mentions slice the source exactly."""

from __future__ import annotations

from kg.extract import extract
from kg.ingest import read_corpus
from kg.model import Mention


def test_offsets_every_fact_and_mention_on_the_seeds(seeds_dir):
    documents = {d.doc: d for d in read_corpus([seeds_dir])}
    docs = extract(documents.values())
    assert sum(len(doc.facts) for doc in docs) > 10
    for doc in docs:
        text = documents[doc.story.doc].text
        for mention in doc.mentions:
            assert text[mention.start:mention.end] == mention.text
        for fact in doc.facts:
            evidence = fact.evidence
            assert text[evidence.start:evidence.end] == evidence.text
            assert evidence.story_id == doc.story.id and evidence.extractor
            for part in (fact.subject, fact.object):
                if isinstance(part, Mention):
                    assert text[part.start:part.end] == part.text


WRAPPED = ("Board news\n\nAfter a long search, Leeds Teaching Hospitals NHS Trust has appointed "
           "Dr Amara\nOkoye as its chief executive. Last year York and Scarborough Teaching\n"
           "Hospitals NHS Foundation Trust was rated requires improvement, and the\nCare"
           "\u00a0Quality Commission rated Airedale NHS Foundation Trust requires\n"
           "improvement too.\n")


def _read(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    documents = list(read_corpus([tmp_path]))
    return documents[0], extract(documents)


def test_names_and_words_broken_across_lines_or_by_odd_spaces_are_read_as_written(tmp_path):
    _, docs = _read(tmp_path, WRAPPED)
    unwrapped = {(str(f.subject.text).split()[-1], f.predicate, f.object
                  if isinstance(f.object, str) else f.object.text.split()[0])
                 for doc in docs for f in doc.facts}
    assert ("Okoye", "leads", "Leeds") in unwrapped
    assert ("Trust", "rated", "requires improvement") in unwrapped
    assert len([f for doc in docs for f in doc.facts if f.predicate == "rated"]) == 2


def test_evidence_still_slices_the_source_where_breaks_and_odd_spaces_were_read_as_spaces(
        tmp_path):
    document, docs = _read(tmp_path, WRAPPED)
    text = document.text
    assert "\n" in text and "\u00a0" in text
    assert sum(len(doc.facts) for doc in docs) >= 2
    for doc in docs:
        assert doc.document is document
        for mention in doc.mentions:
            assert text[mention.start:mention.end].split() == mention.text.split()
        for fact in doc.facts:
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


def test_markdown_links_and_emphasis_read_as_the_names_they_mark(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Board news\n\n[Leeds Teaching Hospitals NHS Trust](https://example.org/"
                    "leeds_trust) has been rated *requires improvement*.\n\nThe trust appointed "
                    "**Kim Lowe** as *chief executive* in May.\n", encoding="utf-8")
    documents = list(read_corpus([tmp_path]))
    docs = extract(documents)
    text = documents[0].text
    facts = {(f.subject.text.strip(), f.predicate, f.object if isinstance(f.object, str)
              else f.object.text.strip()) for doc in docs for f in doc.facts}
    assert facts == {("Kim Lowe", "leads", "Leeds Teaching Hospitals NHS Trust"),
                     ("Leeds Teaching Hospitals NHS Trust", "rated", "requires improvement")}
    for fact in (f for doc in docs for f in doc.facts):
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
