"""The grammar of posts in news text: role phrases with their modifiers, the verbs of
appointment and departure around them, and how they decide a post's status.

Shared by the leadership reader; kept apart so each file holds one thing.
"""

from __future__ import annotations

import re

from kg.extract.context import BARE_COUNT, DEFINITE_ORG, NHS_BODIES, PLURAL_BODIES, TRUSTS
from kg.extract.doc import StoryDoc
from kg.extract.roles import ADVERB, ROLE, STATUS_PREFIX, normalise_role, status_of
from kg.extract.text import lazy_pattern
from kg.model import Mention, Sentence
from kg.startup_cache import compile_pattern

__all__ = [
    "ADVERB_GROUP",
    "AFTER_YEARS_AS",
    "AND_POST",
    "APPOINTS_BEFORE",
    "APPOSITION",
    "APPOSITION_BARE",
    "APPOSITION_DEFINITE",
    "APPOSITION_ORG_FIRST",
    "AREA_AFTER",
    "AS_ORG_ROLE",
    "AS_ROLE",
    "BARE_COUNT_AT",
    "BODY_WITHIN",
    "BOTH_TRUSTS",
    "CHAIRED",
    "DEFINITE_AT",
    "DEPARTED",
    "DEPARTED_HOLDER",
    "ENDS_WITH_OF",
    "FLAGS",
    "FUTURE",
    "ITS_ROLE_BEFORE",
    "JOINS_ORG",
    "LATER_IN_CLAUSE",
    "LEAVES_BODY",
    "LEAVING",
    "LEFT_POST",
    "MODIFIERS",
    "NAME_AT",
    "OF_BODY",
    "ORG_PLACE_BEFORE",
    "OWNER",
    "OWNERS_PART",
    "OWNER_PLAIN",
    "PERSON_NEXT",
    "PLACE_WORDS",
    "POSSESSIVE_END",
    "ROLE_AFTER_ORG",
    "ROLE_BEFORE",
    "ROLE_COMMA_BEFORE",
    "ROLE_OF_ORG_BEFORE",
    "ROLE_PHRASE",
    "SACKED_BEFORE",
    "SKIP_APPOSITION",
    "SUCCEEDS",
    "TENURE_AFTER",
    "UNIT_AFTER",
    "VERB_AFTER",
    "WHERE_HE_WAS",
    "classes_for_role",
    "is_leading_role",
    "post_fits",
    "post_status",
    "removed_before",
    "status_for_person",
]

FLAGS = re.IGNORECASE
DEFINITE_AT = lazy_pattern(DEFINITE_ORG, FLAGS)
LEAVES_BODY = lazy_pattern(
    r"\s+(?:(?:announced|said|confirmed|told\s+staff)\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?(?:he|she"
    r"|they)\s+(?:would|will|was\s+to)\s+)?(?:has\s+|had\s+|have\s+|is\s+to\s+|will\s+|is\s+)?"
    r"(?:left|leaves|leave|leaving|departed|quit|quits|was\s+removed\s+from\s+(?:her|his|the)\s+"
    r"post\s+at|stepped\s+down\s+from|step\s+down\s+from|resigned\s+from|retired\s+from)\s+"
    r"(?:the\s+)?", FLAGS)
""""X has left Y", "X announced she would step down from Y": the body a person leaves."""
SUCCEEDS = lazy_pattern(
    r"\b(?:replaces|replacing|replaced|succeeds|succeeding|succeeded|will succeed|will replace"
    r"|is to succeed|is to replace|(?:takes|took|taking|will take) over"
    r"(?:\s+(?:in|on|last|this)\s+(?:\w+\s+){1,2}?)?\s*from"
    r"|in place of|(?:permanent\s+|long-term\s+)?replacement\s+for)\s+(?:the\s+)?", FLAGS)
DEPARTED_HOLDER = lazy_pattern(r"\b(?:retirement|departure|resignation|exit|dismissal|sacking"
                               r"|suspension|death)\s+of\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}$",
                               FLAGS)
""""following the retirement of X": X is named as the one who left a post."""
LEFT_POST = lazy_pattern(
    r"\s*,?\s*(?:who|,)?[^.;]{0,30}?\b(?:retired|left|stood down|stepped down|quit|resigned"
    r"|departed|was sacked|was dismissed|(?P<leaving>is\s+leaving|will\s+leave|is\s+to\s+leave"
    r"|is\s+stepping\s+down|will\s+step\s+down|is\s+retiring|will\s+retire))\b", FLAGS)
POSSESSIVE_END = lazy_pattern(r"(?:[’']s?)?$")
_ROLE_CLASSES: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (compile_pattern(r"general secretary|regional secretary|national secretary|organiser"
                     r"|(?:regional|national|branch|full-time) officer"),
     frozenset({"TradeUnion", "ProfessionalBody", "MembershipBody"})),
    (compile_pattern(r"president"), frozenset({"ProfessionalBody", "MembershipBody", "TradeUnion",
                                          "ThinkTank", "Company"})),
    (compile_pattern(r"\bpartner$|^(?:co-)?founder$"), frozenset({"Company"})),
    (compile_pattern(r"^chief inspector\b"), frozenset({"Regulator"})),
    (compile_pattern(r"director of public health$"), frozenset({"LocalAuthority", "NHSBody"})),
    (compile_pattern(r"^(?:improvement|turnaround|recovery) director$"
                     r"|special administrator$"), frozenset({"NHSTrust", "NHSFoundationTrust",
                                                             "CareTrust"})),
    (compile_pattern(r"^system improvement director$"), frozenset({
        "IntegratedCareBoard", "ClinicalCommissioningGroup", "IntegratedCareSystem"})),
    (compile_pattern(r"^(?:(?:deputy|assistant|associate) )?(?:national|regional) "
                     r"|^regional director|for england$"
                     r"|national medical director"), frozenset({"NationalBody"})),
)


def classes_for_role(role: str) -> frozenset[str]:
    """The kinds of body a post implies, for when the text names none: a general secretary
    leads a union, a regional director sits in NHS England; anything else, any NHS body."""
    normal = normalise_role(role)
    for pattern, classes in _ROLE_CLASSES:
        if pattern.search(normal):
            return classes
    return NHS_BODIES
_ADJECTIVE = (r"(?:long-serving|newly[- ]appointed|recently[- ]appointed|veteran|popular|respected"
              r"|outspoken|embattled|under-fire|beleaguered|highly[- ]regarded|well-respected"
              r"|experienced|much-respected|widely[- ]respected|departing|retiring|founding"
              r"|(?:co-)?founder\s+and)")
MODIFIERS = rf"(?P<mods>(?:{STATUS_PREFIX}|{_ADJECTIVE}\s+)*)"
PORTFOLIO = (r"(?:\s+for\s+(?!(?:the|a|an|its|their|his|her|more|over|almost|nearly|about"
             r"|several|many|some|all|both|each|every)\b)(?![^,.;]*?\b(?:years?|months?|weeks?|days?|decades?|time)\b)"
             r"(?-i:[a-z&-]+(?:,?\s+(?:and\s+)?[a-z&-]+){0,4}?)"
             r"(?=\s+(?:at|of|in|with)\s+(?:the\s+)?(?-i:[A-Z])|\s*[,.;)]))")
ALSO_ROLE = (r"(?:\s+(?:and|&)\s+(?-i:[a-z][a-z-]*)(?:\s+(?-i:[a-z][a-z-]*)){0,3}?\s+"
             r"(?:officer|director|executive|nurse|chair|lead|secretary)(?=\s+(?:of|at)\s))")
ROLE_PHRASE = rf"(?P<role>{ROLE}{PORTFOLIO}?){ALSO_ROLE}?(?P<tail>(?:\s*-\s*|\s+)designate|-elect)?"
OF_BODY = (r"(?:\s+for\s+the\s+(?:(?:North|South|East|West|Midlands|London|North\s+East|North"
           r"\s+West|South\s+East|South\s+West|East\s+of\s+England)\b(?:\s+and\s+(?:the\s+)?"
           r"(?-i:[A-Z])\w+)?)(?=\s+(?:at|of)\s))?"
           r"\s+(?:of|at|for|with|in)\s+(?:the\s+(?:(?:new|newly[\s-]formed|newly[\s-]merged|merged"
           r"|combined|enlarged|proposed|planned|shadow)\s+(?-i:(?=[A-Z])))?"
           r"|(?:neighbouring|nearby|rival|sister|fellow)\s+)?")
_TITLE_WORDS = (r"Chief|Vice|Deputy|Co|Managing|Medical|Clinical|Finance|Nursing|Operations"
                r"|Operating|Strategy|Workforce|People|Digital|Commercial|Procurement"
                r"|Communications|Transformation|Policy|Research|Quality|Estates|Planning"
                r"|Development|Programme|Executive|National|Regional|Non|Director|Chair"
                r"|Chairman|Chairwoman|Interim|Acting|Joint|Group|Senior|Associate|Assistant"
                r"|Accountable|General|Improvement|Nurse|Site")
PLACE_WORDS = rf"(?:(?!(?-i:{_TITLE_WORDS})\b)(?-i:[A-Z][a-z]+|UK)\s+){{0,2}}"
"""Capitalised words before a post that name a place ("NHS England's London regional
director"), not the first words of a capitalised title ("its new Medical Director")."""
PROFESSION_AND = (r"(?:(?:(?-i:[a-z]+|[A-Z][a-z]+)\s+)?(?:GP|consultant|surgeon|nurse|doctor"
                  r"|physician|psychiatrist|paediatrician|anaesthetist|midwife|pharmacist|academic)"
                  r"\s+and\s+(?:the\s+)?)?")
SKIP_APPOSITION = lazy_pattern(r"\s*(?:,[^,;]{0,160},|[–—][^–—]{0,160}[–—]|\([^)]{0,160}\))")
AGE = r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,))?"
""""Dr Ann Lee, 49, the trust's medical director": an age between a name and its post."""
APPOSITION_DEFINITE = lazy_pattern(
    rf"{AGE}\s*,\s*(?P<reference>{DEFINITE_ORG})[’']s?\s+{MODIFIERS}{PLACE_WORDS}{ROLE_PHRASE}\b",
    FLAGS)
AS_ORG_ROLE = lazy_pattern(
    r"\b(?P<verb>stood down|stepped down|resigned|retired|quit|left|served|was appointed"
    r"|has been appointed|will join|joins|joined|takes over|will take over|took over|steps up"
    r"|will step up|to become|became|becomes|will become)(?:\s+as)?\s+(?:the\s+)?", FLAGS)
LEAVING = lazy_pattern(
    r"(?:\s*,\s*who)?\s+(?P<verb>is leaving|has left|left|leaves|quit|quits|will leave|departs"
    r"|is to leave|retired from|retires from|is retiring from|will retire from|departed"
    r"|is stepping down from)\s+"
    r"(?:the\s+)?", FLAGS)
AFTER_YEARS_AS = lazy_pattern(
    rf"(?:\s+(?:in|on|at\s+the\s+end\s+of|this|next|last)\s+(?:[\w-]+\s+){{0,1}}?[\w-]+)?"
    rf"\s+after\s+[^,.;]{{0,40}}?\bas\s+(?:its\s+)?{MODIFIERS}{ROLE_PHRASE}", FLAGS)
NAME_AT = lazy_pattern(r"(?-i:[A-Z][\w’'&-]*)(?:(?:\s+(?:and|of|the|upon|on|&)\s+|\s+)"
                      r"(?-i:[A-Z][\w’'&-]*)){0,5}")
ADVERB_GROUP = (r"(?P<adverb>currently|previously|formerly|most recently|until recently"
                r"|recently|now|then|also|latterly|still)")
APPOSITION = lazy_pattern(
    rf"(?:\s*\((?:pictured|left|right|above|below|centre|inset)[^)]{{0,20}}\))?"
    rf"{AGE}(?:\s*(?:,|\(|–|—|-)\s*|\s+(?=who\b))(?:who\s+(?P<verb>is|was|has been|had been|became"
    rf"|is now|remains)"
    rf"\s+)?(?:{ADVERB_GROUP}\s+)?(?:the\s+|a\s+|an\s+)?{PROFESSION_AND}{MODIFIERS}{PLACE_WORDS}"
    rf"{ROLE_PHRASE}{OF_BODY}", FLAGS
)
APPOSITION_BARE = lazy_pattern(
    rf"{AGE}\s*(?:,|\(|\s[–—])\s*(?:(?:currently|now)\s+)?(?:the\s+)?{MODIFIERS}{ROLE_PHRASE}"
    rf"(?:\s+since\s+(?:(?:[A-Z][a-z]+\s+)?\d{{4}}|(?-i:[A-Z][a-z]+)|last\s+\w+|the\s+\w+))?"
    rf"\s*(?=,|\)|\.|$|\s+(?:said|says|added|told)\b)",
    FLAGS)
APPOSITION_ORG_FIRST = lazy_pattern(
    rf"{AGE}\s*,\s*(?:who\s+(?:is|was|has been|had been)\s+)?(?:{ADVERB_GROUP}\s+)?"
    rf"(?:the\s+|a\s+)?{MODIFIERS}", FLAGS)
AND_POST = lazy_pattern(
    rf"(?:\s+(?:from|between|in|until)\s+\d{{4}}(?:\s*(?:to|and|until|-|–)\s*\d{{4}})?)?"
    rf"\s*,?\s+and(?:\s*,\s*(?:before|after)\s+that\s*,)?\s+(?:also\s+|then\s+|later\s+)?"
    rf"(?:the\s+|a\s+|an\s+)?{MODIFIERS}{ROLE_PHRASE}"
    rf"{OF_BODY}", FLAGS)
ROLE_AFTER_ORG = lazy_pattern(rf"(?:[’']s?)?\s+{MODIFIERS}{PLACE_WORDS}{ROLE_PHRASE}\b", FLAGS)
BOTH_TRUSTS = lazy_pattern(PLURAL_BODIES, FLAGS)
BARE_COUNT_AT = lazy_pattern(BARE_COUNT, FLAGS)
OWNER = lazy_pattern(r"(?P<owner>(?-i:[A-Z][\w&-]*)(?:\s+(?:(?:and|of|&)\s+)?(?-i:[A-Z][\w&-]*))"
                   r"{0,3})[’']s?$")
OWNER_PLAIN = lazy_pattern(r"(?:^|[.:;“\"]\s*|\b(?:and|but|while)\s+)(?P<owner>(?-i:[A-Z][\w&-]*)"
                           r"(?:\s+(?:(?:and|of|&)\s+)?(?-i:[A-Z][\w&-]*)){0,3})$")
WHERE_HE_WAS = lazy_pattern(
    rf"(?:\s*\([^)]{{1,15}}\))?(?:\s+in\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)?"
    rf"\s*,?\s*where\s+(?:he|she|they)\s+"
    rf"(?P<verb>had\s+been|was|has\s+been|is|served\s+as|worked\s+as|became|becomes|will\s+be"
    rf"|will\s+become|is\s+to\s+be|will\s+serve\s+as"
    rf"|(?:spent|served|worked)\s+(?:for\s+)?(?:[\w-]+\s+){{1,4}}?as)\s+"
    rf"(?:{ADVERB}\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
ENDS_WITH_OF = lazy_pattern(r"\b(?:of|at|for|with|in|the|new|formed|merged|combined|enlarged"
                            r"|proposed|planned|shadow)\s*$", FLAGS)
PERSON_NEXT = lazy_pattern(r"\s*[,(]?\s*")
AREA = (r"\s+for\s+(?P<area>(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:(?:\s+and\s+|\s+)(?:the\s+)?"
        r"(?-i:[A-Z][\w’'-]*)){0,4}|the\s+(?:trust|region|area|system|board|ICB|group"
        r"|(?:north|south)(?:[- ](?:east|west))?|east|west|midlands|capital))")
AREA_AFTER = lazy_pattern(AREA, FLAGS)
TENURE = (r"\s+(?:for\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}?(?:years?|decades?|months?)"
          r"|since\s+\d{4}|of\s+(?:[\w-]+\s+){1,2}years?)")
TENURE_AFTER = lazy_pattern(TENURE, FLAGS)
ROLE_BEFORE = lazy_pattern(
    rf"(?:\b(?P<reference>{DEFINITE_ORG}|whose)(?:[’']s?)?\s+|\b(?P<his>his|her)\s+"
    rf"|(?<![\w’'])){MODIFIERS}(?:(?<=\s)(?:trust|ICB|CCG)\s+)?{ROLE_PHRASE}"
    rf"(?:{TENURE}|(?:{AREA})?(?:\s+at\s+the\s+time)?)"
    rf"\s*[,(]?\s*$", FLAGS
)
OWNERS_PART = lazy_pattern(r"[’']s\s+(?:[\w-]+\s+){1,4}?(?:board|committee|panel|forum|unit"
                           r"|team|service|division|directorate)\b", FLAGS)
""""Chair of Medway Council's health and wellbeing board": a post in a part of the body."""
ROLE_OF_ORG_BEFORE = lazy_pattern(rf"(?:the\s+)?{MODIFIERS}{ROLE_PHRASE}{OF_BODY}$", FLAGS)
VERB_AFTER = lazy_pattern(
    rf"\s*,?\s*(?:who\s+)?(?P<verb>(?:has|have|had|was|is|will|is to|is set to|would"
    rf"|went on to|goes on to|to(?=\s+(?:act|serve|step)\b))?\s*"
    rf"(?:(?:himself|herself|themselves)\s+)?"
    rf"(?:been\s+|be\s+)?(?:formally\s+|officially\s+|(?:yesterday|today|this\s+week|last\s+week"
    rf"|on\s+\w+day)\s+|{ADVERB_GROUP}\s+)?"
    rf"(?:appointed|named|confirmed|announced|unveiled|chosen|selected|recruited|made|hired"
    rf"|elected|voted|promoted"
    rf"|(?:moves?|moved|steps?|stepped)\s+up\s+to\s+(?:be|become)"
    rf"|join(?:s|ed)?|take over|takes over|took over|become|becomes|became|start(?:s|ed)?"
    rf"|t(?:ake|akes|ook|aking)\s+(?:up|on)\s+the\s+(?:post|role|position|job)\s+of"
    rf"|step(?:s|ped)? up|serve[sd]?|continue[sd]?|return(?:s|ed)?|act(?:s|ed|ing)?(?:\s+up)?"
    rf"|stand(?:s|ing)? in|stood in|step(?:s|ped)? in(?=\s+as)|cover(?:s|ed|ing)?(?=\s+as)"
    rf"|arriv(?:es|ed|ing)(?=\s+as)"
    rf"|step(?:s|ped|ping)? down"
    rf"|stand(?:s|ing)? down|stood down"
    rf"|resign(?:s|ed)?|quit(?:s)?|left|leav(?:es|ing)|retir(?:e|es|ed|ing)|depart(?:s|ed)?"
    rf"|be|is(?:\s+(?:now|currently|still))?|was|remains|remain|had been|has been))"
    rf"(?:\s+(?:from\s+(?:his|her|their)\s+(?:role|post|position)|the\s+post"
    rf"|to\s+(?:his|her|their)\s+(?:substantive\s+|previous\s+|former\s+|old\s+)?"
    rf"(?:role|post|position|job)))?"
    rf"(?:\s+(?:as|to)\s+|\s+)(?!to\s|become\s)(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    rf"(?:(?P<whose>(?:the\s+)?(?!leaving\s)[\w’'&-]+(?:\s+(?!to\s|become\s)[\w’'&-]+){{0,4}}?)"
    rf"[’']s\s+)?{MODIFIERS}"
    rf"{PLACE_WORDS}{ROLE_PHRASE}(?:{OF_BODY})?",
    FLAGS,
)
LATER_IN_CLAUSE = lazy_pattern(
    rf"\b(?P<verb>to become|became|becomes|will become|has become|is to become|was appointed"
    rf"|has been appointed|had been appointed|was named|has been named|was made|to take up the"
    rf" post of|will take up the post of|takes up the post of|worked as|served as"
    rf"|(?:was|is|had been|has been)\s+(?:previously|formerly|also|currently|until recently))"
    rf"\s+(?:the\s+|its\s+|a\s+|an\s+)?{MODIFIERS}{ROLE_PHRASE}(?:{OF_BODY})?", FLAGS
)
CHAIRED = lazy_pattern(
    r"\s*,?\s*(?:who\s+)?(?:currently\s+|also\s+|previously\s+|now\s+|still\s+)?"
    r"(?P<verb>(?:has\s+|had\s+)?"
    r"(?:chaired|chairs|led|leads|run|ran|runs|heads|headed)|(?:will|is\s+to|is\s+set\s+to)\s+"
    r"(?:chair|lead|run|head)|(?:is\s+leaving|will\s+leave|is\s+to\s+leave|is\s+set\s+to\s+leave"
    r"|left|has\s+left)(?:\s+(?:in|at|by|later|this|next|the)\b[^,;.]{0,30}?)?\s+to\s+"
    r"(?:chair|lead|run|head))\s+(?:both\s+)?(?:the\s+)?(?:boards?\s+of\s+(?:both\s+)?(?:the\s+)?)?"
    r"(?:neighbouring\s+|nearby\s+)?", FLAGS
)
ORG_PLACE_BEFORE = lazy_pattern(r"[’']s?(?:\s+(?-i:[A-Z][a-z]+)){1,2}$")
JOINS_ORG = lazy_pattern(
    r"\s*,?\s*(?:who\s+)?(?P<aux>has|have|had|will|is to|is set to|is due to|is expected to"
    r"|is\s+(?:understood|thought|believed|likely)\s+to|is|was)?\s*"
    r"(?:been\s+|be\s+)?(?:(?:since|now|also|then|later|subsequently|eventually)\s+)?"
    r"(?P<verb>(?:re)?join(?:s|ed|ing)?"
    r"|return(?:s|ed|ing)? to"
    r"|mov(?:es|ed|ing) to|switch(?:es|ed|ing)? to|seconded to|start(?:s|ed)?\s+at"
    r"|head(?:s|ed|ing)\s+to"
    r"|arriv(?:es|ed)\s+at)\s+"
    r"(?:the\s+)?", FLAGS
)
AS_ROLE = lazy_pattern(
    rf"(?:\s*,[^,]{{0,140}},|\s*\([^)]{{0,140}}\))?"
    rf"(?:\s+(?:in|from|on|by|next|this|later this)\s+\w+(?:\s+\d{{4}})?)?"
    rf"\s*,?\s+(?:as\s+|to\s+be\s+|to\s+the\s+(?:role|post|position)\s+of\s+"
    rf"|(?=(?:its|their)\s))(?:its\s+|the\s+|their\s+|a\s+|an\s+)?"
    rf"(?:(?<=the\s)(?P<definite>(?:foundation\s+)?trust|ICB|CCG)[’']s\s+)?"
    rf"{MODIFIERS}{PLACE_WORDS}{ROLE_PHRASE}(?:{OF_BODY})?", FLAGS
)
ITS_ROLE_BEFORE = lazy_pattern(rf"\b(?:its|their)\s+{MODIFIERS}{ROLE_PHRASE}\s*,\s*$", FLAGS)
ROLE_COMMA_BEFORE = lazy_pattern(
    rf"(?:\b(?:its|their|the)|[’']s?)\s+{MODIFIERS}{ROLE_PHRASE}\s*,\s*$", FLAGS)
APPOINTS_BEFORE = lazy_pattern(
    r"(?P<who>\b(?:the\s+(?:trust|ICB|board|organisation|body|college|union|company|firm"
    r"|foundation trust|regulator|system|CCG)(?:\s+board)?|it|they|we)\s+)?(?:[’']s?\s+board\s+)?"
    r"(?:has|have|had)?\s*(?:formally\s+|now\s+|also\s+|recently\s+|today\s+|yesterday\s+|since\s+)?"
    r"(?P<verb>appointed|named|hired"
    r"|recruited|confirmed|chosen|selected|picked|unveiled|poached|elected|made|installed"
    r"|welcome[ds]?"
    r"|(?:approved|confirmed|announced|ratified|agreed)\s+the\s+appointment\s+of)\s+"
    r"(?:(?-i:[A-Z])[^,;.]{1,90}?[’']s\s+(?:[\w-]+\s+){0,4}?[\w-]+\s*,\s*)?$", FLAGS
)
""""X has appointed Y's chief information officer, Z, as its chief digital officer": the post
Z holds at Y may sit between the verb and the name."""
FUTURE = lazy_pattern(
    r"\b(?:will|is to|are to|is set to|incoming|next|from (?:next|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)|next (?:month|year|week)"
    r"|later this (?:year|month)|in the new year|takes? up (?:the|her|his) post|in (?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December))\b",
    FLAGS,
)
DEPARTED = lazy_pattern(
    r"^[^.;:]{0,40}?\b(?:who\s+)?(?:has\s+|had\s+)?(?:quit|resigned|stepped down|stood down|left"
    r"|retired|departed|was sacked|was dismissed|was ousted|exited)\b"
    r"|^[^.;:]{0,60}?\b(?:would|will|is\s+to)\s+(?:step|stand)\s+down\s+(?:from\s+[^.;:,]{1,40}"
    r"\s+)?(?:with\s+immediate\s+effect|immediately)", FLAGS
)
SACKED_BEFORE = lazy_pattern(r"\b(?:(?:sacked|dismissed|ousted|fired|removed)\s+(?:its|their|the)"
                            r"|(?:following|after|since|before)\s+the\s+(?:departure|retirement"
                            r"|resignation|exit|death|dismissal|sacking|suspension)\s+of"
                            r"(?:\s+(?:its|their|the))?|took\s+over\s+from|succeeded|replaced)\s+",
                            FLAGS)
_NOT_LEADING_ROLES = frozenset({"adviser", "senior adviser", "special adviser", "health adviser",
                                "policy adviser", "political adviser", "clinical adviser",
                                "chief adviser", "independent adviser",
                                "non-executive director", "non-executive", "non-exec",
                                "associate non-executive director",
                                "independent non-executive director",
                                "senior independent director"})
_JUNIOR_POST = lazy_pattern(r"^(?:assistant|associate|deputy) director\b|^head of\b"
                            r"|^clinical director (?:for|of)\b"
                            r"|\borganiser$|\bcommittee chair\w*$", FLAGS)


def is_leading_role(role: str) -> bool:
    """Whether a normalised ``role`` is a senior post that ``leads`` records: advisers,
    non-executives and posts below the board (deputy directors, heads of a function) are not."""
    return role not in _NOT_LEADING_ROLES and not _JUNIOR_POST.search(role)


_MINISTERIAL = lazy_pattern(r"secretary of state|minister|health secretary")
_NATIONAL_POST = lazy_pattern(r"(?:deputy\s+)?(?:chief\s+inspector|regional\s+director|national"
                              r"\s+director)\b")
""""NHS England's regional director", "the deputy chief inspector of hospitals": posts at a
national body or a regulator, never at a trust the sentence also names."""
BODY_WITHIN = lazy_pattern(r"\s+(?:(?!(?:and|or|with|but)\b)(?-i:[a-z][\w-]*)\s+){0,2}"
                            r"(?:committee|branch|network|forum"
                            r"|panel|unit|division|directorate|council|collaborative|partnership"
                            r"|alliance)\b")


UNIT_AFTER = lazy_pattern(r"[’']s\s+(?!(?:Chief|Chair|Chairman|Chairwoman|Medical|Finance|Director"
                           r"|Deputy|Interim|Acting|Managing|Executive|Board|Non|Vice|Group|Joint"
                           r"|Senior|National|Regional|Nursing|Operating|People|Strategy|Head"
                           r"|President|General)\b)(?-i:[A-Z])[\w&-]*\s+(?:(?-i:[A-Z])[\w&-]*\s+)*"
                           r"(?:Network|Unit|Directorate|Division|Team|Programme|Service|Academy"
                           r"|Institute|Centre|Forum|Committee|Office)\b|[’']s\s+(?:(?-i:[a-z][\w-]*)"
                           r"\s+){0,7}?(?:committee|senate|division|directorate|unit|network"
                           r"|department|programme|advisory\s+(?:board|group|panel|council)"
                           r"|scrutiny\s+(?:panel|board|commission))\b")


def post_fits(doc: StoryDoc, org: Mention, role: str, sentence_start: int = 0) -> bool:
    """Whether ``role`` can be a post at ``org``: a minister's is at a government department;
    "chair of the X local medical committee" is a post at the committee, not at X (a test of
    the words after the body where it is named in the sentence, not where a sentence before
    named it: "X ICB's audit committee met. The ICB's chief executive ...")."""
    if _MINISTERIAL.search(role) and org.cls != "GovernmentDepartment":
        return False
    if org.cls in TRUSTS and _NATIONAL_POST.match(role):
        return False
    if org.start < sentence_start:
        return True
    return BODY_WITHIN.match(doc.text, org.end) is None and UNIT_AFTER.match(
        doc.text, org.end) is None


def post_status(mods: str | None, tail: str | None, verb: str | None, sentence: str) -> str:
    verb = (verb or "").lower()
    explicit = status_of(f"{mods or ''} {tail or ''}")
    if explicit in {"interim", "acting"} and re.search(r"had been|was previously|formerly", verb):
        return "former"
    if explicit:
        return explicit
    if re.search(r"appoint|named|chosen|selected|hired|recruit|elected", verb) and re.search(
            r"\b(?:new|next)\b", mods or "", FLAGS):
        return "designate"
    if re.search(r"stand(?:s|ing)? in|stood in|covering|\bact", verb):
        return "interim" if "stand" in verb or "stood" in verb else "acting"
    if re.search(r"\b(?:will|is to|is set to|would)\b", verb) and re.search(
            r"step|stand|leav|retir|quit|resign|depart", verb):
        return "current"
    if re.match(r"(?:will|is\s+to)\s+(?:be|become|serve)\b", verb):
        return "designate"
    if re.search(r"\bwas\s+(?:\w+\s+)?(?:appointed|named|chosen|selected|elected|hired|recruited"
                 r"|confirmed|made)\b", verb):
        return "current"
    if re.search(r"step(?:s|ped)? down|stood down|resign|quit|left|retired|departed|had been"
                 r"|\bwas\b|previously|formerly|until recently|latterly|worked as|served as"
                 r"|^chaired|^led|^ran|^headed", verb):
        return "former"
    if re.search(r"appoint|named|join|take over|become|start|chosen|selected|hired|recruit"
                 r"|take up|elected|return|moving|moves", verb):
        return "designate" if FUTURE.search(sentence) else "current"
    return "current"


_TIME_AS = lazy_pattern(r"\b(?:during|in)\s+(?:his|her|their)\s+(?:time|years?|tenure|spell|stint)"
                        r"\s+as\b|\b(?:at\s+the\s+time|then)\s*,\s*$", FLAGS)
""""During her time as chief executive, X"; "The trust's medical director at the time, X"."""


_LEFT_ASIDE = lazy_pattern(r"\s*,\s*(?:who\s+)?(?:has\s+|had\s+)?(?:quit|resigned|stepped\s+down"
                          r"|stood\s+down|left|retired|departed)\b", FLAGS)
""""The trust's chief executive, X, retired earlier this year, and Y ...": the clause after the
name is what X did, not an aside to skip."""


def status_for_person(doc: StoryDoc, sentence: Sentence, person: Mention, base: str) -> str:
    """A current post becomes former when the sentence says the person left it or was sacked;
    an acting or interim one is current once they are "confirmed in the post permanently"."""
    following = [m.start for m in doc.mentions_in(sentence, "Person") if m.start > person.end]
    raw = doc.text[person.end:following[0] if following else sentence.end]
    if base in {"interim", "acting"} and _MADE_PERMANENT.search(raw):
        return "current"
    if base != "current":
        return base
    window = raw if _LEFT_ASIDE.match(raw) else re.sub(
        r"^\s*(?:,[^,]{0,120},|[–—][^–—]{0,120}[–—])", "", raw)
    before = doc.text[max(sentence.start, person.start - 80):person.start]
    if DEPARTED.search(window) or removed_before(doc, sentence, person) or _TIME_AS.search(
            before) or _AT_THE_TIME_APPOSED.match(raw):
        return "former"
    return base


_AT_THE_TIME_APPOSED = lazy_pattern(r"\s*,[^,;]{0,120}?\b(?:at\s+the\s+time|between\s+(?:19|20)\d\d"
                                   r"\s+and\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+(?:to|until)\s+"
                                   r"(?:19|20)\d\d|until\s+(?:(?:19|20)\d\d|(?:its|their|the)\s+"
                                   r"(?:merger|abolition|closure|dissolution|demise|takeover)\b"
                                   r"[^,;()]{0,60}))\s*[,)]", FLAGS)
""""X, Dudley's chief executive at the time, declined to comment", "X, medical director of the
trust between 2012 and 2016, was interviewed", "X, chief executive of HEE until its merger with
NHS England in 2023, is honoured": a post held then."""


_MADE_PERMANENT = lazy_pattern(r"\b(?:confirmed|appointed|made)\s+(?:in\s+(?:the|that|her|his)\s+"
                               r"(?:post|role|job)\s+)?(?:permanently|on\s+a\s+permanent\s+basis"
                               r"|as\s+permanent)\b", FLAGS)
_ON_A_BASIS = lazy_pattern(r"\bon\s+an?\s+(?P<basis>interim|acting|temporary|caretaker)\s+basis\b",
                          FLAGS)
_HELD_BEFORE = lazy_pattern(r"\b(?:had\s+been|served|serving|worked|working|acted|acting|been)"
                            r"\b[^,;]{0,40}$", FLAGS)
""""having served in the role on an interim basis since March, X is confirmed": the post is
now held for good."""


def held_on_a_basis(doc: StoryDoc, sentence: Sentence, person: Mention, role: str,
                    status: str) -> str:
    """"will take on the role ... on an interim basis", "replaced on an acting basis by X": a
    new or current post held for a while, said anywhere in the person's stretch of the
    sentence (between the people named before and after them), but not of the post an
    apposition gives them ("on an interim basis by X, the chief executive of Y")."""
    if status not in {"current", "designate"} or not sentence.start <= person.start < sentence.end:
        return status
    people = [m for m in doc.mentions_in(sentence, "Person") if m.text != person.text]
    start = max([m.end for m in people if m.end <= person.start], default=sentence.start)
    end = min([m.start for m in people if m.start >= person.end], default=sentence.end)
    basis = _ON_A_BASIS.search(doc.text, start, end)
    if basis is None or re.search(r"\bpermanent", doc.text[start:end], FLAGS) or \
            _HELD_BEFORE.search(doc.text, start, basis.start()):
        return status
    apposition = re.match(r"\s*,\s+(?:the\s+|its\s+|a\s+)?([^,;]{1,60})",
                          doc.text[person.end:end])
    if basis.end() <= person.start and apposition and role in normalise_role(
            apposition.group(1)):
        return status
    if basis.end() <= person.start and role in normalise_role(
            doc.text[basis.end():person.start]):
        return status
    return "acting" if basis["basis"].lower() == "acting" else "interim"


def removed_before(doc: StoryDoc, sentence: Sentence, person: Mention) -> bool:
    """"The trust sacked its chief executive, X"; "following the retirement of X"; "A took over
    from X as chief executive": the post named near the person is one they left, when no one
    else is named between."""
    start = max(sentence.start, person.start - 80)
    cues = list(SACKED_BEFORE.finditer(doc.text, start, person.start))
    return bool(cues) and person.start - cues[-1].end() <= 50 and not any(
        cues[-1].end() <= m.start < person.start for m in doc.mentions_in(sentence, "Person"))
