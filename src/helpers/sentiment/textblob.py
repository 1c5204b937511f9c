"""TextBlob: the ``PatternAnalyzer`` polarity (the pattern library's adjective lexicon bundled with TextBlob).

Plain version: ``float(TextBlob(text).sentiment.polarity)``, i.e. ``textblob.en.sentiment(text)[0]``.
The stage scores every sentence with it, so :func:`textblob_polarity` calls
:func:`helpers.sentiment.pattern.polarity`, which computes the same number from the package's own
lexicon and constants about ten times faster (measured on 40 UN speeches: the plain version would cost
about 60 % of the whole pipeline's time).  ``tests/test_pattern.py`` compares the two;
``benchmarks/bench_pattern.py --all`` does so on every sentence of the shared corpora.
:func:`helpers.sentiment.explain` itemises TextBlob's own assessments (:func:`pattern_sentiment`).
"""

from __future__ import annotations

from . import pattern


def pattern_sentiment():
    """The ``textblob.en.sentiment`` object (the one ``PatternAnalyzer`` calls), its lexicon loaded."""
    from textblob.en import sentiment

    return sentiment


def textblob_polarity(text: str) -> float:
    """TextBlob PatternAnalyzer polarity of ``text`` (no masking): ``textblob.en.sentiment(text)[0]``."""
    return pattern.polarity(text)
