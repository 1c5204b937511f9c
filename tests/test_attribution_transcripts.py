"""Transcripts, briefings and block headings (issue 13), as a golden table of small texts written for
this test: (name, text, the start of a statement's content, the expected canonical speaker, or None when
no statement may start there).
"""

from __future__ import annotations

import warnings

import pytest

from helpers.attribution.statements import quotations, statements

RADIO = (
    "KELLY MCEVERS, HOST:\n\n"
    "The talks in Geneva ended without a deal on Tuesday. Our correspondent joins us.\n\n"
    "MARY LOUISE KELLY, BYLINE: Thanks, Kelly. The Russian side said it would respond within a week.\n\n"
    "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
    "The ceremony went on.\n\n"
    "SERGEI LAVROV: We will not accept these terms.\n\n"
    "KELLY MCEVERS, HOST: And what happens next?\n"
)
BLOCK = (
    "Statement on the Situation in the Region\n\n"
    "The below is attributable to Spokesperson Ned Price:\n\n"
    "We call on all parties to exercise restraint. We will continue to support the people of the region.\n"
)
# a briefing excerpt with one honorific label (the State Department's "MR PRICE:"), its words running
# over three paragraphs; written for this test
BRIEFING = (
    "Department Press Briefing\n\n"
    "MR PRICE: Good afternoon. A couple of items at the top.\n\n"
    "We have updated the travel advisory for the region this morning.\n\n"
    "We remain ready to pursue diplomacy with our partners.\n"
)
# a ministry's briefing whose title names the spokesperson, with mixed-case labels written once each
TITLED = (
    "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 4, 2021\n\n"
    "Xinhua News Agency: What is your comment on the meeting?\n\n"
    "Li Wen: The meeting was held in a constructive atmosphere.\n\n"
    "Both sides agreed to keep in touch at all levels.\n"
)
NESTED = 'Q: The other side said yesterday that "no agreement is possible without a ceasefire". Do you agree?'

CASES = [
    ("label_with_role_alone_on_its_line", RADIO, "The talks in Geneva", "KELLY MCEVERS"),
    ("turn_runs_on_into_the_next_paragraph", RADIO, "Our correspondent", "KELLY MCEVERS"),
    ("label_with_role_inline", RADIO, "Thanks, Kelly", "MARY LOUISE KELLY"),
    ("a_state_side_nested_in_a_turn", RADIO, "it would respond", "Russia"),
    ("stage_direction_ends_the_turn", RADIO, "The ceremony went on", None),
    ("block_heading_gives_the_block", BLOCK, "We call on all parties", "Ned Price"),
    ("block_heading_every_sentence", BLOCK, "We will continue", "Ned Price"),
    ("quotation_nested_in_a_question", NESTED, "no agreement is possible", "The other side"),
    ("the_question_itself", NESTED, "The other side said", "interviewer"),
    # the text never gives Mr Price's first name: the speaker is the label as written
    ("honorific_label_in_capitals", BRIEFING, "Good afternoon", "PRICE"),
    ("honorific_label_runs_on", BRIEFING, "We have updated", "PRICE"),
    ("honorific_label_runs_to_the_end", BRIEFING, "We remain ready", "PRICE"),
    ("label_of_the_spokesperson_the_title_names", TITLED, "The meeting was held", "Li Wen"),
    ("the_spokespersons_turn_runs_on", TITLED, "Both sides agreed", "Li Wen"),
]


@pytest.mark.parametrize("name,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_turns_and_blocks(name, text, content, speaker):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(text)
    rows = st[st["text"].str.startswith(content)]
    if speaker is None:
        assert rows.empty, rows[["speaker", "text"]]
    else:
        assert speaker in rows["speaker"].tolist(), f"{name}:\n{st[['speaker', 'text']]}"


def test_nested_quotation_belongs_to_whom_the_turn_quotes():
    q = quotations(NESTED)
    assert q[["text", "speaker"]].values.tolist() == [
        ["no agreement is possible without a ceasefire", "The other side"]
    ]


def test_a_print_interview_answer_does_not_run_on():
    # "Q:"/"LAVROV:" paragraphs (a print interview) do not run on into a closing note
    text = (
        "Q: Is a meeting possible?\n\nLAVROV: It is possible.\n\nQ: And the sanctions?\n\n"
        "LAVROV: They never worked.\n\nThe interview was recorded in Moscow on Wednesday.\n"
    )
    st = statements(text)
    assert not st["text"].str.startswith("The interview").any()


def test_answers_go_to_the_spokesperson_the_title_names():
    from helpers import load_article

    text = (
        "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 4, 2021\n\n"
        "Q: What is your comment on the talks?\n\nA: The talks were useful.\n\n"
        "Q: Will they continue?\n\nA: Yes, next month.\n"
    )
    turns = load_article(text=text, format="transcript").turns
    assert turns["speaker"].tolist() == ["Questioner", "Li Wen", "Questioner", "Li Wen"]
    assert set(turns.loc[turns["speaker"] == "Li Wen", "role"]) == {"spokesperson"}
