"""The cue words and patterns of who-said-what: what marks a speech cue, where a speaker phrase ends,
what may stand between a cue and its content.

The engine (:mod:`helpers.attribution.engine`) applies them; the word lists a researcher may change
live in ``lexicons/`` (speech verbs in ``speech_verbs.txt``).
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..letters import cased
from ..lexicons.statements import StatementWords, load_statement_words
from ..lexicons.titles import load_titles
from ..lexicons.verbs import Verb, load_verbs
from ..quote_marks import Quote
from .phrases import COMMA_SUFFIX, NAMES, NP, NPParser, trie_pattern

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine, Statement

# every cue starts a word: the "\b" before them is written once, in cue_pattern; "in his view", "in the
# opinion of X" give a source as "according to" does (translated wire copy: "In his view, however, there is
# no reason to dramatise the situation"); so does "At his words, ..." (Russian "по его словам" rendered word
# by word in translated wire copy: "At his words, the Prime Minister is expected to visit ...")
ACCORDING = (
    r"(?P<acc>[Aa]ccording\s+to\b|[Pp]er(?=\s+(?:the|a|an|its|his|her|their)\s)"
    r"|(?:[Ii]n|[Aa]t(?=\s+(?:his|her|their|its)\s+words\b))"
    r"\s+(?P<poss>his|her|their|its)\s+(?:own\s+)?(?:words|view|opinion)\b"
    r"|[Ii]n\s+the\s+(?:words|view|opinion)\s+of\b|[Aa]s\s+(?:reported|quoted|cited|stated)\s+by\b)"
)


#: an according-to cue opening a sentence: the words before a postposed cue are its source, no content
ACCORDING_OPENS_RE = re.compile(ACCORDING)


@functools.lru_cache(maxsize=8)
def parser_for(titles_key: str | None) -> NPParser:
    """One speaker-phrase parser per titles lexicon, shared by every text: its memo of how each capitalised
    name sequence reads ("President Donald Trump") depends on the string and the lexicon only, so names
    that recur across articles are parsed once."""
    return NPParser(load_titles(titles_key))


@functools.lru_cache(maxsize=8)
def cue_pattern(verbs_key: str | None) -> re.Pattern[str]:
    """An according-to cue or a speech verb, at the start of a word. The one leading "\\b" (rather than one
    per alternative) lets the regex engine give up at once inside words and try each alternative only by
    its first letter: the scan of the whole text for cues takes about a third less time. The lookahead for
    the letters a cue can open with (the according-to cues open with A, P or I) lets it give up at once
    at words that open with any other (another fifth less). Kept per lexicon (``lru_cache``): building the
    pattern takes about 10 ms, more than the attribution of a short text."""
    verbs = load_verbs(verbs_key)
    first = re.escape("".join(sorted({form[0] for form in verbs} | set("AaPpIi"))))
    return re.compile(rf"\b(?=[{first}])(?:{ACCORDING}|(?P<verb>{trie_pattern(set(verbs))})\b(?![’'\-]\w))")


# the lookahead holds every character a boundary can open with: the regex engine gives up at once at any
# other (most letters), which makes the scan before each cue about a quarter faster; a comma before a name
# suffix ("Teodoro L. Locsin, Jr. said": phrases.COMMA_SUFFIX) is part of the name, no boundary
BOUND_RE = re.compile(
    r"(?=[,;:()\[\]\"“”«»„‘’'\s—TtWwBbIiSsAaUu])"
    r"(?:(?!" + COMMA_SUFFIX + r")[,;:()\[\]\"“”«»„]|(?<!\w)[‘']|[’'](?!\w)|\s[-–—]+\s|—"
    r"|\b(?:[Tt]hat|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hen|[Ww]hile|[Bb]ecause|[Ww]hether|[Ii]f|[Bb]ut|[Ss]o|[Ww]here|[Aa]lthough|[Tt]hough|[Ww]hereas|[Uu]nless)\b)"
)
NP_END_RE = re.compile(
    r"(?!" + COMMA_SUFFIX + r")[,;:()\"“”«»]|\s[-–—]+\s|[!?]|\b(?:that|who|which|when|as|because)\b"
    r"|(?<!\bJr)(?<!\bSr)(?<!\bJR)(?<!\bSR)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bAmb)(?<!\bProf)"
    # given names and titles written short ("Md. Touhid Hossain", "Lt. Col."): names.txt [name abbreviations]
    + "".join(rf"(?<!\b{re.escape(w)})" for w in sorted(NAMES.name_abbreviations))
    + cased(r"(?<!\b[A-Z])\.(?:\s|$)")
)
# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at 0 of a slice.
TELL_OBJ_RE = re.compile(
    cased(r"(?<!\s)\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.\-]*)*"
    r"(?:\s+(?:news|agency|newspaper|daily|television|radio|channel)\b)?"
    r"|reporters|journalists|the\s+press|press|media|lawmakers|parliament|audience|crowd|him|her|them|us|me|you"
    r"|public|nation|people|citizens|world"
    r"|(?:[a-z\-]+\s+){0,2}(?:newspaper|agency|channel|station|television|radio|broadcaster|news\s+agency|daily|weekly|reporters|journalists|interviewer|correspondent))\b")
)
# "\s*,?\s+" tried every split of a blank run (quadratic at one position): the blanks are taken whole
# (possessive), the same matches since what follows them starts with a letter.
AFTER_RE = re.compile(
    r"(?:(?:\s*+,)?\s++(?:(?:to|in|on|at|during|after|before|via|from|with|over)\b(?!\s+\w+ing\b)"
    r"|(?:earlier|later|also|again|repeatedly|publicly|firmly|strongly|once|yesterday|today|however"
    r"|nevertheless|further)\b"
    r"|(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|weekend|[A-Z][a-z]+day)\b"
    r"|(?:of|about)\b(?=[^,;:\"“«.]{0,70},\s*(?:[\"“«„]|``|\'\')))"
    r"[^,;:\"“«.]{0,70}?(?=\s*(?:,|:|\bthat\b|[\"“«]|``|\'\')))?"
    r"\s*(?P<punct>[,:])?\s*(?P<that>that\b)?\s*"
)
PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|am|get|gets|got|is\s+being|was\s+being)\s+"
    r"(?:\w+ly\s+|not\s+|also\s+|later\s+|then\s+|again\s+|once\s+|since\s+|never\s+|often\s+)?$"
)
QUOTED_AS_RE = re.compile(
    r"(?:\b(?:was|were|is|are|has\s+been|have\s+been)\s+)?\b(?:quoted|cited)\s+(?:(?P<who>[^,;:\"“«]{1,80}?)\s+)?as\s+"
)
SAY_PAST = Verb("say", "past", frozenset())


def introduction_patterns(w: StatementWords) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of lines introducing what follows: ``exchange_introduction`` (``[exchange
    introductions]``, to the line's final colon), ``account_opener`` (``[account openers]``, at the
    line's start) and ``briefing_verb`` (``[briefing verbs]``, a lower-case verb after its subject)."""
    ex, ao, bv = w.exchange_introductions, w.account_openers, w.briefing_verbs
    return (
        re.compile(rf"\b(?i:{words_pattern(ex)})\b[^:\n]{{0,80}}:\s*$" if ex else NEVER),
        re.compile(rf"(?i:{words_pattern(ao)})\b[ \t]*" if ao else NEVER),
        re.compile(rf"(?<=[\w,])[ \t]++(?:{words_pattern(bv)})[ \t]" if bv else NEVER),
    )


def occasion_patterns(w: StatementWords) -> tuple[re.Pattern[str], ...]:
    """The patterns of what a speaker does before speaking: ``occasion_to`` (``[occasion phrases]`` before
    "to", matched right before the speech verb), ``opening_cue`` (``[opening verbs]`` before "with the
    following", to the colon that ends the paragraph), ``answer_cue`` (``[answer cues]``) and
    ``interviewer_cue`` (``[interviewer cues]``)."""
    occ, ov, ac, ic = w.occasion_phrases, w.opening_verbs, w.answer_cues, w.interviewer_cues
    return (
        re.compile(rf"\b(?:{words_pattern(occ)})[ \t]+to[ \t]+$" if occ else NEVER),
        re.compile(
            rf"(?<![ \t])[ \t]+(?P<cue>(?:{words_pattern(ov)})\b[^.!?:;\n]{{0,{OPENING_OBJECT_CHARS}}}?"
            rf"[ \t]with[ \t]+the[ \t]+following)\b[^.!?:;\n]{{0,{FOLLOWING_WORDS_CHARS}}}:\s*$"
            if ov else NEVER
        ),
        re.compile(
            rf"(?:(?P<who>[^\s:!?][^\n:!?]{{0,{ANSWER_SPEAKER_CHARS}}}?)[ \t]{{1,8}})?"
            rf"(?P<cue>(?i:{words_pattern(ac)}))[ \t]{{0,8}}:" if ac else NEVER
        ),
        re.compile(rf"\b(?i:{words_pattern(ic)})[ \t]+" if ic else NEVER),
    )


def words_pattern(words: frozenset[str]) -> str:
    """A regex alternation of ``words`` (a space inside a phrase matches any white space), longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


#: a capitalised word of a speaker in a title ("High Representative/Vice-President", "J.")
_TITLE_WORD = cased(r"[A-Z][^\s,:;()]*")

#: a remarks heading's name in apposition after the office, between commas ("Statement by the President of
#: the Republic of North Macedonia, Stevo Pendarovski, at the ...": group ``name``)
_APPOSITION_NAME = cased(rf"(?:,[ \t]+(?P<name>{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{1,2}})(?=,))?")

#: a pattern that matches nothing (an optional word list left empty)
NEVER = "(?!)"


#: how many characters may stand between a cue ending "the following" and the colon ending its line ("post
#: on the X platform after the conclusion of his contacts today, November 8, in Athens")
FOLLOWING_WORDS_CHARS = 160
#: how many characters may stand between an opening verb and "with the following" ("started the regular
#: press conference with the following")
OPENING_OBJECT_CHARS = 60
#: how many characters the speaker's phrase before an answer's cue may have ("The Foreign Minister answers:")
ANSWER_SPEAKER_CHARS = 60


@dataclass(frozen=True)
class RuleWords:
    """The rules' small word lists (``lexicons/statement_words.txt``, see
    :class:`helpers.lexicons.statements.StatementWords`) and the patterns built from them:
    ``noun_before`` (a determiner or number before a base/-s form makes it a noun: "sixteen states"),
    ``naming`` (a naming verb and its object right before a quotation: 'named it "..."'),
    ``skip_segment`` (a segment that opens with an adverbial: "However, ...", "speaking on Monday"),
    ``reply_openers`` ("To which she said"), ``question`` (a question cue: "When asked if ...") and
    ``continuing`` (an adverb right before a cue that carries a statement on: "he also said") and
    ``block_heading`` (a paragraph heading a block: "The below is attributable to Spokesperson X:"),
    ``block_cue`` (a paragraph ending "... spokesperson said:" or "... released the following statement:")
    ``briefing_heading`` ("... transcript of today's noon briefing by X, Spokesperson.") and
    ``naming_noun`` (a noun after a quotation that makes it a name: 'the "..." page'),
    ``remarks_heading`` (a title naming a document's speaker: "Remarks by High Representative X at ..."),
    ``delivery_note`` (a paragraph that is only "Check against delivery!" or "(As delivered)") and
    ``briefing_title`` ("Spokesperson's Press Briefing") and ``hand_over`` (a paragraph ending "over to
    you, Mr. Secretary.") and ``document_heading`` (a title line "Statement by X ...") and
    ``meeting_verb`` ("Pandor meets diplomats, appeals for ...")."""

    adverbs: frozenset[str]
    clause_openers: frozenset[str]
    object_pronouns: frozenset[str]
    noun_before: re.Pattern[str]
    naming: re.Pattern[str]
    skip_segment: re.Pattern[str]
    reply_openers: frozenset[str]
    question: re.Pattern[str]
    continuing: re.Pattern[str]
    block_heading: re.Pattern[str]
    block_cue: re.Pattern[str]
    briefing_heading: re.Pattern[str]
    naming_noun: re.Pattern[str]
    remarks_heading: re.Pattern[str]
    delivery_note: re.Pattern[str]
    briefing_title: re.Pattern[str]
    hand_over: re.Pattern[str]
    #: a title line naming a document's genre and speaker: the words of ``[block headings]`` and
    #: ``[remarks headings]`` anywhere in it ("Statement by Foreign Minister X on ...")
    document_heading: re.Pattern[str] = re.compile(NEVER)
    #: a title naming a person's remarks with a possessive: "Foreign minister X's opening address in ..."
    #: (the nouns of ``[remarks headings]`` without their "by")
    remarks_possessive: re.Pattern[str] = re.compile(NEVER)
    #: a title line naming an official release ("Press Release Regarding ...", ``[release titles]``)
    release_title: re.Pattern[str] = re.compile(NEVER)
    #: a briefer's greeting of the press opening a body ("Dear media, ...", ``[briefing greetings]``)
    briefing_greeting: re.Pattern[str] = re.compile(NEVER)
    #: a cue line's "X made the following post on the X platform after his talks in Athens:": a block cue
    #: ending "the following" (``[block cues]``), then up to :data:`FOLLOWING_WORDS_CHARS` characters of one
    #: sentence to the colon that ends the paragraph (group ``cue``: the cue's words)
    following_cue: re.Pattern[str] = re.compile(NEVER)
    #: a finite verb of meeting ending a clause's subject ("Pandor meets diplomats, appeals ...",
    #: ``[meeting verbs]``), matched at a word's start
    meeting_verb: re.Pattern[str] = re.compile(NEVER)
    #: a cue line whose subject is a document, not a speaker: "The message reads, in part:", "The text of
    #: the letter reads as follows:" (``[document nouns]``; group ``noun``: the first noun, ``cue``: the
    #: verb), matched up to the colon that ends the paragraph
    document_cue: re.Pattern[str] = re.compile(NEVER)
    #: a verb of ``[sending verbs]`` and a document noun as its object within a few words: "sent a message
    #: of congratulations", "issued a statement" (group ``verb``)
    sending: re.Pattern[str] = re.compile(NEVER)
    #: a word of a speech's address to its audience (``[salutation words]``: "Members of the press")
    salutation: re.Pattern[str] = re.compile(NEVER)
    #: a noun of something said (``[speech nouns]``), "by" and its speaker perhaps (group ``who``), then
    #: "that" opening what was said: "allegations by Venezuelan President Nicolás Maduro that ...",
    #: "Biden's comments that ..." (the possessive before the noun, up to two words between)
    speech_noun: re.Pattern[str] = re.compile(NEVER)
    #: the nouns of people received as guests (``[guest nouns]``): "welcomed delegations" greets them
    guest_nouns: frozenset[str] = frozenset()
    #: the words of ``[briefing headings]`` whatever follows them: a briefing's introduction repeated
    #: without the briefer's name ("This is a summary of what was said by the UNHCR spokesperson at ...")
    briefing_words: re.Pattern[str] = re.compile(NEVER)
    #: a word of ``[term markers]`` ending the text before a quotation: "so-called", "what was termed a"
    term_marker: re.Pattern[str] = re.compile(NEVER)
    #: a naming noun of ``[naming nouns]`` ending the text before a quotation: 'the show "Aktuaalne kaamera"'
    noun_before_name: re.Pattern[str] = re.compile(NEVER)
    #: a document and its author after a passive cue, in place of "by X": "was stated in the statement of
    #: X", "in a joint communiqué issued by X" (``[document nouns]``; matched at the verb's end)
    document_agent: re.Pattern[str] = re.compile(NEVER)
    #: the nouns of a text an issuer sends or publishes (``[document nouns]``: "statement", "release",
    #: "communiqué", "letter"), not any document ("the document", "the report", "the manifesto")
    issued_documents: frozenset[str] = frozenset()
    #: a paragraph's opening naming the speech its subject gave: "In his opening remarks, " (the nouns of
    #: ``[remarks headings]`` without their "by"); a quotation paragraph after it is that subject's
    remarks_opener: re.Pattern[str] = re.compile(NEVER)
    #: a line introducing one question and its answer printed without labels (``[exchange introductions]``:
    #: "Report presents the question addressed to the spokesperson and her answer:"), to its final colon
    exchange_introduction: re.Pattern[str] = re.compile(NEVER)
    #: a cue line opening with words that present an account of what someone said (``[account openers]``:
    #: "Here is how a Downing Street spokesman has reported the conversation ...:"), matched at its start
    account_opener: re.Pattern[str] = re.compile(NEVER)
    #: a verb of a lead sentence whose subject gives a briefing (``[briefing verbs]``: "X, Ambassador Y,
    #: gave the Ministry's biweekly press briefing"), lower case, after its subject
    briefing_verb: re.Pattern[str] = re.compile(NEVER)
    #: the plain verbs of saying whose cue, in the sentence right after a paragraph that is only a
    #: quotation, credits it to its speaker (``[credit verbs]``: "said", "told")
    credit_verbs: frozenset[str] = frozenset()
    #: what a subject does before a "to"-infinitive that makes the infinitive its speech act (``[occasion
    #: phrases]``: "turned to the cameras to say", "took the floor to say"), matched right before the verb
    occasion_to: re.Pattern[str] = re.compile(NEVER)
    #: a block cue of an opening verb (``[opening verbs]``) and "with the following", up to the colon that
    #: ends the paragraph: "X started the press conference with the following announcements:" (group
    #: ``cue``: from the verb; the look-behind: a search starts only at the first blank of a run)
    opening_cue: re.Pattern[str] = re.compile(NEVER)
    #: a paragraph's opening cue of an interview's answer (``[answer cues]``), a speaker's phrase perhaps
    #: before it (group ``who``), to its colon: "She answers:", "The minister replied:", "Answer:" (group
    #: ``cue``); matched at a paragraph's start
    answer_cue: re.Pattern[str] = re.compile(NEVER)
    #: the words right before the outlet that interviews (``[interviewer cues]``: "interview with", "told")
    interviewer_cue: re.Pattern[str] = re.compile(NEVER)
    #: the nouns of something said or issued (``[speech nouns]`` and ``[document nouns]``): "made the
    #: following statement at ...:" heads a block of words, "made the following appointments:" does not
    spoken_nouns: frozenset[str] = frozenset()

    @classmethod
    def from_lists(cls, w: StatementWords) -> RuleWords:
        """Build the patterns of the lists ``w``."""
        return cls(
            w.adverbs, w.clause_openers, w.object_pronouns,
            re.compile(rf"(?:\b(?:{words_pattern(w.determiners)}|[a-z]+teen)|\d)\s+$", re.IGNORECASE),
            re.compile(
                rf"\b(?:{words_pattern(w.naming_verbs)})(?:\s+(?:it|him|her|them|this|the\s+\w+))?\s*$"
            ),
            re.compile(rf"^\s*(?:[a-z]+ing|{words_pattern(w.adverbial_openers)})\b", re.IGNORECASE),
            w.reply_openers,
            re.compile(rf"\b(?:{words_pattern(w.question_cues)})\b" if w.question_cues else NEVER, re.I),
            re.compile(rf"\b(?:{words_pattern(cont)})\s+$" if (cont := w.continuing_adverbs) else NEVER),
            re.compile(
                rf"\b(?:{words_pattern(heads)})\s+(?P<who>[^:\n]{{2,80}}?)\s*:\s*$"
                if (heads := w.block_headings)
                else NEVER,
                re.IGNORECASE,
            ),
            re.compile(rf"\s(?:{words_pattern(cues)})[ \t]*:\s*$" if (cues := w.block_cues) else NEVER),
            re.compile(
                rf"\b(?i:{words_pattern(briefs)})\s+"
                # (a middle initial's stop is no end: "remarks of Executive Director Henrietta H. Fore")
                + cased(r"(?P<who>(?:the[ \t]+)?[A-Z](?:[^\n,.:;()]|(?<=[ \t][A-Z])\.){1,60})")
                if (briefs := w.briefing_headings)
                else NEVER
            ),
            # the look-behind: a search starts only at the first blank of a run (linear on long runs)
            re.compile(rf"(?<![ \t])[ \t]+(?:{words_pattern(nouns)})\b"
                       if (nouns := w.naming_nouns) else NEVER),
            re.compile(
                rf"(?<!\w)(?i:{words_pattern(rems)})\s+"
                + cased(rf"(?P<who>(?:the[ \t]+)?{_TITLE_WORD}(?:[ \t]+{_not_title_preposition(w)}"
                        rf"(?:[A-Z]|of\b|the\b)[^\s,:;()]*)*){_APPOSITION_NAME}")
                if (rems := w.remarks_headings)
                else NEVER
            ),
            re.compile(
                rf"(?<!\S)[(\[*]{{0,2}}(?i:{words_pattern(notes)})[!.)\]*]{{0,3}}\s*$"
                if (notes := w.delivery_notes)
                else NEVER
            ),
            re.compile(rf"\b(?i:{words_pattern(titles)})\b" if (titles := w.briefing_titles) else NEVER),
            re.compile(  # the words to the paragraph's end may hold a title's full stop ("Mr. Secretary.")
                rf"\b(?i:{words_pattern(hands)})\b[^!?\n]{{0,60}}\s*$" if (hands := w.hand_overs) else NEVER
            ),
            re.compile(
                rf"\b(?i:{words_pattern(heads)})\b"
                if (heads := w.block_headings | w.remarks_headings)
                else NEVER
            ),
            remarks_possessive_pattern(w),
            re.compile(rf"\b(?i:{words_pattern(rel)})\b" if (rel := w.release_titles) else NEVER),
            re.compile(rf"(?i:{words_pattern(gr)})\b" if (gr := w.briefing_greetings) else NEVER),
            re.compile(  # (the look-behind: a search starts only at the first blank of a run)
                rf"(?<![ \t])[ \t]+(?P<cue>(?:(?:has|have)[ \t]+)?(?:{words_pattern(fol)}))\b"
                rf"[^.!?:;\n]{{0,{FOLLOWING_WORDS_CHARS}}}:\s*$"
                if (fol := frozenset(c for c in w.block_cues if c.endswith(" the following")))
                else NEVER
            ),
            re.compile(rf"(?:{words_pattern(mv)})\b" if (mv := w.meeting_verbs) else NEVER),
            *document_patterns(w),
            re.compile(rf"\b(?i:{words_pattern(sw)})\b" if (sw := w.salutation_words) else NEVER),
            speech_noun_pattern(w.speech_nouns),
            w.guest_nouns,
            re.compile(rf"\b(?i:{words_pattern(bw)})\b" if (bw := w.briefing_headings) else NEVER),
            *term_patterns(w),
            document_agent_pattern(w.document_nouns),
            w.document_nouns,
            re.compile(
                rf"In[ \t]+(?:his|her|their)[ \t]+(?P<noun>(?i:{words_pattern(nouns)}))[ \t]*,[ \t]*"
                if (nouns := remarks_nouns(w))
                else NEVER
            ),
            *introduction_patterns(w),
            w.credit_verbs,
            *occasion_patterns(w),
            w.speech_nouns | w.document_nouns,
        )


def document_patterns(w: StatementWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cue line naming a document ("The message reads, in part:"), and a sending verb with a document
    noun as its object within a few words ("sent a message of congratulations")."""
    return (
        re.compile(
            rf"(?<!\w)(?P<noun>(?i:{(dn := words_pattern(nouns))}))"
            r"(?:[ \t]+of[ \t]+(?:the|his|her|its|their|this|that)[ \t]+"
            rf"(?:[\w-]+[ \t]+){{0,2}}?(?i:{dn}))?"
            r"[ \t]+(?P<cue>reads|read|says|said|states|stated|runs|goes|went)(?:[ \t]+on)?"
            r"(?:,?[ \t]*in[ \t]+(?:part|full)[ \t]*,?)?(?:[ \t]+as[ \t]+follows)?[ \t]*:[ \t]*$"
            if (nouns := w.document_nouns)
            else NEVER
        ),
        re.compile(
            rf"\b(?P<verb>{words_pattern(sv)})\b[^.!?\n]{{0,60}}?(?<!\w)(?i:{words_pattern(dn2)})\b"
            if (sv := w.sending_verbs) and (dn2 := w.document_nouns)
            else NEVER
        ),
    )


def document_agent_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "in the statement of X", "in a joint communiqué issued by X", "in the press release from X": a
    document of ``[document nouns]`` (up to two words before the noun) and its author after "of", "by" or
    "from" (perhaps after "issued", "released" or "published"). The look-behind: matched at a verb's end,
    no retry at every blank of a run."""
    if not nouns:
        return re.compile(NEVER)
    return re.compile(
        r"(?<!\s)\s+in\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'\-]+\s+){0,2}?"
        rf"(?:{trie_pattern(set(nouns))})\s+(?:(?:issued|released|published)\s+)?(?:of|by|from)\s+"
    )


def remarks_nouns(w: StatementWords) -> frozenset[str]:
    """The nouns of ``[remarks headings]`` that take "by" ("remarks by" -> "remarks")."""
    return frozenset(r[:-3] for r in w.remarks_headings if r.endswith(" by"))


def remarks_possessive_pattern(w: StatementWords) -> re.Pattern[str]:
    """A title's possessive before a remarks noun ("Foreign minister X's opening address in ..."), or (group
    ``office``) an office's capitalised words right before a remarks noun in lower case and a title
    preposition in lower case: the British government's title "Foreign Secretary statement on the situation
    in Gaza" (the nouns of ``[remarks headings]`` without "by", "by the" or "of"; ``[title
    prepositions]``)."""
    nouns = remarks_nouns(w)
    if not nouns:
        return re.compile(NEVER)
    bare = nouns | {r.removesuffix(" by the").removesuffix(" of") for r in w.remarks_headings if " " in r}
    office = (
        cased(rf"|(?P<office>(?<=[A-Za-z])[ \t]+(?:{words_pattern(bare)})[ \t]+(?:{words_pattern(preps)})\b)")
        if (preps := w.title_prepositions) else ""
    )
    return re.compile(rf"(?<=\w)['’]s[ \t]+(?i:{words_pattern(nouns)})\b{office}")


def _not_title_preposition(w: StatementWords) -> str:
    """A look-ahead that fails at a capitalised word of ``[title prepositions]`` ("At", "AHEAD"): where a
    speaker's phrase ends in a title-case title ("President of Indonesia Ahead of Departure")."""
    words = frozenset(f for p in w.title_prepositions for f in (p.capitalize(), p.upper()))
    return rf"(?!(?:{words_pattern(words)})\b)" if words else ""


def term_patterns(w: StatementWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A term marker, and a naming noun, ending the text before a quotation ("so-called", "the show")."""
    return (
        re.compile(rf"(?<![\w-])(?i:{words_pattern(tm)})[ \t]*$" if (tm := w.term_markers) else NEVER),
        re.compile(rf"(?<![\w-])(?:{words_pattern(nn)})[ \t]*$" if (nn := w.naming_nouns) else NEVER),
    )


def speech_noun_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """A noun of ``[speech nouns]``, perhaps "by" and its speaker (group ``who``), then "that" or an "-ing"
    word (group ``ing``: the engine keeps it when it is a speech verb's, "a statement by X accusing ...")."""
    if not nouns:
        return re.compile(NEVER)
    return re.compile(
        rf"(?<![\w’'])(?P<noun>{words_pattern(nouns)})"
        r"(?:[ \t]+by[ \t]+(?P<who>[^,;:!?\"“”«»\n]{2,80}?))?"
        r"(?:,?[ \t]+that|[ \t]+(?P<ing>[a-z]{2,20}ing))[ \t]+(?=\S)"
    )


#: the package's word lists (``lexicons/statement_words.txt``) as the rules use them
WORDS = RuleWords.from_lists(load_statement_words())


def rule_words(path: str | os.PathLike[str] | None = None) -> RuleWords:
    """The rules' word lists: the package's (:data:`WORDS`) or those of the user's file at ``path``."""
    return WORDS if path is None else RuleWords.from_lists(load_statement_words(path))


TRANSLATION_RE = re.compile(r"\(\([a-z]{2,3}\)\)[A-Z][a-z]+ language:")
FINITE_RE = re.compile(
    # an optional time phrase, then a clause that opens with no preposition and reaches a finite verb
    # (the look-behind: a search no longer retries at every blank of a run; matched at a verb's end)
    r"(?<!\s)(?:\s+(?:on|last|this|late|early)\s+[A-Z]?[a-z]+|\s+(?:yesterday|today|earlier|later|again|also))?"
    r"(?!\s+(?:about|on|of|for|with|in|to|at|from|by|over|into|against|under|after|before|during)\b)"
    r"(?:\s+(?!(?:that|which|who|whom|whose|to|and|or|but|because|since|although|though|when|while|if|as"
    r"|after|before|until|unless|where|so|than|we|you|i)\b)[\w’'\-$%.]+){1,9}?"
    # (no noun after a determiner: "read parts of the will of ...", "the may", "a can")
    r"(?<!\sthe)(?<!\sa)(?<!\san)(?<!\shis)(?<!\sher)(?<!\sits)(?<!\stheir)(?<!\sour)(?<!['’]s)\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|can|may|might|should|must|did|does)\b"
)
#: how far before the speech verb an occasion phrase may start ("seized the opportunity to ", ``occasion_to``)
OCCASION_TO_CHARS = 48
WENT_ON_RE = re.compile(r"\b(?:went|goes|go|going)\s+on\s+to\s+$|\b(?:continued|proceeded)\s+to\s+$")
#: a verb of effort before "to" that makes the infinitive a speech act done when a "that"-clause or a
#: quotation follows the speech verb: "Mr Thapa endeavoured to stress that ...", "hastened to add that ...",
#: "was at pains to stress that ...", "were quick to remind the newspaper that ..."
#: (the subject ends before it; "has endeavoured to appeal to our creditors" stays no cue)
EFFORT_TO_RE = re.compile(
    r"\b(?:hastened|endeavou?red|sought|tried|took\s+care|took\s+pains"
    r"|(?:was|were)\s+(?:quick|keen|eager|at\s+pains))\s+to\s+$"
)
#: gladness before "to" (perhaps "to be able to") that makes the infinitive the subject's own speech act, with
#: or without "that" after it (readouts and embassy releases: "Lord Ahmad was also pleased to be able to thank
#: Prime Minister ...", "The minister was delighted to announce that ...", "Zambia is pleased to report that
#: ..."); the subject ends before "was" ("I am pleased to say" has no third-person subject: the speaker's
#: own words, no report)
PLEASED_TO_RE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:(?:also|very|particularly|especially|most|equally)\s+){0,2}"
    r"(?:pleased|delighted|happy|glad|honou?red|proud)\s+to\s+(?:be\s+able\s+to\s+)?$"
)
#: how far before the speech verb the gladness may start
PLEASED_TO_CHARS = 64
#: a telephone call before a purpose infinitive that makes the infinitive the caller's speech act (White House
#: and ministry readouts: "President Trump spoke by phone yesterday with Prime Minister X to express
#: condolences ...", "The President also placed a call to Commander X ... to thank them", "then spoke with
#: President Y to convey his deepest condolences"); the subject ends before it. "called for"/"called on"
#: are no calls ("called on the UN to condemn ...": the infinitive is the UN's)
CALL_BEFORE_RE = re.compile(
    r"\b(?:spoke|talked|phoned|telephoned|called(?![ \t]+(?:for|on|upon)\b)"
    r"|(?:placed|made|held)[ \t]+(?:a|an)[ \t]+(?:(?:phone|telephone)[ \t]+)?call)\b"
)
#: what ends the call's clause before the infinitive: "spoke with X, who asked him to ...", "and he urged"
CALL_BREAK_RE = re.compile(r"[;:]|,[ \t]+(?:who|which|whom)\b|\band[ \t]+(?:he|she|they|it)\b")
#: how far before the infinitive the call may stand (its addressee and a time between)
CALL_TO_CHARS = 240
#: what makes the speech verb after a verb of effort a cue: "that" or a quotation right after it
_THAT_AFTER_RE = re.compile(r"(?<!\s)\s+(?:that\b|[\"“])|(?<!\s):")
TO_BEFORE_RE = re.compile(r"\bto\s+$")
#: "to" right after a verb (a look-behind: matched at the verb's end only)
TO_AFTER_RE = re.compile(r"(?<!\s)\s+to\b")
#: "are agreed"/"were agreed" after a plural subject (British and official readout English: "The prime
#: ministers are agreed that the two countries should ...") is "agree", no passive; with "that" after it only
#: ("It was agreed that ..." has "was": the impersonal passive stays no cue)
BE_AGREED_THAT_RE = re.compile(r"\b(?:are|were)\s+(?:also\s+|all\s+|both\s+|fully\s+)?$")
THAT_AFTER_RE = re.compile(r"(?<!\s)\s+that\b")
#: a progressive auxiliary right before an "-ing" cue: the subject ends before it ("Sobers is reassuring")
PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were|am)\s+(?:(?:also|still|now|again|repeatedly)\s+)?$")
AS_BEFORE_RE = re.compile(r"\bas\s+$")
# A look-behind: a search no longer retries at every blank of a run (quadratic); the package does not use it.
BY_AFTER_RE = re.compile(r"(?<!\s)\s+by\s")
# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at a verb's end.
BY_AGENT_RE = re.compile(r"(?<!\s)\s+by\s+")
#: "by X" after a passive cue, perhaps after a short adverbial: "was stated on Tuesday by Dmitry Peskov"
#: A look-behind: a search no longer retries at every blank of a run (quadratic); matched at a verb's end.
AGENT_AFTER_RE = re.compile(
    r"(?<!\s)(?:\s+(?:on|in|at|during|earlier|later|today|yesterday|also|again)\b[^,.;:\n]{0,40}?)?\s+by\s+"
)
#: a demonstrative subject of a passive cue: "This was stated ... by X" (what was stated is the sentence
#: before); the words of the translated-copy convention
#: (Blanks only from a run's first: a search retried \s* at each, quadratic; matched at a sentence start)
DEMONSTRATIVE_SUBJECT_RE = re.compile(
    r"(?:(?<!\s)\s+)?(?:This|That|It|These\s+words|This\s+statement)\s+(?:is|was|were|has\s+been|had\s+been)\s+$"
)
# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at 0 of a slice.
BY_WORD_AFTER_RE = re.compile(r"(?<!\s)\s+by\b")
# Blanks only from a run's first (a search retried \s* at every blank: quadratic); matched at a verb's end.
NEXT_WORD_RE = re.compile(r"(?:(?<!\s)\s+)?(``|''|[\"“«„‘]|[\w’']+)")
FIRST_WORD_RE = re.compile(r"``|''|[\"“«„‘]|[\w’']+")
WORD_RUN_RE = re.compile(r"[^\s,;:]+")
# Blanks only from a run's first (a search retried \s* at every blank: quadratic); searched on a slice.
PAREN_END_RE = re.compile(r"(?:(?<!\s)\s+)?\([^()]{1,40}\)\s*$")
#: a bracketed aside between a subject and its cue, up to a photo caption's length ("Guinea's President Alpha
#: Conde (seen second from left in photo with the past and present AU chairpersons ...) has warned that");
#: searched on a slice, as :data:`PAREN_END_RE`
ASIDE_END_RE = re.compile(r"(?:(?<!\s)\s+)?\([^()]{1,240}\)\s*$")
INDEF_APPOSITIVE_RE = re.compile(r"^\s*(?:an?|another|one\s+of)\s+[a-z]", re.IGNORECASE)


# --------------------------------------------------------------------------------------------------------
# Labels written into the tables
# --------------------------------------------------------------------------------------------------------

#: values of the statements table's ``kind`` column (transcripts add ``turn``, see helpers.formats)
DIRECT = "direct"  # the content is one quotation
PARTIAL = "partial"  # reported speech with a quoted fragment of two words or more
INDIRECT = "indirect"  # reported speech
ACCORDING_TO = "according_to"  # "according to X", "per the decree", "in his words"
CONTINUATION = "continuation"  # a sentence carrying on the previous statement, no cue of its own

#: the first part of the ``rule`` column ("<rule>; speaker: <how the speaker was resolved>")
RULE_CUE_THEN_CONTENT = "cue + content after it"
RULE_POSTPOSED = "postposed cue: content before it"
RULE_INVERTED = " (inverted: cue before the speaker)"  # added to the two above
RULE_INVERTED_AFTER_COMMA = "postposed cue: content before it (inverted: cue before the speaker)"
RULE_PRONOUN_IS_CLAUSE_SUBJECT = "; the pronoun is the subject of the reported clause"  # added
RULE_AS_X_SAID = " ('As X said,' opening the sentence: what follows)"  # added to RULE_CUE_THEN_CONTENT
RULE_PASSIVE_AGENT = "passive cue: the speaker after 'by'"
RULE_PARENTHETICAL = "cue set off by commas: the sentence around it"
RULE_STATED_BEFORE = "; 'This was stated by X': the sentence before"  # added to the above
RULE_ACCORDING_TO = "'{cue}' + speaker"  # {cue}: the cue in lower case ("'according to' + speaker")
#: added to an according-to rule when the source only passes on another's words ({}: that speaker)
RULE_CHANNEL = "; the channel of {}'s words"
RULE_SPLIT_QUOTATION = "another part of a quotation split by its attribution"
RULE_CUE_AFTER_QUOTATION = "speaker and cue after the quotation that ends the sentence before"
RULE_WHAT_X_SAID = "\"This is what X said\": the sentence before"
RULE_X_SAID_THIS = "\"X reported this.\": the sentence before"
RULE_THIS_WAS = " (\"This was according to X\": the sentence before)"
RULE_NAMING_SENTENCE = " (the sentence naming the source, as the sentence before)"
RULE_CUE_OPENS_NEXT_SENTENCE = "postposed cue opening the next sentence: the quotation before it"
RULE_STRAY_MARK_CUE = "postposed cue cut off by a stray mark ('\", said X.'): the sentence before"
#: continuations: "continuation: " + the reason; {} is the speaker's name
RULE_CONTINUATION = "continuation: "
RULE_ORIGINAL_WORDING = "the original wording of {}'s quotation"
RULE_QUOTATION_AFTER_STATEMENT = "quotation right after a statement by {}"
RULE_INSIDE_QUOTATION = "a quotation of {} begun in the sentence before"
RULE_QUOTED_SPEECH_ACT = "a speech act quoted from the readout of {} (the statement before)"
RULE_PARTICIPLE_OPENING = "a speech verb's -ing form opening the sentence with no subject: {} goes on"
RULE_INNER_SPEECH_ACT = "speech verb opening a quotation after its subject"
RULE_ISSUER_REPORTED_ACT = "a named person's speech act in the 'that' clause of an issuer's report"
RULE_SAME_LABELLED_PARAGRAPH = "same labelled paragraph"
RULE_SAME_TURN = "paragraph after the label of {} (same turn)"
RULE_UNMARKED_BEFORE_CUE = "first-person words without quotation marks before a postposed cue of {}"
RULE_QUOTATION_RUN = "quotation run across paragraphs, attributed where it closes ({})"
RULE_QUOTATION_BEFORE_CUE = ("paragraph that is only a quotation, no speaker before it, credited by the next "
                             "sentence's cue ({})")
RULE_FIRST_PERSON_RUN = ("first-person words without quotation marks after a statement of {} (a report's "
                         "narrator says no 'we')")
RULE_REOPENED_PARAGRAPHS = "quotation left open at its paragraph's end and reopened by the next ({})"
RULE_UNCLOSED_RUN = "quotation opened after a direct statement of {} and never closed: the text to its end"
RULE_BLOCK_HEADING = "block under a heading naming its speaker ({})"
RULE_BRIEFING_BODY = "body of a briefing whose transcript names its briefer ({})"
RULE_HANDED_OVER = "unlabelled words after a moderator hands over to the speaker the title names ({})"
RULE_ANSWER_AFTER_QUESTION = "unlabelled answer after a numbered question of a ministry's Q&A ({})"
RULE_ANSWER_AFTER_ASKER = ("unlabelled answer after a labelled question of an interview whose labels are all "
                           "the asker's, the interviewee named in the title ({})")
RULE_UNLABELLED_QUESTION = ("unlabelled question of an interview whose labels all name its one interviewee "
                            "({})")
RULE_UNLABELLED_TURN = ("unlabelled turn of an interview under its interviewee's name, questions alone in "
                        "paragraphs ({})")
RULE_INTRODUCED_EXCHANGE = ("question and answer printed without labels under a line introducing them, the "
                            "question the outlet's, the answer the person the lead names ({})")
RULE_DASH_TURN = ("dash-led turn of an interview whose first turns are labelled, asker and answerer "
                  "alternating ({})")
RULE_DASH_INTERVIEW = ("dash-led turn of an interview printed without labels under a line presenting the "
                       "interview of its interviewee, asker and answerer alternating ({})")
RULE_INTERVIEWED_LEAD = ("unlabelled turn of an interview under a lead saying who interviewed whom, "
                         "questions alone in paragraphs ({})")
RULE_CUED_ANSWER = ("answer of an interview opened by a cue line after its question, the interviewee's the "
                    "title or lead names ({})")
RULE_OUTLET_QUESTION = "question of an interview, asked by the outlet the lead names as interviewing ({})"
RULE_EXCHANGE_TURN = ("unlabelled turn of an interview whose first exchange only is labelled, a question the "
                      "interviewer's, the rest the guest's ({})")
RULE_OPENING_TURN = ("unlabelled turn of an interview whose first turn only is labelled, by the interviewer "
                     "the lead names: a question the interviewer's, the rest the guest's ({})")
RULE_UNNAMED_BRIEFER = "first-person body of a briefing that never names its briefer ({})"
RULE_REMARKS_BODY = "first-person body of remarks whose title names the speaker ({})"
RULE_TITLED_BODY = "first-person body under title lines naming one person ({})"
RULE_TITLED_PAIR_BODY = "first-person body under title lines naming two people together ({})"
RULE_TITLED_PRINCIPAL = "third-person body titled with its principal's name, opening with him ({})"
RULE_LEAD_SPEECH = "first-person speech under a lead sentence naming its speaker ({})"
RULE_PRESENTED_STATEMENT = "first-person statement under a line presenting it as issued by its author ({})"
RULE_TITLED_BRIEFING = "body of a briefing whose title names its briefer's office before the genre ({})"
RULE_TITLED_RELEASE = "body in the first person plural of a release whose title lines name its issuer ({})"
RULE_TITLED_ISSUER = "body of a statement whose title names its issuer ({})"
RULE_ISSUER_VOICE = "body of a bare statement that opens in its issuer's present tense ({})"
RULE_REPRODUCED_ISSUER = "body of a statement reproduced after a line naming it, in its issuer's voice ({})"
RULE_TITLED_STATEMENT = "body of a statement titled by its genre only, its issuer in the present tense ({})"
RULE_FOOTER_ISSUER = "body of a statement titled by its genre only, signed at its foot by its issuer ({})"
RULE_CHAIR_BODY = "first-person body of a chairman's statement that opens 'I chaired the ...' ({})"
RULE_JOINT_BODY = "first-person plural body of a joint statement that opens 'We, the <signatories> ...' ({})"
RULE_SIGNED_BODY = (
    "body of a joint statement under a line naming its signatories ('The below statement was signed by ...')"
    " ({})"
)
RULE_JOINT_TITLE = (
    "body of a joint statement whose title names its signatories ('Joint statement: X and Y') ({})"
)
RULE_ANNOUNCED_BODY = (
    "body of an issuer's document a report announces by name ('Below is the official White House statement',"
    " 'And here is the Kremlin version:') ({})"
)
RULE_SPOKESMAN_BODY = (
    "body of a statement a line says a spokesman issued for his principal ('... issued today by the Spokesman"
    " for the Secretary-General:') ({})"
)
RULE_BRIEFING_BULLETS = "bullet point of a briefing summary whose byline names its briefer ({})"
RULE_BARE_VERB_BULLET = "bullet point opening with a bare speech verb, carrying on the speaker above ({})"
RULE_BLOCK_QUOTATION = "block quotation introduced by a colon ({})"
RULE_QUOTED_PASSIVE = "quotation, then its speaker and 'is quoted' ending the sentence"
RULE_CUE_LINE = "cue line ending in a colon over quotation paragraphs"
RULE_ACCOUNT_LINE = "line presenting an account, ending in a colon over quotation paragraphs"
RULE_REMARKS_LEAD = "a paragraph opening 'In his remarks, X ...' over a quotation paragraph: X"
RULE_TITLE_HOLDER = "a title the text gives a person earlier"
#: a cue line whose subject is a document ("The message reads, in part:"): its author
RULE_DOCUMENT_CUE = "a document's cue line ('The message reads:') over quotation paragraphs: its author"
RULE_DOCUMENT_SENDER = "the sender the text names before it ('X sent a message')"
RULE_DOCUMENT_OWNER = "the owner before the document's noun ('X's message')"
RULE_DOCUMENT_LAST_SPEAKER = "the latest single speaker before it"
RULE_COLON_QUOTATION = "speaker, colon and quotation (no speech verb)"
#: (the "that"-clause may be a speech verb's "-ing" form and its object: "a statement by X accusing ...")
#: "X quoted Y as saying ...": X passes Y's words on, a second source of the sentence
RULE_QUOTING = "the one quoting ('X quoted Y as saying')"
#: "..., according to a readout from the Prime Minister's Office. The two discussed trade and “...”": the
#: uncued sentences with quoted words right after a document's account carry on quoting that document
RULE_DOCUMENT_QUOTED_ON = "quoted words right after an 'according to' a document"
RULE_SPEECH_NOUN = "noun of something said, its speaker ('by X' or 'X's') and a that-clause"
#: an outlet's quotation line without a source ("Quote: “…”") after a statement
RULE_QUOTE_LABEL = "quotation line without a source after a statement by {}"
#: headlines that credit their words: "Kerry: ...", "...: Iran's FM", "... - minister"
RULE_HEADLINE_LEAD = "headline: the speaker before a colon"
RULE_HEADLINE_TAIL = "headline: the speaker after a colon or dash at the end"
RULE_HEADLINE_VERB = "headline: the speaker beside a capitalised headline verb (SAYS, Warns)"
RULE_HEADLINE_FORWARD = "role noun: the first person the lead names with that title"
#: speaker labels of interview transcripts ("LAVROV: ...", "Q: ...")
RULE_LABEL_INTERVIEWER = "speaker label: the interviewer"
RULE_LABEL_ANSWER = "speaker label: the interviewee who answered before"
RULE_LABEL_LEAD_INTERVIEWER = "speaker label: the outlet or journalist the lead names as interviewing"
RULE_LABEL_FIRST_PERSON = "speaker label: the first person named in the text"
RULE_LABEL_STATE = "speaker label: a state"
RULE_LABEL_NAME = "speaker label: a name"
RULE_LABEL_ORGANISATION = "speaker label: an organisation (an outlet asking)"
RULE_LABEL_LONE_NAME = "speaker label: a name known only from the label"
RULE_LABEL_SURNAME = "speaker label: surname of a person named in the text"
RULE_LABEL_TITLE_HOLDER = "speaker label: the office of the person the title names"
RULE_LABEL_INITIALS = "speaker label: the initials of a person named in the text"
RULE_LABEL_AS_WRITTEN = "speaker label: an answer whose answerer no name gives (the label as written)"

#: how far before a cue (characters) the speaker phrase is looked for; keeps long sentences linear
LOOKBACK = 400

#: what a rule returns when it applies and finds that the cue has no speaker (the next rule is not tried)
REJECT = False


def rule_list(*rules: Callable[..., Any]) -> tuple[Callable[..., Any], ...]:
    """An ordered, printable list of rules: each gets ``name`` (its function name) beside ``__doc__``."""
    for r in rules:
        r.name = r.__name__  # type: ignore[attr-defined]
    return rules


# --------------------------------------------------------------------------------------------------------
# What the rules work on
# --------------------------------------------------------------------------------------------------------


@dataclass
class Speaker:
    """The phrase a cue rests on: ``np`` (the parsed phrase), ``bound`` (the clause boundary before it, a
    match of :data:`BOUND_RE`, or None), ``clause_start`` (where its clause starts), ``found_by`` (the
    name of the rule that found it) and ``np_end`` (for an inverted cue, where the phrase ends)."""

    np: NP
    bound: re.Match[str] | None
    clause_start: int
    found_by: str = ""
    np_end: int = -1


@dataclass
class VerbCue:
    """A speech verb found in a sentence: the verb, its span, the sentence start and the 24 characters
    before it (``pre``), and where the subject must end (before "went on to" in "she went on to say")."""

    verb: Verb
    start: int
    end: int
    s0: int
    s1: int
    pre: str
    subject_end: int
    went_on: bool

    @classmethod
    def read(
        cls, text: str, verbs: dict[str, Verb], m: re.Match[str], s0: int, s1: int,
        occasion: re.Pattern[str] | None = None,
    ) -> VerbCue | None:
        """The cue of match ``m`` of :func:`cue_pattern`, or None when its form is not in the lexicon.
        ``occasion``: what a subject does before "to" that makes the infinitive its speech act, as "went
        on to" does (``RuleWords.occasion_to``: "turned to the cameras to say", "took the floor to say")."""
        verb = verbs.get(" ".join(m.group("verb").split()).lower())
        if verb is None:
            return None
        c0 = m.start()
        went_on = WENT_ON_RE.search(text[max(s0, c0 - 30) : c0])
        # "were quick to remind the newspaper that ...": the person told may stand before "that"
        om = TELL_OBJ_RE.match(text[m.end() : s1]) if "object" in verb.flags else None
        if went_on is None and _THAT_AFTER_RE.match(text, m.end() + (om.end() if om else 0), s1) is not None:
            went_on = EFFORT_TO_RE.search(text[max(s0, c0 - 30) : c0])
        subject_end = max(s0, c0 - 30) + went_on.start() if went_on else c0
        if went_on is None and occasion is not None:
            went_on = occasion.search(text, max(s0, c0 - OCCASION_TO_CHARS), c0)
            subject_end = went_on.start() if went_on else c0
        if went_on is None and (went_on := PLEASED_TO_RE.search(text, max(s0, c0 - PLEASED_TO_CHARS), c0)):
            subject_end = went_on.start()
        if went_on is None and TO_BEFORE_RE.search(text, max(s0, c0 - 8), c0) is not None:
            went_on = last_call(text, max(s0, c0 - CALL_TO_CHARS), c0)
            subject_end = went_on.start() if went_on else c0
        if verb.form == "ing" and not went_on:  # "Sobers is reassuring the public that ...": before "is"
            prog = PROGRESSIVE_RE.search(text, max(s0, c0 - 30), c0)
            subject_end = prog.start() if prog else c0
        pre = text[max(s0, c0 - 24) : c0]
        return cls(verb, c0, m.end(), s0, s1, pre, subject_end, went_on is not None)


def last_call(text: str, a: int, b: int) -> re.Match[str] | None:
    """The last telephone call (:data:`CALL_BEFORE_RE`) between ``a`` and ``b`` with no other "to"-infinitive
    or clause boundary (:data:`CALL_BREAK_RE`) after it ("spoke with X, who asked him to ..." keeps the
    infinitive the other's)."""
    last = None
    for m in CALL_BEFORE_RE.finditer(text, a, b):
        last = m
    if last is None or CALL_BREAK_RE.search(text, last.end(), b):
        return None
    return last


def _np_end(text: str, a: int, s1: int) -> int:
    """Where a speaker phrase starting at ``a`` must end: the first :data:`NP_END_RE` match, or ``s1``."""
    e = NP_END_RE.search(text, a, s1)
    return e.start() if e else s1


# --------------------------------------------------------------------------------------------------------
# A speech verb that is no cue
# --------------------------------------------------------------------------------------------------------


def after_to(eng: Engine, cue: VerbCue) -> bool:
    """An infinitive is no cue: "he refused to say" (but "she went on to say" is)."""
    return TO_BEFORE_RE.search(cue.pre) is not None and not cue.went_on


def after_be(eng: Engine, cue: VerbCue) -> bool:
    """A passive is no cue: "the minister was asked", "he is also told" ("was quoted as saying" is one:
    its "-ing" form follows "as", not "was"). An "-ing" form after "is"/"was" is progressive, a cue:
    "Sobers is reassuring the public that ...", "Moscow was insisting that ..."."""
    if PASSIVE_BEFORE_RE.search(cue.pre) is None:
        return False
    agreed = cue.verb.lemma == "agree" and BE_AGREED_THAT_RE.search(cue.pre) is not None
    if agreed and THAT_AFTER_RE.match(eng.text, cue.end) is not None:
        return False  # "The prime ministers are agreed that ...": a state of agreement the subject states
    # (but "COVID-19 is threatening to roll back the gains" is no speech: an infinitive after it)
    return cue.verb.form != "ing" or TO_AFTER_RE.match(eng.text, cue.end, cue.s1) is not None


def before_by(eng: Engine, cue: VerbCue) -> bool:
    """A verb followed by "by" is no cue ("the figures reported by" without the ``agent`` flag)."""
    return BY_WORD_AFTER_RE.match(eng.text[cue.end : cue.end + 4]) is not None


#: a possessive right before a word ("the UN's", "the ministers'"): an "-s" form after it is a noun
_POSSESSIVE_BEFORE_RE = re.compile(r"\w(?:['’]s|s['’])\s+$")
#: a preposition and a determiner, with up to two words between, right before an "-ing" form: the form is
#: a noun, the event something was said at ("he told reporters in a press briefing", "at the weekly news
#: briefing", "after the meeting", "We have with us ... X for this briefing"), never a cue of its own; not
#: "with" ("with the parties underlining")
_EVENT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:in|at|during|after|before|on|from|of|to|for)\s++"
    r"(?:a|an|the|his|her|its|their|this|that|today's|today’s)\s++(?:[\w-]++\s++){0,2}$"
)


#: "a"/"an" with one or two lower-case words before a base form: the form is a noun its modifiers qualify
#: ("received a courtesy call from ...", "made a phone call to ..."); no subject takes "a" and a bare verb
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w-])(?:a|an)[ \t]++(?:[a-z][\w-]*+[ \t]++){1,2}$")


def after_determiner(eng: Engine, cue: VerbCue) -> bool:
    """A base or "-s" form after a determiner or number is a noun: "sixteen states", "the reports",
    "member states"; so is an "-s" form after a possessive: "the UN's appeals for funds", and an "-ing"
    form after a preposition and a determiner: "he told reporters in a press briefing", and a base form
    after "a" and its modifiers: "received a courtesy call from ..."."""
    if cue.verb.form == "s" and _POSSESSIVE_BEFORE_RE.search(cue.pre[-60:]) is not None:
        return True
    if cue.verb.form == "ing" and _EVENT_BEFORE_RE.search(cue.pre) is not None:
        return True
    if cue.verb.form == "base" and _INDEFINITE_BEFORE_RE.search(cue.pre[-60:]) is not None:
        return True
    return cue.verb.form in ("s", "base") and eng.words.noun_before.search(cue.pre) is not None


#: "on"/"upon" right after a verb (a look-behind: matched at the verb's end only)
_ON_AFTER_RE = re.compile(r"(?<!\s)\s+(?:on|upon)\b")
#: a "to"-infinitive anywhere later in the sentence ("to release", 'to "not forget', not "to the", "to Dhaka")
_TO_INFINITIVE_RE = re.compile(
    r"\bto\s+[\"“‘']?(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b"
)


#: a second past-tense verb of the same subject after "and": "called on the King and discussed ways to ..."
_SECOND_VERB_RE = re.compile(r"\band\s+(?:also\s+)?[a-z]{2,30}ed\b")
#: an adjunct after a courtesy call's host whose infinitive is its own: "... during their visit to Sri Lanka
#: to attend ...", "... while in Colombo to attend ..."
_VISIT_ADJUNCT_RE = re.compile(r"\b(?:during|while|when|ahead of)\b")


def courtesy_visit(eng: Engine, cue: VerbCue) -> bool:
    """A verb flagged ``visit`` (speech_verbs.txt) with "on"/"upon" after it and no "to"-infinitive later in
    the sentence is a courtesy visit: "The envoy called on the State Minister at his office yesterday",
    "X calls on State Minister" (a readout's title); "called on the government to release the prisoners"
    stays a cue."""
    if "visit" not in cue.verb.flags:
        return False
    on = _ON_AFTER_RE.match(eng.text, cue.end, cue.s1)
    if on is None:
        return False
    # (the infinitive must belong to "called on": "called on the King and discussed ways to deepen ties" is
    # a visit; the infinitive after a second verb of the subject is that verb's)
    second = _SECOND_VERB_RE.search(eng.text, on.end(), cue.s1)
    # (nor the infinitive of an adjunct after the host: "called on Prime Minister X during their visit to Sri
    # Lanka to attend the anniversary" is a visit)
    adjunct = _VISIT_ADJUNCT_RE.search(eng.text, on.end(), second.start() if second else cue.s1)
    end = adjunct.start() if adjunct else second.start() if second else cue.s1
    return _TO_INFINITIVE_RE.search(eng.text, on.end(), end) is None


#: "with"/"between" right after a verb (a look-behind: matched at the verb's end only)
_WITH_AFTER_RE = re.compile(r"(?<!\s)[ \t]+(?:with|between)\b")


def call_with(eng: Engine, cue: VerbCue) -> bool:
    """A base or "-s" form of a verb flagged ``visit`` with "with"/"between" right after it is the noun of a
    telephone call: "Readout: Foreign Secretary call with Sergei Lavrov", "PM calls with G7 leaders" (titles
    of readouts); no one calls a message "with" someone."""
    return (
        "visit" in cue.verb.flags
        and cue.verb.form in ("base", "s")
        and _WITH_AFTER_RE.match(eng.text, cue.end, cue.s1) is not None
    )


#: "up" right after a verb, a particle (a look-behind: matched at the verb's end only)
_UP_AFTER_RE = re.compile(r"(?<!\s)[ \t]+up\b")


def calling_up(eng: Engine, cue: VerbCue) -> bool:
    """A verb flagged ``visit`` with the particle "up" right after it is a telephone call, no statement, even
    with an infinitive after its object: "Russian President Vladimir Putin called up US President Barack
    Obama to discuss Iran nuclear talks, ..., the White House said" (wires relaying a readout); the words
    are the readout's issuer's, not the caller's."""
    return "visit" in cue.verb.flags and _UP_AFTER_RE.match(eng.text, cue.end, cue.s1) is not None


#: where a greeting's object starts: after "to" and a place ("welcomed to Uganda delegations ..."), an
#: article or a possessive; group ``words``: up to four words of the object, to a comma or the sentence's end
#: (bounded runs and a look-behind: a search starts only at the first blank of a run; linear)
_GREETED_RE = re.compile(
    r"(?<![ \t])(?:[ \t]{1,3}to(?:[ \t]{1,3}[A-Z][\w’'.\-]{0,40}){1,3})?"
    r"(?:[ \t]{1,3}(?:the|his|her|their|its|our|a))?"
    r"(?P<words>(?:[ \t]{1,3}[\w’'.\-]{1,40}){1,4})"
)
#: a possessive in a greeting's object: "welcomed the delegation's proposal" is a statement
_POSSESSIVE_RE = re.compile(r"\w['’]s?\b")
#: what may follow a greeted person's name: the sentence's end, punctuation, or a preposition or conjunction
#: ("President Edgar Lungu of Zambia and ..."); a noun or a possessive makes the name a modifier
#: (the look-behind: a search starts only at the first blank of a run; matched at a name's end)
_AFTER_GUEST_RE = re.compile(
    r"(?<![ \t])(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:of|and|to|at|in|on|with|who|from|for|as)\b)"
)
#: a capitalised run opening a greeting's object ("President Edgar Lungu"); linear: one run of words
_CAPITALISED_RUN_RE = re.compile(r"(?<![\w.\-])[A-Z][\w.\-]{0,40}(?:[ \t]{1,3}[A-Z][\w.\-]{0,40}){0,6}")


def greeting_a_guest(eng: Engine, cue: VerbCue) -> bool:
    """A verb flagged ``greet`` ("welcome") whose object is a person or a guest is a greeting, no statement:
    "warmly welcomed President Edgar Lungu of Zambia" (a capitalised run the phrase parser reads as a person
    with a title, or an office; "welcomes the Advisory Opinion of ..." stays a cue), "received and welcomed
    to Uganda delegations", "welcomes Zambia counterpart Edgar Lungu" (a word of ``[guest nouns]`` among the
    object's first words). A possessive or a noun after the name makes the person no object: "welcomed Vice
    President Joe Biden's comments", "welcomed the Biden administration's efforts" stay cues, as does
    "welcomed the decision"."""
    if "greet" not in cue.verb.flags:
        return False
    text = eng.text
    gm = _GREETED_RE.match(text, cue.end, cue.s1)
    if gm is None:
        return False
    words = text[gm.start("words") : gm.end("words")]
    head = words.split(",", 1)[0]
    if any(w.lower() in eng.words.guest_nouns for w in head.split()):
        return _POSSESSIVE_RE.search(head) is None
    run = _CAPITALISED_RUN_RE.match(text, gm.start("words") + len(words) - len(words.lstrip()), cue.s1)
    if run is None or _AFTER_GUEST_RE.match(text, run.end(), cue.s1) is None:
        return False  # ("welcomed the Biden administration's efforts", "welcomed Russia's proposal")
    np_ = eng.parser.parse(text, run.start(), run.end(), allow_tail=False)
    # (a person with a title or an office: "Advisory Opinion", a bare capitalised name, is no guest)
    # (or a name with an honorific or a known given name: "welcomed Lord Collins of Highbury at State House")
    return np_ is not None and (
        np_.kind == "role" or (np_.kind == "name" and (np_.role is not None or np_.gender is not None))
    )


#: a possessive or article and up to two capitalised words right after a verb, the start of its object
#: ("called his Iranian counterpart"; group ``noun``: the next word; linear: bounded runs, matched at the
#: verb's end)
_CALLED_OBJECT_RE = re.compile(
    r"(?<!\s)[ \t]{1,3}(?:his|her|their|its|the)[ \t]{1,3}"
    r"(?:[A-Z][\w\-]{0,30}[ \t]{1,3}){0,2}(?P<noun>[a-z]{2,20})\b"
)


def calling_a_counterpart(eng: Engine, cue: VerbCue) -> bool:
    """A verb flagged ``visit`` ("call") whose object is a guest noun of ``[guest nouns]`` after a possessive
    or article is a telephone call, no statement: "Foreign Minister Prince Faisal bin Farhan called his
    Iranian counterpart Hossein Amirabdollahian and the two agreed ..." (Gulf readouts and wires); "called
    on his counterpart to ..." and "called the move illegal" stay cues."""
    if "visit" not in cue.verb.flags:
        return False
    m = _CALLED_OBJECT_RE.match(eng.text, cue.end, cue.s1)
    return m is not None and m.group("noun") in eng.words.guest_nouns


_AND_BEFORE_RE = re.compile(r"\band\s+$")


def wish_before_infinitive(eng: Engine, cue: VerbCue) -> bool:
    """A verb flagged ``noinfinitive`` is no cue with an infinitive right after it: "wished the Prime
    Minister success" is a good wish said, "the President wishes to visit Prague" an intention. Nor is its
    bare form after "and": "I would like to congratulate Mr. X and wish every success ..." goes on with a
    speech's own "I" (the readouts' wish is "wished"/"wishes"), so the person congratulated says nothing."""
    if "noinfinitive" not in cue.verb.flags:
        return False
    if TO_AFTER_RE.match(eng.text, cue.end, cue.s1) is not None:
        return True
    return cue.verb.form == "base" and _AND_BEFORE_RE.search(cue.pre) is not None


#: tests that make a speech verb no cue at all, tried in order (any one is enough)
NOT_A_CUE = rule_list(
    after_to, after_be, before_by, after_determiner, courtesy_visit, call_with, calling_up,
    greeting_a_guest,
    calling_a_counterpart, wish_before_infinitive,
)


# --------------------------------------------------------------------------------------------------------
# The speaker of a speech verb
# --------------------------------------------------------------------------------------------------------


def quoted_as_saying(eng: Engine, cue: VerbCue) -> Speaker | bool | None:
    """ "Interfax quoted Peskov as saying ...", "Lavrov was quoted as saying ...": the person quoted, or
    the subject of "was quoted". Applies to an "-ing" form after "as"; rejects the cue when neither is
    found."""
    text, c0, s0 = eng.text, cue.start, cue.s0
    if cue.verb.form != "ing" or AS_BEFORE_RE.search(cue.pre) is None:
        return None
    qm = QUOTED_AS_RE.search(text, max(s0, c0 - LOOKBACK), c0)
    found = None
    if qm and qm.group("who") and qm.end() == c0:
        np_q = eng.parser.parse(text, qm.start("who"), qm.end("who"))
        found = Speaker(np_q, None, s0, "quoted_as_saying") if np_q is not None else None
    elif qm and qm.end() == c0:
        found = subject_before_cue(eng, max(s0, c0 - LOOKBACK), qm.start(), SAY_PAST)
        if found is not None:
            found.found_by = "quoted_as_saying"
    return found or REJECT


_WITH_CLAUSE_RE = re.compile(r"\b(?:[Ww]ith|[Dd]espite|[Aa]mid)\s+([^,;:\"“«()]{1,60}?)\s+$")


def with_clause_subject(eng: Engine, cue: VerbCue) -> Speaker | None:
    """The subject of an absolute clause before an "-ing" cue: "with Zinichev describing the "real
    threat" ...", "with local media reporting no-one was ...", "despite Znak.com claiming ..."."""
    text, c0 = eng.text, cue.start
    if cue.verb.form != "ing":
        return None
    base = max(cue.s0, c0 - 70)
    wm = _WITH_CLAUSE_RE.search(text[base:c0])
    if wm is None:
        return None
    w0 = base + wm.start(1)
    np_w = eng.parser.parse(text, w0, w0 + len(wm.group(1)), allow_tail=False)
    if np_w is not None and np_w.kind != "pronoun" and np_w.kind != "document":
        return Speaker(np_w, None, w0, "with_clause_subject")
    return None


#: a short parenthesis closing the sentence after an inverted cue's speaker: a photo note or an affiliation
#: ('..., says Datuk Seri Zambry Abdul Kadir (pic).', '"…," said Bob Menendez (D-NJ).'), no part of the phrase
_CLOSING_PARENTHESIS_RE = re.compile(r"\([^()\n]{1,24}\)[ \t]*[.!?]?[ \t]*")
_LAST_SEGMENT_RE = re.compile(r"(?:^|[,;:])([^,;:]*),\s*$")


def inverted_after_comma(eng: Engine, cue: VerbCue) -> Speaker | None:
    """An inverted cue after a comma, when what stands before the comma is no speaker phrase: "..., with
    the death toll rising to 22 on Monday, reported officials, with 25 others injured"."""
    text, c0, c1, s0, s1 = eng.text, cue.start, cue.end, cue.s0, cue.s1
    if cue.verb.form not in ("past", "s") or not text[s0:c0].rstrip().endswith(","):
        return None
    if "object" in cue.verb.flags:
        return None  # "X, on his part, thanked Demeke for ...": the phrase after it is whom it addresses
    np_end = _np_end(text, c1, s1)
    rest = text[np_end:s1].strip()
    closed = not rest or rest[0] in ",.!?;" or _CLOSING_PARENTHESIS_RE.fullmatch(rest) is not None
    if not (closed and np_end - c1 < 80):
        return None
    base = max(s0, c0 - LOOKBACK)
    prev_seg = _LAST_SEGMENT_RE.search(text[base:c0])
    if (
        prev_seg is None
        or eng.parser.parse(text, base + prev_seg.start(1), base + prev_seg.end(1)) is not None
        or relative_on_opening_phrase(eng, s0, base + prev_seg.start(1))
    ):
        return None
    np_i = eng.parser.parse(text, c1, np_end)
    if np_i is not None and np_i.kind not in ("pronoun", "document"):
        return Speaker(np_i, None, c0, "inverted_after_comma")
    return None


#: a relative pronoun opening a segment set off by commas (matched at the segment's start, after its comma;
#: the look-behind only stops a search retrying inside a run of blanks)
_RELATIVE_OPENING_RE = re.compile(r"(?<!\s)\s*+(?:who|which|whose)\s")
#: the kinds of phrase a relative clause set off after the sentence's opening phrase makes the subject of
_RELATIVE_SUBJECT_KINDS = ("name", "role", "organisation", "state")


def relative_on_opening_phrase(eng: Engine, s0: int, seg: int) -> bool:
    """The segment at ``seg`` before a cue's comma is a relative clause on the phrase that opens the sentence
    ("The Foreign Minister, who had the meeting with his Myanmar counterpart on the sidelines of ..., said
    his Myanmar counterpart personally responded ..."): that phrase is the cue's subject, and the words
    after the cue are its content, no inverted speaker."""
    text = eng.text
    if _RELATIVE_OPENING_RE.match(text, seg) is None or not text[s0:seg].rstrip().endswith(","):
        return False
    a, b = eng.trim(s0, seg)
    np_ = eng.parser.parse(text, a, b, allow_tail=False)
    return np_ is not None and np_.start == a and np_.end == b and np_.kind in _RELATIVE_SUBJECT_KINDS


#: also a verb of reply right before the "-ing" cue: "The Turkish president responded saying that ..."
_BY_BEFORE_RE = re.compile(r"\b(?:by|after|before|responded|replied|reacted)\s+$")


def by_saying(eng: Engine, cue: VerbCue) -> Speaker | None:
    """ "Ned Price started the briefing off by saying that ...", "He opened the talks by noting that ...":
    an "-ing" cue after "by" (or "after"/"before") is said by the subject of the sentence."""
    if cue.verb.form != "ing" or _BY_BEFORE_RE.search(cue.pre) is None:
        return None
    comma = eng.text.rfind(",", cue.s0, cue.start)  # "Friends, I conclude by stressing": after the comma
    np_ = leading_np(eng, comma + 1 if comma >= 0 else cue.s0, cue.start)
    if np_ is None or np_.kind == "document":
        return None
    return Speaker(np_, None, cue.s0, "by_saying")


def subject_before(eng: Engine, cue: VerbCue) -> Speaker | None:
    """The subject before the cue (see :func:`subject_before_cue`): "Lavrov said", "the ministry, in a
    statement, said"."""
    return subject_before_cue(eng, max(cue.s0, cue.start - LOOKBACK), cue.subject_end, cue.verb)


#: a prepositional tail after an inverted cue's speaker, of any length: '"…," stated X with regards to the
#: start of preparations ... that the country will hold in 2021.' (its "that" is a relative clause's), or a
#: "while" clause: '"…," said Adviser Md. Touhid Hossain while addressing a discussion titled "…" at …'
_PREPOSITIONAL_TAIL_RE = re.compile(
    r"(?<![ \t])[ \t]+(?:with[ \t]+regards?[ \t]+to|in[ \t]+reference[ \t]+to|regarding|referring[ \t]+to"
    r"|in[ \t]+connection[ \t]+with|commenting[ \t]+on|while|whilst)\b"
)
#: "and"/"or" right after an inverted cue's word: the word is a noun of a list, no verb
_LIST_GOES_ON_RE = re.compile(r"(?<![ \t])[ \t]++(?:and|or)\b")


def inverted_said_x(eng: Engine, cue: VerbCue) -> Speaker | None:
    """'"…," said Mr. Lavrov.', '…, said X, the ...': a cue after a comma or a closing quotation mark,
    then the speaker and nothing but punctuation, an appositive ("said he" counts, "said it" not), a
    prepositional tail of any length (:data:`_PREPOSITIONAL_TAIL_RE`) or a second cue of the same speaker
    (:func:`second_cue_after`)."""
    text, c0, c1, s1 = eng.text, cue.start, cue.end, cue.s1
    lead = text[cue.s0 : c0].rstrip()
    closes = bool(lead) and closing_mark(eng, cue.s0 + len(lead) - 1, lead[-1])
    if not (closes and cue.verb.form in ("past", "s", "base")):
        return None
    if _LIST_GOES_ON_RE.match(text, c1, s1):
        return None  # a noun in a list of titles: "Supreme Leader of the party, state and army of the DPRK"
    np_end = _np_end(text, c1, s1)
    pm = _PREPOSITIONAL_TAIL_RE.search(text, c1, np_end)
    second = second_cue_after(eng, cue, np_end) if pm is None else None
    np_end = pm.start() if pm else second if second is not None else np_end
    rest = text[np_end:s1].strip()
    tail = not rest or rest[0] in ",.!?;—–-" or pm is not None or second is not None
    tail = tail or _CLOSING_PARENTHESIS_RE.fullmatch(rest) is not None
    np_ = eng.parser.parse(text, c1, np_end) if tail else None
    if np_ is not None and (np_.kind != "pronoun" or np_.head in ("he", "she")):
        return Speaker(np_, None, c0, "inverted_said_x", np_end)
    return None


#: "and" (maybe "also") after an inverted cue's speaker, before a second speech verb of the same speaker
_AND_SECOND_CUE_RE = re.compile(r"(?<![ \t])[ \t]++and[ \t]++(?:also[ \t]++)?")
#: the most words of the speaker between an inverted cue and the "and" of a second cue
SECOND_CUE_SPEAKER_WORDS = 6


def second_cue_after(eng: Engine, cue: VerbCue, end: int) -> int | None:
    """Where the speaker of an inverted cue ends before "and" and a second speech verb in the past, the
    same speaker's ("Last year marked the 20th anniversary of ..., noted the President and expressed a
    belief that ...": readouts put the office after the content, then go on), or None. The speaker has
    at most :data:`SECOND_CUE_SPEAKER_WORDS` words."""
    text = eng.text
    for m in _AND_SECOND_CUE_RE.finditer(text, cue.end, end):
        if len(text[cue.end : m.start()].split()) > SECOND_CUE_SPEAKER_WORDS:
            return None
        verb = eng.cue_re.match(text, m.end())
        if verb is not None and verb.group("verb"):
            form = eng.verbs.get(" ".join(verb.group("verb").split()).lower())
            return m.start() if form is not None and form.form == "past" else None
    return None


#: the words of a clause before an inverted cue without a comma: at least five ('We must create a European
#: Union of sovereign states said the spokesman'), the last in lower case and no punctuation (a comma or
#: mark is the rules' above; "..., Ms. Fenton said the Special Envoy ..." has its subject before the cue)
_CLAUSE_BEFORE_WORDS = 6


def _clause_before(text: str, s0: int, c0: int) -> bool:
    """At least :data:`_CLAUSE_BEFORE_WORDS` words before ``c0``, the last in lower case, no punctuation."""
    words = text[s0:c0].split()
    return len(words) >= _CLAUSE_BEFORE_WORDS and words[-1].isalnum() and words[-1].islower()


#: what may follow the speaker of an inverted cue without a comma: the sentence's end, or a comma and an
#: "-ing" cue ("said the spokesman, adding that ..."); not an appositive or a relative clause
# A look-behind: a search no longer retries at every blank of a run; possessive runs, so it stays linear.
_UNCOMMAED_END_RE = re.compile(r"(?<!\s)\s*+(?:[.!?;]|,\s*+[a-z]++(?<=ing)\b)")
_UNCOMMAED_SPEAKER_KINDS = ("role", "name", "organisation")


def inverted_said_x_no_comma(eng: Engine, cue: VerbCue) -> Speaker | None:
    """Machine-translated and agency copy drops the comma of an inverted cue: "We must create a European
    Union of sovereign states said the Polish government spokesman, adding that ...", "... attend the meeting
    said the spokesman.". Only a verb whose complement is a clause, never a person ("relative" flag, neither
    "agent" nor "object": say, add, insist, argue), then "the" and a role, name or organisation phrase that
    ends the sentence or comes before an "-ing" cue (:data:`_UNCOMMAED_END_RE`)."""
    text, c0, c1, s1 = eng.text, cue.start, cue.end, cue.s1
    flags = cue.verb.flags
    if cue.verb.form != "past" or "relative" not in flags or "agent" in flags or "object" in flags:
        return None
    if not text.startswith(" the ", c1) or not _clause_before(text, cue.s0, c0):
        return None
    np_end = _np_end(text, c1, s1)
    if np_end < s1 and _UNCOMMAED_END_RE.match(text, np_end, s1 + 1) is None:
        return None
    np_ = eng.parser.parse(text, c1, np_end)
    if np_ is None or np_.kind not in _UNCOMMAED_SPEAKER_KINDS or np_.plural:
        return None
    return Speaker(np_, None, c0, "inverted_said_x", np_end)


#: where a speech verb's speaker is looked for, in order: the first rule that finds one (or rejects the
#: cue, returning :data:`REJECT`) decides
#: "As X said, ...": a sentence opening with "As", the speaker, perhaps an auxiliary or an adverb
#: ("As the Minister has rightly said"); possessive runs, so a search stays linear.
_AS_OPENER_RE = re.compile(
    r"(?<![\w’'])[\"“‘']?[Aa]s\s++(?P<who>[^,;:\"“”«»]{1,80}?)(?:\s++(?:has|have|had|just|also"
    r"|rightly|correctly|already|often|repeatedly|once|always|himself|herself))*+\s*+$"
)
#: what may come between the cue of an "As X said" clause and its comma: a short adverbial ("As Lavrov said
#: earlier,", "As the minister noted in his speech,"), or straight a clause with a pronoun subject ("As Abiy
#: Ahmed said we should ...": the content after it)
# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at a verb's end.
_AS_CLAUSE_END_RE = re.compile(
    r"(?<!\s)(?:(?:\s++(?:earlier|today|yesterday|again|before|repeatedly|recently|previously|once|then"
    r"|(?:last|this)\s++\w++|(?:on|in|at|during|after|to)\s++[^,;:\"“”«»]{1,40}?))?\s*+,"
    r"|(?=\s++(?:that\s++)?(?:we|they|there)\s))"
)
_AS_SPEAKER_KINDS = ("name", "role", "organisation", "state", "pronoun")
#: "As members may recall, ...", "As you will remember": a reminder to the audience, no source
_AS_MODAL_RE = re.compile(r"\b(?:may|might|will|would|can|could|should|must|do|does|did)$")


def as_x_said(eng: Engine, cue: VerbCue) -> Speaker | bool | None:
    """ "As the Minister underlines, first visits are ...", "As you said, that is one of the reasons ...",
    "As H.E. Prime Minister Abiy Ahmed said we should ...": a sentence opening with "As", a speaker and
    its cue, then a comma (after a short adverbial) or a clause, names the source of what follows. The
    first person ("As I said, ...") is left to the speaker around it (no speaker here)."""
    text = eng.text
    m = _AS_OPENER_RE.match(text, cue.s0, cue.start)
    if m is None or _AS_MODAL_RE.search(m.group("who")):
        return None
    if _AS_CLAUSE_END_RE.match(text, cue.end, cue.s1) is None:
        return None
    if m.group("who").lower() == "you":
        np_ = addressee_before(eng, cue.s0)
    else:
        np_ = eng.parser.parse(text, m.start("who"), m.end("who"), allow_tail=False)
    if np_ is None or np_.kind not in _AS_SPEAKER_KINDS or np_.text.lower() in ("i", "we", "it", "this"):
        return REJECT
    return Speaker(np_, None, cue.s0, "as_x_said")


#: the person a speech addresses by name: "Thank you, Minister Liimets", "Dear Secretary Blinken,"
_ADDRESS_RE = re.compile(
    cased(r"\b(?:[Tt]hank\s++you|[Tt]hanks|[Dd]ear|[Ee]xcellency)\s*+,?\s++(?P<who>[A-Z][^,.;:!?\n]{1,60}?)\s*+[,.!:]")
)


def addressee_before(eng: Engine, pos: int) -> NP | None:
    """ "As you said, ...": "you" is the last person the speech addressed by name before ``pos`` (a person
    with a title or a full name, :data:`_ADDRESS_RE`), else no speaker."""
    found = None
    for m in _ADDRESS_RE.finditer(eng.text, 0, pos):
        found = m
    if found is None:
        return None
    np_ = eng.parser.parse(eng.text, found.start("who"), found.end("who"), allow_tail=False)
    return np_ if np_ is not None and np_.kind == "name" else None


SPEAKER_RULES = rule_list(
    quoted_as_saying,
    with_clause_subject,
    by_saying,
    inverted_after_comma,
    as_x_said,
    inverted_said_x_no_comma,
    subject_before,
    inverted_said_x,
)


# --------------------------------------------------------------------------------------------------------
# The subject before a cue
# --------------------------------------------------------------------------------------------------------


@dataclass
class Before:
    """The stretch before a cue, cut at clause boundaries (:data:`BOUND_RE`): ``bounds`` all of them,
    ``bound`` the last one, ``chunk`` the words from it to the cue (``seg_start``-``c0``)."""

    s0: int
    c0: int
    verb: Verb
    bounds: list[re.Match[str]]
    bound: re.Match[str] | None
    seg_start: int
    chunk: str


#: a manner adverb set in quotation marks right before a cue ('Albert Shingiro, “sincerely” praised ...')
_QUOTED_ADVERB_RE = re.compile(r"(?<![\w“\"])[“\"][a-z]{2,20}ly[”\"][ \t]+$")


def subject_before_cue(eng: Engine, s0: int, c0: int, verb: Verb) -> Speaker | None:
    """The speaker phrase between ``s0`` and the cue at ``c0``: the words after the last clause boundary
    (tried by :data:`CLAUSE_SUBJECT_RULES`), or, when a comma comes right before the cue, the phrase before
    an appositive or a participle phrase (:func:`over_appositives`)."""
    text = eng.text
    if c0 - s0 > 2 and text[c0 - 1] in "\"“" and text[c0 - 2] in " \t":
        c0 -= 1  # 'Mikati "emphasized the need to ..."': the quotation opens with the cue, after its subject
    elif (quoted := _QUOTED_ADVERB_RE.search(text, max(s0, c0 - 30), c0)) is not None:
        c0 = quoted.start()  # 'X, “sincerely” praised ...': a manner adverb in scare quotes before the cue
    # "... )" closing the stretch is rare: only then is the regex run over it
    end = c0
    # "the African Union (AU) has appealed": the auxiliaries and adverbs between the brackets and the cue
    while (last := text[s0:end].rstrip().rsplit(None, 1)) and len(last) == 2 and last[1] in eng.words.adverbs:
        end = s0 + len(last[0])
    # "the World Health Organization (WHO) on Monday announced": the act's day after the acronym
    day = _LIST_TIME_TAIL_RE.search(text, max(s0, end - 24), end)
    if day is not None and text[s0 : day.start()].endswith(")"):
        end = day.start()
    paren = text[s0:end].rstrip().endswith(")") and ASIDE_END_RE.search(text[s0:end])
    if paren:  # "the World Health Organization (WHO) announced", "X (seen second from left in photo ...) has"
        c0 = s0 + paren.start()
    lead = text[s0:c0]
    frame = _FRAME_NO_COMMA_RE.match(text, s0 + len(lead) - len(lead.lstrip()), c0)
    if frame is not None and "," not in text[frame.end():c0]:
        s0 = frame.end()  # "In his address Rinkēvičs said ...": an opening frame printed without its comma
    bounds = list(BOUND_RE.finditer(text, s0, c0))
    bnd = bounds[-1] if bounds else None
    seg_start = bnd.end() if bnd else s0
    chunk = text[seg_start:c0]
    if verb.form == "ing" and bnd is not None and bnd.group() in (",", "while") and not chunk.strip():
        # ", noting that ...", "... while chanting, "…"" -> the subject of the main clause; after a
        # quotation that opens the sentence ('"…," she said, asking …') the subject after it
        q = eng.in_quote(eng.trim(s0, bnd.start())[0])
        main = q.close if q is not None and q.close < bnd.start() else s0
        np_ = leading_np(eng, main, bnd.start())
        return Speaker(np_, bnd, main) if np_ is not None else None
    if chunk.strip() and all(w.lower() in eng.words.adverbs or _manner_adverb(w) for w in chunk.split()):
        chunk = ""  # ", also announced", ", vehemently condemned": only adverbs before the verb
    if bnd is not None and bnd.group() == "who" and WHEN_CHUNK_RE.fullmatch(chunk):
        chunk = ""  # "X, who last November told Y that ...": only when it was said before the verb
    if chunk.strip() or (bnd is not None and bnd.group() == "who"):  # ", who joked ..." too
        before = Before(s0, c0, verb, bounds, bnd, seg_start, chunk)
        for rule in CLAUSE_SUBJECT_RULES:
            got = rule(eng, before)
            if got is not None:
                return got or None
        return None
    if bnd is None or bnd.group() != ",":
        return None
    return (
        subject_of_series(eng, s0, bounds)
        or over_appositives(eng, s0, bounds)
        or over_appositives(eng, s0, bracket_before_comma(eng, s0, bounds))
    )


#: a sentence's opening frame without its comma, up to the capital of the subject after it: "In his address
#: Rinkēvičs said", "At the meeting Foreign Minister X said", "During the talks Lavrov noted" (issue 13:
#: Baltic and South Asian agency copy leaves the comma out); one to three lower-case words after the
#: determiner (matched at the first word). The last of them is no preposition: in "At their meeting in
#: Cornwall on Thursday the two leaders agreed" the capital after "in" is a place, never the subject; nor
#: "with" and an article: in "At the meeting with the Ambassador of South Africa Ms X the President said" the
#: capital is the guest met (the subject after the guest: :func:`opener_without_comma`)
_FRAME_NO_COMMA_RE = re.compile(
    r"(?:In|At|During)\s++(?:his|her|their|its|the|a|an)\s++(?:[a-z]++\s++){1,3}"
    r"(?<!\sin\s)(?<!\sat\s)(?<!\son\s)(?<!\swith\s)(?<!\sof\s)"
    r"(?<!\swith\sthe\s)(?<!\swith\sa\s)(?<!\swith\san\s)(?=[A-Z])"
)


#: a short bracket closed right before a comma: "(H),", "(R-Texas),"
_BRACKET_COMMA_RE = re.compile(r"\([^()]{1,40}\)\s*+,")


def bracket_before_comma(eng: Engine, s0: int, bounds: list[re.Match[str]]) -> list[re.Match[str]]:
    """``bounds`` with a short bracket right before the last comma taken into that comma: a party, state or
    acronym after a name ("Foreign Minister, Ine Eriksen Søreide of Høyre (H), said Norway ...", as Nordic
    agencies credit a politician; "Senator X (R-Texas), said"); ``bounds`` unchanged when there is none."""
    last = bounds[-1]
    m = _BRACKET_COMMA_RE.search(eng.text, max(s0, last.end() - 48), last.end())
    if m is None or m.end() != last.end():
        return bounds
    return [b for b in bounds if b.end() <= m.start()] + [m]


#: a relative clause's words between "who" and its verb that only say when: "who last November told",
#: "who earlier this week said", "who on Monday told" (optional words, then one time word; the look-behind
#: stops a search retrying inside a run of blanks, matched whole on a slice)
WHEN_CHUNK_RE = re.compile(
    cased(r"(?<!\s)\s*+(?:(?:last|this|next|earlier|later|early|late)\s++(?:this\s++|last\s++)?|(?:on|in)\s++)?"
    r"(?:week|month|year|weekend|morning|evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|yesterday|earlier|later|once|recently)\s*+")
)

def _manner_adverb(word: str) -> bool:
    """A lower-case adverb in "-ly" of five letters or more ("strongly", "vehemently", "firmly"), as the
    phrase parser drops at a speaker phrase's end: "X, Secretary-General of Y, vehemently condemned"."""
    return word.islower() and word.endswith("ly") and len(word) > 4 and word.isalpha()


#: a word of a clause: where a meeting verb may start
_WORD_START_RE = re.compile(r"(?<![\w'’-])[a-z]")


def subject_of_series(eng: Engine, s0: int, bounds: list[re.Match[str]]) -> Speaker | None:
    """Verbs in series: a cue right after a comma that ends a clause of a meeting verb
    (``[meeting verbs]`` of ``statement_words.txt``) has that clause's subject, the words before the
    verb: "Pandor meets diplomats, appeals for closer ties" (Pandor's; the words before the comma are no
    phrase "Pandor meets diplomats"), "Wang Yi met Blinken on Friday, urged the US to ..."."""
    text = eng.text
    comma = bounds[-1]
    seg_start = bounds[-2].end() if len(bounds) > 1 else s0
    for m in _WORD_START_RE.finditer(text, seg_start, comma.start()):
        if eng.words.meeting_verb.match(text, m.start()):
            np_ = eng.parser.parse(text, seg_start, m.start(), allow_tail=False)
            if np_ is None:
                return None
            return Speaker(np_, bounds[-2] if len(bounds) > 1 else None, seg_start)
    return None


def reply_to_which(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "To which she said, "We will pass it."": a sentence opening with a reply opener
    (``[reply openers]`` of statement_words.txt) and "which" is a reply; its subject is the speaker."""
    text, bnd = eng.text, at.bound
    if bnd is None or bnd.group().lower() != "which":
        return None
    s0 = eng.sents[eng.sentence_of(at.c0)][0]
    if " ".join(text[s0 : bnd.start()].split()).lower() not in eng.words.reply_openers:
        return None
    np_ = eng.parser.parse(text, at.seg_start, at.c0, allow_tail=False)
    return Speaker(np_, bnd, bnd.start()) if np_ is not None else REJECT


def after_who(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "Rick Santorum, who mentioned …": the phrase before ", who" (a name, organisation or state)."""
    text, bnd = eng.text, at.bound
    if not (
        bnd is not None
        and bnd.group() == "who"
        and text[: bnd.start()].rstrip().endswith(",")
        and not at.chunk.strip(" ,")
    ):
        return None
    comma = text.rfind(",", at.s0, bnd.start())
    prev = [b for b in at.bounds[:-1] if b.end() <= comma]
    seg0 = prev[-1].end() if prev else at.s0
    np_ = eng.parser.parse(text, seg0, comma)
    if np_ is None:
        np_ = name_ending_at(eng, seg0, comma)
    if np_ is not None and np_.kind in ("name", "organisation", "state"):
        return Speaker(np_, bnd, comma)
    return REJECT


def who_and_chunk(chunk: str) -> bool:
    """The words between "who" and a cue are one verb phrase joined to it by "and": "who welcomed the guest
    and said that ..." (a past verb first, then up to five words, "and" last)."""
    words = chunk.split()
    return (
        2 <= len(words) <= 7
        and words[-1] == "and"
        and "and" not in words[:-1]
        and words[0].isalpha()
        and words[0].islower()
        and words[0].endswith("ed")
    )


def capital_run_start(text: str, a: int, end: int) -> int | None:
    """Where the run of capitalised words that ends ``text[a:end]`` starts: "Artsakh Foreign Minister Karen
    Mirzoyan" in "Kove also met with Artsakh Foreign Minister Karen Mirzoyan"; None when the last word is
    not capitalised."""
    start = None
    for m in reversed(list(_WORD_RE.finditer(text, a, end))):
        if not text[m.start()].isupper():
            break
        start = m.start()
    return start


def name_before_who(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "Kove also met with Artsakh Foreign Minister Karen Mirzoyan who welcomed the guest and said that
    ...": a titled person's name right before "who" (with or without a comma; agency copy often leaves
    it out) is the source of the relative clause, when the cue comes first in it or after one verb phrase
    joined by "and" (:func:`who_and_chunk`)."""
    text, bnd = eng.text, at.bound
    if bnd is None or bnd.group() != "who":
        return None
    if at.chunk.strip() and not who_and_chunk(at.chunk):
        return None
    end = bnd.start()
    while end > at.s0 and text[end - 1] in " ,":
        end -= 1
    prev = [b for b in at.bounds[:-1] if b.end() <= end]
    run = capital_run_start(text, prev[-1].end() if prev else at.s0, end)
    if run is None:
        return None
    if text[max(at.s0, run - 4) : run].strip().lower() in ("of", "for", "and"):
        return None  # "his Minister of Foreign Affairs who argued": the run is the end of an office
    np_ = eng.parser.parse(text, run, end, allow_tail=False)
    if np_ is None or np_.kind != "name" or not np_.head:
        return None  # only a titled name: "Foreign Minister Karen Mirzoyan"
    return Speaker(np_, bnd, bnd.start())


#: how many words before ", who" a name may have ("the words of Martin Luther King, Jr., who said")
WHO_NAME_WORDS = 6
_WORD_RE = re.compile(r"(?<!\S)\S")


def name_ending_at(eng: Engine, a: int, end: int) -> NP | None:
    """The longest person's name of capitalised words that ends at ``end`` and starts at one of the last
    :data:`WHO_NAME_WORDS` words after ``a``: "Martin Luther King, Jr." in "the poignant words of Martin
    Luther King, Jr., who said" (a name with a suffix after a comma is one name, so the words before it
    are read too)."""
    text = eng.text
    starts = [m.start() for m in _WORD_RE.finditer(text, a, end)][-WHO_NAME_WORDS:]
    for st in starts:
        if text[st].isupper():
            np_ = eng.parser.parse(text, st, end, allow_tail=False)
            if np_ is not None and np_.kind == "name":
                return np_
    return None


# Matched at 0 of a slice: the look-behind stops a search retrying inside a word (quadratic); the word and
# the blanks are possessive (a blank is no word character, the next word starts with a letter).
_RELATIVE_OBJECT_RE = re.compile(
    r"(?<![\w’'])[\w’']++\s++(?!(?:that|the|a|an|as|of|in|on|at|for|to|by|with|from|about|it|this)\b)[a-z]+\b"
)


def relative_clause_source(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "..., which NASA said might take place this summer": the source of a relative clause, for verbs
    flagged ``relative`` in speech_verbs.txt (whose complement is a clause), when a verb follows."""
    text, bnd = eng.text, at.bound
    if not (
        bnd is not None
        and bnd.group().lower() in ("which", "that")
        and len(at.chunk.split()) <= 6
        and "relative" in at.verb.flags
        and _RELATIVE_OBJECT_RE.match(text[at.c0 :]) is not None
    ):
        return None
    np_r = eng.parser.parse(text, at.seg_start, at.c0, allow_tail=False)
    if np_r is not None and np_r.kind in ("name", "organisation", "state", "collective", "role"):
        return Speaker(np_r, bnd, bnd.start())
    return REJECT


# Matched at 0 of a slice: the look-behind stops a search retrying inside a word, the possessive runs stop
# retrying every split of word and blanks (quadratic); neither a blank nor a stop is a word character.
_LAST_WORD_RE = re.compile(r"(?<![\w’'])[\w’']++\s*+[.!?]?\s*+$")


def which_at_sentence_end(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "Qawi was accused of inciting the murder, which he denied.": the subject of ", which <verb>" at
    the end of the sentence is the source of the clause before it."""
    text, bnd = eng.text, at.bound
    if not (
        bnd is not None
        and bnd.group().lower() == "which"
        and text[: bnd.start()].rstrip().endswith(",")
        and _LAST_WORD_RE.match(text[at.c0 : eng.sents[eng.sentence_of(at.c0)][1]]) is not None
    ):
        return None
    np_w = eng.parser.parse(text, at.seg_start, at.c0)
    if np_w is not None and np_w.kind != "document":
        return Speaker(np_w, bnd, bnd.start())
    return REJECT


def document_in_which(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "they adopted a declaration in which the six countries expressed their desire to ...", "a letter in
    which he urged ...": the subject of a relative clause opened by "in which" after a noun of
    ``[documents]`` (titles.txt) is the source of what the document says (communiqués and wire copy)."""
    bnd = at.bound
    if bnd is None or bnd.group().lower() != "which":
        return None
    before = eng.text[max(at.s0, bnd.start() - 60) : bnd.start()].lower().split()
    if len(before) < 2 or before[-1] != "in":
        return None
    # the document word may have a short modifier after it ("a declaration for consular cooperation in which")
    if not any(w.strip(",;:") in eng.parser.lex.documents for w in before[-6:-1]):
        return None
    np_d = eng.parser.parse(eng.text, at.seg_start, at.c0, allow_tail=False)
    kinds = ("name", "organisation", "state", "collective", "role", "group", "pronoun")
    if np_d is not None and np_d.kind in kinds:
        if np_d.kind == "pronoun" and np_d.head == "it":
            # "CARICOM had earlier issued a statement in which it said ...": "it" is the body that issued
            # the document, the subject of the main clause, not the last body named before the sentence
            lead = leading_np(eng, at.s0, bnd.start())
            if lead is not None and lead.kind in ("organisation", "state"):
                return Speaker(lead, bnd, bnd.start())
        return Speaker(np_d, bnd, bnd.start())
    return None


def concessive_subject(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "Even though Waseem confessed to acting alone, ...": a concessive clause with a named subject
    ("because"/"when" clauses and pronoun subjects are too often no report at all), or a document or an
    office ("..., though the communique noted that participation was subject to ...")."""
    bnd = at.bound
    if bnd is None or bnd.group().lower() not in ("although", "though"):
        return None
    np_s = eng.parser.parse(eng.text, at.seg_start, at.c0)
    if np_s is not None and np_s.kind in ("name", "organisation", "state", "document", "role"):
        return Speaker(np_s, bnd, bnd.start())
    return REJECT


_SUBORDINATORS = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "if",
        "whether",
        "because",
        "when",
        "although",
        "though",
        "unless",
    }
)


def after_subordinator(eng: Engine, at: Before) -> Speaker | bool | None:
    """Any other subordinate clause has no speaker: "the claims that Russia rejected", "if he says"."""
    if at.bound is not None and at.bound.group().lower() in _SUBORDINATORS:
        return REJECT
    return None



#: how many names a list subject may have before its "and" ("Britain, France and Germany said")
MAX_LISTED_NAMES = 4
_LISTED_KINDS = ("name", "state", "organisation")


#: a day or time phrase closing a list subject before its verb: "... and the High Peace Council (HPC) on
#: Saturday welcomed" (wire copy dates the act between subject and verb; matched at a blank, slice end)
_LIST_TIME_TAIL_RE = re.compile(
    r"\s(?:on|last|this|earlier)\s++(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year)\s*+$"
)


def list_end(text: str, a: int, end: int) -> int:
    """Where the last item of a listed subject ends: before a trailing day phrase and then a bracketed
    acronym ("the parliament and the High Peace Council (HPC) on Saturday" -> "... Council")."""
    tail = _LIST_TIME_TAIL_RE.search(text, max(a, end - 24), end)
    if tail is not None:
        end = tail.start()
    paren = PAREN_END_RE.search(text, max(a, end - 48), end)
    return paren.start() if paren is not None and paren.start() > a else end


def listed_subject(eng: Engine, at: Before) -> Speaker | bool | None:
    """A list of names, states or organisations joined by commas and a last "and" is one group: "Britain,
    France and Germany said", "Lavrov, Wang Yi and Zarif said" (after the last comma alone the words read
    "France and Germany"). Each item before the comma must read as a name, state or organisation."""
    bnd, text = at.bound, eng.text
    if bnd is None or bnd.group() != "," or " and " not in at.chunk:
        return None
    last = eng.parser.parse(text, at.seg_start, list_end(text, at.seg_start, at.c0), allow_tail=False)
    if last is None or last.kind != "group" or not last.members:
        return None
    k = at.bounds.index(bnd)
    items: list[NP] = []
    first_bound = None
    for _ in range(MAX_LISTED_NAMES - 1):
        prev = at.bounds[k - 1] if k > 0 else None
        seg_start = prev.end() if prev is not None else at.s0
        item = eng.parser.parse(text, seg_start, at.bounds[k].start(), allow_tail=False)
        if item is None or item.kind not in _LISTED_KINDS:
            break
        items.insert(0, item)
        first_bound = prev
        if prev is None or prev.group() != ",":
            break
        k -= 1
    if not items:
        return None
    start = items[0].start
    np_ = NP(start, last.end, text[start : last.end], "group", members=[*items, *last.members], plural=True)
    return Speaker(np_, first_bound, first_bound.start() if first_bound else at.s0)


#: a finite verb right after a subject, perhaps after an adverb ("Xi Jinping outlined", "the Minister
#: finally corrected", "Burkina Faso salutes"), not a plural noun before a comma ("TRIAL solutions, hold")
_VERB_AFTER_SUBJECT_RE = re.compile(
    r"\s{1,3}(?:(?:also|[a-z]{2,15}ly)\s{1,3})?"
    r"(?:[a-z]{2,20}(?:ed|s)|held|met|spoke|made|took|gave|had|paid)\b(?![,.;:])"
)
#: the auxiliaries among the ``[adverbs]`` of statement_words.txt
AUXILIARIES = frozenset({"has", "have", "had"})


def comma_and(at: Before, words: list[str]) -> bool:
    """The words before the cue (adverbs left out) are only ", and": a second verb phrase of the
    sentence's main clause ("He discussed the recent steps, and said that ...")."""
    return at.bound is not None and at.bound.group() == "," and words == ["and"]


#: how many words before a cue the subject after an introductory phrase without its comma may have
OPENER_SUBJECT_WORDS = 6
#: the word that opens the subject after an introductory phrase without its comma: a definite article
#: (not after "of": "Then one of the Arab ministers said" is no subject "the Arab ministers")
_DEFINITE_START_RE = re.compile(r"(?<![\w’'-])(?<!\bof\s)(?:[Tt]he|[Tt]his|[Tt]hat)\s")
_WORD_RUN_RE = re.compile(r"\S+")
#: a definite article inside a phrase not after "of" ("the Minister of the Interior" is one phrase)
_INNER_DEFINITE_RE = re.compile(r"(?<!\bof)\s(?:the|this|that)\s")


def opener_without_comma(eng: Engine, at: Before) -> Speaker | bool | None:
    """A sentence opening with an introductory phrase whose comma the writer left out (``skip_segment``:
    "Asked about the conflict along the border the minister said that ...", "Responding to the question
    the minister said that ..."; South Asian wire copy): the definite phrase of a person or body that ends
    at the cue, within :data:`OPENER_SUBJECT_WORDS` words of it, is the subject."""
    text = eng.text
    if at.bound is not None or not eng.words.skip_segment.match(at.chunk):
        return None
    words = list(_WORD_RUN_RE.finditer(text, at.seg_start, at.c0))
    if len(words) < 4:
        return None
    # the phrase starts after the opener and one word of its own at least: "As the ministry announced the
    # sanctions" is a clause, no introductory phrase
    lo = max(words[2].start(), words[-min(OPENER_SUBJECT_WORDS, len(words))].start())
    for m in _DEFINITE_START_RE.finditer(text, lo, at.c0):
        np_ = eng.parser.parse(text, m.start(), at.c0, allow_tail=False)
        if np_ is None or np_.start != m.start() or np_.kind not in ("role", "organisation", "state"):
            continue
        if not _INNER_DEFINITE_RE.search(np_.text):  # ("the meeting the ministry": two phrases)
            return Speaker(np_, None, at.s0)
    return name_after_opener(eng, at, lo)


#: words before a name that make it the object of the opener's preposition, no subject ("... talks with
#: Lavrov Blinken said": "Lavrov" is met, not speaking)
_OBJECT_BEFORE_NAME = frozenset(
    {"of", "with", "by", "to", "from", "and", "for", "on", "in", "at", "about", "over", "between", "against"}
)


#: determiners before a capitalised run: a place or thing named, no subject ("peace in the Middle East calls")
_DETERMINERS_BEFORE_NAME = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})


def name_after_opener(eng: Engine, at: Before, lo: int) -> Speaker | None:
    """The person's name that ends at the cue after an introductory phrase without its comma: "In reference
    to the efforts to resolve the impasse over the upcoming indictment Hariri said: ..." (a run of capitalised
    words after a lower-case word that is no preposition or determiner, read as a name with a title or as
    the surname of a person the text names in full; not a state's name first)."""
    text = eng.text
    start = capital_run_start(text, lo, at.c0)
    if start is None or start <= lo:
        return None
    before = text[lo:start].split()
    if not before or not before[-1].islower() or before[-1] in _OBJECT_BEFORE_NAME | _DETERMINERS_BEFORE_NAME:
        return None
    a, b = eng.trim(start, at.c0)
    np_ = eng.parser.parse(text, a, b, allow_tail=False)
    if np_ is None or np_.kind != "name" or np_.start != a or np_.end != b:
        return None
    if eng.parser.state_of(text[a:b].split()[0]) is not None:
        return None
    if not np_.role:  # a bare name: the surname of a person the text names in full
        eng.res.scan()
        known = eng.res.surname_lookup(np_)
        if known is None or known.type != "person":
            return None
    return Speaker(np_, None, at.s0)


#: "after" opening a finite clause inside the words before a cue (a look-behind: only at a word's start):
#: "This comes after former President X called on ...", "The move came days after the ministry said ..."
_AFTER_CLAUSE_RE = re.compile(r"(?<![\w’'-])(?:after|following)\s+")
#: the kinds of phrase that say something after "after" (not a date or an event: "after the talks")
_AFTER_CLAUSE_KINDS = ("name", "role", "organisation", "state", "collective", "group")


#: a "based in" tail after a subject ("the government based in Tripoli")
_BASED_IN_RE = re.compile(r"\sbased\s+in\s")


def after_clause_subject(eng: Engine, at: Before) -> Speaker | bool | None:
    """The subject of a clause opened by "after" that ends at the cue is the speaker: "This comes after
    former President Benigno Aquino III called on the administration to disclose ...", "The move came a
    day after the ministry said ..." (news copy explaining what a statement answers). What someone said
    before the event is reported as fact, unlike "if"/"when" clauses; "after the talks" is no subject."""
    text = eng.text
    last = None
    for found in _AFTER_CLAUSE_RE.finditer(text, at.seg_start, at.c0):
        last = found
    if last is None or last.start() == at.seg_start:
        return None
    np_ = eng.parser.parse(text, last.end(), at.c0, allow_tail=False)
    if np_ is None and _BASED_IN_RE.search(text, last.end(), at.c0):
        # a "based in" tail: "after the government based in Tripoli said it was pulling out"
        np_ = eng.parser.parse(text, last.end(), at.c0, allow_tail=True)
    if np_ is None or np_.start != last.end() or np_.kind not in _AFTER_CLAUSE_KINDS:
        return None
    return Speaker(np_, at.bound, last.start())


#: a relative clause without "that" whose subject is a pronoun, before a cue followed by "as": "in a meeting
#: she described as 'very constructive'", "talks he called 'frank'" (the pronoun, not the sentence's subject)
_CONTACT_CLAUSE_RE = re.compile(r"(?<![\w’'])[a-z]{3,}+\s++(?P<who>he|she|they)\s*+$")
_AS_NEXT_RE = re.compile(r"(?<![a-z])[a-z]++[ \t]++as\b")


def contact_clause_pronoun(eng: Engine, at: Before) -> Speaker | bool | None:
    """ "Senator Wong then called on the Prime Minister in a meeting she described as 'very constructive'":
    the pronoun of a relative clause with no "that" right before a cue with "as" after it."""
    m = _CONTACT_CLAUSE_RE.search(at.chunk)
    if m is None or _AS_NEXT_RE.match(eng.text, at.c0) is None:
        return None
    a = at.seg_start + m.start("who")
    np_ = eng.parser.parse(eng.text, a, a + len(m.group("who")))
    return Speaker(np_, at.bound, a) if np_ is not None else None


#: a first clause in the passive or with a copula, joined by a bare "and" to the clause of the cue: "Bilateral
#: issues were discussed during the meeting and Minister X pointed out that ..." (the "and" opens a new
#: clause; a word of "be" before it at a word's start, then the last "and" before the cue)
_BE_CLAUSE_RE = re.compile(r"(?<![\w’'-])(?:was|were|is|are|been)\s")
_LAST_AND_RE = re.compile(r"(?<![\w’'-])and\s++")
#: the kinds of phrase that open the second clause as its subject
_AND_CLAUSE_KINDS = ("name", "role", "organisation", "state", "group")


def subject_after_and_clause(eng: Engine, at: Before) -> Speaker | bool | None:
    """A clause with "was"/"were" before a bare "and", then a person or body up to the cue: the phrase after
    the "and" speaks ("Bilateral and regional issues were discussed during the meeting and Minister
    Çavuşoğlu pointed out that ..."; Turkish and Gulf ministry readouts). "Issues and X said" without a
    verb of "be" before the "and" stays with the other rules."""
    text = eng.text
    last = None
    for found in _LAST_AND_RE.finditer(text, at.seg_start, at.c0):
        last = found
    if last is None or _BE_CLAUSE_RE.search(text, at.seg_start, last.start()) is None:
        return None
    np_ = eng.parser.parse(text, last.end(), at.c0, allow_tail=False)
    if np_ is None or np_.start != last.end() or np_.kind not in _AND_CLAUSE_KINDS or np_.end < at.c0 - 12:
        return None
    return Speaker(np_, at.bound, last.start())


def plain_subject(eng: Engine, at: Before) -> Speaker | bool | None:
    """The words before the cue read as a speaker phrase: "Lavrov said", "the ministry said"; or, after
    "and"/"but", the subject of the sentence ("He raised concerns ... and reiterated that"), a comma
    before the "and" too ("The two leaders discussed the steps taken ..., and reiterated the need to")."""
    text, bnd = eng.text, at.bound
    np_ = eng.parser.parse(text, at.seg_start, at.c0)
    if np_ is not None:
        return Speaker(np_, bnd, (bnd.start() if bnd else at.s0))
    words = at.chunk.split()
    # "... and also said", "and later told": adverbs between the "and" and the cue (not the auxiliaries:
    # "signed an agreement in June and has pledged to send ..." is background in the gold rounds)
    while words and words[-1].lower() in eng.words.adverbs and words[-1].lower() not in AUXILIARIES:
        words.pop()
    if words and words[-1] in ("and", "but") and (len(words) > 2 or comma_and(at, words)):
        lead = leading_np(eng, at.s0, at.c0)
        if lead is not None and lead.end <= at.seg_start + len(at.chunk):
            # after ", and" or an adverb only the subject of the main clause's verb ("I must reiterate my
            # appreciation to the Secretary-General, Mr. X, and congratulate him" is no statement of Mr. X)
            plain = len(words) > 2 and words[-1] == at.chunk.split()[-1]
            if plain or _VERB_AFTER_SUBJECT_RE.match(text, lead.end):
                return Speaker(lead, bnd, at.s0)
    return REJECT


def name_before_open_appositive(eng: Engine, at: Before) -> Speaker | bool | None:
    """A person's name, a comma, then an office with another person's name before the cue and no comma to
    close it: "Yesterday Sheikh Naeem Qassem, Deputy Hezbollah’s leader Sayyed Hasan Nasrallah criticized
    ...". The office is the first person's, set off by a comma the writer never closed; the name inside it
    is whom the office serves, so the speaker is the name before the comma."""
    text, bnd = eng.text, at.bound
    if bnd is None or bnd.group() != ",":
        return None
    office = eng.parser.parse(text, at.seg_start, at.c0, allow_tail=False)
    if office is None or office.kind != "name" or not office.role:
        return None
    if office.start != eng.trim(at.seg_start, at.c0)[0]:
        return None
    prev = [b for b in at.bounds[:-1] if b.end() <= bnd.start()]
    seg0 = prev[-1].end() if prev else at.s0
    a, b = eng.trim(seg0, bnd.start())
    np_ = eng.parser.parse(text, a, b, allow_tail=False) if b > a else None
    if np_ is None or np_.kind != "name" or np_.end != b or np_.name == office.name:
        return None
    if len((np_.name or "").split()) < 2 or eng.parser.state_of(np_.name) is not None:
        return None  # a full name (not "Moscow, Foreign Minister X said": a dateline's place)
    return Speaker(np_, None, at.s0)


#: the subject in the words between the last clause boundary and the cue, in order
CLAUSE_SUBJECT_RULES = rule_list(
    reply_to_which,
    after_who,
    name_before_who,
    relative_clause_source,
    which_at_sentence_end,
    document_in_which,
    concessive_subject,
    after_subordinator,
    listed_subject,
    opener_without_comma,
    after_clause_subject,
    contact_clause_pronoun,
    subject_after_and_clause,
    name_before_open_appositive,
    plain_subject,
)


def _appositive_with_tail(eng: Engine, seg_start: int, seg_end: int) -> NP | None:
    """An appositive role with a tail: "Howard Rubel, a Toronto lawyer representing Spanton, told"."""
    np_t = eng.parser.parse(eng.text, seg_start, seg_end, allow_tail=True)
    if np_t is not None and np_t.kind == "role" and np_t.determiner == "indefinite":
        return np_t
    return None


def who_clause(text: str, bounds: list[re.Match[str]], idx: int) -> bool:
    """``bounds[idx]`` is the "who" of a relative clause set off by commas (", who ... ,"): a comma right
    before it."""
    bnd = bounds[idx] if idx >= 1 else None
    return (
        bnd is not None
        and bnd.group() == "who"
        and bounds[idx - 1].group() == ","
        and not text[bounds[idx - 1].end() : bnd.start()].strip()
    )


#: the pronouns that may be a subject set off from its cue by an adverbial ("He, however, said")
_PERSONAL_SUBJECTS = ("he", "she", "they")


def over_appositives(eng: Engine, s0: int, bounds: list[re.Match[str]]) -> Speaker | None:
    """Walk back from a comma before the cue over up to three segments: an appositive role ("Dr X, the
    lead author of the study, said": the name takes the role), a participle phrase ("Peskov, commenting
    on such reports, castigated"), an appositive we cannot read ("Airfleets, a database detailing the
    aircraft ..., states": only a name or an organisation may stand before it), or a relative clause
    ("Cayetano, who was appointed this year to head the ministry, said": the name, organisation, state
    or role before it)."""
    text = eng.text
    idx = len(bounds) - 1
    bnd = bounds[idx]
    appositive: NP | None = None
    loose_appositive = False
    relative: re.Match[str] | None = None
    adverbials = 0
    for _ in range(3):
        idx -= 1
        seg_end = bnd.start()
        bnd = bounds[idx] if idx >= 0 else None
        seg_start = bnd.end() if bnd else s0
        seg = text[seg_start:seg_end]
        if not seg.strip():
            return None
        if relative is None and appositive is None and not loose_appositive and who_clause(text, bounds, idx):
            relative = bnd  # "Cayetano, who was just appointed ... to head the Department, said"
            idx -= 1
            bnd = bounds[idx]
            continue
        np_ = eng.parser.parse(text, seg_start, seg_end, allow_tail=False)
        if relative is not None:
            ok = np_ is not None and np_.kind in ("name", "organisation", "state", "role", "collective")
            return Speaker(np_, bnd, bnd.start() if bnd else s0) if ok else None
        if np_ is None and appositive is None and bnd is not None and bnd.group() == ",":
            np_ = _appositive_with_tail(eng, seg_start, seg_end)
            if np_ is None and not loose_appositive and INDEF_APPOSITIVE_RE.match(seg):
                loose_appositive = True
                continue
        if np_ is None:
            if eng.words.skip_segment.match(seg) and bnd is not None and bnd.group() == ",":
                adverbials += 1
                continue
            return None
        if np_.kind == "group" and np_.members and all(x.kind == "role" for x in np_.members):
            np_ = np_.members[0]  # roles joined by "and" describe one person
        clause = bnd.start() if bnd else s0
        if loose_appositive and appositive is None:
            return Speaker(np_, bnd, clause) if np_.kind in ("name", "organisation", "state") else None
        if (
            np_.kind == "role"
            and np_.determiner in ("indefinite", "bare", "possessive", "definite")
            and appositive is None
            and bnd is not None
            and bnd.group() == ","
        ):
            appositive = np_
            continue
        if appositive is not None and np_.kind == "name":
            np_.role, np_.head = appositive.role, appositive.head
            np_.affiliation = np_.affiliation or appositive.affiliation
            np_.gender = np_.gender or appositive.gender
            return Speaker(np_, bnd, clause)
        if appositive is not None:
            return Speaker(appositive, bnd, seg_end)
        if np_.kind == "pronoun":
            # only over adverbials set off by commas: "He, however, gave assurance that ..." (wire copy)
            plain = adverbials and not loose_appositive and np_.head in _PERSONAL_SUBJECTS
            return Speaker(np_, bnd, clause) if plain else None
        return Speaker(np_, bnd, clause)
    if appositive is not None:
        return Speaker(appositive, bnd, s0)
    return None


# --------------------------------------------------------------------------------------------------------
# Tests on the text around a cue
# --------------------------------------------------------------------------------------------------------


#: the most words of a subject read at a clause's start (two titled names joined by "and" take ten), and
#: the most of any phrase: a longer run holds capitalised words and the words that join names only
LEADING_NP_WORDS = 12
SHORT_LEADING_NP_WORDS = 8


def _name_run(eng: Engine, words: list[re.Match[str]]) -> bool:
    """Every word of ``words`` is capitalised or joins names ("and", "of", "the"): "Japanese Prime Minister
    Shinzo Abe and U.S. President Donald Trump", not "the foreign ministers of the Group of Seven (G7)"."""
    links = eng.parser.name_links
    return all(not w.group()[:1].islower() or w.group() in links or w.group() == "the" for w in words) \
        and all(w.group()[:1].isalnum() for w in words)


def leading_np(eng: Engine, s0: int, end: int) -> NP | None:
    """The subject at the start of the sentence's main clause (skipping an opening adverbial)."""
    text = eng.text
    bounds = [m for m in BOUND_RE.finditer(text, s0, end) if m.group() == ","]
    starts = [s0] + [b.end() for b in bounds]
    for st in starts[:3]:
        seg = text[st:end]
        if eng.words.skip_segment.match(seg) and st == s0 and bounds:
            continue
        # the longest run of words from the clause start that reads as a speaker phrase and ends before a
        # lower-case word (only such runs are parsed: the parse costs more than the test)
        # (a run cut at the cap must end before a lower-case word too: "Japanese Prime Minister Shinzo Abe
        # and U.S. President Donald Trump agreed" is ten words, never "... and U.S. President")
        words = list(itertools.islice(WORD_RUN_RE.finditer(text[st:end]), LEADING_NP_WORDS + 1))
        for n in range(min(len(words), LEADING_NP_WORDS), 0, -1):
            # (up to the short cap, as before: a run cut there is read even before a capitalised word)
            cap = SHORT_LEADING_NP_WORDS if n <= SHORT_LEADING_NP_WORDS else len(words)
            if n < min(len(words), cap) and not words[n].group()[:1].islower():
                continue
            if n > SHORT_LEADING_NP_WORDS and not _name_run(eng, words[:n]):
                continue  # (a long run is names only: "the Foreign Secretary spoke to ... Zarif" is none)
            np_ = eng.parser.parse(text, st, st + words[n - 1].end(), allow_tail=False)
            if np_ is not None:
                return np_
    return None


def finite_clause(text: str, c1: int, s1: int) -> bool:
    """A clause without "that" after the verb: a finite verb within a dozen words, before any
    punctuation or relative word ("Klimov indicated 68 people were missing")."""
    return FINITE_RE.match(text, c1, min(s1, c1 + 160)) is not None


_COMPLEMENT_END_RE = re.compile(r"[;.!?]|,\s+(?:while|but|and|whereas)\b")


def quote_in_complement(eng: Engine, c1: int, s1: int) -> bool:
    """A quotation of two words or more opens in the verb's own clause ("..., telling Wikinews the
    company "extends its condolences"", "calling the decision "a disgrace"")."""
    stop = _COMPLEMENT_END_RE.search(eng.text[c1:s1])
    end = c1 + stop.start() if stop else s1
    return any(q.words >= 2 and c1 <= q.open < end for q in eng.quotes_in(c1, s1))


#: the most words of a quotation read as a name between a determiner and a naming noun
MAX_NAMED_WORDS = 6
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|its|their|our|his|her)\s+$|(?<=\w)['’]s\s+$")
#: words of a title that need no capital ("Foreign Policy for Social Well-Being", "Release of the Records")
_TITLE_JOINS = frozenset({"of", "for", "and", "the", "in", "on", "a", "an", "to", "at", "with"})


def is_name_quote(text: str, q: Quote, words: RuleWords = WORDS) -> bool:
    """A title-case quotation of a few words after a naming verb is a name, nobody's words: 'He named it
    "Operation Peace Spring"', 'a programme dubbed "Zrínyi 2026"'; so is a quotation of a few words
    between a determiner and a naming noun of statement_words.txt: 'the "Release of diplomatic records"
    page', 'the "Normandy" format'."""
    if (
        q.words <= MAX_NAMED_WORDS
        and words.naming_noun.match(text, q.close) is not None
        and _DETERMINER_BEFORE_RE.search(text, max(0, q.open - 8), q.open) is not None
    ):
        return True
    return is_term_quote(text, q, words) or is_title_quote(text, q, words.naming)


def is_term_quote(text: str, q: Quote, words: RuleWords) -> bool:
    """A quotation set off as a term (rule: term marker or naming noun before a quotation): right after a
    term marker, whatever its case ('Russian so-called “security guarantees”', 'in what was termed a
    “constructive discussion”'), or a capitalised one of a few words right after a naming noun ('the
    evening current affairs show "Aktuaalne kaamera"'): nobody's words."""
    before = text[max(0, q.open - 40) : q.open]
    if q.words <= MAX_NAMED_WORDS and words.term_marker.search(before) is not None:
        return True
    first = text[q.inner_start : q.inner_start + 1]
    return q.words <= 4 and first.isupper() and words.noun_before_name.search(before) is not None


def is_title_quote(text: str, q: Quote, naming: re.Pattern[str]) -> bool:
    """A title-case quotation: after a naming verb, of up to four words ('dubbed "Operation Peace
    Spring"'); after a determiner, of two to :data:`MAX_NAMED_WORDS` words (rule: title-case quotation
    after a determiner: 'attend a lecture at the “Outreach Book Story Talk Concert” at 10 A.M.', 'the
    "Diplomatic Archives" page': an event's, a page's or a document's name, nobody's words)."""
    words = text[q.inner_start : q.inner_end].split()
    if q.words > MAX_NAMED_WORDS or not words or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_JOINS for w in words):
        return False
    if q.words <= 4 and naming.search(text, max(0, q.open - 40), q.open) is not None:
        return all(w[:1].isupper() or w[:1].isdigit() for w in words)
    last = words[-1].rstrip(".,;:!?")
    if q.words < 2 or not last[:1].isupper() or any(c in text[q.inner_start : q.inner_end] for c in ".!?"):
        return False
    return _DETERMINER_BEFORE_RE.search(text, max(0, q.open - 8), q.open) is not None


def embedded_in(made: list[Statement], pos: int) -> Statement | None:
    """The statement of this sentence whose content (or according-to cue and content) holds ``pos``."""
    for r in made:
        if r.start <= pos < r.end or (r.kind == ACCORDING_TO and r.cue_start <= pos < r.end):
            return r
    return None


# --------------------------------------------------------------------------------------------------------
# The content of a speech verb
# --------------------------------------------------------------------------------------------------------

#: an indirect question as the topic after a verb's object ("briefed X on what he heard and saw", "told
#: reporters about how the talks went"): the content (the gold guideline's cue with an indirect question);
#: a noun phrase there ("briefed X on his visit") is a topic without content
#: (its groups "punct" and "that" never match: it stands in for an AFTER_RE match; the look-behind stops a
#: search retrying inside a run of blanks, matched at the end of the object)
WH_TOPIC_RE = re.compile(
    r"(?<!\s)\s*+(?:on|about)\s++(?=(?:what|how|whether|why|where|when|who)\b)(?P<punct>(?!))?(?P<that>(?!))?"
)
_QUOTE_AFTER_COLON_RE = re.compile(r":\s*(?:[\"“«„]|``|'')")
#: a time phrase right after a verb ("spoke this evening with ...", "said last week that ..."): its "this" or
#: "last" opens no clause
_TIME_PHRASE_RE = re.compile(
    cased(r"(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|weekend|[A-Z][a-z]+day)\b\s*+")
)
#: what opens a quotation right after a cue ('said, "…', "said, ``…"; ''…'' is read as one token)
OPENING_MARKS = '"“«„‘`'


@dataclass
class Complement:
    """What follows a speech verb: ``content_start`` (over "told Reuters", "on Monday", ",", ":" and
    "that"), ``first`` (the word right after the verb), ``strict_clause`` ("that", a colon, a quotation,
    "whether"/"if") and ``clause`` (also a pronoun, article or wh-word: a clause opens)."""

    content_start: int
    first: str
    strict_clause: bool
    clause: bool

    @classmethod
    def read(cls, text: str, cue: VerbCue, words: RuleWords) -> Complement:
        c1, s1 = cue.end, cue.s1
        om = TELL_OBJ_RE.match(text[c1:s1]) if "object" in cue.verb.flags else None
        skip = om.end() if om else 0
        # "briefed X on what he heard": the indirect question after the person told is the content
        wh = WH_TOPIC_RE.match(text, c1 + skip, s1) if om else None
        am = AFTER_RE.match(text, c1 + skip, s1) if wh is None else wh
        content_start = am.end() if am else c1 + skip
        nxt_word = NEXT_WORD_RE.match(text, c1, s1)
        first = nxt_word.group(1).lower() if nxt_word else ""
        # "spoke this evening with X": a time phrase is no demonstrative subject of a clause
        tm = _TIME_PHRASE_RE.match(text, content_start, s1)
        rest_first = FIRST_WORD_RE.match(text, tm.end() if tm else content_start, s1)
        rest_first_w = rest_first.group().lower() if rest_first else ""
        strict_clause = (
            bool(am and (am.group("that") or am.group("punct") == ":"))
            or (rest_first_w != "" and rest_first_w[0] in OPENING_MARKS)
            or rest_first_w == "''"
            or rest_first_w in ("whether", "if")
        )
        # '"Trump responded to the ruling via Twitter, attacking …: "…"': a quotation after a colon
        strict_clause = strict_clause or _QUOTE_AFTER_COLON_RE.search(text[c1:s1]) is not None
        return cls(content_start, first, strict_clause, strict_clause or rest_first_w in words.clause_openers)


_NAME_BEFORE_RE = re.compile(cased(r"\S\s+[A-Z][\w’'.\-]*\s+$"))


def base_form_is_noun(eng: Engine, cue: VerbCue, sp: Speaker) -> bool:
    """ "the United Nations report on human rights": after a name inside the sentence, a base form is a
    noun (a singular subject would take "reports"); "Kurds announce deal" opens a headline."""
    np_ = sp.np
    return (
        cue.verb.form == "base"
        and sp.found_by != "inverted_said_x"
        and np_.kind in ("organisation", "name", "document", "state")
        and not np_.plural
        and _NAME_BEFORE_RE.search(eng.text[max(cue.s0, cue.start - 40) : cue.start]) is not None
    )


# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at 0 of a slice.
_COMMA_NEXT_RE = re.compile(r"(?<!\s)\s*,")
_NEW_CLAUSE_WORDS = ("so", "but", "while", "whereas", ";")
_CONTRAST_WORDS = ("while", "whereas")
_CLOSING_QUOTES = ("’", "'", "”", '"')


def opens_new_clause(eng: Engine, cue: VerbCue, sp: Speaker, host: Statement) -> bool:
    """A cue inside another statement's content counts only between commas (", experts noted, that ...")
    or as a new clause with its own subject after ", so"/", but"/", while"/";" ("Washington emphasized
    that ..., so Biden hailed ..."); then the host's content ends before that clause."""
    text, bound = eng.text, sp.bound
    if bound is not None and bound.group() == "," and _COMMA_NEXT_RE.match(text[cue.end : cue.s1]):
        return True  # parenthetical
    if bound is None or bound.group().strip() not in _NEW_CLAUSE_WORDS:
        return False
    before = text[: bound.start()].rstrip()
    # a quotation closed right before "while" ends the host's words without a comma: "Singh later told
    # reporters 'the chemistry was pretty good' while Kasuri said, "We discussed ..."" (two speakers)
    quoted = (
        bound.group().strip() in _CONTRAST_WORDS
        and before.endswith(_CLOSING_QUOTES)
        and eng.in_quote(len(before) - 2) is not None
    )
    if not before.endswith((",", ";")) and bound.group() != ";" and not quoted:
        return False
    cut = bound.start() if bound.group() == ";" or quoted else text.rfind(",", host.start, bound.start())
    if cut < 0:
        return False
    ea, eb = eng.trim(host.start, cut)
    host.end, host.text = eb, text[ea:eb]
    return True


#: the most words after a cue that credits a whole sentence from its end (", Reuters reported on Thursday.")
MAX_CREDIT_TAIL_WORDS = 4
#: (not a role: "..., Kazinform correspondent reports." is the outlet's own line)
_CREDIT_KINDS = ("name", "organisation")


def credits_host(eng: Engine, cue: VerbCue, sp: Speaker, host: Statement) -> bool:
    """ "Russian President Vladimir Putin ... announced a "special military operation" ..., the Reuters
    news agency reported." (wire copy): a cue after a comma that ends the sentence (a short tail at most),
    with a named speaker, credits the whole sentence to its speaker too, so the sentence has two sources
    (the gold guideline's "listed twice"); the host statement's content ends before that comma."""
    text, bound = eng.text, sp.bound
    # "China hopes that ..., she said.": a spokesperson's pronoun at the end voices the state's position
    voiced = sp.np.kind == "pronoun" and sp.np.head in ("he", "she") and host.speaker_type == "state"
    if bound is None or bound.group() != "," or (sp.np.kind not in _CREDIT_KINDS and not voiced):
        return False
    if host.cue_start > bound.start():
        return False
    tail = text[cue.end : cue.s1].strip(" .\n\t")
    if len(tail.split()) > MAX_CREDIT_TAIL_WORDS or _CLAUSE_MARK_RE.search(tail):
        return False
    if text[bound.end() : cue.start].count(",") or host.end < cue.start:
        return False
    ea, eb = eng.trim(host.start, bound.start())
    if eb <= ea:
        return False
    host.end, host.text = eb, text[ea:eb]
    return True


#: what ends a postposed content: a comma or a closing quotation mark (' closes ''…'' and ``…'')
CLOSING_MARKS = ",\"”»’'"


def closing_mark(eng: Engine, pos: int, mark: str) -> bool:
    """Whether ``mark`` at ``pos`` ends a postposed content: one of :data:`CLOSING_MARKS`, or a “ that
    closes a quotation (rule: German closing mark: '„In the initiatives proposed by Iran, ... the first
    step,“ the Iranian top diplomat noted.', where „ opens and “ closes)."""
    if mark in CLOSING_MARKS:
        return True
    q = eng.in_quote(pos) if mark == "“" else None
    return q is not None and q.close == pos + 1
_TAIL_CUT_RE = re.compile(r"\s[—–]+\s|—|;")
# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at 0 of a slice.
_ADVERBIAL_AFTER_RE = re.compile(
    r"(?<!\s)\s*(?:on|in|at|to|during|after|before|shortly|late|early|earlier|later|via|from|while|when|in|yesterday"
    r"|today|last|this)\b"
)
_CLAUSE_MARK_RE = re.compile(r"[\"“«:]|\bthat\b")


_ING_CUE_AFTER_RE = re.compile(r"[^,;:\"“«]{0,40}?,\s*([a-z]+ing)\b")


#: what an inner source may be: a named speaker, not a pronoun or a role ("the minister" may be the host)
_INNER_SOURCE_KINDS = ("name", "state", "organisation")
#: "that" ending the words before a reported clause (searched in the last few characters before it)
_THAT_END_RE = re.compile(r"\bthat\s*$")


#: who may be the subject of a speech act inside a quotation: a third person, not "I"/"we"/"you" (the
#: quotation's own speaker)
_QUOTED_SUBJECT_KINDS = ("name", "role", "organisation", "state", "collective", "group", "pronoun")
_THIRD_PERSON = frozenset({"he", "she", "they"})
#: where a clause opens inside a quotation: its opening mark, or the end of a sentence before
_CLAUSE_OPEN_RE = re.compile(r"[.!?]\s+(?=\S)")


_CALL_FOR_RE = re.compile(r"(?<!\s)\s+(?:for|on|upon)\b")


def _phone_call(eng: Engine, cue: VerbCue) -> bool:
    """A verb of calling (flag ``visit``) not followed by "for"/"on": a call to someone ('"Chancellor
    Scholz called the President to congratulate him"'), no words reported."""
    return "visit" in cue.verb.flags and _CALL_FOR_RE.match(eng.text, cue.end, cue.s1) is None


def quoted_subject(eng: Engine, cue: VerbCue, sp: Speaker, host: Statement) -> bool:
    """A speech act inside a quoted readout, the gold guideline's two sources: the quotation is the
    host's words (the ministry's, the spokesman's) and one of its sentences opens with a third-person
    subject and a speech verb ('"The two ministers affirmed South Korea and Russia as key partners ...,"
    the ministry said', '"Once again, President Kenyatta affirmed ...," she added'): that subject is the
    second source. The subject opens the quotation or a sentence inside it, after one adverbial segment
    and its comma at most ("Once again,"). A readout reports in the past; a present tense is the
    issuer's own voice ('"The Ministry strongly condemns ..."', '"Norway welcomes ..."') and a verb of
    agreeing (flag ``accord``) or a phone call (:func:`_phone_call`) is no speech act (the guideline:
    agreements are not statements)."""
    np_ = sp.np
    if cue.verb.form != "past" or "accord" in cue.verb.flags or _phone_call(eng, cue):
        return False
    if np_.kind not in _QUOTED_SUBJECT_KINDS or (np_.kind == "pronoun" and np_.head not in _THIRD_PERSON):
        return False
    q = eng.in_quote(np_.start)
    if q is None or q.statement_id != host.statement_id or np_.start < q.inner_start:
        return False
    opened = q.inner_start
    for m in _CLAUSE_OPEN_RE.finditer(eng.text, q.inner_start, np_.start):
        opened = m.end()
    lead = eng.text[opened : np_.start]
    if not lead.strip():
        return True
    one_adverbial = lead.rstrip().endswith(",") and lead.count(",") == 1
    return one_adverbial and eng.words.skip_segment.match(lead) is not None


def inner_source(eng: Engine, sp: Speaker, host: Statement) -> bool:
    """A second source inside a reported clause, the gold guideline's two sources: the clause's own
    subject, named, with a speech verb of its own ("Onyeama also disclosed that during the meeting, Camara
    conveyed the message of ...", "He added that Côte d'Ivoire expressed continued wish ..."). The subject
    opens the host's content, a "that"-clause, after an adverbial segment and its comma at most ("during
    the meeting,"); an "according to" host has no clause of its own."""
    np_ = sp.np
    if np_.kind not in _INNER_SOURCE_KINDS or host.kind == ACCORDING_TO or not host.start <= np_.start:
        return False
    if _THAT_END_RE.search(eng.text, max(0, host.start - 8), host.start) is None:
        return False
    lead = eng.text[host.start : np_.start]
    if not lead.strip():
        return True
    one_adverbial = lead.rstrip().endswith(",") and lead.count(",") == 1
    return one_adverbial and eng.words.skip_segment.match(lead) is not None


#: what the subject of a speech act inside a reported clause may be ("the State Department said Blinken
#: reiterated ...", "sources said both sides stated ..."); a pronoun there is mostly the host speaker himself
_HOST_CLAUSE_KINDS = ("name", "organisation", "role", "collective", "group")


#: a subject owned by a pronoun is the speaker's own side ("Virtanen said her government regretted ...")
_OWN_SIDE_RE = re.compile(r"(?i:his|her|its|their|our|my)\s")
#: a negation between a subject and its verb ("the Russian side had never rejected ..."): no speech act
_NEGATED_RE = re.compile(r"\b(?:not|never|n[’']t)\b")
#: a subject a negative quantifier opens ("the junior minister said no member of the committee has said ...",
#: "officials said none of the parties claimed ..."): nobody speaks, the host relays what was not said
_NO_ONE_SUBJECT_RE = re.compile(r"(?i:no|none|nobody|neither)\b")
#: a participle with its place or agent after it ("the people mentioned in the article were ..."): part of
#: the subject, no verb of its own (the look-behind: a match starts at the first blank of a run)
_PARTICIPLE_AFTER_RE = re.compile(r"(?<!\s)\s+(?:in|by)\s+(?:the|this|that|an?|its|his|her|their)\b")


#: the speech verbs of a host that relays another's speech act in its clause: "said", and the verbs of an
#: account a speaker gives ("He further emphasized that prior to this visit, President Trump encouraged him
#: to ...", "stressed that the minister had asked ...")
RELAY_LEMMAS = frozenset({"say", "emphasize", "emphasise", "stress", "explain", "recall"})


def host_clause_subject(eng: Engine, cue: VerbCue, made: list[Statement]) -> Speaker | None:
    """The subject of a speech verb inside another statement's reported clause, the gold guideline's two
    sources: the words from the clause's start (after "said (that)", after "According to X,") to the verb
    are one speaker phrase ("The US State Department said Blinken reiterated US support ...", "Sources
    said both sides categorically stated ...", "According to the ministry, Wang told Blinken that ...");
    an adverbial segment and its comma may open the clause. The host relays with "said" or "according
    to" (an outlet that "reported" its source's words, a party that "claimed" another's, is the news
    report's one source); a subject owned by a pronoun is the speaker's own side ("her government"), an
    event (``[event nouns]`` of names.txt: "said the meeting underlined ...") the host's account of it.
    Not inside a quotation (see :func:`quoted_subject`)."""
    host = embedded_in(made, cue.start)
    if host is None or host.kind not in (INDIRECT, PARTIAL, ACCORDING_TO) or eng.in_quote(cue.start):
        return None
    relay = eng.verbs.get(" ".join(host.cue.split()).lower())
    if host.kind != ACCORDING_TO and (relay is None or relay.lemma not in RELAY_LEMMAS):
        return None  # "Znak.com reported its source said ...", "The defendants claimed X complained ..."
    text, start = eng.text, host.start
    if host.start > cue.start or cue.verb.form != "past" or "accord" in cue.verb.flags:
        return None
    lead = text[start : cue.subject_end]
    if lead.count(",") == 1 and eng.words.skip_segment.match(lead):
        start += lead.index(",") + 1
    elif "," in lead:
        return None
    np_ = eng.parser.parse(text, start, cue.subject_end, allow_tail=False)
    if np_ is None and _AND_END_RE.search(text, max(start, cue.subject_end - 12), cue.subject_end):
        np_ = coordinated_clause_subject(eng, start, cue.subject_end)
    if np_ is None or np_.kind not in _HOST_CLAUSE_KINDS or _OWN_SIDE_RE.match(np_.text):
        return None
    if _NO_ONE_SUBJECT_RE.match(np_.text):
        return None  # "said no member of the committee has said ...": nobody speaks
    if np_.text.split()[-1].lower() in eng.parser.names.event_nouns:
        return None  # "Stuart said the meeting underlined the relevance of ...": his account of the event
    if _NEGATED_RE.search(text, np_.end, cue.start) or _PARTICIPLE_AFTER_RE.match(text, cue.end, cue.s1):
        return None
    return Speaker(np_, None, start, "host_clause_subject")


#: "and" (maybe "also") ending the words before a cue (searched in the last few characters before it)
_AND_END_RE = re.compile(r"(?<![\w’'-])and(?:\s++also)?\s*+$")


def coordinated_clause_subject(eng: Engine, start: int, end: int) -> NP | None:
    """The subject opening a reported clause whose second verb, after "and", is the cue: "The Foreign
    Ministry said that Foreign Secretary X had spoken to the Chinese Ambassador ... and noted Sri Lanka's
    willingness ..." (X, the clause's subject, followed by a verb of its own); None otherwise."""
    np_ = leading_np(eng, start, end)
    if np_ is None or np_.start != start or _VERB_AFTER_SUBJECT_RE.match(eng.text, np_.end) is None:
        return None
    return np_


def next_ing_cue(eng: Engine, c1: int, s1: int) -> int:
    """Where a second cue in "-ing" form after a comma starts ('"A," she said, adding, "B."'), or ``s1``:
    what follows it is that cue's content, not a clause of the first."""
    m = _ING_CUE_AFTER_RE.match(eng.text, c1, s1)
    if m is None:
        return s1
    verb = eng.verbs.get(m.group(1).lower())
    return m.start(1) if verb is not None and verb.form == "ing" else s1


def _adverbial_only(eng: Engine, a: int, b: int) -> bool:
    """The words ``a``-``b`` before a subject's comma are an adverbial opener of fewer than
    :data:`MIN_CONTENT_BEFORE` words ("However", "In addition"), no content a cue could follow."""
    before = eng.text[a:b]
    return len(before.split()) < MIN_CONTENT_BEFORE and eng.words.skip_segment.match(before) is not None


def is_postposed(eng: Engine, cue: VerbCue, sp: Speaker, clause: bool) -> bool:
    """The content comes before the cue: '"…," he said.', '…, he assured.', '…, which he denied.' (a
    short tail after the cue, no clause after it; after a closing quotation mark a longer adverbial tail
    is allowed: '"...," Baloch wrote on social media shortly before her death.'; a second cue in
    "-ing" form ends the tail: '"…," she said, adding, "…"')."""
    text, c1, bound = eng.text, cue.end, sp.bound
    if sp.found_by == "inverted_said_x":
        return True
    if answered_question(eng, cue, sp):
        return True
    if bound is not None and bound.group() == "," and _adverbial_only(eng, cue.s0, bound.start()):
        return False  # "However, he confirmed those efforts had yielded little": the content follows
    closes = bound is not None and closing_mark(eng, bound.start(), bound.group())
    quoted = closes and bound.group() != ","
    s1 = next_ing_cue(eng, c1, cue.s1) if quoted else cue.s1
    after_tail = _TAIL_CUT_RE.split(text[c1:s1])[0].strip(' .!?"”»’,')
    tail_limit = 6
    # (after the one told: '"...," Søreide told NTB news after Thursday's meeting with ... in Washington.')
    told = TELL_OBJ_RE.match(text[c1:s1]) if quoted and "object" in cue.verb.flags else None
    if quoted and _ADVERBIAL_AFTER_RE.match(text[c1 + (told.end() if told else 0) : s1]):
        tail_limit = 14
    return (
        closes
        and sp.clause_start > cue.s0
        and (not clause or s1 < cue.s1)
        and len(after_tail.split()) <= tail_limit
        and not _CLAUSE_MARK_RE.search(text[c1:s1])
    ) or (bound is not None and bound.group().lower() == "which" and not after_tail)


#: the question a verb of reply (flag ``answers``) takes as object: "a journalist's question", "the questions"
_QUESTION_OBJECT_RE = re.compile(
    r"(?<!\s)\s++(?:a|an|the|his|her|their)\s++(?:[\w’'\-]++\s++){0,3}?questions?\b"
)


def answered_question(eng: Engine, cue: VerbCue, sp: Speaker) -> bool:
    """'The Prime Minister will not attend ..., the spokesman of the Greek Government, Pavlos Marinakis,
    briefly answered a journalist's question at today's briefing about whether ...': a verb of reply (flag
    ``answers``) with "a question" as object after a subject set off by a comma has its content before
    it, however long the question's description (it may hold a clause or quoted names of its own)."""
    bound = sp.bound
    return (
        "answers" in cue.verb.flags
        and bound is not None
        and bound.group() == ","
        and sp.clause_start > cue.s0
        and cue.verb.form in ("past", "s")
        and _QUESTION_OBJECT_RE.match(eng.text, cue.end, cue.s1) is not None
    )


#: fewer words than this before a postposed cue are an adverbial, not content ("Apart from that, X agreed")
MIN_CONTENT_BEFORE = 3
# Blanks only from a run's first (a search retried \s* at every blank: quadratic); matched at a verb's end.
_PARENTHETICAL_AFTER_RE = re.compile(r"(?:(?<!\s)\s+)?,\s*(?:[\w’'\-]+[ \t]+){1,}[\w’'\-]+")
_QUOTE_MARK_RE = re.compile(r"[\"“”«»„]|``|''")


def cue_aside(eng: Engine, cue: VerbCue, sp: Speaker) -> bool:
    """A cue and its subject set off by commas inside a sentence without quotation marks, the clause going
    on after it: "The two ministers, the press release read, agreed that ..." (the sentence around it is the
    content, so a verb that needs a clause after it, flag ``that``, has one)."""
    bound = sp.bound
    return (
        bound is not None
        and bound.group() == ","
        and not sp.found_by
        and cue.verb.form in ("past", "s")
        and sp.clause_start > cue.s0
        and _PARENTHETICAL_AFTER_RE.match(eng.text, cue.end, cue.s1) is not None
        and _QUOTE_MARK_RE.search(eng.text, cue.s0, cue.s1) is None
    )


def parenthetical_cue(eng: Engine, cue: VerbCue, sp: Speaker, postposed: bool) -> bool:
    """A cue set off by commas in the middle of a sentence without quotation marks, read as postposed
    or with too little before it to be content: "… need to move forward on, Kerry added, including …",
    "The talks, Lavrov said, were useful": the content is the sentence on both sides of it (the
    sentence's span, cue included). ("As Mother Teresa said, even when …" keeps the content after it.)"""
    text, s0 = eng.text, cue.s0
    bound = sp.bound
    if bound is None or bound.group() != "," or sp.found_by or cue.verb.form not in ("past", "s"):
        return False
    if sp.np.kind not in ("name", "role", "organisation", "state") or sp.clause_start <= s0:
        return False
    after = _PARENTHETICAL_AFTER_RE.match(text, cue.end, cue.s1)
    before = len(text[s0 : bound.start()].split())
    return (
        after is not None
        and (postposed or 2 <= before < MIN_CONTENT_BEFORE)
        and _QUOTE_MARK_RE.search(text, s0, cue.s1) is None
    )


_HAVING_RE = re.compile(r"\bhaving\s+$")
#: "is"/"are" (an adverb between) right before an -ing cue: a present progressive ("are hailing the results")
_PRESENT_PROGRESSIVE_RE = re.compile(r"\b(?:is|are)\s+(?:(?:also|still|now|again|repeatedly)\s+)?$")
#: an infinitive after a verb flagged ``infinitive``, past an addressee of up to four words: "appealed to
#: world leaders to end ...", "advised to wait ..."
#: A look-behind: a search no longer retries at every blank of a run (quadratic); matched after a word.
INFINITIVE_RE = re.compile(
    r"(?<!\s)\s+(?:[\w’'.\-]+\s+){0,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b"
)
#: a long addressee, set off by commas or glossed in brackets, then the infinitive (wire copy): "appealed to
#: the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF), engaged in armed confrontations since
#: the 15th of April 2023, to implement an immediate ceasefire" (matched after the addressee's "to")
#: (words taken whole, possessive, at most 30 of them: linear)
LONG_ADDRESSEE_RE = re.compile(
    r"(?<!\s)\s++(?:[^\s;:!?\"“”«»]++\s++){1,30}?to\s++"
    r"(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b"
)
# A look-behind: a search no longer retries at every blank of a run (quadratic); matched at a verb's end.
_TO_ADDRESSEE_RE = re.compile(r"(?<!\s)\s+to(?=\s)")


def infinitive_follows(text: str, c1: int, s1: int, addressee: bool) -> bool:
    """An infinitive follows the verb ending at ``c1`` (:data:`INFINITIVE_RE`: "advised to wait"); for a
    verb whose "to" names the addressee (flag ``addressee``) a second "to" is needed ("appealed to world
    leaders to end", not "appealed to people in the region")."""
    to = _TO_ADDRESSEE_RE.match(text, c1, s1) if addressee else None
    if INFINITIVE_RE.match(text, to.end() if to else c1, s1) is not None:
        return True
    return to is not None and LONG_ADDRESSEE_RE.match(text, to.end(), s1) is not None


#: a finite verb (or "also") right after the main clause's subject: the phrase is the whole subject
_FINITE_AFTER_SUBJECT_RE = re.compile(
    r"\s{1,3}(?:also\s{1,3})?(?:[a-z]{2,20}(?:ed|s)|held|met|spoke|made|took|gave|had|paid)\b"
)
#: the words a noun object of a "weighs" verb may open with (", stressing on the depth of ...")
WEIGHED_OBJECT_OPENERS = frozenset({"the", "their", "his", "her", "its", "our", "on", "upon"})


def weighed_object(eng: Engine, cue: VerbCue, sp: Speaker, comp: Complement) -> bool:
    """ "During the call, the two sides discussed bilateral relations, stressing on the depth and
    distinction of these relations" (agency readout): the -ing form of a verb flagged ``weighs`` in
    speech_verbs.txt, after a comma, with a noun object (opened by a determiner, a possessive or "on") is
    a speech act of the main clause's subject; ", noting the ..." (no flag) stays none."""
    return (
        "weighs" in cue.verb.flags
        and cue.verb.form == "ing"
        and sp.bound is not None
        and sp.bound.group() == ","
        and comp.first in WEIGHED_OBJECT_OPENERS
        and sp.np.kind != "document"  # ("The deal was signed, underlining the progress": no speaker)
        # the whole subject, not a part of it ("The State" of "The State of Kuwait, ...", "Climate change" of
        # "Climate change and its consequential sea-level rise remain ..., underscoring ...", "Fifth, I")
        and _FINITE_AFTER_SUBJECT_RE.match(eng.text, sp.np.end) is not None
        and "," not in sp.np.text
    )


_BY_END_RE = re.compile(r"\bby\s+$")


def opened_by(cue: VerbCue, sp: Speaker) -> bool:
    """ "The Prime Minister began by congratulating the President on ...": an "-ing" cue after "by" is
    the subject's own act (as "congratulated the President on ..."), its noun object the content, for the
    verbs whose object is the person addressed or the point weighed (flags ``object``, ``weighs``: not
    "by adding new members", "by calling things as they are")."""
    return (
        sp.found_by == "by_saying"
        and _BY_END_RE.search(cue.pre) is not None
        and not {"object", "weighs"}.isdisjoint(cue.verb.flags)
    )


_PARTICLES = frozenset({"with", "up", "off", "back", "out", "down"})


def present_progressive(cue: VerbCue, comp: Complement) -> bool:
    """ "World leaders are hailing the results ...": an "-ing" cue after "is"/"are" that is the finite verb
    of a speech act (not a verb flagged ``that``, no particle after it)."""
    return (
        cue.verb.form == "ing"
        and "that" not in cue.verb.flags
        and comp.first not in _PARTICLES
        and _PRESENT_PROGRESSIVE_RE.search(cue.pre) is not None
    )


def reports_speech(eng: Engine, cue: VerbCue, sp: Speaker, comp: Complement, postposed: bool) -> bool:
    """Whether the verb's complement is speech: ", calling on ..." / ", noting the ..." are not (only ",
    noting that ..." is); verbs flagged ``that`` need a clause ("agreements that rule out expansion" is
    none); verbs flagged ``noobj`` take no object pronoun ("he pressed them")."""
    text, verb, c1, s1 = eng.text, cue.verb, cue.end, cue.s1
    if (
        (verb.form == "ing" or _HAVING_RE.search(cue.pre))
        # "World leaders are hailing the results of the G20 summit": after "is"/"are" the -ing form is the
        # finite verb (a present progressive of news copy), its noun object the content as after "hailed";
        # a past one sets a scene ("was speaking when ...", "was referring to comments made by ..."); verbs
        # flagged ``that`` keep needing a clause ("is maintaining its growth"), and a particle after the verb
        # makes another verb ("is calling up soldiers", "is contending with floods")
        and not present_progressive(cue, comp)
        and not postposed
        and not comp.strict_clause
        and sp.found_by != "quoted_as_saying"
        and not (sp.found_by == "with_clause_subject" and (comp.clause or finite_clause(text, c1, s1)))
        and not quote_in_complement(eng, c1, s1)
        and not weighed_object(eng, cue, sp, comp)
        and not opened_by(cue, sp)
    ):
        return False
    infinitive = "infinitive" in verb.flags and infinitive_follows(text, c1, s1, "addressee" in verb.flags)
    if "that" in verb.flags and not (comp.clause or postposed or infinitive or finite_clause(text, c1, s1)):
        return False
    if "infinitive" in verb.flags and "that" not in verb.flags and not (infinitive or comp.strict_clause):
        return False
    if "quoted" in verb.flags and not (comp.strict_clause or postposed):
        return False  # "brought up “serious concerns”" is speech, "brought up the issue" is not
    if "colon" in verb.flags and not (
        _COLON_OR_MARK_RE.match(text, cue.end, s1)
        or (postposed and after_quotation(text, min(sp.np.start, cue.start)))
    ):
        return False  # "The minister continued: “...”" is speech, "The Niger continues to stand with" is not
    if "topic" in verb.flags and not postposed and _ABOUT_TOPIC_RE.match(text, comp.content_start, s1):
        return False  # "asked about diplomatic ally attendance at ...": a topic, no content
    if "topic" in verb.flags and not postposed and verb.form != "ing" and _ASKED_IF_RE.match(text, c1, s1):
        return False  # "Reporters asked the prime minister whether ...": a narrated question, no statement
    return not ("noobj" in verb.flags and comp.first in eng.words.object_pronouns and not comp.clause)


def after_quotation(text: str, pos: int) -> bool:
    """A closing quotation mark (a comma at most after it) right before ``pos``: '"Overall," he continued'."""
    return text[max(0, pos - 4) : pos].rstrip().rstrip(",").endswith(('"', "”", "»", "’’", "''"))


#: a colon or an opening quotation mark right after a verb (flag ``colon``)
_COLON_OR_MARK_RE = re.compile(r"[ \t]{0,3}+(?::|[\"“«„]|&?(?:ldquo|quot|#8220);)")
#: a question narrated after the verb, its addressee (up to three words) first: "asked the prime minister
#: whether ...", "asked if Lavrov ..." (flag ``topic``: the asker's question is no statement)
#: (a list's letter may open the question: "asked the presidents a) whether ... and b) what ...")
_ASKED_IF_RE = re.compile(
    r"\s{0,3}+(?:(?!(?:whether|if)\b)[\w'’.\-]{1,40}+\s{1,3}+){0,3}+(?:\(?[a-z1-9]\)\s{1,3}+)?(?:whether|if)\b"
)
#: "about" and a noun phrase (no wh-word, no quotation) as a verb's complement: the topic (flag ``topic``)
_ABOUT_TOPIC_RE = re.compile(r"about\s++(?!(?:what|how|whether|why|where|when|who|if)\b)[^\"“«„:]*+$")


def pronoun_is_clause_subject(eng: Engine, sp: Speaker, s0: int, a: int, b: int) -> NP | None:
    """ "State prosecutors charged the suspect ..., they said": a postposed "they"/"it" is the subject of
    the reported clause when that is plural (a role or collective) / an organisation or state."""
    np_ = sp.np
    if np_.kind != "pronoun" or np_.head not in ("they", "it"):
        return None
    lead = leading_np(eng, s0, b)
    if (
        lead is not None
        and lead.start < a + 40
        and (
            (np_.head == "they" and lead.plural and lead.kind in ("role", "collective"))
            or (np_.head == "it" and lead.kind in ("organisation", "state"))
        )
    ):
        return lead
    return None


_NEGATION_RE = re.compile(
    r"\b(?:did|does|do|would|could|will)\s+(?:not|n[’']t)\s+$|\b(?:didn|doesn|don|won)[’']t\s+$"
)


def cue_with_negation(text: str, cue: VerbCue) -> int:
    """Where the cue starts: before "did not", "didn't" ("he did not say that ...")."""
    base = max(cue.s0, cue.start - 16)
    neg = _NEGATION_RE.search(text[base : cue.start])
    return base + neg.start() if neg else cue.start


# --------------------------------------------------------------------------------------------------------
# The cue rules
# --------------------------------------------------------------------------------------------------------


#: "in" right after a verb flagged ``passive``: the document holding what was said ("contained in a
#: statement"). A look-behind: a search no longer retries at every blank of a run; matched at a verb's end.
_IN_AFTER_RE = re.compile(r"(?<![ \t])[ \t]++in[ \t]")


def speech_verb(eng: Engine, si: int, m: re.Match[str], made: list[Statement]) -> Statement | None:
    """A speech verb of ``speech_verbs.txt`` with its speaker and content: "Lavrov said that ...",
    '"…," he said.', '"…," said Mr. Lavrov.', "Peskov, commenting on such reports, castigated ...". The
    verb must be a cue (:data:`NOT_A_CUE`), its speaker is found by :data:`SPEAKER_RULES`."""
    if m.group("acc"):
        return None
    s0, s1, _ = eng.sents[si]
    cue = VerbCue.read(eng.text, eng.verbs, m, s0, s1, eng.words.occasion_to)
    if cue is None:
        return None
    if "passive" in cue.verb.flags and _IN_AFTER_RE.match(eng.text, cue.end, cue.s1) is None:
        return None  # "was contained in a statement ... by X" is speech, "the report contains", "the spread
        # was contained by the authorities" are not
    if "agent" in cue.verb.flags and cue.verb.form == "past" and agent_follows(eng, cue):
        return passive_with_agent(eng, si, cue, made)
    if "passive" in cue.verb.flags:
        return None
    if any(test(eng, cue) for test in NOT_A_CUE):
        return None
    sp: Speaker | bool | None = None
    for rule in SPEAKER_RULES:
        sp = rule(eng, cue)
        if sp is not None:
            break
    if embedded_in(made, cue.start) is not None:  # a speech act inside another's reported clause
        sp = host_clause_subject(eng, cue, made) or sp
    if not isinstance(sp, Speaker):
        return None
    if sp.found_by == "inverted_after_comma":  # the content is everything before the cue
        a, b = eng.trim(s0, cue.start)
        if len(eng.text[a:b].split()) < 3:
            return None
        cue_text = eng.text[cue.start : cue.end]
        return eng.attribute(si, sp.np, cue_text, cue.start, cue.end, None, a, b, RULE_INVERTED_AFTER_COMMA)
    return _verb_statement(eng, si, cue, sp, made)


def _verb_statement(
    eng: Engine, si: int, cue: VerbCue, sp: Speaker, made: list[Statement]
) -> Statement | None:
    """The statement of a speech verb whose speaker is found: checks, then the content after the cue or
    (postposed) before it."""
    text, s0, s1 = eng.text, cue.s0, cue.s1
    comp = Complement.read(text, cue, eng.words)
    host = embedded_in(made, cue.start)
    inverted = sp.found_by == "inverted_said_x"
    if sp.np.kind == "pronoun" and sp.np.head in ("him", "them"):
        return None
    if base_form_is_noun(eng, cue, sp):
        return None
    if (
        host is not None
        and sp.found_by not in ("with_clause_subject", "host_clause_subject")
        and not opens_new_clause(eng, cue, sp, host)
        and not credits_host(eng, cue, sp, host)
        and not inner_source(eng, sp, host)
        and not quoted_subject(eng, cue, sp, host)
    ):
        return None  # (", with spokesman Dmitry Peskov confirming that ..." is a clause of its own)
    postposed = is_postposed(eng, cue, sp, comp.clause)
    # (a cue set off by commas has its content around it, as a postposed one: "The two ministers, the press
    # release read, agreed that ..." needs no clause after "read")
    parenthetical = parenthetical_cue(eng, cue, sp, postposed)
    if not reports_speech(eng, cue, sp, comp, postposed or parenthetical or cue_aside(eng, cue, sp)):
        return None
    if parenthetical:
        a, b = eng.trim(s0, s1)
        c0 = cue_with_negation(text, cue)
        return eng.attribute(si, sp.np, text[c0 : cue.end], c0, cue.end, None, a, b, RULE_PARENTHETICAL)
    if postposed:
        bound = sp.bound
        qend = bound.start() if bound is not None and bound.group() == "," else sp.clause_start
        a, b = eng.trim(s0, cue.start if inverted else qend)
        before = text[a:b]
        if (len(before.split()) < 3 and not eng.in_quote(a)) or (
            len(before.split()) <= 4 and eng.words.skip_segment.match(before) and not eng.in_quote(a)
        ):
            return None  # "Apart from that, X agreed ...": an adverbial, not content
        if ACCORDING_OPENS_RE.match(before) is not None:
            return None  # "According to the chief mediator, the parties agreed on ...": a source, not content
        rule = RULE_POSTPOSED
    else:
        if any(rx.match(text, cue.end, s1 + 1) for rx in (ADVERBIAL_TO_COLON_RE, OBJECT_TO_COLON_RE)):
            return None  # a cue line: its quotation is the content (the engine's cue-line pass)
        start = comp.content_start
        if sp.found_by == "as_x_said":  # "As you said, that is ...": "that" opens the content
            start = _AS_CLAUSE_END_RE.match(text, cue.end, s1).end()  # type: ignore[union-attr]
        a, b = eng.trim(sp.np_end if inverted else start, s1)
        b = quotation_in_relative_clause(eng, sp, a, b)
        if content_is_a_frame(eng, si, a, b):
            return None
        rule = RULE_CUE_THEN_CONTENT + (RULE_AS_X_SAID if sp.found_by == "as_x_said" else "")
    if b <= a:
        return None
    np_ = sp.np
    if postposed and not inverted:
        lead = pronoun_is_clause_subject(eng, sp, s0, a, b)
        if lead is not None:
            np_ = lead
            rule += RULE_PRONOUN_IS_CLAUSE_SUBJECT
    c0 = cue_with_negation(text, cue)
    return eng.attribute(
        si,
        np_,
        text[c0 : cue.end],
        c0,
        cue.end,
        None,
        a,
        b,
        rule + (RULE_INVERTED if inverted else ""),
        previous_speaker=continues_statement(eng, cue),
    )


def content_is_a_frame(eng: Engine, si: int, a: int, b: int) -> bool:
    """Content that is only the sentence's closing frame: a few words after a comma that end with the verb
    of a later cue of the sentence. In "They agreed to meet in August, the ministry said." the words after
    "agreed" are "the ministry said", and the ministry is the source of the whole sentence (the postposed
    cue); "thanking Cruz for the warm welcome" ends in a cue's word, but no comma opens a frame there."""
    if len(eng.text[a:b].split()) > 4 or not eng.text[max(0, a - 3) : a].rstrip().endswith(","):
        return False
    cues = eng.cues_of_sentence.get(si, [])
    return any(a < m.start() and not eng.text[m.end() : b].strip(" \t.") for m in cues)


#: the words between a cue and the colon of a cue line when they only say when or where the words were said:
#: "X said last December in an interview with a Dutch newspaper:" (the quotation after it is the content)
ADVERBIAL_TO_COLON_RE = re.compile(
    r"(?<!\s)\s++(?:last|this|on|in|at|during|earlier|yesterday|today|recently|once)\b[^\"“”«»,;:.!?\n]{0,80}:\s*+$"
)


#: the words between a cue and the colon of a cue line when they only name whom the words address or are
#: about, one to four capitalised words: "X criticized Hariri :", "the minister told Reuters:" (the
#: quotation below is the content, the name no content of its own)
OBJECT_TO_COLON_RE = re.compile(cased(r"(?<!\s)(?:\s++[A-Z][\w’'.\-]*+){1,4}+\s*+:\s*+$"))


def cue_subject(eng: Engine, si: int, m: re.Match[str]) -> NP | None:
    """The speaker phrase that :data:`SPEAKER_RULES` find for the speech verb ``m`` of sentence ``si`` (the
    subject of a cue line whose own words are no content: :data:`OBJECT_TO_COLON_RE`), or None."""
    s0, s1, _ = eng.sents[si]
    cue = VerbCue.read(eng.text, eng.verbs, m, s0, s1, eng.words.occasion_to)
    if cue is None or any(test(eng, cue) for test in NOT_A_CUE):
        return None
    for rule in SPEAKER_RULES:
        sp = rule(eng, cue)
        if sp is not None:
            return sp.np if isinstance(sp, Speaker) else None
    return None


def continues_statement(eng: Engine, cue: VerbCue) -> bool:
    """A cue that carries on what someone was saying: a verb flagged ``continues`` in speech_verbs.txt
    ("he added") or one after a continuing adverb of statement_words.txt ("he also said"). Its pronoun
    is the previous speaker's, not a politician named in between ("Peskov said … Putin met Biden in
    June. "…," he added": Peskov)."""
    return "continues" in cue.verb.flags or eng.words.continuing.search(cue.pre) is not None


_POSSESSIVE_HEAD = {"his": "he", "her": "she", "their": "they", "its": "it"}
_HOST_LEAD_RE = re.compile(r",\s*(?:but|while|whereas|and)\s*,?\s*$|;\s*$|,(?P<mark>[”\"])?\s*$")
_VERBLESS_WORDS = ("is", "was", "are", "were", "has", "had", "will", "did")
#: a sentence-opening conjunction before an according-to cue is no content of its own
_LINKING_CONJUNCTIONS = ("and", "but", "so", "yet", "or")
#: the most words a speaker label before an according-to cue may have ("Q:", "MS. PSAKI:", "Tuoi Tre:")
MAX_LABEL_WORDS = 4


def _introductory(before: str, skip_segment: re.Pattern[str]) -> bool:
    """Whether the words before an according-to cue only introduce it: nothing, a short adverbial ("Longer
    term, according to X, ..."), a skip-phrase ("However, according to X, ...") or a speaker label of
    :data:`MAX_LABEL_WORDS` words or fewer ("Q: According to X, ..." is X's clause after the comma)."""
    if before.endswith(":") and len(before.split()) <= MAX_LABEL_WORDS:
        return True
    if not before or (
        before.endswith(",") and len(before.split()) <= 5 and skip_segment.match(before) is not None
    ):
        return True
    if before.endswith(",") and len(before.split()) <= 3 and before[:1].isupper():
        words = [w.strip(",").lower() for w in before.split()]
        return all(w.isalpha() and not w.endswith(("ed", "s")) for w in words[1:]) and not any(
            w in _VERBLESS_WORDS for w in words
        )
    return False


def _channel_host(text: str, made: list[Statement], c0: int) -> Statement | None:
    """The statement whose cue ends right before an "according to" cue at ``c0`` ("Salehi said, according
    to Reuters"): the according-to source only passes that statement on (see :func:`according_to`)."""
    for r in reversed(made):
        if r.cue_end >= 0 and r.cue_end <= c0 and not text[r.cue_end : c0].strip(" ,"):
            return r
    return None


def witnessing_reporter(eng: Engine, si: int, np_: NP, c0: int) -> bool:
    """ "X said this at a briefing on Friday, according to an Ukrinform correspondent": a journalist (a
    title that is or falls under "journalist" in titles.txt) after a speech verb of the same sentence
    is the outlet's witness of X's words, not a second source of them (agency copy)."""
    head = np_.head or ""
    title = eng.parser.lex.titles.get(head)
    if np_.kind != "role" or np_.determiner == "bare":
        return False  # "as quoted by Greek Reporter": an outlet's name, the channel of the words
    if not (head == "journalist" or (title and "journalist" in title.broader)):
        return False
    return any(m.group("verb") and m.start() < c0 for m in eng.cues_of_sentence.get(si, []))


def according_to(eng: Engine, si: int, m: re.Match[str], made: list[Statement]) -> Statement | None:
    """ "according to X", "per the decree", "in his words", "in the words of X", "as reported by X": X is
    the source of the clause after "X," when the cue opens the sentence ("According to Peskov, the talks
    ..."), else of the clause before the cue ("..., according to both parties."). Inside another
    statement it gives a second source for the rest ("…, but, according to his agent, …"). Right after a
    speech cue ('"…," Salehi said, according to Reuters') it is the channel: a second source of the same
    words, and the speaker stays the one whose words go on (``CHANNEL`` in the rule)."""
    if not m.group("acc"):
        return None
    text = eng.text
    s0, s1, _ = eng.sents[si]
    c0, c1 = m.start(), m.end()
    if text[c0] == "p" and text[max(0, c0 - 2) : c0] != ", ":
        return None  # "per" is a source only as "Per the decree, ..." or "..., per the report"
    host = embedded_in(made, c0)
    if host is not None:
        lead = _HOST_LEAD_RE.search(text[host.start : c0])
        if lead is None:
            return None
        # ("…agreed “to halt the outflow,” according to Reuters": the closing mark stays with the content)
        ea, eb = eng.trim(host.start, host.start + (lead.end("mark") if lead.group("mark") else lead.start()))
        if eb <= ea:
            return None
        host.end, host.text = eb, text[ea:eb]
        if lead.group().strip(" ,”\""):  # ", but, according to X, …": X's words follow
            s0 = host.start + lead.end()
        # else "…, according to prosecutors": the source of what comes before
    cue = " ".join(m.group().split())
    if m.group("poss"):  # in his words
        p0, p1 = m.start("poss"), m.end("poss")
        np_ = NP(p0, p1, text[p0:p1], "pronoun", head=_POSSESSIVE_HEAD[m.group("poss").lower()])
        np_end, prev = c1, True
    else:
        np_end = _np_end(text, c1, s1)
        np_ = eng.parser.parse(text, c1, np_end)
        if np_ is None:
            return according_inside_subject(eng, si, c0, c1, np_end)
        prev = np_.kind == "pronoun"
        if witnessing_reporter(eng, si, np_, c0):
            return None
    after = text[np_end:s1]
    before = text[s0:c0].strip()
    if before.lower() in _LINKING_CONJUNCTIONS:  # "And according to X: ..., Y": the "And" only links
        before = ""
    if si > 0 and THIS_WAS_RE.fullmatch(before):  # "This was according to X ...": the sentence before
        p0, p1, kind = eng.sents[si - 1]
        if kind in ("heading", "headline", "dateline") or any(r.sentence_id == si - 1 for r in eng.rows):
            return None
        pa, pb = eng.trim(p0, p1)
        rule = RULE_ACCORDING_TO.format(cue=cue.lower()) + RULE_THIS_WAS
        row = eng.attribute(si, np_, cue, c0, c1, ACCORDING_TO, pa, pb, rule, previous_speaker=prev)
        return naming_sentence(eng, si, row, np_, (cue, c0, c1), rule, prev)
    channel = _channel_host(text, made, c0)
    if channel is not None:  # '"...," Salehi said, according to Reuters.': Reuters passes on his words
        rule = RULE_ACCORDING_TO.format(cue=cue.lower()) + RULE_CHANNEL.format(channel.speaker)
        return eng.attribute(si, np_, cue, c0, c1, ACCORDING_TO, channel.start, channel.end, rule)
    if (
        after.lstrip().startswith(",")
        and len(after.strip(" ,.")) > 0
        and _introductory(before, eng.words.skip_segment)
    ):
        a, b = eng.trim(appositive_end(eng, np_, np_end + after.index(",") + 1, s1), s1)
    elif before:
        a, b = eng.trim(s0, c0)
    else:
        a, b = eng.trim(np_end, s1)
    if b <= a:
        return None
    rule = RULE_ACCORDING_TO.format(cue=cue.lower())
    return eng.attribute(si, np_, cue, c0, c1, ACCORDING_TO, a, b, rule, previous_speaker=prev)


#: the most words of a subject before an according-to phrase inside it ("The talks according to X covered")
INSIDE_SUBJECT_WORDS = 4
#: a finite verb right after the source of an according-to phrase inside the subject
_VERB_AFTER_SOURCE_RE = re.compile(
    r"(?<![ \t])[ \t]++(?:also[ \t]++)?"
    r"(?:[a-z]{2,20}ed|[a-z]{3,20}s|was|were|are|is|will|would|had|has|have)\b"
)
_INSIDE_SOURCE_KINDS = ("name", "role", "organisation", "state")


def according_inside_subject(eng: Engine, si: int, c0: int, c1: int, np_end: int) -> Statement | None:
    """An according-to phrase set between a short subject and its verb, without commas: "The talks according
    to Hariri covered the situation in Lebanon ..." (translated copy). The source is the phrase before the
    verb (a name, role, organisation or state ending before a lower-case finite verb), the whole sentence
    its content."""
    text = eng.text
    s0, s1, _ = eng.sents[si]
    before = text[s0:c0].split()
    if not 1 <= len(before) <= INSIDE_SUBJECT_WORDS or not before[0][:1].isupper() or "," in text[s0:c0]:
        return None
    words = list(itertools.islice(WORD_RUN_RE.finditer(text[c1:np_end]), AGENT_WORDS))
    for n in range(len(words) - 1, 0, -1):
        if not words[n].group().islower():
            continue
        np_ = eng.parser.parse(text, c1, c1 + words[n - 1].end(), allow_tail=False)
        if np_ is None or np_.kind not in _INSIDE_SOURCE_KINDS:
            continue
        if _VERB_AFTER_SOURCE_RE.match(text, np_.end) is None:
            return None
        cue = " ".join(text[c0:c1].split())
        a, b = eng.trim(s0, s1)
        rule = RULE_ACCORDING_TO.format(cue=cue.lower())
        return eng.attribute(si, np_, cue, c0, c1, ACCORDING_TO, a, b, rule)
    return None


#: the kinds of source an appositive office may follow after "According to" (a person's name)
_APPOSITIVE_SOURCE_KINDS = ("name",)
#: the most characters of an appositive office after a source (to its comma)
APPOSITIVE_CHARS = 80


def appositive_end(eng: Engine, np_: NP, a: int, s1: int) -> int:
    """Where the clause after "According to <name>," starts when an office set off by commas follows the
    name: "According to H.E. Eang Sophalleth, Assistant to the Cambodian Premier, H.E. Wang Yi conveyed
    ..." (the office is the source's, the clause starts at "H.E."); ``a`` itself otherwise."""
    if np_.kind not in _APPOSITIVE_SOURCE_KINDS:
        return a
    comma = eng.text.find(",", a, min(s1, a + APPOSITIVE_CHARS))
    if comma < 0 or not eng.text[comma + 1 : s1].strip(" .,"):
        return a
    lo, hi = eng.trim(a, comma)
    office = eng.parser.parse(eng.text, lo, hi, allow_tail=False) if hi > lo else None
    if office is None or office.kind != "role" or office.end != hi or office.plural:
        return a
    return comma + 1


def agent_follows(eng: Engine, cue: VerbCue) -> re.Match[str] | None:
    """ "by X" right after a passive cue ("reported by AP"), or after a short adverbial when an auxiliary
    stands before the cue ("was stated on Tuesday by X"; "the agreement announced in Skhirat by X" is no
    statement of X). After an auxiliary, a document and its author stand for "by X" too: "This was stated
    in the statement of the Ministry of Foreign Affairs of Uzbekistan." (agency copy: the ministry is the
    source)."""
    by = BY_AGENT_RE.match(eng.text, cue.end, cue.s1)
    if by is None and PASSIVE_BEFORE_RE.search(cue.pre) is not None:
        by = AGENT_AFTER_RE.match(eng.text, cue.end, cue.s1)
        if by is None:
            by = eng.words.document_agent.match(eng.text, cue.end, cue.s1)
    return by


#: the most words of a passive cue's agent: an office of a ministry with its full name ("the press service of
#: the Kazakh Ministry of Foreign Affairs", translated Central Asian copy) is ten
AGENT_WORDS = 12


def passive_with_agent(eng: Engine, si: int, cue: VerbCue, made: list[Statement]) -> Statement | None:
    """'<cue, past participle> by X' for verbs flagged ``agent``: "he was told by Emergencies Minister
    Yevgeny Zinichev of ...", "numbers reported by The Associated Press". X is the speaker; the content is
    what follows X in the sentence, or what precedes the cue when nothing does."""
    text, c0, c1, s0, s1 = eng.text, cue.start, cue.end, cue.s0, cue.s1
    if embedded_in(made, c0) is not None:
        return None
    by = agent_follows(eng, cue)
    if by is None:
        return None
    a0 = by.end()
    lim = _np_end(text, a0, s1)
    words = list(itertools.islice(WORD_RUN_RE.finditer(text[a0:lim]), AGENT_WORDS))
    np_ = None
    for n in range(len(words), 0, -1):
        nxt = words[n].group() if n < len(words) else ""
        if nxt and not nxt[:1].islower():
            continue
        cand = eng.parser.parse(text, a0, a0 + words[n - 1].end(), allow_tail=False)
        if cand is not None and cand.kind not in ("pronoun", "document"):
            np_ = cand
            break
    if np_ is None:
        return None
    a, b = eng.trim(np_.end, s1)
    rule = RULE_PASSIVE_AGENT
    # "It was reported by Russian media that both ministers ...": a "that"-clause after the agent is the
    # content, so "It" is no sentence before
    that_clause = text[a:b].startswith("that ")
    if that_clause:
        a, b = eng.trim(a + len("that "), b)
    if len(text[a:b].split()) < 3:
        lead = PASSIVE_BEFORE_RE.search(text, s0, c0)
        a, b = eng.trim(s0, lead.start() if lead else c0)
    if si > 0 and not that_clause and DEMONSTRATIVE_SUBJECT_RE.fullmatch(text, s0, c0):
        # "This was stated on Tuesday by Kremlin spokesman Dmitry Peskov.": the sentence before is his
        p0, p1, kind = eng.sents[si - 1]
        if kind == "heading":
            return None
        if any(r.sentence_id == si - 1 for r in eng.rows):
            if by.group().split()[0] != "in":
                return None
            # the sentence before is already someone's and the agent wrote a document ("This is stated in the
            # message of the press service of ..."): the credit line is the issuer's statement itself
            a, b = eng.trim(s0, s1)
            return eng.attribute(si, np_, text[c0:c1], c0, c1, None, a, b, rule)
        a, b = eng.trim(p0, p1)
        rule = RULE_PASSIVE_AGENT + RULE_STATED_BEFORE
        row = eng.attribute(si, np_, text[c0:c1], c0, c1, None, a, b, rule)
        return naming_sentence(eng, si, row, np_, (text[c0:c1], c0, c1), rule)
    if len(text[a:b].split()) < 2:  # "The operation was condemned by members of the EU."
        return None
    return eng.attribute(si, np_, text[c0:c1], c0, c1, None, a, b, rule)


#: the rules for one cue found in a sentence, in order: the first that makes a statement wins
#: the words before an according-to cue that make it credit the sentence before: "This was according to X"
THIS_WAS_RE = re.compile(r"(?:This|That|It)\s+(?:is|was)")
#: a sentence that credits the one before it: "This is what X told reporters", "That was how X put it"
#: (matched at the sentence start, before the speaker)
WHAT_X_SAID_RE = re.compile(r"(?:This|That)(?:\s+(?:is|was)|[’']s)\s+(?:what|how)\s+")
_WHAT_X_SAID_KINDS = ("name", "role", "organisation", "state")


def credit_sentence_before(
    eng: Engine, si: int, a: int, np_: Any, m: re.Match[str], rule: str
) -> Statement | None:
    """The statement of sentence ``si``'s speaker ``np_`` and cue ``m`` whose content is the sentence
    before it ("This is what X told reporters", "X reported this."), when that sentence is of the same
    paragraph (no line break before ``a``, the start of sentence ``si``), is no heading and holds no
    statement yet."""
    p0, p1, kind = eng.sents[si - 1]
    if kind == "heading" or "\n" in eng.text[p1:a] or any(r.sentence_id == si - 1 for r in eng.rows):
        return None
    pa, pb = eng.trim(p0, p1)
    row = eng.attribute(si, np_, m.group(), m.start(), m.end(), None, pa, pb, rule)
    return naming_sentence(eng, si, row, np_, (m.group(), m.start(), m.end()), rule)


def naming_sentence(
    eng: Engine,
    si: int,
    row: Statement | None,
    np_: NP,
    cue: tuple[str, int, int],
    rule: str,
    previous_speaker: bool = False,
) -> Statement | None:
    """The sentence that names the source of the sentence before it ("This was according to X, who ...",
    "This is what X told reporters during today's briefing.") is a statement of that source too (the gold
    rounds list both): once the sentence before is credited (``row``), sentence ``si`` itself is recorded."""
    if row is None:
        return None
    a, b = eng.trim(*eng.sents[si][:2])
    own = eng.attribute(si, np_, *cue, INDIRECT, a, b, rule + RULE_NAMING_SENTENCE, previous_speaker)
    return own or row


def what_x_said(eng: Engine, si: int, m: re.Match[str], made: list[Statement]) -> Statement | None:
    """ "If the ministry is unaware, there are no negotiations. This is what Foreign Minister Ara Aivazian
    told reporters during today's briefing." (agency copy): the speaker between "This is what" and the
    cue said the sentence before, of the same paragraph, when no statement holds it yet."""
    if m.group("acc") or si == 0 or made:
        return None
    text = eng.text
    a, _b = eng.trim(*eng.sents[si][:2])
    lead = WHAT_X_SAID_RE.match(text, a, m.start())
    verb = eng.verbs.get(" ".join(m.group("verb").split()).lower()) if m.group("verb") else None
    if lead is None or verb is None or verb.form not in ("past", "s"):
        return None
    end = m.start()
    while end > lead.end() and text[end - 1].isspace():
        end -= 1
    np_ = eng.parser.parse(text, lead.end(), end, allow_tail=False)
    if np_ is None or np_.kind not in _WHAT_X_SAID_KINDS or np_.end < end:
        return None
    return credit_sentence_before(eng, si, a, np_, m, RULE_WHAT_X_SAID)


#: the demonstrative object that ends a sentence crediting the one before it: "X reported this." (the
#: look-behind: a search starts only at the first blank of a run, linear on long runs)
SAID_THIS_RE = re.compile(r"(?<![ \t])[ \t]+(?:this|that)[ \t]*\.?")


def x_said_this(eng: Engine, si: int, m: re.Match[str], made: list[Statement]) -> Statement | None:
    """ "The parties discussed efforts to achieve peace. The press service of the Ministry of Foreign
    Affairs reported this." (agency copy): a sentence that is only a speaker, a speech verb and "this" or
    "that" credits the sentence before it, of the same paragraph, to the speaker (as "This was stated by
    X" does), when no statement holds it yet."""
    if m.group("acc") or si == 0 or made or not m.group("verb"):
        return None
    text = eng.text
    a, b = eng.trim(*eng.sents[si][:2])
    if SAID_THIS_RE.fullmatch(text, m.end(), b) is None or text[b : b + 1] not in (".", "!"):
        return None  # "Pope Francis points out that\n“...”": a sentence cut before its quotation
    verb = eng.verbs.get(" ".join(m.group("verb").split()).lower())
    if verb is None or verb.form not in ("past", "s"):
        return None
    end = m.start()
    while end > a and text[end - 1].isspace():
        end -= 1
    np_ = eng.parser.parse(text, a, end, allow_tail=False)
    if np_ is None or np_.kind not in _WHAT_X_SAID_KINDS or np_.start > a or np_.end < end:
        return None
    return credit_sentence_before(eng, si, a, np_, m, RULE_X_SAID_THIS)


CUE_RULES = rule_list(according_to, what_x_said, x_said_this, speech_verb)


def quotation_in_relative_clause(eng: Engine, sp: Speaker, a: int, b: int) -> int:
    """Where the content of a cue in a relative clause ends: at the close of the quotation it opens with
    ("Paul Grant, who joked of the museum, ''It is older than I am,'' left early": not "left early")."""
    if sp.bound is None or sp.bound.group() != "who":
        return b
    q = eng.in_quote(a)
    return q.close if q is not None and q.closed and q.open <= a else b


def asked_before(eng: Engine, s0: int, pos: int) -> bool:
    """A question cue (``[question cues]`` of statement_words.txt: "asked", "questioned") stands between
    the sentence start ``s0`` and ``pos``: a quotation there is the question's words."""
    return eng.words.question.search(eng.text, s0, pos) is not None


def split_quotation_parts(eng: Engine, si: int, made: list[Statement]) -> list[Statement]:
    """'"Part one," he said, "part two."': the other parts of a quotation split by its attribution are
    the same speaker's (when the sentence has one speaker), except words quoted from the question before
    the cue ('When asked if Russia has an "exit strategy," Lavrov said ...': the question's)."""
    if not made or len({r.speaker for r in made}) != 1:
        return []
    s0, s1, _ = eng.sents[si]
    ref, out = made[0], []
    # (after "answered a journalist's question about ...": the words quoted there are the question's)
    question = ref.cue_end >= 0 and _QUESTION_OBJECT_RE.match(eng.text, ref.cue_end, s1) is not None
    for q in eng.quotes_of_sentence.get(si, []):
        if q.close <= ref.cue_start and asked_before(eng, s0, q.open):
            continue
        if question and q.open >= ref.cue_end:
            continue
        if q.statement_id < 0 and q.words > 1 and q.closed and q.open < s1:
            cue = (ref.cue, ref.cue_start, ref.cue_end)
            out.append(eng.add(ref.source, cue, DIRECT, q.inner_start, q.inner_end, RULE_SPLIT_QUOTATION))
    return out


#: a stray quotation mark and a comma opening a sentence, before an inverted cue: '", said the correspondent'
_STRAY_MARK_COMMA_RE = re.compile(r"[\"“”'’]?+(?<![ \t][ \t])[ \t]*+,[ \t]*+")
_STRAY_CUE_SPEAKER_KINDS = ("name", "role", "organisation")
#: where a correspondent filed from, after the speaker phrase: " from Athens", " in New York"
_FILED_FROM_RE = re.compile(
    cased(r"(?<![ \t])[ \t]++(?:from|in|at)[ \t]++[A-Z][\w’'.\-]*+(?:[ \t]++[A-Z][\w’'.\-]*+){0,2}")
)


def stray_mark_cue_of(eng: Engine, si: int) -> tuple[NP, int, int] | None:
    """'... organized by the "Alexis Tsipras Institute" and the "Zaev Foundation". ", said the correspondent
    of MIA from Athens.': a postposed inverted cue cut off from its content by a stray mark and a full stop
    (copy that closed a quotation never opened). Sentence ``si`` is only the mark, a comma, the cue in the
    past or "-s" form and its speaker (a name, role or organisation); the sentence before, in the same
    paragraph, is the content. Returns (speaker phrase, cue start, cue end)."""
    if si == 0:
        return None
    text = eng.text
    s0, s1 = eng.trim(*eng.sents[si][:2])
    m = _STRAY_MARK_COMMA_RE.match(text, s0, s1)
    if m is None or m.end() == s0:
        return None
    cue = next((c for c in eng.cues_of_sentence.get(si, []) if c.start() == m.end()), None)
    if cue is None or cue.group("acc") or not cue.group("verb"):
        return None
    verb = eng.verbs.get(" ".join(cue.group("verb").split()).lower())
    if verb is None or verb.form not in ("past", "s"):
        return None
    np_end = _np_end(text, cue.end(), s1)
    if text[np_end:s1].strip(" \t.!"):
        return None
    np_ = eng.parser.parse(text, cue.end(), np_end)
    if np_ is None:  # "the correspondent of the agency from Athens": the phrase, then where it was filed
        np_ = leading_np(eng, cue.end(), np_end)
        if np_ is not None and not _FILED_FROM_RE.fullmatch(text, np_.end, eng.trim(np_.end, np_end)[1]):
            return None
    if np_ is None or np_.kind not in _STRAY_CUE_SPEAKER_KINDS:
        return None
    p0, p1, kind = eng.sents[si - 1]
    if kind != "body" or eng.sentence_of(p0) != si - 1 or "\n" in text[p1:s0]:
        return None
    return np_, cue.start(), cue.end()


def inverted_cue_of(eng: Engine, si: int) -> tuple[NP, int, int, Quote] | None:
    """'"Who is so stupid to steal a toilet?" wrote Cattelan, the artist, ...': a quotation ending in "?"
    or "!" closes a sentence, and the next one opens with the inverted cue in lower case. Returns (speaker
    phrase, cue start, cue end, the quotation) when sentence ``si`` is such a cue."""
    cues = eng.cues_of_sentence.get(si)
    if si == 0 or not cues:
        return None
    text = eng.text
    s0, s1, _ = eng.sents[si]
    m = cues[0]
    if m.group("acc") or m.start() != s0 or not text[s0 : s0 + 1].islower():
        return None
    verb = eng.verbs.get(" ".join(m.group("verb").split()).lower())
    if verb is None or verb.form not in ("past", "s"):
        return None
    a, b = eng.trim(*eng.sents[si - 1][:2])
    q = eng.in_quote(max(a, b - 1))
    if q is None or q.close < b or q.words < 2 or not q.closed:
        return None
    np_end = _np_end(text, m.end(), s1)
    rest = text[np_end:s1].strip()
    if rest and rest[0] not in ",.!?;":
        return None
    np_ = eng.parser.parse(text, m.end(), np_end)
    if np_ is None or (np_.kind == "pronoun" and np_.head not in ("he", "she")):
        return None
    return np_, m.start(), m.end(), q
