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
  speakers (most statements first), negative to the left, labelled with the start of the statement; each
  bar's end is marked and its value written, so a statement scored 0 is still seen.
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
#: Scorers are told apart by marker shape and by ink, never by a hue (hues are speakers and signs).
SCORER_INKS = (style.RAMP[0], style.RAMP[3], style.RAMP[2])


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
    ax = style.new_axes(ax, figsize=(9.5, max(3.4, 0.5 * len(table) + 2.3)))
    if "score" in scorers:
        lo_band, hi_band = _band()
        ax.axvspan(lo_band, hi_band, color=style.NEUTRAL, alpha=0.3, lw=0, zorder=0,
                   label=f"neutral band [{lo_band:+.2f}, {hi_band:+.2f}]")
    y = np.arange(len(table))
    offsets = np.linspace(-0.18, 0.18, len(scorers)) if len(scorers) > 1 else [0.0]
    has_ci = table["has_interval"].to_numpy(bool)
    for k, (scorer, off) in enumerate(zip(scorers, offsets, strict=True)):
        _speaker_marks(ax, table, scored, scorer, y + off, has_ci, SCORER_INKS[k % len(SCORER_INKS)])
    labels = [
        f"{s} (n={n}{'' if c else ', no interval'})"
        for s, n, c in zip(table["speaker"], table["n_statements"], has_ci, strict=True)
    ]
    ax.set_yticks(y, labels=[wrap(x, 40) for x in labels])
    style.speaker_swatches(ax, y, list(table["speaker"]), _table_colours(per_speaker))
    ax.axvline(0, color=style.GREY, lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean sentiment (−1 negative … +1 positive)")
    ax.set_ylabel("speaker")
    default = "Per speaker: mean, 95% interval where there are enough statements, else the statements"
    secondary = "The scorers per speaker (secondary view)"
    ax.set_title(title or (default if scorers == ("score",) else secondary), wrap=True)
    # under the axes, not over the marks it explains (nor narrowing the axes beside it)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=2 if len(scorers) == 1 else 1,
              fontsize=8, frameon=False)
    return ax


def _table_colours(per_speaker: pd.DataFrame) -> dict[str, str]:
    """The speakers' colours from a ``speaker_sentiment`` table, ranked by ``n_statements`` as
    :func:`style.rank_speakers` ranks the rows of ``score_statements`` (so the two agree)."""
    from ..sentiment import NARRATOR

    rows = per_speaker[per_speaker["speaker"] != NARRATOR]
    ranked = sorted(zip(rows["speaker"], rows["n_statements"], strict=True), key=lambda r: (-r[1], r[0]))
    return style.speaker_colours([name for name, _ in ranked] + [NARRATOR], narrator=NARRATOR)


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
    """Position in the article → score, one colour per speaker (the narrator grey), sections marked.

    A thin line joins one speaker's own statements within a section (never two speakers' points, never
    across a section heading); the narrator's sentences are dots only. Headings and names are written
    whole (wrapped), and the legend sits beside the axes."""
    from ..sentiment import NARRATOR

    ax = style.new_axes(ax, figsize=(10.0, 4.5))
    lo, hi = _band()
    ax.axhspan(lo, hi, color=style.NEUTRAL, alpha=0.3, lw=0, label="neutral band", zorder=0)
    main = style.rank_speakers(scored["speaker"], narrator=NARRATOR)[:max_speakers]
    colors = style.speaker_colours([*main, NARRATOR], narrator=NARRATOR)
    pos = (scored["start"].to_numpy(float) + scored["end"].to_numpy(float)) / 2
    vals = scored[value].to_numpy(float)
    others = ~scored["speaker"].isin([NARRATOR, *main]).to_numpy()
    bounds = [sec.start for sec in article.sections[1:]] if article is not None else []
    for name in [NARRATOR, *main]:
        sel = (scored["speaker"] == name).to_numpy()
        if not sel.any():
            continue
        if name != NARRATOR:  # one speaker's own statements within a section, never another's
            for run in _runs(pos[sel], bounds):
                ax.plot(pos[sel][run], vals[sel][run], color=colors[name], lw=0.8, alpha=0.6, zorder=1,
                        gid=name)
        ax.scatter(pos[sel], vals[sel], color=colors[name], s=18 if name == NARRATOR else 40, zorder=3,
                   edgecolors="black" if colors[name] in _PALE else "none", linewidths=0.5,
                   label=wrap(name, 30), gid=name)
    if others.any():
        ax.scatter(pos[others], vals[others], facecolors=style.OTHER_SPEAKERS, edgecolors="black", s=30,
                   zorder=3, label="other speakers", gid="other speakers")
    if article is not None:
        for sec in article.sections[1:]:
            ax.axvline(sec.start, color="black", lw=0.7, ls=":")
            if sec.heading is not None:
                ax.text(sec.start, -1.0, " " + wrap(sec.heading.text, 45), rotation=90, fontsize=7,
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
    ranked = style.rank_speakers(said["speaker"])
    if speakers is None:
        speakers = ranked[:top]
    rows = said[said["speaker"].isin(speakers)].copy()
    rows["_order"] = rows["speaker"].map({s: i for i, s in enumerate(speakers)})
    rows = rows.sort_values(["_order", "start"], kind="stable").iloc[::-1]
    ax = style.new_axes(ax, figsize=(10.0, max(3.0, 0.32 * len(rows) + 1.5)))
    y = np.arange(len(rows))
    vals = rows[value].to_numpy(float)
    lo, hi = _band()
    ax.barh(y, vals, color=[style.sign_colour(v, (lo, hi)) for v in vals], zorder=2)
    _bar_ends(ax, y, vals)
    pairs = zip(rows["speaker"], rows["text"], strict=True)
    labels = [f"{_short(s, 18)}: {_short(t, width)}" for s, t in pairs]
    ax.set_yticks(y, labels=labels, fontsize=8)
    style.speaker_swatches(ax, y, list(rows["speaker"]),
                           style.speaker_colours([*ranked, NARRATOR], narrator=NARRATOR))
    ax.axvline(0, color="black", lw=0.8)
    ax.axvspan(lo, hi, color=style.NEUTRAL, alpha=0.25, lw=0, zorder=0)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel(f"{SCORER_LABELS.get(value, value)} (bar colour: label with the calibrated band)")
    _sign_legend(ax, lo, hi)
    ax.set_ylabel("statement")
    ax.set_title(title)
    if not len(rows):
        ax.text(0.5, 0.5, "no statements", ha="center", va="center", transform=ax.transAxes)
    return ax


#: Speaker colours too pale to see without an edge on white.
_PALE = {"#F0E442", style.OTHER_SPEAKERS}


def wrap(text: str, width: int = 70) -> str:
    """Wrap long text for chart annotations (whole words, nothing cut off)."""
    return "\n".join(textwrap.wrap(" ".join(str(text).split()), width)) or str(text)


def _sign_legend(ax, lo: float, hi: float) -> None:
    """What the three bar colours mean (the same on every chart that colours a score's sign)."""
    from matplotlib.patches import Patch

    handles = [Patch(color=style.NEGATIVE, label=f"negative (below {lo:+.2f})"),
               Patch(color=style.NEUTRAL, label=f"neutral [{lo:+.2f}, {hi:+.2f}]"),
               Patch(color=style.POSITIVE, label=f"positive (above {hi:+.2f})")]
    ax.legend(handles=handles, loc="upper right", bbox_to_anchor=(1.0, -0.1), ncols=3, fontsize=8,
              frameon=False)


def _runs(pos, bounds) -> list:
    """Index arrays of the points (sorted by ``pos``) that fall between two neighbouring ``bounds``, each
    with two points or more: the stretches a speaker's line may join.

    >>> [r.tolist() for r in _runs(np.array([1.0, 2.0, 5.0, 6.0, 9.0]), [4, 8])]
    [[0, 1], [2, 3]]
    """
    order = np.argsort(pos, kind="stable")
    part = np.searchsorted(np.asarray(bounds, dtype=float), pos[order], side="right")
    return [order[part == k] for k in np.unique(part) if (part == k).sum() > 1]


def _bar_ends(ax, y, vals) -> None:
    """Mark where each bar ends and write its value there, so a bar of 0 (no width) is still seen."""
    ax.scatter(vals, y, marker="|", s=90, color="black", linewidths=1.2, zorder=4)
    for yi, v in zip(y, vals, strict=True):
        ax.text(v + (0.03 if v >= 0 else -0.03), yi, f"{v:+.2f}", va="center",
                ha="left" if v >= 0 else "right", fontsize=7, color="#333333", zorder=4)
