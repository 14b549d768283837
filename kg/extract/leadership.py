"""person –leads→ organisation, with role and status, in the ways news writes it.

Appositions ("X, chief executive of Y"), pre-modifiers ("Y’s chair X", "Y chief executive X"),
bare roles resolved through "its"/"the trust"/the story's main body ("Its CEO X", "Vice chair
X"), the converse ("the former Y chief executive" after X was named), and verbs of appointment
and departure ("X has been appointed ... of Y", "X stepped down as ... of Y").
"""

from __future__ import annotations

import re

from kg.extract.context import (
    DEFINITE_ORG,
    definite_org,
    mention_at,
    mention_ending_at,
    previous_person,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.extract.roles import ROLE, STATUS_WORD, normalise_role, status_of
from kg.model import Mention, Sentence

__all__ = ["leadership"]

NAME = "leadership"
_FLAGS = re.IGNORECASE
_MODS = rf"((?:{STATUS_WORD}\s+)*)"
_ROLE_TAIL = r"((?:\s*-\s*|\s+)designate)?"
_OF = r"\s+(?:of|at|for|with|in)\s+(?:the\s+)?"
_APPOSITION = re.compile(
    rf"\s*(?:,|\(|–|—|-)\s*(?:who\s+(is|was|has been|had been|became|is now|remains)\s+)?"
    rf"(?:the\s+|a\s+|an\s+)?{_MODS}({ROLE}){_ROLE_TAIL}{_OF}", _FLAGS
)
_APPOSITION_ORG_FIRST = re.compile(rf"\s*,\s*(?:the\s+|a\s+)?{_MODS}", _FLAGS)
_ROLE_AFTER_ORG = re.compile(rf"(?:[’']s?)?\s+{_MODS}({ROLE}){_ROLE_TAIL}\b", _FLAGS)
_PERSON_NEXT = re.compile(r"\s*,?\s*")
_ROLE_BEFORE = re.compile(
    rf"(?:\b({DEFINITE_ORG})(?:[’']s?)?\s+|\b(his|her)\s+|(?<![\w’'])){_MODS}({ROLE}){_ROLE_TAIL}"
    r"\s*,?\s*$", _FLAGS
)
_ROLE_OF_ORG_BEFORE = re.compile(rf"(?:the\s+)?{_MODS}({ROLE}){_ROLE_TAIL}{_OF}$", _FLAGS)
_APPOINTED = re.compile(
    rf"\s*,?\s*(?:who\s+)?(has|have|had|was|is|will|is to|is set to)?\s*(?:been\s+|be\s+)?"
    rf"(?:formally\s+|officially\s+|now\s+|also\s+)?"
    rf"(appointed|named|confirmed|announced|unveiled|chosen|selected|recruited|made|hired"
    rf"|join(?:s|ed)?|take over|takes over|took over|become|becomes|became|start(?:s|ed)?"
    rf"|step(?:s|ped)? up|serve[sd]?|continue[sd]?|return(?:s|ed)?"
    rf"|stand(?:s|ing)? in|stood in|step(?:s|ped|ping)? down|stand(?:s|ing)? down|stood down"
    rf"|resign(?:s|ed)?|quit(?:s)?|left|leav(?:es|ing)|retir(?:e|es|ed|ing)|depart(?:s|ed)?"
    rf"|be|is|was|remains|had been|has been)"
    rf"(?:\s+(?:from\s+(?:his|her|their)\s+(?:role|post|position)|the\s+post))?"
    rf"(?:\s+(?:as|to)\s+|\s+)(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?{_MODS}"
    rf"({ROLE}){_ROLE_TAIL}(?:{_OF})?", _FLAGS
)
_JOINS_ORG = re.compile(
    r"\s*(?:has|have|had|will|is to|is set to)?\s*(?:re)?(join(?:s|ed)?|return(?:s|ed)? to)\s+"
    r"(?:the\s+)?$", _FLAGS
)
_AS_ROLE = re.compile(rf"\s+as\s+(?:its\s+|the\s+|their\s+|a\s+|an\s+)?(?:new\s+)?{_MODS}"
                      rf"({ROLE}){_ROLE_TAIL}", _FLAGS)
_ORG_APPOINTS = re.compile(
    r"(?:[’']s?\s+board)?\s+(?:has|have|had)?\s*(?:appointed|named|hired|recruited|confirmed"
    r"|chosen|selected)\s+$", _FLAGS
)
_FUTURE = re.compile(
    r"\b(?:will|is to|are to|is set to|incoming|from (?:next|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)|next (?:month|year|week)"
    r"|later this (?:year|month)|in the new year|takes? up (?:the|her|his) post)\b", _FLAGS
)
_DEPARTED = re.compile(
    r"\b(?:quit|resigned|stepped down|stood down|left|retired|departed|was sacked|was dismissed"
    r"|was ousted|had been|formerly|previously|until (?:last|his|her)|exit(?:ed)?)\b", _FLAGS
)
_NOT_LEADING_ROLES = frozenset({"adviser", "senior adviser", "special adviser", "health adviser",
                                "policy adviser", "political adviser", "clinical adviser"})
_GENERIC_ROLES = frozenset({"chief executive"})


def _status(modifiers: str, tail: str | None, verb_phrase: str, sentence: str) -> str:
    explicit = status_of(f"{modifiers} {tail or ''}")
    if explicit:
        return explicit
    verb = verb_phrase.lower()
    if re.search(r"stand(?:s|ing)? in|stood in|covering", verb):
        return "interim"
    if re.search(r"\b(?:will|is to|is set to)\b", verb) and re.search(
            r"step|stand|leav|retir|quit|resign|depart", verb):
        return "current"
    if re.search(r"step(?:s|ped)? down|stood down|resign|quit|left|retired|departed|had been"
                 r"|\bwas\b", verb):
        return "former"
    if re.search(r"appoint|named|join|take over|become|start|chosen|selected|hired|recruit", verb):
        return "designate" if _FUTURE.search(sentence) else "current"
    return "current"


def _person_status(doc: StoryDoc, sentence: Sentence, person: Mention, base: str) -> str:
    if base != "current":
        return base
    after = doc.text[person.end:sentence.end]
    window = after[:160]
    if _DEPARTED.search(window) and not re.search(r"\bwho\s+(?:is|has)\b", window[:20]):
        return "former"
    return base


class _Reader:
    def __init__(self, doc: StoryDoc, sentence: Sentence) -> None:
        self.doc, self.sentence, self.text = doc, sentence, doc.text

    def emit(self, person: Mention, org: Mention | None, role_phrase: str, status: str,
             confidence: float) -> None:
        role = normalise_role(role_phrase)
        if org is None or role in _NOT_LEADING_ROLES or org.category != "Organisation":
            return
        add_fact(self.doc, self.sentence, person, "leads", org, extractor=NAME,
                 confidence=confidence, role=role, status=status)

    def org_after(self, offset: int) -> Mention | None:
        return mention_at(self.doc, offset, "Organisation")

    def read(self) -> None:
        for person in self.doc.mentions_in(self.sentence, "Person"):
            self.apposition(person)
            self.role_before(person)
            self.verbs(person, person)
        for org in self.doc.mentions_in(self.sentence, "Organisation"):
            self.org_role_person(org)
            self.org_appoints(org)
        for pronoun in re.finditer(r"(?:^|(?<=[.;:]\s))(She|He)\b", self.sentence.text):
            offset = self.sentence.start + pronoun.start(1)
            person = previous_person(self.doc, offset)
            if person is not None:
                anchor = Mention(person.story_id, offset, offset + len(pronoun.group(1)),
                                 pronoun.group(1), "Person", "Person")
                self.verbs(anchor, person)

    def apposition(self, person: Mention) -> None:
        text, end = self.text, self.sentence.end
        match = _APPOSITION.match(text, person.end, end)
        if match:
            org = self.org_after(match.end())
            if org:
                who, mods, role, tail = match.groups()
                base = _status(mods, tail, who or "", self.sentence.text)
                self.emit(person, org, role, _person_status(self.doc, self.sentence, person, base),
                          0.95)
                return
        match = _APPOSITION_ORG_FIRST.match(text, person.end, end)
        if match:
            org = self.org_after(match.end())
            if org:
                role_match = _ROLE_AFTER_ORG.match(text, org.end, end)
                if role_match:
                    mods = match.group(1) + role_match.group(1)
                    base = _status(mods, role_match.group(3), "", self.sentence.text)
                    self.emit(person, org, role_match.group(2),
                              _person_status(self.doc, self.sentence, person, base), 0.9)

    def role_before(self, person: Mention) -> None:
        start = max(self.sentence.start, person.start - 120)
        before = self.text[start:person.start]
        match = _ROLE_BEFORE.search(before)
        if match is None:
            self.role_of_org_before(person, before, start)
            return
        reference, possessive_person, mods, role, tail = match.groups()
        role_start = start + match.start(4)
        if mention_ending_at(self.doc, start + match.start(), "Organisation") or possessive_person:
            return
        if self.doc.mentions_before(role_start, "Organisation") and any(
                m.end > role_start - 3 and m.end <= role_start
                for m in self.doc.mentions_in(self.sentence, "Organisation")):
            return
        if reference:
            org = definite_org(self.doc, reference, start + match.start(1))
            confidence = 0.8
        else:
            if normalise_role(role) in _GENERIC_ROLES and not mods.strip():
                confidence = 0.6
            else:
                confidence = 0.65
            org = _implied_org(self.doc, role) or topic_org(self.doc)
        base = _status(mods, tail, "", self.sentence.text)
        self.emit(person, org, role, _person_status(self.doc, self.sentence, person, base),
                  confidence)

    def role_of_org_before(self, person: Mention, before: str, start: int) -> None:
        """"The chief executive of Y, X, said"."""
        comma = re.search(r"\s*,\s*$", before)
        if comma is None:
            return
        org = mention_ending_at(self.doc, start + comma.start(), "Organisation")
        if org is None:
            return
        head = self.text[max(self.sentence.start, org.start - 80):org.start]
        match = _ROLE_OF_ORG_BEFORE.search(head)
        if match:
            base = _status(match.group(1), match.group(3), "", self.sentence.text)
            self.emit(person, org, match.group(2),
                      _person_status(self.doc, self.sentence, person, base), 0.85)

    def verbs(self, anchor: Mention, person: Mention) -> None:
        match = _APPOINTED.match(self.text, anchor.end, self.sentence.end)
        if match:
            verb = " ".join(filter(None, (match.group(1), match.group(2))))
            mods, role, tail = match.group(3), match.group(4), match.group(5)
            org = self.org_after(match.end())
            confidence = 0.85
            if org is None:
                org = _implied_org(self.doc, role) or topic_org(self.doc)
                confidence = 0.6
            self.emit(person, org, role, _status(mods, tail, verb, self.sentence.text),
                      confidence)
            return
        joins = _JOINS_ORG.match(self.text, anchor.end, self.sentence.end)
        if joins:
            org = self.org_after(joins.end())
            if org is not None:
                as_role = _AS_ROLE.match(self.text, org.end, self.sentence.end)
                if as_role:
                    base = _status(as_role.group(1), as_role.group(3), joins.group(0),
                                   self.sentence.text)
                    self.emit(person, org, as_role.group(2), base, 0.85)

    def org_role_person(self, org: Mention) -> None:
        match = _ROLE_AFTER_ORG.match(self.text, org.end, self.sentence.end)
        if not match:
            return
        after = _PERSON_NEXT.match(self.text, match.end(), self.sentence.end)
        person = mention_at(self.doc, after.end() if after else match.end(), "Person")
        mods, role, tail = match.groups()
        before = self.text[max(self.sentence.start, org.start - 40):org.start]
        mods = (re.search(rf"{_MODS}$", before, _FLAGS) or match).group(1) + " " + mods
        if person is not None:
            base = _status(mods, tail, "", self.sentence.text)
            self.emit(person, org, role, _person_status(self.doc, self.sentence, person, base),
                      0.9)
            return
        if re.search(r"\bthe\s+" + _MODS + "$", before, _FLAGS):
            earlier = previous_person(self.doc, self.sentence.start)
            if earlier is not None:
                self.emit(earlier, org, role, _status(mods, tail, "", ""), 0.55)

    def org_appoints(self, org: Mention) -> None:
        match = _ORG_APPOINTS.match(self.text, org.end, self.sentence.end)
        if not match:
            return
        person = mention_at(self.doc, match.end(), "Person")
        if person is None:
            return
        as_role = _AS_ROLE.match(self.text, person.end, self.sentence.end)
        if as_role:
            base = _status(as_role.group(1), as_role.group(3), "appointed", self.sentence.text)
            self.emit(person, org, as_role.group(2), base, 0.85)


def _implied_org(doc: StoryDoc, role: str) -> Mention | None:
    """A secretary of state for health leads the health department the phrase names."""
    if normalise_role(role) != "secretary of state for health and social care":
        return None
    for mention in doc.mentions:
        if mention.cls == "GovernmentDepartment" and "health" in mention.text.lower():
            return mention
    return None


@extractor("leadership", requires=("mentions.person", "mentions.organisation"),
           assigns=("facts.leads",))
def make_leadership() -> object:
    def leadership(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            _Reader(doc, sentence).read()
        return doc
    return leadership


leadership = make_leadership
