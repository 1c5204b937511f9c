"""Sentiment per speaker: counts, mean, median and a bootstrap interval per scorer, label shares.

``speaker_sentiment(article)`` columns: ``speaker, n_statements, too_few`` (fewer than ``min_statements``,
default 3: means of one or two statements are not a description of how someone sounds), then for each
of ``vader, textblob, score``: ``<s>_mean, <s>_median, <s>_ci_low, <s>_ci_high`` (percentile bootstrap
95 % interval of the mean, ``n_boot`` resamples, fixed ``seed``; NaN with a single statement), then
``share_negative, share_neutral, share_positive`` (of ``label``).  One row per speaker, most statements
first, the narrator last.  ``speaker_summary(table)`` says each row in a plain sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..tables import column_list, column_numpy, from_arrays, str_array_maker
from .constants import LABELS, NARRATOR
from .statement_scores import score_statements

#: The scorers summarised per speaker.
SPEAKER_SCORERS = ("vader", "textblob", "score")
#: Fewer statements than this and a speaker's row is flagged ``too_few``.
MIN_STATEMENTS = 3


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
    means = x.take(rng.integers(0, n, size=(n_boot, n))).mean(axis=1)  # take: x[draws], a cheaper gather
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return float(lo), float(hi)


def speaker_columns() -> list[str]:
    """The columns of :func:`speaker_sentiment`, in order."""
    cols = ["speaker", "n_statements", "too_few"]
    for s in SPEAKER_SCORERS:
        cols += [f"{s}_mean", f"{s}_median", f"{s}_ci_low", f"{s}_ci_high"]
    return cols + [f"share_{lab}" for lab in LABELS]


def speaker_row(speaker: str, scores: dict, labels: list[str], min_statements: int, n_boot: int, seed: int):
    """One row of :func:`speaker_sentiment`: ``scores`` maps each scorer to the speaker's values."""
    import zlib

    import numpy as np

    n = len(labels)
    row = {"speaker": speaker, "n_statements": n, "too_few": n < min_statements}
    for s in SPEAKER_SCORERS:
        finite = scores[s][~np.isnan(scores[s])]
        lo, hi = bootstrap_ci(finite, n_boot=n_boot, seed=[seed, zlib.crc32(f"{speaker}/{s}".encode())])
        row[f"{s}_mean"] = round(float(finite.mean()), 4) if len(finite) else float("nan")
        row[f"{s}_median"] = round(float(np.median(finite)), 4) if len(finite) else float("nan")
        row[f"{s}_ci_low"], row[f"{s}_ci_high"] = round(lo, 4), round(hi, 4)
    for lab in LABELS:
        row[f"share_{lab}"] = round(labels.count(lab) / n, 4)
    return row


def speaker_sentiment(
    article,
    *,
    min_statements: int = MIN_STATEMENTS,
    n_boot: int = 2000,
    seed: int = 0,
    narrator: bool = True,
):
    """One row per speaker: counts, mean/median/bootstrap CI per scorer, label shares, ``too_few``.

    ``article`` is an Article (or path/text) or a :func:`score_statements` table.  Each speaker's
    bootstrap draws from its own generator seeded with (``seed``, crc32 of the name), so a speaker's
    interval does not depend on who else is in the article.  Columns in the module docstring.
    """
    import pandas as pd

    table = article if isinstance(article, pd.DataFrame) else score_statements(article, narrator=narrator)
    if not narrator:
        table = table[table["speaker"] != NARRATOR]
    members: dict[str, list[int]] = {}  # row positions per speaker, in order of first appearance
    for k, who in enumerate(column_list(table, "speaker")):
        if who is not None and who == who:  # groupby leaves out missing names
            members.setdefault(who, []).append(k)
    scores = {s: column_numpy(table, s, float) for s in SPEAKER_SCORERS}
    labels = column_list(table, "label")
    rows = [
        speaker_row(who, {s: v.take(idx) for s, v in scores.items()}, [labels[k] for k in idx],
                    min_statements, n_boot, seed)
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
    arrays = [make_str(columns["speaker"]), np.array(columns["n_statements"], dtype=np.int64),
              np.array(columns["too_few"], dtype=bool)]
    arrays += [np.array(columns[c], dtype=np.float64) for c in cols[3:]]
    return from_arrays(cols, arrays)


def speaker_summary(per_speaker, scorer: str = "score") -> list[str]:
    """One plain sentence per speaker row of :func:`speaker_sentiment`, never a bare number.

    A speaker with one statement is described as that statement; ``too_few`` speakers are said to be
    too few to describe; otherwise the mean comes with its interval, where the interval lies relative to
    0, and the label shares.
    """
    out = []
    for r in per_speaker.itertuples(index=False):
        mean = getattr(r, f"{scorer}_mean")
        lo, hi = getattr(r, f"{scorer}_ci_low"), getattr(r, f"{scorer}_ci_high")
        n = r.n_statements
        narrator = r.speaker == NARRATOR
        who = "The narrator (unattributed body sentences)" if narrator else r.speaker
        unit = "sentence" if narrator else "statement"
        shares = (
            f"{r.share_negative:.0%} negative, {r.share_neutral:.0%} neutral, {r.share_positive:.0%} positive"
        )
        if n == 1:
            out.append(
                f"{who}: one {unit} only, scored {mean:+.2f}; that describes the {unit}, not the speaker."
            )
        elif r.too_few:
            out.append(
                f"{who}: only {n} {unit}s (mean {mean:+.2f}, 95% interval {lo:+.2f} to {hi:+.2f}); "
                "too few to say how this speaker sounds."
            )
        else:
            where = "includes 0" if lo <= 0 <= hi else ("lies above 0" if lo > 0 else "lies below 0")
            out.append(
                f"{who}: {n} {unit}s, mean {mean:+.2f}; the 95% interval {lo:+.2f} to {hi:+.2f} {where}; "
                f"{shares}."
            )
    return out
