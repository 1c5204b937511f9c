"""Charts of topic frequency, drawn from the tables of :mod:`helpers.topics`.

Each function takes a table (and an optional ``ax``) and returns the matplotlib ``Axes`` it drew on:

* :func:`topic_bar` — ``topic_counts(article)``: mentions per topic, sorted, each bar labelled with its count.
* :func:`topic_section_heatmap` — ``topic_counts(article, by="section")``: topics × sections.
* :func:`topic_dispersion` — ``topic_mentions(article)``: where in the article each topic is mentioned.
* :func:`topic_speaker_matrix` — ``topic_counts(article, by="speaker")``: topics × speakers.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np

from . import style

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def topic_bar(
    counts: pd.DataFrame,
    value: str = "count",
    ax: Axes | None = None,
    include_zero: bool = False,
    title: str = "Topic mentions",
) -> Axes:
    """Horizontal bars, one per topic, largest on top, each labelled with its value.

    ``value`` is "count" or "per_1000_words". Topics with no mention are left out unless ``include_zero``.
    """
    table = counts if include_zero else counts[counts["count"] > 0]
    # largest first in the table's own order for ties, drawn bottom-up so the largest is on top
    table = table.sort_values(value, ascending=False, kind="stable").iloc[::-1]
    labels = table["label"] if "label" in table.columns else table["topic"]
    ax = style.new_axes(ax, figsize=(8.0, max(2.5, 0.38 * len(table) + 1.2)))
    y = np.arange(len(table))
    values = table[value].to_numpy(dtype=float)
    ax.barh(y, values, color=style.PALETTE[0])
    ax.set_yticks(y, labels=[_wrap(x, 38) for x in labels])
    fmt = "{:.0f}" if value == "count" else "{:.1f}"
    top = values.max() if len(values) else 1.0
    for yi, v in zip(y, values, strict=True):
        ax.text(v + top * 0.01, yi, fmt.format(v), va="center", fontsize=9)
    ax.set_xlim(0, top * 1.12 if top else 1)
    ax.set_xlabel("mentions" if value == "count" else "mentions per 1,000 words")
    ax.set_ylabel("topic")
    ax.set_title(title)
    if not len(table):
        ax.text(0.5, 0.5, "no topic mentioned", ha="center", va="center", transform=ax.transAxes)
    return ax


def _heatmap(ax: Axes, grid: pd.DataFrame, xlabels, ylabels, value: str) -> None:
    import matplotlib as mpl

    data = grid.to_numpy(dtype=float)
    vmax = data.max() if data.size else 1.0
    cmap = mpl.colormaps[style.SEQUENTIAL].with_extremes(bad="white")  # zero cells stay blank
    im = ax.imshow(np.ma.masked_equal(data, 0), aspect="auto", cmap=cmap, vmin=0, vmax=vmax or 1.0)
    ax.set_xticks(np.arange(data.shape[1]), labels=xlabels, rotation=35, ha="right")
    ax.set_yticks(np.arange(data.shape[0]), labels=ylabels)
    fmt = "{:.0f}" if value == "count" else "{:.1f}"
    for (i, j), v in np.ndenumerate(data):
        if v:
            colour = "black" if vmax and v > vmax * 0.6 else "white"
            ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=8, color=colour)
    ax.figure.colorbar(im, ax=ax, label="mentions" if value == "count" else "per 1,000 words", shrink=0.8)
    ax.spines[:].set_visible(False)


def topic_section_heatmap(
    counts: pd.DataFrame,
    value: str = "count",
    ax: Axes | None = None,
    title: str = "Topics by section",
) -> Axes:
    """Topics (rows, those mentioned at all) × sections (columns, in article order), cells = ``value``."""
    grid = counts.pivot_table(index="topic", columns="section_id", values=value, aggfunc="sum", fill_value=0)
    used = counts.groupby("topic")["count"].sum()
    order = [t for t in dict.fromkeys(counts["topic"]) if used.get(t, 0) > 0]
    grid = grid.loc[order] if order else grid.iloc[:0]
    names = counts.drop_duplicates("section_id").set_index("section_id")["section"]
    labels = counts.drop_duplicates("topic").set_index("topic")["label"]
    xlabels = [_wrap(names[s] or "(lead)", 22) for s in grid.columns]
    ax = style.new_axes(ax, figsize=(max(6.0, 1.1 * len(grid.columns) + 3), max(3.0, 0.38 * len(grid) + 1.8)))
    _heatmap(ax, grid, xlabels, [labels.get(t, t) for t in grid.index], value)
    ax.set_xlabel("section")
    ax.set_ylabel("topic")
    ax.set_title(title)
    return ax


def topic_dispersion(
    mentions: pd.DataFrame,
    length: int,
    sections: pd.DataFrame | None = None,
    labels: dict[str, str] | None = None,
    ax: Axes | None = None,
    title: str = "Where each topic is mentioned",
) -> Axes:
    """One row per topic, a tick at every mention's position (characters into the text, 0–100 %).

    ``length`` is ``len(article.text)``; ``sections`` (optional) a table with ``start`` and ``section``
    (e.g. ``article.paragraphs`` of kind "heading", or sections as rows) drawn as dashed lines.
    Topics are ordered by their first mention.
    """
    order = list(dict.fromkeys(mentions.sort_values("start", kind="stable")["topic"]))
    ax = style.new_axes(ax, figsize=(9.0, max(2.5, 0.36 * len(order) + 1.4)))
    colours = style.color_for(order)
    scale = 100.0 / max(int(length), 1)
    for row, topic in enumerate(order):
        xs = mentions.loc[mentions["topic"] == topic, "start"].to_numpy() * scale
        ax.vlines(xs, row - 0.35, row + 0.35, color=colours[topic], linewidth=1.6)
    names = [(labels or {}).get(t, t) for t in order]
    ax.set_yticks(np.arange(len(order)), labels=[_wrap(n, 38) for n in names])
    ax.set_ylim(max(len(order), 1) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    if sections is not None:
        for start, name in zip(sections["start"], sections["section"], strict=True):
            x = start * scale
            ax.axvline(x, color=style.GREY, linestyle="--", linewidth=0.8)
            ax.text(x + 0.5, -0.6, _wrap(name, 18), fontsize=7, va="bottom", color=style.GREY, rotation=0)
    ax.set_xlabel("position in the article (% of characters)")
    ax.set_ylabel("topic")
    ax.set_title(title, pad=28 if sections is not None else 6)
    if not order:
        ax.text(0.5, 0.5, "no topic mentioned", ha="center", va="center", transform=ax.transAxes)
    return ax


def topic_speaker_matrix(
    counts: pd.DataFrame,
    value: str = "count",
    ax: Axes | None = None,
    include_narrator: bool = True,
    title: str = "Who raises which topic",
) -> Axes:
    """Topics (rows, those mentioned) × speakers (columns, in the table's order), cells = ``value``.

    Built from ``topic_counts(article, by="speaker")``; speakers with no topic mention are left out.
    """
    from ..topics import NARRATOR

    table = counts if include_narrator else counts[counts["speaker"] != NARRATOR]
    grid = table.pivot_table(index="topic", columns="speaker", values=value, aggfunc="sum", fill_value=0)
    speakers = [s for s in dict.fromkeys(table["speaker"]) if grid[s].sum() > 0] if len(grid) else []
    topics = [t for t in dict.fromkeys(table["topic"]) if len(grid) and grid.loc[t, speakers].sum() > 0]
    grid = grid.loc[topics, speakers] if topics else grid.iloc[:0, :0]
    labels = table.drop_duplicates("topic").set_index("topic")["label"]
    ax = style.new_axes(ax, figsize=(max(6.0, 0.9 * len(speakers) + 4), max(3.0, 0.38 * len(topics) + 2)))
    _heatmap(ax, grid, [_wrap(s, 18) for s in speakers], [labels.get(t, t) for t in topics], value)
    ax.set_xlabel("speaker (inside their statements)")
    ax.set_ylabel("topic")
    ax.set_title(title)
    if not topics:
        ax.text(0.5, 0.5, "no topic mentioned in any statement", ha="center", va="center",
                transform=ax.transAxes)
    return ax
