"""Who speaks about whom, and how: the sentiment of a text towards each of its targets (issue 15).

* ``rules`` — :data:`TARGET_RULES`, the ordered, named rules (clause, quotation, word valences,
  negation, hedges, agent/patient, the rest of the sentence) and their constants;
* ``model`` — the optional logistic layer over the rules' features and the words around the target
  (:func:`terms_of`; coefficients in ``lexicons/stance_model.json``, refitted on NewsMTSC's calibrate
  split by ``tools/train_target_sentiment.py``);
* ``target`` — :func:`target_sentiment` (the table) and :func:`explain_target`;
* ``matrix`` — :func:`stance_targets` (targets in each statement's content, with their sentiment) and
  :func:`stance_matrix` (one row per speaker and target), :func:`corpus_stance` (the same across texts);
* ``validation`` — NewsMTSC per target, the fixed split, macro-F1 and bootstrap intervals.

The word lists are in ``lexicons/stance_words.yaml``; valences are VADER's with the project's domain
valences (``helpers.sentiment``).  This package imports the sentiment package; nothing of layer 3 imports it.
"""

from __future__ import annotations

from ..sentiment.validation import macro_f1  # the one macro-F1 of the package
from .matrix import (
    CORPUS_STANCE_COLUMNS,
    MATRIX_COLUMNS,
    TARGET_ROW_COLUMNS,
    corpus_stance,
    stance_matrix,
    stance_targets,
)
from .model import CLASSES, FEATURES, fit, load_model, predict, terms_of
from .rules import TARGET_RULES, TargetContext, Word, label_of_score, normalise, run_rules, stance_words
from .target import TARGET_COLUMNS, explain_target, target_sentiment
from .validation import bootstrap_metric, feature_rows, load_targets, newsmtsc_path

__all__ = [
    "CLASSES",
    "CORPUS_STANCE_COLUMNS",
    "FEATURES",
    "MATRIX_COLUMNS",
    "TARGET_COLUMNS",
    "TARGET_ROW_COLUMNS",
    "TARGET_RULES",
    "TargetContext",
    "Word",
    "bootstrap_metric",
    "corpus_stance",
    "explain_target",
    "feature_rows",
    "fit",
    "label_of_score",
    "load_model",
    "load_targets",
    "macro_f1",
    "newsmtsc_path",
    "normalise",
    "predict",
    "run_rules",
    "stance_matrix",
    "stance_targets",
    "stance_words",
    "target_sentiment",
    "terms_of",
]
