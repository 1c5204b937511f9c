"""The package's layers, read from its source with ``ast`` (nothing is imported).

Contract (CONTRIBUTING.md, "Layers"): every module of ``src/helpers`` belongs to one layer; a module
imports only modules of its own layer or of a lower one; no two modules import each other, directly or
in a ring; and no private name (``_x``) is imported from another module. Imports under
``if TYPE_CHECKING:`` are annotations only and are not counted.

These tests read the real tree, so they fail the moment a change adds an upward import, a cycle, or
reaches into another module's private names. The last test checks the checker itself on a made-up tree.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "helpers"

#: Layer of every module, by dotted name under ``helpers`` (a package's entry covers its submodules).
LAYERS = {
    # 0 foundation: no project imports
    "errors": 0, "paths": 0, "spans": 0, "tables": 0, "letters": 0,
    # 1 the word lists a researcher may change, and their loaders
    "lexicons": 1,
    # 2 the text and its parts
    "article": 2, "layout": 2, "formats": 2, "quote_marks": 2, "sentences": 2, "tokens": 2,
    # 3 the stages
    "attribution": 3, "sentiment": 3, "topics": 3, "topic_context": 3, "topic_ranking": 3, "stance": 3,
    # 4 every stage on one text; charts
    "pipeline": 4, "plots": 4, "report": 4, "long_text": 4,
    # 5 many texts, files, the command line
    "corpus": 5, "io": 5, "cli": 5, "__main__": 5,
}
#: The longest a function may be: about a screen. Longer ones are listed in EXCEPTIONS with the reason.
MAX_FUNCTION_LINES = 80
EXCEPTIONS: dict[str, str] = {}


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) or "__init__"


def read_modules(root: Path) -> dict[str, tuple[Path, ast.Module]]:
    return {
        module_name(root, p): (p, ast.parse(p.read_text(encoding="utf-8"), filename=str(p)))
        for p in sorted(root.rglob("*.py"))
    }


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for n in ast.walk(node))
    return skip


def _absolute(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The dotted name (under the package) that a relative or absolute ``from`` import names."""
    if level == 0:
        name = target or ""
        return name[len("helpers."):] if name.startswith("helpers.") else ("" if name == "helpers" else "?" + name)
    base = [] if module == "__init__" else module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join([*base, *([target] if target else [])])


def imports(modules: dict[str, tuple[Path, ast.Module]]) -> list[tuple[str, str, str]]:
    """(importer, imported module, imported name or "") for every project import outside TYPE_CHECKING."""
    found = []
    for mod, (path, tree) in modules.items():
        skip = _type_checking_nodes(tree)
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom):
                base = _absolute(mod, is_package, node.level, node.module)
                if base.startswith("?"):
                    continue  # another distribution
                for alias in node.names:
                    sub = f"{base}.{alias.name}" if base else alias.name
                    if sub in modules:
                        found.append((mod, sub, ""))
                    elif base in modules or base == "":
                        found.append((mod, base or "__init__", alias.name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("helpers."):
                        found.append((mod, alias.name[len("helpers."):], ""))
    return [(a, b, n) for a, b, n in found if a != b]


def layer_of(module: str) -> int | None:
    head = module.split(".")
    for k in range(len(head), 0, -1):
        key = ".".join(head[:k])
        if key in LAYERS:
            return LAYERS[key]
    return None


def cycles(edges: list[tuple[str, str, str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    graph: dict[str, set[str]] = {}
    for a, b, _ in edges:
        if b == "__init__" or a == "__init__":
            continue  # the package's lazy front door imports everything and nothing imports it
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return out


def problems(root: Path) -> dict[str, list[str]]:
    modules = read_modules(root)
    edges = imports(modules)
    out: dict[str, list[str]] = {"unplaced": [], "upward": [], "cycle": [], "private": [], "long": []}
    for mod in modules:
        if mod != "__init__" and layer_of(mod) is None:
            out["unplaced"].append(mod)
    for a, b, name in edges:
        la, lb = layer_of(a), layer_of(b)
        if la is not None and lb is not None and lb > la:
            out["upward"].append(f"{a} (layer {la}) imports {b} (layer {lb})")
        if name.startswith("_") and not name.startswith("__"):
            out["private"].append(f"{a} imports {b}.{name}")
    out["cycle"] = [" <-> ".join(c) for c in cycles(edges)]
    for mod, (path, tree) in modules.items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                key = f"{mod}.{node.name}"
                if n > MAX_FUNCTION_LINES and key not in EXCEPTIONS:
                    out["long"].append(f"{key} ({n} lines, {path.name}:{node.lineno})")
    return out


@pytest.fixture(scope="module")
def found() -> dict[str, list[str]]:
    return problems(PACKAGE)


@pytest.mark.parametrize("kind", ["unplaced", "upward", "cycle", "private", "long"])
def test_package_structure(found, kind):
    assert found[kind] == [], f"{kind}:\n  " + "\n  ".join(found[kind])


def test_checker_sees_each_kind_of_problem(tmp_path):
    """The checker on a small made-up package with one of each problem (so the tests above can fail)."""
    pkg = tmp_path / "helpers"
    (pkg / "attribution").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "errors.py").write_text("from .article import Article\n")  # upward, and a cycle with article
    (pkg / "article.py").write_text("from .errors import _secret\nclass Article: pass\n")  # private
    (pkg / "attribution" / "__init__.py").write_text("")
    (pkg / "attribution" / "engine.py").write_text(
        "from ..article import Article\nfrom typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ..pipeline import x\n"  # annotation only: not counted
        "def f():\n" + "    x = 1\n" * (MAX_FUNCTION_LINES + 1)
    )
    (pkg / "pipeline.py").write_text("from .attribution.engine import f\n")
    (pkg / "stray.py").write_text("")
    got = problems(pkg)
    assert got["unplaced"] == ["stray"]
    assert got["upward"] == ["errors (layer 0) imports article (layer 2)"]
    assert got["cycle"] == ["article <-> errors"]
    assert got["private"] == ["article imports errors._secret"]
    assert got["long"] == [f"attribution.engine.f ({MAX_FUNCTION_LINES + 2} lines, engine.py:5)"]
