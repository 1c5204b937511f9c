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
and random word soups).  Every rule of
VADER is the package's own method (``sentiment_valence``, ``_but_check``, ``score_valence``); the one
shortcut, for a word with no rule word before it, is :func:`word_valence`.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from vaderSentiment import vaderSentiment as vs

from ..lexicons.sentiment import load_domain
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
    """VADER with ``lexicons/sentiment_domain.yaml`` (or the user's file) over the stock lexicon."""
    analyzer = vs.SentimentIntensityAnalyzer()
    domain = load_domain(domain_path)
    analyzer.lexicon = {**analyzer.lexicon, **domain}  # private copy, stock untouched
    return DomainVader(analyzer, frozenset(domain))


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
def word_valence(analyzer, senti: SentiWords, low: list[str], i: int) -> float:
    """The valence of lexicon word ``i`` after VADER's word-level rules (before "but").

    Plain version: ``analyzer.sentiment_valence(0, senti, senti.words_and_emoticons[i], i, [])[0]``, the
    package's method, which runs every rule (``scalar_inc_dec``, ``_negation_check``,
    ``_special_idioms_check``, ``_least_check``) and rebuilds the lower-cased word list in each.  Nine
    words in ten have no rule word (:data:`RULE_WORDS`) among the three before them and can be in no
    idiom: then the only rule that applies is the all-caps one, done here; every other word goes to
    the package's method.  Measured on 40 UN speeches: sending every word to the package's method
    costs about 11 % of the whole pipeline's time more.  (A full re-implementation of the rules saved
    another 8-9 % and was dropped: below the 10 % that would justify keeping a copy of the package's
    rules.)  ``tests/test_sentiment.py`` checks the result against ``polarity_scores`` on random word
    soups, the validation sentences and the corpora.
    """
    lexicon = analyzer.lexicon
    w = low[i]
    valence = lexicon[w]
    before = low[i - 3 : i] if i > 2 else low[:i]
    if (
        valence == 0
        or w == "no"
        or not RULE_WORDS.isdisjoint(before)
        or "n't" in " ".join(before)
        or (
            i > 2
            and low[i - 3] not in lexicon
            and (not IDIOM_WORDS.isdisjoint(low[i - 3 : i + 1]) or low[i - 2] in BOOSTER_PHRASE_WORDS)
        )
    ):
        return analyzer.sentiment_valence(0, senti, senti.words_and_emoticons[i], i, [])[0]
    if senti.is_cap_diff and senti.words_and_emoticons[i].isupper():  # ALL CAPS among other words
        valence = valence + vs.C_INCR if valence > 0 else valence - vs.C_INCR
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


def vader_pair(text: str, domain_path: str | None = None) -> tuple[float, float]:
    """(stock compound, domain compound) of ``text``, from one tokenisation.

    Plain version: ``(stock_analyzer().polarity_scores(text)["compound"],
    domain_analyzer(domain_path).polarity_scores(text)["compound"])``, the same numbers.  The text is
    split and lower-cased once.  A word's valence depends on the lexicon
    only for the word itself, the three words before it and, for "no", the word after it; so after
    the stock pass only the domain words, the three words after each and a "no" just before one are
    recomputed with the domain lexicon.  A text without a stock lexicon word scores 0.0.
    """
    stock = stock_analyzer()
    prepared = vader_text(stock, text)
    tokens = prepared.split()
    if not tokens:
        return 0.0, 0.0  # no words: the package's compound is 0.0
    words = list(map(bare_word, tokens))
    low = [w.lower() for w in words]
    n, caps = len(words), sum(map(str.isupper, words))
    senti = SentiWords(words, 0 < n - caps < n)
    positions = list(compress(range(n), map(stock.lexicon.__contains__, low)))
    raw = raw_valences(stock, senti, low, positions) if positions else [0] * n
    v = compound(stock, raw, senti, prepared) if positions else 0.0
    domain = domain_vader(domain_path)
    if domain.words.isdisjoint(low):
        return v, v  # no domain word: the two lexicons agree on every word of the text
    affected = set()
    for i in compress(range(n), map(domain.words.__contains__, low)):
        affected.update(range(i, min(i + 4, n)))
        if i > 0 and low[i - 1] == "no":
            affected.add(i - 1)
    raw_d = raw_valences(domain.analyzer, senti, low, sorted(affected), raw)
    return v, compound(domain.analyzer, raw_d, senti, prepared)
