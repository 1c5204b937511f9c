"""The tokens table's fast path gives the tokens of the plain tokenizer, and its type cache is transparent.

``tokens_table`` takes the tokens of each space-separated chunk from a vocabulary shared across texts
(new chunks are cut with ``re.split`` and offsets recovered from piece lengths, ``Vocabulary.pieces``), then fills
the per-type columns from the same vocabulary; ``tokenize`` is the plain ``finditer`` reference.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import tokens as T
from helpers.article import load_article

PIECES = st.sampled_from([
    "don", "can", "n", "N", "DON", "’t", "'t", "'T", "’T", "t", "'s", "’re", "O’Brien", "d’Ivoire", "U.S.",
    "Mr.", "Gen.", "e.g.", "2018", "1,000", "3.5", "21st", "1990s", "COVID-19", "Putin-Biden", "http://x.org/a",
    "https://un.org.", "...", "--", "_", "__", ".", ",", "!", "?", "(", ")", "«", "»", "“", "”", "—", "-",
    "'", "’", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "Москва", "é", "ǅ", "²", "٣",
])  # fmt: skip
TEXTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=40).map("".join),
    st.lists(PIECES, min_size=1, max_size=40).map(" ".join),
    st.text(min_size=1, max_size=200),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_pieces_are_the_plain_tokenizers_tokens(text):
    toks, starts, ends = T.Vocabulary(frozenset()).pieces(text)
    spans = T.tokenize(text)
    assert list(zip(starts.tolist(), ends.tolist())) == spans
    assert toks == [text[a:b] for a, b in spans]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_chunk_vocabulary_gives_the_plain_tokenizers_tokens(texts):
    vocab = T.Vocabulary(frozenset())
    vocab.MAX_CHUNK_LEN = 5  # some chunks kept, some tokenised and dropped
    for text in [*texts, *texts]:  # the second round is served from the stored chunks
        ids, starts, ends = vocab.tokens_of(text)
        spans = T.tokenize(text)
        assert list(zip(starts.tolist(), ends.tolist())) == spans
        assert vocab.text[ids].tolist() == [text[a:b] for a, b in spans]


def _fresh_type_columns(tokens):
    return T.type_columns(tokens["token"].tolist(), T.lexicons.stopwords())


def test_type_cache_gives_the_same_columns_as_computing_afresh():
    text = "The U.S. and the US don't agree; we're not sure. Talks: 2021-22, 1,000 people -- ‘O’Brien’s’ view"
    first = load_article(text=text).tokens  # fills the cache
    second = load_article(text=text).tokens  # served from it
    assert first.equals(second)
    cols = ["lower", "stem", "is_stop", "is_punct", "is_word"]
    for name, fresh in zip(cols, _fresh_type_columns(second), strict=True):
        assert second[name].tolist() == fresh, name


def test_type_cache_follows_the_stop_list(monkeypatch):
    text = "Peace talks resumed."
    assert not load_article(text=text).tokens["is_stop"].any()
    monkeypatch.setattr(T.lexicons, "stopwords", lambda: frozenset({"peace"}))
    assert load_article(text=text).tokens["is_stop"].tolist() == [True, False, False, False]
