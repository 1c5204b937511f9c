"""Sentences about a text, rendered from its tables, so that a notebook's prose stays true on any text.

A notebook that types "*Putin* runs through every section" is right for one article and wrong for the
next. The functions here turn a table into a sentence instead: the numbers, names and the words "every",
"none" or "most" are decided by the table the notebook has just shown, so re-running the notebook on
another text gives prose that is still true.

Two kinds of function:

* tidy tables that hold a claim's evidence (:func:`term_presence`, :func:`case_table`,
  :func:`voice_table`, :func:`repeated_paragraph`), shown in the notebook like any other;
* renderers that turn such a table, or a column of one, into Markdown (:func:`presence_markdown`,
  :func:`length_sentence`, :func:`top_sentence`; notebook 01: :func:`structure_sentence`,
  :func:`paragraph_sentence`, :func:`case_markdown`, :func:`article_html`; 03: :func:`voice_markdown`,
  :func:`alias_markdown`, :func:`count_markdown`, :func:`misses_markdown`; 05: :func:`repetition_sentence`,
  :func:`topic_lines`, :func:`ranking_markdown`, :func:`excluded_sentence`, :func:`single_paragraph_topics`,
  :func:`missed_markdown`, :func:`word_count_sentence`; 06: :func:`turns_sentence`, :func:`label_lines`).
  A notebook shows their output with ``IPython.display.Markdown`` (``HTML`` for :func:`article_html`).

``tests/test_report.py`` checks each function on hand-made input, and runs notebooks 01-06 on the seed, a
briefing transcript and a wire story, comparing the rendered sentences with values worked out from the
raw texts.

Small wording helpers (:func:`plural`, :func:`listing`) keep the English right for 0, 1 and many.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

#: What a section without a heading is called in prose: the part of an article before its first
#: sub-heading (headline, standfirst, dateline and lead), which the tables mark with an empty string.
OPENING = "the opening (before the first heading)"

#: Columns of :func:`term_presence`.
PRESENCE_COLUMNS = ["term", "uses", "n_sections", "sections_with", "sections_without", "everywhere"]


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``n`` and the noun in the right number: ``plural(1, "section")`` is ``"1 section"``.

    >>> plural(0, "use"), plural(1, "use"), plural(3, "analysis", "analyses")
    ('0 uses', '1 use', '3 analyses')
    """
    word = singular if n == 1 else (plural_form or singular + "s")
    return f"{n:,} {word}"


def listing(items: Iterable[str], conjunction: str = "and") -> str:
    """Join words as English does: ``"A"``, ``"A and B"``, ``"A, B and C"``; empty gives ``""``.

    >>> listing(["Media hysteria"]), listing(["a", "b", "c"], "or")
    ('Media hysteria', 'a, b or c')
    """
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def section_label(section: str) -> str:
    """The name a section goes by in prose: its heading in quotation marks, or :data:`OPENING`."""
    return f"“{section}”" if section else OPENING


def section_names(article) -> list[str]:
    """The article's sections in reading order, as the tables name them (``""`` for the opening)."""
    return [s.heading.text if s.heading is not None else "" for s in article.sections]


def term_presence(dispersion: pd.DataFrame, terms: Sequence[str], sections: Sequence[str]) -> pd.DataFrame:
    """Where each term occurs, by section: the evidence behind "X runs through every section".

    ``dispersion`` is :func:`helpers.dispersion`'s table (one row per use, with ``term`` and ``section``);
    ``sections`` every section of the article in order (:func:`section_names`), so that a section with
    no use of a term is listed too.

    Columns: ``term``; ``uses`` (rows of ``dispersion``); ``n_sections`` (sections with at least one
    use); ``sections_with`` and ``sections_without`` (lists of section names, in reading order);
    ``everywhere`` (the term is used in every section).
    """
    rows = []
    for term in terms:
        used = dispersion.loc[dispersion["term"] == term, "section"]
        present = set(used)
        with_ = [s for s in sections if s in present]
        rows.append(
            {
                "term": term,
                "uses": len(used),
                "n_sections": len(with_),
                "sections_with": with_,
                "sections_without": [s for s in sections if s not in present],
                "everywhere": bool(sections) and len(with_) == len(sections),
            }
        )
    return pd.DataFrame(rows, columns=PRESENCE_COLUMNS)


def presence_line(row, n_sections: int) -> str:
    """One Markdown bullet for a row of :func:`term_presence`, e.g.
    ``- *putin*: 10 uses, in 5 of 6 sections; none in “Media hysteria”.`` (the shorter list is named:
    ``- *sanctions*: 2 uses, in 1 of 6 sections: only “Media hysteria”.``).
    """
    head = f"- *{row['term']}*: "
    if row["uses"] == 0:
        return head + "not used."
    uses = plural(row["uses"], "use")
    if n_sections == 1:
        return head + f"{uses} (the text has no sub-headings to compare)."
    if row["everywhere"]:
        return head + f"{uses}, in every section ({n_sections} of {n_sections})."
    where = f"{uses}, in {row['n_sections']} of {n_sections} sections"
    if row["n_sections"] <= len(row["sections_without"]):
        return head + f"{where}: only {listing(section_label(s) for s in row['sections_with'])}."
    return head + f"{where}; none in {listing(section_label(s) for s in row['sections_without'])}."


def presence_markdown(presence: pd.DataFrame, n_sections: int) -> str:
    """A Markdown list with one :func:`presence_line` per row of :func:`term_presence`."""
    return "\n".join(presence_line(row, n_sections) for _, row in presence.iterrows())


def length_sentence(lengths: pd.Series, unit: str = "words", of: str = "body sentences") -> str:
    """The middle half of a set of lengths: what "most sentences are 15–30 words" should say.

    >>> length_sentence(pd.Series([10, 20, 30, 40]))
    'The middle half of the 4 body sentences have 18–32 words (median 25).'
    """
    values = pd.Series(lengths).dropna()
    if values.empty:
        return f"There are no {of}."
    low, mid, high = (round(float(values.quantile(q))) for q in (0.25, 0.5, 0.75))
    return f"The middle half of the {len(values):,} {of} have {low}–{high} {unit} (median {mid})."


def top_sentence(table: pd.DataFrame, label: str, value: str, n: int = 3, what: str = "") -> str:
    """The first ``n`` rows of a ranked table as prose: ``"*will* (18), *u.s.* (13) and *talks* (12)"``.

    ``label`` names the column shown in italics, ``value`` the number in brackets; ``what`` is put in
    front (``"The most frequent content words are "``). Rows are taken in the table's order, so ties keep
    the order the table gives them.
    """
    head = table.head(n)
    if head.empty:
        return f"{what}none (the table is empty)."
    items = [f"*{row[label]}* ({row[value]:,})" for _, row in head.iterrows()]
    return f"{what}{listing(items)}."


# --- notebook 01: the structure the reader found -----------------------------------------------------

#: Colours of the paragraph kinds in :func:`article_html` (Okabe–Ito, light tints, as the structure map).
KIND_STYLE = {
    "headline": "background:#cfe8f7",
    "standfirst": "background:#d5ecdf",
    "dateline": "background:#fbe3c4",
    "heading": "background:#f6d2b8",
    "body": "",
}


def structure_sentence(article) -> str:
    """What the layout rules found, as one sentence read from the article's parts.

    E.g. ``"The reader found a headline, no standfirst, no dateline, no sub-headings (so 1 section) and 2
    paragraphs."``
    """
    parts = ["a headline" if article.headline is not None else "no headline",
             "a standfirst" if article.standfirst is not None else "no standfirst"]
    d = article.dateline
    if d is None:
        parts.append("no dateline")
    else:
        found = [" / ".join(d.places), d.date or "", d.agency or ""]
        parts.append(f"a dateline ({', '.join(f for f in found if f)})")
    n_headings = sum(s.heading is not None for s in article.sections)
    headings = plural(n_headings, "sub-heading") if n_headings else "no sub-headings"
    parts.append(f"{headings} (so {plural(len(article.sections), 'section')})")
    paragraphs = plural(len(article.paragraphs), "paragraph")
    return f"The reader found {', '.join(parts)} and {paragraphs}."


def paragraph_sentence(paragraphs: pd.DataFrame) -> str:
    """Whether the paragraphs were one per line or joined from wrapped lines (a newline inside the text)."""
    joined = int(paragraphs["text"].str.contains("\n").sum())
    if joined == 0:
        return f"In this text each of the {plural(len(paragraphs), 'paragraph')} is one line."
    return (f"In this text {plural(joined, 'paragraph')} of {len(paragraphs):,} were joined from wrapped "
            "lines (blank lines separate its paragraphs).")


def article_html(article) -> str:
    """The whole text in reading order, each paragraph marked with its kind (and section), as HTML.

    Every character of ``article.text`` inside a paragraph is shown once, escaped; the text between
    paragraphs (blank lines) is left out. A legend of the kinds comes first.
    """
    import html

    legend = " ".join(f'<span style="{style};padding:0 4px">{kind}</span>'
                      for kind, style in KIND_STYLE.items())
    out = [f"<p>{legend}</p>", '<div style="max-width:60em">']
    for r in article.paragraphs.itertuples():
        label = r.kind if r.kind != "heading" else "heading · new section"
        body = html.escape(article.text[r.start:r.end]).replace("\n", "<br>")
        out.append(f'<p style="{KIND_STYLE.get(r.kind, "")};margin:4px 0;padding:2px 4px">'
                   f'<small style="color:#555">[{r.paragraph_id} {label}]</small> {body}</p>')
    out.append("</div>")
    return "\n".join(out)


#: Quotation marks and brackets around a sentence, ignored when asking whether a case starts or ends it.
QUOTE_MARKS = "\"“”‘’'«»()[] "

#: Columns of :func:`case_table`.
CASE_COLUMNS = ["case", "in_text", "sentence_ids", "where"]


def case_table(sentences: pd.DataFrame, cases: Sequence[str], text: str) -> pd.DataFrame:
    """Where each hard case (a phrase of the text) fell among the sentences.

    ``where`` is ``"not in the text"``; ``"split across sentences"`` (the phrase is in the text but in no
    single sentence: a boundary was put inside it); or, for the first sentence that holds it, ``"whole
    sentence"``, ``"starts the sentence"``, ``"ends the sentence"`` or ``"inside the sentence"``.
    """
    rows = []
    ids, texts = sentences["sentence_id"].tolist(), sentences["text"].tolist()
    for case in cases:
        in_text = text.count(case)
        holding = [k for k, t in enumerate(texts) if case in t]
        if not in_text:
            where = "not in the text"
        elif not holding:
            where = "split across sentences"
        else:
            t = texts[holding[0]].strip().strip(QUOTE_MARKS)
            at_start, at_end = t.startswith(case), t.endswith(case)
            where = ("whole sentence" if at_start and at_end else "starts the sentence" if at_start
                     else "ends the sentence" if at_end else "inside the sentence")
        span = [int(ids[k]) for k in holding]
        rows.append({"case": case, "in_text": in_text, "sentence_ids": span, "where": where})
    return pd.DataFrame(rows, columns=CASE_COLUMNS)


def case_markdown(cases: pd.DataFrame) -> str:
    """One bullet per row of :func:`case_table`: ``- *Easy! Why not?*: inside the sentence (sentence 16).``"""
    if cases.empty:
        return "No hard cases were given (`hard_cases` is empty)."
    lines = []
    for r in cases.itertuples():
        where = r.where
        if r.sentence_ids:
            where += f" (sentence {', '.join(map(str, r.sentence_ids))})"
        lines.append(f"- *{r.case}*: {where}.")
    return "\n".join(lines)


# --- notebook 03: who gets a voice --------------------------------------------------------------------

#: Statement kinds that give a source's own words (a quotation), as opposed to the writer's paraphrase.
OWN_WORDS = ("direct", "partial")


def voice_table(statements: pd.DataFrame) -> pd.DataFrame:
    """Per speaker: ``statements``, ``own_words`` (direct or partial quotations), ``type``, in order of
    ``statements`` (most first; ties in order of the first statement)."""
    if statements.empty:
        return pd.DataFrame(columns=["speaker", "type", "statements", "own_words"])
    st = statements.assign(own=statements["kind"].isin(OWN_WORDS))
    table = st.groupby("speaker", sort=False).agg(
        type=("speaker_type", "first"), statements=("statement_id", "size"), own_words=("own", "sum"))
    table = table.reset_index().sort_values("statements", ascending=False, kind="stable")
    return table.astype({"statements": int, "own_words": int}).reset_index(drop=True)


def voice_markdown(voices: pd.DataFrame, n: int = 3) -> str:
    """Who speaks most, who is quoted in their own words most, and how much comes from unnamed sources."""
    total = int(voices["statements"].sum()) if len(voices) else 0
    if total == 0:
        return "The rules attributed no statement in this text."
    top = voices.head(n)
    most = listing(f"{r.speaker} ({r.statements})" for r in top.itertuples())
    lines = [f"- {plural(total, 'statement')} from {plural(len(voices), 'source')}; most: {most}."]
    own = voices[voices["own_words"] > 0].sort_values("own_words", ascending=False, kind="stable")
    if own.empty:
        lines.append("- No source is quoted in its own words (every statement is reported speech).")
    else:
        best = own["own_words"].iloc[0]
        leaders = own.loc[own["own_words"] == best, "speaker"].tolist()
        lines.append(f"- Quoted in their own words (direct or partial) most often: {listing(leaders)} "
                     f"({plural(int(best), 'statement')}); {int(own['own_words'].sum())} of {total} "
                     "statements are quotations.")
    anon = voices[voices["type"] == "anonymous"]
    n_anon = int(anon["statements"].sum())
    who = f": {listing(anon['speaker'].tolist())}" if n_anon else ""
    lines.append(f"- Sources the text does not name (type *anonymous*): {n_anon} of {total} statements{who}.")
    return "\n".join(lines)


def alias_markdown(speakers: pd.DataFrame) -> str:
    """One bullet per speaker written more than one way in the text (the merged spellings and mentions)."""
    lines = []
    for r in speakers.itertuples():
        aliases = [a.strip() for a in str(r.aliases or "").split(";")]
        aliases = [a for a in dict.fromkeys(aliases) if a and a != r.speaker]
        if aliases:
            lines.append(f"- **{r.speaker}** also as {listing(f'*{a}*' for a in aliases)}.")
    return "\n".join(lines) if lines else "No speaker is written more than one way in this text."


def count_markdown(counts: pd.Series, what: str) -> str:
    """A value count as prose: ``count_markdown(q["kind"].value_counts(), "quotations")`` gives
    ``'15 quotations by kind: statement 13 and scare 2.'``; none gives ``'No quotations.'``."""
    total = int(counts.sum())
    if total == 0:
        return f"No {what}."
    items = listing(f"{k} {int(n):,}" for k, n in counts.items() if n)
    return f"{total:,} {what} by kind: {items}."


def misses_markdown(scores: pd.DataFrame) -> str:
    """The gold files on which the attribution is not perfect (``fp`` or ``fn`` above 0)."""
    rows = scores[(scores["gold"] != "all") & ((scores["fp"] > 0) | (scores["fn"] > 0))]
    files = plural(int((scores["gold"] != "all").sum()), "gold file")
    if rows.empty:
        return f"Every one of the {files} is matched exactly."
    misses = listing(f"`{r.gold}` ({r.fp} wrong, {r.fn} missed)" for r in rows.itertuples())
    return f"Of the {files}, {len(rows)} not matched exactly: {misses}."


# --- notebook 05: topics --------------------------------------------------------------------------------


def repeated_paragraph(paragraphs: pd.DataFrame, part: str = "standfirst") -> pd.DataFrame:
    """The body paragraphs that repeat the ``part`` paragraph (standfirst, headline) word for word.

    Columns: ``paragraph_id`` and ``body_position`` (1 for the first body paragraph, 2 for the second...).
    A repeated standfirst gives its words two mentions for one sentence.
    """
    source = paragraphs.loc[paragraphs["kind"] == part, "text"]
    body = paragraphs[paragraphs["kind"] == "body"].reset_index(drop=True)
    if source.empty:
        return pd.DataFrame(columns=["paragraph_id", "body_position"])
    words = " ".join(source.iloc[0].split()).rstrip(".")
    hits = [(int(r.paragraph_id), i + 1) for i, r in enumerate(body.itertuples())
            if words and words in " ".join(r.text.split())]
    return pd.DataFrame(hits, columns=["paragraph_id", "body_position"])


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def ordinal(n: int) -> str:
    """``ordinal(2)`` is ``"second"``; from 11 on ``"11th"``."""
    if 1 <= n <= len(ORDINALS):
        return ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def repetition_sentence(repeats: pd.DataFrame, part: str = "standfirst") -> str:
    """Prose for :func:`repeated_paragraph`: where the standfirst is repeated, or that it is not."""
    if repeats.empty:
        return f"The {part} is not repeated in the body (or the text has none): no count is doubled this way."
    where = listing(f"the {ordinal(int(p))} body paragraph (paragraph {int(i)})"
                    for i, p in zip(repeats["paragraph_id"], repeats["body_position"]))
    return (f"The {part} is repeated word for word in {where}, so each topic it names gets two mentions "
            "from one sentence.")


def topic_lines(table: pd.DataFrame, group: str, label: str = "label", value: str = "count",
                n: int = 4, name=None) -> str:
    """One bullet per group (section, speaker) with its ``n`` largest topics: ``- *NATO*: Ukraine (5), ...``.

    ``table`` is a :func:`helpers.topics.topic_counts` table grouped ``by`` ``group``; rows with a count of
    0 are left out; groups keep the table's order. ``name`` turns a group value into its prose name.
    """
    shown = table[table[value] > 0]
    if shown.empty:
        return "No topic of the dictionary is named in this text."
    lines = []
    for key, rows in shown.groupby(group, sort=False):
        top = rows.sort_values(value, ascending=False, kind="stable").head(n)
        items = [f"{r[label]} ({r[value]:,})" for _, r in top.iterrows()]
        more = len(rows) - len(top)
        if more:
            items.append(plural(more, "other topic"))
        lines.append(f"- {name(key) if name else key}: {listing(items)}.")
    return "\n".join(lines)


def single_paragraph_topics(concentration: pd.DataFrame) -> str:
    """Topics named more than once whose every mention is in one paragraph (``busiest_share`` 1)."""
    rows = concentration[(concentration["busiest_share"] >= 1) & (concentration["count"] > 1)]
    if rows.empty:
        return "No topic named more than once has all its mentions in a single paragraph."
    items = listing(f"{r.label} ({r.count}, paragraph {r.paragraph_id})" for r in rows.itertuples())
    return f"Named more than once but all in one paragraph: {items}."


def excluded_sentence(mentions: pd.DataFrame) -> str:
    """How many matches the context rules dropped (role ``excluded``) and which rules did it."""
    dropped = mentions[mentions["role"] == "excluded"]
    actors = int((mentions["role"] == "actor").sum())
    tail = ""
    if actors:
        tail = f"; {plural(actors, 'match', 'matches')} {'is an actor' if actors == 1 else 'are actors'}"
    if dropped.empty:
        return f"In this text no match is dropped by the context rules{tail}."
    rules = dropped["rule"].value_counts()
    by = listing(f"{r} ({int(n)})" for r, n in rules.items())
    verb = "is" if len(dropped) == 1 else "are"
    return f"In this text {plural(len(dropped), 'match', 'matches')} {verb} dropped: {by}{tail}."


def word_count_sentence(n_tokens: int, n_matched: int) -> str:
    """The two word counts of the collection side by side, with what each counts."""
    return (f"This text has {n_tokens:,} word tokens as notebook 02 counts them (`helpers.vocabulary`: "
            "a hyphenated word such as *link-up* is one token, the dateline is included) and "
            f"{n_matched:,} words as the topic matcher counts them (the `words` column: a hyphenated word "
            "counts as its parts, the dateline is not searched). Rates per 1,000 words here use the second.")


def ranking_markdown(ranking: pd.DataFrame, n: int = 3) -> str:
    """The first ``n`` rows of :func:`helpers.topic_ranking.topic_ranking` with the mention that weighed
    most, and the topics whose mentions were list items (scored at half weight)."""
    if ranking.empty:
        return "No topic of the dictionary is named in this text, so nothing is ranked."
    lines = [f"{int(r.rank)}. {r.label} (score {r.score:.1f} from {plural(int(r.count), 'mention')}; "
             f"weighed most: {r.evidence})" for r in ranking.head(n).itertuples()]
    listed = ranking.loc[ranking["listed"] > 0, "label"].tolist()
    if listed:
        lines.append(f"\nNamed in a list of three or more (half weight): {listing(listed)}.")
    return "\n".join(lines)


def missed_markdown(missed: pd.DataFrame) -> str:
    """The kinds of word in :func:`helpers.topics.missed_terms`: likely names, other words, and words the
    dictionary covers in some uses but not in these (one word, two senses, or a term to widen)."""
    if missed.empty:
        return "Every frequent content word is inside some topic mention."
    names = missed.loc[missed["proper"], "term"].tolist()
    other = missed.loc[~missed["proper"] & (missed["covered"] == 0), "term"].tolist()
    both = missed[missed["covered"] > 0]
    lines = [f"- likely names (`proper`): {listing(f'*{t}*' for t in names) or 'none'};",
             f"- other words no topic covers: {listing(f'*{t}*' for t in other) or 'none'};"]
    split = listing(f"*{r.term}* (missed {r.count}, covered {r.covered})" for r in both.itertuples())
    lines.append(f"- covered in some uses, missed in others: {split or 'none'}.")
    return "\n".join(lines)


# --- notebook 06: a transcript's turns ------------------------------------------------------------------


def turns_sentence(turns: pd.DataFrame) -> str:
    """How many turns a transcript has and who takes them (most first), or that the text has none."""
    if turns.empty:
        return "This text has no speaker turns (it is not a transcript), so every table comes from its prose."
    per = turns.groupby("speaker", sort=False).size().sort_values(ascending=False, kind="stable")
    who = listing(f"{s} ({n})" for s, n in per.items())
    return f"{plural(len(turns), 'turn')} by {plural(len(per), 'speaker')}: {who}."


def label_lines(turns: pd.DataFrame) -> str:
    """One bullet per distinct speaker label the reader rewrote: ``- SPOKESPERSON MOREL → Anna Morel``."""
    if turns.empty:
        return "No speaker labels in this text."
    pairs = turns[["speaker_label", "speaker", "role"]].drop_duplicates("speaker_label")
    lines = []
    for r in pairs.itertuples():
        role = f" (role *{r.role}*)" if isinstance(r.role, str) and r.role else ""
        lines.append(f"- `{r.speaker_label}` → {r.speaker}{role}")
    return "\n".join(lines)
