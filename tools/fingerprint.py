"""Fingerprint every table of the pipeline over a set of texts, to prove a speed change changed no output.

    .venv/bin/python tools/fingerprint.py write BEFORE.json [--every 5]   # on the old code
    .venv/bin/python tools/fingerprint.py check BEFORE.json               # on the new code

The texts: the article in ``data/raw``, the files in ``data/examples`` and every ``--every``-th file of
each corpus folder in ``../shared/corpora`` (sorted by name). For each text and each table of
:func:`helpers.pipeline.analyse_article` it stores the column dtypes and a SHA-256 of the table written
as CSV with floats at full precision (``repr``), plus the row count. ``check`` re-runs the pipeline on
the texts listed in the file and prints every (text, table) whose fingerprint differs, with the first
differing CSV line when ``--show`` is given (which needs ``--keep`` at write time). Exit status 0 when
all match, 1 otherwise.

This is a development aid for refactoring (the test suite checks behaviour; this checks *sameness*).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"


def texts(every: int) -> list[Path]:
    kinds = {".txt", ".md", ".html"}
    examples = [p for p in (ROOT / "data" / "examples").rglob("*") if p.is_file() and p.suffix in kinds]
    out = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted(examples)
    if SHARED.is_dir():
        for folder in sorted(p for p in SHARED.iterdir() if p.is_dir()):
            out += sorted(folder.glob("*.txt"))[::every]
    return out


def _key(path: Path) -> str:
    """A name that does not depend on where the checkout is (worktrees compare with main)."""
    if path.is_relative_to(ROOT):
        return "project:" + path.relative_to(ROOT).as_posix()
    return "shared:" + path.relative_to(SHARED).as_posix()


def _path(key: str) -> Path:
    where, rel = key.split(":", 1)
    return (ROOT if where == "project" else SHARED) / rel


def table_csv(df) -> str:
    return df.to_csv(index=False, float_format=repr, lineterminator="\n")


def extra_tables(article) -> dict:
    """Tables the notebooks and the CLI show beyond ``analyse_article``, through the public verbs only."""
    import pandas as pd

    import helpers

    parts = [
        ("headline", article.headline), ("standfirst", article.standfirst), ("dateline", article.dateline)
    ]
    structure = pd.DataFrame(
        [(name, None if s is None else s.start, None if s is None else s.end) for name, s in parts]
        + [(f"section {s.section_id}", s.start, s.end) for s in article.sections],
        columns=["part", "start", "end"],
    )
    return {
        "structure": structure,
        "paragraphs": article.paragraphs,
        "quotations": helpers.quotations(article),
        "speaker_mentions": helpers.speaker_mentions(article),
        "speakers_mentioned": helpers.speakers(article, include_mentioned=True),
        "topic_counts_by_section": helpers.topic_counts(article, by="section"),
        "missed_terms": helpers.missed_terms(article),
    }


def fingerprints(path: Path, keep: bool) -> dict:
    from helpers.article import load_article
    from helpers.pipeline import analyse_article

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        article = load_article(path)
        tables = analyse_article(article)
        tables.update(extra_tables(article))
        tables["tokens"] = load_article(path).tokens
        tables["sentences"] = load_article(path).sentences
    out = {}
    for name, df in sorted(tables.items()):
        csv = table_csv(df)
        entry = {
            "rows": len(df),
            "sha256": hashlib.sha256(csv.encode("utf-8")).hexdigest(),
            "dtypes": ",".join(f"{c}:{t}" for c, t in df.dtypes.astype(str).items()),
        }
        if keep:
            entry["csv"] = csv
        out[name] = entry
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["write", "check"])
    ap.add_argument("file", type=Path)
    ap.add_argument("--every", type=int, default=5, help="take every N-th corpus file (write only)")
    ap.add_argument("--keep", action="store_true", help="store the CSVs too, so check --show can diff")
    ap.add_argument("--show", action="store_true", help="print the first differing line of each table")
    ap.add_argument("--sample", type=int, default=1,
                    help="check only every N-th saved text (a quick look while working; finish with all)")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    if args.mode == "write":
        result = {}
        for p in texts(args.every):
            result[_key(p)] = fingerprints(p, args.keep)
        args.file.write_text(json.dumps(result, indent=0, sort_keys=True), encoding="utf-8")
        print(f"wrote fingerprints of {len(result)} texts in {time.perf_counter() - t:.0f} s to {args.file}")
        return 0
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    bad = 0
    if args.sample > 1:
        saved = dict(list(saved.items())[:: args.sample])
    for rel, before in saved.items():
        now = fingerprints(_path(rel), args.show)
        for name, entry in before.items():
            got = now.get(name)
            if (
                got is None
                or got["sha256"] != entry["sha256"]
                or got["dtypes"] != entry.get("dtypes", got["dtypes"])
            ):
                bad += 1
                rows = "missing" if got is None else f"{entry['rows']} -> {got['rows']} rows"
                if got is not None and got["dtypes"] != entry.get("dtypes", got["dtypes"]):
                    rows += f"; dtypes {entry['dtypes']} -> {got['dtypes']}"
                print(f"DIFFERS {rel} {name} ({rows})")
                if args.show and got is not None and "csv" in entry:
                    old, new = entry["csv"].splitlines(), got["csv"].splitlines()
                    for i, (a, b) in enumerate(zip(old, new)):
                        if a != b:
                            print(f"  line {i}:\n    before {a[:300]}\n    after  {b[:300]}")
                            break
    print(
        f"{len(saved)} texts checked in {time.perf_counter() - t:.0f} s: "
        f"{'all tables identical' if not bad else f'{bad} tables differ'}"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
