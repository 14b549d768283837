"""Split a newsletter file into stories under their short heading lines.

A briefing file opens with a strap line, perhaps followed by bullet teasers; each story starts
at a short heading line with no closing punctuation; "Also on ... today" round-ups are stories
of their own. Text before the first heading is a story titled by its first words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.sentences import sentence_spans
from kg.model import Sentence, Story
from kg.startup_cache import compile_pattern

__all__ = ["split_stories"]

_LINE = compile_pattern(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_BULLET = compile_pattern(r"[-•*–]\s+")
_BOILERPLATE = compile_pattern(
    r"the must-read stories and debate in health policy and leadership\.?|no comments yet"
    r"|share this|sign up to .*",
    re.IGNORECASE,
)
_HEADING_END_FORBIDDEN = tuple(".,;:\"”’'…")
_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 90
_UNTITLED_WORDS = 8
_SENTENCE_END = tuple(".!?:;”\"’')…")
_WRAPPED_LENGTH = 60
_LONGEST_WRAP = 100
_MD_HEADING = compile_pattern(r"#{1,6}\s+")
_POST_FIELD = compile_pattern(
    r"(?i:[\w’'-]+\s+){0,4}?(?i:chair(?:man|woman)?|chief|director|officer|executive|nurse"
    r"|secretary|governor|president|lead|head)\b[^:]{0,30}:\s+[A-Z]")
""""Chair: Jane Smith", "Chief executive: Tom Hale": a board list's line, not a heading."""
_BRIEF_TITLE = "In brief"


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    source: str = field(repr=False)

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]

    @property
    def key(self) -> str:
        return " ".join(self.text.replace("\u00a0", " ").split()).casefold()


def _lines(text: str) -> list[_Line]:
    """Non-blank lines, with hard-wrapped paragraph lines joined into one logical line.

    A joined line keeps only its bounds, so a long wrapped paragraph is never copied once per
    line it spans (that made ingest quadratic).
    """
    lines: list[_Line] = []
    previous_blank = True
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            previous_blank = True
            continue
        if lines and not previous_blank and _continues(lines[-1], text[start:end]):
            lines[-1] = _Line(lines[-1].start, end, text)
        else:
            lines.append(_Line(start, end, text))
        previous_blank = False
    return lines


_SIGN_OFF_WORDS = 6
"""A short last line with no closing punctuation ("Ends", "Notes to editors") is a sign-off,
not a story; a longer one ("Jane Roe, Chief Executive of the Trust") is read."""


def _continues(line: _Line, following: str) -> bool:
    """A wrapped line: no closing punctuation (a closing bracket after none, "segment 4 (the
    most intensive tier)", ends no sentence), and either the next line starts in lower
    case or this one is as long as a wrapped line is (a heading is short) and neither is longer
    than wrapped lines are (a long headline over a paragraph on one line is no wrap)."""
    end = line.end
    while end > line.start and line.source[end - 1] in ")]":
        end -= 1
    if (end == line.start or line.source[end - 1] in _SENTENCE_END
            or _BULLET.match(following) or _MD_HEADING.match(following)):
        return False
    last = max(line.start, line.source.rfind("\n", line.start, line.end) + 1)
    return following[0].islower() or (
        _WRAPPED_LENGTH <= line.end - last <= _LONGEST_WRAP and len(following) <= _LONGEST_WRAP)


def _is_heading_shape(line: _Line) -> bool:
    if _MD_HEADING.match(line.text):
        return True
    if line.end - line.start > _MAX_HEADING_CHARS:
        return False
    text = line.text
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if _BULLET.match(text) or text.endswith(_HEADING_END_FORBIDDEN):
        return False
    if text.endswith(("?", "!")) and len(words) > 8:
        return False
    if _POST_FIELD.match(text):
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in "“‘\"'"


def _title_from(text: str) -> str:
    words = text.split()
    if len(words) <= _UNTITLED_WORDS:
        return text
    return " ".join(words[:_UNTITLED_WORDS]) + "…"


@dataclass
class _Group:
    heading: _Line | None
    brief: bool = False
    body: list[_Line] = field(default_factory=list)


def split_stories(doc: str, text: str) -> tuple[Story, ...]:
    """Stories of one file; ids are ``<doc>/<n>`` in reading order, n from 1."""
    lines = [line for line in _lines(text) if not _BOILERPLATE.fullmatch(line.key)]
    groups: list[_Group] = []
    for index, line in enumerate(lines):
        current = groups[-1] if groups else None
        is_last = index + 1 == len(lines)
        if _BULLET.match(line.text) and (current is None or current.brief):
            if current is None:
                current = _Group(None, brief=True)
                groups.append(current)
            current.body.append(line)
        elif _is_heading_shape(line) and is_last and len(line.text.split()) <= _SIGN_OFF_WORDS:
            continue
        elif _is_heading_shape(line) and not (current and current.heading and not current.body):
            groups.append(_Group(line))
        elif current is None or current.brief:
            groups.append(_Group(None, body=[line]))
        else:
            current.body.append(line)
    stories = []
    for group in groups:
        title = _BRIEF_TITLE if group.brief else None
        stories.append(_story(doc, len(stories) + 1, text, group.heading, group.body, title))
    return tuple(stories)


def _story(
    doc: str, number: int, text: str, heading: _Line | None, body: list[_Line], title: str | None
) -> Story:
    sentences: list[Sentence] = []
    for line in ([heading] if heading else []) + body:
        bullet = _BULLET.match(line.text)
        marker = bullet or _MD_HEADING.match(line.text)
        content_start = line.start + (marker.end() if marker else 0)
        for start, end in sentence_spans(text, content_start, line.end):
            sentences.append(Sentence(start, end, text[start:end]))
    if title is None:
        title = _MD_HEADING.sub("", heading.text) if heading else _title_from(sentences[0].text)
    spans = ([heading] if heading else []) + body
    return Story(f"{doc}/{number}", doc, title, spans[0].start, spans[-1].end, tuple(sentences))
