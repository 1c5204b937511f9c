"""Check the fast paths against their references on every text of ../shared/corpora (about 20 s of CPU).

    .venv/bin/python benchmarks/check_fast_paths.py            # all 2,426 texts
    .venv/bin/python benchmarks/check_fast_paths.py --limit 100

For every paragraph of every text (as ``Article`` cuts them): ``FastPunkt.span_tokenize`` against NLTK's
``PunktSentenceTokenizer`` with the same parameters; and for every text: the tokens table's ``re.split``
pieces (``tokens.Vocabulary.pieces``) against the plain ``finditer`` tokenizer (``tokens.tokenize``).
Prints the counts and the first disagreements; exit code 1 if there is any, 0 otherwise (also when
../shared is absent: nothing to check). ``tests/test_fast_punkt.py`` and ``tests/test_tokens_fast.py``
run the same comparisons on random text and a sample of the corpora.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from helpers import tokens
from helpers.article import load_article
from helpers.sentences import punkt

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    args = ap.parse_args(argv)
    files = sorted(CORPORA.glob("*/*.txt"))[: args.limit] if CORPORA.is_dir() else []
    if not files:
        print(f"SKIP: no texts under {CORPORA}")
        return 0
    fast = punkt()
    base = PunktSentenceTokenizer(fast._params)
    problems: list[str] = []
    paragraphs = n_tokens = 0
    vocab = tokens.Vocabulary(frozenset())  # (the pieces do not depend on the stop list)
    for path in files:
        art = load_article(path)
        text = art.text
        for p in art._paras:
            chunk = text[p.start : p.end]
            paragraphs += 1
            if list(fast.span_tokenize(chunk)) != list(base.span_tokenize(chunk)):
                problems.append(f"sentences differ: {path.name} paragraph at {p.start}")
        toks, starts, ends = vocab.pieces(text)
        spans = tokens.tokenize(text)
        n_tokens += len(spans)
        if list(zip(starts.tolist(), ends.tolist())) != spans or toks != [text[a:b] for a, b in spans]:
            problems.append(f"tokens differ: {path.name}")
    counts = f"{len(files):,} texts, {paragraphs:,} paragraphs, {n_tokens:,} tokens"
    print(f"{counts}: {len(problems)} disagreements")
    for line in problems[:20]:
        print("  " + line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
