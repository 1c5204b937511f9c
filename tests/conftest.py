"""Shared pytest fixtures.

- ``root``: the project root (the folder holding pyproject.toml).
- ``shared_dir``: the team's shared data at ``../shared`` beside the checkout; tests that need it skip
  cleanly when it is absent (a clone elsewhere).
- ``seed_path``: the seed article under data/raw.
- ``dask_client``: a loopback Dask LocalCluster shared by the session (tests of helpers.corpus).
- ``tool(name)``: a module from ``tools/`` (the notebook executor, the site builder), loaded by path.
- ``lock_mismatches()``: installed versions that differ from requirements-lock.txt (committed notebook
  outputs are defined for the locked versions).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def in_ci() -> bool:
    """True under CI (``CI`` set to anything but empty/0/false), where missing tools must fail, not skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def lock_mismatches() -> list[str]:
    """``name installed != locked`` for every locked package installed at another version (or missing)."""
    from importlib import metadata

    found = []
    for line in (ROOT / "requirements-lock.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "==" not in line:
            continue
        name, locked = line.split("==", 1)
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "missing"
        if installed != locked:
            found.append(f"{name} {installed} != {locked}")
    return found


def tool(name: str):
    """Import ``tools/<name>.py`` under the name ``tools_<name>`` (tools/ is not a package)."""
    key = f"tools_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, ROOT / "tools" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    folder = ROOT.parent / "shared"
    if not folder.is_dir():
        pytest.skip(f"../shared is absent (looked for {folder.name}/ beside the checkout)")
    if not (folder / "README.md").is_file():  # a partial folder of the same name is not the team's data
        pytest.skip("../shared exists but is not the shared data folder (no README.md)")
    return folder


@pytest.fixture(scope="session")
def dask_client():
    """One Dask LocalCluster (2 worker processes on 127.0.0.1, no dashboard) for the whole test session.

    Started through ``helpers.corpus`` so the code path of ``--dask`` is the one tested.
    """
    pytest.importorskip("distributed")
    from helpers.corpus import _client

    client, close = _client(None, True, 2)
    yield client
    close()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt"
