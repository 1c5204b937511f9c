"""Quotation conventions (issue 13), as a golden table: small texts written for this test, each with the
quotations and the speakers the rules must give them.

Each case: (name, text, [(start of the quotation's words, expected speaker or None)]). A speaker is the
canonical name in the quotations table; None: the quotation is nobody's statement.
"""

from __future__ import annotations

import warnings

import pytest

from helpers.attribution.statements import quotations, statements
from helpers.quote_marks import find_quotes

CASES = [
    # quotation credited by its first sentence (engine.quotes_opening_at): the cue line gives each sentence
    # of the quotation to the Tánaiste one by one, so the two-sentence quotation is his
    (
        "quotation_of_several_sentences_under_a_cue_line",
        "Micheál Martin met his counterparts in Luxembourg.\n\nOn the situation in the Middle East, "
        "Martin said:\n\n“The ongoing war is completely unacceptable. The risk of a wider conflict "
        "is real.\n\n“All parties must respect their obligations.”",
        [("The ongoing war is completely unacceptable.", "Micheál Martin")],
    ),
    # quotation run on without reopening marks (quote_marks.unmarked_run_close): the middle paragraph has
    # no mark, the last closes once at its end; the message is the President's
    (
        "message_read_out_over_paragraphs_without_reopening_marks",
        "President Vladimir Putin sent a message to Narendra Modi.\n\nThe message reads, in part:\n\n"
        "“The results of the voting reaffirm your high reputation.\n\nWe consider relations with New "
        "Delhi of great importance.\n\nI hope we will continue our open dialogue.”",
        [("The results of the voting reaffirm your high reputation.", "Vladimir Putin")],
    ),
    # quotation left open by the last paragraph (quote_marks.unclosed_last): it ends at the text's end and
    # carries on the statement right before it (Anwar's)
    (
        "last_paragraph_quotation_never_closed",
        "Prime Minister Anwar Ibrahim met Penny Wong.\n\n“We agreed to deepen our trade ties,” Anwar "
        "said.\n\n“I welcome the interest of Australian investors in the digital economy.",
        [("I welcome the interest of Australian investors", "Anwar Ibrahim")],
    ),
    # reversed marks read by their place (quote_marks.reversed_opener / reversed_closer): ” before a letter
    # opens, “ before a comma or full stop closes
    (
        "curly_marks_turned_the_wrong_way",
        "Foreign Minister Susana Malcorra spoke on Monday.\n\n”It is only natural that new issues "
        "surface“, added Malcorra.\n\nPrime Minister Keith Rowley said, “CARICOM must speak now “.",
        [("It is only natural that new issues surface", "Susana Malcorra"),
         ("CARICOM must speak now", "Keith Rowley")],
    ),
    # a straight closing mark after a stray space (quote_marks.spaced_closer): ' ",' cannot open a quotation,
    # so it closes the one opened at the paragraph's start; by hand: both sentences are the one quotation
    # of the postposed cue's speaker, Olta Xhaçka
    (
        "straight_closing_mark_after_a_space",
        "Foreign Minister Olta Xhaçka met Donika Gërvalla.\n\n\"Today Albania is a more important actor. "
        "This is an opportunity for us and for Kosovo \", said Xhaçka after the meeting.",
        [("Today Albania is a more important actor.", "Olta Xhaçka")],
    ),
    # straight marks set off by blanks inside the quotation (quote_marks.padded_mark; a news release's
    # typing, spent round CX): ' " ' after a full stop opens, the next ' " ' closes, and the sentence
    # splitter starts the quoted sentence at the mark (sentences.PaddedOpenerBoundaries); by hand: the
    # quotation is the words between the marks, the speaker the surname after it, Keller named first
    (
        "straight_marks_set_off_by_blanks",
        "The committee president, Hans Keller, met the minister on Monday. He voiced concern about the "
        "floods. \" The committee urges all parties to let aid reach the villages, \" Mr Keller said.",
        [("The committee urges all parties to let aid reach the villages", "Hans Keller")],
    ),
    # a straight opening mark right after the cue's comma, the space left out (quote_marks.comma_opener):
    # 'said,"We ...' opens; by hand: the whole quotation, over the "..." inside it, is the minister's
    (
        "straight_opening_mark_after_a_comma",
        "Foreign Minister Naledi Pandor spoke to our correspondent.\n\nPandor said,\"We sat down with our "
        "enemies... But in the end, we negotiated a settlement.\"",
        [("We sat down with our enemies", "Naledi Pandor")],
    ),
    # term markers and names (cues.is_term_quote, is_title_quote): each quotation is nobody's words even
    # though its sentence has a speaker
    (
        "terms_and_names_in_quotation_marks",
        "Foreign Minister Ann Linde spoke on Monday. She criticised Russian so-called “security "
        "guarantees” against NATO, she said. Linde told the show \"Aktuaalne kaamera\" that talks go on. "
        "Linde said India’s ‘Neighbourhood First’ policy works and she will attend the “Outreach Book "
        "Story Talk Concert” at noon.",
        [("security guarantees", None), ("Aktuaalne kaamera", None), ("Neighbourhood First", None),
         ("Outreach Book Story Talk Concert", None)],
    ),
    # a saying or a phrase under discussion after "the saying", "the term" ([term markers], issue 13: an
    # interview's answer "hence the saying “when given lemons make lemonade”"): by hand, the saying is
    # nobody's words, while the sentence stays the minister's
    (
        "saying_and_term_in_quotation_marks",
        "Foreign Minister Ann Linde spoke on Monday. She said that bad press sells, hence the saying “when "
        "given lemons make lemonade”. Linde said she dislikes the term “strategic patience” in diplomacy.",
        [("when given lemons make lemonade", None), ("strategic patience", None)],
    ),
    # German closing mark (cues.closing_mark): „…,“ then the cue; the speaker after the closing “
    (
        "german_marks_then_the_cue",
        "Mohammad Javad Zarif met Sergei Lavrov. „In the initiatives proposed by Iran, the ceasefire is "
        "the first step,“ Zarif said.",
        [("In the initiatives proposed by Iran", "Mohammad Javad Zarif")],
    ),
    (
        "penn_treebank_marks",
        "Residents gathered on Monday. ``We will not leave,'' said Maria Lopez, a teacher. "
        "``This is our home.''",
        [("We will not leave", "Maria Lopez"), ("This is our home.", "Maria Lopez")],
    ),
    (
        "doubled_apostrophes",
        "The mayor spoke on Tuesday. ''We are doing everything we can,'' Mayor John Harris said.",
        [("We are doing everything we can", "John Harris")],
    ),
    (
        "dash_signatures_in_a_vox_pop",
        "Readers sent their thoughts.\n\n“Peace begins with a smile.” ― Pamela Padilla\n\n"
        "“We must not forget the victims.” — Ahmed Khan, Karachi",
        [("Peace begins with a smile.", "Pamela Padilla"), ("We must not forget the victims.", "Ahmed Khan")],
    ),
    (
        "dash_said_the_role",
        "The talks ended late. “We have made progress on every point,” — said the minister.",
        [("We have made progress on every point", "minister")],
    ),
    (
        "dash_in_translated_copy",
        'Dmitry Peskov spoke to reporters. "We are ready to talk at any level," - he said.',
        [("We are ready to talk at any level", "Dmitry Peskov")],
    ),
    (
        "stray_mark_costs_only_itself",
        "“Stray mark at the start. The minister Anna Berg said “the talks were useful and open.”\n\n"
        "The talks went on.\n\n"
        '"We will meet again in spring," Berg said.',
        [("the talks were useful and open.", "Anna Berg"), ("We will meet again in spring", "Anna Berg")],
    ),
    (
        "split_quotation_told",
        '"The sanctions will hurt," Ivan Petrov told Reuters. "They will hurt everyone."',
        [("The sanctions will hurt", "Ivan Petrov"), ("They will hurt everyone.", "Ivan Petrov")],
    ),
    (
        "reply_to_which",
        "Senator Mary Collins was asked about the bill. To which she said, “We will pass it this week.”",
        [("We will pass it this week.", "Mary Collins")],
    ),
    (
        "relative_clause_with_material_before_the_quotation",
        "The director, Paul Grant, who joked of the museum, ''It is older than I am,'' left early.",
        [("It is older than I am", "Paul Grant")],
    ),
    (
        "while_chanting",
        "Protesters marched through the city while chanting, “Hands up, don't shoot.”",
        [("Hands up, don't shoot.", "Protesters")],
    ),
    (
        "words_quoted_from_the_question",
        'Sergei Lavrov spoke in Moscow. When asked if Russia has an "exit strategy," Lavrov said the '
        "operation was going to plan.",
        [("exit strategy", None)],
    ),
    (
        "asked_whether_quoted",
        'Sergei Lavrov spoke in Moscow. Asked whether talks were "a waste of time," Lavrov said they '
        "were useful.",
        [("a waste of time", None)],
    ),
    (
        "said_then_adding",
        'Anna Berg spoke on Monday. "We will not give up," she said, adding, "The fight goes on."',
        [("We will not give up", "Anna Berg"), ("The fight goes on.", "Anna Berg")],
    ),
    (
        "split_quotation_title_after",
        "“We are not afraid,” said Ana Silva, the foreign minister. “We are ready for any outcome.”",
        [("We are not afraid", "Ana Silva"), ("We are ready for any outcome.", "Ana Silva")],
    ),
    # single marks as the quotation convention (British and Nordic government English); the splitter
    # does not read single marks, so the quotation spans two sentences and is one statement of the
    # speaker after it, not a continuation of the headline's; the apostrophe in "Sweden's" stays out
    (
        "single_marks_over_two_sentences",
        "Minister welcomes the deal\n\n'Sweden's government welcomes the deal on grain exports. Both steps "
        "are vital', said Minister for Trade Karin Lind.",
        [("Sweden's government welcomes the deal on grain exports. Both steps are vital", "Karin Lind")],
    ),
    # a quotation run over paragraphs (each reopened, closed once) right after the speaker's direct
    # statement, with no cue where it closes: the speaker's throughout, in single and in double marks
    (
        "single_marks_run_after_a_statement",
        "Minister welcomes the deal\n\n'We welcome the deal on grain exports', said Minister for Trade Karin "
        "Lind.\n\n'The deal will open the ports to more ships than before.\n\n'We urge all parties to "
        "honour it.'\n\nThe talks resume on Monday.",
        [("The deal will open the ports", "Karin Lind"), ("We urge all parties to honour it.", "Karin Lind")],
    ),
    # a paragraph opened by a single mark never closed, the next paragraph not reopening it (a ministry's
    # release, round N): the quotation ends at the paragraph's end, its sentences the speaker's before it;
    # an apostrophe inside (O'Brien) and a pair of single marks inside ('n') do not close it
    (
        "single_mark_left_open_at_a_paragraph_start",
        "Minister welcomes the deal\n\n'We welcome the deal on grain exports', said Minister for Trade Karin "
        "Lind.\n\n'The deal will open the ports to more ships than before. Mr O'Brien's 'roll on, roll "
        "off' ships will call first.\n\nThe talks resume on Monday.",
        [("The deal will open the ports", "Karin Lind")],
    ),
    (
        "double_marks_run_after_a_statement",
        'Talks end\n\n"We have agreed on the agenda," said envoy Tomas Berg.\n\n"The next round is in '
        'May.\n\n"Both sides must keep their word."',
        [("The next round is in May.", "Tomas Berg"), ("Both sides must keep their word.", "Tomas Berg")],
    ),
    # quotation marks left as HTML entities in a scraped copy, ampersand lost (quote_marks.HTML_QUOTE_ENTITIES),
    # and "continued:" carrying on the minister's words (speech_verbs.txt, "continue : quoted"): by hand both
    # quotations are the minister's, named in the first sentence, and their words start after "ldquo;"
    (
        "html_entity_marks_and_continued_colon",
        "Foreign Minister Hossein Amir Abdollahian met Hakan Fidan in Tehran.\n\nAbdollahian said: "
        "ldquo;We discussed the road map agreed by the two presidents.rdquo;\n\nThe Iranian Foreign "
        "Minister continued: ldquo;We discussed Ukraine and Afghanistan as well.rdquo;",
        [
            ("We discussed the road map", "Hossein Amir Abdollahian"),
            ("We discussed Ukraine and Afghanistan", "Hossein Amir Abdollahian"),
        ],
    ),
    # a closing-shaped ” set off by blanks after a cue's colon opens (quote_marks.opener_after_colon), as a
    # site typed both marks alike; by hand the quotation runs to the next ” and is the minister's: "Khalil",
    # the surname of the prime minister named before, ends at the cue after the opener "On the regional
    # mediation" whose comma the writer left out (cues.name_after_opener)
    (
        "closing_shaped_mark_opens_after_a_colon",
        "Prime Minister Omar Khalil met the French prime minister in Paris.\n\n"
        "On the regional mediation Khalil said: \u201d We are committed to the talks, and they need time."
        "\u201d\n",
        [("We are committed to the talks", "Omar Khalil")],
    ),
    # a closing-shaped ” right after a cue's comma and glued to a letter opens (quote_marks.reversed_opener:
    # a closing mark after a comma has a blank after it); by hand the quotation is the aide's
    (
        "closing_shaped_mark_opens_after_a_comma",
        "The minister received the envoy in Lagos.\n\n"
        "Ruiz stated,\u201dThe minister received the envoy at the airport and they held brief talks.\u201d\n",
        [("The minister received the envoy at the airport", "Ruiz")],
    ),
]


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = quotations(text)
    return dict(zip(q["text"], q["speaker"], strict=True))


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_quotation_conventions(name, text, expected):
    got = _speakers(text)
    for start, speaker in expected:
        hits = [s for t, s in got.items() if t.startswith(start)]
        assert hits, f"{name}: no quotation starting {start!r} in {got}"
        assert hits[0] == speaker, f"{name}: {start!r} went to {hits[0]!r}"


def test_typewriter_marks_are_one_mark_each():
    text = "He said ``a b c'' and ''d e.''"
    quotes, bad = find_quotes(text, [(0, len(text))])
    assert [(text[q.inner_start : q.inner_end], q.width) for q in quotes] == [("a b c", 2), ("d e.", 2)]
    assert bad == []


def test_html_entity_marks_read_as_quotation_marks():
    # scraped copy: "ldquo;"/"rdquo;" (ampersand lost), "&quot;" and "&#8220;"/"&#8221;" stand for “ ” and ";
    # by hand the words are what lies between each entity pair, the closing entity cut off, and each
    # quotation's opening mark is reported at its entity's semicolon (offsets into the original text)
    text = "He said: ldquo;a b c.rdquo; Then &quot;d e&quot; and &#8220;f g&#8221;."
    quotes, bad = find_quotes(text, [(0, len(text))])
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["a b c.", "d e", "f g"]
    assert [text[q.open] for q in quotes] == [";", ";", ";"]
    assert bad == []


def test_doubled_apostrophe_closes_a_double_mark():
    # agency style “…’’: the two apostrophes close the “ (one mark, width counted at the opener); by hand
    # the quotation's words are "a b c" (comma trimmed), then "d e." likewise; with no double mark open,
    # ’’ is two single marks: ‘x’’ closes the ‘ at the first apostrophe, and nothing is left open
    text = "“a b c,’’ he said. He said: “d e.’’ And ‘x’’ too."
    quotes, bad = find_quotes(text, [(0, len(text))])
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["a b c", "d e.", "x"]
    assert bad == []


def test_doubled_apostrophe_quotation_is_the_cue_speakers():
    # “…,’’ he said: the quotation is the aide's words, not those of the subject the quotation opens with
    # ("Both leaders pledged" is a speech act inside it); by hand, "he" is Akande, named just before
    st = statements(
        "Mr Tunde Akande, the presidential aide, spoke on Sunday.\n\n"
        "“Both leaders pledged to intensify cooperation for the benefit of the region,’’ he said."
    )
    rows = st[st["text"].str.contains("Both leaders pledged")]
    assert "Tunde Akande" in rows["speaker"].tolist(), st[["speaker", "text"]]


def test_dash_attribution_spans_round_trip():
    text = "“We have made progress on every point,” — said the minister."
    st = statements(text)
    row = st.iloc[0]
    assert text[row["cue_start"] : row["cue_end"]] == "said"
    assert text[row["start"] : row["end"]] == row["text"] == "We have made progress on every point"
    assert row["rule"].startswith("dash attribution")


def test_a_dash_in_a_plain_sentence_credits_no_one():
    # a name after a dash is a signature only after a quotation; an aside is nobody's statement
    st = statements("The two sides met in Geneva on Monday — Russia and the United States.")
    assert st.empty


def test_said_then_adding_keeps_each_content_on_its_side():
    st = statements(
        'Anna Berg spoke on Monday. "We will not give up," she said, adding, "The fight goes on."'
    )
    assert st["text"].tolist() == ["We will not give up", "The fight goes on."]


def test_question_words_leave_the_answer_to_the_answerer():
    st = statements('Sergei Lavrov spoke. When asked if Russia has an "exit strategy," Lavrov said it had.')
    assert st[["speaker", "text"]].values.tolist() == [["Sergei Lavrov", "it had"]]


def test_tail_end_leaves_out_final_blanks_and_stops():
    """Worked by hand: in "x — he said. " (13 characters) the tail after the dash ends at 11, after "said";
    a tail of stops and blanks only ends where it starts; a tail without any ends at the sentence end."""
    from helpers.attribution.conventions import tail_end

    assert tail_end("x — he said. ", 3, 13) == 11
    assert tail_end(". . . .", 0, 7) == 0
    assert tail_end("abc", 0, 3) == 3
    assert tail_end("ab?!\n", 1, 5) == 2


def test_sentences_of_an_unclosed_single_quotation_go_on_with_its_speaker():
    # the sentence splitter does not read single marks, so the quotation of the case above is two
    # sentences: the second ("Mr O'Brien's 'roll on, roll off' ships will call first.") is Karin Lind's
    # too, and the paragraph after the quotation is the narrator's
    text = CASES[[c[0] for c in CASES].index("single_mark_left_open_at_a_paragraph_start")][1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = statements(text)
    second = st[st["text"].str.startswith("Mr O'Brien's 'roll on, roll off' ships will call first")]
    assert list(second["speaker"]) == ["Karin Lind"]
    assert int(second["start"].iloc[0]) == text.find("Mr O'Brien")
    assert not st["text"].str.contains("The talks resume").any()


def test_single_mark_left_open_mid_paragraph_stays_a_stray_mark():
    # only a mark that opens its paragraph is read as an unclosed quotation: "'round the clock" inside a
    # paragraph (DFA remarks, round K) is no quotation
    qs, bad = find_quotes("DFA works ‘round the clock to advance our interests.", [(0, 52)])
    assert qs == [] and bad == [10]


def test_briefed_on_an_indirect_question_is_a_cue():
    # the gold guideline: "briefed X on what he heard" reports speech with an indirect question as its
    # content (LIGA.net, round L); "briefed X on his visit" names a topic only (Sputnik India, round B)
    st = statements("Hakan Demir briefed Olena Bondar on what he heard and saw during his visit to Moscow.")
    assert list(st["speaker"]) == ["Hakan Demir"]
    assert st["text"].iloc[0] == "what he heard and saw during his visit to Moscow"
    assert statements("Prime Minister Ravi Nair has briefed President Ivan Sokolov on his state visit.").empty


def test_quotation_runs_of_two_paragraphs_go_on_with_the_speech_act_before():
    # a speech act ending the paragraph before ("expressed thanks for ..."), then runs of two and three
    # quotation paragraphs (each but the last left open) with no cue (Indian Weekender, round CE): every
    # quoted sentence is Hipkins's, read by hand: the run carries on the statement before it, and the second
    # run the first run's speaker; the heading and the next speaker's paragraph end it
    text = (
        "At the start of the media briefing, Hipkins expressed thanks for the warm and open discussions.\n\n"
        '"I want to thank Fiji for their assistance following the cyclone.\n\n'
        '"We are connected by longstanding people-to-people links."\n\n'
        '"We are connected by the depth of our cooperation across many sectors.\n\n'
        '"I know that our countries share an ambitious vision for the region.\n\n'
        '"We know we are stronger when we combine our efforts."\n\n'
        "Rabuka talks Covid-19\n\n"
        "Rabuka said his visit was to discuss ways forward for both countries."
    )
    st = statements(text)
    quoted = st[st["text"].str.contains("Fiji for|longstanding|depth of|ambitious vision|stronger when")]
    assert len(quoted) == 5 and set(quoted["speaker"]) == {"Hipkins"}
    assert list(st[st["text"].str.contains("ways forward")]["speaker"]) == ["Rabuka"]
