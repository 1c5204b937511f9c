"""Faults and hostile inputs (issue 17): each probe states what must hold, and failed on the old code.

a. The command line never guesses (a PATH is a path), every write is checked, signals clean up.
b. Results folders lose nothing: a lock per --out, staging beside it, an atomic swap, stale folders of
   killed runs recovered, --force only over this tool's own results.
c. Safe CSVs: formula cells neutralised, JSON exact; metadata problems reported.
d. Bounded resources: --workers capped, --scheduler validated and timed out, --skip-errors keeps types,
   a long text analysed in parts and written as it goes.
e. Encodings: UTF-16/UTF-32 decoded by their byte order mark, UTF-16 without one and a NUL anywhere refused
   in one line, cp1252 told from latin-1 so that following the hint corrupts nothing.
f. Markdown and HTML: linear time on hostile lines (every pattern: tests/test_regex_linear.py), no
   <script> or <style> body as article text.

Probes that need a real process (a full device, a file-size limit, signals, concurrent runs) run
``python -m helpers`` in a subprocess; the others call :func:`helpers.cli.main` in the test process.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from helpers.cli import COMMANDS, main

SEED = ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt"
EXAMPLE = ROOT / "data" / "examples" / "wire_2025-03-05_border-dispute.txt"
SENTENCE = "The minister said the talks were useful."
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def helpers_cmd(*args: object) -> list[str]:
    return [sys.executable, "-m", "helpers", *map(str, args)]


def run(*args: object, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(helpers_cmd(*args), capture_output=True, text=True, timeout=120, env=ENV, **kw)


def one_line(err: str) -> str:
    """The single stderr line a failure must give (no traceback, no second line)."""
    assert "Traceback" not in err and "Exception ignored" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- a. the command line never guesses; every write checked; signals ---------------------------------

PATH_COMMANDS = [name for name, cmd in COMMANDS.items() if cmd.takes_path]


@pytest.mark.parametrize("command", PATH_COMMANDS)
def test_a_missing_file_is_an_error_never_text(tmp_path, monkeypatch, capsys, command):
    """Old: `sentiment "missing file.txt"` exited 0 with the sentiment of the string "missing file.txt"."""
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, command, "missing file.txt")
    assert code == 2 and out == ""
    assert "missing file.txt: no such file" in one_line(err)


def test_a_file_name_with_a_newline_is_read_as_a_file(tmp_path, capsys):
    """Old: a name containing a line break was taken as the text itself."""
    odd = tmp_path / "talks\nnotes.txt"
    odd.write_text(SENTENCE + "\n", encoding="utf-8")
    code, out, err = cli(capsys, "sentences", odd)
    assert code == 0, err
    assert [row["text"] for row in json.loads(out)] == [SENTENCE]  # the file's one sentence


def test_a_text_only_when_asked(capsys):
    code, out, err = cli(capsys, "sentences", "--text", SENTENCE)
    assert code == 0, err
    assert [row["text"] for row in json.loads(out)] == [SENTENCE]
    for argv in (["sentences"], ["sentences", str(SEED), "--text", SENTENCE]):  # neither, or both
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
    assert "PATH or --text" in capsys.readouterr().err


class FullDisk:
    """A stdout whose writes fail as on a full disk (the probe's fake file object)."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        pass


def test_a_full_disk_on_stdout_is_one_line_and_exit_1(monkeypatch, capsys):
    """Old: the OSError escaped main() as a traceback."""
    monkeypatch.setattr(sys, "stdout", FullDisk())
    code = main(["sentences", "--text", SENTENCE])
    err = capsys.readouterr().err
    assert code == 1
    assert "No space left on device" in one_line(err)


def test_a_dev_full_is_one_line_and_exit_1():
    """Old: `tokens SEED > /dev/full` printed a 9-line traceback."""
    with open("/dev/full", "w") as full:
        r = subprocess.run(helpers_cmd("tokens", SEED), stdout=full, stderr=subprocess.PIPE, text=True,
                           timeout=120, env=ENV)
    assert r.returncode == 1
    assert "No space left on device" in one_line(r.stderr)


def _limit_file_size(limit: int):
    def apply() -> None:  # in the child: writes past `limit` bytes fail with EFBIG, like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_file_size_limit_on_stdout_is_not_success(tmp_path):
    """Old: a JSON cut short on a full disk was reported as success (exit 0, no message)."""
    target = tmp_path / "tokens.json"
    with open(target, "w") as fh:
        r = subprocess.run(helpers_cmd("tokens", SEED), stdout=fh, stderr=subprocess.PIPE, text=True,
                           timeout=120, env=ENV, preexec_fn=_limit_file_size(20_000))
    assert r.returncode == 1
    assert "too large" in one_line(r.stderr)  # EFBIG: "File too large"


def test_a_full_disk_in_the_results_folder(tmp_path):
    """A write that fails inside --out: one line, exit 1, no staging left, no --out created."""
    out = tmp_path / "out"
    r = subprocess.run(helpers_cmd("analyse", SEED, "--out", out, "--charts", "off"), capture_output=True,
                       text=True, timeout=120, env=ENV, preexec_fn=_limit_file_size(20_000))
    assert r.returncode == 1
    assert "too large" in one_line(r.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _corpus(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:03}.txt").write_bytes(SEED.read_bytes())
    return folder


def _wait_for(predicate, limit: float = 60.0) -> None:
    end = time.monotonic() + limit
    while not predicate():
        assert time.monotonic() < end, "the run never got that far"
        time.sleep(0.05)


@pytest.mark.parametrize(("sig", "code", "word", "backend"), [
    (signal.SIGTERM, 143, "terminated", "--workers"),
    (signal.SIGINT, 130, "interrupted", "--workers"),
    (signal.SIGINT, 130, "interrupted", "--dask"),
])
def test_a_signals_clean_up_staging_and_workers(tmp_path, sig, code, word, backend):
    """Old: SIGTERM gave a worker traceback and left the staging folder behind; Ctrl-C under --dask
    printed four tracebacks."""
    texts = _corpus(tmp_path, 60)
    out = tmp_path / "out"
    argv = ("analyse", texts, "--out", out, backend, *(["2"] if backend == "--workers" else []), "--charts", "off")
    proc = subprocess.Popen(helpers_cmd(*argv),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            start_new_session=True, preexec_fn=_default_ctrl_c)
    try:
        _wait_for(lambda: any((p / "docs").is_dir() and any((p / "docs").iterdir())
                              for p in tmp_path.glob(".out.partial-*")))
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # Ctrl-C reaches every process of the terminal's group
        else:
            proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code
    assert one_line(err) == f"helpers analyse: {word}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["texts"]  # no staging, no --out
    _wait_for(lambda: not _group_alive(proc.pid), limit=10)  # the workers went with it


def _default_ctrl_c() -> None:
    """In the child before it runs: Ctrl-C's default action. A test run started in the background of a
    shell script ignores SIGINT, its children inherit that, and Python then never installs its handler:
    the command would rightly go on and finish, and the test would fail for the way it was started."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class _StuckPool:
    """A pool whose ``terminate()`` never returns, as CPython's can when a worker holds the task queue's
    lock (issue 78178), with one real worker process."""

    def __init__(self) -> None:
        import multiprocessing
        import threading

        self.worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(120,), daemon=True)
        self.worker.start()
        self.never = threading.Event()

    def terminate(self) -> None:
        self.never.wait()


def test_a_a_stuck_pool_stops_within_its_grace():
    """Old: leaving ``with Pool(...)`` called ``terminate()`` and waited for it; under load about one signal
    in fifteen left the command hanging (no "interrupted", staging left behind). Now the pool gets a grace
    period, then its workers are killed and the command goes on to clean up."""
    import threading

    from helpers.corpus import stop_pool

    pool = _StuckPool()
    stopping = threading.Thread(target=stop_pool, args=(pool, 0.5), daemon=True)
    began = time.monotonic()
    stopping.start()
    stopping.join(20)
    assert not stopping.is_alive(), "stop_pool waited on the stuck terminate()"
    pool.worker.join(5)
    assert not pool.worker.is_alive() and time.monotonic() - began < 20


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


# -- b. results folders that lose nothing ----------------------------------------------------------


def _results(tmp_path: Path, capsys, name: str = "out") -> Path:
    """An earlier results folder of this tool (one short text)."""
    out = tmp_path / name
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--charts", "off")
    assert code == 0, err
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_b_a_second_run_into_the_same_folder_refuses(tmp_path, capsys):
    """Old: two runs into one --out both reported success; the second replaced the first's results."""
    from helpers.io import FolderLock

    out = tmp_path / "out"
    running = FolderLock(out)  # what a run holds while it works
    running.acquire()
    try:
        code, stdout, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--charts", "off")
    finally:
        running.release()
    assert code == 1 and stdout == ""
    assert "another run is writing to this output folder" in one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # it touched nothing
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--charts", "off")
    assert code == 0, err  # the lock went with the run that held it


def test_b_concurrent_run_and_kill_9_leftovers(tmp_path, capsys):
    """A real second process is refused; after a kill -9 the next run removes the staging folder it left.

    Old: the second run also succeeded, and the killed run's .partial-* folder stayed for ever.
    """
    texts = _corpus(tmp_path, 40)
    out = tmp_path / "out"
    first = subprocess.Popen(helpers_cmd("analyse", texts, "--out", out, "--charts", "off"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    try:
        _wait_for(lambda: list(tmp_path.glob(".out.partial-*/docs/*")))
        code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--charts", "off")
        assert code == 1 and "another run is writing" in one_line(err)
    finally:
        first.kill()
        first.wait()
    assert list(tmp_path.glob(".out.partial-*")) and not out.exists()  # what kill -9 leaves behind
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--charts", "off")
    assert code == 0
    assert "removed .out.partial-" in one_line(err) and "killed" in err  # reported, not silent
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "texts"]


def test_b_force_refuses_a_folder_that_is_not_results(tmp_path, capsys):
    """Old: --force deleted any folder, a user's thesis.docx and subfolders included."""
    mine = tmp_path / "thesis"
    (mine / "chapters").mkdir(parents=True)
    (mine / "thesis.docx").write_bytes(b"PK\x03\x04 my thesis")
    (mine / "chapters" / "one.md").write_text("# One\n", encoding="utf-8")
    before = _tree(mine)
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", mine, "--force", "--charts", "off")
    assert code == 2
    assert "not an earlier results folder" in one_line(err)
    assert _tree(mine) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis"]


def test_b_force_replaces_earlier_results(tmp_path, capsys):
    out = _results(tmp_path, capsys)
    code, _, err = cli(capsys, "analyse", SEED, "--out", out, "--force", "--charts", "off")
    assert code == 0, err
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"] == [SEED.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_b_a_file_put_into_out_during_the_run_is_kept(tmp_path, capsys, monkeypatch):
    """Old: a file a user put into the empty --out during the run was deleted (no --force given)."""
    from helpers import corpus

    out = tmp_path / "out"
    out.mkdir()
    real = corpus.write_table

    def user_saves_a_file(df, folder, name):
        (out / "notes.txt").write_text("mine", encoding="utf-8")
        return real(df, folder, name)

    monkeypatch.setattr(corpus, "write_table", user_saves_a_file)
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--charts", "off")
    assert code == 1
    line = one_line(err)
    assert "files appeared in the output folder during the run" in line and "out.results-" in line
    assert _tree(out) == {"notes.txt": b"mine"}
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("out.results-")]
    assert len(kept) == 1 and (kept[0] / "manifest.json").is_file()  # the work is not lost either


def test_b_out_dot_force_is_refused_before_the_work(tmp_path, capsys, monkeypatch):
    """Old: `--out . --force` failed with "internal error ... Device or resource busy" after all the work."""
    from helpers import corpus

    out = _results(tmp_path, capsys)
    monkeypatch.chdir(out)
    monkeypatch.setattr(corpus, "analyse_corpus", lambda *a, **k: pytest.fail("the work was started"))
    for target in (".", str(out), ".."):
        code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", target, "--force")
        assert code == 2
        assert "current folder" in one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_b_the_swap_is_one_atomic_exchange(tmp_path):
    """renameat2(RENAME_EXCHANGE): both names exist before and after, their contents swapped."""
    from helpers.io import exchange

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "new").write_text("n", encoding="utf-8")
    (b / "old").write_text("o", encoding="utf-8")
    assert exchange(a, b) is True  # Linux on ext4/tmpfs/btrfs/xfs offers it
    assert [p.name for p in b.iterdir()] == ["new"] and [p.name for p in a.iterdir()] == ["old"]


KILL_AT_SWAP = """
import os, sys
import helpers.io as hio
from helpers.cli import main
step = sys.argv[1]
real_rename, real_exchange = os.rename, hio.exchange
def exchange(a, b):
    if step == "two-step":
        return False  # a system without renameat2: the documented two-step swap
    done = real_exchange(a, b)
    os._exit(137)  # kill -9 right after the exchange
def rename(a, b):
    real_rename(a, b)
    if ".old-" in str(b):
        os._exit(137)  # kill -9 between the two renames
hio.exchange = exchange
os.rename = rename
main(sys.argv[2:])
"""


@pytest.mark.parametrize("step", ["exchange", "two-step"])
def test_b_a_kill_inside_the_swap_loses_nothing(tmp_path, capsys, step):
    """Old: a kill between the two renames left no --out at all (the results only in a hidden .old-PID)."""
    out = _results(tmp_path, capsys)
    earlier = _tree(out)
    r = subprocess.run([sys.executable, "-c", KILL_AT_SWAP, step, "analyse", SEED, "--out", out, "--force",
                        "--charts", "off"], capture_output=True, text=True, timeout=120, env=ENV)
    assert r.returncode == 137
    if step == "exchange":
        assert json.loads((out / "manifest.json").read_text("utf-8"))["inputs"] == [SEED.name]  # the new
    else:
        assert not out.exists() and _tree(next(tmp_path.glob(".out.old-*"))) == earlier
    code, _, err = cli(capsys, "analyse", SEED, "--out", out, "--force", "--charts", "off")  # the next run
    assert code == 0, err
    assert ("restored" if step == "two-step" else "removed .out.partial-") in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert json.loads((out / "manifest.json").read_text("utf-8"))["inputs"] == [SEED.name]


def test_b_recovery_without_a_new_run_needing_force(tmp_path, capsys):
    """After a kill inside the two-step swap, even a run into another folder's name restores nothing it
    should not: recovery touches only the names of its own --out."""
    from helpers.io import recover

    out = _results(tmp_path, capsys)
    earlier = _tree(out)
    os.rename(out, tmp_path / ".out.old-4242")  # the state a kill between the two renames leaves
    (tmp_path / ".other.partial-1").mkdir()
    notes = recover(out)
    assert _tree(out) == earlier and notes == [f"restored {out} from .out.old-4242, left by a run killed "
                                               "while swapping folders"]
    assert (tmp_path / ".other.partial-1").is_dir()


# -- c. safe CSVs; metadata problems reported ---------------------------------------------------------

FORMULA = "=HYPERLINK(\"http://example.org\",\"click\")"
INJECTION = "=cmd|' /C calc'!A0"


def _csv_cells(path: Path) -> list[str]:
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def _looks_like_formula(cell: str) -> bool:
    from helpers.io import PLAIN_NUMBER

    return cell.startswith(("=", "+", "-", "@", "\t", "\r")) and not PLAIN_NUMBER.fullmatch(cell)


def test_c_formula_cells_are_neutralised_in_every_csv(tmp_path, capsys):
    """Old: cells beginning with =, +, -, @ went into statements.csv, the sentiment CSVs and documents.csv
    as they were. Now no CSV cell can run as a formula, and the JSON keeps the exact text."""
    text = tmp_path / "=evil.txt"  # the file name itself is a formula cell of documents.csv
    text.write_text(f"Talks go on\n\n{FORMULA} was written on the board. {SENTENCE}\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text(f'file,desk,note,@SUM(1+1)\n=evil.txt,"{INJECTION}",-3,+1\n', encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = cli(capsys, "analyse", text, "--out", out, "--metadata", meta, "--charts", "off")
    assert code == 0, err
    csvs = sorted(out.rglob("*.csv"))
    # the corpus tables (documents, speakers, topics, document_topics, stance) and every table of the one
    # document
    from helpers.pipeline import TABLES

    assert len(csvs) == 5 + len(TABLES)
    for path in csvs:
        assert not [c for c in _csv_cells(path) if _looks_like_formula(c)], path
    docs = _csv_cells(out / "documents.csv")
    assert "'=evil.txt" in docs and "'" + INJECTION in docs and "'@SUM(1+1)" in docs
    assert "-3" in docs and "+1" in docs  # numbers stay numbers
    sentences = json.loads((out / "docs" / "evil" / "sentence_sentiment.json").read_text("utf-8"))
    assert sentences[1]["text"] == f"{FORMULA} was written on the board."  # JSON exact
    assert json.loads((out / "documents.json").read_text("utf-8"))[0]["desk"] == INJECTION
    # the same for the CSV a subcommand prints
    code, stdout, _ = cli(capsys, "sentences", text, "--format", "csv")
    quoted = '"' + "'" + FORMULA.replace('"', '""')  # csv quoting doubles the inner quotation marks
    assert code == 0 and quoted in stdout


def test_c_duplicate_metadata_keys_are_an_error(tmp_path, capsys):
    """Old: the second row of a repeated key was dropped silently."""
    meta = tmp_path / "meta.csv"
    meta.write_text(f"file,desk\n{EXAMPLE.name},Geneva\n{EXAMPLE.name},Vienna\n", encoding="utf-8")
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", tmp_path / "o", "--metadata", meta)
    assert code == 2
    assert f"metadata rows 2 and 3 both name '{EXAMPLE.name}'" in one_line(err)


def test_c_no_reserved_metadata_columns_and_unmatched_rows_reported(tmp_path, capsys):
    """Old: columns named _k or _join vanished, and rows naming no text were ignored without a word."""
    meta = tmp_path / "meta.csv"
    meta.write_text(f"id,_k,_join,status\n{EXAMPLE.stem},k1,j1,filed\nnot-a-document,k2,j2,lost\n",
                    encoding="utf-8")
    out = tmp_path / "o"
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", out, "--metadata", meta, "--charts", "off")
    assert code == 0
    assert "1 metadata row(s) name no document of this run: not-a-document" in one_line(err)
    row = json.loads((out / "documents.json").read_text("utf-8"))[0]
    assert (row["_k"], row["_join"], row["meta_status"], row["status"]) == ("k1", "j1", "filed", "ok")
    assert json.loads((out / "manifest.json").read_text("utf-8"))["notes"] == [err.split("note: ", 1)[1].strip()]


# -- d. bounded resources ------------------------------------------------------------------------------


def test_d_workers_capped_at_the_cpu_count(tmp_path, capsys, monkeypatch):
    """Old: --workers 32 on three documents started 32 processes."""
    import multiprocessing

    from helpers import corpus

    started = []
    real_get_context = multiprocessing.get_context

    def get_context(method=None):
        ctx = real_get_context(method)

        class Recording:
            def Pool(self, n, **kw):
                started.append(n)
                return ctx.Pool(n, **kw)

        return Recording()

    monkeypatch.setattr(multiprocessing, "get_context", get_context)
    monkeypatch.setattr(corpus, "available_cpus", lambda: 2)
    texts = [EXAMPLE, *sorted((ROOT / "data" / "examples").glob("*.md")), SEED]
    code, _, err = cli(capsys, "analyse", *texts, "--out", tmp_path / "o", "--workers", "32", "--charts", "off")
    assert code == 0
    assert "--workers 32 is more than the 2 CPUs here: using 2" in one_line(err)
    assert started == [2]
    assert corpus.cap_workers(32, force=True) == (32, None)


def _server(behaviour: str):
    """A local TCP server that misbehaves as a wrong --scheduler would; returns (address, stop)."""
    import socket
    import threading

    srv = socket.create_server(("127.0.0.1", 0))
    srv.settimeout(5)
    conns = []

    def serve() -> None:
        try:
            conn, _ = srv.accept()
        except OSError:
            return
        conns.append(conn)
        if behaviour == "banner":
            conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
        elif behaviour == "close":
            conn.close()
        # "hang": an HTTP server waiting for a request that never comes

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()

    def stop() -> None:
        srv.close()
        for c in conns:
            c.close()
        thread.join(5)

    return f"tcp://127.0.0.1:{srv.getsockname()[1]}", stop


@pytest.mark.parametrize(("behaviour", "message"), [
    ("hang", "no Dask handshake from the Dask scheduler at"),
    ("banner", "is not a Dask scheduler (it sent b'SSH-2.0-')"),
    ("close", "closed the connection without a Dask handshake"),
])
def test_d_a_scheduler_that_misbehaves_is_one_line(tmp_path, capsys, monkeypatch, behaviour, message):
    """Old: an HTTP server hung the run for more than 400 s; a banner was reported as "out of memory"."""
    from helpers import corpus

    monkeypatch.setattr(corpus, "PROBE_TIMEOUT", 1.0)
    address, stop = _server(behaviour)
    try:
        start = time.monotonic()
        code, out, err = cli(capsys, "analyse", EXAMPLE, "--out", tmp_path / "o", "--scheduler", address)
        assert time.monotonic() - start < 3 * 1.0 + 10  # the probe's timeout, not a hang
    finally:
        stop()
    assert code == 2 and out == ""
    assert message in one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("address", ["foo", "tcp://", "http://127.0.0.1:8786", "127.0.0.1:99999", "tcp://a b:1"])
def test_d_a_bad_scheduler_address_is_refused(tmp_path, capsys, address):
    """Old: `--scheduler foo` was an "internal error: ValueError"."""
    code, _, err = cli(capsys, "analyse", EXAMPLE, "--out", tmp_path / "o", "--scheduler", address)
    assert code == 2
    assert "not a Dask scheduler address" in one_line(err) and "tcp://HOST:PORT" in err


@pytest.mark.parametrize("workers", ["1", "2"])
def test_d_a_long_text_is_analysed_in_parts_and_written_as_it_goes(tmp_path, capsys, monkeypatch, workers):
    """Old: a 50 MB text was analysed whole, 12.8 GB peak (about 255 bytes per character). Now no stage
    sees more than a part (here cut at 3,000 characters instead of 1,000,000) and the parts' rows go to
    the staging folder as they come; the peak itself: benchmarks/bench_memory.py (under 2 GB for 50 MB)."""
    from helpers import long_text, pipeline

    monkeypatch.setattr(long_text, "PART_CHARS", 3_000)
    monkeypatch.setattr(long_text, "PART_SIZE", 3_000)
    seen: list[int] = []
    analyse = pipeline.analyse_article
    monkeypatch.setattr(pipeline, "analyse_article", lambda art, **kw: seen.append(len(art.text)) or analyse(art, **kw))
    text = SEED.read_text("utf-8") * 2
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "texts" / "short.txt").write_text(EXAMPLE.read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "o"
    code, _, err = cli(capsys, "analyse", tmp_path / "texts", "--out", out, "--workers", workers,
                       "--force-workers")
    assert code == 0, err
    assert f"long.txt: {len(text):,} characters, analysed in " in err and "long.txt: no charts" in err
    if workers == "1":  # the pool's workers are other processes: only the serial run is seen here
        assert len(seen) > 4 and max(seen) < 3_000 + 1_000  # a part ends at the paragraph after 3,000
    files = json.loads((out / "manifest.json").read_text("utf-8"))["document_files"]
    assert {f[:-4] for f in files["long"] if f.endswith(".csv")} == set(pipeline.TABLES)
    for name in ("statements", "sentence_sentiment", "topic_mentions"):
        rows = json.loads((out / "docs" / "long" / f"{name}.json").read_text("utf-8"))
        assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    doc = json.loads((out / "documents.json").read_text("utf-8"))[0]
    assert doc["characters"] == len(text) and doc["statements"] == len(
        json.loads((out / "docs" / "long" / "statements.json").read_text("utf-8")))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_d_skip_errors_keeps_integer_columns_integer(tmp_path, capsys):
    """Old: one skipped document turned characters, words, sentences ... into floats ("123.0")."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00" * 10)
    out = tmp_path / "o"
    code, _, err = cli(capsys, "analyse", EXAMPLE, bad, "--out", out, "--skip-errors", "--charts", "off")
    assert code == 0, err
    rows = json.loads((out / "documents.json").read_text("utf-8"))
    for col in ("characters", "words", "sentences", "paragraphs", "statements", "speakers"):
        assert isinstance(rows[0][col], int) and rows[1][col] is None, col
    import csv

    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        first, second = list(csv.DictReader(fh))
    assert first["characters"] == str(len(EXAMPLE.read_text("utf-8"))) and second["characters"] == ""


def test_d_a_file_name_that_is_not_utf8_does_not_abort(tmp_path, capsys):
    """Old: one such name aborted the whole run with an internal UnicodeEncodeError, --skip-errors or not."""
    folder = tmp_path / "texts"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(odd, "wb") as fh:
        fh.write(EXAMPLE.read_bytes())
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "wb") as fh:
        fh.write(b"\x00\x01")
    out = tmp_path / "o"
    code, _, err = cli(capsys, "analyse", folder, "--out", out, "--skip-errors", "--charts", "off")
    assert code == 0, err
    rows = json.loads((out / "documents.json").read_text("utf-8"))
    assert [r["file"] for r in rows] == ["bad\\xff.txt", "caf\\xe9.txt"]
    assert rows[0]["status"].startswith(str(folder) + "/bad\\xff.txt: ") and rows[1]["status"] == "ok"
    assert json.loads((out / "manifest.json").read_text("utf-8"))["inputs"] == ["bad\\xff.txt", "caf\\xe9.txt"]


# -- e. encodings: UTF-16/32 by their byte order mark, cp1252 told from latin-1, NUL anywhere ----------

DIPLOMATIC = "Genève — the envoy said the talks were “useful” – and ‘frank’…\n\nBoth sides agreed.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be-bom", "utf-32", "utf-32-be-bom"])
def test_e_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path, capsys, codec):
    """Old: UTF-16 was "looks like a binary file"; now the byte order mark names the codec."""
    data = ("\ufeff" + DIPLOMATIC).encode(codec[:-4]) if codec.endswith("-bom") else DIPLOMATIC.encode(codec)
    p = tmp_path / "wide.txt"
    p.write_bytes(data)
    code, out, err = cli(capsys, "sentences", p)
    assert code == 0, err
    expected = main(["sentences", "--text", DIPLOMATIC]), capsys.readouterr().out
    assert out == expected[1]  # the same sentences, offsets and all, as the text itself


def test_e_utf16_without_a_byte_order_mark_is_one_line_naming_the_fix(tmp_path, capsys):
    """Old: "binary". Must hold: exit 2, one line naming the file and the --encoding that reads it; and
    following the hint reads the text exactly."""
    p = tmp_path / "no-bom.txt"
    p.write_bytes(DIPLOMATIC.encode("utf-16-le"))
    code, out, err = cli(capsys, "structure", p)
    line = one_line(err)
    assert code == 2 and out == ""
    assert str(p) in line and "UTF-16-LE" in line and "--encoding utf-16-le" in line
    code, out, err = cli(capsys, "structure", p, "--encoding", "utf-16-le")
    assert code == 0, err
    assert json.loads(out)["characters"] == len(DIPLOMATIC)


@pytest.mark.parametrize("codec, text", [
    ("cp1252", DIPLOMATIC.replace("…", "...") + "Price: 5 €.\n"),  # curly quotes, dashes, euro: 0x80-0x9F
    ("latin-1", "Genève, le 7 décembre. « Nous négocions », a déclaré le ministre.\n"),  # none of them
])
def test_e_cp1252_is_told_from_latin1_and_the_hint_does_not_corrupt(tmp_path, capsys, codec, text):
    """Old: a cp1252 file got the hint latin-1, and following it turned “ ” – — into C1 control codes."""
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(codec))
    code, out, err = cli(capsys, "sentences", p)
    assert code == 2 and out == ""
    assert f"--encoding {codec}" in one_line(err)
    code, out, err = cli(capsys, "sentences", p, "--encoding", codec)
    assert code == 0, err
    assert all(row["text"] in text for row in json.loads(out))  # sentences as written, in the file's text
    from helpers.article import load_article

    assert load_article(p, encoding=codec).text == text  # every dash and quotation mark as written


@pytest.mark.parametrize("where", ["file", "file with --encoding", "text"])
def test_e_a_nul_anywhere_is_refused(tmp_path, capsys, where):
    """Old: only the first megabyte was checked, and a NUL after it got into the CSVs."""
    body = (SENTENCE + "\n\n") * (1_200_000 // (len(SENTENCE) + 2))  # past the first megabyte
    p = tmp_path / "late-nul.txt"
    p.write_bytes(body.encode() + b"The end\x00.\n")
    if where == "text":
        code, out, err = cli(capsys, "sentences", "--text", SENTENCE + "\x00")
    else:
        code, out, err = cli(capsys, "sentences", p, *(["--encoding", "latin-1"] if "encoding" in where else []))
    assert code == 2 and out == ""
    assert "NUL" in one_line(err)


# -- f. Markdown and HTML: linear time on hostile lines, no script or style text ------------------------

#: Seconds allowed for a hostile 200 KB input: linear code needs well under one, the old link pattern 84.
HOSTILE_SECONDS = 10


@pytest.mark.parametrize("name, text", [
    ("200 KB of [", "[" * 200_000),
    ("a .txt with a # heading and 100 KB of [", "# Talks\n\n" + "[" * 100_000),
    ("unclosed links", "# Talks\n\n" + "[a](" * 50_000),
    ("unclosed images", "# Talks\n\n" + "![" * 100_000),
    ("a table line of spaces", "# Talks\n\n" + " " * 200_000 + "|x"),
    ("unclosed scripts", "# Talks\n\n" + "<script>" * 25_000),
])
def test_f_markdown_takes_linear_time_on_hostile_lines(tmp_path, capsys, name, text):
    """Old: the Markdown link pattern took 84 s on 200 KB of "[" (23 s for 100 KB behind a # heading)."""
    p = tmp_path / "hostile.txt"
    p.write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    code, _, err = cli(capsys, "structure", p)
    assert time.perf_counter() - t0 < HOSTILE_SECONDS, name
    assert code in (0, 2) and "Traceback" not in err  # read, or one line (all of it a script: no text)


@pytest.mark.parametrize("suffix, page", [
    (".md", "# Talks in Geneva\n\nThe envoy spoke.<script>var secret = 'SCRIPT TEXT';</script> Both agreed.\n\n"
            "<style>\np { color: red } /* STYLE TEXT */\n</style>\n\n<SCRIPT type='x'>\nSCRIPT TEXT\n</SCRIPT>\n"
            "The talks ended.\n"),
    (".html", "<html><head><style>p{}</style></head><body><h1>Talks in Geneva</h1><p>The envoy spoke.</p>"
              "<script>document.write('SCRIPT TEXT')</script><style>STYLE TEXT</style><p>The talks ended.</p>"
              "</body></html>"),
])
def test_f_script_and_style_bodies_are_not_article_text(tmp_path, capsys, suffix, page):
    """Old: Markdown kept <script> bodies as article text (HTML dropped them already)."""
    p = tmp_path / f"page{suffix}"
    p.write_text(page, encoding="utf-8")
    code, out, err = cli(capsys, "sentences", p)
    assert code == 0, err
    text = " ".join(row["text"] for row in json.loads(out))
    assert "SCRIPT" not in text and "STYLE" not in text and "secret" not in text
    assert "The envoy spoke." in text and "The talks ended." in text


def test_f_a_script_tag_written_as_code_is_kept():
    """`<script>` inside backticks is code shown in the article, not an element: the text after it stays."""
    from helpers.formats import render_markdown

    text = render_markdown("# Web\n\nThe `<script>` tag runs code.\n\nThe talks ended.\n")[0]
    assert text == "Web\n\nThe <script> tag runs code.\n\nThe talks ended."
