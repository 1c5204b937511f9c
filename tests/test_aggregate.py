"""Honest aggregation per speaker (issue 14): n with every mean, intervals only from MIN_INTERVAL
statements, the position against the calibrated neutral band, flags, the parts of the score, the prose.

Expected values are worked out by hand from the small tables built here (the comments show how).
"""

from __future__ import annotations

import math

import matplotlib
import pandas as pd
import pytest

from helpers.sentiment import aggregate as A
from helpers.sentiment import score_statements, speaker_sentiment

matplotlib.use("Agg")
BAND = (-0.06, 0.26)


def _scored(rows: dict[str, list[float]], **extra) -> pd.DataFrame:
    """A score_statements-shaped table: for each speaker its scores (vader_domain 0.1, textblob 0.0)."""
    out = []
    for name, scores in rows.items():
        for s in scores:
            label = "negative" if s < BAND[0] else "positive" if s > BAND[1] else "neutral"
            out.append({"speaker": name, "vader": 0.2, "vader_domain": 0.1, "textblob": 0.0, "score": s,
                        "label": label})
    table = pd.DataFrame(out)
    for name, values in extra.items():
        table[name] = values
    return table


def test_minimums_are_named():
    assert A.MIN_INTERVAL == 5 and A.MIN_STATEMENTS == 3


def test_interval_only_from_min_interval_statements():
    table = speaker_sentiment(_scored({"four": [0.1] * 4, "five": [0.1] * 5}), band=BAND, n_boot=50)
    rows = table.set_index("speaker")
    assert not rows.loc["four", "has_interval"] and math.isnan(rows.loc["four", "score_ci_low"])
    assert rows.loc["five", "has_interval"] and rows.loc["five", "score_ci_low"] == pytest.approx(0.1)
    assert rows.loc["four", "position_basis"] == "mean (n < 5)"
    assert rows.loc["five", "position_basis"] == "interval"
    assert list(table.columns) == A.speaker_columns()


@pytest.mark.parametrize(
    ("mean", "lo", "hi", "expected"),
    [
        (0.10, 0.00, 0.20, "within band"),  # -0.06 <= 0.00 and 0.20 <= 0.26
        (0.20, 0.10, 0.2618, "crosses upper edge"),  # 0.2618 > 0.26: not inside, not above
        (0.40, 0.30, 0.50, "above band"),  # 0.30 > 0.26
        (-0.30, -0.50, -0.10, "below band"),  # -0.10 < -0.06
        (0.00, -0.15, 0.17, "crosses lower edge"),
        (0.10, -0.20, 0.40, "wider than band"),
        (0.43, float("nan"), float("nan"), "above band"),  # no interval: the mean decides
        (-0.06, float("nan"), float("nan"), "within band"),  # the band is inclusive
    ],
)
def test_band_position(mean, lo, hi, expected):
    assert A.band_position(mean, lo, hi, BAND) == expected


def test_position_reads_the_interval_not_the_mean():
    # five statements 0.0, 0.0, 0.0, 0.5, 0.5: mean 0.2 is inside the band, but a resample of four 0.5s
    # and a 0.0 has mean 0.4, so the upper end of the interval passes +0.26
    table = speaker_sentiment(_scored({"x": [0.0, 0.0, 0.0, 0.5, 0.5]}), band=BAND)
    row = table.iloc[0]
    assert row.score_mean == pytest.approx(0.2) and row.score_ci_high > BAND[1]
    assert row.position == "crosses upper edge"


def test_the_parts_of_the_score_are_in_the_table():
    table = speaker_sentiment(_scored({"x": [0.1] * 5}), band=BAND, n_boot=50)
    row = table.iloc[0]
    assert (row.vader_domain_mean, row.textblob_mean, row.vader_mean) == (0.1, 0.0, 0.2)
    cols = list(table.columns)
    assert cols.index("score_mean") < cols.index("vader_domain_mean") < cols.index("textblob_mean")
    # where the statement table carries the stance parts, their means are there too
    stance = _scored({"x": [0.3, 0.1]}, content_score=[0.1, 0.1], cue_stance=[0.5, 0.0])
    row = speaker_sentiment(stance, band=BAND).iloc[0]
    assert (row.content_score_mean, row.cue_stance_mean) == (0.1, 0.25)
    assert cols.index("score_mean") < cols.index("content_score_mean") < cols.index("vader_domain_mean")
    assert "content_score_ci_low" not in cols and "cue_stance_ci_low" not in cols


def test_a_missing_scorer_column_gives_nan():
    table = speaker_sentiment(_scored({"x": [0.1] * 3}).drop(columns="vader_domain"), band=BAND, n_boot=50)
    assert math.isnan(table.iloc[0].vader_domain_mean)


@pytest.mark.parametrize("column", A.FLAG_COLUMNS)
def test_flagged_statements_are_counted(column):
    table = _scored({"x": [0.1, 0.2, 0.3]}, **{column: [True, "", None]})
    assert speaker_sentiment(table, band=BAND, n_boot=50).iloc[0].n_flagged == 1
    assert speaker_sentiment(_scored({"x": [0.1]}), band=BAND).iloc[0].n_flagged == 0


def test_summary_states_n_band_and_position_from_the_table():
    scored = _scored({"many": [0.0, 0.0, 0.0, 0.5, 0.5], "two": [0.0, 0.31], "one": [0.58]})
    table = speaker_sentiment(scored, band=BAND)
    lines = dict(zip(table.speaker, A.speaker_summary(table, scored, band=BAND), strict=True))
    assert lines["one"].startswith("one: one statement only, scored +0.58, which lies above the neutral band "
                                   "[-0.06, +0.26]")
    # the two scores are listed, their mean 0.155 prints +0.15 or +0.16 (float rounding), inside the band
    assert "only 2 statements (+0.00, +0.31)" in lines["two"] and "no 95% interval below 5" in lines["two"]
    assert "lies within the neutral band" in lines["two"] and "too few" in lines["two"]
    assert "5 statements, mean +0.20; the 95% interval" in lines["many"]
    assert "straddles the upper edge of the neutral band [-0.06, +0.26]" in lines["many"]
    assert "lies above 0" not in " ".join(lines.values())


def test_a_figure_never_prints_as_the_band_edge_it_is_not():
    assert A.figure(0.2618, BAND) == "+0.262" and A.figure(0.26, BAND) == "+0.26"
    assert A.figure(0.1234, BAND) == "+0.12"


def test_seed_table_has_n_and_position_for_every_speaker(seed_path):
    scored = score_statements(seed_path)
    table = speaker_sentiment(scored)
    assert table.n_statements.sum() == len(scored)
    assert set(table.position) <= set(A.POSITIONS)
    assert (table.has_interval == (table.n_statements >= A.MIN_INTERVAL)).all()
    assert table[~table.has_interval].score_ci_low.isna().all()


def test_speaker_chart_draws_intervals_only_where_the_table_has_one(seed_path):
    import matplotlib.pyplot as plt

    from helpers.plots import sentiment as P

    scored = score_statements(seed_path)
    table = speaker_sentiment(scored)
    ax = P.speaker_intervals(table, scored)
    lines = [c for c in ax.collections if c.__class__.__name__ == "LineCollection"]
    assert sum(len(c.get_segments()) for c in lines) == int(table.has_interval.sum())
    assert "neutral band" in " ".join(t.get_text() for t in ax.get_legend().get_texts())
    plt.close(ax.figure)
    ax = P.speaker_intervals(table, scorers=("vader_domain", "textblob"))
    assert "secondary" in ax.get_title()
    plt.close(ax.figure)


def test_a_speakers_interval_does_not_depend_on_the_others():
    scored = _scored({"a": [0.0, 0.1, 0.2, 0.3, 0.4, 0.5], "b": [0.3] * 7})
    alone = speaker_sentiment(scored[scored.speaker == "a"], band=BAND).iloc[0]
    together = speaker_sentiment(scored, band=BAND).set_index("speaker").loc["a"]
    assert alone.score_ci_low == together.score_ci_low and alone.score_ci_high == together.score_ci_high
    assert alone.score_ci_low < alone.score_mean < alone.score_ci_high


def test_stock_vader_has_means_only_and_still_draws():
    import matplotlib.pyplot as plt

    from helpers.plots import sentiment as P

    scored = _scored({"x": [0.1, 0.2, 0.3, 0.4, 0.5]})
    table = speaker_sentiment(scored, band=BAND, n_boot=50)
    assert "vader_mean" in table and "vader_ci_low" not in table
    assert set(A.INTERVAL_SCORERS) == {"score", "vader_domain", "textblob"}
    ax = P.speaker_intervals(table, scored, scorers=("vader", "textblob"))
    lines = [c for c in ax.collections if c.__class__.__name__ == "LineCollection"]
    assert sum(len(c.get_segments()) for c in lines) == 1  # textblob's interval only
    plt.close(ax.figure)
