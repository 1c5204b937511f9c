"""The table helpers of ``helpers.tables``: the column readers give the columns' values, and tables built
from finished arrays keep each column's dtype."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import helpers
from helpers.pipeline import analyse_article
from helpers.tables import (
    column,
    column_list,
    column_numpy,
    column_plain,
    columns_frame,
    frame_plain,
    from_arrays,
    from_arrays_plain,
    str_array_maker,
)
from helpers.tables import frame as table_from_rows


@pytest.fixture(scope="module")
def seed_tables(seed_path):
    art = helpers.load_article(seed_path)
    tables = dict(analyse_article(art))
    tables.update(tokens=art.tokens, sentences=art.sentences, paragraphs=art.paragraphs)
    return tables


def same(a: list, b: list) -> bool:
    """Equal lists, a missing value (NaN, NA, None) equal to the same missing value in the same place."""
    def key(x):
        return ("missing", type(x).__name__) if x is None or x is pd.NA or (isinstance(x, float) and x != x) else x

    return len(a) == len(b) and all(key(x) == key(y) for x, y in zip(a, b, strict=True))


def test_column_readers_give_the_columns_values_on_every_column(seed_tables):
    """``column`` is the numpy array (numpy dtypes) or the pandas array behind ``frame[name]``."""
    checked = 0
    for name, frame in seed_tables.items():
        if not isinstance(frame, pd.DataFrame):
            continue
        for col in frame.columns:
            values = column(frame, col)
            expected_type = np.ndarray if isinstance(frame[col].dtype, np.dtype) else type(frame[col].array)
            assert type(values) is expected_type and values.dtype == frame[col].dtype, (name, col)
            series = frame[col].tolist()
            assert same(values.tolist(), series), (name, col)
            assert same(column_list(frame, col), series), (name, col)
            assert same(column_numpy(frame, col).tolist(), frame[col].to_numpy().tolist()), (name, col)
            checked += 1
    assert checked > 50


def test_column_with_a_repeated_name_gives_the_columns():
    frame = pd.DataFrame([[1, 2]], columns=["a", "a"])
    assert column(frame, "a").equals(frame["a"])


def test_from_arrays_keeps_every_dtype():
    # by hand: an int64, a float64, a bool column as given; an object column of strings and None stays
    # object (the constructor alone would infer str); strings made by str_array_maker get the dtype pandas
    # infers for a list of strings.
    make = str_array_maker()
    words = ["a", "b"]
    strings = make(words) if make is not None else np.array(words, dtype=object)
    frame = from_arrays(["i", "f", "b", "o", "s"], [
        np.array([1, 2], dtype=np.int64), np.array([0.5, 1.5]), np.array([True, False]),
        np.array(["x", None], dtype=object), strings,
    ])
    assert frame.columns.tolist() == ["i", "f", "b", "o", "s"]
    assert frame.dtypes.tolist() == [np.dtype("int64"), np.dtype("float64"), np.dtype("bool"), np.dtype("O"),
                                     pd.Series(words).dtype]
    assert frame["o"].tolist() == ["x", None] and frame["s"].tolist() == words
    assert isinstance(frame.index, pd.RangeIndex) and len(frame) == 2
    all_strings = from_arrays(["o"], [np.array(["x", "y"], dtype=object)])
    assert all_strings["o"].dtype == np.dtype("O")


def test_str_array_maker_is_pandas_inference():
    make = str_array_maker()
    values = ["Ukraine", "NATO", ""]
    inferred = pd.Series(values).array
    if make is None:
        assert inferred.dtype == np.dtype("O")
    else:
        made = make(values)
        assert type(made) is type(inferred) and made.dtype == inferred.dtype and made.tolist() == values


def test_fast_paths_equal_their_plain_versions(seed_tables):
    """``column`` and ``from_arrays`` use pandas internals for speed; each must give what its public
    version gives: the same values and dtype for every column of the seed's tables, and the same table
    when the columns are put back together."""
    for name, frame in seed_tables.items():
        if not isinstance(frame, pd.DataFrame) or frame.columns.duplicated().any():
            continue
        arrays_fast = [column(frame, c) for c in frame.columns]
        arrays_plain = [column_plain(frame, c) for c in frame.columns]
        for c, x, y in zip(frame.columns, arrays_fast, arrays_plain):
            assert type(x) is type(y) and x.dtype == y.dtype and same(x.tolist(), y.tolist()), (name, c)
        if len(frame):
            copies = [np.array(a, copy=True) if isinstance(a, np.ndarray) else a.copy() for a in arrays_plain]
            fast = from_arrays(list(frame.columns), copies)
            plain = from_arrays_plain(list(frame.columns), [a.copy() for a in copies])
            pd.testing.assert_frame_equal(fast, plain)
            pd.testing.assert_frame_equal(fast, frame.reset_index(drop=True))


@pytest.mark.parametrize("rows", [
    # by hand: one type per column (int, float, bool, str, str with None, only None) as tuples and as dicts
    [(1, 0.5, True, "a", "x", None), (2, 1.5, False, "b", None, None)],
    [{"i": 1, "f": 0.5, "b": True, "s": "a", "n": "x", "z": None},
     {"i": 2, "f": 1.5, "b": False, "s": "b", "n": None, "z": None}],
    # pandas' own inference: an int column with None (float64), mixed int and float, a missing key,
    # an int beyond int64, a short row
    [(1, 0.5, True, "a", "x", None), (None, 1, False, "b", None, None)],
    [{"i": 1, "f": 0.5}, {"i": 2, "f": 1.5, "b": True, "s": "b", "n": "y", "z": None}],
    [(2**70, 0.5, True, "a", "x", None), (2, 1.5, False, "b", None, None)],
])
def test_frame_equals_the_constructor(rows):
    columns = ["i", "f", "b", "s", "n", "z"]
    fast, plain = table_from_rows(rows, columns, ("i",)), frame_plain(rows, columns)
    pd.testing.assert_frame_equal(fast, plain)
    assert [[repr(v) for v in fast[c].tolist()] for c in columns] == \
        [[repr(v) for v in plain[c].tolist()] for c in columns]


def test_frame_equals_the_constructor_on_the_seeds_statements_and_speakers(seed_tables):
    for name in ("statements", "speakers"):
        table = seed_tables[name]
        rows = table.astype(object).where(table.notna(), None).to_dict("records")
        columns = list(table.columns)
        pd.testing.assert_frame_equal(table_from_rows(rows, columns, ()), frame_plain(rows, columns))


def test_tables_with_the_same_columns_do_not_share_their_column_labels():
    # from_arrays builds the column labels once per column list; each table gets its own copy
    a = from_arrays(["x", "y"], [np.array([1]), np.array([2])])
    b = from_arrays(["x", "y"], [np.array([3]), np.array([4])])
    a.columns.name = "renamed"
    a.columns = ["z", "y"]
    assert b.columns.name is None and b.columns.tolist() == ["x", "y"]
    assert a.columns.tolist() == ["z", "y"]


@pytest.mark.parametrize("columns", [
    # by hand: new arrays and lists of strings (made here); then what the constructor infers: a list
    # with None, a list of numbers, an object array, a table without rows
    {"i": np.array([1, 2]), "f": np.array([0.5, 1.5]), "s": ["a", "b"]},
    {"i": np.array([1, 2]), "p": pd.array(["a", "b"]), "m": pd.array([1, None], dtype="Int64")},
    {"i": np.array([1, 2]), "s": ["a", None]},
    {"i": np.array([1, 2]), "n": [1, 2]},
    {"o": np.array(["a", "b"], dtype=object)},
    {"i": np.array([], dtype=np.int64), "s": []},
])
def test_columns_frame_equals_the_constructor(columns):
    fast = columns_frame({k: v.copy() for k, v in columns.items()})
    pd.testing.assert_frame_equal(fast, pd.DataFrame({k: v.copy() for k, v in columns.items()}))


def test_columns_frame_equals_the_constructor_on_the_seeds_sentences_and_paragraphs(seed_tables):
    for name in ("sentences", "paragraphs", "tokens"):
        table = seed_tables[name]
        columns = {c: column_list(table, c) if table[c].dtype != np.int64 else column_numpy(table, c).copy()
                   for c in table.columns}
        pd.testing.assert_frame_equal(columns_frame(columns), pd.DataFrame(columns))


def test_typed_frame_equals_its_plain_version_on_the_seeds_sentiment_tables(seed_tables):
    from helpers.sentiment.scoring import SCORE_DTYPES, typed_frame, typed_frame_plain
    from helpers.sentiment.statement_scores import STATEMENT_DTYPES

    for name, dtypes in (("sentence_sentiment", SCORE_DTYPES), ("statement_sentiment", STATEMENT_DTYPES)):
        table = seed_tables[name]
        # typed columns as lists (None for missing), strings as lists, numbers as arrays (as the pipeline
        # gives the sentence columns): the arrays are made by typed_frame, not by pandas' inference
        columns = {c: list(table[c].astype(object).where(table[c].notna(), None)) if c in dtypes
                   else column_numpy(table, c) if table[c].dtype == np.int64 else column_list(table, c)
                   for c in table.columns}
        fast = typed_frame({k: v.copy() for k, v in columns.items()}, dtypes)
        plain = typed_frame_plain({k: v.copy() for k, v in columns.items()}, dtypes)
        pd.testing.assert_frame_equal(fast, plain)
        pd.testing.assert_frame_equal(fast, table)
