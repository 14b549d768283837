"""person –leads→ organisation, with role and status, in the ways news writes it.

Appositions ("X, chief executive of Y"; "X, currently chair at Y"), pre-modifiers ("Y’s chair
X", "Y chief executive X", "Y, whose chief executive, X,"), bare roles resolved through
"its"/"the trust"/the story's main body ("Its CEO X", "Vice chair X"), the converse ("the
former Y chief executive" after X was named), appointments by a body ("Y has named X as its
next chair"), and verbs of appointment and departure ("X has been appointed ... of Y", "X
stepped down as ... of Y", "who left to become ... of Y", "who has chaired Y since 2020").
"""

from __future__ import annotations

import re

from kg.extract.context import (
    DEFINITE_ORG,
    definite_org,
    mention_at,
    mention_ending_at,
    org_named,
    plural_trusts,
    previous_person,
    pronoun_org,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.gazetteer import load_gazetteer
from kg.extract.registry import extractor
from kg.extract.roles import ROLE, STATUS_WORD, normalise_role, status_of
from kg.model import Mention, Sentence

__all__ = ["make_leadership"]

NAME = "leadership"
_FLAGS = re.IGNORECASE
_MODS = rf"(?P<mods>(?:{STATUS_WORD}\s+)*)"
_ROLE = rf"(?P<role>{ROLE})(?P<tail>(?:\s*-\s*|\s+)designate)?"
_OF = r"\s+(?:of|at|for|with|in)\s+(?:the\s+)?"
_PLACE = r"(?:(?-i:[A-Z][a-z]+)\s+){0,2}"
_SKIP_APPOSITION = re.compile(r"\s*(?:,[^,;]{0,160},|[–—][^–—]{0,160}[–—]|\([^)]{0,160}\))")
_APPOSITION_DEFINITE = re.compile(
    rf"\s*,\s*(?P<reference>{DEFINITE_ORG})[’']s?\s+{_MODS}{_PLACE}{_ROLE}\b", _FLAGS)
_AS_ORG_ROLE = re.compile(
    r"\b(?P<verb>stood down|stepped down|resigned|retired|quit|left|served|was appointed"
    r"|has been appointed|will join|joins|joined|takes over|will take over|took over|steps up"
    r"|will step up)\s+as\s+(?:the\s+)?", _FLAGS)
_LEAVING = re.compile(
    r"\s+(?P<verb>is leaving|has left|left|quit|quits|will leave|is to leave|retired from"
    r"|retires from|is retiring from|will retire from|departed|is stepping down from)\s+"
    r"(?:the\s+)?", _FLAGS)
_AFTER_YEARS_AS = re.compile(rf"\s+after\s+[^,.;]{{0,40}}?\bas\s+(?:its\s+)?{_MODS}{_ROLE}",
                             _FLAGS)
_NAME_AT = re.compile(r"(?-i:[A-Z][\w’'&-]*)(?:(?:\s+(?:and|of|the|upon|on|&)\s+|\s+)"
                      r"(?-i:[A-Z][\w’'&-]*)){0,5}")
_ADVERB = (r"(?P<adverb>currently|previously|formerly|most recently|until recently|recently|now"
           r"|then|also|latterly|still)")
_APPOSITION = re.compile(
    rf"\s*(?:,|\(|–|—|-)\s*(?:who\s+(?P<verb>is|was|has been|had been|became|is now|remains)"
    rf"\s+)?(?:{_ADVERB}\s+)?(?:the\s+|a\s+|an\s+)?{_MODS}{_PLACE}{_ROLE}{_OF}", _FLAGS
)
_APPOSITION_ORG_FIRST = re.compile(rf"\s*,\s*(?:the\s+|a\s+)?{_MODS}", _FLAGS)
_ROLE_AFTER_ORG = re.compile(rf"(?:[’']s?)?\s+{_MODS}{_PLACE}{_ROLE}\b", _FLAGS)
_BOTH_TRUSTS = re.compile(r"(?P<count>both|the two|the three|all three|all four)\s+"
                          r"(?:trusts|organisations|providers)\b", _FLAGS)
_OWNER = re.compile(r"(?P<owner>(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,3})[’']s?$")
_WHERE_HE_WAS = re.compile(
    rf"\s*,\s*where\s+(?:he|she|they)\s+(?P<verb>had been|was|has been|is|served as|worked as)"
    rf"\s+(?:the\s+|a\s+|an\s+)?{_MODS}{_ROLE}", _FLAGS)
_ENDS_WITH_OF = re.compile(r"\b(?:of|at|for|with|in|the)\s*$", _FLAGS)
_COUNT_WORDS = {"both": 2, "the two": 2, "the three": 3, "all three": 3, "all four": 4}
_PERSON_NEXT = re.compile(r"\s*,?\s*")
_ROLE_BEFORE = re.compile(
    rf"(?:\b(?P<reference>{DEFINITE_ORG}|whose)(?:[’']s?)?\s+|\b(?P<his>his|her)\s+"
    rf"|(?<![\w’'])){_MODS}{_ROLE}\s*,?\s*$", _FLAGS
)
_ROLE_OF_ORG_BEFORE = re.compile(rf"(?:the\s+)?{_MODS}{_ROLE}{_OF}$", _FLAGS)
_VERB_AFTER = re.compile(
    rf"\s*,?\s*(?:who\s+)?(?P<verb>(?:has|have|had|was|is|will|is to|is set to|would)?\s*"
    rf"(?:been\s+|be\s+)?(?:formally\s+|officially\s+|{_ADVERB}\s+)?"
    rf"(?:appointed|named|confirmed|announced|unveiled|chosen|selected|recruited|made|hired"
    rf"|join(?:s|ed)?|take over|takes over|took over|become|becomes|became|start(?:s|ed)?"
    rf"|step(?:s|ped)? up|serve[sd]?|continue[sd]?|return(?:s|ed)?|act(?:s|ed|ing)?"
    rf"|stand(?:s|ing)? in|stood in|step(?:s|ped|ping)? down|stand(?:s|ing)? down|stood down"
    rf"|resign(?:s|ed)?|quit(?:s)?|left|leav(?:es|ing)|retir(?:e|es|ed|ing)|depart(?:s|ed)?"
    rf"|be|is|was|remains|had been|has been))"
    rf"(?:\s+(?:from\s+(?:his|her|their)\s+(?:role|post|position)|the\s+post))?"
    rf"(?:\s+(?:as|to)\s+|\s+)(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    rf"(?:(?P<whose>(?:the\s+)?[\w’'-]+)[’']s\s+)?{_MODS}{_PLACE}{_ROLE}(?:{_OF})?",
    _FLAGS,
)
_LATER_IN_CLAUSE = re.compile(
    rf"\b(?P<verb>to become|became|becomes|will become|has become|is to become|was appointed"
    rf"|has been appointed|had been appointed|was named|has been named|was made|to take up the"
    rf" post of|will take up the post of|takes up the post of|worked as|served as"
    rf"|(?:was|is|had been|has been)\s+(?:previously|formerly|also|currently|until recently))"
    rf"\s+(?:the\s+|its\s+|a\s+|an\s+)?{_MODS}{_ROLE}(?:{_OF})?", _FLAGS
)
_CHAIRED = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:currently\s+|also\s+|previously\s+)?(?P<verb>(?:has\s+|had\s+)?"
    r"(?:chaired|chairs|led|leads|run|ran|runs|heads|headed))\s+(?:both\s+)?(?:the\s+)?"
    r"(?:neighbouring\s+|nearby\s+)?", _FLAGS
)
_ORG_PLACE_BEFORE = re.compile(r"[’']s?(?:\s+(?-i:[A-Z][a-z]+)){1,2}$")
_JOINS_ORG = re.compile(
    r"\s*(?:has|have|had|will|is to|is set to)?\s*(?P<verb>(?:re)?join(?:s|ed)?|return(?:s|ed)?"
    r" to|move[sd]? to|switch(?:es|ed)? to)\s+(?:the\s+)?", _FLAGS
)
_AS_ROLE = re.compile(
    rf"(?:\s*,[^,]{{0,140}},|\s*\([^)]{{0,140}}\))?\s+as\s+(?:its\s+|the\s+|their\s+|a\s+|an\s+)?"
    rf"{_MODS}{_PLACE}{_ROLE}(?:{_OF})?", _FLAGS
)
_ITS_ROLE_BEFORE = re.compile(rf"\b(?:its|their)\s+{_MODS}{_ROLE}\s*,\s*$", _FLAGS)
_APPOINTS_BEFORE = re.compile(
    r"(?P<who>\b(?:the\s+(?:trust|ICB|board|organisation|body|college|union|company|firm"
    r"|foundation trust|regulator|system|CCG)|it|they)\s+)?(?:[’']s?\s+board\s+)?"
    r"(?:has|have|had)?\s*(?:formally\s+|now\s+|also\s+)?(?P<verb>appointed|named|hired"
    r"|recruited|confirmed|chosen|selected|picked|unveiled|poached|elected)\s+$", _FLAGS
)
_FUTURE = re.compile(
    r"\b(?:will|is to|are to|is set to|incoming|next|from (?:next|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)|next (?:month|year|week)"
    r"|later this (?:year|month)|in the new year|takes? up (?:the|her|his) post|in (?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December))\b",
    _FLAGS,
)
_DEPARTED = re.compile(
    r"^[^.;:]{0,40}?\b(?:who\s+)?(?:has\s+|had\s+)?(?:quit|resigned|stepped down|stood down|left"
    r"|retired|departed|was sacked|was dismissed|was ousted|exited)\b", _FLAGS
)
_SACKED_BEFORE = re.compile(r"\b(?:sacked|dismissed|ousted|fired|removed)\s+(?:its|their|the)\s+",
                            _FLAGS)
_NOT_LEADING_ROLES = frozenset({"adviser", "senior adviser", "special adviser", "health adviser",
                                "policy adviser", "political adviser", "clinical adviser",
                                "chief adviser", "independent adviser"})


def _status(mods: str | None, tail: str | None, verb: str | None, sentence: str) -> str:
    verb = (verb or "").lower()
    explicit = status_of(f"{mods or ''} {tail or ''}")
    if explicit in {"interim", "acting"} and re.search(r"had been|was previously|formerly", verb):
        return "former"
    if explicit:
        return explicit
    if re.search(r"appoint|named|chosen|selected|hired|recruit|elected", verb) and re.search(
            r"\b(?:new|next)\b", mods or "", _FLAGS):
        return "designate"
    if re.search(r"stand(?:s|ing)? in|stood in|covering|\bact", verb):
        return "interim" if "stand" in verb or "stood" in verb else "acting"
    if re.search(r"\b(?:will|is to|is set to|would)\b", verb) and re.search(
            r"step|stand|leav|retir|quit|resign|depart", verb):
        return "current"
    if re.search(r"step(?:s|ped)? down|stood down|resign|quit|left|retired|departed|had been"
                 r"|\bwas\b|previously|formerly|until recently|latterly|worked as|served as"
                 r"|^chaired|^led|^ran|^headed", verb):
        return "former"
    if re.search(r"appoint|named|join|take over|become|start|chosen|selected|hired|recruit"
                 r"|take up|elected", verb):
        return "designate" if _FUTURE.search(sentence) else "current"
    return "current"


def _person_status(doc: StoryDoc, sentence: Sentence, person: Mention, base: str) -> str:
    """A current post becomes former when the sentence says the person left it or was sacked."""
    if base != "current":
        return base
    window = re.sub(r"^\s*(?:,[^,]{0,120},|[–—][^–—]{0,120}[–—])", "",
                    doc.text[person.end:sentence.end])
    before = doc.text[max(sentence.start, person.start - 80):person.start]
    if _DEPARTED.search(window) or _SACKED_BEFORE.search(before):
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

    def clause_end(self, person: Mention) -> int:
        later = [m.start for m in self.doc.mentions_in(self.sentence, "Person")
                 if m.start > person.end]
        return min(later) if later else self.sentence.end

    def read(self) -> None:
        for person in self.doc.mentions_in(self.sentence, "Person"):
            self.apposition(person)
            self.role_before(person)
            self.verbs(person, person)
            self.later_in_clause(person)
            self.appointed_by(person)
        for org in self.doc.mentions_in(self.sentence, "Organisation"):
            self.org_role_person(org)
            self.where_he_was(org)
        for pronoun in re.finditer(r"(?:^|(?<=[.;:]\s))(She|He)\b", self.sentence.text):
            offset = self.sentence.start + pronoun.start(1)
            person = previous_person(self.doc, offset)
            if person is not None:
                anchor = Mention(person.story_id, offset, offset + len(pronoun.group(1)),
                                 pronoun.group(1), "Person", "Person")
                self.verbs(anchor, person)
                self.later_in_clause(anchor, person)

    def apposition(self, person: Mention) -> None:
        text, end = self.text, self.sentence.end
        match = _APPOSITION.match(text, person.end, end)
        if match:
            orgs = [self.org_at(match.end(), create=True)]
            both = _BOTH_TRUSTS.match(text, match.end(), end)
            if orgs[0] is None and both:
                orgs = plural_trusts(self.doc, match.start(), _COUNT_WORDS[both["count"].lower()])
            verb = " ".join(filter(None, (match["verb"], match["adverb"])))
            base = _status(match["mods"], match["tail"], verb, "")
            for org in filter(None, orgs):
                self.emit(person, org, match["role"],
                          _person_status(self.doc, self.sentence, person, base), 0.95)
            if any(orgs):
                return
        definite = _APPOSITION_DEFINITE.match(text, person.end, end)
        if definite:
            org = definite_org(self.doc, definite["reference"], definite.start("reference"))
            base = _status(definite["mods"], definite["tail"], "", "")
            self.emit(person, org, definite["role"],
                      _person_status(self.doc, self.sentence, person, base), 0.85)
            return
        match = _APPOSITION_ORG_FIRST.match(text, person.end, end)
        if match:
            org = self.org_at(match.end())
            role = _ROLE_AFTER_ORG.match(text, org.end, end) if org else None
            if org and role:
                base = _status(match["mods"] + role["mods"], role["tail"], "", "")
                self.emit(person, org, role["role"],
                          _person_status(self.doc, self.sentence, person, base), 0.9)

    def role_before(self, person: Mention) -> None:
        start = max(self.sentence.start, person.start - 120)
        before = self.text[start:person.start]
        match = _ROLE_BEFORE.search(before)
        if match is None:
            self.role_of_org_before(person, before, start)
            return
        stripped = before[:match.start()].rstrip()
        owner_end = start + len(stripped)
        if match["his"] or mention_ending_at(self.doc, owner_end, "Organisation") or (
                stripped.endswith(("’s", "'s", "’", "'"))
                and mention_ending_at(self.doc, owner_end - (1 if stripped[-1] in "’'" else 2),
                                      "Organisation")):
            return
        place = _ORG_PLACE_BEFORE.search(stripped)
        if place and mention_ending_at(self.doc, start + place.start(), "Organisation"):
            return
        reference = match["reference"]
        owner = _OWNER.search(stripped) if not reference else None
        if reference and reference.lower() == "whose":
            whose_at = start + match.start("reference")
            comma = re.search(r"\s*,?\s*$", self.text[self.sentence.start:whose_at])
            org = mention_ending_at(self.doc, self.sentence.start + comma.start(),
                                    "Organisation") if comma else None
            confidence = 0.85
        elif reference and reference.lower() in {"its", "their"}:
            offset = start + match.start("reference")
            earlier = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                       if m.end <= offset]
            org = earlier[-1] if earlier else pronoun_org(self.doc, self.sentence.start)
            confidence = 0.75
        elif reference:
            org = definite_org(self.doc, reference, start + match.start("reference"))
            confidence = 0.8
        elif owner and stripped.endswith(("’s", "'s", "’", "'")):
            org = self.org_named_at(start + owner.start("owner"), start + owner.end("owner"))
            confidence = 0.75
        elif owner and not re.search(r"(?:^|[.:;“\"]\s*)\S*$", stripped):
            org = self.org_named_at(start + owner.start("owner"), start + owner.end("owner"))
            confidence = 0.75
            if org is None:
                return
        elif _is_minister(match["role"]):
            org, confidence = _implied_org(self.doc, match["role"]), 0.7
        else:
            org = topic_org(self.doc)
            confidence = 0.6
        base = _status(match["mods"], match["tail"], "", self.sentence.text)
        self.emit(person, org, match["role"],
                  _person_status(self.doc, self.sentence, person, base), confidence)

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
            base = _status(match["mods"], match["tail"], "", self.sentence.text)
            self.emit(person, org, match["role"],
                      _person_status(self.doc, self.sentence, person, base), 0.85)

    def verbs(self, anchor: Mention, person: Mention) -> None:
        skipped = _SKIP_APPOSITION.match(self.text, anchor.end, self.sentence.end)
        for position in (anchor.end, skipped.end() if skipped else None):
            if position is not None and self.verbs_at(position, person):
                return

    def verbs_at(self, position: int, person: Mention) -> bool:
        leaving = _LEAVING.match(self.text, position, self.sentence.end)
        if leaving:
            org = self.org_at(leaving.end())
            years = _AFTER_YEARS_AS.match(self.text, org.end, self.sentence.end) if org else None
            if org is not None and years:
                self.emit(person, org, years["role"], "former", 0.8)
                return True
        match = _VERB_AFTER.match(self.text, position, self.sentence.end)
        if match:
            org = self.org_at(match.end()) if _ENDS_WITH_OF.search(match.group(0)) else None
            confidence = 0.85
            if match["whose"]:
                org = self.whose(match["whose"], match.start("whose"))
            if org is None:
                org, confidence = self.org_of_context(person, match["role"])
            self.emit(person, org, match["role"],
                      _status(match["mods"], match["tail"], match["verb"], self.sentence.text),
                      confidence)
            return True
        joins = _JOINS_ORG.match(self.text, position, self.sentence.end)
        org = self.org_at(joins.end()) if joins else None
        if joins and org is not None:
            as_role = _AS_ROLE.match(self.text, org.end, self.sentence.end)
            if as_role:
                status = _status(as_role["mods"], as_role["tail"], joins["verb"],
                                 self.sentence.text)
                self.emit(person, org, as_role["role"], status, 0.85)
                return True
        return False

    def whose(self, phrase: str, offset: int) -> Mention | None:
        """"as the ICB’s chief executive", "as NHS England’s vice chair"."""
        owner = mention_ending_at(self.doc, offset + len(phrase), "Organisation")
        if owner is not None:
            return owner
        if re.match(DEFINITE_ORG, phrase, _FLAGS):
            return definite_org(self.doc, phrase, offset)
        return self.org_named_at(offset, offset + len(phrase))

    def org_at(self, offset: int, create: bool = False) -> Mention | None:
        """The body named at ``offset``: a mention, "the ICB" just before, or a short name
        ("Hertfordshire and West Essex") that a body in the story or the reference data has.
        With ``create``, where a post's "of"/"at" demands a body, an unknown capitalised name
        of two words or more becomes one ("general secretary of Managers in Partnership")."""
        found = mention_at(self.doc, offset, "Organisation")
        if found is not None:
            return found
        head = self.text[max(self.sentence.start, offset - 4):offset]
        if head.lower() == "the ":
            reference = re.match(DEFINITE_ORG, self.text[offset - 4:self.sentence.end], _FLAGS)
            if reference:
                return definite_org(self.doc, reference.group(0), offset)
        name = _NAME_AT.match(self.text, offset, self.sentence.end)
        if name is None:
            return None
        found = self.org_named_at(name.start(), name.end())
        if found is None and create and len(name.group(0).split()) >= 2 and not mention_at(
                self.doc, name.start(), "Person"):
            mention = Mention(self.doc.story.id, name.start(), name.end(), name.group(0),
                              "Organisation", "Organisation", None, NAME)
            found = mention if self.doc.add_mention(mention) else None
        return found

    def org_named_at(self, start: int, end: int) -> Mention | None:
        surface = self.text[start:end]
        found = org_named(self.doc, surface, start)
        if found is not None:
            return found
        record = load_gazetteer().lookup(surface, short=True)
        if record is None:
            return None
        mention = Mention(self.doc.story.id, start, end, surface, "Organisation", record.cls,
                          record.key, NAME)
        return mention if self.doc.add_mention(mention) else mention_at(self.doc, start,
                                                                          "Organisation")

    def org_of_context(self, person: Mention, role: str) -> tuple[Mention | None, float]:
        """A post named without its body ("will act as chief executive"): the body this person
        already holds a post at in this sentence, else the story's main body when the sentence
        names no other."""
        implied = _implied_org(self.doc, role)
        if implied is not None:
            return implied, 0.7
        for fact in self.doc.facts:
            if (fact.predicate == "leads" and fact.subject.text == person.text
                    and fact.evidence.start == self.sentence.start
                    and isinstance(fact.object, Mention)):
                return fact.object, 0.7
        if not self.doc.mentions_in(self.sentence, "Organisation"):
            return topic_org(self.doc), 0.6
        return None, 0.0

    def later_in_clause(self, anchor: Mention, person: Mention | None = None) -> None:
        """"X, who left NHSE in the summer to become chief executive of Y"."""
        person = person or anchor
        end = self.clause_end(anchor)
        chaired = _CHAIRED.match(self.text, anchor.end, end)
        if chaired:
            first = self.org_at(chaired.end())
            second = None
            if first is not None:
                joined = re.match(r"\s+(?:and|&)\s+(?:the\s+)?", self.text[first.end:end])
                second = self.org_at(first.end + joined.end()) if joined else None
            verb = " ".join(chaired["verb"].lower().split())
            role = "chair" if "chair" in verb else "chief executive"
            past = verb.startswith("had") or verb in {"chaired", "led", "ran", "headed"}
            for org in (first, second):
                self.emit(person, org, role, "former" if past else "current", 0.75)
        as_org = _AS_ORG_ROLE.search(self.text, anchor.end, end)
        owner = self.org_at(as_org.end()) if as_org else None
        role = _ROLE_AFTER_ORG.match(self.text, owner.end, end) if owner and as_org else None
        if as_org and owner and role and owner.start == as_org.end():
            self.emit(person, owner, role["role"],
                      _status(role["mods"], role["tail"], as_org["verb"], self.sentence.text),
                      0.8)
        match = _LATER_IN_CLAUSE.search(self.text, anchor.end, end)
        if match and match.start() - anchor.end < 160:
            org = self.org_at(match.end())
            if org is not None:
                self.emit(person, org, match["role"],
                          _status(match["mods"], match["tail"], match["verb"],
                                  self.text[match.start():end]), 0.75)

    def appointed_by(self, person: Mention) -> None:
        """"Y has named X as its incoming chair"; "The trust has appointed X, a ..., as chair"."""
        before = self.text[self.sentence.start:person.start]
        its_role = _ITS_ROLE_BEFORE.search(before)
        if its_role:
            before = before[:its_role.start()]
        match = _APPOINTS_BEFORE.search(before)
        if match is None:
            return
        as_role = _AS_ROLE.match(self.text, person.end, self.sentence.end)
        if as_role is None:
            return
        org = self.org_at(as_role.end()) if _ENDS_WITH_OF.search(as_role.group(0)) else None
        confidence = 0.85
        if org is None and match["who"]:
            org = definite_org(self.doc, match["who"].strip(), self.sentence.start + match.start())
            confidence = 0.8
        elif org is None:
            subject_end = self.sentence.start + len(before[:match.start()].rstrip())
            org = mention_ending_at(self.doc, subject_end, "Organisation")
        status = _status(as_role["mods"], as_role["tail"], match["verb"], self.sentence.text)
        self.emit(person, org, as_role["role"], status, confidence)

    def where_he_was(self, org: Mention) -> None:
        """"Mr X joined the ICB from Stockport NHS Foundation Trust, where he had been ..."."""
        match = _WHERE_HE_WAS.match(self.text, org.end, self.sentence.end)
        people = self.doc.mentions_in(self.sentence, "Person")
        if match and people and people[0].end <= org.start:
            self.emit(people[0], org, match["role"],
                      _status(match["mods"], match["tail"], match["verb"], ""), 0.75)

    def org_role_person(self, org: Mention) -> None:
        match = _ROLE_AFTER_ORG.match(self.text, org.end, self.sentence.end)
        if not match:
            return
        after = _PERSON_NEXT.match(self.text, match.end(), self.sentence.end)
        person = mention_at(self.doc, after.end() if after else match.end(), "Person")
        before = self.text[max(self.sentence.start, org.start - 40):org.start]
        leading = re.search(rf"{_MODS}$", before, _FLAGS)
        mods = (leading["mods"] if leading else "") + " " + match["mods"]
        if person is not None:
            base = _status(mods, match["tail"], "", self.sentence.text)
            self.emit(person, org, match["role"],
                      _person_status(self.doc, self.sentence, person, base), 0.9)
            return
        if re.search(r"\bthe\s+" + _MODS + "$", before, _FLAGS):
            earlier = previous_person(self.doc, self.sentence.start)
            if earlier is not None:
                self.emit(earlier, org, match["role"], _status(mods, match["tail"], "", ""),
                          0.55)


def _is_minister(role: str) -> bool:
    normal = normalise_role(role)
    return "minister" in normal or normal.startswith("secretary of state")


def _implied_org(doc: StoryDoc, role: str) -> Mention | None:
    """A health minister or secretary of state leads the health department the story names."""
    if not _is_minister(role):
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
