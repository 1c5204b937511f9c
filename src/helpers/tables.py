"""Building and reading the stages' tables: fixed columns (integer columns typed even when a table is empty),
columns read and tables made from finished arrays, with pandas' public API."""

from __future__ import annotations

import functools
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


# Reading and making columns: every stage reads and builds its tables the same way, through pandas' public
# API. (Until 2026-12 three pandas internals stood here, ``DataFrame._get_column_array``,
# ``DataFrame._from_arrays`` and the string array's ``_from_sequence``; an in-process A/B over 40 UN
# speeches put all three together at about 9 % of the whole pipeline, the readers 8.6 % and the builders
# 4.4 %, under the 10 % that would justify a private call.)


def column(frame: pd.DataFrame, name: str) -> Any:
    """The values of column ``name`` as pandas holds them, to read, never to write.

    A numpy array for a numpy dtype (``frame[name].to_numpy()``, a view), the pandas array otherwise
    (``frame[name].array``, e.g. the ``str`` dtype's); ``tolist()`` gives the same list as
    ``frame[name].tolist()``. A repeated column name gives ``frame[name]``.
    """
    import numpy as np

    values = frame[name]
    if values.ndim != 1:  # a repeated column name: the columns of that name
        return values
    return values.to_numpy() if isinstance(values.dtype, np.dtype) else values.array


def column_list(frame: pd.DataFrame, name: str) -> list:
    """``frame[name].tolist()``."""
    return frame[name].tolist()


def column_numpy(frame: pd.DataFrame, name: str, dtype: Any = None) -> Any:
    """``frame[name].to_numpy(dtype)`` (a view when no conversion is needed)."""
    return frame[name].to_numpy(dtype=dtype)


def from_arrays(names: tuple[str, ...] | list[str], arrays: list) -> pd.DataFrame:
    """A table from finished columns: arrays of one length, each already of its final dtype.

    ``pd.DataFrame`` from the columns, keeping each one's dtype: a numpy ``object`` array stays an object
    column (the constructor alone would infer pandas' ``str`` dtype for one holding only strings). The
    arrays are taken without a copy where pandas can: they must not be shared with anything else.
    """
    import numpy as np
    import pandas as pd

    index = pd.RangeIndex(len(arrays[0]))
    columns = {
        name: pd.Series(values, index=index, dtype=object, copy=False)
        if isinstance(values, np.ndarray) and values.dtype == object else values
        for name, values in zip(names, arrays, strict=True)
    }
    return pd.DataFrame(columns, index=index, copy=False)


@functools.lru_cache(maxsize=1)
def str_array_maker() -> Any:
    """A function making the array of the dtype pandas infers for a list of strings (None: object columns,
    as in pandas before 3 or with string inference off): ``pd.array(values, dtype=that dtype)``."""
    import numpy as np
    import pandas as pd

    dtype = pd.Series(["a"]).dtype
    if isinstance(dtype, np.dtype):
        return None
    return functools.partial(pd.array, dtype=dtype)
