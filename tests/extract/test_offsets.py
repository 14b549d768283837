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
