"""Refit the linear layer of helpers.stance on the "calibrate" split of NewsMTSC; write its coefficients.

    PYTHONPATH=src python tools/train_target_sentiment.py [--data PATH] [--write]

The data file is found as ``helpers.stance.newsmtsc_path`` says (``--data``, ``$HELPERS_NEWSMTSC``, or
``data/validation/newsmtsc/train.jsonl``).  Only "calibrate" rows are read; the "held_out" split is
reported once, by ``benchmarks/bench_target_sentiment.py``, and never chooses anything here.  The script
chooses the penalty of the word weights by a 5-fold cross-validation on "calibrate" (folds by sentence),
prints the rules alone against the rules plus the linear layer, so the layer is kept only if it earns its
place, and fits the chosen layer on all of "calibrate".  ``--write`` saves
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
#: The penalties of the word weights tried by cross-validation (the features' penalty stays at 1e-3).
L2_TERMS = (1e-3, 3e-3, 1e-2)


def labels_of(model: dict, x, terms) -> list[str]:
    return [st.predict(model, list(row), t)[0] for row, t in zip(x, terms)]


def cross_validate(x, terms, y, gold, fold, l2_terms: float) -> float:
    scores = []
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        model = st.fit(x[tr], y[tr], [terms[i] for i in tr], l2_terms=l2_terms)
        scores.append(st.macro_f1(labels_of(model, x[te], [terms[i] for i in te]), gold[te]))
    return float(np.mean(scores))


def as_json(model: dict) -> str:
    """The coefficients as JSON with one word term per line (a retrain's diff reads term by term)."""
    head = json.dumps({k: v for k, v in model.items() if k != "terms"}, indent=1, ensure_ascii=False)
    terms = ",\n".join(
        f"  {json.dumps(t, ensure_ascii=False)}: {json.dumps(w)}" for t, w in model["terms"].items()
    )
    return head[:-2] + ',\n "terms": {\n' + terms + "\n }\n}\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="NewsMTSC train.jsonl")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = ap.parse_args(argv)
    table = st.load_targets(args.data)
    cal = table[table["split"] == "calibrate"].reset_index(drop=True)
    x, terms, rule = st.feature_rows(cal)
    x = np.asarray(x)
    gold = cal["label"].to_numpy()
    y = np.array([st.CLASSES.index(g) for g in gold])
    fold = np.array([zlib.crc32(i.encode()) % FOLDS for i in cal["id"]])
    rule_labels = np.array([st.label_of_score(s) for s in rule])
    cv_rules = float(np.mean([st.macro_f1(rule_labels[fold == k], gold[fold == k]) for k in range(FOLDS)]))
    print(f"calibrate: {len(cal)} targets in {cal['id'].nunique()} sentences")
    print(f"5-fold macro-F1 on calibrate: rules {cv_rules:.3f}")
    cv = {}
    for l2 in L2_TERMS:
        cv[l2] = cross_validate(x, terms, y, gold, fold, l2)
        print(f"  rules + linear layer, word penalty {l2:g}: {cv[l2]:.3f}", flush=True)
    best = max(L2_TERMS, key=lambda v: (cv[v], v))
    model = st.fit(x, y, terms, l2_terms=best)
    model["note"] = (
        "Multinomial logistic regression over helpers.stance features and the words around the target, "
        "fitted by tools/train_target_sentiment.py on the 'calibrate' split of NewsMTSC train.jsonl "
        "(Hamborg & Donnay 2021, MIT); the word penalty chosen by 5-fold cross-validation on that split."
    )
    model["fitted_on"] = {
        "targets": len(cal),
        "l2_terms": best,
        "cv_macro_f1_rules": round(cv_rules, 4),
        "cv_macro_f1_linear": round(cv[best], 4),
    }
    for name, row in zip(st.CLASSES, model["weights"]):
        print(f"  {name:>8}: " + ", ".join(f"{f}={w:+.2f}" for f, w in zip(st.FEATURES, row)))
    push = sorted(model["terms"].items(), key=lambda kv: kv[1][2] - kv[1][0])
    print("  most negative terms:", ", ".join(t for t, _ in push[:12]))
    print("  most positive terms:", ", ".join(t for t, _ in push[-12:]))
    if args.write:
        OUT.write_text(as_json(model), encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
