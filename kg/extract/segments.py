"""trust –movedToSegment→ segment (with the segment it left) and –inSegment→ segment.

Handles the oversight framework's segments and the older "tier" wording, numbers as words or
digits, moves stated with a list of trusts ("The four trusts promoted to segment three were A;
B; C; and D"), and a "from" carried over from the sentence before ("four trusts have moved out
of segment four. The four trusts promoted to segment three were ...").
"""

from __future__ import annotations

import re

from kg.extract.context import NHS_BODIES, mention_at, reference_pattern, referred_org
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["SEGMENT", "canonical_segment"]

NAME = "segments"
_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
SEGMENT = r"[“‘\"']?(segment|tier|category)\s+(one|two|three|four|five|[1-5])\b[”’\"']?"
_SEGMENT = lazy_pattern(SEGMENT, re.IGNORECASE)
_FLAGS = re.IGNORECASE
_SEGMENT_CUE = Cue("segment", "tier", "categor")
_FROM_TO = lazy_pattern(
    rf"\bfrom\s+{SEGMENT}\s+(?:\([^)]{{1,60}}\)\s+)?(?:in)?to\s+{SEGMENT}", _FLAGS)
_INTO = lazy_pattern(
    rf"\b(?:promoted|moved|moving|move|moves|upgraded|relegated|downgraded|dropped|drops|fell"
    rf"|falls|slipped|rose|climbed|escalated|de-escalated|placed|put|went|entered|enters"
    rf"|pushed|demoted|returned|graduated|improved)\b(?:[^.;]|\.(?=\d)){{0,80}}?"
    rf"\b(?:in|into|to|up to"
    rf"|down to|back to|back into)\s+{SEGMENT}", _FLAGS
)
_ENTERED = lazy_pattern(rf"\b(?:entered|enters|joined|joins)\s+{SEGMENT}", _FLAGS)
_OUT_OF = lazy_pattern(rf"\b(?:out of|exited|left|leaves|leave|exit|from)\s+{SEGMENT}", _FLAGS)
_STATIC = lazy_pattern(
    rf"\b(?:remains?|remained|is|are|was|were|sits?|stays?|stayed|still|currently|been|be"
    rf"|came|comes|ranked|rated)\s+(?:still\s+|currently\s+|now\s+)?(?:in|within|as)\s+"
    rf"(?:the\s+)?(?:bottom\s+|top\s+|lowest\s+|highest\s+)?{SEGMENT}", _FLAGS
)
_LIST_INTRO = lazy_pattern(r"\b(?:were|are|was|is|include|included|including|namely)\s*:?\s+|:\s*")
_GENERIC_SUBJECT = lazy_pattern(
    r"^\s*(?:trusts|providers|organisations|systems|icbs|no trusts|all trusts|any trust)\b", _FLAGS
)
_REFERENCE = reference_pattern("foundation trust|trust|ICB|system")
_EXCLUDED_CLASSES = frozenset({"NationalBody", "Regulator", "GovernmentDepartment", "NewsOutlet",
                               "Company", "MembershipBody"})


def canonical_segment(kind: str, number: str) -> str:
    """Example:

    >>> canonical_segment("Segment", "four")
    'segment 4'
    """
    kind = "segment" if kind.lower() == "category" else kind.lower()
    return f"{kind} {_NUMBERS.get(number.lower(), number)}"


def _segment_of(match: re.Match[str], group: int = 1) -> str:
    return canonical_segment(match.group(group), match.group(group + 1))


class _Segments:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: StoryDoc) -> StoryDoc:
        carried_from: str | None = None
        for sentence in doc.sentences:
            carried_from = self.read(doc, sentence, carried_from)
        return doc

    def read(self, doc: StoryDoc, sentence: Sentence, carried_from: str | None) -> str | None:
        text = sentence.text
        if not _SEGMENT_CUE(text) or not _SEGMENT.search(text):
            return carried_from
        move = _FROM_TO.search(text)
        target: str | None = None
        origin: str | None = None
        anchor = 0
        if move:
            origin, target, anchor = _segment_of(move, 1), _segment_of(move, 3), move.start()
        else:
            into = _INTO.search(text) or _ENTERED.search(text)
            if into:
                target, anchor = _segment_of(into), into.start()
                out = _OUT_OF.search(text)
                origin = _segment_of(out) if out and out.start() < into.start() else carried_from
        if target is not None:
            for org in self.subjects(doc, sentence, anchor):
                add_fact(doc, sentence, org, "movedToSegment", target, extractor=NAME,
                         confidence=0.85, from_=origin)
            return None
        static = _STATIC.search(text)
        if static:
            for org in self.subjects(doc, sentence, static.start()):
                add_fact(doc, sentence, org, "inSegment", _segment_of(static), extractor=NAME,
                         confidence=0.75)
        out = _OUT_OF.search(text)
        return _segment_of(out) if out else None

    def subjects(self, doc: StoryDoc, sentence: Sentence, anchor: int) -> list[Mention]:
        orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                if m.cls not in _EXCLUDED_CLASSES]
        listed = self.listed(doc, sentence, anchor)
        if listed:
            return listed
        before = [m for m in orgs if m.start - sentence.start < anchor]
        if before:
            return before
        after = [m for m in orgs if m.start - sentence.start >= anchor]
        if after and re.search(r"\b(?:was|were|is|are)\s*$", sentence.text[:anchor]) is None:
            clause = sentence.text[anchor:after[0].start - sentence.start]
            if re.search(r"\b(?:was|were|is|are|included?|:)\s*$", clause):
                return after[:1]
        if _GENERIC_SUBJECT.match(sentence.text):
            return []
        reference = _REFERENCE.search(sentence.text[:anchor] or sentence.text)
        if reference:
            org = referred_org(doc, reference.group(1), sentence.start,
                               sentence.start + reference.start())
            if org is not None and org.cls in NHS_BODIES - _EXCLUDED_CLASSES:
                return [org]
        return []

    def listed(self, doc: StoryDoc, sentence: Sentence, anchor: int) -> list[Mention]:
        """Trusts named in a list after "were", ":" or "include" following the move."""
        text = sentence.text
        intro = _LIST_INTRO.search(text, anchor)
        if intro is None:
            return []
        tail_start = intro.end()
        tail = text[tail_start:].rstrip(".")
        separator = ";" if ";" in tail else ","
        parts = tail.split(separator)
        if separator == "," and " and " in parts[-1]:
            parts[-1:] = parts[-1].split(" and ", 1)
        found: list[Mention] = []
        cursor = tail_start
        for raw in parts:
            item_start = text.index(raw, cursor) if raw else cursor
            cursor = item_start + len(raw)
            item = raw.strip()
            item = re.sub(r"^(?:and|the)\s+", "", item).strip()
            if not item or not item[0].isupper():
                return found if found else []
            start = sentence.start + text.index(item, item_start)
            existing = mention_at(doc, start, "Organisation")
            if existing is not None:
                found.append(existing)
                continue
            record = self.gazetteer.lookup(item, short=True)
            mention = Mention(doc.story.id, start, start + len(item), item, "Organisation",
                              record.cls if record else "NHSTrust",
                              record.key if record else None, NAME)
            if doc.add_mention(mention):
                found.append(mention)
        return found if len(found) >= 2 else []


@extractor("segments", requires=("mentions.organisation",),
           assigns=("facts.movedToSegment", "facts.inSegment"))
def make_segments() -> _Segments:
    return _Segments(load_gazetteer())


__all__ += ["make_segments"]
