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
# a ministry's weekly briefing: the spokesperson labelled "Name, Title:" in mixed case, journalists labelled by
# their names (one of them once) and an outlet asking once; written for this test
MINISTRY = (
    "Transcript of the Weekly Media Briefing by the Official Spokesperson\n\n"
    "Ms. Lena Varga, Official Spokesperson: Good afternoon. Let me begin with the visit of the President.\n\n"
    "Tomas: Tomas from the Morning Post. Is the date of the summit fixed?\n\n"
    "Ms. Lena Varga, Official Spokesperson: Not yet.\n\n"
    "Tomas: And the agenda?\n\n"
    "Eastern Herald: What is your comment on the new tariffs?\n\n"
    "Anil Rao: Sir, a follow-up on the tariffs.\n\n"
    "Ms. Lena Varga, Official Spokesperson: We have conveyed our concerns.\n"
)
# a press conference whose label names the secretary by title and surname, the title naming him in full,
# with a numbered topic heading between the turns; written for this test
PRESS_SECRETARY = (
    "Press Conference by Deputy Press Secretary Jan Novak\n\n"
    "Deputy Press Secretary Novak: The minister will travel to Cairo next week.\n\n"
    "The visit will mark thirty years of relations.\n\n"
    "(2) Scholarship Programme for Students from the Affected Regions\n\n"
    "Deputy Press Secretary Novak: Forty students will take part this year.\n"
)
# readouts whose opening paragraph is only the source and a block cue; written for this test
READOUT_SAID = (
    "Press release: Foreign Secretary call with the Foreign Minister of Chile\n\n"
    "A Foreign Office spokesperson said:\n\n"
    "The Foreign Secretary spoke to the Foreign Minister of Chile this morning.\n\n"
    "The ministers discussed cooperation on clean energy. They agreed to meet in the spring.\n"
)
READOUT_RELEASED = (
    "Minister's Call with the Foreign Minister of Peru\n\n"
    "Ottawa (Wire Service) The Department of Foreign Affairs released the following statement:\n\n"
    "The Minister spoke today with the Foreign Minister of Peru. The two ministers discussed trade.\n"
)
# a quotation after "said:" is left to the quotation rules, and the narration after it is nobody's
SAID_THEN_QUOTE = (
    "The talks ended late on Monday.\n\n"
    "Speaking to reporters, the minister said:\n\n"
    "\u201cWe are not there yet, but we are close.\u201d\n\n"
    "The next round is due in March.\n"
)
# a noon briefing read by a spokesperson: no labels, the introducing sentence names her; written for this test
NOON = (
    "Daily Press Briefing by the Office of the Spokesperson\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Ana Ruiz, Deputy Spokesperson "
    "for the Secretary-General.\n\n"
    "**Floods\n\n"
    "The waters are receding in the north. Teams are on the ground.\n\n"
    "**Questions and Answers\n\n"
    "Question: Will the appeal be raised?\n\n"
    "Deputy Spokesperson: We will let you know.\n\n"
    "Question: Thank you.\n"
)
# a press release: two ministers each introduced by "X said:" mid-text, their words without quotation
# marks (block_cue_speaker, late_block); written for this test
RELEASE = (
    "Ministers meet in Oslo\n\n"
    "The Norwegian and Danish defence ministers met in Oslo on Tuesday.\n\n"
    "They discussed the northern flank and air policing.\n\n"
    "The visit was the first since the election.\n\n"
    "Defence Minister Lars Eide said:\n\n"
    "It was good to welcome my Danish colleague.\n\n"
    "We will train together in the Arctic next year.\n\n"
    "The Defence Minister also met members of parliament.\n\n"
    "After the meeting, Danish Defence Minister Karen Holm said:\n\n"
    "Our countries share a sea and a purpose.\n"
)
# unmarked first-person speech before ", he said." in one paragraph (unmarked_before_cue); written for
# this test
UNMARKED = (
    "Foreign Minister Peter Novak met his counterpart in Vienna on Friday.\n\n"
    "Trade between the two countries must grow. We will open a consulate next year. "
    "Our doors are open, he said.\n\n"
    "The talks lasted three hours. The delegations also toured the port, the ministry said.\n"
)
# a ministry's briefing that never names its briefer (unnamed_briefer); written for this test
UNNAMED_BRIEFING = (
    "[This is an unedited transcript.]\n\n"
    "Thank you for joining us for the Weekly Briefing. Let me begin with the floods in the south.\n\n"
    "The ministry has sent relief teams to three provinces.\n"
)
# a president's office release under a headline, its first sentence naming who held the press conference, then
# her opening words quoted under a cue line that has content of its own; by hand: the narrator's sentence is
# nobody's, no unnamed "Spokesperson" reads the body (it names who held the briefing: _named_holder), the
# headline's words are President Lind's (a person and a colon before the cue "condemns", not Norland's), and
# the quoted paragraph under "... stated that Norland demands an end to hostilities:" is hers (the cue line's
# own reported speech runs to the colon: _reported_cue_line)
NAMED_HOLDER = (
    "President Lind: Norland condemns the attack\n\n"
    "President of the Republic Anna Lind and Prime Minister Erik Berg held a joint press conference on Thursday.\n\n"
    "In her opening remarks, the President stated that Norland demands an end to hostilities:\n\n"
    "“We feel deeply for the people of the region. Dialogue did not work.\n\n"
    "Now we are on a different path.”\n"
)
# a title line that is itself the text's first sentence is no opening line: no unnamed briefer
# (no title or note above the body: a headline, even one ending in a bracket, now counts as an opening line,
# so the case keeps its point with the briefing words inside the first body sentence and nothing above it)
UNNAMED_NOT = "We met the press at the weekly briefing today. The floods were discussed.\n"
# remarks whose title names the speaker (remarks_body); written for this test
REMARKS = (
    "Closing press conference\nby Foreign Minister Ingrid Halvorsen\n\n"
    "Check against delivery!\n\n"
    "Thank you all for coming. It has been a demanding two days.\n\n"
    "We agreed on a road map for the monitoring mission. I am grateful to every delegation.\n\n"
    "MODERATOR: The first question.\n"
)
# a report about a briefing, its standfirst a quoted line: the quote's "we" is no first-person body, so the
# narration is nobody's, not an unnamed briefer's (unnamed_briefer); written for this test after a UK paper's
# report on a Commission briefing row
BRIEFING_REPORT = (
    "Spokesperson heckled at press conference\n\n"
    "'We want an answer' - official accused of acting like 'the voice of the capital'\n\n"
    "There were angry scenes in Brussels on Friday after journalists criticised the chief spokesperson.\n\n"
    "The spokesperson was asked at a daily briefing whether states could close their borders.\n\n"
    "He declined to elaborate.\n"
)
# remarks printed after a report under their own heading line later in the text (later_remarks_heading);
# written for this test after a Ghanaian outlet's report carrying a state visitor's media remarks
LATER_REMARKS = (
    "President Lind arrives in Norland\n\n"
    "President Anna Lind of Sudland has arrived in Norland on a three-day state visit.\n\n"
    "Her last visit to the country was in 2019.\n\n"
    "The two football federations are in a dispute over a qualifier.\n\n"
    "Media remarks by President Anna Lind during the media briefing on the State Visit to Norland\n\n"
    "Your Excellency, President Erik Berg,\nHonourable Ministers,\n\n"
    "Good afternoon,\n\n"
    "It is a great pleasure to be back in Norland.\n\n"
    "Today we held the first session of the Bi-National Commission.\n"
)
# a briefing whose header names the briefer on a line of its own (briefer_line_speaker); written for this test
BRIEFER_LINE = (
    "Spokesperson's Press Briefing (March 3, 2026)\n\n"
    "Press Briefing\n\n"
    "Spokesperson Mira Castellanos\n\n"
    "March 3, 2026 11:00\n\n"
    "Good morning. Let me begin with the visit of the Foreign Minister to Chile.\n\n"
    "The two ministers signed a fisheries accord.\n\n"
    "Q: Will the accord be ratified?\n"
)
# a press conference titled after its speaker, a moderator's turn handing over to him (hand_over); written
# for this test
HAND_OVER = (
    "Foreign Minister Tomas Rivera Press Conference\n\n"
    "MODERATOR: Good afternoon. The minister will make a statement and take questions.\n\n"
    "Please keep your questions short; I will call on you in turn.\n\n"
    "With that, over to you, Minister.\n\n"
    "Thank you. We have had a productive week in Geneva.\n\n"
    "Our delegation will return next month.\n\n"
    "Q: Will the talks resume?\n"
)
# a news story titled after someone's remarks tells of them in the third person: not a remarks body
REMARKS_STORY = (
    "Remarks by Minister Halvorsen anger the opposition\n\n"
    "The opposition said on Monday that the minister had misled parliament.\n\n"
    "Her office declined to comment.\n"
)
# a title naming the speaker by office after "of the" (an international organisation's press conference,
# written for this test after the OIC's and the SCO's pages): the first-person body is the office's
OFFICE_TITLE = (
    "Statement of the Secretary General of the Nordic Council at the Press Conference held on 2 January\n\n"
    "I am very happy to welcome you on this first day of the year. Today we review the Council's work.\n"
)
BRIEFING_OF = (
    "Press briefing of the Council Secretary-General following the Summit\n\n"
    "Good afternoon, friends,\n\n"
    "Allow me to bring to your attention the results of the summit.\n\n"
    "1. The meeting took place in Oslo on 8 June.\n"
)
# a press conference's index of topics in bullets above its labelled Q&A (Japan's Cabinet Secretary's
# transcripts): the bulleted lines are nobody's words, though the title names the speaker
BULLET_INDEX = (
    "Press Conference by the Chief Cabinet Secretary\n\n"
    "Q&As\n\n"
    "  • The trade partnership negotiations\n"
    "  • The indictment of a newspaper's former bureau chief\n"
    "  • The Act on the Protection of Specially Designated Secrets\n"
    "  • The demonstrations of pro-democracy campaigners\n"
    "  • The Japan-China relations\n"
    "  • The issue concerning abduction\n\n"
    "REPORTER: Will you brief us about the talks?\n\n"
    "CHIEF CABINET SECRETARY SUGA: I have been briefed and we will respond.\n"
)
# a mission's page: a title without "by", then a block naming the speaker, office, place and date, then
# the remarks in the first person and a labelled Q&A (written for this test after the US Mission's stakeouts)
SPEAKER_BLOCK = (
    "Remarks at a Security Council Press Stakeout following the Adoption of the Program of Work\n\n"
    "Ambassador Ingrid Halvorsen\nPermanent Representative\nMission of Norway to the United Nations\n"
    "New York, New York\nDecember 2, 2019\n\n"
    "Good morning, everyone! Happy December.\n\n"
    "So we just adopted our Program of Work this morning. Our theme is a credible Council.\n\n"
    "Question: Where are you going next?\n\n"
    "Ambassador Halvorsen: We are going to Geneva.\n"
)
# a speech under a title naming only an office, opened by salutation lines (issue 13, an embassy's page):
# the lines ending in a comma or a colon greet the audience, so "Senator Dana Whitfield," is no speaker and
# the first-person body is the title's ambassador's (by hand: "I am deeply honored" is the guest's thanks)
SALUTATION_BLOCK = (
    "Remarks by Ambassador at Senate Friendship Caucus Reception (November 29, 2011)\n\n"
    "Senator Dana Whitfield, \nSenator Mark Oduya, \nMembers of the Senate Friendship Caucus present today \n"
    "Under Secretary for Political Affairs Ruth Anand \nDistinguished Members of the Andorian Community \n"
    "Ladies and Gentlemen: \n\n"
    "I am deeply honored by the welcome reception organized by the Caucus. Our defence ties are growing.\n"
)
# a verbatim speech's cover block in capitals, the speaker named after Malay honorifics ("YAB", "Dato’ Seri",
# the curly apostrophe of the Malay spelling) and the office in Malay below: the name after the honorifics
# is the speaker of the first-person body
HONORIFIC_BLOCK = (
    "TEKS UCAPAN VERBATIM: SESI TAKLIMAT YAB PERDANA MENTERI BERSAMA KETUA-KETUA PENGARANG MEDIA\n"
    "TEKS UCAPAN VERBATIM\nYAB DATO’ SERI RAHMAN BIN YUSOF\nPERDANA MENTERI\nSESI TAKLIMAT\n"
    "21 MEI 2025 | RABU | 8:00 MALAM\n"
    "Opening Remarks:\nFor the benefit of the guests from the international media, do I have to speak in English? "
    "OK, thank you very much. It is more of an informal session. I will be very brief, I just finished a "
    "meeting on the preparations for ASEAN, the accession of Timor-Leste, tariffs and the power grid.\n"
    "Then of course, we have to discuss and plan a strategy how to engage effectively with the GCC. All the "
    "six GCC countries will be attending the conference to enhance trade and investment.\n"
)
# a news story under a caption line naming a titled person, quoting "we" only inside quotation marks:
# the narrator's sentences are nobody's
CAPTION_STORY = (
    "Talks resume in Geneva after a pause of two months\n\n"
    "Ambassador Ingrid Halvorsen\n\n"
    "The talks resumed on Monday after a pause of two months.\n\n"
    '"We are ready," the delegation said in a statement.\n'
)
# a General Assembly speech opening with its address lines (no title): the addressee named there is no
# speaker of the body
ADDRESS_LINES = (
    "Mr President,\nSecretary General, Mr. Jan Berg\nExcellencies,\n\n"
    "1. I wish to start by extending my congratulations to you on your election.\n\n"
    "2. This Assembly continues to meet in difficult times.\n"
)
# headlines that credit their words (headline_attribution); each written for this test, the person named
# in the body so that a lone surname is known
HEAD_LEAD = "Solberg: Oslo will host the next round\n\nPrime Minister Erna Solberg said on Monday that talks would resume.\n"
HEAD_TAIL = (
    "Ceasefire terms still under discussion: Norway's FM\n\n"
    "OSLO (Wire) - Foreign Minister Ine Eriksen Soreide said the terms were not final.\n"
)
HEAD_DASH = (
    "Both sides must keep talking - minister\n\n"
    "Foreign Minister Ine Eriksen Soreide told reporters on Friday that dialogue was essential.\n"
)
HEAD_SAYS = (
    "Oslo talks\n\nThe talks opened on Monday.\n\nNo deal before spring, says Soreide\n\n"
    "Foreign Minister Ine Eriksen Soreide spoke after the session.\n"
)
# a section label and a credit line are no speakers
HEAD_NOT = "Analysis: the long road to a ceasefire\n\nThe talks opened on Monday.\n\nEditor: wang\n"
# a topic before a colon: nobody in the body speaks for "Northern Railway"
HEAD_TOPIC = (
    "Northern Railway: new crew takes the night train to the border\n\n"
    "The train left on Sunday. Driver Anna Berg said the crew was proud.\n"
)
NESTED = 'Q: The other side said yesterday that "no agreement is possible without a ceasefire". Do you agree?'

CASES = [
    # (a name label in capitals is written in title case, "SERGEI LAVROV:" -> "Sergei Lavrov", with a role
    # after a comma too: "KELLY MCEVERS, HOST:" -> "Kelly Mcevers")
    ("label_with_role_alone_on_its_line", RADIO, "The talks in Geneva", "Kelly Mcevers"),
    # (the host's turn is one statement of the turns, both its sentences)
    ("turn_runs_on_into_the_next_paragraph", RADIO,
     "The talks in Geneva ended without a deal on Tuesday. Our correspondent", "Kelly Mcevers"),
    ("label_with_role_inline", RADIO, "Thanks, Kelly", "Mary Louise Kelly"),
    ("a_state_side_nested_in_a_turn", RADIO, "it would respond", "Russia"),
    ("stage_direction_ends_the_turn", RADIO, "The ceremony went on", None),
    ("block_heading_gives_the_block", BLOCK, "We call on all parties", "Ned Price"),
    ("block_heading_every_sentence", BLOCK, "We will continue", "Ned Price"),
    ("quotation_nested_in_a_question", NESTED, "no agreement is possible", "The other side"),
    # "Q:" is the questioner, named as transcript_labels.txt names it in every format ("Questioner")
    ("the_question_itself", NESTED, "The other side said", "Questioner"),
    # the text never gives Mr Price's first name: the speaker is the label as written
    ("honorific_label_in_capitals", BRIEFING, "Good afternoon", "PRICE"),
    ("honorific_label_runs_on", BRIEFING, "We have updated", "PRICE"),
    ("honorific_label_runs_to_the_end", BRIEFING, "We remain ready", "PRICE"),
    ("label_of_the_spokesperson_the_title_names", TITLED, "The meeting was held", "Li Wen"),
    ("the_spokespersons_turn_runs_on", TITLED, "Both sides agreed", "Li Wen"),
    # issue 13, briefing labels: label_with_title_role, label_recurs, label_in_briefing
    ("mixed_case_title_after_comma", MINISTRY, "Good afternoon", "Lena Varga"),
    ("its_turn_runs_on_in_the_paragraph", MINISTRY, "Let me begin", "Lena Varga"),
    ("journalist_named_only_by_the_label", MINISTRY, "Is the date", "Tomas"),
    ("outlet_asking_once_in_a_briefing", MINISTRY, "What is your comment", "Eastern Herald"),
    ("journalist_labelled_once_in_a_briefing", MINISTRY, "Sir, a follow-up", "Anil Rao"),
    # label_names_title_speaker (by surname after a title), heading_paragraph
    ("title_and_surname_label", PRESS_SECRETARY, "The minister will travel", "Jan Novak"),
    ("title_and_surname_label_runs_on", PRESS_SECRETARY, "The visit will mark", "Jan Novak"),
    ("numbered_topic_heading_is_nobodys", PRESS_SECRETARY, "(2) Scholarship", None),
    # block_cue_speaker
    ("readout_under_spokesperson_said", READOUT_SAID, "The Foreign Secretary spoke", "Foreign Office spokesperson"),
    ("readout_block_runs_on", READOUT_SAID, "They agreed to meet", "Foreign Office spokesperson"),
    ("readout_released_the_following_statement", READOUT_RELEASED, "The two ministers discussed",
     "Department of Foreign Affairs"),
    ("said_colon_then_a_quotation_is_no_block", SAID_THEN_QUOTE, "The next round", None),
    # briefing_body
    ("briefing_body_is_the_briefers", NOON, "The waters are receding", "Ana Ruiz"),
    ("briefing_body_crosses_section_headings", NOON, "Teams are on the ground", "Ana Ruiz"),
    ("briefing_section_heading_is_nobodys", NOON, "**Floods", None),
    ("briefing_body_stops_at_the_questions", NOON, "Questions and Answers", None),
    ("briefing_question_label", NOON, "Will the appeal", "Questioner"),
    ("briefing_spokesperson_label_is_the_briefer", NOON, "We will let you know", "Ana Ruiz"),
    # block_cue_speaker after the opening paragraphs (late_block)
    ("late_block_cue_first_paragraph", RELEASE, "It was good to welcome", "Lars Eide"),
    ("late_block_cue_runs_on_in_first_person", RELEASE, "We will train together", "Lars Eide"),
    ("late_block_cue_ends_at_narrative", RELEASE, "The Defence Minister also met", None),
    ("late_block_cue_second_minister", RELEASE, "Our countries share", "Karen Holm"),
    # unmarked_before_cue
    ("unmarked_speech_first_sentence", UNMARKED, "Trade between the two", "Peter Novak"),
    ("unmarked_speech_second_sentence", UNMARKED, "We will open a consulate", "Peter Novak"),
    ("third_person_paragraph_before_cue_stays_unattributed", UNMARKED, "The talks lasted", None),
    # unnamed_briefer
    ("unnamed_briefer_opening", UNNAMED_BRIEFING, "Let me begin with the floods", "Spokesperson"),
    ("unnamed_briefer_body", UNNAMED_BRIEFING, "The ministry has sent", "Spokesperson"),
    ("unnamed_briefer_needs_an_opening_line", UNNAMED_NOT, "We met the press", None),
    ("unnamed_briefer_note_is_nobodys", UNNAMED_BRIEFING, "[This is an unedited", None),
    ("unnamed_briefer_first_sentence", UNNAMED_BRIEFING, "Thank you for joining", "Spokesperson"),
    ("unnamed_briefer_not_when_the_holders_are_named", NAMED_HOLDER, "President of the Republic Anna", None),
    ("headline_person_before_colon_over_country_cue", NAMED_HOLDER, "Norland condemns", "Anna Lind"),
    ("cue_line_with_content_over_quotation", NAMED_HOLDER, "We feel deeply", "Anna Lind"),
    ("cue_line_with_content_runs_on", NAMED_HOLDER, "Now we are on a different", "Anna Lind"),
    # unnamed_briefer: a quoted standfirst's "we" (the reporters') is not the body's voice -> the narration
    # "The spokesperson was asked ..." is nobody's (by hand: no label, no cue, third person)
    ("briefing_report_narration_is_nobodys", BRIEFING_REPORT, "The spokesperson was asked", None),
    ("briefing_report_lead_is_nobodys", BRIEFING_REPORT, "There were angry scenes", None),
    # later_remarks_heading: the heading "Media remarks by President Anna Lind ..." opens her block; the
    # first-person lines after it are hers, the report above it nobody's (by hand)
    ("later_remarks_heading_body", LATER_REMARKS, "It is a great pleasure", "Anna Lind"),
    ("later_remarks_heading_first_person", LATER_REMARKS, "Today we held", "Anna Lind"),
    ("later_remarks_heading_report_above_is_nobodys", LATER_REMARKS, "The two football federations", None),
    # remarks_body
    ("remarks_body_is_the_titles_speaker", REMARKS, "It has been a demanding", "Ingrid Halvorsen"),
    ("remarks_body_first_paragraph", REMARKS, "Thank you all for coming", "Ingrid Halvorsen"),
    ("remarks_delivery_note_is_nobodys", REMARKS, "Check against delivery", None),
    ("remarks_body_stops_at_a_label", REMARKS, "The first question", "Moderator"),
    ("briefer_line_opening_is_the_briefers", BRIEFER_LINE, "Let me begin", "Mira Castellanos"),
    ("briefer_line_body_in_third_person_too", BRIEFER_LINE, "The two ministers signed", "Mira Castellanos"),
    ("briefer_line_title_is_nobodys", BRIEFER_LINE, "Press Briefing", None),
    ("briefer_line_body_stops_at_a_question", BRIEFER_LINE, "Will the accord", "Questioner"),
    ("moderator_turn_runs_on_to_the_hand_over", HAND_OVER, "Please keep your questions", "Moderator"),
    ("the_hand_over_is_the_moderators", HAND_OVER, "With that, over to you", "Moderator"),
    ("after_the_hand_over_the_titled_speaker", HAND_OVER, "We have had a productive week", "Tomas Rivera"),
    ("titled_speaker_runs_on", HAND_OVER, "Our delegation will return", "Tomas Rivera"),
    ("remarks_story_in_third_person_is_no_body", REMARKS_STORY, "Her office declined", None),
    # "Statement of the <office> at ...": the office after "the" is the speaker (canonical: the office as
    # written, the text names nobody who holds it)
    ("remarks_title_office_after_the", OFFICE_TITLE, "Today we review",
     "Secretary General of the Nordic Council"),
    # "Press briefing of the <office> following ...": the office up to the lower-case "following"; the
    # greeting line and the numbered point are the briefer's too (its content starts after "1. ")
    ("briefing_of_the_office_greeting", BRIEFING_OF, "Good afternoon, friends", "Council Secretary-General"),
    ("briefing_of_the_office_body", BRIEFING_OF, "Allow me to bring", "Council Secretary-General"),
    ("briefing_of_the_office_numbered_point", BRIEFING_OF, "The meeting took place",
     "Council Secretary-General"),
    # speaker_block_speaker: "Ambassador Ingrid Halvorsen" fills the block's first line, with a title; the
    # greeting and the first-person body are hers, up to the "Question:" label
    ("speaker_block_greeting", SPEAKER_BLOCK, "Good morning, everyone", "Ingrid Halvorsen"),
    ("speaker_block_body", SPEAKER_BLOCK, "Our theme is a credible", "Ingrid Halvorsen"),
    ("speaker_block_lines_are_nobodys", SPEAKER_BLOCK, "Permanent Representative", None),
    ("speaker_block_question_label", SPEAKER_BLOCK, "Where are you going", "Questioner"),
    ("salutation_lines_name_no_speaker", SALUTATION_BLOCK, "I am deeply honored", "Ambassador"),
    ("salutation_lines_body", SALUTATION_BLOCK, "Our defence ties", "Ambassador"),
    ("speaker_block_malay_honorifics", HONORIFIC_BLOCK, "I will be very brief", "RAHMAN BIN YUSOF"),
    # address lines ending in commas are a salutation, no title: "Secretary General, Mr. Jan Berg" is
    # the addressee, not the speaker
    ("address_lines_name_no_speaker", ADDRESS_LINES, "I wish to start", None),
    # first person only inside quotation marks: a story, not a speech under a speaker's block
    ("caption_line_over_a_story_is_no_speaker", CAPTION_STORY, "The talks resumed", None),
    # a bulleted line without a sentence's punctuation is an index entry, nobody's
    ("bulleted_topic_index_is_nobodys", BULLET_INDEX, "• The Japan-China relations", None),
    # headline_attribution
    ("headline_speaker_before_colon", HEAD_LEAD, "Oslo will host", "Erna Solberg"),
    ("headline_speaker_after_colon", HEAD_TAIL, "Ceasefire terms still", "Ine Eriksen Soreide"),
    ("headline_role_after_dash", HEAD_DASH, "Both sides must keep talking", "Ine Eriksen Soreide"),
    ("heading_with_present_tense_cue", HEAD_SAYS, "No deal before spring", "Ine Eriksen Soreide"),
    ("section_label_is_no_speaker", HEAD_NOT, "the long road", None),
    ("credit_line_is_no_speaker", HEAD_NOT, "wang", None),
    ("topic_before_colon_is_no_speaker", HEAD_TOPIC, "new crew takes", None),
]


# announcement block intros (block_cue_speaker, block_intro_cue; formats.intro_speaker_re): a line naming the
# speaker, an opening verb or a cue ending "the following", then announcement paragraphs without cues, then
# question turns. By hand: every announcement paragraph up to the first question label is the intro's
# speaker's; the intro line names who speaks and says nothing itself; "A:" answers the person the intro
# names (the title names no one).
INTRO_TRANSCRIPT = (
    "Regular Briefing of the Ministry of Foreign Affairs, 12 March 2026\n\n"
    "Deputy Foreign Minister Lena Varga made the following statement at the start of the briefing:\n\n"
    "Last night an unknown group attacked our consulate in the port city. The perpetrators must be "
    "brought to justice.\n\n"
    "We call on the host government to ensure the safety of our diplomats.\n\n"
    "Q: Has the consul been recalled?\n\n"
    "A: No decision has been taken so far.\n\n"
    "Q: Will there be a response?\n\n"
    "A: We reserve the right to respond.\n"
)
# the same under a title naming a ministry as briefer, in plain text with labelled questions and answers:
# by hand the announcements are the spokesperson's the intro names, not the ministry's
INTRO_UNDER_BRIEFING = (
    "Press briefing by the Ministry of External Relations\n\n"
    "Official Spokesperson Anil Rao began with the following remarks:\n\n"
    "Good afternoon. The Minister will travel to Lima for the meeting of foreign ministers on May 4.\n\n"
    "He will hold bilateral meetings on the sidelines with several of his counterparts.\n\n"
    "Question: Will the minister meet his Peruvian counterpart?\n\n"
    "Official Spokesperson, Anil Rao: The schedule is being worked out.\n\n"
    "Question: And the Chilean minister?\n\n"
    "Official Spokesperson, Anil Rao: There will be a bilateral meeting.\n"
)
# an opening verb before "with the following" and a section heading ending the block: by hand the two
# paragraphs under the intro are Ana Cruz's, the paragraph under the heading "Consular matters" nobody's
INTRO_THEN_HEADING = (
    "Meeting with the diplomatic corps\n\n"
    "Foreign Minister Ana Cruz opened the meeting with the following announcements:\n\n"
    "The government remains committed to the peace process. The talks will resume in May.\n\n"
    "Security in the border region has improved over the past month.\n\n"
    "Consular matters\n\n"
    "The embassy will extend its opening hours during the holiday season.\n"
)
# a cue ending "the following" before a noun of no speech ("appointments"): by hand the list below is no
# one's words (decrees reported, not said), so nobody's
FOLLOWING_APPOINTMENTS = (
    "Presidential decrees\n\n"
    "President Ana Cruz made the following appointments on Monday:\n\n"
    "Tomas Rivera becomes ambassador to Lima.\n\n"
    "Lena Varga becomes ambassador to Quito.\n"
)
CASES += [
    ("following_appointments_are_nobodys", FOLLOWING_APPOINTMENTS, "Tomas Rivera becomes", None),
]
CASES += [
    ("intro_statement_first_announcement", INTRO_TRANSCRIPT, "Last night an unknown group", "Lena Varga"),
    ("intro_statement_second_paragraph", INTRO_TRANSCRIPT, "We call on the host", "Lena Varga"),
    ("intro_statement_line_is_nobodys", INTRO_TRANSCRIPT, "Deputy Foreign Minister", None),
    ("intro_statement_answer_label", INTRO_TRANSCRIPT, "No decision has been taken", "Lena Varga"),
    ("intro_statement_question", INTRO_TRANSCRIPT, "Has the consul been recalled", "Questioner"),
    ("intro_under_briefing_first", INTRO_UNDER_BRIEFING, "The Minister will travel", "Anil Rao"),
    ("intro_under_briefing_second", INTRO_UNDER_BRIEFING, "He will hold bilateral", "Anil Rao"),
    ("intro_under_briefing_line_is_nobodys", INTRO_UNDER_BRIEFING, "Official Spokesperson Anil Rao began", None),
    ("opening_verb_intro_block", INTRO_THEN_HEADING, "Security in the border region", "Ana Cruz"),
    ("opening_verb_intro_ends_at_heading", INTRO_THEN_HEADING, "The embassy will extend", None),
]


# printed interviews whose questions stand alone in paragraphs and whose answers open with a cue line
# (answer_cue_interview, interview_outlet; unlabelled_questions). By hand: each answer, from its cue to the
# next question, is the interviewee's the title or lead names; a question so answered is the outlet's the
# lead names after "told" / "interview with", and with no outlet named nobody's (never the interviewee's);
# a cue line alone ("She answers:") says nothing itself.
CUED_INTERVIEW = (
    "Interview with Foreign Minister Ana Cruz\n\n"
    "Foreign Minister Ana Cruz told Radio Andor on Sunday that the talks would go on.\n\n"
    "How long can Andor keep up its support for the mission?\n\n"
    "She answers:\n\n"
    "As long as it takes. Our partners see it the same way.\n\n"
    "Is a ceasefire in sight?\n\n"
    "The minister replied: Not while the shelling goes on. Diplomacy needs two sides.\n"
)
NUMBERED_CUED_INTERVIEW = (
    "Interview with Foreign Minister Tomas Rivera\n\n"
    "1. What do you see as the main challenge for your ministry this year?\n\n"
    "Answer: Our first task is to restore the confidence of our partners. A review of every agreement has "
    "begun.\n\n"
    "2. Will Borduvia seek a seat on the Security Council?\n\n"
    "He replied: The neighbours are being consulted. A decision will come by the end of the year.\n"
)
# the answers labelled "Answer:" each time (a label of its own, unlabelled_questions): by hand the questions
# are the outlet's the lead names ("In an interview with the Lima Times"), the answers Rivera's
LABELLED_ANSWERS_OUTLET = (
    "Interview with Foreign Minister Tomas Rivera\n\n"
    "In an interview with the Lima Times, Foreign Minister Tomas Rivera spoke about his priorities.\n\n"
    "1. What do you see as the main challenge this year?\n\n"
    "Answer: Our first task is to restore the confidence of our partners.\n\n"
    "2. Will Borduvia seek a seat on the Security Council?\n\n"
    "Answer: We are consulting our neighbours.\n"
)
# a report (no interview presented) with one question paragraph and a reply's cue line: by hand the reply's
# words are Rivera's (the cue names him), the narration after it stays nobody's
REPLY_IN_REPORT = (
    "Talks stall in Lima\n\n"
    "The foreign ministers met in Lima on Monday without agreeing on a date for the next round.\n\n"
    "Will the talks resume this year?\n\n"
    "Foreign Minister Tomas Rivera replied: Not this year. We need more time.\n\n"
    "The ministers then left for the airport. The talks had broken down in May.\n"
)
CASES += [
    ("reply_in_report_second_sentence", REPLY_IN_REPORT, "We need more time", "Tomas Rivera"),
    ("reply_in_report_narration_is_nobodys", REPLY_IN_REPORT, "The ministers then left", None),
    ("reply_in_report_question_is_nobodys", REPLY_IN_REPORT, "Will the talks resume", None),
]
CASES += [
    ("cued_answer_alone_on_its_line", CUED_INTERVIEW, "As long as it takes", "Ana Cruz"),
    ("cued_answer_runs_on", CUED_INTERVIEW, "Our partners see it", "Ana Cruz"),
    ("cued_answer_inline_second_sentence", CUED_INTERVIEW, "Diplomacy needs two sides", "Ana Cruz"),
    ("cued_answer_cue_line_is_nobodys", CUED_INTERVIEW, "She answers", None),
    ("cued_answer_question_is_the_outlets", CUED_INTERVIEW, "How long can Andor", "Radio Andor"),
    ("numbered_cued_answer_label", NUMBERED_CUED_INTERVIEW, "Our first task", "Tomas Rivera"),
    ("numbered_cued_answer_second", NUMBERED_CUED_INTERVIEW, "A decision will come", "Tomas Rivera"),
    ("numbered_question_without_outlet_is_nobodys", NUMBERED_CUED_INTERVIEW, "What do you see", None),
    ("labelled_answers_question_is_the_outlets", LABELLED_ANSWERS_OUTLET, "What do you see", "Lima Times"),
    ("labelled_answers_answer", LABELLED_ANSWERS_OUTLET, "We are consulting", "Tomas Rivera"),
]

# a press conference transcribed in the Spanish-language style, each turn's speaker closed by a full stop and
# a dash ("Name (Role).- ", "Name.- "), its later paragraphs unlabelled (formats: the "stop-dash" label shape,
# _stop_dash_exchange). By hand: the moderator's turn runs from "Good afternoon. The Minister ..." over the
# next paragraph, the minister's from his "Good evening." to the end; the translator's note is nobody's
STOP_DASH_CONFERENCE = (
    "(Ministry transcript \u2013 unofficial translation)\n\n"
    "Marta Ib\u00e1\u00f1ez (Moderator).- Good afternoon. The Minister will make brief remarks.\n\n"
    "Present are forty journalists from twelve countries.\n\n"
    "Tom\u00e1s Herrera.- Good evening.\n\n"
    "Our delegation arrives in Quito on Monday. We expect to sign three agreements.\n"
)
# a translated interview whose question and answer labels are Spanish role letters closed by a full stop ("P." /
# "R.", Pregunta and Respuesta), the first pair rendered "Ask." / "Response." by a machine translation
# (formats.stop_qa_family; statements.lead_interviewee). By hand: the questions are the questioner's, the
# answers the minister's whom the headline credits and the lead names ("the Foreign Minister, Ana Cruz")
STOP_QA_INTERVIEW = (
    "Ana Cruz, Foreign Minister: \u201cThe summit will be remembered for its unity\u201d\n\n"
    "The summit opens on Tuesday in Lima. Behind the scenes, the Foreign Minister, Ana Cruz, negotiates every "
    "comma of the final text.\n\n"
    "Ask. Will the summit admit new members?\n\n"
    "Response. Not this time. The rules require unanimity.\n\n"
    "P. Is unanimity within reach?\n\n"
    "R. I believe it is. We are close.\n"
)
# one exchange only ("P." / "R."): by hand still an interview, the answer the lead's minister's
STOP_QA_ONE_EXCHANGE = (
    "Ana Cruz, Foreign Minister: \u201cUnity first\u201d\n\n"
    "The Foreign Minister, Ana Cruz, negotiates every comma of the final text.\n\n"
    "P. Will the summit admit new members?\n\n"
    "R. Not this time. The rules require unanimity.\n"
)
# a presidency's morning conference in the same style, labels in capitals, the asker "INTERLOCUTOR.-": by hand
# the president's turn runs over its second paragraph, the asker's question is the questioner's
STOP_DASH_CAPITALS = (
    "Morning press conference of the President, 3 May 2026\n\n"
    "PRESIDENT ANDR\u00c9S L\u00d3PEZ.- Good morning. We will begin with the report on security.\n\n"
    "The figures are better this week.\n\n"
    "INTERLOCUTOR.- Good morning, President. Will you travel to Washington?\n\n"
    "PRESIDENT ANDR\u00c9S L\u00d3PEZ.- Not this month.\n"
)
CASES += [
    ("stop_dash_capitals_turn_runs_on", STOP_DASH_CAPITALS, "Good morning. We will begin", "Andr\u00e9s L\u00f3pez"),
    ("stop_dash_interlocutor_asks", STOP_DASH_CAPITALS, "Good morning, President", "Questioner"),
    ("one_stop_qa_exchange_question", STOP_QA_ONE_EXCHANGE, "Will the summit admit", "Questioner"),
    ("one_stop_qa_exchange_answer", STOP_QA_ONE_EXCHANGE, "Not this time", "Ana Cruz"),
    ("stop_dash_moderator_turn", STOP_DASH_CONFERENCE, "Good afternoon. The Minister will", "Marta Ib\u00e1\u00f1ez"),
    ("stop_dash_minister_turn_runs_on", STOP_DASH_CONFERENCE, "Good evening.\n\nOur delegation",
     "Tom\u00e1s Herrera"),
    ("stop_dash_translators_note_is_nobodys", STOP_DASH_CONFERENCE, "(Ministry transcript", None),
    ("translated_question_label_ask", STOP_QA_INTERVIEW, "Will the summit admit", "Questioner"),
    ("translated_answer_label_is_the_lead_interviewee", STOP_QA_INTERVIEW, "Not this time", "Ana Cruz"),
    ("spanish_question_letter", STOP_QA_INTERVIEW, "Is unanimity within reach", "Questioner"),
    ("spanish_answer_letter", STOP_QA_INTERVIEW, "I believe it is", "Ana Cruz"),
]

# a broadcaster's interview whose first turn alone is labelled, by the outlet the lead names as interviewing
# ("sat down with Andor's Tomas Hale"), the later turns unlabelled lines (label_names_lead_interviewer,
# opening_turn_interview). By hand: the labelled turn is Tomas Hale's (the lead writes the label "Andor" in
# "Andor's Tomas Hale"), the thanks after it the guest's the lead presents, a line ending in a question mark
# the interviewer's, the line after it the guest's again; with a lead that names no interviewer ("met"), the
# label written once is no turn and the lines stay nobody's
OPENING_TURN_INTERVIEW = (
    "Borduvia's Foreign Minister Ana Cruz sat down with Andor's Tomas Hale on Friday in Geneva, discussing the "
    "ceasefire talks and relations with Lima.\n"
    "This interview has been lightly edited for length.\n"
    "Andor: Good evening. This is Tomas Hale talking to you from Geneva with Ana Cruz, the Foreign Minister of "
    "Borduvia. Thank you for joining us.\n"
    "Thank you for having me.\n"
    "Let us start with the talks. What did the two sides agree on?\n"
    "We agreed on a timetable. The observers will arrive next week.\n"
)
OPENING_TURN_NO_INTERVIEWER = OPENING_TURN_INTERVIEW.replace("sat down with", "met", 1)
CASES += [
    ("opening_turn_is_the_lead_interviewers", OPENING_TURN_INTERVIEW, "Good evening", "Tomas Hale"),
    ("opening_turn_thanks_back_is_the_guests", OPENING_TURN_INTERVIEW, "Thank you for having me", "Ana Cruz"),
    ("opening_turn_question_line_is_the_interviewers", OPENING_TURN_INTERVIEW, "What did the two sides",
     "Tomas Hale"),
    ("opening_turn_question_lines_first_sentence", OPENING_TURN_INTERVIEW, "Let us start", "Tomas Hale"),
    ("opening_turn_answer_runs_over_its_line", OPENING_TURN_INTERVIEW, "The observers will arrive", "Ana Cruz"),
    ("opening_turn_needs_a_lead_interviewer", OPENING_TURN_NO_INTERVIEWER, "Thank you for having me", None),
    ("opening_turn_label_once_without_interviewer", OPENING_TURN_NO_INTERVIEWER, "Good evening", None),
]

# a report under a headline that credits its words with a colon, its standfirst on the next line in the third
# person (headline_over_standfirst). By hand: the headline line and the standfirst are Halvorsen's (the label
# names her, "Ingrid Halvorsen" below), the report after it the narrator's: no monologue runs on over it
HEADLINE_LABEL_STANDFIRST = (
    "Halvorsen: I do not approve reports of talks in Oslo\n"
    "The Foreign Ministry spokeswoman did not approve reports of talks in Oslo and announced a visit to Riga.\n\n"
    "OSLO (Nordic News) Ingrid Halvorsen began her press conference today by commemorating the victims of the "
    "floods.\n\n"
    "The visit to Riga will take place next week.\n"
)
CASES += [
    ("headline_label_credits_its_line", HEADLINE_LABEL_STANDFIRST, "I do not approve", "Ingrid Halvorsen"),
    ("headline_label_report_below_is_nobodys", HEADLINE_LABEL_STANDFIRST, "OSLO (Nordic News)", None),
    ("headline_label_does_not_run_on", HEADLINE_LABEL_STANDFIRST, "The visit to Riga", None),
]

# a contracted first person inside a turn ("I’d ask everyone ...", names.txt [first person]): by hand the request
# is the moderator's own, no statement of a speaker "I’d" cut out of the turn
CONTRACTED_FIRST_PERSON = (
    "MODERATOR: Apologies for interrupting. I\u2019d ask everyone to exercise restraint.\n\n"
    "Q: Why?\n\n"
    "MODERATOR: There are a lot of people here.\n"
)
CASES += [
    ("contracted_first_person_stays_in_the_turn", CONTRACTED_FIRST_PERSON, "Apologies for interrupting. I\u2019d",
     "Moderator"),
    ("contracted_first_person_is_no_speaker", CONTRACTED_FIRST_PERSON, "everyone to exercise", None),
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


def test_no_unnamed_briefer_when_the_body_names_who_held_the_briefing():
    # by hand: the release names President Lind and Prime Minister Berg as holders: no unnamed spokesperson
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(NAMED_HOLDER)
    assert "Spokesperson" not in set(st["speaker"]), st[["speaker", "text"]]


# a news agency's report whose first sentence names the government spokesman in apposition before "at today's
# press briefing", then his quoted words (unnamed_briefer, _named_before). By hand: the narrator names who
# briefed ("the spokesman of the Government, Petros Alexiou"), so no unnamed ministry "Spokesperson" reads the
# body; the dash-led paragraph is Alexiou's (the cue "Alexiou said" ends it)
NAMED_BRIEFER_IN_APPOSITION = (
    "Minister will not attend the forum\n\n"
    "The Prime Minister will not attend the forum, the spokesman of the Government, Petros Alexiou, briefly "
    "answered a journalist's question at today's press briefing about whether the Prime Minister would attend "
    "the two-day forum organised by the \"Lake Institute\".\n\n"
    "-Many times we have repeated our positions. We expect to see tangible moves, Alexiou said\n"
)


def test_briefer_named_in_apposition_is_no_unnamed_spokesperson():
    st = statements(NAMED_BRIEFER_IN_APPOSITION)
    assert "Spokesperson" not in set(st["speaker"]), st[["speaker", "text"]]
    assert "Petros Alexiou" in set(st[st["text"].str.contains("tangible moves")]["speaker"])
