"""Whole-document and block speakers of official texts and readouts (issue 13), as a golden table of small
texts written for this test (the shapes are those of ministries' pages; the names and words are made up):
(name, text, the start of a statement's content, the expected canonical speaker, or None when no statement
may start there).
"""

from __future__ import annotations

import warnings

import pytest

from helpers.attribution.statements import statements

# a ministry's page: title lines naming the minister, a body in the first person (titled_first_person_body)
TITLED_STATEMENT = (
    "Foreign Minister Ingrid Halvorsen at the start of her visit to Lima\n\n"
    "03.02.2026 - Press release\n\n"
    "Statement by Foreign Minister Ingrid Halvorsen at the start of her visit to Lima and Quito:\n\n"
    "In Lima and Quito, my first message will be this: our partners can rely on us. Trade matters.\n\n"
    "We will listen first. The President has asked me to carry a letter to both capitals.\n"
)
# the same on one title line, without a comma between the name and the office
TITLED_CALL = (
    "Statement by Mr Tomas Rivera Minister for Foreign Affairs - Conversation with his counterparts "
    "(4 May 2026)\n"
    "On Monday, I spoke on the phone with my counterparts in Oslo and Quito.\n"
    "I reiterated our concern about the floods. We agreed to stay in touch.\n"
)
# a column: the writer's "I" under a headline naming someone else, who is named in the first paragraph
COLUMN = (
    "Foreign Minister Ingrid Halvorsen at seventy\n\n"
    "I first met Ingrid Halvorsen in Lima in 1999. She was already a careful negotiator.\n"
)
# a speech that opens with a salutation: the person addressed is not the speaker
SALUTATION = (
    "Mr. President,\n\n"
    "I congratulate you on your election. My delegation will support you.\n"
)

CASES = [
    ("titled_body_first_person", TITLED_STATEMENT, "In Lima and Quito, my first", "Ingrid Halvorsen"),
    ("titled_body_runs_on", TITLED_STATEMENT, "Trade matters", "Ingrid Halvorsen"),
    ("titled_body_we", TITLED_STATEMENT, "We will listen first", "Ingrid Halvorsen"),
    ("titled_body_title_is_nobodys", TITLED_STATEMENT, "Statement by Foreign", None),
    ("titled_body_date_line_is_nobodys", TITLED_STATEMENT, "03.02.2026", None),
    ("titled_call_name_before_office", TITLED_CALL, "On Monday, I spoke", "Tomas Rivera"),
    ("titled_call_we", TITLED_CALL, "I reiterated our concern", "Tomas Rivera"),
    ("column_writer_is_not_the_title_person", COLUMN, "I first met", None),
    ("salutation_is_no_title", SALUTATION, "I congratulate you", None),
]


@pytest.mark.parametrize("name,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_document_speakers(name, text, content, speaker):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(text)
    rows = st[st["text"].str.startswith(content)]
    if speaker is None:
        assert rows.empty, rows[["speaker", "text"]]
    else:
        assert speaker in rows["speaker"].tolist(), f"{name}:\n{st[['speaker', 'text']]}"
