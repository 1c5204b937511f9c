"""Robustness: read and tokenise every text in ../shared/corpora (issue 2). Skips when ../shared is absent."""

from __future__ import annotations

import pytest

from helpers.article import load_article


def corpus_files(shared_dir, name):
    files = sorted((shared_dir / "corpora" / name).glob("*.txt"))
    if not files:
        pytest.skip(f"no texts in corpora/{name}")
    return files


@pytest.mark.parametrize("name", ["wikinews-2019-2020", "ungdc-2014-2024"])
def test_every_corpus_text_reads_and_tokenises(shared_dir, name):
    files = corpus_files(shared_dir, name)
    problems = []
    for path in files:
        art = load_article(path)
        text = art.text
        s, t = art.sentences, art.tokens
        if len(s) == 0 or len(t) == 0:
            problems.append(f"{path.name}: no sentences or tokens")
            continue
        if not all(text[a:b] == x for a, b, x in zip(s["start"], s["end"], s["text"])):
            problems.append(f"{path.name}: a sentence span does not round-trip")
        if not all(text[a:b] == x for a, b, x in zip(t["start"], t["end"], t["token"])):
            problems.append(f"{path.name}: a token span does not round-trip")
        if "".join(t["token"]) != "".join(text.split()):
            problems.append(f"{path.name}: tokens do not cover the text")
    assert not problems, problems[:10]
    assert len(files) > 200
