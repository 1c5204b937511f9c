"""Sentence and statement sentiment: two offline scorers, entity masking, a calibrated label, explanations.

The modules, from the bottom up (each imports only those above it in this list):

* ``constants`` — ``MASK_TOKEN``, ``NARRATOR``, ``LABELS``, ``SCORE_COLUMNS``, ``EXPLAIN_COLUMNS``;
* ``vader`` — VADER (``vaderSentiment``) with the stock and the domain lexicon (``vader_pair``: both);
* ``pattern``, ``textblob`` — TextBlob's PatternAnalyzer polarity (``pattern.polarity`` is the fast
  equal of ``textblob.en.sentiment``);
* ``typography`` — typographic apostrophes, quotes, dashes, ellipses read as ASCII before any scorer;
* ``diplomatic`` — the diplomatic layer over VADER (``DIPLOMATIC_RULES``: difficulty frames, denials,
  reassurance, negation scope, post-negation, hedges), the ``vader_domain`` column;
* ``masking`` — names, titles and institutions replaced by ``MASK_TOKEN`` (rules in its docstring);
* ``stance`` — the cue verb's stance (``cue_stance.txt``) and how it combines with a statement's content;
* ``scoring`` — ``combine``, ``label_of``, ``score_sentences``: the recommended ``score`` and ``label``;
* ``statement_scores`` — ``score_statements`` (statements and the narrator's sentences);
* ``aggregate`` — ``speaker_sentiment`` (mean, median, bootstrap interval per speaker), ``speaker_summary``;
* ``explain`` — ``explain``: the words that moved each score;
* ``validation`` — the human-rated sets, ``agreement``, ``confusion``;
* ``commands`` — the command line's tables.

The word lists and numbers a researcher may change are data files in ``helpers/lexicons/`` read by
:mod:`helpers.lexicons.sentiment` (every loader takes the user's own file): ``sentiment_domain.yaml``
(valences added to VADER's lexicon, topic nouns with none), ``sentiment_diplomatic.txt`` (the diplomatic
layer's words), ``cue_stance.txt`` (cue verbs' stances), ``sentiment_neutralise.txt``,
``sentiment_entity_heads.txt``, ``sentiment_function_words.txt``, ``sentiment_connectors.txt`` (masking) and
``sentiment_calibration.json`` (weights and neutral band).  ``explain(text)`` shows the effect of a
change on one sentence.

Scorers
-------
* **VADER** — the ``vaderSentiment`` package (3.3.x), its own ``SentimentIntensityAnalyzer`` and the
  ``vader_lexicon.txt`` shipped inside the package (nothing downloads); see :mod:`.vader`.
* **TextBlob** — ``PatternAnalyzer`` (the pattern library's adjective lexicon bundled with TextBlob);
  see :mod:`.textblob`.
* **score** — VADER's algorithm on the masked text with the stock lexicon plus the domain valences,
  combined with TextBlob according to the calibration; see :mod:`.scoring`.

Tables: ``score_sentences`` (:mod:`.scoring`), ``score_statements`` (:mod:`.statement_scores`),
``speaker_sentiment`` (:mod:`.aggregate`), ``explain`` (:mod:`.explain`); their columns are in those
modules' docstrings.
"""

from __future__ import annotations

from ..lexicons.sentiment import (
    CALIBRATION_FILE,
    CONNECTORS_FILE,
    CUE_STANCE_FILE,
    DIPLOMATIC_FILE,
    DOMAIN_FILE,
    FUNCTION_WORDS_FILE,
    HEADS_FILE,
    NEUTRALISE_FILE,
    load_calibration,
    load_connectors,
    load_cue_stance,
    load_diplomatic,
    load_domain,
    load_function_words,
    load_heads,
    load_neutralise,
)
from .aggregate import (
    FLAG_COLUMNS,
    MIN_INTERVAL,
    MIN_STATEMENTS,
    POSITIONS,
    SPEAKER_SCORERS,
    bootstrap_ci,
    speaker_sentiment,
    speaker_summary,
)
from .commands import cli_score, cli_sentiment
from .constants import EXPLAIN_COLUMNS, LABELS, MASK_TOKEN, NARRATOR, SCORE_COLUMNS
from .diplomatic import DIPLOMATIC_RULES, diplomatic_pair
from .explain import explain
from .masking import MaskRules, MaskSpan, find_entities, mask, mask_rules, masking_table
from .scoring import combine, label_of, score_sentences
from .stance import STANCE_RULES, combine_stance, find_stance
from .statement_scores import (
    STANCE_COLUMNS,
    STATEMENT_COLUMNS,
    narrator_sentence_ids,
    score_statements,
    statement_frame,
    statement_rows,
)
from .textblob import textblob_polarity
from .typography import TYPOGRAPHY_STEPS, normalise_typography
from .vader import vader_compound, vader_pair
from .validation import (
    agreement,
    bootstrap_metric,
    comparison_summary,
    confusion,
    held_out_comparison,
    load_newsmtsc,
    load_vader_ratings,
    macro_f1,
    plain_vader,
    scorer_labels,
    split_of,
)

__all__ = [
    "CALIBRATION_FILE",
    "CONNECTORS_FILE",
    "CUE_STANCE_FILE",
    "DIPLOMATIC_FILE",
    "DIPLOMATIC_RULES",
    "DOMAIN_FILE",
    "EXPLAIN_COLUMNS",
    "FLAG_COLUMNS",
    "FUNCTION_WORDS_FILE",
    "HEADS_FILE",
    "LABELS",
    "MASK_TOKEN",
    "MIN_INTERVAL",
    "MIN_STATEMENTS",
    "NARRATOR",
    "NEUTRALISE_FILE",
    "POSITIONS",
    "SCORE_COLUMNS",
    "SPEAKER_SCORERS",
    "STANCE_COLUMNS",
    "STANCE_RULES",
    "STATEMENT_COLUMNS",
    "TYPOGRAPHY_STEPS",
    "MaskRules",
    "MaskSpan",
    "agreement",
    "bootstrap_ci",
    "bootstrap_metric",
    "cli_score",
    "cli_sentiment",
    "combine",
    "combine_stance",
    "comparison_summary",
    "confusion",
    "diplomatic_pair",
    "explain",
    "find_entities",
    "find_stance",
    "held_out_comparison",
    "label_of",
    "load_calibration",
    "load_connectors",
    "load_cue_stance",
    "load_diplomatic",
    "load_domain",
    "load_function_words",
    "load_heads",
    "load_neutralise",
    "load_newsmtsc",
    "load_vader_ratings",
    "macro_f1",
    "mask",
    "mask_rules",
    "masking_table",
    "narrator_sentence_ids",
    "normalise_typography",
    "plain_vader",
    "score_sentences",
    "score_statements",
    "scorer_labels",
    "speaker_sentiment",
    "speaker_summary",
    "split_of",
    "statement_frame",
    "statement_rows",
    "textblob_polarity",
    "vader_compound",
    "vader_pair",
]
