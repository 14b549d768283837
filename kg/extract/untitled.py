"""Reviews and reports that news describes instead of naming, and who led or ordered them.

"an independent review into governance at X, commissioned by Y", "a report from the National
Audit Office", "his review of NHS efficiency", "the draft report, commissioned by Y and carried
out by Z", "Y were commissioning an independent investigation into X": a publication is the
noun phrase headed by a kind of document, when the text pins it down (a topic after
"into"/"of"/"on", an agent, or a verb of ordering or leading before it). Each also gets its
bare head ("independent investigation") as a second surface form, since later sentences and
readers refer to it that way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.context import (
    DEFINITE_ORG,
    PEOPLE_LINK,
    TRUSTS,
    bodies_at,
    definite_org,
    listed_with,
    mention_at,
    mention_ending_at,
    previous_person,
    pronoun_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.roles import ROLE, normalise_role
from kg.extract.text import lazy_pattern, normalise_name
from kg.model import Mention, Sentence

__all__ = ["INQUIRY_KINDS", "agent_after", "find_untitled", "relate_untitled"]

NAME = "publications"
_FLAGS = re.IGNORECASE
_LOOKBACK = 20000
_QUOTE = "[‘’“”'\"]?"
_ADJECTIVE = (
    r"(?:new|independent|national|rapid|draft|final|interim|damning|landmark|major|long-awaited"
    r"|leaked|full|external|government|government-commissioned|influential|recent|wide-ranging"
    r"|critical|scathing|annual|formal|separate|further|detailed|thematic|clinical|serious case"
    r"|performance and capability|prevention of future deaths|regulation 28|\d{4}|\d+-year|\d+-page"
    r"|ten-year|five-year|long-term|due diligence)")
_KIND = (r"(?:review|report|investigation|inquiry|audit(?!\s+(?:and\s+\w+\s+)?committee)"
         r"|stocktake|assessment|study|plan|strategy"
         r"|analysis|case\s+for\s+change|paper|document|evaluation|survey)")
_NOUN_PHRASE = lazy_pattern(
    rf"\b(?:(?P<det>an?|the|this|that|its|his|her|their|whose)\s+)?"
    rf"(?P<head>(?:{_QUOTE}{_ADJECTIVE}{_QUOTE}\s+){{0,3}}"
    rf"(?:(?!(?:has|have|had|was|were|is|are|new|first|last|second|third|next|same|whole|whose"
    rf"|wider|said|says|that|this|which|will|would|could|should|also|been|into|from|with|their"
    rf"|there|and|for|after|before|than|then|when|what|while|last|each|every|such|other)\b)"
    rf"(?-i:[a-z][a-z-]{{3,}})(?<!ed)\s+)?"
    rf"{_QUOTE}(?P<kind>{_KIND}){_QUOTE})"
    rf"(?![\w-])", _FLAGS)
_QUOTED_HEAD = lazy_pattern(r"[‘“](?=[^‘’“”.;:]*$)")
_PUBLISHERS_OF_OTHERS = frozenset({"NationalBody", "GovernmentDepartment", "Regulator"})
_PARTICIPLE_BEFORE = lazy_pattern(r"\b(?:an?|the)\s+([a-z-]{3,}ed)\s+$", _FLAGS)
_LONG_PLAN = lazy_pattern(r"\d|long-term|\byear\b", _FLAGS)
_TOPIC = lazy_pattern(r"\s+(?:into|of|on)\s+(?!(?:the\s+)?(?:year|month|week|time|Monday|Tuesday"
                     r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", _FLAGS)
INQUIRY_KINDS = frozenset({"review", "inquiry", "investigation"})
"""Words news uses in turn for one inquiry: "An independent inquiry ... The review was ordered"."""
_TOPIC_END = lazy_pattern(
    r"[.;:?!(]|\s[–—]\s|,\s*(?:which|who|whose|commissioned|led|co-led|chaired|co-chaired|headed"
    r"|conducted|carried|published|based|warns"
    r"|warned|says|said|finds|found|argues|argued"
    r"|and\s+\w+ed"
    r"|written|authored|co-authored|produced|compiled|drawn|and\s+(?:a|an|the|its|their)\b"
    r"|to\s+be|examin\w+|found|said|saying|stating|with|after|before|but|as|by)\b"
    r"|\s+(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\b"
    r"|\s+who\s|\s+(?:made|makes|contains|contained)\s+(?:\d+|\w+)\s+(?:[\w-]+\s+)?recommendations\b"
    r"|(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)"
    r"\s+(?:which|that|was|were|has|had|will|is|are|would|could|found|finds|said|says"
    r"|published|commissioned|led|conducted|carried\s+out|highlighted|showed|revealed"
    r"|announced|launched|ordered|requested|due|expected|went|goes|came|comes"
    r"|recommended|concluded|warned|for\s+which|to\s+(?:be|radically|improve|look|examine)"
    r"|estimated|estimates|argued|argues|urged|urges|examined|examines|suggested|suggests"
    r"|identified|identifies|proposed|proposes|criticised|criticises|described|describes"
    r"|blames|blamed|cleared|clears|exposed|exposes|raised|raises|sets\s+out|set\s+out)\b"
    r"|,\s+(?=(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Professor|Prof|Mr|Mrs|Ms)\s"
    r"|(?-i:[A-Z])[\w’'-]+\s+(?-i:[A-Z])[\w’'-]+\s+(?-i:[a-z]+(?:s|ed))\b)"
    r"|\s+and\s+(?=[a-z]+ed\b|(?:chose|took|made|gave|asked|sent|began|won|lost|said|sought"
    r"|found|wrote|set|put|brought|got|kept|told|met|paid|spent|left|ran)\b)|[’”]\s*,|,\s*(?:set\s+up|ordered|requested|launched|asked|its"
    r"|has|have|had|is|was|were|are|will)\b"
    r"|,\s*[“\"‘]|\s+(?:today|yesterday|this\s+week|last\s+week|on\s+\w+day)\b"
    r"|,\s*and\s+(?:has|have|had|is|was|were|will|would)\b"
    r"|\s+from\s+(?:Prof|Professor|Dr|Sir|Dame|Mr|Mrs|Ms|Lord|Lady|the)\b"
    r"|\s+(?:after|following|amid|because|last|this|next)\s|\s+at\s+the\s+request\s+of\b"
    r"|(?<!ed)(?<!\brun)(?<!\bmade)(?<!\bgiven)(?<!\bheld)(?<!\bfor)\s+by\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))"
    r"|,\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,5}?(?:said|says|announced|confirmed|revealed|added)\b"
    r"|\s+and\s+(?=(?-i:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,5}\s*,\s*(?:the|a|an)\s+(?:\d{4}\s+)?"
    r"(?:report|review|inquiry|investigation|study|plan|strategy)\b)", _FLAGS)
_OBJECT_RELATIVE = lazy_pattern(
    r"\s+(?:that|which)\s+(?:the\s+)?(?P<agent>(?-i:[A-Z])[^.;,]{1,90}?)\s+(?:has\s+|had\s+)?"
    r"(?P<verb>paid|commissioned|asked|ordered|conducted|carried\s+out|led|wrote|undertook"
    r"|produced)\b", re.IGNORECASE)
_WORKER = lazy_pattern(r"\s+(?:the\s+)?(?:(?:firm|consultancy|consultants|company)\s+)?",
                       re.IGNORECASE)
_FOR_BODY = lazy_pattern(r"\s+for\s+(?:the\s+)?", re.IGNORECASE)
_AGENT_AFTER = lazy_pattern(
    r"[’”'\"]?(?:\s*,\s*|\s+)(?:and\s+)?(?:which\s+(?:was|were|is|will\s+be|has\s+been)\s+|to\s+be\s+"
    r"|was\s+|were\s+|is\s+|will\s+be\s+|being\s+|has\s+been\s+)?(?:also\s+|jointly\s+)?"
    r"(?P<verb>commissioned|ordered"
    r"|set\s+up|requested"
    r"|led|conducted|carried\s+out|written|authored|co-authored|chaired|undertaken|produced"
    r"|compiled|drawn\s+up|prepared|drafted|published(?:\s+(?:today|yesterday|this\s+week"
    r"|last\s+week|on\s+\w+))?)\s+(?:jointly\s+)?(?P<client>for\s+(?:the\s+)?[^,;.()]{1,90}?\s+)?"
    r"by\s+(?:the\s+)?", _FLAGS)
_FROM = lazy_pattern(r"\s*,?\s+(?:from|by)\s+(?:the\s+)?(?:(?:management\s+|accountancy\s+|law\s+"
                     r"|audit\s+)?(?:consultancy|consultants|firm|think\s+tank|charity"
                     r"|watchdog|regulator)\s+)?", _FLAGS)
_VERB_BEFORE = lazy_pattern(
    r"(?:has|have|had|were|was|is|are|will)?\s*(?:been\s+|be\s+|also\s+)?(?<![\w-])"
    r"(?P<verb>commissioned"
    r"|commissioning|commissions|ordered|orders|ordering|announced|announces|launched|launches"
    r"|published|publishes|led|leads|leading|lead|wrote|writes|authored|carried\s+out"
    r"|conducted|carry\s+out|conduct|undertake|chair|head|chaired|co-chaired|co-chair|co-authored"
    r"|produced|prepared|compiled|issued|issues|sent|asked\s+for)\s+(?:(?:its|their|the)\s+(?:findings|conclusions|results)\s+(?:from|of)\s+)?"
    r"(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:[a-z-]+ed\s+)?$", _FLAGS)
_FOR_CLIENT = lazy_pattern(r"\s+for\s+(?:the\s+)?$")
_FROM_AT_END = lazy_pattern(r"\s+from\s+(?:the\s+)?(?:(?:management\s+|accountancy\s+|law\s+)?"
                            r"(?:consultancy|consultants|firm)\s+)?$", _FLAGS)
""""A review of their management costs from PwC": the firm that wrote it ends its name."""
_LATER_FROM = lazy_pattern(r"(?:\s+(?:in|on|during|last|this)\s+[^,;.]{1,20}?)?\s+from\s+"
                           r"(?:the\s+)?", _FLAGS)
""""was commissioned by X in 2015 from the Royal College": who wrote what X ordered."""
WHICH_IT_ORDERED = lazy_pattern(r"\s*,?\s*(?:which|that)\s+(?:it|they)\s+(?:had\s+|has\s+"
                                 r"|have\s+)?(?:commissioned|ordered)\b", _FLAGS)
""""X published a review, which it commissioned in January": X ordered it, someone else wrote
it."""
_PERSON_FROM = lazy_pattern(r"\s+(?:of|from|at)\s+(?:the\s+)?")
""""Professor X of King's College London will chair the review": X chairs it, not the college."""
_ASIDE_BEFORE_VERB = lazy_pattern(r",\s*[^,;]{1,120},\s*(?:and\b\s*)?(?:has|have|had)?\s*$")
""""X, chaired by A, commissioned a review"; "X has appointed a director, A, and commissioned
a review": the subject before the aside acts, not the person inside it."""
_INQUIRED_INTO = frozenset({"NHSTrust", "NHSFoundationTrust", "CareTrust", "Hospital"})
_INQUIRY_WORD = lazy_pattern(r"\b(?:inquiry|investigation|review)\b", re.IGNORECASE)
""""The Mid Staffordshire public inquiry": a trust or hospital leading an inquiry's name is
what it inquired into, not its author."""
_DONE_BY = lazy_pattern(r"(?:ed|\brun|\bmade|\bgiven|\bheld|\bfor)$", re.IGNORECASE)
"""Before "by", a participle makes the agent the doer of something else: "care provided by X",
"patients cared for by X"."""
_BY = lazy_pattern(r"\s+by\s+(?:the\s+)?(?:(?:management\s+|accountancy\s+|audit\s+)?"
                   r"(?:consultancy|consultants|firm|think\s+tank|charity|watchdog)\s+)?",
                   re.IGNORECASE)
_DEFINITE_SUBJECT = lazy_pattern(rf"\s*({DEFINITE_ORG})\s*", _FLAGS)
_OPENED_DEFINITE_SUBJECT = lazy_pattern(rf"\s*(?:[A-Z][^,;]{{1,60}},\s*)?({DEFINITE_ORG})\s*",
                                        _FLAGS)
""""Following his arrest, the CCG commissioned KPMG to ...": the subject after an opening."""
_ROUTINE = lazy_pattern(r"\b(?:quarterly|monthly|weekly|regular|routine)\s", _FLAGS)
_EVENT_BEFORE = lazy_pattern(r"\b(?:following|after|pending|during|since)\s+$", _FLAGS)
_IN_A_REPORT = lazy_pattern(
    r"\W*In\s+(?:a|an)\s+(?:new\s+|latest\s+|recent\s+|annual\s+|final\s+)?"
    r"(?:report|review|analysis|briefing|study|assessment)\b[^,;.]{0,60},\s*(?:the\s+)?", _FLAGS)
""""In a report published on Wednesday, the National Audit Office said": a publication, which
the publications extractor gives to the speaker (``speaking_in``)."""
_IN_OPENING = lazy_pattern(r"(?:^|[.;]\s+)\s*In\s+$")
_ASKED = lazy_pattern(r"\bwas\s+asked\s+by\s+(?:the\s+)?", _FLAGS)
_TITLED_SUBJECT = lazy_pattern(rf"(?:^|[.;]\s+)\s*(?:The|the)\s+({ROLE})\s+(?:has\s+|had\s+"
                               r"|have\s+)?(?:also\s+|now\s+)?$", _FLAGS)
_ROLE_BEFORE_NAME = lazy_pattern(rf"\b({ROLE})\s+$", _FLAGS)
_TASKED = lazy_pattern(
    r"\b(?:appointed|appoints|asked|asks|commissioned|commissions|hired|engaged|brought\s+in|paid"
    r"|invited|tasked|instructed|chose|chosen|drafted\s+in)\s+(?!by\b)(?P<agent>(?:[^\s.;]+\s+){1,8}?)"
    r"(?:(?:the|a|an)\s+[^,;.]{1,100}?,\s+)?"
    r"(?:to\s+(?:carry\s+out|conduct|lead|undertake|chair|head|run|complete|do)\s+"
    r"|£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+for\s+)(?:an?\s+|the\s+)?$", _FLAGS)
_TASKED_PASSIVE = lazy_pattern(
    r"\s+(?:has|have|had)\s+been\s+(?:appointed|commissioned|asked|hired|engaged|brought\s+in"
    r"|invited|tasked|instructed|chosen|drafted\s+in)(?:\s+by\s+(?:the\s+)?(?P<by>[^.;]{1,80}?))?"
    r"\s+to\s+(?:carry\s+out|conduct|lead|undertake|chair|head|complete)\s+(?:an?\s+|the\s+)?$",
    _FLAGS)
""""KPMG has been appointed (by X) to carry out an independent review": KPMG wrote it."""
_POSSESSIVE = lazy_pattern(r"[’']s?\s+(?:own\s+)?$")
_COLON_TITLE = r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}[?]?:\s+[\w’'-]+(?:\s+[\w’'-]+){0,12}[?!]?"
_APPOSED_WORDS = (r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the|in|to|a|on|by|at|with|from"
                  r"|into|or|as|an|our|not|no)){1,8}")
_TWO_PART = (rf"(?:The\s+)?{_APPOSED_WORDS},\s+{_APPOSED_WORDS}(?=\s*,\s*(?:whose|which|written"
             rf"|published|by|draws|drew|drawn|finds|found|says|said|makes|made|calls|called|sets"
             rf"|is|was|has|had)\b)")
_APPOSED_TITLE = lazy_pattern(
    rf",\s+(?:(?:titled|entitled|called)\s+)?(?:[‘“\"](?=[A-Z][^”\"’]{{2,80}}[”\"’]\s*(?:,|$))"
    rf"|(?:the\s+)?[‘'“\"]?(?=(?:{_TWO_PART}|{_COLON_TITLE}|(?:The\s+)?{_APPOSED_WORDS})[’'”\"]?"
    rf"\s*(?:,|$)))"
    rf"((?<=[‘“\"])[A-Z][^”\"’]{{2,80}}(?=[”\"’])|{_TWO_PART}|{_COLON_TITLE}"
    rf"|(?:The\s+)?{_APPOSED_WORDS})"
    r"[’'”\"]?(?=\s*(?:,|$))")
_SUBJECT_TITLE = lazy_pattern(
    r"\s*[‘“\"']?([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}:\s+[\w’'–-]+(?:\s+[\w’'–-]+){0,10}?)"
    r"[’”\"']?\s+(?:found|finds|says|said|shows|showed|warns|warned|concludes|concluded"
    r"|recommends|recommended|argues|argued|calls|called|reveals|revealed)\b")
_BARE_SUBJECT_TITLE = lazy_pattern(
    rf"\s*[‘“\"']?((?!(?:The|This|That|Its|It|Their|His|Her|A|An|But|And|Yet|Both|One)\s)"
    rf"{_APPOSED_WORDS})[’”\"']?\s+(?:found|finds|says|shows|showed|warns|warned|concludes"
    rf"|concluded|recommends|recommended|argues|argued|reveals|revealed)\b")
_OWN_KIND_BEFORE = lazy_pattern(rf"\b(?P<det>its|his|her|their)\s+(?:[\w-]+\s+)?{_KIND}\s*,\s*"
                               r"[‘“\"']?$", _FLAGS)
_INSPECTION = lazy_pattern(r"(?:inspection|CQC|Care Quality Commission|inspectors)(?:[’']s)?\s+"
                         r"(?:\w+\s+)?$")
_TITLE_BEFORE = lazy_pattern(
    r"(?<![\w’'])[‘“\"']?((?!(?:Separately|Meanwhile|However|Elsewhere|Also|Now|Earlier|Later"
    r"|Last|Next|Today|Yesterday|Previously|Similarly|Instead|Finally|Overall|Nationally"
    r"|Locally|Then|Since|Recently)\b)(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the|in|to|a"
    r"|on)){0,7})[’”\"']?\s*,\s*$")
_TITLE_WORDS = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the|in|to|a|on))*"
_COMMA_TITLE = lazy_pattern(
    rf"\s*,\s*[‘“\"']?({_COLON_TITLE}|(?:The\s+)?{_TITLE_WORDS}(?:,\s+{_TITLE_WORDS})*)"
    r"[’”\"']?\s*(?=,)")
_BARE_TITLE = lazy_pattern(rf"\s+[‘“\"']?((?!(?:The|This|That|It|In|On|At|By|For)\b)"
                           rf"{_COLON_TITLE}|(?!(?:The|This|That|It|In|On|At|By|For)\b)"
                           r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the|in|to|a|on))"
                           r"{0,6})[’”\"']?(?=\s*[,.;]|\s+(?:which|that|was|is|has)\b)")
_TITLED_BARE = lazy_pattern(
    rf"\s*,?\s*(?i:titled|entitled|called)\s+({_COLON_TITLE}|(?:The\s+)?{_TITLE_WORDS})(?=\s*[,.;])")
_NAMED_TITLE = lazy_pattern(
    r"\s*,?\s*(?:(?i:titled|entitled|called|named)\s+)?[‘“\"']((?:The\s+)?[A-Z][^’”\"'.;]{2,80}?)"
    r"[’”\"']")
_HOLDER_OF_POST = lazy_pattern(rf"[’']s\s+(?:(?:new|former|interim|acting)\s+)?{ROLE}\s*,?\s*",
                               re.IGNORECASE)
_REFERENCE = lazy_pattern(r"(trust|foundation trust|ICB|CCG|regulator|department|board|college"
                          r"|union|organisation|body|group|company|firm|consultancy|partnership"
                          r"|alliance|collaborative|network|system|council|SHA|PCT|ICS"
                          r"|strategic health authority|primary care trust|watchdog)\b", _FLAGS)
_COMMISSIONING = frozenset({"commissioned", "commissioning", "commissions", "ordered", "orders",
                            "asked",
                            "ordering", "announced", "announces", "launched", "launches"})


def _title_start(doc: StoryDoc, title: re.Match[str]) -> int:
    """Where a title set before its description starts: after any name it overlaps ("the
    Ockenden report into care in Shropshire and Reading the Signals, the 2022 report")."""
    start, end = title.span(1)
    inside = [m for m in doc.near(start - 400, end) if m.end > start and m.start < end]
    if not inside:
        return start
    after = max(m.end for m in inside)
    joined = re.search(r"\s+and\s+", doc.text[after:end])
    return after + joined.end() if joined else end


def _by_agent(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
    """The author in "a damning review by Dr X", "a review of nursing by the Y Institute"."""
    by = _BY.match(doc.text, offset, sentence.end)
    if by is None or _DONE_BY.search(doc.text, max(0, offset - 8), offset):
        return None
    return mention_at(doc, by.end(), "Person") or mention_at(doc, by.end(), "Organisation")


def agent_after(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
    """The person or body named at ``offset``, or within a few words after it ("auditing
    firm Mazars", "NHS England medical director Sir Bruce Keogh": the person wins)."""
    window_end = min(sentence.end, offset + 70)
    if doc.text[max(0, offset - 4):offset].lower() == "the " and any(
            m.start == offset - 4 for m in doc.starting_at(offset - 4)):
        offset -= 4
    nearby = [m for m in doc.mentions_in(sentence) if m.category in {"Person", "Organisation"}
              and offset <= m.start < window_end]
    article = 4 if doc.text[offset:offset + 4].lower() == "the " else 0
    reference = _REFERENCE.match(doc.text, offset + article)
    named = reference is not None and bool(nearby) and re.fullmatch(
        r"\s+", doc.text[reference.end():nearby[0].start]) is not None
    if reference and not named and not (nearby and nearby[0].start in (offset, offset + article)):
        holder = _HOLDER_OF_POST.match(doc.text, reference.end(), window_end)
        person = mention_at(doc, holder.end(), "Person") if holder else None
        return person or definite_org(doc, "the " + reference.group(1), offset)
    if not nearby or nearby[0].start - offset > 30:
        return None
    first = nearby[0]
    people = [m for m in nearby if m.category == "Person"]
    if first.category == "Organisation" and people and re.fullmatch(
            r"(?:(?:former|then|ex-|outgoing|current)\s*)*", doc.text[offset:first.start]):
        gap = doc.text[first.end:people[0].start]
        if re.fullmatch(r"(?:[’']s)?[\s,]+(?:[A-Za-z-]+[\s,]+){1,4}", gap) and not re.search(
                r"\b(?:and|by|or|with|alongside|for|to|from|at|in|on|after|before)\b", gap):
            return people[0]
    return first


def find_untitled(doc: StoryDoc, sentence: Sentence) -> list[tuple[int, int, int]]:
    """Spans (start, end, head end) of described publications in ``sentence``; a title set in
    apposition ("a national review of stroke care, Every Minute Counts,") follows its
    publication with head end -1; a title given to one described earlier ("The report, Out
    of Sight, was written by") has head end -2."""
    text = doc.text
    found: list[tuple[int, int, int]] = []
    for match in _NOUN_PHRASE.finditer(text, sentence.start, sentence.end):
        start, head_end = match.start("head"), match.end("head")
        participle = _PARTICIPLE_BEFORE.search(text, max(sentence.start, start - 30), start) \
            if match["det"] is None else None
        if participle:
            start = participle.start(1)
        quoted = _QUOTED_HEAD.search(text, max(sentence.start, start - 60), start) \
            if text[head_end - 1] in "’”" else None
        if quoted:
            start = quoted.end()
        kind = match["kind"].lower()
        if kind == "report" and _INSPECTION.search(text, sentence.start, match.start("head")):
            continue
        agent = _by_agent(doc, sentence, head_end)
        described_by = agent is not None and (match.group("head") != match["kind"]
                                              or agent.cls == "Company")
        if _ROUTINE.search(match.group("head")) or (
                kind in {"review", "assessment"} and _EVENT_BEFORE.search(
                    text, sentence.start, match.start()) and not _TOPIC.match(
                    text, match.end(), sentence.end) and not described_by):
            continue
        if kind in {"plan", "strategy"} and (
                re.match(r"\s+to\b", text[head_end:head_end + 4])
                or not _LONG_PLAN.search(match.group("head"))):
            continue
        end = head_end
        topic = _TOPIC.match(text, head_end, sentence.end)
        pinned = False
        if topic:
            stop = _TOPIC_END.search(text, topic.end(), sentence.end)
            topic_end = stop.start() if stop else sentence.end
            source = next((cue for m in doc.mentions_in(sentence, "Organisation")
                           if topic.end() < m.start and m.end <= topic_end
                           and re.match(r"\s*(?:[.;,]|$)", text[m.end:topic_end + 1])
                           and (cue := _FROM_AT_END.search(text, topic.end(), m.start))), None)
            if source is not None:
                topic_end = source.start()
            if topic_end - topic.end() >= 3 and topic_end - head_end <= 170:
                end = topic_end
                pinned = bool((match["det"] or "").lower() in {"a", "an", "his", "her",
                                                                       "its", "their", "whose"}
                              or match.group("head") != match["kind"])
        definite = (match["det"] or "").lower() in {"the", "this", "that"}
        earlier = [m for m in doc.near(start - _LOOKBACK, start) if m.category == "Publication"]
        own = (match["det"] or "").lower() in {"its", "their", "his", "her"}
        renamed = _APPOSED_TITLE.match(text, head_end, sentence.end) \
            if end == head_end and (definite or own) else None
        if renamed:
            found.append((renamed.start(1), renamed.end(1), -2))
            continue
        kinds = INQUIRY_KINDS if kind.lower() in INQUIRY_KINDS else {kind.lower()}
        if end == head_end and definite and any(k in m.text.lower() for m in earlier
                                                for k in kinds):
            continue
        if kind == "document":
            continue
        title = _APPOSED_TITLE.search(text, head_end, sentence.end)
        if title is not None and title.start() >= end:
            title = None
        title = title or _NAMED_TITLE.match(text, head_end, sentence.end) or _TITLED_BARE.match(
            text, head_end, sentence.end)
        comma = None if title else _COMMA_TITLE.match(text, head_end, sentence.end)
        title = title or comma
        bare = _BARE_TITLE.match(text, head_end, sentence.end) if title is None else None
        if bare and not any(m.start < bare.end(1) and bare.start(1) < m.end
                            for m in doc.near(bare.start(1) - 400, bare.end(1))
                            if m.category in {"Person", "Organisation"}):
            title = bare
        if title:
            end = min(end, title.start())
            pinned = pinned or comma is None or bool(
                _AGENT_AFTER.match(text, title.end(), sentence.end))
        source = _FROM.match(text, head_end, sentence.end)
        if source and not topic:
            agent = mention_at(doc, source.end(), "Organisation")
            if agent is not None:
                end, pinned = (head_end if "," in source.group(0) else agent.end), True
                title = title or _APPOSED_TITLE.match(text, end, sentence.end)
        if _AGENT_AFTER.match(text, end, sentence.end) or _OBJECT_RELATIVE.match(
                text, end, sentence.end) or _by_agent(doc, sentence, end) is not None:
            pinned = True
        before = text[sentence.start:match.start()]
        if match["det"] is None and _POSSESSIVE.search(before):
            pinned = True
        if _IN_A_REPORT.match(text, sentence.start, sentence.end) and match.start() - \
                sentence.start <= 12:
            pinned = True
        if _VERB_BEFORE.search(before) or (
                _IN_OPENING.search(before) and match.group("head") != match["kind"]
                and text[head_end:head_end + 1] == ","):
            pinned = True
        if re.search(r"\b(?:\d+-year|ten-year|long-term)\s", match.group("head"), _FLAGS):
            pinned = True
        owner = re.search(r"\s*(?:\([^)]{1,12}\)\s*)?$", before) if not match["det"] else None
        named = next((m for m in doc.mentions_in(sentence, "Organisation")
                      if owner and m.end == sentence.start + owner.start()), None)
        if own and _PUBLISHED_AFTER.match(text, head_end, sentence.end) and (
                owner_body := pronoun_org(doc, sentence.start)) is not None \
                and owner_body.cls not in TRUSTS | {"Hospital"}:
            pinned = True
        if named is not None and title:
            pinned = True
        if named is not None and pinned:
            start = named.start
        named_before = _TITLE_BEFORE.search(text, sentence.start, match.start()) \
            if (match["det"] or "").lower() in {"a", "an", "the"} else None
        title_start = _title_start(doc, named_before) if named_before else -1
        if named_before and mention_at(doc, title_start, "Person") is None \
                and mention_at(doc, title_start, "Organisation") is None:
            pinned = True
        else:
            named_before = None
        if pinned:
            found.append((start, end, head_end))
            if title:
                found.append((title.start(1), title.end(1), -1))
            if named_before:
                found.append((title_start, named_before.end(1), -1))
    return found


_PUBLISHED_AFTER = lazy_pattern(r"\s*,\s*(?:published|released|issued)\b", _FLAGS)
""""Its report, published on Tuesday, says": the body "its" means wrote it."""
_AND_ALSO = lazy_pattern(r"\s*(?:,\s*)?and\s+(?:the\s+)?")
""""a report by the Nuffield Trust and the Health Foundation": both wrote it."""


def relate_untitled(doc: StoryDoc, sentence: Sentence, publication: Mention,
                    emit: Callable[[Mention, str, Mention, float], None]) -> None:
    """Agents of one described publication, from the words around it."""
    text = doc.text
    ordered = WHICH_IT_ORDERED.match(text, publication.end, sentence.end)
    position = publication.end
    after = _AGENT_AFTER.match(text, position, sentence.end)
    while after is not None:
        agent = agent_after(doc, sentence, after.end())
        if agent is None:
            break
        predicate = "commissioned" if after["verb"].lower().split()[0] in {
            "commissioned", "ordered", "set", "requested"} else "authored"
        if publishes_own(after["verb"], agent):
            emit(agent, predicate, publication, 0.8)
            people = doc.mentions_in(sentence, "Person")
            for other in listed_with(doc, people, agent, PEOPLE_LINK, before=False)[1:] \
                    if agent in people else ():
                emit(other, predicate, publication, 0.8)
                position = max(position, other.end)
        for client in bodies_at(doc, after.start("client") + len("for "), after.end("client"),
                                after.start("client")) if after["client"] else ():
            if client.text != agent.text:
                emit(client, "commissioned", publication, 0.7)
        position = max(agent.end, after.end())
        after = _AGENT_AFTER.search(text, position, min(sentence.end, position + 40))
    client = next((m for m in doc.mentions_in(sentence, "Organisation")
                   if m.end == publication.end and publication.start < m.start), None)
    if client is not None and _FOR_CLIENT.search(text, publication.start, client.start):
        emit(client, "commissioned", publication, 0.7)
    source = _FROM.match(text, _head_end(doc, publication), sentence.end) or _FROM.match(
        text, publication.end, sentence.end)
    sourced = mention_at(doc, source.end(), "Organisation") if source else None
    later = _LATER_FROM.match(text, position, sentence.end) if position > publication.end \
        else None
    sourced = sourced or (mention_at(doc, later.end(), "Organisation") if later else None)
    sourced = sourced or _by_agent(doc, sentence, publication.end)
    while sourced is not None:
        emit(sourced, "authored", publication, 0.75)
        joined = _AND_ALSO.match(text, sourced.end, sentence.end)
        also = mention_at(doc, joined.end(), sourced.category) if joined else None
        sourced = also if also is not None and also.cls == sourced.cls else None
    before = text[sentence.start:publication.start]
    det = re.search(r"\b(?P<det>an?|the|this|that|its|his|her|their|whose)\s+$", before, _FLAGS)
    if det:
        _possessor_authored(doc, sentence, publication, det, emit)
    head = before[:det.start()] if det else before
    named = re.search(r"\s*(?:\([^)]{1,12}\)\s*)?$", head) if not det else None
    owner = next((m for m in doc.mentions_in(sentence, "Organisation")
                  if named and m.end == sentence.start + named.start()), None)
    if owner is not None:
        emit(owner, "authored", publication, 0.75)
    leading = next((m for m in doc.mentions_in(sentence, "Organisation")
                    if m.start == publication.start and m.end < publication.end), None)
    if leading is not None and leading.cls != "NewsOutlet" and not (
            leading.cls in _INQUIRED_INTO and _INQUIRY_WORD.search(publication.text)):
        emit(leading, "authored", publication, 0.75)
    possessive = _POSSESSIVE.search(head) if not det else None
    if possessive:
        owner_end = sentence.start + possessive.start()
        owner = next((m for m in doc.mentions_in(sentence) if m.end == owner_end
                      and m.category in {"Person", "Organisation"}), None)
        if owner is not None:
            emit(owner, "authored", publication, 0.75)
    verb = _VERB_BEFORE.search(before)
    if verb:
        predicate = "commissioned" if verb["verb"].lower().split()[0] in _COMMISSIONING \
            or ordered else "authored"
        subject_end = sentence.start + verb.start()
        inside = [m for m in doc.mentions_in(sentence, "Publication") if m is not publication]
        agents = [m for m in doc.mentions_in(sentence) if m.end <= subject_end
                  and m.category in {"Person", "Organisation"}
                  and subject_end - m.end <= 12
                  and not any(p.start < m.start and m.end <= p.end for p in inside)]
        if agents and agents[-1].category == "Organisation":
            speaker = next((p for p in doc.mentions_in(sentence, "Person")
                            if _PERSON_FROM.fullmatch(doc.text, p.end, agents[-1].start)), None)
            agents = [speaker] if speaker is not None else agents
        aside = _ASIDE_BEFORE_VERB.search(before, 0, verb.start())
        if agents and aside is not None and agents[-1].start >= sentence.start + aside.start():
            subject = [m for m in doc.mentions_in(sentence, "Organisation")
                       if m.end <= sentence.start + aside.start()]
            agents = subject[:1]
        if not agents and aside is not None and not re.match(r",\s*(?:who|which)\b",
                                                             aside.group(0)):
            agents = [m for m in doc.mentions_in(sentence) if m.end == sentence.start
                      + aside.start() and m.category in {"Person", "Organisation"}]
        if not agents:
            holder = _holder_of_titled_subject(doc, before[:verb.start()])
            subject = _DEFINITE_SUBJECT.fullmatch(before, 0, verb.start())
            if holder is None and subject is not None:
                holder = definite_org(doc, subject.group(1), sentence.start)
            agents = [holder] if holder is not None else []
        passive = _TASKED_PASSIVE.search(before) if predicate == "authored" else None
        doer = mention_ending_at(doc, sentence.start + passive.start(), "Organisation") \
            if passive else None
        if passive and doer is not None:
            emit(doer, "authored", publication, 0.75)
            orderer = agent_after(doc, sentence, sentence.start + passive.start("by")) \
                if passive["by"] else None
            if orderer is not None:
                emit(orderer, "commissioned", publication, 0.75)
            return
        tasked = _TASKED.search(before)
        if agents and not _ASKED.search(before) and not (
                (sourced or tasked) and predicate == "authored"):
            emit(agents[-1], predicate, publication, 0.75)
            for other in _listed_before(doc, sentence, agents[-1], agents[-1].category):
                emit(other, predicate, publication, 0.7)
        if tasked and predicate == "authored":
            _tasked(doc, sentence, tasked, publication, emit)
            return
        asked = _ASKED.search(before)
        if asked and predicate == "authored":
            asker = agent_after(doc, sentence, sentence.start + asked.end())
            if asker is not None:
                emit(asker, "commissioned", publication, 0.7)
            asked_at = sentence.start + asked.start()
            people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= asked_at]
            if people:
                emit(people[-1], "authored", publication, 0.75)
                return
    elif (paid := _TASKED.search(before)) is not None and "for" in paid.group(0)[-8:]:
        _tasked(doc, sentence, paid, publication, emit)


def _holder_of_titled_subject(doc: StoryDoc, head: str) -> Mention | None:
    """"The Secretary of State has commissioned a review": the person the story says holds
    that post."""
    titled = _TITLED_SUBJECT.search(head)
    if titled is None:
        return None
    role = normalise_role(titled.group(1))

    def same(other: str | None) -> bool:
        return other is not None and (other == role or other.startswith(role + " "))

    for fact in reversed(doc.facts):
        if fact.predicate == "leads" and same(fact.role):
            return fact.subject
    for person in doc.mentions_before(doc.story.end, "Person"):
        titled_name = _ROLE_BEFORE_NAME.search(doc.text, max(doc.story.start, person.start - 60),
                                               person.start)
        if titled_name and same(normalise_role(titled_name.group(1))):
            return person
    return None


def _tasked(doc: StoryDoc, sentence: Sentence, tasked: re.Match[str], publication: Mention,
            emit: Callable[[Mention, str, Mention, float], None]) -> None:
    """ "Y appointed X to carry out a review": X wrote it, Y ordered it."""
    agent = agent_after(doc, sentence, sentence.start + tasked.start("agent"))
    if agent is None or agent.end > sentence.start + tasked.end("agent"):
        return
    emit(agent, "authored", publication, 0.75)
    verb_at = sentence.start + tasked.start()
    orderers = [m for m in doc.mentions_in(sentence) if m.end <= verb_at
                and m.category in {"Person", "Organisation"}
                and re.fullmatch(r"\s*(?:has\s+|have\s+|had\s+|also\s+)*",
                                 doc.text[m.end:verb_at])]
    if not orderers:
        subject = _OPENED_DEFINITE_SUBJECT.fullmatch(doc.text, sentence.start, _aux_start(
            doc.text, sentence.start, verb_at))
        found = definite_org(doc, subject.group(1), sentence.start) if subject else None
        orderers = [found] if found is not None else []
    if orderers:
        emit(orderers[-1], "commissioned", publication, 0.75)
        for other in _listed_before(doc, sentence, orderers[-1], "Organisation"):
            emit(other, "commissioned", publication, 0.7)


def _listed_before(doc: StoryDoc, sentence: Sentence, last: Mention,
                   category: str) -> list[Mention]:
    """"A, B and C commissioned ...": the ``category`` mentions listed before ``last``,
    nearest first."""
    listed: list[Mention] = []
    for other in reversed([m for m in doc.mentions_in(sentence, category)
                           if m.end <= last.start]):
        if not _LIST_JOIN.fullmatch(doc.text, other.end, (listed[-1] if listed else last).start):
            break
        listed.append(other)
    return listed


_LIST_JOIN = lazy_pattern(r"\s*(?:and|&|,)\s*")


def _aux_start(text: str, start: int, end: int) -> int:
    """Where "has", "have", "had" or "also" before a verb at ``end`` begin."""
    aux = re.search(r"(?:\s+(?:has|have|had|also))*\s*$", text[start:end])
    return start + aux.start() if aux else end


def _head_end(doc: StoryDoc, publication: Mention) -> int:
    match = _NOUN_PHRASE.search(doc.text, publication.start, publication.end)
    return match.end("head") if match else publication.end


def key_for(label: str) -> str:
    return "pub:" + normalise_name(re.sub(r"[‘’“”\"]", "", label))


def add_fact_from(doc: StoryDoc, sentence: Sentence) -> Callable[
        [Mention, str, Mention, float], None]:
    def emit(agent: Mention, predicate: str, publication: Mention, confidence: float) -> None:
        add_fact(doc, sentence, agent, predicate, publication, extractor=NAME,
                 confidence=confidence)
    return emit


def publishes_own(verb: str, agent: Mention) -> bool:
    """Whether the agent of ``verb`` wrote the publication: a think tank or a college that
    publishes a report wrote it; NHS England or a department publishing one usually did not
    (it publishes reviews others led)."""
    return not (verb.lower().lstrip(" ,’”'\"").startswith(("published", "was published",
                                                             "which was published"))
                and agent.cls in _PUBLISHERS_OF_OTHERS)


def subject_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a title that opens a sentence and says something ("Churn at the Top:
    Boards in 2025 found that ...")."""
    title = _SUBJECT_TITLE.match(text, start, end)
    return title.span(1) if title else None


def _possessor_authored(doc: StoryDoc, sentence: Sentence, publication: Mention,
                        det: re.Match[str], emit: Callable[[Mention, str, Mention, float], None]
                        ) -> None:
    """"Her review ..." / "His report, Title, ...": the person just named wrote it; "Its
    report": the one body the sentence opens with (or "It" stands for); "X, whose audit": X."""
    if det["det"].lower() == "whose":
        owner = mention_ending_at(doc, sentence.start + det.start() - 2, "Person") or \
            mention_ending_at(doc, sentence.start + det.start() - 2, "Organisation")
        if owner is not None and doc.text[owner.end:sentence.start + det.start()] == ", ":
            emit(owner, "authored", publication, 0.7)
    if det["det"].lower() in {"his", "her"}:
        people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= publication.start]
        person = people[-1] if people else previous_person(doc, sentence.start)
        if person is not None:
            emit(person, "authored", publication, 0.7)
    if det["det"].lower() in {"its", "their"}:
        bodies = [m for m in doc.mentions_in(sentence, "Organisation")
                  if m.end <= publication.start]
        one = len({m.key or m.text for m in bodies}) == 1
        body = bodies[0] if one and bodies[0].start - sentence.start <= 4 else (
            pronoun_org(doc, sentence.start) if not bodies and det.start() <= 4 else None)
        if body is not None and body.cls != "NewsOutlet":
            emit(body, "authored", publication, 0.65)


def object_relative(doc: StoryDoc, sentence: Sentence, publication: Mention,
                    emit: Callable[[Mention, str, Mention, float], None]) -> None:
    """"a review that the ICB paid X to undertake": the ICB commissioned it and X wrote it;
    "an investigation that Dr X conducted for the trust": X wrote it, the trust commissioned
    it."""
    clause = _OBJECT_RELATIVE.match(doc.text, publication.end, sentence.end)
    if clause is None:
        return
    agent = agent_after(doc, sentence, clause.start("agent"))
    if agent is None or agent.end > clause.end("agent"):
        return
    verb = clause["verb"].lower()
    if verb in {"paid", "commissioned", "asked", "ordered"}:
        emit(agent, "commissioned", publication, 0.75)
        worker = _WORKER.match(doc.text, clause.end(), sentence.end)
        named = (mention_at(doc, worker.end(), "Organisation")
                 or mention_at(doc, worker.end(), "Person")) if worker else None
        if named is not None and named is not agent:
            emit(named, "authored", publication, 0.7)
        return
    emit(agent, "authored", publication, 0.75)
    client = _FOR_BODY.match(doc.text, clause.end(), sentence.end)
    body = mention_at(doc, client.end(), "Organisation") if client else None
    if body is not None:
        emit(body, "commissioned", publication, 0.7)


def own_titled(doc: StoryDoc, sentence: Sentence, publication: Mention,
               emit: Callable[[Mention, str, Mention, float], None]) -> None:
    """"His report, Speaking Up, ...": a title set after a possessive and its kind."""
    det = _OWN_KIND_BEFORE.search(doc.text[sentence.start:publication.start])
    if det is not None:
        _possessor_authored(doc, sentence, publication, det, emit)


def bare_subject_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a title with no colon that opens a sentence and says something ("Open
    Doors found that ..."): a title only when a publication was just described."""
    title = _BARE_SUBJECT_TITLE.match(text, start, end)
    return title.span(1) if title else None


def apposed_title(text: str, offset: int, end: int) -> tuple[int, int] | None:
    """The span of a title set in apposition at ``offset`` (", Fit to Inspect: a review of X,")."""
    title = _APPOSED_TITLE.match(text, offset, end)
    return title.span(1) if title else None


__all__ += ["WHICH_IT_ORDERED", "add_fact_from", "apposed_title", "bare_subject_title", "key_for",
            "object_relative", "own_titled", "publishes_own", "subject_title"]
