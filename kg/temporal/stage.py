"""The time stage, between extraction and resolution: each fact's interval, from the time
expressions of its own sentence resolved against its story's date, and its status made
relative to that date.

Which expression belongs to which fact: for a post (``leads``), only the stretch of the
sentence that belongs to its holder (from the previous person's name, or from its own when
the previous person's relative clause comes between, to the next person's name), so that in
"A, who joined in 2019, replaces B, who left in March" A's post starts in 2019 and B's ends in
March. What an expression means for a post comes from the word
before it ("since", "from" start a tenure; "until", "to" end it) or else from the nearest verb
("joined", "appointed", "took up" start it; "left", "stepped down", "retired" end it); "in
2019" with neither says nothing about the tenure and is left out. A post its holder "has
stepped down" from (status former) ends at the story's date when no time is given; one that
someone "has joined" (the organisation named after the verb) starts then.

Other facts (segment placements, ratings, contracts, mergers, ...) are events: "in", "on",
"last month" say when (``start == end``), "since" and "from" when it began, "until" when it
ends. The rules and their reasons are in docs/decisions/20261125-time.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.model import Document, Fact, Mention
from kg.startup_cache import compile_pattern
from kg.temporal.dates import first_day, last_day
from kg.temporal.expressions import TimeExpression, find_times, resolve

if TYPE_CHECKING:
    from kg.extract import StoryDoc

__all__ = ["date_facts", "time_fact"]

_START = compile_pattern(
    r"\b(?:join(?:s|ed|ing)?|appoint(?:s|ed|ment)?|became|becomes?|becoming|takes?\s+up|took\s+up"
    r"|taking\s+up|takes?\s+over|took\s+over|start(?:s|ed|ing)?|begins?|began|arriv(?:e|es|ed)"
    r"|named|promoted|returns?|returned|elected|made|in\s+post\s+since)\b", re.IGNORECASE)
_END = compile_pattern(
    r"\b(?:(?<!on\s)leav(?:e|es|ing)|left|step(?:s|ped|ping)?\s+(?:down|aside)|stand(?:s|ing)?\s+down"
    r"|stood\s+down|retir(?:e|es|ed|ing|ement)|resign(?:s|ed|ing|ation)?|quit(?:s|ting)?"
    r"|depart(?:s|ed|ing|ure)?|exit(?:s|ed)?|ousted|sacked|dismissed|removed)\b", re.IGNORECASE)
_FUTURE = compile_pattern(r"\b(?:will|shall|is\s+to|are\s+to|due\s+to|set\s+to|expected\s+to"
                          r"|plans?\s+to|going\s+to|poised\s+to|next)\b|'ll\b", re.IGNORECASE)
_PAST = compile_pattern(r"\b(?:was|were|had|has|have|did|last|ago|formerly|previously|joined|left"
                        r"|became|took|began|stepped|stood|retired|resigned|quit|departed|returned"
                        r"|since)\b", re.IGNORECASE)
_HAS_LEFT = compile_pattern(r"\b(?:has|have)\s+(?:now\s+|just\s+|recently\s+)?(?:stepped\s+down"
                            r"|stood\s+down|resigned|retired|left|quit|departed)\b", re.IGNORECASE)
_HAS_JOINED = compile_pattern(r"\b(?:has|have)\s+(?:now\s+|just\s+|recently\s+)?(?:joined"
                              r"|taken\s+up|started|begun|taken\s+over)\b", re.IGNORECASE)
_CLAUSE = compile_pattern(r";|,?\s+\b(?:while|whereas|although|though|but)\b|,\s+and\b",
                          re.IGNORECASE)
_RELATIVE = compile_pattern(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)
_OPENING = compile_pattern(r"(?:^|[.;:!?]\s*)(?:since|from|until|till|as\s+of)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_CLOSING = compile_pattern(r"\b(?:close|closes|closing|end(?!\s+of)|ends|ending|expire|expires"
                           r"|expiring|run|runs|running)\b", re.IGNORECASE)
_EVENTS = frozenset({"movedToSegment", "inSegment", "rated", "awardedContract", "mergesWith"})
_STARTS = {"since", "from", "as of", "effective", "starting"}
_ENDS = {"until", "till", "through"}
_UNTIMED = {"before", "after"}
_IN_POST = {"current", "interim", "acting"}
_CLOSE = 30
_ADJACENT = 10


def date_facts(docs: Iterable[StoryDoc], documents: Iterable[Document]) -> list[StoryDoc]:
    """Every story's facts with their time, against the dates of ``documents`` (the files as
    read now: a manifest may date a file whose extraction was cached undated)."""
    dates = {story.id: story.date for document in documents for story in document.stories}
    timed = []
    for doc in docs:
        date = dates.get(doc.story.id, doc.story.date)
        persons = [m for m in doc.mentions if m.category == "Person"]
        posts: dict[tuple[int, int, int], list[Fact]] = {}
        for fact in doc.facts:
            if fact.predicate == "leads" and isinstance(fact.object, Mention):
                posts.setdefault(_holder(fact), []).append(fact)
        timed.append(replace(doc, facts=[
            time_fact(fact, date, persons, posts.get(_holder(fact), [])) for fact in doc.facts]))
    return timed


def _holder(fact: Fact) -> tuple[int, int, int]:
    return (fact.evidence.start, fact.subject.start, fact.subject.end)


def time_fact(fact: Fact, story_date: str | None, persons: list[Mention],
              posts: list[Fact] | None = None) -> Fact:
    """``fact`` with ``start``, ``end``, ``as_of`` and (for posts) its status relative to
    ``story_date``. ``persons`` are the story's person mentions (to split the sentence);
    ``posts`` the holder's posts read from the same sentence: an expression close to another
    post's organisation ("chief executive of X since 2020"), and nearer it than this fact's,
    or following another post's role more closely ("deputy chief executive, ..., who was made
    interim chief executive in December"), belongs to that post."""
    sentence = fact.evidence.text
    low, high = _stretch(fact, persons)
    times = [t for t in find_times(sentence) if low <= t.start and t.end <= high
             and _nearest_post(fact, t, posts or [])]
    start = end = None
    if fact.predicate == "leads":
        start, end = _tenure(sentence, low, high, times, story_date, fact)
    elif fact.predicate in _EVENTS:
        start, end = _event(sentence, times, story_date, fact)
    if start and end and first_day(start) > last_day(end):
        start = end = None
    if (start and story_date and fact.status in {"current", "former"}
            and first_day(start) > last_day(story_date)):
        start = None
    status = _status(fact.status, start, end, story_date) if fact.predicate == "leads" \
        else fact.status
    return replace(fact, start=start, end=end, as_of=story_date, status=status)


def _gap(start: int, end: int, mention: Mention, base: int) -> int:
    return max(mention.start - base - end, start - (mention.end - base), 0)


def _nearest_post(fact: Fact, expression: TimeExpression, posts: list[Fact]) -> bool:
    if not isinstance(fact.object, Mention):
        return True
    base = fact.evidence.start
    objects = [p.object for p in posts if isinstance(p.object, Mention)]
    if len({(m.start, m.end) for m in objects}) > 1:
        own = _gap(expression.start, expression.end, fact.object, base)
        if any(gap < own and gap <= _CLOSE
               for gap in (_gap(expression.start, expression.end, other, base)
                           for other in objects)):
            return False
    roles = {p.role for p in posts if p.role}
    if len(roles) < 2 or not fact.role:
        return True
    owner = _role_before(fact.evidence.text, expression.start, roles)
    return owner is None or owner == fact.role


def _role_before(sentence: str, offset: int, roles: set[str]) -> str | None:
    """The role named last before ``offset`` (a role inside a longer one, "chief executive"
    in "deputy chief executive", is the longer one); ``None`` if none is named before it."""
    lower = sentence.lower()
    spans: list[tuple[int, int, str]] = []
    for role in sorted(roles, key=len, reverse=True):
        for match in re.finditer(re.escape(role.lower()), lower):
            if not any(s <= match.start() and match.end() <= e for s, e, _ in spans):
                spans.append((match.start(), match.end(), role))
    before = [(end, role) for _, end, role in spans if end <= offset]
    return max(before)[1] if before else None


def _stretch(fact: Fact, persons: list[Mention]) -> tuple[int, int]:
    """The part of the sentence (offsets into it) that speaks of this fact's subject: its
    clause ("X quit in the autumn, while the interim CEO leaves in June" stops at "while"),
    and for a post from the previous person's name to the next one's; from its holder's own
    name when a relative clause of the previous person comes between, so that what is said of
    A in "A, who joined in 2019, replaces B, who left in March" is not read as said of B."""
    base, text = fact.evidence.start, fact.evidence.text
    subject = (fact.subject.start - base, fact.subject.end - base)
    if not 0 <= subject[0] < subject[1] <= len(text):
        return (0, len(text)) if fact.predicate != "leads" else (0, 0)
    low = max((m.end() for m in _CLAUSE.finditer(text, 0, subject[0])), default=0)
    after = _CLAUSE.search(text, subject[1])
    high = after.start() if after else len(text)
    if fact.predicate != "leads":
        return low, high
    inside = sorted({(m.start - base, m.end - base) for m in persons
                     if fact.evidence.start <= m.start and m.end <= fact.evidence.end})
    if subject not in inside:
        return (low, high) if not inside else (0, 0)
    index = inside.index(subject)
    if index > 0:
        before = inside[index - 1][1]
        relative = _RELATIVE.search(text, before, subject[0])
        low = max(low, subject[0] if relative else before)
    if index + 1 < len(inside):
        high = min(high, inside[index + 1][0])
    return low, high


def _tense(sentence: str, low: int, expression: TimeExpression) -> str | None:
    """Future or past from the nearest marker before the expression in its stretch."""
    window = sentence[low:expression.start]
    marks = [(m.end(), "future") for m in _FUTURE.finditer(window)]
    marks += [(m.end(), "past") for m in _PAST.finditer(window)]
    if marks:
        return max(marks)[1]
    return "past" if expression.signal == "since" else None


def _cue(sentence: str, low: int, high: int, expression: TimeExpression) -> str | None:
    """``start`` or ``end`` from the nearest verb of taking up or leaving a post: before the
    expression first ("joined ... in 2019"), else after it ("In 2019 she joined")."""
    before = sentence[low:expression.start]
    found = [(m.end(), "start") for m in _START.finditer(before)]
    found += [(m.end(), "end") for m in _END.finditer(before)]
    if found:
        return max(found)[1]
    after = sentence[expression.end:high]
    found = [(m.start(), "start") for m in _START.finditer(after)]
    found += [(m.start(), "end") for m in _END.finditer(after)]
    return min(found)[1] if found else None


def _tenure(sentence: str, low: int, high: int, times: list[TimeExpression],
            story_date: str | None, fact: Fact) -> tuple[str | None, str | None]:
    found: dict[str, list[tuple[int, str]]] = {"start": [], "end": []}
    anchor = fact.subject.start - fact.evidence.start
    for expression in times:
        if expression.range:
            role: str | None = expression.range
        elif expression.signal in _STARTS | _ENDS and _named_later(sentence, low, high,
                                                                  expression, fact.role):
            role = None
        elif expression.signal in _STARTS:
            role = "start"
        elif expression.signal in _ENDS:
            role = "end"
        elif expression.signal in _UNTIMED:
            role = None
        else:
            role = _cue(sentence, low, high, expression)
            if role is None and fact.status == "designate":
                role = "start"
        if role is None:
            continue
        tense = _tense(sentence, low, expression)
        value = resolve(expression, story_date, tense)
        if value is None or not _fits(fact, role, tense, expression):
            continue
        found[role].append((abs(expression.start - anchor), value))
    start = min(found["start"])[1] if found["start"] else None
    end = min(found["end"])[1] if found["end"] else None
    stretch = sentence[low:high]
    if story_date and end is None and fact.status == "former" and _HAS_LEFT.search(stretch):
        end = story_date
    joined = _HAS_JOINED.search(stretch)
    if (story_date and start is None and joined and fact.status in _IN_POST
            and isinstance(fact.object, Mention)
            and fact.object.start - fact.evidence.start >= low + joined.end()):
        start = story_date
    return start, end


def _named_later(sentence: str, low: int, high: int, expression: TimeExpression,
                 role: str | None) -> bool:
    """Whether the post's role is named only after "since X" or "until X" in the middle of
    a clause ("a manager since 1980, will replace him as interim chief executive"): the time
    then belongs to something said of the holder before, not to this post."""
    if not role or _OPENING.search(sentence, max(low, expression.start - 12), expression.start):
        return False
    named = [m.start() for m in re.finditer(re.escape(role.lower()), sentence.lower()[low:])]
    return bool(named) and min(named) + low > expression.start


def _fits(fact: Fact, role: str, tense: str | None, expression: TimeExpression) -> bool:
    """Whether a start can be this post's: a post held now does not start in the future
    ("currently X at A, will join B in April"), and a post left long ago starts where the
    sentence names it ("who had chaired A since 2021"), not at the holder's next post."""
    if role != "start" or expression.range:
        return True
    if fact.status == "current" and tense == "future":
        return False
    if fact.status == "former" and isinstance(fact.object, Mention):
        base = fact.evidence.start
        return _gap(expression.start, expression.end, fact.object, base) <= _ADJACENT
    return True


def _event_anchor(sentence: str, fact: Fact) -> int:
    """Where the fact's object is named (a rating or segment by its words), else its subject:
    "rated requires improvement in 2016 before moving up to good in 2018" times each rating."""
    if isinstance(fact.object, Mention):
        offset = fact.object.start - fact.evidence.start
        if 0 <= offset < len(sentence):
            return offset
    elif isinstance(fact.object, str) and fact.object:
        found = sentence.lower().find(fact.object.lower())
        if found >= 0:
            return found
    return fact.subject.start - fact.evidence.start


def _event(sentence: str, times: list[TimeExpression], story_date: str | None,
           fact: Fact) -> tuple[str | None, str | None]:
    """A range if the sentence gives one; else a point ("in", "on", "last month"), which says
    more about an event than a "since" that may belong to someone in the same sentence; else a
    start or an end ("a contract set to close in October" ends then)."""
    anchor = _event_anchor(sentence, fact)
    found: dict[str, list[tuple[int, str]]] = {"range start": [], "range end": [], "at": [],
                                               "start": [], "end": []}
    for expression in times:
        if expression.range:
            role = "range " + expression.range
        elif expression.signal in _STARTS:
            role = "start"
        elif expression.signal in _ENDS:
            role = "end"
        elif expression.signal in _UNTIMED or expression.signal == "by":
            continue
        elif _CLOSING.search(sentence, max(0, expression.start - _CLOSE), expression.start):
            role = "end"
        else:
            role = "at"
        value = resolve(expression, story_date, _tense(sentence, 0, expression))
        if value:
            found[role].append((abs(expression.start - anchor), value))
    if found["range start"] or found["range end"]:
        first = min(found["range start"])[1] if found["range start"] else None
        last = min(found["range end"])[1] if found["range end"] else None
        return first, last
    if found["at"]:
        when = min(found["at"])[1]
        return when, when
    start = min(found["start"])[1] if found["start"] else None
    end = min(found["end"])[1] if found["end"] else None
    return start, end


def _status(status: str | None, start: str | None, end: str | None,
            story_date: str | None) -> str | None:
    """The post's status at the story's date, where the interval settles it."""
    if status is None or story_date is None:
        return status
    if status == "designate" and start and last_day(start) <= last_day(story_date):
        return "current"
    if status in _IN_POST and end and last_day(end) < first_day(story_date):
        return "former"
    if status == "former" and end and first_day(end) > last_day(story_date):
        return "current"
    return status
