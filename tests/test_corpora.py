"""Robustness: every stage over every text in ../shared/corpora (issues 2, 3, 4, 5).

One pass per document runs the whole pipeline (reading, sentences, tokens, attribution, sentiment, topics:
``helpers.pipeline.analyse_article``) in a two-process pool and checks the invariants each stage promises:
no exception, every span round-trips (``text[start:end]`` gives back the row's text), statement contents,
speaker mentions and cues lie inside the text, scores lie in -1..1, topic mentions round-trip. Reading each
file once for all stages keeps this within the suite's time budget.

By default every 5th file is read (``conftest.sample``); ``pytest --full`` or ``HELPERS_TEST_FULL=1`` reads
them all. Without ../shared the test skips locally and fails under CI.
"""

from __future__ import annotations

import math
import os
import warnings
from concurrent.futures import ProcessPoolExecutor

import pytest
from conftest import SAMPLE_STEP, full_run, sample, skip_or_fail


def _spans_ok(text: str, table, start: str, end: str, col: str | None = None) -> bool:
    # plain lists, not a pandas lookup per row: the tokens table has thousands of rows per document
    values = table[col].tolist() if col is not None else [None] * len(table)
    for a, b, value in zip(table[start].tolist(), table[end].tolist(), values, strict=True):
        if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
            continue
        a, b = int(a), int(b)
        if a < 0 and b < 0:  # "no such span" (e.g. a statement without a cue word)
            continue
        if not (0 <= a <= b <= len(text)):
            return False
        if col is not None and text[a:b] != value:
            return False
    return True


def check_document(path: str) -> list[str]:
    """Run every stage on one file and return the broken promises (empty when all hold)."""
    from helpers.article import load_article
    from helpers.pipeline import analyse_article

    name = os.path.basename(path)
    problems: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unbalanced quotation marks are reported, not errors
            art = load_article(path)
            text = art.text
            s, t = art.sentences, art.tokens
            tables = analyse_article(art)
    except Exception as exc:
        return [f"{name}: {type(exc).__name__}: {exc}"]
    if len(s) == 0 or len(t) == 0:
        problems.append("no sentences or tokens")
    if not _spans_ok(text, s, "start", "end", "text"):
        problems.append("a sentence span does not round-trip")
    if not _spans_ok(text, t, "start", "end", "token"):
        problems.append("a token span does not round-trip")
    if "".join(t["token"]) != "".join(text.split()):
        problems.append("tokens do not cover the text")
    st = tables["statements"]
    if not _spans_ok(text, st, "start", "end", "text"):
        problems.append("a statement's content is not the text at its offsets")
    if not _spans_ok(text, st, "speaker_start", "speaker_end", "speaker_mention"):
        problems.append("a speaker mention is not the text at its offsets")
    if not _spans_ok(text, st, "cue_start", "cue_end"):
        problems.append("a cue lies outside the text")
    from helpers.attribution.speakers import speaker_mentions
    from helpers.attribution.statements import quotations

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q, sm = quotations(art), speaker_mentions(art)
    if not _spans_ok(text, q, "start", "end", "text"):
        problems.append("a quotation does not round-trip")
    if not _spans_ok(text, sm, "start", "end", "text"):
        problems.append("a speaker mention does not round-trip")
    if tables["speakers"]["n_statements"].sum() != len(st):
        problems.append("speakers' statement counts do not add up to the statements")
    m = tables["topic_mentions"]
    if not _spans_ok(text, m, "start", "end", "text"):
        problems.append("a topic mention does not round-trip")
    sc = tables["statement_sentiment"]
    for col in ("vader", "textblob", "score"):
        if col in sc.columns and len(sc) and not sc[col].dropna().between(-1, 1).all():
            problems.append(f"a {col} score outside -1..1")
    return [f"{name}: {p}" for p in problems] or [f"ok {name} {len(st)}"]


@pytest.fixture(scope="module")
def corpus_files(shared_dir):
    files = sorted(str(p) for p in (shared_dir / "corpora").rglob("*.txt"))
    if not files:
        skip_or_fail(f"no texts under {shared_dir / 'corpora'}")
    return files


def test_every_stage_over_every_corpus_text(corpus_files):
    assert len(corpus_files) > 2000  # both corpora are there
    chosen = sample(corpus_files)  # every 5th file; all of them with --full
    workers = min(2, os.cpu_count() or 1)
    with ProcessPoolExecutor(workers) as pool:
        found = [p for result in pool.map(check_document, chosen, chunksize=8) for p in result]
    problems = [p for p in found if not p.startswith("ok ")]
    assert not problems, problems[:10]
    assert len(found) == len(chosen)  # every chosen file was read
    # Wikinews is full of quotations: the attribution rules must find them (over 1000 in all the files)
    wikinews = sum(int(p.split()[-1]) for p in found if p.startswith("ok wikinews"))
    assert wikinews > (1000 if full_run() else 1000 // SAMPLE_STEP)


def test_check_document_finds_broken_spans(tmp_path, monkeypatch):
    """The checker itself can fail: a tokens table whose offsets are shifted is reported."""
    import helpers.tokens as tok

    good = tmp_path / "a.txt"
    good.write_text('Talks ended. "We agree," the minister said.', encoding="utf-8")
    assert check_document(str(good)) == ["ok a.txt 1"]
    original = tok.tokens_table

    def shifted(article):
        df = original(article)
        df["start"] = df["start"] + 1
        return df

    monkeypatch.setattr(tok, "tokens_table", shifted)
    assert any("token span" in p for p in check_document(str(good)))
