"""Keys and short-form rules for names: the comparison forms resolution relies on."""

from __future__ import annotations

import re

from kg.extract.people import split_honorific
from kg.extract.text import normalise_name, slug
from kg.model import Mention
from kg.startup_cache import compile_pattern

__all__ = [
    "PEERS", "acronym_matches", "honorific_parts", "org_key", "person_key", "person_mention_key",
    "publication_short_forms", "surface_forms",
]

PEERS = frozenset({"Lord", "Lady", "Baroness", "Baron"})
_MINOR = frozenset({"and", "of", "the", "for", "in", "on", "upon", "nhs", "&"})



_SITE_IN_TOWN = compile_pattern(r"(.+?)(?:,| in)\s+[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*)*$")


def surface_forms(mention: Mention) -> tuple[str, ...]:
    """The names a mention gives its entity: its text (single-spaced), and for a hospital
    named with its town ("St Ann’s Hospital in Tottenham") the bare name too, which is how it
    is usually written."""
    text = " ".join(mention.text.split())
    if mention.cls == "Hospital":
        sited = _SITE_IN_TOWN.match(text)
        if sited:
            return text, sited.group(1)
    if mention.category == "Publication":
        return (text, *publication_short_forms(text))
    return (text,)


_KIND = r"(?:report|review|inquiry|investigation|audit|study|plan|strategy|stocktake)"
_TITLE_THEN_KIND = compile_pattern(
    rf"((?:[A-Z0-9][\w’'-]*|and|of|the|for|in|on|to|a|&)(?:[\s,:]+(?:[A-Z0-9][\w’'-]*|and|of|the"
    rf"|for|in|on|to|a|&))+)\s+{_KIND}")
_GENERIC_WORDS = frozenset({"independent", "national", "external", "public", "rapid", "annual",
                            "full", "final", "interim", "thematic", "serious", "case", "nhs",
                            "the", "a", "an", "new", "first", "second", "latest", "government"})
_NAMED_KIND_ON = compile_pattern(rf"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?i:{_KIND}))"
                                 rf"\s+(?:into|on|of|in)\s+\S.*")
_OWNERS = compile_pattern(rf"[A-Z][\w’'&.-]*(?:\s+[\w’'&.-]+){{0,6}}?[’']s?\s+(?:\d{{4}}\s+)?"
                          rf"((?:(?-i:[a-z][\w-]*)\s+){{0,2}}(?i:{_KIND})\s+(?:into|on|of|in)\s+\S.*)")
_AT_BODY = compile_pattern(r"(.+?\s+\S+\s+\S+)\s+(?:at|for|in)\s+(?:the\s+)?[A-Z][\w’'-]*"
                           r"(?:\s+(?:and|of|&|[A-Z][\w’'-]*))+$")
_IN_PLACE = compile_pattern(r"(.+?\s+\S+\s+\S+)\s+in\s+(?:the\s+)?[A-Z][\w’'-]*$")
_AT_NAMED_PLACE = compile_pattern(r"(.+?\s+\S+\s+\S+)\s+at\s+(?:the\s+)?[A-Z][\w’'-]*\s.*$")


def publication_short_forms(title: str) -> tuple[str, ...]:
    """Shorter names a report goes by, as news and the gold annotations write them: "Fairer
    Waits report" is "Fairer Waits", "the Pendry Inquiry into neonatal care" the "Pendry
    Inquiry", "Healthwatch England's report on dental access" the "report on dental access",
    "a review of the 111 contract at Leeds Teaching Hospitals NHS Trust" the "review of the 111
    contract". Each keeps a distinctive head (two title words, or a described subject)."""
    forms = []
    titled = _TITLE_THEN_KIND.fullmatch(title)
    if titled and len(titled.group(1).split()) >= 2:
        forms.append(titled.group(1))
    named = _NAMED_KIND_ON.fullmatch(title)
    if named and any(word.lower() not in _GENERIC_WORDS for word in named.group(1).split()[:-1]):
        forms.append(named.group(1))
    pending = [title]
    while pending:
        name = pending.pop()
        for pattern in (_OWNERS, _AT_BODY, _AT_NAMED_PLACE, _IN_PLACE):
            found = pattern.fullmatch(name)
            if found and found.group(1) not in forms:
                forms.append(found.group(1))
                pending.append(found.group(1))
    return tuple(dict.fromkeys(f for f in forms if f != title))


def honorific_parts(name: str) -> tuple[str, str]:
    honorific, rest = split_honorific(name)
    return honorific.rstrip(".").split()[0] if honorific else "", rest


def person_key(name: str) -> str:
    return slug(re.sub(r"[’']s$", "", name))


def person_mention_key(text: str) -> str:
    """A peer known only by title keeps it ("Lord Carter"); others key on the bare name."""
    honorific, name = honorific_parts(text)
    if honorific in PEERS and len(name.split()) == 1:
        return person_key(f"{honorific} {name}")
    return person_key(name)


_LONG_SUFFIXES = ((compile_pattern(r"\bPrimary Care Trust$", re.IGNORECASE), "PCT"),
                  (compile_pattern(r"\bClinical Commissioning Group$", re.IGNORECASE), "CCG"),
                  (compile_pattern(r"\bStrategic Health Authority$", re.IGNORECASE), "SHA"),
                  (compile_pattern(r"\bIntegrated Care Board$", re.IGNORECASE), "ICB"))


def _short_suffix(name: str) -> str:
    """"North Sheffield Primary Care Trust" and "North Sheffield PCT" are one body's names."""
    for pattern, short in _LONG_SUFFIXES:
        name = pattern.sub(short, name)
    return name


def org_key(mention: Mention) -> str:
    if mention.key is None:
        return "org/name-" + slug(_short_suffix(mention.text))
    if mention.key.startswith("name:"):
        return "org/name-" + slug(_short_suffix(mention.key[5:]))
    return "org/" + mention.key


def acronym_matches(acronym: str, name: str) -> bool:
    """Initials, with or without the minor words, or a prefix of them for 3+ letters.

    >>> acronym_matches("T&P", "Tavistock and Portman")
    True
    >>> acronym_matches("BOB", "Buckinghamshire, Oxfordshire and Berkshire West")
    True
    """
    words = [w for w in re.split(r"[\s,/-]+", normalise_name(name)) if w]
    letters = acronym.lower().replace("&", "")
    initials = "".join(w[0] for w in words if w not in _MINOR)
    with_minor = "".join(w[0] for w in words if w not in {"the", "&"})
    return len(letters) >= 2 and (initials == letters or with_minor == letters
                                  or (len(letters) >= 3 and initials.startswith(letters)))
