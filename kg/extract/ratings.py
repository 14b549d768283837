"""organisation –rated→ CQC rating ("rated inadequate", "its ‘requires improvement’ rating")."""

from __future__ import annotations

import re

from kg.extract.context import TRUSTS, definite_org
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor

__all__ = ["RATING", "make_ratings"]

NAME = "ratings"
RATING = r"[“‘\"']?(outstanding|good|requires improvement|inadequate)[”’\"']?"
_FLAGS = re.IGNORECASE
_RATED = re.compile(
    rf"\b(?:rated|rating(?:\s+of)?|judged|re-rated|upgraded|downgraded|moved up|moved down)"
    rf"(?:\s+(?:as|from\s+{RATING}))?\s+(?:to\s+|back to\s+)?(?:an?\s+)?{RATING}", _FLAGS
)
_RATING_NOUN = re.compile(rf"{RATING}\s+(?:rating|grade|verdict)", _FLAGS)
_REFERENCE = re.compile(r"\b(the\s+(?:foundation trust|trust|hospital)|its|it)\b", _FLAGS)
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would|if|unless|aim(?:s|ing)? to|hopes? to)\b",
                           _FLAGS)


@extractor("ratings", requires=("mentions.organisation",), assigns=("facts.rated",))
def make_ratings() -> object:
    def ratings(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            match = _RATED.search(sentence.text) or _RATING_NOUN.search(sentence.text)
            if match is None or _HYPOTHETICAL.search(sentence.text[:match.start()]):
                continue
            rating = match.group(match.lastindex or 1).lower()
            orgs = [m for m in doc.mentions_in(sentence, "Organisation") if m.cls in TRUSTS
                    or m.cls in {"CareTrust", "Organisation", "Company"}]
            subjects = [m for m in orgs if m.start - sentence.start < match.start()]
            if not subjects:
                reference = _REFERENCE.search(sentence.text)
                org = (definite_org(doc, reference.group(1), sentence.start + reference.start())
                       if reference else None)
                subjects = [org] if org is not None and org.cls in TRUSTS else []
            for org in subjects[-1:]:
                add_fact(doc, sentence, org, "rated", rating, extractor=NAME, confidence=0.8)
        return doc
    return ratings
