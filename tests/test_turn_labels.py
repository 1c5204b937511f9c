"""Golden rows for the rules that read press conferences and Q&A laid out as turns (issue 13).

Each text is written for the test in the shape of a spent round's page; the expected speakers were read
from the wording (who the label or the title names), never from the code's output."""

from __future__ import annotations

import pytest

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


# a magazine interview whose answer labels are the interviewee's initials with full stops, glued to an honorific
# ("Hon.G.O:"); the introduction names him in full: the initials G, O are Geoffrey Onyeama's (dotted_initials)
DOTTED_INITIALS = (
    "An exclusive interview with the Minister of Foreign Affairs of Nigeria, Geoffrey Onyeama\n\n"
    "Here is what he shared with me:\n\n"
    "A-CHOICES: What are your first impressions of Bulgaria?\n\n"
    "Hon.G.O: My first impressions are very positive. I was very impressed.\n\n"
    "A-CHOICES: What about trade?\n\n"
    "Hon.G.O: Trade can grow.\n"
)


def test_dotted_initials_after_an_honorific_are_the_person_named():
    got = {t.rstrip("."): who for t, who in _speakers(DOTTED_INITIALS).items()}
    assert got["My first impressions are very positive"] == "Geoffrey Onyeama"
    assert got["Trade can grow"] == "Geoffrey Onyeama"


# a joint press conference whose title names both leaders ("Remarks by X and Y in a Joint Press Conference"),
# a photo caption under it, each turn labelled, the first opening with an interpreter's note: the title names
# two speakers, so the lines above the first label are nobody's (_second_speaker), and "(As interpreted.)" is a
# note on the turn, not the chancellor's words (speaker_label); her words start after it
JOINT_PRESS_CONFERENCE = (
    "Remarks by President Ana Ruiz and Chancellor Karl Weber in a Joint Press Conference\n\n"
    "President Ana Ruiz, right, and Chancellor Karl Weber, left, shake hands after the press conference\n\n"
    "CHANCELLOR WEBER:  (As interpreted.)  Ladies and gentlemen, I am delighted to welcome the President.\n\n"
    "We met many times.\n\n"
    "PRESIDENT RUIZ:  Thank you, Karl. We agreed on a great deal.\n"
)


def test_joint_title_and_interpreter_note_are_nobodys():
    got = _speakers(JOINT_PRESS_CONFERENCE)
    assert not any(t.startswith(("Remarks by", "President Ana Ruiz, right")) for t in got)
    assert not any("As interpreted" in t for t in got)
    assert got["Ladies and gentlemen, I am delighted to welcome the President"] == "Karl Weber"
    assert got["We agreed on a great deal"] == "Ana Ruiz"


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


# an outlet's interview printed as one labelled exchange: the outlet the guest "spoke to" asks, the guest
# answers under her full name (label_asks_named_guest; a Sabahi interview's shape, spent round CK)
OUTLET_NAMED_ONCE = (
    "Minister Warsame: Our country is open for business\n\n"
    "Foreign Minister Amina Warsame spoke to Horizon about her first months in office.\n\n"
    "Horizon: What does the new agreement mean for your country?\n\n"
    "Amina Warsame: It is a very important decision for us. We can now manage our own affairs.\n"
)


def test_outlet_the_guest_spoke_to_asks_once():
    got = _speakers(OUTLET_NAMED_ONCE)
    # by hand: "Horizon" is the outlet she "spoke to", its one label over the question is its turn; the
    # answer's label is her full name
    assert got["What does the new agreement mean for your country?"] == "Horizon"
    assert got["It is a very important decision for us"] == "Amina Warsame"


# a doorstop transcript: the first label names the speaker in capitals with an office of a two-word state
# after a comma; a journalist's turn that is only "INAUDIBLE" is the transcriber's note (spent round CL)
DOORSTOP_OFFICE_OF_STATE = (
    "Doorstop - Wellington, New Zealand\n\n"
    "JOHN MARSDEN, PRIME MINISTER OF NEW ZEALAND: I have got a little gift for you here.\n\n"
    "PETER WALSH, PRIME MINISTER OF AUSTRALIA: Very good.\n\n"
    "JOURNALIST: INAUDIBLE\n\n"
    "PRIME MINISTER MARSDEN: There is not much in there, I am afraid.\n\n"
    "JOURNALIST: Will the election change the relationship?\n\n"
    "PRIME MINISTER WALSH: I will not comment on the election.\n"
)


def test_capitals_label_with_office_of_a_two_word_state():
    got = _speakers(DOORSTOP_OFFICE_OF_STATE)
    # by hand: the label's name before the comma speaks; the office "PRIME MINISTER OF NEW ZEALAND" is five
    # words; "INAUDIBLE" alone is no one's words
    assert got["I have got a little gift for you here."] == "John Marsden"
    assert not any(t.startswith("INAUDIBLE") for t in got)


# ------------------------------------------------------------------------------------------------------
# House styles of the same label (texts written for this test; each expected speaker is the person the
# label or the title names, read by hand: the label's name, the title's answerer, the office's one holder)
# ------------------------------------------------------------------------------------------------------
SHAPE_BRIEFING = (
    "Press Briefing\n\n"
    "{a} Hi, everyone.\n\n"
    "Q: Thanks. Has the minister provided any aid to the region?\n\n"
    "{a} We have no update on that.\n\n"
    "We are watching closely.\n"
)
LABEL_SHAPES = [
    # formats._LABEL_RE: an office in brackets after the name; a dash for the colon (recurring); the name
    # alone on its line (recurring); bold Markdown; a no-break space inside; every turn is Jen Psaki's
    ("name_paren_title", "Jen Psaki (Press Secretary):", "Jen Psaki"),
    ("upper_name_dash", "JEN PSAKI \u2013", "Jen Psaki"),
    ("mixed_name_em_dash", "Jen Psaki \u2014", "Jen Psaki"),
    ("upper_name_own_line", "JEN PSAKI\n", "Jen Psaki"),
    ("bold_name", "**Jen Psaki:**", "Jen Psaki"),
    ("nbsp_in_label", "Press Secretary\u00a0Jen Psaki:", "Jen Psaki"),
    # initials closed by a tab, no full name in the text: the initials, title-cased as parse_label reads
    # a label in capitals ("NP:" -> "Np"), the turn still theirs
    ("initials_tab", "JP\t", "Jp"),
]


@pytest.mark.parametrize("name,label,speaker", LABEL_SHAPES, ids=[c[0] for c in LABEL_SHAPES])
def test_label_shapes_of_one_briefing(name, label, speaker):
    got = _speakers(SHAPE_BRIEFING.format(a=label))
    # (a transcript's turn is one row, its whole words; in a plain text each paragraph is one)
    answer = next(k for k in got if k.startswith("We have no update on that"))
    question = next(k for k in got if k.startswith("Thanks. Has the minister"))
    assert got[answer] == speaker, got
    assert got[question] == "Questioner", got


def test_dateline_with_a_dash_is_no_label():
    # "WASHINGTON — " once over a wire story: a dateline (the same shape as "JEN PSAKI — " but written
    # once, a place), so no statement is "Washington"'s
    st = helpers.statements(helpers.load_article(
        "US weighs new sanctions\n\nWASHINGTON \u2014 The United States is weighing new sanctions, officials "
        "said on Monday.\n\nNo decision has been made.\n"))
    assert "Washington" not in st["speaker"].tolist()


def test_heading_in_capitals_alone_on_its_line_is_no_label():
    # "KEY POINTS" / "BACKGROUND" over a list: no person, no label (formats._BARE_LABEL_RE needs a person
    # or a role label that recurs)
    art = helpers.load_article("Talks end\n\nKEY POINTS\nThe talks ended.\n\nBACKGROUND\nThey began in May.\n")
    assert art.format == "text"
    st = helpers.statements(art)
    assert not {"Key Points", "Background"} & set(st["speaker"])


QA_UNDER_TITLE = (
    "Interview with Deputy Prime Minister Richard Marles\n\n"
    "{q} Deputy Prime Minister, welcome to Washington.\n\n"
    "{a} Great to be here. We see a more connected world.\n\n"
    "{q} Will you meet the Secretary?\n\n"
    "{a} I will meet him tomorrow.\n"
)


@pytest.mark.parametrize("q,a", [("Q:", "A:"), ("Q.", "A.")], ids=["colon", "stop"])
def test_answers_under_a_title_naming_the_answerer(q, a):
    # formats.HEADER_TITLED_RE: "Interview with <office> <name>" names who answers, so "A:" is Richard
    # Marles (not "Respondent"); the questions stay the questioner's
    got = _speakers(QA_UNDER_TITLE.format(q=q, a=a))
    answer = next(k for k in got if k.startswith("I will meet him tomorrow"))
    question = next(k for k in got if k.startswith("Will you meet the Secretary"))
    assert got[answer] == "Richard Marles", got
    assert got[question] == "Questioner", got


def test_header_titled_names():
    # the name after the title's last office word; after "with", an office must come first (the name of
    # "Interview with Jake Tapper" is the interviewer's)
    from helpers.formats import header_speaker_names
    assert header_speaker_names("Interview with Foreign Minister Penny Wong\n\nQ: Hello") == ("Penny Wong",)
    assert header_speaker_names("Transcript of remarks by Prime Minister Lee Hsien Loong at the summit") == (
        "Lee Hsien Loong",)
    assert header_speaker_names("Secretary Blinken's Interview with Jake Tapper of CNN\n\nQ: Hi") == ()


def test_office_label_whose_holder_the_text_names():
    # office_holder / office_label_holder: "Foreign Minister:" once, in a text that names "Turkish Foreign
    # Minister Hakan Fidan" in prose, is his turn (and its next paragraph)
    text = ("Turkish Foreign Minister Hakan Fidan spoke to reporters on Thursday.\n\n"
            "Journalist: Minister, what can we expect from the meeting?\n\n"
            "Foreign Minister: We talk about the next step. We will sit at the table.\n\n"
            "We desire substantial meetings.\n")
    got = _speakers(text)
    assert got[next(k for k in got if k.startswith("We talk about the next step"))] == "Hakan Fidan", got
    assert got[next(k for k in got if k.startswith("We desire substantial"))] == "Hakan Fidan", got


MONOLOGUE = (
    "2:38 p.m. EST\n\n"
    "{label} Good afternoon. A couple items at the top and then I will take your questions.\n\n"
    "Russia may decide to proceed with military action.\n"
)


@pytest.mark.parametrize("label,speaker", [("Ned Price:", "Ned Price"), ("NP:", "Np"), ("NED PRICE \u2013", "Ned Price")],
                         ids=["mixed_full_name", "initials", "upper_dash"])
def test_label_written_once_at_the_top_runs_on(label, speaker):
    # engine.label_opens_monologue: a supported name (a given name of titles.txt first; initials) written once
    # over the speaker's own words ("I will take your questions") opens a turn that runs on over the next
    # paragraph
    got = _speakers(MONOLOGUE.format(label=label))
    # (a label in capitals keeps its case in a plain text's statements: "NED PRICE")
    assert got[next(k for k in got if k.startswith("Russia may decide"))].lower() == speaker.lower(), got


@pytest.mark.parametrize("text", [
    "Climate Change: We must act now\n\nLeaders met in Paris on Monday.\n",
    "Talks in Paris\n\nClimate Change: We must act now, the delegates agreed.\n",
    "Excellencies:\nGood Afternoon.\nMr. President:\nPermit me at the outset to congratulate you.\n",
], ids=["headline", "heading", "vocative"])
def test_once_written_labels_that_name_no_person(text):
    # a heading's words written in lower case elsewhere are no name; an honorific before an office is a
    # speech's vocative: no statement is theirs
    st = helpers.statements(helpers.load_article(text))
    assert not {"Climate Change", "President"} & set(st["speaker"]), st[["speaker", "text"]]


@pytest.mark.parametrize("asker", ["Question (Reuters):", "Reuters:"], ids=["question_outlet", "outlet"])
def test_questioner_label_with_outlet(asker):
    # "Question (Reuters):" is the questioner's (the bracket is the outlet); "Reuters:" over a question is
    # the outlet's (engine.label_outlet_asks): the question is never the answerer's
    text = ("PM Lee Hsien Loong at Doorstop Interview\n\n"
            f"{asker} PM you just visited the officers. Could you tell us what the key challenges are?\n\n"
            "PM Lee Hsien Loong: This is a very major operation for us.\n")
    got = _speakers(text)
    asked = got[next(k for k in got if k.startswith(("PM you just visited", "Could you tell")))]
    assert asked in ("Questioner", "Reuters"), got


# An interview whose labels open with capitals beyond ASCII (formats and engine label patterns widened by
# helpers.letters.cased): the journalist's label recurs, so both questions are his; the answer is the
# premier's, whose full name the title writes
BEYOND_ASCII_INTERVIEW = (
    "Prime Minister Kyriakos Pappas’ interview with journalist Özay Şendir\n\n"
    "Özay Şendir: After President Erdoğan’s visit, you will pay a return visit. What are your expectations?\n\n"
    "Kyriakos Pappas: I am really glad I will have the opportunity to reciprocate the visit.\n\n"
    "Özay Şendir: Will reconciliation cause you to lose votes?\n\n"
    "Kyriakos Pappas: I do not think so.\n"
)


def test_labels_opening_with_capitals_beyond_ascii():
    got = _speakers(BEYOND_ASCII_INTERVIEW)
    # (read from the labels: "Özay Şendir:" opens both questions, "Kyriakos Pappas:" both answers)
    assert got[next(k for k in got if k.startswith("After President"))] == "Özay Şendir", got
    assert got[next(k for k in got if k.startswith("Will reconciliation"))] == "Özay Şendir", got
    assert got[next(k for k in got if k.startswith("I am really glad"))] == "Kyriakos Pappas", got


# A label of an office in another language and a full name, on its own line, over the speaker's own words
# ("Statsminister Mette Frederiksen:" in a Danish transcript of a press conference held in English): every
# sentence to the next label is hers; the name is the given name of titles.txt and the surname
# (engine.label_titled_in_another_language; formats.foreign_title_size)
FOREIGN_TITLE_LABEL = (
    "Pressemøde onsdag den 4. maj 2022\n\n"
    "Bemærk: Pressemødet blev holdt på engelsk, men nogle spørgsmål og svar er på et af de nordiske sprog.\n\n"
    "{label}\n\n"
    "Welcome, all of you. Today we have had a very good conversation.\n\n"
    "The killings must stop now. And now I would like to pass the floor to you.\n"
)


@pytest.mark.parametrize("label,speaker", [
    ("Statsminister Mette Frederiksen:", "Mette Frederiksen"),
    ("Bundeskanzler Olaf Brandt:", "Olaf Brandt"),
], ids=["danish", "german"])
def test_label_of_an_office_in_another_language(label, speaker):
    got = _speakers(FOREIGN_TITLE_LABEL.format(label=label))
    for start in ("Welcome, all of you", "Today we have had", "The killings must stop", "And now I would"):
        assert got[next(k for k in got if k.startswith(start))] == speaker, got


def test_foreign_title_size_needs_a_persons_name():
    # "Statsminister" before a given name and a surname: one word of office; "Norges statsminister" two; a
    # given name first is no office ("Anna Maria Berg"); "Key Points Summary" names no one; "Lee Hsien Loong"
    # written elsewhere whole keeps "Lee" (the name without it is never written alone)
    from helpers.formats import foreign_title_size, parse_label
    from helpers.lexicons.titles import load_titles

    given = load_titles().given_names
    assert foreign_title_size(["Statsminister", "Mette", "Frederiksen"], given) == 1
    assert foreign_title_size(["Norges", "statsminister", "Mette", "Frederiksen"], given) == 2
    assert foreign_title_size(["Anna", "Maria", "Berg"], given) == 0
    assert foreign_title_size(["Key", "Points", "Summary"], given) == 0
    text = "PM Lee Hsien Loong spoke. Lee Hsien Loong: We are ready."
    assert foreign_title_size(["Lee", "Hsien", "Loong"], given, text) == 0
    assert parse_label("Statsminister Mette Frederiksen") == ("Mette Frederiksen", "statsminister", "person")


# A headline in capitals whose speaker part ends in a speech verb is a headline with a cue, never a label:
# its speaker is the subject before the verb (Kalnins, named in full in the lead), its words those after it;
# the verb is no part of the name ("Kalnins Says" was read as a person before)
CAPITALS_HEADLINE = (
    "AS LEADERS GATHER IN RIGA FOR BALTIC SUMMIT, PRIME MINISTER KALNINS SAYS: REGION NEEDS MORE AIR DEFENCE\n\n"
    "RIGA, Latvia - Prime Minister Janis Kalnins said he is looking forward to the talks.\n\n"
    "Mr Kalnins said he expects agreements on energy security.\n"
)


def test_capitals_headline_with_a_speech_verb_is_no_label():
    st = helpers.statements(helpers.load_article(CAPITALS_HEADLINE))
    assert "Kalnins Says" not in {s.title() for s in st["speaker"]}, st[["speaker", "text"]]
    got = {row.text: row.speaker for row in st.itertuples()}
    assert got["REGION NEEDS MORE AIR DEFENCE"].title().endswith("Kalnins"), got
    assert got["he expects agreements on energy security"].title().endswith("Kalnins"), got


def test_title_case_headline_with_the_verb_before_its_speaker():
    # "..., Says Top EU Diplomat Ahead of ...": the speaker after the verb, up to "Ahead" ([name stop]), is
    # the office the lead names (EU top diplomat Josep Borrell); the words before the comma are his
    text = ("Dialogue Will Not Be Easy, Says Top EU Diplomat Ahead of Belgrade Meeting\n\n"
            "EU top diplomat Josep Borrell said that the dialogue is not going to be easy.\n")
    got = _speakers(text)
    assert got.get("Dialogue Will Not Be Easy") == "Josep Borrell", got


@pytest.mark.parametrize("label", ["PRIME MINISTER DAVIS SAYS:", "MINISTER TELLS UN:"])
def test_label_shape_with_a_headline_verb_is_no_turn(label):
    # formats._label_lines: a line opening whose words after the first hold a headline verb is no label,
    # so three such lines make no transcript
    from helpers.formats import detect_format

    text = "\n\n".join(f"{label} We need stability for the vote." for _ in range(3))
    assert detect_format(text) != "transcript"


def test_remarks_to_the_press_by_names_the_answerer():
    # formats.HEADER_TITLED_RE, the audience before "by": "Remarks to the press by Permanent Representative
    # Vassily Nebenzia following ..." names the one who answers (the run after the office "permanent
    # representative", cut at the stop word "following"), so the "A:" lines are his, "Q:" the questioner's
    from helpers.formats import header_speaker_names
    title = "Remarks to the press by Permanent Representative Vassily Nebenzia following the vote\n"
    assert header_speaker_names(title) == ("Vassily Nebenzia",)
    text = title + "Q: Are you surprised with the vote?\nA: I'm not.\nQ: Why?\nA: We knew the result.\n"
    got = _speakers(text)
    assert got[next(k for k in got if k.startswith("We knew the result"))] == "Vassily Nebenzia", got
    assert got[next(k for k in got if k.startswith("Are you surprised"))] == "Questioner", got


def test_title_naming_the_answerer_first_names_the_answerer():
    # formats.HEADER_NAME_FIRST_RE: a title line "<office> <honorific> <name> press conference" (the genre after
    # the name) names the one who answers: by hand, the words after the last office word or honorific
    # ("foreign minister", "mrs.") are "Ana Ruiz", so "A:" is hers; "Q (Borduvian Svc):" stays the questioner's.
    # No office, no answerer ("Joint Press Briefing", "Reuters press conference")
    from helpers.formats import header_speaker_names
    title = "Foreign Minister Mrs. Ana Ruiz press conference\n\n"
    assert header_speaker_names(title) == ("Ana Ruiz",)
    assert header_speaker_names("Reuters press conference\n") == ()
    assert header_speaker_names("Joint Press Briefing\n") == ()
    text = title + ("Q (Borduvian Svc): What about your trip?\nA: We have had good connections.\n"
                    "Q (Andor Svc): And the border?\nA: We respect our neighbours.\n")
    got = _speakers(text)
    assert got[next(k for k in got if k.startswith("We respect our neighbours"))] == "Ana Ruiz", got
    assert got[next(k for k in got if k.startswith("And the border"))] == "Questioner", got


def test_office_label_whose_holder_the_text_names_in_apposition():
    # office_named_in_text / office_label_holder: "the Chief Executive, Mr John Lee," (the office, a comma,
    # an honorific and the name) names who holds the office, so the "Chief Executive:" turn (and the
    # paragraph under it) is John Lee's; "Reporter:" stays the reporter's
    text = ("Transcript of remarks by CE at media session\n\n"
            "Following is the transcript of remarks by the Chief Executive, Mr John Lee, at a media session "
            "today:\n"
            "Reporter: What is your response to the sanctions?\n"
            "Chief Executive: We respect the rule of law. We will comply with the resolutions.\n"
            "     So we will just laugh off the so-called sanctions.\n")
    from helpers.formats import office_named_in_text
    assert office_named_in_text(text, "chief executive") == "John Lee"
    got = _speakers(text)
    assert got[next(k for k in got if k.startswith("We respect the rule"))] == "John Lee", got
    assert got[next(k for k in got if k.startswith("So we will just laugh"))] == "John Lee", got
    assert got[next(k for k in got if k.startswith("What is your response"))] == "Reporter", got


# the first two turns labelled (an asker's role, then the answerer's name), the rest opened by a dash only
DASH_INTERVIEW = (
    "The TV channel has interviewed President Ilham Aliyev\n\n"
    "Correspondent: Dear viewers, greetings from Baku.\n\n"
    "First of all, thank you very much for hosting us, Mr. Aliyev.\n\n"
    "President Ilham Aliyev: Welcome.\n\n"
    "- It is a pleasure to see you. How would you assess the victory?\n\n"
    "-This is a historic victory for us. We never accepted the occupation.\n\n"
    "- What comes next for the region?\n\n"
    "- Peace and reconstruction. We will rebuild the towns.\n"
)


def test_dash_led_turns_alternate_after_two_labelled_turns():
    # dash_turns: the dash-led paragraphs alternate asker / answerer, the asker first (the answerer spoke
    # last, "Welcome."); the asker's turns hold the question marks ("How would you assess ...?", "What comes
    # next ...?"), the answerer's none; "First of all, ..." under "Correspondent:" is still the correspondent's
    got = _speakers(DASH_INTERVIEW)
    who = {k[:20]: v for k, v in got.items()}
    assert who["First of all, thank "] == "Correspondent", got
    assert who["How would you assess"] == "Correspondent", got
    assert who["-This is a historic "] == "Ilham Aliyev", got
    assert who["We never accepted th"] == "Ilham Aliyev", got
    assert who["- What comes next fo"] == "Correspondent", got
    assert who["We will rebuild the "] == "Ilham Aliyev", got


# an interview without any label: a lead line presenting the "Interview of" an office and name, then turns
# opened by a dash only, a question first (dash_interview)
LEAD_DASH_INTERVIEW = (
    "Baku. 4 July. NEWSWIRE/ Interview of Ruritanian Ambassador to Azerbaijan Tomas Varga to Newswire.\n\n"
    "- How do you assess bilateral relations? Are you satisfied with them?\n\n"
    "- As before, our cooperation is developing. We trust each other.\n\n"
    "- What about economic cooperation?\n\n"
    "- Trade grew last year. We hope it will grow again.\n"
)


def test_dash_led_turns_under_an_interview_lead_alternate():
    # dash_interview: no label anywhere; the lead names the interviewee after "Interview of" (office
    # "Ruritanian Ambassador to Azerbaijan", name "Tomas Varga"); the first dash-led paragraph and every
    # other one ask ("?" in each) and are the interviewer's, the others answer (no "?") and are Varga's;
    # the lead itself is no statement
    got = _speakers(LEAD_DASH_INTERVIEW)
    who = {k[:20]: v for k, v in got.items()}
    assert who["- How do you assess "] == "Interviewer", got
    assert who["Are you satisfied wi"] == "Interviewer", got
    assert who["- As before, our coo"] == "Tomas Varga", got
    assert who["We trust each other"] == "Tomas Varga", got
    assert who["- What about economi"] == "Interviewer", got
    assert who["We hope it will grow"] == "Tomas Varga", got
    assert not any(k.startswith("Baku") for k in got), got


# an interview by e-mail without labels under a lead saying who interviewed whom, the questions two to a
# paragraph (interviewed_lead)
INTERVIEWED_LEAD = (
    "Varga talks\n\n"
    "Lee Sora, a journalist with The Observer, interviewed Ruritania's Foreign Minister Tomas Varga via email.\n"
    "What is the key to better relations? What do both countries have to do?\n\n"
    "The key is dialogue. I stand ready to meet my counterpart.\n"
    "Our ties are strong.\n"
    "How did your recent meeting go? What does it mean for the region?\n\n"
    "The meeting was cordial. We agreed to meet again.\n"
)


def test_question_paragraphs_under_an_interviewed_lead_alternate_with_answers():
    # interviewed_lead: by hand, the paragraphs of questions alone ("...? ...?") are the interviewer's (the
    # lead's subject; the tests accept the anonymous "Interviewer" too), the paragraphs after them, the
    # first answer in the first person ("I stand ready"), Varga's, named after "interviewed"; the headline
    # and the lead are nobody's
    got = _speakers(INTERVIEWED_LEAD)
    asker = ("Lee Sora", "Interviewer")
    assert got["What is the key to better relations?"] in asker, got
    assert got["What do both countries have to do?"] in asker, got
    assert got["I stand ready to meet my counterpart"] == "Tomas Varga", got
    assert got["Our ties are strong"] == "Tomas Varga", got
    assert got["How did your recent meeting go?"] in asker, got
    assert got["We agreed to meet again"] == "Tomas Varga", got
    assert not any(k.startswith(("Varga talks", "Lee Sora, a")) for k in got), got


# a broadcaster's web copy of an interview: each turn a name in capitals, a title-case caption (outlet and
# role, or office with a comma) and the words in quotation marks on the same line (caption_label)
CAPTION_INTERVIEW = (
    "Foreign ministers of the region met in Seoul this week. Lee Sora sat down with Ambassador Tomas Varga "
    "to ask about the talks.\n"
    'LEE SORA DW Correspondent "What do you expect from the talks? How do you see the region?"\n'
    'TOMAS VARGA Ambassador, Hungarian Embassy in Seoul "We expect progress. Our ties are strong."\n'
    'LEE SORA DW Correspondent "Trade grew last year. Will it grow again?"\n'
    'TOMAS VARGA Ambassador, Hungarian Embassy in Seoul "I am sure it will."\n'
)


def test_caption_label_turns_are_the_named_persons():
    # caption_label: "LEE SORA" is the name, "DW" (no vowel) the outlet, "Correspondent" the caption: the
    # questions are Lee Sora's; "TOMAS VARGA" before "Ambassador, Hungarian Embassy in Seoul" answers; the
    # captions are no statement and no speaker reads "Lee Sora Dw"
    got = _speakers(CAPTION_INTERVIEW)
    who = {k[:20]: v for k, v in got.items()}
    assert who["What do you expect f"] == "Lee Sora", got
    assert who["We expect progress. "] == "Tomas Varga", got
    assert who["Trade grew last year"] == "Lee Sora", got
    assert who["I am sure it will.\""] == "Tomas Varga", got
    assert not any("Correspondent" in k or "Embassy" in k for k in got), got


# a president's statement under its title, then the Q&A labelled by lines of their own without a colon
PRESS_STATEMENT_QA = (
    "Press Statement of President of the Republic of Indonesia Ahead of Departure for Japan, May 2, 2024\n\n"
    "This morning, I will leave for Tokyo. I will meet with the Prime Minister of Japan.\n\n"
    "I thank you.\n\n"
    "Journalists\n\n"
    "Morning, Sir. Sir, will you also discuss the trade agreement? Thank you, Sir.\n\n"
    "President of the Republic of Indonesia (Joko Widodo)\n"
    "Yes, we will talk about the trade agreement. I always mention it.\n"
)


def test_role_word_and_office_with_name_alone_on_their_lines_are_labels():
    # label_role_alone_on_line: "Journalists" ([role labels] plural -> Journalist) alone on its line, its
    # paragraph below asking ("...?"), is the journalists' turn, so the title's monologue stops there;
    # label_office_and_name_line: "President of ... (Joko Widodo)" (an office of titles.txt, a two-word name
    # in brackets) over "we will talk ... I always ..." is Joko Widodo's turn
    got = _speakers(PRESS_STATEMENT_QA)
    who = {k[:20]: v for k, v in got.items()}
    assert who["This morning, I will"] == "President of the Republic of Indonesia", got
    assert who["Morning, Sir"] == "Journalist", got
    assert who["Sir, will you also d"] == "Journalist", got
    assert who["Yes, we will talk ab"] == "Joko Widodo", got
    assert who["I always mention it"] == "Joko Widodo", got
    assert not any(k.startswith(("Journalists", "President of the Rep")) for k in got), got


@pytest.mark.parametrize("text", [
    # a byline's role word over a report: no question under it, no label
    "Talks resume in Geneva\n\nCorrespondent\n\nThe delegations met on Monday. The minister said he was "
    "hopeful.\n",
    # an office and a place in brackets is no person's label
    "Summit of the G20 (New Delhi)\nWe welcome the leaders to the summit.\n",
])
def test_lines_of_their_own_that_are_no_labels(text):
    got = _speakers(text)
    assert "Correspondent" not in got.values() and "New Delhi" not in got.values(), got


@pytest.mark.parametrize("text,start,label,want", [
    # opens the text, once, in capitals, third person on its line ("told ... that"): an outlet's credit
    ("SAESNEWS: Iran's Foreign Minister Abbas Araghchi told a newspaper that talks are needed.\n"
     "Andrew England: What is your response?\nDr Araghchi: We will continue.\n", 0, "SAESNEWS", True),
    # a quotation's "we" on the line is the quoted minister's, still the outlet's narration
    ("IRNA: The minister said “we are ready” on Monday.\nQ: Why?\nA: Because.\n", 0, "IRNA", True),
    # the label's own words speak in the first person ("We will start"): a briefer's label
    ("L. ZOCHIOU: Good day to all. We will start with the news.\n", 0, "L. ZOCHIOU", False),
    # written again below: a speaker's recurring label
    ("LAVROV: The talks were useful.\nQ: And next?\nLAVROV: The talks go on.\n", 0, "LAVROV", False),
    # the full name once, its surname alone labels a later turn (a broadcast host): a speaker, though the
    # line addresses the guest ("Prime Minister, welcome back") with no first-person word
    ("JANE ROSS, HOST: Minister, welcome back to the program.\nALI KHAN: Thank you.\nROSS: Why now?\n",
     0, "JANE ROSS", False),
    # not the text's opening: a turn inside the transcript
    ("Interview\nLAVROV: The talks were useful.\n", 10, "LAVROV", False),
    # a role label is always a label
    ("MODERATOR: The session is open.\n", 0, "MODERATOR", False),
])
def test_opening_credit_label(text, start, label, want):
    from helpers.formats import opening_credit_label
    assert opening_credit_label(text, start, label) is want


def test_outlet_credit_opening_an_interview_is_no_speaker():
    # opening_credit_label (formats and the engine's dateline_label): "SAESNEWS:" is no turn, the cue of
    # its line ("Foreign Minister Abbas Araghchi told ... that") credits the minister; the labels after
    # it stay the turns
    text = ("SAESNEWS: Iran's Foreign Minister Abbas Araghchi told a newspaper that a new approach is needed. "
            "He added that the agency has accepted this.\n"
            "Andrew England: What is your response?\n"
            "Dr Araghchi: We will continue. There is no military option.\n"
            "Andrew England: When will it resume?\n"
            "Dr Araghchi: I don't know.\n")
    got = _speakers(text)
    assert "Saesnews" not in got.values(), got
    assert got[next(k for k in got if k.startswith("a new approach"))] == "Abbas Araghchi", got
    assert got[next(k for k in got if k.startswith("What is your response"))] == "Andrew England", got


def test_host_label_opening_a_transcript_is_a_turn_not_a_vocative():
    # opening_credit_label: "JANE ROSS, HOST:" is the host's turn (her surname labels a later turn), so the
    # address "Minister, welcome back ..." is hers, not the words of the "Minister" it names
    text = ("JANE ROSS, HOST: Minister, welcome back to the program.\n"
            "ALI KHAN, FOREIGN MINISTER: Thank you for having me.\n"
            "ROSS: Tell us about the deal.\nALI KHAN: We tried our best.\n")
    got = _speakers(text)
    assert got[next(k for k in got if k.startswith("Minister, welcome"))] == "Jane Ross", got


def test_label_over_a_name_and_office_is_a_legend():
    # legend_line: after "BRIEFER:" only a full name and, after a comma, an office of titles.txt, no final
    # punctuation: who speaks, no statement; "MODERATOR: Good afternoon, ..." (a sentence) stays a turn
    text = ("Briefing Notes, 10 July 2015\n"
            "BRIEFER: William Spindler, UNHCR Spokesperson\n"
            "MODERATOR: Good afternoon. We will start now.\n"
            "MODERATOR: Thank you all for coming.\n")
    got = _speakers(text)
    assert not any(k.startswith("William Spindler") for k in got), got
    assert got[next(k for k in got if k.startswith("Good afternoon"))] == "Moderator", got


@pytest.mark.parametrize("words,want", [
    ("William Spindler, UNHCR Spokesperson", True),   # a name, a comma, an office with a title word
    ("Ned Price", True),                              # a name alone, "ned" a given name of titles.txt
    ("Good afternoon. We will start now.", False),    # a sentence
    ("Thank you, Sir", False),                        # "you" is no capitalised name word
    ("Joko Widodo, Jakarta Office Tower", False),     # no title word after the comma
])
def test_legend_words(words, want):
    from helpers.formats import legend_words
    assert legend_words(words) is want


def test_legend_turn_of_a_transcript_is_no_statement():
    # legend_words in transcript_statements: the "BRIEFER:" turn holds only who speaks; the label is no
    # headline either ("BRIEFER" credited to the name after its colon)
    text = ("Briefing Notes, 10 July 2015\n"
            "BRIEFER: William Spindler, UNHCR Spokesperson\n"
            "MODERATOR: Good afternoon. We will start now.\n"
            "MODERATOR: Thank you all for coming.\n")
    got = _speakers(text)
    assert set(got) == {"Good afternoon. We will start now.", "Thank you all for coming."}, got


# a ministry's one-question page: a news agency asks under its own name, the press secretary answers under
# an initial, a dot and a surname ("A.Glaz:"), the answer over two paragraphs (label_outlet_asks,
# label_answers_question, answers_question); written for this test after a foreign ministry's page
OUTLET_QUESTION = (
    "Press Secretary of the Ministry of Foreign Affairs P.Novik answers the question of Reuters\n\n"
    "Reuters: How would you comment on the events taking place now in the region?\n\n"
    "P.Novik: We cannot stay indifferent to what is happening there. We follow it with concern.\n\n"
    "In this regard, it is important to get the situation stabilized.\n"
)


def test_answer_after_an_outlets_question_runs_on():
    got = _speakers(OUTLET_QUESTION)
    # the outlet's label is the asker; the label after its question answers it (the label as written,
    # the text never gives the first name) and runs on over the next unlabelled paragraph
    assert got["How would you comment on the events taking place now in the region?"] == "Reuters"
    assert got["We cannot stay indifferent to what is happening there"] == "P.Novik"
    assert got["We follow it with concern"] == "P.Novik"
    assert got["In this regard, it is important to get the situation stabilized"] == "P.Novik"


# a television news transcript: "NAME, ROLE:" and "NAME, ROLE, PLACE:" speaker lines in capitals, a body's
# name with an apostrophe as the role; the speakers were read from the label lines (the name before the
# first comma), the presenter's line first
BROADCAST_LABELS = (
    "Leader backs neighbour -\n\n"
    "JANE ROWE, PRESENTER: The prime minister has been lending his support to his neighbour.\n\n"
    "TOM HALE, REPORTER: The arrival of the chief was the kind of endorsement the host had hoped for.\n\n"
    "PETER NGATA, PRIME MINISTER, PNG: He's running the country, the country is surviving.\n\n"
    "TOM HALE: Mr Ngata says he'd like to see democracy.\n\n"
    "SAM KOROI, PRIME MINISTER, SOLOMON ISLANDS: Our being here is to support the initiatives.\n\n"
    "ANA VUKI, CITIZENS' CONSTITUTIONAL FORUM: I think the small states are quite sincere. They cannot do "
    "without the region.\n"
)


def test_broadcast_labels_with_role_and_place_after_commas():
    got = _speakers(BROADCAST_LABELS)
    assert got[next(k for k in got if k.startswith("He's running the country"))] == "Peter Ngata", got
    assert got[next(k for k in got if k.startswith("Our being here"))] == "Sam Koroi", got
    assert got[next(k for k in got if k.startswith("I think the small states"))] == "Ana Vuki", got
    turns = helpers.load_article(BROADCAST_LABELS).turns
    assert list(turns["speaker"]) == ["Jane Rowe", "Tom Hale", "Peter Ngata", "Tom Hale", "Sam Koroi", "Ana Vuki"]


# a press encounter's transcript labelled by two offices in capitals, neither holder named in the text, the
# first turn cut off ("…") by a one-sentence interjection, then going on unlabelled: the speakers were read
# from the labels (the office as written, in title case) and from the cut-off mark (the paragraphs after the
# interjection resume the interrupted turn)
OFFICE_LABELS = (
    "Remarks at press encounter with the Secretary-General of the regional league\n\n"
    "SECRETARY-GENERAL: I want to say how delighted I am to welcome my good friend, and that we have been "
    "working together on the most difficult conflicts in the region…\n\n"
    "SECRETARY-GENERAL OF THE REGIONAL LEAGUE: In the world, Secretary-General.\n\n"
    "In the world. And I am extremely grateful for the support of the league.\n\n"
    "The floor is yours.\n"
)


def test_office_labels_in_capitals_and_a_turn_resumed_after_an_interjection():
    got = _speakers(OFFICE_LABELS)
    assert got[next(k for k in got if k.startswith("I want to say how delighted"))] == "Secretary-General", got
    assert got["In the world, Secretary-General"] == "Secretary-General of the Regional League", got
    assert got[next(k for k in got if k.startswith("And I am extremely grateful"))] == "Secretary-General", got
    assert got["The floor is yours"] == "Secretary-General", got


# a parliament's record of question time: each member's full name and, in brackets, the seat, party and
# office alone on a line over the member's words; the speakers were read from those lines (the honorific
# "Ms" dropped)
QUESTION_TIME = (
    "Questions without Notice\n"
    "Trade\n"
    "Anna Reid (Ballarat, Labor Party, Shadow Minister for Trade)\n"
    "My question is to the Minister for Trade. Why has the minister delayed the agreement?\n"
    "Ms Joan Price (Curtin, Liberal Party, Minister for Trade)\n"
    "My understanding of the time line is that the talks were never delayed. We will sign it in May.\n"
)


def test_member_name_and_seat_line_of_question_time():
    got = _speakers(QUESTION_TIME)
    assert got["My question is to the Minister for Trade"] == "Anna Reid", got
    assert got[next(k for k in got if k.startswith("My understanding of the time line"))] == "Joan Price", got


# a newspaper's transcript of a TV interview: numbered questions ("Question 1:") and "Answer:" labels, the
# interviewee named only in the introductory line, an editor's subheading ("* No Disagreement") inside the first
# answer; by hand: the questions are the interviewer's ("Questioner", as "Question:" is), the answers and every
# paragraph of the answer under the subheading the prime minister's, up to the next numbered question
NUMBERED_INTERVIEW = (
    "The following is the transcript of the interview of HE Sheikh Abdullah bin Nasser bin Khalifa al-Thani, "
    "the Prime Minister, with Qatar TV on November 22.\n"
    "Question 1: Your Excellency, people are asking about the situation. What is the cause of this crisis?\n"
    "Answer: There is no disagreement on borders. In fact we have the same queries!\n"
    "* No Disagreement\n"
    "The truth is the goal of this crisis is clear to all by now.\n"
    "Question 2: What about the possibility of resolving this crisis?\n"
    "Answer: This is not the first crisis between our countries.\n"
)


def test_numbered_question_labels_and_a_subheading_inside_an_answer():
    got = _speakers(NUMBERED_INTERVIEW)
    pm = "Abdullah bin Nasser bin Khalifa al-Thani"
    assert got["Your Excellency, people are asking about the situation"] == "Questioner", got
    assert got["There is no disagreement on borders"] == pm, got
    assert got["The truth is the goal of this crisis is clear to all by now"] == pm, got
    assert got["What about the possibility of resolving this crisis?"] == "Questioner", got
    assert got["This is not the first crisis between our countries"] == pm, got
    assert "No Disagreement" not in " ".join(got), got


# a joint media briefing copied from a PDF: lines hard-wrapped at ~80 characters, no blank lines, each turn under
# a line holding only its label, the first a name and an office after a comma, the second a courtesy title and
# the surname the first speaker used ("welcome Dr Amado"); by hand: every sentence under a label line is that
# speaker's, up to the next label line
WRAPPED_BRIEFING = (
    "the media briefing between South Africa and Portugal\n"
    "Dr Nkosazana Dlamini Zuma, South African Minister of Foreign Affairs:\n"
    "I am very pleased to welcome Dr Amado. Firstly, we discussed our bilateral\n"
    "relations which are very good. We have agreed that we need to keep\n"
    "strengthening our relations by looking at more business co-operation and\n"
    "so will continue doing that. We also looked at some of the issues on the\n"
    "African continent and I will now hand over to Minister Amado.\n"
    "Thank you.\n"
    "Dr Amado:\n"
    "Good morning all of you! I just want to thank Minister Zuma for her\n"
    "invitation to visit South Africa and for the talks we had this morning in\n"
    "Pretoria.\n"
)


def test_label_lines_of_a_hard_wrapped_briefing():
    got = _speakers(WRAPPED_BRIEFING)
    zuma = "Nkosazana Dlamini Zuma"
    assert got["I am very pleased to welcome Dr Amado"] == zuma, got
    assert got["Firstly, we discussed our bilateral\nrelations which are very good"] == zuma, got
    assert got["Thank you"] == zuma, got
    assert got["Good morning all of you!"] == "Amado", got
    assert got[next(k for k in got if k.startswith("I just want to thank Minister Zuma"))] == "Amado", got


# a think tank's question session after a lecture, its turns labelled by the initials of their roles: "M:" the
# moderator, "R:" the guest's reply; by hand: the moderator's turn is "Moderator" (as "MODERATOR:" is), the reply
# "R", the label as written (no answerer named in the text: hand annotation accepts the label, never a made-up
# "Respondent")
ROLE_INITIALS = (
    "M: Thank you very much, Your Excellency, for those inspiring remarks. We have a few minutes for questions.\n"
    "Q: Do you think this could lead to an effective development in maritime security?\n"
    "R: I think I will respond briefly. We have not encountered problems with India.\n"
    "M: Thank you very much.\n"
)


def test_role_initials_m_and_r_are_moderator_and_respondent():
    got = _speakers(ROLE_INITIALS)
    assert got[next(k for k in got if k.startswith("Thank you very much, Your Excellency"))] == "Moderator", got
    assert got[next(k for k in got if k.startswith("I think I will respond briefly"))] == "R", got


# an interview printed with only the interviewee's answers labelled (his initials), the questions unlabelled
# paragraphs before and between them, one leading with statements of fact; by hand: each paragraph ending in a
# question mark is the interviewer's, its statements of fact included, each "KMA:" turn the minister's
ONE_SPEAKER_LABELS = (
    "Who do you see as the biggest threat to the country's sovereignty?\n\n"
    "KMA: You cannot pinpoint a finger to a state. We should prepare ourselves for the unexpected.\n\n"
    "The United States has a very important military facility here. Are you concerned it could move the base?\n\n"
    "KMA: I'd like to answer you in two parts. Our relation with the United States is a strategic one.\n"
)


def test_unlabelled_questions_between_one_interviewees_labels():
    got = _speakers(ONE_SPEAKER_LABELS)
    assert got["Who do you see as the biggest threat to the country's sovereignty?"] == "Interviewer", got
    assert got["The United States has a very important military facility here"] == "Interviewer", got
    assert got["Are you concerned it could move the base?"] == "Interviewer", got
    assert got["You cannot pinpoint a finger to a state"] != "Interviewer", got


def _opening(got: dict[str, str], prefix: str) -> str:
    return got[next(k for k in got if k.startswith(prefix))]


# a columnist's sit-down printed with "Q –" questions, the first answer under "Baird:" and a later one under the
# one-letter "B –"; by hand: the text names "Foreign Affairs Minister John Baird", so "Baird:" is his turn (a
# surname label written once), and "B", the first letter of that label's name, is his initial: his turn too
INITIAL_DASH_LABEL = (
    "Late last week I sat down with Foreign Affairs Minister John Baird.\n\n"
    "Q – Is China a friend or a foe?\n\n"
    "Baird: We work well with the Chinese government.\n\n"
    "Q – But Canadians are nervous about China. Should they be?\n\n"
    "B – There is no doubt the rise of China is a big change. We promote Canadian values.\n"
)


def test_one_letter_dash_label_is_the_initial_of_a_labelled_speaker():
    got = _speakers(INITIAL_DASH_LABEL)
    assert _opening(got, "We work well with the Chinese government") == "John Baird", got
    assert _opening(got, "There is no doubt the rise of China is a big change") in ("B", "John Baird"), got
    assert _opening(got, "But Canadians are nervous about China") == "Questioner", got


# an outlet's interview whose questions carry its initials in its own casing ("iP:" for iPolitics); by hand:
# "iP" recurs as a label before each question, so each question is iP's, the answer under "Baird:" the minister's
OUTLET_INITIALS_LABEL = (
    "iPolitics sat down recently with Canada's Minister of Foreign Affairs John Baird.\n\n"
    "iP: You have voiced support for sanctions. Would Canada get involved?\n\n"
    "Baird: We are very keen to work with like-minded allies.\n\n"
    "iP: The premier said there is a link. Would you agree with her?\n"
)


def test_outlet_initials_in_small_letter_label_the_questions():
    got = _speakers(OUTLET_INITIALS_LABEL)
    assert _opening(got, "You have voiced support for sanctions") == "iP", got
    assert _opening(got, "Would you agree with her?") == "iP", got
    assert _opening(got, "We are very keen to work with like-minded allies") == "John Baird", got


# a newspaper's live-event transcript: the host introduces herself with a double given name; by hand: "MS.
# SHERIDAN:" is "Mary Beth Sheridan" (the name the text writes), never "Beth Sheridan"
DOUBLE_GIVEN_NAME = (
    "MS. SHERIDAN: Good afternoon. I'm Mary Beth Sheridan, the head of our bureau in Mexico.\n\n"
    "MIN. EBRARD: Thank you very much for the invitation.\n\n"
    "MS. SHERIDAN: Let us start with the climate. Where is the money coming from?\n\n"
    "MIN. EBRARD: From private investors.\n"
)


def test_surname_label_resolves_to_a_double_given_name():
    got = _speakers(DOUBLE_GIVEN_NAME)
    assert _opening(got, "Let us start with the climate") == "Mary Beth Sheridan", got


def test_interview_by_a_states_new_designate_names_the_answerer():
    # formats.HEADER_TITLED_RE and header_titled_name: "Interview by the Borduvia's new PM Designate Ana Ruiz
    # for the Daily": by hand, the state's possessive and "new" come before the run "PM Designate Ana Ruiz",
    # whose last office word is the title suffix "designate" (of "minister-designate" in titles.txt), so the
    # name is "Ana Ruiz" and every "A:" turn of the one-guest interview is hers; "Q:" stays the questioner's
    from helpers.formats import header_speaker_names
    title = "Interview by the Borduvia's new PM Designate Ana Ruiz for the Daily [courtesy translation]:\n\n"
    assert header_speaker_names(title) == ("Ana Ruiz",)
    assert header_speaker_names("Remarks by President Elect Ana Ruiz at the dinner\n") == ("Ana Ruiz",)
    text = title + ("Q: Did you expect the support?\n\nA: Honestly, yes.\n\n"
                    "Q: What comes next?\n\nA: First the ministers must meet.\n")
    got = _speakers(text)
    assert _opening(got, "Honestly, yes") == "Ana Ruiz", got
    assert _opening(got, "First the ministers must meet") == "Ana Ruiz", got
    assert _opening(got, "What comes next?") == "Questioner", got


# a broadcast interview transcript whose turns open with the speaker's name in capitals and no colon; by hand:
# "MARK" recurs and the text writes "Mark Ellison", so the run-in labels are a family: "ANNA" opens the first
# turn (the presenter, named by first name only) and is hers, "MARK" is Mark Ellison's turns, and the label
# line "TOM REID - Foreign Minister" (the office after a hyphen, the answer on the next line) is Tom Reid's
RUN_IN_LABELS = (
    "Q+A: Tom Reid interview transcript\n\n"
    "ANNA This week the foreign minister met his counterparts. Tom Reid spoke to Mark Ellison about it.\n\n"
    "MARK You spent much time on this visit talking about the border. Did you sense progress?\n\n"
    "TOM REID - Foreign Minister\n Well, I think they are making progress on the border.\n"
    "MARK So you didn't sense an accelerated momentum?\n"
)


def test_run_in_capital_name_labels_of_a_broadcast_transcript():
    from helpers.formats import detect_format
    assert detect_format(RUN_IN_LABELS) == "transcript"
    got = _speakers(RUN_IN_LABELS)
    assert _opening(got, "This week the foreign minister met") == "Anna", got
    assert _opening(got, "You spent much time on this visit") == "Mark", got
    assert _opening(got, "So you didn't sense") == "Mark", got
    assert _opening(got, "Well, I think they are making progress") == "Tom Reid", got


def test_run_in_capital_words_without_a_named_recurring_label_are_no_turns():
    # by hand: "NATO" opens two lines but the text never writes "Nato" as a name before another capitalised
    # word, and "BEIJING" once is a dateline: no family, so plain text, not a transcript
    from helpers.formats import detect_format
    text = ("BEIJING China said on Monday it would attend the talks.\n\n"
            "NATO Allies agreed to meet again.\n\nNATO Ministers will gather in June.\n")
    assert detect_format(text) == "text"


# a ministry's page copied with line breaks every few words, the speaker's label broken after its first word
# ("Prince" / "Omar Al-Rashid: ..."); by hand: the label is "Prince Omar Al-Rashid", written once at the top
# under two title lines, a titled full name opening a monologue, so every sentence after it is his, the
# sentences that run over the line breaks included
SPLIT_LABEL = (
    "Remarks of Minister\nof Foreign Affairs Prince Omar Al-Rashid\nat Joint Press Conference\nRiyadh\n"
    "Prince\nOmar Al-Rashid: In the beginning, I would like to thank my\ncolleagues for their care. I\n"
    "welcome the Secretary and his delegation to the Kingdom. We held\nbilateral talks this morning.\n"
)


def test_label_broken_over_two_lines_by_a_hard_wrap_opens_the_monologue():
    from helpers.layout import paragraph_spans, split_label_break
    starts = [SPLIT_LABEL[a:b].split("\n")[0] for a, b in paragraph_spans(SPLIT_LABEL)]
    assert starts == ["Remarks of Minister", "Prince"], starts
    at = SPLIT_LABEL.index("Prince\nOmar")
    assert split_label_break(SPLIT_LABEL, at) == at + len("Prince")
    assert split_label_break(SPLIT_LABEL, SPLIT_LABEL.index("Riyadh")) is None  # ("Riyadh" / "Prince" / ...)
    got = _speakers(SPLIT_LABEL)
    assert _opening(got, "In the beginning, I would like") == "Omar Al-Rashid", got
    assert _opening(got, "I\nwelcome the Secretary") == "Omar Al-Rashid", got
    assert _opening(got, "We held\nbilateral talks") == "Omar Al-Rashid", got


# a television newscast's web copy: a caption line (name, and role after a comma) alone over each quoted
# paragraph; by hand: three caption lines make a family, so each quoted paragraph is its caption's person's
# turn: the prime minister's answers and the journalist's question ("Hon." is a title, dropped from the name)
NEWSCAST_CAPTIONS = (
    "PM Reports On The Summit\n"
    "The Prime Minister spent last week at the summit.\n"
    "Hon. Dean Harlow, Prime Minister\n"
    '"The summit began with a lot of talk. But we held several side meetings."\n'
    "Maria Delgado\n"
    '"Were you chastising the host when you spoke?"\n'
    "Hon. Dean Harlow, Prime Minister\n"
    '"No, I was not. I spoke as the chairman of the bloc."\n'
)


def test_newscast_caption_lines_over_quoted_paragraphs_are_turns():
    from helpers.formats import detect_format
    assert detect_format(NEWSCAST_CAPTIONS) == "transcript"
    got = _speakers(NEWSCAST_CAPTIONS)
    # (a turn is one statement, its quotation marks left out)
    assert _opening(got, "The summit began") == "Dean Harlow", got
    assert _opening(got, "Were you chastising") == "Maria Delgado", got
    assert _opening(got, "No, I was not") == "Dean Harlow", got


def test_one_name_line_over_a_quotation_is_no_turn():
    # by hand: a single caption line (a photo's caption over a quotation) is no family: plain text
    from helpers.formats import detect_format
    text = 'Talks in the capital\nMaria Delgado\n"We will meet again soon."\nThe talks ended on Friday.\n'
    assert detect_format(text) == "text"


# a ministry's transcript of remarks before a meeting, two labels in capitals of an office before a surname;
# by hand: "FOREIGN MINISTER ABEBE:" is the briefing convention "MR PRICE:" is, so his turn runs on over the
# unlabelled paragraph under it ("So, Excellency, welcome ..."), to "SECRETARY CARTER:"
OFFICE_CAPITALS = (
    "Secretary Tom R. Carter And Kenyan Deputy Prime Minister and Foreign Minister Dawit Abebe Before Their "
    "Meeting\n\n"
    "FOREIGN MINISTER ABEBE:  To start off, Secretary of State, we are happy to receive you here in Nairobi "
    "today.  It's our honor and a privilege to have such a meeting with this prestigious delegation.  I hope you "
    "have a (inaudible).  We have longstanding relations and it is time to revitalize them.\n\n"
    "So, Excellency, welcome to Nairobi.  Thank you for coming (inaudible).\n\n"
    "SECRETARY CARTER:  Foreign Minister, thank you so much for receiving us.\n"
)


def test_office_and_surname_label_in_capitals_runs_on():
    # (the speaker is the label's surname; its case, as written or not, is no part of this rule)
    got = {k: v.lower() for k, v in _speakers(OFFICE_CAPITALS).items()}
    assert _opening(got, "So, Excellency, welcome") == "abebe", got
    assert _opening(got, "Thank you for coming") == "abebe", got
    assert _opening(got, "Foreign Minister, thank you so much") == "carter", got


def test_office_capitals_reads_an_office_before_a_surname():
    # by hand: "FOREIGN MINISTER" and "SECRETARY" are offices of titles.txt before the surname; "LAVROV" alone
    # (a print interview's label) and "BREAKING NEWS" (no office) are not the briefing convention
    from types import SimpleNamespace

    from helpers.attribution.engine import office_capitals
    from helpers.lexicons.titles import load_titles
    words = {w for t in load_titles().titles for w in t.split()}
    eng = SimpleNamespace(parser=SimpleNamespace(lex=SimpleNamespace(title_words=words)))
    assert office_capitals(eng, "FOREIGN MINISTER MEKONNEN")
    assert office_capitals(eng, "SECRETARY BLINKEN")
    assert not office_capitals(eng, "LAVROV")
    assert not office_capitals(eng, "BREAKING NEWS")


def test_parliamentary_speaker_lines_with_office_in_brackets_are_turns():
    # A Hansard-style record: each speaker line is a name and, in brackets, the office, constituency and
    # party (one bracket nested), alone above the speech. Expected by hand: the two recurring lines make four
    # turns, each speech its speaker's ("Last night, I met ..." is William Hague's), the bracket no speaker.
    text = (
        "Oral Answers to Questions\n\n"
        "Barbara Keeley (Shadow Minister (Communities and Local Government); Worsley and Eccles South, Labour)\n\n"
        "If he will make a statement on his departmental responsibilities.\n\n"
        "William Hague (The Secretary of State for Foreign and Commonwealth Affairs; Richmond (Yorks), "
        "Conservative)\n\n"
        "Last night, I met the Foreign Minister of Japan and conveyed our condolences.\n\n"
        "Barbara Keeley (Shadow Minister (Communities and Local Government); Worsley and Eccles South, Labour)\n\n"
        "Will the Foreign Secretary update the House on Tibet?\n\n"
        "William Hague (The Secretary of State for Foreign and Commonwealth Affairs; Richmond (Yorks), "
        "Conservative)\n\n"
        "We will have to see the details of that before we respond.\n"
    )
    art = helpers.load_article(text)
    assert art.format == "transcript"
    assert art.turns["speaker"].tolist() == ["Barbara Keeley", "William Hague"] * 2
    st = helpers.statements(art)
    said = dict(zip(st["text"].str[:10], st["speaker"], strict=False))
    assert said["Last night"] == "William Hague"
    assert said["Will the F"] == "Barbara Keeley"


def test_one_name_line_with_a_bracket_is_no_turn():
    # A single "Name (note)" line over a paragraph (a photo's caption, a heading): written once, fewer than
    # formats.MIN_PAREN_LINES such lines, so no label (expected: plain text, no statement of "Jane Doe")
    art = helpers.load_article(
        "Talks end\n\nJane Doe (file photo)\n\nThe talks ended on Monday, officials said.\n")
    assert art.format == "text"
    assert "Jane Doe" not in helpers.statements(art)["speaker"].tolist()


def test_long_label_lines_over_quoted_paragraphs_are_turns():
    # An interview printed as quoted turns under label lines: "Office Full Name:" of six words (longer than
    # a colon label's five) and "Name, outlet:" with the outlet in lower case, each alone on its line over a
    # paragraph that opens with a quotation mark. Expected by hand: the question is Ana Ruiz's, the answer
    # Mohammed Javad Zarif's (each label written once).
    text = (
        "Zarif warns the West\n\n"
        "Iran is ready to return to enrichment, the country's foreign minister told the channel.\n\n"
        "Ana Ruiz, euronews:\n"
        "\u201cWhat was going on behind the closed-door talks?\u201d\n\n"
        "Iranian Foreign Minister Mohammed Javad Zarif:\n"
        "\u201cThe negotiations were an attempt to address two objectives. We never intended to build it.\u201d\n"
    )
    st = helpers.statements(helpers.load_article(text))
    said = dict(zip(st["text"].str[:10], st["speaker"], strict=False))
    assert said["\u201cWhat was "] == "Ana Ruiz"
    assert said["\u201cThe negot"] == "Mohammed Javad Zarif"


def test_name_line_with_a_colon_over_unquoted_text_is_no_long_label():
    # the same line shape over a paragraph that opens with no quotation mark ("Key Points Of The Deal:" /
    # "The deal ...") is a heading: expected no statement of a "Key Points" speaker
    st = helpers.statements(helpers.load_article(
        "Deal reached\n\nThe talks ended on Monday.\n\nKey Points Of The New Deal:\nThe deal caps enrichment.\n"))
    assert not any("Key" in str(s) for s in st["speaker"])


# a transcription service's page: each speaker line holds the time into the recording in brackets, alone on
# its line over the turn's paragraphs (formats._LABEL_RE "stamp"); written for the test in that shape
STAMPED_TRANSCRIPT = (
    "President Meets with Prime Minister\n\n"
    "President Anna Berg (00:04):\n\n"
    "Thank you very much. It is a great honor to have you here.\n\n"
    "Prime Minister Jon Dahl (00:48):\n\n"
    "Thank you, President. We discussed trade at length.\n\n"
    "Reporter (1:03:12):\n\n"
    "Will you meet again next year?\n\n"
    "Speaker 1 (1:03:20):\n\n"
    "Thank you, everyone.\n"
)


def test_speaker_lines_with_a_timestamp():
    # expected by hand: each line's name after its title ("President" -> Anna Berg, "Prime Minister" -> Jon
    # Dahl) speaks the paragraphs below it; "Reporter" is the asker of the role labels; "Speaker 1" is the
    # unnamed voice as labelled; the time in brackets is no part of any name
    article = helpers.load_article(STAMPED_TRANSCRIPT)
    assert article.format == "transcript"
    assert list(article.turns["speaker"]) == ["Anna Berg", "Jon Dahl", "Reporter", "Speaker 1"]
    got = _speakers(STAMPED_TRANSCRIPT)
    assert got[next(k for k in got if "It is a great honor" in k)] == "Anna Berg", got
    assert got[next(k for k in got if "We discussed trade" in k)] == "Jon Dahl", got
    assert got[next(k for k in got if "Will you meet again" in k)] == "Reporter", got


# an Indian ministry's briefing: the office, a comma, an honorific and the name before the colon; the
# second turn runs on over its next paragraph (engine.office_first_label, office_first_runs_on)
OFFICE_FIRST_BRIEFING = (
    "Transcript of Media Briefing by Foreign Secretary (September 05, 2019)\n\n"
    "Official Spokesperson, Shri Ravi Mehta: Friends, good afternoon and welcome to this briefing. "
    "I have with me the Foreign Secretary. Sir, over to you.\n\n"
    "Foreign Secretary, Dr. Anil Rao: Thank you Ravi. Prime Minister had three very good meetings.\n\n"
    "A lot of the discussion was on the bilateral relationship.\n"
)


def test_office_first_label_with_an_honorific():
    # expected by hand: the person after the comma and the honorific is the label's speaker, the office
    # before the comma their role, and the unlabelled paragraph after the second label is still that turn
    got = _speakers(OFFICE_FIRST_BRIEFING)
    assert got[next(k for k in got if k.startswith("I have with me"))] == "Ravi Mehta", got
    assert got[next(k for k in got if k.startswith("Prime Minister had three"))] == "Anil Rao", got
    assert got[next(k for k in got if k.startswith("A lot of the discussion"))] == "Anil Rao", got
    # the cue "welcome" after the label's colon makes no speaker of words across it ("Ravi Mehta Friends")
    assert set(got.values()) == {"Ravi Mehta", "Anil Rao"}, got


# an Indian ministry's special briefing: "Honorific Name, Office (Division):" with the office's division in
# brackets, name first (engine._OFFICE_DIVISION in _LABEL_RE, label_with_title_role) and office first
# (_OFFICE_FIRST_LABEL_RE); the spokesperson introduces a briefer "for this briefing" (cues.after_determiner:
# the "-ing" form after "for" and a determiner is the event, no cue); a round CV page's shape
DIVISION_BRIEFING = (
    "Transcript of Special Briefing on the Visit of the President to Norland (May 12, 2025)\n\n"
    "Shri Ravi Mehta, Official Spokesperson: Good afternoon, friends. We have with us Secretary (West), "
    "Shri Anil Rao for this briefing. Sir, over to you.\n\n"
    "Shri Anil Rao, Secretary (West): Thank you Ravi. The President will visit Norland next week.\n\n"
    "Norland is a valued partner in our neighbourhood.\n\n"
    "Joint Secretary (Europe), Shri Arun Das: Let me add a word on trade. Our trade grew last year.\n"
)


def test_office_with_its_division_in_brackets():
    # expected by hand: each label's name is its turn's speaker, the office and its bracket ("Secretary
    # (West)", "Joint Secretary (Europe)") their role; the unlabelled paragraph after Anil Rao's label is still
    # his turn; the introduction "We have with us ... Shri Anil Rao for this briefing" is the spokesperson's
    # alone (before: Anil Rao's too, "briefing" read as his cue, and his own turn was Ravi Mehta's)
    got = _speakers(DIVISION_BRIEFING)
    assert got["Thank you Ravi"] == "Anil Rao", got
    assert got["Norland is a valued partner in our neighbourhood"] == "Anil Rao", got
    assert got["Let me add a word on trade"] == "Arun Das", got
    intro = [k for k in got if "for this briefing" in k]
    assert [got[k] for k in intro] == ["Ravi Mehta"], got


# the same briefing in capitals, as a transcript: the office's division in brackets after the comma
# (formats._LABEL_RE's office)
CAPITALS_DIVISION_BRIEFING = (
    "Transcript of Special Briefing on the Visit of the President to Norland\n\n"
    "SHRI RAVI MEHTA, OFFICIAL SPOKESPERSON: Good afternoon, friends. Sir, over to you.\n\n"
    "SHRI ANIL RAO, SECRETARY (WEST): Thank you Ravi. The President will visit Norland next week.\n\n"
    "SIDHANT SIBAL, WION: Sir, will trade be discussed?\n\n"
    "SHRI ANIL RAO, SECRETARY (WEST): Yes, trade will be discussed.\n"
)


def test_capitals_office_with_its_division_in_brackets():
    # expected by hand: four labelled paragraphs, four turns, each the label's name without the honorific
    # (before: the two "SECRETARY (WEST)" labels were no labels, their words the turn before them)
    art = helpers.load_article(CAPITALS_DIVISION_BRIEFING)
    assert art.format == "transcript"
    assert art.turns["speaker"].tolist() == ["Ravi Mehta", "Anil Rao", "Sidhant Sibal", "Anil Rao"]
    got = _speakers(CAPITALS_DIVISION_BRIEFING)
    assert got["Yes, trade will be discussed."] == "Anil Rao", got


# a joint press conference's transcript: the title names both speakers joined by "&" (a group, so no one
# body is theirs: engine.joint_speakers), a place-and-date line, then the first speaker's label alone on its
# line over an invocation and his paragraphs (person_label_alone_runs_on, address_paragraph with
# statement_words.txt [salutation words] "in the name of god"); a round CX page's shape
JOINT_CONFERENCE = (
    "Joint Press Conference of HE Erik Lund Norland Foreign Minister& HE Anna Berg, Secretary General of "
    "the Union\n\n"
    "After the Closing of the Oslo Summit\n\n"
    "Grand Hotel, Oslo, 12 May 2007\n\n"
    "HE Erik Lund:\n\n"
    "In the Name of God, Most Gracious, Most Merciful\n\n"
    "At the outset, I would like to thank our guests for coming to Oslo.\n\n"
    "The talks were frank and useful. The summit adopted a plan on fisheries.\n"
)


def test_joint_conference_label_alone_runs_on():
    # expected by hand: the label "HE Erik Lund:" on its own line opens his turn, which runs on to the end
    # (no other label): the invocation, the first-person thanks and the third-person account are his; the
    # title, the place-and-date line and the label line are nobody's words (before: every line from the
    # place-and-date line on was the title's pair "Erik Lund ... and Anna Berg")
    got = _speakers(JOINT_CONFERENCE)
    for opening in ("In the Name of God", "At the outset", "The talks were frank", "The summit adopted"):
        assert got[next(k for k in got if k.startswith(opening))] == "Erik Lund", got
    assert not any(k.startswith(("Grand Hotel", "HE Erik Lund", "Joint Press")) for k in got), got
    assert set(got.values()) == {"Erik Lund"}, got


# a presidency's transcript: the office, a comma, an honorific and the name alone on its line, then the
# speech's salutation paragraphs ("Good day!", "Mrs. Prime Minister,") before its first first-person words
# (engine.speaks_after_label and turn_continuations pass over salutation_paragraph)
SALUTED_SPEECH = (
    "Joint Press Statement by the President of Norland, Mr. Erik Lund, and the Prime Minister of Sudia\n\n"
    "The President of Norland, Mr. Erik Lund, on Tuesday delivered a joint press statement.\n\n"
    "The transcript of the joint press statement can be read as follows:\n\n"
    "President of Norland, Mr. Erik Lund:\n\n"
    "Good day!\n\n"
    "Mrs. Prime Minister,\n\n"
    "It gives me great pleasure to welcome you today in our capital.\n\n"
    "This first visit is very important for our two countries.\n"
)


def test_office_first_label_over_salutations():
    # expected by hand: the label names Erik Lund; every paragraph below it, the two salutations and the
    # speech (the first person "me" in its first sentence), is his turn
    got = _speakers(SALUTED_SPEECH)
    for opening in ("Good day", "Mrs. Prime Minister", "It gives me great pleasure", "This first visit"):
        assert got[next(k for k in got if k.startswith(opening))] == "Erik Lund", got


# a magazine's interview without labels: the title line is the interviewee's name, a biography, then each
# question a paragraph of its own ending in "?", the paragraphs after it the answer
# (engine.unlabelled_interview)
UNLABELLED_INTERVIEW = (
    "HE Erik Lund\n\n"
    "Minister of Foreign Affairs, Norland\n\n"
    "HE Erik Lund joined the diplomatic service in 1970 and became Minister in 1997.\n\n"
    "Can you elaborate on Norland's role within the union?\n\n"
    "Norland is one of the founding members. We believe in the union and its goals.\n\n"
    "How would you assess Norland's current foreign policy?\n\n"
    "Our policy is one of dialogue.\n"
)
# a report asking rhetorical questions in paragraphs of their own: no interview
RHETORICAL_REPORT = (
    "Erik Lund\n\n"
    "The minister visited the capital on Monday.\n\n"
    "What comes next for the region?\n\n"
    "The talks ended without agreement on the border.\n\n"
    "Will the union act?\n\n"
    "Officials gave no date for the next round.\n"
)


def test_unlabelled_interview_turns():
    # expected by hand: the two "?" paragraphs are the interviewer's, the paragraphs after each the
    # minister's (named by the title line, "HE" an honorific)
    got = _speakers(UNLABELLED_INTERVIEW)
    assert got[next(k for k in got if k.startswith("Can you elaborate"))] == "Interviewer", got
    assert got[next(k for k in got if k.startswith("How would you assess"))] == "Interviewer", got
    for opening in ("Norland is one of", "We believe", "Our policy"):
        assert got[next(k for k in got if k.startswith(opening))] == "Erik Lund", got


def test_rhetorical_questions_make_no_interview():
    # expected by hand: the paragraph after the first question holds no first person, so no turn is read
    got = _speakers(RHETORICAL_REPORT)
    assert not any(k.startswith(("What comes next", "The talks ended", "Will the union")) for k in got), got


# a paper's interview that labels only its first turns: a later one-sentence question to "you" inside the
# answer's running turn is the labelled asker's (engine.asked_in_turn)
ASKED_IN_TURN = (
    "The new foreign minister of Norland chose Sudia for his first visit and gave an interview to DW.\n"
    "DW: Mr. Lund, why did you choose Sudia as the first country you will visit?\n"
    "Erik Lund: I think there are many reasons why Sudia should be the first country to visit.\n"
    "By visiting Sudia, I am also sending a clear signal about our direction.\n"
    "During the conversation with Minister Berg, do you expect any unpleasant questions?\n"
)


def test_question_inside_a_running_answer_is_the_askers():
    # expected by hand: "DW:" asks the first question; the unlabelled paragraph of one question sentence
    # with "you" after Erik Lund's answer is DW's too (as the label reads it), his paragraph before it his own
    got = _speakers(ASKED_IN_TURN)
    asker = got[next(k for k in got if k.startswith("Mr. Lund, why"))]
    assert asker.lower() == "dw" and got[next(k for k in got if k.startswith("During the conversation"))] == asker
    assert got[next(k for k in got if k.startswith("By visiting Sudia"))] == "Erik Lund", got


# a ministry transcript's labels: a role or outlet, and in brackets the office and, after the last comma, the
# person's name (paren_name); an outlet alone in brackets names nobody. Expected: the name after the last
# comma in the brackets ("Mei Ling Tan", "Arjun Rao"); "Journalist (Straits Times)" keeps its role label
PAREN_NAME_LABELS = (
    "Transcript of the Foreign Minister's Press Conference\n\n"
    "Moderator (Director/Public Communications Directorate, MFA, Mei Ling Tan): Good morning, everyone. "
    "My name is Mei Ling and I will be your moderator.\n\n"
    "Minister: Thank you for coming.\n\n"
    "NDTV (Senior Correspondent, Arjun Rao): Hi, Minister. I am Arjun from NDTV. What did the ministers agree?\n\n"
    "Journalist (Straits Times): Will the talks resume?\n"
)


def test_name_after_the_last_comma_in_a_labels_brackets():
    got = {text.split(".")[0]: speaker for text, speaker in _speakers(PAREN_NAME_LABELS).items()}
    assert got["Good morning, everyone"] == "Mei Ling Tan"
    assert got["Hi, Minister"] == "Arjun Rao"
    assert got["Will the talks resume?"] == "Journalist"


# a transcriber's note closing a turn's paragraph after a full sentence is nobody's words
# (before_stage_direction): expected, the minister's words end at "mask to mask?", no statement holds
# "(Laughter.)"; and a question that reports what another said is the asker's words as well as the reported
# party's (the gold convention of spent rounds 21-63: kind turn and kind reported_in_question on one anchor)
STAGE_NOTE_AND_REPORTED_QUESTION = (
    "Joint Press Availability of the Foreign Ministers\n\n"
    "FOREIGN MINISTER ABDULLAH:  Good morning, everyone. We are meeting face to face, or is it mask to mask?  "
    "(Laughter.)\n\n"
    "QUESTION:  The Pentagon said that it will send more ships to the region. What is your comment?\n\n"
    "FOREIGN MINISTER ABDULLAH:  We welcome dialogue between all parties.\n"
)


def test_stage_note_closing_a_turn_and_a_question_reporting_others():
    st = helpers.statements(helpers.load_article(STAGE_NOTE_AND_REPORTED_QUESTION))
    assert not any("Laughter" in t for t in st["text"])
    reported = st[st["text"].str.contains("The Pentagon said")]
    assert "Questioner" in set(reported["speaker"])


# a briefing transcript's opening line that names who held the press conference is the narrator's (the
# ministry's page states it; unnamed_briefer credits no one): expected, by hand, no statement holds "held a
# press conference"; the "Q:" turn stays the questioner's
HELD_BRIEFING_LINE = (
    "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 4, 2021\n\n"
    "Foreign Ministry Spokesperson Li Wen held a press conference on May 4, 2021.\n\n"
    "Q: What is China's comment on the talks?\n\n"
    "A: We hope the talks succeed.\n"
)


def test_line_naming_who_held_the_briefing_is_nobodys():
    st = helpers.statements(helpers.load_article(HELD_BRIEFING_LINE))
    assert not any("held a press conference" in t for t in st["text"])
    assert "Questioner" in set(st["speaker"])


# announcements opening a briefing transcript before its first "Q:" (_opening_announcements): the title names
# one spokesperson (Li Wen), the "A:" turns are hers, so the announcement "At the invitation of ..." is hers
# too (by hand: one paragraph, no label, not naming Li Wen, ending in a full stop); the title line and the
# line naming who held the conference stay nobody's
ANNOUNCEMENT_BRIEFING = (
    "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 4, 2021\n\n"
    "Foreign Ministry Spokesperson Li Wen held a press conference on May 4, 2021.\n\n"
    "At the invitation of Foreign Minister Wang Yi, Foreign Minister Tomas Varga will pay an official visit "
    "to China from May 6 to 8.\n\n"
    "Q: What is China's comment on the talks?\n\n"
    "A: We hope the talks succeed.\n\n"
    "Q: Will the two sides sign any agreement?\n\n"
    "A: I have no information to release at the moment.\n\n"
    "Q: Will China send an envoy to the region?\n\n"
    "A: We will release information in due course.\n"
)


def test_announcements_before_the_first_question_are_the_titled_spokespersons():
    got = _speakers(ANNOUNCEMENT_BRIEFING)
    who = {k[:20]: v for k, v in got.items()}
    assert who["At the invitation of"] == "Li Wen", got
    assert who["We hope the talks su"] == "Li Wen", got
    assert who["What is China's comm"] == "Questioner", got
    assert not any("held a press conference" in k or "Regular Press" in k for k in got), got


# a briefing's table of contents over its transcript ("INDEX:" / topic lines / "TRANSCRIPT:") names no speaker:
# expected, by hand, no speaker "Index" and the contents lines nobody's; the "QUESTION:" turn the questioner's
# and the spokesman's answer his
INDEX_OVER_TRANSCRIPT = (
    "Daily Press Briefing\nRichard Boucher, Spokesman\nWashington, DC\nDecember 9, 2002\n\n"
    "INDEX:\n\nJAPAN/SOUTH KOREA\n\n10-11 Deputy Secretary Armitage's Travel / Meetings\n\n"
    "TRANSCRIPT:\n\n"
    "QUESTION: Can you update us, Richard, on the travels of the Deputy Secretary?\n\n"
    "MR. BOUCHER: He is in Tokyo today. Tomorrow he is in Seoul.\n\n"
    "QUESTION: Are you concerned about the protests in South Korea?\n\n"
    "MR. BOUCHER: We are aware of the situation in South Korea.\n"
)


def test_table_of_contents_is_no_speaker():
    st = helpers.statements(helpers.load_article(INDEX_OVER_TRANSCRIPT))
    assert "Index" not in set(st["speaker"])
    assert not any("JAPAN/SOUTH KOREA" in t or "Travel / Meetings" in t for t in st["text"])
    assert "Questioner" in set(st[st["text"].str.contains("Can you update us")]["speaker"])


# a headline crediting its words with a colon over an interview's lead ("FM X: ..." / blank line / "X, who is
# on an official visit to ..., gave an exclusive interview to ..."): expected, by hand, the headline's words
# X's and the lead nobody's (the headline's line ends without a full stop; the label's turn ends with it)
HEADLINE_LABEL_OVER_LEAD = (
    "FM Mammadyarov: Armenia should demonstrate political will\n\n"
    "Azerbaijan’s Foreign Minister Elmar Mammadyarov, who is on an official visit to Moscow, gave an "
    "exclusive interview to a correspondent\n\n"
    "Q. What are the main issues on which the parties were unable to reach an agreement?\n\n"
    "A. There are some issues that remain open in the negotiations with Armenia.\n\n"
    "Q. Will the talks resume?\n\n"
    "A. We will return to the issues after the elections.\n"
)


def test_headline_label_turn_ends_with_its_line():
    st = helpers.statements(helpers.load_article(HEADLINE_LABEL_OVER_LEAD))
    assert not any("exclusive interview" in t for t in st["text"]), st[["speaker", "text"]]
    assert any("demonstrate political will" in t for t in st["text"])


# a radio interview's transcript titled "<office> <name> Speaks with <host>": "Speaks" is the headline's verb, so
# the "Ambassador:" turns are the ambassador's, Jane Doe (the two words between the office and the verb)
AMBASSADOR_SPEAKS = (
    "U.S. Ambassador Jane Doe Speaks with Ivan Petrov of City Radio\n\n"
    "Ambassador:  Good morning Ivan.  It is a pleasure to be in the studio.\n\n"
    "Petrov:  Thank you, Madam Ambassador. What does the new report mean?\n\n"
    "Ambassador:  It is simply a report required under the law.  It is not new sanctions.\n"
)


def test_headline_verb_is_no_part_of_the_titled_holder():
    got = _speakers(AMBASSADOR_SPEAKS)
    assert got["It is simply a report required under the law"] == "Jane Doe"
    assert "Jane Doe Speaks" not in set(got.values())


# a wire picture's caption line ("FILE PHOTO: <who> addresses ..." and the credit "REUTERS/<name>/File Photo") is
# nobody's words: no statement's speaker is "FILE PHOTO"
FILE_PHOTO_CAPTION = (
    "Island state to miss summit -official\n"
    "FILE PHOTO: Prime Minister John Smith addresses the General Assembly in New York, September 30, 2015. "
    "REUTERS/Ann Lee/File Photo\n\n"
    "SYDNEY (Reuters) - The prime minister will not attend the summit, an official from his office told Reuters.\n"
)


def test_file_photo_caption_is_no_label():
    st = helpers.statements(helpers.load_article(FILE_PHOTO_CAPTION))
    assert not {"FILE PHOTO", "File Photo"} & set(st["speaker"])


# a question narrated with "asked (the addressee) whether/if" is no statement of the asker (the gold rounds list
# "Margarita Simonyan asked if Lavrov ..." and "Reporters asked the prime minister whether ..." for nobody); the
# answer's own cue ("Lavrov said ...") stays Lavrov's
NARRATED_QUESTION = (
    "Anna Petrova asked if Lavrov had really used a rude word. "
    "Lavrov said that he had not.\n"
)


def test_narrated_question_is_no_statement_of_the_asker():
    st = helpers.statements(helpers.load_article(NARRATED_QUESTION))
    assert "Anna Petrova" not in set(st["speaker"])
    assert "Lavrov" in set(st["speaker"])


# a two-turn interview: an asker's question under "Reporter:" opening the text, then the answer under a label of a
# title, its portfolio after "of" and the name ("Deputy Minister of Foreign Affairs Dang Dinh Quy:", a Vietnamese
# news site's copy); the answer's later paragraphs have no label. Expected by hand: the label's last three words
# are the name (the words before are the title "deputy minister" and the portfolio "foreign affairs"), every
# answer paragraph is his turn, the question the Reporter's
TWO_TURN_INTERVIEW = (
    "Reporter: The President has completed the State visits to India and Bangladesh; could you reveal some "
    "results of the visits?\n\n"
    "Deputy Minister of Foreign Affairs Dang Dinh Quy: The visits concluded with successes in various fields.\n\n"
    "The President and his entourage were welcomed with the highest-level protocol.\n"
)


def test_two_turn_interview_with_a_title_and_portfolio_label():
    from helpers.formats import parse_label

    assert parse_label("Deputy Minister of Foreign Affairs Dang Dinh Quy") == (
        "Dang Dinh Quy", "deputy minister of foreign affairs", "person")
    art = helpers.load_article(TWO_TURN_INTERVIEW)
    assert art.format == "transcript"
    st = helpers.statements(art)
    def who(words: str) -> set[str]:
        return {spk for s, spk in zip(st["text"], st["speaker"], strict=True) if words in s}

    assert who("The visits concluded") == {"Dang Dinh Quy"}
    assert who("The President and his entourage") == {"Dang Dinh Quy"}
    assert who("could you reveal") == {"Reporter"}


# a Kremlin-style transcript of a meeting's opening: each turn under a label of the whole office, "of" a state
# (with "the" and "of" inside the state's name) and the name. Expected by hand: the words after "of" ("the
# Republic of Korea", "Kazakhstan") are a state of titles.txt, so the office ends there and the last two words
# are the name; two labels of two office holders near the top make the text a transcript, each paragraph the
# turn of the label above it
OFFICE_OF_STATE_LABELS = (
    "Meeting with President of the Republic of Korea\n\n"
    "The talks are taking place on the sidelines of the summit.\n\n"
    "President of the Republic of Korea Moon Jae-in: Thank you for the warm welcome.\n\n"
    "Our trade has grown every year since we last met.\n\n"
    "President of Kazakhstan Kassym-Jomart Tokayev: Mr President,\n\n"
    "We are glad to see you again in Astana.\n"
)


def test_office_of_a_state_labels_make_an_exchange():
    from helpers.formats import parse_label

    assert parse_label("President of the Republic of Korea Moon Jae-in") == (
        "Moon Jae-in", "president of the republic of korea", "person")
    assert parse_label("President of Kazakhstan Kassym-Jomart Tokayev")[:2] == (
        "Kassym-Jomart Tokayev", "president of kazakhstan")
    art = helpers.load_article(OFFICE_OF_STATE_LABELS)
    assert art.format == "transcript"
    st = helpers.statements(art)
    def who(words: str) -> set[str]:
        return {spk for s, spk in zip(st["text"], st["speaker"], strict=True) if words in s}

    assert who("Our trade has grown") == {"Moon Jae-in"}
    assert who("glad to see you") == {"Kassym-Jomart Tokayev"}


# a sentence ending in a colon before a list stays narration: its words are no office of a state and a name
COLON_BEFORE_LIST = (
    "The ministers agreed on three points.\n\n"
    "President of the Council Charles Michel listed them as follows:\n\n"
    "- trade\n- energy\n"
)


def test_colon_sentence_with_office_of_is_no_label():
    from helpers.formats import detect_format

    assert detect_format(COLON_BEFORE_LIST) == "text"


# the same question and answer after a speech's text is a stakeout's closing exchange, not an interview: the
# text stays plain
STAKEOUT_CLOSING = "Remarks at a stakeout.\n\n" + "We discussed the programme of work today. " * 12 + (
    "\n\nQuestion: Where are you going?\n\nAmbassador Craft: We are going to Lexington.\n")


def test_question_and_answer_after_remarks_is_no_interview():
    assert helpers.load_article(STAKEOUT_CLOSING).format == "text"


# only the questions carry a label ("Q:"); each answer is the unlabelled paragraph after its question, the
# answer of the person the title line presents ("Interview with Eva Lind, Foreign Minister of Sweden"): read
# from the title, the layout says who answers (answers_after_asker_labels)
ASKER_ONLY_LABELS = (
    "Interview with Eva Lind, Foreign Minister of Sweden (New York, October 5)\n\n"
    "We met the minister at the United Nations, where she had just addressed the General Assembly.\n\n"
    "Q: What are your priorities at the United Nations?\n\n"
    "We will work for a stronger Security Council and for the reform of peacekeeping.\n\n"
    "Q: How do you see the role of small states?\n\n"
    "Small states have a voice when they work together\n"
)


def test_unlabelled_answers_after_asker_labels_are_the_interviewees():
    got = _speakers(ASKER_ONLY_LABELS)
    assert got["What are your priorities at the United Nations?"] == "Questioner"
    assert got["We will work for a stronger Security Council and for the reform of peacekeeping"] == "Eva Lind"
    assert got["Small states have a voice when they work together"] == "Eva Lind"


# a full-name label written once over a question with no first- or second-person word: the asker's turn
# (the name is in the lead, the words end in "?"; label_person_speaks / asks_after_label)
NAMED_QUESTION_LABEL = (
    "A Q-and-A with the Foreign Minister\n\n"
    "Correspondent John Reed sat down with Foreign Minister Omar Haddad in Amman on Monday.\n\n"
    "John Reed: So the talks resumed today. Is that a sign that a deal is near?\n\n"
    "Omar Haddad: I think we are closer than ever, and we hope the other side will respond.\n"
)


def test_full_name_label_over_a_question_is_the_askers():
    got = _speakers(NAMED_QUESTION_LABEL)
    assert got["Is that a sign that a deal is near?"] == "John Reed"
    assert got["I think we are closer than ever, and we hope the other side will respond"] == "Omar Haddad"


# a headline crediting its words to a speaker after a colon, the date after "on" (_TAIL_DATE_RE): the
# speaker is the one the lead names, the date no part of the name
DATED_HEADLINE_TAIL = (
    "US stresses ties with Pakistan: Ned Price on Feb 15, 2023\n\n"
    "Speaking at his press briefing, the State Department Spokesperson Ned Price stressed the ties.\n"
)


def test_headline_speaker_after_colon_with_a_date():
    got = _speakers(DATED_HEADLINE_TAIL)
    assert got["US stresses ties with Pakistan"] == "Ned Price"


# a White House gaggle: the questions open with a bare "Q" and one space (no colon), the answers carry the
# spokesman's label in capitals with the "Mc" of his surname in small letters ("MR. McCLELLAN:")
GAGGLE_BARE_Q = (
    "Press Gaggle by Scott McClellan\nAboard Air Force One\n\n"
    "MR. McCLELLAN: All right, this will be brief. The President spoke with the Chancellor.\n\n"
    "Q Where was the President when he talked to her?\n\n"
    "MR. McCLELLAN: In the cabin.\n\n"
    "Q How long did they talk?\n\n"
    "MR. McCLELLAN: Probably around 15 minutes.\n"
)


def test_bare_q_questions_and_mc_surname_label_of_a_gaggle():
    # by hand: every "Q " paragraph is the journalist's (Questioner); every "MR. McCLELLAN:" answer is the
    # spokesman's, named in full as the title writes him ("Scott McClellan")
    got = _speakers(GAGGLE_BARE_Q)
    for k, v in got.items():
        if k.startswith(("Where was", "How long")):
            assert v == "Questioner", got
        if k.startswith(("In the cabin", "Probably around", "All right")):
            assert v == "Scott McClellan", got
    assert any(k.startswith("How long") for k in got) and any(k.startswith("In the cabin") for k in got), got


def test_a_single_q_line_is_no_question_label():
    # by hand: one line opening "Q " (a heading "Q Street ...") is no turn: the family needs two such lines
    from helpers.formats import detect_format
    assert detect_format("Q Street talks resume\n\nThe two sides met on Monday, officials said.\n") != "transcript"


# a broadcaster's web transcript that lost its line breaks: the capitals labels run into the line after a
# sentence's end ("... he's serious. ANDREW MARR: And ..."), the first one at the end of the introduction
RUN_IN_CAPITALS_LABELS = (
    "On Sunday Andrew Marr interviewed US Ambassador to Britain His Excellency Luis Susman. ANDREW MARR:\n"
    "The summit opens tomorrow. So I asked the Ambassador about it. AMBASSADOR SUSMAN: The President is "
    "committed to the reforms. He is serious. ANDREW MARR: Will there be a deal? AMBASSADOR SUSMAN: I hope so. "
    "We are working towards that.\n"
)


def test_capitals_labels_run_into_the_line_are_turns():
    # by hand: the introduction is the narrator's; "The summit opens tomorrow." (under "ANDREW MARR:" at the
    # line's end) is Marr's; after "AMBASSADOR SUSMAN:" the ambassador speaks: the office and his surname, the
    # name the text gives him ("Luis Susman", no country, no honorific glued on)
    got = _speakers(RUN_IN_CAPITALS_LABELS)
    first = {k.split(". ")[0].rstrip("."): v for k, v in got.items()}  # (a turn's statement may hold sentences)
    assert first["The summit opens tomorrow"] == "Andrew Marr", got
    assert first["Will there be a deal?"] == "Andrew Marr", got
    assert first["The President is committed to the reforms"] in ("Luis Susman", "Susman"), got
    assert first["I hope so"] in ("Luis Susman", "Susman"), got
    assert not any(k.startswith("On Sunday") for k in got), got


def test_capitals_label_inside_one_sentence_line_is_kept_as_text():
    # by hand: a single capitals phrase with a colon after a sentence ("... said. NOTE ON SOURCES: ...") once
    # is no transcript: at least three run-in labels of two speakers are needed; the text is unchanged
    from helpers.formats import break_run_in_labels
    text = "The talks ended, he said. NOTE ON SOURCES: Reuters and AFP.\n"
    assert break_run_in_labels(text) == text


# a Chinese briefing's web copy: bare "Q " questions and bare "A " answers, no colons; the title names the
# spokesperson
BARE_Q_AND_A = (
    "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on January 13, 2020\n\n"
    "Q Iranian military admitted that they shot down the jetliner. I wonder what is China's comment on this?\n"
    "A We are deeply saddened by this tragic crash. Relevant parties are in communication.\n"
    "Q The Ministry started using Twitter in December. Can you tell us its purpose?\n"
    "A First I would like to thank you for your interest in our account.\n"
)


def test_bare_a_answers_beside_bare_q_questions():
    # by hand: each "Q " line is the journalist's question (its reported "Iranian military admitted" too);
    # each "A " line the spokesperson's, whom the title names (Geng Shuang)
    got = {k.split(". ")[-1].rstrip("."): v for k, v in _speakers(BARE_Q_AND_A).items()}
    got.update({k.split(". ")[0].rstrip("."): v for k, v in _speakers(BARE_Q_AND_A).items()})
    assert got["I wonder what is China's comment on this?"] == "Questioner", got
    assert got["Can you tell us its purpose?"] == "Questioner", got
    assert got["We are deeply saddened by this tragic crash"] == "Geng Shuang", got
    assert got["First I would like to thank you for your interest in our account"] == "Geng Shuang", got


def test_bare_a_lines_without_q_lines_are_no_labels():
    # by hand: two paragraphs opening "A Chinese ..." / "A US ..." in a report with no "Q " lines are no answers
    from helpers.formats import detect_format
    text = "A Chinese delegation arrived on Monday.\n\nA US team followed on Tuesday, officials said.\n"
    assert detect_format(text) != "transcript"


# A transcript copied with hard wraps inside its turns: a line ending in a word or a comma before a line opening
# in lower case carries on the same sentence (by hand: "QUESTION: ... but it" / "probably seems long ago." is one
# sentence of the questioner's; Powell's turn is one sentence over three lines, and the next label still cuts).
HARD_WRAPPED_TURNS = (
    "QUESTION: Yes, hello, sir. I'd ask you about your weekend, but it\n"
    "probably already seems like a long time ago.\n"
    "SECRETARY POWELL: They are, of course, dealing with the aftermath of it,\n"
    "and as you heard from my deputy, it has all the\n"
    "earmarks of a terrorist attack.\n"
    "QUESTION: Right.\n"
)


def test_hard_wrapped_turn_lines_are_one_sentence():
    from helpers.layout import paragraph_spans

    text = HARD_WRAPPED_TURNS
    starts = [text[a : a + 10] for a, _ in paragraph_spans(text)]
    assert starts == ["QUESTION: ", "SECRETARY ", "QUESTION: "]
    sentences = list(helpers.load_article(text).sentences["text"])
    assert any(s.startswith("I'd ask you") and s.endswith("long time ago.") for s in sentences), sentences
    assert not any(s.startswith(("probably", "and as you", "earmarks")) for s in sentences), sentences


def test_a_list_after_a_colon_stays_apart():
    from helpers.layout import paragraph_spans

    # by hand: a line ending in a colon opens a list, its lower-case items are paragraphs of their own
    text = "The ministers agreed on:\nsteps to open trade;\nregular talks.\n"
    assert len(paragraph_spans(text)) == 3


# a printed interview of one numbered question, then the answerer's name alone on its line (a name the lead
# writes) over the answer's paragraphs: by hand, the answer's sentences are the named person's turn
ONE_ANSWER_INTERVIEW = (
    "Beijing, January 19 (Xinhua) On January 19, Wang Yi, Minister of Foreign Affairs, accepted an interview "
    "with the Chinese media after his visit to four African countries.\n\n"
    "1. During your visits, the leaders all reiterated their support. How do you evaluate the relations?\n\n"
    "Wang Yi:\n\n"
    "The Chinese Foreign Minister visits Africa first every year.\n\n"
    "Along the way, I strongly felt the friendship and trust from Africa.\n"
)


def test_lone_name_line_after_a_numbered_question_heads_the_answer():
    got = _speakers(ONE_ANSWER_INTERVIEW)
    assert any("I strongly felt the friendship" in t and s == "Wang Yi" for t, s in got.items())


# a headline "Office: claim" whose colon lost its space ("Spokesperson:China Has ..."): by hand, the words
# after the colon are the office's, whom the lead names (Hua Chunying)
GLUED_COLON_HEADLINE = (
    "Chinese FM Spokesperson:China Has Its Own Judgement about Whether Australia Is Sincere or Not\n\n"
    "At a regular press conference on 28 September, spokesperson Hua Chunying answered a question.\n"
)


def test_headline_lead_with_a_glued_colon():
    got = _speakers(GLUED_COLON_HEADLINE)
    assert got["China Has Its Own Judgement about Whether Australia Is Sincere or Not"] == "Hua Chunying"


# a headline "<words> – <Name> to <addressee>": by hand, the name before "to" speaks, the addressee is cut
DASH_TAIL_ADDRESSEE = (
    "I am looking forward to working with you – Ned Price to Senegal’s President-elect\n\n"
    "Speaking at his press briefing, the State Department Spokesperson Ned Price stressed the ties.\n"
)


def test_headline_dash_tail_speaker_before_addressee():
    got = _speakers(DASH_TAIL_ADDRESSEE)
    assert got["I am looking forward to working with you"] == "Ned Price"


# one label opening the body under a title naming a press conference (titled_opening_label): by hand every
# paragraph below "Halvorsen:" is her turn (the title names the genre, the label the one speaker); a place
# before a colon under the same title ("Paris:", a gazetteer city) is a dateline, no label
TITLED_ONE_LABEL = (
    "Andean Foreign Ministers Meeting:\nPress Conference\n\nLima, May 4, 2026\n\n"
    "Halvorsen: On behalf of our group I would like to thank our hosts.\n\n"
    "We discussed the floods at length. I think we are satisfied with the outcome.\n"
)
TITLED_PLACE_COLON = (
    "Andean Foreign Ministers Meeting:\nPress Conference\n\n"
    "Paris: The ministers discussed the floods at length on Monday.\n"
)


def test_one_label_under_a_press_conference_title():
    assert helpers.detect_format(TITLED_ONE_LABEL) == "transcript"
    got = _speakers(TITLED_ONE_LABEL)  # (the turn is one statement of its paragraphs)
    assert [spk for text, spk in got.items() if text.startswith("On behalf of our group")] == ["Halvorsen"]
    assert [spk for text, spk in got.items() if "I think we are satisfied" in text] == ["Halvorsen"]
    assert helpers.detect_format(TITLED_PLACE_COLON) == "text"


# the same one-label transcript under a transcriber's genre line ("\u2013  Transcription \u2013") or a title word
# in the plural ("Joint Press Statements"): by hand every paragraph below "Halvorsen:" is her turn
@pytest.mark.parametrize("title", ["\u2013  Transcription \u2013", "Joint Press Statements", "Transcript"])
def test_one_label_under_a_transcription_line_or_a_plural_title(title):
    text = TITLED_ONE_LABEL.replace("Andean Foreign Ministers Meeting:\nPress Conference\n\nLima, May 4, 2026",
                                    title, 1)
    assert text.startswith(title + "\n\nHalvorsen:")
    assert helpers.detect_format(text) == "transcript"
    got = _speakers(text)
    assert [spk for t, spk in got.items() if "I think we are satisfied" in t] == ["Halvorsen"]


# Spanish-language turn labels, a full stop and a dash after the speaker: two of two speakers make a transcript
# (by hand: "Name.- " never opens a sentence); one alone in a report does not
STOP_DASH_REPORT = (
    "Talks in Quito\n\n"
    "Tom\u00e1s Herrera.- Good evening.\n\n"
    "The minister spoke briefly before the dinner.\n"
)
# question and answer role letters closed by a full stop need both kinds: by hand "R. Castro" opening lines
# without any question label is a person's initial and surname, no answer
INITIALS_NOT_ANSWERS = (
    "Delegation list\n\n"
    "R. Castro, head of delegation, arrived on Monday.\n\n"
    "R. Molina, his deputy, arrived on Tuesday.\n\n"
    "R. Vidal left on Wednesday.\n"
)


def test_stop_dash_and_stop_qa_labels_need_their_family():
    assert helpers.detect_format(STOP_DASH_REPORT) == "text"
    assert helpers.detect_format(INITIALS_NOT_ANSWERS) == "text"
    assert not helpers.formats.stop_qa_family(INITIALS_NOT_ANSWERS)
    assert helpers.formats.stop_qa_family("P. Will you go?\n\nR. Yes.\n")
    assert not helpers.formats.stop_qa_family("P. We will go.\n\nR. Yes.\n")  # (no question asked)
    # an outline's letters before ".-" are no speakers (by hand: "B.- Scope ..." is a list item)
    outline = "Outline\n\nA.- Background of the talks\n\nB.- Scope of the talks\n\nC.- Next steps\n"
    assert helpers.detect_format(outline) == "text"

# a long title line (more than MAX_TITLE_LINE_WORDS words, with a place and a date) that names the one
# speaker's label in full, then "Question:" labels only: by hand the minister's opening paragraphs are his
# (the title names the genre "interview" and "Ilya Brovkin", whose label opens the body); the same long
# title without his name is no title over a transcript (a lead sentence's length)
TITLED_LONG_NAMED = (
    "Foreign Minister Ilya Brovkin's interview with Russian and foreign media on current international issues, "
    "Minsk, March 3, 2026\n\n"
    "Ilya Brovkin: Good afternoon, colleagues.\n\n"
    "We have not met for a long time. I am at your service.\n\n"
    "Question: About the ceasefire: how will the observers work?\n"
)


def test_long_title_naming_the_one_label_before_questions():
    assert helpers.detect_format(TITLED_LONG_NAMED) == "transcript"
    got = _speakers(TITLED_LONG_NAMED)
    assert [spk for text, spk in got.items() if "I am at your service" in text] == ["Ilya Brovkin"]
    unnamed = TITLED_LONG_NAMED.replace("Foreign Minister Ilya Brovkin's", "The foreign minister's", 1)
    assert not helpers.formats.titled_opening_label(unnamed, unnamed.index("Ilya Brovkin:"), "Ilya Brovkin")


# a transcriber's note inside a turn, between two sentences ("Yes. (Laughter.) With a lot of ..."), is a
# sentence of its own that is nobody's words: by hand, no statement's sentences include the "(Laughter.)"
# sentence, while "Yes." and the question after it stay the questioner's
STAGE_NOTE_INSIDE_A_TURN = (
    "Interview With Secretary Albright\n\n"
    "SECRETARY ALBRIGHT: Shall I wait until I am out of the country?\n\n"
    "QUESTION: Yes. (Laughter.) With a lot of foreign travel in your job, which gifts do you keep?\n\n"
    "SECRETARY ALBRIGHT: I keep the books.\n"
)


def test_stage_note_sentence_inside_a_turn_is_nobodys():
    art = helpers.load_article(STAGE_NOTE_INSIDE_A_TURN)
    st = helpers.statements(art)
    sents = art.sentences
    note = [i for i, t in enumerate(sents["text"]) if t.strip() == "(Laughter.)"]
    assert note, "the note is a sentence of its own"
    ids = {int(i) for v in st["sentence_ids"] for i in str(v).split(",") if i}
    assert note[0] not in ids
    assert "Questioner" in set(st[st["text"].str.contains("foreign travel")]["speaker"])


# a transcript copied with hard line breaks (~75 characters), its title line run into the first label's line
WRAPPED_CAPITALS_TURN = (
    "President Lee and Prime Minister Kenji Sato of Japan in Joint Statements\n"
    "PRESIDENT LEE: Mr. Prime Minister, welcome to Seoul. I really appreciate the\n"
    "opportunity to get to know you better. This is an important visit for our\n"
    "two countries. We discussed the six-party talks and our alliance.\n"
)


def test_capitals_label_line_in_wrapped_block_opens_a_turn():
    # by hand: the title ends without final punctuation and the next line opens with "PRESIDENT LEE:", a label
    # in capitals, so the title is a paragraph of its own and the turn runs over the wrapped lines; every
    # sentence of the turn is the President's ("Lee", the name the title gives him)
    from helpers.layout import paragraph_spans
    starts = [WRAPPED_CAPITALS_TURN[a : a + 13] for a, _ in paragraph_spans(WRAPPED_CAPITALS_TURN)]
    assert starts == ["President Lee", "PRESIDENT LEE"], starts
    got = _speakers(WRAPPED_CAPITALS_TURN)
    first = {k.split(". ")[0].rstrip(".").replace("\n", " "): v for k, v in got.items()}
    assert "Lee" in first["I really appreciate the opportunity to get to know you better"], got
    assert "Lee" in first["We discussed the six-party talks and our alliance"], got
