"""Noun phrases in speaker position: what a stretch of text names (layer 3, the bottom of attribution/).

A speaker is a noun phrase in a speaker position (the subject of a speech verb, the object of "according
to") that reads as a person's name (capitalised words, often after a title: "Kremlin Spokesman Dmitry
Peskov"), a role noun ("the spokesman", "a high-ranking White House official"), an organisation ("CNN",
"the Foreign Ministry"), a state ("Washington", "Russia"), a group ("the presidents", "both parties") or a
pronoun ("he"). :class:`NPParser` reads one such phrase into an :class:`NP`.

How: leading adverbs and trailing auxiliaries are dropped (:meth:`NPParser.parse`), then the rules of
:data:`PHRASE_RULES` are tried in order, each a short function that recognises one shape of phrase and
gives an :class:`NP`, :data:`NOT_A_SPEAKER`, or None (the next rule is tried); print them with
``for r in PHRASE_RULES: print(r.name, r.__doc__)``. The words the rules read are data: titles,
organisation words, states and honorifics in ``lexicons/titles.txt``; pronouns, determiners, skip words,
words that stop or join a name and the rest in ``lexicons/names.txt`` (each file's header says how to use
your own: ``NPParser(load_titles(path), names=load_names(path))``).

Who the phrase refers to is decided later, in :mod:`helpers.attribution.resolve`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..letters import cased
from ..lexicons.names import NameLexicon, load_names
from ..lexicons.text import load_transcript_labels
from ..lexicons.titles import Title, TitleLexicon

_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Prof|Rev|Hon|Amb|Pres|Jr|Sr|JR|SR|Atty|Supt"
    r"|Md|Mohd)"  # (Mohammad written short in South Asian and Malaysian copy: "Md. Shahriar Alam")
)
# an initial glued to the name, as Mongolian, Russian and Central Asian copy writes it: "O.Enkhtsetseg" is
# one word of the name (the name as written), not "O" and "Enkhtsetseg"; a Cyrillic letter written with two
# Latin ones is one initial too (Ц Ts, Х Kh, Ч Ch, Ш Sh, Ж Zh; Mongolian papers: "President Ts.Elbegdorj")
_GLUED_INITIAL = cased(r"(?:Ts|Kh|Ch|Sh|Zh|[A-Z])\.[A-Z][a-z][\w'’\-]*")
_DOMAIN = r"[^\W\d_][\w\-]*\.(?:com|org|net|ru|ua|uk|info|io|news|tv|de|fr|ca|au|in|cn)\b(?!\.\w)"
# Matched on one word: the look-behind only stops a search retrying inside a long word (quadratic).
_DOMAIN_RE = re.compile(r"(?<![\w\-])" + _DOMAIN + "$")
#: a run of initials as the text writes it, one word of the name: "E.P." and "E.P" (no final full stop, as
#: Caribbean and South Asian copy writes them: "E.P Chet Greene"), "J.-Y." (a hyphenated given name); not
#: the first letters of a word after it ("U.S.-China": "U.S." and "China")
_INITIALS = cased(r"[A-Z](?:\.-?[A-Z])+\.?(?!\w)")
_TOKEN_RE = re.compile(
    cased(rf"{_DOMAIN}|{_INITIALS}|{_GLUED_INITIAL}|{_ABBR}\.|[A-Z]\.(?=\s+[A-Z])|[^\W\d_][\w'’\-]*|\d+|&")
)
#: The package's names lexicon (``lexicons/names.txt``): the default of :class:`NPParser`. Its sections are
#: the word lists the phrase rules read (``parser.names``); a user's file: ``NPParser(lex, names=...)``.
NAMES = load_names()


def comma_suffix_pattern(names: NameLexicon) -> str:
    """A regex of a name suffix written after a comma (``[name suffixes]`` of names.txt, capitalised or in
    capitals, with its full stop): ", Jr." of "Teodoro L. Locsin, Jr.", ", JR." of "TEODORO L. LOCSIN,
    JR.", ", III". The comma joins the suffix to the name before it, so it is no clause boundary, no
    appositive and no end of a speaker phrase."""
    written = {f for s in names.name_suffixes for f in (s.capitalize(), s.upper())}
    forms = sorted(written, key=len, reverse=True)
    return r",[ \t]*(?:" + "|".join(map(re.escape, forms)) + r")(?![\w’'\-])\.?" if forms else "(?!)"


#: :func:`comma_suffix_pattern` of the package's names lexicon (the clause boundaries of the cue rules are
#: compiled once with it)
COMMA_SUFFIX = comma_suffix_pattern(NAMES)
COMMA_SUFFIX_RE = re.compile(COMMA_SUFFIX)
#: Determiner sets of the package's lexicon (the resolver's default reading of "the"/"a" before a role noun)
DEFINITE = NAMES.definite
INDEFINITE = NAMES.indefinite


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
    #: a second office of the same holder, by its own title ("minister" in "the Prime Minister and Minister
    #: of Foreign Affairs"): a person with exactly that title is the holder too
    also_head: str | None = None

    def moved(self, offset: int) -> NP:
        """A copy of a phrase parsed on its own (``parse(key, 0, len(key))``, which reads nothing outside
        ``key``) moved to ``offset`` of a text: its fields copied, without group members."""
        np_ = NP.__new__(NP)
        np_.__dict__.update(self.__dict__)
        np_.start, np_.end = self.start + offset, self.end + offset
        np_.modifiers, np_.members = list(self.modifiers), []
        return np_


#: "of", "and", "for" between capitalised words of one name ("Republic of China", "Food and Agriculture")
_NAME_JOINS = ("of", "and", "for")
#: the words after a title that open its affiliation ("Mayor of Koszalin", "adviser at the embassy")
_AFFILIATION_LINKS = ("of", "for", "at")
#: the words after a document noun that open its author ("a report by ...", "the statement of ...")
_BY_OF_FROM = ("by", "of", "from")
#: lower-case words that may follow a collective phrase ("officials close to", "people familiar with")
_COLLECTIVE_TAIL_WORDS = ("close", "familiar", "said")
#: number words after a determiner ("the two sides", "both the")
_NUMBER_WORDS = ("two", "three", "both")
#: endings of adjectives read as modifiers ("Russian", "Japanese", "presidential")
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "al")
#: words that join two offices ("the President and Prime Minister"), never a title's modifier
_CONJUNCTIONS = ("and", "or", "&")
#: function words that are never a modifier before a title
_FUNCTION_WORDS = ("of", "for", "and", "or", "the", "to", "from", "at", "in", "on", "with", "by")


def _participle(word: str) -> bool:
    """A capitalised "-ing" word read as a sentence-initial participle ("Following", "Speaking"), not a
    name: its stem ends in a consonant other than j ("Boeing", "Beijing" are names)."""
    low = word.lower()
    return low.endswith("ing") and len(low) > 5 and low[-4] not in "aeiouj"


#: the letters of an ordinal written in figures ("34th", "2nd"): two tokens, the digits and these
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _without_ordinal(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without an ordinal in figures at the head of the phrase, after a determiner at most, before
    a capitalised word: "The 34th SADC Summit" -> "The SADC Summit" (a meeting's or a session's number, as
    communiqués and wires write it: "the 77th UN General Assembly")."""
    for i in (0, 1):
        if len(toks) > i + 2 and toks[i][0].isdigit() and toks[i + 1][0].lower() in _ORDINAL_ENDINGS \
                and toks[i + 1][1] == toks[i][2] and toks[i + 2][0][:1].isupper():
            return toks[:i] + toks[i + 2 :]
    return toks


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
    """Does the word start with a capital letter, or is it a name particle joined by a hyphen to a
    capitalised word ("al-Thani" in "Abdullah bin Nasser bin Khalifa al-Thani", "el-Sisi"; ``[name
    particles]`` of names.txt)?"""
    if w[:1].isupper():
        return True
    head, hyphen, rest = w.partition("-")
    return bool(hyphen) and rest[:1].isupper() and head in NAMES.name_particles


def _strip_poss(w: str) -> str:
    if not w.endswith(_POSS_ENDINGS):  # (most words: one test instead of one per ending)
        return w
    for suf in _POSS_ENDINGS:
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)]
    return w


_POSS_ENDINGS = ("’s", "'s", "’", "'")
_S_ENDINGS = ("’s", "'s")
#: capitalised articles that open a sentence after a line break (a headline without a stop above it)
_SENTENCE_DETERMINERS = frozenset({"The", "A", "An"})
_UNSEEN = object()  # a phrase not parsed yet (None is a remembered "not a speaker phrase")



@functools.cache
def headline_verbs_pattern() -> str:
    """The present-tense speech verbs of a headline (``[headline verbs]`` of transcript_labels.txt: "says",
    "warns") as one alternation, unanchored; a pattern that never matches when the list is empty."""
    return trie_pattern(list(load_transcript_labels().headline_verbs)) or "(?!)"

class NPParser:
    """Reads a stretch of text as a speaker noun phrase, using the titles lexicon."""

    def __init__(self, lex: TitleLexicon, names: NameLexicon | None = None) -> None:
        self.lex = lex
        self.names = NAMES if names is None else names
        #: the lower-case words that may join the capitalised words of one name
        self.name_links = self.names.name_particles | {"of", "for", "and"}
        self._profession_plurals = tuple(e + "s" for e in self.names.profession_endings)
        # every honorific as its words without final stops ("his excellency", "rt hon", "h.e") -> gender
        self._honorific_words: dict[tuple[str, ...], str | None] = {
            tuple(w.rstrip(".") for w in h.split()): g for h, g in lex.honorifics.items()
        }
        self._honorific_len = max((len(k) for k in self._honorific_words), default=1)
        self._honorific_first = frozenset(k[0] for k in self._honorific_words)
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
        if len(w0) >= 7 and w0.isalpha() and w0 not in self.names.not_professions:
            if w0.endswith(self.names.profession_endings):
                return 1, w0, False
            if w0.endswith(self._profession_plurals):
                return 1, w0[:-1], True
        return None

    def honorific_run(self, lows: list[str], k: int) -> tuple[int, str | None]:
        """The end of the run of honorifics that starts at word ``k`` of ``lows`` (``k`` when none) and
        the gender the first gendered one gives: "excellency mr. sam kutesa" -> (2, "m"), "rt hon liz
        truss" -> (2, None), "his excellency president ..." -> (2, "m"). An entry may have several words
        (the longest is read first); final stops do not count ("Hon." = "Hon")."""
        table, gender = self._honorific_words, None
        while k < len(lows) and lows[k].rstrip(".") in self._honorific_first:
            for size in range(min(self._honorific_len, len(lows) - k), 0, -1):
                key = tuple(w.rstrip(".") for w in lows[k : k + size])
                if key in table:
                    gender = gender or table[key]
                    k += size
                    break
            else:
                break
        return k, gender

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
            if w in lex.capitals:  # "Seoul's Foreign Ministry"
                return lex.capitals[w]
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
        return is_cap(words[0]) and any(
            (org_word(lex, w.lower()) if len(words) > 1 else w.lower() in lex.org_words) and is_cap(w)
            for w in words
        )  # (a plural alone, "Governments", "Companies", opens a sentence: no body named)

    # -- the parser ---------------------------------------------------------------------------------
    def _surname_modal(self, toks: list) -> bool:
        """A capitalised month after a given name of titles.txt is a surname, not an auxiliary to skip:
        "Theresa May" ("may"; see :func:`not_a_person_name` for the month)."""
        last = toks[-1][0] if toks else ""
        return len(toks) >= 2 and last[:1].isupper() and last.lower() in self.names.calendar_words \
            and toks[-2][0].lower() in self.lex.given_names

    def parse(self, text: str, a: int, b: int, *, allow_tail: bool = True) -> NP | None:
        """Parse ``text[a:b]`` as one speaker noun phrase, or None.

        Leading adverbs/conjunctions and trailing auxiliaries are skipped; with ``allow_tail`` a trailing
        prepositional phrase ("the spokesman ahead of the meeting") is tolerated.
        """
        toks = _tokens(text, a, b)
        names = self.names
        # leading skip words and temporal phrases ("on Monday")
        while toks:
            w = toks[0][0].lower()
            if w in names.leading_skip:
                toks = toks[1:]
            elif (
                w in names.temporal_openers
                and len(toks) > 1
                and (toks[1][0].lower() in names.calendar_words or toks[1][0].lower() in names.periods)
            ):
                toks = toks[2:]
            else:
                break
        toks = _without_ordinal(toks)
        while toks and (
            (toks[-1][0].lower() in names.trailing_skip and not self._surname_modal(toks)
             and not self._lone_collective(toks))
            or toks[-1][0].lower().endswith("n't")
            or (toks[-1][0].islower() and toks[-1][0].endswith("ly") and len(toks[-1][0]) > 4)
        ):
            toks = toks[:-1]
        if not toks or len(toks) > 16:
            return None
        np_ = self._parse_tokens(text, toks, allow_tail)
        if np_ is None:
            np_ = self.after_place(text, toks, allow_tail)
        return np_ if np_ is not None else self.after_line_break(text, toks, allow_tail)

    def _lone_collective(self, toks: list[tuple[str, int, int]]) -> bool:
        """The phrase is one word that names a group on its own ([collective] of titles.txt): "Both
        assured that ..." after two people are named (readouts), never "they both" trimmed to "they"."""
        return len(toks) == 1 and toks[0][0].lower() in self.lex.collective

    def after_place(self, text: str, toks: list[tuple[str, int, int]], allow_tail: bool) -> NP | None:
        """The name after an opening phrase that ends in a place without a comma, when the whole is no
        phrase: "Upon arrival in Ankara Zarif" -> "Zarif" (a capital or state of titles.txt after "in",
        "at", "from" or "to"); None otherwise."""
        lows = [t[0].lower() for t in toks]
        for i in range(len(toks) - 3, -1, -1):
            place = lows[i + 1] in self.lex.capitals or lows[i + 1] in self.lex.states
            if lows[i] in _PLACE_PREPOSITIONS and place:
                np_ = self._parse_tokens(text, toks[i + 2 :], allow_tail)
                return np_ if np_ is not None and np_.kind == "name" else None
        return None

    def after_line_break(self, text: str, toks: list[tuple[str, int, int]], allow_tail: bool) -> NP | None:
        """The phrase after the last line break, when the whole is no phrase and the words before the break
        name someone on their own (a caption or credit line run into the next line: "Iran's Foreign
        Minister Ali Akbar Salehi" / "Iran foreign minister has dismissed ...") -> "Iran foreign
        minister"; None otherwise (a hard-wrapped line breaks anywhere)."""
        last = text.rfind("\n", toks[0][2], toks[-1][1])
        if last < 0:
            return None
        before = [t for t in toks if t[1] < last]
        rest = toks[len(before) :]
        if len(before) < 2 or not rest:
            return None
        if rest[0][0] in _SENTENCE_DETERMINERS:
            # a headline with no stop run into the lead, whose capitalised article opens a sentence: "Foreign
            # Ministers to meet for talks" / "The Kremlin press service has confirmed that ..."
            return self._parse_tokens(text, rest, allow_tail)
        line = self._parse_tokens(text, before, False)
        if line is None or line.kind not in ("name", "role", "organisation") or line.end != before[-1][2]:
            return None
        return self._parse_tokens(text, rest, allow_tail)

    def _parse_tokens(
        self, text: str, toks: list[tuple[str, int, int]], allow_tail: bool, coordinate: bool = True
    ) -> NP | None:
        """The first answer of :data:`PHRASE_RULES` for the tokens ``toks`` of ``text`` (None: no phrase)."""
        if not toks:
            return None  # "said and and and end": the left side of an "and" at the start is empty
        phrase = Phrase(self, text, toks, allow_tail, coordinate)
        for rule in PHRASE_RULES:
            got = rule.apply(phrase)
            if got is not None:
                return None if got is NOT_A_SPEAKER else got  # type: ignore[return-value]
        return None

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
        them, and a name suffix after a comma) that may hold a name: what
        :meth:`helpers.attribution.resolve.Resolver.scan` reads."""
        title_alt = trie_pattern({w for w in self.lex.title_words if re.fullmatch(r"[a-z][a-z\-]+[a-z]", w)})
        cap = cased(rf"(?:[A-Z](?:\.-?[A-Z])+\.?(?!\w)|{_ABBR}\.|[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][\w’'\-]*)")
        # a word is a capitalised name part, else a lower-case title word, else one of a few more words. The
        # lookaheads test the first letter once instead of every alternative (every part of ``cap`` opens
        # with a capital, every other word with a small letter); the few words are one trie (at most one of
        # them can end at a word boundary at any position, so their order never mattered)
        more = trie_pattern(list(self.names.name_run_words))
        # a name's lower-case particle joins the run only before a capitalised word ("Alberto van Klaveren",
        # "Luiz Inácio Lula da Silva", "Ursula von der Leyen"; ``[name particles]`` of names.txt), so that
        # a later "Van Klaveren" or "both ministers" finds the whole name, not "Alberto"
        particle = trie_pattern([w for w in self.names.name_particles if re.fullmatch(r"[a-z]+", w)])
        # a headline's present-tense speech verb, capitalised, ends the run: "PRIME MINISTER DAVIS SAYS: ...",
        # "..., Says Top EU Diplomat" (``[headline verbs]`` of transcript_labels.txt)
        verb = headline_verbs_pattern()
        tok = cased(rf"(?:(?=[A-Z])(?!(?i:{verb})\b){cap}|(?=[a-z])(?:(?:{title_alt})\b|{more}\b"
                    rf"|(?:{particle})(?=[ \t]+(?:(?:{particle})[ \t]+)?[A-Z])"
                    # a particle joined by a hyphen to a capitalised word: "Khalifa al-Thani", "el-Sisi"
                    rf"|(?:{particle})-(?=[A-Z]){cap}))")
        # a name suffix after a comma ends the run as part of the name ("Teodoro L. Locsin, Jr.")
        suffix = comma_suffix_pattern(self.names)
        # a word joined by a hyphen to a number is a compound adjective, no title or name: "the 22-member
        # Asian Cooperation Dialogue", "a 15-member delegation" (no person titled "member")
        return re.compile(rf"(?<!\d-)\b{tok}(?:[ \t]+{tok})*(?:{suffix})?(?<=[\w.])")

    @functools.cached_property
    def role_noun_pattern(self) -> re.Pattern[str]:
        """ "the/this ... <title>" (a definite role noun not followed by a name or "of")."""
        titles = trie_pattern(set(self.lex.titles) | set(self.lex.plurals))
        # "[Tt](?<!\w[Tt])h(?:e|is)" is "\b(?:[Tt]he|[Tt]his)" written to open with a character class, which
        # lets the regex engine skip to the next "t" or "T" instead of trying every position of the text
        return re.compile(
            cased(rf"[Tt](?<!\w[Tt])h(?:e|is)\s+(?:(?:[A-Z][\w’'\-]*|[a-z][\w\-]*)\s+){{0,3}}?(?i:{titles})\b"
                  r"(?!\s+(?:[A-Z]|of\b))")
        )


def org_word(lex: TitleLexicon, low: str) -> bool:
    """An organisation word of titles.txt, or its regular plural ("Ministries", "Departments"): "The
    Ministries of Foreign Affairs of Malaysia and Tanzania praised ..." names the bodies."""
    if low in lex.org_words:
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in lex.org_words
    return low.endswith("s") and low[:-1] in lex.org_words


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


# --------------------------------------------------------------------------------------------------------
# The phrase rules: each reads one shape of speaker phrase; PHRASE_RULES tries them in order
# --------------------------------------------------------------------------------------------------------


class NotASpeaker:
    """The type of :data:`NOT_A_SPEAKER`."""

    def __repr__(self) -> str:
        return "NOT_A_SPEAKER"


#: What a phrase rule returns when the words are no speaker phrase: the parse stops and gives None. (A
#: rule that does not apply returns None, and the next rule is tried.)
NOT_A_SPEAKER = NotASpeaker()


@dataclass
class TitleReading:
    """What the words after the determiner hold before a name or a head noun: modifiers ("senior",
    "Russian"), title words, the (last) title read, and affiliations after a title ("of Koszalin")."""

    mods: list[str]
    role_words: list[str]
    title: str | None  # singular, lower case; None when no title was read
    plural: bool
    affiliation_parts: list[str]
    end: int  # the index of the first word not read


@dataclass
class TitledName:
    """The name after a title: its words, the index after them, and whether what follows may be ignored."""

    name_words: list[str]
    end: int
    tail_ok: bool


@dataclass
class CapitalisedRun:
    """The run of capitalised words (with "of", "for", "and", name particles between them) that a name,
    organisation or state is read from; a sentence-initial participle before it is skipped."""

    start: int  # character offset of the run (after a skipped participle)
    words: list[str]
    stripped: list[str]  # the words without a possessive ending
    end: int  # the index of the first word after the run
    tail_ok: bool


#: a perfect auxiliary between a speaker and a dated tail ("Trump had earlier on Sunday said"): the tail
#: still starts after it (issue 13, wire copy)
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})


class Phrase:
    """One stretch of text while :data:`PHRASE_RULES` read it: its tokens, words, determiner, and the
    readings that several rules share (made on first use: :meth:`titles`, :meth:`titled_name`,
    :meth:`capitalised`)."""

    def __init__(
        self,
        parser: NPParser,
        text: str,
        toks: list[tuple[str, int, int]],
        allow_tail: bool,
        coordinate: bool,
    ) -> None:
        self.parser = parser
        self.lex = parser.lex
        self.names = parser.names
        self.text = text
        self.toks = toks
        self.allow_tail = allow_tail
        self.coordinate = coordinate
        self.words = [t[0] for t in toks]
        self.lows = [w.lower() for w in self.words]
        self.start = toks[0][1]
        self.i, self.determiner, self.owner = read_determiner(self.lows, self.names)
        self._titles: TitleReading | None = None
        self._titled_name: TitledName | None = None
        self._capitalised: CapitalisedRun | None = None

    def np(self, kind: str, j: int, **kw: Any) -> NP:
        """An NP of ``kind`` from the start of the phrase to the end of word ``j - 1``."""
        e = self.toks[j - 1][2]
        return NP(self.start, e, self.text[self.start : e], kind, **kw)

    def sub(self, a: int, b: int | None = None, *, allow_tail: bool, coordinate: bool = True) -> NP | None:
        """Words ``a:b`` of the phrase parsed as a phrase of their own."""
        return self.parser._parse_tokens(self.text, self.toks[a:b], allow_tail, coordinate)

    def tail_ok(self, k: int) -> bool:
        """Nothing follows word ``k - 1``, or (``allow_tail``) a word that may start an ignored tail: one of
        ``[tail starts]`` of the names lexicon, an adverb in -ly, an -ing form of six letters or more."""
        if k == len(self.words):
            return True
        low = self.lows[k]  # "the spokesman ahead of the meeting", "scientists studying", "Lavrov, speaking"
        if low in PERFECT_AUXILIARIES and k + 1 < len(self.words):
            low = self.lows[k + 1]  # "Trump had earlier on Sunday said": the auxiliary before the tail
        return self.allow_tail and (
            low in self.names.tail_starts or low.endswith("ly") or (low.endswith("ing") and len(low) > 5)
        )

    def titles(self) -> TitleReading:
        """Modifiers, titles and affiliations after the determiner (read once: :func:`read_titles`)."""
        if self._titles is None:
            self._titles = read_titles(self)
        return self._titles

    def titled_name(self) -> TitledName:
        """The name after the title (read once: :func:`read_titled_name`; only when a title was read)."""
        if self._titled_name is None:
            self._titled_name = read_titled_name(self, self.titles())
        return self._titled_name

    def capitalised(self) -> CapitalisedRun:
        """The capitalised run after the determiner (read once: :func:`read_capitalised`)."""
        if self._capitalised is None:
            self._capitalised = read_capitalised(self)
        return self._capitalised


def read_determiner(lows: list[str], names: NameLexicon = NAMES) -> tuple[int, str, str | None]:
    """(index of the first word after the determiner, the determiner's kind, the possessive word):
    "the two sides" -> (2, "definite", None), "its sources" -> (1, "possessive", "its"), "both the
    leaders" -> (2, "definite", None), "Peskov" -> (0, "bare", None)."""
    i, determiner, owner = 0, "bare", None
    first = lows[0]
    if first in names.definite:
        determiner, i = "definite", 1
    elif first in names.indefinite:
        determiner, i = "indefinite", 1
    elif first in names.possessives:
        determiner, owner, i = "possessive", first, 1
    elif first in names.collective_determiners:
        determiner, i = "definite", 1
        if i < len(lows) and lows[i] == "the":
            i += 1
    if determiner != "bare" and i < len(lows) and lows[i] in _NUMBER_WORDS:
        i += 1
    return i, determiner, owner


def read_titles(p: Phrase) -> TitleReading:
    """Read modifiers and titles from the word after the determiner: "Russian Foreign Minister", "chief
    veterinary officer", "Mayor of Koszalin", "a prominent economist". Stops at the first word that is
    neither (the name, the head noun or the tail)."""
    words, lows, n = p.words, p.lows, len(p.words)
    title_at = p.parser._title_at
    r = TitleReading([], [], None, False, [], p.i)
    j, after_title = p.i, False
    while j < n:
        t = title_at(words, j)
        if t:
            k, r.title, r.plural = t
            r.role_words.extend(words[j : j + k])
            j += k
            after_title = True
            if j < n and lows[j] in _AFFILIATION_LINKS and j + 1 < n:
                got = affiliation_after_title(p, j)
                if got is not None:
                    part, j = got
                    r.affiliation_parts.append(part)
            j = posting_after_title(p, j, r.title)
            continue
        if after_title:
            if (
                words[j].islower()
                and j + 1 < n
                and lows[j] not in _CONJUNCTIONS  # "the President and Prime Minister": two offices
                # "the Ambassador of South Africa Ms X the President": after an affiliation (and the name it
                # swallowed) an article opens another phrase ("my colleague the Prime Minister" is one)
                and not (r.affiliation_parts and lows[j] in p.names.definite | p.names.indefinite)
                and (title_at(words, j + 1) or lows[j] in p.names.role_adjectives)
            ):
                r.role_words.append(words[j])  # "chief veterinary officer": the first title was a modifier
                j += 1
                continue
            break  # after a title: the name (or the tail)
        if not is_modifier(p, j, r.mods):
            break
        r.mods.append(words[j])
        j += 1
    r.end = j
    return r


def genre_after_possessive(p: Phrase, k: int) -> bool:
    """Word ``k`` is a noun of a text or an event (``[genre nouns]`` of names.txt) after a possessive: the
    name or affiliation being read ends before it ("Minister for Defence Teo Chee Hean's Door-Stop
    Interview": Teo Chee Hean's interview, no person "Door-Stop Interview")."""
    return k > 0 and p.words[k - 1].endswith(_POSS_ENDINGS) and p.lows[k] in p.names.genre_nouns


def posting_after_title(p: Phrase, j: int, title: str | None) -> int:
    """The index after an envoy's posting ("to <state>") at word ``j``, ``j`` when there is none: "Japan
    Ambassador to the Philippines Kazuhiko Koshikawa", "Ambassador of the Republic of Kazakhstan to Mongolia".
    The posting is where the envoy serves, no affiliation: only a state's name (or "the UN") is read over,
    and only after a title whose broader terms hold "envoy" (ambassadors, permanent representatives)."""
    words, lows, n = p.words, p.lows, len(p.words)
    t = p.lex.titles.get(title) if title else None
    if t is None or not (title == "envoy" or "envoy" in t.broader) or j + 1 >= n or lows[j] != "to":
        return j
    k = j + 2 if lows[j + 1] == "the" and j + 2 < n else j + 1
    m = k
    while m < n and is_cap(words[m]) and (m == k or lows[m - 1] != "of") and m - k < 4:
        m += 1
        if p.parser.state_of(" ".join(words[k:m])) or words[k:m] in (["UN"], ["United", "Nations"]):
            return m
    return j


def affiliation_after_title(p: Phrase, j: int) -> tuple[str, int] | None:
    """The affiliation after a title's "of"/"for"/"at" (word ``j``) and the index after it: "of Koszalin",
    "for the ministry", "at the embassy", "of the police's internal investigators" (lower case, after a
    determiner); None when none is read."""
    words, lows, n = p.words, p.lows, len(p.words)
    k = j + 1
    if lows[k] == "the":
        k += 1
    m = k
    while m < n and not genre_after_possessive(p, m) and (
        is_cap(words[m])
        or (lows[m] in ("of", "and") and m + 1 < n and is_cap(words[m + 1]))
        # a name's particle in a name the affiliation runs into: "of Foreign Affairs Mohammed bin Abdulrahman"
        or (m > k and words[m] in p.names.name_particles and m + 1 < n and is_cap(words[m + 1]))
        # two particles: "of the European Commission Ursula von der Leyen"
        or (m > k and words[m] in p.names.name_particles and m + 2 < n
            and words[m + 1] in p.names.name_particles and is_cap(words[m + 2]))
    ):
        m += 1
    lower_org = m < n and all(w.islower() for w in words[m:]) and p.parser._is_lower_org(lows[m:])
    if m > k and lower_org:
        # a state's lower-case body: "of Myanmar's home ministry", "for the Dutch government"
        return " ".join(words[k:n]), n
    if m > k:
        return " ".join(words[k:m]), m  # capitalised; a name may follow it only after a title
    if k < n and p.parser._is_lower_org(lows[k:]):
        return " ".join(words[k:n]), n
    if (
        p.determiner in ("definite", "indefinite")
        and lows[j] == "of"
        and n - k <= 5
        and all(w.islower() and w.replace("'", "").replace("’", "").isalpha() for w in words[k:])
        and not any(lw in p.names.trailing_skip or lw.endswith("ing") for lw in lows[k:])
    ):
        return " ".join(words[j + 1 :]), n  # "the head of the police's internal investigators"
    return None


#: the most capitalised words of a name before a verb in the past read as its verb (:func:`verb_after_name`)
MAX_NAME_BEFORE_VERB = 3


def verb_after_name(p: Phrase, j: int, mods: list[str]) -> bool:
    """Word ``j`` is the verb of the name before it, no modifier of a title after it: a lower-case past
    form in "-ed" right after a short name with no determiner ("Amb. Dina discussed deputy prime minister
    ... briefings": the name ends at "discussed"). Not after a state, a capital or an institution ("Kremlin
    appointed envoy"), nor a modifier word of names.txt ("exiled", "retired")."""
    low = p.lows[j]
    return (
        p.determiner == "bare"
        and 0 < len(mods) <= MAX_NAME_BEFORE_VERB
        and low.endswith("ed")
        and len(low) > 4
        and low.isalpha()
        and p.words[j] == low
        and low not in p.names.modifier_words
        and all(is_cap(m) for m in mods)
        and p.parser.state_of(mods[-1]) is None
        and mods[-1].lower() not in p.lex.org_words
    )


def is_modifier(p: Phrase, j: int, mods: list[str]) -> bool:
    """Is word ``j`` (before any title) a modifier of the title or name to come? Capitalised words
    ("Russian", "Kremlin"), lower-case modifier words ("senior", "acting"), adjectives ("presidential"),
    "of"/"and"/"for" inside a capitalised run ("People's Republic of China"), a lower-case word before a
    title ("a prominent economist"); not an organisation noun that heads the phrase ("the ministry") nor a
    document noun that opens it ("Estimates by the government")."""
    words, lows, n, lex = p.words, p.lows, len(p.words), p.lex
    w, low = words[j], lows[j]
    w_cap = is_cap(w)
    if not w_cap and low in lex.org_words and (j + 1 == n or lows[j + 1] in p.names.tail_starts):
        return False  # "the ministry", "Japan's government": the head, not a modifier
    if low in _NAME_JOINS and mods and is_cap(mods[-1]) and j + 1 < n and is_cap(words[j + 1]):
        return True  # "People's Republic of China Foreign Minister Wang Yi"
    if mods and is_cap(mods[-1]) and numbered_outlet(p, mods, j):
        return True  # "the Rustavi 2 broadcaster"
    if w in p.names.name_stop and not mods:
        return False
    if verb_after_name(p, j, mods):
        return False  # "Amb. Dina discussed deputy prime minister": the name's verb
    if j == p.i and low in lex.documents and (j + 1 == n or lows[j + 1] in _BY_OF_FROM):
        return False  # "Estimates by the Argentinian government": a sentence-initial document noun
    title_at = p.parser._title_at
    if (
        not w_cap
        and w[:1].isalpha()
        and low not in p.names.trailing_skip
        and low not in _FUNCTION_WORDS
        and (
            (j + 1 < n and (title_at(words, j + 1) or lows[j + 1] in lex.documents))
            or (j + 2 < n and words[j + 1].islower() and title_at(words, j + 2))
        )
    ):
        return True  # "a prominent economist", "a well-placed diplomatic source"
    if (
        not w_cap
        and low in p.names.portfolio_ends
        and mods
        and is_cap(mods[-1])
        and j + 2 < n
        and is_cap(words[j + 1])
        and title_at(words, j + 2)
    ):
        return True  # a portfolio in sentence case before an office: "Foreign affairs Cabinet secretary X"
    return bool(
        w_cap
        or low in p.names.modifier_words
        or (low.endswith(_ADJECTIVE_ENDINGS) and low.isalpha() and not w_cap and j + 1 < n)
    )


def read_titled_name(p: Phrase, r: TitleReading) -> TitledName:
    """The capitalised name after the title ``r`` read (updating ``r`` where the name holds a second title
    or the affiliation swallowed the name): "Spokesman Dmitry Peskov", "Deputy Emergency Situations
    Minister Alexander Chupriyan", "Immunologist Kristian Andersen of Scripps Research", "Mayor of Koszalin
    Piotr Jedlinski"."""
    words, lows, n = p.words, p.lows, len(p.words)
    j = k = r.end
    name_words: list[str] = []
    # "Foreign Minister Dr AK Abdul Momen": an honorific without its stop ("Dr", "Mr", a name stop
    # elsewhere) opens the name after a title; title_and_name keeps it out of the canonical name
    hon_end = p.parser.honorific_run(lows, j)[0]
    if hon_end >= n or not is_cap(words[hon_end]):
        hon_end = j
    while (
        k < n
        and (is_cap(words[k]) or (lows[k] in p.names.name_particles and name_words))
        and (k < hon_end or words[k] not in p.names.name_stop)
        and not genre_after_possessive(p, k)
    ):
        name_words.append(words[k])
        k += 1
    if len(name_words) == 2 and name_words[0].endswith("-") and "".join(name_words).lower() in p.lex.titles:
        name_words, k = [], j  # "the Assistant Secretary- General": a title broken at a line's end, no name
    # "Deputy Emergency Situations Minister Alexander Chupriyan": a second title inside the capitalised run;
    # the name is what follows it
    for q in range(1, len(name_words) - 1):
        t2 = p.parser._title_at(words, j + q)
        rest = name_words[q + t2[0] :] if t2 else []
        if rest and not t2[2] and is_cap(words[j + q]) and not _all_suffixes(p, rest):
            r.role_words.extend(words[j : j + q + t2[0]])
            r.title = t2[1]
            name_words = name_words[q + t2[0] :]
            break
    # "The President Nauru Baron Divavesi Waqa": the state of an office whose "of" was dropped
    state = 0 if r.affiliation_parts else state_before_name(p, name_words)
    if state:
        r.affiliation_parts.append(" ".join(name_words[:state]))
        name_words = name_words[state:]
    # "Immunologist Kristian Andersen of Scripps Research": the affiliation after the name
    if (
        name_words
        and k + 1 < n
        and lows[k] in ("of", "from", "at")
        and (is_cap(words[k + 1]) or (lows[k + 1] == "the" and k + 2 < n and is_cap(words[k + 2])))
    ):
        m = k + 1 if is_cap(words[k + 1]) else k + 2  # "Cardinal Marc Ouellet of the Holy See"
        while m < n and (is_cap(words[m]) or (lows[m] in _NAME_JOINS and m + 1 < n and is_cap(words[m + 1]))):
            m += 1
        r.affiliation_parts.append(" ".join(words[k + 1 : m]))
        k = m
    # "Mayor of Koszalin Piotr Jedlinski": the affiliation swallowed the name (after an article too when a
    # state or an honorific marks where it starts: "The Ambassador of Macedonia Mr Ilija Isailovsky")
    if not name_words and r.affiliation_parts and (
        p.determiner == "bare"
        or name_after_state(p, r.affiliation_parts[-1].split())
        or _honorific_name_start(p, r.affiliation_parts[-1].split())
    ):
        aff = r.affiliation_parts[-1].split()
        after_org = name_after_org(p, aff)
        size = after_org or swallowed_name_size(p, aff)
        capitals = all(is_cap(w) or w in p.names.name_particles for w in aff[-size - 1 :])  # ("bin")
        # an honorific before the name marks where it starts even after an organisation's name
        # ("Spokesperson for the Ministry of Foreign Affairs Dr Majed Al Ansari")
        marked = _honorific_name_start(p, aff) > 0 or after_org > 0
        if len(aff) > size and capitals and (marked or not p.parser.is_org_name(aff)):
            name_words, rest = aff[-size:], aff[:-size]
            lows_rest = [w.lower() for w in rest]
            run_end = p.parser.honorific_run
            q = next((q for q in range(len(rest)) if run_end(lows_rest, q)[0] == len(rest)), None)
            r.affiliation_parts[-1] = " ".join(rest[:q])  # (without an honorific before the name: "H E")
    return TitledName(name_words, k, p.tail_ok(k))


#: the most words of a state's name read before a name after a title (:func:`state_before_name`)
MAX_STATE_WORDS = 3
#: the fewest words of the name after that state: a state's name before one word is a given name
#: ("Foreign Minister Israel Katz", "Minister Jordan Smith")
MIN_NAME_AFTER_STATE = 2


def state_before_name(p: Phrase, name_words: list[str]) -> int:
    """How many of the capitalised words after a title are a state's name written in place of "of" and
    the state ("The President Nauru Baron Divavesi Waqa": President of Nauru, Baron Divavesi Waqa), or 0.
    Only the state's own name or another name of it (``[states]`` and ``[state names]`` of titles.txt), not
    its adjective ("Economy Minister German Oskarovich Gref" keeps his given name), and two words of a
    name at least after it."""
    lex = p.lex
    for size in range(min(MAX_STATE_WORDS, len(name_words) - MIN_NAME_AFTER_STATE), 0, -1):
        low = " ".join(name_words[:size]).lower()
        state = lex.states.get(low)
        if state is not None and (low == state.lower() or low in lex.state_names):
            return size
    return 0


def name_after_org(p: Phrase, aff: list[str]) -> int:
    """How many of the last words of an affiliation are a name after an organisation's name that ends in
    its organisation word ("of the European Commission Ursula von der Leyen" -> "Ursula von der Leyen",
    "of the European Council Charles Michel"); 0 unless an organisation word stands before two to four
    capitalised words (a name's particles between them) that a known given name opens."""
    org_at = [i for i, w in enumerate(aff) if w.lower() in p.lex.org_words and is_cap(w)]
    if not org_at or not p.parser.is_org_name(aff[: org_at[-1] + 1]):
        return 0
    name = aff[org_at[-1] + 1 :]
    if not 2 <= len(name) <= 4 or not is_cap(name[0]) or not is_cap(name[-1]):
        return 0
    if not all(is_cap(w) or w in p.names.name_particles for w in name):
        return 0
    # a known given name opens it ("Majesties, Highnesses, Excellencies" after "the General Assembly" is none)
    return len(name) if p.lex.given_names.get(name[0].lower().split("-")[0]) else 0


def name_after_state(p: Phrase, aff: list[str]) -> int:
    """How many words of an affiliation are a name of two words or more after a state's name ("of
    Vanuatu Charlot Salwai Tabimasmas" -> 3; the longest state wins: "of Saint Kitts and Nevis Terrance
    Drew" -> 2); 0 when the affiliation opens with no state."""
    for s in range(len(aff) - 2, 0, -1):
        if (
            " ".join(aff[:s]).lower() in p.lex.states
            and aff[s].lower() not in p.lex.org_words
            and all(is_cap(w) for w in aff[s:])
        ):
            return len(aff) - s
    return 0


def swallowed_name_size(p: Phrase, aff: list[str]) -> int:
    """How many of the last words of an affiliation that swallowed a name are the name: two ("of Koszalin
    Piotr Jedlinski"), with a suffix ("III", "Jr.", ``[name suffixes]`` in names.txt) and the middle
    initials before the surname ("of Defense Lloyd J. Austin III" -> "Lloyd J. Austin III"); a surname
    with a particle after a given name ("for Foreign Affairs Jean-Yves Le Drian" -> "Jean-Yves Le Drian":
    the word before the particle has a hyphen or is one of ``[given names]`` of titles.txt); three or four
    words after a ``[portfolio ends]`` word of names.txt ("of Foreign Affairs Espen Barth Eide", "of Foreign
    Affairs Fowsiyo Yusuf Haji Aadan")."""
    start = _name_start_in(p, aff)
    if start:
        return len(aff) - start
    after_state = name_after_state(p, aff)
    if after_state:
        return after_state
    size = 2
    if len(aff) >= 4 and aff[-4].lower() in p.names.portfolio_ends and is_cap(aff[-3]):
        size = 3  # "of Foreign Affairs Espen Barth Eide": a given name and a two-word surname
    elif (len(aff) >= 5 and aff[-5].lower() in p.names.portfolio_ends and all(is_cap(w) for w in aff[-4:])
          and not any(_INITIAL_RE.fullmatch(w) for w in aff[-4:])
          and aff[-1].lower().rstrip(".") not in p.names.name_suffixes):
        # "of Foreign Affairs Fowsiyo Yusuf Haji Aadan": a name of four words, given name, father's and
        # grandfather's names and the family's (an initial or a suffix is :data:`_INITIAL_RE`'s and
        # ``[name suffixes]``' below: "of Defense Lloyd J. Austin III" is a given name, initial, surname)
        size = 4
    if len(aff) > size and aff[-1].lower().rstrip(".") in p.names.name_suffixes:
        size += 1
    # (a name may open with its initial: "of External Affairs S. Jaishankar" -> "S. Jaishankar", never
    # "Affairs S. Jaishankar": a ``[portfolio ends]`` word is no given name)
    while (len(aff) > size + 1 and _INITIAL_RE.fullmatch(aff[-size])
           and aff[-size - 1].lower() not in p.names.portfolio_ends):
        size += 1
    if (
        len(aff) > size + 1
        and aff[-size].lower() in p.names.name_particles
        and ("-" in aff[-size - 1] or aff[-size - 1].lower() in p.lex.given_names)
    ):
        size += 1
    return size


def _name_start_in(p: Phrase, aff: list[str]) -> int:
    """Where a name starts in an affiliation that swallowed it, when the words mark it (0 when not): after
    an honorific ("of Foreign Affairs H E Mohammed Al Thani" -> "Mohammed Al Thani"), else at the given
    name before the first lower-case particle ("of Foreign Affairs Mohammed bin Abdulrahman Al Thani":
    an Arabic patronymic's "bin", ``[name particles]`` of names.txt)."""
    start = _honorific_name_start(p, aff)
    if start:
        return start
    q = next((q for q in range(2, len(aff) - 1) if aff[q] in p.names.name_particles), 0)
    return q - 1 if q and is_cap(aff[q - 1]) and is_cap(aff[q + 1]) else 0


def _honorific_name_start(p: Phrase, aff: list[str]) -> int:
    """Where a name starts after an honorific inside an affiliation ("of Foreign Affairs H E Mohammed Al
    Thani" -> 5: "Mohammed"), 0 when no honorific before a capitalised word marks it."""
    lows = [w.lower() for w in aff]
    for q in range(1, len(aff) - 1):
        end = p.parser.honorific_run(lows, q)[0]
        if end > q and end < len(aff) and is_cap(aff[end]):
            return end
    return 0


#: the prepositions of an opening phrase that ends in a place ("Upon arrival in Ankara Zarif told ...")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to"})
#: a middle initial inside a name ("J.")
_INITIAL_RE = re.compile(cased(r"[A-Z]\."))


def read_capitalised(p: Phrase) -> CapitalisedRun:
    """The capitalised run from the word after the determiner: "Dmitry Peskov", "Food and Agriculture
    Organization"; "Following Marrero's order", "Including Smith": a sentence-initial participle before it
    is no part of it."""
    words, lows, n = p.words, p.lows, len(p.words)
    k, start = p.i, p.start
    while (
        k + 1 < n
        and is_cap(words[k])
        and lows[k].endswith("ing")
        and len(lows[k]) > 5
        and is_cap(words[k + 1])
    ):
        k += 1
        start = p.toks[k][1]
    cap: list[str] = []
    while k < n and (
        is_cap(words[k])
        or (cap and lows[k] in p.parser.name_links and k + 1 < n and is_cap(words[k + 1]))
        or org_on_subject(p, cap, k)
        or org_of_the(p, cap, k)
        or numbered_outlet(p, cap, k)
    ):
        if words[k] in p.names.name_stop and not cap:
            break
        if cap and words[k] in p.names.headline_verb_words:
            break  # a headline's verb ends the name before it ("Gorbachev, Bush Confer by Telephone")
        if cap and words[k] in p.names.name_end_words and not org_word(p.lex, _strip_poss(lows[k - 1])):
            break  # a title-case heading's preposition ends a name ("Mrs. Gorbachev About the Earthquake")
        if cap and genre_after_possessive(p, k):
            break  # "Teo Chee Hean's Door-Stop Interview": the name ends at its possessive
        cap.append(words[k])
        k += 1
    return CapitalisedRun(start, cap, [_strip_poss(w) for w in cap], k, p.tail_ok(k) if cap else False)


def numbered_outlet(p: Phrase, cap: list[str], k: int) -> bool:
    """Is word ``k`` the number of a channel's name before its organisation word ("the Rustavi 2
    broadcaster", "Rustavi 2 TV", "Kanal 5 television")? Only a short number after a capitalised word."""
    words, lows = p.words, p.lows
    return (
        bool(cap)
        and lows[k].isdigit()
        and len(lows[k]) <= 2
        and k + 1 < len(words)
        and org_word(p.lex, _strip_poss(lows[k + 1]))
    )


def org_of_the(p: Phrase, cap: list[str], k: int) -> bool:
    """Is word ``k`` the "of" or "the" of an organisation's "of the <Name>" ("Ministry of Foreign Affairs of
    the Republic of Kazakhstan", "Embassy of the Russian Federation")? Only after a capitalised run holding an
    organisation word and before a capitalised word that is no title ("Office of the Spokesperson" names
    the spokesperson's office, read by the title rules)."""
    words, lows = p.words, p.lows
    at = k + 1 if lows[k] == "of" else k
    return (
        bool(cap)
        and lows[k] in ("of", "the")
        and (lows[k] == "of" or cap[-1].lower() == "of")
        and at + 1 < len(words)
        and lows[at] == "the"
        and is_cap(words[at + 1])
        and lows[at + 1] not in p.names.calendar_words
        and lows[at + 1] not in p.lex.titles
        and any(org_word(p.lex, _strip_poss(w).lower()) for w in cap)
    )


def org_on_subject(p: Phrase, cap: list[str], k: int) -> bool:
    """Is word ``k`` the "on" of a body named after its subject ("Intergovernmental Authority on
    Development", "Commission on Human Rights", "Conference on Disarmament")? Only after a capitalised
    organisation word and before a capitalised word that is no weekday or month ("the Council on Monday
    said" keeps "on Monday" out)."""
    words, lows = p.words, p.lows
    return (
        bool(cap)
        and lows[k] == "on"
        and k + 1 < len(words)
        and is_cap(words[k + 1])
        and lows[k + 1] not in p.names.calendar_words
        and org_word(p.lex, _strip_poss(cap[-1]).lower())
    )


def _role_fields(p: Phrase, r: TitleReading) -> tuple[Title, str | None, str]:
    """The title's lexicon entry, the affiliation (capitalised modifiers and "of" phrases) and the role as
    written (the lower-case modifiers and the title words) of a titled phrase."""
    title = r.title or ""
    t = p.lex.titles.get(title) or Title(title, None, frozenset({"expert"}))
    mods = r.mods
    cap_mods = [m for m in mods if is_cap(m)]
    if " ".join(cap_mods).lower() not in p.lex.states and " ".join(mods).lower() in p.lex.states:
        cap_mods = list(mods)  # a state's name with "and": "Antigua and Barbuda Prime Minister"
    affiliation = " ".join(cap_mods + r.affiliation_parts) or None
    role = (
        " ".join(mods[len(cap_mods) :] + r.role_words)
        if cap_mods and mods[: len(cap_mods)] == cap_mods
        else " ".join(mods + r.role_words)
    )
    return t, affiliation, role


class PhraseRule:
    """A named rule of :data:`PHRASE_RULES`: ``apply(phrase)`` gives an :class:`NP`, :data:`NOT_A_SPEAKER`,
    or None (the rule does not apply). ``__doc__`` says what it recognises."""

    def __init__(self, apply: Callable[[Phrase], NP | NotASpeaker | None]) -> None:
        self.name = apply.__name__
        self.__doc__ = apply.__doc__
        self.apply = apply

    def __repr__(self) -> str:
        return f"PhraseRule({self.name})"


def pronoun(p: Phrase) -> NP | NotASpeaker | None:
    """A personal pronoun alone: "he", "she", "it", "they", "him", "them"."""
    if len(p.words) == 1 and p.lows[0] in p.names.pronouns:
        pronoun = p.names.pronouns[p.lows[0]]
        return p.np("pronoun", 1, gender=pronoun.gender, plural=pronoun.plural, head=p.lows[0])
    return None


def first_person(p: Phrase) -> NP | NotASpeaker | None:
    """A first- or second-person pronoun alone ("I", "we", "you"): the narrator or a quotation, no
    speaker phrase."""
    return NOT_A_SPEAKER if len(p.words) == 1 and p.lows[0] in p.names.first_person else None


def one_name_with_and(p: Phrase) -> NP | NotASpeaker | None:
    """Capitalised words joined by "and" that name one organisation, state, role or document, not two
    speakers: "Food and Agriculture Organization", "Trinidad and Tobago"."""
    lows, words = p.lows, p.words
    if not (p.coordinate and "and" in lows[1:-1]):
        return None
    k = lows.index("and")
    if and_inside_state(p, k):
        return p.sub(0, allow_tail=p.allow_tail, coordinate=False)  # "Antigua and Barbuda Prime Minister"
    if is_cap(words[k - 1]) and is_cap(words[k + 1]):
        whole = p.sub(0, allow_tail=p.allow_tail, coordinate=False)
        if whole is not None and whole.kind == "role" and _two_titles(p, k):
            return None  # "The President and Prime Minister discussed": two people (coordination)
        if whole is not None and whole.kind in ("organisation", "state", "role", "document"):
            return whole
        if whole is not None and whole.kind == "name" and whole.role and " and " in (whole.affiliation or ""):
            return whole  # "Minister for Europe and Foreign Affairs Jean-Yves Le Drian": one office
    return None


def and_inside_state(p: Phrase, k: int) -> bool:
    """The "and" at word ``k`` lies inside the name of one state of titles.txt ("Antigua and Barbuda",
    "Trinidad and Tobago", "Saint Vincent and the Grenadines"): no coordination of two speakers."""
    lows, states = p.lows, p.lex.states
    for a in range(max(0, k - 2), k):
        for b in range(k + 2, min(len(lows), k + 4) + 1):
            if " ".join(lows[a:b]) in states:
                return True
    return False


def _two_titles(p: Phrase, k: int) -> bool:
    """The words on each side of "and" (word ``k``) are a title of their own: "President" and "Prime
    Minister", not "Minister of Trade" and "Industry"."""
    left = p.sub(0, k, allow_tail=False, coordinate=False)
    right = p.sub(k + 1, allow_tail=False, coordinate=False)
    return left is not None and right is not None and left.kind == "role" and right.kind == "role"


def coordination(p: Phrase) -> NP | NotASpeaker | None:
    """Two speaker phrases joined by "and" (or "&" after "both"): a group, "Vladimir Putin and Joe Biden",
    "the ministry and the army". Not "Baloch and Waseem's mother" (the possessive covers both names: one
    person)."""
    lows, words = p.lows, p.words
    for conj in ("and", "&") if p.coordinate else ():
        if conj in lows[1:-1]:
            k = lows.index(conj)
            if k + 2 < len(words) and _strip_poss(words[k + 1]) != words[k + 1] and is_cap(words[k + 1]):
                return None
            left = p.sub(0, k, allow_tail=False)
            right = p.sub(k + 1, allow_tail=p.allow_tail)
            if left and right and left.kind != "pronoun" and right.kind != "pronoun":
                one = (
                    two_offices_one_name(p, left, right)
                    or two_ministries_one_holder(p, left, right)
                    or portfolio_and_titled_name(p, left, right)
                )
                if one is not None:
                    return one
                if left.determiner == "definite" and right.kind == "role" and right.determiner == "bare":
                    right.determiner = "definite"  # "the President and Prime Minister": "the" covers both
                elif left.kind == right.kind == "role" and right.determiner == "bare" and not right.plural:
                    right.determiner = left.determiner  # "The President and Prime Minister"
                e = right.end
                return NP(p.start, e, p.text[p.start : e], "group", members=[left, right], plural=True)
            if lows[0] != "both":
                return None
    return None


def plural_title_over_names(p: Phrase) -> NP | NotASpeaker | None:
    """A plural title over two names joined by "and": "Ministers Joly and Le Drian", "Foreign Ministers
    Wang and Lavrov" (readouts): a group of the two, each with the title."""
    lows = p.lows
    if not (p.coordinate and "and" in lows[1:-1]):
        return None
    r = p.titles()
    k = lows.index("and")
    if r.title is None or not r.plural or not r.end < k:
        return None
    left = _capitals_surname(p.sub(r.end, k, allow_tail=False, coordinate=False))
    right = _capitals_surname(p.sub(k + 1, allow_tail=p.allow_tail, coordinate=False))
    if left is None or right is None or left.kind != "name" or right.kind != "name":
        return None
    for member in (left, right):
        member.head, member.role = r.title, r.title
    return NP(p.start, right.end, p.text[p.start : right.end], "group", members=[left, right], plural=True)


def _capitals_surname(np_: NP | None) -> NP | None:
    """A one-word "organisation" in capitals under a plural title is a surname in capitals, as francophone
    communiqués write them ("Ministers MESSONE and DUSSEY welcomed ..."): read it as a name."""
    if np_ is not None and np_.kind == "organisation" and np_.text.isalpha() and np_.text.isupper():
        return replace(np_, kind="name", name=np_.text)  # (a copy: the parser memoises phrases)
    return np_


def two_offices_one_name(p: Phrase, left: NP, right: NP) -> NP | None:
    """A bare office, "and", and an office with a name are one person with two offices: "Deputy Prime
    Minister and Foreign Minister Ishaq Dar" (the name's phrase, from the first office); None otherwise."""
    if not (
        left.kind == "role"
        and left.determiner == "bare"
        and not left.plural
        and right.kind == "name"
        and right.role
        and right.determiner == "bare"
    ):
        return None
    right.start, right.text = p.start, p.text[p.start : right.end]
    right.role = f"{left.role} and {right.role}"
    return right


def portfolio_and_titled_name(p: Phrase, left: NP, right: NP) -> NP | None:
    """A bare portfolio, "and", and a minister's name after the rest of the portfolio are one minister:
    "Foreign Affairs and International Cooperation Minister Bernard Membe", "Finance and Economic
    Development Minister X" (African and Commonwealth papers' style). The left side names no person: its
    last word closes a portfolio ([portfolio ends] of names.txt) or it is a whole [portfolios] entry.
    The name's phrase from the portfolio, the portfolio's words its affiliation; None otherwise."""
    lows = tuple(w.lower() for w in left.text.split())
    if not (
        left.kind == "name"
        and not left.role
        and left.determiner == "bare"
        and lows
        and (lows[-1] in p.names.portfolio_ends or lows in p.lex.portfolios)
        and right.kind == "name"
        and right.role
        and right.determiner == "bare"
        and (right.head or "").endswith("minister")
        and right.affiliation
        and right.modifiers
    ):
        return None
    right.start, right.text = p.start, p.text[p.start : right.end]
    right.affiliation = f"{left.text} and {right.affiliation}"
    return right


def two_ministries_one_holder(p: Phrase, left: NP, right: NP) -> NP | None:
    """A minister's office under a determiner, "and", and a bare minister's portfolio ("of"/"for" and its
    ministry) are one holder of both: "the Prime Minister and Minister of Foreign Affairs" (Qatar's
    premier), "the Deputy Prime Minister and Minister for Foreign Affairs"; the left office, its role
    widened to both (:attr:`NP.also_head` the second). "the President and Prime Minister" (two offices of
    two people) and "the Prime Minister and Foreign Minister" (either reading) stay two."""
    if not (
        left.kind == right.kind == "role"
        and left.determiner in ("definite", "possessive")
        and right.determiner == "bare"
        and not (left.plural or right.plural)
        and right.affiliation
        and (left.head or "").endswith("minister")
        and (right.head or "") == "minister"
    ):
        return None
    left.end, left.text = right.end, p.text[left.start : right.end]
    left.role = f"{left.role} and {p.text[right.start : right.end]}"
    left.also_head = right.head
    return left


def collective_phrase(p: Phrase) -> NP | NotASpeaker | None:
    """A collective phrase of the lexicon at the start, alone or before a tail: "both parties", "the two
    sides", "sources", "people familiar with the matter", "officials close to the talks"."""
    lows = p.lows
    if lows[0] not in p.parser._collective_first:
        return None
    for n in range(min(4, len(lows)), 0, -1):
        phrase = " ".join(lows[:n])
        if phrase in p.lex.collective and (
            n == len(lows)
            or (p.allow_tail and (lows[n] in p.names.tail_starts or lows[n] in _COLLECTIVE_TAIL_WORDS))
        ):
            determiner = (
                "definite"
                if lows[0] in p.names.definite or lows[0] in p.names.collective_determiners
                else "bare"
            )
            return p.np("collective", n, head=phrase, plural=True, determiner=determiner)
    return None


def determiner_alone(p: Phrase) -> NP | NotASpeaker | None:
    """A determiner with nothing after it ("the", "both the", "its two"): no speaker phrase."""
    return NOT_A_SPEAKER if p.i >= len(p.words) else None


def collective_after_determiner(p: Phrase) -> NP | NotASpeaker | None:
    """A collective noun after a determiner, alone or before a tail: "its sources", "the sides", "their
    aides close to the talks"."""
    i, lows = p.i, p.lows
    if lows[i] not in p.parser._collective_first:
        return None
    for n in range(min(3, len(lows) - i), 0, -1):
        phrase = " ".join(lows[i : i + n])
        if phrase in p.lex.collective and (
            i + n == len(lows)
            or (p.allow_tail and (lows[i + n] in p.names.tail_starts or lows[i + n] in ("close", "familiar")))
        ):
            return p.np("collective", i + n, head=phrase, plural=True, determiner=p.determiner, owner=p.owner)
    return None


def state_collective(p: Phrase) -> NP | NotASpeaker | None:
    """A state's adjective before a collective noun, the whole phrase: "Syrian state media", "Russian
    officials" (the state is the affiliation)."""
    i, words, lows, lex = p.i, p.words, p.lows, p.lex
    if not (is_cap(words[i]) and lows[i] in lex.states and i + 1 < len(words)):
        return None
    for n in range(min(3, len(words) - i - 1), 0, -1):
        phrase = " ".join(lows[i + 1 : i + 1 + n])
        if phrase in lex.collective and i + 1 + n == len(words):
            return p.np(
                "collective",
                i + 1 + n,
                head=phrase,
                plural=True,
                determiner=p.determiner,
                affiliation=lex.states[lows[i]],
            )
    return None


def adjective_collective(p: Phrase) -> NP | NotASpeaker | None:
    """An adjective before an unnamed-source noun of ``[collective]`` (type anonymous) that is no title,
    the whole phrase: "Diplomatic circles believe ...", "informed circles", "political circles" (South
    Asian and Arab press). Not a state's adjective (:func:`state_collective`). Adjectives joined by "and"
    are one source too, ``[modifier words]`` and states' adjectives among them: "Some Swedish and foreign
    media have said ..." (issue 13, wire copy)."""
    i, lows = p.i, p.lows
    if len(lows) == i + 2 and lows[i] in p.lex.states:
        return None
    if len(lows) < i + 2 or p.lex.collective.get(lows[-1]) != "anonymous":
        return None
    adjectives = lows[i:-1]
    joined = len(adjectives) == 3 and adjectives[1] == "and"
    if len(adjectives) > 1 and not (joined and all(_source_adjective(p, w) for w in adjectives[::2])):
        return None
    if len(adjectives) == 1 and not _source_adjective(p, adjectives[0], joined=False):
        return None
    if p.parser._title_at(p.words, len(lows) - 1):
        return None  # ("Diplomatic sources", "Western officials": a role noun's reading)
    return p.np("collective", len(lows), head=lows[-1], plural=True, determiner=p.determiner)


def _source_adjective(p: Phrase, low: str, *, joined: bool = True) -> bool:
    """An adjective of an unnamed source: by its ending ("diplomatic", "informed"); ``joined`` by "and" to
    another, also a ``[modifier words]`` word or a state's adjective ("Swedish and foreign"). Alone, "state
    police" stays an organisation (a bare "foreign media" is in ``[collective]`` of titles.txt)."""
    if low.isalpha() and (low.endswith(_ADJECTIVE_ENDINGS) or low.endswith("ed")):
        return True
    return joined and (low in p.lex.states or low in p.names.modifier_words)


def named_outlet(p: Phrase) -> NP | NotASpeaker | None:
    """An outlet named after its noun: "Hungarian daily newspaper Magyar Nemzet", "news site Znak.com"."""
    i, words, lows = p.i, p.words, p.lows
    for q in range(i, min(len(words) - 1, i + 4)):
        if (
            lows[q] in p.names.outlet_nouns
            and not is_cap(words[q])
            and all(
                is_cap(w) or lows[r] in p.names.name_particles for r, w in enumerate(words[q + 1 :], q + 1)
            )
            and all(is_cap(w) or w.islower() for w in words[i:q])
        ):
            name = " ".join(_strip_poss(w) for w in words[q + 1 :])
            e = p.toks[-1][2]
            return NP(p.start, e, p.text[p.start : e], "organisation", name=name, determiner="bare")
    return outlet_noun_after_name(p)


#: lower-case words that may stand between an outlet's name and its noun ("the Reuters news agency")
OUTLET_NOUN_MODIFIERS = frozenset({"news", "state", "daily", "online", "business"})


def outlet_noun_after_name(p: Phrase) -> NP | None:
    """ "the Reuters news agency", "the Kommersant daily" (wire copy): "the", a name of capitalised words,
    then an outlet noun (``[outlet nouns]`` of names.txt) ending the phrase, after lower-case words of
    :data:`OUTLET_NOUN_MODIFIERS` at most; the speaker is the outlet's name."""
    i, words, lows, n = p.i, p.words, p.lows, len(p.words)
    if p.determiner != "definite" or n - i < 2 or lows[-1] not in p.names.outlet_nouns or is_cap(words[-1]):
        return None
    k = n - 1
    while k > i + 1 and lows[k - 1] in OUTLET_NOUN_MODIFIERS and not is_cap(words[k - 1]):
        k -= 1
    if not all(is_cap(w) and _strip_poss(w) == w for w in words[i:k]):  # ("The WHO's website": a document)
        return None
    name = " ".join(_strip_poss(w) for w in words[i:k])
    e = p.toks[-1][2]
    return NP(p.start, e, p.text[p.start : e], "organisation", name=name, determiner="definite")


def owner_then_name(p: Phrase) -> NP | NotASpeaker | None:
    """A state's or institution's possessive before a name, the whole phrase: "Germany's Baerbock",
    "Russia's Sergei Lavrov", "the Kremlin's Peskov" (a headline's way of naming a person); the name is
    the person and the owner the affiliation (a role noun after the possessive is :func:`role_noun`'s)."""
    i, words = p.i, p.words
    n = len(words)
    j = owner_end(p)
    if j is None:
        return None
    owner = " ".join(_strip_poss(w) for w in words[i:j])
    known = j == i + 1 and (owner.lower() in p.lex.states or owner.lower() in p.lex.institutions)
    rest = words[j:]
    # another owner ("The World's", "CNN's"): "'s" before a full name ("YAB DATO’ SERI X": an honorific)
    if not known and (len(rest) < 2 or not words[j - 1].endswith(_S_ENDINGS) or genre_after_possessive(p, j)):
        return None
    if not known and not _read_as_name(first_answer_after(p, owner_then_name)):
        return None  # (only a phrase read as one name anyway: "International Women's Day Celebration": none)
    if not all(is_cap(w) or w.lower() in p.names.name_particles for w in rest) or len(rest) > 4:
        return None
    lows = [_strip_poss(w).lower() for w in rest]
    if any(w in p.lex.title_words or w in p.lex.org_words for w in lows):
        return None
    if any(w in p.names.name_stop for w in rest):
        return None  # "Russia's Foreign Minister ...", "China's Xinhua News Agency"
    return p.np("name", n, name=" ".join(_strip_poss(w) for w in rest), affiliation=owner,
                determiner=p.determiner)


def _read_as_name(got: NP | NotASpeaker | None) -> bool:
    return isinstance(got, NP) and got.kind == "name"


def first_answer_after(
    p: Phrase, rule: Callable[[Phrase], NP | NotASpeaker | None]
) -> NP | NotASpeaker | None:
    """The first answer for ``p`` of the rules of :data:`PHRASE_RULES` after ``rule`` (how the phrase reads
    without it)."""
    k = next(i for i, r in enumerate(PHRASE_RULES) if r.apply is rule)
    for r in PHRASE_RULES[k + 1 :]:
        got = r.apply(p)
        if got is not None:
            return got
    return None


def owner_end(p: Phrase) -> int | None:
    """The word after an owner's possessive that opens the phrase: one to three capitalised words, the last
    with "'s" ("Russia's", "The World's", "Al Jazeera's"), then more words; else None."""
    i, words = p.i, p.words
    for j in range(i, min(i + 3, len(words) - 1)):
        if not is_cap(words[j]):
            return None
        if words[j].endswith(_POSS_ENDINGS):
            return j + 1
    return None


def _cap_after_particles(p: Phrase, k: int) -> bool:
    """Words ``k``... of ``p`` are name particles (at most two: "da", "van der") and a capitalised word."""
    j = k
    while j < len(p.words) and j < k + 2 and p.lows[j] in p.names.name_particles:
        j += 1
    return j < len(p.words) and is_cap(p.words[j])


def honorific_name(p: Phrase) -> NP | NotASpeaker | None:
    """An honorific (or a run of them) and a name, alone, before a tail, or before "of"/"from" and an
    affiliation: "Mr. John Smith", "Ms Zakharova of the Foreign Ministry", "The Honourable Mélanie Joly",
    "H.E. Mr. Wang Yi"; before a title, the titled name or plural role after it: "His Excellency President
    Ilham Aliyev", "Honourable Delegates". The honorifics give the gender and stay out of the name."""
    words, lows = p.words, p.lows
    n = len(words)
    i = 0 if p.determiner == "possessive" and p.parser.honorific_run(lows, 0)[0] > 1 else p.i
    j0, gender = p.parser.honorific_run(lows, i)  # ("His Excellency": the possessive opens the honorific)
    if j0 == i and words[i] == "HE" and i + 1 < n:  # "HE" in capitals: "H.E." without its stops
        j0 = i + 1
    if j0 == n and i == 0 < n and gender and p.determiner == "possessive" and is_cap(words[-1]):
        # "His Excellency added that ...": a possessive honorific alone is a third-person pronoun (the last
        # titled person who spoke or acted, as a ministry's release refers to its minister)
        return p.np("pronoun", n, gender=gender, plural=False, head="he" if gender == "m" else "she")
    if i < j0 < n - 1 and lows[j0] == "the" and p.parser._title_at(words, j0 + 1):
        # "HE the Foreign Minister Sheikh Mohammed Al-Thani", "His Excellency the President": the article
        # between the honorific and the title (Gulf, South Asian and African ministries' style)
        sub = p.sub(j0 + 1, allow_tail=p.allow_tail, coordinate=False)
        if sub is not None and sub.kind in ("name", "role"):
            sub.start, sub.text = p.start, p.text[p.start : sub.end]
            sub.gender, sub.determiner = sub.gender or gender, "definite"
            return sub
    # a surname may open with its particle: "Dr. da Costa", "Mr. de Mistura", "Dr. van der Merwe"
    starts_name = j0 < n and (is_cap(words[j0]) or _cap_after_particles(p, j0))
    if not (i < j0 < n and starts_name and is_cap(words[j0 - 1])):
        return None  # (in lower case an adjective: "the honorable Secretary General" is a role noun)
    if p.parser._title_at(words, j0):
        sub = p.sub(j0, allow_tail=p.allow_tail, coordinate=False)
        if sub is not None and (sub.kind == "name" or (sub.kind == "role" and sub.plural)):
            sub.start, sub.text = p.start, p.text[p.start : sub.end]
            sub.gender = sub.gender or gender
            return sub
    j = j0
    while (
        j < n
        and (is_cap(words[j]) or lows[j] in p.names.name_particles)
        and words[j] not in p.names.name_stop
    ):
        j += 1
    office = next((k for k in range(j0 + 2, j) if office_after_name(p, k)), None)
    if office is not None:  # "Mr. Antonio Guterres UN Secretary General": the office after the name
        t = p.parser._title_at(words, office) or p.parser._title_at(words, office + 1)
        return p.np("name", office, name=" ".join(_strip_poss(w) for w in words[j0:office]), gender=gender,
                    determiner=p.determiner if i == p.i else "bare", role=" ".join(words[office:j]),
                    head=t[1] if t else None)
    of_aff = (
        j + 1 < n
        and lows[j] in ("of", "from")
        and n - j <= 9
        and all(w[:1].isalpha() for w in words[j + 1 :])
    )
    if not (j == n or (p.allow_tail and lows[j] in p.names.tail_starts) or of_aff):
        return None
    return p.np(
        "name",
        j,
        name=" ".join(_strip_poss(w) for w in words[j0:j]),
        gender=gender,
        determiner=p.determiner if i == p.i else "bare",
        affiliation=" ".join(words[j + 1 :]) if of_aff else None,
    )


#: the words after a title that name whom its holder serves ("a spokesman for ...", "an aide to ...")
_SERVICE_LINKS = ("for", "to")


def office_after_name(p: Phrase, k: int) -> bool:
    """Does an office start at word ``k`` of a capitalised run after a name: a title, or an acronym and a
    title ("UN Secretary General"), not followed by a name suffix ("Martin Luther King Jr.")?"""
    words, title_at = p.words, p.parser._title_at
    t, at = title_at(words, k), k
    if t is None and words[k].isupper() and k + 1 < len(words):
        t, at = title_at(words, k + 1), k + 1
    if t is None:
        return False
    after = at + t[0]
    return not (after < len(words) and words[after].lower().rstrip(".") in p.names.name_suffixes)


def serving_title(p: Phrase) -> NP | NotASpeaker | None:
    """A determiner, a title, "for"/"to" and a titled person: the holder of the first title, who serves
    the person named after it: "A spokesman for the EU foreign policy chief Catherine Ashton", "an aide
    to President Biden" (a role; the person served is the affiliation, not the speaker). Without a
    determiner, a capitalised title serving an office, as an appositive writes it: "Assistant to the
    Cambodian Premier", "Adviser to the Prime Minister"."""
    i, words, lows = p.i, p.words, p.lows
    n = len(words)
    q = i
    while q < n and words[q].islower() and not p.parser._title_at(words, q) and q < i + 2:
        q += 1  # "a senior aide to ..."
    t = p.parser._title_at(words, q) if q < n else None
    if t is None or q + t[0] + 1 >= n or lows[q + t[0]] not in _SERVICE_LINKS:
        return None
    if p.determiner == "bare" and not (q == i and is_cap(words[q]) and lows[q + t[0] + 1] == "the"):
        return None
    served = p.sub(q + t[0] + 1, allow_tail=p.allow_tail, coordinate=False)
    kinds = ("name",) if p.determiner != "bare" else ("name", "role")
    if served is None or served.kind not in kinds or not served.role or served.plural:
        return None
    title = p.lex.titles.get(t[1])
    return NP(
        p.start,
        served.end,
        p.text[p.start : served.end],
        "role",
        role=" ".join(words[i : q + t[0]]),
        head=t[1],
        plural=t[2],
        determiner=p.determiner,
        affiliation=served.text,
        gender=title.gender if title else None,
        owner=p.owner,
    )


def organisation_then_title(p: Phrase) -> NP | NotASpeaker | None:
    """A title word that belongs to an organisation's name, the person's title later: "General Services
    Administration administrator Emily W. Murphy" (the words before the title become the affiliation)."""
    if p.titles().title is None or p.determiner != "bare":
        return None
    tn = p.titled_name()
    if tn.tail_ok or not (tn.end < len(p.words) and p.parser._title_at(p.words, tn.end)):
        return None
    sub = p.sub(tn.end, allow_tail=p.allow_tail, coordinate=False)
    if sub is not None and sub.kind == "name":
        sub.affiliation = sub.affiliation or " ".join(p.words[p.i : tn.end])
        sub.start, sub.text = p.start, p.text[p.start : sub.end]
        return sub
    return None


def title_before_unread_words(p: Phrase) -> NP | NotASpeaker | None:
    """A title (with or without a name) followed by words that are neither a name nor a tail: "the
    minister responsible", "President Putin administration": no speaker phrase."""
    if p.titles().title is None:
        return None
    return NOT_A_SPEAKER if not p.titled_name().tail_ok else None


def title_and_name(p: Phrase) -> NP | NotASpeaker | None:
    """A title, with its modifiers and affiliation, and a name: "Kremlin Spokesman Dmitry Peskov", "US
    Secretary of State Antony Blinken", "Mayor of Koszalin Piotr Jedlinski". A name after a plural title,
    or holding a day or a word of events and places ("Foreign Ministers Council"), is no speaker."""
    r = p.titles()
    if r.title is None:
        return None
    if suffix_after_title(p, r):
        return None
    tn = p.titled_name()
    if not tn.name_words:
        return None
    t, affiliation, role = _role_fields(p, r)
    if r.plural or any(
        w.lower() in p.names.not_name_words or w.lower() in p.names.calendar_words for w in tn.name_words
    ):
        return NOT_A_SPEAKER
    # "Foreign Minister H.E. Mr. Wang Yi": honorifics after the title stay out of the name
    h, hon_gender = p.parser.honorific_run([w.lower() for w in tn.name_words], 0)
    name_words = tn.name_words[h:] if h < len(tn.name_words) else tn.name_words
    return p.np(
        "name",
        tn.end,
        name=" ".join(_strip_poss(w) for w in name_words),
        role=role,
        head=r.title,
        affiliation=affiliation,
        gender=t.gender or (hon_gender if h < len(tn.name_words) else None),
        determiner=p.determiner,
        modifiers=r.mods,
    )


def office_paraphrase(p: Phrase) -> NP | NotASpeaker | None:
    """An office named by what its holder heads (``[office paraphrases]`` of titles.txt), with "the" and a
    state's adjective or name before the last word: "the head of the Chilean diplomacy", "the head of
    Ukrainian diplomacy" (translated copy): a role with the paraphrase's title ("foreign minister"), the
    state its affiliation."""
    lows, i = p.lows, p.i
    for words, title in p.lex.paraphrases.items():
        k = i + len(words) - 1
        if lows[i:k] != list(words[:-1]):
            continue
        k += k < len(lows) and lows[k] == "the"
        state = p.words[k] if k < len(lows) and p.parser.state_of(p.words[k]) else None
        k += state is not None
        if k < len(lows) and lows[k] == words[-1] and p.tail_ok(k + 1):
            t = p.lex.titles[title]
            role = " ".join(p.words[i : k + 1])
            return p.np("role", k + 1, role=role, head=title, determiner=p.determiner, affiliation=state,
                        gender=t.gender, owner=p.owner, modifiers=[state] if state else [])
    return None


def _all_suffixes(p: Phrase, words: list[str]) -> bool:
    return all(w.lower().rstrip(".") in p.names.name_suffixes for w in words)


def suffix_after_title(p: Phrase, r: TitleReading) -> bool:
    """A name suffix (``[name suffixes]`` of names.txt) right after the title read: the title word is a
    surname ("Martin Luther King, Jr.", "King Jr."), so the phrase is a name, no title."""
    return r.end < len(p.lows) and p.lows[r.end].rstrip(".") in p.names.name_suffixes


def role_noun(p: Phrase) -> NP | NotASpeaker | None:
    """A title without a name: "the Kremlin spokesman", "a high-ranking White House official",
    "epidemiologists", "the head of the police's internal investigators"."""
    r = p.titles()
    if r.title is None or suffix_after_title(p, r):
        return None
    t, affiliation, role = _role_fields(p, r)
    return p.np(
        "role",
        r.end,
        role=role,
        head=r.title,
        plural=r.plural,
        determiner=p.determiner,
        affiliation=affiliation,
        gender=t.gender,
        owner=p.owner,
        modifiers=r.mods,
    )


def document(p: Phrase) -> NP | NotASpeaker | None:
    """A document noun of the lexicon, alone, before a tail, or before "by"/"of"/"from" and its author:
    "the statement", "a Kremlin readout", "the decree signed by the Pope", "The Centre for Aviation's
    database" (the author is the affiliation)."""
    r = p.titles()
    lows, n, j = p.lows, len(p.words), r.end
    docs = p.lex.documents
    plural = p.determiner == "definite" and j < n and lows[j].endswith("s") and lows[j][:-1] in docs
    if not (j < n and (lows[j] in docs or plural)):
        return None  # (a plural after "the": "the statements said", two statements quoted before; a bare
        # plural is any such texts: "Recent international reports indicate")
    k = j + 1
    if k + 1 < n and lows[k].endswith("ed") and lows[k + 1] == "by":
        k += 1  # "the decree signed by the Pope", "a report published by ..."
    if not (k == n or (p.allow_tail and (lows[k] in p.names.tail_starts or lows[k] in _BY_OF_FROM))):
        return None
    mods = r.mods
    caps = [q for q, m in enumerate(mods) if is_cap(m)]
    # "The Centre for Aviation's database": the capitalised run with its "for"/"of"
    aff = " ".join(_strip_poss(m) for m in mods[caps[0] : caps[-1] + 1]) if caps else None
    if k < n and lows[k] in _BY_OF_FROM:
        rest = p.sub(k + 1, allow_tail=True) if k + 1 < n else None
        if rest is not None and rest.kind in ("organisation", "state", "name"):
            aff = rest.text if rest.kind == "name" else (rest.name or aff)
    return p.np(
        "document",
        j + 1,
        head=lows[j],
        determiner=p.determiner,
        affiliation=aff,
        owner=p.owner,
        modifiers=mods,
    )


def organisation_noun(p: Phrase) -> NP | NotASpeaker | None:
    """A lower-case organisation noun (after up to two lower-case words when a determiner opens the
    phrase, up to two more after a lower-case possessive), alone or before a tail: "the ministry",
    "police", "the Japanese embassy", "Japan's government", "the country's health ministry", "the prime
    minister's press office"."""
    r = p.titles()
    words, lows, n, lex = p.words, p.lows, len(p.words), p.lex
    mods, j = r.mods, r.end
    unit = mods and lows[j - 1] in lex.org_words
    if unit and (_lower_case_of_phrase(words, j) or _of_named_organisation(p, j)):
        mods, j = mods[:-1], j - 1  # ("ministry" before "of foreign affairs" was read as a modifier)
    k, limit = j, j + 2
    while (
        p.determiner != "bare"
        and k < n - 1
        and k < limit
        and words[k].islower()
        and (words[k].isalpha() or _lower_possessive(words[k]))
        and lows[k] not in lex.org_words
        and lows[k] not in p.names.trailing_skip
    ):
        if _lower_possessive(words[k]):
            limit = k + 3  # "the prime minister’s press office": the owner's words and two more
        k += 1
    unit_of_two = k == n - 2 and lows[k] in lex.org_words and lows[k + 1] in lex.org_words
    if k > j and unit_of_two and words[k + 1].islower():
        k += 1  # a unit of two organisation words ends it: "the prime minister's press office"
    if k > j and lows[k] in lex.org_words and not is_cap(words[k]):
        mods = mods + words[j:k]
        j = k
    if not (j < n and lows[j] in lex.org_words and not is_cap(words[j])):
        return None
    head = lows[j]
    if _lower_case_of_phrase(words, j + 1) or _of_named_organisation(p, j + 1):
        j = n - 1  # "Singapore's ministry of foreign affairs": the "of" phrase is part of the name
    elif not (j + 1 == n or (p.allow_tail and lows[j + 1] in p.names.tail_starts)):
        return None
    e = p.toks[j][2]
    return NP(
        p.start,
        e,
        p.text[p.start : e],
        "organisation",
        name=p.text[p.toks[p.i][1] : e] if mods else None,
        head=head,
        determiner=p.determiner,
        owner=p.owner,
        affiliation=p.parser.state_of(" ".join(m for m in mods if is_cap(m))) if mods else None,
        modifiers=mods,
    )


def _lower_possessive(word: str) -> bool:
    """A lower-case possessive word ("minister’s", "president's"): the owner of an office's unit."""
    stem = word[:-2] if word.endswith(("’s", "'s")) else ""
    return stem.isalpha() and stem.islower()


def _of_named_organisation(p: Phrase, k: int) -> bool:
    """Words ``k:`` are "of" and a named organisation or state ending the phrase: the unit of an
    organisation it belongs to ("the press service of the Ministry of Foreign Affairs", "the press office
    of the Kremlin"; agency copy crediting a ministry's unit)."""
    if not (k < len(p.words) - 1 and p.words[k] == "of" and is_cap(p.words[-1])):
        return False
    owner = p.sub(k + 1, allow_tail=False, coordinate=False)
    return owner is not None and owner.kind in ("organisation", "state") and owner.end == p.toks[-1][2]


#: how many lower-case words an "of" phrase naming an organisation's field may have ("of foreign affairs")
MAX_OF_FIELD_WORDS = 3


def _lower_case_of_phrase(words: list[str], k: int) -> bool:
    """Words ``k:`` are "of" and one to :data:`MAX_OF_FIELD_WORDS` lower-case words ending the phrase: the
    field of an organisation written in lower case ("ministry of foreign affairs")."""
    rest = words[k + 1 :]
    return (
        k < len(words)
        and words[k] == "of"
        and 0 < len(rest) <= MAX_OF_FIELD_WORDS
        and all(w.isalpha() and w.islower() for w in rest)
    )


def no_capitalised_word(p: Phrase) -> NP | NotASpeaker | None:
    """Nothing left that could be a name (no capitalised word after the determiner): "legal agreements
    that will", "the talks"."""
    return NOT_A_SPEAKER if not p.capitalised().words else None


def name_then_affiliation(p: Phrase) -> NP | NotASpeaker | None:
    """Two to four capitalised words, then "of"/"from" and an affiliation: "Peter Iseley of worldwide
    victim group Ending Clergy Abuse", "Dr. Alison Kock of the University of Cape Town"."""
    c = p.capitalised()
    words, lows, n, lex, cap, k = p.words, p.lows, len(p.words), p.lex, c.words, c.end
    if not (
        p.determiner == "bare"
        and 2 <= len(cap) <= 4
        and k + 1 < n
        and lows[k] in ("of", "from")
        and n - k <= 9
        and any(is_cap(w) or w.lower() in lex.org_words for w in words[k + 1 :])
        and not any(w.lower() in p.names.not_name_words or w in p.names.name_stop or w == "of" for w in cap)
        and not p.parser.is_org_name(cap)
        and all(w[:1].isalpha() for w in words[k + 1 :])
    ):
        return None
    ne = p.toks[k - 1][2]
    # "Dr. Alison Kock of the University of Cape Town": the honorifics give the gender, not the name
    h, gender = p.parser.honorific_run([w.lower() for w in cap], 0)
    if 0 < h < len(cap):
        cap = cap[h:]
    return NP(
        c.start,
        ne,
        p.text[c.start : ne],
        "name",
        name=" ".join(_strip_poss(w) for w in cap),
        affiliation=" ".join(words[k + 1 :]),
        determiner=p.determiner,
        gender=gender,
    )


def capitalised_before_unread_words(p: Phrase) -> NP | NotASpeaker | None:
    """Capitalised words followed by words that are neither a tail nor an affiliation: "Moscow
    residents", "Putin aides": no speaker phrase (the head noun is not a name)."""
    return NOT_A_SPEAKER if not p.capitalised().tail_ok else None


def name_of_capitalised_affiliation(p: Phrase) -> NP | NotASpeaker | None:
    """A person's name, "of", and an affiliation, all capitalised: "Kristian Andersen of Scripps
    Research"."""
    c = p.capitalised()
    capw = c.stripped
    if not ("of" in capw and not p.parser.is_org_name(capw) and p.determiner == "bare"):
        return None
    at = capw.index("of")
    name_part, aff_part = capw[:at], capw[at + 1 :]
    if not (
        2 <= len(name_part) <= 4
        and aff_part
        and not any(w.lower() in p.names.not_name_words or w in p.names.name_stop for w in name_part)
    ):
        return None
    ne = p.toks[at - 1][2] if at > 0 else p.toks[c.end - 1][2]
    return NP(
        c.start,
        ne,
        p.text[c.start : ne],
        "name",
        name=" ".join(name_part),
        affiliation=" ".join(aff_part),
        determiner=p.determiner,
    )


def institution(p: Phrase) -> NP | NotASpeaker | None:
    """An institution of the lexicon: "the Kremlin", "the White House" (its state is the affiliation)."""
    c = p.capitalised()
    low = " ".join(c.stripped).lower()
    lex = p.lex
    if low not in lex.institutions:
        return None
    e = p.toks[c.end - 1][2]
    return NP(
        c.start,
        e,
        p.text[c.start : e],
        "organisation",
        name=lex.institution_names[low],
        affiliation=lex.institutions[low] or None,
        determiner=p.determiner,
    )


#: endings of a demonym that is its own plural, the people of the state after "the" ("the Chinese", "the
#: Japanese", "the British", "the French", "the Swiss")
_PLURAL_DEMONYM_ENDINGS = ("ese", "ish", "ch", "ss")


def _people_of_state(p: Phrase, capw: list[str]) -> bool:
    """ "The Chinese have stressed that ...": a demonym that is its own plural after "the" alone names the
    state's side speaking (issue 13, wire copy; the gold reads it as the state)."""
    return (
        len(capw) == 1
        and p.determiner == "definite"
        and p.i == 1
        and p.lows[0] == "the"
        and len(p.lows) == 2
        and capw[0].lower().endswith(_PLURAL_DEMONYM_ENDINGS)
    )


def state(p: Phrase) -> NP | NotASpeaker | None:
    """A state, its capital or another name of it: "Russia", "Washington", "the UK", "Britain", "the
    Russian Federation" (``[state names]`` of titles.txt). A demonym alone ("Russian", "Americans") is no
    speaker, but "the Chinese" (a demonym that is its own plural, after "the") is the state."""
    c = p.capitalised()
    capw, lex = c.stripped, p.lex
    low = " ".join(capw).lower()
    if not (low in lex.states or low in lex.capitals):
        return None
    if (
        low in lex.states
        and lex.states[low].lower() != low
        and low not in lex.capitals
        and low not in lex.state_names
        and not (capw[0].isupper() and len(capw) == 1)
        and not _people_of_state(p, capw)
    ):
        return NOT_A_SPEAKER  # "Russian" alone is not a speaker, "UK"/"US"/"Britain" are
    e = p.toks[c.end - 1][2]
    return NP(
        c.start,
        e,
        p.text[c.start : e],
        "state",
        name=lex.states[low] if _people_of_state(p, capw) else " ".join(capw),
        determiner=p.determiner,
        affiliation=lex.states.get(low) or lex.capitals.get(low),
    )


def organisation_then_name(p: Phrase) -> NP | NotASpeaker | None:
    """A ministry named by its portfolio, then a person's name of two or three words, no title between:
    "(State Secretary in the) Ministry of Foreign Affairs Zoran Janković" (releases of foreign ministries
    that give the office before the name). The name is the phrase, the ministry its affiliation; the
    portfolio ends at a ``[portfolio ends]`` word of names.txt ("Affairs", "Defence")."""
    c = p.capitalised()
    capw, n = c.stripped, len(c.stripped)
    if p.determiner != "bare" or n < 5 or not c.tail_ok:
        return None
    k = next((k for k in range(n - 3, 1, -1) if capw[k].lower() in p.names.portfolio_ends), None)
    if k is None or not any(w in ("of", "for") for w in capw[:k]) or not p.parser.is_org_name(capw[: k + 1]):
        return None
    name = capw[k + 1 :]
    lex, names = p.lex, p.names
    if not (2 <= len(name) <= 3 and all(is_cap(w) for w in name)) or any(
        w.lower() in lex.org_words or w.lower() in lex.states or w.lower() in names.not_name_words
        or w.lower() in names.portfolio_ends or w.lower() in lex.title_words
        for w in name
    ):
        return None
    t0 = c.end - n + k + 1
    a, e = p.toks[t0][1], p.toks[c.end - 1][2]
    return NP(a, e, p.text[a:e], "name", name=" ".join(name), affiliation=" ".join(capw[: k + 1]))


def organisation_name(p: Phrase) -> NP | NotASpeaker | None:
    """Capitalised words that name an organisation (an organisation word last or capitalised inside, an
    acronym, a news site): "CNN", "the Foreign Ministry", "Znak.com". A possessive inside the name stays
    in it ("Britain's Foreign Office", "People's Republic of China"); one on the last word goes."""
    c = p.capitalised()
    capw = c.stripped
    if not p.parser.is_org_name(capw):
        return None
    e = p.toks[c.end - 1][2]
    return NP(
        c.start,
        e,
        p.text[c.start : e],
        "organisation",
        name=" ".join(c.words[:-1] + capw[-1:]),
        determiner=p.determiner,
        affiliation=p.parser.state_of(" ".join(capw[:-1])) if len(capw) > 1 else None,
    )


def not_a_person_name(p: Phrase) -> NP | NotASpeaker | None:
    """Capitalised words that cannot be a person's name: after "a" or a possessive ("a Kremlin"), with
    "of", "for" or "and" inside ("Part of Trump", "Minister for Foreign Affairs"), with a day, a month or a
    word of events and places ("Hurricane Ida", "Red Square"), a participle alone ("Following"), or more
    than five words."""
    capw = p.capitalised().stripped
    # a given name of titles.txt before a month that is also a surname: "Theresa May", "Brian May"
    surname_month = len(capw) == 2 and capw[0].lower() in p.lex.given_names
    calendar = capw[:1] if surname_month else capw
    if (
        p.determiner in ("indefinite", "possessive")
        or any(w in _NAME_JOINS for w in capw)
        or any(w.lower() in p.names.calendar_words for w in calendar)
        or any(w.lower() in p.names.not_name_words for w in capw)
        or capw[0] in p.names.name_stop
        or (len(capw) == 1 and _participle(capw[0]))
        or len(capw) > 5
    ):
        return NOT_A_SPEAKER
    return None


def person_name(p: Phrase) -> NP | NotASpeaker | None:
    """The capitalised words left: a person's name, "Dmitry Peskov", "Ushakov" (who it is: the resolver)."""
    c = p.capitalised()
    e = p.toks[c.end - 1][2]
    return NP(c.start, e, p.text[c.start : e], "name", name=" ".join(c.stripped), determiner=p.determiner)


#: The phrase rules in the order :meth:`NPParser.parse` tries them; the first that answers decides.
#: ``for r in PHRASE_RULES: print(r.name, r.__doc__)``. To change how a shape is read, edit its rule; to
#: add one, write a function ``rule(phrase) -> NP | NOT_A_SPEAKER | None`` and insert ``PhraseRule(rule)``.
PHRASE_RULES: list[PhraseRule] = [
    PhraseRule(f)
    for f in (
        pronoun,
        first_person,
        one_name_with_and,
        plural_title_over_names,
        coordination,
        collective_phrase,
        determiner_alone,
        collective_after_determiner,
        state_collective,
        adjective_collective,
        named_outlet,
        owner_then_name,
        honorific_name,
        serving_title,
        organisation_then_title,
        office_paraphrase,
        title_before_unread_words,
        title_and_name,
        role_noun,
        document,
        organisation_noun,
        no_capitalised_word,
        name_then_affiliation,
        capitalised_before_unread_words,
        name_of_capitalised_affiliation,
        institution,
        state,
        organisation_then_name,
        organisation_name,
        not_a_person_name,
        person_name,
    )
]
