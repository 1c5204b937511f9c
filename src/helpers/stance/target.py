"""``target_sentiment(text, targets)``: the sentiment of a text towards each of its target spans.

Columns, in order (:data:`TARGET_COLUMNS`): ``target_start``, ``target_end`` (offsets into ``text``),
``target`` (``text[target_start:target_end]``), ``score`` (−1..+1), ``label`` (negative / neutral /
positive), ``evidence`` (the words that decided it: ``word@start:end valence (notes)``, ``; ``-joined,
strongest first), ``rule_score`` (the rules alone, before the linear layer).

``method="linear"`` (the default when ``lexicons/stance_model.json`` is shipped) labels with the logistic
layer of :mod:`.model` over the rules' features and the words around the target; ``method="rules"``
uses the rule score and VADER's thresholds.  ``explain_target(text, start, end)`` lists every rule's
features for one target and its strongest learned word terms.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import InputError
from .model import FEATURES, feature_vector, load_model, predict, strongest_terms, terms_of
from .rules import TARGET_RULES, TargetContext, label_of_score, run_rules, words_of

TARGET_COLUMNS = ["target_start", "target_end", "target", "score", "label", "evidence", "rule_score"]
#: At most this many words are listed as evidence (the strongest first).
MAX_EVIDENCE = 5


def evidence_of(ctx: TargetContext) -> str:
    """The valenced words of the target's context, strongest first, with offsets and notes."""
    words = sorted((w for w in ctx.used if w.valence), key=lambda w: -abs(w.valence))[:MAX_EVIDENCE]
    return "; ".join(f"{w.text}@{w.start}:{w.end} {w.valence:+.2f} ({', '.join(w.notes)})" for w in words)


def check_spans(text: str, targets: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The target spans as int pairs, each inside the text and non-empty (else an InputError)."""
    out = []
    for span in targets:
        start, end = int(span[0]), int(span[1])
        if not 0 <= start < end <= len(text):
            raise InputError(f"target span ({start}, {end}) is not inside the text of {len(text)} characters")
        out.append((start, end))
    return out


def target_sentiment(
    text: str, targets: Iterable[tuple[int, int]], *, method: str | None = None, model: str | None = None
):
    """One row per target span: score, label and evidence (columns in the module docstring).

    >>> target_sentiment("I like Bert, but I hate Robert.", [(7, 11), (24, 30)])["label"].tolist()
    ['positive', 'negative']
    """
    import pandas as pd

    if not isinstance(text, str):
        raise InputError(f"target_sentiment needs the text as a str, not {type(text).__name__}")
    coefs = model_for(method, model)
    return pd.DataFrame(score_spans(text, check_spans(text, targets), coefs), columns=TARGET_COLUMNS)


def model_for(method: str | None, model: str | None = None) -> dict | None:
    """The coefficients ``method`` asks for: None for ``"rules"`` (or when no layer is shipped)."""
    if method not in (None, "rules", "linear"):
        raise InputError(f"unknown method {method!r}: use 'rules' or 'linear'")
    coefs = load_model(model) if method != "rules" else None
    if method == "linear" and coefs is None:
        raise InputError("no stance model shipped: run tools/train_target_sentiment.py or use method='rules'")
    return coefs


def score_spans(text: str, spans: list[tuple[int, int]], coefs: dict | None) -> list[tuple]:
    """The rows of :func:`target_sentiment` as tuples (spans already checked; ``coefs`` None: rules only).

    Each span's rules see the other spans as names (their words carry no valence and no term).
    """
    words = words_of(text)
    rows = []
    for start, end in spans:
        ctx = run_rules(text, start, end, words, tuple(spans))
        if coefs is not None:
            label, score = predict(coefs, feature_vector(ctx), terms_of(ctx))
        else:
            label, score = label_of_score(ctx.score), round(ctx.score, 4)
        rows.append((start, end, text[start:end], score, label, evidence_of(ctx), round(ctx.score, 4)))
    return rows


def explain_target(text: str, start: int, end: int, *, model: str | None = None):
    """The rules' features for one target, one row per feature, then its strongest learned word terms.

    A term row's value is what the word pushes towards positive (its positive minus its negative weight
    in the linear layer); the rule names in order are in ``frame.attrs["rules"]``.
    """
    import pandas as pd

    ctx = run_rules(text, start, end)
    rows = list(zip(FEATURES, feature_vector(ctx)))
    coefs = load_model(model)
    if coefs is not None:
        rows += [(f"term {t}", w) for t, w in strongest_terms(coefs, terms_of(ctx), k=MAX_EVIDENCE)]
    frame = pd.DataFrame(rows, columns=["feature", "value"])
    frame.attrs["rules"] = [r.__name__ for r in TARGET_RULES]
    return frame
