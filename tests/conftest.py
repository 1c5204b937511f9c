"""Shared pytest fixtures.

- ``root``: the project root (the folder holding pyproject.toml).
- ``shared_dir``: the team's shared data at ``../shared`` beside the checkout; tests that need it skip
  cleanly when it is absent (a clone elsewhere).
- ``seed_path``: the seed article under data/raw.
- ``dask_client``: a loopback Dask LocalCluster shared by the session (tests of helpers.corpus).
- ``tool(name)``: a module from ``tools/`` (the notebook executor, the site builder), loaded by path.
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
