"""Organisational structure: –partOf→ (units, members, "part of") and –mergesWith→."""

from __future__ import annotations

import re

from kg.extract.context import TRUSTS, definite_org, mention_at, plural_trusts, pronoun_org
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.model import Mention, Sentence

__all__ = ["make_mergers", "make_part_of"]

_FLAGS = re.IGNORECASE
_UNIT = re.compile(
    r"[’']s?\s+(?:new\s+|own\s+|recently\s+created\s+|national\s+)?((?:(?:[A-Z][\w-]*|and|&)\s+){0,4}"
    r"(?:Function|Unit|Directorate|Team|Hub|Division|Academy|Centre|Institute|Programme Board"
    r"|Taskforce|Task Force|Commercial Function|Agency|Office))\b"
)
_PART_OF = re.compile(
    r"(?:,\s*(?:which\s+is\s+|which\s+are\s+|both\s+|all\s+|now\s+|itself\s+|also\s+)?"
    r"|\s+(?:is|are|was|were|will be|became|becomes|has become|is now|are now|will become)\s+"
    r"(?:now\s+|also\s+)?|\s+(?:sits|sit|falls|fall|belongs|belong)\s+)(?:a\s+|an\s+)?"
    r"(?:part of|member of|members of|a member of|within|under|to|(?:a\s+)?(?:wholly\s+owned\s+)?"
    r"subsidiary of|owned by)\s+(?:the\s+)?$", _FLAGS
)
_SUBJECT_REFERENCE = re.compile(r"^\s*((?i:the)\s+(?:trust|foundation trust|ICB|hospital)|It)\b")
_GROUP_WORDS = re.compile(r"(?:Group|Partnership|Alliance|Collaborative|Network|Association"
                          r"|Federation|Consortium)$")
_FORMS = re.compile(r"\b(?:agreed to form|will form|to form|formed|form|create|created|set up"
                    r"|establish|established|launch|launched)\s+(?:the\s+|a\s+new\s+)?$", _FLAGS)
_BRINGS_TOGETHER = re.compile(r"\b(?:brings together|includes|comprises|formed (?:in \d{4} )?by"
                              r"|made up of|consists of|created (?:in \d{4} )?by)\s+(?:the\s+)?",
                              _FLAGS)
_GROUP_REFERENCE = re.compile(r"^\s*(?:The|This|That|Its)\s+(?:new\s+)?(group|partnership|alliance"
                              r"|collaborative|network|association)\b", _FLAGS)
_JOIN_GROUP = re.compile(r"\s+(?:has\s+|have\s+|will\s+|is to\s+)?(?:joined|join|joins)\s+"
                         r"(?:the\s+)?$", _FLAGS)
_GROUPING = re.compile(r"(?:Group|Alliance|Collaborative|Partnership|Network|ICS|System"
                       r"|Integrated Care System|ICB|Integrated Care Board)$")
_MERGE = re.compile(
    r"\b(?:merg(?:e|es|ed|ing|er|ers)|amalgamat\w+|(?:soon\s+to\s+be\s+)?align(?:ed|ment)?"
    r"|combin(?:e|es|ed|ing)|join(?:ed|ing)? forces|form(?:ed|ing)? a group|group model"
    r"|single organisation|acquisition of|acquire[sd]?|take-?over of|creat(?:e|ed|ing) a group"
    r"|form(?:ed|ing)? a single|folded into|absorbed into|absorbed by|subsumed into)\b", _FLAGS
)
_NOT_A_MERGER = re.compile(
    r"\b(?:not|no plans|ruled? out|rules out|could|might|may|considering|consider|explor\w+"
    r"|possible|potential|speculation|rumou?r\w*|would|opposed|against|called off"
    r"|abandoned|scrapped|neither|nor|no)\b", _FLAGS
)


_UNIT_NOUN = re.compile(
    r"[’']s?\s+(?:[\w-]+\s+){0,2}(?:unit|arm|directorate|subsidiary|team|division|agency"
    r"|company|hub|programme)\b", _FLAGS)
_NAME_BEFORE_COMMA = re.compile(r"(?:The\s+)?([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})\s*,\s*$")
_SYSTEMS = frozenset({"IntegratedCareBoard", "IntegratedCareSystem"})
_IN_SYSTEM = re.compile(r"\b(?:within|in|across|inside|part of)\s+(?:the\s+)?$", _FLAGS)
_LIST_AFTER = re.compile(r"\s+system\s+(?:are|were|include|includes|included)\s*:?\s*", _FLAGS)
_PLURAL = re.compile(
    r"^\s*(?:Both|The two|The three|The four|All three|All four|All|These|Those|The)\s+"
    r"(?:(?P<count>two|three|four|five)\s+)?(?:NHS\s+)?(?:trusts|organisations|providers)\b",
    _FLAGS)
_ONE_OF = re.compile(r"^\s*(?:It|The trust|The foundation trust)\s+is\b", _FLAGS)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


@extractor("part_of", requires=("mentions.organisation",), assigns=("facts.partOf",))
def make_part_of() -> object:
    def part_of(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            _units(doc, sentence)
            _unit_appositions(doc, sentence)
            _memberships(doc, sentence)
            _systems(doc, sentence)
            _groups(doc, sentence)
        return doc
    return part_of


def _groups(doc: StoryDoc, sentence: Sentence) -> None:
    """"A and B have agreed to form the C Group"; "The group ... brings together A and B"."""
    orgs = doc.mentions_in(sentence, "Organisation")
    for group in orgs:
        if not _GROUP_WORDS.search(group.text):
            continue
        forms = _FORMS.search(doc.text[sentence.start:group.start])
        if forms:
            for member in _chained_before(doc, orgs, sentence.start + forms.start()):
                if member.text != group.text:
                    add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                             confidence=0.7)
        together = _BRINGS_TOGETHER.search(doc.text, group.end, sentence.end)
        if together and together.start() - group.end < 60:
            for member in [m for m in orgs if m.start >= together.end()]:
                add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                         confidence=0.7)
    reference = _GROUP_REFERENCE.match(sentence.text)
    together = _BRINGS_TOGETHER.search(sentence.text) if reference else None
    if reference and together:
        noun = reference.group(1).lower()
        group = next((m for m in reversed(doc.mentions_before(sentence.start, "Organisation"))
                      if m.text.lower().endswith(noun)), None)
        for member in [m for m in orgs if m.start - sentence.start >= together.end()]:
            if group is not None:
                add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                         confidence=0.65)


def _unit_appositions(doc: StoryDoc, sentence: Sentence) -> None:
    """"The Transformation Directorate, NHS England’s digital unit," is part of NHS England."""
    for org in doc.mentions_in(sentence, "Organisation"):
        if not _UNIT_NOUN.match(doc.text, org.end, sentence.end):
            continue
        name = _NAME_BEFORE_COMMA.search(doc.text[sentence.start:org.start])
        if name is None:
            continue
        start, end = sentence.start + name.start(1), sentence.start + name.end(1)
        unit = mention_at(doc, start, "Organisation")
        if unit is None:
            unit = Mention(doc.story.id, start, end, doc.text[start:end], "Organisation",
                           "OrganisationalUnit", None, "part_of")
            if not doc.add_mention(unit):
                continue
        add_fact(doc, sentence, unit, "partOf", org, extractor="part_of", confidence=0.7)


def _systems(doc: StoryDoc, sentence: Sentence) -> None:
    """Trusts "within the Kent and Medway system", listed, or named in the sentences before."""
    for system in doc.mentions_in(sentence, "Organisation"):
        if system.cls not in _SYSTEMS:
            continue
        head = doc.text[sentence.start:system.start]
        if not _IN_SYSTEM.search(head):
            continue
        members = [m for m in doc.mentions_in(sentence, "Organisation")
                   if m.cls in TRUSTS and m.text != system.text]
        listed = _LIST_AFTER.match(doc.text, system.end, sentence.end)
        if listed:
            members = [m for m in members if m.start >= listed.end()]
        elif not members:
            members = _referred_trusts(doc, sentence, head)
        for member in members:
            add_fact(doc, sentence, member, "partOf", system, extractor="part_of",
                     confidence=0.65)


def _referred_trusts(doc: StoryDoc, sentence: Sentence, head: str) -> list[Mention]:
    """"Both trusts", "All three trusts", "It is one of the trusts": the trusts meant."""
    if _ONE_OF.match(head):
        org = pronoun_org(doc, sentence.start)
        return [org] if org is not None and org.cls in TRUSTS else []
    plural = _PLURAL.match(head)
    if plural is None:
        return []
    word = (plural["count"] or plural.group(0).split()[0]).lower()
    return plural_trusts(doc, sentence.start, _COUNTS.get(word))


def _units(doc: StoryDoc, sentence: Sentence) -> None:
    """"NHSE’s new Central Commercial Function": the unit is named and belongs to the body."""
    for org in doc.mentions_in(sentence, "Organisation"):
        match = _UNIT.match(doc.text, org.end, sentence.end)
        if match is None or len(match.group(1).split()) < 2:
            continue
        start, end = match.span(1)
        unit = mention_at(doc, start, "Organisation") or Mention(
            doc.story.id, start, end, doc.text[start:end], "Organisation", "OrganisationalUnit",
            None, "part_of")
        if unit.extractor != "part_of" or doc.add_mention(unit):
            add_fact(doc, sentence, unit, "partOf", org, extractor="part_of", confidence=0.75)


def _memberships(doc: StoryDoc, sentence: Sentence) -> None:
    orgs = doc.mentions_in(sentence, "Organisation")
    for index, whole in enumerate(orgs):
        head = doc.text[sentence.start:whole.start]
        cue = _PART_OF.search(head)
        joins = _JOIN_GROUP.search(head) if _GROUPING.search(whole.text) else None
        if cue is None and joins is None:
            continue
        cue_start = sentence.start + (cue or joins).start()  # type: ignore[union-attr]
        members = [m for m in orgs[:index] if m.end <= cue_start]
        subject = _SUBJECT_REFERENCE.match(head)
        if not members and subject:
            phrase = subject.group(1)
            member = (pronoun_org(doc, sentence.start) if phrase.lower() == "it"
                      else definite_org(doc, phrase, sentence.start))
            if member is not None and member.text != whole.text:
                add_fact(doc, sentence, member, "partOf", whole, extractor="part_of",
                         confidence=0.6)
            continue
        chained = []
        for member in reversed(members):
            gap = doc.text[member.end:chained[-1].start] if chained else doc.text[
                member.end:cue_start]
            if chained and not re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*", gap):
                break
            if not chained and len(gap) > 60:
                break
            chained.append(member)
        for member in chained:
            add_fact(doc, sentence, member, "partOf", whole, extractor="part_of",
                     confidence=0.7)


@extractor("mergers", requires=("mentions.organisation",), assigns=("facts.mergesWith",))
def make_mergers() -> object:
    def mergers(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            trigger = _MERGE.search(sentence.text)
            if trigger is None or _NOT_A_MERGER.search(
                    sentence.text[max(0, trigger.start() - 50):trigger.end()]):
                continue
            orgs = [m for m in doc.mentions_in(sentence, "Organisation")]
            start = sentence.start + trigger.start()
            if trigger.group(0).lower().startswith(("folded", "absorbed", "subsumed")):
                absorber = next((m for m in orgs if m.start >= start), None)
                for member in _chained_before(doc, orgs, start) if absorber else []:
                    add_fact(doc, sentence, member, "mergesWith", absorber, extractor="mergers",
                             confidence=0.7)
                continue
            pair = _merging_pair(doc, sentence, orgs, start)
            if pair:
                first, second = pair
                add_fact(doc, sentence, first, "mergesWith", second, extractor="mergers",
                         confidence=0.75)
        return doc
    return mergers


def _chained_before(doc: StoryDoc, orgs: list[Mention], offset: int) -> list[Mention]:
    """"A and B, both of which were folded into C": the bodies listed just before ``offset``."""
    before = [m for m in orgs if m.end <= offset]
    chained: list[Mention] = []
    for member in reversed(before):
        gap = doc.text[member.end:(chained[-1].start if chained else offset)]
        if chained and not re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", gap):
            break
        if not chained and len(gap) > 60:
            break
        chained.append(member)
    return chained[::-1]


def _merging_pair(
    doc: StoryDoc, sentence: Sentence, orgs: list[Mention], trigger: int
) -> tuple[Mention, Mention] | None:
    after = [m for m in orgs if m.start >= trigger]
    before = [m for m in orgs if m.end <= trigger]
    if len(after) >= 2 and re.fullmatch(r"\s*(?:and|&|with|,|into)\s*(?:the\s+)?",
                                         doc.text[after[0].end:after[1].start]):
        return after[0], after[1]
    if before and after and re.search(r"\bwith\s+(?:the\s+)?$", doc.text[trigger:after[0].start]):
        return before[-1], after[0]
    if len(before) >= 2 and re.fullmatch(r"\s*(?:and|&)\s*(?:the\s+)?",
                                         doc.text[before[-2].end:before[-1].start]):
        return before[-2], before[-1]
    return None
