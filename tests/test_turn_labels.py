"""Golden rows for the rules that read press conferences and Q&A laid out as turns (issue 13).

Each text is written for the test in the shape of a spent round's page; the expected speakers were read
from the wording (who the label or the title names), never from the code's output."""

from __future__ import annotations

import helpers

# "Question:" / "Minister:" on lines of their own; the title names the minister (label_on_own_line,
# label_answers_question, office_label_holder, label_alone)
MINISTER_QA = (
    "Press Conference by the Defense Minister Tanaka (10:00-10:10 A.M. May 2, 2016)\n\n"
    "Question:\nWhat did you discuss with your Australian counterpart?\n\n"
    "Minister:\nWe discussed maritime security at length. I expressed my support for joint training.\n"
)
# "Question:" / "Answer:" under a title that names no person the rules can read (label_answers_question;
# answers_question: the answer runs on over its second paragraph)
ANSWER_QA = (
    "No:12/20, Head of the Press Service answers the question of the media\n\n"
    "Question: What can you say about the talks in the Western Balkans?\n\n"
    "Answer: The Ministry firmly supports the dialogue between the parties.\n\n"
    "In this regard, the attempts by third parties to derail the talks must be rejected.\n"
)
# a report printing an exchange as "Surname:" turns of people it named before (label_names_person_in_text)
REPORTED_EXCHANGE = (
    "Foreign Minister Ali Demir said on Monday that talks with Athens would resume in March.\n\n"
    "The exchange between Nikos Pappas and Ali Demir\n\n"
    "Pappas: Minister, what can we expect from the meeting of the two leaders?\n\n"
    "Demir: We will sit at the table and resolve the problem. Our will is clear.\n"
)
# a label line over a first-person paragraph (first_person_turn); a third-person paragraph ends the turn
LABEL_OVER_BLOCK = (
    "The foreign ministers Maria Costa and Jan Berg met in Oslo on Friday.\n\n"
    "J. Berg: Our views differ on fisheries.\n\n"
    "We must continue the dialogue we started today. Our door remains open.\n\n"
    "The ministers then left for a working lunch.\n"
)
# a title "Press briefing by <office>" over a first-person monologue (the remarks heading "press briefing by")
BRIEFING_BY_OFFICE = (
    "Press briefing by President of the Government of Spain after the European Council\n\n"
    "I want to thank all the teams for their work. We have reached an agreement on the budget.\n"
)


def _speakers(text: str) -> dict[str, str]:
    st = helpers.statements(helpers.load_article(text))
    # (a statement's content ends before the sentence's final full stop)
    return {row.text: row.speaker for row in st.itertuples()}


def test_minister_label_is_the_titled_minister():
    got = _speakers(MINISTER_QA)
    assert got["What did you discuss with your Australian counterpart?"] == "Questioner"
    assert got["We discussed maritime security at length"] == "Tanaka"
    assert got["I expressed my support for joint training"] == "Tanaka"


def test_answer_label_after_question_runs_on():
    got = _speakers(ANSWER_QA)
    assert got["What can you say about the talks in the Western Balkans?"] == "Questioner"
    assert got["The Ministry firmly supports the dialogue between the parties"] == "Answer"
    assert got["In this regard, the attempts by third parties to derail the talks must be rejected"] == "Answer"


def test_surname_labels_of_people_named_before():
    got = _speakers(REPORTED_EXCHANGE)
    assert got["Minister, what can we expect from the meeting of the two leaders?"] == "Nikos Pappas"
    assert got["We will sit at the table and resolve the problem"] == "Ali Demir"
    assert got["Our will is clear"] == "Ali Demir"


def test_first_person_paragraphs_after_a_label_are_the_speakers():
    text = LABEL_OVER_BLOCK
    got = _speakers(text)
    assert got["Our views differ on fisheries"] == "Jan Berg"
    assert got["We must continue the dialogue we started today"] == "Jan Berg"
    assert got["Our door remains open"] == "Jan Berg"
    assert not any(t.startswith("The ministers then left") for t in got)


def test_press_briefing_by_an_office():
    got = _speakers(BRIEFING_BY_OFFICE)
    assert got["I want to thank all the teams for their work"] == "President of the Government of Spain"
    assert got["We have reached an agreement on the budget"] == "President of the Government of Spain"


# a transcriber's bracketed note opening the body is nobody's (STAGE_DIRECTION_SENTENCE_RE)
BRIEFING_WITH_NOTE = (
    "Press briefing by President of the Government of Spain after the European Council\n\n"
    "(Inaudible opening greeting). We have worked through the night. I thank the German Presidency.\n"
)
# a journalist's turn opening by addressing the minister (formats.addressed: a vocative, not a source)
DOORSTOP = (
    "Doorstop Interview, Canberra\n\n"
    "JOURNALIST: Foreign Minister, welcome back to Canberra.\n\n"
    "WONG: Thank you. It is good to be home.\n\n"
    "JOURNALIST: What did you agree with your counterpart?\n\n"
    "WONG: We agreed to meet again in March.\n"
)


def test_bracketed_note_in_a_briefing_body_is_nobodys():
    got = _speakers(BRIEFING_WITH_NOTE)
    assert not any(t.startswith("(Inaudible") for t in got)
    assert got["We have worked through the night"] == "President of the Government of Spain"
    assert got["I thank the German Presidency"] == "President of the Government of Spain"


def test_vocative_opening_a_turn_is_no_source():
    st = helpers.statements(helpers.load_article(DOORSTOP))
    first = st[st["start"] == DOORSTOP.find("Foreign Minister, welcome")]
    assert first["speaker"].tolist() == ["Journalist"]
    assert "Foreign Minister" not in set(st["speaker"])


# a speech's salutation on its own line ("Mr. President:") addresses the chair: no turn of a "President"
SPEECH_SALUTATIONS = (
    "Statement by the Prime Minister of the Bahamas\n\n"
    "Mr. President:\nPermit me at the outset to congratulate you on your election.\n\n"
    "Mr. President:\nWe face a crisis of our time.\n\n"
    "Mr. President:\nI thank you.\n"
)


def test_salutation_lines_of_a_speech_are_no_turns():
    st = helpers.statements(helpers.load_article(SPEECH_SALUTATIONS))
    assert "President" not in set(st["speaker"])


# --- label_person_speaks, label_initials_of_person, TIME_CODE_RE, dated_title_line (rounds Q and R shapes) ---

# a press conference's opening statement under the speaker's office and full name, once, in mixed case; the
# first-person paragraphs after it are the turn's, the one with a quoted goal included
TITLED_NAME_STATEMENT = (
    "Prime Minister Anna Keller: Good morning, and thank you for coming. I have just returned from Geneva.\n\n"
    "At the summit we adopted the goal of “clean water for all”, and I pledged our support.\n\n"
    "I said that this was our first priority.\n"
)
# a television interview: show notes name the host, then "Name:" turns, the guest's with his office
TV_INTERVIEW = (
    "Sunday Politics, Episode 4\n\n"
    "Host: Laura Dunn\n\n"
    "Laura Dunn: This week, a year of crises. My interview with Defence Minister Tomas Brandt starts now.\n\n"
    "Thank you for joining us, Minister.\n\n"
    "Defence Minister Tomas Brandt: Thank you for having me. It was a difficult year for all of us.\n"
)
# headings, a caption and a quoted vocative before a colon are no labels
NOT_SPEAKER_LABELS = (
    "Talks in Vienna\n\n"
    "Climate Change: We must act now, the delegates agreed on Friday.\n\n"
    "Egypt: FM says our talks went well\n\n"
    "Kamala Harris Image: U.S. Senate.\n\n"
    "The envoy quoted an old line.\n\n"
    "President Kennedy: we do not do these things because they are easy.\n"
)
# a health agency's briefing transcript: initials and blanks for labels, a time code inside a turn
INITIALS_TRANSCRIPT = (
    "Press conference on global health issues transcript - 3 March 2021\n\n"
    "00:00:12\n\n"
    "JL\tGood afternoon. This is Jana Lind in Geneva, and today Dr Pedro Alves Silva opens our briefing.\n\n"
    "00:01:40\n\n"
    "Dr Alves Silva, you have the floor.\n\n"
    "PAS     Thank you, Jana. Good afternoon to all of you.\n"
)
# a briefing's title line: a genre and a date after a colon; the body's cue sentence stays a statement
DATED_TITLE = (
    "Weekly press briefing: 12 March 2021\n\n"
    "The spokesperson said the envoy would travel to Damascus next week.\n"
)


def test_titled_full_name_label_and_first_person_paragraphs():
    got = _speakers(TITLED_NAME_STATEMENT)
    assert got["Good morning, and thank you for coming"] == "Anna Keller"
    assert got["I have just returned from Geneva"] == "Anna Keller"
    assert got["At the summit we adopted the goal of “clean water for all”, and I pledged our support"] == "Anna Keller"
    assert got["I said that this was our first priority"] == "Anna Keller"


def test_a_phrase_quoted_in_the_turns_own_words_is_nobodys():
    qt = helpers.quotations(helpers.load_article(TITLED_NAME_STATEMENT))
    row = qt[qt["text"] == "clean water for all"]
    assert row["speaker"].isna().all() and (row["kind"] == "scare").all()


def test_host_and_guest_name_labels():
    got = _speakers(TV_INTERVIEW)
    assert got["This week, a year of crises"] == "Laura Dunn"
    assert got["Thank you for joining us, Minister"] == "Laura Dunn"
    assert got["Thank you for having me"] == "Tomas Brandt"
    assert got["It was a difficult year for all of us"] == "Tomas Brandt"
    assert not any(t.startswith(("Laura Dunn", "Sunday")) for t in got)


def test_headings_captions_and_vocatives_are_no_labels():
    st = helpers.statements(helpers.load_article(NOT_SPEAKER_LABELS))
    speakers = set(st["speaker"])
    assert not speakers & {"Climate Change", "Kamala Harris", "Kamala Harris Image", "Kennedy", "President Kennedy"}
    assert not any(r.startswith("speaker label") for r in st["rule"])


def test_initials_labels_of_people_the_text_names():
    got = _speakers(INITIALS_TRANSCRIPT)
    assert got["Good afternoon"] == "Jana Lind"
    assert got["This is Jana Lind in Geneva, and today Dr Pedro Alves Silva opens our briefing"] == "Jana Lind"
    assert got["Dr Alves Silva, you have the floor"] == "Jana Lind"
    assert got["Thank you, Jana"] == "Pedro Alves Silva"
    assert got["Good afternoon to all of you"] == "Pedro Alves Silva"
    assert not any(t.startswith("00:0") for t in got)


def test_dated_title_line_is_no_statement():
    got = _speakers(DATED_TITLE)
    assert not any("12 March 2021" in t for t in got)
    assert "Weekly press" not in got.values()


# a science interview: the answer labels are the interviewee's initials with a colon, after one full-name label
INITIALS_WITH_COLON = (
    "Wikinews interviews biologist Sara Lindqvist\n\n"
    "Question: What prompted your study?\n\n"
    "Sara Lindqvist: I have studied seabirds since I was a student.\n\n"
    "Question: How long did the fieldwork take?\n\n"
    "SL: We spent six months at the colony.\n"
)


def test_initials_with_a_colon_are_the_person_named():
    # (three labels make a transcript: its turns keep their final full stops)
    got = {t.rstrip("."): who for t, who in _speakers(INITIALS_WITH_COLON).items()}
    assert got["What prompted your study?"] == "Questioner"
    assert got["I have studied seabirds since I was a student"] == "Sara Lindqvist"
    assert got["We spent six months at the colony"] == "Sara Lindqvist"


# a "Name, Office of State:" label at a paragraph's start, written once (label_with_title_role: the office
# before "of"); its first-person paragraph after it is the same turn
NAME_OFFICE_OF_STATE = (
    "Moldovan Prime Minister Dorin Recean's briefing\n\n"
    "Dorin Recean, Prime Minister of Moldova: It is my great honour to welcome this decision. "
    "It is a historic day.\n\n"
    "I wish to thank our whole team for their work.\n"
)


def test_name_and_office_of_a_state_label():
    got = _speakers(NAME_OFFICE_OF_STATE)
    assert got["It is my great honour to welcome this decision"] == "Dorin Recean"
    assert got["It is a historic day"] == "Dorin Recean"
    assert got["I wish to thank our whole team for their work"] == "Dorin Recean"


# an outlet's label in mixed case, written once, over a question between a recurring outlet's and the
# minister's turns (formats._asker_label): the question is the outlet's, not the answer's run
OUTLET_ASKS_ONCE = (
    "Briefing of Foreign Minister Anna Petrosyan with journalists in Parliament\n\n"
    "Radio Liberty: Minister, what will be the first step in the talks?\n\n"
    "Anna Petrosyan: The priority now is to revive the negotiations.\n\n"
    "Radio Liberty: When will you travel to Vienna?\n\n"
    "Anna Petrosyan: Next month, I hope.\n\n"
    "Newsline: Why did you agree to join the government? Why now?\n\n"
    "Anna Petrosyan: All of us bear responsibility for this country.\n"
)


def test_outlet_label_written_once_over_a_question():
    got = _speakers(OUTLET_ASKS_ONCE)
    # (a transcript's turn is one row, its whole words)
    assert got["Why did you agree to join the government? Why now?"] == "Newsline"
    assert got["All of us bear responsibility for this country."] == "Anna Petrosyan"
