"""Who "its", "the trust" and a bare role refer to, inside one story."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import pairwise
from typing import Any

from kg.extract.doc import StoryDoc
from kg.extract.text import lazy_pattern, normalise_name, whole_words
from kg.model import Mention
from kg.startup_cache import compile_pattern

__all__ = [
    "COUNT",
    "DEFINITE_ORG",
    "FORMED_ASIDE",
    "NHS_BODIES",
    "definite_org",
    "entity_key",
    "mention_at",
    "mention_ending_at",
    "previous_person",
    "topic_org",
]

TRUSTS = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust"})
OVERSEERS = frozenset({"NationalBody", "Regulator"})


def sent_by_overseer(doc: StoryDoc, org: Mention, classes: frozenset[str]) -> bool:
    """A trust post (an improvement director) given by the overseer that appointed or sent
    the holder, not one it names as its own ("NHS England's improvement director")."""
    return org.cls in OVERSEERS and classes == TRUSTS and not doc.text.startswith(
        ("’s", "'s"), org.end)
_MINOR_WORDS = frozenset({"and", "of", "the", "for", "&", "nhs"})
NHS_BODIES = TRUSTS | {
    "IntegratedCareBoard", "IntegratedCareSystem", "ClinicalCommissioningGroup", "NationalBody",
    "Regulator", "CommissioningHub", "Organisation", "MembershipBody", "GovernmentDepartment",
}
_NOUN_CLASSES: dict[str, frozenset[str] | None] = {
    "trust": TRUSTS, "foundation trust": TRUSTS, "hospital": TRUSTS, "ft": TRUSTS,
    "icb": frozenset({"IntegratedCareBoard"}), "board": frozenset({"IntegratedCareBoard"}) | TRUSTS,
    "ics": frozenset({"IntegratedCareSystem", "IntegratedCareBoard"}),
    "system": frozenset({"IntegratedCareSystem", "IntegratedCareBoard"}),
    "ccg": frozenset({"ClinicalCommissioningGroup"}),
    "regulator": frozenset({"Regulator", "NationalBody"}),
    "company": frozenset({"Company"}), "firm": frozenset({"Company"}),
    "builder": frozenset({"Company"}), "operator": frozenset({"Company"}),
    "contractor": frozenset({"Company"}), "supplier": frozenset({"Company"}),
    "consultancy": frozenset({"Company"}), "organisation": None, "body": None,
    "authority": frozenset({"NHSBody"}), "pct": frozenset({"NHSBody"}),
    "primary care trust": frozenset({"NHSBody"}),
    "strategic health authority": frozenset({"NHSBody"}),
    "clinical commissioning group": frozenset({"ClinicalCommissioningGroup"}),
    "integrated care board": frozenset({"IntegratedCareBoard"}),
    "department": frozenset({"GovernmentDepartment"}),
    "union": frozenset({"TradeUnion"}), "college": frozenset({"ProfessionalBody"}),
    "council": frozenset({"LocalAuthority"}),
    "unit": frozenset({"OrganisationalUnit"}),
    "sha": frozenset({"NHSBody"}), "cluster": frozenset({"NHSBody"}),
    "charity": frozenset({"Charity", "Company", "Organisation"}),
    "think tank": frozenset({"ThinkTank"}),
    "hospice": frozenset({"Charity", "Company", "Organisation"}),
    "enterprise": frozenset({"Company", "Charity", "Organisation"}),
    "subsidiary": frozenset({"Company"}),
    "social enterprise": frozenset({"Company", "Charity", "Organisation"}),
}
_COMMUNITY_INTEREST = lazy_pattern(r"\b(?:CIC|Community Interest Company)$")
""""The social enterprise" is the community interest company the story names."""
_PCT_NOUNS = frozenset({"pct", "primary care trust"})
_AUTHORITY_NOUNS = frozenset({"sha", "strategic health authority"})
_AUTHORITY = lazy_pattern(r"\b(?:Strategic Health Authority|SHA)$")
_PCT_BRAND = lazy_pattern(r"NHS(?:\s+(?:[A-Z][\w'’-]+|and|of|upon|on))+")
_GROUPING_NOUNS = frozenset({"federation", "alliance", "collaborative", "partnership", "network",
                             "consortium", "group"})
_GROUPING_CLASSES = frozenset({"Organisation"})
_NAMED_ONLY = frozenset({"committee", "confederation", "association", "institute", "society",
                         "commission", "agency"})
"""Nouns that mean only a body named with them ("the committee": a committee named before)."""
DEFINITE_ORG = (
    r"(?:the\s+(?:(?!(?:trust|foundation|hospitals?|board|group|company|firm|organisation|body"
    r"|system|regulator|department|union|college|alliance|partnership|network|provider|new"
    r"|merged)\b)(?-i:[A-Z][a-z]+)(?:-based)?\s+(?!(?-i:[A-Z][a-z])))?(?:(?:mental health|acute"
    r"|ambulance|community"
    r"|local|same|hospital|hospitals|new|merged|primary care|strategic health"
    r"|clinical commissioning|combined|enlarged|island|specialist|teaching|integrated care"
    r"|support|social)\s+)?"
    r"(?:foundation trust|trust"
    r"|hospital|ICB|board|ICS|system|CCG|PCT|regulator|company"
    r"|firm|consultancy|organisation|body|department|union|college|alliance|group|directorate"
    r"|partnership|collaborative|federation|network|provider|supplier|council|builder|operator"
    r"|contractor|authority|committee|charity|hospice|unit|SHA|cluster|enterprise|subsidiary"
    r"|confederation|association|institute|society|commission|agency|fund|think\s+tank)"
    r"|its|their|our)\b"
)


FORMED_ASIDE = lazy_pattern(r",\s*(?:formed|created|established|set\s+up)\b[^,;]{1,160},",
                            re.IGNORECASE)
""""X, formed by the merger of A and B, said ...": an aside on how X came about, whose bodies
are not the sentence's subject."""
_KIND_IN_NAME = lazy_pattern(r"(?P<kind>ambulance|mental health|children's)\s+trust$")
""""The ambulance trust's chief executive": the trust whose name says what kind it is."""

MAX_MENTION = 400


def entity_key(mention: Mention) -> str:
    return mention.key or "name:" + normalise_name(mention.text)


def mention_at(doc: StoryDoc, offset: int, category: str) -> Mention | None:
    """The mention at ``offset``, or one whose name starts with the article a pattern has just
    read ("a report by The King's Fund", whose name holds its "The")."""
    for mention in doc.starting_at(offset):
        if mention.category == category:
            return mention
    if doc.text[offset - 4:offset] in ("The ", "the "):
        for mention in doc.starting_at(offset - 4):
            if mention.category == category:
                return mention
    return None


def mention_ending_at(doc: StoryDoc, offset: int, category: str) -> Mention | None:
    for mention in doc.near(offset - MAX_MENTION, offset):
        if mention.end == offset and mention.category == category:
            return mention
    return None


_LOCAL_BODIES = TRUSTS | {"IntegratedCareBoard", "IntegratedCareSystem",
                          "ClinicalCommissioningGroup", "Organisation", "OrganisationalUnit"}


_HISTORY_BEFORE = lazy_pattern(r"\b(?:experience|background|career|previously|formerly|former"
                               r"|worked|spent|served)\b[^.;]{0,100}\b(?:at|of|with|in)\s+(?:the\s+)?"
                               r"(?:[^.;]{0,80}?,\s*(?:and\s+)?)?$", re.IGNORECASE)


def _sentence_start(doc: StoryDoc, offset: int) -> int:
    index = bisect_right(doc.sentences, offset, key=lambda s: s.start) - 1
    return doc.sentences[index].start if index >= 0 else 0


def topic_org(doc: StoryDoc, classes: frozenset[str] = NHS_BODIES) -> Mention | None:
    """The organisation the story is most about: most mentions, first named on a tie; a local
    NHS body wins over a national one, which a story about a trust usually also names."""
    orgs = [m for m in doc.mentions if m.category == "Organisation" and m.cls in classes]
    current = [m for m in orgs if not _HISTORY_BEFORE.search(
        doc.text, max(_sentence_start(doc, m.start), m.start - 120), m.start)]
    orgs = current or orgs
    local = [m for m in orgs if m.cls in _LOCAL_BODIES]
    orgs = local or orgs
    if not orgs:
        return None
    counts = Counter(entity_key(m) for m in orgs)
    first = entity_key(orgs[0])
    best = max(counts.values())
    if counts[first] + 2 > best:
        return orgs[0]
    return next(m for m in orgs if counts[entity_key(m)] == best)


NEW_BODY = lazy_pattern(r"(?i:the)\s+(?:new|merged|combined|enlarged|single)\s")
_FORMED = lazy_pattern(r"\b(?:(?:form|forms|formed|forming|create|creates|created|creating"
                       r"|called|named|renamed|known\s+as|become|becomes|became|becoming)\s+(?:the\s+"
                       r"(?:new\s+|single\s+|merged\s+|combined\s+|enlarged\s+)?"
                       r"|a\s+(?:new|single)\s+(?:[\w-]+\s*)?(?:,|called|named)?\s*)?[‘'“\"]?"
                       r"|\breplaced\s+by\s+a\s+(?:new|single)\s+(?:[\w-]+\s*)?(?:,|called|named)\s*"
                       r"|(?:acquired|taken\s+over|absorbed|bought|(?:planned\s+)?acquisition)\s+by\s+"
                       r"(?:the\s+)?"
                       r"|\bthe\s+(?:new|newly[\s-]merged|merged|single|combined)\s+"
                       r"(?:(?:organisation|trust|body)\s*,\s*)?)$",
                       re.IGNORECASE)


_TAKEN_OVER_BY = lazy_pattern(r"\b(?:acquired|taken\s+over|absorbed|bought"
                              r"|(?:planned\s+)?acquisition)\s+by\s+(?:the\s+)?$",
                              re.IGNORECASE)
"""An acquirer, which the story's "new trust" means but which still is one of "the two trusts"."""


def formed_body(doc: StoryDoc, offset: int, classes: frozenset[str] | None = None,
                authorities: bool = True) -> Mention | None:
    """The body a merger or a new start created ("came together to form X", "the new
    organisation will be called X"), named before ``offset``: what "the new trust" means."""
    for mention in reversed(doc.mentions_before(offset, "Organisation")):
        if (classes is None or mention.cls in classes) and (
                authorities or not _is_authority(mention)) and _is_formed(doc, mention):
            return mention
    return None


def _is_formed(doc: StoryDoc, mention: Mention) -> bool:
    return bool(_FORMED.search(doc.text, max(0, mention.start - 50), mention.start)
                or _FORMED_AFTER.match(doc.text, mention.end))


_FORMED_AFTER = lazy_pattern(r"\s+(?:(?:will|would|is\s+to|is\s+due\s+to)\s+(?:be\s+(?:formed"
                             r"|created|established|launched)|come\s+into\s+being)|to\s+be\s+"
                             r"(?:formed|created|established)|(?:was|were|has\s+been)\s+(?:formed"
                             r"|created)(?:\s+in\s+\d{4})?\s+(?:by|from|through|when)\b)\b",
                             re.IGNORECASE)
""""... clearing the way for X to be formed", "X will come into being on 1 July", "X was formed
by the merger of A and B": the new body."""


def _apposed_as(doc: StoryDoc, noun: str, offset: int) -> Mention | None:
    """The body the story introduced as "the <noun>" ("NHS North of England, the cluster that
    brings together ...") before ``offset``."""
    described = compile_pattern(
        rf"\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b(?![’'-])"
        rf"(?!\s+(?!(?:which|that|who|in|for|of|and|with|made|set|led|run|[a-z]+(?:ed|ing))\b)"
        rf"[a-z])",
        re.IGNORECASE)
    for mention in reversed(doc.mentions_before(offset, "Organisation")):
        if described.match(doc.text, mention.end, offset):
            return mention
    return None


_CALLED_AFTER = lazy_pattern(r"\s*,\s*(?:which|that)\s+(?:will\s+be|is\s+to\s+be|would\s+be|is|was)"
                            r"\s+(?:called|named|known\s+as)\s+(?:the\s+)?", re.IGNORECASE)
""""the merged organisation, which will be called X": X, named after the phrase."""


def definite_org(doc: StoryDoc, phrase: str, offset: int) -> Mention | None:
    """The organisation "the trust" (or "its") at ``offset`` refers to."""
    if NEW_BODY.match(phrase):
        at = doc.text.find(phrase, max(0, offset - 5), offset + len(phrase) + 5)
        called = _CALLED_AFTER.match(doc.text, at + len(phrase)) if at >= 0 else None
        named_after = mention_at(doc, called.end(), "Organisation") if called else None
        if named_after is not None:
            return named_after
        classes = _NOUN_CLASSES.get(phrase.split()[-1].lower())
        trust = classes == TRUSTS
        formed = formed_body(doc, offset, classes | {"NHSBody"} if trust else classes,
                             authorities=not trust)
        if formed is not None:
            return formed
    place = re.match(r"(?i:the)\s+([A-Z][a-z]+)(?:-based)?\s+(?=\w)", phrase)
    if place:
        wanted = _NOUN_CLASSES.get(phrase.split()[-1].lower())
        named = org_named(doc, place.group(1), offset, wanted)
        if named is not None and not (wanted and named.cls == "Hospital"
                                      and "Hospital" not in wanted):
            return named
        phrase = phrase[:place.start(1)] + phrase[place.end():]
    words = phrase.lower().split()
    noun = " ".join(words[1:]) if words and words[0] == "the" else ""
    if noun and noun not in _NOUN_CLASSES and words[-1] in _NOUN_CLASSES:
        kind = _KIND_IN_NAME.match(noun)
        named_kind = next((m for m in reversed(doc.mentions_before(offset, "Organisation"))
                           if m.cls in TRUSTS and kind["kind"] in m.text.lower()),
                          None) if kind else None
        if named_kind is not None:
            return named_kind
        noun = words[-1]
    if not noun:
        return topic_org(doc)
    apposed = _apposed_as(doc, noun, offset)
    if apposed is not None:
        return apposed
    if noun in {"practice", "surgery"}:
        return next((m for m in reversed(doc.mentions_before(offset, "Organisation"))
                     if _GP_PRACTICE.search(m.text)), None)
    if noun == "social enterprise":
        interest = next((m for m in reversed(doc.mentions_before(offset, "Organisation"))
                         if _COMMUNITY_INTEREST.search(m.text)), None)
        if interest is not None:
            return interest
    if noun not in _NOUN_CLASSES:
        for mention in reversed(doc.mentions_before(offset, "Organisation")):
            if mention.text.lower().endswith(noun):
                return mention
        for mention in reversed(doc.mentions_before(offset, "Organisation")):
            if re.search(rf"\b{re.escape(noun)}\b", mention.text.lower()):
                return mention
        if noun in _NAMED_ONLY:
            return None
    if noun == "hospital":
        site = _previous_sentence_body(doc, offset, frozenset({"Hospital"}))
        if site is not None:
            return site
    classes = _NOUN_CLASSES.get(noun, _GROUPING_CLASSES if noun in _GROUPING_NOUNS else None)
    if noun == "cluster":
        named = next((m for m in reversed(doc.mentions_before(offset, "Organisation"))
                      if m.text.lower().endswith(" cluster")), None)
        if named is not None:
            return named
    if noun == "group":
        classes = _GROUPING_CLASSES | {"ClinicalCommissioningGroup"}
    found = _by_class(doc, offset, classes, subject=place is None)
    if found is not None and noun == "board" and _came_from(doc, found):
        found = next((m for m in reversed(doc.mentions_before(offset, "Organisation"))
                      if m.cls in _BOARD_HOLDERS and not _came_from(doc, m)), found)
    if found is not None and (noun in _PCT_NOUNS or noun in _AUTHORITY_NOUNS) \
            and _is_authority(found) != (noun in _AUTHORITY_NOUNS):
        wanted = noun in _AUTHORITY_NOUNS
        return next((m for m in reversed(doc.mentions_before(offset, "Organisation"))
                     if (_is_authority(m) if wanted else _is_pct(m))), found)
    return found


_BOARD_HOLDERS = TRUSTS | {"IntegratedCareBoard", "NationalBody", "Regulator", "NHSBody"}


def _came_from(doc: StoryDoc, mention: Mention) -> bool:
    """Whether ``mention`` is where someone came from ("joins X from Y"): no body "the board"
    of the story means."""
    return _CAME_FROM.search(doc.text, max(0, mention.start - 90), mention.start) is not None


_GP_PRACTICE = lazy_pattern(r"\b(?:Practice|Surgery|Medical\s+Centre|Health\s+Centre"
                            r"|Medical\s+Group)$")


def _is_authority(mention: Mention) -> bool:
    """A strategic health authority, which shares its class with primary care trusts."""
    return bool(_AUTHORITY.search(mention.text)
                or (mention.key and re.fullmatch(r"Q\d\d", mention.key)))


def _is_pct(mention: Mention) -> bool:
    """A primary care trust: of their class and no authority, or named in their "NHS <place>"
    brand, which the reference data may give to a later body of the same area."""
    if _is_authority(mention):
        return False
    return mention.cls == "NHSBody" or (mention.cls not in {"NationalBody", "Regulator"}
                                        and bool(_PCT_BRAND.fullmatch(mention.text)))


def _by_class(doc: StoryDoc, offset: int, classes: frozenset[str] | None,
              subject: bool = True) -> Mention | None:
    recent = (_sentence_subject(doc, offset, classes) if subject else None) or \
        _previous_sentence_body(doc, offset, classes) or (
        _in_paragraph(doc, offset, classes) if classes and not classes & TRUSTS else None)
    if recent is not None:
        return recent
    topic = topic_org(doc, classes) if classes else topic_org(doc)
    if topic is not None and topic.start < offset:
        return topic
    for mention in reversed(doc.mentions_before(offset, "Organisation")):
        if classes is None or mention.cls in classes:
            return mention
    return topic


FORMERLY_OF = lazy_pattern(r"\b(?:former|formerly|previously|ex-)\b[^,;]{0,50}\b(?:of|at)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
""""X is chaired by A, a former chief executive of B, while C is its chief executive": B is
where A was, not what "its" means."""
JOINED_FROM = lazy_pattern(r"\b(?:join|joined|joins|joining|come|came|comes|move|moved|arrive"
                            r"|arrived|drafted|seconded|parachuted)\b[^.;]{0,60}"
                            r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
""""X, who joined as chief executive from Y": Y is where X came from, not what X leads."""
_CAME_FROM = lazy_pattern(r"(?<!\bsupport\s)(?<!\bhelp\s)(?<!\badvice\s)(?<!\bfunding\s)"
                          r"(?<!\bbacking\s)(?<!\bguidance\s)(?<!\bofficials\s)(?<!\bdata\s)"
                          r"(?<!\bfigures\s)(?<!\binput\s)\bfrom\s+(?:the\s+)?$"
                          r"|\bleft\b[^.;]{0,30}?\bto\s+(?:become|join|lead|run|head)\b[^.;]{0,60}$"
                          r"|\b(?:previously|formerly|former|ex-"
                          r"|until\s+recently|most\s+recently|latterly|who\s+was|who\s+had\s+been"
                          r"|left\s+to\s+(?:become|join)|spent)\b[^.;]{0,60}"
                          r"\b(?:of|at)\s+(?:the\s+)?$|\b(?:before|until)\b[^.;]{0,80}\b(?:was|had"
                          r"\s+been|served\s+as|worked\s+as)\b[^.;]{0,60}\b(?:of|at)\s+(?:the\s+)?$"
                          r"|\bafter\s+(?:[\w-]+\s+){1,3}(?:years?|months?)\s+as\b[^.;]{0,60}\b(?:of|at)"
                          r"\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _in_paragraph(doc: StoryDoc, offset: int, classes: frozenset[str]) -> Mention | None:
    """"Lincolnshire ICS has chosen X ... The system's chair designate is Y": an area body
    ("the system", "the ICB", "the CCG") named earlier in the same paragraph, the latest one,
    when the paragraph does not name the story's main body of that kind."""
    paragraph = doc.text.rfind("\n\n", 0, offset)
    bodies = [m for m in doc.mentions_before(offset, "Organisation")
              if m.cls in classes and m.start > paragraph]
    topic = topic_org(doc, classes)
    if not bodies or topic is None or any(entity_key(m) == entity_key(topic) for m in bodies):
        return None
    return bodies[-1]


def _sentence_subject(doc: StoryDoc, offset: int,
                      classes: frozenset[str] | None) -> Mention | None:
    """"Imperial's turnaround was supported by KPMG, brought in to advise the trust": the body
    opening the sentence, when it is the only one of the kind named before "the trust"."""
    current = next((s for s in doc.sentences if s.start <= offset < s.end), None)
    if current is None or classes is None:
        return None
    bodies = [m for m in doc.mentions_in(current, "Organisation")
              if m.end <= offset and m.cls in classes]
    if not bodies or bodies[0].start - current.start > 4 or len(
            {m.key or normalise_name(m.text) for m in bodies}) != 1 or _CONTRAST.search(
                doc.text, bodies[0].end, offset):
        return None
    return bodies[0]


_CONTRAST = lazy_pattern(r"\b(?:while|whereas|but|although|than|unlike)\b")


def _previous_sentence_body(doc: StoryDoc, offset: int,
                            classes: frozenset[str] | None) -> Mention | None:
    """"The trust" opening a sentence right after one that named a single such body means
    that body, even when the story is mostly about another; after one that named several, the
    body their merger formed ("A and B have merged, creating C. The trust's ...")."""
    current = next((s for s in doc.sentences if s.start <= offset < s.end), None)
    if current is None or (offset - current.start > 4 and not _NAME_APPOSED.fullmatch(
            doc.text, current.start, offset) and not (_OPENING_ITS.match(current.text) and not any(
                m.start < offset for m in doc.mentions_in(current, "Organisation")))):
        return None
    before = [s for s in doc.sentences if s.end <= current.start]
    if not before:
        return None
    previous = before[-1]
    if _OPENS_WITH_REFERENCE.match(previous.text):
        return None
    bodies = [m for m in doc.mentions_in(previous, "Organisation")
              if classes is None or m.cls in classes]
    asides = [m.span() for m in _WHO_ASIDE.finditer(doc.text, previous.start, previous.end)]
    if bodies and all(any(s <= m.start < e for s, e in asides) for m in bodies) \
            and _PERSON_OPENS.match(previous.text):
        return None
    if len({m.key or normalise_name(m.text) for m in bodies}) != 1:
        formed = formed_body(doc, previous.end, classes)
        if formed is not None and formed.start >= previous.start:
            return formed
        asides = [m.span() for m in _WHO_ASIDE.finditer(doc.text, previous.start, previous.end)]
        bodies = [m for m in bodies if not any(s <= m.start < e for s, e in asides)]
        if len({m.key or normalise_name(m.text) for m in bodies}) != 1:
            return None
    if _CAME_FROM.search(doc.text, max(previous.start, bodies[0].start - 90), bodies[0].start) \
            or _RAN_BEFORE.search(doc.text, max(previous.start, bodies[0].start - 40),
                                  bodies[0].start) \
            or _HELD_NOW.search(doc.text, max(previous.start, bodies[0].start - 60),
                                bodies[0].start) \
            or _WORKS_AT.search(doc.text, max(previous.start, bodies[0].start - 70),
                                bodies[0].start):
        return None
    return bodies[0]


_WHO_ASIDE = lazy_pattern(r",\s*who\s[^,;]{1,160},")
_PERSON_OPENS = lazy_pattern(r"\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame)\s+)?"
                             r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*,\s*who\s")
""""X, who led the turnaround at A, was named director at B. The trust ...": B, not A."""


_NAME_APPOSED = lazy_pattern(r"\s*(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof|Sir|Dame)\s+)?"
                            r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s*,\s*")
""""Dr Pritchard, the trust's medical director, ...": a reference in the apposition of the
sentence's opening name reads like one opening the sentence."""
_RAN_BEFORE = lazy_pattern(r"\b(?:who\s+(?:had\s+)?|previously\s+|formerly\s+|once\s+)(?:ran|led"
                           r"|chaired|headed|managed|used\s+to\s+run)\s+(?:the\s+)?$",
                           re.IGNORECASE)


_OPENS_WITH_REFERENCE = lazy_pattern(r"\s*(?:It|The\s+trust|The\s+foundation\s+trust)\s")


def pronoun_org(doc: StoryDoc, sentence_start: int) -> Mention | None:
    """What a sentence-initial "It" most likely means: the body the sentence before created
    ("A and B became C"), else the first body it named, else the story's main one. A sentence
    before that itself opens with "Its" means what it meant."""
    before = [s for s in doc.sentences if s.end <= sentence_start]
    while len(before) > 1 and _OPENING_ITS.match(before[-1].text) and not any(
            m.start < before[-1].start + 5 for m in doc.mentions_in(before[-1], "Organisation")):
        before.pop()
    if before:
        previous = before[-1]
        orgs = doc.mentions_in(previous, "Organisation")
        formed = formed_body(doc, previous.end)
        if formed is not None and formed.start >= previous.start:
            return formed
        opening = _OPENING_REFERENCE.match(previous.text)
        if opening and opening.group(1).lower() not in {"its", "their", "our"} and (
                not orgs or orgs[0].start >= previous.start + opening.end(1)):
            found = definite_org(doc, opening.group(1), previous.start + opening.start(1))
            if found is not None:
                return found
        orgs = [m for m in orgs if not _CAME_FROM.search(doc.text, max(previous.start,
                                                                       m.start - 90), m.start)
                and not _HELD_NOW.search(doc.text, max(previous.start, m.start - 60), m.start)
                and not _ATTRIBUTIVE.match(doc.text, m.end, previous.end)]
        orgs = [m for m in orgs if not _possessor_of_apposed(doc, m, orgs)] or orgs
        orgs = [m for m in orgs if m.cls != "NewsOutlet"]
        acted_on = _DEFINITE_INSIDE.search(previous.text, orgs[0].end - previous.start) \
            if orgs and orgs[0].cls in OVERSEERS else None
        if acted_on is not None:
            found = definite_org(doc, acted_on.group(1), previous.start + acted_on.start(1))
            if found is not None and found.cls not in OVERSEERS:
                return found
        if orgs:
            return orgs[0]
        named = _DEFINITE_INSIDE.search(previous.text)
        found = definite_org(doc, named.group(1), previous.start + named.start(1)) \
            if named else None
        if found is not None:
            return found
    return topic_org(doc)


def _possessor_of_apposed(doc: StoryDoc, org: Mention, orgs: list[Mention]) -> bool:
    """"Walsall's neighbour, The Royal Wolverhampton NHS Trust, has offered ...": the sentence
    is about the body in apposition, not its possessor."""
    apposed = _POSSESSED_NOUN.match(doc.text, org.end)
    return apposed is not None and any(m.start == apposed.end() for m in orgs)


_POSSESSED_NOUN = lazy_pattern(r"[’']s?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*")
_ATTRIBUTIVE = lazy_pattern(r"\s+(?:official|officials|spokes(?:man|woman|person)|source|sources"
                            r"|insider|insiders|staff|employee|executive|manager|figure|figures"
                            r"|veteran|adviser|chief|boss)\b")
_DEFINITE_INSIDE = lazy_pattern(r"\b(the\s+(?:(?:new|merged)\s+)?(?:trust|foundation\s+trust"
                                r"|ICB|CCG|PCT))\b")
_HELD_NOW = lazy_pattern(r"\b(?:currently|until\s+now|is\s+now|are\s+now)\s+(?:[\w-]+\s+){1,6}?"
                         r"(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
""""X, currently chief executive of A, has been appointed to B. Its chair ...", "Y is now
chief executive of A. The trust's chair ...": not A."""
_WORKS_AT = lazy_pattern(r"(?-i:[A-Z])[\w’'-]+,\s+an?\s+(?!former\b)[^,;]{0,50}?\b(?:at|of)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
""""She is supported by Dr R, a consultant at A. The trust, which ...": A is where a person
named in passing works, not what "the trust" means."""
_OPENING_ITS = lazy_pattern(r"\s*(?:Its|Their|It|They)\s")
_OPENING_REFERENCE = lazy_pattern(rf"\s*(?:And\s+|But\s+|Meanwhile,\s+)?({DEFINITE_ORG})\b",
                                  re.IGNORECASE)


RELATIVE_CLAUSE = lazy_pattern(r",\s*(?:which|that|where)\b[^;]{1,200}?,"
                               r"(?=\s+(?:has|have|had|is|are|was|were|will|would|remains?|remained|moved|dropped|entered"
                               r"|exited|became|now)\b)"
                               r"|,\s*(?:which|that|where)\b[^,;]{1,160},"
                               r"|\s[–—]\s*(?:which|that|where)\b[^–—;]{1,160}[–—]")


def relative_clauses(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of ", which runs A and B," asides in ``text[:end]``: bodies named inside one are
    not what the sentence goes on to say something about."""
    return [(m.start(), m.end()) for m in RELATIVE_CLAUSE.finditer(text, 0, end)]


def org_named(doc: StoryDoc, name: str, offset: int,
              classes: frozenset[str] | None = None) -> Mention | None:
    """The body a bare or possessive name means ("Royal Cornwall’s", "Brightwater’s", "PHU’s"):
    a body named before in the story whose name starts with it, contains it or spells it; of
    ``classes`` when a word holds several ("the Bournemouth trust" when a hospital there is
    named too)."""
    wanted = normalise_name(name)
    if not wanted:
        return None
    earlier = doc.mentions_before(offset, "Organisation")
    candidates = []
    for mention in reversed(earlier):
        text = normalise_name(mention.text)
        if text == wanted:
            return mention
        if text.startswith(wanted + " ") or (
                len(wanted.split()) > 1 and f" {wanted} " in f" {text} "):
            candidates.append(mention)
    if candidates:
        counts = Counter(entity_key(m) for m in earlier)
        first = {entity_key(m): -m.start for m in reversed(earlier)}
        return max(candidates, key=lambda m: (m.cls != "Hospital", counts[entity_key(m)],
                                              first[entity_key(m)]))
    if name.isupper() and 2 < len(name) < 8:
        spelt = spelt_org(doc, name, offset)
        if spelt is not None:
            return spelt
    if len(wanted.split()) == 1 and wanted not in GENERIC_NAME_WORDS:
        holding = [m for m in doc.mentions_before(offset, "Organisation")
                   if wanted in _WORD.findall(normalise_name(m.text))]
        if len({m.key or m.text for m in holding}) > 1 and classes:
            holding = [m for m in holding if m.cls in classes]
        if len({m.key or m.text for m in holding}) == 1:
            return holding[-1]
    located = {entity_key(m): m for m in earlier if (place := _LOCATED_IN.match(doc.text, m.end))
               and normalise_name(place["place"]) == wanted}
    return next(iter(located.values())) if len(located) == 1 else None


_LOCATED_IN = lazy_pattern(r"\s*(?:,\s*(?:which\s+is\s+)?(?:in|based\s+in)\s+|\(\s*)"
                           r"(?P<place>[A-Z][\w’'-]+(?:\s+(?:upon\s+|on\s+)?[A-Z][\w’'-]+)?)\b")
"""A body named with its town ("X, in Dorchester,", "X (Yeovil)"): what "the Dorchester trust"
means when no name holds the town."""


_CAPITALISED_NAME = lazy_pattern(r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}")


def body_named_at(doc: StoryDoc, offset: int, end: int) -> tuple[Mention | None, int]:
    """The body named at ``offset`` and where its name ends there: a mention, or capitalised
    words a body named before in the story is called by ("his counterpart at Wye Valley")."""
    found = mention_at(doc, offset, "Organisation")
    if found is not None:
        return found, found.end
    short = _CAPITALISED_NAME.match(doc.text, offset, end)
    found = org_named(doc, short.group(0), offset) if short else None
    return (found, short.end()) if found is not None and short else (None, offset)


GENERIC_NAME_WORDS = frozenset({
    "nhs", "trust", "foundation", "university", "hospital", "hospitals", "teaching", "health",
    "care", "community", "partnership", "royal", "national", "general", "district", "city",
    "county", "north", "south", "east", "west", "central", "mental", "integrated", "board",
    "services", "group", "the", "and", "of", "new", "great", "greater", "mid", "upper", "lower"})


_WORD = lazy_pattern(r"[\w’'-]+")


def spelt_org(doc: StoryDoc, initials: str, offset: int) -> Mention | None:
    """The one body named before ``offset`` whose significant words begin with ``initials``
    ("RJAH": The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust)."""
    spelt = [m for m in doc.mentions_before(offset, "Organisation")
             if _spells(initials.lower(), m.text)]
    return spelt[-1] if len({m.key or m.text for m in spelt}) == 1 else None


def _spells(initials: str, name: str) -> bool:
    words = [w for w in re.split(r"[\s,/-]+", name.lower()) if w and w not in _MINOR_WORDS]
    return "".join(w[0] for w in words).startswith(initials)


def group_of(doc: StoryDoc, offset: int) -> Mention | None:
    """The group a "group chief executive" runs: the last "... Group" named before ``offset``
    in the story."""
    groups = [m for m in doc.mentions_before(offset, "Organisation") if m.text.endswith("Group")
              and m.cls not in {"Company", "NewsOutlet"}]
    return groups[-1] if groups else None


NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
COUNT = "two|three|four|five|six|seven|eight|nine|ten"
"""How many bodies a plural names ("the six CCGs"), as a regular expression's alternatives."""
PLURAL_BODIES = (rf"(?P<count>both|(?:the|all)\s+(?:{COUNT}))(?:\s+"
                 r"(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}(?P<pnoun>trusts|organisations|providers|hospitals"
                 r"|boards|ICBs|bodies|CCGs|groups"
                 r"|clinical\s+commissioning\s+groups|integrated\s+care\s+boards|PCTs"
                 r"|primary\s+care\s+trusts)\b)")
BARE_COUNT = rf"(?P<count>(?:the|all)\s+(?:{COUNT}))(?P<pnoun>)(?=\s*[,.;)])"
"""A count standing for bodies named before ("chief officer for all three,")."""


_PLURAL_AT = lazy_pattern(PLURAL_BODIES, re.IGNORECASE)


def plural_count(phrase: str) -> int:
    """How many bodies "both", "the two" or "all three" means."""
    return NUMBER_WORDS[phrase.split()[-1].lower()]
_PLURAL_OPENING = lazy_pattern(
    rf"\s*(?:The|These|Those|Both|All)\s+(?:(?P<count>{COUNT})\s+)?(?P<noun>trusts"
    r"|CCGs|ICBs|organisations|bodies|clinical commissioning groups)\b", re.IGNORECASE)
PLURAL_NOUN_CLASSES = {"ccgs": frozenset({"ClinicalCommissioningGroup"}),
                        "clinical commissioning groups": frozenset({"ClinicalCommissioningGroup"}),
                        "icbs": frozenset({"IntegratedCareBoard"}),
    "integrated care boards": frozenset({"IntegratedCareBoard"}),
    "pcts": frozenset({"NHSBody"}), "primary care trusts": frozenset({"NHSBody"}),
    "groups": frozenset({"ClinicalCommissioningGroup", "Organisation"})}
"""The bodies a plural noun ("the three CCGs") can mean; trusts when it is not listed."""


def plural_classes(plural: re.Match[str]) -> frozenset[str]:
    """The bodies a ``PLURAL_BODIES`` match means: of its noun's kind, trusts for a noun not
    listed, and trusts or local bodies for a bare count ("chief officer for all three,")."""
    if not plural["pnoun"]:
        return TRUSTS | {"IntegratedCareBoard", "ClinicalCommissioningGroup"}
    return PLURAL_NOUN_CLASSES.get(plural["pnoun"].lower(), TRUSTS)


def plural_referent(doc: StoryDoc, sentence_start: int) -> list[Mention]:
    """What "Their" or "They" opening a sentence means when the sentence before opened with
    "The three CCGs" (or "Both trusts"): those bodies, named in that sentence or before it."""
    before = [s for s in doc.sentences if s.end <= sentence_start]
    opening = _PLURAL_OPENING.match(before[-1].text) if before else None
    if opening is None:
        return []
    noun = opening["noun"].lower()
    count = NUMBER_WORDS.get((opening["count"] or opening.group(0).split()[0]).lower())
    classes = PLURAL_NOUN_CLASSES.get(noun, TRUSTS | {"IntegratedCareBoard",
                                                       "ClinicalCommissioningGroup"})
    named = {entity_key(m): m for m in doc.mentions_in(before[-1], "Organisation")
             if m.cls in classes}
    if count is not None and len(named) == count:
        return list(named.values())
    return plural_trusts(doc, before[-1].start, count, classes)


def plural_trusts(doc: StoryDoc, offset: int, count: int | None,
                  classes: frozenset[str] = TRUSTS) -> list[Mention]:
    """The ``count`` distinct trusts (or bodies of ``classes``) named before ``offset`` that
    the story names most, the latest on a tie ("both trusts"), or every one named before it
    when ``count`` is None ("the trusts"); not one a merger formed, which the story names by
    its own name or as "the new trust"."""
    seen: dict[str, Mention] = {}
    named = Counter(entity_key(m) for m in doc.mentions_before(offset, "Organisation"))
    formed = {entity_key(m) for m in doc.mentions_before(offset, "Organisation")
              if _is_formed(doc, m)
              and not _TAKEN_OVER_BY.search(doc.text, max(0, m.start - 50), m.start)}
    for mention in reversed(doc.mentions_before(offset, "Organisation")):
        key = mention.key or normalise_name(mention.text)
        if mention.cls in classes and key not in seen and entity_key(mention) not in formed:
            seen[key] = mention
    if count is None:
        return list(seen.values())[::-1]
    if len(seen) < count:
        return []
    ranked = sorted(seen.values(), key=lambda m: (named[entity_key(m)], m.start), reverse=True)
    return sorted(ranked[:count], key=lambda m: m.start)


def bodies_at(doc: StoryDoc, start: int, end: int, before: int) -> list[Mention]:
    """"for NHS Y", "for the trust", "for both boards": the body named at ``start`` (after an
    article), or the bodies a plural there means, named together before ``before``."""
    plural = _PLURAL_AT.match(doc.text, start, end)
    if plural is not None:
        return coordinated_trusts(doc, before, plural_count(plural["count"]),
                                  plural_classes(plural))
    article = 4 if doc.text[start:start + 4].lower() == "the " else 0
    named = mention_at(doc, start + article, "Organisation")
    return [named] if named is not None else []


def coordinated_trusts(doc: StoryDoc, offset: int, count: int,
                       classes: frozenset[str] = TRUSTS) -> list[Mention]:
    """What "the trusts" or "both trusts" means: the last ``count`` trusts (or bodies of
    ``classes``) named together ("A and B") before ``offset``, else the last ``count`` named."""
    trusts = [m for m in doc.mentions_before(offset, "Organisation") if m.cls in classes]
    for index in range(len(trusts) - 1, count - 2, -1):
        group = trusts[index - count + 1:index + 1]
        linked = all(_COORDINATED.fullmatch(doc.text, a.end, b.start)
                     for a, b in pairwise(group))
        if linked and len({m.key or m.text for m in group}) == count:
            return group
    return plural_trusts(doc, offset, count, classes) or _listed_next(doc, offset, count,
                                                                      classes)


def _listed_next(doc: StoryDoc, offset: int, count: int,
                 classes: frozenset[str]) -> list[Mention]:
    """"The merger of the three CCGs ... A, B and C have shared a team since 2016": when the
    bodies a number means are not named before, the list opening the next sentence, if it
    names exactly that many."""
    following = [s for s in doc.sentences if s.end > offset]
    if len(following) < 2:
        return []
    bodies = doc.mentions_in(following[1], "Organisation")
    if not bodies or bodies[0].cls not in classes or not re.match(
            r"\s*(?:(?:They|These|Those)\s+(?:are|were|include|included)\s*:?\s*)?(?:the\s+)?$",
            doc.text[following[1].start:bodies[0].start], re.IGNORECASE):
        return []
    listed = listed_with(doc, bodies, bodies[0], _COORDINATED_LIST, before=False)
    return listed if len(listed) == count and all(m.cls in classes for m in listed) else []


def coordinated_bodies(doc: StoryDoc, offset: int,
                       classes: frozenset[str] = TRUSTS) -> list[Mention]:
    """What "the trusts" or "the ICBs" means when no number is given: the last bodies of
    ``classes`` named together ("A and B", "A, B and C") before ``offset``."""
    bodies = [m for m in doc.mentions_before(offset, "Organisation") if m.cls in classes]
    for index in range(len(bodies) - 1, 0, -1):
        start = index
        while start > 0 and _COORDINATED_LIST.fullmatch(doc.text, bodies[start - 1].end,
                                                        bodies[start].start):
            start -= 1
        group = {m.key or normalise_name(m.text): m for m in bodies[start:index + 1]}
        if len(group) >= 2:
            return list(group.values())
    return []


_WHICH_ASIDE = (r"(?:\s*,\s*(?:which|that)\s+(?:runs|ran|run|manages|managed|operates|provides)"
                r"\b[^,;.]{1,100}(?=,))?")
_COORDINATED_LIST = lazy_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?" + _WHICH_ASIDE
                                 + r"(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_COORDINATED = lazy_pattern(_WHICH_ASIDE + r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
""""A, which runs H, and B": the aside on what A runs does not end the list."""


def reference_pattern(nouns: str) -> re.Pattern[str]:
    """"the trust", "the island trust", "the Gorleston trust", "It", "its": a reference to a
    body of one of ``nouns`` (a regex alternation such as ``"trust|ICB"``)."""
    return compile_pattern(
        r"\b((?i:the)\s+(?:[A-Z][\w’'-]*\s+|island\s+|acute\s+|mental health\s+|community\s+"
        r"|specialist\s+|children’s\s+|children's\s+|ambulance\s+|hospital\s+|merged\s+"
        r"|combined\s+|enlarged\s+)?"
        rf"(?:{nouns}){_THE_TRUST if 'trust' in nouns.split('|') else ''}|[Ii]ts?"
        rf"{_PERSONS_TRUST if 'trust' in nouns.split('|') else ''})\b")


_PERSONS_TRUST = (r"|(?:[Hh]is|[Hh]er|(?:Mr|Ms|Mrs|Miss|Dr|Professor)\s+[A-Z][\w-]+[’']s)\s+"
                  r"(?:foundation\s+)?trust")
""""Her trust", "Mr Tullett's trust": the body the story has that person lead."""


_THE_TRUST = r"|(?i:the)\s+(?:Foundation\s+)?Trust(?!\s+(?-i:[A-Z]))"
""""the Trust": how a trust's own pages name it (not "the Trust Development Authority")."""


def referred_org(doc: StoryDoc, phrase: str, sentence_start: int, offset: int) -> Mention | None:
    """The body a reference found by :func:`reference_pattern` means."""
    if phrase.lower() in {"it", "its"}:
        return pronoun_org(doc, sentence_start)
    owner = re.match(r"(?:his|her|(?:mr|ms|mrs|miss|dr|professor)\s+([\w-]+)[’']s)\s",
                     phrase, re.IGNORECASE)
    if owner is not None:
        person = previous_person(doc, offset) if owner.group(1) is None else next(
            (m for m in reversed(doc.mentions_before(offset, "Person"))
             if m.text.split()[-1] == owner.group(1)), None)
        return body_led_by(doc, person, offset) if person is not None else None
    if NEW_BODY.match(phrase):
        return definite_org(doc, phrase, offset)
    return definite_org(doc, "the " + phrase.split()[-1], offset)


PEOPLE_LINK = lazy_pattern(r"(?:\s+(?:MP|QC|KC|CBE|OBE|MBE|DBE|KBE))*\s*(?:,\s*(?:and\s+)?|and\s+"
                           r"|&\s+)")
"""What joins the names in a list of people ("A, B and C", "A MP and B")."""


def listed_with(doc: StoryDoc, orgs: list[Mention], first: Mention, link: Any, *,
                before: bool = True, after: bool = True) -> list[Mention]:
    """``first`` and the bodies listed next to it in ``orgs`` (sorted, non-overlapping): the
    neighbours whose gap is one of ``link``'s separators, as far as they run."""
    start = end = orgs.index(first)
    while after and end + 1 < len(orgs) and link.fullmatch(doc.text, orgs[end].end,
                                                          orgs[end + 1].start):
        end += 1
    while before and start > 0 and link.fullmatch(doc.text, orgs[start - 1].end,
                                                  orgs[start].start):
        start -= 1
    return orgs[start:end + 1]


def previous_person(doc: StoryDoc, offset: int) -> Mention | None:
    """Who "She" or "He" at ``offset`` means: the subject (first person named) of the nearest
    sentence before that names anyone, else the last person named before ``offset``; a person
    the story calls "Mr" is no "she", one it calls "Ms" no "he"."""
    said = _PRONOUN_SAID.match(doc.text, offset)
    pronoun = said["pronoun"].lower() if said else None
    titled = _titled_genders(doc) if pronoun else {}
    for sentence in reversed([s for s in doc.sentences if s.end <= offset]):
        people = [m for m in doc.mentions_in(sentence, "Person")
                  if titled.get(m.text.split()[-1]) in {None, pronoun}]
        same = _SAME_PRONOUN_OPENS.match(doc.text, sentence.start, sentence.end)
        if people and same and same["pronoun"].lower() == pronoun:
            continue
        if people:
            return people[0]
    people = doc.mentions_before(offset, "Person")
    return people[-1] if people else None


_PRONOUN_SAID = lazy_pattern(r"[^.;:]{0,60}?\b(?P<pronoun>[Ss]he|[Hh]e)\b")
_SAME_PRONOUN_OPENS = lazy_pattern(r"\s*(?P<pronoun>She|He)\s")
""""He succeeds Dr Jane Doe. He was previously ...": a sentence that opens with the same pronoun
has the same subject, not the person it names after."""
_HE_TITLES = frozenset({"Mr", "Mr.", "Sir", "Lord"})
_SHE_TITLES = frozenset({"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Baroness"})


def _titled_genders(doc: StoryDoc) -> dict[str, str]:
    """Surname → "he" or "she", for the people the story gives a gendered title (the first
    such title wins), read in one pass over its mentions."""
    genders: dict[str, str] = {}
    for mention in doc.mentions:
        words = mention.text.split()
        if mention.category != "Person" or len(words) < 2 or words[-1] in genders:
            continue
        if words[0] in _HE_TITLES:
            genders[words[-1]] = "he"
        elif words[0] in _SHE_TITLES:
            genders[words[-1]] = "she"
    return genders


__all__ += [
    "BARE_COUNT",
    "FORMERLY_OF",
    "GENERIC_NAME_WORDS",
    "JOINED_FROM",
    "NEW_BODY",
    "OVERSEERS",
    "PLURAL_BODIES",
    "PLURAL_NOUN_CLASSES",
    "RELATIVE_CLAUSE",
    "TRUSTS",
    "bodies_at",
    "body_named_at",
    "coordinated_bodies",
    "coordinated_trusts",
    "listed_with",
    "org_named",
    "plural_count",
    "plural_trusts",
    "pronoun_org",
    "reference_pattern",
    "referred_org",
    "relative_clauses",
    "sent_by_overseer",
]


_NOT_COMPANY_WORDS = frozenset({
    "The", "A", "An", "And", "But", "It", "Its", "This", "That", "Separately", "Consortium",
    "NHS", "Plus", "Meanwhile", "Elsewhere", "Consultancy", "Company", "Firm", "Supplier",
    "Contractor", "Contracts", "Contract", "Deals", "Deal", "Having", "After", "Before", "Since",
    "When", "While", "Although", "If", "As", "In", "On", "At", "For", "With", "Under", "Despite",
    "Following", "Today", "Yesterday", "Last", "Next", "These", "Those", "Both", "All", "Some",
    "Each", "Every", "Who", "What", "Why", "How", "Where", "Sources", "Staff", "Patients", "He",
    "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Administrator",
    "Administrators", "Regulator", "Watchdog", "Inspectors", "Auditor", "Auditors", "Nobody",
    "Everybody", "Everyone", "Someone", "Somebody", "Anyone", "Anybody", "Nothing", "Everything"})
_BODY_NOUNS = frozenset({"trust", "trusts", "board", "boards", "council", "hospital", "icb",
                         "ccg", "group", "government", "department", "ministers", "regulator",
                         "watchdog", "commissioners", "bosses", "officials", "health"})
"""A headline's "Trust signs £180m deal": a generic noun is no company's name."""
_ADJECTIVE_NAME = lazy_pattern(r"-(?:led|based|run|owned|funded|wide)$")


GENERIC_BODY = lazy_pattern(r"(?:the\s+)?organisation\b", re.IGNORECASE)


def body_led_by(doc: StoryDoc, person: Mention, before: int,
                statuses: frozenset[str] = frozenset({"current"})) -> Mention | None:
    """The body an earlier sentence gave this person a post at (a current one by default):
    what "has led the organisation since 2018" means for them."""
    surname = person.text.split()[-1]
    held = [f.object for f in doc.facts
            if f.predicate == "leads" and f.evidence.start < before and f.status in statuses
            and isinstance(f.object, Mention) and f.subject.text.split()[-1] == surname]
    return held[-1] if held else None


_JOINS_BODY = lazy_pattern(r"\b(?:join|joins|joining|move\s+to|moves\s+to|moving\s+to)\s+"
                           r"(?:the\s+)?", re.IGNORECASE)


def joined_body(doc: StoryDoc, start: int, end: int) -> Mention | None:
    """The body a clause says its subject joins: "X, deputy chief nurse at A, will join B,
    succeeding Y" (Y's post was at B, not at A)."""
    joins = _JOINS_BODY.search(doc.text, start, end)
    return mention_at(doc, joins.end(), "Organisation") if joins else None


__all__ += ["GENERIC_BODY", "body_led_by", "joined_body"]


def new_company(doc: StoryDoc, extractor: str, start: int, end: int) -> Mention | None:
    """A company named only by its place in a construction ("awarded to Kestrel Labs",
    "advice came from Hale Law"): a mention here and wherever the story names it again; not
    the first words of a body the story names in full ("Royal Free signs EPR deal")."""
    while end > start and doc.text[end - 1] in ".,":
        end -= 1
    surface = doc.text[start:end]
    words = surface.split()
    while words and words[0] in _NOT_COMPANY_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    if not words or _ADJECTIVE_NAME.search(words[-1]) or (
            len(words) == 1 and words[0].lower() in _BODY_NOUNS):
        return None
    name = doc.text[start:end]
    if any(m.category == "Organisation" and m.text.startswith(name + " ") for m in doc.mentions):
        return None
    mention = Mention(doc.story.id, start, end, name, "Organisation", "Company", None, extractor)
    if not doc.add_mention(mention):
        return mention_at(doc, start, "Organisation")
    for other in whole_words(doc.text, name, doc.story.start, doc.story.end, "-"):
        doc.add_mention(Mention(doc.story.id, other, other + len(name), name, "Organisation",
                                "Company", None, extractor))
    return mention


__all__ += ["new_company", "plural_classes"]

MONEY = r"£\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|mn)\b)?"
DEAL_MONEY = (rf"(?<!deficit of )(?<!shortfall of )(?<!overspend of )(?<!debts of )(?<!debt of )"
              rf"(?<!gap of )(?<!savings of )(?<!towards )(?>{MONEY})(?!\s+(?:(?:underlying"
              rf"|financial|funding|budget|forecast)\s+)?(?:deficit|shortfall|overspend"
              rf"|debts?|gap|black\s+hole|savings)\b)")
"""A sum a contract is worth: not a body's deficit, debt or savings target."""
ON_BEHALF = r"(?:on|in)\s+behalf\s+of\s+(?:the\s+)?"
"""A client named after the one doing the work ("produced by X on behalf of Y")."""
COMPANY_NAME = r"[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?(?:[A-Z][\w&’'.-]*|\d{1,3}\b)){0,3}"

__all__ += ["COMPANY_NAME", "DEAL_MONEY", "MONEY", "ON_BEHALF"]
