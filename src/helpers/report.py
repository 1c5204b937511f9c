"""Sentences about a text, rendered from its tables, so that a notebook's prose stays true on any text.

A notebook that types "*Putin* runs through every section" is right for one article and wrong for the
next. The functions here turn a table into a sentence instead: the numbers, names and the words "every",
"none" or "most" are decided by the table the notebook has just shown, so re-running the notebook on
another text gives prose that is still true.

Two kinds of function:

* tidy tables that hold a claim's evidence (:func:`term_presence`), shown in the notebook like any other;
* renderers that turn such a table, or a column of one, into Markdown (:func:`presence_markdown`,
  :func:`length_sentence`, :func:`top_sentence`). A notebook shows their output with
  ``IPython.display.Markdown``.

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
