"""supplier –awardedContract→ buyer, with the contract's value when stated.

The supplier is whoever won, secured, signed or was awarded/chosen; the buyer is the body
after "by", "from", "with" or "for", else another NHS body in the sentence, else the story's
main NHS body. A supplier the reference data does not know is taken from the name right
before the verb ("Corvane Pathology has signed a contract ...") or after "awarded ... to".
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.advisers import CONSULTANCY_NAME, consultancies
from kg.extract.context import (
    COMPANY_NAME,
    COUNT,
    DEAL_MONEY,
    DEFINITE_ORG,
    MONEY,
    NHS_BODIES,
    ON_BEHALF,
    PLURAL_BODIES,
    PLURAL_NOUN_CLASSES,
    TRUSTS,
    coordinated_bodies,
    coordinated_trusts,
    definite_org,
    entity_key,
    listed_with,
    mention_at,
    mention_ending_at,
    new_company,
    org_named,
    plural_classes,
    plural_count,
    plural_referent,
    pronoun_org,
    relative_clauses,
    topic_org,
)
from kg.extract.doc import StoryDoc, clauses
from kg.extract.facts import add_fact, drop_commissioned_work
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern, normalise_name
from kg.model import Fact, Mention, Sentence

__all__ = ["make_contracts"]

NAME = "contracts"
_FLAGS = re.IGNORECASE
_MONEY = lazy_pattern(DEAL_MONEY)
_COST = lazy_pattern(r"\b(?:cost|costs|costing)\b")
_SPEND_CUE = Cue("spent", "spend", "paid", "paying", "pay ", "pays ", "hired", "brought in",
                 "engaged", "retain",
                 "outsourc",
                 "drafted in", "buy", "bought", "purchas", "procur", "handed", "gave", "given")
_SPENT = lazy_pattern(
    r"\b(?:(?:spent|spends|spending|paid|pays|paying|will pay|has paid|handed|gave|given)\s+"
    r"(?:a\s+further\s+|another\s+)?(?:more than\s+|over\s+"
    r"|almost\s+|nearly\s+|around\s+|about\s+)?" + MONEY + r"(?:\s+\w+){0,3}?\s+(?:with|to"
    r"|on(?:\s+[\w-]+){0,4}?\s+from|on)"
    r"(?:\s+(?:advice|consultancy|consultants|support|services|work)\s+from)?"
    r"|(?<=,\s)including\s+" + MONEY + r"\s+(?:with|to|on)"
    r"|(?:paid|pays|paying|will\s+pay|(?:is|are)\s+to\s+pay)"
    r"|(?:hired|hires|brought in|brings in|engaged|engages|drafted in"
    r"|retained|retains)(?!\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:leadership|management\s+team"
    r"|executive\s+team|board)\b)"
    r"|outsourc(?:ed|es|ing)\s+(?:[\w-]+\s+){0,6}?to"
    r"|(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|procure|procures"
    r"|procured|procuring)\s+"
    r"(?:[\w-]+\s+){0,14}?from)\s+"
    r"(?:the\s+|an?\s+|its\s+)?(?:(?:(?:management|global|US|(?-i:[a-z][\w-]*|[A-Z]\w*-based))\s+)"
    r"{0,2}?(?:consultancy"
    r"|consultants|consulting firm|firm|company|supplier|contractor|provider|agency|specialist"
    r"|giant|outfit|chain|accountants|auditors|lawyers|solicitors|operator)(?:\s+firm)?\b"
    r"(?:\s+(?:from|at)\b)?(?:\s*,(?=\s*(?-i:[A-Z])))?)?\s*"
    r"(?:(?:[\w-]+\s+)?(?:firms|companies|consultancies|consultants|advisers|suppliers|providers)"
    r"\s+(?:including|such\s+as)\s+)?",
    re.IGNORECASE)
_CONSULTANCY = lazy_pattern(r"\bconsult(?:ancy|ancies|ants?|ing)\b|\badvi[sc]|\bturnaround\b"
                            r"|\baccountan(?:cy|ts)\b",
                            re.IGNORECASE)
_ADVISORY_PURPOSE = lazy_pattern(r"\badvi[cs]|\bturnaround\b|\btransformation\b|\bimprov"
                                 r"|\brecovery\b|\bsupport\b|\bhelp", re.IGNORECASE)
_BUYER_CLASSES = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust", "IntegratedCareBoard",
                            "IntegratedCareSystem", "ClinicalCommissioningGroup", "NHSBody",
                            "NationalBody", "GovernmentDepartment", "CommissioningHub",
                            "LocalAuthority", "Hospital"})
_DEAL_CUE = Cue("contract", "deal", "agreement", "tender", "procurement", "chose", "choose",
                "selected", "selects", "picks", "appointed", "picked", "commissioned", "supplier",
                "provider", "lot", "franchise", "hired", "brought in", "holds", "award",
                "signed with", "bidder", "gone to", "extension")
_CONTRACT = lazy_pattern(r"\b(?:contract|(?<!great\s)(?<!good\s)deal|framework agreement"
                       r"|agreement|tender"
                       r"|procurement|franchise|extension)s?\b"
                       r"|(?<=\d)(?:m|bn|k)?\s+(?:[\w-]+\s+){0,3}?framework\b"
                       r"|\blot\s+(?:\d+|one|two|three|four|five)\b|\b(?:first|second|third"
                       r"|fourth|fifth|final|other|last)\s+lot\b"
                       r"|\bchosen as (?:the |its )?(?:preferred )?(?:supplier|provider|partner)"
                       r"|\bpreferred\s+(?:bidder|supplier|provider|partner)\b"
                       r"|\b(?:successful|winning)\s+bidder\b"
                       r"|\bas\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,5}?(?:supplier|provider"
                       r"|contractor|operator|bidder|partner)s?\b",
                       _FLAGS)
_WON = lazy_pattern(
    r"\b(?:won|wins|win|secured|secures|landed|lands|clinched|bagged|scooped|signed|signs"
    r"|awarded|awards|award|awarding|handed|given|chosen|selected|picked|appointed|chose"
    r"|named(?=\s+(?-i:[A-Z])[\w&.-]*(?:\s+[\w&.-]+){0,3}?\s+as\s+(?:its\s+|the\s+|a\s+)?"
    r"(?:preferred\s+)?(?:supplier|provider|partner|bidder))"
    r"|extended|extends|renewed|renews|beat|beats|expires|expire|expired|runs\s+out|ends"
    r"|runs\s+(?:until|to|for)|ran\s+(?:until|to|for)|lasts|lasted"
    r"|(?:was|is|were|been)\s+(?:named\s+(?:as\s+)?)?(?:the\s+)?(?:successful|winning"
    r"|preferred)\s+bidder"
    r"|(?:went|goes|gone)\s+to|held\s+by|holds|hired|brought\s+in|engaged|signed\s+with"
    r"|rece(?:ived|ives)(?=\s+(?:a|an|the)\s+(?:[\w£.,-]+\s+){0,4}?(?:contract|deal)s?\b)"
    r"|t(?:ook|akes|ake|aken)\s+over\s+(?:the\s+)?(?:running"
    r"|management)\s+of)\b", _FLAGS
)
_ACTIVE = lazy_pattern(
    r"(?:\s*,[^,]{0,160},)?\s+(?:has\s+|have\s+|had\s+|will\s+|is to\s+|was\s+|were\s+|is\s+"
    r"|are\s+)?(?:now\s+|also\s+|each\s+|both\s+|jointly\s+|later\s+|subsequently\s+)?"
    r"(?:(?:been\s+)?(?:won|wins|secured|secures|landed|lands|clinched|bagged|scooped|signed|signs"
    r"|awarded|handed|given|chosen|selected|picked|appointed"
    r"|extended|renewed|beat|beats|beaten|holds|held|took\s+over\s+(?:the\s+)?(?:running"
    r"|management)\s+of|rece(?:ived|ives)(?=\s+(?:a|an|the)\s+(?:[\w£.,-]+\s+){0,4}?(?:contract|deal)s?\b)"
    r")|(?:(?<=been\s)|(?<=was\s)|(?<=were\s))(?:hired|engaged|brought\s+in"
    r"|drafted\s+in))\b",
    _FLAGS
)
_AWARDS = lazy_pattern(r"(?:\s*,[^,]{0,160},)?\s+(?:has\s+|have\s+|had\s+|will\s+)?"
                       r"(?:now\s+|also\s+)?(?:awarded|handed|given|granted)\s+(?!by\b)", _FLAGS)
"""A body that awarded something is its buyer, not the supplier ("The ICB awarded the service
... to X"), unlike one that "was awarded" it."""
_FIRM_NOUN = (r"(?:(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:consultancy|firm|company|supplier|provider"
              r"|contractor)\s+)?")
_AWARDED_OBJECT = lazy_pattern(rf"\b(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:awarded|handed|given"
                             rf"|granted)\s+(?:the\s+(?={_FIRM_NOUN}(?-i:[A-Z])))?{_FIRM_NOUN}",
                             _FLAGS)
_CLAUSE_CHAR = r"(?:[^.;]|\.(?=\d))"
_WHICH_WON = lazy_pattern(
    rf"\s*,\s*which\b{_CLAUSE_CHAR}{{0,120}}?\b(?:to win|won|secured|landed|holds|received"
    rf"|(?:appointed|chosen|selected|named)\s+as)\b", _FLAGS)
_AWARDED_TO = lazy_pattern(rf"\b(?:awarded|awards|award|handed|hands|given|granted|let|went|goes"
                         rf"|gone)\b"
                         rf"{_CLAUSE_CHAR}{{0,140}}?\bto\s+(?!(?:run|provide|deliver|operate|supply|help"
                         rf"|support|continue|carry|manage|develop|build)\b)(?:the\s+)?(?:(?:a|an|the)\s+(?:consortium"
                         rf"|partnership|alliance)\s+(?:of|made\s+up\s+of|comprising|between)\s+"
                         rf"(?:the\s+)?|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                         rf"(?:[\w-]+\s+){{0,2}}?(?:suppliers|providers|firms|companies|agencies"
                         rf"|organisations|bidders|operators)\s*:\s*)?", _FLAGS)
_NAME = lazy_pattern(COMPANY_NAME)
_NAME_BEFORE = lazy_pattern(
    r"([A-Z][\w&’'.-]*(?:\s+(?:&\s+)?(?:[A-Z][\w&’'.-]*|\d{1,3}(?=\s+[A-Z]))){0,3})$")
_NAME_AND = lazy_pattern(r"[A-Z][\w’'-]*\s+(?:and|&)\s+$")
""""Birmingham Women's and Children's wins ...": the words after "and" end a longer name."""
_BUYER_AFTER = lazy_pattern(r"\s+(?:by|from|with|for|at|(?:won|wins|secured|landed)\s+(?:the|a)"
                            r")\s+(?:the\s+)?(?:(?:software|digital|consultancy|technology|tech"
                            r"|management|global|US|IT|firm|company|supplier|provider|specialist"
                            r"|consultants|contractor|outsourcer|logistics)\s+){0,3}$", _FLAGS)
_LIST_GAP = lazy_pattern(r"(?:\s*\([^()]{1,40}\))?(?:\s*(?:,[^,;.]{1,90},\s*)?(?:,\s*)?(?:and|&"
                         r"|together\s+with)\s+(?:the\s+)?|\s*,\s*)")
_SERVICE_VERB = (r"(?:provide|run|deliver|operate|supply|build|install|manage|develop|design"
                 r"|maintain|replace|upgrade|rebuild|refurbish|complete|construct|redevelop)")
_FOR_ITS_SYSTEM = (r"for\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:system|software|platform"
                   r"|record|records|EPR)\b")
""""has chosen X for its electronic patient record": what X is chosen to supply."""
_APPOSED_DESCRIPTION = r"(?:\s*,\s*(?:the|a|an|its)\s+[^,;.]{1,60}?,)"
""""picked X, the British arm of Y, to supply": a description between the firm and its work."""
_CHOSEN_TO = lazy_pattern(r"\b(?:chose|chooses|chosen|selected|selects|appointed|picked|picks"
                        r"|commissioned|contracted)\s+"
                        r"(?:by\s+[^.;]{1,80}?\s+|(?:(?-i:[a-z][\w-]*\s+){0,2}(?:firm|company"
                        r"|contractor|supplier|provider|specialist)\s+)?(?-i:[A-Z])[\w&’'.-]*"
                        rf"(?:\s+[\w&’'.-]+){{0,4}}?{_APPOSED_DESCRIPTION}?\s+)?"
                        rf"(?:to\s+{_SERVICE_VERB}\b|for\s+the\s+(?:job|work|contract|project)\b"
                        rf"|{_FOR_ITS_SYSTEM})",
                        _FLAGS)
_NOT_PARTIES = frozenset({"NewsOutlet", "Regulator"})
_DEFINITE_BUYER = lazy_pattern(rf"\b(?:by|from|with|for)\s+({DEFINITE_ORG})\b", _FLAGS)
_DEFINITE_SUBJECT = lazy_pattern(rf"^\s*(?:And\s+|But\s+|Separately,\s+)?(?:(?:Last|This|Earlier"
                               rf"|Later)\s+(?:year|month|week|spring|summer|autumn|winter)"
                               rf",?\s+|In\s+(?:19|20)\d\d,?\s+)?({DEFINITE_ORG})\b", _FLAGS)
_IT_OPENING = lazy_pattern(r"\s*It\s+(?:(?:has|had|also|then)\s+)*")
_DEFINITE_JUST_BEFORE = lazy_pattern(rf"\b({DEFINITE_ORG})\s+(?:(?:has|had|also|then)\s+)*$",
                                     _FLAGS)
_AND_NAME = lazy_pattern(rf"\s+and\s+(?P<name>{COMPANY_NAME})(?=\s+as\s)")
_DEAL_NOUN = lazy_pattern(r"\b(?:contract|(?<!great\s)(?<!good\s)deal|tender|tendered"
                          r"|procure[ds]?|procurement"
                          r"|franchise|(?<!oversight\s)(?<!assessment\s)(?<!improvement\s)"
                          r"(?<!accountability\s)framework)\b", _FLAGS)
_PLURAL_SUBJECT = lazy_pattern(
    r"\s*(?:(?P<they>They)|(?P<count>Both|The\s+two|The\s+three|All\s+three|All\s+four)\s+"
    r"(?P<noun>trusts|CCGs|ICBs|organisations|boards))\b")
_SUPPLIER_WORD = Cue("supplier", "contractor", "provider", "operator", "buyer", "purchaser",
                     "awarded to",
                     "contracting authority", "customer")
_SUPPLIES_WITH = lazy_pattern(r"\s*(?:,\s*which|,\s*who)?\s+(?:has\s+|also\s+|already\s+)?"
                              r"(?:supplied|supplies|provided|provides|equips|equipped)\s+(?:the\s+)?")
_SUPPLIED = lazy_pattern(r"\s+(?:(?:has|have|had|already|also|now|currently)\s+)*"
                         r"(?:supplied|supplies|provided|provides"
                         r"|delivered|delivers|sold|sells)\s+(?:[\w-]+\s+){0,6}?to\s+(?:the\s+)?",
                         _FLAGS)
_SUPPLIED_BY = lazy_pattern(r"(?:[’']s?\s+(?:[\w-]+\s+){1,2}?)?\s*(?:has\s+been|have\s+been"
                            r"|had\s+been|is|are|was|were|will\s+be)\s+(?:supplied|equipped|serviced)\s+"
                            r"(?:[^,.;]{1,30}?\s+)?by\s+(?:the\s+)?", _FLAGS)
""""Harrogate's laboratory has been supplied since 2009 by X, under a managed service"."""
_UNDER_TERMS = lazy_pattern(r"\bunder\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:service|contract"
                            r"|arrangement|deal)\b", _FLAGS)
_WINS_BUYERS = lazy_pattern(r"\s+(?:wins|won|secures|secured|lands|landed|bags|bagged|scoops)\s+"
                            r"(?:a\s+|the\s+)?(?:£[\d.,]+\w*\s+)?", _FLAGS)
_BUYERS_CONTRACT = lazy_pattern(r"(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?(?:contract|deal|tender"
                                r"|franchise)\b", _FLAGS)
_APPOINTED_BY = lazy_pattern(r"\s*,\s*(?:appointed|chosen|selected|hired|commissioned|contracted)"
                             r"\s+by\s+(?:the\s+)?", _FLAGS)
_THE_SUPPLIER = lazy_pattern(r"\s*(?:The|Its|Their)\s+(?:new\s+)?(?:supplier|contractor|provider"
                             r"|operator)\s*,\s*")
_SUPPLIER_FIELD = lazy_pattern(r"\b(?:Supplier|Contractor|Awarded\s+to)\s*:\s*")
_BUYER_FIELD = lazy_pattern(r"\b(?:Buyer|Purchaser|Contracting\s+authority|Customer)\s*:\s*")
_INDEFINITE_FIRM = lazy_pattern(r"^\s*(?:An?|One)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|supplier"
                                r"|provider|contractor|consortium|operator|business)\s*$", _FLAGS)
_OWNERS_SUPPLIER = lazy_pattern(r"[’']s\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:contractor|supplier"
                                r"|provider|operator)\s+(?:is|will\s+be|was)\s+(?:the\s+)?",
                                _FLAGS)
_COMMISSIONED_TO = lazy_pattern(r"\s+(?:has\s+been|have\s+been|was|were|is|are|will\s+be)\s+"
                                r"commissioned\s+by\s+(?:the\s+)?", _FLAGS)
_TO_SERVE = lazy_pattern(rf"\s+to\s+{_SERVICE_VERB}\b", _FLAGS)
_FRAMEWORK_PLACE = lazy_pattern(r"\b(?:added|appointed|admitted|named)\b[^.;]{0,60}\b(?:to|on)\s+"
                                r"(?:its|their|the|[^.;]{0,40}?[’']s)\s+(?:[\w-]+\s+){0,3}?"
                                r"framework|\bplaces?\s+on\s+[^.;]{0,60}?framework", _FLAGS)
_SUPPLIERS_DEAL = lazy_pattern(
    r"[’']s\s+(?:[\w£.,-]+\s+){0,4}?(?:(?:contract|deal)\s+(?:(?:to|for)\s+[^.;,]{1,60}?\s+)?"
    r"(?:with|for)|service\s*,?\s+(?:which|that)\s+(?:is|was|has\s+been)\s+commissioned\s+by)"
    r"\s+(?:the\s+)?", _FLAGS)
_PRONOUN_SUBJECT = lazy_pattern(r"^(?:[^,]{0,60},\s*)?(?:It|it)\s*$")
_NOT_DONE = lazy_pattern(
    r"\b(?:out to tender|bidding|will tender|expected to award"
    r"|(?<!\bwhich\s)(?<!\bthat\s)(?:could|might|(?-i:may))|is considering"
    r"|plans to award|not (?:been )?awarded|failed to win|lost|losing|bid for|yet to|has not"
    r"|have not|had not|denied|denies"
    r"|unsuccessful|(?:partnership|support|buddying|collaboration)\s+agreement|agreement between"
    r"|memorandum|never|fell\s+through"
    r"|no\s+(?:contract|deal|agreement)|in\s+talks"
    r"|(?<!despite\sa\s)(?<!withdrew\sits\s)(?<!dropped\sits\s)legal\s+(?:challenge|proceedings"
    r"|action)|judicial\s+review"
    r"|challenging\s+(?:the|its)\s+decision)\b",
    _FLAGS
)
_SUPPLIER_CLASSES = frozenset({"Company", "Organisation"})
_NEVER_SUPPLIERS = frozenset({"Regulator", "GovernmentDepartment"})
""""Monitor has appointed X as interim chief executive": regulators and departments buy, they
are never a contract's supplier."""
_CHOSE = lazy_pattern(r"\b(?:chose|chooses|chosen|selected|selects|picked|picks|appointed|named"
                      r"|commissioned"
                      r"|contracted)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:firm|company|supplier"
                      r"|provider|contractor|consultancy)\s+(?=(?-i:[A-Z])))?", _FLAGS)
_AS_SUPPLIER = lazy_pattern(r"\s+(?:as\s+(?:(?:its|their|the|a)\s+)?(?:[\w-]+\s+){0,5}?(?:supplier"
                            r"|provider|partner|contractor|operator|bidder|auditor)s?\b"
                            r"(?!\s+members?\b)|to\s+"
                            rf"{_SERVICE_VERB}\b|for\s+the\s+(?:job|work|contract|project)"
                            r"|(?:on|under)\s+an?\s+(?:[\w£.,-]+\s+){0,4}?(?:contract|deal)\b"
                            rf"|{_FOR_ITS_SYSTEM})", _FLAGS)
_SKIP_DESCRIPTION = lazy_pattern(_APPOSED_DESCRIPTION)


def _past_apposition(text: str, start: int, end: int) -> int:
    """Where a firm's work is named, after any description in apposition at ``start``."""
    described = _SKIP_DESCRIPTION.match(text, start, end)
    return described.end() if described else start
_CONSORTIUM_LED_BY = lazy_pattern(r"\b(?:consortium|partnership|joint venture)\s+"
                                  r"(?:led|headed|fronted)\s+by\s+(?:the\s+)?", _FLAGS)
_DESCRIBED_FIRM = lazy_pattern(
    r"(?:(?:US|UK|British|American|French|German|Dutch|Indian|(?-i:[A-Z][a-z]+)-based"
    r"|(?-i:[A-Z][a-z]+(?:ian|ish|ese|ean))|(?-i:[a-z][\w’'-]*))\s+){0,3}?(?i:company|firm|developer"
    r"|supplier|provider|specialist"
    r"|giant|consultancy|contractor|outsourcer|operator|group|enterprise|charity)\s+"
    r"(?=(?-i:[A-Z]|e[A-Z]))")
""""to a consortium led by US software company Palantir", "to Leeds-based software developer
BJSS": what the firm is, before its name."""


def _past_description(text: str, start: int, end: int) -> int:
    """Where the firm's name begins, after any description of it at ``start``."""
    described = _DESCRIBED_FIRM.match(text, start, end)
    return described.end() if described else start
_WHICH_OPENS = lazy_pattern(r"\s*,\s*which\s+(?:the\s+)?")
_PAID_MONEY = lazy_pattern(rf"\s+(?:had\s+|has\s+)?paid\s+(?:more\s+than\s+|almost\s+|nearly\s+)?"
                           rf"{MONEY}", _FLAGS)
_PAID_BY = lazy_pattern(rf"\s*,?\s+(?:was|were|has\s+been|have\s+been|had\s+been"
                        rf"|have\s*,?\s+between\s+them\s*,?\s+been)\s+(?:paid\s+(?:more\s+than\s+)?"
                        rf"(?:{MONEY}\s+)?|hired\s+|engaged\s+|brought\s+in\s+|drafted\s+in\s+)"
                        rf"by\s+(?:the\s+)?", _FLAGS)
_WILL_SERVE = lazy_pattern(rf"\s+(?:will|is\s+to|is\s+set\s+to|has\s+been\s+chosen\s+to)\s+"
                          rf"{_SERVICE_VERB}\b[^.;]{{0,80}}?\b(?:to|for|at)\s+(?:the\s+)?"
                          rf"(?=(?-i:[A-Z]))", _FLAGS)
_FIRM_WILL_SERVE = lazy_pattern(r"\s*(?:The|This)\s+(?:company|firm|supplier|provider|business"
                                r"|start-up)(?=\s+(?:will|is\s+to|is\s+set\s+to)\s)")
_WORK_AT = lazy_pattern(r"\s*(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,5}\s+(?:at|for|in)\s+(?:the\s+)?$",
                        _FLAGS)
_WORK_DONE_BY = lazy_pattern(r"\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+"
                             r"(?:done|provided|run|delivered|operated|supplied|carried\s+out"
                             r"|handled)\s+by\s+(?:the\s+)?", _FLAGS)
_DONE_BY = lazy_pattern(r"\b(?:carried\s+out|delivered|provided|run|built|supplied|installed"
                        r"|operated|managed)\s+by\s+(?:the\s+)?", _FLAGS)
_RUNNING_OF = lazy_pattern(r"\s+(?:has\s+|had\s+|will\s+)?t(?:ook|akes|ake|aken)\s+over\s+"
                           r"(?:the\s+)?(?:running|management)\s+of\s+(?:the\s+)?", _FLAGS)
_OUTSOURCED = lazy_pattern(r"\b(?:outsourced|outsources|contracted\s+out|privatised|re-let"
                           r"|relet)\b", _FLAGS)
_TO_HIRE = lazy_pattern(r"\bto\s+(?:hire|appoint|engage|bring\s+in|commission)\s+(?:the\s+)?"
                        r"(?:(?:consultancy|firm|company|supplier|contractor)\s+)?", _FLAGS)
_FOR_WORK = lazy_pattern(rf"\s+for\s+(?:{MONEY}|(?:a|an|the|its|their)\s+(?:{MONEY}\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:upgrade|contract|project|programme|work|works"
                         r"|deal|system|service|services|scheme|rollout|installation|build"
                         r"|refurbishment|replacement)\b)", _FLAGS)
_WISHED = lazy_pattern(r"\b(?:wants?|wanted|plans?|planned|planning|hopes?|hoped|hoping|seeks?"
                       r"|sought|seeking|failed|tried|tries|trying|attempt\w*|like|intends?"
                       r"|intended|aims?|aimed|could|(?-i:may)|might|would|not)\b", _FLAGS)
_OPENING_SUBJECT = lazy_pattern(r"\s*(?:(?:Last|This|In)\s+[\w\s]{1,20}?,\s*)?(?:the\s+)?", _FLAGS)
_MONEY_WENT_TO = lazy_pattern(
    rf"{MONEY},?(?:\s+[\w-]+){{0,3}}?,?\s+(?:went|goes|has\s+gone|was\s+paid|were\s+paid|has\s+been"
    rf"\s+paid|had\s+been\s+paid|was\s+spent|were\s+spent)\s+(?:to|with|on)\s+(?:the\s+)?"
    rf"(?:(?:management\s+)?(?:consultancy|consultants|firm|company|supplier)\s+)?", _FLAGS)
_AND_MONEY_TO = lazy_pattern(rf",?\s+and\s+(?:a\s+further\s+|another\s+)?{MONEY}\s+(?:(?:was|were)"
                             rf"\s+(?:paid|spent)\s+)?(?:to|with|on)\s+(?:the\s+)?", _FLAGS)
_AND_MONEY_BY = lazy_pattern(rf",?\s+and\s+{MONEY}\s+(?:from|by)\s+(?:the\s+)?", _FLAGS)
_RECEIVED_MONEY = lazy_pattern(rf"\s+(?:received|receives|was\s+paid|were\s+paid|earned|billed"
                               rf"|charged)\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+)?"
                               rf"{MONEY}", _FLAGS)
_OPENING_NAME = lazy_pattern(r"(?:(?:Meanwhile|However|Separately),\s+)?"
                             r"(?P<name>(?-i:[A-Z])[\w&’'-]*(?:\s+(?-i:[A-Z])[\w&’'-]*){1,3})",
                             _FLAGS)
""""Cedarbrook Care received £17m ...": a capitalised name of two to four words opening the
sentence, that names no one, is the paid company."""
_FROM_PAYER = lazy_pattern(r"(?:\s+a\s+year)?\s+(?:from|by)\s+(?:the\s+)?", _FLAGS)
_COUNTED_PAYERS = lazy_pattern(rf"(?:[\w’'-]+\s+){{0,2}}?(?P<count>{COUNT})\s+"
                               r"(?:[\w-]+\s+){0,3}?trusts\b", _FLAGS)
_WHICH_JUST_BEFORE = lazy_pattern(r"(?P<name>(?<![\w’'])(?-i:[A-Z])[\w&’'-]*(?:\s+(?:&\s+)?"
                                  r"(?-i:[A-Z])[\w&’'-]*){1,3})?,\s*(?P<which>which|who)\s*"
                                  r"(?:has\s+|had\s+|also\s+)?$")
_WHICH_CLAUSE = lazy_pattern(r",\s*(?:which|who)\b[^;]{1,160},$", _FLAGS)
_PLURAL_PAYERS = lazy_pattern(r"\b(?:the\s+(?P<count>two|three)\s+trusts|(?P<count2>both)\s+trusts"
                              r"|the\s+trusts)\s+(?:have\s+|had\s+|also\s+)?$", _FLAGS)
_OTHER_CLAUSE = lazy_pattern(r";|,\s*(?:while|whereas|but|and\s+(?=[A-Z]))|,\s*which\s+(?:had|has"
                             r"|was|were|is|are)\s+(?:previously\s+|formerly\s+)?(?:been\s+)?"
                             r"(?:provided|run|delivered|held|supplied|operated)\s+by\b", _FLAGS)
_PROCURES = lazy_pattern(r"\b(?:split\s+the\s+(?:procurement|tender|contract)|(?:ran|runs|run|led"
                         r"|leads)\s+the\s+(?:procurement|tender)|went\s+out\s+to\s+tender"
                         r"|has\s+awarded\s+(?:contracts|a\s+contract|deals))\b", _FLAGS)
_PURCHASER = lazy_pattern(r"\b(?:Procurement|Purchasing|Supply\s+Chain|Commercial\s+Services)\b")
_CONSORTIUM_OF = lazy_pattern(r"\b(?:consortium|partnership|alliance)\s+(?:of|made\s+up\s+of"
                              r"|comprising|between)\s+(?:the\s+)?$", _FLAGS)
_WON_BY = lazy_pattern(r"(?<!previously\s)(?<!formerly\s)(?<!until\snow\s)\b(?:won|secured|clinched"
                      r"|landed|held)\s+by\s+(?:the\s+|an?\s+)?"
                      r"(?:consortium\s+(?:of|made\s+up\s+of|comprising)\s+(?:the\s+)?)?", _FLAGS)
_HOLDS = lazy_pattern(r"\b(?:holds?|held|running|runs|ran|provides?|provided|supplies|supplied"
                      r"|delivers?|delivered|operates?|operated|has|had)\s+(?:the\s+|a\s+|its\s+"
                      r"|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:contract|deal|franchise)s?\b", _FLAGS)
_UNDER_DEAL = lazy_pattern(r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w£-]+\s+){0,4}?"
                           r"(?:contract|deal|agreement)\b", _FLAGS)
_PASSIVE_SERVICE = lazy_pattern(r"\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been"
                                r"|is\s+to\s+be|is\s+being)\s+(?:now\s+|also\s+)?(?:supplied|provided|run"
                                r"|delivered|operated|built|installed|managed|carried\s+out)\s+by"
                                r"\s+(?:the\s+)?", _FLAGS)
_PASSIVE_CUE = Cue("supplied by", "provided by", "run by", "delivered by", "operated by",
                   "built by", "installed by", "managed by", "carried out by")
_SERVICE_DEAL = lazy_pattern(r"\b(?:contract|deal|tender|procure\w*|provider|supplier|outsourc\w*"
                             r"|agreement)\b", _FLAGS)
_SERVES = lazy_pattern(r"\s+(?:will\s+|is\s+to\s+|has\s+agreed\s+to\s+)?(?:provide|provides"
                       r"|run|runs|deliver|delivers|operate|operates|supply|supplies|manage"
                       r"|manages|take\s+over|takes\s+over|build|builds|install|installs"
                       r"|maintain|maintains)\b", _FLAGS)
_CLAUSE_NAME = lazy_pattern(rf"(?:^|(?<=\n)|(?<=[.!?]\s)|,\s+|\.\s+)(?P<name>{COMPANY_NAME})"
                            r"(?=\s+(?:will|is\s+to|has\s+agreed\s+to)\b)")
_THE_FIRM = lazy_pattern(r"\s*(?:the\s+)?(?:firm|company|supplier|contractor|builder|operator)\b",
                         _FLAGS)
_ANY_DEFINITE_BUYER = lazy_pattern(r"\b(?:with|by|for|from|to)\s+(the\s+(?:trust|ICB|council"
                                   r"|board|integrated care board))\b", _FLAGS)
_OWN_CONTRACT = lazy_pattern(r"(?:[’']s|\s*,\s*whose)\s+(?:[\w£-]+\s+){0,2}?(?:contract|deal)\b",
                            _FLAGS)
_THE_CONTRACT = lazy_pattern(r"\s*(?:The|This|That)\s+(?:[\w£-]+\s+){0,2}?(?:contract|deal"
                             r"|agreement)\b")
_SIGNED_THE_DEAL = lazy_pattern(r"\b(?:signed|agreed|awarded)\s+the\s+(?:[\w£-]+\s+){0,2}?"
                                r"(?:contract|deal|agreement)\b")
""""A and B signed the ten-year deal": the deal the sentence before gave a company."""
_TRUST_WON = lazy_pattern(r"\s+(?:has|have)\s+(?:(?:now\s+)?been\s+awarded|won|secured)\s+"
                        r"(?:a|the)\b", _FLAGS)
""""Medway NHS Foundation Trust has been awarded a contract ... The ICB awarded the deal":
a trust that wins the deal the next sentence awards."""
_BEEN_AWARDED = lazy_pattern(r"\s+(?:has|have|had)\s+(?:now\s+)?been\s+(?:awarded|handed|given)"
                             r"|\s+(?:was|were)\s+(?:awarded|handed|given)\b", _FLAGS)
""""North Bristol NHS Trust has been awarded the contract by X": a trust that wins one."""
_PLACE_BEFORE = lazy_pattern(r"\b(?:in|of|across|for|from|at|to|with|by)\s+(?:[A-Z][\w’'-]*\s+)*"
                             r"(?:and\s+)?$")
_BEATEN = lazy_pattern(r"\bbeat(?:s|en)?\s+(?:the\s+)?$")
_THEM = lazy_pattern(r"(?:them|it)\b")
_SUPPORT_FROM = lazy_pattern(r"(?:\s+(?:CIC|Ltd|Limited|LLP|plc)\b)?\s*,?\s*(?:(?:with|and)\s+"
                             r"(?:the\s+)?(?:[a-z]+\s+)?"
                             r"(?:support|help|backing)\s+(?:from|of)"
                             r"|in\s+(?:a\s+)?(?:consortium|partnership|joint\s+venture)\s+with"
                             r"|(?:working|partnering)\s+with"
                             r"(?:\s+(?:the\s+)?(?-i:[a-z]+)){0,2})\s+(?:the\s+)?", _FLAGS)


def _serving_under_deal(doc: StoryDoc, sentence: Sentence,
                        orgs: list[Mention]) -> Mention | None:
    """"X will run the service under a contract awarded by Y": the body that serves, not the
    one that let the contract."""
    text = doc.text
    for org in orgs:
        if _SERVES.match(text, org.end, sentence.end) and org.cls in _SUPPLIER_CLASSES:
            return org
    for name in _CLAUSE_NAME.finditer(text, sentence.start, sentence.end):
        if _SERVES.match(text, name.end("name"), sentence.end) and not doc.starting_at(
                name.start("name")):
            found = new_company(doc, NAME, name.start("name"), name.end("name"))
            if found is not None:
                return found
    firm = _THE_FIRM.match(text, sentence.start, sentence.end)
    if firm and _SERVES.match(text, firm.end(), sentence.end):
        found = definite_org(doc, "the firm", sentence.start)
        if found is not None and found.cls == "Company":
            return found
    return None


_BRACKETED_SHORT = lazy_pattern(r"\s*\([^()]{1,20}\)")


def _past_bracket(text: str, end: int) -> int:
    """"X NHS Foundation Trust (SCAS) has been awarded": where the verb after a name's
    bracketed short form may start."""
    bracket = _BRACKETED_SHORT.match(text, end)
    return bracket.end() if bracket else end


def _supplier(doc: StoryDoc, sentence: Sentence) -> Mention | None:
    text, orgs = doc.text, doc.mentions_in(sentence, "Organisation")
    led = _CONSORTIUM_LED_BY.search(text, sentence.start, sentence.end)
    if led:
        at = _past_description(text, led.end(), sentence.end)
        found = mention_at(doc, at, "Organisation")
        name = _NAME.match(text, at, sentence.end) if found is None else None
        if name:
            found = new_company(doc, NAME, name.start(), name.end())
        if found is not None:
            return found
    for cue in _CHOSE.finditer(text, sentence.start, sentence.end):
        found = mention_at(doc, cue.end(), "Organisation")
        name = _NAME.match(text, cue.end(), sentence.end) if found is None else None
        if name and _AS_SUPPLIER.match(text, _past_apposition(text, name.end(), sentence.end),
                                       sentence.end) and not doc.starting_at(name.start()):
            found = new_company(doc, NAME, name.start(), name.end())
        last = listed_with(doc, orgs, found, _LIST_GAP, before=False)[-1] \
            if found is not None and found in orgs else found
        extra = _AND_NAME.match(text, last.end, sentence.end) if last is not None else None
        tail = _AS_SUPPLIER.match(text, _past_apposition(
            text, extra.end() if extra else last.end, sentence.end), sentence.end) \
            if last is not None else None
        if tail and extra and mention_at(doc, extra.start("name"), "Person") is None:
            new_company(doc, NAME, extra.start("name"), extra.end("name"))
        if tail and (found.cls not in _BUYER_CLASSES or "as" in tail.group(0).split()):
            return found
    under_deal = _UNDER_DEAL.search(text, sentence.start, sentence.end) is not None
    done_by = _DONE_BY.search(text, sentence.start, sentence.end) if under_deal else None
    found = mention_at(doc, done_by.end(), "Organisation") if done_by else None
    if found is None and under_deal:
        found = _serving_under_deal(doc, sentence, orgs)
    won_by = _WON_BY.search(text, sentence.start, sentence.end) if found is None else None
    found = found or (mention_at(doc, won_by.end(), "Organisation") if won_by else None)
    if found is not None:
        return found
    for cue in _AWARDED_OBJECT.finditer(text, sentence.start, sentence.end):
        found = mention_at(doc, cue.end(), "Organisation")
        if found is None and _THE_FIRM.match(text, cue.end(), sentence.end):
            found = definite_org(doc, "the firm", cue.end())
            found = found if found is not None and found.cls == "Company" else None
        if found is not None:
            return found
        if _THEM.match(text, cue.end()) and orgs and orgs[0].start < cue.start():
            return listed_with(doc, orgs, orgs[0], _LIST_GAP, before=False)[-1]
    extended = _EXTENDED_WITH.search(text, sentence.start, sentence.end)
    found = mention_at(doc, _past_description(text, extended.end(), sentence.end),
                       "Organisation") if extended else None
    if found is not None:
        return found
    awarded_to = _AWARDED_TO.search(text, sentence.start, sentence.end)
    if awarded_to:
        at = _past_description(text, awarded_to.end(), sentence.end)
        found = mention_at(doc, at, "Organisation")
        name = _NAME.match(text, at, sentence.end)
        if found is None and name:
            found = new_company(doc, NAME, name.start(), name.end())
        if found is not None:
            return found
    for org in orgs:
        if org.cls not in _BUYER_CLASSES and _OWN_CONTRACT.match(text, org.end, sentence.end):
            return org
    for cue in _DEAL_WITH.finditer(text, sentence.start, sentence.end):
        found = mention_at(doc, cue.end(), "Organisation")
        if found is not None and found.cls == "Company":
            return found
    acting = [(org, cue) for org in orgs if not _AWARDS.match(text, org.end, sentence.end)
              for end in [_past_bracket(text, org.end)]
              for cue in [_ACTIVE.match(text, end, sentence.end) or _WHICH_WON.match(
                  text, end, sentence.end) or _OWN_CONTRACT.match(text, end,
                                                                  sentence.end)] if cue]
    if len(acting) > 1:
        acting.sort(key=lambda found: _distance_to_deal(text, found[1].end(), sentence.end))
    for org, _cue in acting[:1]:
        before = [m for m in orgs if m.end <= org.start and not _in_aside(sentence, m)]
        return before[-1] if _in_aside(sentence, org) and before else org
    verb = _ACTIVE.search(text, sentence.start, sentence.end)
    if verb is None:
        return None
    head = text[sentence.start:verb.start()]
    if _INDEFINITE_FIRM.match(head):
        following = [s for s in doc.sentences if s.start >= sentence.end][:1]
        named = [m for m in doc.mentions_in(following[0], "Organisation")
                 if m.cls == "Company"] if following else []
        return named[0] if named else None
    definite = _DEFINITE_SUBJECT.match(head)
    if definite:
        return definite_org(doc, definite.group(1), sentence.start + definite.start(1))
    if _PRONOUN_SUBJECT.match(head):
        return pronoun_org(doc, sentence.start)
    name = _NAME_BEFORE.search(head)
    if name and (_PLACE_BEFORE.search(head, 0, name.start(1))
                 or _NAME_AND.search(head, 0, name.start(1))):
        name = None
    if name and not any(m.start <= sentence.start + name.start() < m.end for m in orgs):
        return new_company(doc, NAME, sentence.start + name.start(1), sentence.start + name.end(1))
    return None


_EXTENDED_WITH = lazy_pattern(r"\b(?:extended|extends|renewed|renews|rolled\s+over)\s+"
                              r"(?:its|their|the|a)\s+(?:[\w£.,-]+\s+){0,4}?(?:contract|deal"
                              r"|agreement)s?\s+with\s+(?:the\s+)?", _FLAGS)
""""X has extended its contract with Y": Y is the supplier, whatever kind of body."""
_DEAL_WITH = lazy_pattern(r"\b(?:signed|signs|agreed|struck|inked)\s+(?:an?\s+|the\s+|its\s+)?"
                          r"(?:[\w£.,-]+\s+){0,4}?(?:contract|deal|agreement)"
                          rf"(?:\s+(?:worth|valued\s+at)\s+(?:up\s+to\s+|around\s+|about\s+)?{MONEY})?"
                          r"\s+with\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:firm|company|supplier"
                          r"|consultancy|agency|provider|specialist|enterprise|charity)\s+"
                          r"|an?\s+consortium\s+(?:of|made\s+up\s+of"
                          r"|comprising)\s+(?:the\s+)?)?", _FLAGS)
""""Y signed a £12m contract with X": X supplies, whatever else the sentence says Y did."""


def _distance_to_deal(text: str, start: int, end: int) -> int:
    """How far after ``start`` the next contract word comes: of two bodies that "were appointed"
    and "won", the one the contract belongs to is the one next to it."""
    deal = _CONTRACT.search(text, start, end)
    return deal.start() - start if deal else end - start


def _is_purchaser(org: Mention) -> bool:
    """"NHS London Procurement Partnership", "NHS Supply Chain": bodies that buy for others."""
    return org.cls not in {"Company"} and _PURCHASER.search(org.text) is not None


def _helpers(doc: StoryDoc, orgs: list[Mention], supplier: Mention) -> list[Mention]:
    """Partners named "with support from" the supplier: they share the contract."""
    return [m for previous, m in pairwise(orgs) if previous.start >= supplier.start
            and _SUPPORT_FROM.fullmatch(doc.text, previous.end, m.start)]


_OWNER_BEFORE = lazy_pattern(r"\b(?:(?:owned|set\s+up|formed)\s+(?:jointly\s+)?by|(?:subsidiary"
                             r"|joint\s+venture|partnership)\s+(?:of|between))\s+(?:the\s+)?$",
                             _FLAGS)
""""X, a partnership owned by A and B, won the contract from C": A and B own the supplier."""


def _buyer(doc: StoryDoc, sentence: Sentence, supplier: Mention) -> tuple[Mention | None, float]:
    text, orgs = doc.text, doc.mentions_in(sentence, "Organisation")
    signer = _signer(doc, sentence, supplier)
    if signer is not None:
        return signer, 0.8
    helpers = set(_helpers(doc, orgs, supplier))
    rivals = {m for m in orgs if _BEATEN.search(text, max(sentence.start, m.start - 12), m.start)}
    rivals |= _rivals(doc, sentence, orgs)
    owners = _named_after(doc, sentence, orgs, _OWNER_BEFORE, 40)
    approvers = {entity_key(m) for m in _named_after(doc, sentence, orgs, _APPROVER_BEFORE, 40)}
    orgs = [m for m in orgs if m not in helpers and m not in rivals and m not in owners
            and entity_key(m) not in approvers
            and m.cls != "Regulator" and not _FRAMEWORK_AFTER.match(text, m.end, sentence.end)]
    for org in orgs:
        between = text[supplier.end:org.start]
        after = _BUYER_AFTER.search(between) if org.start > supplier.end else None
        if after and not _OTHER_CLAUSE.search(between) and not _ADVISER_WITH.search(between) \
                and not (
                org.cls == "Hospital" and after.group(0).split()[0].lower() == "at"):
            return org, 0.8
    running = _RUNNING_OF.match(text, supplier.end, sentence.end)
    run = mention_at(doc, running.end(), "Organisation") if running else None
    if run is not None and run.cls in _BUYER_CLASSES:
        return run, 0.75
    awarded_to = _AWARDED_TO.search(text, sentence.start, supplier.end)
    if awarded_to is not None and awarded_to.end() <= supplier.start:
        subjects = [m for m in orgs if m.end <= awarded_to.start() and m.cls != "Company"]
        if subjects:
            return subjects[0], 0.8
    cue = _AWARDED_OBJECT.search(text, sentence.start, supplier.start)
    if cue is not None:
        awarder = _DEFINITE_SUBJECT.match(text[sentence.start:cue.start()])
        found = definite_org(doc, awarder.group(1), sentence.start + awarder.start(1)) \
            if awarder else None
        before = [m for m in orgs if m.end <= cue.start()]
        found = found or (before[-1] if before else None)
        if found is not None and found.text != supplier.text:
            return found, 0.75
    definite = _DEFINITE_BUYER.search(text, supplier.end, sentence.end)
    if definite:
        found = definite_org(doc, definite.group(1), definite.start(1))
        if found is not None and found.text != supplier.text:
            return found, 0.7
    others = [m for m in orgs if m.text != supplier.text and (_is_purchaser(m) or (
        m.cls in NHS_BODIES | {"LocalAuthority", "GovernmentDepartment"}
        and m.cls not in _SUPPLIER_CLASSES))]
    if others:
        return others[0], 0.75
    earlier = _earlier_buyers(doc, sentence)
    if earlier:
        return earlier[0], 0.6
    purchasers = [m for m in doc.mentions_before(sentence.start, "Organisation")
                  if _is_purchaser(m)] or _procuring(doc, sentence)
    if purchasers:
        return purchasers[-1], 0.55
    topic = topic_org(doc, NHS_BODIES - _SUPPLIER_CLASSES)
    return (None if topic is not None and entity_key(topic) in approvers else topic), 0.55


_APPROVER_BEFORE = lazy_pattern(r"\b(?:approval|sign-off|backing|consent|permission)\s+from\s+"
                                r"(?:the\s+)?$", _FLAGS)
""""The contract with X was signed following approval from NHS England and the Treasury": the
bodies whose approval a deal needed are not its buyers (a body that "approved" its own
contract may be)."""


_ADVISER_WITH = lazy_pattern(r",\s*with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:consultancy|consultants"
                             r"|firm|advisers?|advisors?|accountants|lawyers|solicitors)\s+$",
                             _FLAGS)
""""awarded a contract to X ..., with consultancy Y advising the trust": Y buys nothing."""
_FRAMEWORK_AFTER = lazy_pattern(r"[’']?s?\s+(?:[\w-]+\s+){0,2}?framework\b", _FLAGS)
""""a mini-competition under the NHS England framework": the framework's owner buys nothing."""


def _signer(doc: StoryDoc, sentence: Sentence, supplier: Mention) -> Mention | None:
    """"It has signed a contract worth £18m with X": the body that signed, named or referred
    to before the verb."""
    cue = next((m for m in _DEAL_WITH.finditer(doc.text, sentence.start, supplier.start)
                if m.end() == supplier.start), None)
    if cue is None:
        return None
    head = doc.text[sentence.start:cue.start()]
    named = [m for m in doc.mentions_in(sentence, "Organisation")
             if m.end <= cue.start() and m.cls in _BUYER_CLASSES and m.cls != "Company"]
    if named:
        return named[0]
    definite = _DEFINITE_SUBJECT.match(head)
    if definite:
        return definite_org(doc, definite.group(1), sentence.start + definite.start(1))
    return pronoun_org(doc, sentence.start) if _PRONOUN_SUBJECT.match(
        re.sub(r"\s+(?:has|have|had|also|then|now)\b.*$", "", head)) else None


def _procuring(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """The body that a sentence shortly before says is buying ("The X Partnership ... split
    the procurement into three lots"): the buyer of the lots the next sentences let."""
    before = [s for s in doc.sentences if s.end <= sentence.start][-3:]
    for earlier in reversed(before):
        if _PROCURES.search(earlier.text):
            bodies = [m for m in doc.mentions_in(earlier, "Organisation")
                      if m.cls != "Company" and m.cls not in _NOT_PARTIES]
            if bodies:
                return bodies[:1]
    return []


def _contracts_before(doc: StoryDoc, sentence: Sentence) -> list[Fact]:
    """The contracts the story stated before ``sentence``, in order."""
    return [f for f in doc.facts if f.predicate == "awardedContract"
            and f.evidence.start < sentence.start and isinstance(f.object, Mention)]


def _earlier_buyers(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """The buyers of the story's last contract before ``sentence``: "X has won the other part
    of the tender" is let by the same bodies."""
    earlier = _contracts_before(doc, sentence)
    if not earlier:
        return []
    last = max(f.evidence.start for f in earlier)
    buyers: dict[str, Mention] = {}
    for fact in earlier:
        if fact.evidence.start == last and isinstance(fact.object, Mention):
            buyers.setdefault(fact.object.key or fact.object.text, fact.object)
    return list(buyers.values())


_LET_BY = lazy_pattern(r"\s*The\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:contract|deal|franchise"
                      r"|tender)s?\b(?:\s*,[^,;.]{1,60},)?\s+(?:was|were|has\s+been|had\s+been)"
                      r"\s+(?:awarded|let|agreed|procured|tendered)\s+by\s+(?:the\s+)?",
                      re.IGNORECASE)
_WINNER_OPENS = lazy_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?(?:has|have)\s+(?:been\s+(?:awarded|chosen"
                             r"|selected|appointed|named)|won|signed)\b|\s*(?:won|secured)\b",
                             re.IGNORECASE)


def _let_by_next(doc: StoryDoc, sentence: Sentence) -> None:
    """"X has been awarded a contract to run ... The contract, worth £40m, was awarded by Y and
    Z": the winner the sentence before opens with, let by the bodies this one names."""
    cue = _LET_BY.match(doc.text, sentence.start, sentence.end)
    before = doc.sentence_before(sentence)
    buyer = mention_at(doc, cue.end(), "Organisation") if cue and before else None
    if buyer is None or buyer.cls not in _BUYER_CLASSES or before is None:
        return
    opening = doc.mentions_in(before, "Organisation")[:1]
    if not opening or opening[0].start - before.start > 4 or opening[0].cls in _NEVER_SUPPLIERS \
            or not _WINNER_OPENS.match(doc.text, opening[0].end, before.end):
        return
    supplier = opening[0]
    buyers = listed_with(doc, [m for m in doc.mentions_in(sentence, "Organisation")
                               if m.start >= buyer.start], buyer, _LIST_GAP)
    money = _MONEY.search(doc.text, sentence.start, sentence.end) or _MONEY.search(
        doc.text, before.start, before.end)
    for one in buyers:
        if one.text != supplier.text and one.cls in _BUYER_CLASSES:
            add_fact(doc, sentence, supplier, "awardedContract", one, extractor=NAME,
                     confidence=0.65, value=money.group(0) if money else None)


_WILL_SERVE_OPENING = lazy_pattern(rf"\s+(?:will|is\s+to|is\s+set\s+to)\s+(?:now\s+)?"
                                  rf"(?:{_SERVICE_VERB}|carry\s+out|take\s+over)\b", _FLAGS)
_BUYER_SAID = lazy_pattern(r",\s*(?:the\s+)?(?P<buyer>[^,;]{2,120}?)\s+(?:said|says|announced"
                           r"|confirmed)\b[^,;]{0,40}[.]?\s*$", _FLAGS)


def _will_serve_said(doc: StoryDoc, sentence: Sentence) -> None:
    """"Doccla will provide virtual ward equipment across the county, NHS Hampshire and Isle of
    Wight ICB said": the firm the sentence opens with works for the body reporting it."""
    orgs = doc.mentions_in(sentence, "Organisation")
    said = _BUYER_SAID.search(doc.text, sentence.start, sentence.end)
    if not orgs or said is None or orgs[0].start - sentence.start > 4 \
            or orgs[0].cls != "Company" \
            or not _WILL_SERVE_OPENING.match(doc.text, orgs[0].end, sentence.end):
        return
    buyer = mention_at(doc, said.start("buyer"), "Organisation")
    if buyer is None and re.fullmatch(r"(?i:trust|ICB|CCG|council)", said["buyer"]):
        buyer = definite_org(doc, "the " + said["buyer"], said.start("buyer"))
    if buyer is not None and buyer.end == said.end("buyer") and buyer.cls in _BUYER_CLASSES \
            and buyer.cls != "Hospital":
        add_fact(doc, sentence, orgs[0], "awardedContract", buyer, extractor=NAME,
                 confidence=0.6)


_PAYING_BODIES = lazy_pattern(r"(?P<count>two|three|four|five|six|both)\s+(?P<noun>trusts|CCGs"
                              r"|ICBs)\b", _FLAGS)


def _paid_by(doc: StoryDoc, sentence: Sentence) -> None:
    """"PwC was paid £500,000 by the trust for advice", "X, which was hired by the trust":
    the firm before, the payer after."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for cue in _PAID_BY.finditer(text, sentence.start, sentence.end):
        supplier = next((m for m in orgs if m.end <= cue.start()
                         and text[m.end:cue.start()].strip(" ,") in {"", "which"}), None)
        buyer = mention_at(doc, cue.end(), "Organisation")
        plural = _PAYING_BODIES.match(text, cue.end(), sentence.end) if buyer is None else None
        buyers = coordinated_trusts(doc, cue.start(), plural_count(plural["count"]),
                                    PLURAL_NOUN_CLASSES.get(plural["noun"].lower(), TRUSTS)) \
            if plural else [buyer] if buyer is not None else []
        if supplier is None or not buyers or any(m.cls not in _BUYER_CLASSES for m in buyers):
            continue
        for one in listed_with(doc, orgs, supplier, _LIST_GAP, after=False):
            for payer in buyers:
                _paid_for(doc, sentence, one, payer, _MONEY.search(text, cue.start(), cue.end()),
                          _is_advice(doc, sentence, one))


def _which_buyer_paid(doc: StoryDoc, sentence: Sentence) -> None:
    """"X, which the trust paid £410,000 to draft the case": X was paid by the body the
    relative clause names."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for supplier in orgs:
        which = _WHICH_OPENS.match(text, supplier.end, sentence.end)
        buyer = mention_at(doc, which.end(), "Organisation") if which else None
        paid = _PAID_MONEY.match(text, buyer.end, sentence.end) if buyer is not None else None
        if paid is None or buyer is None or buyer.cls not in _BUYER_CLASSES:
            continue
        _paid_for(doc, sentence, supplier, buyer, _MONEY.search(paid.group(0)),
                  _is_advice(doc, sentence, supplier))


_THE_FIRM_END = lazy_pattern(r"\bthe\s+(?:consultancy|consultants|firm|company|supplier"
                             r"|contractor)(?:\s+firm)?\s*$", _FLAGS)
""""Y hired the firm": the company the sentence before named."""


def _spending(doc: StoryDoc, sentence: Sentence) -> None:
    """"The trust spent £2m with X", "Y paid X £400,000", "Y hired consultancy X": money or a
    hire from a body to a supplier is a contract, whoever the clause starts with."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for verb in _SPENT.finditer(text, sentence.start, sentence.end):
        supplier = next((m for m in orgs if 0 <= m.start - verb.end() <= 2), None)
        name = _NAME.match(text, verb.end(), sentence.end) if supplier is None else None
        end = name.end() - (text[name.end() - 1] == ".") if name else 0
        if name and not mention_at(doc, name.start(), "Person") and re.match(
                r"\s*(?:£|to\b|for\b|,|\.|during\b|in\s+\d)", text[end:sentence.end]):
            supplier = new_company(doc, NAME, name.start(), end)
        if supplier is None and _THE_FIRM_END.search(verb.group(0)):
            earlier = [m for m in doc.mentions_before(sentence.start, "Organisation")
                       if m.cls == "Company" and m.start >= _previous_start(doc, sentence)]
            supplier = earlier[-1] if earlier else None
        if supplier is None:
            continue
        aside = [(sentence.start + s, sentence.start + e)
                 for s, e in relative_clauses(sentence.text, verb.start() - sentence.start)]
        before = [m for m in orgs if m.end <= verb.start() and m.cls in _BUYER_CLASSES
                  and m.text != supplier.text and not any(s <= m.start < e for s, e in aside)]
        buyer = before[-1] if before else None
        plural = _PLURAL_PAYERS.search(text, max(sentence.start, verb.start() - 40),
                                       verb.start()) if buyer is None else None
        count = (plural["count"] or plural["count2"]) if plural else None
        payers = (coordinated_trusts(doc, sentence.start, plural_count(count)) if count
                  else coordinated_bodies(doc, sentence.start)) if plural else []
        buyer = buyer or (payers[0] if payers else None)
        if buyer is None:
            head = _DEFINITE_SUBJECT.match(text[sentence.start:verb.start()]) or \
                _DEFINITE_JUST_BEFORE.search(text[sentence.start:verb.start()])
            buyer = definite_org(doc, head.group(1), sentence.start + head.start(1)) \
                if head else pronoun_org(doc, sentence.start) if _IT_OPENING.fullmatch(
                    text, sentence.start, verb.start()) else None
        if buyer is None or buyer.text == supplier.text or _NOT_DONE.search(
                text[max(sentence.start, verb.start() - 40):verb.end()]):
            continue
        money = _MONEY.search(text, sentence.start, sentence.end)
        advice = _is_advice(doc, sentence, supplier)
        buyers = listed_with(doc, before, buyer, _LIST_GAP, after=False) if buyer in before \
            else payers or [buyer]
        suppliers = [m for m in listed_with(doc, orgs, supplier, _LIST_GAP, before=False)
                     if m.cls == "Company"] if supplier in orgs else []
        paid = [(m, money) for m in suppliers or [supplier]] + _sums_in_turn(doc, supplier)
        for one in buyers:
            for firm, sum_paid in paid:
                _paid_for(doc, sentence, firm, one, sum_paid,
                          advice if firm is supplier else _is_advice(doc, sentence, firm))


_NEXT_SUM = lazy_pattern(rf"(?:\s+(?:for|on)\s+[^,;£]{{1,80}}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                         rf"(?:a\s+further\s+|another\s+)?(?P<money>{MONEY})\s+(?:to|with)\s+(?:the\s+)?")


def _sums_in_turn(doc: StoryDoc, supplier: Mention) -> list[tuple[Mention, re.Match[str] | None]]:
    """"paid £2.2m to A, £1.4m to B and £900,000 to C", "£4.3m to A for X and £2.1m to B":
    each firm after the first with its own sum."""
    found: list[tuple[Mention, re.Match[str] | None]] = []
    tail = supplier
    while (step := _NEXT_SUM.match(doc.text, tail.end)) is not None:
        firm = mention_at(doc, step.end(), "Organisation")
        if firm is None or firm.cls != "Company":
            break
        found.append((firm, _MONEY.match(doc.text, step.start("money"))))
        tail = firm
    return found


def _money_to(doc: StoryDoc, sentence: Sentence) -> None:
    """"£3.1m went to PwC for work on X", "A further £1.9m was paid to EY", "Four Eyes
    Insight received £870,000": money to a supplier; the payer is a buyer named before in
    the sentence, else the body the story is about."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    found: list[tuple[Mention, re.Match[str] | None]] = []
    for cue in _MONEY_WENT_TO.finditer(text, sentence.start, sentence.end):
        supplier = mention_at(doc, cue.end(), "Organisation")
        name = _NAME.match(text, cue.end(), sentence.end) if supplier is None else None
        if name and not mention_at(doc, name.start(), "Person"):
            supplier = new_company(doc, NAME, name.start(), name.end())
        if supplier is not None:
            found.append((supplier, cue))
    for cue in _AND_MONEY_TO.finditer(text, found[0][1].end(), sentence.end) if found else ():
        supplier = mention_at(doc, cue.end(), "Organisation")
        if supplier is not None:
            found.append((supplier, cue))
    for cue in _RECEIVED_MONEY.finditer(text, sentence.start, sentence.end):
        supplier = mention_ending_at(doc, cue.start(), "Organisation")
        aside = _WHICH_CLAUSE.search(text, sentence.start, cue.start()) \
            if supplier is None else None
        if aside is not None:
            supplier = mention_ending_at(doc, aside.start(), "Organisation")
        which = _WHICH_JUST_BEFORE.search(text, sentence.start, cue.start()) \
            if supplier is None else None
        if which is not None:
            supplier = mention_ending_at(doc, which.start(), "Organisation")
            if supplier is None and which["name"] and which["which"] == "which" and not \
                    mention_ending_at(doc, which.end("name"), "Person"):
                supplier = new_company(doc, NAME, which.start("name"), which.end("name"))
        named = _OPENING_NAME.fullmatch(text, sentence.start, cue.start()) \
            if supplier is None else None
        if named and not doc.starting_at(named.start("name")):
            supplier = new_company(doc, NAME, named.start("name"), named.end("name"))
        if supplier is not None:
            found.append((supplier, cue))
    for supplier, cue in found:
        if supplier.cls in _BUYER_CLASSES or _is_purchaser(supplier):
            continue
        payer = _FROM_PAYER.match(text, cue.end(), sentence.end)
        named = mention_at(doc, payer.end(), "Organisation") if payer else None
        counted = _COUNTED_PAYERS.match(text, payer.end(), sentence.end) \
            if payer and named is None else None
        payers = listed_with(doc, orgs, named, _LIST_GAP, before=False) + _other_payers(
            doc, sentence, named) if named is not None and named.cls in _BUYER_CLASSES else \
            coordinated_trusts(doc, sentence.start, plural_count(counted["count"])) \
            if counted else []
        before = [m for m in orgs if m.end <= cue.start() and m.cls in _BUYER_CLASSES
                  and m.start >= supplier.end]
        before = before or [m for m in orgs if m.end <= cue.start() and m.cls in _BUYER_CLASSES]
        if counted and not payers:
            continue
        buyers = payers or before[-1:] or _buyers_before(doc, sentence) or [
            topic_org(doc, NHS_BODIES - _SUPPLIER_CLASSES)]
        advice = _is_advice(doc, sentence, supplier)
        for buyer in buyers:
            if buyer is not None and (buyer.key or buyer.text) != (supplier.key or supplier.text):
                _paid_for(doc, sentence, supplier, buyer,
                          _MONEY.search(text, cue.start(), cue.end()), advice)


def _other_payers(doc: StoryDoc, sentence: Sentence, payer: Mention) -> list[Mention]:
    """"paid £96,000 by A and £74,000 by B": the payers of the sums listed after ``payer``."""
    found: list[Mention] = []
    cue = _AND_MONEY_BY.match(doc.text, payer.end, sentence.end)
    while cue is not None:
        other = mention_at(doc, cue.end(), "Organisation")
        if other is None or other.cls not in _BUYER_CLASSES:
            break
        found.append(other)
        cue = _AND_MONEY_BY.match(doc.text, other.end, sentence.end)
    return found


def _buyers_before(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """"Y paid X £2.1m. A further £780,000 was paid to Z": the bodies the sentence before
    paid are the payers of money whose payer is not named."""
    before = doc.sentence_before(sentence)
    if before is None:
        return []
    buyers = {(f.object.key or f.object.text): f.object for f in doc.facts
              if f.predicate == "awardedContract" and f.evidence.start == before.start
              and isinstance(f.object, Mention)}
    return list(buyers.values())


_RIVAL_BEFORE = lazy_pattern(
    r"\b(?:(?:rival|other|competing|losing|unsuccessful)\s+(?:bids?|bidders?)(?:\s+(?:from|by))?"
    r"|(?:attracted|drew|received)\s+(?:[\w-]+\s+){0,2}?bids?\s+from|bidders?\s+(?:including|included|were|such\s+as)"
    r"|beat(?:s|ing|en)?(?:\s+(?:a|the|off))?(?:\s+(?:rival|competing))?(?:\s+bids?\s+from)?"
    r"|competition\s+from|ahead\s+of|rather\s+than|instead\s+of|replacing|(?<=,\s)which\s+replaces"
    r"|(?:take|took|taking|takes)\s+over\s+(?:[\w-]+\s+){0,4}?from)"
    r"\s+(?:the\s+)?(?:(?:a\s+)?(?:partnership|consortium|joint\s+venture)\s+(?:of|between)\s+"
    r"(?:the\s+)?)?(?:(?-i:[a-z][\w-]*\s+){0,2}(?:provider|company|firm|operator|consultancy"
    r"|supplier|contractor|incumbent)\s+)?$", _FLAGS)


_ALSO_BID = lazy_pattern(r"\s+(?:also\s+|had\s+|have\s+|unsuccessfully\s+)*(?:bid|bidded|tendered"
                         r"|competed|lost\s+out)\b", _FLAGS)


def _rivals(doc: StoryDoc, sentence: Sentence, orgs: list[Mention]) -> set[Mention]:
    """Bidders that lost ("attracted bids from A and B", "beating C") and incumbents a winner
    "takes over from": named beside a contract, but none of its parties."""
    found = _named_after(doc, sentence, orgs, _RIVAL_BEFORE, 60)
    for org in orgs:
        if org not in found and _ALSO_BID.match(doc.text, org.end, sentence.end):
            found.update(listed_with(doc, orgs, org, _LIST_GAP, after=False))
    return found


def _named_after(doc: StoryDoc, sentence: Sentence, orgs: list[Mention], cue: re.Pattern[str],
                 reach: int) -> set[Mention]:
    """The bodies named right after ``cue`` (within ``reach`` characters) and those listed
    after each of them: "bids from A and B", "owned by A and B"."""
    found: set[Mention] = set()
    for org in orgs:
        if org not in found and cue.search(doc.text, max(sentence.start, org.start - reach),
                                           org.start):
            found.update(listed_with(doc, orgs, org, _LIST_GAP, before=False))
    return found


def _in_aside(sentence: Sentence, org: Mention) -> bool:
    """"X, which runs A, B and C, signed a deal": A, B and C are no party to it."""
    return any(sentence.start + a <= org.start < sentence.start + b
               for a, b in relative_clauses(sentence.text, len(sentence.text)))


def _is_advice(doc: StoryDoc, sentence: Sentence, supplier: Mention) -> bool:
    """Paid work is advice when the sentence speaks of consultancy, advice or turnaround, or
    the supplier is a consultancy."""
    return bool(_CONSULTANCY.search(sentence.text) or CONSULTANCY_NAME.search(supplier.text)
                or (supplier.key or supplier.text) in consultancies(doc))


_CLAUSE_JOIN = lazy_pattern(r",\s+(?:and|while|but|whereas)\s|;\s", _FLAGS)
""""signed a deal with X to replace its system, and appointed Y to advise": one clause each."""


def _advisory_deal(doc: StoryDoc, sentence: Sentence, supplier: Mention) -> bool:
    """A contract won by a consultancy is advice when its purpose is ("turnaround support", "to
    improve patient flow", "its transformation partner"), not when the firm runs a service."""
    before = doc.text[sentence.start:max(sentence.start, supplier.start)]
    after = doc.text[min(max(supplier.end, sentence.start), sentence.end):sentence.end]
    joins = list(_CLAUSE_JOIN.finditer(before))
    before = before[joins[-1].end():] if joins else before
    join = _CLAUSE_JOIN.search(after)
    after = after[:join.start()] if join else after
    return bool(_ADVISORY_PURPOSE.search(before + after)) and (
        CONSULTANCY_NAME.search(supplier.text) is not None
        or (supplier.key or supplier.text) in consultancies(doc))


def _paid_for(doc: StoryDoc, sentence: Sentence, supplier: Mention, buyer: Mention,
              money: re.Match[str] | None, advice: bool) -> None:
    """Paid work is a contract; a consultancy's paid work is advice as well (the corpus gives
    a paid consultancy both relations)."""
    if advice:
        add_fact(doc, sentence, supplier, "advises", buyer, extractor=NAME, confidence=0.7)
    add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME, confidence=0.7,
             value=money.group(0) if money else None)


def _paid_publication(doc: StoryDoc, sentence: Sentence) -> None:
    """"A report, prepared for Y by consultancy X at a cost of £275,000": a company wrote a
    piece of work that a body ordered, in a sentence that prices it, so it was paid work."""
    here = [f for f in doc.facts if f.evidence.start == sentence.start
            and isinstance(f.subject, Mention) and isinstance(f.object, Mention)]
    for written in (f for f in here if f.predicate == "authored"):
        supplier = written.subject
        if supplier.category != "Organisation" or not (
                supplier.cls == "Company" or (supplier.key or supplier.text) in consultancies(doc)):
            continue
        for ordered in (f for f in here if f.predicate == "commissioned"
                        and f.object.key == written.object.key):
            if ordered.subject.cls in _BUYER_CLASSES:
                _paid_for(doc, sentence, supplier, ordered.subject,
                          _MONEY.search(sentence.text),
                          (supplier.key or supplier.text) in consultancies(doc))


_WHICH_HOLDS = lazy_pattern(r"\s*,\s*(?:which|who)\s+(?:(?:was|were|has\s+been|had\s+been)\s+"
                           r"(?:awarded|given|handed)|won|holds|held|has\s+won|had\s+won)\b",
                           _FLAGS)
""""PwC will examine the performance of Care UK, which was awarded the contract by X": the
relative clause says whose contract it is."""


def _cooccurring(doc: StoryDoc, sentence: Sentence) -> None:
    """A sentence that states a contract (its noun, and money, a win or "under a contract")
    and names companies and one NHS or council buyer (or, naming none, follows a sentence that
    names one): each company holds a contract with that buyer, at a lower confidence, when no
    construction above read the sentence."""
    body = sentence.text
    if not _CONTRACT.search(body) or not (_MONEY.search(body) or _WON.search(body)
                                          or _UNDER_DEAL.search(body) or _HOLDS.search(body)):
        return
    orgs = [m for m in doc.mentions_in(sentence, "Organisation") if m.cls not in _NOT_PARTIES]
    if any(f.evidence.start == sentence.start and f.predicate in {"awardedContract", "advises"}
           for f in doc.facts):
        return
    rivals = _rivals(doc, sentence, orgs)
    suppliers = [m for m in orgs if (m.cls == "Company" or (m.key or m.text) in consultancies(doc))
                 and m not in rivals]
    if not suppliers and (_THE_CONTRACT.match(body) or _SIGNED_THE_DEAL.search(body)):
        earlier = [m for m in doc.mentions_before(sentence.start, "Organisation")
                   if m.start >= _previous_start(doc, sentence) and (
                       m.cls == "Company" or (m.cls in TRUSTS and _TRUST_WON.match(
                           doc.text, m.end, sentence.start)))]
        suppliers = earlier[-1:]
    holders = [m for m in suppliers if _WHICH_HOLDS.match(doc.text, m.end, sentence.end)]
    suppliers = holders or suppliers
    members = _consortium_members(doc, sentence, orgs)
    suppliers = [m for m in suppliers if m not in members] + members
    in_sentence = [m for m in orgs if m.cls in _BUYER_CLASSES and m not in members]
    listed = listed_with(doc, orgs, in_sentence[0], _LIST_GAP) if in_sentence else []
    buyers = {(m.key or m.text): m for m in (listed if len(listed) == len(in_sentence)
                                            else in_sentence)}
    if not buyers:
        definite = _ANY_DEFINITE_BUYER.search(body) or _DEFINITE_SUBJECT.match(body)
        found = definite_org(doc, definite.group(1), sentence.start + definite.start(1)) \
            if definite else None
        buyers = {(found.key or found.text): found} if found is not None \
            and found.cls in _BUYER_CLASSES else {}
    if not buyers:
        before = doc.sentence_before(sentence)
        earlier = {m.key or m.text: m for m in doc.mentions_in(before, "Organisation")
                   if m.cls in _BUYER_CLASSES} if before else {}
        buyers = earlier if len(earlier) == 1 else {}
        listed = list(buyers.values())
        in_sentence = listed
    if not buyers or (len(buyers) > 1 and len(listed) != len(in_sentence)) \
            or not 1 <= len({m.key or m.text for m in suppliers}) <= max(2, len(members)):
        return
    money = _MONEY.search(body)
    for buyer in buyers.values():
        for supplier in suppliers:
            if (supplier.key or supplier.text) != (buyer.key or buyer.text):
                add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                         confidence=0.5, value=money.group(0) if money else None)


_CONSORTIUM_NAMES = lazy_pattern(r"\bconsortium\s+(?:of|made\s+up\s+of|comprising|including"
                                 r"|led\s+by)\b(?P<names>[^.;]{3,300}?)\s+(?:has|have|is|are|was"
                                 r"|were|won|wins|secured|will)\b", _FLAGS)


def _consortium_members(doc: StoryDoc, sentence: Sentence, orgs: list[Mention]) -> list[Mention]:
    """"A consortium of A, B and the GP federation C has been named preferred bidder": every
    body named before the verb is a member, whatever describes it, and none is a buyer."""
    named = _CONSORTIUM_NAMES.search(doc.text, sentence.start, sentence.end)
    if named is None:
        return []
    return [m for m in orgs if named.start("names") <= m.start < named.end("names")]


def _supplied_to(doc: StoryDoc, sentence: Sentence) -> None:
    """"X supplied agency nurses to Y worth £14m"; "X wins NHS Highland telecare contract";
    "X, appointed by Y, began"; "The supplier, X, is a start-up" (after Y's deal); "Buyer: Y.
    Supplier: X.": forms of a contract that name the supplier first."""
    text, body = doc.text, sentence.text
    orgs = [m for m in doc.mentions_in(sentence, "Organisation") if m.cls not in _NOT_PARTIES]
    for supplier in [m for m in orgs if m.cls == "Company"]:
        buyer = None
        supplied = _SUPPLIED.match(text, supplier.end, sentence.end)
        first = mention_at(doc, supplied.end(), "Organisation") if supplied else None
        buyers = listed_with(doc, orgs, first, _LIST_GAP, before=False) if first in orgs else []
        for other in buyers[1:]:
            if other.cls in _BUYER_CLASSES:
                add_fact(doc, sentence, supplier, "awardedContract", other, extractor=NAME,
                         confidence=0.7)
        buyer = buyers[0] if buyers else None
        wins = _WINS_BUYERS.match(text, supplier.end, sentence.end)
        named = mention_at(doc, wins.end(), "Organisation") if wins else None
        if named is not None and _BUYERS_CONTRACT.match(text, named.end, sentence.end):
            buyer = named
        supplies = _SUPPLIES_WITH.match(text, supplier.end, sentence.end)
        customer = mention_at(doc, supplies.end(), "Organisation") if supplies else None
        if customer is not None and re.match(r"\s+with\b", text[customer.end:sentence.end]):
            buyer = customer
        appointed = _APPOINTED_BY.match(text, supplier.end, sentence.end)
        if appointed:
            buyer = mention_at(doc, appointed.end(), "Organisation")
        if buyer is not None and buyer.cls in _BUYER_CLASSES:
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)
    for buyer in [m for m in orgs if m.cls in _BUYER_CLASSES and m.cls != "Company"]:
        passive = _SUPPLIED_BY.match(text, buyer.end, sentence.end)
        supplier = _supplier_at(doc, sentence, passive.end()) if passive and (
            _MONEY.search(body) or _CONTRACT.search(body) or _UNDER_TERMS.search(body)) else None
        if supplier is not None and supplier.cls == "Company":
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)
    if not _SUPPLIER_WORD(body):
        return
    the_supplier = _THE_SUPPLIER.match(text, sentence.start, sentence.end)
    supplier = mention_at(doc, the_supplier.end(), "Organisation") if the_supplier else None
    if supplier is not None and supplier.cls == "Company":
        for buyer in _earlier_deal_makers(doc, sentence):
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.65)
    field = _SUPPLIER_FIELD.search(text, sentence.start, sentence.end)
    supplier = mention_at(doc, field.end(), "Organisation") if field else None
    buyer_field = _BUYER_FIELD.search(text, max(doc.story.start, sentence.start - 300),
                                      sentence.start) if supplier is not None else None
    buyer = mention_at(doc, buyer_field.end(), "Organisation") if buyer_field else None
    if supplier is not None and buyer is not None:
        add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                 confidence=0.75)


def _services(doc: StoryDoc, sentence: Sentence) -> None:
    """"The company will provide out-of-hours reporting to X"; "Cleaning at X is done by Y":
    a company doing a body's work, in the future or now, holds a contract with it."""
    text = doc.text
    orgs = [m for m in doc.mentions_in(sentence, "Organisation") if m.cls not in _NOT_PARTIES]
    firm = _FIRM_WILL_SERVE.match(text, sentence.start, sentence.end)
    suppliers = [(m, _WILL_SERVE.match(text, m.end, sentence.end)) for m in orgs
                 if m.cls == "Company"]
    if firm is not None:
        found = definite_org(doc, "the firm", sentence.start)
        if found is not None and found.cls == "Company":
            suppliers.append((found, _WILL_SERVE.match(text, firm.end(), sentence.end)))
    for supplier, serve in suppliers:
        buyer = mention_at(doc, serve.end(), "Organisation") if serve else None
        if buyer is not None and buyer.cls in _BUYER_CLASSES:
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)
    buyers = [m for m in orgs if m.cls in _BUYER_CLASSES]
    if any(m.cls != "Hospital" for m in buyers):
        buyers = [m for m in buyers if m.cls != "Hospital"]
    for buyer in buyers:
        done = _WORK_DONE_BY.match(text, buyer.end, sentence.end)
        if done is None or not _WORK_AT.match(text, sentence.start, buyer.start):
            continue
        supplier = mention_at(doc, done.end(), "Organisation")
        name = _NAME.match(text, done.end(), sentence.end) if supplier is None else None
        if name and not doc.starting_at(name.start()):
            supplier = new_company(doc, NAME, name.start(), name.end())
        if supplier is not None and supplier.cls == "Company":
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)
    _hired_for_work(doc, sentence, orgs)


def _done_by_company(doc: StoryDoc, sentence: Sentence) -> None:
    """"B's new record system is supplied by X"; "B has signed a deal for a new service. It will
    be run by X": a company doing work passively stated holds a contract with the buyer named
    before it, or with the one buyer of a sentence before about a deal, when no reading above
    took the sentence."""
    text = doc.text
    if any(f.evidence.start == sentence.start and f.predicate == "awardedContract"
           for f in doc.facts):
        return
    for done in _PASSIVE_SERVICE.finditer(text, sentence.start, sentence.end):
        supplier = mention_at(doc, done.end(), "Organisation")
        if supplier is None or supplier.cls != "Company":
            continue
        before = [m for m in doc.mentions_in(sentence, "Organisation")
                  if m.end <= done.start() and m.cls in _BUYER_CLASSES]
        if any(m.cls == "Hospital" for m in before):
            continue
        buyers = before[-1:] or _earlier_service_buyers(doc, sentence)
        for buyer in buyers:
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.6)


def _earlier_service_buyers(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """The one buyer of the sentence before, when that sentence is about a deal or a
    service changing hands."""
    before = doc.sentence_before(sentence)
    if before is None or not _SERVICE_DEAL.search(before.text):
        return []
    buyers = {m.key or m.text: m for m in doc.mentions_in(before, "Organisation")
              if m.cls in _BUYER_CLASSES}
    return list(buyers.values()) if len(buyers) == 1 else []


def _hired_for_work(doc: StoryDoc, sentence: Sentence, orgs: list[Mention]) -> None:
    """"The trust used a framework to hire X for a £2m upgrade": the body that opens the
    sentence buys the work it hired a company for."""
    text = doc.text
    buyer = orgs[0] if orgs and orgs[0].cls in _BUYER_CLASSES else None
    if buyer is None or not _OPENING_SUBJECT.fullmatch(text, sentence.start, buyer.start):
        return
    for hire in _TO_HIRE.finditer(text, buyer.end, sentence.end):
        if _WISHED.search(text, buyer.end, hire.start()):
            continue
        supplier = mention_at(doc, hire.end(), "Organisation")
        name = _NAME.match(text, hire.end(), sentence.end) if supplier is None else None
        if name and _FOR_WORK.match(text, name.end(), sentence.end) \
                and not doc.starting_at(name.start()):
            supplier = new_company(doc, NAME, name.start(), name.end())
        if supplier is not None and supplier.cls == "Company" \
                and _FOR_WORK.match(text, supplier.end, sentence.end):
            money = _MONEY.search(text, hire.end(), sentence.end)
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7, value=money.group(0) if money else None)


def _earlier_deal_makers(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """The buyer of "signed a £3m deal" (or "outsourced its car parking") in the sentence
    before, when no supplier was named."""
    before = doc.sentence_before(sentence)
    if not before or not (_CONTRACT.search(before.text) or _OUTSOURCED.search(before.text)):
        return []
    return [m for m in doc.mentions_in(before, "Organisation")
            if m.cls in _BUYER_CLASSES][:1]


_TO_THE_PLURAL = lazy_pattern(rf"\b(?:to|for)\s+{PLURAL_BODIES}", _FLAGS)
""""awarded a contract to provide pathology to the two trusts": the trusts named before."""


def _plural_buyers(doc: StoryDoc, sentence: Sentence, supplier: Mention) -> list[Mention]:
    """"Both trusts have signed with X"; "They awarded it to X" after "The three CCGs ...
    tendered": the bodies the plural subject means, when no buyer is named before X."""
    opening = _PLURAL_SUBJECT.match(doc.text, sentence.start, supplier.start)
    served = _TO_THE_PLURAL.search(doc.text, max(supplier.end, sentence.start), sentence.end) \
        if opening is None else None
    if served is not None and not any(m.cls in _BUYER_CLASSES and m is not supplier
                                      for m in doc.mentions_in(sentence, "Organisation")):
        return coordinated_trusts(doc, sentence.start, plural_count(served["count"]),
                                  plural_classes(served))
    if opening is None or any(m.cls in _BUYER_CLASSES for m in doc.mentions_in(
            sentence, "Organisation") if m.end <= supplier.start):
        return []
    if opening["they"]:
        return plural_referent(doc, sentence.start)
    classes = PLURAL_NOUN_CLASSES.get(opening["noun"].lower(), TRUSTS)
    return coordinated_trusts(doc, sentence.start, plural_count(opening["count"]), classes)


def _owners_supplier(doc: StoryDoc, sentence: Sentence) -> None:
    """"The trust's new catering contractor is X": X holds a contract with the trust."""
    for cue in _OWNERS_SUPPLIER.finditer(doc.text, sentence.start, sentence.end):
        buyer = mention_ending_at(doc, cue.start(), "Organisation")
        supplier = mention_at(doc, cue.end(), "Organisation")
        name = _NAME.match(doc.text, cue.end(), sentence.end) if supplier is None else None
        if name and buyer is not None and not doc.starting_at(name.start()):
            supplier = new_company(doc, NAME, name.start(), name.end())
        if buyer is not None and supplier is not None and buyer.cls in _BUYER_CLASSES \
                and supplier.text != buyer.text:
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)


def _commissioned_to_serve(doc: StoryDoc, sentence: Sentence) -> None:
    """"Charity X has been commissioned by the ICB to provide a service": a body
    commissioned to do a buyer's work holds a contract with it."""
    for cue in _COMMISSIONED_TO.finditer(doc.text, sentence.start, sentence.end):
        supplier = mention_ending_at(doc, cue.start(), "Organisation")
        buyer = mention_at(doc, cue.end(), "Organisation")
        if supplier is None or buyer is None or buyer.cls not in _BUYER_CLASSES \
                or (supplier.key or supplier.text) == (buyer.key or buyer.text) \
                or not _TO_SERVE.match(doc.text, buyer.end, sentence.end):
            continue
        add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                 confidence=0.7)


def _framework_place(doc: StoryDoc, sentence: Sentence) -> None:
    """"NHS Supply Chain has added X to its framework"; "X won a place on B's framework": a
    place on a buyer's framework is a contract with it."""
    if _FRAMEWORK_PLACE.search(sentence.text) is None:
        return
    orgs = {m.key or m.text: m for m in doc.mentions_in(sentence, "Organisation")}
    companies = [m for m in orgs.values() if m.cls == "Company"]
    buyers = [m for m in orgs.values() if m.cls in _BUYER_CLASSES]
    if len(buyers) == 1:
        for company in companies:
            add_fact(doc, sentence, company, "awardedContract", buyers[0], extractor=NAME,
                     confidence=0.6)


def _suppliers_contract(doc: StoryDoc, sentence: Sentence) -> None:
    """"Capita's contract with NHS England"; "X's GP service, which is commissioned by B": a
    company's own contract or service names its buyer."""
    for cue in _SUPPLIERS_DEAL.finditer(doc.text, sentence.start, sentence.end):
        supplier = mention_ending_at(doc, cue.start(), "Organisation")
        buyer = mention_at(doc, cue.end(), "Organisation")
        if supplier is not None and buyer is not None and supplier.cls == "Company" \
                and buyer.cls in _BUYER_CLASSES:
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)


_BEHALF_CUE = Cue("behalf of")
_BEEN_BY_CUE = Cue(" been ")
_BIDDER_CUE = Cue("bidder", "preferred provider", "preferred supplier", "preferred operator",
                  "successful provider", "successful supplier", "successful operator",
                  "winning provider", "winning supplier", "winning operator")
_NEW_PROVIDER_CUE = Cue("new provider", "new supplier", "new operator")
_SUPPLIER_OF_CUE = Cue("supplier of", "provider of", "operator of", "contractor of")
_FRAME_CUE = Cue(" by ", "order", " from ", "bidder", "new provider", "new supplier",
                "new operator", "supplier of", "provider of", "operator of", "contractor of",
                "signed with", "agreed with", "struck with")
_SIGNED_WITH = lazy_pattern(r"\b(?:contract|deal|agreement)\s+(?:was|is|were|had\s+been|has\s+been)"
                            r"\s+(?:signed|agreed|struck)\s+with\s+(?:the\s+)?", _FLAGS)
_DELIVERED_BY = lazy_pattern(r"\b(?:delivered|provided|run|operated|supplied|managed)\s+by\s+"
                            r"(?:the\s+)?", _FLAGS)
_ON_BEHALF = lazy_pattern(rf"\s+{ON_BEHALF}", _FLAGS)
_CONTRACTED_BY = lazy_pattern(
    r"\s+(?:has|have|had)\s+been\s+(?:contracted|hired|appointed|engaged|selected|chosen)\s+by\s+"
    r"(?:the\s+)?", _FLAGS)
_TO_SUPPLY = lazy_pattern(r"[^.;]{0,20}?\bto\s+(?:provide|run|deliver|carry\s+out|supply|build"
                          r"|operate|manage|clear|maintain|install)\b", _FLAGS)
_ORDER_WITH = lazy_pattern(r"\b(?:placed|places|placing)\s+(?:an?\s+)?(?:[\w£.,-]+\s+){0,3}?"
                           r"orders?\s+with\s+(?:the\s+)?", _FLAGS)
_BOUGHT_FROM = lazy_pattern(r"\b(?:procured|bought|buys|buying|purchased|ordered|leased)\s+"
                            r"[^.;]{2,80}?\s+from\s+(?:the\s+)?", _FLAGS)
_WINNING_BIDDER = lazy_pattern(r"\s+(?:emerged|was\s+named|has\s+been\s+named|was\s+chosen"
                               r"|has\s+been\s+chosen)\s+as\s+the\s+(?:winning|preferred"
                               r"|successful)\s+(?:bidder|provider|supplier|operator)\b"
                               r"[^.;]{0,120}?\bfor\s+(?:the\s+)?", _FLAGS)
_SUPPLIER_OF = lazy_pattern(r"\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:supplier|provider"
                            r"|operator|contractor)\s+of\s+[^,;.]{1,60}?\s+(?:to|for)\s+(?:the\s+)?",
                            _FLAGS)
_NEW_PROVIDER = lazy_pattern(r"\s+(?:has|will\s+have)\s+a\s+new\s+(?:provider|supplier|operator)"
                             r"\b[^.;:]{0,80}:\s*(?:the\s+)?", _FLAGS)


def _supplier_at(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
    """The company named at ``offset``: a known one, or a capitalised name that is nobody."""
    org = mention_at(doc, offset, "Organisation")
    if org is not None:
        return org if org.cls in _SUPPLIER_CLASSES else None
    name = _NAME.match(doc.text, offset, sentence.end)
    if name is None or doc.starting_at(offset):
        return None
    return new_company(doc, NAME, name.start(), name.end())


def _deal_frames(doc: StoryDoc, sentence: Sentence) -> None:
    """Contracts stated by a frame around the two parties: "delivered by B on behalf of A",
    "B has been contracted by A to provide", "A has placed an order with B", "A procured X
    from B", "B emerged as the winning bidder ... for A", "A has a new provider of X: B", "the
    contract was signed with B" (the story's body buys)."""
    text = doc.text
    body = sentence.text
    found: list[tuple[Mention | None, Mention | None]] = []
    for cue in _DELIVERED_BY.finditer(text, sentence.start, sentence.end) \
            if _BEHALF_CUE(body) else ():
        supplier = _supplier_at(doc, sentence, cue.end())
        behalf = _ON_BEHALF.match(text, supplier.end, sentence.end) if supplier else None
        if behalf:
            found.append((supplier, mention_at(doc, behalf.end(), "Organisation")))
    contracted_cue, bidder_cue = _BEEN_BY_CUE(body), _BIDDER_CUE(body)
    provider_cue, supplier_cue = _NEW_PROVIDER_CUE(body), _SUPPLIER_OF_CUE(body)
    for org in doc.mentions_in(sentence, "Organisation"):
        contracted = _CONTRACTED_BY.match(text, org.end, sentence.end) if contracted_cue else None
        buyer = mention_at(doc, contracted.end(), "Organisation") if contracted else None
        if buyer is not None and _TO_SUPPLY.match(text, buyer.end, sentence.end):
            found.append((org if org.cls in _SUPPLIER_CLASSES else None, buyer))
        bidder = _WINNING_BIDDER.match(text, org.end, sentence.end) if bidder_cue else None
        if bidder and org.cls in _SUPPLIER_CLASSES:
            found.append((org, mention_at(doc, bidder.end(), "Organisation")))
        provider = _NEW_PROVIDER.match(text, org.end, sentence.end) if provider_cue else None
        if provider:
            found.append((_supplier_at(doc, sentence, provider.end()), org))
        supplier_of = _SUPPLIER_OF.match(text, org.end, sentence.end) \
            if supplier_cue and org.cls in _SUPPLIER_CLASSES else None
        first = mention_at(doc, supplier_of.end(), "Organisation") if supplier_of else None
        if first is not None:
            found += [(org, buyer) for buyer in listed_with(
                doc, doc.mentions_in(sentence, "Organisation"), first, _LIST_GAP, before=False)]
    for pattern, gate in ((_ORDER_WITH, "order"), (_BOUGHT_FROM, " from ")):
        for cue in pattern.finditer(text, sentence.start, sentence.end) if gate in body else ():
            buyers = [m for m in doc.mentions_in(sentence, "Organisation")
                      if m.end <= cue.start() and m.cls in _BUYER_CLASSES]
            if buyers:
                found.append((_supplier_at(doc, sentence, cue.end()), buyers[-1]))
    for cue in _SIGNED_WITH.finditer(text, sentence.start, sentence.end) \
            if "signed with" in body or "agreed with" in body or "struck with" in body else ():
        buyers = [m for m in doc.mentions_in(sentence, "Organisation")
                  if m.end <= cue.start() and m.cls in _BUYER_CLASSES]
        found.append((_supplier_at(doc, sentence, cue.end()),
                      buyers[-1] if buyers else topic_org(doc, NHS_BODIES - _SUPPLIER_CLASSES)))
    for supplier, buyer in found:
        if supplier is not None and buyer is not None and buyer.cls in _BUYER_CLASSES \
                and (supplier.key or supplier.text) != (buyer.key or buyer.text):
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)


def _previous_start(doc: StoryDoc, sentence: Sentence) -> int:
    """Where the sentence before ``sentence`` starts."""
    before = [s.start for s in doc.sentences if s.end <= sentence.start]
    return before[-1] if before else sentence.start


_SAME_TERMS = lazy_pattern(
    r"\s*(?:,[^,]{1,120},\s*)?(?:has|have|had|will|would)?\s*(?:also\s+|since\s+)?(?:signed\s+up|signed"
    r"|agreed|opted|joined|bought\s+in)\s*(?:up\s+)?(?:to|into|on\s+to|onto)?\s*(?:the\s+)?same\s+"
    r"(?:terms|contract|deal|arrangement|agreement|framework)\b", re.IGNORECASE)


def _same_terms(doc: StoryDoc, sentence: Sentence) -> None:
    """"B, which buys care for the east of the county, has signed up to the same terms": B
    buys from the supplier of the last contract the story stated."""
    earlier = _contracts_before(doc, sentence)
    if not earlier:
        return
    supplier = earlier[-1].subject
    for buyer in doc.mentions_in(sentence, "Organisation"):
        if buyer.cls in _BUYER_CLASSES and _SAME_TERMS.match(doc.text, buyer.end, sentence.end):
            add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                     confidence=0.7)


_TAKES_OVER_UNDER = lazy_pattern(
    r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:will|would|is\s+to|has\s+agreed\s+to|has\s+been\s+asked\s+to)\s+(?:step\s+in"
    r"|take\s+over|take\s+on|continue|provide|run|deliver)|(?:has|have|had)\s+(?:provided|run"
    r"|delivered|supplied))\b[^.;]{0,60}?\bunder\s+(?:a|an|the)\s+[^.;]{0,50}?"
    r"\b(?:contract|deal|agreement)\b", re.IGNORECASE)


_RUNS_DIRECTLY = lazy_pattern(r"\s+(?:(?:will|would|has|have|had|is\s+to)\s+)?(?:run|runs|ran"
                              r"|take\s+over|took\s+over|manage|manages|managed)\s+(?:the\s+)?")


def _takes_over_under(doc: StoryDoc, sentence: Sentence) -> None:
    """"Bedford Hospital will step in under a twelve-month interim contract", "X has provided
    support under a management agreement": the body works for the buyer of the story's last
    contract, else for the body the story is about."""
    earlier = _contracts_before(doc, sentence)
    orgs = doc.mentions_in(sentence, "Organisation")
    for supplier in orgs:
        cue = _TAKES_OVER_UNDER.match(doc.text, supplier.end, sentence.end)
        if cue:
            served = [m for m in orgs if supplier.end < m.start < cue.end()
                      and _RUNS_DIRECTLY.fullmatch(doc.text, supplier.end, m.start)]
            last = served[0] if served else earlier[-1].object if earlier else None
            buyer = last if isinstance(last, Mention) else topic_org(
                doc, NHS_BODIES - _SUPPLIER_CLASSES)
            if buyer is not None and entity_key(buyer) != entity_key(supplier):
                add_fact(doc, sentence, supplier, "awardedContract", buyer, extractor=NAME,
                         confidence=0.6)
            return


_DELIVERED_WITH_SUPPORT = lazy_pattern(
    r"\b(?:implementation|installation|delivery|roll-?out|the\s+work|the\s+project|it|the\s+service)"
    r"\s+(?:will\s+be|is\s+being|is\s+to\s+be|was|has\s+been)\s+(?:handled|delivered|carried\s+out"
    r"|done|led|supported|managed|provided)\s+with\s+(?:the\s+)?(?:support|help)\s+(?:from|of)\s+"
    r"(?:the\s+)?", re.IGNORECASE)


def _delivered_with_support(doc: StoryDoc, sentence: Sentence) -> None:
    """"Implementation will be handled with support from Harbourside, a Salford firm": a partner
    named for the work of the story's last contract shares it (the corpus README's "with
    support from" partner)."""
    earlier = _contracts_before(doc, sentence)
    cue = _DELIVERED_WITH_SUPPORT.search(doc.text, sentence.start, sentence.end) \
        if earlier else None
    partner = mention_at(doc, cue.end(), "Organisation") if cue else None
    if partner is None or partner.cls in NHS_BODIES or any(
            entity_key(partner) == entity_key(f.subject) for f in earlier):
        return
    add_fact(doc, sentence, partner, "awardedContract", earlier[-1].object, extractor=NAME,
             confidence=0.6)


_SUPPORTED_BY = lazy_pattern(
    r"\s+(?:will\s+be|is\s+being|is\s+to\s+be|is|was|has\s+been)\s+(?:supported|assisted"
    r"|helped)\s+by\s+(?:the\s+)?", re.IGNORECASE)
_AND_BY_NEXT = lazy_pattern(r",?\s+and\s+(?:also\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
_WHICH_AFTER = lazy_pattern(r"\s*,\s*which\b|\s+(?:Ltd|Limited|LLP|plc)\b")


def _partner_at(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
    """The body named at ``offset``, or a new company there when a "which" clause shows the
    name is not a person's."""
    named = mention_at(doc, offset, "Organisation")
    if named is not None or doc.starting_at(offset):
        return named
    name = _NAME.match(doc.text, offset, sentence.end)
    if name is None or not _WHICH_AFTER.match(doc.text, name.end(), sentence.end):
        return None
    return new_company(doc, NAME, name.start(), name.end())


def _supported_by(doc: StoryDoc, sentence: Sentence) -> None:
    """"Pennine will be supported by Ormsby, which will provide hosting, and by Trent": the
    partners that support a supplier's work share its contracts."""
    for cue in _SUPPORTED_BY.finditer(doc.text, sentence.start, sentence.end):
        supplier = mention_ending_at(doc, cue.start(), "Organisation")
        first = _partner_at(doc, sentence, cue.end()) if supplier is not None else None
        if first is None:
            continue
        buyers = {entity_key(f.object): f.object for f in doc.facts
                  if f.predicate == "awardedContract" and isinstance(f.object, Mention)
                  and entity_key(f.subject) == entity_key(supplier)}
        partners = [first]
        for more in _AND_BY_NEXT.finditer(doc.text, first.end, sentence.end):
            partner = _partner_at(doc, sentence, more.end())
            if partner is not None:
                partners.append(partner)
        _share_contracts(doc, sentence, partners, buyers, NHS_BODIES)


def _share_contracts(doc: StoryDoc, sentence: Sentence, partners: list[Mention],
                     buyers: dict[str, Mention], excluded: frozenset[str]) -> None:
    """Partners in a supplier's work share its contract with each of its buyers, unless their
    class is one of ``excluded`` (the bodies that buy rather than supply)."""
    for partner in partners:
        if partner.cls in excluded or entity_key(partner) in buyers:
            continue
        for buyer in buyers.values():
            add_fact(doc, sentence, partner, "awardedContract", buyer, extractor=NAME,
                     confidence=0.6)


_JOINTLY_WITH = lazy_pattern(
    r"\b(?:jointly|together)\s+with\s+(?:the\s+)?"
    r"|\bbid\s+(?:jointly\s+)?alongside\s+(?:the\s+)?"
    r"|\bin\s+(?:a\s+)?partnership\s+with\s+(?:the\s+)?"
    r"|,\s+with\s+(?=[A-Z][\w&’'.-]*(?:\s+[A-Z&][\w&’'.-]*){0,4}\s+(?:providing|supplying"
    r"|running|delivering|handling|operating|doing|managing)\b)")
_APPOSED_AND_NEXT = lazy_pattern(r"\s*,\s*(?:an?|the)\s+[^,;.]{1,80},\s*and\s+(?:the\s+)?")
_AND_DOING_NEXT = lazy_pattern(r",?\s+and\s+(?:the\s+)?(?=[A-Z][\w&’'.-]*"
                               r"(?:\s+[A-Z&][\w&’'.-]*){0,4}\s+(?:providing|supplying|running|delivering|handling|operating"
                               r"|doing|managing)\b)")


_COMMISSIONERS = frozenset({"NationalBody", "Regulator", "GovernmentDepartment",
                            "IntegratedCareBoard", "IntegratedCareSystem",
                            "ClinicalCommissioningGroup", "LocalAuthority", "NHSBody"})
"""Bodies that buy care: a bid's partners are any others, NHS trusts among them."""


def _short_or_same(mention: Mention, full: Mention) -> bool:
    """"Quantivo" for "Quantivo Diagnostics": a company named again by its first words."""
    short, long = normalise_name(mention.text), normalise_name(full.text)
    return entity_key(mention) == entity_key(full) or long.startswith(short + " ")


def _partnered_with(doc: StoryDoc, sentence: Sentence) -> None:
    """"X's bid was made jointly with Y"; "X will lead the service, with Y providing couriers
    and Z supplying the software": partners in a supplier's bid share its contracts."""
    for cue in _JOINTLY_WITH.finditer(doc.text, sentence.start, sentence.end):
        named = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= cue.start()]
        first = _partner_at(doc, sentence, cue.end()) if named else None
        if first is None:
            continue
        buyers = {entity_key(f.object): f.object for f in doc.facts
                  if f.predicate == "awardedContract" and isinstance(f.object, Mention)
                  and any(_short_or_same(m, f.subject) for m in named)}
        supplier = named[0]
        orgs = doc.mentions_in(sentence, "Organisation")
        partners = listed_with(doc, orgs, first, _LIST_GAP, before=False) \
            if first in orgs else [first]
        for more in _AND_DOING_NEXT.finditer(doc.text, first.end, sentence.end):
            partner = _partner_at(doc, sentence, more.end())
            if partner is not None:
                partners.append(partner)
        apposed = _APPOSED_AND_NEXT.match(doc.text, first.end, sentence.end)
        partner = _partner_at(doc, sentence, apposed.end()) if apposed else None
        partners += [partner] if partner is not None else []
        _share_contracts(doc, sentence, [p for p in partners
                                         if entity_key(p) != entity_key(supplier)],
                         buyers, _COMMISSIONERS)


_SUBCONTRACTS = lazy_pattern(
    r"\s+(?:will\s+|has\s+|have\s+|had\s+|is\s+to\s+|plans\s+to\s+)?(?:also\s+)?subcontract(?:s|ed)?"
    r"\s+[^.;]{1,60}?\s+to\s+(?:the\s+)?", re.IGNORECASE)


def _subcontracted(doc: StoryDoc, sentence: Sentence) -> None:
    """"Brightwell will subcontract hospital catering to Sorrel Kitchens": the subcontractor
    holds a contract with the firm that passed the work on."""
    for cue in _SUBCONTRACTS.finditer(doc.text, sentence.start, sentence.end):
        main = mention_ending_at(doc, cue.start(), "Organisation")
        named = _NAME_BEFORE.search(doc.text, sentence.start, cue.start()) if main is None \
            else None
        main = main or (org_named(doc, named.group(1), named.start(1)) if named else None)
        sub = _supplier_at(doc, sentence, cue.end()) if main is not None else None
        if main is not None and sub is not None and entity_key(sub) != entity_key(main):
            add_fact(doc, sentence, sub, "awardedContract", main, extractor=NAME,
                     confidence=0.7)


def _awarded_to(body: str, at: int) -> re.Match[str] | None:
    """The "awarded ... to" that ends right before offset ``at`` of the sentence, if any."""
    return next((m for m in _AWARDED_TO.finditer(body, 0, at) if m.end() == at), None)


def _states_a_deal(text: str, start: int, end: int) -> bool:
    return bool(_CONTRACT.search(text, start, end) and _WON.search(text, start, end))


@extractor("contracts", requires=("mentions.organisation",),
           assigns=("facts.awardedContract", "facts.advises"))
def make_contracts() -> object:
    def contracts(doc: StoryDoc) -> StoryDoc:
        for sentence in clauses(doc.sentences, _states_a_deal):
            body = sentence.text
            if _SPEND_CUE(body):
                _spending(doc, sentence)
                _paid_by(doc, sentence)
                _which_buyer_paid(doc, sentence)
            if "£" in body:
                _money_to(doc, sentence)
                if _COST.search(body):
                    _paid_publication(doc, sentence)
            if "’s" in body or "'s" in body:
                _owners_supplier(doc, sentence)
                _suppliers_contract(doc, sentence)
            _supplied_to(doc, sentence)
            _services(doc, sentence)
            if _FRAME_CUE(body):
                _deal_frames(doc, sentence)
            if _PASSIVE_CUE(body):
                _done_by_company(doc, sentence)
            if "framework" in body:
                _framework_place(doc, sentence)
            if "commissioned by" in body:
                _commissioned_to_serve(doc, sentence)
            if " same " in body:
                _same_terms(doc, sentence)
            if "under " in body:
                _takes_over_under(doc, sentence)
            if "subcontract" in body:
                _subcontracted(doc, sentence)
            if " support from " in body or " help from " in body:
                _delivered_with_support(doc, sentence)
            if "ed by " in body:
                _supported_by(doc, sentence)
            if " by " in body and body.lstrip().startswith("The "):
                _let_by_next(doc, sentence)
            if " said" in body or " announced" in body or " confirmed" in body:
                _will_serve_said(doc, sentence)
            if " with " in body or " alongside " in body:
                _partnered_with(doc, sentence)
            if not _DEAL_CUE(body):
                continue
            if _NOT_DONE.search(body):
                continue
            before = doc.sentence_before(sentence)
            deal_before = bool(before) and _DEAL_NOUN.search(before.text) is not None
            if not (((_CONTRACT.search(body) or deal_before) and _WON.search(body))
                    or _CHOSEN_TO.search(body)
                    or (_UNDER_DEAL.search(body) and (_SERVES.search(body)
                                                     or _DONE_BY.search(body)))):
                _cooccurring(doc, sentence)
                continue
            supplier = _supplier(doc, sentence)
            if supplier is None or (supplier.cls in _BUYER_CLASSES and _SIGNED_THE_DEAL.search(
                    body) and not _awarded_to(body, supplier.start - sentence.start)
                    and not _BEEN_AWARDED.match(doc.text, supplier.end, sentence.end)
                    and not any(m.cls == "Company"
                                for m in doc.mentions_in(sentence, "Organisation"))):
                _cooccurring(doc, sentence)
                continue
            buyer, confidence = _buyer(doc, sentence, supplier)
            if buyer is not None and _AUTHORS_WORK.match(doc.text, buyer.end):
                buyer = next((m for m in doc.mentions_in(sentence, "Organisation")
                              if m.start > buyer.end and m is not supplier
                              and m.cls in _BUYER_CLASSES), None)
            if buyer is not None and buyer.cls == "Company" and _led_by(doc, sentence, supplier):
                buyer = next((m for m in doc.mentions_in(sentence, "Organisation")
                              if m.cls in _BUYER_CLASSES and m.end <= supplier.start), None)
            if buyer is None or buyer.text == supplier.text or (
                    _is_purchaser(supplier) and buyer.cls != "Company") or (
                    confidence <= 0.6 and supplier.cls in _BUYER_CLASSES):
                continue
            if (supplier.cls in _BUYER_CLASSES or _is_purchaser(supplier)) \
                    and buyer.cls in _SUPPLIER_CLASSES:
                supplier, buyer = buyer, supplier
            if supplier.cls in _NEVER_SUPPLIERS:
                continue
            orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                    if m.cls not in _NOT_PARTIES]
            members = _CONSORTIUM_OF.search(body, 0, supplier.start - sentence.start)
            chose = _CHOSE.search(body, 0, supplier.start - sentence.start) or next(
                (m for m in _DEAL_WITH.finditer(body, 0, supplier.start - sentence.start)
                 if m.end() == supplier.start - sentence.start), None)
            chosen = chose is not None and chose.end() == supplier.start - sentence.start
            handed = _HANDED.search(body, 0, supplier.start - sentence.start) is not None
            awarded_to = _awarded_to(body, supplier.start - sentence.start)
            if awarded_to is not None or chosen or handed:
                _name_listed(doc, sentence, supplier)
                orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                        if m.cls not in _NOT_PARTIES]
            suppliers = listed_with(doc, orgs, supplier, _LIST_GAP,
                                    after=members is not None or chosen or handed
                                    or awarded_to is not None) \
                if supplier in orgs else [supplier]
            if awarded_to is not None and members is None:
                suppliers = [m for m in suppliers if m is supplier
                             or m.cls in _SUPPLIER_CLASSES | TRUSTS]
            suppliers += _helpers(doc, orgs, supplier)
            rivals = _rivals(doc, sentence, orgs)
            suppliers = [m for m in suppliers if m not in rivals]
            if buyer in rivals:
                continue
            asides = [(sentence.start + a, sentence.start + b)
                      for a, b in relative_clauses(body, len(body))]
            outside = [m for m in orgs if m is buyer or not any(a <= m.start < b
                                                                for a, b in asides)]
            buyers = listed_with(doc, outside, buyer, _LIST_GAP) if buyer in outside \
                else [buyer]
            if confidence == 0.6:
                buyers = _earlier_buyers(doc, sentence)
            plural = _plural_buyers(doc, sentence, supplier)
            if plural:
                buyers = plural
            money = _MONEY.search(body)
            for one in suppliers:
                for other in buyers:
                    if one.text != other.text and other not in suppliers \
                            and other.cls not in {"Company", "Regulator", "NewsOutlet"}:
                        if _advisory_deal(doc, sentence, one):
                            add_fact(doc, sentence, one, "advises", other, extractor=NAME,
                                     confidence=confidence)
                        add_fact(doc, sentence, one, "awardedContract", other, extractor=NAME,
                                 confidence=confidence,
                                 value=money.group(0) if money else None)
        _consortium_awards(doc)
        drop_commissioned_work(doc, NAME)
        return doc
    return contracts


_LIST_NEXT = lazy_pattern(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)")


def _name_listed(doc: StoryDoc, sentence: Sentence, first: Mention) -> None:
    """"awarded contracts to Serco, Sitel and Capita": every name listed after the first
    supplier is a company, known to the reference data or not."""
    end = first.end
    while (gap := _LIST_NEXT.match(doc.text, end, sentence.end)) is not None:
        known = mention_at(doc, gap.end(), "Organisation")
        if known is None and mention_at(doc, gap.end(), "Person") is None:
            name = _NAME.match(doc.text, gap.end(), sentence.end)
            known = new_company(doc, NAME, name.start(), name.end()) if name else None
        if known is None:
            return
        end = known.end


_MEMBERS_APPOSED = lazy_pattern(
    r"\s*,\s*(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|joint\s+venture|partnership)\s+"
    r"(?:of|between|made\s+up\s+of|comprising)\s+(?:the\s+)?", _FLAGS)


_LEADER_PARTNERS = lazy_pattern(r"\s*,?\s*(?:and\s+)?(?:including|with|alongside|and)\s+"
                                r"(?:the\s+)?", _FLAGS)
""""a consortium led by A, including B and C": the partners after the leader."""


_AUTHORS_WORK = lazy_pattern(r"\s+(?:report|review|study|analysis|survey|audit|investigation)\b",
                             _FLAGS)
""""A National Audit Office report criticised NHS England's contract with Capita": the
author of a report is no party to the contract it describes."""
_HANDED = lazy_pattern(r"\b(?:awarded|awards|handed|hands|given|gives|granted|grants)\s+"
                       r"(?:the\s+)?$", _FLAGS)
""""Y has awarded A and B a joint contract": every firm listed right after the verb."""
_LEADER_BEFORE = lazy_pattern(r"(?:led|headed|fronted)\s+by\s+(?:the\s+)?$", _FLAGS)


def _led_by(doc: StoryDoc, sentence: Sentence, supplier: Mention) -> bool:
    """Whether ``supplier`` leads a consortium: "a consortium led by X"."""
    return _LEADER_BEFORE.search(doc.text, max(sentence.start, supplier.start - 20),
                                 supplier.start) is not None


def _consortium_awards(doc: StoryDoc) -> None:
    """"X, a consortium of A and B, won the deal from Y": what the consortium won, its members
    won too (the sentence names them)."""
    for fact in [f for f in doc.facts if f.predicate == "awardedContract"
                 and isinstance(f.object, Mention)]:
        supplier = fact.subject
        sentence = next((s for s in doc.sentences if s.start <= supplier.start < s.end), None)
        described = _MEMBERS_APPOSED.match(doc.text, supplier.end) or (
            _LEADER_PARTNERS.match(doc.text, supplier.end)
            if sentence is not None and _led_by(doc, sentence, supplier) else None)
        first = mention_at(doc, described.end(), "Organisation") if described else None
        if first is None or sentence is None or sentence.start != fact.evidence.start:
            continue
        orgs = doc.mentions_in(sentence, "Organisation")
        for member in listed_with(doc, orgs, first, _LIST_GAP, before=False):
            if (member.key or member.text) not in {supplier.key or supplier.text,
                                                   fact.object.key or fact.object.text}:
                add_fact(doc, sentence, member, "awardedContract", fact.object, extractor=NAME,
                         confidence=fact.evidence.confidence, value=fact.value)
