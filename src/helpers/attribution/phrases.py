"""Noun phrases in speaker position: what a stretch of text names (layer 3, the bottom of attribution/).

A speaker is a noun phrase in a speaker position (the subject of a speech verb, the object of "according
to") that reads as a person's name (capitalised words, often after a title: "Kremlin Spokesman Dmitry
Peskov"), a role noun ("the spokesman", "a high-ranking White House official"), an organisation ("CNN",
"the Foreign Ministry"), a state ("Washington", "Russia"), a group ("the presidents", "both parties") or a
pronoun ("he"). :class:`NPParser` reads one such phrase into an :class:`NP`; what counts as a title, an
organisation word, a state, is data: ``lexicons/titles.txt`` (see its header).

Who the phrase refers to is decided later, in :mod:`helpers.attribution.resolve`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ..lexicons.titles import Title, TitleLexicon

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

    def moved(self, offset: int) -> NP:
        """A copy of a phrase parsed on its own (``parse(key, 0, len(key))``, which reads nothing outside
        ``key``) moved to ``offset`` of a text: its fields copied, without group members."""
        np_ = NP.__new__(NP)
        np_.__dict__.update(self.__dict__)
        np_.start, np_.end = self.start + offset, self.end + offset
        np_.modifiers, np_.members = list(self.modifiers), []
        return np_


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


def is_cap(w: str) -> bool:
    """Does the word start with a capital letter?"""
    return w[:1].isupper()


def _strip_poss(w: str) -> str:
    if not w.endswith(_POSS_ENDINGS):  # (most words: one test instead of one per ending)
        return w
    for suf in _POSS_ENDINGS:
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)]
    return w


_POSS_ENDINGS = ("’s", "'s", "’", "'")
_UNSEEN = object()  # a phrase not parsed yet (None is a remembered "not a speaker phrase")


class NPParser:
    """Reads a stretch of text as a speaker noun phrase, using the titles lexicon."""

    def __init__(self, lex: TitleLexicon) -> None:
        self.lex = lex
        self._honorifics = frozenset(h.rstrip(".") for h in lex.honorifics)
        # the first word of every collective phrase: a phrase whose first word is not one of them is none
        self._collective_first = frozenset(phrase.split(" ")[0] for phrase in lex.collective)
        # phrases parsed on their own (allow_tail=False): see parse_alone
        self._alone: dict[str, NP | object | None] = {}

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
        if len(words) == 1 and "." in last and _DOMAIN_RE.match(last) and is_cap(last):
            return True  # a news site: "Znak.com" (a domain has a dot: most words skip the regex)
        if len(words) == 1 and (
            last.isupper() and len(last.replace(".", "")) >= 2 and not last.replace(".", "").isdigit()
        ):
            return low not in lex.states
        return is_cap(words[0]) and any(w.lower() in lex.org_words and is_cap(w) for w in words)

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
        if not toks:
            return None  # "said and and and end": the left side of an "and" at the start is empty
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
            if is_cap(words[k - 1]) and is_cap(words[k + 1]):
                whole = self._parse_tokens(text, toks, allow_tail, coordinate=False)
                if whole is not None and whole.kind in ("organisation", "state", "role", "document"):
                    return whole
        for conj in ("and", "&") if coordinate else ():
            if conj in lows[1:-1]:
                k = lows.index(conj)
                if k + 2 < len(words) and _strip_poss(words[k + 1]) != words[k + 1] and is_cap(words[k + 1]):
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
        if is_cap(words[i]) and lows[i] in lex.states and i + 1 < len(words):
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
                and not is_cap(words[p_])
                and all(
                    is_cap(w) or lows[q] in NAME_PARTICLES for q, w in enumerate(words[p_ + 1 :], p_ + 1)
                )
                and all(is_cap(w) or w.islower() for w in words[i:p_])
            ):
                name = " ".join(_strip_poss(w) for w in words[p_ + 1 :])
                e = toks[-1][2]
                return NP(start, e, text[start:e], "organisation", name=name, determiner="bare")
        # honorific + name
        if lows[i].rstrip(".") in self._honorifics and i + 1 < len(words) and is_cap(words[i + 1]):
            j = i + 1
            while (
                j < len(words)
                and (is_cap(words[j]) or lows[j] in NAME_PARTICLES)
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
                        is_cap(words[m])
                        or (lows[m] in ("of", "and") and m + 1 < len(words) and is_cap(words[m + 1]))
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
            w_cap = is_cap(w)  # (read once: the tests below ask it up to four times)
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
                and is_cap(mods[-1])
                and j + 1 < len(words)
                and is_cap(words[j + 1])
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
                and (is_cap(words[k]) or (lows[k] in NAME_PARTICLES and name_words))
                and words[k] not in NAME_STOP
            ):
                name_words.append(words[k])
                k += 1
            # "Deputy Emergency Situations Minister Alexander Chupriyan": a second title inside the
            # capitalised run; the name is what follows it
            for p_ in range(1, len(name_words) - 1):
                t2 = self._title_at(words, j + p_)
                if t2 and p_ + t2[0] < len(name_words) and not t2[2] and is_cap(words[j + p_]):
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
                    is_cap(words[k + 1])
                    or (lows[k + 1] == "the" and k + 2 < len(words) and is_cap(words[k + 2]))
                )
            ):
                m = k + 1 if is_cap(words[k + 1]) else k + 2  # "Cardinal Marc Ouellet of the Holy See"
                while m < len(words) and (
                    is_cap(words[m])
                    or (lows[m] in ("of", "and", "for") and m + 1 < len(words) and is_cap(words[m + 1]))
                ):
                    m += 1
                affiliation_parts.append(" ".join(words[k + 1 : m]))
                k = m
            # "Mayor of Koszalin Piotr Jedlinski": the affiliation swallowed the name
            if not name_words and affiliation_parts and determiner == "bare":
                aff = affiliation_parts[-1].split()
                if len(aff) >= 3 and all(is_cap(w) for w in aff[-3:]) and not self.is_org_name(aff):
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
            cap_mods = [m for m in mods if is_cap(m)]
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
                caps = [n for n, m in enumerate(mods) if is_cap(m)]
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
        if k > j and lows[k] in lex.org_words and not is_cap(words[k]):
            mods = mods + words[j:k]
            j = k
        if j < len(words) and lows[j] in lex.org_words and not is_cap(words[j]):
            k = j + 1
            if k == len(words) or (allow_tail and lows[k] in PP_START):
                e = toks[j][2]
                name = text[toks[i][1] : e] if mods else None
                aff = self.state_of(" ".join(m for m in mods if is_cap(m))) if mods else None
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
            and is_cap(words[k])
            and lows[k].endswith("ing")
            and len(lows[k]) > 5
            and is_cap(words[k + 1])
        ):
            k += 1
            start = toks[k][1]
        cap: list[str] = []
        while k < len(words) and (
            is_cap(words[k])
            or (
                cap
                and lows[k] in _NAME_LINKS
                and k + 1 < len(words)
                and is_cap(words[k + 1])
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
            and any(is_cap(w) or w.lower() in lex.org_words for w in words[k + 1 :])
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

    # -- phrases read on their own, and the patterns that find them ---------------------------------
    def parse_alone(self, phrase: str) -> NP | None:
        """``parse(phrase, 0, len(phrase), allow_tail=False)``, remembered for every later text (the scan
        of names and the role-noun search read the same phrases again and again). Move the answer to its
        place in a text with :meth:`NP.moved`; do not change it."""
        cache = self._alone
        np_ = cache.get(phrase, _UNSEEN)
        if np_ is _UNSEEN:
            if len(cache) > 200_000:  # the parser serves every text read with its lexicon: keep it bounded
                cache.clear()
            np_ = cache[phrase] = self.parse(phrase, 0, len(phrase), allow_tail=False)
        return np_  # type: ignore[return-value]

    @functools.cached_property
    def name_pattern(self) -> re.Pattern[str]:
        """Runs of capitalised words (with the title words of the lexicon and a few modifiers between
        them) that may hold a name: what :meth:`helpers.attribution.resolve.Resolver.scan` reads."""
        title_alt = trie_pattern({w for w in self.lex.title_words if re.fullmatch(r"[a-z][a-z\-]+[a-z]", w)})
        cap = rf"(?:[A-Z](?:\.[A-Z])+\.?|{_ABBR}\.|[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][\w’'\-]*)"
        # a word is a capitalised name part, else a lower-case title word, else one of a few more words. The
        # lookaheads test the first letter once instead of every alternative (every part of ``cap`` opens
        # with a capital, every other word with a small letter); the few words are one trie (at most one of
        # them can end at a word boundary at any position, so their order never mattered)
        more = trie_pattern(["of", "for", "high-ranking", "senior", "presidential", "deputy", "former"])
        tok = rf"(?:(?=[A-Z]){cap}|(?=[a-z])(?:(?:{title_alt})\b|{more}\b))"
        return re.compile(rf"\b{tok}(?:[ \t]+{tok})*(?<=[\w.])")

    @functools.cached_property
    def role_noun_pattern(self) -> re.Pattern[str]:
        """ "the/this ... <title>" (a definite role noun not followed by a name or "of")."""
        titles = trie_pattern(set(self.lex.titles) | set(self.lex.plurals))
        # "[Tt](?<!\w[Tt])h(?:e|is)" is "\b(?:[Tt]he|[Tt]his)" written to open with a character class, which
        # lets the regex engine skip to the next "t" or "T" instead of trying every position of the text
        return re.compile(
            rf"[Tt](?<!\w[Tt])h(?:e|is)\s+(?:(?:[A-Z][\w’'\-]*|[a-z][\w\-]*)\s+){{0,3}}?(?i:{titles})\b"
            r"(?!\s+(?:[A-Z]|of\b))"
        )


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
