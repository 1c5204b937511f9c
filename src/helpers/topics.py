"""Topic frequency: a diplomatic topic dictionary, traceable mentions, counts, missed terms and keyness.

The dictionary is a YAML file (``helpers/lexicons/topics.yaml``; the format is documented at its top),
read and checked by :mod:`helpers.lexicons.topic_dictionary` (``load_dictionary``, ``parse_dictionary``,
``TopicDictionary``; re-exported here): a malformed file, an unknown key, a topic without terms or a bad
pattern raises :class:`helpers.errors.InputError` naming the file and the topic.

How matching works
------------------
The text is cut into *words*: runs of letters and digits, joined inside a word by an apostrophe or a full
stop (``don't``, ``U.S.``); a possessive ``'s`` (or a final ``'``) is dropped from the word. Hyphens and
slashes separate words, so the token ``Russian-Ukrainian`` holds the words ``Russian`` and ``Ukrainian``
and ``Putin-Biden`` holds ``Putin`` and ``Biden``; a mention's offsets point at the word itself inside the
token. Each word is assigned to the token of ``Article.tokens`` that holds it, and through it to a
sentence, paragraph and section. A term of several words matches consecutive words of one sentence
separated only by spaces, one hyphen or a possessive ``'s``. Words of a term compare case-insensitively
(unless the term is marked ``case_sensitive``), as a prefix (``cyber*``), or by Snowball English stem
(``sanction~``). Within a topic, candidates that overlap an exclusion of that topic are dropped, then
the longest match wins and a stretch of text counts once (ties: earlier start, then dictionary order).
Topics are independent: the same words can count for two topics. Sentences of kind ``dateline`` are not
searched (a signature, not content) and their words are not counted in the rates. Then the context rules
(:mod:`helpers.topic_context`, data in ``lexicons/topic_context.yaml``) give each match a role: subject,
actor or excluded. The package's dictionary includes the places of ``lexicons/gazetteer.txt``.

Each of these decisions is one named rule with its reason and an example, listed in the order they apply
in :data:`MATCHING_RULES` (``for rule in MATCHING_RULES: print(rule.__name__, rule.__doc__)``); the
constants they read are :data:`SKIP_KINDS`, :data:`PHRASE_GAP_RE` and, in the dictionary module,
``WORD_RE`` and ``APOSTROPHES``.

Tables
------
``topic_mentions(article)`` — one row per mention:
    topic (dictionary key), term (the dictionary term that matched, as written), start, end, text
    (``article.text[start:end]``), sentence_id, paragraph_id, section_id, section (heading text, "" for
    the lead), statement_id and speaker (of the innermost statement whose content span holds the mention,
    from :func:`helpers.attribution.statements.statements`; None outside statements or when attribution is
    off), role ("subject": counts; "actor": a place naming a government that speaks, "Beijing said";
    "listed": one item of an enumeration of topics, "trade, energy, food security and cybersecurity";
    "passing": a topic named once outside the headline and the lead; "excluded", only with
    ``keep_excluded=True``: a context rule says the words are no topic) and rule (the rule of
    :data:`helpers.topic_context.CONTEXT_RULES` or ``SALIENCE_RULES`` that decided the role, "" for a
    subject no rule touched). Listed and passing mentions are the topic's words, named but not discussed:
    kept as evidence, not counted.

``topic_counts(article, by=None | "section" | "paragraph" | "speaker")`` — one row per topic (per group):
    [section_id, section | paragraph_id, section_id, section | speaker], topic, label, count (subject
    mentions), raw (count plus the listed and passing mentions: every match no context rule excluded,
    actors aside), words (word tokens in the group), per_1000_words (count / words × 1000), share
    (count / all topic mentions in the group), paragraphs (distinct paragraphs of the group with a
    mention of the topic), actors (actor mentions of the topic in the group; not in ``count`` unless
    ``count_actors=True``). Every topic of the dictionary has a row in every group (zeros included);
    ungrouped rows are sorted by count (descending) then dictionary order, grouped rows by group then
    dictionary order. With ``by="speaker"`` the words and mentions outside every statement belong to the
    row :data:`NARRATOR`.

``missed_terms(article)`` — what the dictionary does not cover:
    term (the commonest form), forms (every lower-case form, "|"-joined), kind ("word" or "bigram"),
    count (occurrences not inside any topic mention), covered (occurrences that are), paragraphs, proper
    (True when most occurrences are capitalised away from the start of a sentence: a name), start, end,
    text (the first uncovered occurrence). Words are content words (not stop words, at least three
    letters) grouped by stem; bigrams are two adjacent content words of one sentence, neither covered.

``keyness(article, reference)`` — words over- or under-used against a reference corpus:
    term, count, reference_count, per_1000, reference_per_1000, g2 (Dunning's log-likelihood), p_value
    (chi-squared, one degree of freedom), log_ratio (Hardie's binary log of the ratio of relative
    frequencies; a zero count is taken as 0.5), direction ("over" / "under"), topics (dictionary topics
    whose mentions in the article include the word, ","-joined; "" when none).

``TopicDictionary.table()`` — one row per term: topic, label, kind ("term" / "exclude"), term,
    case_sensitive. ``TopicDictionary.summary()`` — one row per topic: topic, label, terms, exclusions,
    description.

``topic_counts`` runs as named steps: :func:`count_groups` (the groups and their words),
:func:`tally_mentions` (mentions per group and topic), :func:`count_rows` (every topic in every group),
:func:`counts_table`.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .lexicons.gazetteer import load_gazetteer
from .lexicons.generic_words import load_generic_words
from .lexicons.titles import load_titles
from .lexicons.topic_context import TopicContext, load_topic_context
from .lexicons.topic_dictionary import (
    APOSTROPHES,
    DICTIONARY_COLUMNS,
    WORD_RE,
    Piece,
    Term,
    Topic,
    TopicDictionary,
    load_dictionary,
    normalise,
    package_dictionary_path,
    parse_dictionary,
    stem,
)
from .lexicons.verbs import load_verbs
from .tables import column as _column
from .tables import column_numpy as _numpy
from .tables import empty_frame, frame, from_arrays, str_array_maker
from .topic_context import (
    ACTOR,
    EXCLUDED,
    LEAD_SENTENCES,
    NAMED_ONLY,
    SUBJECT,
    ContextView,
    Mention,
    caption_paragraphs,
    decide,
    group_hits,
    lead_paragraph,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .article import Article

__all__ = [  # the dictionary lives in helpers.lexicons.topic_dictionary; its names are re-exported here
    "CONTENT_WORD_PATTERN",
    "COUNT_COLUMNS",
    "DICTIONARY_COLUMNS",
    "GROUP_COLUMNS",
    "KEYNESS_COLUMNS",
    "MATCHING_RULES",
    "MENTION_COLUMNS",
    "MISSED_COLUMNS",
    "NARRATOR",
    "PHRASE_GAP_RE",
    "SKIP_KINDS",
    "STEM_KEEPS_LETTERS",
    "CountGroups",
    "Matcher",
    "Piece",
    "SearchableTokens",
    "Tally",
    "Term",
    "Topic",
    "TopicDictionary",
    "Words",
    "article_words",
    "count_groups",
    "count_rows",
    "counts_table",
    "keyness",
    "load_dictionary",
    "matcher_of",
    "missed_terms",
    "package_dictionary_path",
    "parse_dictionary",
    "searchable_tokens",
    "select_mentions",
    "skipped_sentences",
    "tally_lists",
    "tally_mentions",
    "topic_counts",
    "topic_mentions",
]

#: Speaker name given to words and mentions outside every statement in ``topic_counts(by="speaker")``.
NARRATOR = "(narrator)"

#: Words ``missed_terms`` leaves out by default: function words the project's stop list keeps on purpose
#: (negation, modality, direction), number words, and the reporting frame of news ("said", "according").
#: Read from ``lexicons/generic_words.txt`` (:func:`helpers.lexicons.generic_words.load_generic_words`).
GENERIC_WORDS = load_generic_words()

#: Sentence kinds whose words are neither searched nor counted in the rates: the dateline
#: ("KYIV, March 3 (Reuters) -") is a signature, not content (see :func:`skipped_sentences`).
SKIP_KINDS = ("dateline",)
#: Snowball never changes a word's first two letters, so a word is stemmed only when its first this many
#: letters begin some stem piece of the dictionary (the same matches, far fewer calls to the stemmer).
STEM_KEEPS_LETTERS = 2

MENTION_COLUMNS = [
    "topic", "term", "start", "end", "text", "sentence_id", "paragraph_id", "section_id", "section",
    "statement_id", "speaker", "role", "rule",
]
#: The integer columns of the mentions table (int64 also when it has no rows).
MENTION_INTS = ("start", "end", "sentence_id", "paragraph_id", "section_id")
COUNT_COLUMNS = ["topic", "label", "count", "raw", "words", "per_1000_words", "share", "paragraphs", "actors"]
GROUP_COLUMNS = {
    None: [],
    "section": ["section_id", "section"],
    "paragraph": ["paragraph_id", "section_id", "section"],
    "speaker": ["speaker"],
}
MISSED_COLUMNS = [
    "term", "forms", "kind", "count", "covered", "paragraphs", "proper", "start", "end", "text",
]
KEYNESS_COLUMNS = [
    "term", "count", "reference_count", "per_1000", "reference_per_1000", "g2", "p_value", "log_ratio",
    "direction", "topics",
]

# The same words for re.split (kept as pieces); possessive quantifiers, as nothing can be given back. In a
# text without "_", \w is the same class as [^\W_] and quicker to test.
_WORD_SPLIT_RE = re.compile(r"([^\W_]++(?:['’ʼ.][^\W_]++)*+)")
_WORD_SPLIT_NO_UNDERSCORE_RE = re.compile(r"(\w++(?:['’ʼ.]\w++)*+)")
# A character that joins two runs of letters or digits into one word (when one stands on each side).
_JOIN_RE = re.compile(r"['’ʼ.](?=[^\W_])")
#: What may stand between two words of one term in the text: spaces (optionally after a possessive 's), or
#: one hyphen. So "arms control" matches "arms-control" and "Iran nuclear" matches "Iran's nuclear", but
#: not across a comma, a full stop or a line break ("Iran. Nuclear talks" is no "Iran nuclear").
PHRASE_GAP_RE = re.compile(r"(?:['’ʼ]s?)?[ \t\u00a0]+|['’ʼ]?[-‐‑‒–]")


# --------------------------------------------------------------------------------------------------
# Words


@dataclass
class Words:
    """The words of an article, in order, with what matching needs.

    ``cased`` is a list (every word is looked at); the offsets, sentences and token rows are numpy int64
    arrays, since matching reads them only around the words that start a term.
    """

    text: str
    start: Any  # numpy int64 arrays, one entry per word
    end: Any
    cased: list[str]  # as written, apostrophes straightened, possessive dropped (lower() when compared)
    sentence: Any
    token_row: Any  # row in the searchable tokens (:class:`SearchableTokens`)

    def joined(self, j: int) -> bool:
        """Rule: whether word ``j`` continues the phrase of word ``j - 1``.

        It does when both are in one sentence with only a :data:`PHRASE_GAP_RE` between them: "arms
        control", "arms-control" and "Iran's nuclear" are phrases; "Iran. Nuclear" is not.
        """
        sentence, start, end = self.as_lists
        return (
            j > 0
            and sentence[j] == sentence[j - 1]
            and PHRASE_GAP_RE.fullmatch(self.text, end[j - 1], start[j]) is not None
        )

    @functools.cached_property
    def as_lists(self) -> tuple[list[int], list[int], list[int]]:
        """``sentence``, ``start`` and ``end`` as lists, made on the first :meth:`joined` (once the words
        are final): a list reads one element several times faster than a numpy array does."""
        return self.sentence.tolist(), self.start.tolist(), self.end.tolist()


@dataclass
class SearchableTokens:
    """The searchable tokens of an article (:func:`searchable_tokens`) as arrays, sorted by start.

    Built again by each call that needs it (the mentions and each count table): about 0.1 ms a text, not
    worth a cache keyed by the article.
    """

    text: str
    start: Any  # numpy int64 arrays, one entry per searchable token
    end: Any
    sentence: Any
    paragraph: Any
    section_id: Any
    section: Any  # numpy object array of section headings
    is_word: Any  # numpy bool array
    _words_by: dict[str, dict] = field(default_factory=dict)

    @functools.cached_property
    def word_start(self):
        return self.start[self.is_word]

    @functools.cached_property
    def word_end(self):
        return self.end[self.is_word]

    @functools.cached_property
    def n_words(self) -> int:
        return int(self.is_word.sum())

    def words_by(self, key: str) -> dict[int, int]:
        """Word tokens per ``key`` ("section_id" or "paragraph_id")."""
        if key not in self._words_by:
            ids = (self.section_id if key == "section_id" else self.paragraph)[self.is_word]
            self._words_by[key] = dict(Counter(ids.tolist()))
        return self._words_by[key]


def _searchable(article: Article) -> SearchableTokens:
    """The arrays of :func:`searchable_tokens` for ``article``."""
    import numpy as np

    tokens = article.tokens
    cols = {c: _numpy(tokens, c) for c in ("start", "end", "sentence_id", "paragraph_id", "section_id")}
    section = _numpy(tokens, "section", dtype=object)
    is_word = _numpy(tokens, "is_word").astype(bool)
    keep = None
    skip = skipped_sentences(article) if len(tokens) else []
    if skip:
        keep = ~np.isin(cols["sentence_id"], skip)
    start = cols["start"]
    if len(start) > 1 and not (start[1:] >= start[:-1]).all():  # as sort_values("start", kind="stable")
        order = np.argsort(start, kind="stable")
        cols = {c: v[order] for c, v in cols.items()}
        section, is_word = section[order], is_word[order]
        keep = None if keep is None else keep[order]
    if keep is not None:
        cols = {c: v[keep] for c, v in cols.items()}
        section, is_word = section[keep], is_word[keep]
    return SearchableTokens(article.text, *(v.astype(np.int64, copy=False) for v in cols.values()),
                            section, is_word)


def article_words(article: Article) -> tuple[Words, SearchableTokens]:
    """Rule: words are matched, never substrings. Cut the searchable text into words, tie each to its token.

    A word is a run of letters and digits joined inside by an apostrophe or a full stop
    (:data:`helpers.lexicons.topic_dictionary.WORD_RE`): "war" is never found in "award". Hyphens and
    slashes separate words, so a hyphenated token counts as its parts: "Russian-Ukrainian" holds
    "Ukrainian", and the mention's offsets point at that word inside the token. A possessive "'s" is
    dropped ("NATO's" is "NATO"), and an abbreviation keeps its last full stop ("U.S."). Words of
    skipped sentences (:func:`skipped_sentences`) are left out.

    One ``re.split`` pass gives the words and, by the lengths of the pieces, their offsets; a word is
    kept when it starts inside a searchable token.
    """
    import numpy as np

    toks = _searchable(article)
    text = article.text
    none = np.zeros(0, dtype=np.int64)
    w = Words(text, none, none, [], none, none)
    if len(toks.start) == 0:
        return w, toks
    split = _WORD_SPLIT_RE.split if "_" in text else _WORD_SPLIT_NO_UNDERSCORE_RE.split
    parts = split(text)  # gap, word, gap, word, ..., gap
    found = parts[1::2]
    if not found:
        return w, toks
    ends = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    w_start = ends[0:-1:2]  # a word starts where the gap before it ends
    w_end = ends[1::2]
    all_starts = w_start
    rows = np.searchsorted(toks.start, w_start, side="right") - 1
    inside = (rows >= 0) & (w_start < toks.end[np.maximum(rows, 0)])  # words outside tokens: skipped parts
    kept = None
    if not inside.all():
        kept = inside
        found = list(itertools.compress(found, inside.tolist()))
        w_start, w_end, rows = w_start[inside], w_end[inside], rows[inside]
    w.start, w.end, w.cased = w_start, w_end.copy(), found
    w.sentence = toks.sentence[rows]
    w.token_row = rows
    n_text = len(text)
    # Words with an apostrophe or a dot inside (straight apostrophes, no possessive, an abbreviation's
    # dot): the words holding a joining character between two letters or digits.
    joins = [m.start() for m in _JOIN_RE.finditer(text) if m.start() and text[m.start() - 1].isalnum()]
    joined_words = np.unique(np.searchsorted(all_starts, joins, side="right") - 1)
    if kept is not None:  # their numbers among the kept words
        joined_words = (np.cumsum(kept) - 1)[joined_words[kept[joined_words]]]
    for k in joined_words.tolist():
        core = found[k].translate(APOSTROPHES)
        e = int(w.end[k])
        if len(core) > 2 and core[-2:] in ("'s", "'S"):
            w.end[k] = e - 2
            core = core[:-2]
        elif "." in core and e < n_text and text[e] == ".":
            w.end[k] = e + 1  # abbreviation: U.S.
            core += "."
        found[k] = core
    return w, toks


def searchable_tokens(article: Article) -> pd.DataFrame:
    """The tokens outside skipped sentences (:func:`skipped_sentences`), sorted by start."""
    tokens = article.tokens
    skip = skipped_sentences(article) if len(tokens) else []
    if skip:
        tokens = tokens[~tokens["sentence_id"].isin(skip)]
    return tokens.sort_values("start", kind="stable").reset_index(drop=True)


def skipped_sentences(article: Article) -> list[int]:
    """Rule: the dateline is not searched. The ids of the sentences whose kind is in :data:`SKIP_KINDS`.

    In "KYIV, March 3 (Reuters) - Ukraine said ..." the words "KYIV" and "Reuters" are the story's
    signature, not its subject: they count for no topic and are not among the words of the rates.
    """
    sentences = article.sentences
    if "kind" not in sentences.columns:
        return []
    ids, kinds = _column(sentences, "sentence_id").tolist(), _column(sentences, "kind").tolist()
    return [sid for sid, kind in zip(ids, kinds, strict=True) if kind in SKIP_KINDS]


# --------------------------------------------------------------------------------------------------
# Matching


class _Plan:
    """The terms one head word starts, grouped for matching.

    ``single``: one-word terms (matched by the head alone); ``by_second`` / ``by_second_cased``: longer
    terms whose second word is a plain word, keyed by it (lower-case / as written); ``other``: the rest
    (a second word that is a prefix, a stem or ``*``). Entries are (topic index, term index, is_exclusion,
    term).
    """

    __slots__ = ("by_second", "by_second_cased", "longer", "other", "single")

    def __init__(self, entries: Iterable[tuple]) -> None:
        self.single: list[tuple] = []
        self.by_second: dict[str, list[tuple]] = defaultdict(list)
        self.by_second_cased: dict[str, list[tuple]] = defaultdict(list)
        self.other: list[tuple] = []
        for entry in entries:
            term = entry[3]
            if len(term.pieces) == 1:
                self.single.append(entry)
            elif term.pieces[1].kind != "exact":
                self.other.append(entry)
            else:
                by = self.by_second_cased if term.case_sensitive else self.by_second
                by[term.pieces[1].value].append(entry)
        self.longer = bool(self.by_second or self.by_second_cased or self.other)


def matcher_of(dictionary: TopicDictionary) -> Matcher:
    """The matcher of ``dictionary``, built on first use and kept in ``dictionary.cache``.

    Kept because the matcher also remembers, across texts, which terms each word can start.
    """
    matcher = dictionary.cache.get("matcher")
    if matcher is None:
        matcher = dictionary.cache["matcher"] = Matcher(dictionary)
    return matcher


class Matcher:
    """Indexes of the first word of every term and exclusion, for one pass over the words."""

    def __init__(self, dictionary: TopicDictionary) -> None:
        self.topic_keys = list(dictionary.topics)
        # entries: (topic index, term index, is_exclusion, term)
        self.exact: dict[str, list] = defaultdict(list)
        self.cased: dict[str, list] = defaultdict(list)  # first word compared with its case
        self.stem: dict[str, list] = defaultdict(list)
        self.prefix: dict[str, list] = defaultdict(list)
        self.prefix_lengths: list[int] = []
        for ti, topic in enumerate(dictionary.topics.values()):
            for excl, terms in ((False, topic.terms), (True, topic.exclude)):
                for xi, term in enumerate(terms):
                    first = term.pieces[0]
                    entry = (ti, xi, excl, term)
                    if first.kind == "exact":
                        (self.cased if term.case_sensitive else self.exact)[first.value].append(entry)
                    elif first.kind == "stem":
                        self.stem[first.value].append(entry)
                    else:
                        self.prefix[first.value].append(entry)
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        self.stem_heads = {p.value[:STEM_KEEPS_LETTERS] for t in dictionary for term in (*t.terms, *t.exclude)
                           for p in term.pieces if p.kind == "stem"}
        self._plans: dict[str, _Plan | bool] = {}  # word as written -> the terms it starts (False: none)

    def _entries(self, low: str) -> list:
        """Terms whose first word can be ``low`` (case-insensitive kinds)."""
        hit = list(self.exact.get(low, ()))
        if self.stem and low[:STEM_KEEPS_LETTERS] in self.stem_heads:
            hit += self.stem.get(stem(low), ())
        for length in self.prefix_lengths:
            if length > len(low):
                break
            hit += self.prefix.get(low[:length], ())
        return hit

    def _plans_of(self, cased: list[str]) -> list[_Plan | bool]:
        """The plan of each word (as written), False for a word that starts no term.

        Plans are cached across articles (up to 500,000 words): a word seen before costs a dict look-up,
        done for all words at once by ``map``.
        """
        plans = list(map(self._plans.get, cased))  # None: not seen before
        if None in plans:
            new: dict[str, _Plan | bool] = {}
            for i in [i for i, p in enumerate(plans) if p is None]:
                c = cased[i]
                if c not in new:
                    entries = self._entries(c.lower()) + self.cased.get(c, [])
                    new[c] = _Plan(entries) if entries else False
                plans[i] = new[c]
            if len(self._plans) < 500_000:
                self._plans.update(new)
        return plans

    def candidates(self, words: Words) -> list[tuple[int, int, bool, Term, int, int]]:
        """(topic index, term index, is_exclusion, term, first word, last word) of every match.

        Only words that can start a term are visited, and a longer term is only tried when its second
        word follows.
        """
        cased = words.cased
        plans = self._plans_of(cased)
        stems: dict[int, str] = {}  # word index -> its stem, filled as stem pieces are compared
        n = len(cased)
        extend, matches = self._extend, self.piece_matches
        found: list[tuple[int, int, bool, Term, int, int]] = []
        for i in itertools.compress(range(n), plans):  # the words that start a term
            plan = plans[i]
            if plan.single:
                found += [(ti, xi, excl, term, i, i) for ti, xi, excl, term in plan.single]
            j = i + 1
            if not plan.longer or j >= n:
                continue
            second = cased[j]
            tries = plan.by_second.get(second.lower(), ())
            if plan.by_second_cased:
                tries = [*tries, *plan.by_second_cased.get(second, ())]
            if not (tries or plan.other) or not words.joined(j):
                continue
            for ti, xi, excl, term in tries:
                last = extend(words, stems, j, term, 2)
                if last is not None:
                    found.append((ti, xi, excl, term, i, last))
            for ti, xi, excl, term in plan.other:
                if matches(term.pieces[1], words, stems, j, term.case_sensitive):
                    last = extend(words, stems, j, term, 2)
                    if last is not None:
                        found.append((ti, xi, excl, term, i, last))
        return found

    def _extend(self, words: Words, stems: dict[int, str], j: int, term: Term, k: int) -> int | None:
        """The last word of ``term`` when its pieces from ``k`` on match the words after ``j`` (else None)."""
        n = len(words.cased)
        for piece in term.pieces[k:]:
            j += 1
            if j >= n or not words.joined(j):
                return None
            if not self.piece_matches(piece, words, stems, j, term.case_sensitive):
                return None
        return j

    def piece_matches(self, piece: Piece, words: Words, stems: dict[int, str], j: int,
                      case_sensitive: bool) -> bool:
        """Rule: how one word of a term compares with word ``j`` of the text (case and stemming).

        - a plain word compares case-insensitively: ``ukraine`` matches "Ukraine" and "UKRAINE"; in a
          term marked ``case_sensitive`` it compares as written: ``SWIFT`` does not match "swift";
        - ``word*`` matches the words that start with it: ``cyber*`` matches "cyberspace" (never inside
          a word: not "hypercyber");
        - ``word~`` matches the words with the same Snowball English stem: ``sanction~`` matches
          "sanctions" and "sanctioned" (stems are lower-case; a stem piece is never case-sensitive);
        - ``*`` matches any one word: ``climate of *`` matches "climate of trust".

        The text's words are already normalised (apostrophes straightened, possessive dropped, see
        :func:`article_words`). ``stems`` keeps the stems of the words compared so far.
        """
        word = words.cased[j]
        if piece.kind == "any":
            return True
        if piece.kind == "exact":
            return (word if case_sensitive else word.lower()) == piece.value
        if piece.kind == "prefix":
            return (word if case_sensitive else word.lower()).startswith(piece.value)
        word_stem = stems.get(j)
        if word_stem is None:
            low = word.lower()  # stemmed only when it could match (STEM_KEEPS_LETTERS)
            word_stem = stems[j] = stem(low) if low[:STEM_KEEPS_LETTERS] in self.stem_heads else ""
        return word_stem == piece.value


def select_mentions(matcher: Matcher, words: Words) -> list[tuple[int, int, Term, int, int]]:
    """Rule: which candidate matches become mentions, topic by topic.

    1. Exclusions veto: a candidate that shares a word with an exclusion of its topic is dropped
       (the climate topic's exclusion "political climate" keeps "the political climate" from counting
       as "climate").
    2. The longest match wins, and a stretch of text counts once per topic: of "NATO's eastward
       expansion", the term "nato eastward expansion" gives one mention, not also "nato".
    3. Ties: the earlier start, then the term written first in the dictionary.
    4. Topics are independent: the same words may count for two topics ("Iran's nuclear programme" is
       both Iran and non-proliferation).

    Returns (topic index, term index, term, first word, last word) of each mention.
    """
    by_topic: dict[int, list] = defaultdict(list)
    blocked: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for ti, xi, excl, term, first, last in matcher.candidates(words):
        if excl:
            blocked[ti].append((first, last))
        else:
            by_topic[ti].append((first - last, first, xi, last, term))  # sorts longest, earliest, in order
    chosen: list[tuple[int, int, Term, int, int]] = []
    for ti, cands in by_topic.items():
        # words under an exclusion or already in a mention of this topic
        used = {k for a, b in blocked.get(ti, ()) for k in range(a, b + 1)}
        cands.sort()  # (first - last, first, xi) differ for every candidate of a topic
        for _len, first, xi, last, term in cands:
            if first == last:
                if first in used:
                    continue
                used.add(first)
            else:
                span = range(first, last + 1)
                if not used.isdisjoint(span):
                    continue
                used.update(span)
            chosen.append((ti, xi, term, first, last))
    return chosen




# --------------------------------------------------------------------------------------------------
# Public verbs


def _as_article(article: Any) -> Article:
    from .article import Article, load_article

    return article if isinstance(article, Article) else load_article(article)


def _as_dictionary(dictionary: Any) -> TopicDictionary:
    if dictionary is None:
        return load_dictionary()
    if isinstance(dictionary, TopicDictionary):
        return dictionary
    if isinstance(dictionary, (str, Path)):
        return load_dictionary(dictionary)
    if isinstance(dictionary, Mapping):
        return parse_dictionary(dictionary)
    raise InputError(f"not a topic dictionary: {type(dictionary).__name__}",
                     hint="pass a path, a mapping, or load_dictionary()'s result")


def _resolve_statements(article: Article, statements: Any) -> pd.DataFrame | None:
    """The statements table: given, computed by the attribution stage (None=auto), or off (False)."""
    if statements is False:
        return None
    if statements is None:
        try:
            from .attribution.statements import statements as compute
        except ImportError:
            return None
        statements = compute(article)
    missing = [col for col in ("end", "speaker", "start") if col not in statements.columns]
    if missing:
        raise InputError(f"statements table lacks column(s) {', '.join(sorted(missing))}",
                         hint="pass helpers.statements(article)")
    return statements


def topic_mentions(article: Any, dictionary: Any = None, statements: Any = None, context: Any = None,
                   keep_excluded: bool = False) -> pd.DataFrame:
    """Every mention of every topic, in text order (columns: see the module docstring).

    ``article``: an Article, a path or a text. ``dictionary``: None (the project's), a path, a mapping or
    a TopicDictionary. ``statements``: None to attribute speakers with :mod:`helpers.attribution` when it is
    available, a statements DataFrame (start, end, speaker, optionally statement_id), or False for none.
    ``context``: the context rules' data (:mod:`helpers.topic_context`): None for the package's
    ``topic_context.yaml``, a path or a loaded ``TopicContext``, or False for no context rules (every
    match a subject). ``keep_excluded=True`` keeps the matches a context rule excluded (role "excluded",
    the rule in ``rule``): the evidence of what the rules dropped.
    """
    import numpy as np

    art = _as_article(article)
    dic = _as_dictionary(dictionary)
    matcher = matcher_of(dic)
    words, toks = article_words(art)
    chosen = select_mentions(matcher, words)
    st = _resolve_statements(art, statements)
    spans = _statement_spans(st)
    roles = mention_roles(art, dic, words, toks, chosen, st, context)
    if not keep_excluded and any(r[0] == EXCLUDED for r in roles):
        kept = [i for i, r in enumerate(roles) if r[0] != EXCLUDED]
        chosen, roles = [chosen[i] for i in kept], [roles[i] for i in kept]
    if not chosen:
        return frame([], MENTION_COLUMNS, MENTION_INTS)  # a copy of one built once
    topic_idx, _xi, terms, firsts, lasts = (list(c) for c in zip(*chosen, strict=True))
    firsts_a = np.asarray(firsts, dtype=np.int64)
    starts_a, ends_a = words.start[firsts_a], words.end[np.asarray(lasts, dtype=np.int64)]
    # in text order: by start, then dictionary order (topic index); a topic has one mention per start
    order = np.lexsort((np.asarray(topic_idx, dtype=np.int64), starts_a))
    starts_a, ends_a, firsts_a = starts_a[order], ends_a[order], firsts_a[order]
    order = order.tolist()
    token_rows = words.token_row[firsts_a]
    sid, spk = _attribute_spans(starts_a, ends_a, spans)
    text, keys = art.text, matcher.topic_keys
    return _frame({
        "topic": _str_column([keys[topic_idx[i]] for i in order]),
        "term": _str_column([terms[i].text for i in order]),
        "start": starts_a,
        "end": ends_a,
        "text": _str_column([text[s:e] for s, e in zip(starts_a.tolist(), ends_a.tolist(), strict=True)]),
        "sentence_id": words.sentence[firsts_a],
        "paragraph_id": toks.paragraph[token_rows],
        "section_id": toks.section_id[token_rows],
        "section": _str_column(toks.section[token_rows].tolist()),
        "statement_id": np.fromiter(sid, dtype=object, count=len(sid)),
        "speaker": np.fromiter(spk, dtype=object, count=len(spk)),
        "role": _str_column([roles[i][0] for i in order]),
        "rule": _str_column([roles[i][1] for i in order]),
    })


#: The speech-verb forms the actor rule reads ("said", "insists"), from ``lexicons/speech_verbs.txt``; not
#: a verb flagged ``colon``, speech only before a colon or quotation ("continued: “...”"): elsewhere it is an
#: action ("Iran will continue uranium enrichment", "The conflicts in Syria, Yemen and Libya continue").
SPEECH_VERB_FORMS = frozenset(form for form, verb in load_verbs().items() if "colon" not in verb.flags)
#: The place names the actor rule reads (lower-case, single-spaced), from ``lexicons/gazetteer.txt``.
GIVEN_NAMES = frozenset(load_titles().given_names)
#: The one-word honorifics before a surname ("Dr", "Mr."), lower-case, without a stop: ``titles.txt``.
HONORIFICS = frozenset(h.rstrip(".") for h in load_titles().honorifics if " " not in h)
PLACE_NAMES = frozenset(" ".join(p.name.lower().split()) for p in load_gazetteer())


def _as_context(context: Any) -> TopicContext | None:
    if context is False:
        return None
    if context is None:
        return load_topic_context()
    if isinstance(context, TopicContext):
        return context
    return load_topic_context(context)


def mention_roles(art: Article, dic: TopicDictionary, words: Words, toks: SearchableTokens,
                  chosen: list, statements: pd.DataFrame | None, context: Any) -> list[tuple[str, str]]:
    """Rule: what the words around each match say it is. (role, rule) of each of ``chosen``.

    Builds the :class:`helpers.topic_context.ContextView` of the text (context phrases and cue words found
    with the topic matcher, captions, speakers of statements) and lets
    :data:`helpers.topic_context.CONTEXT_RULES` decide: "subject" (counts), "actor" (a government
    speaking: "Beijing said") or "excluded" ("International Atomic Energy Agency" is not energy).
    """
    ctx = _as_context(context)
    if ctx is None or not chosen:
        return [(SUBJECT, "")] * len(chosen)
    keys, topics = list(dic.topics), list(dic.topics.values())
    cased = words.cased
    mentions = [Mention(keys[ti], topics[ti].kind, first, last, " ".join(cased[first:last + 1]).lower())
                for ti, _xi, _term, first, last in chosen]
    paragraph = toks.paragraph[words.token_row]
    paras = art.paragraphs
    skipped = caption_paragraphs(list(zip(_column(paras, "paragraph_id").tolist(),
                                          _column(paras, "text").tolist(), strict=True)), ctx)
    view = ContextView(words, paragraph, mentions, ctx, skipped)
    if len(ctx.phrases):
        pm = matcher_of(ctx.phrases)
        view.phrases = group_hits(pm.candidates(words), pm.topic_keys, ctx.blocks)
    terms = ctx.cue_terms or frozenset().union(*(c.words for c in ctx.cues))  # a context built by hand
    needing = [m for m in mentions if m.text in terms]
    if ctx.cue_words is not None and needing:
        view.cue_hits = cue_hits(words, ctx, needing)
    view.speaker_spans = _speaker_spans(statements)
    view.speech_verbs = SPEECH_VERB_FORMS
    view.places = PLACE_NAMES
    lead = lead_paragraph(list(zip(_column(paras, "paragraph_id").tolist(), _column(paras, "kind").tolist(),
                                   _column(paras, "text").tolist(), strict=True)), SPEECH_VERB_FORMS, skipped)
    view.lead_sentences = lead_sentences(art.sentences, skipped, lead)
    view.label_spans = _label_spans(art)
    view.given_names = GIVEN_NAMES
    view.honorifics = HONORIFICS
    sents = art.sentences
    view.headline_sentences = frozenset(int(i) for i, k in zip(_column(sents, "sentence_id").tolist(),
                                                                _column(sents, "kind").tolist(), strict=True)
                                        if k == "headline")
    return decide(view)


def _label_spans(art: Article) -> list[tuple[int, int]]:
    """(start, end) of each speaker label of a transcript ("Journalist:"); none for other formats."""
    turns = art.turns
    if not len(turns):
        return []
    starts, ends = _column(turns, "label_start").tolist(), _column(turns, "label_end").tolist()
    return list(zip(starts, ends, strict=True))


def lead_sentences(sentences: pd.DataFrame, skipped: frozenset[int] = frozenset(),
                   lead: int | None = None) -> frozenset[int]:
    """Ids of the sentences that say what a text is about: the headline's, the standfirst's and the first
    :data:`helpers.topic_context.LEAD_SENTENCES` body sentences of the lead paragraph ``lead`` (see
    :func:`helpers.topic_context.lead_paragraph`: page furniture before it, "Office of the Press
    Secretary", is no lead); without it, of the first body paragraph (a dateline before it is no sentence
    of the lead, nor is a photo caption printed before it: paragraphs in ``skipped``, "Foreign Minister X
    (left) meets ...")."""
    ids, kinds = _column(sentences, "sentence_id").tolist(), _column(sentences, "kind").tolist()
    paragraphs = _column(sentences, "paragraph_id").tolist()
    out = {s for s, k in zip(ids, kinds, strict=True) if k in ("headline", "standfirst")}
    body = [(s, p) for s, k, p in zip(ids, kinds, paragraphs, strict=True)
            if k == "body" and p not in skipped]
    if body:
        first = body[0][1] if lead is None else lead
        out.update(itertools.islice((s for s, p in body if p == first), LEAD_SENTENCES))
    return frozenset(int(s) for s in out)


def cue_hits(words: Words, ctx: TopicContext, needing: list[Mention]) -> dict[str, list[int]]:
    """Rule: where the cue words stand, found only where a cue can decide (the words of each cue key).

    The cue rules read a cue word only within its window of a mention that needs one, or in the sentences
    just before it; the matcher runs over those words alone, so a long text with a few "economic" pays
    for a few windows, not for every "the". Each window is widened by the longest cue term, so a cue that
    starts or ends at a window's edge is found as in a full pass; words that are not neighbours in the
    text are never joined into one term (``Words.joined`` reads the text between them).
    """
    import numpy as np

    n = len(words.cased)
    reach = max(c.window for c in ctx.cues) + ctx.cue_longest
    back = max(c.previous_sentences for c in ctx.cues)
    sentence = words.sentence
    spans = []
    for m in needing:
        spans.append((max(0, m.first - reach), min(n, m.last + reach + 1)))
        if back:
            s = int(sentence[m.first])
            spans.append(tuple(int(x) for x in sentence.searchsorted([s - back, s])))
    idx = np.unique(np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in spans]))
    order = idx.tolist()
    cased = words.cased
    window_words = Words(words.text, words.start[idx], words.end[idx], [cased[i] for i in order],
                         sentence[idx], words.token_row[idx])
    cm = matcher_of(ctx.cue_words)
    hits: dict[str, list[int]] = defaultdict(list)
    for ti, _xi, _excl, _term, first, last in cm.candidates(window_words):
        hits[cm.topic_keys[ti]].extend(order[first:last + 1])
    return dict(hits)


def _speaker_spans(statements: pd.DataFrame | None) -> list[tuple[int, int]]:
    """(start, end) of each statement's speaker mention (none when the table lacks them)."""
    if statements is None or not len(statements) or "speaker_start" not in statements.columns:
        return []
    out = []
    for a, b in zip(statements["speaker_start"].tolist(), statements["speaker_end"].tolist(), strict=True):
        if not (_missing(a) or _missing(b)) and int(a) >= 0 and int(b) > int(a):
            out.append((int(a), int(b)))
    return out


def _frame(columns: dict[str, Any]) -> pd.DataFrame:
    """A table from finished columns (:func:`helpers.tables.from_arrays`): new numpy or pandas arrays of one
    length, each of its final dtype (an object column stays object). The arrays must not be shared."""
    return from_arrays(tuple(columns), list(columns.values()))


def _str_column(values: list) -> Any:
    """The array pandas would infer for a column given as this list, made without the inference when it can.

    pandas 3 infers its ``str`` dtype for a list that holds only strings; such a list is made into an
    array of that dtype directly (:func:`helpers.tables.str_array_maker`). A list holding anything else
    (None, NaN, numbers) goes through pandas' inference.
    """
    import pandas as pd

    make = str_array_maker()
    if make is not None and set(map(type, values)) == {str}:
        return make(values)
    return pd.Series(values).array


def _statement_spans(statements: pd.DataFrame | None) -> list[tuple[int, int, Any, Any]]:
    """(start, end, speaker, statement_id) of each statement, in table order (ids: row numbers if none)."""
    if statements is None or len(statements) == 0:
        return []
    has_ids = "statement_id" in statements.columns
    ids = _column(statements, "statement_id").tolist() if has_ids else range(len(statements))
    return list(zip(_int_list(statements, "start"), _int_list(statements, "end"),
                    _column(statements, "speaker").tolist(), ids, strict=True))


def _int_list(frame: pd.DataFrame, name: str) -> list[int]:
    """``frame[name].astype(int)`` as a list (without the copy when the column holds int64 already)."""
    values = _column(frame, name)
    return values.tolist() if values.dtype == "int64" else frame[name].astype(int).tolist()


def _attribute_spans(m_start, m_end, spans: list[tuple[int, int, Any, Any]]) -> tuple[list, list]:
    """statement_id and speaker of the innermost statement holding each mention (None outside).

    ``m_start``, ``m_end``: numpy arrays of the mentions' offsets; ``spans`` from :func:`_statement_spans`.
    """
    n = len(m_start)
    if not spans or n == 0:
        return [None] * n, [None] * n
    import numpy as np

    spans = sorted(spans, key=lambda x: x[0] - x[1])  # widest first, so the innermost is written last
    owner = np.full(n, -1)
    for k, (a, b, _who, _sid) in enumerate(spans):
        owner[(m_start >= a) & (m_end <= b)] = k
    sids = [None if k < 0 else _plain(spans[k][3]) for k in owner.tolist()]
    speakers = [None if k < 0 or _missing(spans[k][2]) else str(spans[k][2]) for k in owner.tolist()]
    return sids, speakers


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


#: The matching decisions, in the order they apply; print them with
#: ``for rule in MATCHING_RULES: print(rule.__name__, rule.__doc__)``. The last one hands the matches to
#: the context rules (:data:`helpers.topic_context.CONTEXT_RULES`).
MATCHING_RULES = (skipped_sentences, article_words, Words.joined, Matcher.piece_matches, select_mentions,
                  mention_roles)


def topic_counts(
    article: Any,
    by: str | None = None,
    dictionary: Any = None,
    statements: Any = None,
    mentions: pd.DataFrame | None = None,
    count_actors: bool = False,
) -> pd.DataFrame:
    """Counts and rates per 1,000 words, per topic, overall or ``by`` section, paragraph or speaker.

    Pass ``mentions`` (from :func:`topic_mentions`) to reuse them; with ``by="speaker"`` the statements
    give the words each speaker said (``statements`` as in :func:`topic_mentions`). ``count`` counts the
    subject mentions (role "subject"); actor mentions ("Beijing said") are in ``actors`` and also in
    ``count`` when ``count_actors=True``; listed and passing mentions (named, not discussed) only in
    ``raw``; excluded ones in none. The steps: the groups and their words
    (:func:`count_groups`), the mentions per group and topic (:func:`tally_mentions`), one row per group
    and topic (:func:`count_rows`), the table (:func:`counts_table`).
    """
    if by not in GROUP_COLUMNS:
        raise InputError(f"cannot count topics by {by!r}",
                         hint="use None, 'section', 'paragraph' or 'speaker'")
    art = _as_article(article)
    dic = _as_dictionary(dictionary)
    st = _resolve_statements(art, statements) if by == "speaker" else None
    if by == "speaker" and st is None:
        raise InputError("counting topics by speaker needs the statements table",
                         hint="pass statements=helpers.statements(article)")
    if mentions is None:
        mentions = topic_mentions(art, dic, statements=st if by == "speaker" else False)
    groups = count_groups(art, by, mentions, st)
    roles = _column(mentions, "role").tolist() if "role" in mentions.columns else [SUBJECT] * len(mentions)
    columns = [groups.of_mention, *(_column(mentions, c).tolist() for c in ("topic", "paragraph_id"))]
    counted = {SUBJECT, ACTOR} if count_actors else {SUBJECT}
    tally = tally_lists(*_with_roles(columns, roles, counted))
    actors = tally_lists(*_with_roles(columns, roles, {ACTOR})) if ACTOR in roles else None
    raw = (tally_lists(*_with_roles(columns, roles, counted | set(NAMED_ONLY)))
           if any(r in NAMED_ONLY for r in roles) else tally)
    return counts_table(count_rows(dic, groups, tally, actors, raw), by)


def _with_roles(columns: list[list], roles: list, keep: set) -> list[list]:
    """The entries of ``columns`` (lists, one entry per mention) whose mention's role is in ``keep``."""
    mask = [r in keep for r in roles]
    if all(mask):
        return columns
    return [list(itertools.compress(col, mask)) for col in columns]


@dataclass
class CountGroups:
    """The groups ``topic_counts`` counts in, and the group of each mention.

    ``groups``: (group id, values of the group columns) in table order; ``words``: word tokens per group
    id; ``of_mention``: the group id of each mention, in the mentions' order.
    """

    columns: list[str]
    groups: list[tuple[Any, tuple]]
    words: dict[Any, int]
    of_mention: list


def count_groups(art: Article, by: str | None, mentions: pd.DataFrame, statements: Any) -> CountGroups:
    """The groups of ``topic_counts(by=...)``: the whole text, each section, each paragraph or each speaker.

    Words of skipped sentences (:data:`SKIP_KINDS`) are not counted in any group.
    """
    toks = _searchable(art)
    if by is None:
        return CountGroups([], [(0, ())], {0: toks.n_words}, [0] * len(mentions))
    if by == "speaker":
        return _speaker_groups(toks, mentions, statements)
    key = "section_id" if by == "section" else "paragraph_id"
    cols = GROUP_COLUMNS[by]
    structure = _structure_groups(art, by)
    values = list(zip(*(structure[c].tolist() for c in cols), strict=True))
    return CountGroups(cols, [(v[cols.index(key)], v) for v in values], toks.words_by(key),
                       _column(mentions, key).tolist())


def _speaker_groups(toks: SearchableTokens, mentions: pd.DataFrame, statements: Any) -> CountGroups:
    """One group per speaker, in order of first statement, then :data:`NARRATOR` (words outside every
    statement); the given statements decide who said each mention."""
    spans = _statement_spans(statements)
    speakers, word_counts = _speaker_words(toks, spans)
    _sid, spk = _attribute_spans(_numpy(mentions, "start"), _numpy(mentions, "end"), spans)
    return CountGroups(GROUP_COLUMNS["speaker"], [(s, (s,)) for s in speakers], word_counts,
                       [NARRATOR if s is None else s for s in spk])


@dataclass
class Tally:
    """Mentions per group (``totals``), per (group, topic) (``counts``), and the distinct paragraphs with a
    mention per (group, topic) (``paragraphs``)."""

    totals: Counter
    counts: Counter
    paragraphs: Counter


def tally_mentions(of_mention: list, mentions: pd.DataFrame) -> Tally:
    """Count the mentions per group and topic, as a ``groupby`` would: a mention without a group or a
    topic is not counted, nor a missing paragraph among the distinct paragraphs."""
    topics, paragraphs = _column(mentions, "topic").tolist(), _column(mentions, "paragraph_id").tolist()
    return tally_lists(of_mention, topics, paragraphs)


def tally_lists(of_mention: list, topics: list, paragraphs: list) -> Tally:
    """:func:`tally_mentions` on the mentions' columns given as lists (group, topic, paragraph of each)."""
    import pandas as pd

    rows = list(zip(of_mention, topics, paragraphs, strict=True))
    maybe_missing = not set(map(type, itertools.chain.from_iterable(rows))) <= {int, str}
    if maybe_missing:
        rows = [r for r in rows if not pd.isna(r[0])]
    totals = Counter(map(operator.itemgetter(0), rows))
    if maybe_missing:
        rows = [r for r in rows if not pd.isna(r[1])]
    group_topic = operator.itemgetter(0, 1)
    counts = Counter(map(group_topic, rows))
    distinct = set(rows)  # one per (group, topic, paragraph)
    if maybe_missing:
        distinct = [r for r in distinct if not pd.isna(r[2])]
    return Tally(totals, counts, Counter(map(group_topic, distinct)))


def count_rows(dic: TopicDictionary, groups: CountGroups, tally: Tally, actors: Tally | None = None,
               raw: Tally | None = None) -> dict[str, list]:
    """The counts table's columns: every topic of the dictionary in every group (zeros included), with
    the rates rounded to 4 decimals (per 1,000 words of the group; share of the group's mentions), the
    counted mentions with the listed and passing ones in ``raw`` (``tally`` when None), and the actor
    mentions of ``actors`` (a government speaking) in their own column."""
    raw = tally if raw is None else raw
    keys = list(dic.topics)
    labels = [t.label for t in dic.topics.values()]
    data: dict[str, list] = {c: [] for c in groups.columns + COUNT_COLUMNS}
    zeros, zero_rates = [0] * len(keys), [0.0] * len(keys)
    for gid, values in groups.groups:
        n_words = int(groups.words.get(gid, 0))
        total = int(tally.totals.get(gid, 0))
        for col, value in zip(groups.columns, values, strict=True):
            data[col] += [value] * len(keys)
        data["topic"] += keys
        data["label"] += labels
        data["words"] += [n_words] * len(keys)
        data["actors"] += ([actors.counts.get((gid, k), 0) for k in keys]
                           if actors is not None and actors.totals.get(gid) else zeros)
        data["raw"] += [raw.counts.get((gid, k), 0) for k in keys] if raw.totals.get(gid) else zeros
        if not total:  # no mention in the group (most speakers, sections and paragraphs)
            data["count"] += zeros
            data["per_1000_words"] += zero_rates
            data["share"] += zero_rates
            data["paragraphs"] += zeros
            continue
        c = [tally.counts.get((gid, k), 0) for k in keys]
        data["count"] += c
        data["per_1000_words"] += [round(x * 1000 / n_words, 4) if x and n_words else 0.0 for x in c]
        data["share"] += [round(x / total, 4) if x else 0.0 for x in c]
        data["paragraphs"] += [tally.paragraphs.get((gid, k), 0) for k in keys]
    return data


def counts_table(data: dict[str, list], by: str | None) -> pd.DataFrame:
    """The counts table from :func:`count_rows`'s columns; ungrouped rows sorted by count (descending),
    then dictionary order; grouped rows stay by group, then dictionary order."""
    import numpy as np

    if by is None:  # the rows are in dictionary order, and the sort is stable
        order = sorted(range(len(data["topic"])), key=data["count"].__getitem__, reverse=True)
        data = {col: [values[i] for i in order] for col, values in data.items()}
    ints = {"count", "raw", "words", "paragraphs", "section_id", "paragraph_id", "actors"}
    if not data["topic"]:  # no groups (a text without paragraphs): the columns as an empty table has them
        return empty_frame(list(data), {col: "int64" for col in data if col in ints})
    floats = {"per_1000_words", "share"}
    return _frame({col: np.asarray(v, dtype=np.int64) if col in ints
                   else np.asarray(v, dtype=np.float64) if col in floats else _str_column(v)
                   for col, v in data.items()})


def _structure_groups(art: Article, by: str) -> pd.DataFrame:
    paragraphs = art.paragraphs
    if by == "paragraph":
        return paragraphs[["paragraph_id", "section_id", "section"]].reset_index(drop=True).copy()
    return (paragraphs[["section_id", "section"]].drop_duplicates("section_id")
            .sort_values("section_id").reset_index(drop=True))


def _speaker_words(
    toks: SearchableTokens, spans: list[tuple[int, int, Any, Any]]
) -> tuple[list[str], dict[str, int]]:
    """Speakers in order of first statement, then the narrator; words inside each one's statements.

    ``spans`` as :func:`_statement_spans` gives them. A word belongs to the narrowest statement that holds
    it (of equally wide ones, the first by start).
    """
    import numpy as np

    spans = sorted(spans, key=lambda x: x[0])  # stable: by start, then table order
    names = [NARRATOR if _missing(who) else str(who) for _a, _b, who, _sid in spans]
    speakers = list(dict.fromkeys(names))  # in order of first statement
    starts, ends = toks.word_start, toks.word_end  # sorted by start
    owner = np.full(len(starts), -1, dtype=np.int64)  # index into names; -1: no statement
    if spans:
        a_s, b_s = [a for a, _b, _who, _sid in spans], [b for _a, b, _who, _sid in spans]
        los = np.searchsorted(starts, a_s).tolist()  # the words starting in [a, b]: lo:hi
        his = np.searchsorted(starts, b_s, side="right").tolist()
        # widest first and, of equally wide ones, the last first: the statement written last owns the word
        for k in sorted(range(len(spans)), key=lambda k: (a_s[k] - b_s[k], -k)):
            lo, hi = los[k], his[k]
            seg_owner = owner[lo:hi]  # a view
            seg_owner[ends[lo:hi] <= b_s[k]] = k
    per_statement = np.bincount(owner + 1, minlength=len(names) + 1).tolist()
    counts: Counter = Counter({NARRATOR: per_statement[0]} if per_statement[0] else {})
    for name, n in zip(names, per_statement[1:], strict=True):
        if n:
            counts[name] += n
    if NARRATOR not in speakers:
        speakers.append(NARRATOR)
    return speakers, dict(counts)


# --------------------------------------------------------------------------------------------------
# What the dictionary misses


#: What ``missed_terms`` counts as a content word (besides not being a stop word): at least three letters,
#: then optionally apostrophe-joined letters ("don't"); no digits: numbers and dates stay out of the report.
CONTENT_WORD_PATTERN = r"[^\W\d_]{3,}(?:['’][^\W\d_]+)*"


def _content_mask(tokens: pd.DataFrame) -> pd.Series:
    """True for the content words among ``tokens``: words, not stop words, :data:`CONTENT_WORD_PATTERN`."""
    lower = tokens["lower"].astype(str)
    return (tokens["is_word"].astype(bool) & ~tokens["is_stop"].astype(bool)
            & lower.str.fullmatch(CONTENT_WORD_PATTERN))


def _covered_mask(tokens: pd.DataFrame, mentions: pd.DataFrame):
    """True for tokens that share a character with any mention (linear in text length)."""
    import numpy as np

    if not len(mentions) or not len(tokens):
        return np.zeros(len(tokens), dtype=bool)
    size = int(max(tokens["end"].max(), mentions["end"].max())) + 1
    depth = np.zeros(size + 1, dtype=np.int64)
    np.add.at(depth, mentions["start"].to_numpy(dtype=np.int64), 1)
    np.add.at(depth, mentions["end"].to_numpy(dtype=np.int64), -1)
    inside = np.cumsum(depth)[:size] > 0  # character covered by some mention
    seen = np.concatenate(([0], np.cumsum(inside)))
    return (seen[tokens["end"].to_numpy()] - seen[tokens["start"].to_numpy()]) > 0


def _skipped_words(ignore: Iterable[str] | None, speech_verbs: bool | str | os.PathLike[str]
                   ) -> frozenset[str]:
    """The lower-case words ``missed_terms`` leaves out: ``ignore`` (or the generic words), and the
    speech-verb forms when asked."""
    skip = GENERIC_WORDS if ignore is None else frozenset(w.lower() for w in ignore)
    if speech_verbs is False:
        return skip
    return skip | frozenset(load_verbs(None if speech_verbs is True else speech_verbs))


def missed_terms(
    article: Any,
    dictionary: Any = None,
    mentions: pd.DataFrame | None = None,
    min_count: int = 2,
    top: int | None = 30,
    bigrams: bool = True,
    ignore: Iterable[str] | None = None,
    speech_verbs: bool | str | os.PathLike[str] = False,
) -> pd.DataFrame:
    """Frequent content words and word pairs that no topic covers (columns: see the module docstring).

    A word's occurrences inside a topic mention are "covered"; the rest are counted. Rows need at least
    ``min_count`` uncovered occurrences; the ``top`` most frequent are kept (None for all). Words in
    ``ignore`` (default :data:`GENERIC_WORDS`, the words of ``lexicons/generic_words.txt``; pass
    ``load_generic_words(path)`` for your own file, ``()`` to keep every content word) are skipped.
    ``speech_verbs=True`` also skips every form of every verb of the speech-verb lexicon (or of your own
    file, given as ``speech_verbs=path``), so a verb added there leaves this report as well.
    """
    import pandas as pd

    art = _as_article(article)
    dic = _as_dictionary(dictionary)
    if mentions is None:
        mentions = topic_mentions(art, dic, statements=False)
    tokens = searchable_tokens(art)
    if len(tokens) == 0:
        return pd.DataFrame(columns=MISSED_COLUMNS)
    skip = _skipped_words(ignore, speech_verbs)
    content = (_content_mask(tokens) & ~tokens["lower"].astype(str).isin(skip)).to_numpy()
    covered = _covered_mask(tokens, mentions)
    first_in_sentence = (tokens["sentence_id"] != tokens["sentence_id"].shift()).to_numpy()
    groups: dict[str, dict] = {}
    rows_tok = tokens.to_dict("records")
    for i, tok in enumerate(rows_tok):
        if not content[i]:
            continue
        low = str(tok["lower"]).translate(APOSTROPHES)
        key = stem(low)
        g = groups.setdefault(key, {"forms": Counter(), "count": 0, "covered": 0, "paras": set(),
                                    "caps": 0, "caps_n": 0, "first": None})
        g["forms"][low] += 1
        if covered[i]:
            g["covered"] += 1
            continue
        g["count"] += 1
        g["paras"].add(tok["paragraph_id"])
        if not first_in_sentence[i]:
            g["caps_n"] += 1
            g["caps"] += str(tok["token"])[:1].isupper()
        if g["first"] is None:
            g["first"] = (int(tok["start"]), int(tok["end"]))
    rows = []
    for g in groups.values():
        if g["count"] < min_count:
            continue
        forms = sorted(g["forms"], key=lambda f: (-g["forms"][f], f))
        s, e = g["first"]
        rows.append([forms[0], "|".join(sorted(forms)), "word", g["count"], g["covered"], len(g["paras"]),
                     bool(g["caps_n"] and g["caps"] * 2 > g["caps_n"]), s, e, art.text[s:e]])
    if bigrams:
        rows += _missed_bigrams(art, tokens, rows_tok, content, covered, min_count)
    frame = pd.DataFrame(rows, columns=MISSED_COLUMNS)
    if len(frame):
        frame = frame.sort_values(["count", "paragraphs", "kind", "term"],
                                  ascending=[False, False, False, True], kind="stable")
    frame = frame.reset_index(drop=True)
    return frame.head(top).reset_index(drop=True) if top is not None else frame


def _missed_bigrams(art, tokens, rows_tok, content, covered, min_count) -> list[list]:
    pairs: dict[str, dict] = {}
    for i in range(1, len(rows_tok)):
        a, b = rows_tok[i - 1], rows_tok[i]
        if not (content[i - 1] and content[i]) or covered[i - 1] or covered[i]:
            continue
        gap_ok = PHRASE_GAP_RE.fullmatch(art.text, int(a["end"]), int(b["start"])) is not None
        if a["sentence_id"] != b["sentence_id"] or not gap_ok:
            continue
        key = f"{str(a['lower']).translate(APOSTROPHES)} {str(b['lower']).translate(APOSTROPHES)}"
        g = pairs.setdefault(key, {"count": 0, "paras": set(), "caps": 0, "first": None})
        g["count"] += 1
        g["paras"].add(a["paragraph_id"])
        g["caps"] += str(a["token"])[:1].isupper() and str(b["token"])[:1].isupper()
        if g["first"] is None:
            g["first"] = (int(a["start"]), int(b["end"]))
    rows = []
    for key, g in pairs.items():
        if g["count"] >= max(min_count, 2):
            s, e = g["first"]
            rows.append([key, key, "bigram", g["count"], 0, len(g["paras"]), g["caps"] * 2 > g["count"],
                         s, e, art.text[s:e]])
    return rows


# --------------------------------------------------------------------------------------------------
# Keyness


def _word_frequencies(art: Article, stopwords: bool) -> tuple[Counter, int]:
    tokens = searchable_tokens(art)
    if len(tokens) == 0:
        return Counter(), 0
    words = tokens[tokens["is_word"].astype(bool)]
    total = len(words)
    if not stopwords:
        words = words[~words["is_stop"].astype(bool)]
    lower = words["lower"].astype(str).str.translate(APOSTROPHES)
    return Counter(lower.tolist()), total


def _reference_articles(reference: Any) -> Iterable[Article]:
    from .article import Article, load_article

    if isinstance(reference, (str, Path)) and Path(reference).is_dir():
        files = sorted(p for p in Path(reference).rglob("*.txt") if p.is_file())
        if not files:
            raise InputError("reference folder holds no .txt files", path=reference,
                             hint="point keyness at a folder of plain-text articles")
        for p in files:
            yield load_article(p)
        return
    if isinstance(reference, (str, Path, Article)):
        reference = [reference]
    for item in reference:
        yield item if isinstance(item, Article) else load_article(item)


def keyness(
    article: Any,
    reference: Any,
    dictionary: Any = None,
    min_count: int = 3,
    direction: str = "over",
    stopwords: bool = False,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Words of the article over- (or under-) used against a reference corpus, by log-likelihood G².

    ``reference``: a folder (every ``*.txt`` under it), a file, or a list of paths, texts or Articles.
    Rows need ``min_count`` occurrences in the article (the frequency floor); ``direction`` is "over"
    (key words of the article), "under" or "both". Stop words are left out of the table unless
    ``stopwords=True`` (corpus sizes always count every word). Sorted by G², largest first.
    """
    import pandas as pd

    if direction not in ("over", "under", "both"):
        raise InputError(f"unknown keyness direction {direction!r}", hint="use 'over', 'under' or 'both'")
    art = _as_article(article)
    target, c = _word_frequencies(art, stopwords)
    ref: Counter = Counter()
    d = 0
    for ref_art in _reference_articles(reference):
        freq, size = _word_frequencies(ref_art, stopwords)
        ref.update(freq)
        d += size
    if d == 0:
        raise InputError("the reference corpus has no words", hint="give keyness some reference texts")
    if c == 0:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    if mentions is None:
        mentions = topic_mentions(art, dictionary, statements=False)
    word_topics = _word_topics(art, mentions)
    rows = []
    for term, a in target.items():
        if a < min_count:
            continue
        b = ref.get(term, 0)
        g2 = _log_likelihood(a, b, c, d)
        lr = math.log2(((a or 0.5) / c) / ((b or 0.5) / d))
        way = "over" if a / c > b / d else "under"
        if direction != "both" and way != direction:
            continue
        rows.append([term, a, b, round(a * 1000 / c, 3), round(b * 1000 / d, 3), round(g2, 3),
                     float(f"{math.erfc(math.sqrt(g2 / 2)):.3g}"), round(lr, 3), way,
                     ",".join(sorted(word_topics.get(term, ())))])
    frame = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    return frame.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _log_likelihood(a: int, b: int, c: int, d: int) -> float:
    """Dunning's G² for a word seen a times in c words and b times in d words (Rayson & Garside's form)."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 0.0
    if a:
        g2 += a * math.log(a / e1)
    if b:
        g2 += b * math.log(b / e2)
    return max(2 * g2, 0.0)


def _word_topics(art: Article, mentions: pd.DataFrame) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    if not len(mentions):
        return out
    for topic, s, e in zip(mentions["topic"], mentions["start"], mentions["end"], strict=True):
        for m in WORD_RE.finditer(art.text, s, e):
            out[normalise(m.group(0))].add(topic)
            out[m.group(0).translate(APOSTROPHES).lower()].add(topic)
    return out
