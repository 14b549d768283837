"""person or firm –advises→ organisation ("adviser to Y", "a Y health adviser", "brought in to
advise Y", "X, which previously advised Y", "X has been advising the trust")."""

from __future__ import annotations

import re

from kg.extract.context import DEFINITE_ORG, definite_org, mention_at
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["make_advisers"]

NAME = "advisers"
_FLAGS = re.IGNORECASE
_ADVICE_CUE = Cue("advis", "counsel", "hired", "brought in", "engaged", "appointed",
                  "commissioned", "drafted in", "retained", "used", "uses", "using", "employ",
                  "turned to", "turns to", "chosen", "selected", "picked")
_ADVISER = (r"(?:senior\s+|special\s+|chief\s+|health\s+|policy\s+|political\s+|clinical\s+"
            r"|independent\s+|strategic\s+)*advis[eo]r")
_CUE = lazy_pattern(
    rf"\b(?:{_ADVISER}s?\s+(?:to|for|at)|advis(?:e|es|ed|ing)|counsel(?:s|led|ling)?)\s+"
    rf"(?=(?P<definite>{DEFINITE_ORG}\b)?)(?:the\s+)?(?:former\s+|then\s+|new\s+)?", _FLAGS
)
_HIRED_BY = lazy_pattern(
    r"\b(?:hired|brought in|engaged|appointed|commissioned|drafted in|retained)\s+by\s+"
    r"(?:the\s+)?(?P<org>)", _FLAGS)
_TO_ADVISE = lazy_pattern(r"\s+to\s+(?:advise|support|help)\b", _FLAGS)
_TO_WORK = lazy_pattern(r"\s+to\s+(?:advise|support|help|review|assess|evaluate|audit|examine"
                        r"|look at|improve|carry out|deliver|develop|run|oversee)\b", _FLAGS)
_APPOINTED_AS = lazy_pattern(
    r"\b(?:appointed|hired|engaged|retained|chosen|selected|picked)\s+(?P<adviser>)", _FLAGS)
_AS_ADVISER = lazy_pattern(rf"\s+as\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){{0,2}}?{_ADVISER}s?\b",
                           _FLAGS)
_USED_TO = lazy_pattern(r"\b(?:used|uses|using|employed|employs|turned to|turns to)\s+(?:the\s+)?",
                        _FLAGS)
_ADVISER_NOUN = lazy_pattern(rf"{_ADVISER}s?\s+(?:to|for|at)\b", _FLAGS)
_ORG_ADVISER = lazy_pattern(rf"(?:[’']s?)?\s+{_ADVISER}\b", _FLAGS)
_RELATIVE = lazy_pattern(r",?\s*\b(?P<pronoun>which|who|that)\s+(?:[\w-]+\s+){0,4}$", _FLAGS)
_FORMER = lazy_pattern(r"\b(?:had|former|formerly|previously|ex-|once|used to|until)\b", _FLAGS)
_HYPOTHETICAL = lazy_pattern(r"\b(?:could|might|would|may|will be asked|if|whether|not)\b",
                           _FLAGS)


def _subject(doc: StoryDoc, sentence: Sentence, cue_start: int) -> Mention | None:
    """The adviser: the body a "which"/"who" clause hangs on, else the sentence's first
    person or organisation before the cue."""
    head = doc.text[sentence.start:cue_start]
    if _ADVISER_NOUN.match(doc.text, cue_start):
        people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= cue_start]
        if people:
            return people[-1]
    relative = _RELATIVE.search(head)
    if relative:
        before = sentence.start + relative.start()
        wanted = "Person" if relative["pronoun"].lower() == "who" else "Organisation"
        candidates = [m for m in doc.mentions_in(sentence, wanted) if m.end <= before]
        return candidates[-1] if candidates else None
    people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= cue_start]
    if people:
        return people[-1]
    candidates = [m for m in doc.mentions_in(sentence) if m.end <= cue_start
                  and m.category == "Organisation"]
    return candidates[0] if candidates else None


@extractor("advisers", requires=("mentions.person", "mentions.organisation"),
           assigns=("facts.advises",))
def make_advisers() -> object:
    def advisers(doc: StoryDoc) -> StoryDoc:
        text = doc.text
        for sentence in doc.sentences:
            if not _ADVICE_CUE(sentence.text):
                continue
            for cue in _CUE.finditer(text, sentence.start, sentence.end):
                window = text[max(sentence.start, cue.start() - 40):cue.start()]
                if _HYPOTHETICAL.search(window):
                    continue
                advised = mention_at(doc, cue.end(), "Organisation")
                if advised is None and cue["definite"]:
                    advised = definite_org(doc, cue["definite"], cue.end())
                subject = _subject(doc, sentence, cue.start())
                if advised is None or subject is None or subject.text == advised.text:
                    continue
                add_fact(doc, sentence, subject, "advises", advised, extractor=NAME,
                         confidence=0.75, status="former" if _FORMER.search(window)
                         else "current")
            for hired in _HIRED_BY.finditer(text, sentence.start, sentence.end):
                hirer = mention_at(doc, hired.end(), "Organisation")
                subject = _subject(doc, sentence, hired.start())
                work = _TO_ADVISE if subject is None or subject.cls != "Company" else _TO_WORK
                if (hirer and subject and subject.text != hirer.text
                        and work.match(text, hirer.end, sentence.end)):
                    add_fact(doc, sentence, subject, "advises", hirer, extractor=NAME,
                             confidence=0.7, status="current")
            _hired_as(doc, sentence)
            for org in doc.mentions_in(sentence, "Organisation"):
                if _ORG_ADVISER.match(text, org.end, sentence.end):
                    person = _person_for_modifier(doc, sentence, org)
                    if person is not None:
                        context = text[person.end:org.start] if person.end <= org.start else ""
                        add_fact(doc, sentence, person, "advises", org, extractor=NAME,
                                 confidence=0.7,
                                 status="former" if _FORMER.search(context) or re.search(
                                     r"\bhad been\b", context) else "current")
        return doc
    return advisers


def _hired_as(doc: StoryDoc, sentence: Sentence) -> None:
    """"Y appointed X as its financial adviser"; "Y has used X to advise on the merger"."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for pattern, tail in ((_APPOINTED_AS, _AS_ADVISER), (_USED_TO, _TO_ADVISE)):
        for cue in pattern.finditer(text, sentence.start, sentence.end):
            adviser = next((m for m in orgs if m.start == cue.end()), None)
            if adviser is None or not tail.match(text, adviser.end, sentence.end):
                continue
            client = [m for m in orgs if m.end <= cue.start() and m.text != adviser.text]
            if client:
                add_fact(doc, sentence, adviser, "advises", client[-1], extractor=NAME,
                         confidence=0.7, status="current")


def _person_for_modifier(doc: StoryDoc, sentence: Sentence, org: Mention) -> Mention | None:
    """"X – who had been a Number 10 health adviser –": the person before, or after "adviser"."""
    before = [m for m in doc.mentions_in(sentence, "Person") if m.end <= org.start]
    if before:
        return before[-1]
    match = re.match(rf"(?:[’']s?)?\s+{_ADVISER}\s*,?\s*", doc.text[org.end:sentence.end], _FLAGS)
    return mention_at(doc, org.end + match.end(), "Person") if match else None
