"""A consortium given a name: its members –partOf→ it, and it holds their contract.

"A and B have been chosen by Y to provide the service. The consortium will operate under
the name C." News names the winners first and the joint body after; C is then part of the
story's contract and A and B are its members.
"""

from __future__ import annotations

import re

from kg.extract.context import mention_at
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Fact, Mention, Sentence

__all__ = ["make_consortia"]

NAME = "consortia"
_CUE = Cue("consortium", "partnership", "joint venture", "alliance")
_NAMED = lazy_pattern(
    r"\b(?:the|this|a|their)\s+(?:new\s+)?(?:consortium|partnership|joint\s+venture|alliance)\s+"
    r"(?:will\s+|is\s+to\s+|would\s+)?(?:operate|trade|work|be\s+known|be\s+called|go)\s+"
    r"(?:under\s+the\s+name\s+(?:of\s+)?|as\s+)(?:the\s+)?", re.IGNORECASE)
_NAME = lazy_pattern(r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4}")


def _contracts_near(doc: StoryDoc, sentence: Sentence) -> list[Fact]:
    """Contract facts of this sentence and the one before."""
    index = doc.sentences.index(sentence)
    starts = {s.start for s in doc.sentences[max(0, index - 1):index + 1]}
    return [f for f in doc.facts if f.predicate == "awardedContract"
            and f.evidence.start in starts and isinstance(f.object, Mention)]


def _consortium(doc: StoryDoc, offset: int, limit: int) -> Mention | None:
    found = mention_at(doc, offset, "Organisation")
    if found is not None:
        return found
    name = _NAME.match(doc.text, offset, limit)
    if name is None:
        return None
    mention = Mention(doc.story.id, name.start(), name.end(), name.group(0), "Organisation",
                      "Organisation", None, NAME)
    return mention if doc.add_mention(mention) else None


@extractor("consortia", requires=("mentions.organisation", "facts.awardedContract"),
           assigns=("facts.partOf", "facts.awardedContract"))
def make_consortia() -> object:
    def consortia(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            if not _CUE(sentence.text):
                continue
            for named in _NAMED.finditer(doc.text, sentence.start, sentence.end):
                contracts = _contracts_near(doc, sentence)
                members = {f.subject.key or f.subject.text: f.subject for f in contracts}
                if len(members) < 2:
                    continue
                body = _consortium(doc, named.end(), sentence.end)
                if body is None or (body.key or body.text) in members:
                    continue
                for member in members.values():
                    add_fact(doc, sentence, member, "partOf", body, extractor=NAME,
                             confidence=0.7)
                buyers = {f.object.key or f.object.text: f.object for f in contracts
                          if isinstance(f.object, Mention)}
                for buyer in buyers.values():
                    add_fact(doc, sentence, body, "awardedContract", buyer, extractor=NAME,
                             confidence=0.7)
        return doc
    return consortia
