"""The tokens table and the verbs over it (issue 2)."""

from __future__ import annotations

import re

import pytest

import helpers
from helpers.article import load_article
from helpers.tokens import TOKEN_COLUMNS, tokenize


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_article(seed_path)


def toks(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text)]


def test_columns_and_round_trip(seed):
    t = seed.tokens
    assert list(t.columns) == TOKEN_COLUMNS
    assert all(seed.text[a:b] == w for a, b, w in zip(t["start"], t["end"], t["token"]))
    assert t["token_id"].tolist() == list(range(len(t)))
    assert (t["start"].diff().dropna() > 0).all()


def test_tokens_stay_inside_their_sentence(seed):
    s = seed.sentences.set_index("sentence_id")
    t = seed.tokens
    assert (t["start"].to_numpy() >= s.loc[t["sentence_id"], "start"].to_numpy()).all()
    assert (t["end"].to_numpy() <= s.loc[t["sentence_id"], "end"].to_numpy()).all()


def test_treebank_habits_where_they_matter():
    assert toks("NATO’s eastward expansion") == ["NATO", "’s", "eastward", "expansion"]
    assert toks("I don’t accept anybody’s red lines") == ["I", "do", "n’t", "accept", "anybody", "’s", "red", "lines"]
    assert toks("the Putin-Biden talks, high-ranking") == ["the", "Putin-Biden", "talks", ",", "high-ranking"]
    assert toks("Mr. Lavrov met U.S. envoys on Dec. 7") == ["Mr.", "Lavrov", "met", "U.S.", "envoys", "on", "Dec.", "7"]
    assert toks("O’Brien of Côte d’Ivoire") == ["O’Brien", "of", "Côte", "d’Ivoire"]
    assert toks("$1,000.5 (3.5%) in the 1990s...") == ["$", "1,000.5", "(", "3.5", "%", ")", "in", "the", "1990s", "..."]
    assert toks("Russian ‘invasion’ of") == ["Russian", "‘", "invasion", "’", "of"]


def test_normalised_forms_and_flags(seed):
    t = seed.tokens.set_index("token_id")
    row = t[t["token"] == "NATO"].iloc[0]
    assert (row["lower"], row["stem"], bool(row["is_stop"]), bool(row["is_word"])) == ("nato", "nato", False, True)
    assert set(t.loc[t["token"] == "US", "lower"]) == {"u.s."}  # the country, not the pronoun
    negations = t[t["lower"].isin(["not", "no", "n't", "against"])]
    assert len(negations) > 0 and not negations["is_stop"].any()  # words that matter in diplomacy are kept
    assert t.loc[t["token"] == ",", "is_punct"].all()
    assert t.loc[t["token"] == "talks", "stem"].eq("talk").all()


def test_frequency(seed):
    f = helpers.frequency(seed, top=5)
    assert list(f.columns) == ["term", "count", "per_1000", "rank"]
    assert f["count"].is_monotonic_decreasing
    # "Ukraine" stands 11 times in the seed (standfirst and body; "Ukrainian" is another word)
    assert re.findall(r"\bUkraine\b", seed.text) == ["Ukraine"] * 11
    assert int(helpers.frequency(seed).set_index("term").loc["ukraine", "count"]) == 11
    assert "the" not in set(helpers.frequency(seed)["term"])
    assert "the" in set(helpers.frequency(seed, drop_stop=False)["term"])


def test_ngrams_do_not_cross_sentences():
    art = load_article(text="Talks ended. Sanctions followed. Talks ended.")
    grams = helpers.ngrams(art, 2)
    assert grams.to_dict("records") == [
        {"ngram": "talks ended", "count": 2},
        {"ngram": "sanctions followed", "count": 1},
    ]


def test_collocations_find_the_seeds_fixed_phrases(seed):
    c = helpers.collocations(seed, top=10)
    assert list(c.columns) == ["collocation", "count", "score", "measure"]
    top = c["collocation"].tolist()
    for phrase in ("strategic stability", "eastward expansion", "kremlin spokesman"):
        assert phrase in top
    assert (c["count"] >= 2).all()  # the frequency floor


def test_kwic(seed):
    k = helpers.kwic(seed, "strategic stability", window=3)
    assert len(k) == 5
    assert set(k["keyword"]) == {"strategic stability"}
    for _, r in k.iterrows():
        assert seed.text[r["start"] : r["end"]] == r["keyword"]
    g = helpers.kwic(seed, "sanction*")
    assert g["keyword"].tolist() == ["sanctions", "sanctions"]


def test_dispersion_and_vocabulary(seed):
    d = helpers.dispersion(seed, ["ukraine", "nato"])
    assert set(d["term"]) == {"ukraine", "nato"}
    assert d["position"].between(0, 1).all()
    v = helpers.vocabulary(seed).set_index("measure")["value"]
    assert v["sentences"] == 63
    assert v["word types"] <= v["word tokens"] <= v["tokens"]
    assert 0 < v["type/token ratio"] < 1
