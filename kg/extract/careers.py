"""Posts the sentence-local leadership reader cannot see: careers, and posts across sentences.

Real news states many posts without the "X, chief executive of Y" apposition:
- a career, with the holder as the sentence's subject (often "He" or "She"): "He has held
  several senior posts, including six years as finance director at A, two years as CEO at B
  and more recently a spell as acting CEO at C"; "experience as an NHS chief executive at A,
  B and C"; "chief executive in organisations including A and B";
- a post announced in one sentence and filled in the next: "A has appointed an interim
  chief executive. Jane Doe started on 1 May.";
- a successor: "Jane Doe will replace Mr Roe as interim chief executive" (the body is the
  one Mr Roe leads, else the story's);
- the title before the name: "Chair of the Trust Jane Doe said".
Each adds a post only where the leadership reader found none for that person and body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from kg.extract.context import (
    COUNT,
    DEFINITE_ORG,
    FORMERLY_OF,
    GENERIC_BODY,
    JOINED_FROM,
    NHS_BODIES,
    NUMBER_WORDS,
    PLURAL_BODIES,
    PLURAL_NOUN_CLASSES,
    TRUSTS,
    body_led_by,
    body_named_at,
    coordinated_trusts,
    definite_org,
    entity_key,
    group_of,
    joined_body,
    listed_with,
    mention_at,
    mention_ending_at,
    plural_classes,
    plural_count,
    plural_trusts,
    previous_person,
    pronoun_org,
    relative_clauses,
    sent_by_overseer,
    topic_org,
)
from kg.extract.doc import StoryDoc
from kg.extract.facts import add_fact
from kg.extract.posts import (
    DEPARTED_HOLDER,
    FLAGS,
    LEAVES_BODY,
    MODIFIERS,
    OWNERS_PART,
    ROLE_PHRASE,
    SUCCEEDS,
    WHERE_HE_WAS,
    classes_for_role,
    held_on_a_basis,
    is_leading_role,
    post_fits,
    post_status,
    removed_before,
)
from kg.extract.registry import extractor
from kg.extract.roles import (
    ADVERB,
    ROLE,
    ROLE_CUE,
    STATUS_PREFIX,
    STATUS_WORD,
    normalise_role,
    status_of,
)
from kg.extract.text import Cue, lazy_pattern
from kg.model import Mention, Sentence

__all__ = ["make_careers"]

NAME = "careers"
_ROLE_AT = lazy_pattern(
    rf"\b(?P<intro>as|an?|the|was|is|be|been|became|becomes|being|role\s+of|post\s+of)\s+"
    rf"(?:{ADVERB}\s+)?{MODIFIERS}"
    rf"(?:NHS\s+|trust\s+|hospital\s+)?{ROLE_PHRASE}"
    rf"(?:\s+(?:for|in)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){{0,3}})?"
    rf"\s+(?:(?:at|of|for|with)\s+"
    rf"|in\s+(?:organisations|trusts|bodies)\s+(?:including|such as)\s+)", FLAGS)
_WILL_BEFORE = lazy_pattern(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to)\b", FLAGS)
_HELD_NOW_BEFORE = lazy_pattern(r"\b(?:current|present|existing|day)\s+(?:role|post|job)\s*$",
                                FLAGS)
""""alongside his current role as chief executive of X": a post held now, whatever else
the sentence says of months and years."""
_LEFT_AS = lazy_pattern(r"\b(?:retired|resigned|stepped\s+down|stood\s+down|left|quit|departed)"
                        r"(?:\s+(?:in|on|at|after)\s+[^,;.]{1,40}?)?\s*$", FLAGS)
_CAREER = lazy_pattern(
    r"\b(?:years?|months?|spell|stint|tenure|previously|formerly|former|has held|had held"
    r"|held|worked|career|experience|background|spent|had been|before that|prior to"
    r"|served)\b", FLAGS)
_THEN_AS_ITS = lazy_pattern(
    rf"\s*,?\s*(?:(?:latterly|most recently|more recently|finally|ultimately|lastly|eventually"
    rf"|including \w+ years?|rising to|before becoming|becoming)\s+)?(?:as\s+|become\s+)?"
    rf"(?:its|their)\s+{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_LATTERLY_AS = lazy_pattern(rf"\s*,\s*(?:latterly|most recently|finally|ultimately|eventually)\s+as"
                            rf"\s+(?:the\s+)?{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
""""She spent eight years at X, latterly as director of nursing": the last post there."""
_CHAIRED_BY = lazy_pattern(
    r"(?:[’']s)?(?:\s+board)?(?:\s*,\s*(?:(?:the|a|an)\s+|(?:which|that)\s+(?!(?:is|was|has\s+been"
    r"|will\s+be)\s+(?:chaired|led|headed|run)\b))[^;.]{1,200}?,)?\s*[,–—]?\s*(?:which\s+(?:is|was"
    r"|has\s+been|will\s+be)\s+|now\s+|formerly\s+|will\s+be\s+|is\s+to\s+be\s+|is\s+|was\s+"
    r"|has\s+been\s+|(?P<plural>are|were|have\s+been)\s+"
    r"|\s*(?:was|has\s+been)\s+(?:set\s+up|established|created|formed|founded|launched)"
    r"[^,;.]{0,40}?\s+and\s+(?:is|has\s+been)\s+)?"
    r"(?:(?:currently|now|still|temporarily|jointly|all|both)\s+)?"
    r"(?P<verb>chaired|led|headed|run)(?:(?<=was\sled)\s+(?:through|during|for)"
    r"\s[^,.;]{1,60}?)?\s+by\s+(?:the\s+)?", FLAGS)
_AGENT_BEFORE = lazy_pattern(r"\b(?:commissioned|ordered|requested|funded|set\s+up|published)"
                             r"\s+by\s+(?:the\s+)?$", FLAGS)
""""The review, commissioned by X, chaired by Y": Y chairs the review, not the agent X."""
_INQUIRY_INTO = lazy_pattern(r"\b(?:review|inquiry|investigation|audit|study|evaluation)\b"
                             r"[^,;.]{0,80}?\b(?:at|of|into|in)\s+(?:the\s+)?$", FLAGS)
""""The Independent Review of Maternity Services at X, led by Dame Y": Y leads the review."""
_PASSIVE_LED = lazy_pattern(r"\b(?:is|was|has\s+been|will\s+be|are|were|have\s+been)\s+"
                           r"(?:(?:currently|now|still|temporarily|jointly|all|both)\s+)?"
                           r"(?:led|headed)\b", FLAGS)
_BOARD_CHAIRED_BY = lazy_pattern(
    rf"\b(?P<reference>{DEFINITE_ORG})(?:[’']s)?(?:\s+board)?(?:\s*,\s*(?:which\s+(?:is|was)\s+)?"
    r"|(?:\s*,\s*which\s+[^,;.]{1,80},)?\s+(?:will\s+be|is\s+to\s+be|is|was|has\s+been)\s+)"
    r"(?P<verb>chaired|led|headed)\s+by\s+", FLAGS)
_IT_CHAIRED_BY = lazy_pattern(r"\s*It\s+(?:will\s+be|is\s+to\s+be|is|was|has\s+been)\s+"
                              r"(?P<verb>chaired|led|headed)\s+by\s+(?:the\s+)?")
_AND_IT_CHAIRED_BY = lazy_pattern(r",?\s+and\s+it\s+(?:will\s+be|is|was|has\s+been)\s+"
                                  r"(?P<verb>chaired|led|headed)\s+by\s+(?:the\s+)?")
_OPENING_ITS_POST = lazy_pattern(r"\s*Its\s")
""""Its chief executive is X, and it is chaired by Y": "it" is the body "Its" means."""
_WITH_AS_ROLE = lazy_pattern(r"\s*,?\s+(?:with|and)\s+")
_PLURAL_LED = lazy_pattern(PLURAL_BODIES, FLAGS)
_NEW_BODY_AT = lazy_pattern(r"(?:new|merged|combined|enlarged)\s+(?:trust|organisation|body|ICB"
                           r"|CCG)\b", FLAGS)
_LISTED_ROLE = lazy_pattern(rf"(?:[;,:–—]|\s-)\s*{MODIFIERS}{ROLE_PHRASE}\s*:\s*", FLAGS)
_ROLE_IN_BRACKETS = lazy_pattern(rf"\s*\(\s*{MODIFIERS}{ROLE_PHRASE}\s*\)", FLAGS)
_ROLE_COLON = lazy_pattern(rf"\s*{MODIFIERS}{ROLE_PHRASE}\s*:\s*", FLAGS)
_AS_ROLE_LINE = lazy_pattern(rf"\s+as\s+(?:the\s+|its\s+)?{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_PRONOUN_LINE = lazy_pattern(r"(?:He|She|They|His|Her|Their|Mr|Mrs|Ms|Dr)\b")
_SAME_POST_CUE = Cue("successor", "replacement", "predecessor", "counterpart", "opposite number",
                     "same job", "same post", "same role", "same position", "similar job",
                     "similar post", "similar role", "similar position", "equivalent job",
                     "equivalent post", "equivalent role", "equivalent position",
                     "also take", "also takes", "also took")
_SINGULAR_ROLES = {"chief executives": "chief executive", "chairs": "chair",
                   "chairmen": "chair", "chairwomen": "chair",
                   "medical directors": "medical director",
                   "finance directors": "finance director", "chief nurses": "chief nurse",
                   "accountable officers": "accountable officer"}
_PLURAL_POSTS = lazy_pattern(
    rf"\b(?P<roles>{'|'.join(_SINGULAR_ROLES)})\s+(?:of\s+[^:;.]{{1,50}}?)?\s*:\s*", FLAGS)
_PERSON_OF = lazy_pattern(r"\s+(?:of|at|from)\s+(?:the\s+)?")
_DEPARTURE_OF = lazy_pattern(r"\b(?:retirement|departure|resignation|exit|death|sacking|dismissal)"
                             r"\s+of\s+", FLAGS)
_SAME_POST = lazy_pattern(
    r"\b(?P<pronoun>[Hh]er|[Hh]is|(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\s+[A-Z][\w’'-]+[’']s"
    r"|(?P<surname>[A-Z][\w’'-]+)[’']s)"
    r"\s+(?:(?P<interim>interim\s+|acting\s+|temporary\s+)?"
    r"(?:permanent\s+|new\s+)?(?P<successor>successor|replacement|predecessor)"
    r"(?:\s+as\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?(?=\s+(?:is|will\s+be)\s))?"
    r"(?:\s+on\s+an?\s+(?P<basis>interim|acting|temporary)\s+basis)?(?:\s+at\s+(?:the\s+)?(?P<at>[^,.;]{1,60}?))?\s*(?:,\s*|\s+(?:is|will\s+be|as)\s+)"
    r"|(?:counterpart|opposite\s+number|equivalent)\s+(?:at|of|in)\s+(?:the\s+)?)")
_UNNAMED_POST = lazy_pattern(rf"[’']s?\s+(?:(?:previous|former|outgoing|last)\s+)?{ROLE_PHRASE}"
                             rf"\s+(?!(?:of|at)\b)", FLAGS)
_APPOSED = lazy_pattern(r"\s*,\s*")
_LEFT = lazy_pattern(r"\b(?:has|had)\s+(?:taken\s+(?:early\s+)?retirement|retired|left|stepped"
                     r"\s+down|stood\s+down|resigned)|\b(?:retired|left|resigned)\b", FLAGS)
_CHAIN = lazy_pattern(r"\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
                    r"(?:the\s+)?(?:former\s+|then\s+)?")
_SUBJECT_PRONOUN = lazy_pattern(
    r"^\s*(?:[A-Z][\w’'-]*\s+){0,3}?(?:He|She|His|Her)\b|^[^,;]{0,110},\s*(?:he|she)\s"
    r"|^[^,;.]{0,30}?\s(?:he|she)\s+(?:will|would|is|was|has|had|became|becomes|joined|took"
    r"|moved|returned|spent|served|worked|held)\b")
_MEMBERS_LISTED = lazy_pattern(
    r"[’']s?\s+(?:\w+\s+){0,3}?(?:groups|trusts|CCGs|bodies|organisations|providers|ICBs)"
    r"\s*(?:[–—:(]|,\s*(?:namely|including))\s*(?:the\s+)?", FLAGS)
_OPENING_CLAUSE = lazy_pattern(
    r"\W*(?:Before|After|Since|Until|Prior\s+to|On)\s+(?P<verb>joining|leaving|becoming|moving\s+to"
    r"|arriving\s+at)\s+(?:the\s+)?", FLAGS)
_ROLE_OF = lazy_pattern(rf"(?:the\s+|a\s+|an\s+|its\s+)?{MODIFIERS}{ROLE_PHRASE}\s+(?:of|at)\s+"
                        rf"(?:the\s+)?", FLAGS)
_HAS_NEW_POST = lazy_pattern(
    rf"\b(?:has|have|gets|got|has\s+got|has\s+found|found)\s+(?:a|an)\s+new\s+{MODIFIERS}"
    rf"{ROLE_PHRASE}\s*(?:[:–—]|\s+in)\s*", FLAGS)
_DESCRIBED_END = lazy_pattern(r"\s*,\s*(?:the|a|an)\s+[^,]{1,80},\s*$")
_BARE_POST_AFTER = lazy_pattern(rf"\s*,\s*(?:the\s+)?{MODIFIERS}{ROLE_PHRASE}\s*,", FLAGS)
_POST_SPEAKS = lazy_pattern(rf"\s*The\s+{MODIFIERS}{ROLE_PHRASE}\s+(?:of|at)\s+(?:the\s+)?", FLAGS)
_SPEAKS_NEXT = lazy_pattern(r"\s*,?\s+(?:said|says|added|adds|told|explained|insisted|warned"
                            r"|admitted|argued|stressed|acknowledged)\b", FLAGS)
_ITS_CUE = Cue(" its ", " their ")
_NEW_CUE = Cue(" new ")
_MINISTER = lazy_pattern(r"secretary|minister", FLAGS)
_LONE_ROLE = lazy_pattern(rf"\b{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_VAGUE_LONE = frozenset({"partner", "director", "chief", "boss", "leader", "head",
                         "executive lead", "secretary of state", "chief officer", "president",
                         "vice president", "non-executive director", "ned"})
_SAME_JOB = lazy_pattern(
    r"\b(?P<future>(?:will|is\s+to|are\s+to|would)\s+(?:also\s+)?)?(?:also\s+|now\s+)?"
    r"(?:holds|held|hold|has\s+held|had\s+held|did|does|do|has\s+done|had\s+done"
    r"|take\s+on|takes\s+on|took\s+on|has\s+taken\s+on|take\s+up|takes\s+up|took\s+up"
    r"|fill|fills|filled|assume|assumes|assumed)"
    r"\s+(?:the\s+same|a\s+similar|the\s+equivalent|(?P<bare>the))\s+(?:job|post|role|position)\s+"
    r"(?:at|with|for|of)\s+(?:the\s+)?", FLAGS)
_WHERE_SAME_JOB = lazy_pattern(r"\s*,\s*where\s+(?:he|she|they)\s+(?:had\s+)?(?:held|did|had)"
                               r"\s+the\s+same\s+(?:job|post|role|position)\b", FLAGS)
""""X joins Y as its CIO from Z, where she held the same role": she was Z's CIO."""
_ALSO = lazy_pattern(r"\balso\s")
_ITS_POST = lazy_pattern(
    rf"\s+(?P<verb>will\s+be|is|was|has\s+been|becomes|became|will\s+become|is\s+to\s+be"
    rf"|remains)\s+(?:its|their)\s+{MODIFIERS}{ROLE_PHRASE}\b(?!\s+(?:of|at|for)\b)", FLAGS)
_TAKES_UP_AT = lazy_pattern(
    r"\s*(?:He|She|They|(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Professor|Sir|Dame)\s+)?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){1,2})(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?)\s+"
    r"(?:will\s+|is\s+to\s+|is\s+due\s+to\s+)?(?:take|takes|took)\s+up\s+"
    r"(?:the|his|her|their|this)\s+(?:new\s+)?(?:post|role|position|job|appointment)\s+"
    r"(?:at|with)\s+(?:the\s+)?")
_NAMED_TO_POST = lazy_pattern(
    rf"\b(?:appointed|named|confirmed|chosen|selected|recruited)\s+(?:as\s+)?(?:the\s+|its\s+)?"
    rf"(?:new\s+)?{MODIFIERS}{ROLE_PHRASE}", FLAGS)
_WEAK_PENDING = lazy_pattern(r"\b(?:needed|needs|(?:are|is)\s+to\s+share|will\s+share)\b")
_AND_POST = lazy_pattern(
    rf"\s*,?\s+and\s*(?:,\s*[^,;.]{{1,40}},\s*|\s+)(?:later\s+|then\s+|subsequently\s+"
    rf"|(?:more|most)\s+recently\s+)?(?:as\s+)?(?:the\s+)?{MODIFIERS}{ROLE_PHRASE}\s+"
    rf"(?:at|of|for)\s+(?:the\s+)?", FLAGS)
_ITS_POST_IS = lazy_pattern(
    rf"\s*(?:Its|Their)\s+(?:first\s+|new\s+|next\s+)?{MODIFIERS}{ROLE_PHRASE}\s+"
    rf"(?P<verb>is|will\s+be|was|has\s+been|becomes)\s+", FLAGS)
_TOP_JOB = lazy_pattern(r"\b(?:promoted|promotes|given|handed|landed|lands|gets|got|offered)\b"
                        r"[^.;]{0,80}?\bthe\s+top\s+job\b", FLAGS)
_HER_POST = lazy_pattern(rf"(?:^|(?<=[.;:]\s)|(?<=\band\s))(?-i:Her|His|her|his)\s+{MODIFIERS}"
                         rf"{ROLE_PHRASE}\s*,\s*", FLAGS)
_HOLDER_AFTER = lazy_pattern(r"(?:\s*,\s*(?:the|a|an)\s+[^,;.]{1,80})?\s*,\s*")
_SUCCEEDS_PRONOUN = lazy_pattern(
    r"\b(?:(?P<future>(?:to|will|is\s+to|is\s+set\s+to)\s+(?:succeed|replace)|(?:to|will)\s+take"
    r"\s+over\s+from)|succeeds|replaces|succeeding|replacing|takes\s+over\s+from)\s+(?:her|him)\b",
    FLAGS)
_SUCCESSION_CUE = Cue("in place of", "replac", "succeed", "take over", "took over", "taking over",
                      "hand over", "handed over", "hands over",
                      "takes over")
_OF_CUE = Cue(" of ", " at ", cased=True)
_PENDING = lazy_pattern(
    rf"\b(?:an?|the)\s+{MODIFIERS}{ROLE_PHRASE}\s+(?:(?:has\s+been|have\s+been|was|is\s+to\s+be"
    rf"|will\s+be)\s+(?:(?:yesterday|today|formally|this\s+week)\s+)?(?:appointed|named|chosen"
    rf"|confirmed|recruited)\s+(?:(?:as\s+)?{STATUS_PREFIX}*{ROLE}\s+)?(?:to\s+(?:run|lead|head)|at|by"
    rf"|for|to|of)|(?:has\s+)?(?:started|arrived|begun\s+work|started\s+work)\s+at)\s+(?:the\s+)?",
    FLAGS)
_PENDING_ACTIVE = lazy_pattern(
    rf"(?:(?:has|have|had|is\s+to|will)\s+(?:now\s+|today\s+|also\s+)?(?:appointed|named|recruited|made"
    rf"|chosen|found|confirmed|announced|selected|approved|agreed|backed)|(?:is|are|has\s+been)\s+"
    rf"(?:now\s+)?(?:looking\s+for|recruiting|searching\s+for|seeking|advertising\s+for)"
    rf"|(?:has|have)\s+been\s+without|(?:yesterday\s+|today\s+)?(?:named|unveiled|appointed)"
    rf"|(?:are|is)\s+to\s+share|will\s+share|needed|needs"
    rf"|(?:will\s+be|is\s+to\s+be|has\s+been|have\s+been)\s+(?:assigned|given|sent)"
    rf"|(?:has\s+|have\s+)?advertised\s+for|(?:is|are)\s+(?:delighted|pleased|proud|happy)\s+to\s+"
    rf"(?:announce|confirm)|(?:has|have|gets|got)"
    rf"(?=\s+(?:a|an)\s+new\b|\s+two\s+(?:new|joint)\b))\s+"
    rf"(?:the\s+appointment\s+of\s+)?(?:a|an|its|their|two)\s+(?:new\s+|permanent\s+)?"
    rf"(?:(?:single|joint|shared|common|financial)\s+)?"
    rf"(?:(?:first|second|third|fourth|fifth|sixth|next)\s+)?"
    rf"{MODIFIERS}{ROLE_PHRASE}s?(?:-designate)?\s*(?:\s(?P<body>for|at|to)\s+(?:the\s+)?"
    rf"(?=(?-i:[A-Z]))|[.;,]|$|\s+(?:who|to|after|following|with|from|in|since|permanent"
    rf"|as\s+(?:it|they)"
    rf"|for\s+(?:the\s+|both\s+)?(?:two\s+|three\s+)?(?:organisations|trusts|boards|ICBs))\b)",
    FLAGS)
_REGION = lazy_pattern(r"(?:North|South|East|West|Midlands|London)\b"
                       r"(?!\s+(?:[A-Z]\w+\s+)*(?:NHS|CCG|ICB|Trust|Council|Hospital))")
""""a new regional director for the North West": a region of the appointing body's, no body."""
_SUCCESSOR_TO_POST = lazy_pattern(
    rf"\b(?:has|have|had)\s+(?:now\s+)?(?:appointed|named|chosen|found|recruited|selected)\s+"
    rf"(?:a\s+)?(?:new\s+|permanent\s+)?successor\s+to\s+(?:its|their|the)\s+"
    rf"(?:(?-i:[a-z][\w-]*)\s+){{0,3}}?{ROLE_PHRASE}", FLAGS)
_PENDING_AS_ITS = lazy_pattern(
    rf"\b(?:has|have)\s+(?:now\s+)?(?:chosen|appointed|named|picked|selected|found)\s+(?:a|an)\s+"
    rf"(?-i:[a-z])[^.;]{{1,80}}?\s+as\s+(?:its|their)\s+(?:new\s+|next\s+)?{MODIFIERS}{ROLE_PHRASE}",
    FLAGS)
_SENT_IN_CUE = Cue("parachuted", "drafted", "brought in", "installed", "sent in", "sent a")
_PENDING_SENT_IN = lazy_pattern(
    rf"\b(?:parachuted|drafted|brought|installed|sent)\s+(?:in\s+)?(?:an?|its|their)\s+"
    rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?{MODIFIERS}{ROLE_PHRASE}\s+(?:in)?to\s+(?:the\s+)?", FLAGS)
_PENDING_DESCRIBED_SUBJECT = lazy_pattern(
    rf"\s*(?:A|An)\s+(?-i:[a-zA-Z])[^.;]{{1,80}}?\s+(?:(?P<verb>will\s+(?:chair|lead|run|head))"
    rf"|has\s+been\s+(?:appointed|named|chosen|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
    rf"{MODIFIERS}{ROLE_PHRASE}\s+(?:of|at))\s+(?:the\s+)?", FLAGS)
_PENDING_LOSS = lazy_pattern(
    rf"(?:(?:has|have|had)\s+(?:lost|sacked|dismissed|fired|ousted)|is\s+losing|are\s+losing"
    rf"|(?:said|says|bade|bid|bids)\s+"
    rf"(?:goodbye|farewell)\s+to|(?:has\s+|have\s+)?(?:confirmed|announced)\s+the\s+(?:exit"
    rf"|departure|resignation|retirement)\s+of)\s+(?:its|their)\s+(?:long-serving\s+)?"
    rf"{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_PAIR_AND = lazy_pattern(r"\s+(?:and|&)\s+")
_PAIR_VERB = lazy_pattern(r"\s+(?:will|have|has|had|are|were|is|was|would|jointly)\b", FLAGS)
_PAIR_APPOINTED = lazy_pattern(
    rf"\s+(?:have|had)\s+(?:both\s+)?been\s+(?:jointly\s+)?(?:appointed|named|confirmed)\s+"
    rf"(?:as\s+)?(?:the\s+)?{MODIFIERS}(?P<role>{ROLE})s\s+(?:of|at|for)\s+(?:the\s+)?", FLAGS)
_SHARER_NOUNS = r"trusts|organisations|bodies|ICBs|boards|CCGs"
_SHARERS = lazy_pattern(
    rf"\s*(?:The|Both|These|All)\s+(?:(?P<count>{COUNT})\s+)?(?P<noun>"
    rf"{_SHARER_NOUNS}|(?<=two\s|ree\s|our\s)(?=(?:already\s+)?share))\s*"
    r"(?:have\s+|had\s+|will\s+|now\s+|already\s+|also\s+)*"
    r"(?:shared|share|sharing|appointed)\s+", FLAGS)
_POSTS_RESPECTIVELY = lazy_pattern(
    rf"\bthe\s+(?P<roles>{ROLE}(?:\s*,\s*{ROLE})*\s*,?\s+and\s+{ROLE})\s+(?:are|were|will\s+be)"
    r"\s+[^.;]{3,120}?\s+respectively\b", FLAGS)
_AT_OPENING = lazy_pattern(r"\s*At\s+(?:the\s+)?")
_WHICH_SHARED = lazy_pattern(
    rf"\b(?:the|both)\s+(?:(?P<count>{COUNT})\s+)?(?P<noun>{_SHARER_NOUNS})\s*,\s*which\s+"
    r"(?:have\s+|had\s+|already\s+|also\s+)*(?:shared|share)\s+", FLAGS)
""""... a merger of the two trusts, which have shared a chief executive, X, since May"."""
_AND_THEY_SHARE = lazy_pattern(
    rf",?\s+and\s+(?:the|all)\s+(?P<count>{COUNT})(?:\s+(?P<noun>{_SHARER_NOUNS}))?\s+"
    r"(?:have\s+|had\s+|already\s+|also\s+|now\s+)*(?:shared|share)\s+", FLAGS)
""""A is part of a group with B and C, and the three share a joint chair, X"."""
_PLURAL_SUBJECT = lazy_pattern(
    rf"\s*(?:The|Both|These|All)\s+(?:(?P<count>{COUNT})\s+)?(?P<noun>{_SHARER_NOUNS})\b",
    FLAGS)
_JOINT = lazy_pattern(r"\b(?:single|joint|shared|same)\b", FLAGS)
_SHARING = lazy_pattern(r"\bshar(?:e|es|ed|ing)\b", FLAGS)
_SHARING_NEXT = lazy_pattern(r"(?:\bshar(?:e|es|ed|ing)|,?\s+and)\s+$", FLAGS)
""""The three CCGs have worked as a federation since 2016, sharing a chief officer, X, and a
finance director, Y": posts listed after the sharing verb."""
_SHARED_POST = lazy_pattern(
    rf"\b(?:a|an|one|the same|a joint|a single|a shared)\s+{MODIFIERS}{ROLE_PHRASE}"
    rf"(?:\s+in\s+common)?\s*,\s*(?:with\s+(?=[^,;.]{{3,60}}?\s+(?:leading|heading|chairing"
    rf"|running)\s+(?:them\s+)?both\b))?", FLAGS)
_LOCAL_BODIES = frozenset({"IntegratedCareBoard", "ClinicalCommissioningGroup"})
_NAMED_SHARE = lazy_pattern(r"(?:\s*,\s*which)?\s+(?:(?:have|has)\s+"
                            r"(?:announced|agreed|confirmed|decided)\s+"
                            r"(?:that\s+they\s+(?:will|would)\s+|to\s+)"
                            r"|(?:have\s+|has\s+)?(?:begun|began|started|start)\s+)?"
                            r"(?:have\s+|has\s+|had\s+|will\s+|now\s+|already\s+|also\s+)*"
                            r"(?:shared|shares|share|sharing)\s+", FLAGS)
_WITH_SHARED_POST = lazy_pattern(
    rf"\bwith\s+(?:a|one)\s+(?:joint|shared|single|common)\s+{MODIFIERS}{ROLE_PHRASE}\s*,\s*",
    FLAGS)
_WITH_HOLDER = lazy_pattern(r"\bwith\s+(?=(?-i:[A-Z]))")
_APPOINTED_AS = lazy_pattern(rf"\s+(?:appointed|named|confirmed|installed)\s+as\s+(?:the\s+"
                             rf"|their\s+|a\s+)?{MODIFIERS}{ROLE_PHRASE}\b", FLAGS)
_ITS_POST_SHARED = lazy_pattern(rf"its\s+{MODIFIERS}{ROLE_PHRASE}\s*,\s*", FLAGS)
_WITH_PARTNER = lazy_pattern(r"\s*,?\s*with\s+(?:neighbouring\s+)?(?:(?-i:the)\s+)?", FLAGS)
_PLURAL_CLASSES = {"trusts": TRUSTS, "icbs": frozenset({"IntegratedCareBoard"}),
                   "ccgs": frozenset({"ClinicalCommissioningGroup"})}
_PENDING_SUBJECT = lazy_pattern(
    rf"\s*(?:[^,.;“\"]{{0,60}},\s*)?(?:The|Its|The\s+trust[’']s|the)\s+{MODIFIERS}{ROLE_PHRASE}\s+"
    rf"(?:(?:of|at)\s+(?:the\s+)?)?",
    FLAGS)
_VACATED = lazy_pattern(rf"\b{MODIFIERS}{ROLE_PHRASE}(?:\s+in\s+(?:[\w-]+\s+){{0,2}}?(?:years?"
                       rf"|months?|decades?))?\s+(?:after|following|since|when)\s+", FLAGS)
_LEFT_CUE = Cue("stepped down", "stood down", " left", "resigned", "retired", " quit", "departed",
                "suspended", "sacked", "dismissed")
_LEFT_AFTER = lazy_pattern(r"\s+(?:stepped\s+down|stood\s+down|left|resigned|retired|quit"
                           r"|departed|was\s+(?:suspended|sacked|dismissed))\b", FLAGS)
_WHO_CLAUSE = lazy_pattern(r"\s*,\s*who\s")
_POST_SINCE = lazy_pattern(rf"\b{ROLE}\s+(?:[\w-]+\s+){{0,3}}?(?:since|following|after)\s+"
                           r"(?:the\s+)?$", FLAGS)
""""X, interim chief executive since the departure of Y, will return to her role as ...": Y held
the post before the cue, not the one after it."""
_CALLED_IN = lazy_pattern(r"\b(?:brought|called|drafted)\s+in\s+by\b|\b(?:asked|commissioned"
                         r"|invited|instructed|hired|engaged)\s+by\b[^.;]{0,80}?\bto\s+(?:review"
                         r"|investigate|look|examine|assess|report|carry|conduct|undertake|lead\s+"
                         r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:review|investigation|inquiry))", FLAGS)
_SINCE_WORD = lazy_pattern(r"\b(?:after|following|since|when)\s+$", FLAGS)
_SINCE_CUE = Cue("since", "after", "following")
_SINCE_LEFT = lazy_pattern(r"\b(?:since|after|following)\s+(?:(?:the\s+)?(?:[\w-]+\s+)?"
                           r"(?P<noun>departure|resignation|retirement|exit|sacking|suspension"
                           r"|dismissal|death)\s+of\s+(?:(?:her|his|their)\s+predecessor\s*,?\s*)?)?",
                           FLAGS)
_HELD_POST = lazy_pattern(r"\s*(?:She|He|They)\s+(?:had|has|have)\s+(?:held|covered|done|filled"
                          r"|been\s+in)\s+the\s+(?:job|role|post|position)\b", FLAGS)
_OWNED_POST = lazy_pattern(rf"[’']s?\s+{MODIFIERS}{ROLE_PHRASE}", FLAGS)
_SUBJECT_VERB = lazy_pattern(r"\s*(?:,?\s*(?:that|which)\b[^,;.]{0,100}?\s*)?,?\s*(?:has|have|had"
                             r"|is|was|will|announced|resigned|quit|left|stepped|retired|said|says"
                             r"|told|tells|spoke|speaks|called|calls|warned|warns|starts|start"
                             r"|joins|remains|insisted|insists|added|wrote|admitted|apologised"
                             r"|urged|urges|remains|welcomed|welcomes)\b", FLAGS)
_SUBJECT_LEFT = lazy_pattern(r"\s*,?\s*(?:has\s+|have\s+)?(?:resigned|quit|left|stepped\s+down"
                             r"|retired|been\s+(?:sacked|dismissed|removed|ousted))\b",
                             FLAGS)
""""The chief executive of X has left the organisation. Y joined in July": Y held it."""
_SPEAKER = lazy_pattern(r"\bsaid\s+$")
_SHE_IS = lazy_pattern(r"\s*(?:She|He|They)\s+(?:is|was|will\s+be)\s+")
_SPEAKS_AFTER = lazy_pattern(r"\s*(?:,\s*)?(?:said|says|added|told)\b")
_WILL_LEAD = lazy_pattern(
    r"\b(?P<when>(?:will|would)\s+(?:(?:also|now|then|additionally)\s+){0,2}|is\s+to\s+|is\s+set\s+to\s+|now\s+"
    r"|currently\s+|(?:is\s+|are\s+)?(?:leaving|moving|departing)\s+to\s+"
    r"|(?:has|have)\s+been\s+(?:asked|invited|chosen|picked|selected)\s+to\s+)(?:lead"
    r"|head\s+up|head|run|take\s+charge\s+(?:of|at)|leads|heads|runs|take\s+(?:over\s+)?the"
    r"\s+(?:reins|helm)\s+(?:at|of))\s+(?:the\s+)?"
    r"(?:(?:new|merged|combined|enlarged|single)\s+(?=(?-i:[A-Z])))?"
    r"(?:(?-i:[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,4}?\s*,\s*(?=(?-i:[A-Z])))?", FLAGS)
_BARE_BOTH = lazy_pattern(r"both\b(?!\s+(?-i:[a-z]))", FLAGS)
""""would lead both." with no noun after it: the two bodies named together before."""
_TOP_JOB_AT = lazy_pattern(r"\bthe\s+(?:top\s+(?:job|post|role|(?P<who>doctor|nurse))|(?:man|woman"
                          r"|person|official)\s+in\s+charge)\s+(?:at|with|of)\s+(?:the\s+)?",
                          FLAGS)
_TOP_ROLE = {"doctor": "medical director", "nurse": "chief nurse"}
_FUTURE = lazy_pattern(r"\b(?:will|is\s+to|is\s+set\s+to|swaps|takes|moves|heads|is\s+moving"
                       r"|is\s+heading|is\s+leaving)\b", FLAGS)
_SECONDED = lazy_pattern(r"\b(?:has\s+been|was|is\s+being|will\s+be|is\s+to\s+be)\s+(?:seconded"
                        r"|drafted\s+in|parachuted\s+in|brought\s+in)\s+to\s+(?:run|lead|head"
                        r"|take\s+charge\s+(?:of|at))\s+(?:the\s+)?", FLAGS)
_TAKES_OVER_AT = lazy_pattern(r"\b(?:takes|took|has\s+taken|will\s+take|is\s+to\s+take"
                              r"|is\s+set\s+to\s+take|is\s+taking)\s+over\s+at\s+(?:the\s+)?",
                              FLAGS)
_AT_THE_HELM = lazy_pattern(r"\b(?:having|had\s+(?:previously\s+)?|previously|formerly)\s+(?:run"
                            r"|ran|led|headed)\s+(?:the\s+)?|\b(?:years?|months?|decades?|spell|time"
                            r"|stint)\s+(?:at\s+the\s+helm"
                            r"|in\s+charge)\s+(?:of|at)\s+(?:the\s+)?|\b(?:was|were|had\s+been"
                            r"|(?P<now>has\s+been|have\s+been|is|are|remains))\s+"
                            r"(?:at\s+the\s+helm|in\s+charge)\s+(?:of|at)\s+(?:the\s+)?|\b(?:took|taking)\s+over"
                            r"\s+the\s+running\s+of\s+(?:the\s+)?|\b(?:years?|months?)\s+running"
                            r"\s+(?:the\s+)?", FLAGS)
_APPOINTMENT_OF = lazy_pattern(r"\b(?:re)?appointment\s+of\s+", FLAGS)
_CHAIRS_NAMED = lazy_pattern(r"\b(?P<verb>chairs|chaired|has\s+chaired|will\s+(?:also\s+)?chair"
                             r"|is\s+to\s+chair|still\s+chairs|also\s+chairs)\s+(?:the\s+)?",
                             FLAGS)
_ROLE_WITH = lazy_pattern(
    r"\b(?P<when>is\s+to\s+|will\s+|has\s+|is\s+set\s+to\s+)?(?:take\s+up|took\s+up|takes\s+up"
    r"|taken\s+up|start|starts|begin|begins|accepted|accept)\s+(?:a|an|the|her|his|their)\s+"
    r"(?:new\s+|senior\s+|permanent\s+)?(?P<kind>chief\s+nursing|chief\s+executive|chair|medical"
    r"\s+director|finance\s+director|chief\s+operating|chief\s+finance|director|board|leadership"
    r"|executive)\s+(?:role|post|position|job)\s+(?:with|at)\s+(?:the\s+)?", FLAGS)
_KIND_ROLE = {"chief nursing": "chief nurse", "chief operating": "chief operating officer",
              "chief finance": "chief finance officer", "board": "director",
              "leadership": "director", "executive": "director"}
_BODY_LIST = lazy_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_LIST_ITEM_BEFORE = lazy_pattern(r"(?:,|\band)\s+(?:the\s+)?$")
_CHAIRS = lazy_pattern(
    r"\b(?P<verb>chairs|chaired|has\s+chaired|have\s+chaired|had\s+chaired|will\s+(?:also\s+)?chair"
    r"|is\s+to\s+chair|also\s+chairs)\s+(?P<what>both\s+(?:trust\s+)?(?:boards|trusts)"
    r"|both\s+organisations"
    rf"|the\s+(?:{COUNT})\s+(?:trusts|organisations)"
    r"|the\s+[\w ]{1,30}?[’']s\s+board"
    r"|the\s+(?:group|partnership|collaborative|alliance|cluster|system|ICB|ICS)(?:\s+board)?\b"
    r"|the\s+(?:new|merged)\s+(?:organisation|trust|body|board)\b)",
    FLAGS)
_WILL_START = lazy_pattern(r"\b(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:join|start"
                           r"|take\s+up|begin|become|arrive)\b", FLAGS)
_JOINS_FROM = lazy_pattern(r"\b(?:(?:joins|joined|joining|comes|came|moves|moved|arrives)\s+from"
                           r"|(?:will\s+)?join\s+[^.;]{1,100}?\s+from)\s+(?:the\s+)?$")
"""The body a successor leaves, which is not the post she takes over."""
_STILL_IN_POST = lazy_pattern(r"\s*,?\s*who\s+(?:is|will)\b", FLAGS)
_AND_LINK = lazy_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")
_JOINS_BODY = lazy_pattern(r"\s+(?:will\s+|is\s+to\s+)?(?:join|joins|start\s+at|starts\s+at"
                           r"|take\s+up\s+the\s+post\s+at|move\s+to|takes?\s+over\s+at"
                           r"|work\s+alongside\s+the\s+board\s+of)\s+(?:the\s+)?", FLAGS)
_UNNAMED_BODY = (r"\s+(?:of|at|to\s+(?:run|lead))\s+(?:an?|the\s+local|a\s+neighbouring"
                 r"|(?-i:[A-Z])[\w-]+[’']s)\s+(?:[\w’'-]+\s+){0,4}?"
                 r"(?:trust|ICB|CCG|board|body|hospitals?|organisation|integrated\s+care\s+board"
                 r"|clinical\s+commissioning\s+group)\b(?:\s+trust\b)?"
                 r"(?:\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?")
_UNNAMED_BODY_CUE = Cue(" of a", " at a", " of the local", " at the local", "’s ", "'s ")
_UNNAMED_BODY_POST = lazy_pattern(
    rf"\b(?:(?:has\s+been|have\s+been|is\s+to\s+be)\s+(?:appointed|named|chosen)(?:\s+as)?"
    rf"|(?:is\s+to|will|is\s+set\s+to)\s+become)\s+(?:the\s+)?(?:new\s+)?{MODIFIERS}"
    rf"(?P<role>{ROLE}){_UNNAMED_BODY}", FLAGS)
_UNNAMED_BODY_SUBJECT = lazy_pattern(
    rf"\s*(?:The|An?)\s+{MODIFIERS}(?P<role>{ROLE})(?:\s+has\s+been\s+(?P<named>appointed|named"
    rf"|chosen))?{_UNNAMED_BODY}", FLAGS)
_SUBJECT_NAMED = lazy_pattern(r"\s*(?:has|have)\s+been\s+(?:named|appointed|chosen|confirmed)\b",
                              FLAGS)
""""The new chair of Hull's primary care trust has been named": the holder comes next."""
"""A holder who left the body named after the verb: "X has sacked its chief executive" with no
body named before (a lede's "a hospital trust in Kent"), then "Jane Roe left Y on Monday"."""
_APPOINTED_TO = lazy_pattern(r"\b(?:appointed|named|chosen|confirmed|recruited)\s+"
                             r"(?:[\w’'.-]+\s+){0,4}?(?:as|to)\b", FLAGS)
_HAS_LED = lazy_pattern(r"\b(?:(?:has|have|having)\s+(?:successfully\s+)?(?:led|run|headed)"
                       r"|after\s+(?:leading|running|heading))\s+", FLAGS)
_PREDECESSOR = lazy_pattern(r"\b(?:Her|His|Their|her|his|their)\s+predecessor\s*,?\s*")
_REPLACED_BY = lazy_pattern(r"\b(?:(?:will\s+be|is\s+to\s+be|has\s+been|was|had\s+been)\s+"
                            r"(?:replaced|succeeded|followed)\s+(?:as\s+[^,.;]{1,40}?\s+)?"
                            r"(?:(?:in|from|on|at|later|next|this)\s+[^,.;]{0,25}?\s+)?by"
                            r"|(?:will|is\s+to|is\s+due\s+to)\s+hand\s+over\s+to"
                            r"|handed\s+over\s+to|hands\s+over\s+to)\s+", FLAGS)
_DESCRIBED_REPLACEMENT = lazy_pattern(r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+[’']s"
                                     r"|(?-i:[A-Z])[\w-]+[’']s|its|their)\s+(?-i:[a-z])[^,;.]{2,50}"
                                     r",\s*", FLAGS)
""""will be succeeded on an interim basis by the ICB's chief finance officer, X"."""
_YEARS_LEADING = lazy_pattern(
    r"\bafter\s+(?:(?:\w+|\d+)\s+){1,2}(?:years?|months?)\s+(?P<verb>chairing|leading|running"
    r"|heading)\s+(?:the\s+)?", FLAGS)
_TOOK_OVER_WHEN = lazy_pattern(r"\b(?:took|has\s+taken|takes)\s+over\s+(?:when|after|following"
                               r"\s+the\s+departure\s+of)\s+", FLAGS)
""""X, interim chief executive of Y, took over when Z stepped down": Z held X's post."""
_NAMED_REPLACEMENT = lazy_pattern(
    r"\b(?:has\s+been|was|is|will\s+be)\s+(?:named|appointed|confirmed)\s+(?:as\s+)?(?:her|his"
    r"|their)\s+(?:(?P<kind>interim|acting|permanent|new)\s+)?(?:replacement|successor)\b", FLAGS)
""""The chief executive of X resigned. Z has been named as her interim replacement"."""
_COPULA_ROLE = lazy_pattern(
    rf"(?:\b(?P<owner>the\s+(?:new\s+|merged\s+)?(?:trust|ICB|board|organisation|system|CCG"
    rf"|group|partnership|company"
    rf"|subsidiary|firm)[’']s|the\s+(?:trust|ICB|CCG)(?=\s+(?-i:[a-z]))"
    rf"|its|their|whose)\s+|\bthe\s+|(?-i:Taking\s+over|Joining|Stepping\s+(?:in|up)|Coming\s+in"
    rf"|Returning)\s+as\s+(?:the\s+)?)"
    rf"(?:new\s+)?{MODIFIERS}{ROLE_PHRASE}(?P<of>\s+(?:of|at)\s+(?!the\s+time\b))?", FLAGS)
_AS_VERB = lazy_pattern(r"\b(?:will|to|would|shall|may|might|could|can)\s+$", FLAGS)
""""X will chair the panel": a verb, and a post only when the body is its object."""
_AND_THE = lazy_pattern(r"[,;]\s+(?:and|while)\s+$")


def _listed_body(doc: StoryDoc, offset: int) -> Mention | None:
    """"The chief executive is A. ... The medical director is B, and the chief nurse is C": posts
    listed as "The <post> is <name>" belong to the body the story gave the first of them."""
    for fact in reversed(doc.facts):
        if fact.predicate != "leads" or fact.subject.start >= offset or not isinstance(
                fact.object, Mention) or not fact.role:
            continue
        listed = _COPULA_ROLE.match(fact.evidence.text)
        if listed and not listed["owner"] and not listed["of"] \
                and normalise_role(listed["role"]) == fact.role:
            return fact.object
    return None


_NOW = lazy_pattern(r"\b(?:now|currently)\s+(?:the\s+|an?\s+)?$", FLAGS)
""""former chief executive of A and now chair of B": the "former" is A's, not B's."""
_ORG_COPULA = lazy_pattern(rf"[’']s?\s+{MODIFIERS}{ROLE_PHRASE}", FLAGS)
_IS_PERSON = lazy_pattern(r"(?:\s*,\s*who\s+[^,;.]{1,80}(?=,))?(?P<then>\s+at\s+the\s+time)?"
                          r"\s*(?:(?:,\s*)?(?:is|will\s+be|was|has\s+been\s+named\s+as)\s+|:\s*)",
                          FLAGS)
_DESCRIPTOR = lazy_pattern(r"(?:(?-i:[a-z][\w-]*)(?:\s+|,\s+(?=[A-Z]))){0,4}")
_APPOSED_HOLDER = lazy_pattern(r"\s*,\s*")
""""A is paid £X, while the chief executive of B, C, receives £Y": the post is C's, named
right after it, not the sentence's subject's."""
_TITLE_EDGES = lazy_pattern(r"^\s*(?:(?:its|their|the)\s+)?|[\s,]+$", FLAGS)
""""led by its chief operating officer, X": the post without the possessive or comma."""
_EMPLOYER_GAP = lazy_pattern(r"(?:[’']s)?\s*")
""""The Black Country STP is led by Dudley Group chief executive X": the leader's other body."""
_ASIDE = lazy_pattern(r"\s*(?:\([^)]{1,20}\)\s*)?(?:,[^;]{0,160},)?\s*(?:(?:now|also)\s+)?")
_SPOKESPERSON_FOR = lazy_pattern(rf"\b(?:spokes(?:man|woman|person)|statement|source)\s+(?:for|from"
                                 rf"|at)\s+({DEFINITE_ORG})\s+$", FLAGS)
""""A spokeswoman for the ICB, whose chief executive is X, said": the body spoken for."""
_SUBJECT_ORG = lazy_pattern(
    rf"^\s*(?:[A-Z][\w ]{{0,30}},\s*)?({DEFINITE_ORG})\s+(?:(?:also|now)\s+)?$", FLAGS)
_ANNOUNCED_THAT = lazy_pattern(r"\b(?:confirmed|announced|said)\s+(?:on\s+\w+\s+)?that\s+$", FLAGS)
""""Y confirmed on Tuesday that X would take over": Y is the body whose post X takes."""
_FILLED_BY = lazy_pattern(r"\b(?:filled|covered|held|taken)\s+(?:on\s+)?by\s+$", FLAGS)
_EARLIER_HOLDER = lazy_pattern(
    r"\b(?:previous|former|outgoing|last)\s+(?:incumbent|post-?holder)\b", FLAGS)
_BOTH = lazy_pattern(r"\bboth\b", FLAGS)
""""The trusts share a chair, X, who was appointed to both boards": two of them."""
_AS_OWN_POST = lazy_pattern(rf"\b(?:return|returns|returning|go\s+back|goes\s+back|revert|reverts)"
                            rf"\s+to\s+(?:her|his|their)\s+(?:[\w-]+\s+)?(?:role|post|job|position)"
                            rf"\s+as\s+(?:the\s+trust[’']s\s+|its\s+|the\s+)?{MODIFIERS}{ROLE_PHRASE}",
                            FLAGS)
""""X will return to her substantive role as the trust's chief nurse": not the post announced
before, which someone else fills."""
_FILLS = lazy_pattern(
    r"\b(?:incumbent|step(?:s|ping)?\s+in|stepped\s+in|the\s+(?:joint\s+|new\s+|top\s+|permanent\s+)?(?:role|post|position|job|reins)"
    r"|take\s+up|took\s+up|takes\s+up|take\s+over|takes\s+over|will\s+join|turned\s+to|turns\s+to"
    r"|goes\s+to|went\s+to"
    r"|joins|will\s+start|will\s+begin|starts|started|has\s+been\s+appointed|was\s+appointed"
    r"|successful\s+candidate|appointee)\b",
    FLAGS)
_AS_ROLE = lazy_pattern(rf"\s+as\s+(?:its\s+|the\s+|their\s+|our\s+|a\s+|an\s+)?{MODIFIERS}"
                      rf"{ROLE_PHRASE}(?:\s+(?:of|at|for)\s+(?:the\s+)?)?", FLAGS)
_TITLE_OF = lazy_pattern(
    rf"(?<![\w’'])(?:the\s+)?{MODIFIERS}{ROLE_PHRASE}\s+(?:of|at)\s+"
    rf"(?P<reference>{DEFINITE_ORG}(?:\s+|\s*,\s*(?=[A-Z])))?", FLAGS)


_CHAIRED_BODIES = frozenset({"IntegratedCareBoard", "IntegratedCareSystem",
                             "ClinicalCommissioningGroup", "NationalBody", "Regulator",
                             "CommissioningHub", "NHSBody"})


_MEMBERS_BODIES = frozenset({"MembershipBody", "ProfessionalBody", "Charity", "ThinkTank",
                             "TradeUnion", "CareTrust"})
_CHAIRED_NAME = lazy_pattern(r"\b(?:Partnership|Partners|Alliance|Collaborative|Federation"
                             r"|Network|Group|Ltd|Limited|plc|CIC)$")
""""Bay Health and Care Partners is chaired by X": a partnership or company that has a chair."""
_NHS_NAME = lazy_pattern(r"\b(?:Trust|ICB|Integrated\s+(?:Care\s+)?Board|CCG|Hospitals?|FT)$")


def _same_name(one: str, other: str) -> bool:
    """The same surname, or a given name alone standing for the full name ("Deborah joins")."""
    first, second = one.split(), other.split()
    return first[-1] == second[-1] or ((len(first) == 1) != (len(second) == 1) and (
        first[0] == second[0]))


def _substantive(role: str) -> str:
    """The post an acting or interim holder covers."""
    return re.sub(r"^(?:acting|interim)\s+", "", role)


def subjectless_line(doc: StoryDoc, sentence: Sentence) -> bool:
    """A list line whose subject is the person of the line before ("• Currently chief
    executive at X", "• Replaces Y, who retired"), as news standfirsts write them."""
    return (_SUBJECTLESS.match(doc.text, sentence.start, sentence.end) is not None
            and _LINE_START.search(doc.text, max(0, sentence.start - 4), sentence.start)
            is not None)


def _predecessor(doc: StoryDoc, sentence: Sentence, person: Mention) -> bool:
    """"... has been without a finance director since Jane Doe left": she held the post before
    and is not its new holder, whom the next sentence may name."""
    return (_SINCE_WORD.search(doc.text, sentence.start, person.start) is not None
            and _LEFT_AFTER.match(doc.text, person.end, sentence.end) is not None)


_POST_OF_OTHER = lazy_pattern(
    r"\s+(?:of|for|on)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?(?:inquiry|review"
    r"|investigation|panel|commission|taskforce|task\s+force|committee|programme|group|board)\b",
    re.IGNORECASE)
""""X has been appointed chair of the inquiry, NHS England announced": the post is the
inquiry's, not the announcer's."""


def _led_body(org: Mention) -> bool:
    """A body a person can be said to "lead" or "take the reins at": an NHS body, or a name
    shaped like one that the reference data does not know."""
    return org.cls in TRUSTS | _CHAIRED_BODIES or (
        org.cls == "Organisation" and _NHS_NAME.search(org.text) is not None)


_Pending = tuple[tuple[Mention, ...], str, str]


_OPENING_PRONOUN = lazy_pattern(r"\s*(?:He|She|(?:(?:By|In|From|After)\s+(?:19|20)\d\d,?|(?-i:A|An)"
                                r"\s+[^,;.]{1,80},)\s*(?-i:he|she))\b")
""""She ...", and "A qualified accountant, she ...", "By 1994, she ...": a sentence about the
person the one before named."""
_POST_WORD = lazy_pattern(rf"\b(?<!deputy\s)(?<!assistant\s)(?<!associate\s)(?P<role>{ROLE})\b",
                          re.IGNORECASE)
_SOMEONE_ELSE = lazy_pattern(
    r"\s*,\s*(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:patients?|GP|nurse|doctor|consultant"
    r"|spokes\w+|campaigner|resident|mother|father|relative|councillor|MP|governor|member"
    r"|volunteer|student|surgeon|midwife|paramedic|manager|lawyer|journalist|analyst|economist"
    r"|academic|professor|researcher|carer|worker|expert|user)\b", re.IGNORECASE)
_MOVE_LEDE = lazy_pattern(
    rf"\s*The\s+(?P<mods>(?:outgoing|departing|current|long-serving)\s+)?(?P<role>{ROLE})\s+"
    rf"(?:of|at)\s+(?:the\s+)?", FLAGS)
_MOVES_TO_POST = lazy_pattern(
    r"\s+(?:is\s+to\s+become|will\s+become|is\s+set\s+to\s+become|has\s+been\s+(?:named|appointed"
    r"|confirmed|chosen)(?:\s+as)?|is\s+to\s+be)\s+(?:the\s+)?(?:new\s+|next\s+)?", FLAGS)
_NEW_POST_OF = lazy_pattern(rf"\s*(?:(?:new|next|permanent)\s+)?(?P<role>{ROLE})\s+(?:of|at)\s+"
                            r"(?:the\s+)?(?:(?-i:neighbouring|nearby|rival|fellow)\s+)?", FLAGS)
_BODYS_NEW_POST = lazy_pattern(rf"[’']s?\s+(?:(?:new|next|permanent)\s+)?(?P<role>{ROLE})\b",
                               FLAGS)
""""The outgoing chief executive of A has been named as B's new regional director. X, who
...": X holds both posts, the first now and the second to come."""
_TAKES_POST_AFTER = lazy_pattern(r"[^,;.]{0,60}?,\s*(?:succeeds|replaces|takes\s+over"
                                 r"|will\s+(?:succeed"
                                 r"|replace|take\s+over|take\s+up|join|start)|has\s+been\s+"
                                 r"(?:appointed|named|chosen))\b", re.IGNORECASE)
""""X, a Bradford GP, succeeds Y": the GP is the one taking the post, not someone else."""
_WORK_OPENS = lazy_pattern(r"\s*The\s+(?:[\w-]+\s+)?(?:review|report|inquiry|investigation|study"
                           r"|audit|evaluation)\b", re.IGNORECASE)
""""The review was commissioned by X. It was led by Y": "It" is the review, not X."""
_HEAD_NOUN_CUE = Cue("ombudsman", "commissioner")
_IS_HEAD_NOUN = lazy_pattern(r"\b(?:who\s+)?(?:has\s+been|have\s+been|is|was|became|becomes"
                             r"|will\s+become|will\s+be)\s+(?:the\s+)?(?P<head>ombudsman"
                             r"|commissioner)\b(?!\s+(?:for|of)\b)", re.IGNORECASE)
_AS_BEFORE = lazy_pattern(r"\bas\s+(?:the\s+)?$", re.IGNORECASE)
_OWNERS_POST = lazy_pattern(rf"[’']s\s+{MODIFIERS}{ROLE_PHRASE}\b", re.IGNORECASE)
_LAST_YEARS_AS = lazy_pattern(rf"\s+for\s+\w+\s+years?\s*,\s*(?:the\s+)?(?:last|latter|final"
                              rf"|past)\s+\w+(?:\s+years?)?\s+as\s+(?:its\s+)?{MODIFIERS}"
                              rf"{ROLE_PHRASE}\b", re.IGNORECASE)
_POST_HELD_BY = lazy_pattern(r"\s*,\s*(?:which\s+has\s+been\s+|which\s+was\s+)?held\s+by\s+",
                             re.IGNORECASE)
_POST_AT = lazy_pattern(rf"\b{MODIFIERS}{ROLE_PHRASE}[’']s\s+(?:post|job|role|position)\s+(?:at|of)"
                        rf"\s+(?:the\s+)?$", re.IGNORECASE)
_LEAVE_CUE = Cue(" leave", "off sick", " absence", "recovering")
_WHILE_AWAY = lazy_pattern(r"\b(?:while|whilst|during\s+the\s+absence\s+of)\s+(?:the\s+)?")
_IS_AWAY = lazy_pattern(r"\s*(?:[’']s\s+(?:\w+\s+)?(?:leave|absence)|\s+(?:is|was|remains)\s+"
                        r"(?:on\s+(?:\w+\s+){0,2}?leave|off\s+sick|absent|away|recovering))")
_SUCCESSOR_CUE = Cue("successor", "replacement")
_TOP_JOB_CUE = Cue("top ", " in charge")
_SUCCESSOR_TO_COME = lazy_pattern(
    r"\b(?:hand(?:s|ing)?\s+over\s+to|make\s+way\s+for|be\s+replaced\s+by|search\s+for"
    r"|recruit(?:ing)?)\s+(?:a|his|her|their)\s+(?:permanent\s+|new\s+)?(?:successor|replacement)\b",
    re.IGNORECASE)
_SOMEONE_ELSES_POST = lazy_pattern(
    r"\b(?:includ(?:ed|es|ing)|involv(?:ed|es|ing)|with|by|alongside|from|to|told|met"
    r"|than)\s+(?:the\s+)?$", FLAGS)
""""a panel that included NHS England's regional director": a post someone else holds."""
_MOVES_ON_TO = lazy_pattern(r"\s*,\s*who\s+(?:becomes|is\s+to\s+become|will\s+become|has\s+become"
                            r"|is\s+leaving\s+to|left\s+(?:[^,;.]{1,60}?\s+)?to|moves\s+to"
                            r"|is\s+moving\s+to|joins|has\s+joined)\b", re.IGNORECASE)
""""She succeeds X, who becomes chair of Y": X leaves the post she takes for another."""
_WHICH_RUNS = lazy_pattern(r"(?:the\s+)?(?:trust|foundation\s+trust|organisation)\s+(?:which|that)"
                           r"\s+(?:runs|manages)\s+(?:the\s+)?", re.IGNORECASE)
""""has been appointed at the trust which runs Stafford Hospital": the hospital's trust."""
_SUCCESSOR_CHOSEN = lazy_pattern(
    r"\b(?:[Hh]er|[Hh]is)\s+(?:successor|replacement)\s+(?:has|had)\s+(?:already\s+)?been\s+"
    r"(?:chosen|named|appointed|found|identified|selected|confirmed|recruited)\b")
""""Her successor has already been chosen." The next sentence names who."""
_BODY_FRAME_CUE = Cue("helm", "last", "final", "having", "joined")
_TEAM_CUE = Cue("comprises", "includes", "consists", "made up")
_AS_ITS_CUE = Cue(" as its ", " as their ")
_WHICH_SHE_LED = lazy_pattern(r"\s*,\s*which\s+(?:she|he|they)\s+(?P<had>had\s+)?"
                              r"(?:has\s+|have\s+)?(?:\w+ly\s+)?"
                              r"(?P<verb>chaired|led|run|ran|headed|managed)\b", re.IGNORECASE)
_BODY_FRAME = lazy_pattern(
    r"\b(?:(?P<helm>(?:take|takes|took|taken|taking)\s+(?:over\s+)?the\s+helm\s+(?:at|of))"
    r"|(?P<last>chaired\s+(?:her|his|their)\s+(?:last|final)\s+(?:board\s+)?meeting\s+(?:at|of))"
    r"|(?P<having>having\s+(?:previously\s+|formerly\s+|once\s+)?been)"
    r"|,\s*who\s+(?:has\s+|had\s+)?joined)\s+(?:the\s+)?", re.IGNORECASE)
_AS_POST = lazy_pattern(rf"\s+as\s+(?:its\s+|their\s+|the\s+|an?\s+)?{MODIFIERS}{ROLE_PHRASE}\b",
                        re.IGNORECASE)
_TEAM_COMPRISES = lazy_pattern(
    r"\b(?:executive\s+team|leadership\s+team|board|line-up)\s+(?:at|of)\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z])[^,;]{2,120}?)\s+(?:now\s+)?(?:comprises|includes|consists\s+of"
    r"|is\s+made\s+up\s+of)\b", re.IGNORECASE)
_BRACKETED_POST = lazy_pattern(rf"\s*\(\s*{MODIFIERS}{ROLE_PHRASE}\s*\)", re.IGNORECASE)
_BOTH_CUE = Cue("both", "the two", "the three", "all three")
_OVERSEE_BOTH = lazy_pattern(
    r"\b(?:will\s+|is\s+to\s+)?(?:(?:oversee|lead|run|head|manage)s?|overseeing|leading|running"
    r"|heading|managing)\s+(?:the\s+management\s+of\s+)?"
    rf"(?P<count>both|(?:the|all)\s+(?:{COUNT}))\s+(?:hospital\s+)?(?P<noun>organisations|trusts"
    r"|bodies|boards|ICBs|CCGs|integrated\s+care\s+boards|clinical\s+commissioning\s+groups)\b",
    re.IGNORECASE)
_WILL = lazy_pattern(r"\b(?:will|is\s+to)\b", re.IGNORECASE)
_AND_BEFORE_NAME = lazy_pattern(r"\band\s+$")
_GAPPED_ITS = lazy_pattern(rf"\s+(?:its|their)\s+{MODIFIERS}{ROLE_PHRASE}\b(?!\s+(?:is|was|has))",
                           re.IGNORECASE)
_GONE = lazy_pattern(r"\b(?:left|resigned|quit|retired|stood\s+down|stepped\s+down|departed"
                     r"|was\s+sacked|was\s+dismissed|died)\b", re.IGNORECASE)
_LINE_START = lazy_pattern(r"(?:^|\n)[ \t]*[•*·▪–-]?[ \t]*$")
_SUBJECTLESS = lazy_pattern(r"(?:Currently|Previously|Formerly|Most\s+recently|Until\s+recently"
                            r"|Replaces|Succeeds|Joins\s+from|Was|Has\s+been|Had\s+been"
                            r"|Takes\s+over\s+from|Former)\b")
_ROLE_OF_BODY = lazy_pattern(rf"\b(?:(?P<status>{STATUS_WORD})\s+)?(?P<role>{ROLE})\s+(?:of|at)"
                             r"\s+(?:the\s+)?$", re.IGNORECASE)
_OF_OR_AT = lazy_pattern(r"\s(?:of|at)\s+(?:the\s+)?$")
_BODY_ROLE = lazy_pattern(rf"(?:[’']s?)?\s+(?:(?:{STATUS_WORD})\s+)?(?P<role>{ROLE})\b",
                          re.IGNORECASE)
_LED_VERB = lazy_pattern(r"\b(?:(?:went|going)\s+on\s+to\s+(?P<verb>chair|lead|run|head)"
                        r"|(?P<past>led|ran|chaired|headed))\s+(?:the\s+)?", re.IGNORECASE)
_FORMER_CAREER = lazy_pattern(r"\b(?:previously|formerly|former|was|were|had|before|spent|served"
                              r"|until|ex-|earlier|prior)\b", re.IGNORECASE)


class _Careers:
    def __call__(self, doc: StoryDoc) -> StoryDoc:
        pending: _Pending | None = None
        waited = weak = False
        listing: Mention | None = None
        for sentence in doc.sentences:
            listing = self.listed_post(doc, sentence, listing)
            if pending is None and doc.mentions_in(sentence, "Person"):
                self.named_after_move(doc, sentence)
            if pending is not None:
                if doc.mentions_in(sentence, "Person") or waited:
                    self.fill(doc, sentence, *pending, cued_only=waited or weak)
                    pending, waited = None, False
                else:
                    waited = True
            if "respectively" in sentence.text:
                self.respective_posts(doc, sentence)
            if _SAME_POST_CUE(sentence.text):
                self.same_post(doc, sentence)
                self.same_job(doc, sentence)
            if ":" in sentence.text or "(" in sentence.text:
                self.role_lists(doc, sentence)
            if " up " in sentence.text:
                self.takes_up_post_at(doc, sentence)
            if "ing " in sentence.text and " after " in sentence.text:
                self.years_leading(doc, sentence)
            if _BOTH_CUE(sentence.text):
                self.oversees_both(doc, sentence)
            if not ROLE_CUE(sentence.text):
                if pending is None and _SUCCESSOR_CUE(sentence.text):
                    pending = self.pending(doc, sentence)
                if _SUCCESSION_CUE(sentence.text):
                    self.successor(doc, sentence)
                if _SUCCESSOR_CUE(sentence.text) or " followed by " in sentence.text:
                    self.handovers(doc, sentence)
                if _TOP_JOB_CUE(sentence.text):
                    self.will_lead(doc, sentence)
                continue
            self.careers(doc, sentence)
            if _SUCCESSION_CUE(sentence.text):
                self.successor(doc, sentence)
            if _OF_CUE(sentence.text):
                self.titles(doc, sentence)
            self.owned_posts(doc, sentence)
            if pending is None or not waited:
                pending = self.pending(doc, sentence)
                weak = _WEAK_PENDING.search(sentence.text) is not None
            elif (newer := self.pending(doc, sentence)) is not None:
                pending, waited = newer, False
                weak = _WEAK_PENDING.search(sentence.text) is not None
            self.pairs(doc, sentence)
            self.opening_clause(doc, sentence)
            self.new_post_named(doc, sentence)
            self.its_post(doc, sentence)
            self.its_post_is(doc, sentence)
            if " and" in sentence.text:
                self.second_post(doc, sentence)
            self.colleague(doc, sentence)
            if "top job" in sentence.text:
                self.top_job(doc, sentence)
            self.clause_frames(doc, sentence)
            self.lone_pair(doc, sentence)
            self.speaker_before(doc, sentence)
        for sentence in doc.sentences:
            if _SINCE_CUE(sentence.text):
                self.vacated_by(doc, sentence)
            if _LEAVE_CUE(sentence.text):
                self.away(doc, sentence)
            if _HEAD_NOUN_CUE(sentence.text):
                self.titled_after_body(doc, sentence)
        for sentence in doc.sentences:
            if ROLE_CUE(sentence.text):
                self.other_post(doc, sentence)
        for before, sentence in pairwise(doc.sentences):
            if ROLE_CUE(before.text):
                self.unfilled_post(doc, before, sentence)
        return doc

    def titled_after_body(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X, who has been ombudsman since 2022": a post named by the head noun of a body the
        story names ("the Parliamentary and Health Service Ombudsman") is that body's."""
        for cue in _IS_HEAD_NOUN.finditer(doc.text, sentence.start, sentence.end):
            person = self.subject(doc, sentence, cue.start())
            head = cue["head"].lower()
            bodies = {m.key or m.text: m for m in doc.mentions_before(cue.start(), "Organisation")
                      if m.text.lower().endswith(head)}
            if person is not None and len(bodies) == 1:
                self.emit(doc, sentence, person, next(iter(bodies.values())), head, "current",
                          0.6)

    def away(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X will be acting chief executive while Y is on leave": Y holds the post X covers."""
        for cue in _WHILE_AWAY.finditer(doc.text, sentence.start, sentence.end):
            person = mention_at(doc, cue.end(), "Person")
            away = _IS_AWAY.match(doc.text, person.end, sentence.end) if person else None
            if person is None or away is None:
                continue
            covered = [f for f in doc.facts if f.predicate == "leads" and f.role
                       and f.evidence.start == sentence.start and f.subject.text != person.text
                       and isinstance(f.object, Mention)]
            acting = [f for f in covered if f.status in {"acting", "interim"}]
            for fact in (acting or covered)[:1]:
                self.emit(doc, sentence, person, fact.object, _substantive(fact.role), "current",
                          0.6)

    def unfilled_post(self, doc: StoryDoc, before: Sentence, sentence: Sentence) -> None:
        """A sentence naming one body and a post but no one ("X's chief nurse will retire in
        the summer"), then one that opens with a person the story gives no post and names no
        body ("Jane Doe joined the board in 2015"): that person holds the post, at a lower
        confidence, when no reading linked them."""
        if doc.mentions_in(before, "Person") or doc.mentions_in(sentence, "Organisation"):
            return
        people = doc.mentions_in(sentence, "Person")
        if len({m.key or m.text for m in people}) != 1 or people[0].start - sentence.start > 3:
            return
        person = people[0]
        if any(f.predicate == "leads" and f.subject.text.split()[-1] == person.text.split()[-1]
               for f in doc.facts) or _SOMEONE_ELSE.match(doc.text, person.end, sentence.end):
            return
        bodies = {m.key or m.text: m for m in doc.mentions_in(before, "Organisation")
                  if _led_body(m)}
        posts = [m for m in _POST_WORD.finditer(doc.text, before.start, before.end)
                 if is_leading_role(normalise_role(m["role"]))]
        own = _AS_OWN_POST.search(doc.text, sentence.start, sentence.end)
        if len(bodies) != 1 or len({normalise_role(m["role"]) for m in posts}) != 1 or (
                own is not None and normalise_role(own["role"]) != normalise_role(
                    posts[0]["role"])):
            return
        status = "former" if _GONE.search(before.text) else "designate" if _WILL.search(
            sentence.text) else "current"
        self.emit(doc, sentence, person, next(iter(bodies.values())), posts[0]["role"], status,
                  0.5)

    def other_post(self, doc: StoryDoc, sentence: Sentence) -> None:
        """The posts of a sentence about one person (the only one it names, or "He"/"She"
        after a sentence naming them) that no reading took: "chair of B" anywhere in it ("X
        becomes chief executive of A and, from the same date, chair of B"); and, for someone
        the story already shows in a post, "B's chief executive" and "led/ran/chaired B" (a
        career's further posts). Former when the sentence says so before the post. Lower
        confidence than the readings."""
        text = doc.text
        people = {m.key or m.text: m for m in doc.mentions_in(sentence, "Person")}
        if len(people) > 1:
            return
        if people and _OPENING_PRONOUN.match(text, sentence.start, sentence.end):
            return
        if people:
            person = next(iter(people.values()))
        elif _OPENING_PRONOUN.match(text, sentence.start, sentence.end) \
                or subjectless_line(doc, sentence):
            before = doc.sentence_before(sentence)
            named = doc.mentions_in(before, "Person") if before else []
            person = previous_person(doc, sentence.start) if named else None
        else:
            return
        if person is None:
            return
        leader = any(f.predicate == "leads" and f.subject.text == person.text for f in doc.facts)
        orgs = doc.mentions_in(sentence, "Organisation")
        for org in orgs:
            window = max(sentence.start, org.start - 90)
            if self.known(doc, person, org) or not _OF_OR_AT.search(text, window, org.start) \
                    or OWNERS_PART.match(text, org.end, sentence.end):
                continue
            post = _ROLE_OF_BODY.search(text, window, org.start)
            if post is None:
                continue
            since = max([m.end for m in orgs if m.end <= post.start()], default=sentence.start)
            future = _WILL.search(text, since, post.start()) is not None
            now = _NOW.search(text, since, post.start()) is not None
            before = text[since if future or now else sentence.start:post.start()]
            status = ("former" if _FORMER_CAREER.search(before) or (post["status"] and status_of(
                post["status"]) == "former") else status_of(post["status"] or "") or (
                "designate" if future else "current"))
            self.emit(doc, sentence, person, org, post["role"], status, 0.55)
        if not leader:
            return
        for org in orgs:
            if self.known(doc, person, org):
                continue
            post = _BODY_ROLE.match(text, org.end, sentence.end)
            if post is None or _SOMEONE_ELSES_POST.search(text, max(sentence.start,
                                                                    org.start - 40), org.start):
                continue
            if "LocalAuthority" in classes_for_role(post["role"]) and org.cls != "LocalAuthority":
                continue
            before = text[sentence.start:org.start]
            status = "former" if _FORMER_CAREER.search(before) else "current"
            self.emit(doc, sentence, person, org, post["role"], status, 0.55)
        for verb in _LED_VERB.finditer(text, sentence.start, sentence.end):
            org = mention_at(doc, verb.end(), "Organisation")
            if org is not None and not re.match(r"[’']", text[org.end:org.end + 1]):
                said = (verb["verb"] or verb["past"]).lower()
                role = "chair" if said.startswith("chair") else "chief executive"
                self.emit(doc, sentence, person, org, role, "former", 0.55)

    def vacated_by(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"He has chaired the ICB since Jane Doe resigned"; "had covered the role since the
        departure of Jane Doe": whoever left held the post the sentence's holder holds now."""
        text = doc.text
        for match in _SINCE_LEFT.finditer(text, sentence.start, sentence.end):
            person = mention_at(doc, match.end(), "Person")
            if person is None or not (match["noun"] or _LEFT_AFTER.match(text, person.end,
                                                                         sentence.end)):
                continue
            held = {(f.object.key or f.object.text): f for f in doc.facts
                    if f.predicate == "leads" and f.evidence.start == sentence.start
                    and isinstance(f.object, Mention) and f.subject.text != person.text
                    and f.subject.end <= match.start()}
            if len(held) == 1:
                fact = next(iter(held.values()))
                self.emit(doc, sentence, person, fact.object, fact.role or "", "former", 0.65)
            elif not held and _HELD_POST.match(text, sentence.start, match.start()):
                holder = previous_person(doc, sentence.start)
                post = self.recent_post(doc, holder, sentence, sentence.start) \
                    if holder is not None else None
                if post is not None and holder is not None and holder.text != person.text:
                    self.emit(doc, sentence, person, post[0], post[1], "former", 0.65)

    def speaker_before(self, doc: StoryDoc, sentence: Sentence) -> None:
        """'"...," said Dr X. The chief executive of Y said the move was temporary': the post
        named as the subject of a sentence naming nobody is the one person of the sentence
        before."""
        if doc.mentions_in(sentence, "Person"):
            return
        post = _POST_SPEAKS.match(doc.text, sentence.start, sentence.end)
        org = mention_at(doc, post.end(), "Organisation") if post else None
        index = doc.sentences.index(sentence)
        before = doc.mentions_in(doc.sentences[index - 1], "Person") if index else []
        if org is None or len({m.text for m in before}) != 1 or not _SPEAKS_NEXT.match(
                doc.text, org.end, sentence.end):
            return
        self.emit(doc, sentence, before[0], org, post["role"],
                  post_status(post["mods"], post["tail"], "", sentence.text), 0.6)

    def clause_frames(self, doc: StoryDoc, sentence: Sentence) -> None:
        """Posts stated by a clause around the body: "from X, which she has chaired since
        2018"; "takes the helm at X"; "who joined X as chief executive"; "having previously
        been X's director of operations"; "chaired her last board meeting at X"; "The new
        executive team at X comprises A (chief executive), B (finance director) ..."; "A is
        its chief executive and B its chair"."""
        text = doc.text
        body = sentence.text
        for org in doc.mentions_in(sentence, "Organisation") if ", which " in body else ():
            which = _WHICH_SHE_LED.match(text, org.end, sentence.end)
            person = self.subject(doc, sentence, org.start) if which else None
            if which and person is not None:
                role = "chair" if which["verb"].lower() == "chaired" else "chief executive"
                self.emit(doc, sentence, person, org, role,
                          "former" if which["had"] else "current", 0.75)
        for cue in _BODY_FRAME.finditer(text, sentence.start, sentence.end) \
                if _BODY_FRAME_CUE(body) else ():
            org = mention_at(doc, cue.end(), "Organisation")
            person = self.subject(doc, sentence, cue.start())
            if org is None or person is None:
                continue
            if cue["helm"]:
                self.emit(doc, sentence, person, org, "chief executive", "current", 0.7)
            elif cue["last"]:
                self.emit(doc, sentence, person, org, "chair", "former", 0.7)
            else:
                post = _OWNED_POST.match(text, org.end, sentence.end) if cue["having"] else \
                    _AS_POST.match(text, org.end, sentence.end)
                if post:
                    self.emit(doc, sentence, person, org, post["role"],
                              "former" if cue["having"] else post_status(
                                  post["mods"], post["tail"], "", sentence.text), 0.75)
        team = _TEAM_COMPRISES.search(text, sentence.start, sentence.end) \
            if _TEAM_CUE(body) else None
        org = mention_at(doc, team.start("body"), "Organisation") if team else None
        if team and org is not None:
            for person in doc.mentions_in(sentence, "Person"):
                post = _BRACKETED_POST.match(text, person.end, sentence.end) \
                    if person.start >= team.end() else None
                if post:
                    self.emit(doc, sentence, person, org, post["role"],
                              post_status(post["mods"], post["tail"], "", sentence.text), 0.75)
        for person in doc.mentions_in(sentence, "Person") if _ITS_CUE(body) else ():
            gapped = _GAPPED_ITS.match(text, person.end, sentence.end) \
                if _AND_BEFORE_NAME.search(text, max(sentence.start, person.start - 5),
                                           person.start) else None
            held = [f.object for f in doc.facts if f.predicate == "leads"
                    and f.evidence.start == sentence.start and f.subject is not person
                    and isinstance(f.object, Mention)] if gapped else []
            if gapped and held:
                self.emit(doc, sentence, person, held[-1], gapped["role"],
                          post_status(gapped["mods"], gapped["tail"], "", sentence.text), 0.75)

    def oversees_both(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Jane Doe becomes their joint chief executive in June ... She will run both trusts":
        the post (named here or in the sentence before) at both bodies."""
        text = doc.text
        oversee = _OVERSEE_BOTH.search(text, sentence.start, sentence.end)
        person = self.subject(doc, sentence, oversee.start()) if oversee else None
        if oversee is None or person is None:
            return
        before = doc.sentence_before(sentence)
        posts = [m for m in _POST_WORD.finditer(text, before.start if before else sentence.start,
                                                oversee.start())
                 if is_leading_role(normalise_role(m["role"]))]
        role = posts[-1]["role"] if posts else "chief executive"
        status = "designate" if _WILL.search(oversee.group(0)) else "current"
        if posts and status_of(text[max(0, posts[-1].start() - 12):posts[-1].start()]) in {
                "interim", "acting"}:
            status = status_of(text[max(0, posts[-1].start() - 12):posts[-1].start()])
        classes = PLURAL_NOUN_CLASSES.get(oversee["noun"].lower(), TRUSTS if oversee[
            "noun"].lower() == "trusts" else TRUSTS | _LOCAL_BODIES)
        for body in coordinated_trusts(doc, oversee.start(), plural_count(oversee["count"]),
                                       classes):
            self.emit(doc, sentence, person, body, role, status, 0.6)

    def lone_pair(self, doc: StoryDoc, sentence: Sentence) -> None:
        """The last resort: a sentence naming one person, one body that can be led and a senior
        post beside the person, which no construction above has read, says the person holds
        that post there (at a low confidence)."""
        titles = doc.mentions_in(sentence, "Publication")
        people = [p for p in doc.mentions_in(sentence, "Person")
                  if not any(t.start <= p.start and p.end <= t.end for t in titles)]
        bodies = [m for m in doc.mentions_in(sentence, "Organisation") if _led_body(m)
                  and not any(t.start <= m.start and m.end <= t.end for t in titles)]
        if not people or len({m.key or m.text for m in bodies}) != 1:
            return
        if len(people) > 1:
            for person in people:
                post = _BARE_POST_AFTER.match(doc.text, person.end, sentence.end)
                if post and not any(f.predicate == "leads" and f.subject is person
                                    for f in doc.facts) \
                        and " ".join(post["role"].lower().split()) not in _VAGUE_LONE:
                    self.emit(doc, sentence, person, bodies[0], post["role"], post_status(
                        post["mods"], post["tail"], "", sentence.text), 0.5)
            return
        person, org = people[0], bodies[0]
        if any(f.predicate == "leads" and f.subject is person for f in doc.facts) or \
                _CALLED_IN.search(doc.text, person.end, sentence.end) or \
                JOINED_FROM.search(doc.text, max(sentence.start, org.start - 80), org.start):
            return
        near = [m for m in _LONE_ROLE.finditer(doc.text, max(sentence.start, person.start - 60),
                                               min(sentence.end, person.end + 60))
                if " ".join(m["role"].lower().split()) not in _VAGUE_LONE
                and is_leading_role(normalise_role(m["role"]))
                and not _MINISTER.search(m["role"]) and "advis" not in m["role"].lower()
                and not (_AS_VERB.search(doc.text, max(sentence.start, m.start() - 12),
                                         m.start())
                         and not re.match(r"\s+(?:the\s+)?$", doc.text[m.end():org.start]))]
        if near:
            post = min(near, key=lambda m: min(abs(m.start() - person.end),
                                               abs(person.start - m.end())))
            kinds = classes_for_role(post["role"])
            if kinds != NHS_BODIES and org.cls not in kinds:
                return
            other = _POST_OF_OTHER.match(doc.text, post.end(), sentence.end)
            if other and not org.start < other.end() <= org.end + 1:
                return
            verb = doc.text[person.end:post.start()] if 0 <= post.start() - person.end <= 40 \
                else ""
            if DEPARTED_HOLDER.search(doc.text, max(sentence.start, person.start - 60),
                                    person.start):
                self.emit(doc, sentence, person, org, post["role"], "former", 0.5)
                return
            self.emit(doc, sentence, person, org, post["role"],
                      post_status(post["mods"], post["tail"], verb, sentence.text), 0.5)

    def same_job(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"He currently holds the same job at Y": the post the story gives him, at Y."""
        for cue in _SAME_JOB.finditer(doc.text, sentence.start, sentence.end):
            if cue["bare"] and not _ALSO.search(cue.group(0)):
                continue
            person = self.subject(doc, sentence, cue.start())
            org = mention_at(doc, cue.end(), "Organisation")
            post = self.post_of(doc, person) if person is not None else None
            if post is not None and org is not None and _led_body(org):
                self.emit(doc, sentence, person, org, post[1],
                          "designate" if cue["future"] else "current", 0.7)
        for org in doc.mentions_in(sentence, "Organisation"):
            if not _WHERE_SAME_JOB.match(doc.text, org.end, sentence.end) or not _led_body(org):
                continue
            person = self.subject(doc, sentence, org.start)
            post = self.post_of(doc, person) if person is not None else None
            if post is not None and entity_key(post[0]) != entity_key(org):
                self.emit(doc, sentence, person, org, post[1], "former", 0.7)

    def its_post(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X announced that Y will be its next medical director": the body "its" means is the
        last named before it in the sentence, else the one the sentence before is about."""
        if not _ITS_CUE(sentence.text):
            return
        for person in doc.mentions_in(sentence, "Person"):
            post = _ITS_POST.match(doc.text, person.end, sentence.end)
            if post is None:
                continue
            earlier = [m for m in doc.mentions_in(sentence, "Organisation")
                       if m.end <= person.start]
            org = earlier[-1] if earlier else pronoun_org(doc, sentence.start)
            if org is not None and _led_body(org):
                self.emit(doc, sentence, person, org, post["role"], post_status(
                    post["mods"], post["tail"], post["verb"], sentence.text),
                    0.75 if earlier else 0.65)

    def years_leading(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X became chair of A in 2022 after three years chairing B": B's chair, before."""
        for cue in _YEARS_LEADING.finditer(doc.text, sentence.start, sentence.end):
            org = mention_at(doc, cue.end(), "Organisation")
            person = self.subject(doc, sentence, cue.start())
            if org is not None and person is not None:
                role = "chair" if cue["verb"].lower() == "chairing" else "chief executive"
                self.emit(doc, sentence, person, org, role, "former", 0.7)

    def takes_up_post_at(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X has been named clinical chair of the new body. He will take up the post at Y on
        1 July": the post the sentence before gave X, at Y."""
        cue = _TAKES_UP_AT.match(doc.text, sentence.start, sentence.end)
        org = mention_at(doc, cue.end(), "Organisation") if cue else None
        before = doc.sentence_before(sentence)
        named = _NAMED_TO_POST.search(before.text) if before and org is not None else None
        person = (mention_at(doc, cue.start("who"), "Person") if cue["who"] else
                  previous_person(doc, sentence.start)) if named and cue else None
        if cue is not None and named is not None and person is not None and _led_body(org):
            future = re.search(r"\b(?:will|is\s+to|is\s+due)\b", cue.group(0)) is not None
            self.emit(doc, sentence, person, org, named["role"],
                      "designate" if future else "current", 0.7)

    def second_post(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X became director of nursing at A and, from 2018, chief nurse at B": a post joined
        by "and" to one the person was just given holds at its own body."""
        held = [(f.subject, f.object, f.status or "current") for f in doc.facts
                if f.predicate == "leads" and f.evidence.start == sentence.start
                and isinstance(f.object, Mention)]
        for person, first, status in held:
            if " and" not in doc.text[first.end:first.end + 6]:
                continue
            post = _AND_POST.match(doc.text, first.end, sentence.end)
            org = mention_at(doc, post.end(), "Organisation") if post else None
            if post is not None and org is not None and _led_body(org):
                self.emit(doc, sentence, person, org, post["role"], post_status(
                    post["mods"], post["tail"], "", sentence.text) if post["mods"] or post[
                    "tail"] else status, 0.7)

    def its_post_is(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Its first chief executive is X": the body "its" means holds the post."""
        if not sentence.text.lstrip().startswith(("Its ", "Their ")):
            return
        post = _ITS_POST_IS.match(doc.text, sentence.start, sentence.end)
        person = mention_at(doc, post.end(), "Person") if post else None
        org = pronoun_org(doc, sentence.start) if person is not None else None
        if post is not None and person is not None and org is not None and _led_body(org):
            self.emit(doc, sentence, person, org, post["role"], post_status(
                post["mods"], post["tail"], post["verb"], sentence.text), 0.65)

    def top_job(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X has promoted its deputy, Y, to the top job": Y becomes X's chief executive."""
        cue = _TOP_JOB.search(doc.text, sentence.start, sentence.end)
        people = doc.mentions_in(sentence, "Person")
        if cue is None or len({p.text for p in people}) != 1:
            return
        bodies = [m for m in doc.mentions_in(sentence, "Organisation")
                  if m.start < cue.start() and _led_body(m)]
        org = bodies[0] if bodies else topic_org(doc)
        if org is not None and _led_body(org):
            self.emit(doc, sentence, people[0], org, "chief executive", "current", 0.65)

    def colleague(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X chair Jane Doe said ... Her chief executive, John Roe, will present the plan":
        the post is at the body where the person "her" stands for holds hers."""
        for post in _HER_POST.finditer(doc.text, sentence.start, sentence.end):
            person = mention_at(doc, post.end(), "Person")
            earlier = [m for m in doc.mentions_in(sentence, "Person") if m.end <= post.start()]
            referent = earlier[-1] if earlier else previous_person(doc, sentence.start)
            if person is None or referent is None or referent.text == person.text:
                continue
            held = self.led_post(doc, referent, 0, post.start())
            if held is not None and _led_body(held[0]):
                self.emit(doc, sentence, person, held[0], post["role"], post_status(
                    post["mods"], post["tail"], "", sentence.text), 0.65)

    def opening_clause(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Before joining X as a regional director in 2013, Y ran Z"; "After becoming chief
        executive of X, Y ...": a post in a clause that opens the sentence, its holder the
        subject after the comma."""
        opening = _OPENING_CLAUSE.match(doc.text, sentence.start, sentence.end)
        if opening is None:
            return
        org = mention_at(doc, opening.end(), "Organisation")
        post = _AS_ROLE.match(doc.text, org.end, sentence.end) if org is not None else None
        if org is None:
            post = _ROLE_OF.match(doc.text, opening.end(), sentence.end)
            org = mention_at(doc, post.end(), "Organisation") if post else None
        comma = doc.text.find(",", org.end, sentence.end) if org is not None and post else -1
        subject = _HOLDER_AFTER.match(doc.text, comma) if comma >= 0 else None
        person = mention_at(doc, subject.end(), "Person") if subject else None
        if person is not None and org is not None and post is not None and _led_body(org):
            status = "former" if opening["verb"].lower() == "leaving" else post_status(
                post["mods"], post["tail"], "", "")
            self.emit(doc, sentence, person, org, post["role"], status, 0.7)

    def new_post_named(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X has a new chief executive: Y"; "X has a new chairwoman in Y"."""
        if not _NEW_CUE(sentence.text):
            return
        for match in _HAS_NEW_POST.finditer(doc.text, sentence.start, sentence.end):
            person = mention_at(doc, match.end(), "Person")
            head = doc.text[sentence.start:match.start()]
            aside = _DESCRIBED_END.search(head)
            org = mention_ending_at(doc, sentence.start + (aside.start() if aside else len(
                head.rstrip())), "Organisation")
            if person is not None and org is not None:
                self.emit(doc, sentence, person, org, match["role"], post_status(
                    match["mods"], match["tail"], "appointed", sentence.text), 0.75)

    def pairs(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"A and B have been appointed co-chairs of X"; "A and B will job-share the role of
        medical director at X": a post the sentence gives B, B and A hold together."""
        people = doc.mentions_in(sentence, "Person")
        for first, second in pairwise(people):
            if not _PAIR_AND.fullmatch(doc.text, first.end, second.start) or not _PAIR_VERB.match(
                    doc.text, second.end, sentence.end):
                continue
            plural = _PAIR_APPOINTED.match(doc.text, second.end, sentence.end)
            org = mention_at(doc, plural.end(), "Organisation") if plural else None
            if plural and org is not None:
                status = post_status(plural["mods"], "", "appointed", sentence.text)
                for person in (first, second):
                    self.emit(doc, sentence, person, org, plural["role"], status, 0.7)
                continue
            held = [f for f in doc.facts if f.predicate == "leads" and f.subject is second
                    and f.evidence.start == sentence.start and isinstance(f.object, Mention)]
            if not any(f.subject is first for f in doc.facts if f.predicate == "leads"):
                for fact in held:
                    self.emit(doc, sentence, first, fact.object, fact.role or "", fact.status
                              or "current", 0.65)

    @staticmethod
    def known(doc: StoryDoc, person: Mention, org: Mention, role: str | None = None) -> bool:
        """Whether the story already gives ``person`` a post at ``org`` (this ``role``, when
        given)."""
        surname = person.text.split()[-1]
        return any(f.predicate == "leads" and isinstance(f.object, Mention)
                   and f.subject.text.split()[-1] == surname
                   and (f.object.key or f.object.text) == (org.key or org.text)
                   and role in {None, f.role} for f in doc.facts)

    def emit(self, doc: StoryDoc, sentence: Sentence, person: Mention, org: Mention | None,
             role: str, status: str, confidence: float, *, second_post: bool = False) -> None:
        role = normalise_role(role)
        if org is not None and sent_by_overseer(doc, org, classes_for_role(role)):
            org = topic_org(doc, TRUSTS)
        if org is not None and role.startswith("group ") and org.cls in TRUSTS and re.search(
                r"\bgroup\s", sentence.text, re.IGNORECASE):
            org = group_of(doc, sentence.end)
        if (org is None or org.category != "Organisation" or not is_leading_role(role)
                or self.known(doc, person, org, role if second_post else None)
                or not post_fits(doc, org, role, sentence.start)):
            return
        if status == "current" and person.start >= sentence.start and removed_before(
                doc, sentence, person):
            status = "former"
        add_fact(doc, sentence, person, "leads", org, extractor=NAME, confidence=confidence,
                 role=role, status=held_on_a_basis(doc, sentence, person, role, status))

    @staticmethod
    def subject(doc: StoryDoc, sentence: Sentence, offset: int) -> Mention | None:
        """Who a post in this sentence belongs to: the last person named before it (not one
        named for their departure, "X, acting since the departure of Y, will return to her role
        as ..."), else the person an opening "He"/"She" stands for, or a list line with no
        subject stands for ("• Replaces X", under "• Jane Doe appointed ...")."""
        people = [m for m in doc.mentions_in(sentence, "Person") if m.end <= offset]
        while len(people) > 1 and DEPARTED_HOLDER.search(
                doc.text, max(sentence.start, people[-1].start - 40), people[-1].start) and \
                _WHO_CLAUSE.match(doc.text, people[-2].end, people[-1].start):
            people.pop()
        if people:
            return people[-1]
        if _SUBJECT_PRONOUN.match(sentence.text) or subjectless_line(doc, sentence):
            return previous_person(doc, sentence.start)
        return None

    def orgs_from(self, doc: StoryDoc, sentence: Sentence, offset: int) -> list[Mention]:
        """Bodies named at ``offset``, and those chained to it by commas and "and"."""
        found: list[Mention] = []
        position = offset
        while True:
            org = mention_at(doc, position, "Organisation")
            article = re.match(r"the\s+", doc.text[position:position + 4], FLAGS)
            if org is None and article:
                org = mention_at(doc, position + article.end(), "Organisation")
            plural = _PLURAL_LED.match(doc.text, position, sentence.end) \
                if org is None and not found else None
            if plural is not None:
                return coordinated_trusts(doc, sentence.start, plural_count(plural["count"]),
                                          plural_classes(plural))
            runs = _WHICH_RUNS.match(doc.text, position, sentence.end) \
                if org is None and not found else None
            site = mention_at(doc, runs.end(), "Organisation") if runs else None
            runner = next((f.object for f in doc.facts if site is not None
                           and f.predicate == "partOf" and f.subject.start == site.start
                           and isinstance(f.object, Mention)), None)
            if runner is not None:
                return [runner]
            if org is None:
                reference = re.match(DEFINITE_ORG, doc.text[position:sentence.end], FLAGS)
                if reference is None or found:
                    return found
                members = _MEMBERS_LISTED.match(doc.text, position + reference.end(),
                                                sentence.end)
                if members:
                    listed = self.orgs_from(doc, sentence, members.end())
                    if listed:
                        return listed
                earlier = [m for m in doc.mentions_in(sentence, "Organisation")
                           if m.end <= position]
                org = earlier[0] if earlier and reference.group(0).lower() in {"its", "their"} \
                    else definite_org(doc, reference.group(0), position)
                return [org] if org is not None else found
            found.append(org)
            chain = _CHAIN.match(doc.text, org.end, sentence.end)
            if chain is None:
                return found
            position = chain.end()

    def careers(self, doc: StoryDoc, sentence: Sentence) -> None:
        career = _CAREER.search(sentence.text) is not None
        for match in _ROLE_AT.finditer(doc.text, sentence.start, sentence.end):
            person = self.subject(doc, sentence, match.start())
            if person is None and match["intro"].lower() == "as" and re.fullmatch(
                    r"\W*", doc.text[sentence.start:match.start()]):
                orgs = self.orgs_from(doc, sentence, match.end())
                after = _HOLDER_AFTER.match(doc.text, orgs[-1].end, sentence.end) if orgs else None
                person = mention_at(doc, after.end(), "Person") if after else None
            if person is None:
                continue
            status = post_status(match["mods"], match["tail"], "", sentence.text)
            intro = match["intro"].lower()
            held_now = _HELD_NOW_BEFORE.search(doc.text, max(sentence.start, match.start() - 30),
                                               match.start())
            past = (career and intro != "is" and not held_now) or intro == "was" or (
                intro == "as" and person.end <= match.start()
                and _LEFT_AS.search(doc.text, person.end, match.start()) is not None)
            if past and status in {"current", "interim", "acting"}:
                status = "former"
            elif status == "current" and match["intro"].lower().startswith(("role", "post")) \
                    and _WILL_BEFORE.search(doc.text, sentence.start, match.start()):
                status = "designate"
            orgs = self.orgs_from(doc, sentence, match.end())
            apposed = _APPOSED_HOLDER.match(doc.text, orgs[-1].end, sentence.end) if orgs else None
            holder = mention_at(doc, apposed.end(), "Person") if apposed else None
            if holder is not None and holder.start > person.start:
                continue
            for org in orgs:
                self.emit(doc, sentence, person, org, match["role"], status, 0.75)
        self.served_as(doc, sentence, career)
        if "by " in sentence.text:
            self.chaired_by(doc, sentence)
        self.shared(doc, sentence)
        self.will_lead(doc, sentence)
        self.at_the_helm(doc, sentence)
        if " of " in sentence.text:
            self.departed(doc, sentence)
        if ":" in sentence.text:
            self.plural_posts(doc, sentence)
        if "appointment of" in sentence.text:
            self.appointment_of(doc, sentence)
        if "chair" in sentence.text:
            self.chairs_named(doc, sentence)
        self.vacated(doc, sentence)
        self.role_with(doc, sentence)
        self.has_led(doc, sentence)
        self.handovers(doc, sentence)
        self.copula(doc, sentence)
        if "chair" in sentence.text:
            self.chairs(doc, sentence)

    def chairs(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X has chaired both trusts since 2021", "also chairs the partnership's board",
        "will chair the group"."""
        for cue in _CHAIRS.finditer(doc.text, sentence.start, sentence.end):
            person = self.subject(doc, sentence, cue.start())
            if person is None:
                continue
            what = cue["what"]
            plural = re.match(rf"(?:both|the\s+({COUNT}))\s", what, FLAGS)
            if plural:
                count = NUMBER_WORDS.get((plural.group(1) or "two").lower())
                bodies = plural_trusts(doc, cue.start("what"), count, TRUSTS | _LOCAL_BODIES)
            else:
                phrase = re.sub(r"(?:[’']s)?\s+board$", "", what)
                body = definite_org(doc, phrase, cue.start("what"))
                bodies = [body] if body is not None else []
            verb = cue["verb"].lower()
            status = ("designate" if verb.startswith(("will", "is")) else
                      "former" if verb == "chaired" else "current")
            for body in bodies:
                self.emit(doc, sentence, person, body, "chair", status, 0.7)

    def copula(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Its chief executive is Glen Aldous"; "The new chair of X is former council leader
        Y"."""
        for match in _COPULA_ROLE.finditer(doc.text, sentence.start, sentence.end):
            if match["of"]:
                orgs = self.orgs_from(doc, sentence, match.end())
                reference = re.match(DEFINITE_ORG, doc.text[match.end():sentence.end], FLAGS)
                after = orgs[-1].end if orgs and orgs[-1].start >= match.end() else (
                    match.end() + reference.end() if orgs and reference else -1)
            elif match["owner"]:
                org = self.owner_org(doc, sentence, match)
                orgs, after = ([org] if org is not None else []), match.end()
            elif ((match.start() == sentence.start and sentence.start > 0)
                  or _AND_THE.search(doc.text, sentence.start, match.start())) and not re.match(
                    r"\s+(?:of|at|for|in|with|to)\b", doc.text[match.end():sentence.end]):
                org = _listed_body(doc, match.start()) or (
                    pronoun_org(doc, sentence.start) if match.start() == sentence.start else None)
                orgs, after = ([org] if org is not None and _led_body(org) else []), match.end()
            else:
                continue
            self.holder_named(doc, sentence, orgs, match, after,
                              0.75 if match["of"] or match["owner"] else 0.65)
        for org in doc.mentions_in(sentence, "Organisation"):
            match = _ORG_COPULA.match(doc.text, org.end, sentence.end)
            if match is not None:
                self.holder_named(doc, sentence, [org], match, match.end())

    @staticmethod
    def owner_org(doc: StoryDoc, sentence: Sentence, match: re.Match[str]) -> Mention | None:
        """The body "its", "whose" or "the trust's" before a post means: one named earlier in
        the sentence, else the reference opening it ("The trust, whose chief executive is")."""
        owner = match["owner"].lower()
        earlier = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= match.start()
                   and not FORMERLY_OF.search(doc.text, max(sentence.start, m.start - 60),
                                               m.start)]
        if owner in {"its", "their", "whose"} and earlier:
            return earlier[-1]
        if owner in {"its", "their"}:
            return pronoun_org(doc, sentence.start)
        if owner == "whose":
            head = doc.text[sentence.start:match.start()].rstrip(" ,") + " "
            opening = _SUBJECT_ORG.match(head) or _SPOKESPERSON_FOR.search(head)
            return definite_org(doc, opening.group(1), sentence.start) if opening else None
        return definite_org(doc, re.sub(r"[’']s$", "", match["owner"]), match.start())

    def holder_named(self, doc: StoryDoc, sentence: Sentence, orgs: list[Mention],
                     match: re.Match[str], after: int, confidence: float = 0.75) -> None:
        """The person "is"/"will be" names after a post of ``orgs`` ending at ``after``."""
        verb = _IS_PERSON.match(doc.text, after, sentence.end) if after >= 0 else None
        person = next((p for p in doc.mentions_in(sentence, "Person") if verb
                       and p.start >= verb.end()
                       and _DESCRIPTOR.fullmatch(doc.text, verb.end(), p.start)), None)
        if person is None:
            return
        future = "appointed" if verb and "will" in verb.group(0).lower() else ""
        status = "former" if verb["then"] else post_status(match["mods"], match["tail"], future,
                                                           sentence.text)
        for org in orgs:
            self.emit(doc, sentence, person, org, match["role"], status, confidence)

    def handovers(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Her predecessor, X, resigned": X held the post she now holds; "He will be replaced
        by Y": Y is to hold his."""
        for cue in _PREDECESSOR.finditer(doc.text, sentence.start, sentence.end):
            before = mention_at(doc, cue.end(), "Person")
            holder = previous_person(doc, sentence.start)
            post = self.post_of(doc, holder, until=sentence.end) if holder is not None else None
            if before is not None and post is not None:
                self.emit(doc, sentence, before, post[0], post[1], "former", 0.7)
        for cue in _TOOK_OVER_WHEN.finditer(doc.text, sentence.start, sentence.end):
            before = mention_at(doc, cue.end(), "Person")
            person = self.subject(doc, sentence, cue.start())
            post = self.post_of(doc, person) if person is not None else None
            if before is not None and post is not None and before is not person:
                self.emit(doc, sentence, before, post[0], post[1], "former", 0.7)
        for cue in _NAMED_REPLACEMENT.finditer(doc.text, sentence.start, sentence.end):
            person = self.subject(doc, sentence, cue.start())
            earlier = [m for m in doc.mentions_in(sentence, "Person")
                       if person is not None and m.end <= person.start]
            holder = earlier[-1] if earlier else previous_person(
                doc, person.start) if person is not None else None
            post = self.post_of(doc, holder) if holder is not None else None
            if person is not None and post is not None and holder is not person:
                status = "interim" if cue["kind"] and cue["kind"].lower() in {"interim", "acting"} \
                    else "designate"
                self.emit(doc, sentence, person, post[0], post[1], status, 0.7)
        for cue in _REPLACED_BY.finditer(doc.text, sentence.start, sentence.end):
            described = _DESCRIBED_REPLACEMENT.match(doc.text, cue.end(), sentence.end)
            after = mention_at(doc, described.end() if described else cue.end(), "Person")
            holder = self.subject(doc, sentence, cue.start())
            post = self.post_of(doc, holder) if holder is not None else None
            if after is not None and post is not None and after is not holder:
                basis = re.search(r"\b(interim|acting)\s+basis\b", cue.group(0), FLAGS)
                self.emit(doc, sentence, after, post[0], _substantive(post[1]),
                          basis.group(1).lower() if basis else "designate", 0.7,
                          second_post=described is not None)

    @staticmethod
    def post_of(doc: StoryDoc, person: Mention, at: Mention | None = None,
                until: int | None = None) -> tuple[Mention, str] | None:
        """The newest post the story gives ``person`` (by surname), at ``at`` when given ("Her
        predecessor at B"), one held now before a past one of their career: what a successor
        or predecessor holds too. Only posts said before ``until`` when given: "her predecessor"
        is not the predecessor in a post the next sentence gives her."""
        surname = person.text.split()[-1]
        posts = [fact for fact in reversed(doc.facts)
                 if fact.predicate == "leads" and isinstance(fact.object, Mention) and fact.role
                 and fact.subject.text.split()[-1] == surname
                 and (until is None or fact.evidence.start < until)
                 and (at is None or entity_key(fact.object) == entity_key(at))]
        held = next((fact for fact in posts if fact.status != "former"), None) or next(
            iter(posts), None)
        return (held.object, held.role) if held is not None else None

    def has_led(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Dr X has led the college since 2022": a current post whose title the sentence
        leaves out ("having run X for three years": a former one)."""
        for cue in _HAS_LED.finditer(doc.text, sentence.start, sentence.end):
            person = self.subject(doc, sentence, cue.start())
            if person is None:
                continue
            article = re.match(r"the\s+", doc.text[cue.end():cue.end() + 4], FLAGS)
            org = mention_at(doc, cue.end() + (article.end() if article else 0), "Organisation")
            reference = re.match(DEFINITE_ORG, doc.text[cue.end():sentence.end], FLAGS)
            if org is None and reference and article:
                org = (GENERIC_BODY.fullmatch(reference.group(0)) and body_led_by(
                    doc, person, sentence.start)) or definite_org(doc, reference.group(0),
                                                                  cue.start())
            if org is None or self.known(doc, person, org):
                continue
            add_fact(doc, sentence, person, "leads", org, extractor=NAME, confidence=0.7,
                     status="former" if cue.group(0).lower().startswith(("having", "after"))
                     else "current")

    def led_bodies(self, doc: StoryDoc, sentence: Sentence, pattern: Any
                   ) -> Iterator[tuple[re.Match[str], Mention, Mention]]:
        """Each match of ``pattern`` that a body which can be led follows, with the person
        the sentence is about ("will lead X's response" leads the response, not X)."""
        for cue in pattern.finditer(doc.text, sentence.start, sentence.end):
            org = mention_at(doc, cue.end(), "Organisation")
            if org is not None and doc.text[org.end:org.end + 2] in {"’s", "'s"}:
                continue
            reference = _NEW_BODY_AT.match(doc.text, cue.end(), sentence.end) \
                if org is None else None
            if reference is not None:
                org = definite_org(doc, "the " + reference.group(0), cue.end())
            if reference is not None and reference.group(0).lower().startswith("enlarged") \
                    and any(f.predicate == "leads" and f.evidence.start == sentence.start
                            for f in doc.facts):
                continue
            plural = _PLURAL_LED.match(doc.text, cue.end(), sentence.end) if org is None else None
            both = _BARE_BOTH.match(doc.text, cue.end(), sentence.end) \
                if org is None and plural is None else None
            orgs = doc.mentions_in(sentence, "Organisation")
            listed = listed_with(doc, orgs, org, _BODY_LIST, before=False) \
                if org is not None and org in orgs else [org]
            bodies = listed if org is not None else coordinated_trusts(
                doc, sentence.start, plural_count(plural["count"]),
                plural_classes(plural)) if plural else (
                coordinated_trusts(doc, cue.start(), 2) if both else [])
            person = self.subject(doc, sentence, cue.start())
            for body in bodies:
                if person is not None and _led_body(body):
                    yield cue, body, person

    def role_with(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Dr X will take up the chief nurse role with Y"."""
        for cue, org, person in self.led_bodies(doc, sentence, _ROLE_WITH):
            kind = " ".join(cue["kind"].lower().split())
            role = _KIND_ROLE.get(kind, kind)
            future = bool(cue["when"]) and not cue["when"].lower().startswith("has")
            self.emit(doc, sentence, person, org, role, "designate" if future else "current",
                      0.7)

    def at_the_helm(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"After eight years at the helm of X"; "took over the running of X in 2014"; "after
        six years running X": X's chief executive, then."""
        for cue in _AT_THE_HELM.finditer(doc.text, sentence.start, sentence.end):
            org = mention_at(doc, cue.end(), "Organisation")
            reference = re.match(DEFINITE_ORG, doc.text[cue.end() - 4:sentence.end], FLAGS) \
                if org is None and doc.text[cue.end() - 4:cue.end()].lower() == "the " else None
            if reference is not None:
                org = definite_org(doc, reference.group(0), cue.start())
            people = doc.mentions_in(sentence, "Person")
            person = self.subject(doc, sentence, cue.start()) or (people[0] if people else None)
            if org is not None and doc.text[org.end:org.end + 2] in {"’s", "'s"}:
                continue
            if org is not None and person is not None and _led_body(org):
                self.emit(doc, sentence, person, org, "chief executive",
                          "current" if cue["now"] else "former", 0.65)

    def appointment_of(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X said the appointment of Y as chief executive was unanimous": Y's post at X (or
        at the body named after the post)."""
        for cue in _APPOINTMENT_OF.finditer(doc.text, sentence.start, sentence.end):
            person = mention_at(doc, cue.end(), "Person")
            as_role = _AS_ROLE.match(doc.text, person.end, sentence.end) if person else None
            if person is None or as_role is None:
                continue
            named = mention_at(doc, as_role.end(), "Organisation") \
                if as_role.group(0).rstrip().endswith(("of", "at", "for", "the")) else None
            before = [m for m in doc.mentions_in(sentence, "Organisation") if m.end <= cue.start()]
            org = named or (before[0] if before else topic_org(doc))
            if named is None and org is not None and org.cls == "Regulator":
                org = topic_org(doc, TRUSTS)
            self.emit(doc, sentence, person, org, as_role["role"],
                      post_status(as_role["mods"], as_role["tail"], "appointed", sentence.text),
                      0.7)

    def chairs_named(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Mrs X — who chairs Frimley Health NHS Foundation Trust — said"."""
        for cue in _CHAIRS_NAMED.finditer(doc.text, sentence.start, sentence.end):
            org = mention_at(doc, cue.end(), "Organisation")
            person = self.subject(doc, sentence, cue.start())
            if org is None or person is None or not _led_body(org):
                continue
            verb = cue["verb"].lower()
            status = ("designate" if verb.startswith(("will", "is")) else
                      "former" if verb == "chaired" else "current")
            self.emit(doc, sentence, person, org, "chair", status, 0.7)

    def will_lead(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X, currently chief executive of A, will also lead B from September"."""
        for cue, org, person in self.led_bodies(doc, sentence, _WILL_LEAD):
            people = doc.mentions_in(sentence, "Person")
            nearest = [p for p in people if p.end <= cue.start()]
            if nearest and _WHO_CLAUSE.match(doc.text, nearest[-1].end, cue.start()):
                person = nearest[-1]
            elif people and people[0] is not person:
                person = people[0]
            future = not cue["when"].lower().startswith(("now", "currently"))
            self.emit(doc, sentence, person, org, "chief executive",
                      "designate" if future else "current", 0.7)
        for cue, org, person in self.led_bodies(doc, sentence, _TOP_JOB_AT) \
                if _TOP_JOB_CUE(sentence.text) else ():
            future = _FUTURE.search(doc.text, sentence.start, cue.start()) is not None
            role = _TOP_ROLE.get((cue["who"] or "").lower(), "chief executive")
            self.emit(doc, sentence, person, org, role, "designate" if future else "current",
                      0.65)
        for _, org, person in self.led_bodies(doc, sentence, _SECONDED):
            self.emit(doc, sentence, person, org, "chief executive", "interim", 0.65)
        for cue, org, person in self.led_bodies(doc, sentence, _TAKES_OVER_AT):
            future = re.match(r"will|is\s+to|is\s+set", cue.group(0), FLAGS) is not None
            self.emit(doc, sentence, person, org, "chief executive",
                      "designate" if future else "current", 0.65)

    def respective_posts(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"At Leeds North CCG, the chair and chief officer are A and B respectively": each
        post, in order, at the body the sentence opens at."""
        match = _POSTS_RESPECTIVELY.search(doc.text, sentence.start, sentence.end)
        opening = _AT_OPENING.match(doc.text, sentence.start, sentence.end) if match else None
        body = mention_at(doc, opening.end(), "Organisation") if opening else None
        if match is None or body is None or not _led_body(body):
            return
        roles = [r for r in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["roles"]) if r]
        people = [p for p in doc.mentions_in(sentence, "Person")
                  if match.end("roles") <= p.start < match.end()]
        if len(roles) == len(people) > 1:
            for person, role in zip(people, roles, strict=True):
                self.emit(doc, sentence, person, body, role, "current", 0.75)

    def shared(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"The two organisations have shared a chief executive, X, since 2023, and a chair in
        common, Y": each post at every body the plural means."""
        sharers = _SHARERS.match(doc.text, sentence.start, sentence.end) or (
            _WHICH_SHARED.search(doc.text, sentence.start, sentence.end)
            if " which " in sentence.text else None) or (
            _AND_THEY_SHARE.search(doc.text, sentence.start, sentence.end)
            if " and " in sentence.text else None)
        only_joint = sharers is None
        sharers = sharers or _PLURAL_SUBJECT.match(doc.text, sentence.start, sentence.end)
        if sharers is None:
            self.shared_by_named(doc, sentence)
            return
        noun = (sharers["noun"] or "").lower()
        classes = _PLURAL_CLASSES.get(noun, TRUSTS | _LOCAL_BODIES)
        count = NUMBER_WORDS.get((sharers["count"] or sharers.group(0).split()[0]).lower()) or (
            2 if _BOTH.search(sentence.text) else None)
        bodies = plural_trusts(doc, sentence.start, count, classes) \
            if sharers.start() <= sentence.start + 1 else coordinated_trusts(
                doc, sharers.start(), count or 2, classes)
        for post in _SHARED_POST.finditer(doc.text, sharers.end(), sentence.end):
            person = mention_at(doc, post.end(), "Person")
            before = doc.text[sharers.end():post.start()]
            if person is None or (only_joint and not _JOINT.search(post.group(0)) and not (
                    _SHARING.search(before) and _SHARING_NEXT.search(before))):
                continue
            status = post_status(post["mods"], post["tail"], "", sentence.text)
            for body in bodies:
                self.emit(doc, sentence, person, body, post["role"], status, 0.7)

    def shared_by_named(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"A and B share a chief executive, X"; "A shares its chair, X, with B": the post is
        held at each body named."""
        orgs = doc.mentions_in(sentence, "Organisation")
        first = orgs[0] if orgs and orgs[0].start - sentence.start <= 4 else None
        if first is None:
            return
        bodies = listed_with(doc, orgs, first, _BODY_LIST, before=False)
        verb = _NAMED_SHARE.match(doc.text, bodies[-1].end, sentence.end)
        if verb is None:
            if len(bodies) > 1:
                self.shared_with(doc, sentence, bodies)
            return
        post = _SHARED_POST.match(doc.text, verb.end(), sentence.end) if len(bodies) > 1 else \
            _ITS_POST_SHARED.match(doc.text, verb.end(), sentence.end)
        person = mention_at(doc, post.end(), "Person") if post else None
        if person is None:
            return
        if len(bodies) == 1:
            partner = _WITH_PARTNER.match(doc.text, person.end, sentence.end)
            other = mention_at(doc, partner.end(), "Organisation") if partner else None
            if other is None:
                return
            bodies = [first, *listed_with(doc, orgs, other, _BODY_LIST, before=False)]
        posts = [(post, person)]
        if len(bodies) > 1:
            for later in _SHARED_POST.finditer(doc.text, post.end(), sentence.end):
                holder = mention_at(doc, later.end(), "Person")
                if holder is not None:
                    posts.append((later, holder))
        for post, person in posts:
            status = post_status(post["mods"], post["tail"], "", sentence.text)
            for body in bodies:
                if body.cls in TRUSTS | _LOCAL_BODIES:
                    self.emit(doc, sentence, person, body, post["role"], status, 0.7)

    def shared_with(self, doc: StoryDoc, sentence: Sentence, bodies: list[Mention]) -> None:
        """"A and B have formed a group, with a shared chief executive, X" or "with X appointed
        as group chief executive": a post at each body the sentence opens with."""
        posts = []
        for post in _WITH_SHARED_POST.finditer(doc.text, bodies[-1].end, sentence.end):
            posts.append((post, mention_at(doc, post.end(), "Person")))
        for cue in _WITH_HOLDER.finditer(doc.text, bodies[-1].end, sentence.end):
            person = mention_at(doc, cue.end(), "Person")
            post = _APPOINTED_AS.match(doc.text, person.end, sentence.end) if person else None
            if post is not None:
                posts.append((post, person))
        for post, person in posts:
            if person is None or self.known(doc, person, bodies[0]):
                continue
            status = post_status(post["mods"], post["tail"], "", sentence.text)
            for body in bodies:
                if body.cls in TRUSTS | _LOCAL_BODIES:
                    self.emit(doc, sentence, person, body, post["role"], status, 0.7)

    def chaired_by(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"The trust board, chaired by X, met"; "NHS Kent and Medway, led by X": the body's
        chair (or chief executive)."""
        found: list[tuple[Mention, re.Match[str]]] = []
        publications = doc.mentions_in(sentence, "Publication")
        orgs = doc.mentions_in(sentence, "Organisation")
        for org in orgs:
            match = _CHAIRED_BY.match(doc.text, org.end, sentence.end)
            if match is not None and org is not orgs[0] and re.match(
                    r"\s*,\s*(?:which|that)\s[^,]*,", match.group(0)):
                continue
            listed = _LIST_ITEM_BEFORE.search(doc.text, max(sentence.start, org.start - 6),
                                              org.start) if org is not orgs[0] else None
            if listed and match is not None and "will" in match.group(0):
                continue
            inside = any(p.start <= org.start and org.end <= p.end for p in publications) or (
                match is not None and _INQUIRY_INTO.search(
                    doc.text, max(sentence.start, org.start - 100), org.start) is not None)
            if match is not None and "," in match.group(0) and _AGENT_BEFORE.search(
                    doc.text, max(sentence.start, org.start - 20), org.start):
                continue
            spanned = any(o.end <= org.start and m.end() >= org.end for o, m in found)
            if match is not None and not inside and not spanned and (
                    match["verb"] == "chaired" or "," in match.group(0)
                    or _PASSIVE_LED.search(match.group(0))):
                listed = listed_with(doc, orgs, org, _BODY_LIST, after=False) \
                    if match["plural"] else [org]
                found.extend((body, match) for body in listed)
        for match in _BOARD_CHAIRED_BY.finditer(doc.text, sentence.start, sentence.end):
            if any(p.start <= match.start("reference") < p.end for p in publications):
                continue
            org = definite_org(doc, match["reference"], match.start())
            if org is not None:
                found.append((org, match))
        opening = _IT_CHAIRED_BY.match(doc.text, sentence.start, sentence.end) or (
            _AND_IT_CHAIRED_BY.search(doc.text, sentence.start, sentence.end)
            if _OPENING_ITS_POST.match(sentence.text) else None)
        before = doc.sentence_before(sentence) if opening is not None else None
        if opening is not None and not (before and (doc.mentions_in(before, "Publication")
                                                    or _WORK_OPENS.match(before.text))):
            org = pronoun_org(doc, sentence.start)
            if org is not None:
                found.append((org, opening))
        for org, match in found:
            described = _DESCRIPTOR.match(doc.text, match.end(), sentence.end)
            person = mention_at(doc, match.end(), "Person") or (
                mention_at(doc, described.end(), "Person") if described else None)
            employer = mention_at(doc, match.end(), "Organisation") if person is None else None
            if employer is not None and entity_key(employer) != entity_key(org):
                gap = _EMPLOYER_GAP.match(doc.text, employer.end, sentence.end)
                titled_by = _DESCRIPTOR.match(doc.text, gap.end(), sentence.end)
                person = mention_at(doc, titled_by.end(), "Person") if titled_by else None
            titled = _TITLE_EDGES.sub("", described.group(0)) if described else ""
            if person is None or (org.cls not in TRUSTS | _CHAIRED_BODIES | _MEMBERS_BODIES
                                  and not org.text.endswith(" cluster")
                                  and not (match["verb"].lower() == "chaired"
                                           and _CHAIRED_NAME.search(org.text))
                                  and not (titled and is_leading_role(normalise_role(titled)))):
                continue
            role = "chair" if match["verb"].lower() == "chaired" else "chief executive"
            if titled and is_leading_role(normalise_role(titled)):
                role = titled
            said = re.split(r",|\band\s+(?=is\b|has\b)", match.group(0))[-1]
            past = re.search(r"\b(?:was|formerly)\b", said, FLAGS) is not None
            future = re.search(r"\b(?:will|to)\s+be\b", match.group(0), FLAGS) is not None
            status = "former" if past else "designate" if future else "current"
            self.emit(doc, sentence, person, org, role, status, 0.7)
            beside = _WITH_AS_ROLE.match(doc.text, person.end, sentence.end)
            other = mention_at(doc, beside.end(), "Person") if beside else None
            role_after = _AS_ROLE_LINE.match(doc.text, other.end, sentence.end) if other else None
            if other is not None and role_after is not None:
                self.emit(doc, sentence, other, org, role_after["role"], status, 0.7)

    def served_as(self, doc: StoryDoc, sentence: Sentence, career: bool) -> None:
        """"She spent 12 years at X, latterly as its chief nurse"; "joins from X, where she is
        chief operating officer": a post named after the body."""
        for org in doc.mentions_in(sentence, "Organisation"):
            match = (_THEN_AS_ITS.match(doc.text, org.end, sentence.end) or _LATTERLY_AS.match(
                doc.text, org.end, sentence.end)) if career else None
            past = True
            if match is None:
                match = WHERE_HE_WAS.match(doc.text, org.end, sentence.end)
                verb = " ".join(match["verb"].lower().split()) if match else ""
                past = match is not None and verb not in {"is", "has been"} \
                    and not verb.startswith(("will", "is to"))
            person = self.subject(doc, sentence, org.start) if match else None
            if match is None or person is None:
                continue
            status = post_status(match["mods"], match["tail"], "", sentence.text)
            if past and status in {"current", "interim", "acting"}:
                status = "former"
            self.emit(doc, sentence, person, org, match["role"], status, 0.75)

    def listed_post(self, doc: StoryDoc, sentence: Sentence,
                    listing: Mention | None) -> Mention | None:
        """"The new board also includes:" then "Medical director: Dr X" or "Dr X as chief
        medical officer" lines: each is a post at the body the list is about. Returns that
        body while the list goes on."""
        text = sentence.text.strip()
        if text.endswith(":"):
            reference = re.search(DEFINITE_ORG, text, FLAGS)
            named = doc.mentions_in(sentence, "Organisation")
            return (named[-1] if named else definite_org(doc, reference.group(0),
                                                          sentence.start + reference.start())
                    if reference else topic_org(doc))
        if listing is None:
            return None
        role_first = _ROLE_COLON.match(doc.text, sentence.start, sentence.end)
        person = mention_at(doc, role_first.end(), "Person") if role_first else None
        match = role_first
        if person is None:
            person = mention_at(doc, sentence.start, "Person")
            match = _AS_ROLE_LINE.match(doc.text, person.end, sentence.end) if person else None
        if person is None or match is None:
            return listing if _PRONOUN_LINE.match(text) else None
        status = post_status(match["mods"], match["tail"], "appointed", sentence.text)
        self.emit(doc, sentence, person, listing, match["role"], status, 0.7)
        return listing

    def role_lists(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Trust X – chief executive: A; chair: B"; "X board members: A (chair), B (chief
        executive)": posts listed at the one body the line opens with."""
        orgs = doc.mentions_in(sentence, "Organisation")
        if len(orgs) != 1 or orgs[0].start - sentence.start > 4:
            return
        org, text = orgs[0], doc.text
        for match in _LISTED_ROLE.finditer(text, org.end, sentence.end):
            person = mention_at(doc, match.end(), "Person")
            if person is not None:
                self.emit(doc, sentence, person, org, match["role"],
                          post_status(match["mods"], match["tail"], "", ""), 0.75)
        for person in doc.mentions_in(sentence, "Person"):
            match = _ROLE_IN_BRACKETS.match(text, person.end, sentence.end)
            if match is not None:
                self.emit(doc, sentence, person, org, match["role"],
                          post_status(match["mods"], match["tail"], "", ""), 0.75)

    def plural_posts(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"signed by the chief executives of all three trusts: A of X, B of Y and C of Z":
        each person holds the post at the body named after them."""
        text = doc.text
        for cue in _PLURAL_POSTS.finditer(text, sentence.start, sentence.end):
            role = _SINGULAR_ROLES.get(" ".join(cue["roles"].lower().split()))
            for person in doc.mentions_in(sentence, "Person"):
                if person.start < cue.end():
                    continue
                of = _PERSON_OF.match(text, person.end, sentence.end)
                org = mention_at(doc, of.end(), "Organisation") if of else None
                if role and org is not None:
                    self.emit(doc, sentence, person, org, role, "current", 0.7)

    def departed(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Following the retirement of X, the trust has appointed Y to the role of chief
        executive": X held the post Y is given."""
        for cue in _DEPARTURE_OF.finditer(doc.text, sentence.start, sentence.end):
            person = mention_at(doc, cue.end(), "Person")
            given = [f for f in doc.facts if f.predicate == "leads" and f.role
                     and f.evidence.start == sentence.start and isinstance(f.object, Mention)
                     and person is not None and f.subject.text != person.text]
            held = [f for f in given if f.object.start < cue.start()] if _POST_SINCE.search(
                doc.text, max(sentence.start, cue.start() - 80), cue.start()) else given
            if person is not None and held:
                self.emit(doc, sentence, person, held[-1].object, held[-1].role, "former", 0.65)

    def same_post(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Her successor is X": X is to hold the post the person before held; "Her opposite
        number at B, X, has retired": X holds (or held) that post at B."""
        for cue in _SAME_POST.finditer(doc.text, sentence.start, sentence.end):
            earlier = [m for m in doc.mentions_in(sentence, "Person") if m.end <= cue.start()]
            before = previous_person(doc, cue.start()) if cue["pronoun"][0].isupper() or (
                not earlier) else earlier[-1]
            if cue["surname"]:
                before = next((m for m in reversed(doc.mentions_before(cue.start(), "Person"))
                               if m.text.split()[-1] == cue["surname"]), None)
                if before is None:
                    continue
            elif len(cue["pronoun"]) > 3:
                before = mention_at(doc, cue.start(), "Person") or before
            post = self.post_of(doc, before, until=sentence.end) if before is not None else None
            if post is None and cue["successor"] and cue["pronoun"][0].isupper():
                post, before = self.unnamed_post(doc, sentence, cue.start()), None
            if post is None:
                continue
            if cue["successor"]:
                person = mention_at(doc, cue.end(), "Person")
                org = post[0]
                named = mention_at(doc, cue.start("at"), "Organisation") if cue["at"] else None
                if named is not None and entity_key(named) != entity_key(org):
                    post = self.post_of(doc, before, named, sentence.end) \
                        if before is not None else None
                    if post is None:
                        continue
                    org = named
                status = "former" if cue["successor"] == "predecessor" else (
                    status_of(cue["interim"] or cue["basis"] or "") or "designate")
            else:
                org, org_end = body_named_at(doc, cue.end(), sentence.end)
                aside = _APPOSED.match(doc.text, org_end, sentence.end) if org else None
                person = mention_at(doc, aside.end(), "Person") if aside else None
                status = "former" if person is not None and _LEFT.search(
                    doc.text, person.end, sentence.end) else "current"
            if person is not None and org is not None and (before is None
                                                           or person.text != before.text):
                self.emit(doc, sentence, person, org, post[1], status, 0.7)

    @staticmethod
    def unnamed_post(doc: StoryDoc, sentence: Sentence, before: int) -> tuple[Mention, str] | None:
        """"X's chief executive resigned in 2017. Her successor, Y, ...": the post of a holder
        the story does not name, in the sentence before the cue."""
        index = doc.sentences.index(sentence)
        since = doc.sentences[max(0, index - 1)].start
        for org in reversed([m for m in doc.mentions if since <= m.start and m.end <= before
                             and m.category == "Organisation"]):
            post = _UNNAMED_POST.match(doc.text, org.end, before)
            if post and previous_person(doc, before) not in doc.mentions_in(sentence, "Person"):
                return org, post["role"]
        return None

    def successor(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X will replace Mr Roe as interim chief executive"."""
        self.succeeds_pronoun(doc, sentence)
        for cue in SUCCEEDS.finditer(doc.text, sentence.start, sentence.end):
            previous = mention_at(doc, cue.end(), "Person")
            if previous is None:
                continue
            as_role = _AS_ROLE.match(doc.text, previous.end, sentence.end)
            person = self.subject(doc, sentence, cue.start())
            if person is not None and as_role is None:
                self.succeeded(doc, sentence, person, previous)
                self.inherits(doc, sentence, person, previous, cue.end())
            if as_role is None or person is None:
                continue
            org = mention_at(doc, as_role.end(), "Organisation") if as_role.group(0).rstrip(
            ).endswith(("of", "at", "for", "the")) else None
            org = org or self.led_by(doc, previous) or topic_org(
                doc, classes_for_role(as_role["role"]))
            status = post_status(as_role["mods"], as_role["tail"], "appointed", sentence.text)
            self.emit(doc, sentence, person, org, as_role["role"], status, 0.7)
            leaving = "current" if re.search(r"\bwill\b|\bis\s+to\b", doc.text[
                max(sentence.start, cue.start() - 20):cue.end()]) else "former"
            self.emit(doc, sentence, previous, org, as_role["role"], leaving, 0.65)

    def succeeds_pronoun(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Its chief executive, Jane Roe, will retire in June. The board has appointed John
        Doe to succeed her": the one person this sentence names takes the post of the person
        "her" or "him" means, named in a sentence before."""
        cue = _SUCCEEDS_PRONOUN.search(doc.text, sentence.start, sentence.end)
        people = {m.key or m.text: m for m in doc.mentions_in(sentence, "Person")}
        if cue is None or len(people) != 1:
            return
        (person,) = people.values()
        leaving = previous_person(doc, sentence.start)
        post = self.post_of(doc, leaving) if leaving is not None else None
        if post is None or person.start > cue.start() or _same_name(leaving.text, person.text):
            return
        status = "designate" if cue["future"] else "current"
        self.emit(doc, sentence, person, post[0], _substantive(post[1]), status, 0.65)

    def succeeded(self, doc: StoryDoc, sentence: Sentence, person: Mention,
                  previous: Mention) -> None:
        """"She succeeds X, who is returning to clinical practice": X holds, or held, the post
        the story gives her."""
        surname = previous.text.split()[-1]
        moving_on = _MOVES_ON_TO.match(doc.text, previous.end, sentence.end) is not None
        if surname == person.text.split()[-1] or (not moving_on and any(
                f.predicate == "leads" and f.subject.text.split()[-1] == surname
                for f in doc.facts)):
            return
        post = self.recent_post(doc, person, sentence, sentence.end)
        if post is not None and self.known(doc, previous, post[0]):
            return
        joined = joined_body(doc, sentence.start, previous.start)
        if post is None or (joined is not None and entity_key(joined) != entity_key(post[0])):
            return
        still = _STILL_IN_POST.match(doc.text, previous.end, sentence.end)
        self.emit(doc, sentence, previous, post[0], post[1], "current" if still else "former",
                  0.65)

    def inherits(self, doc: StoryDoc, sentence: Sentence, person: Mention, previous: Mention,
                 cue: int) -> None:
        """"X will join in May, succeeding Y, who retires after six years as chief executive of
        Z": X takes the one post the sentence says Y leaves."""
        if self.recent_post(doc, person, sentence, sentence.end) is not None:
            return
        surname = previous.text.split()[-1]
        left = {(entity_key(f.object), f.role): f for f in doc.facts
                if f.predicate == "leads" and f.status == "former" and f.role
                and isinstance(f.object, Mention) and f.subject.text.split()[-1] == surname
                and sentence.start <= f.evidence.start < sentence.end}
        if len(left) != 1:
            return
        (fact,) = left.values()
        status = "designate" if re.search(r"\b(?:will|is\s+to|(?:set|due)\s+to)\b",
                                          doc.text[sentence.start:cue]) else "current"
        self.emit(doc, sentence, person, fact.object, fact.role, status, 0.65)

    def recent_post(self, doc: StoryDoc, person: Mention, sentence: Sentence,
                    until: int) -> tuple[Mention, str] | None:
        """The post ``person`` holds as told in ``sentence`` or the three before it, up to
        ``until``: a successor's post is named at most a few sentences earlier."""
        index = doc.sentences.index(sentence)
        return self.led_post(doc, person, doc.sentences[max(0, index - 3)].start, until)

    @staticmethod
    def led_post(doc: StoryDoc, person: Mention, since: int,
                 until: int) -> tuple[Mention, str] | None:
        """The post ``person`` is to hold, or holds, as told between ``since`` and ``until``: the
        one they are appointed to before one they hold now ("X has appointed Y as chief
        executive. Y is currently chief operating officer at Z. She replaces W")."""
        posts = [fact for fact in reversed(doc.facts)
                 if fact.predicate == "leads" and isinstance(fact.object, Mention) and fact.role
                 and _same_name(fact.subject.text, person.text) and fact.evidence.start < until
                 and (fact.status == "designate" or (
                     fact.status in {"current", "interim", "acting"}
                     and fact.evidence.start >= since))
                 and not _JOINS_FROM.search(doc.text, max(0, fact.object.start - 130),
                                            fact.object.start)]
        new = [fact for fact in posts if fact.status == "designate" or _APPOINTED_TO.search(
            doc.text, fact.evidence.start, fact.evidence.end)]
        chosen = (new or posts)[:1]
        return (chosen[0].object, chosen[0].role) if chosen else None

    @staticmethod
    def led_by(doc: StoryDoc, person: Mention) -> Mention | None:
        surname = person.text.split()[-1]
        for fact in doc.facts:
            if (fact.predicate == "leads" and isinstance(fact.object, Mention)
                    and fact.subject.text.split()[-1] == surname):
                return fact.object
        return None

    def owned_posts(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X, named in May as B's next chief executive"; "X will spend the year as B's
        interim national director"; "X has worked at B for 12 years, the last five as chief
        executive"; "The chief executive's post at B, held by X since 2018"."""
        text = doc.text
        for org in doc.mentions_in(sentence, "Organisation"):
            before = _AS_BEFORE.search(text, max(sentence.start, org.start - 12), org.start)
            post = _OWNERS_POST.match(text, org.end, sentence.end) if before else None
            person = self.subject(doc, sentence, org.start) if post else None
            if post is not None and person is not None:
                self.emit(doc, sentence, person, org, post["role"], post_status(
                    post["mods"], post["tail"], "", sentence.text), 0.7)
            years = _LAST_YEARS_AS.match(text, org.end, sentence.end)
            person = self.subject(doc, sentence, org.start) if years else None
            if years is not None and person is not None:
                self.emit(doc, sentence, person, org, years["role"], "current", 0.7)
            held = _POST_HELD_BY.match(text, org.end, sentence.end)
            role = _POST_AT.search(text, max(sentence.start, org.start - 60), org.start) \
                if held else None
            holder = mention_at(doc, held.end(), "Person") if role else None
            if holder is not None:
                self.emit(doc, sentence, holder, org, role["role"], "current", 0.7)

    def titles(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"Chair of the Trust Jane Doe said"; "chief executive of A Jane Doe"."""
        for match in _TITLE_OF.finditer(doc.text, sentence.start, sentence.end):
            if match["reference"]:
                if re.search(r"\b(?:combined|merged|enlarged|new)\b", match["reference"], FLAGS):
                    continue
                org = definite_org(doc, match["reference"].strip(" ,"), match.start("reference"))
                orgs = [org] if org is not None else []
                after = match.end()
            else:
                orgs = self.orgs_from(doc, sentence, match.end())
                after = orgs[-1].end if orgs else match.end()
            gap = re.match(r"\s*,?\s*", doc.text[after:sentence.end])
            person = mention_at(doc, after + (gap.end() if gap else 0), "Person")
            if person is None:
                continue
            status = post_status(match["mods"], match["tail"], "", sentence.text)
            for org in orgs:
                self.emit(doc, sentence, person, org, match["role"], status, 0.8)

    def pending(self, doc: StoryDoc, sentence: Sentence) -> _Pending | None:
        """A post announced with no holder named in its sentence: (bodies, role, status); no
        bodies when the holder's sentence names the body. Also a post its holder is to hand
        over ("X will hand over to a permanent successor"): the successor comes next."""
        if _SUCCESSOR_CUE(sentence.text) and _SUCCESSOR_TO_COME.search(doc.text, sentence.start,
                                                                         sentence.end):
            held = [f for f in doc.facts if f.predicate == "leads" and f.role
                    and f.evidence.start == sentence.start and isinstance(f.object, Mention)]
            if len({(f.object.key or f.object.text, f.role) for f in held}) == 1:
                return (held[0].object,), _substantive(held[0].role), "designate"
        chosen = _SUCCESSOR_CHOSEN.search(doc.text, sentence.start, sentence.end) \
            if _SUCCESSOR_CUE(sentence.text) else None
        leaving = previous_person(doc, chosen.start()) if chosen else None
        post = self.post_of(doc, leaving) if leaving is not None else None
        if post is not None:
            return (post[0],), post[1], "designate"
        successor = _SUCCESSOR_TO_POST.search(doc.text, sentence.start, sentence.end) \
            if "successor to" in sentence.text else None
        if successor is not None:
            bodies = [m for m in doc.mentions_in(sentence, "Organisation")
                      if m.end <= successor.start()]
            if bodies:
                return (bodies[-1],), successor["role"], "designate"
        if any(not _predecessor(doc, sentence, m) for m in doc.mentions_in(sentence, "Person")):
            return None
        sent_in = _PENDING_SENT_IN.search(doc.text, sentence.start, sentence.end) \
            if _SENT_IN_CUE(sentence.text) else None
        orgs = self.orgs_from(doc, sentence, sent_in.end()) if sent_in else []
        if sent_in and orgs:
            return (orgs[0],), sent_in["role"], "interim"
        as_its = _PENDING_AS_ITS.search(doc.text, sentence.start, sentence.end) \
            if _AS_ITS_CUE(sentence.text) else None
        orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                if m.end <= as_its.start()] if as_its else []
        if as_its and orgs:
            return (orgs[-1],), as_its["role"], "designate"
        described = _PENDING_DESCRIBED_SUBJECT.match(doc.text, sentence.start, sentence.end) \
            if sentence.text.lstrip().startswith(("A ", "An ")) else None
        orgs = self.orgs_from(doc, sentence, described.end()) if described else []
        if described and orgs:
            role = described["role"] or ("chair" if "chair" in described["verb"].lower()
                                         else "chief executive")
            return (orgs[0],), role, "designate"
        match = _PENDING.search(doc.text, sentence.start, sentence.end)
        if match is None:
            return (self.pending_active(doc, sentence)
                    or self.pending_active(doc, sentence, _PENDING_LOSS, "left")
                    or self.pending_subject(doc, sentence)
                    or self.pending_unnamed_body(doc, sentence))
        orgs = self.orgs_from(doc, sentence, match.end())
        if not orgs:
            return self.pending_unnamed_body(doc, sentence)
        status = post_status(match["mods"], match["tail"], "appointed", sentence.text)
        return (orgs[0],), match["role"], status

    @staticmethod
    def pending_active(doc: StoryDoc, sentence: Sentence, pattern: Any = _PENDING_ACTIVE,
                       verb: str = "appointed") -> _Pending | None:
        """"X has appointed a new chief executive." or "X has lost its chief executive." (the
        holder comes in the next sentence)."""
        match = pattern.search(doc.text, sentence.start, sentence.end)
        if match is None:
            return None
        orgs = [m for m in doc.mentions_in(sentence, "Organisation")
                if doc.text[m.start - 1:m.start] != "("]
        before = [m for m in orgs
                  if m.end <= match.start() and _ASIDE.fullmatch(doc.text, m.end, match.start())]
        bodies: tuple[Mention, ...] = ()
        for_body = match.groupdict().get("body")
        named = mention_at(doc, match.end(), "Organisation") if for_body else None
        if for_body and named is None and not _REGION.match(doc.text, match.end()):
            return None
        if named is not None:
            bodies = (named,)
        elif before:
            bodies = tuple(listed_with(doc, [m for m in orgs if m.end <= match.start()],
                                       before[0], _AND_LINK, after=False))
        else:
            head = _SUBJECT_ORG.match(doc.text[sentence.start:match.start()])
            org = definite_org(doc, head.group(1), sentence.start + head.start(1)) \
                if head else None
            bodies = (org,) if org is not None else ()
        status = post_status(match["mods"], match["tail"], verb, sentence.text)
        return bodies, match["role"], status

    @staticmethod
    def move_lede(doc: StoryDoc, sentence: Sentence) -> tuple[Any, ...] | None:
        """"The medical director of A is to become chief executive of B": the post held, the
        body left, the post to come and its body, when the sentence names no one."""
        held = _MOVE_LEDE.match(doc.text, sentence.start, sentence.end)
        left = mention_at(doc, held.end(), "Organisation") if held else None
        moves = _MOVES_TO_POST.match(doc.text, left.end, sentence.end) if left else None
        if moves is None or doc.mentions_in(sentence, "Person"):
            return None
        post = _NEW_POST_OF.match(doc.text, moves.end(), sentence.end)
        joined = mention_at(doc, post.end(), "Organisation") if post else None
        if joined is None:
            joined = mention_at(doc, moves.end(), "Organisation")
            post = _BODYS_NEW_POST.match(doc.text, joined.end, sentence.end) if joined else None
        if joined is None or post is None or not (_led_body(left) and _led_body(joined)):
            return None
        return left, held["role"], held["mods"], joined, post["role"]

    def named_after_move(self, doc: StoryDoc, sentence: Sentence) -> bool:
        """The person a move lede (the sentence before) is about, named at the start of this
        one: both posts are theirs."""
        before = doc.sentence_before(sentence)
        move = self.move_lede(doc, before) if before is not None else None
        people = doc.mentions_in(sentence, "Person")
        if move is None or not people or people[0].start - sentence.start > 4:
            return False
        left, role, mods, joined, new_role = move
        self.emit(doc, sentence, people[0], left, role,
                  "current" if not mods or "current" in mods.lower() else "former", 0.7)
        self.emit(doc, sentence, people[0], joined, new_role, "designate", 0.7)
        return True

    def pending_subject(self, doc: StoryDoc, sentence: Sentence) -> _Pending | None:
        """"The chief nurse of X has resigned." (who she is comes in the next sentence)."""
        if self.move_lede(doc, sentence) is not None:
            return None
        match = _PENDING_SUBJECT.match(doc.text, sentence.start, sentence.end)
        if match is None:
            return self.pending_owner(doc, sentence)
        if match.group(0).rstrip().lower().endswith(("of", "at", "the")):
            article = re.search(r"the\s+$", match.group(0), FLAGS)
            position = match.start() + article.start() if article else match.end()
            orgs = self.orgs_from(doc, sentence, position)
            after = orgs[-1].end if orgs else match.end()
            reference = re.match(DEFINITE_ORG, doc.text[position:sentence.end], FLAGS)
            if orgs and reference and not sentence.start <= orgs[-1].start < sentence.end:
                after = position + reference.end()
        else:
            phrase = re.match(r"\s*(The\s+trust|Its)", doc.text[sentence.start:match.end()],
                              FLAGS)
            org = definite_org(doc, phrase.group(1) if phrase else "its", sentence.start)
            orgs, after = ([org] if org is not None else []), match.end()
        verb = _SUBJECT_VERB.match(doc.text, after, sentence.end)
        if not orgs or not verb:
            return None
        status = post_status(match["mods"], match["tail"], "", sentence.text)
        if status == "current" and _SUBJECT_LEFT.match(doc.text, after, sentence.end):
            status = "former"
        return (orgs[0],), match["role"], status

    def vacated(self, doc: StoryDoc, sentence: Sentence) -> None:
        """"X is recruiting a permanent chief executive after Jane Doe stepped down": the
        person who left held the post being filled."""
        if not _LEFT_CUE(sentence.text):
            return
        for match in _VACATED.finditer(doc.text, sentence.start, sentence.end):
            person = mention_at(doc, match.end(), "Person")
            if person is None or not _LEFT_AFTER.match(doc.text, person.end, sentence.end):
                continue
            asides = [(sentence.start + a, sentence.start + b) for a, b in
                      relative_clauses(sentence.text, match.start() - sentence.start)]
            bodies = [m for m in doc.mentions_in(sentence, "Organisation")
                      if m.end <= match.start() and not any(a <= m.start < b for a, b in asides)]
            opening = _SUBJECT_ORG.match(doc.text[sentence.start:match.start()]) \
                if not bodies else None
            org = bodies[0] if bodies else definite_org(doc, opening.group(1), sentence.start) \
                if opening else topic_org(doc)
            if org is not None:
                self.emit(doc, sentence, person, org, match["role"], "former", 0.7)

    @staticmethod
    def pending_owner(doc: StoryDoc, sentence: Sentence) -> _Pending | None:
        """"X's chief executive has quit." (who she is comes in the next sentence)."""
        orgs = doc.mentions_in(sentence, "Organisation")
        if not orgs or orgs[0].start - sentence.start > 4:
            return None
        match = _OWNED_POST.match(doc.text, orgs[0].end, sentence.end)
        if match is None or not _SUBJECT_VERB.match(doc.text, match.end(), sentence.end):
            return None
        status = post_status(match["mods"], match["tail"], "", sentence.text)
        return (orgs[0],), match["role"], status

    @staticmethod
    def pending_unnamed_body(doc: StoryDoc, sentence: Sentence) -> _Pending | None:
        """A lede that gives the post but neither the holder nor the body's name: "The chief
        executive of a Nottingham hospital trust has stepped down"; "A Bristol GP has been
        named chief medical officer of the local integrated care board". The next sentence
        names both ("Jane Doe will join X in April"; "Jane Doe said she would leave X")."""
        if not _UNNAMED_BODY_CUE(sentence.text) or doc.mentions_in(sentence, "Person"):
            return None
        joining = _UNNAMED_BODY_POST.search(doc.text, sentence.start, sentence.end)
        if joining is not None:
            return (), joining["role"], "designate"
        match = _UNNAMED_BODY_SUBJECT.match(doc.text, sentence.start, sentence.end)
        if match is None:
            return None
        if match["named"] or _SUBJECT_NAMED.match(doc.text, match.end(), sentence.end):
            return (), match["role"], status_of(match["mods"]) or "designate"
        left = _SUBJECT_LEFT.match(doc.text, match.end(), sentence.end)
        return ((), match["role"], "former") if left else None

    def fill(self, doc: StoryDoc, sentence: Sentence, bodies: tuple[Mention, ...], role: str,
             status: str, *, cued_only: bool = False) -> None:
        """The holder of a post announced in the sentence before. With ``cued_only`` (the post
        was announced two sentences before, the one between naming nobody, or was only needed
        or shared) this sentence must say so: "will take the role", "It turned to X"."""
        people = doc.mentions_in(sentence, "Person")
        if cued_only and not _FILLS.search(sentence.text):
            return
        speaker = next((p for p in people if _SPEAKER.search(doc.text, sentence.start, p.start)
                        or _SPEAKS_AFTER.match(doc.text, p.end, sentence.end)
                        or _SHE_IS.fullmatch(doc.text, sentence.start, p.start)), None)
        if speaker is not None:
            people = [speaker]
        opens = bool(people) and people[0].start - sentence.start <= 4
        if not people or not (_FILLS.search(sentence.text) or opens or speaker is not None):
            return
        head = doc.text[sentence.start:people[0].start]
        if people[0].start - sentence.start > 40 and speaker is None and not (
                _FILLED_BY.search(head) or _ANNOUNCED_THAT.search(head)):
            return
        if _EARLIER_HOLDER.search(head) or DEPARTED_HOLDER.search(head):
            status = "former"
        other = _AS_OWN_POST.search(doc.text, people[0].end, sentence.end)
        if other is not None and normalise_role(other["role"]) != normalise_role(role):
            return
        if not bodies:
            joins = LEAVES_BODY.match(doc.text, people[0].end, sentence.end) \
                if status == "former" else _JOINS_BODY.search(doc.text, people[0].end,
                                                              sentence.end)
            org = mention_at(doc, joins.end(), "Organisation") if joins else None
            opening = doc.mentions_in(sentence, "Organisation")[:1]
            if org is None and opening and opening[0].start - sentence.start <= 4 \
                    and _ANNOUNCED_THAT.search(head):
                org = opening[0]
            if org is None or not (_led_body(org) or org.cls in _MEMBERS_BODIES | {"Company"}):
                return
            bodies = (org,)
        start = _WILL_START.search(doc.text, sentence.start, sentence.end)
        if status == "current" and start and not any(
                m.start >= start.end() and entity_key(m) not in {entity_key(b) for b in bodies}
                for m in doc.mentions_in(sentence, "Organisation")):
            status = "designate"
        holders = people[:2] if len(people) > 1 and _PAIR_AND.fullmatch(
            doc.text, people[0].end, people[1].start) else people[:1]
        holders = [m for m in holders
                   if not (other := _SOMEONE_ELSE.match(doc.text, m.end, sentence.end))
                   or _TAKES_POST_AFTER.match(doc.text, other.end(), sentence.end)]
        for org in bodies:
            for holder in holders:
                self.emit(doc, sentence, holder, org, role, status, 0.7)


@extractor("careers", requires=("mentions.person", "mentions.organisation", "facts.leads"),
           assigns=("facts.leads",))
def make_careers() -> _Careers:
    return _Careers()
