"""Charts of sentiment per speaker and along the article, drawn from the tables of :mod:`helpers.sentiment`.

Each function takes a table (and an optional ``ax``) and returns the matplotlib ``Axes`` it drew on:

* :func:`speaker_intervals` — ``speaker_sentiment(...)`` (and ``score_statements(...)`` for the points):
  per speaker, the mean of the recommended score with its bootstrap 95 % interval (dot and line) only
  where the table has one (n >= 5); below that a hollow mean and the statements' own scores; the neutral
  band shaded.  ``scorers=("vader", "textblob")`` draws the two scorers instead (secondary view).
* :func:`sentiment_along` — ``score_statements(article)``: each statement or narrator sentence at its
  position in the article (character offset) against its score, coloured by speaker, with the section
  boundaries of ``article.sections`` marked and the neutral band shaded.
* :func:`statement_bars` — ``score_statements(article)``: a diverging bar per statement of the main
  speakers (most statements first), negative to the left, labelled with the start of the statement.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np

from . import style

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

SCORER_LABELS = {"vader": "VADER (masked)", "textblob": "TextBlob (masked)", "score": "recommended score",
                 "vader_domain": "VADER with domain valences"}
_MARKERS = {"vader": "o", "textblob": "s", "score": "D", "vader_domain": "^"}


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _band():
    from ..sentiment import load_calibration

    return load_calibration()["neutral_band"]


def speaker_intervals(
    per_speaker: pd.DataFrame,
    scored: pd.DataFrame | None = None,
    scorers: tuple[str, ...] = ("score",),
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """One row per speaker: the mean (dot) and bootstrap 95 % interval (line) where the table has one
    (``has_interval``, n >= 5); below that no interval, and with ``scored`` each statement's own score
    as a small point beside a hollow mean.  The default shows the recommended ``score`` with the
    calibrated neutral band shaded; ``scorers=("vader", "textblob")`` is the secondary view (each scorer
    has its own band, so none is shaded)."""
    table = per_speaker.iloc[::-1].reset_index(drop=True)  # first speaker on top
    ax = style.new_axes(ax, figsize=(8.5, max(2.8, 0.5 * len(table) + 1.5)))
    if "score" in scorers:
        lo_band, hi_band = _band()
        ax.axvspan(lo_band, hi_band, color=style.NEUTRAL, alpha=0.3, lw=0, zorder=0,
                   label=f"neutral band [{lo_band:+.2f}, {hi_band:+.2f}]")
    y = np.arange(len(table))
    offsets = np.linspace(-0.18, 0.18, len(scorers)) if len(scorers) > 1 else [0.0]
    has_ci = table["has_interval"].to_numpy(bool)
    for k, (scorer, off) in enumerate(zip(scorers, offsets, strict=True)):
        _speaker_marks(ax, table, scored, scorer, y + off, has_ci, style.PALETTE[k])
    labels = [
        f"{s} (n={n}{'' if c else ', no interval'})"
        for s, n, c in zip(table["speaker"], table["n_statements"], has_ci, strict=True)
    ]
    ax.set_yticks(y, labels=[_short(x, 48) for x in labels])
    ax.axvline(0, color=style.GREY, lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment (−1 negative … +1 positive)")
    ax.set_ylabel("speaker")
    default = "Per speaker: mean, 95% interval where there are enough statements, else the statements"
    ax.set_title(title or (default if scorers == ("score",) else "The scorers per speaker (secondary view)"))
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return ax


def _speaker_marks(ax, table, scored, scorer, y, has_ci, color) -> None:
    """One scorer's marks on :func:`speaker_intervals`: dot and line where there is an interval, a hollow
    mean and (with ``scored``) the statements' own scores as small points where there is not."""
    from ..sentiment.aggregate import MIN_INTERVAL

    name = SCORER_LABELS.get(scorer, scorer)
    mean = table[f"{scorer}_mean"].to_numpy(float)
    if f"{scorer}_ci_low" not in table:  # a scorer summarised without intervals (stock VADER): means only
        has_ci = np.zeros(len(table), dtype=bool)
    lo = table.get(f"{scorer}_ci_low", table[f"{scorer}_mean"] * np.nan).to_numpy(float)
    hi = table.get(f"{scorer}_ci_high", table[f"{scorer}_mean"] * np.nan).to_numpy(float)
    ax.hlines(y[has_ci], lo[has_ci], hi[has_ci], color=color, lw=2, alpha=0.8)
    marker = _MARKERS.get(scorer, "o")
    ax.scatter(mean[has_ci], y[has_ci], marker=marker, color=color, zorder=3,
               label=f"{name}: mean and 95% interval")
    ax.scatter(mean[~has_ci], y[~has_ci], marker=marker, facecolors="white", edgecolors=color, zorder=3,
               label=f"{name}: mean of fewer than {MIN_INTERVAL}")
    if scored is None or scorer not in scored.columns:
        return
    where = dict(zip(table["speaker"], y, strict=True))
    few = set(table["speaker"][~has_ci])
    rows = scored[scored["speaker"].isin(few)]
    if len(rows):
        ax.scatter(rows[scorer].to_numpy(float), rows["speaker"].map(where).to_numpy(float), marker="|",
                   s=80, color=color, alpha=0.9, zorder=2, label=f"{name}: one statement")


def sentiment_along(
    scored: pd.DataFrame,
    article=None,
    value: str = "score",
    ax: Axes | None = None,
    max_speakers: int = 6,
    title: str = "Sentiment along the article",
) -> Axes:
    """Position in the article → score, one colour per speaker (the narrator grey), sections marked."""
    from ..sentiment import NARRATOR

    ax = style.new_axes(ax, figsize=(10.0, 4.5))
    lo, hi = _band()
    ax.axhspan(lo, hi, color=style.NEUTRAL, alpha=0.3, lw=0, label="neutral band", zorder=0)
    counts = scored[scored["speaker"] != NARRATOR]["speaker"].value_counts(sort=False)
    order = sorted(counts.index, key=lambda s: (-counts[s], s))
    main = order[:max_speakers]
    colors = style.color_for(main)
    pos = (scored["start"].to_numpy(float) + scored["end"].to_numpy(float)) / 2
    vals = scored[value].to_numpy(float)
    ax.plot(pos, vals, color=style.GREY, lw=0.6, alpha=0.6, zorder=1)
    groups = [(NARRATOR, style.GREY, "o", 18)] + [(s, colors[s], "o", 40) for s in main]
    others = ~scored["speaker"].isin([NARRATOR, *main]).to_numpy()
    for name, color, marker, size in groups:
        sel = (scored["speaker"] == name).to_numpy()
        if sel.any():
            ax.scatter(pos[sel], vals[sel], color=color, s=size, marker=marker, zorder=3,
                       label=_short(name, 28))
    if others.any():
        ax.scatter(pos[others], vals[others], facecolors="white", edgecolors="black", s=30, zorder=3,
                   label="other speakers")
    if article is not None:
        for sec in article.sections[1:]:
            ax.axvline(sec.start, color="black", lw=0.7, ls=":")
            if sec.heading is not None:
                ax.text(sec.start, -1.0, " " + _short(sec.heading.text, 30), rotation=90, fontsize=7,
                        ha="left", va="bottom", color="#444444")
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("position in the article (character offset)")
    ax.set_ylabel(SCORER_LABELS.get(value, value))
    ax.set_title(title if article is None else f"{title} (dotted lines: section headings)")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
    return ax


def statement_bars(
    scored: pd.DataFrame,
    speakers: list[str] | None = None,
    top: int = 3,
    value: str = "score",
    ax: Axes | None = None,
    width: int = 60,
    title: str = "Statements of the main speakers",
) -> Axes:
    """Diverging bars: one per statement of ``speakers`` (default: the ``top`` with most statements)."""
    from ..sentiment import NARRATOR

    said = scored[scored["speaker"] != NARRATOR]
    if speakers is None:
        counts = said["speaker"].value_counts(sort=False)
        speakers = sorted(counts.index, key=lambda s: (-counts[s], s))[:top]
    rows = said[said["speaker"].isin(speakers)].copy()
    rows["_order"] = rows["speaker"].map({s: i for i, s in enumerate(speakers)})
    rows = rows.sort_values(["_order", "start"], kind="stable").iloc[::-1]
    ax = style.new_axes(ax, figsize=(10.0, max(3.0, 0.32 * len(rows) + 1.5)))
    y = np.arange(len(rows))
    vals = rows[value].to_numpy(float)
    lo, hi = _band()
    colors = [style.NEGATIVE if v < lo else style.POSITIVE if v > hi else style.NEUTRAL for v in vals]
    ax.barh(y, vals, color=colors, zorder=2)
    pairs = zip(rows["speaker"], rows["text"], strict=True)
    labels = [f"{_short(s, 18)}: {_short(t, width)}" for s, t in pairs]
    ax.set_yticks(y, labels=labels, fontsize=8)
    ax.axvline(0, color="black", lw=0.8)
    ax.axvspan(lo, hi, color=style.NEUTRAL, alpha=0.25, lw=0, zorder=0)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel(f"{SCORER_LABELS.get(value, value)} (bar colour: label with the calibrated band)")
    ax.set_ylabel("statement")
    ax.set_title(title)
    if not len(rows):
        ax.text(0.5, 0.5, "no statements", ha="center", va="center", transform=ax.transAxes)
    return ax


def wrap(text: str, width: int = 70) -> str:
    """Wrap long text for chart annotations."""
    return "\n".join(textwrap.wrap(text, width))
