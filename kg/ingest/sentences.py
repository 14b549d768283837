"""Sentence spans with exact offsets, in time linear in the text.

A regular-expression splitter rather than spaCy's sentencizer: it keeps offsets exact on any
line-ending convention and runs far faster than tokenising (see docs/decisions). It knows the
abbreviations British news writes with a full stop, and never splits inside a paragraph line
after an initial ("J. Smith"). A company's "Ltd." or "Inc." before a capital ends a sentence:
news writes the name's next word after a comma, not after the stop.

Every pattern here either cannot fail once started or is only ever tried at the start of a run
of its characters, and the word before a full stop is read backwards from the stop: no step
rescans text another step has read, so a 10 MB line or 100,000 "Dr. " cost what their length
costs (bench/ingest_scale.py).
"""

from __future__ import annotations

from kg.startup_cache import compile_pattern

__all__ = ["MAX_SENTENCE", "sentence_spans"]

_STOPS = ".!?…"
_CLOSERS = "\"”’')]"
_BOUNDARY = compile_pattern(r"[.!?…]+[\"”’')\]]*(\s*)")
_NEXT_STARTS = compile_pattern(r"[\"“‘'(\[]?[A-Z0-9£$€]")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr no nos vs etc e.g i.e eg ie co cllr rt hon gov
    sgt col gen lt capt jan feb mar apr jun jul aug sep sept oct nov dec approx fig pp p
    dept est""".split()
)


def _is_word(char: str) -> bool:
    """What ``\\w`` matches in a str pattern (CPython: alphanumeric or underscore)."""
    return char.isalnum() or char == "_"


def _word_before(text: str, end: int) -> tuple[int, int] | None:
    """The word that a run of stops (and closing quotes) ending at ``end`` follows.

    Reads backwards: closers, then the stops, then the word ([\\w.]+) before them, giving
    the span the regex ``([\\w.]+)[.!?…]+["”’')\\]]*$`` would give as its leftmost match.
    """
    stops_end = end
    while stops_end > 0 and text[stops_end - 1] in _CLOSERS:
        stops_end -= 1
    stops_start = stops_end
    while stops_start > 0 and text[stops_start - 1] in _STOPS:
        stops_start -= 1
    if stops_start == stops_end or stops_start == 0 or not _is_word(text[stops_start - 1]):
        return None
    word_start = stops_start - 1
    while word_start > 0 and (_is_word(text[word_start - 1]) or text[word_start - 1] == "."):
        word_start -= 1
    word_end = stops_start
    while word_end < stops_end and text[word_end] == ".":
        word_end += 1
    return word_start, min(word_end, stops_end - 1)


def _is_abbreviation(text: str, end: int) -> bool:
    span = _word_before(text, end)
    if span is None:
        return False
    word = text[span[0]:span[1]].lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[span[0]].isupper()


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into trimmed sentence spans.

    >>> text = "Mr Khan quit. Dr J. Smith took over in Jan. 2024! Fine."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr Khan quit.', 'Dr J. Smith took over in Jan. 2024!', 'Fine.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        gap_start, gap_end = match.span(1)
        if gap_start == gap_end or not _NEXT_STARTS.match(text, gap_end, end):
            continue
        if _is_abbreviation(text, gap_start):
            continue
        spans.append((cursor, gap_start))
        cursor = gap_end
    spans.append((cursor, end))
    return [trimmed for s, e in spans for piece in _bounded(text, s, e)
            if (trimmed := _trim(text, *piece)) is not None]


MAX_SENTENCE = 2000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at whitespace into pieces of at most ``MAX_SENTENCE`` characters.

    No sentence of news runs to 2,000 characters; text that does (a list without stops, a
    dump on one line, thousands of "Dr. ") is cut so that the extractors' work per sentence
    stays bounded and a document costs what its length costs.
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
