"""StoryDoc: what extractors read and write for one story."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Document, Fact, Mention, Sentence, Story

__all__ = ["StoryDoc"]


@dataclass
class StoryDoc:
    """A story being read: its sentences, the names found so far, and the facts found so far.

    ``text`` is the whole file's source text so that every offset is absolute.
    """

    document: Document
    story: Story
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.story.sentences

    def add_mention(self, mention: Mention) -> bool:
        """Add a mention unless it overlaps one already found (earlier extractors win)."""
        for other in self.mentions:
            if mention.start < other.end and other.start < mention.end:
                return False
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return True

    def mentions_in(self, sentence: Sentence, category: str | None = None) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if sentence.start <= m.start and m.end <= sentence.end
            and (category is None or m.category == category)
        ]

    def mentions_before(self, offset: int, category: str | None = None) -> list[Mention]:
        return [
            m for m in self.mentions
            if m.end <= offset and (category is None or m.category == category)
        ]
