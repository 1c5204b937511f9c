"""Building and reading the stages' tables: fixed columns (integer columns typed even when a table is empty),
columns read and tables made from finished arrays (two measured pandas fast paths, each beside its plain
version)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_EMPTY_FRAMES: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], pd.DataFrame] = {}


def frame(rows: list[dict[str, Any]] | list[tuple], columns: list[str], ints: tuple[str, ...]
          ) -> pd.DataFrame:
    """A DataFrame with fixed columns; integer columns typed int64 also when there are no rows.

    ``rows`` are dicts or tuples in column order. An empty table comes from :func:`empty_frame`; the others
    are ``pd.DataFrame(rows, columns=columns)`` (its plain version: :func:`frame_plain`), made from the
    arrays of :func:`typed_columns` when every column holds one plain type (statements and speakers are
    built from rows per text, and the constructor's handling of rows costs twice as much).
    """
    if not rows:
        return empty_frame(columns, dict.fromkeys(ints, "int64"))
    arrays = typed_columns(rows, columns)
    return frame_plain(rows, columns) if arrays is None else from_arrays(columns, arrays)


def frame_plain(rows: list[dict[str, Any]] | list[tuple], columns: list[str]) -> pd.DataFrame:
    """What :func:`frame` gives for rows, through the public constructor."""
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def typed_columns(rows: list[dict[str, Any]] | list[tuple], columns: list[str]) -> list | None:
    """The arrays pandas infers for each of ``columns`` of ``rows`` when every column holds values of one
    type: str, or str and None (pandas' ``str`` dtype), int (int64), float (float64), bool, or only None
    (object); None when one does not (other missing values, mixed types, a row of another length, strings
    without the ``str`` dtype): then pandas infers them."""
    import numpy as np

    if isinstance(rows[0], dict):
        by_column = [[r.get(c) for r in rows] for c in columns]
    elif all(len(r) == len(columns) for r in rows):
        by_column = [list(values) for values in zip(*rows)]
    else:
        return None
    make_str = str_array_maker()
    kinds = {int: np.int64, float: np.float64, bool: np.bool_}
    arrays = []
    for values in by_column:
        types = set(map(type, values))
        kind = next(iter(types)) if len(types) == 1 else None
        if make_str is not None and (kind is str or types == {str, type(None)}):
            arrays.append(make_str(values))  # None becomes the dtype's missing value, as pandas infers
        elif kind is type(None):
            arrays.append(np.array(values, dtype=object))  # all missing: an object column of None
        elif kind in kinds:
            try:
                arrays.append(np.array(values, dtype=kinds[kind]))
            except OverflowError:  # an int beyond int64
                return None
        else:
            return None
    return arrays


def empty_frame(columns: list[str] | tuple[str, ...], dtypes: dict[str, str]) -> pd.DataFrame:
    """``pd.DataFrame([], columns=columns).astype(dtypes)``: a table without rows, the other columns object.

    A copy of one built once per column list and dtypes: the ``astype`` costs more than the analysis of a
    short text, and many texts have no statement, no topic or no transcript turn.
    """
    import pandas as pd

    key = (tuple(columns), tuple(dtypes.items()))
    empty = _EMPTY_FRAMES.get(key)
    if empty is None:
        # copied once so that it is consolidated: copies of astype's one block per column cost ten times more
        empty = pd.DataFrame([], columns=list(columns)).astype(dtypes).copy()
        _EMPTY_FRAMES[key] = empty
    return empty.copy()


# Reading and making columns. The stages read some thirty columns and build about a dozen tables per
# text; for a short text a Series built per column read, and the constructor's inference and checks per
# column built, cost more than the analysis itself. Two pandas internals stand here, each in one function
# beside the plain public version it replaces (``tests/test_tables.py`` compares the two on every column of
# the seed's tables): ``DataFrame._get_column_array`` in :func:`column` and ``DataFrame._from_arrays`` in
# :func:`from_arrays`. Measured together on 120 UN speeches (issue 12): about 10 % of the whole pipeline.
# After a pandas upgrade run the table tests and ``tools/fingerprint.py`` first.


def column(frame: pd.DataFrame, name: str) -> Any:
    """The values of column ``name`` as pandas holds them, to read, never to write.

    Plain version: :func:`column_plain` (``frame[name].to_numpy()`` or ``frame[name].array``); this one
    takes the array pandas stores without building a Series. A repeated column name gives ``frame[name]``.
    """
    loc = frame.columns.get_loc(name)
    return frame._get_column_array(loc) if isinstance(loc, int) else frame[name]


def column_plain(frame: pd.DataFrame, name: str) -> Any:
    """What :func:`column` gives, through the public API: the numpy array for a numpy dtype, the pandas
    array otherwise (e.g. the ``str`` dtype's)."""
    import numpy as np

    values = frame[name]
    if values.ndim != 1:  # a repeated column name: the columns of that name
        return values
    return values.to_numpy() if isinstance(values.dtype, np.dtype) else values.array


def column_list(frame: pd.DataFrame, name: str) -> list:
    """``frame[name].tolist()``, read through :func:`column`."""
    return column(frame, name).tolist()


def column_numpy(frame: pd.DataFrame, name: str, dtype: Any = None) -> Any:
    """``frame[name].to_numpy(dtype)``, read through :func:`column` (a view when no conversion is needed)."""
    import numpy as np

    values = column(frame, name)
    return np.asarray(values, dtype=dtype) if isinstance(values, np.ndarray) else values.to_numpy(dtype=dtype)


def from_arrays(names: tuple[str, ...] | list[str], arrays: list) -> pd.DataFrame:
    """A table from finished columns: new arrays of one length, each already of its final dtype.

    Plain version: :func:`from_arrays_plain`; this one hands the arrays to pandas as they are, without the
    constructor's inference and checks. They must not be shared with anything else.
    """
    import pandas as pd

    return pd.DataFrame._from_arrays(arrays, columns=column_index(tuple(names)).copy(),
                                     index=pd.RangeIndex(len(arrays[0])), verify_integrity=False)


@functools.lru_cache(maxsize=256)
def column_index(names: tuple[str, ...]) -> pd.Index:
    """``pd.Index(list(names))``, built once per column list: a table's column labels are inferred as
    strings at a cost of a tenth of a millisecond, about a dozen times per text. :func:`from_arrays` gives
    each table its own (shallow) copy, so that renaming one table's columns leaves the others alone."""
    import pandas as pd

    return pd.Index(list(names))


def columns_frame(columns: dict[str, Any]) -> pd.DataFrame:
    """``pd.DataFrame(columns, copy=False)`` for columns that are new arrays (numpy or pandas) or lists: a
    list of strings is made into the array pandas infers (:func:`str_array_maker`) and the table joined by
    :func:`from_arrays`. A table without rows, a list holding anything but strings, or an array of objects
    goes to the constructor, which infers them."""
    import numpy as np
    import pandas as pd

    make_str = str_array_maker()
    finished = (np.ndarray, pd.api.extensions.ExtensionArray)
    arrays = []
    for values in columns.values():
        if isinstance(values, finished) and values.dtype != np.dtype(object):
            arrays.append(values)
        elif make_str is not None and isinstance(values, list) and set(map(type, values)) == {str}:
            arrays.append(make_str(values))
        else:
            return pd.DataFrame(columns, copy=False)
    if not arrays or not len(arrays[0]):
        return pd.DataFrame(columns, copy=False)
    return from_arrays(tuple(columns), arrays)


def from_arrays_plain(names: tuple[str, ...] | list[str], arrays: list) -> pd.DataFrame:
    """What :func:`from_arrays` gives, through the public constructor: each column keeps its dtype (a
    numpy ``object`` array stays an object column, which the constructor alone would infer as ``str``)."""
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
