"""Mutation testing of the rule modules with mutmut (``make mutate``): do the tests notice a wrong answer?

mutmut changes the code one small step at a time (``<`` into ``<=``, ``+ 1`` into ``+ 2``, a string
into another) and runs the tests against each change (a *mutant*). A mutant the tests let through
*survived*: either a test is missing, or the change makes no difference (an equivalent mutant, accepted
with a reason in the closing note of the issue that ran it). Aim: at least 90 % killed on the rule modules.

It never touches the checkout: the project is copied into a work folder (default ``build/mutmut``,
ignored by git) with a ``setup.cfg`` that tells mutmut what to mutate and which tests to run, and mutmut
works there. Run from time to time, by hand, not in CI (a full run takes hours on two cores).

    python tools/mutate.py                                   # attribution, sentiment, topics
    python tools/mutate.py --modules src/helpers/spans.py --tests tests/test_expected_seed.py   # a small run
    python tools/mutate.py --work build/mutmut --results    # list the survivors of the last run
    cd build/mutmut && ../../.venv/bin/python -m mutmut show NAME     # one survivor's diff
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The rule modules (issue 19): the who-said-what stage, sentiment, topics. Globs as mutmut reads them.
RULE_MODULES = [
    "src/helpers/attribution/*",
    "src/helpers/sentiment/*",
    "src/helpers/topics.py",
]
#: Tests run against every mutant: the unit tests of those modules and the exact-answer tests. Not the
#: notebook, browser, JupyterLab or corpus-wide tests (minutes each) nor the lint/environment checks.
RULE_TESTS = [
    "tests/test_statements.py",
    "tests/test_speakers.py",
    "tests/test_sentiment.py",
    "tests/test_topics.py",
    "tests/test_expected_seed.py",
    "tests/test_expected_tables.py",
    "tests/test_regressions.py",
    "tests/test_properties.py",
]
COPIED = ["src", "tests", "data", "tools", "pyproject.toml", "requirements-lock.txt", "environment.yml"]
#: What mutmut copies into its ``mutants/`` folder by itself (the rest of COPIED is named in ``also_copy``).
MUTMUT_COPIES = {"src", "tests", "pyproject.toml"}


def _existing(patterns: list[str]) -> list[str]:
    return [p for p in patterns if any(ROOT.glob(p))]


def prepare(work: Path, modules: list[str], tests: list[str]) -> None:
    """Copy the project into ``work`` (a previous run's mutants are kept: mutmut resumes) and configure."""
    work.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src, dst = ROOT / name, work / name
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))  # fmt: skip
        elif src.is_file():
            shutil.copy2(src, dst)
    lines = ["[mutmut]", "source_paths = src/helpers", "only_mutate ="]
    lines += [f"    {m}" for m in modules]
    lines += ["pytest_add_cli_args_test_selection ="] + [f"    {t}" for t in tests]
    # mutmut runs the tests inside work/mutants/, a copy of the sources and tests only: the seed article
    # under data/ and the tools/ the tests load must be copied in too, or those tests fail before any mutant
    lines += ["also_copy ="] + [f"    {n}" for n in COPIED if n not in MUTMUT_COPIES and (ROOT / n).exists()]
    lines += ["pytest_add_cli_args =", "    -p", "    no:cacheprovider", "    -q"]
    (work / "setup.cfg").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CI")}
    env["HYPOTHESIS_PROFILE"] = "derandomized"  # the same examples for every mutant
    env["PYTHONHASHSEED"] = "0"
    return env


def score(work: Path) -> dict | None:
    """Counts of the last run (mutmut's own CI/CD statistics) and the share killed."""
    subprocess.run([sys.executable, "-m", "mutmut", "export-cicd-stats"], cwd=work, env=_env(), check=False)
    stats_file = work / "mutants" / "mutmut-cicd-stats.json"
    if not stats_file.is_file():
        return None
    stats = json.loads(stats_file.read_text(encoding="utf-8"))
    judged = stats.get("killed", 0) + stats.get("survived", 0) + stats.get("timeout", 0)
    stats["score"] = round((stats.get("killed", 0) + stats.get("timeout", 0)) / judged, 4) if judged else None
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", nargs="+", default=None, help="files/globs to mutate (default: rules)")
    parser.add_argument("--tests", nargs="+", default=None, help="test files run against each mutant")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "mutmut", help="work folder")
    parser.add_argument("--max-children", type=int, default=2, help="parallel test processes")
    parser.add_argument("--fresh", action="store_true", help="delete the work folder's previous run first")
    parser.add_argument("--results", action="store_true", help="only list the survivors of the last run")
    args = parser.parse_args(argv)
    work = args.work.resolve()
    if args.results:
        subprocess.run([sys.executable, "-m", "mutmut", "results"], cwd=work, env=_env(), check=False)
        print(json.dumps(score(work), indent=1))
        return 0
    modules = _existing(args.modules or RULE_MODULES)
    tests = _existing(args.tests or RULE_TESTS)
    if not modules or not tests:
        print(f"mutate: nothing to do (modules {modules}, tests {tests})", file=sys.stderr)
        return 2
    if args.fresh and work.exists():
        shutil.rmtree(work)
    prepare(work, modules, tests)
    print(f"mutate: {', '.join(modules)} against {len(tests)} test files in {work}")
    run = subprocess.run(
        [sys.executable, "-m", "mutmut", "run", "--max-children", str(args.max_children)],
        cwd=work, env=_env(), check=False,
    )  # fmt: skip
    stats = score(work)
    print(json.dumps(stats, indent=1))
    if stats and stats.get("score") is not None:
        print(f"mutate: {stats['score']:.1%} of the judged mutants killed; survivors: "
              f"cd {work} && {sys.executable} -m mutmut results")  # fmt: skip
    return run.returncode


if __name__ == "__main__":
    raise SystemExit(main())
