"""Exact scores of the attribution evaluation on a hand-made text and gold file (issue 19, mutation testing).

Written against the mutants of ``helpers.attribution.evaluate`` that the other tests let through
(``python tools/mutate.py --modules src/helpers/attribution/evaluate.py --tests tests/test_statements.py
tests/test_expected_seed.py tests/test_mutants_evaluate.py``). Public functions only (``evaluate``,
``evaluate_all``, ``load_gold``), on a six-sentence text whose statements any attribution finds (a quotation
with "Lavrov said", "Peskov said that", "Ryabkov told reporters that"); the scores are counted by hand from
the gold below and the scoring rules of tests/gold/README.md.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.article import load_article
from helpers.attribution.evaluate import evaluate, evaluate_all, load_gold
from helpers.errors import InputError

TEXT = (
    "Talks in Geneva end\n\n"
    "The talks ended on Tuesday. "  # sentence 1: the narrator's
    '"We had a frank exchange," Lavrov said. '  # 2: Lavrov
    "Peskov said the next round would be in spring. "  # 3: Peskov
    "Snow fell in the city. "  # 4: nobody
    "Ryabkov told reporters that the talks were useful.\n"  # 5: Ryabkov
)

# Sentence 2: Lavrov twice (two anchors, the same names: one pair) -> right.
# Sentence 3: the gold accepts only "Dmitry Peskov", the system says "Peskov" -> wrong speaker + missed.
# Sentence 4: two gold sources, no system source -> missed (two pairs).
# Sentence 5: no gold source, the system says Ryabkov -> narrator sentence attributed.
# tp = 1, fp = 2 (sentences 3, 5), fn = 3 (sentence 3, twice sentence 4)
GOLD = """text: text.txt
statements:
  - anchor: '"We had a frank'
    speaker: [Sergey Lavrov, LAVROV]
  - anchor: "Lavrov said"
    speaker: [lavrov, sergey lavrov]
  - anchor: "Peskov said the next"
    speaker: Dmitry Peskov
  - anchor: "Snow fell"
    speaker: [Meteo]
  - anchor: "in the city"
    speaker: [Rosgidromet]
quotations:
  - quote: "We had a frank"
    speaker: [Lavrov]
  - quote: "We had"
    speaker: null
  - quote: "No such quotation"
    speaker: null
"""
# Every statement right: tp = 3, fp = 0, fn = 0.
PERFECT = """text: text.txt
statements:
  - anchor: "Lavrov said"
    speaker: [Lavrov]
  - anchor: "Peskov said"
    speaker: [Peskov, Dmitry Peskov]
  - anchor: "Ryabkov told"
    speaker: Ryabkov
"""


def _records(table) -> list[dict]:
    """The rows as dicts, a missing value (None or NaN, as pandas stores it) as None."""
    return [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in table.to_dict("records")]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD, encoding="utf-8")
    (tmp_path / "perfect.yaml").write_text(PERFECT, encoding="utf-8")
    return tmp_path


def test_counts_and_scores(folder):
    r = evaluate(folder / "gold.yaml")
    assert (r["tp"], r["fp"], r["fn"]) == (1, 2, 3)
    assert r["precision"] == pytest.approx(1 / 3)  # 1 / (1 + 2)
    assert r["recall"] == pytest.approx(1 / 4)  # 1 / (1 + 3)
    assert r["f1"] == pytest.approx(2 / 7)  # 2 * (1/3) * (1/4) / (1/3 + 1/4) = (1/6) / (7/12)


def test_sentence_rows_and_verdicts(folder):
    rows = evaluate(folder / "gold.yaml")["sentences"]
    assert list(rows.columns) == ["sentence_id", "text", "gold", "system", "verdict"]
    # the headline is sentence 0; sentences 2-5 have a gold or a system source, 1 has neither
    assert rows.to_dict("records") == [
        {"sentence_id": 2, "text": '"We had a frank exchange," Lavrov said.', "gold": "lavrov",
         "system": "Lavrov", "verdict": "right"},
        {"sentence_id": 3, "text": "Peskov said the next round would be in spring.", "gold": "dmitry peskov",
         "system": "Peskov", "verdict": "wrong speaker, missed a source"},
        {"sentence_id": 4, "text": "Snow fell in the city.", "gold": "meteo | rosgidromet", "system": "",
         "verdict": "missed"},
        {"sentence_id": 5, "text": "Ryabkov told reporters that the talks were useful.", "gold": "",
         "system": "Ryabkov", "verdict": "narrator sentence attributed"},
    ]  # fmt: skip


def test_quotations(folder):
    r = evaluate(folder / "gold.yaml")
    # "We had a frank" by Lavrov: right; the same quotation as nobody's: wrong; a quotation not in the
    # text: wrong
    assert (r["quotations_right"], r["quotations_total"]) == (1, 3)
    assert _records(r["quotations"]) == [
        {"quote": "We had a frank", "gold": "lavrov", "system": "Lavrov", "right": True},
        {"quote": "We had", "gold": None, "system": "Lavrov", "right": False},
        {"quote": "No such quotation", "gold": None, "system": None, "right": False},
    ]


def test_an_unattributed_quotation_is_right_for_a_null_speaker(tmp_path):
    (tmp_path / "t.txt").write_text('Talks end\n\nThe so-called "reset" is over. Snow fell.\n', encoding="utf-8")
    (tmp_path / "g.yaml").write_text("text: t.txt\nquotations:\n  - quote: reset\n    speaker: null\n")
    r = evaluate(tmp_path / "g.yaml")
    assert (r["quotations_right"], r["quotations_total"]) == (1, 1)
    # no statements on either side: precision and recall are 1 by convention, no sentence rows
    assert (r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) == (0, 0, 0, 1.0, 1.0, 1.0)
    assert len(r["sentences"]) == 0


def test_no_quotations_in_the_gold(folder):
    r = evaluate(folder / "perfect.yaml")
    assert (r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) == (3, 0, 0, 1.0, 1.0, 1.0)
    assert (r["quotations_right"], r["quotations_total"]) == (0, 0)


def test_evaluate_all_pools_the_pairs(folder):
    table = evaluate_all([folder / "gold.yaml", folder / "perfect.yaml"])
    assert list(table.columns) == [
        "gold", "tp", "fp", "fn", "precision", "recall", "f1", "quotations_right", "quotations_total"]  # fmt: skip
    rows = table.to_dict("records")
    assert rows[0] == {"gold": "gold", "tp": 1, "fp": 2, "fn": 3, "precision": 0.333, "recall": 0.25,
                       "f1": 0.286, "quotations_right": 1, "quotations_total": 3}  # fmt: skip
    assert rows[1] == {"gold": "perfect", "tp": 3, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
                       "f1": 1.0, "quotations_right": 0, "quotations_total": 0}  # fmt: skip
    # all: tp 4, fp 2, fn 3 -> precision 4/6 = 0.667, recall 4/7 = 0.571, f1 2*(2/3)*(4/7)/(2/3+4/7) = 16/26
    assert rows[2] == {"gold": "all", "tp": 4, "fp": 2, "fn": 3, "precision": 0.667, "recall": 0.571,
                       "f1": 0.615, "quotations_right": 1, "quotations_total": 3}  # fmt: skip


def test_evaluate_all_with_nothing_found(tmp_path):
    # one gold source the system cannot find: tp 0, fp 0, fn 1 -> precision 0/1 (no division by 0), recall 0
    (tmp_path / "t.txt").write_text("Talks end\n\nSnow fell in the city.\n", encoding="utf-8")
    (tmp_path / "g.yaml").write_text("text: t.txt\nstatements:\n  - anchor: Snow\n    speaker: Meteo\n")
    rows = evaluate_all([tmp_path / "g.yaml"]).to_dict("records")
    assert [(r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) for r in rows] == [
        (0, 0, 1, 0.0, 0.0, 0.0), (0, 0, 1, 0.0, 0.0, 0.0)]  # fmt: skip


def test_load_gold_resolves_the_text_and_fills_defaults(folder):
    gold = load_gold(folder / "perfect.yaml")
    assert gold["text_path"] == folder / "text.txt"
    assert gold["quotations"] == [] and len(gold["statements"]) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("text: [unclosed\n", "not valid YAML"),
        ("- just a list\n", "needs a 'text' entry"),
        ("statements: []\n", "needs a 'text' entry"),
        ("text: nowhere.txt\n", "gold text not found: nowhere.txt"),
    ],
)
def test_load_gold_refuses(tmp_path, content, message):
    (tmp_path / "g.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(tmp_path / "g.yaml")


@pytest.mark.parametrize(("anchor", "message"), [("Hail", "not found"), ("talks", "not unique")])
def test_an_anchor_must_occur_exactly_once(folder, anchor, message):
    (folder / "bad.yaml").write_text(f"text: text.txt\nstatements:\n  - anchor: {anchor}\n    speaker: X\n")
    with pytest.raises(InputError, match=f"gold anchor {message}: '{anchor}'"):
        evaluate(folder / "bad.yaml")


# Two statements (Lavrov's quotation, "Peskov said"); the gold accepts Lavrov but only "Dmitry Peskov":
# tp = 1, fp = 1, fn = 1 -> precision 1/2, recall 1/2, F1 1/2
TWO = 'Talks end\n\n"We had a frank exchange," Lavrov said. Peskov said the next round would be in spring.\n'
TWO_GOLD = """text: two.txt
statements:
  - anchor: "Lavrov said"
    speaker: Lavrov
  - anchor: "Peskov said"
    speaker: Dmitry Peskov
"""


def test_precision_and_recall_with_as_many_right_as_wrong(tmp_path):
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "g.yaml").write_text(TWO_GOLD, encoding="utf-8")
    r = evaluate(tmp_path / "g.yaml")
    assert (r["tp"], r["fp"], r["fn"]) == (1, 1, 1)
    assert (r["precision"], r["recall"], r["f1"]) == (0.5, 0.5, 0.5)


def test_nothing_right_gives_f1_zero(folder):
    # the gold names only "Dmitry Peskov" in sentence 3: the system's Lavrov (2) and Ryabkov (5) are
    # narrator sentences attributed, its "Peskov" a wrong speaker -> tp 0, fp 3, fn 1: P = R = F1 = 0
    (folder / "wrong.yaml").write_text(
        "text: text.txt\nstatements:\n  - anchor: Peskov said\n    speaker: Dmitry Peskov\n", encoding="utf-8"
    )
    r = evaluate(folder / "wrong.yaml")
    assert (r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) == (0, 3, 1, 0.0, 0.0, 0.0)


def test_evaluate_all_without_gold_statements(folder):
    # no gold statement, three system ones: tp 0, fp 3, fn 0 -> precision 0/3, recall 0 (0 of 0, shown 0)
    (folder / "none.yaml").write_text("text: text.txt\n", encoding="utf-8")
    rows = evaluate_all([folder / "none.yaml"]).to_dict("records")
    assert [(r["tp"], r["fp"], r["fn"], r["precision"], r["recall"], r["f1"]) for r in rows] == [
        (0, 3, 0, 0.0, 0.0, 0.0), (0, 3, 0, 0.0, 0.0, 0.0)]  # fmt: skip


def test_evaluate_all_of_no_files_is_one_row_of_zeros():
    assert evaluate_all([]).to_dict("records") == [
        {"gold": "all", "tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0,
         "quotations_right": 0, "quotations_total": 0}]  # fmt: skip


def test_the_sentence_table_has_its_columns_when_empty(tmp_path):
    (tmp_path / "t.txt").write_text("Talks end\n\nSnow fell.\n", encoding="utf-8")
    (tmp_path / "g.yaml").write_text("text: t.txt\n", encoding="utf-8")
    rows = evaluate(tmp_path / "g.yaml")["sentences"]
    assert len(rows) == 0 and list(rows.columns) == ["sentence_id", "text", "gold", "system", "verdict"]


def test_a_given_article_is_scored_instead_of_the_gold_text(folder):
    # the same text plus a sixth sentence that the system credits to Ryabkov: one false positive more
    article = load_article(TEXT + '"It went well," Ryabkov said.\n')
    r = evaluate(folder / "perfect.yaml", article=article)
    assert (r["tp"], r["fp"], r["fn"]) == (3, 1, 0)


def test_the_messages_name_the_file_and_what_to_do(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text("text: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(g)
    message = str(info.value)
    assert message.startswith(f"{g}: gold file is not valid YAML: ") and message.endswith("(fix the YAML)")
    # PyYAML's own message starts "while parsing a flow sequence" (the unclosed "["), then gives the place
    # on the next lines: only that first line is kept
    assert message == f"{g}: gold file is not valid YAML: while parsing a flow sequence (fix the YAML)"
    g.write_text("statements: []\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(g)
    assert str(info.value) == f"{g}: gold file needs a 'text' entry (see tests/gold/README.md)"
    g.write_text("text: nowhere.txt\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(g)
    assert str(info.value) == (
        f"{g}: gold text not found: nowhere.txt (give a path relative to the gold file or the project root)"
    )
    with pytest.raises(InputError) as info:
        load_gold(tmp_path / "missing.yaml")
    assert str(info.value) == f"{tmp_path / 'missing.yaml'}: gold file not found (check the path)"


def test_anchor_messages(tmp_path):
    (tmp_path / "t.txt").write_text("Talks end\n\nTalks resumed. Wow!!! " + "x" * 70 + "\n", encoding="utf-8")
    g = tmp_path / "g.yaml"

    def message(anchor: str) -> str:
        g.write_text(f"text: t.txt\nstatements:\n  - anchor: '{anchor}'\n    speaker: X\n", encoding="utf-8")
        with pytest.raises(InputError) as info:
            evaluate(g)
        return str(info.value)

    # "Talks" at offset 0 and again later: not unique (offset 0 is found, not missing)
    assert message("Talks") == f"{g}: gold anchor not unique: 'Talks' (use a longer, exact substring)"
    # "!!" at two overlapping offsets, one character apart: not unique either
    assert message("!!") == f"{g}: gold anchor not unique: '!!' (use a longer, exact substring)"
    # a missing anchor is quoted up to its first 50 characters
    long = "y" * 60
    assert message(long) == f"{g}: gold anchor not found: '{'y' * 50}' (use a longer, exact substring)"


@pytest.mark.parametrize(
    ("system", "gold", "same"),
    [
        # written by hand: the article is not part of a name, case never is; any other word is
        ("press service of the Ministry of Foreign Affairs", "The press service of the Ministry of Foreign Affairs", True),
        ("The Foreign Ministry", "foreign ministry", True),
        ("Theresa May", "resa may", False),  # "The" as the start of a word is not an article
        ("the Netherlands", "Netherlands", True),
        ("Press service", "press service of the Ministry", False),
    ],
)
def test_names_compare_without_a_leading_article(system, gold, same):
    from helpers.attribution.evaluate import name_key

    assert (name_key(system) == name_key(gold)) is same
