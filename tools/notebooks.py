"""Execute the collection's notebooks the one way the project does it: `make all`, the tests and
`make check-determinism` all go through :func:`execute`.

How a notebook runs here:
- kernel ``python3`` resolved from the running interpreter's environment (the venv), not a user kernel;
- the kernel talks over Unix sockets in a private temporary folder, not loopback TCP ports (see
  :func:`_run`: two notebooks started side by side could otherwise pick the same port);
- working directory: the notebook's own folder (as nbconvert, nbval and JupyterLab do); notebooks build
  their paths from the project root through ``helpers.paths``, so this does not change what they read;
- no timing metadata (``record_timing=False``), ``PYTHONHASHSEED=0``, ``SOURCE_DATE_EPOCH=0`` and the
  inline matplotlib backend fixed, and neighbouring chunks of one output stream joined
  (:func:`join_adjacent_streams`), so two runs give byte-identical files;
- any cell error stops the run and nothing is written.

Command line (from the project root)::

    python tools/notebooks.py run [NOTEBOOK ...]          # execute in place, outputs stored
    python tools/notebooks.py determinism [NOTEBOOK ...]  # execute twice in memory, compare bytes
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
KERNEL = "python3"
CELL_TIMEOUT = 600  # seconds for one cell

#: Environment the kernel runs with, on top of the caller's.
KERNEL_ENV = {
    "PYTHONHASHSEED": "0",
    "SOURCE_DATE_EPOCH": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",  # keeps the debugger's frozen-modules warning off stderr
    "JUPYTER_PLATFORM_DIRS": "1",
}


def collection(root: Path = ROOT) -> list[Path]:
    """The collection in reading order: ``notebooks/[0-9]*.ipynb`` sorted by name."""
    return sorted((root / "notebooks").glob("[0-9]*.ipynb"))


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def dumps(nb: nbformat.NotebookNode) -> str:
    """The exact text a notebook is stored as (what nbformat.write would write)."""
    return nbformat.writes(nb) + "\n"


def execute(path: Path) -> nbformat.NotebookNode:
    """Run every cell of the notebook at ``path`` in a fresh kernel and return the executed notebook.

    Raises ``CellExecutionError`` when a cell fails and ``ValueError`` when the notebook does not name the
    ``python3`` kernel.
    """
    path = Path(path).resolve()
    return execute_notebook(read(path), path.parent, name=path.name)


def execute_notebook(
    nb: nbformat.NotebookNode, folder: Path, name: str = "notebook"
) -> nbformat.NotebookNode:
    """Run every cell of ``nb`` in place, with ``folder`` as the working directory, and return it.

    The one way a notebook runs here (see the module docstring); :func:`execute` reads the file first.
    A test that runs a notebook on another text edits the parameters cell and calls this.
    """
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != KERNEL:
        raise ValueError(f"{name}: kernelspec name is {kernel!r}, expected {KERNEL!r}")
    # Look the kernel up in this interpreter's environment before any user-level kernelspec.
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    with tempfile.TemporaryDirectory(prefix="nbkernel-") as sockets:
        _run(nb, folder, sockets)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = join_adjacent_streams(cell.outputs)
    return nb


def _run(nb: nbformat.NotebookNode, folder: Path, sockets: str) -> None:
    """Execute ``nb`` in a kernel that talks over Unix sockets in the private folder ``sockets``.

    Why not the default loopback TCP: the client picks five free ports by binding and releasing them,
    and the kernel binds them a moment later; two notebooks started at once (the tests run two side by
    side) can pick the same port in that gap, and the second kernel dies with "Address already in use".
    Socket files in a folder of their own cannot collide.
    """
    ipc = Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(sockets, "kernel")}})
    client = NotebookClient(
        nb,
        config=ipc,
        kernel_name=KERNEL,
        timeout=CELL_TIMEOUT,
        startup_timeout=120,
        record_timing=False,
        allow_errors=False,
        # the kernel's own log is noise here; cell errors still surface
        extra_arguments=["--log-level=ERROR"],
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute(env={**os.environ, **KERNEL_ENV})


def join_adjacent_streams(outputs: list) -> list:
    """Outputs with neighbouring chunks of one stream joined: ``print`` writes its text and its line end
    separately, and a busy machine can flush the kernel's stdout between the two, which would store one
    line as two outputs on one run and as one on the next. Order is kept (nbclient's
    ``coalesce_streams`` would move a later print before the display between them)."""
    joined: list = []
    for out in outputs:
        last = joined[-1] if joined else None
        if (last is not None and out.get("output_type") == "stream" == last.get("output_type")
                and out.get("name") == last.get("name")):
            last["text"] += out["text"]
        else:
            joined.append(out)
    return joined


def _targets(names: list[str]) -> list[Path]:
    paths = [Path(n) for n in names] if names else collection()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"notebooks: not found: {', '.join(missing)}")
    return paths


def run(paths: list[Path]) -> int:
    for path in paths:
        print(f"execute {path}", flush=True)
        try:
            nb = execute(path)
        except CellExecutionError as exc:
            print(f"notebooks: {path} failed; file left unchanged\n{exc}", file=sys.stderr)
            return 1
        text = dumps(nb)
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return 0


def determinism(paths: list[Path]) -> int:
    bad = 0
    for path in paths:
        first, second = dumps(execute(path)), dumps(execute(path))
        same = first == second
        bad += not same
        print(f"{'same' if same else 'DIFFERENT'}  {path}", flush=True)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["run", "determinism"])
    parser.add_argument("notebooks", nargs="*", help="default: notebooks/[0-9]*.ipynb in order")
    args = parser.parse_args(argv)
    paths = _targets(args.notebooks)
    if not paths:
        print("notebooks: no notebooks/[0-9]*.ipynb yet; nothing to execute")
        return 0
    return run(paths) if args.command == "run" else determinism(paths)


if __name__ == "__main__":
    raise SystemExit(main())
