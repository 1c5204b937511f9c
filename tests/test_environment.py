"""environment.yml (conda-forge), pyproject.toml and requirements-lock.txt declare the same packages.

conda cannot be reached here, so the conda file is checked by parsing: its package set (conda
dependencies + the pip block, less python/pip and the project itself) must equal pyproject's runtime
dependencies plus the ``dev`` extra, with the same version bounds, and the pip block must end in ``-e .``.
The lock must pin every declared package exactly.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from importlib import metadata

import pytest
import yaml

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

#: conda-forge names that differ from the PyPI name (PyPI canonical name -> conda-forge name).
CONDA_NAME = {"matplotlib": "matplotlib"}
#: conda entries that are the toolchain, not the project's packages.
TOOLCHAIN = {"python", "pip"}


def _conda_spec(entry: str) -> tuple[str, SpecifierSet]:
    """Split a conda match spec like ``nltk>=3.9`` or ``pandas 2.2.*`` into (name, specifier)."""
    m = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*", entry)
    assert m, f"unreadable conda spec {entry!r}"
    name, rest = m.groups()
    rest = rest.replace(" ", "")
    if rest and rest[0].isdigit():  # conda's bare version means ==
        rest = "==" + rest
    return canonicalize_name(name), SpecifierSet(rest)


@pytest.fixture(scope="module")
def pyproject(root):
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def _requirements(pyproject) -> list[Requirement]:
    project = pyproject["project"]
    reqs = list(project.get("dependencies", [])) + list(project.get("optional-dependencies", {})["dev"])
    return [Requirement(text) for text in reqs]


@pytest.fixture(scope="module")
def declared(pyproject) -> dict[str, SpecifierSet]:
    out: dict[str, SpecifierSet] = {}
    for req in _requirements(pyproject):
        name = canonicalize_name(req.name)
        assert name not in out, f"{name} declared twice in pyproject.toml"
        out[name] = req.specifier
    return out


@pytest.fixture(scope="module")
def conda_env(root):
    return yaml.safe_load((root / "environment.yml").read_text(encoding="utf-8"))


def test_environment_yml_is_conda_forge(conda_env):
    assert conda_env["channels"][0] == "conda-forge"
    assert "defaults" not in conda_env["channels"]
    names = [_conda_spec(d)[0] for d in conda_env["dependencies"] if isinstance(d, str)]
    assert "python" in names and "pip" in names


def test_environment_yml_pip_block_ends_with_editable_install(conda_env):
    blocks = [d["pip"] for d in conda_env["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert len(blocks) == 1, "exactly one pip: block expected"
    assert blocks[0] and blocks[0][-1].strip() == "-e .", "the pip block must end with '-e .'"


def test_environment_yml_matches_pyproject(conda_env, declared):
    env: dict[str, SpecifierSet] = {}
    for entry in conda_env["dependencies"]:
        if isinstance(entry, dict):
            for pip_entry in entry.get("pip", []):
                if pip_entry.strip().startswith("-e"):
                    continue
                req = Requirement(pip_entry)
                env[canonicalize_name(req.name)] = req.specifier
            continue
        name, spec = _conda_spec(entry)
        if name in TOOLCHAIN:
            continue
        assert name not in env, f"{name} listed twice in environment.yml"
        env[name] = spec
    wanted = {canonicalize_name(CONDA_NAME.get(n, n)): s for n, s in declared.items()}
    missing = sorted(set(wanted) - set(env))
    extra = sorted(set(env) - set(wanted))
    assert not missing, f"in pyproject.toml but not in environment.yml: {missing}"
    assert not extra, f"in environment.yml but not in pyproject.toml: {extra}"
    differ = {n: (str(wanted[n]), str(env[n])) for n in wanted if wanted[n] != env[n]}
    assert not differ, f"version bounds differ (pyproject, environment.yml): {differ}"


def test_lock_pins_every_declared_package_exactly(root, pyproject, declared):
    pins: dict[str, str] = {}
    for line in (root / "requirements-lock.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        req = Requirement(line)
        specs = list(req.specifier)
        assert len(specs) == 1 and specs[0].operator == "==", f"not an exact pin: {line!r}"
        pins[canonicalize_name(req.name)] = specs[0].version
    # markers are evaluated for the Python the lock was resolved on (its header says which)
    header = re.search(r"Resolved on CPython (\d+\.\d+)", (root / "requirements-lock.txt").read_text())
    env = {"python_version": header.group(1)} if header else {}
    here = [r for r in _requirements(pyproject) if r.marker is None or r.marker.evaluate(env)]
    needed = {canonicalize_name(r.name) for r in here}
    missing = sorted(needed - set(pins))
    assert not missing, f"declared but not pinned in requirements-lock.txt (run `make lock`): {missing}"
    outside = {n: v for n, v in pins.items() if n in declared and v not in declared[n]}
    assert not outside, f"pins outside pyproject's bounds: {outside}"


#: where code is imported from, and which pyproject groups may satisfy its imports
IMPORT_SCOPES = {
    "src": ("runtime",),
    "notebooks": ("runtime",),
    "tests": ("runtime", "dev"),
    "tools": ("runtime", "dev"),
    "benchmarks": ("runtime", "dev"),
}


def _imports(source: str) -> set[str]:
    """Top-level names of the absolute imports in a piece of Python code."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # notebook magics; ruff reports real syntax errors
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _names_with_extras(requirements: list[str]) -> set[str]:
    """Declared distribution names, plus what a declared extra pulls in (dask[distributed] -> distributed)."""
    names = set()
    for text in requirements:
        req = Requirement(text)
        names.add(canonicalize_name(req.name))
        if not req.extras:
            continue
        try:
            requires = metadata.distribution(req.name).requires or []
        except metadata.PackageNotFoundError:
            continue
        for sub in map(Requirement, requires):
            if sub.marker and any(sub.marker.evaluate({"extra": e}) for e in req.extras):
                names.add(canonicalize_name(sub.name))
    return names


def test_every_third_party_import_is_declared(root, pyproject):
    """A package the code imports directly is declared directly, so a fresh venv from the lock has it.

    (Transitive presence is not enough: the lock is the closure of what pyproject declares.)
    """
    provides = metadata.packages_distributions()
    project = pyproject["project"]
    groups = {
        "runtime": _names_with_extras(project.get("dependencies", [])),
        "dev": _names_with_extras(project["optional-dependencies"]["dev"]),
    }
    local = {"helpers", "conftest", "__future__", "tools_notebooks", "tools_build_site"}
    local |= {p.stem for p in (root / "tests").glob("*.py")} | {p.stem for p in (root / "tools").glob("*.py")}
    problems = []
    for folder, allowed in IMPORT_SCOPES.items():
        declared = set().union(*(groups[g] for g in allowed))
        for path in sorted((root / folder).rglob("*")):
            if ".ipynb_checkpoints" in path.parts or not path.is_file():
                continue
            if path.suffix == ".py":
                sources = [path.read_text(encoding="utf-8")]
            elif path.suffix == ".ipynb":
                cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
                sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
            else:
                continue
            for name in sorted(set().union(*map(_imports, sources)) - local - set(sys.stdlib_module_names)):
                if name == "tomli":  # Python 3.10 fallback for tomllib, declared with a marker
                    continue
                dists = {canonicalize_name(d) for d in provides.get(name, [])}
                if dists and not dists & declared:  # (not installed at all: an optional, guarded import)
                    problems.append(
                        f"{path.relative_to(root)}: imports {name} ({', '.join(sorted(dists))}) "
                        f"not declared in pyproject's {' or '.join(allowed)} dependencies"
                    )
    assert not problems, "\n".join(problems)
