"""Organisational structure: –partOf→ (units, members, "part of", groups and systems)."""

from __future__ import annotations

import re

from kg.extract.context import (
    NUMBER_WORDS,
    PLURAL_NOUN_CLASSES,
    TRUSTS,
    coordinated_bodies,
    coordinated_trusts,
    definite_org,
    entity_key,
    listed_with,
    mention_at,
    mention_ending_at,
    org_named,
    plural_trusts,
    pronoun_org,
    relative_clauses,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.gazetteer import load_gazetteer
from kg.extract.registry import extractor
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["make_part_of"]

_FLAGS = re.IGNORECASE
_UNIT = lazy_pattern(
    r"[’']s?\s+(?:new\s+|own\s+|recently\s+created\s+|national\s+)?((?:(?:[A-Z][\w-]*|and|&)\s+){0,4}"
    r"(?:Function|Unit|Directorate|Team|Hub|Division|Academy|Centre|Institute|Programme Board"
    r"|Taskforce|Task Force|Commercial Function|Agency|Office))\b"
)
_PART_OF = lazy_pattern(
    r"(?:,\s*(?:which\s+is\s+|which\s+are\s+|both\s+|all\s+|now\s+|itself\s+|also\s+"
    r"|formerly\s+|previously\s+|once\s+|until\s+\d{4}\s+)?(?!to\s)"
    r"|\s+(?:is|are|was|were|will be|became|becomes|has become|is now|are now|will become"
    r"|(?:is|are)\s+(?:to|set\s+to|due\s+to)\s+become"
    r"|has been|have been|had been|has long been|remains|remain)\s+"
    r"(?:now\s+|also\s+)?(?:all\s+|both\s+)?|\s+(?:sits|sit|falls|fall|belongs|belong|forms|form"
    r"|formed|will\s+form|(?:has|have)\s+belonged)\s+|\s+(?:operates?|operating|will\s+operate"
    r"|runs?|trades?|will\s+run)\s+as\s+|\s+(?:already\s+|now\s+|also\s+)?(?:work|works|worked)"
    r"\s+(?:together|closely|jointly)\s+(?:as\s+)?)"
    r"(?:a\s+|an\s+)?"
    r"(?:part of|(?:founding\s+)?members? of|a member of|within|under|to"
    r"|(?<=,\s)whose\s+(?:parent|owner|holding)\s+(?:company|group|firm)?\s*is"
    r"|(?:a\s+|the\s+(?:(?-i:[A-Z])[\w-]*\s+)?)?(?:wholly\s+owned\s+)?subsidiary of"
    r"|(?:wholly\s+|jointly\s+|majority[- ]|partly\s+"
    r"|(?:\d+(?:\.\d+)?\s*(?:per\s*cent|%)\s+))?owned by"
    r"|partners?\s+(?:in|of)|the\s+(?:[\w-]+\s+)?arm\s+of"
    r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}?division\s+of"
    r"|(?:an?\s+)?(?:executive\s+agency|arm[’']s[\s-]length\s+body)\s+of"
    r"|one\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:trusts|organisations|members"
    r"|providers|bodies|CCGs|ICBs|partners|hospitals|clinical\s+commissioning\s+groups|councils"
    r"|partnerships|places|alliances|collaboratives|federations|localities"
    r"|(?:local\s+)?authorities)\s+(?:in\s+the\s+(?:footprint|area|patch)\s+of|covered\s+by|in"
    r"|within|of|that\s+make\s+up|making\s+up|forming)"
    r"|(?<=sits\s)in|(?<=sit\s)in|(?<=sat\s)in)\s+(?:both\s+)?(?:the\s+)?(?:(?:catering|parent"
    r"|holding|commercial|private|umbrella|outsourcing|property|estates|services|giant|group"
    r"|firm|company|wider|regional|national|local|equity|investment|healthcare|laboratory"
    r"|diagnostics|pharmacy|technology|software|fund|global|international|(?-i:US|UK|American"
    r"|German|French|Dutch|Swedish|Australian|Canadian|Spanish|[A-Z][a-z]+-based))\s+){0,4}$",
    _FLAGS
)
_SUBJECT_REFERENCE = lazy_pattern(
    r"^\s*(?:(?:Today|Now|Since\s+\d{4}|In\s+\d{4}|From\s+\d{4}),?\s+"
    r"|(?:He|She|They|It)\s+(?:added|said|says|noted|stressed)\s+that\s+)?"
    r"((?i:the\s+(?:trust|foundation trust|ICB|CCG|hospital|collaborative|group|partnership"
    r"|alliance|network|new\s+(?:body|organisation|CCG|ICB|trust)))|[Ii]t)\b")
_AND_PREDICATE = lazy_pattern(r"\s*,?\s*and\s*")
_AND_BEFORE = lazy_pattern(r",?\s+and\s*$")
_AND_IS_IN = lazy_pattern(r",?\s+and\s+(?:is|are|was|has\s+been|remains)\s+(?:now\s+|also\s+)?"
                          r"(?:a\s+)?(?:part\s+of|members?\s+of|within|in)\s+(?:the\s+)?$", _FLAGS)
""""It took over services from X in 2015, and is part of Y": the sentence's subject is."""
_GROUP_WORDS = lazy_pattern(r"\b(?:Group|Partnership|Alliance|Collaborative|Network|Association"
                          r"|Federation|Consortium)\b")
_FORMS = lazy_pattern(r"\b(?:agreed to form|will form|to form|formed|forms|form|create|created"
                    r"|set up|establish|established|launch|launched|operate as|operating as"
                    r"|operated as|work as"
                    r"|working as|(?:come|came)\s+together(?:\s+(?:from|in|on|by|next|this)\s+"
                    r"(?:\d{1,2}\s+)?\w+(?:\s+\d{4})?)?\s+as|joined together as"
                    r"|worked together as|work together as|working together as"
                    r"|(?:together\s+)?(?:make|makes|made)\s+up)\s+"
                    r"(?:the\s+|a\s+|one\s+)?(?:new\s+)?(?:(?:hospital\s+|provider\s+)?(?:group"
                    r"|partnership|alliance|collaborative|network|federation)(?:\s*,\s*(?:the\s+)?"
                    r"|\s*,?\s*(?:to\s+be\s+|which\s+(?:is|will\s+be)\s+)?(?:known|called)\s+as"
                    r"\s+(?:the\s+)?))?$",
                    _FLAGS)
_AS = lazy_pattern(r"\bas\s+(?:the\s+|a\s+|one\s+)?(?:new\s+)?$")
_GROUP_NOUN_AFTER = lazy_pattern(r"\s+(?:hospital\s+|provider\s+)?(?:group|partnership|alliance"
                                 r"|collaborative)\b")
""""A and B, which together form the University Hospitals of Northamptonshire group": a
group named before its lower-case noun."""
_RUN_OBJECT = lazy_pattern(r"\b(?:runs|run|operates|manages|oversees)\s+(?:the\s+)?$", _FLAGS)
""""X runs Y Hospital and is part of Z": Y is what X runs, not a member of Z."""
_KNOWN_AS = lazy_pattern(r"\s+(?:is|was|will\s+be)\s+(?:now\s+)?(?:known|called)\s+as\s+"
                         r"(?:the\s+)?", _FLAGS)
_FORMED_A_GROUP = lazy_pattern(
    r"\s+(?:have\s+|has\s+|will\s+|(?:have|has)\s+agreed\s+to\s+)?(?:formed|form|created"
    r"|create|set\s+up)\s+(?:a|an)\s+(?:new\s+)?(?:hospital\s+|provider\s+)?(?:group"
    r"|partnership|alliance|collaborative|network|federation)\b", _FLAGS)
_BRINGS_TOGETHER = lazy_pattern(r"\b(?:brings together|includes|comprises|formed (?:in \d{4} )?by"
                              r"|counts(?=[^.;]{1,300}?\bamong\s+its\s+(?:[\w-]+\s+)?(?:members"
                              r"|partners))"
                              r"|made up of|consists of|created (?:in \d{4} )?by)\s+(?:the\s+)?",
                              _FLAGS)
_GROUP_REFERENCE = lazy_pattern(
    r"^\s*(?:The|This|That|Its)\s+(?:new\s+)?(group|partnership|alliance"
                              r"|collaborative|network|association)\b", _FLAGS)
_JOIN_GROUP = lazy_pattern(r"\s+(?:has\s+|have\s+|will\s+|is to\s+)?(?:joined|join|joins)\s+"
                         r"(?:the\s+)?$", _FLAGS)
_GROUPING = lazy_pattern(r"\b(?:Association|Federation|Consortium)\b"
                       r"|(?:Group|Alliance|Collaborative|Partnership|Network|ICS|System"
                       r"|Integrated Care System|ICB|Integrated Care Board)$")
_CHAIN_GAP = lazy_pattern(r"\s*(?:,|and|,\s*and|&|,?\s*which\s+(?:together|along)\s+with)\s*"
                          r"(?:the\s+|(?:its|their)\s+(?:[\w-]+\s+)?(?:neighbour|partner|sister)\s+)?")
_MEMBER_LINK = lazy_pattern(r"(?:\s*,\s*which\s+[^,;.–—]{1,80}?(?=\s*,))?\s*(?:,\s*(?:and\s+)?"
                            r"|and\s+|[–—-]\s*(?:together\s+)?with\s+)(?:the\s+)?")
_OWNED_LIST = lazy_pattern(
    r"[’']s?\s+(?:\w+\s+){0,3}?(?:groups|trusts|CCGs|bodies|organisations|providers|ICBs"
    r"|hospitals|members)\s*(?:[–—:(]|,\s*(?:namely|including)|\s+(?:are|were|include))\s*"
    r"(?:the\s+)?"
    r"|[’']s?\s+member\s+(?:trusts|organisations|bodies|CCGs|providers)\s*,\s*(?:the\s+)?",
    _FLAGS)
_UNIT_NOUN = lazy_pattern(
    r"[’']s?\s+(?:[\w-]+\s+){0,2}(?:unit|arm|directorate|subsidiary|team|division|agency"
    r"|company|hub|programme)\b", _FLAGS)
_COMMA_AFTER = lazy_pattern(r"\s*,\s*(?:the\s+)?")
_OWNER_NOUN = lazy_pattern(r"\b(?:parent|holding|owning|owner)\b", _FLAGS)
""""X's parent company, Y": Y owns X, not the other way round."""
_NAME_BEFORE_COMMA = lazy_pattern(r"(?:The\s+)?([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,4})\s*,\s*$")
_SYSTEMS = frozenset({"IntegratedCareBoard", "IntegratedCareSystem"})
_IN_SYSTEM = lazy_pattern(r"\b(?:within|in|across|inside|part of)\s+(?:the\s+)?$", _FLAGS)
_LIST_AFTER = lazy_pattern(r"\s+system\s+(?:are|were|include|includes|included)\s*:?\s*", _FLAGS)
_PLURAL = lazy_pattern(
    r"^\s*(?:Both|The two|The three|The four|All three|All four|All|These|Those|The)\s+"
    r"(?:(?P<count>two|three|four|five)\s+)?(?:(?-i:[A-Z][\w’'-]*)\s+)?(?:NHS\s+)?"
    r"(?P<noun>trusts|organisations|providers|CCGs|ICBs|clinical\s+commissioning\s+groups)\b",
    _FLAGS)
_SHORT_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_SHORT_LIST = lazy_pattern(
    rf"\s*((?:{_SHORT_NAME},\s+)*{_SHORT_NAME},?\s+and\s+{_SHORT_NAME})\s*$")
_SHORT_LIST_AFTER_OPENER = lazy_pattern(
    rf"[^,]{{0,40}},\s*((?:{_SHORT_NAME},\s+)*{_SHORT_NAME},?\s+and\s+{_SHORT_NAME})\s*$")
_SHORT_SUBJECT = lazy_pattern(rf"\s*({_SHORT_NAME})\s*$")
_GROUPING_NAME = lazy_pattern(r"\b(?:Collaborative|Partnership|Alliance|Network|Federation|Group"
                              r"|Consortium)$")
_AS_PART_OF = lazy_pattern(r"\b(?:as|is|are)\s+(?:part|members?)\s+of\s+(?:the\s+)?", _FLAGS)
_OF_WHICH_MEMBERS = lazy_pattern(
    r"\s*,\s*(?:of\s+which|to\s+which)\s+(?:(?:(?P<count>both|the\s+two)(?:\s+(?:trusts|CCGs"
    r"|ICBs|bodies|organisations))?|they|all\s+\w+)\s+(?:are|were|have\s+been)\s+(?:members"
    r"|part)\b|(?P<single>the\s+(?:foundation\s+)?trust|it)\s+(?:is|was|has\s+been)\s+(?:an?\s+)?"
    r"(?:founding\s+|key\s+|full\s+)?(?:member|partner|part)\b)", _FLAGS)
_SUBSIDIARY = lazy_pattern(r"(?P<owner>\b(?:The|Its|the|its|an?)|[’']s)\s+"
                           r"(?:new\s+|own\s+|wholly[- ]owned\s+)*subsidiary\s*,\s*")
_ANOTHER_MEMBER = lazy_pattern(r"\s*,\s*(?:another|also\s+a|a\s+fellow)\s+(?:partner|member)"
                               r"(?:\s+(?:trust|body|organisation|council))?\s*,")
_APPOSED_GAP = lazy_pattern(r"\s*,\s*(?:the|a|an|its)\s+[^,;]{1,80}?,\s*")
_FIRM_A_SUBSIDIARY = lazy_pattern(
    r"\s*(?P<firm>(?:The|This)\s+(?:firm|company|business|supplier|contractor))\s*,\s*(?:a|the)\s+"
    r"(?:wholly[- ]owned\s+)?subsidiary\s+of\s+(?:the\s+)?")
_FIRM_BECOMES_SUBSIDIARY = lazy_pattern(
    r"\s*(?P<firm>(?:The|This)\s+(?:firm|company|business|chain))\s+(?:will\s+|is\s+to\s+)?"
    r"(?:operate|run|trade|continue|become|be)\w*\s+(?:as\s+)?(?:a\s+)?(?:wholly[- ]owned\s+)?"
    r"subsidiary\s+of\s+(?P<owner>(?:the\s+)?(?:trust|foundation\s+trust|ICB|group))\b")
_SUBSIDIARY_OF_REFERENCE = lazy_pattern(
    r"(?:\s*\([^)]{1,12}\))?\s*,\s*(?:an?\s+)?(?:wholly[- ]owned\s+)?subsidiary\s+of\s+"
    r"(?P<owner>the\s+(?:foundation\s+)?trust)\b", _FLAGS)
_SUBSIDIARY_AFTER = lazy_pattern(
    r"\s*,\s*(?P<owner>the\s+(?:trust|foundation\s+trust|ICB)[’']s|its)\s+"
    r"(?:new\s+|wholly[- ]owned\s+)*subsidiary\b", _FLAGS)
_SETS_UP = lazy_pattern(r"\s+(?:(?:will|has|have|had|is\s+to|plans\s+to)\s+)?(?:set|sets|setting"
                       r"|create[sd]?|creating|establish(?:es|ed)?|form(?:s|ed)?)(?:\s+up)?\s+",
                       _FLAGS)
_SET_UP_AS_SUBSIDIARY = lazy_pattern(r"\s+as\s+(?:a|its)\s+(?:new\s+|wholly[- ]owned\s+)*"
                                     r"subsidiary\b", _FLAGS)
_ANOTHER_SUBSIDIARY = lazy_pattern(
    r"\s*,\s*(?:another|a|its\s+other|the\s+other)\s+(?:wholly[- ]owned\s+)?subsidiary\s+"
    r"(?:which|that)\s+(?P<owner>the\s+(?:foundation\s+)?trust|it)\s+(?:set\s+up|created"
    r"|established|formed)\b", _FLAGS)
_OWNED_CUE = Cue("owned", "set up", "created", "established", "subsidiar", "as a ", "as an ",
                "as part of", "shareholder", "owner", "parent")
_PARENT_NAMED = lazy_pattern(r"(?:\b(?P<its>its)|(?<=[’']s))\s+(?:[\w-]+\s+)?parent\s+(?:company"
                             r"|group|firm)\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?", _FLAGS)
""""X said its parent company, Halden plc, ...", "X's US parent company, Y,": X is part of Y."""
_AS_A_MEMBER = lazy_pattern(
    r"\s*As\s+(?:(?:a|an)\s+(?:founding\s+)?(?:partner|member)\s+(?:in|of)|part\s+of)\s+(?:the\s+)?",
    _FLAGS)
_OWNED_BY = lazy_pattern(r"\s*,?\s*(?:is\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:company"
                         r"|subsidiary|business)\s+(?:wholly\s+|jointly\s+)?(?:owned|set\s+up|created"
                         r"|established)\s+by\s+(?:the\s+)?", _FLAGS)
_IT_SET_UP = lazy_pattern(r"\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|subsidiary|business)"
                          r"\s+(?:which\s+|that\s+)?(?P<owner>it|the\s+(?:foundation\s+)?trust)\s+"
                          r"(?:had\s+|has\s+)?(?:set\s+up|created|established|formed)\b", _FLAGS)
""""X Ltd, a company it set up last year": the company belongs to the sentence's trust."""
_SET_UP_BY = lazy_pattern(r"\s*,?\s*(?:which\s+|that\s+)?(?:was|were|has\s+been|had\s+been|is)\s+"
                          r"(?:set\s+up|created|established|formed)\s+by\s+(?:(?P<reference>the"
                          r"\s+(?:trust|foundation\s+trust|ICB))\b|the\s+)?", _FLAGS)
_MERGE_TO = lazy_pattern(r"\b(?:merg|amalgamat|combin)\w*\s+(?:in\s+order\s+)?$", _FLAGS)
_BECAME = lazy_pattern(r"\bbec(?:ame|ome|omes|oming)\b", _FLAGS)
_SHAREHOLDER = lazy_pattern(r"\s+(?:is|was|remains|became|becomes)\s+(?:the\s+)?(?:sole|only"
                            r"|majority|main)\s+(?:shareholder|owner)\s+(?:of|in)\s+(?:the\s+)?",
                            _FLAGS)
_BARE_NUMBER = lazy_pattern(r"^\s*(?:All\s+(?P<count>two|three|four|five)|(?P<both>Both))\s+"
                            r"(?:are|were)\b", _FLAGS)
_MEMBER_CLASSES = TRUSTS | {"ClinicalCommissioningGroup", "IntegratedCareBoard"}
_ALONGSIDE = lazy_pattern(r"\s*,?\s*(?:alongside|along\s+with|together\s+with|with)\s+"
                          r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:neighbours|partners|trusts|members|others)"
                          r"\s*:\s*)?(?:the\s+)?", _FLAGS)
_ONE_OF = lazy_pattern(r"^\s*(?:It|The trust|The foundation trust)\s+is\b", _FLAGS)
_MEMBERSHIP = lazy_pattern(
    r"(?P<gap>\s*(?:,\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:that|which)|which"
    r"|whose\s+(?:members|member\s+\w+))\s+|,\s*(?:the|an?|its)\s+[^,.;()]{1,60}?,\s*"
    r"(?:which\s+|that\s+)?|\s+(?:system|ICS|STP|partnership|network|alliance|cluster)\s+|\s*,\s*(?=an?\s)|\s+))"
    r"(?:also\s+|now\s+|currently\s+)?(?:brings\s+together|(?:will|would)\s+bring\s+together"
    r"|includes|include|comprises|is\s+made\s+up\s+of|covers|spans|encompasses|takes\s+in"
    r"|incorporates"
    r"|consists\s+of|(?:(?:is|was|will\s+be)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:partnership"
    r"|collaboration|alliance|network|group|consortium|joint\s+venture)\s+(?:between|of))\b",
    _FLAGS)
_MEMBERS_OPENING = lazy_pattern(
    r"\s*(?P<owner>Its|The\s+(?:system|ICS|partnership|group|network|cluster|alliance"
    r"|collaborative))(?:[’']s?)?\s+(?:(?:members|member\s+(?:trusts|organisations|bodies)"
    r"|(?:NHS\s+)?partners|partner\s+(?:trusts|organisations|bodies))"
    r"(?:\s+in\s+the\s+(?:partnership|collaborative|alliance|group|network|system))?"
    r"\s+(?:include|are|comprise)"
    r"|brings\s+together|includes|comprises|is\s+made\s+up\s+of|consists\s+of|spans|covers"
    r"|takes\s+in)\b", _FLAGS)
_ITS_MEMBERS = lazy_pattern(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:trusts|members|providers|partners)"
                           r"\s*,?\s*(?:which|that|who)\s+(?:include|includes|are)\s+(?:the\s+)?",
                           _FLAGS)
""""X ICB faces a deficit across its trusts, which include A and B": A and B are X's."""
_AMONG_MEMBERS = lazy_pattern(r"\s*Among\s+the\s+(?:[\w-]+\s+)?members\s+of\s+(?:the\s+)?", _FLAGS)
_ARE = lazy_pattern(r"\s+(?:are|were|is)\s+")
_DESCRIPTOR = lazy_pattern(
    r"\s*(?:the\s+)?|[^.;:]{0,80}?(?:\s*:\s*|\b(?:trusts|CCGs|ICBs|providers|hospitals|members"
    r"|organisations|bodies|authorities|partners|groups)\s*[:,–—-]?\s*)(?:the\s+)?", _FLAGS)
_OF_WHICH = lazy_pattern(r"\s*,\s*(?:the\s+|a\s+|an\s+)(?:[^,;.]{1,60}?)\s*,\s*of\s+which\s+"
                         r"|\s*,\s*of\s+which\s+")
_ARE_MEMBERS = lazy_pattern(r"\s+(?:are|were|is|was)\s+(?:both\s+|all\s+|now\s+)?(?:members"
                            r"|partners|a\s+member|a\s+partner|part)\b")
_TRUST_REFERENCE = lazy_pattern(r"\bthe\s+(?:trust|foundation\s+trust|ICB|CCG)\b(?![’'])")
_GROUPING_OWNERS = frozenset({"IntegratedCareSystem", "IntegratedCareBoard", "NHSBody"})


@extractor("part_of", requires=("mentions.organisation",),
           assigns=("facts.partOf", "facts.mergesWith"))
def make_part_of() -> object:
    def part_of(doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            _units(doc, sentence)
            _unit_appositions(doc, sentence)
            _memberships(doc, sentence)
            _systems(doc, sentence)
            _groups(doc, sentence)
            _listed_members(doc, sentence)
            _as_part_of(doc, sentence)
            _subsidiary(doc, sentence)
            if "another" in sentence.text or "fellow" in sentence.text or "also a" in sentence.text:
                _another_member(doc, sentence)
            _member_lists(doc, sentence)
            _owned_by(doc, sentence)
            if "hosted by" in sentence.text or " hosts " in sentence.text:
                _hosted_by(doc, sentence)
            if " one of " in sentence.text or " part of the " in sentence.text \
                    or " member of the " in sentence.text:
                _in_the_group_meant(doc, sentence)
            if " the " in sentence.text:
                _named_in_the_group_meant(doc, sentence)
        return doc
    return part_of


_HOSTED_BY = lazy_pattern(r"(?:(?P<gap>\s*,?\s*(?:which|that))?\s+(?:is|was|are|were|has\s+been"
                          r"|will\s+be)\s+|\s*,\s*)(?:now\s+|also\s+|currently\s+)?hosted\s+by\s+"
                          r"(?:the\s+)?", _FLAGS)
_HOSTS = lazy_pattern(r"\s*,?\s*(?:which|that)\s+(?:also\s+|now\s+|currently\s+)?hosts\s+"
                      r"(?:the\s+)?", _FLAGS)
""""Y, which hosts X": X is part of Y."""
_HOSTED_SUBJECT = lazy_pattern(
    r"\s*(?P<ref>It|(?i:the)\s+(?:[\w-]+\s+)?(?:network|partnership|collaborative|alliance|hub"
    r"|CSU|unit|service|team|programme|academy|centre))\s+(?:is|was|are|were|has\s+been|will\s+be)"
    r"\s+(?:now\s+|also\s+|currently\s+)?hosted\s+by\s+(?:the\s+)?")


def _hosted_by(doc: StoryDoc, sentence: Sentence) -> None:
    """"X, which is hosted by Y"; "The network is hosted by Y": a network, hub or unit a body
    hosts is part of it."""
    text = doc.text
    opening = _HOSTED_SUBJECT.match(text, sentence.start, sentence.end)
    if opening is not None:
        member = pronoun_org(doc, sentence.start) if opening["ref"] == "It" else definite_org(
            doc, opening["ref"], sentence.start)
        _add_hosted(doc, sentence, member, mention_at(doc, opening.end(), "Organisation"))
    for member in doc.mentions_in(sentence, "Organisation"):
        cue = _HOSTED_BY.match(text, member.end, sentence.end)
        if cue is not None:
            _add_hosted(doc, sentence, member, mention_at(doc, cue.end(), "Organisation"))
        hosts = _HOSTS.match(text, member.end, sentence.end)
        if hosts is not None:
            _add_hosted(doc, sentence, mention_at(doc, hosts.end(), "Organisation"), member)


_SHARED_SERVICE = lazy_pattern(r"\bShared\s+(?:Business\s+)?Services$")
""""Yorkshire and Humber Shared Services is hosted by X": a hosted service, not a firm."""


def _add_hosted(doc: StoryDoc, sentence: Sentence, member: Mention | None,
                host: Mention | None) -> None:
    if member is not None and host is not None and (member.cls not in TRUSTS | {"Company"} or (
            member.cls == "Company" and _SHARED_SERVICE.search(member.text))) \
            and (member.key or member.text) != (host.key or host.text):
        add_fact(doc, sentence, member, "partOf", host, extractor="part_of", confidence=0.7)


_IN_THE_GROUP_MEANT = lazy_pattern(
    r"\s*(?P<member>(?i:the\s+(?:trust|foundation\s+trust|CCG|hospital))|It)"
    r"(?:\s*,\s*(?:which|that)\s+[^,;]{1,100},)?\s+(?:is|was|remains)"
    r"\s+(?:also\s+)?(?:part\s+of|a\s+member\s+of|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:in|within|of))\s+(?P<whole>the\s+(?:[\w-]+\s+)?(?:partnership|system|ICS|group"
    r"|collaborative|network|alliance|cluster))\b")


def _in_the_group_meant(doc: StoryDoc, sentence: Sentence) -> None:
    """"The trust is one of nine in the partnership": both sides are references, to the body
    the story is about and to the grouping named before."""
    match = _IN_THE_GROUP_MEANT.match(doc.text, sentence.start, sentence.end)
    if match is None:
        return
    phrase = match["member"]
    member = pronoun_org(doc, sentence.start) if phrase == "It" else definite_org(
        doc, phrase, sentence.start)
    whole = definite_org(doc, match["whole"], match.start("whole"))
    if member is not None and whole is not None and whole.cls in _GROUPING_OWNERS | {
            "Organisation"} and (member.key or member.text) != (whole.key or whole.text):
        add_fact(doc, sentence, member, "partOf", whole, extractor="part_of", confidence=0.6)


_IN_THE_SYSTEM = lazy_pattern(
    r"\s+(?:are|is|were|was|will\s+be|remain)\s+(?:(?:all|both|also|now)\s+)*(?:part\s+of"
    r"|members?\s+of|the\s+(?:[\w-]+\s+){0,2}(?:trusts|providers|organisations|members|bodies)"
    r"\s+(?:in|of|within))\s+(?P<whole>the\s+(?:integrated\s+care\s+)?(?:system|ICS|ICB"
    r"|partnership|alliance|collaborative|network))\b", _FLAGS)
""""A, B and C are the NHS trusts in the system"; "A and B are also part of the ICS": the
bodies named are members of the grouping the story named before."""


def _named_in_the_group_meant(doc: StoryDoc, sentence: Sentence) -> None:
    orgs = doc.mentions_in(sentence, "Organisation")
    for last in orgs:
        match = _IN_THE_SYSTEM.match(doc.text, last.end, sentence.end)
        if match is None or last.cls not in _MEMBER_CLASSES:
            continue
        whole = definite_org(doc, match["whole"], match.start("whole"))
        if whole is None or whole.cls not in _GROUPING_OWNERS | {"Organisation"}:
            continue
        for member in listed_with(doc, orgs, last, _MEMBER_LINK, after=False):
            if member.cls in _MEMBER_CLASSES and entity_key(member) != entity_key(whole):
                add_fact(doc, sentence, member, "partOf", whole, extractor="part_of",
                         confidence=0.6)


def _as_part_of(doc: StoryDoc, sentence: Sentence) -> None:
    """"A shares a chief executive with B as part of the C Collaborative"; "... through the C
    Federation, of which both trusts are members": the trusts of the clause are members."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    for group in orgs:
        after = _OF_WHICH_MEMBERS.match(text, group.end, sentence.end)
        if not _GROUPING_NAME.search(group.text) and not (
                after and group.cls in {"IntegratedCareSystem", "IntegratedCareBoard"}):
            continue
        cue = _AS_PART_OF.search(text, max(sentence.start, group.start - 30), group.start)
        if not (cue and cue.end() == group.start) and after is None:
            continue
        members = [m for m in orgs if m.end <= group.start and m.cls in _MEMBER_CLASSES
                   and m.cls != group.cls]
        if after is not None and after["count"]:
            members = members[-2:] if len(members) >= 2 else coordinated_trusts(
                doc, group.start, 2)
        if after is not None and after["single"]:
            members = members[:1]
        for member in members:
            if (member.key or member.text) != (group.key or group.text):
                add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                         confidence=0.65)


def _another_member(doc: StoryDoc, sentence: Sentence) -> None:
    """"Kirklees Council, another partner, has yet to agree": one more member of the
    partnership, alliance or collaborative the story last named."""
    for org in doc.mentions_in(sentence, "Organisation"):
        if _ANOTHER_MEMBER.match(doc.text, org.end, sentence.end) is None:
            continue
        groups = [m for m in doc.mentions_before(org.start, "Organisation")
                  if _GROUPING_NAME.search(m.text) and m.cls not in {"Company", "NewsOutlet"}]
        if groups and (groups[-1].key or groups[-1].text) != (org.key or org.text):
            add_fact(doc, sentence, org, "partOf", groups[-1], extractor="part_of",
                     confidence=0.65)


_LISTED_REFERENCE = lazy_pattern(r"\s*(?P<reference>(?i:the)\s+(?:CCG|ICB|trust|foundation\s+trust"
                                 r"|council))\s*,\s*(?:and\s+)?")
""""X includes the CCG, A and B": the body "the CCG" means is a member too."""


def _member_lists(doc: StoryDoc, sentence: Sentence) -> None:
    """"X, the cluster that brings together A, B and C"; "X is a partnership between A and B";
    "Its members include the region's four acute trusts: A, B and C"; "X, the county's
    system, of which the trust and B are both members": A, B and C are part of X."""
    text = doc.text
    orgs = doc.mentions_in(sentence, "Organisation")
    found: list[tuple[Mention, int]] = []
    among = _AMONG_MEMBERS.match(text, sentence.start, sentence.end)
    group = mention_at(doc, among.end(), "Organisation") if among else None
    are = _ARE.match(text, group.end, sentence.end) if group is not None else None
    if group is not None and are is not None:
        found.append((group, are.end()))
    for its in _ITS_MEMBERS.finditer(text, sentence.start, sentence.end) \
            if "includ" in sentence.text or " are " in sentence.text else ():
        owners = [m for m in orgs if m.end <= its.start() and m.cls in _GROUPING_OWNERS]
        if owners:
            found.append((owners[-1], its.end()))
    opening = _MEMBERS_OPENING.match(text, sentence.start, sentence.end)
    if opening is not None:
        owner = pronoun_org(doc, sentence.start) if opening["owner"].lower() == "its" \
            else definite_org(doc, opening["owner"], sentence.start)
        if owner is not None:
            found.append((owner, opening.end()))
    for owner in orgs:
        cue = _MEMBERSHIP.match(text, owner.end, sentence.end)
        if cue is not None and (owner.cls in _GROUPING_OWNERS or _GROUPING_NAME.search(owner.text)
                                or "Pathology" in owner.text or "between" in cue.group(0)
                                or "," in cue["gap"]):
            found.append((owner, cue.end()))
    for whole in orgs if "of which" in sentence.text else ():
        of_which = _OF_WHICH.match(text, whole.end, sentence.end)
        are = _ARE_MEMBERS.search(text, of_which.end(), sentence.end) if of_which else None
        if of_which is None or are is None:
            continue
        named = [m for m in orgs if of_which.end() <= m.start < are.start()]
        referred = [definite_org(doc, ref.group(0), ref.start()) for ref in
                    _TRUST_REFERENCE.finditer(text, of_which.end(), are.start())]
        for member in [*named, *filter(None, referred)]:
            if (member.key or member.text) != (whole.key or whole.text):
                add_fact(doc, sentence, member, "partOf", whole, extractor="part_of",
                         confidence=0.7)
    for owner, position in found:
        referred = _LISTED_REFERENCE.match(text, position, sentence.end)
        member = definite_org(doc, referred["reference"], referred.start("reference")) \
            if referred else None
        if member is not None and (member.key or member.text) != (owner.key or owner.text):
            add_fact(doc, sentence, member, "partOf", owner, extractor="part_of", confidence=0.65)
        position = referred.end() if member is not None else position
        first = next((m for m in orgs if m.start >= position), None)
        if first is None or not _DESCRIPTOR.fullmatch(text, position, first.start):
            continue
        venture = _JOINT_VENTURE.search(text, owner.end, position) is not None
        for member in listed_with(doc, orgs, first, _MEMBER_LINK, before=False):
            if (member.key or member.text) != (owner.key or owner.text):
                part, whole = (owner, member) if venture else (member, owner)
                add_fact(doc, sentence, part, "partOf", whole, extractor="part_of",
                         confidence=0.7)


_JOINT_VENTURE = lazy_pattern(r"\bjoint\s+venture\b", _FLAGS)
""""X, a joint venture between A and B": X is the partners' company, owned by each, unlike a
partnership or network its members are part of."""


def _subsidiary(doc: StoryDoc, sentence: Sentence) -> None:
    """"The subsidiary, X Ltd, will ...": a company the story's body owns. "The firm will
    operate as a wholly owned subsidiary of the trust", "The firm, a subsidiary of X Group
    plc, ran ...", "X Ltd, a wholly owned subsidiary of the foundation trust": the company
    named before belongs to the trust or group."""
    apposed = _FIRM_A_SUBSIDIARY.match(doc.text, sentence.start, sentence.end)
    owner = mention_at(doc, apposed.end(), "Organisation") if apposed else None
    firm = definite_org(doc, apposed["firm"], sentence.start) if owner is not None else None
    if firm is not None and owner is not None and firm.cls == "Company" \
            and (firm.key or firm.text) != (owner.key or owner.text):
        add_fact(doc, sentence, firm, "partOf", owner, extractor="part_of", confidence=0.65)
    opening = _FIRM_BECOMES_SUBSIDIARY.match(doc.text, sentence.start, sentence.end)
    if opening is not None:
        firm = definite_org(doc, opening["firm"], sentence.start)
        trust = definite_org(doc, opening["owner"], sentence.start)
        if firm is not None and trust is not None and firm.cls == "Company" \
                and trust.cls in TRUSTS:
            add_fact(doc, sentence, firm, "partOf", trust, extractor="part_of", confidence=0.65)
    for firm in doc.mentions_in(sentence, "Organisation"):
        described = _SUBSIDIARY_OF_REFERENCE.match(doc.text, firm.end, sentence.end) \
            if firm.cls == "Company" else None
        trust = definite_org(doc, described["owner"], firm.start) if described else None
        if trust is not None and trust.cls in TRUSTS:
            add_fact(doc, sentence, firm, "partOf", trust, extractor="part_of", confidence=0.65)
    if "subsidiary" in sentence.text:
        _set_up_as_subsidiary(doc, sentence)
    for cue in _SUBSIDIARY.finditer(doc.text, sentence.start, sentence.end):
        company = mention_at(doc, cue.end(), "Organisation")
        named = mention_ending_at(doc, cue.start() + len(cue["owner"] or "") - 2, "Organisation") \
            if cue["owner"] and cue["owner"][-2:] in {"’s", "'s"} else None
        if named is None and cue["owner"].lower() in {"a", "an"}:
            before = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= cue.start()]
            named = before[0] if before else None
        owner = (named or definite_org(doc, "its", cue.start())) if company is not None else None
        if owner is not None and company is not None and owner.cls in TRUSTS \
                and (owner.key or owner.text) != (company.key or company.text):
            add_fact(doc, sentence, company, "partOf", owner, extractor="part_of",
                     confidence=0.65)


def _set_up_as_subsidiary(doc: StoryDoc, sentence: Sentence) -> None:
    """"The trust will set up X Ltd as a subsidiary"; "X Ltd, another subsidiary which the
    trust set up in 2016": the company belongs to the trust."""
    orgs = doc.mentions_in(sentence, "Organisation")
    for firm in orgs:
        before = [m for m in orgs if m.end <= firm.start]
        owner = before[-1] if before and _SET_UP_AS_SUBSIDIARY.match(
            doc.text, firm.end, sentence.end) and _SETS_UP.fullmatch(
            doc.text, before[-1].end, firm.start) else None
        another = _ANOTHER_SUBSIDIARY.match(doc.text, firm.end, sentence.end) \
            if owner is None else None
        if another is not None:
            owner = definite_org(doc, another["owner"], firm.start)
        if owner is not None and firm.cls == "Company" and owner.cls in TRUSTS:
            add_fact(doc, sentence, firm, "partOf", owner, extractor="part_of", confidence=0.65)


def _owned_by(doc: StoryDoc, sentence: Sentence) -> None:
    """"NHS Property Services, a company owned by the Department of Health"; "X Ltd, the
    trust's wholly owned subsidiary": owned by it. "As a partner in the G, X benchmarks": a
    member of it."""
    if not _OWNED_CUE(sentence.text):
        return
    opening = _AS_A_MEMBER.match(doc.text, sentence.start, sentence.end)
    group = mention_at(doc, opening.end(), "Organisation") if opening else None
    member = next((m for m in doc.mentions_in(sentence, "Organisation")
                   if group is not None and m.start > group.end
                   and re.fullmatch(r"\s*,\s*(?:the\s+)?", doc.text[group.end:m.start])), None)
    if group is not None and member is not None:
        add_fact(doc, sentence, member, "partOf", group, extractor="part_of", confidence=0.7)
    for cue in _PARENT_NAMED.finditer(doc.text, sentence.start, sentence.end):
        parent = mention_at(doc, cue.end(), "Organisation")
        before = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= cue.start()]
        child = (before[-1] if before else None) if cue["its"] else mention_ending_at(
            doc, cue.start() - 2, "Organisation")
        if parent is not None and child is not None and child.cls == "Company" \
                and entity_key(child) != entity_key(parent):
            add_fact(doc, sentence, child, "partOf", parent, extractor="part_of", confidence=0.7)
    for owner in doc.mentions_in(sentence, "Organisation"):
        cue = _SHAREHOLDER.match(doc.text, owner.end, sentence.end)
        company = mention_at(doc, cue.end(), "Organisation") if cue else None
        if company is not None and (owner.key or owner.text) != (company.key or company.text):
            add_fact(doc, sentence, company, "partOf", owner, extractor="part_of",
                     confidence=0.7)
    for company in doc.mentions_in(sentence, "Organisation"):
        founded = _SET_UP_BY.match(doc.text, company.end, sentence.end) \
            if company.cls == "Company" else None
        founder = (mention_at(doc, founded.end(), "Organisation") or (
            definite_org(doc, founded["reference"], founded.start("reference"))
            if founded["reference"] else None)) if founded else None
        if founder is not None and founder.cls in TRUSTS | _SYSTEMS:
            add_fact(doc, sentence, company, "partOf", founder, extractor="part_of",
                     confidence=0.65)
        cue = _OWNED_BY.match(doc.text, company.end, sentence.end)
        owner = mention_at(doc, cue.end(), "Organisation") if cue else None
        set_up = _IT_SET_UP.match(doc.text, company.end, sentence.end) \
            if cue is None and company.cls == "Company" else None
        if set_up is not None:
            trusts = [m for m in doc.mentions_in(sentence, "Organisation")
                      if m.end <= company.start and m.cls in TRUSTS]
            owner = trusts[0] if trusts and set_up["owner"].lower() == "it" else definite_org(
                doc, set_up["owner"], company.start)
        after = _SUBSIDIARY_AFTER.match(doc.text, company.end, sentence.end) if cue is None \
            else None
        if after is not None:
            owner = definite_org(doc, re.sub(r"[’']s$", "", after["owner"]), after.start())
        if owner is not None and (owner.key or owner.text) != (company.key or company.text):
            add_fact(doc, sentence, company, "partOf", owner, extractor="part_of",
                     confidence=0.7)


def _listed_members(doc: StoryDoc, sentence: Sentence) -> None:
    """"the ICS’ three clinical commissioning groups – A, B and C": the listed bodies are
    members of the owner."""
    text = doc.text
    for owned in _OWNED_LIST.finditer(text, sentence.start, sentence.end):
        owner_end = sentence.start + len(text[sentence.start:owned.start()].rstrip())
        owner = next((m for m in doc.mentions_in(sentence, "Organisation")
                      if m.end == owned.start()), None)
        if owner is None:
            reference = re.search(r"(?i:the)\s+(?:ICS|ICB|STP|system|trust|group|alliance"
                                  r"|partnership)$",
                                  text[sentence.start:owner_end])
            owner = definite_org(doc, reference.group(0), sentence.start + reference.start()) \
                if reference else None
        if owner is None:
            continue
        position = owned.end()
        while True:
            member = mention_at(doc, position, "Organisation")
            if member is None:
                break
            if member.text != owner.text:
                add_fact(doc, sentence, member, "partOf", owner, extractor="part_of",
                         confidence=0.7)
            link = _MEMBER_LINK.match(text, member.end, sentence.end)
            if link is None:
                break
            position = link.end()


def _groups(doc: StoryDoc, sentence: Sentence) -> None:
    """"A and B have agreed to form the C Group"; "The group ... brings together A and B"."""
    orgs = doc.mentions_in(sentence, "Organisation")
    for group in orgs:
        if group.cls in TRUSTS:
            continue
        forms = _FORMS.search(doc.text[sentence.start:group.start])
        if not _GROUP_WORDS.search(group.text) and not (forms and _AS.search(forms.group(0))) \
                and not (forms and _GROUP_NOUN_AFTER.match(doc.text, group.end, sentence.end)):
            continue
        if forms and _MERGE_TO.search(doc.text, sentence.start, sentence.start + forms.start()):
            continue
        if forms:
            members = _chained_before(doc, orgs, sentence.start + forms.start()) or \
                _referred_trusts(doc, sentence, doc.text[sentence.start:group.start])
            for member in members:
                if member.text != group.text:
                    add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                             confidence=0.7)
        together = _BRINGS_TOGETHER.search(doc.text, group.end, sentence.end)
        if together and together.start() - group.end < 60:
            for member in [m for m in orgs if m.end > together.end()]:
                add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                         confidence=0.7)
    reference = _GROUP_REFERENCE.match(sentence.text)
    named = _KNOWN_AS.match(sentence.text, reference.end()) if reference else None
    group = mention_at(doc, sentence.start + named.end(), "Organisation") if named else None
    if group is not None and _GROUP_WORDS.search(group.text):
        for member in _formed_before(doc, sentence):
            add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                     confidence=0.65)
    together = _BRINGS_TOGETHER.search(sentence.text) if reference else None
    if reference and together:
        noun = reference.group(1).lower()
        group = next((m for m in reversed(doc.mentions_before(sentence.start, "Organisation"))
                      if m.text.lower().endswith(noun)
                      or doc.text[m.end:m.end + len(noun) + 1].lower() == " " + noun), None)
        for member in [m for m in orgs if m.start - sentence.start >= together.end()]:
            if group is not None:
                add_fact(doc, sentence, member, "partOf", group, extractor="part_of",
                         confidence=0.65)


def _formed_before(doc: StoryDoc, sentence: Sentence) -> list[Mention]:
    """The bodies that "formed a group" in the sentence before ``sentence``."""
    before = [s for s in doc.sentences if s.end <= sentence.start][-1:]
    formed = _FORMED_A_GROUP.search(doc.text, before[0].start, before[0].end) if before else None
    if formed is None:
        return []
    return _chained_before(doc, doc.mentions_in(before[0], "Organisation"), formed.start())


def _unit_appositions(doc: StoryDoc, sentence: Sentence) -> None:
    """"The Transformation Directorate, NHS England’s digital unit," is part of NHS England;
    so is X in "Leeds Teaching Hospitals' commercial subsidiary, X Ltd,"."""
    for org in doc.mentions_in(sentence, "Organisation"):
        noun = _UNIT_NOUN.match(doc.text, org.end, sentence.end)
        if not noun:
            continue
        name = _NAME_BEFORE_COMMA.search(doc.text[sentence.start:org.start])
        comma = _COMMA_AFTER.match(doc.text, noun.end(), sentence.end) \
            if name is None and not _OWNER_NOUN.search(noun.group(0)) else None
        named = mention_at(doc, comma.end(), "Organisation") if comma else None
        if named is not None and named.cls in {"Company", "OrganisationalUnit", "Organisation"}:
            add_fact(doc, sentence, named, "partOf", org, extractor="part_of", confidence=0.7)
        if name is None:
            continue
        start, end = sentence.start + name.start(1), sentence.start + name.end(1)
        unit = mention_at(doc, start, "Organisation")
        if unit is None:
            unit = Mention(doc.story.id, start, end, doc.text[start:end], "Organisation",
                           "OrganisationalUnit", None, "part_of")
            if not doc.add_mention(unit):
                continue
        add_fact(doc, sentence, unit, "partOf", org, extractor="part_of", confidence=0.7)


_CONTRAST = lazy_pattern(r",?\s+(?:while|whilst|whereas|but)\s|;")
""""A is part of X, while B sits within Y": each clause its own member."""


def _systems(doc: StoryDoc, sentence: Sentence) -> None:
    """Trusts "within the Kent and Medway system", listed, or named in the sentences before."""
    for system in doc.mentions_in(sentence, "Organisation"):
        if system.cls not in _SYSTEMS:
            continue
        head = doc.text[sentence.start:system.start]
        if not _IN_SYSTEM.search(head):
            continue
        members = [m for m in doc.mentions_in(sentence, "Organisation")
                   if m.cls in TRUSTS and m.text != system.text]
        listed = _LIST_AFTER.match(doc.text, system.end, sentence.end)
        breaks = list(_CONTRAST.finditer(head))
        clause_start = sentence.start + breaks[-1].end() if breaks else sentence.start
        before = [m for m in members if clause_start <= m.start and m.end <= system.start]
        subject = _SUBJECT_REFERENCE.match(head)
        if subject and before and _AND_IS_IN.search(head):
            before = []
        if listed:
            members = [m for m in members if m.start >= listed.end()]
        elif before:
            members = before
        elif subject:
            phrase = subject.group(1)
            member = (pronoun_org(doc, sentence.start) if phrase.lower() == "it"
                      else definite_org(doc, phrase, sentence.start))
            members = [member] if member is not None and member.cls in TRUSTS else []
        elif not members or _PLURAL.match(head):
            members = _referred_trusts(doc, sentence, head)
        for member in members:
            add_fact(doc, sentence, member, "partOf", system, extractor="part_of",
                     confidence=0.65)


def _referred_trusts(doc: StoryDoc, sentence: Sentence, head: str) -> list[Mention]:
    """"Both trusts", "All three trusts", "It is one of the trusts": the trusts meant."""
    if _ONE_OF.match(head):
        org = pronoun_org(doc, sentence.start)
        return [org] if org is not None and org.cls in TRUSTS else []
    plural = _PLURAL.match(head)
    if plural is None:
        bare = _BARE_NUMBER.match(head)
        if bare is None:
            return []
        bodies = coordinated_bodies(doc, sentence.start, _MEMBER_CLASSES)
        return bodies if len(bodies) == NUMBER_WORDS[(bare["count"] or "both").lower()] else []
    classes = PLURAL_NOUN_CLASSES.get(plural["noun"].lower(), TRUSTS)
    counted = re.search(r"\b(both|two|three|four|five)\b", plural.group(0), _FLAGS)
    if counted:
        return coordinated_trusts(doc, sentence.start, NUMBER_WORDS[counted.group(1).lower()],
                                  classes)
    return plural_trusts(doc, sentence.start, None, classes)


def _second_predicate(doc: StoryDoc, sentence: Sentence, subject: Mention, gap: str) -> bool:
    """"X provides services in two counties, and is a partner in Y": the sentence's subject
    is the member, however long its first predicate."""
    return (subject.start - sentence.start <= 4 and len(gap) < 200
            and re.search(r",?\s+and\s*$", gap) is not None)


def _units(doc: StoryDoc, sentence: Sentence) -> None:
    """"NHSE’s new Central Commercial Function": the unit is named and belongs to the body."""
    for org in doc.mentions_in(sentence, "Organisation"):
        match = _UNIT.match(doc.text, org.end, sentence.end)
        if match is None or len(match.group(1).split()) < 2:
            continue
        start, end = match.span(1)
        unit = mention_at(doc, start, "Organisation") or Mention(
            doc.story.id, start, end, doc.text[start:end], "Organisation", "OrganisationalUnit",
            None, "part_of")
        if unit.extractor != "part_of" or doc.add_mention(unit):
            add_fact(doc, sentence, unit, "partOf", org, extractor="part_of", confidence=0.75)


_PERSONS_POST_AT = lazy_pattern(r"\s*,[^,;]{1,80}?\b(?:at|of|for)\s+(?:the\s+)?")
""""X, chief financial officer at Y, will join Z": Y is where a person works, not a member."""


_UNKNOWN_NAME_APPOSED = lazy_pattern(r"\s(?:picked|picks|chose|chosen|chooses|selected|selects"
                                     r"|appointed|hired|named|awarded|contracted|engaged|bought"
                                     r"|acquired|signed\s+with)\s+(?-i:[A-Z])[\w&’'.-]*"
                                     r"(?:\s+(?-i:[A-Z])[\w&’'.-]*)*\s*,?\s*$")
""""A has picked Nexa UK, the British arm of Nexa Group": the arm is the name just before the
comma, which no reading knows, not A."""


def _memberships(doc: StoryDoc, sentence: Sentence) -> None:
    orgs = doc.mentions_in(sentence, "Organisation")
    for index, whole in enumerate(orgs):
        if doc.text[whole.end:whole.end + 2] in {"’s", "'s"}:
            continue
        head = doc.text[sentence.start:whole.start]
        cue = _PART_OF.search(head)
        joins = _JOIN_GROUP.search(head) if _GROUPING.search(whole.text) else None
        if cue is None and joins is None:
            continue
        cue_start = sentence.start + (cue or joins).start()  # type: ignore[union-attr]
        asides = relative_clauses(sentence.text, len(sentence.text))
        people = doc.mentions_in(sentence, "Person")
        members = [m for m in orgs[:index] if m.end <= cue_start and not any(
            sentence.start + a <= m.start < sentence.start + b for a, b in asides)
            and m.cls not in {"Regulator", "NewsOutlet"}
            and not _RUN_OBJECT.search(doc.text, max(sentence.start, m.start - 20), m.start)
            and not any(_PERSONS_POST_AT.fullmatch(doc.text, p.end, m.start)
                        for p in people if p.end <= m.start)]
        if members and _AND_PREDICATE.fullmatch(doc.text, members[-1].end, cue_start) and not (
                members[0].start - sentence.start <= 4):
            members = []
        if members and _SUBJECT_REFERENCE.match(head) and _AND_BEFORE.search(
                doc.text, sentence.start, cue_start):
            members = []
        subject = _SUBJECT_REFERENCE.match(head)
        if not members and subject:
            phrase = subject.group(1)
            member = (pronoun_org(doc, sentence.start) if phrase.lower() == "it"
                      else definite_org(doc, phrase, sentence.start))
            if member is not None and member.text != whole.text:
                add_fact(doc, sentence, member, "partOf", whole, extractor="part_of",
                         confidence=0.6)
                for other in _alongside(doc, sentence, whole):
                    add_fact(doc, sentence, other, "partOf", whole, extractor="part_of",
                             confidence=0.6)
            continue
        listed = _short_names_listed(doc, sentence, cue_start)
        if len(listed) > len(members):
            members = listed
        if not members and cue is not None:
            referred = _referred_trusts(doc, sentence, head)
            for member in referred + (_alongside(doc, sentence, whole) if referred else []):
                add_fact(doc, sentence, member, "partOf", whole, extractor="part_of",
                         confidence=0.65)
            if referred:
                continue
        if not members:
            short = _SHORT_SUBJECT.match(doc.text, sentence.start, cue_start)
            named = org_named(doc, short.group(1), sentence.start) if short else None
            if short and named is not None and named.cls in TRUSTS:
                mention = Mention(doc.story.id, short.start(1), short.end(1), short.group(1),
                                  "Organisation", named.cls, named.key or f"name:{named.text}",
                                  "part_of")
                members = [mention] if doc.add_mention(mention) else []
        apposed = [m for m in members if _APPOSED_GAP.fullmatch(doc.text, m.end, cue_start)]
        if apposed:
            members = apposed[:1]
        chained = []
        for member in reversed(members):
            gap = doc.text[member.end:chained[-1].start] if chained else doc.text[
                member.end:cue_start]
            if chained and not _CHAIN_GAP.fullmatch(gap):
                break
            if not chained and len(gap) > 60 and not _second_predicate(doc, sentence, member, gap):
                break
            if not chained and _UNKNOWN_NAME_APPOSED.search(gap):
                break
            chained.append(member)
        both = orgs[index + 1] if cue is not None and re.search(
            r"\b(?:both|jointly\s+owned\s+by)\s+(?:the\s+)?$", cue.group(0)) and index + 1 < len(
            orgs) and re.fullmatch(
            r"\s+and\s+(?:the\s+)?", doc.text[whole.end:orgs[index + 1].start]) else None
        absorbed = cue is not None and _BECAME.search(cue.group(0)) is not None
        if chained and not absorbed:
            chained += [m for m in _alongside(doc, sentence, whole) if m not in chained]
        for member in chained:
            for owner in filter(None, (whole, both)):
                taken_over = absorbed and member.cls in TRUSTS and owner.cls in TRUSTS
                add_fact(doc, sentence, owner if taken_over else member,
                         "mergesWith" if taken_over else "partOf",
                         member if taken_over else owner, extractor="part_of", confidence=0.7)


def _alongside(doc: StoryDoc, sentence: Sentence, whole: Mention) -> list[Mention]:
    """"Both trusts are members of X, alongside A and B": A and B are members too."""
    cue = _ALONGSIDE.match(doc.text, whole.end, sentence.end)
    first = mention_at(doc, cue.end(), "Organisation") if cue else None
    if first is None:
        return []
    orgs = doc.mentions_in(sentence, "Organisation")
    return listed_with(doc, orgs, first, _MEMBER_LINK, before=False)


def _short_names_listed(doc: StoryDoc, sentence: Sentence, cue_start: int) -> list[Mention]:
    """"Leeds, Mid Yorkshire and Bradford are all members of X": short names of bodies the
    story has named in full (or the reference data knows by that short name)."""
    head = doc.text[sentence.start:cue_start]
    listed = _SHORT_LIST.match(head) or _SHORT_LIST_AFTER_OPENER.match(head)
    if listed is None:
        return []
    found = []
    for name in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}", listed.group(1)):
        start = sentence.start + listed.start(1) + name.start()
        org = org_named(doc, name.group(0), start)
        if org is None:
            record = load_gazetteer().lookup(name.group(0), short=True)
            if record is None:
                continue
            org = Mention(doc.story.id, start, start + len(name.group(0)), name.group(0),
                          "Organisation", record.cls, record.key, "part_of")
        mention = Mention(doc.story.id, start, start + len(name.group(0)), name.group(0),
                          "Organisation", org.cls, org.key or f"name:{org.text}", "part_of")
        if doc.add_mention(mention):
            found.append(mention)
        elif (existing := mention_at(doc, start, "Organisation")) is not None:
            found.append(existing)
    return found if len(found) >= 2 else []


def _chained_before(doc: StoryDoc, orgs: list[Mention], offset: int) -> list[Mention]:
    """"A and B, both of which were folded into C": the bodies listed just before ``offset``."""
    before = [m for m in orgs if m.end <= offset]
    chained: list[Mention] = []
    for member in reversed(before):
        gap = doc.text[member.end:(chained[-1].start if chained else offset)]
        if chained and not _CHAIN_GAP.fullmatch(gap):
            break
        if not chained and len(gap) > 60:
            break
        chained.append(member)
    return chained[::-1]
