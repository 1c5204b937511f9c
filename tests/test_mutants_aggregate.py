"""Exact answers for the per-speaker sentiment table and its plain sentences (issue 19, mutation testing).

Written against the mutants of ``helpers.sentiment.aggregate`` that the other tests let through
(``python tools/mutate.py --modules src/helpers/sentiment/aggregate.py --tests tests/test_sentiment.py
tests/test_expected_tables.py tests/test_mutants_aggregate.py``). Only public functions
(``helpers.speaker_sentiment``, ``helpers.sentiment.speaker_summary``, ``helpers.sentiment.bootstrap_ci``,
``helpers.score_statements``) on small tables made here by hand; every expected value is worked out
beside it from the input and the documented behaviour, never read back from the code.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

import helpers
from helpers.sentiment import NARRATOR, bootstrap_ci
from helpers.sentiment.aggregate import INTERVAL_SCORERS, speaker_columns

SCORERS = ("vader", "textblob", "score")


def _table(rows: list[tuple[object, float, str]]) -> pd.DataFrame:
    """A score_statements-shaped table from (speaker, score, label); every scorer gets the same score."""
    return pd.DataFrame(
        [{"speaker": who, "vader": x, "vader_domain": x, "textblob": x, "score": x, "label": lab}
         for who, x, lab in rows]
    )


# ------------------------------------------------------------------------------- rounding, shares
def test_means_medians_and_shares_are_rounded_to_four_places():
    # three statements scored 0.33333, 0.33334, 0.33335: mean and median 0.33334, which is 0.3333 at
    # four places (and 0.33334 at five); labels 1 negative, 1 neutral, 1 positive: each share 1/3 = 0.3333
    t = _table([("A", 0.33333, "negative"), ("A", 0.33334, "neutral"), ("A", 0.33335, "positive")])
    row = helpers.speaker_sentiment(t, n_boot=20).iloc[0]
    for s in SCORERS:
        assert row[f"{s}_mean"] == 0.3333 and row[f"{s}_median"] == 0.3333
    assert (row.share_negative, row.share_neutral, row.share_positive) == (0.3333, 0.3333, 0.3333)


def test_identical_scores_give_a_point_interval_rounded_to_four_places():
    # every resample of [0.33334] * 3 has mean 0.33334, so both percentiles are 0.33334 -> 0.3333
    t = _table([("A", 0.33334, "neutral")] * 3)
    row = helpers.speaker_sentiment(t, n_boot=20, min_interval=1).iloc[0]  # intervals even for n = 3
    for s in INTERVAL_SCORERS:
        assert (row[f"{s}_ci_low"], row[f"{s}_ci_high"]) == (0.3333, 0.3333)


# ------------------------------------------------------------------------------ bootstrap arguments
def test_n_boot_reaches_the_bootstrap():
    # one resample has one mean: both percentiles of a single value are that value, so low == high;
    # with 2000 resamples of [0, 1] (means 0, 0.5, 1 with chances 1/4, 1/2, 1/4) the 2.5th percentile
    # is 0 and the 97.5th is 1
    t = _table([("A", 0.0, "neutral"), ("A", 1.0, "positive")])
    one = helpers.speaker_sentiment(t, n_boot=1, min_interval=1).iloc[0]
    assert one.score_ci_low == one.score_ci_high
    many = helpers.speaker_sentiment(t, n_boot=2000, min_interval=1).iloc[0]
    assert (many.score_ci_low, many.score_ci_high) == (0.0, 1.0)


def test_the_seed_argument_and_the_name_choose_the_resamples():
    # the docstring: each speaker's generator is seeded with (seed, crc32 of the name). Five spread
    # scores and 20 resamples give an interval that (all but surely) moves with either
    values = [0.1, 0.5, 0.9, -0.3, 0.2]
    t = _table([("A", x, "neutral") for x in values] + [("B", x, "neutral") for x in values])
    first = helpers.speaker_sentiment(t, n_boot=20, seed=1).set_index("speaker")
    second = helpers.speaker_sentiment(t, n_boot=20, seed=2).set_index("speaker")
    assert (first.loc["A", "score_ci_low"], first.loc["A", "score_ci_high"]) != (
        second.loc["A", "score_ci_low"], second.loc["A", "score_ci_high"])  # fmt: skip
    assert (first.loc["A", "score_ci_low"], first.loc["A", "score_ci_high"]) != (
        first.loc["B", "score_ci_low"], first.loc["B", "score_ci_high"])  # fmt: skip


# Twelve spread scores: their resample means are (nearly) all different, so even one resample more or
# less moves a percentile (five values repeat their means too often for that)
SPREAD = [0.11, 0.52, 0.93, -0.34, 0.25, -0.07, 0.68, 0.3, -0.5, 0.77, 0.04, 0.16]


def test_the_defaults_are_seed_0_and_2000_resamples():
    # the signature's seed=0 and the module docstring's 2000 resamples
    t = _table([("A", x, "neutral") for x in SPREAD])
    default = helpers.speaker_sentiment(t)
    assert default.equals(helpers.speaker_sentiment(t, seed=0, n_boot=2000))
    assert not default.equals(helpers.speaker_sentiment(t, seed=0, n_boot=2001))
    assert not default.equals(helpers.speaker_sentiment(t, seed=1, n_boot=2000))


def test_bootstrap_defaults_and_missing_values():
    assert bootstrap_ci(SPREAD) == bootstrap_ci(SPREAD, n_boot=2000, seed=0, level=0.95)
    assert bootstrap_ci(SPREAD) != bootstrap_ci(SPREAD, n_boot=2001)
    assert bootstrap_ci(SPREAD) != bootstrap_ci(SPREAD, seed=1)
    x = [0.1, 0.5, 0.9, -0.3, 0.2]
    # "NaN left out": None and NaN are missing values, the interval is that of the other values
    assert bootstrap_ci([0.1, None, 0.5, float("nan"), 0.9, -0.3, 0.2]) == bootstrap_ci(x)
    assert all(math.isnan(v) for v in bootstrap_ci([0.4, None]))  # one value left: no interval


# -------------------------------------------------------------------------- which rows, which order
def test_rows_by_number_of_statements_then_name_and_the_narrator_last():
    t = _table(
        [("Zed", 0.1, "neutral")] * 2 + [(NARRATOR, 0.0, "neutral")] * 9 + [("Amy", 0.1, "neutral")] * 2
        + [("Bob", 0.1, "neutral")] * 4
    )  # fmt: skip
    table = helpers.speaker_sentiment(t, n_boot=20)
    # Bob has the most statements; Amy and Zed tie at two and go by name; the narrator, with nine, last
    assert list(table["speaker"]) == ["Bob", "Amy", "Zed", NARRATOR]
    assert list(table["n_statements"]) == [4, 2, 2, 9]


def test_rows_without_a_speaker_name_are_left_out():
    t = _table([("A", 0.2, "neutral"), (None, 0.9, "positive"), (float("nan"), -0.9, "negative")])
    table = helpers.speaker_sentiment(t, n_boot=20)
    assert list(table["speaker"]) == ["A"]
    assert table.iloc[0].score_mean == 0.2 and table.iloc[0].share_neutral == 1.0


def test_narrator_false_drops_the_narrator_from_a_scored_table():
    t = _table([("A", 0.2, "neutral")] * 3 + [(NARRATOR, -0.5, "negative")] * 2)
    assert list(helpers.speaker_sentiment(t, n_boot=20)["speaker"]) == ["A", NARRATOR]
    kept = helpers.speaker_sentiment(t, n_boot=20, narrator=False)
    assert list(kept["speaker"]) == ["A"]
    assert kept.iloc[0].n_statements == 3


def test_an_article_is_scored_first_with_or_without_the_narrator():
    text = (
        "Talks in Geneva end\n\nThe talks ended on Tuesday. "
        '"We had a frank and useful exchange," the minister said. The next round is in spring.\n'
    )
    article = helpers.load_article(text)
    from_article = helpers.speaker_sentiment(article, n_boot=20)
    from_table = helpers.speaker_sentiment(helpers.score_statements(article), n_boot=20)
    pd.testing.assert_frame_equal(from_article, from_table)
    assert from_article["speaker"].iloc[-1] == NARRATOR  # two unattributed body sentences
    quiet = helpers.speaker_sentiment(article, n_boot=20, narrator=False)
    assert NARRATOR not in set(quiet["speaker"]) and len(quiet) == len(from_article) - 1


def test_a_scorer_without_any_value_gives_nan_quietly():
    # the VADER-only path leaves textblob empty: its mean, median and interval are NaN, with no warning
    t = _table([("A", 0.2, "neutral"), ("A", 0.4, "positive"), ("A", 0.6, "positive")])
    t["textblob"] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        row = helpers.speaker_sentiment(t, n_boot=20).iloc[0]
    assert all(math.isnan(row[f"textblob_{c}"]) for c in ("mean", "median", "ci_low", "ci_high"))
    assert row.score_mean == 0.4 and row.score_median == 0.4  # (0.2 + 0.4 + 0.6) / 3; the middle value
    t["textblob"] = None  # missing as None (a table read from JSON): the same NaN
    again = helpers.speaker_sentiment(t, n_boot=20).iloc[0]
    assert all(math.isnan(again[f"textblob_{c}"]) for c in ("mean", "median", "ci_low", "ci_high"))


def test_speaker_names_that_are_not_strings_are_kept_as_they_are():
    # speaker ids read from a CSV are numbers: they stay numbers (101 is not turned into "101")
    t = _table([(101, 0.1, "neutral")] * 3 + [(102, 0.3, "neutral")] * 4)
    table = helpers.speaker_sentiment(t, n_boot=20)
    assert table["speaker"].tolist() == [102, 101] and all(type(v) is int for v in table["speaker"].tolist())
    assert table["n_statements"].tolist() == [4, 3] and table["score_mean"].tolist() == [0.3, 0.1]


def test_no_statements_give_an_empty_table_with_every_column():
    full = helpers.speaker_sentiment(_table([("A", 0.2, "neutral")]), n_boot=20)
    empty = helpers.speaker_sentiment(_table([("A", 0.2, "neutral")]).iloc[0:0], n_boot=20)
    assert len(empty) == 0 and list(empty.columns) == list(full.columns) == speaker_columns()


# ----------------------------------------------------------------------------------- plain sentences
# speaker_summary was rewritten to compare with the calibrated neutral band instead of 0 (issue 14); its
# sentences are checked in tests/test_aggregate.py, so the old-wording cases that stood here are gone.


# ------------------------------------------------------------------- the band position, worked by hand
# The band [-0.06, +0.28]; each case places an interval (or, without one, the mean) by reading the
# definitions in band_position's docstring: entirely below / above, inside both edges, over both edges,
# or over one edge. Edges count as inside (the band is inclusive).
BAND = (-0.06, 0.28)
NAN = float("nan")


@pytest.mark.parametrize(("mean", "lo", "hi", "position"), [
    (-0.30, -0.40, -0.07, "below band"),      # hi -0.07 < -0.06
    (0.35, 0.29, 0.40, "above band"),         # lo 0.29 > 0.28
    (0.10, -0.06, 0.28, "within band"),       # both edges exactly: inside
    (0.10, -0.07, 0.29, "wider than band"),   # over both edges
    (0.00, -0.10, 0.10, "crosses lower edge"),
    (0.20, 0.10, 0.40, "crosses upper edge"),
    (-0.06, NAN, NAN, "within band"),         # no interval: the mean alone, on the lower edge
    (0.2801, NAN, NAN, "above band"),
    (-0.0601, NAN, NAN, "below band"),
    (NAN, NAN, NAN, ""),                      # nothing to place
])  # fmt: skip
def test_band_position_by_hand(mean, lo, hi, position):
    from helpers.sentiment.aggregate import band_position

    assert band_position(mean, lo, hi, BAND) == position


def test_position_text_for_every_position():
    from helpers.sentiment.aggregate import POSITIONS, position_text

    words = {p: position_text(p, BAND) for p in POSITIONS}
    assert words == {
        "below band": "lies below the neutral band [-0.06, +0.28]",
        "crosses lower edge": "straddles the lower edge of the neutral band [-0.06, +0.28]",
        "within band": "lies within the neutral band [-0.06, +0.28]",
        "wider than band": "is wider than the neutral band [-0.06, +0.28]",
        "crosses upper edge": "straddles the upper edge of the neutral band [-0.06, +0.28]",
        "above band": "lies above the neutral band [-0.06, +0.28]",
    }
    assert position_text("", BAND) == "cannot be placed against the neutral band [-0.06, +0.28]"


def _line_row(**kw):
    import types

    base = {
        "speaker": "Lavrov", "n_statements": 6, "too_few": False, "has_interval": True,
        "position": "within band", "score_mean": 0.1, "score_ci_low": 0.0, "score_ci_high": 0.2,
        "n_flagged": 0, "share_negative": 0.25, "share_neutral": 0.5, "share_positive": 0.25,
    }  # fmt: skip
    return types.SimpleNamespace(**{**base, **kw})


def test_speaker_line_in_its_three_shapes_and_with_flags():
    from helpers.sentiment.aggregate import speaker_line

    # n >= 5 with an interval: n, mean, interval, position, shares (0.25 -> 25%)
    assert speaker_line(_line_row(), BAND) == (
        "Lavrov: 6 statements, mean +0.10; the 95% interval +0.00 to +0.20 lies within the neutral band "
        "[-0.06, +0.28]; 25% negative, 50% neutral, 25% positive.")
    # one statement: described as the statement
    assert speaker_line(_line_row(n_statements=1, has_interval=False, too_few=True, position="above band",
                                  score_mean=0.3), BAND) == (
        "Lavrov: one statement only, scored +0.30, which lies above the neutral band [-0.06, +0.28]; "
        "that describes the statement, not the speaker.")
    # few statements, listed; too_few decides the last words
    few = _line_row(n_statements=3, has_interval=False, too_few=False, position="crosses lower edge")
    assert speaker_line(few, BAND, [-0.1, 0.1, 0.3]) == (
        "Lavrov: only 3 statements (-0.10, +0.10, +0.30), mean +0.10, which straddles the lower edge of the "
        "neutral band [-0.06, +0.28]; no 95% interval below 5 statements, a mean, not a description.")
    assert speaker_line(_line_row(n_statements=2, has_interval=False, too_few=True), BAND).endswith(
        "no 95% interval below 5 statements, too few to say how this speaker sounds.")
    # the narrator's unit is the sentence, and flags are counted
    narrator = _line_row(speaker=NARRATOR, n_flagged=2)
    assert speaker_line(narrator, BAND) == (
        "The narrator (unattributed body sentences): 6 sentences, mean +0.10; the 95% interval +0.00 to "
        "+0.20 lies within the neutral band [-0.06, +0.28]; 25% negative, 50% neutral, 25% positive; "
        "2 flagged as a known scorer misreading (kept in the mean).")
    # a figure that would print as a band edge it is not gets three decimals
    assert speaker_line(_line_row(score_ci_high=0.2801, position="crosses upper edge"), BAND).count("+0.280") == 1


def test_speaker_summary_lists_scores_only_below_the_interval_minimum():
    from helpers.sentiment.aggregate import speaker_summary

    per = pd.DataFrame([vars(_line_row(speaker="A", n_statements=2, has_interval=False, too_few=True)),
                        vars(_line_row(speaker="B"))])
    scored = pd.DataFrame({"speaker": ["A", "A", "B"], "score": [0.5, -0.5, 0.1]})
    a, b = speaker_summary(per, scored, band=BAND)
    assert a.startswith("A: only 2 statements (+0.50, -0.50), mean +0.10")
    assert "(" not in b.split(";")[0]  # an interval row lists no scores
    assert speaker_summary(per, band=BAND)[0].startswith("A: only 2 statements, mean +0.10")
