"""Organisation mentions: the gazetteer, acronyms the text defines, and name patterns."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.context import GENERIC_NAME_WORDS, NUMBER_WORDS, mention_ending_at, spelt_org
from kg.extract.doc import StoryDoc
from kg.extract.gazetteer import Gazetteer, OrgRecord, load_gazetteer
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern, normalise_name, whole_words
from kg.model import Mention
from kg.startup_cache import compile_pattern

__all__ = ["OrganisationFinder", "class_from_suffix", "without_leading_words"]

_CAP_WORD = r"(?:[A-Z][\w’'.&-]*|St)"
_JOIN = r"(?:,\s+|\s+(?:and|of|the|for|on|upon|in|&)\s+|\s+)"
_SUFFIXES = (
    r"NHS Foundation Trust|NHS Trust|Foundation Trust|NHS FT|FT|Integrated Care Board|ICB"
    r"|Integrated Care System|ICS|Clinical Commissioning Group|CCG|Health and Care Partnership"
    r"|University Health Board|Teaching Health Board|Health Board"
    r"|Care Partnership|University Hospitals|Hospitals|County Council|Borough Council|Council"
    r"|Ltd|Limited|plc|LLP|Group(?! Practice)|Alliance|Collaborative|Commission|Authority"
    r"|Agency|Institute"
    r"|Consulting|Consultancy|Advisory|Consultants|Solicitors|Actuarial|Partners|Associates"
    r"|Solutions|Healthcare|Health Partners|(?:and|&) Partners|Commissioning Support Unit|Area Team"
    r"|Clinical Senate"
    r"|Provider Collaborative|Foundation|Network|Federation|Partnership|Trusts|Association"
    r"|Primary Care Trust|PCT|Strategic Health Authority|SHA|Trust|Corporation|Inc|CIC"
    r"|LMC|Local Medical Committee|Construction|Scientific|Diagnostics|Technologies|Analytics"
    r"|Logistics|Couriers|Pharmacy|Software|Engineering|Transport|Pathology|Robotics|Police"
    r"|Constabulary"
    r"|Pharmaceuticals|Pharma|Biotech|Biosciences|Therapeutics|Genomics|Staffing|Recruitment"
    r"|Locums|Architects|Contractors|Telecoms|Data|Imaging|Engineers|Automation"
    r"|(?<!Health )(?<!Clinical )(?<!Medical )Research|Economics|&\s+Co(?:mpany)?|AB|GmbH|AG|BV"
    r"|Clinics?|Investments|Equity|Ventures|Charity"
    r"|(?<!NHS )(?<!Health )(?<!Care )(?<!Maternity )(?<!Social )(?<!Children’s )"
    r"(?<!Children's )Services"
    r"|(?:Systems|Digital|Medical|Labs|Laboratories|Technology|Holdings|Capital"
    r"|Communications)(?!\s+[A-Z])"
    r"|University(?!\s+(?-i:[A-Z]))|College London|Medical School|Hospice Care|Hospice"
    r"|Medical Centre|PCN"
    r"|Nursing Home|Care Home|Residential Home"
    r"|Health Centre"
    r"|Medical Practice|Group Practice|(?<!Day )(?<!Cardiac )(?<!Plastic )(?<!Vascular )"
    r"(?<!Orthopaedic )(?<!Paediatric )(?<!Spinal )(?<!Bariatric )(?<!Robotic )(?<!Elective )"
    r"(?<!Emergency )(?<!General )(?<!Dental )(?<!Oral )(?<!Eye )(?<!Cosmetic )(?<!Keyhole )"
    r"(?<!Weight )(?<!Heart )(?<!Cancer )(?<!Breast )(?<!Thoracic )(?<!Trauma )Surgery|Society"
    r"|Journal|Gazette|Echo|Times|Telegraph|Herald|Chronicle|Insider|Observer|Argus|Advertiser"
)
_PATTERN = lazy_pattern(
    rf"\b{_CAP_WORD}(?:{_JOIN}{_CAP_WORD}){{0,7}}?\s+(?:{_SUFFIXES})\b(?!(?<!s)[’'](?!s\b))"
    rf"(?!\s+(?:Advisory|Partners|Consulting|Consultancy|Solutions|Ltd|Limited|plc|LLP"
    rf"|Associates|Technologies|Programme|Program|Plan|Project|Scheme|Fund|Staffing|Recruitment"
    rf"|Locums|Charity)\b)"
)
_LEADING = lazy_pattern(
    r"(?:(?:The|THE|A|An|Former|Outgoing|Consultancy|Consultants|Firm|Supplier|Outsourcer|Contractor|In|At|On|But|And|Or|Its|This|That|Since|For|When|While|After|Before"
    r"|Both|Several|All|Some|Many|Most|These|Those|Such|Which|What|Other|Their|His|Her|Our|Meanwhile|Now|Local|Every|Each|Two"
    r"|Three|Four|Five|Of|By|From|With|To|As|If|Although|Though|Because|Unlike|Until|Under"
    r"|Despite|Once|Whether|Where|Why|How|Yet|So|Also|Even|Only|Today|Yesterday"
    r"|[A-Z][\w’'-]*-based|(?:Two|Three|Four|Five)-way)\s+|(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday),?\s+|(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Professor)\s+"
    r"(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+[’']s\s+)+"
)
_TYPED_ACRONYM_TAILS = frozenset({"ICB", "ICS", "CCG", "PCT", "FT", "CSU"})
_ACRONYM_DEFINITION = lazy_pattern(r"\(([A-Z][A-Za-z&/]{1,9}(?: & [A-Z][A-Za-z]{1,9}"
                                   rf"| (?:{'|'.join(sorted(_TYPED_ACRONYM_TAILS))}))?)\)"
                                   r"|,\s+(?:(?:also|commonly|widely|locally)\s+)?known\s+as\s+"
                                   r"([A-Z][A-Z&]{1,6})(?=\s*[,.;:])")
""""X NHS Foundation Trust (XFT)"; "X NHS Foundation Trust, known as XFT,": the file's own
short name for a body."""
_CONTEXT = lazy_pattern(
    r"\b(?:trusts?|segment|tier|rated|rating|CQC|merge[sd]?|merger|hospitals?|ICBs?|ICSs?"
    r"|systems?|promoted|downgraded|upgraded|relegated|chief|chair(?:man|woman|s|ed)?|director"
    r"|executive|boss)\b", re.IGNORECASE
)
_ACRONYM = lazy_pattern(r"\b[A-Z]{3,6}\b(?![’'-]?\w)")
_COMMON_ACRONYMS = frozenset("""NHS CEO COO CFO CQC ICB ICS CCG PCT SHA STP HSJ BBC EPR PFI VAT KPI
BMA RCN NICE GMC NMC DHSC MPS ITV PPE ICU HDU""".split())
"""Acronyms so common that none is a story's shorthand for a body it names."""
_COMMA_NAME = lazy_pattern(rf"{_CAP_WORD}(?:,\s+{_CAP_WORD})+\s+(?:and|&)\s+{_CAP_WORD}")
""""Wrightington, Wigan and Leigh": a trust's short name with a comma in it."""
_CAP_SPAN = lazy_pattern(rf"{_CAP_WORD}(?:(?:\s+(?:and|of|the|upon|on|&)\s+|\s+){_CAP_WORD})*")
_PLACE = rf"{_CAP_WORD}(?:(?:,\s+|\s+(?:and|of|the|upon|on|&)\s+|\s+){_CAP_WORD})*"
_SYSTEM = lazy_pattern(rf"\b({_PLACE})\s+(?:system|health and care system|ICS area|patch)\b")
_NAME = r"[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?(?:[A-Z][\w&’'.-]*|\d{1,3}\b)){0,3}"
_NAME_WITH_AND = r"[A-Z][\w&’'.-]*(?:\s+(?:&\s+|and\s+)?(?:[A-Z][\w&’'.-]*|\d{1,3}\b)){0,3}"
_COMPANY_NOUNS = (r"company|consultancy|consultants|firm|supplier|start-up|startup|provider"
                  r"|business|subsidiary|social enterprise|charity|developer|contractor|vendor"
                  r"|outsourcer|partnership|federation|joint venture|specialist|giant|insurer"
                  r"|agency|operator|accountants|solicitors|lawyers")
_COMPANY_APPOSITION = lazy_pattern(
    rf"\b({_NAME_WITH_AND})(?:\s*\([A-Z][A-Za-z]{{1,6}}\))?\s*,\s*(?:a|an|the|its|their)\s+"
    rf"(?:(?!(?:at|of|with|for|in|from|on|to|by)\b)"
    rf"[\w’'-]+\s+){{0,5}}?(?:{_COMPANY_NOUNS})\b(?![’'])")
_COMPANY_BEFORE = lazy_pattern(
    rf"\b(?:management\s+|technology\s+|tech\s+|software\s+|US\s+|American\s+)?"
    rf"(?:(?:consultancy|consultants|company|firm|supplier|contractor|vendor|start-up|outsourcer"
    rf"|provider|specialist|giant|accountants|solicitors|lawyers|agency|operator)"
    rf"|(?:(?<=\n)|(?<=\.\s))?(?i:healthcare|care|care\s+home|recruitment|staffing|software"
    rf"|technology|diagnostics|imaging|pharmacy|outsourcing|services|equity|investment)\s+(?:group"
    rf"|chain|business)"
    rf"|(?:(?<=\n)|(?<=\.\s))"
    rf"(?:Consultancy|Consultants|Firm|Supplier|Contractor|Accountants|Solicitors|Lawyers))\s+"
    rf"({_NAME})(?![\w&’'.-]|\s+(?:&\s+)?[A-Z\d])(?!\s+as\s+(?:its\s+|the\s+|an?\s+)?(?:interim\s+"
    rf"|acting\s+|new\s+)?(?:chief|chair|director|medical|finance|nursing|managing)\b)")
_COMPANY_BY_ROLE = (
    lazy_pattern(rf"\b(?i:consultants|advisers|advisors|(?:a\s+)?team|(?:turnaround|management"
                 rf"|financial)\s+(?:experts|specialists))\s+from\s+({_NAME_WITH_AND})"
                 rf"(?=\s+(?:have|has|had|were|was|are|is|will|to)\b|\s*,)"),
    lazy_pattern(rf"\b(?:company|firm|start-up|business|supplier)\s+behind\s+(?:the\s+)?"
                 rf"[^,;.]{{1,40}},\s+({_NAME})(?=\s*,)"),
    lazy_pattern(rf"\b(?:contract|deal)\s*\(({_NAME})\)"),
    lazy_pattern(rf"\b(?:handed|awarded|given|gave|hands|awards|gives)\s+({_NAME})\s+(?:a|the|its"
                 rf"|their)\s+(?:[\w£.,-]+\s+){{0,3}}?(?:contract|deal)\b"),
    lazy_pattern(rf"\b(?:contract|deal)(?:\s+(?:worth|valued\s+at)\s+(?:up\s+to\s+|around\s+"
                 rf"|about\s+)?£[\d.,]+\s*(?:m|bn|k|million|billion)?)?\s+(?:to|with)\s+({_NAME})"
                 rf"(?=[.,;]|\s+(?:in|for|to|from|worth|last|this|on)\b|\s+(?:and|&)\s+(?-i:[A-Z]))"),
    lazy_pattern(rf"\b(?:The|Its|Their)\s+(?:new\s+)?(?:operator|contractor|supplier|builder)\s*,"
                 rf"\s*({_NAME})\s*,"),
    lazy_pattern(rf"\b({_NAME})\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:named\s+"
                 rf"(?:as\s+)?)?(?:the\s+)?(?:preferred|successful|winning)\s+bidder\b"),
    lazy_pattern(rf"\b({_NAME})\s*,\s*which\s+(?:has\s+|had\s+)?(?:won|received|holds|held"
                 rf"|secured|was\s+awarded|has\s+been\s+awarded)\s+(?:a|an|the)\s+"
                 rf"(?:[\w£.,-]+\s+){{0,4}}?(?:contract|deal)s?\b"),
    lazy_pattern(rf"\b({_NAME})\s*,\s*(?:which\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:wholly\s+"
                 rf"|majority[- ]|jointly\s+)?(?:owned|acquired|bought)\s+by|(?:a|the)\s+(?:wholly"
                 rf"[- ]owned\s+)?subsidiary\s+of)\b"),
)
_OWNER_OF_POST = lazy_pattern(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n))({_NAME})[’']s\s+(?:new\s+|interim\s+|acting\s+)?"
    rf"(?:chief\s+executive|chair|managing\s+director)\s*,\s*(?-i:[A-Z])")
""""Locala's chief executive, Jane Kirby, said": a body no suffix marks, named by its post."""
_OWNER_OF_POST_CUE = Cue("’s chief executive,", "'s chief executive,", "’s chair,", "'s chair,",
                         "’s managing director,", "'s managing director,")
_APPOINTING_BODY = lazy_pattern(
    rf"\s*(?:(?:Meanwhile|Separately|Elsewhere),\s+)?({_NAME_WITH_AND})\s+(?:has|have|had)\s+"
    rf"(?:appointed|named|recruited|confirmed|chosen|selected)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor"
    rf"|Prof|Sir|Dame)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}}\s+as\s+(?:its|their)\s")
""""Primary Care Sheffield has appointed Dr Ann Lee as its chief executive": what appoints
someone to be "its" officer is a body, whatever its name."""
_COMPANY_ROLE_CUE = Cue("consultants", "advisers", "advisors", "experts", "specialists", "behind",
                        "contract", "deal", "owned by", "acquired by", "bought by", "subsidiary",
                        "bidder", "operator,", "contractor,", "supplier,", "builder,", "team from")
_FULL_SUFFIX = lazy_pattern(
    r"(?:\s+(?:(?:and|&|of)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:NHS\s+Foundation\s+Trust|NHS\s+Trust"
    r"|Foundation\s+Trust|NHS\s+FT|Group|Partnership|Alliance|Collaborative|Network|Consortium"
    r"|Trusts|Trust))+\b")
_GROUPING = (r"Association|Alliance|Network|Federation|Collaborative|Partnership|Institute"
             r"|Commission|Consortium")
_GROUPING_SUFFIX = lazy_pattern(rf"(?:{_GROUPING})$")
_OF_WHAT = lazy_pattern(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){0,3}"
                        r"[A-Z][\w’'-]*")
_GROUP_OF_NAME = lazy_pattern(
    rf"\b{_CAP_WORD}(?:{_JOIN}{_CAP_WORD}){{0,5}}?\s+(?:{_GROUPING})\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){{0,3}}[A-Z][\w’'-]*$")
_GENERIC = lazy_pattern(r"(?:NHS\s+)?(?:Foundation\s+)?Trusts?|NHS\s+FT|University Hospitals"
                      r"|Hospitals?\s+(?:NHS\s+)?(?:FT|Trusts?|Foundation\s+Trusts?)"
                      r"|(?!.*\b(?:Association|Alliance|Network|Federation|Collaborative|Group"
                      r"|Consortium)\b).*\bTrusts|(?:Private\s+)?(?:Limited|Ltd)|(?:The\s+)?University")
_COMPANY_TAIL = lazy_pattern(rf"(?:\s+{_CAP_WORD}){{0,3}}?\s+(?:Services(?:\s+(?:Ltd|Limited|plc"
                           rf"|LLP))?|UK(?:\s+(?:Ltd|Limited|plc|LLP))?|Ltd|Limited|plc|LLP|Inc"
                           rf"|Corporation|AB|GmbH|AG|BV)\b")
_STATION = lazy_pattern(rf"\s+(?:Radio|Look\s+North|Points\s+West|Midlands\s+Today|South\s+Today"
                        rf"|Spotlight|Inside\s+Out)(?:\s+(?:{_CAP_WORD}|\d{{1,2}}\b)){{0,2}}")
_CLUSTER = lazy_pattern(r"\b(?i:the)\s+((?!(?:PCT|CCG|SHA|ICB|NHS|ICS)\s+cluster\b)"
                        r"(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,3})cluster\b")
_INITIALS_DESCRIBED = lazy_pattern(r"\b(?P<initials>[A-Z]{2,6})\s+"
                                   r"(?P<kind>integrated\s+care\s+(?:board|system))\b")
""""the BSW integrated care board": an area's initials and its body, in lower case."""
_NUMBER_WORDS = frozenset({"Two", "Three", "Four", "Five"})
_NUMBERED_NAME = lazy_pattern(r"\b(?:Network|Partnership|Alliance|Collaborative|Group|Consortium"
                              r"|Federation)$")
"""Names that begin with a number word ("Three Ridings Pathology Network", "Five Boroughs
Partnership") keep it."""
_COLLABORATIVE_TAIL = lazy_pattern(r"\s+provider\s+collaborative\b")
_HEALTH_AND_CARE = lazy_pattern(r"\s+and\s+(?:Social\s+)?Care\b")
_TRADING_TAIL = lazy_pattern(rf"(?:\s+{_CAP_WORD}){{0,2}}?\s+(?:Solutions|Services|Healthcare|Group"
                             rf"|UK|Ltd|Limited|plc|LLP)(?:\s+(?:UK|Ltd|Limited|plc|LLP))*\b")
_AREA_NAME_TAIL = lazy_pattern(r"\s+(?:Health\s+and\s+Care\s+Partnership|Integrated\s+Care\s+System"
                               r"|Sustainability\s+and\s+Transformation\s+Partnership)\b")
_REGION_BEFORE = lazy_pattern(r"\b(?:of|across|in|on|around|near|along)\s+the\s+$"
                              r"|\bYorkshire\s+and\s+the\s+$"
                              r"|\b(?:in|near|around|outside|throughout)\s+$")
_BODIES_IN_REGION = lazy_pattern(r"\b(?:trusts|hospitals|CCGs|ICBs|organisations|providers|bodies"
                                 r"|practices|councils|commissioners)\s+(?:in|across|throughout)\s+"
                                 r"(?:the\s+)?$", re.IGNORECASE)
""""Four acute trusts in Lancashire and South Cumbria": a region, not the trust of that name."""
_GROUP_AFTER = lazy_pattern(
    r"\s+(?:(?:Acute|Provider|Mental\s+Health|Community|Specialist|Hospitals?|Health|Care|Pathology"
    r"|Cancer|Clinical|Elective|Diagnostic)\s+){1,3}(?:Federation|Collaborative|Alliance"
    r"|Partnership|Network|Group|Consortium)\b|\s+Charity\b")
_FIRM_TAIL = lazy_pattern(r"\b(?:Group|Healthcare|Ltd|Limited|plc|LLP|Solutions|Technologies"
                          r"|Consulting|Partners)$")
_PUBLIC_WORDS = lazy_pattern(r"\b(?:NHS|Trusts?|ICB|ICS|CCG|Council|Hospitals?|University"
                             r"|Partnership|System|Board|Authority|Commissioning)\b")
_PERSON_LEAD = lazy_pattern(r"(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Lord|Lady|Baroness"
                          r"|Cllr|Councillor)\.?\s(?:[^,]*,\s+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
                          r"\s+(?:of|from|at)\s+(?=[A-Z]))")
""""Dr X, Shropshire Council's director"; "Professor X of King's College London": a titled
person's name before the body they speak from."""
_NAMED_LEAD = lazy_pattern(r"[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2},\s+(?=[A-Z])")
""""Rachel Okonjo, Shropshire Council's director": a person's name before a body whose
post follows."""
_ROLE_LEAD = lazy_pattern(r"(?:(?:Chief|Executive|Chair|Director|Medical|Finance|Managing|Deputy"
                        r"|Interim|Acting|New)\s+)+(?:for|of|at)\s+(?:the\s+)?")
_AREA_CLASSES = frozenset({"IntegratedCareBoard", "IntegratedCareSystem",
                           "ClinicalCommissioningGroup"})
_AREA_WORDS = lazy_pattern(r"^NHS\s+|\s+(?:Integrated Care (?:Board|System)|ICB|ICS|CCG"
                         r"|Clinical Commissioning Group)$")
_PLACE_AFTER = lazy_pattern(rf"(?:\s+(?:and\s+)?{_CAP_WORD}){{1,3}}")
_NHS_PLACE = lazy_pattern(rf"\bNHS\s+({_CAP_WORD}(?:(?:(?:\s+(?:and|of|the|upon|on|&"
                        rf"|with(?=\s+[A-Z][a-z]+\b(?!\s+[A-Z]))))+\s+|\s+)"
                        rf"(?!NHS\b){_CAP_WORD}){{0,5}})")
_NOT_PLACES = frozenset("""England Improvement Digital Providers Confederation Employers Resolution
Property Supply Business Blood Counter Wales Scotland Trust Foundation Long App Pension Pensions
Jobs Choices Constitution Direct Estates Professionals Test Race Health Leadership Federated
Clinical National Chief Executive Interim Acting Regional Medical The A An In It On At Board
Oversight Standard Standards Patient Patients Staff Five Ten Plus Nightingale Charities Payroll
Shared Commercial Transformation Innovation Ventures Horizons Elect Education Trusts Foundations
Assembly Alliance Race Reset Pay Partners Partnership Leaders Leader Managers Manager Chiefs
Bosses Workforce Data Finance People Reforms Reform Ombudsman IT""".split())
_PLACE_WORDS = rf"{_CAP_WORD}(?:(?:\s+(?:and|of|the|upon|on|&))*\s+{_CAP_WORD}){{0,5}}"
_AREA_BODY = lazy_pattern(
    rf"(?P<place>{_PLACE_WORDS})\s+(?:\((?P<acronym>[A-Z]{{2,6}})\)\s+)?(?:shadow\s+)?"
    r"(?P<kind>ICB|ICS|CCG|STP|integrated care system|integrated care board|Integrated Care "
    r"System|Integrated Care Board|clinical commissioning group|sustainability and "
    r"transformation partnership|Health and Care Partnership)\b(?![’'-]\w)")
_AREA_CUE = Cue("icb", "ics", "ccg", "stp", "integrated care", "commissioning group",
               "transformation partnership", "care partnership", "trusts", "pcts")
_AREA_KINDS = {"icb": "ICB", "ics": "ICS", "ccg": "CCG", "stp": "ICS",
               "integrated care system": "ICS", "integrated care board": "ICB",
               "clinical commissioning group": "CCG",
               "sustainability and transformation partnership": "ICS",
               "health and care partnership": "ICS"}
_KIND_CLASSES = {"ICB": "IntegratedCareBoard", "ICS": "IntegratedCareSystem",
                 "CCG": "ClinicalCommissioningGroup"}
_LIST_ITEM = rf"{_CAP_WORD}(?:(?:\s+(?:and|of|the|upon|on|&))*\s+{_CAP_WORD}){{0,7}}"
_DISTRIBUTED = lazy_pattern(
    rf"(?P<items>(?:{_LIST_ITEM},\s+)+(?:and\s+)?{_LIST_ITEM}|{_LIST_ITEM}\s+and\s+{_LIST_ITEM})"
    r"\s+(?P<suffix>CCGs|ICBs|NHS Trusts|NHS Foundation Trusts|Foundation Trusts|PCTs"
    r"|clinical commissioning groups|Clinical Commissioning Groups)\b")
_COUNTED_LIST = lazy_pattern(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?P<kind>(?i:clinical\s+commissioning\s+groups)|CCGs|(?i:primary\s+care\s+trusts)|PCTs)"
    r"(?:\s+(?:in|of|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?"
    rf"\s*(?:[–—(:]|\s-)\s*(?P<items>{_LIST_ITEM}(?:,\s+(?:and\s+)?{_LIST_ITEM})*"
    rf"(?:,?\s+and\s+{_LIST_ITEM})?)\s*(?=[–—):.;]|\s-\s|$)")
""""The county's four clinical commissioning groups – Lincolnshire East, ... and South
Lincolnshire –": places standing for the bodies the count names."""
_COUNT_WORD = lazy_pattern(r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s")
""""Five Surrey and Sussex CCGs to merge": a count of the area's bodies, not two named ones."""
_DIRECTIONS = frozenset({"North", "South", "East", "West", "Central", "Inner", "Outer"})
_DIRECTED_PLACE = re.compile(r"(?:North|South|East|West|Central|Inner|Outer)\s+([A-Z][\w’'-]*)")
""""North, Central and South Manchester CCGs": lone directions share the last item's place."""
_SINGULAR = {"CCGs": "CCG", "ICBs": "ICB", "NHS Trusts": "NHS Trust",
             "NHS Foundation Trusts": "NHS Foundation Trust",
             "Foundation Trusts": "Foundation Trust", "PCTs": "PCT",
             "clinical commissioning groups": "CCG", "Clinical Commissioning Groups": "CCG"}
_NAMED_AS = lazy_pattern(
    rf"\b(?i:consortium|company|organisation|trust|partnership|body|group|alliance|venture"
    rf"|subsidiary|service|enterprise|firm)\b[^.;]{{0,40}}?\b(?i:under\s+the\s+name|known\s+as"
    rf"|trading\s+as|rebranded\s+as|renamed(?:\s+as)?|(?:will\s+be|to\s+be|is|be)\s+called)"
    rf"\s+[‘'“\"]?({_NAME})")
_SYSTEM_NOUNS = (r"integrated care system|integrated care partnership|ICS|STP|sustainability and"
                 r" transformation partnership|health and care partnership|provider collaborative"
                 r"|collaborative|(?:pathology|clinical|cancer|provider|hospital)\s+network"
                 r"|(?:provider|hospital)\s+alliance")
_BRAND_APPOSITION = (
    lazy_pattern(rf"\b(?P<name>{_NAME_WITH_AND})\s*,\s*(?:the|an?|its)\s+(?:[\w’'-]+\s+){{0,4}}?"
                 rf"(?P<kind>{_SYSTEM_NOUNS})(?![’'-]\w)(?=\s*[,.;)]|\s+(?:for|in|of|covering"
                 rf"|across|which|that|has|is|was|said|says|will)\b)"),
    lazy_pattern(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?|[A-Z][\w-]+[’']s)\s+(?:[\w’'-]+\s+){{0,3}}?"
                 rf"(?P<kind>{_SYSTEM_NOUNS})"
                 rf"\s*(?:,\s*|\s+(?:known|branded|called)\s+as\s+|\s+called\s+)"
                 rf"[‘'“\"]?(?P<name>{_NAME_WITH_AND})(?=[’'”\"]?\s*[,.;)]|\s+(?:has|is|was|said|says"
                 rf"|will|covers|includes|brings)\b)"),
)
"""A body that has a brand name and not an NHS suffix ("Our Dorset, the county's integrated
care system", "the pathology network known as Pathology First"): the apposition says what the
name is, and every later use of it in the file names the body."""
_BRAND_CUE = Cue("integrated care", "ICS", "STP", "transformation partnership",
                  "care partnership", "collaborative", "network", "alliance")
_NAMED_AS_CUE = Cue("under", "known", "trading", "rebranded", "renamed", "called")
"""A word every reading of ``_NAMED_AS`` holds: most sentences have none, and the pattern was
tried at every word of every sentence. Its ``(?i:...)`` also reads "ı" and "İ" as "i", which
lower-casing does not: a sentence holding either is read as before."""
_BODY_TYPE_WORDS = frozenset({"CCG", "CCGs", "ICB", "ICBs", "PCT", "PCTs", "ICS", "ICSs"})
_ROLE_WORDS = frozenset("""Chief Executive Chair Chairman Chairwoman Director Medical Finance
Nursing Officer Deputy Interim Acting Managing Boss Lead CEO CFO COO Bosses Chiefs""".split())
_NOT_PLACE_WORDS = frozenset("""plan strategy framework review report programme scheme fund
funding act bill standard contract service services app website day week year budget""".split())
_SUFFIX_CUE = lazy_pattern(rf"\b(?:{_SUFFIXES})\b")
_SUFFIX_WORDS = Cue("Trust", "FT", "Board", "ICB", "ICS", "CCG", "Partnership", "Hospitals",
                   "Council", "Ltd", "Limited", "plc", "LLP", "Group", "Alliance", "Collaborative",
                   "Commission", "Authority", "Agency", "Institute", "Consult", "Partners",
                   "Associates", "Solutions", "Advisory", "Consultants", "Solicitors", "Actuarial",
                   "Police", "Constabulary",
                   "Healthcare", "Foundation", "Network",
                   "Federation", "Support Unit", "Area Team", "Senate",
                   "Association", "PCT", "SHA", "Corporation", "Inc", "University", "College",
                   "School", "Home",
                   "CIC", "LMC", "Committee", "Construction", "Scientific", "Diagnostics",
                   "Technologies", "Analytics", "Logistics", "Couriers", "Pharmacy", "Software",
                   "Engineering", "Transport", "Pathology", "Systems", "Digital", "Medical",
                   "Labs", "Laboratories", "Technology", "Holdings", "Capital", "Communications",
                   "Health", "System", "Robotics", "Pharma", "Biotech", "Biosciences",
                   "Therapeutics", "Genomics", "Staffing", "Recruitment", "Locums", "Architects",
                   "Contractors", "Telecoms", "Data", "Imaging", "Hospice", "Centre", "Practice",
                   "PCN",
                   "Research", "Economics", "& Co", "AB", "GmbH", "AG", "BV", "Clinic",
                   "Investments", "Equity", "Ventures", "Charity",
                   "Surgery", "Society", "Journal", "Gazette", "Echo", "Times", "Telegraph",
                   "Herald", "Chronicle", "Insider", "Observer", "Argus", "Advertiser", cased=True)
_CONTEXT_CUE = Cue("trust", "segment", "tier", "rat", "cqc", "merge", "hospital", "icb", "ics",
                   "system", "promoted", "graded", "chief", "chair", "director", "executive",
                   "boss")
_SYSTEM_CUE = Cue("system", "patch", "ICS area", cased=True)
_BODY_NOUN_CLASSES = {"charity": "Charity", "union": "TradeUnion", "think tank": "ThinkTank",
                      "thinktank": "ThinkTank", "campaign group": "Organisation",
                      "pressure group": "Organisation", "patient group": "Organisation"}
_BODY_BEFORE = lazy_pattern(rf"\b(charity|union|think tank|thinktank|campaign group|pressure group"
                            rf"|patient group)\s+({_NAME})")
_BODY_NOUN_CUE = Cue("charity", "union", "think", "group")
_SUPPLIER_CUE = Cue("supplier", "bidder", "partner", "provider", "rival", "competitor", "firms",
                    "companies", "consortium", "joint venture")
_BODY_FOR = lazy_pattern(
    rf"\b(?:Centre|Center|Institute|Society|Academy|Foundation|Commission|Alliance|Office)\s+for"
    rf"\s+(?:the\s+)?{_CAP_WORD}(?:(?:\s+(?:and|of|the|&))*\s+(?!NHS\b){_CAP_WORD}){{0,5}}")
_HEALTHWATCH = lazy_pattern(
    rf"\bHealthwatch\s+(?:in\s+)?{_CAP_WORD}(?:\s+(?:(?:and|of|the)\s+)?{_CAP_WORD}){{0,3}}")
_HOSPITALS_OF = lazy_pattern(rf"\b(?:University\s+|Teaching\s+)?Hospitals\s+of\s+(?:the\s+)?"
                             rf"{_CAP_WORD}(?:\s+(?:and\s+)?{_CAP_WORD}){{0,2}}"
                             rf"(?!\s+(?:NHS|Foundation|Trust)\b)")
"""A body named as the hospitals of a place ("University Hospitals of Northamptonshire", a
group of trusts) that the reference data does not hold under that name."""
_UNIVERSITY = lazy_pattern(rf"\bUniversity\s+of\s+(?:the\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}")
_LISTED = rf"{_NAME}(?:\s+(?:plc|Ltd|LLP|Limited))?"
_NAMED_SUPPLIERS = lazy_pattern(
    rf"(?:^|,\s+|\.\s+)(?P<names>{_LISTED}(?:\s*,\s*{_LISTED})*(?:\s*,?\s+and\s+{_LISTED})?)\s+"
    r"(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:named|shortlisted|chosen|selected"
    r"|appointed)\s+as\s+(?:\w+\s+)?(?:suppliers?|bidders?|partners?|providers?)\b")
_RIVALS_INCLUDING = lazy_pattern(
    rf"\b(?:bidders|rivals|competitors|suppliers|firms|companies)\s*,?\s+(?:including|such\s+as)"
    rf"\s+(?P<names>{_LISTED}(?:\s*,\s*{_LISTED})*(?:\s*,?\s+and\s+{_LISTED})?)")
_CONSORTIUM_OF = lazy_pattern(
    rf"\b(?:consortium|joint\s+venture)\s+(?:of|between|made\s+up\s+of|comprising|formed\s+by)"
    rf"\s+(?:the\s+)?(?P<names>{_LISTED}(?:\s*,\s*{_LISTED})*(?:\s*,?\s+and\s+{_LISTED}))")
_LISTED_NAME = lazy_pattern(_LISTED)
_COMPANY_CUE = Cue(*_COMPANY_NOUNS.replace("-", "").split("|"), "group", "chain")
_ACRONYM_TOKEN = lazy_pattern(r"\b[A-Z][A-Za-z&]{1,7}\b")
_MINOR = frozenset({"and", "of", "the", "for", "in", "on", "upon", "&"})
_SUFFIX_CLASSES = (
    (compile_pattern(r"(NHS )?Foundation Trust|FT$"), "NHSFoundationTrust"),
    (compile_pattern(r"NHS Trust$|(?:NHS|University|Teaching|Acute) Hospitals$"
                     r"| and .+ Hospitals$"
                     r"|(?:NHS|Hospitals?|Health ?[Cc]are|Acute|Ambulance|Service|Services)"
                     r" Trust$"),
     "NHSTrust"),
    (compile_pattern(r"Primary Care Trust$|PCT$|Strategic Health Authority$|SHA$"
                     r"|Health Authority$|Family Health Services Authority$|Health Board$"),
     "NHSBody"),
    (compile_pattern(r"Integrated Care Board|ICB$"), "IntegratedCareBoard"),
    (compile_pattern(r"Integrated Care System|ICS$|Care Partnership$"), "IntegratedCareSystem"),
    (compile_pattern(r"Clinical Commissioning Group|CCG$"), "ClinicalCommissioningGroup"),
    (compile_pattern(r"(?:Pathology|Provider|Acute|Cancer|Clinical|Imaging|Diagnostic|Elective"
                     r"|Specialist|Mental Health|Community|Ambulance)"
                     r" (?:Network|Collaborative|Alliance|Partnership)$"), "NHSBody"),
    (compile_pattern(r"Ltd$|Limited$|plc$|LLP$|CIC$|Consulting$|Consultancy$|Advisory$|Partners$"
                     r"|Consultants$|Solicitors$|Actuarial$"
                     r"|Associates$"
                     r"|Solutions$|Healthcare$|Corporation$|Inc$|Construction$|Scientific$|Diagnostics$"
                     r"|Technologies$|Analytics$|Logistics$|Couriers$|Pharmacy$|Software$|Engineering$"
                     r"|Transport$|Systems$|Digital$|Medical$|Labs$|Laboratories$|Technology$|Holdings$"
                     r"|Capital$|Communications$|Robotics$|Pharmaceuticals$|Pharma$|Biotech$"
                     r"|Biosciences$|Therapeutics$|Genomics$|Staffing$|Recruitment$|Locums$"
                     r"|Architects$|Contractors$|Telecoms$|Data$|Imaging$|Engineers$|Automation$"
                     r"|(?<!Health )(?<!Clinical )(?<!Medical )Research$|Economics$|& Co(?:mpany)?$"
                     r"|AB$|GmbH$"
                     r"|AG$|BV$|Clinics?$|Investments$|Equity$|Ventures$"
                     r"|^(?!.* and ).*(?<!University )(?<!Teaching )(?<!Acute )(?<!NHS )Hospitals$"
                     r"|^(?!.*\b(?:NHS|Pathology|Health|Care|Ambulance|Clinical|Community)\b).*Services$"),
     "Company"),
    (compile_pattern(r"Council$"), "LocalAuthority"),
    (compile_pattern(r"(?:Hospice|Charity)$"), "Charity"),
    (compile_pattern(r"(?:Journal|Gazette|Echo|Times|Telegraph|Herald|Chronicle|Insider|Observer|Argus"
                     r"|Advertiser)$"), "NewsOutlet"),
)


_LOOKBACK = 20000
_SERVICE_WORDS = frozenset({"ambulance"})
_TRUST_CLASSES = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust", "Hospital"})
_SITE_APPOSED = lazy_pattern(r",\s+(?:the\s+trust[’']s|its)\s+(?:(?:main|only|largest|biggest|acute"
                             r"|principal|flagship|district\s+general|general)\s+){0,2}"
                             r"(?:site|hospital)\b")
_NOT_NAMES = frozenset({"NHS", "The", "A", "An", "It", "Its", "This", "That", "He", "She", "They"})


_SHORT_NAMED = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust", "Company"})
_SHORT_WORD = lazy_pattern(r"[A-Z][a-z]{3,}|[A-Z][a-z]*-[A-Z]?[a-z]{2,}|[A-Z]{3,5}")
_TRUST_TAIL = lazy_pattern(r"\s+(?:NHS\s+)?(?:Foundation\s+)?Trust\b(?![’'-])")
_NAME_GOES_ON = lazy_pattern(r"\s+(?:[A-Z]|&)|[’']s\s+[A-Z]|-|\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}"
                             r"(?:committee|branch|network|forum|panel|council|collaborative)\b")
_INDEFINITE_BEFORE = lazy_pattern(r"\b(?:[Aa]n?)\s+$")
""""A Medway care home": a place named as a description, not the body of that name."""
_AND_NEXT = lazy_pattern(r"\s+and\s+(?:the\s+)?(?=[A-Z])")
_NOT_A_BODY_BEFORE = lazy_pattern(
    r"(?:\b(?:in|near|around|across|outside|throughout|of\s+central|Mr|Mrs|Ms|Dr|Miss|north|south"
    r"|east|west|central|inner|outer|greater|for)\s+|[A-Z][\w’'-]*\s+|[.’'-]"
    r"|\b(?:Vale|City|Isle|Forest|Borough|Valley)\s+of\s+(?:the\s+)?"
    r"|\b(?:North|South|East|West|Midlands)\s+and\s+(?:the\s+)?)$")


def without_leading_words(text: str, start: int, end: int) -> tuple[int, str]:
    """Drop sentence-opening words ("The", "In", "Both"...) from a capitalised span."""
    leading = _LEADING.match(text, start, end)
    if leading:
        words = leading.group(0).split()
        number = words[-1] in _NUMBER_WORDS and _NUMBERED_NAME.search(text, leading.end(), end)
        start = leading.end() - (len(words[-1]) + 1 if number else 0)
    return start, text[start:end]


@lru_cache(maxsize=65536)
def _without_the(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


_FULL_TRUST_NAME = compile_pattern(r"\s(?:NHS\s+)?(?:Foundation\s+)?Trust$")
_TRUST_SUFFIX = compile_pattern(r"\s+(?:nhs\s+)?(?:foundation\s+)?trust$")


def _stem(name: str) -> str:
    """A normalised trust name without its suffix: what a rename changes."""
    return _TRUST_SUFFIX.sub("", name)


@lru_cache(maxsize=4096)
def _shortens(short: str, name: str) -> bool:
    """Whether ``short`` is made of the starts of two or more of ``name``'s words, in order.

    >>> _shortens("Secamb", "South East Coast Ambulance Service NHS Foundation Trust")
    True
    >>> _shortens("Locala", "Leeds Teaching Hospitals NHS Trust")
    False
    """
    words = re.findall(r"[a-z]+", name.lower())
    target = short.lower()

    def made(at: int, word: int, used: int) -> bool:
        if at == len(target):
            return used >= 2
        return any(target[at:at + size] == words[index][:size] and made(at + size, index + 1,
                                                                       used + 1)
                   for index in range(word, len(words))
                   for size in range(min(len(words[index]), len(target) - at), 0, -1))

    return made(0, 0, 0)


def _initialisms(name: str) -> frozenset[str]:
    """Lower-case initials a journalist might write for a body, with or without its suffix
    (kept for the names met last: every file names the same bodies again).

    >>> sorted(_initialisms("The Shrewsbury and Telford Hospital NHS Trust"))
    ['sath', 'sathnhst', 'satht', 'sth', 'sthnhst', 'stht']
    """
    words = [w for w in re.split(r"[\s,/-]+", name.replace("’", "'").lower()) if w != "the" and w]
    core = [w for w in words if w not in {"nhs", "foundation", "trust", "&"}]
    suffixes = ("", "t", "nhst") + (("ft", "nhsft") if "foundation" in words else ())
    variants = set()
    for skip_minor in (True, False):
        base = "".join(w[0] for w in core if not (skip_minor and w in _MINOR))
        variants.update(base + suffix for suffix in suffixes)
    if "university" in core and "hospitals" in core:
        variants.add("".join(w[0] for w in core if w not in _MINOR and w != "hospitals") + "t")
    if "teaching" in core:
        variants.add("".join(w[0] for w in core if w not in _MINOR and w != "teaching"))
    kinds = [index for index, word in enumerate(core) if word in _SERVICE_WORDS]
    if kinds:
        head = "".join(w[0] for w in core[:kinds[0]] if w not in _MINOR)
        variants.add(head + core[kinds[0]][:3])
    return frozenset(v for v in variants if len(v) >= 3)


def class_from_suffix(name: str) -> str:
    for pattern, cls in _SUFFIX_CLASSES:
        if pattern.search(name):
            return cls
    return "Organisation"



_NIGHTINGALE = lazy_pattern(r"\b(?:NHS\s+Nightingale(?:\s+Hospital)?|Nightingale\s+Hospital)"
                            r"(?:\s+(?:and\s+the\s+|and\s+)?[A-Z][\w’'-]+){1,4}")
""""NHS Nightingale Hospital Yorkshire and the Humber", "NHS Nightingale Birmingham": the
2020 field hospitals, named by a place after the brand."""
_NIHR_BODY = lazy_pattern(
    r"\bNIHR(?:\s+(?:(?-i:[A-Z])[\w&’'-]*|and|&|of|the)){0,5}?\s+(?:Biomedical\s+Research"
    r"\s+(?:Centre|Unit)|Clinical\s+Research\s+(?:Facility|Centre)|Health\s+Protection\s+Research"
    r"\s+Unit|HealthTech\s+Research\s+Centre|BRC|CRF"
    r"|(?:(?:Clinical|Regional)\s+)?Research\s+(?:Delivery\s+)?Network|(?:Applied|Patient\s+Safety)"
    r"\s+Research\s+Collaboration|ARC)(?:(?:(?<=Network)|(?<=Collaboration)|(?<=ARC))(?:\s+(?!(?:Director|Chair"
    r"|Chief|Head|Lead|Professor|Dr|Mr|Mrs|Ms|Sir|Dame)\b)(?-i:[A-Z])[\w&’'-]*){1,3})?")
""""NIHR Leeds Biomedical Research Centre", "NIHR Clinical Research Network North West Coast":
research bodies the national institute funds and a trust hosts, each its own unit."""
_NOT_THE_PAPER = lazy_pattern(r"\s+(?:(?-i:[A-Z])[a-z]|(?:inquiry|review|investigation|panel|report"
                              r"|sector|body|commission)\b)", re.IGNORECASE)
""""The Independent Reconfiguration Panel", "the independent inquiry": no newspaper."""

class OrganisationFinder:
    """Known names first (gazetteer), then acronyms defined in the file, then name shapes."""

    name = "organisations"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._acronyms: dict[str, dict[str, tuple[str | None, str, str]]] = {}
        self._orgs_in_file: dict[str, dict[str, set[tuple[str | None, str, str]]]] = {}
        self._area_initials: dict[tuple[str, str], list[OrgRecord]] = {}
        self._context_names: dict[str, dict[str, str]] = {}
        self._matches_in_file: dict[str, list[tuple[int, int, str]]] = {}

    def __call__(self, doc: StoryDoc) -> StoryDoc:
        text, story = doc.text, doc.story
        if "Nightingale" in text:
            for match in _NIGHTINGALE.finditer(text, story.start, story.end):
                doc.add_mention(Mention(story.id, match.start(), match.end(), match.group(0),
                                        "Organisation", "Hospital", None, "organisations"))
        if "NIHR" in text:
            for match in _NIHR_BODY.finditer(text, story.start, story.end):
                doc.add_mention(Mention(story.id, match.start(), match.end(), match.group(0),
                                        "Organisation", "OrganisationalUnit", None,
                                        "organisations"))
        for start, end, key in self._file_matches(doc):
            if story.start <= start and end <= story.end and not _GROUP_AFTER.match(
                    text, end, story.end):
                record = self.gazetteer.records[key]
                tail = _TRADING_TAIL.match(text, end, story.end) \
                    if record.cls == "Company" else _AREA_NAME_TAIL.match(text, end, story.end) \
                    if record.cls in _AREA_CLASSES else None
                trust = _TRUST_TAIL.match(text, end, story.end) \
                    if record.cls == "Hospital" and record.parent in self.gazetteer.records \
                    else None
                if trust is not None:
                    named = self.gazetteer.lookup(text[start:trust.end()])
                    key = named.key if named is not None and named.cls in _TRUST_CLASSES \
                        else record.parent
                    tail = trust
                station = _STATION.match(text, end, story.end) \
                    if record.cls == "NewsOutlet" else None
                if record.cls == "NewsOutlet" and station is None and text[start:end].startswith(
                        ("The ", "the ")) and (
                        any(word[:1].islower() for word in text[start:end].split()[1:])
                        or _NOT_THE_PAPER.match(text, end, story.end)):
                    self._named_inside(doc, start, min(story.end, end + 120))
                    continue
                if station is not None:
                    doc.add_mention(Mention(story.id, start, station.end(),
                                            text[start:station.end()], "Organisation",
                                            "NewsOutlet", None, "organisations"))
                    continue
                self._add(doc, start, tail.end() if tail else end, key)
        self._add_acronyms(doc, typed=True)
        for sentence in doc.sentences:
            if _AREA_CUE(sentence.text):
                for match in _AREA_BODY.finditer(text, sentence.start, sentence.end):
                    self._add_area_body(doc, match)
                for match in _DISTRIBUTED.finditer(text, sentence.start, sentence.end):
                    self._add_distributed(doc, match)
                for match in _COUNTED_LIST.finditer(text, sentence.start, sentence.end):
                    self._add_counted(doc, match)
            if not _SUFFIX_WORDS(sentence.text):
                continue
            for match in _PATTERN.finditer(text, sentence.start, sentence.end):
                longer = _FULL_SUFFIX.match(text, match.end(), sentence.end)
                if longer is None and _GROUPING_SUFFIX.search(match.group(0)):
                    longer = _OF_WHAT.match(text, match.end(), sentence.end)
                self._add_pattern(doc, match.start(), longer.end() if longer else match.end(),
                                  sentence.end)
        self._add_acronyms(doc, typed=False)
        for sentence in doc.sentences:
            if "NHS " in sentence.text:
                for match in _NHS_PLACE.finditer(text, sentence.start, sentence.end):
                    self._add_nhs_place(doc, match.start(), match.end(1))
            if "integrated care" in sentence.text:
                for match in _INITIALS_DESCRIBED.finditer(text, sentence.start, sentence.end):
                    kind = "ICB" if match["kind"].endswith("board") else "ICS"
                    record = self._by_short_prefix(f"{match['initials']} {kind}")
                    if record is not None:
                        self._add(doc, match.start(), match.end(), record.key)
            if _SYSTEM_CUE(sentence.text):
                for match in _SYSTEM.finditer(text, sentence.start, sentence.end):
                    self._add_system(doc, match.start(1), match.end(1))
            if _CONTEXT_CUE(sentence.text) and _CONTEXT.search(sentence.text):
                for match in _CAP_SPAN.finditer(text, sentence.start, sentence.end):
                    self._add_short(doc, match.start(), match.end())
                for match in _COMMA_NAME.finditer(text, sentence.start, sentence.end):
                    record = self.gazetteer.lookup(match.group(0), short=True)
                    if record is not None and record.cls in _TRUST_CLASSES:
                        self._add(doc, match.start(), match.end(), record.key)
            if _COMPANY_CUE(sentence.text):
                for pattern in (_COMPANY_APPOSITION, _COMPANY_BEFORE):
                    for match in pattern.finditer(text, sentence.start, sentence.end):
                        self._add_company(doc, self._after_known(doc, match.start(1),
                                                                 match.end(1)), match.end(1))
            if " as its " in sentence.text or " as their " in sentence.text:
                opening = _APPOINTING_BODY.match(text, sentence.start, sentence.end)
                if opening and not self._is_place(opening.group(1)) \
                        and not doc.starting_at(opening.start(1)):
                    self._add_company(doc, opening.start(1), opening.end(1), "Organisation")
            if _COMPANY_ROLE_CUE(sentence.text):
                for pattern in _COMPANY_BY_ROLE:
                    for match in pattern.finditer(text, sentence.start, sentence.end):
                        if not self._is_place(match.group(1)):
                            self._add_company(doc, match.start(1), match.end(1))
            if _OWNER_OF_POST_CUE(sentence.text):
                for match in _OWNER_OF_POST.finditer(text, sentence.start, sentence.end):
                    self._add_post_owner(doc, match.start(1), match.end(1))
            if _BODY_NOUN_CUE(sentence.text):
                for match in _BODY_BEFORE.finditer(text, sentence.start, sentence.end):
                    self._add_company(doc, match.start(2), match.end(2),
                                      _BODY_NOUN_CLASSES[match.group(1).lower()])
            if " for " in sentence.text:
                for match in _BODY_FOR.finditer(text, sentence.start, sentence.end):
                    self._add_company(doc, match.start(), match.end(), "Organisation")
            if "Hospitals of " in sentence.text:
                for match in _HOSPITALS_OF.finditer(text, sentence.start, sentence.end):
                    if not doc.starting_at(match.start()):
                        self._add_company(doc, match.start(), match.end(), "Organisation")
            if "University of" in sentence.text:
                for match in _UNIVERSITY.finditer(text, sentence.start, sentence.end):
                    self._add_company(doc, match.start(), match.end(), "Organisation")
            if _SUPPLIER_CUE(sentence.text):
                for pattern in (_NAMED_SUPPLIERS, _RIVALS_INCLUDING, _CONSORTIUM_OF):
                    for match in pattern.finditer(text, sentence.start, sentence.end):
                        for name in _LISTED_NAME.finditer(text, match.start("names"),
                                                          match.end("names")):
                            self._add_company(doc, name.start(), name.end())
            if " cluster" in sentence.text:
                for match in _CLUSTER.finditer(text, sentence.start, sentence.end):
                    self._add_company(doc, match.start(1), match.end(), "Organisation")
            if "Healthwatch" in sentence.text:
                for match in _HEALTHWATCH.finditer(text, sentence.start, sentence.end):
                    end = match.end() - (match.group(0).endswith(".") or 0)
                    end -= 2 if text[end - 2:end] in {"’s", "'s"} else 0
                    self._add_company(doc, match.start(), end, "Organisation")
        for name, cls in self._named_in_file(doc).items():
            for start in whole_words(text, name, story.start, story.end, "’'-"):
                record = self.gazetteer.lookup(name)
                doc.add_mention(Mention(story.id, start, start + len(name), name,
                                        "Organisation", record.cls if record else cls,
                                        record.key if record else None, "organisations"))
        self._add_initialisms(doc)
        self._add_repeats(doc)
        self._add_first_words(doc)
        self._key_short_areas(doc)
        self._key_short_to_named(doc)
        self._split_renamed(doc)
        self._spelt_acronyms(doc)
        return doc

    @staticmethod
    def _spelt_acronyms(doc: StoryDoc) -> None:
        """"RJAH, which runs the orthopaedic hospital": a capitalised acronym the story never
        defines, spelt by the initials of the one body named before it that they begin."""
        text, story = doc.text, doc.story
        for match in _ACRONYM.finditer(text, story.start, story.end):
            if match.group(0) in _COMMON_ACRONYMS or doc.starting_at(match.start()) or any(
                    m.start <= match.start() < m.end for m in doc.near(match.start() - 400,
                                                                      match.start())):
                continue
            body = spelt_org(doc, match.group(0), match.start())
            if body is not None and len(normalise_name(body.text).split()) >= 4:
                doc.add_mention(Mention(story.id, match.start(), match.end(), match.group(0),
                                        "Organisation", body.cls,
                                        body.key or f"name:{body.text}", "organisations"))

    def _split_renamed(self, doc: StoryDoc) -> None:
        """"Colchester Hospital University NHS Foundation Trust ... the new organisation, East
        Suffolk and North Essex NHS Foundation Trust": a trust renamed under one code, named in
        a story by its old full name and by its new one, is two bodies there (the story is
        about the change); the old name, and short forms that begin only it, name the old
        one."""
        by_key: dict[str, list[int]] = {}
        for index, org in enumerate(doc.mentions):
            if org.category == "Organisation" and org.key and org.cls in _TRUST_CLASSES - {
                    "Hospital"}:
                by_key.setdefault(org.key, []).append(index)
        for key, indexes in by_key.items():
            record = self.gazetteer.records.get(key)
            if record is None:
                continue
            label = _without_the(normalise_name(record.label))
            names = {index: _without_the(normalise_name(doc.mentions[index].text))
                     for index in indexes}
            old = {name for index, name in names.items()
                   if _stem(name) != _stem(label) and _FULL_TRUST_NAME.search(
                       doc.mentions[index].text)
                   and self.gazetteer.lookup(doc.mentions[index].text) is record}
            if len(old) != 1 or label not in names.values():
                continue
            old_name = old.pop()
            for index, name in names.items():
                words = name.split()
                if name == old_name or (name != label and old_name.split()[:len(words)] == words
                                        and label.split()[:len(words)] != words):
                    mention = doc.mentions[index]
                    doc.mentions[index] = replace(mention, key=f"name:{old_name}")

    @staticmethod
    def _key_short_areas(doc: StoryDoc) -> None:
        """"Staffordshire ICB" in a headline over "NHS Staffordshire and Stoke-on-Trent ICB":
        an area body the reference data does not know by that name is the one body of its
        kind in the story whose name holds the same place words."""
        known: dict[str, set[tuple[str, str]]] = {}
        for org in doc.mentions:
            if org.category == "Organisation" and org.key and org.cls in _AREA_CLASSES:
                known.setdefault(org.cls, set()).add((org.key, f" {org.text} "))
        if not known:
            return
        for index, org in enumerate(doc.mentions):
            if org.category != "Organisation" or org.key or org.cls not in known:
                continue
            place = _AREA_WORDS.sub("", org.text).strip()
            if not place:
                continue
            keys = {key for key, name in known[org.cls]
                    if re.search(rf"\s{re.escape(place)}[\s,]", name)}
            if len(keys) == 1:
                doc.mentions[index] = replace(org, key=keys.pop())

    def _key_short_to_named(self, doc: StoryDoc) -> None:
        """"Central Manchester University Hospitals NHS Foundation Trust ... Central Manchester
        and South Manchester are in talks": a short form that the reference data gives another
        body (a CCG), which the story never names in full, means the trust named before whose
        name it begins."""
        named = {m.key for m in doc.mentions if m.category == "Organisation" and m.key
                 and m.key in self.gazetteer.records
                 and m.text in self.gazetteer.records[m.key].names}
        for index, org in enumerate(doc.mentions):
            record = self.gazetteer.records.get(org.key) if org.key else None
            if (org.category != "Organisation" or record is None or org.key in named
                    or org.text not in record.short):
                continue
            words = normalise_name(org.text).split()
            earlier = {m.key for m in doc.mentions
                       if m.category == "Organisation" and m.end <= org.start
                       and m.cls in _TRUST_CLASSES and m.key and m.key != org.key
                       and normalise_name(m.text).split()[:len(words)] == words}
            if len(earlier) == 1:
                key = earlier.pop()
                doc.mentions[index] = replace(org, key=key, cls=self.gazetteer.records[key].cls
                                              if key in self.gazetteer.records else org.cls)

    @staticmethod
    def _add_repeats(doc: StoryDoc) -> None:
        """A company found by its context once ("a consortium of A and Locumsure") is the same
        company wherever the story names it again."""
        story = doc.story
        found = {m.text: m for m in doc.mentions
                 if m.category == "Organisation" and m.cls == "Company" and m.key is None
                 and m.extractor == "organisations" and len(m.text) > 3
                 and m.text.lower() not in GENERIC_NAME_WORDS}
        for name, first in found.items():
            for start in whole_words(doc.text, name, first.end, story.end, "-"):
                doc.add_mention(replace(first, start=start, end=start + len(name)))

    def _add_first_words(self, doc: StoryDoc) -> None:
        """"Bridgewater's chief executive", "Tameside and Glossop was advised by": the first
        words of a body named in full earlier in the story, when they start no other body's
        name there and stand alone (not part of a longer name, a person's name or a place
        after "in"). Longer short forms are tried first. Not a hospital's name ("Poole Hospital"
        of "Poole Hospital NHS Foundation Trust"): that names the site."""
        owners: dict[str, set[str]] = {}
        first_use: dict[str, Mention] = {}
        for org in doc.mentions:
            if org.category != "Organisation" or org.cls not in _SHORT_NAMED:
                continue
            words = [w for w in org.text.split() if w not in {"The", "the"}]
            head = words[0].rstrip(",") if words else ""
            if len(words) < 2 or not _SHORT_WORD.fullmatch(head) \
                    or head.lower() in GENERIC_NAME_WORDS or head in _NOT_PLACES:
                continue
            for size in range(1, len(words)):
                last = words[size - 1].lower().rstrip(",")
                if last in _MINOR or words[size - 1].endswith(","):
                    continue
                if last in GENERIC_NAME_WORDS:
                    break
                prefix = " ".join(words[:size])
                if last in {"hospital", "infirmary"} and self.gazetteer.sites_named(prefix):
                    continue
                owners.setdefault(prefix, set()).add(org.key or normalise_name(org.text))
                first_use.setdefault(prefix, org)
        text, story = doc.text, doc.story
        found: dict[int, Mention] = {}
        for prefix in sorted(owners, key=lambda p: (-len(p), p)):
            if len(owners[prefix]) != 1:
                continue
            body = first_use[prefix]
            for start in whole_words(text, prefix, body.end, story.end, "-"):
                end = start + len(prefix)
                if start not in found and not any(m.start < end and start < m.end
                                                  for m in found.values()) and not (
                        _NAME_GOES_ON.match(text, end) or _NOT_A_BODY_BEFORE.search(
                        text, max(story.start, start - 30), start)):
                    found[start] = Mention(story.id, start, end, prefix, "Organisation",
                                           body.cls, body.key or f"name:{body.text}",
                                           "organisations")
        known = {m.start for m in doc.mentions if m.category == "Organisation"} | set(found)
        for mention in sorted(found.values(), key=lambda m: m.start):
            joined = _AND_NEXT.match(text, mention.end)
            if joined is None or joined.end() in known:
                doc.add_mention(mention)

    def _named_in_file(self, doc: StoryDoc) -> dict[str, str]:
        """Bodies the file introduces by context ("logistics company Fennick", "the joint venture
        will trade as Moorside Care"): every later use of the name in the file names the body
        too, computed once per file."""
        key = doc.document.doc
        if key not in self._context_names:
            names: dict[str, str] = {}
            text = doc.text
            for story in doc.document.stories:
                for sentence in story.sentences:
                    if _COMPANY_CUE(sentence.text):
                        for pattern in (_COMPANY_APPOSITION, _COMPANY_BEFORE):
                            for match in pattern.finditer(text, sentence.start, sentence.end):
                                name = match.group(1)
                                if not (_LEADING.match(name + " ")
                                        or name.split()[0] in _NOT_NAMES):
                                    names.setdefault(name, "Company")
                    if _BRAND_CUE(sentence.text):
                        for pattern in _BRAND_APPOSITION:
                            for match in pattern.finditer(text, sentence.start, sentence.end):
                                self._name_system(names, match)
                    if not (_NAMED_AS_CUE(sentence.text) or "\u0131" in sentence.text
                            or "\u0130" in sentence.text):
                        continue
                    for match in _NAMED_AS.finditer(text, sentence.start, sentence.end):
                        name = without_leading_words(text, match.start(1), match.end(1))[1]
                        if name and name.split()[0] not in _NOT_NAMES:
                            names.setdefault(name.rstrip(".,"), "Organisation")
            self._context_names = {key: names}
        return self._context_names[key]

    def _add_area_body(self, doc: StoryDoc, match: re.Match[str]) -> None:
        """"North Central London (NCL) ICB", "Mid and East Wessex shadow integrated care
        system", "Greater Manchester's integrated care board": an area's body named with its
        place, whatever the casing or asides."""
        start, place = without_leading_words(doc.text, match.start("place"), match.end("place"))
        kind = _AREA_KINDS[match["kind"].lower()]
        owner = re.sub(r"[’']s?$", "", place)
        record = self.gazetteer.lookup(f"{owner} {kind}") or self.gazetteer.lookup(
            f"{owner} {kind}".replace(" ICS", " Integrated Care System"))
        end = match.end()
        if record is not None:
            self._add(doc, start, end, record.key)
        elif match["kind"][0].islower() and len(place.split()) >= 2:
            doc.add_mention(Mention(doc.story.id, start, end, doc.text[start:end],
                                    "Organisation", _KIND_CLASSES[kind], None, "organisations"))
        if record is not None and match["acronym"]:
            self._acronyms.setdefault(doc.document.doc, {})[match["acronym"]] = (
                record.key, record.cls, record.label)

    def _add_distributed(self, doc: StoryDoc, match: re.Match[str]) -> None:
        """"Barton, Upper Fenwick and North Sedley CCGs": a plural suffix shared by every body
        of a list; neighbours that together make a known name stay one body."""
        suffix = _SINGULAR[match["suffix"]]
        cursor = match.start("items")
        pieces = re.split(r",\s*(?:and\s+)?|\s+and\s+", match["items"])
        if any(re.search(r"\bTrusts?\b", piece) for piece in pieces) or _COUNT_WORD.match(
                pieces[0]):
            return
        spans = []
        for piece in pieces:
            start = doc.text.index(piece, cursor)
            cursor = start + len(piece)
            if piece not in _SINGULAR:
                spans.append((start, cursor))
        if len(spans) < 2:
            return
        runs = self._known_runs(doc, spans, suffix)
        place = _DIRECTED_PLACE.fullmatch(doc.text[runs[-1][0]:runs[-1][1]])
        for start, end in runs:
            part = doc.text[start:end]
            if place is not None and part in _DIRECTIONS:
                part = f"{part} {place.group(1)}"
            record = self.gazetteer.lookup(f"{part} {suffix}")
            doc.add_mention(Mention(
                doc.story.id, start, end, doc.text[start:end], "Organisation",
                record.cls if record else class_from_suffix(suffix),
                record.key if record else f"name:{part} {suffix}", "organisations"))

    def _add_counted(self, doc: StoryDoc, match: re.Match[str]) -> None:
        """The places of a counted list, when each (or each run of them) is a known body of
        the counted kind, or when there are as many as counted ("the merger of three CCGs -
        A, B and C", one of which the reference data lacks)."""
        suffix = "PCT" if match["kind"].lower().startswith(("pct", "primary")) else "CCG"
        spans, cursor = [], match.start("items")
        for piece in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["items"].rstrip(".")):
            start = doc.text.index(piece, cursor)
            cursor = start + len(piece)
            spans.append((start, cursor))
        runs = self._known_runs(doc, spans, suffix)
        records = [self.gazetteer.lookup(f"NHS {doc.text[start:end]} {suffix}")
                   or self.gazetteer.lookup(f"{doc.text[start:end]} {suffix}")
                   for start, end in runs]
        counted = len(runs) == NUMBER_WORDS[match["count"].lower()]
        if len(runs) < 2 or any(r is not None and r.cls != class_from_suffix(suffix)
                                for r in records) or (None in records and not counted):
            return
        for (start, end), record in zip(runs, records, strict=True):
            part = doc.text[start:end]
            doc.add_mention(Mention(doc.story.id, start, end, part, "Organisation",
                                    record.cls if record else class_from_suffix(suffix),
                                    record.key if record else f"name:{part} {suffix}",
                                    "organisations"))

    def _known_runs(self, doc: StoryDoc, spans: list[tuple[int, int]],
                    suffix: str) -> list[tuple[int, int]]:
        """Items of a list, joining neighbours whose text together is one known name
        ("Airedale, Wharfedale and Craven CCG" is one body, not three), though not the whole
        list when each item is a known body: the plural suffix says there are several ("the
        merger of Bristol, North Somerset and South Gloucestershire CCGs" formed the body of
        the joined name)."""
        each_known = all(self.gazetteer.lookup(f"{doc.text[start:end]} {suffix}") is not None
                         for start, end in spans)
        runs, index = [], 0
        while index < len(spans):
            for last in range(len(spans) - 1 - (index == 0 and each_known), index, -1):
                joined = doc.text[spans[index][0]:spans[last][1]]
                if self.gazetteer.lookup(f"{joined} {suffix}") is not None:
                    runs.append((spans[index][0], spans[last][1]))
                    index = last + 1
                    break
            else:
                runs.append(spans[index])
                index += 1
        return runs

    def _name_system(self, names: dict[str, str], match: re.Match[str]) -> None:
        name = match["name"]
        branded = name.startswith(("Our ", "One "))
        leading = _LEADING.match(name + " ") if not branded else None
        name = name[leading.end():] if leading else name
        if not name or name.split()[0] in _NOT_NAMES or (self._is_place(name) and not branded):
            return
        kind = match["kind"].lower()
        names.setdefault(name, "IntegratedCareSystem" if "network" not in kind and "alliance"
                         not in kind and kind != "collaborative" else "Organisation")

    def _add_system(self, doc: StoryDoc, start: int, end: int) -> None:
        """"the Kent and Medway system" names the area's integrated care board."""
        start, surface = without_leading_words(doc.text, start, end)
        record = self.gazetteer.lookup(f"{surface} ICB") or self.gazetteer.lookup(surface)
        if record is not None and record.cls in {"IntegratedCareBoard", "IntegratedCareSystem"}:
            self._add(doc, start, end, record.key)

    def _add_nhs_place(self, doc: StoryDoc, start: int, end: int) -> None:
        """"NHS Greater Manchester", "NHS Sussex": how integrated care boards name themselves;
        "NHS Walsall", "NHS East London and the City": how primary care trusts and other local
        NHS bodies did. Known ICBs are keyed; others become NHS bodies named by the text."""
        place = doc.text[start + 4:end]
        kept = []
        for word in place.split():
            if word.rstrip(".,") in _ROLE_WORDS or word.rstrip(".,") in _BODY_TYPE_WORDS:
                break
            kept.append(word)
        if not kept:
            return
        place = re.sub(r"[’']s?$", "", " ".join(kept).rstrip(".,"))
        end = start + 4 + len(place)
        record = self.gazetteer.lookup(f"{place} ICB")
        if record is not None and record.cls == "IntegratedCareBoard":
            self._add(doc, start, end, record.key)
            return
        words = place.split()
        if re.search(r"\b(?!The\b)[A-Z][\w’'-]*[ \t]+$", doc.text[max(0, start - 30):start]):
            return
        if (words[0] in _NOT_PLACES or any(w.lower() in _NOT_PLACE_WORDS for w in words)
                or _SUFFIX_CUE.match(doc.text, end + 1) or self.gazetteer.lookup(
                    doc.text[start:end])):
            return
        doc.add_mention(Mention(doc.story.id, start, end, doc.text[start:end], "Organisation",
                                "NHSBody", None, "organisations"))

    def _add_post_owner(self, doc: StoryDoc, start: int, end: int) -> None:
        """A new company, unless the name is a place or shortens a body the file names ("BSW",
        "Secamb" for South East Coast Ambulance Service): then that body."""
        name = doc.text[start:end]
        if self._is_place(name) or name.startswith("NHS "):
            return
        if len(name.split()) == 1:
            for _, _, record_key in self._file_matches(doc):
                if _shortens(name, self.gazetteer.records[record_key].label):
                    self._add(doc, start, end, record_key)
                    return
            named = next((m for m in doc.mentions if m.category == "Organisation"
                          and m.end <= start and _shortens(name, m.text)), None)
            if named is not None:
                doc.add_mention(replace(named, start=start, end=end, text=name))
                return
        self._add_company(doc, start, end)

    def _is_place(self, name: str) -> bool:
        """"Leeds and Bradford": every word names a place the NHS bodies are named after."""
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", name.lower())
                 if w not in {"and", "of", "the"}]
        return bool(words) and set(words) <= self.gazetteer.place_words()

    def _after_known(self, doc: StoryDoc, start: int, end: int) -> int:
        """Where a described name starts when the words before its "and" already name a body
        ("a partnership between EMAS and Peak Urgent Care, a federation of GP practices")."""
        joint = doc.text.find(" and ", start, end)
        if joint < 0:
            return start
        left = doc.text[start:joint]
        if left.lower() in self._file_initialisms(doc) or self.gazetteer.lookup(left) or any(
                m.start == start and m.end == joint for m in doc.mentions
                if m.category == "Organisation"):
            return joint + len(" and ")
        return start

    def _add_company(self, doc: StoryDoc, start: int, end: int, cls: str = "Company") -> None:
        if doc.text[end - 1:end] == "." and not re.search(r"\b[A-Z][a-z]{0,2}\.$",
                                                          doc.text[start:end]):
            end -= 1
        if doc.text[start:end].endswith("Health"):
            more = _HEALTH_AND_CARE.match(doc.text, end)
            end = more.end() if more else end
        surface = doc.text[start:end]
        if surface.startswith("The ") and len(surface.split()) > 2:
            start, surface = start + 4, surface[4:]
        leading = _LEADING.match(surface + " ")
        numbered = surface.split()[0] in _NUMBER_WORDS and len(surface.split()) > 1
        if (leading and not numbered) or surface.split()[0] in _NOT_NAMES:
            return
        record = self.gazetteer.lookup(surface)
        doc.add_mention(Mention(doc.story.id, start, end, surface, "Organisation",
                                record.cls if record else cls,
                                record.key if record else None, "organisations"))

    def _add_initialisms(self, doc: StoryDoc) -> None:
        """"ULHT", "SaTH": capitals that spell a body named in the same file."""
        in_file = self._file_initialisms(doc)
        in_story: dict[str, set[tuple[str | None, str, str]]] = {}
        for org in doc.mentions:
            if org.category == "Organisation":
                for initials in _initialisms(org.text):
                    in_story.setdefault(initials, set()).add((org.key, org.cls, org.text))
        story = doc.story
        for match in _ACRONYM_TOKEN.finditer(doc.text, story.start, story.end):
            token = match.group(0)
            if sum(c.isupper() for c in token) < 2:
                continue
            initials = token.lower().replace("&", "")
            entries = in_file.get(initials, set()) | in_story.get(initials, set())
            keys = {(key or "name:" + label) for key, _, label in entries}
            if len(keys) == 1:
                key, cls, label = next(iter(entries))
                doc.add_mention(Mention(story.id, match.start(), match.end(), token,
                                        "Organisation", cls, key or f"name:{label}",
                                        "organisations"))

    def _named_inside(self, doc: StoryDoc, start: int, end: int) -> None:
        """A known body whose name starts inside a newspaper's that is not one ("The
        Independent Reconfiguration Panel")."""
        inner = doc.text.find(" ", start, end) + 1
        for found_start, found_end, key in self.gazetteer.find(doc.text[inner:end]):
            if found_start == 0:
                self._add(doc, inner, inner + found_end, key)
            break

    def _file_matches(self, doc: StoryDoc) -> list[tuple[int, int, str]]:
        """Reference-data names in the whole file, found once per file."""
        key = doc.document.doc
        if key not in self._matches_in_file:
            self._matches_in_file = {key: self.gazetteer.find(doc.text)}
        return self._matches_in_file[key]

    def _file_initialisms(self, doc: StoryDoc) -> dict[str, set[tuple[str | None, str, str]]]:
        """Initials of every known body named anywhere in the file, computed once per file."""
        key = doc.document.doc
        if key not in self._orgs_in_file:
            known: dict[str, set[tuple[str | None, str, str]]] = {}
            for start, end, record_key in self._file_matches(doc):
                record = self.gazetteer.records[record_key]
                for name in (doc.text[start:end], record.label):
                    for initials in _initialisms(name):
                        known.setdefault(initials, set()).add((record.key, record.cls, name))
            self._orgs_in_file = {key: known}
        return self._orgs_in_file[key]

    def _add(self, doc: StoryDoc, start: int, end: int, key: str) -> None:
        record = self._site_meant(doc, start, end, self.gazetteer.records[key])
        key = record.key
        doc.add_mention(Mention(doc.story.id, start, end, doc.text[start:end], "Organisation",
                                record.cls, key, "organisations"))

    def _add_pattern(self, doc: StoryDoc, start: int, end: int, limit: int) -> None:
        start, surface = without_leading_words(doc.text, start, end)
        if surface.endswith("Hospitals"):
            place = _PLACE_AFTER.match(doc.text, end, limit)
            if place and not _SUFFIX_CUE.match(doc.text, place.end()
                                                - len(place.group(0).split()[-1])):
                stop = doc.text.find(".", end, place.end())
                end = place.end() if stop < 0 else stop
                while doc.text[end - 1] in ".,":
                    end -= 1
                surface = doc.text[start:end]
        collaborative = _COLLABORATIVE_TAIL.match(doc.text, end, limit)
        if collaborative:
            end = collaborative.end()
            surface = doc.text[start:end]
        company = _COMPANY_TAIL.match(doc.text, end, limit)
        if company:
            end = company.end()
            surface = doc.text[start:end]
        role = _ROLE_LEAD.match(surface) or _PERSON_LEAD.match(surface) or (
            _NAMED_LEAD.match(surface) if doc.text.startswith(("’s", "'s"), end) else None)
        if role:
            start, surface = start + role.end(), surface[role.end():]
        if len(surface.split()) < 2 or _GENERIC.fullmatch(surface):
            return
        if self._split_coordinated(doc, start, surface) or self._split_listed(doc, start, surface):
            return
        record = self.gazetteer.lookup(surface, short=True) or self._by_short_prefix(surface) or (
            self.gazetteer.trust_by_prefix(surface) if surface.endswith(" Hospitals") else None)
        if record is not None:
            self._add(doc, start, end, record.key)
            return
        longer = _PLACE_AFTER.match(doc.text, end)
        record = self.gazetteer.lookup(doc.text[start:longer.end()], short=True) if longer else None
        if longer and record is not None:
            self._add(doc, start, longer.end(), record.key)
            return
        doc.add_mention(Mention(doc.story.id, start, end, surface, "Organisation",
                                class_from_suffix(surface), None, "organisations"))

    def _site_meant(self, doc: StoryDoc, start: int, end: int, record: OrgRecord) -> OrgRecord:
        """"Barnsley Hospital, the trust's main site": a trust's short name that is also the
        name of a hospital it runs means the hospital where the text calls it a site."""
        if record.cls == "Hospital" or not _SITE_APPOSED.match(doc.text, end):
            return record
        return next((site for site in self.gazetteer.sites_named(doc.text[start:end])
                     if record.key in (site.parent, site.parent_2018)), record)

    def _split_coordinated(self, doc: StoryDoc, start: int, surface: str) -> bool:
        """"Lancashire Care and Bridgewater Community Healthcare": two bodies the reference
        data knows, not one."""
        for joint in re.finditer(r"\s+(?:and|&)\s+", surface):
            left, right = surface[:joint.start()], surface[joint.end():]
            first = self.gazetteer.lookup(left, short=True)
            second = self.gazetteer.lookup(right, short=True)
            if first is not None and second is not None and first.key != second.key:
                self._add(doc, start, start + len(left), first.key)
                self._add(doc, start + joint.end(), start + len(surface), second.key)
                return True
        return False

    def _split_listed(self, doc: StoryDoc, start: int, surface: str) -> bool:
        """"A, Tarn Digital and Quillon Ltd": the last two items of a list of companies, which
        the name shape joined, are two companies; "Priory, Elysium Healthcare and Active Care
        Group", all of it joined, three."""
        items = re.split(r",\s+(?:and\s+)?|\s+and\s+", surface)
        if len(items) >= 3 and _FIRM_TAIL.search(surface) and not _PUBLIC_WORDS.search(surface) \
                and all(item[:1].isupper() for item in items):
            offset = start
            for item in items:
                at = doc.text.index(item, offset)
                record = self.gazetteer.lookup(item)
                doc.add_mention(Mention(doc.story.id, at, at + len(item), item, "Organisation",
                                        record.cls if record else "Company",
                                        record.key if record else None, "organisations"))
                offset = at + len(item)
            return True
        joint = surface.rfind(" and ")
        if (joint < 0 or class_from_suffix(surface) != "Company"
                or not re.search(r"(?<![’'])\b[A-Z][\w&.-]*\s*,\s*$",
                                 doc.text[max(0, start - 40):start])):
            return False
        left, right = surface[:joint], surface[joint + len(" and "):]
        if len(left.split()) < 1 or not right[:1].isupper():
            return False
        for offset, part in ((start, left), (start + joint + len(" and "), right)):
            record = self.gazetteer.lookup(part)
            doc.add_mention(Mention(doc.story.id, offset, offset + len(part), part,
                                    "Organisation", record.cls if record else "Company",
                                    record.key if record else None, "organisations"))
        return True

    def _by_short_prefix(self, surface: str) -> OrgRecord | None:
        """"GM ICB": a short form of a place plus the body type it names."""
        match = re.fullmatch(r"(.+?)\s+(ICB|ICS|CCG|Integrated Care Board|Integrated Care System)",
                             surface)
        if match is None:
            return None
        wanted = class_from_suffix(match.group(2))
        record = self.gazetteer.lookup(match.group(1), short=True)
        if record is None and match.group(1).isupper():
            record = self._area_by_initials(match.group(1).lower(), wanted)
        if record is None:
            return None
        for key in (record.key, record.key.removeprefix("ICS-"), "ICS-" + record.key):
            candidate = self.gazetteer.records.get(key)
            if candidate is not None and candidate.cls == wanted:
                return candidate
        return None

    def _area_by_initials(self, initials: str, cls: str) -> OrgRecord | None:
        """"NCL ICB", "NEL ICB": the one body of that type whose area those capitals spell
        (an open one first; news also names bodies that have since closed)."""
        if not self._area_initials:
            for record in self.gazetteer.records.values():
                if record.cls in _AREA_CLASSES:
                    area = _AREA_WORDS.sub("", record.label)
                    for variant in _initialisms(area):
                        self._area_initials.setdefault((variant, record.cls), []).append(record)
        found = self._area_initials.get((initials, cls), [])
        open_ones = [record for record in found if record.closed is None]
        for candidates in (open_ones, found):
            if len(candidates) == 1:
                return candidates[0]
        return None

    def _add_short(self, doc: StoryDoc, start: int, end: int) -> None:
        start, surface = without_leading_words(doc.text, start, end)
        possessive = re.search(r"[’']s$", surface)
        if possessive and self.gazetteer.lookup(surface, short=True) is None:
            surface, end = surface[:possessive.start()], start + possessive.start()
        if " " not in surface and _REGION_BEFORE.search(doc.text, max(0, start - 20), start):
            return
        if _BODIES_IN_REGION.search(doc.text, max(0, start - 40), start) or \
                _INDEFINITE_BEFORE.search(doc.text, max(0, start - 4), start):
            return
        record = self.gazetteer.lookup(surface, short=True)
        if record is None and " and " in surface and not self._two_bodies(doc, start, surface):
            record = self.gazetteer.trust_by_prefix(surface)
        if record is not None and record.cls in {"NHSTrust", "NHSFoundationTrust", "CareTrust"}:
            self._add(doc, start, end, record.key)
            return
        words = normalise_name(surface).split()
        if len(words) < 2 or surface.split()[0] in _NOT_NAMES:
            return
        longer = {m.key or m.text: m for m in doc.near(start - _LOOKBACK, start)
                  if m.category == "Organisation" and m.cls in _TRUST_CLASSES and m.end <= start
                  and normalise_name(m.text).split()[:len(words)] == words
                  and len(m.text.split()) > len(words)}
        if len(longer) > 1:
            longer = {key: m for key, m in longer.items() if m.cls != "Hospital"}
        if len(longer) == 1:
            body = next(iter(longer.values()))
            doc.add_mention(Mention(doc.story.id, start, end, doc.text[start:end],
                                    "Organisation", body.cls, body.key or f"name:{body.text}",
                                    "organisations"))

    @staticmethod
    def _two_bodies(doc: StoryDoc, start: int, surface: str) -> bool:
        """"Leeds and York are both members": two bodies named before by their first words,
        not one whose name begins "Leeds and York"."""
        parts = surface.split(" and ", 1)
        return any(m.category == "Organisation" and m.text.startswith(part + " ")
                   for m in doc.near(start - _LOOKBACK, start) for part in parts)

    def _add_acronyms(self, doc: StoryDoc, *, typed: bool) -> None:
        """Mentions of the acronyms the file defines; those with a body type ("BSW ICB") go
        before the name shapes would read them as a new body of that type."""
        story = doc.story
        for acronym, (key, cls, label) in self._defined_acronyms(doc, keep=not typed).items():
            if (acronym.rsplit(" ", 1)[-1] in _TYPED_ACRONYM_TAILS) != typed:
                continue
            for start in whole_words(doc.text, acronym, story.start, story.end, "/&"):
                doc.add_mention(Mention(story.id, start, start + len(acronym), acronym,
                                        "Organisation", cls, key or f"name:{label}",
                                        "organisations"))

    def _defined_acronyms(self, doc: StoryDoc,
                          keep: bool = True) -> dict[str, tuple[str | None, str, str]]:
        """``Full Name (ACR)`` anywhere in the file defines ACR for all its stories; kept for
        the file's other stories unless ``keep`` is false (a reading before every name is
        found)."""
        if doc.document.doc in self._acronyms:
            return self._acronyms[doc.document.doc]
        found: dict[str, tuple[str | None, str, str]] = {}
        text = doc.text
        for match in _ACRONYM_DEFINITION.finditer(text):
            before = text[max(0, match.start() - 120):match.start()].rstrip()
            acronym = match.group(1) or match.group(2)
            known = self.gazetteer.find(before)
            if known and known[-1][1] == len(before):
                record = self.gazetteer.records[known[-1][2]]
                found[acronym] = (record.key, record.cls, record.label)
                continue
            end = match.start()
            while end > 0 and text[end - 1].isspace():
                end -= 1
            named = mention_ending_at(doc, end, "Organisation")
            if named is not None:
                found[acronym] = (named.key, named.cls, named.text)
                continue
            grouped = _GROUP_OF_NAME.search(before)
            shape = list(_PATTERN.finditer(before))
            if grouped or (shape and shape[-1].end() == len(before)):
                label = grouped.group(0) if grouped else shape[-1].group(0)
                leading = _LEADING.match(label)
                label = label[leading.end():] if leading else label
                found[acronym] = (None, class_from_suffix(label), label)
        if keep:
            self._acronyms = {doc.document.doc: found}
        return found


@extractor("organisations", assigns=("mentions.organisation",))
def make_organisation_finder() -> OrganisationFinder:
    return OrganisationFinder()
