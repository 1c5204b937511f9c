"""Sentence and statement sentiment: two offline scorers, entity masking, a calibrated label, explanations.

Scorers
-------
* **VADER** — the ``vaderSentiment`` package (3.3.x), its own ``SentimentIntensityAnalyzer`` and the
  ``vader_lexicon.txt`` shipped inside the package (read from the package folder; nothing downloads).
  We use the package rather than ``nltk.sentiment.vader`` because it is the reference implementation of
  Hutto & Gilbert (2014), it needs no NLTK data path, and NLTK's port differs from it on a few per cent
  of sentences (negation and punctuation handling): one implementation, named, everywhere.
  The per-word rule pass is re-implemented here (:func:`_word_valence`: the package's constants and
  tests in the package's order, with the lower-cased words computed once per sentence instead of once
  per rule call) so that it can report each word's valence for :func:`explain` and run at corpus speed;
  the package's own ``_but_check`` and ``score_valence`` finish the job.  The compound is identical to
  ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]`` — tested on all ~26,000 validation
  sentences, the shared corpora and random word soups.
* **TextBlob** — ``PatternAnalyzer`` (the pattern library's adjective lexicon bundled with TextBlob).
  Its polarity is computed by :func:`helpers._pattern.polarity`, a re-implementation of what the
  ``textblob.en.sentiment`` object (the one ``TextBlob(text).sentiment`` calls) does for a string, on
  the package's own lexicon and constants, about six times faster; it is bit-for-bit equal to TextBlob
  on every one of the 208,304 sentences of the shared corpora (``benchmarks/bench_pattern.py --all``)
  and in ``tests/test_pattern.py``.  :func:`explain` itemises TextBlob's own assessments.
* **score** — the project's recommended score, −1..1: VADER's algorithm run on the masked text with the
  stock lexicon plus the documented news/diplomacy valences of ``lexicons/sentiment_domain.yaml``,
  combined with TextBlob according to ``lexicons/sentiment_calibration.json`` (weights, neutral band and
  the held-out figures that justify them; reproduced by ``benchmarks/calibrate_sentiment.py``).
  ``label`` is ``negative`` below the band, ``positive`` above it, ``neutral`` inside it (the band is
  inclusive).

Masking (neutralising names, titles and institutions)
-----------------------------------------------------
"The United Nations Security Council met on Tuesday." scores +0.64 in stock VADER ("united", "security").
Before scoring, :func:`mask` replaces with the neutral placeholder ``MASK_TOKEN``:

1. spans the caller knows are entities (e.g. speaker mentions from :mod:`helpers.speakers`);
2. the phrases of ``lexicons/sentiment_neutralise.txt`` (institutions and titles that contain lexicon
   words: "White House", "Foreign Ministry", "Defense Secretary", "prime minister"), case-insensitive;
3. capitalised proper-noun sequences ("Kremlin Spokesman Dmitry Peskov", "NATO", "U.S."), joined over
   "of/for/and/the/..." when a capitalised word follows. A capitalised word that only opens a sentence
   (or a quotation) is not taken for a name unless a capitalised word follows and it is not a function
   word; text in Title Case or ALL CAPS (a headline) skips this step.  A run that contains a sentiment
   word is masked only when it also contains an institution/title head noun from
   ``lexicons/sentiment_entity_heads.txt`` ("Justice Ministry" yes, "Happy Birthday" no): masking every
   capitalised run cost stock VADER 0.07 of correlation with people on the human-rated tweets.

Tables
------
``score_sentences(texts)`` columns, in order:
  ``text`` (input), ``masked`` (the text as scored), ``n_masked`` (spans replaced), ``vader`` (stock
  VADER compound on the masked text), ``textblob`` (PatternAnalyzer polarity on the masked text; NaN when
  ``textblob=False``), ``vader_domain`` (VADER with the domain valences), ``score``, ``label``.

``explain(text)`` columns: ``scorer`` (vader / vader_domain / textblob / masked), ``position`` (word
  index in the scorer's own tokenisation), ``word``, ``lexicon`` (the word's valence in the lexicon, NaN
  if it has none), ``valence`` (after the scorer's rules: boosters, negation, "but", caps), ``contribution``
  (share of the final number: VADER's compound split in proportion to the valences; TextBlob's polarity
  is a plain mean so each assessment contributes polarity/n), ``note``.

``score_statements(article)`` columns: ``statement_id, speaker, kind, sentence_id, start, end, text,
  masked, n_masked, vader, textblob, vader_domain, score, label`` — one row per statement of
  :func:`helpers.statements.statements`, scoring its content span only (not "X said"); ``start``/``end``
  index ``article.text``.  Unattributed body sentences are added with ``speaker == NARRATOR`` and
  ``kind == "narration"`` when ``narrator=True``.

``speaker_sentiment(article)`` columns: ``speaker, n_statements, too_few`` (fewer than ``min_statements``,
  default 3: means of one or two statements are not a description of how someone sounds), then for each
  of ``vader, textblob, score``: ``<s>_mean, <s>_median, <s>_ci_low, <s>_ci_high`` (percentile bootstrap
  95 % interval of the mean, ``n_boot`` resamples, fixed ``seed``; NaN with a single statement), then
  ``share_negative, share_neutral, share_positive`` (of ``label``).  One row per speaker, most statements
  first, the narrator last.

``agreement(table)`` → dict of Pearson and Spearman correlations between scorers; ``confusion(table)``
  → label cross-table (rows: VADER labels, columns: TextBlob labels, both with the calibrated band).
"""

from __future__ import annotations

import bisect
import json
import math
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

from helpers import _pattern
from helpers.errors import InputError
from helpers.spans import merge_intervals
from helpers.tables import column_list as _column_list
from helpers.tables import column_numpy as _column_numpy
from helpers.tables import from_arrays, str_array_maker

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
NEUTRALISE_FILE = LEXICON_DIR / "sentiment_neutralise.txt"
DOMAIN_FILE = LEXICON_DIR / "sentiment_domain.yaml"
CALIBRATION_FILE = LEXICON_DIR / "sentiment_calibration.json"
HEADS_FILE = LEXICON_DIR / "sentiment_entity_heads.txt"

#: What a masked span becomes. Not in either lexicon, not upper case (VADER's ALL-CAPS rule ignores it).
MASK_TOKEN = "⟨ent⟩"
#: The speaker name given to unattributed body sentences.
NARRATOR = "(narrator)"
LABELS = ("negative", "neutral", "positive")
SCORE_COLUMNS = ["text", "masked", "n_masked", "vader", "textblob", "vader_domain", "score", "label"]
EXPLAIN_COLUMNS = ["scorer", "position", "word", "lexicon", "valence", "contribution", "note"]

# Used only when no calibration file is present (a fresh checkout before calibration): VADER's own
# recommended ±0.05 band on the domain VADER score alone.
_FALLBACK_CALIBRATION = {"weights": {"vader_domain": 1.0, "textblob": 0.0}, "neutral_band": [-0.05, 0.05]}

# Words that open sentences without being names (a capitalised run starting with one of them keeps it).
_FUNCTION_WORDS = frozenset(
    """
    a an the this that these those there here it its he she they we you i his her their our your my
    me him them us who whom whose what which why how when where whether while if unless until
    because since as though although but and or nor so yet for of in on at to by from with without
    within into onto upon over under after before during despite about above below between among
    against through throughout across along around behind beyond toward towards near off out up down
    not no yes all any both each either neither every few many more most much other some such only
    also still even just now then today yesterday tomorrow tonight later earlier meanwhile however
    moreover furthermore besides nevertheless nonetheless instead indeed thus therefore hence
    otherwise finally first second third last next previously apart according speaking asked
    commenting answering following citing addressing responding notably separately similarly
    likewise overall again already once soon perhaps maybe probably certainly clearly obviously
    apparently reportedly allegedly is are was were be been being do does did have has had will
    would shall should can could may might must let please
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_CONNECTORS = frozenset("of for and the de del da di du von van der den al el bin ibn la le on in".split())  # noqa: SIM905
_OPENERS = set("\"“‘'([{«—–-:;.!?…\n")


@dataclass(frozen=True)
class MaskSpan:
    """One masked stretch of a text: offsets into that text, the words, and why it was masked."""

    start: int
    end: int
    text: str
    kind: str  # "given" | "lexicon" | "proper"


# --------------------------------------------------------------------------------------------- lexicons
def _read_lines(path: Path) -> list[str]:
    from helpers.lexicons import parse_list, read_text_file

    return [" ".join(line.lower().split()) for line in parse_list(read_text_file(path, "sentiment lexicon"))]


@lru_cache(maxsize=8)
def load_neutralise(path: str | None = None) -> tuple[str, ...]:
    """The neutraliser phrases (lower case), longest first; ``path`` replaces the project's file."""
    phrases = set(_read_lines(Path(path) if path else NEUTRALISE_FILE))
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=8)
def load_heads(path: str | None = None) -> frozenset[str]:
    """Institution and title head nouns (lower case); ``path`` replaces the project's file."""
    return frozenset(_read_lines(Path(path) if path else HEADS_FILE))


@lru_cache(maxsize=8)
def load_domain(path: str | None = None) -> dict[str, float]:
    """Domain valences (VADER scale −4..4): ``add`` and ``override`` merged; ``path`` replaces the file."""
    import yaml

    from helpers.lexicons import read_text_file

    file = Path(path) if path else DOMAIN_FILE
    try:
        data = yaml.safe_load(read_text_file(file, "domain lexicon")) or {}
    except yaml.YAMLError:
        raise InputError(
            "domain lexicon is not valid YAML", path=file, hint="see sentiment_domain.yaml"
        ) from None
    if not isinstance(data, dict):
        raise InputError("domain lexicon must map add/override to word: valence", path=file)
    out: dict[str, float] = {}
    for section in ("add", "override"):
        for word, value in (data.get(section) or {}).items():
            try:
                v = float(value)
            except (TypeError, ValueError):
                raise InputError(f"valence of {word!r} is not a number", path=file) from None
            if not -4.0 <= v <= 4.0:
                raise InputError(f"valence of {word!r} is outside -4..4", path=file)
            out[str(word).lower()] = v
    return out


@lru_cache(maxsize=8)
def load_calibration(path: str | None = None) -> dict:
    """The calibration record: ``weights`` (vader_domain, textblob), ``neutral_band`` and the figures."""
    file = Path(path) if path else CALIBRATION_FILE
    if not file.is_file():
        if path:
            raise InputError("calibration file not found", path=file)
        return dict(_FALLBACK_CALIBRATION)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        lo, hi = (float(x) for x in data["neutral_band"])
        {k: float(v) for k, v in data["weights"].items()}
    except (ValueError, KeyError, TypeError):
        raise InputError("calibration file lacks weights/neutral_band", path=file) from None
    if not lo <= hi:
        raise InputError("neutral band is reversed", path=file)
    return data


# -------------------------------------------------------------------------------------------- scorers
@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=8)
def _vader_domain(domain_path: str | None = None):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {**analyzer.lexicon, **load_domain(domain_path)}  # private copy, stock untouched
    return analyzer


@lru_cache(maxsize=1)
def _textblob():
    from textblob.en import sentiment  # the object PatternAnalyzer calls

    return sentiment


@lru_cache(maxsize=4)
def _emoji_chars(analyzer) -> frozenset[str]:
    """The characters the package would spell out (its loop looks at one character at a time)."""
    return frozenset(k for k in analyzer.emojis if len(k) == 1)


class _SentiWords(NamedTuple):
    """What the package's ``SentiText`` holds: its words (punctuation stripped) and the all-caps flag."""

    words_and_emoticons: list[str]
    is_cap_diff: bool


def _senti_words(text: str) -> _SentiWords:
    """``SentiText(text)`` without the object: the same split, strip and all-caps test, in one pass each.

    A word loses its leading and trailing ASCII punctuation unless fewer than three characters would be
    left (then it is kept whole: an emoticon such as ":)"); ``is_cap_diff`` is true when some but not all
    words are in capitals.
    """
    words = list(map(_BARE_WORDS.__getitem__, text.split()))
    n, caps = len(words), sum(map(str.isupper, words))
    return _SentiWords(words, 0 < n - caps < n)


_ASCII_PUNCT = string.punctuation


class _BareWords(dict):
    """Each whitespace-separated token → the word VADER keeps of it (see :func:`_senti_words`).

    Filled as tokens are met (a dictionary look-up is cheaper than the strip per token); emptied when it
    reaches 100,000 tokens, so its memory stays bounded on any corpus.
    """

    def __missing__(self, token: str) -> str:
        if len(self) >= 100_000:
            self.clear()
        bare = token.strip(_ASCII_PUNCT)
        word = self[token] = token if len(bare) <= 2 else bare
        return word


_BARE_WORDS = _BareWords()


def _vader_prepare(analyzer, text: str):
    """The text VADER scores (emojis spelt out, stripped) and its words, as ``polarity_scores`` has them."""
    text = _vader_text(analyzer, text)
    return text, _senti_words(text)


def _vader_text(analyzer, text: str) -> str:
    """The text VADER scores: emojis spelt out, then stripped (the first steps of ``polarity_scores``).

    Emojis are not ASCII, and neither is ``MASK_TOKEN`` (which holds no emoji character: tested), so a
    masked text that is ASCII once its mask tokens are removed has no emoji: the cheap tests go first.
    """
    if (
        not text.isascii()
        and not text.replace(MASK_TOKEN, "").isascii()
        and not _emoji_chars(analyzer).isdisjoint(text)
    ):
        emojis, out, prev_space = analyzer.emojis, [], True
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


@lru_cache(maxsize=1)
def _vader_constants():
    from vaderSentiment import vaderSentiment as vs

    return vs.BOOSTER_DICT, vs.N_SCALAR, vs.C_INCR, frozenset(vs.NEGATE), vs.SPECIAL_CASES


@lru_cache(maxsize=1)
def _phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of VADER's idioms (``SPECIAL_CASES``) and of its multi-word boosters ("kind of").

    A word sequence can only be an idiom, or a multi-word booster, when each of its words is one of
    these: a word outside them lets :func:`_word_valence` skip building the sequences to look up.
    """
    booster, _, _, _, special = _vader_constants()
    idioms = frozenset(w for key in special for w in key.split())
    phrases = frozenset(w for key in booster if " " in key for w in key.split())
    return idioms, phrases


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[str]:
    """Words that trigger a rule of :func:`_word_valence` when among the three words before a word.

    Boosters, negations, "no", "never", "without", "so", "this" and "least"; a word containing "n't" is a
    negation too (tested apart).  Idioms are not rules of this kind: :func:`_idiom_rules` runs anyway.
    """
    booster, _, _, negate, _ = _vader_constants()
    return frozenset(booster) | negate | {"no", "never", "without", "so", "this", "least"}


def _idiom_rules(valence: float, low: list[str], i: int) -> float:
    """The package's ``_special_idioms_check`` and the multi-word boosters before word ``i`` (``i > 2``)."""
    booster, _, _, _, special = _vader_constants()
    # every sequence built here holds word i-1, i-2, i-3 or i, and every booster n-gram holds word i-2;
    # with none of them possible, skip both
    idioms, phrases = _phrase_words()
    if idioms.isdisjoint(low[i - 3 : i + 1]) and low[i - 2] not in phrases:
        return valence
    last = len(low) - 1
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if last > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if last > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


def _word_valence(lexicon: dict, words: list[str], low: list[str], cap_diff: bool, i: int) -> float:
    """The valence of lexicon word ``i`` after VADER's word-level rules (before "but").

    A re-implementation of ``SentimentIntensityAnalyzer.sentiment_valence`` and the rule helpers it
    calls (``scalar_inc_dec``, ``_negation_check``, ``_special_idioms_check``, ``_least_check``) with the
    package's own constants, the same tests in the same order and the same floating-point operations,
    but with the lower-cased words computed once per sentence instead of once per rule call (the package
    rebuilds that list for every lexicon word, which made long sentences quadratic).  Nine words in ten
    have no rule word (:func:`_rule_words`) among the three before them: they go straight to the
    all-caps and idiom rules.  Equality with the package is tested on every validation sentence, the
    corpora and random word soups.
    """
    booster, n_scalar, c_incr, negate, _ = _vader_constants()
    item, w = words[i], low[i]
    last = len(words) - 1
    valence = lexicon[w]
    # The common case: the word is not "no" and none of the three words before it is a rule word
    # (:func:`_rule_words`).  Then no rule below changes the valence (the loop only adds scalars of 0.0,
    # which change no non-zero number) but the all-caps one and the idioms, run as below.
    if valence != 0 and w != "no":
        before = low[i - 3 : i] if i > 2 else low[:i]
        if _rule_words().isdisjoint(before) and "n't" not in " ".join(before):
            if item.isupper() and cap_diff:
                if valence > 0:
                    valence += c_incr
                else:
                    valence -= c_incr
            if i > 2 and low[i - 3] not in lexicon:
                idioms, phrases = _phrase_words()  # _idiom_rules' own first test, saving the call
                if not idioms.isdisjoint(low[i - 3 : i + 1]) or low[i - 2] in phrases:
                    valence = _idiom_rules(valence, low, i)
            return valence
    if w == "no" and i != last and low[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
    ):
        valence = lexicon[w] * n_scalar
    if item.isupper() and cap_diff:
        if valence > 0:
            valence += c_incr
        else:
            valence -= c_incr
    for start_i in range(3):
        if i > start_i and low[i - (start_i + 1)] not in lexicon:
            prev, prev_low = words[i - (start_i + 1)], low[i - (start_i + 1)]
            scalar = 0.0
            if prev_low in booster:  # scalar_inc_dec
                scalar = booster[prev_low]
                if valence < 0:
                    scalar *= -1
                if prev.isupper() and cap_diff:
                    if valence > 0:
                        scalar += c_incr
                    else:
                        scalar -= c_incr
            if start_i == 1 and scalar != 0:
                scalar = scalar * 0.95
            if start_i == 2 and scalar != 0:
                scalar = scalar * 0.9
            valence = valence + scalar
            # _negation_check
            if start_i == 0:
                if low[i - 1] in negate or "n't" in low[i - 1]:
                    valence = valence * n_scalar
            elif start_i == 1:
                if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                    valence = valence * 1.25
                elif low[i - 2] == "without" and low[i - 1] == "doubt":
                    pass
                elif low[i - 2] in negate or "n't" in low[i - 2]:
                    valence = valence * n_scalar
            else:
                if (low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this")) or (
                    low[i - 1] == "so" or low[i - 1] == "this"
                ):
                    valence = valence * 1.25
                elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                    pass
                elif low[i - 3] in negate or "n't" in low[i - 3]:
                    valence = valence * n_scalar
                valence = _idiom_rules(valence, low, i)
    # _least_check
    if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
        if low[i - 2] != "at" and low[i - 2] != "very":
            valence = valence * n_scalar
    elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
        valence = valence * n_scalar
    return valence


def _vader_raw(analyzer, sentitext, positions=None, base=None, low=None) -> list[float]:
    """VADER's per-word valences after its word-level rules, before the "but" rule.

    The loop of ``SentimentIntensityAnalyzer.polarity_scores``: words outside the lexicon, boosters and
    "kind" of "kind of" get 0; every other word goes through :func:`_word_valence`.  ``positions``
    computes only those words (the lexicon words when not given), the others keep their value in
    ``base`` (a copy) or 0; ``low`` is the lower-cased words when the caller has them (see
    :func:`_vader_pair`).
    """
    booster = _vader_constants()[0]
    lexicon = analyzer.lexicon
    words = sentitext.words_and_emoticons
    if low is None:
        low = [w.lower() for w in words]
    cap_diff = sentitext.is_cap_diff
    last = len(words) - 1
    valences = list(base) if base is not None else [0] * len(words)
    if positions is None:  # only lexicon words can have a valence; every other word keeps 0
        positions = [i for i, w in enumerate(low) if w in lexicon]
    for i in positions:
        w = low[i]
        if w not in lexicon or w in booster or (w == "kind" and i < last and low[i + 1] == "of"):
            valences[i] = 0
            continue
        valences[i] = _word_valence(lexicon, words, low, cap_diff, i)
    return valences


def _vader_valences(analyzer, sentitext) -> list[float]:
    """VADER's per-word valences after all its rules, "but" included (``score_valence`` sums them)."""
    return analyzer._but_check(sentitext.words_and_emoticons, _vader_raw(analyzer, sentitext))


class _LowWords(dict):
    """Each whitespace-separated token → the lower case of the word VADER keeps of it (:func:`_senti_words`).

    Filled as tokens are met, like :class:`_BareWords`; the strings it returns keep their hash, so the
    lexicon look-ups on them cost no hashing.  Emptied when it reaches 100,000 tokens.
    """

    def __missing__(self, token: str) -> str:
        if len(self) >= 100_000:
            self.clear()
        low = self[token] = _BARE_WORDS[token].lower()
        return low


_LOW_WORDS = _LowWords()


def _vader_pair(text: str, domain_path: str | None = None) -> tuple[float, float]:
    """(stock compound, domain compound) of ``text`` with one tokenisation; equal to ``polarity_scores``.

    The rules read the words' lower case (one cached look-up per token, :class:`_LowWords`) and ask
    ``isupper`` of a word: that is asked of the whitespace token instead, which gives the same answer
    (the word is the token with ASCII punctuation stripped, and punctuation has no case).  The words
    themselves are made only for the "but" rule.  A sentence with no word of the stock lexicon has only
    zero valences, so its stock compound is 0.0 (the sum is zero: no "!"/"?" emphasis is added and
    ``normalize(0.0)`` is 0.0) without running the rules.

    A word's valence reads the lexicon for the word itself, for the three words before it (boosters,
    negation and idioms are only looked for among words outside the lexicon) and, for "no", the word
    after it.  So the domain lexicon can only change the valences of its own words, the three words
    after each, and a "no" just before one: only those are recomputed.  The "but" rule then runs on
    the whole list, as in the package.  (Equality with ``polarity_scores`` is tested on the validation
    sets, the corpora and random word soups.)
    """
    stock = _vader()
    prepared = _vader_text(stock, text)
    tokens = prepared.split()
    if not tokens:
        return 0.0, 0.0  # no words: the package's compound is 0.0
    lowered = list(map(_LOW_WORDS.__getitem__, tokens))
    n = len(tokens)
    caps = sum(map(str.isupper, tokens))
    st = _SentiWords(tokens, 0 < n - caps < n)  # tokens for words: see above
    positions = list(compress(range(n), map(stock.lexicon.__contains__, lowered)))
    has_but = "but" in lowered
    words = list(map(_BARE_WORDS.__getitem__, tokens)) if has_but else tokens
    if positions:
        raw = _vader_raw(stock, st, positions, None, lowered)
        v = _compound(stock._but_check(words, list(raw)) if has_but else raw, prepared)
    else:
        raw, v = [0] * n, 0.0
    domain_words = _domain_words(domain_path)
    if domain_words.isdisjoint(lowered):
        return v, v  # no domain word: the two lexicons agree on every word of the text
    hits = compress(range(n), map(domain_words.__contains__, lowered))
    affected = set()
    for i in hits:
        affected.update(range(i, min(i + 4, n)))
        if i > 0 and lowered[i - 1] == "no":
            affected.add(i - 1)
    domain = _vader_domain(domain_path)
    raw_d = _vader_raw(domain, st, sorted(affected), raw, lowered)
    return v, _compound(domain._but_check(words, raw_d) if has_but else raw_d, prepared)


def _compound(valences: list[float], text: str) -> float:
    """``score_valence(valences, text)["compound"]`` of the package, without its pos/neu/neg shares.

    The same operations in the same order: the sum of the valences, the "!" and "?" emphasis added away
    from zero, VADER's normalisation (alpha 15), rounded to 4 places; 0.0 for a text without words.
    """
    if not valences:
        return 0.0
    total = float(sum(valences))
    marks = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    marks += (questions * 0.18 if questions <= 3 else 0.96) if questions > 1 else 0
    if total > 0:
        total += marks
    elif total < 0:
        total -= marks
    return round(_vader_normalize()(total), 4)


@lru_cache(maxsize=1)
def _vader_normalize():
    """The package's ``normalize`` (imported once, not on every :func:`_compound` call)."""
    from vaderSentiment.vaderSentiment import normalize

    return normalize


@lru_cache(maxsize=8)
def _domain_words(domain_path: str | None = None) -> frozenset[str]:
    return frozenset(load_domain(domain_path))


def vader_compound(text: str) -> float:
    """Stock vaderSentiment compound of ``text`` (no masking)."""
    return _vader().polarity_scores(text)["compound"]


def textblob_polarity(text: str) -> float:
    """TextBlob PatternAnalyzer polarity of ``text`` (no masking; :mod:`helpers._pattern`, bit-identical)."""
    return _pattern.polarity(text)


# -------------------------------------------------------------------------------------------- masking
def _trie_alternatives(phrases: Iterable[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(first word, regex) per first word of ``phrases``: each regex matches that word's sequences."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    ends = set()
    for words in phrases:
        if len(words) == 1:
            ends.add(words[0])
        else:
            groups.setdefault(words[0], []).append(words[1:])
    alts = []
    for first in sorted(groups, key=lambda w: (-len(w), w)):
        rest = _trie_pattern(groups[first])
        tail = "?" if first in ends else ""
        alts.append((first, f"{re.escape(first)}(?:[ \\t\\-]+(?:{rest})){tail}"))
        ends.discard(first)
    alts += [(w, re.escape(w)) for w in sorted(ends, key=lambda w: (-len(w), w))]
    return alts


def _trie_pattern(phrases: Iterable[tuple[str, ...]]) -> str:
    """A regex for word sequences, factored by first word (much faster than a flat alternation)."""
    return "|".join(alt for _, alt in _trie_alternatives(phrases))


@lru_cache(maxsize=8)
def _phrase_re(path: str | None = None) -> re.Pattern:
    """The neutraliser phrases as one regex, each phrase bounded by non-word characters on both sides.

    The alternatives are grouped by their first letter, and each group opens with that letter before
    its "no word character before" lookbehind (``x(?<![\\w'’]x)``: the same test, one character later):
    a pattern whose every branch opens with a literal lets the regex engine skip in C to the positions
    where a phrase can start.  The branches of one group keep their order; branches of two groups never
    match at the same position, so the matches are those of the plain ``(?<![\\w'’])(?:trie)`` pattern
    (checked on the shared corpora).  Phrases opening with a character other than a letter or digit
    keep the plain pattern.
    """
    phrases = [tuple(re.split(r"[\s\-]+", p)) for p in load_neutralise(path)]
    alternatives = _trie_alternatives(phrases)
    if all(first[:1].isalnum() and re.escape(first[0]) == first[0] for first, _ in alternatives):
        by_letter: dict[str, list[str]] = {}
        for first, alt in alternatives:
            by_letter.setdefault(first[0], []).append(alt[1:])
        body = "|".join(f"{c}(?<![\\w'’]{c})(?:{'|'.join(rest)})" for c, rest in by_letter.items())
        return re.compile(f"(?:{body})" + r"(?![\w'’])")
    return re.compile(r"(?<![\w'’])(?:" + _trie_pattern(phrases) + r")(?![\w'’])")


@lru_cache(maxsize=8)
def _phrase_keys(path: str | None = None) -> tuple[str, ...]:
    """Words such that every neutraliser phrase contains one of them (a greedy cover, most shared first).

    A phrase can only match where each of its words occurs in the text, so a text that contains none of
    these words (a plain substring test) has no phrase in it and :func:`_phrase_re` need not run.
    """
    left = [tuple(re.split(r"[\s\-]+", p)) for p in load_neutralise(path)]
    keys = []
    while left:
        counts: dict[str, int] = {}
        for words in left:
            for w in set(words):
                counts[w] = counts.get(w, 0) + 1
        key = max(sorted(counts), key=lambda w: (counts[w], len(w)))
        keys.append(key)
        left = [words for words in left if key not in words]
    return tuple(keys)


# candidate capitalised words: a letter that is not a-z opens them (non-ASCII lower case is filtered later).
# Either an initialism ("U.S.", "U.N.": capital, dot, then one or more capital-dot pairs) or a word whose
# first letter follows no word character, apostrophe, hyphen or dot.  The pattern opens with that letter
# class (the lookbehinds come after it) so that the regex engine can skip to candidate letters in C:
# twice as fast as testing both alternatives at every character, and the same matches (checked on every
# sentence of the shared corpora and on random soups of letters and punctuation).  The letter class
# [^\W\d_a-z] is written as the plain ranges [A-Z\x80-\U0010FFFF] (in ASCII the class is A-Z) followed
# by a lookbehind that checks the class on the character just matched: the skip then compares code
# points instead of asking the Unicode database about every character (a third faster, the same matches).
_CAP_RE = re.compile(
    r"[A-Z\x80-\U0010FFFF](?<=[^\W\d_a-z])(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<![\w'’\-.].)[\w'’\-]*)"
)
_GAP_RE = re.compile(r"[ \t]+(?:(?:" + "|".join(sorted(_CONNECTORS)) + r")[ \t]+){0,2}")
_POSSESSIVE_RE = re.compile(r"['’]s$")
_ENDS_SENTENCE = (".", "!", "?", '"', "”", "’", "'", ")", "…", ":")


def _is_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


@lru_cache(maxsize=65536)
def _is_sentiment_word(word: str) -> bool:
    """Whether a word carries valence in stock VADER, the domain list or TextBlob's lexicon."""
    w = _POSSESSIVE_RE.sub("", word).lower()
    if w in _vader().lexicon or w in load_domain():
        return True
    entry = _textblob().get(w) if w.isalpha() else None
    return bool(entry) and any(abs(v[0]) > 0 for v in entry.values())


def _keep_run(words: list[str]) -> bool:
    """A capitalised run is masked unless it has sentiment words and no institution/title head noun."""
    if not any(map(_is_sentiment_word, words)):
        return True
    heads = load_heads()
    return any(w.lower().rstrip(".") in heads for w in words)


def _proper_spans(text: str, head_rule: bool = True) -> list[tuple[int, int]]:
    """Capitalised runs taken for names; see the module docstring for the rules."""
    caps: list[tuple[int, int, str]] = []  # (start, end, word) of each capitalised word
    for m in _CAP_RE.finditer(text):
        # upper case (not a non-ASCII lower-case letter), not the pronoun "I", not after ":", ";" or "="
        # (":D", "=P" are faces, not names)
        word, start = m.group(), m.start()
        if (
            word[0].isupper()
            and word != "I"
            and not word.startswith(("I'", "I’"))
            and not (start > 0 and text[start - 1] in ":;=")
        ):
            caps.append((start, m.end(), word))
    if not caps:
        return []
    if text.isupper():
        return []
    if not text.rstrip().endswith(_ENDS_SENTENCE):  # a headline in Title Case is not a list of names
        long_words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
        if len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words):
            return []
    spans: list[tuple[int, int]] = []
    i, n = 0, len(caps)
    while i < n:
        j = i + 1  # the run grows while only spaces and connectors separate two capitalised words
        while j < n and _GAP_RE.fullmatch(text, caps[j - 1][1], caps[j][0]):
            j += 1
        run = caps[i:j]
        first_start, _, first = run[0]
        if _is_initial(text, first_start) and not (first.isupper() and len(first) > 1):
            # a sentence opener: a name only if a capitalised word follows and it is not a function word
            base = (first[:-2] if first.endswith(("'s", "’s")) else first).lower()  # _POSSESSIVE_RE
            if len(run) == 1 or base in _FUNCTION_WORDS:
                run = run[1:]
                # "The" gone, a connector may now lead ("The of ..." cannot happen: caps only)
        if run and (not head_rule or _keep_run([w for _, _, w in run])):
            spans.append((run[0][0], run[-1][1]))
        i = j
    return spans


def find_entities(
    text: str,
    spans: Iterable[tuple[int, int]] | None = None,
    *,
    proper_nouns: bool = True,
    head_rule: bool = True,
    neutralise_path: str | None = None,
) -> list[MaskSpan]:
    """The stretches of ``text`` that :func:`mask` replaces, merged and in order.

    ``spans`` are (start, end) offsets into ``text`` the caller knows are names (speaker mentions);
    out-of-range spans raise :class:`InputError`.  ``proper_nouns=False`` skips capitalised runs;
    ``head_rule=False`` masks every capitalised run, sentiment words or not (kept for the calibration
    script's ablation, which shows why the rule exists).
    """
    merged = _entity_spans(text, spans, proper_nouns, head_rule, neutralise_path)
    return [MaskSpan(s, e, text[s:e], k) for s, e, k in merged]


_RANK = {"given": 0, "lexicon": 1, "proper": 2}  # the kind a merged span reports: the first in this order


def _entity_spans(text: str, spans, proper_nouns=True, head_rule=True, neutralise_path=None) -> list[list]:
    """:func:`find_entities` as ``[start, end, kind]`` lists (scoring needs no :class:`MaskSpan` objects)."""
    found: list[tuple[int, int, str]] = []
    for s, e in spans or ():
        s, e = int(s), int(e)
        if not 0 <= s < e <= len(text):
            raise InputError(f"entity span ({s}, {e}) lies outside a text of {len(text)} characters")
        found.append((s, e, "given"))
    low = text.lower()
    if len(low) == len(text):
        if any(map(low.__contains__, _phrase_keys(neutralise_path))):  # else no phrase can be in it
            found += [(m.start(), m.end(), "lexicon") for m in _phrase_re(neutralise_path).finditer(low)]
    else:  # a few characters change length when lower-cased: match case-insensitively instead
        pattern = re.compile(_phrase_re(neutralise_path).pattern, re.IGNORECASE)
        found += [(m.start(), m.end(), "lexicon") for m in pattern.finditer(text)]
    if proper_nouns:
        found += [(s, e, "proper") for s, e in _proper_spans(text, head_rule)]
    if len(found) < 2:  # nothing to merge
        return [list(f) for f in found]
    found.sort()
    merged: list[list] = []
    for s, e, kind in found:
        if merged and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip(" \t")):
            last = merged[-1]
            last[1] = max(last[1], e)
            if _RANK[kind] < _RANK[last[2]]:
                last[2] = kind
        else:
            merged.append([s, e, kind])
    return merged


def _masked(text: str, merged: list[list]) -> str:
    """``text`` with each ``[start, end, kind]`` of :func:`_entity_spans` replaced by ``MASK_TOKEN``."""
    if not merged:
        return text
    parts, pos = [], 0
    for s, e, _ in merged:
        parts += [text[pos:s], MASK_TOKEN]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def mask(text: str, spans: Iterable[tuple[int, int]] | None = None, **kwargs) -> tuple[str, list[MaskSpan]]:
    """``text`` with names, titles and institutions replaced by ``MASK_TOKEN``, and what was replaced."""
    found = find_entities(text, spans, **kwargs)
    return _masked(text, [[sp.start, sp.end, sp.kind] for sp in found]), found


def masking_table(texts: Sequence[str]):
    """Before/after table for the notebook: text, masked, what was masked, both scorers on both texts."""
    import pandas as pd

    rows = []
    for t in texts:
        m, found = mask(t)
        rows.append(
            {
                "text": t,
                "masked": m,
                "masked_spans": "; ".join(f"{sp.text} [{sp.kind}]" for sp in found),
                "vader_before": vader_compound(t),
                "vader_after": vader_compound(m),
                "textblob_before": round(textblob_polarity(t), 4),
                "textblob_after": round(textblob_polarity(m), 4),
            }
        )
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else None)


# -------------------------------------------------------------------------------------------- scoring
def combine(vader_domain: float, textblob: float, calibration: dict | None = None) -> float:
    """The recommended score from its parts (weights from the calibration), clipped to −1..1."""
    w = (calibration or load_calibration())["weights"]
    tb = 0.0 if textblob is None or textblob != textblob else textblob
    s = w.get("vader_domain", 0.0) * vader_domain + w.get("textblob", 0.0) * tb
    return round(max(-1.0, min(1.0, s)), 4)


def label_of(score: float, band: Sequence[float] | None = None) -> str:
    """negative / neutral / positive with the calibrated neutral band (inclusive)."""
    lo, hi = band if band is not None else load_calibration()["neutral_band"]
    if score < lo:
        return "negative"
    if score > hi:
        return "positive"
    return "neutral"




def score_sentences(
    texts: Iterable[str] | str,
    *,
    spans: Sequence[Iterable[tuple[int, int]] | None] | None = None,
    mask_entities: bool = True,
    textblob: bool = True,
    calibration: str | None = None,
    domain: str | None = None,
):
    """Score each text with both scorers and the recommended ``score``; columns in the module docstring.

    ``spans``: per text, (start, end) entity spans to mask besides the ones found automatically.
    ``textblob=False`` runs the fast VADER-only path (``textblob`` is NaN and the score falls back to
    the calibration's ``vader_only`` weights when the file has them).  ``calibration``/``domain`` replace
    the project's files.
    """
    if isinstance(texts, str):
        texts = [texts]
    texts = list(texts)
    for t in texts:
        if not isinstance(t, str):
            raise InputError(f"score_sentences takes strings, got {type(t).__name__}")
    if spans is not None and len(spans) != len(texts):
        raise InputError(f"{len(spans)} span lists for {len(texts)} texts", hint="give one list per text")
    return _score_frame(_score_rows(texts, spans, mask_entities, textblob, calibration, domain))


def _score_rows(
    texts, spans, mask_entities=True, textblob=True, calibration=None, domain=None
) -> list[tuple]:
    """One tuple per text, in the order of :data:`SCORE_COLUMNS` (the rows of :func:`score_sentences`).

    Each stage runs over all the texts before the next starts (masking, VADER, TextBlob, the score):
    the same numbers as text by text, but each stage's code and caches stay warm (a tenth faster).
    """
    cal = load_calibration(calibration)
    if not textblob and "vader_only" in cal:
        cal = {**cal, **cal["vader_only"]}
    band = cal["neutral_band"]
    texts = list(texts)
    if not mask_entities:
        found: list = [[]] * len(texts)
    elif spans is None:
        found = [_entity_spans(text, None) for text in texts]
    else:
        found = [_entity_spans(text, spans[i]) for i, text in enumerate(texts)]
    masked = list(map(_masked, texts, found))
    pairs = [_vader_pair(m, domain) for m in masked]
    nan = float("nan")
    tbs = [round(tb, 4) for tb in map(_pattern.polarity, masked)] if textblob else [nan] * len(texts)
    rows = []
    for text, m, f, (v, vd), tb in zip(texts, masked, found, pairs, tbs):
        s = combine(vd, tb, cal)  # the score has one definition: these two functions
        rows.append((text, m, len(f), v, tb, vd, s, label_of(s, band)))
    return rows


_SCORE_DTYPES = {
    "n_masked": "int64",
    "vader": "float64",
    "textblob": "float64",
    "vader_domain": "float64",
    "score": "float64",
}


def _frame(columns: dict[str, list], dtypes: dict[str, str]):
    """A DataFrame from column lists, each typed as it is built (``astype`` on a frame costs far more).

    Columns not in ``dtypes`` are inferred, as ``pandas.DataFrame`` would (strings, or object when empty).
    """
    import numpy as np
    import pandas as pd

    typed: dict = {}
    for name, values in columns.items():
        kind = dtypes.get(name)
        if kind is None:  # inferred (strings); an empty column stays object, as pandas makes it
            typed[name] = values if len(values) else np.array([], dtype=object)
        elif kind == "Int64":
            typed[name] = pd.array(values, dtype="Int64")
        else:
            typed[name] = np.array(values, dtype=kind)
    return pd.DataFrame(typed, copy=False)


def _score_frame(
    rows: list[tuple],
    extra: dict[str, list] | None = None,
    skip: tuple[str, ...] = (),
    dtypes: dict | None = None,
):
    """The :func:`score_sentences` table from :func:`_score_rows` tuples.

    ``extra`` columns go first, typed by ``dtypes`` (or inferred); ``skip`` leaves score columns out.
    """
    by_column = list(zip(*rows, strict=True)) if rows else [()] * len(SCORE_COLUMNS)
    columns = dict(extra or {})
    columns.update(
        (name, list(col)) for name, col in zip(SCORE_COLUMNS, by_column, strict=True) if name not in skip
    )
    return _frame(columns, {**(dtypes or {}), **_SCORE_DTYPES})


# ------------------------------------------------------------------------------------ validation data
def split_of(key: str, held_out_share: float = 0.3) -> str:
    """``"calibrate"`` or ``"held_out"`` for a record key: a fixed hash split (crc32), no randomness."""
    import zlib

    return "held_out" if zlib.crc32(key.encode("utf-8")) % 1000 < held_out_share * 1000 else "calibrate"


def load_vader_ratings(folder: str | Path):
    """VADER's human-rated sets (``*_GroundTruth.txt``: id TAB mean −4..4 TAB text, CRLF) as one table.

    Columns: ``set`` (tweets / movieReviewSnippets / amazonReviewSnippets), ``id``, ``rating`` (mean human
    rating, −4..4), ``text``, ``split``.
    """
    import pandas as pd

    folder = Path(folder)
    files = sorted(folder.glob("*_GroundTruth.txt"))
    if not files:
        raise InputError(
            "no *_GroundTruth.txt files", path=folder, hint="point at validation/vader-human-ratings"
        )
    rows = []
    for f in files:
        name = f.name.split("_GroundTruth")[0]
        with open(f, encoding="utf-8", errors="replace", newline="") as fh:
            for line in fh:
                parts = line.rstrip("\r\n").split("\t", 2)
                if len(parts) != 3:
                    continue
                rid, rating, text = parts
                rows.append((name, rid, float(rating), text, split_of(f"{name}/{rid}")))
    return pd.DataFrame(rows, columns=["set", "id", "rating", "text", "split"])


def load_newsmtsc(path: str | Path):
    """NewsMTSC sentences with the polarity towards the primary target (2/4/6 → negative/neutral/positive).

    Columns: ``id`` (primary_gid), ``text``, ``polarity`` (2, 4, 6), ``label``, ``targets_agree`` (all
    targets of the sentence carry the same polarity), ``split``.
    """
    import pandas as pd

    path = Path(path)
    names = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read NewsMTSC ({exc.strerror})", path=path) from None
    for line in lines:
        if not line.strip():
            continue
        d = json.loads(line)
        pols = [t["polarity"] for t in d["targets"]]
        prim = [t["polarity"] for t in d["targets"] if t["Input.gid"] == d["primary_gid"]] or pols[:1]
        rows.append(
            (
                d["primary_gid"],
                d["sentence_normalized"],
                int(prim[0]),
                names[prim[0]],
                len(set(pols)) == 1,
                split_of(d["primary_gid"]),
            )
        )
    return pd.DataFrame(rows, columns=["id", "text", "polarity", "label", "targets_agree", "split"])


# ------------------------------------------------------------------------------------------- explain
def _rule_note(base: float, valence: float) -> str:
    if base == 0:
        return "idiom or special case" if valence else ""
    ratio = valence / base
    if abs(ratio - 1) < 1e-9:
        return "as in lexicon"
    if ratio < 0:
        return f"negated (x{ratio:.2f})"
    return f"{'intensified' if ratio > 1 else 'dampened'} (x{ratio:.2f})"


def _explain_vader(name: str, analyzer, text: str, domain_path: str | None = None) -> list[dict]:
    prepared, st = _vader_prepare(analyzer, text)
    valences = _vader_valences(analyzer, st)
    compound = analyzer.score_valence(valences, prepared)["compound"]
    total = float(sum(valences))
    amp = analyzer._punctuation_emphasis(prepared) if total else 0.0
    total_with_amp = total + (amp if total > 0 else -amp if total < 0 else 0.0)
    share = compound / total_with_amp if total_with_amp else 0.0
    rows = []
    words = st.words_and_emoticons
    domain_words = _domain_words(domain_path) if name == "vader_domain" else frozenset()
    has_but = "but" in (w.lower() for w in words)
    for i, (word, val) in enumerate(zip(words, valences, strict=False)):
        base = analyzer.lexicon.get(word.lower())
        if base is None and not val:
            continue
        note = _rule_note(base or 0.0, float(val))
        if name == "vader_domain" and word.lower() in domain_words:
            note = f"domain lexicon; {note}"
        if has_but and val:
            note += "; 'but' rule applies" if note else "'but' rule applies"
        rows.append(
            {
                "scorer": name,
                "position": i,
                "word": word,
                "lexicon": base,
                "valence": round(float(val), 4),
                "contribution": round(float(val) * share, 4),
                "note": note,
            }
        )
    if amp and total:
        signed = amp if total > 0 else -amp
        rows.append(
            {
                "scorer": name,
                "position": None,
                "word": "! / ?",
                "lexicon": None,
                "valence": round(signed, 4),
                "contribution": round(signed * share, 4),
                "note": "punctuation emphasis",
            }
        )
    rows.append(
        {
            "scorer": name,
            "position": None,
            "word": "(total)",
            "lexicon": None,
            "valence": round(total_with_amp, 4),
            "contribution": compound,
            "note": "compound = x / sqrt(x^2 + 15) of the summed valences",
        }
    )
    return rows


def _explain_textblob(text: str) -> list[dict]:
    sentiment = _textblob()
    result = sentiment(text)
    assessments = result.assessments
    n = len(assessments)
    rows = []
    for i, (words, polarity, _subjectivity, label) in enumerate(assessments):
        known = [w for w in words if w in sentiment and w not in sentiment.negations]
        head = known[-1] if known else (words[-1] if words else "")
        entry = sentiment.get(head)
        base = entry[None][0] if entry and None in entry else None
        notes = []
        if any(w in sentiment.negations for w in words):
            notes.append("negated (x-0.5)")
        modifiers = list(known[:-1])
        if modifiers:
            notes.append("modified by " + " ".join(modifiers))
        if "!" in words:
            notes.append("'!' (x1.25)")
        note = "; ".join(notes)
        if label:
            note = f"{note}; {label}" if note else label
        rows.append(
            {
                "scorer": "textblob",
                "position": i,
                "word": " ".join(words),
                "lexicon": base,
                "valence": round(float(polarity), 4),
                "contribution": round(float(polarity) / n, 4),
                "note": note,
            }
        )
    rows.append(
        {
            "scorer": "textblob",
            "position": None,
            "word": "(total)",
            "lexicon": None,
            "valence": round(float(sum(a[1] for a in assessments)), 4),
            "contribution": round(float(result[0]), 4),
            "note": f"polarity = mean of {n} assessed word group(s)",
        }
    )
    return rows


def explain(
    text: str,
    *,
    spans: Iterable[tuple[int, int]] | None = None,
    mask_entities: bool = True,
    domain: str | None = None,
):
    """The words that moved each score and by how much (columns in the module docstring).

    Masked spans come first (scorer ``masked``, with the stock VADER valence they would have added in
    ``lexicon``); then VADER (stock), VADER with the domain valences, and TextBlob, each closed by a
    ``(total)`` row whose ``contribution`` is the scorer's number.  Per scorer the word contributions add
    up to that total (up to rounding): VADER's compound is shared out in proportion to each word's
    valence after VADER's rules; TextBlob's polarity is the mean of its assessments.  ``score`` =
    weights · (vader_domain total, textblob total) from the calibration file.
    """
    import pandas as pd

    if not isinstance(text, str):
        raise InputError(f"explain takes a string, got {type(text).__name__}")
    if mask_entities:
        masked, found = mask(text, spans)
    else:
        masked, found = text, []
    lex = _vader().lexicon
    rows = [
        {
            "scorer": "masked",
            "position": None,
            "word": sp.text,
            "lexicon": round(sum(lex.get(w.lower().strip(".,;:'’\""), 0.0) for w in sp.text.split()), 4),
            "valence": 0.0,
            "contribution": 0.0,
            "note": f"masked ({sp.kind}) at {sp.start}:{sp.end}",
        }
        for sp in found
    ]
    rows += _explain_vader("vader", _vader(), masked)
    rows += _explain_vader("vader_domain", _vader_domain(domain), masked, domain)
    rows += _explain_textblob(masked)
    df = pd.DataFrame(rows, columns=EXPLAIN_COLUMNS)
    df["position"] = df["position"].astype("Int64")
    df["lexicon"] = df["lexicon"].astype("float64")
    return df


# ------------------------------------------------------------------------------ statements, speakers
_STATEMENT_META = ["statement_id", "speaker", "kind", "sentence_id", "start", "end", "text"]
STATEMENT_COLUMNS = [*_STATEMENT_META, *SCORE_COLUMNS[1:]]
SPEAKER_SCORERS = ("vader", "textblob", "score")
MIN_STATEMENTS = 3


def _speaker_mention_spans(article) -> list[tuple[int, int]]:
    """Speaker mentions from the attribution module when it is there (names to mask), else none."""
    try:
        from helpers.speakers import speaker_mention_spans

        return speaker_mention_spans(article)  # the (start, end) of speaker_mentions(article), sorted
    except ImportError:  # the attribution modules are not installed (or not written yet)
        return []


def _spans_inside(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``spans`` that fall in ``[start, end)``, relative to ``start``.

    ``spans`` sorted by start (as :func:`_speaker_mention_spans` returns them) are searched by bisection,
    so scoring every sentence of a long text stays linear; unsorted lists are scanned.
    """
    lo, hi = 0, len(spans)
    if hi > 32:
        ref = _SPAN_INDEX.get(id(spans))
        if ref is None or ref[0] is not spans:
            ordered = all(spans[k][0] <= spans[k + 1][0] for k in range(hi - 1))
            longest = max(e - s for s, e in spans) if ordered else -1
            ref = (spans, longest)
            _SPAN_INDEX.clear()  # one text at a time: keep only the latest list
            _SPAN_INDEX[id(spans)] = ref
        longest = ref[1]
        if longest >= 0:
            hi = bisect.bisect_left(spans, end, key=lambda sp: sp[0])
            lo = bisect.bisect_left(spans, start - longest, key=lambda sp: sp[0])
    return [(max(s, start) - start, min(e, end) - start) for s, e in spans[lo:hi] if s < end and e > start]


_SPAN_INDEX: dict[int, tuple[list[tuple[int, int]], int]] = {}


def _int_or_none(value):
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None


def narrator_sentence_ids(sentences, statements) -> list[int]:
    """The body sentences that are the narrator's: no statement's content or cue touches them.

    ``sentences`` is ``article.sentences``; ``statements`` a :func:`helpers.statements.statements` table.
    A sentence is taken when it overlaps a content span or a cue ("X said", "according to X"), or is
    listed in a statement's ``sentence_id``/``sentence_ids``; the reporting frame of a statement belongs
    to the statement, not to the narrator baseline.
    """
    taken = list(zip(_column_list(statements, "start"), _column_list(statements, "end"), strict=True))
    if "cue_start" in statements.columns and "cue_end" in statements.columns:
        taken += [
            (int(a), int(b))
            for a, b in zip(_column_list(statements, "cue_start"), _column_list(statements, "cue_end"),
                            strict=True)
            if a >= 0
        ]
    taken_ids: set[int] = set()
    for col in ("sentence_id", "sentence_ids"):
        if col in statements.columns:
            for ids in _column_list(statements, col):
                taken_ids.update(int(x) for x in str(ids).split(",") if x.strip().lstrip("-").isdigit())
    # merge the taken spans into disjoint intervals, then test each sentence by bisection
    merged = merge_intervals(taken)
    starts = [m[0] for m in merged]
    ends = [m[1] for m in merged]
    out = []
    columns = (_column_list(sentences, c) for c in ("sentence_id", "kind", "start", "end"))
    for sid, kind, start, end in zip(*columns, strict=True):
        if kind != "body" or int(sid) in taken_ids:
            continue
        k = bisect.bisect_left(starts, end)  # intervals starting before the sentence ends
        if k and (ends[k - 1] > start or (k > 1 and ends[k - 2] > start)):
            continue
        out.append(int(sid))
    return out


def score_statements(
    article, *, statements=None, narrator: bool = True, textblob: bool = True, mention_spans=None
):
    """One scored row per statement (its content span), plus the narrator's unattributed body sentences.

    ``article`` is an :class:`helpers.article.Article` (or a path/text for ``load_article``);
    ``statements`` a precomputed :func:`helpers.statements.statements` table (computed when omitted).
    Speaker mentions inside a content span are masked along with the automatic entity spans;
    ``mention_spans`` (sorted ``(start, end)`` pairs) passes them in when the caller already has them.
    Columns in the module docstring; offsets index ``article.text``.
    """
    from helpers.article import Article, load_article

    if not isinstance(article, Article):
        article = load_article(article)
    if statements is None:
        from helpers.statements import statements as find_statements

        statements = find_statements(article)
    missing = {"statement_id", "speaker", "start", "end", "text"} - set(statements.columns)
    if missing:
        raise InputError(f"statements table lacks columns {sorted(missing)}")
    mentions = _speaker_mention_spans(article) if mention_spans is None else mention_spans
    rows = statement_rows(article, statements, mentions)
    if narrator:
        sents = article.sentences
        where = {sid: k for k, sid in enumerate(sents["sentence_id"].tolist())}
        starts, ends, texts = sents["start"].tolist(), sents["end"].tolist(), sents["text"].tolist()
        for sid in narrator_sentence_ids(sents, statements):
            k = where[sid]
            rows.append(
                {
                    "statement_id": None,
                    "speaker": NARRATOR,
                    "kind": "narration",
                    "sentence_id": sid,
                    "start": int(starts[k]),
                    "end": int(ends[k]),
                    "text": texts[k],
                    "_spans": _spans_inside(mentions, int(starts[k]), int(ends[k])),
                }
            )
    rows.sort(key=lambda r: (r["start"], r["end"]))
    scores = _score_rows([r["text"] for r in rows], [r["_spans"] for r in rows], textblob=textblob)
    return statement_frame(rows, scores)


def statement_rows(article, statements, mentions: list[tuple[int, int]]) -> list[dict]:
    """The statements' rows of :func:`score_statements` (meta columns, plus ``_spans`` to mask)."""
    text = article.text
    cols = statements.columns
    kinds = _column_list(statements, "kind") if "kind" in cols else ["statement"] * len(statements)
    sids = _column_list(statements, "sentence_id") if "sentence_id" in cols else [None] * len(kinds)
    rows = []
    for sid, who, start, end, said, kind, sentence_id in zip(
        *(_column_list(statements, c) for c in ("statement_id", "speaker", "start", "end", "text")),
        kinds,
        sids,
        strict=True,
    ):
        start, end = int(start), int(end)
        if text[start:end] != said:
            raise InputError(f"statement {sid} offsets do not match its text")
        rows.append(
            {
                "statement_id": sid,
                "speaker": who if isinstance(who, str) and who else "(unknown)",
                "kind": kind,
                "sentence_id": _int_or_none(sentence_id),
                "start": start,
                "end": end,
                "text": said,
                "_spans": _spans_inside(mentions, start, end),
            }
        )
    return rows


_STATEMENT_DTYPES = {"statement_id": "Int64", "sentence_id": "Int64", "start": "int64", "end": "int64"}


def statement_frame(rows: list[dict], scores: list[tuple]):
    """The :func:`score_statements` table from its row dicts and their :func:`_score_rows` tuples."""
    columns = {name: [r[name] for r in rows] for name in _STATEMENT_META}
    by_column = zip(*scores, strict=True) if scores else [()] * len(SCORE_COLUMNS)
    by_name = zip(SCORE_COLUMNS, by_column, strict=True)
    columns.update((name, list(col)) for name, col in by_name if name != "text")
    return _statement_table(columns)


_STATEMENT_TYPED = {**_STATEMENT_DTYPES, **_SCORE_DTYPES}


def _statement_table(columns: dict[str, list]):
    """The :func:`statement_frame` table from its column lists (in :data:`STATEMENT_COLUMNS` order).

    The arrays are made as pandas would infer them from the lists (its ``str`` dtype for the text
    columns, ``Int64`` for ids with None) and joined without pandas' per-column inference and checks,
    which cost more than the rest of the statement sentiment on a long text (one row per narrator
    sentence). An empty table, or a text column holding anything but strings, goes through
    :func:`_frame` (pandas' own inference) instead.
    """
    import numpy as np

    make_str = str_array_maker()
    if not columns["start"]:
        return _frame(columns, _STATEMENT_TYPED)
    arrays = []
    for name, values in columns.items():
        kind = _STATEMENT_TYPED.get(name)
        if kind is None:  # text columns: only lists of str are made here
            if make_str is None or set(map(type, values)) != {str}:
                return _frame(columns, _STATEMENT_TYPED)
            arrays.append(make_str(values))
        elif kind == "Int64":
            arrays.append(_int64_array(values))
        else:
            arrays.append(np.array(values, dtype=kind))
    return from_arrays(tuple(columns), arrays)


def _int64_array(values: list):
    """``pd.array(values, dtype="Int64")`` made from a mask when ``values`` are ints and None (the ids
    here); pandas' element-wise conversion of a long list of None was the dearest column."""
    import numpy as np
    import pandas as pd

    types, n = set(map(type, values)), len(values)
    try:
        if types <= {int}:  # no None
            return pd.arrays.IntegerArray(np.array(values, dtype=np.int64), np.zeros(n, dtype=bool))
        if types == {type(None)}:  # the narrator's statement ids
            return pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))
        if types == {int, type(None)}:
            data = np.array(values, dtype=object)
            mask = np.equal(data, None)
            data[mask] = 0
            return pd.arrays.IntegerArray(data.astype(np.int64), mask)
    except OverflowError:  # an id beyond int64: pandas' own error
        pass
    return pd.array(values, dtype="Int64")


def bootstrap_ci(
    values, *, n_boot: int = 2000, seed: int | Sequence[int] = 0, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (NaN, NaN for fewer than two values); reproducible."""
    import numpy as np

    x = np.asarray(values, dtype=float)
    return _bootstrap_finite(x[~np.isnan(x)], n_boot, seed, level)


def _bootstrap_finite(x, n_boot: int, seed, level: float) -> tuple[float, float]:
    """:func:`bootstrap_ci` of a float array ``x`` that holds no NaN."""
    import numpy as np

    n = len(x)
    if n < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    # x[draws].mean(axis=1), as numpy computes it (a row sum divided by n), with take's cheaper gather
    means = np.add.reduce(x.take(rng.integers(0, n, size=(n_boot, n))), axis=1)
    means /= n
    tail = (1 - level) / 2 * 100
    return _percentiles(means, tail, 100 - tail)


def _percentile(values, percent: float) -> float:
    """``np.percentile(values, percent)`` (its default "linear" method), bit for bit, for ``values`` of
    floats without NaN; faster: two order statistics by ``np.partition`` instead of numpy's general path.

    numpy's steps, in its order (``numpy/lib/_function_base_impl.py``: ``percentile``, ``_quantile``,
    ``_get_indexes``, ``_lerp``): ``q = percent / 100``, the virtual index ``(n - 1) * q``, its floor and
    the next index, ``gamma`` the fraction between them, and the interpolation ``a + (b - a) * gamma``,
    taken from the upper end, ``b - (b - a) * (1 - gamma)``, when ``gamma >= 0.5``.  Indexes at either
    end are left to numpy itself.  (Equality with ``np.percentile`` is tested on random inputs.)
    Computed by :func:`_percentiles`.
    """
    return _percentiles(values, percent)[0]


def _percentiles(values, *percents: float) -> tuple[float, ...]:
    """:func:`_percentile` of ``values`` at each of ``percents``, from one ``np.partition`` of ``values``."""
    import numpy as np

    n = len(values)
    virtual = [(n - 1) * (percent / 100) for percent in percents]
    if not all(0 <= v < n - 1 for v in virtual):
        return tuple(float(np.percentile(values, percent)) for percent in percents)
    below = [math.floor(v) for v in virtual]
    kth = sorted({k for b in below for k in (b, b + 1)})
    part = np.partition(values, kth)
    out = []
    for v, b in zip(virtual, below, strict=True):
        a, c = part[b : b + 2].tolist()
        gamma = v - b
        diff = c - a
        out.append(c - diff * (1 - gamma) if gamma >= 0.5 else a + diff * gamma)
    return tuple(out)


def _median(values) -> float:
    """``np.median(values)`` for a non-empty float array without NaN, bit for bit, without numpy's general
    path: the mean of the middle value or the two middle values as numpy takes it, a sum that starts
    from 0.0 (so -0.0 gives 0.0), divided by the count.
    """
    import numpy as np

    n = len(values)
    half = n // 2
    if n % 2:
        return 0.0 + float(np.partition(values, half)[half])
    a, b = np.partition(values, (half - 1, half))[half - 1 : half + 1].tolist()
    return (0.0 + a + b) / 2


def speaker_sentiment(
    article,
    *,
    min_statements: int = MIN_STATEMENTS,
    n_boot: int = 2000,
    seed: int = 0,
    narrator: bool = True,
):
    """One row per speaker: counts, mean/median/bootstrap CI per scorer, label shares, ``too_few``.

    ``article`` is an Article (or path/text) or a :func:`score_statements` table.  Each speaker's
    bootstrap draws from its own generator seeded with (``seed``, crc32 of the name), so a speaker's
    interval does not depend on who else is in the article.  Columns in the module docstring.
    """
    import zlib

    import numpy as np
    import pandas as pd

    table = article if isinstance(article, pd.DataFrame) else score_statements(article, narrator=narrator)
    if not narrator:
        table = table[table["speaker"] != NARRATOR]
    cols = ["speaker", "n_statements", "too_few"]
    for s in SPEAKER_SCORERS:
        cols += [f"{s}_mean", f"{s}_median", f"{s}_ci_low", f"{s}_ci_high"]
    cols += [f"share_{lab}" for lab in LABELS]
    members: dict[str, list[int]] = {}  # row positions per speaker, in order of first appearance
    for k, who in enumerate(_column_list(table, "speaker")):
        if who is not None and who == who:  # groupby leaves out missing names
            members.setdefault(who, []).append(k)
    scores = {s: _column_numpy(table, s, float) for s in SPEAKER_SCORERS}
    labels = _column_list(table, "label")
    rows = []
    for speaker, idx in members.items():
        n = len(idx)
        row = {"speaker": speaker, "n_statements": n, "too_few": n < min_statements}
        for s in SPEAKER_SCORERS:
            vals = scores[s].take(idx)
            finite = vals[~np.isnan(vals)]
            m = len(finite)
            rng_seed = [seed, zlib.crc32(f"{speaker}/{s}".encode())]
            lo, hi = _bootstrap_finite(finite, n_boot, rng_seed, 0.95)
            row.update(
                {
                    # the mean as ndarray.mean takes it (the sum, then one division by the count)
                    f"{s}_mean": round(float(np.add.reduce(finite)) / m, 4) if m else float("nan"),
                    f"{s}_median": round(_median(finite), 4) if m else float("nan"),
                    f"{s}_ci_low": round(lo, 4),
                    f"{s}_ci_high": round(hi, 4),
                }
            )
        said = [labels[k] for k in idx]
        for lab in LABELS:
            row[f"share_{lab}"] = round(said.count(lab) / n, 4)
        rows.append(row)
    # the narrator last; speakers by number of statements, then name
    rows.sort(key=lambda r: (r["speaker"] == NARRATOR, -r["n_statements"], r["speaker"]))
    if not rows:
        return pd.DataFrame(rows, columns=cols)
    # column lists: the same table and dtypes as pd.DataFrame(rows), without its per-row dict handling
    columns = {c: [r[c] for r in rows] for c in cols}
    make_str = str_array_maker()
    if make_str is None or set(map(type, columns["speaker"])) != {str}:
        return pd.DataFrame(columns, columns=cols)
    # the arrays pandas would infer (str, int64, bool, float64), joined without its inference and checks
    arrays = [make_str(columns["speaker"]), np.array(columns["n_statements"], dtype=np.int64),
              np.array(columns["too_few"], dtype=bool)]
    arrays += [np.array(columns[c], dtype=np.float64) for c in cols[3:]]
    return from_arrays(cols, arrays)


# ----------------------------------------------------------------------------------------- agreement
def scorer_labels(table, scorer: str, band: Sequence[float] | None = None):
    """Labels of one scorer's column with its own calibrated band (``scorer_bands`` in the calibration)."""
    import pandas as pd

    if band is None:
        bands = load_calibration().get("scorer_bands", {})
        band = bands.get(scorer, load_calibration()["neutral_band"])
    return pd.Series([label_of(v, band) for v in table[scorer]], index=table.index, name=f"{scorer}_label")


def agreement(table, scorers: Sequence[str] = ("vader", "textblob", "score")) -> dict:
    """Correlations between scorers (Pearson and Spearman), and how often their labels agree.

    Returns ``{"n": rows, "pearson": {"a~b": r}, "spearman": {...}, "label_agreement": {"a~b": share},
    "cohen_kappa": {...}}``; labels use each scorer's calibrated band.
    """
    import itertools

    import numpy as np

    t = table.dropna(subset=list(scorers))
    out: dict = {"n": len(t), "pearson": {}, "spearman": {}, "label_agreement": {}, "cohen_kappa": {}}
    labels = {s: scorer_labels(t, s) for s in scorers}
    for a, b in itertools.combinations(scorers, 2):
        key = f"{a}~{b}"
        if len(t) >= 3 and t[a].std() > 0 and t[b].std() > 0:
            out["pearson"][key] = round(float(np.corrcoef(t[a], t[b])[0, 1]), 4)
            out["spearman"][key] = round(float(np.corrcoef(t[a].rank(), t[b].rank())[0, 1]), 4)
        else:
            out["pearson"][key] = out["spearman"][key] = float("nan")
        la, lb = labels[a], labels[b]
        po = float((la == lb).mean()) if len(t) else float("nan")
        pe = (
            sum(float((la == k).mean()) * float((lb == k).mean()) for k in LABELS) if len(t) else float("nan")
        )
        out["label_agreement"][key] = round(po, 4)
        out["cohen_kappa"][key] = round((po - pe) / (1 - pe), 4) if len(t) and pe < 1 else float("nan")
    return out


def confusion(table, rows: str = "vader", columns: str = "textblob"):
    """Label cross-table of two scorers (each with its calibrated band), all three labels always shown."""
    import pandas as pd

    a = pd.Categorical(scorer_labels(table, rows), categories=LABELS)
    b = pd.Categorical(scorer_labels(table, columns), categories=LABELS)
    ct = pd.crosstab(a, b, dropna=False).reindex(index=LABELS, columns=LABELS, fill_value=0)
    ct.index.name, ct.columns.name = rows, columns
    return ct


# --------------------------------------------------------------------------------------- command line
def cli_sentiment(article, by: str = "statement", narrator: bool = True):
    """The ``sentiment`` subcommand's table: per statement (default) or per speaker."""
    table = score_statements(article, narrator=narrator)
    if by == "speaker":
        return speaker_sentiment(table)
    return table


def cli_score(stream) -> object:
    """The ``score`` subcommand: one sentence per input line (blank lines skipped) → score_sentences."""
    lines = [line.rstrip("\r\n") for line in stream]
    texts = [line for line in lines if line.strip()]
    if not texts:
        raise InputError("no sentences on standard input", hint="pipe one sentence per line into it")
    return score_sentences(texts)


def speaker_summary(per_speaker, scorer: str = "score") -> list[str]:
    """One plain sentence per speaker row of :func:`speaker_sentiment`, never a bare number.

    A speaker with one statement is described as that statement; ``too_few`` speakers are said to be
    too few to describe; otherwise the mean comes with its interval, where the interval lies relative to
    0, and the label shares.
    """
    out = []
    for r in per_speaker.itertuples(index=False):
        mean = getattr(r, f"{scorer}_mean")
        lo, hi = getattr(r, f"{scorer}_ci_low"), getattr(r, f"{scorer}_ci_high")
        n = r.n_statements
        narrator = r.speaker == NARRATOR
        who = "The narrator (unattributed body sentences)" if narrator else r.speaker
        unit = "sentence" if narrator else "statement"
        shares = (
            f"{r.share_negative:.0%} negative, {r.share_neutral:.0%} neutral, {r.share_positive:.0%} positive"
        )
        if n == 1:
            out.append(
                f"{who}: one {unit} only, scored {mean:+.2f}; that describes the {unit}, not the speaker."
            )
        elif r.too_few:
            out.append(
                f"{who}: only {n} {unit}s (mean {mean:+.2f}, 95% interval {lo:+.2f} to {hi:+.2f}); "
                "too few to say how this speaker sounds."
            )
        else:
            where = "includes 0" if lo <= 0 <= hi else ("lies above 0" if lo > 0 else "lies below 0")
            out.append(
                f"{who}: {n} {unit}s, mean {mean:+.2f}; the 95% interval {lo:+.2f} to {hi:+.2f} {where}; "
                f"{shares}."
            )
    return out
