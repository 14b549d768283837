"""Publications (named reports, reviews, plans, frameworks) and who authored or commissioned them.

A publication is found by its name ("the Empowering NHS Leaders to Lead report", "NHS long-term
plan") or by author and subject ("Lord Carter’s 2016 report into hospital efficiency"). A later
"Sir Ron’s review" or "the review" in the same story means the story's publication.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import (
    DEFINITE_ORG,
    ON_BEHALF,
    OVERSEERS,
    PEOPLE_LINK,
    TRUSTS,
    definite_org,
    listed_with,
    mention_at,
    mention_ending_at,
    previous_person,
    relative_clauses,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.registry import extractor
from kg.extract.roles import ROLE
from kg.extract.text import Cue, lazy_pattern, normalise_name
from kg.extract.untitled import (
    INQUIRY_KINDS,
    WHICH_IT_ORDERED,
    add_fact_from,
    agent_after,
    apposed_title,
    bare_subject_title,
    find_untitled,
    key_for,
    object_relative,
    own_titled,
    publishes_own,
    relate_untitled,
    subject_title,
)
from kg.model import Fact, Mention, Sentence
from kg.startup_cache import compile_pattern

__all__ = ["make_publications", "publication_class"]

NAME = "publications"
_FLAGS = re.IGNORECASE
_KIND = (r"(?:report|review|plan|strategy|framework|inquiry"
         r"|audit(?!\s+(?:and\s+\w+\s+)?committee)|white paper|green paper"
         r"|forward view|charter|guidance|roadmap|blueprint|manifesto|study|stocktake"
         r"|investigation)")
_TITLED = lazy_pattern(
    rf"(?:\b|(?<!\w)(?=\d))((?:\d{{1,2}}[- ](?=[A-Z]))?(?:[A-Z][\w’'-]*|NHS)"
    rf"(?:\s+(?:[A-Z][\w’'-]*|NHS|of|and|the|for|to|in|on|a|&)){{0,8}}?"
    rf"\s+(?-i:[A-Z][\w’'-]*|NHS)\s+(?i:{_KIND})(?:\s+\d{{4}}(?:/\d{{2,4}}|[–-]\d{{2,4}})?)?)"
    rf"\b(?!\s+(?:a|an|the|to|that|their|its)\s|\s+(?:promises?|pledges?|commitments?)\b)"
)
_OWNER_WORD = lazy_pattern(r"(?:[\w-]+)?[’']s\s+")
_LOWER_KIND_TAIL = lazy_pattern(r"\s+(?-i:report|review|plan|strategy)$")
_NHS_LOWER = lazy_pattern(rf"\b(NHS\s+(?:[a-z][\w-]*\s+){{1,3}}{_KIND})\b")
_KIND_CUE = Cue("report", "review", "plan", "strateg", "framework", "inquiry", "audit", "paper",
                "forward view", "charter", "guidance", "roadmap", "blueprint", "manifesto", "study",
                "stocktake", "investigation", "commission", "assessment", "analysis",
                "case for change", "document")
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|NHS)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REVIEW_OF_TITLE = lazy_pattern(
    rf"\b((?:(?:Independent|National|Rapid|Final|Interim|Public|Government)\s+)*"
    rf"(?:Review|Inquiry|Report|Audit|Investigation|Commission)\s+(?:of|into|on)\s+(?:the\s+)?"
    rf"(?!{_WEEKDAY}\b){_TITLE_WORD}(?:\s+(?:(?:and|of|the|for|in|&)\s+)?{_TITLE_WORD})*)"
)
_AT_REQUEST = lazy_pattern(r"\bat the request of\s+(?:the\s+)?", _FLAGS)
_AT_OWNERS_REQUEST = lazy_pattern(r"\bat\s+(?P<owner>(?:the\s+)?[\w’' ]{1,40}?)[’']s?\s+(?:own\s+)?"
                                  r"request\b",
                                  _FLAGS)
_WHO_LED = lazy_pattern(rf",\s*who\s+(?:led|wrote|chaired|carried out|conducted|authored)\s+"
                      rf"(?:the|this|that|last\s+year[’']s)\s+{_KIND}\b", _FLAGS)
_WHO_ORDERED = lazy_pattern(rf"(?:\s*,\s*(?:the|a|an)\s+[^,]{{1,80}}?)?\s*,?\s*who\s+(?:had\s+)?"
                           rf"(?:ordered|commissioned|requested|asked\s+for|set\s+up)\s+"
                           rf"(?:the|this|that)\s+{_KIND}\b", _FLAGS)
_IT_WAS = lazy_pattern(r"\s*It\s+(?:was|is|will\s+be|is\s+being|has\s+been)\s+(?=(?:jointly\s+"
                     r"|originally\s+)?(?:co-)?(?:authored|written|led|carried out|conducted"
                     r"|commissioned|chaired|set\s+up|ordered|requested)\b)")
_COMMA_END = lazy_pattern(r"\s*,\s*$")
_HOLDER_ASIDE = lazy_pattern(r"(?:,\s*(?:which\s+is\s+)?(?:chaired|led|headed|run)\s+by"
                             r"|\bwhose\s+[\w\s]{1,40}?\s+(?:is|was))\s+$", _FLAGS)
""""X, chaired by A, commissioned a review": A holds a post at X and did not order it."""
_BY_END = lazy_pattern(r"\bby\s+(?:the\s+)?$", _FLAGS)
_BY_LATER = lazy_pattern(
    r"\b(?P<verb>commissioned|led|carried out|conducted|chaired|written|authored|undertaken"
    r"|co-authored|co-written|ordered|requested|set\s+up|prepared|drafted|drawn\s+up"
    r"|produced|compiled|(?<=work\swas\s)done)\s+(?:\w+\s+){0,2}?(?:for\s+(?P<client>the\s+\w+"
    r"|\w+)\s+)?by\s+", _FLAGS)
_ITS_AUTHOR = lazy_pattern(r"\b(?:[Ii]ts\s+(?:lead\s+|main\s+|co-)?authors?|[Tt]he\s+(?:report"
                           r"|review|study|inquiry|investigation)[’']s\s+(?:lead\s+|main\s+|co-)?"
                           r"(?:authors?|chair|chairman|chairwoman))(?:\s*,\s*|\s+(?:is|are|was|were)"
                           r"\s+)|\bwhose\s+(?:lead\s+|main\s+|co-)?authors?\s+(?:is|are|was|were)\s+"
                           r"(?:(?-i:[a-z][\w-]*)\s+){0,3}")
_VERB_BETWEEN = lazy_pattern(r"\b(?:is|was|has|had|said|says|will)\b|[.;]")
_ANOTHER_AGENT = lazy_pattern(r"\bby\b|,\s*(?:was|were|is|are|has|had)\b")
_FROM_PERSON = lazy_pattern(r"\bfrom\s+", _FLAGS)
_OPENING_BY = lazy_pattern(r"\W*(?P<verb>Commissioned|Ordered|Requested|Set\s+up|Written|Led"
                          r"|Chaired|Carried\s+out|Conducted|Produced|Co-authored|Co-written"
                          r"|Authored|Compiled|Prepared)\s+(?:jointly\s+)?by\s+(?:the\s+)?")
_FOR_CLIENT = lazy_pattern(r"\bfor\s+(?:the\s+)?(?=(?-i:[A-Z]))", _FLAGS)
_AND = lazy_pattern(r"\band\b|&")
_CLIENT_AFTER = lazy_pattern(r"\s+for\s+(?:the\s+)?")
_LED_VERB = lazy_pattern(r"\b(?:led|chaired|headed)\b", _FLAGS)
_AT_INSTITUTION = lazy_pattern(r"\s+(?:at|of|from)\s+(?:the\s+)?")
_IN_OWN = lazy_pattern(r"\W*In\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", _FLAGS)
_HOLDER_SUBJECT = lazy_pattern(r"\s*,\s*")
_FROM_SOURCE = lazy_pattern(r"\s+from\s+(?:the\s+)?")
_AGENT_ASIDE = lazy_pattern(r"\s*,\s*(?:which|who)\s+[^,;]{1,120},")
""""X, which oversees services in the county, has commissioned a review": X acts."""
_AGENT_VERB = lazy_pattern(
    r"(?:\s*,\s*(?:the|a|an)\s+(?-i:[a-z])[^,;]{1,80},)?\s*,?\s+(?:which\s+|who\s+)?(?:has\s+|had\s+|have\s+|also\s+|jointly\s+)?"
    r"(?:(?:since|now|already|also|jointly|separately|recently|today)\s+)?(commissioned"
    r"|wrote|co-wrote|authored|co-authored|led|co-led|produced|published|ordered|carried\s+out"
    r"|conducted|undertook|set\s+up"
    r"|requested|issued|released|prepared|drafted|compiled|(?:is|was|are|were)\s+(?:the\s+)?"
    r"(?:lead\s+|main\s+|co-)?authors?\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:(?:annual|latest|new|long-awaited|final|interim|first|own)\s+)*"
    r"(?:(?:report|review|study|paper|document|analysis)\s*,\s*)?[“\"‘']?", _FLAGS)
_IT_ORDERED = lazy_pattern(r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:commissioned|ordered|requested|set\s+up)\b")
_OPENING_SUBJECT = lazy_pattern(r"\s*(?:The\s+)?")
_DEFINITE_OPENING = lazy_pattern(rf"\s*(?P<reference>{DEFINITE_ORG})", _FLAGS)
_DEFINITE_PAIR_OPENING = lazy_pattern(rf"\s*(?P<first>{DEFINITE_ORG})\s+and\s+"
                                      rf"(?P<second>{DEFINITE_ORG})", _FLAGS)
""""The CCG and the trust have jointly commissioned a review": both bodies meant."""
_ASKED_FOR = lazy_pattern(r"\s+(?:has\s+|had\s+)?asked\s+for\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+)?)?",
                          _FLAGS)
_AGENTS_LINK = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?")
_BEFORE_COLON = lazy_pattern(r"((?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){1,7}):\s+\S")
_NAME_CUT = lazy_pattern(r"\s+(?=(?:by|for|from|at|in|on|which|that|published|commissioned|led"
                         r"|carried|conducted|between|after|over|since|across)\b)", _FLAGS)
_LEADING_WORD = lazy_pattern(r"(?:new|latest|separate|earlier|leaked|damning|long-awaited|lead"
                             r"|further|second|fresh|recent|major|landmark|highly\s+critical"
                             r"|critical|scathing|internal|external|external\s+independent)\s+",
                             _FLAGS)
_QUOTED_HEAD = lazy_pattern(r"[‘“]([^‘“’”]{3,60})[’”]")
_ORDERED = frozenset({"commissioned", "ordered", "requested", "set"})
_WHICH_VERB = lazy_pattern(r"\s+(?:\w+\s+)?(commissioned|wrote|authored|led|produced|published"
                           r"|ordered|requested|set\s+up)\b",
                         _FLAGS)
_DEFINITE_BODY = lazy_pattern(DEFINITE_ORG, _FLAGS)
_OVERSIGHT = lazy_pattern(r"\b((?:(?:NHS|system|strategic|single)\s+)*oversight\s+framework)\b",
                        _FLAGS)
_SUBJECT_WORD = (r"(?!(?:and|or|is|are|was|were|has|have|had|will|would|which|that|who|made"
                 r"|found|said|says|published|recommended|called|revealed|showed|but|to|by|at|as|its|it"
                 r"|last|this|next|before|after|commissioned|led|written|estimated|estimates|argued"
                 r"|argues|urged|urges|examined|examines|suggested|suggests|identified|identifies"
                 r"|proposed|proposes|warned|warns|concluded|concludes|today|yesterday|make|makes"
                 r"|blames|blamed|went|goes|came|comes|behalf|(?-i:" + _WEEKDAY + r"))\b)[\w’'-]+")
_SUBJECT = rf"{_SUBJECT_WORD}(?:\s+(?:(?:and|of|in|for|the|on|across)\s+)*{_SUBJECT_WORD}){{0,7}}"
_BY_AUTHOR = lazy_pattern(
    rf"[’']s?\s+((?:(?:\d{{4}}|new|latest|independent|long-awaited|final|interim|rapid|damning"
    rf"|landmark|major)\s+)*(report|review|inquiry|audit|analysis|study|investigation)"
    rf"(?:\s+(?:into|of|on)\s+(?:the\s+)?{_SUBJECT})?)"
)
_NAMED_REVIEW = lazy_pattern(
    r"\b((?!(?:The|A|An|This|That|His|Her|Its|Their|Our|Latest|New|Final|Last|We|I|It|They"
    r"|He|She|HSJ|Today|Now|Yesterday)\b)"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,5}\s+(?i:review|report|inquiry)\s+(?:of|into|on)\s+"
    rf"(?:the\s+)?(?!the\b){_SUBJECT})"
)
_QUOTED_BEFORE = lazy_pattern(r"[“\"‘]([A-Z][^“”\"‘’]{1,80}?)[”\"’]\s*,\s*$")
_NAMED_HEAD = lazy_pattern(r"(.+?\s+(?i:review|report|inquiry))\s+(?:of|into|on)\s")
_POSSESSIVE = lazy_pattern(r"[’']s?\s+(?:(?:annual|latest|new|final|interim|first|second|third"
                          r"|long-awaited|\d{4})\s+)*")
_NEXT_TITLE = lazy_pattern(
    r"\s+and\s+(?=(?-i:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,5}\s*,\s*(?:the|a|an)\s+(?:\d{4}\s+)?"
    r"(?:report|review|inquiry|investigation|study|plan|strategy)\b)", _FLAGS)
_REFERABLE = frozenset({"Report", "Review"})
_PUBLICATION_CLASSES = (
    (compile_pattern(r"\breport\b|\binquiry\b|\baudit\b|\bstudy\b|\banalysis\b", re.I), "Report"),
    (compile_pattern(r"\breview\b|\binvestigation\b", re.I), "Review"),
    (compile_pattern(r"\bplan\b|\bstrategy\b|\broadmap\b|\bblueprint\b|\bforward view\b", re.I),
     "Plan"),
    (compile_pattern(r"\bframework\b|\bguidance\b|\bcharter\b|\bstandard\b", re.I), "Framework"),
)
_LEAD_IT = lazy_pattern(r"(?:\s*,[^,;.]{1,80},)?\s+(?:will|is\s+to|would|has\s+agreed\s+to|to)\s+"
                        r"(?:lead|chair|conduct|write|carry\s+(?:it\s+)?out|undertake)\s+(?:it"
                        r"|the\s+(?:review|inquiry|investigation|work|report|study))\b")
_ASKED_TO = lazy_pattern(r"\b(?:asked|appointed|chose|invited|commissioned|hired)\s+$")
_IN_A_REPORT = lazy_pattern(
    r"\s*In\s+(?:a|an|its|their|the|his|her)\s+(?:new\s+|latest\s+|annual\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:report|review|study|analysis|briefing|paper|survey)\b[^,;.]{0,80},\s*(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}")
_SPEAKS = lazy_pattern(r"\s+(?:said|says|found|finds|warned|warns|argued|argues|concluded"
                       r"|concludes|estimated|estimates|claimed|claims|called|calls|urged|urges"
                       r"|showed|shows|revealed|reveals)\b")
_LEADING = lazy_pattern(r"^(?:(?:One|Some|Many|Most|Each|Both|None|Several|All)\s+of\s+(?:the\s+)?"
                        r"|(?:The|A|An|In|Its|This|That|But|And|Since|Under|After)\s+)")
_COMMISSIONED_BY = lazy_pattern(r"\s*,?\s*(?:which\s+was\s+|which\s+were\s+|was\s+|were\s+)?"
                              r"(?:jointly\s+|originally\s+|also\s+)?commissioned\s+"
                              r"(?:jointly\s+)?by\s+(?:the\s+)?", _FLAGS)
_AUTHORED_BY = lazy_pattern(r"[’”'\"]?(?:\s+(?:team|panel))?\s*,?\s*(?:which\s+was\s+|was\s+)?"
                          r"(?:jointly\s+)?(?:written|authored|led|chaired|carried out|conducted"
                          r"|produced|compiled|drawn up|published(?:\s+(?:today|yesterday"
                          r"|this\s+week|last\s+week|on\s+\w+))?)\s+(?:jointly\s+)?by\s+"
                          r"(?:the\s+)?", _FLAGS)
_BY_APPOSED = lazy_pattern(r"[’”'\"]?\s*,\s*by\s+(?:(?-i:[a-z][\w-]*)\s+){0,4}", _FLAGS)
_WHICH_COMMISSIONED = lazy_pattern(r"\s*,?\s*(?:which|that)\s+", _FLAGS)
_COMMISSIONED_FROM = lazy_pattern(
    rf"\s+commissioned\s+from\s+(?:the\s+)?(?:former\s+|then\s+)?(?:.{{0,80}}?\s)?{ROLE}\b", _FLAGS
)
_EPONYMOUS = lazy_pattern(
    r"\b(?:the|The|a|A)\s+(?:[a-z]+\s+)?((?!(?:The|This|That|New|Final|Interim|Independent|National|Annual"
    r"|Government|Latest|First|Second|Third|Last|Next|Full|Draft|Rapid|Public|Major|Key|CQC|NHS"
    r"|HSJ|BBC|Trust|Board|King|Queen)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:report|review|inquiry"
    r"|Report|Review|Inquiry|Stocktake|stocktake|Investigation))\b")
_QUOTED_TITLE = lazy_pattern(
    r"\b(?i:report|review|plan|strategy|paper|study|analysis|briefing|guidance|document)s?\s*,?\s*"
    r"(?:(?i:titled|entitled|called|named)\s+)?[‘“\"']((?:The\s+)?[A-Z](?:[^’”\"'.;]"
    r"|[’'](?=\s+[A-Z]|\w)){2,80}?)[’”\"'](?!\s+[A-Z]|\w)")
_FINDS_CUE = Cue("found", "finds", "says", "shows", "showed", "warns", "warned", "conclude",
                 "recommend", "argue", "reveal")
_TITLE_CUE = Cue("titled", "entitled", "author", "called")
_CUED_TITLE = lazy_pattern(
    r"\b(?P<cue>(?i:titled|entitled|called|(?:co-)?authors?\s+of))\s+[‘“\"]"
    r"(?P<title>(?:The\s+)?[A-Z][^’”\".;]{2,80}?)[’”\"]")
_OPENING_TITLED = lazy_pattern(r"\s*(?P<cue>Titled|Entitled|Called)\s+[‘“\"]?"
                               r"(?P<title>[A-Z][\w’'?!-]*(?:\s+[\w’'?!-]+){0,8}?)[’”\"]?\s*,\s*"
                               r"(?:it|the\s+\w+)\s")
_OPENING_QUOTE = lazy_pattern(r"[‘“\"]")
_APPOSITION_GAP = lazy_pattern(r"[’”\"]?(?:\s+(?:report|review|plan|strategy|study|audit))?\s*,\s*"
                               r"(?:its|their|the|an?)\s+")
_QUOTED_BEFORE_KIND = lazy_pattern(
    r"[‘“\"]((?:The\s+)?[A-Z][^’”\".;]{2,80}?)[’”\"]\s+(?:report|review|plan|strategy|study|audit"
    r"|inquiry|investigation)\b")
_MAIN_TITLE = lazy_pattern(r",\s+[‘“\"']?([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}):\s+"
                           r"(?:An?\s+|The\s+)?$")
_KIND_WORD = lazy_pattern(rf"\b{_KIND}$", _FLAGS)
_DEFINITE = lazy_pattern(rf"\b(?:the|this|that)\s+(?:[\w‘’'-]+\s+){{0,2}}?({_KIND})\b", _FLAGS)
_EQUATION = lazy_pattern(
    rf"\bthe\s+(?:result|outcome|product|findings|fruit)\s+of\s+(?:the|this|that)\s+"
    rf"(?P<kind>{_KIND}|investigation)\s+(?:was|is|were|are|became)\s+[‘'“\"]?(?:The\s+)?", _FLAGS)
_EPONYM = lazy_pattern(
    r"(?:The\s+)?([A-Z][\w’'-]+)\s+(?i:Review|Report|Stocktake|Inquiry|Investigation)\b")


_BARE_KIND = lazy_pattern(r"(?:report|review|study|investigation|inquiry|audit|analysis)",
                          re.IGNORECASE)


def _key(label: str) -> str:
    return "pub:" + normalise_name(label)


def _described_key(doc: StoryDoc, label: str) -> str:
    """A publication only described ("an independent review of maternity care") is this
    story's: two stories' independent reviews are two reviews. A capitalised title ("Ockenden
    review") names the same one wherever it is written."""
    return key_for(f"{doc.story.id} {label}" if label[:1].islower() else label)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    leading = _LEADING.match(text[start:end])
    return (start + leading.end(), end) if leading else (start, end)



def _authors_institution(doc: StoryDoc, sentence: Sentence, authors: list[Mention],
                         pub: Mention) -> None:
    """"written by researchers X and Y at the Z Institute": the body the authors write from
    is an author too (not the university of one who led a review: "led by Professor X of
    the University of Y")."""
    people = [m for m in authors if m.category == "Person"]
    at = _AT_INSTITUTION.match(doc.text, people[-1].end, sentence.end) if people else None
    body = mention_at(doc, at.end(), "Organisation") if at else None
    if body is not None:
        add_fact(doc, sentence, body, "authored", pub, extractor=NAME, confidence=0.7)


_PUBLISHED_AFTER = lazy_pattern(r"\s+(?:(?:has|have|had|today|yesterday|now|also)\s+)*"
                                r"(?:published|publishes|released)\s")


_PUBLISHING_CLIENTS = TRUSTS | OVERSEERS | {"IntegratedCareBoard", "ClinicalCommissioningGroup",
                                          "NHSBody", "LocalAuthority", "GovernmentDepartment"}
""""X publishes a review others wrote": bodies that commission reviews, not think tanks or
colleges, whose staff write what they publish."""


_OWN_WORK = lazy_pattern(r"(?:its|their)\b")


def _only_published(doc: StoryDoc, fact: Fact) -> bool:
    """"X has published an independent review of its services carried out by KPMG": a body
    publishing what the same sentence says another wrote is not its author."""
    published = _PUBLISHED_AFTER.match(doc.text, fact.subject.end, fact.evidence.end)
    if fact.predicate != "authored" or fact.subject.cls not in _PUBLISHING_CLIENTS or \
            published is None or _OWN_WORK.match(doc.text, published.end()):
        return False
    work = _work(fact)
    return any(other.predicate == "authored" and _work(other) == work
               and other.subject.text != fact.subject.text
               and other.evidence.start == fact.evidence.start for other in doc.facts)


def _work(fact: Fact) -> str:
    return fact.object if isinstance(fact.object, str) else fact.object.key or fact.object.text


class _Publications:
    def __init__(self) -> None:
        self.untitled: set[tuple[str, int]] = set()

    @staticmethod
    def full(doc: StoryDoc, pub: Mention) -> bool:
        """The longest publication mention starting where ``pub`` does (not its bare head)."""
        return not any(m.category == "Publication" and m.start == pub.start and m.end > pub.end
                       for m in doc.mentions)

    def __call__(self, doc: StoryDoc) -> StoryDoc:
        for sentence in doc.sentences:
            self.find(doc, sentence)
        for sentence in doc.sentences:
            self.equate(doc, sentence)
        for sentence in doc.sentences:
            self.eponyms(doc, sentence)
        for sentence in doc.sentences:
            self.relate(doc, sentence)
        for sentence in doc.sentences:
            _authored_beside(doc, sentence)
            if "behalf of" in sentence.text:
                _on_behalf_of(doc, sentence)
        _author_appointed_by(doc)
        _commissioned_from(doc)
        for index, sentence in enumerate(doc.sentences):
            if _REVIEWER_CUE(sentence.text):
                _reviewer_asked(doc, index)
        doc.facts[:] = [f for f in doc.facts if not _under_review(doc, f)
                        and not _only_published(doc, f)]
        self.main_titles(doc)
        return doc

    @staticmethod
    def main_titles(doc: StoryDoc) -> None:
        """"Left Behind: Rural Access to Cancer Care" is cited as "Left Behind" too: the title
        before a colon names the same publication."""
        for pub in [m for m in doc.mentions if m.category == "Publication"]:
            main = _BEFORE_COLON.match(doc.text, pub.start, pub.end)
            if main is not None and all(m.end != main.end(1) for m in doc.starting_at(pub.start)):
                doc.mentions.append(replace(pub, end=main.end(1), text=main.group(1)))
        doc.mentions.sort(key=lambda m: (m.start, m.end))

    def apposed_to(self, doc: StoryDoc, start: int) -> str | None:
        """"The CQC's "State of Care" report, its annual assessment of X, warns": a described
        publication in apposition to a named one is that one."""
        for mention in self.publications(doc):
            if mention.end <= start and _APPOSITION_GAP.fullmatch(doc.text, mention.end, start):
                return mention.key
        return None

    def the_one_before(self, doc: StoryDoc, start: int, end: int) -> str | None:
        """"NHS England published Safer Births, a review of ... The report, written by X,
        found": a bare "the report" after a named publication is that publication."""
        if not (_BARE_KIND.fullmatch(doc.text, start, end)
                and re.search(r"\b[Tt]he\s+$", doc.text[max(0, start - 4):start])):
            return None
        named = [m for m in self.publications(doc) if m.end <= start and m.key
                 and m.key not in {key_for(m.text.lower())}]
        return named[-1].key if named else None

    def same_head(self, doc: StoryDoc, head: str) -> str | None:
        """A described publication of the story with the same head ("independent review")
        is the same one: a headline and its story describe it twice."""
        wanted = key_for(head)
        for mention in self.publications(doc):
            if key_for(re.split(r"\s+(?:into|of|on)\s+", mention.text)[0]) == wanted:
                return mention.key
        return None

    def will_lead_it(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"NHS Improvement has commissioned an external review ... Barrister X will lead it";
        "The trust asked Professor X, a neurologist, to lead the review": the review named
        just before is X's (and was ordered by whoever asked)."""
        for cue in _LEAD_IT.finditer(doc.text, sentence.start, sentence.end):
            person = next(iter(reversed([m for m in doc.mentions_in(sentence, "Person")
                                         if m.end <= cue.start()])), None)
            earlier = [m for m in self.publications(doc) if m.end <= cue.start()]
            if person is None or not earlier:
                continue
            add_fact(doc, sentence, person, "authored", earlier[-1], extractor=NAME,
                     confidence=0.65)
            asked = _ASKED_TO.search(doc.text, sentence.start, person.start)
            head = doc.text[sentence.start:asked.start()] if asked else ""
            named = [m for m in doc.mentions_in(sentence, "Organisation")
                     if asked is not None and m.end <= asked.start()]
            reference = re.match(rf"\s*({DEFINITE_ORG})\s*$", head, _FLAGS) if asked else None
            asker = named[-1] if named else definite_org(
                doc, reference.group(1), sentence.start) if reference else None
            if asker is not None:
                add_fact(doc, sentence, asker, "commissioned", earlier[-1], extractor=NAME,
                         confidence=0.65)

    @staticmethod
    def speaking_in(doc: StoryDoc, sentence: Sentence) -> None:
        """"In a report titled Waiting Well, the Nuffield Trust said ...": the body that
        speaks through the report wrote it."""
        opening = _IN_A_REPORT.match(doc.text, sentence.start, sentence.end)
        if opening is None:
            return
        pubs = [m for m in doc.mentions_in(sentence, "Publication") if m.end <= opening.end()]
        speaker = mention_at(doc, opening.end(), "Organisation") or mention_at(
            doc, opening.end(), "Person")
        if pubs and speaker is not None and _SPEAKS.match(doc.text, speaker.end, sentence.end):
            add_fact(doc, sentence, speaker, "authored", max(pubs, key=lambda m: m.end - m.start),
                     extractor=NAME, confidence=0.75)

    def equate(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"The result of the review was ‘The X Stocktake’": the review is that publication."""
        equation = _EQUATION.search(doc.text, sentence.start, sentence.end)
        title = self.at(doc, equation.end()) if equation else None
        if equation is None or title is None:
            return
        kind = equation["kind"].lower()
        earlier = [m for m in self.publications(doc)
                   if m.end <= equation.start() and kind in m.text.lower()]
        if not earlier:
            return
        old = earlier[-1].key
        doc.mentions[:] = [replace(m, key=title.key)
                           if m.category == "Publication" and m.key == old else m
                           for m in doc.mentions]

    def eponyms(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"The Dash Review", "the Fuller Stocktake": named after the person who led it."""
        for pub in doc.mentions_in(sentence, "Publication"):
            match = _EPONYM.match(pub.text)
            if match is None:
                continue
            for person in doc.mentions_before(sentence.end, "Person"):
                if person.text.split()[-1] == match.group(1):
                    add_fact(doc, sentence, person, "authored", pub, extractor=NAME,
                             confidence=0.7)
                    break

    def publications(self, doc: StoryDoc) -> list[Mention]:
        return [m for m in doc.mentions if m.category == "Publication"]

    def find(self, doc: StoryDoc, sentence: Sentence) -> None:
        text = doc.text
        if ":" in sentence.text and (titled := subject_title(text, sentence.start,
                                                               sentence.end)) is not None:
            self.retitle(doc, *titled)
        elif _FINDS_CUE(sentence.text) and (titled := bare_subject_title(
                text, sentence.start, sentence.end)) is not None \
                and (before := doc.sentence_before(sentence)) is not None \
                and self.described_in(doc, before) and not doc.near(*titled):
            self.retitle(doc, *titled, within=before)
        if _TITLE_CUE(sentence.text):
            self.cued_titles(doc, sentence)
        if not _KIND_CUE(sentence.text):
            return
        for agent in doc.mentions_in(sentence):
            if agent.category in {"Person", "Organisation"}:
                self.by_author(doc, sentence, agent)
        for pattern in (_REVIEW_OF_TITLE, _NAMED_REVIEW, _TITLED, _NHS_LOWER, _OVERSIGHT,
                        _EPONYMOUS, _QUOTED_TITLE, _QUOTED_BEFORE_KIND):
            for match in pattern.finditer(text, sentence.start, sentence.end):
                start, end = _strip(text, *match.span(1))
                head = _MAIN_TITLE.search(text, max(sentence.start, start - 80), start)
                start = head.start(1) if head else start
                coordinated = _NEXT_TITLE.search(text, start, sentence.end)
                end = coordinated.start() if coordinated and coordinated.start() < end else end
                label = text[start:end]
                if len(label.split()) < 2 or mention_ending_at(doc, end, "Organisation"):
                    continue
                if label.endswith(" framework") and mention_ending_at(
                        doc, end - len(" framework"), "Organisation"):
                    continue
                kind = _LOWER_KIND_TAIL.search(text, start, end)
                owner = mention_ending_at(doc, kind.start(), "Organisation") if kind else None
                if pattern is _TITLED and owner is not None and owner.start <= start:
                    continue
                added = self.add(doc, start, end, _key(label))
                if added and pattern is _TITLED:
                    self.title_without_kind(doc, start, end, _key(label))
                elif added and pattern is _NAMED_REVIEW and (short := _NAMED_HEAD.match(label)):
                    doc.mentions.append(Mention(doc.story.id, start, start + short.end(1),
                                                short.group(1), "Publication", "Publication",
                                                _key(label), NAME))
                    doc.mentions.sort(key=lambda m: (m.start, m.end))
        key = ""
        for start, end, head_end in find_untitled(doc, sentence):
            if head_end == -2:
                self.retitle(doc, start, end)
                continue
            if head_end == -1:
                named = self.at(doc, start)
                if key and named is not None:
                    doc.mentions[doc.mentions.index(named)] = replace(named, key=key)
                elif key:
                    self.add(doc, start, end, key)
                continue
            key = self.same_head(doc, text[start:head_end]) or self.apposed_to(
                doc, start) or self.the_one_before(doc, start, end) or _described_key(
                doc, text[start:end])
            if not self.add(doc, start, end, key):
                covering = next((m for m in self.publications(doc)
                                 if m.start <= start and end <= m.end), None)
                key = covering.key if covering is not None and covering.key else ""
            else:
                self.untitled.add((doc.story.id, start))
                quoted = _QUOTED_HEAD.match(text, start - (text[start - 1:start] in "‘“"), end)
                short_end = quoted.end(1) if quoted else head_end
                if short_end < end:
                    short_start = quoted.start(1) if quoted else start
                    doc.mentions.append(Mention(doc.story.id, short_start, short_end,
                                                text[short_start:short_end], "Publication",
                                                "Publication", key, NAME))
                self.name_variants(doc, start, head_end, end, key)
                doc.mentions.sort(key=lambda m: (m.start, m.end))
        for agent in doc.mentions_in(sentence):
            if agent.category not in {"Person", "Organisation"}:
                continue
            possessive = _POSSESSIVE.match(text, agent.end, sentence.end)
            pub = self.at(doc, possessive.end()) if possessive else None
            if possessive and pub is None and _OPENING_QUOTE.match(text, possessive.end()):
                pub = self.at(doc, possessive.end() + 1)
            if pub is not None:
                add_fact(doc, sentence, agent, "authored", pub, extractor=NAME,
                         confidence=0.7 if agent.category == "Person" else 0.6)

    def cued_titles(self, doc: StoryDoc, sentence: Sentence) -> None:
        """A title in quotation marks that a word names as one: "the author of 'Beyond the
        Front Door'"; "It ... is titled 'Emergency care in Leeds'" gives its title to the
        publication the sentence before (or this one) described."""
        text = doc.text
        before = doc.sentence_before(sentence)
        since = before.start if before else sentence.start
        opening = _OPENING_TITLED.match(text, sentence.start, sentence.end)
        for cued in [*_CUED_TITLE.finditer(text, sentence.start, sentence.end),
                     *([opening] if opening else [])]:
            start, end = cued.span("title")
            described = [m for m in self.publications(doc) if since <= m.start < start
                         and (doc.story.id, m.start) in self.untitled]
            if cued["cue"].lower() in {"titled", "entitled", "called"} and described:
                self.retitle(doc, start, end)
            else:
                self.add(doc, start, end, _key(text[start:end]))

    def described_in(self, doc: StoryDoc, sentence: Sentence) -> list[Mention]:
        """The publications ``sentence`` described without a title."""
        return [m for m in doc.mentions_in(sentence, "Publication")
                if (doc.story.id, m.start) in self.untitled]

    def retitle(self, doc: StoryDoc, start: int, end: int, *,
                within: Sentence | None = None) -> None:
        """"A report from X ... The report, Out of Sight, was written by": the title names the
        publication described before; every mention of it takes the title's key. ``within``:
        the title names the first publication that sentence described ("X published a report
        on Y, based on a survey of Z. Open Doors found ...")."""
        named = self.at(doc, start)
        if named is None and self.add(doc, start, end, _key(doc.text[start:end])):
            named = self.at(doc, start)
        earlier = [m for m in self.publications(doc)
                   if m.end <= start and (doc.story.id, m.start) in self.untitled]
        if within is not None:
            earlier = self.described_in(doc, within)[:1]
        if named is None or not earlier:
            return
        old = earlier[-1].key
        doc.mentions[:] = [replace(m, key=named.key)
                           if m.category == "Publication" and m.key == old else m
                           for m in doc.mentions]

    def by_author(self, doc: StoryDoc, sentence: Sentence, agent: Mention) -> None:
        """"Lord Carter’s 2016 report into hospital efficiency"; "Sir Ron’s review"."""
        match = _BY_AUTHOR.match(doc.text, agent.end, sentence.end)
        if match is None:
            return
        end = match.end(1)
        label = doc.text[agent.start:end]
        has_subject = re.search(r"\s(?:into|of|on)\s", match.group(1)) is not None
        if has_subject:
            key = _key(label)
        else:
            earlier = [m for m in self.publications(doc) if m.end <= agent.start
                       and publication_class(m.text) in _REFERABLE]
            if earlier:
                key = earlier[-1].key or _key(earlier[-1].text)
            elif agent.category == "Person":
                key = _key(label)
            else:
                return
        if self.add(doc, agent.start, end, key):
            titled = apposed_title(doc.text, end, sentence.end)
            quoted_before = _QUOTED_BEFORE.search(doc.text, max(sentence.start, agent.start - 90),
                                                  agent.start)
            if titled is not None:
                self.add(doc, *titled, key)
            elif quoted_before is not None:
                self.add(doc, *quoted_before.span(1), key)
            described = match.start(1)
            self.untitled.add((doc.story.id, agent.start))
            if has_subject and len(doc.text[described:end].split()) >= 3:
                doc.mentions.append(Mention(doc.story.id, described, end,
                                            doc.text[described:end], "Publication",
                                            "Publication", key, NAME))
                doc.mentions.sort(key=lambda m: (m.start, m.end))
            pub = self.at(doc, agent.start)
            if pub is not None and (agent.category == "Person" or agent.cls != "NewsOutlet"):
                add_fact(doc, sentence, agent, "authored", pub, extractor=NAME,
                         confidence=0.75 if agent.category == "Person" else 0.7)

    def at(self, doc: StoryDoc, start: int) -> Mention | None:
        for mention in doc.mentions:
            if mention.start == start and mention.category == "Publication":
                return mention
        return None

    @staticmethod
    def title_without_kind(doc: StoryDoc, start: int, end: int, key: str) -> None:
        """"the CQC's State of Care report": "State of Care" (and "State of Care report") is
        the publication's title too."""
        named = mention_at(doc, start, "Organisation")
        owner = _OWNER_WORD.match(doc.text, named.end if named else start, end)
        first_word = owner.end() if owner else start
        tail = _LOWER_KIND_TAIL.search(doc.text, start, end)
        spans = {(first_word, tail.start() if tail else end), (first_word, end),
                 (start, tail.start() if tail else end)}
        for first, last in sorted(spans - {(start, end)}):
            if len(doc.text[first:last].split()) >= 2:
                doc.mentions.append(Mention(doc.story.id, first, last, doc.text[first:last],
                                            "Publication", "Publication", key, NAME))
        doc.mentions.sort(key=lambda m: (m.start, m.end))

    @staticmethod
    def name_variants(doc: StoryDoc, start: int, head_end: int, end: int, key: str) -> None:
        """A described report's name has no fixed end: "the review of maternity care at X
        carried out by Y in 2023" may be cited as "review of maternity care at X" or with a
        word less in front ("separate study by Z"). The shorter forms become names of the same
        report, so that whichever a reader uses finds it."""
        text = doc.text
        inside = [(m.start, m.end) for m in doc.near(start, end) if m.category != "Publication"]
        cuts = [cut.start() for cut in _NAME_CUT.finditer(text, head_end + 3, end)
                if not any(a < cut.start() < b for a, b in inside)][:3]
        leading = _LEADING_WORD.match(text, start, head_end)
        starts = [start] + ([leading.end()] if leading else [])
        for first in starts:
            for last in cuts + ([end] if first != start else []):
                if last - first > 6 and (first, last) != (start, end):
                    doc.mentions.append(Mention(doc.story.id, first, last, text[first:last],
                                                "Publication", "Publication", key, NAME))

    def add(self, doc: StoryDoc, start: int, end: int, key: str) -> bool:
        if not doc.text[start:end].strip() or _BODY_NAMED_FOR_WORK.match(doc.text, end):
            return False
        for other in doc.mentions:
            if other.category == "Publication" and start < other.end and other.start < end:
                return False
            if other.category == "Organisation" and other.start <= start and end <= other.end:
                return False
        cited = {f.subject for f in doc.facts} | {f.object for f in doc.facts}
        doc.mentions[:] = [m for m in doc.mentions if not (
            m.category == "Person" and start <= m.start and m.end <= end and m not in cited
            and _KIND_WORD.search(m.text))]
        doc.mentions.append(Mention(doc.story.id, start, end, doc.text[start:end], "Publication",
                                    "Publication", key, NAME))
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        return True

    @staticmethod
    def coordinated(doc: StoryDoc, agents: list[Mention], first: Mention | None,
                    sentence: Sentence) -> list[Mention]:
        """"by X, a former ..., and Y": the agent and the people joined to it by "and"."""
        if first is None:
            return []
        found = [first]
        for other in agents:
            if other.start > found[-1].end and other.category == first.category:
                gap = doc.text[found[-1].end:other.start]
                if re.search(r"(?:^|,|\s(?:MP|QC|KC|CBE|OBE|MBE|DBE|KBE))\s*(?:and|with)\s+"
                             r"(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+"
                             r"(?=(?-i:[a-z])))?"
                             r"(?:(?!(?:by|for|to|of|from|with|the)\b)"
                             r"(?-i:[a-z][\w-]*)(?<!ed)\s+){0,3}$", gap) \
                        and len(gap) < 140:
                    found.append(other)
        return found

    def referred_publication(self, doc: StoryDoc, phrase: str, offset: int) -> Mention | None:
        """The story's publication "the review" (or "It") means: the only one, or the only one
        of that kind; "the review" after only "an independent inquiry" is that inquiry."""
        known = self.publications(doc)
        if len({m.key for m in known}) == 1:
            return known[0]
        kind = phrase.lower().split()[-1]
        of_kind = [m for m in known if kind in m.text.lower()]
        if kind in INQUIRY_KINDS:
            before = [m for m in known if m.end <= offset
                      and any(k in m.text.lower() for k in INQUIRY_KINDS)]
            if before and not [m for m in before if kind in m.text.lower()]:
                of_kind = before
        if len({m.key for m in of_kind}) == 1:
            return of_kind[-1]
        first = min(known, key=lambda m: m.start, default=None)
        return first if first is not None and first in of_kind else None

    @staticmethod
    def chairs_a_body(doc: StoryDoc, sentence: Sentence, later: re.Match[str]) -> bool:
        """"... after a request from the Public Accounts Committee, chaired by X": X chairs
        the body just named (one not itself an agent after "by"), not the publication."""
        if later["verb"].lower() not in {"chaired", "led"}:
            return False
        if _LED_GROUP.search(doc.text, max(sentence.start, later.start() - 40), later.start()):
            return True
        comma = _COMMA_END.search(doc.text, sentence.start, later.start())
        body = mention_ending_at(doc, comma.start(), "Organisation") if comma else None
        return body is not None and not _BY_END.search(doc.text, sentence.start, body.start)

    @staticmethod
    def agent_at(doc: StoryDoc, agents: list[Mention], offset: int) -> tuple[Mention | None, int]:
        """The person or body named at ``offset`` (or that "the ICB" there refers to), and
        where its words end in this sentence."""
        skip = re.match(r"the\s+", doc.text[offset:offset + 4], _FLAGS)
        for start in (offset, offset + (skip.end() if skip else 0)):
            found = next((m for m in agents if m.start == start), None)
            if found is not None:
                return found, found.end
        reference = _DEFINITE_BODY.match(doc.text, offset)
        if reference is None:
            return None, offset
        return definite_org(doc, reference.group(0), offset), reference.end()

    @staticmethod
    def client_after(doc: StoryDoc, sentence: Sentence, author: Mention, pub: Mention) -> None:
        """"The review, written by Dr X for NHS Y, recommended": the body it was written
        for ordered it."""
        client = _CLIENT_AFTER.match(doc.text, author.end, sentence.end)
        ordering = mention_at(doc, client.end(), "Organisation") if client else None
        if ordering is not None and ordering.text != author.text:
            add_fact(doc, sentence, ordering, "commissioned", pub, extractor=NAME,
                     confidence=0.7)

    def relate(self, doc: StoryDoc, sentence: Sentence) -> None:
        text = doc.text
        self.speaking_in(doc, sentence)
        self.will_lead_it(doc, sentence)
        for pub in doc.mentions_in(sentence, "Publication"):
            object_relative(doc, sentence, pub, add_fact_from(doc, sentence))
            if (doc.story.id, pub.start) in self.untitled and self.full(doc, pub):
                relate_untitled(doc, sentence, pub, add_fact_from(doc, sentence))
            else:
                own_titled(doc, sentence, pub, add_fact_from(doc, sentence))
        known = self.publications(doc)
        author = _ITS_AUTHOR.search(text, sentence.start, sentence.end) if known else None
        discussed = [m for m in known if m.end <= (author.start() if author else 0)]
        if author is not None and discussed:
            person = next((m for m in doc.mentions_in(sentence, "Person")
                           if 0 <= m.start - author.end() <= 60
                           and not _VERB_BETWEEN.search(text, author.end(), m.start)), None)
            people = doc.mentions_in(sentence, "Person")
            for one in listed_with(doc, people, person, PEOPLE_LINK, before=False) \
                    if person else []:
                add_fact(doc, sentence, one, "authored", discussed[-1], extractor=NAME,
                         confidence=0.7)
        for person in doc.mentions_in(sentence, "Person"):
            led = _WHO_LED.match(text, person.end, sentence.end)
            ordered = _WHO_ORDERED.match(text, person.end, sentence.end) \
                if not led and " who " in sentence.text else None
            if (led or ordered) and known and len({m.key for m in known}) == 1:
                add_fact(doc, sentence, person, "authored" if led else "commissioned", known[-1],
                         extractor=NAME, confidence=0.7)
        pubs = [m for m in doc.mentions_in(sentence, "Publication")]
        opening_it = _IT_WAS.match(sentence.text)
        if not pubs or opening_it:
            definite = opening_it or _DEFINITE.search(sentence.text)
            referred = self.referred_publication(doc, definite.group(0), sentence.start) \
                if definite else None
            if referred is None and definite is not None and definite.group(0).strip() \
                    .startswith("It"):
                earlier = doc.mentions_before(sentence.start, "Publication")
                referred = earlier[-1] if earlier else None
            if definite is None or referred is None:
                return
            pubs = [referred]
            anchor_start, anchor_end = sentence.start + definite.start(), sentence.start + \
                definite.end()
        else:
            pubs[0] = max((m for m in pubs if m.start == pubs[0].start), key=lambda m: m.end)
            anchor_start, anchor_end = pubs[0].start, pubs[0].end
        pub = pubs[0]
        agents = [m for m in doc.mentions_in(sentence)
                  if m.category in {"Person", "Organisation"}]
        opening = _OPENING_BY.match(text, sentence.start, sentence.end)
        comma = text.find(",", opening.end(), sentence.end) if opening else -1
        if opening and 0 <= comma < anchor_start and "," not in text[comma + 1:anchor_start]:
            agent = agent_after(doc, sentence, opening.end())
            ordered = opening["verb"].lower().split()[0] in _ORDERED
            for one in self.coordinated(doc, agents, agent, sentence):
                if one.end <= comma:
                    add_fact(doc, sentence, one, "commissioned" if ordered else "authored", pub,
                             extractor=NAME, confidence=0.75)
            client = _FOR_CLIENT.search(text, opening.end(), comma)
            ordering = mention_at(doc, client.end(), "Organisation") if client else None
            if ordering is not None and not ordered:
                add_fact(doc, sentence, ordering, "commissioned", pub, extractor=NAME,
                         confidence=0.7)
        its_own = _IN_OWN.match(text, sentence.start, anchor_start)
        holder = next((m for m in doc.mentions_in(sentence, "Person") if its_own
                       and m.start >= anchor_end and _HOLDER_SUBJECT.fullmatch(
                           text, anchor_end, m.start)), None)
        if holder is not None:
            add_fact(doc, sentence, holder, "authored", pub, extractor=NAME, confidence=0.75)
        source = _FROM_SOURCE.match(text, anchor_end, sentence.end)
        author = mention_at(doc, source.end(), "Person") if source else None
        if author is not None and re.search(r"\bcommissioned\b", text[sentence.start:anchor_start],
                                            _FLAGS):
            add_fact(doc, sentence, author, "authored", pub, extractor=NAME, confidence=0.75)
        for regex, predicate in ((_COMMISSIONED_BY, "commissioned"), (_AUTHORED_BY, "authored"),
                                 (_BY_APPOSED, "authored")):
            match = regex.match(text, anchor_end, sentence.end)
            if match:
                agent = agent_after(doc, sentence, match.end())
                if agent is not None and not publishes_own(match.group(0), agent):
                    continue
                if predicate == "commissioned" and _agent_after_from(text, match.end(), agent):
                    predicate = "authored"
                others = agents if agent in agents else [agent, *agents] if agent else []
                named = self.coordinated(doc, others, agent, sentence)
                for one in named:
                    add_fact(doc, sentence, one, predicate, pub, extractor=NAME,
                             confidence=0.8)
                if predicate == "authored" and agent is not None:
                    self.client_after(doc, sentence, agent, pub)
                    if not _LED_VERB.search(match.group(0)):
                        _authors_institution(doc, sentence, named, pub)
        ordered_by_it = _IT_ORDERED.match(text, anchor_end, sentence.end)
        subject = next((m for m in doc.mentions_in(sentence, "Organisation")
                        if m.end <= anchor_start), None) if ordered_by_it else None
        if subject is not None and _OPENING_SUBJECT.fullmatch(text, sentence.start, subject.start):
            add_fact(doc, sentence, subject, "commissioned", pub, extractor=NAME,
                     confidence=0.75)
        which = _WHICH_COMMISSIONED.match(text, anchor_end, sentence.end)
        agent, agent_end = self.agent_at(doc, agents, which.end()) if which else (None, 0)
        verb = _WHICH_VERB.match(text, agent_end, sentence.end) if agent else None
        if agent is not None and verb is not None:
            predicate = "commissioned" if verb.group(1).lower().split()[0] in _ORDERED \
                else "authored"
            add_fact(doc, sentence, agent, predicate, pub, extractor=NAME, confidence=0.8)
            source = _FROM_PERSON.search(text, verb.end(), min(sentence.end, verb.end() + 40))
            author = mention_at(doc, source.end(), "Person") if source else None
            if author is None and _COMMISSIONED_FROM.match(text, agent_end, sentence.end):
                author = previous_person(doc, sentence.start)
            if author is not None and predicate == "commissioned":
                add_fact(doc, sentence, author, "authored", pub, extractor=NAME,
                         confidence=0.75 if source else 0.55)
        scan_from = max(pub.end, anchor_end)
        request = _AT_REQUEST.search(text, scan_from, sentence.end) or _AT_REQUEST.match(
            text, sentence.start + len(sentence.text) - len(sentence.text.lstrip()), pub.start)
        owners = _AT_OWNERS_REQUEST.search(text, scan_from, sentence.end)
        for at in filter(None, (request.end() if request else None,
                                owners.start("owner") if owners else None)):
            agent, _ = self.agent_at(doc, agents, at)
            if agent is not None:
                add_fact(doc, sentence, agent, "commissioned", pub, extractor=NAME,
                         confidence=0.7)
        for later in _BY_LATER.finditer(text, scan_from, sentence.end):
            predicate = "commissioned" if later["verb"].lower().split()[0] in _ORDERED \
                else "authored"
            if self.chairs_a_body(doc, sentence, later):
                continue
            agent = agent_after(doc, sentence, later.end())
            if predicate == "commissioned" and _agent_after_from(text, later.end(), agent):
                predicate = "authored"
            if agent is None and not text.startswith(("the ", "The "), later.end()):
                agent = next((m for m in agents if m.category == "Person"
                              and 0 <= m.start - later.end() < 100
                              and not _ANOTHER_AGENT.search(text, later.end(), m.start)), None)
            named = self.coordinated(doc, agents, agent, sentence)
            for author in named:
                add_fact(doc, sentence, author, predicate, pub, extractor=NAME,
                         confidence=0.75)
            if predicate == "authored" and agent is not None:
                self.client_after(doc, sentence, agent, pub)
                if not _LED_VERB.search(later["verb"]):
                    _authors_institution(doc, sentence, named, pub)
            client = definite_org(doc, later["client"], later.start("client")) \
                if later["client"] and later["client"].lower().startswith("the ") else None
            if predicate == "authored" and agent is not None and client is not None:
                add_fact(doc, sentence, client, "commissioned", pub, extractor=NAME,
                         confidence=0.7)
        asides = [(sentence.start + a, sentence.start + b)
                  for a, b in relative_clauses(sentence.text, len(sentence.text))]
        for agent in agents:
            if agent.end > anchor_start or _HOLDER_ASIDE.search(
                    text, max(sentence.start, agent.start - 60), agent.start) or any(
                    a < agent.start < b for a, b in asides):
                continue
            aside = _AGENT_ASIDE.match(text, agent.end, anchor_start)
            verb = _AGENT_VERB.fullmatch(text[aside.end() if aside else agent.end:anchor_start])
            if verb:
                predicate = "commissioned" if verb.group(1).lower().split()[0] in _ORDERED \
                    or WHICH_IT_ORDERED.match(text, pub.end, sentence.end) else "authored"
                listed = listed_with(doc, agents, agent, _AGENTS_LINK, after=False)
                if len(listed) > 1 and not _AND.search(text, listed[-2].end, agent.start):
                    listed = [agent]
                for one in listed:
                    add_fact(doc, sentence, one, predicate, pub, extractor=NAME, confidence=0.8)
        for agent in agents:
            if agent.end <= anchor_start and _ASKED_FOR.fullmatch(text, agent.end, anchor_start):
                add_fact(doc, sentence, agent, "commissioned", pub, extractor=NAME,
                         confidence=0.75)
        pair = _DEFINITE_PAIR_OPENING.match(text, sentence.start, anchor_start)
        verb = _AGENT_VERB.fullmatch(text, pair.end(), anchor_start) if pair else None
        if pair is not None and verb is not None and not any(a.start < anchor_start
                                                             for a in agents):
            predicate = "commissioned" if verb.group(1).lower().split()[0] in _ORDERED \
                else "authored"
            for name in ("first", "second"):
                agent = definite_org(doc, pair[name], pair.start(name))
                if agent is not None:
                    add_fact(doc, sentence, agent, predicate, pub, extractor=NAME,
                             confidence=0.7)
        opening = _DEFINITE_OPENING.match(text, sentence.start, anchor_start)
        if opening is not None and not any(a.start < anchor_start for a in agents):
            verb = _AGENT_VERB.fullmatch(text, opening.end(), anchor_start)
            asked = _ASKED_FOR.fullmatch(text, opening.end(), anchor_start)
            agent = definite_org(doc, opening["reference"], opening.start("reference")) \
                if verb or asked else None
            if agent is not None:
                predicate = "commissioned" if asked or verb.group(1).lower().split()[0] \
                    in _ORDERED else "authored"
                add_fact(doc, sentence, agent, predicate, pub, extractor=NAME, confidence=0.75)


def _agent_after_from(text: str, cue_end: int, agent: Mention | None) -> bool:
    """"commissioned by the two CCGs from X": the agent after "from" wrote the work."""
    return agent is not None and re.search(r"\bfrom\s+(?:the\s+)?$", text[cue_end:agent.start],
                                           _FLAGS) is not None


def publication_class(label: str) -> str:
    for pattern, cls in _PUBLICATION_CLASSES:
        if pattern.search(label):
            return cls
    return "Publication"


@extractor("publications", requires=("mentions.person", "mentions.organisation"),
           assigns=("mentions.publication", "facts.authored", "facts.commissioned"))
def make_publications() -> _Publications:
    return _Publications()


_AUTHORING_CUE = Cue("led ", "chaired", "written", "carried out", "conducted", "undertaken",
                     "produced", "published", "prepared", "authored", "author", "wrote",
                     "led the")
_BODY_WHICH_IS = lazy_pattern(r"\b(?:board|committee|trust|ICB|council|panel|team|organisation"
                              r"|company|firm|governors)\s*,\s*(?:which|who|that)\s+(?:is|was"
                              r"|has\s+been|will\s+be)\s+(?:now\s+)?$", re.IGNORECASE)
""""The trust's board, which is chaired by X, will receive a report": X leads the board, and
wrote nothing."""
_AUTHORING = lazy_pattern(r"\b(?:led\s+by|chaired\s+by|written\s+by|carried\s+out\s+by"
                          r"|conducted\s+by|undertaken\s+by|produced\s+by|published\s+by"
                          r"|prepared\s+by|authored\s+by|author|authors|wrote|led\s+the)\b",
                          re.IGNORECASE)


_REVIEWED = lazy_pattern(r"\bto\s+(?:review|examine|assess|evaluate|scrutinise|scrutinize|audit"
                        r"|investigate|look\s+(?:again\s+)?at|refresh|update|rewrite)\s+"
                        r"(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w&-]*[’']s\s+)?$", _FLAGS)


def _under_review(doc: StoryDoc, fact: Fact) -> bool:
    """"X has been commissioned by Y to review the NHS long-term plan": the plan is what the
    work looks at, not what Y ordered or X wrote."""
    pub = fact.object
    return (fact.predicate in {"authored", "commissioned"} and isinstance(pub, Mention)
            and fact.evidence.start <= pub.start < fact.evidence.end
            and _REVIEWED.search(doc.text, max(fact.evidence.start, pub.start - 60), pub.start)
            is not None)


def _authored_beside(doc: StoryDoc, sentence: Sentence) -> None:
    """A sentence with one publication and one person and a word of authorship ("led by",
    "author", "carried out by") that no reading took, whose publication has no author yet in
    the story: the person wrote it, at a lower confidence."""
    authoring = _AUTHORING.search(sentence.text) if _AUTHORING_CUE(sentence.text) else None
    if authoring is None or _BODY_WHICH_IS.search(sentence.text, 0, authoring.start()):
        return
    comma = _COMMA_END.search(doc.text, sentence.start, sentence.start + authoring.start())
    body = mention_ending_at(doc, comma.start(), "Organisation") if comma else None
    if body is not None and not _BY_END.search(doc.text, sentence.start, body.start):
        return
    pubs = {m.key or m.text: m for m in doc.mentions_in(sentence, "Publication")}
    if len(pubs) != 1:
        return
    pub = next(iter(pubs.values()))
    related = [f for f in doc.facts if f.predicate in ("authored", "commissioned")
               and isinstance(f.object, Mention) and f.evidence.start == sentence.start]
    if any(f.predicate == "authored" and f.object.text == pub.text for f in doc.facts):
        return
    people = {m.key or m.text: m for m in doc.mentions_in(sentence, "Person")}
    if len(people) == 1 and not any(f.subject.text == next(iter(people.values())).text
                                    for f in related):
        add_fact(doc, sentence, next(iter(people.values())), "authored", pub, extractor=NAME,
                 confidence=0.5)


_FROM_SUPPLIER = lazy_pattern(r"\s*,?\s+from\s+(?:the\s+)?(?:(?:management\s+|accountancy\s+"
                              r"|law\s+)?(?:consultancy|consultants|firm|accountants)\s+)?")


def _commissioned_from(doc: StoryDoc) -> None:
    """"The trust commissioned a review of X from Y", "A review, commissioned by Z from
    consultancy Y, found": Y wrote what was bought from it."""
    for fact in [f for f in doc.facts if f.predicate == "commissioned"]:
        pub = fact.object
        if not isinstance(pub, Mention) or any(
                f.predicate == "authored" and isinstance(f.object, Mention)
                and (f.object.key or f.object.text) == (pub.key or pub.text) for f in doc.facts):
            continue
        sentence = next((s for s in doc.sentences if s.start == fact.evidence.start), None)
        if sentence is None:
            continue
        ends = [pub.end]
        if sentence.start <= fact.subject.start < sentence.end:
            ends.append(fact.subject.end)
        for end in ends:
            supplier = _FROM_SUPPLIER.match(doc.text, end, sentence.end)
            author = (mention_at(doc, supplier.end(), "Organisation")
                      or mention_at(doc, supplier.end(), "Person")) if supplier else None
            if author is not None and author.text != fact.subject.text:
                add_fact(doc, sentence, author, "authored", pub, extractor=NAME, confidence=0.7)
                break


_BODY_NAMED_FOR_WORK = lazy_pattern(r"\s+(?:committee|sub-committee|panel|team|office|function"
                                    r"|department|firm|partner)\b", _FLAGS)
""""the audit committee", "the review team": a body named for a kind of work is no work."""
_LED_GROUP = lazy_pattern(r"\b(?:consortium|partnership|joint\s+venture|bid|alliance|coalition)"
                          r"\s*,?\s*$", _FLAGS)
""""a consortium led by X": X leads the consortium, not a publication."""
_APPOINTER_CUE = Cue("appointed by", "asked by", "commissioned by", "invited by", "instructed by",
                     "chosen by", "request of", "invitation of", "behest of", "asked ",
                     "appointed ", "invited ", "instructed ")
_APPOINTED_BY = lazy_pattern(
    r"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been|been)\s+(?:originally\s+)?"
    r"(?:appointed|asked|commissioned|invited|instructed|chosen)\s+(?:[\w-]+\s+){0,2}?by"
    r"|at\s+the\s+(?:request|invitation|behest)\s+of)\s+(?:the\s+)?(?:then\s+)?"
    r"(?:(?P<role>[a-z][a-z ]{2,40}),\s+)?", _FLAGS)
_ASKED = lazy_pattern(r"\b(?:asked|appointed|commissioned|invited|instructed)\s+$", _FLAGS)


def _author_appointed_by(doc: StoryDoc) -> None:
    """Whoever appointed or asked the author commissioned the work: "The review was carried
    out by X at the request of Y"; "X and his panel were appointed by Y"; "Y asked X to
    investigate". Read in the author's sentence and the next."""
    text = doc.text
    sentences = list(doc.sentences)
    for fact in [f for f in doc.facts if f.predicate == "authored"]:
        author, pub = fact.subject, fact.object
        index = next((i for i, s in enumerate(sentences) if s.start == fact.evidence.start), None)
        if index is None or not isinstance(pub, Mention):
            continue
        for sentence in sentences[index:index + 2]:
            if not _APPOINTER_CUE(sentence.text):
                continue
            appointers = []
            for cue in _APPOINTED_BY.finditer(text, sentence.start, sentence.end):
                appointers.append(mention_at(doc, cue.end(), "Person")
                                  or mention_at(doc, cue.end(), "Organisation"))
            for person in doc.mentions_in(sentence):
                if person.text == author.text and _ASKED.search(
                        text, max(sentence.start, person.start - 20), person.start):
                    before = [m for m in doc.mentions_in(sentence) if m.end < person.start
                              and m.category in {"Person", "Organisation"}]
                    shared = bool(before) and _AND_ASKED.search(
                        text, before[-1].end, person.start) is not None
                    appointers.append((before[0] if shared else before[-1]) if before else None)
            for appointer in appointers:
                if appointer is not None and appointer.text != author.text:
                    add_fact(doc, sentence, appointer, "commissioned", pub, extractor=NAME,
                             confidence=0.6)


_REVIEWER_CUE = Cue("asked", "appointed", "commissioned", "invited", "instructed", "brought in",
                    "hired", "engaged", "called in", "tasked", "drafted in")
_ASKING = (r"(?:asked|appointed|commissioned|invited|instructed|brought\s+in|hired|engaged"
           r"|called\s+in|tasked|drafted\s+in)")
_TO_REVIEW = (r"[^.;]{0,40}?\bto\s+(?:investigate|review|look\s+(?:into|at)|examine|assess"
              r"|re-examine|carry\s+out|conduct|undertake|report\s+on|write|produce|prepare"
              r"|(?:lead|chair)\s+(?:an?|the)"
              r"\s+(?:[\w-]+\s+){0,2}(?:review|investigation|inquiry|audit))\b")
_AND_ASKED = lazy_pattern(rf"\band\s+(?:has\s+|had\s+|have\s+)?{_ASKING}\s+$", _FLAGS)
""""Monitor has found X in breach and has appointed KPMG": the sentence's subject asked."""
_ASKED_ACTIVE = lazy_pattern(rf"\s+(?:has\s+|had\s+|have\s+)?{_ASKING}\s+$", _FLAGS)
_ASKED_AFTER = lazy_pattern(r"(?:\s*,[^,;.]{1,90},)?(?=\s+to\s)", _FLAGS)
_ASKED_PASSIVE = lazy_pattern(
    rf"(?:\s*,[^,;.]{{1,90}},)?\s*,?\s+(?:who\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)?"
    rf"\s*{_ASKING}\s+(?:last\s+year\s+|in\s+\d{{4}}\s+)?by\s+(?:the\s+)?(?:then\s+)?"
    rf"(?:(?-i:[a-z][a-z ]{{2,30}}?)\s+(?=(?-i:[A-Z])))?", _FLAGS)
_TO_REVIEW_AT = lazy_pattern(_TO_REVIEW, _FLAGS)
_ASKED_BY = lazy_pattern(rf"\b{_ASKING}\s+(?:last\s+year\s+|in\s+\d{{4}}\s+)?by\s+(?:the\s+)?",
                         _FLAGS)
_DEFINITE_ASKER = lazy_pattern(rf"\s*(?P<reference>{DEFINITE_ORG})", _FLAGS)


def _reviewer_asked(doc: StoryDoc, index: int) -> None:
    """"The trust asked X to investigate" / "X was brought in by the trust to review ...":
    the one asked wrote the story's review and the one asking commissioned it. The review is
    the one publication named in this sentence, the one before or the two after (the one X
    wrote, when X already wrote one)."""
    sentences = doc.sentences
    sentence = sentences[index]
    text = doc.text
    pairs: list[tuple[Mention, Mention | None]] = []
    for person in doc.mentions_in(sentence, "Person"):
        passive = _ASKED_PASSIVE.match(text, person.end, sentence.end)
        if passive is not None:
            asker = mention_at(doc, passive.end(), "Person") or mention_at(
                doc, passive.end(), "Organisation")
            if asker is not None and _TO_REVIEW_AT.match(text, asker.end, sentence.end):
                pairs.append((asker, person))
            continue
        active = _ASKED_ACTIVE.search(text, sentence.start, person.start)
        after = _ASKED_AFTER.match(text, person.end, sentence.end)
        if active is None or after is None or not _TO_REVIEW_AT.match(text, after.end(),
                                                                      sentence.end):
            continue
        asker = mention_ending_at(doc, active.start(), "Organisation") or mention_ending_at(
            doc, active.start(), "Person")
        reference = _DEFINITE_ASKER.fullmatch(text, sentence.start, active.start()) \
            if asker is None else None
        if reference is not None:
            asker = definite_org(doc, reference["reference"], reference.start("reference"))
        if asker is not None:
            pairs.append((asker, person))
    if not pairs:
        for cue in _ASKED_BY.finditer(text, sentence.start, sentence.end):
            asker = mention_at(doc, cue.end(), "Organisation") or mention_at(
                doc, cue.end(), "Person")
            if asker is not None and _TO_REVIEW_AT.match(text, asker.end, sentence.end):
                pairs.append((asker, None))
    if not pairs:
        return
    window = sentences[max(0, index - 1):index + 3]
    pubs = {m.key or m.text: m for s in window for m in doc.mentions_in(s, "Publication")}
    for asker, person in pairs:
        written = [f.object for f in doc.facts if f.predicate == "authored" and person
                   and f.subject.text == person.text and isinstance(f.object, Mention)
                   and (f.object.key or f.object.text) in pubs]
        if written:
            pub = written[0]
        elif len(pubs) == 1:
            pub = next(iter(pubs.values()))
            if person is not None and not any(
                    f.predicate == "authored" and f.object.key == pub.key for f in doc.facts):
                add_fact(doc, sentence, person, "authored", pub, extractor=NAME,
                         confidence=0.6)
        else:
            continue
        if (person is None or asker.text != person.text) and not any(
                f.predicate == "commissioned" and f.object.key == pub.key for f in doc.facts):
            add_fact(doc, sentence, asker, "commissioned", pub, extractor=NAME, confidence=0.6)


_ON_BEHALF = lazy_pattern(rf"\b{ON_BEHALF}", _FLAGS)


def _on_behalf_of(doc: StoryDoc, sentence: Sentence) -> None:
    """"A report produced by X on behalf of Y": Y commissioned what X wrote here."""
    for cue in _ON_BEHALF.finditer(doc.text, sentence.start, sentence.end):
        client = mention_at(doc, cue.end(), "Organisation") or mention_at(doc, cue.end(),
                                                                             "Person")
        written = [f for f in doc.facts if f.predicate == "authored"
                   and f.evidence.start == sentence.start and f.subject.end <= cue.start()]
        if client is not None and written:
            add_fact(doc, sentence, client, "commissioned", written[-1].object, extractor=NAME,
                     confidence=0.7)
