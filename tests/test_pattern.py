"""``helpers.sentiment.pattern.polarity`` is bit for bit TextBlob's ``PatternAnalyzer`` polarity.

The reference is ``float(textblob.en.sentiment(text)[0])`` (what ``TextBlob(text).sentiment`` computes).
Floats are compared by ``float.hex`` so that even the sign of a zero must agree.  Checked on the
validation sentences, on the (masked and plain) sentences of the shared corpora, on hand-written edge
cases of the tokeniser and the assessment rules, and on random soups of lexicon words, negations,
modifiers, punctuation and emoticons.  The shared-data tests sample (``conftest.sample``: every 5th
validation sentence; every 5th sentence of every 5th file of each corpus); ``pytest --full`` compares
them all, as ``benchmarks/bench_pattern.py --all`` does for the corpora.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textblob import _text as tb_text
from textblob.en import sentiment as tb_sentiment

from helpers import sentiment as S
from helpers.article import load_article
from helpers.sentiment.pattern import polarity


def reference(text: str) -> float:
    return float(tb_sentiment(text)[0])


def mismatches(texts) -> list[tuple[str, float, float]]:
    """(text, TextBlob, ours) for every text where the two floats differ in any bit."""
    out = []
    for t in texts:
        want, got = reference(t), polarity(t)
        if type(got) is not float or got.hex() != want.hex():
            out.append((t, want, got))
    return out


# ------------------------------------------------------------------------------------- shared data
def test_validation_sentences(shared_dir):
    """Every 5th human-rated sentence (VADER's ratings, NewsMTSC), every one with ``--full``."""
    folder = shared_dir / "validation"
    texts = list(S.load_vader_ratings(folder / "vader-human-ratings").text)
    texts += list(S.load_newsmtsc(folder / "newsmtsc" / "train.jsonl").text)
    assert len(texts) > 20_000
    chosen = sample(texts)
    assert len(chosen) > 4_000
    assert mismatches(chosen) == []


def _corpus_sentences(shared_dir: Path) -> list[str]:
    """The sentences of every 5th file of each corpus (every file with ``--full``)."""
    corpora = shared_dir / "corpora"
    files = sample(sorted((corpora / "ungdc-2014-2024").glob("*.txt")))
    files += sample(sorted((corpora / "wikinews-2019-2020").glob("*.txt")))
    assert len(files) > 450
    return [t for f in files for t in load_article(f).sentences["text"]]


def test_masked_corpus_sentences(shared_dir):
    """What the pipeline scores: masked sentences of the shared corpora, and the same sentences plain.

    Every 5th sentence of every 5th file (about 8,000 sentences) by default, all of them with ``--full``.
    """
    sentences = sample(_corpus_sentences(shared_dir))
    assert len(sentences) > 5_000
    masked = [S.mask(s)[0] for s in sentences]
    assert any(m != s for m, s in zip(masked, sentences))
    assert mismatches(masked) == []
    assert mismatches(sentences) == []  # and unmasked


# ------------------------------------------------------------------------------------- edge cases
EDGE_CASES = [
    "",
    " ",
    " \t\n\r\n ",
    "\n\n",
    "good",
    "Good.",
    "GOOD!",
    "This is a good day.",
    "not good",
    "not very good",
    "really not bad",
    "really not good at all",
    "not a good idea",
    "not at all good",
    "never bad",
    "no good",
    "no",
    "not",
    "It isn't good.",
    "It is not good.",
    "don't worry, be happy",
    "I can't believe how bad it wasn't",
    "They'd've liked it; we'll see, you're right, I'm sure it's fine, we've won.",
    "DON'T do it, it's TERRIBLE",
    "it’s great, isn’t it?",
    "She said “wonderful” and ‘awful’ and 'nice' and \"poor\".",
    "good!",
    "good !",
    "good!!!",
    "good ! ! ! !",
    "very good!!",
    "bad!!!!!!!!",
    "! good",
    "!",
    "Great (!)",
    "Great ( ! )",
    "Great (! )",
    "Great ( !)",
    "(!)(!)",
    "(!) good (!)",
    "a (!). b (!)",
    "happy :-)",
    "sad :(",
    "I love you <3",
    "crying :'(",
    "crying :'''(",
    "crying ;'(",
    "wink ;) wink ;-) xD XD X-D x-D 8-D",
    "o_O o.O °O° °o° >.> :-. :s :S :\\ =/",
    ":c) :c :o) :o : c ) : o )",
    "8) item (8) and (8 )abc",
    ":) :) :)",
    "good :)good",
    "a:) b;) c:-(",
    "♥ ♥♥ <3<3",
    "very :) good",
    "really :) not good",
    "The U.S. and the U.K. agreed.",
    "Mr. Smith met Mrs. Jones and Dr. Who, e.g. at 5 p.m. etc.",
    "T. De Smedt wrote it. I. e. nothing.",
    "Well... that was good... or bad....",
    "Wait.... what?! Really?!",
    "...",
    ". . .",
    "Hello.\n\nGoodbye. Nice.\r\n\r\nBad.",
    "good\n\n\n\nbad",
    "END-OF-SENTENCE good END-OF-SENTENCE.",
    "end-of-sentence good",
    "Très bien, c'est magnifique! Привет, хорошо. 東京は素晴らしい。",
    "naïve café résumé good",
    "İstanbul is beautiful",
    "supercalifragilisticexpialidocious" * 20 + " good",
    "good" * 50,
    "1,000 23.5% $4 -- ... --- ;;; !!!",
    "(((good))) [[bad]] {{nice}} ``ok'' @#$^&*+-|=~_",
    "good.bad,nice;awful:great",
    "'good' ''bad'' \"nice\"",
    "w/ good, vs. bad, cf. nice",
    "extremely extremely good",
    "terribly good",
    "not terribly",
    "fucking great",
    "f*cking great",
    "good \u00a0 bad\u2003nice\u3000poor\x1cfine\x85great",
    "The ⟨ent⟩ said the deal was not bad, but ⟨ent⟩ called it a disaster.",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text):
    assert mismatches([text]) == []


def test_returns_a_float_for_str_subclasses_and_any_str():
    class Sub(str):
        pass

    assert mismatches([Sub("not very good!")]) == []
    assert type(polarity("")) is float and polarity("") == 0.0


# --------------------------------------------------------------------------------------- soups
def _lexicon_words() -> list[str]:
    tb_sentiment("good")  # load the lazy lexicon
    return sorted(w for w in dict.keys(tb_sentiment) if " " not in w)


LEXICON = _lexicon_words()
# Modifiers: adverbs of the lexicon (the four with an intensity other than 1 first) and some that are not.
MODIFIERS = ["very", "real", "especially", "excruciatingly", "really", "extremely", "terribly", "most", "much",
             "quite", "so", "too", "absolutely"]  # fmt: skip
NEGATIONS = ["not", "no", "never", "n't", "don't", "isn't", "cannot", "Not", "NEVER"]
EMOTICONS = sorted(e for forms in tb_text.EMOTICONS.values() for e in forms)
SPACED_EMOTICONS = [" ".join(e) for e in EMOTICONS]
PUNCT = [
    *".,;:!?()[]{}`'\"@#$^&*+-|=~_",
    "...", "....", "..", "(!)", "( ! )", "(! )", "!!", "?!", "“", "”", "‘", "’", "—", "–", "«", "»", "…",
]  # fmt: skip
OTHER = ["a", "I", "it", "is", "the", "of", "at", "all", "U.S.", "Mr.", "e.g.", "T.", "etc.", "w/", "x", "D",
         "O", "8", "3", "c", "o", "END-OF-SENTENCE", "⟨ent⟩", "Москва", "é", "2019", "s", "t", "d", "ll"]  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", "\r\n\r\n", "\t", "\u00a0", "  "])


def _cased(word: str):
    return st.sampled_from([word, word.upper(), word.capitalize()])


PHRASES = st.tuples(
    st.sampled_from(["", "not ", "never ", "no ", "isn't ", "not a ", "not at all "]),
    st.lists(st.sampled_from(MODIFIERS), max_size=2).map(lambda ms: "".join(m + " " for m in ms)),
    st.sampled_from(LEXICON),
    st.sampled_from(["", "!", " !", "!!", " :)", " (!)"]),
).map("".join)
ELEMENTS = st.one_of(
    PHRASES,
    st.sampled_from(LEXICON).flatmap(_cased),
    st.sampled_from(MODIFIERS),
    st.sampled_from(NEGATIONS),
    st.sampled_from(EMOTICONS),
    st.sampled_from(SPACED_EMOTICONS),
    st.sampled_from(PUNCT),
    st.sampled_from(OTHER),
    st.text(max_size=4),
)
SOUPS = st.lists(st.tuples(ELEMENTS, SEPARATORS), max_size=30).map(lambda xs: "".join(a + b for a, b in xs))


@settings(max_examples=2000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(SOUPS)
def test_random_soups(text):
    assert mismatches([text]) == []


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=200))
def test_random_text(text):
    assert mismatches([text]) == []
