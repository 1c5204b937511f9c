"""Exact answers on the seed article, derived by hand from its text (issue 19).

Every expected value below was worked out from ``data/raw/tass_2021-12-07_putin-biden-video-link.txt``
by reading it, not by running the code: a content span is the literal words typed here, found in the
SOURCE text with ``text.find`` of a longer literal that fixes which occurrence is meant (so the expected
offset never comes from the offsets under test). ``start`` is where the typed words begin, ``end`` is
``start + len(words)``: a boundary one character off either way fails, which a round trip
(``text[start:end] == row.text``) cannot detect.

Only public names are used: ``helpers.load_article``, ``helpers.statements``, ``helpers.speaker_mentions``,
``helpers.kwic`` and the table columns documented in CONTRIBUTING.md.
"""

from __future__ import annotations

import pytest

import helpers


@pytest.fixture(scope="module")
def text(seed_path) -> str:
    # the file is UTF-8 without a BOM, so the decoded text is the file's text
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(seed_path):
    return helpers.load_article(seed_path)


@pytest.fixture(scope="module")
def statements(article):
    return helpers.statements(article)


def at(text: str, context: str, words: str) -> tuple[int, int]:
    """(start, end) of ``words`` inside the one occurrence of ``context`` in the source text."""
    assert text.count(context) == 1, f"context {context!r} must occur exactly once"
    start = text.find(context) + context.index(words)
    return start, start + len(words)


def test_the_source_text_is_the_article_text(text, article):
    assert article.text == text


def _row_with_content(statements, start: int):
    rows = statements[statements["start"] == start]
    assert len(rows) == 1, f"no single statement starts at {start}: {statements[['start', 'end', 'text']]}"
    return rows.iloc[0]


# Each case: the content words (hand-copied from the article), a longer literal that fixes the place,
# the speaker (canonical), the mention that names them, the cue word(s), the kind.
SEED_STATEMENTS = [
    # Ushakov's reply: the content is what stands between the straight quotation marks after
    # 'he noted: ' (the closing mark is not part of the content; "?" is, it is inside the marks).
    # "he" is resolved to the aide named in the sentence before ("Presidential Aide Yury Ushakov").
    ("Easy! Why not?", 'he noted: "Easy! Why not?"', "Yury Ushakov", "he", "noted", "direct"),
    # Biden's direct quotation: the words inside the marks, without the "," that joins the quotation
    # to 'Biden said' (the comma is the writer's, not the speaker's).
    ("I don’t accept anybody’s red lines", '"I don’t accept anybody’s red lines," Biden said.',
     "Joe Biden", "Biden", "said", "direct"),
    # Peskov's quoted admission: the full stop stands inside the closing mark, so it is content.
    ("it was hard to expect breakthroughs from these talks.",
     'admitted that "it was hard to expect breakthroughs from these talks."',
     "Dmitry Peskov", "Peskov", "admitted", "direct"),
    # Reported speech after the cue verb: everything after 'rejected ' up to the sentence's final
    # full stop, which is not content.
    ("Russia’s demands for guarantees of security in the context of Ukraine",
     "Biden rejected Russia’s demands for guarantees of security in the context of Ukraine.",
     "Joe Biden", "Biden", "rejected", "indirect"),
    # 'Russia calls such claims empty and groundless.': the object of 'calls', full stop excluded.
    ("such claims empty and groundless", "Russia calls such claims empty and groundless.",
     "Russia", "Russia", "calls", "indirect"),
    # 'According to Kremlin Spokesman Dmitry Peskov, <content>.': the content starts after the comma
    # and space, runs over the two quoted fragments, and stops before the final full stop.
    ('this line was established "during previous [US] administrations," when there "was still '
     'something creative" in the Russian-US relations',
     'Peskov, this line was established "during previous [US] administrations," when there "was '
     'still something creative" in the Russian-US relations.',
     "Dmitry Peskov", "Kremlin Spokesman Dmitry Peskov", "According to", "according_to"),
    # Psaki: 'White House Press Secretary Jen Psaki said that <content>.' ('that' is not content).
    ("the upcoming summit should not be viewed as an opportunity for the US to set out threats to Russia",
     "Psaki said that the upcoming summit should not be viewed as an opportunity for the US to set out "
     "threats to Russia.",
     "Jen Psaki", "White House Press Secretary Jen Psaki", "said", "indirect"),
]  # fmt: skip


@pytest.mark.parametrize("content, context, speaker, mention, cue, kind", SEED_STATEMENTS,
                         ids=[c[2] + ": " + c[0][:30] for c in SEED_STATEMENTS])  # fmt: skip
def test_seed_statement_content_and_offsets(text, statements, content, context, speaker, mention, cue, kind):
    start, end = at(text, context, content)
    row = _row_with_content(statements, start)
    assert (row["start"], row["end"]) == (start, end)
    assert row["text"] == content
    assert row["speaker"] == speaker
    assert row["kind"] == kind
    assert row["speaker_mention"] == mention
    assert row["cue"] == cue


def test_speaker_and_cue_offsets_of_two_statements(text, statements):
    # 'According to Kremlin Spokesman Dmitry Peskov, this line': the cue is 'According to' at the start
    # of that sentence (its only occurrence with 'Kremlin Spokesman' after it), the mention the name
    # with its title.
    row = _row_with_content(statements, at(text, "Peskov, this line was", "this line")[0])
    assert (row["cue_start"], row["cue_end"]) == at(text, "According to Kremlin Spokesman Dmitry Peskov, this",
                                                    "According to")
    assert (row["speaker_start"], row["speaker_end"]) == at(
        text, "According to Kremlin Spokesman Dmitry Peskov, this", "Kremlin Spokesman Dmitry Peskov")
    # '..., red lines," Biden said.': the mention 'Biden' and the cue 'said' after the quotation
    row = _row_with_content(statements, at(text, '"I don’t accept', "I don’t")[0])
    assert (row["speaker_start"], row["speaker_end"]) == at(text, 'lines," Biden said.', "Biden")
    assert (row["cue_start"], row["cue_end"]) == at(text, 'lines," Biden said.', "said")


def test_statement_count_per_speaker(statements):
    # Counted by reading: Joe Biden says something in five places — 'Biden rejected', '"I don’t
    # accept ..." Biden said', 'He added that', 'he disclosed that', 'Biden hailed'. Jen Psaki twice
    # ('Psaki said that', 'According to Psaki,').
    counts = statements["speaker"].value_counts()
    assert counts["Joe Biden"] == 5
    assert counts["Jen Psaki"] == 2


# Speaker mentions: (the mention's words, a literal fixing the place, type, resolved speaker)
SEED_MENTIONS = [
    ("Kremlin Spokesman Dmitry Peskov", "According to Kremlin Spokesman Dmitry Peskov, this line",
     "name", "Dmitry Peskov"),
    # the role noun in 'According to the spokesman, the video talks' points back to Peskov
    ("the spokesman", "According to the spokesman, the video", "role_noun", "Dmitry Peskov"),
    # 'According to Ushakov, the presidents may discuss': the surname alone
    ("Ushakov", "According to Ushakov, the presidents", "name", "Yury Ushakov"),
    # 'According to its sources,' after 'CNN reported': the possessive points at CNN
    ("its sources", "According to its sources,", "anonymous", "CNN sources"),
    ("Russian Foreign Ministry Spokeswoman Maria Zakharova",
     "According to Russian Foreign Ministry Spokeswoman Maria Zakharova, the US", "name", "Maria Zakharova"),
    ("Psaki", "According to Psaki, Washington", "name", "Jen Psaki"),
]  # fmt: skip


@pytest.mark.parametrize("words, context, mention_type, speaker", SEED_MENTIONS, ids=[m[0] for m in SEED_MENTIONS])
def test_speaker_mention_offsets(text, article, words, context, mention_type, speaker):
    mentions = helpers.speaker_mentions(article)
    start, end = at(text, context, words)
    rows = mentions[mentions["start"] == start]
    assert len(rows) == 1, f"no mention starts at {start} ({words!r})"
    row = rows.iloc[0]
    assert (row["start"], row["end"]) == (start, end)
    assert row["text"] == words
    assert row["mention_type"] == mention_type
    assert row["speaker"] == speaker


# kwic of "summit": the article has it four times (counted by reading; "summits" does not occur).
# Tokens are words and punctuation marks; "Russia-US" is one token (a hyphenated word is not split).
# With window=6 the context takes up to six tokens on each side and stops at the sentence boundary.
SUMMIT_KWIC = [
    # 'The Geneva summit became the first Russia-US summit since 2018.': only two tokens before the
    # first "summit" in its sentence; six after it: became, the, first, Russia-US, summit, since.
    ("The Geneva summit became", "The Geneva", "became the first Russia-US summit since"),
    # the second "summit" of that sentence: six before (Geneva summit became the first Russia-US),
    # after it only "since", "2018" and the full stop, the end of the sentence.
    ("Russia-US summit since 2018.", "Geneva summit became the first Russia-US", "since 2018."),
    # '... our idea of organizing a summit of the United Nations Security Council permanent ...'
    ("organizing a summit of", "of our idea of organizing a", "of the United Nations Security Council"),
    # 'White House Press Secretary Jen Psaki said that the upcoming summit should not be viewed as an ...'
    ("the upcoming summit should", "Jen Psaki said that the upcoming", "should not be viewed as an"),
]


def test_kwic_left_and_right_context(text, article):
    table = helpers.kwic(article, "summit", window=6)
    assert len(table) == len(SUMMIT_KWIC) == text.lower().count("summit")
    for (context, left, right), row in zip(SUMMIT_KWIC, table.itertuples(), strict=True):
        start, end = at(text, context, "summit")
        assert (row.start, row.end, row.keyword) == (start, end, "summit")
        assert row.left == left
        assert row.right == right


def test_kwic_window_counts_tokens(article):
    # window=2 around the fourth "summit": 'the upcoming' | 'should not'
    row = helpers.kwic(article, "summit", window=2).iloc[3]
    assert (row["left"], row["right"]) == ("the upcoming", "should not")
    # window=1 around the first: 'Geneva' | 'became'
    row = helpers.kwic(article, "summit", window=1).iloc[0]
    assert (row["left"], row["right"]) == ("Geneva", "became")
