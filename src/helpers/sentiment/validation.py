"""Checking the scorers against people: the validation sets, correlations and label agreement.

``load_vader_ratings(folder)`` and ``load_newsmtsc(path)`` read the human-rated sets, each record put
in a fixed split (:func:`split_of`); ``agreement(table)`` gives Pearson and Spearman correlations between
scorers and how often their labels agree; ``confusion(table)`` the label cross-table (rows: VADER labels,
columns: TextBlob labels, both with the calibrated band).  ``benchmarks/calibrate_sentiment.py`` uses
them to set and justify ``lexicons/sentiment_calibration.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from ..lexicons.sentiment import load_calibration
from .constants import LABELS
from .scoring import label_of


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
