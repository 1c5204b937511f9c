"""Bad input, everywhere (issue 7): every entry point gives a correct result or one clear message.

The matrix runs every CLI subcommand that reads a PATH (taken from the CLI's own registry, so a new
subcommand is covered the day it is added), ``load_article``, the lexicon loaders and the topic-dictionary
loader over the inputs that break text tools: empty, white space only, random bytes, cp1251, Latin-1, a
5 MB single line, 50,000 unbalanced quotation marks, HTML with scripts, a directory, a missing path, a
named pipe (reading one blocks for ever) and a file the user cannot read. Each run must finish within a
time limit, and either succeed with parseable output or exit non-zero with exactly one line on stderr and
nothing on stdout — never a traceback.

The two heavy inputs (5 MB, 50,000 quotation marks) cost seconds per command, so by default they go
through representative commands only (``conftest.representative``): ``sentences`` and ``topics`` in the
matrix, ``sentiment`` (reading, splitting, attribution, speaker mentions, scoring: the longest chain) in a
subprocess. ``pytest --full`` (or ``HELPERS_TEST_FULL=1``) sends them through every command. Every light
input goes through every command in both runs.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import representative, skip_or_fail

from helpers.article import load_article
from helpers.cli import COMMANDS, main
from helpers.errors import InputError

TIME_LIMIT = 120  # seconds for one entry point on one input: far above normal, far below a hang


def _write(folder: Path, name: str, data: bytes) -> Path:
    p = folder / name
    p.write_bytes(data)
    return p


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    rng = random.Random(7)
    # realistic prose (sentences of news length), 5 MB with no line break at all
    prose = (
        'Diplomats from both countries met in Geneva on Tuesday to discuss strategic stability and arms control. '
        '"We had a frank and useful exchange," the deputy foreign minister told reporters after the talks. '
        "According to the ministry, the next round of consultations will take place in the spring. "
        "Washington said it would consult its European allies before any decision on sanctions. "
    )
    fifo = d / "pipe.txt"
    os.mkfifo(fifo)
    files = {
        "empty": _write(d, "empty.txt", b""),
        "whitespace": _write(d, "blank.txt", b"  \n\t \r\n   \n"),
        "random bytes": _write(d, "random.bin", bytes(rng.randrange(256) for _ in range(4096))),
        "cp1251": _write(d, "cp1251.txt", ("Москва, 7 декабря. Песков заявил: «Переговоры будут». " * 20).encode("cp1251")),
        "latin-1": _write(d, "latin1.txt", ("Genève, le 7 décembre. « Nous négocions », a déclaré le ministre. " * 20).encode("latin-1")),
        "5 MB single line": _write(d, "long.txt", (prose * (5_000_000 // len(prose) + 1))[:5_000_000].encode()),
        "50,000 unbalanced quotes": _write(d, "quotes.txt", ('He said "no ' * 50_000).encode()),
        "html with scripts": _write(
            d,
            "page.html",
            b"<html><head><script>var secret = 'SCRIPT TEXT';</script><style>p{color:red}</style></head>"
            b"<body><h1>Talks in Geneva</h1><p>Diplomats met on Tuesday. \"We agree,\" the envoy said.</p>"
            b"<script>alert('SCRIPT TEXT')</script></body></html>",
        ),
        "directory": d,
        "missing": d / "no-such-file.txt",
        "named pipe": fifo,
    }
    unreadable = _write(d, "unreadable.txt", b"Some perfectly good text. It cannot be read.")
    unreadable.chmod(0)
    files["unreadable"] = unreadable
    return files


# Inputs whose only correct outcome is an error; the others may succeed.
MUST_FAIL = {"empty", "whitespace", "random bytes", "directory", "missing", "named pipe", "unreadable"}
HEAVY = {"5 MB single line", "50,000 unbalanced quotes"}


@contextmanager
def time_limit(seconds: int):
    def alarm(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def path_commands() -> list[str]:
    return [name for name, cmd in COMMANDS.items() if cmd.takes_path]


def _argv(command: str, path: Path, out_dir: Path) -> list[str]:
    argv = [command, str(path)]
    if command == "analyse":
        argv += ["--out", str(out_dir)]
    return argv


CASES = [
    "empty", "whitespace", "random bytes", "cp1251", "latin-1", "5 MB single line", "50,000 unbalanced quotes",
    "html with scripts", "directory", "missing", "named pipe",
]  # fmt: skip
# The heavy inputs go through the quick stages here, and through the others once, in a subprocess with
# a hard limit (test_heavy_inputs_through_the_pipeline): running them in both places would double the cost.
QUICK = ("structure", "sentences", "tokens", "topics")
# Sampled run: the heavy inputs through the splitter and the tokeniser + topic dictionary (``tokens`` alone
# mostly measures printing a million rows as JSON, ``structure`` is a prefix of ``sentences``).
HEAVY_QUICK = representative(QUICK, ("sentences", "topics"))
MATRIX = [
    (command, case)
    for command in path_commands()
    for case in CASES
    if case not in HEAVY or command in HEAVY_QUICK
]
# The stages after tokens, each of which runs attribution; ``sentiment`` runs it, the speaker mentions and
# the scorers, so the sampled run takes it alone. ``analyse`` runs the same stages as these.
DEEP = [c for c in path_commands() if c not in QUICK and c != "analyse"]
HEAVY_DEEP = representative(DEEP, ("sentiment",))


@pytest.mark.parametrize(("command", "case"), MATRIX)
def test_cli_matrix(inputs, tmp_path, capsys, command, case):
    out_dir = tmp_path / "out"
    with time_limit(TIME_LIMIT):
        code = main(_argv(command, inputs[case], out_dir))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if code == 0:
        assert case not in MUST_FAIL, f"{command} accepted {case}"
        if command == "analyse":
            assert out_dir.is_dir()
        else:
            json.loads(out)
        if case == "html with scripts":
            assert "SCRIPT TEXT" not in out  # scripts are not text
    else:
        assert code != 0 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert command in lines[0] and "error" in lines[0]
        assert not out_dir.exists() or not any(out_dir.iterdir()), "partial output left behind"


def test_heavy_inputs_through_the_pipeline(inputs):
    """The two heavy inputs through the deep stages, each in a subprocess with a hard time limit.

    The runs are independent processes, so two go at once (the test process only waits).
    """
    cells = [(case, command) for case in sorted(HEAVY) for command in HEAVY_DEEP]
    assert {case for case, _ in cells} == HEAVY and "sentiment" in HEAVY_DEEP

    def run(cell):
        case, command = cell
        return subprocess.run(
            [sys.executable, "-m", "helpers", command, str(inputs[case])],
            capture_output=True, text=True, timeout=TIME_LIMIT * 2,
        )  # fmt: skip

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, cells))
    for (case, command), r in zip(cells, results, strict=True):
        assert "Traceback" not in r.stderr, (case, command)
        assert r.returncode == 0 or len(r.stderr.strip().splitlines()) == 1, (case, command, r.stderr)


def test_unreadable_file(inputs):
    path = inputs["unreadable"]
    if not _running_as_root():
        with pytest.raises(InputError, match="permission denied"):
            load_article(path)
        return
    # root reads any file: run the CLI as root without the capabilities that override file permissions
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        skip_or_fail("running as root and util-linux's setpriv is not installed to drop CAP_DAC_OVERRIDE")
    drop = "-dac_override,-dac_read_search"
    r = subprocess.run(
        [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}", sys.executable, "-m", "helpers", "tokens", str(path)],
        capture_output=True, text=True, timeout=TIME_LIMIT,
    )  # fmt: skip
    assert r.returncode == 2, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert "permission denied" in r.stderr


@pytest.mark.parametrize("case", sorted(MUST_FAIL - {"unreadable"}))
def test_load_article_refuses(inputs, case):
    with time_limit(TIME_LIMIT), pytest.raises(InputError) as info:
        load_article(inputs[case])
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("case", ["cp1251", "latin-1"])
def test_legacy_encodings_get_a_hint(inputs, case):
    with pytest.raises(InputError, match="encoding="):
        load_article(inputs[case])


@pytest.mark.parametrize("case", [*sorted(MUST_FAIL - {"unreadable"}), "cp1251", "latin-1", "random bytes"])
def test_lexicon_and_dictionary_loaders_refuse(inputs, case):
    from helpers import lexicons
    from helpers.topics import load_dictionary

    for loader in (lexicons.stopwords, lexicons.abbreviations, load_dictionary):
        with time_limit(30), pytest.raises(InputError) as info:
            loader(inputs[case])
        assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "case", ["empty", "whitespace", "random bytes", "cp1251", "latin-1", "50,000 unbalanced quotes", "html with scripts"]
)
def test_score_reads_bad_standard_input(inputs, case):
    """`score` reads standard input, not a PATH: the same inputs, piped in."""
    r = subprocess.run(
        [sys.executable, "-m", "helpers", "score"],
        input=inputs[case].read_bytes(), capture_output=True, timeout=TIME_LIMIT,
    )  # fmt: skip
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    if r.returncode == 0:
        assert case not in MUST_FAIL
        json.loads(r.stdout)
    else:
        assert r.returncode == 2 and r.stdout == b""
        assert len(err.strip().splitlines()) == 1 and "score: error" in err
