"""What a text is about: a document-level ranking of its topics, with the evidence for each.

Raw counts (:func:`helpers.topics.topic_counts`) let a set phrase repeated in a briefing outweigh the
headline. ``topic_ranking(article)`` weighs each subject mention by where it stands instead, and is the
project's answer to "what is the top topic" (``rank == 1``; the pipeline's ``top_topic``).

A mention's points are the product of named factors, each a constant below with its reason:

- its position: :data:`HEADLINE_WEIGHT` in the headline, :data:`LEAD_WEIGHT` in the standfirst or the first
  body paragraph, :data:`BODY_WEIGHT` elsewhere;
- :data:`SUBJECT_FACTOR` when it stands in subject position (among the first :data:`SUBJECT_WORDS` words of
  its sentence with no preposition before it: "Ukraine rejected ..." but not "... talks on Ukraine");
- :data:`LIST_FACTOR` when it is one item of a list of :data:`LIST_MIN_ITEMS` or more topic mentions joined
  by commas or "and"/"or" ("Iran, Libya, Syria and Afghanistan");
- ``1 / k`` for the k-th mention of the same wording: repeating a phrase adds less each time.

Actor mentions ("Beijing said") score 0 unless ``count_actors=True`` (then as body mentions); excluded
mentions (captions, titles, ...) are not in the mentions at all. The rules are in :data:`RANKING_RULES`.

Table (``topic_ranking``), one row per topic with a subject or actor mention, best first:
    rank (1 = what the text is about), topic, label, score (sum of points, 3 decimals), count (subject
    mentions), actors (actor mentions), headline, lead, body (points from each position), subject (mentions in
    subject position), listed (mentions inside lists), repeats (mentions of a wording already seen),
    evidence (the best mention: its position and words, e.g. ``headline: "talks"``), start, end (offsets
    of that mention: ``article.text[start:end]``). Ties: more subject mentions, then the earlier start.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .lexicons.topic_context import load_topic_context
from .lexicons.topic_dictionary import WORD_RE
from .tables import column_list, empty_frame, from_arrays, str_array_maker
from .topics import ACTOR, SUBJECT, load_dictionary, topic_mentions

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .article import Article

RANKING_COLUMNS = [
    "rank", "topic", "label", "score", "count", "actors", "headline", "lead", "body", "subject", "listed",
    "repeats", "evidence", "start", "end",
]
#: The headline names what the text is about: its mentions weigh three body mentions.
HEADLINE_WEIGHT = 3.0
#: The standfirst and the first body paragraph (the lead) summarise the story: two body mentions.
LEAD_WEIGHT = 2.0
#: Any other sentence.
BODY_WEIGHT = 1.0
#: The subject of a sentence is what it is about: half as much again.
SUBJECT_FACTOR = 1.5
#: How many words may stand before a mention in subject position ("The Ukrainian side said": 2).
SUBJECT_WORDS = 3
#: A mention further than this many characters into its sentence is not in subject position (three words
#: and their spaces: a shortcut that spares counting words deep in long sentences).
SUBJECT_CHARS = 60
#: Words that put a following mention out of subject position ("talks ON Ukraine"): the prepositions of
#: ``lexicons/topic_context.yaml`` (``ranking.prepositions``).
PREPOSITIONS = load_topic_context().prepositions
#: An item of a list ("guarantor states Turkey, Iran and Russia") says little about the text: half.
LIST_FACTOR = 0.5
#: A list has at least this many items.
LIST_MIN_ITEMS = 3
#: What joins two items of a list, after the blanks that open the gap (stripped before it is matched): a
#: comma or semicolon and/or "and"/"or", and an optional article. No leading blanks in the pattern and
#: possessive runs, so a search over a run of blanks stays linear.
LIST_JOIN_RE = re.compile(r"(?:[,;]\s*+(?:(?:and|or)\s++)?|(?:and|or)\s++)(?:the\s++)?", re.IGNORECASE)


@dataclass
class Placed:
    """One mention with what the ranking reads about it."""

    topic: str
    role: str
    start: int
    end: int
    text: str
    position: str  # headline, lead or body
    subject: bool = False
    listed: bool = False
    repeat: int = 1  # the k-th mention of this wording
    points: float = 0.0


def position_of(kind: str, paragraph_id: int, lead_paragraph: int | None) -> str:
    """Rule: where a mention stands. "headline" in the headline; "lead" in the standfirst or the first body
    paragraph ("Putin and Biden will hold talks on Tuesday..."); "body" anywhere else."""
    if kind == "headline":
        return "headline"
    if kind == "standfirst" or paragraph_id == lead_paragraph:
        return "lead"
    return "body"


def in_subject_position(text: str, sentence_start: int, start: int) -> bool:
    """Rule: a mention among the first :data:`SUBJECT_WORDS` words of its sentence with no preposition
    before it is the sentence's subject: "Ukraine rejected the plan" yes, "talks on Ukraine" no."""
    if start - sentence_start > SUBJECT_CHARS:
        return False
    before = [w.lower() for w in WORD_RE.findall(text, sentence_start, start)]
    return len(before) <= SUBJECT_WORDS and not PREPOSITIONS.intersection(before)


def mark_lists(text: str, placed: list[Placed], sentence_of: list[int]) -> None:
    """Rule: mentions joined by commas or "and"/"or" in chains of :data:`LIST_MIN_ITEMS` or more are list
    items: in "the oil market, the coronavirus pandemic, and climate change" all three are."""
    order = sorted(range(len(placed)), key=lambda i: placed[i].start)
    chain: list[int] = []
    for i in order:
        if chain:
            j = chain[-1]
            joined = (sentence_of[i] == sentence_of[j] and placed[i].start >= placed[j].end
                      and LIST_JOIN_RE.fullmatch(text[placed[j].end:placed[i].start].lstrip()) is not None)
            if not joined:
                _close(chain, placed)
                chain = []
        chain.append(i)
    _close(chain, placed)


def _close(chain: list[int], placed: list[Placed]) -> None:
    if len({placed[i].start for i in chain}) >= LIST_MIN_ITEMS:
        for i in chain:
            placed[i].listed = True


def points_of(m: Placed, count_actors: bool) -> float:
    """Rule: a mention's points: position weight x subject factor x list factor / repeat. An actor scores 0
    ("Beijing said": the speaker, not the subject) unless actors count."""
    if m.role == ACTOR and not count_actors:
        return 0.0
    weight = {"headline": HEADLINE_WEIGHT, "lead": LEAD_WEIGHT}.get(m.position, BODY_WEIGHT)
    if m.subject and m.role == SUBJECT:
        weight *= SUBJECT_FACTOR
    if m.listed:
        weight *= LIST_FACTOR
    return weight / m.repeat


#: The ranking's decisions, in the order they apply.
RANKING_RULES = (position_of, in_subject_position, mark_lists, points_of)


def _placed(art: Article, mentions: pd.DataFrame) -> list[Placed]:
    """The mentions with their position, subject position, list membership and repeat number."""
    sents = art.sentences
    kind_of = dict(zip(column_list(sents, "sentence_id"), column_list(sents, "kind"), strict=True))
    start_of = dict(zip(column_list(sents, "sentence_id"), column_list(sents, "start"), strict=True))
    paras = art.paragraphs
    body = [p for p, k in zip(column_list(paras, "paragraph_id"), column_list(paras, "kind"), strict=True)
            if k == "body"]
    lead = body[0] if body else None
    text = art.text
    placed, sentence_of = [], []
    seen: Counter = Counter()
    roles = column_list(mentions, "role") if "role" in mentions.columns else [SUBJECT] * len(mentions)
    for role, topic, s, e, words, sid, pid in zip(
            roles, *(column_list(mentions, c) for c in ("topic", "start", "end", "text", "sentence_id",
                                                  "paragraph_id")), strict=True):
        if role not in (SUBJECT, ACTOR):  # an excluded mention (keep_excluded=True) is no evidence
            continue
        m = Placed(topic, role, int(s), int(e), words, position_of(kind_of.get(sid, "body"), pid, lead))
        m.subject = in_subject_position(text, int(start_of.get(sid, s)), int(s))
        key = (topic, " ".join(words.lower().split()))
        seen[key] += 1
        m.repeat = seen[key]
        placed.append(m)
        sentence_of.append(sid)
    mark_lists(text, placed, sentence_of)
    return placed


def topic_ranking(article: Any, dictionary: Any = None, statements: Any = None,
                  mentions: pd.DataFrame | None = None, count_actors: bool = False) -> pd.DataFrame:
    """The topics of ``article`` ranked by what the text is about (columns: the module docstring).

    ``mentions``: a :func:`helpers.topics.topic_mentions` table to reuse (else computed, with
    ``statements`` as there). ``count_actors=True`` scores actor mentions as body mentions.
    """
    from .article import Article, load_article

    art = article if isinstance(article, Article) else load_article(article)
    dic = dictionary if hasattr(dictionary, "topics") else load_dictionary(dictionary)
    if mentions is None:
        mentions = topic_mentions(art, dic, statements=statements)
    rows: dict[str, dict] = {}
    for m in _placed(art, mentions):
        m.points = points_of(m, count_actors)
        add_to_sums(rows, m)
    return ranking_table(rows, dic.labels)


def add_to_sums(rows: dict[str, dict], m: Placed) -> None:
    """Add one scored mention (``m.points`` set) to its topic's sums in ``rows``: the score and its part
    from the headline, lead or body, the subject and actor counts, lists, repeats, and the best evidence.
    Shared by the whole-text ranking and :class:`helpers.long_text.LongText`, which adds part by part."""
    r = rows.setdefault(m.topic, {"score": 0.0, "count": 0, "actors": 0, "headline": 0.0, "lead": 0.0,
                                  "body": 0.0, "subject": 0, "listed": 0, "repeats": 0, "best": None})
    r["score"] += m.points
    r[m.position] += m.points
    r["count" if m.role == SUBJECT else "actors"] += 1
    r["subject"] += m.subject and m.role == SUBJECT
    r["listed"] += m.listed
    r["repeats"] += m.repeat > 1
    if r["best"] is None or m.points > r["best"].points:
        r["best"] = m


#: The integer and float columns of the ranking table.
RANKING_INTS = ("rank", "count", "actors", "subject", "listed", "repeats", "start", "end")
RANKING_FLOATS = ("score", "headline", "lead", "body")


def ranking_table(rows: dict[str, dict], labels: dict[str, str]) -> pd.DataFrame:
    """The ranking table from the per-topic sums: best score first (ties: more subject mentions, then the
    earlier evidence)."""
    import numpy as np

    out = []
    for topic, r in rows.items():
        b = r["best"]
        out.append([0, topic, labels.get(topic, topic), round(r["score"], 3), r["count"], r["actors"],
                    round(r["headline"], 3), round(r["lead"], 3), round(r["body"], 3), r["subject"],
                    r["listed"], r["repeats"], f'{b.position}: "{b.text}"', b.start, b.end])
    out.sort(key=lambda row: (-row[3], -row[9], row[13]))
    for i, row in enumerate(out, 1):
        row[0] = i
    if not out:
        return empty_frame(RANKING_COLUMNS, {**dict.fromkeys(RANKING_INTS, "int64"),
                                             **dict.fromkeys(RANKING_FLOATS, "float64")})
    cols = list(zip(*out, strict=True))
    make = str_array_maker()
    arrays = [np.asarray(c, dtype=np.int64) if name in RANKING_INTS
              else np.asarray(c, dtype=np.float64) if name in RANKING_FLOATS
              else (make(list(c)) if make is not None else np.asarray(c, dtype=object))
              for name, c in zip(RANKING_COLUMNS, cols, strict=True)]
    return from_arrays(RANKING_COLUMNS, arrays)


def top_topic(ranking: pd.DataFrame) -> str | None:
    """The topic of rank 1 with a positive score (None when the text has none)."""
    if not len(ranking):
        return None
    first = ranking.iloc[0]
    return str(first["topic"]) if first["score"] > 0 else None
