"""helpers.corpus: inputs, ids, metadata, speaker merging, and serial = pool = Dask on a few texts."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus import (
    analyse_corpus,
    collect_paths,
    document_ids,
    merge_speakers,
    read_metadata,
    safe_name,
)
from helpers.errors import InputError


@pytest.fixture(scope="module")
def small_corpus(root, tmp_path_factory):
    """The seed, the project's example texts and one short story with a bare surname."""
    folder = tmp_path_factory.mktemp("corpus")
    extra = folder / "wire_extra.txt"
    extra.write_text(
        "Talks go on, ministry says\n\nORAVIK, March 9 (Meridian Wire) - Ms. Morel said on Sunday that the "
        "talks would go on. \"We are not leaving the table,\" Morel told reporters.\n",
        encoding="utf-8",
    )
    examples = sorted((root / "data" / "examples").iterdir())
    return [root / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt", *examples, extra]


@pytest.fixture(scope="module")
def serial(small_corpus):
    return analyse_corpus(small_corpus)


# -- inputs ------------------------------------------------------------------------------------------


def test_collect_paths_folder_sorted_and_filtered(tmp_path):
    names = ("b.txt", "a.md", "c.html", ".hidden.txt", "meta.csv", "image.png", "README.md", "LICENSE.txt")
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in collect_paths(tmp_path)] == ["a.md", "b.txt", "c.html"]
    assert [p.name for p in collect_paths([tmp_path / "b.txt", tmp_path / "sub" / ".." / "a.md"])] == [
        "b.txt", "a.md"]
    with pytest.raises(InputError, match="no such file"):
        collect_paths([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="holds no text files"):
        collect_paths(tmp_path / "sub")
    with pytest.raises(InputError, match="no input files"):
        collect_paths([])


def test_ids_are_safe_and_unique(tmp_path):
    from pathlib import Path

    paths = [Path("x/Déjà vu; rm -rf.txt"), Path("y/Déjà vu; rm -rf.txt"), Path("../../etc/passwd"),
             Path("...txt"), Path("a/report.md"), Path("b/REPORT.html")]
    ids = document_ids(paths)
    assert ids == ["Deja_vu_rm_-rf", "Deja_vu_rm_-rf-2", "passwd", "doc", "report", "REPORT-2"]
    for i in ids:
        assert "/" not in i and not i.startswith(".") and i
    assert safe_name("../../..") == "doc"


def test_metadata_join_by_id_and_by_file(tmp_path, serial):
    by_id = tmp_path / "by_id.csv"
    by_id.write_text("id,country,file\npress_briefing_2025-03-04_transcript,Veltria,x\n", encoding="utf-8")
    docs = analyse_corpus_docs(serial, by_id)
    row = docs.set_index("doc_id").loc["press_briefing_2025-03-04_transcript"]
    assert row["country"] == "Veltria" and row["meta_file"] == "x"  # a clashing name gets meta_
    assert docs["country"].isna().sum() == len(docs) - 1
    by_file = tmp_path / "by_file.csv"
    by_file.write_text("path,year\nsome/dir/wire_2025-03-05_border-dispute.txt,2025\n", encoding="utf-8")
    docs = analyse_corpus_docs(serial, by_file)
    assert docs.set_index("doc_id").loc["wire_2025-03-05_border-dispute", "year"] == "2025"
    bad = tmp_path / "bad.csv"
    bad.write_text("country,year\nX,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no id, doc_id, path"):
        read_metadata(bad)
    with pytest.raises(InputError, match="not found"):
        read_metadata(tmp_path / "nope.csv")


def analyse_corpus_docs(corpus, meta_path):
    from helpers.corpus import join_metadata

    return join_metadata(corpus.documents, read_metadata(meta_path))[0]


# -- corpus tables --------------------------------------------------------------------------------


def _row(doc, speaker, typ="person", n=1, score=0.5, label="positive"):
    return {"doc_id": doc, "speaker": speaker, "type": typ, "role": "", "affiliation": "", "n_statements": n,
            "score_sum": score * n, "n_scored": n, "n_negative": n if label == "negative" else 0,
            "n_neutral": n if label == "neutral" else 0, "n_positive": n if label == "positive" else 0}


def test_merge_speakers_rules():
    rows = [
        _row("d1", "Sergey Lavrov", n=2, score=0.25),
        _row("d2", "Lavrov", n=1, score=-0.5, label="negative"),
        _row("d3", "SERGEY  LAVROV"),
        _row("d1", "Psaki"),  # two full names end in Psaki: the bare surname stays apart
        _row("d2", "Jen Psaki"),
        _row("d3", "Tom Psaki"),
        _row("d1", "Questioner", typ="anonymous", n=3),
        _row("d2", "Questioner", typ="anonymous", n=3),
        _row("d1", "Kremlin", typ="organisation"),
        _row("d2", "kremlin", typ="organisation"),
    ]
    df = merge_speakers(rows).set_index("speaker")
    lav = df.loc["Sergey Lavrov"]
    assert lav["documents"] == 3 and lav["n_statements"] == 4 and lav["doc_ids"] == "d1; d2; d3"
    assert lav["score_mean"] == pytest.approx((0.5 - 0.5 + 0.5) / 4)
    assert lav["share_negative"] == pytest.approx(0.25)
    assert {"Psaki", "Jen Psaki", "Tom Psaki"} <= set(df.index)
    assert (merge_speakers(rows)["speaker"] == "Questioner").sum() == 2  # never merged across documents
    assert df.loc["Kremlin", "documents"] == 2
    # a full name that dominates (5 documents against 1) takes the bare surname ...
    rows2 = [_row(f"d{i}", "Donald Trump") for i in range(5)] + [_row("m", "Mary Trump"), _row("x", "Trump")]
    df2 = merge_speakers(rows2).set_index("speaker")
    assert "Trump" not in df2.index and df2.loc["Donald Trump", "documents"] == 6
    # ... but not when it does not dominate (5 documents against 2)
    rows3 = [*rows2[:5], _row("m", "Mary Trump"), _row("m2", "Mary Trump"), _row("x", "Trump")]
    assert "Trump" in set(merge_speakers(rows3)["speaker"])
    assert merge_speakers([]).columns.tolist()[:3] == ["speaker", "type", "role"]


def test_corpus_tables(serial, small_corpus):
    docs = serial.documents
    assert docs["doc_id"].tolist() == [p.stem for p in small_corpus]
    assert (docs["status"] == "ok").all()
    assert set(docs["format"]) == {"text", "markdown", "html", "transcript"}
    spk = serial.speakers.set_index("speaker")
    # Anna Morel speaks in the briefing, is reported in a wire story, and "Morel" alone joins her
    assert spk.loc["Anna Morel", "documents"] >= 3
    assert "Morel" not in spk.index
    assert "(narrator)" not in spk.index
    assert serial.topics["count"].sum() == serial.document_topics["count"].sum()
    assert serial.topics["documents"].max() <= len(docs)
    assert len(serial.document_topics) == len(docs) * serial.topics["topic"].nunique()


def test_on_error(tmp_path, small_corpus):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01binary\x00" * 20)
    with pytest.raises(InputError, match="binary"):
        analyse_corpus([small_corpus[1], bad])
    c = analyse_corpus([small_corpus[1], bad], on_error="skip")
    assert c.documents["status"].tolist()[0] == "ok"
    assert "binary" in c.documents["status"].tolist()[1]
    with pytest.raises(InputError, match="on_error"):
        analyse_corpus([small_corpus[1]], on_error="ignore")


def test_on_document_streams_in_order(small_corpus):
    seen = []
    analyse_corpus(small_corpus[:3], on_document=lambda r: seen.append((r.index, sorted(r.tables))))
    assert [i for i, _ in seen] == [0, 1, 2]
    assert "statements" in seen[0][1] and "turns" in seen[0][1]


# -- back ends give the same tables ---------------------------------------------------------------


def _assert_same(a, b):
    for name, table in a.tables().items():
        pd.testing.assert_frame_equal(table, b.tables()[name], obj=name)


def test_process_pool_equals_serial(serial, small_corpus):
    _assert_same(serial, analyse_corpus(small_corpus, workers=2, batch_size=2))


def test_spawned_pool_equals_serial(small_corpus):
    """Under spawn (macOS/Windows) the worker must be importable from the package."""
    few = small_corpus[1:3]
    _assert_same(analyse_corpus(few), analyse_corpus(few, workers=2, batch_size=1, mp_context="spawn"))


def test_dask_equals_serial(serial, small_corpus, dask_client):
    _assert_same(serial, analyse_corpus(small_corpus, scheduler=dask_client, batch_size=2))
    address = dask_client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    info = dask_client.scheduler_info()
    assert info["workers"] and all(w.startswith("tcp://127.0.0.1:") for w in info["workers"])
    http = dask_client.cluster.scheduler.http_server
    assert {sock.getsockname()[0] for sock in http._sockets.values()} == {"127.0.0.1"}
    _assert_same(serial, analyse_corpus(small_corpus, scheduler=address, batch_size=3))


def test_dask_bad_scheduler(monkeypatch):
    from helpers import corpus

    monkeypatch.setattr(corpus, "CONNECT_TIMEOUT", "2s")
    with pytest.raises(InputError, match="cannot connect to the Dask scheduler"):
        analyse_corpus([__file__], scheduler="tcp://127.0.0.1:9")
