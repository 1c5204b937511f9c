"""The recommended score: VADER with the domain valences and the diplomatic layer, and TextBlob, combined.

Before any scorer, names are masked (:mod:`.masking`) and typography is normalised
(:mod:`.typography`: "don’t" is read as "don't").  ``score`` (−1..1) is VADER's algorithm run on that
text with the stock lexicon plus the documented news/diplomacy valences of
``lexicons/sentiment_domain.yaml`` and the rules of :mod:`.diplomatic` (negation scope, difficulty
frames, denials, hedges), combined with TextBlob according to
``lexicons/sentiment_calibration.json`` (weights, neutral band and the held-out figures that justify
them; reproduced by ``benchmarks/calibrate_sentiment.py``).  ``label`` is ``negative`` below the band,
``positive`` above it, ``neutral`` inside it (the band is inclusive).

``score_sentences(texts)`` columns, in order (:data:`SCORE_COLUMNS`): ``text`` (input), ``masked`` (the
text as scored: masked, typography normalised), ``n_masked`` (spans replaced), ``vader`` (stock VADER
compound on the masked text), ``textblob`` (PatternAnalyzer polarity of the masked text as the
diplomatic layer reads it: :func:`helpers.sentiment.diplomatic.textblob_view`; NaN when
``textblob=False``), ``vader_domain`` (VADER with the domain valences and the diplomatic layer),
``score`` (from ``vader_domain`` and ``textblob``: :func:`combine`), ``label``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..errors import InputError
from ..lexicons.sentiment import load_calibration
from ..tables import from_arrays, str_array_maker
from .constants import SCORE_COLUMNS
from .diplomatic import HEDGE_DAMPING, diplomatic_pass, textblob_view
from .masking import entity_spans, masked_text
from .textblob import textblob_polarity
from .typography import normalise_typography
from .vader import domain_vader

#: The dtype of each typed column of the scores table (the others are strings).
SCORE_DTYPES = {
    "n_masked": "int64",
    "vader": "float64",
    "textblob": "float64",
    "vader_domain": "float64",
    "score": "float64",
}


def combine(vader_domain: float, textblob: float, calibration: dict | None = None) -> float:
    """The recommended score from its parts (weights from the calibration), clipped to −1..1."""
    w = (calibration or load_calibration())["weights"]
    tb = 0.0 if textblob is None or textblob != textblob else textblob
    s = w.get("vader_domain", 0.0) * vader_domain + w.get("textblob", 0.0) * tb
    return round(max(-1.0, min(1.0, s)), 4)


def label_of(score: float, band: Sequence[float] | None = None) -> str:
    """negative / neutral / positive with the calibrated neutral band (inclusive)."""
    lo, hi = band if band is not None else load_calibration()["neutral_band"]
    if score < lo:
        return "negative"
    if score > hi:
        return "positive"
    return "neutral"


def score_sentences(
    texts: Iterable[str] | str,
    *,
    spans: Sequence[Iterable[tuple[int, int]] | None] | None = None,
    mask_entities: bool = True,
    textblob: bool = True,
    calibration: str | None = None,
    domain: str | None = None,
):
    """Score each text with both scorers and the recommended ``score``; columns in the module docstring.

    ``spans``: per text, (start, end) entity spans to mask besides the ones found automatically.
    ``textblob=False`` runs the fast VADER-only path (``textblob`` is NaN and the score falls back to
    the calibration's ``vader_only`` weights when the file has them).  ``calibration``/``domain`` replace
    the project's files.
    """
    if isinstance(texts, str):
        texts = [texts]
    texts = list(texts)
    for t in texts:
        if not isinstance(t, str):
            raise InputError(f"score_sentences takes strings, got {type(t).__name__}")
    if spans is not None and len(spans) != len(texts):
        raise InputError(f"{len(spans)} span lists for {len(texts)} texts", hint="give one list per text")
    return score_frame(score_rows(texts, spans, mask_entities, textblob, calibration, domain))


def score_rows(
    texts, spans, mask_entities=True, textblob=True, calibration=None, domain=None
) -> list[tuple]:
    """One tuple per text, in the order of :data:`SCORE_COLUMNS` (the rows of :func:`score_sentences`).

    ``spans`` is None or one list of (start, end) entity spans per text; the other arguments are those
    of :func:`score_sentences` (without its input checks: the pipeline calls this with its own texts).

    Each stage runs over all the texts before the next starts (masking and typography, VADER with the
    diplomatic layer, TextBlob, the score):
    the same numbers as text by text, but each stage's code and caches stay warm (a tenth faster).
    """
    cal = load_calibration(calibration)
    if not textblob and "vader_only" in cal:
        cal = {**cal, **cal["vader_only"]}
    band = cal["neutral_band"]
    texts = list(texts)
    if not mask_entities:
        found: list = [[]] * len(texts)
    elif spans is None:
        found = [entity_spans(text, None) for text in texts]
    else:
        found = [entity_spans(text, spans[i]) for i, text in enumerate(texts)]
    masked = [normalise_typography(masked_text(t, f)) for t, f in zip(texts, found)]
    passes = [diplomatic_pass(m, domain) for m in masked]
    pairs = [(0.0, 0.0) if p is None else (p.stock, p.domain) for p in passes]
    nan = float("nan")
    tbs = textblob_scores(masked, passes, domain) if textblob else [nan] * len(texts)
    rows = []
    for text, m, f, (v, vd), tb in zip(texts, masked, found, pairs, tbs):
        s = combine(vd, tb, cal)  # the score has one definition: these two functions
        rows.append((text, m, len(f), v, tb, vd, s, label_of(s, band)))
    return rows


def textblob_scores(texts: list[str], passes: list, domain: str | None = None) -> list[float]:
    """TextBlob's polarity of each text as the diplomatic layer reads it
    (:func:`helpers.sentiment.diplomatic.textblob_view`), × ``HEDGE_DAMPING`` when hedged, rounded."""
    words = domain_vader(domain).words
    out = []
    for text, p in zip(texts, passes, strict=True):
        view, hedged = textblob_view(p, text, words)
        tb = textblob_polarity(view)
        out.append(round(tb * HEDGE_DAMPING if hedged else tb, 4))
    return out


def typed_frame(columns: dict[str, list], dtypes: dict[str, str]):
    """A DataFrame from column lists, each typed as it is built (``astype`` on a frame costs far more).

    Columns not in ``dtypes`` are inferred, as ``pandas.DataFrame`` would (strings, or object when empty);
    a finished array (numpy or pandas, new: not shared) is taken as it is. When every inferred list holds
    only strings, the arrays are made as pandas would infer them (its ``str`` dtype, ``Int64`` from a mask:
    :func:`int64_array`) and joined without the constructor's per-column inference and checks
    (:func:`helpers.tables.from_arrays`): a few per cent of a short text's run, as a dozen tables are
    built per text. Otherwise (an empty table, a text column holding None) the constructor infers them:
    :func:`typed_frame_plain`, the plain version (``tests/test_tables.py`` compares the two).
    """
    arrays = _made_arrays(columns, dtypes) if columns and len(next(iter(columns.values()))) else None
    if arrays is not None:
        return from_arrays(tuple(columns), arrays)
    return typed_frame_plain(columns, dtypes)


def _made_arrays(columns: dict[str, list], dtypes: dict[str, str]) -> list | None:
    """The columns of :func:`typed_frame` as arrays of their final dtype, or None when one needs pandas'
    inference (a list of anything but strings, or an object array, where no dtype is given; or strings
    without pandas' ``str`` dtype)."""
    import numpy as np

    make_str = str_array_maker()
    arrays = []
    for name, values in columns.items():
        kind = dtypes.get(name)
        if kind is None and not isinstance(values, list):
            if isinstance(values, np.ndarray) and values.dtype == np.dtype(object):
                return None  # pandas infers the strings of an object array
            arrays.append(values)  # a finished array
        elif kind is None:
            if make_str is None or set(map(type, values)) != {str}:
                return None
            arrays.append(make_str(values))
        elif kind == "Int64":
            arrays.append(int64_array(values))
        else:
            arrays.append(np.array(values, dtype=kind))
    return arrays


def typed_frame_plain(columns: dict[str, list], dtypes: dict[str, str]):
    """:func:`typed_frame` through ``pandas.DataFrame``, which infers the columns not in ``dtypes``."""
    import numpy as np
    import pandas as pd

    typed: dict = {}
    for name, values in columns.items():
        kind = dtypes.get(name)
        if kind is None:  # inferred (strings); an empty column stays object, as pandas makes it
            typed[name] = values if len(values) else np.array([], dtype=object)
        elif kind == "Int64":
            typed[name] = pd.array(values, dtype="Int64")
        else:
            typed[name] = np.array(values, dtype=kind)
    return pd.DataFrame(typed, copy=False)


def int64_array(values: list):
    """``pd.array(values, dtype="Int64")`` made from a mask when ``values`` are ints and None (statement
    ids); pandas' element-wise conversion of a long list of None was the dearest column."""
    import numpy as np
    import pandas as pd

    types, n = set(map(type, values)), len(values)
    try:
        if types <= {int}:  # no None
            return pd.arrays.IntegerArray(np.array(values, dtype=np.int64), np.zeros(n, dtype=bool))
        if types == {type(None)}:  # the narrator's statement ids
            return pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))
        if types == {int, type(None)}:
            data = np.array(values, dtype=object)
            mask = np.equal(data, None)
            data[mask] = 0
            return pd.arrays.IntegerArray(data.astype(np.int64), mask)
    except OverflowError:  # an id beyond int64: pandas' own error
        pass
    return pd.array(values, dtype="Int64")


def score_frame(
    rows: list[tuple],
    extra: dict[str, list] | None = None,
    skip: tuple[str, ...] = (),
    dtypes: dict | None = None,
):
    """The :func:`score_sentences` table from :func:`score_rows` tuples.

    ``extra`` columns go first, typed by ``dtypes`` (or inferred); ``skip`` leaves score columns out.
    """
    by_column = list(zip(*rows, strict=True)) if rows else [()] * len(SCORE_COLUMNS)
    columns = dict(extra or {})
    columns.update(
        (name, list(col)) for name, col in zip(SCORE_COLUMNS, by_column, strict=True) if name not in skip
    )
    return typed_frame(columns, {**(dtypes or {}), **SCORE_DTYPES})
