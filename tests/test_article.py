"""Reading the article: decoding, structure, and bad input (issue 2)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers
from helpers.article import load_article
from helpers.errors import InputError

SEED_SHA256 = "36df846f90273753aa42ac5e47909328788e3c596905d8add6de596ba4f318de"


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_article(seed_path)


def test_seed_is_byte_identical_to_the_shared_copy(seed_path):
    assert hashlib.sha256(seed_path.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_matches_shared_seed_when_present(seed_path, shared_dir):
    assert seed_path.read_bytes() == (shared_dir / "seeds" / "000_c55590660c312243.txt").read_bytes()


def test_metadata_file_describes_the_seed(root):
    import json

    meta = json.loads((root / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.json").read_text("utf-8"))
    assert meta["source"] == "TASS"
    assert meta["date"] == "2021-12-07"
    assert meta["language"] == "en"
    assert meta["title"] == "Putin, Biden to hold talks via live link-up on Tuesday"
    assert meta["sha256"] == SEED_SHA256


def test_headline_standfirst_dateline(seed):
    assert seed.headline.text == "Putin, Biden to hold talks via live link-up on Tuesday"
    assert seed.standfirst.text.startswith("The leaders are expected to discuss the situation around Ukraine")
    assert seed.standfirst.text.endswith("and the bilateral agenda")
    d = seed.dateline
    assert d.text == "MOSCOW/WASHINGTON, December 7. /TASS/."
    assert d.places == ("MOSCOW", "WASHINGTON")
    assert d.date == "December 7"
    assert d.agency == "TASS"
    for span in (seed.headline, seed.standfirst, d):
        assert seed.text[span.start : span.end] == span.text


def test_five_subheadings_make_six_sections(seed):
    headings = [s.heading.text for s in seed.sections if s.heading]
    assert headings == [
        "Talking from Sochi via secure line",
        "Implementation of previous agreements",
        "NATO’s eastward expansion",
        "Media hysteria",
        "Need for direct dialogue",
    ]
    assert seed.sections[0].heading is None and seed.sections[0].start == 0
    # sections tile the text
    for a, b in zip(seed.sections, seed.sections[1:]):
        assert a.end == b.start
    assert seed.sections[-1].end == len(seed.text)


def test_paragraph_table(seed):
    p = seed.paragraphs
    assert list(p.columns) == ["paragraph_id", "start", "end", "text", "section_id", "section", "kind"]
    assert p["kind"].tolist()[:3] == ["headline", "standfirst", "body"]
    assert (p["kind"] == "heading").sum() == 5
    assert all(seed.text[a:b] == t for a, b, t in zip(p["start"], p["end"], p["text"]))
    # every paragraph is one line of the file
    assert len(p) == seed.text.count("\n") + 1


def test_load_from_text_and_bytes_agree(seed, seed_path):
    raw = seed_path.read_bytes()
    for other in (load_article(text=seed.text), load_article(raw), load_article(seed.text)):
        assert other.text == seed.text
        assert other.sentences["text"].tolist() == seed.sentences["text"].tolist()
    assert helpers.load_article is load_article


def test_bom_and_crlf_are_read(seed_path, tmp_path):
    text = seed_path.read_text("utf-8")
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    art = load_article(p)
    assert not art.text.startswith("\ufeff")
    assert "\r\n" in art.text  # line ends are kept as written; offsets index this text
    plain = load_article(text=text)
    assert [s.strip() for s in art.sentences["text"]] == plain.sentences["text"].tolist()
    assert [s.heading.text for s in art.sections if s.heading] == [s.heading.text for s in plain.sections if s.heading]
    assert art.dateline.text == plain.dateline.text


def test_text_without_headline_or_dateline():
    art = load_article(text="The talks ended without agreement. Both sides said they would meet again.")
    assert art.headline is None and art.dateline is None and art.standfirst is None
    assert len(art.sections) == 1
    assert art.sentences["kind"].tolist() == ["body", "body"]


@pytest.mark.parametrize(
    "first, places, date, agency",
    [
        ("WASHINGTON, Dec 7 (Reuters) - The United States said", ("WASHINGTON",), "Dec 7", "Reuters"),
        ("KYIV (AP) — Ukraine's president said", ("KYIV",), None, "AP"),
        ("GENEVA, Dec. 7 — Diplomats met", ("GENEVA",), "Dec. 7", None),
        ("Moscow, 7 December /TASS/. Russia said", ("Moscow",), "7 December", "TASS"),
        ("UNITED NATIONS — The Security Council met", ("UNITED NATIONS",), None, None),
        # house styles of the spent rounds' wires and releases (issues 13 and 18)
        ("NAIROBI, Kenya Apr 27 – President Kenyatta said", ("NAIROBI",), "Apr 27", None),
        ("VIENNA, 12 January 2017 – The minister said", ("VIENNA",), "12 January 2017", None),
        ("KYIV. Sept 8 (Interfax-Ukraine) – The minister said", ("KYIV",), "Sept 8", "Interfax-Ukraine"),
        ("Ulaanbaatar /MONTSAME/ The State Secretary said", ("Ulaanbaatar",), None, "MONTSAME"),
        ("WANA (Sep 09) – Iran's spokesperson said", (), "Sep 09", "WANA"),
        ("DOHA: The Prime Minister said", ("DOHA",), None, None),
        ("Abu Dhabi: Sheikh Abdullah said", ("Abu Dhabi",), None, None),
        ("KUWAIT: The Foreign Minister said", ("KUWAIT",), None, None),
        ("TEL AVIV: Britain's new Foreign Secretary said", ("TEL AVIV",), None, None),
        # a place in capitals with its country in title case before the agency (Caribbean wires: CMC), and two
        # places in capitals joined by "/" before a colon, one of them known (Gulf papers); by hand: the
        # places, no date, the agency in brackets
        ("BRIDGETOWN, Barbados (CMC) — CARICOM leaders said", ("BRIDGETOWN",), None, "CMC"),
        ("GENEVA/CAIRO: The UN said", ("GENEVA", "CAIRO"), None, None),
        # a press-release distributor between slashes with its initials in brackets, a dash after it (APO
        # releases); by hand: the place, the date, the distributor's name with its initials
        ("WASHINGTON, April 4, 2014/African Press Organization (APO)/ — Ms. Lagarde said", ("WASHINGTON",),
         "April 4, 2014", "African Press Organization (APO)"),
    ],
)
def test_other_datelines(first, places, date, agency):
    art = load_article(text=f"Talks in the capital\n{first} on Tuesday that talks would go on.\nMore text here.")
    assert art.headline.text == "Talks in the capital"
    d = art.dateline
    assert d is not None, first
    assert (d.places, d.date, d.agency) == (places, date, agency)
    assert art.sentences.loc[1, "kind"] == "dateline"


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "It gives me great pleasure to\nexpress my congratulations to the\nPresident on his election.\n\n"
        "We are confident that his\nwisdom will guide us. I thank\nhis predecessor.\n"
    )
    art = load_article(text=text)
    assert len(art.paragraphs) == 2
    assert art.headline is None
    assert len(art.sentences) == 3
    assert art.sentences.loc[1, "text"] == "We are confident that his\nwisdom will guide us."


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, needle",
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "white space"),
        (b"\x00\x01\x02binary\x00data", "binary"),
        ("Москва, 7 декабря. Переговоры прошли в Женеве.".encode("cp1251"), "cp1251"),
        ("Les négociations à Genève ont échoué.".encode("latin-1"), "not valid utf-8"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path, content, needle):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_article(p)
    msg = str(info.value)
    assert "\n" not in msg
    assert str(p) in msg
    assert needle.lower() in msg.lower()


def test_legacy_encoding_can_be_forced(tmp_path):
    p = tmp_path / "cp1251.txt"
    p.write_bytes("Москва, 7 декабря. Переговоры прошли в Женеве.".encode("cp1251"))
    assert load_article(p, encoding="cp1251").text.startswith("Москва")


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="no such file"):
        load_article("data/raw/does-not-exist.txt")
    with pytest.raises(InputError, match="directory"):
        load_article(tmp_path)


def test_empty_text_argument():
    with pytest.raises(InputError, match="empty"):
        load_article(text="  \n ")


_LINE_PIECES = ["Peace", "talks", ".", " ", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=30).map("".join))
def test_blocks_are_the_lines_between_line_ends(text):
    """``layout.blocks`` against a plain statement of the rule: lines end at \\r\\n, \\r or \\n; a line's span is
    its content without surrounding white space; two or more line ends between lines start a block."""
    import re

    from helpers.layout import blocks

    lines = [m.span() for m in re.finditer(r"\S(?:[^\r\n]*\S)?", text)]
    expected: list[list[tuple[int, int]]] = []
    for i, (a, b) in enumerate(lines):
        gap = text[lines[i - 1][1] : a] if i else ""
        if not i or gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2:
            expected.append([])
        expected[-1].append((a, b))
    assert blocks(text) == expected


def test_as_article_takes_an_article_a_path_or_a_text(seed, seed_path, tmp_path):
    from helpers.article import as_article

    assert as_article(seed) is seed
    assert as_article(seed_path).text == seed.text  # a Path
    assert as_article(str(seed_path)).text == seed.text  # a str naming a file
    # a str with a line break is a text; written here: two paragraphs, the first a short line (headline)
    art = as_article("Talks resume\n\nThe talks resumed on Monday.")
    assert art.headline.text == "Talks resume"
    with pytest.raises(InputError, match="expected an Article"):
        as_article(42)


def test_dateline_rules_are_named_and_adaptable():
    import re

    from helpers.layout import DATELINE_RULES, DatelineRule, find_dateline

    assert [r.name for r in DATELINE_RULES] == [
        "agency between slashes", "place and agency between slashes", "agency in brackets",
        "agency in brackets and a colon", "agency and date in brackets", "capitals and a dash",
        "known place and a colon",
    ]
    # "Kyiv -- " (mixed case, two hyphens) is no dateline by the rules: it needs capitals before a dash
    text = "Kyiv, 7 March -- The talks went on."
    assert find_dateline(text, 0, len(text)) is None
    house = DatelineRule("place, date and two hyphens", re.compile(r"(?P<places>[A-Z][a-z]+), (?P<date>\d+ [A-Z][a-z]+) --"))
    d = find_dateline(text, 0, len(text), [*DATELINE_RULES, house])
    assert (d.text, d.places, d.date, d.agency) == ("Kyiv, 7 March --", ("Kyiv",), "7 March", None)


@pytest.mark.parametrize(
    "first",
    [
        "LAVROV: We are ready to talk.",  # a speaker label: a name, no place
        "LAVROV/SHOIGU: We are ready to talk.",  # two names by a slash, no known place
        "Kostidis: Minister, what do you expect from the meeting?",
        "Question: What can you say about the talks?",
        "Egypt: the minister receives a phone call from his US counterpart.",  # a country in title case
    ],
)
def test_labels_before_a_colon_are_no_datelines(first):
    art = load_article(text=f"Talks in the capital\n{first}\nMore text here.")
    assert art.dateline is None


def test_a_country_in_title_case_before_a_colon_stays_a_headline():
    art = load_article(text="Egypt: FM Shoukry Receives Phone Call From US Secretary of State\n"
                            "The minister received a phone call on Monday.\nThey discussed Syria.\n")
    assert art.headline.text.startswith("Egypt:") and art.dateline is None


def test_narrow_wrap_cut_where_a_quotation_is_reopened():
    # a press statement quoted in a hard-wrapped wire: the first quoted paragraph is left open at its sentence's
    # end and the next line reopens the quotation (layout.reopened_quotation). By hand: one cut, before the
    # line '"It is expected' (one mark, an odd count, since the paragraph's start and a sentence's end before
    # it); none before '"During' (no mark before it: nothing is reopened).
    text = (
        "Lima - President Ana Ruiz will visit Andoria on March 17, the presidency said\n"
        "in a statement.\n"
        '"During the visit, President Ruiz and her counterpart will discuss\n'
        "bilateral co-operation.\n"
        '"It is expected that the heads of state will focus on the latest\n'
        'developments," the statement said.\n'
    )
    from helpers.layout import paragraph_spans, reopened_quotation

    starts = [text[a : a + 8] for a, _ in paragraph_spans(text)]
    assert starts == ["Lima - P", '"It is e']
    assert not reopened_quotation('He said "no." "Yes', 0, 13, 14)  # an even count: the quotation is closed
