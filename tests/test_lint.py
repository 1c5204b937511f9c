"""Static checks the suite enforces (style is `make lint` / pre-commit; these are correctness).

- ruff's fatal subset over the whole project, notebooks included: syntax errors, undefined names,
  misused comparisons (E9, F63, F7, F82);
- the pre-commit configuration is valid and its pattern hooks (no run-time downloads, YAML only through
  ``yaml.safe_load``) find nothing in the project's Python files and notebooks: the same regexes, read
  from .pre-commit-config.yaml, so the hook and the test cannot drift apart.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT

FOLDERS = ("src", "tests", "notebooks", "benchmarks", "tools")


def _project_files(suffixes: tuple[str, ...]):
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in suffixes and ".ipynb_checkpoints" not in path.parts and path.is_file():
                yield path


def test_ruff_finds_no_fatal_errors():
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "E9,F63,F7,F82",
         "--output-format", "concise", str(ROOT)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _pygrep_hooks():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return [h for repo in config["repos"] for h in repo["hooks"] if h.get("language") == "pygrep"]


def test_pre_commit_config_is_local_and_valid():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert all(repo["repo"] == "local" for repo in config["repos"]), "remote hook repos cannot be fetched"
    ids = {h["id"] for repo in config["repos"] for h in repo["hooks"]}
    assert {"ruff", "notebooks-have-outputs", "no-runtime-downloads"} <= ids
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", ".pre-commit-config.yaml"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("hook", _pygrep_hooks(), ids=lambda h: h["id"])
def test_pattern_hook_finds_nothing(hook):
    pattern = re.compile(hook["entry"])
    hits = []
    for path in _project_files((".py", ".ipynb")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                hits.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert not hits, f"{hook['name']}:\n" + "\n".join(hits)
