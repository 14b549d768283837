"""Organisational structure: –partOf→ (units, members, "part of") and –mergesWith→."""

from __future__ import annotations

import re

from kg.extract.context import mention_at
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.model import Mention, Sentence

__all__ = ["make_mergers", "make_part_of"]

_FLAGS = re.IGNORECASE
_UNIT = re.compile(
    r"[’']s?\s+(?:new\s+|own\s+|recently\s+created\s+|national\s+)?((?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Function|Unit|Directorate|Team|Hub|Division|Academy|Centre|Institute|Programme Board"
    r"|Taskforce|Task Force|Commercial Function|Agency|Office))\b"
)
_PART_OF = re.compile(
    r"(?:,\s*(?:which\s+is\s+|which\s+are\s+|both\s+|all\s+|now\s+|itself\s+)?|\s+(?:is|are|was"
    r"|were|will be|became|becomes|has become|is now|are now)\s+(?:now\s+)?)(?:a\s+|an\s+)?"
    r"(?:part of|member of|members of|a member of|within|under)\s+(?:the\s+)?$", _FLAGS
)
_JOIN_GROUP = re.compile(r"\s+(?:has\s+|have\s+|will\s+|is to\s+)?(?:joined|join|joins)\s+"
                         r"(?:the\s+)?$", _FLAGS)
_GROUPING = re.compile(r"(?:Group|Alliance|Collaborative|Partnership|Network|ICS|System"
                       r"|Integrated Care System|ICB|Integrated Care Board)$")
_MERGE = re.compile(
    r"\b(?:merg(?:e|es|ed|ing|er|ers)|amalgamat\w+|(?:soon\s+to\s+be\s+)?align(?:ed|ment)?"
    r"|combin(?:e|es|ed|ing)|join(?:ed|ing)? forces|form(?:ed|ing)? a group|group model"
    r"|single organisation|acquisition of|acquire[sd]?|take-?over of|creat(?:e|ed|ing) a group"
    r"|form(?:ed|ing)? a single)\b", _FLAGS
)
_NOT_A_MERGER = re.compile(
    r"\b(?:not|no plans|ruled? out|rules out|could|might|may|considering|consider|explor\w+"
    r"|possible|potential|speculation|rumou?r\w*|would|opposed|against|called off"
    r"|abandoned|scrapped|neither|nor|no)\b", _FLAGS
)


@extractor("part_of", requires=("mentions.organisation",), assigns=("facts.partOf",))
def make_part_of() -> object:
    def part_of(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            _units(doc, sentence)
            _memberships(doc, sentence)
        return doc
    return part_of


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
            pair = _merging_pair(doc, sentence, orgs, sentence.start + trigger.start())
            if pair:
                first, second = pair
                add_fact(doc, sentence, first, "mergesWith", second, extractor="mergers",
                         confidence=0.75)
        return doc
    return mergers


def _merging_pair(
    doc: StoryDoc, sentence: Sentence, orgs: list[Mention], trigger: int
) -> tuple[Mention, Mention] | None:
    after = [m for m in orgs if m.start >= trigger]
    before = [m for m in orgs if m.end <= trigger]
    if len(after) >= 2 and re.fullmatch(r"\s*(?:and|&|with|,)\s*(?:the\s+)?",
                                         doc.text[after[0].end:after[1].start]):
        return after[0], after[1]
    if before and after and re.search(r"\bwith\s+(?:the\s+)?$", doc.text[trigger:after[0].start]):
        return before[-1], after[0]
    if len(before) >= 2 and re.fullmatch(r"\s*(?:and|&)\s*(?:the\s+)?",
                                         doc.text[before[-2].end:before[-1].start]):
        return before[-2], before[-1]
    return None
