"""Role and status phrases, and how they are normalised ("CEO" → "chief executive")."""

from __future__ import annotations

import re

from kg.extract.text import Cue, lazy_pattern

__all__ = ["ADVERB", "ROLE", "ROLE_CUE", "STATUS_WORD", "is_role", "normalise_role", "status_of"]

_ROLE_WORD = (r"(?!(?:at|of|for|in|from|who|with|as|while|when|to|is|was|will|has|had|since"
              r"|until|after|before|but|which|said|says|and|the|told|added|on|by|following|including"
              r"|joining|leaving|becoming|having|during|where|whose|between|within|under|over"
              r"|across|amid|despite|this|that|these|those|her|his|its|their|a|an|it|she|he"
              r"|they|we|i|deputy|chief)\b)[a-z&-]+")
_PORTFOLIO_TITLE = (
    r"(?:Finance|Nursing|Operations|Strategy|Workforce|People|Digital|Commercial|Communications"
    r"|Transformation|Policy|Research|Quality|Estates|Facilities|Planning|Development"
    r"|Public Health|Corporate Affairs|Corporate Services|Governance|Performance|Improvement"
    r"|Informatics|IT|Human Resources|HR|Midwifery|Infrastructure|Partnerships|Primary Care"
    r"|Commissioning|Integration|Patient Safety|Patient Experience|Clinical Services|Care"
    r"|Innovation|Resources|Engagement|Delivery|Contracting|Education|Therapies|Medicine"
    r"|Allied Health Professionals)")
"""A portfolio in a capitalised title ("Director of Strategy"): a known word, so that "Director
of Leeds Teaching Hospitals" stays a director of a body."""
_DIRECTOR_OF = (
    r"(?:national |regional |deputy |executive |interim |acting |associate |group )?"
    rf"director of (?-i:{_ROLE_WORD}(?: {_ROLE_WORD}){{0,2}}"
    rf"(?:(?:, {_ROLE_WORD}(?: {_ROLE_WORD})?){{0,2}},? and {_ROLE_WORD}(?: {_ROLE_WORD})?)?"
    rf"|{_PORTFOLIO_TITLE}(?:(?:, {_PORTFOLIO_TITLE}){{0,2}},? (?:and|&) {_PORTFOLIO_TITLE})?)"
)
_CHIEF_OFFICER = (
    r"(?:group )?(?:chief (?:clinical information|allied health professions|digital information"
    r"|nursing information) officer"
    r"|chief (?!press\b|fire\b|police\b)[a-z]+(?: and [a-z]+)? officer)"
    r"|(?-i:CIO|CCIO|CNIO|CDIO|CMO|CNO)"
)
_ROLE_WORDS = [
    _CHIEF_OFFICER,
    r"(?:finance|financial|nursing|digital) (?:chief|boss)",
    r"deputy chief executive", r"chief executive", r"chief exec", r"CEO", r"CFO", r"COO",
    r"vice[- ]chair(?:man|woman|person)?", r"deputy chair(?:man|woman|person)?",
    r"co-chair", r"clinical chair(?:man|woman)?",
    r"(?:[a-z]+ (?:and [a-z]+ )?)?committee chair(?:man|woman|person)?",
    r"chair(?:man|woman|person)? in common",
    r"chair(?:man|woman|person)? of (?:the )?(?:board of )?trustees",
    r"chair(?:man|woman|person)?",
    r"chief nurse", r"nurse director", r"chief midwife", r"chief pharmacist", r"chief scientist",
    r"national medical director", r"regional medical director", r"medical director",
    r"(?:finance|nursing|operations|strategy|workforce|people|digital|commercial|procurement"
    r"|communications|transformation|policy|research|quality|estates|planning|development)"
    r" director",
    _DIRECTOR_OF,
    r"(?:(?:executive|national|regional) ){0,2}(?:managing|clinical|programme|executive|national"
    r"|regional) director",
    r"director general(?: of (?-i:[a-z]+(?: and [a-z]+)?))?", r"general secretary",
    r"vice[- ]president", r"president",
    r"non-executive director", r"NED", r"accountable officer", r"chief officer",
    r"(?:regional|national|senior|full-time|lead|branch) officer",
    r"secretary of state for health(?: and social care)?", r"health and social care secretary",
    r"health secretary", r"secretary of state",
    r"(?:health |care |junior health |health and care )?minister(?: for [a-z ]+?(?=[,.]| at| in))?",
    r"(?:senior |chief |special )?(?:health |policy |political |clinical )?adviser",
    r"head(?= of (?:the|its|their|(?-i:[A-Z])))", r"head of [a-z]+(?: and [a-z]+| [a-z]+){0,2}",
    r"chief economist", r"chief analyst",
    r"group chief executive", r"group chair", r"joint chief executive", r"managing director",
    r"permanent secretary", r"senior independent director", r"chief constable",
    r"regional secretary", r"national secretary", r"national officer",
    r"site chief executive", r"(?:pro[- ])?vice[- ]chancellor", r"executive lead",
    r"(?:system )?(?:improvement|turnaround|recovery) director", r"medical secretary",
    r"(?:trust )?special administrator",
    r"(?:(?:national|regional|senior|lead|northern|southern|eastern|western|area|district)"
    r" ){0,2}(?:union )?organiser",
    r"chief inspector of [a-z ]+?(?=[,.]| at| for|\s+(?-i:[A-Z]))", r"council chair",
    r"chief (?:investigator|inspector)",
    r"chief", r"boss", r"leader", r"partner(?!\s+members?\b)", r"director",
]
ROLE = r"(?:(?:deputy|assistant|associate)\s+)?(?:" + "|".join(_ROLE_WORDS) + ")"
ADVERB = (r"(?:currently|previously|formerly|most recently|until recently|recently|now|then"
          r"|also|latterly|still|already|once)")
STATUS_WORD = (
    r"(?:former|ex-|previous|outgoing|interim|acting|incoming|new|next|substantive|permanent"
    r"|designate|then|current|joint|first|sole)"
)
STATUS_PREFIX = rf"(?:{STATUS_WORD}\s+|ex-(?=[a-z]))"
""""former ", "interim ", or "ex-" written onto the role ("ex-chief executive")."""

_ROLE_RE = lazy_pattern(ROLE, re.IGNORECASE)
ROLE_CUE = Cue("chief", "chair", "direct", "ceo", "cfo", "coo", "cio", "cmo", "cno", "execut",
               "officer", "secretar", "president", "head", "boss", "leader", "lead", "nurse",
               "midwife", "pharmacist", "scientist", "minister", "advis", "partner", "chancellor",
               "inspector", "administrator", "ned", "dg ", "led ", "organiser", "run", "ran ",
               "reins", " role", "replac", "succeed", "took over", "take over", "takes over",
               "helm")
_ALIASES = {
    "ceo": "chief executive", "chief exec": "chief executive",
    "chief executive officer": "chief executive", "boss": "chief executive",
    "chief": "chief executive", "leader": "chief executive",
    "finance chief": "chief finance officer", "financial chief": "chief finance officer",
    "finance boss": "chief finance officer", "financial boss": "chief finance officer",
    "nursing chief": "chief nurse", "nursing boss": "chief nurse",
    "digital chief": "chief digital officer", "digital boss": "chief digital officer",
    "cfo": "chief finance officer", "chief financial officer": "chief finance officer",
    "coo": "chief operating officer", "ned": "non-executive director",
    "cio": "chief information officer", "ccio": "chief clinical information officer",
    "cnio": "chief nursing information officer", "cdio": "chief digital information officer",
    "cmo": "chief medical officer", "cno": "chief nursing officer",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "chair of trustees": "chair", "chair of the trustees": "chair",
    "chair of the board of trustees": "chair", "chairman of trustees": "chair",
    "chairman of the trustees": "chair", "chairman of the board of trustees": "chair",
    "vice-chair": "vice chair", "vice chairman": "vice chair", "vice chairwoman": "vice chair",
    "vice-chairman": "vice chair", "vice-chairwoman": "vice chair",
    "deputy chairman": "deputy chair", "deputy chairwoman": "deputy chair",
    "health secretary": "secretary of state for health and social care",
    "health and social care secretary": "secretary of state for health and social care",
    "secretary of state for health": "secretary of state for health and social care",
    "vice-president": "vice president",
}
_STATUS = {
    "former": "former", "ex-": "former", "previous": "former", "then": "former",
    "interim": "interim", "acting": "acting", "incoming": "designate", "designate": "designate",
    "next": "designate",
}


def normalise_role(phrase: str) -> str:
    """Example:

    >>> normalise_role("Chairwoman"), normalise_role("interim CEO")
    ('chair', 'chief executive')
    """
    role = " ".join(phrase.lower().replace("\u2019", "'").split())
    role = re.sub(r"^(?:interim|acting)\s+", "", role)
    role = _ALIASES.get(role, role)
    return role


def status_of(words: str) -> str | None:
    """The post status a modifier such as "former" or "interim" signals, if any."""
    lowered = words.lower()
    for word, status in _STATUS.items():
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])" if not word.endswith("-")
                     else re.escape(word), lowered):
            return status
    if re.search(r"-(?:designate|elect)\b", lowered):
        return "designate"
    return None


def is_role(phrase: str) -> bool:
    return _ROLE_RE.fullmatch(phrase.strip()) is not None

