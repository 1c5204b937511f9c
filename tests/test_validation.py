"""The shipped validation sets (data/validation), their fixed split and the held-out comparison.

The repository ships the data, so nothing here skips. Expected counts were taken once from the files
(``wc -l`` of each GroundTruth file; NewsMTSC's line count) and the split counts from the calibration
record, which the split rule must keep reproducing.
"""

from __future__ import annotations

import json
import zlib

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT

from helpers.errors import InputError
from helpers.lexicons.sentiment import load_calibration
from helpers.sentiment import validation as V


@pytest.fixture(scope="module")
def ratings():
    return V.load_vader_ratings()


@pytest.fixture(scope="module")
def news():
    return V.load_newsmtsc()


def test_the_sets_ship_with_their_licences_and_a_readme():
    folder = ROOT / "data" / "validation"
    assert V.validation_dir() == folder
    for sub in ("vader-human-ratings", "newsmtsc"):
        assert "Permission is hereby granted, free of charge" in (folder / sub / "LICENSE").read_text("utf-8")
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for needed in ("Hutto", "Hamborg", "MIT", "crc32"):
        assert needed in readme


def test_the_shipped_files_are_the_ones_the_calibration_used():
    import hashlib

    data = load_calibration()["data"]
    folder = V.validation_dir()
    news = hashlib.sha256((folder / "newsmtsc" / "train.jsonl").read_bytes()).hexdigest()[:16]
    assert news == data["newsmtsc_sha256_16"]
    for f in sorted((folder / "vader-human-ratings").glob("*_GroundTruth.txt")):
        assert hashlib.sha256(f.read_bytes()).hexdigest()[:16] == data[f"{f.name.split('_')[0]}_sha256_16"]


def test_vader_ratings_reader(ratings):
    assert ratings.groupby("set").size().to_dict() == {
        "amazonReviewSnippets": 3708, "movieReviewSnippets": 10605, "tweets": 4200,
    }
    assert list(ratings.columns) == ["set", "id", "rating", "text", "split"]
    assert ratings.rating.between(-4, 4).all()
    assert not ratings.text.str.endswith("\r").any() and not ratings.text.str.contains("\t").any()
    first = ratings[(ratings.set == "tweets") & (ratings.id == "1")].iloc[0]
    # tweets_GroundTruth.txt, line 1: "1<TAB>2.726315789<TAB>Somehow I was blessed with some really ..."
    assert first.rating == 2.726315789 and first.text.startswith("Somehow I was blessed")
    assert first.text.endswith("So lucky.")  # the CRLF is not part of the text


def test_newsmtsc_reader(news):
    assert len(news) == 7758 and news.id.is_unique
    assert set(news.polarity) == {2, 4, 6}
    assert (news.label == news.polarity.map({2: "negative", 4: "neutral", 6: "positive"})).all()
    line = (V.validation_dir() / "newsmtsc" / "train.jsonl").read_text(encoding="utf-8").splitlines()[0]
    d = json.loads(line)
    assert news.iloc[0].id == d["primary_gid"] and news.iloc[0].text == d["sentence_normalized"]


def test_split_is_the_documented_crc32_rule():
    for key in ("tweets/1", "movieReviewSnippets/10", "allsides_1000_401_25_Reality Leigh Winner_0_6"):
        expected = "held_out" if zlib.crc32(key.encode()) % 1000 < 300 else "calibrate"
        assert V.split_of(key) == expected


def test_split_counts_match_the_calibration_record(ratings, news):
    data = load_calibration()["data"]
    assert ratings.split.value_counts().to_dict() == data["vader_human_ratings"]
    assert news.split.value_counts().to_dict() == data["newsmtsc_train"]
    assert ratings.split.value_counts().to_dict() == {"calibrate": 13037, "held_out": 5476}
    assert news.split.value_counts().to_dict() == {"calibrate": 5422, "held_out": 2336}


def test_readers_fail_with_one_line_on_a_wrong_folder(tmp_path):
    with pytest.raises(InputError):
        V.load_vader_ratings(tmp_path)
    with pytest.raises(InputError):
        V.load_newsmtsc(tmp_path / "missing.jsonl")


def test_macro_f1_by_hand():
    gold = ["negative", "neutral", "positive", "neutral"]
    pred = ["negative", "neutral", "neutral", "neutral"]
    # negative F1 1; neutral P 2/3 R 1 -> 0.8; positive 0 -> mean 0.6
    assert V.macro_f1(pred, gold) == pytest.approx(0.6)
    assert list(V.band_labels([-0.1, 0.0, 0.3], (-0.06, 0.26))) == ["negative", "neutral", "positive"]


def test_bootstrap_metric_is_seeded_and_brackets_the_value():
    rng = np.random.default_rng(1)
    x = rng.normal(size=200)
    y = x + rng.normal(size=200)
    a = V.bootstrap_metric(V.pearson, x, y, n_boot=200, seed=3)
    assert a == V.bootstrap_metric(V.pearson, x, y, n_boot=200, seed=3)
    assert a[1] < a[0] < a[2]


def test_held_out_comparison_on_a_small_table():
    news = pd.DataFrame({
        "polarity": [2, 4, 6, 4, 2, 6] * 5,
        "label": ["negative", "neutral", "positive", "neutral", "negative", "positive"] * 5,
        "score": [-0.5, 0.1, 0.6, 0.0, -0.2, 0.4] * 5,
        "plain_vader": [-0.5, 0.3, 0.6, 0.1, 0.0, 0.4] * 5,
        "split": ["held_out"] * 30,
    })
    table = V.held_out_comparison(news, band=(-0.06, 0.26), n_boot=100)
    assert list(table.index) == ["score", "plain_vader", "difference"]
    assert table.loc["score", "macro_f1"] == 1.0  # every score falls on its own side of the band
    assert table.loc["difference", "r"] == pytest.approx(table.loc["score", "r"] - table.loc["plain_vader", "r"],
                                                         abs=1e-4)
    assert (table["n"] == 30).all()


def test_recorded_comparison_is_what_the_scorer_gives_today(news):
    """The calibration file's held-out news figures match the scorer and the shipped data (recalibrate
    with ``benchmarks/calibrate_sentiment.py --write`` after changing the scoring rules)."""
    from helpers.sentiment import score_sentences

    ho = news[news.split == "held_out"].copy()
    ho["score"] = score_sentences(ho.text.tolist())["score"].to_numpy()
    ho["plain_vader"] = V.plain_vader(ho.text.tolist())
    table = V.held_out_comparison(ho, n_boot=200)
    recorded = load_calibration()["held_out_news_comparison"]
    for who in ("score", "plain_vader"):
        for col in ("r", "macro_f1"):
            assert table.loc[who, col] == pytest.approx(recorded[who][col], abs=2e-3), (who, col)


def test_comparison_summary_reads_the_table():
    table = pd.DataFrame(
        {"band": ["[-0.06, +0.26]", "[-0.05, +0.05]", ""], "n": [2336] * 3,
         "r": [0.412, 0.403, 0.009], "r_low": [0.375, 0.364, -0.001], "r_high": [0.449, 0.441, 0.021],
         "macro_f1": [0.545, 0.521, 0.024], "f1_low": [0.525, 0.499, 0.010], "f1_high": [0.566, 0.541, 0.037]},
        index=["score", "plain_vader", "difference"],
    )
    head, r, f1 = V.comparison_summary(table)
    assert "2,336" in head and "[-0.06, +0.26]" in head
    assert "+0.009 (95% interval -0.001 to +0.021): not told apart from no difference" in r
    assert "+0.024 (95% interval +0.010 to +0.037): better" in f1
    assert "worse" in V.difference_text(-0.02, -0.03, -0.01)
