"""Refit the linear layer of helpers.stance on the "calibrate" split of NewsMTSC; write its coefficients.

    PYTHONPATH=src python tools/train_target_sentiment.py [--data PATH] [--write]

The data file is found as ``helpers.stance.newsmtsc_path`` says (``--data``, ``$HELPERS_NEWSMTSC``, or
``data/validation/newsmtsc/train.jsonl``).  Only "calibrate" rows are read for fitting; the "held_out"
split is reported once, by ``benchmarks/bench_target_sentiment.py``.  The script prints a 5-fold
cross-validation (folds by sentence, on "calibrate") of the rules alone against the rules plus the linear
layer, so the layer is kept only if it earns its place; ``--write`` saves
``src/helpers/lexicons/stance_model.json`` (plain JSON, no pickle).  Fitting is deterministic.
"""

from __future__ import annotations

import argparse
import json
import zlib
from pathlib import Path

import numpy as np

from helpers import stance as st

OUT = Path(__file__).resolve().parents[1] / "src" / "helpers" / "lexicons" / st.model.MODEL_FILE
FOLDS = 5


def labels_of(model: dict, x) -> list[str]:
    return [st.predict(model, list(row))[0] for row in x]


def cross_validate(x, y, rule_labels, gold, ids) -> tuple[float, float]:
    fold = np.array([zlib.crc32(i.encode()) % FOLDS for i in ids])
    linear, rules = [], []
    for k in range(FOLDS):
        tr, te = fold != k, fold == k
        model = st.fit(x[tr], y[tr])
        linear.append(st.macro_f1(labels_of(model, x[te]), gold[te]))
        rules.append(st.macro_f1(rule_labels[te], gold[te]))
    return float(np.mean(rules)), float(np.mean(linear))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="NewsMTSC train.jsonl")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = ap.parse_args(argv)
    table = st.load_targets(args.data)
    cal = table[table["split"] == "calibrate"].reset_index(drop=True)
    x, rule = st.feature_rows(cal)
    x = np.asarray(x)
    gold = cal["label"].to_numpy()
    y = np.array([st.CLASSES.index(g) for g in gold])
    rule_labels = np.array([st.label_of_score(s) for s in rule])
    cv_rules, cv_linear = cross_validate(x, y, rule_labels, gold, cal["id"].tolist())
    print(f"calibrate: {len(cal)} targets in {cal['id'].nunique()} sentences")
    print(f"5-fold macro-F1 on calibrate: rules {cv_rules:.3f}, rules + linear layer {cv_linear:.3f}")
    model = st.fit(x, y)
    model["note"] = (
        "Multinomial logistic regression over helpers.stance features, fitted by "
        "tools/train_target_sentiment.py on the 'calibrate' split of NewsMTSC train.jsonl "
        "(Hamborg & Donnay 2021, MIT)."
    )
    model["fitted_on"] = {
        "targets": len(cal),
        "cv_macro_f1_rules": round(cv_rules, 4),
        "cv_macro_f1_linear": round(cv_linear, 4),
    }
    for name, row in zip(st.CLASSES, model["weights"]):
        print(f"  {name:>8}: " + ", ".join(f"{f}={w:+.2f}" for f, w in zip(st.FEATURES, row)))
    if args.write:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
