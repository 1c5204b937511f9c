"""Who speaks: speaker mentions, titles and roles, alias merging, pronoun and role-noun resolution.

Speakers are discovered from the text, never from a list written for one article: a speaker is a noun
phrase in a speaker position (the subject of a speech verb, the object of "according to") that reads as
a person's name (capitalised words, often after a title: "Kremlin Spokesman Dmitry Peskov"), a role noun
("the spokesman", "a high-ranking White House official"), an organisation ("CNN", "the Foreign Ministry"),
a state ("Washington", "Russia"), a group ("the presidents", "both parties") or a pronoun ("he"). What
counts as a title, an organisation word, a state, is data: ``lexicons/titles.txt`` (see its header), which
a user can replace with ``titles_path=``.

Resolution rules (in :class:`Resolver`):

* **Names.** Every capitalised name in the text is read once (with the title words before it), so that a
  bare surname later ("Ushakov noted") finds the full name, role and affiliation; a bare name also
  matches a paternal surname ("Rosselló" in "Ricardo Rosselló Nevares") or a family name written first
  ("Xi" in "Xi Jinping"). Professions unknown to the lexicon count as titles by their ending
  ("anthropologist", "physician"). Two forms are the same
  person when the surnames agree and the first names are absent, initials of each other, or spelling
  variants (similarity >= 0.6: "Yury"/"Yuri"); different first names keep people apart.
* **Pronouns** ("he", "she", "it", "they") in speaker position: the most recent compatible speaker or
  clause subject in the last few sentences ("he" never resolves to a known woman, "it" only to an
  organisation or state, "they" to a group). Gender comes from titles and honorifics ("spokeswoman",
  "Ms"), then the ``[given names]`` of the lexicon, then Slavic surname endings ("-ova", "-ov").
  "In his words" and "according to him" take the previous compatible *speaker*.
* **Definite role nouns** ("the spokesman", "the Kremlin spokesman", "the official", "the US leader"):
  the most recent speaker, then the most recent person mentioned, whose title is that noun or lists it as
  a broader term, whose gender does not clash and whose affiliation agrees with the modifiers (Kremlin ->
  Russia, US -> United States). **Indefinite** ones ("a high-ranking White House official", "sources")
  introduce an anonymous source.
* **Plural role nouns and collective nouns** ("the presidents", "both parties"): the two most recent
  distinct people (with a matching title when one is given) form a group; otherwise the phrase itself.

Tables:

``speakers(article)`` — one row per speaker of at least one statement (``include_mentioned=True`` adds
every person, organisation and state named in the text):
    speaker (canonical name), aliases ("; "-joined forms seen), role, affiliation, type (person,
    organisation, state, anonymous, group), members (group members, "; "-joined), n_statements,
    first_start, first_end (offsets of the first mention), first_mention (its text).

``speaker_mentions(article)`` — every mention the attribution used, plus every definite role noun and
pronoun the resolver looked at:
    mention_id, start, end, text (``article.text[start:end]``), mention_type (name, pronoun, role_noun,
    organisation, state, group, anonymous, document), speaker (canonical, or None when unresolved),
    speaker_type, antecedent_start, antecedent_end (the mention it was resolved to, -1 when none),
    antecedent (its text, "" when none), rule (how it was resolved), statement_id (the statement it is
    the speaker of, -1 when none), sentence_id.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .lexicons.titles import Title, TitleLexicon
from .tables import frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SPEAKER_COLUMNS = [
    "speaker",
    "aliases",
    "role",
    "affiliation",
    "type",
    "members",
    "n_statements",
    "first_start",
    "first_end",
    "first_mention",
]
MENTION_COLUMNS = [
    "mention_id",
    "start",
    "end",
    "text",
    "mention_type",
    "speaker",
    "speaker_type",
    "antecedent_start",
    "antecedent_end",
    "antecedent",
    "rule",
    "statement_id",
    "sentence_id",
]



# --------------------------------------------------------------------------------------------------------
# Noun phrases in speaker position
# --------------------------------------------------------------------------------------------------------

_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Prof|Rev|Hon|Amb|Pres|Jr|Sr|Atty|Supt)"
)
_DOMAIN = r"[^\W\d_][\w\-]*\.(?:com|org|net|ru|ua|uk|info|io|news|tv|de|fr|ca|au|in|cn)\b(?!\.\w)"
_DOMAIN_RE = re.compile(_DOMAIN + "$")
_TOKEN_RE = re.compile(rf"{_DOMAIN}|(?:[A-Z]\.){{2,}}|{_ABBR}\.|[A-Z]\.(?=\s+[A-Z])|[^\W\d_][\w'’\-]*|\d+|&")
PRONOUNS = {
    "he": ("person", "m", False),
    "she": ("person", "f", False),
    "it": ("organisation", None, False),
    "they": ("group", None, True),
    "him": ("person", "m", False),
    "her": ("person", "f", False),
    "them": ("group", None, True),
}
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you", "one"})
POSSESSIVE = {"his": "m", "her": "f", "its": None, "their": None, "my": None, "our": None, "your": None}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
INDEFINITE = frozenset(
    {
        "a",
        "an",
        "one",
        "some",
        "several",
        "two",
        "three",
        "four",
        "many",
        "other",
        "another",
        "unnamed",
        "anonymous",
        "few",
        "numerous",
        "various",
    }
)
COLLECTIVE_DETS = frozenset({"both", "all"})
LEADING_SKIP = frozenset(
    {
        "and",
        "but",
        "so",
        "yet",
        "then",
        "also",
        "meanwhile",
        "earlier",
        "later",
        "however",
        "moreover",
        "furthermore",
        "besides",
        "now",
        "still",
        "instead",
        "separately",
        "previously",
        "finally",
        "first",
        "second",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "recently",
        "again",
        "thus",
        "hence",
        "indeed",
        "subsequently",
        "additionally",
        "similarly",
        "likewise",
        "nevertheless",
        "nonetheless",
        "afterwards",
        "initially",
        "eventually",
        "ultimately",
        "namely",
        "notably",
        "overall",
        "therefore",
    }
)
TRAILING_SKIP = frozenset(
    {
        "also",
        "has",
        "have",
        "had",
        "was",
        "is",
        "were",
        "are",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "not",
        "never",
        "n't",
        "once",
        "again",
        "then",
        "later",
        "earlier",
        "further",
        "previously",
        "already",
        "too",
        "only",
        "even",
        "just",
        "now",
        "today",
        "yesterday",
        "himself",
        "herself",
        "itself",
        "themselves",
        "both",
        "all",
        "each",
        "in",
        "turn",
        "however",
        "still",
        "first",
        "finally",
        "been",
        "being",
        "last",
        "week",
        "month",
        "year",
        "there",
        "here",
        "since",
    }
)
PP_START = frozenset(
    {
        "ahead",
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "for",
        "from",
        "with",
        "via",
        "over",
        "last",
        "this",
        "late",
        "early",
        "speaking",
        "who",
        "when",
        "while",
        "upon",
        "within",
        "following",
        "amid",
        "earlier",
        "later",
        "once",
        "yesterday",
        "today",
    }
)
WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
_ROLE_ADJECTIVES = frozenset(
    {
        "veterinary",
        "medical",
        "chief",
        "senior",
        "deputy",
        "assistant",
        "associate",
        "executive",
        "general",
        "principal",
        "lead",
        "special",
        "political",
        "legal",
        "military",
        "foreign",
        "press",
        "public",
        "health",
        "security",
    }
)
_NOT_PROFESSIONS = frozenset(
    {
        "consist",
        "persist",
        "subsist",
        "consists",
        "persists",
        "exists",
        "insists",
        "resists",
        "assists",
        "against",
        "playlist",
        "checklist",
        "wishlist",
    }
)
NOT_NAME_WORDS = frozenset(
    {
        "hurricane",
        "storm",
        "typhoon",
        "cyclone",
        "tropical",
        "earthquake",
        "flight",
        "operation",
        "ship",
        "meeting",
        "summit",
        "conference",
        "forum",
        "talks",
        "agreement",
        "treaty",
        "accord",
        "day",
        "street",
        "square",
        "palace",
        "house",
        "hall",
        "center",
        "centre",
        "airport",
        "university",
        "sea",
        "river",
        "island",
        "region",
        "republic",
        "kingdom",
        "union",
        "federation",
        "council",
        "assembly",
        "committee",
        "ministry",
        "department",
        "office",
        "agency",
        "organization",
        "organisation",
        "nations",
        "states",
        "party",
        "group",
        "bank",
        "fund",
        "court",
        "war",
        "crisis",
        "initiative",
        "plan",
        "program",
        "programme",
        "act",
        "law",
        "declaration",
        "charter",
        "convention",
        "protocol",
        "games",
        "cup",
        "championship",
        "prize",
        "award",
        "church",
        "mosque",
        "cathedral",
        "museum",
        "hospital",
        "school",
        "college",
        "institute",
        "station",
        "port",
        "bridge",
        "park",
        "mountains",
        "valley",
        "province",
        "county",
        "city",
        "district",
        "avenue",
        "road",
        "ministers",
        "leaders",
        "presidents",
        "news",
        "times",
        "post",
        "press",
        "network",
        "television",
    }
)
PERIODS = frozenset({"week", "month", "year", "night", "weekend", "morning", "evening", "afternoon"})
NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "el",
        "le",
        "la",
        "du",
        "dos",
        "das",
        "di",
        "ben",
        "abu",
        "y",
    }
)
NAME_STOP = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "Of",
        "To",
        "From",
        "With",
        "By",
        "As",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "Your",
        "There",
        "Here",
        "Rest",
        "Following",
        "Including",
        "Whereas",
        "Although",
        "Though",
        "Unless",
        "Since",
        "Because",
        "Despite",
        "Regarding",
        "Let",
        "Please",
        "Having",
        "Being",
        "Thank",
        "Allow",
        "When",
        "While",
        "After",
        "Before",
        "If",
        "However",
        "Meanwhile",
        "Earlier",
        "Later",
        "According",
        "Also",
        "So",
        "Yet",
        "Then",
        "Now",
        "Both",
        "All",
        "Some",
        "Many",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Not",
        "No",
        "Yes",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Which",
        "Among",
        "Amongst",
        "Amid",
        "Amidst",
        "Per",
        "Upon",
        "Under",
        "Through",
        "Within",
        "Without",
        "During",
        "Until",
        "Unlike",
        "Like",
        "Against",
        "Toward",
        "Towards",
        "Beyond",
        "Into",
        "About",
        "Across",
        "Along",
        "Besides",
        "Via",
    }
)


@dataclass
class NP:
    """A noun phrase read as a possible speaker."""

    start: int
    end: int
    text: str
    kind: str  # pronoun name role organisation state collective document group
    name: str | None = None  # person name / organisation or state name
    role: str | None = None  # title phrase as written
    head: str | None = None  # title (lower, singular) or collective phrase
    plural: bool = False
    determiner: str = "bare"  # definite indefinite possessive bare
    affiliation: str | None = None  # as written
    gender: str | None = None
    owner: str | None = None  # possessive determiner (its, his ...)
    members: list[NP] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)  # capitalised/adjectival modifiers of a role noun


def _tail_word(low: str) -> bool:
    """A word that may start the ignored tail of a speaker phrase ("the spokesman ahead of the meeting",
    "scientists studying patients", "Lavrov, speaking on Monday")."""
    return low in PP_START or low.endswith("ly") or (low.endswith("ing") and len(low) > 5)


_OUTLET_NOUNS = frozenset(
    {
        "newspaper",
        "daily",
        "weekly",
        "magazine",
        "tabloid",
        "broadcaster",
        "channel",
        "site",
        "website",
        "outlet",
        "agency",
        "portal",
        "blog",
        "journal",
        "paper",
        "station",
        "network",
    }
)


#: lower-case words read as modifiers before a title or a name ("senior", "acting", "police")
_MODIFIER_WORDS = frozenset(
    {
        "high-ranking",
        "senior",
        "top",
        "former",
        "acting",
        "deputy",
        "presidential",
        "chief",
        "first",
        "vice",
        "foreign",
        "local",
        "unnamed",
        "anonymous",
        "official",
        "government",
        "state",
        "military",
        "federal",
        "regional",
        "national",
        "joint",
        "then",
        "outgoing",
        "incoming",
        "interim",
        "new",
        "veteran",
        "longtime",
        "fire",
        "service",
        "press",
        "police",
        "security",
        "white",
        "house",
        "defence",
        "defense",
        "ministry",
        "department",
    }
)

#: the lower-case words that may join the capitalised words of one name
_NAME_LINKS = NAME_PARTICLES | {"of", "for", "and"}

_SCAN_LEAD_RE = re.compile(r"(?:(?:of|for)[ \t]+)+")
_UNSEEN = object()  # a name sequence not parsed yet (None is a cached "not a speaker phrase")
_SUBJECT_BEFORE_RE = re.compile(r"(?:[,;:\"“”«(]|\b(?:that|and|but|while|when))$")
_SUBJECT_AFTER_RE = re.compile(r"\s+([a-z][\w’'\-]*)")
_NOT_AFTER_SUBJECT = frozenset(
    {"of", "and", "or", "to", "in", "on", "at", "for", "with", "from", "by", "’s", "'s"}
)


def _participle(word: str) -> bool:
    """A capitalised "-ing" word read as a sentence-initial participle ("Following", "Speaking"), not a
    name: its stem ends in a consonant other than j ("Boeing", "Beijing" are names)."""
    low = word.lower()
    return low.endswith("ing") and len(low) > 5 and low[-4] not in "aeiouj"


def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[a:b]`` as (token, start, end), as ``_TOKEN_RE.finditer(text, a, b)`` reads them.

    The strings come from ``findall`` (no match objects) and each start from ``str.find`` after the end of
    the token before: every token opens with a letter, a digit or "&", and at any such character the
    pattern matches, so none lies between two tokens and the first occurrence found is the token itself.
    """
    out = []
    find = text.find
    pos = a
    for w in _TOKEN_RE.findall(text, a, b):  # (the pattern has no groups: findall gives whole matches)
        pos = find(w, pos)
        out.append((w, pos, pos + len(w)))
        pos += len(w)
    return out


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def _strip_poss(w: str) -> str:
    if not w.endswith(_POSS_ENDINGS):  # (most words: one test instead of one per ending)
        return w
    for suf in _POSS_ENDINGS:
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)]
    return w


_POSS_ENDINGS = ("’s", "'s", "’", "'")


def _moved(proto: NP, a: int) -> NP:
    """A phrase parsed on its own (``parse(key, 0, len(key))``, which reads nothing outside ``key``) moved to
    offset ``a`` of the text: a copy of its fields, without group members."""
    np_ = NP.__new__(NP)
    np_.__dict__.update(proto.__dict__)
    np_.start, np_.end = proto.start + a, proto.end + a
    np_.modifiers, np_.members = list(proto.modifiers), []
    return np_


class NPParser:
    """Reads a stretch of text as a speaker noun phrase, using the titles lexicon."""

    def __init__(self, lex: TitleLexicon) -> None:
        self.lex = lex
        self._honorifics = frozenset(h.rstrip(".") for h in lex.honorifics)
        # the first word of every collective phrase: a phrase whose first word is not one of them is none
        self._collective_first = frozenset(phrase.split(" ")[0] for phrase in lex.collective)
        # phrases parsed on their own (allow_tail=False) by Resolver.scan and _role_mentions, for every text
        self._scan_cache: dict[str, NP | None] = {}

    # -- title matching -----------------------------------------------------------------------------
    def _title_at(self, words: list[str], i: int) -> tuple[int, str, bool] | None:
        """Longest title starting at words[i]: (n_words, singular title, plural?)."""
        lex = self.lex
        w0 = words[i].lower().strip(".")
        if w0 in lex.title_words:
            lows = [w.lower() for w in words[i : i + min(lex.max_title_len, len(words) - i)]]
            for n in range(len(lows), 0, -1):
                phrase = " ".join(lows[:n])
                if phrase in lex.titles:
                    return n, phrase, False
                if phrase in lex.plurals:
                    return n, lex.plurals[phrase], True
        # professions by their ending: "anthropologist", "epidemiologists", "physician"
        if len(w0) >= 7 and w0.isalpha() and w0 not in _NOT_PROFESSIONS:
            if w0.endswith(("ologist", "ician", "ist")):
                return 1, w0, False
            if w0.endswith(("ologists", "icians", "ists")):
                return 1, w0[:-1], True
        return None

    def state_of(self, phrase: str | None) -> str | None:
        """The state a modifier or affiliation points to ("Russian", "Kremlin", "US") or None."""
        if not phrase:
            return None
        low = phrase.lower().strip()
        lex = self.lex
        if low in lex.states:
            return lex.states[low]
        if low in lex.capitals:
            return lex.capitals[low]
        if low in lex.institutions:
            return lex.institutions[low] or None
        for w in reversed(low.split()):
            w = _strip_poss(w)
            if w in lex.states:
                return lex.states[w]
            if w in lex.institutions:
                return lex.institutions[w] or None
        for name, st in lex.institutions.items():
            if " " in name and name in low:
                return st or None
        return None

    def is_org_name(self, words: list[str]) -> bool:
        lex = self.lex
        if not words:
            return False
        low = " ".join([w.lower() for w in words])
        if low in lex.org_words or low in lex.institutions:
            return True
        last = words[-1]
        if last.lower() in lex.org_words and len(words) > 1:
            return True
        if len(words) == 1 and "." in last and _DOMAIN_RE.match(last) and _is_cap(last):
            return True  # a news site: "Znak.com" (a domain has a dot: most words skip the regex)
        if len(words) == 1 and (
            last.isupper() and len(last.replace(".", "")) >= 2 and not last.replace(".", "").isdigit()
        ):
            return low not in lex.states
        return _is_cap(words[0]) and any(w.lower() in lex.org_words and _is_cap(w) for w in words)

    # -- the parser ---------------------------------------------------------------------------------
    def parse(self, text: str, a: int, b: int, *, allow_tail: bool = True) -> NP | None:
        """Parse ``text[a:b]`` as one speaker noun phrase, or None.

        Leading adverbs/conjunctions and trailing auxiliaries are skipped; with ``allow_tail`` a trailing
        prepositional phrase ("the spokesman ahead of the meeting") is tolerated.
        """
        toks = _tokens(text, a, b)
        # leading skip words and temporal phrases ("on Monday")
        while toks:
            w = toks[0][0].lower()
            if w in LEADING_SKIP:
                toks = toks[1:]
            elif (
                w in ("on", "last", "this", "next", "late", "early")
                and len(toks) > 1
                and toks[1][0].lower() in WEEKDAYS | PERIODS
            ):
                toks = toks[2:]
            else:
                break
        while toks and (
            toks[-1][0].lower() in TRAILING_SKIP
            or toks[-1][0].lower().endswith("n't")
            or (toks[-1][0].islower() and toks[-1][0].endswith("ly") and len(toks[-1][0]) > 4)
        ):
            toks = toks[:-1]
        if not toks or len(toks) > 16:
            return None
        np_ = self._parse_tokens(text, toks, allow_tail)
        return np_

    def _parse_tokens(
        self, text: str, toks: list[tuple[str, int, int]], allow_tail: bool, coordinate: bool = True
    ) -> NP | None:
        words = [t[0] for t in toks]
        lows = [w.lower() for w in words]
        lex = self.lex
        start = toks[0][1]

        def mk(kind: str, j: int, **kw: Any) -> NP:
            e = toks[j - 1][2]
            return NP(start, e, text[start:e], kind, **kw)

        # pronoun
        if len(words) == 1 and lows[0] in PRONOUNS:
            _typ, gender, plural = PRONOUNS[lows[0]]
            return mk("pronoun", 1, gender=gender, plural=plural, head=lows[0])
        if len(words) == 1 and lows[0] in FIRST_PERSON:
            return None
        # coordination: X and Y -- unless "and" joins capitalised words of one name
        # ("Food and Agriculture Organization", "Trinidad and Tobago")
        if coordinate and "and" in lows[1:-1]:
            k = lows.index("and")
            if _is_cap(words[k - 1]) and _is_cap(words[k + 1]):
                whole = self._parse_tokens(text, toks, allow_tail, coordinate=False)
                if whole is not None and whole.kind in ("organisation", "state", "role", "document"):
                    return whole
        for conj in ("and", "&") if coordinate else ():
            if conj in lows[1:-1]:
                k = lows.index(conj)
                if k + 2 < len(words) and _strip_poss(words[k + 1]) != words[k + 1] and _is_cap(words[k + 1]):
                    break  # "Baloch and Waseem's mother": the possessive covers both names; one person
                left = self._parse_tokens(text, toks[:k], False)
                right = self._parse_tokens(text, toks[k + 1 :], allow_tail)
                if left and right and left.kind not in ("pronoun",) and right.kind != "pronoun":
                    e = right.end
                    return NP(start, e, text[start:e], "group", members=[left, right], plural=True)
                if lows[0] not in ("both",):
                    break
        # collective phrases: "both parties", "the two sides", "sources", "people familiar with ..."
        for n in range(min(4, len(words)), 0, -1) if lows[0] in self._collective_first else ():
            phrase = " ".join(lows[:n])
            if phrase in lex.collective:
                rest = len(words) - n
                if rest == 0 or (
                    allow_tail and (lows[n] in PP_START or lows[n] in ("close", "familiar", "said"))
                ):
                    return mk(
                        "collective",
                        n,
                        head=phrase,
                        plural=True,
                        determiner="definite" if lows[0] in DEFINITE | COLLECTIVE_DETS else "bare",
                    )
        i = 0
        determiner = "bare"
        owner = None
        if lows[0] in DEFINITE:
            determiner, i = "definite", 1
        elif lows[0] in INDEFINITE:
            determiner, i = "indefinite", 1
        elif lows[0] in POSSESSIVE:
            determiner, owner, i = "possessive", lows[0], 1
        elif lows[0] in COLLECTIVE_DETS:
            determiner, i = "definite", 1
            if i < len(lows) and lows[i] == "the":
                i += 1
        if determiner != "bare" and i < len(lows) and lows[i] in ("two", "three", "both"):
            i += 1
        if i >= len(words):
            return None
        # a collective noun after a determiner ("its sources", "the sides")
        for n in range(min(3, len(words) - i), 0, -1) if lows[i] in self._collective_first else ():
            phrase = " ".join(lows[i : i + n])
            if phrase in lex.collective and (
                i + n == len(words) or (allow_tail and lows[i + n] in PP_START | {"close", "familiar"})
            ):
                return mk("collective", i + n, head=phrase, plural=True, determiner=determiner, owner=owner)
        # "Syrian state media", "Russian officials": a state's adjective before a collective noun
        if _is_cap(words[i]) and lows[i] in lex.states and i + 1 < len(words):
            for n in range(min(3, len(words) - i - 1), 0, -1):
                phrase = " ".join(lows[i + 1 : i + 1 + n])
                if phrase in lex.collective and i + 1 + n == len(words):
                    return mk(
                        "collective",
                        i + 1 + n,
                        head=phrase,
                        plural=True,
                        determiner=determiner,
                        affiliation=lex.states[lows[i]],
                    )
        # "Hungarian daily newspaper Magyar Nemzet", "news site Znak.com": an outlet named after its noun
        for p_ in range(i, min(len(words) - 1, i + 4)):
            if (
                lows[p_] in _OUTLET_NOUNS
                and not _is_cap(words[p_])
                and all(
                    _is_cap(w) or lows[q] in NAME_PARTICLES for q, w in enumerate(words[p_ + 1 :], p_ + 1)
                )
                and all(_is_cap(w) or w.islower() for w in words[i:p_])
            ):
                name = " ".join(_strip_poss(w) for w in words[p_ + 1 :])
                e = toks[-1][2]
                return NP(start, e, text[start:e], "organisation", name=name, determiner="bare")
        # honorific + name
        if lows[i].rstrip(".") in self._honorifics and i + 1 < len(words) and _is_cap(words[i + 1]):
            j = i + 1
            while (
                j < len(words)
                and (_is_cap(words[j]) or lows[j] in NAME_PARTICLES)
                and words[j] not in NAME_STOP
            ):
                j += 1
            of_aff = (
                j + 1 < len(words)
                and lows[j] in ("of", "from")
                and len(words) - j <= 9
                and all(w[:1].isalpha() for w in words[j + 1 :])
            )
            if j == len(words) or (allow_tail and lows[j] in PP_START) or of_aff:
                gender = lex.honorifics.get(lows[i]) or lex.honorifics.get(lows[i].rstrip("."))
                return mk(
                    "name",
                    j,
                    name=" ".join(_strip_poss(w) for w in words[i + 1 : j]),
                    gender=gender,
                    determiner=determiner,
                    affiliation=" ".join(words[j + 1 :]) if of_aff else None,
                )
        # scan: modifiers, titles, then a name
        mods: list[str] = []
        role_words: list[str] = []
        title: str | None = None
        plural = False
        affiliation_parts: list[str] = []
        j = i
        last_title_end = -1
        while j < len(words):
            t = self._title_at(words, j)
            if t:
                n, title, plural = t
                role_words.extend(words[j : j + n])
                j += n
                last_title_end = j
                # "of Koszalin", "for the ministry", "of State" (already in title) -> affiliation
                if j < len(words) and lows[j] in ("of", "for", "at") and j + 1 < len(words):
                    k = j + 1
                    if lows[k] == "the":
                        k += 1
                    m = k
                    while m < len(words) and (
                        _is_cap(words[m])
                        or (lows[m] in ("of", "and") and m + 1 < len(words) and _is_cap(words[m + 1]))
                    ):
                        m += 1
                    if m > k:
                        # the affiliation is capitalised; a name may follow it only after a title
                        aff_words = words[k:m]
                        # "Mayor of Koszalin Piotr Jedlinski": keep two trailing words as the name when
                        # the affiliation is long enough
                        affiliation_parts.append(" ".join(aff_words))
                        j = m
                        last_title_end = j
                    elif k < len(lows) and self._is_lower_org(lows[k:]):
                        m = len(words)
                        affiliation_parts.append(" ".join(words[k:m]))
                        j = m
                        last_title_end = j
                    elif (
                        determiner in ("definite", "indefinite")
                        and lows[j] == "of"
                        and len(words) - k <= 5
                        and all(
                            w.islower() and w.replace("'", "").replace("’", "").isalpha() for w in words[k:]
                        )
                        and not any(lw in TRAILING_SKIP or lw.endswith("ing") for lw in lows[k:])
                    ):
                        # "the head of the police's internal investigators": a lower-case affiliation
                        affiliation_parts.append(" ".join(words[j + 1 :]))
                        j = len(words)
                        last_title_end = j
                continue
            w = words[j]
            w_cap = _is_cap(w)  # (read once: the tests below ask it up to four times)
            if (
                last_title_end >= 0
                and w.islower()
                and j + 1 < len(words)
                and (self._title_at(words, j + 1) or lows[j] in _ROLE_ADJECTIVES)
            ):
                role_words.append(w)  # "chief veterinary officer": the first title was a modifier
                j += 1
                continue
            if last_title_end >= 0:
                break  # after a title: the name (or the tail)
            if (
                not w_cap
                and lows[j] in lex.org_words
                and (j + 1 == len(words) or lows[j + 1] in PP_START)
            ):
                break  # "the ministry", "Japan's government": the head, not a modifier
            if (
                lows[j] in ("of", "and", "for")
                and mods
                and _is_cap(mods[-1])
                and j + 1 < len(words)
                and _is_cap(words[j + 1])
            ):
                mods.append(w)  # "People's Republic of China Foreign Minister Wang Yi"
                j += 1
                continue
            if w in NAME_STOP and not mods:
                break
            if (
                j == i
                and lows[j] in lex.documents
                and (j + 1 == len(words) or lows[j + 1] in ("by", "of", "from"))
            ):
                break  # "Estimates by the Argentinian government": a sentence-initial document noun
            if (
                not w_cap
                and w[:1].isalpha()
                and lows[j] not in TRAILING_SKIP
                and lows[j]
                not in ("of", "for", "and", "or", "the", "to", "from", "at", "in", "on", "with", "by")
                and (
                    (j + 1 < len(words) and (self._title_at(words, j + 1) or lows[j + 1] in lex.documents))
                    or (j + 2 < len(words) and words[j + 1].islower() and self._title_at(words, j + 2))
                )
            ):
                mods.append(w)  # "a prominent economist", "a well-placed diplomatic source"
                j += 1
                continue
            if (
                w_cap
                or lows[j] in _MODIFIER_WORDS
                or (
                    lows[j].endswith(("an", "ese", "ish", "ic", "al"))
                    and lows[j].isalpha()
                    and not w_cap
                    and j + 1 < len(words)
                )
            ):
                mods.append(w)
                j += 1
                continue
            break
        if title is not None:
            rest = words[j:]
            name_words: list[str] = []
            k = j
            while (
                k < len(words)
                and (_is_cap(words[k]) or (lows[k] in NAME_PARTICLES and name_words))
                and words[k] not in NAME_STOP
            ):
                name_words.append(words[k])
                k += 1
            # "Deputy Emergency Situations Minister Alexander Chupriyan": a second title inside the
            # capitalised run; the name is what follows it
            for p_ in range(1, len(name_words) - 1):
                t2 = self._title_at(words, j + p_)
                if t2 and p_ + t2[0] < len(name_words) and not t2[2] and _is_cap(words[j + p_]):
                    role_words.extend(words[j : j + p_ + t2[0]])
                    title = t2[1]
                    name_words = name_words[p_ + t2[0] :]
                    break
            # "Immunologist Kristian Andersen of Scripps Research": the affiliation after the name
            if (
                name_words
                and k + 1 < len(words)
                and lows[k] in ("of", "from", "at")
                and (
                    _is_cap(words[k + 1])
                    or (lows[k + 1] == "the" and k + 2 < len(words) and _is_cap(words[k + 2]))
                )
            ):
                m = k + 1 if _is_cap(words[k + 1]) else k + 2  # "Cardinal Marc Ouellet of the Holy See"
                while m < len(words) and (
                    _is_cap(words[m])
                    or (lows[m] in ("of", "and", "for") and m + 1 < len(words) and _is_cap(words[m + 1]))
                ):
                    m += 1
                affiliation_parts.append(" ".join(words[k + 1 : m]))
                k = m
            # "Mayor of Koszalin Piotr Jedlinski": the affiliation swallowed the name
            if not name_words and affiliation_parts and determiner == "bare":
                aff = affiliation_parts[-1].split()
                if len(aff) >= 3 and all(_is_cap(w) for w in aff[-3:]) and not self.is_org_name(aff):
                    name_words = aff[-2:]
                    affiliation_parts[-1] = " ".join(aff[:-2])
            tail_ok = k == len(words) or (allow_tail and _tail_word(lows[k]))
            if not tail_ok:
                if determiner == "bare" and k < len(words) and self._title_at(words, k):
                    # "General Services Administration administrator Emily W. Murphy": the first title
                    # word was part of an organisation's name; the real title comes later
                    sub = self._parse_tokens(text, toks[k:], allow_tail, coordinate=False)
                    if sub is not None and sub.kind == "name":
                        sub.affiliation = sub.affiliation or " ".join(words[i:k])
                        sub.start, sub.text = start, text[start : sub.end]
                        return sub
                return None
            t = lex.titles.get(title) or Title(title, None, frozenset({"expert"}))
            cap_mods = [m for m in mods if _is_cap(m)]
            affiliation = " ".join(cap_mods + affiliation_parts) or None
            role = (
                " ".join(mods[len(cap_mods) :] + role_words)
                if cap_mods and mods[: len(cap_mods)] == cap_mods
                else " ".join(mods + role_words)
            )
            if name_words and (
                plural or any(w.lower() in NOT_NAME_WORDS or w.lower() in WEEKDAYS for w in name_words)
            ):
                return None
            if name_words:
                return NP(
                    start,
                    toks[k - 1][2],
                    text[start : toks[k - 1][2]],
                    "name",
                    name=" ".join(_strip_poss(w) for w in name_words),
                    role=role,
                    head=title,
                    affiliation=affiliation,
                    gender=t.gender,
                    determiner=determiner,
                    modifiers=mods,
                )
            if rest and not tail_ok:
                return None
            e = toks[j - 1][2]
            return NP(
                start,
                e,
                text[start:e],
                "role",
                role=role,
                head=title,
                plural=plural,
                determiner=determiner,
                affiliation=affiliation,
                gender=t.gender,
                owner=owner,
                modifiers=mods,
            )
        # documents: "the statement", "a Kremlin readout"
        if j < len(words) and lows[j] in lex.documents:
            k = j + 1
            if k + 1 < len(words) and lows[k].endswith("ed") and lows[k + 1] == "by":
                k += 1  # "the decree signed by the Pope", "a report published by ..."
            if k == len(words) or (allow_tail and lows[k] in PP_START | {"by", "of", "from"}):
                caps = [n for n, m in enumerate(mods) if _is_cap(m)]
                # "The Centre for Aviation's database": the capitalised run with its "for"/"of"
                aff = " ".join(_strip_poss(m) for m in mods[caps[0] : caps[-1] + 1]) if caps else None
                if k < len(words) and lows[k] in ("by", "of", "from"):
                    rest = self._parse_tokens(text, toks[k + 1 :], True) if k + 1 < len(words) else None
                    if rest is not None and rest.kind in ("organisation", "state", "name"):
                        aff = rest.text if rest.kind == "name" else (rest.name or aff)
                e = toks[j][2]
                return NP(
                    start,
                    e,
                    text[start:e],
                    "document",
                    head=lows[j],
                    determiner=determiner,
                    affiliation=aff,
                    owner=owner,
                    modifiers=mods,
                )
        # lower-case organisation nouns: "the ministry", "police", "the Japanese embassy", "Japan's
        # government"
        k = j
        while (
            determiner != "bare"
            and k < len(words) - 1
            and k < j + 2
            and words[k].islower()
            and words[k].isalpha()
            and lows[k] not in lex.org_words
            and lows[k] not in TRAILING_SKIP
        ):
            k += 1
        if k > j and lows[k] in lex.org_words and not _is_cap(words[k]):
            mods = mods + words[j:k]
            j = k
        if j < len(words) and lows[j] in lex.org_words and not _is_cap(words[j]):
            k = j + 1
            if k == len(words) or (allow_tail and lows[k] in PP_START):
                e = toks[j][2]
                name = text[toks[i][1] : e] if mods else None
                aff = self.state_of(" ".join(m for m in mods if _is_cap(m))) if mods else None
                return NP(
                    start,
                    e,
                    text[start:e],
                    "organisation",
                    name=name,
                    head=lows[j],
                    determiner=determiner,
                    owner=owner,
                    affiliation=aff,
                    modifiers=mods,
                )
        # capitalised names: person, organisation, state
        k = i
        # "Following Marrero's order", "Including Smith": a sentence-initial participle is not a name
        while (
            k + 1 < len(words)
            and _is_cap(words[k])
            and lows[k].endswith("ing")
            and len(lows[k]) > 5
            and _is_cap(words[k + 1])
        ):
            k += 1
            start = toks[k][1]
        cap: list[str] = []
        while k < len(words) and (
            _is_cap(words[k])
            or (
                cap
                and lows[k] in _NAME_LINKS
                and k + 1 < len(words)
                and _is_cap(words[k + 1])
            )
        ):
            if words[k] in NAME_STOP and not cap:
                break
            cap.append(words[k])
            k += 1
        if not cap:
            return None
        if (
            determiner == "bare"
            and 2 <= len(cap) <= 4
            and k + 1 < len(words)
            and lows[k] in ("of", "from")
            and len(words) - k <= 9
            and any(_is_cap(w) or w.lower() in lex.org_words for w in words[k + 1 :])
            and not any(w.lower() in NOT_NAME_WORDS or w in NAME_STOP or w == "of" for w in cap)
            and not self.is_org_name(cap)
            and all(w[:1].isalpha() for w in words[k + 1 :])
        ):
            # "Peter Iseley of worldwide victim group Ending Clergy Abuse": a name, then its affiliation
            ne = toks[k - 1][2]
            hon = cap[0].rstrip(".").lower()
            gender = None
            if hon in self._honorifics and len(cap) > 1:  # "Dr. Alison Kock of the University of Cape Town"
                gender = lex.honorifics.get(hon) or lex.honorifics.get(hon + ".")
                cap = cap[1:]
            return NP(
                start,
                ne,
                text[start:ne],
                "name",
                name=" ".join(_strip_poss(w) for w in cap),
                affiliation=" ".join(words[k + 1 :]),
                determiner=determiner,
                gender=gender,
            )
        tail_ok = k == len(words) or (allow_tail and _tail_word(lows[k]))
        if not tail_ok:
            return None
        e = toks[k - 1][2]
        capw = [_strip_poss(w) for w in cap]
        # "Kristian Andersen of Scripps Research": a person's name, then the affiliation
        if "of" in capw and not self.is_org_name(capw) and determiner == "bare":
            at = capw.index("of")
            name_part, aff_part = capw[:at], capw[at + 1 :]
            if (
                2 <= len(name_part) <= 4
                and aff_part
                and not any(w.lower() in NOT_NAME_WORDS or w in NAME_STOP for w in name_part)
            ):
                ne = toks[at - 1][2] if at > 0 else e
                return NP(
                    start,
                    ne,
                    text[start:ne],
                    "name",
                    name=" ".join(name_part),
                    affiliation=" ".join(aff_part),
                    determiner=determiner,
                )
        low = " ".join(capw).lower()
        if low in lex.institutions:
            return NP(
                start,
                e,
                text[start:e],
                "organisation",
                name=lex.institution_names[low],
                affiliation=lex.institutions[low] or None,
                determiner=determiner,
            )
        if low in lex.states or low in lex.capitals:
            # a demonym or other name: "Russian" alone is not a speaker, "UK"/"US" are
            if (
                low in lex.states
                and lex.states[low].lower() != low
                and low not in lex.capitals
                and not (capw[0].isupper() and len(capw) == 1)
            ):
                return None
            return NP(
                start,
                e,
                text[start:e],
                "state",
                name=" ".join(capw),
                determiner=determiner,
                affiliation=lex.states.get(low) or lex.capitals.get(low),
            )
        if self.is_org_name(capw):
            aff = self.state_of(" ".join(capw[:-1])) if len(capw) > 1 else None
            return NP(
                start,
                e,
                text[start:e],
                "organisation",
                name=" ".join(capw),
                determiner=determiner,
                affiliation=aff,
            )
        if determiner in ("indefinite", "possessive"):
            return None
        if any(w in ("of", "for", "and") for w in capw):
            return None  # "Part of Trump", "Minister for Foreign Affairs": not a person's name
        if (
            any(w.lower() in WEEKDAYS or w.lower() in NOT_NAME_WORDS for w in capw)
            or capw[0] in NAME_STOP
            or (len(capw) == 1 and _participle(capw[0]))
        ):
            return None
        if len(capw) > 5:
            return None
        return NP(start, e, text[start:e], "name", name=" ".join(capw), determiner=determiner)

    def _is_lower_org(self, lows: list[str]) -> bool:
        return bool(lows) and lows[-1] in self.lex.org_words


# --------------------------------------------------------------------------------------------------------
# Entities and the resolver
# --------------------------------------------------------------------------------------------------------


@dataclass
class Entity:
    eid: int
    type: str  # person organisation state anonymous group
    canonical: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    head: str | None = None
    affiliation: str | None = None
    states: frozenset[str] = frozenset()
    gender: str | None = None
    first: str | None = None
    surname: str | None = None
    members: tuple[int, ...] = ()
    first_start: int = -1
    first_end: int = -1
    n_statements: int = 0
    document: bool = False  # an unnamed source known only as a text ("the report"): no pronoun refers to it

    def add_alias(self, form: str) -> None:
        form = " ".join(form.split())
        if form and form not in self.aliases:
            self.aliases.append(form)


def _similar_first(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.6


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity
    subject: bool | None  # None until asked: Resolver._subject_of reads it from the text once, when needed
    speaker: bool


class Resolver:
    """Holds the entities of one article and resolves noun phrases to them."""

    def __init__(self, text: str, parser: NPParser, sentence_starts: list[int]) -> None:
        self.text = text
        self.parser = parser
        self.lex = parser.lex
        self.sent_starts = sentence_starts
        self.entities: list[Entity] = []
        self._people: list[Entity] = []  # the entities of type person, in the same order
        # every given name and middle name (lower case) a person has had: the look-ups of a bare word among
        # them (family name first, paternal surname) scan ``_people`` only for a word in this set
        self._name_words: set[str] = set()
        self._by_key: dict[tuple[str, str], Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        self.mentions: list[Mention] = []  # static, sorted by start (names found in the text)
        self._mention_starts: list[int] = []
        self.speaker_trail: list[Mention] = []  # speakers in reading order
        self._trail_starts: list[int] = []  # their starts, for bisection while they stay sorted
        self._trail_sorted = True
        self._words: set[str] | None = None  # every word form in the text, built on first use
        self._scanned = False

    # -- entities -------------------------------------------------------------------------------------
    def _new(self, typ: str, canonical: str, **kw: Any) -> Entity:
        ent = Entity(len(self.entities), typ, canonical, **kw)
        self.entities.append(ent)
        if typ == "person":
            self._people.append(ent)
        return ent

    def _note_first(self, ent: Entity, start: int, end: int) -> None:
        if ent.first_start < 0 or start < ent.first_start:
            ent.first_start, ent.first_end = start, end

    def person(
        self,
        name: str,
        start: int,
        end: int,
        *,
        role: str | None = None,
        head: str | None = None,
        affiliation: str | None = None,
        gender: str | None = None,
        form: str | None = None,
    ) -> Entity:
        parts = name.split()
        while len(parts) > 1 and parts[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii"):
            parts = parts[:-1]
        surname = parts[-1]
        first = parts[0] if len(parts) > 1 else None
        ent = None
        if first is None and surname.lower() not in self._by_surname and surname.lower() in self._name_words:
            fam = [
                e
                for e in self._people
                if e.first and e.first.lower() == surname.lower() and len(e.canonical.split()) == 2
            ]
            if fam:
                ent = fam[-1]
        for cand in reversed(self._by_surname.get(surname.lower(), []) if ent is None else []):
            if _similar_first(first, cand.first):
                ent = cand
                break
        if ent is None:
            ent = self._new("person", name, first=first, surname=surname)
            self._by_surname.setdefault(surname.lower(), []).append(ent)
            self._note_name_words(ent)
        elif first and not ent.first:
            ent.first = first
            ent.canonical = name
            self._note_name_words(ent)
        ent.add_alias(name)
        if form:
            ent.add_alias(form)
        if (head and head != "counterpart" and (ent.head is None or ent.head == "counterpart")) or (
            head == "counterpart" and ent.head is None
        ):
            ent.head, ent.role = head, role
        if affiliation and not ent.affiliation:
            ent.affiliation = affiliation
        st = self.parser.state_of(affiliation) if affiliation else None
        if st:
            ent.states = ent.states | {st}
        if gender and not ent.gender:
            ent.gender = gender
        if not ent.gender:
            ent.gender = self._gender_from_name(ent.first, ent.surname)
        self._note_first(ent, start, end)
        return ent

    def _note_name_words(self, ent: Entity) -> None:
        """Add a person's given name and middle names to ``_name_words`` (called wherever ``first`` or
        ``canonical`` of a person is set)."""
        if ent.first:
            self._name_words.add(ent.first.lower())
        words = ent.canonical.split()
        self._name_words.update(w.lower() for w in words[1:-1])

    def _gender_from_name(self, first: str | None, surname: str | None) -> str | None:
        """A given name in the lexicon, else a Slavic surname ending (-ova, -eva, -skaya: f; -ov, -sky: m)."""
        if first and first.lower() in self.lex.given_names:
            return self.lex.given_names[first.lower()]
        low = (surname or "").lower()
        if low.endswith(("ova", "eva", "skaya", "tskaya")):
            return "f"
        if low.endswith(("ov", "ev", "sky", "skiy", "skyi")):
            return "m"
        return None

    def named(self, typ: str, name: str, start: int, end: int, affiliation: str | None = None) -> Entity:
        key = (typ, name.lower())
        ent = self._by_key.get(key)
        if ent is None:
            ent = self._new(typ, name, affiliation=affiliation)
            self._by_key[key] = ent
            st = self.parser.state_of(affiliation) if affiliation else None
            if typ == "state":
                st = self.lex.states.get(name.lower()) or self.lex.capitals.get(name.lower()) or st
            if st:
                ent.states = frozenset({st})
        elif ent.canonical.isupper() and not name.isupper():
            ent.canonical = name  # "WASHINGTON" in a dateline, "Washington" in the text
        ent.add_alias(name)
        self._note_first(ent, start, end)
        return ent

    def group(self, members: list[Entity], phrase: str, start: int, end: int) -> Entity:
        uniq: list[Entity] = []
        for m in members:
            if m not in uniq:
                uniq.append(m)
        if len(uniq) < 2:
            ent = self.named("group", phrase, start, end)
            return ent
        uniq.sort(key=lambda e: (e.first_start, e.eid))
        name = " and ".join(m.canonical for m in uniq)
        ent = self.named("group", name, start, end)
        ent.members = tuple(m.eid for m in uniq)
        ent.add_alias(phrase)
        return ent

    # -- scanning the text for names ------------------------------------------------------------------
    def scan(self) -> None:
        """Read every capitalised name (with the title words before it) once."""
        if self._scanned:
            return
        self._scanned = True
        text = self.text
        cache = self.parser._scan_cache
        if len(cache) > 200_000:  # shared across texts (see statements._parser): keep it bounded
            cache.clear()
        parse = self.parser.parse
        register = self._register_np
        by_surname, name_words = self._by_surname, self._name_words  # (changed in place, never rebound)
        for m in _name_re(self.lex).finditer(text):
            a = m.start()
            key = m.group()
            if key[0] in "of":  # "of Secretary-General António Guterres": the name after "of"
                lead = _SCAN_LEAD_RE.match(key)
                if lead:
                    a += lead.end()
                    key = key[lead.end() :]
                    if not key:
                        continue
            proto = cache.get(key, _UNSEEN)
            if proto is _UNSEEN:
                proto = cache[key] = parse(key, 0, len(key), allow_tail=False)
            if proto is None or not proto.name or proto.kind not in ("name", "organisation", "state"):
                continue  # (_register_np keeps only names, organisations and states)
            if (
                proto.kind == "name"
                and not proto.role
                and not proto.gender
                and " " not in proto.name
                and "-" not in proto.name
                and proto.name.lower() not in by_surname
                and proto.name.lower() not in name_words
            ):
                continue  # a lone word that is nobody's name yet: _register_np would find no one
            register(_moved(proto, a), scanning=True)

    def _is_subject(self, a: int, b: int) -> bool:
        text = self.text
        before = text[max(0, a - 12) : a].rstrip()
        i = bisect.bisect_right(self.sent_starts, a) - 1
        sent_start = self.sent_starts[i] if i >= 0 else 0
        if (
            before
            # (``before`` is not blank, so the sentence has text before ``a`` when it started 12 back)
            and (a - 12 >= sent_start or text[sent_start:a].strip())
            and not _SUBJECT_BEFORE_RE.search(before)
        ):
            return False
        m = _SUBJECT_AFTER_RE.match(text[b : b + 30])
        return bool(m) and m.group(1) not in _NOT_AFTER_SUBJECT

    def _subject_of(self, m: Mention) -> bool:
        """``m.subject``, read with :meth:`_is_subject` on first use (it depends on the text only)."""
        if m.subject is None:
            m.subject = self._is_subject(m.start, m.end)
        return m.subject

    def _register_np(self, np_: NP, *, scanning: bool = False) -> Entity | None:
        ent: Entity | None = None
        if np_.kind == "name" and np_.name:
            names = [np_.name]
            if "-" in np_.name and " " not in np_.name:
                parts = np_.name.split("-")
                known = [p for p in parts if p.lower() in self._by_surname]
                if len(known) == len(parts) and len(parts) > 1:
                    for p in parts:
                        e = self.person(p, np_.start, np_.end)
                        self._add_mention(np_.start, np_.end, e)
                    return None
            if scanning and not np_.role and not np_.gender and " " not in np_.name:
                # a lone capitalised word names a person only when that surname is known
                ent = self.surname_lookup(np_)
                if ent is not None:
                    self._add_mention(np_.start, np_.end, ent)
                return ent
            if np_.head == "counterpart":
                prev = self._recent_role_person(np_.start)
                if prev is not None:
                    np_.head = prev.head
                    np_.role = prev.role
            ent = self.person(
                names[0],
                np_.start,
                np_.end,
                role=np_.role,
                head=np_.head,
                affiliation=np_.affiliation,
                gender=np_.gender,
                form=np_.text if np_.role else None,
            )
        elif np_.kind in ("organisation", "state") and np_.name:
            ent = self.named(
                "organisation" if np_.kind == "organisation" else "state",
                np_.name,
                np_.start,
                np_.end,
                np_.affiliation,
            )
        if ent is not None and scanning:
            self._add_mention(np_.start, np_.end, ent)
        return ent

    def _recent_role_person(self, pos: int) -> Entity | None:
        i = bisect.bisect_left(self._mention_starts, pos)
        for m in reversed(self.mentions[max(0, i - 4) : i]):
            if m.entity.type == "person" and m.entity.head and m.entity.head != "counterpart":
                return m.entity
        return None

    def _add_mention(self, a: int, b: int, ent: Entity) -> None:
        m = Mention(a, b, ent, None, False)  # (whether it is a subject: only resolve_back asks, for a few)
        if self.mentions and a < self.mentions[-1].start:
            i = bisect.bisect_left(self._mention_starts, a)
            self.mentions.insert(i, m)
            self._mention_starts.insert(i, a)
        else:
            self.mentions.append(m)
            self._mention_starts.append(a)

    def mark_speaker(self, ent: Entity, a: int, b: int) -> None:
        if self._trail_starts and a < self._trail_starts[-1]:
            self._trail_sorted = False
        self.speaker_trail.append(Mention(a, b, ent, True, True))
        self._trail_starts.append(a)

    def _trail_between(self, lo: int, pos: int) -> list[Mention]:
        """Speakers marked with ``lo <= start < pos``, in trail order (bisection: long texts stay linear)."""
        if self._trail_sorted:
            i = bisect.bisect_left(self._trail_starts, lo)
            j = bisect.bisect_left(self._trail_starts, pos)
            return self.speaker_trail[i:j]
        return [m for m in self.speaker_trail if lo <= m.start < pos]

    def _written_in_lower_case(self, word: str) -> bool:
        """Does the text also write ``word`` in lower case, as a whole word?"""
        low = word.lower()
        if not re.fullmatch(r"\w+", low):  # rare forms with hyphens or apostrophes: search directly
            return re.search(rf"\b{re.escape(low)}\b", self.text) is not None
        if self._words is None:
            self._words = set(re.findall(r"\w+", self.text))
        return low in self._words

    # -- resolution -----------------------------------------------------------------------------------
    def _window_start(self, pos: int, sentences_back: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sent_starts[max(0, i - sentences_back)] if self.sent_starts else 0

    def _compatible(self, ent: Entity, np_: NP) -> bool:
        if np_.kind == "pronoun":
            word = np_.head
            if ent.document:
                return False
            if word in ("he", "him", "his"):
                return ent.type in ("person", "anonymous") and ent.gender != "f"
            if word in ("she", "her"):
                return ent.type in ("person", "anonymous") and ent.gender != "m"
            if word in ("it", "its"):
                return ent.type in ("organisation", "state")
            if word in ("they", "them", "their"):
                return ent.type == "group" or (ent.type == "anonymous" and ent.head is None)
            return False
        if np_.kind == "role":
            if ent.type not in ("person", "anonymous") or not ent.head:
                return False
            if not self.role_matches(np_.head or "", ent.head):
                return False
            if np_.gender and ent.gender and np_.gender != ent.gender:
                return False
            st = {s for s in (self.parser.state_of(m) for m in np_.modifiers if _is_cap(m)) if s}
            return not (st and ent.states and not st & ent.states)
        return False

    def role_matches(self, head: str, ent_head: str) -> bool:
        if head == ent_head:
            return True
        t = self.lex.titles.get(ent_head)
        if t and head in t.broader:
            return True
        # one level further: "official" for a press secretary via "spokesman"
        if t:
            for b in t.broader:
                tb = self.lex.titles.get(b)
                if tb and head in tb.broader and head in ("official", "leader", "diplomat"):
                    return True
        return False

    def resolve_back(
        self, np_: NP, pos: int, *, speakers_first: bool, sentences_back: int = 3, speakers_only: bool = False
    ) -> tuple[Entity | None, Mention | None, str]:
        """The most recent compatible speaker (then subject, then any mention) before ``pos``."""
        lo = self._window_start(pos, sentences_back)
        trail = self._trail_between(lo, pos)
        i = bisect.bisect_left(self._mention_starts, pos)
        j = bisect.bisect_left(self._mention_starts, lo)
        statics = self.mentions[j:i]
        if speakers_first:
            for m in reversed(trail):
                if self._compatible(m.entity, np_):
                    return m.entity, m, "previous compatible speaker"
            if speakers_only:
                return None, None, "no compatible speaker"
        cands = sorted(trail + [m for m in statics if self._subject_of(m)], key=lambda m: m.start)
        for m in reversed(cands):
            if self._compatible(m.entity, np_):
                return (
                    m.entity,
                    m,
                    "most recent compatible subject" if not m.speaker else "previous compatible speaker",
                )
        for m in reversed(statics):
            if self._compatible(m.entity, np_):
                return m.entity, m, "most recent compatible mention"
        return None, None, "no compatible antecedent"

    def resolve_role(
        self, np_: NP, pos: int, *, speaker_position: bool
    ) -> tuple[Entity | None, Mention | None, str]:
        if speaker_position:
            ent, m, _rule = self.resolve_back(
                np_, pos, speakers_first=True, sentences_back=10**6, speakers_only=True
            )
            if ent is not None:
                return ent, m, "role noun: most recent speaker with that role"
        i = bisect.bisect_left(self._mention_starts, pos)
        for m in reversed(self.mentions[:i]):
            if self._compatible(m.entity, np_):
                return m.entity, m, "role noun: most recent person with that role"
        return None, None, "role noun: no person with that role"

    def resolve_group(self, np_: NP, pos: int) -> tuple[Entity | None, Mention | None, str]:
        """Plural role noun / collective: the two most recent distinct people (matching title if any)."""
        i = bisect.bisect_left(self._mention_starts, pos)
        lo = self._window_start(pos, 12)
        found: list[Mention] = []
        for m in reversed(self.mentions[:i]):
            if m.start < lo:
                break
            e = m.entity
            if e.type != "person" or any(f.entity is e for f in found):
                continue
            if not e.head and e.n_statements == 0:
                continue  # "Climate Change" read as a name: only titled people or speakers form a group
            if np_.kind == "role" and np_.head and not (e.head and self.role_matches(np_.head, e.head)):
                continue
            found.append(m)
            if len(found) == 2:
                break
        if len(found) == 2:
            ent = self.group([f.entity for f in found], np_.text, np_.start, np_.end)
            return (
                ent,
                found[0],
                "group: the two people last mentioned" + (" with that title" if np_.kind == "role" else ""),
            )
        if np_.kind == "role" and not (
            np_.head and self.lex.titles.get(np_.head) and self._titled_people(pos)
        ):
            # no two people with that title; when people with titles are about, a plural role noun
            # ("both officers") is not any two of them
            plain = NP(np_.start, np_.end, np_.text, "collective", head=np_.head, plural=True)
            ent, m, rule = self.resolve_group(plain, pos)
            if ent is not None:
                return ent, m, rule + " (none with that title)"
        return None, None, "group: fewer than two people mentioned"

    def _titled_people(self, pos: int) -> bool:
        """Someone with a known title was mentioned in the last dozen sentences."""
        i = bisect.bisect_left(self._mention_starts, pos)
        lo = self._window_start(pos, 12)
        for m in reversed(self.mentions[:i]):
            if m.start < lo:
                break
            if m.entity.type == "person" and m.entity.head:
                return True
        return False

    def surname_lookup(self, np_: NP) -> Entity | None:
        """A bare surname (or "Mr. X") that names someone introduced elsewhere in the text."""
        parts = (np_.name or "").split()
        if len(parts) != 1:
            return None
        cands = self._by_surname.get(parts[0].lower(), [])
        low = parts[0].lower()
        if not cands and low not in self._name_words:
            return None  # nobody's given or middle name either
        if not cands:
            # a paternal surname before the maternal one ("Ricardo Rosselló Nevares" -> "Rosselló")
            cands = [
                e
                for e in self._people
                if len(e.canonical.split()) >= 3 and low in (w.lower() for w in e.canonical.split()[1:-1])
            ]
        if not cands:
            # family name first ("Wang Yi" -> "Wang", "Xi Jinping" -> "Xi")
            cands = [
                e
                for e in self._people
                if e.first and e.first.lower() == low and len(e.canonical.split()) == 2
            ]
        if not cands:
            return None
        before = [c for c in cands if 0 <= c.first_start <= np_.start]
        return (before or cands)[-1]

    def resolve(
        self, np_: NP, pos: int, *, speaker_position: bool = True, previous_speaker: bool = False
    ) -> tuple[Entity | None, Mention | None, str, str]:
        """Resolve a speaker noun phrase: (entity, antecedent mention, rule, mention_type)."""
        self.scan()
        k = np_.kind
        if k == "pronoun":
            if np_.head in ("they", "them"):
                ent, m, rule = self.resolve_back(np_, pos, speakers_first=True)
                return ent, m, "pronoun: " + rule, "pronoun"
            # "it" is so often a situation, a text or an idea ("it will guarantee ...") that only an
            # organisation or state that has spoken already is taken for it
            it = np_.head == "it"
            ent, m, rule = self.resolve_back(
                np_, pos, speakers_first=previous_speaker or it, speakers_only=it
            )
            return ent, m, "pronoun: " + rule, "pronoun"
        if k == "name":
            if np_.role or len((np_.name or "").split()) > 1:
                ent = self._register_np(np_)
                return ent, None, "name" + (" with title" if np_.role else ""), "name"
            ent = self.surname_lookup(np_)
            if ent is not None:
                ent.add_alias(np_.name or np_.text)
                return ent, None, "surname of a person named earlier", "name"
            if np_.gender:  # "Mr. Lavrov" never introduced
                return (
                    self.person(np_.name or np_.text, np_.start, np_.end, gender=np_.gender),
                    None,
                    "name",
                    "name",
                )
            # a single unknown capitalised word: an organisation named with it ("Time" for "Time magazine"),
            # a common noun when the text also writes it in lower case ("Assessments estimated ..."),
            # otherwise an organisation
            word = (np_.name or np_.text).split()[0]
            for e in self.entities:
                if (
                    e.type == "organisation"
                    and e.canonical.startswith(word + " ")
                    and e.canonical[len(word) + 1 :].islower()
                ):
                    e.add_alias(word)
                    return e, None, "short form of an organisation named earlier", "organisation"
            if not word.isupper() and self._written_in_lower_case(word):
                return None, None, "a capitalised common noun", "name"
            return (
                self.named("organisation", np_.name or np_.text, np_.start, np_.end),
                None,
                "single capitalised name (taken as an organisation)",
                "organisation",
            )
        if k in ("organisation", "state"):
            if np_.name:
                return self._register_np(np_), None, k, k
            # "the ministry", "police": the most recent organisation with that word, else the phrase
            head = np_.head or ""
            i = bisect.bisect_left(self._mention_starts, pos)
            for m in reversed(self.mentions[:i]):
                if m.entity.type == "organisation" and head in m.entity.canonical.lower():
                    return (
                        m.entity,
                        m,
                        "organisation noun: most recent organisation with that word",
                        "organisation",
                    )
            name = np_.text[4:] if np_.text.lower().startswith("the ") else np_.text
            return (
                self.named("organisation", name, np_.start, np_.end),
                None,
                "organisation noun",
                "organisation",
            )
        if k == "group":
            members: list[Entity] = []
            for sub in np_.members:
                e, _, _, _ = self.resolve(sub, pos, speaker_position=False)
                if e is not None:
                    members.append(e)
            if len(members) >= 2:
                return self.group(members, np_.text, np_.start, np_.end), None, "coordinated names", "group"
            return self.named("group", np_.text, np_.start, np_.end), None, "coordinated phrase", "group"
        if k == "collective":
            typ = self.lex.collective.get(np_.head or "", "group")
            if np_.owner:
                owner_np = NP(np_.start, np_.start, np_.owner, "pronoun", head=np_.owner)
                oent, om, _ = self.resolve_back(owner_np, pos, speakers_first=True)
                if oent is not None:
                    name = f"{oent.canonical} {np_.head}"
                    ent = self.named("anonymous", name, np_.start, np_.end, affiliation=oent.canonical)
                    ent.add_alias(np_.text)
                    return ent, om, f"possessive '{np_.owner}' -> {oent.canonical}", "anonymous"
            if typ == "group":
                ent, m, rule = self.resolve_group(np_, pos)
                if ent is not None:
                    return ent, m, rule, "group"
                return self.named("group", np_.text, np_.start, np_.end), None, rule, "group"
            return self.named("anonymous", np_.text, np_.start, np_.end), None, "unnamed sources", "anonymous"
        if k == "role":
            if np_.plural and np_.determiner == "bare":
                # "scientists say", "epidemiologists warned": unnamed sources, not people named earlier
                ent = self.named("anonymous", np_.text, np_.start, np_.end, affiliation=np_.affiliation)
                return ent, None, "plural role noun without determiner: unnamed sources", "anonymous"
            if np_.plural:
                ent, m, rule = self.resolve_group(np_, pos)
                if ent is not None:
                    return ent, m, rule, "group"
                typ = "group" if np_.determiner in ("definite", "possessive") else "anonymous"
                return self.named(typ, np_.text, np_.start, np_.end), None, rule, typ
            if np_.determiner in ("definite", "possessive"):
                ent, m, rule = self.resolve_role(np_, pos, speaker_position=speaker_position)
                if ent is not None:
                    return ent, m, rule, "role_noun"
                name = np_.text
            else:
                name = np_.text
            # an indefinite (or unresolvable) role noun: a new anonymous source described by it
            words = name.split()
            if words and words[0].lower() in DEFINITE | INDEFINITE:
                name = " ".join(words[1:])
            ent = self.named("anonymous", name, np_.start, np_.end, affiliation=np_.affiliation)
            ent.head, ent.role = np_.head, np_.role
            if np_.gender:
                ent.gender = np_.gender
            rule = (
                "indefinite role noun: a new unnamed source"
                if np_.determiner != "definite"
                else "role noun: no earlier person with that role (taken as unnamed)"
            )
            return ent, None, rule, "anonymous"
        if k == "document":
            if np_.affiliation:
                sub = self.parser.parse(np_.affiliation, 0, len(np_.affiliation), allow_tail=False)
                if sub is not None and sub.kind in ("organisation", "state") and sub.name:
                    ent = self.named(sub.kind, sub.name, np_.start, np_.end, sub.affiliation)
                    return ent, None, "document of a named organisation", "document"
                by_phrase = np_.affiliation not in np_.text  # "a report by X" (not "the Puerto Rican law")
                possessive = re.search(re.escape(np_.affiliation) + r"['’]s?\s", np_.text) is not None
                if sub is not None and sub.kind == "name" and (by_phrase or possessive):
                    # "a recent report by The Atlantic", "Trump's statement": the named author
                    ent, _, _, _ = self.resolve(sub, pos, speaker_position=False)
                    if ent is not None:
                        return ent, None, "document by a named source", "document"
            i = bisect.bisect_left(self._mention_starts, pos)
            for m in reversed(self.speaker_trail):
                if m.start < pos and m.entity.type in ("organisation", "state"):
                    return m.entity, m, "document: the organisation that spoke last", "document"
            name = np_.text[4:] if np_.text.lower().startswith("the ") else np_.text
            ent = self.named("anonymous", name, np_.start, np_.end)
            ent.document = True
            return ent, None, "document of an unnamed source", "document"
        return None, None, "unparsed", k


def trie_pattern(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation of ``words`` built as a prefix tree: Python's ``re`` tries alternatives one by
    one, so ``said|says|saying`` as ``sa(?:id|ys|ying)`` matches many times faster on long lists. A space
    in a word matches any run of white space."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


_NAME_RES: dict[int, tuple[TitleLexicon, re.Pattern[str]]] = {}


def _name_re(lex: TitleLexicon) -> re.Pattern[str]:
    entry = _NAME_RES.get(id(lex))
    if entry is not None and entry[0] is lex:  # the id alone could be reused by a later lexicon
        return entry[1]
    title_alt = trie_pattern({w for w in lex.title_words if re.fullmatch(r"[a-z][a-z\-]+[a-z]", w)})
    cap = rf"(?:[A-Z](?:\.[A-Z])+\.?|{_ABBR}\.|[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][\w’'\-]*)"
    # a word is a capitalised name part, else a lower-case title word, else one of a few more words. The
    # lookaheads test the first letter once instead of every alternative (every part of ``cap`` opens with
    # a capital, every other word with a small letter); the few words are one trie (at most one of them
    # can end at a word boundary at any position, so their order never mattered)
    more = trie_pattern(["of", "for", "high-ranking", "senior", "presidential", "deputy", "former"])
    tok = rf"(?:(?=[A-Z]){cap}|(?=[a-z])(?:(?:{title_alt})\b|{more}\b))"
    pat = re.compile(rf"\b{tok}(?:[ \t]+{tok})*(?<=[\w.])")
    _NAME_RES[id(lex)] = (lex, pat)
    return pat


# --------------------------------------------------------------------------------------------------------
# Public tables
# --------------------------------------------------------------------------------------------------------


def speakers(
    article: Any,
    *,
    include_mentioned: bool = False,
    verbs_path: str | None = None,
    titles_path: str | None = None,
) -> pd.DataFrame:
    """The speakers table (columns in the module docstring), ordered by first mention."""

    from .statements import _as_article, _statements_table, analyse

    art = _as_article(article)
    an = analyse(art, verbs_path=verbs_path, titles_path=titles_path)
    st = _statements_table(art, an)  # the statements table, shared with statements(): read only
    st_speakers = st["speaker"].tolist()
    counts: dict[str, int] = {}
    for who in st_speakers:
        if isinstance(who, str):
            counts[who] = counts.get(who, 0) + 1
    rows = []
    res = an.resolver
    by_id = {e.eid: e for e in res.entities}
    known = set()
    for e in sorted(res.entities, key=lambda e: (e.first_start, e.eid)):
        n = counts.get(e.canonical, 0)
        if e.canonical in known or (
            n == 0 and not (include_mentioned and e.type in ("person", "organisation", "state"))
        ):
            continue
        known.add(e.canonical)
        members = "; ".join(by_id[m].canonical for m in e.members)
        a, b = e.first_start, e.first_end
        rows.append(
            {
                "speaker": e.canonical,
                "aliases": "; ".join(e.aliases),
                "role": e.role,
                "affiliation": e.affiliation or (", ".join(sorted(e.states)) if e.states else None),
                "type": e.type,
                "members": members,
                "n_statements": n,
                "first_start": a,
                "first_end": b,
                "first_mention": an.text[a:b] if a >= 0 else "",
            }
        )
    # the first mention of a person may be a bare surname that came before the full name (a headline)
    for r in rows:
        if r["type"] in ("group", "anonymous"):
            continue
        forms = {f for f in r["aliases"].split("; ") if f}
        if r["type"] == "person":
            forms.add(r["speaker"].split()[-1])
        found = _earliest_form(an.text, forms, r["first_start"])
        if found is not None:
            r["first_start"], r["first_end"], r["first_mention"] = found
    # speakers only a transcript's turn labels name ("Questioner", "Moderator"), in order of first statement
    if not known.issuperset(counts):
        groups: dict[str, list[int]] = {}
        for i, who in enumerate(st_speakers):
            if isinstance(who, str) and who not in known:
                groups.setdefault(who, []).append(i)
        starts = st["speaker_start"].tolist()
        ends = st["speaker_end"].tolist()
        types = st["speaker_type"].tolist()
        mentions = st["speaker_mention"].tolist()
        for name, idx in groups.items():
            # the row of the earliest mention (rows that tie share their turn's label, so any of them)
            first = min(idx, key=lambda i: starts[i])
            a, b = int(starts[first]), int(ends[first])
            rows.append(
                {
                    "speaker": name,
                    "aliases": "; ".join(dict.fromkeys(mentions[i] for i in idx)),
                    "role": None,
                    "affiliation": None,
                    "type": types[first],
                    "members": "",
                    "n_statements": len(idx),
                    "first_start": a,
                    "first_end": b,
                    "first_mention": an.text[a:b],
                }
            )
    rows.sort(key=lambda r: (r["first_start"], r["speaker"]))
    return frame(rows, SPEAKER_COLUMNS, ("n_statements", "first_start", "first_end"))


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


def _earliest_form(text: str, forms: set[str], before: int) -> tuple[int, int, str] | None:
    """The first occurrence in ``text``, starting before ``before``, of any of ``forms`` as whole words
    (``\\b`` on both sides, as in ``re``; at one position the longest form wins): (start, end, form).

    The same answer as searching ``\\b(?:form|form|...)\\b`` (longest forms first) and keeping a match
    that starts before ``before``; but str.find over the text up to ``before`` instead of a new regex per
    speaker, compiled and run over the whole text.
    """
    if before <= 0:
        return None
    if not forms:  # the regex of no form matches the empty string at the first word boundary
        m = re.search(r"\b(?:)\b", text)
        return (m.start(), m.end(), m.group()) if m and m.start() < before else None
    best: tuple[int, int, str] | None = None
    n = len(text)
    for f in forms:
        k = len(f)
        last = before - 1 if best is None else best[0]  # the latest start that can still win
        i = text.find(f, 0, last + k)
        while i >= 0:
            j = i + k
            if (_is_word_char(text[i - 1]) if i > 0 else False) != _is_word_char(f[0]) and (
                _is_word_char(f[-1]) != (_is_word_char(text[j]) if j < n else False)
            ):
                if best is None or i < best[0] or (i == best[0] and k > best[1] - best[0]):
                    best = (i, j, f)
                break
            i = text.find(f, i + 1, last + k)
    return best


_ROLE_NOUN_RES: dict[int, tuple[TitleLexicon, re.Pattern[str]]] = {}


def _role_noun_re(lex: TitleLexicon) -> re.Pattern[str]:
    """ "the/this ... <title>" for one lexicon, built once per lexicon object."""
    entry = _ROLE_NOUN_RES.get(id(lex))
    if entry is not None and entry[0] is lex:  # the id alone could be reused by a later lexicon
        return entry[1]
    titles = trie_pattern(set(lex.titles) | set(lex.plurals))
    # "[Tt](?<!\w[Tt])h(?:e|is)" is "\b(?:[Tt]he|[Tt]his)" written to open with a character class, which
    # lets the regex engine skip to the next "t" or "T" instead of trying every position of the text
    pat = re.compile(
        rf"[Tt](?<!\w[Tt])h(?:e|is)\s+(?:(?:[A-Z][\w’'\-]*|[a-z][\w\-]*)\s+){{0,3}}?(?i:{titles})\b"
        r"(?!\s+(?:[A-Z]|of\b))"
    )
    _ROLE_NOUN_RES[id(lex)] = (lex, pat)
    return pat


def _role_mentions(an: Any, seen: set[int]) -> list[dict[str, Any]]:
    """Definite role nouns outside speaker positions ("the US leader intends ..."), resolved to people."""
    res = an.resolver
    res.scan()
    lex = res.lex
    pat = _role_noun_re(lex)
    out = []
    text = an.text
    parse = res.parser.parse
    cache = res.parser._scan_cache  # the phrases read by the scan: one parse per phrase, shared by texts
    for m in pat.finditer(text):
        if m.start() in seen:
            continue
        key = m.group()
        proto = cache.get(key, _UNSEEN)
        if proto is _UNSEEN:
            proto = cache[key] = parse(key, 0, len(key), allow_tail=False)
        if proto is None or proto.kind != "role" or proto.plural:
            continue
        np_ = _moved(proto, m.start())
        ent, ante, rule = res.resolve_role(np_, m.start(), speaker_position=False)
        sid = max(0, bisect.bisect_right(an.sentence_starts, m.start()) - 1)
        out.append(
            {
                "mention_id": -1,
                "start": np_.start,
                "end": np_.end,
                "text": text[np_.start : np_.end],
                "mention_type": "role_noun",
                "speaker": ent.canonical if ent else None,
                "speaker_type": ent.type if ent else None,
                "antecedent_start": ante.start if ante else -1,
                "antecedent_end": ante.end if ante else -1,
                "rule": rule,
                "statement_id": -1,
                "sentence_id": sid,
            }
        )
    return out


def speaker_mentions(
    article: Any, *, verbs_path: str | None = None, titles_path: str | None = None
) -> pd.DataFrame:
    """Every speaker mention and every role noun/pronoun resolved (columns in the module docstring).

    Rows in order of (start, statement_id); of several rows for one (start, end) the first is kept. The
    table is built once per analysis (see :data:`helpers.statements._CACHE`); each call returns a copy.
    """
    from .statements import analyse

    an = analyse(article, verbs_path=verbs_path, titles_path=titles_path)
    if an.mention_table is None:
        an.mention_table = _mention_table(an)
    return an.mention_table.copy()


def speaker_mention_spans(
    article: Any, *, verbs_path: str | None = None, titles_path: str | None = None
) -> list[tuple[int, int]]:
    """The sorted, distinct ``(start, end)`` of the rows of :func:`speaker_mentions` (the names the
    sentiment stage masks), read from the same rows without building the table."""
    from .statements import analyse

    an = analyse(article, verbs_path=verbs_path, titles_path=titles_path)
    spans = {(m["start"], m["end"]) for m in an.mentions}
    spans.update((r["start"], r["end"]) for r in _role_rows(an))
    return sorted(spans)


def _role_rows(an: Any) -> list[dict[str, Any]]:
    """:func:`_role_mentions` of ``an``, run once per analysis and kept with it (shared: callers copy
    before changing): the mention table and the mention spans both read them."""
    if an.role_rows is None:
        an.role_rows = _role_mentions(an, {m["start"] for m in an.mentions})
    return an.role_rows


_MENTION_INTS = (
    "mention_id",
    "start",
    "end",
    "antecedent_start",
    "antecedent_end",
    "statement_id",
    "sentence_id",
)


def _mention_table(an: Any) -> pd.DataFrame:
    import pandas as pd

    rows = [dict(r) for r in an.mentions] + [dict(r) for r in _role_rows(an)]
    text = an.text
    for r in rows:
        a, b = r["antecedent_start"], r["antecedent_end"]
        r["antecedent"] = text[a:b] if a >= 0 else ""
    if not rows:
        return frame(rows, MENTION_COLUMNS, _MENTION_INTS)
    # ordered by (start, statement_id), stable; the first row of each (start, end) is kept
    rows.sort(key=lambda r: (r["start"], r["statement_id"]))
    keep: list[int] = []
    seen: set[tuple[int, int]] = set()
    for i, r in enumerate(rows):
        span = (r["start"], r["end"])
        if span not in seen:
            seen.add(span)
            keep.append(i)
    if len(keep) == len(rows):
        for i, r in enumerate(rows):
            r["mention_id"] = i
        return pd.DataFrame(rows, columns=MENTION_COLUMNS)
    # duplicates: the column types are those of every row, as they were before the duplicates were dropped
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS).take(keep).reset_index(drop=True)
    df["mention_id"] = range(len(df))
    return df


# `helpers.speakers(article)` works even after `import helpers.speakers` (see helpers/_callable.py).
from ._callable import make_callable  # noqa: E402

make_callable(__name__)
