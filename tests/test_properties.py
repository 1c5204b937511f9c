"""Property tests: for any text, the reader, splitter and tokenizer keep their invariants (issues 2, 7)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.article import load_article
from helpers.errors import InputError

# Text built from the pieces that trouble readers: quotes of every kind, abbreviations, line breaks,
# headings, datelines, ellipses, hyphens, apostrophes, non-Latin letters.
PIECES = st.sampled_from([
    "Mr.", "U.S.", "Gen.", "Dec. 7", "said", "the", "Putin", "Biden", "talks", ".", "!", "?", "...", "…",
    '"', "“", "”", "«", "»", "‘", "’", "'", ",", ":", ";", "-", "—", "\n", "\n\n", "\r\n", " ", "  ",
    "MOSCOW, December 7. /TASS/.", "GENEVA (Reuters) -", "Москва", "Kyiv’s", "NATO-related", "1,000",
    "(", ")", "[", "]", "\t", "A", "b",
])  # fmt: skip
TEXTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=60).map(" ".join),
    st.lists(PIECES, min_size=1, max_size=60).map("".join),
    st.text(min_size=1, max_size=300),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_reader_invariants(text):
    try:
        art = load_article(text=text)
    except InputError as exc:
        assert "\n" not in str(exc)
        assert not text.strip() or "binary" in str(exc)
        return
    n = len(art.text)
    s = art.sentences
    prev_end = 0
    for a, b, t in zip(s["start"], s["end"], s["text"]):
        assert 0 <= a < b <= n
        assert art.text[a:b] == t
        assert t == t.strip()
        assert a >= prev_end  # ordered, no overlap
        prev_end = b
    # every non-space character belongs to a sentence
    covered = sum(b - a for a, b in zip(s["start"], s["end"]))
    assert covered >= len("".join(art.text.split()))
    t = art.tokens
    for a, b, w in zip(t["start"], t["end"], t["token"]):
        assert art.text[a:b] == w and w.strip() == w and w
    assert "".join(t["token"]) == "".join(art.text.split())  # tokens cover the text, nothing lost
    sec = art.sections
    assert sec[0].start == 0 and sec[-1].end == n
    for p in art.paragraphs.itertuples():
        assert art.text[p.start : p.end] == p.text
    for span in (art.headline, art.standfirst, art.dateline):
        if span is not None:
            assert art.text[span.start : span.end] == span.text
