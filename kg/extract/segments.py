"""trust –movedToSegment→ segment (with the segment it left) and –inSegment→ segment.

Handles the oversight framework's segments and the older "tier" wording, numbers as words or
digits, moves stated with a list of trusts ("The four trusts promoted to segment three were A;
B; C; and D"), and a "from" carried over from the sentence before ("four trusts have moved out
of segment four. The four trusts promoted to segment three were ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import (
    COUNT,
    NHS_BODIES,
    PLURAL_NOUN_CLASSES,
    TRUSTS,
    coordinated_trusts,
    listed_with,
    mention_at,
    mention_ending_at,
    plural_count,
    reference_pattern,
    referred_org,
    relative_clauses,
)
from kg.extract.doc import StoryDoc, clauses
from kg.extract.facts import add_fact, so_did, to_the_runner
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["SEGMENT", "canonical_segment"]

NAME = "segments"
_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
SEGMENT = (r"(?:(?-i:NOF|SOF)\s+(?=segment))?"
           r"[“‘\"']?(segment|tier|category|(?-i:SOF|NOF))\s*(one|two|three|four|five|[1-5])\b"
           r"[”’\"']?")
_SEGMENT = lazy_pattern(SEGMENT, re.IGNORECASE)
_FLAGS = re.IGNORECASE
_SEGMENT_CUE = Cue("segment", "tier", "categor", "sof", "nof")
_FROM_TO = lazy_pattern(
    rf"\bfrom\s+{SEGMENT}\s+(?:\([^)]{{1,60}}\)\s+)?(?:in)?to\s+{SEGMENT}"
    rf"|\bsegments?\b[^.;]{{0,60}}?,\s+from\s+(?P<bare_from>[1-5])\s+to\s+(?P<bare_to>[1-5])\b",
    _FLAGS)
_TO_FROM = lazy_pattern(rf"\b(?:moved|placed|put|promoted|dropped|relegated)\s+(?:in)?to\s+"
                       rf"{SEGMENT}\s+from\s+{SEGMENT}", _FLAGS)
""""X was moved to segment 3 from segment 2 in 2022"."""
_GIVEN_SEGMENT = lazy_pattern(rf"\b(?:given|gave|gives|awarded|assigned|handed)\s+(?:the\s+)?"
                              rf"(?P<body>[A-Z][^.;]{{2,120}}?)\s+(?:a\s+)?{SEGMENT}\s+(?:status"
                              rf"|rating|designation|label)\b")
_SEGMENT_CHANGED = lazy_pattern(
    r"\b(?:oversight\s+)?(?:segment|segmentation)\s+(?:for|of)\s+(?:the\s+)?(?P<body>[A-Z][^.;]{2,120}?)"
    r"\s+(?:has\s+been\s+|has\s+|had\s+been\s+|was\s+)?(?:changed|moved|revised|improved|fallen"
    r"|risen|gone\s+(?:up|down))\s+(?:from\s+(?P<from>[1-5])\s+)?to\s+(?P<to>[1-5])\b", _FLAGS)
_BRACKETED_SEGMENT = lazy_pattern(rf"\s*\(\s*{SEGMENT}\s*\)", _FLAGS)
_JOINS_IN = lazy_pattern(rf"\s+(?:has\s+|have\s+|will\s+)?join(?:s|ed)?\s+(?:the\s+)?(?P<there>"
                         rf"[A-Z][^.;]{{3,120}}?)\s+in\s+{SEGMENT}")
_INTO = lazy_pattern(
    rf"\b(?:promoted|moved|moving|move|moves|upgraded|relegated|downgraded|dropped|drops|fell"
    rf"|falls|slipped|rose|climbed|escalated|de-escalated|placed|places|put|puts|putting|went|entered"
    rf"|enters|pushed|demoted|returned|graduated|improved|allocated|assigned|categorised|slots"
    rf"|slotted"
    rf"|classified|reclassified|designated|improves|rises|climbs|slips"
    rf"|will\s+be(?=\s+in\s+(?:segment|tier|category)))\b"
    rf"(?:[^.;]|\.(?=\d)){{0,180}}?"
    rf"\b(?:in|into|to|up to|(?<=categorised\s)as|(?<=classified\s)as|(?<=designated\s)as"
    rf"|down to|back to|back into)\s+(?:the\s+(?:lowest|bottom|highest|top)\s+segment\s*,\s*"
    rf"|the\s+(?:NHS\s+)?(?:single\s+|system\s+)?oversight\s+framework[’']s\s+"
    rf"|the\s+(?:national\s+)?Recovery\s+Support\s+Programme\s*,\s*which\s+is\s+)?"
    rf"{SEGMENT}", _FLAGS
)
_ENTERED = lazy_pattern(rf"\b(?:entered|enters|joined|joins|(?:to\s+)?(?:make|made|makes|reach"
                        rf"|reached|reaches))\s+{SEGMENT}", _FLAGS)
_LEFT = (r"out of|exited|left|leaves|leave|exit|from|had been in|previously (?:been )?in"
         r"|(?:which|that) (?:was|were) in")
_NOW = lazy_pattern(r"\bnow\b", _FLAGS)
_LEFT_PROGRAMME = lazy_pattern(r"\b(?:out\s+of|exited|left|leaves|leave|exit|exits|graduated"
                               r"\s+from)\s+(?:the\s+)?(?:national\s+)?Recovery\s+Support\s+"
                               r"Programme\b", _FLAGS)
_OUT_OF = lazy_pattern(rf"\b(?:{_LEFT})\s+{SEGMENT}", _FLAGS)
_STATIC = lazy_pattern(
    rf"\b(?:remains?|remained|is|are|was|were|sits?|sitting|stays?|stayed|still|currently"
    rf"|(?<!had )been|be|came|comes|ranked|rated|(?<=,\s)(?:both|all|each))\s+"
    rf"(?:still\s+|currently\s+|now\s+|both\s+|all\s+|also\s+|itself\s+|themselves\s+)?"
    rf"(?:in|within|as)\s+"
    rf"(?:the\s+)?(?:bottom\s+|top\s+|lowest\s+|highest\s+)?(?:(?:NHS\s+)?oversight\s+"
    rf"(?:framework\s+)?)?{SEGMENT}", _FLAGS
)
_INCLUDES = lazy_pattern(rf"^\s*(?:(?:the\s+)?{SEGMENT}\s+(?:now\s+|also\s+)?(?:includes|included"
                         rf"|contains|comprises)|in\s+{SEGMENT}\s+(?:now\s+)?(?:are|were|is|was"
                         rf"|sit|sat))\s", _FLAGS)
_AMONG = lazy_pattern(rf"\b(?:one of|among|amongst|(?:are|is)\s+the\s+only)\s+(?:the\s+)?"
                      rf"(?:\w+\s+){{0,3}}?(?:(?:trusts?|providers?|ICBs?|organisations?)\b"
                      rf"[^.;]{{0,60}}?\s)?(?:in|placed in|now in)\s+{SEGMENT}", _FLAGS)
_INCLUDING = lazy_pattern(r"\s*,?\s*(?:including|among\s+them|such\s+as)\s+(?:the\s+)?",
                          _FLAGS)
_WHILE_SPLIT = lazy_pattern(r",?\s+(?:while|whereas)\s", _FLAGS)
_WHILE = lazy_pattern(r"[^.;]{0,40}?,?\s+(?:while|whereas)\s", _FLAGS)
_BARE = lazy_pattern(rf"\s(?:in|to|into)\s+{SEGMENT}", _FLAGS)
_PASSIVE = lazy_pattern(r"\b(?:was|were|been|being|be|is|are|has|have|had)\s+(?:\w+ly\s+)?$",
                        _FLAGS)
_ORIGIN_BEFORE = lazy_pattern(rf"(?:{_LEFT}|between|of)\s*$", _FLAGS)
_LIST_LINK = lazy_pattern(r"\s*[,;]?\s*(?:and\s+)?(?:the\s+)?", _FLAGS)
_LIST_INTRO = lazy_pattern(r"\b(?:were|are|was|is|include|included|including|namely)\s*:?\s+|:\s*")
_GENERIC_SUBJECT = lazy_pattern(
    r"^\s*(?:trusts|providers|organisations|systems|icbs|no trusts|all trusts|any trust)\b", _FLAGS
)
_REFERENCE = reference_pattern("foundation trust|trust|ICB|system")
_WHOSE_ASIDE = lazy_pattern(r",\s*whose\b[^,;]{1,160},")
""""X, whose West Cumberland Hospital was rated inadequate, has been moved into segment 4"."""
_WHOLE_BEFORE = lazy_pattern(r"\b(?:part\s+of|member\s+of|members\s+of|within|(?:trusts|members"
                             r"|bodies|organisations|providers)\s+(?:in|of))\s+(?:the\s+)?$",
                             _FLAGS)
""""X is part of Y and was placed in segment 4": Y is where X belongs, not what was placed."""
_OBJECT_REFERENCE = lazy_pattern(r"\w+\s+(the\s+(?:foundation\s+)?trust|the\s+ICB|it)\s+"
                                 r"(?:in|into|to|up\s+to|down\s+to|back\s+to)\b", _FLAGS)
""""NHS England placed the trust in segment 4": the body placed is a reference."""
_REPORTED = lazy_pattern(r"\b(?:said|says|confirmed|announced|stated|added|warned)\s*(?::\s*[“\"‘]"
                         r"|\s(?:that\s+)?(?=(?:the|its)\s|(?-i:[A-Z])))"
                         r"|\b(?:welcomed|welcomes|hailed|celebrated)\s+(?:the\s+)?(?:news"
                         r"|announcement|decision|confirmation)\s+that\s", _FLAGS)
"""Who speaks is not what moves: "the ICB said the trust remained in segment 4", "the ICB
welcomed the news that the trust has moved to segment 3"."""
_WHICH_THEN = lazy_pattern(r"\s*,\s*(?:which|that)\s+[^,;]{0,60}$")
""""X is run by T, which was moved to segment 2": the clause is about T alone."""
_CONDITION_AFTER = lazy_pattern(r"[^.;]{0,60}?\b(?:if|unless)\b", _FLAGS)
_COUNTED_SUBJECT = lazy_pattern(rf"\s*(?:[^,;]{{0,40}}?\bthat\s+)?(?:The\s+|All\s+)?"
                                rf"(?P<count>{COUNT}|both)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?P<noun>trusts|ICBs|CCGs|organisations"
                                r"|providers)\b", _FLAGS)
_EXCLUDED_CLASSES = frozenset({"NationalBody", "Regulator", "GovernmentDepartment", "NewsOutlet",
                               "Company", "MembershipBody"})


_LISTED_UNDER = lazy_pattern(
    rf"^\s*(?:(?:(?:The\s+)?(?:Other|Remaining)\s+(?:[\w-]+\s+)?)?(?:Trusts|Others|Those|Bodies"
    rf"|Providers|ICBs|Organisations)\s+(?:now\s+|also\s+)?"
    rf"(?:placed\s+)?)?in\s+{SEGMENT}\s*(?::\s*|\s+(?:now\s+|also\s+)?(?:include|includes"
    rf"|included|are|were)\s*:?\s*)"
    rf"|^\s*(?:the\s+)?{SEGMENT}\s*,[^,;.]{{1,90}},\s*(?:now\s+|also\s+)?(?:includes|included"
    rf"|contains)\s+", _FLAGS)
""""In segment 2: A, B and C"; "Trusts in segment 4 include A and B"; "Segment 3, for trusts
receiving support, now includes A and B"."""
_TABLES_PLACE = lazy_pattern(rf"\b(?:place|places|rank|ranks)\s+(?:\d+|[a-z]+)\s+"
                             rf"(?:[\w-]+\s+){{0,3}}?(?:trusts|ICBs|providers|organisations)\s+in\s+"
                             rf"{SEGMENT}", _FLAGS)
""""The league tables place 11 acute trusts in segment 5. They include X": where they are."""
_THEY_INCLUDE = lazy_pattern(r"\s*(?:(?:They|These|Those|The\s+(?:list|trusts|ICBs|organisations"
                             r"|providers))\s+(?:includes|included|include|are|were)"
                             r"|Among\s+(?:them|those)\s+(?:are|were))\s*:?\s*")
_MOVED_THERE = lazy_pattern(rf"[^.;]{{0,80}}?,?\s+having\s+been\s+(?:moved|placed|put|dropped"
                            rf"|promoted|escalated)\s+(?:there\s+|into\s+it\s+)?(?P<segment>from\s+"
                            rf"{SEGMENT})?", _FLAGS)
""""X is in segment 4, having been moved there from segment 3": a move, with its origin."""
_UP_FROM = lazy_pattern(r"(?:\b(?:up|down|moving|having\s+moved)|,)\s*$")
""""placed in segment 4, up from segment 3", "moved into segment 4, from segment 3": the
move's origin, told after it."""
_AS_IS = lazy_pattern(rf"{SEGMENT}\s*,\s*as\s+(?:is|are|was|were)\s+(?:the\s+)?", _FLAGS)


def _as_is(doc: StoryDoc, sentence: Sentence) -> None:
    """"A is in segment 2, as is B": B is placed as A is."""
    for match in _AS_IS.finditer(doc.text, sentence.start, sentence.end):
        other = mention_at(doc, match.end(), "Organisation")
        template = next((f for f in doc.facts if f.predicate in _SEGMENT_FACTS
                         and f.evidence.start == sentence.start
                         and f.object == _segment_of(match)), None)
        if other is not None and template is not None:
            add_fact(doc, sentence, other, template.predicate, template.object,
                     extractor=NAME, confidence=0.7)


_PREVIOUSLY_IN = lazy_pattern(
    rf"\s*(?:It|The\s+(?:foundation\s+)?trust|The\s+ICB)\s+(?:was|had\s+been|had|has)\s+"
    rf"(?:previously\s+|formerly\s+|earlier\s+)?(?:been\s+)?(?:previously\s+)?in\s+{SEGMENT}"
    rf"\s*[.;]", _FLAGS)


def _origin_told_after(doc: StoryDoc, sentence: Sentence, origin: str) -> None:
    """"X has been moved into segment 4. It was previously in segment 3.": the move the
    sentence before made was from segment 3."""
    before = doc.sentence_before(sentence)
    if before is None:
        return
    for index, fact in enumerate(doc.facts):
        if fact.predicate == "movedToSegment" and fact.from_ is None \
                and fact.evidence.start == before.start and fact.object != origin:
            doc.facts[index] = replace(fact, from_=origin)


def canonical_segment(kind: str, number: str) -> str:
    """Example:

    >>> canonical_segment("Segment", "four")
    'segment 4'
    """
    kind = "segment" if kind.lower() in {"category", "sof", "nof"} else kind.lower()
    return f"{kind} {_NUMBERS.get(number.lower(), number)}"


def _segment_of(match: re.Match[str], group: int = 1) -> str:
    return canonical_segment(match.group(group), match.group(group + 1))


def _clauses(text: str) -> list[tuple[int, int]]:
    """Windows of a sentence that each state one segment: "A was placed in segment 2, while B
    went into segment 4" is two statements. A segment the trust left is not a statement."""
    targets = [m for m in _SEGMENT.finditer(text)
               if not _ORIGIN_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    if len(targets) < 2:
        return [(0, len(text))]
    windows = []
    start = 0
    for match in targets[:-1]:
        windows.append((start, match.end()))
        start = match.end()
    windows.append((start, len(text)))
    return windows


_SEGMENT_FACTS = frozenset({"movedToSegment", "inSegment"})
_PLACED_BODIES = TRUSTS | {"IntegratedCareBoard"}
_HOPE_WORDS = (r"could|might|would|if|unless|hopes?|ambition|aspir\w*|target\w*|expect\w*"
               r"|avoid\w*|on\s+track|called\s+for|calls?\s+for|urg\w+|faces?|facing")
_HOPED = lazy_pattern(rf"\b(?:{_HOPE_WORDS}|aims?|aiming|hoping|wants?|risks?)\b", _FLAGS)
_WANTS_TO = lazy_pattern(r"\b(?:wants?|wanted|aims?|aiming|hopes?|hoping|targets?|plans?)\s+"
                        r"(?:[\w-]+\s+){0,3}?to\s+$", _FLAGS)
_NOT_PLACED = lazy_pattern(rf"\b(?:{_HOPE_WORDS}|may|aim\w*|want\w*|expected|not|no\s+longer"
                           rf"|removed|left|leaves|exit\w*)\b", _FLAGS)


def _states_a_segment(text: str, start: int, end: int) -> bool:
    return _SEGMENT.search(text, start, end) is not None


class _Segments:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: StoryDoc) -> StoryDoc:
        carried_from: str | None = None
        for sentence in clauses(doc.sentences, _states_a_segment):
            carried_from = self.read(doc, sentence, carried_from)
            so_did(doc, sentence, _SEGMENT_FACTS, NAME)
            if " as " in sentence.text:
                _as_is(doc, sentence)
            if _THEY_INCLUDE.match(sentence.text):
                self.counted_then_listed(doc, sentence)
            previously = _PREVIOUSLY_IN.match(sentence.text)
            if previously is not None:
                _origin_told_after(doc, sentence, _segment_of(previously))
        to_the_runner(doc, NAME)
        return doc

    def counted_then_listed(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Of the 238 trusts, 17 were placed in segment 4. They include A, B and C": the
        bodies listed take the move the sentence before counted."""
        before = doc.sentence_before(sentence)
        if before is None or any(m.cls not in _EXCLUDED_CLASSES
                                 for m in doc.mentions_in(before, "Organisation")):
            return
        into = _INTO.search(before.text)
        static = (_STATIC.search(before.text) or _TABLES_PLACE.search(before.text)) \
            if into is None else None
        found = into or static
        if found is None:
            return
        head = _THEY_INCLUDE.match(sentence.text)
        for org in self.list_from(doc, sentence, head.end(), minimum=1):
            add_fact(doc, sentence, org, "movedToSegment" if into else "inSegment",
                     _segment_of(found), extractor=NAME, confidence=0.7)

    def read(self, doc: StoryDoc, sentence: Sentence, carried_from: str | None) -> str | None:
        text = sentence.text
        if "respectively" in text and _respectively(doc, sentence):
            return None
        changed = _SEGMENT_CHANGED.search(text) if _SEGMENT_CUE(text) else None
        org = mention_at(doc, sentence.start + changed.start("body"), "Organisation") \
            if changed else None
        if changed and org is not None:
            add_fact(doc, sentence, org, "movedToSegment", f"segment {changed['to']}",
                     extractor=NAME, confidence=0.75,
                     from_=f"segment {changed['from']}" if changed["from"] else None)
            return None
        if not _SEGMENT_CUE(text) or not (_SEGMENT.search(text) or _FROM_TO.search(text)):
            return "segment 4" if _LEFT_PROGRAMME.search(text) else carried_from
        move = _FROM_TO.search(text)
        reverse = _TO_FROM.search(text) if move is None else None
        if reverse and not _HOPED.search(text, 0, reverse.start()):
            for org in self.subjects(doc, sentence, reverse.start(), (0, len(text))):
                add_fact(doc, sentence, org, "movedToSegment", _segment_of(reverse, 1),
                         extractor=NAME, confidence=0.85, from_=_segment_of(reverse, 3))
            return None
        if move:
            bare = move["bare_to"]
            target = f"segment {bare}" if bare else _segment_of(move, 3)
            origin = f"segment {move['bare_from']}" if bare else _segment_of(move, 1)
            split = max((m.end() for m in _WHILE_SPLIT.finditer(text, 0, move.start())),
                        default=0)
            if split:
                self.read_clause(doc, sentence, (0, split), None, [])
            for org in self.subjects(doc, sentence, move.start(), (split, len(text))):
                add_fact(doc, sentence, org, "movedToSegment", target, extractor=NAME,
                         confidence=0.85, from_=origin)
            if _WHILE.match(text, move.end()):
                self.read_clause(doc, sentence, (move.end(), len(text)), None, [])
            return None
        for org in doc.mentions_in(sentence, "Organisation"):
            bracketed = _BRACKETED_SEGMENT.match(doc.text, org.end, sentence.end)
            if bracketed:
                add_fact(doc, sentence, org, "inSegment", _segment_of(bracketed),
                         extractor=NAME, confidence=0.7)
        given = _GIVEN_SEGMENT.search(text)
        if given:
            org = mention_at(doc, sentence.start + given.start("body"), "Organisation")
            if org is not None:
                add_fact(doc, sentence, org, "movedToSegment", _segment_of(given, 2),
                         extractor=NAME, confidence=0.75)
                return None
        joined = _JOINS_IN.search(text)
        if joined:
            joiner = mention_ending_at(doc, sentence.start + joined.start(), "Organisation")
            there = mention_at(doc, sentence.start + joined.start("there"), "Organisation")
            if joiner is not None and there is not None:
                add_fact(doc, sentence, joiner, "movedToSegment", _segment_of(joined, 2),
                         extractor=NAME, confidence=0.75)
                add_fact(doc, sentence, there, "inSegment", _segment_of(joined, 2),
                         extractor=NAME, confidence=0.75)
                return None
        listed = _LISTED_UNDER.search(text)
        if listed:
            segment = _segment_of(listed, 1 if listed.group(1) else 3)
            predicate = "movedToSegment" if "placed" in listed.group(0).lower() else "inSegment"
            for org in self.list_from(doc, sentence, listed.end(), minimum=1):
                add_fact(doc, sentence, org, predicate, segment, extractor=NAME,
                         confidence=0.75)
            return None
        included = _INCLUDES.search(text)
        if included:
            segment = _segment_of(included, 1 if included.group(1) else 3)
            for org in self.list_from(doc, sentence, included.end(), minimum=1):
                add_fact(doc, sentence, org, "inSegment", segment, extractor=NAME,
                         confidence=0.75)
            return None
        moved = False
        subjects: list[Mention] = []
        for window in _clauses(text):
            found, subjects = self.read_clause(doc, sentence, window, carried_from, subjects)
            moved |= found
        if moved:
            return None
        self.lone_body(doc, sentence)
        out = _OUT_OF.search(text)
        return _segment_of(out) if out else None

    @staticmethod
    def lone_body(doc: StoryDoc, sentence: Sentence) -> None:
        """"X (segment 3) is among the worst"; "X is a segment 3 trust": a sentence naming one
        body and one segment, not left or hoped for, that no reading took, places the body in
        it (0.55); "now" makes it a move there."""
        if any(f.evidence.start == sentence.start and f.predicate in _SEGMENT_FACTS
               for f in doc.facts):
            return
        text = sentence.text
        segments = {_segment_of(m) for m in _SEGMENT.finditer(text)
                    if not _ORIGIN_BEFORE.search(text, max(0, m.start() - 24), m.start())}
        bodies = {m.key or m.text: m for m in doc.mentions_in(sentence, "Organisation")
                  if m.cls in _PLACED_BODIES}
        if len(segments) != 1 or len(bodies) != 1 or _NOT_PLACED.search(text):
            return
        predicate = "movedToSegment" if _NOW.search(text) else "inSegment"
        add_fact(doc, sentence, next(iter(bodies.values())), predicate, segments.pop(),
                 extractor=NAME, confidence=0.55)

    def read_clause(self, doc: StoryDoc, sentence: Sentence, window: tuple[int, int],
                    carried_from: str | None,
                    elided: list[Mention]) -> tuple[bool, list[Mention]]:
        """One statement of a segment: whether it was a move, and the bodies it was about
        (a later clause with no subject of its own is about them too)."""
        text = sentence.text
        start, end = window
        into = _INTO.search(text, start, end) or _ENTERED.search(text, start, end)
        hedge = _HOPED.search(text, start, into.start()) if into else None
        if hedge and hedge.group(0).lower() == "would" and _REPORTED.search(text, start,
                                                                            hedge.start()):
            hedge = _CONDITION_AFTER.match(text, into.end(), end)
        if hedge:
            return False, elided
        if into:
            out = _OUT_OF.search(text)
            earlier = out is not None and (out.start() < into.start()
                                           or out.group(0).lower().startswith("previously")
                                           or _UP_FROM.search(text, 0, out.start()) is not None)
            origin = _segment_of(out) if out and earlier else carried_from
            orgs = self.subjects(doc, sentence, into.start(), window, into.start(1)) or elided \
                or self.opening_subject(doc, sentence, into.start(), window)
            for org in orgs:
                add_fact(doc, sentence, org, "movedToSegment", _segment_of(into),
                         extractor=NAME, confidence=0.85, from_=origin)
            return True, orgs
        static = next((m for m in _STATIC.finditer(text, start, end)
                       if not _ORIGIN_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1))),
                      None) or _AMONG.search(text, start, end)
        if static and _WANTS_TO.search(text, start, static.start()):
            return False, elided
        if static:
            orgs = self.subjects(doc, sentence, static.start(), window) or elided
            including = _INCLUDING.match(text, static.end(), end) if not orgs else None
            if including is not None:
                orgs = self.list_from(doc, sentence, including.end(), minimum=1, limit=end)
            out = _OUT_OF.search(text, 0, static.start())
            origin = _segment_of(out) if out else carried_from
            moved = origin is not None and _NOW.search(
                text, max(start, static.start() - 12), static.end()) is not None \
                and origin != _segment_of(static)
            there = _MOVED_THERE.match(text, static.end(), end)
            if there is not None:
                moved = True
                origin = _segment_of(there, 2) if there["segment"] else origin
            for org in orgs:
                if moved:
                    add_fact(doc, sentence, org, "movedToSegment", _segment_of(static),
                             extractor=NAME, confidence=0.75, from_=origin)
                else:
                    add_fact(doc, sentence, org, "inSegment", _segment_of(static),
                             extractor=NAME, confidence=0.75)
            return moved, orgs
        return False, self.gapped(doc, sentence, window, elided)

    def opening_subject(self, doc: StoryDoc, sentence: Sentence, anchor: int,
                        window: tuple[int, int]) -> list[Mention]:
        """"X, in segment 4 since 2019, has now been moved to segment 3": a later clause with
        no body of its own is about the body that opens the sentence."""
        if window[0] == 0 or re.search(r"\b(?:while|whereas|but|and)\b",
                                       sentence.text[window[0]:anchor], _FLAGS):
            return []
        return self.subjects(doc, sentence, anchor, (0, window[1]))[:1]

    def gapped(self, doc: StoryDoc, sentence: Sentence, window: tuple[int, int],
               elided: list[Mention]) -> list[Mention]:
        """ "A sits in segment 1 and B in segment 2": the verb of the first clause is left
        out of the second; the body just before "in segment N" takes the first clause's fact."""
        if not elided:
            return elided
        bare = _BARE.search(sentence.text, *window)
        if bare is None:
            return elided
        org = next((m for m in reversed(doc.mentions_in(sentence, "Organisation"))
                    if m.end <= sentence.start + bare.start()
                    and not sentence.text[m.end - sentence.start:bare.start()].strip()), None)
        if org is None or org.cls in _EXCLUDED_CLASSES:
            return elided
        template = next((f for f in reversed(doc.facts)
                         if f.subject in elided and f.predicate in {"inSegment", "movedToSegment"}
                         and f.evidence.start == sentence.start), None)
        if template is None:
            return elided
        add_fact(doc, sentence, org, template.predicate, _segment_of(bare), extractor=NAME,
                 confidence=0.75)
        return [org]

    def subjects(self, doc: StoryDoc, sentence: Sentence, anchor: int,
                 window: tuple[int, int], segment_at: int | None = None) -> list[Mention]:
        """The bodies a segment statement is about: a list after the verb, the object of an
        active verb ("NHS England moved X into segment 3"), the clause's subject, or the body
        "the trust" refers to."""
        speeches = list(_REPORTED.finditer(sentence.text, window[0], anchor))
        if speeches:
            window = (speeches[-1].end(), window[1])
        low, high = sentence.start + window[0], sentence.start + window[1]
        aside = relative_clauses(sentence.text, anchor) + [
            m.span() for m in _WHOSE_ASIDE.finditer(sentence.text, 0, anchor)]
        orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                if m.cls not in _EXCLUDED_CLASSES and low <= m.start < high
                and not any(s <= m.start - sentence.start < e for s, e in aside)
                and not _WHOLE_BEFORE.search(doc.text, max(sentence.start, m.start - 30),
                                             m.start)]
        listed = self.listed(doc, sentence, anchor, limit=window[1])
        if listed:
            return listed
        at = sentence.start + anchor
        before = [m for m in orgs if m.start < at]
        if segment_at is not None:
            between = [m for m in orgs if at < m.start < sentence.start + segment_at]
            passive = _PASSIVE.search(sentence.text[window[0]:anchor]) is not None
            if between and not passive:
                return between
            before += between
            object_reference = _OBJECT_REFERENCE.match(sentence.text, anchor, segment_at) \
                if not between else None
            if object_reference is not None:
                org = referred_org(doc, object_reference.group(1), sentence.start,
                                   sentence.start + object_reference.start(1))
                if org is not None and org.cls in NHS_BODIES - _EXCLUDED_CLASSES:
                    return [org]
        if before and _WHICH_THEN.match(doc.text, before[-1].end, at):
            return before[-1:]
        if before:
            return before
        after = [m for m in orgs if m.start >= at]
        if after and re.search(r"\b(?:was|were|is|are)\s*$", sentence.text[:anchor]) is None:
            clause = sentence.text[anchor:after[0].start - sentence.start]
            if re.search(r"\b(?:was|were|is|are|included?|:)\s*$", clause):
                return after[:1]
        if _GENERIC_SUBJECT.match(sentence.text[window[0]:]):
            return []
        counted = _COUNTED_SUBJECT.match(sentence.text, window[0], max(anchor, window[0]))
        if counted is not None:
            return coordinated_trusts(doc, sentence.start, plural_count(counted["count"]),
                                      PLURAL_NOUN_CLASSES.get(counted["noun"].lower(), TRUSTS))
        reference = _REFERENCE.search(sentence.text, window[0], anchor if anchor > window[0]
                                      else window[1])
        if reference:
            org = referred_org(doc, reference.group(1), sentence.start,
                               sentence.start + reference.start())
            if org is not None and org.cls in NHS_BODIES - _EXCLUDED_CLASSES:
                return [org]
            before_it = doc.sentence_before(sentence) if org is not None and \
                org.cls in _EXCLUDED_CLASSES and reference.group(1).lower() == "it" else None
            placeable = [m for m in doc.mentions_in(before_it, "Organisation")
                         if m.cls in _PLACED_BODIES] if before_it else []
            if len({m.key or m.text for m in placeable}) == 1:
                return placeable[:1]
        return []

    def listed(self, doc: StoryDoc, sentence: Sentence, anchor: int, *, minimum: int = 2,
               limit: int | None = None) -> list[Mention]:
        """Trusts named in a list after "were", ":" or "include" following the move."""
        text = sentence.text
        intro = _LIST_INTRO.search(text, anchor, len(text) if limit is None else limit)
        if intro is None:
            return []
        return self.list_from(doc, sentence, intro.end(), minimum=minimum, limit=limit)

    def list_from(self, doc: StoryDoc, sentence: Sentence, tail_start: int, *,
                  minimum: int = 2, limit: int | None = None) -> list[Mention]:
        text = sentence.text
        lead = len(text[tail_start:]) - len(text[tail_start:].lstrip())
        first = mention_at(doc, sentence.start + tail_start + lead, "Organisation")
        if first is not None:
            orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                    if limit is None or m.start < sentence.start + limit]
            found = listed_with(doc, orgs, first, _LIST_LINK, before=False)
            if len(found) >= minimum:
                return found
        tail = text[tail_start:len(text) if limit is None else limit].rstrip(".")
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
        return found if len(found) >= minimum else []


_RESPECTIVELY = lazy_pattern(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:now|currently|still)\s+)?(?:in|into|to)\s+(?:the\s+)?"
    r"(?:segments|tiers|categories)\s+(?P<numbers>[1-5](?:\s*,\s*[1-5])*\s*,?\s*and\s+[1-5])"
    r"(?:\s+of\s+[^,.;]{1,60}?)?\s*,?\s+respectively\b", _FLAGS)
_MOVE_VERBS = frozenset({"placed", "moved", "put", "dropped", "fell", "rose", "promoted",
                         "demoted", "downgraded", "upgraded", "entered", "went", "go", "move"})


def _respectively(doc: StoryDoc, sentence: Sentence) -> bool:
    """"A and B sit in segments 3 and 2 respectively": each body in its own segment, in
    order."""
    match = _RESPECTIVELY.search(sentence.text)
    if match is None:
        return False
    numbers = re.findall(r"[1-5]", match["numbers"])
    bodies = list({m.key or m.text: m for m in doc.mentions_in(sentence, "Organisation")
                   if m.cls in _PLACED_BODIES
                   and m.end <= sentence.start + match.start()}.values())
    if len(bodies) != len(numbers):
        return False
    predicate = "movedToSegment" if match["verb"].lower() in _MOVE_VERBS else "inSegment"
    for body, number in zip(bodies, numbers, strict=True):
        add_fact(doc, sentence, body, predicate, f"segment {number}", extractor=NAME,
                 confidence=0.8)
    return True


@extractor("segments", requires=("mentions.organisation",),
           assigns=("facts.movedToSegment", "facts.inSegment"))
def make_segments() -> _Segments:
    return _Segments(load_gazetteer())


__all__ += ["make_segments"]
