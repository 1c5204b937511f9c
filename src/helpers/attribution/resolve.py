"""Who a speaker phrase refers to: entities, mentions and the :class:`Resolver` (layer 3).

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
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..letters import cased
from ..lexicons import stopwords as load_stopwords
from .phrases import NP, NPParser, is_cap

#: The ``rule`` labels of the speaker-mentions table (how a mention was resolved), one constant each.
RULE_PRONOUN_PREFIX = "pronoun: "  # + one of the five below
RULE_PREVIOUS_SPEAKER = "previous compatible speaker"
RULE_NO_COMPATIBLE_SPEAKER = "no compatible speaker"
RULE_SPOKESPERSON_OFFICE = "the office its spokesperson speaks for"
#: ", spokesperson for the " after a speaker's name, up to the organisation (a role word of one or two words)
_SPOKESPERSON_APPOSITION_RE = re.compile(
    r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?P<role>[A-Za-z]+(?:[ \t][A-Za-z]+)?)"
    r"[ \t]+(?:for|of|at|to)[ \t]+(?:the[ \t]+)?"
)
RULE_RECENT_SUBJECT = "most recent compatible subject"
RULE_RECENT_MENTION = "most recent compatible mention"
RULE_MAIN_CLAUSE_SUBJECT = "the subject of the main clause after the subordinate clause it opens"
RULE_NO_ANTECEDENT = "no compatible antecedent"
RULE_NAME = "name"
RULE_NAME_WITH_TITLE = "name with title"
RULE_SURNAME = "surname of a person named earlier"
RULE_ORGANISATION_SHORT_FORM = "short form of an organisation named earlier"
RULE_COMMON_NOUN = "a capitalised common noun"
RULE_SINGLE_WORD_ORGANISATION = "single capitalised name (taken as an organisation)"
RULE_ORGANISATION = "organisation"
RULE_STATE = "state"
RULE_ORGANISATION_NOUN_EARLIER = "organisation noun: most recent organisation with that word"
RULE_ORGANISATION_NOUN = "organisation noun"
RULE_COORDINATED_NAMES = "coordinated names"
RULE_COORDINATED_PHRASE = "coordinated phrase"
RULE_POSSESSIVE = "possessive '{owner}' -> {antecedent}"  # a template: .format(owner=..., antecedent=...)
RULE_GROUP_LAST_TWO = "group: the two people last mentioned"
#: how many people a plural role noun's group is chosen among (two named together first, else the last two)
GROUP_CANDIDATES = 3
#: how many title words may stand between "and" and the second of two people named together
JOINED_TITLE_WORDS = 4
RULE_GROUP_WITH_TITLE = RULE_GROUP_LAST_TWO + " with that title"
RULE_GROUP_NONE_WITH_TITLE = " (none with that title)"  # appended to a group rule
RULE_GROUP_TOO_FEW = "group: fewer than two people mentioned"
RULE_THEY_COORDINATED_SUBJECT = "they: the coordinated subject of a recent sentence"
RULE_THEY_PRINCIPALS = "they: the two people of the last sentence naming two"
RULE_THEY_PLURAL_SUBJECT = "they: the plural group phrase opening a recent sentence"
RULE_UNNAMED_SOURCES = "unnamed sources"
RULE_SIDE_OF_STATE = "a state's side: the state"
RULE_BARE_PLURAL_ROLE = "plural role noun without determiner: unnamed sources"
RULE_ROLE_RECENT_SPEAKER = "role noun: most recent speaker with that role"
RULE_ROLE_HOME_HOLDER = "role noun: the holder of that office the text gives no country"
RULE_ROLE_RECENT_PERSON = "role noun: most recent person with that role"
RULE_ROLE_UNTITLED_SPEAKER = (
    "role noun: the last speaker, whose title the text did not give, over a holder of another office"
)
RULE_ROLE_NO_PERSON = "role noun: no person with that role"
RULE_ROLE_LEAD_PERSON = "role noun: nobody has that role; the person the lead opens with"
RULE_ROLE_OFFICE_OF_STATE = "role noun with a country: the person the text gives for that office and country"
RULE_INDEFINITE_ROLE = "indefinite role noun: a new unnamed source"
RULE_ROLE_TAKEN_AS_UNNAMED = "role noun: no earlier person with that role (taken as unnamed)"
RULE_DOCUMENT_OF_ORGANISATION = "document of a named organisation"
RULE_DOCUMENT_BY_SOURCE = "document by a named source"
RULE_DOCUMENT_OF_STATE = "document of a state named by its adjective"
RULE_DOCUMENT_LAST_ORGANISATION = "document: the organisation that spoke last"
RULE_DOCUMENT_UNNAMED = "document of an unnamed source"
RULE_UNPARSED = "unparsed"

#: The ``mention_type`` values of the speaker-mentions table.
MENTION_PRONOUN = "pronoun"
MENTION_NAME = "name"
MENTION_ORGANISATION = "organisation"
MENTION_STATE = "state"
MENTION_GROUP = "group"
MENTION_ANONYMOUS = "anonymous"
MENTION_ROLE_NOUN = "role_noun"
MENTION_DOCUMENT = "document"


_POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")

_SCAN_LEAD_RE = re.compile(r"(?:(?:of|for)[ \t]+)+")
#: a join word ending a scanned run ("Prime Minister Cameron of" before "the United Kingdom"): no part of it
#: (a run of them is read from its last word backwards: :func:`scan_tail_start`)
SCAN_JOIN_WORDS = ("of", "for")


#: a possessive ending and the word after it, in a scanned run
_POSSESSIVE_WORD_RE = re.compile(r"['’]s?[ \t]+(?P<next>[\w\-]+)")


def genre_owner_end(key: str, genre_nouns: frozenset[str]) -> int | None:
    """Where the owner ends in a run of a possessive and a noun of a text or an event (``[genre nouns]``
    of names.txt): "Deputy Prime Minister and Minister for Defence Teo Chee Hean's Door-Stop Interview"
    -> the end of "Hean's" (the title line names Teo Chee Hean, no person "Door-Stop Interview"); None
    when the run holds no such possessive."""
    for m in _POSSESSIVE_WORD_RE.finditer(key):
        if m.group("next").lower() in genre_nouns:
            return m.start() + len(m.group().split()[0])
    return None


def scan_tail_start(key: str) -> int | None:
    """Where a run of join words ending ``key`` starts ("Cameron of" -> 7), or None when ``key`` does not end
    with one. Replaces the plain pattern ``(?:[ \t]+(?:of|for))+$``, which a search tries from every
    position and which is quadratic on a long run of " of"; this takes one join word off the end at a time."""
    if not key.endswith(SCAN_JOIN_WORDS):  # most runs (the scan asks of every unparsed one)
        return None
    start, end = None, len(key)
    while True:
        word = next((w for w in SCAN_JOIN_WORDS if key.endswith(w, 0, end)), None)
        before = end - len(word) if word else 0
        if word is None or before == 0 or key[before - 1] not in " \t":
            return start
        while before > 0 and key[before - 1] in " \t":
            before -= 1
        start = end = before


#: a capitalised word right after a word (the word is inside a run of capitalised words)
# (the look-behinds keep a search from retrying inside a run of blanks or of word characters: quadratic)
_NEXT_CAPITAL_RE = re.compile(cased(r"(?<![ \t])[ \t]+[A-Z]"))
#: the word right before a position (matched at the end of a short slice)
_WORD_BEFORE_RE = re.compile(r"(?<![\w.’'\-])([\w.’'\-]+)[ \t]+$")
#: the "from"/"by" that follows a document noun and names its authors: "A joint letter from the foreign
#: ministers said ...", "a statement by the two leaders"
_AUTHORS_AFTER_RE = re.compile(r"(?<![ \t])[ \t]++(?:from|by)[ \t]++")
#: a middle initial ("L." in "Janet L. Yellen")
_INITIAL_RE = re.compile(cased(r"[A-Z]\."))
#: the words between a title's "of" and the office after it, which a scanned run of names stops at
_THE_GAP_RE = re.compile(r"(?<![ \t])[ \t]+the[ \t]+")
#: the words between an envoy's title and the state of the posting ("Ambassador to (the) ..."), which a
#: scanned run of names stops at
_POSTING_GAP_RE = re.compile(r"(?<![ \t])[ \t]+to[ \t]+(?:the[ \t]+)?")
_SUBJECT_BEFORE_RE = re.compile(r"(?:[,;:\"“”«(]|\b(?:that|and|but|while|when))$")
#: an appositive office after a name: ", the President of Russia," (up to the next comma or stop)
_APPOSITIVE_ROLE_RE = re.compile(r",[ \t]+(the[ \t]+[^,;:.()\"“”\n]{3,60}?)[ \t]*(?=[,;.)])")
#: how many sentences back "they" with no antecedent looks for the parties a readout named (principals)
_PRINCIPALS_SENTENCES = 6
#: how many sentences back "they" looks for a coordinated subject (coordinated_subject)
_SUBJECT_SENTENCES = 3
#: a counterpart's state: the adjective before "counterpart" (group ``adj``) or the words after
#: "counterparts from/of" (group ``list``, to a clause's end); linear: bounded runs
_COUNTERPART_RE = re.compile(
    r"(?:(?P<adj>[A-Z][\w\-]{1,30})[ \t]{1,3})?counterparts?\b"
    r"(?:[ \t]{1,3}(?:from|of)[ \t]{1,3}(?P<list>[^.;:()\n]{1,80}))?"
)
#: a capitalised word
_CAP_WORD_RE = re.compile(r"(?<![\w\-])[A-Z][\w\-]{1,30}")
#: a word of a phrase opening a sentence (plural_subject reads at most five)
_DEFINITE_GROUP_RE = re.compile(r"(?:[Tt]he|[Bb]oth|[Aa]ll)[ \t]")
_PHRASE_WORD_RE = re.compile(r"[^\s,;:.()\"“”]+")
#: a sentence opening with "They" carries on the group of the one before it (:meth:`plural_subject`), over
#: at most this many such sentences
_THEY_CHAIN_SENTENCES = 2
_THEY_OPENING_RE = re.compile(r"They[ \t]")
#: a short opening frame before the group phrase of a sentence: "During the meeting, the ministers exchanged
#: views ... They affirmed ..." (readouts open with the occasion, then the group)
_OPENING_FRAME_RE = re.compile(r"(?:During|At|In|After)[ \t][^,.;\n]{1,60}+,[ \t]*+")
#: the words of a minister's portfolio ("Foreign Affairs of Chile", "Chile's National Defence")
_PORTFOLIO_WORD_RE = re.compile(r"[A-Za-z]+")
#: after a turn label's name: its colon, maybe after an outlet ("ALEXIS ROMERO/PHIL. STAR:")
#: (matched just after a name: the look-behind only stops a search retrying in a blank run)
_LABEL_REST_RE = re.compile(r"(?<![ \t])(?:/[^\n:/]{1,30})?[ \t]*:")
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z’'\-]*")
#: how far back (characters) an office set off before a name is read: "Iran's Foreign Ministry spokesperson, "
_OFFICE_BEFORE_SPAN = 60
#: where such an office starts: after the last stop, comma, colon, bracket, line break or dash before it
_OFFICE_STARTS = (".", ";", ":", ",", "(", ")", "\n", " –", " —", " - ")
# Matched at 0 of a slice (nothing before it): the look-behind only stops a search retrying in a blank run.
_SUBJECT_AFTER_RE = re.compile(cased(r"(?<!\s)\s+([a-z][\w’'\-]*)"))


def _tail_of_name(parts: list[str], canonical: str) -> bool:
    """Two words or more that end a longer full name written before are that person, by a surname of two
    words: "Løkke Rasmussen" after "Lars Løkke Rasmussen", "Gahr Støre" after "Jonas Gahr Støre"."""
    first = canonical.split()[0] if canonical.strip() else ""
    if not first[1:].islower():  # ("SecretaryGeneral António Guterres", a source's typo, is no given name)
        return False
    words = canonical.lower().split()
    return 2 <= len(parts) < len(words) and words[-len(parts):] == [w.lower() for w in parts]


def _first_of_long_name(name: str) -> str:
    """The first word (lower case) of a name of three words or more, else ""."""
    words = name.split()
    return words[0].lower() if len(words) >= 3 else ""


_FUNCTION_WORDS = load_stopwords()


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
    # unnamed sources known by a collective phrase ("the meeting", "sources", "the delegation"): a body, an
    # event or many, never the "he" or "she" of a later sentence
    collective: bool = False

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


#: a sentence's words before a pronoun that opens a subordinate clause ahead of its main clause ("While",
#: "However, while", "Although", "When", "As"): the pronoun refers ahead, to the main clause's subject (the
#: look-behind stops a search retrying inside a run of blanks)
_CATAPHORA_OPENING_RE = re.compile(
    r"(?<![\s\"“‘'])[\s\"“‘']*+(?:(?:However|But|Yet|And|Still)(?:\s*+,)?\s++)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas|[Ww]hen"
    r"|[Aa]fter|[Bb]efore|[Aa]s|[Ss]ince|[Ii]f|[Ee]ven\s++though|[Ee]ven\s++as)\s++"
)

class Resolver:
    """Holds the entities of one article and resolves noun phrases to them."""

    def __init__(self, text: str, parser: NPParser, sentence_starts: list[int]) -> None:
        self.text = text
        self.parser = parser
        self.lex = parser.lex
        self.names = parser.names  # the names lexicon (lexicons/names.txt or the parser's own)
        endings = self.names.surname_endings
        self._female_endings = tuple(e for e, g in endings.items() if g == "f")
        self._male_endings = tuple(e for e, g in endings.items() if g == "m")
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
        #: a quotation whose speaker is being resolved ('"President Biden told Putin ...," he said'): the
        #: people named inside it are not the antecedents of "he" (set by the engine around one call)
        self.quoted: tuple[int, int] | None = None
        #: the content spans of the statements made so far (sorted), with their speakers' entity ids (-1:
        #: unknown): a person named inside what someone said ("He noted that Vladimir Putin had invited
        #: ...") is no subject antecedent of a later "he"
        self.contents: list[tuple[int, int, int]] = []
        #: where the body opens: its first sentence after the headline and standfirst (set by the engine;
        #: 0 when the text has none), for the lead's first person (:meth:`home_holder`)
        self.lead_start = 0

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
        while len(parts) > 1 and parts[-1].rstrip(".").lower() in self.names.name_suffixes:
            parts = parts[:-1]
        k = len(parts) - 1  # a surname with its particles: "Le Drian" of "Jean-Yves Le Drian"
        while k > 0 and parts[k - 1].lower() in self.names.name_particles:
            k -= 1
        surname = " ".join(parts[k:])
        first = parts[0] if k > 0 else None
        ent = None
        if first is None and surname.lower() not in self._by_surname and surname.lower() in self._name_words:
            fam = self._known_by_first_word(surname.lower())
            if fam:
                ent = fam[-1]
        for cand in reversed(self._by_surname.get(surname.lower(), []) if ent is None else []):
            # (a two-word surname ends a full name: "Løkke Rasmussen"; but "Mette Frederiksen", a given name
            # first, is no tail of "Statsminister Mette Frederiksen", nor "Chai Wenrui" of "Mongolia Chai
            # Wenrui", a place read into a name)
            if _similar_first(first, cand.first) or (
                _tail_of_name(parts, cand.canonical) and parts[0].lower() not in self.lex.given_names
                and not self.parser.state_of(cand.canonical.split()[0])
            ):
                ent = cand
                break
        if ent is None:
            ent = self._new("person", name, first=first, surname=surname)
            self._by_surname.setdefault(surname.lower(), []).append(ent)
            if " " in surname:  # "Drian" alone finds "Le Drian" too
                self._by_surname.setdefault(parts[-1].lower(), []).append(ent)
            self._note_name_words(ent)
        elif first and not ent.first:
            ent.first = first
            ent.canonical = name
            self._note_name_words(ent)
        ent.add_alias(name)
        if form:
            ent.add_alias(form)
        head = self.portfolio_title(head, affiliation)
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

    def portfolio_title(self, head: str | None, affiliation: str | None) -> str | None:
        """A minister's title from his portfolio ("Minister of Foreign Affairs", "Foreign Affairs Minister",
        "Minister for Foreign Affairs and Trade" -> "foreign minister"; ``[portfolios]`` of titles.txt, the
        longest entry found in the portfolio's words, then the first), so that "the foreign minister", "the
        FM" and "the top diplomat" find its holder; any other ``head`` as it is."""
        if head != "minister" or not affiliation or not self.lex.portfolios:
            return head
        words = tuple(w.lower() for w in _PORTFOLIO_WORD_RE.findall(affiliation))
        best: tuple[int, int, str] | None = None
        for key, title in self.lex.portfolios.items():
            n = len(key)
            for i in range(len(words) - n + 1):
                if words[i : i + n] == key and (best is None or (-n, i) < best[:2]):
                    best = (-n, i, title)
                    break
        return best[2] if best else head

    def _note_name_words(self, ent: Entity) -> None:
        """Add a person's given name and middle names to ``_name_words`` (called wherever ``first`` or
        ``canonical`` of a person is set)."""
        if ent.first:
            self._name_words.add(ent.first.lower())
        words = ent.canonical.split()
        self._name_words.update(w.lower() for w in words[1:-1])

    def _gender_from_name(self, first: str | None, surname: str | None) -> str | None:
        """A given name in the titles lexicon, else a surname ending of the names lexicon ([surname endings]:
        -ova, -eva, -skaya: f; -ov, -sky: m; the feminine endings are tried first)."""
        if first and first.lower() in self.lex.given_names:
            return self.lex.given_names[first.lower()]
        low = (surname or "").lower()
        if low.endswith(self._female_endings):
            return "f"
        if low.endswith(self._male_endings):
            return "m"
        return None

    def short_state_name(self, name: str) -> str:
        """The state a formal name ends with ("Federal Democratic Republic of Ethiopia", "People's Republic
        of China", "Kingdom of Saudi Arabia": ``[states]`` of titles.txt), the way readers and annotators
        name the issuer; other names as they stand ("Republic of Korea": its state, "South Korea", is no
        tail of it)."""
        st = self.lex.states.get(name.lower().replace("’", "'"))
        return st if st and name.lower().endswith(" " + st.lower()) else name

    def named(self, typ: str, name: str, start: int, end: int, affiliation: str | None = None) -> Entity:
        short = self.short_state_name(name) if typ == "state" else name
        # "Britain’s Foreign Office" = "Britain's Foreign Office"
        key = (typ, short.lower().replace("’", "'"))
        ent = self._by_key.get(key)
        if ent is None:
            ent = self._new(typ, short, affiliation=affiliation)
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
        names = [m.canonical for m in uniq]  # "Britain, France and Germany"
        name = ", ".join(names[:-1]) + " and " + names[-1]
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
        parse_alone = self.parser.parse_alone
        register = self.register
        by_surname, name_words = self._by_surname, self._name_words  # (changed in place, never rebound)
        prev_a, prev_key = 0, ""
        for m in self.parser.name_pattern.finditer(text):
            a = m.start()
            key = m.group()
            if key[0] in "of":  # "of Secretary-General António Guterres": the name after "of"
                lead = _SCAN_LEAD_RE.match(key)
                if lead:
                    a += lead.end()
                    key = key[lead.end() :]
                    if not key:
                        continue
            joined = self.title_over_of_the(prev_a, prev_key, a, m.end()) or self.title_over_posting(
                prev_a, prev_key, a, m.end()
            )
            prev_a, prev_key = a, key
            if joined is not None and joined[3]:  # "Secretary of the Treasury Janet L. Yellen": one name
                a, key, proto = joined[:3]
            else:
                if joined is not None:  # "Prime Minister Cameron of the United Kingdom": and the state
                    register(joined[2].moved(joined[0]), scanning=True)
                proto = parse_alone(key)
                if proto is None and (owned := genre_owner_end(key, self.names.genre_nouns)):
                    key = key[:owned]  # "Teo Chee Hean's Door-Stop Interview": the owner is the name
                    proto = parse_alone(key)
                tail = scan_tail_start(key) if proto is None else None
                if tail:  # "Prime Minister Cameron of the United Kingdom": the run stops at "the"
                    cut_np = parse_alone(key[:tail])
                    if cut_np is not None and cut_np.kind == "name" and cut_np.role:  # (a titled name only)
                        key, proto = key[:tail], cut_np
            place = self.particle_before_place(key)
            if place:  # "Fuerzas Armadas Revolucionarias de Colombia": the run stops before "de Colombia"
                where = key.split()[len(key[:place].split()) + 1]
                at = a + key.index(where, place)
                state = parse_alone(where)
                if state is not None and state.kind == "state":  # (the place is still a mention)
                    register(state.moved(at), scanning=True)
                key = key[:place]
                proto = parse_alone(key)
            cut = (
                self.place_before_name(proto, key)
                or self.portfolio_before_name(proto, key)
                or self.organisation_before_name(proto, key)
            )
            if cut:  # "Upon arrival in Ankara Zarif told reporters": the place is no part of the name
                a, key = a + cut, key[cut:]
                proto = parse_alone(key)
            if proto is not None and proto.kind == "role":
                self.note_role_mention(proto.moved(a))
                continue
            role = self.role_before_possessive(proto, key)
            if role is not None and self.note_role_mention(role.moved(a)):
                continue  # ("the Chinese Foreign Minister’s visit": Wang Yi's, named earlier)
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
            if proto.kind == "name" and not proto.role and not proto.gender and _after_in(text, a):
                continue  # "a working lunch ... in New York": a place, never the "he" of the next sentence
            ent = register(self.outlet_after_noun(proto, a).moved(a), scanning=True)
            if ent is not None and ent.type == "person" and text.startswith(",", m.end()):
                self.appositive_office(ent, m.end())
            if ent is not None and ent.type == "person" and text[max(0, a - 2) : a] == ", ":
                self.office_before_name(ent, a - 2)

    def outlet_after_noun(self, proto: NP, a: int) -> NP:
        """A name right after a lower-case outlet noun (``[outlet nouns]`` of names.txt: "in an interview to
        the newspaper Pravda Vostoka", "the daily Kommersant") is the outlet's, an organisation: never a
        person that "he"/"him" could refer to. Other phrases are returned as they are."""
        if proto.kind != "name" or proto.role or not proto.name:
            return proto
        before = _WORD_BEFORE_RE.search(self.text, max(0, a - 40), a)
        word = before.group(1) if before else ""
        if not word.islower() or word not in self.names.outlet_nouns:
            return proto
        org = proto.moved(0)
        org.kind, org.gender = "organisation", None
        return org

    def role_before_possessive(self, proto: NP | None, key: str) -> NP | None:
        """The role noun of a title with a possessive ending that the parser read as a name ("the Chinese
        Foreign Minister’s visit" gives the name "Chinese Foreign Minister’s"), else None."""
        if proto is None or proto.kind != "name" or proto.role or not key.endswith(_POSSESSIVE_ENDINGS):
            return None
        bare = self.parser.parse_alone(key[: -2 if key[-1] == "s" else -1])
        return bare if bare is not None and bare.kind == "role" else None

    def note_role_mention(self, np_: NP) -> bool:
        """A singular role noun written outside speaker position ("The Chinese Foreign Minister, who
        arrived on Thursday, ...") is a mention of the most recent person of the last dozen sentences it
        can name (:meth:`compatible`: the title, and the country, which it must give), so that a later
        "both sides" or "he" counts that person as just mentioned. Whether it found that person."""
        if np_.plural or np_.determiner not in ("definite", "bare") or not np_.head:
            return False
        states = self.role_states(np_)
        if not states:  # ("the Minister of Foreign Affairs" may be any minister: only a country's office)
            return False
        i = bisect.bisect_left(self._mention_starts, np_.start)
        lo = self._window_start(np_.start, 12)
        for m in reversed(self.mentions[:i]):
            if m.start < lo:
                return False
            if m.entity.type == "person" and m.entity.states & states and self.compatible(m.entity, np_):
                self._add_mention(np_.start, np_.end, m.entity)
                return True
        return False

    def title_over_of_the(
        self, prev_a: int, prev_key: str, a: int, b: int
    ) -> tuple[int, str, NP, bool] | None:
        """A title, "of the" and an office run into a name, which the scan reads as two runs ("Secretary
        of" and "Treasury Janet L. Yellen" in "Secretary of the Treasury Janet L. Yellen"): the whole,
        (start, text, phrase, whether it replaces the second run), when it reads as a titled name whose
        name ends the first run ("Prime Minister Cameron of the United Kingdom": the second run is still
        read) or ends the second and looks like a person's (:meth:`looks_like_person`); None otherwise.
        "Chair of the Southern African Development Community" is no "Development Community"."""
        if not prev_key.endswith((" of", " for")):  # (asked of every run: the cheap test first)
            return None
        if _THE_GAP_RE.fullmatch(self.text, prev_a + len(prev_key), a) is None:
            return None
        joined = self.text[prev_a:b]
        proto = self.parser.parse_alone(joined)
        if proto is None or proto.kind != "name" or not proto.role or not proto.name:
            return None
        name = proto.name.split()
        if any(self._body_word(w.lower()) for w in name):
            return None  # "Member State of the United Nations", "Executive Board of the ..."
        if prev_key.split()[-len(name) - 1 : -1] == name:  # the name came first: "Prime Minister Cameron of"
            return prev_a, joined, proto, False
        run = self.text[a:b].split()
        if not (len(run) > len(name) >= 2 and run[-len(name) :] == name):
            return None
        return (prev_a, joined, proto, True) if self.looks_like_person(name, prev_a, b) else None

    def title_over_posting(
        self, prev_a: int, prev_key: str, a: int, b: int
    ) -> tuple[int, str, NP, bool] | None:
        """An envoy's title, "to" and the state of the posting run into a name, which the scan reads as two
        runs ("Chinese Ambassador" and "Sri Lanka Yi Xianliang" in "the Chinese Ambassador to Sri Lanka Yi
        Xianliang"): the whole, as :meth:`title_over_of_the` gives it, when it reads as a titled name whose
        name ends the second run and the words before the name are the posting, a state of titles.txt or
        the UN (the phrase parser reads them after an envoy's title only:
        :func:`helpers.attribution.phrases.posting_after_title`); None otherwise ("presented by the
        Secretary-General to Sheikh Al Sabah" names a recipient)."""
        if _POSTING_GAP_RE.fullmatch(self.text, prev_a + len(prev_key), a) is None:
            return None  # (asked of every run: the cheap test first)
        title = self.parser.parse_alone(prev_key)
        if title is None or title.kind != "role":
            return None  # "According to Russian presidential aide Yuri Ushakov": no title before "to"
        joined = self.text[prev_a:b]
        proto = self.parser.parse_alone(joined)
        if proto is None or proto.kind != "name" or not proto.role or not proto.name:
            return None
        name, run = proto.name.split(), self.text[a:b].split()
        if not (len(run) > len(name) and run[-len(name) :] == name):
            return None
        posting = " ".join(run[: -len(name)]).lower()
        if posting not in self.lex.states and posting not in ("un", "united nations"):
            return None  # "presented by the Secretary-General to Sheikh Al Sabah": no posting, a recipient
        return prev_a, joined, proto, True

    def _body_word(self, low: str) -> bool:
        """A word that names a body, a document or a state, never part of a person's name: "board",
        "report", "russia", "state" (``[organisations]``, ``[documents]``, ``[states]`` of titles.txt,
        ``[not name words]`` of names.txt, and their singulars)."""
        lex, not_names = self.lex, self.names.not_name_words
        return (
            low in lex.org_words or low in lex.documents or low in lex.states
            or low in not_names or low + "s" in not_names
        )

    def looks_like_person(self, name: list[str], a: int, b: int) -> bool:
        """Do the words ``name`` (read at ``a``-``b``) name a person rather than an office or a body? A
        middle initial ("Janet L. Yellen"), a known given name first (``[given names]`` of titles.txt), or
        the surname elsewhere in the text on its own or after a title or honorific ("Yellen said",
        "Secretary Yellen"), not inside another run of capitalised words ("East African Community")."""
        if any(_INITIAL_RE.fullmatch(w) for w in name[1:-1]):
            return True
        text, lex = self.text, self.lex
        if lex.given_names.get(name[0].lower().split("-")[0]):
            return True  # "President of the European Commission Ursula von der Leyen"
        for m in re.finditer(rf"\b{re.escape(name[-1])}\b", text):
            if a <= m.start() < b or _NEXT_CAPITAL_RE.match(text, m.end()):
                continue
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if before is None or not before.group(1)[:1].isupper():
                return True
            word = before.group(1).lower()
            if word.rstrip(".") in lex.title_words or word in lex.honorifics:
                return True
        return False

    def place_before_name(self, proto: NP | None, key: str) -> int:
        """How many characters of a scanned name ``key`` are a place run into the name after it, or 0: a
        dateline or place word without a comma ("Upon arrival in Ankara Zarif told reporters") gives
        "Ankara Zarif"; a capital or state (titles.txt) before a surname the text already gave someone
        ("Mohammad Javad Zarif" earlier) is cut off. A first full name ("Paris Hilton") is kept."""
        if proto is None or proto.kind != "name" or proto.role or not proto.name:
            return 0
        first, _, rest = proto.name.partition(" ")
        low = first.lower()
        if not rest or " " in rest or not (low in self.lex.capitals or low in self.lex.states):
            return 0
        if rest.lower() not in self._by_surname or not key.startswith(first):
            return 0
        return len(first) + len(key[len(first) :]) - len(key[len(first) :].lstrip())

    def particle_before_place(self, key: str) -> int:
        """Where a scanned run that a name particle joined to a state or capital stops ("Observatoire de
        Paris", "Fuerzas Armadas Revolucionarias de Colombia": before " de"), or 0: a particle joins the
        parts of a person's name ("Staffan de Mistura"), and a place after it names where a body is."""
        words = key.split()
        lex = self.lex
        for i in range(1, len(words) - 1):
            nxt = words[i + 1].lower()
            if words[i] in self.names.name_particles and (nxt in lex.states or nxt in lex.capitals):
                return key.index(" " + words[i] + " " + words[i + 1])
        return 0

    def portfolio_before_name(self, proto: NP | None, key: str) -> int:
        """How many characters of a scanned name ``key`` are the end of an office cut from its title, or 0:
        a run broken at "and" ("U.S. Assistant Secretary of State for East Asian and Pacific Affairs Daniel
        Kritenbrink") reads "Pacific Affairs Daniel Kritenbrink"; the name starts after the last
        ``[portfolio ends]`` word of names.txt ("Affairs", "Defence"), when two words or more follow it."""
        if proto is None or proto.kind != "name" or proto.role or not proto.name:
            return 0
        words = key.split()
        ends = self.names.portfolio_ends
        last = max((i for i, w in enumerate(words) if w.lower() in ends), default=-1)
        if last < 0 or len(words) - last - 1 < 2:
            return 0
        pos = 0
        for w in words[: last + 1]:
            pos = key.index(w, pos) + len(w)
        return pos + len(key[pos:]) - len(key[pos:].lstrip())

    def organisation_before_name(self, proto: NP | None, key: str) -> int:
        """How many characters of a scanned name ``key`` are an organisation's name before a person's, or
        0: "chairman of the British Parliamentary Friendship Committee Leo Docherty" reads as one
        organisation; the person starts after its last organisation word ("Committee", "Council"), when a
        name of two or three words follows it (so that a later "Docherty" is that person)."""
        if proto is None or proto.kind != "organisation":
            return 0
        words = key.split()
        orgs = self.lex.org_words
        last = max((i for i, w in enumerate(words) if w.lower() in orgs), default=-1)
        if last < 0 or not 2 <= len(words) - last - 1 <= 3:
            return 0
        pos = 0
        for w in words[: last + 1]:
            pos = key.index(w, pos) + len(w)
        pos += len(key[pos:]) - len(key[pos:].lstrip())
        rest = self.parser.parse_alone(key[pos:])
        if rest is None or rest.kind != "name" or rest.role or rest.affiliation:
            return 0
        if " " not in (rest.name or ""):
            return 0
        names = rest.name.split()
        if any("-" in w or w.endswith("s") or w.isupper() or w.lower() in orgs for w in names):
            return 0  # "Assembly Intergovernmental Negotiations", "Post COVID Melbourne": still the body's
        # the person is named again by the surname alone ("Docherty underlined ...")
        alone = re.compile(r"(?<![\w’'-])" + re.escape(names[-1]) + r"(?![\w’'-])")
        return pos if len(alone.findall(self.text)) >= 2 else 0

    def appositive_office(self, ent: Entity, pos: int) -> None:
        """ "Vladimir Putin, the President of Russia, ...": an office given in an appositive right after a
        name (at ``pos``, the comma) is that person's title and country, when the name came without one."""
        am = _APPOSITIVE_ROLE_RE.match(self.text, pos)
        if am is None or ent.head is not None:
            return
        np_ = self.parser.parse(self.text, am.start(1), am.end(1), allow_tail=False)
        title = self.lex.titles.get(np_.head or "") if np_ is not None else None
        if np_ is None or np_.kind != "role" or np_.plural or title is None or not title.broader:
            return  # an office has broader terms in titles.txt ("president": leader, ...); "son" has none
        ent.head, ent.role = np_.head, np_.role
        ent.states = ent.states | frozenset(self.role_states(np_))

    def office_before_name(self, ent: Entity, comma: int) -> None:
        """ "Iran's Foreign Ministry spokesperson, Nasser Kanaani, stated ...": an office set off by a comma
        right before a name (``comma``: its offset) is that person's title and country, when the name came
        without one; the office runs back to the sentence's start or the last dash, comma, colon or
        bracket."""
        if ent.head is not None:
            return
        start = max(0, comma - _OFFICE_BEFORE_SPAN)
        text = self.text
        found = [(text.rfind(c, start, comma), len(c)) for c in _OFFICE_STARTS]
        cut = max((at + n for at, n in found if at >= 0), default=-1)
        if cut < 0 and start > 0:
            return  # a longer run than an office: no office
        a = max(cut, start)
        while a < comma and text[a].isspace():
            a += 1
        np_ = self.parser.parse(text, a, comma, allow_tail=False)
        title = self.lex.titles.get(np_.head or "") if np_ is not None else None
        if np_ is None or np_.kind != "role" or np_.plural or title is None or not title.broader:
            return
        if np_.end < comma - 1:
            return
        ent.head, ent.role = np_.head, np_.role
        ent.states = ent.states | frozenset(self.role_states(np_))

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
        return bool(m) and m.group(1) not in self.names.not_after_subject

    def _subject_of(self, m: Mention) -> bool:
        """``m.subject``, read with :meth:`_is_subject` on first use (it depends on the text only)."""
        if m.subject is None:
            m.subject = self._is_subject(m.start, m.end)
        return m.subject

    def register(self, np_: NP, *, scanning: bool = False) -> Entity | None:
        """The entity a name, organisation or state phrase names, made or found (with ``scanning``: the
        scan of the text, which also records the mention and takes a lone word only for a known surname).
        Hyphenated known surnames ("Putin-Biden") register each person and give None."""
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

    def compatible(self, ent: Entity, np_: NP) -> bool:
        """Can ``np_`` (a pronoun or a role noun) refer to ``ent``? "he" not to a known woman, "she" not to
        a known man, "it" only to an organisation, a state or a document (a communiqué that has spoken),
        "they" to a group or unnamed sources; a role noun to a person whose title matches
        (:meth:`role_matches`), whose gender does not clash, and whose
        states agree with the capitalised modifiers ("the Kremlin spokesman": Russia)."""
        if np_.kind == "pronoun":
            word = np_.head
            if ent.document:
                # a wire relaying a communiqué or statement goes on with "it said": the document that has
                # spoken ("..., said a joint communique. ... it said, adding ...")
                return word == "it"
            if word in ("he", "him", "his"):
                return ent.type in ("person", "anonymous") and ent.gender != "f" and not ent.collective
            if word in ("she", "her"):
                return ent.type in ("person", "anonymous") and ent.gender != "m" and not ent.collective
            if word in ("it", "its"):
                return ent.type in ("organisation", "state")
            if word in ("they", "them", "their"):
                return ent.type == "group" or (ent.type == "anonymous" and ent.head is None)
            return False
        if np_.kind == "role":
            if ent.type not in ("person", "anonymous") or not ent.head:
                return False
            if not (self.role_matches(np_.head or "", ent.head) or self.second_office(np_, ent.head)):
                return False
            if np_.gender and ent.gender and np_.gender != ent.gender:
                return False
            st = self.role_states(np_)
            return not (st and ent.states and not st & ent.states)
        return False

    def second_office(self, np_: NP, ent_head: str) -> bool:
        """The second office of one holder of two ("the Prime Minister and Minister of Foreign Affairs"):
        that title exactly, or a portfolio's title that names it ("foreign minister" for "Minister" of
        Foreign Affairs: :meth:`portfolio_title`)."""
        also = np_.also_head
        if also is None:
            return False
        if ent_head == also:
            return True
        return ent_head in self.lex.portfolios.values() and self.role_matches(also, ent_head)

    def role_states(self, np_: NP) -> set[str]:
        """The countries a role noun names: its capitalised modifiers ("the Russian president", "the US
        leader") and its "of" phrase ("the President of Russia")."""
        st = {s for s in (self.parser.state_of(m) for m in np_.modifiers if is_cap(m)) if s}
        if np_.affiliation and is_cap(np_.affiliation):
            aff = self.parser.state_of(np_.affiliation)
            if aff:
                st.add(aff)
        return st

    def role_matches(self, head: str, ent_head: str) -> bool:
        """Does the role noun ``head`` name someone titled ``ent_head``? The same title, a broader term of
        it in the titles lexicon ("official" for "spokesman"), or one of ``[two level role words]`` two
        levels up ("official" for "press secretary", via "spokesman")."""
        if head == ent_head:
            return True
        t = self.lex.titles.get(ent_head)
        if t and head in t.broader:
            return True
        # one level further: "official" for a press secretary via "spokesman"
        if t:
            for b in t.broader:
                tb = self.lex.titles.get(b)
                if tb and head in tb.broader and head in self.names.two_level_role_words:
                    return True
        return False

    def resolve_back(
        self, np_: NP, pos: int, *, speakers_first: bool, sentences_back: int = 3, speakers_only: bool = False
    ) -> tuple[Entity | None, Mention | None, str]:
        """The most recent compatible speaker (then subject, then any mention) before ``pos``."""
        # the sentences of the quotation being credited do not count: its names are never the antecedent
        lo = self._window_start(min(pos, self.quoted[0]) if self.quoted else pos, sentences_back)
        trail = self._trail_between(lo, pos)
        i = bisect.bisect_left(self._mention_starts, pos)
        j = bisect.bisect_left(self._mention_starts, lo)
        statics = self.mentions[j:i]
        if self.quoted is not None:
            trail, statics = self.outside_quotation(trail), self.outside_quotation(statics)
        if speakers_first:
            for m in reversed(trail):
                if self.compatible(m.entity, np_):
                    return m.entity, m, RULE_PREVIOUS_SPEAKER
            if speakers_only:
                office = self.spokesperson_office(trail, statics, np_)
                if office is not None:
                    return office.entity, office, RULE_SPOKESPERSON_OFFICE
                return None, None, RULE_NO_COMPATIBLE_SPEAKER
        subjects = [m for m in statics if self._subject_of(m)]
        if self.contents and any(self.compatible(t.entity, np_) for t in trail):
            # a person named inside what a compatible speaker said is no antecedent of "he" (the speaker
            # is); after an organisation's statement ("PBS revealed that Mohammad bin Salman ...",
            # "According to the Chinese foreign ministry, Wang told Blinken that ...") it is
            subjects = [m for m in subjects if not self.in_content(m.start, np_)]
        cands = sorted(trail + subjects, key=lambda m: m.start)
        for m in reversed(cands):
            if self.compatible(m.entity, np_) and not self.acts_on_pronoun(m, np_):
                return (
                    m.entity,
                    m,
                    RULE_RECENT_SUBJECT if not m.speaker else RULE_PREVIOUS_SPEAKER,
                )
        for m in reversed(statics):
            if self.compatible(m.entity, np_):
                return m.entity, m, RULE_RECENT_MENTION
        return None, None, RULE_NO_ANTECEDENT

    def spokesperson_office(self, trail: list[Mention], statics: list[Mention], np_: NP) -> Mention | None:
        """The office a speaking spokesperson speaks for, as "it" of a release: "Mr Ferdinand Nwonye,
        spokesperson for the Ministry of Foreign Affairs, made this known in a statement ... “...,” it
        stated." (a role word that is, or is broader-termed, a spokesperson in the titles lexicon, between
        commas after the latest speaker, before "for"/"of"/"at" and the organisation)."""
        if not trail:
            return None
        sp = trail[-1]
        m = _SPOKESPERSON_APPOSITION_RE.match(self.text, sp.end)
        if m is None or not self._spokesperson_word(m.group("role").lower()):
            return None
        for o in statics:
            if o.start == m.end() and self.compatible(o.entity, np_):
                return o
        return None

    def _spokesperson_word(self, word: str) -> bool:
        """Whether ``word`` names a spokesperson: "spokesperson" or a title with it as a broader term."""
        t = self.lex.titles.get(word)
        return word == "spokesperson" or (t is not None and "spokesperson" in t.broader)

    def acts_on_pronoun(self, m: Mention, np_: NP) -> bool:
        """Is the subject ``m`` followed, within its clause, by the object form of the pronoun ``np_``
        ("U Thaung Tun called on her ...", "Putin received him")? A subject and the "her"/"him" of its own
        clause are different people, so ``m`` is no antecedent of that "she"/"he". "her" counts only as an
        object (clause end or a function word after it), not as a possessive ("Merkel praised her team")."""
        obj = {"she": "her", "he": "him"}.get(np_.head or "")
        if obj is None:
            return False
        clause = re.split(r"[,.;:!?\u201c\u201d\"]", self.text[m.end : m.end + 80], maxsplit=1)
        words = clause[0].split()
        for k, w in enumerate(words[:4]):
            if w == obj:
                nxt = words[k + 1].lower() if k + 1 < len(words) else ""
                return obj == "him" or not nxt or nxt in _FUNCTION_WORDS
            if w[:1].isupper():
                return False
        return False

    def add_content(self, a: int, b: int, speaker: Entity | None = None) -> None:
        """Record the content span ``a``-``b`` of a statement and its ``speaker`` (see :attr:`contents`)."""
        bisect.insort(self.contents, (a, b, -1 if speaker is None else speaker.eid))

    def in_content(self, pos: int, np_: NP | None = None) -> bool:
        """Is ``pos`` inside the content of a statement made so far (with ``np_``: of a statement whose
        speaker ``np_`` could refer to, or whose speaker is unknown)?"""
        i = bisect.bisect_right(self.contents, (pos, 1 << 62, 1 << 62)) - 1
        if i < 0 or not self.contents[i][0] <= pos < self.contents[i][1]:
            return False
        owner = self.contents[i][2]
        return np_ is None or owner < 0 or self.compatible(self.entities[owner], np_)

    def outside_quotation(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` without those inside :attr:`quoted` (a name inside the quotation being credited
        is not its speaker)."""
        q0, q1 = self.quoted or (0, 0)
        return [m for m in mentions if not q0 <= m.start < q1]

    def resolve_role(
        self, np_: NP, pos: int, *, speaker_position: bool
    ) -> tuple[Entity | None, Mention | None, str]:
        """Adaptation point: who a definite role noun refers to ("the Kremlin spokesman", "the official",
        "the US leader"): in speaker position the most recent speaker with that role, then (anywhere) the
        most recent person mentioned with it (compatibility: :meth:`compatible`). Used for role nouns in
        speaker position (:meth:`resolve_role_noun`) and for those elsewhere (the role-noun rows of the
        speaker-mentions table)."""
        st = self.role_states(np_)
        if speaker_position:
            ent, m, _rule = self.resolve_back(
                np_, pos, speakers_first=True, sentences_back=10**6, speakers_only=True
            )
            if ent is not None and not (st and m is not None and self.deals_with_state(m, st)):
                home = self.home_holder(np_, ent, pos) if not st else None
                if home is not None:
                    return home.entity, home, RULE_ROLE_HOME_HOLDER
                return ent, m, RULE_ROLE_RECENT_SPEAKER
        i = bisect.bisect_left(self._mention_starts, pos)
        if st:  # an office named by its country: the person the text gives for both, first
            for m in reversed(self.mentions[:i]):
                if m.entity.states & st and self.compatible(m.entity, np_):
                    return m.entity, m, RULE_ROLE_OFFICE_OF_STATE
        for m in reversed(self.mentions[:i]):
            if st and self.deals_with_state(m, st):
                continue
            if self.compatible(m.entity, np_):
                last = self.untitled_last_speaker(np_, m, pos) if speaker_position else None
                if last is not None:
                    return last.entity, last, RULE_ROLE_UNTITLED_SPEAKER
                home = self.home_holder(np_, m.entity, pos) if speaker_position and not st else None
                if home is not None:
                    return home.entity, home, RULE_ROLE_HOME_HOLDER
                return m.entity, m, RULE_ROLE_RECENT_PERSON
        lead = self.lead_person(np_) if speaker_position else None
        if lead is not None:
            return lead.entity, lead, RULE_ROLE_LEAD_PERSON
        return None, None, RULE_ROLE_NO_PERSON

    def home_holder(self, np_: NP, ent: Entity, pos: int) -> Mention | None:
        """Two holders of one office in a call or meeting readout, the guest's titled with his country and
        the host's without ("Foreign Minister Qureshi spoke with ... Foreign Minister Wang Yi of the People's
        Republic of China ... Wang Yi conveyed his condolences ... / The foreign minister underlined that
        ..."; "Readout of the President's Call with President Putin of Russia" / "President Obama spoke
        today with President Putin of Russia ... The President reiterated ..."): a bare definite office is
        the outlet's own holder, the one the text gives no country, even when the guest spoke or was named
        last. None unless ``ent`` has a country and the body's first person (after the headline: the
        guest a readout's title names comes first), named in its lead paragraph, holds the office with
        none."""
        if np_.determiner != "definite" or np_.plural or not ent.states or not self.mentions:
            return None
        people = (m for m in self.mentions if m.entity.type == "person" and m.start >= self.lead_start)
        first = next(people, None)
        # the lead paragraph (a dateline may stand as its own sentence)
        lead_end = self.text.find("\n", self.lead_start)
        lead_end = len(self.text) if lead_end < 0 else lead_end
        if first is None or first.start >= min(lead_end, pos) or first.entity is ent:
            return None
        if first.entity.states or not self.compatible(first.entity, np_):
            return None
        return first

    def deals_with_state(self, m: Mention, st: set[str]) -> bool:
        """Is ``m`` a person of no known state, a sentence naming whom names a state of ``st`` as his
        counterpart's ("Minister Juraj Blanar held talks with his counterparts from Algeria, Jordan ...",
        "Blinken met his Moroccan counterpart")? Then "the Algerian minister" is that counterpart, not him
        (wires)."""
        if m.entity.states:
            return False
        for mm in self.mentions:
            if mm.entity is not m.entity:
                continue
            si = bisect.bisect_right(self.sent_starts, mm.start) - 1
            end = self.sent_starts[si + 1] if si + 1 < len(self.sent_starts) else len(self.text)
            for cm in _COUNTERPART_RE.finditer(self.text, self.sent_starts[max(si, 0)], end):
                words = [cm.group("adj")] if cm.group("adj") else _CAP_WORD_RE.findall(cm.group("list") or "")
                if any(self.parser.state_of(w) in st for w in words):
                    return True
        return False

    def untitled_last_speaker(self, np_: NP, holder: Mention, pos: int) -> Mention | None:
        """ "Johnson Smith said. / The minister further explained that ...", when the only "minister" the text
        gives is a US Secretary of State (a broader term of his office, not his title): a definite role noun
        in speaker position is the last speaker, a person whose title the text did not give (gender
        agreeing), after ``holder``'s mention. None when ``holder`` holds that very title."""
        if holder.entity.head == np_.head or np_.determiner != "definite" or np_.plural:
            return None
        trail = self._trail_between(holder.start + 1, pos)
        last = trail[-1] if trail else None
        if last is None or last.entity is holder.entity or last.entity.type != "person" or last.entity.head:
            return None
        if np_.gender and last.entity.gender and np_.gender != last.entity.gender:
            return None
        return last

    def office_of_state(self, np_: NP) -> bool:
        """A singular role noun after a state's possessive, with no article: "Iran's foreign minister",
        "Russia's ambassador" name one office of one country, as "the" would (its holder, when the text
        names one: :meth:`resolve_role`)."""
        if np_.plural or np_.determiner != "bare" or not np_.modifiers:
            return False
        first = np_.modifiers[0]
        return first.endswith(("'s", "’s")) and self.parser.state_of(first[:-2]) is not None

    def lead_person(self, np_: NP) -> Mention | None:
        """The person a news story opens with, for "the Foreign Secretary" when the text gives that office
        to no one: "David Lammy has said Russia must ..." / "The Foreign Secretary travelled to Paris" /
        "The Foreign Secretary said: ..." (British and wire style name the office only after the name).
        Only a definite, singular office with no state ("the Chinese president" is another rule's), when
        the text's first mention is that person as the subject of its first sentence, with no office of his
        own (a briefing's title naming its spokesperson is no such lead)."""
        if np_.determiner != "definite" or np_.plural or self.role_states(np_) or not self.mentions:
            return None
        first = self.mentions[0]
        ent = first.entity
        first_sentence_end = self.sent_starts[1] if len(self.sent_starts) > 1 else len(self.text)
        if ent.type != "person" or ent.head or first.start >= first_sentence_end:
            return None
        if not self._subject_of(first):
            return None
        if any(self.compatible(m.entity, np_) for m in self.mentions):
            return None  # someone holds that office in the text
        return first

    def resolve_forward(self, np_: NP, pos: int, limit: int) -> tuple[Entity | None, Mention | None]:
        """A role noun in a headline, before anyone is named ("...: Iran's FM", "... - minister"): the first
        person mentioned after ``pos`` and before ``limit`` whose title and country fit (:meth:`compatible`),
        or None (the office stays as written)."""
        self.scan()
        i = bisect.bisect_right(self._mention_starts, pos)
        for m in self.mentions[i:]:
            if m.start >= limit:
                break
            if self.compatible(m.entity, np_):
                return m.entity, m
        return None, None

    def _joined_pair(self, found: list[Mention]) -> list[Mention] | None:
        """Two of the candidates (latest first) for a plural role noun named together, the later right after
        "and" and at most a title after the earlier ("Foreign Minister Ana Cruz and Foreign Minister Tomas
        Rivera called on Prime Minister Luis Vega": "the two Ministers" are Cruz and Rivera, not Rivera and
        the prime minister last mentioned); None when no two are."""
        for later, earlier in itertools.pairwise(found):
            gap = self.text[earlier.end : later.start].split()
            joined = gap[:1] == ["and"] and len(gap) <= JOINED_TITLE_WORDS + 1
            if joined and later.entity is not earlier.entity:
                return [later, earlier]
        return None

    def resolve_group(
        self, np_: NP, pos: int, *, untitled: bool = True, sentences_back: int = 12
    ) -> tuple[Entity | None, Mention | None, str]:
        """Plural role noun / collective: the two most recent distinct people (matching title if any);
        ``untitled``: a group word ("both sides") may also take two people named with a given name and no
        title."""
        i = bisect.bisect_left(self._mention_starts, pos)
        lo = self._window_start(pos, sentences_back)
        found: list[Mention] = []
        states = self.role_states(np_) if np_.kind in ("role", "collective") else set()
        for m in reversed(self.mentions[:i]):
            if m.start < lo:
                break
            e = m.entity
            if e.type != "person" or any(f.entity is e for f in found) or self.label_line(m):
                continue  # (a label's name is the speaker of the turn, not a party it reports on)
            if (
                not e.head
                and e.n_statements == 0
                and not (untitled and np_.kind == "collective" and e.first and e.gender)
            ):
                # "Climate Change" read as a name: only titled people, speakers or (for "both sides",
                # "the two leaders") people with a known given name ("Vladimir Putin and Joe Biden met")
                # form a group
                continue
            if np_.kind == "role" and np_.head and not (e.head and self.role_matches(np_.head, e.head)):
                continue
            if states and not states & e.states:
                continue  # "Cuban leaders": people of Cuba, not the US presidents named before
            found.append(m)
            if len(found) == GROUP_CANDIDATES:
                break
        found = self._joined_pair(found) or found[:2]
        if len(found) == 2:
            ent = self.group([f.entity for f in found], np_.text, np_.start, np_.end)
            return (
                ent,
                found[0],
                RULE_GROUP_WITH_TITLE if np_.kind == "role" else RULE_GROUP_LAST_TWO,
            )
        if np_.kind == "role" and not (
            np_.head and self.lex.titles.get(np_.head) and self._titled_people(pos)
        ):
            # no two people with that title; when people with titles are about, a plural role noun
            # ("both officers") is not any two of them
            plain = NP(np_.start, np_.end, np_.text, "collective", head=np_.head, plural=True)
            plain.modifiers, plain.affiliation = list(np_.modifiers), np_.affiliation
            ent, m, rule = self.resolve_group(plain, pos, untitled=False)
            if ent is not None:
                return ent, m, rule + RULE_GROUP_NONE_WITH_TITLE
        return None, None, RULE_GROUP_TOO_FEW

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

    def _known_by_first_word(self, low: str) -> list[Entity]:
        """The people a name's first word alone names: a family name written first ("Wang Yi" -> "Wang",
        "Xi Jinping" -> "Xi"), or the given name of an Arabic name, before its patronymic particle ("Tamim
        bin Hamad Al Thani" -> "Sheikh Tamim"; lower-case ``[name particles]`` of names.txt)."""
        out = []
        for e in self._people:
            words = e.canonical.split()
            if not (e.first and e.first.lower() == low):
                continue
            if len(words) == 2 or (len(words) >= 3 and words[1] in self.names.name_particles):
                out.append(e)
        return out

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
            cands = self._known_by_first_word(low)
        if not cands:
            # the one person of the text whose name opens with the word: a long name that the copy
            # shortens to its first word ("Prime Minister Tuilaepa Lupesoliai Sailele Malielegaoi" ->
            # "Tuilaepa", Pacific and South-East Asian copy); two such people leave it unread
            firsts = [e for e in self._people if _first_of_long_name(e.canonical) == low]
            cands = firsts if len(firsts) == 1 else []
        if not cands:
            return None
        before = [c for c in cands if 0 <= c.first_start <= np_.start] or cands
        # two people of one surname: the one who has spoken already, not a relative or aide named in
        # passing after him ("Prime Minister Saad Hariri said ..." / "... his chief of staff, Nader Hariri,
        # ..." / "Hariri responded: ..." is the prime minister); else the last one named
        spoken = [c for c in before if c.n_statements > 0]
        return (spoken or before)[-1]

    def resolve(
        self, np_: NP, pos: int, *, speaker_position: bool = True, previous_speaker: bool = False
    ) -> tuple[Entity | None, Mention | None, str, str]:
        """Resolve a speaker noun phrase: (entity, antecedent mention, rule, mention_type).

        The phrase's kind picks the rule (see :data:`RESOLUTION_RULES`): :meth:`resolve_pronoun`,
        :meth:`resolve_name`, :meth:`resolve_organisation`, :meth:`resolve_coordinated`,
        :meth:`resolve_collective`, :meth:`resolve_role_noun` (definite ones: :meth:`resolve_role`),
        :meth:`resolve_document`. ``rule`` is one of the ``RULE_*`` labels of this module (the ``rule``
        column of the speaker-mentions table).
        """
        self.scan()
        k = np_.kind
        if k == "pronoun":
            ent, m, rule = self.resolve_pronoun(np_, pos, previous_speaker=previous_speaker)
            return ent, m, rule, MENTION_PRONOUN
        if k == "name":
            return self.resolve_name(np_)
        if k in ("organisation", "state"):
            return self.resolve_organisation(np_, pos)
        if k == "group":
            return self.resolve_coordinated(np_, pos)
        if k == "collective":
            return self.resolve_collective(np_, pos)
        if k == "role":
            return self.resolve_role_noun(np_, pos, speaker_position=speaker_position)
        if k == "document":
            return self.resolve_document(np_, pos)
        return None, None, RULE_UNPARSED, k

    def resolve_pronoun(
        self, np_: NP, pos: int, *, previous_speaker: bool = False
    ) -> tuple[Entity | None, Mention | None, str]:
        """Adaptation point: who a pronoun in speaker position refers to (entity, antecedent, rule).

        "they", "them": the most recent compatible speaker, else subject, else mention of the last three
        sentences. "it" is so often a situation, a text or an idea ("it will guarantee ...") that only an
        organisation, state or document (a relayed communiqué) that has spoken already is taken for it.
        "he", "she": the most recent
        compatible subject or speaker, else mention; with ``previous_speaker`` ("in his words", "according
        to him") the previous compatible speaker first. Compatibility: :meth:`compatible`.
        """
        if np_.head in ("they", "them"):
            ent, m, rule = self.resolve_back(np_, pos, speakers_first=True)
            subject = self.plural_subject(pos) if ent is not None and m is not None else None
            if subject is not None and subject.start > m.start:  # type: ignore[union-attr]
                # the group a nearer sentence opens with wins over an earlier speaker: "The European
                # Ministers congratulated ... The Ministers discussed ... They stressed ..."
                ent, m, rule = self.plural_subject_group(subject)
            elif ent is None:
                ent, m, rule = self.they_of_principals(np_, pos)
        else:
            ahead = self.main_clause_subject(np_, pos) if np_.head in ("he", "she") else None
            if ahead is not None:
                return ahead.entity, ahead, RULE_PRONOUN_PREFIX + RULE_MAIN_CLAUSE_SUBJECT
            it = np_.head == "it"
            ent, m, rule = self.resolve_back(
                np_, pos, speakers_first=previous_speaker or it, speakers_only=it
            )
        return ent, m, RULE_PRONOUN_PREFIX + rule

    def main_clause_subject(self, np_: NP, pos: int) -> Mention | None:
        """A "he"/"she" opening a subordinate clause that opens its sentence refers ahead to the person the
        main clause after the comma opens with: "However, while he said that there was investment in Tonga,
        Peters was quick to ..." (Peters, not the minister named before); "When she spoke to reporters, Ruiz
        ...". The person must be compatible (:meth:`compatible`) and stand right after a comma."""
        at = np_.start
        k = bisect.bisect_right(self.sent_starts, at) - 1
        a = self.sent_starts[k] if k >= 0 else 0
        if pos < at or not _CATAPHORA_OPENING_RE.fullmatch(self.text[a:at]):  # a slice: the look-behind
            return None
        b = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        self.scan()
        i, j = bisect.bisect_left(self._mention_starts, at), bisect.bisect_left(self._mention_starts, b)
        for m in self.mentions[i:j]:
            if m.start > at and self.text[a : m.start].rstrip().endswith(","):
                ok = m.entity.type == "person" and self.compatible(m.entity, np_)
                return m if ok else None
        return None

    def they_of_principals(self, np_: NP, pos: int) -> tuple[Entity | None, Mention | None, str]:
        """"They" with no group or unnamed sources before it, the parties a readout has just named: the
        coordinated subject of one of the last sentences ("Britain, France and Germany ... released a joint
        statement ... They added: ..."), else the two people of the last sentences ("Chung also held phone
        talks with U.S. Secretary of State Antony Blinken. They stressed ...": :meth:`resolve_group`)."""
        subject = self.coordinated_subject(pos)
        if subject is not None:
            ent = self.group([m.entity for m in subject], np_.text, np_.start, np_.end)
            return ent, subject[0], RULE_THEY_COORDINATED_SUBJECT
        pair = self.principals(pos)
        if pair is not None:
            ent = self.group([m.entity for m in pair], np_.text, np_.start, np_.end)
            return ent, pair[0], RULE_THEY_PRINCIPALS
        subject = self.plural_subject(pos)
        if subject is not None:
            return self.plural_subject_group(subject)
        return None, None, RULE_NO_ANTECEDENT

    def plural_subject_group(self, subject: NP) -> tuple[Entity, None, str]:
        """The group a plural subject phrase names (:meth:`plural_subject`), as "they" takes it: the people
        the phrase itself stands for when it names two ("Both sides agreed to ... / They expressed ...":
        the two ministers "both sides" are, :meth:`resolve_group`), else the phrase as written."""
        kind = self.lex.collective.get(subject.head or "", "group") if subject.kind == "collective" \
            else "group"
        pair = self.resolve_group(subject, subject.start)[0] if kind == "group" else None
        if pair is not None:
            return pair, None, RULE_THEY_PLURAL_SUBJECT
        ent = self.named("group", self.without_determiner(subject.text), subject.start, subject.end)
        ent.add_alias(subject.text)
        return ent, None, RULE_THEY_PLURAL_SUBJECT

    def plural_subject(self, pos: int) -> NP | None:
        """The definite plural group phrase opening the sentence of ``pos`` or the one before it, the group
        whose acts minutes and communiqués go on to report with "they" ("The participants were given
        information about ..., and they affirmed ...", "The leaders discussed ... They agreed that ..."):
        a plural role noun or group word after "The", "the", "Both" or "All" that reads as a phrase of its
        own up to a lower-case word ("The participants", "The two Ministers"). The nearest sentence that
        opens with any phrase decides: "The international community is facing challenges. They demand
        ..." has none; a bare plural ("People who ...") is no definite group."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        lo = k - 2
        for si in range(k, max(-1, k - 2 - _THEY_CHAIN_SENTENCES), -1):
            if si <= lo:
                break
            a = self.sent_starts[si]
            if _THEY_OPENING_RE.match(self.text, a) and si < k:
                lo -= 1  # "The Ministers discussed ... They agreed ... They stressed": the chain carries it
                continue
            if (frame := _OPENING_FRAME_RE.match(self.text, a, pos)) is not None:
                a = frame.end()
            words = list(itertools.islice(_PHRASE_WORD_RE.finditer(self.text, a, pos), 5))
            for w in reversed(words):
                nxt = self.text[w.end() : w.end() + 2].strip()[:1]
                if nxt and not nxt.islower():
                    continue  # (a phrase ends before a lower-case word: its verb)
                np_ = self.parser.parse(self.text, a, w.end(), allow_tail=False)
                if np_ is None:
                    continue
                group = np_.kind in ("collective", "role") and np_.plural and not np_.name and not np_.owner
                return np_ if group and _DEFINITE_GROUP_RE.match(np_.text) else None
        return None

    def principals(self, pos: int) -> list[Mention] | None:
        """The two parties of the meeting or call a readout reports: the first two people of the most
        recent sentence (of the last few before ``pos``) that names two ("Foreign Minister Bui Thanh Son
        held talks with his Malaysian counterpart Saifuddin Abdullah ... to discuss the visit by Malaysian
        Prime Minister ...": Son and Saifuddin). People as :meth:`resolve_group` takes them (titled,
        speakers, or with a known given name); a name in a label or heading line is no party."""
        i = bisect.bisect_left(self._mention_starts, pos)
        lo = self._window_start(pos, _PRINCIPALS_SENTENCES)
        by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions[bisect.bisect_left(self._mention_starts, lo) : i]:
            e = m.entity
            if e.type != "person" or not (e.head or e.n_statements or (e.first and e.gender)):
                continue
            if self.label_line(m):
                continue
            people = by_sentence.setdefault(bisect.bisect_right(self.sent_starts, m.start) - 1, [])
            if all(p.entity is not e for p in people):
                people.append(m)
        for si in sorted(by_sentence, reverse=True):
            if len(by_sentence[si]) >= 2:
                return by_sentence[si][:2]
        return None

    def coordinated_subject(self, pos: int) -> list[Mention] | None:
        """The names that open one of the last sentences before ``pos``, coordinated ("Britain, France and
        Germany, the three ... signatories, released ...", "Chung and Lavrov agreed ..."): two or more
        mentions of one type (people, states or organisations) joined by commas and a final "and"."""
        lo = self._window_start(pos, _SUBJECT_SENTENCES)
        i = bisect.bisect_left(self._mention_starts, pos)
        j = bisect.bisect_left(self._mention_starts, lo)
        starts = set(self.sent_starts)
        for k in range(j, i):
            m = self.mentions[k]
            line_start = self.text.rfind("\n", 0, m.start) + 1
            lead = self.text[line_start : m.start].strip()
            if m.start not in starts and (lead or line_start < lo):
                continue
            run = [m]
            for n in self.mentions[k + 1 : i]:
                gap = self.text[run[-1].end : n.start]
                if gap not in (", ", " and ", ", and ") or n.entity.type != m.entity.type:
                    break
                run.append(n)
                if gap != ", ":
                    break
            ents = {r.entity.eid for r in run}
            if len(ents) >= 2 and self.text[run[-2].end : run[-1].start] != ", ":
                return run
        return None

    def label_line(self, m: Mention) -> bool:
        """Is ``m`` the name of a turn label ("CHIEF CABINET SECRETARY SUGA: During the talks, ...") or of a
        line that only names someone ("Spokesperson and Deputy Minister for Public Relations Noh Kyu-duk"
        under a briefing's title)? Such a name is the speaker or author, not a party of what the text
        reports. The words before the name are title-case (no lower-case word over three letters)."""
        text = self.text
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end : line_end]
        if not (rest.strip() == "" or _LABEL_REST_RE.match(rest)):
            return False
        if self.joined_in_line(m, line_start):
            return False
        return not any(len(w) > 3 for w in _LOWER_WORD_RE.findall(text, line_start, m.start))

    def joined_in_line(self, m: Mention, line_start: int) -> bool:
        """Is ``m`` the second of two people a line names together, right after "and" and at most a title
        ("Joint Statement by Foreign Minister Ana Cruz of Andor and Foreign Minister Tomas Rivera of
        Borduvia")? A label names one speaker; a title naming a pair names the parties that "the
        Ministers" and "they" of the text below refer to."""
        i = bisect.bisect_left(self._mention_starts, m.start)
        before = self.mentions[i - 1] if i > 0 else None
        if before is None or before.start < line_start or before.entity.type != "person":
            return False
        gap = self.text[before.end : m.start].split()
        return before.entity is not m.entity and gap[:1] == ["and"] and len(gap) <= JOINED_TITLE_WORDS + 1

    def resolve_name(self, np_: NP) -> tuple[Entity | None, Mention | None, str, str]:
        """A name: with a title or of two words or more, the person it names ("Kremlin Spokesman Dmitry
        Peskov", "Joe Biden"); one word, the person named earlier with that surname ("Peskov"), a person
        known only by an honorific ("Mr. Lavrov"), else :meth:`resolve_single_word`."""
        if np_.role or len((np_.name or "").split()) > 1:
            ent = self.register(np_)
            return ent, None, RULE_NAME_WITH_TITLE if np_.role else RULE_NAME, MENTION_NAME
        ent = self.surname_lookup(np_)
        if ent is not None:
            ent.add_alias(np_.name or np_.text)
            return ent, None, RULE_SURNAME, MENTION_NAME
        if np_.gender:  # "Mr. Lavrov" never introduced
            return (
                self.person(np_.name or np_.text, np_.start, np_.end, gender=np_.gender),
                None,
                RULE_NAME,
                MENTION_NAME,
            )
        return self.resolve_single_word(np_)

    def resolve_single_word(self, np_: NP) -> tuple[Entity | None, Mention | None, str, str]:
        """A single unknown capitalised word: the organisation named earlier with it ("Time" for "Time
        magazine"), no one when the text also writes it in lower case ("Assessments estimated ..."),
        otherwise an organisation of that name."""
        word = (np_.name or np_.text).split()[0]
        for e in self.entities:
            if (
                e.type == "organisation"
                and e.canonical.startswith(word + " ")
                and e.canonical[len(word) + 1 :].islower()
            ):
                e.add_alias(word)
                return e, None, RULE_ORGANISATION_SHORT_FORM, MENTION_ORGANISATION
        if not word.isupper() and self._written_in_lower_case(word):
            return None, None, RULE_COMMON_NOUN, MENTION_NAME
        ent = self.named("organisation", np_.name or np_.text, np_.start, np_.end)
        return ent, None, RULE_SINGLE_WORD_ORGANISATION, MENTION_ORGANISATION

    def resolve_organisation(self, np_: NP, pos: int) -> tuple[Entity | None, Mention | None, str, str]:
        """An organisation or state: by its name ("the Foreign Ministry", "Russia"); an organisation noun
        ("the ministry", "police") is the most recent organisation with that word, named or speaking ("...,
        the foreign ministry said. ... the ministry said" after a photo credit "(Ministry of Foreign
        Affairs)": the foreign ministry), else the phrase itself."""
        k = np_.kind
        if np_.name:
            return self.register(np_), None, k, k  # (the rule is the kind: RULE_ORGANISATION, RULE_STATE)
        head = np_.head or ""
        i = bisect.bisect_left(self._mention_starts, pos)
        named = next((m for m in reversed(self.mentions[:i]) if self._org_with_word(m.entity, head)), None)
        spoke = [m for m in self._trail_between(0, pos) if self._org_with_word(m.entity, head)]
        latest = max(spoke, key=lambda m: m.start) if spoke else None
        if latest is not None and (named is None or latest.start > named.start):
            named = latest
        if named is not None:
            return named.entity, named, RULE_ORGANISATION_NOUN_EARLIER, MENTION_ORGANISATION
        name = np_.text[4:] if np_.text.lower().startswith("the ") else np_.text
        return (
            self.named("organisation", name, np_.start, np_.end),
            None,
            RULE_ORGANISATION_NOUN,
            MENTION_ORGANISATION,
        )

    @staticmethod
    def _org_with_word(ent: Entity, word: str) -> bool:
        """Is ``ent`` an organisation whose name holds ``word`` ("ministry" in "Foreign Ministry")?"""
        return ent.type == "organisation" and word in ent.canonical.lower()

    def resolve_coordinated(self, np_: NP, pos: int) -> tuple[Entity | None, Mention | None, str, str]:
        """Coordinated phrases ("Vladimir Putin and Joe Biden"): the group of the people they resolve to,
        else a group named by the phrase."""
        members: list[Entity] = []
        for sub in np_.members:
            e, _, _, _ = self.resolve(sub, pos, speaker_position=False)
            if e is not None:
                members.append(e)
        if len(members) >= 2:
            return (
                self.group(members, np_.text, np_.start, np_.end),
                None,
                RULE_COORDINATED_NAMES,
                MENTION_GROUP,
            )
        return self.named("group", np_.text, np_.start, np_.end), None, RULE_COORDINATED_PHRASE, MENTION_GROUP

    def resolve_collective(self, np_: NP, pos: int) -> tuple[Entity | None, Mention | None, str, str]:
        """A collective phrase: after a possessive, the owner's sources ("its sources" -> "Kremlin
        sources"); a group word ("the two leaders", "both sides"), the two people last mentioned
        (:meth:`resolve_group`); an anonymous word ("sources", "officials", "the meeting"), unnamed sources
        that no "he" or "she" refers to later (:attr:`Entity.collective`)."""
        typ = self.lex.collective.get(np_.head or "", "group")
        if np_.owner:
            owner_np = NP(np_.start, np_.start, np_.owner, "pronoun", head=np_.owner)
            oent, om, _ = self.resolve_back(owner_np, pos, speakers_first=True)
            if oent is not None:
                name = f"{oent.canonical} {np_.head}"
                ent = self.named("anonymous", name, np_.start, np_.end, affiliation=oent.canonical)
                ent.add_alias(np_.text)
                ent.collective = True
                return (
                    ent,
                    om,
                    RULE_POSSESSIVE.format(owner=np_.owner, antecedent=oent.canonical),
                    MENTION_ANONYMOUS,
                )
        if typ == "state" and np_.affiliation:  # "the Russian side": Russia
            ent = self.named("state", np_.affiliation, np_.start, np_.end)
            return ent, None, RULE_SIDE_OF_STATE, MENTION_STATE
        if typ == "group":
            ent, m, rule = self.resolve_group(np_, pos)
            if ent is not None:
                return ent, m, rule, MENTION_GROUP
            return self.named("group", np_.text, np_.start, np_.end), None, rule, MENTION_GROUP
        ent = self.named("anonymous", np_.text, np_.start, np_.end)
        ent.collective = True
        return ent, None, RULE_UNNAMED_SOURCES, MENTION_ANONYMOUS

    def resolve_role_noun(
        self, np_: NP, pos: int, *, speaker_position: bool
    ) -> tuple[Entity | None, Mention | None, str, str]:
        """A role noun: bare plurals are unnamed sources ("scientists say"); other plurals a group
        (:meth:`resolve_group`: "the presidents"); definite ones the person with that role
        (:meth:`resolve_role`: "the Kremlin spokesman"); indefinite or unresolved ones a new anonymous
        source described by the phrase ("a high-ranking White House official")."""
        if np_.plural and np_.determiner == "bare":
            ent = self.named("anonymous", np_.text, np_.start, np_.end, affiliation=np_.affiliation)
            return ent, None, RULE_BARE_PLURAL_ROLE, MENTION_ANONYMOUS
        if np_.plural:
            ent, m, rule = self.resolve_group(np_, pos)
            if ent is not None:
                return ent, m, rule, MENTION_GROUP
            typ = "group" if np_.determiner in ("definite", "possessive") else "anonymous"
            return self.named(typ, np_.text, np_.start, np_.end), None, rule, typ
        if np_.determiner in ("definite", "possessive") or self.office_of_state(np_):
            ent, m, rule = self.resolve_role(np_, pos, speaker_position=speaker_position)
            if ent is not None:
                return ent, m, rule, MENTION_ROLE_NOUN
        # an indefinite (or unresolvable) role noun: a new anonymous source described by it
        ent = self.named("anonymous", self.without_determiner(np_.text), np_.start, np_.end,
                         affiliation=np_.affiliation)
        ent.head, ent.role = np_.head, np_.role
        if np_.gender:
            ent.gender = np_.gender
        rule = RULE_INDEFINITE_ROLE if np_.determiner != "definite" else RULE_ROLE_TAKEN_AS_UNNAMED
        return ent, None, rule, MENTION_ANONYMOUS

    def without_determiner(self, phrase: str) -> str:
        """The name of an unnamed source: its phrase without the determiner ("a senior official" ->
        "senior official", "a statement" -> "statement"; ``[definite]`` and ``[indefinite]`` of
        names.txt)."""
        words = phrase.split()
        determiners = self.names.definite | self.names.indefinite
        return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in determiners else phrase

    def resolve_document(self, np_: NP, pos: int) -> tuple[Entity | None, Mention | None, str, str]:
        """A document ("the statement", "a report by The Atlantic", "Trump's statement"): its named
        organisation or author, else the organisation or state that spoke last, else an unnamed source
        known only as that text (no pronoun refers to it)."""
        if np_.affiliation:
            sub = self.parser.parse(np_.affiliation, 0, len(np_.affiliation), allow_tail=False)
            if sub is not None and sub.kind in ("organisation", "state") and sub.name:
                ent = self.named(sub.kind, sub.name, np_.start, np_.end, sub.affiliation)
                return ent, None, RULE_DOCUMENT_OF_ORGANISATION, MENTION_DOCUMENT
            by_phrase = np_.affiliation not in np_.text  # "a report by X" (not "the Puerto Rican law")
            possessive = re.search(re.escape(np_.affiliation) + r"['’]s?\s", np_.text) is not None
            if sub is not None and sub.kind == "name" and (by_phrase or possessive):
                # "a recent report by The Atlantic", "Trump's statement": the named author
                ent, _, _, _ = self.resolve(sub, pos, speaker_position=False)
                if ent is not None:
                    return ent, None, RULE_DOCUMENT_BY_SOURCE, MENTION_DOCUMENT
            # the state's name or adjective the only modifier: "a Turkish foreign ministry statement" is the
            # ministry's, "the US statement spoke of ..." and "the Russian statement said" the state's
            alone = len(np_.modifiers) == 1 and (sub is None or sub.kind != "name")
            state = self.parser.lex.states.get(np_.affiliation.lower()) if alone else None
            if state is not None:
                ent = self.named("state", state, np_.start, np_.end)
                return ent, None, RULE_DOCUMENT_OF_STATE, MENTION_DOCUMENT
        if not self.unnamed_authors(np_):
            for m in reversed(self.speaker_trail):
                if m.start < pos and m.entity.type in ("organisation", "state"):
                    return m.entity, m, RULE_DOCUMENT_LAST_ORGANISATION, MENTION_DOCUMENT
        ent = self.named("anonymous", self.without_determiner(np_.text), np_.start, np_.end)
        ent.document = True
        return ent, None, RULE_DOCUMENT_UNNAMED, MENTION_DOCUMENT

    def unnamed_authors(self, np_: NP) -> bool:
        """Does "from"/"by" and a plural role or a collective follow the document noun ("A joint letter from
        the foreign ministers said it will ...", "a statement by the two leaders")? Its authors are people
        the sentence names by their office, not the organisation that spoke last (a readout of the prime
        minister's office quoted before): the document speaks as itself (the gold keeps "joint letter")."""
        m = _AUTHORS_AFTER_RE.match(self.text, np_.end)
        if m is None:
            return False
        words = self.text[m.end() : m.end() + 80].split()
        for k in range(1, min(len(words), 6) + 1):
            phrase = " ".join(words[:k]).rstrip(",.;:")
            sub = self.parser.parse_alone(phrase)
            if sub is not None:
                return sub.kind == "collective" or (sub.kind == "role" and bool(sub.plural))
            if phrase != " ".join(words[:k]):
                break
        return False


def _after_in(text: str, a: int) -> bool:
    """Does the word "in" stand right before ``a`` ("talks in New York", "held in Addis Ababa")? An untitled
    name there is the place of an event, not a person."""
    return text[max(0, a - 4) : a].lower() in (" in ", "\nin ") or (a == 3 and text[:3].lower() == "in ")
