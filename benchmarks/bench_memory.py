"""Benchmark: peak memory of ``python -m helpers analyse`` on one huge text (issue 17, "bounded resources").

Builds a single plain-text file of about ``--mb`` megabytes (default 50) in a temporary folder from the
paragraphs of the seed article and the example wire (repeated, each copy numbered so no two paragraphs
are the same), runs the command line on it under ``/usr/bin/time -v`` (``apt-get install -y time`` when
it is missing) and prints the peak resident set size, the wall time and the ratio peak / input size. Not a
timed test: run it by hand, on an otherwise quiet machine (a 50 MB text takes minutes).

    .venv/bin/python benchmarks/bench_memory.py --mb 4            # a quick look
    .venv/bin/python benchmarks/bench_memory.py                   # the 50 MB probe of issue 17

Target (issue 17): under 2 GB peak for 50 MB. Measured 2026-12-07 on the shared 2-core host, the text
analysed whole (no sections yet): ``--mb 2`` 375 MiB peak (196x the input, 30 s), ``--mb 8`` 1,171 MiB
(153x, 146 s): about 133 MiB more per MB, so about 6.7 GiB for 50 MB. Not met until a huge text is
analysed in sections.
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
SOURCES = [
    ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt",
    ROOT / "data" / "examples" / "wire_2025-03-05_border-dispute.txt",
]
#: Peak memory issue 17 allows for a 50 MB text.
TARGET_BYTES = 2 * 1024**3


def build_text(megabytes: float) -> str:
    """About ``megabytes`` MB of news paragraphs: the sources' paragraphs, repeated, each copy numbered."""
    texts = [src.read_text("utf-8") for src in SOURCES]
    paragraphs = [p.strip() for text in texts for p in re.split(r"\n\s*\n", text) if p.strip()]
    target = int(megabytes * 1_000_000)
    parts = ["Long record of the talks"]
    size = len(parts[0])
    copy = 0
    while size < target:
        copy += 1
        parts.append(f"Part {copy}")
        parts.extend(paragraphs)
        size += sum(len(p) + 2 for p in paragraphs) + 10
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
        path.write_text(build_text(args.mb), encoding="utf-8")
        size = path.stat().st_size
        peak, wall, code = peak_rss(path, Path(tmp) / "out")
    print(f"input {size / 1e6:.1f} MB, exit code {code}, wall {wall:.0f} s")
    print(f"peak RSS {peak / 1024**2:,.0f} MiB = {peak / size:.0f}x the input")
    if args.mb >= 50:
        print("PASS" if peak < TARGET_BYTES else "FAIL", f"(target: under {TARGET_BYTES / 1024**3:.0f} GiB)")


if __name__ == "__main__":
    main()
