"""Pre-commit check: refuse notebooks committed without their outputs.

    python tools/check_notebooks.py NOTEBOOK ...

A notebook of the collection must be stored executed: every non-empty code cell has an execution count,
the counts run 1, 2, 3, ... top to bottom, no cell stores an error or timing metadata, and the kernel is
``python3``. Run ``make all`` to execute the notebooks in place.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat


def problems(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    found = []
    if nb.metadata.get("kernelspec", {}).get("name") != "python3":
        found.append("kernelspec name is not python3")
    cells = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    counts = [c.execution_count for c in cells]
    if any(n is None for n in counts):
        found.append(f"{counts.count(None)} of {len(cells)} code cells were not executed (no stored outputs)")
    elif counts != list(range(1, len(cells) + 1)):
        found.append(f"execution counts {counts} are not one clean run from the top")
    for i, cell in enumerate(cells):
        if "execution" in cell.metadata or "ExecuteTime" in cell.metadata:
            found.append(f"code cell {i} stores timing metadata")
        if any(o.output_type == "error" for o in cell.outputs):
            found.append(f"code cell {i} stores an error")
    return found


def main(argv: list[str]) -> int:
    bad = 0
    for name in argv:
        for problem in problems(Path(name)):
            print(f"{name}: {problem}; run `make all` and commit the executed notebook", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
