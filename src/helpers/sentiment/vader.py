"""VADER: the ``vaderSentiment`` package's analyzer, with the stock lexicon and with the domain valences.

The scorer is the package's ``SentimentIntensityAnalyzer`` (Hutto & Gilbert 2014) and the
``vader_lexicon.txt`` shipped inside it (nothing downloads).  The package rather than
``nltk.sentiment.vader``: it is the reference implementation, needs no NLTK data path, and NLTK's port
differs from it on a few per cent of sentences.

Plain version: ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``, once with the stock
lexicon and once with the domain lexicon (:func:`domain_analyzer`).  The pipeline scores every sentence
with both, so :func:`vader_pair` does the two in one pass (measured on 40 UN speeches: the plain
version costs about half the whole pipeline's time more); it gives the same numbers
(``tests/test_sentiment.py`` compares it with ``polarity_scores`` on the validation sets, the corpora
and random word soups).  The word-level rules are written here once each, over words lower-cased once
per sentence (:func:`rule_valence`, measured worth about 10 % of the whole pipeline); the "but" rule and
the compound are the package's own methods (``_but_check``, ``score_valence``).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from vaderSentiment import vaderSentiment as vs

from ..lexicons.sentiment import read_domain
from .constants import MASK_TOKEN

#: Words that trigger one of VADER's rules when among the three words before a lexicon word: the
#: boosters, the negations, and the words of its "never so", "without doubt" and "least" rules (a word
#: containing "n't" is a negation too, tested apart).
RULE_WORDS = frozenset(vs.BOOSTER_DICT) | frozenset(vs.NEGATE) | {
    "no", "never", "without", "so", "this", "least"
}
#: The words of VADER's idioms (``SPECIAL_CASES``): an idiom can only hold words of this set.
IDIOM_WORDS = frozenset(w for key in vs.SPECIAL_CASES for w in key.split())
#: The words of VADER's multi-word boosters ("kind of", "sort of").
BOOSTER_PHRASE_WORDS = frozenset(w for key in vs.BOOSTER_DICT if " " in key for w in key.split())


@lru_cache(maxsize=1)
def stock_analyzer() -> vs.SentimentIntensityAnalyzer:
    """The package's analyzer with its own lexicon (made once: reading the lexicon takes 50 ms)."""
    return vs.SentimentIntensityAnalyzer()


@dataclass(frozen=True)
class DomainVader:
    """The analyzer with the domain valences added (a private copy of the lexicon) and the domain words."""

    analyzer: vs.SentimentIntensityAnalyzer
    words: frozenset[str]


@lru_cache(maxsize=8)
def domain_vader(domain_path: str | None = None) -> DomainVader:
    """VADER with ``lexicons/sentiment_domain.yaml`` (or the user's file) over the stock lexicon.

    The ``add``/``override`` valences replace the stock ones; the ``neutral`` words (topic nouns:
    "security", "stability", "dialogue") leave the lexicon, so they carry no valence and, like any
    word outside it, do not stop a negation or booster before them.  ``words`` holds both kinds (every
    word whose valence differs from the stock lexicon's).
    """
    analyzer = vs.SentimentIntensityAnalyzer()
    domain = read_domain(domain_path)
    lexicon = {**analyzer.lexicon, **domain.valences}  # private copy, stock untouched
    for word in domain.neutral:
        lexicon.pop(word, None)
    analyzer.lexicon = lexicon
    return DomainVader(analyzer, frozenset(domain.valences) | domain.neutral)


def domain_analyzer(domain_path: str | None = None) -> vs.SentimentIntensityAnalyzer:
    """The analyzer of :func:`domain_vader` (stock lexicon plus the domain valences)."""
    return domain_vader(domain_path).analyzer


def vader_compound(text: str) -> float:
    """Stock vaderSentiment compound of ``text`` (no masking)."""
    return stock_analyzer().polarity_scores(text)["compound"]


# ------------------------------------------------------------------------------------------ the words
@dataclass
class SentiWords:
    """What the package's ``SentiText`` holds: its words (punctuation stripped) and the all-caps flag."""

    words_and_emoticons: list[str]
    is_cap_diff: bool


def bare_word(token: str) -> str:
    """The word VADER keeps of a whitespace token (``SentiText._strip_punc_if_word``).

    A word loses its leading and trailing ASCII punctuation unless fewer than three characters would be
    left (then it is kept whole: an emoticon such as ":)").
    """
    bare = token.strip(string.punctuation)
    return token if len(bare) <= 2 else bare


def senti_words(text: str) -> SentiWords:
    """``SentiText(text)`` without the object: the same split, strip and all-caps test."""
    words = list(map(bare_word, text.split()))
    n, caps = len(words), sum(map(str.isupper, words))
    return SentiWords(words, 0 < n - caps < n)


def vader_text(analyzer, text: str) -> str:
    """The text VADER scores: emojis spelt out, then stripped (the first steps of ``polarity_scores``).

    Emojis are not ASCII, and neither is ``MASK_TOKEN`` (which holds no emoji character: tested), so a
    masked text that is ASCII once its mask tokens are removed has no emoji: the cheap tests go first.
    """
    if not text.isascii() and not text.replace(MASK_TOKEN, "").isascii():
        emojis = analyzer.emojis
        if any(ch in emojis for ch in text):
            out, prev_space = [], True
            for ch in text:
                if ch in emojis:
                    if not prev_space:
                        out.append(" ")
                    out.append(emojis[ch])
                    prev_space = False
                else:
                    out.append(ch)
                    prev_space = ch == " "
            text = "".join(out)
    return text.strip()


# ------------------------------------------------------------------------------------------ the rules
# VADER's word-level rules, one function each, in the order ``sentiment_valence`` applies them.  They are
# the package's rules (``scalar_inc_dec``, ``_negation_check``, ``_special_idioms_check``,
# ``_least_check``) with its constants, tests and floating-point operations, written over the
# lower-cased words of the sentence computed once: the package rebuilds that list inside every rule call
# for every lexicon word, which makes long sentences (UN speeches) quadratic.  Measured on 120 UN
# speeches: handing those words to the package's ``sentiment_valence`` instead costs about 10 % of the
# whole pipeline's time.  ``tests/test_sentiment.py`` compares :func:`word_valence` with the package's
# method word by word, and :func:`vader_pair` with ``polarity_scores`` on the validation sets, the
# corpora and random word soups.


def no_rule(valence: float, low: list[str], lexicon: dict, i: int) -> float:
    """"no" before a lexicon word is not scored itself; a word one or two after "no" (or three, after
    "no ... or/nor") takes the lexicon valence times ``N_SCALAR``: "no good" ➝ good × −0.74."""
    if low[i] == "no" and i != len(low) - 1 and low[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
    ):
        valence = lexicon[low[i]] * vs.N_SCALAR
    return valence


def caps_rule(valence: float, word: str, cap_diff: bool) -> float:
    """A word in ALL CAPS among words that are not gets ``C_INCR`` more weight: "GREAT news"."""
    if word.isupper() and cap_diff:
        return valence + vs.C_INCR if valence > 0 else valence - vs.C_INCR
    return valence


def booster_rule(valence: float, words: list[str], low: list[str], cap_diff: bool, i: int, k: int) -> float:
    """The booster ``k + 1`` words back (``scalar_inc_dec``), damped by 0.95 two back and 0.9 three
    back: "very good", "extremely bad" (a booster in caps weighs ``C_INCR`` more)."""
    prev_low = low[i - (k + 1)]
    if prev_low not in vs.BOOSTER_DICT:
        return valence + 0.0  # the package adds a scalar of 0.0 here, which turns a -0.0 into 0.0
    scalar = vs.BOOSTER_DICT[prev_low]
    if valence < 0:
        scalar *= -1
    if words[i - (k + 1)].isupper() and cap_diff:
        scalar = scalar + vs.C_INCR if valence > 0 else scalar - vs.C_INCR
    if k == 1:
        scalar = scalar * 0.95
    elif k == 2:
        scalar = scalar * 0.9
    return valence + scalar


def _negated(word: str) -> bool:
    return word in vs.NEGATE or "n't" in word


def negation_rule(valence: float, low: list[str], i: int, k: int) -> float:
    """A negation ``k + 1`` words back multiplies by ``N_SCALAR`` ("not good"); "never so/this" boosts
    by 1.25 instead and "without doubt" is no negation (``_negation_check``)."""
    if k == 0:
        return valence * vs.N_SCALAR if _negated(low[i - 1]) else valence
    if k == 1:
        if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
            return valence * 1.25
        if low[i - 2] == "without" and low[i - 1] == "doubt":
            return valence
        return valence * vs.N_SCALAR if _negated(low[i - 2]) else valence
    if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in ("so", "this"):
        return valence * 1.25
    if low[i - 3] == "without" and "doubt" in (low[i - 2], low[i - 1]):
        return valence
    return valence * vs.N_SCALAR if _negated(low[i - 3]) else valence


def idiom_rule(valence: float, low: list[str], i: int) -> float:
    """VADER's idioms around the word replace its valence ("the bomb", "cut the mustard"), and a
    multi-word booster before it adds ("kind of") (``_special_idioms_check``; only for ``i > 2``)."""
    if IDIOM_WORDS.isdisjoint(low[i - 3 : i + 1]) and low[i - 2] not in BOOSTER_PHRASE_WORDS:
        return valence  # no idiom or booster phrase can hold these words
    special, last = vs.SPECIAL_CASES, len(low) - 1
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if last > i and f"{low[i]} {low[i + 1]}" in special:
        valence = special[f"{low[i]} {low[i + 1]}"]
    if last > i + 1 and f"{low[i]} {low[i + 1]} {low[i + 2]}" in special:
        valence = special[f"{low[i]} {low[i + 1]} {low[i + 2]}"]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in vs.BOOSTER_DICT:
            valence = valence + vs.BOOSTER_DICT[n_gram]
    return valence


def least_rule(valence: float, low: list[str], lexicon: dict, i: int) -> float:
    """"least" before the word negates it ("least helpful"), but not "at least" or "very least"."""
    if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
        if low[i - 2] != "at" and low[i - 2] != "very":
            valence = valence * vs.N_SCALAR
    elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
        valence = valence * vs.N_SCALAR
    return valence


def rule_valence(lexicon: dict, words: list[str], low: list[str], cap_diff: bool, i: int) -> float:
    """The valence of lexicon word ``i`` after every word-level rule, in the package's order.

    Plain version: ``analyzer.sentiment_valence(0, senti, words[i], i, [])[0]``.
    """
    valence = no_rule(lexicon[low[i]], low, lexicon, i)
    valence = caps_rule(valence, words[i], cap_diff)
    for k in range(3):
        if i > k and low[i - (k + 1)] not in lexicon:
            valence = booster_rule(valence, words, low, cap_diff, i, k)
            valence = negation_rule(valence, low, i, k)
            if k == 2:
                valence = idiom_rule(valence, low, i)
    return least_rule(valence, low, lexicon, i)


def word_valence(analyzer, senti: SentiWords, low: list[str], i: int) -> float:
    """The valence of lexicon word ``i`` after VADER's word-level rules (before "but").

    Plain version: ``analyzer.sentiment_valence(0, senti, senti.words_and_emoticons[i], i, [])[0]``.
    Nine words in ten have no rule word (:data:`RULE_WORDS`) among the three before them: then only the
    all-caps rule and the idioms can apply; every other word goes through :func:`rule_valence`.
    """
    lexicon = analyzer.lexicon
    w = low[i]
    valence = lexicon[w]
    before = low[i - 3 : i] if i > 2 else low[:i]
    if valence == 0 or w == "no" or not RULE_WORDS.isdisjoint(before) or "n't" in " ".join(before):
        return rule_valence(lexicon, senti.words_and_emoticons, low, senti.is_cap_diff, i)
    valence = caps_rule(valence, senti.words_and_emoticons[i], senti.is_cap_diff)
    if i > 2 and low[i - 3] not in lexicon:
        valence = idiom_rule(valence, low, i)
    return valence


def raw_valences(analyzer, senti: SentiWords, low: list[str], positions, base=None) -> list[float]:
    """VADER's per-word valences after its word-level rules, before the "but" rule.

    The loop of ``polarity_scores``: words outside the lexicon, boosters and the "kind" of "kind of" get
    0; every other word goes through :func:`word_valence`.  Only the words at ``positions`` are computed;
    the others keep their value in ``base`` (a copy) or 0.
    """
    lexicon = analyzer.lexicon
    last = len(low) - 1
    valences = list(base) if base is not None else [0] * len(low)
    for i in positions:
        w = low[i]
        if w not in lexicon or w in vs.BOOSTER_DICT or (w == "kind" and i < last and low[i + 1] == "of"):
            valences[i] = 0
        else:
            valences[i] = word_valence(analyzer, senti, low, i)
    return valences


def compound(analyzer, valences: list[float], senti: SentiWords, text: str) -> float:
    """The package's "but" rule (``_but_check``) and ``score_valence(...)["compound"]``."""
    if "but" in map(str.lower, senti.words_and_emoticons):
        valences = analyzer._but_check(senti.words_and_emoticons, list(valences))
    return analyzer.score_valence(valences, text)["compound"]


def vader_valences(analyzer, text: str) -> tuple[str, SentiWords, list[float]]:
    """(the text as scored, its words, each word's valence after all VADER's rules, "but" included)."""
    prepared = vader_text(analyzer, text)
    senti = senti_words(prepared)
    low = [w.lower() for w in senti.words_and_emoticons]
    raw = raw_valences(analyzer, senti, low, range(len(low)))
    if "but" in low:
        raw = analyzer._but_check(senti.words_and_emoticons, raw)
    return prepared, senti, raw


@dataclass
class VaderPass:
    """One tokenisation of a text scored with both lexicons (:func:`vader_pass`).

    ``raw`` and ``raw_domain`` are the words' valences after VADER's word-level rules, before "but";
    ``stock`` is the stock compound; ``raw_domain`` is ``raw`` itself when no domain word occurs.
    """

    prepared: str
    senti: SentiWords
    low: list[str]
    raw: list[float]
    stock: float
    raw_domain: list[float]
    domain_differs: bool
    tokens: list[str]  # the whitespace tokens of ``prepared`` (one per word)


def vader_pass(text: str, domain_path: str | None = None) -> VaderPass | None:
    """The stock and domain valences of ``text``'s words from one tokenisation (None: no words).

    A word's valence depends on the lexicon only for the word itself, the three words before it and,
    for "no", the word after it; so after the stock pass only the domain words, the three words after
    each and a "no" just before one are recomputed with the domain lexicon.
    """
    stock = stock_analyzer()
    prepared = vader_text(stock, text)
    tokens = prepared.split()
    if not tokens:
        return None
    words = list(map(bare_word, tokens))
    low = [w.lower() for w in words]
    n, caps = len(words), sum(map(str.isupper, words))
    senti = SentiWords(words, 0 < n - caps < n)
    positions = list(compress(range(n), map(stock.lexicon.__contains__, low)))
    raw = raw_valences(stock, senti, low, positions) if positions else [0] * n
    v = compound(stock, raw, senti, prepared) if positions else 0.0
    domain = domain_vader(domain_path)
    if domain.words.isdisjoint(low):
        return VaderPass(prepared, senti, low, raw, v, raw, False, tokens)
    affected = set()
    for i in compress(range(n), map(domain.words.__contains__, low)):
        affected.update(range(i, min(i + 4, n)))
        if i > 0 and low[i - 1] == "no":
            affected.add(i - 1)
    raw_d = raw_valences(domain.analyzer, senti, low, sorted(affected), raw)
    return VaderPass(prepared, senti, low, raw, v, raw_d, True, tokens)


def vader_pair(text: str, domain_path: str | None = None) -> tuple[float, float]:
    """(stock compound, domain compound) of ``text``, from one tokenisation (:func:`vader_pass`).

    Plain version: ``(stock_analyzer().polarity_scores(text)["compound"],
    domain_analyzer(domain_path).polarity_scores(text)["compound"])``, the same numbers.  The text is
    split and lower-cased once.  A text without a stock lexicon word scores 0.0.  The diplomatic layer
    (:mod:`helpers.sentiment.diplomatic`) is not applied here: this is VADER itself.
    """
    p = vader_pass(text, domain_path)
    if p is None:
        return 0.0, 0.0  # no words: the package's compound is 0.0
    if not p.domain_differs:
        return p.stock, p.stock  # no domain word: the two lexicons agree on every word of the text
    return p.stock, compound(domain_vader(domain_path).analyzer, p.raw_domain, p.senti, p.prepared)
