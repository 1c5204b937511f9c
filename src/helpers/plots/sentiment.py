"""Charts of sentiment per speaker and along the article, drawn from the tables of :mod:`helpers.sentiment`.

Each function takes a table (and an optional ``ax``) and returns the matplotlib ``Axes`` it drew on:

* :func:`speaker_intervals` — ``speaker_sentiment(...)``: per speaker, the mean of each scorer with its
  bootstrap 95 % interval (dot and line); speakers flagged ``too_few`` are drawn hollow and say ``n``.
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

SCORER_LABELS = {"vader": "VADER (masked)", "textblob": "TextBlob (masked)", "score": "recommended score"}
_MARKERS = {"vader": "o", "textblob": "s", "score": "D"}


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _band():
    from ..sentiment import load_calibration

    return load_calibration()["neutral_band"]


def speaker_intervals(
    per_speaker: pd.DataFrame,
    scorers: tuple[str, ...] = ("vader", "textblob"),
    ax: Axes | None = None,
    title: str = "Sentiment per speaker: mean and bootstrap 95% interval",
) -> Axes:
    """Dot-and-interval chart: one row per speaker, one marker per scorer (offset vertically)."""
    table = per_speaker.iloc[::-1].reset_index(drop=True)  # first speaker on top
    ax = style.new_axes(ax, figsize=(8.5, max(2.8, 0.5 * len(table) + 1.5)))
    y = np.arange(len(table))
    offsets = np.linspace(-0.18, 0.18, len(scorers)) if len(scorers) > 1 else [0.0]
    for k, (scorer, off) in enumerate(zip(scorers, offsets, strict=True)):
        color = style.PALETTE[k]
        mean = table[f"{scorer}_mean"].to_numpy(float)
        lo = table[f"{scorer}_ci_low"].to_numpy(float)
        hi = table[f"{scorer}_ci_high"].to_numpy(float)
        has_ci = ~np.isnan(lo)
        ax.hlines(y[has_ci] + off, lo[has_ci], hi[has_ci], color=color, lw=2, alpha=0.8)
        few = table["too_few"].to_numpy(bool)
        ax.scatter(mean[~few], y[~few] + off, marker=_MARKERS.get(scorer, "o"), color=color, zorder=3,
                   label=SCORER_LABELS.get(scorer, scorer))
        ax.scatter(mean[few], y[few] + off, marker=_MARKERS.get(scorer, "o"), facecolors="white",
                   edgecolors=color, zorder=3)
    labels = [
        f"{s} (n={n}{', too few' if f else ''})"
        for s, n, f in zip(table["speaker"], table["n_statements"], table["too_few"], strict=True)
    ]
    ax.set_yticks(y, labels=[_short(x, 48) for x in labels])
    ax.axvline(0, color=style.GREY, lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment (−1 negative … +1 positive)")
    ax.set_ylabel("speaker")
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=9, frameon=False)
    return ax


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
