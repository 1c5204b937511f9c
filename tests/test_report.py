"""Prose rendered from tables (helpers.report), and the claims of notebooks 01-06 on three texts.

Each renderer is checked on hand-made input. Then every notebook is executed on the seed, a briefing
transcript and a wire story (once per text, shared by the tests; about 12 notebook runs, a minute or two
of CPU) and the sentences it rendered are compared with values derived from the raw text, not from the
package's tables (each test says how), for instance:

* per-section counts on the seed: the article split at its five sub-heading lines
  ("Talking from Sochi via secure line", "Implementation of previous agreements", "NATO’s eastward
  expansion", "Media hysteria", "Need for direct dialogue"), then case-insensitive whole-word matches
  that are not part of a hyphenated word (the tokens table keeps "Putin-Biden" whole), i.e.
  ``grep -oiP '(?<![\\w-])putin(?![\\w-])'`` on each part;
* on the other texts, the same whole-word count over the whole file, compared with the number the
  notebook printed;
* statements per speaker from the seed's gold file and the briefing's turn labels, paragraphs as the
  texts' non-blank lines, quotations as pairs of quotation marks, the repeated standfirst as a repeated
  line; cross-notebook figures (02's word tokens in 05, 03's statement counts in 04) must agree.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import ROOT, tool

import helpers
from helpers import report

SEED_SECTIONS = [
    "",
    "Talking from Sochi via secure line",
    "Implementation of previous agreements",
    "NATO’s eastward expansion",
    "Media hysteria",
    "Need for direct dialogue",
]
# uses per section, in the order above (derived as the module docstring says)
SEED_COUNTS = {
    "ukraine": [2, 0, 0, 4, 5, 0],
    "putin": [2, 2, 3, 1, 0, 2],
    "biden": [2, 1, 2, 3, 0, 3],
    "sanctions": [0, 0, 0, 0, 2, 0],
    "strategic stability": [2, 0, 3, 0, 0, 0],
}


def whole_word_count(term: str, text: str) -> int:
    """Independent count: case-insensitive, whole words, not inside a hyphenated word."""
    words = r"\s+".join(re.escape(w) for w in term.split())
    return len(re.findall(rf"(?<![\w-]){words}(?![\w-])", text, flags=re.IGNORECASE))


def test_wording_helpers():
    assert report.plural(0, "use") == "0 uses"
    assert report.plural(1, "section") == "1 section"
    assert report.plural(1200, "word") == "1,200 words"
    assert report.listing([]) == ""
    assert report.listing(["a", "b"]) == "a and b"
    assert report.listing(["a", "b", "c"], "or") == "a, b or c"
    # quartiles of 1..9 with linear interpolation: 3, 5, 7 (by hand)
    assert report.length_sentence(pd.Series(range(1, 10))) == (
        "The middle half of the 9 body sentences have 3–7 words (median 5)."
    )
    assert report.length_sentence(pd.Series([], dtype=float)) == "There are no body sentences."


def test_seed_sections_and_presence(seed_path):
    art = helpers.load_article(seed_path)
    sections = report.section_names(art)
    assert sections == SEED_SECTIONS
    terms = list(SEED_COUNTS)
    presence = report.term_presence(helpers.dispersion(art, terms), terms, sections)
    for _, row in presence.iterrows():
        counts = SEED_COUNTS[row["term"]]
        assert row["uses"] == sum(counts), row["term"]
        assert row["sections_with"] == [s for s, n in zip(SEED_SECTIONS, counts) if n], row["term"]
        assert row["sections_without"] == [s for s, n in zip(SEED_SECTIONS, counts) if not n]
        assert row["everywhere"] == all(counts)
    lines = report.presence_markdown(presence, len(sections)).splitlines()
    # neither leader is named in "Media hysteria" (the false claim issue 16 found in notebook 02)
    assert lines[1] == "- *putin*: 10 uses, in 5 of 6 sections; none in “Media hysteria”."
    assert lines[3] == "- *sanctions*: 2 uses, in 1 of 6 sections: only “Media hysteria”."


def test_presence_of_an_absent_term_and_a_text_without_headings():
    art = helpers.load_article(text="Talks were held. The talks went on.")
    sections = report.section_names(art)
    assert sections == [""]
    presence = report.term_presence(helpers.dispersion(art, ["talks", "nato"]), ["talks", "nato"], sections)
    assert report.presence_markdown(presence, len(sections)).splitlines() == [
        "- *talks*: 2 uses (the text has no sub-headings to compare).",
        "- *nato*: not used.",
    ]


# --- the renderers added for notebooks 01, 03 and 05 (hand-made inputs, expected values worked out by hand)


def test_structure_and_paragraph_sentences():
    art = helpers.load_article(text="Talks resume\n\nThe sides met on Monday.\n\nThey will meet again.\n")
    # one headline line, no standfirst or dateline, no sub-heading: one section; three paragraphs
    assert report.structure_sentence(art) == (
        "The reader found a headline, no standfirst, no dateline, no sub-headings (so 1 section) and "
        "3 paragraphs."
    )
    assert report.paragraph_sentence(art.paragraphs) == "In this text each of the 3 paragraphs is one line."
    wrapped = pd.DataFrame({"text": ["one line", "two\nlines"]})
    assert report.paragraph_sentence(wrapped).startswith("In this text 1 paragraph of 2 were joined")


def test_article_html_shows_every_paragraph_once_escaped():
    text = "Talks <resume>\n\nThe sides met & talked.\n"
    art = helpers.load_article(text=text)
    page = report.article_html(art)
    assert page.count("Talks &lt;resume&gt;") == 1 and page.count("The sides met &amp; talked.") == 1
    assert "[0 headline]" in page and "[1 body]" in page


def test_case_table_says_where_a_phrase_fell():
    text = 'He said "Easy! Why not?" and smiled. "It is late," she said.'
    art = helpers.load_article(text=text)
    cases = report.case_table(art.sentences, ["Easy! Why not?", "It is late", "smiled. \"It", "absent"], text)
    # by hand: the quotation stays inside sentence 0; "It is late" opens the second sentence after its
    # quotation mark; "left. \"It" crosses the boundary; "absent" is not in the text
    assert cases["where"].tolist() == [
        "inside the sentence", "starts the sentence", "split across sentences", "not in the text"]
    assert cases["in_text"].tolist() == [1, 1, 1, 0]
    assert report.case_markdown(cases).splitlines()[0] == "- *Easy! Why not?*: inside the sentence (sentence 0)."
    assert report.case_markdown(cases.iloc[0:0]).startswith("No hard cases")


def test_voice_table_and_markdown():
    st = pd.DataFrame({
        "statement_id": [0, 1, 2, 3, 4],
        "speaker": ["A", "B", "A", "an official", "A"],
        "speaker_type": ["person", "person", "person", "anonymous", "person"],
        "kind": ["direct", "partial", "indirect", "according_to", "indirect"],
    })
    voices = report.voice_table(st)
    assert voices[["speaker", "statements", "own_words"]].values.tolist() == [
        ["A", 3, 1], ["B", 1, 1], ["an official", 1, 0]]
    lines = report.voice_markdown(voices, n=2).splitlines()
    assert lines[0] == "- 5 statements from 3 sources; most: A (3) and B (1)."
    assert lines[1] == ("- Quoted in their own words (direct or partial) most often: A and B (1 statement); "
                        "2 of 5 statements are quotations.")
    assert lines[2] == "- Sources the text does not name (type *anonymous*): 1 of 5 statements: an official."
    assert report.voice_markdown(report.voice_table(st.iloc[0:0])) == "The rules attributed no statement in this text."


def test_alias_count_and_misses_markdown():
    sp = pd.DataFrame({"speaker": ["Yury Ushakov", "Psaki"], "aliases": ["Yury Ushakov; Yuri Ushakov; Ushakov", "Psaki"]})
    assert report.alias_markdown(sp) == "- **Yury Ushakov** also as *Yuri Ushakov* and *Ushakov*."
    counts = pd.Series({"statement": 13, "scare": 2, "unattributed": 0})
    assert report.count_markdown(counts, "quotations") == "15 quotations by kind: statement 13 and scare 2."
    assert report.count_markdown(counts * 0, "quotations") == "No quotations."
    scores = pd.DataFrame({"gold": ["a", "b", "all"], "fp": [0, 3, 3], "fn": [0, 1, 1]})
    assert report.misses_markdown(scores) == "Of the 2 gold files, 1 not matched exactly: `b` (3 wrong, 1 missed)."
    assert report.misses_markdown(scores.assign(fp=0, fn=0)) == "Every one of the 2 gold files is matched exactly."


def test_repeated_standfirst_and_ordinals():
    paragraphs = pd.DataFrame({
        "paragraph_id": [0, 1, 2, 3, 4],
        "kind": ["headline", "standfirst", "body", "body", "body"],
        "text": ["Talks", "The leaders will discuss Ukraine", "MOSCOW, May 1.", "Then more.",
                 "The leaders will  discuss Ukraine."],
    })
    repeats = report.repeated_paragraph(paragraphs)
    assert repeats.values.tolist() == [[4, 3]]  # paragraph 4 is the third body paragraph
    assert report.repetition_sentence(repeats).startswith("The standfirst is repeated word for word in the third "
                                                          "body paragraph (paragraph 4)")
    assert report.repeated_paragraph(paragraphs[paragraphs["kind"] != "standfirst"]).empty
    assert [report.ordinal(n) for n in (1, 2, 11, 12, 21, 23)] == ["first", "second", "11th", "12th", "21st", "23rd"]


def test_topic_lines_exclusions_and_concentration():
    table = pd.DataFrame({"section": ["", "", "", "X"], "label": ["T1", "T2", "T3", "T1"], "count": [1, 4, 0, 2]})
    assert report.topic_lines(table, "section", n=1, name=report.section_label).splitlines() == [
        f"- {report.OPENING}: T2 (4) and 1 other topic.", "- “X”: T1 (2)."]
    assert report.topic_lines(table.assign(count=0), "section").startswith("No topic")
    mentions = pd.DataFrame({"role": ["subject", "excluded", "excluded", "actor"],
                             "rule": ["", "in_job_title", "in_job_title", "actor_speaking"]})
    assert report.excluded_sentence(mentions) == ("In this text 2 matches are dropped: in_job_title (2); "
                                                  "1 match is an actor.")
    assert report.excluded_sentence(mentions.iloc[:1]) == "In this text no match is dropped by the context rules."
    conc = pd.DataFrame({"label": ["A", "B", "C"], "count": [3, 1, 4], "paragraph_id": [7, 2, 5],
                         "busiest_share": [1.0, 1.0, 0.5]})
    assert report.single_paragraph_topics(conc) == "Named more than once but all in one paragraph: A (3, paragraph 7)."


def test_ranking_and_missed_markdown():
    ranking = pd.DataFrame({"rank": [1, 2], "label": ["Talks", "Climate"], "score": [6.0, 1.5], "count": [3, 1],
                            "evidence": ['headline: "talks"', 'body: "climate"'], "listed": [0, 1]})
    assert report.ranking_markdown(ranking, n=1).splitlines() == [
        '1. Talks (score 6.0 from 3 mentions; weighed most: headline: "talks")', "",
        "Named in a list of three or more (half weight): Climate."]
    assert report.ranking_markdown(ranking.iloc[0:0]).startswith("No topic")
    missed = pd.DataFrame({"term": ["putin", "leaders", "line"], "count": [10, 9, 6], "covered": [0, 0, 2],
                           "proper": [True, False, False]})
    assert report.missed_markdown(missed).splitlines() == [
        "- likely names (`proper`): *putin*;", "- other words no topic covers: *leaders*;",
        "- covered in some uses, missed in others: *line* (missed 6, covered 2)."]


def test_turns_and_label_lines():
    turns = pd.DataFrame({"speaker_label": ["MODERATOR", "MS. MOREL", "MS. MOREL"],
                          "speaker": ["Moderator", "Morel", "Morel"], "role": ["moderator", None, None]})
    assert report.turns_sentence(turns) == "3 turns by 2 speakers: Morel (2) and Moderator (1)."
    assert report.label_lines(turns).splitlines() == ["- `MODERATOR` → Moderator (role *moderator*)",
                                                      "- `MS. MOREL` → Morel"]
    assert report.turns_sentence(turns.iloc[0:0]).startswith("This text has no speaker turns")


# --- every notebook's claims on the seed and on two other texts -----------------------------------------
#
# Notebooks 01-06 are executed once per text (a module-scoped fixture, two at a time) and the sentences
# they render are checked against values worked out by hand from the raw texts or with plain regular
# expressions over them (each expected value says how). On the seed (06: on the briefing, its own text)
# the committed notebook is read instead of executed again: tests/test_notebooks.py checks that the
# committed outputs are what a fresh run gives. The runs use cheaper parameters where a notebook reads a
# corpus (05's reference, 06's corpus, 04's bootstrap sizes); the claims checked do not depend on them.

SEED = "data/raw/tass_2021-12-07_putin-biden-video-link.txt"
BRIEFING = "data/examples/press_briefing_2025-03-04_transcript.txt"
WIRE = "data/examples/wire_2025-03-05_border-dispute.txt"
OTHER_TEXTS = [BRIEFING, WIRE]
NOTEBOOK_FILES = {
    "01": "01_reading_the_article.ipynb", "02": "02_tokenising.ipynb", "03": "03_speakers_and_quotes.ipynb",
    "04": "04_sentiment_per_speaker.ipynb", "05": "05_topic_frequency.ipynb", "06": "06_your_own_texts.ipynb",
    "07": "07_who_about_whom.ipynb",
}
#: The text each committed notebook was executed on.
COMMITTED_TEXT = {**dict.fromkeys(["01", "02", "03", "04", "05", "07"], SEED), "06": BRIEFING}
#: Parameters that keep a run short without touching the claims checked here.
CHEAP = {
    "02": {"dispersion_terms": [], "kwic_terms": []},
    "03": {"gold_dir": None},
    "04": {"n_boot": 200, "n_boot_validation": 50},
    "05": {"reference_path": "data/examples"},
    "06": {"corpus_paths": ["data/examples/wire_2025-03-05_border-dispute.txt"], "corpus_metadata": None,
           "dask_scheduler": None, "workers": 1},
    "07": {"corpus_limit": 3},
}
TEXTS = [SEED, BRIEFING, WIRE]
RUNS = [(nb, text) for nb in NOTEBOOK_FILES for text in TEXTS if text != COMMITTED_TEXT[nb]]


def run_notebook(key: str, path: str) -> dict:
    """Notebook ``key`` executed on ``path``: the parameters cell's values replaced, as papermill does."""
    notebooks = tool("notebooks")
    nb = notebooks.read(ROOT / "notebooks" / NOTEBOOK_FILES[key])
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params = {"article_path": path, **CHEAP.get(key, {})}
    cell.source += "\n" + "\n".join(f"{k} = {v!r}" for k, v in params.items())
    return notebooks.execute_notebook(nb, ROOT / "notebooks")


class Runs:
    """(notebook, text) -> executed notebook, each run once: asking for one notebook runs it on both texts it
    was not committed for, two kernels at a time, so ``-k 03`` executes notebook 03 only."""

    def __init__(self):
        self.cache: dict = {}

    def __getitem__(self, item):
        key, text = item
        if item not in self.cache:
            if text == COMMITTED_TEXT[key]:
                self.cache[item] = tool("notebooks").read(ROOT / "notebooks" / NOTEBOOK_FILES[key])
            else:
                from concurrent.futures import ProcessPoolExecutor

                todo = [run for run in RUNS if run[0] == key]
                with ProcessPoolExecutor(max_workers=2) as pool:
                    done = list(pool.map(run_notebook, *zip(*todo, strict=True)))
                self.cache.update(zip(todo, done, strict=True))
        return self.cache[item]


@pytest.fixture(scope="module")
def executed():
    """Every notebook on the three texts, executed on first use and shared by the tests of this module."""
    return Runs()


def markdown_outputs(nb) -> list[str]:
    return [
        o["data"]["text/markdown"]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if "text/markdown" in o.get("data", {})
    ]


def printed(nb) -> str:
    """Everything the notebook printed or showed as plain text (streams and text/plain results)."""
    out = []
    for c in nb.cells:
        for o in c.get("outputs", []) if c.cell_type == "code" else []:
            out.append(o.get("text", "") if o.get("output_type") == "stream" else o.get("data", {}).get("text/plain", ""))
    return "\n".join(out)


def prose_of(executed, key, text) -> str:
    return "\n".join(markdown_outputs(executed[key, text]))


def raw(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def nonblank_lines(path: str) -> int:
    """The three texts put one paragraph on each line: their paragraphs are their non-blank lines."""
    return len(re.findall(r"^[ \t]*\S.*$", raw(path), flags=re.MULTILINE))


def turn_labels(path: str) -> list[str]:
    """Speaker labels opening a line of a transcript (``MODERATOR:``, ``Mr. Daskal:``), in order."""
    return re.findall(r"^([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*):", raw(path), flags=re.MULTILINE)


def gold_statement_counts() -> dict[str, int]:
    """Statements per speaker in the seed's hand annotation (its first spelling of each name)."""
    import yaml

    gold = yaml.safe_load((ROOT / "tests/gold/seed_tass_2021-12-07.yaml").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for st in gold["statements"]:
        name = st["speaker"][0]
        counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.mark.parametrize("path", OTHER_TEXTS)
def test_notebook_02_prose_is_true_on_other_texts(executed, path):
    text = raw(path)
    prose = prose_of(executed, "02", path)
    assert "Putin" not in prose and "Media hysteria" not in prose  # nothing of the seed leaks in
    claims = re.findall(r"^- \*([a-z]+)\*: (\d+) uses?", prose, flags=re.MULTILINE)
    assert len(claims) >= 4, prose  # the six most frequent words; non-alphabetic forms are not checked
    for term, uses in claims:
        assert int(uses) == whole_word_count(term, text), term
    top = re.search(r"The most frequent content words are (.*)\.$", prose, flags=re.MULTILINE)
    for term, n in re.findall(r"\*([a-z]+)\* \((\d+)\)", top.group(1)):
        assert int(n) == whole_word_count(term, text), term


# sub-headings and dateline of each text, read off the raw files by hand: the seed has the five heading
# lines of SEED_SECTIONS; the briefing's second line is an issuing line, not a dateline (no agency); the
# wire opens with "ORAVIK, March 5 (Meridian Wire) -".
STRUCTURE = {
    SEED: (5, "a dateline (MOSCOW / WASHINGTON, December 7, TASS)"),
    BRIEFING: (0, "no dateline"),
    WIRE: (0, "a dateline (ORAVIK, March 5, Meridian Wire)"),
}


@pytest.mark.parametrize("path", TEXTS)
def test_notebook_01_claims(executed, path):
    prose = prose_of(executed, "01", path)
    headings, dateline = STRUCTURE[path]
    found = re.search(r"The reader found (.*) and ([\d,]+) paragraphs?\.", prose)
    assert found, prose
    parts, n_paragraphs = found.group(1), int(found.group(2).replace(",", ""))
    assert n_paragraphs == nonblank_lines(path)
    assert dateline in parts
    n_sections = headings + 1  # the opening plus one section per sub-heading
    assert (f"{headings} sub-heading" if headings else "no sub-headings") in parts
    assert f"(so {n_sections} section{'s' if n_sections > 1 else ''})" in parts
    assert f"each of the {n_paragraphs} paragraphs is one line" in prose
    # the seed's hard cases, by hand: "Easy! Why not?" closes Ushakov's sentence (a quotation then the line
    # end), "strategic stability dialogue." closes the first of two quotations and "It is highly probable"
    # opens the second; on the other texts none of the three phrases occurs.
    cases = dict(re.findall(r"^- \*(.+?)\*: (.+?)(?: \(sentence \d+\))?\.$", prose, flags=re.MULTILINE))
    if path == SEED:
        assert cases == {"Easy! Why not?": "ends the sentence", "strategic stability dialogue.": "ends the sentence",
                         "It is highly probable": "starts the sentence"}
    else:
        assert set(cases.values()) == {"not in the text"}


# statements per speaker, derived independently of the rules: on the seed from its gold file; on the
# briefing from the turn labels (each SPOKESPERSON MOREL: and MODERATOR: line is one turn; the four
# QUESTION: turns give 8 pieces: two of them report what someone "said ... that", and each of those is
# three pieces, the words before, the reported sentence (the questioner's as well as the person's
# reported, as the held-out gold has it since round 21) and the question after); on the wire by hand: Virtanen "told reporters", then "Virtanen said" and the quotation that
# continues it (3); "Anna Morel, said on Tuesday that" (1).
def expected_voices(path: str) -> dict[str, int]:
    if path == SEED:
        gold = gold_statement_counts()
        return {"Dmitry Peskov": gold["Dmitry Peskov"], "Yury Ushakov": gold["Yury Ushakov"]}
    if path == BRIEFING:
        labels = turn_labels(path)
        return {"Anna Morel": labels.count("SPOKESPERSON MOREL"), "Moderator": labels.count("MODERATOR"),
                "Questioner": labels.count("QUESTION") + 4}
    return {"Lena Virtanen": 3, "Anna Morel": 1}


def quotation_count(path: str) -> int:
    """Straight double quotation marks in pairs, plus one-word ‘…’ scare quotes (the seed's ‘invasion’)."""
    text = raw(path)
    return text.count('"') // 2 + len(re.findall(r"‘\w+’", text))


@pytest.mark.parametrize("path", TEXTS)
def test_notebook_03_claims(executed, path):
    prose = prose_of(executed, "03", path)
    most = re.search(r"^- ([\d,]+) statements? from (\d+) sources?; most: (.*)\.$", prose, flags=re.MULTILINE)
    assert most, prose
    said = {name: int(n) for name, n in re.findall(r"(?:^|, | and )([^,(]+?) \((\d+)\)", most.group(3))}
    for name, n in expected_voices(path).items():
        if name in said:
            assert said[name] == n, name
    assert max(said.values()) == max(expected_voices(path).values())  # the most quoted source is right
    total = int(most.group(1).replace(",", ""))
    anonymous = re.search(r"type \*anonymous\*\): (\d+) of (\d+) statements", prose)
    assert int(anonymous.group(2)) == total
    # unnamed sources, by hand: seed: "a high-ranking White House official" (said; "In his words") and
    # "its sources" (CNN's) = 3; briefing: every Moderator and Questioner piece and "Karsovia's deputy
    # foreign minister" = 2 + 8 + 1
    if path == SEED:
        assert int(anonymous.group(1)) == 3
        assert total == sum(gold_statement_counts().values())
    if path == BRIEFING:
        assert int(anonymous.group(1)) == 11
    quotes = re.search(r"^([\d,]+) quotations by kind", prose, flags=re.MULTILINE)
    assert quotes and int(quotes.group(1)) == quotation_count(path)
    # every spelling the prose says a speaker was also written as is written so in the text
    aliases = re.findall(r"^- \*\*.+?\*\* also as (.*)\.$", prose, flags=re.MULTILINE)
    assert aliases or path == WIRE  # the seed and the briefing name someone in more than one way
    for line in aliases:
        for alias in re.findall(r"\*([^*]+)\*", line):
            assert alias in raw(path), alias


def speaker_counts_04(nb) -> dict[str, int]:
    """Statements per speaker from notebook 04's sentences ("X: 10 statements", "only 2", "one statement")."""
    text = printed(nb)
    counts = {m[0]: int(m[1]) for m in re.findall(r"^(.+?): (?:only )?(\d+) statements", text, flags=re.MULTILINE)}
    counts.update(dict.fromkeys(re.findall(r"^(.+?): one statement only", text, flags=re.MULTILINE), 1))
    return counts


@pytest.mark.parametrize("path", TEXTS)
def test_notebook_04_claims(executed, path):
    counts = speaker_counts_04(executed["04", path])
    for name, n in expected_voices(path).items():
        assert counts.get(name) == n, (name, counts)
    # the same speakers and counts as notebook 03 says for the same text
    most = re.search(r"; most: (.*)\.$", prose_of(executed, "03", path), flags=re.MULTILINE).group(1)
    for name, n in re.findall(r"(?:^|, | and )([^,(]+?) \((\d+)\)", most):
        assert counts.get(name) == int(n), name
    rows = re.search(r"(\d+) speakers \(the narrator included\), (\d+) scored rows", printed(executed["04", path]))
    moved = re.search(r"moves \d+ rows? of (\d+)", prose_of(executed, "04", path))
    assert rows and moved and rows.group(2) == moved.group(1)


@pytest.mark.parametrize("path", TEXTS)
def test_notebook_05_claims(executed, path):
    prose = prose_of(executed, "05", path)
    words = re.search(r"This text has ([\d,]+) word tokens .* and ([\d,]+) words as the topic matcher", prose)
    tokens, matched = (int(g.replace(",", "")) for g in words.groups())
    # notebook 02 counts the same word tokens on the same text (its vocabulary table)
    vocabulary = re.search(r"word tokens\s+(\d+)", printed(executed["02", path]))
    assert tokens == int(vocabulary.group(1))
    if path == SEED:  # the two figures issue 16 found in notebooks 02 and 05, now both stated with their reason
        assert (tokens, matched) == (1248, 1244)
    # hyphenated words: the matcher counts their parts, 02 counts them whole, and the matcher skips the
    # dateline; so the matcher's count exceeds 02's by (parts - 1) per hyphenated word, less the dateline
    text = raw(path)
    extra = sum(w.count("-") for w in re.findall(r"[^\W_]+(?:-[^\W_]+)+", text))
    assert matched <= tokens + extra
    # the standfirst (the second line) is repeated in the seed's fourth line, the lead's second body
    # paragraph (the third line holds the dateline and the first body paragraph); elsewhere it is not
    repeated = re.search(r"The standfirst is repeated word for word in the (\w+) body paragraph \(paragraph (\d+)\)",
                         prose)
    lines = [line for line in text.splitlines() if line.strip()]
    again = [i for i, line in enumerate(lines[2:], 2) if lines[1].rstrip(".") in line]
    if path == SEED:
        assert again == [3] and repeated and repeated.groups() == ("second", "3")
    else:
        assert repeated is None and "is not repeated in the body" in prose
    # matches dropped by the context rules on the seed, by hand: "since the beginning of the pandemic" (a
    # time reference), "bilateral dialogue on strategic stability" (the format of a talk, not the relations:
    # a relation format) and "Speaking to journalists" (a source marker)
    if path == SEED:
        assert len(re.findall(r"since the beginning of the pandemic", text, flags=re.IGNORECASE)) == 1
        assert len(re.findall(r"bilateral dialogue", text)) == 1
        assert len(re.findall(r"Speaking to journalists", text)) == 1
        assert ("3 matches are dropped: in_time_reference (1), in_relation_format (1) and in_source_marker (1)"
                in prose)
    # one bullet per section that names a topic: the seed's six sections all do; the others have one
    sections = re.findall(r"^- (?:the opening \(before the first heading\)|“[^”]+”): ", prose, flags=re.MULTILINE)
    assert len(sections) >= (6 if path == SEED else 1)


@pytest.mark.parametrize("path", TEXTS)
def test_notebook_06_claims(executed, path):
    prose = prose_of(executed, "06", path)
    if path != BRIEFING:
        assert "This text has no speaker turns" in prose
        return
    labels = turn_labels(path)
    turns = re.search(r"(\d+) turns by (\d+) speakers: (.*)\.", prose)
    assert int(turns.group(1)) == len(labels) and int(turns.group(2)) == len(set(labels))
    said = dict(re.findall(r"(?:^|, | and )([^,(]+?) \((\d+)\)", turns.group(3)))
    assert int(said["Anna Morel"]) == labels.count("SPOKESPERSON MOREL")
    assert int(said["Questioner"]) == labels.count("QUESTION")
    rewritten = re.findall(r"^- `([^`]+)` → ", prose, flags=re.MULTILINE)
    assert rewritten == list(dict.fromkeys(labels))


@pytest.mark.parametrize("key", list(NOTEBOOK_FILES))
def test_every_stage_notebook_has_its_parts(key):
    """The structure issue 16 asks of notebooks 01-06: the sections of the collection's template, a
    parameters cell naming the text, a cell that changes a rule and shows the effect, exercises and a
    reading list (read from the committed notebook, nothing executed)."""
    nb = tool("notebooks").read(ROOT / "notebooks" / NOTEBOOK_FILES[key])
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    headings = re.findall(r"^#+ (.+)$", markdown, flags=re.MULTILINE)
    for part in ("Overview", "Prerequisites", "Imports and parameters", "Summary", "Exercises",
                 "Further reading", "What's next"):
        assert part in headings, part
    assert any("and see the effect" in h for h in headings), headings
    parameters = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and "article_path = " in parameters[0].source
    exercises = markdown.split("## Exercises", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^\d\. ", exercises, flags=re.MULTILINE)) >= 2
    reading = markdown.split("## Further reading", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^\* ", reading, flags=re.MULTILINE)) >= 2


@pytest.mark.parametrize("path", TEXTS)
def test_notebook_07_claims(executed, path):
    """07's one claim about the text, "K of N speaker-target pairs have at least min_n mentions", against the
    matrix the notebook shows (its rows and its ``n`` column), and every target mention it lists is words of
    the raw text (read from the file, not from the package's offsets)."""
    nb = executed["07", path]
    said = re.search(r"(\d+) of (\d+) speaker-target pairs have at least (\d+) mentions", printed(nb))
    assert said, "the pairs line is missing"
    thick, total, min_n = (int(g) for g in said.groups())
    assert min_n == 5  # the parameters cell's min_n
    matrix = next(c for c in nb.cells if c.cell_type == "code" and c.source.strip().endswith("matrix")
                  and "stance_matrix" in c.source)
    html = next(o["data"]["text/html"] for o in matrix.outputs if "text/html" in o.get("data", {}))
    body = html.split("<tbody>", 1)[1] if "<tbody>" in html else ""
    assert body.count("<tr>") == total
    # the n column is the table's third: the pairs that reach min_n, counted from the shown table
    ns = [int(v) for v in re.findall(r"<tr>\s*<th>\d+</th>\s*<td>[^<]*</td>\s*<td>[^<]*</td>\s*<td>(\d+)</td>",
                                     body)]
    assert len(ns) == total and thick == sum(n >= min_n for n in ns)
    rows = next(c for c in nb.cells if c.cell_type == "code" and "stance.stance_targets(art)" in c.source)
    shown = next(o["data"]["text/html"] for o in rows.outputs if "text/html" in o.get("data", {}))
    text = raw(path)
    mentions = re.findall(r"<tr>\s*<th>\d+</th>(?:\s*<td>[^<]*</td>){3}\s*<td>([^<]*)</td>", shown)
    for mention in mentions:
        assert html_unescape(mention) in text, mention


def html_unescape(s: str) -> str:
    import html

    return html.unescape(s)
