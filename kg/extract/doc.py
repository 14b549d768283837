"""StoryDoc: what extractors read and write for one story."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice, pairwise
from operator import attrgetter

from kg.model import Document, Fact, Mention, Sentence, Story
from kg.startup_cache import compile_pattern

__all__ = ["StoryDoc", "clauses"]


_LONGEST = 400


_start = attrgetter("start")
_span = attrgetter("start", "end")
_end = attrgetter("end")


@dataclass
class StoryDoc:
    """A story being read: its sentences, the names found so far, and the facts found so far.

    ``text`` is the whole file's source text so that every offset is absolute.
    """

    document: Document
    story: Story
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    fact_keys: set[tuple[object, ...]] = field(default_factory=set, repr=False)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.story.sentences

    def add_mention(self, mention: Mention) -> bool:
        """Add a mention unless it overlaps one already found (earlier extractors win)."""
        if any(other.end > mention.start
               for other in self.near(mention.start - _LONGEST, mention.end)):
            return False
        insort(self.mentions, mention, key=_span)
        return True

    def near(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in ``[start, end)`` (``mentions`` is kept sorted by start)."""
        low = bisect_left(self.mentions, start, key=_start)
        high = bisect_left(self.mentions, end, key=_start)
        return self.mentions[low:high]

    def starting_at(self, offset: int) -> list[Mention]:
        return self.near(offset, offset + 1)

    def mentions_in(self, sentence: Sentence, category: str | None = None) -> list[Mention]:
        """Mentions inside ``sentence`` (``mentions`` is kept sorted by start)."""
        found = []
        mentions = self.mentions  # read in place: extractors ask about every sentence
        for m in islice(mentions, bisect_left(mentions, sentence.start, key=_start), None):
            if m.start >= sentence.end:
                break
            if m.end <= sentence.end and (category is None or m.category == category):
                found.append(m)
        return found

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The story's sentence just before ``sentence`` (None for its first): the context
        a reference or a fallback reads one sentence back."""
        index = bisect_right(self.story.sentences, sentence.start, key=_end)
        return self.story.sentences[index - 1] if index else None

    def mentions_before(self, offset: int, category: str | None = None) -> list[Mention]:
        return [
            m for m in self.mentions
            if m.end <= offset and (category is None or m.category == category)
        ]


_CLAUSE_BREAK = compile_pattern(r",\s+(?:while|whereas)\s+|;\s+", re.IGNORECASE)


def clauses(sentences: list[Sentence], states: Callable[[str, int, int], bool]) -> list[Sentence]:
    """"A won a deal from B, while C was awarded one by D": a sentence whose clauses (split at
    "while", "whereas" or a semicolon) each ``states`` a fact of their own, read clause by
    clause; other sentences whole."""
    found = []
    for sentence in sentences:
        cuts = list(_CLAUSE_BREAK.finditer(sentence.text))
        pieces = [(0, cuts[0].start()), *((a.end(), b.start()) for a, b in pairwise(cuts)),
                  (cuts[-1].end(), len(sentence.text))] if cuts else []
        if len(pieces) > 1 and all(states(sentence.text, a, b) for a, b in pieces):
            found.extend(Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b])
                         for a, b in pieces)
        else:
            found.append(sentence)
    return found
