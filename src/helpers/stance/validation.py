"""NewsMTSC per target: the records, the fixed split, and the figures (macro-F1, accuracy, bootstrap).

``load_targets(path)`` reads NewsMTSC's ``train.jsonl`` (Hamborg & Donnay 2021, MIT licence: one sentence
per line, ``sentence_normalized`` and ``targets`` with ``from``, ``to``, ``mention`` and ``polarity`` 2/4/6
= negative/neutral/positive) into one row per target.  Every target of a sentence goes to the split of the
sentence's ``primary_gid`` (:func:`helpers.sentiment.split_of`, crc32: 70 % "calibrate", 30 %
"held_out"), so no sentence is seen on both sides.  The file is found at ``path``, else at the path in
the environment variable ``HELPERS_NEWSMTSC``, else at ``data/validation/newsmtsc/train.jsonl``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import InputError
from ..paths import data_path
from ..sentiment.validation import split_of

#: Where the NewsMTSC file is looked for, after an explicit path and the environment variable.
DEFAULT_PATH = "data/validation/newsmtsc/train.jsonl"
PATH_ENV = "HELPERS_NEWSMTSC"
POLARITY = {2: "negative", 4: "neutral", 6: "positive"}
TARGET_ROWS = ["id", "sentence", "start", "end", "mention", "label", "split"]


def newsmtsc_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The NewsMTSC file: ``path``, else ``$HELPERS_NEWSMTSC``, else the project's data folder."""
    chosen = path or os.environ.get(PATH_ENV) or data_path(DEFAULT_PATH)
    p = Path(chosen)
    if not p.is_file():
        raise InputError("NewsMTSC train.jsonl not found", p, f"pass its path or set {PATH_ENV}")
    return p


def load_targets(path: str | os.PathLike[str] | None = None):
    """One row per (sentence, target): columns :data:`TARGET_ROWS`; ``start``/``end`` index ``sentence``."""
    import pandas as pd

    p = newsmtsc_path(path)
    rows = []
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["sentence_normalized"]
        split = split_of(d["primary_gid"])
        for t in d["targets"]:
            start, end = int(t["from"]), int(t["to"])
            if 0 <= start < end <= len(text):
                rows.append(
                    (d["primary_gid"], text, start, end, t["mention"], POLARITY[int(t["polarity"])], split)
                )
    return pd.DataFrame(rows, columns=TARGET_ROWS)


def bootstrap_metric(
    pred, gold, groups, metric, *, n_boot: int = 1000, seed: int = 15
) -> tuple[float, float]:
    """95 % percentile interval of ``metric(pred, gold)`` resampling whole sentences (``groups``)."""
    import numpy as np

    pred, gold, groups = np.asarray(pred), np.asarray(gold), np.asarray(groups)
    keys, inverse = np.unique(groups, return_inverse=True)
    members = [np.flatnonzero(inverse == k) for k in range(len(keys))]
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_boot):
        idx = np.concatenate([members[k] for k in rng.integers(0, len(keys), len(keys))])
        values.append(metric(pred[idx], gold[idx]))
    lo, hi = np.percentile(values, [2.5, 97.5])
    return float(lo), float(hi)


def feature_rows(table) -> tuple[list[list[float]], list[list[str]], list[float]]:
    """For each row of :func:`load_targets`: the model's features, its word terms and the rule score.

    Every target of a sentence is passed to the rules as a name, as :func:`target_sentiment` does.
    """
    from .model import feature_vector, terms_of
    from .rules import run_rules, words_of

    words: dict[str, list] = {}
    spans = {t: tuple(zip(g["start"], g["end"])) for t, g in table.groupby("sentence", sort=False)}
    x, terms, rule = [], [], []
    for text, start, end in zip(table["sentence"], table["start"], table["end"]):
        if text not in words:
            words[text] = words_of(text)
        ctx = run_rules(text, int(start), int(end), words[text], spans[text])
        x.append(feature_vector(ctx))
        terms.append(terms_of(ctx))
        rule.append(ctx.score)
    return x, terms, rule
