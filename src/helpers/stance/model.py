"""The linear layer: a multinomial logistic regression over the rules' features and the nearby words.

Two kinds of input, both read from a :class:`~helpers.stance.rules.TargetContext`:

* the rules' features (:data:`FEATURES`): the rule score, the clause's positive and negative valence
  sums, agent and patient valence, the valence outside the clause, and the 0/1 cues (agent, in a
  quotation, negated, hedged, contrast) — all from the lexicon, no sentence scorer is run;
* the words near the target (:func:`terms_of`): each word of the target's clause (``c:word``, or
  ``c:NOT_word`` within :data:`TERM_NEGATION_REACH` words after a negation) and the words within
  :data:`TERM_WINDOW` words before (``L:word``) and after (``R:word``) the target.  Words of any target
  span are left out, so the layer never learns a name ("invariance to swapping names").

The coefficients are in ``lexicons/stance_model.json`` (plain JSON: feature names, class names, one weight
row per class, a bias, and ``terms``: word → one weight per class); the label is the most probable class,
the score ``P(positive) − P(negative)``.  They are fitted by ``tools/train_target_sentiment.py`` on the
"calibrate" split of NewsMTSC only (:func:`fit`: full-batch Adam with an L2 penalty per input kind, fixed
start, no randomness), so a retrain gives the same file.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from ..errors import InputError
from ..lexicons.files import package_file, read_text_file
from .rules import TargetContext, in_names, is_negation, normalise

#: The rules' features, in the order of the coefficient columns.
FEATURES = (
    "rule_score",
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
#: Words this far (in words) before or after the target are its neighbours (``L:``/``R:`` terms): a
#: predicate and its object or subject usually sit within four words of a name in news prose.
TERM_WINDOW = 4
#: A clause word up to this many words after a negation is marked ``NOT_``: VADER's own reach of three.
TERM_NEGATION_REACH = 3


def feature_vector(ctx: TargetContext) -> list[float]:
    """The rules' features for one target, in :data:`FEATURES` order (valence sums squashed to −1..1)."""
    f = ctx.features
    return [normalise(f[n]) if n in SQUASHED else float(f[n]) for n in FEATURES]


def terms_of(ctx: TargetContext) -> list[str]:
    """The word terms of one target: clause words (negation-marked) and the neighbours on each side.

    >>> from .rules import run_rules
    >>> terms_of(run_rules("Moscow did not praise Paris.", 22, 27))
    ['c:moscow', 'L:moscow', 'c:did', 'L:did', 'c:not', 'L:not', 'c:NOT_praise', 'L:praise']

    (The terms of other targets' spans are left out: pass them as ``names`` to ``run_rules``.)
    """
    words = ctx.words
    inside = [i for i, w in enumerate(words) if w.start < ctx.end and w.end > ctx.start]
    first, last = (inside[0], inside[-1]) if inside else (0, -1)
    lo, hi = ctx.clause
    out: list[str] = []
    reach = 0
    for i, w in enumerate(words):
        if in_names(ctx, w):
            continue
        negation = is_negation(w.lower)
        reach = TERM_NEGATION_REACH if negation else max(reach - 1, 0)
        if lo <= w.start and w.end <= hi:
            out.append(("c:NOT_" if reach and not negation else "c:") + w.lower)
        if first - TERM_WINDOW <= i < first:
            out.append("L:" + w.lower)
        elif last < i <= last + TERM_WINDOW:
            out.append("R:" + w.lower)
    return out


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict | None:
    """The coefficients (``features``, ``classes``, ``weights``, ``bias``, ``terms``); None when no file."""
    p = path or package_file(MODEL_FILE)
    if path is None and not package_file(MODEL_FILE).is_file():
        return None  # no layer shipped: the rules alone
    try:
        data = json.loads(read_text_file(p, what="stance model"))
    except json.JSONDecodeError as exc:
        raise InputError(f"stance model is not JSON ({exc.msg}, line {exc.lineno})", p, "refit it") from None
    if tuple(data.get("features", ())) != FEATURES or tuple(data.get("classes", ())) != CLASSES:
        raise InputError(
            "stance model was fitted on other features", p, "rerun tools/train_target_sentiment.py"
        )
    data.setdefault("terms", {})
    return data


def logits_of(model: dict, x: list[float], terms: list[str] = ()) -> list[float]:
    """The three class scores of one target: bias + features · weights + the weights of its terms."""
    logits = [b + sum(w * v for w, v in zip(row, x)) for row, b in zip(model["weights"], model["bias"])]
    weights = model["terms"]
    for t in set(terms):
        w = weights.get(t)
        if w is not None:
            logits = [a + b for a, b in zip(logits, w)]
    return logits


def predict(model: dict, x: list[float], terms: list[str] = ()) -> tuple[str, float]:
    """The most probable class and ``P(positive) − P(negative)`` for one target's features and terms."""
    logits = logits_of(model, x, terms)
    top = max(logits)
    exp = [math.exp(v - top) for v in logits]
    total = sum(exp)
    p = [e / total for e in exp]
    return CLASSES[p.index(max(p))], round(p[2] - p[0], 4)


def strongest_terms(model: dict, terms: list[str], k: int = 3) -> list[tuple[str, float]]:
    """The ``k`` terms of a target that push hardest towards positive or negative (``w_pos − w_neg``)."""
    weights = model["terms"]
    pushed = [(t, weights[t][2] - weights[t][0]) for t in set(terms) if t in weights]
    return sorted(pushed, key=lambda tw: (-abs(tw[1]), tw[0]))[:k]


# ------------------------------------------------------------------------------------------- fitting
#: Full-batch Adam: its step size, its two decay rates, and the number of steps.  With a small penalty
#: the fixed number of steps also stops the word weights before they fit the calibrate split's noise.
ADAM_RATE, ADAM_BETAS, FIT_STEPS = 0.05, (0.9, 0.999), 300


def term_matrix(rows: list[list[str]], vocabulary: dict[str, int]):
    """The 0/1 term matrix of ``rows`` as (row index, column index) arrays, one entry per distinct term."""
    import numpy as np

    r, c = [], []
    for i, terms in enumerate(rows):
        for t in set(terms):
            j = vocabulary.get(t)
            if j is not None:
                r.append(i)
                c.append(j)
    return np.asarray(r, dtype=np.int64), np.asarray(c, dtype=np.int64)


def _sparse_product(rows, cols, weights, n_rows: int):
    """``M @ weights`` for the 0/1 matrix ``M`` with ones at (rows, cols)."""
    import numpy as np

    return np.stack(
        [np.bincount(rows, weights=weights[cols, j], minlength=n_rows) for j in range(weights.shape[1])],
        axis=1,
    )


def _adam(params, grads, state, t: int) -> None:
    import numpy as np

    b1, b2 = ADAM_BETAS
    for p, g, (m, v) in zip(params, grads, state):
        m *= b1
        m += (1 - b1) * g
        v *= b2
        v += (1 - b2) * g * g
        p -= ADAM_RATE * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)


def fit(
    x,
    y,
    terms: list[list[str]] | None = None,
    *,
    l2: float = 1e-3,
    l2_terms: float = 3e-3,
    min_count: int = 3,
    class_weight: bool = True,
) -> dict:
    """Multinomial logistic regression (numpy, full-batch Adam): the coefficients as plain lists.

    ``x``: rows of :data:`FEATURES`; ``y``: class indices into :data:`CLASSES`; ``terms``: each row's
    :func:`terms_of` (words seen in fewer than ``min_count`` rows are left out).  ``l2`` and ``l2_terms``
    are the penalties of the features and of the word weights.  ``class_weight`` weighs each class by
    the inverse of its share, since the aim is macro-F1.
    """
    from collections import Counter

    import numpy as np

    x = np.asarray(x, float)
    y = np.asarray(y, int)
    terms = terms if terms is not None else [[] for _ in y]
    seen = Counter(t for row in terms for t in set(row))
    vocabulary = {t: j for j, t in enumerate(sorted(t for t, c in seen.items() if c >= min_count))}
    rows, cols = term_matrix(terms, vocabulary)
    n, k = len(y), len(CLASSES)
    onehot = np.eye(k)[y]
    counts = np.bincount(y, minlength=k)
    sw = (n / (k * np.maximum(counts, 1)))[y] if class_weight else np.ones(n)
    w, wt, b = np.zeros((x.shape[1], k)), np.zeros((len(vocabulary), k)), np.zeros(k)
    state = [(np.zeros_like(p), np.zeros_like(p)) for p in (w, wt, b)]
    for step in range(1, FIT_STEPS + 1):
        z = x @ w + _sparse_product(rows, cols, wt, n) + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw[:, None] / n
        gt = np.stack([np.bincount(cols, weights=g[rows, j], minlength=len(vocabulary)) for j in range(k)], 1)
        _adam((w, wt, b), (x.T @ g + l2 * w, gt + l2_terms * wt, g.sum(axis=0)), state, step)
    return {
        "features": list(FEATURES),
        "classes": list(CLASSES),
        "weights": [[round(float(v), 6) for v in w[:, j]] for j in range(k)],
        "bias": [round(float(v), 6) for v in b],
        "terms": {t: [round(float(v), 4) for v in wt[j]] for t, j in vocabulary.items()},
    }
