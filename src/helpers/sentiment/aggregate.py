"""Sentiment per speaker: how many statements, their mean per scorer, an interval only where it means
something, and where the speaker sits relative to the calibrated neutral band.

``speaker_sentiment(article)`` columns (:func:`speaker_columns`), one row per speaker, most statements
first, the narrator last:

* ``speaker``, ``n_statements``;
* ``too_few`` — fewer than ``min_statements`` (:data:`MIN_STATEMENTS`, 3): a mean of one or two
  statements is not a description of how someone sounds;
* ``has_interval`` — at least ``min_interval`` (:data:`MIN_INTERVAL`, 5) statements: only then is a
  bootstrap interval computed (below it the ``*_ci_*`` columns are NaN; show the statements themselves);
* ``position`` — the recommended score against the neutral band ``[lo, hi]`` of
  ``lexicons/sentiment_calibration.json`` (:data:`POSITIONS`): ``below band`` / ``within band`` /
  ``above band``, or, when the interval reaches both sides of an edge and so cannot be placed,
  ``crosses lower edge`` / ``crosses upper edge`` / ``wider than band``;
  ``position_basis`` says what it was read from: ``interval`` (``has_interval``) or ``mean (n < 5)``
  (a flag: one mean of a few statements, no uncertainty attached);
* ``n_flagged`` — statements the scorer is known to misread (:func:`flagged`), which stay in the means;
* for each of :data:`SPEAKER_SCORERS` — the recommended ``score`` first, then the columns it is made of:
  ``content_score`` and ``cue_stance`` (a statement's score is its content's score combined with the
  stance of its cue verb, where the scoring table carries them), ``vader_domain`` and ``textblob`` (the
  content score is ``w1·vader_domain + w2·textblob`` with the calibration's weights), then stock
  ``vader`` for comparison — ``<s>_mean, <s>_median``, and for :data:`INTERVAL_SCORERS` also
  ``<s>_ci_low, <s>_ci_high`` (percentile bootstrap 95 % interval of the mean, ``n_boot`` resamples,
  fixed ``seed``); a column absent from the input table gives NaN;
* ``share_negative, share_neutral, share_positive`` (of ``label``).

``speaker_summary(table)`` says each row in a plain sentence built from these columns only, so the prose
stays true on any text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicons.sentiment import load_calibration
from ..tables import column_list, column_numpy, from_arrays, str_array_maker
from .constants import LABELS, NARRATOR
from .statement_scores import score_statements

#: The columns summarised per speaker: the recommended score; what a statement's score is made of where
#: the scoring table has it (the content's own score and the cue verb's stance); the two scorers the
#: content score mixes; then stock VADER.
SPEAKER_SCORERS = ("score", "content_score", "cue_stance", "vader_domain", "textblob", "vader")
#: The scorers that get an interval: the score and its two parts (the chart's main and secondary views).
#: Stock VADER is there to compare means; its interval would cost a fifth more random draws per text.
INTERVAL_SCORERS = ("score", "vader_domain", "textblob")
#: Fewer statements than this and a speaker's row is flagged ``too_few``.
MIN_STATEMENTS = 3
#: Fewest statements for a bootstrap interval. The percentile bootstrap of a mean of 2-4 values has at
#: most 4**4 = 256 distinct resamples and understates the spread badly (Efron & Tibshirani 1993, ch. 13
#: on small samples); below 5 the chart shows the statements themselves.
MIN_INTERVAL = 5
#: The values of ``position``, from below the neutral band to above it.
POSITIONS = ("below band", "crosses lower edge", "within band", "wider than band", "crosses upper edge",
             "above band")
#: Columns of a statement table that mark a statement the scorer is known to misread (the first present
#: is used): a boolean, or a non-empty string naming the reason.  None of them: no statement is flagged.
FLAG_COLUMNS = ("known_failure", "uncertain", "flag")
#: Random draws held at once by :func:`bootstrap_ci` (2**20 draws: 16 MB with their values): its memory
#: stays flat however many statements a speaker has, where all 2,000 resamples at once grow with them.
BOOTSTRAP_CHUNK = 1 << 20


def bootstrap_ci(
    values, *, n_boot: int = 2000, seed: int | Sequence[int] = 0, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (NaN, NaN for fewer than two values); reproducible.

    ``n_boot`` resamples of the values (NaN left out) drawn with ``numpy.random.default_rng(seed)``;
    the interval is ``numpy.percentile`` of their means at ``(1 - level) / 2`` and ``(1 + level) / 2``.
    """
    import numpy as np

    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    n = len(x)
    if n < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    # resamples drawn BOOTSTRAP_CHUNK values at a time: the same draws and means as one (n_boot, n) array
    # (the generator's stream does not depend on how it is cut; each row's mean is its own reduction),
    # without its n_boot * n * 16 bytes: 5 GB for the 300,000 narrator sentences of a 50 MB text
    rows = max(1, BOOTSTRAP_CHUNK // n)
    means = np.concatenate([
        x.take(rng.integers(0, n, size=(min(rows, n_boot - done), n))).mean(axis=1)  # take: a cheaper gather
        for done in range(0, n_boot, rows)
    ])
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return float(lo), float(hi)


def speaker_columns() -> list[str]:
    """The columns of :func:`speaker_sentiment`, in order."""
    cols = ["speaker", "n_statements", "too_few", "has_interval", "position", "position_basis", "n_flagged"]
    for s in SPEAKER_SCORERS:
        cols += [f"{s}_mean", f"{s}_median"]
        cols += [f"{s}_ci_low", f"{s}_ci_high"] if s in INTERVAL_SCORERS else []
    return cols + [f"share_{lab}" for lab in LABELS]


def band_position(mean: float, lo: float, hi: float, band: Sequence[float]) -> str:
    """Where a speaker sits relative to the neutral ``band``: read from the interval ``[lo, hi]`` when
    there is one, else from the mean.  E.g. with the band [−0.06, +0.26]: interval [+0.10, +0.25] →
    within band; [+0.02, +0.37] → crosses upper edge; no interval and mean +0.43 → above band."""
    b_lo, b_hi = band
    if lo != lo or hi != hi:  # no interval: the mean alone
        lo = hi = mean
    if lo != lo:
        return ""
    if hi < b_lo:
        return "below band"
    if lo > b_hi:
        return "above band"
    if b_lo <= lo and hi <= b_hi:
        return "within band"
    if lo < b_lo and hi > b_hi:
        return "wider than band"
    return "crosses lower edge" if lo < b_lo else "crosses upper edge"


def flagged(table) -> list[bool]:
    """Per row of a statement table: is it a statement the scorer is known to misread?

    Read from the first of :data:`FLAG_COLUMNS` the table has (a true boolean or a non-empty string);
    all False when it has none.
    """
    for name in FLAG_COLUMNS:
        if name in table.columns:
            return [is_set(v) for v in column_list(table, name)]
    return [False] * len(table)


def is_set(value) -> bool:
    """True for a true flag or a non-empty reason; False for False, "", None, NaN and pandas' NA."""
    try:
        return value is not None and value == value and bool(value)
    except TypeError:  # pandas.NA
        return False


def speaker_row(speaker: str, scores: dict, labels: list[str], flags: int, settings: dict) -> dict:
    """One row of :func:`speaker_sentiment`: ``scores`` maps each scorer to the speaker's values;
    ``settings`` holds ``min_statements``, ``min_interval``, ``n_boot``, ``seed`` and ``band``."""
    import statistics
    import zlib

    import numpy as np

    n = len(labels)
    with_ci = n >= settings["min_interval"]
    row = {"speaker": speaker, "n_statements": n, "too_few": n < settings["min_statements"],
           "has_interval": with_ci, "n_flagged": flags}
    nan = float("nan")
    for s in SPEAKER_SCORERS:
        finite = scores[s][~np.isnan(scores[s])]
        row[f"{s}_mean"] = round(float(finite.mean()), 4) if len(finite) else nan
        # statistics.median: the same number as numpy.median (the middle value, or the two middle values
        # added and halved), without numpy's per-call overhead, which on a few values outweighs the sort
        row[f"{s}_median"] = round(statistics.median(finite.tolist()), 4) if len(finite) else nan
        if s not in INTERVAL_SCORERS:
            continue
        lo = hi = nan
        if with_ci:
            seed = [settings["seed"], zlib.crc32(f"{speaker}/{s}".encode())]
            lo, hi = bootstrap_ci(finite, n_boot=settings["n_boot"], seed=seed)
        row[f"{s}_ci_low"], row[f"{s}_ci_high"] = round(lo, 4), round(hi, 4)
    row["position"] = band_position(row["score_mean"], row["score_ci_low"], row["score_ci_high"],
                                    settings["band"])
    row["position_basis"] = "interval" if with_ci else f"mean (n < {settings['min_interval']})"
    for lab in LABELS:
        row[f"share_{lab}"] = round(labels.count(lab) / n, 4)
    return row


def speaker_sentiment(
    article,
    *,
    min_statements: int = MIN_STATEMENTS,
    min_interval: int = MIN_INTERVAL,
    n_boot: int = 2000,
    seed: int = 0,
    narrator: bool = True,
    band: Sequence[float] | None = None,
):
    """One row per speaker: n, flags, position against the neutral band, mean/median/interval per scorer.

    ``article`` is an Article (or path/text) or a :func:`score_statements` table.  Each speaker's
    bootstrap draws from its own generator seeded with (``seed``, crc32 of the name and scorer), so a
    speaker's interval does not depend on who else is in the article.  ``band`` defaults to the
    calibration's neutral band.  Columns in the module docstring.
    """
    import numpy as np
    import pandas as pd

    table = article if isinstance(article, pd.DataFrame) else score_statements(article, narrator=narrator)
    if not narrator:
        table = table[table["speaker"] != NARRATOR]
    members: dict[str, list[int]] = {}  # row positions per speaker, in order of first appearance
    for k, who in enumerate(column_list(table, "speaker")):
        if who is not None and who == who:  # groupby leaves out missing names
            members.setdefault(who, []).append(k)
    nan_column = np.full(len(table), np.nan)
    scores = {s: column_numpy(table, s, float) if s in table.columns else nan_column for s in SPEAKER_SCORERS}
    labels, flags = column_list(table, "label"), flagged(table)
    settings = {"min_statements": min_statements, "min_interval": min_interval, "n_boot": n_boot,
                "seed": seed, "band": tuple(band if band is not None else load_calibration()["neutral_band"])}
    rows = [
        speaker_row(who, {s: v.take(idx) for s, v in scores.items()}, [labels[k] for k in idx],
                    sum(flags[k] for k in idx), settings)
        for who, idx in members.items()
    ]
    # the narrator last; speakers by number of statements, then name
    rows.sort(key=lambda r: (r["speaker"] == NARRATOR, -r["n_statements"], r["speaker"]))
    return speaker_frame(rows)


def speaker_frame(rows: list[dict]):
    """The :func:`speaker_sentiment` table from its rows: the table ``pd.DataFrame(rows)`` would give.

    The arrays pandas would infer (str, int64, bool, float64) are joined without its per-row dict
    handling, inference and checks (:func:`helpers.tables.from_arrays`).
    """
    import numpy as np
    import pandas as pd

    cols = speaker_columns()
    if not rows:
        return pd.DataFrame(rows, columns=cols)
    columns = {c: [r[c] for r in rows] for c in cols}
    make_str = str_array_maker()
    if make_str is None or set(map(type, columns["speaker"])) != {str}:
        return pd.DataFrame(columns, columns=cols)
    kinds = {"n_statements": np.int64, "n_flagged": np.int64, "too_few": bool, "has_interval": bool}
    arrays = []
    for c in cols:
        if c in ("speaker", "position", "position_basis"):
            arrays.append(make_str(columns[c]))
        else:
            arrays.append(np.array(columns[c], dtype=kinds.get(c, np.float64)))
    return from_arrays(cols, arrays)


# ------------------------------------------------------------------------------------------- in words
def band_text(band: Sequence[float]) -> str:
    """The neutral band as the prose shows it: ``[-0.06, +0.26]``."""
    return f"[{band[0]:+.2f}, {band[1]:+.2f}]"


def position_text(position: str, band: Sequence[float]) -> str:
    """A ``position`` value in words, with the band: "lies within the neutral band [-0.06, +0.26]"."""
    where = {
        "below band": "lies below", "within band": "lies within", "above band": "lies above",
        "crosses lower edge": "straddles the lower edge of",
        "crosses upper edge": "straddles the upper edge of", "wider than band": "is wider than",
    }.get(position, "cannot be placed against")
    return f"{where} the neutral band {band_text(band)}"


def figure(x: float, band: Sequence[float]) -> str:
    """A signed figure with two decimals, or three where two would print a band edge it is not
    (+0.2618 against the edge +0.26 prints +0.262, so "+0.10 to +0.26 straddles +0.26" cannot happen)."""
    two = f"{x:+.2f}"
    return f"{x:+.3f}" if any(two == f"{b:+.2f}" and x != b for b in band) else two


def speaker_line(r, band: Sequence[float], scores: Sequence[float] = ()) -> str:
    """One row of :func:`speaker_sentiment` in a sentence (see :func:`speaker_summary`)."""
    narrator = r.speaker == NARRATOR
    who = "The narrator (unattributed body sentences)" if narrator else r.speaker
    unit = "sentence" if narrator else "statement"
    n, mean, where = r.n_statements, figure(r.score_mean, band), position_text(r.position, band)
    flags = f"; {r.n_flagged} flagged as a known scorer misreading (kept in the mean)" if r.n_flagged else ""
    if n == 1:
        return (f"{who}: one {unit} only, scored {mean}, which {where}; "
                f"that describes the {unit}, not the speaker{flags}.")
    if not r.has_interval:
        listed = f" ({', '.join(figure(s, band) for s in scores)})" if len(scores) else ""
        few = "too few to say how this speaker sounds" if r.too_few else "a mean, not a description"
        return (f"{who}: only {n} {unit}s{listed}, mean {mean}, which {where}; "
                f"no 95% interval below {MIN_INTERVAL} {unit}s, {few}{flags}.")
    shares = ", ".join(f"{getattr(r, f'share_{lab}'):.0%} {lab}" for lab in LABELS)
    interval = f"{figure(r.score_ci_low, band)} to {figure(r.score_ci_high, band)}"
    return f"{who}: {n} {unit}s, mean {mean}; the 95% interval {interval} {where}; {shares}{flags}."


def speaker_summary(per_speaker, scored=None, band: Sequence[float] | None = None) -> list[str]:
    """One plain sentence per speaker row of :func:`speaker_sentiment`, never a bare number.

    Every figure comes from the table: n, the mean, the interval where ``has_interval``, ``position``
    against the neutral ``band`` (default the calibration's) and ``n_flagged``.  A speaker with one
    statement is described as that statement; below :data:`MIN_INTERVAL` statements the scores
    themselves are listed when ``scored`` (the :func:`score_statements` table) is given.
    """
    band = tuple(band if band is not None else load_calibration()["neutral_band"])
    by_speaker: dict[str, list[float]] = {}
    if scored is not None:
        for who, s in zip(column_list(scored, "speaker"), column_list(scored, "score"), strict=True):
            by_speaker.setdefault(who, []).append(s)
    out = []
    for r in per_speaker.itertuples(index=False):
        few = not r.has_interval and r.n_statements > 1
        out.append(speaker_line(r, band, by_speaker.get(r.speaker, []) if few else ()))
    return out
