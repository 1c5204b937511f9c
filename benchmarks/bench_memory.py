"""Benchmark: peak memory of ``python -m helpers analyse`` on one huge text (issue 17, "bounded resources").

Builds a single plain-text file of about ``--mb`` megabytes (default 50) in a temporary folder from the
texts of ``data/corpora`` (every ``.txt`` file, in name order, repeated with a numbered "Part N" line
before each copy until the size is reached), runs the command line on it under ``/usr/bin/time -v``
(``apt-get install -y time`` when it is missing) and prints the peak resident set size ("Maximum resident
set size"), the wall time, the peak per input MB and the ratio peak / input size. Not a timed test: run
it by hand, on an otherwise quiet machine (a 50 MB text takes many minutes), prefixed with ``nice``.

    .venv/bin/python benchmarks/bench_memory.py --mb 8            # a quick look
    .venv/bin/python benchmarks/bench_memory.py                   # the 50 MB probe of issue 17

Target (issue 17): under 2 GB peak for 50 MB. A text longer than
:data:`helpers.long_text.PART_CHARS` is analysed in parts, so the peak is a fixed part (the lexicons and
one part's tables) plus what grows with the text: the text itself, its paragraph spans and six scores per
statement for the per-speaker intervals.

Measured on the shared 2-core host, 2026-12-07:

- before (the text analysed whole, the seed and a wire repeated): ``--mb 2`` 375 MiB peak (196x the
  input, 30 s), ``--mb 8`` 1,171 MiB (153x, 146 s): about 133 MiB more per MB, about 6.7 GiB for 50 MB;
- after (in parts of 1,000,000 characters, data/corpora repeated, ``nice``, 8 helpers sharing the host):
  ``--mb 8`` 349 MiB peak (44 MiB per input MB, 162 s), ``--mb 50`` 541 MiB (11 MiB per input MB, 1,440 s):
  PASS. The rest grows by about 4 MiB per MB (the text, its paragraph spans, the kept statement scores).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "data" / "corpora"
#: Peak memory issue 17 allows for a 50 MB text.
TARGET_BYTES = 2 * 1024**3


def build_text(megabytes: float) -> str:
    """About ``megabytes`` MB of diplomatic plain text: the texts of data/corpora, repeated, each copy
    numbered. A text the format detector reads as Markdown (one UN speech has a ``#`` line) is left out:
    one such line would make the whole file Markdown, whose rendering keeps a source offset per character
    (a different cost, not this probe's)."""
    from helpers.formats import detect_format

    texts = [p.read_text("utf-8").strip() for p in sorted(CORPORA.rglob("*.txt"))]
    texts = [t for t in texts if t and detect_format(t) == "text"]
    target = int(megabytes * 1_000_000)
    parts = ["Long record of the talks"]
    size = len(parts[0])
    copy = 0
    while size < target:
        copy += 1
        parts.append(f"Part {copy}")
        for t in texts:
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts) + "\n"


def peak_rss(path: Path, out: Path) -> tuple[int, float, int]:
    """(peak resident set size in bytes, wall seconds, exit code) of one ``analyse`` run on ``path``."""
    if not Path("/usr/bin/time").exists():
        sys.exit("needs /usr/bin/time (GNU time): apt-get install -y time")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "helpers", "analyse", str(path), "--out", str(out),
           "--charts", "off"]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    if m is None:
        sys.exit(f"no peak memory in /usr/bin/time's output:\n{r.stderr[-2000:]}")
    return int(m.group(1)) * 1024, wall, r.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the text in MB (default 50)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        path = Path(tmp) / "huge.txt"
        text = build_text(args.mb)
        from helpers.formats import detect_format

        assert detect_format(text, path) == "text", "the probe is about plain text"
        path.write_text(text, encoding="utf-8")
        del text
        size = path.stat().st_size
        peak, wall, code = peak_rss(path, Path(tmp) / "out")
    print(f"input {size / 1e6:.1f} MB, exit code {code}, wall {wall:.0f} s")
    print(f"peak RSS {peak / 1024**2:,.0f} MiB = {peak / 1024**2 / (size / 1e6):.0f} MiB per input MB "
          f"= {peak / size:.0f}x the input")
    if args.mb >= 50:
        print("PASS" if peak < TARGET_BYTES else "FAIL", f"(target: under {TARGET_BYTES / 1024**3:.0f} GiB)")


if __name__ == "__main__":
    main()
