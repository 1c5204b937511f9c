"""What a reviewer asked of the charts, checked on the matplotlib objects of the charts themselves.

Each test draws the notebooks' charts from the seed (and, where the point is a general one, from two of
the example texts) and inspects what was drawn: the lines of the along-the-article chart, the extent of
every text against the figure, the marks of bars at 0, the colours, the heat maps' colour values and
the groups of the corpus chart.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.text import Text

import helpers
from helpers.pipeline import analyse_article
from helpers.plots import sentiment as SP
from helpers.plots import speakers as SK
from helpers.plots import style
from helpers.plots import tokens as TP
from helpers.plots import topics as TO
from helpers.sentiment import NARRATOR

TEXTS = {
    "seed": "data/raw/tass_2021-12-07_putin-biden-video-link.txt",
    "briefing": "data/examples/press_briefing_2025-03-04_transcript.txt",
    "wire": "data/examples/wire_2025-03-05_border-dispute.txt",
}


@pytest.fixture(scope="module")
def analysed():
    """Each text's article and tables, analysed once for the module."""
    out = {}
    for name, path in TEXTS.items():
        art = helpers.load_article(helpers.data_path(path))
        out[name] = (art, analyse_article(art))
    return out


#: Every chart of a text, drawn once for the module (text -> chart -> Axes) and shared by the tests.
_DRAWN: dict[str, dict] = {}


def _drawn(analysed, text: str) -> dict:
    """The charts of ``text``, drawn once; one text's charts kept at a time (a figure holds memory)."""
    if text not in _DRAWN:
        for other in _DRAWN.values():
            for ax in other.values():
                plt.close(ax.figure)
        _DRAWN.clear()
        _DRAWN[text] = {chart: draw() for chart, draw in _charts(*analysed[text]).items()}
    return _DRAWN[text]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    kept = {ax.figure for charts in _DRAWN.values() for ax in charts.values()}
    for fig in [plt.figure(n) for n in plt.get_fignums()]:
        if fig not in kept:
            plt.close(fig)


@pytest.fixture(scope="module", autouse=True)
def _close_all_at_the_end():
    yield
    _DRAWN.clear()
    plt.close("all")


def _charts(art, t):
    """Every chart the notebooks draw from one text's tables, by name."""
    heads = art.paragraphs[art.paragraphs["kind"] == "heading"]
    freq = helpers.frequency(art)
    terms = freq["term"].head(6).tolist()
    scored, per_speaker = t["statement_sentiment"], t["speaker_sentiment"]
    return {
        "structure_map": lambda: TP.structure_map(art.paragraphs),
        "sentence_length_hist": lambda: TP.sentence_length_hist(helpers.sentence_lengths(art)),
        "frequency_bar": lambda: TP.frequency_bar(freq, top=20),
        "dispersion_plot": lambda: TP.dispersion_plot(helpers.dispersion(art, terms), tokens=art.tokens,
                                                      terms=terms),
        "statements_by_kind": lambda: SK.statements_by_kind(t["statements"]),
        "speaker_intervals": lambda: SP.speaker_intervals(per_speaker, scored),
        "speaker_scorers": lambda: SP.speaker_intervals(per_speaker, scored, scorers=("vader_domain", "textblob")),
        "sentiment_along": lambda: SP.sentiment_along(scored, art),
        "statement_bars": lambda: SP.statement_bars(scored, top=3),
        "topic_bar": lambda: TO.topic_bar(t["topic_counts"]),
        "topic_section_heatmap": lambda: TO.topic_section_heatmap(helpers.topic_counts(art, by="section")),
        "topic_dispersion": lambda: TO.topic_dispersion(t["topic_mentions"], len(art.text), sections=heads),
        "topic_speaker_matrix": lambda: TO.topic_speaker_matrix(t["topic_counts_by_speaker"]),
    }


CHARTS = ["structure_map", "sentence_length_hist", "frequency_bar", "dispersion_plot", "statements_by_kind",
          "speaker_intervals", "speaker_scorers", "sentiment_along", "statement_bars", "topic_bar",
          "topic_section_heatmap", "topic_dispersion", "topic_speaker_matrix"]


def _hexes(artist) -> set[str]:
    """The face and edge colours an artist paints (hex, lower case), transparent ones left out."""
    out = set()
    for getter in ("get_facecolor", "get_facecolors", "get_color", "get_edgecolor"):
        if not hasattr(artist, getter):
            continue
        value = np.atleast_2d(np.asarray(getattr(artist, getter)(), dtype=object))
        for row in value:
            try:
                rgba = matplotlib.colors.to_rgba(tuple(row) if len(row) in (3, 4) else row[0])
            except (ValueError, TypeError):
                continue
            if rgba[3] > 0:
                out.add(to_hex(rgba[:3]).lower())
    return out


# ------------------------------------------------------------------------------------------------------
# 1. the along-the-article chart joins only one speaker's own points


def test_along_chart_never_joins_two_speakers_with_one_line(analysed):
    for name in ("seed", "briefing"):
        art, t = analysed[name]
        scored = t["statement_sentiment"]
        ax = SP.sentiment_along(scored, art)
        pos = (scored["start"].to_numpy(float) + scored["end"].to_numpy(float)) / 2
        who = {(round(x, 6), round(y, 6)): s for x, y, s in zip(pos, scored["score"], scored["speaker"], strict=True)}
        joined = 0
        for line in ax.get_lines():
            xs, ys = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
            if len(set(xs)) < 2:  # a vertical section rule, not a line through points
                continue
            speakers = {who[(round(x, 6), round(y, 6))] for x, y in zip(xs, ys, strict=True)}
            assert len(speakers) == 1 and NARRATOR not in speakers, (name, speakers)
            joined += 1
        assert name != "seed" or joined > 0  # the seed's main speakers have runs of statements to follow


# ------------------------------------------------------------------------------------------------------
# 4a. one colour means one thing: the sign hues (first, since it draws the seed's charts the next test uses)


def test_sign_hues_mean_the_sign_and_nothing_else(analysed):
    negative, positive = style.NEGATIVE.lower(), style.POSITIVE.lower()
    for chart, ax in _drawn(analysed, "seed").items():
        painted = set().union(*(_hexes(a) for a in [*ax.patches, *ax.collections, *ax.get_lines()]))
        if chart == "statement_bars":
            lo, hi = SP._band()
            for bar in ax.containers[0]:
                value = bar.get_width()
                assert to_hex(bar.get_facecolor()).lower() == style.sign_colour(value, (lo, hi)).lower()
        else:  # no other chart of the seed shows a sign by hue: neither hue may stand for anything there
            assert not {negative, positive} & painted, (chart, {negative, positive} & painted)


# ------------------------------------------------------------------------------------------------------
# 2. legends and headings are not cut off


@pytest.mark.parametrize("text", ["seed", "briefing"])  # an article with sections, a transcript
def test_every_text_of_every_chart_lies_inside_its_figure(analysed, text):
    charts = _drawn(analysed, text)
    assert sorted(charts) == sorted(CHARTS)
    for chart, ax in charts.items():
        fig = ax.figure
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        box = fig.bbox
        # the titles and the texts written on the axes, the axis labels, the legend, the drawn tick labels
        texts = [x for x in ax.get_children() if isinstance(x, Text)] + [ax.xaxis.label, ax.yaxis.label]
        legend = ax.get_legend()
        if legend is not None:
            texts += [legend, *legend.get_texts()]
        texts += _drawn_ticklabels(ax)
        for artist in texts:
            if not artist.get_visible() or (hasattr(artist, "get_text") and not artist.get_text()):
                continue
            ext = artist.get_window_extent(renderer)
            inside = ext.x0 >= box.x0 - 1 and ext.x1 <= box.x1 + 1 and ext.y0 >= box.y0 - 1 and ext.y1 <= box.y1 + 1
            assert inside, (text, chart, getattr(artist, "get_text", lambda: "legend")(), ext, box)


def _drawn_ticklabels(ax):
    """The tick labels matplotlib draws: those of ticks inside the view (the others keep stale places)."""
    out = []
    for axis, (lo, hi) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
        lo, hi = sorted((lo, hi))
        for tick, label in zip(axis.get_ticklocs(), axis.get_ticklabels(), strict=True):
            if lo - 1e-9 <= tick <= hi + 1e-9 and label.get_text():
                out.append(label)
    return out


def test_headings_and_legend_names_are_shown_whole(analysed):
    art, t = analysed["seed"]
    ax = SP.sentiment_along(t["statement_sentiment"], art)
    shown = [" ".join(x.get_text().split()) for x in ax.texts]
    for sec in art.sections[1:]:
        assert any(sec.heading.text in s for s in shown), sec.heading.text
    names = [" ".join(x.get_text().split()) for x in ax.get_legend().get_texts()]
    assert "high-ranking White House official" in names and not any(n.endswith("…") for n in names)


# ------------------------------------------------------------------------------------------------------
# 3. a bar at 0 stays visible


def _marks_at(ax, x: float, y: float) -> bool:
    for coll in ax.collections:
        offsets = coll.get_offsets()
        if len(offsets) and np.any(np.isclose(offsets[:, 0], x) & np.isclose(offsets[:, 1], y)):
            return True
    return False


def test_a_statement_scored_zero_keeps_a_mark_and_its_value(analysed):
    _, t = analysed["seed"]
    scored = t["statement_sentiment"]
    ax = SP.statement_bars(scored, top=3)
    bars = list(ax.containers[0])  # the bars, not the band
    zero = [b for b in bars if b.get_width() == 0]
    assert zero, "the seed has statements scored 0.00: the case to check"
    labels = {(round(x.get_position()[1], 6), x.get_text()) for x in ax.texts}
    for bar in zero:
        y = bar.get_y() + bar.get_height() / 2
        assert _marks_at(ax, 0.0, y), y
        assert (round(y, 6), "+0.00") in labels


def test_a_topic_counted_zero_keeps_a_mark_and_its_value(analysed):
    _, t = analysed["wire"]
    counts = t["topic_counts"]
    ax = TO.topic_bar(counts, include_zero=True)
    labels = [x.get_text() for x in ax.get_yticklabels()]
    n_zero = int((counts["count"] == 0).sum())
    assert n_zero > 0
    marks = [c for c in ax.collections if c.get_gid() == "zero bars"]
    assert len(marks) == 1 and len(marks[0].get_offsets()) == n_zero
    assert np.allclose(marks[0].get_offsets()[:, 0], 0)
    assert sum(x.get_text() == "0" for x in ax.texts) == n_zero and len(labels) == len(counts)


# ------------------------------------------------------------------------------------------------------
# 4b. one colour means one thing: one speaker, one colour


def _speaker_colour_in(ax) -> dict[str, str]:
    """Speaker -> colour as the chart draws it: the along chart's points, or the rows' swatches."""
    out = {}
    for coll in ax.collections:
        gid = coll.get_gid()
        if gid == "speaker swatches":
            ticks = zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
            labels = {round(float(tick), 6): lab.get_text() for tick, lab in ticks}
            for (_, y), colour in zip(coll.get_offsets(), coll.get_facecolors(), strict=True):
                out[labels[round(float(y), 6)]] = to_hex(colour).lower()
        elif gid and gid != "other speakers" and len(coll.get_offsets()):
            out[gid] = to_hex(coll.get_facecolors()[0]).lower()
    return out


def _speaker_of_label(label: str) -> str:
    """The speaker a row label names: "Name: statement…" or "Name (n=…)" or just "Name"."""
    for sep in (": ", " (n="):
        if sep in " ".join(label.split()):
            return " ".join(label.split()).split(sep)[0]
    return " ".join(label.split())


@pytest.mark.parametrize("text", ["seed", "briefing"])
def test_one_speaker_has_one_colour_on_every_chart(analysed, text):
    art, t = analysed[text]
    scored = t["statement_sentiment"]
    along = _speaker_colour_in(SP.sentiment_along(scored, art))
    assert along.get(NARRATOR, style.NARRATOR_COLOUR.lower()) == style.NARRATOR_COLOUR.lower()
    others = {
        "statement_bars": SP.statement_bars(scored, top=3),
        "speaker_intervals": SP.speaker_intervals(t["speaker_sentiment"], scored),
        "statements_by_kind": SK.statements_by_kind(t["statements"]),
    }
    for chart, ax in others.items():
        drawn = {_speaker_of_label(k): v for k, v in _speaker_colour_in(ax).items()}
        shared = set(drawn) & set(along)
        assert len(shared) >= 3, (chart, drawn)
        for speaker in shared:
            assert drawn[speaker] == along[speaker], (chart, speaker)
    signs = {c.lower() for c in style.SIGN_COLOURS}
    assert not signs & {c.lower() for c in style.SPEAKER_COLOURS}
    assert not signs & set(along.values())


# ------------------------------------------------------------------------------------------------------
# 5. heat maps stay readable when the narrator dominates


def test_topic_speaker_heat_map_is_readable_beside_a_dominant_narrator():
    counts = pd.DataFrame({
        "topic": ["a", "b", "a", "b"], "label": ["A", "B", "A", "B"],
        "speaker": [NARRATOR, NARRATOR, "Minister", "Minister"], "count": [60, 40, 1, 1],
        "per_1000_words": [6.0, 4.0, 0.1, 0.1],
    })
    ax = TO.topic_speaker_matrix(counts)
    image = ax.images[0]
    shade = image.norm(np.ma.getdata(image.get_array()))
    columns = [" ".join(x.get_text().split()) for x in ax.get_xticklabels()]
    minister = columns.index("Minister (n=2)")
    # the minister's two single mentions are half of what the minister says: mid-scale, not the floor
    assert np.allclose(shade[:, minister], 0.5)
    assert f"{NARRATOR} (n=100)" in columns
    assert sorted(x.get_text() for x in ax.texts) == ["1", "1", "40", "60"]  # the counts stay written


def test_topic_section_heat_map_shades_each_section_by_its_own_share(analysed):
    art, _ = analysed["seed"]
    by_section = helpers.topic_counts(art, by="section")
    ax = TO.topic_section_heatmap(by_section)
    image = ax.images[0]
    data = np.ma.getdata(image.get_array())
    mask = np.ma.getmaskarray(image.get_array())
    totals = np.where(mask, 0, data).sum(axis=0)
    assert np.allclose(totals, 1.0)  # every section column sums to 1: its share per topic
    assert all("(n=" in x.get_text() for x in ax.get_xticklabels())


# ------------------------------------------------------------------------------------------------------
# 6. a corpus chart does not pool the real article with invented examples


def test_corpus_chart_keeps_the_invented_examples_apart(analysed):
    rows, docs = [], []
    for name in TEXTS:
        art, t = analysed[name]
        words = int(art.tokens["is_word"].sum())
        docs.append({"doc_id": name, "file": art.name, "words": words})
        c = t["topic_counts"]
        rows.append(c.assign(doc_id=name, words=words)[["doc_id", "topic", "label", "count", "words"]])
    documents, document_topics = pd.DataFrame(docs), pd.concat(rows, ignore_index=True)
    assert TO.source_groups(documents) == {"seed": TO.REAL, "briefing": TO.INVENTED, "wire": TO.INVENTED}
    ax = TO.corpus_topic_rates(document_topics, documents, top=30)
    legend = [x.get_text() for x in ax.get_legend().get_texts()]
    assert [x.split(":")[0] for x in legend] == [TO.REAL, TO.INVENTED]
    assert legend[0].startswith(f"{TO.REAL}: 1 document,") and legend[1].startswith(f"{TO.INVENTED}: 2 documents,")
    real = ax.containers[0]
    topics = [" ".join(x.get_text().split()) for x in ax.get_yticklabels()]
    seed_counts = analysed["seed"][1]["topic_counts"].set_index("label")
    seed_words = docs[0]["words"]
    for label, bar in zip(topics, real, strict=True):  # the real bars are the seed's own rates
        assert bar.get_width() == pytest.approx(seed_counts.loc[label, "count"] * 1000 / seed_words)
