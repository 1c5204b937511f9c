"""Benchmark: the full pipeline over a corpus — throughput with 1 and 2 workers and Dask, and peak memory.

Runs, in one go and on the same files (the first ``--limit`` files of the corpus folder, sorted by name):

1. a **plain pipeline** for comparison: NLTK ``PunktSentenceTokenizer`` (untrained) + ``NLTKWordTokenizer``
   per sentence + ``vaderSentiment`` per sentence, one process;
2. the **full pipeline** (:func:`helpers.corpus.analyse_corpus`: structure, sentences, tokens, attribution,
   sentence and statement sentiment, per-speaker sentiment, topics) with 1 worker (in process), with a
   process pool of 2 workers, and on a Dask LocalCluster of 2 workers (loopback; cluster start-up is timed
   separately and left out of its rate, as a long-lived cluster would not pay it per run);
3. **peak memory** (``ru_maxrss`` of a child process that runs the full pipeline serially) over a quarter
   of the files and over all of them.

Prints MB/s (input bytes) and documents/s for each, then PASS/FAIL against the targets: the full pipeline
at least as fast as the plain pass (issue 12; the median of ``--pairs`` alternated serial runs of the two,
in CPU time, because one wall-clock run of each moves by 10-20 % on a shared host); 2 workers >= 1.8x one;
Dask >= 1.6x one worker; peak memory at the whole within 20 % of the quarter. (Issue 6's 1 MB/s per core
was withdrawn by issue 12; the per-core rate is still printed: input MB per CPU-second of the one-worker
run, robust to other load on the machine.) Speed-ups are wall-clock and need an otherwise idle machine:
the load average is printed with the results, and a warning when it exceeds the CPU count.

    .venv/bin/python benchmarks/bench_pipeline.py --limit 40        # a quick look (develop with this)
    .venv/bin/python benchmarks/bench_pipeline.py                   # the whole 27 MB corpus (long)

Measured 2026-12-08 (night), load average 4-5 on 2 CPUs (other test runs), ``--limit 40 --skip-dask
--skip-memory --pairs 3``, the two versions run in turn: 0.47x and 0.52x before (f4df56e), 0.55x and 0.56x
after; every table unchanged (fingerprint of all 492 texts). Four passes of the attribution repeated a
whole-text search: a dozen rules asked each time whether a reporting "said" stands outside quotations
(now found once per text), the later remarks heading was searched through every paragraph where only its
start can hold it (now two anchored tries first), and three passes searched the same opening paragraphs
for a briefing heading and a possessive remarks title (now kept on the engine); the "said" pattern opens
with its word, so the regex engine skips to it in C. The attribution of 40 UN speeches alone, both
versions imported in one process and alternated (best of 8): 0.41 s to 0.32 s (60 Wikinews texts: 0.27 s
to 0.23 s), about 6 % of the whole pipeline. What remains has no function outside the rules above 7 %:
the per-speaker bootstrap (its random draws fixed by the method and seeds) about 6 %, the name scan 6 %
(its pattern a quarter of that), VADER and the diplomatic layer 9 %, the topic context rules 10 % spread
over a dozen rules; the rest of the gap to the plain pass is the work the plain pass does not do.

Measured 2026-12-07 (night), main 227f80c, load average 2.5-6.8 on 2 CPUs, ``--limit 40 --skip-dask
--skip-memory --pairs 3``: 0.58x (pairs 0.54, 0.72, 0.58) and 0.56x (0.56, 0.53, 0.60); no code changed.
The pairs are warm (the one-worker run before them fills the per-word caches), and a warm run costs half a
cold one: 40 UN speeches 1.40 s CPU after a run over the same files, 2.87 s on first sight (Snowball
stems, phrase parses of the name scan, the topic matcher's word plans, lexicon loads: each memoised per
word, phrase or lexicon for the process, none recomputed per text). A profile taken after a warm-up on
other files therefore shows first-sight costs the ratio never pays (stemming 3 %, the scan's parses);
warm, the shares are: attribution 28 % (the cue search's subject parse 5 %, the name scan 6 %), topic
mentions 22 % (the context roles 11 %, the term candidates 5 %), sentence sentiment 21 % (VADER with the
domain lexicon 8 %, the diplomatic rules 2 %, masking 4 %, TextBlob's view 3 %), the sentence and tokens
tables 7 %, per-speaker sentiment 5 % (the bootstrap 3.6 %), statement sentiment, topic counts, ranking
and stance 2-3 % each. No function outside the rules themselves holds 10 %; the cached property that
showed 11 % cumulative is the article's tokens and sentences tables, built once per text (their per-word
columns already come from process-wide caches). The cold half matters for workers instead: each one
pays it (2 workers 1.67x and 0.97x one in these runs).

Measured 2026-12-07 (evening), main c438d54, load average 3-4.5 from other runs on 2 CPUs: 0.61-0.71x
(medians of 5 pairs, several runs); CPU per stage over the 60 UN speeches: sentiment 0.64 s, topics 0.45 s,
attribution 0.39 s, reading/sentences/tokens 0.12 s, stance 0.03 s (60 Wikinews texts: attribution 0.21 s,
sentiment 0.20 s, topics 0.11 s, reading 0.05 s, stance 0.03 s). No single function of the rule stages
holds 10 % of a run (sampled stacks: the largest are the name scan 6 %, the per-speaker bootstrap 6 %, VADER
9 %); the issuer opening parsed ten prefixes of every first sentence (2 % on Wikinews) and the gazetteer's
state map was rebuilt per text: both removed. Two workers: starting the pool costs 25 ms, the workers fill
their per-word caches twice (2 % more CPU: two halves run apart took 2.03 s, the whole 1.97-2.00 s), results
are small; the workers' CPU is 5-15 % above the serial run's, and the rest of the gap to 2x (0.7-1.6x seen)
is the host's other load: two workers get two CPUs only on an idle machine.

Measured 2026-12-07 after the document and label rules were merged (main 1ef3bb7: 0.93x and 0.96x on the
UN speeches, command as below with ``--pairs 3``): three searches of the opening paragraphs that three
passes each repeated are made once per text, and the dash attribution, the name scan and the venue rule
test a cheap precondition before their patterns; every table unchanged. On this host (load 3-4 on 2 CPUs)
one run of the command moves by more than that gain (0.96x and 0.94x after); the two versions imported in
one process and alternated over 10-text batches (8 rounds, either order first) took 2.3 % less CPU on the
60 UN speeches (2.15 s to 2.10 s) and 3.0 % less on 60 Wikinews texts (1.17 s to 1.13 s).

Measured 2026-12-07 later the same day, after the per-text tables were built from finished arrays (empty
ones copied, the statements and speakers tables by column, the sentence, sentences, paragraphs and tokens
tables without the constructor's inference, column labels built once) and speaker medians taken with
``statistics.median``; every table unchanged. ``--limit 60 --skip-dask --skip-memory --pairs 5``, load
average 2-3, the two versions' runs taken in turn: UN speeches 1.05x and 0.97x before (3dd5bc9), 1.09x and
1.04x after (two more runs after: 1.09x, 1.03x); ``--corpus`` the first 60 Wikinews texts (short: 2.7 kB
each, where a dozen tables per text weigh most) 0.40x and 0.40x before, 0.50x and 0.48x after. The same
two versions alternated in separate processes (best of 3 warm runs each, CPU time, 3 rounds): 10-14 %
less CPU on the UN speeches, 8-21 % on the Wikinews texts. What remains is mostly the rules themselves
(VADER and the diplomatic layer a quarter of a UN run, attribution a sixth, topics a seventh) and the
per-speaker bootstrap (a tenth of a UN run: its random draws are fixed by the method and seeds).

Measured 2026-12-07 on a busy host (load average 4-8 on 2 CPUs), ``--limit 60``, medians of 5-7 alternated
pairs (each pair moved between 0.8x and 1.3x): the code before that day's merges (2e3d46e) 1.21x and 1.36x;
after them (5e20aee) 0.90x and 0.92x; with the paragraphs table built by column 0.92x and 1.05x. Where the
merges' time went (the same 55 speeches, CPU seconds, both versions alternated in one process): the topic
context roles and the ranking +0.25 s (about a tenth of the pipeline); the diplomatic layer, typography and
TextBlob's view +0.1 s (the layer's own rules about 0.05 s: it reads the first VADER pass's valences, it
does not score twice). Building the paragraphs table by column instead of from rows saved 0.1 s.

Measured 2026-12-06 after the layered redesign (issue 12), first 150 UN speeches (2.0 MB), idle machine,
``--skip-memory --skip-dask``: alternated pairs 1.31x and 1.26x the plain pass (medians of 5 and 3 pairs;
the code before the redesign, same command: 1.38x), one wall-clock run 0.96x and 1.09x (before: 1.36x),
2 workers 2.06x and 1.94x one.

Measured 2026-11-28 (evening) after the second and third rounds of speed work, the whole corpus
(2,132 speeches, 27.3 MB), Python 3.11.7, nltk 3.10.4, two runs on an otherwise idle machine (the host
itself was slower than in the morning: the plain pipeline took 60-67 s instead of 55 s):

    ``bench_pipeline.py --stages``         run 1                      run 2 (``--skip-memory``)
    plain (Punkt + NLTKWordTokenizer + VADER)   0.411 MB/s                0.453 MB/s
    full pipeline, 1 worker                     0.456 MB per CPU-second   0.466   FAIL (target 1)
    full pipeline vs plain, same run            1.11x                     1.03x
    full pipeline, 2 workers (pool)             1.84x one                 2.04x   PASS (1.8x)
    full pipeline, Dask LocalCluster, 2         1.52x one                 1.73x   FAIL / PASS (1.6x)
    peak memory, quarter vs all                 272 MiB vs 272 MiB                PASS (20 %)
    stages alone (run 1): sentiment 1.14 MB/s (51 %), topics 3.20 MB/s (18 %), attribution 3.35 MB/s
    (17 %), reading+sentences+tokens 4.27 MB/s (14 %)

The morning's figures, after the first round: 0.396 MB per CPU-second, 0.80x the plain pipeline, 2.10x
and 1.75x. Before any speed work (same host, first 200 files): 0.163 MB per CPU-second. Every table is
unchanged by all of it (``tools/fingerprint.py``). Speed-ups move by 10-15 % between runs on this shared
host (the Dask figure crossed its target in one run of two). The per-word caches (token chunks, stems,
TextBlob and topic words) make a long serial run cheaper than two workers that each fill their own, so
the two-worker run spends a few per cent more CPU in all. The per-core target is not met; what bounds it
is in the closing note of issue 6 and in CONTRIBUTING.md ("Speed work"). The parallel runs start before
the serial one so that no run inherits caches another filled (pool workers fork from this process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ungdc-2014-2024"

CHILD = """
import json, resource, sys, time
from helpers.corpus import analyse_corpus
paths = json.load(open(sys.argv[1]))
t = time.perf_counter()
analyse_corpus(paths, workers=1)
elapsed = time.perf_counter() - t
print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "seconds": elapsed}))
"""


def plain_pipeline(paths: list[Path]) -> float:
    """Seconds for Punkt + NLTKWordTokenizer + VADER per sentence over the files (one process)."""
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    punkt, words, vader = PunktSentenceTokenizer(), NLTKWordTokenizer(), SentimentIntensityAnalyzer()
    t = time.perf_counter()
    for p in paths:
        text = p.read_text(encoding="utf-8-sig")
        for a, b in punkt.span_tokenize(text):
            sentence = text[a:b]
            words.tokenize(sentence)
            vader.polarity_scores(sentence)
    return time.perf_counter() - t


def stage_breakdown(paths: list[Path]) -> None:
    """Seconds per stage of the full pipeline over ``paths`` (serial), printed as shares."""
    import warnings

    from helpers.article import load_article
    from helpers.pipeline import analyse_article

    timings: dict[str, float] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # unbalanced quotes etc., as in the corpus workers
        for p in paths:
            analyse_article(load_article(p), timings=timings)
    total = sum(timings.values())
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"  stage breakdown over {len(paths)} files ({mb:.2f} MB), {total:.1f} s:")
    for stage, sec in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"    {stage:<28} {sec:6.1f} s  {sec / total * 100:4.0f} %  {mb / sec:7.3f} MB/s alone")


CPU: dict[str, float] = {}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (pool workers once the pool is closed)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def full_pipeline(paths: list[Path], label: str | None = None, **kwargs) -> float:
    from helpers.corpus import analyse_corpus

    c, t = _cpu(), time.perf_counter()
    analyse_corpus(paths, **kwargs)
    elapsed = time.perf_counter() - t
    if label:
        CPU[label] = _cpu() - c
    return elapsed


def alternated_ratios(paths: list[Path], pairs: int) -> list[float]:
    """Plain-pass CPU seconds / full-pipeline CPU seconds, for ``pairs`` runs of each taken in turn.

    One wall-clock run of each, as above, moves by 10-20 % on a shared host; CPU time of this process,
    alternated so that both see the same conditions, and the median of the pairs is the figure to trust
    for "at least as fast as the plain pass" (issue 12). Both are serial and in this process; the full
    pipeline's per-word caches are warm after the first pair, as in any long run.
    """
    out = []
    for _ in range(pairs):
        c = time.process_time()
        plain_pipeline(paths)
        plain_cpu = time.process_time() - c
        c = time.process_time()
        full_pipeline(paths, workers=1)
        out.append(plain_cpu / (time.process_time() - c))
    return out


def peak_memory(paths: list[Path]) -> dict:
    """Peak resident memory (KiB) of a child process running the full pipeline over ``paths``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump([str(p) for p in paths], fh)
        listing = fh.name
    try:
        run = subprocess.run([sys.executable, "-c", CHILD, listing], capture_output=True, text=True,
                             check=True, cwd=ROOT)
    finally:
        os.unlink(listing)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt files")
    ap.add_argument("--limit", type=int, default=None, help="use the first N files (sorted by name)")
    ap.add_argument("--workers", type=int, default=2, help="workers for the pool and Dask runs (default 2)")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--stages", action="store_true", help="also time each stage (on a quarter of the files)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    ap.add_argument("--pairs", type=int, default=3,
                    help="alternated plain/full serial runs in CPU time for the ratio (default 3; 0 = off)")
    args = ap.parse_args(argv)

    import nltk

    from helpers.pipeline import warm_up

    if not args.corpus.is_dir():
        print(f"bench_pipeline: corpus folder not found: {args.corpus}", file=sys.stderr)
        return 2
    paths = sorted(args.corpus.glob("*.txt"))[: args.limit]
    if len(paths) < 4:
        print("bench_pipeline: need at least 4 files", file=sys.stderr)
        return 2
    mb = sum(p.stat().st_size for p in paths) / 1e6
    n = len(paths)
    print(f"corpus: {args.corpus.name}, {n} files, {mb:.2f} MB; nltk {nltk.__version__}; "
          f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.2f}")
    rows: list[tuple[str, float]] = []

    def report(name: str, seconds: float) -> None:
        rows.append((name, seconds))
        print(f"  {name:<34} {seconds:8.1f} s  {mb / seconds:7.3f} MB/s  {n / seconds:7.2f} docs/s",
              flush=True)

    warm_up()  # imports and lexicons, as a long-running worker would have them
    report("plain (Punkt+NLTKWordTokenizer+VADER)", plain_pipeline(paths))
    # The parallel runs go first: pool workers fork from this process and would inherit every per-word
    # cache (stems, TextBlob tokens, topic heads) a serial run had filled, which flatters the speed-up.
    # Run in this order, the pool, the Dask workers and the serial run all start from warm_up() alone.
    pool = full_pipeline(paths, "pool", workers=args.workers)
    dask_s = startup = None
    if not args.skip_dask:
        from helpers.corpus import dask_client

        t = time.perf_counter()
        client, close = dask_client(None, True, args.workers)
        client.run(warm_up)
        startup = time.perf_counter() - t
        try:
            dask_s = full_pipeline(paths, scheduler=client)
        finally:
            close()
    one = full_pipeline(paths, "one", workers=1)
    report("full pipeline, 1 worker", one)
    report(f"full pipeline, {args.workers} workers (pool)", pool)
    print(f"  CPU time: 1 worker {CPU['one']:.1f} s ({mb / CPU['one']:.3f} MB per CPU-second); "
          f"{args.workers} workers {CPU['pool']:.1f} s in all")
    if dask_s is not None:
        report(f"full pipeline, Dask {args.workers} workers", dask_s)
        print(f"  (Dask LocalCluster start-up and warm-up: {startup:.1f} s, not included above)")
    if args.stages:  # last: it fills this process's caches with a quarter of the files
        stage_breakdown(paths[: max(4, n // 4)])
    mem = None
    if not args.skip_memory:
        quarter = peak_memory(paths[: max(1, n // 4)])
        whole = peak_memory(paths)
        mem = (quarter["maxrss_kb"] / 1024, whole["maxrss_kb"] / 1024)
        print(f"  peak memory (child, serial): quarter ({max(1, n // 4)} files) {mem[0]:.0f} MiB, "
              f"all ({n} files) {mem[1]:.0f} MiB")
    load = os.getloadavg()[0]
    print(f"load average after: {load:.2f}")
    if load > (os.cpu_count() or 1):
        print("WARNING: the machine was busy (load average above the CPU count): wall-clock rates and "
              "speed-ups are not reliable; the per-core rate uses CPU time")

    per_core = mb / CPU["one"]
    print(f"full pipeline, 1 worker: {per_core:.3f} MB per CPU-second ({mb / one:.3f} MB/s wall)")
    checks = [(f"{args.workers} workers >= 1.8x one", one / pool >= 1.8, f"{one / pool:.2f}x")]
    if args.pairs:
        ratios = alternated_ratios(paths, args.pairs)
        median = statistics.median(ratios)
        checks.insert(0, ("full pipeline at least as fast as the plain pass (median of alternated pairs, "
                          "CPU time)", median >= 1.0,
                          f"{median:.2f}x (pairs: {', '.join(f'{r:.2f}' for r in ratios)})"))
    if dask_s is not None:
        checks.append(("Dask >= 1.6x one worker", one / dask_s >= 1.6, f"{one / dask_s:.2f}x"))
    if mem is not None:
        checks.append(("peak memory whole within 20 % of quarter", mem[1] <= mem[0] * 1.2,
                       f"{(mem[1] / mem[0] - 1) * 100:+.0f} %"))
    plain = dict(rows)["plain (Punkt+NLTKWordTokenizer+VADER)"]
    print(f"full pipeline vs plain, one process: {plain / one:.2f}x the plain pipeline's speed")
    for name, ok, value in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {value}")
    if args.json:
        args.json.write_text(json.dumps({
            "files": n, "mb": round(mb, 3), "nltk": nltk.__version__,
            "seconds": {k: round(v, 2) for k, v in rows},
            "peak_mib": None if mem is None else [round(m) for m in mem],
            "checks": {name: {"pass": ok, "value": value} for name, ok, value in checks},
        }, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
