"""Length-preserving text folding, so matches on folded text keep exact source offsets."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from kg.startup_cache import compile_pattern

__all__ = ["Cue", "LazyPattern", "fold", "lazy_pattern", "normalise_name", "slug", "whole_words"]

_FOLD = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'),
         ("\u00a0", " "), ("\u2013", "-"), ("\u2014", "-"), ("\u2011", "-"), ("\t", " "))
_SPACES = compile_pattern(r"\s+")
_LEADING_THE = compile_pattern(r"^the\s+")
_NON_WORD = compile_pattern(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case with straight quotes and plain spaces; always the same length as ``text``.

    >>> fold("Guy’s\u00a0and St Thomas’")
    "guy's and st thomas'"
    """
    folded = text
    for character, plain in _FOLD:  # str.translate: 130x slower on text beyond Latin-1
        folded = folded.replace(character, plain)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


@lru_cache(maxsize=131072)
def normalise_name(name: str) -> str:
    """The comparison form of a name: folded, single-spaced, without a leading "the"."""
    return _LEADING_THE.sub("", _SPACES.sub(" ", fold(name)).strip())


def slug(name: str) -> str:
    """Example:

    >>> slug("Sarah-Jane O’Neill")
    'sarah-jane-o-neill'
    """
    return _NON_WORD.sub("-", normalise_name(name)).strip("-")


class Cue:
    """A cheap gate before costly patterns: does a sentence contain any of these words?

    Substring tests run at C speed, where a case-insensitive alternation regex scans every
    position in Python's engine; a gate only needs to let through every sentence its pattern
    could match, so a loose test is enough.

    Every cue's words are in one Aho-Corasick automaton (one for the cased cues, one for the
    others), and a text is scanned once for all of them: the extractors ask some 25 cues about
    each sentence, each of which scanned (and lower-cased) it again, 9% of extraction's time
    (``_CueScan``).

    >>> Cue("rated", "rating")("The trust was RATED good"), Cue("Trust", cased=True)("trust")
    (True, False)
    """

    def __init__(self, *words: str, cased: bool = False) -> None:
        self.cased, self.words = cased, words
        self._bit = _CUES.add(self)

    def __call__(self, text: str) -> bool:
        known = _CUES.recent.get(text)
        return bool((_CUES.found(text) if known is None else known) & self._bit)


class _CueScan:
    """The words of every ``Cue``, and which cues a text holds (a bit per cue).

    The automata are made again on the first scan after a cue was added. What was found is
    kept for the last few thousand texts: a pipeline step asks about every sentence of a file
    before the next step asks again. Scans, and additions of cues, take a lock (a scan is
    one call in 29), so that no answer made before a cue was added is kept after it."""

    _KEEP = 4096

    def __init__(self) -> None:
        self._cues: list[Cue] = []
        self._automata: tuple[Any, Any] | None = None
        self.recent: dict[str, int] = {}
        self._lock = threading.Lock()

    def add(self, cue: Cue) -> int:
        with self._lock:
            self._cues.append(cue)
            self._automata = None
            self.recent = {}
            return 1 << (len(self._cues) - 1)

    def _make(self) -> tuple[Any, Any]:
        import ahocorasick

        cased, folded = ahocorasick.Automaton(), ahocorasick.Automaton()
        bits: tuple[dict[str, int], dict[str, int]] = ({}, {})
        for index, cue in enumerate(self._cues):
            words = bits[0] if cue.cased else bits[1]
            for word in cue.words:
                key = word if cue.cased else word.lower()
                words[key] = words.get(key, 0) | 1 << index
        for automaton, words in zip((cased, folded), bits, strict=True):
            for word, bit in words.items():
                automaton.add_word(word, bit)
            if words:
                automaton.make_automaton()
        return cased, folded

    def found(self, text: str) -> int:
        known = self.recent.get(text)
        if known is not None:
            return known
        import ahocorasick

        with self._lock:
            if self._automata is None:
                self._automata = self._make()
            bits = 0
            for automaton, scanned in zip(self._automata, (text, text.lower()), strict=True):
                if automaton.kind == ahocorasick.AHOCORASICK:  # made from at least one word
                    for _, bit in automaton.iter(scanned):
                        bits |= bit
            if len(self.recent) >= self._KEEP:
                self.recent = {}
            self.recent[text] = bits
        return bits


_CUES = _CueScan()


def whole_words(text: str, word: str, start: int, end: int, joiners: str = "") -> list[int]:
    """Offsets in ``text[start:end]`` where ``word`` stands as a whole word: no letter, digit
    or one of ``joiners`` touching it (cheaper than compiling a pattern per name).

    >>> whole_words("Khan, Khanna and O'Khan", "Khan", 0, 23, "'")
    [0]
    """
    def joined(index: int) -> bool:
        return 0 <= index < len(text) and (text[index].isalnum() or text[index] in joiners
                                            or text[index] == "_")

    found = []
    position = text.find(word, start, end)
    while position >= 0:
        if not joined(position - 1) and not joined(position + len(word)):
            found.append(position)
        position = text.find(word, position + 1, end)
    return found


class LazyPattern:
    """A regular expression compiled on first use.

    The extractors hold a few hundred patterns, many built around the long role alternation;
    compiling all of them costs about half a second at every start, which a one-file
    `kg extract` should not pay for patterns its text never reaches. Each attribute asked for
    (``search``, ``finditer``...) is kept in the instance once the pattern is compiled, so
    later calls reach the compiled pattern's method directly: going through ``__getattr__``
    at each of the 600,000 calls per 1,000 stories cost 3% of extraction.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_pattern(self._source, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value


def lazy_pattern(source: str, flags: int = 0) -> Any:
    """Example:

    >>> lazy_pattern(r"trust", re.IGNORECASE).search("The Trust").group(0)
    'Trust'
    """
    return LazyPattern(source, flags)
