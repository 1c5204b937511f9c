"""The diplomatic layer over VADER: difficulty frames, denials, reassurances, negation scope, hedges.

VADER reads a negation only among the three words before a lexicon word, and adds a hedge's own
valence ("limited" −0.9) instead of damping.  Diplomatic prose is built of exactly what it misses:
"Russia has no intention of attacking" (−0.64 in VADER), "verbal promises were worth nothing" (+0.54),
"it was hard to expect breakthroughs", "perhaps some progress is possible if conditions allow".

The rules run, in the order of :data:`DIPLOMATIC_RULES`, on the words' valences after VADER's own
word-level rules and before its "but" rule, for the ``vader_domain`` column only (the ``vader`` column
stays the package's).  Each rule changes a word at most once: a word one rule changed is left alone by
the scope rules after it.  The words they look for are data, ``lexicons/sentiment_diplomatic.txt``
(each with its source); a clause ends at , ; : . ! ? a dash, or "but"/"however"/"although"/"while".

:func:`diplomatic_valences` gives the valences and a note per changed word (``helpers.explain`` shows
them); :func:`diplomatic_pair` the stock and the ``vader_domain`` compound.  A text holding none of the
rules' words is scored as VADER scores it (the fast path; tested equal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from vaderSentiment import vaderSentiment as vs

from ..lexicons.sentiment import load_diplomatic
from .vader import compound, domain_vader, vader_pass

#: How far (in words) a negation reaches past its negator at most.  Inside that, it reaches to the end
#: of its clause, as in the classic scope rule of Das & Chen (2001) and Pang, Lee & Vaithyanathan
#: (2002): negation until the next punctuation mark.
SCOPE_WORDS = 12
#: What a negated word's valence is multiplied by: VADER's own negation scalar.
NEGATION_SCALAR = vs.N_SCALAR
#: A hedge multiplies every other valence of its sentence by this (a hedged claim is half a claim).
HEDGE_DAMPING = 0.5
#: What a post-negator ("led nowhere") weighs when nothing positive before it is there to empty.
POST_NEGATOR_VALENCE = -1.0
#: What "no" weighs in a reassurance ("no intention of", "no plans to"): stock VADER's "assure" (1.4),
#: dampened as the domain lexicon dampens stock analogies (a denial of intent, not a promise).
REASSURANCE_VALENCE = 0.9
#: Words that end a clause (as , ; : do): a negation or a denial does not reach past them.
CLAUSE_WORDS = frozenset({"but", "however", "although", "though", "while", "whereas", "yet"})
#: Characters that end a clause when a token ends with them (after closing quotes and brackets).
CLAUSE_MARKS = frozenset(",;:.!?")
#: "and"/"or" followed by one of these opens a new clause ("saw no use until now and was maintained"):
#: a second verb phrase, outside the first one's negation.
CLAUSE_AUXILIARIES = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "should", "can", "could",
    "may", "must", "did", "does", "do", "remains", "remained",
})


@dataclass(frozen=True)
class DiplomaticWords:
    """The rules' word lists, as sets of single words and tuples of phrase words."""

    negators: frozenset[str]
    not_negation: dict[str, tuple[tuple[str, ...], ...]]
    post_negators: frozenset[str]
    post_negator_verbs: dict[str, tuple[tuple[str, ...], ...]]
    difficulty: dict[str, tuple[tuple[str, ...], ...]]
    hedges: dict[str, tuple[tuple[str, ...], ...]]
    denial_verbs: frozenset[str]
    report_nouns: frozenset[str]
    reassurance_heads: frozenset[str]
    scope_stops: frozenset[str]
    triggers: frozenset[str]  # the first word of every entry: a text without any needs no rule


@lru_cache(maxsize=8)
def diplomatic_words(path: str | None = None) -> DiplomaticWords:
    """The word lists of ``sentiment_diplomatic.txt`` (or the user's file at ``path``)."""
    data = load_diplomatic(path)

    def phrases(section: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The section's phrases by first word, longest first (a word opens few phrases)."""
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for entry in data[section]:
            words = tuple(entry.split())
            by_first.setdefault(words[0], []).append(words)
        return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in by_first.items()}

    words = DiplomaticWords(
        negators=frozenset(data["negators"]),
        not_negation=phrases("not_negation"),
        post_negators=frozenset(data["post_negators"]),
        post_negator_verbs=phrases("post_negator_verbs"),
        difficulty=phrases("difficulty"),
        hedges=phrases("hedges"),
        denial_verbs=frozenset(data["denial_verbs"]),
        report_nouns=frozenset(data["report_nouns"]),
        reassurance_heads=frozenset(data["reassurance_heads"]),
        scope_stops=frozenset(data["scope_stops"]),
        triggers=frozenset(),
    )
    # a phrase can only occur where its longest word does ("to some extent": "extent", not "to")
    phrases = [p for index in (words.difficulty, words.hedges) for ps in index.values() for p in ps]
    firsts = {max(p, key=len) for p in phrases}
    triggers = firsts | words.negators | words.post_negators | words.denial_verbs
    return DiplomaticWords(**{**words.__dict__, "triggers": frozenset(triggers)})


@dataclass
class Sentence:
    """What the rules read: the tokens and lower-cased words, the lexicon, the word lists, the notes;
    ``clause_end`` (the last word of each word's clause) is computed when a rule first asks."""

    tokens: list[str]
    low: list[str]
    lexicon: dict
    words: DiplomaticWords
    notes: dict[int, str] = field(default_factory=dict)  # position -> rule that changed it

    @cached_property
    def clause_end(self) -> list[int]:
        """Index of the last word of each word's clause (:func:`clause_ends`)."""
        return clause_ends(self.tokens, self.low)

    def positions(self, keys) -> list[int]:
        """The positions of the words that are keys of ``keys`` (a set, or phrases by first word)."""
        return [i for i, w in enumerate(self.low) if w in keys]

    def negator_positions(self) -> list[int]:
        """The positions of the negators (not checked against ``[not_negation]``: see :meth:`is_negator`)."""
        negators = self.words.negators
        return [i for i, w in enumerate(self.low) if w in negators or "n't" in w]

    def is_negator(self, i: int) -> bool:
        """A negator ("no", "not", "never", any "n't" word) that is not one of the not-negation phrases."""
        w = self.low[i]
        if w not in self.words.negators and "n't" not in w:
            return False
        return not self.phrase_at(i, self.words.not_negation)

    def phrase_at(self, i: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """The length of the longest phrase of ``phrases`` (by first word) at word ``i`` (0: none)."""
        for p in phrases.get(self.low[i], ()):
            if tuple(self.low[i : i + len(p)]) == p:
                return len(p)
        return 0


def clause_ends(tokens: list[str], low: list[str]) -> list[int]:
    """For each word, the index of the last word of its clause: a clause word ("but"), a dash, or
    "and"/"or" before an auxiliary ("and was") opens a new clause; a token ending in , ; : . ! ?
    (before closing quotes or brackets) closes one."""
    n = len(tokens)
    ends = [0] * n
    start = 0
    for i in range(n):
        tok = tokens[i].rstrip("\"')]}")
        opens = low[i] in CLAUSE_WORDS or tok in ("-", "--")
        if low[i] in ("and", "or") and i + 1 < n and low[i + 1] in CLAUSE_AUXILIARIES:
            opens = True
        if i > start and opens:
            ends[start:i] = [i - 1] * (i - start)
            start = i
        if tok and tok[-1] in CLAUSE_MARKS:
            ends[start : i + 1] = [i] * (i + 1 - start)
            start = i + 1
    ends[start:n] = [n - 1] * (n - start)
    return ends


def vader_negated(s: Sentence, i: int) -> bool:
    """Whether VADER's own rules already negated word ``i`` (a negator among the three words before
    it with no lexicon word in between, or its "no" rule)."""
    low, lexicon = s.low, s.lexicon
    for k in range(3):
        j = i - (k + 1)
        if j < 0:
            break
        if low[j] not in lexicon and (low[j] in vs.NEGATE or "n't" in low[j]):
            return True
    if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no"):
        return True
    return i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor")


# ------------------------------------------------------------------------------------------ the rules
def difficulty_frame(s: Sentence, valences: list[float]) -> list[float]:
    """A doubting frame negates the positive words after it in its clause, and drops its own valence:
    "it was hard to expect breakthroughs", "premature to speak of success" (success × −0.74)."""
    for i in s.positions(s.words.difficulty):
        n = s.phrase_at(i, s.words.difficulty)
        if not n:
            continue
        flipped = False
        for j in range(i + n, min(s.clause_end[i] + 1, i + n + SCOPE_WORDS)):
            if valences[j] > 0 and j not in s.notes:
                valences[j] *= NEGATION_SCALAR
                s.notes[j] = "difficulty frame"
                flipped = True
        if flipped:
            for j in range(i, i + n):
                if valences[j]:
                    valences[j] = 0.0
                    s.notes[j] = "difficulty frame (its own valence dropped)"
    return valences


def first_scoped(s: Sentence, valences: list[float], i: int) -> int | None:
    """The first word after position ``i`` in its clause (at most ``SCOPE_WORDS`` on) with a valence,
    or None; a second negator or a word that opens a complement clause (``[scope_stops]``: "that",
    "how", "whose") on the way ends the search: "I don't know how I got so lucky" keeps "lucky"."""
    for j in range(i + 1, min(s.clause_end[i] + 1, i + 1 + SCOPE_WORDS)):
        if s.is_negator(j) or s.low[j] in s.words.scope_stops:
            return None
        if valences[j]:
            return j
    return None


def negation_scope(s: Sentence, valences: list[float]) -> list[float]:
    """A negator negates the first lexicon word after it in its clause (at most ``SCOPE_WORDS`` on)
    when VADER's three-word window missed it: "should not be viewed as an opportunity" (opportunity
    × −0.74).  Only that word: "does not deserve a platform for his lies" leaves "lies" alone.
    "not only", "no doubt" (``[not_negation]``) open no scope; "no" is the reassurance rule's."""
    low = s.low
    for i in s.negator_positions():
        if low[i] == "no" or not s.is_negator(i):
            continue
        j = first_scoped(s, valences, i)
        if j is not None and j not in s.notes and low[j] not in s.words.negators and not vader_negated(s, j):
            valences[j] *= NEGATION_SCALAR
            s.notes[j] = "negation scope"
    return valences


def reassurance(s: Sentence, valences: list[float]) -> list[float]:
    """"no" before a reassurance head ("no intention of", "no plans to", "no threat to") negates every
    lexicon word after the head in its clause that VADER missed, and "no" itself weighs
    ``REASSURANCE_VALENCE``: "Russia has no intention of attacking anyone" is a reassurance, not a
    threat; "no plans to deploy troops" is one too, though no word of it is in the lexicon."""
    low = s.low
    for i in s.positions(("no",)):
        if i + 1 >= len(low) or low[i + 1] not in s.words.reassurance_heads or i in s.notes:
            continue
        for j in range(i + 2, min(s.clause_end[i] + 1, i + 2 + SCOPE_WORDS)):
            if s.is_negator(j) or low[j] in s.words.scope_stops:
                break
            if valences[j] and j not in s.notes and not vader_negated(s, j):
                valences[j] *= NEGATION_SCALAR
                s.notes[j] = "reassurance"
        valences[i] = REASSURANCE_VALENCE
        s.notes[i] = "reassurance (the pattern's own valence)"
    return valences


def post_negation(s: Sentence, valences: list[float]) -> list[float]:
    """"nothing"/"nowhere" as the object of "worth", "achieved", "led" ... negate the positive words
    before them in the clause: "verbal promises were worth nothing" (promises, worth × −0.74); when
    nothing positive is there, the post-negator weighs ``POST_NEGATOR_VALENCE`` ("talks led nowhere")."""
    low = s.low
    for i in s.positions(s.words.post_negators):
        if i == 0:
            continue
        verbs = (v for ps in s.words.post_negator_verbs.values() for v in ps)
        if not any(i >= len(v) and tuple(low[i - len(v) : i]) == v for v in verbs):
            continue
        start = i
        while start > 0 and s.clause_end[start - 1] >= i and i - start < SCOPE_WORDS:
            start -= 1
        flipped = False
        for j in range(start, i):
            if valences[j] > 0 and j not in s.notes:
                valences[j] *= NEGATION_SCALAR
                s.notes[j] = "post-negation"
                flipped = True
        if not flipped and i not in s.notes:
            valences[i] = POST_NEGATOR_VALENCE
            s.notes[i] = "post-negation (its own valence)"
    return valences


def denial(s: Sentence, valences: list[float]) -> list[float]:
    """What a denial verb takes as its object is reported, not endorsed: "rejected claims that the talks
    had been a success", "denied that troops were massing for an attack": the words after the report
    noun (or "that"/"any") to the end of the clause weigh 0; the verb keeps its own valence."""
    low = s.low
    for i in s.positions(s.words.denial_verbs):
        for j in range(i + 1, min(i + 3, len(low))):
            if low[j] in s.words.report_nouns:
                for k in range(j + 1, s.clause_end[i] + 1):
                    if valences[k] and k not in s.notes:
                        valences[k] = 0.0
                        s.notes[k] = "denial (reported, not endorsed)"
                break
    return valences


def hedges(s: Sentence, valences: list[float]) -> list[float]:
    """A hedge damps the whole sentence instead of adding to it: "perhaps", "limited", "if conditions
    allow" drop their own valence ("limited" −0.9) and every other word is × ``HEDGE_DAMPING``."""
    hedge_words: list[int] = []
    for i in s.positions(s.words.hedges):
        n = s.phrase_at(i, s.words.hedges)
        hedge_words += range(i, i + n)
    if not hedge_words:
        return valences
    for j in hedge_words:
        if valences[j]:
            valences[j] = 0.0
            s.notes[j] = "hedge (its own valence dropped)"
    for j, v in enumerate(valences):
        if v and j not in hedge_words:
            valences[j] = v * HEDGE_DAMPING
            s.notes[j] = f"{s.notes[j]}; hedged" if j in s.notes else "hedged"
    return valences


#: The diplomatic rules, in order.
#: Print them with ``for r in DIPLOMATIC_RULES: print(r.__name__, r.__doc__)``.
DIPLOMATIC_RULES = (difficulty_frame, denial, reassurance, negation_scope, post_negation, hedges)


def needs_rules(low: list[str], words: DiplomaticWords) -> bool:
    """Whether any rule can apply: a negator, post-negator or denial verb, the longest word of a
    difficulty frame or hedge phrase, or an "n't" word, is in the text."""
    return not words.triggers.isdisjoint(low) or any("n't" in w for w in low)


def apply_rules(
    tokens: list[str], low: list[str], raw: list[float], lexicon: dict, words: DiplomaticWords
) -> tuple[list[float], dict[int, str]]:
    """The valences after :data:`DIPLOMATIC_RULES` and the note of each word a rule changed."""
    s = Sentence(tokens, low, lexicon, words)
    valences = [float(v) for v in raw]
    for rule in DIPLOMATIC_RULES:
        valences = rule(s, valences)
    return valences, s.notes


@dataclass
class DiplomaticPass:
    """A text scored by VADER with the domain lexicon and the diplomatic layer (:func:`diplomatic_pass`)."""

    prepared: str
    words: list[str]  # VADER's words (punctuation stripped)
    stock: float  # the stock compound (the ``vader`` column)
    raw: list[float]  # domain valences after the rules, before "but"
    notes: dict[int, str]
    domain: float  # the compound (the ``vader_domain`` column)
    tokens: list[str] = field(default_factory=list)  # the whitespace tokens of ``prepared``
    low: list[str] = field(default_factory=list)  # ``words`` lower-cased


#: The rules whose change to a word is a negation (TextBlob reads the word as "not <word>").
FLIPPING = ("difficulty frame", "negation scope", "reassurance", "post-negation")


def textblob_view(p: DiplomaticPass | None, text: str, domain_words: frozenset[str]) -> tuple[str, bool]:
    """(the text TextBlob scores, whether it is hedged): the diplomatic layer's reading given to TextBlob.

    TextBlob cannot see what the layer decided, so it is shown it: a word the layer negated is
    preceded by "not" (TextBlob's own negation), a word a denial disowned or a hedge word is dropped,
    a word of the domain lexicon (its valence, its code-word sense or its topic-noun zero is the
    domain lexicon's call: "candid", "security") is dropped, and "n't" is written " not" (TextBlob's
    tokenizer splits "didn't" into "did n ' t" and never negates).  A hedged text's polarity is
    multiplied by ``HEDGE_DAMPING`` by the caller.  A text none of this touches is returned as it is.
    """
    if p is None:
        return text, False
    low = p.low
    if not p.notes and domain_words.isdisjoint(low) and "n't" not in text:
        return text, False
    if not p.notes:  # the common case: only domain words to drop (and "n't" to spell out)
        view = " ".join([t for t, w in zip(p.tokens, low, strict=True) if w not in domain_words])
        return (view.replace("n't", " not") if "n't" in view else view), False
    out = []
    hedged = False
    for i, token in enumerate(p.tokens):
        note = p.notes.get(i, "")
        hedged = hedged or "hedge" in note
        if low[i] in domain_words or note.startswith(("denial", "hedge (")):
            continue
        if note.startswith(FLIPPING) and "own valence" not in note and "negator" not in note:
            out.append("not")
        out.append(token)
    view = " ".join(out)
    return (view.replace("n't", " not") if "n't" in view else view), hedged


def diplomatic_pass(text: str, domain_path: str | None = None, rules_path: str | None = None):
    """:class:`DiplomaticPass` of ``text`` (None when it has no words)."""
    p = vader_pass(text, domain_path)
    if p is None:
        return None
    analyzer = domain_vader(domain_path).analyzer
    words = diplomatic_words(rules_path)
    raw, notes = p.raw_domain, {}
    if needs_rules(p.low, words):
        raw, notes = apply_rules(p.tokens, p.low, p.raw_domain, analyzer.lexicon, words)
    if not notes and not p.domain_differs:
        score = p.stock
    else:
        score = compound(analyzer, raw, p.senti, p.prepared)
    words_ = p.senti.words_and_emoticons
    return DiplomaticPass(p.prepared, words_, p.stock, raw, notes, score, p.tokens, p.low)


def diplomatic_pair(text: str, domain_path: str | None = None, rules_path: str | None = None):
    """(stock compound, domain compound with the diplomatic layer) of ``text``: the ``vader`` and
    ``vader_domain`` columns.  Without a rule word it equals :func:`helpers.sentiment.vader.vader_pair`."""
    p = diplomatic_pass(text, domain_path, rules_path)
    return (0.0, 0.0) if p is None else (p.stock, p.domain)
