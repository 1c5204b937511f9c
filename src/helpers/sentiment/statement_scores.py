"""Statement sentiment: one scored row per statement (its content span), plus the narrator's sentences.

``score_statements(article)`` columns (:data:`STATEMENT_COLUMNS`): ``statement_id, speaker, kind,
sentence_id, start, end, text, cue, masked, n_masked, vader, textblob, vader_domain, content_score,
cue_stance, score, label`` — one row per statement of :func:`helpers.attribution.statements.statements`,
scoring its content span (not "X said"); ``start``/``end`` index ``article.text``.  ``content_score`` is
the recommended score of the content (:func:`helpers.sentiment.scoring.score_sentences`);
``cue_stance`` the stance of the cue verb (``lexicons/cue_stance.txt``, 0 for a neutral reporting verb);
``score`` combines the two (:func:`helpers.sentiment.stance.combine_stance`: a disowned content, as in
"rejected claims that ...", does not count) and ``label`` labels it.  Unattributed body sentences
(:func:`narrator_sentence_ids`) are added with ``speaker == NARRATOR`` and ``kind == "narration"`` when
``narrator=True``.

The pipeline (:mod:`helpers.pipeline`) builds the same table from its own sentence scores with
:func:`statement_rows`, :func:`statement_table` and :class:`SpanIndex`; the names to mask come from
:func:`helpers.attribution.speakers.speaker_mention_spans`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..attribution.speakers import speaker_mention_spans
from ..errors import InputError
from ..lexicons.sentiment import load_calibration
from ..spans import merge_intervals
from ..tables import column_list
from .constants import NARRATOR, SCORE_COLUMNS
from .scoring import SCORE_DTYPES, label_of, score_rows, typed_frame
from .stance import combine_stance, find_stance

#: The ``kind`` of the narrator's rows.
NARRATION = "narration"
#: The statement columns that come before the score columns (the fields of :class:`StatementRow`).
STATEMENT_META = ["statement_id", "speaker", "kind", "sentence_id", "start", "end", "text", "cue"]
#: The columns that make up a statement's ``score`` besides the scorers: the content's own score and
#: the cue verb's stance (:mod:`helpers.sentiment.stance`).
STANCE_COLUMNS = ["content_score", "cue_stance"]
#: The columns of :func:`score_statements`, in order.
STATEMENT_COLUMNS = [*STATEMENT_META, *SCORE_COLUMNS[1:-2], *STANCE_COLUMNS, *SCORE_COLUMNS[-2:]]
#: The dtype of each typed column of the statement table (the others are strings).
STATEMENT_DTYPES = {
    "statement_id": "Int64", "sentence_id": "Int64", "start": "int64", "end": "int64", **SCORE_DTYPES,
    "content_score": "float64", "cue_stance": "float64",
}


@dataclass
class StatementRow:
    """One row of :func:`score_statements` before scoring: the statement columns and the entity spans
    inside its text (offsets relative to ``start``) that are masked besides the automatic ones."""

    statement_id: int | None
    speaker: str
    kind: str
    sentence_id: int | None
    start: int
    end: int
    text: str
    spans: list[tuple[int, int]]
    cue: str = ""


class SpanIndex:
    """Entity spans of a text (speaker mentions), ready to be cut into the stretches of that text.

    ``SpanIndex(spans).inside(start, end)`` gives the parts of ``spans`` that fall in ``[start, end)``,
    relative to ``start``.  Spans sorted by start (as
    :func:`helpers.attribution.speakers.speaker_mention_spans` returns them) are searched by bisection, so
    cutting every sentence of a long text stays linear; unsorted lists are scanned.
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        ordered = len(spans) > 32 and all(spans[k][0] <= spans[k + 1][0] for k in range(len(spans) - 1))
        self.starts = [s for s, _ in spans] if ordered else None
        self.longest = max(e - s for s, e in spans) if ordered else -1

    def inside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of the spans that fall in ``[start, end)``, relative to ``start``."""
        spans, lo, hi = self.spans, 0, len(self.spans)
        if self.starts is not None:
            hi = bisect.bisect_left(self.starts, end)
            lo = bisect.bisect_left(self.starts, start - self.longest)
        return [
            (max(s, start) - start, min(e, end) - start) for s, e in spans[lo:hi] if s < end and e > start
        ]


def _int_or_none(value):
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None


def narrator_sentence_ids(sentences, statements) -> list[int]:
    """The body sentences that are the narrator's: no statement's content or cue touches them.

    ``sentences`` is ``article.sentences``; ``statements`` a :func:`helpers.statements.statements` table.
    A sentence is taken when it overlaps a content span or a cue ("X said", "according to X"), or is
    listed in a statement's ``sentence_id``/``sentence_ids``; the reporting frame of a statement belongs
    to the statement, not to the narrator baseline.
    """
    taken = list(zip(column_list(statements, "start"), column_list(statements, "end"), strict=True))
    if "cue_start" in statements.columns and "cue_end" in statements.columns:
        taken += [
            (int(a), int(b))
            for a, b in zip(column_list(statements, "cue_start"), column_list(statements, "cue_end"),
                            strict=True)
            if a >= 0
        ]
    taken_ids: set[int] = set()
    for col in ("sentence_id", "sentence_ids"):
        if col in statements.columns:
            for ids in column_list(statements, col):
                taken_ids.update(int(x) for x in str(ids).split(",") if x.strip().lstrip("-").isdigit())
    # merge the taken spans into disjoint intervals, then test each sentence by bisection
    merged = merge_intervals(taken)
    starts = [m[0] for m in merged]
    ends = [m[1] for m in merged]
    out = []
    columns = (column_list(sentences, c) for c in ("sentence_id", "kind", "start", "end"))
    for sid, kind, start, end in zip(*columns, strict=True):
        if kind != "body" or int(sid) in taken_ids:
            continue
        k = bisect.bisect_left(starts, end)  # intervals starting before the sentence ends
        if k and (ends[k - 1] > start or (k > 1 and ends[k - 2] > start)):
            continue
        out.append(int(sid))
    return out


def score_statements(
    article, *, statements=None, narrator: bool = True, textblob: bool = True, mention_spans=None
):
    """One scored row per statement (its content span), plus the narrator's unattributed body sentences.

    ``article`` is an :class:`helpers.article.Article` (or a path/text for ``load_article``);
    ``statements`` a precomputed :func:`helpers.statements.statements` table (computed when omitted).
    Speaker mentions inside a content span are masked along with the automatic entity spans;
    ``mention_spans`` (sorted ``(start, end)`` pairs) passes them in when the caller already has them.
    Columns in the module docstring; offsets index ``article.text``.
    """
    from helpers.article import Article, load_article

    if not isinstance(article, Article):
        article = load_article(article)
    if statements is None:
        from helpers.attribution.statements import statements as find_statements

        statements = find_statements(article)
    missing = {"statement_id", "speaker", "start", "end", "text"} - set(statements.columns)
    if missing:
        raise InputError(f"statements table lacks columns {sorted(missing)}")
    mentions = speaker_mention_spans(article) if mention_spans is None else mention_spans
    index = SpanIndex(mentions)
    rows = statement_rows(article, statements, index)
    if narrator:
        sents = article.sentences
        where = {sid: k for k, sid in enumerate(sents["sentence_id"].tolist())}
        starts, ends, texts = sents["start"].tolist(), sents["end"].tolist(), sents["text"].tolist()
        for sid in narrator_sentence_ids(sents, statements):
            k = where[sid]
            start, end = int(starts[k]), int(ends[k])
            spans = index.inside(start, end)
            rows.append(StatementRow(None, NARRATOR, NARRATION, sid, start, end, texts[k], spans, ""))
    rows.sort(key=lambda r: (r.start, r.end))
    scores = score_rows([r.text for r in rows], [r.spans for r in rows], textblob=textblob)
    band = None if textblob else load_calibration().get("vader_only", {}).get("neutral_band")
    return statement_frame(rows, scores, band)


def statement_rows(article, statements, mentions: SpanIndex | list[tuple[int, int]]) -> list[StatementRow]:
    """The statements' rows of :func:`score_statements`, in the order of ``statements``."""
    index = mentions if isinstance(mentions, SpanIndex) else SpanIndex(mentions)
    text = article.text
    cols = statements.columns
    kinds = column_list(statements, "kind") if "kind" in cols else ["statement"] * len(statements)
    sids = column_list(statements, "sentence_id") if "sentence_id" in cols else [None] * len(kinds)
    cues = column_list(statements, "cue") if "cue" in cols else [""] * len(kinds)
    rows = []
    for sid, who, start, end, said, kind, sentence_id, cue in zip(
        *(column_list(statements, c) for c in ("statement_id", "speaker", "start", "end", "text")),
        kinds,
        sids,
        cues,
        strict=True,
    ):
        start, end = int(start), int(end)
        if text[start:end] != said:
            raise InputError(f"statement {sid} offsets do not match its text")
        who = who if isinstance(who, str) and who else "(unknown)"
        spans = index.inside(start, end)
        cue = cue if isinstance(cue, str) else ""
        rows.append(StatementRow(sid, who, kind, _int_or_none(sentence_id), start, end, said, spans, cue))
    return rows


def statement_frame(rows: list[StatementRow], scores: list[tuple], band=None):
    """The :func:`score_statements` table from its rows and their :func:`score_rows` tuples."""
    columns = {name: [getattr(r, name) for r in rows] for name in STATEMENT_META}
    by_column = zip(*scores, strict=True) if scores else [()] * len(SCORE_COLUMNS)
    by_name = zip(SCORE_COLUMNS, by_column, strict=True)
    columns.update((name, list(col)) for name, col in by_name if name != "text")
    return statement_table(columns, band)


def with_stance(columns: dict[str, list], band=None) -> dict[str, list]:
    """``columns`` (the statement columns and the score columns) with ``content_score`` and
    ``cue_stance`` added and ``score``/``label`` combined from them (:mod:`helpers.sentiment.stance`),
    in :data:`STATEMENT_COLUMNS` order.  A row whose cue is not in the stance lexicon (every narrator
    row) keeps its score and label.  ``band`` is the neutral band (default: the calibration's)."""
    band = band if band is not None else load_calibration()["neutral_band"]
    content = list(columns["score"])
    scores, labels, stances = list(content), list(columns["label"]), []
    for k, cue in enumerate(columns["cue"]):
        found = find_stance(cue)
        stances.append(found.stance if found is not None else 0.0)
        if found is not None:
            scores[k] = combine_stance(content[k], found)
            labels[k] = label_of(scores[k], band)
    extra = {"content_score": content, "cue_stance": stances, "score": scores, "label": labels}
    return {name: extra[name] if name in extra else columns[name] for name in STATEMENT_COLUMNS}


def statement_table(columns: dict[str, list], band=None):
    """The :func:`statement_frame` table from its column lists (the statement columns, then the score
    columns); the stance columns are added here (:func:`with_stance`), the arrays made by
    :func:`helpers.sentiment.scoring.typed_frame`."""
    return typed_frame(with_stance(columns, band), STATEMENT_DTYPES)


