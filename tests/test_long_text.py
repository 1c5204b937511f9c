"""A text too long to analyse whole, analysed in parts (helpers.long_text; issue 17, bounded memory).

What must hold: a part's rows are the rows the part gets analysed alone, moved into the whole text (offsets
by the part's start, ids by what came before), so ``text[start:end]`` round-trips on the whole text; the
tables built from running totals (topic counts and ranking, sentence scores) equal the whole text's where
no attribution context crosses the boundary; a part boundary never falls inside a quotation run on over
paragraphs or after a paragraph that introduces the next; written in pieces, a table's files are the
files written whole. Peak memory itself is measured by benchmarks/bench_memory.py, not here.
"""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT

from helpers.article import load_article
from helpers.long_text import CUT_RULES, STREAMED, Offsets, part_bounds, shift_table
from helpers.pipeline import MemoryTables, analyse_article, analyse_long

SEED = ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt"


def _block() -> str:
    """The seed's body (one paragraph per line), without headline, standfirst and dateline: a block that
    reads the same wherever it stands."""
    return "\n".join(SEED.read_text("utf-8").splitlines()[3:]) + "\n"


@pytest.fixture(scope="module")
def doubled():
    """Two copies of the block, analysed whole, in two parts, and each copy alone."""
    block = _block()
    text = block + block
    art = load_article(text=text)
    sink = MemoryTables()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        long = analyse_long(art, sink, part_size=len(block))
        sink.close()
        alone = analyse_article(load_article(text=block))
        whole = analyse_article(art)
    return {"block": block, "text": text, "long": long, "parts": sink.tables, "alone": alone, "whole": whole}


def test_the_cut_falls_between_the_copies(doubled):
    n = len(doubled["block"])
    assert [(p.start, p.end) for p in doubled["long"].bounds] == [(0, n), (n, 2 * n)]


@pytest.mark.parametrize("name", STREAMED)
def test_each_part_gives_the_rows_of_the_part_alone_moved_into_the_whole_text(doubled, name):
    alone, parts = doubled["alone"][name], doubled["parts"][name]
    assert list(parts.columns) == list(alone.columns)
    assert len(parts) == 2 * len(alone)
    first = parts.iloc[:len(alone)].reset_index(drop=True)
    second = parts.iloc[len(alone):].reset_index(drop=True)
    pd.testing.assert_frame_equal(first, alone)
    block = load_article(text=doubled["block"])
    n_statements = int(doubled["alone"]["statements"]["statement_id"].max()) + 1
    by = Offsets(chars=len(block.text), sentences=len(block.sentences), paragraphs=block.n_paragraphs,
                 statements=n_statements)
    expected = shift_table(alone, by)
    if "section_id" in expected.columns:
        # sections are the whole text's: the second copy's lead continues the first copy's last section
        last = block.sections[-1]
        lead = expected["section_id"] == 0
        expected["section_id"] = expected["section_id"] + last.section_id
        expected.loc[lead, "section"] = last.name
    pd.testing.assert_frame_equal(second, expected)


def test_the_second_copy_is_moved_by_hand():
    """One row moved by hand: offsets by the first copy's length, statement and sentence ids by its counts."""
    row = pd.DataFrame({"statement_id": [0], "start": [5], "end": [9], "cue_start": [-1], "sentence_id": [2],
                        "sentence_ids": ["2,3"], "speaker": ["Lavrov"], "section_id": [0]})
    moved = shift_table(row, Offsets(chars=100, sentences=10, paragraphs=4, statements=7))
    assert moved.iloc[0].to_dict() == {"statement_id": 7, "start": 105, "end": 109, "cue_start": -1,
                                       "sentence_id": 12, "sentence_ids": "12,13", "speaker": "Lavrov",
                                       "section_id": 0}


@pytest.mark.parametrize("name", [*STREAMED, "speakers", "topic_ranking"])
def test_offsets_round_trip_on_the_whole_text(doubled, name):
    text, table = doubled["text"], doubled["parts"][name]
    pairs = [("start", "end", "text"), ("first_start", "first_end", "first_mention"),
             ("speaker_start", "speaker_end", "speaker_mention"), ("cue_start", "cue_end", "cue")]
    checked = 0
    for a, b, words in pairs:
        if {a, b, words} <= set(table.columns):
            for s, e, w in zip(table[a], table[b], table[words], strict=True):
                if s >= 0:
                    assert text[s:e] == w
                    checked += 1
    if name == "topic_ranking":  # start, end: the evidence's words, quoted in the evidence column
        for s, e, ev in zip(table["start"], table["end"], table["evidence"], strict=True):
            assert ev.endswith(f'"{text[s:e]}"')
            checked += 1
    assert checked or not len(table)


@pytest.mark.parametrize("name", ["sentence_sentiment", "topic_counts", "topic_ranking"])
def test_totals_equal_the_whole_text_where_no_context_crosses_the_cut(doubled, name):
    """Sentences, their scores, topic counts and the ranking (repeats counted across parts, the lead the
    whole text's) do not depend on who said what, so the parts give the whole text's tables."""
    pd.testing.assert_frame_equal(doubled["parts"][name], doubled["whole"][name])


def test_speakers_are_joined_across_parts(doubled):
    """A speaker of both copies is one row with the statements of both and the first mention in the first."""
    alone, parts = doubled["alone"]["speakers"], doubled["parts"]["speakers"]
    peskov = parts[parts["speaker"] == "Dmitry Peskov"].iloc[0]
    alone_peskov = alone[alone["speaker"] == "Dmitry Peskov"].iloc[0]
    assert peskov["n_statements"] == 2 * alone_peskov["n_statements"]
    assert peskov["first_start"] == alone_peskov["first_start"]
    assert len(parts) == len(alone)  # the block resolves the same names in both copies


def test_speaker_sentiment_and_summary_from_the_kept_scores(doubled):
    from helpers.sentiment import speaker_sentiment

    long, parts = doubled["long"], doubled["parts"]
    pd.testing.assert_frame_equal(parts["speaker_sentiment"], speaker_sentiment(parts["statement_sentiment"]))
    summary = long.summary("d")
    sents = parts["sentence_sentiment"]
    assert summary["sentences"] == len(sents) and summary["statements"] == len(parts["statements"])
    assert summary["characters"] == len(doubled["text"])
    assert summary["sentence_score_mean"] == round(float(sents["score"].mean()), 4)
    assert summary["share_negative"] == round(float((sents["label"] == "negative").mean()), 4)


# -- where to cut -----------------------------------------------------------------------------------------


def _bounds(paragraphs: list[str], size: int) -> list[int]:
    art = load_article(text="\n\n".join(paragraphs) + "\n")
    return [p.first for p in part_bounds(art, size)]


def test_no_cut_inside_a_quotation_run_on_over_paragraphs():
    paras = ["The talks in Geneva lasted two days and ended late on Tuesday.",
             "“We are ready to talk about every question on the table.",
             "“We will not accept ultimatums,” the minister said after the meeting.",
             "The next round is due in March."]
    assert _bounds(paras, 10) == [0, 1, 3]  # not between the two paragraphs of the quotation


def test_no_cut_after_a_paragraph_that_introduces_the_next():
    paras = ["The talks in Geneva lasted two days and ended late on Tuesday.", "The minister said:",
             "“We are ready to talk about every question on the table.”", "The next round is due in March."]
    assert _bounds(paras, 10) == [0, 1, 3]


def test_a_short_text_is_one_part():
    assert _bounds(["The talks ended.", "Both sides said so."], 1_000_000) == [0]


def test_the_cut_rules_are_listed_with_docstrings():
    assert [r.__name__ for r in CUT_RULES] == ["closes_its_quotes", "does_not_introduce"]
    assert all(r.__doc__ and "Rule:" in r.__doc__ for r in CUT_RULES)


# -- writing in pieces ------------------------------------------------------------------------------------


def test_a_table_written_in_pieces_is_the_table_written_whole(tmp_path):
    from helpers.io import FolderTables, write_table

    table = doubled_table()
    (tmp_path / "whole").mkdir()
    write_table(table, tmp_path / "whole", "t")
    sink = FolderTables(tmp_path / "docs").open("d")
    for piece in (table.iloc[:0], table.iloc[:3], table.iloc[3:3], table.iloc[3:]):
        sink.add("t", piece)
    sink.close()
    assert sink.files == ["t.csv", "t.json"]
    for name in sink.files:
        assert (tmp_path / "docs" / "d" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    empty = FolderTables(tmp_path / "docs").open("e")
    empty.add("t", table.iloc[:0])
    empty.close()
    assert json.loads((tmp_path / "docs" / "e" / "t.json").read_text("utf-8")) == []


def doubled_table() -> pd.DataFrame:
    return pd.DataFrame({"id": pd.array([0, None, 2, 3, 4], dtype="Int64"), "score": [0.5, np.nan, -1.25, 2, 3],
                         "text": ["=cmd", "“quoted”", "a/b", None, "plain"]})


def test_a_failed_document_leaves_no_folder(tmp_path):
    from helpers.io import FolderTables

    sink = FolderTables(tmp_path).open("d")
    sink.add("t", doubled_table())
    sink.discard()
    assert not (tmp_path / "d").exists()


# -- the bootstrap in chunks ------------------------------------------------------------------------------


def test_the_bootstrap_in_chunks_draws_what_one_array_would(monkeypatch):
    """bootstrap_ci draws its resamples a chunk at a time (memory flat in the number of statements): the
    interval is the one a single (n_boot, n) draw gives, for chunks that do and do not divide n_boot."""
    from helpers.sentiment import aggregate

    x = np.random.default_rng(7).normal(size=101)
    rng = np.random.default_rng([0, 42])
    means = x.take(rng.integers(0, 101, size=(2000, 101))).mean(axis=1)
    expected = tuple(float(v) for v in np.percentile(means, [2.5, 97.5]))
    for chunk in (101, 999, 1 << 20):
        monkeypatch.setattr(aggregate, "BOOTSTRAP_CHUNK", chunk)
        assert aggregate.bootstrap_ci(x, seed=[0, 42]) == expected


def test_a_long_texts_stance_rows_are_each_parts_target_mentions(doubled):
    """The corpus ``stance`` table's input from a text in parts: every part's target mentions, in order
    (each copy of the block names the same targets, so the rows are the block's rows twice)."""
    alone = doubled["alone"]["stance_targets"]
    assert len(alone) > 0  # the block speaks about Russia, the US, Ukraine and NATO
    once = list(zip(alone["speaker"], alone["target"], alone["label"], strict=True))
    got = [(who, target, label) for who, target, _, label in doubled["long"].stance]
    assert got == once + once
