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
    fact = Fact(subject, predicate, obj, evidence, role, status, from_, value)
    for other in doc.facts:
        if (other.predicate, other.subject, other.object, other.role, other.evidence.start) == (
            predicate, subject, obj, role, sentence.start
        ):
            return
    doc.facts.append(fact)
