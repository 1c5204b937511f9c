"""Shared pytest fixtures.

- ``root``: the project root (the folder holding pyproject.toml).
- ``shared_dir``: the team's shared data at ``../shared`` beside the checkout; tests that need it skip
  cleanly when it is absent (a clone elsewhere).
- ``seed_path``: the seed article under data/raw.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def in_ci() -> bool:
    """True under CI (``CI`` set to anything but empty/0/false), where missing tools must fail, not skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


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
def seed_path() -> Path:
    return ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt"
