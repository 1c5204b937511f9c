"""Benchmark: the topics stage of the pipeline (mentions, counts, counts by speaker), CPU seconds and MB/s.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_topics.py            # first 100 UN speeches, best of 3
    PYTHONPATH=src .venv/bin/python benchmarks/bench_topics.py --files 300 --corpus wikinews-2019-2020

For each text (read, split, tokenised and attributed first; none of that is timed) it runs what
:func:`helpers.pipeline.analyse_article` runs for topics::

    mentions = topic_mentions(article, dic, statements=st)
    topic_counts(article, dictionary=dic, mentions=mentions)
    topic_counts(article, by="speaker", dictionary=dic, statements=st, mentions=mentions)

and prints the CPU seconds of each call summed over the texts (best of ``--repeat`` passes; each pass
uses fresh Article objects, so nothing cached on an article from an earlier pass is reused), the
throughput in UTF-8 MB per CPU second, and a SHA-256 over the three tables of every text, so two
checkouts can be compared (run it once with ``PYTHONPATH=src`` and once with the other ``src``).

Last measured (2026-11-28, 2 shared cores under load; old = main before the topics speed work, run
alternately with the new code, best of 3 passes each):
    corpus                   files     MB   mentions  counts  by speaker   total    MB/s
    ungdc-2014-2024 (old)      100   1.31      0.674   0.399       0.472   1.590    0.82
    ungdc-2014-2024 (new)      100   1.31      0.232   0.037       0.048   0.318    4.13   (5.0x)
    wikinews-2019-2020 (old)   294   1.35      1.042   0.913       1.320   3.275    0.41
    wikinews-2019-2020 (new)   294   1.35      0.494   0.100       0.172   0.766    1.77   (4.3x)
The tables' sha256 is the same for old and new. What is left is mostly the regular-expression pass that
cuts the words and pandas building the three tables.
After a second round (2026-11-28, evening, idle machine; tables built from finished arrays, one word
plan cache, counts without per-topic work for groups without mentions; tables' sha256 unchanged):
    ungdc-2014-2024            100   1.31      0.239   0.034       0.037   0.310    4.23
    wikinews-2019-2020         294   1.35      0.322   0.065       0.100   0.487    2.78   (1.6x round 1)
What is left: the word-splitting regex, looking up each word's plan, and the candidate matching loops.
After the layered redesign (2026-12-06, 2 shared cores under load, 60 files, two alternating runs of
each; tables' sha256 unchanged): tables read and built through pandas' public API instead of three
pandas internals, and no per-article cache of the searchable tokens:
    ungdc-2014-2024 (before)    60   0.78      0.145   0.024       0.030   0.199    3.9
    ungdc-2014-2024 (after)     60   0.78      0.214   0.060       0.069   0.342    2.3
The difference is mostly pandas' public DataFrame constructor (about 0.5 ms a table more than the
internal one) and a Series per column read; over the whole pipeline an in-process A/B put the public
API at about 9 % (helpers/tables.py says more).
"""

from __future__ import annotations

import argparse
import hashlib
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="ungdc-2014-2024", help="folder under ../shared/corpora")
    ap.add_argument("--files", type=int, default=100, help="the first N files, sorted by name")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is kept per call")
    args = ap.parse_args(argv)
    folder = CORPORA / args.corpus
    if not folder.is_dir():
        print(f"{folder} is absent: skipped")
        return 0
    import helpers
    from helpers.article import load_article
    from helpers.attribution.statements import statements
    from helpers.topics import load_dictionary, topic_counts, topic_mentions

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[: args.files]]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    dic = load_dictionary()
    best = [float("inf")] * 3
    digest = ""
    for _ in range(args.repeat):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            prepared = []
            for t in texts:
                art = load_article(t)
                art.tokens  # noqa: B018 - built here, not timed
                prepared.append((art, statements(art)))
        spent = [0.0] * 3
        h = hashlib.sha256()
        for art, st in prepared:
            t0 = time.process_time()
            mentions = topic_mentions(art, dic, statements=st)
            t1 = time.process_time()
            counts = topic_counts(art, dictionary=dic, mentions=mentions)
            t2 = time.process_time()
            by_speaker = topic_counts(art, by="speaker", dictionary=dic, statements=st, mentions=mentions)
            t3 = time.process_time()
            spent = [spent[0] + t1 - t0, spent[1] + t2 - t1, spent[2] + t3 - t2]
            for df in (mentions, counts, by_speaker):
                h.update(df.to_csv(index=False, float_format=repr, lineterminator="\n").encode())
        best = [min(b, s) for b, s in zip(best, spent, strict=True)]
        digest = h.hexdigest()[:16]
    total = sum(best)
    print(f"helpers from {Path(helpers.__file__).parent}")
    print(f"{args.corpus}: {len(texts)} files, {mb:.2f} MB, best of {args.repeat}")
    for name, s in zip(("topic_mentions", "topic_counts", "topic_counts by speaker"), best, strict=True):
        print(f"  {name:26s} {s:7.3f} s")
    print(f"  {'total':26s} {total:7.3f} s   {mb / total:6.2f} MB/s   tables sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
