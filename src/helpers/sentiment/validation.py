"""Checking the scorers against people: the shipped validation sets, their fixed split, and the figures.

The sets ship with the project under ``data/validation/`` (licences and sources in ``data/README.md``):

* ``vader-human-ratings/*_GroundTruth.txt`` — VADER's human-rated tweets, movie-review and Amazon-review
  snippets (Hutto & Gilbert 2014, MIT), read by :func:`load_vader_ratings`;
* ``newsmtsc/train.jsonl`` — NewsMTSC's US political news sentences with the polarity towards a person
  (Hamborg & Donnay 2021, MIT), read by :func:`load_newsmtsc`.

**The split** (:func:`split_of`) is a fixed rule, not a random draw: a record is ``held_out`` when
``crc32(key) % 1000 < 300`` (:data:`HELD_OUT_PER_MILLE`), else ``calibrate``; the key is
``"<set>/<id>"`` for the human ratings and ``primary_gid`` for NewsMTSC.  The same record lands in the
same split on every machine, and adding records never moves the old ones.

**The figures**: :func:`held_out_comparison` puts the recommended score (with the calibrated band) beside
plain VADER (the package on the unmasked text, its ±0.05 threshold, :func:`plain_vader`) on the held-out
news sentences: Pearson r and macro-F1, each with a paired percentile bootstrap interval
(:func:`bootstrap_metric`), and the interval of the difference.  ``agreement(table)`` gives correlations
between scorers and how often their labels agree; ``confusion(table)`` the label cross-table.
``benchmarks/calibrate_sentiment.py`` uses all of them to set and justify
``lexicons/sentiment_calibration.json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import InputError
from ..lexicons.sentiment import load_calibration
from ..paths import data_path
from .constants import LABELS
from .scoring import label_of

#: Where the validation sets ship, relative to the project root.
VALIDATION_FOLDER = "data/validation"
#: Records per thousand put in the held-out split: 30 %, enough news sentences (about 2,300) for
#: intervals of ±0.03 on r and macro-F1, and 70 % left to choose the weights and band.
HELD_OUT_PER_MILLE = 300
#: The package's own thresholds for plain VADER's labels (Hutto & Gilbert's README: ±0.05).
PLAIN_VADER_BAND = (-0.05, 0.05)
#: NewsMTSC's polarity codes: 2 / 4 / 6 = negative / neutral / positive.
NEWSMTSC_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def validation_dir() -> Path:
    """The folder of the shipped validation sets (``data/validation`` under the project root)."""
    return data_path(VALIDATION_FOLDER)


def split_of(key: str, held_out_share: float = HELD_OUT_PER_MILLE / 1000) -> str:
    """``"calibrate"`` or ``"held_out"`` for a record key: a fixed hash split (crc32), no randomness.

    ``split_of("tweets/1")`` is the same on every machine and Python version (crc32 of the UTF-8 key).
    """
    import zlib

    return "held_out" if zlib.crc32(key.encode("utf-8")) % 1000 < held_out_share * 1000 else "calibrate"


def load_vader_ratings(folder: str | Path | None = None):
    """VADER's human-rated sets (``*_GroundTruth.txt``: id TAB mean −4..4 TAB text, CRLF) as one table.

    ``folder`` defaults to the shipped ``data/validation/vader-human-ratings``.  Columns: ``set``
    (tweets / movieReviewSnippets / amazonReviewSnippets), ``id``, ``rating`` (mean human rating, −4..4),
    ``text``, ``split``.
    """
    import pandas as pd

    folder = Path(folder) if folder is not None else validation_dir() / "vader-human-ratings"
    files = sorted(folder.glob("*_GroundTruth.txt"))
    if not files:
        raise InputError(
            "no *_GroundTruth.txt files", path=folder, hint="point at data/validation/vader-human-ratings"
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


def load_newsmtsc(path: str | Path | None = None):
    """NewsMTSC sentences with the polarity towards the primary target (2/4/6 → negative/neutral/positive).

    ``path`` defaults to the shipped ``data/validation/newsmtsc/train.jsonl``.  Columns: ``id``
    (primary_gid), ``text``, ``polarity`` (2, 4, 6), ``label``, ``targets_agree`` (all targets of the
    sentence carry the same polarity), ``split``.
    """
    import pandas as pd

    path = Path(path) if path is not None else validation_dir() / "newsmtsc" / "train.jsonl"
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
                NEWSMTSC_LABELS[prim[0]],
                len(set(pols)) == 1,
                split_of(d["primary_gid"]),
            )
        )
    return pd.DataFrame(rows, columns=["id", "text", "polarity", "label", "targets_agree", "split"])


# ------------------------------------------------------------------------------------------ measures
def plain_vader(texts: Sequence[str]) -> list[float]:
    """The ``vaderSentiment`` package's compound on each text as given: VADER as anyone would run it."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return [analyzer.polarity_scores(t)["compound"] for t in texts]


def band_labels(scores, band: Sequence[float]):
    """negative / neutral / positive for each score with the band ``(lo, hi)`` (inclusive), as an array."""
    import numpy as np

    s = np.asarray(scores, dtype=float)
    return np.where(s < band[0], "negative", np.where(s > band[1], "positive", "neutral"))


def pearson(x, y) -> float:
    """Pearson's r of two equal-length sequences (NaN when either is constant)."""
    import numpy as np

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if len(x) < 2 or x.std() == 0 or y.std() == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def macro_f1(pred, gold) -> float:
    """The mean over the three labels of each label's F1 (a label never predicted nor gold scores 0)."""
    import numpy as np

    pred, gold = np.asarray(pred), np.asarray(gold)
    f1s = []
    for lab in LABELS:
        tp = np.sum((pred == lab) & (gold == lab))
        p = tp / max(np.sum(pred == lab), 1)
        r = tp / max(np.sum(gold == lab), 1)
        f1s.append(0.0 if p + r == 0 else 2 * p * r / (p + r))
    return float(np.mean(f1s))


def bootstrap_intervals(metric: Callable, *columns, n_boot: int = 1000, seed: int = 0, level: float = 0.95):
    """``(values, lows, highs)`` arrays: ``metric(*columns)`` (a float or a tuple of floats) and the
    percentile bootstrap interval of each.

    The rows (the same positions in every column) are resampled ``n_boot`` times with
    ``numpy.random.default_rng(seed)``; every number of one resample comes from the same rows, so the
    interval of a difference computed inside ``metric`` is a paired interval.
    """
    import numpy as np

    arrays = [np.asarray(c) for c in columns]
    n = len(arrays[0])
    values = np.atleast_1d(np.asarray(metric(*arrays), dtype=float))
    if n < 2:
        nan = np.full_like(values, np.nan)
        return values, nan, nan
    rng = np.random.default_rng(seed)
    draws = np.array([np.atleast_1d(metric(*(a[idx] for a in arrays)))
                      for idx in rng.integers(0, n, size=(n_boot, n))], dtype=float)
    tail = (1 - level) / 2 * 100
    lows, highs = np.nanpercentile(draws, [tail, 100 - tail], axis=0)
    return values, lows, highs


def bootstrap_metric(metric: Callable, *columns, n_boot: int = 1000, seed: int = 0, level: float = 0.95):
    """``(value, low, high)`` of one number: :func:`bootstrap_intervals` for a metric giving a float."""
    values, lows, highs = bootstrap_intervals(metric, *columns, n_boot=n_boot, seed=seed, level=level)
    return float(values[0]), float(lows[0]), float(highs[0])


def score_vs_vader(score, vader, y, gold, score_labels, vader_labels) -> tuple[float, ...]:
    """r and macro-F1 of the recommended score and of plain VADER, and score minus VADER for each.

    ``y`` is the human polarity as −1/0/+1 (for r), ``gold`` the human label (for macro-F1).
    """
    r_s, r_v = pearson(score, y), pearson(vader, y)
    f_s, f_v = macro_f1(score_labels, gold), macro_f1(vader_labels, gold)
    return r_s, r_v, r_s - r_v, f_s, f_v, f_s - f_v


def held_out_comparison(news, *, band: Sequence[float] | None = None, n_boot: int = 1000, seed: int = 0):
    """Recommended score vs plain VADER on held-out NewsMTSC sentences, with paired bootstrap intervals.

    ``news`` is a :func:`load_newsmtsc` table with a ``score`` column (the recommended score, e.g. from
    :func:`helpers.sentiment.score_sentences`) and a ``plain_vader`` column (:func:`plain_vader`); only
    its ``held_out`` rows are used.  Rows: ``score`` (labelled with the calibrated ``band``, default the
    calibration's), ``plain_vader`` (labelled with ±0.05) and ``difference`` (score minus plain VADER,
    on the same resamples).  Columns: ``band``, ``n``, ``r``, ``r_low``, ``r_high``, ``macro_f1``,
    ``f1_low``, ``f1_high`` (95 % percentile intervals, ``n_boot`` resamples, ``seed``).
    """
    import pandas as pd

    band = tuple(band if band is not None else load_calibration()["neutral_band"])
    ho = news[news["split"] == "held_out"]
    score, vader = ho["score"].to_numpy(float), ho["plain_vader"].to_numpy(float)
    y = ho["polarity"].map({2: -1.0, 4: 0.0, 6: 1.0}).to_numpy(float)
    labels = band_labels(score, band), band_labels(vader, PLAIN_VADER_BAND)
    cols = (score, vader, y, ho["label"].to_numpy(), *labels)
    values, lows, highs = bootstrap_intervals(score_vs_vader, *cols, n_boot=n_boot, seed=seed)
    rows = []
    shown = {"score": f"[{band[0]:+.2f}, {band[1]:+.2f}]", "plain_vader": "[-0.05, +0.05]", "difference": ""}
    for k, who in enumerate(shown):
        r, f = (k, k + 3)  # positions in score_vs_vader's tuple
        rows.append((who, shown[who], len(ho), values[r], lows[r], highs[r], values[f], lows[f], highs[f]))
    cols_out = ["scorer", "band", "n", "r", "r_low", "r_high", "macro_f1", "f1_low", "f1_high"]
    return pd.DataFrame(rows, columns=cols_out).set_index("scorer").round(4)


def difference_text(diff: float, lo: float, hi: float) -> str:
    """A paired difference and its interval in words: better, worse, or not told apart from no difference."""
    if lo > 0:
        verdict = "better (the whole interval is above 0)"
    elif hi < 0:
        verdict = "worse (the whole interval is below 0)"
    else:
        verdict = "not told apart from no difference, since the interval includes 0"
    return f"{diff:+.3f} (95% interval {lo:+.3f} to {hi:+.3f}): {verdict}"


def comparison_summary(table) -> list[str]:
    """The :func:`held_out_comparison` table in sentences, every figure read from it (r, then macro-F1)."""
    s, v, d = (table.loc[k] for k in ("score", "plain_vader", "difference"))
    out = [f"Held-out news sentences: {int(s['n']):,}; the recommended score is labelled with the calibrated "
           f"band {s['band']}, plain VADER with the package's {v['band']}."]
    measures = (("r", "r", "r_low", "r_high"), ("macro-F1", "macro_f1", "f1_low", "f1_high"))
    for name, col, low, high in measures:
        out.append(
            f"{name}: recommended score {s[col]:.3f} ({s[low]:.3f} to {s[high]:.3f}), plain VADER "
            f"{v[col]:.3f} ({v[low]:.3f} to {v[high]:.3f}); the score minus VADER is "
            f"{difference_text(d[col], d[low], d[high])}."
        )
    return out


# ----------------------------------------------------------------------------- scorers with each other
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
