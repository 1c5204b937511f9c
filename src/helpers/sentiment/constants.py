"""Names the sentiment modules share: the mask placeholder, the narrator's name, the labels, the columns."""

from __future__ import annotations

#: What a masked span becomes. Not in either lexicon, not upper case (VADER's ALL-CAPS rule ignores it).
MASK_TOKEN = "⟨ent⟩"
#: The speaker name given to unattributed body sentences.
NARRATOR = "(narrator)"
#: The labels of the score, from below the neutral band to above it.
LABELS = ("negative", "neutral", "positive")
#: The columns of :func:`helpers.sentiment.score_sentences`, in order.
SCORE_COLUMNS = ["text", "masked", "n_masked", "vader", "textblob", "vader_domain", "score", "label"]
#: The columns of :func:`helpers.sentiment.explain`, in order.
EXPLAIN_COLUMNS = ["scorer", "position", "word", "lexicon", "valence", "contribution", "note"]
