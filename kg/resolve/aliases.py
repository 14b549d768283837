"""Keys and short-form rules for names: the comparison forms resolution relies on."""

from __future__ import annotations

import re

from kg.extract.people import split_honorific
from kg.extract.text import normalise_name, slug
from kg.model import Mention

__all__ = [
    "PEERS", "acronym_matches", "honorific_parts", "org_key", "person_key", "person_mention_key",
    "surface_forms",
]

PEERS = frozenset({"Lord", "Lady", "Baroness", "Baron"})
_MINOR = frozenset({"and", "of", "the", "for", "in", "on", "upon", "nhs", "&"})



_SITE_IN_TOWN = re.compile(r"(.+?)(?:,| in)\s+[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*)*$")


def surface_forms(mention: Mention) -> tuple[str, ...]:
    """The names a mention gives its entity: its text, and for a hospital named with its
    town ("St Ann’s Hospital in Tottenham") the bare name too, which is how it is usually
    written."""
    if mention.cls == "Hospital":
        sited = _SITE_IN_TOWN.match(mention.text)
        if sited:
            return mention.text, sited.group(1)
    return (mention.text,)


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


def org_key(mention: Mention) -> str:
    if mention.key is None:
        return "org/name-" + slug(mention.text)
    if mention.key.startswith("name:"):
        return "org/name-" + slug(mention.key[5:])
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
