"""Benchmark: ``score_sentences`` on the VADER path, side by side with plain vaderSentiment in one run.

    .venv/bin/python benchmarks/bench_sentiment.py                       # 20,000 sentences, best of 3
    .venv/bin/python benchmarks/bench_sentiment.py --sentences 5000 --repeat 5

Sentences come from ``../shared/corpora`` (every Wikinews article, then UN General Debate speeches until
``--sentences`` are collected), split by the project's own ``Article.sentences``; collecting them is not
timed. In one process (one core), each pass scores every sentence:

* **plain**: ``vaderSentiment.SentimentIntensityAnalyzer().polarity_scores(s)["compound"]`` — the
  package alone, a list of floats;
* **helpers (VADER path)**: ``score_sentences(sentences, textblob=False)`` — masking of names, titles
  and institutions, stock VADER and VADER with the domain valences, label, and the DataFrame;
* **helpers (full)**: ``score_sentences(sentences)`` with TextBlob as well (printed for information; the
  target applies to the VADER path).

Each pass is timed on the process CPU clock (what one core delivers; the machine is shared) and the wall
clock; the best of ``--repeat`` is kept. Target (issue 4): VADER path >= 10,000 sentences/s per core.
Prints PASS/FAIL and always exits 0; skips (exit 0) when ``../shared`` is absent.

Last measured (2026-11-28, evening, after the third round of speed work of issue 6; Python 3.11.7,
vaderSentiment 3.3.2, textblob 0.20.1, nltk 3.10.4, idle machine; 20,000 sentences;
``.venv/bin/python benchmarks/bench_sentiment.py``):
    plain vaderSentiment               18,499 sentences/s CPU
    helpers VADER path                 29,205 sentences/s CPU   (ratio 1.58 of plain)   PASS
    helpers full (VADER + TextBlob)    23,791 sentences/s CPU   (15,415 after the first round, 6,204 before)
The VADER path does more than the plain scorer (masking, a second VADER pass with the domain valences,
the table) and is still faster: each stage runs over all the sentences before the next, one cached
look-up per token gives its lower case, caps flag and lexicon tests, a sentence without a lexicon word
scores 0.0 at once, the per-word rules run only on lexicon words (the negation, booster and idiom rules
only where a rule word is near), with the lower-cased words
computed once per sentence; the domain pass recomputes only the words the domain lexicon can affect; the
compound is computed without the package's SentiText object and pos/neu/neg shares; the package's
per-character emoji pass runs only when the text has an emoji character. The full path scores TextBlob's
polarity with ``helpers.sentiment.pattern`` (bit-identical, see ``benchmarks/bench_pattern.py``).
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
TARGET = 10_000


def collect(limit: int) -> list[str]:
    from helpers.article import load_article

    files = sorted((CORPORA / "wikinews-2019-2020").glob("*.txt")) + sorted(
        (CORPORA / "ungdc-2014-2024").glob("*.txt")
    )
    out: list[str] = []
    for f in files:
        art = load_article(f)
        out += [t for t in art.sentences["text"] if t.strip()]
        if len(out) >= limit:
            break
    return out[:limit]


def timed(fn, repeat: int) -> tuple[float, float]:
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        gc.collect()
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return best_cpu, best_wall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"skipped: {CORPORA} is absent")
        return 0
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from helpers.sentiment import score_sentences

    sentences = collect(args.sentences)
    plain = SentimentIntensityAnalyzer()
    score_sentences(sentences[:200], textblob=False)  # warm the caches (lexicons, regexes)
    score_sentences(sentences[:50])
    n = len(sentences)
    runs = {
        "plain vaderSentiment": lambda: [plain.polarity_scores(s)["compound"] for s in sentences],
        "helpers VADER path": lambda: score_sentences(sentences, textblob=False),
        "helpers full (VADER + TextBlob)": lambda: score_sentences(sentences),
    }
    print(
        f"Python {platform.python_version()}, vaderSentiment {metadata.version('vaderSentiment')}, "
        f"textblob {metadata.version('textblob')}, nltk {metadata.version('nltk')}; "
        f"{n:,} sentences from ../shared/corpora; best of {args.repeat}"
    )
    rates = {}
    for name, fn in runs.items():
        cpu, wall = timed(fn, args.repeat)
        rates[name] = n / cpu
        print(f"  {name:34s} {n / cpu:10,.0f} sentences/s CPU   {n / wall:10,.0f} sentences/s wall")
    ratio = rates["helpers VADER path"] / rates["plain vaderSentiment"]
    print(f"  ratio helpers VADER path / plain vaderSentiment: {ratio:.2f}")
    ok = rates["helpers VADER path"] >= TARGET
    print(
        f"{'PASS' if ok else 'FAIL'}: VADER path {rates['helpers VADER path']:,.0f} sentences/s "
        f"(target >= {TARGET:,} per core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
