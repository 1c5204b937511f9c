"""Building the stages' tables: fixed columns, integer columns typed even when a table is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_EMPTY_FRAMES: dict[tuple[tuple[str, ...], tuple[str, ...]], pd.DataFrame] = {}


def frame(rows: list[dict[str, Any]] | list[tuple], columns: list[str], ints: tuple[str, ...]
          ) -> pd.DataFrame:
    """A DataFrame with fixed columns; integer columns typed int64 also when there are no rows.

    ``rows`` are dicts or tuples in column order. An empty table is a copy of one built once per column
    list: its ``astype`` costs more than the analysis of a short text, and many texts have no statement
    (or no transcript turn).
    """
    import pandas as pd

    if rows:  # non-empty frames infer int64 already
        return pd.DataFrame(rows, columns=columns)
    key = (tuple(columns), tuple(ints))
    empty = _EMPTY_FRAMES.get(key)
    if empty is None:
        # copied once so that it is consolidated: copies of astype's one block per column cost ten times more
        empty = pd.DataFrame(rows, columns=columns).astype(dict.fromkeys(ints, "int64")).copy()
        _EMPTY_FRAMES[key] = empty
    return empty.copy()
