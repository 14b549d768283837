"""Building facts with their evidence, the same way for every extractor."""

from __future__ import annotations

import re

from kg.extract.doc import StoryDoc
from kg.model import Evidence, Fact, Mention, Sentence

__all__ = ["add_fact"]

_SHADOW_BEFORE = re.compile(r"\bshadow\s+(?:[\w-]+,?\s+){0,3}$", re.IGNORECASE)
_SHADOW_AFTER = re.compile(r"\s*,\s*(?:the\s+|[A-Z]\w+[’']s\s+)?shadow\b", re.IGNORECASE)


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
    """Add a fact unless the same statement is already there from this sentence. An
    opposition "shadow" secretary or minister leads no department."""
    if isinstance(obj, Mention) and obj.start == subject.start and obj.end == subject.end:
        return
    if role and re.search(r"secretary|minister", role) and (
            _SHADOW_BEFORE.search(doc.text, max(sentence.start, subject.start - 60), subject.start)
            or _SHADOW_AFTER.match(doc.text, subject.end, sentence.end)):
        return
    evidence = Evidence(doc.story.id, sentence.text, sentence.start, sentence.end, extractor,
                        round(confidence, 2))
    key = (predicate, subject, obj, role, sentence.start)
    if key in doc.fact_keys:
        return
    doc.fact_keys.add(key)
    doc.facts.append(Fact(subject, predicate, obj, evidence, role, status, from_, value))
