"""The package's public surface: every exported name resolves, and verbs named like their module stay callable."""

from __future__ import annotations

import importlib
import subprocess
import sys

import helpers


def test_every_export_resolves():
    missing = []
    for name in helpers.__all__:
        try:
            getattr(helpers, name)
        except (AttributeError, ImportError) as exc:
            missing.append(f"{name}: {exc}")
    assert not missing, missing


def test_lexicon_loaders_stay_functions_after_their_submodules_load(seed_path):
    import helpers.attribution.statements
    import helpers.lexicons
    import helpers.topics

    assert "said" in helpers.lexicons.speech_verbs()
    assert len(helpers.lexicons.topics()) > 0
    assert helpers.lexicons.titles.load_titles().titles["president"].name == "president"


def test_verbs_stay_functions_after_their_modules_are_imported(seed_path):
    # the verbs live in helpers.attribution.*; importing those modules first must not hide them
    code = (
        "import helpers.attribution.speakers, helpers.attribution.statements, helpers\n"
        f"a = helpers.load_article({str(seed_path)!r})\n"
        "print(len(helpers.speakers(a)) > 0, len(helpers.statements(a)) > 0, len(helpers.quotations(a)) > 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "True", "True"]
    for name in ("statements", "quotations", "speakers", "speaker_mentions", "load_article"):
        assert callable(getattr(helpers, name)) and not isinstance(getattr(helpers, name), type(importlib))
