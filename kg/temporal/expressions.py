"""Time expressions in a sentence, and what they mean against the date of the story.

``find_times`` reads a sentence and returns each expression with its exact offsets, the word
that introduces it (``since``, ``from``, ``until``, ``in``...) and its calendar parts; a month
or a year is only taken when such a word introduces it ("in May", "since 2020"), so "may" the
verb, "Theresa May" and "the 2019 plan" are left alone. "from January 2024 to May 2025" and
"between 2015 and 2019" are ranges (the first part borrows a missing year from the second).

``resolve`` turns one expression into an ISO value (``kg.temporal.dates``) with the precision
the text gives: "in 2019" → ``2019``, "last month" in a story of 5 March 2024 → ``2024-02``.
Without a story date only expressions that name their year resolve: nothing is guessed.
A month without a year is placed by tense: the next such month for "will join in April", the
last one for "joined in April", the nearest one otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.startup_cache import compile_pattern
from kg.temporal.dates import MONTHS, first_day, precision, value_of

__all__ = ["TimeExpression", "find_times", "resolve"]

_FULL_MONTH = ("January|February|March|April|May|June|July|August|September|October|November"
               "|December")
_MONTH = rf"\b(?:(?:{_FULL_MONTH})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_YEAR = r"(?<![\d£$€.,/])(?:19|20)\d{2}(?![\d/%]|[-–/]\d{2}(?!\d)|,\d)"
_DAY = r"(?<![\d.,£$€])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# The lookahead lets through only where an alternative can start (a digit, or a word starting
# with a letter that begins a month or a relative phrase: every alternative that starts with a
# letter starts with \b): it changes no match, but spares Python's engine trying all seven
# alternatives, lookbehinds and all, at every character (1.6 s -> 0.35 s for the 37,000
# sentences of a 10,000-story build).
_SCAN = compile_pattern(
    r"(?=\d|\b[JFMASONDaeflnosty])"
    rf"(?:(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?(?![\d:])"
    rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})"
    rf"|(?P<iso>(?<![\d-])(?:19|20)\d{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-]))"
    rf"|(?P<rel>\b(?:(?:earlier|later)\s+(?:this|last|next)\s+(?:year|month)"
    rf"|(?:last|next|this|the\s+previous|the\s+following)\s+(?:year|month|{_FULL_MONTH})"
    rf"|{_COUNT}\s+(?:years?|months?)\s+ago"
    rf"|today|yesterday|tomorrow)\b)"
    rf"|(?P<m6>\b(?:{_FULL_MONTH})\b)"
    rf"|(?P<y7>{_YEAR}))",
)
_SIGNAL = compile_pattern(
    r"(?:\b(?P<signal>since|from|until|till|to|through|by|in|on|during|between|and|as\s+of"
    r"|effective|starting|before|after|of|early|late|mid|end\s+of|start\s+of|beginning\s+of)"
    r"\s*-?\s*(?:the\s+)?)$",
    re.IGNORECASE,
)
_NEEDS_SIGNAL = {"m6", "y7"}
_RANGE_JOIN = compile_pattern(r"\s*(?:to|until|till|through|and|[-–])\s*(?:the\s+)?", re.IGNORECASE)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: ``sentence[start:end] == text``.

    ``signal`` is the word that introduces it, lower case ("" when none); ``year``, ``month``
    and ``day`` are the calendar parts the text names; ``relative`` is a phrase resolved
    against the story date ("last month", "earlier this year", "today"); ``range`` is
    ``"start"`` or ``"end"`` for the two parts of "from X to Y".
    """

    start: int
    end: int
    text: str
    signal: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None
    range: str = ""


def _month(text: str | None) -> int | None:
    return MONTHS.get(text.rstrip(".").lower()) if text else None


def _int(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


def find_times(sentence: str) -> list[TimeExpression]:
    """Every time expression of ``sentence``; see ``_find_times``."""
    return list(_find_times(sentence))


@lru_cache(maxsize=4096)
def _find_times(sentence: str) -> tuple[TimeExpression, ...]:
    """Every time expression of ``sentence``, in order, ranges marked.

    >>> [(t.text, t.signal, t.range) for t in find_times(
    ...     "She was chief executive from January 2024 to May 2025, and may return.")]
    [('January 2024', 'from', 'start'), ('May 2025', 'to', 'end')]
    >>> [t.text for t in find_times("Theresa May published the 2019 plan in 2019.")]
    ['2019']
    """
    found: list[TimeExpression] = []
    unsignalled: set[int] = set()
    for match in _SCAN.finditer(sentence):
        kind = next((name for name, value in match.groupdict().items() if value is not None), "")
        signal_match = _SIGNAL.search(sentence, max(0, match.start() - 40), match.start())
        signal = " ".join(signal_match.group("signal").lower().split()) if signal_match else ""
        weak = kind in _NEEDS_SIGNAL and not signal
        parts = match.groupdict()
        expression = TimeExpression(match.start(), match.end(), match.group(), signal)
        if kind == "iso":
            year, month, day = (int(p) for p in match.group().split("-"))
            expression = _with(expression, year, month, day)
        elif kind == "rel":
            expression = TimeExpression(match.start(), match.end(), match.group(), signal,
                                        relative=" ".join(match.group().lower().split()))
        else:
            index = kind[1:]
            expression = _with(expression, _int(parts.get("y" + index)),
                               _month(parts.get("m" + index)), _int(parts.get("d" + index)))
        found.append(expression)
        if weak:
            unsignalled.add(expression.start)
    return tuple(t for t in _ranges(sentence, found) if t.range or t.start not in unsignalled)


def _with(expression: TimeExpression, year: int | None, month: int | None,
          day: int | None) -> TimeExpression:
    return TimeExpression(expression.start, expression.end, expression.text, expression.signal,
                          year, month, day)


def _ranges(sentence: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Mark "from X to Y" and "between X and Y"; X borrows Y's year when it has none."""
    result = list(found)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if first.relative or second.relative or first.range:
            continue
        between = sentence[first.end:second.start]
        if not _RANGE_JOIN.fullmatch(between):
            continue
        dash = between.strip() in {"-", "–"}
        if between.strip().lower().startswith("and") and first.signal != "between":
            continue
        if dash and (first.year is None) != (second.year is None) and first.month is None:
            continue
        if not dash and first.signal not in {"from", "between", "since", ""}:
            continue
        if not dash and second.signal not in {"to", "until", "till", "through", "and"}:
            continue
        year = first.year
        if year is None and second.year is not None and first.month is not None:
            year = second.year - (first.month > (second.month or 12))
        second_year = second.year
        if second_year is None and first.year is not None and second.month is not None:
            second_year = first.year + (second.month < (first.month or 1))
        result[index] = TimeExpression(first.start, first.end, first.text, first.signal or "from",
                                       year, first.month, first.day, None, "start")
        result[index + 1] = TimeExpression(second.start, second.end, second.text,
                                           second.signal or "to", second_year, second.month,
                                           second.day, None, "end")
    return result


def resolve(expression: TimeExpression, story_date: str | None,
            tense: str | None = None) -> str | None:
    """The ISO value ``expression`` names in a story dated ``story_date`` (an ISO value or
    ``None``); ``tense`` (``"past"``, ``"future"`` or ``None``) places a month without a year.

    >>> from kg.temporal.expressions import find_times as f
    >>> [resolve(t, "2024-03-05") for t in f("It began last month and ends next year.")]
    ['2024-02', '2025']
    >>> resolve(f("He will join in April.")[0], "2024-05-20", "future")
    '2025-04'
    >>> resolve(f("He joined in April.")[0], None, "past") is None
    True
    """
    if expression.relative is not None:
        return _relative(expression.relative, story_date)
    if expression.year is not None:
        return value_of(expression.year, expression.month,
                        expression.day if expression.month else None)
    if expression.month is None or story_date is None or precision(story_date) == "year":
        return None
    story = first_day(story_date)
    here = story.year * 12 + story.month - 1
    options = []
    for year in (story.year - 1, story.year, story.year + 1):
        distance = year * 12 + expression.month - 1 - here
        if (tense == "future" and distance < 0) or (tense == "past" and distance > 0):
            continue
        options.append((abs(distance), distance > 0, year))
    if not options:
        return None
    return value_of(min(options)[2], expression.month, expression.day)


def _relative(phrase: str, story_date: str | None) -> str | None:
    if story_date is None:
        return None
    story = first_day(story_date)
    exact = precision(story_date)
    words = phrase.split()
    if words[-1] == "ago":
        count = _NUMBERS.get(words[0]) or (int(words[0]) if words[0].isdigit() else 0)
        if words[1].startswith("year"):
            return value_of(story.year - count)
        return _shift_month(story.year, story.month, -count) if exact != "year" else None
    if phrase in {"today", "yesterday", "tomorrow"}:
        if phrase == "today":
            return story_date
        if exact != "day":
            return None
        from datetime import timedelta

        return (story + timedelta(days=1 if phrase == "tomorrow" else -1)).isoformat()
    offset = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(
        words[-2] if words[-2] != "this" else "this", 0)
    if words[0] in {"earlier", "later"}:
        offset = {"last": -1, "next": 1}.get(words[1], 0)
    unit = words[-1]
    if unit == "year":
        return value_of(story.year + offset)
    if exact == "year":
        return None
    if unit == "month":
        return _shift_month(story.year, story.month, offset)
    month = MONTHS[unit]
    year = story.year
    if offset < 0 and month >= story.month:
        year -= 1
    elif offset > 0 and month <= story.month:
        year += 1
    return value_of(year, month)


def _shift_month(year: int, month: int, offset: int) -> str | None:
    index = year * 12 + month - 1 + offset
    return value_of(index // 12, index % 12 + 1)
