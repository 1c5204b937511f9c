"""python -m helpers analyse: the whole pipeline to a folder — layout, atomic writes, refusals, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT

import helpers
from helpers import cli
from helpers.pipeline import TABLES, analyse_article


@pytest.fixture(scope="module")
def inputs(root):
    return [root / "data" / "examples" / "press_briefing_2025-03-04_transcript.txt",
            root / "data" / "examples" / "wire_2025-03-07_water-talks.html"]


def _run(capsys, *argv):
    code = cli.main(["analyse", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_analyse_writes_every_table(tmp_path, capsys, inputs):
    out_dir = tmp_path / "results"
    code, out, err = _run(capsys, *inputs, "--out", out_dir, "--charts", "off")
    assert code == 0, err
    assert err == ""  # no progress bar when stderr is not a terminal (short run)
    report = json.loads(out)
    assert report["documents"] == 2 and report["ok"] == 2
    top = sorted(p.name for p in out_dir.iterdir())
    assert top == sorted(["docs", "manifest.json", *(f"{t}.{e}" for t in
                          ("documents", "speakers", "topics", "document_topics", "stance")
                          for e in ("csv", "json"))])
    for doc_id, art_path in zip(("press_briefing_2025-03-04_transcript", "wire_2025-03-07_water-talks"),
                                inputs, strict=True):
        folder = out_dir / "docs" / doc_id
        for table in TABLES:
            csv = pd.read_csv(folder / f"{table}.csv", keep_default_na=False)
            rows = json.loads((folder / f"{table}.json").read_text(encoding="utf-8"))
            assert len(csv) == len(rows), table
        # offsets in the written tables index the Article text of the same file
        art = helpers.load_article(art_path)
        for row in json.loads((folder / "statements.json").read_text(encoding="utf-8")):
            assert art.text[row["start"]:row["end"]] == row["text"]
    turns = pd.read_csv(out_dir / "docs" / "press_briefing_2025-03-04_transcript" / "turns.csv")
    assert len(turns) == 12
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"] == [p.name for p in inputs]
    assert "/" not in json.dumps(manifest["inputs"])
    # nothing but the results folder was created beside it
    assert [p.name for p in tmp_path.iterdir()] == ["results"]


def test_analyse_draws_every_chart(tmp_path, capsys, inputs):
    from helpers.pipeline import chart_specs

    code, _, err = _run(capsys, inputs[1], "--out", tmp_path / "o", "--charts", "on")
    assert code == 0, err
    folder = tmp_path / "o" / "docs" / "wire_2025-03-07_water-talks"
    art = helpers.load_article(inputs[1])
    names = [spec[0] for spec in chart_specs(art, analyse_article(art))]
    assert len(names) >= 7
    for name in names:
        assert (folder / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name


def test_analyse_refuses_non_empty_dir_and_force_replaces(tmp_path, capsys, inputs):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "keep.txt").write_text("mine", encoding="utf-8")
    code, out, err = _run(capsys, inputs[1], "--out", out_dir, "--charts", "off")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "not empty" in err and "--force" in err
    assert (out_dir / "keep.txt").exists()
    # --force replaces only an earlier results folder (issue 17): a folder of the user's own is refused
    code, out, err = _run(capsys, inputs[1], "--out", out_dir, "--force", "--charts", "off")
    assert code == 2 and err.count("\n") == 1 and "not an earlier results folder" in err
    assert [p.name for p in out_dir.iterdir()] == ["keep.txt"]
    results = tmp_path / "results"
    code, _, err = _run(capsys, inputs[0], "--out", results, "--charts", "off")
    assert code == 0, err
    code, out, err = _run(capsys, inputs[1], "--out", results, "--force", "--charts", "off")
    assert code == 0, err
    assert (results / "documents.csv").exists()
    assert [p.name for p in (results / "docs").iterdir()] == ["wire_2025-03-07_water-talks"]
    assert not list((results / "docs" / "wire_2025-03-07_water-talks").glob("*.png"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "results"]  # no staging or old folders


def test_analyse_force_never_deletes_its_inputs(tmp_path, capsys):
    src = tmp_path / "texts"
    src.mkdir()
    (src / "a.txt").write_text("The minister said the talks were useful.\n", encoding="utf-8")
    code, _, err = _run(capsys, src / "a.txt", "--out", src, "--force")
    assert code == 2 and "holds the input files" in err
    assert (src / "a.txt").exists()


def test_interrupted_run_leaves_no_results(tmp_path, capsys, inputs, monkeypatch):
    """A failure after the first document: DIR keeps its old contents, no partial folder remains."""
    from helpers import corpus

    out_dir = tmp_path / "out"
    code, _, err = _run(capsys, inputs[1], "--out", out_dir, "--charts", "off")  # the earlier results
    assert code == 0, err
    before = sorted(p.relative_to(out_dir) for p in out_dir.rglob("*"))
    real = corpus.write_table
    calls = {"n": 0}

    def failing(df, folder, name):
        calls["n"] += 1
        if calls["n"] > 3:
            raise KeyboardInterrupt
        return real(df, folder, name)

    monkeypatch.setattr(corpus, "write_table", failing)
    code, _, err = _run(capsys, *inputs, "--out", out_dir, "--force", "--charts", "off")
    assert code == 130 and "interrupted" in err
    assert sorted(p.relative_to(out_dir) for p in out_dir.rglob("*")) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_file_names_are_sanitised(tmp_path, capsys):
    weird = tmp_path / "in" / "..strange name; $(rm) é.txt"
    weird.parent.mkdir()
    weird.write_text("Talks\n\nThe minister said the talks were useful.\n", encoding="utf-8")
    code, _, err = _run(capsys, weird, "--out", tmp_path / "out", "--charts", "off")
    assert code == 0, err
    assert [p.name for p in (tmp_path / "out" / "docs").iterdir()] == ["strange_name_rm_e"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"\x00\x01\x02" * 50, "binary"), (b"", "empty"),
     (b"\xff\xfe\xfa bad", "not valid")],
)
def test_bad_input_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = _run(capsys, path, "--out", tmp_path / "out")
    assert code == 2 and out == ""
    assert err.startswith("helpers analyse: error:") and err.count("\n") == 1 and message in err
    assert not (tmp_path / "out").exists()


def test_skip_errors_and_metadata(tmp_path, capsys, inputs):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)  # binary (a UTF-32 byte order mark would now decode)
    meta = tmp_path / "meta.csv"
    meta.write_text("file,desk\nwire_2025-03-07_water-talks.html,Geneva\n", encoding="utf-8")
    code, out, err = _run(capsys, inputs[1], bad, "--out", tmp_path / "o", "--skip-errors",
                          "--metadata", meta, "--format", "csv", "--charts", "off")
    assert code == 0, err
    docs = pd.read_csv(tmp_path / "o" / "documents.csv", keep_default_na=False)
    assert docs["status"].tolist()[0] == "ok" and docs["status"].tolist()[1] != "ok"
    assert docs["desk"].tolist() == ["Geneva", ""]
    assert out.startswith("doc_id,file,format")  # --format csv prints the documents table


def test_bad_options(tmp_path, capsys, inputs):
    with pytest.raises(SystemExit) as exc:
        cli.main(["analyse", str(inputs[0]), "--out", str(tmp_path / "o"), "--workers", "0"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        cli.main(["analyse", str(inputs[0]), "--out", str(tmp_path / "o"), "--dask", "--scheduler", "x"])
    code, _, err = _run(capsys, inputs[0], "--out", tmp_path / "o", "--metadata", tmp_path / "none.csv")
    assert code == 2 and "metadata file not found" in err


def test_input_format_forced(tmp_path, capsys):
    p = tmp_path / "page.txt"
    p.write_text("<html><body><h1>Talks</h1><p>The minister said the talks were useful.</p></body></html>",
                 encoding="utf-8")
    code, _, err = _run(capsys, p, "--out", tmp_path / "o", "--input-format", "html", "--charts", "off")
    assert code == 0, err
    docs = pd.read_csv(tmp_path / "o" / "documents.csv")
    assert docs["format"].tolist() == ["html"]
    assert cli.main(["structure", str(p), "--format-in", "html"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Talks"


def test_scheduler_run_equals_serial(tmp_path, capsys, inputs, dask_client):
    code, _, err = _run(capsys, *inputs, "--out", tmp_path / "serial", "--charts", "off")
    assert code == 0, err
    code, _, err = _run(capsys, *inputs, "--out", tmp_path / "dask", "--charts", "off",
                        "--scheduler", dask_client.scheduler.address)
    assert code == 0, err
    for name in ("documents.csv", "speakers.csv", "topics.csv",
                 "docs/wire_2025-03-07_water-talks/statements.csv"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_narrator_rows_reuse_sentence_scores(seed_path):
    """The pipeline scores each sentence once; its statement table equals score_statements'."""
    from helpers.sentiment import score_statements

    art = helpers.load_article(seed_path)
    tables = analyse_article(art)
    pd.testing.assert_frame_equal(tables["statement_sentiment"],
                                  score_statements(art, statements=tables["statements"]))
    sents = tables["sentence_sentiment"]
    assert len(sents) == len(art.sentences)
    for r in sents.itertuples():
        assert art.text[r.start:r.end] == r.text


def test_module_entry_point(tmp_path, inputs):
    """The real command line (a subprocess): exit code and one-line error."""
    run = subprocess.run([sys.executable, "-m", "helpers", "analyse", str(tmp_path / "nope.txt"), "--out",
                          str(tmp_path / "o")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip().count("\n") == 0 and "no such file" in run.stderr


def test_progress_lines_on_long_runs_without_a_terminal(capsys):
    from helpers.corpus import _LogProgress, _progress

    bar = _progress(300, None)  # stderr is captured here: not a terminal
    assert isinstance(bar, _LogProgress)
    for _ in range(300):
        bar.update(1)
    err = capsys.readouterr().err
    assert "\r" not in err and err.strip().splitlines()[-1].startswith("analyse: 300/300 documents (100 %)")
    quiet = _progress(10, None)
    quiet.update(1)
    quiet.close()
    assert capsys.readouterr().err == ""


EXAMPLES = sorted(p for p in (ROOT / "data" / "examples").iterdir() if p.name != "README.md")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_pipeline_statement_sentiment_equals_score_statements(path):
    """The pipeline's narrator rows follow the same rule as score_statements on every example text."""
    from helpers.sentiment import score_statements

    art = helpers.load_article(path)
    tables = analyse_article(art)
    pd.testing.assert_frame_equal(tables["statement_sentiment"], score_statements(art, statements=tables["statements"]))


def test_tables_share_no_memory_with_the_article(seed_path):
    """Editing a returned table in place leaves the article's own sentences and tokens as they were
    (the tables are built from arrays without copies where that is safe, never from the article's)."""
    from helpers.article import load_article

    art = load_article(seed_path)
    sentences, tokens = art.sentences.copy(), art.tokens.copy()
    tables = analyse_article(art)
    edited = 0
    for table in tables.values():
        if len(table) < 2:
            continue
        for col in table.columns:
            table.loc[table.index[0], col] = table[col].iloc[-1]
            edited += 1
    assert edited > 50
    pd.testing.assert_frame_equal(art.sentences, sentences)
    pd.testing.assert_frame_equal(art.tokens, tokens)
