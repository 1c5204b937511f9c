"""Canonical speaker names (issue 13): the name a statement's speaker gets in the statements and speakers
tables, as a golden table of small texts written for this test (each composed after a construction seen in
wires, readouts and UN speeches; the source of the construction is named beside it).

Each case: (name, text, the start of a statement's content, the expected canonical speaker).
"""

from __future__ import annotations

import pytest

from helpers.attribution.phrases import NPParser
from helpers.attribution.speakers import speakers
from helpers.attribution.statements import statements
from helpers.lexicons.titles import load_titles

DATELINE_TEXT = (
    "Two countries should keep talking - minister\n\n"
    "MOSCOW: Russia's foreign minister Ivan Petrov told German Foreign Minister Anna Weber on Thursday that "
    "the two countries should keep talking.\n\n"
    "Petrov made the comment in a phone call, according to a statement on his ministry's website."
)

CASES = [
    # honorifics of address are no part of the name (Global Affairs Canada readouts: "The Honourable
    # Mélanie Joly, Minister of Foreign Affairs, met ..."; UN speeches: "H.E. Mr. ...", "His Excellency")
    (
        "the_honourable",
        "The Honourable Anne Dupuis, Minister of Trade, met her Chilean counterpart. "
        "Minister Dupuis stressed the importance of open markets.",
        "the importance of open markets",
        "Anne Dupuis",
    ),
    (
        "his_excellency_and_a_title",
        "His Excellency President Omar Tall told the Assembly that the region needed peace.",
        "the region needed peace",
        "Omar Tall",
    ),
    # an academic title before the name is no part of it (Montenegrin MFA releases: "Minister of Foreign
    # Affairs of Montenegro, Prof Srdjan Darmanovic, received ..."): the name is the two words after "Prof"
    (
        "prof_after_office",
        "Minister of Foreign Affairs of Ruritania, Prof Ivan Marek, received the ambassador. "
        "Minister Marek expressed gratitude for the continued support.",
        "gratitude for the continued support",
        "Ivan Marek",
    ),
    (
        "he_mr",
        "H.E. Mr. Karl Mertens said that the talks had been useful.",
        "the talks had been useful",
        "Karl Mertens",
    ),
    (
        "rt_hon",
        "The Rt Hon Jane Miles said that the treaty would be signed in May.",
        "the treaty would be signed",
        "Jane Miles",
    ),
    # a title, "of the" and an office before the name: the office word is no part of the name (US
    # Treasury readout: "Secretary of the Treasury Janet L. Yellen ... Secretary Yellen also conveyed that")
    (
        "office_after_of_the",
        "Secretary of the Interior Mary K. Quinn met the governors today. "
        "Secretary Quinn also conveyed that the funds would arrive in May.",
        "the funds would arrive",
        "Mary K. Quinn",
    ),
    # a title, "of the" and an organisation before the name: the name is the words after the organisation
    # word (UK-EU joint statement: "Prime Minister Keir Starmer and President of the European Commission
    # Ursula von der Leyen released a joint statement ... They reiterated their unwavering support ..."):
    # "Commission" ends the body, "Ursula" is a known given name, "von der" two particles of the surname,
    # so the pair "They" reiterates is Starmer and von der Leyen
    (
        "name_after_of_the_organisation",
        "Prime Minister Keir Starmer and President of the European Commission Ursula von der Leyen released "
        "a joint statement yesterday.\n\nThey reiterated their unwavering support for Ukraine's sovereignty.",
        "their unwavering support",
        "Keir Starmer and Ursula von der Leyen",
    ),
    (
        "name_after_of_the_organisation_alone",
        # ("Anna" is a given name of titles.txt: the two words after "Council" are her name)
        "President of the European Council Anna Weber said the summit had been useful.",
        "the summit had been useful",
        "Anna Weber",
    ),
    # a pair of offices the text has given to two people is those two people (White House readout: "President
    # Obama spoke today with Prime Minister Cameron ... The President and Prime Minister also discussed")
    (
        "pair_of_offices",
        "President Tall spoke today with Prime Minister Berg of Norway. "
        "The President and Prime Minister also discussed the situation in Sudan, agreeing that aid must reach "
        "the region.",
        "aid must reach",
        "Tall and Berg",
    ),
    # two offices before one name are one person (Pakistan's "Deputy Prime Minister and Foreign Minister
    # Ishaq Dar"); an "and" inside an office is no pair (France's "Minister for Europe and Foreign Affairs")
    (
        "two_offices_one_name",
        "Deputy Prime Minister and Foreign Minister Ali Rahim said the talks were useful.",
        "the talks were useful",
        "Ali Rahim",
    ),
    (
        "and_inside_the_office",
        "Minister for Europe and Foreign Affairs Jean-Paul Le Bris said the treaty was signed.",
        "the treaty was signed",
        "Jean-Paul Le Bris",
    ),
    # a surname with a particle is one surname: "Le Bris" later is "Jean-Paul Le Bris" (Global Affairs
    # Canada: "Jean-Yves Le Drian, France's Minister for Europe ..." and later "Minister Le Drian")
    (
        "surname_with_a_particle",
        "Jean-Paul Le Bris met his Canadian counterpart in Paris. Minister Le Bris said the visit was useful.",
        "the visit was useful",
        "Jean-Paul Le Bris",
    ),
    # a caption line run into the next line is no part of the next line's speaker (Press TV: a photo
    # caption "Iran's Foreign Minister Ali Akbar Salehi" over "Iran foreign minister has dismissed ...":
    # the speaker was "Ali Akbar Salehi Iran")
    (
        "caption_line_before_the_speaker",
        "Norway's Defence Minister Karl Holm\nNorway defence minister has said that the exercise would go "
        "ahead as planned.",
        "the exercise would go",
        "Norway defence minister",
    ),
    # a dateline is never a speaker (Reuters via Channel NewsAsia: "BEIJING: China's foreign minister Wang
    # Yi told ..." made "Beijing" a speaker label); an unnamed document is named without its determiner
    (
        "dateline_with_a_colon",
        DATELINE_TEXT,
        "the two countries should keep talking",
        "Ivan Petrov",
    ),
    (
        "document_without_its_determiner",
        DATELINE_TEXT,
        "Petrov made the comment",
        "statement",
    ),
    # "the ministry" is the ministry that spoke last, not one named earlier in a photo credit (Korea Herald:
    # a caption "(Ministry of Foreign Affairs)", then "..., the foreign ministry said." and "the ministry
    # said in a press release")
    (
        "the_ministry_that_spoke",
        "South Korean Foreign Minister Park Min-ho (Ministry of Foreign Affairs)\n\n"
        "Park Min-ho and his US counterpart agreed to keep talking, the foreign ministry said.\n\n"
        '"The two sides agreed to meet again in Seoul," the ministry said in a press release.',
        "The two sides agreed to meet again",
        "foreign ministry",
    ),
    # a spokesman for a named person is the spokesman, not that person (Press TV: "A spokesman for the EU
    # foreign policy chief Catherine Ashton said on Monday that ..." went to Catherine Ashton)
    (
        "spokesman_for_a_named_person",
        "A spokesman for the UN aid chief Maria Lind said on Monday that the convoy had been stopped.",
        "the convoy had been stopped",
        "spokesman for the UN aid chief Maria Lind",
    ),
    # "State Councilor" is a title (China's State Council; Singapore MFA: "State Councilor and Foreign
    # Minister Wang Yi" ... "Minister Balakrishnan commended State Councilor Wang"): the later "State
    # Councilor Wang" is the person named before, not a person named "State Councilor Wang"
    (
        "state_councilor",
        "Singapore's foreign minister spoke with State Councilor and Foreign Minister Li Wei on Monday. "
        "State Councilor Li said that the two countries would share information.",
        "the two countries would share",
        "Li Wei",
    ),
    # an organisation named with its owner's possessive keeps it (ITV: "Britain's Foreign Office said";
    # JoongAng Daily: "..., Seoul's Foreign Ministry said." and later "the ministry said"); a possessive
    # inside a name is part of it ("People's Liberation Army")
    (
        "possessive_in_an_organisation_name",
        "Britain's Foreign Office said the envoy would take up his post next month.",
        "the envoy would",
        "Britain's Foreign Office",
    ),
    (
        "possessive_then_the_ministry",
        "The two ministers spoke by phone on Friday, Seoul’s Foreign Ministry said. "
        "They agreed to meet in August, the ministry said.",
        "They agreed to meet",
        "Seoul’s Foreign Ministry",
    ),
    (
        "possessive_inside_a_name",
        "The People's Liberation Army said the drills had ended.",
        "the drills had ended",
        "People's Liberation Army",
    ),
    # an honorific without its periods and an Arabic name's particles after an office with "of" (Gulf
    # papers: "Minister of Foreign Affairs H E Sheikh ... bin ... Al Thani"); the pronoun after it is his
    (
        "h_e_and_bin_after_an_office_of",
        "DOHA: Minister of Foreign Affairs H E Khalid bin Ahmed bin Nasser Al Marri has said that talks "
        "will resume.\n\nHe said that the delegations will meet on Monday.",
        "talks will resume",
        "Khalid bin Ahmed bin Nasser Al Marri",
    ),
    (
        "pronoun_after_a_name_with_bin",
        "DOHA: Minister of Foreign Affairs H E Khalid bin Ahmed bin Nasser Al Marri has said that talks "
        "will resume.\n\nHe said that the delegations will meet on Monday.",
        "the delegations will meet",
        "Khalid bin Ahmed bin Nasser Al Marri",
    ),
    (
        "bint_after_an_office_for",
        "Minister for International Cooperation Noura bint Saleh Al Kaabi said that the aid had arrived.",
        "the aid had arrived",
        "Noura bint Saleh Al Kaabi",
    ),
    # an Arabic name is known later by its given name after a title (Gulf papers: "Amir H H Sheikh Tamim bin
    # Hamad Al Thani ..." then "Sheikh Tamim said")
    (
        "given_name_of_an_arabic_name",
        "Amir Sheikh Khalid bin Hamad Al Marri received a call from the President on Monday. "
        "Sheikh Khalid said that the country would help.",
        "the country would help",
        "Khalid bin Hamad Al Marri",
    ),
    # one holder of two offices after a participle clause that names another person (Gulf papers: "Addressing
    # a joint press with US Secretary of State ..., the Prime Minister and Minister of Foreign Affairs said")
    (
        "premier_and_foreign_minister_is_one_person",
        "Prime Minister and Minister of Foreign Affairs Khalid bin Ahmed Al Marri met the US envoy on Monday."
        "\n\nAddressing a joint press conference with US Secretary of State John Ray, the Prime Minister and "
        "Minister of Foreign Affairs said that the talks had been fruitful.",
        "the talks had been fruitful",
        "Khalid bin Ahmed Al Marri",
    ),
    # an initial glued to the name, the name as written (Mongolian, Russian and Central Asian copy:
    # MONTSAME's "Acting State Secretary O.Enkhtsetseg"); "Md." (Mohammad) keeps its period and ends no
    # sentence (Bangladesh's foreign ministry: "State Minister Md. Shahriar Alam")
    (
        "glued_initial",
        "Deputy Minister B.Battsetseg said that the visit would take place in June.",
        "the visit would take place",
        "B.Battsetseg",
    ),
    # a Cyrillic letter written with two Latin ones is one glued initial too (Mongolian papers: "President
    # Ts.Elbegdorj"): the name as written, "Ts.Munkh-Orgil", never "Ts Munkh-Orgil"
    (
        "glued_two_letter_initial",
        "Foreign Minister Ts.Munkh-Orgil highlighted that trade with Japan had grown.",
        "trade with Japan had grown",
        "Ts.Munkh-Orgil",
    ),
    # an envoy's posting "to <state>" after the title is where he serves, no part of the name nor an end of
    # the phrase (Philippine papers: "Japan Ambassador to the Philippines <name> said ..."): the name after it
    (
        "ambassador_to_a_state_before_the_name",
        "Japan Ambassador to the Philippines Kenji Sato said the two ministers also agreed to meet again.",
        "the two ministers also agreed",
        "Kenji Sato",
    ),
    # and in an appositive after the name ("<name>, Ambassador of the Republic of Kazakhstan to Mongolia, noted")
    (
        "ambassador_to_a_state_in_an_appositive",
        "Arman Bekov, Ambassador of the Republic of Kazakhstan to Mongolia, noted that donors had helped herders.",
        "donors had helped herders",
        "Arman Bekov",
    ),
    # a channel's name with its number before the organisation word (Georgian and Balkan copy: "the Rustavi 2
    # broadcaster reported", "Kanal 5 TV"): one outlet, number and all, not "no speaker"
    (
        "numbered_outlet_before_its_organisation_word",
        "Earlier in the day, the Kanal 5 broadcaster reported that the visit had been cancelled.",
        "the visit had been cancelled",
        "Kanal 5 broadcaster",
    ),
    (
        "md_is_a_given_name",
        "State Minister Md. Kamal Hossain conveyed that Bangladesh would host the talks.",
        "Bangladesh would host",
        "Md. Kamal Hossain",
    ),
    # an honorific without its stop after a title opens the name (South Asian wires: "Foreign Minister
    # Dr <initials> <name> on Tuesday said"); the later "the foreign minister" is the same person
    (
        "dotless_honorific_after_title",
        "Foreign Minister Dr KR Amin Rahman on Tuesday said Dhaka would keep talking. "
        "The foreign minister said the border talks would resume in May.",
        "the border talks would resume",
        "KR Amin Rahman",
    ),
    # an honorific after an office with an organisation's name marks where the name starts (Gulf
    # ministry statements: "Official Spokesperson for the Ministry of Foreign Affairs Dr <name>")
    (
        "honorific_after_office_of_an_organisation",
        "Official Spokesperson for the Ministry of Foreign Affairs Dr Salem bin Khalid Al Marri said that "
        "the mediation was continuing.",
        "the mediation was continuing",
        "Salem bin Khalid Al Marri",
    ),
    # a given name and a two-word surname after a portfolio (Nordic government releases: "said Minister of
    # Foreign Affairs <given> <two-word surname>"); two words stay two ("Minister of Defence Sergei Ivanov")
    (
        "three_word_name_after_a_portfolio",
        "The talks should resume in March, said Minister of Foreign Affairs Ingrid Holm Sande.",
        "The talks should resume in March",
        "Ingrid Holm Sande",
    ),
    (
        "two_word_name_after_a_portfolio",
        "The talks should resume in March, said Minister of Defence Sergei Ivanov.",
        "The talks should resume in March",
        "Sergei Ivanov",
    ),
    # a name suffix after a comma is part of the name, no appositive (Philippine DFA releases: "Foreign
    # Affairs Secretary Teodoro L. Locsin, Jr. said ..."); the canonical name keeps it, without the comma
    (
        "comma_jr_before_the_verb",
        "Foreign Affairs Secretary Ramon B. Cruz, Jr. said the consultations were fruitful.",
        "the consultations were fruitful",
        "Ramon B. Cruz Jr.",
    ),
    (
        "comma_jr_after_an_inverted_cue",
        "“We are ready to talk,” said Ramon B. Cruz, Jr., the foreign secretary.",
        "We are ready to talk",
        "Ramon B. Cruz Jr.",
    ),
    (
        "comma_iii_before_an_appositive",
        "Peter J. Hale, III, the defence secretary, said the exercise would go ahead. Hale added that the "
        "allies had been told.",
        "the allies had been told",
        "Peter J. Hale III",
    ),
    # a title word before a name suffix is a surname ("King" in "Martin Luther King, Jr.", UN speeches)
    (
        "title_word_before_a_suffix_is_a_surname",
        "In the words of the Reverend Martin Luther King, Jr., “Injustice anywhere is a threat to justice "
        "everywhere.”",
        "“Injustice anywhere",
        "Martin Luther King Jr.",
    ),
    # a name with a suffix before ", who said" (UN speeches: "the poignant words of Martin Luther King,
    # Jr., who said, “...”"): the name's words before the comma are read, not "Jr." alone
    (
        "name_with_a_suffix_before_who_said",
        "Let us recall the words of Samuel T. Brooks, Jr., who said, “Peace is built one day at a time.”",
        "Peace is built",
        "Samuel T. Brooks Jr.",
    ),
    # post-nominal letters of a member of parliament close a name, so the surname is the word before them
    # (Irish presidency readouts: "the Prime Minister-elect of New Zealand Jacinda Ardern MP"); by hand: the
    # group "Both leaders" is the two named, the second by her given name and surname ("Tomas Rivera"), not
    # "Rivera MP" read as a given name and the surname "MP"
    (
        "mp_after_a_name_is_no_surname",
        "President Ana Ruiz formally met with the Prime Minister-elect of Vulcan Tomas Rivera MP in Andor.\n\n"
        "Both leaders expressed their conviction that the visit would strengthen links.",
        "their conviction",
        "Ana Ruiz and Tomas Rivera MP",
    ),
    # a title with "-elect" or "-designate" is a title: the name is the person's (Korean presidential
    # readouts: "U.S. President-elect Donald Trump"; Lebanese wires: "Prime Minister-designate ...")
    (
        "president_elect",
        "U.S. President-elect Frank Miller said he would meet the allies in January.",
        "he would meet the allies",
        "Frank Miller",
    ),
    (
        "prime_minister_designate",
        "Prime Minister-designate Samir Haddad said the cabinet would be formed within weeks.",
        "the cabinet would be formed",
        "Samir Haddad",
    ),
    # "the president" is not the president-elect: the holder of the office named earlier
    (
        "the_president_is_not_the_president_elect",
        "President Ana Ortiz met the delegation. President-elect Luis Vega said the transition was smooth. "
        "The president said the meeting had been cordial.",
        "the meeting had been cordial",
        "Ana Ortiz",
    ),
    # an office named by what its holder heads (Chilean and Ukrainian ministries' English copy: "the head of
    # the Chilean diplomacy", "the head of Ukrainian diplomacy"): the foreign minister of that state
    (
        "head_of_the_diplomacy_of_a_state",
        "Chilean Foreign Minister Pablo Rojas met his Peruvian counterpart. The head of the Chilean "
        "diplomacy also explained that the council would meet in May.",
        "the council would meet in May",
        "Pablo Rojas",
    ),
    (
        "head_of_diplomacy_after_a_quotation",
        "Foreign Minister Olena Bondar met her Turkish counterpart in Kyiv.\n\n\"The Black Sea must stay "
        "open to trade,\" the head of Ukrainian diplomacy noted.",
        "The Black Sea must stay open",
        "Olena Bondar",
    ),
    # a lower-case particle inside a name scanned in running text (Andina, Chilean and Peruvian MFA readouts:
    # "Foreign Minister Alberto van Klaveren met ..."): the name runs on over "van" to the capital after it,
    # so "the ministers" are the two full names (by hand: the two titled people of the first sentence, in
    # order of mention), not "Alberto" cut before the particle
    (
        "particle_inside_a_scanned_name",
        "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Javier Gonzalez-Olaechea "
        "in Lima on Monday. The ministers highlighted that cooperation was growing.",
        "cooperation was growing",
        "Alberto van Klaveren and Javier Gonzalez-Olaechea",
    ),
    (
        "two_particles_inside_a_scanned_name",
        "President Luiz Inácio Lula da Silva met Commission President Ursula von der Leyen. "
        "The two leaders agreed that trade mattered.",
        "trade mattered",
        "Luiz Inácio Lula da Silva and Ursula von der Leyen",
    ),
    # a name that opens with its initial after a portfolio (MEA readouts: "Minister of External Affairs S.
    # Jaishankar"): "Affairs" ends the office, so "Dr. Jaishankar" links to "S. Jaishankar" (by hand: the
    # initial and surname after the portfolio word; the honorific "Dr." is dropped for linking)
    (
        "initial_after_a_portfolio",
        "Minister of External Affairs S. Jaishankar met reporters. Dr. Jaishankar said that the visit was "
        "productive.",
        "the visit was productive",
        "S. Jaishankar",
    ),
    # an office cut from its title by "and" (Xinhua: "U.S. Assistant Secretary of State for East Asian and
    # Pacific Affairs Daniel Kritenbrink"): the name starts after the portfolio word "Affairs", so a later
    # "Kritenbrink" is the person (by hand: the two words after "Affairs")
    (
        "office_cut_at_and_before_a_name",
        "Vice Minister Li Ming held talks with Assistant Secretary of State for East Asian and Pacific "
        "Affairs Daniel Kritenbrink. Kritenbrink said that the talks were useful.",
        "the talks were useful",
        "Daniel Kritenbrink",
    ),
    # Malaysian and Bruneian honorifics of address ("Prime Minister Datuk Seri Anwar Ibrahim", "Tan Sri
    # Muhyiddin Yassin"): dropped from the name, so "Datuk Seri Anwar" links to the full name (by hand: the
    # name without the two honorific words)
    (
        "datuk_seri_honorific",
        "Prime Minister Datuk Seri Anwar Ibrahim met the visitors. Datuk Seri Anwar said that ties were strong.",
        "ties were strong",
        "Anwar Ibrahim",
    ),
    (
        "tan_sri_honorific",
        "Tan Sri Muhyiddin Yassin said that the party was united.",
        "the party was united",
        "Muhyiddin Yassin",
    ),
    # a ministry of foreign affairs by its initials (Civil.ge: "the Georgian MFA also underscored that ...")
    # is a body, so "the parties" later are the two ministers, not a minister and "Georgian MFA" (by hand:
    # the two named ministers of the first sentence)
    (
        "mfa_initials_are_a_body",
        "Georgian Foreign Minister David Zalkaliani hosted Armenian Foreign Minister Ara Aivazian. In the "
        "report, the Georgian MFA also underscored that ties were close. The parties said that peace "
        "mattered.",
        "peace mattered",
        "David Zalkaliani and Ara Aivazian",
    ),
    # an Arabic family name written with the article in lower case and a hyphen (Gulf papers: "Sheikh Abdullah
    # bin Nasser bin Khalifa al-Thani"; Egyptian copy: "Abdel Fattah el-Sisi") ends the name, not before it
    # (by hand: the whole name after the honorific "Sheikh")
    (
        "hyphenated_article_ends_an_arabic_name",
        "Sheikh Abdullah bin Nasser bin Khalifa al-Thani said the talks went well.",
        "the talks went well",
        "Abdullah bin Nasser bin Khalifa al-Thani",
    ),
    (
        "hyphenated_article_el",
        "President Abdel Fattah el-Sisi said the talks went well.",
        "the talks went well",
        "Abdel Fattah el-Sisi",
    ),
    # a state whose name holds "and" before a title (Caribbean and Balkan wires: "Antigua and Barbuda Prime
    # Minister Gaston Browne", "Bosnia and Herzegovina Foreign Minister ..."): one titled person, no group of
    # "Antigua" and "Barbuda Prime Minister ..." (by hand: the name after the title)
    (
        "state_name_with_and_before_a_title",
        "Antigua and Barbuda Prime Minister Mark Lewis has called on his colleagues to produce the evidence.",
        "on his colleagues to produce the evidence",
        "Mark Lewis",
    ),
    (
        "state_name_with_and_trinidad",
        "Trinidad and Tobago Foreign Minister Anna Cole said the region needed unity.",
        "the region needed unity",
        "Anna Cole",
    ),
    # the subject of an "after" clause with a "based in" tail (wires on rival governments: "after the
    # government based in Tripoli said it was pulling out"); by hand: the head noun of the subject
    (
        "after_clause_subject_based_in",
        "The talks stalled on Wednesday after the government based in Tripoli said it was pulling out.",
        "it was pulling out",
        "government",
    ),
    # "all parties" (envoys' briefings: "According to Leon, all parties have expressed commitment ..."): an
    # open set of parties, not the two people last mentioned; by hand: the phrase itself
    (
        "all_parties_is_no_pair_of_people",
        "Talks were held between Mr Leon and Mr Thinni. According to Leon, all parties have expressed "
        "commitment to the dialogue process.",
        "commitment to the dialogue process",
        "all parties",
    ),
    # a plural title whose head noun comes before "of" (West African and Caribbean wires: "ECOWAS heads of
    # state met ... and deplored ..."): "heads of state" is the plural of "head of state"; by hand: the
    # whole phrase, the bloc as its affiliation
    (
        "plural_of_a_title_with_of",
        "ECOWAS heads of state met in Abuja on Sunday and deplored the lack of progress in the talks.",
        "the lack of progress in the talks",
        "ECOWAS heads of state",
    ),
    # an adjective before an unnamed-source noun that is no title (South Asian and Arab press: "Diplomatic
    # circles believe that ...", "informed circles"); by hand: the whole phrase
    (
        "adjective_before_circles",
        "Diplomatic circles believe that the Prime Minister has played an important role in the talks.",
        "the Prime Minister has played",
        "Diplomatic circles",
    ),
    # an organisation word in the plural (Central European agencies: "The Ministries of Foreign Affairs of
    # Malaysia and Tanzania praised the opening ..."): the bodies named as one source; by hand: the phrase
    # without its article
    (
        "plural_organisation_word",
        "The Ministries of Foreign Affairs of Malaysia and Tanzania praised the opening of new missions in the region.",
        "the opening of new missions",
        "Ministries of Foreign Affairs of Malaysia and Tanzania",
    ),
    # an affiliation whose body is lower case after a state's adjective (phrases.affiliation_after_title):
    # "a spokesperson for the Dutch government" is one speaker, not "Dutch" and a stray word; by hand: the
    # phrase without its article, as "spokesperson for the government" is read
    (
        "affiliation_state_adjective_lower_case_body",
        "The prime ministers met in The Hague.\n\n“The ministers spoke in a good atmosphere,” a spokesperson "
        "for the Dutch government said.",
        "The ministers spoke in a good atmosphere",
        "spokesperson for the Dutch government",
    ),
    # a body named after its subject keeps its "on": by hand, the whole capitalised run with "on" between
    # the organisation word "Authority" and "Development" is the speaker, not "Inter-governmental Authority"
    (
        "organisation_on_its_subject",
        "The Inter-governmental Authority on Development (IGAD) claims that a breakthrough was reached today.",
        "a breakthrough",
        "Inter-governmental Authority on Development",
    ),
    # ... but "on" before a weekday is the date: by hand, the speaker ends at "Council"
    (
        "organisation_on_a_weekday",
        "The Security Council on Monday said the talks had failed.",
        "the talks",
        "Security Council",
    ),
    # a misspelt title is the title ([title misspellings] of titles.txt): by hand, "Prime Minster Lenoa"
    # is the prime minister named in the first sentence, so the speaker is his full name
    (
        "misspelt_title",
        "Minister Tall met Prime Minister Ravi Lenoa on Monday.\n\n"
        "Prime Minster Lenoa said the talks had been fruitful.",
        "the talks had been fruitful",
        "Ravi Lenoa",
    ),
    # a name of four words after a portfolio ("Minister of Foreign Affairs Fowsiyo Yusuf Haji Aadan", a
    # Somali name: given, father's, grandfather's names; spent round CK): by hand, "Affairs" ends the
    # portfolio and the four capitalised words after it are the person, none a given name of the lexicon
    (
        "name_of_four_words_after_a_portfolio",
        "Minister of Foreign Affairs Fowsiyo Yusuf Haji Aadan spoke to reporters in Mogadishu.\n\n"
        "Aadan said the country was open for business.",
        "the country was open for business",
        "Fowsiyo Yusuf Haji Aadan",
    ),
    # a name of three words after a state's name in "Prime Minister of <state>": by hand, the state ends
    # at "Vanuatu" (a [states] name), the three capitalised words after it are the person
    (
        "name_after_a_state_in_the_affiliation",
        "Minister Tall met with the Prime Minister of Vanuatu Charlot Salwai Tabimasmas in Port Vila.\n\n"
        "Prime Minister Tabimasmas said the talks had been fruitful.",
        "the talks had been fruitful",
        "Charlot Salwai Tabimasmas",
    ),
    # initials as the text writes them are part of the name, periods and hyphens kept (Caribbean copy:
    # "Minister of Foreign Affairs E.P Chet Greene", no final period; French copy: "J.-Y."): by hand, the
    # canonical name is the words after the portfolio exactly as typed, "E.P Lewis Mason", never "E P ..."
    (
        "initials_without_a_final_period",
        "Minister of Foreign Affairs E.P Lewis Mason met the delegation in St John's.\n\n"
        "Mason said the talks had been fruitful.",
        "the talks had been fruitful",
        "E.P Lewis Mason",
    ),
    # by hand: "J.-P." (Jean-Pierre) is one word of the name and no sentence end, so the title's phrase
    # runs to "Morel" and the speaker is "J.-P. Morel", the text's own string
    (
        "initials_of_a_hyphenated_given_name",
        "Foreign Minister J.-P. Morel said on Monday that the plan was ready.",
        "the plan was ready",
        "J.-P. Morel",
    ),
    # an envoy's posting between the title and the name ("Ambassador to Kenya"), which the scan of names
    # reads as two runs: by hand, the title, "to" and the state are the office, the three capitalised words
    # after "Kenya" the person, and "Costa" later his surname (spent round CV: "Chinese Ambassador to Sri
    # Lanka Yi Xianliang" was the person "Sri Lanka Yi Xianliang")
    (
        "name_after_an_envoys_posting",
        "The Deputy Minister met the Brazilian Ambassador to Kenya Paulo Mendes Costa on Friday.\n\n"
        "Costa warned that the trade talks had stalled.",
        "the trade talks had stalled",
        "Paulo Mendes Costa",
    ),
    # a state written right after the title, its "of" dropped ("The President Tuvalu ..."): by hand,
    # "Tuvalu" is a [states] name, so the office is the president of Tuvalu and the two words after it
    # are the person
    (
        "state_after_a_title_without_of",
        "The President Tuvalu Enele Tapu said the islands needed new funding for sea walls.",
        "the islands needed",
        "Enele Tapu",
    ),
    # an honorific inside the affiliation after "The" and a title marks where the name starts: by hand,
    # "Mr" ends "the Sovereign Order of Malta" (no [states] name) and opens the person's name
    (
        "honorific_ends_the_affiliation_after_the",
        "The Ambassador of the Sovereign Order of Malta Mr Paolo Conti said aid would arrive soon.",
        "aid would arrive soon",
        "Paolo Conti",
    ),
    # a name without a determiner, then a lower-case verb in "-ed" before an office in lower case: by hand,
    # "discussed" is the name's verb (a finite verb after a two-word name), so the speaker of ", saying" is
    # "Amb. Tesfaye", never the office phrase "Amb. Tesfaye discussed deputy foreign minister"
    (
        "name_ends_at_its_verb_before_a_lower_case_office",
        "Amb. Tesfaye discussed deputy foreign minister Alemu Bekele talks with the envoys, saying, "
        "\"Our neighbours support a negotiated settlement.\"",
        "Our neighbours support",
        "Amb. Tesfaye",
    ),
    # two people of one surname, the second named in passing (an aide in a list of those present) after the
    # first has spoken: by hand, the bare "Khalil" who "responded" is the prime minister who spoke before,
    # not the chief of staff named last
    (
        "surname_of_the_one_who_spoke_before",
        "Prime Minister Omar Khalil said on Monday that the cabinet would meet soon.\n\n"
        "Khalil met the French minister in the presence of his chief of staff, Rami Khalil, and two advisers.\n\n"
        "Khalil responded: \u201cWe are not wasting time.\u201d",
        "We are not wasting time",
        "Omar Khalil",
    ),
    # "according to" set inside the subject, no commas (translated copy): by hand, "Khalil" before the finite
    # verb "covered" is the source, the surname of the prime minister named before; the sentence is his
    (
        "according_to_inside_the_subject",
        "Prime Minister Omar Khalil met his French counterpart in Paris.\n\n"
        "The talks according to Khalil covered the border, trade and the tribunal.",
        "The talks according to Khalil",
        "Omar Khalil",
    ),
    # a name, a comma, then an office with another person's name and no comma closing it: by hand, the
    # office is Mansour's (the deputy of the leader Karimi), so the speaker is the name before the comma
    (
        "name_before_an_unclosed_appositive",
        "On Monday Sheikh Ali Mansour, Deputy Movement\u2019s leader Sayyed Hassan Karimi said the plan had "
        "failed.",
        "the plan had failed",
        "Ali Mansour",
    ),
    # a cue line whose verb has only a name before its colon ("criticized Khalil :"): by hand the quotation
    # below is the content, the speaker the deputy before the unclosed appositive (and the line's "Khalil" is
    # no content: the statement starts with the quotation's words)
    (
        "cue_line_with_an_object_before_its_colon",
        "Prime Minister Omar Khalil met the French prime minister in Paris.\n\n"
        "Yesterday Sheikh Ali Mansour, Deputy Movement\u2019s leader Sayyed Hassan Karimi criticized Khalil :"
        "\n\n\u201cKhalil knows what is required of him to end the accusations.\u201d",
        "Khalil",
        "Ali Mansour",
    ),
]


def test_according_to_a_plan_inside_the_subject_is_no_source():
    # by hand: "the agenda" is a document, no speaker, so "The meeting according to the agenda will last ..."
    # stays the reporter's
    st = statements("The meeting according to the agenda will last two hours.")
    assert st.empty, st[["speaker", "text"]]


@pytest.mark.parametrize("text", [
    "Minister of Foreign Affairs E.P Lewis Mason said the talks had been fruitful.",
    "Foreign Minister J.-P. Morel said the plan was ready.",
])
def test_canonical_name_is_a_string_of_the_text(text):
    """A speaker's canonical name keeps the text's punctuation: it is a string the text contains."""
    st = statements(text)
    assert len(st) == 1 and st["speaker"].iloc[0] in text, st[["speaker", "text"]]


def test_initials_before_a_word_are_not_glued_to_it():
    """ "U.S.-Mexico" is "U.S." and "Mexico" (by hand: the initials' run stops where a word's letters go on)."""
    text = "U.S.-Mexico talks ended."
    parser = NPParser(load_titles())
    runs = [m.group() for m in parser.name_pattern.finditer(text)]
    assert runs[0] == "U.S."


@pytest.mark.parametrize("name,text,content,speaker", CASES, ids=[c[0] for c in CASES])
def test_canonical_speaker_name(name, text, content, speaker):
    st = statements(text)
    rows = st[st["text"].str.startswith(content)]
    assert len(rows) == 1, f"{name}:\n{st[['speaker', 'text']]}"
    assert rows["speaker"].iloc[0] == speaker


def test_lower_case_honorable_is_an_adjective():
    # "the honorable Secretary General" (UN speech, Iran 2020) stays a role noun: only a capitalised
    # honorific ("The Honourable ...") is one of address
    np_ = NPParser(load_titles()).parse("the honorable Secretary General", 0, 31)
    assert (np_.kind, np_.head) == ("role", "secretary general")


def test_honorific_stays_in_the_mention_and_gives_the_gender():
    # the mention keeps the honorific as written; "Her Excellency" makes the person a woman
    text = "Her Excellency Ms. Lena Ortiz said that the vote was historic. She added that more was needed."
    st = statements(text)
    assert st["speaker"].tolist() == ["Lena Ortiz", "Lena Ortiz"]
    sp = speakers(text)
    assert sp["first_mention"].iloc[0] == "Her Excellency Ms. Lena Ortiz"
    np_ = NPParser(load_titles()).parse(text, 0, text.index(" said"))
    assert (np_.name, np_.gender) == ("Lena Ortiz", "f")


def test_dateline_with_a_colon_is_no_speaker():
    # "MOSCOW:" opens the lead as a dateline; before, it was read as a speaker label and "Moscow" spoke
    st = statements(DATELINE_TEXT)
    assert set(st["speaker"]) == {"Ivan Petrov", "statement"}
    assert "Moscow" not in set(speakers(DATELINE_TEXT)["speaker"])


@pytest.mark.parametrize(
    "text,person,not_person",
    [
        # a body after "Chair of the" is no person (UN speeches: "Tanzania, Chair of the Southern African
        # Development Community"); the scan read "Development Community" as a name
        (
            "Tanzania, Chair of the Southern African Development Community, spoke for the region. "
            "The East African Community said it agreed.",
            None,
            "Development Community",
        ),
        # a name before "of the" and a state is that person, titled ("Prime Minister Cameron of the
        # United Kingdom"); the state stays a mention of its own
        (
            "President Tall spoke today with Prime Minister Berg of the United Kingdom.",
            "Berg",
            None,
        ),
        # an office after an honorific and a name ("Your Excellency Mr. Antonio Guterres UN Secretary
        # General," in a UN speech) is no part of the name
        (
            "Your Excellency Mr. Karl Mertens UN Secretary General,\nI thank you.",
            "Karl Mertens",
            "Karl Mertens UN Secretary General",
        ),
        # a name particle before a state names where a body is, not part of a person's name (UN speeches:
        # "the Fuerzas Armadas Revolucionarias de Colombia"): the run stops before "de", Colombia stays a
        # state mention; a particle between the parts of a name joins them (by hand: "Staffan de Mistura",
        # titled "Special Envoy")
        (
            "Special Envoy Staffan de Mistura met the Observatoire de Colombia in Bogota.",
            "Staffan de Mistura",
            "Observatoire de Colombia",
        ),
        # a place opened by "Rio"/"Mar"/"Puerto"/"Porto" and joined by a particle is no person (UN speeches:
        # "..., in Rio de Janeiro in 1992" was read as a mentioned person once particles joined names; by
        # hand: the city is no speaker, the envoy is one)
        (
            "Guyana spoke at the Conference on Environment and Development, in Rio de Janeiro in 1992. "
            "Special Envoy Staffan de Mistura said the talks went well.",
            "Staffan de Mistura",
            "Rio de Janeiro",
        ),
        # an untitled name right after "in" is where an event was (wire copy: "a working lunch ... in New
        # York"); it was read as a person and became the "He" of the next sentence; by hand: the city is no
        # person, the titled president is one
        (
            "U.S. President Donald Trump hosted African leaders at a lunch in New York. "
            "He said the outlook was bright.",
            "Donald Trump",
            "New York",
        ),
        # a compound title broken at a line's end ("Secretary- General", UN speeches) is no name after the
        # title "Assistant": by hand, the sentence names an office, nobody
        (
            "The hero of the novel works as the Assistant Secretary- General of that organization.",
            None,
            "Secretary- General",
        ),
    ],
)
def test_names_read_in_the_scan(text, person, not_person):
    sp = speakers(text, include_mentioned=True)
    names = set(sp["speaker"])
    if person is not None:
        assert person in names, names
        row = sp[sp["speaker"] == person].iloc[0]
        assert row["type"] == "person" and isinstance(row["role"], str), row.to_dict()
    if not_person is not None:
        assert not_person not in names, names
    if "United Kingdom" in text:
        assert "United Kingdom" in names


# Names beyond ASCII (Turkish, Slavic, Nordic, Hungarian, Romanian): each row's speaker is read by hand from
# the sentence: the cue's subject ("Şefčovič said", "said Maroš Šefčovič"), its surname resolved to the full
# name the text wrote first, the office dropped (the canonical name is the person's full name)
@pytest.mark.parametrize("text,content,speaker", [
    ("The EU was ready to continue the talks, Maroš Šefčovič said on Tuesday. "
     "The two sides would meet in May, Šefčovič said.", "The two sides would meet", "Maroš Šefčovič"),
    ("Turkish Foreign Minister Mevlüt Çavuşoğlu said the talks were useful. "
     "Çavuşoğlu added that relations would improve.", "relations would improve", "Mevlüt Çavuşoğlu"),
    ("Danish Foreign Minister Lars Løkke Rasmussen said that Denmark would help. "
     "Løkke Rasmussen also said the aid would arrive soon.", "the aid would arrive", "Lars Løkke Rasmussen"),
    ("Péter Szijjártó told reporters that the deal was signed.", "the deal was signed", "Péter Szijjártó"),
    ("Romanian Foreign Minister Bogdan Aurescu said that Bucharest backed the plan.",
     "Bucharest backed the plan", "Bogdan Aurescu"),
], ids=["sefcovic_surname", "cavusoglu_surname", "lokke_rasmussen", "szijjarto", "aurescu"])
def test_names_beyond_ascii_in_prose(text, content, speaker):
    test_canonical_speaker_name("beyond_ascii", text, content, speaker)


def test_cased_widens_name_patterns_to_every_capital():
    # helpers.letters.cased: "[A-Z][a-z]+" matches "Şendir", "Łukasz", "Özay" (Latin capitals beyond ASCII)
    # as it matches "Smith", and still no word in lower case; idempotent (a widened part may be widened again)
    import re

    from helpers.letters import cased

    name = re.compile(cased(r"[A-Z][a-z]+"))
    assert all(name.fullmatch(w) for w in ("Şendir", "Łukasz", "Özay", "Çavuşoğlu", "Šefčovič", "Smith"))
    assert not name.fullmatch("şendir") and not name.fullmatch("ÖZAY")
    assert cased(cased(r"[A-Z]")) == cased(r"[A-Z]")


def test_two_word_surname_is_the_tail_of_a_full_name_but_not_of_a_place():
    # resolve._tail_of_name: "Pérez Molina" after "Otto Pérez Molina" is his (a two-word surname); "Chai
    # Wenrui" after "... to Mongolia Chai Wenrui" (the place read into the run) stays "Chai Wenrui"
    test_canonical_speaker_name(
        "tail", "President Otto Pérez Molina opened the session. Pérez Molina said that the region needed peace.",
        "the region needed peace", "Otto Pérez Molina")
    text = ("The minister met with Ambassador of the People’s Republic of China to Mongolia Chai Wenrui.\n\n"
            "Ambassador Chai Wenrui noted that the aid played an important role.")
    test_canonical_speaker_name("place", text, "the aid played an important role", "Chai Wenrui")


def test_speech_act_inside_an_emphasized_clause_has_its_own_source():
    # readouts (a foreign ministry's account of a ministerial): "He further emphasized that prior to this visit,
    # President Trump encouraged him to listen to the leaders present" holds Trump's directive inside the
    # minister's account; by hand: the host's speaker (the pronoun's antecedent) and Trump, whose content
    # starts at the one addressed
    st = statements(
        "Secretary Pompeo met the ministers. He further emphasized that prior to this visit, President Trump "
        "encouraged him to listen to the leaders present."
    )
    assert list(st["speaker"]) == ["Pompeo", "Trump"]
    assert st["text"].iloc[1].startswith("him to listen")


def test_given_name_before_a_month_or_modal_is_a_full_name():
    # by hand: "Theresa" is a given name of titles.txt, so the capitalised "May" after it is her surname,
    # not the month nor the auxiliary "may" (UK press-conference transcripts, ukpol 2019); a lower-case "may"
    # after a name stays an auxiliary
    np_ = NPParser(load_titles()).parse("Theresa May", 0, 11, allow_tail=False)
    assert (np_.kind, np_.name) == ("name", "Theresa May")
    np_ = NPParser(load_titles()).parse("Theresa may", 0, 11, allow_tail=False)
    assert np_.name == "Theresa"
