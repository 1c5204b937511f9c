"""Charts for who said what (notebook 03), drawn from the tables of statements.py and speakers.py."""

from __future__ import annotations

import pandas as pd

from . import style

#: Statement kinds in reading order (quoted -> reported), each with a fixed ink from dark (the speaker's
#: own words) to light (the writer's report): an order, so no hue that means a speaker or a sign elsewhere.
KINDS = ["direct", "partial", "continuation", "turn", "indirect", "according_to"]
_KIND_COLOURS = dict(zip(KINDS, style.ramp(len(KINDS)), strict=True))


def statements_by_kind(statements: pd.DataFrame, *, ax=None, top: int = 15):
    """Horizontal stacked bars: statements per speaker (most first), split by kind.

    Drawn from :func:`helpers.statements.statements`. Shows who gets a voice in the text and how: in
    their own quoted words (direct, partial), or reported by the writer (indirect, according_to).
    """
    ax = style.new_axes(
        ax, figsize=(9, max(3.0, 0.45 * min(top, statements["speaker"].nunique() or 1) + 1.5))
    )
    if statements.empty:
        ax.set_title("Statements per speaker, by kind (no statements found)")
        ax.set_xlabel("Statements")
        return ax
    table = pd.crosstab(statements["speaker"], statements["kind"])
    kinds = [k for k in KINDS if k in table.columns] + [k for k in table.columns if k not in KINDS]
    table = table[kinds]
    order = table.sum(axis=1).sort_values(ascending=True, kind="stable")
    table = table.loc[order.index[-top:]]
    left = pd.Series(0, index=table.index)
    for kind in kinds:
        ax.barh(
            table.index,
            table[kind],
            left=left,
            color=_KIND_COLOURS.get(kind, style.GREY),
            label=kind.replace("_", " "),
            height=0.7,
            edgecolor=style.INK,
            linewidth=0.5,
        )
        left = left + table[kind]
    ranked = style.rank_speakers(statements["speaker"])
    style.speaker_swatches(ax, range(len(table)), list(table.index), style.speaker_colours(ranked))
    ax.set_xlabel("Statements")
    ax.set_ylabel("Speaker")
    ax.set_title("Statements per speaker, by kind")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="kind", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax
