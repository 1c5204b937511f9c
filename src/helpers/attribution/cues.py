"""The cue words and patterns of who-said-what: what marks a speech cue, where a speaker phrase ends,
what may stand between a cue and its content.

The engine (:mod:`helpers.attribution.engine`) applies them; the word lists a researcher may change
live in ``lexicons/`` (speech verbs in ``speech_verbs.txt``).
"""

from __future__ import annotations

import functools
import re

from ..lexicons.titles import load_titles
from ..lexicons.verbs import Verb, load_verbs
from ..speakers import NPParser, trie_pattern

# every cue starts a word: the "\b" before them is written once, in cue_pattern
ACCORDING = (
    r"(?P<acc>[Aa]ccording\s+to\b|[Pp]er(?=\s+(?:the|a|an|its|his|her|their)\s)|[Ii]n\s+(?P<poss>his|her|their|its)\s+(?:own\s+)?words\b"
    r"|[Ii]n\s+the\s+words\s+of\b|[Aa]s\s+(?:reported|quoted|cited|stated)\s+by\b)"
)


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
    at words that open with any other (another fifth less)."""
    verbs = load_verbs(verbs_key)
    first = re.escape("".join(sorted({form[0] for form in verbs} | set("AaPpIi"))))
    return re.compile(
        rf"\b(?=[{first}])(?:{ACCORDING}|(?P<verb>{trie_pattern(set(verbs))})\b(?![’'\-]\w))"
    )

# the lookahead holds every character a boundary can open with: the regex engine gives up at once at any
# other (most letters), which makes the scan before each cue about a quarter faster
BOUND_RE = re.compile(
    r"(?=[,;:()\[\]\"“”«»„‘’'\s—TtWwBbIiSsAaUu])"
    r"(?:[,;:()\[\]\"“”«»„]|(?<!\w)[‘']|[’'](?!\w)|\s[-–—]+\s|—"
    r"|\b(?:[Tt]hat|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hen|[Ww]hile|[Bb]ecause|[Ww]hether|[Ii]f|[Bb]ut|[Ss]o|[Ww]here|[Aa]lthough|[Tt]hough|[Ww]hereas|[Uu]nless)\b)"
)
NP_END_RE = re.compile(
    r"[,;:()\"“”«»]|\s[-–—]+\s|[!?]|\b(?:that|who|which|when|as|because)\b"
    r"|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bAmb)(?<!\bProf)"
    r"(?<!\b[A-Z])\.(?:\s|$)"
)
TELL_OBJ_RE = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.\-]*)*"
    r"|reporters|journalists|the\s+press|press|media|lawmakers|parliament|audience|crowd|him|her|them|us|me|you"
    r"|(?:[a-z\-]+\s+){0,2}(?:newspaper|agency|channel|station|television|radio|broadcaster|news\s+agency|daily|weekly|reporters|journalists|interviewer|correspondent))\b"
)
AFTER_RE = re.compile(
    r"(?:\s*,?\s+(?:(?:to|in|on|at|during|after|before|via|from|with|over)\b(?!\s+\w+ing\b)"
    r"|(?:earlier|later|also|again|repeatedly|publicly|firmly|strongly|once)\b"
    r"|(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|weekend|[A-Z][a-z]+day)\b)"
    r"[^,;:\"“«.]{0,70}?(?=\s*(?:,|:|\bthat\b|[\"“«])))?"
    r"\s*(?P<punct>[,:])?\s*(?P<that>that\b)?\s*"
)
PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|am|get|gets|got|is\s+being|was\s+being)\s+"
    r"(?:\w+ly\s+|not\s+|also\s+|later\s+|then\s+|again\s+|once\s+|since\s+|never\s+|often\s+)?$"
)
NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|its|their|our|his|her|these|those|some|many|several|member|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|other|such|new|recent|media|press|news)|\d)\s+$",
    re.IGNORECASE,
)
QUOTED_AS_RE = re.compile(
    r"(?:\b(?:was|were|is|are|has\s+been|have\s+been)\s+)?\b(?:quoted|cited)\s+(?:(?P<who>[^,;:\"“«]{1,80}?)\s+)?as\s+"
)
SAY_PAST = Verb("say", "past", frozenset())
ADVERB_ONLY = frozenset(
    {
        "also",
        "later",
        "then",
        "further",
        "again",
        "previously",
        "earlier",
        "has",
        "have",
        "had",
        "once",
        "too",
        "recently",
        "subsequently",
        "separately",
        "repeatedly",
    }
)
CLAUSE_WORDS = frozenset(
    {
        "that",
        "whether",
        "if",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "there",
        "this",
        "the",
        "his",
        "her",
        "their",
        "its",
        "what",
        "how",
        "why",
        "when",
        "where",
        "who",
    }
)
OBJ_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
# verbs whose complement is a clause, so that "which NASA said might ..." has NASA as its source (and
# "the claims that Russia rejected were false" has none)
RELATIVE_CLAUSE_VERBS = frozenset(
    {
        "say",
        "claim",
        "state",
        "report",
        "announce",
        "estimate",
        "predict",
        "confirm",
        "suggest",
        "indicate",
        "argue",
        "insist",
        "believe",
        "add",
        "note",
        "allege",
        "warn",
        "write",
    }
)
TRANSLATION_RE = re.compile(r"\(\([a-z]{2,3}\)\)[A-Z][a-z]+ language:")
NAMING_RE = re.compile(
    r"\b(?:named|dubbed|called|nicknamed|titled|entitled|labell?ed|branded|codenamed|code-named)"
    r"(?:\s+(?:it|him|her|them|this|the\s+\w+))?\s*$"
)
FINITE_RE = re.compile(
    # an optional time phrase, then a clause that opens with no preposition and reaches a finite verb
    r"(?:\s+(?:on|last|this|late|early)\s+[A-Z]?[a-z]+|\s+(?:yesterday|today|earlier|later|again|also))?"
    r"(?!\s+(?:about|on|of|for|with|in|to|at|from|by|over|into|against|under|after|before|during)\b)"
    r"(?:\s+(?!(?:that|which|who|whom|whose|to|and|or|but|because|since|although|though|when|while|if|as"
    r"|after|before|until|unless|where|so|than|we|you|i)\b)[\w’'\-$%.]+){1,9}?\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|can|may|might|should|must|did|does)\b"
)
WENT_ON_RE = re.compile(r"\b(?:went|goes|go|going)\s+on\s+to\s+$|\b(?:continued|proceeded)\s+to\s+$")
TO_BEFORE_RE = re.compile(r"\bto\s+$")
AS_BEFORE_RE = re.compile(r"\bas\s+$")
BY_AFTER_RE = re.compile(r"\s+by\s")
BY_WORD_AFTER_RE = re.compile(r"\s+by\b")
NEXT_WORD_RE = re.compile(r"\s*([\"“«„‘]|[\w’']+)")
FIRST_WORD_RE = re.compile(r"[\"“«„‘]|[\w’']+")
WORD_RUN_RE = re.compile(r"[^\s,;:]+")
PAREN_END_RE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
INDEF_APPOSITIVE_RE = re.compile(r"^\s*(?:an?|another|one\s+of)\s+[a-z]", re.IGNORECASE)
SKIP_SEGMENT_RE = re.compile(
    r"^\s*(?:[a-z]+ing|who|which|whose|according|in|on|at|after|before|during|with|as|when|while|if|although|"
    r"though|despite|amid|following|ahead|speaking|asked|responding|referring|earlier|later|meanwhile|however|"
    r"moreover|furthermore|besides|also|then|previously|separately|instead|still|yet|now|today|yesterday|"
    r"apart|besides|in\s+turn|at\s+the\s+same\s+time)\b",
    re.IGNORECASE,
)

