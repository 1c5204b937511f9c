"""The linear layer: a multinomial logistic regression over the rules' features, numpy only.

The features of one target (:data:`FEATURES`, read from a :class:`~helpers.stance.rules.TargetContext`
and the sentence's stock VADER compound) are combined with the coefficients of
``lexicons/stance_model.json`` (plain JSON: feature names, class names, one weight row per class), and
the label is the most probable class; the score is ``P(positive) − P(negative)``.  The coefficients are
fitted by ``tools/train_target_sentiment.py`` on the "calibrate" split of NewsMTSC (:func:`fit`: batch
gradient descent with an L2 penalty, fixed start, no randomness), so a retrain gives the same file.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from ..errors import InputError
from ..lexicons.files import package_file, read_text_file
from .rules import TargetContext, normalise

#: The features, in the order of the coefficient columns.
FEATURES = (
    "rule_score",
    "clause_compound",
    "clause_score",
    "clause_textblob",
    "clause_positive",
    "clause_negative",
    "agent_valence",
    "patient_valence",
    "outside_valence",
    "agent",
    "in_quote",
    "negated",
    "hedged",
    "contrast",
)
#: The classes, in the order of the coefficient rows.
CLASSES = ("negative", "neutral", "positive")
#: The coefficients shipped with the package.
MODEL_FILE = "stance_model.json"
#: The valence sums are squashed with VADER's normalisation so no feature dominates by scale.
SQUASHED = frozenset(
    {"clause_positive", "clause_negative", "agent_valence", "patient_valence", "outside_valence"}
)


@lru_cache(maxsize=4096)
def clause_scores(clause: str) -> tuple[float, float, float]:
    """The sentence scorers on the target's clause only: stock VADER, the project's score, TextBlob.

    On the clause, not the sentence: on the whole sentence they would carry the other side of a
    contrast ("I like Bert, but I hate Robert") into both targets.
    """
    from ..sentiment.scoring import score_sentences
    from ..sentiment.vader import vader_compound

    row = score_sentences([clause]).iloc[0]
    return vader_compound(clause), float(row["score"]), float(row["textblob"])


def feature_vector(ctx: TargetContext) -> list[float]:
    """The model's inputs for one target, in :data:`FEATURES` order (valence sums squashed to −1..1)."""
    lo, hi = ctx.clause
    compound, score, textblob = clause_scores(ctx.text[lo:hi])
    f = {**ctx.features, "clause_compound": compound, "clause_score": score, "clause_textblob": textblob}
    return [normalise(f[n]) if n in SQUASHED else float(f[n]) for n in FEATURES]


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict | None:
    """The coefficients (``features``, ``classes``, ``weights``, ``bias``); None when no file is shipped."""
    p = path or package_file(MODEL_FILE)
    if path is None and not package_file(MODEL_FILE).is_file():
        return None  # no layer shipped: the rules alone
    try:
        data = json.loads(read_text_file(p, what="stance model"))
    except json.JSONDecodeError as exc:
        raise InputError(f"stance model is not JSON ({exc.msg}, line {exc.lineno})", p, "refit it") from None
    if tuple(data["features"]) != FEATURES or tuple(data["classes"]) != CLASSES:
        raise InputError(
            "stance model was fitted on other features", p, "rerun tools/train_target_sentiment.py"
        )
    return data


def predict(model: dict, x: list[float]) -> tuple[str, float]:
    """The most probable class and ``P(positive) − P(negative)`` for one feature vector."""
    logits = [b + sum(w * v for w, v in zip(row, x)) for row, b in zip(model["weights"], model["bias"])]
    top = max(logits)
    exp = [math.exp(v - top) for v in logits]
    total = sum(exp)
    p = [e / total for e in exp]
    return CLASSES[p.index(max(p))], round(p[2] - p[0], 4)


def fit(x, y, *, l2: float = 1e-3, steps: int = 3000, rate: float = 0.5, class_weight: bool = True) -> dict:
    """Multinomial logistic regression by batch gradient descent (numpy): the coefficients as plain lists.

    ``x``: rows of :data:`FEATURES`; ``y``: class indices into :data:`CLASSES`.  ``class_weight``
    weighs each class by the inverse of its share, since the aim is macro-F1.
    """
    import numpy as np

    x = np.asarray(x, float)
    y = np.asarray(y, int)
    n, k = len(y), len(CLASSES)
    onehot = np.eye(k)[y]
    counts = np.bincount(y, minlength=k)
    sw = (n / (k * np.maximum(counts, 1)))[y] if class_weight else np.ones(n)
    w = np.zeros((k, x.shape[1]))
    b = np.zeros(k)
    for _ in range(steps):
        z = x @ w.T + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw[:, None] / n
        w -= rate * (g.T @ x + l2 * w)
        b -= rate * g.sum(axis=0)
    return {
        "features": list(FEATURES),
        "classes": list(CLASSES),
        "weights": [[round(float(v), 6) for v in row] for row in w],
        "bias": [round(float(v), 6) for v in b],
    }
