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
