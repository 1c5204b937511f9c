"""Sentiment: masking, the two scorers, the calibrated score and label, explanations, per-speaker tables."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pandas as pd
import pytest
from conftest import sample
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers import sentiment as S
from helpers.errors import InputError

NEUTRAL_INSTITUTIONS = [
    "The United Nations Security Council met on Tuesday.",
    "A White House official spoke to reporters.",
    "The Foreign Ministry published the text of the note.",
    "Defense Secretary Lloyd Austin arrived in Brussels.",
    "The foreign minister will travel to Geneva next week.",
    "The Justice Department filed the papers on Monday.",
    "The Supreme Court of the United Kingdom sits in London.",
]


# ------------------------------------------------------------------------------------------- masking
def test_the_security_council_sentence_is_neutral_after_masking():
    text = NEUTRAL_INSTITUTIONS[0]
    assert S.vader_compound(text) > 0.5  # the problem: "united", "security"
    row = S.score_sentences([text]).iloc[0]
    assert row.vader == 0 and row.textblob == 0 and row.score == 0
    assert row.label == "neutral"
    assert "United" not in row.masked and "Security" not in row.masked


@pytest.mark.parametrize("text", NEUTRAL_INSTITUTIONS)
def test_institution_and_title_sentences_score_neutral(text):
    row = S.score_sentences([text]).iloc[0]
    assert row.label == "neutral", row.masked
    assert row.n_masked >= 1


def test_foreign_is_not_negative_inside_a_title():
    assert S.textblob_polarity("The foreign minister spoke.") < 0
    assert S.score_sentences(["The foreign minister spoke."]).textblob.iloc[0] == 0


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Great progress was made.", "Great"),
        ("Happy Birthday to you all!", "Happy Birthday"),
        ("What a day :D", ":D"),
        ('He said: "Excellent! Why not?"', "Excellent"),
        ("Putin And Biden Hail Talks As Productive", "Productive"),  # Title Case headline
    ],
)
def test_sentiment_words_that_are_not_names_are_kept(text, kept):
    masked, _ = S.mask(text)
    assert kept in masked


def test_capitalised_runs_with_an_institution_head_are_masked():
    masked, spans = S.mask("He met the Justice Ministry and the Freedom Party in Vienna.")
    assert "Justice" not in masked and "Freedom" not in masked
    assert {sp.kind for sp in spans} <= {"lexicon", "proper"}
    for sp in spans:
        assert "He met the Justice Ministry and the Freedom Party in Vienna."[sp.start : sp.end] == sp.text


def test_given_spans_are_masked_and_checked():
    text = "Hope Hicks said the plan was fine."
    masked, spans = S.mask(text, [(0, 10)])
    assert masked.startswith(S.MASK_TOKEN) and "Hope" not in masked
    assert spans[0].kind == "given"
    with pytest.raises(InputError):
        S.mask(text, [(5, 500)])


def test_masking_table_shows_before_and_after():
    t = S.masking_table(NEUTRAL_INSTITUTIONS[:2])
    assert list(t.columns) == [
        "text",
        "masked",
        "masked_spans",
        "vader_before",
        "vader_after",
        "textblob_before",
        "textblob_after",
    ]
    assert t.vader_before.iloc[0] > 0.5 and t.vader_after.iloc[0] == 0


# ------------------------------------------------------------------------------------------- scoring
def test_score_sentences_columns_and_types():
    df = S.score_sentences(["This is a wonderful success.", "This is a terrible war."])
    assert list(df.columns) == S.SCORE_COLUMNS
    assert df.label.tolist() == ["positive", "negative"]
    assert (
        df.score.between(-1, 1).all() and df.vader.between(-1, 1).all() and df.textblob.between(-1, 1).all()
    )
    assert S.score_sentences([]).columns.tolist() == S.SCORE_COLUMNS
    assert len(S.score_sentences("one text")) == 1


def test_score_sentences_rejects_non_strings_and_bad_span_lists():
    with pytest.raises(InputError):
        S.score_sentences(["fine", 3])
    with pytest.raises(InputError):
        S.score_sentences(["a", "b"], spans=[[]])


def test_score_is_the_calibrated_combination_and_label_uses_the_band():
    cal = S.load_calibration()
    df = S.score_sentences(["The talks were constructive but the threat of sanctions remains."])
    r = df.iloc[0]
    w = cal["weights"]
    assert r.score == pytest.approx(w["vader_domain"] * r.vader_domain + w["textblob"] * r.textblob, abs=1e-4)
    lo, hi = cal["neutral_band"]
    assert S.label_of(lo) == "neutral" and S.label_of(hi) == "neutral"
    assert S.label_of(lo - 1e-9) == "negative" and S.label_of(hi + 1e-9) == "positive"


def test_vader_only_path_leaves_textblob_empty_and_uses_its_own_band():
    df = S.score_sentences(["The talks were good."], textblob=False)
    assert math.isnan(df.textblob.iloc[0])
    assert df.score.iloc[0] == df.vader_domain.iloc[0]


def test_domain_valences_only_change_the_domain_column():
    r = S.score_sentences(["The sanctions were announced on Friday."]).iloc[0]
    assert r.vader == 0 and r.vader_domain < 0 and r.label == "negative"


TRICKY = [
    "VADER is not smart, handsome, nor funny.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "It was kind of good, sort of.",
    "At least it isn't a horrible book.",
    "Never so good!!!??",
    "Without a doubt, an excellent idea.",
    "NOT BAD at all, The Bomb",
    "",
    "   ",
    # no word of the stock lexicon: compound 0.0 whatever the "!"/"?" emphasis and capitals
    "The delegation met on Tuesday!!! ?? ??",
    "THE DELEGATION met on TUESDAY?!",
    "Sanctions!!! but the ceasefire?? ??",
    "no ceasefire, NO sanctions!",
    "!!!",
    "We must build a peaceful world together, the bomb of the shit, a kiss of death, yeah right",
    "It was the bomb and kind of GREAT, a bad ass idea that is not so bad, this is the bomb",
]


def test_the_mask_token_holds_no_emoji_character():
    # vader_text skips the emoji pass for texts that are ASCII but for their mask tokens
    assert not any(ch in S.vader.stock_analyzer().emojis for ch in S.MASK_TOKEN)
    text = f"{S.MASK_TOKEN} said 💘 to {S.MASK_TOKEN}"
    assert S.vader_pair(text)[0] == S.vader.stock_analyzer().polarity_scores(text)["compound"] != 0


@pytest.mark.parametrize("text", TRICKY)
def test_vader_pass_equals_the_package(text):
    v, vd = S.vader_pair(text)
    assert v == S.vader.stock_analyzer().polarity_scores(text)["compound"]
    assert vd == S.vader.domain_analyzer().polarity_scores(text)["compound"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "good",
                "bad",
                "not",
                "very",
                "but",
                "kind",
                "of",
                "war",
                "sanctions",
                "GREAT",
                "no",
                "never",
                "so",
                "least",
                "at",
                "!",
                "?",
                "peace",
                "the",
                "Crisis",
                "😁",
                ":)",
                "without",
                "doubt",
                "sort",
                "concern",
                "cooperation",
                "escalation",
                "stability",
                "ceasefire",
                "kind",
                "of",
                "least",
                "no",
                "Tuesday",
                "THE",
                "delegation",
                "??",
                "bomb",
                "kiss",
                "death",
                "this",
                "isn't",
                "most",
                "yeah",
                "right",
            ]
        ),
        max_size=16,
    )
)
def test_vader_pass_equals_the_package_on_random_word_soup(words):
    text = " ".join(words)
    v, vd = S.vader_pair(text)
    assert v == S.vader.stock_analyzer().polarity_scores(text)["compound"]
    assert vd == S.vader.domain_analyzer().polarity_scores(text)["compound"]


_SOUP_WORDS = ["good", "GOOD", "not", "very", "bad", "no", "never", "so", "this", "without", "doubt",
               "least", "at", "kind", "of", "bomb", "the", "crisis", "peace", "isn't", "most", "but", "yeah",
               "right", "sanctions", "talks", "sort"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUP_WORDS), min_size=1, max_size=12))
def test_word_valence_equals_the_packages_sentiment_valence(words):
    """The shortcut of vader.word_valence against its plain version, word by word, with both lexicons."""
    V = S.vader
    senti = V.senti_words(" ".join(words))
    low = [w.lower() for w in senti.words_and_emoticons]
    for analyzer in (V.stock_analyzer(), V.domain_analyzer()):
        for i, w in enumerate(low):
            if w in analyzer.lexicon:
                plain = analyzer.sentiment_valence(0, senti, senti.words_and_emoticons[i], i, [])[0]
                assert V.word_valence(analyzer, senti, low, i) == plain, (words, i)


def test_span_index_cuts_sorted_and_unsorted_spans_alike():
    # 40 spans (more than the 32 that switch on bisection) of 2 characters every 10 characters:
    # (0, 2), (10, 12), ..., (390, 392).  The stretch [15, 29) holds (20, 22) whole and nothing else;
    # [9, 21) holds (10, 12) whole and the first character of (20, 22): relative to 9, (1, 3) and (11, 12).
    from helpers.sentiment.statement_scores import SpanIndex

    spans = [(k, k + 2) for k in range(0, 400, 10)]
    for order in (spans, spans[::-1]):
        index = SpanIndex(order)
        assert sorted(index.inside(15, 29)) == [(5, 7)]
        assert sorted(index.inside(9, 21)) == [(1, 3), (11, 12)]
        assert index.inside(393, 399) == []


def _vader_mismatches(texts: list[str]) -> list[str]:
    stock, domain = S.vader.stock_analyzer(), S.vader.domain_analyzer()
    out = []
    for t in texts:
        v, vd = S.vader_pair(t)
        if v != stock.polarity_scores(t)["compound"] or vd != domain.polarity_scores(t)["compound"]:
            out.append(t)
    return out


def test_vader_pass_equals_the_package_on_validation_and_corpus_sentences(shared_dir):
    """Every 5th (``--full``: every) human-rated sentence, and what the pipeline scores: masked sentences of every 9th UN speech
    and every 4th Wikinews article, and some unmasked ones. (When the pass was last rewritten, the same
    comparison over every sentence of the shared corpora, masked and unmasked, found no difference.)"""
    from helpers.article import load_article

    folder = shared_dir / "validation"
    texts = list(S.load_vader_ratings(folder / "vader-human-ratings").text)
    texts += list(S.load_newsmtsc(folder / "newsmtsc" / "train.jsonl").text)
    corpora = shared_dir / "corpora"
    files = sorted((corpora / "ungdc-2014-2024").glob("*.txt"))[::9]
    files += sorted((corpora / "wikinews-2019-2020").glob("*.txt"))[::4]
    sentences = [s for f in files for s in load_article(f).sentences["text"]]
    texts += [S.mask(s)[0] for s in sentences] + sentences[::10]
    assert len(texts) > 40_000
    assert _vader_mismatches(sample(texts)) == []  # every 5th text; all of them with --full


# ------------------------------------------------------------------------------------------- explain
@pytest.mark.parametrize(
    "text",
    [
        "The United Nations Security Council was not very happy, but the talks were really good!",
        "Russia calls such claims empty and groundless, amid sanctions and the threat of war.",
        "Nothing to see here.",
    ],
)
def test_explain_contributions_add_up_to_the_scores(text):
    ex = S.explain(text)
    assert list(ex.columns) == S.EXPLAIN_COLUMNS
    row = S.score_sentences([text]).iloc[0]
    for scorer in ("vader", "vader_domain", "textblob"):
        part = ex[ex.scorer == scorer]
        total = part[part.word == "(total)"].contribution.iloc[0]
        assert total == pytest.approx(getattr(row, scorer), abs=1e-4)
        words = part[part.word != "(total)"].contribution.sum()
        assert words == pytest.approx(total, abs=2e-3)


def test_explain_lists_masked_spans_with_the_valence_they_would_have_added():
    ex = S.explain("The United Nations Security Council met on Tuesday.")
    masked = ex[ex.scorer == "masked"]
    assert masked.word.iloc[0] == "United Nations Security Council"
    assert masked.lexicon.iloc[0] == pytest.approx(1.8 + 1.4)


def test_explain_marks_negation_and_domain_words():
    ex = S.explain("This is not good, and sanctions loom.")
    vader = ex[(ex.scorer == "vader") & (ex.word == "good")]
    assert vader.valence.iloc[0] < 0 and "negated" in vader.note.iloc[0]
    dom = ex[(ex.scorer == "vader_domain") & (ex.word == "sanctions")]
    assert "domain lexicon" in dom.note.iloc[0]


# ------------------------------------------------------------------------------------------ lexicons
def test_lexicon_files_load_and_are_sane():
    assert "security council" in S.load_neutralise()
    assert "ministry" in S.load_heads()
    dom = S.load_domain()
    assert all(-4 <= v <= 4 for v in dom.values())
    import yaml

    added = yaml.safe_load(S.DOMAIN_FILE.read_text(encoding="utf-8"))["add"]
    assert not set(added) & set(S.vader.stock_analyzer().lexicon), "an 'add' word is already in stock VADER"


def test_bad_domain_lexicon_raises_input_error(tmp_path):
    bad = tmp_path / "d.yaml"
    bad.write_text("add:\n  war: -9\n", encoding="utf-8")
    with pytest.raises(InputError, match="outside"):
        S.load_domain(str(bad))
    bad.write_text("add: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError):
        S.load_domain(str(bad))
    with pytest.raises(InputError):
        S.load_domain(str(tmp_path / "missing.yaml"))


def test_calibration_record_is_consistent():
    cal = json.loads(S.CALIBRATION_FILE.read_text(encoding="utf-8"))
    assert sum(cal["weights"].values()) == pytest.approx(1.0)
    lo, hi = cal["neutral_band"]
    assert -1 <= lo <= hi <= 1
    corr = cal["held_out_correlation"]
    for key, baseline in corr["vader_stock_unmasked"].items():
        assert corr["score"][key] >= baseline, key
    labels = cal["held_out_newsmtsc_labels"]
    assert (
        labels["score_calibrated_band"]["macro_f1"] > labels["vader_stock_unmasked_default_band"]["macro_f1"]
    )


# ------------------------------------------------------------------------------- statements, speakers
def _fake_statements(article):
    """Quoted stretches of the seed, given to three made-up speakers in turn (no attribution needed)."""
    rows = []
    for i, m in enumerate(re.finditer(r'"([^"]+)"', article.text)):
        rows.append(
            {
                "statement_id": i,
                "speaker": ["A", "B", "C"][i % 3] if i < 9 else "D",
                "start": m.start(1),
                "end": m.end(1),
                "text": m.group(1),
                "kind": "direct",
                "sentence_id": None,
            }
        )
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def seed_scored(seed_path):
    art = helpers.load_article(seed_path)
    return art, S.score_statements(art, statements=_fake_statements(art))


def test_score_statements_rows_round_trip(seed_scored):
    art, t = seed_scored
    assert list(t.columns) == S.STATEMENT_COLUMNS
    for r in t.itertuples():
        assert art.text[r.start : r.end] == r.text
    assert (t.speaker == S.NARRATOR).sum() > 10
    narr = t[t.speaker == S.NARRATOR]
    quoted = t[t.speaker != S.NARRATOR]
    for q in quoted.itertuples():  # a narrator sentence never overlaps a statement
        assert not ((narr.start < q.end) & (narr.end > q.start)).any()
    assert t.start.is_monotonic_increasing


def test_score_statements_checks_offsets(seed_path):
    art = helpers.load_article(seed_path)
    bad = _fake_statements(art).head(1).assign(start=0)
    with pytest.raises(InputError):
        S.score_statements(art, statements=bad)


def test_speaker_sentiment_table(seed_scored):
    _, t = seed_scored
    sp = S.speaker_sentiment(t)
    assert sp.speaker.iloc[-1] == S.NARRATOR
    assert sp.speaker.is_unique
    assert sp.n_statements.sum() == len(t)
    shares = sp[["share_negative", "share_neutral", "share_positive"]].sum(axis=1)
    assert np.allclose(shares, 1, atol=1e-3)
    d = sp.set_index("speaker").loc["D"]
    assert d.too_few == (d.n_statements < S.MIN_STATEMENTS)
    ok = sp[sp.n_statements >= S.MIN_INTERVAL]  # intervals only from MIN_INTERVAL statements on
    assert (ok.score_ci_low <= ok.score_mean + 1e-12).all() and (
        ok.score_mean <= ok.score_ci_high + 1e-12
    ).all()
    assert sp.loc[sp.n_statements < S.MIN_INTERVAL, "score_ci_low"].isna().all()
    again = S.speaker_sentiment(t)
    pd.testing.assert_frame_equal(sp, again)


def test_a_speakers_interval_does_not_depend_on_the_others(seed_scored):
    _, t = seed_scored
    # min_interval=2 so that the seed's small groups get intervals to compare
    alone = S.speaker_sentiment(t[t.speaker == "A"], min_interval=2).iloc[0]
    together = S.speaker_sentiment(t, min_interval=2).set_index("speaker").loc["A"]
    assert not math.isnan(alone.score_ci_low)
    assert alone.score_ci_low == together.score_ci_low and alone.textblob_ci_high == together.textblob_ci_high


def test_single_statement_has_no_interval_and_is_flagged():
    t = S.score_sentences(["It was a good meeting."]).assign(speaker="X")
    row = S.speaker_sentiment(t).iloc[0]
    assert row.too_few and math.isnan(row.score_ci_low)
    assert row.score_mean == row.score_median


def test_every_neutraliser_phrase_holds_one_of_the_prefilter_words():
    keys = S.masking.phrase_keys()
    for phrase in S.load_neutralise():
        assert set(re.split(r"[\s\-]+", phrase)) & set(keys), phrase


def test_phrase_regex_grouped_by_letter_matches_the_plain_trie():
    import random

    phrases = [tuple(re.split(r"[\s\-]+", p)) for p in S.load_neutralise()]
    plain = re.compile(r"(?<![\w'’])(?:" + S.masking.trie_pattern(phrases) + r")(?![\w'’])")
    grouped = S.masking.phrase_regex()
    assert grouped.pattern != plain.pattern  # the project's phrases all open with a letter
    rnd = random.Random(5)
    words = [*sorted({w for p in S.load_neutralise() for w in re.split(r"[\s\-]+", p)}), "x", "é", "1"]
    phrases = list(S.load_neutralise())
    seps = [" ", "-", " - ", "", "'", "’", "\t", ". ", "_", "  "]

    def piece():  # a phrase (its words re-joined by random separators) or a loose word
        if rnd.random() < 0.5:
            return rnd.choice(words)
        return rnd.choice([" ", "-", "  "]).join(rnd.choice(phrases).split())

    texts = phrases + ["".join(piece() + rnd.choice(seps) for _ in range(rnd.randint(1, 8))) for _ in range(20000)]
    spans = lambda pattern, t: [m.span() for m in pattern.finditer(t)]  # noqa: E731
    assert sum(bool(spans(grouped, t)) for t in texts) > 1000
    for t in texts:
        assert spans(grouped, t) == spans(plain, t)
        upper = t.upper()
        assert spans(re.compile(grouped.pattern, re.I), upper) == spans(re.compile(plain.pattern, re.I), upper)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZQ.'’-:;= \tÉéßıİǅ1_ΣσДд⟨⟩“”\nUS", max_size=30))
def test_capitalised_word_regex_matches_the_plain_letter_class(text):
    # _CAP_RE opens with ranges and a lookbehind instead of the letter class itself: the same matches
    plain = re.compile(r"[^\W\d_a-z](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<![\w'’\-.].)[\w'’\-]*)")
    text = f"{text} {text.upper()} U.S. Ève ‘Östen’"
    assert [m.span() for m in S.masking.CAPITALISED_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _numpy_bootstrap(values, n_boot=2000, seed=0, level=0.95):
    """The bootstrap as first written: fancy-index gather, ``mean``, ``np.percentile``."""
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), size=(n_boot, len(x)))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return float(lo), float(hi)


def test_bootstrap_and_percentile_are_bit_identical_to_numpy():
    rng = np.random.default_rng(7)
    for k in range(400):
        n = int(rng.integers(2, 120))
        values = np.round(rng.uniform(-1, 1, n), int(rng.integers(1, 5)))  # ties, as rounded scores have
        seed = [k, int(rng.integers(0, 2**32))]
        n_boot = (2000, 1999, 500, 37, 2, 1)[k % 6]
        level = (0.95, 0.9, 0.5, 0.99, 0.0, 1.0)[k % 6]
        got = S.bootstrap_ci(values, n_boot=n_boot, seed=seed, level=level)
        assert got == _numpy_bootstrap(values, n_boot, seed, level)


def test_bootstrap_is_seeded():
    x = [0.1, 0.5, -0.2, 0.3, 0.0]
    assert S.bootstrap_ci(x, seed=1) == S.bootstrap_ci(x, seed=1)
    assert S.bootstrap_ci(x, seed=1) != S.bootstrap_ci(x, seed=2)
    lo, hi = S.bootstrap_ci(x)
    assert lo <= np.mean(x) <= hi


def test_agreement_and_confusion(seed_scored):
    _, t = seed_scored
    ag = S.agreement(t)
    assert ag["n"] == len(t)
    assert -1 <= ag["pearson"]["vader~textblob"] <= 1
    ct = S.confusion(t)
    assert list(ct.index) == list(S.LABELS) and list(ct.columns) == list(S.LABELS)
    assert int(ct.to_numpy().sum()) == len(t)


# ---------------------------------------------------------------------------------- against people
@pytest.fixture(scope="module")
def held_out(shared_dir):
    ratings = S.load_vader_ratings(shared_dir / "validation" / "vader-human-ratings")
    news = S.load_newsmtsc(shared_dir / "validation" / "newsmtsc" / "train.jsonl")
    return ratings[ratings.split == "held_out"], news[news.split == "held_out"]


def test_validation_loaders(held_out):
    ratings, news = held_out
    assert set(ratings.set) == {"tweets", "movieReviewSnippets", "amazonReviewSnippets"}
    assert ratings.rating.between(-4, 4).all() and not ratings.text.str.endswith("\r").any()
    assert set(news.polarity) == {2, 4, 6}


#: How far a held-out figure may be from the one the calibration file records (see the test below).
RECORD_TOLERANCE = 0.01


def test_score_agrees_with_people_at_least_as_well_as_stock_vader(held_out):
    """The held-out 30 % (never used to choose weights or band): score r >= stock VADER r on every set.

    The recorded figures are those of the calibration file; since the typography step and the
    diplomatic layer (issue 14), until ``benchmarks/calibrate_sentiment.py --write`` records them again,
    a figure may not fall more than RECORD_TOLERANCE below the recorded one (it may rise)."""
    ratings, news = held_out
    recorded = S.load_calibration()["held_out_correlation"]
    for name, g in ratings.groupby("set"):
        score = S.score_sentences(g.text.tolist()).score
        stock = [S.vader_compound(t) for t in g.text]
        r_score = np.corrcoef(score, g.rating)[0, 1]
        r_stock = np.corrcoef(stock, g.rating)[0, 1]
        assert r_score >= r_stock, name
        assert r_score >= recorded["score"][f"{name}_pearson"] - RECORD_TOLERANCE, name
    y = news.polarity.map({2: -1, 4: 0, 6: 1})
    scored = S.score_sentences(news.text.tolist())
    r_score = np.corrcoef(scored.score, y)[0, 1]
    r_stock = np.corrcoef([S.vader_compound(t) for t in news.text], y)[0, 1]
    assert r_score >= r_stock
    assert r_score >= recorded["score"]["newsmtsc_pearson"] - RECORD_TOLERANCE
    accuracy = float((scored.label.to_numpy() == news.label.to_numpy()).mean())
    recorded_acc = S.load_calibration()["held_out_newsmtsc_labels"]["score_calibrated_band"]["accuracy"]
    assert accuracy >= recorded_acc - RECORD_TOLERANCE


# ------------------------------------------------------------------------------------- command line
def _run_cli(args, stdin=None):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_cli_score_reads_stdin():
    out = _run_cli(
        ["score"], "The United Nations Security Council met on Tuesday.\n\nThis is a terrible war.\n"
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["label"] for r in rows] == ["neutral", "negative"]
    assert set(rows[0]) == set(S.SCORE_COLUMNS)
    empty = _run_cli(["score"], "")
    assert empty.returncode == 2 and empty.stderr.count("\n") == 1


def test_cli_sentiment_by_statement_and_speaker(seed_path):
    out = _run_cli(["sentiment", str(seed_path), "--format", "csv"])
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0].split(",") == S.STATEMENT_COLUMNS
    by = _run_cli(["sentiment", str(seed_path), "--by", "speaker"])
    assert by.returncode == 0, by.stderr
    rows = json.loads(by.stdout)
    assert rows[-1]["speaker"] == S.NARRATOR and all("speaker" in r and "too_few" in r for r in rows)
    missing = _run_cli(["sentiment", "no/such/file.txt"])
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


# -------------------------------------------------------------------------------------------- charts
def test_charts_draw_from_the_tables(seed_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.plots import sentiment as P

    art = helpers.load_article(seed_path)
    t = S.score_statements(art, statements=_fake_statements(art))
    sp = S.speaker_sentiment(t)
    for ax in (P.speaker_intervals(sp), P.sentiment_along(t, art), P.statement_bars(t, top=2)):
        assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
        plt.close(ax.figure)
    ax = P.statement_bars(t, speakers=["A"])
    assert len(ax.patches) >= (t.speaker == "A").sum()
    plt.close(ax.figure)
    empty = t.iloc[0:0]
    plt.close(P.statement_bars(empty).figure)
    plt.close(P.sentiment_along(empty).figure)


def test_speaker_summary_never_gives_a_bare_number_for_one_statement(seed_scored):
    _, t = seed_scored
    t = pd.concat([t, S.score_sentences(["A fine day."]).assign(speaker="Solo")], ignore_index=True)
    sp = S.speaker_sentiment(t)
    lines = dict(zip(sp.speaker, S.speaker_summary(sp), strict=True))
    assert "one statement only" in lines["Solo"] and "not the speaker" in lines["Solo"]
    for row in sp.itertuples():
        if row.too_few and row.n_statements > 1:
            assert "too few" in lines[row.speaker]
        elif not row.too_few:
            assert "95% interval" in lines[row.speaker]


def test_narrator_sentences_exclude_statement_frames(seed_path):
    """A sentence holding only a statement's cue ('..., he said.') is not the narrator's."""
    art = helpers.load_article(seed_path)
    sents = art.sentences
    body = sents[sents["kind"] == "body"].reset_index(drop=True)
    first, second = body.iloc[0], body.iloc[1]
    st = pd.DataFrame(
        {
            "statement_id": [0],
            "speaker": ["X"],
            "start": [int(first.start)],
            "end": [int(first.start) + 5],
            "text": [art.text[int(first.start) : int(first.start) + 5]],
            "cue_start": [int(second.start)],
            "cue_end": [int(second.start) + 3],
            "sentence_ids": [str(int(first.sentence_id))],
        }
    )
    ids = S.narrator_sentence_ids(sents, st)
    assert int(first.sentence_id) not in ids and int(second.sentence_id) not in ids
    assert int(body.iloc[2].sentence_id) in ids
    assert all(k == "body" for k in sents.set_index("sentence_id").loc[ids, "kind"])


def test_a_users_word_lists_change_the_masking(tmp_path):
    # "Regarding" is not in the project's function-word list, so the sentence opener followed by the
    # capitalised "Ukraine" is taken for the start of a name: one span, characters 0..17.
    text = "Regarding Ukraine, the talks went well."
    assert [(sp.start, sp.end) for sp in S.mask(text)[1]] == [(0, 17)]
    openers = tmp_path / "openers.txt"
    openers.write_text("# my openers\nregarding\n", encoding="utf-8")
    rules = S.mask_rules(function_words_path=str(openers))
    assert [sp.text for sp in S.mask(text, rules=rules)[1]] == ["Ukraine"]  # the opener is dropped
    # "al" is a project connector: "Bashar al Assad" is one name.  Without it the run breaks in two; the
    # lone sentence opener "Bashar" is then not taken for a name, "Assad" (characters 10..15) is.
    text = "Bashar al Assad spoke."
    assert [sp.text for sp in S.mask(text)[1]] == ["Bashar al Assad"]
    connectors = tmp_path / "connectors.txt"
    connectors.write_text("of\n", encoding="utf-8")
    rules = S.mask_rules(connectors_path=str(connectors))
    assert [(sp.start, sp.end) for sp in S.mask(text, rules=rules)[1]] == [(10, 15)]


def test_word_list_loaders_read_the_package_files_and_reject_bad_connectors(tmp_path):
    assert {"the", "however", "according"} <= S.load_function_words()
    assert {"of", "al", "von"} <= S.load_connectors()
    bad = tmp_path / "connectors.txt"
    bad.write_text("of the\n", encoding="utf-8")  # two words on one line: not a connector
    with pytest.raises(InputError):
        S.load_connectors(str(bad))


def test_rule_valence_keeps_the_packages_sign_of_zero():
    """"no" before a lexicon word scores 0.0; a negation before it makes that -0.0, and the package's next
    booster step adds a scalar of 0.0, which turns it back into 0.0. The sign matters: a sentence whose
    valences are all zero gets a compound of -0.0 or 0.0 from it, and the tables print the two apart."""
    import math

    from vaderSentiment import vaderSentiment as vs

    from helpers.sentiment.vader import rule_valence, senti_words, stock_analyzer

    analyzer = stock_analyzer()
    for text in ("we are not no good", "not no good", "they said not no good at all"):
        senti = senti_words(text)
        low = [w.lower() for w in senti.words_and_emoticons]
        i = low.index("no")
        package = analyzer.sentiment_valence(0, vs.SentiText(text), senti.words_and_emoticons[i], i, [])[0]
        ours = rule_valence(analyzer.lexicon, senti.words_and_emoticons, low, senti.is_cap_diff, i)
        assert ours == package and math.copysign(1, ours) == math.copysign(1, package), text


# ------------------------------------------------------------------------- issue 14: diplomatic language
def test_typographic_apostrophes_negate_as_straight_ones():
    """The seed's "I don’t accept anybody’s red lines" scored +0.38 VADER / +0.25 score with the curly
    apostrophe and −0.29 / −0.19 with the straight one; now both read as the straight one."""
    curly, straight = "I don’t accept anybody’s red lines", "I don't accept anybody's red lines"
    table = S.score_sentences([curly, straight])
    assert table.vader.tolist() == [-0.2924, -0.2924]
    assert table.score[0] == table.score[1] < 0
    assert table.masked[0] == straight  # the text as scored
    for word in ("isn’t", "won’t", "can’t", "didn’t"):
        plain = word.replace("’", "'")
        a, b = S.score_sentences([f"It {word} good.", f"It {plain} good."]).score
        assert a == b < 0, word


def test_typography_steps_change_scoring_only():
    text = "“Peace—now…” isn’t"
    assert S.normalise_typography(text) == '"Peace - now..." isn\'t'
    assert [step.__name__ for step in S.TYPOGRAPHY_STEPS] == ["apostrophes", "quotation_marks", "ellipses", "dashes"]
    assert S.normalise_typography("plain ASCII, no change") == "plain ASCII, no change"
    rows = S.explain("The talks weren’t useful — at all.")
    assert set(rows[rows.scorer == "typography"].note.str.split(":").str[0]) == {"apostrophes", "dashes"}


@pytest.mark.parametrize(
    "text",
    ["Strategic stability was discussed", "The sides discussed security guarantees and dialogue on cooperation"],
)
def test_topic_nouns_carry_no_valence(text):
    """ "Strategic stability was discussed" scored +0.16 when "stability" had +1.0 (issue 14)."""
    row = S.score_sentences([text]).iloc[0]
    assert row.vader_domain == 0.0 and row.score == 0.0 and row.label == "neutral"
    notes = S.explain(text).query("scorer == 'vader_domain'").note
    assert notes.str.startswith("topic noun").any()


def test_hard_to_expect_breakthroughs_is_not_positive():
    """Peskov's "it was hard to expect breakthroughs" went from −0.10 to +0.34 when "breakthroughs" had +1.8."""
    row = S.score_sentences(["it was hard to expect breakthroughs"]).iloc[0]
    assert row.vader_domain == row.vader == -0.1027 and row.score < 0
    rows = S.explain("It is premature to speak of success.").query("scorer == 'vader_domain'")
    assert rows.set_index("word").note["success"].endswith("difficulty frame")


def test_worth_nothing_empties_the_promises():
    """ "verbal promises were worth nothing" scored +0.46: promises (+1.6) and worth (+0.9) are negated."""
    row = S.score_sentences(["verbal promises were worth nothing"]).iloc[0]
    assert row.vader == 0.5423 and row.vader_domain == -0.431 and row.label == "negative"
    notes = S.explain("verbal promises were worth nothing").query("scorer == 'vader_domain'").set_index("word").note
    assert notes["promises"].endswith("post-negation") and notes["worth"].endswith("post-negation")


def test_each_diplomatic_rule_is_named_in_explain():
    cases = {
        "difficulty_frame": ("It is too early to talk about success.", "success", "difficulty frame"),
        "denial": ("He rejected claims that the talks had been a success.", "success", "denial"),
        "reassurance": ("Russia has no intention of attacking anyone.", "attacking", "reassurance"),
        "negation_scope": ("It should not be viewed as an opportunity.", "opportunity", "negation scope"),
        "post_negation": ("The talks led nowhere.", "nowhere", "post-negation"),
        "hedges": ("Perhaps the talks were a success.", "success", "hedged"),
    }
    assert [r.__name__ for r in S.DIPLOMATIC_RULES] == [
        "difficulty_frame", "denial", "reassurance", "negation_scope", "post_negation", "hedges"
    ]
    for name, (text, word, note) in cases.items():
        rows = S.explain(text).query("scorer == 'vader_domain'").set_index("word")
        assert note in rows.note[word], name
        plain = S.vader_pair(S.normalise_typography(text))[1]
        assert S.diplomatic_pair(text)[1] != plain, name


def test_reassurance_and_hedges_move_the_score_the_right_way():
    threat, reassured = S.score_sentences(
        ["The country plans to attack its neighbour.", "The country has no intention of attacking its neighbour."]
    ).score
    assert threat < 0 < reassured
    plain, hedged = S.score_sentences(["The talks were a success.", "Perhaps the talks were a success."]).score
    assert 0 < hedged < plain
    limited = S.score_sentences(["The sides made limited progress."]).iloc[0]
    assert 0 < limited.vader_domain < S.score_sentences(["The sides made progress."]).vader_domain[0]


def test_not_only_and_no_doubt_open_no_negation():
    for text in ("The talks were not only useful but also friendly.", "No doubt the talks were useful."):
        assert S.score_sentences([text]).score[0] > 0, text


def test_without_a_rule_word_the_layer_is_plain_vader():
    """The fast path: a text holding none of the rules' words scores as VADER with the domain lexicon."""
    words = S.diplomatic.diplomatic_words()
    texts = [t for t in TRICKY if not S.diplomatic.needs_rules(t.lower().split(), words)]
    assert texts
    for t in texts:
        assert S.diplomatic_pair(t) == S.vader_pair(t), t


def test_every_lexicon_entry_names_its_source():
    from helpers.lexicons.sentiment import read_domain

    domain = read_domain()
    assert domain.neutral >= {"stability", "security", "dialogue", "guarantees", "cooperation", "breakthroughs"}
    assert [w for w in [*domain.valences, *domain.neutral] if not domain.sources.get(w)] == []
    for section, entries in S.load_diplomatic().items():
        assert [e for e, source in entries.items() if not source] == [], section
    stances = S.load_cue_stance()
    assert [f for f, c in stances.items() if not c.source] == []
    assert {"rejected", "welcomed", "condemned", "praised", "regretted", "was saddened", "urged not to",
            "warned", "agreed"} <= set(stances)


def test_cue_stance_combines_with_the_content():
    rejected = S.find_stance("rejected")
    assert rejected.stance < 0 and not rejected.endorses
    assert S.combine_stance(0.5, rejected) == S.stance.STANCE_WEIGHT * rejected.stance  # content disowned
    assert S.find_stance("strongly condemned") == S.find_stance("condemned")
    assert S.find_stance("was deeply saddened") == S.find_stance("was saddened")
    assert S.find_stance("said") is None and S.combine_stance(0.3, None) == 0.3
    welcomed = S.find_stance("welcomed")
    assert S.combine_stance(0.1, welcomed) == round(0.1 + S.stance.STANCE_WEIGHT * welcomed.stance, 4)


def test_statement_table_shows_what_makes_up_the_score(seed_path):
    seed_scored = S.score_statements(seed_path)
    cols = seed_scored.columns.tolist()
    assert cols[cols.index("vader_domain") + 1 : cols.index("vader_domain") + 3] == ["content_score", "cue_stance"]
    rejected = seed_scored[seed_scored.cue == "rejected"].iloc[0]  # Biden rejected Russia's demands ...
    assert rejected.content_score == 0.0 and rejected.cue_stance < 0 and rejected.label == "negative"
    narr = seed_scored[seed_scored.speaker == S.NARRATOR]
    assert (narr.cue == "").all() and (narr.cue_stance == 0).all() and (narr.score == narr.content_score).all()


def test_textblob_reads_the_layers_decisions():
    """TextBlob split "didn't" into "did n ' t" and never negated; it scored "candid" +0.6 and the
    disowned "success" of a denial.  It now reads the text as the diplomatic layer does."""
    table = S.score_sentences(
        ["The government didn't welcome the decision.", "The talks were candid.",
         "He rejected claims that the talks had been a success.", "The talks were a success."]
    )
    assert table.textblob[0] < 0  # plain TextBlob: +0.8
    assert table.textblob[1] == 0.0 and table.vader_domain[1] < 0  # the domain lexicon's call
    assert table.textblob[2] == 0.0 < table.textblob[3]
    assert S.textblob_polarity("The talks were a success.") == table.textblob[3]  # untouched text: plain
