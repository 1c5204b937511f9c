"""Regression tests: bugs found in shipped code, each pinned through the public API (issue 19).

Each test names the input that once failed and what the documentation promises for it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from conftest import ROOT

import helpers


def test_statements_survive_a_headline_and_dangling_cues():
    """``statements`` raised IndexError in the noun-phrase parser ('internal error', exit 1) on this text,
    found once by a randomised property test. A headline, then a paragraph of cue words with no speaker:
    there is nobody to attribute anything to, so the answer is an empty table, not a crash."""
    art = helpers.load_article("Headline\n\naccording to said and and and end.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        table = helpers.statements(art)
    # no person, organisation or state is named, so no statement can have a speaker
    assert len(table) == 0
    assert len(helpers.speakers(art)) == 0


# Two people named with their titles and nothing said: no quotation marks, no speech verb, no
# 'according to'. Counted by reading: the people named are Vladimir Putin and Joe Biden.
NAMES_ONLY = (
    "Russian President Vladimir Putin and US President Joe Biden will hold talks on Tuesday. "
    "The talks will be held by video link."
)


def test_speakers_include_mentioned_lists_people_without_statements():
    """``speakers(article, include_mentioned=True)`` promises every person, organisation and state named
    in the text; it returned an empty table when nobody had a statement."""
    art = helpers.load_article(NAMES_ONLY)
    assert len(helpers.statements(art)) == 0
    table = helpers.speakers(art, include_mentioned=True)
    people = dict(zip(table["speaker"], table["n_statements"]))
    assert {"Vladimir Putin", "Joe Biden"} <= set(people), table
    assert people["Vladimir Putin"] == 0 and people["Joe Biden"] == 0
    # the default table lists speakers only: nobody here
    assert len(helpers.speakers(art)) == 0


def test_include_mentioned_agrees_with_a_statement_present():
    """The same two names with one quotation by Putin: both are listed, Biden with no statement (this
    case worked before; it guards the fix of the one above from changing it)."""
    art = helpers.load_article(NAMES_ONLY.split(" The talks")[0] + ' "We will see," Putin said.')
    table = helpers.speakers(art, include_mentioned=True)
    people = dict(zip(table["speaker"], table["n_statements"]))
    assert people.get("Vladimir Putin") == 1
    assert people.get("Joe Biden") == 0


def test_the_suite_writes_outputs_to_a_temporary_folder(output_folder):
    """Tests must not write into the checkout: helpers.output_dir() points at the session's folder."""
    made = helpers.output_dir("figures")
    assert made.is_relative_to(output_folder)
    assert not made.is_relative_to(ROOT / "outputs")
    assert Path(output_folder).resolve() != (ROOT / "outputs").resolve()


def test_output_dir_follows_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_OUTPUT_DIR", str(tmp_path / "elsewhere"))
    assert helpers.output_dir("a", "b") == tmp_path / "elsewhere" / "a" / "b"
    assert (tmp_path / "elsewhere" / "a" / "b").is_dir()
    # a relative value is taken from the project root (here a stand-in root, so nothing is created
    # in the checkout)
    monkeypatch.setenv("HELPERS_PROJECT_ROOT", str(tmp_path))
    monkeypatch.setenv("HELPERS_OUTPUT_DIR", "runs/first")
    assert helpers.output_dir("figures") == tmp_path / "runs" / "first" / "figures"


# ------------------------------------------------------------------------------ no silent skips under CI
def test_skip_or_fail_skips_locally_and_fails_under_ci(monkeypatch):
    from conftest import require_module, skip_or_fail

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        skip_or_fail("a tool is missing")
    with pytest.raises(pytest.skip.Exception):
        require_module("no_such_module_for_the_test_suite")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI this is a failure"):
        skip_or_fail("a tool is missing")
    with pytest.raises(pytest.fail.Exception, match="no_such_module_for_the_test_suite"):
        require_module("no_such_module_for_the_test_suite")
    assert require_module("json").dumps([]) == "[]"


def test_a_missing_shared_folder_fails_a_ci_run(tmp_path):
    """With CI=true and no shared data, a test that needs it fails (exit 1) and says which folder is
    missing; without CI it skips (exit 0)."""
    test = "tests/test_article.py::test_seed_matches_shared_seed_when_present"
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    env["HELPERS_SHARED_DIR"] = str(tmp_path / "no-shared-here")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", test]
    local = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert local.returncode == 0 and "1 skipped" in local.stdout, local.stdout[-2000:]
    ci = subprocess.run(command, cwd=ROOT, env={**env, "CI": "true"}, capture_output=True, text=True,
                        timeout=300)  # fmt: skip
    assert ci.returncode == 1, ci.stdout[-2000:]
    assert "no-shared-here" in ci.stdout and "under CI this is a failure" in ci.stdout
