"""Every stage on one text: the tables, the charts, and the small summaries a corpus run keeps.

``analyse_article(article)`` runs attribution, sentiment and topics on one
:class:`~helpers.article.Article` and returns its tables (a dict of DataFrames, keys in :data:`TABLES`).
``run_batch(tasks)`` is the worker function of :mod:`helpers.corpus`: it lives here, in the package, so
process pools under ``spawn`` (macOS, Windows, Dask) can import it. It reads each file itself (workers get
paths, not contents) and returns :class:`DocumentResult` objects: per-document summaries, per-speaker and
per-topic rows, and, when asked, the full tables and chart PNGs.

Tables (``analyse_article``), columns as documented in each stage's module:

``statements``           :func:`helpers.attribution.statements.statements`
``speakers``             :func:`helpers.attribution.speakers.speakers`
``sentence_sentiment``   sentence_id, start, end, section_id, section, kind, then the columns of
                         :func:`helpers.sentiment.score_sentences` (text, masked, n_masked, vader, textblob,
                         vader_domain, score, label): every sentence, speaker mentions masked
``statement_sentiment``  :func:`helpers.sentiment.score_statements` (narrator rows included)
``speaker_sentiment``    :func:`helpers.sentiment.speaker_sentiment`
``topic_counts``         :func:`helpers.topics.topic_counts` (whole text)
``topic_counts_by_speaker`` :func:`helpers.topics.topic_counts` with ``by="speaker"``
``topic_mentions``       :func:`helpers.topics.topic_mentions` (with statement_id and speaker)
``topic_ranking``        :func:`helpers.topic_ranking.topic_ranking` (what the text is about: its rank 1 is
                         the summary's ``top_topic``)
``turns``                ``Article.turns`` (transcripts; empty otherwise, see :mod:`helpers.formats`)
``stance_targets``       :func:`helpers.stance.stance_targets`: each target (state, capital, alliance, named
                         person) in a statement's content with the sentiment towards it (from the
                         statements and speakers above; a corpus aggregates it into its ``stance`` table)

Charts (``draw_charts``; PNG, one file each): statements_by_kind (:mod:`helpers.plots.speakers`),
speaker_intervals, sentiment_along, statement_bars (:mod:`helpers.plots.sentiment`), topic_bar,
topic_dispersion, topic_speaker_matrix (:mod:`helpers.plots.topics`).

The narrator rows of ``statement_sentiment`` are the body sentences no statement covers, scored exactly
as in ``sentence_sentiment`` (same text, same masked spans); the pipeline scores each sentence once and
reuses the score (``tests/test_analyse.py`` checks that the result equals ``score_statements``).

Per-document summary (one row of the corpus ``documents`` table): doc_id, file, format, characters,
words, sentences, paragraphs, statements, speakers, sentence_score_mean, share_negative, share_neutral,
share_positive, top_topic (rank 1 of ``topic_ranking``), top_topic_per_1000 (its raw rate).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .tables import column, column_list, column_numpy

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .article import Article
    from .long_text import LongText

TABLES = (
    "statements", "speakers", "sentence_sentiment", "statement_sentiment", "speaker_sentiment",
    "topic_counts", "topic_counts_by_speaker", "topic_mentions", "turns", "topic_ranking", "stance_targets",
)
SENTENCE_META = ["sentence_id", "start", "end", "section_id", "section", "kind"]
SUMMARY_COLUMNS = [
    "doc_id", "file", "format", "characters", "words", "sentences", "paragraphs", "statements", "speakers",
    "sentence_score_mean", "share_negative", "share_neutral", "share_positive", "top_topic",
    "top_topic_per_1000",
]
#: The per-speaker rows a document contributes to the corpus speakers table.
SPEAKER_ROW_COLUMNS = ["doc_id", "speaker", "type", "role", "affiliation", "n_statements", "score_sum",
                       "n_scored", "n_negative", "n_neutral", "n_positive"]
TOPIC_ROW_COLUMNS = ["doc_id", "topic", "label", "count", "words", "per_1000_words"]


# ---------------------------------------------------------------------------------------------
# One article


def sentence_sentiment(article: Article, mention_spans: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Every sentence scored (columns in the module docstring); speaker mentions inside it are masked."""
    from .sentiment.scoring import score_frame, score_rows
    from .sentiment.statement_scores import SpanIndex

    sents = article.sentences
    index = SpanIndex(mention_spans or [])
    bounds = zip(column_list(sents, "start"), column_list(sents, "end"), strict=True)
    per = [index.inside(a, b) for a, b in bounds]
    rows = score_rows(column_list(sents, "text"), per)
    return score_frame(rows, extra={c: column(sents, c).copy() for c in SENTENCE_META})  # not shared


def _statement_sentiment(
    article: Article,
    statements: pd.DataFrame,
    sentences: pd.DataFrame,
    mention_spans: list[tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """``score_statements(article, statements=...)`` with the narrator rows taken from ``sentences``.

    The table is built column by column: the statements' rows, then the narrator's (most rows of a long
    text) read straight from the columns of ``sentences``, in the order of (start, end) as the rows of
    ``score_statements`` are sorted (a statement before a narrator sentence with the same span).
    """
    from .attribution.speakers import speaker_mention_spans
    from .sentiment.constants import NARRATOR, SCORE_COLUMNS
    from .sentiment.scoring import score_rows
    from .sentiment.statement_scores import (
        NARRATION,
        STATEMENT_META,
        narrator_sentence_ids,
        statement_frame,
        statement_rows,
        statement_table,
    )

    spans = speaker_mention_spans(article) if mention_spans is None else mention_spans
    rows = statement_rows(article, statements, spans)
    rows.sort(key=lambda r: (r.start, r.end))
    scores = score_rows([r.text for r in rows], [r.spans for r in rows])
    # the same narrator rule as score_statements: no statement's content, cue or sentence touches it
    ids = set(narrator_sentence_ids(article.sentences, statements))
    cols = {c: column_list(sentences, c) for c in ("sentence_id", "start", "end", *SCORE_COLUMNS)}
    narrator = [k for k, sid in enumerate(cols["sentence_id"]) if sid in ids]
    if not narrator:
        return statement_frame(rows, scores)
    n = len(narrator)
    keys = [(r.start, r.end) for r in rows]
    keys += [(cols["start"][k], cols["end"][k]) for k in narrator]
    order = sorted(range(len(keys)), key=keys.__getitem__)  # stable: statements first on equal spans
    fixed = {"statement_id": [None] * n, "speaker": [NARRATOR] * n, "kind": [NARRATION] * n, "cue": [""] * n}
    columns = {}
    for name in STATEMENT_META:
        if name in fixed:
            mine = fixed[name]
        else:
            mine = [cols[name][k] for k in narrator]
        both = [getattr(r, name) for r in rows] + mine
        columns[name] = [both[k] for k in order]
    for j, name in enumerate(SCORE_COLUMNS):
        if name != "text":
            both = [sc[j] for sc in scores] + [cols[name][k] for k in narrator]
            columns[name] = [both[k] for k in order]
    return statement_table(columns)


def analyse_article(article: Article, *, dictionary: Any = None,
                    timings: dict[str, float] | None = None) -> dict[str, pd.DataFrame]:
    """Run every stage on ``article``; a dict of tables keyed as :data:`TABLES`.

    ``timings``: a dict to which the seconds spent in each stage are added (for benchmarks).
    """
    import time

    from .attribution.speakers import speaker_mention_spans, speakers
    from .attribution.statements import statements
    from .sentiment import speaker_sentiment
    from .stance import stance_targets
    from .topic_ranking import topic_ranking
    from .topics import load_dictionary, topic_counts, topic_mentions

    clock = [time.perf_counter()]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        if timings is not None:
            timings[stage] = timings.get(stage, 0.0) + now - clock[0]
        clock[0] = now

    dic = dictionary if dictionary is not None and not isinstance(dictionary, (str, os.PathLike)) \
        else load_dictionary(dictionary)
    article.tokens  # noqa: B018 - structure, sentences and tokens, timed on their own
    lap("reading, sentences, tokens")
    st = statements(article)
    spk = speakers(article)
    lap("attribution")
    mention_spans = speaker_mention_spans(article)  # computed once, used for sentences and statements
    sents = sentence_sentiment(article, mention_spans)
    scored = _statement_sentiment(article, st, sents, mention_spans)
    per_speaker = speaker_sentiment(scored)
    lap("sentiment")
    mentions = topic_mentions(article, dic, statements=st)
    counts = topic_counts(article, dictionary=dic, mentions=mentions)
    by_speaker = topic_counts(article, by="speaker", dictionary=dic, statements=st, mentions=mentions)
    ranking = topic_ranking(article, dic, mentions=mentions)
    lap("topics")
    stance = stance_targets(article, statements=st, speakers=spk)  # attribution's tables, not run again
    lap("stance")
    return {
        "statements": st,
        "speakers": spk,
        "sentence_sentiment": sents,
        "statement_sentiment": scored,
        "speaker_sentiment": per_speaker,
        "topic_counts": counts,
        "topic_counts_by_speaker": by_speaker,
        "topic_mentions": mentions,
        "turns": article.turns,
        "topic_ranking": ranking,
        "stance_targets": stance,
    }


# ---------------------------------------------------------------------------------------------
# Charts: (file name, module, function, arguments from the tables)


def chart_specs(article: Article, t: dict[str, pd.DataFrame]) -> list[tuple[str, str, str, tuple, dict]]:
    """The charts of one document: (file name, module, function, positional arguments, keyword arguments).

    A new chart is one more entry here (its function takes tables of ``t`` and returns an Axes or
    Figure); :func:`draw_charts` draws them all.
    """
    return [
        ("statements_by_kind", "helpers.plots.speakers", "statements_by_kind", (t["statements"],), {}),
        ("speaker_intervals", "helpers.plots.sentiment", "speaker_intervals",
         (t["speaker_sentiment"], t["statement_sentiment"]), {}),
        ("sentiment_along", "helpers.plots.sentiment", "sentiment_along", (t["statement_sentiment"], article),
         {}),
        ("statement_bars", "helpers.plots.sentiment", "statement_bars", (t["statement_sentiment"],), {}),
        ("topic_bar", "helpers.plots.topics", "topic_bar", (t["topic_counts"],), {}),
        ("topic_dispersion", "helpers.plots.topics", "topic_dispersion",
         (t["topic_mentions"], len(article.text)), {}),
        ("topic_speaker_matrix", "helpers.plots.topics", "topic_speaker_matrix",
         (t["topic_counts_by_speaker"],), {}),
    ]


def draw_charts(article: Article, tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """PNG bytes of each chart of the document (drawn with the Agg backend, no file written)."""
    import importlib

    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    out: dict[str, bytes] = {}
    for name, module, func, args, kwargs in chart_specs(article, tables):
        fn = getattr(importlib.import_module(module), func)
        ax = fn(*args, **kwargs)
        fig = ax.figure if hasattr(ax, "figure") and not hasattr(ax, "savefig") else ax
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
        plt.close(fig)
        out[name] = buf.getvalue()
    return out


# ---------------------------------------------------------------------------------------------
# Summaries


def summarise(doc_id: str, article: Article, tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """The document's row of the corpus ``documents`` table (columns: :data:`SUMMARY_COLUMNS`)."""
    import numpy as np

    sents = tables["sentence_sentiment"]
    counts = tables["topic_counts"]
    tokens = article.tokens
    labels = column_list(sents, "label")
    ranking = tables["topic_ranking"]  # the top topic is what the text is about, not the raw count
    top = column_list(ranking, "topic")[0] if len(ranking) and column_list(ranking, "score")[0] > 0 else None
    columns = (column_list(counts, c) for c in ("topic", "count", "per_1000_words"))
    topics = [(t, r) for t, c, r in zip(*columns, strict=True) if t == top][:1]
    return {
        "doc_id": doc_id,
        "file": article.name,
        "format": article.format,
        "characters": len(article.text),
        "words": int(np.asarray(column(tokens, "is_word")).sum()) if len(tokens) else 0,
        "sentences": len(article.sentences),
        "paragraphs": article.n_paragraphs,
        "statements": len(tables["statements"]),
        "speakers": len(tables["speakers"]),
        "sentence_score_mean": round(float(sents["score"].mean()), 4) if len(sents) else float("nan"),
        **{f"share_{k}": round(labels.count(k) / len(labels), 4) if labels else 0.0
           for k in ("negative", "neutral", "positive")},
        "top_topic": topics[0][0] if topics else None,
        "top_topic_per_1000": round(float(topics[0][1]), 4) if topics else 0.0,
    }


def speaker_rows(doc_id: str, tables: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    """Per-speaker sums a corpus merges across documents (narrator left out)."""
    import numpy as np

    from .sentiment.constants import NARRATOR

    scored = tables["statement_sentiment"]
    who = tables["speakers"]
    info = dict(zip(column_list(who, "speaker"), zip(*(
        column_list(who, c) if c in who.columns else [None] * len(who)
        for c in ("type", "role", "affiliation")
    ), strict=True), strict=True))
    groups: dict[str, list[int]] = {}
    for k, name in enumerate(column_list(scored, "speaker")):
        if name != NARRATOR and name is not None and name == name:  # groupby leaves out missing names
            groups.setdefault(name, []).append(k)
    scores = column_numpy(scored, "score", float)
    labels = column_list(scored, "label")
    rows = []
    for speaker in sorted(groups):
        idx = groups[speaker]
        kind, role, org = info.get(speaker, (None, None, None))
        said = [labels[k] for k in idx]
        score = scores[idx]
        score = score[~np.isnan(score)]
        rows.append({
            "doc_id": doc_id, "speaker": speaker,
            "type": _str(kind) or "unknown",
            "role": _str(role),
            "affiliation": _str(org),
            "n_statements": len(idx), "score_sum": float(score.sum()), "n_scored": len(score),
            "n_negative": said.count("negative"), "n_neutral": said.count("neutral"),
            "n_positive": said.count("positive"),
        })
    return rows


def stance_rows(tables: dict[str, pd.DataFrame]) -> list[tuple[str, str, float, str]]:
    """(speaker, target, score, label) of each target mention of the text, for the corpus ``stance`` table."""
    t = tables["stance_targets"]
    return list(zip(*(column_list(t, c) for c in ("speaker", "target", "score", "label")), strict=True))


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def topic_rows(doc_id: str, tables: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    counts = tables["topic_counts"]
    columns = [column_list(counts, c) for c in ("topic", "label", "count", "words", "per_1000_words")]
    return [
        {"doc_id": doc_id, "topic": topic, "label": label, "count": int(n), "words": int(words),
         "per_1000_words": float(rate)}
        for topic, label, n, words, rate in zip(*columns, strict=True)
    ]


# ---------------------------------------------------------------------------------------------
# The worker


@dataclass(frozen=True)
class Task:
    """One document to analyse: its position in the corpus, its file, its id and the options."""

    index: int
    path: str
    doc_id: str
    format: str | None = None
    encoding: str | None = None
    dictionary: str | None = None
    keep_tables: bool = False
    charts: bool = False
    #: Where a long text's tables are written as they come (:func:`run_long_document`): an object whose
    #: ``open(doc_id)`` gives a sink with ``add(name, table)``, ``close()``, ``discard()`` and ``files``
    #: (:class:`helpers.io.FolderTables`). None: the tables are gathered in memory when ``keep_tables``.
    table_sink: Any = None


@dataclass
class DocumentResult:
    index: int
    doc_id: str
    path: str
    summary: dict[str, Any] = field(default_factory=dict)
    speakers: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    tables: dict[str, Any] | None = None
    charts: dict[str, bytes] | None = None
    error: str | None = None
    #: The table files a sink already wrote (a long text), instead of ``tables``.
    files: list[str] | None = None
    #: What the run should report about this document (one line each), e.g. that it was cut into parts.
    notes: list[str] = field(default_factory=list)
    #: (speaker, target, score, label) of each target mention: the corpus ``stance`` table's input.
    stance: list[tuple[str, str, float, str]] = field(default_factory=list)


def run_document(task: Task) -> DocumentResult:
    """Read one file and run every stage; an InputError becomes ``error`` (the caller decides)."""
    import warnings

    from .article import load_article
    from .long_text import PART_CHARS

    res = DocumentResult(task.index, task.doc_id, task.path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # e.g. unbalanced quotes: reported per table
            art = load_article(Path(task.path), encoding=task.encoding, format=task.format)
            if len(art.text) > PART_CHARS:
                return run_long_document(task, art, res)
            tables = analyse_article(art, dictionary=task.dictionary)
    except InputError as exc:
        res.error = str(exc)
        return res
    res.summary = summarise(task.doc_id, art, tables)
    res.speakers = speaker_rows(task.doc_id, tables)
    res.topics = topic_rows(task.doc_id, tables)
    res.stance = stance_rows(tables)
    if task.keep_tables:
        res.tables = tables
    if task.charts:
        res.charts = draw_charts(art, tables)
    return res


class MemoryTables:
    """A sink that gathers a long text's tables in memory (``tables``: one DataFrame each), for callers
    that asked for the tables without a folder to write them to."""

    def __init__(self) -> None:
        self.pieces: dict[str, list[pd.DataFrame]] = {}
        self.tables: dict[str, pd.DataFrame] | None = None
        self.files = None

    def add(self, name: str, table: pd.DataFrame) -> None:
        self.pieces.setdefault(name, []).append(table)

    def close(self) -> None:
        import pandas as pd

        order = [n for n in TABLES if n in self.pieces] + [n for n in self.pieces if n not in TABLES]
        self.tables = {n: pd.concat(self.pieces[n], ignore_index=True) if len(self.pieces[n]) > 1
                       else self.pieces[n][0] for n in order}
        self.pieces = {}

    def discard(self) -> None:
        self.pieces = {}


class NullTables(MemoryTables):
    """A sink that drops the tables (only the summaries are wanted)."""

    def add(self, name: str, table: pd.DataFrame) -> None:
        pass


def analyse_long(article: Article, sink: Any, *, dictionary: Any = None, part_size: int | None = None
                 ) -> LongText:
    """Every stage on a long ``article``, one part at a time (:mod:`helpers.long_text`): each part's rows
    go to ``sink.add(name, table)`` as soon as they are made (offsets and ids in the whole text), then the
    tables built from the running totals (speakers, speaker_sentiment, topic counts and ranking). Returns
    the :class:`~helpers.long_text.LongText` (its summary and the statement scores). ``part_size``: the
    characters after which a part is cut (default :data:`~helpers.long_text.PART_SIZE`; tests cut small).
    """
    from .long_text import PART_SIZE, LongText
    from .topics import load_dictionary

    dic = dictionary if dictionary is not None and not isinstance(dictionary, (str, os.PathLike)) \
        else load_dictionary(dictionary)
    long = LongText(article, dic, PART_SIZE if part_size is None else part_size)
    for part in long.parts():
        moved = long.add(part, analyse_article(part, dictionary=dic))
        long.stance.extend(stance_rows(moved))
        for name, table in moved.items():
            sink.add(name, table)
    for name, table in long.tables().items():
        sink.add(name, table)
    return long


def run_long_document(task: Task, art: Article, res: DocumentResult) -> DocumentResult:
    """:func:`run_document` for a text longer than :data:`~helpers.long_text.PART_CHARS`: analysed in
    parts, its tables written by ``task.table_sink`` as they come (or gathered in memory, or dropped when
    not wanted). No charts: a chart of a whole book says little, and would need every row at once."""
    from .long_text import PART_CHARS

    if task.keep_tables and task.table_sink is not None:
        sink = task.table_sink.open(task.doc_id)
    else:
        sink = MemoryTables() if task.keep_tables else NullTables()
    try:
        long = analyse_long(art, sink, dictionary=task.dictionary)
        sink.close()
    except BaseException:
        sink.discard()
        raise
    totals = long.tables()
    res.summary = long.summary(task.doc_id)
    res.speakers = speaker_rows(task.doc_id, {"statement_sentiment": long.speaker_scores(),
                                              "speakers": totals["speakers"]})
    res.topics = topic_rows(task.doc_id, totals)
    res.stance = long.stance
    res.tables, res.files = getattr(sink, "tables", None), getattr(sink, "files", None)
    res.notes.append(f"{art.name}: {len(art.text):,} characters, analysed in {len(long.bounds)} parts of "
                     f"about {PART_CHARS:,} (no sentence or attribution crosses a part boundary)")
    if task.charts:
        res.notes.append(f"{art.name}: no charts (analysed in parts)")
    return res


def run_batch(tasks: list[Task]) -> list[DocumentResult]:
    """The worker function: a batch (partition) of documents, in order."""
    return [run_document(t) for t in tasks]


def warm_up() -> None:
    """Import the stages and load their lexicons once per worker process."""
    from .article import load_article

    art = load_article(text="Warm-up headline\n\nThe minister said the talks were useful.")
    analyse_article(art)
