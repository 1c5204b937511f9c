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


def output_dir(*parts: str) -> Path:
    """A folder under ``outputs/`` in the project root (created if needed) for derived files."""
    folder = project_root().joinpath("outputs", *parts)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
