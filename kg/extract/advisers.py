"""person or firm –advises→ organisation ("adviser to Y", "a Y health adviser", "hired to
advise Y", "X, which advised Y")."""

from __future__ import annotations

import re

from kg.extract.context import mention_at
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.model import Mention, Sentence

__all__ = ["make_advisers"]

NAME = "advisers"
_FLAGS = re.IGNORECASE
_ADVISER = (r"(?:senior\s+|special\s+|chief\s+|health\s+|policy\s+|political\s+|clinical\s+"
            r"|independent\s+)*advis[eo]r")
_ADVISER_TO = re.compile(rf"{_ADVISER}\s+(?:to|for|at)\s+(?:the\s+)?$", _FLAGS)
_ORG_ADVISER = re.compile(rf"(?:[’']s?)?\s+{_ADVISER}\b", _FLAGS)
_ADVISE_VERB = re.compile(
    r"\b(?:advis(?:e|es|ed|ing)|counsel(?:s|led|ling)?)\s+(?:the\s+)?$", _FLAGS
)
_FORMER = re.compile(r"\b(?:had been|former|formerly|previously|ex-|once|was a|was an|used to)\b",
                     _FLAGS)
_HYPOTHETICAL = re.compile(r"\b(?:could|might|would|may|will be asked|if)\b", _FLAGS)


def _status(context: str) -> str:
    return "former" if _FORMER.search(context) else "current"


def _subject_before(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
    candidates = [m for m in doc.mentions_in(sentence) if m.end <= offset
                  and m.category in {"Person", "Organisation"}]
    return candidates[-1] if candidates else None


@extractor("advisers", requires=("mentions.person", "mentions.organisation"),
           assigns=("facts.advises",))
def make_advisers() -> object:
    def advisers(doc: StoryDoc) -> StoryDoc:
        text = doc.text
        for sentence in doc.sentences:
            if not re.search(r"advis|counsel", sentence.text, _FLAGS):
                continue
            for org in doc.mentions_in(sentence, "Organisation"):
                head = text[sentence.start:org.start]
                if _ADVISER_TO.search(head) or _ADVISE_VERB.search(head):
                    cue = _ADVISER_TO.search(head) or _ADVISE_VERB.search(head)
                    assert cue is not None
                    subject = _subject_before(doc, sentence, sentence.start + cue.start())
                    if subject is not None and subject is not org and not _HYPOTHETICAL.search(
                            text[subject.end:org.start]):
                        add_fact(doc, sentence, subject, "advises", org, extractor=NAME,
                                 confidence=0.75,
                                 status=_status(text[subject.end:org.start]))
                elif _ORG_ADVISER.match(text, org.end, sentence.end):
                    person = _person_for_modifier(doc, sentence, org)
                    if person is not None:
                        add_fact(doc, sentence, person, "advises", org, extractor=NAME,
                                 confidence=0.7, status=_status(text[person.end:org.start]))
        return doc
    return advisers


def _person_for_modifier(doc: StoryDoc, sentence: Sentence, org: Mention) -> Mention | None:
    """"X – who had been a Number 10 health adviser –": the person before, or after "adviser"."""
    before = [m for m in doc.mentions_in(sentence, "Person") if m.end <= org.start]
    if before:
        return before[-1]
    match = re.match(rf"(?:[’']s?)?\s+{_ADVISER}\s*,?\s*", doc.text[org.end:sentence.end], _FLAGS)
    return mention_at(doc, org.end + match.end(), "Person") if match else None


