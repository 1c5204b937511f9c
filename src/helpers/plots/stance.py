"""Chart of who speaks about whom, drawn from ``helpers.stance.stance_matrix(article)``.

* :func:`stance_heatmap` — speakers (rows) × targets (columns), each cell coloured by the mean target
  score (orange negative, blue positive, grey neutral) and labelled with its ``n``; cells with fewer
  than ``min_n`` mentions (the table's ``too_few``) are drawn in plain grey with their ``n`` and the
  mean in brackets, so a reader sees them but does not read a stance into one or two mentions.
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


def _cell(i: int, j: int, colour):
    from matplotlib.patches import Rectangle

    return Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor=colour, edgecolor="white", lw=1.5)
