"""Paths built from the project root, so notebooks work whatever folder they run in."""

from __future__ import annotations

import os
from pathlib import Path

#: The seed article shipped with the project (read-only input).
SEED_ARTICLE = "data/raw/tass_2021-12-07_putin-biden-video-link.txt"


def project_root() -> Path:
    """The folder holding ``pyproject.toml`` above this package, or the working directory.

    ``HELPERS_PROJECT_ROOT`` overrides the search (useful when the package is installed elsewhere).
    """
    env = os.environ.get("HELPERS_PROJECT_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if (folder / "pyproject.toml").is_file() and (folder / "src" / "helpers").is_dir():
                return folder
    return Path.cwd().resolve()


def data_path(relative: str | os.PathLike[str] = SEED_ARTICLE) -> Path:
    """Resolve a path given relative to the project root (absolute paths pass through)."""
    p = Path(relative)
    return p if p.is_absolute() else project_root() / p


#: Environment variable naming the folder that replaces ``<project root>/outputs`` for derived files.
OUTPUT_DIR_ENV = "HELPERS_OUTPUT_DIR"


def output_dir(*parts: str) -> Path:
    """A folder under ``outputs/`` in the project root (created if needed) for derived files.

    Charts saved by the notebooks (``plots.style.savefig``), the corpus folder of notebook 06 and the
    site test's screenshots all land here. Set ``HELPERS_OUTPUT_DIR`` to put them somewhere else, e.g.
    ``HELPERS_OUTPUT_DIR=/tmp/run1 make all``; a relative value is taken from the project root. The test
    suite sets it to a temporary folder, so running the tests never writes into the checkout.
    """
    base = os.environ.get(OUTPUT_DIR_ENV, "").strip()
    root = Path(base) if base else Path("outputs")
    folder = (root if root.is_absolute() else project_root() / root).joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
