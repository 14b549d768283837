"""organisation –rated→ CQC rating ("rated inadequate", "its ‘requires improvement’ rating")."""

from __future__ import annotations

import re

from kg.extract.context import TRUSTS, mention_at, reference_pattern, referred_org
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.model import Mention, Sentence

__all__ = ["RATING", "make_ratings"]

NAME = "ratings"
RATING = r"[“‘\"']?(outstanding|good|requires improvement|inadequate)[”’\"']?"
_FLAGS = re.IGNORECASE
_RATED = re.compile(
    rf"\b(?:rated|rating(?:\s+of)?|judged|re-rated|upgraded|downgraded|moved up|moved down)"
    rf"(?:\s+(?:as|from\s+{RATING}))?\s+(?:to\s+|back to\s+)?(?:an?\s+)?{RATING}", _FLAGS
)
_RATED_OBJECT = re.compile(
    rf"\b(?:rated|judged|found|upgraded|downgraded|re-rated)\s+"
    rf"(?P<object>(?i:the)\s+(?:trust|hospital|foundation trust)"
    rf"|its\s+\w+|(?-i:[A-Z][\w’'&-]*)(?:\s+(?-i:[A-Z][\w’'&-]*|NHS|and|of)){{0,8}})"
    rf"\s+(?:as\s+|to\s+)?{RATING}",
    _FLAGS)
_RATING_NOUN = re.compile(rf"{RATING}\s+(?:rating|grade|verdict)", _FLAGS)
_REFERENCE = reference_pattern("foundation trust|trust|hospital")
_SERVICE_LEVEL = re.compile(r"\b(?:services?|department|unit|ward|wards|core service)\s+"
                            r"(?:\w+\s+){0,6}$", _FLAGS)
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would|if|unless|aim(?:s|ing)? to|hopes? to)\b",
                           _FLAGS)


_SUBJECT_CLASSES = TRUSTS | {"Organisation", "Company", "IntegratedCareBoard"}


@extractor("ratings", requires=("mentions.organisation",), assigns=("facts.rated",))
def make_ratings() -> object:
    def ratings(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            for active in _RATED_OBJECT.finditer(sentence.text):
                offset = sentence.start + active.start("object")
                org = mention_at(doc, offset, "Organisation") or (
                    referred_org(doc, active["object"], sentence.start, offset)
                    if active["object"].lower().startswith("the ") else None)
                if org is not None:
                    add_fact(doc, sentence, org, "rated", active.group(active.lastindex or 1)
                             .lower(), extractor=NAME, confidence=0.75)
            matches = list(_RATED.finditer(sentence.text)) or list(
                _RATING_NOUN.finditer(sentence.text))
            for match in matches:
                window = sentence.text[max(0, match.start() - 40):match.start()]
                if _HYPOTHETICAL.search(window) or _SERVICE_LEVEL.search(window):
                    continue
                org = _subject(doc, sentence, match.start())
                if org is not None:
                    rating = next(g for g in match.groups()[::-1] if g).lower()
                    add_fact(doc, sentence, org, "rated", rating, extractor=NAME,
                             confidence=0.8)
        return doc
    return ratings


def _subject(doc: StoryDoc, sentence: Sentence, position: int) -> Mention | None:
    """The body the sentence is about: its first trust named before the rating, else "the
    trust" or "It"."""
    orgs = [m for m in doc.mentions_in(sentence, "Organisation")
            if m.cls in _SUBJECT_CLASSES and m.start - sentence.start < position]
    if orgs:
        return orgs[0]
    reference = _REFERENCE.search(sentence.text)
    if reference is None:
        return None
    org = referred_org(doc, reference.group(1), sentence.start,
                       sentence.start + reference.start())
    return org if org is not None and org.cls in TRUSTS else None
