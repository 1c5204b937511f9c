"""Chart of who speaks about whom, drawn from ``helpers.stance.stance_matrix(article)``.

* :func:`stance_heatmap` — speakers (rows) × targets (columns), each cell coloured by the mean target
  score (orange negative, blue positive, grey neutral) and labelled with its ``n``; cells with fewer
  than ``min_n`` mentions (the table's ``too_few``) are drawn in plain grey with their ``n`` and the
  mean in brackets, so a reader sees them but does not read a stance into one or two mentions.
* :func:`stance_network` — the same table as a network: speakers in a column on the left, targets on the
  right, one arrow per (speaker, target) coloured by the mean score and as wide as its ``n`` allows;
  an arrow below ``min_n`` is thin, dashed and grey.  Drawn with matplotlib alone: a two-column layout
  needs no graph library.  Works on :func:`helpers.stance.stance_matrix` and on a corpus's
  :func:`helpers.stance.corpus_stance` table (same ``speaker``, ``target``, ``n``, ``mean_score``,
  ``too_few`` columns).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from . import style

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

#: Grey of a cell with too few mentions, and of its text.
FEW_COLOUR, FEW_TEXT = "#E6E6E6", "#555555"


def stance_heatmap(
    matrix: pd.DataFrame,
    ax: Axes | None = None,
    *,
    min_n: int | None = None,
    max_speakers: int = 12,
    max_targets: int = 10,
    title: str = "Who speaks about whom: mean target score (n in each cell)",
) -> Axes:
    """Heat map of the stance matrix; ``min_n`` (None: the table's ``too_few``) greys the thin cells."""
    from matplotlib.colors import LinearSegmentedColormap

    speakers = matrix.groupby("speaker")["n"].sum().sort_values(ascending=False).index[:max_speakers]
    targets = matrix.groupby("target")["n"].sum().sort_values(ascending=False).index[:max_targets]
    ax = style.new_axes(ax, figsize=(1.1 * len(targets) + 4, 0.55 * len(speakers) + 2))
    cmap = LinearSegmentedColormap.from_list("stance", [style.NEGATIVE, "#F2F2F2", style.POSITIVE])
    if matrix.empty:
        ax.text(0.5, 0.5, "no targets in any statement", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    cells = {(r.speaker, r.target): r for r in matrix.itertuples(index=False)}
    grid = np.full((len(speakers), len(targets)), np.nan)
    image = ax.imshow(grid, cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    for i, s in enumerate(speakers):
        for j, t in enumerate(targets):
            r = cells.get((s, t))
            if r is None:
                continue
            few = r.too_few if min_n is None else r.n < min_n
            colour = FEW_COLOUR if few else cmap((r.mean_score + 1) / 2)
            ax.add_patch(_cell(i, j, colour))
            label = f"n={r.n}\n({r.mean_score:+.2f})" if few else f"n={r.n}\n{r.mean_score:+.2f}"
            ax.text(j, i, label, ha="center", va="center", fontsize=8, color=FEW_TEXT if few else "black")
    ax.set_xticks(range(len(targets)), list(targets), rotation=35, ha="right")
    ax.set_yticks(range(len(speakers)), list(speakers))
    ax.set_xlabel("target (named in the statement)")
    ax.set_ylabel("speaker")
    ax.set_title(title)
    ax.figure.colorbar(image, ax=ax, fraction=0.03, label="mean target score (grey: too few mentions)")
    return ax


#: Widest arrow (points) for the most mentioned pair; the thinnest for one mention.
MAX_WIDTH, MIN_WIDTH = 6.0, 0.8


def stance_network(
    matrix: pd.DataFrame,
    ax: Axes | None = None,
    *,
    min_n: int | None = None,
    max_speakers: int = 10,
    max_targets: int = 10,
    title: str = "Who speaks about whom: arrows coloured by the mean target score",
) -> Axes:
    """Speakers (left) → targets (right), one arrow per pair: colour = mean score, width = ``n``.

    ``min_n`` (None: the table's ``too_few``) draws the thinner pairs dashed and grey.  Only the
    ``max_speakers`` and ``max_targets`` most mentioned are drawn (the title says how many were left out).
    """
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.patches import FancyArrowPatch

    speakers = matrix.groupby("speaker")["n"].sum().sort_values(ascending=False).index[:max_speakers]
    targets = matrix.groupby("target")["n"].sum().sort_values(ascending=False).index[:max_targets]
    rows = max(len(speakers), len(targets), 1)
    ax = style.new_axes(ax, figsize=(9, 0.5 * rows + 2))
    ax.set_axis_off()
    if matrix.empty:
        ax.text(0.5, 0.5, "no targets in any statement", ha="center", va="center", transform=ax.transAxes)
        return ax
    cmap = LinearSegmentedColormap.from_list("stance", [style.NEGATIVE, "#F2F2F2", style.POSITIVE])
    left = {s: (0.0, _row_y(i, len(speakers), rows)) for i, s in enumerate(speakers)}
    right = {t: (1.0, _row_y(j, len(targets), rows)) for j, t in enumerate(targets)}
    shown = matrix[matrix["speaker"].isin(left) & matrix["target"].isin(right)]
    top = max(int(shown["n"].max()), 1) if len(shown) else 1
    for r in shown.sort_values("n", kind="stable").itertuples(index=False):
        few = r.too_few if min_n is None else r.n < min_n
        width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * (r.n - 1) / max(top - 1, 1)
        arrow = FancyArrowPatch(
            (0.02, left[r.speaker][1]),
            (0.98, right[r.target][1]),
            arrowstyle="-|>",
            mutation_scale=12,
            lw=MIN_WIDTH if few else width,
            ls="--" if few else "-",
            alpha=0.9,
            color=FEW_TEXT if few else cmap((r.mean_score + 1) / 2),
            gid=f"{r.speaker} -> {r.target}",
        )
        ax.add_patch(arrow)
    for name, (x, y) in left.items():
        ax.text(x, y, name, ha="right", va="center", fontsize=9)
    for name, (x, y) in right.items():
        ax.text(x, y, name, ha="left", va="center", fontsize=9)
    ax.text(
        0.5,
        -0.02,
        "orange: negative, blue: positive; width: n; dashed grey: too few mentions for a stance",
        ha="center",
        va="top",
        fontsize=8,
        color=FEW_TEXT,
        transform=ax.transAxes,
    )
    ax.set_xlim(-0.45, 1.45)
    ax.set_ylim(-0.5, rows - 0.5)
    left_out = len(matrix) - len(shown)
    ax.set_title(
        title + (f"\n({left_out} pairs of less-mentioned speakers or targets left out)" if left_out else "")
    )
    return ax


def _row_y(i: int, count: int, rows: int) -> float:
    """The height of the ``i``-th of ``count`` names, spread over ``rows`` rows, the first at the top."""
    step = (rows - 1) / max(count - 1, 1) if count > 1 else 0.0
    return (rows - 1) - i * step if count > 1 else (rows - 1) / 2


def _cell(i: int, j: int, colour):
    from matplotlib.patches import Rectangle

    return Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor=colour, edgecolor="white", lw=1.5)
