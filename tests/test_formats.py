"""Other input formats: detection, Markdown and HTML rendering with source offsets, transcript turns."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers.article import Article, load_article
from helpers.errors import InputError
from helpers.formats import detect_format, parse_label, render_html, render_markdown, source_span

EXAMPLES = "data/examples"


def _roundtrip(art: Article) -> None:
    for table in (art.paragraphs, art.sentences, art.tokens):
        for row in table.itertuples(index=False):
            text = getattr(row, "text", None) or row.token
            assert art.text[row.start:row.end] == text


# -- detection ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("Plain headline\n\nMOSCOW, Dec 7 /TASS/. Putin said something.", None, "text"),
        ("<!DOCTYPE html><html><body><p>Hi there.</p></body></html>", None, "html"),
        ("<div><p>One.</p><p>Two.</p><br></div>", None, "html"),
        ("# Title\n\nSome *text* here.", None, "markdown"),
        ("A [link](http://x.org) and a [second](http://y.org).", None, "markdown"),
        ("MODERATOR: Welcome.\nQUESTION: Why?\nMS. PSAKI: Because.\n", None, "transcript"),
        ("Q  Thank you.\nMR. PRICE: Sure.\nQ  And then?\n", None, "transcript"),
        ("Anything at all.", "page.HTM", "html"),
        ("Anything at all.", "notes.markdown", "markdown"),
        # one label-like line in a news story is not a transcript
        ("Headline\n\nWASHINGTON: The talks ended.\nNote: this story was updated.\nThe end.", None, "text"),
        # a mixed-case label that never recurs is no speaker
        ("Geneva: talks resume.\nBerlin: no comment.\nParis: agreed.", None, "text"),
    ],
)
def test_detect_format(text, path, expected):
    assert detect_format(text, path) == expected


def test_plain_text_path_unchanged(seed_path):
    """Auto-detection sends plain text to the very same Article as before."""
    auto = load_article(seed_path)
    plain = Article(seed_path.read_text(encoding="utf-8-sig"), seed_path)
    assert auto.format == "text" and auto.source_offsets is None
    assert auto.text == plain.text
    assert auto.structure() == plain.structure()
    assert len(auto.turns) == 0


def test_forced_format_and_bad_format(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("<p>Looks like <b>HTML</b> but it is a story about tags.</p>\n", encoding="utf-8")
    assert load_article(p, format="text").text.startswith("<p>")
    assert load_article(p, format="html").text == "Looks like HTML but it is a story about tags."
    with pytest.raises(InputError, match="unknown input format"):
        load_article(p, format="pdf")
    (tmp_path / "empty.html").write_text("<html><script>var x = 1;</script></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no visible text"):
        load_article(tmp_path / "empty.html")


# -- Markdown ---------------------------------------------------------------------------------------

MD = """---
title: front matter is dropped
---
# Leaders *agree* on talks

**GENEVA, March 7 —** The [foreign ministers](https://example.org/fm) met on Friday.
They spoke for an hour, said `officials`.

## Sanctions
- First item, with snake_case_name kept.
- Second item \\*escaped\\*.

```
code is dropped
```

Setext heading
--------------

> "We will talk again," the minister said.
"""


def test_markdown_render_and_structure():
    art = load_article(MD, format="markdown")
    assert art.format == "markdown"
    assert art.headline.text == "Leaders agree on talks"
    assert [s.name for s in art.sections] == ["", "Sanctions", "Setext heading"]
    assert art.dateline is not None and art.dateline.places == ("GENEVA",)
    t = art.text
    assert "https" not in t and "**" not in t and "`" not in t and "front matter" not in t
    assert "code is dropped" not in t and "#" not in t
    assert "snake_case_name" in t and "*escaped*" in t
    assert '"We will talk again," the minister said.' in t
    _roundtrip(art)


def test_markdown_source_offsets_point_into_the_file():
    text, offsets, _ = render_markdown(MD)
    assert len(offsets) == len(text) + 1
    art = load_article(MD, format="markdown")
    for word in ("foreign ministers", "Sanctions", "snake_case_name", "minister said"):
        i = art.text.index(word)
        s, e = source_span(art, i, i + len(word))
        assert MD[s:e] == word
    # offsets never go backwards
    assert all(a <= b for a, b in itertools.pairwise(offsets))


def test_markdown_example_file():
    art = load_article(f"{helpers.project_root()}/{EXAMPLES}/readout_2025-02-18_prime-minister-call.md")
    assert art.format == "markdown"
    assert art.headline.text.startswith("Readout: Prime Minister Halvorsen")
    assert [s.name for s in art.sections][1:] == ["Trade and energy", "Regional security", "Next steps"]
    _roundtrip(art)


# -- HTML -------------------------------------------------------------------------------------------

HTML = """<!doctype html><html><head><title>Not visible</title>
<style>p { color: red }</style><script>var secret = "<p>no</p>";</script></head>
<body><nav>Home | World</nav><header>Site banner</header>
<article><header><h1>Talks &amp; tensions</h1></header>
<p>GENEVA, March 7 (Meridian) &ndash; The envoy said:
   &ldquo;We are   close.&rdquo;</p>
<div hidden>hidden text</div><span style="display: none">invisible</span>
<h2>Next&#160;steps</h2><p>More talks<br>on Monday.</p>
<p aria-hidden="true">ad</p></article>
<aside>Most read</aside><footer>(c) 2025</footer></body></html>"""


def test_html_visible_text_only():
    art = load_article(HTML)
    assert art.format == "html"
    t = art.text
    for gone in ("Not visible", "color", "secret", "Home", "Site banner", "hidden text", "invisible",
                 "ad\n", "Most read", "(c)"):
        assert gone not in t, gone
    assert art.headline.text == "Talks & tensions"
    assert "“We are close.”" in t  # white space collapsed, references decoded
    assert [s.name for s in art.sections] == ["", "Next steps"]  # a no-break space collapses too
    assert art.dateline is not None and art.dateline.agency == "Meridian"
    assert "More talks\n\non Monday." in t  # <br> breaks the block
    _roundtrip(art)


def test_html_source_offsets():
    text, offsets, blocks = render_html(HTML)
    assert len(offsets) == len(text) + 1
    i = text.index("envoy said")
    assert HTML[offsets[i]:offsets[i + len("envoy said") - 1] + 1] == "envoy said"
    amp = text.index("&")  # from &amp;: points at the reference
    assert HTML[offsets[amp]:offsets[amp] + 5] == "&amp;"
    assert blocks[0][2] == "h1"


def test_html_malformed_does_not_crash():
    art = load_article("<html><body><p>Unclosed <b>bold<p>Second para</div></i> ends.</body>", format="html")
    assert "Unclosed bold" in art.text and "Second para ends." in art.text
    _roundtrip(art)


def test_html_example_file(root):
    art = load_article(root / EXAMPLES / "wire_2025-03-07_water-talks.html")
    assert art.headline.text.startswith("Veltria and Karsovia resume water talks")
    assert "Advertisement" not in art.text and "Most read" not in art.text and "analytics" not in art.text
    assert art.dateline.places == ("GENEVA",)
    _roundtrip(art)


# -- transcripts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("MODERATOR", ("Moderator", "moderator", "anonymous")),
        ("QUESTION", ("Questioner", "question", "anonymous")),
        ("Q", ("Questioner", "q", "anonymous")),
        ("SPOKESPERSON", ("Spokesperson", "spokesperson", "anonymous")),
        ("SECRETARY BLINKEN", ("Blinken", "secretary", "person")),
        ("MS. PSAKI", ("Psaki", "", "person")),
        ("Mr. Peskov", ("Peskov", "", "person")),
        ("FOREIGN MINISTER LAVROV", ("Lavrov", "foreign minister", "person")),
        ("MR. O'BRIEN", ("O'Brien", "", "person")),
        # written for this test: stacked titles read as in mixed case ("Chief Cabinet Secretary Suga" is Suga),
        # an abbreviated title ("SEC.", transcript_labels.txt [honorifics]), a questioner's name and outlet
        ("CHIEF CABINET SECRETARY SUGA", ("Suga", "chief cabinet secretary", "person")),
        ("SEC. PANELO", ("Panelo", "", "person")),
        ("JOSEPH MORONG/GMA", ("Joseph Morong", "", "person")),
        ("ANA CRUZ/PHIL. STAR", ("Ana Cruz", "", "person")),
    ],
)
def test_parse_label(label, expected):
    assert parse_label(label) == expected


TRANSCRIPT = """Briefing by Press Secretary Jen Psaki

MS. PSAKI: Hi, everyone. Two things at the top.
The President spoke with his counterpart today.

Q  Thank you, Jen. Will there be sanctions?

MS. PSAKI: We are not going to get ahead of that.
Q  And on Ukraine?
SECRETARY BLINKEN: Let me take that one.
Mr. Peskov: I disagree.
"""


def test_transcript_turns():
    art = load_article(TRANSCRIPT)
    assert art.format == "transcript"
    turns = art.turns
    assert list(turns.columns[:3]) == ["turn_id", "speaker_label", "speaker"]
    assert turns["speaker_label"].tolist() == ["MS. PSAKI", "Q", "MS. PSAKI", "Q", "SECRETARY BLINKEN",
                                               "Mr. Peskov"]
    assert turns["speaker"].tolist() == ["Jen Psaki", "Questioner", "Jen Psaki", "Questioner", "Blinken",
                                         "Peskov"]
    for r in turns.itertuples():
        assert art.text[r.start:r.end] == r.text
        assert art.text[r.label_start:r.label_end] == r.speaker_label
    assert turns["text"].iloc[0] == (
        "Hi, everyone. Two things at the top.\nThe President spoke with his counterpart today.")
    assert turns["text"].iloc[1] == "Thank you, Jen. Will there be sanctions?"
    # every label starts a paragraph, none is a heading
    para_starts = set(art.paragraphs["start"])
    assert set(turns["label_start"]) <= para_starts
    assert (art.paragraphs["kind"] == "heading").sum() == 0
    assert art.headline.text == "Briefing by Press Secretary Jen Psaki"
    _roundtrip(art)


def test_transcript_example_file(root):
    art = load_article(root / EXAMPLES / "press_briefing_2025-03-04_transcript.txt")
    assert art.format == "transcript"
    assert art.dateline is None
    speakers = art.turns["speaker"].value_counts().to_dict()
    assert speakers == {"Anna Morel": 5, "Questioner": 4, "Moderator": 2, "Daskal": 1}


def test_transcript_statements_turns_and_attributed_speech():
    """Each turn is its speaker's, except what the speaker attributes to someone else."""
    text = (
        "Briefing by Press Secretary Jen Psaki\n\n"
        "MS. PSAKI: Good afternoon. Prime Minister Boris Johnson said on Monday that sanctions could not be "
        "ruled out. We agree with him.\n\n"
        "Q  Thank you. Is that a yes?\n\n"
        "MS. PSAKI: It is a yes.\n"
    )
    art = load_article(text)
    st = helpers.statements(art)
    for r in st.itertuples():
        assert art.text[r.start:r.end] == r.text
    by = st.groupby("speaker")["text"].apply(list).to_dict()
    assert any("sanctions could not be ruled out" in t for t in by["Boris Johnson"])
    psaki = " ".join(by["Jen Psaki"])
    assert "Good afternoon." in psaki and "We agree with him." in psaki and "It is a yes." in psaki
    assert "sanctions could not be ruled out" not in psaki  # Johnson's words are not hers
    assert by["Questioner"] == ["Thank you. Is that a yes?"]
    assert set(st.loc[st["speaker"] == "Jen Psaki", "kind"]) == {"turn"}
    # no statement crosses a turn boundary
    turns = art.turns
    for r in st.itertuples():
        inside = turns[(turns["start"] <= r.start) & (turns["end"] >= r.end)]
        assert len(inside) == 1


# -- properties: any input renders, and every rendered character comes from the file ----------------

_MD_ALPHABET = st.sampled_from([*"ab Z.,\n#*_`[]()!<>-=|>~\\&;\"'", "é", "“", "http://x.y", "```"])
_HTML_ALPHABET = st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<script>", "</script>", "<h1>", "</h1>",
                                  "<br>", "&amp;", "&#8212;", "&bogus;", "a", "B", " ", "\n", ".", "<!--",
                                  "-->", "<div hidden>", "</div>", "é", "<", ">", "\"", "&"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_MD_ALPHABET, max_size=60).map("".join))
def test_markdown_render_properties(src):
    text, offsets, blocks = render_markdown(src)
    assert len(offsets) == len(text) + 1
    assert all(0 <= o <= len(src) for o in offsets)
    for i, ch in enumerate(text):
        if ch != "\n":
            assert src[offsets[i]] == ch or src[offsets[i]] == "\\", (i, ch)
    for a, b, _ in blocks:
        assert 0 <= a < b <= len(text) and text[a:b].strip() == text[a:b]


@pytest.mark.parametrize("src", ["<!--<script><!--", "<!--a--><!--<script>x", "a<!--b<!--c-->d<!--<script>"])
def test_html_comment_left_open_hides_everything_after_it(src):
    # the first comment that is never closed swallows the rest, "<!--" inside it included (found by the
    # property test below: the last "<!--" was taken for the open one, leaving "<script" in the text)
    assert "<script" not in render_html(src)[0].lower()


@settings(max_examples=150, deadline=None)
@given(st.lists(_HTML_ALPHABET, max_size=40).map("".join))
def test_html_render_properties(src):
    text, offsets, blocks = render_html(src)
    assert len(offsets) == len(text) + 1
    assert all(0 <= o <= len(src) for o in offsets)
    assert "<script" not in text.lower()
    for a, b, _ in blocks:
        assert 0 <= a < b <= len(text) and text[a:b].strip() == text[a:b]


def test_transcript_label_alone_on_its_line():
    art = load_article("MODERATOR:\nWelcome, everyone.\n\nQUESTION:\nWhy now?\n\nMR. PRICE:\nBecause.\n")
    assert art.format == "transcript"
    assert art.turns["text"].tolist() == ["Welcome, everyone.", "Why now?", "Because."]
    assert art.turns["speaker"].tolist() == ["Moderator", "Questioner", "Price"]


def test_section_heading_between_turns_ends_the_turn_before_it():
    # a print interview's section heading between an answer and the next question ("Kenya-France relations/
    # Dadaab refugee camp"): a short line of its own, no final stop, after the answer's full stop, is no part
    # of the answer (before_section_heading); a closing "Thank you" line stays the speaker's
    art = load_article(
        "Q. – Is trade growing?\n\nTHE MINISTER – It is. We welcome it.\n\nKenya-France relations/Dadaab camp\n\n"
        "Q. – Will you visit?\n\nTHE MINISTER – Yes, soon.\n\nThank you\n\nQ. – Last question?\n\nTHE MINISTER – No.\n")
    assert art.format == "transcript"
    assert art.turns["text"].tolist() == ["Is trade growing?", "It is. We welcome it.", "Will you visit?",
                                          "Yes, soon.\n\nThank you", "Last question?", "No."]


def test_transcript_label_lexicon(tmp_path):
    """The label words are data: the package file's sections, and a user's own file of the same format."""
    from helpers.lexicons.text import load_transcript_labels, parse_transcript_labels

    labels = load_transcript_labels()
    assert labels.roles["q"] == "Questioner" and labels.roles["moderator"] == "Moderator"
    assert {"note", "source"} <= labels.not_labels
    assert {"ms", "gen"} <= labels.honorifics  # "MS. PSAKI", "GEN. MILLEY"
    # a user's file: "convenor" named a role, written by hand in the file's format
    mine = tmp_path / "labels.txt"
    mine.write_text("# my labels\n[not labels]\nnote\n[role labels]\nconvenor | Convenor\n[honorifics]\nms\n", "utf-8")
    own = load_transcript_labels(mine)
    assert own.roles == {"convenor": "Convenor"} and own.not_labels == {"note"} and own.honorifics == {"ms"}
    with pytest.raises(InputError, match="no speaker name"):
        parse_transcript_labels("[role labels]\nconvenor\n")
    with pytest.raises(InputError, match="unknown section"):
        parse_transcript_labels("[speakers]\nx\n")


# The inline patterns before issue 17 (quadratic on a line of "[", cubic on a line of backticks): the linear
# link, image and code-span finders must render every line exactly as these did.
_OLD_INLINE_RE = __import__("re").compile(
    r"(?P<img>!\[(?P<alt>[^\]]*)\]\([^)]*\))"
    r"|(?P<link>\[(?P<ltext>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\]))"
    r"|(?P<auto><(?P<url>(?:https?|mailto):[^>\s]+)>)"
    r"|(?P<code>(?P<ticks>`+)(?P<ctext>.+?)(?P=ticks))"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<esc>\\(?P<echar>[\\`*_{}\[\]()#+\-.!>|]))"
    r"|(?P<emph>\*{1,3}|_{1,3}|~~)"
)


def _old_render_inline(src, a, b, out):
    from helpers import formats

    pos = a
    for m in _OLD_INLINE_RE.finditer(src, a, b):
        if m.start() > pos:
            out.emit(src[pos:m.start()], pos)
        if m.group("img") is not None:
            _old_render_inline(src, m.start("alt"), m.end("alt"), out)
        elif m.group("link") is not None:
            _old_render_inline(src, m.start("ltext"), m.end("ltext"), out)
        elif m.group("code") is not None:
            out.emit(m.group("ctext"), m.start("ctext"))
        else:
            formats._render_markup(src, m, a, b, out)
        pos = m.end()
    if pos < b:
        out.emit(src[pos:b], pos)


def test_linear_inline_markdown_renders_as_the_old_patterns():
    """20,000 short lines of brackets, parentheses, backticks, tags and escapes (a fixed seed): the same
    characters and the same source offsets as the old quadratic patterns gave."""
    import random

    from helpers import formats

    rng = random.Random(17)
    for _ in range(20_000):
        line = "".join(rng.choice("[]()!`a <>\\*_b:/h") for _ in range(rng.randrange(1, 14)))
        old, new = formats._Out(), formats._Out()
        _old_render_inline(line, 0, len(line), old)
        formats._render_inline(line, 0, len(line), new)
        assert (new.chars, new.offs) == (old.chars, old.offs), line
