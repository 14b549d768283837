"""Building facts with their evidence, the same way for every extractor."""

from __future__ import annotations

from kg.extract.doc import StoryDoc
from kg.model import Evidence, Fact, Mention, Sentence

__all__ = ["add_fact"]


def add_fact(
    doc: StoryDoc,
    sentence: Sentence,
    subject: Mention,
    predicate: str,
    obj: Mention | str,
    *,
    extractor: str,
    confidence: float,
    role: str | None = None,
    status: str | None = None,
    from_: str | None = None,
    value: str | None = None,
) -> None:
    """Add a fact unless the same statement is already there from this sentence."""
    if isinstance(obj, Mention) and obj.start == subject.start and obj.end == subject.end:
        return
    evidence = Evidence(doc.story.id, sentence.text, sentence.start, sentence.end, extractor,
                        round(confidence, 2))
    key = (predicate, subject, obj, role, sentence.start)
    if key in doc.fact_keys:
        return
    doc.fact_keys.add(key)
    doc.facts.append(Fact(subject, predicate, obj, evidence, role, status, from_, value))
