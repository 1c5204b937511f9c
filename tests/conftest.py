"""Shared pytest fixtures, switches and Hypothesis profiles.

- ``root``: the project root (the folder holding pyproject.toml).
- ``shared_dir``: the team's shared data at ``../shared`` beside the checkout (``HELPERS_SHARED_DIR``
  names another folder). Absent, the tests that need it skip on a clone elsewhere, but FAIL under CI
  (``CI`` set), naming the folder that is missing.
- ``require_module(name)``: ``pytest.importorskip`` that fails instead of skipping under CI (an optional
  package the CI image must have: websocket-client, distributed, ...).
- ``skip_or_fail(reason)``: skip locally, fail under CI, for anything else a test cannot run without.
- ``sample(files)``: every 5th item of a corpus-wide list, or all of it with ``--full`` /
  ``HELPERS_TEST_FULL=1`` (corpus-wide and heavy-input tests sample by default).
- ``representative(items, chosen)``: the named ``chosen`` items of a matrix (two commands, say), or all
  of ``items`` for a full run; a chosen name that is not in ``items`` is an error, not a silent skip.
  Both work at collection time, so a sampled-out case is simply not collected (never a skip, under CI
  either); the run's header says whether it sampled.
- ``seed_path``: the seed article under data/raw.
- ``dask_client``: a loopback Dask LocalCluster shared by the session (tests of helpers.corpus).
- ``tool(name)``: a module from ``tools/`` (the notebook executor, the site builder), loaded by path.
- ``lock_mismatches()``: installed versions that differ from requirements-lock.txt (committed notebook
  outputs are defined for the locked versions).

Outputs: the whole session runs with ``HELPERS_OUTPUT_DIR`` pointing at a temporary folder (unless it is
already set), so notebooks executed by the tests, charts and screenshots never write into ``outputs/``.

Hypothesis profiles (``--hypothesis-profile NAME`` or ``HYPOTHESIS_PROFILE=NAME`` chooses one):
``derandomized`` (the default under CI and in ``make test``: the same examples on every run, no example
database, so a property test cannot fail at random), ``dev`` (the default otherwise: random examples, the
database in ``.hypothesis/`` replays a failure), ``fuzz`` (``make fuzz``: many more random examples).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]

#: Corpus-wide tests take every SAMPLE_STEP-th file unless the full run is asked for.
SAMPLE_STEP = 5
FULL_ENV = "HELPERS_TEST_FULL"

# Property tests in tests/test_properties.py take their number of examples from the profile; tests that
# set max_examples in their own @settings keep it (the fuzz target also varies the seed, see Makefile).
settings.register_profile(
    "derandomized", derandomize=True, database=None, deadline=None, max_examples=300, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
settings.register_profile(
    "dev", deadline=None, max_examples=300, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", deadline=None, max_examples=5000, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)  # fmt: skip


def in_ci() -> bool:
    """True under CI (``CI`` set to anything but empty/0/false), where missing tools must fail, not skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("derandomized" if in_ci() else "dev"))


def pytest_addoption(parser):
    parser.addoption(
        "--full", action="store_true", default=False,
        help=f"corpus-wide tests read every file, not every {SAMPLE_STEP}th (same as {FULL_ENV}=1)",
    )  # fmt: skip


def pytest_configure(config):
    if config.getoption("--full"):
        os.environ[FULL_ENV] = "1"
    # Everything the package writes goes to a temporary folder (helpers.paths.output_dir reads this).
    if not os.environ.get("HELPERS_OUTPUT_DIR", "").strip():
        folder = tempfile.mkdtemp(prefix="helpers-test-outputs-")
        os.environ["HELPERS_OUTPUT_DIR"] = folder
        config._helpers_output_dir = folder  # removed at the end of the session


def pytest_unconfigure(config):
    folder = getattr(config, "_helpers_output_dir", None)
    if folder:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def full_run() -> bool:
    """True when the corpus-wide tests must read every file (``--full`` or ``HELPERS_TEST_FULL=1``)."""
    return os.environ.get(FULL_ENV, "").strip().lower() not in ("", "0", "false", "no")


def sample(items, step: int = SAMPLE_STEP) -> list:
    """Every ``step``-th item (the first, the 6th, ... for 5), or all of them for a full run."""
    return list(items) if full_run() else list(items)[::step]


def representative(items, chosen) -> list:
    """The ``chosen`` items, in the order of ``items``, or all ``items`` for a full run.

    For a matrix whose every cell costs seconds (heavy inputs through each CLI command): the default run
    takes the cells that exercise the most code, ``--full`` all of them. A chosen item missing from
    ``items`` (a command renamed) raises, so the sample cannot quietly shrink to nothing.
    """
    items, chosen = list(items), list(chosen)
    missing = [c for c in chosen if c not in items]
    if missing:
        raise ValueError(f"representative: {missing} are not among {items}")
    return items if full_run() else [i for i in items if i in chosen]


def pytest_report_header(config):
    if full_run():
        return "helpers: full run (every corpus file, every heavy-input case)"
    return (f"helpers: corpus-wide and heavy-input tests sample (every {SAMPLE_STEP}th file, representative "
            f"commands); --full or {FULL_ENV}=1 runs everything")  # fmt: skip


def skip_or_fail(reason: str) -> None:
    """Skip the test locally; under CI fail with the same reason (CI must run everything)."""
    if in_ci():
        pytest.fail(f"{reason} — under CI this is a failure, not a skip", pytrace=False)
    pytest.skip(reason)


def require_module(name: str, hint: str = ""):
    """Import ``name``; if it is missing skip (locally) or fail (under CI). Replaces pytest.importorskip."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        skip_or_fail(f"optional module {name!r} is not installed ({exc}){'; ' + hint if hint else ''}")


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
    folder = Path(os.environ.get("HELPERS_SHARED_DIR") or ROOT.parent / "shared")
    if not folder.is_dir():
        skip_or_fail(f"the shared data folder {folder} is absent (../shared beside the checkout)")
    if not (folder / "README.md").is_file():  # a partial folder of the same name is not the team's data
        skip_or_fail(f"{folder} exists but is not the shared data folder (no README.md)")
    return folder


@pytest.fixture(scope="session")
def output_folder() -> Path:
    """The folder ``helpers.output_dir()`` writes to in this session (a temporary one)."""
    return Path(os.environ["HELPERS_OUTPUT_DIR"])


@pytest.fixture(scope="session")
def dask_client():
    """One Dask LocalCluster (2 worker processes on 127.0.0.1, no dashboard) for the whole test session.

    Started through ``helpers.corpus`` so the code path of ``--dask`` is the one tested.
    """
    require_module("distributed", "pip install 'dask[distributed]'")
    from helpers.corpus import dask_client as start_client

    client, close = start_client(None, True, 2)
    yield client
    close()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt"
