"""The command line: JSON and CSV output, one-line errors, exit codes (issue 2)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from helpers.article import load_article
from helpers.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True, text=True, timeout=120)


def test_structure_json(seed_path):
    r = run("structure", str(seed_path))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["headline"] == "Putin, Biden to hold talks via live link-up on Tuesday"
    assert data["standfirst"].endswith("the bilateral agenda")
    assert data["dateline"]["places"] == ["MOSCOW", "WASHINGTON"]
    assert data["dateline"]["agency"] == "TASS"
    assert [s["heading"] for s in data["sections"]][1:] == [
        "Talking from Sochi via secure line",
        "Implementation of previous agreements",
        "NATO’s eastward expansion",
        "Media hysteria",
        "Need for direct dialogue",
    ]
    assert all({"heading", "start", "end"} <= set(s) for s in data["sections"])


@pytest.mark.parametrize("command", ["sentences", "tokens"])
def test_tables_as_json_and_csv(seed_path, command, capsys):
    art = load_article(seed_path)
    assert main([command, str(seed_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    table = getattr(art, command)
    assert len(rows) == len(table)
    assert list(rows[0]) == list(table.columns)
    for r in rows[:50]:
        key = "text" if command == "sentences" else "token"
        assert art.text[r["start"] : r["end"]] == r[key]
    assert main([command, str(seed_path), "--format", "csv"]) == 0
    back = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(back) == len(table)
    assert int(back[-1]["end"]) == int(table["end"].iloc[-1])


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "directory"),
        (lambda p: ((p / "empty.txt").write_bytes(b"") and p / "empty.txt") or p / "empty.txt", "empty"),
        (lambda p: (p / "bin.txt").write_bytes(bytes(range(256)) * 4) and p / "bin.txt", "binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, needle):
    path = make(tmp_path)
    r = run("tokens", str(path))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert needle in lines[0]


def test_bad_arguments_exit_2(seed_path):
    r = run("tokens", str(seed_path), "--format", "xml")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_import_helpers_loads_no_heavy_library():
    # `import helpers` stays fast because the heavy libraries load on first use (the time itself is
    # measured in benchmarks/bench_split_tokenise.py, not asserted here: the machines are shared)
    r = subprocess.run(
        [sys.executable, "-c", "import sys, helpers; print(sorted(m for m in ('pandas','nltk','matplotlib') if m in sys.modules))"],
        capture_output=True, text=True, check=True,
    )
    assert r.stdout.strip() == "[]"


def test_json_rendering_is_valid_and_readable():
    import pandas as pd

    from helpers.io import render

    df = pd.DataFrame({"t": ["MOSCOW/WASHINGTON", "a\\/b", "c\\", None], "n": [1.5, float("nan"), 2, 3]})
    out = render(df, "json")
    assert "MOSCOW/WASHINGTON" in out  # slashes are not escaped
    assert json.loads(out) == [
        {"t": "MOSCOW/WASHINGTON", "n": 1.5},
        {"t": "a\\/b", "n": None},
        {"t": "c\\", "n": 2.0},
        {"t": None, "n": 3.0},
    ]
