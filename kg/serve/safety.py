"""What a read-only public endpoint refuses before the engine sees a query.

Oxigraph fetches ``SERVICE <url>`` and runs ``LOAD`` (docs/MEASURED.md: a read-only endpoint is
not an SSRF-safe one), and it has no switch to turn its HTTP client off. So the query text is
split into SPARQL's tokens (comments, IRIs, strings, variables, prefixed names, words) and any
bare keyword that can reach the network or change data is refused. Such a keyword can only be a
bare word in SPARQL, never part of a name, so checking the words is stricter than parsing: it
cannot miss one, and rdflib's parser would take 80 ms a query. ``FROM <iri>`` stays allowed: in
Oxigraph it only chooses graphs of the store and never fetches (tests/serve show it).
"""

from __future__ import annotations

import re

__all__ = ["REFUSED_KEYWORDS", "UPDATE_KEYWORDS", "Refusal", "check_query"]

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD",
                             "MOVE", "COPY", "WITH"})
REFUSED_KEYWORDS = UPDATE_KEYWORDS | {"SERVICE"}

_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<variable>[?$]\w+)
    | (?P<name>(?:\w[\w.-]*)?:[\w.%:\\-]*|_:[\w.-]+)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Refusal(Exception):
    """A query the endpoint will not run, with the HTTP status to answer and why."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


def _words(text: str) -> set[str]:
    return {match.group("word").upper() for match in _TOKEN.finditer(text)
            if match.group("word")}


def _unescape(text: str) -> str:
    def char(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return ""
    return _UNICODE_ESCAPE.sub(char, text)


def check_query(text: str) -> None:
    """Raise ``Refusal`` for SPARQL Update and for ``SERVICE``, also when spelt with the
    ``\\uXXXX`` escapes that SPARQL allows anywhere in a query.

    >>> check_query('SELECT * WHERE { ?s ?p "service" } # SERVICE in a comment')
    >>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.serve.safety.Refusal: SERVICE is refused here: this endpoint never opens connections ...
    """
    words = _words(text) | _words(_unescape(text))
    updates = sorted(words & UPDATE_KEYWORDS)
    if updates:
        raise Refusal(403, f"SPARQL Update ({updates[0]}) is refused: this endpoint is "
                           "read-only")
    if "SERVICE" in words:
        raise Refusal(403, "SERVICE is refused here: this endpoint never opens connections "
                           "to other servers")
