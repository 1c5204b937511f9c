"""Sentence splitting: the seed's tricky boundaries and the cases diplomatic text brings (issue 2)."""

from __future__ import annotations

import re

import pytest

from helpers.article import load_article
from helpers.sentences import quote_pairs, split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_article(seed_path)


def test_seed_units(seed):
    s = seed.sentences
    assert list(s.columns) == ["sentence_id", "start", "end", "text", "paragraph_id", "section_id", "section", "kind"]
    assert s["kind"].value_counts().to_dict() == {"body": 55, "heading": 5, "headline": 1, "standfirst": 1, "dateline": 1}
    assert s.loc[0, "text"] == "Putin, Biden to hold talks via live link-up on Tuesday"
    assert s.loc[2, "text"] == "MOSCOW/WASHINGTON, December 7. /TASS/."
    assert s.loc[3, "text"].startswith("Russian President Vladimir Putin and his US counterpart")
    # headings are units of their own, never glued to the next sentence
    for heading in s.loc[s["kind"] == "heading", "text"]:
        assert "." not in heading


def test_seed_quotation_boundaries(seed):
    texts = seed.sentences["text"].tolist()
    easy = [t for t in texts if "Easy!" in t]
    assert easy == [
        "When asked if it would be possible for the two leaders to discuss the most complicated of topics "
        'over this line, he noted: "Easy! Why not?"'
    ]
    i = next(i for i, t in enumerate(texts) if t.endswith('"the progress in the strategic stability dialogue."'))
    assert texts[i + 1].startswith('"It is highly probable that the issue')
    assert texts[i + 1].endswith('will also be touched upon," he said.')


def test_no_sentence_ends_inside_an_open_quotation(seed):
    for a, b in zip(seed.sentences["start"], seed.sentences["end"]):
        pairs, _ = quote_pairs(seed.text, a, b)
        # every quotation that opens in a sentence closes in it
        opened = sum(1 for ch in seed.text[a:b] if ch in "“«") + seed.text[a:b].count('"')
        assert len(pairs) * 2 == opened


def test_sentences_round_trip_and_do_not_overlap(seed):
    s = seed.sentences
    assert all(seed.text[a:b] == t for a, b, t in zip(s["start"], s["end"], s["text"]))
    assert (s["start"].to_numpy()[1:] >= s["end"].to_numpy()[:-1]).all()


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations mid-sentence
        (
            "The U.S. delegation met Gen. Milley and Amb. Smith. Talks went on.",
            ["The U.S. delegation met Gen. Milley and Amb. Smith.", "Talks went on."],
        ),
        # a given name and a title written short (Bangladesh's and the Philippines' releases: "Md.",
        # "Sec."), written for this test
        (
            "State Minister Md. Kamal Hossain met Sec. Reyes. They spoke.",
            ["State Minister Md. Kamal Hossain met Sec. Reyes.", "They spoke."],
        ),
        # an abbreviation that ends a sentence before a common sentence starter
        (
            "Sanctions were announced by the U.S. The E.U. followed on Monday.",
            ["Sanctions were announced by the U.S.", "The E.U. followed on Monday."],
        ),
        # initials
        ("Joe R. Biden spoke to John F. Kennedy Jr. about it. Then he left.",
         ["Joe R. Biden spoke to John F. Kennedy Jr. about it.", "Then he left."]),
        # the initials of a hyphenated given name (by hand: "J.-P." is Jean-Pierre's, a name follows it, so
        # no boundary there; the sentence ends at "today.")
        ("Foreign Minister J.-P. Morel arrived today. He met the premier.",
         ["Foreign Minister J.-P. Morel arrived today.", "He met the premier."]),
        # titles before names at the end of a sentence
        ('"We will respond," said Mr. Lavrov. He did not elaborate.',
         ['"We will respond," said Mr. Lavrov.', "He did not elaborate."]),
        # months
        ("The summit was set for Dec. 7 in Geneva. It was later moved.",
         ["The summit was set for Dec. 7 in Geneva.", "It was later moved."]),
        # ellipses, ASCII and Unicode
        ("He paused... Then he went on.", ["He paused...", "Then he went on."]),
        ("He paused… Then he went on.", ["He paused…", "Then he went on."]),
        ("We will … respond in kind.", ["We will … respond in kind."]),
        # curly quotes and guillemets keep their sentences together
        ("He said: “Easy! Why not?” Then he left.", ["He said: “Easy! Why not?”", "Then he left."]),
        ("Il a dit : « Non ! Jamais ! » Puis il est parti.", ["Il a dit : « Non ! Jamais ! »", "Puis il est parti."]),
        # two quotations in a row split between them
        ('He spoke of "dialogue." "It is likely," he added.', ['He spoke of "dialogue."', '"It is likely," he added.']),
        # a straight mark set off by blanks after a full stop opens the next sentence's quotation (a
        # release's typing: sentences.PaddedOpenerBoundaries), it does not end the sentence before
        ('Aid is blocked. " All parties must act, " he said. Talks went on.',
         ["Aid is blocked.", '" All parties must act, " he said.', "Talks went on."]),
        # a quotation mark that never closes does not swallow the paragraph
        ('He called it "a mistake. The talks went on. Nobody left.',
         ['He called it "a mistake.', "The talks went on.", "Nobody left."]),
        # question and exclamation marks
        ("Will they meet? Nobody knows! The Kremlin said nothing.",
         ["Will they meet?", "Nobody knows!", "The Kremlin said nothing."]),
    ],
)
def test_tricky_boundaries(text, expected):
    assert sents(text) == expected


def test_hard_wrapped_speech_paragraph():
    text = (
        "The new President, Mr. Mohammad Ashraf\nGhani Ahmadzai, will be sworn in on 29 September.\n"
        "Afghanistan is witnessing the transfer of power from one\nelected administration to the next."
    )
    art = load_article(text=text)
    got = art.sentences["text"].tolist()
    assert len(got) == 2
    assert got[0].endswith("29 September.")


def test_offsets_index_the_given_text():
    text = "xx First one. Second one. yy"
    spans = split_sentences(text, 3, 25)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]


def test_quote_pairs_report_unmatched():
    pairs, unmatched = quote_pairs('a "b" c "d')
    assert pairs == [(2, 4)]
    assert unmatched == [8]


def test_degrees_and_speaker_labels():
    art = load_article(text="Interview\nLAVROV: We will respond. He holds a Ph.D. from MGIMO and teaches there.\nQUESTION: What next?")
    assert art.dateline is None  # "LAVROV:" is a speaker label, not a dateline
    assert art.sentences["text"].tolist()[1:] == [
        "LAVROV: We will respond.",
        "He holds a Ph.D. from MGIMO and teaches there.",
        "QUESTION: What next?",
    ]


def test_rules_are_named_in_order_and_printable():
    from helpers.sentences import SENTENCE_RULES

    assert [r.name for r in SENTENCE_RULES] == [
        "punkt", "unicode ellipsis", "spaced ellipsis", "abbreviation before a number", "initials before a name",
        "time before a title", "agency tag", "pronoun I", "no lower-case start", "list items", "padded opening mark",
        "not inside a quotation",
    ]
    assert all(r.__doc__ for r in SENTENCE_RULES)


def test_each_rule_on_its_own_example():
    from helpers.sentences import (
        EllipsisBoundaries,
        PaddedOpenerBoundaries,
        PunktBoundaries,
        QuotationBoundaries,
        punkt,
    )

    tok = punkt()
    # Punkt: a boundary after "ended." (offset 16, counted by hand: "The talks ended." is 16 characters)
    assert PunktBoundaries().apply("The talks ended. Both sides met.", [], tok) == [16]
    # the ellipsis: "We waited…" is 10 characters; "However" is a sentence starter
    assert EllipsisBoundaries().apply("We waited… However, nothing came.", [], tok) == [10]
    # inside a quotation: the boundary after "Easy!" (offset 6) falls inside the quotation and goes
    assert QuotationBoundaries().apply('"Easy! Why not?" he said.', [6], tok) == []
    # a padded opening mark: Punkt's boundary after 'Aid is blocked. "' (offset 17) moves before the mark (16)
    assert PaddedOpenerBoundaries().apply('Aid is blocked. " Act now, " he said.', [17], tok) == [16]


def test_a_rule_of_ones_own(monkeypatch):
    """A researcher's rule added to the list: no boundary after a section sign's number ("§ 3. The")."""
    from helpers import sentences as S

    class NoBreakAfterSection(S.BoundaryRule):
        """No boundary right after "§ <number>.": "under § 3. The court" is one sentence."""

        name = "section sign"
        adds = False

        def apply(self, chunk, bounds, tokenizer):
            return [b for b in bounds if not re.search(r"§ \d+\.\s*$", chunk[:b])]

    text = "It falls under § 3. The court agreed."
    assert split_sentences(text) == [(0, 19), (20, 37)]  # "It falls under § 3." is 19 characters
    monkeypatch.setattr(S, "SENTENCE_RULES", [*S.SENTENCE_RULES, NoBreakAfterSection()])
    assert split_sentences(text) == [(0, 37)]


def test_plain_punkt_gives_the_same_sentences(seed_path):
    """FastPunkt (the default) and NLTK's plain PunktSentenceTokenizer on the same parameters agree."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from helpers.sentences import punkt_parameters

    art = load_article(seed_path)
    plain = PunktSentenceTokenizer(punkt_parameters())
    for p in art.paragraphs.itertuples():
        assert split_sentences(art.text, p.start, p.end, tokenizer=plain) == split_sentences(art.text, p.start, p.end)


def test_the_issue_13_rules_on_their_own_examples():
    """Each rule of issue 13 alone, on Punkt's boundaries for its docstring's example."""
    from helpers import sentences as S

    tok = S.punkt()

    def after(rule, text):
        return [text[a:b] for a, b in split_sentences(text, rules=[S.PunktBoundaries(), rule])]

    assert after(S.SpacedEllipsisBoundaries(), "It was weakened . . . was that of compounds. . . . The end.") == [
        "It was weakened . . . was that of compounds.", ". . . The end."]
    assert after(S.NumberAbbreviationBoundaries(), "Please turn to p. 55.") == ["Please turn to p. 55."]
    assert after(S.DottedInitialsBoundaries(), "Rep. G.K. Butterfield spoke.") == ["Rep. G.K. Butterfield spoke."]
    assert after(S.DottedInitialsBoundaries(), "Minister J.-P. Morel spoke.") == ["Minister J.-P. Morel spoke."]
    assert after(S.TimeBeforeTitleBoundaries(), "He left at 6 P.M. Mr. Smith stayed.") == [
        "He left at 6 P.M.", "Mr. Smith stayed."]
    assert after(S.TimeBeforeTitleBoundaries(), "At 5 a.m. Mr. Smith left.") == ["At 5 a.m. Mr. Smith left."]
    assert after(S.AgencyTagBoundaries(), "MOSCOW, December 7. /TASS/. Talks began.") == [
        "MOSCOW, December 7. /TASS/.", "Talks began."]
    assert after(S.PronounIBoundaries(), "You and I. Did you see Albert I. Jones?") == [
        "You and I.", "Did you see Albert I. Jones?"]
    assert after(S.LowerCaseBoundaries(), "She works at Yahoo! in Paris.") == ["She works at Yahoo! in Paris."]
    assert after(S.ListItemBoundaries(), "1.) The first item 2.) The second item") == [
        "1.) The first item", "2.) The second item"]
    # no list without an opening marker: "Article 1." and "Article 2." stay where Punkt put them
    assert after(S.ListItemBoundaries(), "See Article 1. The sides met. See Article 2. The end.") == [
        "See Article 1.", "The sides met.", "See Article 2.", "The end."]
    assert S.ListItemBoundaries().apply("a. The first item b. The second item", [], tok) == [18]


def test_sentence_rule_words_from_a_file_of_ones_own(tmp_path):
    from helpers.errors import InputError
    from helpers.lexicons.text import load_sentence_rule_words

    words = load_sentence_rule_words()
    assert "p" in words.number_abbreviations and "•" in words.list_bullets and "a.m" in words.time_abbreviations
    mine = tmp_path / "rules.txt"
    mine.write_text("[number abbreviations]\nAbs.\n[list bullets]\n*\n", encoding="utf-8")
    own = load_sentence_rule_words(mine)
    assert own.number_abbreviations == frozenset({"abs"}) and own.list_bullets == "*"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("[bullets]\n*\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_sentence_rule_words(wrong)
