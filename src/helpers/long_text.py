"""A text too long to analyse whole, analysed in parts: memory grows with the part, not with the file.

Every stage builds tables of about 150 bytes of memory per character of text (tokens, sentences, scores
and their DataFrames), so a 50 MB file analysed whole needs several gigabytes.
:func:`helpers.pipeline.analyse_long` cuts a text longer than :data:`PART_CHARS` into parts at paragraph
boundaries, runs every stage on one part at a time, writes each part's rows as they come (offsets and ids
shifted into the whole text, so ``text[start:end]`` round-trips on the whole text) and builds the
per-text summaries from running totals:

* :func:`part_bounds` — where to cut: after the paragraph that passes :data:`PART_SIZE` characters, at
  the first paragraph boundary every rule of :data:`CUT_RULES` allows (never inside a paragraph, never
  inside a quotation that runs on over paragraphs);
* :func:`part_article` — the part as an :class:`~helpers.article.Article` of its own that keeps the whole
  text's layout (paragraph kinds, the dateline, section ids and headings);
* :class:`Offsets` and :func:`shift_table` — a part's rows moved into the whole text: columns named by
  :data:`SHIFT_RULES` (offsets, and the ids of sentences, paragraphs, statements and turns);
* :class:`LongText` — the running totals: the whole text's ``speakers``, ``speaker_sentiment``,
  ``topic_counts``, ``topic_counts_by_speaker`` and ``topic_ranking`` tables and its summary row, from
  what each part adds (the statement scores are kept for the per-speaker intervals: six numbers, a label
  and a name per statement).

Caveat: a part boundary is a hard boundary for every stage. No sentence crosses it (none crosses a
paragraph anyway), and the attribution does not look across it: a pronoun ("he said") at the start of a
part has no earlier speaker to refer to, a bare surname is not joined to the full name named only in an
earlier part (the speakers table then has both), and a transcript's "A:" turns after the first part do not
learn the spokesperson from its title. Texts up to :data:`PART_CHARS` characters are analysed whole,
exactly as before.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .article import Article, Section
from .layout import BODY, Paragraph, Span
from .quote_marks import ARTICLE_MARKS, pair_marks
from .tables import column_list

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Texts longer than this (characters) are analysed in parts. At about 150 bytes per character the stages
#: need some 150 MB for a part of this size, on top of the 120 MB the loaded lexicons take; news items,
#: readouts and UN speeches (at most 60,000 characters in the corpora) stay far below it and are analysed
#: whole.
PART_CHARS = 1_000_000
#: A part is cut at the first allowed paragraph boundary after this many characters.
PART_SIZE = PART_CHARS
#: The tables each part adds rows to (written as they come); the others are built from running totals.
STREAMED = ("statements", "sentence_sentiment", "statement_sentiment", "topic_mentions", "turns")
#: The tables built once for the whole text at the end, from the running totals.
TOTALLED = ("speakers", "speaker_sentiment", "topic_counts", "topic_counts_by_speaker", "topic_ranking")


# ---------------------------------------------------------------------------------------------
# Where to cut


def closes_its_quotes(text: str, before: Paragraph, after: Paragraph) -> bool:
    """Rule: no cut after a paragraph that leaves a double quotation mark open. A quotation run on over
    paragraphs (``“We are ready.`` / ``“We will talk,” he said.``) stays in one part with its speaker."""
    _pairs, left_open, _unmatched = pair_marks(text, before.start, before.end, ARTICLE_MARKS)
    return not any(mark not in "‘'" for _pos, mark in left_open)


def does_not_introduce(text: str, before: Paragraph, after: Paragraph) -> bool:
    """Rule: no cut after a paragraph that ends with a colon: ``Lavrov said:`` introduces the quotation of
    the next paragraph, whose speaker it names."""
    return not text[before.start:before.end].rstrip().endswith(":")


#: The rules a paragraph boundary must pass to be a part boundary, in order (each takes the text and the
#: paragraphs before and after the boundary).
CUT_RULES: list[Callable[[str, Paragraph, Paragraph], bool]] = [closes_its_quotes, does_not_introduce]


@dataclass(frozen=True)
class Part:
    """A stretch of the text from the start of paragraph ``first`` (0 for the first part) to the start of
    the next part's (or the text's end); paragraphs ``first`` to ``stop - 1``."""

    start: int
    end: int
    first: int
    stop: int


def part_bounds(article: Article, size: int = PART_SIZE) -> list[Part]:
    """The parts of ``article``: one for a text of at most ``size`` characters; otherwise a new part begins
    at the first paragraph, from ``size`` characters into the current part on, that :data:`CUT_RULES`
    allow. A paragraph longer than ``size`` is one part (it is never cut)."""
    paras = article.layout_paragraphs
    text = article.text
    cuts = [0]
    start = 0
    for i in range(1, len(paras)):
        if paras[i].start - start >= size and all(rule(text, paras[i - 1], paras[i]) for rule in CUT_RULES):
            cuts.append(i)
            start = paras[i].start
    parts = []
    for k, first in enumerate(cuts):
        stop = cuts[k + 1] if k + 1 < len(cuts) else len(paras)
        a = 0 if k == 0 else paras[first].start
        b = paras[stop].start if stop < len(paras) else len(text)
        parts.append(Part(a, b, first, stop))
    return parts


def part_article(article: Article, part: Part) -> Article:
    """The text of ``part`` as an Article with the whole text's layout: its paragraphs keep their kinds,
    the dateline is there when the part holds it, and the sections keep their ids and headings (a section
    begun in an earlier part starts before 0)."""
    a, b = part.start, part.end
    paras = [Paragraph(p.start - a, p.end - a, p.kind)
             for p in article.layout_paragraphs[part.first:part.stop]]
    d = article.dateline
    dateline = None
    if d is not None and a <= d.start < b:
        dateline = dataclasses.replace(d, start=d.start - a, end=d.end - a)
    offsets = article.source_offsets[a:b + 1] if article.source_offsets is not None else None
    sub = Article(article.text[a:b], article.path, layout=lambda _text: (paras, dateline),
                  format=article.format, source_offsets=offsets)
    sub.sections = [
        Section(s.section_id, None if s.heading is None else Span(s.heading.start - a, s.heading.end - a,
                                                                   s.heading.text), s.start - a, s.end - a)
        for s in article.sections if s.start < b and (s.end > a or s.start >= a)
    ]
    return sub


# ---------------------------------------------------------------------------------------------
# Moving a part's rows into the whole text


@dataclass
class Offsets:
    """What a part's rows are moved by: characters (its start), and the sentences, paragraphs, statements
    and turns of the parts before it."""

    chars: int = 0
    sentences: int = 0
    paragraphs: int = 0
    statements: int = 0
    turns: int = 0


def _is_offset(name: str) -> bool:
    return name.endswith(("start", "end"))


#: Which columns move and by what (the first rule that names a column decides): character offsets (every
#: column whose name ends in ``start`` or ``end``), then the ids. Negative values (-1: "none") and missing
#: ones stay as they are. ``sentence_ids`` (","-joined) is handled by :func:`shift_table` itself.
SHIFT_RULES: list[tuple[Callable[[str], bool], str]] = [
    (_is_offset, "chars"),
    (lambda name: name == "sentence_id", "sentences"),
    (lambda name: name == "paragraph_id", "paragraphs"),
    (lambda name: name == "statement_id", "statements"),
    (lambda name: name == "turn_id", "turns"),
]


def _shifted(values: pd.Series, by: int) -> pd.Series:
    """``values`` + ``by`` where they are integers of at least 0; -1 and missing values kept."""
    import numpy as np

    kind = values.dtype.kind
    if kind in "iu" and isinstance(values.dtype, np.dtype):  # plain integers: nothing missing
        arr = values.to_numpy()
        return values.__class__(np.where(arr >= 0, arr + by, arr), index=values.index, name=values.name)
    if kind in "iuf":  # floats with NaN, or pandas' nullable integers with NA
        out = values.copy()
        move = (values >= 0).fillna(False).to_numpy(dtype=bool)
        out[move] = values[move] + by
        return out
    moved = [v + by if isinstance(v, (int, np.integer)) and not isinstance(v, bool) and v >= 0 else v
             for v in values.tolist()]
    return values.__class__(moved, index=values.index, name=values.name, dtype=values.dtype)


def shift_table(df: pd.DataFrame, offsets: Offsets) -> pd.DataFrame:
    """A part's table with its offsets and ids moved into the whole text (see :data:`SHIFT_RULES`)."""
    out = df.copy(deep=False)
    for name in df.columns:
        if name == "sentence_ids" and offsets.sentences:
            out[name] = [_shifted_list(s, offsets.sentences) for s in df[name].tolist()]
            continue
        unit = next((u for test, u in SHIFT_RULES if test(str(name))), None)
        by = getattr(offsets, unit) if unit else 0
        if by:
            out[name] = _shifted(df[name], by)
    return out


# ---------------------------------------------------------------------------------------------
# Running totals


@dataclass
class _Group:
    words: int = 0
    counts: Counter = field(default_factory=Counter)


def _lead_paragraph(article: Article) -> int | None:
    """The index of the whole text's lead paragraph (:func:`helpers.topic_context.lead_paragraph`), read
    from its first body paragraphs only."""
    from .topic_context import FRONT_MATTER_MAX_PARAGRAPHS, lead_paragraph
    from .topics import SPEECH_VERB_FORMS

    text, first = article.text, []
    for i, p in enumerate(article.layout_paragraphs):
        if p.kind == BODY:
            first.append((i, p.kind, text[p.start:p.end]))
            if len(first) >= FRONT_MATTER_MAX_PARAGRAPHS:
                break
    return lead_paragraph(first, SPEECH_VERB_FORMS)


class LongText:
    """One long text analysed part by part: :meth:`parts` yields each part's Article, :meth:`add` takes its
    tables (as :func:`helpers.pipeline.analyse_article` returns them) and returns the rows to write, moved
    into the whole text; :meth:`tables` and :meth:`summary` give what is built from the running totals."""

    def __init__(self, article: Article, dictionary: Any, size: int = PART_SIZE) -> None:
        self.article, self.dictionary = article, dictionary
        self.bounds = part_bounds(article, size)
        self.offsets = Offsets()
        self.speakers: dict[str, dict[str, Any]] = {}
        self.scores: list[pd.DataFrame] = []
        self.counts: dict[str, dict[Any, _Group]] = {"topic_counts": {}, "topic_counts_by_speaker": {}}
        self.ranking: dict[str, dict] = {}
        self.repeats: Counter = Counter()
        self.lead = _lead_paragraph(article)
        self.n = Counter()  # words, sentences, statements; score_sum, scored; negative, neutral, positive
        #: (speaker, target, score, label) of every part's target mentions, for a corpus's ``stance`` table:
        #: four small fields per mention, as :func:`helpers.pipeline.stance_rows` gives them.
        self.stance: list[tuple[str, str, float, str]] = []

    def parts(self) -> Iterator[Article]:
        """Each part as an Article (:func:`part_article`), in order."""
        for part in self.bounds:
            self.offsets = dataclasses.replace(self.offsets, chars=part.start, paragraphs=part.first)
            yield part_article(self.article, part)

    def add(self, part: Article, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        """Add one part's tables to the totals; its rows of the :data:`STREAMED` tables (and of any table
        not in :data:`TOTALLED`), moved into the whole text."""
        import numpy as np

        off = self.offsets
        self._add_ranking(part, tables["topic_mentions"])
        moved = {name: shift_table(t, off) for name, t in tables.items() if name not in TOTALLED}
        self._add_speakers(shift_table(tables["speakers"], off))
        self.scores.append(_score_columns(tables["statement_sentiment"]))
        for name in self.counts:
            self._add_counts(name, tables[name])
        sents = tables["sentence_sentiment"]
        score = sents["score"].to_numpy(dtype=float)
        self.n.update({"sentences": len(sents), "statements": len(tables["statements"]),
                       "score_sum": float(np.nansum(score)), "scored": int((~np.isnan(score)).sum()),
                       "words": int(np.asarray(part.tokens["is_word"]).sum()) if len(part.tokens) else 0})
        self.n.update(column_list(sents, "label"))
        ids = tables["statements"]["statement_id"]
        self.offsets = dataclasses.replace(
            off, sentences=off.sentences + len(part.sentences),
            statements=off.statements + (int(ids.max()) + 1 if len(ids) else 0),
            turns=off.turns + len(tables["turns"]))
        return moved

    # -- the totals -------------------------------------------------------------------------------

    def _add_speakers(self, who: pd.DataFrame) -> None:
        """Speakers of one part joined by name to those of earlier parts: statements added up, aliases
        and members merged, the first non-empty role, affiliation and type kept, the first mention the
        earliest."""
        self.speaker_columns = list(who.columns)
        for row in who.to_dict("records"):
            known = self.speakers.get(row["speaker"])
            if known is None:
                self.speakers[row["speaker"]] = row
                continue
            known["n_statements"] += row["n_statements"]
            for col in ("aliases", "members"):
                if col in row:
                    known[col] = _joined(known[col], row[col])
            for col in ("role", "affiliation", "type"):
                if col in row and _empty(known[col]) and not _empty(row[col]):
                    known[col] = row[col]

    def _add_counts(self, name: str, counts: pd.DataFrame) -> None:
        """One part's topic counts added to the totals per group (the whole text, or each speaker)."""
        groups = self.counts[name]
        keys = ["speaker"] if name == "topic_counts_by_speaker" else []
        self.count_columns = {**getattr(self, "count_columns", {}), name: list(counts.columns)}
        seen = set()
        names = (*keys, "topic", "count", "raw", "words", "paragraphs", "actors")
        cols = (column_list(counts, c) for c in names)
        for *key, topic, n, raw, words, paragraphs, actors in zip(*cols, strict=True):
            g = groups.setdefault(tuple(key), _Group())
            if tuple(key) not in seen:  # every row of a group carries the group's words
                seen.add(tuple(key))
                g.words += int(words)
            g.counts[topic, "count"] += int(n)
            g.counts[topic, "raw"] += int(raw)
            g.counts[topic, "paragraphs"] += int(paragraphs)
            g.counts[topic, "actors"] += int(actors)

    def _add_ranking(self, part: Article, mentions: pd.DataFrame) -> None:
        """One part's mentions scored as :func:`helpers.topic_ranking.topic_ranking` scores the whole text's:
        the lead is the whole text's lead paragraph (its first body paragraph that is no page furniture),
        and a wording's repeats count across parts."""
        from .topic_ranking import (
            Placed,
            add_to_sums,
            headline_is_label,
            in_subject_position,
            mark_frames,
            mark_lists,
            mark_named_conflicts,
            mark_parties,
            names_the_holder,
            points_of,
            position_of,
            region_topics,
        )
        from .topics import ACTOR, SUBJECT

        sents = part.sentences
        ids = column_list(sents, "sentence_id")
        kind_of = dict(zip(ids, column_list(sents, "kind"), strict=True))
        start_of = dict(zip(ids, column_list(sents, "start"), strict=True))
        lead = None if self.lead is None else self.lead - self.offsets.paragraphs
        roles = column_list(mentions, "role") if "role" in mentions.columns else [SUBJECT] * len(mentions)
        label = headline_is_label(part.text, part.headline)
        placed, sentence_of = [], []
        for role, topic, s, e, words, sid, pid in zip(
                roles, *(column_list(mentions, c) for c in ("topic", "start", "end", "text", "sentence_id",
                                                      "paragraph_id")), strict=True):
            if role not in (SUBJECT, ACTOR):
                continue
            m = Placed(topic, role, int(s), int(e), words, position_of(kind_of.get(sid, "body"), pid, lead))
            m.label = label and m.position == "headline"
            m.subject = in_subject_position(part.text, int(start_of.get(sid, s)), int(s))
            m.holder = names_the_holder(part.text, topic, int(s), int(e))
            key = (topic, " ".join(words.lower().split()))
            self.repeats[key] += 1
            m.repeat = self.repeats[key]
            placed.append(m)
            sentence_of.append(sid)
        mark_lists(part.text, placed, sentence_of)
        regions = region_topics(self.dictionary)
        mark_parties(placed, sentence_of, regions)
        mark_frames(placed, sentence_of)  # within a sentence: a part holds whole sentences
        mark_named_conflicts(placed, sentence_of, regions)
        for m in placed:
            m.start, m.end = m.start + self.offsets.chars, m.end + self.offsets.chars
            m.points = points_of(m, False)
            add_to_sums(self.ranking, m)

    # -- the whole text's tables ------------------------------------------------------------------

    def tables(self) -> dict[str, pd.DataFrame]:
        """The :data:`TOTALLED` tables of the whole text (built once, after the last part)."""
        if getattr(self, "_tables", None) is None:
            import pandas as pd

            from .sentiment import speaker_sentiment
            from .topic_ranking import ranking_table, region_topics

            rows = sorted(self.speakers.values(), key=lambda r: (r["first_start"], r["speaker"]))
            ints = {c: "int64" for c in ("n_statements", "first_start", "first_end")
                    if c in self.speaker_columns}
            scores = pd.concat(self.scores, ignore_index=True)
            self._tables = {
                "speakers": pd.DataFrame(rows, columns=self.speaker_columns).astype(ints),
                "speaker_sentiment": speaker_sentiment(scores),
                "topic_counts": self._counts_table("topic_counts"),
                "topic_counts_by_speaker": self._counts_table("topic_counts_by_speaker"),
                "topic_ranking": ranking_table(self.ranking, self.dictionary.labels,
                                               region_topics(self.dictionary)),
            }
        return self._tables

    def speaker_scores(self) -> pd.DataFrame:
        """The kept columns of every part's ``statement_sentiment`` (speaker, scores, label), in order."""
        import pandas as pd

        return pd.concat(self.scores, ignore_index=True)

    def _counts_table(self, name: str) -> pd.DataFrame:
        """A topic counts table from the totals, as :func:`helpers.topics.topic_counts` lays it out: every
        topic of the dictionary in every group, rates recomputed from the summed counts and words."""
        import numpy as np
        import pandas as pd

        from .topics import NARRATOR

        columns = self.count_columns[name]
        keys = list(self.dictionary.topics)
        labels = [t.label for t in self.dictionary.topics.values()]
        groups = sorted(self.counts[name].items(), key=lambda kv: kv[0] == (NARRATOR,))  # stable
        data: dict[str, list] = {c: [] for c in columns}
        for key, g in groups:
            total = sum(g.counts[k, "count"] for k in keys)
            for col, value in zip(columns[:len(key)], key, strict=True):
                data[col] += [value] * len(keys)
            data["topic"] += keys
            data["label"] += labels
            data["words"] += [g.words] * len(keys)
            for k in keys:
                c = g.counts[k, "count"]
                data["count"].append(c)
                data["raw"].append(g.counts[k, "raw"])
                data["per_1000_words"].append(round(c * 1000 / g.words, 4) if c and g.words else 0.0)
                data["share"].append(round(c / total, 4) if c else 0.0)
                data["paragraphs"].append(g.counts[k, "paragraphs"])
                data["actors"].append(g.counts[k, "actors"])
        ints = {"count", "raw", "words", "paragraphs", "actors"}
        frame = pd.DataFrame({c: np.asarray(v, dtype=np.int64) if c in ints
                              else np.asarray(v, dtype=np.float64) if c in ("per_1000_words", "share")
                              else v for c, v in data.items()}, columns=columns)
        if name == "topic_counts":
            frame = frame.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
        return frame

    def summary(self, doc_id: str) -> dict[str, Any]:
        """The text's row of the corpus ``documents`` table (as :func:`helpers.pipeline.summarise`)."""
        t = self.tables()
        ranking, counts = t["topic_ranking"], t["topic_counts"]
        top = None
        if len(ranking) and column_list(ranking, "score")[0] > 0:
            top = column_list(ranking, "topic")[0]
        rate = [r for k, r in zip(column_list(counts, "topic"), column_list(counts, "per_1000_words"),
                                  strict=True) if k == top][:1]
        n = self.n
        return {
            "doc_id": doc_id, "file": self.article.name, "format": self.article.format,
            "characters": len(self.article.text), "words": n["words"], "sentences": n["sentences"],
            "paragraphs": self.article.n_paragraphs, "statements": n["statements"],
            "speakers": len(t["speakers"]),
            "sentence_score_mean": round(n["score_sum"] / n["scored"], 4) if n["scored"] else float("nan"),
            **{f"share_{k}": round(n[k] / n["sentences"], 4) if n["sentences"] else 0.0
               for k in ("negative", "neutral", "positive")},
            "top_topic": top if rate else None,
            "top_topic_per_1000": round(float(rate[0]), 4) if rate else 0.0,
        }


def _shifted_list(ids: Any, by: int) -> Any:
    """A ","-joined list of ids ("10,11") moved by ``by``; an empty or missing one as it is."""
    if not isinstance(ids, str) or not ids:
        return ids
    return ",".join(str(int(i) + by) for i in ids.split(","))


def _score_columns(scored: pd.DataFrame) -> pd.DataFrame:
    """What the per-speaker summaries need of a ``statement_sentiment`` table: the speaker, the scores,
    the label and a flag column (no text: a few dozen bytes per statement)."""
    from .sentiment.aggregate import FLAG_COLUMNS, SPEAKER_SCORERS

    keep = [c for c in ("speaker", *SPEAKER_SCORERS, "label", *FLAG_COLUMNS) if c in scored.columns]
    return scored[keep].copy()


def _joined(a: Any, b: Any) -> Any:
    """Two "; "-joined lists as one, in order, each item once."""
    if _empty(b):
        return a
    if _empty(a):
        return b
    items = dict.fromkeys([*str(a).split("; "), *str(b).split("; ")])
    return "; ".join(items)


def _empty(value: Any) -> bool:
    return value is None or value != value or value == ""
