"""The sentence splitter's shortcut (``helpers.sentences.FastPunkt``) gives Punkt's answers, bit for bit.

``FastPunkt`` answers Punkt's per-candidate question (does this context hold a sentence break?) itself
for three context shapes and asks Punkt for the rest. These tests compare it with NLTK's own
``PunktSentenceTokenizer`` under the same parameters: on the shapes themselves and their near misses,
on random text, and on real text from the shared corpora (every 5th news article and every 20th UN
speech by default, ``conftest.sample``; every file with ``pytest --full``).
"""

from __future__ import annotations

import pytest
from conftest import SAMPLE_STEP, sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from helpers.sentences import FastPunkt, punkt


@pytest.fixture(scope="module")
def pair():
    fast = punkt()
    assert isinstance(fast, FastPunkt)
    return fast, PunktSentenceTokenizer(fast.params)


CONTEXTS = [
    # rule 1: a plain word and a period
    "world. The", "world.\nThe", "world.  “We", "world.)", 'world."', "world.’", "COVID-19. We",
    "self-determination. The", "Côte. D", "nations. . .", "nations. ..", "nations.\t.", "x. The",
    "A. Smith", "Mr. Smith", "Mr. The", "Gen. However", "Secretary-Gen. The", "U.S. The", "US. The",
    "world--. The", "world. -", "world.\x0bThe", "world.\x1cThe", "world.\u3000The", "word.\u00a0The",
    # rule 2: a number and a period
    "2020. The", "2020. the", "2020. 2021", "2020. (", "2020. ,", "2020.)", "1,000. The", "-5. The",
    "7. Él", "7. ß", "7. ǅ",
    # rule 3: question and exclamation marks
    "peace? The", "peace?!", "peace!)", "peace?\nthe", "peace?.", "peace?a", "?? The", "peace! — The",
    "what?... Then", "why?,", "why?, said",
    # near misses that must go to Punkt
    "(SDGs). In", "p. 11).", "(ibid.)", "... and", "Mr. President,", "e.g. the", "i.e. The", "Dr.. X",
]  # fmt: skip


@pytest.mark.parametrize("context", CONTEXTS)
def test_each_shape_and_near_miss_gets_punkts_answer(pair, context):
    fast, base = pair
    assert fast.text_contains_sentbreak(context) == base.text_contains_sentbreak(context)


@pytest.mark.parametrize(
    "text",
    ["no candidate here", "  lead and trail  \n", "   ", "a.b c?d e!f", "ends.", "ends?  ", "U.S.A", "x. y"],
)
def test_text_without_candidates_is_one_span_as_in_punkt(pair, text):
    fast, base = pair
    assert list(fast.span_tokenize(text)) == list(base.span_tokenize(text))


def test_information_separators_keep_punkts_candidates(pair):
    """``re`` counts U+001C..U+001F as white space and NLTK's ``regex`` does not: such text uses NLTK's."""
    fast, base = pair
    text = "We met. \x1cThe end came? \x1fYes. Now."
    assert list(fast.span_tokenize(text)) == list(base.span_tokenize(text)) == [(0, 7), (8, 22), (23, 28), (29, 33)]


def test_shortcut_is_off_for_trained_parameters():
    params = PunktParameters()
    params.collocations = {("world", "the")}
    fast, base = FastPunkt(params), PunktSentenceTokenizer(params)
    assert not fast.shortcuts_apply()
    text = "They spoke to the world. The end."
    assert list(fast.span_tokenize(text)) == list(base.span_tokenize(text))


PIECES = st.sampled_from([
    "world", "The", "the", "Mr", "U.S", "Gen", "2020", "1,000", "A", "b", "COVID-19", "self-", "Côte",
    ".", ".", ".", "?", "!", "...", "…", '"', "“", "”", "«", "»", "‘", "’", "'", "(", ")", ",", ";", ":",
    "-", "--", "—", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\x0b", "\u3000", "*", "@",
    "\x1c", "\x1f",
])  # fmt: skip
TEXTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=50).map("".join),
    st.lists(PIECES, min_size=1, max_size=50).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=200),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_same_spans_as_punkt_on_random_text(text):
    fast = punkt()
    base = PunktSentenceTokenizer(fast.params)
    assert list(fast.span_tokenize(text)) == list(base.span_tokenize(text))


class _Checked(FastPunkt):
    """FastPunkt that also asks Punkt about every context and records disagreements."""

    def __init__(self, params):
        super().__init__(params)
        self.base = PunktSentenceTokenizer(params)
        self.asked = 0
        self.disagreements: list[str] = []

    def text_contains_sentbreak(self, text):
        self.asked += 1
        answer = super().text_contains_sentbreak(text)
        if answer != self.base.text_contains_sentbreak(text):
            self.disagreements.append(text)
        return answer


def test_every_context_in_a_sample_of_the_shared_news_and_speeches(shared_dir):
    """Every candidate context of every 5th news article and every 20th UN speech (all with --full).

    The speeches are long and repetitive, hence the sparser step: the news has more varied contexts.
    """
    files = sample(sorted((shared_dir / "corpora" / "wikinews-2019-2020").glob("*.txt")))
    files += sample(sorted((shared_dir / "corpora" / "ungdc-2014-2024").glob("*.txt")), SAMPLE_STEP * 4)
    assert len(files) > 150, "the shared corpora are not all there"
    checked = _Checked(punkt().params)
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        for para in text.split("\n\n"):
            list(checked.span_tokenize(para))
    assert checked.asked > 10_000
    assert checked.disagreements == []
