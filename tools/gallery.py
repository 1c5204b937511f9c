"""The gallery: every stage notebook executed on other diplomatic texts, so a reader sees the method travel.

    python tools/gallery.py run [--out build/gallery] [--text PATH ...] [--workers N] [NOTEBOOK ...]

For each text (default: :data:`TEXTS`, a press-briefing transcript and a readout from ``data/examples``)
and each stage notebook (default: ``notebooks/0[1-5]_*.ipynb``), the notebook's ``parameters`` cell gets
``article_path = "<text>"`` appended (what papermill's ``-p article_path`` does), a note naming the text
is put above the title, and the notebook is executed the one way the project executes notebooks
(``tools/notebooks.py``). The executed copies go to ``build/gallery/<text-id>/`` (not committed);
``tools/build_site.py --gallery build/gallery`` renders them into the site under ``gallery/``. The
collection's own notebooks are not touched, and the charts these runs save go to
``build/gallery/outputs/`` so the seed's charts in ``outputs/`` stay as they are.

A notebook that fails on a gallery text stops the run with the cell's error: a stage notebook that
cannot run on a briefing or a readout is a defect to fix, not a page to leave out.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
#: The texts the gallery shows besides the seed: a briefing transcript and an official readout.
TEXTS = [
    "data/examples/press_briefing_2025-03-04_transcript.txt",
    "data/examples/readout_2025-02-18_prime-minister-call.md",
]
#: Which notebooks are stage notebooks (06 is about running on many texts, so it is not repeated here).
STAGES = "0[1-5]_*.ipynb"


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


notebooks = _tool("notebooks")


def text_id(path: str) -> str:
    """The gallery folder of a text: its file name without the suffix."""
    return Path(path).stem


def on_text(nb: nbformat.NotebookNode, text: str, name: str) -> nbformat.NotebookNode:
    """``nb`` set to run on ``text``: the parameters cell overridden, a note above the title."""
    cell = next((c for c in nb.cells if "parameters" in c.metadata.get("tags", [])), None)
    if cell is None:
        raise ValueError(f"{name}: no cell tagged 'parameters'; tag the first code cell")
    cell.source += f"\n# gallery: this run's text\narticle_path = {text!r}"
    note = nbformat.v4.new_markdown_cell(
        f"> **Gallery.** This page is `{name}` executed on `{text}` instead of the TASS article: the "
        "tables and charts are computed for this text. The collection's own page shows the notebook on "
        "the article it was written around."
    )
    note.metadata["tags"] = ["gallery-note"]
    note.id = "gallery-note"  # a fixed id (nbformat draws a random one), so a re-run gives the same file
    nb.cells.insert(0, note)
    return nb


def run(paths: list[Path], texts: list[str], out: Path, workers: int = 1) -> list[Path]:
    """Execute every notebook on every text into ``out/<text-id>/``; return the executed files.

    The kernels save their charts under ``out/outputs`` (``HELPERS_OUTPUT_DIR``, restored afterwards).
    With ``workers`` > 1 that many notebooks run at once: each runs in its own kernel process, so the
    threads here only wait on them, and the files are the same as from one at a time (each notebook
    writes its own file; the charts of a text go to that text's own folder).
    """
    if out.exists():
        shutil.rmtree(out)  # a build folder: texts dropped from the list must not linger on the site
    before = os.environ.get("HELPERS_OUTPUT_DIR")
    os.environ["HELPERS_OUTPUT_DIR"] = str((out / "outputs").resolve())
    jobs = [(path, text) for text in texts for path in paths]
    try:
        if workers <= 1 or len(jobs) <= 1:
            return [_run_one(path, text, out) for path, text in jobs]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda job: _run_one(*job, out), jobs))
    finally:
        if before is None:
            os.environ.pop("HELPERS_OUTPUT_DIR", None)
        else:
            os.environ["HELPERS_OUTPUT_DIR"] = before


def _run_one(path: Path, text: str, out: Path) -> Path:
    if not (ROOT / text).is_file():
        raise FileNotFoundError(f"gallery text not found: {text}")
    print(f"gallery: {path.name} on {text}", flush=True)
    nb = on_text(notebooks.read(path), text, path.name)
    nb = notebooks.execute_notebook(nb, path.resolve().parent, name=path.name)
    target = out / text_id(text) / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(notebooks.dumps(nb), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["run"])
    parser.add_argument("notebooks", nargs="*", type=Path, help=f"default: notebooks/{STAGES}")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "gallery")
    parser.add_argument("--text", action="append", dest="texts", help="a text to run on (repeatable)")
    parser.add_argument("--workers", type=int, default=1, help="notebooks executed at once (default 1)")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob(STAGES))
    try:
        written = run(paths, args.texts or TEXTS, args.out, workers=args.workers)
    except (FileNotFoundError, ValueError) as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return 1
    except notebooks.CellExecutionError as exc:
        print(f"gallery: a notebook failed on a gallery text\n{exc}", file=sys.stderr)
        return 1
    print(f"gallery: {len(written)} notebooks -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
