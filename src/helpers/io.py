"""Writing results: JSON and CSV text, table files, and the results folder of ``analyse``.

Layer 5, below the command line and the corpus runner: :mod:`helpers.cli` and :mod:`helpers.corpus`
import it; it imports neither.

* :func:`render` — the text a subcommand prints (a JSON list of row objects, a JSON object, or CSV).
* :func:`records` / :func:`plain_value` — JSON-safe rows (NaN/NA → ``null``, numpy scalars → Python).
* :func:`write_table` — ``NAME.csv`` and ``NAME.json`` in a folder.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# an escaped slash that is not itself part of an escaped backslash
ESCAPED_SLASH = re.compile(r"(?<!\\)((?:\\\\)*)\\/")


# -- JSON and CSV text ------------------------------------------------------------------------------


def plain_value(value: Any) -> Any:
    """JSON-safe plain values: NaN/NA → None, numpy scalars → Python, containers recursively."""
    if isinstance(value, dict):
        return {str(k): plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return plain_value(value.tolist())
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``df`` as JSON-safe dicts (column name → :func:`plain_value`)."""
    cols = [str(c) for c in df.columns]
    return [dict(zip(cols, (plain_value(v) for v in row))) for row in df.itertuples(index=False, name=None)]


def render(result: Any, fmt: str, csv_table: str | None = None) -> str:
    """The text printed for a subcommand's result: ``fmt`` "json" or "csv".

    A DataFrame is a JSON list of row objects; a dict a JSON object (its DataFrames as row lists); for CSV
    a dict gives its entry ``csv_table``.
    """
    import pandas as pd

    if fmt == "json":
        if isinstance(result, pd.DataFrame):
            # pandas' own writer: fast on million-row tables; NaN/NA become null, text stays UTF-8
            text = result.to_json(orient="records", force_ascii=False, indent=2, double_precision=10)
            return ESCAPED_SLASH.sub(r"\1/", text) + "\n"  # pandas writes "/" as "\/": valid, but unreadable
        elif isinstance(result, dict):
            data = {k: (records(v) if isinstance(v, pd.DataFrame) else plain_value(v))
                    for k, v in result.items()}
        else:
            data = plain_value(result)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if isinstance(result, dict):
        table = result.get(csv_table) if csv_table else None
        if table is None:
            raise InputError("this subcommand has no table to write as CSV", hint="use --format json")
        result = table if isinstance(table, pd.DataFrame) else pd.DataFrame(table)
    buf = io.StringIO()
    result.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def write_table(df: pd.DataFrame, folder: Path, name: str) -> list[str]:
    """``name.csv`` and ``name.json`` (a list of row objects) in ``folder``; the file names written."""
    df.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    with open(folder / f"{name}.json", "w", encoding="utf-8") as fh:
        json.dump(records(df), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return [f"{name}.csv", f"{name}.json"]


# -- the results folder -------------------------------------------------------------------------------


def staging_dir(out: Path, force: bool, inputs: list[Path]) -> Path:
    """A new hidden folder beside ``out`` to write the results into (refusals as InputError)."""
    import tempfile

    if out.exists() and not out.is_dir():
        raise InputError("output path exists and is not a folder", out, "pass a folder for --out")
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise InputError("output folder is not empty", out, "use --force to replace its contents")
        real = out.resolve()
        for p in inputs:
            if real == p.resolve() or real in p.resolve().parents:
                raise InputError("output folder holds the input files", out,
                                 "choose another --out: --force would delete them")
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=parent))
    except OSError as exc:
        raise InputError(f"cannot create the output folder: {exc.strerror or exc}", out,
                         "check the path and permissions") from None


def swap_in(staging: Path, out: Path) -> None:
    """Put the finished ``staging`` folder in the place of ``out``."""
    import shutil

    if out.exists():
        old = out.resolve().parent / f".{out.name}.old-{os.getpid()}"
        os.rename(out, old)
        os.rename(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(staging, out)
