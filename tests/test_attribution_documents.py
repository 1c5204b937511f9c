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
# a ministry's briefing summary in bullet points under a byline naming the briefer's office (briefing_bullets)
BULLETS = (
    "Summary of Weekly Press Briefing 3 March 2026\n\n"
    "By Director-General of Department of Information/Spokesperson of MFA\n\n"
    "Friday, 3 March 2026 at 11.00 hrs.\n\n"
    "1. Floods in the north\n\n"
    "  • The ministry is following the floods closely. We stand ready to help.\n\n"
    "  • The Prime Minister has instructed the agencies concerned to send relief teams.\n"
)
# a ministry's briefing write-up under a lead whose subject (an office, its holder in apposition) gave the
# briefing ([briefing verbs] "gave" before [briefing titles] "press briefing", lead_briefer): bullets and numbered
# points ending in a full stop are the holder's; a numbered heading without one and a bullet opening with a bare
# past verb ("Thanked ...": the subject of the line above) are not. Expected by hand from the lead's apposition.
LEAD_BULLETS = (
    "The spokesperson gives the Ministry's biweekly press briefing\n\n"
    "The spokesperson of the Ministry, Ambassador Ana Ruiz, gave the Ministry's biweekly press briefing to the "
    "media. She also addressed questions on the floods.\n\n"
    "1. Situation in the north\n"
    "• Electricity has been restored to the northern towns.\n"
    "2. The interim administration is establishing its structure in the region.\n"
    "3. Visits\n"
    "• The Deputy Prime Minister met the Italian ambassador.\n"
    "• Thanked the government of Italy for its cooperation.\n"
)
# a byline under no briefing title (a news story's author) names no briefer
BYLINE_STORY = (
    "Floods close the northern border\n\n"
    "By Ana Ruiz\n\n"
    "  • The border was closed on Monday.\n"
)
# a readout's speech acts and groups: a plural title over two names, an honorific style, a surname with a
# particle, praise with its object (speech_verbs.txt "commend"), a State Councilor (titles.txt)
READOUT = (
    "Minister Ruiz meets with French counterpart\n\n"
    "The Honourable Ana Ruiz, Minister of Foreign Affairs, met yesterday with Jean-Luc Le Bras, France's "
    "Minister for Europe and Foreign Affairs.\n\n"
    "Minister Ruiz commended Minister Le Bras on the progress made in the Sahel. Ministers Ruiz and Le Bras "
    "underscored the importance of continued dialogue. They agreed to meet again in June.\n"
)
COUNCILOR = (
    "Minister Tan spoke with State Councilor and Minister of Foreign Affairs Li Wen on Monday.\n\n"
    "Minister Tan and State Councilor Li agreed that the two countries should share information.\n"
)
# a ministry named in lower case with its field, a statement quoted twice and "the statements said"
MINISTRY_STATEMENTS = (
    "Peru and Chile discuss fisheries in phone call\n\n"
    "“They agreed to meet in June,” Peru’s ministry of foreign affairs said in a statement.\n\n"
    "Chile's foreign ministry also issued a statement on the call.\n\n"
    "They also exchanged views on the floods, the statements said.\n"
)
# a readout quoted inside a report: the presidency's words about the head of state's speech act
QUOTED_READOUT = (
    "According to the Élysée, the two presidents spoke on Monday by telephone. A discussion during which the "
    "French head of state “underlined the importance of the talks in Geneva”.\n"
)
# a report without a statement before: a bare plural of documents names no one
REPORTS = "Recent international reports indicate that the drought has spread to three provinces.\n"
# a White House readout: the two callers as "the two", "They" and "the President and Prime Minister"; the
# guest named with his country after the name ("Prime Minister Ruiz of Peru")
CALL = (
    "Readout of the President’s Call with Prime Minister Ruiz of Peru\n\n"
    "President Halvorsen spoke today with Prime Minister Ruiz of Peru. The two discussed the floods and agreed "
    "that relief must reach the north quickly. They also agreed that the border should stay open. The President "
    "and Prime Minister also discussed trade, agreeing that tariffs should fall.\n"
)
# a view stated together ("shared the view that"), by two ministers named with their titles
SHARED_VIEW = (
    "During the talks, Foreign Minister Ana Ruiz and her Chilean counterpart Tomas Rivera shared the view that "
    "close cooperation is crucial.\n"
)
# a call readout from the host's side: the host's foreign minister titled without a country, the guest's with
# one ("of Peru"); the guest speaks last, then "The foreign minister underlined ..." is the host (Halvorsen: the
# lead's first person, the only foreign minister the text gives no country), and "He shared the resolve of the
# government to ..." carries on his words (speech_verbs.txt "share_the_resolve")
HOME_MINISTER = (
    "LIMA: Foreign Minister Ana Halvorsen and Foreign Minister Tomas Ruiz of Peru on Tuesday held talks.\n"
    "Foreign Minister Ruiz conveyed his condolences on the loss of lives in the attack.\n"
    "The foreign minister underlined that the attack was aimed at peaceful people. He shared the resolve of the "
    "government to continue its efforts against terrorism.\n"
)
# a relative clause after a name with no comma before "who", its cue after a first verb phrase joined by "and":
# the clause's speaker is the person named before "who" (Mirzoyan), not the subject of the sentence (Kove)
WHO_NO_COMMA = (
    "Kove also met with Artsakh Foreign Minister Karen Mirzoyan who welcomed the guest and said that the visit "
    "was a sign of close ties.\n"
)
# an office's own readout under a title naming the guest first: the host ("President Ruiz", no country) is
# the subject of the body's first sentence, the guest is "President Halvorsen of Norway". By hand: "The
# President reiterated ..." comes before anyone has spoken, and the last president named is the guest, but
# the bare office in the host's readout is its own holder, Ruiz; after the guest speaks ("President
# Halvorsen said ..."), "The President underlined ..." is Ruiz again (home_holder, headline skipped)
READOUT_HOLDER = (
    "Readout of the President's Call with President Halvorsen of Norway\n\n"
    "President Ruiz spoke today with President Halvorsen of Norway about the situation on their border. "
    "The President reiterated his deep concern about the shelling of border villages. President Halvorsen "
    "said his government wanted a ceasefire. The President underlined that talks must resume soon.\n"
)
# a wire naming both presidents with their countries: by hand, "The president said ..." after "Petrov said"
# is Petrov (the most recent speaker); no host without a country, so no readout's holder
WIRE_PRESIDENTS = (
    "Presidents hold video call\n\n"
    "MOSCOW, December 7. Russian President Ivan Petrov held talks with US President John Miller by video "
    "link on Tuesday. Petrov said Moscow wanted legal guarantees. The president said the expansion was a "
    "threat to Russia.\n"
)
# a paragraph that is only a quotation, no cue and no statement before it, and the next paragraph opening
# with a named speaker and "said in a statement" (wire copy): by hand, the quotation is the spokesperson's,
# Vega (quotation_before_cue, "said" of [credit verbs]); his own reported words stay his too
QUOTE_BEFORE_CUE_LEAD = (
    "Lima studies tribunal ruling\n\n"
    "LIMA, July 12 — The arbitral tribunal in The Hague issued its ruling on the maritime dispute on "
    "Tuesday.\n\n"
)
QUOTE_BEFORE_CUE = QUOTE_BEFORE_CUE_LEAD + (
    "\u201cWe will study the ruling with care. Peru remains committed to a peaceful settlement of "
    "disputes.\u201d\n\n"
    "Presidential spokesperson Tomas Vega said in a statement that the government would consult its allies.\n"
)
# the same with the cue postposed ("..., the spokesperson said in a statement."): by hand, the quotation is
# the unnamed spokesperson's, the speaker of the next sentence
QUOTE_BEFORE_POSTPOSED_CUE = QUOTE_BEFORE_CUE_LEAD + (
    "\u201cWe will not accept any decision that violates our sovereignty.\u201d\n\n"
    "The government would consult its allies, the spokesperson said in a statement.\n"
)
# not credited (by hand): the next sentence holds a quotation of its own (its speaker's words are that one),
# its speaker is a pronoun, or its verb is no plain verb of saying ("welcomed")
QUOTE_BEFORE_QUOTING_CUE = QUOTE_BEFORE_CUE_LEAD + (
    "\u201cWe will study the ruling with care.\u201d\n\n"
    "Presidential spokesperson Tomas Vega said in a statement, \u201cThe government will consult its "
    "allies.\u201d\n"
)
QUOTE_BEFORE_PRONOUN_CUE = QUOTE_BEFORE_CUE_LEAD + (
    "\u201cWe will study the ruling with care.\u201d\n\n"
    "He said in a statement that the government would consult its allies.\n"
)
QUOTE_BEFORE_OTHER_VERB = QUOTE_BEFORE_CUE_LEAD + (
    "\u201cWe will study the ruling with care.\u201d\n\n"
    "Presidential spokesperson Tomas Vega welcomed the end of the proceedings.\n"
)
# an invitation and a proposal are speech acts of their subjects (the gold guideline; speech_verbs.txt
# "invite : infinitive", "propose"): by hand, Ruiz invited and proposed; "invited guests" (no infinitive)
# and the passive "was invited to speak" are no statements
INVITATION = (
    "Foreign Minister Ana Ruiz invited Peru to take part in the peace summit. The minister proposed holding "
    "a joint commission meeting next year. The invited guests attended a reception. Minister Tomas Rivera "
    "was invited to speak at the university.\n"
)
# thanks reported in a readout (speech_verbs.txt "thank : object noobj"), and a speaker's own "thank you"
THANKS = (
    "Secretary Ana Ruiz spoke today with Foreign Minister Tomas Rivera. The Secretary thanked the Foreign "
    "Minister for Chile's efforts to extend the truce.\n\n"
    "MODERATOR: Well, thank you, everyone, for being here today.\n"
)
# a government's "we" under a title naming the genre and the minister ("Statement by ..."); a news story's
# "we" in a headline naming someone, without such words, is no one's statement
STATEMENT_WE = (
    "Statement by Foreign Minister Ana Ruiz on the floods in the north (3 May 2026)\n\n"
    "We condemn the attacks on relief convoys. Our teams will stay.\n"
)
HEADLINE_WE = (
    "Foreign Minister Ana Ruiz visits the north\n\n"
    "We saw the minister arrive by helicopter on Monday.\n"
)
# a minister's address under title lines naming it with a possessive (statement_words.txt [remarks headings]
# without "by"), repeated with the date; a salutation and bullet points follow (possessive_remarks_speaker)
ADDRESS = (
    "Foreign Minister Ana Ruiz's opening address at a press conference in Lima\n\n"
    "Foreign Minister Ana Ruiz's opening address at a press conference in Lima on 3 May 2026.\n\n"
    "Dear colleague, ladies and gentlemen,\n\n"
    "  • Today I have had the pleasure of welcoming my colleague to Lima. Thank you for the talks!\n"
    "  • Trade between our countries has grown. We agreed to meet again.\n"
)
# a head of state's speech under a possessive title naming only the office ("HM The King's speech at ..."): the
# office without a name is the speaker the title names; the first-person body after the salutation is his
# (possessive_remarks_speaker accepts an unnamed office as it accepts a name)
KING_SPEECH = (
    "HM The King's speech at the state banquet in Dublin\n\n"
    "Mr President, Ministers,\n\n"
    "Let me first express our gratitude to you. Our countries have much in common.\n"
)
# a British government title: the office's capitalised words, then "statement" and "on" in lower case, no
# possessive ("Foreign Secretary statement on the situation in Gaza ..."), over a first-person body: the office
# the title names is the speaker (statement_words.txt [remarks headings] "statement by the" without "by the",
# [title prepositions] "on"; possessive_remarks_speaker, office form)
OFFICE_STATEMENT = (
    "Foreign Secretary statement on the situation in the Sahel\n\n"
    "The rise in attacks this week has caused many casualties. It must stop.\n\n"
    "I condemn these attacks. I support the call for calm.\n"
)
# a report whose first sentence holds an office before "statement on": a sentence, no title line
OFFICE_STATEMENT_STORY = (
    "The Foreign Office statement on Monday was brief. The minister was not available.\n\n"
    "I was told that talks would resume, a diplomat said.\n"
)
# doorstep remarks under a title naming the speaker, with questions labelled "Q." and the answers unlabelled:
# every label asks, so the paragraphs after each question answer it, the titled speaker's (answered_questions)
DOORSTEP = (
    "Remarks by Foreign Minister Ana Ruiz upon arrival at the summit\n"
    "Good morning, I expect good results today.\n"
    "Q. Who should succeed you?\n"
    "It is not for me to say.\n"
    "I hope it will be someone committed.\n"
    "Q. Will you stay on?\n"
)
# a news story about someone's remarks: a third-person body is no one's block
REMARKS_STORY = (
    "Minister Ana Ruiz's remarks anger opposition\n\n"
    "The opposition criticised the minister on Monday. The debate lasted two hours.\n"
)
# a speech page whose title is set a word group a line, "Remarks" / "of" / the name in capitals / the office,
# over a body that opens by thanking the previous speaker (statement_words.txt [remarks headings] "remarks
# of"; remarks_heading_matches reads the title on over REMARKS_TITLE_SPREAD lines; THANKS_OPENING_RE); the
# name's ", JR." is part of it (the gold of round K lists the DFA secretary with his suffix)
REMARKS_OF = (
    "Remarks\n\nof\n\nANA M. RUIZ, JR.\n\nSecretary of Foreign Affairs\n\nForum on Ocean Security\n\n"
    "3 May 2026\n\n"
    "Thank you, Secretary Rivera.\n\n"
    "The department has 80 posts around the world. It works around the clock.\n\n"
    "First, on the frontlines: most staff are still unvaccinated.\n\n"
    "Nobody dictates to us how to protect our people.\n"
)
# a story about someone's remarks told in the third person: no one's block
REMARKS_OF_STORY = (
    "Remarks of Minister Ana Ruiz draw criticism\n\n"
    "The opposition criticised the minister on Monday. The debate lasted two hours.\n"
)
# a head of state's press statement under a title-case title with "of" (statement_words.txt [remarks headings]
# "press statement of"), the speaker's office ending before the capitalised preposition "Ahead" ([title
# prepositions]), a greeting of the speaker's culture and closing thanks: every line of the monologue is the
# office holder's (by hand: the title names only him, the body says "I" and names no one else speaking)
PRESS_STATEMENT_OF = (
    "Press Statement of President of the Republic of Andoria Ahead of Departure for Peru Working Visit, "
    "May 4, 2026\n\n"
    "Assalamu\u2019alaikum warahmatullahi wabarakatuh.\n\n"
    "This morning, the First Lady and I will leave for Lima. Peru is our largest partner in the region.\n\n"
    "I thank you.\nWassalamu\u2019alaikum warahmatullahi wabarakatuh.\n"
)
# a speech's title in title case: "At" ends the speaker's phrase ("Speech of" with a name)
SPEECH_OF_TITLE_CASE = (
    "Speech Of Prime Minister Jane Doe At The Opening Of The Ocean Forum\n\n"
    "Excellencies, ladies and gentlemen,\n\n"
    "I am glad to welcome you to Lima. The ocean is our common home.\n"
)
# greetings of other cultures on lines of their own, without a full stop, open and close a speech
# (statement_words.txt [salutation words]; salutation_run, closing_salutations): the speaker's (by hand:
# they stand between the title naming him and the end of his first-person body); a page's trailing tag
# line is no greeting and nobody's
GREETING_LINES = (
    "Speech by President Tomas Rivera at the Ocean Forum\n\n"
    "Bismillahirrahmanirrahim\n\n"
    "Om Swastiastu\n\n"
    "I am glad to welcome you to Lima. The ocean is our common home.\n\n"
    "Thank you\n\n"
    "Wassalamu\u2019alaikum warahmatullahi wabarakatuh\n"
)
GREETING_LINES_TAGGED = GREETING_LINES + "\nTags: Ocean\n"
# a report naming a speech inside its narrator's sentence: the heading words title nothing
# (remarks_heading_matches, _titles_document), so the narrator's next sentence is no one's (by hand: "The
# rain continued." is the reporter's)
SPEECH_IN_REPORT = (
    "Floods hit the north\n\n"
    "In a statement of Foreign Minister Ana Ruiz on Monday, the ministry said aid was coming.\n\n"
    "\u201cWe are on our way,\u201d she said. The rain continued.\n"
)
SPEECH_BY_IN_REPORT = SPEECH_IN_REPORT.replace("a statement of", "a speech by")
# a delegate presenting a leader's written address in the first person: the quoted address is the leader's
PRESENTED_ADDRESS = (
    "I have the honour to present a written address by His Excellency Mr. Tomas Rivera, President of the "
    "Republic of Borduria, to the general debate.\n"
    "\u201cI wish to congratulate you, Sir, on your election. Borduria will support you.\n"
    "We stand for peace.\u201d\n"
)
# a story about an address told in the third person: no one's block
ADDRESS_OF_STORY = (
    "Address of President Tomas Rivera draws criticism\n\n"
    "The opposition criticised the president on Monday. The debate lasted two hours.\n"
)
# a ministry's briefing page: a title line naming the briefer (statement_words.txt [briefing headings], in any
# case; the phrase fills the line), date and time lines, the minister's schedule in the third person, then a
# heading over labelled questions and answers (briefing_heading_speaker, credit_body's _qa_heading)
TITLED_BRIEFING = (
    "Regular Briefing by Spokesperson Ana Ruiz\n\n"
    "Date: Monday, May 4, 2026\n\n"
    "1. Minister's Schedule\n\n"
    "On May 5, at 2 P.M., Foreign Minister Tomas Rivera will attend the cabinet meeting.\n\n"
    "On May 6, Minister Rivera will visit the border region.\n\n"
    "Answers to media questions:\n\n"
    "Question: What is the ministry's view of the talks?\n\n"
    "Ana Ruiz: We welcome them.\n"
)
# a news story whose headline names a briefing: the headline's words go on past the name, so it is no
# briefing's title line
BRIEFING_STORY = (
    "Briefing by Ana Ruiz angers the opposition\n\n"
    "The opposition criticised the ministry on Monday. The debate lasted two hours.\n"
)
# agency copy closing a paragraph with its source: "X reported this." credits the sentence before, as "This
# was stated by X" does (cues.x_said_this); the first sentence of the paragraph stays the narrator's
REPORTED_THIS = (
    "On Monday, Foreign Minister Ana Ruiz met her counterpart Tomas Rivera in Lima. The two discussed the "
    "floods in the north. The Foreign Ministry reported this.\n\n"
    "The floods closed three roads. The ministry reported this to parliament on Tuesday.\n"
)
# the same closing line from a unit of a named ministry ("The press service of the Ministry of Foreign Affairs
# reported this."; phrases._of_named_organisation)
UNIT_REPORTED_THIS = (
    "On Monday, Foreign Minister Ana Ruiz met her counterpart Tomas Rivera in Lima. The two discussed the "
    "floods in the north. The press service of the Ministry of Foreign Affairs reported this.\n"
)
# wire copy crediting a whole sentence from its end: the sentence's own speaker and the agency are both
# sources (cues.credits_host; phrases.outlet_noun_after_name); the outlet's own correspondent is not
WIRE_CREDIT = (
    "Foreign Minister Ana Ruiz on Monday announced a new aid package for the north, the Andina news agency "
    "reported.\n\n"
    "Tomas Rivera summarized the outcomes of the talks, Andina correspondent reports.\n"
)
# a readout's participle of an emphasis verb with a noun object (speech_verbs.txt flag "weighs"): the main
# clause's subject; a thing before it is no speaker, and ", noting the ..." stays no cue
READOUT_STRESSING = (
    "Foreign Minister Ana Ruiz received Tomas Rivera on Monday. During the meeting, Ruiz discussed bilateral "
    "relations with him, stressing on the depth of these relations.\n\n"
    "The agreement was signed in Lima, underlining the progress of the talks.\n\n"
    "Rivera signed the agreement, noting the date.\n"
)
# a headline with verbs in series (subject_of_series, [meeting verbs]): the speech verb after the comma is the
# subject's before the meeting verb; "appealed for" takes its object as content, as "called for" does; an
# "-s" form after a possessive is a noun
HEADLINE_SERIES = (
    "Ruiz meets envoys, appeals for closer ties in trade\n\n"
    "Lima - Foreign Minister Ana Ruiz on Monday hosted the envoys accredited to Lima.\n\n"
    "The UN's appeals for funds went unanswered.\n\n"
    "Tomas Rivera received the envoys, urged patience and said talks would go on.\n"
)
# a second source inside a reported "that"-clause (cues.inner_source): the clause's named subject with a speech
# verb of its own, after an adverbial at most; a pronoun there is no second source
INNER_SOURCE = (
    "Foreign Minister Ana Ruiz met her counterpart Tomas Rivera in Lima.\n\n"
    "Ruiz also disclosed that during the meeting, Rivera conveyed the message of his president to the talks.\n\n"
    "Ruiz said that she conveyed the thanks of her government.\n"
)
# a speech act inside a quoted readout (engine.quoted_speech_acts, cues.quoted_subject): the quotation is the
# ministry's, and a sentence of it opening with a third-person subject and a past speech verb is that subject's
# too (the gold rounds list both: "The two ministers affirmed ...," the ministry said). Hand-derived: "The two
# ministers" resolves to the two people named before (Ruiz and Rivera); "Ruiz stressed" after "Once again," is
# Ruiz's; "agreed" is an agreement (flag accord), "called X" a phone call, "welcomes" (present) the ministry's
# own voice: those sentences stay the ministry's alone. A quotation opening with a past speech verb after its
# subject ('Rivera "reaffirmed the support ..."') is Rivera's too; 'The two ministers "agreed to meet ..."' is not;
# "clarified some misunderstandings" names what was cleared up, no content: the ministry's alone
QUOTED_SPEECH_ACTS = (
    "Foreign Minister Ana Ruiz spoke with her counterpart Tomas Rivera on Monday.\n\n"
    "\u201cThe two ministers affirmed their commitment to the border treaty,\u201d the Foreign Ministry said.\n\n"
    "\u201cOnce again, Ruiz stressed that trade must grow,\u201d the ministry added.\n\n"
    "\u201cThe two ministers agreed that talks would continue,\u201d the ministry said.\n\n"
    "\u201cRivera called the minister to thank her,\u201d the ministry said.\n\n"
    "\u201cAndoria welcomes the new treaty with Peru,\u201d the ministry said.\n\n"
    "Rivera \u201creaffirmed the support of his government for the talks,\u201d the ministry said.\n\n"
    "The two ministers \u201cagreed to meet again in the spring,\u201d the ministry said.\n\n"
    "\u201cRivera exchanged views with the press and clarified some misunderstandings about the treaty,\u201d the "
    "ministry said.\n"
)
# a speech act inside another's reported clause (cues.host_clause_subject): the words from the clause's start to
# a past speech verb are one speaker phrase, so the sentence has both sources (the gold rounds list both).
# Hand-derived: "the State Department said Rivera reiterated ..." is the department's and Rivera's; "sources said
# both sides stated ..." the sources' and the two named before; "According to the ministry, Ruiz told ..." the
# ministry's and Ruiz's; "the people mentioned in the report" is a participle, "had never rejected" negated, "The
# daily reported its source said" no "said"-relay (and "its source" the daily's own), "his government" Rivera's own
# side, "the meeting" an event the ministry gives an account of ([event nouns] of names.txt): no second source
# there; "said that Rivera had spoken to the envoy and noted ..." gives "noted" the clause's subject, Rivera
# (cues.coordinated_clause_subject: his second verb after "and")
HOST_CLAUSE = (
    "Foreign Minister Ana Ruiz met her counterpart Tomas Rivera in Lima.\n\n"
    "The State Department said Rivera reiterated support for the border treaty.\n\n"
    "Sources said both sides stated the situation was not in their mutual interest.\n\n"
    "According to the Andorian foreign ministry, Ruiz told Rivera that the border must stay open.\n\n"
    "The ministry said that the people mentioned in the report were wrongly named.\n\n"
    "The ministry said the Andorian side had never rejected the talks.\n\n"
    "The daily reported its source said the envoy would resign.\n\n"
    "Rivera said his government regretted the delay at the border.\n\n"
    "The ministry said the meeting underlined the value of the treaty.\n\n"
    "The ministry said that Rivera had spoken to the envoy and noted the wish of his government for talks.\n"
)
# headlines with a speech verb in capitals (engine._capital_cue_parts) and a speaker with a place before the colon
# (engine._PLACE_TAIL_RE). Hand-derived: ", Says Top Andorian Diplomat Ahead of ..." credits the words before the
# comma to the role, which the lead gives to Ana Ruiz; "FOREIGN MINISTER RUIZ SAYS: ..." the words after it to
# Ruiz; "FM Ruiz in Lima: ..." the words after the colon to Ruiz; the title-case first line ending in "U.S." is a
# headline (engine._title_case) whose "Foreign Minister Says ..." is the minister's
CAPITAL_HEADLINE = (
    "Border Talks Will Not Be Easy, Says Top Andorian Diplomat Ahead of Lima Meeting\n\n"
    "LIMA - Andorian top diplomat Ana Ruiz said on Monday that the talks would be hard.\n"
)
CAPITALS_HEADLINE = (
    "AS ENVOYS GATHER IN LIMA, FOREIGN MINISTER RUIZ SAYS: TRADE MUST GROW AGAIN\n\n"
    "Foreign Minister Ana Ruiz said on Monday that trade must grow.\n"
)
PLACE_HEADLINE = (
    "FM Ruiz in Lima: Important to keep the border open for trade\n\n"
    "Foreign Minister Ana Ruiz said on Monday that the border must stay open.\n"
)
TITLE_CASE_HEADLINE = (
    "Foreign Minister Says Andoria Is Open To Talks With U.S.\n\n"
    "Andorian Foreign Minister Ana Ruiz said on Sunday that Andoria is open to talks.\n"
)
# a statement page whose headline names the speaker and whose next line repeats the heading with the place and
# date, over a first-person body (remarks_heading_speaker: a line opening with the heading again is a title)
REPEATED_HEADING = (
    "Press statement by Minister Ruiz in Lima\n\n"
    "Press statement by Andorian Minister of Foreign Affairs Ana Ruiz during her visit in Lima, 7 March 2026.\n\n"
    "Thank you, Minister Rivera, for having me here.\n\n"
    "We stand together in these difficult times.\n"
)
# a head of state's statement titled with the office and the name in apposition between commas, an address line,
# then a first-person body (remarks_heading_speaker: "statement by" of [remarks headings], the name group)
APPOSITION_STATEMENT = (
    "Statement by the President of the Republic of Andoria, Ana Ruiz, at the joint press conference with the "
    "President of Borduria, Karl Stein\n\n"
    "Distinguished media representatives,\n\n"
    "To my great pleasure today, I warmly welcome the President of Borduria.\n\n"
    "We also discussed the regional cooperation.\n"
)
# the office written after the name, no comma: the titled name, not "Ruiz Minister" (_heading_person)
STATEMENT_OFFICE_AFTER = (
    "Statement by Mr Karl Stein Minister for Europe and Foreign Affairs - Conversation with his counterparts\n\n"
    "On Saturday, I spoke on the phone with my counterparts.\n"
)
# a joint briefing's title naming the speaker, his label line with a footnote mark, the address lines, then a
# section heading over the first-person body (_own_label_line; salutation_run ends at its last greeting line)
LABELLED_BRIEFING = (
    "Joint Press Briefing by Prime Minister Ana Ruiz and Prime Minister of Borduria Karl Stein\n\n"
    "Prime Minister Ana Ruiz [1]:\n\n"
    "HE Prime Minister Karl Stein\n\n"
    "His Excellency, Ladies, Gentlemen, Reporters\n\n"
    "Elevating Our Partnership\n\n"
    "Today is a historic day for our two countries. We have signed a joint declaration.\n"
)
# a ministry's numbered release: a genre title, an issuer's line, a number line, a body in the first person
# plural (titled_release_body; statement_words.txt [release titles])
RELEASE = (
    "Press Release Regarding the Floods in the North\n\n"
    "Republic of Andoria Ministry of Foreign Affairs 03.05.2026\n\n"
    "No: 58, 3 May 2026\n\n"
    "We have learned with deep sorrow that twelve people lost their lives in the floods. Roads were closed.\n\n"
    "We call on all parties to let relief convoys pass.\n"
)
# a news report under such a title that quotes a ministry's "we": no release of the ministry
RELEASE_STORY = (
    "Ministry of Foreign Affairs issues press release on the floods\n\n"
    "“We call on all parties to let convoys pass,” the release read. Roads were closed on Monday.\n"
)
# a cue line ending in a colon over a quotation reopened at each paragraph and closed once; its speaker a
# title the lexicon does not know ("the Taoiseach"), named with it before (cue_line_quotations, title_holder)
CUE_LINE = (
    "Taoiseach and Minister for Foreign Affairs, Ana Ruiz TD, will attend the Council on Monday.\n"
    "On the floods, the Taoiseach said:\n"
    "“The floods are a tragedy. We will help.\n"
    "“All parties must let convoys pass.\n"
    "“I will raise this at the Council.”\n"
    "The Council meets at ten.\n"
)
# a line presenting an account ("Here is how X has reported ...:", statement_words.txt [account openers]) over
# closed quotation paragraphs: each paragraph is the spokesman's (account_line), not only the first; by hand:
# the speaker phrase is the words between "Here is how" and the auxiliary "has" before the verb "reported"
ACCOUNT_LINE = (
    "Ruiz and Rivera spoke on Friday.\n\n"
    "Here is how a Downing Street spokesman has reported the conversation which Ana Ruiz and Tomas Rivera "
    "had this afternoon (courtesy of a news site):\n\n"
    "\"The Prime Minister and President spoke for over 30 minutes today. They discussed the floods.\"\n\n"
    "\"The two leaders agreed to meet again in the spring. They will also talk by phone.\"\n"
)
# the same title after the name and a comma
CUE_LINE_AFTER_NAME = (
    "Ana Ruiz, Taoiseach, will attend the Council on Monday.\n"
    "On the floods, the Taoiseach said:\n"
    "“The floods are a tragedy.\n"
    "“I will raise this at the Council.”\n"
)
# a quotation, then its speaker in the passive ("is quoted"); a quotation with "is quoted" by nobody named
QUOTED_PASSIVE = (
    "Foreign Minister Ana Ruiz met her Chilean counterpart in Munich.\n\n"
    "“We have a very big difference on the border” Ruiz is quoted.\n\n"
    "“Talks will go on” is quoted in the press.\n"
)
# a spokesperson's briefing opening with a greeting of the press under a title the rules cannot read (another
# script): the unnamed briefer's (unnamed_briefer; statement_words.txt [briefing greetings]); a news story
# opening "Dear media" in a quotation is no briefing
GREETING = (
    "Стенограма брифінгу речника (англійською мовою)\n\n"
    "Dear media, it's great to have you all here. I'll start with our minister's visits.\n\n"
    "The minister held 27 calls this week.\n"
)
GREETING_STORY = (
    "Spokesman greets the press\n\n"
    "“Dear media, welcome,” the spokesman said. We waited for an hour.\n"
)
# pointers of a minister's press conference: the title names the office after "WITH" (and an honorific, "YB"),
# no person; a capitals section heading ("SITUATION IN BORDUVIA") is no briefer. By hand: every first-person
# sentence, under the heading too, is the office's (unnamed_briefer reads the office: "Minister of Foreign
# Affairs", title-cased as government pages write it)
POINTERS = (
    "POINTERS PRESS CONFERENCE WITH YB MINISTER OF FOREIGN AFFAIRS 11 JULY 2025\n\n"
    "Overview\n\n"
    "Over the past week, we held 21 meetings with our partners.\n\n"
    "SITUATION IN BORDUVIA\n\n"
    "We also emphasised the importance of continuity in our approach to the crisis.\n"
)
# a ministry's third-person release: the first sentence reports its minister's words "at the press
# conference" with a cue of its own, so "press conference" is no briefing title; the narration after it
# ("It is the second time ...") is nobody's (by hand: no briefer is labelled, named or questioned)
RELEASE_PRESS_CONFERENCE = (
    "Foreign Minister Ana Ruiz meets Borduvian Foreign Minister Tomas Rivera in Andor\n\n"
    "Foreign Minister Ana Ruiz met with her Borduvian counterpart, Tomas Rivera, on 8 March: “We want to "
    "improve our relationship”, the Foreign Minister emphasised at the subsequent press conference. It is the "
    "second time already that the ministers have met. Further meetings are planned for the months ahead.\n"
)
# a name after an outlet noun ("the newspaper Borduvia Vostoka") is the outlet's: "him" cannot refer to it, so
# by hand "According to him" is the minister's, the one person named before it
OUTLET_INTERVIEW = (
    "The Foreign Minister Ana Ruiz in an interview to the newspaper Borduvia Vostoka spoke about the border.\n\n"
    "According to him, a new situation is indeed developing at the border.\n"
)
# "the minister" after a speaker whose title the text does not give, when the only "minister" about is a
# Secretary of State (a broader term of his office): by hand, the minister who "further explained" is the
# last speaker, Ana Ruiz, not the visiting Secretary of State
UNTITLED_MINISTER = (
    "Ana Ruiz broke her silence on the visit of Secretary of State Tom Rivera.\n\n"
    "“Andoria has always respected that right,” Ana Ruiz said.\n\n"
    "The minister further explained that the meetings were bilateral.\n"
)
# a cue line whose subject is a clause ("as the Preamble ... proclaims:"), not a speaker phrase as a whole
CUE_LINE_CLAUSE = (
    "We must restore confidence so that, as the Preamble of the Universal Declaration of Human Rights proclaims:\n"
    "“recognition of the inherent dignity of all members of the human family is the foundation of freedom”.\n"
)
# a press conference's title lines over a bracketed translation note and a bullet list of topics: the note
# names no briefer, the topics are nobody's (briefer_line_speaker; [delivery notes] "provisional translation")
NOTE_LINE = (
    "Press Conference by the Chief Cabinet Secretary\n\n"
    "Wednesday, October 15, 2026 (PM)\n\n"
    "Press Conference by the Chief Cabinet Secretary (Excerpt)\n\n"
    "[Provisional Translation]\n\n"
    "Q&As\n\n"
    "  • The trade negotiations with the partners\n"
    "  • The floods in the north of the country\n"
    "  • The relations with the neighbours\n\n"
    "REPORTER: This morning you said that you had not yet been briefed. Have you been briefed since then?\n\n"
    "CHIEF CABINET SECRETARY RUIZ: The two leaders affirmed that they would aim to conclude the talks. That is "
    "my understanding.\n\n"
    "REPORTER: I have a related question. What are the chances?\n\n"
    "CHIEF CABINET SECRETARY RUIZ: I have no knowledge of that.\n"
)

# remarks under a long title line, lines of address and one paragraph per line, no blank lines between them
# (layout.title_lines_over_body: the block is lines, not one hard-wrapped paragraph; then remarks_body)
REMARKS_LINES = (
    "Remarks by Minister Ana Ruiz on the occasion of the monthly media briefing, Media Room, Andoria, "
    "12 May 2026\n"
    "Deputy Minister Tomas Rivera\n"
    "Members of the press\n"
    "On this day, ten years ago, the treaty was signed in Lima after long talks between the two governments "
    "and many rounds of consultations with the neighbours of both countries.\n"
    "The treaty remains a priority of our diplomacy. We will continue to defend it.\n"
    "Last month, the Deputy Minister visited the border region to show our support.\n"
)
# the same shape hard-wrapped: the lines after one ending a sentence break mid-sentence again
WRAPPED_REMARKS = (
    "The treaty was signed in Lima after long talks\n"
    "Between the two governments and their neighbours.\n"
    "It remains a priority of our diplomacy, the\n"
    "Minister said on Monday in Lima.\n"
)

# a minister's post quoted whole under "X made the following post ... :" (cues.RuleWords.following_cue), its
# paragraphs reopened with "“" or "»" and closed once, seven of them (cue_line_quotations)
FOLLOWING_POST = (
    "Foreign Minister Ana Ruiz made the following post on the X platform after her talks today, May 8, in Lima:\n"
    "“During our talks in Peru today, we discussed all aspects of our relations.\n"
    "»We have also held consultations on the issues on which we differ.\n"
    "“We agree to keep the positive climate between our countries.\n"
    "»There are many issues in the region. We will address them on the basis of law.\n"
    "»We attach great importance to our citizens living in Peru.\n"
    "“We conveyed our views on the border question.\n"
    "“I thank my counterpart Tomas Rivera for his warm welcome.”\n"
    "The post is accompanied by photographs.\n"
)

# a statement read out at a briefing: the reader's name, an aside between commas, "read the following
# statement:", then one quotation opened once (first paragraph) and closed once (third paragraph), the
# paragraph between without marks (cue_line_quotations, unmarked_run_end, subject_before_aside). Expected by
# hand: the reader is Ana Ruiz, so each sentence of the three paragraphs is hers; the paragraph after the
# closing mark has its own cue ("Asked ..., Ms. Ruiz said"), the line before it none.
READ_STATEMENT = (
    "Ana Ruiz, for the Office of the Special Envoy, read the following statement:\n"
    "“The committee met on Thursday under two co-chairs.\n"
    "Yesterday, dozens of members gave opening statements.\n"
    "The committee will continue its work today.”\n"
    "The floods closed two roads on Monday.\n"
)
# the same run left unclosed: no paragraph closes it, so only the first paragraph (its own quotation) is read
READ_STATEMENT_UNCLOSED = (
    "Ana Ruiz, for the Office of the Special Envoy, read the following statement:\n"
    "“The committee met on Thursday under two co-chairs.\n"
    "Yesterday, dozens of members gave opening statements.\n"
    "The floods closed two roads on Monday.\n"
)

# a bare statement with no title, in its issuer's present tense (issuer_voice_body): every sentence is the
# issuer's, named in full although the phrase parser reads only "The Government"
BARE_STATEMENT = (
    "The Government of the Republic of Andoria firmly rejects the agreement signed in Lima on 6 May 2026. "
    "That agreement is a threat to the sovereignty of Andoria.\n\n"
    "Andoria cannot be used as a bargaining chip. The dispute is properly before the International Court "
    "of Justice.\n"
)
# a foreign ministry's note naming its government by the state's adjective, "has" parted from an irregular
# participle by a phrase between commas (national_body, ISSUER_VOICE_RE): the whole note is the government's
NATIONAL_NOTE = (
    "The Chilean Government has, in a constructive way, sought a solution to the impasse over the presidency "
    "of the bloc. Minister Ana Ruiz visited Lima on July 5 with that aim.\n\n"
    "Chile considers Andoria a strategic partner.\n"
)
# the same opening in a report's past tense: no note
NATIONAL_REPORT = (
    "The Chilean Government sought a solution to the impasse over the presidency of the bloc.\n\n"
    "Chile considers Andoria a strategic partner.\n"
)
# an office's statement about its principal: a "Statement by" line ending in a full stop names him, the body
# opens with him in the third person (titled_principal_body); a readout opening with someone else is not his
PRINCIPAL_STATEMENT = (
    "President's statement on meeting Ana Ruiz\n"
    "Statement by President of Andoria Karl Stein following his meeting with Prime Minister Ana Ruiz.\n"
    "President Karl Stein today formally met with Prime Minister Ana Ruiz. They covered a wide range of issues.\n"
    "The President was accompanied by the Minister for Justice.\n"
)
PRINCIPAL_READOUT = (
    "Statement by President of Andoria Karl Stein following his meeting with Prime Minister Ana Ruiz.\n"
    "The delegations met in Lima on Monday. They covered a wide range of issues.\n"
)
# a ministry's rebuttal in its present perfect, quoting the President's words below a line ending in a colon
BARE_REBUTTAL = (
    "The Ministry of Foreign Affairs and Trade has noted with dismay a report in the Daily Star.\n\n"
    "The report creates the impression that the President spoke against the talks. For the avoidance of "
    "doubt, his words are reproduced below:\n\n"
    "\"We are about to enter a delicate period. There is a lot of room for dialogue.\"\n\n"
    "The talks will resume in June.\n"
)
# a ministry's release under a headline with no statement, opening in its present tense ("wishes to inform";
# issuer_voice_body after one title line): the body is the ministry's, the headline nobody's
HEADED_RELEASE = (
    "HIS EXCELLENCY THE PRESIDENT UNDERTAKES OFFICIAL VISIT TO THE REPUBLIC OF LIMA\n\n"
    "The Ministry of Foreign Affairs of Andoria wishes to inform the public that the President will visit Lima "
    "on 8 May 2026.\n\n"
    "During the Visit, the President will meet his counterpart.\n\n"
    "The President will return to the capital on the same day.\n"
)
# a news report under a headline without a cue, its lede in the present perfect: no release
HEADED_REPORT = (
    "Convoy attacked near Lima\n\n"
    "The Ministry of Foreign Affairs of Andoria has condemned the attack on a convoy near Lima.\n\n"
    "The attack killed five people on Sunday.\n"
)
# a release whose genre line names its issuer after a dash ("Press Release – X"; issuer_in_line): the issuer
# is X, not "Release X" (the genre word cut from its phrase)
DASHED_RELEASE = (
    "Press Release \u2013 Andorian Islands Forum Secretariat\n\n"
    "I remain steadfast behind the Leaders decision on the appointment of the next Secretary General.\n\n"
    "We have upheld our principles and values.\n"
)
# a cue line in the present perfect ("has made the following statement concerning ...:"), its subject a title
# the parser cannot read whole ("the 47-nation Council") with the speaker's name in apposition
# (following_cue with its auxiliary; subject_before_aside)
APPOSITION_CUE_LINE = (
    "Secretary General concerned by violations in Andoria\n\n"
    "The Secretary General of the 47-nation Council of Lima, Marija Buric, has made the following statement "
    "concerning Andoria:\n\n"
    "\u201cThe Council is gravely concerned about the threats. The arrests are worrying.\u201d\n"
)
# a press release under a distributor's dateline ("CITY, date/Distributor Name (INITIALS)/ —", layout's
# "agency between slashes") whose lead "X, Managing Director of Y, made the following statement ...:" heads
# quotation paragraphs, one closed and the next reopened. By hand: the dateline is no speaker, the subject
# before the aside is Ana Ruiz, and every quotation paragraph under the cue (the closed one and the two after
# it) is hers; the narration after them is nobody's.
DISTRIBUTED_STATEMENT = (
    "Fund Chief Meets Prime Minister of Andoria\n\n"
    "LIMA, April 4, 2014/African Press Organization (APO)/ \u2014 Ms. Ana Ruiz, Managing Director of the "
    "Andean Fund (AF), made the following statement in Lima today:\n\n"
    "\u201cIt has been a great pleasure to meet Prime Minister Smith today.\n\n"
    "\u201cOur meeting was an opportunity to discuss the reforms.\u201d\n\n"
    "\u201cYet, the economic situation remains fragile. Growth is weak.\n\n"
    "\u201cI welcomed the government\u2019s firm commitment to reform.\u201d\n\n"
    "The Fund approved a loan in March.\n"
)
# a joint statement's numbered paragraph set off by a run of spaces ("2.    Both Leaders welcomed ...", as
# pages copied from word processors print it; PARAGRAPH_NUMBER_RE), and a directive with a "that"-clause
# ("direct_that" in speech_verbs.txt) beside one with an infinitive (a work plan, no statement)
WIDE_NUMBERED = (
    "JOINT STATEMENT\n\n"
    "The President of Andoria, John Smith and the Prime Minister of Lima, Ana Ruiz held talks in Lima.\n\n"
    "2.    Both Leaders welcomed the key milestones celebrated this year.\n\n"
    "3.    Both Leaders directed that their Foreign Ministers undertake a joint visit to the border. "
    "The Leaders directed their Senior Officials to convene in August.\n"
)
# a report: under a headline, or naming the ministry with a postposed "said"
BARE_REPORT_HEADLINE = (
    "Andoria condemns attack on convoy\n\n"
    "The Ministry of Foreign Affairs of Andoria has condemned the attack on a convoy near Lima.\n\n"
    "The attack killed five people on Sunday.\n"
)
BARE_REPORT_SAID = (
    "The Ministry of Foreign Affairs of Andoria condemns the attack on the convoy, the ministry said on Monday.\n\n"
    "The attack killed five people on Sunday.\n"
)
# a speech opening with its government: not a bare statement's full official name
SPEECH_GOVERNMENT = (
    "My Government warmly welcomes the theme of this debate.\n\n"
    "The world faces many crises. The Organization must respond.\n"
)

# a quotation introduced by "said;" and left open at its paragraph's end, the next paragraph reopening it
# at every sentence and never closing it (reopened_paragraphs); "Asked for comment," before the subject
REOPENED_PARAGRAPHS = (
    "Asked for comment, the Prime Minister of Andoria, Ana Ruiz, said; \u201cAfter reading the reports, I am "
    "clear that the colonel went out fishing.\n\n"
    "\u201cThat the boat spotted the colonel is pure coincidence. \u201cOnly in the Pacific do such "
    "coincidences abound.\n\n"
    "The complaint to the authority was rejected.\n"
)


# a minister's statement quoted under a headline: a closed quotation with its cue, then a quotation opened
# with a straight single quote and never closed, carried on by plain paragraphs to the end (unclosed_run)
UNCLOSED_STATEMENT = (
    "Foreign Minister welcomes the truce\n\n"
    "'Andoria welcomes the truce in the north. It is crucial', said Minister of Foreign Affairs Ana Ruiz.\n\n"
    "'The truce will make it possible to send more aid than before. Convoys can reach the north.\n\n"
    "I hope this will give the people a much-needed break.\n\n"
    "This has been an Andorian demand since May. We urge all parties to honour the truce.\n"
)
# a report with the same opening mark, whose later paragraph has a cue of its own: the run is not the page
UNCLOSED_REPORT = (
    "Andoria welcomes truce\n\n"
    "'Andoria welcomes the truce in the north', said Minister of Foreign Affairs Ana Ruiz.\n\n"
    "'The truce will make it possible to send more aid. I hope it holds.\n\n"
    "Aid agencies said convoys were ready. The first left on Monday.\n"
)

# a report whose speaker goes on in the first person without quotation marks after her statement (first_person_run;
# after freshnewsasia AS): a report's narrator says no "we", but a reporter's own "we" narrates in the past
FIRST_PERSON_REPORT = (
    "Minister briefs diplomats\n\n"
    "Foreign Minister Ana Ruiz met the diplomatic corps on Monday.\n\n"
    "The foreign minister stressed that Andoria's position is clear. Andoria has endured the scars of conflict. "
    "It is because of this experience that we always choose peace. We are ready to talk at any time.\n\n"
    "The meeting was attended by forty embassies.\n"
)
# the same report with a reporter's own "we" in the past tense: no run (and the text's voice is first-person)
FIRST_PERSON_REPORTER = (
    "Minister briefs diplomats\n\n"
    "The foreign minister Ana Ruiz stressed that Andoria's position is clear. We saw the ambassadors leave.\n"
)

# a speech printed under a lead sentence naming its speaker, opening with thanks to the chair and a salutation,
# with bullet points (lead_speech_body; SPEECH_OPENING_RE)
LEAD_SPEECH = (
    "Speaking to EU leaders at the summit, Foreign Minister Ana Ruiz said that Europe must do more for peace.\n"
    "Thank you, Tomas. Dear colleagues,\n"
    "I have just come back from the north and the situation there is still fragile.\n"
    "• We need to keep every channel open;\n"
    "• We need a ceasefire that holds.\n"
    "The sanctions package is significant.\n"
)
# a report whose lead names a speaker, then goes on in the reporter's words: no speech opens under it
LEAD_REPORT = (
    "Foreign Minister Ana Ruiz said on Monday that Europe must do more for peace.\n\n"
    "Thanks to the ceasefire, aid reached the north on Sunday. We saw the first trucks arrive.\n"
)
# a briefing's opening statement under a title naming the briefer's office before the genre, read in the third
# person (titled_briefing_body; statement_words.txt [briefing titles])
OFFICE_BRIEFING = (
    "Presidential Spokesperson media briefing\n\n"
    "President Halvorsen will this afternoon host President Rivera for a working visit.\n\n"
    "The two leaders are expected to discuss the floods.\n"
)
# a report on such a briefing: the reporter's "said" outside quotation marks, so the body is the reporter's
OFFICE_BRIEFING_REPORT = (
    "Presidential Spokesperson media briefing\n\n"
    "The spokesperson said the President would host President Rivera.\n\n"
    "The two leaders are expected to discuss the floods.\n"
)
# an organisation before the genre names no one who speaks
HOUSE_BRIEFING = (
    "White House press briefing\n\n"
    "President Halvorsen will host President Rivera on Monday.\n"
)
# a relative clause on the subject between commas, and a headline credit set against its dash ("-PM X")
WHO_CLAUSE = (
    "Andoria to brief partners on border row -PM Ruiz\n\n"
    "Prime Minister Ana Ruiz spoke to reporters on Monday.\n\n"
    "The Prime Minister, who is a retired Chief of Staff of the army, said that the partners will be briefed.\n\n"
    "Ms. Ruiz wondered whether the row would end soon.\n"
)

# a readout that quotes a message under a cue line naming no speaker ("The message reads, in part:"): the
# message is its author's, the sender named before it (document_cue_line, [document nouns], [sending verbs])
DOCUMENT_SENT = (
    "Ana Ruiz sent a message of congratulations to Tomas Rivera.\n\n"
    "The message reads, in part:\n\n"
    "“Your election reaffirms the trust of your people.\n\n"
    "I am confident that our cooperation will grow.”\n\n"
    "The two ministers will meet in May.\n"
)
# the sender left unnamed by a passive: the latest speaker who is one speaker (not "both sides")
DOCUMENT_PASSIVE = (
    "President Ana Ruiz warmly congratulated Tomas Rivera on his election.\n\n"
    "Both sides expressed satisfaction with the level of cooperation.\n\n"
    "A message of congratulations was also sent to Tomas Rivera.\n\n"
    "The text of the message reads as follows:\n\n"
    "“The results of the voting reaffirm your high reputation.\n\n"
    "I hope we will continue our open dialogue.”\n"
)
# a document named as the subject of a sentence, with no author of its own ("The letter states that ..."):
# its sender, the subject of "sent a letter" in a sentence before it (sender_before); an organisation too
DOCUMENT_SUBJECT = (
    "Prime Minister Ana Ruiz sent a letter to the Secretary-General on Friday. "
    "The letter states that the sanctions must be lifted.\n\n"
    "The Foreign Ministry issued a statement on Saturday. According to the statement, the talks will resume.\n"
)
# a readout under "A Downing Street spokesperson said:": "raised the potential impact" is the principal's speech
# act (speech_verbs.txt "raise_the_potential"); "raised funds" is no cue; a readout's title "X call with Y"
# holds a noun, no cue (cues.call_with)
READOUT_RAISED = (
    "Readout: Foreign Secretary call with Tomas Rivera\n\n"
    "A Downing Street spokesperson said:\n\n"
    "The Prime Minister held a telephone call with President Rivera this afternoon.\n\n"
    "The Prime Minister raised the potential impact of sanctions on firms trading with Andoria.\n\n"
    "The charity raised funds for the victims.\n"
)
# a briefing summary under a byline (remarks_body): a date line with a time, and a numbered section title printed
# on the line over its bullets (no blank line between), are no sentences, nobody's (title_line)
NUMBERED_TITLE = (
    "Summary of Weekly Press Briefing 3 March 2026 at 11.00 hrs.\n\n"
    "Summary of Weekly Press Briefing\n\n"
    "By Director-General of Department of Information/Spokesperson of MFA\n\n"
    "Friday, 3 March 2026 at 11.00 hrs.\n\n"
    "Press Conference Room, MFA and MFA FB Live\n\n"
    "  1. Floods in the north\n"
    "  • Andoria has been following the floods closely. We are prepared to help.\n\n"
    "  2. Preparations for the summit\n"
    "  • Due to the summit, the Ministry has issued an advisory. We will update it.\n"
)
SALUTATION_LINES = (
    "Remarks by Minister Ana Ruiz on the occasion of the monthly media briefing, Pretoria, 12 May 2026\n"
    "Deputy Minister of Foreign Affairs, Ms Rivera\n"
    "Director-General and senior officials\n"
    "Members of the press\n"
    "On this day ten years ago, we signed the border treaty. We remain committed to it.\n"
)

# A UN agency's briefing notes (UNHCR, WFP, UNICEF: "This is a summary of what was said by X - to whom quoted
# text may be attributed - at ...", [briefing headings] "what was said by"), copied with hard breaks every ~290
# characters (layout.wrapped_paragraphs): the metadata lines ("BRIEFER: ...") and the summary said again without
# the name are no statements (briefing_intro_end); every body sentence without a source is the briefer's, the
# "According to ..." sentence its own source's. Expected by hand: the body is Ana Ruiz's, the intro lines nobody's.
_LONG = (
    "The number of people arriving on the islands of the region continues to rise, averaging 800 people a day, "
    "and the reception centres on the three largest islands are now well beyond their capacity and"
)
BRIEFING_NOTES = (
    "Briefing Notes, 3 March 2026\n"
    "This is a summary of what was said by WFP spokesperson Ana Ruiz - to whom quoted text may be attributed - "
    "at the press briefing, on 3 March 2026, at the Palais des Nations in Geneva.\n"
    "Geneva, 03.03.2026\n"
    "BRIEFER: Ana Ruiz, WFP Spokesperson\n"
    "This is a summary of what was said by the WFP spokesperson at today's press briefing in Geneva.\n"
    "WFP warns of growing hunger on the islands\n"
    + _LONG + "\n"
    "overcrowded. Food stocks will last two weeks. According to the port authority, 40 boats arrived on "
    "Tuesday. An urgent response is needed before the situation deteriorates further and the season turns.\n"
)
# a UK lobby briefing record ("Briefing from the Prime Minister's Spokesman on: ...", [briefing headings]
# "briefing from"): the body's unmarked sentences are the spokesman's, the topic heading nobody's
LOBBY_BRIEFING = (
    "Morning Press Briefing From 3 March 2026\n"
    "Briefing from the Prime Minister's Spokesman on: Andoria, the budget and miscellaneous\n"
    "Andoria\n"
    "Asked for the Prime Minister's reaction to the elections in Andoria, the Prime Minister's Spokesman said "
    "that we had seen the reports but that it was not something we were looking into at the moment, and "
    "that the Foreign Secretary would be speaking to his counterpart later in the week about the matter.\n"
    "The PMS went on to draw attention to the G8 statement which had been issued from Japan this morning.\n"
)
# a ministry's statement under a title naming it (titled_issuer_body), speaking of itself in the third person;
# a reported cue "inferred that" (speech_verbs.txt: imply/infer) keeps its own source. Expected by hand: the
# unmarked sentences are the ministry's, "Minister Young inferred ..." Young's.
TITLED_ISSUER = (
    "Statement by Ministry of Foreign Affairs & Foreign Trade re: Assistance to stranded nationals.\n\n"
    "The Ministry of Foreign Affairs and Foreign Trade of Andoria finds it regrettable that the matter was "
    "raised in public.\n\n"
    "Minister Young inferred that the Government of Andoria was one of such countries. The reality is that "
    "Andoria did no more than convey requests for assistance.\n\n"
    "Andoria continues to treasure the strong fraternal relationship it enjoys with its neighbour.\n"
)
# a ministry's statement titled "Statement of <issuer> regarding ..." (titled_issuer_body, "of" as ministries
# title them) whose body has no cue at all: expected by hand, every body sentence is the ministry's, named as the
# title names it up to the lower-case "regarding"; the closing place-and-date line is nobody's
TITLED_ISSUER_OF = (
    "Statement of the Foreign Ministry of Andoria regarding the visit of the Prime Minister of Borduria\n\n"
    "On 8 August 2012, the Prime Minister illegally entered the sovereign territory of Andoria. This act was "
    "done in violation of international legal norms.\n\n"
    "Borduria must be aware that the international position on Andoria's territorial integrity is unshaken.\n\n"
    "Andor City, 9 August 2012\n"
)
# a communiqué quoting its chairman in a paragraph opened by a quotation mark, after a paragraph opening "In his
# opening remarks, <person> outlined ..." (remarks_lead_of; the nouns of [remarks headings]): expected by hand, the
# quotation's sentences are Pierre's, the lead sentence itself (a speech act without content) nobody's; a
# quotation after a lead that opens otherwise ("In the afternoon, ...") is not credited so
REMARKS_LEAD = (
    "Communiqué of the 75th Meeting of the Authority\n\n"
    "In his opening remarks, Prime Minister Philip Pierre outlined the main priorities of his Chairmanship.\n\n"
    "“Over the course of my Chairmanship, I intend to steer our efforts towards progress. We must put people "
    "first.”\n\n"
    "In the afternoon, Prime Minister Terrance Drew opened the session.\n\n"
    "“Trade in the region grew by ten per cent.”\n"
)
# a headline crediting its words after a spaced dash to a body the text names otherwise ("Tajik MFA" over "the
# Tajik Foreign Ministry said"): _same_state_body finds the one organisation of that state speaking in the body;
# expected by hand, the headline is the Kyrgyz Foreign Ministry's (a real state: its adjective must be known)
HEADLINE_SAME_STATE_BODY = (
    "Border issue not discussed in Minsk - Kyrgyz MFA\n\n"
    "The border issue was not discussed at the meeting in Minsk, the Kyrgyz Foreign Ministry said on Monday.\n"
)
# a ministry's published "commentary" (titles.txt [documents]) speaks for its author, as "the statement of X" does:
# expected by hand, the that-clause is the Kyrgyz MFA's
COMMENTARY_OF = "The commentary of the Kyrgyz MFA states that the talks in Minsk did not touch on the border.\n"
# a communiqué a report reproduces in full after a line naming it and ending in a colon (reproduced_issuer_body),
# opening with a state's formal name (titles.txt [state names]) and a present tense "rejects": expected by
# hand, the communiqué's narrative sentence ("Following instructions ...", no cue of its own) is the state's,
# named by the state its formal name ends with ("Plurinational State of Bolivia": Bolivia, short_state_name);
# the report's own lead before the line is not credited by the rule
REPRODUCED_COMMUNIQUE = (
    "Bolivia rejects statements by the president of Andoria\n\n"
    "Bolivia calls for a dialogue, as reflected in an official communiqué published on the X social network.\n\n"
    "Following, the full text of the Communiqué:\n\n"
    "The Plurinational State of Bolivia rejects the statements by the President of Andoria during a show "
    "held last Friday.\n\n"
    "Following instructions from abroad, president Rivera has shown a conduct contrary to the treaty of 1904.\n\n"
    "La Paz, October 28, 2026\n"
)
# the same with a reporter's "said" after the line: the report's narrator goes on, no issuer's body
REPRODUCED_COMMUNIQUE_REPORT = REPRODUCED_COMMUNIQUE.replace(
    "La Paz, October 28, 2026", "The communiqué was read out on television, the ministry said."
)
# a statement titled by its genre only (titled_statement_body), its body narrating in the third person and its
# issuer named with a present tense ("The Pacific Islands Forum Secretariat remains committed"): expected by
# hand, the narrative sentences without a cue are the secretariat's
GENRE_TITLED_STATEMENT = (
    "Spokesperson\u2019s statement on the Andoria summit\n\n"
    "Secretary-General Ana Ruiz visited Andoria earlier this month. At the conclusion of the visit, a "
    "Departure Statement was issued.\n\n"
    "It has also been agreed that the Secretariat will help with the training of journalists.\n\n"
    "The Pacific Islands Forum Secretariat remains committed to assisting Andoria.\n"
)
# a statement titled by its genre only and signed at its foot (footer_statement_body): the body is in the issuer's
# voice with no cue and the legal adjective "the said" (no reporter's "said"); expected by hand: both body sentences
# are the ministry's, as the signature block names it, and the signature lines are nobody's
FOOTER_SIGNED_STATEMENT = (
    "Govt Speaks On Minister\u2019s Statement\n\n"
    "PRESS STATEMENT\n\n"
    "There are press reports suggesting that the Honourable Minister disowned his statement.\n\n"
    "For the record, the Honourable Minister has not retracted his statement. The said reports are "
    "mischievous.\n\n"
    "Ana Ruiz (Spokesperson)\n\n"
    "MINISTRY OF FOREIGN AFFAIRS OF ANDORIA\n\n"
    "5 November 2019\n"
)
# the same as a reporter's text ("..., the ministry said."): a narrator, no issuer's body
FOOTER_SIGNED_REPORT = FOOTER_SIGNED_STATEMENT.replace("The said reports are mischievous.",
                                                       "The reports are false, the ministry said.")
# a wire's dateline ending in a spaced dash before a block cue: expected by hand, the speaker is the phrase after
# the dash ("The Royal Court"), not the agency's name before it
DATELINE_DASH_BLOCK = (
    "Andoria Stands by Borduria\n\n"
    "Riyadh, Apr 3, 2021, SPA -- The Royal Court issued the following statement:\n"
    "The Kingdom of Andoria affirms its full support for Borduria.\n"
    "This is based on the close bonds of brotherhood that bind the two countries.\n"
)
# the same with a long section heading in capitals (over twelve words) and one run into a paragraph's end
# ("... vice versa. BACKGROUND"): expected by hand, both are headings, nobody's; the sentences stay the issuer's
CAPITALS_HEADINGS = GENRE_TITLED_STATEMENT.replace(
    "It has also been agreed",
    "THE BRIEFING TO THE MEMBERS OF THE DIPLOMATIC CORPS ON THE STATUS OF THE RELATIONS WITH ANDORIA\n\n"
    "Our priority has been to strengthen relations with neighbouring countries, because their growth, "
    "security and prosperity are ours too. BACKGROUND\n\nIt has also been agreed",
)
# a dateline and a courtesy call ("received a courtesy call from ...": "call" is a noun after "a" and its
# modifier, a meeting, no speech); expected by hand: no statement there, the later "said" is Rivera's
COURTESY_CALL = (
    "PUTRAJAYA: Prime Minister Tomas Rivera today received a courtesy call from 12 ambassadors of Andoria.\n\n"
    "Rivera said the envoys must promote trade with the region.\n"
)
# a wire headline: a state before a capitalised headline verb over its ministry's statement, the ministry
# named without the state (a real state: the gazetteer must know it); expected by hand: the headline's words
# after the verb are the state's
STATE_HEADLINE = (
    "Norway Condemns Attack On Border Post\n\n"
    "The Ministry of Foreign Affairs condemned the attack on the border post, saying it was a grave violation "
    "of sovereignty.\n"
)
# a ministry's headline: a meeting before the colon, the words after it the first person's (Rivera, who
# meets); lower case after the colon goes on narrating (nobody's). Expected by hand from the subject.
MEETING_LEAD = (
    "PM Rivera meets President Ruiz: Andoria willing to help overcome challenges in the region\n\n"
    "Prime Minister Tomas Rivera said Andoria was willing to help. President Ana Ruiz thanked him and said "
    "Borduria welcomed the offer.\n"
)
# the headline abbreviation "PM" before a colon is the Prime Minister the body quotes (a title of titles.txt,
# not an acronym of an organisation); expected by hand: the words after the colon are his, named in the lead
PM_LEAD = (
    "PM: No fallout with Borduria\n\n"
    "THE Prime Minister says there is no diplomatic fall out between this country and Borduria.\n\n"
    "At a news conference on Saturday, Prime Minister Tomas Rivera said the relationship was as good as ever.\n"
)
MEETING_LEAD_NARRATED = MEETING_LEAD.replace(": Andoria willing to help", ": they talk about how to help")
# a report under such a title has a narrator ("said" outside quotation marks): no issuer's body
GENRE_TITLED_REPORT = GENRE_TITLED_STATEMENT.replace("this month.", "this month, officials said.")
# a release's closing dash attribution naming a president's press service at length (translated wire copy):
# the phrase does not parse whole, its head before the first "of" does. Expected by hand: the quoted sentence
# is the press service's
DASH_PRESS_SERVICE = (
    "On 16 August, President Ana Ruiz had a telephone conversation with President Tomas Rivera.\n\n"
    "\"Important investment projects and cultural programs are being continued,\" - the press service of the "
    "president\u2019s office of Andoria reported.\n"
)
# a government release crediting its head's unit with a postposed cue (Croatian government release: "They
# discussed ways of ..., the Croatian prime minister's press office said in a statement."): a lower-case
# possessive office ("prime minister's") before a unit of two organisation words ("press office") is one
# organisation (phrases.organisation_noun). Expected by hand: the sentence is the press office's
PM_PRESS_OFFICE = (
    "Prime Minister Ana Ruiz and her counterpart Tomas Rivera met in Andoria City.\n\n"
    "They discussed ways of strengthening trade, the Andorian prime minister\u2019s press office said in a "
    "statement.\n"
)
# a report under such a headline has a narrator ("said" outside quotation marks): no issuer's body
TITLED_ISSUER_REPORT = (
    "Statement by Ministry of Foreign Affairs draws criticism\n\n"
    "The opposition criticised the ministry on Monday.\n\n"
    "The statement was unhelpful, a spokesman for the opposition said.\n"
)
# a readout's greetings: welcoming a person or delegations is no statement (speech_verbs.txt "welcome : greet",
# statement_words.txt [guest nouns]); welcoming a decision or someone's comments stays one
GREETINGS = (
    "President Ana Ruiz received and welcomed to Andoria delegations that are in the country for the summit. "
    "Ms. Ruiz warmly welcomed President Tomas Rivera of Borduria and discussed with his guest matters of "
    "mutual interest. President Ruiz welcomed the decision of the two parliaments to meet in June. "
    "President Ruiz also welcomed President Tomas Rivera's comments that the border would reopen.\n"
)
# a mistyped closing mark (an opening “ before the full stop) closes the quotation (quote_marks.pair_marks)
MISTYPED_CLOSE = (
    "The Prime Minister said: “If ever we must speak for the people it is now. The antidote is unity “.\n\n"
    "The meeting ended at noon.\n"
)

# a Gulf ministry's release: an honorific before "the" and the title ("HE the Foreign Minister Sheikh ..."),
# then "His Excellency" alone as the pronoun of the minister (phrases.honorific_name); by hand: both cue
# sentences report the one titled speaker, Tamim bin Omar Rivera
HONORIFIC_RELEASE = (
    "Doha – Information Office – 07 June\n\n"
    "HE the Foreign Minister Sheikh Tamim bin Omar Rivera said that the measures were surprising. "
    "His Excellency added that all parties want good relations with their neighbours.\n"
)

# a league's release: "X, the spokesperson ..., quoted Y as stating that ..." has two sources, Y (whose words)
# and X (who passes them on: engine.quoting_sources); by hand, both are credited with the clause
QUOTING_RELEASE = (
    "Ana Ruiz, the spokesperson for the Secretary-General, quoted Mr. Tomas Rivera as stating that the "
    "talks have stalled.\n"
)

# agency copy naming a ministry's statement as the source of the sentence before it (cues.passive_with_agent,
# a document and its author in place of "by X"); by hand: the dateline sentence is the ministry's, and so is
# the sentence naming the statement (the gold rounds list both); a document with no author names no one
STATED_IN_STATEMENT = (
    "Andoria is concerned about the floods\n\n"
    "Lima ( -- Andoria is concerned about the floods in Borduria and follows the situation closely. This was "
    "stated in the statement of the Ministry of Foreign Affairs of Andoria.\n\n"
    "The border will stay open until May. This was announced in a joint communiqué issued by the Foreign "
    "Ministry of Peru.\n\n"
    "The talks will resume in June. This was stated in a press release on Monday.\n"
)

# a release retold by an agency: "In the press release it is indicated that ..." and "In the statement, ..."
# open sentences that are the document's (engine.document_opens_sentence), so its author's: by hand, the
# ministry named as the release's issuer in the sentence before (the organisation that spoke last); "In the
# morning, ..." names no document; "In its latest report, <title>, X warns ..." (a possessive pointing ahead)
# is no opener
IN_THE_RELEASE = (
    "Following the meeting, the Ministry of Foreign Affairs of Andoria issued a press release. In the press "
    "release it is indicated that the two ministers discussed their differences candidly.\n"
    "In the statement, the two ministers “were able to have a cordial exchange about the border.”\n"
    "In the morning, the two ministers visited the port of Lima together.\n"
    "In its latest report, Global Outlook 2026, the Andorian Institute warns of rising seas.\n"
)

# a communiqué's meeting: "the participants" (titles.txt [collective], a group) speak in it; by hand, the
# group is the sentence's own subject phrase (no two people named before it), and "They" carries it on
MINUTES_PARTICIPANTS = (
    "Communiqué of the ministerial session on the floods\n\n"
    "The participants requested the commission to send relief teams to the north. They called on all "
    "parties to keep the roads open.\n"
)

# a wire relaying a joint communiqué goes on with "it said": "it" is the document that has spoken (the
# communiqué is the speaker of the first sentence, "..., said a joint communique"); by hand, the trailing
# ", it said" and the opening "It said ..." of the later sentences name the communiqué, no one else
IT_SAID_COMMUNIQUE = (
    "Andoria and Borduria agreed Monday in Lima to open the border, said a joint communique.\n"
    "The two ministers also met the president and held talks on trade, it said.\n"
    "It said the meeting opened with a statement from the Andorian minister.\n"
)

# a minister's statement printed in full under a line presenting it ("Here is the statement issued by X
# ..."), in the first person and without quotation marks (engine.presented_statement_body); by hand: the
# author's phrase runs from "by" to the comma, so every body sentence without a source of its own is
# Ingrid Halvorsen's; the report's headline line is nobody's
PRESENTED_STATEMENT = (
    "Andorian minister meets her Borduran counterpart over the border row\n\n"
    "Here is the statement issued by Ingrid Halvorsen, Andoria's Minister for Foreign Affairs, after the "
    "meeting\n\n"
    "Today I held constructive discussions with the Borduran Minister of State.\n\n"
    "It is reassuring to know that Borduria does not endorse those remarks.\n"
)

# a communiqué whose "they" follows a nearer group subject than the last speaker: "The European Ministers
# congratulated ..." spoke first, then "The Ministers discussed ... They agreed ... They stressed ...": by
# hand, "They" carries on the group the nearest sentence not opening with "They" names, "The Ministers"
# (canonical without the article), not the earlier speakers
THEY_NEARER_GROUP = (
    "Joint Communiqué of the meeting in Lima\n\n"
    "2. The European Ministers congratulated the people of Andoria on the election.\n\n"
    "3. The Ministers discussed ways to strengthen cooperation. They agreed that the region is full of "
    "opportunities. They stressed that regional dialogue can serve common goals.\n"
)

# "In the document," names a text of anyone (a manifesto posted online), not a release of the organisation
# that spoke last: by hand, the sentence has no speech cue, so nobody's (the writer is the manifesto's)
IN_THE_DOCUMENT = (
    "The Peruvian government said eight Peruvians died in the attack. Police were investigating whether a "
    "manifesto posted online was written by the suspect. In the document, the writer supposes a “replacement "
    "brought on by an invasion” of strangers into the valley.\n"
)

# a document named by its state's adjective: "the US statement" is the United States' (state names of
# titles.txt: "us" -> United States), not the organisation that spoke last (the SDF)
STATE_DOCUMENT = (
    "The SDF said the fighters would stay in the camps. Then both nations issued statements, and the US "
    "statement spoke of Turkey assuming the duty of guarding the camps.\n"
)

# a joint communiqué in numbered paragraphs: the number is no part of the sentence, whose subject "The two
# Ministers" opens it after "4. " (by hand: a plural role noun before "underscored", no two people named
# with a title, so the group phrase itself); a numbered title line without a full stop stays nobody's
NUMBERED_COMMUNIQUE = (
    "1. Thailand’s position on the floods\n\n"
    "3. The Minister of Foreign Affairs of Andoria hosted the Minister of Foreign Affairs of Peru in Lima.\n\n"
    "4. The two Ministers underscored the importance of holding regular consultations.\n\n"
    "5. The Ministers commended the efforts by the two Governments to fight the floods.\n"
)
# minutes that go on with "they" after a plural group opening an earlier sentence (by hand: "They" has no
# person, state or organisation before it; the group that opens the sentence before, "The participants")
MINUTES_THEY = (
    "The participants were given information about the floods in the north, and they affirmed their "
    "solidarity with the victims. They called on the people to take a calm approach.\n"
)
# a ministry's statement whose opening line announces its numbered points (by hand: the line ends in a block
# cue of statement_words.txt, "would like to clarify the following:", after its issuer; every point below is
# the ministry's, and the cue line itself has no content of its own, so no statement starts there; points
# under a line ending in a colon keep their numbers, see COLON_LIST)
CLARIFY_POINTS = (
    "With reference to the report published by the Daily Star on 3 May 2026, the Ministry of Foreign Affairs "
    "of Andoria would like to clarify the following:\n"
    "1. The delegation of Andoria attended the summit in Lima for one day. The draft was never discussed.\n"
    "2. The final text was posted without the corrections that were asked for.\n"
)
# a chairman's statement in his first person with numbered paragraphs and no title (chair_body; by hand:
# "I chaired the <meeting>" names his office, the chairman of that meeting, and nobody else narrates, so
# every sentence, the members' "we" too, is his); a report quoting the same words has a narrator ("said")
CHAIR_STATEMENT = (
    "1. I chaired the Andean Foreign Ministers’ Meeting on 3 May 2026 in Lima. The Meeting is the first of "
    "the year.\n"
    "2. We had fruitful discussions on the floods. We underscored the importance of relief.\n"
)
CHAIR_REPORT = (
    "I chaired the Andean Foreign Ministers’ Meeting in Lima, the minister said on Monday.\n"
    "The floods were discussed at length.\n"
)
# a joint statement in its signatories' first person plural, named in apposition to "We" (joint_body; by hand:
# "We, the foreign ministers of the Andean countries" names the group and nobody else narrates, so every
# sentence, the judgement without "we" too, is the group's); a report quoting the same opening has a narrator
JOINT_STATEMENT = (
    "Statement from the Andean foreign ministers\n\n"
    "We, the foreign ministers of the Andean countries – Peru, Bolivia and Ecuador – met today in Lima.\n\n"
    "We take the matter extremely seriously. Such attacks are completely unacceptable.\n"
)
JOINT_REPORT = (
    "We, the foreign ministers of the Andean countries, met today in Lima, the minister said on Monday.\n"
    "The floods were discussed at length.\n"
)
# a numbered declaration reproduced after a report's introduction (joint_body; by hand: "1. We, the Foreign
# Ministers of the Lakes Union (LU)" opens the declaration, its group running into an organisation with its
# bracketed acronym, so the signatories are the office before "of the": "Foreign Ministers"; every later
# sentence, "We underscore" and the judgement alike, is theirs, even after a "said" the communiqué reports;
# the introduction before it stays the narrator's)
NUMBERED_DECLARATION = (
    "The meeting of foreign ministers ended yesterday in Lima.\n\n"
    "Final Declaration\n\n"
    "1. We, the Foreign Ministers of the Lakes Union (LU), met in Lima on 3 May 2026.\n\n"
    "2. We underscore the importance of our partnership. These declarations reflect our common vision.\n\n"
    "3. President Ana Cruz addressed the meeting. She said the union should stay united.\n"
)
# a statement a spokesman issued for his principal (spokesman_statement_body; by hand: the line names
# "Secretary-General Tomas Rivera" as the principal after "the Spokesman for", so the third-person sentence
# with no speech verb and the judgement after it are his; the line itself is nobody's)
SPOKESMAN_STATEMENT = (
    "The following statement was issued today by the Spokesman for Secretary-General Tomas Rivera:\n"
    "The Secretary-General extends his deepest condolences to the families of the victims. The hostilities "
    "have led to needless suffering.\n"
)
# a readout's source at the end of its first sentence, a ministry named "of the Republic of <state>" (by hand:
# "reports" after the ministry's full name is a postposed cue, and "of the Republic of Andoria" belongs to
# the organisation's name, so the clause before the comma is the ministry's)
MINISTRY_OF_THE_REPUBLIC = (
    "A telephone conversation took place between Minister Ana Cruz and Minister Tomas Rivera, Ministry of "
    "Foreign Affairs of the Republic of Andoria reports\n\n"
    "The ministers discussed trade.\n"
)
# a joint statement under a line naming its signatories (signed_statement_body; by hand: "was signed by" names
# Andoria, the Lakes Union (its acronym in brackets left out) and Borduria as the statement's authors, so each
# later sentence, "We welcome" and the third-person "The partners commend" alike, is the three's, a group of
# the names as written); a report that says "said" after such a line has a narrator
SIGNED_STATEMENT = (
    "The below statement was signed by Andoria, Lakes Union (LU) and Borduria.\n"
    "The partners commend the talks between the two presidents. We welcome the commitment of the leaders.\n"
)
# documents a report reproduces after lines announcing each by its issuer (announced_document_body; by hand:
# "Below is the official Andorian Chancellery statement" names the Andorian Chancellery as the issuer of what
# follows, so the readout's narration without a cue is the Chancellery's, while "President Cruz stressed that"
# keeps its own speaker; "And here is the Bordurian Palace version:" starts the next document, the Palace's;
# the announcing lines are the blogger's, nobody's); a report with "said" after the line has a narrator
ANNOUNCED_DOCUMENTS = (
    "The two presidents talked for an hour. Below is the official Andorian Chancellery statement on the call.\n\n"
    "President Cruz spoke by phone today with President Rivera.\n\n"
    "President Cruz stressed that the border must stay open.\n\n"
    "And here is the Bordurian Palace version:\n\n"
    "The situation on the border was the topic of the conversation.\n"
)
ANNOUNCED_REPORT = ANNOUNCED_DOCUMENTS + "The talks went well, aides said.\nThe call was long.\n"
# a person's speech act in the "that" clause of an issuer's report (issuer_reported_acts; by hand: "The
# Chancellery press service said" is the service's statement, and "that Ana Cruz wished him every success"
# reports Cruz's own speech act, past tense, so the sentence has Cruz as a second source; "that the presidents
# expressed" names no person: not this rule's)
ISSUER_REPORTED_ACT = (
    "The Chancellery press service said on Thursday that Ana Cruz wished him every success in his work.\n"
    "The Chancellery press service said that the presidents expressed a desire for closer ties.\n"
)
# a frequency adverb between a reported subject and its speech verb (statement_words.txt [adverbs] and names.txt
# [trailing skip] "twice"; by hand: "Foreign Minister Ana Cruz twice informed the Embassy that ..." reports Cruz's
# own speech act inside the Ministry's statement, so "the visit needs ..." is Cruz's too, as it is without "twice")
REPORTED_TWICE = "The Ministry said Foreign Minister Ana Cruz twice informed the Embassy that the visit needs a formal request.\n"
# audience and credentials releases (speech_verbs.txt "end_his_response", "offer_his_sentiments"; by hand:
# ending one's response with a pledge is saying it, and sentiments offered are a speech act like condolences,
# so the words after the phrase are the president's)
AUDIENCE_RELEASE = (
    "President Ana Cruz ended her response pledging her commitment to stronger ties between the two countries.\n"
    "President Tomas Rivera offered his sentiments of support for the bid of Borduria for a seat on the Council.\n"
)
SIGNED_REPORT = (
    "The below statement was signed by Andoria, Lakes Union (LU) and Borduria.\n"
    "The talks ended on Monday, the minister said.\n"
    "The floods were discussed at length.\n"
)
# a ministry's statement whose title names the issuer by a state's formal name (resolve.short_state_name; by hand:
# a real formal name of the lexicon, "Kingdom of Saudi Arabia", ends with its state, "Saudi Arabia", which names
# the issuer; the first-person body under the title is the state's)
FORMAL_STATE = (
    "Statement of the Ministry of Foreign Affairs of the Kingdom of Saudi Arabia on the Border Incident.\n\n"
    "The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia refers with great dismay to the incident "
    "of 3 May.\n\n"
    "We believe that such incidents are best addressed through dialogue.\n"
)
# a joint communiqué reproduced after an introduction naming its issuers (joint_issuers_before; by hand: "Andoria
# and Borduria have issued a joint statement" names the two as the issuers; the announcing line ends in a colon;
# the narrated visit below has no source of its own, so it is the two states', a group "Andoria and Borduria")
JOINT_INTRODUCED = (
    "Andoria and Borduria have issued a joint statement at the end of a visit to Lima.\n\n"
    "Following the full text of the joint communique:\n\n"
    "Within the framework of the consultations between the two countries, the Prime Minister paid a visit.\n\n"
    "During the visit, the two sides held official talks.\n"
)
# a joint statement titled with its signatories after a colon, in the first-person plural (joint_title_body; by
# hand: the title names "Prime Ministers Ana Cruz and Tomas Rivera" as the group; "we are partners" makes the
# account of the meeting and the numbered points theirs)
JOINT_TITLED = (
    "Joint statement: Prime Ministers Ana Cruz and Tomas Rivera\n\n"
    "Prime Minister Ana Cruz and Prime Minister Tomas Rivera met in Lima on 3 May. We are partners and allies.\n\n"
    "  1. The Prime Ministers began by acknowledging the role of the two peoples.\n"
)
# the same title over a communiqué in the third person only: its narration keeps a narrator (by hand: no "we")
JOINT_TITLED_THIRD = (
    "Joint Statement of the Ministers of Foreign Affairs of the Lakes countries\n\n"
    "On 3 May, a meeting of the Ministers of Foreign Affairs of the Lakes countries was held in Lima.\n"
)
# "The following is the joint statement issued by" + offices with "the" (signed_statement_body, whole=True; by
# hand: the offices are no list of names, so the whole phrase after "by" is the speaker)
JOINT_ISSUED_BY = (
    "The following is the joint statement issued by the Foreign Minister of Andoria and the Foreign Ministers of "
    "Borduria and Lakeland.\n\n"
    "The three ministers met today in New York. Our close friendship is critical to the security of our citizens.\n"
)
# "the two Ministers" after two ministers named together who call on a prime minister (by hand: Cruz and Rivera
# are joined by "and", so they are the two; Vega, last mentioned, is the host; "called on ... during their
# visit to Lima to attend ..." is a courtesy call, its infinitive the visit's, so no statement)
TWO_MINISTERS_CALL = (
    "Foreign Minister Ana Cruz and Foreign Minister Tomas Rivera called on Prime Minister Luis Vega at his "
    "office during their visit to Lima to attend the anniversary.\n"
    "The two Ministers stressed the importance of regional cooperation.\n"
)
# a communiqué's meeting standing for its members (titles.txt [collective] "the meeting"; by hand: "expressed
# serious concerns about" is a speech act whose subject is the meeting, kept as written since its members are
# not the two names before it)
MEETING_SPEAKS = (
    "The Council of Ministers met in Lima on Monday under Foreign Minister Ana Cruz and Minister Tomas Rivera.\n\n"
    "On humanitarian issues, the meeting expressed serious concerns about the drought in the north.\n"
)
# a summit's communiqué in the summit's third person with a bare "Summit" as subject (SADC, AU and ECOWAS
# communiqués: "Summit welcomed ...", "Summit urged ..."; titles.txt [organisations] "summit"). By hand:
# "welcomed" and "urged" are speech acts whose subject is the summit; "was chaired by" is passive and
# "considered the situation" no speech act, so neither is a statement
SUMMIT_COMMUNIQUE = (
    "The Troika Summit of the Lakes Union was held in Lima on 10 May 2026. Summit was chaired by "
    "President Ana Cruz. Summit considered the situation in the region. Summit welcomed the adoption of "
    "the peace plan. Summit urged the parties to continue with the talks.\n"
)
# a declaration adopted at a meeting, with what it says in a clause "in which <subject> <speech verb>"
# (cues.document_in_which). By hand: "expressed their desire" is a speech act whose subject is Andoria and
# Borduria, so a statement; "in which" after a room (no [documents] noun) opens no statement
DECLARATION_IN_WHICH = (
    "The foreign ministers of six countries met in Lima on Monday.\n\n"
    "Finally, they adopted a declaration for consular cooperation in which Andoria and Borduria expressed "
    "their desire to serve as a testing ground.\n"
    "They met in a room in which Andoria said it would withdraw.\n"
)
# a speech's numbered points under a line ending in a colon keep their numbers: an imperative item is no
# speaker's sentence (by hand: "Empower" is a verb, so nobody "calls on" anyone here)
COLON_LIST = (
    "Andoria has adopted a new model of human mobility.\n\n"
    "The model has four pillars:\n"
    "1. Empower Andorian communities abroad and call on the neighbours to regularise their status.\n"
    "2. Expand cooperation for development in the communities of origin.\n"
)

CASES = [
    ("numbered_list_under_colon_keeps_number", COLON_LIST, "on the neighbours", None),
    ("chair_statement_first_sentence", CHAIR_STATEMENT, "I chaired the Andean",
     "Chairman of the Andean Foreign Ministers’ Meeting"),
    ("chair_statement_we", CHAIR_STATEMENT, "We underscored", "Chairman of the Andean Foreign Ministers’ Meeting"),
    ("chair_report_has_a_narrator", CHAIR_REPORT, "The floods were discussed", None),
    ("joint_statement_opening", JOINT_STATEMENT, "We, the foreign ministers", "foreign ministers of the Andean countries"),
    ("joint_statement_we", JOINT_STATEMENT, "We take the matter", "foreign ministers of the Andean countries"),
    ("joint_statement_judgement", JOINT_STATEMENT, "Such attacks", "foreign ministers of the Andean countries"),
    ("joint_statement_title_is_nobodys", JOINT_STATEMENT, "Statement from", None),
    ("meeting_expressed_concerns", MEETING_SPEAKS, "serious concerns", "the meeting"),
    ("bare_summit_welcomed", SUMMIT_COMMUNIQUE, "the adoption of the peace", "Summit"),
    ("declaration_in_which_subject", DECLARATION_IN_WHICH, "their desire to serve", "Andoria and Borduria"),
    ("room_in_which_is_no_document", DECLARATION_IN_WHICH, "it would withdraw", None),
    ("bare_summit_urged", SUMMIT_COMMUNIQUE, "the parties to continue", "Summit"),
    ("bare_summit_chaired_is_nobodys", SUMMIT_COMMUNIQUE, "President Ana Cruz", None),
    ("joint_report_has_a_narrator", JOINT_REPORT, "The floods were discussed", None),
    ("ministry_of_the_republic_reports", MINISTRY_OF_THE_REPUBLIC, "A telephone conversation",
     "Ministry of Foreign Affairs of the Republic of Andoria"),
    ("numbered_declaration_opening", NUMBERED_DECLARATION, "We, the Foreign", "Foreign Ministers"),
    ("numbered_declaration_we", NUMBERED_DECLARATION, "We underscore", "Foreign Ministers"),
    ("numbered_declaration_judgement", NUMBERED_DECLARATION, "These declarations", "Foreign Ministers"),
    ("numbered_declaration_intro_is_nobodys", NUMBERED_DECLARATION, "The meeting of foreign", None),
    ("spokesman_statement_third_person", SPOKESMAN_STATEMENT, "The Secretary-General extends", "Tomas Rivera"),
    ("spokesman_statement_judgement", SPOKESMAN_STATEMENT, "The hostilities", "Tomas Rivera"),
    ("spokesman_statement_line_is_nobodys", SPOKESMAN_STATEMENT, "The following statement", None),
    ("signed_statement_third_person", SIGNED_STATEMENT, "The partners commend", "Andoria, Lakes Union and Borduria"),
    ("signed_statement_we", SIGNED_STATEMENT, "We welcome", "Andoria, Lakes Union and Borduria"),
    ("signed_statement_line_is_nobodys", SIGNED_STATEMENT, "The below statement", None),
    ("signed_report_has_a_narrator", SIGNED_REPORT, "The floods were discussed", None),
    ("formal_state_name_is_the_state", FORMAL_STATE, "We believe", "Saudi Arabia"),
    ("joint_issuers_introduced", JOINT_INTRODUCED, "During the visit", "Andoria and Borduria"),
    ("joint_title_account", JOINT_TITLED, "Prime Minister Ana Cruz and", "Prime Ministers Ana Cruz and Tomas Rivera"),
    ("joint_title_numbered", JOINT_TITLED, "The Prime Ministers began", "Prime Ministers Ana Cruz and Tomas Rivera"),
    ("joint_title_third_person_narrated", JOINT_TITLED_THIRD, "On 3 May", None),
    ("joint_statement_issued_by_offices", JOINT_ISSUED_BY, "Our close friendship",
     "the Foreign Minister of Andoria and the Foreign Ministers of Borduria and Lakeland"),
    ("issuer_report_passes_on_a_speech_act", ISSUER_REPORTED_ACT, "every success", "Ana Cruz"),
    ("issuer_report_keeps_its_own_source", ISSUER_REPORTED_ACT, "Ana Cruz wished him", "Chancellery press service"),
    ("reported_subject_with_frequency_adverb", REPORTED_TWICE, "the visit needs", "Ana Cruz"),
    ("reported_subject_keeps_the_issuer", REPORTED_TWICE, "Foreign Minister Ana Cruz twice", "Ministry"),
    ("response_ended_with_a_pledge", AUDIENCE_RELEASE, "pledging her commitment", "Ana Cruz"),
    ("sentiments_offered", AUDIENCE_RELEASE, "of support for the bid", "Tomas Rivera"),
    ("announced_document_narration", ANNOUNCED_DOCUMENTS, "President Cruz spoke by phone", "Andorian Chancellery"),
    ("announced_document_own_cue", ANNOUNCED_DOCUMENTS, "the border must stay open", "Cruz"),
    ("announced_document_line_is_nobodys", ANNOUNCED_DOCUMENTS, "And here is", None),
    ("announced_second_document", ANNOUNCED_DOCUMENTS, "The situation on the border", "Bordurian Palace"),
    ("announced_report_has_a_narrator", ANNOUNCED_REPORT, "The call was long", None),
    ("two_ministers_named_together", TWO_MINISTERS_CALL, "the importance of regional", "Ana Cruz and Tomas Rivera"),
    ("courtesy_call_during_visit_to_attend", TWO_MINISTERS_CALL, "on Prime Minister", None),
    ("courtesy_call_during_visit_to_attend_rest", TWO_MINISTERS_CALL, "Prime Minister Luis Vega at", None),
    ("clarify_the_following_points", CLARIFY_POINTS, "1. The delegation of Andoria attended",
     "Ministry of Foreign Affairs of Andoria"),
    ("clarify_the_following_runs_on", CLARIFY_POINTS, "2. The final text was posted",
     "Ministry of Foreign Affairs of Andoria"),
    ("clarify_the_following_line_is_nobodys", CLARIFY_POINTS, "With reference to", None),
    ("numbered_paragraph_subject", NUMBERED_COMMUNIQUE, "the importance of holding", "The two Ministers"),
    ("numbered_paragraph_subject_plain", NUMBERED_COMMUNIQUE, "the efforts by the two", "The Ministers"),
    ("numbered_title_is_nobodys", NUMBERED_COMMUNIQUE, "Thailand’s position", None),
    ("they_after_passive_group", MINUTES_THEY, "their solidarity", "participants"),
    ("they_in_next_sentence", MINUTES_THEY, "on the people to take", "participants"),
    ("pointers_office_in_title", POINTERS, "Over the past week", "Minister of Foreign Affairs"),
    ("pointers_heading_is_no_briefer", POINTERS, "We also emphasised", "Minister of Foreign Affairs"),
    ("titled_body_first_person", TITLED_STATEMENT, "In Lima and Quito, my first", "Ingrid Halvorsen"),
    ("titled_body_runs_on", TITLED_STATEMENT, "Trade matters", "Ingrid Halvorsen"),
    ("titled_body_we", TITLED_STATEMENT, "We will listen first", "Ingrid Halvorsen"),
    ("titled_body_title_is_nobodys", TITLED_STATEMENT, "Statement by Foreign", None),
    ("titled_body_date_line_is_nobodys", TITLED_STATEMENT, "03.02.2026", None),
    ("titled_call_name_before_office", TITLED_CALL, "On Monday, I spoke", "Tomas Rivera"),
    ("titled_call_we", TITLED_CALL, "I reiterated our concern", "Tomas Rivera"),
    ("column_writer_is_not_the_title_person", COLUMN, "I first met", None),
    ("salutation_is_no_title", SALUTATION, "I congratulate you", None),
    ("statement_title_we_body", STATEMENT_WE, "We condemn the attacks", "Ana Ruiz"),
    ("statement_title_we_runs_on", STATEMENT_WE, "Our teams will stay", "Ana Ruiz"),
    ("headline_we_is_no_statement", HEADLINE_WE, "We saw the minister", None),
    ("bullet_is_the_briefers", BULLETS, "The ministry is following", "Director-General of Department of "
     "Information/Spokesperson of MFA"),
    ("bullet_runs_on", BULLETS, "We stand ready", "Director-General of Department of Information/Spokesperson of MFA"),
    ("bullet_date_line_is_nobodys", BULLETS, "Friday, 3 March", None),
    ("bullet_own_source_kept", BULLETS, "the agencies concerned", "Prime Minister"),
    ("byline_of_a_story_is_no_briefer", BYLINE_STORY, "The border was closed", None),
    ("lead_briefer_bullet", LEAD_BULLETS, "Electricity has been restored", "Ana Ruiz"),
    ("lead_briefer_numbered_point", LEAD_BULLETS, "The interim administration", "Ana Ruiz"),
    ("lead_briefer_numbered_heading_is_nobodys", LEAD_BULLETS, "Visits", None),
    ("lead_briefer_subjectless_bullet_is_not_the_briefers", LEAD_BULLETS, "Thanked the government", None),
    ("honourable_is_a_style_not_a_name", READOUT, "on the progress made", "Ana Ruiz"),
    ("plural_title_over_two_names", READOUT, "the importance of continued", "Ana Ruiz and Jean-Luc Le Bras"),
    ("agreed_to_a_plan_is_no_statement", READOUT, "to meet again", None),
    ("state_councilor_is_a_title", COUNCILOR, "the two countries should", "Tan and Li Wen"),
    ("ministry_of_lower_case_field", MINISTRY_STATEMENTS, "They agreed to meet", "Peru’s ministry of foreign affairs"),
    ("the_statements_said", MINISTRY_STATEMENTS, "They also exchanged views", "Peru’s ministry of foreign affairs"),
    ("readout_quoted_goes_on", QUOTED_READOUT, "A discussion during which", "Élysée"),
    ("quoted_speech_act_is_the_subjects", QUOTED_READOUT, "the importance of the talks", "French head of state"),
    ("bare_plural_documents_no_speaker", REPORTS, "the drought has spread", None),
    ("the_two_after_and", CALL, "relief must reach", "Ruiz and Halvorsen"),
    ("they_after_the_group", CALL, "the border should stay", "Ruiz and Halvorsen"),
    ("two_titles_are_two_people", CALL, "tariffs should fall", "Ruiz and Halvorsen"),
    ("thanked_is_a_speech_act", THANKS, "for Chile's efforts", "Ana Ruiz"),
    ("thank_you_is_no_report", THANKS, "for being here", None),
    ("possessive_address_body", ADDRESS, "• Today I have had", "Ana Ruiz"),
    ("possessive_address_bullet_runs_on", ADDRESS, "We agreed to meet again", "Ana Ruiz"),
    ("possessive_address_salutation", ADDRESS, "Dear colleague", "Ana Ruiz"),
    ("possessive_address_repeated_title_is_nobodys", ADDRESS, "Foreign Minister Ana Ruiz's opening", None),
    ("doorstep_answer_after_question", DOORSTEP, "It is not for me", "Ana Ruiz"),
    ("doorstep_answer_runs_on", DOORSTEP, "I hope it will be", "Ana Ruiz"),
    ("doorstep_question_is_the_askers", DOORSTEP, "Will you stay on", "Questioner"),
    ("possessive_office_speech_body", KING_SPEECH, "Let me first express", "HM The King"),
    ("possessive_office_speech_runs_on", KING_SPEECH, "Our countries have", "HM The King"),
    ("possessive_office_title_is_nobodys", KING_SPEECH, "state banquet", None),
    # by hand: the title names the office, the body is in the first person, so each sentence is the office's
    ("office_statement_title_body", OFFICE_STATEMENT, "The rise in attacks", "Foreign Secretary"),
    ("office_statement_title_first_person", OFFICE_STATEMENT, "I condemn these attacks", "Foreign Secretary"),
    ("office_statement_title_is_nobodys", OFFICE_STATEMENT, "situation in the Sahel", None),
    # by hand: "The Foreign Office statement on Monday" opens a sentence with "The": no title names a speaker
    ("office_statement_in_a_sentence_no_title", OFFICE_STATEMENT_STORY, "The minister was not", None),
    ("possessive_remarks_story_is_no_block", REMARKS_STORY, "The opposition criticised", None),
    ("remarks_of_thanks_opening", REMARKS_OF, "Thank you, Secretary Rivera", "ANA M. RUIZ JR."),
    ("remarks_of_third_person_runs_on", REMARKS_OF, "It works around the clock", "ANA M. RUIZ JR."),
    ("remarks_of_we", REMARKS_OF, "Nobody dictates", "ANA M. RUIZ JR."),
    ("remarks_of_office_line_is_nobodys", REMARKS_OF, "Secretary of Foreign Affairs", None),
    ("remarks_of_date_line_is_nobodys", REMARKS_OF, "3 May 2026", None),
    ("remarks_of_story_is_no_block", REMARKS_OF_STORY, "The opposition criticised", None),
    ("press_statement_of_greeting", PRESS_STATEMENT_OF, "Assalamu", "President of the Republic of Andoria"),
    ("press_statement_of_first_person", PRESS_STATEMENT_OF, "This morning, the First Lady and I",
     "President of the Republic of Andoria"),
    ("press_statement_of_runs_on", PRESS_STATEMENT_OF, "Peru is our largest", "President of the Republic of Andoria"),
    ("press_statement_of_closing", PRESS_STATEMENT_OF, "Wassalamu", "President of the Republic of Andoria"),
    ("press_statement_of_title_is_nobodys", PRESS_STATEMENT_OF, "Press Statement of", None),
    ("speech_of_title_case_salutation", SPEECH_OF_TITLE_CASE, "Excellencies, ladies", "Jane Doe"),
    ("speech_of_title_case_body", SPEECH_OF_TITLE_CASE, "The ocean is our common home", "Jane Doe"),
    ("address_of_story_is_no_block", ADDRESS_OF_STORY, "The opposition criticised", None),
    ("speech_in_report_is_no_title", SPEECH_IN_REPORT, "The rain continued", None),
    ("speech_by_in_report_is_no_title", SPEECH_BY_IN_REPORT, "The rain continued", None),
    ("presented_address", PRESENTED_ADDRESS, "We stand for peace", "Tomas Rivera"),
    ("opening_greeting_line", GREETING_LINES, "Bismillahirrahmanirrahim", "Tomas Rivera"),
    ("opening_greeting_line_second", GREETING_LINES, "Om Swastiastu", "Tomas Rivera"),
    ("closing_thanks_line", GREETING_LINES, "Thank you", "Tomas Rivera"),
    ("closing_greeting_line", GREETING_LINES, "Wassalamu", "Tomas Rivera"),
    ("trailing_tag_line_is_nobodys", GREETING_LINES_TAGGED, "Tags: Ocean", None),
    ("titled_briefing_schedule_is_the_briefers", TITLED_BRIEFING, "On May 5, at 2 P.M.", "Ana Ruiz"),
    ("titled_briefing_runs_on", TITLED_BRIEFING, "On May 6, Minister Rivera", "Ana Ruiz"),
    ("titled_briefing_date_line_is_nobodys", TITLED_BRIEFING, "Date: Monday", None),
    ("titled_briefing_qa_heading_is_nobodys", TITLED_BRIEFING, "Answers to media questions", None),
    ("titled_briefing_answer_is_the_label's", TITLED_BRIEFING, "We welcome them", "Ana Ruiz"),
    ("briefing_headline_story_is_no_briefing", BRIEFING_STORY, "The opposition criticised", None),
    ("x_reported_this_sentence_before", REPORTED_THIS, "The two discussed the floods", "Foreign Ministry"),
    ("x_reported_this_not_two_before", REPORTED_THIS, "On Monday, Foreign Minister", None),
    ("reported_this_to_is_no_closing_line", REPORTED_THIS, "The floods closed", None),
    # cues.naming_sentence: the closing line itself is the source's too (the gold rounds list both)
    ("x_reported_this_line_itself", REPORTED_THIS, "The Foreign Ministry reported this", "Foreign Ministry"),
    ("reported_this_to_is_not_credited", REPORTED_THIS, "The ministry reported this to", None),
    ("unit_of_ministry_reported_this", UNIT_REPORTED_THIS, "The two discussed the floods",
     "press service of the Ministry of Foreign Affairs"),
    ("agency_credits_whole_sentence", WIRE_CREDIT, "Foreign Minister Ana Ruiz on Monday", "Andina"),
    ("agency_credit_keeps_inner_speaker", WIRE_CREDIT, "a new aid package for the north", "Ana Ruiz"),
    ("own_correspondent_credits_nothing", WIRE_CREDIT, "Tomas Rivera summarized", None),
    ("stressing_on_object_is_subjects", READOUT_STRESSING, "on the depth of these relations", "Ana Ruiz"),
    ("underlining_after_a_thing_is_nobodys", READOUT_STRESSING, "the progress of the talks", None),
    ("noting_object_is_no_cue", READOUT_STRESSING, "the date", None),
    ("meets_then_appeals_for", HEADLINE_SERIES, "closer ties in trade", "Ana Ruiz"),
    ("possessive_appeals_is_a_noun", HEADLINE_SERIES, "funds went", None),
    ("received_then_urged", HEADLINE_SERIES, "patience", "Tomas Rivera"),
    ("inner_source_after_adverbial", INNER_SOURCE, "the message of his president", "Tomas Rivera"),
    ("inner_source_keeps_host", INNER_SOURCE, "during the meeting, Rivera", "Ana Ruiz"),
    ("inner_pronoun_is_no_source", INNER_SOURCE, "the thanks of her", None),
    ("reported_clause_subject_speaks", HOST_CLAUSE, "support for the border", "Tomas Rivera"),
    ("reported_clause_keeps_host", HOST_CLAUSE, "Rivera reiterated", "State Department"),
    ("sources_said_both_sides", HOST_CLAUSE, "the situation was not", "Ana Ruiz and Tomas Rivera"),
    ("according_to_then_clause_subject", HOST_CLAUSE, "the border must stay", "Ana Ruiz"),
    ("according_to_keeps_its_source", HOST_CLAUSE, "Ruiz told Rivera", "Andorian foreign ministry"),
    ("participle_is_no_clause_subject", HOST_CLAUSE, "in the report were", None),
    ("negated_verb_is_no_speech_act", HOST_CLAUSE, "the talks", None),
    ("reported_source_is_no_second_source", HOST_CLAUSE, "the envoy would resign", None),
    ("own_government_is_no_second_source", HOST_CLAUSE, "the delay at the border", None),
    ("event_is_no_second_source", HOST_CLAUSE, "the value of the treaty", None),
    ("coordinated_clause_subject_speaks", HOST_CLAUSE, "the wish of his government", "Tomas Rivera"),
    ("headline_says_after_comma", CAPITAL_HEADLINE, "Border Talks Will Not", "Ana Ruiz"),
    ("headline_in_capitals_says", CAPITALS_HEADLINE, "TRADE MUST GROW", "Ana Ruiz"),
    ("headline_speaker_in_place", PLACE_HEADLINE, "Important to keep", "Ana Ruiz"),
    ("title_case_headline_with_full_stop", TITLE_CASE_HEADLINE, "Andoria Is Open", "Ana Ruiz"),
    ("quoted_readout_subject_speaks", QUOTED_SPEECH_ACTS, "their commitment to the border", "Ana Ruiz and Tomas Rivera"),
    ("quoted_readout_stays_ministrys", QUOTED_SPEECH_ACTS, "The two ministers affirmed", "Foreign Ministry"),
    ("quoted_readout_after_adverbial", QUOTED_SPEECH_ACTS, "trade must grow", "Ana Ruiz"),
    ("quotation_opening_with_verb_is_subjects", QUOTED_SPEECH_ACTS, "the support of his", "Tomas Rivera"),
    ("repeated_heading_is_nobodys", REPEATED_HEADING, "Press statement by Andorian", None),
    ("repeated_heading_body_thanks", REPEATED_HEADING, "Thank you, Minister Rivera", "Ana Ruiz"),
    ("repeated_heading_body_we", REPEATED_HEADING, "We stand together", "Ana Ruiz"),
    ("release_body_is_the_issuers", RELEASE, "We have learned with deep sorrow",
     "Republic of Andoria Ministry of Foreign Affairs"),
    ("release_facts_are_the_issuers", RELEASE, "Roads were closed", "Republic of Andoria Ministry of Foreign Affairs"),
    ("release_runs_on", RELEASE, "We call on all parties", "Republic of Andoria Ministry of Foreign Affairs"),
    ("release_number_line_is_nobodys", RELEASE, "No: 58", None),
    ("release_issuer_line_is_nobodys", RELEASE, "Republic of Andoria", None),
    ("quoted_we_is_no_release", RELEASE_STORY, "Roads were closed on Monday", None),
    ("cue_line_quotation", CUE_LINE, "The floods are a tragedy", "Ana Ruiz TD"),
    ("cue_line_quotation_runs_on", CUE_LINE, "All parties must", "Ana Ruiz TD"),
    ("cue_line_quotation_closed", CUE_LINE, "I will raise this", "Ana Ruiz TD"),
    ("cue_line_title_after_name", CUE_LINE_AFTER_NAME, "The floods are", "Ana Ruiz"),
    ("cue_line_clause_is_no_speaker", CUE_LINE_CLAUSE, "recognition of the inherent", None),
    ("after_cue_line_quotation_is_narration", CUE_LINE, "The Council meets", None),
    ("read_statement_first_paragraph", READ_STATEMENT, "The committee met", "Ana Ruiz"),
    ("read_statement_unmarked_paragraph", READ_STATEMENT, "Yesterday, dozens", "Ana Ruiz"),
    ("read_statement_closing_paragraph", READ_STATEMENT, "The committee will continue", "Ana Ruiz"),
    ("read_statement_after_close_is_narration", READ_STATEMENT, "The floods closed", None),
    ("read_statement_line_is_nobodys", READ_STATEMENT, "Ana Ruiz, for the Office", None),
    ("read_statement_unclosed_stops_at_unmarked", READ_STATEMENT_UNCLOSED, "Yesterday, dozens", None),
    ("quotation_then_is_quoted", QUOTED_PASSIVE, "We have a very big difference", "Ana Ruiz"),
    ("is_quoted_without_speaker", QUOTED_PASSIVE, "Talks will go on", None),
    ("greeting_opens_a_briefing", GREETING, "Dear media", "Spokesperson"),
    ("greeting_briefing_runs_on", GREETING, "The minister held", "Spokesperson"),
    ("greeting_title_is_nobodys", GREETING, "Стенограма", None),
    ("quoted_greeting_is_no_briefing", GREETING_STORY, "We waited", None),
    ("pronoun_never_resolves_to_an_outlet", OUTLET_INTERVIEW, "a new situation", "Ana Ruiz"),
    ("role_noun_is_the_untitled_last_speaker", UNTITLED_MINISTER, "the meetings were bilateral", "Ana Ruiz"),
    ("reported_press_conference_is_no_briefing", RELEASE_PRESS_CONFERENCE, "It is the second time", None),
    ("bracketed_note_names_no_briefer", NOTE_LINE, "• The trade negotiations", None),
    # (a label in capitals is parsed as a mixed-case phrase is: stacked titles, then the name, so the
    # canonical speaker of "CHIEF CABINET SECRETARY RUIZ:" is the person, "Ruiz")
    ("answer_after_note_is_the_label's", NOTE_LINE, "I have no knowledge", "Ruiz"),
    ("remarks_title_line_over_lines", REMARKS_LINES, "On this day, ten years ago", "Ana Ruiz"),
    ("remarks_title_line_runs_on", REMARKS_LINES, "Last month, the Deputy Minister", "Ana Ruiz"),
    ("remarks_title_line_is_nobodys", REMARKS_LINES, "Remarks by Minister", None),
    # by hand: the name between the commas after the office holds it; the body (address line included) is hers
    ("apposition_statement_address", APPOSITION_STATEMENT, "Distinguished media", "Ana Ruiz"),
    ("apposition_statement_body", APPOSITION_STATEMENT, "To my great pleasure", "Ana Ruiz"),
    ("apposition_statement_runs_on", APPOSITION_STATEMENT, "We also discussed", "Ana Ruiz"),
    ("apposition_statement_title_is_nobodys", APPOSITION_STATEMENT, "Statement by the President", None),
    # by hand: the label line under the title is nobody's, the two address lines and the body are Ana Ruiz's,
    # the section heading after the last greeting line is nobody's
    ("own_label_line_is_nobodys", LABELLED_BRIEFING, "Prime Minister Ana Ruiz [1]", None),
    ("address_line_after_label", LABELLED_BRIEFING, "HE Prime Minister Karl Stein", "Ana Ruiz"),
    ("greeting_line_after_label", LABELLED_BRIEFING, "His Excellency, Ladies", "Ana Ruiz"),
    ("section_heading_after_greetings_is_nobodys", LABELLED_BRIEFING, "Elevating Our", None),
    ("labelled_briefing_body", LABELLED_BRIEFING, "Today is a historic day", "Ana Ruiz"),
    # by hand: "Mr Karl Stein" is the titled name, the office after it no part of it
    ("statement_office_after_name", STATEMENT_OFFICE_AFTER, "On Saturday, I spoke", "Karl Stein"),
    ("following_post_first_paragraph", FOLLOWING_POST, "During our talks in Peru", "Ana Ruiz"),
    ("following_post_reopened_with_guillemet", FOLLOWING_POST, "We have also held", "Ana Ruiz"),
    ("following_post_runs_on_in_paragraph", FOLLOWING_POST, "We will address them", "Ana Ruiz"),
    ("following_post_seventh_paragraph", FOLLOWING_POST, "I thank my counterpart", "Ana Ruiz"),
    ("following_post_after_close_is_narration", FOLLOWING_POST, "The post is accompanied", None),
    ("following_post_cue_line_is_nobodys", FOLLOWING_POST, "Foreign Minister Ana Ruiz made", None),
    # (the issuer's full name "of the Republic of Andoria" now parses, so "rejects" is its cue and the content
    # runs after it; the speaker is the same)
    ("bare_statement_opening", BARE_STATEMENT, "the agreement signed in Lima",
     "Government of the Republic of Andoria"),
    ("bare_statement_third_person_is_the_issuers", BARE_STATEMENT, "That agreement is a threat",
     "Government of the Republic of Andoria"),
    ("bare_statement_runs_on", BARE_STATEMENT, "The dispute is properly", "Government of the Republic of Andoria"),
    # by hand: "The Chilean Government" opens the note in its present perfect ("has ... sought"); the visit
    # and the third-person "Chile considers" have no source of their own, so they are its too
    ("national_note_opening", NATIONAL_NOTE, "The Chilean Government has", "Chilean Government"),
    ("national_note_narrated_visit", NATIONAL_NOTE, "Minister Ana Ruiz visited", "Chilean Government"),
    ("national_note_runs_on", NATIONAL_NOTE, "Chile considers", "Chilean Government"),
    # by hand: "sought" alone is a past tense, a report's: no issuer's voice
    ("national_report_past_is_narration", NATIONAL_REPORT, "Chile considers", None),
    # by hand: the "Statement by" line names Karl Stein and the body opens with him, so the meeting, "They
    # covered ..." and the delegation line (no source of their own) are his; the headline is nobody's
    ("principal_statement_opening", PRINCIPAL_STATEMENT, "President Karl Stein today", "Karl Stein"),
    ("principal_statement_runs_on", PRINCIPAL_STATEMENT, "The President was accompanied", "Karl Stein"),
    ("principal_statement_headline_is_nobodys", PRINCIPAL_STATEMENT, "President's statement on", None),
    # by hand: the body opens with "The delegations", not with him: a narrated readout, nobody's
    ("principal_readout_other_opener_is_narration", PRINCIPAL_READOUT, "They covered", None),
    ("bare_rebuttal_present_perfect", BARE_REBUTTAL, "The report creates the impression",
     "Ministry of Foreign Affairs and Trade"),
    ("bare_rebuttal_last_paragraph", BARE_REBUTTAL, "The talks will resume", "Ministry of Foreign Affairs and Trade"),
    ("bare_rebuttal_quoted_words_are_not_the_issuers", BARE_REBUTTAL, "We are about to enter", None),
    ("bare_report_under_headline_is_narration", BARE_REPORT_HEADLINE, "The attack killed", None),
    # by hand: the release's first body sentence names the ministry in the present ("wishes to inform"), the
    # later ones have no source of their own; the headline has no verb of speech
    ("headed_release_opening", HEADED_RELEASE, "The Ministry of Foreign Affairs of Andoria wishes",
     "Ministry of Foreign Affairs of Andoria"),
    ("headed_release_runs_on", HEADED_RELEASE, "The President will return", "Ministry of Foreign Affairs of Andoria"),
    ("headed_release_headline_is_nobodys", HEADED_RELEASE, "HIS EXCELLENCY", None),
    # by hand: "has condemned" under a headline is a reporter's lede; "The attack killed" is narration
    ("headed_report_is_narration", HEADED_REPORT, "The attack killed", None),
    # by hand: the quotation under the cue line is the statement of the name between the commas
    ("apposition_cue_line", APPOSITION_CUE_LINE, "The Council is gravely concerned", "Marija Buric"),
    ("distributed_statement_first", DISTRIBUTED_STATEMENT, "It has been a great pleasure", "Ana Ruiz"),
    ("distributed_statement_after_close", DISTRIBUTED_STATEMENT, "Yet, the economic situation", "Ana Ruiz"),
    ("distributed_statement_run_on", DISTRIBUTED_STATEMENT, "Growth is weak", "Ana Ruiz"),
    ("distributed_statement_last", DISTRIBUTED_STATEMENT, "I welcomed the government", "Ana Ruiz"),
    ("distributed_statement_narration", DISTRIBUTED_STATEMENT, "The Fund approved a loan", None),
    # by hand: the number is no part of the sentence, whose subject "Both Leaders" speaks; "directed that"
    # gives the clause after "that" to its subject; "directed X to convene" stays nobody's
    ("wide_numbered_paragraph", WIDE_NUMBERED, "the key milestones", "Both Leaders"),
    ("directed_that", WIDE_NUMBERED, "their Foreign Ministers undertake", "Both Leaders"),
    ("directed_to_is_no_cue", WIDE_NUMBERED, "their Senior Officials", None),
    # by hand: the body's "I"/"we" is the issuer's the genre line names after its dash
    ("dashed_release_issuer", DASHED_RELEASE, "I remain steadfast", "Andorian Islands Forum Secretariat"),
    ("bare_report_with_said_is_narration", BARE_REPORT_SAID, "The attack killed", None),
    ("speech_government_is_no_issuer", SPEECH_GOVERNMENT, "The world faces", None),
    # by hand: "comment" after "for" is a noun, so the subject of "said;" is the Prime Minister named in the
    # apposition; both reopened sentences of the next paragraph are hers, the plain paragraph after them no one's
    ("said_semicolon_quotation", REOPENED_PARAGRAPHS, "After reading the reports", "Ana Ruiz"),
    ("reopened_paragraph_first", REOPENED_PARAGRAPHS, "\u201cThat the boat spotted", "Ana Ruiz"),
    ("reopened_paragraph_second", REOPENED_PARAGRAPHS, "\u201cOnly in the Pacific", "Ana Ruiz"),
    ("reopened_run_ends_at_plain_paragraph", REOPENED_PARAGRAPHS, "The complaint", None),
    ("unclosed_run_first_paragraph", UNCLOSED_STATEMENT, "'The truce will make", "Ana Ruiz"),
    ("unclosed_run_second_sentence", UNCLOSED_STATEMENT, "Convoys can reach", "Ana Ruiz"),
    ("unclosed_run_to_the_end", UNCLOSED_STATEMENT, "This has been an Andorian demand", "Ana Ruiz"),
    ("unclosed_run_last_sentence", UNCLOSED_STATEMENT, "We urge all parties", "Ana Ruiz"),
    ("unclosed_run_stopped_by_a_cue_is_no_page", UNCLOSED_REPORT, "The first left on Monday", None),
    # the quoted paragraph itself carries on her quotation (quote_marks.unclosed_single), the page does not
    ("unclosed_run_stopped_by_a_cue_keeps_the_quotation", UNCLOSED_REPORT, "'The truce will make", "Ana Ruiz"),
    ("unclosed_run_stopped_by_a_cue_not_the_report", UNCLOSED_REPORT, "Aid agencies said", None),
    ("shared_the_view_that", SHARED_VIEW, "close cooperation is crucial", "Ana Ruiz and Tomas Rivera"),
    ("bare_office_is_the_host_without_country", HOME_MINISTER, "the attack was aimed", "Ana Halvorsen"),
    ("readout_office_is_its_holder_before_anyone_speaks", READOUT_HOLDER, "his deep concern", "Ruiz"),
    ("readout_office_is_its_holder_after_the_guest_speaks", READOUT_HOLDER, "talks must resume", "Ruiz"),
    ("readout_guest_keeps_his_own_words", READOUT_HOLDER, "his government wanted", "Halvorsen"),
    ("wire_office_is_the_last_speaker", WIRE_PRESIDENTS, "the expansion was a threat", "Ivan Petrov"),
    ("quotation_before_named_cue", QUOTE_BEFORE_CUE, "\u201cWe will study", "Tomas Vega"),
    ("quotation_before_cue_speaker_keeps_his_words", QUOTE_BEFORE_CUE, "the government would consult",
     "Tomas Vega"),
    ("quotation_before_postposed_cue", QUOTE_BEFORE_POSTPOSED_CUE, "\u201cWe will not accept", "spokesperson"),
    ("quotation_before_quoting_cue_not_credited", QUOTE_BEFORE_QUOTING_CUE, "\u201cWe will study", None),
    ("quotation_before_pronoun_cue_not_credited", QUOTE_BEFORE_PRONOUN_CUE, "\u201cWe will study", None),
    ("quotation_before_other_verb_not_credited", QUOTE_BEFORE_OTHER_VERB, "\u201cWe will study", None),
    ("invited_to_is_a_speech_act", INVITATION, "Peru to take part", "Ana Ruiz"),
    ("proposed_is_a_speech_act", INVITATION, "holding a joint commission", "Ana Ruiz"),
    ("invited_guests_is_no_speech_act", INVITATION, "guests attended", None),
    ("was_invited_is_no_speech_act", INVITATION, "to speak at the university", None),
    ("shared_the_resolve_carries_on", HOME_MINISTER, "of the government to continue", "Ana Halvorsen"),
    ("name_before_who_without_comma", WHO_NO_COMMA, "the visit was a sign", "Karen Mirzoyan"),
    ("lead_speech_thanks_line", LEAD_SPEECH, "Thank you, Tomas", "Ana Ruiz"),
    ("lead_speech_first_person", LEAD_SPEECH, "I have just come back", "Ana Ruiz"),
    ("lead_speech_bullet", LEAD_SPEECH, "• We need a ceasefire", "Ana Ruiz"),
    ("lead_speech_third_person_runs_on", LEAD_SPEECH, "The sanctions package", "Ana Ruiz"),
    # by hand: "we always choose peace" follows Ruiz's statement in its paragraph, so it and the plain sentence
    # between are hers; "The meeting was attended" (no first person after it) is narration; "We saw" is
    # past-tense narration, the reporter's
    ("first_person_run_after_statement", FIRST_PERSON_REPORT, "It is because of this experience", "Ana Ruiz"),
    ("first_person_run_sentence_between", FIRST_PERSON_REPORT, "Andoria has endured", "Ana Ruiz"),
    ("first_person_run_goes_on", FIRST_PERSON_REPORT, "We are ready to talk", "Ana Ruiz"),
    ("first_person_run_narrated_past_is_reporters", FIRST_PERSON_REPORTER, "We saw the ambassadors", None),
    ("first_person_run_narration_before_it", FIRST_PERSON_REPORT, "The meeting was attended", None),
    ("lead_report_thanks_to_is_no_speech", LEAD_REPORT, "Thanks to the ceasefire", None),
    ("lead_report_we_is_the_reporters", LEAD_REPORT, "We saw the first trucks", None),
    ("office_briefing_schedule", OFFICE_BRIEFING, "President Halvorsen will", "Presidential Spokesperson"),
    ("office_briefing_runs_on", OFFICE_BRIEFING, "The two leaders are expected", "Presidential Spokesperson"),
    ("office_briefing_title_is_nobodys", OFFICE_BRIEFING, "Presidential Spokesperson media", None),
    ("office_briefing_report_is_the_reporters", OFFICE_BRIEFING_REPORT, "The two leaders are expected", None),
    ("organisation_briefing_names_no_briefer", HOUSE_BRIEFING, "President Halvorsen will", None),
    ("who_clause_between_subject_and_cue", WHO_CLAUSE, "the partners will be briefed", "Ana Ruiz"),
    ("headline_dash_against_credit", WHO_CLAUSE, "Andoria to brief partners", "Ana Ruiz"),
    ("wondered_whether_is_speech", WHO_CLAUSE, "whether the row would end", "Ana Ruiz"),
    # "Ana Ruiz sent a message ..." names the author of the quotation under "The message reads, in part:"
    ("document_reads_sender", DOCUMENT_SENT, "Your election reaffirms", "Ana Ruiz"),
    ("document_reads_runs_on", DOCUMENT_SENT, "I am confident that our", "Ana Ruiz"),
    ("document_reads_line_is_nobodys", DOCUMENT_SENT, "The message reads", None),
    ("document_reads_after_close_is_narration", DOCUMENT_SENT, "The two ministers will meet", None),
    # "was also sent" names no sender; the latest single speaker is Ruiz ("Both sides" is a group)
    ("document_reads_latest_single_speaker", DOCUMENT_PASSIVE, "The results of the voting", "Ana Ruiz"),
    ("document_reads_latest_runs_on", DOCUMENT_PASSIVE, "I hope we will continue", "Ana Ruiz"),
    # "The letter states that ...": Ruiz "sent a letter" in the sentence before; "According to the statement"
    # after "The Foreign Ministry issued a statement": the ministry (both were the noun itself before)
    ("document_subject_sender", DOCUMENT_SUBJECT, "the sanctions must be lifted", "Ana Ruiz"),
    ("document_subject_issuer", DOCUMENT_SUBJECT, "the talks will resume", "Foreign Ministry"),
    # the principal's speech act under the spokesperson's block cue is the principal's (gold round B govuk)
    ("readout_raised_is_principals", READOUT_RAISED, "impact of sanctions", "Prime Minister"),
    ("readout_no_cue_is_spokespersons", READOUT_RAISED, "The Prime Minister held",
     "Downing Street spokesperson"),
    ("raised_funds_is_no_speech_act", READOUT_RAISED, "funds for the victims", None),
    ("readout_title_call_with_is_nobodys", READOUT_RAISED, "with Tomas Rivera", None),
    # "2. Preparations for the summit" fills its line, has no verb's full stop: a title, nobody's
    ("numbered_title_line_is_nobodys", NUMBERED_TITLE, "2. Preparations", None),
    ("date_line_with_time_is_nobodys", NUMBERED_TITLE, "Friday, 3 March", None),
    ("numbered_title_bullet_is_the_briefers", NUMBERED_TITLE, "• Due to the summit",
     "Director-General of Department of Information/Spokesperson of MFA"),
    # two short lines before the speech's first sentence, one holding "Members of the press" ([salutation
    # words]): the speaker's address to the audience, not section headings (salutation_run)
    ("salutation_line_office", REMARKS_LINES, "Deputy Minister Tomas Rivera", "Ana Ruiz"),
    ("salutation_line_press", REMARKS_LINES, "Members of the press", "Ana Ruiz"),
    # briefing notes: the body is the briefer's; the intro said again, the BRIEFER line and the date line
    # are nobody's; the sentence with its own source keeps it (hand-derived from BRIEFING_NOTES)
    ("briefing_notes_body", BRIEFING_NOTES, "The number of people arriving", "Ana Ruiz"),
    ("briefing_notes_body_after_break", BRIEFING_NOTES, "Food stocks will last", "Ana Ruiz"),
    ("briefing_notes_last", BRIEFING_NOTES, "An urgent response is needed", "Ana Ruiz"),
    ("briefing_notes_intro_again", BRIEFING_NOTES, "This is a summary of what was said by the", None),
    ("briefing_notes_briefer_line", BRIEFING_NOTES, "BRIEFER", None),
    ("briefing_notes_own_source", BRIEFING_NOTES, "40 boats arrived", "port authority"),
    # a lobby briefing record: "Briefing from the Prime Minister's Spokesman on: ..." names the briefer
    ("lobby_briefing_body", LOBBY_BRIEFING, "The PMS went on to draw", "Prime Minister's Spokesman"),
    ("lobby_briefing_topic_heading", LOBBY_BRIEFING, "Andoria", None),
    # a titled ministry statement in its own third-person voice
    ("titled_issuer_body", TITLED_ISSUER, "The reality is that",
     "Ministry of Foreign Affairs & Foreign Trade"),
    ("titled_issuer_names_itself", TITLED_ISSUER, "Andoria continues to treasure",
     "Ministry of Foreign Affairs & Foreign Trade"),
    ("titled_issuer_inferred_is_a_cue", TITLED_ISSUER, "the Government of Andoria was one", "Young"),
    ("titled_issuer_title_is_nobodys", TITLED_ISSUER, "Statement by Ministry", None),
    ("titled_issuer_report_has_a_narrator", TITLED_ISSUER_REPORT, "The opposition criticised", None),
    # a communiqué reproduced after a line naming it, in its issuer's voice
    ("reproduced_communique_narration", REPRODUCED_COMMUNIQUE, "Following instructions", "Bolivia"),
    ("reproduced_communique_report_has_a_narrator", REPRODUCED_COMMUNIQUE_REPORT, "Following instructions", None),
    # a closing dash attribution whose long speaker phrase only parses up to its first "of"
    ("dash_press_service_head", DASH_PRESS_SERVICE, "Important investment projects", "press service"),
    # a head of government's press office after a lower-case possessive office
    ("prime_ministers_press_office", PM_PRESS_OFFICE, "They discussed ways",
     "Andorian prime minister\u2019s press office"),
    # a statement titled by its genre only, its issuer in the third person
    ("titled_statement_narration", GENRE_TITLED_STATEMENT, "It has also been agreed",
     "Pacific Islands Forum Secretariat"),
    ("titled_statement_report_has_a_narrator", GENRE_TITLED_REPORT, "It has also been agreed", None),
    # a statement titled by its genre only and signed at its foot by its issuer
    ("footer_statement_body", FOOTER_SIGNED_STATEMENT, "For the record",
     "MINISTRY OF FOREIGN AFFAIRS OF ANDORIA"),
    ("footer_statement_the_said_is_no_verb", FOOTER_SIGNED_STATEMENT, "The said reports",
     "MINISTRY OF FOREIGN AFFAIRS OF ANDORIA"),
    ("footer_statement_signature_is_nobodys", FOOTER_SIGNED_STATEMENT, "Ana Ruiz (Spokesperson)", None),
    ("footer_statement_report_has_a_narrator", FOOTER_SIGNED_REPORT, "For the record", None),
    # a block cue after a wire's dateline dash
    ("dateline_dash_block_speaker", DATELINE_DASH_BLOCK, "This is based on", "Royal Court"),
    ("capitals_heading_is_nobodys", CAPITALS_HEADINGS, "THE BRIEFING", None),
    ("capitals_heading_in_a_paragraph_is_nobodys", CAPITALS_HEADINGS, "BACKGROUND", None),
    ("capitals_heading_body_stays_the_issuers", CAPITALS_HEADINGS, "Our priority has been",
     "Pacific Islands Forum Secretariat"),
    ("courtesy_call_is_no_speech", COURTESY_CALL, "from 12 ambassadors", None),
    ("courtesy_call_then_said", COURTESY_CALL, "the envoys must promote", "Tomas Rivera"),
    ("state_before_headline_verb", STATE_HEADLINE, "Attack On Border Post", "Norway"),
    ("headline_lead_meeting_is_the_subjects", MEETING_LEAD, "Andoria willing to help", "Tomas Rivera"),
    ("headline_lead_pm_is_a_title", PM_LEAD, "No fallout with Borduria", "Tomas Rivera"),
    ("headline_lead_lower_case_is_narration", MEETING_LEAD_NARRATED, "they talk about", None),
    # greetings are no statements; a welcomed decision or a welcomed person's comments are
    ("greeting_delegations", GREETINGS, "are in the country for the summit", None),
    ("greeting_a_titled_guest", GREETINGS, "President Tomas Rivera of Borduria", None),
    ("welcomed_a_decision", GREETINGS, "the decision of the two parliaments", "Ana Ruiz"),
    ("welcomed_a_persons_comments", GREETINGS, "President Tomas Rivera's comments", "Ana Ruiz"),
    # the mistyped closing mark closes the quotation: both quoted sentences are the Prime Minister's
    ("mistyped_closing_mark", MISTYPED_CLOSE, "The antidote is unity", "Prime Minister"),
    # "HE the <title> <name>" and "His Excellency" as his pronoun
    ("honorific_the_title_name", HONORIFIC_RELEASE, "the measures were surprising", "Tamim bin Omar Rivera"),
    ("quoted_y_as_stating_is_ys", QUOTING_RELEASE, "the talks have stalled", "Tomas Rivera"),
    ("x_quoted_y_is_xs_too", QUOTING_RELEASE, "the talks have stalled", "Ana Ruiz"),
    ("his_excellency_is_a_pronoun", HONORIFIC_RELEASE, "all parties want", "Tamim bin Omar Rivera"),
    ("stated_in_the_statement_of", STATED_IN_STATEMENT, "Lima ( -- Andoria is concerned",
     "Ministry of Foreign Affairs of Andoria"),
    ("stated_in_the_statement_names_source", STATED_IN_STATEMENT, "This was stated in the statement",
     "Ministry of Foreign Affairs of Andoria"),
    ("announced_in_a_communique_issued_by", STATED_IN_STATEMENT, "The border will stay", "Foreign Ministry of Peru"),
    ("stated_in_a_release_without_author", STATED_IN_STATEMENT, "The talks will resume", None),
    ("in_the_release_it_is_indicated", IN_THE_RELEASE, "the two ministers discussed",
     "Ministry of Foreign Affairs of Andoria"),
    ("in_the_statement_comma", IN_THE_RELEASE, "the two ministers “were able", "Ministry of Foreign Affairs of Andoria"),
    ("in_the_morning_is_no_document", IN_THE_RELEASE, "the two ministers visited", None),
    ("in_its_report_is_no_opener", IN_THE_RELEASE, "Global Outlook 2026", None),
    ("in_the_document_is_no_release", IN_THE_DOCUMENT, "the writer supposes", None),
    ("state_adjective_document", STATE_DOCUMENT, "Turkey assuming", "United States"),
    ("it_said_after_communique", IT_SAID_COMMUNIQUE, "The two ministers also met", "joint communique"),
    ("it_said_opening_after_communique", IT_SAID_COMMUNIQUE, "the meeting opened", "joint communique"),
    ("presented_statement_first_person", PRESENTED_STATEMENT, "Today I held", "Ingrid Halvorsen"),
    ("presented_statement_next", PRESENTED_STATEMENT, "It is reassuring", "Ingrid Halvorsen"),
    ("presented_statement_headline", PRESENTED_STATEMENT, "Andorian minister meets", None),
    ("they_nearer_group_than_speaker", THEY_NEARER_GROUP, "regional dialogue can serve", "Ministers"),
    ("participants_are_a_group", MINUTES_PARTICIPANTS, "the commission to send", "The participants"),
    ("they_after_participants", MINUTES_PARTICIPANTS, "on all parties", "The participants"),
    ("statement_of_issuer_body", TITLED_ISSUER_OF, "On 8 August 2012", "Foreign Ministry of Andoria"),
    ("statement_of_issuer_last_body", TITLED_ISSUER_OF, "Borduria must be aware", "Foreign Ministry of Andoria"),
    ("statement_of_issuer_dateline", TITLED_ISSUER_OF, "Andor City", None),
    ("remarks_lead_quotation", REMARKS_LEAD, "Over the course of my Chairmanship", "Philip Pierre"),
    ("remarks_lead_itself", REMARKS_LEAD, "In his opening remarks", None),
    ("other_lead_no_quotation_speaker", REMARKS_LEAD, "Trade in the region", None),
    ("commentary_of_a_ministry", COMMENTARY_OF, "the talks in Minsk", "Kyrgyz MFA"),
    ("headline_dash_same_state_body", HEADLINE_SAME_STATE_BODY, "Border issue not discussed",
     "Kyrgyz Foreign Ministry"),
]


# "sum up" reports a readout's review (CIS foreign ministries' phone-call readouts); by hand: the subject of
# "summed up" is "the foreign ministers", the two the first paragraph names, the results reviewed their words
SUMMED_UP = (
    "Andorian Foreign Minister Ana Ruiz spoke by phone with Vulcan Foreign Minister Tomas Rivera.\n\n"
    "During the conversation, the foreign ministers summed up the results of the outgoing year, noting the "
    "steady growth of trade.\n"
)
# "in which it said" after a document the main clause's subject issued: "it" is that body, not the body
# named in the paragraph before (Caribbean press copy of CARICOM statements); by hand: the subject of
# "had earlier issued a statement" is the Vulcan Foreign Ministry
ISSUED_IN_WHICH_IT = (
    "The Andorian Foreign Ministry said the talks were useful.\n\n"
    "The Vulcan Foreign Ministry had earlier issued a statement in which it said it \u201cis actively "
    "monitoring the situation\u201d.\n"
)
# "This is stated in the message of X" (present tense, translated Central Asian copy) credits the sentence
# before; X may be an office with a ministry's full name of ten words; when the sentence before is someone's
# already, the credit line is X's own statement. By hand: the agent after "the message of" is the press service
# with "Foreign Affairs", the sentence before has no speaker of its own
MESSAGE_OF_PRESS_SERVICE = (
    "Ruiz spoke by phone with Rivera. This is stated in the message of the press service of the Kazakh "
    "Ministry of Foreign Affairs in Telegram-channel.\n"
)
# a White House readout's calls with a purpose infinitive (the caller's speech act: cues.CALL_BEFORE_RE),
# "communicated that" (speech_verbs.txt) and "called on X to ..." (the infinitive is X's, no call). By
# hand: the subject before "spoke" is President Halvorsen, before "communicated" The President (Halvorsen)
PURPOSE_CALLS = (
    "President Halvorsen spoke by phone yesterday with Prime Minister Ruiz of Peru to express condolences to "
    "the families of the victims. The President communicated that he could not be more proud of the crews.\n\n"
    "President Halvorsen called on the rebels to express regret for the attack.\n"
)
# a reprinted readout under a line naming its issuer in the passive (statement_words.txt block headings):
# by hand, the agent after "issued by" is the White House; "after the call" is the occasion, cut off
REPRINTED_READOUT = (
    "Halvorsen and Ruiz spoke on Tuesday.\n\n"
    "Here is a full readout that was issued by the White House after the call:\n\n"
    "President Halvorsen and Prime Minister Ruiz spoke today regarding Peru. The conversation was a very good "
    "one. The United States will be sending a representative to the talks.\n"
)
CASES += [
    ("call_to_express_is_callers", PURPOSE_CALLS, "condolences to the families", "Halvorsen"),
    ("communicated_that_is_speech", PURPOSE_CALLS, "he could not be more proud", "Halvorsen"),
    ("called_on_to_express_is_no_callers", PURPOSE_CALLS, "regret for the attack", None),
    ("readout_issued_by_heads_block", REPRINTED_READOUT, "The conversation was a very good", "White House"),
    ("readout_issued_by_heads_block_2", REPRINTED_READOUT, "The United States will be sending", "White House"),
]
CASES += [
    ("stated_in_the_message_of_credits_before", MESSAGE_OF_PRESS_SERVICE, "Ruiz spoke by phone",
     "press service of the Kazakh Ministry of Foreign Affairs"),
    ("stated_in_the_message_of_itself", MESSAGE_OF_PRESS_SERVICE, "This is stated",
     "press service of the Kazakh Ministry of Foreign Affairs"),
    ("account_line_first_paragraph", ACCOUNT_LINE, "The Prime Minister and President spoke",
     "Downing Street spokesman"),
    ("account_line_later_paragraph", ACCOUNT_LINE, "The two leaders agreed", "Downing Street spokesman"),
    ("summed_up_results", SUMMED_UP, "the results of the outgoing year", "Ana Ruiz and Tomas Rivera"),
    ("issued_statement_in_which_it_said", ISSUED_IN_WHICH_IT, "it \u201cis actively", "Vulcan Foreign Ministry"),
]

# "For <person>, <clause>" opening a sentence (translated "Pour/Para X, ..."): by hand the clause after the comma
# is the view of the person named ("the Andorian foreign minister" is Ana Ruiz, the one foreign minister named
# before); "For the first time," (no person), "For Russia," (a country) and "For Borduvia," (one capitalised word,
# as likely a place) are no opinion frames: those sentences stay the narrator's
OPINION_FRAME = (
    "Andorian Foreign Minister Ana Ruiz met the Borduvian ambassador on Monday.\n\n"
    "For the Andorian foreign minister, this is an example of how the region can work together.\n\n"
    "For the first time, the two countries opened a joint office in the capital.\n\n"
    "For Borduvia, the stakes of the talks are high.\n\n"
    "For Russia, the outcome of the vote matters most.\n"
)
CASES += [
    ("for_a_minister_is_an_opinion_frame", OPINION_FRAME, "this is an example", "Ana Ruiz"),
    ("for_the_first_time_is_no_opinion_frame", OPINION_FRAME, "the two countries opened", None),
    ("for_one_capitalised_word_is_no_opinion_frame", OPINION_FRAME, "the stakes of the talks", None),
    ("for_a_country_is_no_opinion_frame", OPINION_FRAME, "the outcome of the vote", None),
]

# reports named by their medium ("television reports", "press reports") are a source as "media reports" are:
# by hand the sentence's source is the one after "according to", the television reports
MEDIUM_REPORTS = (
    "Talks between the foreign secretaries of Andor and Borduvia have ended, and according to television "
    "reports, both sides have agreed to meet again.\n"
)
CASES += [
    ("medium_reports_are_a_source", MEDIUM_REPORTS, "Talks between", "television reports"),
]

# "are agreed that" after a plural subject is "agree" (official readout English), no passive: by hand the two
# prime ministers named before state it; "It was agreed that" (impersonal, "was") stays no cue
ARE_AGREED = (
    "Prime Minister Ana Ruiz met Borduvian Prime Minister Tomas Rivera in Andor on Thursday.\n\n"
    "The prime ministers are agreed that the two countries should improve cooperation. "
    "It was agreed that the talks would go on.\n"
)
CASES += [
    ("are_agreed_that_is_agree", ARE_AGREED, "the two countries should", "Ana Ruiz and Tomas Rivera"),
    ("it_was_agreed_is_no_cue", ARE_AGREED, "the talks would go on", None),
]

# "X made these remarks ..." points back to what X said, as "made this known" does: by hand the sentence is
# Tomas Rivera's (the surname of the person named before)
MADE_THESE_REMARKS = (
    "Foreign Secretary Tomas Rivera met his Andorian counterpart on Thursday.\n\n"
    "\u201cWe want good relations with Andor,\u201d Rivera said.\n\n"
    "Rivera made these remarks shortly before leaving for the talks venue.\n"
)
CASES += [
    ("made_these_remarks_is_speakers", MADE_THESE_REMARKS, "shortly before leaving", "Tomas Rivera"),
]

# two states speaking as one ("Both the countries observed that ...", "The two countries expressed grave
# concerns ...": South Asian press on two states' talks): by hand the phrase itself is the speaker, as written,
# never the two people last named (here the visiting minister and the host's president, not the two states' voice)
COUNTRY_PAIR = (
    "Foreign Minister Tomas Rivera of Borduvia called on President Ana Cruz of Andor in Andorra City on Monday.\n\n"
    "Both the countries observed that peace in the region was vital for trade. "
    "The two countries expressed grave concerns over the violence at the border.\n"
)
CASES += [
    ("both_the_countries_stays_as_written", COUNTRY_PAIR, "peace in the region", "Both the countries"),
    ("the_two_countries_stays_as_written", COUNTRY_PAIR, "grave concerns", "The two countries"),
]


# pull-quotes over a long "Full Text of statement made by X ..." title and a first-person body
# (titled_first_person_body, pull_quote_lines): by hand the body and both pull-quotes are the minister's
# (the title names him as the statement's maker), the title line itself nobody's
FULL_TEXT_STATEMENT = (
    "\"Leadership Constructive And Positive\"\n\n"
    "\"I leave Andor with renewed determination to work with Andor.\"\n\n"
    "Full Text of statement made by Foreign Minister Tomas Rivera on departure from Lima after the Council "
    "of Ministers meeting\n\n"
    "I have had a productive and useful visit to Andor. The Council meeting has resulted in significant steps.\n"
)
# a round-up's heading line "Name – office" over the person's paragraph (headline_speakers, name_only): by
# hand the line says nothing (a name and an office), the paragraph below is Rivera's
NAME_OFFICE_HEADING = (
    "Politicians Talk – Tuesday 26/04/2026\n\n"
    "Tomas Rivera – Andor's foreign minister\n\n"
    "Rivera said on Monday that the threat of a conflict should not be underestimated.\n"
)
CASES += [
    ("full_text_statement_body", FULL_TEXT_STATEMENT, "I have had a productive", "Tomas Rivera"),
    ("full_text_statement_pull_quote", FULL_TEXT_STATEMENT, "\"I leave Andor", "Tomas Rivera"),
    ("full_text_statement_title_is_nobodys", FULL_TEXT_STATEMENT, "Full Text", None),
    ("name_office_heading_is_no_statement", NAME_OFFICE_HEADING, "Tomas Rivera", None),
    ("name_office_heading_body", NAME_OFFICE_HEADING, "the threat of a conflict", "Tomas Rivera"),
]


# a joint statement's title naming its two signatories, "by" one office and name "and" another, over numbered
# points in the third person (Resolver.joined_in_line): by hand "The Ministers" and "They" are the pair the
# title names (both foreign ministers), a group of the two; "Both sides agreed to hold ..." is an agreement,
# no statement (the gold guideline), so nobody's
JOINT_TITLE_PAIR = (
    "Joint Statement by Foreign Minister Ana Cruz of Andor and Foreign Minister Tomas Rivera of Borduvia\n\n"
    "1. The Ministers reaffirmed the close partnership between their two countries.\n\n"
    "2. Both sides agreed to hold the next round of consultations in Lima in 2027.\n\n"
    "3. They expressed grave concern about the situation on the border and called for restraint.\n"
)
# the same title over a body in the first person plural (titled_first_person_body, title_pair): by hand the
# "we" is the two ministers the title names together, not the first of them alone
JOINT_TITLE_PAIR_WE = (
    "Joint Statement by Foreign Minister Ana Cruz of Andor and Foreign Minister Tomas Rivera of Borduvia\n\n"
    "1. We reaffirm the close partnership between our two countries.\n\n"
    "2. We are gravely concerned about the situation on the border and call for restraint.\n"
)
# "Joint Communiqué between" two titled people over a "we" body (JOINT_TITLE_RE with "between", signatory):
# by hand the signatories are the two people as the title names them, a group of the two
JOINT_COMMUNIQUE_BETWEEN = (
    "Joint Communiqué between Foreign Minister Ana Cruz of Andor and Foreign Minister Tomas Rivera of "
    "Borduvia\n\n"
    "1. We welcome the excellent state of relations between our countries.\n\n"
    "2. We stress the need to strengthen coordination on regional issues.\n"
)
CASES += [
    ("joint_title_pair_we_first", JOINT_TITLE_PAIR_WE, "We reaffirm", "Ana Cruz and Tomas Rivera"),
    ("joint_title_pair_we_second", JOINT_TITLE_PAIR_WE, "We are gravely", "Ana Cruz and Tomas Rivera"),
    ("joint_communique_between_we", JOINT_COMMUNIQUE_BETWEEN, "We stress the need", "Ana Cruz and Tomas Rivera"),
    ("joint_communique_between_title_is_nobodys", JOINT_COMMUNIQUE_BETWEEN, "Joint Communiqué", None),
]
CASES += [
    ("joint_title_pair_the_ministers", JOINT_TITLE_PAIR, "the close partnership", "Ana Cruz and Tomas Rivera"),
    ("joint_title_pair_they", JOINT_TITLE_PAIR, "grave concern", "Ana Cruz and Tomas Rivera"),
    ("joint_title_pair_agreement_is_nobodys", JOINT_TITLE_PAIR, "to hold the next round", None),
    ("joint_title_pair_title_is_nobodys", JOINT_TITLE_PAIR, "Joint Statement", None),
]


# a document as the subject of a cue set off by commas ("the press release read"), the clause going on after
# it: by hand, "read" needs no clause right after it there (the sentence around it is the content), and "the
# press release" is the ministry's, which the sentence before names as issuing it
PRESS_RELEASE_ASIDE = (
    "Foreign Minister Ana Cruz met her counterpart Tomas Rivera on Tuesday.\n"
    "Cruz and Rivera, the Ministry of Foreign Affairs said in a press release, discussed trade and energy.\n"
    "The two ministers, the press release read, agreed that the border talks should resume in May.\n"
)
CASES += [
    ("document_in_a_cue_aside", PRESS_RELEASE_ASIDE, "agreed that the border talks", "Ministry of Foreign Affairs"),
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


# what is no speech act inside a quoted readout: the sentence stays the ministry's alone (one statement)
QUOTED_NOT_SPEECH_ACTS = [
    ("quoted_agreed_is_no_speech_act", "The two ministers agreed"),
    ("quoted_call_is_no_speech_act", "Rivera called the minister"),
    ("quoted_present_is_the_issuers", "Andoria welcomes"),
    ("quoted_agreed_after_subject_is_no_speech_act", "The two ministers \u201cagreed"),
    # speech_verbs.txt "clarify : that": its noun object ("some misunderstandings") is what was cleared up, no
    # content (by hand, the spent round CV's quoted readout lists no inner source there)
    ("quoted_clarified_object_is_no_speech_act", "\u201cRivera exchanged views"),
]


@pytest.mark.parametrize("name,sentence", QUOTED_NOT_SPEECH_ACTS, ids=[c[0] for c in QUOTED_NOT_SPEECH_ACTS])
def test_quoted_readout_without_speech_act(name, sentence):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(QUOTED_SPEECH_ACTS)
    start = QUOTED_SPEECH_ACTS.index(sentence)
    end = QUOTED_SPEECH_ACTS.index("\n", start)
    inside = st[(st["start"] < end) & (st["end"] > start)]
    assert inside["speaker"].tolist() == ["Foreign Ministry"], f"{name}:\n{st[['speaker', 'text']]}"


def test_title_lines_over_one_line_paragraphs_are_lines():
    """layout.title_lines_over_body: four lines without final punctuation (the title, two lines of
    address) over three lines that end sentences are six paragraphs, the first line its headline; a
    hard-wrapped block whose line after "... governments." breaks mid-sentence again stays one paragraph."""
    from helpers import load_article

    art = load_article(REMARKS_LINES)
    paras = art.paragraphs
    assert len(paras) == 6
    first = REMARKS_LINES.index("\n")
    assert (paras["start"].iloc[0], paras["end"].iloc[0]) == (0, first)
    assert paras["kind"].iloc[0] == "headline"
    assert paras["text"].iloc[5] == "Last month, the Deputy Minister visited the border region to show our support."
    assert len(load_article(WRAPPED_REMARKS).paragraphs) == 1


def test_wide_wrapped_copy_splits_at_title_lines():
    """layout.wrapped_paragraphs: a copy broken every ~290 characters (over WIDE_WRAP_CHARS) keeps its title
    lines and one-line paragraphs apart (each short line leaves room for the next line's first word), while
    the two lines of the body broken mid-sentence ("... beyond their capacity and" / "overcrowded.") stay one
    paragraph. Counted by hand in BRIEFING_NOTES: 6 title and intro lines, then the body's one paragraph."""
    from helpers import load_article

    paras = load_article(BRIEFING_NOTES).paragraphs
    assert len(paras) == 7
    assert paras["text"].iloc[3] == "BRIEFER: Ana Ruiz, WFP Spokesperson"
    assert paras["text"].iloc[6].startswith("The number of people") and "overcrowded." in paras["text"].iloc[6]
    # a speech wrapped at PDF widths under WIDE_WRAP_CHARS stays one paragraph ("I salute the" breaks a sentence)
    assert len(load_article("I salute the\nPresident of the Assembly and all delegations\n"
                            "here in this hall, and I thank the\nSecretary-General.").paragraphs) == 1


def test_a_group_is_right_when_the_gold_lists_each_member(tmp_path):
    """tests/gold/README.md: a group that speaks as one is one source; the gold may list each member's
    name. The system names the group by its members ("Ana Ruiz and Jean-Luc Le Bras"): right when the gold
    lists both, wrong when it lists one only."""
    from helpers.attribution.evaluate import evaluate

    (tmp_path / "t.txt").write_text(READOUT, encoding="utf-8")
    both = "[Ana Ruiz, Jean-Luc Le Bras, Ministers Ruiz and Le Bras]"
    for name, names, tp in (("both.yaml", both, 1), ("one.yaml", "[Ana Ruiz]", 0)):
        (tmp_path / name).write_text(
            f"text: t.txt\nstatements:\n  - anchor: \"Ministers Ruiz and Le Bras\"\n    speaker: {names}\n",
            encoding="utf-8",
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = evaluate(tmp_path / name)
        rows = r["sentences"]
        row = rows[rows["text"].str.startswith("Ministers Ruiz")].iloc[0]
        assert row["system"] == "Ana Ruiz and Jean-Luc Le Bras"
        assert (row["verdict"] == "right") == bool(tp), row["verdict"]


# a headline "X MEETS Y" / "X Meets Y" names two parties, and its meeting verb is no word of a name: before
# this rule "RUIZ MEETS BORDUVIAN AMBASSADOR" was a person (the antecedent of "the Borduvian diplomat") and
# "Ruiz Meets Chairman" one of "the parties"; by hand, no speaker of these texts contains "meets"
MEETING_HEADLINES = [
    "FOREIGN MINISTER RUIZ MEETS BORDUVIAN AMBASSADOR\n\nCaretaker Minister of Foreign Affairs, Dr. Ana Ruiz, on "
    "Monday met with Borduvian Ambassador to Andoria, Tomas Rivera.\n\n‘We are in constant contact on an array of "
    "topics,’ the Borduvian diplomat said on emerging.\n",
    "FM Ruiz Meets Chairman of the Borduvian Council\nANDOR, 22.12.2020 – Yesterday, the Minister of Foreign "
    "Affairs Ana Ruiz met with the Chairman of the Borduvian Council Tomas Rivera in Andor.\nThe parties "
    "emphasized that trade is an important area of cooperation.\n",
]


# two parties before the plain form of a headline verb ("Gorbachev, Bush Confer by Telephone"): names.txt's
# [headline action verbs] and transcript_labels.txt's [headline verbs] are read into [name stop] with their
# plain forms; by hand, the body's "President Ruiz said" is Ana Ruiz's, never "Ruiz Confer"'s
MEETING_HEADLINES.append(
    "Rivera, Ruiz Confer by Telephone : Diplomacy: The President called the conversation \u2018a good talk.\u2019\n\n"
    "President Ana Ruiz said she and Borduvian leader Tomas Rivera held a \u201cvery constructive\u201d "
    "telephone conversation today.\n"
)


def test_headline_verbs_are_name_stops_with_their_plain_forms():
    from helpers.lexicons.names import load_names

    stop = load_names().name_stop
    # by hand: "confers" (names.txt) -> "Confer"; "urges" (transcript_labels.txt) -> "Urge", "URGES"
    assert {"Confers", "Confer", "CONFER", "Urge", "URGES", "Meets", "MEETS"} <= stop
    assert "Host" not in stop  # "hosts | noun": "Talk Show Host" keeps its noun


@pytest.mark.parametrize("text", MEETING_HEADLINES, ids=["capitals", "title_case", "plain_form"])
def test_meeting_verb_is_no_name_word(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(text)
    assert not st.empty
    assert not st["speaker"].str.contains("meets|confer", case=False).any(), st[["speaker", "text"]]


# An agency's bullet summary under its headline: a bullet opening with a bare speech verb ("Says ...") has no
# subject of its own and carries on the speaker of the bullet above (by hand: bullet 1 is the foreign
# minister's by its postposed "says"; bullet 2 opens with "Says", so it is hers too); a plain bullet after
# them ("Andoria and Vulcan have been rivals") is the outlet's.
BARE_VERB_BULLETS = (
    "Andorian foreign minister describes talks with Vulcan as 'cordial'\n\n"
    "  • \"We are serious about the talks,\" Andorian foreign minister says.\n"
    "  • Says four rounds of talks had been held with Vulcan since April.\n"
    "  • Andoria and Vulcan have been rivals for years.\n\n"
    "Andorian Foreign Minister Thy'lek Shran has said that talks with Vulcan had been \"cordial\".\n"
)


@pytest.mark.parametrize("content,speaker", [
    ("Says four rounds of talks", "Andorian foreign minister"),
    ("Andoria and Vulcan have been rivals", None),
])
def test_bullet_with_a_bare_speech_verb_carries_on_the_speaker_above(content, speaker):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(BARE_VERB_BULLETS)
    rows = st[st["text"].str.contains(content, regex=False)]
    if speaker is None:
        assert rows.empty, rows[["speaker", "text"]]
    else:
        assert rows["speaker"].tolist() == [speaker], st[["speaker", "text"]]


def test_prepared_remarks_introduced_as_such_are_the_named_officials():
    # "These are the prepared remarks of <office> <name with a middle initial> - to whom quoted text may be
    # attributed - at ...": [briefing headings] "prepared remarks of"; the initial's stop ("H.") does not end
    # the name. Expected by hand: the two quoted paragraphs after it are Ana M. Ruiz's, the intro nobody's.
    text = (
        "4 June 2026: Children pay the price of war\n\n"
        "NEW YORK, 4 June 2026 - These are the prepared remarks of UNICEF Executive Director Ana M. Ruiz - to "
        "whom quoted text may be attributed - at today's press briefing at UNICEF Headquarters.\n\n"
        "\u201cI have recently returned from a trip to Mali, where children are suffering in silence.\n\n"
        "\u201cMore than a million children are out of school.\u201d\n"
    )
    st = statements(text)
    said = dict(zip(st["text"].str[:12], st["speaker"], strict=False))
    assert said["\u201cI have rece"] == "Ana M. Ruiz"
    assert said["\u201cMore than a"] == "Ana M. Ruiz"
    assert not any(t.startswith("NEW YORK") for t in st["text"])


# A headline whose speaker meets someone before a colon and a quotation, the lead longer than a short credit
# (by hand: the phrase before the meeting verb "meets" is the Andorian foreign minister, whom the body names
# Ana Ruiz; the quotation after the colon is hers, though the lead runs past sixty characters)
LONG_MEETING_HEADLINE = (
    'Andorian foreign minister meets with new Vulcan envoy for the Borduvian region: "His is not an easy task"\n\n'
    "Andorian Foreign Minister Ana Ruiz met Tomas Rivera in Andor on Monday.\n\n"
    "Ruiz said that the talks were good.\n"
)


def test_long_meeting_headline_before_a_quotation_is_the_speakers():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(LONG_MEETING_HEADLINE)
    rows = st[st["text"].str.contains("His is not an easy task", regex=False)]
    assert rows["speaker"].tolist() == ["Ana Ruiz"], st[["speaker", "text"]]


# "assess" is a cue only with "that" written (speech_verbs.txt "assess_that"): a noun object followed by a
# coordinated verb ("assessed the strains ... and looked for ...") is research narrated, no one's words
def test_assessed_with_a_noun_object_is_no_cue():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements("In this work, scientists assessed the strains of E. coli from infected humans and "
                        "looked for the same strains in sewage.")
    assert st.empty, st[["speaker", "text"]]


# a statement heading whose words run on past the speaker into the occasion ("Statement by President X'
# following the meeting:"), over a block opened by a single quotation mark that never closes: expected, by
# hand, both body sentences the president's (the heading names him; the lead gives his full name)
STATEMENT_HEADING_WITH_OCCASION = (
    "On 28 January, President of Latvia Egils Levits met the Prime Minister at the Riga Castle to discuss "
    "security priorities.\n"
    "Statement by President Levits’ following the meeting:\n"
    "‘During today’s meeting, officials and I exchanged views about the effect of Russia’s policy.\n"
    "We discussed the response of NATO to Russia’s demands, only to conclude that it is in line with our "
    "national interests.\n"
)


def test_statement_heading_with_its_occasion_names_the_speaker():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(STATEMENT_HEADING_WITH_OCCASION)
    for words in ("officials and I exchanged views", "We discussed the response"):
        rows = st[st["text"].str.contains(words, regex=False)]
        assert rows["speaker"].tolist() == ["Egils Levits"], st[["speaker", "text"]]


# one question and its answer without labels under a line introducing them ("... the question addressed to
# the spokesperson and her answer:"): expected, by hand, the question the outlet's (an anonymous
# "Journalist") and every sentence of the answer the spokesperson the lead names
INTRODUCED_EXCHANGE = (
    "The spokesperson of the Azerbaijani Foreign Ministry Leyla Abdullayeva has responded to a media "
    "inquiry.\n\n"
    "Report presents the question addressed to the spokesperson and her answer:\n\n"
    "Could you please comment on the statement of the Armenian Prime Minister on the national security "
    "strategy?\n\n"
    "As always, it is very difficult to understand the Armenian prime minister. There is no doubt that his "
    "statements are designed for an internal audience.\n"
)


def test_introduced_question_and_answer_without_labels():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(INTRODUCED_EXCHANGE)
    asked = st[st["text"].str.contains("Could you please comment", regex=False)]
    assert asked["speaker"].tolist() == ["Journalist"], st[["speaker", "text"]]
    for words in ("it is very difficult", "There is no doubt"):
        rows = st[st["text"].str.contains(words, regex=False)]
        assert rows["speaker"].tolist() == ["Leyla Abdullayeva"], st[["speaker", "text"]]


# a joint press conference's opening statement with no labels under a title naming the host, then the guest
# after "with" (UK government transcripts: "Theresa May – 2019 Press Conference with US President Donald
# Trump"); the host welcomes the guest in the third person
HOST_AND_GUEST_TITLE = (
    "Theresa May – 2019 Press Conference with US President Donald Trump\n\n"
    "Below is the text of the press conference in London on 4 June 2019.\n\n"
    "So I am very pleased to welcome the President of the United States on this State Visit.\n\n"
    "For the past two years the President and I have worked together closely.\n"
)


def test_first_person_remarks_under_a_host_and_guest_title_are_the_hosts():
    # by hand: the person named first, before the dash, is the host who speaks; the guest after "with" is
    # addressed in the third person ("welcome the President"), never the speaker
    import helpers
    st = helpers.statements(helpers.load_article(HOST_AND_GUEST_TITLE))
    got = {r.text[:20]: r.speaker for r in st.itertuples()}
    assert got.get("So I am very pleased") == "Theresa May", got
    assert "Donald Trump" not in got.values(), got


# a reported clause whose subject a negative quantifier opens ("the junior minister said no member of the
# committee has said ..."): nobody speaks there, the host relays what was not said
NO_ONE_SAID = (
    "Foreign Minister Tomas Rivera spoke to reporters in Andorra City on Tuesday.\n\n"
    "Rivera said no member of the committee has said Borduvia is putting pressure on Andor.\n\n"
    "He further said the talks of the committee are confidential.\n"
)


def test_no_one_in_a_reported_clause_is_no_source():
    # by hand: both sentences are Rivera's alone (the surname of the minister named before, "He" the same
    # man); "no member of the committee" names nobody who spoke, so it is neither a second source nor "He"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(NO_ONE_SAID)
    for words in ("no member of the committee", "the talks of the committee"):
        rows = st[st["text"].str.startswith(words)]
        assert rows["speaker"].tolist() == ["Tomas Rivera"], st[["speaker", "text"]]


# a readout quoted after "according to", its next sentences quoting it on; then a document whose "from"
# names plural office-holders (made-up names and words, the shape of a wire's call report)
READOUT_QUOTED_ON = (
    "Prime Minister Ana Lind and President Tomas Rivera had a “frank and useful conversation” on Monday, "
    "according to a readout from the Prime Minister’s Office.\n\n"
    "The two discussed fisheries and “a new partnership for the northern coast.” They also spoke about "
    "“lasting calm” in the region. The statement gave no further details.\n\n"
    "On Tuesday, Lind met ministers from the region.\n\n"
    "A joint letter from the foreign ministers said the plan will “put the coast at risk.”\n"
)


def test_readout_quoted_on_and_letter_from_office_holders():
    # by hand: "The two discussed ..." and "They also spoke ..." have no cue of their own and quote words of
    # the readout named just before: the readout's, that is its office's; "The statement gave ..." has no
    # quotation and ends the run. The letter "from the foreign ministers" is theirs, not the office's that
    # spoke last: it speaks as itself ("joint letter", the phrase without its article)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(READOUT_QUOTED_ON)
    got = {r.text[:16]: r.speaker for r in st.itertuples()}
    assert got.get("The two discusse") == "Prime Minister’s Office", got
    assert got.get("They also spoke ") == "Prime Minister’s Office", got
    assert not any(t.startswith("The statement") for t in got), got
    assert got.get("the plan will “p") == "joint letter", got


# A title-case heading's prepositions ("With", "About") end the person's name before them (the shape of an
# archived White House statement heading, "... Conversation With President and Mrs. Gorbachev About the
# Earthquake in Armenia")
def test_title_case_prepositions_end_a_person_name_not_an_organisation():
    from helpers.attribution.phrases import NPParser
    from helpers.lexicons.titles import load_titles

    p = NPParser(load_titles())
    # by hand: "Mrs. Lind About the Floods" -> the name stops before "About"; "Institute For Peace" is an
    # organisation's name ("Institute", an organisation word, goes on through "For")
    s = "Conversation With Mrs. Lind About the Floods"
    np_ = p.parse(s, s.index("Mrs."), len(s), allow_tail=True)
    assert np_ is None or "About" not in (np_.name or ""), np_
    s2 = "the Andorian Institute For Peace"
    np2 = p.parse(s2, 4, len(s2), allow_tail=False)
    assert np2 is not None and "Peace" in np2.text, np2


def test_title_case_heading_preposition_is_no_speaker_word():
    # by hand: the heading names "Mrs. Lind" and "About" starts the topic ("About the Floods"), so no speaker
    # of the body is "Mrs. Lind About" (it took the lead-person credit for "the President")
    text = (
        "Statement on President and Mrs. Ruiz's Conversation With President and Mrs. Lind About the Floods\n\n"
        "The President and Mrs. Ruiz telephoned President and Mrs. Lind this morning.\n\n"
        "The President told President Lind: \u201cWe stand with your people.\u201d\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(text)
    assert not st["speaker"].str.contains("About").any(), st[["speaker", "text"]]
