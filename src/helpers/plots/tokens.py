"""Charts for reading and tokenising (notebooks 01 and 02), drawn from the tables of article.py and
tokens.py."""

from __future__ import annotations

import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from . import style

#: Paragraph kinds, headline and sub-headings darkest, body lightest (hues are kept for speakers and signs).
_KINDS = ["headline", "heading", "standfirst", "dateline", "body"]
_KIND_COLOURS = dict(zip(_KINDS, style.ramp(len(_KINDS)), strict=True))


def structure_map(paragraphs: pd.DataFrame, *, ax=None):
    """One bar per paragraph (length in characters), coloured by kind, sub-headings labelled.

    Drawn from ``Article.paragraphs``. Shows at a glance how the text is built: where the headline,
    standfirst and sub-headings sit and how long the paragraphs between them are.
    """
    ax = style.new_axes(ax, figsize=(9, 4.5))
    lengths = (paragraphs["end"] - paragraphs["start"]).to_numpy()
    colours = [_KIND_COLOURS.get(k, style.GREY) for k in paragraphs["kind"]]
    ax.bar(paragraphs["paragraph_id"], lengths, color=colours, width=0.8, edgecolor=style.INK, linewidth=0.5)
    top = lengths.max() if len(lengths) else 1
    for pid, kind, text in zip(paragraphs["paragraph_id"], paragraphs["kind"], paragraphs["text"]):
        if kind == "heading":
            ax.annotate(
                text,
                (pid, top * 0.08),
                rotation=90,
                va="bottom",
                ha="center",
                fontsize=9,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.0, "alpha": 0.85},
            )
    present = set(paragraphs["kind"])
    handles = [Patch(color=c, label=k) for k, c in _KIND_COLOURS.items() if k in present]
    handles = [Patch(facecolor=h.get_facecolor(), edgecolor=style.INK, linewidth=0.5, label=h.get_label())
               for h in handles]
    ax.legend(handles=handles, title="paragraph kind", frameon=False, loc="upper left",
              bbox_to_anchor=(1.01, 1))
    ax.set_xlabel("paragraph (in reading order)")
    ax.set_ylabel("length (characters)")
    ax.set_title("How the article is built: paragraphs by kind and length")
    return ax


def frequency_bar(freq: pd.DataFrame, *, top: int = 20, ax=None, title: str | None = None):
    """Horizontal bars of the ``top`` most frequent terms, counts written at the bar ends.

    Drawn from :func:`helpers.tokens.frequency` (columns ``term`` and ``count``).
    """
    data = freq.head(top).iloc[::-1]
    ax = style.new_axes(ax, figsize=(7, max(3.0, 0.3 * len(data) + 1)))
    bars = ax.barh(data["term"], data["count"], color=style.INK)
    ax.bar_label(bars, padding=2, fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("occurrences")
    ax.set_ylabel("term (lower case)")
    ax.set_title(title or f"The {len(data)} most frequent content words")
    ax.margins(x=0.1)
    return ax


def dispersion_plot(disp: pd.DataFrame, *, tokens: pd.DataFrame | None = None, terms=None, ax=None):
    """Lexical dispersion: where each term occurs along the text (one row per term, one tick per use).

    Drawn from :func:`helpers.tokens.dispersion`. With ``tokens`` (the tokens table) the section
    boundaries are drawn as dotted lines and the x axis counts tokens; otherwise it shows the 0–1 position.
    """
    terms = list(dict.fromkeys(terms if terms is not None else disp["term"]))
    ax = style.new_axes(ax, figsize=(9, 0.45 * len(terms) + 1.6))
    x_of = (lambda d: d["token_id"]) if tokens is not None else (lambda d: d["position"])
    for i, term in enumerate(terms):
        d = disp[disp["term"] == term]
        # one ink for every term: the row names the term
        ax.plot(x_of(d), [i] * len(d), "|", markersize=14, markeredgewidth=1.6, color=style.INK)
    ax.set_yticks(range(len(terms)), terms)
    ax.set_ylim(-0.7, len(terms) - 0.3)
    ax.invert_yaxis()
    if tokens is not None and len(tokens):
        firsts = tokens.groupby("section_id")["token_id"].min().sort_index()
        for sid, tid in firsts.items():
            if sid > 0:
                ax.axvline(tid, color=style.GREY, linestyle=":", linewidth=1)
        ax.set_xlim(0, len(tokens))
        ax.set_xlabel("position in the text (token number; dotted lines: sub-headings)")
    else:
        ax.set_xlim(0, 1)
        ax.set_xlabel("position in the text (share of tokens before it)")
    ax.set_ylabel("term")
    ax.set_title("Where each term occurs along the article")
    return ax


def sentence_length_hist(lengths: pd.DataFrame, *, ax=None, kinds=("body",)):
    """Histogram of words per sentence, drawn from :func:`helpers.tokens.sentence_lengths`."""
    ax = style.new_axes(ax, figsize=(7, 3.8))
    data = lengths[lengths["kind"].isin(kinds)]["n_words"]
    if len(data):
        width = 5
        bins = range(0, int(data.max()) + width + 1, width)
        ax.hist(data, bins=bins, color=style.INK, edgecolor="white")
        median = data.median()
        ax.axvline(median, color="black", linestyle="--", linewidth=1, label=f"median {median:g}")
        ax.legend(frameon=False)
    ax.set_xlabel("words per sentence")
    ax.set_ylabel("sentences")
    ax.set_title("Sentence lengths (body sentences)")
    return ax
