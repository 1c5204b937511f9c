"""helpers.stance: the target-sentiment table, each rule with hand-derived values, and the target suite.

The suite (``tests/stance_suite.yaml``) is CheckList-style (Ribeiro et al. 2020): templates filled with
names, grouped by capability; each capability must pass at >= 90 % and its failures are printed.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path

import pytest
import yaml

from helpers import stance as st
from helpers.errors import InputError
from helpers.stance import rules as R

SUITE = Path(__file__).with_name("stance_suite.yaml")
PASS_RATE = 0.90


def ctx_of(text: str, target: str, upto: str | None = None) -> R.TargetContext:
    """Run the rules up to (and including) the rule named ``upto`` on the first occurrence of target."""
    start = text.index(target)
    ctx = R.TargetContext(text, start, start + len(target), R.words_of(text))
    for rule in R.TARGET_RULES:
        rule(ctx)
        if rule.__name__ == upto:
            break
    return ctx


def valence_of(ctx: R.TargetContext, word: str) -> float:
    return next(w.valence for w in ctx.used if w.lower == word)


# ------------------------------------------------------------------------------------------ the table
def test_table_columns_and_spans_round_trip():
    text = "I like Bert, but I hate Robert."
    t = st.target_sentiment(text, [(7, 11), (24, 30)])
    assert list(t.columns) == st.TARGET_COLUMNS
    assert [text[a:b] for a, b in zip(t["target_start"], t["target_end"])] == t["target"].tolist()
    assert t["label"].tolist() == ["positive", "negative"]
    assert t["score"].between(-1, 1).all()
    assert "like@2:6" in t["evidence"][0] and "hate@19:23" in t["evidence"][1]


def test_empty_targets_give_empty_frame_with_columns():
    t = st.target_sentiment("Nothing here.", [])
    assert t.empty and list(t.columns) == st.TARGET_COLUMNS


@pytest.mark.parametrize("span", [(5, 3), (-1, 2), (0, 99), (4, 4)])
def test_bad_span_is_an_input_error(span):
    with pytest.raises(InputError):
        st.target_sentiment("Short text.", [span])


def test_unknown_method_is_an_input_error():
    with pytest.raises(InputError):
        st.target_sentiment("Short text.", [(0, 5)], method="magic")


def test_rules_method_labels_the_rule_score():
    t = st.target_sentiment("Moscow condemned Washington.", [(17, 27)], method="rules")
    assert t["score"][0] == t["rule_score"][0] < -0.05 and t["label"][0] == "negative"


def test_model_file_is_plain_json_over_the_features():
    path = Path(st.model.__file__).parents[1] / "lexicons" / st.model.MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["features"] == list(st.FEATURES) and data["classes"] == list(st.CLASSES)
    assert len(data["weights"]) == 3 and all(len(r) == len(st.FEATURES) for r in data["weights"])
    assert data["terms"] and all(len(w) == 3 for w in data["terms"].values())
    assert data["fitted_on"]["cv_macro_f1_linear"] > data["fitted_on"]["cv_macro_f1_rules"]


def test_terms_of_marks_negation_and_sides_and_skips_every_target():
    # "Paris" (22-27) and "Moscow" (0-6) are both targets: no term names either.  "did", "not",
    # "praise" are the clause words; "praise" is within three words of "not": NOT_praise.  The four words
    # before Paris are its left neighbours (Moscow skipped, so three).
    ctx = R.run_rules("Moscow did not praise Paris.", 22, 27, names=((0, 6), (22, 27)))
    assert st.terms_of(ctx) == ["c:did", "L:did", "c:not", "L:not", "c:NOT_praise", "L:praise"]


def test_fit_is_deterministic_and_learns_a_word():
    # Two features of zeros; the word "good" on the positive rows, "bad" on the negative ones.
    x = [[0.0] * len(st.FEATURES)] * 6
    y = [2, 2, 0, 0, 1, 1]
    terms = [["c:good"], ["c:good"], ["c:bad"], ["c:bad"], [], []]
    a, b = st.fit(x, y, terms, min_count=2), st.fit(x, y, terms, min_count=2)
    assert a == b
    assert a["terms"]["c:good"][2] > a["terms"]["c:good"][0] and a["terms"]["c:bad"][0] > a["terms"]["c:bad"][2]
    assert st.predict(a, x[0], ["c:good"])[0] == "positive" and st.predict(a, x[0], ["c:bad"])[0] == "negative"


def test_rules_are_named_documented_and_ordered():
    names = [r.__name__ for r in st.TARGET_RULES]
    assert names[0] == "clause_of_target" and names[-1] == "outside_clause"
    assert all(r.__doc__ and "Example" in r.__doc__ for r in st.TARGET_RULES)


# ------------------------------------------------------------------------------------------ each rule
def test_clause_of_target_cuts_at_the_contrast():
    # "I like Bert," ends at the comma before "but" (offset 12); Robert's clause runs from "but" (13) to
    # after the full stop (31); both touch the contrast word.
    text = "I like Bert, but I hate Robert."
    bert, robert = ctx_of(text, "Bert", "clause_of_target"), ctx_of(text, "Robert", "clause_of_target")
    assert bert.clause == (0, 12) and robert.clause == (13, 31)
    assert bert.features["contrast"] == robert.features["contrast"] == 1.0


def test_clause_of_target_without_contrast_is_the_sentence():
    ctx = ctx_of("Moscow condemned the sanctions.", "Moscow", "clause_of_target")
    assert ctx.clause == (0, 31) and ctx.features["contrast"] == 0.0


def test_quotation_scope():
    assert ctx_of("He said “Washington lied”.", "Washington", "quotation_scope").features["in_quote"] == 1.0
    assert ctx_of("Washington said “we lied”.", "Washington", "quotation_scope").features["in_quote"] == 0.0


def test_word_valences_decay_with_distance():
    # "condemned" is next to "Moscow" (distance 1, weight 1); "sanctions" is three words away:
    # weight 1 / (1 + 2/6) = 0.75.
    ctx = ctx_of("Moscow condemned the sanctions.", "Moscow", "word_valences")
    lex = R.lexicon()
    assert valence_of(ctx, "condemned") == pytest.approx(lex["condemned"])
    assert valence_of(ctx, "sanctions") == pytest.approx(lex["sanctions"] * 0.75)
    assert [w.lower for w in ctx.used] == ["condemned", "sanctions"]


def test_word_valences_skip_the_target_itself():
    ctx = ctx_of("The Peace Council met.", "Peace Council", "word_valences")
    assert ctx.used == []


def test_negation_scope_flips():
    # "welcome" is adjacent to "Berlin" and "not" is two words before it: valence × −0.74.
    ctx = ctx_of("Paris did not welcome Berlin.", "Berlin", "negation_scope")
    assert valence_of(ctx, "welcome") == pytest.approx(R.lexicon()["welcome"] * R.NEGATION_FACTOR)
    assert ctx.features["negated"] == 1.0


def test_negation_scope_stays_in_the_clause():
    ctx = ctx_of("Paris did not object, but it condemned Berlin.", "Berlin", "negation_scope")
    assert ctx.features["negated"] == 0.0


def test_hedge_scope_halves():
    # "violated" is two words from "Kyiv": weight 1/(1 + 1/6); "allegedly" hedges it: × 0.5.
    ctx = ctx_of("Kyiv allegedly violated the truce.", "Kyiv", "hedge_scope")
    assert valence_of(ctx, "violated") == pytest.approx(R.lexicon()["violated"] / (1 + 1 / 6) * 0.5)
    assert ctx.features["hedged"] >= 1.0


def test_agent_of_a_positive_act_gets_a_share():
    ctx = ctx_of("Moscow praised Paris.", "Moscow", "agent_or_patient")
    assert ctx.features["agent"] == 1.0
    assert valence_of(ctx, "praised") == pytest.approx(R.lexicon()["praised"] * R.AGENT_POSITIVE_SHARE)
    paris = ctx_of("Moscow praised Paris.", "Paris", "agent_or_patient")
    assert paris.features["agent"] == 0.0 and valence_of(paris, "praised") == pytest.approx(
        R.lexicon()["praised"]
    )


def test_passive_subject_is_the_patient_and_by_phrase_the_agent():
    text = "Berlin was praised by Rome."
    assert ctx_of(text, "Berlin", "agent_or_patient").features["agent"] == 0.0
    assert ctx_of(text, "Rome", "agent_or_patient").features["agent"] == 1.0


def test_agent_of_a_negative_act_keeps_it():
    ctx = ctx_of("Moscow attacked Paris.", "Moscow", "agent_or_patient")
    assert valence_of(ctx, "attacked") == pytest.approx(R.lexicon()["attacked"])


def test_outside_clause_ignores_the_other_side_of_a_contrast():
    # Bert sees only "like" (adjacent): score = v / sqrt(v² + 15).
    ctx = ctx_of("I like Bert, but I hate Robert.", "Bert")
    v = R.lexicon()["like"]
    assert ctx.features["outside_valence"] == 0.0
    assert ctx.score == pytest.approx(v / math.sqrt(v * v + 15))


def test_outside_clause_counts_the_rest_at_its_weight():
    # Rome's clause ends at ";" (offset 21): "hailed" (adjacent, Rome its agent: × 0.4); "crisis" is
    # outside the clause, no contrast word: counted at 0.3.
    ctx = ctx_of("Rome hailed the deal; the crisis continued.", "Rome")
    lex = R.lexicon()
    assert ctx.clause == (0, 21)
    assert ctx.features["outside_valence"] == pytest.approx(lex["crisis"])
    inside = lex["hailed"] * R.AGENT_POSITIVE_SHARE
    assert ctx.score == pytest.approx(R.normalise(inside + R.OUTSIDE_WEIGHT * lex["crisis"]))


# ------------------------------------------------------------------------------------------ the suite
def fill(template: str, names: tuple[str, ...]) -> tuple[str, dict[str, tuple[int, int]]]:
    """The template with its slots filled in order of appearance, and each slot's span."""
    slots = sorted(set(re.findall(r"\{([A-Z])\}", template)))
    choice = dict(zip(slots, names))
    text, spans, pos = "", {}, 0
    for m in re.finditer(r"\{([A-Z])\}", template):
        text += template[pos : m.start()]
        name = choice[m.group(1)]
        spans[m.group(1)] = (len(text), len(text) + len(name))
        text += name
        pos = m.end()
    text += template[pos:]
    return text[0].upper() + text[1:], spans


def fillings(names: list[str], k: int, fills: int) -> list[tuple[str, ...]]:
    perms = list(itertools.permutations(names, k))
    step = max(1, len(perms) // fills)
    return perms[::step][:fills]


def holds(label: str, expect: str) -> bool:
    return label != expect[4:] if expect.startswith("not ") else label == expect


def run_capability(name: str, spec: dict, suite: dict) -> tuple[int, list[str]]:
    n, failures = 0, []
    for tpl in spec["templates"]:
        k = len(set(re.findall(r"\{([A-Z])\}", tpl["text"])))
        seen: dict[str, set[str]] = {}
        for names in fillings(suite["names"], k, suite["fills"]):
            text, spans = fill(tpl["text"], names)
            slots = sorted(spans)
            table = st.target_sentiment(text, [spans[s] for s in slots])
            labels = dict(zip(slots, table["label"]))
            for slot, expect in (tpl.get("expect") or {}).items():
                n += 1
                if not holds(labels[slot], expect):
                    failures.append(f"{name}: {text!r} {slot}={labels[slot]} expected {expect}")
            for slot, lab in labels.items():
                seen.setdefault(slot, set()).add(lab)
        if "expect" not in tpl:
            for slot, labs in seen.items():
                n += 1
                if len(labs) > 1:
                    failures.append(
                        f"{name}: {tpl['text']!r} slot {slot} varies with the names: {sorted(labs)}"
                    )
    return n, failures


SUITE_DATA = yaml.safe_load(SUITE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("capability", list(SUITE_DATA["capabilities"]))
def test_target_suite(capability):
    n, failures = run_capability(capability, SUITE_DATA["capabilities"][capability], SUITE_DATA)
    rate = 1 - len(failures) / n
    print(f"{capability}: {n - len(failures)}/{n} pass ({rate:.0%})")
    for f in failures:
        print("  FAIL", f)
    assert rate >= PASS_RATE, f"{capability}: {rate:.0%} < {PASS_RATE:.0%}\n" + "\n".join(failures[:20])


# ------------------------------------------------------------------------------------------ the matrix
def test_gazetteer_merges_capitals_and_institutions_into_states():
    from helpers.stance.matrix import gazetteer

    g = gazetteer()
    assert g["moscow"] == g["kremlin"] == g["russia"] == "Russia"
    assert g["washington"] == g["white house"] == g["us"] == "United States"
    assert g["kiev"] == g["kyiv"] == "Ukraine" and g["nato"] == "NATO"
    assert "russian" not in g  # an adjective is not a target


def test_stance_targets_on_a_made_up_text():
    import helpers

    text = (
        "MOSCOW, December 7. Kremlin Spokesman Dmitry Peskov said that Moscow welcomed the proposal, "
        "but he condemned NATO's expansion.\n"
    )
    art = helpers.load_article(text)
    rows = st.stance_targets(art)
    assert list(rows.columns) == st.TARGET_ROW_COLUMNS
    assert all(art.text[a:b] == m for a, b, m in zip(rows["start"], rows["end"], rows["mention"]))
    got = dict(zip(rows["target"], rows["label"]))
    assert got == {"Russia": "positive", "NATO": "negative"}, rows
    assert set(rows["speaker"]) == {"Dmitry Peskov"}
    raw = st.stance_targets(art, merge_aliases=False)
    assert set(raw["target"]) == {"Moscow", "NATO"}


def test_stance_matrix_on_the_seed_has_its_columns_and_no_interval_below_min_n():
    import helpers

    art = helpers.load_article(helpers.paths.data_path())
    m = st.stance_matrix(art)
    assert list(m.columns) == st.MATRIX_COLUMNS and len(m) > 0
    assert (m["too_few"] == (m["n"] < st.matrix.MIN_N)).all()
    assert m.loc[m["too_few"], "ci_low"].isna().all()
    assert m["statement_ids"].str.len().gt(0).all()


def test_stance_heatmap_draws_n_in_each_cell():
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from helpers.plots.stance import stance_heatmap

    m = pd.DataFrame(
        [
            ("A", "Russia", 6, 2, -0.5, -0.7, -0.3, False, 5, 1, 0, "1,2"),
            ("B", "NATO", 1, 1, 0.4, None, None, True, 0, 0, 1, "3"),
        ],
        columns=st.MATRIX_COLUMNS,
    )
    ax = stance_heatmap(m)
    texts = [t.get_text() for t in ax.texts]
    assert "n=6\n-0.50" in texts and "n=1\n(+0.40)" in texts


def test_a_text_without_statements_gives_empty_typed_tables():
    import helpers

    art = helpers.load_article("Nothing at all happened here.\n")
    rows, m = st.stance_targets(art), st.stance_matrix(art)
    assert rows.empty and list(rows.columns) == st.TARGET_ROW_COLUMNS and rows["score"].dtype == "float64"
    assert m.empty and list(m.columns) == st.MATRIX_COLUMNS


def test_text_must_be_a_string():
    with pytest.raises(InputError):
        st.target_sentiment(b"bytes", [(0, 2)])


def test_random_spans_of_the_seed_round_trip_and_stay_in_range():
    import random

    import helpers

    text = helpers.load_article(helpers.paths.data_path()).text
    rng = random.Random(15)
    spans = []
    for _ in range(60):
        a = rng.randrange(0, len(text) - 1)
        spans.append((a, min(len(text), a + rng.randrange(1, 40))))
    t = st.target_sentiment(text, spans, method="rules")
    assert [text[a:b] for a, b in spans] == t["target"].tolist()
    assert t["score"].between(-1, 1).all() and set(t["label"]) <= set(st.CLASSES)


def test_a_users_model_file_must_be_json_over_the_same_features(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        st.target_sentiment("Moscow praised Paris.", [(0, 6)], model=str(bad))
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"features": ["x"], "classes": list(st.CLASSES)}), encoding="utf-8")
    with pytest.raises(InputError):
        st.target_sentiment("Moscow praised Paris.", [(0, 6)], model=str(other))


def test_stance_command_line(capsys, seed_path):
    """`python -m helpers stance PATH`: the matrix as JSON or CSV, and a one-line error for a bad path."""
    import json

    from helpers.cli import main

    assert main(["stance", str(seed_path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and set(rows[0]) >= {"speaker", "target", "n", "mean_score", "ci_low", "ci_high", "statement_ids"}
    # the seed names Yury Ushakov speaking about Joe Biden in two statements (by reading the text)
    assert any(r["speaker"] == "Yury Ushakov" and r["target"] == "Joe Biden" for r in rows)
    assert main(["stance", str(seed_path), "--targets", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("statement_id,speaker,target")
    speech = seed_path.parents[1] / "corpora" / "ungdc-sample" / "ungdc_UKR_79_2024.txt"
    assert main(["stance", str(speech), "--speaker", "Ukraine", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["speaker"] for r in rows} == {"Ukraine"} and any(r["target"] == "Russia" for r in rows)
    assert main(["stance", str(seed_path.parent / "missing.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no such file" in err[0]


def test_a_speech_is_one_speakers_statements_sentence_by_sentence():
    import helpers

    text = "Mr President,\n\nWe thank Brazil for its help. NATO threatens our security.\n"
    art = helpers.load_article(text)
    rows = st.stance_targets(art, speaker="Russia")
    assert set(rows["speaker"]) == {"Russia"}
    assert dict(zip(rows["target"], rows["label"])) == {"Brazil": "positive", "NATO": "negative"}
    ids = dict(zip(art.sentences["start"], art.sentences["sentence_id"]))
    starts = sorted(ids)
    assert rows["statement_id"].tolist() == [ids[max(s for s in starts if s <= a)] for a in rows["start"]]


def test_find_targets_keeps_the_leftmost_longest_and_a_place_wins_a_tie():
    from helpers.stance.matrix import find_targets, gazetteer, gazetteer_pattern, same_length_lower

    text = "Then Vladimir Putin met Moscow officials; putin and Russia."
    places = (gazetteer(), gazetteer_pattern())
    persons = {"vladimir putin": "Vladimir Putin", "putin": "Vladimir Putin", "moscow": "Someone"}
    got = find_targets(text, 0, len(text), places, persons, same_length_lower(text))
    # "Vladimir Putin" (5-19) beats "Putin" inside it; "Moscow" is the state's; lower-case "putin" is no
    # target; "Russia" is.
    assert got == [(5, 19, "Vladimir Putin"), (24, 30, "Russia"), (52, 58, "Russia")]
    assert len(same_length_lower("İstanbul")) == len("İstanbul")


def test_pipeline_writes_stance_targets_and_a_corpus_aggregates_them(seed_path):
    import helpers
    from helpers.corpus import analyse_corpus
    from helpers.pipeline import TABLES, analyse_article

    assert "stance_targets" in TABLES
    tables = analyse_article(helpers.load_article(seed_path))
    alone = st.stance_targets(helpers.load_article(seed_path))
    assert tables["stance_targets"].equals(alone)
    corpus = analyse_corpus([seed_path, seed_path])  # the same text twice: twice the mentions
    table = corpus.tables()["stance"]
    assert list(table.columns) == st.CORPUS_STANCE_COLUMNS
    pairs = alone.groupby(["speaker", "target"])["score"].agg(["size", "mean"])
    for row in table.itertuples(index=False):
        size, mean = pairs.loc[(row.speaker, row.target)]
        assert row.n == 2 * size and row.mean_score == pytest.approx(mean, abs=1e-4)
        assert row.documents == 2 and row.too_few == (row.n < st.matrix.MIN_N)
        assert row.n_negative + row.n_neutral + row.n_positive == row.n


def test_stance_network_draws_one_arrow_per_pair_coloured_by_stance():
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd
    from matplotlib.colors import to_hex
    from matplotlib.patches import FancyArrowPatch

    from helpers.plots import style
    from helpers.plots.stance import FEW_TEXT, stance_network

    m = pd.DataFrame(
        [
            ("A", "Russia", 6, 2, -1.0, -1.0, -1.0, False, 6, 0, 0, "1,2"),
            ("A", "NATO", 5, 1, 1.0, 1.0, 1.0, False, 0, 0, 5, "3"),
            ("B", "NATO", 1, 1, 0.4, None, None, True, 0, 0, 1, "4"),
        ],
        columns=st.MATRIX_COLUMNS,
    )
    ax = stance_network(m)
    arrows = {p.get_gid(): p for p in ax.patches if isinstance(p, FancyArrowPatch)}
    assert set(arrows) == {"A -> Russia", "A -> NATO", "B -> NATO"}
    # a mean of -1 is the negative end of the colour scale, +1 the positive end; n=1 < 5 is grey, dashed
    assert to_hex(arrows["A -> Russia"].get_edgecolor()) == style.NEGATIVE.lower()
    assert to_hex(arrows["A -> NATO"].get_edgecolor()) == style.POSITIVE.lower()
    assert to_hex(arrows["B -> NATO"].get_edgecolor()) == FEW_TEXT.lower()
    assert arrows["B -> NATO"].get_linestyle() == "--"
    assert arrows["A -> Russia"].get_linewidth() > arrows["A -> NATO"].get_linewidth()
    assert {t.get_text() for t in ax.texts} >= {"A", "B", "Russia", "NATO"}
    empty = stance_network(m.iloc[:0])
    assert empty.texts[0].get_text() == "no targets in any statement"


def test_explain_target_lists_the_features_then_the_strongest_terms():
    frame = st.explain_target("Moscow condemned Washington.", 17, 27)
    names = frame["feature"].tolist()
    assert names[: len(st.FEATURES)] == list(st.FEATURES)
    terms = [n for n in names if n.startswith("term ")]
    assert terms and set(terms) <= {"term c:moscow", "term L:moscow", "term c:condemned", "term L:condemned"}
    assert frame.attrs["rules"][0] == "clause_of_target"


def test_many_targets_in_a_long_statement_take_linear_time():
    # Reading every word for every target, with a scope search per word, was cubic: 150 targets in 2,100
    # characters took 0.8 s, 600 in 8,400 took 41 s.  Four times the text must now cost well under ten
    # times the time (linear: about four).
    import time

    from helpers.stance.target import score_spans

    def seconds(k: int) -> float:
        text = "Russia condemned NATO and praised France. " * k
        spans = [m.span() for m in re.finditer("Russia|NATO|France", text)]
        t = time.process_time()
        score_spans(text, spans, st.load_model())
        return time.process_time() - t

    small, large = seconds(25), seconds(100)
    assert large < max(10 * small, 0.2), (small, large)
