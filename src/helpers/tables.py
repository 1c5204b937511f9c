"""Building and reading the stages' tables: fixed columns (integer columns typed even when a table is empty),
columns read and tables made without pandas' per-call overhead."""

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


# Reading and making columns without pandas' per-call overhead. The stages read some thirty columns and
# build about a dozen tables per text; for a short text, building a Series per column read, and pandas'
# inference and checks per column built, cost more than the analysis itself. Three of the calls below
# are pandas internals (``DataFrame._get_column_array``, ``DataFrame._from_arrays`` and the string
# array's ``_from_sequence``), kept in this one place: ``tools/fingerprint.py`` and the table tests show
# at once if a pandas upgrade changes what they give.


def column(frame: pd.DataFrame, name: str) -> Any:
    """The array pandas stores for column ``name`` (numpy or pandas), to read, never to write.

    The array behind ``frame[name]`` (with the same ``tolist()``), got without building a Series. A
    repeated column name gives ``frame[name]``, as before.
    """
    loc = frame.columns.get_loc(name)
    return frame._get_column_array(loc) if isinstance(loc, int) else frame[name]


def column_list(frame: pd.DataFrame, name: str) -> list:
    """``frame[name].tolist()`` read through :func:`column`."""
    return column(frame, name).tolist()


def column_numpy(frame: pd.DataFrame, name: str, dtype: Any = None) -> Any:
    """``frame[name].to_numpy(dtype)`` read through :func:`column` (a view when no conversion is needed)."""
    import numpy as np

    values = column(frame, name)
    return np.asarray(values, dtype=dtype) if isinstance(values, np.ndarray) else values.to_numpy(dtype=dtype)


def from_arrays(names: tuple[str, ...] | list[str], arrays: list) -> pd.DataFrame:
    """A table from finished columns: new arrays of one length, each already of its final dtype.

    The arrays are taken as they are, without the public constructor's inference and checks; they must
    not be shared with anything else.
    """
    import pandas as pd

    return pd.DataFrame._from_arrays(arrays, columns=_column_index(tuple(names)).view(),
                                     index=pd.RangeIndex(len(arrays[0])), verify_integrity=False)


@functools.lru_cache(maxsize=32)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    """The column index pandas makes for these names (callers take a view: an Index's name can be set)."""
    import pandas as pd

    return pd.Index(list(names))


@functools.lru_cache(maxsize=1)
def str_array_maker() -> Any:
    """A function making the array of the dtype pandas infers for a list of strings (None: object columns,
    as in pandas before 3 or with string inference off)."""
    import numpy as np
    import pandas as pd

    dtype = pd.Series(["a"]).dtype
    if isinstance(dtype, np.dtype):
        return None
    return functools.partial(dtype.construct_array_type()._from_sequence, dtype=dtype)
