"""The held-out gold of rounds 6 and 7 (attribution and topics) stays well-formed.

These checks read the gold files and the texts kept in the repository; they never run the rules (the
scores are a measurement, made by ``tools/heldout.py``, not a pass/fail test).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
ROUNDS = {"heldout_round6": "round_a", "heldout_round7": "round_b"}
TOPIC_KEYS = set(yaml.safe_load((ROOT / "src/helpers/lexicons/topics.yaml").read_text("utf-8"))["topics"])
GOLD_FILES = sorted(p for d in ROUNDS for p in (GOLD / d).glob("*.yaml"))


def _text(gold_file: Path, gold: dict) -> str | None:
    """The text of a gold file when it is kept in the repository, else None."""
    ref = str(gold["text"])
    return None if ref.startswith("private:") else (gold_file.parent / ref).read_text("utf-8")


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_attribution_gold_is_well_formed(gold_file: Path) -> None:
    gold = yaml.safe_load(gold_file.read_text("utf-8"))
    assert re.fullmatch(r"[0-9a-f]{64}", gold["sha256"]) and gold["url"].startswith("http")
    text = _text(gold_file, gold)
    if text is None:
        assert gold["text"] == f"private:{gold_file.parent.name.replace('heldout_', '')}/{gold_file.stem}.txt"
        return
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == gold["sha256"]
    assert len(text) == gold["length"]
    for s in gold["statements"]:
        assert text.count(s["anchor"]) == 1, s["anchor"]
        assert isinstance(s["speaker"], list) and s["speaker"]
    for q in gold["quotations"]:
        assert q["quote"] in text


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_topic_gold_is_well_formed(gold_file: Path) -> None:
    topic_file = GOLD / "topics" / ROUNDS[gold_file.parent.name] / f"{gold_file.stem}.yaml"
    tg = yaml.safe_load(topic_file.read_text("utf-8"))
    main, present = set(tg["main"]), set(tg["present"])
    assert tg["id"] == gold_file.stem and 1 <= len(main) <= 3
    assert main <= TOPIC_KEYS and present <= TOPIC_KEYS and not main & present
    text = _text(gold_file, yaml.safe_load(gold_file.read_text("utf-8")))
    for trap in tg["traps"]:
        assert trap["would_count_as"] in TOPIC_KEYS - main - present
        if text is not None:
            assert text.find(trap["phrase"]) == trap["offset"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # by hand: a two-letter round named alone is that round, not its two letters as one-letter rounds
        ("BK", ["BK"]),
        ("bk", ["BK"]),
        # comma lists and the older run-together one-letter form keep their meaning
        ("Z,AA,BK", ["Z", "AA", "BK"]),
        ("ABC", ["A", "B", "C"]),
        ("A", ["A"]),
    ],
)
def test_the_rounds_option_reads_a_two_letter_round_alone(spec: str, expected: list[str]) -> None:
    from conftest import tool

    assert tool("heldout").round_names(spec) == expected
