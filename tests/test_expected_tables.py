"""Exact answers for the grouped tables: topic rates and shares, ``too_few``, the neutral band (issue 19).

The inputs are small texts written here, so every expected number can be counted by hand; how each was
counted is written beside it. Only public names: ``helpers.load_article``, ``helpers.load_dictionary``,
``helpers.topic_counts``, ``helpers.speaker_sentiment``, ``helpers.score_sentences``,
``helpers.sentiment.MIN_STATEMENTS``, ``helpers.sentiment.label_of``, ``helpers.sentiment.load_calibration``.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import helpers
import helpers.sentiment

# ------------------------------------------------------------------------------------------ topics
# Headline, a lead paragraph, a heading "Next steps" and a paragraph with one quotation by Putin.
TOPIC_TEXT = """Talks end without a deal

Ukraine and Russia talked about the border of Ukraine on Monday. The talks were long.

Next steps

"Ukraine wants peace, and Ukraine wants a quiet border," Putin said. Nothing else was agreed.
"""
# Words (punctuation does not count), by hand:
#   section 0 (lead): "Talks end without a deal" 5 + "Ukraine and Russia talked about the border of Ukraine
#       on Monday" 11 + "The talks were long" 4 = 20 words; Ukraine 2, border 1.
#   section 1 ("Next steps"): "Next steps" 2 + "Ukraine wants peace and Ukraine wants a quiet border" 9
#       + "Putin said" 2 + "Nothing else was agreed" 4 = 17 words; Ukraine 2, border 1.
#   whole text: 20 + 17 = 37 words; Ukraine 4, border 2.
#   Putin's statement (the words inside the quotation marks): 9 words; Ukraine 2, border 1.
#   the narrator (everything else): 37 - 9 = 28 words; Ukraine 2, border 1.
# per_1000_words = count / words of the GROUP * 1000; share = count / all topic mentions of the group.
TOPIC_DICTIONARY = """version: 1
topics:
  ukraine:
    label: Ukraine
    terms: [Ukraine]
  border:
    label: Borders
    terms: [border]
"""


@pytest.fixture(scope="module")
def topic_article():
    return helpers.load_article(TOPIC_TEXT)


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory):
    path = tmp_path_factory.mktemp("dictionary") / "two_topics.yaml"
    path.write_text(TOPIC_DICTIONARY, encoding="utf-8")
    return helpers.load_dictionary(path)


def _by(table, key_col: str) -> dict:
    return {(r[key_col], r["topic"]): r for _, r in table.iterrows()}


def test_topic_counts_whole_text(topic_article, dictionary):
    rows = _by(helpers.topic_counts(topic_article, dictionary=dictionary).assign(all=0), "all")
    u, b = rows[(0, "ukraine")], rows[(0, "border")]
    assert (u["count"], u["words"], b["count"], b["words"]) == (4, 37, 2, 37)
    assert u["per_1000_words"] == pytest.approx(4 / 37 * 1000, abs=1e-4)  # 108.1081
    assert b["per_1000_words"] == pytest.approx(2 / 37 * 1000, abs=1e-4)  # 54.0541
    assert (u["share"], b["share"]) == (pytest.approx(4 / 6, abs=1e-4), pytest.approx(2 / 6, abs=1e-4))


def test_topic_counts_by_section_divide_by_the_sections_words(topic_article, dictionary):
    table = helpers.topic_counts(topic_article, by="section", dictionary=dictionary)
    rows = _by(table, "section_id")
    assert sorted(table["section"].unique()) == ["", "Next steps"]
    lead_u, lead_b = rows[(0, "ukraine")], rows[(0, "border")]
    next_u, next_b = rows[(1, "ukraine")], rows[(1, "border")]
    assert (lead_u["words"], next_u["words"]) == (20, 17)
    assert (lead_u["count"], lead_b["count"], next_u["count"], next_b["count"]) == (2, 1, 2, 1)
    assert lead_u["per_1000_words"] == pytest.approx(2 / 20 * 1000, abs=1e-4)  # 100.0, not 2/37*1000
    assert lead_b["per_1000_words"] == pytest.approx(1 / 20 * 1000, abs=1e-4)  # 50.0
    assert next_u["per_1000_words"] == pytest.approx(2 / 17 * 1000, abs=1e-4)  # 117.6471
    assert next_b["per_1000_words"] == pytest.approx(1 / 17 * 1000, abs=1e-4)  # 58.8235
    for r in (lead_u, next_u):
        assert r["share"] == pytest.approx(2 / 3, abs=1e-4)
    for r in (lead_b, next_b):
        assert r["share"] == pytest.approx(1 / 3, abs=1e-4)


def test_topic_counts_by_speaker_divide_by_the_speakers_words(topic_article, dictionary):
    table = helpers.topic_counts(topic_article, by="speaker", dictionary=dictionary)
    rows = _by(table, "speaker")
    assert set(table["speaker"]) == {"Putin", "(narrator)"}
    pu, pb = rows[("Putin", "ukraine")], rows[("Putin", "border")]
    nu, nb = rows[("(narrator)", "ukraine")], rows[("(narrator)", "border")]
    assert (pu["words"], nu["words"]) == (9, 28)
    assert (pu["count"], pb["count"], nu["count"], nb["count"]) == (2, 1, 2, 1)
    assert pu["per_1000_words"] == pytest.approx(2 / 9 * 1000, abs=1e-4)  # 222.2222
    assert pb["per_1000_words"] == pytest.approx(1 / 9 * 1000, abs=1e-4)  # 111.1111
    assert nu["per_1000_words"] == pytest.approx(2 / 28 * 1000, abs=1e-4)  # 71.4286
    assert nb["per_1000_words"] == pytest.approx(1 / 28 * 1000, abs=1e-4)  # 35.7143
    assert (pu["share"], pb["share"]) == (pytest.approx(2 / 3, abs=1e-4), pytest.approx(1 / 3, abs=1e-4))
    assert (nu["share"], nb["share"]) == (pytest.approx(2 / 3, abs=1e-4), pytest.approx(1 / 3, abs=1e-4))


# ---------------------------------------------------------------------------------------- too_few
def test_min_statements_is_three():
    # the module docstring: "too_few (fewer than min_statements, default 3)"
    assert helpers.sentiment.MIN_STATEMENTS == 3


def _scored(counts: dict[str, int]) -> pd.DataFrame:
    """A score_statements-shaped table: ``counts[name]`` neutral statements for each speaker."""
    rows = []
    for name, n in counts.items():
        rows += [{"speaker": name, "vader": 0.1, "textblob": 0.0, "score": 0.1, "label": "neutral"}] * n
    return pd.DataFrame(rows)


def test_too_few_at_min_minus_one_min_and_min_plus_one():
    m = helpers.sentiment.MIN_STATEMENTS
    table = helpers.speaker_sentiment(_scored({"two": m - 1, "three": m, "four": m + 1}), n_boot=50)
    flags = dict(zip(table["speaker"], table["too_few"]))
    counts = dict(zip(table["speaker"], table["n_statements"]))
    assert counts == {"two": m - 1, "three": m, "four": m + 1}
    # "fewer than min_statements": only m - 1 is too few; exactly m is enough
    assert flags == {"two": True, "three": False, "four": False}


def test_too_few_follows_the_min_statements_argument():
    table = helpers.speaker_sentiment(_scored({"a": 4, "b": 5}), min_statements=5, n_boot=50)
    assert dict(zip(table["speaker"], table["too_few"])) == {"a": True, "b": False}


# ---------------------------------------------------------------------------------- neutral band
# Copied by hand from src/helpers/lexicons/sentiment_calibration.json: "neutral_band": [-0.06, 0.28],
# weights vader_domain 0.65, textblob 0.35 (recalibrated after the typography and diplomatic layer:
# the upper edge moved from 0.26 to 0.28).
BAND = (-0.06, 0.28)


def test_calibrated_band_is_the_files(root):
    on_disk = json.loads((root / "src/helpers/lexicons/sentiment_calibration.json").read_text(encoding="utf-8"))
    assert tuple(on_disk["neutral_band"]) == BAND
    assert tuple(helpers.sentiment.load_calibration()["neutral_band"]) == BAND


@pytest.mark.parametrize("score, label", [
    (-0.0601, "negative"), (-0.06, "neutral"), (-0.05, "neutral"), (0.0, "neutral"), (0.06, "neutral"),
    (0.28, "neutral"), (0.2801, "positive"),
])  # fmt: skip
def test_band_edges(score, label):
    # the band is inclusive at both ends: negative < -0.06 <= neutral <= 0.28 < positive
    assert helpers.sentiment.label_of(score) == label


# Sentences scored by hand. VADER's compound for one lexicon word of valence v and no other cue is
# v / sqrt(v*v + 15) (the package's normalisation, alpha = 15); TextBlob's polarity is the mean
# polarity of the adjectives of its pattern lexicon (0 when there is none).
#  * "They agreed." — "agreed" 1.1 in vader_lexicon.txt, absent from en-sentiment.xml and from
#    sentiment_domain.yaml: vader = 1.1 / sqrt(1.21 + 15) = 0.2732; textblob 0;
#    score = 0.65 * 0.2732 = 0.1776 -> neutral (inside the band; a ±0.05 band would call it positive).
#  * "They were angry." — "angry" -2.3 in VADER, -0.5 in the pattern lexicon:
#    vader = -2.3 / sqrt(5.29 + 15) = -0.5106; score = 0.65 * -0.5106 + 0.35 * -0.5 = -0.5069 -> negative.
#  * "The talks were held on Tuesday." — no lexicon word: 0, 0, score 0 -> neutral.
HAND_SCORED = [
    ("They agreed.", 0.2732, 0.0, 0.1776, "neutral"),
    ("They were angry.", -0.5106, -0.5, -0.5069, "negative"),
    ("The talks were held on Tuesday.", 0.0, 0.0, 0.0, "neutral"),
]


def test_hand_scored_sentences():
    table = helpers.score_sentences([s for s, *_ in HAND_SCORED])
    for (sentence, vader, textblob, score, label), row in zip(HAND_SCORED, table.itertuples(), strict=True):
        assert row.text == sentence
        assert row.vader_domain == pytest.approx(vader, abs=1e-4), sentence
        assert row.textblob == pytest.approx(textblob, abs=1e-4), sentence
        assert row.score == pytest.approx(score, abs=2e-4), sentence
        assert row.label == label, sentence
