"""Length-preserving text folding, so matches on folded text keep exact source offsets."""

from __future__ import annotations

import re

__all__ = ["fold", "normalise_name", "slug"]

_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
    "\u00a0": " ", "\u2013": "-", "\u2014": "-", "\u2011": "-", "\t": " ",
})
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case with straight quotes and plain spaces; always the same length as ``text``.

    >>> fold("Guy’s\u00a0and St Thomas’")
    "guy's and st thomas'"
    """
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def normalise_name(name: str) -> str:
    """The comparison form of a name: folded, single-spaced, without a leading "the"."""
    return _LEADING_THE.sub("", _SPACES.sub(" ", fold(name)).strip())


def slug(name: str) -> str:
    """Example:

    >>> slug("Sarah-Jane O’Neill")
    'sarah-jane-o-neill'
    """
    return _NON_WORD.sub("-", normalise_name(name)).strip("-")
