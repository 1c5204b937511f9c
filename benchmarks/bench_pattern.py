"""Benchmark: ``helpers.sentiment.pattern.polarity`` against TextBlob's PatternAnalyzer; an equality check.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_pattern.py              # first 200 UN speeches
    PYTHONPATH=src .venv/bin/python benchmarks/bench_pattern.py --files 50 --repeat 5
    PYTHONPATH=src .venv/bin/python benchmarks/bench_pattern.py --all        # equality on every sentence

Sentences are those of the first ``--files`` speeches of ``../shared/corpora/ungdc-2014-2024`` (sorted),
as ``Article.sentences`` cuts them, masked as the pipeline scores them (``helpers.sentiment.mask``);
collecting and masking is not timed.  In one process, on the process CPU clock, best of ``--repeat``:
``float(textblob.en.sentiment(s)[0])`` (what ``TextBlob(s).sentiment.polarity`` computes) and
``pattern.polarity(s)`` for every sentence, the latter once with its per-token caches emptied first
("cold": what a run over these speeches costs) and once with them filled by the previous pass ("warm").
Prints sentences/s, the ratio and the number of sentences whose two floats differ in any bit (must be 0).

``--all`` times nothing: it compares the two on every sentence of every text of ``../shared/corpora``,
masked and unmasked, prints the counts and exits 1 on any mismatch.  Skips (exit 0) when ``../shared`` is
absent.

Last measured (2026-11-28, Python 3.11.7, textblob 0.20.1, 2 cores shared with other jobs; 18,526
masked sentences of the first 200 speeches; ``PYTHONPATH=src .venv/bin/python benchmarks/bench_pattern.py``):
    TextBlob PatternAnalyzer      12,811 sentences/s CPU
    pattern.polarity (cold)       73,988 sentences/s CPU   ratio 5.78
    pattern.polarity (warm)      101,908 sentences/s CPU   ratio 7.95
    mismatches                    0
``--all``: 208,304 sentences of 2,426 texts, masked and unmasked: 0 mismatches (about 1 minute of CPU).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def _sentences(files) -> list[str]:
    from helpers.article import load_article

    return [t for f in files for t in load_article(f).sentences["text"]]


def _clear_caches() -> None:
    from helpers.sentiment import pattern

    for f in (pattern._pieces, pattern._items, pattern._joined, pattern._classify):
        f.cache_clear()


def _cpu(fn, texts, repeat: int, before=None) -> float:
    """Best CPU seconds of ``repeat`` passes of ``fn`` over ``texts`` (``before()`` ahead of each)."""
    best = float("inf")
    for _ in range(repeat):
        if before:
            before()
        gc.collect()
        t0 = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
    return best


def _mismatches(texts) -> list[tuple[str, float, float]]:
    from textblob.en import sentiment

    from helpers.sentiment.pattern import polarity

    out = []
    for t in texts:
        want, got = float(sentiment(t)[0]), polarity(t)
        if got.hex() != want.hex():
            out.append((t, want, got))
    return out


def check_all() -> int:
    from helpers.sentiment import mask

    files = sorted(CORPORA.glob("*/*.txt"))
    sentences = _sentences(files)
    masked = [mask(s)[0] for s in sentences]
    bad_masked, bad_plain = _mismatches(masked), _mismatches(sentences)
    print(f"{len(sentences):,} sentences of {len(files):,} texts")
    print(f"  masked:   {len(bad_masked)} mismatches")
    print(f"  unmasked: {len(bad_plain)} mismatches")
    for t, want, got in (bad_masked + bad_plain)[:10]:
        print(f"    {want!r} != {got!r}: {t!r}")
    return 1 if bad_masked or bad_plain else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=200, help="the first N UN speeches (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes, best kept (default 3)")
    ap.add_argument("--all", action="store_true", help="check equality on every sentence of the corpora")
    args = ap.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"SKIP: {CORPORA} is absent")
        return 0
    if args.all:
        return check_all()

    from textblob.en import sentiment

    from helpers.sentiment import mask
    from helpers.sentiment.pattern import polarity

    files = sorted((CORPORA / "ungdc-2014-2024").glob("*.txt"))[: args.files]
    texts = [mask(s)[0] for s in _sentences(files)]
    n = len(texts)
    sentiment("good"), polarity("good")  # load the lexicon outside the timings

    t_blob = _cpu(lambda t: float(sentiment(t)[0]), texts, args.repeat)
    t_cold = _cpu(polarity, texts, args.repeat, before=_clear_caches)
    t_warm = _cpu(polarity, texts, args.repeat)
    bad = _mismatches(texts)
    print(f"{n:,} masked sentences of the first {len(files)} UN speeches, best of {args.repeat} (CPU)")
    print(f"  TextBlob PatternAnalyzer   {n / t_blob:>9,.0f} sentences/s")
    print(f"  pattern.polarity (cold)    {n / t_cold:>9,.0f} sentences/s   ratio {t_blob / t_cold:.2f}")
    print(f"  pattern.polarity (warm)    {n / t_warm:>9,.0f} sentences/s   ratio {t_blob / t_warm:.2f}")
    print(f"  mismatches                 {len(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
