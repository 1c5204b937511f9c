"""The committed notebooks are executed, current and deterministic.

Every ``notebooks/[0-9]*.ipynb`` is re-executed with the project's executor (tools/notebooks.py, the
same one `make all` uses) and its outputs are compared with the committed ones, cell by cell: output
types, stream text, every non-image MIME bundle (text/plain, text/html, ...) and error names. Images are
left out of the comparison only (PNG bytes may differ between font/freetype builds); everything else is
compared exactly, with nothing rewritten first. A code cell that was never executed fails: outputs must
be committed. A second execution of the first notebook must give the same file byte for byte.
"""

from __future__ import annotations

import difflib
import json
import re

import pytest
from conftest import ROOT, in_ci, lock_mismatches, tool

nbtool = tool("notebooks")
NOTEBOOKS = nbtool.collection(ROOT)
IDS = [p.name for p in NOTEBOOKS]


@pytest.fixture(scope="session")
def locked_environment():
    """Committed outputs are defined for requirements-lock.txt: elsewhere (e.g. Python 3.10, which gets
    pyproject's ranges) comparing them would report library differences, not stale notebooks. Under CI
    a mismatch fails instead of skipping."""
    differ = lock_mismatches()
    if differ:
        message = f"installed packages differ from requirements-lock.txt: {', '.join(differ[:5])}"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message + " (output comparison needs the locked environment)")


@pytest.fixture(scope="session")
def executed():
    """Execute each notebook at most once per session (path -> executed notebook)."""
    cache = {}

    def get(path):
        if path not in cache:
            cache[path] = nbtool.execute(path)
        return cache[path]

    return get


def _comparable(output: dict) -> dict:
    """An output as compared: everything but image payloads (and the image's own metadata)."""
    kind = output["output_type"]
    if kind == "stream":
        return {"output_type": kind, "name": output["name"], "text": output["text"]}
    if kind == "error":
        return {"output_type": kind, "ename": output["ename"], "evalue": output["evalue"]}
    data = {k: v for k, v in output.get("data", {}).items() if not k.startswith("image/")}
    images = sorted(k for k in output.get("data", {}) if k.startswith("image/"))
    meta = {k: v for k, v in output.get("metadata", {}).items() if not k.startswith("image/")}
    out = {"output_type": kind, "data": data, "images": images, "metadata": meta}
    if kind == "execute_result":
        out["execution_count"] = output.get("execution_count")
    return out


def _code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def _show(cell) -> str:
    first = cell.source.strip().splitlines()[0] if cell.source.strip() else "(empty)"
    return first[:80]


def test_collection_is_there():
    assert NOTEBOOKS, "no notebooks/[0-9]*.ipynb: the collection is empty"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_notebook_is_executed(path):
    """Stored outputs are required: every code cell executed, in order, top to bottom, once."""
    nb = nbtool.read(path)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3", "kernelspec name must be python3"
    cells = _code_cells(nb)
    assert cells, "a notebook without code cells"
    counts = [c.execution_count for c in cells]
    never = [i for i, c in enumerate(cells) if c.execution_count is None and c.source.strip()]
    assert not never, (
        f"code cells {never} have no stored execution (first: {_show(cells[never[0]])!r}); "
        "run `make all` and commit the executed notebook"
    )
    ran = [n for n, c in zip(counts, cells, strict=True) if c.source.strip()]
    assert ran == list(range(1, len(ran) + 1)), f"execution counts {ran}: not one clean top-to-bottom run"
    assert any(c.outputs for c in cells), "no code cell has any stored output"
    for i, cell in enumerate(cells):
        assert "execution" not in cell.metadata, f"code cell {i} stores timing metadata"
        assert "ExecuteTime" not in cell.metadata, f"code cell {i} stores timing metadata"
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"code cell {i} ({_show(cell)!r}) stores an error: {errors[0].ename}"


ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]{6,}\b|\bobject at 0x")
ABSOLUTE = [str(ROOT), "/home/", "/root/", "/tmp/", "/Users/", "site-packages", "C:\\\\"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_outputs_are_portable(path):
    """No memory addresses or machine-specific paths in what readers see."""
    nb = nbtool.read(path)
    for i, cell in enumerate(_code_cells(nb)):
        for out in cell.outputs:
            texts = []
            if out.output_type == "stream":
                texts.append(out.text)
            for key, value in out.get("data", {}).items():
                if not key.startswith("image/"):
                    texts.append(value if isinstance(value, str) else json.dumps(value))
            for text in texts:
                assert not ADDRESS.search(text), f"cell {i} ({_show(cell)!r}) shows a memory address"
                for needle in ABSOLUTE:
                    assert needle not in text, f"cell {i} ({_show(cell)!r}) shows a machine path {needle!r}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_outputs_match_a_fresh_execution(path, executed, locked_environment):
    committed = nbtool.read(path)
    fresh = executed(path)
    old_cells, new_cells = _code_cells(committed), _code_cells(fresh)
    assert len(old_cells) == len(new_cells)
    for i, (old, new) in enumerate(zip(old_cells, new_cells, strict=True)):
        assert old.execution_count == new.execution_count, f"cell {i}: execution count differs"
        want = [_comparable(o) for o in old.outputs]
        got = [_comparable(o) for o in new.outputs]
        if want != got:
            pytest.fail(
                f"{path.name}: code cell {i} ({_show(old)!r}) gives different outputs now; "
                f"run `make all` and commit, or fix the nondeterminism:\n{_explain(want, got)[:6000]}"
            )


def _explain(want: list[dict], got: list[dict]) -> str:
    """A readable diff: line by line inside each differing field, not one JSON line per table."""
    if len(want) != len(got):
        kinds = ([o["output_type"] for o in want], [o["output_type"] for o in got])
        return f"committed {len(want)} outputs {kinds[0]}, re-executed {len(got)} outputs {kinds[1]}"
    parts = []
    for n, (a, b) in enumerate(zip(want, got, strict=True)):
        flat_a = {**{k: v for k, v in a.items() if k != "data"}, **a.get("data", {})}
        flat_b = {**{k: v for k, v in b.items() if k != "data"}, **b.get("data", {})}
        for key in sorted(set(flat_a) | set(flat_b)):
            va, vb = flat_a.get(key), flat_b.get(key)
            if va == vb:
                continue
            text_a = va if isinstance(va, str) else json.dumps(va, indent=1, sort_keys=True)
            text_b = vb if isinstance(vb, str) else json.dumps(vb, indent=1, sort_keys=True)
            diff = difflib.unified_diff(
                text_a.splitlines(), text_b.splitlines(), "committed", "re-executed", lineterm="", n=1
            )
            parts.append(f"output {n}, {key}:\n" + "\n".join(diff))
    return "\n".join(parts)


def test_two_executions_are_byte_identical(executed):
    assert NOTEBOOKS, "no notebooks/[0-9]*.ipynb: the collection is empty"
    path = NOTEBOOKS[0]
    first = nbtool.dumps(executed(path))
    second = nbtool.dumps(nbtool.execute(path))
    if first != second:
        diff = "\n".join(difflib.unified_diff(first.splitlines(), second.splitlines(), lineterm=""))
        pytest.fail(f"{path.name}: two executions differ:\n{diff[:4000]}")


def test_neighbouring_stream_chunks_are_joined_in_order():
    """One printed line split by a stdout flush is stored as one output; order is never changed."""
    from nbformat.v4 import new_output

    outputs = [new_output("stream", name="stdout", text="6 sections"), new_output("stream", name="stdout", text="\n"),
               new_output("display_data", data={"text/plain": "<Figure>"}),
               new_output("stream", name="stdout", text="after\n"), new_output("stream", name="stderr", text="w\n")]
    joined = nbtool.join_adjacent_streams(outputs)
    assert [(o.output_type, o.get("name"), o.get("text")) for o in joined] == [
        ("stream", "stdout", "6 sections\n"), ("display_data", None, None), ("stream", "stdout", "after\n"),
        ("stream", "stderr", "w\n")]


def _kernel_transport(_: int) -> str:
    """Run a one-cell notebook with the project's executor; the cell prints its kernel's transport."""
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                               "language": "python"}})
    nb.cells = [new_code_cell("import json, ipykernel.connect as c\n"
                              "print(json.loads(c.get_connection_info())['transport'])")]
    return nbtool.execute_notebook(nb, ROOT / "notebooks").cells[0].outputs[0]["text"].strip()


def test_side_by_side_kernels_use_unix_sockets():
    """The CI run of 2026-12-07 lost a notebook to "Address already in use": two kernels started at once
    picked the same loopback port. Kernels started side by side (as the report tests start them) must
    talk over socket files in folders of their own, where no two can collide."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=2) as pool:
        transports = list(pool.map(_kernel_transport, range(4)))
    assert transports == ["ipc"] * 4
