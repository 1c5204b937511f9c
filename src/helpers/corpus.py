"""Many texts: a folder or list of files, in parallel (process pool or Dask), streaming.

``analyse_corpus(source, workers=N)`` runs every stage (:mod:`helpers.pipeline`) on every document and
returns a :class:`Corpus` of corpus-level tables. Documents stream through: each worker reads its own
files (workers are sent file *paths* in batches, never contents), the parent keeps one small summary per
document and per speaker, and the full per-document tables are handed to ``on_document`` (the
``analyse`` command writes them to disk) and dropped, so memory stays flat as the corpus grows.

Back ends, all giving the same tables in the same order as the serial run:

* ``workers=1`` (default): in this process.
* ``workers=N``: a :mod:`multiprocessing` pool of N processes (the platform's default start method;
  ``mp_context="spawn"`` works too: the worker function lives in the package).
* ``dask=True``: a ``dask.distributed`` LocalCluster of ``workers`` processes on loopback: scheduler,
  workers and the scheduler's HTTP endpoint bind to 127.0.0.1 (random ports, no dashboard UI), closed
  at the end. ``scheduler="tcp://host:8786"`` connects to an existing cluster
  instead (its workers must have this package installed and see the same file paths), and a
  ``distributed.Client`` may be passed as ``scheduler`` too.

Documents are batched (``batch_size``, default: about eight batches per worker, at most 16 documents
each): a task per document costs ~3 ms of scheduling in Dask, which dominates on short news items.

Inputs: a folder (its ``.txt``, ``.md``, ``.markdown``, ``.html`` and ``.htm`` files, sorted by name;
hidden files, CSV files and README/LICENSE files skipped), a file, or a list of both. ``doc_id`` is the
file name without its suffix, made safe for file names (letters, digits, ``._-``; a repeat gets ``-2``,
``-3``...).
``metadata``: a CSV file joined on ``id`` (or ``doc_id``) = doc_id, or on ``path``/``file``/
``filename`` = the file name; its other columns are added to ``documents`` (a name already used there gets
the prefix ``meta_``). Two rows naming one document are an error; rows naming no document of the run are
reported in ``Corpus.notes`` (the CLI prints them); no column name is reserved.

Tables (``Corpus``):

``documents`` — one row per document: the columns of :data:`helpers.pipeline.SUMMARY_COLUMNS`, then
    ``status`` ("ok", or the one-line error of a document skipped with ``on_error="skip"``), then the
    metadata columns.
``speakers`` — one row per speaker across documents: speaker (the fullest form of the name), type, role,
    affiliation (the commonest non-empty values), documents (how many), doc_ids ("; "-joined, in corpus
    order), n_statements, score_mean (mean calibrated score of their statements), share_negative,
    share_neutral, share_positive. People, organisations and states with the same canonical name are one
    speaker (case, accents and punctuation ignored), and a bare surname ("Lavrov") joins the full name
    that ends with it ("Sergey Lavrov") when there is only one, or when one such name is in at least 3
    documents and 5 times as many as the others together ("Trump" joins "Donald Trump", named in 21
    documents, not "Mary Trump", named in one); anonymous sources, groups and
    transcript roles ("Questioner") are never merged across documents. The narrator is left out.
    Sorted by n_statements (descending), then speaker.
``topics`` — one row per topic: topic, label, documents (with at least one mention), count, words (all
    words of all documents), per_1000_words.
``document_topics`` — one row per document and topic: doc_id, topic, label, count, words,
    per_1000_words.
``stance`` — who speaks about whom across documents: one row per (speaker, target) of the documents'
    ``stance_targets`` tables, columns of :func:`helpers.stance.corpus_stance` (documents, n, mean_score,
    bootstrap interval from 5 mentions, label counts, doc_ids).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .io import MANIFEST, TOOL, FolderTables, ResultsFolder, printable, write_json, write_table
from .pipeline import SUMMARY_COLUMNS, DocumentResult, Task, run_batch

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SPEAKER_COLUMNS = [
    "speaker", "type", "role", "affiliation", "documents", "doc_ids", "n_statements", "score_mean",
    "share_negative", "share_neutral", "share_positive",
]
TOPIC_COLUMNS = ["topic", "label", "documents", "count", "words", "per_1000_words"]
DOCUMENT_TOPIC_COLUMNS = ["doc_id", "topic", "label", "count", "words", "per_1000_words"]
MERGED_TYPES = ("person", "organisation", "state")
#: A bare surname joins a full name shared by others only when that name is in this many documents ...
SURNAME_DOCUMENTS = 3
#: ... and in this many times as many documents as the other full names with that surname together.
SURNAME_DOMINANCE = 5
#: A folder's own documentation, not one of its texts (skipped when a folder is listed; pass it by name).
FOLDER_DOCS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "CONTRIBUTING"})


@dataclass
class Corpus:
    documents: pd.DataFrame
    speakers: pd.DataFrame
    topics: pd.DataFrame
    document_topics: pd.DataFrame
    #: What the run found and reported rather than dropped silently (e.g. metadata rows matching no text).
    notes: list[str] = field(default_factory=list)
    #: Speaker × target across documents (:func:`helpers.stance.corpus_stance`).
    stance: pd.DataFrame | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        out = {"documents": self.documents, "speakers": self.speakers, "topics": self.topics,
               "document_topics": self.document_topics}
        return out if self.stance is None else {**out, "stance": self.stance}


# ---------------------------------------------------------------------------------------------
# Inputs


def collect_paths(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The text files of a folder, a file, or a list of both (see the module docstring)."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not items:
        raise InputError("no input files given", hint="pass a folder or one or more text files")
    paths: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                           and not f.name.startswith(".") and f.stem.upper() not in FOLDER_DOCS)
            if not found:
                raise InputError("folder holds no text files (.txt, .md, .html)", p, "check the folder")
            paths.extend(found)
        elif p.is_file():
            paths.append(p)
        elif not p.exists():
            raise InputError("no such file or folder", p, "check the path")
        else:
            raise InputError("not a regular file", p, "pass text files or a folder of them")
    return paths


_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, fallback: str = "doc") -> str:
    """A file-name-safe id: letters, digits and ``._-``; never empty, never starting with a dot."""
    base = _UNSAFE_RE.sub("_", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
    base = base.strip("._-")[:100]
    return base or fallback


def document_ids(paths: list[Path]) -> list[str]:
    """Unique, file-name-safe ids from the file names (in order; repeats numbered)."""
    seen: dict[str, int] = {}
    ids = []
    for p in paths:
        base = safe_name(p.stem if p.suffix.lower() in TEXT_SUFFIXES else p.name)
        n = seen.get(base.lower(), 0) + 1
        seen[base.lower()] = n
        ids.append(base if n == 1 else f"{base}-{n}")
    return ids


#: Metadata columns that name the documents, in the order they are looked for, and what they name.
METADATA_KEYS = {"id": "doc_id", "doc_id": "doc_id", "path": "file", "file": "file", "filename": "file"}


@dataclass
class Metadata:
    """A metadata CSV: ``table`` (all columns as text), the column ``key`` that names each document, and
    what it names (``names``: "doc_id", or "file" for the file name; a path's folders are ignored)."""

    table: pd.DataFrame
    key: str
    names: str
    path: str

    def keys(self) -> list[str]:
        """The document each row names (a doc_id or a file name)."""
        values = self.table[self.key].astype(str)
        return list(values if self.names == "doc_id" else values.map(lambda v: Path(v).name))


def read_metadata(path: str | os.PathLike[str]) -> Metadata:
    """Read the metadata CSV; a row naming the same document as another is an error, not dropped."""
    import pandas as pd

    p = Path(path)
    if not p.is_file():
        raise InputError("metadata file not found", p, "pass a CSV file")
    try:
        table = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the metadata CSV: {str(exc).splitlines()[0]}", p,
                         "save it as UTF-8 CSV with a header row") from None
    if table.columns.duplicated().any():
        name = table.columns[table.columns.duplicated()][0]
        raise InputError(f"metadata CSV has two columns named {name!r}", p, "rename one of them")
    cols = {str(c).lower(): c for c in table.columns}
    key = next((k for k in METADATA_KEYS if k in cols), None)
    if key is None:
        raise InputError("metadata CSV has no id, doc_id, path, file or filename column", p,
                         "add a column naming each document")
    meta = Metadata(table, cols[key], METADATA_KEYS[key], str(p))
    seen: dict[str, int] = {}
    for row, k in enumerate(meta.keys(), start=2):  # row 1 is the header
        if k in seen:
            raise InputError(f"metadata rows {seen[k]} and {row} both name {k!r}", p,
                             "keep one row per document")
        seen[k] = row
    return meta


def join_metadata(documents: pd.DataFrame, meta: Metadata) -> tuple[pd.DataFrame, list[str]]:
    """``documents`` with the metadata columns added (a name already used gets the prefix ``meta_``), and
    notes on the rows that name no document (reported, not dropped silently)."""
    keys = meta.keys()
    left = documents[meta.names].astype(str).tolist()
    extra = meta.table.drop(columns=meta.key)
    extra.index = keys
    extra = extra.reindex(left)  # a document without a row gets empty (NaN) cells
    taken = set(documents.columns)
    out = documents.copy()
    for col in extra.columns:
        name = col
        while name in taken:
            name = f"meta_{name}"
        taken.add(name)
        out[name] = extra[col].to_numpy()
    unmatched = [k for k in keys if k not in set(left)]
    notes = []
    if unmatched:
        shown = ", ".join(printable(k) for k in unmatched[:5]) + (", ..." if len(unmatched) > 5 else "")
        notes.append(f"{meta.path}: {len(unmatched)} metadata row(s) name no document of this run: {shown}")
    return out, notes


# ---------------------------------------------------------------------------------------------
# Running


def _batches(tasks: list[Task], workers: int, batch_size: int | None) -> list[list[Task]]:
    if batch_size is None:  # about eight batches per worker (a short tail), 16 documents at most each
        batch_size = max(1, min(16, -(-len(tasks) // max(1, workers * 8))))
    return [tasks[i:i + batch_size] for i in range(0, len(tasks), batch_size)]


def _run_serial(batches: list[list[Task]]) -> Iterator[DocumentResult]:
    for b in batches:
        yield from run_batch(b)


def start_worker() -> None:
    """Initialise a pool worker: signals are the parent's business, then warm up the stages.

    Ctrl-C reaches every process of the terminal's group: the workers ignore it and the parent stops
    the pool. SIGTERM (sent by the parent's pool when it stops) ends a worker at once, without the
    parent's handler (inherited under fork) and without a traceback.
    """
    import signal

    from .pipeline import warm_up

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm_up()


#: Seconds a pool may take to stop before its workers are killed outright. ``Pool.terminate()`` can wait
#: for ever on the task queue's lock (CPython issue 78178): under load about one Ctrl-C in fifteen left
#: the command hanging, its staging folder in place.
POOL_STOP_GRACE = 10.0


def stop_pool(pool: Any, grace: float = POOL_STOP_GRACE) -> None:
    """Terminate ``pool`` (as leaving ``with Pool(...)`` does, the plain version), but wait at most
    ``grace`` seconds for it: then kill the workers, and leave the stuck ``terminate()`` to a daemon
    thread, so that a signal always ends the command and its clean-up runs."""
    import multiprocessing
    import threading

    stopper = threading.Thread(target=pool.terminate, name="stop-pool", daemon=True)
    stopper.start()
    stopper.join(grace)
    if stopper.is_alive():
        for child in multiprocessing.active_children():
            child.kill()


def _run_pool(batches: list[list[Task]], workers: int, mp_context: str | None) -> Iterator[DocumentResult]:
    import multiprocessing

    ctx = multiprocessing.get_context(mp_context)
    workers = min(workers, len(batches))  # no idle processes: three documents never start 32 workers
    pool = ctx.Pool(workers, initializer=start_worker)
    try:
        for results in pool.imap(run_batch, batches, chunksize=1):
            yield from results
    finally:  # the end, an error, a signal, or the consumer giving up (GeneratorExit)
        stop_pool(pool)


#: The loopback cluster's log level: its shutdown after Ctrl-C logs cancelled tasks as errors with
#: tracebacks, and failures reach this process as exceptions anyway (CRITICAL = 50).
CLUSTER_LOG_LEVEL = 50


@contextlib.contextmanager
def _workers_ignore_ctrl_c():
    """While the cluster starts its worker processes, SIGINT is ignored, and they inherit that: Ctrl-C
    reaches every process of the terminal's group, and only this one should act on it (it closes the
    cluster) rather than each worker printing a traceback. A Ctrl-C during those seconds is lost."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def dask_client(scheduler: Any, dask: bool, workers: int):
    """(client, closer): a Client on the given scheduler, or on a new loopback LocalCluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - dask is a dependency
        raise InputError("dask.distributed is not installed",
                         hint="pip install 'dask[distributed]'") from None
    if scheduler is not None and hasattr(scheduler, "submit"):
        return scheduler, lambda: None
    if scheduler is not None:
        address = check_scheduler(str(scheduler))
        hint = "check the address (tcp://host:8786) and that the scheduler runs"
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except Exception as exc:  # whatever answered: one line, never a traceback or a hang
            problem = " ".join(str(exc).split()) or type(exc).__name__
            raise InputError(f"cannot connect to the Dask scheduler at {address}: {problem}",
                             hint=hint) from None
        return client, client.close
    import dask

    # the workers' statistical profiler samples the task thread every 10 ms for a dashboard this cluster
    # does not serve; on two cores it cost about a tenth of the run
    with dask.config.set({"distributed.worker.profile.enabled": False}), _workers_ignore_ctrl_c():
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                               silence_logs=CLUSTER_LOG_LEVEL)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def check_scheduler(address: str) -> str:
    """``tcp://host:port`` after checking that a Dask scheduler answers there (InputError otherwise).

    The address must be ``tcp://HOST:PORT`` or ``HOST:PORT``. The check connects with a timeout and
    reads the first 8 bytes, which a scheduler sends at once (the length of its handshake): a server
    that stays silent (a web server), closes, or sends a banner is refused with one line, before
    ``distributed`` waits on it for ever or reads the banner as a length of many gigabytes.
    """
    import socket
    import struct

    m = _ADDRESS_RE.fullmatch(address.strip())
    if m is None or not 0 < int(m["port"]) < 65536:
        raise InputError(f"not a Dask scheduler address: {address!r}",
                         hint="use tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786")
    host, port = m["host"].strip("[]"), int(m["port"])
    where = f"the Dask scheduler at {address}"
    hint = "check the address and that a Dask scheduler runs there"
    try:
        with socket.create_connection((host, port), timeout=PROBE_TIMEOUT) as sock:
            sock.settimeout(PROBE_TIMEOUT)
            head = b""
            while len(head) < 8:
                chunk = sock.recv(8 - len(head))
                if not chunk:
                    raise InputError(f"{where} closed the connection without a Dask handshake", hint=hint)
                head += chunk
    except TimeoutError:
        raise InputError(f"no Dask handshake from {where} within {PROBE_TIMEOUT:g} s", hint=hint) from None
    except OSError as exc:
        raise InputError(f"cannot connect to {where}: {exc.strerror or exc}", hint=hint) from None
    (length,) = struct.unpack("<Q", head)
    if not 0 < length <= MAX_HANDSHAKE_BYTES:
        raise InputError(f"{where} is not a Dask scheduler (it sent {head!r})", hint=hint)
    return f"tcp://{m['host']}:{port}"


def _run_dask(batches: list[list[Task]], scheduler: Any, workers: int) -> Iterator[DocumentResult]:
    client, close = dask_client(scheduler, True, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        window = 4 * n_workers  # enough queued that a slow batch at the head leaves no worker idle
        pending: deque = deque()
        it = iter(batches)
        for b in it:  # keep at most `window` batches in flight; results come back in corpus order
            pending.append(client.submit(run_batch, b, pure=False))
            if len(pending) >= window:
                break
        while pending:
            results = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(client.submit(run_batch, nxt, pure=False))
            yield from results
    finally:
        close()


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells, else the CPU count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def cap_workers(requested: int, force: bool = False) -> tuple[int, str | None]:
    """(workers to start, a note or None): more processes than CPUs only when ``force``.

    Each worker holds the stages and their lexicons (about 100 MB) and more than one per CPU only
    competes for it; ``--workers 32`` on a 2-CPU machine used to start 32 processes.
    """
    cpus = available_cpus()
    if requested <= cpus or force:
        return requested, None
    return cpus, (f"--workers {requested} is more than the {cpus} CPUs here: using {cpus} "
                  "(--force-workers to insist)")


def iter_documents(
    paths: list[Path],
    *,
    workers: int = 1,
    dask: bool = False,
    scheduler: Any = None,
    batch_size: int | None = None,
    mp_context: str | None = None,
    **options: Any,
) -> Iterator[DocumentResult]:
    """Results in corpus order, streamed; ``options`` are :class:`~helpers.pipeline.Task` fields."""
    if workers < 1:
        raise InputError(f"workers must be at least 1, got {workers}")
    ids = document_ids(paths)
    tasks = [Task(i, str(p), d, **options) for i, (p, d) in enumerate(zip(paths, ids, strict=True))]
    batches = _batches(tasks, workers, batch_size)
    if dask or scheduler is not None:
        return _run_dask(batches, scheduler, min(workers, len(batches)))
    if workers == 1 or len(tasks) <= 1:
        return _run_serial(batches)
    return _run_pool(batches, workers, mp_context)


class _LogProgress:
    """Progress for a log file (stderr not a terminal): a plain line every ``interval`` seconds."""

    def __init__(self, total: int, interval: float = 10.0) -> None:
        import time

        self.total, self.done, self.interval = total, 0, interval
        self.start = self.last = time.monotonic()

    def update(self, n: int = 1) -> None:
        import time

        self.done += n
        now = time.monotonic()
        if now - self.last >= self.interval or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            print(f"analyse: {self.done}/{self.total} documents ({self.done * 100 // self.total} %), "
                  f"{rate:.1f} documents/s", file=sys.stderr, flush=True)

    def close(self) -> None:
        pass


def _progress(total: int, progress: bool | None):
    """A tqdm bar on a terminal; log lines on long runs (200+ documents) otherwise; or nothing."""
    from tqdm import tqdm

    tty = sys.stderr.isatty()
    if progress is None:
        progress = tty or total >= 200
    if progress and not tty:
        return _LogProgress(total)
    return tqdm(total=total, file=sys.stderr, disable=not progress, unit="doc", dynamic_ncols=True,
                mininterval=0.2, desc="analyse")


def analyse_corpus(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    metadata: str | os.PathLike[str] | None = None,
    workers: int = 1,
    dask: bool = False,
    scheduler: Any = None,
    format: str | None = None,
    encoding: str | None = None,
    dictionary: str | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
    keep_tables: bool = False,
    charts: bool = False,
    on_error: str = "raise",
    batch_size: int | None = None,
    mp_context: str | None = None,
    progress: bool | None = False,
    table_sink: Any = None,
) -> Corpus:
    """Run every stage on every document; corpus tables (see the module docstring).

    ``on_document(result)`` is called with each :class:`~helpers.pipeline.DocumentResult` in corpus order
    (with its full tables when ``keep_tables``, chart PNGs when ``charts``), then the result is dropped.
    ``on_error``: "raise" (an unreadable document stops the run with its InputError) or "skip" (it gets a
    ``status`` in ``documents`` and no other rows). ``table_sink``: where a text too long to analyse whole
    writes its tables as they come (:class:`helpers.io.FolderTables`; its result then has ``files``, not
    ``tables``); without one they are gathered in memory.
    """
    from .formats import normalise_format

    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    paths = collect_paths(source)
    meta = read_metadata(metadata) if metadata is not None else None
    fmt = normalise_format(format)
    if dictionary is not None:
        from .topics import load_dictionary

        load_dictionary(dictionary)  # a bad dictionary fails here, once, not in every worker
        dictionary = str(Path(dictionary).resolve())
    summaries: list[dict[str, Any]] = []
    speaker_rows: list[dict[str, Any]] = []
    topic_rows: list[dict[str, Any]] = []
    notes: list[str] = []
    stance_rows: list[tuple] = []
    bar = _progress(len(paths), progress)
    try:
        for res in iter_documents(paths, workers=workers, dask=dask, scheduler=scheduler,
                                  batch_size=batch_size, mp_context=mp_context, format=fmt,
                                  encoding=encoding, dictionary=dictionary,
                                  keep_tables=keep_tables or on_document is not None, charts=charts,
                                  table_sink=table_sink):
            bar.update(1)
            if res.error is not None:
                if on_error == "raise":
                    raise InputError(res.error)
                summaries.append({"doc_id": res.doc_id, "file": printable(Path(res.path).name),
                                  "status": printable(res.error)})
                continue
            summaries.append({**res.summary, "file": printable(str(res.summary["file"])), "status": "ok"})
            notes.extend(res.notes)
            speaker_rows.extend(res.speakers)
            topic_rows.extend(res.topics)
            stance_rows.extend((res.doc_id, *row) for row in res.stance)
            if on_document is not None:
                on_document(res)
    finally:
        bar.close()
    corpus = _corpus_tables(summaries, speaker_rows, topic_rows, meta)
    corpus.notes[:0] = notes
    corpus.stance = _stance_table(stance_rows)
    return corpus


def _stance_table(rows: list[tuple]) -> pd.DataFrame:
    """The corpus ``stance`` table from (doc_id, speaker, target, score, label) rows."""
    import pandas as pd

    from .stance import corpus_stance

    return corpus_stance(pd.DataFrame(rows, columns=["doc_id", "speaker", "target", "score", "label"]))


# ---------------------------------------------------------------------------------------------
# Corpus tables


def _name_key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    return " ".join(re.sub(r"[^\w\s-]", " ", s.casefold()).split())


def merge_speakers(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Per-document speaker rows (:data:`helpers.pipeline.SPEAKER_ROW_COLUMNS`) → one row per speaker."""
    import pandas as pd

    keys: list[tuple] = []
    for r in rows:
        if r["type"] in MERGED_TYPES:
            keys.append(("named", _name_key(r["speaker"])))
        else:
            keys.append(("doc", r["doc_id"], r["speaker"]))
    # a bare surname joins the full person name that ends with it: the only one, or one that dominates
    full: dict[str, dict[str, set[str]]] = {}  # surname -> full name -> documents
    for r, k in zip(rows, keys, strict=True):
        if k[0] == "named" and r["type"] == "person" and " " in k[1]:
            full.setdefault(k[1].split()[-1], {}).setdefault(k[1], set()).add(r["doc_id"])
    alias = {}
    for r, k in zip(rows, keys, strict=True):
        if k[0] == "named" and r["type"] == "person" and " " not in k[1] and k[1] in full:
            target = _dominant(full[k[1]])
            if target is not None:
                alias[k] = ("named", target)
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for r, k in zip(rows, keys, strict=True):
        groups.setdefault(alias.get(k, k), []).append(r)
    out = []
    for members in groups.values():
        names: dict[str, int] = {}
        for m in members:
            names[m["speaker"]] = names.get(m["speaker"], 0) + m["n_statements"]
        # the fullest form, written in mixed case, said most often
        name = max(names, key=lambda n: (len(n.split()), not (n.islower() or n.isupper()), names[n], n))
        docs = list(dict.fromkeys(m["doc_id"] for m in members))
        n = sum(m["n_statements"] for m in members)
        scored = sum(m["n_scored"] for m in members)
        labelled = sum(m["n_negative"] + m["n_neutral"] + m["n_positive"] for m in members) or 1
        out.append({
            "speaker": name,
            "type": _commonest(m["type"] for m in members),
            "role": _commonest(m["role"] for m in members),
            "affiliation": _commonest(m["affiliation"] for m in members),
            "documents": len(docs),
            "doc_ids": "; ".join(docs),
            "n_statements": n,
            "score_mean": round(sum(m["score_sum"] for m in members) / scored, 4) if scored else float("nan"),
            **{f"share_{lab}": round(sum(m[f"n_{lab}"] for m in members) / labelled, 4)
               for lab in ("negative", "neutral", "positive")},
        })
    df = pd.DataFrame(out, columns=SPEAKER_COLUMNS)
    if len(df):
        df = df.sort_values(["n_statements", "speaker"], ascending=[False, True], kind="stable")
    return df.reset_index(drop=True).astype({"documents": "int64", "n_statements": "int64"})


def _dominant(candidates: dict[str, set[str]]) -> str | None:
    """The full name a bare surname stands for: the only candidate, or the one named in at least
    :data:`SURNAME_DOCUMENTS` documents and :data:`SURNAME_DOMINANCE` times as many as all others together.
    """
    if len(candidates) == 1:
        return next(iter(candidates))
    ranked = sorted(candidates, key=lambda n: (-len(candidates[n]), n))
    top, rest = len(candidates[ranked[0]]), sum(len(candidates[n]) for n in ranked[1:])
    return ranked[0] if top >= SURNAME_DOCUMENTS and top >= SURNAME_DOMINANCE * rest else None


def _commonest(values: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], v)) if counts else ""


def keep_integers(documents: pd.DataFrame, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Columns whose values are all integers stay integers when skipped documents leave them empty.

    pandas turns an integer column with a missing value into floats ("12.0" in the CSV); such a column
    becomes the nullable ``Int64`` instead (an empty CSV cell, ``null`` in JSON). A run without skipped
    documents is unchanged (``int64``).
    """
    for col in documents.columns:
        if documents[col].dtype.kind != "f" or not documents[col].isna().any():
            continue
        values = [r[col] for r in rows if r.get(col) is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            documents[col] = documents[col].astype("Int64")
    return documents


def _corpus_tables(summaries, speaker_rows, topic_rows, meta) -> Corpus:
    import pandas as pd

    documents = keep_integers(pd.DataFrame(summaries, columns=[*SUMMARY_COLUMNS, "status"]), summaries)
    notes: list[str] = []
    if meta is not None:
        documents, notes = join_metadata(documents, meta)
    doc_topics = pd.DataFrame(topic_rows, columns=DOCUMENT_TOPIC_COLUMNS)
    if len(doc_topics):
        order = list(dict.fromkeys(doc_topics["topic"]))
        g = doc_topics.groupby("topic", sort=False)
        words = int(documents.loc[documents["status"] == "ok", "words"].sum())
        topics = pd.DataFrame({
            "topic": order,
            "label": g["label"].first().reindex(order).values,
            "documents": (g["count"].apply(lambda s: int((s > 0).sum()))).reindex(order).values,
            "count": g["count"].sum().reindex(order).values,
            "words": words,
        })
        topics["per_1000_words"] = (topics["count"] * 1000 / words).round(4) if words else 0.0
        topics = topics.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    else:
        topics = pd.DataFrame(columns=TOPIC_COLUMNS)
    return Corpus(documents, merge_speakers(speaker_rows), topics[TOPIC_COLUMNS], doc_topics, notes)


# ---------------------------------------------------------------------------------------------
# Writing a results folder (python -m helpers analyse)

#: How long to wait for an existing Dask scheduler to answer.
CONNECT_TIMEOUT = "10s"
#: Seconds :func:`check_scheduler` waits for the scheduler's first bytes (a Dask scheduler sends its
#: handshake at once; a web server or another service waits for a request, or sends something else).
PROBE_TIMEOUT = 5.0
#: The most a Dask handshake message can plausibly announce (its first 8 bytes are its length).
MAX_HANDSHAKE_BYTES = 1 << 20
_ADDRESS_RE = re.compile(r"\A(?:tcp://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(?P<port>[0-9]{1,5})")
#: Documents up to which ``charts="auto"`` draws the per-document charts.
AUTO_CHART_LIMIT = 50


def analyse_to_folder(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    force: bool = False,
    charts: str | bool = "auto",
    **options: Any,
) -> dict[str, Any]:
    """Run :func:`analyse_corpus` and write every table into the folder ``out``, atomically.

    Layout: ``documents``, ``speakers``, ``topics`` and ``document_topics`` (``.csv`` and ``.json``) and
    ``manifest.json`` at the top; ``docs/<doc_id>/`` holds each document's tables
    (:data:`helpers.pipeline.TABLES`, ``.csv`` and ``.json``) and charts (``.png``). Everything is written
    into a hidden folder beside ``out`` and swapped into place at the end (:class:`helpers.io.ResultsFolder`:
    a lock per folder, recovery after a killed run), so an interrupted run leaves ``out`` as it was. A
    non-empty ``out`` is refused unless ``force`` and it holds an earlier results folder of this tool.
    ``charts``: True, False or "auto" (drawn for up to :data:`AUTO_CHART_LIMIT` documents).
    Returns the manifest, with ``notes`` (what was cleaned up or found, one line each).
    """
    out = Path(out)
    paths = collect_paths(source)
    if charts == "auto":
        charts = len(paths) <= AUTO_CHART_LIMIT
    with ResultsFolder(out, force=force, inputs=paths) as folder:
        corpus, written = _write_documents(paths, folder.staging, bool(charts), options)
        top = []
        for name, table in corpus.tables().items():
            top += write_table(table, folder.staging, name)
        manifest = {
            "tool": TOOL,
            "inputs": [printable(p.name) for p in paths],
            "documents": len(corpus.documents),
            "ok": int((corpus.documents["status"] == "ok").sum()),
            "tables": top,
            "document_files": written,
            "charts": bool(charts),
            "options": {k: (str(v) if v is not None and not isinstance(v, (bool, int)) else v)
                        for k, v in options.items() if k in ("workers", "dask", "format", "encoding",
                                                              "dictionary", "on_error")},
            "notes": folder.notes + corpus.notes,
        }
        write_json(manifest, folder.staging / MANIFEST)
        folder.commit()
    manifest["notes"] = folder.notes + corpus.notes
    manifest["out"] = str(out)
    manifest["summary"] = corpus.documents
    return manifest


def _write_documents(paths: list[Path], staging: Path, charts: bool,
                     options: dict[str, Any]) -> tuple[Corpus, dict[str, list[str]]]:
    """Run the corpus, writing each document's tables and charts into ``staging/docs/<doc_id>/``."""
    docs_dir = staging / "docs"
    docs_dir.mkdir()
    written: dict[str, list[str]] = {}

    def save(res: DocumentResult) -> None:
        if res.files is not None:  # a long text: the worker wrote its tables as they came
            written[res.doc_id] = res.files
            return
        folder = docs_dir / res.doc_id
        folder.mkdir(parents=True)
        files = []
        for name, table in (res.tables or {}).items():
            files += write_table(table, folder, name)
        for name, png in (res.charts or {}).items():
            (folder / f"{name}.png").write_bytes(png)
            files.append(f"{name}.png")
        written[res.doc_id] = files

    # a long text's tables are written by the worker itself, part by part (not on a remote cluster,
    # whose workers need not see this folder: there they come back whole)
    sink = FolderTables(docs_dir) if options.get("scheduler") is None else None
    corpus = analyse_corpus(paths, on_document=save, charts=charts, table_sink=sink, **options)
    return corpus, written
