"""Writing results: JSON and CSV text, table files, and the results folder of ``analyse``.

Layer 5, below the command line and the corpus runner: :mod:`helpers.cli` and :mod:`helpers.corpus`
import it; it imports neither.

* :func:`render` — the text a subcommand prints (a JSON list of row objects, a JSON object, or CSV).
* :func:`records` / :func:`plain_value` — JSON-safe rows (NaN/NA → ``null``, numpy scalars → Python).
* :func:`write_table` — ``NAME.csv`` and ``NAME.json`` in a folder.
* :func:`write_checked` — standard output that reports a failed write (a full disk) instead of losing it.
* :class:`ResultsFolder` — the ``--out`` folder: lock, staging beside it, atomic swap, recovery after a
  killed run, ``--force`` only over this tool's own results.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import math
import os
import re
import sys
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


#: First characters that make a spreadsheet read a text cell as a formula (OWASP, "CSV Injection"):
#: ``=cmd|' /C calc'!A0``, ``+1+1``, ``-2+3``, ``@SUM(A1)``, and a tab or carriage return before them.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A plain number written as text ("-0.5", "+3", "1e-3"): a spreadsheet reads it as a number, not a formula.
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, with an apostrophe put in front; others as given.

    ``"=HYPERLINK(...)"`` → ``"'=HYPERLINK(...)"``; ``"-0.5"`` (a number), ``-0.5`` and ``"Moscow"`` are
    unchanged. The apostrophe is what OWASP advises: spreadsheets show the cell as text and hide it.
    """
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_safe(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell and column name passed through :func:`safe_cell` (numbers untouched).

    Used for every CSV this package writes; the JSON files keep the exact text.
    """
    changed = {}
    for i, dtype in enumerate(df.dtypes):
        if dtype.kind not in "OSU" and str(dtype) != "string":
            continue  # numbers, booleans, dates: a spreadsheet never runs them
        values = df.iloc[:, i]
        if any(safe_cell(v) is not v for v in values):
            changed[i] = values.map(safe_cell)
    names = [safe_cell(c) for c in df.columns]
    if not changed and names == list(df.columns):
        return df
    out = df.copy()
    for i, values in changed.items():
        out.isetitem(i, values)
    out.columns = names
    return out


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
    csv_safe(result).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def write_table(df: pd.DataFrame, folder: Path, name: str) -> list[str]:
    """``name.csv`` (formula cells neutralised: :func:`csv_safe`) and ``name.json`` (a list of row objects,
    the exact text) in ``folder``; the file names written."""
    csv_safe(df).to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    with open(folder / f"{name}.json", "w", encoding="utf-8") as fh:
        json.dump(records(df), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return [f"{name}.csv", f"{name}.json"]


class TableWriter:
    """One table written in pieces: ``NAME.csv`` and ``NAME.json`` grow with each :meth:`add` and are the
    files :func:`write_table` writes for the pieces joined (the CSV header once, one JSON list), without
    ever holding the whole table. :meth:`close` ends the JSON list."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        self.csv = open(folder / f"{name}.csv", "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()
        self.json = open(folder / f"{name}.json", "w", encoding="utf-8")  # noqa: SIM115
        self.rows = 0
        self.header = True

    def add(self, df: pd.DataFrame) -> None:
        csv_safe(df).to_csv(self.csv, index=False, header=self.header, lineterminator="\n")
        self.header = False
        if len(df):
            rows = json.dumps(records(df), ensure_ascii=False, indent=1)[2:-2]  # without "[\n" and "\n]"
            self.json.write((",\n" if self.rows else "[\n") + rows)
            self.rows += len(df)

    def close(self) -> None:
        try:
            self.json.write("\n]\n" if self.rows else "[]\n")
        finally:
            self.csv.close()
            self.json.close()

    def discard(self) -> None:
        for fh in (self.csv, self.json):
            with contextlib.suppress(OSError):
                fh.close()


class FolderTables:
    """Where the worker writes a long text's tables (:func:`helpers.pipeline.run_long_document`): each
    document's folder ``FOLDER/<doc_id>/``. Sent to worker processes, so it holds only the folder's name."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = str(folder)

    def open(self, doc_id: str) -> DocumentTables:
        return DocumentTables(Path(self.folder) / doc_id)


class DocumentTables:
    """The tables of one document, written as they come: :meth:`add` appends rows to ``NAME.csv`` and
    ``NAME.json`` (:class:`TableWriter`); :meth:`close` finishes them (``files``: the names written);
    :meth:`discard` removes the folder of a document that failed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True)
        self.writers: dict[str, TableWriter] = {}
        self.files: list[str] = []

    def add(self, name: str, table: pd.DataFrame) -> None:
        writer = self.writers.get(name)
        if writer is None:
            writer = self.writers[name] = TableWriter(self.folder, name)
        writer.add(table)

    def close(self) -> None:
        for name, writer in self.writers.items():
            writer.close()
            self.files += [f"{name}.csv", f"{name}.json"]

    def discard(self) -> None:
        import shutil

        for writer in self.writers.values():
            writer.discard()
        shutil.rmtree(self.folder, ignore_errors=True)


def write_json(data: Any, path: Path) -> None:
    """``data`` as indented UTF-8 JSON (a manifest, a report)."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def printable(name: str) -> str:
    """A file name fit for a table: bytes that were not UTF-8 (kept by Python as lone surrogates) shown
    as ``\\xNN``, so writing the name as UTF-8 cannot fail. A valid name comes back unchanged."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# -- checked output -----------------------------------------------------------------------------------


class OutputError(Exception):
    """Results could not be written or put in place (a busy or changed folder): one line, exit code 1."""

    def __init__(self, problem: str, path: object = None, hint: str = "") -> None:
        where = f"{path}: " if path is not None else ""
        super().__init__(" ".join(f"{where}{problem}{f' ({hint})' if hint else ''}".split()))


def describe_os_error(exc: OSError) -> str:
    """One line for an OSError: what failed and on which file, e.g. "No space left on device: out/a.csv"."""
    what = exc.strerror or str(exc) or type(exc).__name__
    return f"{what}: {exc.filename}" if exc.filename else what


#: Bytes handed to one ``os.write`` call by :func:`write_checked`.
WRITE_CHUNK = 1 << 20


def write_checked(stream: Any, text: str) -> None:
    """Write ``text`` and flush: an OSError (a full disk, a closed pipe) reaches the caller, never lost.

    A stream on a real file descriptor is written with ``os.write`` in a loop that checks how much each
    call took: Python's buffered file objects can lose a short write (a disk that fills up, a file-size
    limit) without raising, and the command would report success on a cut-short file.
    """
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        fd = None
    if fd is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    data = memoryview(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        n = os.write(fd, data[:WRITE_CHUNK])
        if n <= 0:  # pragma: no cover - os.write raises rather than return 0 for a regular file
            raise OSError(errno.EIO, "short write")
        data = data[n:]


def silence_stdout() -> None:
    """Point standard output at the null device after a failed write.

    Otherwise the interpreter flushes what is still buffered when it exits, fails again and prints an
    "Exception ignored" message: the one-line promise would be broken at the very end.
    """
    import sys

    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return  # not a real file (a test's stream): nothing is flushed at exit
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


# -- the results folder -------------------------------------------------------------------------------


#: The file that marks a folder as this tool's results (the only kind ``--force`` replaces).
MANIFEST = "manifest.json"
#: The manifest's ``tool`` entry.
TOOL = "helpers analyse"
#: Linux ``renameat2`` flag: swap two paths in one step.
RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def is_results_folder(folder: Path) -> bool:
    """True when ``folder`` holds a manifest.json written by this tool (``tool``, or the keys it writes)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and (data.get("tool") == TOOL or {"inputs", "document_files"} <= set(data))


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where not offered.

    After a True return ``a`` names what ``b`` named and the other way round: at no moment is either
    name missing, whatever kills the process.
    """
    import ctypes

    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):  # a C library without it (glibc < 2.28, musl < 1.2.?)
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # the kernel or file system lacks it
        return False
    raise OSError(err, os.strerror(err), str(b))


class FolderLock:
    """An exclusive lock for one output folder: the file ``.NAME.lock`` beside it, held with ``flock``.

    A second run into the same folder refuses at once (:class:`OutputError`). The lock file is removed
    when the run ends; one left by a killed run is not locked, and the next run takes it over. Where
    ``fcntl`` is missing (Windows) there is no lock.
    """

    def __init__(self, out: Path) -> None:
        self.path = out.parent / f".{out.name}.lock"
        self.out = out
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return
        while self.fd is None:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputError("another run is writing to this output folder", self.out,
                                  "wait for it to finish, or choose another --out") from None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
            else:  # a finishing run removed the file after we opened it: lock the new one
                os.close(fd)

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)  # before unlocking: nobody can lock a file that is gone
            os.close(self.fd)
            self.fd = None


def check_target(out: Path, force: bool, inputs: list[Path]) -> None:
    """Refuse an ``--out`` that would lose or break something, before any work is done (InputError)."""
    if out.exists() and not out.is_dir():
        raise InputError("output path exists and is not a folder", out, "pass a folder for --out")
    real, here = out.resolve(), Path.cwd().resolve()
    if not out.name or real == here or real in here.parents or real.parent == real:
        raise InputError("refusing to write the results over the current folder or one that holds it", out,
                         "pass a new folder for --out, e.g. --out results")
    for p in inputs:
        if real == p.resolve() or real in p.resolve().parents:
            raise InputError("output folder holds the input files", out,
                             "choose another --out: it would be replaced")
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise InputError("output folder is not empty", out,
                             "use --force to replace an earlier results folder, or choose another --out")
        if not is_results_folder(out):
            raise InputError(f"output folder is not an earlier results folder (no {TOOL} {MANIFEST})", out,
                             "--force replaces only this tool's results: choose another --out")
        if os.path.ismount(out):
            raise InputError("output folder is a mount point and cannot be replaced", out,
                             "choose a folder inside it for --out")


def stale_folders(out: Path) -> list[Path]:
    """Hidden folders beside ``out`` left by killed runs: ``.NAME.partial-*`` and ``.NAME.old-*``."""
    prefixes = (f".{out.name}.partial-", f".{out.name}.old-")
    try:
        with os.scandir(out.parent) as entries:
            return sorted(Path(e.path) for e in entries if e.name.startswith(prefixes) and e.is_dir())
    except OSError:
        return []


def recover(out: Path) -> list[str]:
    """Clean up after killed runs (call with the lock held); a note for each thing done or left alone.

    A ``.old-*`` folder is the earlier results of a run killed inside the two-step swap: put back when
    ``out`` is missing, removed when it is a results folder and ``out`` exists. A ``.partial-*`` folder is
    the staging of a killed run: removed. Anything else of those names is left and reported.
    """
    import shutil

    notes = []
    for p in stale_folders(out):
        if ".old-" in p.name and not os.path.lexists(out):
            os.rename(p, out)
            notes.append(f"restored {out} from {p.name}, left by a run killed while swapping folders")
        elif ".partial-" in p.name or is_results_folder(p):
            shutil.rmtree(p)
            notes.append(f"removed {p.name}, left by a run that was killed")
        else:
            notes.append(f"left {p} as it is: not a results folder (remove it yourself if it is not needed)")
    return notes


class ResultsFolder:
    """The ``--out`` folder of ``analyse``, written so that nothing is lost.

    ``open()`` refuses a target that would lose something (:func:`check_target`), takes the lock
    (:class:`FolderLock`), cleans up after killed runs (:func:`recover`, the notes in ``notes``) and makes
    ``staging``, a hidden folder beside the target. The caller writes everything into ``staging`` and
    calls ``commit()``, which swaps it in: with ``renameat2(RENAME_EXCHANGE)`` where Linux offers it (the
    target is never missing), otherwise in two renames through ``.NAME.old-PID`` (a kill between them
    leaves the earlier results there, and the next run puts them back). ``close()`` removes the staging
    of a failed run and releases the lock. The earlier folder is deleted only when it was empty or, with
    ``force``, when it holds this tool's manifest; files that appear in ``out`` during the run are never
    deleted.
    """

    def __init__(self, out: Path, *, force: bool = False, inputs: list[Path] | tuple = ()) -> None:
        self.out, self.force, self.inputs = Path(out), force, list(inputs)
        self.lock = FolderLock(self.out.absolute())
        self.staging: Path | None = None
        self.notes: list[str] = []

    def __enter__(self) -> ResultsFolder:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> Path:
        import tempfile

        check_target(self.out, self.force, self.inputs)
        parent = self.out.absolute().parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.lock.acquire()
            self.notes = recover(self.out.absolute())
            check_target(self.out, self.force, self.inputs)  # again: a recovered folder is back in place
            self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.partial-", dir=parent))
        except OSError as exc:
            self.lock.release()
            raise InputError(f"cannot create the output folder: {exc.strerror or exc}", self.out,
                             "check the path and permissions") from None
        except BaseException:
            self.lock.release()
            raise
        return self.staging

    def commit(self) -> None:
        """Put the finished staging folder in the target's place (see the class docstring)."""
        staging, out = self.staging, self.out
        if not os.path.lexists(out):
            try:
                os.rename(staging, out)  # also replaces an empty folder created meanwhile
            except OSError as exc:
                if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                    raise
                self._keep_results("files appeared in the output folder during the run")
            self.staging = None
            return
        if any(out.iterdir()) and not (self.force and is_results_folder(out)):
            self._keep_results("files appeared in the output folder during the run")
        if exchange(staging, out):
            old = staging
        else:
            old = out.absolute().parent / f".{out.name}.old-{os.getpid()}"
            os.rename(out, old)
            os.rename(staging, out)
        self.staging = None
        self._discard(old)

    def _keep_results(self, problem: str) -> None:
        kept = self.out.absolute().parent / f"{self.out.name}.results-{os.getpid()}"
        os.rename(self.staging, kept)
        self.staging = None
        raise OutputError(f"{problem}: nothing was replaced", self.out, f"the new results are in {kept}")

    def _discard(self, old: Path) -> None:
        """Delete the earlier folder now out of the way: an empty one, or (force) earlier results."""
        import shutil

        if self.force and is_results_folder(old):
            shutil.rmtree(old)
            return
        try:
            os.rmdir(old)
        except OSError:  # files arrived between the check and the swap: they stay, under a visible name
            kept = self.out.absolute().parent / f"{self.out.name}.earlier-{os.getpid()}"
            os.rename(old, kept)
            self.notes.append(f"files put into {self.out} during the run were moved to {kept}")

    def close(self) -> None:
        import shutil

        try:
            if self.staging is not None:
                shutil.rmtree(self.staging, ignore_errors=True)
                self.staging = None
        finally:
            self.lock.release()
