"""person –leads→ organisation, with role and status, in the ways news writes it.

Appositions ("X, chief executive of Y"; "X, currently chair at Y"), pre-modifiers ("Y’s chair
X", "Y chief executive X", "Y, whose chief executive, X,"), bare roles resolved through
"its"/"the trust"/the story's main body ("Its CEO X", "Vice chair X"), the converse ("the
former Y chief executive" after X was named), appointments by a body ("Y has named X as its
next chair"), and verbs of appointment and departure ("X has been appointed ... of Y", "X
stepped down as ... of Y", "who left to become ... of Y", "who has chaired Y since 2020").
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.context import (
    DEFINITE_ORG,
    FORMED_ASIDE,
    FORMERLY_OF,
    GENERIC_BODY,
    JOINED_FROM,
    NHS_BODIES,
    NUMBER_WORDS,
    OVERSEERS,
    PLURAL_BODIES,
    TRUSTS,
    body_led_by,
    coordinated_trusts,
    definite_org,
    entity_key,
    group_of,
    joined_body,
    listed_with,
    mention_at,
    mention_ending_at,
    org_named,
    plural_classes,
    plural_count,
    plural_referent,
    plural_trusts,
    previous_person,
    pronoun_org,
    relative_clauses,
    sent_by_overseer,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.gazetteer import load_gazetteer
from kg.extract.posts import (
    AFTER_YEARS_AS,
    AND_POST,
    APPOINTS_BEFORE,
    APPOSITION,
    APPOSITION_BARE,
    APPOSITION_DEFINITE,
    APPOSITION_ORG_FIRST,
    AREA_AFTER,
    AS_ORG_ROLE,
    AS_ROLE,
    BARE_COUNT_AT,
    BODY_WITHIN,
    BOTH_TRUSTS,
    CHAIRED,
    DEFINITE_AT,
    DEPARTED_HOLDER,
    ENDS_WITH_OF,
    FLAGS,
    ITS_ROLE_BEFORE,
    JOINS_ORG,
    LATER_IN_CLAUSE,
    LEAVES_BODY,
    LEAVING,
    LEFT_POST,
    MODIFIERS,
    NAME_AT,
    ORG_PLACE_BEFORE,
    OWNER,
    OWNER_PLAIN,
    OWNERS_PART,
    PERSON_NEXT,
    POSSESSIVE_END,
    ROLE_AFTER_ORG,
    ROLE_BEFORE,
    ROLE_COMMA_BEFORE,
    ROLE_OF_ORG_BEFORE,
    ROLE_PHRASE,
    SKIP_APPOSITION,
    SUCCEEDS,
    TENURE_AFTER,
    UNIT_AFTER,
    VERB_AFTER,
    WHERE_HE_WAS,
    classes_for_role,
    held_on_a_basis,
    is_leading_role,
    post_fits,
    post_status,
    status_for_person,
)
from kg.extract.registry import extractor
from kg.extract.roles import ROLE, ROLE_CUE, normalise_role
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["make_leadership"]

NAME = "leadership"
_PRONOUN_OPENING = lazy_pattern(r"\s*(?:He|She|They)\s")
_PERSON_COMMA = lazy_pattern(r",\s*(?:(?-i:[A-Z][A-Za-z]*)(?:\s+|$)){0,2}$")
_GENERIC_OWNER = lazy_pattern(r"(?:^|\s)(?:Health|Government|Labour|Tory|Conservative"
                              r"|Ministry)\s*$")
_BODY_NOUN_AFTER = lazy_pattern(r"\s+(?-i:trust|foundation\s+trust|ICB|CCG)\b")
_NON_BODY_OWNER = lazy_pattern(r"\b(?-i:review|report|inquiry|investigation|panel|study|programme"
                               r"|project|campaign|taskforce|task force|committee)[’']s?$"
                               r"|\b(?-i:committee|scrutiny|council|party)$")
_PRONOUN_SUBJECT = lazy_pattern(r"(?:^|(?<=[.;:]\s))(?:(?:Since|In|From|Until|Before|After|Then"
                                r"|Later|Previously|Earlier)\b[^,;.]{0,30}?,?\s+)?([Ss]he|[Hh]e)\b")
_VAGUE_ROLES = frozenset({"partner", "director", "chief", "leader", "boss", "head",
                          "executive lead"})
_LEAVING_TO = lazy_pattern(r"\b(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:leave|step\s+down"
                          r"|quit)\b|\bis\s+(?:leaving|stepping\s+down|quitting)\b"
                          r"|\b(?:is|are)\s+(?:expected|set|due|likely|poised|going)\s*$", FLAGS)
""""X, director of quality at Y, is leaving to become ... of Z", "X is expected to become":
the post at Z is to come."""
_AGENT_OF_ASIDE = lazy_pattern(r"\b(?:which|that)\s+(?:is|was|has\s+been)\s+(?:chaired|led|headed"
                               r"|run)\s+by\s+(?:the\s+)?$", FLAGS)
""""X, which is chaired by A, runs Y": X runs Y, not A."""
_WHERE_SAME_POST = lazy_pattern(r"\s*,\s*where\s+(?:he|she|they)\s+(?:had\s+)?(?:held|occupied"
                                r"|did)\s+the\s+same\s+(?:post|role|position|job)\b", FLAGS)
""""X, Y's chief nurse, joined from Z, where she held the same post"."""
_CURRENTLY = lazy_pattern(r"\s*,\s*(?:who\s+is\s+)?currently\b", FLAGS)
""""X, who is currently chief executive of Y, will take up the post": the post X leaves is not
the one X's predecessor held."""
_LEAVING_FROM = lazy_pattern(r"\bfrom\s+(?:the\s+)?$", FLAGS)
""""joins on secondment from X, where she is director of nursing": not the post she takes."""
_TAKEN_POST = lazy_pattern(r"\b(?:appointed|named|chosen|confirmed|become|becomes|join|joins"
                           r"|take\s+up|takes\s+up)\b", FLAGS)
""""X, chief executive of A, has been appointed B's regional director. She replaces Y": Y held
the post X was appointed to, not the one X holds now."""
_PLURAL_TRUSTS = lazy_pattern(r"\bthe\s+(?:(?P<count>two|three)\s+)?trusts[’']$", FLAGS)
_COMMA_BODY = lazy_pattern(r"\s*,\s*(?:the\s+)?")
"""A body listed after a comma counts only once an "and" closes the list ("A, B and C")."""
_LIST_JOINER = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_MOVES_ON = lazy_pattern(r"\s*,\s*(?:(?:has\s+been|is\s+to\s+be|will\s+be|was)\s+(?:appointed|named"
                         r"|made)|(?:is|will\s+be)\s+(?:leaving|moving|joining)|(?:will|is\s+to"
                         r"|is\s+set\s+to)\s+(?:join|become|move|leave)|joins|leaves|moves)\b",
                         FLAGS)
_AND_BODY = lazy_pattern(r"\s*(?:\([^)]{1,12}\)\s*)?(?:,\s*)?(?:and|&)\s+(?:(?:later|then|also"
                       r"|subsequently|now)\s+)?(?:(?:for|of|at)\s+)?(?:the\s+)?")


class _Reader:
    def __init__(self, doc: StoryDoc, sentence: Sentence) -> None:
        self.doc, self.sentence, self.text = doc, sentence, doc.text

    def emit(self, person: Mention, org: Mention | None, role_phrase: str, status: str,
             confidence: float) -> None:
        role = normalise_role(role_phrase)
        if org is not None and org.cls == "LocalAuthority" and role_phrase.lower() == "leader":
            role = "leader"
        if org is not None and sent_by_overseer(self.doc, org, classes_for_role(role)):
            org = self.overseen_trust(person)
        elif org is not None and org.cls in OVERSEERS and not self.text.startswith(
                ("’s", "'s"), org.end):
            at = _AT_TRUST_AFTER.match(self.text, person.end, self.sentence.end)
            there = mention_at(self.doc, at.end(), "Organisation") if at else None
            if there is None and org.key in _TRUST_APPOINTERS and status == "interim" \
                    and _REGULATOR_APPOINTED.match(self.text, org.end, person.start):
                there = topic_org(self.doc, TRUSTS)
            org = there if there is not None and there.cls in TRUSTS else org
        if org is None or not is_leading_role(role) or org.category != "Organisation" or (
                not post_fits(self.doc, org, role, self.sentence.start)):
            return
        if role.startswith("group ") and not org.text.endswith("Group"):
            org = group_of(self.doc, self.sentence.end) or org
        status = held_on_a_basis(self.doc, self.sentence, person, role, status)
        add_fact(self.doc, self.sentence, person, "leads", org, extractor=NAME,
                 confidence=confidence, role=role, status=status)

    def overseen_in_sentence_before(self, org: Mention | None) -> Mention | None:
        """"The ICO has reprimanded X NHS Trust. Its chief executive, Y, apologised": the body
        an overseer acted on in the sentence before, not the overseer."""
        before = self.doc.sentence_before(self.sentence)
        if org is None or org.cls not in OVERSEERS or before is None \
                or not before.start <= org.start < before.end:
            return None
        return next((m for m in self.doc.mentions_in(before, "Organisation")
                     if m.start > org.start and m.cls in TRUSTS | {"IntegratedCareBoard"}), None)

    def overseen_trust(self, person: Mention) -> Mention | None:
        """The trust an overseer's appointee (an improvement director) is sent to: named after
        them ("to work alongside the board of X"), else the trust the story is about."""
        later = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                 if m.start > person.end and m.cls in TRUSTS]
        if later:
            return later[0]
        if _ITS_BOARD.search(self.text, person.end, self.sentence.end):
            meant = pronoun_org(self.doc, self.sentence.start)
            if meant is not None and meant.cls in TRUSTS:
                return meant
        return topic_org(self.doc, TRUSTS)

    def clause_end(self, person: Mention) -> int:
        later = [m.start for m in self.doc.mentions_in(self.sentence, "Person")
                 if m.start > person.end]
        return min(later) if later else self.sentence.end

    def read(self) -> None:
        for org in self.doc.mentions_in(self.sentence, "Organisation"):
            self.org_role_person(org)
            self.where_he_was(org)
        for person in self.doc.mentions_in(self.sentence, "Person"):
            self.apposition(person)
            self.role_before(person)
            self.verbs(person, person)
            self.later_in_clause(person)
            self.appointed_by(person)
            self.with_as_its(person)
            self.joined_and_is(person)
            self.chosen_by_body(person)
            self.took_over_from(person)
        self.predecessor()
        self.respectively()
        if _TEAM_CUE(self.sentence.text):
            self.listed_members()
        for pronoun in _PRONOUN_SUBJECT.finditer(self.sentence.text):
            offset = self.sentence.start + pronoun.start(1)
            person = previous_person(self.doc, offset)
            if person is not None:
                anchor = Mention(person.story_id, offset, offset + len(pronoun.group(1)),
                                 pronoun.group(1), "Person", "Person")
                self.verbs(anchor, person)
                self.later_in_clause(anchor, person)

    def apposition(self, person: Mention) -> None:
        text, end = self.text, self.sentence.end
        if _TWO_ROLES.match(text, person.end, end) and any(
                _AND_ONLY.fullmatch(text, other.end, person.start)
                for other in self.doc.mentions_in(self.sentence, "Person")):
            return
        match = APPOSITION.match(text, person.end, end)
        if match:
            orgs = [m for m in self.orgs_listed(match.end())
                    if not OWNERS_PART.match(text, m.end, end)]
            article = 4 if text[match.end() - 4:match.end()].lower() == "the " else 0
            both = BOTH_TRUSTS.match(text, match.end(), end) or BARE_COUNT_AT.match(
                text, match.end(), end) or BOTH_TRUSTS.match(
                text, match.end() - article, end)
            if not orgs and both:
                orgs = plural_trusts(self.doc, match.start(), plural_count(both["count"]),
                                     plural_classes(both))
            orgs = orgs or [None]
            verb = " ".join(filter(None, (match["verb"], match["adverb"])))
            base = post_status(match["mods"], match["tail"], verb, "")
            for org in filter(None, orgs):
                self.emit(person, org, match["role"],
                          status_for_person(self.doc, self.sentence, person, base), 0.95)
            if any(orgs):
                self.further_posts(person, orgs[-1])
                return
        definite = APPOSITION_DEFINITE.match(text, person.end, end)
        if definite and not self.pairs_listed(person, definite.end()):
            org = (self.previous_subject() if definite["reference"].lower() == "its" else None) \
                or definite_org(self.doc, definite["reference"], definite.start("reference"))
            base = post_status(definite["mods"], definite["tail"], "", "")
            self.emit(person, org, definite["role"],
                      status_for_person(self.doc, self.sentence, person, base), 0.85)
            return
        bare = APPOSITION_BARE.match(text, person.end, end)
        if bare and bare["role"].lower() not in _VAGUE_ROLES:
            after = re.match(r"\s*[,(]\s*", text[bare.end():end])
            org = self.org_at(bare.end() + after.end()) if after else None
            confidence = 0.85
            if org is None and _is_minister(bare["role"]):
                org = _implied_org(self.doc, bare["role"])
            elif org is None:
                org, confidence = self.org_of_context(person, bare["role"])
                if org is None:
                    org, confidence = self.body_left_for(bare.end(), bare["role"]), 0.6
            base = post_status(bare["mods"], bare["tail"], "", "")
            self.emit(person, org, bare["role"],
                      status_for_person(self.doc, self.sentence, person, base),
                      min(confidence, 0.85))
            return
        match = APPOSITION_ORG_FIRST.match(text, person.end, end)
        if match:
            org, org_end = self.org_span(match.end())
            if text.startswith("its ", match.end()):
                org = self.previous_subject() or org
            role = ROLE_AFTER_ORG.match(text, org_end, end) if org else None
            kinds = classes_for_role(role["role"]) if role else NHS_BODIES
            if org is not None and "LocalAuthority" in kinds and org.cls not in kinds:
                place = re.sub(r"[’']s?$", "", text[match.end():org_end].strip())
                org = org_named(self.doc, place, match.end(), kinds)
                org = org if org is not None and org.cls in kinds else None
            if org and role and not self.pairs_listed(person, role.end()):
                base = post_status(match["mods"] + role["mods"], role["tail"], "", "")
                self.emit(person, org, role["role"],
                          status_for_person(self.doc, self.sentence, person, base), 0.9)

    def previous_subject(self) -> Mention | None:
        """"Vantia Health Ltd won the contract from X. Ben Oduya, its chief executive, said":
        the body the sentence before opens with, when this one names no body."""
        before = self.doc.sentence_before(self.sentence)
        if before is None or self.doc.mentions_in(self.sentence, "Organisation"):
            return None
        first = next(iter(self.doc.mentions_in(before, "Organisation")), None)
        return first if first is not None and first.start - before.start <= 4 else None

    def role_before(self, person: Mention) -> None:
        start = max(self.sentence.start, person.start - 120)
        before = self.text[start:person.start]
        match = ROLE_BEFORE.search(before)
        if match is None:
            self.role_of_org_before(person, before, start)
            return
        role = self.with_area(match["role"], match, start)
        if role is None:
            self.role_of_org_before(person, before, start)
            return
        bracket = _BRACKET_OPEN.match(self.text, person.end, self.sentence.end)
        named = mention_at(self.doc, bracket.end(), "Organisation") if bracket else None
        if named is not None and self.text[named.end:named.end + 1] == ")":
            base = post_status(match["mods"], match["tail"], "", self.sentence.text)
            self.emit(person, named, role,
                      status_for_person(self.doc, self.sentence, person, base), 0.85)
            return
        stripped = before[:match.start()].rstrip()
        owner_end = start + len(stripped)
        if _FORMER_KIND.search(stripped):
            return
        if _SHARED_BEFORE.search(stripped) or _BODY_LED_BY.search(stripped) or (
                self.named_body_led_by(stripped, start) and not match["reference"]) or (
                _OTHERS_POST.search(stripped) and any(
                    m.end <= owner_end for m in self.doc.mentions_in(self.sentence, "Person"))):
            return
        joint = _WITH_A_JOINT.search(stripped)
        opening = self.opening_bodies() if joint else []
        if len(opening) > 1:
            base = post_status(match["mods"], match["tail"], "", self.sentence.text)
            for body in opening:
                self.emit(person, body, role,
                          status_for_person(self.doc, self.sentence, person, base), 0.7)
            return
        plural = _PLURAL_TRUSTS.search(stripped)
        if plural:
            count = plural["count"]
            base = post_status(match["mods"], match["tail"], "", self.sentence.text)
            for body in coordinated_trusts(self.doc, owner_end,
                                           NUMBER_WORDS[count.lower()] if count else 2):
                self.emit(person, body, role,
                          status_for_person(self.doc, self.sentence, person, base), 0.7)
            return
        listed = mention_ending_at(self.doc, owner_end - 1, "Person") \
            if stripped.endswith(",") else None
        if listed is not None and not self.pairs_listed(listed, start + match.end()) \
                and not self.titled_list(listed, match):
            return
        if match.group(0).rstrip().endswith(",") and _PERSON_COMMA.search(stripped) and any(
                m.end == start + _PERSON_COMMA.search(stripped).start()
                and not self.pairs_listed(m, start + match.end())
                for m in self.doc.mentions_in(self.sentence, "Person")):
            return
        if _GENERIC_OWNER.search(stripped) or _NON_BODY_OWNER.search(stripped):
            return
        subject = self.clause_subject() if _SUBJECT_HAS_POST.search(stripped) \
            and not match["reference"] else None
        if subject is not None:
            base = post_status(match["mods"], match["tail"], "", self.sentence.text)
            self.emit(person, subject, role,
                      status_for_person(self.doc, self.sentence, person, base), 0.8)
            return
        if match["his"] or mention_ending_at(self.doc, owner_end, "Organisation") or (
                stripped.endswith(("’s", "'s", "’", "'"))
                and mention_ending_at(self.doc, owner_end - (1 if stripped[-1] in "’'" else 2),
                                      "Organisation")):
            return
        place = ORG_PLACE_BEFORE.search(stripped)
        if place and mention_ending_at(self.doc, start + place.start(), "Organisation"):
            return
        heading = next((m for m in self.doc.mentions_in(self.sentence, "Organisation")
                        if m.start - self.sentence.start <= 1 and _HEADING_DASH.fullmatch(
                            self.text, m.end, owner_end)), None)
        if heading is not None:
            base = post_status(match["mods"], match["tail"], "", self.sentence.text)
            self.emit(person, heading, role,
                      status_for_person(self.doc, self.sentence, person, base), 0.8)
            return
        sector = _PLACE_SECTOR.search(stripped)
        if sector is not None and mention_ending_at(self.doc, owner_end, "Organisation") is None:
            body = next((m for m in self.doc.mentions_before(person.start, "Organisation")
                         if re.search(rf"\b{re.escape(sector['place'])}\b", m.text)), None)
            if body is not None:
                base = "former" if sector["former"] else post_status(
                    match["mods"], match["tail"], "", self.sentence.text)
                self.emit(person, body, role, base, 0.6)
            return
        reference = match["reference"]
        if reference and any(m.start < start + match.end("reference") <= m.end
                             for m in self.doc.mentions_in(self.sentence, "Organisation")):
            return
        owner = OWNER.search(stripped) if not reference else None
        if reference and reference.lower() == "whose":
            whose_at = start + match.start("reference")
            comma = re.search(r"\s*,?\s*$", self.text[self.sentence.start:whose_at])
            org = mention_ending_at(self.doc, self.sentence.start + comma.start(),
                                    "Organisation") if comma else None
            confidence = 0.85
        elif reference and reference.lower() in {"its", "their"}:
            offset = start + match.start("reference")
            asides = [(self.sentence.start + a, self.sentence.start + b) for a, b in
                      relative_clauses(self.sentence.text, offset - self.sentence.start)] + [
                m.span() for m in FORMED_ASIDE.finditer(self.text, self.sentence.start, offset)]
            earlier = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                       if m.end <= offset and not any(a <= m.start < b for a, b in asides)]
            earlier = [m for m in earlier if not (m.cls in OVERSEERS and _BY_AGENT.search(
                self.text, max(self.sentence.start, m.start - 8), m.start))] or earlier
            possessive = _DEFINITE_POSSESSIVE.search(self.text, self.sentence.start, offset) \
                if not earlier else None
            if possessive is not None:
                referred = definite_org(self.doc, possessive.group(1), possessive.start(1))
                earlier = [referred] if referred is not None else []
            if not earlier and _NO_BODY_LED_BY_ITS.fullmatch(self.text, self.sentence.start,
                                                              offset):
                return
            subject = _DEFINITE_SUBJECT.match(self.text, self.sentence.start, offset) \
                if not earlier or _ATTRIBUTION.match(self.text, person.end, self.sentence.end) \
                else None
            if subject is not None:
                earlier = []
            if len(earlier) > 1 and _MEMBER_OF.fullmatch(self.text, earlier[-2].end,
                                                          earlier[-1].start):
                earlier.pop()
            speaker = _REFERENCE_SAID.search(self.text, self.sentence.start, offset) \
                if not earlier and subject is None else None
            if earlier:
                org = earlier[-1]
            elif subject:
                org = definite_org(self.doc, subject.group(1), subject.start(1))
            else:
                org = (definite_org(self.doc, speaker["reference"], speaker.start("reference"))
                       if speaker else None) or pronoun_org(self.doc, self.sentence.start)
                org = self.overseen_in_sentence_before(org) or org
            kinds = classes_for_role(role)
            if org is not None and not earlier and kinds != NHS_BODIES and org.cls not in kinds:
                org = self.body_of_kind(kinds) or org
            said = _SAID_THE_FIRM.search(self.text, person.end, self.sentence.end) \
                if not earlier and not subject and (org is None or org.cls != "Company") else None
            if said:
                org = definite_org(self.doc, said["reference"], offset) or org
            confidence = 0.75
            plural = plural_referent(self.doc, self.sentence.start) \
                if reference.lower() == "their" and not earlier else []
            if plural:
                base = post_status(match["mods"], match["tail"], "", self.sentence.text)
                for body in plural:
                    self.emit(person, body, role,
                              status_for_person(self.doc, self.sentence, person, base), 0.7)
                return
        elif reference:
            led = _WHO_HAS_LED.match(self.text, person.end, self.sentence.end)
            org = (mention_at(self.doc, led.end(), "Organisation") if led else None) or \
                definite_org(self.doc, reference, start + match.start("reference"))
            confidence = 0.8
        elif owner and stripped.endswith(("’s", "'s", "’", "'")):
            org = self.org_named_at(start + owner.start("owner"), start + owner.end("owner"))
            confidence = 0.75
        elif owner and not re.search(r"(?:^|[.:;“\"]\s*)\S*$", stripped):
            org = self.org_named_at(start + owner.start("owner"), start + owner.end("owner"))
            confidence = 0.75
            if org is None:
                return
        elif _is_minister(role):
            org, confidence = _implied_org(self.doc, role), 0.7
        else:
            named = OWNER_PLAIN.search(stripped) if not reference else None
            org = self.org_named_at(start + named.start("owner"), start + named.end("owner")) \
                if named else None
            confidence = 0.75
            its = _ITS_DESCRIBED.search(stripped) if org is None else None
            if its:
                earlier = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                           if m.end <= start + its.start()]
                org = earlier[-1] if earlier else pronoun_org(self.doc, self.sentence.start)
            if org is None and _UNKNOWN_OWNER.search(stripped):
                return
            given = _GIVEN_A_POST.search(stripped) if org is None else None
            if given:
                bodies = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                          if m.end <= start + given.start()]
                org = bodies[-1] if bodies else None
                confidence = 0.7
            if org is None:
                org = self.colleagues_body(start + match.start()) or self.owning_body(person)
                confidence = 0.7 if org is not None else confidence
            at = _AT_BODY_OPENING.match(self.text, self.sentence.start, person.start) \
                if org is None else None
            if at is not None:
                org = mention_at(self.doc, at.end(), "Organisation")
                place = _PLACE_NAME.match(self.text, at.end(), person.start) \
                    if org is None else None
                org = org or (org_named(self.doc, place.group(0), at.end()) if place else None)
                if org is None:
                    return
                confidence = 0.75
            possessor = _UNKNOWN_POSSESSOR.search(stripped) if org is None else None
            if possessor is not None:
                org = mention_ending_at(self.doc, start + possessor.end("owner"), "Organisation")
                if org is None:
                    return
            where = _WHERE_AT_BODY.search(stripped) if org is None else None
            if where is not None:
                org = mention_ending_at(self.doc, start + where.start(), "Organisation")
            left = LEAVES_BODY.match(self.text, person.end, self.sentence.end) \
                if org is None and where is None else None
            if left is not None:
                org = mention_at(self.doc, left.end(), "Organisation")
            if org is None and _PREVIOUS_HOLDER.search(match["mods"] or ""):
                org = self.post_held_before(person, role)
            counterpart = _PLACE_COUNTERPART.search(stripped) if org is None else None
            if counterpart is not None:
                org = org_named(self.doc, counterpart["place"], start + counterpart.start("place"))
            if org is None:
                org = self.reporting_body(start + match.start(), person)
            if org is None:
                org = self.referred_subject(person) or self.item_body(role) or \
                    self.paragraph_body(person, role) or topic_org(self.doc,
                                                                   classes_for_role(role))
                confidence = 0.6
        if org is None and _AREA_ROLE.match(normalise_role(role)) and _REGION_OWNER.search(
                stripped):
            org, confidence = topic_org(self.doc, _NATIONAL), 0.7
        base = post_status(match["mods"], match["tail"], "", self.sentence.text)
        self.emit(person, org, role,
                  status_for_person(self.doc, self.sentence, person, base), confidence)

    def reporting_body(self, role_start: int, person: Mention) -> Mention | None:
        """"X NHS Trust says chief executive Y will stand down"; "Chief executive Y of X will":
        the body the sentence names as the speaker, or right after the holder."""
        of = _OF_BODY_AFTER.match(self.text, person.end, self.sentence.end)
        named = mention_at(self.doc, of.end(), "Organisation") if of else None
        if named is not None and named.cls in NHS_BODIES | {"Company"}:
            return named
        says = _BODY_SAYS.search(self.text, self.sentence.start, role_start)
        if says is None or says.end() != role_start:
            return None
        speaker = mention_ending_at(self.doc, says.start(), "Organisation")
        return speaker if speaker is not None and speaker.cls in NHS_BODIES | {"Company"} \
            else None

    def named_body_led_by(self, stripped: str, start: int) -> bool:
        """"Calder Imaging Ltd is led by chief executive X" (but not "the firm's team will be led
        by partner X"): a named body's post, which the careers reading of "led by" gives."""
        led = _BODY_IS_LED_BY.search(stripped)
        return led is not None and mention_ending_at(self.doc, start + led.start(),
                                                     "Organisation") is not None

    def body_of_kind(self, classes: frozenset[str]) -> Mention | None:
        """"NHS Improvement said A would move ... Its improvement director, X": the body of the
        post's kind that the sentence before names, when "its" first suggests another."""
        before = self.doc.sentence_before(self.sentence)
        return next((m for m in self.doc.mentions_in(before, "Organisation")
                     if m.cls in classes), None) if before else None

    def owning_body(self, person: Mention) -> Mention | None:
        """"The firm's team will be led by partner X", "The company will be led by a managing
        director, X": the body a definite phrase before the post names."""
        owning = list(_DEFINITE_OWNING.finditer(self.text, self.sentence.start, person.start))
        led_by = _DEFINITE_LED_BY.match(self.text, self.sentence.start, person.start) \
            if not owning else None
        reference = owning[-1] if owning else led_by
        return definite_org(self.doc, reference["reference"], reference.start()) \
            if reference else None

    def colleagues_body(self, role_start: int) -> Mention | None:
        """"He will work alongside chair designate X": X's post is at the body where the
        sentence's subject, named before, was just given a post."""
        if not _ALONGSIDE.match(self.text, self.sentence.start, role_start):
            return None
        colleague = previous_person(self.doc, self.sentence.start)
        if colleague is None:
            return None
        return next((f.object for f in reversed(self.doc.facts) if f.predicate == "leads"
                     and isinstance(f.object, Mention) and f.subject.text == colleague.text
                     and f.status in {"designate", "current", "interim", "acting"}), None)

    def opening_bodies(self) -> list[Mention]:
        """The bodies the sentence opens with, listed ("A and B already work as a group")."""
        orgs = self.doc.mentions_in(self.sentence, "Organisation")
        if not orgs or not _OPENING_THE.fullmatch(self.text, self.sentence.start, orgs[0].start):
            return []
        return listed_with(self.doc, orgs, orgs[0], _SUBJECT_LIST, before=False)

    def titled_list(self, listed: Mention, match: re.Match[str]) -> bool:
        """Whether "A, <role> B" goes on a list of titles each before its holder ("director of
        finance A, medical director B and chief nurse C"): the role is B's, not A's."""
        before = self.text[max(self.sentence.start, listed.start - 120):listed.start]
        return not match.group(0).rstrip().endswith(",") and bool(
            re.search(r"\S\s$", before)) and ROLE_BEFORE.search(before) is not None

    def pairs_listed(self, person: Mention, role_end: int) -> bool:
        """Whether the role after ``person`` belongs to the next person: "Its chief executive,
        A, its finance director, B, and its chief nurse, C" lists posts and holders in pairs."""
        following = re.match(r"\s*,?\s*", self.text[role_end:self.sentence.end])
        before = self.text[max(self.sentence.start, person.start - 80):person.start]
        return following is not None and ROLE_COMMA_BEFORE.search(before) is not None and any(
            m.start == role_end + following.end()
            for m in self.doc.mentions_in(self.sentence, "Person"))

    def role_of_org_before(self, person: Mention, before: str, start: int) -> None:
        """"The chief executive of Y, X, said"; "The CEO of Y (in post since 2019), X,"; "The
        chair of both trusts, X"."""
        plural = _PLURAL_THEN_COMMA.search(before)
        match = ROLE_OF_ORG_BEFORE.search(before, 0, plural.start("count")) if plural else None
        if plural and match:
            base = post_status(match["mods"], match["tail"], "", self.sentence.text)
            for body in coordinated_trusts(self.doc, start + plural.start(),
                                           plural_count(plural["count"]),
                                           plural_classes(plural)):
                self.emit(person, body, match["role"],
                          status_for_person(self.doc, self.sentence, person, base), 0.75)
            return
        comma = _ORG_THEN_COMMA.search(before)
        if comma is None:
            return
        org = mention_ending_at(self.doc, start + comma.start(), "Organisation")
        if org is None:
            return
        head = self.text[max(self.sentence.start, org.start - 80):org.start]
        match = ROLE_OF_ORG_BEFORE.search(head)
        if match:
            base = "former" if _AFTER_SERVING.match(self.text, self.sentence.start) \
                else post_status(match["mods"], match["tail"], "", self.sentence.text)
            self.emit(person, org, match["role"],
                      status_for_person(self.doc, self.sentence, person, base), 0.85)

    def verbs(self, anchor: Mention, person: Mention) -> None:
        """A verb right after the name, or after an aside; both when the aside is a relative
        clause with a post of its own ("X, who was finance director at A, is its chief
        officer"). Not past an aside naming someone else ("X, paid tribute to Y, who has been
        acting director"): what follows is said of that other person."""
        if DEPARTED_HOLDER.search(self.text, max(self.sentence.start, person.start - 40),
                                  person.start) and _WHO_ASIDE_BEFORE.search(
                self.text, self.sentence.start, person.start):
            return
        skipped = SKIP_APPOSITION.match(self.text, anchor.end, self.sentence.end)
        if self.verbs_at(anchor.end, person) and not (
                skipped and _WHO_ASIDE.match(self.text, anchor.end, skipped.end())):
            return
        if skipped and not any(anchor.end < m.start and m.end <= skipped.end()
                               for m in self.doc.mentions_in(self.sentence, "Person")):
            self.verbs_at(skipped.end(), person)

    def verbs_at(self, position: int, person: Mention) -> bool:
        leaving = LEAVING.match(self.text, position, self.sentence.end)
        if leaving:
            org, org_end = self.org_span(leaving.end())
            years = AFTER_YEARS_AS.match(self.text, org_end, self.sentence.end) if org else None
            if org is not None and years:
                self.emit(person, org, years["role"], "former", 0.8)
                return True
        match = VERB_AFTER.match(self.text, position, self.sentence.end)
        if match:
            orgs = self.orgs_listed(match.end()) if ENDS_WITH_OF.search(match.group(0)) else []
            described = _DESCRIBED_THEN_NAMED.match(self.text, match.end(), self.sentence.end) \
                if not orgs and ENDS_WITH_OF.search(match.group(0)) else None
            if described is not None:
                named = mention_at(self.doc, described.end(), "Organisation")
                orgs = [named] if named is not None else []
            if not orgs and ENDS_WITH_OF.search(match.group(0)):
                named = self.org_at(match.end(), create=True)
                orgs = [named] if named is not None else []
                both = BOTH_TRUSTS.match(self.text, match.end(), self.sentence.end) \
                    if not orgs else None
                if both:
                    orgs = plural_trusts(self.doc, match.start(), plural_count(both["count"]),
                                         plural_classes(both))
            if not orgs:
                direct = re.match(r"\s+(?:the\s+)?", self.text[match.end():self.sentence.end])
                named = mention_at(self.doc, match.end() + direct.end(), "Organisation") \
                    if direct else None
                orgs = [named] if named is not None else []
            org = orgs[0] if orgs else None
            for other in orgs[1:]:
                self.emit(person, other, match["role"], post_status(
                    match["mods"], match["tail"], match["verb"], self.sentence.text), 0.85)
            confidence = 0.85
            if match["whose"]:
                org = self.whose(match["whose"], match.start("whose"))
            elif org is None and _ITS_POST.search(match.group(0)):
                earlier = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                           if m.end <= person.start and not FORMERLY_OF.search(
                               self.text, max(self.sentence.start, m.start - 60), m.start)]
                org, confidence = earlier[-1] if earlier else pronoun_org(
                    self.doc, self.sentence.start), 0.75
            if org is None and _UNNAMED_BODY_AFTER.match(self.text, match.end(),
                                                         self.sentence.end):
                return True
            if org is None:
                org, confidence = self.org_of_context(person, match["role"], position)
                if org is not None and _JOINS.search(match["verb"] or "") and any(
                        f.predicate == "leads" and f.subject.text == person.text
                        and f.object is org for f in self.doc.facts):
                    topic = topic_org(self.doc, classes_for_role(match["role"]))
                    org, confidence = (topic, 0.6) if topic is not None and entity_key(
                        topic) != entity_key(org) else (None, 0.0)
            status = post_status(match["mods"], match["tail"], match["verb"], self.sentence.text)
            if status in {"interim", "acting"}:
                status = status_for_person(self.doc, self.sentence, person, status)
            self.emit(person, org, match["role"], status, confidence)
            if orgs:
                self.further_posts(person, orgs[-1], match["verb"], match["role"])
            return True
        joins = JOINS_ORG.match(self.text, position, self.sentence.end)
        org, org_end = self.org_span(joins.end()) if joins else (None, position)
        if joins and org is not None:
            as_role = AS_ROLE.match(self.text, org_end, self.sentence.end)
            if as_role:
                future = joins["aux"] is not None and (joins["aux"] in {
                    "will", "is to", "is set to", "is due to", "is expected to"}
                    or joins["aux"].endswith(" to"))
                status = "designate" if future and not as_role["mods"] else post_status(
                    as_role["mods"], as_role["tail"], joins["verb"], self.sentence.text)
                self.emit(person, org, as_role["role"], status, 0.85)
                return True
        return False

    def further_posts(self, person: Mention, org: Mention | None, verb: str = "",
                      role: str = "") -> None:
        """"X, deputy vice chancellor at A and chair of B"; "he was chief executive of A from
        2003 to 2010, and then director of B"; "chief executive of A and, before that, of B":
        each post after "and", the same one when only its body is named."""
        while org is not None:
            more = AND_POST.match(self.text, org.end, self.sentence.end)
            same = _AND_BEFORE_THAT_OF.match(self.text, org.end, self.sentence.end) \
                if more is None and role else None
            if more is None and same is None:
                return
            cue_end = (more or same).end()
            org = self.org_at(cue_end)
            if org is not None:
                status = post_status(more["mods"], more["tail"], verb, "") if more else \
                    post_status("", None, verb, "")
                self.emit(person, org, more["role"] if more else role,
                          status_for_person(self.doc, self.sentence, person, status), 0.85)
            if org is not None and org.end <= cue_end:
                return

    def orgs_listed(self, offset: int) -> list[Mention]:
        """The body named at ``offset`` and any joined to it ("joint chair of A and B", "CEO
        for A and for B")."""
        both = re.match(r"both\s+(?:the\s+)?", self.text[offset:offset + 10])
        offset += both.end() if both else 0
        preposition = re.search(r"(\w+)\s+(?:the\s+)?$", self.text[max(0, offset - 12):offset])
        create = preposition is None or preposition.group(1).lower() != "for"
        first, first_end = self.org_span(offset, create=create)
        if first is None:
            return []
        found, closed = [first], 1
        while True:
            anded = _AND_BODY.match(self.text, first_end, self.sentence.end)
            joined = anded or _COMMA_BODY.match(self.text, first_end, self.sentence.end)
            following, following_end = self.org_span(joined.end()) if joined else (None, 0)
            if following is None or following in found:
                return found[:closed]
            found.append(following)
            if anded:
                closed = len(found)
            first_end = following_end

    def whose(self, phrase: str, offset: int) -> Mention | None:
        """"as the ICB’s chief executive", "as NHS England’s vice chair"."""
        owner = mention_ending_at(self.doc, offset + len(phrase), "Organisation")
        if owner is not None:
            return owner
        if re.match(DEFINITE_ORG, phrase, FLAGS):
            return definite_org(self.doc, phrase, offset)
        return self.org_named_at(offset, offset + len(phrase))

    def org_at(self, offset: int, create: bool = False) -> Mention | None:
        return self.org_span(offset, create)[0]

    def org_span(self, offset: int, create: bool = False) -> tuple[Mention | None, int]:
        """The body named at ``offset`` and where the words naming it here end: a mention,
        "the ICB", or a short name ("Hertfordshire and West Essex", "Medway’s") that a body in
        the story or the reference data has. With ``create``, where a post's "of"/"at" demands
        a body, an unknown capitalised name of two words or more becomes one ("general
        secretary of Managers in Partnership")."""
        bygone = _BYGONE.match(self.text, offset, self.sentence.end) or _KIND_BEFORE_NAME.match(
            self.text, offset, self.sentence.end)
        found = mention_at(self.doc, bygone.end() if bygone else offset, "Organisation")
        if found is not None:
            tail = _BODY_NOUN_AFTER.match(self.text, found.end, self.sentence.end)
            return (None, offset) if UNIT_AFTER.match(self.text, found.end) else (
                found, tail.end() if tail else found.end)
        head = self.text[max(self.sentence.start, offset - 4):offset]
        start = offset - 4 if head.lower() == "the " else offset
        found = mention_at(self.doc, start, "Organisation") if start != offset else None
        if found is not None:
            return found, found.end
        reference = DEFINITE_AT.match(self.text, start, self.sentence.end)
        if reference:
            return definite_org(self.doc, reference.group(0), offset), reference.end()
        name = NAME_AT.match(self.text, offset, self.sentence.end)
        if name is None or BODY_WITHIN.match(self.text, name.end()):
            return None, offset
        found = self.org_named_at(name.start(), name.end())
        owner = re.match(r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)[’']s\s", name.group(0))
        if found is None and owner:
            owned = self.org_named_at(name.start(), name.start() + len(owner.group(1)))
            if owned is not None:
                return owned, name.end()
        if found is None and create and len(name.group(0).split()) >= 2 and not mention_at(
                self.doc, name.start(), "Person") and not _REGION.fullmatch(name.group(0)):
            mention = Mention(self.doc.story.id, name.start(), name.end(), name.group(0),
                              "Organisation", "Organisation", None, NAME)
            found = mention if self.doc.add_mention(mention) else None
        end = name.end() - len(POSSESSIVE_END.search(name.group(0)).group(0))
        if found is not None and found.start == name.start():
            end = found.end
        return found, end

    def org_named_at(self, start: int, end: int) -> Mention | None:
        """The body a name or possessive at ``start`` means; a possessive whose "s" is the
        name's own ("King's chief information officer") as written too."""
        written = self.text[start:end + (2 if self.text[end:end + 2] in {"’s", "'s"} else 0)]
        surface = POSSESSIVE_END.sub("", self.text[start:end])
        end = start + len(surface)
        covering = next((m for m in self.doc.mentions_in(self.sentence, "Organisation")
                         if m.start < start and end <= m.end), None)
        if covering is not None:
            return covering
        found = org_named(self.doc, surface, start) or (
            org_named(self.doc, written, start) if written != surface else None)
        if found is not None:
            return found
        record = load_gazetteer().lookup(surface, short=True)
        if record is None:
            return None
        mention = Mention(self.doc.story.id, start, end, surface, "Organisation", record.cls,
                          record.key, NAME)
        return mention if self.doc.add_mention(mention) else mention_at(self.doc, start,
                                                                          "Organisation")

    def org_of_context(self, person: Mention, role: str,
                       aside_end: int = 0) -> tuple[Mention | None, float]:
        """A post named without its body ("will act as chief executive"): the body this person
        already holds a post at in this sentence, else the story's main body when the sentence
        names no other, outside an aside on the person's past ("X, until March a director of
        Y, has been appointed chair")."""
        implied = _implied_org(self.doc, role) or self.post_taken_over(person, role)
        if implied is not None:
            return implied, 0.7
        classes = classes_for_role(role)
        national = topic_org(self.doc, classes) if classes == _NATIONAL and _AREA_ROLE.match(
            normalise_role(role)) else None
        if national is not None:
            return national, 0.7
        held = [f for f in self.doc.facts
                 if f.predicate == "leads" and f.subject.text == person.text
                 and f.evidence.start == self.sentence.start and isinstance(f.object, Mention)
                 and not JOINED_FROM.search(self.text, max(person.end, f.object.start - 80),
                                            f.object.start)]
        if held and all(f.status == "former" for f in held) and (_PAST_ASIDE.match(
                self.text, person.end, aside_end) or all(f.object.end <= person.start
                                                         for f in held)):
            topic = topic_org(self.doc, classes_for_role(role))
            if topic is None or topic.start > person.start or entity_key(topic) in {
                    entity_key(f.object) for f in held}:
                return None, 0.0
            return topic, 0.6
        if held and aside_end and all(person.end <= f.object.start < aside_end for f in held):
            topic = self.referred_subject(person) or topic_org(self.doc, classes_for_role(role))
            if topic is not None and topic.start < person.start and entity_key(topic) not in {
                    entity_key(f.object) for f in held}:
                return topic, 0.6
        if held:
            return held[0].object, 0.7
        at = _AT_BODY_OPENING.match(self.text, self.sentence.start, person.start)
        opening = mention_at(self.doc, at.end(), "Organisation") if at else None
        if opening is not None and self.text.startswith(",", opening.end) and not any(
                opening.end <= m.start < person.start
                for m in self.doc.mentions_in(self.sentence, "Organisation")):
            return opening, 0.7
        subject = _DEFINITE_OPENING.match(self.text, self.sentence.start, person.start)
        which = _WHICH_ASIDE.match(self.text, subject.end(), person.start) if subject else None
        if which and all(which.start() <= m.start < which.end()
                         for m in self.doc.mentions_in(self.sentence, "Organisation")):
            referred = self.referred_subject(person)
            if referred is not None:
                return referred, 0.6
        left = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                if JOINED_FROM.search(self.text, max(person.end, m.start - 80), m.start)
                or _HAVING_BEEN_AT.search(self.text, max(person.end, m.start - 100), m.start)]
        if not [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                if not (person.end <= m.start < aside_end
                        and _PAST_ASIDE.match(self.text, person.end, aside_end))
                and m not in left]:
            org = self.referred_subject(person) or self.item_body(role) or \
                self.paragraph_body(person, role) or topic_org(self.doc, classes_for_role(role))
            if org is not None and entity_key(org) in {entity_key(m) for m in left}:
                return None, 0.0
            return org, 0.6
        return None, 0.0

    def post_taken_over(self, person: Mention, role: str) -> Mention | None:
        """"He takes over from X, who has been acting chair": the body of the same post the
        sentences before gave the newcomer (the one taken up, before one held now), not the
        story's first body."""
        cue = SUCCEEDS.search(self.text, max(self.sentence.start, person.start - 40),
                              person.start)
        if cue is None or cue.end() != person.start:
            return None
        wanted = normalise_role(role)
        same = [fact for fact in reversed(self.doc.facts)
                if fact.predicate == "leads" and isinstance(fact.object, Mention) and fact.role
                and fact.evidence.start < self.sentence.start
                and fact.subject.text != person.text and normalise_role(fact.role) == wanted]
        taken = next((fact for fact in same if fact.status == "designate"), None)
        return (taken or same[0]).object if same else None

    def referred_subject(self, person: Mention) -> Mention | None:
        """"The trust, which is in special measures, is led by chief executive X": the body the
        sentence's subject refers to, rather than the story's first."""
        subject = _DEFINITE_OPENING.match(self.text, self.sentence.start, person.start)
        return definite_org(self.doc, subject.group(1), self.sentence.start) if subject else None

    def post_held_before(self, person: Mention, role: str) -> Mention | None:
        """"X stepped in after the departure of the previous chief executive, Y": the body
        where the story last gave someone else the same post."""
        wanted = normalise_role(role)
        return next((fact.object for fact in reversed(self.doc.facts)
                     if fact.predicate == "leads" and isinstance(fact.object, Mention)
                     and fact.role and normalise_role(fact.role) == wanted
                     and fact.evidence.start <= self.sentence.start
                     and fact.subject.text != person.text), None)

    def item_body(self, role: str) -> Mention | None:
        """"2. United Lincolnshire Hospitals NHS Trust, which runs ... . X has been acting chief
        executive since the summer.": the body a numbered or bulleted item opens with, not the
        story's first."""
        before = self.doc.sentence_before(self.sentence)
        if before is None or not _ITEM_MARK.search(self.text, max(0, before.start - 6),
                                                   before.start):
            return None
        first = next(iter(self.doc.mentions_in(before, "Organisation")), None)
        return first if first is not None and first.start - before.start <= 4 \
            and first.cls in classes_for_role(role) else None

    def paragraph_body(self, person: Mention, role: str) -> Mention | None:
        """A round-up's later paragraph opening with another body ("Shrewsbury and Telford
        declared one on Sunday. Interim chief executive X said"): that body, when it is the only
        one of the post's kind the paragraph names before the holder and not the story's main
        body."""
        paragraph = self.text.rfind("\n\n", 0, person.start)
        classes = classes_for_role(role)
        topic = topic_org(self.doc, classes)
        if paragraph < 0 or topic is None or topic.start > paragraph:
            return None
        bodies = {entity_key(m): m for m in self.doc.mentions_before(person.start, "Organisation")
                  if m.start > paragraph and m.cls in classes}
        opening = next(iter(bodies.values()), None)
        if len(bodies) != 1 or entity_key(topic) in bodies or opening is None or not re.fullmatch(
                r"\s*(?:(?i:the)\s+)?", self.text[paragraph:opening.start]):
            return None
        return opening

    def body_left_for(self, offset: int, role: str) -> Mention | None:
        """"X, the chief nurse, has been appointed ... at Y": the post named before the move is
        at the story's main body, when Y is another."""
        if not _MOVES_ON.match(self.text, offset, self.sentence.end):
            return None
        topic = topic_org(self.doc, classes_for_role(role))
        orgs = self.doc.mentions_in(self.sentence, "Organisation")
        if topic is None or any(m.start < offset or entity_key(m) == entity_key(topic)
                                for m in orgs):
            return None
        return topic

    def later_in_clause(self, anchor: Mention, person: Mention | None = None) -> None:
        """"X, who left NHSE in the summer to become chief executive of Y"."""
        person = person or anchor
        end = self.clause_end(anchor)
        skipped = SKIP_APPOSITION.match(self.text, anchor.end, end)
        chaired = CHAIRED.match(self.text, anchor.end, end) or (
            CHAIRED.match(self.text, skipped.end(), end) if skipped else None)
        if chaired and chaired.group(0).lstrip().startswith(",") and _AGENT_OF_ASIDE.search(
                self.text, max(self.sentence.start, anchor.start - 30), anchor.start):
            chaired = None
        if chaired and not _FUTURE_BODY.match(self.text, chaired.end()):
            named_new = _NEW_NAMED_BODY.match(self.text, chaired.end())
            first, first_end = self.org_span(named_new.end() if named_new else chaired.end())
            if first is not None and re.match(r"[’']s?\s", self.text[first_end:first_end + 3]):
                first = None
            if first is not None and (GENERIC_BODY.match(self.text, chaired.end(), end)
                                      or _OWN_BODY.match(self.text, chaired.end(), end)):
                held = frozenset({"current", "former"}) if chaired["verb"].lower().startswith(
                    "had") else frozenset({"current"})
                first = body_led_by(self.doc, person, self.sentence.start, held) or first
            if first is None and re.match(r"it\b", self.text[chaired.end():end]):
                bodies = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                          if m.end <= anchor.start]
                first = bodies[0] if bodies else pronoun_org(self.doc, self.sentence.start)
                first_end = chaired.end() + 2
            second = None
            if first is not None:
                joined = re.match(r"\s+(?:and|&)\s+(?:the\s+)?", self.text[first_end:end])
                second = self.org_at(first_end + joined.end()) if joined else None
            verb = " ".join(chaired["verb"].lower().split())
            role = "chair" if "chair" in verb or _THE_BOARD.match(
                self.text, chaired.end(), end) else "chief executive"
            past = verb.startswith("had") or verb in {"chaired", "led", "ran", "headed"}
            future = verb.startswith(("will", "is to", "is set to", "is leaving"))
            for org in (first, second):
                self.emit(person, org, role,
                          "designate" if future else "former" if past else "current", 0.75)
        as_org = AS_ORG_ROLE.search(self.text, anchor.end, end)
        owner, owner_end = self.org_span(as_org.end()) if as_org else (None, 0)
        role = ROLE_AFTER_ORG.match(self.text, owner_end, end) if owner and as_org else None
        if as_org and owner and role:
            self.emit(person, owner, role["role"], self.leaving_to(
                post_status(role["mods"], role["tail"], as_org["verb"], self.sentence.text),
                as_org, anchor), 0.8)
        joining = _TO_JOIN.search(self.text, anchor.end, end)
        joined_org, joined_end = self.org_span(joining.end()) if joining else (None, 0)
        joined_as = AS_ROLE.match(self.text, joined_end, end) if joined_org else None
        if joining and joined_as and not joined_as["definite"]:
            future = _LEAVING_TO.search(self.text, anchor.end, joining.start()) is not None
            self.emit(person, joined_org, joined_as["role"], "designate" if future else "current",
                      0.75)
        match = LATER_IN_CLAUSE.search(self.text, anchor.end, end)
        if match and match.start() - anchor.end < 160:
            org = self.org_at(match.end())
            if org is not None:
                self.emit(person, org, match["role"], self.leaving_to(
                    post_status(match["mods"], match["tail"], match["verb"],
                                self.text[match.start():end]), match, anchor), 0.75)
                self.further_posts(person, org, match["verb"], match["role"])

    def leaving_to(self, status: str, cue: re.Match[str], anchor: Mention) -> str:
        """"X, director of Y, is leaving to become Z's chief nurse": the post is to come."""
        if status == "current" and cue["verb"].lower() == "to become" and _LEAVING_TO.search(
                self.text, anchor.end, cue.start()):
            return "designate"
        return status

    def appointed_by(self, person: Mention) -> None:
        """"Y has named X as its incoming chair"; "The trust has appointed X, a ..., as chair";
        "Y has appointed Z's chief executive X as its next chief executive"."""
        before = self.text[self.sentence.start:person.start]
        its_role = ITS_ROLE_BEFORE.search(before)
        if its_role:
            before = before[:its_role.start()]
        match = APPOINTS_BEFORE.search(before)
        described = _DESCRIBED_HOLDER.search(before) if match is None and _APPOINTING(
            before) and AS_ROLE.match(self.text, person.end, self.sentence.end) else None
        if described is not None:
            match = APPOINTS_BEFORE.search(before, 0, described.start())
        if match is None:
            return
        as_role = AS_ROLE.match(self.text, person.end, self.sentence.end) or (
            _BARE_ROLE_NAMED.match(self.text, person.end, self.sentence.end)
            if match["verb"].lower() in {"named", "made", "appointed"} else None)
        if as_role is None:
            self.appointed_to_lead(person, match, self.sentence.start + match.start())
            return
        org = self.org_at(as_role.end()) if ENDS_WITH_OF.search(as_role.group(0)) else None
        if org is not None and self.text.startswith(("its ", "their "), as_role.end()):
            subject = before[:match.start()].rstrip()
            aside = _DESCRIBED_ASIDE.search(subject)
            appointer = mention_ending_at(self.doc, self.sentence.start + len(
                subject[:aside.start()] if aside else subject), "Organisation")
            org = appointer or org
        confidence = 0.85
        if org is None and match["who"]:
            org = definite_org(self.doc, match["who"].strip(), self.sentence.start + match.start())
            confidence = 0.8
        elif org is None:
            subject = before[:match.start()].rstrip()
            aside = _DESCRIBED_ASIDE.search(subject) or _BRACKETED_END.search(subject) \
                or _PLEASED_TO.search(subject)
            if aside:
                subject = subject[:aside.start()]
            org = mention_ending_at(self.doc, self.sentence.start + len(subject), "Organisation")
            noun = _BODY_NOUN_END.search(subject) if org is None else None
            if noun is not None:
                org = mention_ending_at(self.doc, self.sentence.start + noun.start(),
                                        "Organisation")
            described = _DEFINITE_SUBJECT_END.search(subject) if org is None else None
            if described:
                org = definite_org(self.doc, described.group(1),
                                   self.sentence.start + described.start(1))
                confidence = 0.8
        definite = as_role.groupdict().get("definite")
        if definite and (org is None or org.cls in OVERSEERS or org.key in _TRUST_APPOINTERS):
            org = definite_org(self.doc, "the " + definite, as_role.start("definite"))
            confidence = 0.8
        topic = topic_org(self.doc, TRUSTS)
        if org is not None and org.key in _CHAIR_APPOINTERS and as_role["role"] == "chair" \
                and not definite and not re.search(r"\b(?:its|their)\b", as_role.group(0)) \
                and self.org_at(as_role.end()) is None and topic is not None:
            org, confidence = topic, 0.7
        elif org is not None and (org.key in _TRUST_APPOINTERS or (
                org.cls in OVERSEERS and match["verb"].lower() == "installed")) \
                and not ENDS_WITH_OF.search(as_role.group(0)) \
                and not re.search(r"\b(?:its|their)\b", as_role.group(0)) \
                and not definite:
            org, confidence = topic, 0.7
        elif org is not None and org.cls in OVERSEERS and _LOCAL_OFFICER.search(as_role["role"]) \
                and not ENDS_WITH_OF.search(as_role.group(0)):
            org = topic_org(self.doc, _COMMISSIONERS)
            confidence = 0.7
        status = post_status(as_role["mods"], as_role["tail"], match["verb"], self.sentence.text)
        bodies = [org]
        if org is not None and _SHARED_POST.search(as_role.group(0)):
            bodies = listed_with(self.doc, self.doc.mentions_in(self.sentence, "Organisation"),
                                 org, _SUBJECT_LIST, after=False)
        for body in bodies:
            self.emit(person, body, as_role["role"], status, confidence)
        second = _AND_NAMED_AS.match(self.text, as_role.end(), self.sentence.end)
        other = mention_at(self.doc, second.end(), "Person") if second else None
        other_role = AS_ROLE.match(self.text, other.end, self.sentence.end) if other else None
        if other is not None and other_role is not None and org is not None:
            self.emit(other, org, other_role["role"], post_status(
                other_role["mods"], other_role["tail"], match["verb"], self.sentence.text),
                confidence)

    def with_as_its(self, person: Mention) -> None:
        """"X will be chaired by A, with B as its accountable officer": B's post is at the body
        the sentence opens with."""
        before = self.text[max(self.sentence.start, person.start - 6):person.start].lower()
        if not (before.endswith(" with ") or before == "with "):
            return
        as_role = _AS_ITS_ROLE.match(self.text, person.end, self.sentence.end)
        bodies = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                  if m.end <= person.start]
        if as_role and bodies:
            status = post_status(as_role["mods"], as_role["tail"], "", self.sentence.text)
            self.emit(person, bodies[0], as_role["role"], status, 0.75)

    def chosen_by_body(self, person: Mention) -> None:
        """"X was appointed by A as interim chief executive", "X has been brought in by A as its
        finance director": the post is at the body that chose X."""
        chosen = _CHOSEN_BY.match(self.text, person.end, self.sentence.end)
        org = mention_at(self.doc, chosen.end(), "Organisation") if chosen else None
        as_role = _AS_ROLE_AFTER.match(self.text, org.end, self.sentence.end) if org else None
        if org is None or as_role is None or org.cls in {"Company", "NewsOutlet"}:
            return
        if (org.key in _TRUST_APPOINTERS or (org.key in _CHAIR_APPOINTERS
                                             and as_role["role"] == "chair")) and not re.search(
                r"\b(?:its|their|of|at)\b", as_role.group(0)):
            org = topic_org(self.doc, TRUSTS)
            if org is None:
                return
        status = post_status(as_role["mods"], as_role["tail"], "", self.sentence.text)
        self.emit(person, org, as_role["role"],
                  status_for_person(self.doc, self.sentence, person, status), 0.85)

    def took_over_from(self, person: Mention) -> None:
        """"A took over as president of X from B in 2021": B held the post before A."""
        took = _TOOK_OVER_AS.match(self.text, person.end, self.sentence.end)
        org = self.org_at(took.end()) if took else None
        handed = _FROM_PERSON.match(self.text, org.end, self.sentence.end) if org else None
        previous = mention_at(self.doc, handed.end(), "Person") if handed else None
        if took is None or org is None or previous is None:
            return
        still_there = took["verb"].lower().startswith(("will", "is", "takes"))
        self.emit(previous, org, took["role"], "current" if still_there else "former", 0.75)

    def joined_and_is(self, person: Mention) -> None:
        """"X, who joined A in 2004 and is now its medical director", "X joined A in 2005 and
        served as its medical director": the post is at A."""
        joined = _WHO_JOINED.match(self.text, person.end, self.sentence.end)
        org = mention_at(self.doc, joined.end(), "Organisation") if joined else None
        post = _AND_IS_ITS.match(self.text, org.end, self.sentence.end) if org else None
        if org is None or post is None:
            return
        status = "former" if post["was"] else post_status(post["mods"], post["tail"], "",
                                                          self.sentence.text)
        self.emit(person, org, post["role"], status, 0.75)

    def clause_subject(self) -> Mention | None:
        """The body the sentence opens with, past an opening aside: the subject that "is led
        by chief executive X" or "has a new interim chief executive, X"."""
        orgs = self.doc.mentions_in(self.sentence, "Organisation")
        if not orgs or orgs[0].start - self.sentence.start > 40 or orgs[0].cls in {
                "Hospital", "Company", "Regulator", "NewsOutlet"}:
            return None
        return orgs[0]

    def listed_members(self) -> None:
        """"The board's other executive members are A, chief medical officer; B, director of
        nursing; and C, chief finance officer": each named post at the body that owns the list."""
        cue = _MEMBERS_ARE.search(self.text, self.sentence.start, self.sentence.end)
        if cue is None:
            self.team_of_body()
            return
        owner = cue["owner"]
        if cue["verb"]:
            body = next(iter(self.doc.mentions_in(self.sentence, "Organisation")), None)
            body = body if body is not None and body.end <= cue.start() else None
        elif owner.startswith(("’", "'")):
            body = mention_ending_at(self.doc, cue.start(), "Organisation")
        elif owner.lower().startswith("its"):
            body = pronoun_org(self.doc, self.sentence.start)
        else:
            body = definite_org(self.doc, owner.rstrip("’'s"), cue.start())
        if body is None:
            return
        for person in self.doc.mentions_in(self.sentence, "Person"):
            role = _ROLE_APPOSED.match(self.text, person.end, self.sentence.end) \
                if person.start >= cue.end() else None
            if role is not None:
                self.emit(person, body, role["role"], post_status(
                    role["mods"], role["tail"], "", self.sentence.text), 0.8)

    def team_of_body(self) -> None:
        """"The executive team at X includes A, director of finance, and B, chief nurse"; "The
        executive team of X is completed by A as chief medical officer and B as ...": each
        named post at X."""
        team = _TEAM_OF.search(self.text, self.sentence.start, self.sentence.end)
        body = mention_at(self.doc, team.end(), "Organisation") if team else None
        verb = _TEAM_VERB.match(self.text, body.end, self.sentence.end) if body else None
        if body is None or verb is None:
            return
        for person in self.doc.mentions_in(self.sentence, "Person"):
            role = (_ROLE_APPOSED.match(self.text, person.end, self.sentence.end)
                    or _AS_ROLE_NEXT.match(self.text, person.end, self.sentence.end)) \
                if person.start >= verb.end() else None
            if role is not None:
                self.emit(person, body, role["role"], post_status(
                    role["mods"], role["tail"], "", self.sentence.text), 0.8)

    def respectively(self) -> None:
        """Two people given two posts in one breath: "A and B, the trust's chief executive
        and chair," (one body, a role each) and "The chief executives of X and Y, A and B,"
        (one role, a body each)."""
        text, sentence = self.text, self.sentence
        people = self.doc.mentions_in(sentence, "Person")
        for first, second in pairwise(people):
            if not _AND_ONLY.fullmatch(text, first.end, second.start):
                continue
            plural = _ROLES_RESPECTIVELY.match(text, second.end, sentence.end)
            bodies = self.orgs_listed(plural.end()) if plural else []
            if plural and len(bodies) == 2 and (plural["respectively"] or re.match(
                    r"\s*,?\s*respectively\b", text[bodies[-1].end:sentence.end])):
                for person, body in ((first, bodies[0]), (second, bodies[1])):
                    self.emit(person, body, plural["role"],
                              status_for_person(self.doc, sentence, person, "current"), 0.75)
                continue
            roles = _TWO_ROLES.match(text, second.end, sentence.end)
            if roles is None:
                continue
            owner = roles["owner"]
            org = (definite_org(self.doc, owner, roles.start("owner")) if owner
                   and not owner[:1].isupper() else self.org_at(roles.end()) if roles["of"]
                   else mention_ending_at(self.doc, roles.start("owner") + len(owner or "")
                                          - 2, "Organisation") if owner else None)
            for person, role in ((first, roles["first"]), (second, roles["second"])):
                self.emit(person, org, role,
                          status_for_person(self.doc, sentence, person, "current"), 0.75)
        for cue in _ROLES_OF_BODIES.finditer(text, sentence.start, sentence.end):
            bodies = self.orgs_listed(cue.end())
            if len(bodies) < 2:
                self.each_at_their_body(cue)
                continue
            after = re.match(r"\s*(?:,|\s[-–—])\s*", text[bodies[-1].end:sentence.end])
            start = bodies[-1].end + (after.end() if after else 0)
            listed = [m for m in people if start <= m.start][:len(bodies)]
            if after and len(listed) == len(bodies) and listed[0].start == start and all(
                    _LIST_JOINER.fullmatch(text, one.end, two.start)
                    for one, two in pairwise(listed)):
                role = re.sub(r"s$", "", cue["role"])
                for person, body in zip(listed, bodies, strict=True):
                    self.emit(person, body, role,
                              status_for_person(self.doc, sentence, person, "current"), 0.75)

    def each_at_their_body(self, cue: re.Match[str]) -> None:
        """"The chairs of the two trusts, X at Dorchester and Y at Yeovil": each person holds
        the post at the body named after them."""
        text, end = self.text, self.sentence.end
        plural = _TWO_BODIES_APPOSED.match(text, cue.end(), end)
        if plural is None:
            return
        role = re.sub(r"s$", "", cue["role"])
        listed = [m for m in self.doc.mentions_in(self.sentence, "Person")
                  if m.start >= plural.end()][:2]
        for person, following in zip(listed, [*listed[1:], None], strict=True):
            at = _AT_THEIR_BODY.match(text, person.end, end)
            stop = following.start if following is not None else end
            named = _NAMED_UP_TO.match(text, at.end(), stop) if at else None
            org = self.org_named_at(named.start(), named.end()) if named else None
            self.emit(person, org, role,
                      status_for_person(self.doc, self.sentence, person, "current"), 0.75)

    def appointed_to_lead(self, person: Mention, appoints: re.Match[str], verb_at: int) -> None:
        """"A and B have appointed X to lead both organisations": the top post of the bodies
        named, or of the appointing bodies when the text says "both"."""
        lead = _TO_LEAD.match(self.text, person.end, self.sentence.end)
        if lead is None:
            return
        if lead["plural"]:
            orgs = [m for m in self.doc.mentions_in(self.sentence, "Organisation")
                    if m.end <= verb_at and self.text[m.start - 1] != "("]
            bodies = listed_with(self.doc, orgs, orgs[-1], _LISTED) if orgs else []
            if len(bodies) != plural_count(lead["plural"]):
                return
        else:
            bodies = [m for m in self.orgs_listed(lead.end()) if m.cls != "Hospital"]
        status = post_status("", None, appoints["verb"], self.sentence.text)
        for body in bodies:
            self.emit(person, body, "chief executive", status, 0.75)

    def predecessor(self) -> None:
        """"She replaces X, who retired in December after five years as chief executive": the
        predecessor held the post named in the clause, else the one the successor takes."""
        for cue in SUCCEEDS.finditer(self.text, self.sentence.start, self.sentence.end):
            previous = mention_at(self.doc, cue.end(), "Person")
            left = LEFT_POST.match(self.text, previous.end, self.sentence.end) \
                if previous is not None else None
            if previous is None or left is None:
                continue
            clause_end = self.clause_end(previous)
            named = AFTER_YEARS_AS.search(self.text, previous.end, clause_end)
            post = self.successor_post(cue.start())
            if post is None:
                continue
            org, role = post
            left_org = self.body_left(left.end())
            if left_org is not None and not named and entity_key(left_org) != entity_key(org):
                post = self.successor_post(cue.start(), left_org)
                if post is None:
                    continue
                org, role = post
            self.emit(previous, left_org or org, named["role"] if named else role,
                      "current" if left["leaving"] else "former", 0.7)

    def body_left(self, offset: int) -> Mention | None:
        """The body named right after "left" or "is leaving" ("who is leaving the Chester
        trust")."""
        gap = re.match(r"\s+(?:the\s+)?", self.text[offset:self.sentence.end])
        start = offset + (gap.end() if gap else 0)
        named = mention_at(self.doc, start, "Organisation")
        if named is not None:
            return named
        reference = re.match(DEFINITE_ORG, self.text[offset:self.sentence.end].lstrip(), FLAGS)
        return definite_org(self.doc, reference.group(0), offset) if reference else None

    def successor_post(self, offset: int, at: Mention | None = None) -> tuple[Mention, str] | None:
        """The body and role of the person who takes over: the newest post in the story held
        by the subject before ``offset`` ("She", or a name); only one at ``at`` when given
        (the body the one replaced is leaving)."""
        head = self.text[self.sentence.start:offset]
        people = [m for m in self.doc.mentions_in(self.sentence, "Person") if m.end <= offset]
        if people:
            successor: Mention | None = people[-1]
        elif _SUCCESSOR_PRONOUN.match(head):
            successor = previous_person(self.doc, self.sentence.start)
        else:
            return None
        if successor is None:
            return None
        name = successor.text.split()[-1]
        joined = joined_body(self.doc, self.sentence.start, offset)
        for statuses in ({"designate"}, {"current", "interim", "acting"}):
            held = [fact for fact in self.doc.facts
                    if fact.predicate == "leads" and fact.subject.text.split()[-1] == name
                    and isinstance(fact.object, Mention) and fact.role
                    and (at is None or entity_key(fact.object) == entity_key(at))
                    and fact.status in statuses and (
                        "designate" in statuses or joined is None
                        or entity_key(fact.object) == entity_key(joined))
                    and not ("designate" not in statuses and _CURRENTLY.match(
                        self.text, fact.subject.end))
                    and not _LEAVING_FROM.search(self.text, max(0, fact.object.start - 12),
                                                 fact.object.start)]
            place = _PLACE_POST.search(self.text, self.sentence.start, self.sentence.end)
            chosen = next((fact for fact in held if place is not None
                           and place["place"].lower() in fact.object.text.lower()), None) or next(
                (fact for fact in held if (verb := _APPOINTER_VERB.search(fact.evidence.text))
                 and fact.object.start - fact.evidence.start < verb.start()), None) or next(
                (fact for fact in held if _TAKEN_POST.search(
                    fact.evidence.text, 0, max(0, fact.object.start - fact.evidence.start))),
                held[0] if held else None)
            if chosen is not None:
                return chosen.object, chosen.role
        return None

    def where_he_was(self, org: Mention) -> None:
        """"Mr X joined the ICB from Stockport NHS Foundation Trust, where he had been ..."."""
        match = WHERE_HE_WAS.match(self.text, org.end, self.sentence.end)
        same = _WHERE_SAME_POST.match(self.text, org.end, self.sentence.end) \
            if match is None else None
        if match is None and same is None:
            return
        people = [m for m in self.doc.mentions_in(self.sentence, "Person") if m.end <= org.start]
        person = people[-1] if people else previous_person(self.doc, self.sentence.start) \
            if _PRONOUN_OPENING.match(self.sentence.text) else None
        if person is not None and same is not None:
            held = [f.role for f in self.doc.facts if f.predicate == "leads" and f.role
                    and f.subject.text == person.text and f.status != "former"]
            if held:
                self.emit(person, org, held[-1], "former", 0.7)
        elif person is not None and match is not None:
            verb = "had been" if match["verb"].lower().startswith(("spent", "served", "worked")) \
                else match["verb"]
            self.emit(person, org, match["role"],
                      post_status(match["mods"], match["tail"], verb, ""), 0.75)

    def with_area(self, role: str, match: re.Match[str], offset: int = 0) -> str | None:
        """"regional director for the North West": the area belongs to the post; "for the
        trust" does not name it; a body named there is not an area (None)."""
        if not match["area"]:
            return role
        start, end = offset + match.start("area"), offset + match.end("area")
        if any(m.start < end and start < m.end
               for m in self.doc.mentions_in(self.sentence, "Organisation")):
            return None
        if not re.fullmatch(r"the\s+(?:trust|region|area|system|board|ICB|group)", match["area"],
                            FLAGS):
            return f"{role} for {match['area']}"
        return role

    def org_role_person(self, org: Mention) -> None:
        match = ROLE_AFTER_ORG.match(self.text, org.end, self.sentence.end)
        if not match:
            return
        role: str | None = match["role"]
        end = match.end()
        area = AREA_AFTER.match(self.text, end, self.sentence.end)
        if area:
            role, end = self.with_area(match["role"], area), area.end()
        if role is None:
            return
        tenure = TENURE_AFTER.match(self.text, end, self.sentence.end)
        end = tenure.end() if tenure else end
        after = PERSON_NEXT.match(self.text, end, self.sentence.end)
        person = mention_at(self.doc, after.end() if after else end, "Person")
        before = self.text[max(self.sentence.start, org.start - 40):org.start]
        leading = re.search(rf"{MODIFIERS}$", before, FLAGS)
        mods = (leading["mods"] if leading else "") + " " + match["mods"]
        if re.search(r"\bex-$", before, FLAGS):
            mods += " former"
        if person is not None:
            base = post_status(mods, match["tail"], "", self.sentence.text)
            self.emit(person, org, role,
                      status_for_person(self.doc, self.sentence, person, base), 0.9)
            return
        named_here = any(p.end <= org.start
                         and re.fullmatch(r"\s*,\s*the\s+", self.text[p.end:org.start], FLAGS)
                         for p in self.doc.mentions_in(self.sentence, "Person"))
        possessive = self.text[org.end:org.end + 2] in {"’s", "'s"}
        if re.search(r"\bthe\s+" + MODIFIERS + "$", before, FLAGS) and not named_here \
                and not possessive:
            earlier = previous_person(self.doc, self.sentence.start)
            if earlier is not None:
                self.emit(earlier, org, role, post_status(mods, match["tail"], "", ""),
                          0.55)


_NATIONAL = frozenset({"NationalBody"})
_DEFINITE_SUBJECT = lazy_pattern(rf"\s*({DEFINITE_ORG})\s+(?:also\s+)?(?:said|says|has|have|had"
                                 r"|will|is|was|confirmed|announced|revealed|met|meets|agreed"
                                 r"|approved|voted|decided|heard)\b", FLAGS)
_ATTRIBUTION = lazy_pattern(r"\s*,?\s*(?:said|says|added|adds|told)\b")
"""A closing ", its managing director, X, said": "its" is the sentence's subject, not the last
body named in it."""
_UNKNOWN_OWNER = lazy_pattern(r"(?!(?:Trust|Hospital|Board|ICB|CCG|NHS|The|A|An|Its|Their|Her"
                              r"|His|Our|Former|New|Interim|Acting|Under|During|After|Before|Since"
                              r"|Until|When|While|With|Without|As|But|And|Also|Meanwhile|Now|Then"
                              r"|By|From|For|At|In|On|Like|Unlike|Including)\b)(?-i:[A-Z])[\w&-]*"
                              r"(?:[’']s)?\s*$")
_UNKNOWN_POSSESSOR = lazy_pattern(r"(?P<owner>(?-i:[A-Z])[\w&-]*)[’']s(?:\s+(?-i:[a-z][\w-]*"
                                  r"|[A-Z]{2,4})){1,4}\s*$")
""""Kainos's healthcare director, X": a post at the body named before the possessive, however
few words the story gives it, and never at the story's main body."""
_ORG_THEN_COMMA = lazy_pattern(
    r"\s*(?:\([^)]{1,40}\)\s*|\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w ]{0,30}?)?,\s*$")
_DEFINITE_OPENING = lazy_pattern(rf"\s*(?:But\s+|And\s+|Now\s+)?({DEFINITE_ORG})"
                                 r"(?=[\s,]|[’']s\s)", FLAGS)
""""The trust, which is in special measures, is led by chief executive X": the body the
subject refers to, not the story's first."""
_AND_BEFORE_THAT_OF = lazy_pattern(r"\s*,?\s+and(?:\s*,\s*(?:before|after)\s+that\s*,|\s+(?:before"
                                  r"|after)\s+that|\s+(?:later|then|previously))\s+(?:of|at)\s+"
                                  r"(?:the\s+)?", FLAGS)
_BY_AGENT = lazy_pattern(r"\bby\s+(?:the\s+)?$")
""""X was rated inadequate by the CQC, and its chief executive": "its" is X's, not the agent's."""
_DEFINITE_POSSESSIVE = lazy_pattern(rf"\b({DEFINITE_ORG})[’']s\s", FLAGS)
""""The trust's chair, A, and its chief executive, B": "its" is the trust the sentence named."""
_AT_TRUST_AFTER = lazy_pattern(r"\s*,?\s*(?:at|to|for)\s+(?:the\s+)?")
_REGULATOR_APPOINTED = lazy_pattern(r"\s+(?:has\s+|had\s+)?(?:already\s+|also\s+)?(?:appointed"
                                    r"|installed|parachuted\s+in)\s+an\s+interim\s+", FLAGS)
""""Monitor had already appointed an interim chair, X": a regulator's interim appointee runs
the trust the story is about."""
""""Monitor appointed an interim chair, X, at Y": the post is at Y, not the regulator."""
_WHICH_ASIDE = lazy_pattern(r"\s*,\s*which\s+[^;.]{1,120}?,")
_PLURAL_THEN_COMMA = lazy_pattern(rf"{PLURAL_BODIES}\s*,\s*$", FLAGS)
_BRACKET_OPEN = lazy_pattern(r"\s*\(\s*(?:the\s+)?")
_AREA_ROLE = lazy_pattern(r"(?:national|regional)\s")
_REGION_OWNER = lazy_pattern(r"\b(?:London|(?:the\s+)?Midlands|North\s+West|North\s+East"
                             r"(?:\s+and\s+Yorkshire)?|South\s+East|South\s+West|(?:the\s+)?East"
                             r"\s+of\s+England)[’']s?\s*$", FLAGS)
""""London's regional medical director, X": a post in NHS England's region."""
_APPOINTING = Cue("appointed", "named", "hired", "recruited", "confirmed", "chosen", "selected",
                  "picked", "unveiled", "poached", "elected", "made")
_DESCRIBED_HOLDER = lazy_pattern(
    rf"(?<=\s)(?:the\s+)?(?:(?-i:[A-Z])[\w’'&.-]*\s+){{1,8}}?(?:[’']s?\s+)?{ROLE}\s+$", FLAGS)
_DESCRIBED_ASIDE = lazy_pattern(r"\s*,\s*(?:the|a|an|which|who|owned|run|based|hosted|part|wholly)"
                                r"\s+(?:[^,]|,(?=\d{3})){1,120},$")
_DEFINITE_SUBJECT_END = lazy_pattern(rf"(?:^|[.;:]\s+|\bthat\s+)({DEFINITE_ORG})$", FLAGS)
_AND_ONLY = lazy_pattern(r"\s+(?:and|&)\s+")
_TWO_ROLES = lazy_pattern(
    rf"\s*,\s*(?P<owner>its|their|the\s+trust[’']s|the\s+ICB[’']s|(?:[A-Z][\w&-]*\s+){{1,8}}?"
    rf"(?:NHS\s+)?(?:Trust|ICB|Board|CCG)[’']s)?\s*(?P<first>{ROLE})\s+and\s+"
    rf"(?P<second>{ROLE})(?P<of>\s+(?:of|at)\s+(?:the\s+)?)?", FLAGS)
_ROLES_OF_BODIES = lazy_pattern(
    r"\b(?:The|the)\s+(?P<role>chief\s+executives|chairs|chairmen|chief\s+nurses"
    r"|medical\s+directors|finance\s+directors)\s+(?:of|at)\s+(?:the\s+)?", FLAGS)
_TWO_BODIES_APPOSED = lazy_pattern(r"(?:two|both)\s+(?:trusts|boards|organisations|ICBs|CCGs)"
                                   r"\s*,\s*", FLAGS)
_AT_THEIR_BODY = lazy_pattern(r"\s+(?:at|of)\s+(?:the\s+)?")
_NAMED_UP_TO = lazy_pattern(r"[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*)*?"
                            r"(?=\s*(?:,|\band\b|$))")
_ROLES_RESPECTIVELY = lazy_pattern(
    rf"\s*,\s*(?:the\s+)?(?P<role>{ROLE})s\s+(?P<respectively>respectively\s+)?(?:of|at)\s+"
    rf"(?:the\s+)?", FLAGS)
_FUTURE_BODY = lazy_pattern(r"(?:combined|merged|new|enlarged|single|joint)\s(?!(?-i:[A-Z]))",
                            FLAGS)
_NEW_NAMED_BODY = lazy_pattern(r"(?:combined|merged|new|enlarged|single|joint)\s+(?=(?-i:[A-Z]))",
                               FLAGS)
""""will chair the new Lewisham and Greenwich NHS Trust": the body is named after "new"."""
_TO_LEAD = lazy_pattern(r"\s+to\s+lead\s+(?:(?P<plural>both|the\s+two|the\s+three"
                        r"|all\s+three)\s+(?:organisations|trusts|bodies|boards|ICBs|CCGs)\b|the\s+(?=[A-Z])"
                        r"|(?=[A-Z]))")
_LISTED = lazy_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_REGION = lazy_pattern(r"(?:(?:North|South|East|West|Midlands|London|Yorkshire|and|of|the|England"
                       r"|Humber|Cumbria|North-East|North-West|South-East|South-West)\s*)+")
_MEMBER_OF = lazy_pattern(r"\s+(?:is|are|was|were|sits|remains)\s+(?:now\s+|also\s+)?(?:part"
                          r"|a\s+member|one)\s+of\s+(?:the\s+)?", FLAGS)
""""X is part of Y, and its chair, Z, ...": "its" is X, the clause's subject."""
_BRACKETED_END = lazy_pattern(r"\s*\([A-Za-z&]{2,10}\)$")
""""X NHS Foundation Trust (XFT) has appointed": the body is named before its acronym."""
_HAVING_BEEN_AT = lazy_pattern(r"\b(?:having|after)\s+(?:spent|served|been|worked)\b[^.;]{0,80}"
                               r"\b(?:of|at)\s+(?:the\s+)?$", FLAGS)
""""X becomes chief finance officer, having spent six years as finance director at Y": Y is
where X was, not the body of the post."""
_JOINS = lazy_pattern(r"\bjoin", FLAGS)
""""X, Y's finance director, is to join as chief finance officer": the post is not at Y."""
_TEAM_CUE = Cue(" members ", " team ", " team:", " appointments:")
_MEMBERS_ARE = lazy_pattern(
    r"(?P<owner>\b(?:The|the)\s+(?:board|trust|ICB|organisation)[’']s|[’']s|\bIts"
    r"|\b(?P<verb>announced|named|unveiled|confirmed|completed)\s+its)\s+"
    r"(?:(?:other|new|first|executive|non-executive|senior|leadership|board)\s+){0,3}"
    r"(?:members|team|directors|executives|appointments)(?:\s+(?:are|include|will\s+be"
    r"|comprise)\s*:?|(?<=team|ents)\s*:)\s+", FLAGS)
_TO_JOIN = lazy_pattern(r"\bto\s+(?:join|move\s+to|return\s+to)\s+(?:the\s+)?", FLAGS)
""""X, director of finance at A, is to leave in May to join B as chief finance officer"."""
_OTHERS_POST = lazy_pattern(r"\bas(?:\s+(?:the|its))?\s*$", FLAGS)
""""A as chief medical officer, B as ...": the post after "as" is A's, not B's."""
_TEAM_OF = lazy_pattern(r"\b(?:The|the|Its|its)\s+(?:new\s+)?(?:executive|leadership|senior|board"
                        r"|management)\s+(?:team|members|directors)\s+(?:at|of)\s+(?:the\s+)?")
_TEAM_VERB = lazy_pattern(r"\s+(?:includes|include|included|comprises|is\s+completed\s+by|will"
                          r"\s+(?:include|be\s+completed\s+by)|are)\s*:?\s+", FLAGS)
_BARE_ROLE_NAMED = lazy_pattern(rf"\s+(?:(?:its|their)\s+(?:first\s+)?)?{MODIFIERS}{ROLE_PHRASE}"
                                rf"(?=\s*(?:[.;,]|$|\s+(?:after|following|from|with|in|on|until)\b))",
                                FLAGS)
""""has named X interim director of nursing following ...", "made X its first chief data
officer": the post with no "as"."""
_FORMER_KIND = lazy_pattern(r"\b(?:former|retired|ex-)\s*(?:NHS|ambulance|hospital|trust|ICB|CCG"
                            r"|health)$", FLAGS)
""""led by former ambulance chief executive X": a kind of post once held, at no body named."""
_WHO_JOINED = lazy_pattern(r"(?:\s*,\s*who\s+|\s+(?:(?:first|originally)\s+)?)(?:joined|founded"
                          r"|co-founded|set\s+up|started\s+at)\s+(?:the\s+)?")
_AND_IS_ITS = lazy_pattern(rf"[^,;.]{{0,40}}?\s+and\s+(?:(?P<was>was|had\s+been|served\s+as"
                           rf"|worked\s+as)|is|has\s+been|became|went\s+on\s+to\s+become)\s+"
                           rf"(?:now\s+|since\s+\w+\s+)?(?:its|their)\s+"
                           rf"{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_AS_ROLE_NEXT = lazy_pattern(rf"\s+as\s+(?:the\s+|its\s+)?{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_ROLE_APPOSED = lazy_pattern(rf"\s*,\s*(?:the\s+|its\s+)?{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_ITS_BOARD = lazy_pattern(r"\b(?:its|the\s+trust[’']s)\s+board\b", FLAGS)
_OWN_BODY = lazy_pattern(r"(?:foundation\s+)?trust\b|ICB\b|CCG\b|board\b", FLAGS)
""""He had chaired the trust since 2015": the trust the story gave him a post at, not the
story's main one."""
_SUBJECT_HAS_POST = lazy_pattern(
    r"(?:\b(?:is|are|was|were|has\s+been|will\s+be|and)\s+(?:now\s+|currently\s+|also\s+)?"
    r"(?:led|run|headed|managed)\s+by|\b(?:has|have)\s+(?:a|an)(?:\s+new)?)$", FLAGS)
""""X, which runs Y, is led by chief executive Z"; "X has a new interim chief executive, Z":
the post is at the clause's subject, not the story's main body."""
_AND_NAMED_AS = lazy_pattern(r"\s*,?\s+and\s+")
""""X has named A as its medical director and B as chief finance officer": B too."""
_TRUST_APPOINTERS = frozenset({"monitor", "nhs-improvement", "nhs-trust-development-authority"})
"""National bodies and the one regulator (Monitor) that appointed NHS trusts' chairs and interim
leaders (2004-2022): "NHS Improvement has appointed X as interim chair" is a post at the trust the
story is about; "The NMC has appointed X as interim chief executive" is the NMC's own."""
_PLACE_SECTOR = lazy_pattern(r"(?P<former>\bformer\s+)?(?-i:(?P<place>[A-Z][a-z]+"
                            r"(?:\s+[A-Z][a-z]+)?))\s+(?:health|hospitals?|NHS|ambulance"
                            r"|mental\s+health)$", FLAGS)
""""Former Sussex health chair X": a post at an unnamed body of that place, which is a body the
story names with the place in its name or none."""
_HEADING_DASH = lazy_pattern(r"\s*[–—:]\s*|\s+-\s*")
""""Oxleas NHS Foundation Trust – new chair X took up post": a round-up item headed by the
body whose post it names."""
_CHAIR_APPOINTERS = frozenset({"nhs-england"})
"""NHS England appoints trusts' chairs (since 2022), and never its own: "NHS England appointed X
as interim chair" in a story about a trust is the trust's chair."""
_DESCRIBED_THEN_NAMED = lazy_pattern(
    r"(?:(?:the|a)\s+)?(?:(?:county|city|area|region|borough|island)[’']s\s+)?(?:(?-i:[a-z][\w-]*)\s+)"
    r"{0,3}(?:trust|provider|ICB|CCG)\s*,\s*(?:the\s+)?(?=(?-i:[A-Z]))")
""""chief executive of the county's community health trust, X": the body named after it."""
_BYGONE = lazy_pattern(r"(?:former|now[- ]defunct|now[- ]abolished|then)\s+(?=(?-i:[A-Z]))")
""""who chaired the former NHS Isle of Wight CCG": the body after the word for its past."""
_KIND_BEFORE_NAME = lazy_pattern(r"(?:(?-i:[a-z][\w’'-]*)\s+){0,2}?(?:charity|provider|firm|company"
                                 r"|consultancy|supplier|operator|group)\s+(?=(?-i:[A-Z]))")
""""chief executive of veterans' charity X", "of private provider X": the body after its kind."""
_LOCAL_OFFICER = lazy_pattern(r"\baccountable\s+officer\b", FLAGS)
_COMMISSIONERS = frozenset({"ClinicalCommissioningGroup", "IntegratedCareBoard", "NHSBody"})
""""NHS England has appointed X as interim accountable officer": a commissioner's post, at the
clinical commissioning group (or ICB, or primary care trust) the story is about."""
_TOOK_OVER_AS = lazy_pattern(rf"\s+(?P<verb>took|has\s+taken|had\s+taken|takes|will\s+take"
                             rf"|is\s+to\s+take)\s+over\s+as\s+(?:the\s+)?{MODIFIERS}"
                             rf"{ROLE_PHRASE}\s+(?:of|at)\s+(?:the\s+)?", FLAGS)
_FROM_PERSON = lazy_pattern(r"\s+from\s+")
_CHOSEN_BY = lazy_pattern(r"\s+(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be"
                          r"|is\s+to\s+be)\s+(?:appointed|hired|recruited|brought\s+in|drafted\s+in"
                          r"|named|chosen|selected|seconded)\s+by\s+(?:the\s+)?", FLAGS)
_AS_ROLE_AFTER = lazy_pattern(rf"(?:\s+(?:in|on|from)\s+(?:[A-Z][a-z]+\s+)?\d{{4}})?\s+as\s+"
                              rf"(?:its\s+|their\s+|the\s+|an?\s+)?(?:new\s+)?{MODIFIERS}"
                              rf"{ROLE_PHRASE}(?=\s*(?:[,.;)]|$|\s(?:in|from|on|until|after|with"
                              rf"|and|to|following|last|this|next|when|while)\b))", FLAGS)
_AS_ITS_ROLE = lazy_pattern(rf"\s+as\s+(?:its|their)\s+{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_WHO_ASIDE = lazy_pattern(r"\s*,\s*who\s+(?:was|had\s+been|has\s+been|is)\s")
_PLACE_COUNTERPART = lazy_pattern(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<place>[A-Z][\w’'-]+"
                                  r"(?:\s+[A-Z][\w’'-]+)?)\s+(?:counterpart|opposite\s+number"
                                  r"|equivalent)\s*,\s*$")
""""Her Gloucestershire counterpart, interim chief executive X": the post at the body the place
names, not at hers."""
_AFTER_SERVING = lazy_pattern(r"\s*(?:After|Having|Before\s+that|Previously)\s+(?:serving|served"
                              r"|been|working|worked|spending|spent)\b", re.IGNORECASE)
""""After serving as medical director of X, Y joined Z": the post before the comma is past."""
_WHO_ASIDE_BEFORE = lazy_pattern(r",\s*who\s")
""""X, who has been acting chief executive since the departure of Y, will return to ...": the
verb after Y is X's, not Y's."""
_BODY_SAYS = lazy_pattern(r"\s+(?:says|said|has\s+said|confirmed|has\s+confirmed|announced"
                          r"|has\s+announced|revealed|has\s+revealed)\s+(?:that\s+)?(?:its\s+)?",
                          re.IGNORECASE)
_OF_BODY_AFTER = lazy_pattern(r"\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z])")
_THE_BOARD = lazy_pattern(r"\s*(?:(?:the|its|their)\s+)?(?:trust\s+)?board\b(?!\s+of)",
                          re.IGNORECASE)
""""who had led the board since 2010": the chair's post, not the chief executive's."""
_AT_BODY_OPENING = lazy_pattern(r"\s*(?:(?:And|But|Meanwhile|Elsewhere|Separately|Finally)\s*,?"
                                r"\s+(?:over\s+)?at|At|Over\s+at)\s+(?:the\s+)?(?=[A-Z])")
""""At the Royal Free, the director of nursing, X, ...": the body the sentence opens at."""
_ITS_POST = lazy_pattern(r"\s(?:its|their)\s", re.IGNORECASE)
_UNNAMED_BODY_AFTER = lazy_pattern(r"\s*(?:[\w-]+\s+){0,3}?(?:at|with|of)\s+(?:a|an|another|one)\s+"
                                  r"(?!(?:number|decade|year|month|while|time|period|total)\b)")
""""he was pro-vice-chancellor at a Midlands university": the post is at a body not named."""
_SHARED_BEFORE = lazy_pattern(r"\b(?:share|shares|shared|sharing)(?:\s+(?:a|an|one|the\s+same))?$")
""""The two trusts, which have shared a chief executive, X": a post of several bodies, read
where the sharers are (careers)."""
_WITH_A_JOINT = lazy_pattern(r"\bwith\s+(?:a|one)(?:\s+(?:joint|shared|single|common))?\s*$",
                             re.IGNORECASE)
_OPENING_THE = lazy_pattern(r"\s*(?:(?:The|Both)\s+)?")
_PLACE_NAME = lazy_pattern(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")
_BODY_NOUN_END = lazy_pattern(r"\s+(?:group|trust|board|partnership|alliance|collaborative)$")
_SHARED_POST = lazy_pattern(r"\b(?:their|joint)\s", re.IGNORECASE)
_SUBJECT_LIST = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_GIVEN_A_POST = lazy_pattern(
    r"\b(?:(?:has\s+been|have\s+been|was|were|is|are)\s+(?:given|assigned|sent|allocated)"
    r"|(?:has|have|had)\s+(?:appointed|named|hired|recruited|welcomed|got|gained|found)"
    r"|appointed|named|hired|recruited|welcomed|gets|got|receives|received"
    r"|(?:is|was|has\s+been|will\s+be)\s+(?:(?:currently|now|still|temporarily)\s+)?"
    r"(?:led|run|headed|chaired)\s+by)"
    r"\s+(?:a|an)$", re.IGNORECASE)
""""X ... has been given a new improvement director, Y": the post is at the body the clause is
about, the last named before the verb."""
_WHO_HAS_LED = lazy_pattern(r"\s*,\s*who\s+(?:has\s+)?(?:led|run|runs|leads|headed|heads|chaired"
                            r"|chairs)\s+(?:the\s+)?(?=[A-Z])", FLAGS)
""""The trust's chief executive, X, who has led Y since 2021": the trust is Y."""
_ALONGSIDE = lazy_pattern(r"\s*(?:He|She|They)\s+(?:will\s+)?(?:work|works|serve|serves|sit|sits)"
                          r"\s+alongside\s+(?:the\s+)?$")
_BODY_LED_BY = lazy_pattern(r"(?<=\w),\s+(?:which\s+is\s+)?(?:led|chaired|headed|run)\s+by$",
                            FLAGS)
""""Y, led by chief executive X": the post is Y's, which the careers reading of "led by" gives."""
_SUCCESSOR_PRONOUN = lazy_pattern(r"\s*(?:(?:At|In)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])"
                                  r"[\w’'-]*){0,3}\s*,?\s+(?:she|he|they)|She|He|They)\b")
""""She replaces X"; "At Leeds she succeeds X": the successor a pronoun names."""
_PLACE_POST = lazy_pattern(r"\bthe\s+(?P<place>(?-i:[A-Z])[\w’'-]+)\s+(?:post|job|role)\b", FLAGS)
""""She will take up the Newcastle post in April, replacing X": X held the Newcastle post."""
_APPOINTER_VERB = lazy_pattern(r"\b(?:has|have|had)\s+(?:appointed|named|chosen|confirmed"
                               r"|recruited|selected)\b", FLAGS)
_PLEASED_TO = lazy_pattern(r"\s+(?:is|are|was|were)\s+(?:very\s+)?(?:delighted|pleased|thrilled"
                           r"|proud|happy|excited)\s+to$", FLAGS)
""""X is thrilled to welcome Y as its new chief medical officer": X appoints."""
_PREVIOUS_HOLDER = lazy_pattern(r"\b(?:previous|former|outgoing|then)\b", FLAGS)
_WHERE_AT_BODY = lazy_pattern(r"\s*,\s*where$", FLAGS)
""""Second is X, where chief finance officer Y told the board": the post is at X."""
_ITEM_MARK = lazy_pattern(r"(?:^|\s)\d{1,2}[.)]\s*$|\n[ \t]*[-•*][ \t]*$")
_BODY_IS_LED_BY = lazy_pattern(r"(?<=\w)\s+(?:is|was|has\s+been|will\s+be)\s+(?:now\s+)?(?:led"
                               r"|chaired|headed|run)\s+by$", FLAGS)
_NO_BODY_LED_BY_ITS = lazy_pattern(
    r"\s*The\s+(?!(?:trust|board|ICB|CCG|PCT|group|organisation|company|firm|hospital|council"
    r"|authority|partnership|system)\b)(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,3}\s+(?:is|was"
    r"|will\s+be|has\s+been)\s+(?:led|run|headed|chaired|overseen)\s+by\s+", FLAGS)
""""The success regime is led by its programme director, X": "its" is the regime, no body."""
_PAST_ASIDE = lazy_pattern(r"\s*,\s*(?:a\s+|the\s+)?(?:former|formerly|previously|until|once"
                           r"|ex-)\b", FLAGS)
_DEFINITE_LED_BY = lazy_pattern(
    rf"(?:\W*|.*?(?:,\s*and|;)\s+)(?P<reference>(?!its\b|their\b|our\b){DEFINITE_ORG})\s+"
    r"(?:will\s+be|is\s+to\s+be|would\s+be|is|was|has\s+been)\s+(?:now\s+)?(?:led|run|headed"
    r"|chaired|managed)\s+by\b", FLAGS)
""""The company will be led by a managing director, X"; "X retired, and the trust is now led by
acting chief executive Y": the body the sentence or its second clause opens with."""
_SAID_THE_FIRM = lazy_pattern(r"\b(?:said|says|added)\s+(?:that\s+)?(?P<reference>the\s+(?:firm"
                              r"|company|consultancy|social\s+enterprise|charity))\b", FLAGS)
""""Its managing director, X, said the firm would ...": "its" is the firm the speaker names."""
_DEFINITE_OWNING = lazy_pattern(rf"\b(?P<reference>(?!its\b|their\b|our\b){DEFINITE_ORG})[’']s\s",
                               FLAGS)
""""The firm's team will be led by partner X": the body that owns what the post belongs to."""
_REFERENCE_SAID = lazy_pattern(rf"\b(?P<reference>(?!its\b|their\b|our\b){DEFINITE_ORG})\s+"
                               r"(?:said|says|confirmed|announced|told\s+[\w\s]{1,30}?)\s+"
                               r"(?:that\s+)?$", FLAGS)
""""A spokeswoman for the trust said its interim chief executive, X, ...": the body just
referred to, not one the sentence before named."""
_ITS_DESCRIBED = lazy_pattern(r"\b(?i:its|their)(?:\s+(?:[a-z][\w-]*|UK|NHS)){1,2}$")


def _is_minister(role: str) -> bool:
    normal = normalise_role(role)
    return "minister" in normal or normal.startswith("secretary of state")


def _implied_org(doc: StoryDoc, role: str) -> Mention | None:
    """A health minister or secretary of state leads the health department the story names."""
    if not _is_minister(role):
        return None
    for mention in doc.mentions:
        if mention.cls == "GovernmentDepartment" and "health" in mention.text.lower():
            return mention
    return None



@extractor("leadership", requires=("mentions.person", "mentions.organisation"),
           assigns=("facts.leads",))
def make_leadership() -> object:
    def leadership(doc: StoryDoc) -> StoryDoc:
        header: re.Match[str] | None = None
        for sentence in doc.sentences:
            if ROLE_CUE(sentence.text):
                _Reader(doc, sentence).read()
            field = _POST_FIELD.match(sentence.text)
            if field is not None:
                _post_field(doc, sentence, field)
            if header is not None and _LIST_ITEM_BEFORE.search(
                    doc.text, max(0, sentence.start - 8), sentence.start):
                _named_in_list(doc, sentence, header)
            else:
                header = _NAMED_AS_FOLLOWS.match(sentence.text)
        return doc
    return leadership


_NAMED_AS_FOLLOWS = lazy_pattern(
    rf"\s*(?:The|Its|Their)\s+(?:new\s+)?(?P<role>{ROLE})s\s+(?:have\s+been|are|were|will\s+be)"
    r"(?:\s+(?P<named>named|appointed|confirmed|announced))?(?:\s+as\s+follows)?\s*:\s*$", FLAGS)
_LIST_ITEM_BEFORE = lazy_pattern(r"\n[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]*$")
_ITEM_LABEL = lazy_pattern(r"[^–—:,.;]{1,40}?\s*[–—:]\s*")


_POST_FIELD = lazy_pattern(rf"\s*(?P<mods>(?:interim|acting)\s+)?(?P<role>{ROLE})"
                           r"(?:\s*\((?P<basis>interim|acting)\))?\s*(?::|[–—]|\s-)\s*", FLAGS)


def _post_field(doc: StoryDoc, sentence: Sentence, field: re.Match[str]) -> None:
    """"Chair: Jane Smith", "Chief nursing officer – Paul Tandy" on a line of its own (a board
    list): the post at the body the story is about."""
    person = mention_at(doc, sentence.start + field.end(), "Person")
    role = normalise_role(field["role"])
    org = topic_org(doc, classes_for_role(role)) if person is not None else None
    if org is not None and is_leading_role(role) and person.end == sentence.end:
        basis = (field["basis"] or field["mods"] or "").strip().lower()
        add_fact(doc, sentence, person, "leads", org, extractor=NAME, confidence=0.7, role=role,
                 status=basis or "current")


def _named_in_list(doc: StoryDoc, sentence: Sentence, header: re.Match[str]) -> None:
    """"The regional directors have been named as follows: - South West – X, currently ...":
    each item's person holds the post the heading names, at the body such posts are at."""
    label = _ITEM_LABEL.match(doc.text, sentence.start, sentence.end)
    person = mention_at(doc, label.end() if label else sentence.start, "Person")
    role = normalise_role(header["role"])
    classes = classes_for_role(role)
    held = [f.object for f in doc.facts if f.predicate == "leads" and f.subject is person
            and f.evidence.start == sentence.start and isinstance(f.object, Mention)
            and f.object.cls in classes]
    org = (held[0] if held else topic_org(doc, classes)) if person is not None else None
    if org is not None:
        add_fact(doc, sentence, person, "leads", org, extractor=NAME, confidence=0.7, role=role,
                 status="designate" if header["named"] else "current")
