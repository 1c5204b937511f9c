"""Who said what (issue 3): statements and quotations, scored against hand-made gold annotations.

- The seed article against ``tests/gold/seed_tass_2021-12-07.yaml``: F1 >= 0.95 on attributed sentences,
  every quotation right.
- A dozen short texts in other house styles (``tests/gold/texts``): wire copy, a readout, an interview
  transcript, a speech quoting opponents, guillemets, curly and nested quotes, "according to" both ways,
  pronoun and role-noun chains, organisations, scare quotes, Wikinews style, joint sources and a quotation
  run over two paragraphs, an unbalanced quote.
- Forms and rules one by one, user lexicons, bad input, hypothesis properties.
- Robustness over ``../shared/corpora``: every Wikinews text and a deterministic sample of the UN speeches
  (every 10th file; ``HELPERS_FULL_CORPUS=1`` runs all 2,132), no exception, every span round-trips.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.article import load_article
from helpers.attribution.evaluate import evaluate
from helpers.attribution.statements import (
    QUOTATION_COLUMNS,
    STATEMENT_COLUMNS,
    quotations,
    statements,
)
from helpers.errors import InputError
from helpers.lexicons.verbs import load_verbs
from helpers.quote_marks import find_quotes

GOLD = Path(__file__).resolve().parent / "gold"
SEED_GOLD = GOLD / "seed_tass_2021-12-07.yaml"
TEXT_GOLDS = sorted((GOLD / "texts").glob("*.yaml"))


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_article(seed_path)


@pytest.fixture(scope="module")
def seed_st(seed):
    return statements(seed)


def _sentence_of(art, needle):
    pos = art.text.index(needle)
    s = art.sentences
    return int(s[(s["start"] <= pos) & (s["end"] > pos)]["sentence_id"].iloc[0])


def _speakers_in(st_df, art, needle):
    sid = _sentence_of(art, needle)
    return sorted(st_df[st_df["sentence_id"] == sid]["speaker"])


# -- scores against the gold ----------------------------------------------------------------------------


def test_seed_gold_f1_and_every_quotation(seed):
    r = evaluate(SEED_GOLD, seed)
    bad = r["sentences"][r["sentences"]["verdict"].str.contains("wrong|missed|narrator")]
    assert r["f1"] >= 0.95, bad.to_string()
    qbad = r["quotations"][~r["quotations"]["right"]]
    assert r["quotations_right"] == r["quotations_total"] == 15, qbad.to_string()


def test_gold_texts_other_house_styles():
    assert len(TEXT_GOLDS) >= 12
    tp = fp = fn = 0
    wrong_quotes = []
    for g in TEXT_GOLDS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = evaluate(g)
        tp, fp, fn = tp + r["tp"], fp + r["fp"], fn + r["fn"]
        q = r["quotations"]
        wrong_quotes += [f"{g.name}: {row.quote}" for row in q[~q["right"]].itertuples()]
    p, rc = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * p * rc / (p + rc)
    assert f1 >= 0.95, (p, rc, f1)
    assert not wrong_quotes


def test_scorer_notices_mistakes(tmp_path, seed):
    # a gold that disagrees must lower the score: the scorer is not a rubber stamp
    g = tmp_path / "g.yaml"
    g.write_text(
        "text: " + str(Path(seed.path).resolve()) + "\n"
        'statements:\n  - anchor: "Russia calls such claims"\n    speaker: [Ukraine]\n'
        'quotations:\n  - quote: "Easy! Why not?"\n    speaker: [Joe Biden]\n',
        encoding="utf-8",
    )
    r = evaluate(g, seed)
    assert r["tp"] == 0 and r["fn"] == 1 and r["fp"] > 30
    assert r["quotations_right"] == 0


def test_gold_anchor_must_exist(tmp_path, seed):
    g = tmp_path / "g.yaml"
    g.write_text(
        "text: " + str(Path(seed.path).resolve()) + '\nstatements:\n  - anchor: "no such words"\n'
        "    speaker: [X]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="anchor not found"):
        evaluate(g, seed)



def test_gold_anchor_at_a_dateline_counts_for_the_lead(tmp_path):
    # annotators anchor a lead from its paragraph's first word, the dateline; the layout makes the dateline
    # a unit of its own: the anchor counts for the sentence the dateline opens
    t = tmp_path / "t.txt"
    t.write_text("Minister opens the chairmanship\nVIENNA, 12 January 2017 – The chairmanship will build "
                 "bridges, said Foreign Minister Anna Berger today.\nShe gave no details.\n", encoding="utf-8")
    g = tmp_path / "g.yaml"
    g.write_text(f"text: {t}\n" 'statements:\n  - anchor: "VIENNA, 12 January 2017"\n    speaker: [Anna Berger]\n',
                 encoding="utf-8")
    r = evaluate(g)
    assert (r["tp"], r["fn"]) == (1, 0)


def test_a_dateline_before_a_colon_is_no_speaker():
    # "KUWAIT:" (a country in capitals before a colon, opening the text) is the dateline, not a speaker label
    art = load_article(text="KUWAIT: The Foreign Minister received a phone call on Tuesday from the US "
                            "Secretary of State.\nThe two sides discussed bilateral relations.\n")
    assert art.dateline.text == "KUWAIT:"
    assert "Kuwait" not in statements(art)["speaker"].tolist()

# -- the table ------------------------------------------------------------------------------------------


def test_columns_and_spans(seed, seed_st):
    assert list(seed_st.columns) == STATEMENT_COLUMNS
    text = seed.text
    for r in seed_st.itertuples():
        assert text[r.start : r.end] == r.text and r.end > r.start
        assert text[r.speaker_start : r.speaker_end] == r.speaker_mention
        if r.cue_start >= 0:
            assert text[r.cue_start : r.cue_end] == r.cue
        assert str(r.sentence_id) == r.sentence_ids.split(",")[0]
        assert r.kind in {"direct", "partial", "indirect", "according_to", "continuation"}
        assert r.rule
    assert list(seed_st["statement_id"]) == list(range(len(seed_st)))
    assert list(seed_st["start"]) == sorted(seed_st["start"])


def test_narrator_sentences_have_no_row(seed, seed_st):
    for needle in (
        "It will be used for the first time on Tuesday.",
        "Earlier, Presidential Aide Yury Ushakov made a similar remark.",
        "He was asked to comment on the reports",
        "Apart from that, Moscow and Washington agreed",
        "The two leaders will discuss legal agreements that will rule out",
        "Meanwhile, US Secretary of State Antony Blinken had telephone talks",
        "However, the US leader intends",
        "claims of a potential Russian",
    ):
        assert _speakers_in(seed_st, seed, needle) == [], needle


@pytest.mark.parametrize(
    ("needle", "speaker", "kind"),
    [
        ("According to Kremlin Spokesman Dmitry Peskov", "Dmitry Peskov", "according_to"),
        ("was a constructive one, according to both parties", "Vladimir Putin and Joe Biden", "according_to"),
        ('"I don’t accept anybody’s red lines," Biden said.', "Joe Biden", "direct"),
        ('he noted: "Easy! Why not?"', "Yury Ushakov", "direct"),
        ('He added that he hopes to have a "long discussion"', "Joe Biden", "partial"),
        ("Ushakov did not rule out that", "Yury Ushakov", "indirect"),
        ("This special line makes it possible", "Dmitry Peskov", "indirect"),
        ("In his words, ahead of his talks", "high-ranking White House official", "according_to"),
        ("However, this line saw no use until now", "Dmitry Peskov", "continuation"),
        ("According to the official, such guarantees", "Yury Ushakov", "according_to"),
        ("Earlier on Monday, CNN reported", "CNN", "indirect"),
        ("Russia calls such claims", "Russia", "indirect"),
        ("In their joint statement after the Geneva talks", "Vladimir Putin and Joe Biden", "indirect"),
    ],
)
def test_seed_forms(seed, seed_st, needle, speaker, kind):
    sid = _sentence_of(seed, needle)
    rows = seed_st[seed_st["sentence_id"] == sid]
    assert speaker in set(rows["speaker"]), rows.to_string()
    assert kind in set(rows[rows["speaker"] == speaker]["kind"])


def test_cue_includes_negation_and_two_sources_in_one_sentence(seed, seed_st):
    assert "did not rule out" in set(seed_st["cue"])
    assert _speakers_in(seed_st, seed, "In turn, Washington emphasized") == ["Joe Biden", "Washington"]


def test_quotations_table(seed):
    q = quotations(seed)
    assert list(q.columns) == QUOTATION_COLUMNS
    for r in q.itertuples():
        assert seed.text[r.start : r.end] == r.text
        assert seed.text[r.open_start] in "\"“«‘'" and r.open_start < r.start <= r.end < r.close_end
    scare = q[q["kind"] == "scare"]
    assert sorted(scare["text"]) == ["emotional", "invasion"]
    assert scare["speaker"].isna().all() and (scare["statement_id"] == -1).all()
    assert (q[q["kind"] == "statement"]["statement_id"] >= 0).all()


# -- house styles and rules one by one -----------------------------------------------------------------


def _st(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return statements(load_article(text))


def test_inverted_said_mr_and_guillemets():
    st_df = _st("Talks\n\n«We are ready for dialogue», said Mr. Lavrov. He arrived on Monday.\n")
    assert list(st_df["speaker"]) == ["Lavrov"]
    assert st_df["text"].iloc[0] == "We are ready for dialogue" and st_df["kind"].iloc[0] == "direct"


def test_split_quotation_and_quoted_as_saying():
    st_df = _st(
        'Title\n\nDeputy Foreign Minister Sergei Ryabkov spoke in Moscow. "We will respond," Ryabkov '
        'said, "and nobody should doubt it." Interfax quoted Kremlin spokesman Dmitry Peskov as saying '
        "the talks were over.\n"
    )
    # the agency quoting Peskov is the channel of his words, no second source (the gold of the spent rounds
    # lists a person quoting, "Sharif quoted Suu Kyi as telling ...", but not a paper or an agency: "The
    # Herald quoted Mumbengegwi as saying", "The Times of Malta quoted Jones as saying")
    assert list(st_df["speaker"]) == ["Sergei Ryabkov", "Sergei Ryabkov", "Dmitry Peskov"]
    assert list(st_df["text"][:2]) == ["We will respond", "and nobody should doubt it."]


def test_block_quotation_after_a_colon_and_according_to_inside_a_statement():
    text = (
        "Title\n\nJudge Ann Roe dismissed the suit on Monday. Roe rejected the argument:\n\n The claim is "
        "without merit. It ignores the law.\n\n – Judge Ann Roe, ruling\n\nThe mayor has admitted the "
        "error, according to prosecutors, but no charges were filed.\n"
    )
    st_df = _st(text)
    art = load_article(text)
    who = {
        _sentence_of(art, n): set(st_df[st_df["sentence_id"] == _sentence_of(art, n)]["speaker"])
        for n in ("The claim is", "It ignores the law.", "The mayor has admitted")
    }
    assert who[_sentence_of(art, "The claim is")] == {"Ann Roe"}
    assert who[_sentence_of(art, "It ignores the law.")] == {"Ann Roe"}
    assert "prosecutors" in who[_sentence_of(art, "The mayor has admitted")]


def test_unbalanced_quote_warns_and_does_not_crash():
    with pytest.warns(UserWarning, match="unbalanced"):
        st_df = statements(
            load_article('Title here\n\nThe envoy said the deal was "dead. Nobody answered.\n')
        )
    assert "envoy" in " ".join(st_df["speaker"])


def test_scare_quote_alone_is_no_statement():
    st_df = _st('Headline\n\nThe so-called "peacekeepers" left the town on Sunday.\n')
    assert st_df.empty


def test_infinitive_and_passive_are_not_cues():
    st_df = _st("Headline\n\nThe minister was asked to comment on the report. She plans to say more later.\n")
    assert st_df.empty


def test_states_after_a_region_adjective_is_a_noun():
    # "states" after a region's adjective is the noun (readouts: "He stressed that the Arab Gulf states
    # stand together"): by hand, the minister's one statement, no "Arab Gulf"/"Baltic" source
    st_df = _st(
        "Headline\n\nThe minister stressed that the Arab Gulf states stand together. The Baltic states "
        "have agreed to act.\n"
    )
    assert list(st_df["speaker"]) == ["minister"]


def test_calling_a_counterpart_is_a_phone_call():
    # "called his ... counterpart" is a telephone call (Gulf readouts and wires: "Prince Faisal bin Farhan
    # called his Iranian counterpart ..., the Saudi ministry said"): by hand, only the ministry speaks in
    # the first sentence; "called on his counterpart to ..." stays the minister's statement
    st_df = _st(
        "Headline\n\nForeign Minister Omar Haddad called his Iranian counterpart Ali Rezaei and the two "
        "agreed to meet soon, the ministry said. Haddad called on his counterpart to release the prisoners.\n"
    )
    assert list(st_df["speaker"]) == ["ministry", "Omar Haddad"]


def test_continued_is_a_cue_only_at_a_quotation():
    # flag colon (speech_verbs.txt): "continued:" before a quotation and '"...," continued X' right after one
    # are the speaker's words; "continues to stand with" is an action. By hand: two statements, both Roy's
    st_df = _st(
        'Headline\n\nMinister Roy Lee spoke. Lee continued: "We discussed trade." "There is no need to worry," '
        "continued Roy. The Niger continues to stand with the Palestinian people.\n"
    )
    assert list(st_df["speaker"]) == ["Roy Lee", "Roy Lee", "Roy Lee"][: len(st_df)] and len(st_df) >= 2
    assert not st_df["text"].str.contains("Palestinian").any()


def test_calling_up_is_a_phone_call():
    # "called up X to discuss ..." is a telephone call (wires relaying a readout: "Russian President Vladimir
    # Putin called up US President Barack Obama to discuss Iran nuclear talks, ..., the White House said"):
    # by hand, the White House alone speaks in the first sentence; "called on X to ..." stays a cue
    st_df = _st(
        "Headline\n\nPresident Ivan Petrov called up President John Miller to discuss the nuclear talks, the "
        "White House said. Petrov called on his counterpart to release the prisoners.\n"
    )
    assert list(st_df["speaker"]) == ["White House", "Ivan Petrov"]


def test_circles_and_believe_that_are_unnamed_sources():
    # "Circles maintain that ..." is an unnamed source (South Asian press); "believe" with a clause is a
    # speech act, "is believed to be" none: by hand, two statements of unnamed sources
    st_df = _st(
        "Headline\n\nThe talks went well. Circles maintain that the envoy had been trying since October. "
        "The envoy is believed to be in Paris. Western diplomats believe that he erred.\n"
    )
    assert list(st_df["speaker"]) == ["Circles", "Western diplomats"]
    assert set(st_df["speaker_type"]) == {"anonymous"}


def test_doubted_that_is_a_statement():
    # "doubted that ..." reports an opinion as "believe that" does (wires: "The Estonian minister doubted
    # that was the real cause"); the noun "doubts over" is none: by hand, one statement, the minister's
    st_df = _st(
        "Headline\n\nEstonian Foreign Minister Urmas Paet met reporters. There were doubts over the visit. "
        "The Estonian minister doubted that was the real cause of the delay.\n"
    )
    assert list(st_df["speaker"]) == ["Urmas Paet"]


def test_the_opposition_is_an_unnamed_source():
    # a country's opposition as the agent of a condemnation ("This statement has been condemned by the
    # Georgian opposition, which threatened ..."): by hand, one statement of an unnamed source
    st_df = _st(
        "Headline\n\nThe president said she would travel. The statement has been condemned by the Georgian "
        "opposition, which threatened to start an impeachment.\n"
    )
    assert list(st_df["speaker"])[-1] == "the Georgian opposition"  # an unnamed source keeps its phrase
    assert list(st_df["speaker_type"])[-1] == "anonymous"


def test_different_people_sharing_a_first_name_stay_apart():
    st_df = _st(
        "Headline\n\nRussian President Vladimir Putin said talks were possible. Ukrainian President "
        "Vladimir Zelensky said they were not. Putin added that he was patient.\n"
    )
    assert list(st_df["speaker"]) == ["Vladimir Putin", "Vladimir Zelensky", "Vladimir Putin"]


def test_spelling_variants_merge_initials_too():
    st_df = _st(
        "Headline\n\nUS Secretary of State Antony J. Blinken said the talks went well. Later Antony "
        "Blinken told reporters that more talks were needed. Blinken added that he was hopeful.\n"
    )
    assert st_df["speaker"].nunique() == 1


def test_first_person_narrator_is_not_a_source():
    st_df = _st("Speech\n\nWe note that the Council has met. I say that peace is possible.\n")
    assert st_df.empty


def test_user_speech_verb_file_extends_the_cues(tmp_path):
    text = "Headline\n\nForeign Minister Jane Doe opined that the sanctions would fail.\n"
    assert _st(text).empty
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("say said says saying\nopine\n", encoding="utf-8")
    st_df = statements(load_article(text), verbs_path=verbs)
    assert list(st_df["speaker"]) == ["Jane Doe"] and st_df["cue"].iloc[0] == "opined"
    assert "opined" in load_verbs(verbs) and "opining" in load_verbs(verbs)


def test_bad_lexicon_files_raise_input_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    art = load_article("Headline\n\nHe said so.\n")
    with pytest.raises(InputError):
        statements(art, verbs_path=empty)
    with pytest.raises(InputError):
        statements(art, verbs_path=tmp_path / "missing.txt")
    with pytest.raises(InputError):
        statements(art, titles_path=empty)


def test_find_quotes_apostrophes_and_nesting():
    text = "He said “NATO’s ‘open door’ is shut” and left. Rock ’n’ roll isn't a quote."
    quotes, bad = find_quotes(text, [(0, len(text))])
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["NATO’s ‘open door’ is shut"]
    assert bad == []


def test_find_quotes_run_on_without_reopening_marks():
    # worked by hand: paragraphs (0, 8) '“A b c.', (10, 15) 'D e.', (17, 23) 'F g.”'; the opener at 0 and
    # the closer at 22 pair across the unmarked paragraph, so neither is unbalanced and the first
    # paragraph's quotation runs on (not closed) from 1 to its end at 8
    text = "“A b c.\n\nD e.\n\nF g.”"
    paras = [(0, 7), (9, 13), (15, 20)]
    quotes, bad = find_quotes(text, paras)
    assert [(q.open, q.inner_start, q.inner_end, q.closed) for q in quotes] == [(0, 1, 7, False)]
    assert bad == []


def test_find_quotes_reads_reversed_marks_by_place():
    # worked by hand: ” at 3 follows a blank and precedes a letter (opens); “ at 9 precedes "." (closes);
    # the quotation's words are 4..9 "ab cd"
    text = "He ”ab cd“."
    quotes, bad = find_quotes(text, [(0, len(text))])
    assert [(q.open, text[q.inner_start : q.inner_end]) for q in quotes] == [(3, "ab cd")]
    assert bad == []


def test_gold_quotation_with_trailing_comma_matches(tmp_path):
    # the gold writes the words inside the marks with their comma ("PKK bore responsibility,"); the table
    # drops the comma, so the match drops it too: 1 quotation of 1 right
    from helpers.attribution.evaluate import evaluate

    text = 'Antony Blinken spoke on Monday. "PKK bore responsibility," Blinken said.'
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    (tmp_path / "g.yaml").write_text(
        "text: t.txt\nstatements:\n  - anchor: 'PKK bore'\n    speaker: [Antony Blinken, Blinken]\n"
        "quotations:\n  - quote: 'PKK bore responsibility,'\n    speaker: [Antony Blinken, Blinken]\n",
        encoding="utf-8",
    )
    r = evaluate(tmp_path / "g.yaml")
    assert (r["quotations_right"], r["quotations_total"]) == (1, 1)


# -- properties -----------------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "said",
        "told",
        "according to",
        "he",
        "she",
        "the spokesman",
        "Peskov",
        "Dmitry",
        '"',
        "“",
        "”",
        "«",
        "»",
        "‘",
        "’",
        "'",
        ",",
        ".",
        ":",
        "that",
        "Mr.",
        "Kremlin",
        "Spokesman",
        "the",
        "official",
        "In his words",
        "\n",
        "\n\n",
        "and",
        "so",
        "Biden",
        "added",
        "a",
        "US",
        "President",
        "noting",
        "was",
        "asked",
        "to",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=60))
def test_any_text_gives_round_tripping_spans(words):
    text = "Headline\n\n" + " ".join(words) + " end."
    art = load_article(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st_df = statements(art)
        q = quotations(art)
    for r in st_df.itertuples():
        assert art.text[r.start : r.end] == r.text
        assert art.text[r.speaker_start : r.speaker_end] == r.speaker_mention
    for r in q.itertuples():
        assert art.text[r.start : r.end] == r.text


# -- robustness over the shared corpora: tests/test_corpora.py runs attribution (statements, quotations,
# speakers, speaker mentions) with every other stage over every file, each file read once.


def test_heldout_wikinews_gold():
    """Nine Wikinews articles annotated before the rules were run on them (tests/gold/heldout), in three
    rounds of three picked at random (random.seed(7), (8), (9)).

    First contact, before any change each round prompted: round 1 P 0.67 R 0.44 F1 0.53, round 2 P 0.86
    R 0.40 F1 0.55, round 3 P 0.90 R 0.43 F1 0.58 (notebook 03 keeps the figures). The floor here guards the
    current level against regressions.
    """
    from helpers.attribution.evaluate import evaluate_all

    golds = sorted((GOLD / "heldout").glob("*.yaml"))
    assert len(golds) == 9
    table = evaluate_all(golds).set_index("gold")
    assert table.loc["all", "f1"] >= 0.85, table.to_string()


def test_heldout_rounds_4_and_5():
    """Twelve more Wikinews articles (tests/gold/heldout_round4 and heldout_round5: every 5th eligible
    article, see the README there), annotated before the rules were run on them.

    First contact: round 4 P 0.797 R 0.486 F1 0.604 (quotations 18/37); round 5, after the round-4 fixes,
    P 0.938 R 0.577 F1 0.714 (17/22). The floors guard the level reached after the general fixes both
    rounds prompted, and precision above all: a wrong speaker is worse than none for the per-speaker
    sentiment built on top.
    """
    from helpers.attribution.evaluate import evaluate_all

    golds = sorted((GOLD / "heldout_round4").glob("*.yaml")) + sorted(
        (GOLD / "heldout_round5").glob("*.yaml")
    )
    assert len(golds) == 12
    table = evaluate_all(golds).set_index("gold")
    pooled = table.loc["all"]
    assert pooled["f1"] >= 0.90, table.to_string()
    assert pooled["precision"] >= 0.97, table.to_string()
    assert pooled["quotations_right"] >= pooled["quotations_total"] - 3, table.to_string()


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # readout speech acts (speech_verbs.txt); sentences written for this test
        ("Secretary Ruiz also conveyed that the two economies must keep talking.", "Secretary Ruiz", "Ruiz"),
        ("President Osei congratulated the Chancellor on her election.", "President Osei", "Osei"),
        # more readout speech acts (speech_verbs.txt); sentences written for this test, the speaker by hand
        # as the subject before the verb: "conveyed" with a noun object (greetings), "appreciated" with the
        # person thanked before the content, "referred to", "spoke of" and "extended an invitation"
        ("Minister Okafor also conveyed warm greetings from President Bello.", "Minister Okafor", "Okafor"),
        ("Foreign Minister Lena Holm appreciated Chile for hosting the summit.", "Foreign Minister", "Lena Holm"),
        ("Minister Tavita referred to the new security pact in the region.", "Minister Tavita", "Tavita"),
        ("Mr. Kessler spoke of \u201copen and honest talks\u201d with his counterpart.", "Mr. Kessler", "Kessler"),
        (
            "President Marlow extended an invitation to Prime Minister Osei to attend the summit.",
            "President Marlow",
            "Marlow",
        ),
        # a bare weekday between subject and verb is no part of the speaker (names.txt [trailing skip]);
        # written for this test: the speaker is the name before "Saturday"
        ("Prime Minister Ana Ruiz Saturday described the events as a crisis.", "Prime Minister", "Ana Ruiz"),
        (
            "Chancellor Anna Berg spoke with President Osei. "
            "The Chancellor also offered her condolences for the loss of life in the floods.",
            "The Chancellor also",
            "Anna Berg",
        ),
        # an office nobody holds in the text is the lead's person (lead_person); written for this test
        (
            "Peter Novak said on Monday that the sanctions must stay.\n\n"
            "The Foreign Minister travelled to Brussels on Monday.\n\n"
            "The Foreign Minister said: \u201cUnity is our strength.\u201d",
            "The Foreign Minister said",
            "Peter Novak",
        ),
        (
            "Peter Novak said on Monday that the sanctions must stay.\n\n"
            "Foreign Minister Jonas Berg travelled to Brussels on Monday.\n\n"
            "The Foreign Minister said: \u201cUnity is our strength.\u201d",
            "The Foreign Minister said",
            "Jonas Berg",
        ),
        # a place run into the name after it (after_place, place_before_name); written for this test
        (
            "Foreign Minister Amir Tavassoli flew to Turkey on Monday. "
            "Upon arrival in Ankara Tavassoli told reporters that the ties were strong.",
            "Upon arrival in Ankara",
            "Amir Tavassoli",
        ),
        # passive cues name the speaker after "by"
        (
            "In a meeting he was told by Emergencies Minister Yevgeny Zinichev of "
            '"presumably between 36 and 40 people under the rubble".',
            "In a meeting",
            "Yevgeny Zinichev",
        ),
        (
            "Per numbers reported by The Associated Press, 415 thousand priests are subject to it.",
            "Per",
            "Associated Press",
        ),
        # an absolute clause with its own subject
        (
            'Rescue was halted, with Zinichev describing the "real threat of a collapse".',
            "Rescue",
            "Zinichev",
        ),
        # an -ing cue with a quotation in its clause
        (
            'Boeing did not release any details, telling Wikinews the company "extends its condolences to the families."',
            "Boeing",
            "Boeing",
        ),
        # a that-less clause after "indicated"
        ("Deputy Governor Oleg Klimov indicated 68 people were missing.", "Deputy", "Oleg Klimov"),
        # an appositive with a tail, and one the parser cannot read
        (
            'Howard Rubel, a Toronto lawyer representing Spanton, told the BBC "My client is very relieved."',
            "Howard",
            "Howard Rubel",
        ),
        (
            "Airfleets, a database detailing the aircraft of carriers, states the aircraft uses the A300.",
            "Air",
            "Airfleets",
        ),
        # the source of a relative clause, and a clause after ", which"
        (
            "NASA selected two astronauts for the mission, which NASA said might take place in summer.",
            "NASA",
            "NASA",
        ),
        (
            "Mufti Abdul Qawi was tried. Qawi was later accused of inciting it, which he denied.",
            "Qawi was later",
            "Mufti Abdul Qawi",
        ),
        # "Per X", a short adverbial before "according to", an inverted cue after an adverbial
        ("Per the decree, priests must notify the authorities.", "Per", "decree"),
        (
            "Longer term, according to NASA administrator Jim Bridenstine, the goal is a cheaper launch.",
            "Longer",
            "Jim Bridenstine",
        ),
        (
            "A gunman shot shoppers, with the toll rising to 22 on Monday, reported officials, with 25 injured.",
            "A gunman",
            "officials",
        ),
        # '"...?" wrote X': the attribution opens the next sentence
        (
            '"I thought it was a prank: who would steal a toilet?" wrote Maurizio Cattelan, the artist.',
            "I thought",
            "Maurizio Cattelan",
        ),
        # "they said" after a clause whose subject is plural
        (
            "State prosecutors charged the suspect with murder, they said Sunday.",
            "State",
            "State prosecutors",
        ),
        # a document credited to its named author
        (
            "According to a recent report by The Atlantic, the society keeps a database.",
            "According",
            "Atlantic",
        ),
        # a wire as the channel of a minister's words (issue 13): the wire is a second source of the same
        # words, and the quotation that goes on is still the minister's (written for this test)
        (
            "\u201cThere are no secret talks,\u201d Foreign Minister Lena Dahl said, according to the agency. "
            "\u201cThe only talks are the ones in Vienna.\u201d",
            "The only talks",
            "Lena Dahl",
        ),
        (
            "\u201cThere are no secret talks,\u201d Foreign Minister Lena Dahl said, according to Reuters.",
            "There are no",
            "Reuters",
        ),
        # colon_quotation: a speaker, a colon and a quotation, no speech verb (written for this test)
        (
            "Erna Solberg met the delegation in Oslo. Solberg: \u201cWe are ready to host the talks.\u201d",
            "We are ready",
            "Erna Solberg",
        ),
        (
            "Foreign Minister Ine Soreide spoke after the vote. The minister on the sanctions: "
            "\u201cThey have never worked for anyone.\u201d",
            "They have never",
            "Ine Soreide",
        ),
        # listed_subject: a list of states joined by commas and "and" is one group (written for this test)
        ("Norway, Chile and Kenya said the resolution was balanced.", "Norway", "Norway, Chile and Kenya"),
        ("In Oslo, Norway and Chile said the resolution was balanced.", "In Oslo", "Norway and Chile"),
    ],
)
def test_news_forms(text, needle, speaker):
    art = load_article(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(art)
    assert speaker in _speakers_in(st, art, needle), st[["speaker", "cue", "text", "rule"]].to_string()


@pytest.mark.parametrize(
    "text",
    [
        "The claims that Russia rejected were false.",
        # colon_quotation: a topic before a colon, and a quoted term, are nobody's words
        "The agenda: \u201csecurity guarantees\u201d and trade.",
        "They spoke on condition of anonymity because the talks are confidential.",
        "The team won, with Smith scoring twice.",
        "Back in 2018, the congress approved a bill, but it was dismissed by the senate.",
        "Amongst reported incidents, two cardinals were convicted.",
        "He spoke to reporters after the meeting in Geneva.",
        # a base form right after a name inside the sentence is a noun
        "To that end, the publication of the United Nations report on human rights is an essential step.",
        # "it" stands for a speaker only when an organisation or state has spoken before
        "The Charter of the United Nations is a safety net. If we respect it, it will guarantee that peace holds.",
        # Ireland informs the Council "about" something: no clause, no report
        "Ireland has worked to understand those links and inform the Council about the steps we can take.",
    ],
)
def test_news_forms_that_are_not_statements(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert statements(load_article(text)).empty


def test_a_quotation_between_a_determiner_and_a_naming_noun_is_a_name():
    # is_name_quote with [naming nouns] (issue 13; written for this test): a page's or a format's name
    text = (
        "Foreign Minister Ine Soreide said the archive was open. \u201cYou can read every file online,\u201d "
        "she said, pointing to the \u201cOpening of the state archives\u201d page and the "
        "\u201cOslo Channel\u201d format."
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = quotations(text)
    kinds = dict(zip(q["text"], q["kind"], strict=True))
    assert kinds["You can read every file online"] == "statement"
    assert kinds["Opening of the state archives"] == "scare"
    assert kinds["Oslo Channel"] == "scare"


def test_names_in_quotation_marks_are_no_ones_words():
    art = load_article(
        'Erdogan spoke to the press. Erdogan named it "Operation Peace Spring", saying "we will stop the corridor".'
    )
    q = quotations(art).set_index("text")
    assert q.loc["Operation Peace Spring", "kind"] == "scare"
    assert not isinstance(q.loc["Operation Peace Spring", "speaker"], str)


def test_text_without_statements_gives_typed_empty_tables():
    from helpers.attribution.speakers import speaker_mentions, speakers

    art = load_article("Just a headline")
    for table in (statements(art), quotations(art), speakers(art), speaker_mentions(art)):
        assert table.empty
        assert all(str(t) == "int64" for c, t in table.dtypes.items() if c.endswith(("_id", "start", "end")))


# -- rule words as data: the speech-verb flags "relative" and "object", lexicons/statement_words.txt ----------


def test_relative_flag_decides_the_source_of_a_relative_clause(tmp_path):
    # "which the ministry reiterated was final": the ministry is the source only when "reiterate" has the
    # "relative" flag (the package file lists it without one; a user file adds it)
    text = "Headline\n\nThe decision, which the ministry reiterated was final, angered the farmers.\n"
    plain, flagged = tmp_path / "plain.txt", tmp_path / "flagged.txt"
    plain.write_text("say said says saying\nreiterate\n", encoding="utf-8")
    flagged.write_text("say said says saying\nreiterate : relative\n", encoding="utf-8")
    assert statements(load_article(text), verbs_path=plain).empty
    st_df = statements(load_article(text), verbs_path=flagged)
    assert list(st_df["speaker"]) == ["ministry"] and list(st_df["cue"]) == ["reiterated"]
    assert "relative" in load_verbs()["said"].flags and "object" in load_verbs()["told"].flags


def test_statement_words_loader_reads_package_and_user_files(tmp_path):
    from helpers.lexicons.statements import load_statement_words

    words = load_statement_words()  # the header's lists: "also" is an adverb, "whether" opens a clause
    assert "also" in words.adverbs and "whether" in words.clause_openers and "him" in words.object_pronouns
    assert "in turn" in words.adverbial_openers and "dubbed" in words.naming_verbs and "the" in words.determiners
    mine = tmp_path / "words.txt"
    sections = "[clause openers]\nthat\n[object pronouns]\nhim\n[adverbial openers]\nhowever\n[determiners]\nthe\n"
    mine.write_text("[adverbs]\nmeanwhile\n" + sections + "[naming verbs]\ndubbed\n", encoding="utf-8")
    assert load_statement_words(mine).adverbs == frozenset({"meanwhile"})
    bad = tmp_path / "bad.txt"
    bad.write_text("[adverbs]\nalso\n[verbs]\nsay\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown section"):
        load_statement_words(bad)
    bad.write_text("[adverbs]\nalso\n", encoding="utf-8")
    with pytest.raises(InputError, match="lack section"):
        load_statement_words(bad)


def test_rule_lists_are_printable_and_documented():
    from helpers.attribution import cues, engine

    for rules in (engine.SENTENCE_RULES, engine.PASSES, cues.CUE_RULES, cues.NOT_A_CUE, cues.SPEAKER_RULES,
                  cues.CLAUSE_SUBJECT_RULES):
        assert rules and all(r.name == r.__name__ and r.__doc__ for r in rules)


# -- one quotation pairer (helpers.quote_marks) for the attribution and the sentence splitter --------------------


def test_quote_pairs_by_hand():
    # «a "b" c»: the guillemets hold the straight pair (nested pairs are kept); a lone closing mark and a
    # mark never closed are unmatched; single quotes are not read by the sentence splitter's marks
    from helpers.quote_marks import quote_pairs

    assert quote_pairs('«a "b" c»') == ([(0, 8), (3, 5)], [])
    assert quote_pairs("x» and «y") == ([], [1, 7])
    assert quote_pairs("‘a’ and ‹b›") == ([(8, 10)], [])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="\"“”«»„‘’'‹› aZ(.-\n", max_size=16))
def test_quotations_pairer_reads_marks_as_the_sentence_splitter_did(s):
    # the sentence splitter's own pairer (helpers.sentences.quote_pairs) and the shared one agree exactly
    from helpers.quote_marks import quote_pairs
    from helpers.sentences import quote_pairs as splitter_pairs

    assert quote_pairs(s) == splitter_pairs(s)
    for a in range(len(s) + 1):
        assert quote_pairs(s, a) == splitter_pairs(s, a)


def test_user_statement_words_file_changes_the_rules(tmp_path):
    # 'baptised "Operation Clean Sweep"': three title-case words after a naming verb are a name (a scare
    # quote); "baptised" is not among the package's naming verbs, so the quotation stays unattributed
    # until a user's statement_words.txt adds it
    from helpers.lexicons import package_file

    text = 'Headline\n\nThe army launched an offensive baptised "Operation Clean Sweep" on Monday.\n'
    words = package_file("statement_words.txt").read_text(encoding="utf-8")
    mine = tmp_path / "words.txt"
    mine.write_text(words.replace("[naming verbs]\n", "[naming verbs]\nbaptised\n"), encoding="utf-8")
    assert list(quotations(load_article(text))["kind"]) == ["unattributed"]
    assert list(quotations(load_article(text), words_path=mine)["kind"]) == ["scare"]
