"""Charts of topic frequency, drawn from the tables of :mod:`helpers.topics`.

Each function takes a table (and an optional ``ax``) and returns the matplotlib ``Axes`` it drew on:

* :func:`topic_bar` — ``topic_counts(article)``: mentions per topic, sorted, each bar labelled with its count.
* :func:`topic_section_heatmap` — ``topic_counts(article, by="section")``: topics × sections.
* :func:`topic_dispersion` — ``topic_mentions(article)``: where in the article each topic is mentioned.
* :func:`topic_speaker_matrix` — ``topic_counts(article, by="speaker")``: topics × speakers.
* :func:`corpus_topic_rates` — ``Corpus.document_topics``: rates per topic for each group of documents
  (real texts and the project's invented examples never pooled into one bar).

Heat maps colour a cell by its share of its column (section, speaker) and write the count in it.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np

from . import style

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes


#: How a cell's value is written: counts whole, rates with one decimal.
_FMT = {"count": ".0f", "per_1000_words": ".1f"}


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
    ax.barh(y, values, color=style.INK)
    ax.set_yticks(y, labels=[_wrap(x, 38) for x in labels])
    fmt = "{:.0f}" if value == "count" else "{:.1f}"
    top = values.max() if len(values) else 1.0
    zero = values == 0
    if zero.any():  # a bar of 0 has no width: a hollow mark on the axis says "counted, none found"
        ax.scatter(values[zero], y[zero], marker="o", s=28, facecolors="white", edgecolors=style.INK,
                   zorder=3, clip_on=False, gid="zero bars")
    for yi, v in zip(y, values, strict=True):
        ax.text(v + top * 0.02, yi, fmt.format(v), va="center", fontsize=9)
    ax.set_xlim(0, top * 1.12 if top else 1)
    ax.set_xlabel("mentions" if value == "count" else "mentions per 1,000 words")
    ax.set_ylabel("topic")
    ax.set_title(title)
    if not len(table):
        ax.text(0.5, 0.5, "no topic mentioned", ha="center", va="center", transform=ax.transAxes)
    return ax


def _heatmap(ax: Axes, grid: pd.DataFrame, xlabels, ylabels, value: str, by_column: bool = False) -> None:
    """Cells written with ``value``; coloured by it, or with ``by_column`` by the cell's share of its
    column, so one busy column (the narrator, a long section) does not wash out the others."""
    import matplotlib as mpl

    data = grid.to_numpy(dtype=float)
    shade = column_shares(data) if by_column else data
    vmax = 1.0 if by_column else (data.max() if data.size else 1.0)
    cmap = mpl.colormaps[style.SEQUENTIAL].with_extremes(bad="white")  # zero cells stay blank
    im = ax.imshow(np.ma.masked_where(data == 0, shade), aspect="auto", cmap=cmap, vmin=0, vmax=vmax or 1.0)
    ax.set_xticks(np.arange(data.shape[1]), labels=xlabels, rotation=35, ha="right")
    ax.set_yticks(np.arange(data.shape[0]), labels=ylabels)
    fmt = "{:.0f}" if value == "count" else "{:.1f}"
    for (i, j), v in np.ndenumerate(data):
        if v:
            colour = "black" if vmax and shade[i, j] > vmax * 0.6 else "white"
            ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=8, color=colour)
    unit = "mentions" if value == "count" else "per 1,000 words"
    label = f"share of the column's {unit} (cells: {unit})" if by_column else unit
    ax.figure.colorbar(im, ax=ax, label=label, shrink=0.8)
    ax.spines[:].set_visible(False)


def column_shares(data: np.ndarray) -> np.ndarray:
    """Each cell as a share of its column's total (a column of zeros stays zero).

    >>> column_shares(np.array([[1.0, 0.0], [3.0, 0.0]])).tolist()
    [[0.25, 0.0], [0.75, 0.0]]
    """
    totals = data.sum(axis=0, keepdims=True)
    return np.divide(data, totals, out=np.zeros_like(data), where=totals > 0)


def topic_section_heatmap(
    counts: pd.DataFrame,
    value: str = "count",
    ax: Axes | None = None,
    title: str = "Topics by section",
) -> Axes:
    """Topics (rows, those mentioned at all) × sections (columns, in article order), cells = ``value``.

    A cell's colour is its share of the section's mentions and each column is labelled with its ``n``, so
    a long section does not wash out the short ones."""
    grid = counts.pivot_table(index="topic", columns="section_id", values=value, aggfunc="sum", fill_value=0)
    used = counts.groupby("topic")["count"].sum()
    order = [t for t in dict.fromkeys(counts["topic"]) if used.get(t, 0) > 0]
    grid = grid.loc[order] if order else grid.iloc[:0]
    names = counts.drop_duplicates("section_id").set_index("section_id")["section"]
    labels = counts.drop_duplicates("topic").set_index("topic")["label"]
    totals = grid.sum(axis=0)
    xlabels = [_wrap(f"{names[s] or '(lead)'} (n={totals[s]:{_FMT[value]}})", 22) for s in grid.columns]
    ax = style.new_axes(ax, figsize=(max(6.0, 1.1 * len(grid.columns) + 3), max(3.0, 0.38 * len(grid) + 1.8)))
    _heatmap(ax, grid, xlabels, [labels.get(t, t) for t in grid.index], value, by_column=True)
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
    scale = 100.0 / max(int(length), 1)
    for row, topic in enumerate(order):
        xs = mentions.loc[mentions["topic"] == topic, "start"].to_numpy() * scale
        ax.vlines(xs, row - 0.35, row + 0.35, color=style.INK, linewidth=1.6)  # the row names it
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

    Built from ``topic_counts(article, by="speaker")``; speakers with no topic mention are left out. A
    cell's colour is its share of the speaker's mentions and each column is labelled with its ``n``: the
    narrator, who usually has most of the text, would otherwise leave every speaker's cells dark.
    """
    from ..topics import NARRATOR

    table = counts if include_narrator else counts[counts["speaker"] != NARRATOR]
    grid = table.pivot_table(index="topic", columns="speaker", values=value, aggfunc="sum", fill_value=0)
    speakers = [s for s in dict.fromkeys(table["speaker"]) if grid[s].sum() > 0] if len(grid) else []
    topics = [t for t in dict.fromkeys(table["topic"]) if len(grid) and grid.loc[t, speakers].sum() > 0]
    grid = grid.loc[topics, speakers] if topics else grid.iloc[:0, :0]
    labels = table.drop_duplicates("topic").set_index("topic")["label"]
    ax = style.new_axes(ax, figsize=(max(6.0, 0.9 * len(speakers) + 4), max(3.0, 0.38 * len(topics) + 2)))
    totals = grid.sum(axis=0)
    xlabels = [_wrap(f"{s} (n={totals[s]:{_FMT[value]}})", 18) for s in speakers]
    _heatmap(ax, grid, xlabels, [labels.get(t, t) for t in topics], value, by_column=True)
    ax.set_xlabel("speaker (inside their statements)")
    ax.set_ylabel("topic")
    ax.set_title(title)
    if not topics:
        ax.text(0.5, 0.5, "no topic mentioned in any statement", ha="center", va="center",
                transform=ax.transAxes)
    return ax


#: Where the project's invented texts live: ``data/examples/README.md`` says every one of them is fiction,
#: written to exercise the formats, so its rates must never be pooled with those of real texts.
INVENTED_FOLDER = "data/examples"
REAL, INVENTED = "real texts", "invented examples (data/examples)"


def invented_files() -> set[str]:
    """File names of the project's invented example texts (``data/examples``, its README left out)."""
    from ..paths import data_path

    folder = data_path(INVENTED_FOLDER)
    if not folder.is_dir():
        return set()
    return {p.name for p in folder.iterdir() if p.is_file() and p.stem.upper() != "README"}


def source_groups(documents: pd.DataFrame) -> dict[str, str]:
    """``doc_id`` → :data:`REAL` or :data:`INVENTED`, from the ``file`` column of ``Corpus.documents``."""
    invented = invented_files()
    return {d: INVENTED if f in invented else REAL
            for d, f in zip(documents["doc_id"], documents["file"], strict=True)}


def corpus_topic_rates(
    document_topics: pd.DataFrame,
    documents: pd.DataFrame,
    groups: dict[str, str] | None = None,
    top: int = 12,
    ax: Axes | None = None,
    title: str = "Topics across the corpus",
) -> Axes:
    """Mentions per 1,000 words of the ``top`` topics, one bar per group of documents and topic.

    ``document_topics`` and ``documents`` are ``Corpus.document_topics`` and ``Corpus.documents``;
    ``groups`` maps ``doc_id`` to a group name (default :func:`source_groups`: real texts apart from the
    project's invented examples). A group's rate pools only its own documents, and the legend gives each
    group's number of documents and words, so an invented text never raises a real corpus's bar.
    """
    import pandas as pd

    groups = groups or source_groups(documents)
    words = documents.set_index("doc_id")["words"].groupby(groups).sum()
    table = document_topics.assign(group=document_topics["doc_id"].map(groups))
    counts = table.pivot_table(index="topic", columns="group", values="count", aggfunc="sum", fill_value=0)
    names = [g for g in (REAL, INVENTED) if g in counts.columns] + sorted(
        g for g in counts.columns if g not in (REAL, INVENTED))
    rates = (counts[names] * 1000 / words.reindex(names).replace(0, np.nan)).fillna(0.0)
    rates = rates.loc[rates.max(axis=1).sort_values(ascending=False, kind="stable").index[:top]].iloc[::-1]
    labels = table.drop_duplicates("topic").set_index("topic")["label"]
    ax = style.new_axes(ax, figsize=(8.5, max(2.5, 0.3 * len(rates) * max(len(names), 1) + 1.5)))
    height = 0.8 / max(len(names), 1)
    y = np.arange(len(rates))
    for k, group in enumerate(names):
        n_docs = int(pd.Series(groups).eq(group).sum())
        docs = f"{n_docs} document{'' if n_docs == 1 else 's'}"
        ax.barh(y + (len(names) - 1 - 2 * k) * height / 2, rates[group], height=height,
                color=style.ramp(max(len(names), 2))[k] if k else style.INK, edgecolor=style.INK,
                hatch="//" if group == INVENTED else None,
                label=f"{group}: {docs}, {int(words.get(group, 0)):,} words")
    ax.set_yticks(y, labels=[_wrap(labels.get(t, t), 38) for t in rates.index])
    ax.set_xlabel("mentions per 1,000 words (each group's own words)")
    ax.set_ylabel("topic")
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False, fontsize=9)  # the largest bars are on top
    if not len(rates):
        ax.text(0.5, 0.5, "no topic mentioned", ha="center", va="center", transform=ax.transAxes)
    return ax
