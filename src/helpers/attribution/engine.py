"""The attribution engine: one pass of the statement rules over a text, giving an :class:`Analysis`.

:func:`analyse` runs it once per text (cached), so the statements, quotations, speakers and speaker
mentions tables of one article agree. The rules themselves (cue words and patterns) are in
:mod:`helpers.attribution.cues`; the quotation pairer in :mod:`helpers.quote_marks`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article import Article, as_article
from ..formats import (
    HEADER_SPAN,
    UNICODE_SPACES,
    foreign_title_size,
    header_speaker_names,
    legend_words,
    office_named_in_text,
    opening_credit_label,
)
from ..layout import DATE, single_line, split_label_break
from ..letters import cased
from ..lexicons import stopwords as load_stopwords
from ..lexicons.names import load_names
from ..lexicons.text import load_transcript_labels
from ..lexicons.verbs import load_verbs
from ..quote_marks import QUOTE_SCARE, QUOTE_STATEMENT, Quote, find_quotes
from .conventions import dash_attribution, is_signature_start, post_signatures, signature_follows
from .cues import (
    ACCORDING_TO,
    ADVERBIAL_TO_COLON_RE,
    CONTINUATION,
    CUE_RULES,
    DIRECT,
    INDIRECT,
    OBJECT_TO_COLON_RE,
    PARTIAL,
    QUOTED_AS_RE,
    RULE_ACCOUNT_LINE,
    RULE_ANNOUNCED_BODY,
    RULE_ANSWER_AFTER_ASKER,
    RULE_ANSWER_AFTER_QUESTION,
    RULE_BARE_VERB_BULLET,
    RULE_BLOCK_HEADING,
    RULE_BLOCK_QUOTATION,
    RULE_BRIEFING_BODY,
    RULE_BRIEFING_BULLETS,
    RULE_CHAIR_BODY,
    RULE_CHANNEL,
    RULE_COLON_QUOTATION,
    RULE_CONTINUATION,
    RULE_CUE_AFTER_QUOTATION,
    RULE_CUE_LINE,
    RULE_CUE_OPENS_NEXT_SENTENCE,
    RULE_CUED_ANSWER,
    RULE_DASH_INTERVIEW,
    RULE_DASH_TURN,
    RULE_DOCUMENT_CUE,
    RULE_DOCUMENT_LAST_SPEAKER,
    RULE_DOCUMENT_OWNER,
    RULE_DOCUMENT_QUOTED_ON,
    RULE_DOCUMENT_SENDER,
    RULE_EXCHANGE_TURN,
    RULE_FIRST_PERSON_RUN,
    RULE_FOOTER_ISSUER,
    RULE_HANDED_OVER,
    RULE_HEADLINE_FORWARD,
    RULE_HEADLINE_LEAD,
    RULE_HEADLINE_TAIL,
    RULE_HEADLINE_VERB,
    RULE_INNER_SPEECH_ACT,
    RULE_INSIDE_QUOTATION,
    RULE_INTERVIEWED_LEAD,
    RULE_INTRODUCED_EXCHANGE,
    RULE_ISSUER_REPORTED_ACT,
    RULE_ISSUER_VOICE,
    RULE_JOINT_BODY,
    RULE_JOINT_TITLE,
    RULE_LABEL_ANSWER,
    RULE_LABEL_AS_WRITTEN,
    RULE_LABEL_FIRST_PERSON,
    RULE_LABEL_INITIALS,
    RULE_LABEL_INTERVIEWER,
    RULE_LABEL_LEAD_INTERVIEWER,
    RULE_LABEL_LONE_NAME,
    RULE_LABEL_NAME,
    RULE_LABEL_ORGANISATION,
    RULE_LABEL_STATE,
    RULE_LABEL_SURNAME,
    RULE_LABEL_TITLE_HOLDER,
    RULE_LEAD_SPEECH,
    RULE_OPENING_TURN,
    RULE_ORIGINAL_WORDING,
    RULE_OUTLET_QUESTION,
    RULE_PARTICIPLE_OPENING,
    RULE_POSTPOSED,
    RULE_PRESENTED_STATEMENT,
    RULE_QUOTATION_AFTER_STATEMENT,
    RULE_QUOTATION_BEFORE_CUE,
    RULE_QUOTATION_RUN,
    RULE_QUOTE_LABEL,
    RULE_QUOTED_PASSIVE,
    RULE_QUOTED_SPEECH_ACT,
    RULE_QUOTING,
    RULE_REMARKS_BODY,
    RULE_REMARKS_LEAD,
    RULE_REOPENED_PARAGRAPHS,
    RULE_REPRODUCED_ISSUER,
    RULE_SAME_LABELLED_PARAGRAPH,
    RULE_SAME_TURN,
    RULE_SIGNED_BODY,
    RULE_SPEECH_NOUN,
    RULE_SPOKESMAN_BODY,
    RULE_STRAY_MARK_CUE,
    RULE_TITLE_HOLDER,
    RULE_TITLED_BODY,
    RULE_TITLED_BRIEFING,
    RULE_TITLED_ISSUER,
    RULE_TITLED_PAIR_BODY,
    RULE_TITLED_PRINCIPAL,
    RULE_TITLED_RELEASE,
    RULE_TITLED_STATEMENT,
    RULE_UNCLOSED_RUN,
    RULE_UNLABELLED_QUESTION,
    RULE_UNLABELLED_TURN,
    RULE_UNMARKED_BEFORE_CUE,
    RULE_UNNAMED_BRIEFER,
    SAY_PAST,
    TRANSLATION_RE,
    cue_pattern,
    cue_subject,
    inverted_cue_of,
    is_name_quote,
    leading_np,
    naming_sentence,
    parser_for,
    rule_list,
    rule_words,
    speech_verb,
    split_quotation_parts,
    stray_mark_cue_of,
    subject_before_cue,
)
from .phrases import NP, headline_verbs_pattern
from .resolve import Resolver

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass
class Source:
    """Who a statement is credited to: the resolved ``entity`` and the ``mention`` (name, pronoun or role
    noun phrase as written, at ``start``-``end``) the attribution rests on."""

    entity: Any
    mention: str
    start: int
    end: int


@dataclass
class Statement:
    """One attributed statement: the columns of the statements table (see
    :data:`helpers.attribution.statements.STATEMENT_COLUMNS`), plus the speaker ``entity``."""

    statement_id: int
    speaker: str
    speaker_type: str
    speaker_mention: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int
    kind: str
    start: int
    end: int
    text: str
    sentence_id: int
    sentence_ids: str
    rule: str
    entity: Any = field(default=None, repr=False)

    @property
    def source(self) -> Source:
        """The speaker of this statement, for a statement that carries it on."""
        return Source(self.entity, self.speaker_mention, self.speaker_start, self.speaker_end)

    def row(self) -> tuple[Any, ...]:
        """The table row, in column order."""
        return (
            self.statement_id,
            self.speaker,
            self.speaker_type,
            self.speaker_mention,
            self.speaker_start,
            self.speaker_end,
            self.cue,
            self.cue_start,
            self.cue_end,
            self.kind,
            self.start,
            self.end,
            self.text,
            self.sentence_id,
            self.sentence_ids,
            self.rule,
        )


@dataclass
class PendingLabel:
    """A speaker label standing alone as a sentence ("LAVROV:"): the next sentence carries the words."""

    entity: Any
    rule: str
    label_start: int = -1
    label_end: int = -1


@dataclass
class Analysis:
    """One run of the rules over a text: the raw material of the statements, quotations, speakers and
    speaker mentions tables."""

    text: str
    statements: list[Statement]
    quotes: list[Quote]
    mentions: list[dict[str, Any]]
    resolver: Resolver
    sentence_starts: list[int]
    warnings: list[str] = field(default_factory=list)
    #: the finished tables, built on first request and kept with the analysis (see
    #: :func:`helpers.attribution.statements.statements` and
    #: :func:`helpers.attribution.speakers.speaker_mentions`):
    #: the pipeline asks for each of them more than once, and building a DataFrame costs more than the
    #: attribution of a short text. Callers get copies.
    table: pd.DataFrame | None = None
    mention_table: pd.DataFrame | None = None
    #: the role-noun mention rows of :mod:`helpers.attribution.speakers`, found on first request
    role_rows: list[dict[str, Any]] | None = None


#: The analyses of the last few texts, keyed by (text, format, verbs lexicon, titles lexicon): statements,
#: quotations, speakers and speaker mentions of one article share one run of the rules.
_CACHE: OrderedDict[tuple[Any, ...], Analysis] = OrderedDict()


def clear_cache() -> None:
    """Forget the cached analyses (e.g. after editing a lexicon file in place, or between timed runs)."""
    _CACHE.clear()


def analyse(
    article: Any,
    *,
    verbs_path: str | os.PathLike[str] | None = None,
    titles_path: str | os.PathLike[str] | None = None,
    words_path: str | os.PathLike[str] | None = None,
) -> Analysis:
    """Run the attribution once per article text (cached) and return every table's raw material.

    ``verbs_path``, ``titles_path``, ``words_path``: the user's own ``speech_verbs.txt``, ``titles.txt``,
    ``statement_words.txt`` (None: the package's). The cache is keyed by the files' paths: after editing
    a file, pass it under a new name or start a new session."""
    art = as_article(article)
    vkey, tkey, wkey = (
        None if p is None else str(Path(p).resolve()) for p in (verbs_path, titles_path, words_path)
    )
    key = (art.text, getattr(art, "format", "text"), vkey, tkey, wkey)
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    sents = art.sentences
    turn_labels: set[int] = set()
    if getattr(art, "format", "text") == "transcript":
        turn_labels = set(art.turns["label_start"].tolist())
    an = Engine(
        art.text,
        list(zip(sents["start"].tolist(), sents["end"].tolist(), sents["kind"].tolist(), strict=True)),
        _paragraph_spans(art),
        vkey,
        tkey,
        turn_labels,
        wkey,
    ).run()
    _CACHE[key] = an
    while len(_CACHE) > 8:
        _CACHE.popitem(last=False)
    return an


#: a verb opening a quotation right after its subject: 'Mikati "emphasized the need to ..."' (Arab and
#: Lebanese agency copy quotes the whole predicate of a readout, cue and all)
_SUBJECT_BEFORE_MARK_RE = re.compile(r"(?<![\w.])[A-Z][\w’'\-]*+[ \t]++$")


def quotation_opens_with_cue(text: str, q: Quote, cue_start: int) -> bool:
    """Whether a cue found inside a quotation is its first word, after a capitalised subject word
    and a blank: the quotation then holds the predicate, cue included, and the cue counts. Not when a
    comma closes it for a postposed cue ('Borrell "reaffirmed ...," the press release says': the
    release's words, a quoted readout with two sources)."""
    if cue_start != q.open + 1 or text[max(q.open, q.close - 2)] == ",":
        return False
    return _SUBJECT_BEFORE_MARK_RE.search(text, max(0, q.open - 60), q.open) is not None


#: a paragraph's number opening its first sentence, as communiqués, joint statements, minutes and
#: chairman's statements number their paragraphs ("4. The two Ministers underscored ...", "(2) We had
#: fruitful discussions ..."), then the sentence's first word (a capital or an opening quotation mark)
#: how a numbered paragraph's first sentence ends (a numbered title has no such final mark)
NUMBERED_SENTENCE_ENDS = frozenset(".!?…\"”’»)")
PARAGRAPH_NUMBER_RE = re.compile(cased(r"(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]{1,8}(?=[A-Z“\"‘'])"))


def unnumbered(
    text: str, sents: list[tuple[int, int, str]], paras: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The sentences with the number of a numbered paragraph left out of the paragraph's first sentence
    (:data:`PARAGRAPH_NUMBER_RE`): the number is no part of what is said, and the words after it open the
    sentence, where its speaker stands ("4. The two Ministers underscored the importance of ..." has the
    subject "The two Ministers"). Only body sentences that open a paragraph and end as a sentence does: a
    numbered title ("1. Thailand’s preparation on the Israel-Iran situation", no final full stop) keeps it
    (:func:`title_line` reads it as nobody's), and so do the items of a list that a line ending in a colon
    introduces ("The model has four pillars:" / "1. Empower communities abroad and call on ...": a
    speech's points, often in the imperative, whose first words are no speaker)."""
    starts = numbered_paragraph_starts(text, paras)
    out = []
    for a, b, kind in sents:
        whole = kind == "body" and a in starts and text[a:b].rstrip()[-1:] in NUMBERED_SENTENCE_ENDS
        m = PARAGRAPH_NUMBER_RE.match(text, a) if whole else None
        out.append((m.end(), b, kind) if m is not None and m.end() < b else (a, b, kind))
    return out


def numbered_paragraph_starts(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """Where the numbered paragraphs start that are no items of a list introduced by a line ending in a colon
    (the paragraph before the first of a run of numbered paragraphs)."""
    out: set[int] = set()
    listed = False
    for k, (a, _b) in enumerate(paras):
        if PARAGRAPH_NUMBER_RE.match(text, a) is None:
            listed = False
            continue
        if k == 0 or PARAGRAPH_NUMBER_RE.match(text, paras[k - 1][0]) is None:
            listed = k > 0 and text[paras[k - 1][0] : paras[k - 1][1]].rstrip().endswith(":")
        if not listed:
            out.add(a)
    return out


def _paragraph_spans(art: Any) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: an Article's ``paragraph_bounds``; other article-like objects give
    their ``paragraphs`` table."""
    if isinstance(art, Article):
        return art.paragraph_bounds
    paras = art.paragraphs
    return list(zip(paras["start"].tolist(), paras["end"].tolist(), strict=True))


class Engine:
    """One pass of the statement rules over a text (see :func:`analyse`, which runs it and caches the
    result): the sentences that hold a cue, a quotation, a speaker label or an original-language line are
    tried, in text order, by :data:`SENTENCE_RULES`; then :data:`PASSES` run over the whole text."""

    def __init__(
        self,
        text: str,
        sentences: list[tuple[int, int, str]],
        paragraphs: list[tuple[int, int]],
        verbs_key: str | None,
        titles_key: str | None,
        turn_labels: set[int] | None = None,
        words_path: str | None = None,
    ) -> None:
        self.text = text
        #: the text with every Unicode space as a blank (the same offsets), where speaker labels are read:
        #: "Foreign Affairs Minister\u00a0François-Philippe Champagne:" (typeset copy)
        spaced = any(c in text for c in UNICODE_SPACES)
        self.label_text = text.translate(LABEL_SPACE_TABLE) if spaced else text
        #: a label a hard wrap broke over a paragraph's first two lines is read as one ("Prince" / "Saud
        #: Al-Faisal: In the Name of Allah, ..." as "Prince Saud Al-Faisal:"): that line break as a blank
        breaks = [k for a, _b in paragraphs if (k := split_label_break(text, a)) is not None]
        # a paragraph cut off a heading it was glued to ("On Philippines-US relationsBea Cupin: By ...", see
        # helpers.layout.run_on_label_cuts): the heading's last letter as a blank, so the label reads alone
        breaks += [a - 1 for a, _b in paragraphs if a > 0 and text[a - 1].isalnum()]
        if breaks:
            chars = list(self.label_text)
            for k in breaks:
                chars[k] = " "
            self.label_text = "".join(chars)
        self.turn_labels = turn_labels or set()  # a transcript's turns (helpers.formats) own those labels
        self.sents = unnumbered(text, sentences, paragraphs or [(0, len(text))])
        self.starts = [s for s, _, _ in self.sents]
        #: the sentences whose paragraph number was left out: where the number starts
        self.number_starts = {i: a for i, ((a, _b, _k), (c, _d, _l)) in enumerate(zip(sentences, self.sents))
                              if a != c}
        self.paras = paragraphs or [(0, len(text))]
        self.verbs = load_verbs(verbs_key)
        self.cue_re = cue_pattern(verbs_key)
        self.parser = parser_for(titles_key)
        self.words = rule_words(words_path)
        self.res = Resolver(text, self.parser, self.starts)
        self.res.lead_start = next((a for a, _b, k in self.sents if k == "body"), 0)
        self.rows: list[Statement] = []
        self.mentions: list[dict[str, Any]] = []
        self.quotes: list[Quote] = []
        self._qopen: list[int] = []
        #: per sentence: the cues outside quotations, the quotations opening in it, speaker labels
        #: (paragraph, label start, label end), Wikinews original-language lines
        self.cues_of_sentence: dict[int, list[re.Match[str]]] = {}
        self.quotes_of_sentence: dict[int, list[Quote]] = {}
        #: sentences that open inside a quotation begun in an earlier sentence
        self.inside_quotes: set[int] = set()
        self.label_sentences: dict[int, tuple[int, int, int]] = {}
        self.translations: set[int] = set()
        #: sentences opened by "For X, ..." (:data:`OPINION_FRAME_RE`): tried by the rules, though cueless
        self.frames: set[int] = set()
        #: sentences opening with a dash and a space: a signature line ("― Pamela Padilla") may credit the
        #: quotation before them
        self.signatures: set[int] = set()
        #: headlines, headings and one-line paragraphs without a final full stop (see headline_like)
        self.headlines: set[int] = set()
        self.label_rows: dict[int, Statement | PendingLabel] = {}
        #: labelled paragraphs whose turn runs on to the next label (:data:`RUNNING_LABEL_RULES`)
        self.running_labels: set[int] = set()
        #: the remarks headings of the opening paragraphs (:func:`remarks_heading_matches`), once searched
        self.remarks_matches: list[re.Match[str]] | None = None
        #: the people named with two words or more: (lower-case words, first offset); see label_people
        self.label_people: list[tuple[list[str], int]] | None = None
        #: whether the opening paragraphs hold a briefing title (:func:`has_briefing_title`), once searched
        self.briefing_title_seen: bool | None = None
        #: where the text's last reporting "said" outside quotation marks stands, -1 for none
        #: (:func:`_said_outside_quotes`), once searched
        self.last_said_outside: int | None = None
        #: the searches of the opening paragraphs already made (:meth:`opening_matches`)
        self._openings: dict[tuple[re.Pattern[str], int], list[re.Match[str] | None]] = {}
        #: the last statement made by a sentence rule, and its sentence
        self.last: Statement | None = None
        self.last_sid = -10

    # -- positions ------------------------------------------------------------------------------------
    def in_quote(self, pos: int) -> Quote | None:
        """The outermost quotation holding ``pos`` (marks included), or None."""
        i = bisect.bisect_right(self._qopen, pos) - 1
        if i >= 0 and self.quotes[i].open <= pos < self.quotes[i].close:
            return self.quotes[i]
        return None

    def opening_matches(self, pattern: re.Pattern[str], count: int) -> list[re.Match[str] | None]:
        """``pattern.search`` in each of the first ``count`` paragraphs (None where it finds nothing),
        searched once per text: the title rules of several passes read the same opening paragraphs with
        the same patterns."""
        key = (pattern, count)
        if key not in self._openings:
            self._openings[key] = [pattern.search(self.text, a, b) for a, b in self.paras[:count]]
        return self._openings[key]

    def quotes_in(self, a: int, b: int) -> list[Quote]:
        """Outermost quotations lying inside ``[a - 1, b + 2)`` (a content span and its marks; one more
        character each side for the two-character typewriter marks ``…''), or closed after the content by a
        mark set off by a blank (``electricity, " Mr X said``: only commas and blanks before the mark), or
        opened by a mark set off by a blank before the content (``said: ” We are ...``)."""
        i = bisect.bisect_left(self._qopen, a - 3)
        j = bisect.bisect_left(self._qopen, b + 2)
        return [
            q for q in self.quotes[i:j]
            if (q.open >= a - q.width or (q.inner_start >= a and not self.text[q.open + q.width : a].strip()))
            and (q.close <= b + 1 + q.width or not self.text[b : q.close - q.width].strip(", \t"))
        ]

    def run_on_open(self, q: Quote) -> int:
        """Where the quotation ending in ``q`` opens: a quotation of several paragraphs leaves each but the
        last open (the convention: '“In this summit, I met X. ...' / '“After that, ...,” he said'), so the
        opening mark of the first unclosed paragraph before ``q`` (``q.open`` when none runs on into it).
        A name in those paragraphs is inside the quotation, no antecedent of its "he said"."""
        start = q.open
        i = bisect.bisect_left(self._qopen, start) - 1
        while i >= 0 and not self.quotes[i].closed and not self.text[self.quotes[i].close : start].strip():
            start = self.quotes[i].open
            i -= 1
        return start

    def sentence_of(self, pos: int) -> int:
        """The id of the sentence holding ``pos``; a paragraph's number left out of its first sentence
        (:func:`unnumbered`) belongs to that sentence, not to the one before."""
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        if self.number_starts and self.number_starts.get(i + 1, pos + 1) <= pos:
            return i + 1
        return i

    def credited_sentences(self) -> set[int]:
        """The ids of every sentence a statement found so far covers."""
        return {int(i) for r in self.rows for i in str(r.sentence_ids).split(",") if i}

    def trim(self, a: int, b: int) -> tuple[int, int]:
        """``a``-``b`` without surrounding space and ",;:" and without a final full stop."""
        t = self.text
        while a < b and (t[a].isspace() or t[a] in ",;:"):
            a += 1
        while b > a and (t[b - 1].isspace() or t[b - 1] in ",;:"):
            b -= 1
        if b > a and t[b - 1] == "." and t[b - 2 : b] != "..":
            b -= 1
        while b > a and t[b - 1].isspace():
            b -= 1
        return a, b

    # -- run ------------------------------------------------------------------------------------------
    def run(self) -> Analysis:
        """Apply every rule; the statements renumbered in text order, the quotations' kinds set."""
        warns = self._find_quotes()
        self._index_sentences()
        todo = sorted(
            set(self.cues_of_sentence)
            | set(self.quotes_of_sentence)
            | set(self.label_sentences)
            | self.translations
            | self.frames
            | self.signatures
            | self.inside_quotes
        )
        for si in todo:
            for rule in SENTENCE_RULES:
                got = rule(self, si)
                if got is None:
                    continue
                if got != SKIP:
                    self.last_sid, self.last = si, got
                break
        for rule in PASSES:
            rule(self)
        self._renumber()
        for q in self.quotes:
            named = is_name_quote(self.text, q, self.words)
            if q.statement_id >= 0 and q.words > 1 and not named:
                q.kind = QUOTE_STATEMENT
            elif q.words <= 1 or named:
                q.kind, q.speaker, q.statement_id = QUOTE_SCARE, None, -1
        return Analysis(self.text, self.rows, self.quotes, self.mentions, self.res, self.starts, warns)

    def _find_quotes(self) -> list[str]:
        """Pair the quotation marks; warn about unbalanced ones."""
        text = self.text
        self.quotes, bad = find_quotes(text, self.paras)
        self._qopen = [q.open for q in self.quotes]
        if not bad:
            return []
        msg = (
            f"{len(bad)} unbalanced quotation mark(s), first at offset {bad[0]}: "
            f"{text[max(0, bad[0] - 20) : bad[0] + 20]!r}; ignored"
        )
        warnings.warn(msg, UserWarning, stacklevel=4)
        return [msg]

    def _index_sentences(self) -> None:
        """Which sentences hold a cue (outside quotations), a quotation, a speaker label, an original."""
        text = self.text
        for m in self.cue_re.finditer(text):
            q = self.in_quote(m.start()) if self.quotes else None
            if q is not None and not quotation_opens_with_cue(text, q, m.start()):
                continue
            self.cues_of_sentence.setdefault(self.sentence_of(m.start()), []).append(m)
        for q in self.quotes:
            first = self.sentence_of(q.open)
            self.quotes_of_sentence.setdefault(first, []).append(q)
            # the later sentences of a quotation the splitter cut (single marks: inside_quotation_before)
            self.inside_quotes.update(range(first + 1, self.sentence_of(max(q.open, q.close - 1)) + 1))
        labels = speaker_labels(self)
        if labels:
            pstarts = [a for a, _ in self.paras]
            for si, (s0, _s1, _k) in enumerate(self.sents):
                pi = bisect.bisect_right(pstarts, s0) - 1
                if pi in labels:
                    self.label_sentences[si] = (pi, *labels[pi])
        self.signatures = {si for si, (a, _b, _k) in enumerate(self.sents) if is_signature_start(text, a)}
        self.headlines = {si for si in range(len(self.sents)) if headline_like(self, si)}
        if "For " in text:
            self.frames = {
                si
                for si, (a, b, _k) in enumerate(self.sents)
                if OPINION_FRAME_RE.match(text, self.trim(a, b)[0], b) is not None
            }
        # Wikinews gives a quotation's original after its translation: "((hu))Hungarian language: ..."
        if " language:" in text:
            self.translations = {
                si for si, (a, _b, _k) in enumerate(self.sents) if TRANSLATION_RE.match(text, a) is not None
            }

    def _renumber(self) -> None:
        order = sorted(range(len(self.rows)), key=lambda i: (self.rows[i].start, i))
        new_id = {self.rows[i].statement_id: n for n, i in enumerate(order)}
        self.rows = [self.rows[i] for i in order]
        for r in self.rows:
            r.statement_id = new_id[r.statement_id]
        for q in self.quotes:
            if q.statement_id >= 0:
                q.statement_id = new_id[q.statement_id]
        for m in self.mentions:
            m["statement_id"] = new_id.get(m["statement_id"], -1)

    # -- recording ------------------------------------------------------------------------------------
    def attribute(
        self,
        si: int,
        np_: NP,
        cue: str,
        cue_start: int,
        cue_end: int,
        kind: str | None,
        a: int,
        b: int,
        rule: str,
        previous_speaker: bool = False,
    ) -> Statement | None:
        """Resolve the speaker phrase ``np_`` and record its statement (content ``a``-``b``); ``kind``
        None: direct when the content is one quotation, partial with a quoted fragment, else indirect."""
        label = self.label_sentences.get(si)
        if label is not None and np_.start < label[2] < np_.end:
            return None  # a phrase across a label's colon ("Spokesperson, Shri X: Friends, ... welcome")
        ent, ante, rrule, mtype = self.resolve_speaker(np_, a, b, previous_speaker)
        if ent is None:
            return None
        if ent.document and np_.determiner == "definite":  # "The letter states ...": its sender's, if named
            sender = sender_before(self, si)
            if sender is not None and sender.entity is not None:
                ent, ante, rrule = sender.entity, None, f"{rrule}: {RULE_DOCUMENT_SENDER}"
        text = self.text
        a = quotation_start(self, a, b)
        qs = [q for q in self.quotes_in(a, b) if q.inner_end > q.inner_start]
        direct = None
        for q in qs:
            if q.open <= a + 1 and not text[q.close : b].strip(" .,;:!?\n"):
                direct = q
        if kind is None:
            if direct is not None:
                kind = DIRECT
            elif any(q.words >= 2 for q in qs):
                kind = PARTIAL
            else:
                kind = INDIRECT
        if direct is not None and kind == DIRECT:
            a, b = direct.inner_start, direct.inner_end
        source = Source(ent, np_.text, np_.start, np_.end)
        return self.add(
            source,
            (cue, cue_start, cue_end),
            kind,
            a,
            b,
            f"{rule}; speaker: {rrule}",
            mention_type=mtype,
            antecedent=ante,
        )

    def resolve_speaker(self, np_: NP, a: int, b: int, previous_speaker: bool) -> tuple[Any, Any, str, str]:
        """Resolve the speaker phrase ``np_`` of content ``a``-``b``. A pronoun after its content names nobody
        inside it: '"President Biden told Putin ...," he said' is not Biden's; nor is "During the visit, Wang
        will meet ... Brazilian President Dilma Rousseff ..., she said." Rousseff's (the spokeswoman quoted
        before is "she"): the content's names are left out, unless no one else before fits."""
        quoted = [q for q in self.quotes_in(a, b) if q.close <= np_.start]
        spans = []
        if np_.kind == "pronoun" and quoted:
            spans.append((self.run_on_open(quoted[0]), quoted[-1].close))
        elif (
            np_.text.lower() in ("he", "she") and a < b <= np_.start
            and not self.text[b : np_.start].strip(", ")
        ):
            spans += [(a, b), None]  # (the content's names back, when nobody else fits)
        for span in spans or [None]:
            self.res.quoted = span
            try:
                got = self.res.resolve(np_, np_.start, previous_speaker=previous_speaker)
            finally:
                self.res.quoted = None
            if got[0] is not None:
                return got
        return got

    def carry_on(self, last: Statement, s0: int, s1: int, why: str) -> Statement:
        """Sentence ``s0``-``s1`` as a continuation of ``last``'s speaker, with no cue of its own; ``why``
        is the rule text, with ``{}`` for the speaker's name."""
        a, b = self.trim(s0, s1)
        return self.add(last.source, NO_CUE, CONTINUATION, a, b, RULE_CONTINUATION + why.format(last.speaker))

    def add(
        self,
        source: Source,
        cue: tuple[str, int, int],
        kind: str,
        a: int,
        b: int,
        rule: str,
        *,
        mention_type: str | None = None,
        antecedent: Any = None,
    ) -> Statement:
        """Record a statement of ``source`` (cue text, start, end; content ``a``-``b``). A new speaker
        mention (``mention_type`` not None) is recorded for the speaker mentions table."""
        ent, sid = source.entity, len(self.rows)
        first, last = self.sentence_of(a), self.sentence_of(max(a, b - 1))
        row = Statement(
            sid,
            ent.canonical,
            ent.type,
            source.mention,
            source.start,
            source.end,
            *cue,
            kind,
            a,
            b,
            self.text[a:b],
            first,
            ",".join(str(i) for i in range(first, last + 1)),
            rule,
            ent,
        )
        self.rows.append(row)
        self.res.add_content(a, b, ent)
        ent.n_statements += 1
        if mention_type is not None:
            self._mention(row, mention_type, antecedent)
        for q in self.quotes_in(a, b) + self.quotes_opening_at(a, b):
            if q.statement_id < 0:
                q.statement_id, q.speaker = sid, ent.canonical
        return row

    def quotes_opening_at(self, a: int, b: int) -> list[Quote]:
        """The quotation whose opening mark starts content ``a``-``b`` and that runs on past it: a
        quotation of several sentences credited sentence by sentence ("the Tánaiste said: / “The ongoing
        war in Gaza and Lebanon is completely unacceptable. The risk ... is real."), whose first
        sentence's speaker is the quotation's (rule: quotation credited by its first sentence)."""
        i = bisect.bisect_left(self._qopen, a - 2)
        return [
            q
            for q in self.quotes[i : i + 2]
            if q.open <= a <= q.inner_start and q.close > b + 1 + q.width and q.open >= a - 2
        ]

    def _mention(self, row: Statement, mention_type: str, antecedent: Any) -> None:
        ent, ms, me = row.entity, row.speaker_start, row.speaker_end
        if mention_type == "role_noun" or (mention_type == "name" and ent.type == "person"):
            ent.add_alias(row.speaker_mention)
        self.res.mark_speaker(ent, ms, me)
        self.mentions.append(
            {
                "mention_id": len(self.mentions),
                "start": ms,
                "end": me,
                "text": self.text[ms:me],
                "mention_type": mention_type,
                "speaker": ent.canonical,
                "speaker_type": ent.type,
                "antecedent_start": antecedent.start if antecedent is not None else -1,
                "antecedent_end": antecedent.end if antecedent is not None else -1,
                "rule": row.rule.split("speaker: ", 1)[-1],
                "statement_id": row.statement_id,
                "sentence_id": self.sentence_of(ms),
            }
        )


#: how the rule column marks an according-to source that only passes another's words on
CHANNEL_MARK = RULE_CHANNEL.split("{}")[0]
#: the cue of a statement with none (continuations)
NO_CUE = ("", -1, -1)
#: what a sentence rule returns when it settles the sentence without a statement
SKIP = "skip"


# --------------------------------------------------------------------------------------------------------
# Interview transcripts: "LAVROV: ...", "Q: ...", "A: ..."
# --------------------------------------------------------------------------------------------------------

#: an office's division, region or desk in brackets after it: "Secretary (East)", "Joint Secretary (BIMSTEC)",
#: "Additional Secretary (PP&R)" (an Indian ministry's offices); one bracket of up to five words
_OFFICE_DIVISION = r"(?:[ \t]+\([A-Z][\w.&'’\-]*(?:[ \t]+[\w.&'’\-]+){0,4}\))?"
# A label starts a paragraph, never inside a word: the look-behind stops a search retrying inside a run
# of capitals (quadratic).
_LABEL_RE = re.compile(
    # up to five words: an office before a full name ("Foreign Affairs Minister François-Philippe Champagne")
    # "DPM/Minister:", "PM/Minister:" (one person by two offices; a name and the outlet: "JOSEPH MORONG/GMA")
    cased(r"(?<!\w)(?P<label>Q|A|Question|Answer|[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4}"
    r"(?:/[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})?)"
    # "Question 1:", "Answer 2:" (a numbered interview's turns): the number is no part of the label
    r"(?:(?<=Question)[ \t]+\d{1,3}|(?<=Answer)[ \t]+\d{1,3})?"
    # "S Ramesh (CNA):" (a door-stop's journalist and the outlet in brackets)
    r"(?:[ \t]+\((?P<outlet>[A-Z][\w.&'’ \-]{0,40})\))?"
    # "KELLY MCEVERS, HOST:", "MARY LOUISE KELLY, BYLINE:" (radio transcripts): a role after a comma;
    # "Mr. Takeshi Osuga, Foreign Press Secretary:" (ministries' briefings): a title in mixed case, the
    # state or department after "of"/"for" ("Irakli Garibashvili, Prime Minister of Georgia:")
    # "MICHAEL SOMARE, PRIME MINISTER, PNG:", "AKUILA YABUKI, CITIZENS' CONSTITUTIONAL FORUM:" (broadcast
    # transcripts): a role of up to four words in capitals, a place or body after a second comma
    r"(?:,[ \t]+(?P<role>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,[ \t]+[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3})?"
    r"|[A-Z][a-z][\w'’\-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[A-Z][\w'’\-]*){0,4}"
    # "Shri Jaideep Mazumdar, Secretary (East):", "..., Joint Secretary (BIMSTEC):" (a ministry's briefing):
    # the office's division or region in brackets after it
    rf"{_OFFICE_DIVISION}))?"
    r"[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$|[ \t]*(?=\n))")
)
#: an office in mixed case of up to eight capitalised words with "of", "for", "and", "the", "on" between
#: ("Minister for International Development and the Pacific", "President of the Republic of Indonesia")
_OFFICE_WORDS = r"[A-Z][a-z][\w'’\-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+){0,2}[A-Z][\w'’\-]*){0,7}"
#: a full name of two to four capitalised words ("Pat Conroy", "Joko Widodo", "Ms Julie Bishop")
_FULL_NAME_WORDS = r"[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3}"
#: an office before the name, set off by a comma: "Minister for International Development and the Pacific,
#: Pat Conroy: Well, ..." (ministers' transcripts); the office is the label's role (see label_with_title_role)
_OFFICE_FIRST_LABEL_RE = re.compile(
    # ("Secretary (East), Shri Jaideep Mazumdar:": the office's division in brackets)
    cased(rf"(?<![\w'’\-])(?P<role>{_OFFICE_WORDS}{_OFFICE_DIVISION}),[ \t]+"
          rf"(?P<label>{_FULL_NAME_WORDS})[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$|[ \t]*(?=\n))")
)
#: a label alone on its line above its words in the same paragraph ("Question:" / "Could you ...",
#: "Minister:" / "I had the meeting ...") counts only as a role label or an office (see label_on_own_line)
#: a numbered question's label in a ministry's Q&A ("1. Tuoi tre: What is ...", "2) Kyodo: ..."): the
#: number opens the paragraph, the asker's name may go on in lower case; no role after a comma
_NUMBERED_LABEL_RE = re.compile(
    cased(r"\d{1,2}[.)][ \t]+(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,2})(?P<role>(?!))?"
          r"[ \t]*:[ \t]+(?=\S)")
)
#: a question or answer label closed by a parenthesis ("Q) What is ...?", "A) I've seen the reports"; a
#: ministry's briefing transcript): read as "Q:"/"A:" only where a "Q)" paragraph opens the text's Q&A,
#: so that a list lettered "A) ... B) ..." stays a list; the words in full too ("Question) How many times
#: ...?" / "Answer) This is my first visit ...", a paper's written interview)
_PAREN_QA_LABEL_RE = re.compile(r"(?P<label>Q|A|Question|Answer)(?P<role>(?!))?\)[ \t]+(?=\S)")
#: a label that may be a person's initials: two to four capitals ("MH", "TAG", "NG"; not "US", a state)
_INITIALS_RE = re.compile(cased(r"[A-Z]{2,4}"))
#: a speaker's initials as the label, closed by a tab or two blanks instead of a colon ("MH     Hello,
#: everybody.", "TAG     Thank you."; a health organisation's briefing transcripts): read only where the
#: letters are the initials of a person the text names (see label_initials_of_person)
_INITIALS_LABEL_RE = re.compile(cased(r"(?P<label>[A-Z]{2,4})(?P<role>(?!))?(?:\t|[ ]{2})[ \t]*(?=\S)"))
#: a label in double parentheses, as Wikinews prints its interviews: "((WN))  What led you to ...?" (the
#: interviewer, ``wn`` of ``[role labels]``) / "((Sara Seager))  It's one of my life's goals ..."
_DOUBLE_PAREN_LABEL_RE = re.compile(
    cased(r"\(\((?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4})(?P<role>(?!))?\)\)[ \t]*(?=\S)")
)
#: a speaker label in bold ("**Jen Psaki:** We have ...", "**Jen Psaki**: ...", Markdown copy)
_BOLD_LABEL_RE = re.compile(
    cased(r"\*\*(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4})(?P<role>(?!))?"
    r"(?:\*\*[ \t]*:|[ \t]*:[ \t]*\*\*)[ \t]*(?=\S)")
)
#: a speaker label closed by a dash instead of the colon ("JEN PSAKI – We have ...", "Jen Psaki — We
#: ..."): read only where it recurs or names a person the text supports (:data:`SHAPED_LABEL_RULES`),
#: never a dateline ("WASHINGTON — The United States ...")
_DASH_LABEL_RE = re.compile(
    cased(r"(?<!\w)(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4})(?P<role>(?!))?"
          r"[ \t]+[–—][ \t]+(?=\S)")
)
#: a speaker's name in capitals alone on its line, the words on the next line ("JEN PSAKI" / "We have
#: ..."), read as :data:`_DASH_LABEL_RE` is
_OWN_LINE_LABEL_RE = re.compile(
    cased(r"(?<!\w)(?P<label>[A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,4})(?P<role>(?!))?"
          r"[ \t]*(?=\n[ \t]*\S)")
)
#: "Q. What is ...?" / "A. We have ...": a question or answer label closed by a full stop, read only where
#: a "Q." paragraph opens the text's Q&A (as "Q)"; "A. Smith said" alone is an initial)
_STOP_QA_LABEL_RE = re.compile(r"(?P<label>Q|A)(?P<role>(?!))?\.[ \t]+(?=\S)")
#: a conversation role word in mixed case alone on its line, no colon, the turn's words on the lines or in
#: the paragraph below ("Journalists" / "Morning, Sir. Sir, will you also discuss ...?"; a government's press
#: statement transcript): read only as a role of ``[role labels]`` (see label_role_alone_on_line)
_ROLE_LINE_LABEL_RE = re.compile(
    cased(r"(?<!\w)(?P<label>[A-Z][a-z]+(?:[ \t]+[a-z]+)?)(?P<role>(?!))?[ \t]*(?=\n|$)")
)
#: an office and the holder's full name in brackets alone on its line, no colon, the turn's words below
#: ("President of the Republic of Indonesia (Joko Widodo)" / "Later, in the meeting ..."): the name is the
#: label, the office its role (see label_office_and_name_line)
_OFFICE_NAME_LINE_LABEL_RE = re.compile(
    cased(rf"(?<![\w'’\-])(?P<role>{_OFFICE_WORDS})[ \t]+\((?P<label>{_FULL_NAME_WORDS})\)[ \t]*(?=\n|$)")
)
#: a member's full name and, in brackets, the seat, party and office, alone on a line over the member's words
#: ("Ms Julie Bishop (Curtin, Liberal Party, Minister for Foreign Affairs)" / "My understanding of ...",
#: "Mark Dreyfus (Isaacs, Australian Labor Party, Shadow Attorney General)"; a parliament's record): the
#: name is the label, the bracket, which holds a comma, its role (see label_name_and_seat_line)
_NAME_SEAT_LINE_LABEL_RE = re.compile(
    cased(rf"(?<![\w'’\-])(?P<label>{_FULL_NAME_WORDS})[ \t]+"
          r"\((?P<role>[A-Z][^(),\n]{0,60}(?:,[ \t]*[A-Z][^(),\n]{0,60}){1,3})\)[ \t]*(?=\n|$)")
)
#: a label alone on its line, closed by a colon, over a line that opens with a quotation mark: an office and
#: a full name of up to eight capitalised words, or a name and, after a comma, the outlet in any case
#: ("Iranian Foreign Minister Mohammed Javad Zarif:" / "“The negotiations were ...", "Reihaneh Mazaheri,
#: euronews:" / "“After months of negotiations ...?”"; an interview printed as quoted turns; the quotation
#: mark is checked by label_name_over_quotation, as the layout may make the line a paragraph of its own)
_QUOTE_LINE_LABEL_RE = re.compile(
    cased(r"(?<!\w)(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,7})"
          r"(?:,[ \t]+(?P<role>\w[\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,2}))?[ \t]*:[ \t]*(?=\n|$)")
)
#: how far past a label line its quotation's opening mark is looked for (blanks and line breaks between)
QUOTE_NEXT_CHARS = 40
#: the label shapes of a line of its own in mixed case, read only by :data:`LINE_LABEL_RULES`
_LINE_LABEL_SHAPES = (_ROLE_LINE_LABEL_RE, _OFFICE_NAME_LINE_LABEL_RE, _NAME_SEAT_LINE_LABEL_RE,
                      _QUOTE_LINE_LABEL_RE)
#: the label shapes read only where a rule of :data:`SHAPED_LABEL_RULES` holds
_WEAK_LABEL_SHAPES = (_DASH_LABEL_RE, _OWN_LINE_LABEL_RE, *_LINE_LABEL_SHAPES)
#: the label shapes that may hold a person's name (see label_person_speaks, label_opens_monologue)
_NAME_LABEL_SHAPES = (_LABEL_RE, _BOLD_LABEL_RE, _DASH_LABEL_RE, _OWN_LINE_LABEL_RE)
#: the characters that close a speaker label: the colon, the parenthesis of "Q)"/"A)", a dash
_LABEL_CLOSERS = ":)–—"
#: Unicode spaces to blanks (see ``Engine.label_text``)
LABEL_SPACE_TABLE = str.maketrans(dict.fromkeys(UNICODE_SPACES, " "))
#: the most words a label written only once may have in a briefing ("China Daily:", "Sudhi Ranjan:");
#: a longer capitalised run before a colon is more often a heading or a headline
MAX_BRIEFING_LABEL_WORDS = 4


def header_speakers(eng: Engine) -> set[str]:
    """Lower-case full names and surnames of the spokespeople a briefing's title names
    (:func:`helpers.formats.header_speaker_names`)."""
    return {n.lower() for name in header_speaker_names(eng.text) for n in (name, name.split()[-1])}


@dataclass
class LabelSeen:
    """What the label rules look at: one paragraph-opening label (``match``, its lower-case ``key``), how
    often that label opens a paragraph in the text (``count``), the spokespeople the briefing's title
    names (``header``) and whether the text is a briefing (``briefing``: the title names a spokesperson
    or labels of the stronger kinds open at least :data:`MIN_TRANSCRIPT_LABELS` paragraphs)."""

    match: re.Match[str]
    key: str
    count: int
    header: set[str]
    titles: Any
    briefing: bool = False
    #: the label answers a question: the nearest labelled paragraph before it is an asker's ("Question:")
    after_question: bool = False
    #: the engine, for the rules that look at the people the text names (see label_names_person_in_text)
    eng: Any = None
    #: where the label's paragraph ends (see label_person_speaks)
    para_end: int = -1


def label_is_a_tag(m: re.Match[str], not_labels: frozenset[str]) -> bool:
    """A line opening of ``[not labels]`` (transcript_labels.txt) before its colon is an outlet's tag, never
    a speaker, however often it recurs or in capitals: "LAST MINUTE NEWS:", "Details:", "BREAKING:" (a
    role label such as "Question:" stays a label, as in :mod:`helpers.formats`). A line opening whose words
    after the first hold a present-tense speech verb of ``[headline verbs]`` is a headline's speaker and cue,
    never a label either: "PRIME MINISTER DAVIS SAYS:", "MINISTER TELLS UN:"."""
    key = " ".join(m.group("label").lower().rstrip(".").split())
    labels = load_transcript_labels()
    verbs = load_names().headline_verb_words  # "Confer", "MEETS": the headline verbs of names.txt as well
    if any(w in labels.headline_verbs for w in key.split()[1:]) or any(
        w in verbs for w in m.group("label").split()[1:]
    ):
        return True
    return key in not_labels and key not in labels.roles


#: the fewest words after the colon of a title line in capitals (see :func:`capitals_title_line`)
MIN_CAPITALS_TITLE_WORDS = 3


def capitals_title_line(text: str, m: re.Match[str]) -> bool:
    """A label in capitals whose line runs on in capitals after the colon, at least
    :data:`MIN_CAPITALS_TITLE_WORDS` words and no small letter, is a document's title, no speaker: "TEKS
    UCAPAN VERBATIM: SESI TAKLIMAT YAB PERDANA MENTERI ..." (a verbatim transcript's title, in Malay),
    "FULL TEXT: PRIME MINISTER'S ADDRESS TO THE NATION". A speaker's turn is written in mixed case."""
    if not m.group("label").isupper():
        return False
    end = text.find("\n", m.end())
    rest = text[m.end():len(text) if end < 0 else end]
    return len(rest.split()) >= MIN_CAPITALS_TITLE_WORDS and not any(c.islower() for c in rest)


def label_on_own_line(eng: Engine, m: re.Match[str]) -> bool:
    """A label on a line of its own with its words on the next line of the same paragraph is a speaker's
    only when it is a role label of ``[role labels]`` (transcript_labels.txt) or an office of titles.txt:
    "Question:" / "Minister:" in a ministry's press conference; a line "Background:" or "KEY POINTS:" over
    a list is none."""
    key = " ".join(m.group("label").lower().rstrip(".").split())
    labels = load_transcript_labels()
    # a name and, after a comma, an office ("Dr Nkosazana Dlamini Zuma, South African Minister of Foreign
    # Affairs:" / "I am very pleased ..."; a ministry's briefing transcript): a speaker's label
    role = m.groupdict().get("role") or ""
    office = any(w.lower() in eng.parser.lex.title_words for w in role.split())
    if key.split()[0].rstrip(".") in labels.honorifics and not (full_name_label(eng, m) or office):
        return False  # a speech's salutation on its own line ("Mr. President:" / "Permit me ..."), a vocative
    return (key in labels.roles or key in eng.parser.lex.titles or full_name_label(eng, m) or office
            or label_foreign_title_size(eng, m.group("label")) > 0)


def full_name_label(eng: Engine, m: re.Match[str]) -> bool:
    """A label of two or three capitalised words that the text writes elsewhere as a name ("Jen Psaki:"
    alone on its line under "Press Briefing by Press Secretary Jen Psaki"), or whose first word is a given
    name of titles.txt ("Ned Price:"): a person, where "Key Points:" or "Background:" is none."""
    words = m.group("label").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    if words[0].lower() in eng.parser.lex.given_names:
        return True
    name = " ".join(words)
    return any(k != m.start("label") for k in _occurrences(eng.label_text, name))


def _occurrences(text: str, s: str):
    k = text.find(s)
    while k >= 0:
        yield k
        k = text.find(s, k + 1)


def label_recurs(seen: LabelSeen) -> bool:
    """A label that opens more than one paragraph ("Rishabh:" twice) is a speaker's."""
    return seen.count > 1


def label_in_capitals(seen: LabelSeen) -> bool:
    """A label in capitals ("LAVROV:", "MS. PSAKI:") is a speaker's, even once."""
    return seen.match.group("label").isupper()


def label_names_title_speaker(seen: LabelSeen) -> bool:
    """A label naming the spokesperson the briefing's title names, in full or by surname after a title:
    "Hua Chunying:" or "Foreign Press Secretary Osuga:" under "Press Conference by Foreign Press
    Secretary Takeshi Osuga"."""
    return seen.key in seen.header or seen.key.split()[-1] in seen.header


def label_with_title_role(seen: LabelSeen) -> bool:
    """A name with a role after a comma, the role in capitals or a title of ``titles.txt`` in mixed case:
    "KELLY MCEVERS, HOST:", "Shri Arindam Bagchi, Official Spokesperson:", "Irakli Garibashvili, Prime
    Minister of Georgia:" (the office before "of"/"for" and the state or department), "Shri Jaideep
    Mazumdar, Secretary (East):" (the office before its division in brackets)."""
    role = seen.match.group("role")
    if not role:
        return False
    if role.isupper():
        return True
    words = role.partition("(")[0].lower().split()
    if " of " in f" {role} " or " for " in f" {role} ":  # "Prime Minister of Georgia": the office before "of"
        words = " ".join(words).replace(" for ", " of ").partition(" of ")[0].split()
    return any(" ".join(words[i:]) in seen.titles for i in range(len(words)))


def label_outlet_asks(seen: LabelSeen) -> bool:
    """An organisation, as a news outlet, as the label ("Reuters: PM, you just visited ... Could you tell us
    ...?"), its paragraph holding a question, is the asker's turn, even once and in mixed case: the
    question is the outlet's journalist's, not the answerer's before it."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re is not _LABEL_RE or m.group("role"):
        return False
    return outlet_asks(eng, m.group("label"), eng.text[m.end():seen.para_end])


def outlet_asks(eng: Engine, label: str, words: str) -> bool:
    """A label read whole as an organisation (a news outlet: "Reuters", "TASS") over ``words`` that hold a
    question: the outlet's journalist asks."""
    if "?" not in words:
        return False
    label = " ".join(label.split())
    np_ = eng.parser.parse(label, 0, len(label), allow_tail=False)
    return np_ is not None and np_.kind == "organisation" and np_.end >= len(label)


def label_with_outlet(seen: LabelSeen) -> bool:
    """A name with an outlet in brackets before the colon is a journalist's label, even once and in mixed
    case: "S Ramesh (CNA): DPM, do you think ...", "Ng Chun Kiat (Asahi Shimbun): Minister, ..." (door-stop
    and press-conference transcripts)."""
    return bool(seen.match.groupdict().get("outlet")) and seen.key not in load_transcript_labels().not_labels


def label_names_offices(seen: LabelSeen) -> bool:
    """Two offices joined by "/" name one person, even once: "DPM/Minister:", "PM/Minister:" (a transcript
    that labels its speaker by both his offices; see :func:`label_offices`)."""
    return "/" in seen.key and label_offices(seen.match.group("label"), seen.titles) is not None


def label_offices(label: str, titles: Any) -> list[str] | None:
    """The offices of a label of offices joined by "/", each a title of titles.txt or the initials of one
    ("DPM/Minister" -> ["deputy prime minister", "minister"]); None when a part is no office."""
    out = []
    for part in label.split("/"):
        low = " ".join(part.lower().split())
        if low not in titles:
            low = next((t for t in titles if " " in t and part.isupper() and len(part) == len(t.split())
                        and "".join(w[0] for w in t.split()) == part.lower()), "")
        if not low:
            return None
        out.append(low)
    return out


def label_is_a_role(seen: LabelSeen) -> bool:
    """A role label of ``[role labels]`` (transcript_labels.txt) that asks is a speaker's, even once and in
    mixed case: "Journalist: Is a meeting possible?" (see :data:`ASKER_ROLES`)."""
    return load_transcript_labels().roles.get(seen.key) in ASKER_ROLES


def label_answers_question(seen: LabelSeen) -> bool:
    """A label right after an asker's labelled paragraph answers the question, even once and in mixed case:
    "Answer:", "Minister:" or "PM Lee Hsien Loong:" after "Question:" / "Q:" (a press conference's or a
    ministry's Q&A; :data:`ASKER_ROLES`). A ``[not labels]`` word ("Note:") is still no speaker."""
    if not seen.after_question or len(seen.key.split()) > MAX_BRIEFING_LABEL_WORDS:
        return False
    labels = load_transcript_labels()
    return seen.key in labels.roles or seen.key not in labels.not_labels


def label_names_person_in_text(seen: LabelSeen) -> bool:
    """A label naming, by surname, a person the text names in full before it is that person's, even once
    and in mixed case: "Fidan:" and "Kostidis:" in a report that named Hakan Fidan and Manolis Kostidis
    ("The exchange between ..."), "M. Cavusoglu:" after "Mevlut Cavusoglu" (see :func:`_label_name_words`)."""
    if seen.eng is None:
        return False
    name = _label_name_words(seen.match.group("label"), seen.titles)
    if name is None:
        return False
    n = len(name)
    return any(
        0 <= first < seen.match.start() and len(words) > n and words[-n:] == name
        for words, first in label_people(seen.eng)
    )


def label_people(eng: Engine) -> list[tuple[list[str], int]]:
    """The people the text names with two words or more, as (lower-case words, first offset), read once
    per text (``eng.label_people``) for :func:`label_names_person_in_text`."""
    if eng.label_people is None:
        eng.res.scan()
        eng.label_people = [
            ([w.lower() for w in e.canonical.split()], e.first_start)
            for e in eng.res.entities if e.type == "person" and " " in e.canonical
        ]
    return eng.label_people


def _label_name_words(label: str, titles: Any) -> list[str] | None:
    """The lower-case words of a label's name, once the honorifics and titles before it are dropped
    ("M. Cavusoglu" -> ["cavusoglu"], "PM Lee Hsien Loong" -> ["lee", "hsien", "loong"]); None when no
    capitalised name ending in a word of at least three letters is left ("Minister", "Editor's note").
    The text must have named the person with more words than the label ("Ross Perot Image:", a caption
    after "Ross Perot", is no short form of his name)."""
    honorifics = load_transcript_labels().honorifics
    words = label.split()
    while words and (words[0].lower().rstrip(".") in honorifics or words[0].lower() in titles
                     or re.fullmatch(cased(r"[A-Z]\."), words[0])):  # (an initial: "J. Berg")
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1].rstrip(".")
    return [w.lower() for w in words] if len(last) >= 3 and last.isalpha() else None


def label_alone_names_mention(seen: LabelSeen) -> bool:
    """A label alone on its line, its words on the lines below, that writes a person as the text names
    them elsewhere, with a courtesy title or a given name (:func:`full_name_label`), and whose turn speaks in
    the first or second person, is a speaker's even once: "Dr Amado:" / "Good morning all of you! I just want
    to thank ..." after "I am very pleased to welcome Dr Amado" (a joint media briefing's transcript)."""
    m, eng = seen.match, seen.eng
    if eng is None or m.re is not _LABEL_RE or m.group("role"):
        return False
    alone = eng.label_text.startswith("\n", m.end())
    return alone and full_name_label(eng, m) and speaks_after_label(eng, m.end(), seen.para_end)


#: a surname alone as a label, one capitalised word in mixed case ("Brownell:", "Mushikiwabo:")
_SURNAME_LABEL_RE = re.compile(cased(r"[A-Z][a-z][\w'’\-]+"))
#: the fewest unlabelled questions after an interview's labelled first exchange (see exchange_pair)
MIN_EXCHANGE_QUESTIONS = 2


def _ends_question(text: str, a: int, b: int) -> bool:
    return text[a:b].rstrip().rstrip("\"”’)]").endswith("?")


def exchange_pair(eng: Engine) -> tuple[int, int] | None:
    """An interview whose first exchange only is labelled with the two surnames, the question then the
    answer on the paragraphs in a row ("Brownell: ... Why?" / "Mushikiwabo: We have become ..."), the rest
    unlabelled paragraphs that ask (at least :data:`MIN_EXCHANGE_QUESTIONS` holding a "?") and answer: the
    two paragraphs' indices, else None. Neither label opens any other paragraph (cached on the engine)."""
    if not hasattr(eng, "exchange_cache"):
        eng.exchange_cache = _exchange_pair(eng)
    return eng.exchange_cache


def _exchange_pair(eng: Engine) -> tuple[int, int] | None:
    text, roles = eng.label_text, load_transcript_labels().roles
    opened = []
    for pi, (a, b) in enumerate(eng.paras):
        m = _LABEL_RE.match(text, a, b)
        if m is not None and m.group("role") is None:
            opened.append((pi, m.group("label")))
    if len(opened) != 2 or opened[1][0] != opened[0][0] + 1 or opened[0][1] == opened[1][1]:
        return None
    if not all(_SURNAME_LABEL_RE.fullmatch(lab) and lab.lower() not in roles for _, lab in opened):
        return None
    qpi, api = opened[0][0], opened[1][0]
    if not _ends_question(text, *eng.paras[qpi]):
        return None
    asked = sum("?" in text[a:b] for a, b in eng.paras[api + 1:])
    return (qpi, api) if asked >= MIN_EXCHANGE_QUESTIONS else None


def label_opens_exchange(seen: LabelSeen) -> bool:
    """A surname label written once that opens an interview's only labelled exchange (:func:`exchange_pair`):
    "Brownell: ... Why?" (the interviewer) and "Mushikiwabo: We have become ..." (the guest) are turns."""
    if seen.eng is None or seen.count != 1:
        return False
    pair = exchange_pair(seen.eng)
    return pair is not None and any(seen.eng.paras[pi][0] <= seen.match.start() < seen.eng.paras[pi][1]
                                    for pi in pair)


def label_asks_named_guest(seen: LabelSeen) -> bool:
    """A one-word label written once that the text names before it (the outlet or interviewer the guest
    "spoke to"), over a paragraph that ends in a question, is the asker's turn when the next paragraph opens
    with the guest's full name as its label: "Sabahi: What is the significance of ...?" / "Fowsiyo Yusuf
    Haji Aadan: This is ..." after "... Aadan spoke to Sabahi about ..." (an outlet's interview)."""
    eng, m = seen.eng, seen.match
    if eng is None or seen.count != 1 or m.re is not _LABEL_RE or m.group("role"):
        return False
    label = m.group("label").strip()
    if len(label.split()) != 1 or not label[:1].isupper() or seen.key in load_transcript_labels().not_labels:
        return False
    pi = next((i for i, (a, b) in enumerate(eng.paras) if a <= m.start() < b), None)
    if pi is None or pi + 1 >= len(eng.paras) or not _ends_question(eng.label_text, *eng.paras[pi]):
        return False
    if not re.search(rf"\b{re.escape(label)}\b", eng.label_text[: m.start()]):
        return False
    nxt = _LABEL_RE.match(eng.label_text, *eng.paras[pi + 1])
    return nxt is not None and full_name(eng, " ".join(nxt.group("label").split())) is not None


def label_names_lead_interviewer(seen: LabelSeen) -> bool:
    """A label written once, in mixed case, that names the outlet or journalist the lead presents as
    interviewing, opening a paragraph right after that lead (:func:`lead_interviewer_label`), is the
    interviewer's turn: "Rudaw: Hello everyone. This is Majeed Gly talking to you from ... with Dr. Fuad
    Hussein, the Foreign Minister of Iraq." under "Iraq's Foreign Minister Fuad Hussein sat down with Rudaw's
    Majeed Gly on Friday ..." (a broadcaster's web copy that labels the first turn only)."""
    eng, m = seen.eng, seen.match
    if eng is None or seen.count != 1 or m.re is not _LABEL_RE or m.group("role"):
        return False
    pi = next((i for i, (a, b) in enumerate(eng.paras) if a <= m.start() < b), None)
    return pi is not None and lead_interviewer_label(eng, pi, m) is not None


def lead_interviewer_label(eng: Engine, pi: int, m: re.Match[str]) -> tuple[Source, int, int] | None:
    """The interviewer the lead names (:func:`interview_outlet`: "... sat down with Rudaw's Majeed Gly ...",
    "... told ZDF ...") when the label ``m`` opening paragraph ``pi`` names them: its words are words of that
    outlet's phrase as the lead writes it ("Rudaw" in "Rudaw's Majeed Gly", "Gly"), and the paragraph stands
    among the first :data:`EXCHANGE_INTRODUCTION_PARAGRAPHS` after the lead's first; else None."""
    if not 0 < pi <= EXCHANGE_INTRODUCTION_PARAGRAPHS:
        return None
    outlet = interview_outlet(eng, pi)
    if outlet is None:
        return None
    written = [w.lower().removesuffix("'s").removesuffix("’s") for w in outlet[0].mention.split()]
    label = m.group("label").lower().split()
    fits = any(written[i:i + len(label)] == label for i in range(len(written) - len(label) + 1))
    return outlet if fits else None


def lead_interviewer_of(eng: Engine, la: int) -> Source | None:
    """The interviewer the lead names when the label at ``la`` opening its paragraph names them
    (:func:`lead_interviewer_label`), else None."""
    pi = next((i for i, (a, b) in enumerate(eng.paras[:EXCHANGE_INTRODUCTION_PARAGRAPHS + 1]) if a <= la < b),
              None)
    m = paragraph_label(eng, *eng.paras[pi]) if pi is not None else None
    if m is None or m.re is not _LABEL_RE or m.start("label") != la or m.group("role"):
        return None
    outlet = lead_interviewer_label(eng, pi, m)
    return outlet[0] if outlet is not None else None


def label_in_briefing(seen: LabelSeen) -> bool:
    """In a briefing, a short label written once is a turn too: the outlet or journalist who asks
    ("China Daily: What is China's expectation?", "Sudhi Ranjan: Sir, ..."), unless it is a word of
    ``[not labels]`` in transcript_labels.txt ("Note:", "Source:")."""
    if not seen.briefing or len(seen.key.split()) > MAX_BRIEFING_LABEL_WORDS:
        return False
    return seen.key not in load_transcript_labels().not_labels


def full_name(eng: Engine, phrase: str) -> NP | None:
    """``phrase`` read whole as a person's name of two words or more ("Pat Conroy", "Ms Julie Bishop"),
    else None: a label's or a line's name must be a person's, not a heading, a place or a surname."""
    np_ = eng.parser.parse(phrase, 0, len(phrase), allow_tail=False)
    if np_ is None or np_.kind != "name" or np_.end < len(phrase) or len((np_.name or "").split()) < 2:
        return None
    return np_

def label_person_speaks(seen: LabelSeen) -> bool:
    """A person's full name in mixed case, with or without an office before it, then a colon and the
    person's own words (a capital, and a first- or second-person word or thanks in the paragraph), is a
    speaker label even once: "President David Granger: Ladies and gentlemen of the media, thank you for
    coming. I'd like ...", "Foreign Affairs Minister François-Philippe Champagne: Well thank you, ...". The
    name needs an office before it or the same full name earlier in the text ("Host: Mercedes Stephenson"
    above "Mercedes Stephenson: This week ... My year-end interview"): a heading ("Climate Change: The
    crisis"), a state ("Egypt: FM ..."), a caption ("Kamala Harris Image: U.S. Senate.") or a vocative
    ("President Kennedy: we do not ...", a surname) is none. The paragraphs after it that speak in the
    first person are the turn's too (:func:`first_person_turn`)."""
    if seen.eng is None or seen.match.re not in _NAME_LABEL_SHAPES or seen.match.group("role"):
        return False
    eng, label = seen.eng, " ".join(seen.match.group("label").split())
    label = label.title() if label.isupper() else label  # "HAKAN FIDAN –", a name alone on its line
    np_ = full_name(eng, label)
    if np_ is None:
        return False
    if not np_.role and not any(
        0 <= first < seen.match.start() and words == np_.name.lower().split()
        for words, first in label_people(eng)
    ):
        return False
    return speaks_after_label(eng, seen.match.end(), seen.para_end) or asks_after_label(
        eng, seen.match.end(), seen.para_end)


def asks_after_label(eng: Engine, a: int, b: int) -> bool:
    """The words after a label at ``a`` to its paragraph's end ``b`` are an interviewer's question: they
    open with a capital letter and end in a question mark ("Jim Sciutto: So President Bush said today that
    ... Is that a condition that Iran is willing to meet?"), no first- or second-person word needed."""
    a, b = eng.trim(a, b)
    return a < b and eng.text[a].isupper() and eng.text[b - 1] == "?"


#: a second-person word: a turn that addresses its hearers ("thank you for coming", "As you know")
_SECOND_PERSON_RE = re.compile(r"\b[Yy]ou(?:r|rs)?\b")


#: the most short salutation paragraphs passed over between a label and its speech
MAX_SALUTATION_PARAGRAPHS = 4
#: the most words of a salutation paragraph
MAX_SALUTATION_WORDS = 6


def salutation_paragraph(words: str) -> bool:
    """A speech's short opening address or greeting, a paragraph of its own closed by a comma or "!":
    "Good day!", "Mrs. Prime Minister,", "Excellencies," "Ladies and gentlemen,"."""
    line = words.strip()
    return bool(line) and line[-1] in ",!" and len(line.split()) <= MAX_SALUTATION_WORDS and "\n" not in line


def address_paragraph(eng: Engine, a: int, b: int) -> bool:
    """Paragraph ``a``-``b`` opens a speech without being its matter: a salutation
    (:func:`salutation_paragraph`), or a heading-like line (:func:`heading_paragraph`) holding a word of
    ``[salutation words]`` (statement_words.txt): the invocation "In the Name of God, Most Gracious, Most
    Merciful" or "Bismillahirrahmanirrahim" under a minister's label, "Excellencies Ladies and Gentlemen"."""
    return salutation_paragraph(eng.text[a:b]) or (
        heading_paragraph(eng, a, b) and eng.words.salutation.search(eng.text, a, b) is not None)


def speaks_after_label(eng: Engine, a: int, b: int) -> bool:
    """The words after a label at ``a`` to its paragraph's end ``b`` (or the next paragraph, under a label
    alone in its paragraph) are speech: they open with a capital letter or a quotation mark and hold a
    first- or second-person word or thanks. Under a label alone in its paragraph, a speech's short
    salutation paragraphs are passed over ("Good day!" / "Mrs. Prime Minister," / "I gives me great pleasure
    ...", a presidency's transcript; "In the Name of God, Most Gracious, Most Merciful" / "In the beginning, I
    would like to thank ..."; :func:`address_paragraph`)."""
    a = eng.trim(a, b)[0]
    if a >= b:  # a label alone in its paragraph ("Hakan Fidan:"): the words are the next paragraph's
        later = [(x, y) for x, y in eng.paras if x >= b][:MAX_SALUTATION_PARAGRAPHS + 1]
        nxt = next((p for p in later if not address_paragraph(eng, *p)),
                   later[-1] if later else None)
        a, b = eng.trim(*nxt) if nxt is not None else (b, b)
    if a >= b or not (eng.text[a].isupper() or eng.text[a] in "\"“‘'"):
        return False
    return any(r.search(eng.text, a, b) for r in (FIRST_PERSON_RE, _SECOND_PERSON_RE, THANKS_OPENING_RE))


def initials_person(eng: Engine, label: str) -> Any:
    """The one person the text names (two words or more) whose initials are ``label`` ("MH" for Margaret
    Harris, "TAG" for Dr Tedros Adhanom Ghebreyesus); None when no one or two people have them."""
    label_people(eng)  # (the text's people, read once)
    found = [e for e in eng.res.entities if e.type == "person" and len(e.canonical.split()) >= 2
             and label in ("".join(w[0] for w in e.canonical.split()).upper(),  # "FPC": François-Philippe C.
                           "".join(w[0] for w in e.canonical.replace("-", " ").split()).upper())
             and e.canonical.split()[0] != label  # (the label and its first word read as a name: "MH Hello")
             and any(len(w) > 1 for w in e.canonical.split())]  # (a label's own reading: "G O", "Hon.G.O")
    return found[0] if len({id(e) for e in found}) == 1 else None


def label_initials_of_person(seen: LabelSeen) -> bool:
    """Initials closed by a tab or blanks (:data:`_INITIALS_LABEL_RE`: "MH     Hello, everybody.") are a
    speaker label when they are the initials of one person the text names ("This is Margaret Harris ...",
    "Dr Tedros Adhanom Ghebreyesus"). Such a turn runs on (:func:`runs_on`)."""
    return (seen.match.re is _INITIALS_LABEL_RE and seen.eng is not None
            and initials_person(seen.eng, seen.match.group("label")) is not None)


#: how long a paragraph above a monologue's label may be: a title, a date, a place or a time line
MAX_LINE_ABOVE_MONOLOGUE = 120


def label_opens_monologue(seen: LabelSeen) -> bool:
    """A label written once at the top of a text, in mixed case, over the speaker's own words, is a
    speaker's when the name is supported: a full name ("Ned Price: Good afternoon. ... I'll take your
    questions."), a surname or name the text writes elsewhere, a title or honorific before it, or an
    office whose holder the text names ("Department Spokesperson:"). Only one-line paragraphs (a title, a
    time, a place) may stand above it, and no other label; its turn runs on over the paragraphs after it
    to the next label where no other rule reads it (:func:`monologue_runs_on`). "Washington: The talks
    ..." (a place, no first person), "Climate Change: The crisis" (no name) are none, as is a label under
    a sentence of prose (a report's exchange: "The ministers met ... ." / "J. Berg: ...")."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re not in (*_NAME_LABEL_SHAPES, _INITIALS_LABEL_RE) or m.group("role"):
        return False
    pi = next((i for i, (a, _b) in enumerate(eng.paras) if a <= m.start() < _b), None)
    if pi is None or any(b - a > MAX_LINE_ABOVE_MONOLOGUE or _speaker_label_shape(eng, a, b)
                         or eng.text[eng.trim(a, b)[1] - 1] in ".!?" for a, b in eng.paras[:pi]):
        return False
    first = eng.trim(m.end(), seen.para_end)[0]
    if not speaks_after_label(eng, m.end(), seen.para_end) or eng.text[first:first + 1] in "\"“‘'":
        return False  # (a quotation after a colon is a headline's or a caption's)
    return label_name_supported(eng, m.group("label"), m.start())


def _speaker_label_shape(eng: Engine, a: int, b: int) -> bool:
    """The paragraph opens with a label's shape that is no tag or legend ("Participants: ...", "Note:")."""
    m = paragraph_label(eng, a, b)
    return m is not None and not label_is_a_tag(m, load_transcript_labels().not_labels)


def label_name_supported(eng: Engine, label: str, at: int) -> bool:
    """Whether a once-written label names a person: a full name the phrase parser reads as a name (a given
    name of titles.txt first, the name written elsewhere too, or the label opening the text: "Lana Zochiou:
    Good day to all."; "Climate Change:" under a title is none), a name
    whose last word the text writes outside the label, a title or honorific before the name, or an office
    alone whose one holder the text names (:func:`office_label_holder`); initials in capitals ("NP")."""
    if _INITIALS_RE.fullmatch(label):
        return True  # a speaker's initials ("NP: Good afternoon. ... I'll take your questions.")
    norm = " ".join(label.split())
    norm = _label_name_part(norm.title() if norm.isupper() else norm, eng.parser.lex.honorifics)
    np_ = eng.parser.parse(norm, 0, len(norm), allow_tail=False)
    if np_ is None or np_.end < len(norm):
        return False
    if np_.kind == "role" and not np_.name:  # (an honorific before an office is a vocative: "Mr. President:")
        vocative = label.split()[0].lower().rstrip(".") in load_transcript_labels().honorifics
        return not vocative and office_label_holder(eng, norm) is not None
    if np_.kind != "name" or not np_.name:
        return False
    words = np_.name.split()
    if all(w.lower() in eng.parser.lex.title_words for w in words):
        return False  # an office read as a name after an honorific: "Mr. President:", a speech's vocative
    if np_.role:
        return True
    if len(words) >= 2:  # a full name: a given name first, written elsewhere, or the text's first words
        opens = at == eng.trim(0, len(eng.text))[0] and eng.sents[eng.sentence_of(at)][2] != "headline"
        return (words[0].lower() in eng.parser.lex.given_names or opens
                or len(list(_occurrences(eng.text, np_.name))) > 1)
    last = re.escape(words[-1])
    return any(not at <= w.start() < at + len(label)
               for w in re.finditer(rf"(?<![\w'’\-]){last}(?![\w'’\-])", eng.text, re.IGNORECASE))


def label_office_of_person(seen: LabelSeen) -> bool:
    """An office alone as the label, over the speaker's own words, is the turn of the one person the text
    names with that office, even once and in mixed case ("Foreign Minister/Minister:" by its first office):
    "Foreign Minister: We talk about the next step ..." in a text that names "Turkish Foreign Minister Hakan
    Fidan" (:func:`office_label_holder`). Its turn runs on to the next label (:data:`RUNNING_LABEL_RULES`)."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re not in _NAME_LABEL_SHAPES or m.group("role"):
        return False
    norm = " ".join(m.group("label").partition("/")[0].split())  # ("Foreign Minister/Minister:")
    norm = norm.title() if norm.isupper() else norm
    np_ = eng.parser.parse(norm, 0, len(norm), allow_tail=False)
    if np_ is None or np_.kind != "role" or np_.name or np_.end < len(norm):
        return False
    return speaks_after_label(eng, m.end(), seen.para_end) and office_label_holder(eng, norm) is not None


def label_foreign_title_size(eng: Engine, label: str) -> int:
    """How many words of a mixed-case label are an office in another language before a person's full name
    (:func:`helpers.formats.foreign_title_size`: "Statsminister Mette Frederiksen" -> 1), the name a given
    name of titles.txt first or written elsewhere in the text; 0 when the parser reads an English office
    or honorific in the label, or the label is no such name."""
    words = label.split()
    if label.isupper() or len(words) < 3:
        return 0
    np_ = eng.parser.parse(label, 0, len(label), allow_tail=False)
    if np_ is not None and (np_.kind != "name" or np_.role):
        return 0  # ("Foreign Minister Mette Frederiksen": an office the rules read)
    return foreign_title_size(words, eng.parser.lex.given_names, eng.label_text)


def label_titled_in_another_language(seen: LabelSeen) -> bool:
    """A label of an office in another language and a person's full name, over the person's own words, is
    that person's turn, even once and in mixed case, and runs on to the next label: "Statsminister Mette
    Frederiksen:" alone on its line over "Welcome, all of you. ... we ..." (a Danish transcript of a press
    conference held in English; "Bundeskanzler Olaf Scholz:", "Premierminister ...:"). The name must be a
    person's (:func:`label_foreign_title_size`): "Key Points Summary:" is none."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re not in _NAME_LABEL_SHAPES or m.group("role"):
        return False
    label = " ".join(m.group("label").split())
    return label_foreign_title_size(eng, label) > 0 and speaks_after_label(eng, m.end(), seen.para_end)


#: the rules that make a paragraph-opening "Name:" a speaker label, in order; all but the last hold
#: anywhere, the last only in a briefing (see :class:`LabelSeen`)
LABEL_RULES = rule_list(
    label_recurs, label_in_capitals, label_names_title_speaker, label_with_title_role, label_with_outlet,
    label_names_offices, label_is_a_role,
    label_answers_question, label_names_person_in_text, label_person_speaks, label_initials_of_person,
    label_opens_monologue, label_office_of_person, label_titled_in_another_language, label_outlet_asks,
    label_alone_names_mention, label_opens_exchange, label_asks_named_guest, label_names_lead_interviewer,
    label_in_briefing,
)


#: the speaker names of ``[role labels]`` that chair a conversation: their mixed-case word alone on its
#: line is a turn's label, as an asker's is (:func:`label_role_alone_on_line`)
CHAIR_ROLES = frozenset({"Moderator", "Host"})


def label_role_alone_on_line(seen: LabelSeen) -> bool:
    """A conversation role of ``[role labels]`` in mixed case alone on its line, without a colon, over
    words that speak (:func:`speaks_after_label`) is a turn's label, even once: "Journalists" / "Morning,
    Sir. Sir, will you also discuss the EV ecosystem?" after a president's statement (a government's press
    statement transcript), "Moderator" / "Good afternoon, everyone." An asker's turn must hold a question
    mark (a byline's "Correspondent" over a report is none)."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re is not _ROLE_LINE_LABEL_RE:
        return False
    role = load_transcript_labels().roles.get(seen.key)
    if role not in ASKER_ROLES | CHAIR_ROLES or not speaks_after_label(eng, m.end(), seen.para_end):
        return False
    return role not in ASKER_ROLES or "?" in eng.text[m.end():_turn_end(eng, m.end(), seen.para_end)]


def _turn_end(eng: Engine, a: int, b: int) -> int:
    """Where the words under a label at ``a`` end: its paragraph's end ``b``, or the next paragraph's end
    when the label stands alone in its paragraph."""
    if eng.trim(a, b)[0] < b:
        return b
    return next((y for x, y in eng.paras if x >= b), b)


def label_office_and_name_line(seen: LabelSeen) -> bool:
    """An office and its holder's full name in brackets alone on a line, without a colon, over words that
    speak, is that person's turn, even once: "President of the Republic of Indonesia (Joko Widodo)" /
    "Later, in the meeting with the CEO, we will talk about EVs." The office must read as one (titles.txt)
    and the bracket as a person's name of two words or more: "Summit of the G20 (New Delhi)" is none."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re is not _OFFICE_NAME_LINE_LABEL_RE:
        return False
    office, name = (" ".join(m.group(g).split()) for g in ("role", "label"))
    off = eng.parser.parse(office, 0, len(office), allow_tail=True)
    if off is None or off.kind != "role" or off.name:
        return False
    return full_name(eng, name) is not None and speaks_after_label(eng, m.end(), seen.para_end)


def label_name_and_seat_line(seen: LabelSeen) -> bool:
    """A person's full name (an honorific allowed) and a bracket of comma-separated seat, party and office
    alone on a line, over words that speak, is that person's turn, even once: "Ms Julie Bishop (Curtin,
    Liberal Party, Minister for Foreign Affairs)" / "My understanding of the time line ...". The name must
    read as a person's of two words or more: "Summit of the G20 (New Delhi, India)" is none."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re is not _NAME_SEAT_LINE_LABEL_RE:
        return False
    name = " ".join(m.group("label").split())
    return full_name(eng, name) is not None and speaks_after_label(eng, m.end(), seen.para_end)


def label_name_over_quotation(seen: LabelSeen) -> bool:
    """A person's full name, an office before it allowed, alone on a line closed by a colon over a line
    that opens with a quotation mark, is that person's turn, even once: "Iranian Foreign Minister Mohammed
    Javad Zarif:" / "“The negotiations were an attempt ...", "Reihaneh Mazaheri, euronews:" / "“After months
    ...?”" (the outlet after the comma is the role). The label must read whole as a person with a name of
    two words or more: "Key Points Of The Deal:" is none."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re is not _QUOTE_LINE_LABEL_RE:
        return False
    if eng.text[m.end():m.end() + QUOTE_NEXT_CHARS].lstrip()[:1] not in ("“", '"'):
        return False
    phrase = " ".join(m.group("label").split())
    np_ = eng.parser.parse(phrase, 0, len(phrase), allow_tail=False)
    return (np_ is not None and np_.kind in ("name", "role") and np_.end >= len(phrase)
            and len((np_.name or "").split()) >= 2)


#: the rules that make a mixed-case line of its own a speaker's label (:data:`_LINE_LABEL_SHAPES`); their
#: turns run on to the next label
LINE_LABEL_RULES = rule_list(label_role_alone_on_line, label_office_and_name_line, label_name_and_seat_line,
                             label_name_over_quotation)


def _label_rules_of(m: re.Match[str]) -> tuple[Any, ...]:
    """The rules that may make a paragraph-opening label of ``m``'s shape a speaker's."""
    if m.re in _LINE_LABEL_SHAPES:
        return LINE_LABEL_RULES
    return tuple(SHAPED_LABEL_RULES) if m.re in _WEAK_LABEL_SHAPES else tuple(LABEL_RULES[:-1])


def monologue_runs_on(seen: LabelSeen) -> bool:
    """A monologue's label (:func:`label_opens_monologue`) runs on when no rule that reads a named
    person's label holds (those turns go on over the first-person paragraphs after them instead:
    :func:`first_person_turn`): "Ned Price:", "NP:" at the top of a briefing; never a headline's label
    over its standfirst (:func:`headline_over_standfirst`)."""
    return label_opens_monologue(seen) and not headline_over_standfirst(seen) and not any(
        rule(seen) for rule in (label_person_speaks, label_names_person_in_text, label_with_title_role,
                                label_names_title_speaker)
    )


def headline_over_standfirst(seen: LabelSeen) -> bool:
    """The label opens a headline crediting its words with a colon, a line without a sentence's final
    punctuation, and its paragraph goes on below it in the third person, the standfirst ("Baghaei: I do not
    approve reports regarding Norway hosting Iran-US talks" / "The Foreign Ministry spokesman did not approve
    reports of ..."): the report under it is the narrator's, no monologue of the speaker's."""
    eng, m = seen.eng, seen.match
    line_end = eng.text.find("\n", m.end(), seen.para_end)
    if line_end < 0:
        return False
    head = eng.text[m.end():line_end].rstrip()
    below = eng.text[line_end:seen.para_end].strip()
    return bool(head and below) and head[-1] not in _SENTENCE_FINAL and FIRST_PERSON_RE.search(below) is None


def office_first_runs_on(seen: LabelSeen) -> bool:
    """An office, a comma and the holder's name as the label (:data:`_OFFICE_FIRST_LABEL_RE`), the office a
    title of ``titles.txt``, over the speaker's own words: a briefing transcript's turn, which runs on over
    the paragraphs after it to the next label ("Foreign Secretary, Shri Vijay Gokhale: Thank you Raveesh.
    ..." / "A lot of the discussion was on ...")."""
    eng, m = seen.eng, seen.match
    return (eng is not None and m.re is _OFFICE_FIRST_LABEL_RE and label_with_title_role(seen)
            and speaks_after_label(eng, m.end(), seen.para_end))


def person_label_alone_runs_on(seen: LabelSeen) -> bool:
    """A person's label that is its paragraph's only words, over the person's own words (a named person's
    label, :func:`label_person_speaks`, or a monologue's, :func:`label_opens_monologue`), runs on over the
    paragraphs under it to the next label, first person or not: "HRH Prince Saud A-Faisal:" on a line of its
    own / "In the Name of God, ..." / "In the beginning, I would like to thank ..." / "The Summit’s
    discussions were candid ..." (a joint press conference's transcript)."""
    eng, m = seen.eng, seen.match
    if eng is None or m.re is not _LABEL_RE or m.group("role"):
        return False
    if eng.trim(m.end(), seen.para_end)[0] < seen.para_end:
        return False  # (words after the colon in the same paragraph: the rules of that shape decide)
    return label_person_speaks(seen) or label_opens_monologue(seen)


#: the label rules whose turns run on over the unlabelled paragraphs after them, to the next label
RUNNING_LABEL_RULES = (label_initials_of_person, monologue_runs_on, label_office_of_person,
                       person_label_alone_runs_on, office_first_runs_on, label_titled_in_another_language,
                       label_role_alone_on_line, label_office_and_name_line, label_name_and_seat_line,
                       label_name_over_quotation)
#: the rules that make a label closed by a dash or standing alone on its line a speaker's: it recurs, it
#: names the briefer the title names, a person the text names, or opens a monologue
SHAPED_LABEL_RULES = rule_list(
    label_recurs, label_names_title_speaker, label_names_person_in_text, label_person_speaks,
    label_opens_monologue,
)
#: the label shapes, tried in this order at a paragraph's start
_LABEL_SHAPES = (_LABEL_RE, _OFFICE_FIRST_LABEL_RE, _BOLD_LABEL_RE, _NUMBERED_LABEL_RE, _PAREN_QA_LABEL_RE,
                 _STOP_QA_LABEL_RE, _INITIALS_LABEL_RE, _DOUBLE_PAREN_LABEL_RE, _DASH_LABEL_RE,
                 _OWN_LINE_LABEL_RE, *_LINE_LABEL_SHAPES)


def speaker_labels(eng: Engine) -> dict[int, tuple[int, int]]:
    """Paragraphs that open with a speaker label: paragraph index -> (label start, label end). A label
    counts when a rule of :data:`LABEL_RULES` says so; one "Name: text" line alone in a news text is
    more often a caption or a headline. Labels of a transcript's turns (helpers.formats) are left out."""
    found: dict[int, re.Match[str]] = {}
    counts: dict[str, int] = {}
    not_labels = load_transcript_labels().not_labels
    for pi, (a, b) in enumerate(eng.paras):
        m = paragraph_label(eng, a, b)
        if (
            m
            and not (m.re is _INITIALS_LABEL_RE and initials_person(eng, m.group("label")) is None
                     and not eng.text.startswith("\t", m.end("label")))
            and m.start() not in eng.turn_labels
            and not (m.re is _ROLE_LINE_LABEL_RE
                     and " ".join(m.group("label").lower().split()) not in load_transcript_labels().roles)
            and not label_is_a_tag(m, not_labels)
            and not capitals_title_line(eng.text, m)
            and not (m.re in _NAME_LABEL_SHAPES and dateline_label(eng, pi, m)
                     and not (m.re in _WEAK_LABEL_SHAPES
                              and label_name_supported(eng, m.group("label"), m.start())))
            and not (m.re not in (_OWN_LINE_LABEL_RE, *_LINE_LABEL_SHAPES)
                     and m.end() < b and eng.text[m.end()] == "\n"
                     and not label_on_own_line(eng, m))
        ):
            found[pi] = m
            key = m.group("label").lower()
            counts[key] = counts.get(key, 0) + 1
    answerer_named = len(set(header_speaker_names(eng.text))) == 1  # "Interview with Minister X" / "A. ..."
    for rx in (_PAREN_QA_LABEL_RE, _STOP_QA_LABEL_RE):
        if not any(m.re is rx and m.group("label") in ("Q", "Question") for m in found.values()) and not (
            rx is _STOP_QA_LABEL_RE and answerer_named
        ):
            found = {pi: m for pi, m in found.items() if m.re is not rx}
    if not found:
        return {}
    header, titles = header_speakers(eng), eng.parser.lex.titles
    seen = {pi: LabelSeen(m, m.group("label").lower(), counts[m.group("label").lower()], header, titles,
                          eng=eng, para_end=eng.paras[pi][1]) for pi, m in found.items()}
    roles = load_transcript_labels().roles
    order = sorted(found)
    for prev, pi in itertools.pairwise(order):
        # an asker's role ("Question:") or a news outlet asking ("TASS: How would you comment ...?")
        seen[pi].after_question = (roles.get(seen[prev].key.rstrip(".")) in ASKER_ROLES
                                   or label_outlet_asks(seen[prev]))
    strong = {pi for pi, sn in seen.items()
              if any(rule(sn) for rule in _label_rules_of(sn.match))}
    eng.running_labels = {pi for pi in strong if any(rule(seen[pi]) for rule in RUNNING_LABEL_RULES)}
    # a briefing: the title names a spokesperson who has a label, or enough labelled paragraphs of at least
    # two speakers (a speech that repeats "Mr. President:" is no dialogue)
    briefing = (len(strong) >= MIN_TRANSCRIPT_LABELS and len({seen[pi].key for pi in strong}) >= 2) or any(
        label_names_title_speaker(seen[pi]) for pi in strong
    )
    for sn in seen.values():
        sn.briefing = briefing
    return {pi: (m.start("label"), m.end("label")) for pi, m in found.items()
            if pi in strong or (m.re not in _WEAK_LABEL_SHAPES and label_in_briefing(seen[pi]))}


def paragraph_label(eng: Engine, a: int, b: int) -> re.Match[str] | None:
    """The speaker label opening the paragraph ``a``-``b``, of the first shape that matches, read on the
    text with Unicode spaces as blanks (``Engine.label_text``)."""
    text = eng.label_text
    for rx in _LABEL_SHAPES:
        m = rx.match(text, a, b)
        if m is not None:
            return office_first_label(text, m, a, b) or m
    return None


def office_first_label(text: str, m: re.Match[str], a: int, b: int) -> re.Match[str] | None:
    """The office-first reading (:data:`_OFFICE_FIRST_LABEL_RE`) of a label ``_LABEL_RE`` read as a name and
    a mixed-case role, where the words after the comma open with an honorific ("Official Spokesperson, Shri
    Raveesh Kumar: Friends, ...", "Foreign Secretary, Dr. Vijay Gokhale: Thank you"; an Indian ministry's
    briefing): the office comes first, the person after it. None otherwise ("Mr. Takeshi Osuga, Foreign
    Press Secretary:" keeps the name first)."""
    role = m.group("role") if m.re is _LABEL_RE else None
    if not role or role.isupper():
        return None
    first = role.split()[0].lower().rstrip(".")
    if first not in load_transcript_labels().honorifics:
        return None
    return _OFFICE_FIRST_LABEL_RE.match(text, a, b)


#: the speaker names of ``[role labels]`` (transcript_labels.txt) that ask: "Q:", "Question:", "Journalist:"
ASKER_ROLES = frozenset({"Questioner", "Journalist", "Reporter", "Interviewer", "Correspondent"})
#: the roles of transcript labels for who runs a press conference or a panel ("MODERATOR:", "CHAIR:"): such a
#: turn runs on over the unlabelled paragraphs after it (the ground rules, the introductions, the hand-over)
CONDUCTOR_ROLES = frozenset({"Moderator", "Chair", "Host"})


#: how many paragraphs from the top of a text a dateline may open (headline, standfirst, lead)
DATELINE_PARAGRAPHS = 4


def dateline_label(eng: Engine, pi: int, m: re.Match[str]) -> bool:
    """A capital city in capitals before a colon, opening one of the first :data:`DATELINE_PARAGRAPHS`
    paragraphs, is a dateline, never a speaker label: "BEIJING: China's foreign minister Wang Yi told
    ..." (capitals of ``[states]`` in titles.txt), as is a label the layout took for the dateline
    ("KUWAIT:", "Abu Dhabi:": :data:`helpers.layout.DATELINE_RULES`), or an outlet's credit opening the text
    (:func:`helpers.formats.opening_credit_label`: "SAESNEWS: Iran's Foreign Minister X told ...")."""
    label = m.group("label")
    i = bisect.bisect_left(eng.starts, m.start())
    if i < len(eng.sents) and eng.sents[i][0] == m.start() and eng.sents[i][2] == "dateline":
        return True
    if m.re is _LABEL_RE and opening_credit_label(eng.label_text, m.start("label"), label):
        return True  # an outlet's credit over the report ("SAESNEWS: Iran's Foreign Minister X told ...")
    return pi < DATELINE_PARAGRAPHS and label.isupper() and not m.group("role") and (
        label.lower() in eng.parser.lex.capitals
    )


def label_speaker(eng: Engine, la: int, lb: int) -> tuple[Any, str] | None:
    """The entity a speaker label names, with the rule: "Q:" the interviewer, "A:" the interviewee who
    answered before (or the first person named), a state, a full name, or the surname of a person named
    in the text."""
    label = " ".join(eng.text[la:lb].split())  # (a no-break space inside: "Minister\u00a0Champagne")
    res = eng.res
    res.scan()
    asker = load_transcript_labels().roles.get(" ".join(label.lower().rstrip(".").split()))
    if asker in ASKER_ROLES:  # "Q:", "Question:", "Journalist:": named as transcript_labels.txt names them
        return res.named("anonymous", asker, la, lb), RULE_LABEL_INTERVIEWER
    if label in ("A", "Answer") or asker == "Respondent":  # ("R:", a reply: as "A:")
        for row in reversed(list(eng.label_rows.values())):
            if isinstance(row, Statement) and row.entity.type != "anonymous":
                return row.entity, RULE_LABEL_ANSWER
        asked = _question_spans(eng)
        people = sorted((e for e in res.entities if e.type == "person"
                         and not any(a <= e.first_start < b for a, b in asked)), key=lambda e: e.first_start)
        # a briefing's answers are the briefer's its title names ("Regular Briefing by Spokesperson ...")
        header = {n.lower() for n in header_speaker_names(eng.text)}
        people = [e for e in people if e.canonical.lower() in header] + people
        if people:
            return people[0], RULE_LABEL_FIRST_PERSON
        # no answerer the rules can name: the label as written ("Answer"), an anonymous speaker
        return res.named("anonymous", label, la, lb), RULE_LABEL_AS_WRITTEN
    interviewer = lead_interviewer_of(eng, la)
    if interviewer is not None:  # "Rudaw:" under "... sat down with Rudaw's Majeed Gly": Majeed Gly
        return interviewer.entity, RULE_LABEL_LEAD_INTERVIEWER
    offices = label_offices(label, eng.parser.lex.titles) if "/" in label else None
    if offices:  # "DPM/Minister:": the one person named in the title who holds one of the offices
        holder = next((h for o in offices if (h := office_label_holder(eng, o)) is not None), None)
        if holder is not None:
            return holder, RULE_LABEL_TITLE_HOLDER
        return res.named("anonymous", label, la, lb), RULE_LABEL_AS_WRITTEN
    norm = _label_name_part(label.title() if label.isupper() else label, eng.parser.lex.honorifics)
    if (foreign := label_foreign_title_size(eng, norm)) > 0:  # "Statsminister Mette Frederiksen": her name
        norm = " ".join(norm.split()[foreign:])
    np_ = eng.parser.parse(norm, 0, len(norm), allow_tail=False)
    if (dotted := dotted_initials(label)) and (person := initials_person(eng, dotted)) is not None:
        return person, RULE_LABEL_INITIALS  # "Hon.G.O:": Geoffrey Onyeama, whom the introduction names
    if (_INITIALS_RE.fullmatch(label) and (np_ is None or np_.kind not in ("state", "organisation"))
            and (person := initials_person(eng, label)) is not None):
        return person, RULE_LABEL_INITIALS  # "MH     Hello", "NG: This study ...": a person the text names
    if _INITIALS_RE.fullmatch(label) and eng.text.startswith("\t", lb):
        # initials no name of the text spells out, before a tab ("NP<TAB>Good afternoon"): the label as
        # written (the tab is no space inside a name: "NP Good")
        return res.named("person", label, la, lb), RULE_LABEL_LONE_NAME
    if (np_ is None or np_.kind not in ("name", "state", "organisation")) and _numbered_label(eng, la):
        # a numbered question's asker that reads as no name ("1. Tuoi tre:"): the outlet as written
        return res.named("organisation", label, la, lb), RULE_LABEL_ORGANISATION
    if np_ is not None and np_.kind == "role" and not np_.name:
        holder = office_label_holder(eng, norm)
        if holder is None and label.isupper():
            return office_as_written(eng, np_, label, la, lb)
        return (holder, RULE_LABEL_TITLE_HOLDER) if holder is not None else None
    if np_ is None or np_.kind not in ("name", "state", "organisation"):
        return None
    if np_.kind == "state":
        return res.named("state", np_.name or norm, la, lb), RULE_LABEL_STATE
    np_.start, np_.end, np_.text = la, lb, label
    if np_.kind == "organisation":  # an outlet asking in a briefing: "China Daily:", "CCTV:"
        ent = res.register(np_)
        return (ent, RULE_LABEL_ORGANISATION) if ent is not None else None
    if np_.role or len((np_.name or "").split()) > 1:
        ent = res.register(np_)
        return (ent, RULE_LABEL_NAME) if ent is not None else None
    ent = res.surname_lookup(np_)
    if ent is not None:
        return ent, RULE_LABEL_SURNAME
    # a journalist named only by the label ("Rishabh:"): the label is the name
    ent = res.person(np_.name or label, la, lb)
    return (ent, RULE_LABEL_LONE_NAME) if ent is not None else None


#: the small words of an office written in capitals that stay in lower case ("SECRETARY-GENERAL OF THE ARAB
#: LEAGUE" -> "Secretary-General of the Arab League")
_OFFICE_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "to", "in"})


def office_as_written(eng: Engine, np_: Any, label: str, la: int, lb: int) -> tuple[Any, str]:
    """An office in capitals as a turn label that no person of the text holds alone ("SECRETARY-GENERAL:",
    "SECRETARY-GENERAL OF THE ARAB LEAGUE:", a UN press encounter's transcript): the office as written,
    in title case, is the speaker (the turn is the office holder's, whom the text leaves unnamed)."""
    words = [w.lower() if w.lower() in _OFFICE_SMALL_WORDS and i else w.title()
             for i, w in enumerate(label.split())]
    ent = eng.res.named("anonymous", " ".join(words), la, lb, affiliation=np_.affiliation)
    ent.head, ent.role = np_.head, np_.role
    return ent, RULE_LABEL_AS_WRITTEN


def _question_spans(eng: Engine) -> list[tuple[int, int]]:
    """The asker's labelled paragraphs ("Question: What can you say about ... the Eastern Mediterranean?"):
    a name first met in a question is whom it asks about, never the answerer."""
    roles = load_transcript_labels().roles
    return sorted({eng.paras[pi] for pi, la, lb in eng.label_sentences.values()
                   if roles.get(" ".join(eng.text[la:lb].lower().split())) in ASKER_ROLES})


def office_label_holder(eng: Engine, office: str) -> Any:
    """The person an office label stands for ("Minister:", "Prime Minister:", "Spokesperson:"): the one
    person named within the title (:data:`helpers.formats.HEADER_SPAN` characters of the start) whose
    title ends with the office ("Extra Press Conference by the Defense Minister Nakatani" / "Minister:"
    is Nakatani's turn), else the one person the text names with it. None when no one, or two people,
    hold it there."""
    words = office.lower().split()
    holders = [
        e for e in eng.res.entities
        if e.type == "person" and e.role and _office_matches(e.role.lower().split(), words)
    ]
    titled = [e for e in holders if 0 <= e.first_start < HEADER_SPAN]
    # else the one holder the whole text names ("Turkish Foreign Minister Hakan Fidan announced ..." over
    # "Foreign Minister: ...")
    if titled or holders:
        return titled[0] if len(titled) == 1 else (holders[0] if not titled and len(holders) == 1 else None)
    # else the one person the text names next to the office in prose, the office first and the name in
    # apposition ("the transcript of remarks by the Chief Executive, Mr John Lee, ..." over "Chief
    # Executive: ..."; RULE_LABEL_TITLE_HOLDER)
    name = office_named_in_text(eng.text, office)
    named = [e for e in eng.res.entities if e.type == "person" and name and e.canonical == name]
    if name and not named and 0 <= (at := eng.text.find(name)) < eng.text.find("\n"):
        # the holder a headline names before its verb, no cue of the prose naming him ("U.S. Ambassador Jon
        # Huntsman Speaks with ..." over "Ambassador: ..."): that person, as the title writes him
        return eng.res.named("person", name, at, at + len(name))
    return named[0] if len(named) == 1 else None


def _office_matches(role: list[str], office: list[str]) -> bool:
    """A person's title fits an office label: the label ends the title ("Minister:" for "Defense Minister
    Nakatani") or the title, as the text shortened it, ends the label ("Foreign Affairs Minister:" for
    the "Minister" of "Foreign Affairs Minister François-Philippe Champagne")."""
    n = min(len(role), len(office))
    return role[-n:] == office[-n:]


#: a label's last word ending in a capital after a small letter ("ConroyY"): a typo, the capital stray
_STRAY_CAPITAL_RE = re.compile(cased(r"(?<=[a-z]{2})[A-Z]$"))


#: a label of initials with full stops, an honorific glued before them or not ("Hon.G.O", "H.E. G.O.", "G.O.")
_DOTTED_INITIALS_RE = re.compile(cased(
    r"(?:(?P<hon>[A-Za-z]{1,4}(?:\.[A-Za-z])?)\.[ \t]?)?"
    r"(?P<ini>[A-Z]\.[ \t]?[A-Z](?:\.[ \t]?[A-Z]){0,2})\.?"))


def dotted_initials(label: str) -> str | None:
    """The initials of a label that writes them with full stops, after an honorific of transcript_labels.txt
    at most ("Hon.G.O" -> "GO", an interview's label for "Geoffrey Onyeama", whom the introduction names);
    None for any other label."""
    m = _DOTTED_INITIALS_RE.fullmatch(label)
    if m is None or (m.group("hon") and m.group("hon").lower() not in load_transcript_labels().honorifics):
        return None
    return "".join(c for c in m.group("ini") if c.isalpha())


def _label_name_part(label: str, known: Any) -> str:
    """The words of a label that name its speaker: before a slash and the outlet ("Joseph Morong/Gma"),
    without a stray capital typed after the name ("Pat ConroyY" -> "Pat Conroy"),
    after an abbreviated title that only labels use ("Sec. Panelo", ``[honorifics]`` of
    transcript_labels.txt; those of titles.txt, ``known``, stay for the parser: "Mr." gives a gender), as
    :func:`helpers.formats.parse_label` reads a transcript's labels."""
    words = (label.partition("/")[0] or label).split()
    if words and _STRAY_CAPITAL_RE.search(words[-1]):  # "Pat ConroyY:": a key struck twice, no name
        words[-1] = words[-1][:-1]
    honorifics = load_transcript_labels().honorifics
    while (
        len(words) > 1 and words[0].endswith(".") and words[0].lower().rstrip(".") in honorifics
        and words[0].lower() not in known
    ):
        words = words[1:]
    return " ".join(words)


def _numbered_label(eng: Engine, la: int) -> bool:
    """The label at ``la`` is a numbered question's (:data:`_NUMBERED_LABEL_RE`: "1. Tuoi tre:")."""
    line = eng.text.rfind("\n", 0, la) + 1
    m = _NUMBERED_LABEL_RE.match(eng.text, line)
    return m is not None and m.start("label") == la


# --------------------------------------------------------------------------------------------------------
# The sentence rules, tried in order on every sentence that holds a cue, a quotation, a label or an
# original-language line. Each returns a Statement (the sentence's last; it becomes ``eng.last``), SKIP
# (the sentence is settled without one) or None (the next rule is tried).
# --------------------------------------------------------------------------------------------------------


#: how many words the speaker of a headline may have ("Qatari Foreign Minister", "Iran's FM", "Kerry"), not
#: counting the modifiers of names.txt ``[modifier words]`` before it ("Outgoing", "Former")
MAX_HEADLINE_SPEAKER_WORDS = 5
#: a headline's speaker before its words ("Kerry: ...") ..., or the speaker and the meeting he holds, which
#: may take a whole line's worth of words ("Serbian foreign minister meets with new US envoy for the Balkans:
#: "His is not an easy task"": the speaker phrase still ends at the meeting verb, :func:`_speaker_end`)
# (a lost space after the colon before a capital still leads: "Chinese FM Spokesperson:China Has Its Own ...")
_HEADLINE_LEAD_RE = re.compile(r"[^:\n]{2,100}?:(?:[ \t]+(?=\S)|(?=[A-Z][a-z]))")
#: a kicker set before a headline's title by a spaced double slash, as agency sites print it ("Trilateral
#: Moldova-Romania-Ukraine meeting // Moldovan minister : Our states share ..."): the title starts after it
_KICKER_RE = re.compile(r"[^/:\n]{2,80}?[ \t]//[ \t]+(?=\S)")
#: ... or after them, behind a colon or a dash after a space ("...: Iran's FM", "... - minister", "... -PM
#: Phillips": the dash set against the credit, as some outlets print it)
_HEADLINE_TAIL_RE = re.compile(r"(?::[ \t]+|[ \t][-–—][ \t]*)(?P<who>[^:\n–—]{2,60})$")
#: the date a headline's closing speaker is given with, after "on": "...: Ned Price on Feb 15, 2023"
_TAIL_DATE_RE = re.compile(r"(?:[A-Z][a-z]+,?[ \t]+)?(?:" + DATE + r")\.?[ \t]*")
#: the kinds of phrase a headline credits (a news agency after a dash is a credit line, not a speaker)
_HEADLINE_SPEAKER_KINDS = ("name", "role", "state", "organisation")
#: (an organisation only when it speaks in the body: "Macron's first call was with Scholz - Elysee")
_HEADLINE_TAIL_KINDS = ("name", "role", "organisation")
#: how a sentence ends; a one-line paragraph ending otherwise reads as a headline
_SENTENCE_FINAL = ".!?…\"”’»"
#: the marks that open a headline's clause: its speaker before a headline verb starts after the last one
_HEADLINE_CLAUSE_MARKS = ",;:–—"


@functools.cache
def headline_verb_re() -> re.Pattern[str]:
    """A capitalised present-tense speech verb of ``[headline verbs]`` (transcript_labels.txt) as a word:
    "SAYS", "Says", "Warns" (a headline's cue, in capitals or title case)."""
    return re.compile(cased(rf"(?<![\w'’\-])(?=[A-Z])(?i:{headline_verbs_pattern()})(?![\w'’\-])"))


def _headline_verb_parts(eng: Engine, a: int, b: int
                         ) -> tuple[NP, tuple[str, int, int], int, int, str] | None:
    """A headline whose cue is a capitalised headline verb (:func:`headline_verb_re`): the speaker is the
    phrase before the verb, from the start of its clause ("AS LEADERS GATHER ..., PRIME MINISTER DAVIS SAYS:
    HAITI NEEDS STABILITY FOR VOTE": Davis; his words after the verb), or after a verb that opens its clause
    ("Dialogue Will Not Be Easy, Says Top EU Diplomat Ahead of ... Meeting": the phrase up to a word of
    ``[name stop]``, his words before the comma)."""
    text = eng.text
    m = headline_verb_re().search(text, a, b)
    if m is None:
        return None
    c0 = max(text.rfind(ch, a, m.start()) for ch in _HEADLINE_CLAUSE_MARKS) + 1
    c0 = max(c0, a)
    wa, wb = eng.trim(c0, m.start())
    cue = (m.group(), m.start(), m.end())
    if wb > wa:  # the speaker before the verb; the words after it (or, when few, those before its clause)
        np_ = _headline_speaker(eng, wa, wb, _HEADLINE_SPEAKER_KINDS)
        ca, cb = eng.trim(m.end(), b)
        while ca < cb and text[ca] in ":–— \t":
            ca += 1
        if len(text[ca:cb].split()) < MIN_HEADLINE_WORDS:
            ca, cb = eng.trim(a, max(a, c0 - 1))
        return (np_, cue, ca, cb, RULE_HEADLINE_VERB) if np_ is not None else None
    words = list(re.finditer(r"\S+", text[m.end():b]))
    stop = next((k for k, w in enumerate(words) if k and w.group() in eng.parser.names.name_stop), len(words))
    if not words or stop > MAX_HEADLINE_SPEAKER_WORDS:
        return None
    wa, wb = m.end() + words[0].start(), m.end() + words[stop - 1].end()
    np_ = _headline_speaker(eng, wa, wb, _HEADLINE_TAIL_KINDS)
    ca, cb = eng.trim(a, max(a, c0 - 1))
    return (np_, cue, ca, cb, RULE_HEADLINE_VERB) if np_ is not None else None


#: a headline's two coordinated clauses without "and", the second opening with a speech verb in the present
#: ("Saudi FM invites his Iranian counterpart, says Riyadh ready to talk with Iran"): the subject's first verb
#: (lower case, in -s) and the second verb after the comma (bounded runs: linear)
_SECOND_VERB_RE = re.compile(
    r"(?P<first>[ \t][a-z]{2,20}s)\b[^,\n]{1,120},[ \t]{1,3}(?P<verb>[a-z]{2,20}s)[ \t]{1,3}(?=\S)"
)


def _second_verb_parts(eng: Engine, a: int, b: int) -> _Parts | None:
    """A headline whose speaker opens it before a first verb and speaks with a second verb after a comma
    (:data:`_SECOND_VERB_RE`: "Saudi FM invites his Iranian counterpart, says Riyadh ready to talk"): the
    phrase before the first verb is the speaker (:func:`_headline_speaker`), the words after the speech verb
    its content (at least :data:`MIN_HEADLINE_WORDS`, and no speaker of their own: "..., says Kerry" is a
    credit, read by the tail rule)."""
    text = eng.text
    m = _SECOND_VERB_RE.search(text, a, b)
    verb = eng.verbs.get(m.group("verb")) if m is not None else None
    if m is None or verb is None or verb.form != "s":
        return None
    np_ = _headline_speaker(eng, a, m.start("first"), _HEADLINE_SPEAKER_KINDS)
    ca, cb = eng.trim(m.end(), b)
    if np_ is None or len(text[ca:cb].split()) < MIN_HEADLINE_WORDS:
        return None
    if _headline_speaker(eng, ca, cb, _HEADLINE_TAIL_KINDS) is not None:
        return None
    return np_, (m.group("verb"), m.start("verb"), m.end("verb")), ca, cb, RULE_HEADLINE_VERB


#: the fewest words a line needs to read as a title-case headline, and the share of them capitalised
MIN_TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.8
_LONG_WORD_RE = re.compile(r"[^\W\d_][\w’'.-]{3,}")


def _title_case(line: str) -> bool:
    """A line set in title case, as headlines are: most of its words of four letters or more open with a
    capital ("Foreign Minister Says Iran Is Open To Talks With U.S.")."""
    words = _LONG_WORD_RE.findall(line)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= MIN_TITLE_CASE_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


def headline_like(eng: Engine, si: int) -> bool:
    """Sentence ``si`` is a headline, a heading or a paragraph of its own without a sentence's final
    punctuation ("Talks on the ceasefire progressing: French Foreign Minister" under a photo caption)."""
    s0, s1, kind = eng.sents[si]
    if kind in ("headline", "heading"):
        return True
    if kind == "body" and s0 == 0 and eng.text[s1 : s1 + 1] == "\n" and _title_case(eng.text[s0:s1]):
        return True  # "Foreign Minister Says Iran Is Open To Talks With U.S." (the full stop of "U.S.")
    if kind != "body" or not eng.text[s0:s1].rstrip() or eng.text[s0:s1].rstrip()[-1] in _SENTENCE_FINAL:
        return False
    before = eng.text[max(0, s0 - 1) : s0]
    return before in ("", "\n") and (s1 >= len(eng.text) or eng.text[s1 : s1 + 1] in ("\n", ""))


#: where a headline's speaker is, after the speaker: "FM Dendias in Ankara: Important to avoid ..."
_PLACE_TAIL_RE = re.compile(r"(?<!\s)\s+(?:in|at)\s+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}$")


#: the outlet a headline's speaker gives an interview to, after the speaker: "Minister Witold Waszczykowski
#: for The Irish Times: Russia is playing ...", "FM Dendias to Kathimerini: ..." (the speaker is the phrase
#: before it)
_OUTLET_TAIL_RE = re.compile(
    r"(?<!\s)\s+(?:for|to)\s+(?:The\s+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}$"
)


#: a headline's occasion after its speaker, up to the colon: "Corlatean after meeting Lavrov: We try ...",
#: "Minister X ahead of talks with Y: ..." (the speaker is the phrase before it)
_OCCASION_RE = re.compile(r"(?<=\S)[ \t]+(?:after|before|ahead[ \t]+of)[ \t]")
#: a lower-case word of a headline (its offset is where a meeting verb may start)
_LOWER_WORD_RE = re.compile(r"(?<=[ \t])[a-z]")


def _speaker_end(eng: Engine, a: int, b: int) -> int:
    """Where a headline's speaker phrase ``a``-``b`` ends: before a meeting verb of ``[meeting verbs]``
    (statement_words.txt) or an occasion (:data:`_OCCASION_RE`) after its first word, the meeting and its
    other party being no part of the speaker ("PM Marković meets President Nikolić: Montenegro willing to
    assist ...": Marković; "Corlatean after meeting Lavrov: ..."), else ``b``."""
    occasion = _OCCASION_RE.search(eng.text, a, b)
    end = occasion.start() if occasion is not None else b
    for m in _LOWER_WORD_RE.finditer(eng.text, a, end):
        if eng.words.meeting_verb.match(eng.text, m.start()):
            return eng.trim(a, m.start())[1]
    return end


def _headline_speaker(eng: Engine, a: int, b: int, kinds: tuple[str, ...]) -> NP | None:
    place = _PLACE_TAIL_RE.search(eng.text, a, b)
    if place is not None:  # "FM Dendias in Ankara": the speaker, then where he speaks
        b = place.start()
    outlet = _OUTLET_TAIL_RE.search(eng.text, a, b) if kinds == _HEADLINE_SPEAKER_KINDS else None
    if outlet is not None:  # "Minister X for The Irish Times": the speaker, then the paper he speaks to
        b = outlet.start()
    b = _speaker_end(eng, a, b)
    np_ = eng.parser.parse(eng.text, a, b, allow_tail=False)
    if np_ is None or np_.kind not in kinds or np_.end < b - 1:
        return None
    words = eng.text[a:b].split()
    if np_.kind == "name" and "," in eng.text[a:b]:
        # "Foreign Affairs State Minister, Ambassador Mesganu Arega": the office set before the name as an
        # apposition; the name after the last comma is the speaker phrase whose length counts
        words = eng.text[eng.text.rindex(",", a, b) + 1 : b].split()
    while words and words[0].lower() in eng.parser.names.modifier_words:
        words = words[1:]  # ("Outgoing Foreign Affairs Minister, Geoffrey Onyeama": the office and the name)
    if len(words) > MAX_HEADLINE_SPEAKER_WORDS:
        return None
    return np_


#: the fewest words a headline's credited words may have ("Editor: huaxia" is a credit line)
MIN_HEADLINE_WORDS = 3


def _headline_words_after(eng: Engine, lead: re.Match[str]) -> bool:
    """The words after a headline's leading "X:" are a statement: X is no credit-line word of
    ``[not labels]`` (transcript_labels.txt) and at least :data:`MIN_HEADLINE_WORDS` words follow."""
    key = " ".join(eng.text[lead.start() : lead.end()].rstrip().rstrip(":").lower().split())
    if key in load_transcript_labels().not_labels:
        return False
    end = eng.sents[eng.sentence_of(lead.start())][1]
    return len(eng.text[lead.end() : end].split()) >= MIN_HEADLINE_WORDS


def _news_flash_tag(eng: Engine, lead: re.Match[str]) -> bool:
    """A headline's leading "X:" is an outlet's tag of ``[not labels]`` (transcript_labels.txt) that another
    "Speaker:" follows: "LAST MINUTE NEWS: Foreign Minister Çavuşoğlu: We are ready ..." is the minister's
    headline, read after the tag."""
    key = " ".join(eng.text[lead.start() : lead.end()].rstrip().rstrip(":").lower().split())
    labels = load_transcript_labels()
    return key in labels.not_labels and key not in labels.roles


#: how far after a headline (characters) the person its role noun names is looked for: the lead
HEADLINE_FORWARD_SPAN = 600


def _body_speaker(eng: Engine, si: int, np_: NP) -> Any:
    """The speaker of the body a headline's phrase names, or None: a role noun is the person the lead names
    with that title (:meth:`helpers.attribution.resolve.Resolver.resolve_forward`); a name the speaker
    with that surname; a state or organisation itself, or a state whose people speak in the body
    ("Turkey: ..." over the Turkish foreign minister's words). Only someone with a statement in the body
    counts: "Indian Railway: all-women crew steers the train" (a topic before a colon) credits no one."""
    res = eng.res
    res.scan()
    speakers = [e for e in res.entities if e.n_statements > 0]
    if np_.kind == "role":
        s1 = eng.sents[si][1]
        ent, _m = res.resolve_forward(np_, s1, s1 + HEADLINE_FORWARD_SPAN)
        return ent if ent is not None and ent.n_statements > 0 else None
    name = (np_.name or "").lower()
    if np_.kind == "name":
        last = name.split()[-1] if name else ""
        found = [e for e in speakers if e.type == "person" and e.canonical.lower().split()[-1:] == [last]]
        if not found and " " not in name:
            # one name that is no speaker's surname may be one's other name, as South Asian headlines write
            # it: "Bangladesh not under US pressure: Shahriar" over "Md Shahriar Alam ... said"
            found = [e for e in speakers if e.type == "person" and name in e.canonical.lower().split()[:-1]]
        return found[0] if len(found) == 1 else None
    for e in speakers:
        if e.canonical.lower() == name:
            return e
    if np_.kind == "organisation":
        return _same_state_body(eng, np_, speakers) or _body_with_words(np_, speakers)
    if np_.kind == "state":
        state = eng.parser.state_of(np_.name)
        if state and any(state in e.states for e in speakers):
            return res.named("state", np_.name or "", np_.start, np_.end)
    return None


def _body_with_words(np_: NP, speakers: list[Any]) -> Any:
    """The one organisation speaking in the body whose name holds every word (two at least) of the
    headline's phrase: "... relations - Foreign Ministry" over "The Ministry of Foreign Affairs in a
    statement today said ..." (Malaysian and other wires); None when none or two."""
    words = set((np_.name or "").lower().split())
    if len(words) < 2:
        return None
    found = [e for e in speakers if e.type == "organisation" and words <= set(e.canonical.lower().split())]
    return found[0] if len(found) == 1 else None


def _same_state_body(eng: Engine, np_: NP, speakers: list[Any]) -> Any:
    """The body a headline names otherwise than the body does ("... - Tajik MFA" over "the Tajik Foreign
    Ministry said"): the one organisation speaking in the body of the state the headline's phrase names, or
    None (no state, or two such bodies)."""
    state = eng.parser.state_of(np_.name)
    if not state:
        return None
    found = [e for e in speakers if e.type == "organisation" and state in e.states]
    return found[0] if len(found) == 1 else None


#: a headline's reading: speaker phrase, cue (text, start, end), content start and end, rule
_Parts = tuple[NP, tuple[str, int, int], int, int, str]


def _headline_parts(eng: Engine, si: int) -> list[_Parts]:
    """The readings of a headline that credits its words (see :func:`headline_speakers`), in the order they
    are tried: a capitalised headline verb (:func:`_headline_verb_parts`), the speaker before a colon, the
    speaker after a colon or a spaced dash at the end. Each: speaker phrase, cue, content span, rule."""
    s0, s1, _ = eng.sents[si]
    text = eng.text
    a, b = eng.trim(s0, s1)
    if a in eng.turn_labels:
        return []  # a transcript's turn ("BRIEFER: William Spindler, UNHCR Spokesperson"), no headline
    verb = _headline_verb_parts(eng, a, b) or _second_verb_parts(eng, a, b)
    found: list[_Parts] = [verb] if verb is not None else []
    kicker = _KICKER_RE.match(text, a, b)
    a = kicker.end() if kicker is not None else a  # ("Trilateral meeting // Moldovan minister : Our ...")
    lead = _HEADLINE_LEAD_RE.match(text, a, b)
    if lead is not None and _news_flash_tag(eng, lead):  # "LAST MINUTE NEWS: Minister X: We are ready"
        a = lead.end()
        lead = _HEADLINE_LEAD_RE.match(text, a, b)
    speaker = _lead_speaker(eng, a, lead)
    if speaker is not None:
        np_, colon = speaker
        found.append((np_, (":", colon, colon + 1), lead.end(), b, RULE_HEADLINE_LEAD))
    tail = _HEADLINE_TAIL_RE.search(text, a, b)
    if tail is not None:
        on = text.rfind(" on ", tail.start("who"), b)  # ("...: Ned Price on Feb 15, 2023": the date cut)
        who_end = on if on > 0 and _TAIL_DATE_RE.fullmatch(text, on + 4, b) else b
        # ("... – Akufo-Addo to Senegal's President-elect": the addressee after "to" is cut)
        to = text.find(" to ", tail.start("who"), who_end)
        who_end = to if to > 0 and text[to + 4:to + 5].isupper() else who_end
        np_ = _headline_speaker(eng, tail.start("who"), who_end, _HEADLINE_TAIL_KINDS)
        if np_ is not None:
            c0, c1 = tail.start(), tail.start("who")
            ca, cb = eng.trim(a, c0)
            found.append((np_, (text[c0:c1].strip(), c0, c1), ca, cb, RULE_HEADLINE_TAIL))
    return found


def _lead_speaker(eng: Engine, a: int, lead: re.Match[str] | None) -> tuple[NP, int] | None:
    """The speaker before the colon of a headline's lead (:data:`_HEADLINE_LEAD_RE` matched from ``a``) and
    the colon's offset, when words follow it (:func:`_headline_words_after`), else None."""
    if lead is None or not _headline_words_after(eng, lead) or eng.text[lead.end()].islower():
        return None  # (lower case after the colon goes on narrating: "X meets Y: they talk about ...")
    colon = eng.text.rindex(":", lead.start(), lead.end())
    np_ = _headline_speaker(eng, a, colon, _HEADLINE_SPEAKER_KINDS)
    return None if np_ is None else (np_, colon)


#: a title line whose words after the colon are only a date: "Bi-weekly press briefing: 1 November 2019",
#: "Press conference: Tuesday, May 5, 2020", "Annual report: 2019" (a weekday may open the date)
_DATED_TITLE_RE = re.compile(
    r"[^:\n\"“”]{1,80}:[ \t]*(?:[A-Z][a-z]+,?[ \t]+)?(?:" + DATE + r"|\d{4})\.?[ \t]*$"
)


def dated_title_line(eng: Engine, si: int) -> Statement | str | None:
    """A line of its own whose words after the colon are only a date is a title, never a speaker's words
    nor a label: "Bi-weekly press briefing: 1 November 2019" (a genre and a date; "briefing" is a cue
    word), "PM call with US President Trump: 15 September 2017"."""
    s0, s1, _ = eng.sents[si]
    a, b = eng.trim(s0, s1)
    if (a > 0 and eng.text[a - 1] != "\n") or (b < len(eng.text) and eng.text[b] != "\n"):
        return None
    return SKIP if _DATED_TITLE_RE.match(eng.text, a, b) else None


def heading_with_cue(eng: Engine, si: int) -> Statement | str | None:
    """A heading with a present-tense cue, as headlines are written ("Iran would not accept deal, says
    Kerry", "Minister warns of delays"): the cue rules read it like a sentence of the body."""
    if eng.sents[si][2] in ("heading", "headline") and _person_lead_heading(eng, si):
        return SKIP  # (the headline rules credit it to the person before the colon)
    if eng.sents[si][2] == "heading" and any(
        (m.group("verb") or "").endswith("s") for m in eng.cues_of_sentence.get(si, [])
    ):
        return cues_in_sentence(eng, si)
    return None


def _person_lead_heading(eng: Engine, si: int) -> bool:
    """A heading that opens with a person and a colon, its cue after the colon ("President Niinistö: Finland
    strongly condemns Russia's actions"): the words after the colon are the person's (the headline rules
    read it), not the country's the cue names."""
    a, b = eng.trim(*eng.sents[si][:2])
    speaker = _lead_speaker(eng, a, _HEADLINE_LEAD_RE.match(eng.text, a, b))
    if speaker is None:
        return False
    np_, colon = speaker
    cues = eng.cues_of_sentence.get(si, [])
    if np_.kind != "name" or not cues or any(m.start() < colon for m in cues):
        return False
    # a person: a title with the name ("President Niinistö"), or the body writes the name after a given name
    # ("Lavrov:" over "Sergey Lavrov said"), not a place pair or topic ("Algeria-Tunisia: Premiers reaffirm")
    full = re.compile(cased(r"\b[A-Z][a-z]+[ \t]+") + re.escape(np_.name or ""))
    return bool(np_.role) or full.search(eng.text, b) is not None


def heading_or_dateline(eng: Engine, si: int) -> Statement | str | None:
    """Headings, and datelines without a speaker label ("MOSCOW, December 7 (TASS) -"), hold no statement. A
    speaker label standing alone in its paragraph ("Journalists" over the questions) is no heading: the
    label rules read it."""
    kind = eng.sents[si][2]
    own_label = si in eng.label_sentences and eng.label_sentences[si][1] >= eng.sents[si][0]
    if (kind == "heading" and not own_label) or (kind == "dateline" and si not in eng.label_sentences):
        return SKIP
    return None


_LINE_TAG_RE = re.compile(r"[A-Za-z][A-Za-z ]{0,30}?(?=[ \t]*:)")


def source_line(eng: Engine, si: int) -> Statement | str | None:
    """A sentence that opens a paragraph with a word of ``[source lines]`` (transcript_labels.txt) and a
    colon lists a report's sources or credits, and holds no statement, cue or not: "Source: US Department
    of State; the minister on X, as reported by the Herald"."""
    s0, s1, _ = eng.sents[si]
    a, _b = eng.trim(s0, s1)
    if a > 0 and eng.text[a - 1] != "\n":
        return None
    m = _LINE_TAG_RE.match(eng.text, a, s1)
    if m is not None and " ".join(m.group().lower().split()) in load_transcript_labels().source_lines:
        return SKIP
    return None


def speaker_label(eng: Engine, si: int) -> Statement | str | None:
    """A paragraph opening with a speaker label ("LAVROV: We are ready.", "Q: Will you go?") is that
    speaker's, every sentence of it; a label standing alone ("LAVROV:") gives the next sentence."""
    if si not in eng.label_sentences:
        return None
    s0, s1, _ = eng.sents[si]
    pi, la, lb = eng.label_sentences[si]
    first = eng.label_rows.get(pi)
    if isinstance(first, Statement):
        # a later sentence of the turn that opens by reporting another's words ("Some media outlets said
        # that ...") is theirs: an inner source takes its sentence ("we want clarity, because China says
        # that ..." stays the turn's too)
        a0, b0 = eng.trim(s0, s1)
        if STAGE_DIRECTION_SENTENCE_RE.fullmatch(eng.text, a0, b0):
            return SKIP  # "... of the United States of America. (Applause.)": nobody's words
        inner = [r for r in nested_in_turn(eng, si, s0 - 1)
                 if r.entity is not first.entity and min(r.speaker_start, r.cue_start) == a0]
        if inner:
            return inner[-1]
        return eng.carry_on(first, s0, s1, RULE_SAME_LABELLED_PARAGRAPH)
    if first is None:
        got = label_speaker(eng, la, lb) if la >= s0 and la < s1 else None
        if got is None:
            return None
        ent, rule = got
    else:
        ent, rule = first.entity, first.rule
    text = eng.text
    # (initials close with blanks, no colon: "MH     Hello"; the cue is the label itself)
    colon = label_closer(eng, la, lb)
    if text.startswith("))", colon):  # "((WN))": the second parenthesis closes the label too
        colon += 1
    a, b = eng.trim(max(colon + 1, s0), s1)
    if b <= a:  # the label is a sentence of its own ("LAVROV:"): the next one carries the words
        eng.label_rows[pi] = PendingLabel(ent, rule, la, lb)
        return None
    if legend_words(text[a:b]) or STAGE_DIRECTION_SENTENCE_RE.fullmatch(text, a, b):
        # "BRIEFER: William Spindler, UNHCR Spokesperson": who speaks, no words; "CHANCELLOR MERKEL:  (As
        # interpreted.)  Ladies and ...": a note on the turn, nobody's words (the next sentence opens it)
        eng.label_rows[pi] = PendingLabel(ent, rule, la, lb)
        return SKIP
    q = eng.in_quote(a)
    if q is not None and q.open == a and not text[q.close : s1].strip(" .!?\n"):
        a, b = q.inner_start, q.inner_end
    source, cue = Source(ent, text[la:lb], la, lb), (text[la : colon + 1], la, colon + 1)
    mention_type = "name" if ent.type == "person" else ent.type
    nested_in_turn(eng, si, colon)
    row = eng.add(source, cue, DIRECT, a, b, rule, mention_type=mention_type)
    eng.label_rows[pi] = row
    return row


def label_closer(eng: Engine, la: int, lb: int) -> int:
    """Where the label ``la``-``lb`` closes: its colon (or the parenthesis of "Q)", the dash of "JEN PSAKI
    –"); its last character where nothing closes it (initials before a tab, "MH     Hello"; a name alone
    on its line, "JEN PSAKI" / "We have ...": the cue is the label itself)."""
    text = eng.label_text
    m = _STOP_QA_LABEL_RE.match(text, la)
    if m is not None and m.end("label") == lb:
        return lb  # "Q. What is ...": the full stop
    for rx in (_INITIALS_LABEL_RE, _OWN_LINE_LABEL_RE, _ROLE_LINE_LABEL_RE):
        m = rx.match(text, la)
        if m is not None and m.end("label") == lb and (
            rx is _INITIALS_LABEL_RE or m.end() >= len(text) or text[m.end()] == "\n"
        ):
            return lb - 1
    return next(i for i in range(lb, len(text)) if text[i] in _LABEL_CLOSERS)


#: a first- or second-person subject right before a cue in a turn ("I said", "we have repeatedly stated",
#: "you said"): the turn's own words or the other party's, which the turn row already covers
_TURN_OWN_SUBJECT_RE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)\s+(?:[a-z]+\s+){0,2}$")


def nested_in_turn(eng: Engine, si: int, colon: int) -> list[Statement]:
    """A statement nested in a labelled turn: 'QUESTION: The other side said yesterday that "no agreement
    is possible"' holds a statement (and a quotation) of "the other side", not of the questioner. The cues
    after the label's colon, except after "I", "we", "you", are tried by :data:`CUE_RULES` (before the
    turn's own row is made, so that the quotation is theirs)."""
    made: list[Statement] = []
    text = eng.text
    for m in eng.cues_of_sentence.get(si, []):
        if m.start() <= colon or _TURN_OWN_SUBJECT_RE.search(text, max(colon, m.start() - 30), m.start()):
            continue
        if institution_speaks_now(eng, si, m, colon):
            continue
        for rule in CUE_RULES:
            row = rule(eng, si, m, made)
            if row is not None:
                made.append(row)
                break
    return made


def institution_speaks_now(eng: Engine, si: int, m: re.Match[str], colon: int) -> bool:
    """A sentence of a person's labelled turn that opens with an organisation or a state and a speech verb
    in the present ("WHO welcomes the extension of the humanitarian pause" in the Director-General's turn,
    "The United States strongly condemns ISIL's actions" in the spokesperson's, "The Government strongly
    condemns ..." in the minister's) is the speaker speaking for their institution: the turn's words,
    no inner source (a past "China said that ..." still reports another's words)."""
    verb = m.groupdict().get("verb")
    form = eng.verbs.get(verb.lower()) if verb else None
    if form is None or form.form != "s":
        return False
    s0 = eng.sents[si][0]
    a, b = eng.trim(max(s0, colon + 1), m.start())
    if b <= a:
        return False
    words = eng.text[a:b].split()
    while len(words) > 1 and words[-1].islower() and words[-1].endswith("ly"):  # "strongly condemns"
        b = eng.text.rindex(words.pop(), a, b)
    b = eng.trim(a, b)[1]
    np_ = eng.parser.parse(eng.text, a, b, allow_tail=False)
    return np_ is not None and np_.kind in ("organisation", "state") and np_.end >= b


def quotation_start(eng: Engine, a: int, b: int) -> int:
    """Content ``a``-``b`` that starts inside a closed quotation opened in an earlier sentence and closed
    within the content starts at that quotation's mark: the splitter cut "'Norway welcomes the agreement.
    Both are crucial', said the Minister." (single marks are no sentence quotes) at the full stop."""
    q = eng.in_quote(a)
    if q is None or not q.closed or q.open >= a or q.close > b + 2:
        return a
    if eng.sentence_of(q.open) == eng.sentence_of(a):
        return a
    return q.open


def quotation_closes_later(eng: Engine, si: int) -> Statement | str | None:
    """A sentence that opens a closed quotation whose closing mark lies in a later sentence with a cue
    after it waits for that sentence: "'Norway welcomes the agreement. Both are crucial', said the
    Minister." is one direct statement of the Minister's (see :func:`quotation_start`)."""
    for q in eng.quotes_of_sentence.get(si, []):
        if not q.closed or q.words < 2:
            continue
        last = eng.sentence_of(q.close - 1)
        if last != si and any(m.start() >= q.close for m in eng.cues_of_sentence.get(last, [])):
            return SKIP
    return None


def attribution_follows(eng: Engine, si: int) -> Statement | str | None:
    """'"Who is so stupid to steal a toilet?" wrote Cattelan.': the splitter ended this sentence at the
    "?", and the next sentence opens with its inverted cue (or its speaker and cue, see
    :func:`subject_cue_after_quotation`); that sentence's rule takes it."""
    if si + 1 < len(eng.sents) and (
        inverted_cue_of(eng, si + 1) is not None or subject_cue_of(eng, si + 1) is not None
    ):
        return SKIP
    return None


_SEGMENT_RE = re.compile(r"[^,;]+")
#: the most words of the adverbial right after such a cue ("earlier on Twitter", "on Monday in Oslo")
MAX_ADVERBIAL_WORDS = 5
_CUE_SUBJECT_KINDS = ("name", "role", "organisation", "state", "pronoun")


def subject_cue_of(eng: Engine, si: int) -> tuple[NP, re.Match[str], Quote] | None:
    """Sentence ``si`` opens with a speaker and a cue, right after a closed quotation that ends the sentence
    before (the splitter cut at its "!" or "?"), and has no words of its own after the cue, only adverbial
    segments (``[adverbial openers]`` of statement_words.txt): '"... cooperation!" Scholz had said earlier on
    Twitter, as he congratulated Macron.' Returns (speaker phrase, cue, the quotation) or None."""
    cues = eng.cues_of_sentence.get(si)
    if si == 0 or not cues or cues[0].group("acc"):
        return None
    text, m = eng.text, cues[0]
    a, b = eng.trim(*eng.sents[si][:2])
    pa, pb = eng.trim(*eng.sents[si - 1][:2])
    q = eng.in_quote(max(pa, pb - 1))
    if q is None or not q.closed or q.close < pb or q.words < 2 or text[q.close : a].strip(" \t"):
        return None  # (the quotation ends the sentence before, in the same paragraph)
    words = eng.words
    end = m.start()
    while end > a:  # "Scholz had said": the auxiliary is no part of the speaker
        head = text[a:end].rstrip()
        last = head.rsplit(None, 1)[-1]
        if last.lower() not in words.adverbs:
            break
        end = a + len(head) - len(last)
    head = text[a:end].rstrip()
    if not head:
        return None
    np_ = eng.parser.parse(text, a, a + len(head), allow_tail=False)
    if np_ is None or np_.kind not in _CUE_SUBJECT_KINDS or np_.end < a + len(head):
        return None
    for k, seg in enumerate(_SEGMENT_RE.finditer(text, m.end(), b)):
        words_of = seg.group().strip(" .!?\n")
        if words_of and not words.skip_segment.match(words_of):
            return None
        # right after the cue only a short adverbial ("earlier on Twitter"), no clause ("earlier he might
        # rename the monument" is the content); after a comma a subordinate clause may follow ("as he ...")
        if k == 0 and (len(words_of.split()) > MAX_ADVERBIAL_WORDS
                       or any(w.lower() in words.clause_openers for w in words_of.split()[1:])):
            return None
    return np_, m, q


def subject_cue_after_quotation(eng: Engine, si: int) -> Statement | str | None:
    """The quotation of the sentence before is the speaker's who opens this one with a cue and says nothing
    of their own after it (see :func:`subject_cue_of`): "Scholz had said earlier ..., as he congratulated
    Macron" gives Scholz the quotation, not "as he congratulated Macron"."""
    got = subject_cue_of(eng, si)
    if got is None:
        return None
    np_, m, q = got
    return eng.attribute(si, np_, m.group(), m.start(), m.end(), None, q.inner_start, q.inner_end,
                         RULE_CUE_AFTER_QUOTATION)


#: the words after a quotation that name its speaker in the passive: "“…” Malcorra is quoted." (a match at
#: the quotation's close only; the speaker phrase is bounded, so the pattern stays linear)
QUOTED_PASSIVE_RE = re.compile(
    cased(r"[ \t,]{0,3}(?P<who>[A-Z][^,;:\"“”«».!?\n]{1,60}?)[ \t]+(?:is|was|has[ \t]+been)[ \t]+quoted"
    r"(?:[ \t]+as[ \t]+saying)?[ \t]*[.!]?[ \t]*$")
)


def quoted_passive(eng: Engine, si: int) -> Statement | str | None:
    """A quotation followed by its speaker and "is quoted" (or "was quoted", "was quoted as saying") and
    nothing else: "“It is evident we have a very big difference” Malcorra is quoted." (the speaker phrase
    must read as a name, role or organisation)."""
    s0, s1, _ = eng.sents[si]
    qs = [q for q in eng.quotes_of_sentence.get(si, []) if q.closed and q.inner_end > q.inner_start]
    if not qs:
        return None
    q = qs[-1]
    m = QUOTED_PASSIVE_RE.match(eng.text, q.close, eng.trim(s0, s1)[1] + 1)
    if m is None:
        return None
    np_ = eng.parser.parse(eng.text, m.start("who"), m.end("who"), allow_tail=False)
    if np_ is None or np_.kind not in ("name", "role", "organisation") or np_.end < m.end("who") - 1:
        return None
    cue = m.group()[m.end("who") - m.start() :].strip(" \t.!")
    c0 = eng.text.index(cue, m.end("who"))
    rule = RULE_QUOTED_PASSIVE
    return eng.attribute(si, np_, cue, c0, c0 + len(cue), None, q.inner_start, q.inner_end, rule)


def inverted_cue_opens_sentence(eng: Engine, si: int) -> Statement | str | None:
    """'wrote Cattelan, the artist.' after '"Who is so stupid to steal a toilet?"': the quotation of the
    sentence before is Cattelan's."""
    got = inverted_cue_of(eng, si)
    if got is None:
        return None
    np_, c0, c1, q = got
    return eng.attribute(
        si, np_, eng.text[c0:c1], c0, c1, None, q.inner_start, q.inner_end, RULE_CUE_OPENS_NEXT_SENTENCE
    )


def stray_mark_cue(eng: Engine, si: int) -> Statement | str | None:
    """'", said the correspondent of MIA from Athens.' after a sentence of reported speech (see
    :func:`helpers.attribution.cues.stray_mark_cue_of`): the sentence before is the correspondent's (a
    second source when its own speaker is named in it), and so is the cue's sentence, which names the
    source (the gold rounds list both)."""
    got = stray_mark_cue_of(eng, si)
    if got is None:
        return None
    np_, c0, c1 = got
    pa, pb = eng.trim(*eng.sents[si - 1][:2])
    cue = (eng.text[c0:c1], c0, c1)
    row = eng.attribute(si, np_, *cue, None, pa, pb, RULE_STRAY_MARK_CUE)
    return naming_sentence(eng, si, row, np_, cue, RULE_STRAY_MARK_CUE)


def original_language_line(eng: Engine, si: int) -> Statement | str | None:
    """Wikinews gives a quotation's original after its translation: "((hu))Hungarian language: ..."
    right after a statement carries that statement's speaker."""
    if (
        si in eng.translations
        and eng.last is not None
        and eng.last_sid == si - 1
        and not eng.cues_of_sentence.get(si)
    ):
        s0, s1, _ = eng.sents[si]
        return eng.carry_on(eng.last, s0, s1, RULE_ORIGINAL_WORDING)
    return None


def cues_in_sentence(eng: Engine, si: int) -> Statement | str | None:
    """Every cue of the sentence, tried by :data:`helpers.attribution.cues.CUE_RULES`; then the other parts
    of a quotation split by its attribution (:func:`helpers.attribution.cues.split_quotation_parts`)."""
    made: list[Statement] = []
    for m in eng.cues_of_sentence.get(si, []):
        for rule in CUE_RULES:
            row = rule(eng, si, m, made)
            if row is not None:
                made.append(row)
                break
    made += split_quotation_parts(eng, si, made)
    # a channel ("…, Salehi said, according to Reuters") is not whose words go on in the next sentence
    spoken = [r for r in made if CHANNEL_MARK not in r.rule]
    return (spoken or made)[-1] if made else None


#: a sentence opened by a document as its source: "In the statement, the two ministers “were able to ...”",
#: "In the press release it is indicated that ..." (group ``doc``: the document's phrase, up to four words;
#: whether it names a document is the phrase parser's call). Only "the", "this", "that": a document named
#: before (a possessive may point ahead: "In its latest report, Global Warming of 1.5°C, the IPCC gives us
#: ..." is a speaker's own words about the report). Matched at the sentence's start.
DOCUMENT_OPENER_RE = re.compile(
    r"In[ \t]+(?P<doc>(?:the|this|that)[ \t]+[^\s,.;:“\"]+(?:[ \t]+[^\s,.;:“\"]+){0,2}?)"
    r"(?:[ \t]*,[ \t]*|[ \t]+it[ \t]+(?:is|was|has[ \t]+been)[ \t]+[a-z]+[ \t]+that[ \t]+)"
)
RULE_DOCUMENT_OPENER = "'In the statement, ...' opening the sentence: the document's (its author's)"


def document_opens_sentence(eng: Engine, si: int) -> Statement | str | None:
    """A sentence that no cue has credited (the rules before), opened by "In" and a document, then a
    comma or "it is indicated that" (:data:`DOCUMENT_OPENER_RE`): what follows is the document's, that is
    its author's, as after "According to the statement, ...". Releases retold by agencies: "Following the
    meeting, the Ministry of Foreign Affairs issued a press release. In the press release it is indicated
    that the ministers discussed their differences candidly." (the ministry's)."""
    framed = _sentence_frame(eng, si, DOCUMENT_OPENER_RE, "doc")
    if framed is None or framed[0].kind != "document":
        return None
    if framed[0].head not in eng.words.issued_documents:  # "In the document, the writer supposes ...": a
        return None  # manifesto posted online is no release of the organisation that spoke last
    return _attribute_frame(eng, si, *framed, RULE_DOCUMENT_OPENER)


def _sentence_frame(
    eng: Engine, si: int, opener: re.Pattern[str], group: str
) -> tuple[NP, int, int, int, int] | None:
    """The phrase (group ``group`` of ``opener``) that frames sentence ``si`` from its start ("In the press
    release it is indicated that ...", "For the Foreign minister, ..."), with the sentence's trimmed start,
    the phrase's start, the frame's end and the sentence's trimmed end; None when the opener does not match,
    fewer than three words follow it, or no phrase covers the group whole."""
    a, b = eng.trim(*eng.sents[si][:2])
    m = opener.match(eng.text, a, b)
    if m is None or len(eng.text[m.end() : b].split()) < 3:
        return None
    np_ = eng.parser.parse(eng.text, m.start(group), m.end(group), allow_tail=False)
    if np_ is None or np_.end < m.end(group):
        return None
    return np_, a, m.start(group), m.end(), b


def _attribute_frame(
    eng: Engine, si: int, np_: NP, a: int, phrase: int, end: int, b: int, rule: str
) -> Statement | str | None:
    """Credit what follows a sentence's frame (:func:`_sentence_frame`: the phrase ``np_`` at ``phrase``,
    the frame ending at ``end``) to that phrase, as after "According to X, ...": the frame's words before
    the phrase are the cue."""
    cue = (eng.text[a:phrase].strip(), a, phrase)
    return eng.attribute(si, np_, *cue, ACCORDING_TO, end, b, rule)


#: a sentence opened by "For" and a speaker, then a comma: the speaker's view follows ("For the Panamanian
#: foreign minister, this is an example of how ...", "For the head of Paraguayan diplomacy, ..."; translated
#: copy renders French/Spanish "Pour/Para X, ..." so). Group ``who``: the phrase up to the comma; whether it
#: names a person is the phrase parser's call ("For the first time", "For Russia, the stakes" are none).
OPINION_FRAME_RE = re.compile(r"For[ \t]+(?P<who>[^\s,.;:“\"][^,.;:“\"\n]{2,80})[ \t]*,[ \t]*")
RULE_OPINION_FRAME = "'For X, ...' opening the sentence: X's view"
#: the phrase kinds that can hold a view in the opinion frame: a person by name (two words at least, or with a
#: title) or office
_OPINION_HOLDERS = ("name", "role")


def opinion_frame_opens_sentence(eng: Engine, si: int) -> Statement | str | None:
    """A sentence that no cue has credited, opened by "For", a person by name or office, and a comma
    (:data:`OPINION_FRAME_RE`): what follows is that person's view, as after "In the view of X, ...".
    "For the Foreign minister, it is high time to give new impetus to bilateral relations." (the minister's).
    A pronoun ("For his part, ...", "For us, ...") or a country ("For Russia, the stakes are high") is not."""
    framed = _sentence_frame(eng, si, OPINION_FRAME_RE, "who")
    if framed is None or framed[0].kind not in _OPINION_HOLDERS or framed[0].plural:
        return None
    np_ = framed[0]
    if np_.kind == "name" and np_.role is None and len((np_.name or "").split()) < 2:
        return None  # "For Borduvia, the stakes ...": one capitalised word is as likely a place as a person
    return _attribute_frame(eng, si, *framed, RULE_OPINION_FRAME)


#: the topic a colon-introduced quotation may name after its speaker: "The minister on the sanctions: “…”"
#: " on " between a speaker and a topic; the look-behind starts a match only at the first space of a run,
#: so a search over a long run of spaces stays linear (the leftmost match is the same).
_ON_TOPIC_RE = re.compile(r"(?<!\s)\s+on\s+")
_COLON_QUOTE_KINDS = ("name", "role", "organisation", "state")
#: the outlet or body a labelled turn's speaker comes from: "Question by Carien du Plessis from News24: “…”"
#: (after a label of ``[quote labels]`` only; linear as :data:`_ON_TOPIC_RE` is)
_FROM_OUTLET_RE = re.compile(r"(?<!\s)\s+from\s+")


def colon_quotation(eng: Engine, si: int) -> Statement | str | None:
    """A speaker, a colon and a quotation, without a speech verb: "Lavrov: “We are ready to talk.”", "The
    minister on the sanctions: “They have never worked.”" (the words after "on" are the topic). The
    phrase before the colon must read as a name, role, organisation or state (a lone surname only when
    the text names that person)."""
    s0, s1, _ = eng.sents[si]
    text = eng.text
    colon = text.find(":", s0, s1)
    if colon < 0 or eng.cues_of_sentence.get(si) or eng.in_quote(colon) is not None:
        return None
    q = next((q for q in eng.quotes_of_sentence.get(si, []) if q.open > colon), None)
    if q is None or text[colon + 1 : q.open].strip() or q.words < 2:
        return None
    a, _b = eng.trim(s0, colon)
    label = _quote_label(eng, a, colon)
    if label is not None and not text[label:colon].strip():  # "Quote: “…”" carries on the last statement
        last = eng.last
        if last is None or eng.last_sid is None or eng.last_sid < si - 2:
            return None
        return eng.carry_on(last, q.inner_start, q.inner_end, RULE_QUOTE_LABEL)
    a = a if label is None else label + len(text[label:colon]) - len(text[label:colon].lstrip())
    topic = _ON_TOPIC_RE.search(text, a, colon)
    if label is not None and topic is None:  # "Question by X from News24: “…”": the asker's outlet after
        topic = _FROM_OUTLET_RE.search(text, a, colon)
    who_end = topic.start() if topic is not None else colon
    if len(text[a:who_end].split()) > MAX_HEADLINE_SPEAKER_WORDS:
        return None
    np_ = eng.parser.parse(text, a, who_end, allow_tail=False)
    if np_ is None or np_.kind not in _COLON_QUOTE_KINDS or np_.end < who_end - 1:
        return None
    if np_.kind == "name" and " " not in (np_.name or " "):
        eng.res.scan()
        if eng.res.surname_lookup(np_) is None:
            return None
    cue = (":", colon, colon + 1)
    return eng.attribute(si, np_, *cue, DIRECT, q.inner_start, q.inner_end, RULE_COLON_QUOTATION)


def _quote_label(eng: Engine, a: int, colon: int) -> int | None:
    """Where the source starts after a quotation line's label of ``[quote labels]`` (transcript_labels.txt)
    opening ``a``-``colon``: "Quote from US Department of State" -> the offset of "US"; None without one."""
    head = eng.text[a:colon].lower()
    for words in load_transcript_labels().quote_labels:
        if head == words or head.startswith(words + " "):
            return a + len(words)
    return None


_CLAUSE_SUBJECT_KINDS = ("name", "role", "organisation", "state", "collective")


def quotation_continues(eng: Engine, si: int) -> Statement | str | None:
    """A sentence with a closed quotation of three words or more and no cue, right after a statement,
    carries on that statement's speaker — unless someone else is the subject before the quotation ("In
    the document, the writer supposes a "cultural ..."", but "this line ... was "effectively maintained
    ..."" carries on)."""
    last = eng.last
    if last is None or eng.last_sid != si - 1:
        return None
    if any(not _noun_after_of(eng, m.start()) for m in eng.cues_of_sentence.get(si, [])):
        return None
    s0, s1, _ = eng.sents[si]
    qs = [q for q in eng.quotes_of_sentence.get(si, []) if q.words >= 3 and q.closed]
    if not qs or eng.sents[si - 1][2] == "heading":
        return None
    qa, _qb = eng.trim(s0, s1)
    if qs[0].open > qa + 1:
        lead_np = leading_np(eng, s0, qs[0].open)
        if lead_np is not None and lead_np.kind in _CLAUSE_SUBJECT_KINDS:
            return quoted_speech_act(eng, si, last, qs[0])
    row = eng.carry_on(last, s0, s1, RULE_QUOTATION_AFTER_STATEMENT)
    inner_speech_act(eng, si, qs[0])
    return row


def inside_quotation_before(eng: Engine, si: int) -> Statement | str | None:
    """A sentence that opens inside a quotation begun in the sentence before, which has a statement, and
    has no cue of its own: that statement's speaker goes on ("'The agreement will make it possible ...
    than before. It will now be possible to ...": single marks are no sentence quotes, so the splitter
    cuts such a quotation into sentences)."""
    last = eng.last
    if last is None or eng.last_sid != si - 1 or eng.cues_of_sentence.get(si):
        return None
    s0, s1, _ = eng.sents[si]
    a, _b = eng.trim(s0, s1)
    q = eng.in_quote(a)
    if q is None or q.open >= s0 or q.words < 3 or not (last.start < q.close and last.end > q.open):
        return None
    if q.statement_id < 0:  # (the quotation is that statement's words, begun in its sentence)
        q.statement_id, q.speaker = last.statement_id, last.speaker
    return eng.carry_on(last, s0, min(s1, q.inner_end), RULE_INSIDE_QUOTATION)


_OF_BEFORE_RE = re.compile(r"\bof\s+$")


def _noun_after_of(eng: Engine, pos: int) -> bool:
    """The cue word at ``pos`` follows "of": a noun, no speech verb ("the French head of state")."""
    return _OF_BEFORE_RE.search(eng.text, max(0, pos - 4), pos) is not None


def quoted_speech_act(eng: Engine, si: int, last: Statement, q: Quote) -> Statement | None:
    """A subject opening the sentence before a quotation that opens with a speech verb ('The French head
    of state "underlined the importance of Europe's role".') after a statement: the quotation quotes the
    readout of the statement before (its speaker's words) and reports the subject's speech act (see
    :func:`inner_speech_act`). Another subject before a quotation is no continuation (None)."""
    if inner_speech_act(eng, si, q) is None:
        return None
    s0, s1, _ = eng.sents[si]
    return eng.carry_on(last, s0, s1, RULE_QUOTED_SPEECH_ACT.format(last.speaker))


def inner_speech_act(eng: Engine, si: int, q: Quote) -> Statement | None:
    """A quotation that opens with a speech verb right after a speaker phrase ('... during which the
    French head of state "underlined the importance of Europe's role"'): the phrase's speech act, the
    quoted words its content (the readout quoting it is another statement of the sentence)."""
    text = eng.text
    verb = eng.cue_re.match(text, q.inner_start)
    if verb is None or verb.group("verb") is None:
        return None
    end = q.open
    while end > 0 and text[end - 1].isspace():
        end -= 1
    np_ = phrase_before(eng, eng.sents[si][0], end)
    if np_ is None or np_.kind not in _CLAUSE_SUBJECT_KINDS:
        return None
    a, b = eng.trim(verb.end(), q.inner_end)
    cue = (verb.group(), verb.start(), verb.end())
    return eng.attribute(si, np_, *cue, INDIRECT, a, b, RULE_INNER_SPEECH_ACT)


#: the fewest words a quotation needs for a speech act inside it to be looked for
MIN_QUOTED_READOUT_WORDS = 4


def reported_act(eng: Engine, m: re.Match[str]) -> bool:
    """A speech verb a readout reports with: past tense, no verb of agreeing (flag ``accord``)."""
    verb = eng.verbs.get(" ".join((m.group("verb") or "").split()).lower())
    return verb is not None and verb.form == "past" and "accord" not in verb.flags


def quoted_speech_acts(eng: Engine) -> None:
    """Speech acts inside a statement's quotation ('"The two officials underscored the importance of the
    alliance ...," the DFA said'): the quotation stays its speaker's words, and a sentence of it that
    opens with a third-person subject and a speech verb is that subject's statement too (see
    :func:`helpers.attribution.cues.quoted_subject`); the content ends with the quotation. A quotation
    that opens with the speech verb after its subject is that subject's too (:func:`inner_speech_act`)."""
    text = eng.text
    cued = {r.cue_start for r in eng.rows}
    for q in list(eng.quotes):
        if q.statement_id < 0 or q.words < MIN_QUOTED_READOUT_WORDS:
            continue
        host = eng.rows[q.statement_id]
        verb = eng.cue_re.match(text, q.inner_start)
        if verb is not None and verb.start() not in cued and reported_act(eng, verb):
            inner_speech_act(eng, eng.sentence_of(q.open), q)  # 'Borrell "reaffirmed the EU's support"'
            cued.add(verb.start())
        for m in eng.cue_re.finditer(text, q.inner_start, q.inner_end):
            if m.group("verb") is None or m.start() in cued or not host.start <= m.start() < host.end:
                continue  # (a cue outside the host's words is no speech act inside them)
            row = speech_verb(eng, eng.sentence_of(m.start()), m, [host])
            if row is not None and row.end > q.inner_end:
                a, b = eng.trim(row.start, q.inner_end)
                row.end, row.text = b, text[a:b]


#: "that" opening the clause an issuer's report gives ("said ... that Vladimir Putin wished him ...")
_THAT_CLAUSE_RE = re.compile(r"\bthat\s+")


def issuer_reported_acts(eng: Engine) -> None:
    """A person's speech act an issuer's report passes on ("The Kremlin press service said Thursday ... that
    Vladimir Putin wished him every success ..."): in the content of a statement by an organisation, a
    "that" clause whose subject is a named person and whose verb is a reported speech act (past tense, no
    verb of agreeing, :func:`reported_act`) is that person's statement too (the gold guideline's two
    sources: the issuer reports, the person spoke). Only a name: "that the presidents expressed" stays the
    issuer's account."""
    text = eng.text
    cued = {r.cue_start for r in eng.rows}
    for row in list(eng.rows):
        if row.speaker_type != "organisation" or row.kind != INDIRECT:
            continue
        for t in _THAT_CLAUSE_RE.finditer(text, row.start, row.end):
            verb = next(eng.cue_re.finditer(text, t.end(), row.end), None)
            if verb is None or verb.group("verb") is None or verb.start() in cued:
                continue
            if not reported_act(eng, verb):
                continue
            np_ = phrase_before(eng, t.end(), verb.start())
            if np_ is None or np_.kind != "name" or np_.start != t.end():
                continue
            a, b = eng.trim(verb.end(), row.end)
            cued.add(verb.start())
            si = eng.sentence_of(verb.start())
            cue = (verb.group(), verb.start(), verb.end())
            eng.attribute(si, np_, *cue, INDIRECT, a, b, RULE_ISSUER_REPORTED_ACT)
            break


#: the sentence rules, in order (see :class:`Engine`)
SENTENCE_RULES = rule_list(
    dated_title_line,
    heading_with_cue,
    heading_or_dateline,
    source_line,
    speaker_label,
    quotation_closes_later,
    attribution_follows,
    signature_follows,
    inverted_cue_opens_sentence,
    stray_mark_cue,
    subject_cue_after_quotation,
    quoted_passive,
    original_language_line,
    dash_attribution,
    cues_in_sentence,
    document_opens_sentence,
    opinion_frame_opens_sentence,
    colon_quotation,
    quotation_continues,
    inside_quotation_before,
)


# --------------------------------------------------------------------------------------------------------
# Passes over the whole text, after the sentence rules
# --------------------------------------------------------------------------------------------------------


def quotation_runs(eng: Engine) -> None:
    """A quotation left open at a paragraph end (the next paragraph reopens it) takes the speaker of the
    statement that closes the run (within three paragraphs): every sentence of it is a continuation."""
    open_runs = [q for q in eng.quotes if not q.closed and q.statement_id < 0]
    if not open_runs:
        return
    anchors = sorted((r.start, n) for n, r in enumerate(eng.rows) if r.kind != CONTINUATION)
    anchor_starts = [a for a, _ in anchors]
    pstarts = [a for a, _ in eng.paras]
    for q in open_runs:
        k = bisect.bisect_left(anchor_starts, q.close)
        pi = bisect.bisect_right(pstarts, q.open) - 1
        nxt = eng.rows[anchors[k][1]] if k < len(anchors) else None
        closing = eng.in_quote(eng.paras[pi + 1][0]) if pi + 1 < len(eng.paras) else None
        closed = closing if closing is not None and closing.closed else None
        far = nxt is None or bisect.bisect_right(pstarts, nxt.start) - 1 > pi + 3
        reported = _reported_before_run(eng, pi, q, pstarts)
        if reported is not None:
            for c in _run_chain(eng, q):
                _run_sentences(eng, c, reported)
            continue
        if far and nxt is not None and _closes_run(eng, q, nxt):
            far = False  # a release quoted over many paragraphs, each reopened: '“... ,” it stated.'
        if far or (closed is not None and _bare_closing(eng, closed, pstarts)):
            # no cue near, or none where the run closes ('“The decision can only ... countries.”' after
            # '“Both officials ...' under '..., said Dr Moyo.'): the speaker of the paragraph before the run
            before = _direct_before_run(eng, pi)
            if before is None and far:
                continue
            if before is not None:
                if closed is not None:
                    _run_sentences(eng, closed, before)  # the paragraph that closes the run
                nxt = before
        if nxt is not None:
            _run_sentences(eng, q, nxt)


def _closes_run(eng: Engine, q: Quote, nxt: Statement) -> bool:
    """Statement ``nxt`` credits the quotation that closes the run ``q`` opens: every paragraph after
    ``q``'s up to it reopens the quotation with a mark left open (at most :data:`CUE_LINE_PARAGRAPHS`), and
    the closed one holds ``nxt``'s content (the multi-paragraph convention of a relayed statement)."""
    cur = q
    for _ in range(CUE_LINE_PARAGRAPHS):
        if not cur.closed:
            i = bisect.bisect_right(eng._qopen, cur.open)
            if i >= len(eng.quotes) or eng.text[cur.close : eng.quotes[i].open].strip():
                return False
            cur = eng.quotes[i]
            continue
        return cur.open <= nxt.start < cur.close
    return False


def _bare_closing(eng: Engine, q: Quote, pstarts: list[int]) -> bool:
    """Quotation ``q`` closes a run with no statement in its paragraph: no cue credits it there
    (``pstarts``: where each paragraph starts)."""
    a, b = eng.paras[bisect.bisect_right(pstarts, q.open) - 1]
    return q.statement_id < 0 and not any(a <= r.start < b or a <= r.cue_start < b for r in eng.rows)


def _run_chain(eng: Engine, q: Quote) -> list[Quote]:
    """The quotations of the run ``q`` opens: each next paragraph's, reopened right where the one before
    is left open, up to the one that closes the run (at most :data:`CUE_LINE_PARAGRAPHS`)."""
    chain = [q]
    for _ in range(CUE_LINE_PARAGRAPHS):
        cur = chain[-1]
        if cur.closed:
            break
        i = bisect.bisect_right(eng._qopen, cur.open)
        if i >= len(eng.quotes) or eng.text[cur.close : eng.quotes[i].open].strip():
            break
        chain.append(eng.quotes[i])
    return chain


def _reported_before_run(eng: Engine, pi: int, q: Quote, pstarts: list[int]) -> Statement | None:
    """The statement that ends paragraph ``pi - 1`` and introduces the run ``q`` opens over two or more
    paragraphs, each reopened with a mark, closed in a paragraph with no cue of its own: the speaker's
    words go on ("..., the EAM said the thrust of their conversation was on the bilateral relationship."
    / "“I met the Foreign Minister ... / “The bulk of our conversation ... / “We had a brief
    conversation ...”"). Reported (indirect) or direct, in the paragraph's last sentence."""
    if pi < 1 or q.statement_id >= 0:
        return None
    chain = _run_chain(eng, q)
    if len(chain) < 2 or not chain[-1].closed or not _bare_closing(eng, chain[-1], pstarts):
        return None
    a, b = eng.paras[pi - 1]
    # (a paragraph of the run before, carried on already, passes its speaker on: "Hipkins expressed
    # thanks ..." / "“I want to ... / “We are ...”" / "“We are ... / “I know ... / “We know ...”")
    rows = [r for r in eng.rows if a <= r.start < b and r.kind in (DIRECT, INDIRECT, CONTINUATION)]
    last = eng.sentence_of(max(a, b - 1))
    if not rows or last not in (rows[-1].sentence_id, eng.sentence_of(rows[-1].end)):
        return None
    return rows[-1]


def _direct_before_run(eng: Engine, pi: int) -> Statement | None:
    """The direct statement that ends paragraph ``pi - 1``, right before a quotation run that no statement
    closes: "'Norway welcomes the deal', said the Minister. / 'The deal opens the ports ... / 'We urge
    all parties to honour it.'" is the Minister's throughout."""
    if pi < 1:
        return None
    a, b = eng.paras[pi - 1]
    rows = [r for r in eng.rows if a <= r.start < b and r.kind == DIRECT]
    return rows[-1] if rows else None


#: a mark opening a paragraph's quotation, straight single quote included ("'The agreement will make ...")
_PARAGRAPH_QUOTE_MARKS = "\"“«„‘'"
#: any quotation mark: a paragraph holding one is no longer the unclosed run's plain words
_ANY_QUOTE_RE = re.compile("[\"“”«»„‘’']\\W|\\W[\"“”«»„‘’']|^[\"“”«»„‘’']|[\"“”«»„‘’']$")


def unclosed_run(eng: Engine) -> None:
    """A quotation opened at a paragraph's start right after a paragraph ending in a direct statement of X
    ("'Norway welcomes the agreement ...', said Minister X." / "'The agreement will make it possible ...")
    and never closed (the pairer left its mark alone): when every paragraph from it to the text's end is
    plain words (no quotation mark, no statement, label or heading of their own) and one of its first two
    speaks in the first person ("I hope ...", "We have used our contacts ..."), all of them are X's: the
    page is his statement. A stray mark in a report stops at the report's next cue, so it never reaches
    the end."""
    text = eng.text
    for pi in range(1, len(eng.paras)):
        a, _b = eng.paras[pi]
        q = eng.in_quote(a)
        if text[a] not in _PARAGRAPH_QUOTE_MARKS or (q is not None and not left_open(text, q)):
            continue
        before = _direct_before_run(eng, pi)
        # a single mark never closed is a quotation to its paragraph's end already (unclosed_single)
        run = range(pi if q is None else pi + 1, len(eng.paras))
        if before is None or not all(_plain_paragraph(eng, k, k == pi) for k in run):
            return
        first_two = range(pi, min(pi + 2, len(eng.paras)))
        if not any(FIRST_PERSON_RE.search(text, *eng.paras[k]) for k in first_two):
            return
        _credit_paragraphs(eng, run, before.source, RULE_UNCLOSED_RUN.format(before.speaker))
        return


def reopened_paragraphs(eng: Engine) -> None:
    """A direct statement whose quotation is left open at its paragraph's end, the next paragraphs each
    reopening it with a mark (the newspaper convention for a quotation over paragraphs: 'the Prime Minister
    said; “After reading the reported facts, ... Tonga Trench.' / '“That the Tongan boat ... “Only in the
    Pacific ...'): every sentence of those paragraphs without a source is the statement's speaker's, up to
    a paragraph that closes the quotation or one that opens without a mark (at most
    :data:`CUE_LINE_PARAGRAPHS`). Marks the pairer dropped as unbalanced still count: the text's own."""
    text = eng.text
    for pi in range(1, len(eng.paras)):
        a, _b = eng.paras[pi]
        before = _direct_before_run(eng, pi)
        if text[a] not in _OPENING_MARKS or before is None or eng.in_quote(a) is not None:
            continue
        q = eng.in_quote(max(before.start, before.end - 1))
        prev_end = eng.paras[pi - 1][1]
        if q is None or q.closed or text[before.start : prev_end].rstrip()[-1:] in _CLOSING_MARKS:
            continue
        run = pi
        while run + 1 < min(len(eng.paras), pi + CUE_LINE_PARAGRAPHS):
            c, d = eng.paras[run]
            if text[c:d].rstrip()[-1:] in _CLOSING_MARKS or text[eng.paras[run + 1][0]] not in _OPENING_MARKS:
                break
            run += 1
        _credit_paragraphs(eng, range(pi, run + 1), before.source,
                           RULE_REOPENED_PARAGRAPHS.format(before.speaker))


#: how many paragraphs after a statement a speaker's unmarked first-person words may still come
FIRST_PERSON_RUN_PARAGRAPHS = 2
#: a speaker's "I" or "we" (not "our": a readout's "our countries" is the two leaders', the narrator's)
FIRST_PERSON_SUBJECT_RE = re.compile(r"\b(?:I|[Ww]e)\b")
#: a reporter's own "we" narrates in the past ("We saw the first trucks arrive", "We waited for an hour"); a
#: speaker's unmarked words say what they think or do now ("we always choose peace", "we note that ..."):
#: a regular past ("-ed", not "need") or a common irregular one after the pronoun (and an adverb)
NARRATED_PAST_RE = re.compile(
    r"(?<![ \t])[ \t]+(?:(?:[a-z]{2,20}ly|also|then)[ \t]+)?"
    r"(?:[a-z]{1,20}[^e\W]ed|saw|went|came|met|heard|took|got|left|felt|found)\b"
)


def _first_person_outside(eng: Engine, a: int, b: int) -> bool:
    """Sentence ``a``-``b`` speaks in the first person outside any quotation ("we always choose peace")."""
    text = eng.text
    return any(
        eng.in_quote(m.start()) is None and NARRATED_PAST_RE.match(text, m.end(), b) is None
        for m in FIRST_PERSON_SUBJECT_RE.finditer(text, a, b)
    )


def _narrator_speaks(eng: Engine, taken: set[int]) -> bool:
    """The text's own voice says "I", "we", "my" or "our" in a sentence that no statement nor first-person
    run credits (``taken``): a speech, a letter, a post ("Allow me to congratulate you, Mr President"; in
    any tense: "Last night, I met the Foreign Minister of Japan"), whose first-person words are the
    author's, no reported speaker's."""
    return any(
        any(eng.in_quote(m.start()) is None for m in FIRST_PERSON_RE.finditer(eng.text, s0, s1))
        for si, (s0, s1, _k) in enumerate(eng.sents)
        if si not in taken and si not in eng.headlines
    )


def _sentence_speakers(eng: Engine) -> dict[int, Statement]:
    """A sentence's speaker: its first cue's, no channel's ("..., the Ministry said, Avesta reports")."""
    by_sentence: dict[int, Statement] = {}
    for r in sorted(eng.rows, key=lambda r: r.cue_start, reverse=True):
        if CHANNEL_MARK not in r.rule:
            by_sentence[r.sentence_id] = r
    return by_sentence


#: a capitalised -ing form opening a sentence before "that" ("Stating that there were ...")
_PARTICIPLE_OPENING_RE = re.compile(r"([A-Z][a-z]+ing)\s+that\b\s*")


def participle_openings(eng: Engine) -> None:
    """A sentence that opens with a speech verb's -ing form and "that", no subject of its own, right after a
    statement in the same paragraph: the speaker goes on ("Dr. Al-Jaafari stressed at the conference that
    Iraq is taking excellent steps ... Stating that there were a number of basic elements ..."; translated
    readouts of Arab and Asian ministries, which cut a participle clause off as a sentence)."""
    taken = eng.credited_sentences()
    by_sentence = _sentence_speakers(eng)
    pstarts = [a for a, _ in eng.paras]
    for si in range(1, len(eng.sents)):
        before = by_sentence.get(si - 1)
        if si in taken or before is None:
            continue
        s0, s1, _k = eng.sents[si]
        a, b = eng.trim(s0, s1)
        m = _PARTICIPLE_OPENING_RE.match(eng.text, a)
        same_paragraph = bisect.bisect_right(pstarts, a) == bisect.bisect_right(pstarts, before.start)
        if m is None or b <= m.end() or not same_paragraph:
            continue
        verb = eng.cue_re.fullmatch(m.group(1).lower())
        if verb is None or verb.group("verb") is None:
            continue
        why = RULE_PARTICIPLE_OPENING.format(before.speaker)
        eng.add(before.source, (m.group(1), m.start(1), m.end(1)), INDIRECT, m.end(), b, why)
        taken.add(si)


def first_person_run(eng: Engine) -> None:
    """A report's narrator says no "we": sentences in the first person without quotation marks right after a
    statement of X (same paragraph or the next two, nothing credited or headed between) go on in X's voice,
    and so do the plain sentences between ("The foreign minister stressed that Cambodia's position is clear.
    ... It is precisely because of this experience that we always choose peace ... We believe firmly that
    ..."; "The commentary of the Tajik MFA states that “we drew attention ...” / ... / At the same time, we
    note that ..."). Not in a text whose own voice is first-person elsewhere (a speech), nor in a transcript;
    a state's statement inside the words ("Cambodia speaks today as a country that ...") leaves X in place."""
    if eng.label_sentences or eng.turn_labels:
        return  # a transcript: its turns and labels say who speaks
    taken = eng.credited_sentences()
    if not taken:
        return
    pstarts = [a for a, _ in eng.paras]
    by_sentence = _sentence_speakers(eng)
    anchor: Statement | None = None
    anchor_pi, pending, credits = -1, [], []
    for si, (s0, s1, _k) in enumerate(eng.sents):
        pi = bisect.bisect_right(pstarts, s0) - 1
        if si in taken:
            row = by_sentence.get(si)
            if row is None or row.speaker_type != "state":
                anchor, anchor_pi = (row, pi) if row is not None else (None, -1)
            pending = []
            continue
        far = pi - anchor_pi > FIRST_PERSON_RUN_PARAGRAPHS
        own = _first_person_outside(eng, s0, s1)
        # a cue of another subject ("Foreign Minister Kneissl stressed:") brings in a new speaker
        if anchor is None or far or si in eng.headlines or (si in eng.cues_of_sentence and not own):
            anchor = None
            continue
        pending.append(si)
        if own:
            credits.extend((sj, anchor) for sj in pending)
            anchor_pi, pending = pi, []
    if not credits or _narrator_speaks(eng, taken | {sj for sj, _ in credits}):
        return
    why = RULE_CONTINUATION + RULE_FIRST_PERSON_RUN
    for sj, row in credits:
        a, b = eng.trim(*eng.sents[sj][:2])
        if b > a:
            eng.add(row.source, NO_CUE, CONTINUATION, a, b, why.format(row.speaker))


def left_open(text: str, q: Quote) -> bool:
    """Whether quotation ``q`` ends without a closing mark (a single mark opened and never closed, which the
    pairer ends at its paragraph's end)."""
    return text[q.close - 1] not in _CLOSING_MARKS + "'"


def _plain_paragraph(eng: Engine, k: int, first: bool) -> bool:
    """Paragraph ``k`` holds no quotation mark (but the one opening it, when ``first``), no statement, no
    reporter's "said" (:data:`REPORTING_SAID_RE`: "Aid agencies said ..."), no label and is no heading."""
    a, b = eng.paras[k]
    if any(a <= r.start < b for r in eng.rows) or _labelled(eng, a) or heading_paragraph(eng, a, b):
        return False
    if REPORTING_SAID_RE.search(eng.text, a, b):
        return False
    return not _ANY_QUOTE_RE.search(eng.text[a + first : b].strip())


def _run_sentences(eng: Engine, q: Quote, nxt: Statement) -> None:
    """Every sentence of quotation ``q`` without a statement becomes a continuation of ``nxt``'s speaker."""
    for si in range(eng.sentence_of(q.open), eng.sentence_of(max(q.open, q.close - 1)) + 1):
        s0, s1, _ = eng.sents[si]
        a, b = eng.trim(max(s0, q.open), min(s1, q.close))
        if b > a and not any(r.sentence_id == si for r in eng.rows):
            if q.statement_id < 0:
                q.statement_id, q.speaker = len(eng.rows), nxt.speaker
            why = RULE_CONTINUATION + RULE_QUOTATION_RUN.format(nxt.speaker)
            eng.add(nxt.source, NO_CUE, CONTINUATION, a, b, why)


#: how many paragraphs a quotation opened under a cue line may run over (each reopened with a mark; a
#: minister's post quoted whole runs over seven)
CUE_LINE_PARAGRAPHS = 10
_OPENING_MARKS = "\"“«„‘"
_CLOSING_MARKS = "\"”»’“"
#: how far after a title word the person it names may be ("Tánaiste and Minister for Foreign Affairs and
#: Minister for Defence, Micheál Martin TD")
TITLE_HOLDER_SPAN = 120
#: lower-case words inside a run of title words ("Minister for Foreign Affairs and Minister for Defence")
_TITLE_RUN_JOINS = frozenset({"and", "of", "for", "the"})


def _title_run(words: str) -> bool:
    """Whether ``words`` are only title words: capitalised words, joins and commas."""
    return all(w[0].isupper() or w in _TITLE_RUN_JOINS for w in words.replace(",", " ").split())


def title_holder(eng: Engine, np_: NP) -> Source | None:
    """The person a capitalised word the titles lexicon does not know names, after "the" ("the Tánaiste
    said:"): the person the text names with that word before, the word opening a run of title words
    before the name ("Tánaiste and Minister for Foreign Affairs, Micheál Martin TD, will ...") or after
    the name and a comma ("Micheál Martin, Tánaiste, ...")."""
    word = (np_.name or "").strip()
    if np_.kind != "name" or np_.determiner != "definite" or not word or " " in word:
        return None
    eng.res.scan()
    people = sorted((m for m in eng.res.mentions if m.entity.type == "person" and m.end <= np_.start),
                    key=lambda m: m.start)
    starts = [m.start for m in people]
    text = eng.text
    for occ in re.finditer(re.escape(word), text[: np_.start]):
        p, q = occ.start(), occ.end()
        i = bisect.bisect_left(starts, q)
        after = people[i] if i < len(people) and people[i].start <= q + TITLE_HOLDER_SPAN else None
        if after is not None and "\n" not in text[q : after.start] and _title_run(text[q : after.start]):
            return Source(after.entity, np_.text, np_.start, np_.end)
        j = bisect.bisect_left(starts, p) - 1
        if j >= 0 and people[j].end <= p and text[people[j].end : p].strip() == ",":
            return Source(people[j].entity, np_.text, np_.start, np_.end)
    return None


def cue_line_of(eng: Engine, pi: int) -> tuple[Source, tuple[str, int, int], str] | None:
    """The speaker, cue (words, start, end) and rule of paragraph ``pi`` when it ends in a speech verb and
    a colon and the next paragraph opens a quotation: "On the situation in the Middle East, the Tánaiste
    said:" (the speaker phrase is all the words after the last comma or the sentence start; a title the
    lexicon does not know: :func:`title_holder`), or in a block cue ending "the following" and more words
    of the sentence (``following_cue``: "The Minister ..., Hakan Fidan, made the following post on the X
    platform after ... in Athens:")."""
    a, b = eng.paras[pi]
    b = a + len(eng.text[a:b].rstrip())
    if pi + 1 >= len(eng.paras) or not eng.text[a:b].endswith(":"):
        return None
    c = eng.paras[pi + 1][0]
    if eng.text[c] not in _OPENING_MARKS or eng.in_quote(b - 1) is not None:
        return None
    si = eng.sentence_of(b - 1)
    own = [r for r in eng.rows if r.sentence_id == si]
    if own:
        return _reported_cue_line(eng, own, b)
    doc = document_cue_line(eng, pi)
    if doc is not None:
        return doc
    obj = object_cue_line(eng, si, b)
    if obj is not None:
        return obj
    cue = _line_cue(eng, si, b)
    if cue is None:
        return account_line(eng, si, b)
    s0, end = eng.sents[si][0], eng.trim(eng.sents[si][0], cue[1])[1]
    np_ = phrase_before(eng, s0, end)
    seg = max(s0, *(eng.text.rfind(ch, s0, end) + 1 for ch in ",;:("))
    if eng.text[s0 : cue[1]].rstrip().endswith(","):  # "X, for the Office of Y, read the following ...:"
        np_ = subject_before_aside(eng, s0, eng.text.rfind(",", s0, cue[1]))
        seg = s0 if np_ is None or np_.start < eng.text.find(",", s0) else np_.start  # (a name in apposition)
    if np_ is None or np_.start != eng.trim(seg, end)[0]:
        return None  # (the whole subject: "as the Preamble of the Declaration proclaims:" has none)
    holder = title_holder(eng, np_)
    if holder is not None:
        return holder, cue, f"{RULE_CUE_LINE}; speaker: {RULE_TITLE_HOLDER}"
    src = _source_of(eng, np_)
    return (src, cue, RULE_CUE_LINE) if src is not None else None


def object_cue_line(eng: Engine, si: int, b: int) -> tuple[Source, tuple[str, int, int], str] | None:
    """The speaker, cue and rule of a cue line whose speech verb has only a name between it and the colon
    ("Yesterday Sheikh X, deputy of Y, criticized Hariri :", :data:`OBJECT_TO_COLON_RE`): the name is whom
    the words are about, the quotation below the content; the speaker is the verb's subject as the cue
    rules find it (an appositive and all)."""
    for m in reversed(eng.cues_of_sentence.get(si, [])):
        if m.group("verb") and OBJECT_TO_COLON_RE.match(eng.text, m.end(), b):
            np_ = cue_subject(eng, si, m)
            src = _source_of(eng, np_) if np_ is not None else None
            return (src, (m.group(), m.start(), m.end()), RULE_CUE_LINE) if src is not None else None
    return None


def account_line(eng: Engine, si: int, b: int) -> tuple[Source, tuple[str, int, int], str] | None:
    """The speaker and cue of a cue line (sentence ``si`` ending at ``b``) that opens with words presenting
    an account (``account_opener``): "Here is how a Downing Street spokesman has reported the conversation
    which David Cameron and President Obama had ... (courtesy of PoliticsHome):" -> the spokesman, "has
    reported" (the first cue of the line; the speaker phrase fills the words between the opener and it)."""
    s0 = eng.trim(*eng.sents[si][:2])[0]
    m = eng.words.account_opener.match(eng.text, s0, b)
    cues = [c for c in eng.cues_of_sentence.get(si, []) if m is not None and c.start() > m.end()]
    if not cues:
        return None
    end = eng.trim(m.end(), cues[0].start())[1]
    words = eng.text[m.end() : end].split()
    while len(words) > 1 and words[-1].lower() in eng.words.adverbs:  # "has reported", "also said"
        words.pop()
        end = eng.trim(m.end(), eng.text.rfind(" ", m.end(), end))[1]
    np_ = eng.parser.parse(eng.text, m.end(), end, allow_tail=False) if end > m.end() else None
    if np_ is None or np_.kind == "pronoun" or np_.start != m.end() or np_.end < end - 1:
        return None
    src = _source_of(eng, np_)
    return (src, (cues[0].group(), cues[0].start(), cues[0].end()), RULE_ACCOUNT_LINE) if src else None


def _reported_cue_line(
    eng: Engine, own: list[Statement], b: int
) -> tuple[Source, tuple[str, int, int], str] | None:
    """A cue line with content of its own, its reported speech running to the colon ("In his opening
    remarks, the President stated that Finland is demanding an immediate end to hostilities:" over a
    quotation): the quotation below is the same speaker's, under the same cue. None when the line holds
    more than that one statement, or its speaker is no person."""
    if len(own) != 1 or own[0].entity is None or own[0].entity.type != "person":
        return None
    r = own[0]
    if r.cue_start < 0 or eng.text[r.end:b].strip(" \t.:") != "":
        return None
    return r.source, (r.cue, r.cue_start, r.cue_end), RULE_CUE_LINE


#: how many paragraphs before a document's cue line its sender may be named ("Vladimir Putin sent a message
#: to X." / "The message reads, in part:")
DOCUMENT_SENDER_PARAGRAPHS = 3
#: how many sentences before a statement whose subject is an authorless document ("The letter states that
#: ...") its sender may be named ("Anna Berg sent a letter to ...": sender_before)
DOCUMENT_SENDER_SENTENCES = 3
#: the words before a document noun in a cue line that names no owner: "The", "The full", "His latest"
_DOCUMENT_DETERMINER_RE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:[ \t]+[\w-]+){0,3}[ \t]+"
)
#: an owner's possessive before a document noun: "Putin's message", "the President's letter"
_DOCUMENT_POSSESSIVE_RE = re.compile(r"['’]s?(?:[ \t]+[\w-]+){0,2}[ \t]+")
#: a passive sending verb ("A message was also sent to ..."): the sentence names no sender
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are)(?:[ \t]+[a-z]+ly|[ \t]+also)?[ \t]*$")
#: words between a sender and the sending verb: "Putin also sent", "The minister has sent"
SENDER_GAP_WORDS = frozenset({"also", "then", "later", "earlier", "has", "have", "had", "personally",
                              "today"})


def document_cue_line(eng: Engine, pi: int) -> tuple[Source, tuple[str, int, int], str] | None:
    """A cue line whose subject is the text it quotes, not a speaker: a paragraph that is only "The message
    reads, in part:", "The text of the letter reads as follows:", "Putin's message says:"
    (``document_cue``, nouns of ``[document nouns]``). The quotation is its author's: the owner before the
    noun, else the sender a sentence of the :data:`DOCUMENT_SENDER_PARAGRAPHS` paragraphs before names with a
    verb of ``[sending verbs]`` ("Vladimir Putin sent a message to ..."), else the latest speaker before it
    who is one speaker (not "both sides")."""
    text = eng.text
    a, b = eng.paras[pi]
    b = a + len(text[a:b].rstrip())
    m = eng.words.document_cue.search(text, a, b)
    if m is None:
        return None
    cue = (m.group("cue"), m.start("cue"), m.end("cue"))
    if not _DOCUMENT_DETERMINER_RE.fullmatch(text, a, m.start()):
        pm = _DOCUMENT_POSSESSIVE_RE.search(text, a, m.start())
        owner = _source_of(eng, phrase_before(eng, a, pm.start())) if pm and pm.end() == m.start() else None
        return (owner, cue, f"{RULE_DOCUMENT_CUE}: {RULE_DOCUMENT_OWNER}") if owner is not None else None
    sender = document_sender(eng, pi)
    if sender is not None:
        return sender, cue, f"{RULE_DOCUMENT_CUE}: {RULE_DOCUMENT_SENDER}"
    prior = [r for r in eng.rows if r.end <= a and r.entity is not None and r.entity.type != "group"
             and not r.entity.document]
    if not prior:
        return None
    last = max(prior, key=lambda r: r.start)
    return last.source, cue, f"{RULE_DOCUMENT_CUE}: {RULE_DOCUMENT_LAST_SPEAKER}"


def _before_gap_words(text: str, a: int, end: int) -> int:
    """``end`` moved back over the blanks and :data:`SENDER_GAP_WORDS` before it (not before ``a``)."""
    while True:
        e = len(text[a:end].rstrip()) + a
        w = text.rfind(" ", a, e) + 1 or a
        if text[w:e].lower() not in SENDER_GAP_WORDS or w <= a:
            return e
        end = w


def document_sender(eng: Engine, pi: int) -> Source | None:
    """The subject of the latest active sending verb with a document noun as its object in the
    :data:`DOCUMENT_SENDER_PARAGRAPHS` paragraphs before paragraph ``pi`` ("Vladimir Putin also sent a
    message of congratulations to ..."); None when the latest is passive ("A message ... was also sent to
    ...") or there is none."""
    for pj in range(pi - 1, max(-1, pi - 1 - DOCUMENT_SENDER_PARAGRAPHS), -1):
        c, d = eng.paras[pj]
        for sj in range(eng.sentence_of(max(c, d - 1)), eng.sentence_of(c) - 1, -1):
            found, src = sender_in_sentence(eng, sj, c, d)
            if found:
                return src
    return None


def sender_in_sentence(eng: Engine, sj: int, c: int, d: int) -> tuple[bool, Source | None]:
    """(whether sentence ``sj``, within ``c``-``d``, sends a document, its sender): the subject of its
    last sending verb with a document noun as object ("Vladimir Putin also sent a message to ..."), None
    for a passive one ("A message ... was also sent to ...")."""
    text = eng.text
    s0, s1 = eng.sents[sj][:2]
    hits = list(eng.words.sending.finditer(text, max(s0, c), min(s1, d)))
    if not hits:
        return False, None
    v = hits[-1].start("verb")
    if _PASSIVE_BEFORE_RE.search(text, s0, v):
        return True, None
    end = _before_gap_words(text, s0, v)
    np_ = phrase_before(eng, s0, end)
    if np_ is None:
        np_ = eng.parser.parse(text, eng.trim(s0, end)[0], end, allow_tail=False)
        if np_ is None or np_.kind != "pronoun":
            return True, None
        ent = eng.res.resolve(np_, np_.start)[0]
        return True, (Source(ent, np_.text, np_.start, np_.end) if ent is not None else None)
    return True, _source_of(eng, np_)


def sender_before(eng: Engine, si: int) -> Source | None:
    """The sender of the document "the message" / "the letter" names in sentence ``si`` when no author
    comes with it ("Prime Minister Anna Berg sent a letter to the Secretary-General. The letter states that
    ..."): the subject of an active sending verb in one of the :data:`DOCUMENT_SENDER_SENTENCES` sentences
    before it (:func:`sender_in_sentence`), else None."""
    for sj in range(si - 1, max(-1, si - 1 - DOCUMENT_SENDER_SENTENCES), -1):
        found, src = sender_in_sentence(eng, sj, 0, len(eng.text))
        if found:
            return src
    return None


def subject_before_aside(eng: Engine, s0: int, comma: int) -> NP | None:
    """The subject of a cue line whose verb follows an aside between commas: "Jenifer Fenton, for the
    Office of the Special Envoy for Syria, read the following statement:" (the sentence's words before
    its first comma, when they are the whole phrase; the aside ends at ``comma``, right before the cue).
    When those words are no phrase the parser reads ("The Secretary General of the 47-nation Council of
    Europe, Marija Pejčinović Burić, has made the following statement ...:"), the aside itself when it is
    a person's name in apposition."""
    first = eng.text.find(",", s0, comma)
    if first < 0:
        return None
    np_ = phrase_before(eng, s0, eng.trim(s0, first)[1])
    if np_ is not None and np_.start == eng.trim(s0, first)[0]:
        return np_
    a, b = eng.trim(first + 1, comma)
    np_ = eng.parser.parse(eng.text, a, b, allow_tail=False) if b > a else None
    return np_ if np_ is not None and np_.kind == "name" and np_.start == a and np_.end == b else None


def _line_cue(eng: Engine, si: int, b: int) -> tuple[str, int, int] | None:
    """The cue of a cue line's sentence ``si`` ending at ``b``: the last speech verb with only the colon after
    it (or a phrase of time, place or channel, ``ADVERBIAL_TO_COLON_RE``), else a block cue ending "the
    following" with words of the sentence after it (``following_cue``)."""
    cues = [
        m
        for m in eng.cues_of_sentence.get(si, [])
        if not eng.text[m.end() : b - 1].strip() or ADVERBIAL_TO_COLON_RE.match(eng.text, m.end(), b)
    ]
    if cues:
        return cues[-1].group(), cues[-1].start(), cues[-1].end()
    fm = eng.words.following_cue.search(eng.text, eng.sents[si][0], b)
    return (fm.group("cue"), fm.start("cue"), fm.end("cue")) if fm is not None else None


#: the marks that reopen a quotation run on over paragraphs: the opening marks, and "»" (the reopening mark
#: of continental typography: "“During our talks ..." / "»We have also held ...")
_REOPENING_MARKS = _OPENING_MARKS + "»"


#: how many words the speaker phrase after "In his opening remarks," may have ("Prime Minister Pierre",
#: "the Secretary-General of the OECS Commission")
REMARKS_LEAD_WORDS = 8


def remarks_lead_of(eng: Engine, pi: int) -> tuple[Source, tuple[str, int, int], str] | None:
    """The speaker, cue and rule of paragraph ``pi`` when it is one sentence opening with the speech its
    subject gave ("In his opening remarks, Prime Minister Pierre outlined the main priorities ...",
    ``remarks_opener``), holds no statement, and the next paragraph opens a quotation with no cue of its
    own: the quotation is the speech's words, its speaker the person or office holder named right after
    the comma (the longest phrase of :data:`REMARKS_LEAD_WORDS` words); the speech's noun is the cue."""
    text = eng.text
    a, b = eng.paras[pi]
    m = eng.words.remarks_opener.match(text, a, b)
    if m is None or pi + 1 >= len(eng.paras) or text[eng.paras[pi + 1][0]] not in _OPENING_MARKS:
        return None
    d = eng.paras[pi + 1][1]
    if eng.sentence_of(a) != eng.sentence_of(max(a, b - 1)) or any(a <= r.start < d for r in eng.rows):
        return None
    best = None
    for w in list(re.finditer(r"\S+", text[m.end() : b]))[:REMARKS_LEAD_WORDS]:
        np_ = eng.parser.parse(text, m.end(), m.end() + w.end(), allow_tail=False)
        if np_ is not None and np_.kind in ("name", "role") and np_.start == m.end():
            best = np_
    src = _source_of(eng, best)
    if src is None or src.entity.type not in ("person", "anonymous"):
        return None
    return src, (m.group("noun"), m.start("noun"), m.end("noun")), RULE_REMARKS_LEAD


def cue_line_quotations(eng: Engine) -> None:
    """A cue line ending in a colon ("On the situation in the Middle East, the Tánaiste said:", see
    :func:`cue_line_of`) over paragraphs that each open with a quotation mark (a quotation reopened at
    every paragraph, with :data:`_REOPENING_MARKS`, and closed once, within :data:`CUE_LINE_PARAGRAPHS`):
    every sentence of them without a source of its own is the speaker's, the first a direct statement with
    the cue. Under a cue announcing a whole text ("Ms. X, Managing Director of the IMF, made the following
    statement ...:", a cue ending "the following", :data:`STATEMENT_BLOCK_RE`) a closed quotation does not end
    the block: every paragraph after it that opens with a mark is the same statement's."""
    taken = eng.credited_sentences()
    for pi in range(len(eng.paras) - 1):
        got = cue_line_of(eng, pi) or remarks_lead_of(eng, pi)
        if got is None:
            continue
        src, cue, rule = got
        kind, why = DIRECT, rule
        run_on = unmarked_run_end(eng, pi + 1)
        for pj, (c, d) in enumerate(eng.paras[pi + 1 : pi + 1 + CUE_LINE_PARAGRAPHS], pi + 1):
            if eng.text[c] not in _REOPENING_MARKS and pj > run_on:
                break
            for sj in range(eng.sentence_of(c), eng.sentence_of(max(c, d - 1)) + 1):
                ca, cb = eng.trim(*eng.sents[sj][:2])
                if sj in taken or cb <= ca or ca < c:
                    continue
                ca += eng.text[ca] in _REOPENING_MARKS
                cb -= eng.text[cb - 1] in _CLOSING_MARKS
                eng.add(src, cue, kind, ca, cb, why)
                kind, why = CONTINUATION, RULE_CONTINUATION + rule
                taken.add(sj)
            # (an account, like a cue ending "the following", runs over every quotation paragraph)
            whole = STATEMENT_BLOCK_RE.search(cue[0]) or rule == RULE_ACCOUNT_LINE
            if eng.text[c:d].rstrip()[-1:] in _CLOSING_MARKS and not whole:
                break


#: a cue announcing a whole text below it ("made the following", "issued the following statement")
STATEMENT_BLOCK_RE = re.compile(r"\bthe following\b")
#: a double mark: a paragraph inside a quotation opened once and closed once holds none
_MARK_RE = re.compile("[\"“”«»„]")


def unmarked_run_end(eng: Engine, pi: int) -> int:
    """The last paragraph of a quotation that paragraph ``pi`` opens and that runs on over the paragraphs
    after it without reopening marks, closed once at a paragraph's end (the Kremlin's and the UN's
    convention: "“The results of the voting ... / We consider relations ... / Of course, I also hope ...
    agenda.”"); ``pi`` itself when the quotation closes in its own paragraph or is not run on so. The
    paragraphs in between hold no quotation mark; at most :data:`CUE_LINE_PARAGRAPHS`."""
    text = eng.text
    a, b = eng.paras[pi]
    if text[a] not in _OPENING_MARKS or len(_MARK_RE.findall(text, a, b)) != 1:
        return pi
    for pj in range(pi + 1, min(pi + CUE_LINE_PARAGRAPHS, len(eng.paras))):
        c, d = eng.paras[pj]
        marks = _MARK_RE.findall(text, c, d)
        if not marks:
            continue
        closes = len(marks) == 1 and text[c:d].rstrip()[-1:] in _CLOSING_MARKS
        return pj if closes else pi
    return pi


_SIGNATURE_RE = re.compile(r"[–—-]\s*\S")


def _block_end(eng: Engine, pi: int) -> int | None:
    """The paragraphs after paragraph ``pi`` that form a block quotation: up to a signature line ("– Name")
    within six paragraphs, or the one indented paragraph that follows; None when neither."""
    text = eng.text
    for pj in range(pi + 1, min(pi + 7, len(eng.paras))):
        a, b = eng.paras[pj]
        if _SIGNATURE_RE.match(text[a:b]):
            return pj
    nxt = eng.paras[pi + 1][0]
    return pi + 2 if nxt > 0 and text[nxt - 1] in " \t" else None


def block_quotations(eng: Engine) -> None:
    """'Marrero rejected this argument:' closing a paragraph, then a quotation set off as paragraphs of
    its own (indented, or ended by a signature line '– Name'): those paragraphs are the speaker's."""
    text = eng.text
    pstarts = [a for a, _ in eng.paras]
    taken = eng.credited_sentences()
    for r in list(eng.rows):
        if r.kind == CONTINUATION or r.cue_start < 0:
            continue
        s0, s1, _ = eng.sents[eng.sentence_of(r.cue_start)]
        pi = bisect.bisect_right(pstarts, s0) - 1
        if not text[s0:s1].rstrip().endswith(":") or pi + 1 >= len(eng.paras) or eng.paras[pi][1] > s1 + 1:
            continue
        end = _block_end(eng, pi)
        if end is None:
            continue
        for pj in range(pi + 1, end):
            a, b = eng.paras[pj]
            for sj in range(eng.sentence_of(a), eng.sentence_of(max(a, b - 1)) + 1):
                t0, t1, _ = eng.sents[sj]
                if sj in taken or t0 < a or t0 >= b:
                    continue
                ca, cb = eng.trim(t0, t1)
                if cb > ca:
                    why = RULE_CONTINUATION + RULE_BLOCK_QUOTATION.format(r.speaker)
                    eng.add(r.source, NO_CUE, CONTINUATION, ca, cb, why)
                    taken.add(sj)


#: how many paragraphs from the start a readout's block cue is looked for ("A Downing Street spokesperson
#: said:" opens a readout; the same words later in a speech introduce a quotation)
BLOCK_CUE_PARAGRAPHS = 4
#: how many words before a block cue the speaker phrase may start ("A Downing Street spokesperson said:")
BLOCK_CUE_SPEAKER_WORDS = 8
_WORD_START_RE = re.compile(r"(?<![\w’'.\-])[\w(]")


def _source_of(eng: Engine, np_: NP | None) -> Source | None:
    if np_ is None or np_.kind == "pronoun":
        return None
    ent, _ante, _rule, _mtype = eng.res.resolve(np_, np_.start)
    return Source(ent, np_.text, np_.start, np_.end) if ent is not None else None


#: the spaced dash that ends a wire's dateline before its first sentence ("Riyadh, Apr 3, 2021, SPA -- The
#: Royal Court issued ...", "KYIV, March 3 (Reuters) – ..."): no speaker phrase crosses it
DATELINE_DASH_RE = re.compile(r"[ \t](?:--?|–|—)[ \t]")


def phrase_before(eng: Engine, a: int, end: int) -> NP | None:
    """The longest speaker phrase that ends at ``end`` and starts at one of the last
    :data:`BLOCK_CUE_SPEAKER_WORDS` words after ``a``: "The US Department of State" in "Washington, DC
    (STL.News) The US Department of State" (the phrase crosses no bracket, comma or colon, nor the spaced
    dash after a wire's dateline: "Riyadh, Apr 3, 2021, SPA -- The Royal Court" -> "The Royal Court")."""
    a = max(a, *(eng.text.rfind(ch, a, end) + 1 for ch in "),:;"))
    a = max([a, *(m.end() for m in DATELINE_DASH_RE.finditer(eng.text, a, end))])
    starts = [m.start() for m in _WORD_START_RE.finditer(eng.text, a, end)][-BLOCK_CUE_SPEAKER_WORDS:]
    for st in starts:
        np_ = eng.parser.parse(eng.text, st, end, allow_tail=False)
        if np_ is not None and np_.kind != "pronoun" and np_.end >= end - 1:
            return np_
    return None


def late_block(eng: Engine, pi: int) -> bool:
    """Whether the paragraph after paragraph ``pi`` (a block cue after the opening paragraphs) speaks in
    the first person: "Defence Secretary Ben Wallace said:" / "We discussed ways to strengthen ..." heads a
    block of his words; "The talks ended as follows:" / "The two sides agreed ..." does not."""
    c, d = eng.paras[pi + 1]
    return FIRST_PERSON_RE.search(eng.text, c, d) is not None


def block_cue_speaker(eng: Engine, a: int, b: int) -> Source | None:
    """A readout's opening paragraph (one of the first :data:`BLOCK_CUE_PARAGRAPHS`) that is only its
    source and a block cue of statement_words.txt before a colon: "A Downing Street spokesperson said:",
    "Washington, DC (STL.News) The US Department of State released the following statement:", or more
    words of the sentence after it (:func:`block_intro_cue`: "Spokesperson X started the press conference
    with the following announcements:") (one
    sentence, after a dateline at most), followed by a paragraph that does not open with a quotation
    mark (a quotation has its own rules). Later in the text such a paragraph heads a block only when the
    next paragraph speaks in the first person (see :func:`late_block`): a press release's "Defence
    Secretary Ben Wallace said:" before his words without quotation marks."""
    text = eng.text
    pstarts = [p for p, _ in eng.paras]
    pi = bisect.bisect_right(pstarts, a) - 1
    if pi + 1 >= len(eng.paras) or (pi >= BLOCK_CUE_PARAGRAPHS and not late_block(eng, pi)):
        return None
    cm = eng.words.block_cue.search(text, a, b) or block_intro_cue(eng, a, b)
    if cm is None:
        return None
    first, cue_sentence = eng.sentence_of(a), eng.sentence_of(cm.start())
    if cue_sentence != first and eng.sents[first][2] != "dateline":
        return None
    if text[eng.paras[pi + 1][0]] in "\"“«„‘'":
        return None
    return _source_of(eng, phrase_before(eng, max(a, eng.sents[cue_sentence][0]), cm.start()))


#: a word of letters (the nouns after a block cue's "the following")
_WORD_RE = re.compile(r"[^\W\d_]+")


def block_intro_cue(eng: Engine, a: int, b: int) -> re.Match[str] | None:
    """A block cue with words of its sentence between it and the colon that ends paragraph ``a``-``b``: a
    cue ending "the following" and a noun of something said after it ("Deputy Foreign Minister X made the
    following statement at the start of the briefing:", ``following_cue``, ``spoken_nouns``; "made the
    following appointments:" heads no words) or an opening verb before "with the following" ("Spokesperson
    X started the press conference with the following announcements:", ``opening_cue``); the match starts
    where the speaker's phrase ends."""
    m = eng.words.following_cue.search(eng.text, a, b)
    said = m is not None and not eng.words.spoken_nouns.isdisjoint(
        w.lower() for w in _WORD_RE.findall(eng.text, m.end("cue"), b))
    m = m if said else None
    return m or eng.words.opening_cue.search(eng.text, a, b)


def _heading_speaker(eng: Engine, a: int, b: int) -> Source | None:
    """The speaker a block heading paragraph ``a``-``b`` names ("... attributable to Spokesperson Ned
    Price:", or a readout's "A Downing Street spokesperson said:", see :func:`block_cue_speaker`),
    resolved; None when it is no block heading."""
    text = eng.text
    if not text[a:b].rstrip().endswith(":"):
        return None
    hm = eng.words.block_heading.search(text, a, b)
    if hm is None:
        return block_cue_speaker(eng, a, b)
    np_ = eng.parser.parse(text, hm.start("who"), hm.end("who"), allow_tail=False)
    if np_ is None:  # (the occasion after the speaker: "Statement by President X' following the meeting:")
        np_ = eng.parser.parse(text, hm.start("who"), hm.end("who"), allow_tail=True)
    return _source_of(eng, np_)


def block_headings(eng: Engine) -> None:
    """'The below is attributable to Spokesperson Ned Price:' (a paragraph ending in a colon after a
    phrase of ``[block headings]`` in statement_words.txt) or a readout's 'A Downing Street spokesperson
    said:' (:func:`block_cue_speaker`): the paragraphs after it, up to the next heading, labelled
    paragraph or block heading, are that speaker's (sentences without a statement). A block that a cue
    (not a heading) opens after the first :data:`BLOCK_CUE_PARAGRAPHS` paragraphs (:func:`late_block`)
    ends at the first paragraph not in the first person ("The Defence Secretary also discussed ...")."""
    taken = eng.credited_sentences()
    for pi, (a, b) in enumerate(eng.paras):
        src = _heading_speaker(eng, a, b)
        if src is None:
            continue
        late = pi >= BLOCK_CUE_PARAGRAPHS and not eng.words.block_heading.search(eng.text, a, b)
        for pj in range(pi + 1, len(eng.paras)):
            c, d = eng.paras[pj]
            sj0 = eng.sentence_of(c)
            if eng.sents[sj0][2] == "heading" or sj0 in eng.label_sentences or c in eng.turn_labels:
                break  # (a transcript's turn label, "Q:", ends the announcements before the questions)
            if _heading_speaker(eng, c, d):
                break
            if late and not FIRST_PERSON_RE.search(eng.text, c, d):
                break
            for sj in range(sj0, eng.sentence_of(max(c, d - 1)) + 1):
                ca, cb = eng.trim(*eng.sents[sj][:2])
                if sj not in taken and cb > ca and not title_line(eng, ca, cb):
                    why = RULE_CONTINUATION + RULE_BLOCK_HEADING.format(src.entity.canonical)
                    eng.add(src, NO_CUE, CONTINUATION, ca, cb, why)
                    taken.add(sj)


#: a paragraph of at most this many words that ends without a sentence's punctuation is a section heading
#: inside a briefing or readout ("**Climate", "(2) Visit of the Foreign Minister of Egypt")
MAX_HEADING_WORDS = 12
_ENUMERATED_RE = re.compile(r"(?:\*\*|\(\d{1,2}\)|\d{1,2}[.)]\s)")
#: how a sentence (or a cut-off answer) can end; a paragraph ending otherwise may be a heading
_SENTENCE_END_CHARS = ".!?…:;\"”’»)-—–"


def heading_paragraph(eng: Engine, a: int, b: int) -> bool:
    """Paragraph ``a``-``b`` is a section heading: the layout says so, or it ends without a sentence's
    punctuation and either is short (:data:`MAX_HEADING_WORDS`) or opens with "**" or a number in
    brackets ("**Climate", "(2) Visit of the Foreign Minister of Egypt to Japan")."""
    if eng.sents[eng.sentence_of(a)][2] == "heading":
        return True
    body = eng.text[a:b].strip()
    if not body or body[-1] in _SENTENCE_END_CHARS:
        return False
    return len(body.split()) <= MAX_HEADING_WORDS or _ENUMERATED_RE.match(body) is not None


def headline_speakers(eng: Engine) -> None:
    """A headline (or heading, or a one-line paragraph without a full stop) without a statement yet that
    credits its words to a speaker of the body with a colon or a spaced dash: "Kerry: Iran backed out of
    deal", "Details still under negotiation: Iran's FM", "China, US should keep ties on course -
    minister", "... - Elysee" (the speaker last: a person, a role noun or an organisation). Who it is:
    :func:`_body_speaker`; a role noun the lead gives no one for stays the office as written ("Qatari
    Foreign Minister")."""
    done = {r.sentence_id for r in eng.rows}
    for si in sorted(eng.headlines - done - set(eng.label_sentences)):
        for np_, cue, a, b, rule in _headline_parts(eng, si):
            if b <= a:
                continue
            joint = eng.text[b:np_.start].strip() if b <= np_.start else ""
            if np_.kind == "role" and joint in ("–", "—", "-", ":") and name_only(eng, a, b):
                break  # "Sergei Lavrov – Russia's foreign minister": a heading over his paragraphs, no words
            ent = _body_speaker(eng, si, np_)
            if ent is None and np_.kind == "state" and rule == RULE_HEADLINE_VERB and eng.rows:
                # "Jordan Condemns Israeli Airstrikes On Iran": a state before a headline verb speaks itself
                # (its ministry, named without the state, speaks in the body)
                ent = eng.res.named("state", np_.name or "", np_.start, np_.end)
            if ent is None and np_.kind == "role":  # an office the lead does not name: as written
                eng.attribute(si, np_, *cue, INDIRECT, a, b, rule)
                break
            if ent is None:
                continue  # (the next reading: "..., PRIME MINISTER DAVIS SAYS: HAITI NEEDS STABILITY")
            how = RULE_HEADLINE_FORWARD if np_.kind == "role" else "a speaker of the body"
            why = f"{rule}; speaker: {how}"
            mention = "role_noun" if np_.kind == "role" else ("name" if ent.type == "person" else ent.type)
            eng.add(Source(ent, np_.text, np_.start, np_.end), cue, INDIRECT, a, b, why, mention_type=mention)
            break


def name_only(eng: Engine, a: int, b: int) -> bool:
    """The words ``a``-``b`` are a person's name and nothing else ("Sergei Lavrov" in a round-up's heading
    line "Sergei Lavrov – Russia's foreign minister", "Shunichi Suzuki – Japanese Finance Minister"): the
    line names the speaker of the paragraphs below it and says nothing itself."""
    words = eng.text[a:b].strip()
    if not words:
        return False
    a = eng.text.find(words, a, b)
    np_ = eng.parser.parse(eng.text, a, a + len(words), allow_tail=False)
    return np_ is not None and np_.kind == "name" and np_.end >= a + len(words) and " " in words


#: how many paragraphs from the start the sentence introducing a briefing's transcript is looked for
BRIEFING_HEADING_PARAGRAPHS = 4


#: where a briefer's phrase ends: an aside between spaced dashes ("UNHCR spokesperson X - to whom quoted text
#: may be attributed - at ..."), the place or the topics after it ("the Prime Minister's Spokesman on: ...")
_WHO_END_RE = re.compile(r"[ \t][-–—][ \t]|[ \t](?:on|at)\b")


def briefing_heading_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph index and briefer of a sentence introducing a briefing's transcript, within the first
    :data:`BRIEFING_HEADING_PARAGRAPHS` paragraphs and ending in a full stop or colon (a title line is no
    such sentence): "The following is a near-verbatim transcript of today's noon briefing by Ana Ruiz,
    Deputy Spokesperson." names Ana Ruiz (words: ``[briefing headings]`` in statement_words.txt, in any
    case). A title line is one only when the briefer's phrase fills it to its end: "Regular Briefing by
    Spokesperson Ana Ruiz" (a headline "Briefing by Ruiz angers Kyiv" is no such line)."""
    text = eng.text
    for pi, hm in enumerate(eng.opening_matches(eng.words.briefing_heading, BRIEFING_HEADING_PARAGRAPHS)):
        if hm is None:
            continue
        a, b = eng.paras[pi]
        who_end = hm.end("who")
        if (aside := _WHO_END_RE.search(text, hm.start("who"), who_end)) is not None:
            who_end = aside.start()  # "by UNHCR spokesperson X - to whom ...", "from the PM's Spokesman on:"
        topics = text.startswith(":", who_end + 3) and text[who_end : who_end + 3].lower() == " on"
        if not (text[a:b].rstrip().endswith((".", ":")) or _fills_line(text, hm.end("who")) or topics):
            continue
        while who_end > hm.start("who") and text[who_end - 1].isspace():
            who_end -= 1
        src = _source_of(eng, eng.parser.parse(text, hm.start("who"), who_end, allow_tail=False))
        if src is not None:
            return pi, src
    return None


def _fills_line(text: str, end: int) -> bool:
    """Whether only blanks follow ``end`` to its line's end (or the text's)."""
    nl = text.find("\n", end)
    return not text[end : len(text) if nl < 0 else nl].strip()


def briefing_body(eng: Engine) -> None:
    """A briefing's transcript introduced by a sentence naming its briefer (see
    :func:`briefing_heading_speaker`), its body without turn labels: every sentence after it without a
    statement of its own is the briefer's, across the section headings ("**Climate"), up to the first
    labelled paragraph (the questions and answers have their own labels). A stage direction is nobody's."""
    got = briefing_heading_speaker(eng)
    if got is not None:
        credit_body(eng, briefing_intro_end(eng, got[0]), got[1], RULE_BRIEFING_BODY)


def briefing_intro_end(eng: Engine, pi: int) -> int:
    """The last paragraph of a briefing's introduction that opens with the sentence naming its briefer
    (paragraph ``pi``): the lines after it that are headings, dates or places, metadata lines under a label
    ("BRIEFER: William Spindler, UNHCR Spokesperson", "Location: Geneva": a labelled line without a
    sentence's final punctuation), the introduction said again without the name ("This is a summary of
    what was said by the UNHCR spokesperson at ...") or a block heading naming who speaks below it
    ("Official Spokesperson X began with the following remarks:", :func:`_heading_speaker`). None of them
    is the briefer's statement."""
    text = eng.text
    end = pi
    for k in range(pi + 1, len(eng.paras)):
        a, b = eng.paras[k]
        body = text[a:b].rstrip()
        metadata = _labelled(eng, a) and body[-1:] not in _SENTENCE_END_CHARS
        briefing = eng.words.briefing_words.search(text, a, b) or _heading_speaker(eng, a, b)
        if not (heading_paragraph(eng, a, b) or metadata or briefing):
            break
        end = k
    return end


def credit_body(
    eng: Engine, pi: int, src: Source, rule: str, quoted: bool = True, stop: int | None = None
) -> None:
    """Give every sentence without a statement after paragraph ``pi`` to ``src`` (``rule`` names why),
    across section headings, stage directions, delivery notes and title lines (:func:`title_line`; nobody's),
    up to the first labelled paragraph. A salutation ("Dear colleague, ladies and gentlemen,": a short line
    ending in a comma, or the address lines a speech opens with, :func:`salutation_run`) is no heading: the
    speaker's own words. ``quoted=False``: a sentence opening inside a quotation is left alone (someone
    else's words the body quotes). ``stop``: the paragraph the body ends before (a signature block)."""
    taken = eng.credited_sentences()
    opening = salutation_run(eng, pi) | closing_salutations(eng, pi)
    for k, (a, b) in enumerate(eng.paras[pi + 1 : stop], pi + 1):
        sj0 = eng.sentence_of(a)
        if _labelled(eng, a):
            break
        heading = heading_paragraph(eng, a, b) and not eng.text[a:b].rstrip().endswith(",")
        heading = (heading or capitals_heading(eng.text[a:b])) and k not in opening
        if heading or STAGE_DIRECTION_RE.match(eng.text, a, b) or _note(eng, a, b) or _qa_heading(eng, k):
            continue
        for sj in range(sj0, eng.sentence_of(max(a, b - 1)) + 1):
            ca, cb = eng.trim(*eng.sents[sj][:2])
            if not quoted and eng.in_quote(ca) is not None:
                continue
            aside = STAGE_DIRECTION_SENTENCE_RE.fullmatch(eng.text, ca, cb) or title_line(eng, ca, cb)
            aside = aside or capitals_heading(eng.text[ca:cb])
            if sj not in taken and cb > ca and ca >= a and not aside:
                why = RULE_CONTINUATION + rule.format(src.entity.canonical)
                eng.add(src, NO_CUE, CONTINUATION, ca, cb, why)
                taken.add(sj)


#: the fewest letters a line in capitals needs to read as a heading ("BACKGROUND", not "UN" or "I")
MIN_CAPITALS_HEADING_LETTERS = 4


def capitals_heading(line: str) -> bool:
    """A line or sentence set in capitals without a sentence's final punctuation is a heading, whatever its
    length ("THE BRIEFING TO THE DIPLOMATIC CORPS ON THE STATUS OF THE UGANDA- RELATIONS", or "BACKGROUND"
    run into the end of a paragraph by the layout): a statement's body is written in sentences."""
    body = line.strip()
    letters = [c for c in body if c.isalpha()]
    if len(letters) < MIN_CAPITALS_HEADING_LETTERS or body[-1] in _SENTENCE_END_CHARS:
        return False
    return all(c.isupper() for c in letters)


#: a line that is only a date, with a weekday, a time or a word before it: "Friday, 19 April 2024 at 11.00
#: hrs.", "Published 17 June 2021", "June 5, 2024"
DATE_LINE_RE = re.compile(
    r"(?:[A-Z][a-z]+,?[ \t]+)?(?:" + DATE + r")(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[.:]\d{2}"
    r"(?:[ \t]*(?:hrs|h|a\.m|p\.m|am|pm|GMT|UTC)\.?)?)?"
)
#: a line that is only a reference number: "No. 123/2024", "Ref: MFA/PR/45"
REFERENCE_LINE_RE = re.compile(
    r"(?:No|Ref|Reference|Press[ \t]+release[ \t]+No)\.?[ \t]*:?[ \t]*[\w./-]{1,30}"
)


def title_line(eng: Engine, a: int, b: int) -> bool:
    """Whether the sentence ``a``-``b`` (trimmed) is a line of its own that is no sentence: a date line
    (:data:`DATE_LINE_RE`), a reference number (:data:`REFERENCE_LINE_RE`), or a numbered title without a
    sentence's final punctuation ("1. Thailand’s preparation on the Israel-Iran situation", at most
    :data:`MAX_HEADING_WORDS` words) that the layout printed over the paragraph it heads, or such a bulleted
    line (a press conference's index of topics: "• The Japan-China relations"). Under a briefing's
    or block's heading such a line is nobody's statement."""
    text = eng.text
    if text[text.rfind("\n", 0, a) + 1 : a].strip():
        return False
    nl = text.find("\n", b)
    rest = text[b : len(text) if nl < 0 else nl].strip()
    if rest not in ("", "."):
        return False
    if DATE_LINE_RE.fullmatch(text, a, b) or REFERENCE_LINE_RE.fullmatch(text, a, b):
        return True
    line = text[a:b]
    return (
        (_ENUMERATED_RE.match(line) is not None or BULLET_RE.match(line) is not None)
        and not rest
        and line[-1:] not in _SENTENCE_END_CHARS
        and len(line.split()) <= MAX_HEADING_WORDS
    )


#: how many short lines a speech's address to its audience may take ("Deputy Minister ..., Ms Mhaule" /
#: "Director-General and DIRCO senior officials" / "Members of the press")
SALUTATION_LINES = 6


def salutation_run(eng: Engine, pi: int) -> set[int]:
    """The paragraphs right after paragraph ``pi`` (a body's heading) that address the speech's audience:
    a run of up to :data:`SALUTATION_LINES` heading-like lines (:func:`heading_paragraph`) one of which
    holds a word of ``[salutation words]`` ("Members of the press", "Excellencies"), before the body's
    first sentence. Empty when the run names no audience (section headings)."""
    run: list[int] = []
    for k in range(pi + 1, min(pi + 1 + SALUTATION_LINES, len(eng.paras))):
        a, b = eng.paras[k]
        if _labelled(eng, a) or not heading_paragraph(eng, a, b):
            break
        run.append(k)
    if not run or run[-1] + 1 >= len(eng.paras):
        return set()
    # (the run ends at its last line naming the audience: a heading after it is the body's first section's,
    # "His Excellency, Ladies, Gentlemen, Reporters" / "Elevating Trusted Strategic Partnerships")
    greets = [k for k in run if eng.words.salutation.search(eng.text, *eng.paras[k])]
    return set(range(run[0], greets[-1] + 1)) if greets else set()


def closing_salutations(eng: Engine, pi: int) -> set[int]:
    """The heading-like lines that close the body after paragraph ``pi`` (right before the text's end or its
    first labelled paragraph), up to :data:`SALUTATION_LINES`, each holding a word of ``[salutation words]``
    or thanks: a speech's sign-off ("Wassalamu’alaikum warahmatullahi wabarakatuh", "Thank you") is the
    speaker's. A page's trailing lines without one ("Tags: Indonesia") stop the run."""
    end = next((k for k in range(pi + 1, len(eng.paras)) if _labelled(eng, eng.paras[k][0])), len(eng.paras))
    run: set[int] = set()
    for k in range(end - 1, max(pi, end - 1 - SALUTATION_LINES), -1):
        a, b = eng.paras[k]
        greets = eng.words.salutation.search(eng.text, a, b) or THANKS_OPENING_RE.match(eng.text, a, b)
        if not (heading_paragraph(eng, a, b) and greets):
            break
        run.add(k)
    return run


#: a sentence that is only a transcriber's bracketed note is nobody's words, even inside a body: "(Brief
#: inaudible fragment with opening greeting)." opening a briefing's first paragraph
STAGE_DIRECTION_SENTENCE_RE = re.compile(r"[(\[][^()\[\]\n]*[)\]][.]?")


def _labelled(eng: Engine, a: int) -> bool:
    return eng.sentence_of(a) in eng.label_sentences or a in eng.turn_labels


def _qa_heading(eng: Engine, k: int) -> bool:
    """Paragraph ``k`` heads the questions and answers: a line ending in a colon, without a first person,
    right above the first labelled paragraph ("Answers to media questions:" / "Question: ...")."""
    a, b = eng.paras[k]
    if not eng.text[a:b].rstrip().endswith(":") or k + 1 >= len(eng.paras):
        return False
    return _labelled(eng, eng.paras[k + 1][0]) and not FIRST_PERSON_RE.search(eng.text, a, b)


def _note(eng: Engine, a: int, b: int) -> bool:
    return eng.words.delivery_note.match(eng.text, a, b) is not None


#: a remarks heading is looked for in the title lines among this many paragraphs from the start
REMARKS_HEADING_PARAGRAPHS = 3
#: a title set one word group a line ("Remarks" / "of" / "TEODORO L. LOCSIN, JR.") is read on over this many
#: paragraphs after the one the heading opens in
REMARKS_TITLE_SPREAD = 2
#: the body under a remarks heading must speak in the first person within this many paragraphs (a news
#: story titled "Remarks by Lavrov anger Kyiv" tells of the remarks in the third person)
REMARKS_FIRST_PERSON_PARAGRAPHS = 3
#: first-person pronouns and determiners (a closed class of English grammar)
FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")
#: a paragraph opening with thanks to someone ("Thank you, Secretary Lorenzana.") is the speaker's own act,
#: in the first person though it names no "I" (a fixed English formula)
THANKS_OPENING_RE = re.compile(r"(?:Thank\s+you|Thanks)\b")


def remarks_heading_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The last title paragraph and speaker of a title naming a whole document's speaker, within the
    first :data:`REMARKS_HEADING_PARAGRAPHS` paragraphs ("Remarks by High Representative/Vice-President
    Josep Borrell at the press conference", "Pre-ministerial press conference" / "by NATO Secretary
    General Jens Stoltenberg"; words: ``[remarks headings]`` in statement_words.txt), when the body
    speaks in the first person within :data:`REMARKS_FIRST_PERSON_PARAGRAPHS` paragraphs. Lines right after
    the heading that open with it again ("Press statement by Dutch Minister X during his visit in Y, 7
    March 2022.") are title lines too, nobody's."""
    text = eng.text
    for hm in remarks_heading_matches(eng):
        last = bisect.bisect_right([p for p, _ in eng.paras], hm.start("who")) - 1
        who_end = hm.end("who") - (text[hm.end("who") - 1] == ".")
        src = _source_of(eng, _heading_person(eng, hm.start("who"), who_end))
        if hm.group("name") and (named := _source_of(eng, phrase_before(eng, *hm.span("name")))) is not None:
            src = named if named.entity.type == "person" else src  # (the office's holder, in apposition)
        while last + 1 < len(eng.paras) and eng.words.remarks_heading.match(text, *eng.paras[last + 1]):
            last += 1  # (a line opening with the heading again, with the date, is a title line too)
        if src is not None and last + 1 < len(eng.paras) and _own_label_line(eng, last + 1, src):
            last += 1  # ("Prime Minister X [1]:" over the speech: the speaker's label, nobody's statement)
        if (src is not None and not _second_speaker(eng, hm.end("who"), src) and not joint_speakers(eng, src)
                and _first_person_body(eng, last)):
            return last, src
    return possessive_remarks_speaker(eng)


#: a second speaker joined to a remarks heading's first ("Remarks by Obama and Merkel in a Joint Press
#: Conference"): "and", then capitalised words (the look-behind: a search starts only at a run's first blank)
_AND_SPEAKER_RE = re.compile(
    cased(r"(?<![ \t])[ \t]+and[ \t]+(?P<who>[A-Z][^\s,:;()]*(?:[ \t]+[A-Z][^\s,:;()]*){0,4})"))


def joint_remarks_heading(eng: Engine) -> bool:
    """A remarks heading of the text names two speakers joined by "and" (:func:`_second_speaker`): a joint
    press conference, whose labelled turns are the only speakers' words (no unnamed briefer's body)."""
    return any(
        _second_speaker(eng, hm.end("who"), None)
        or joint_speakers(eng, _source_of(eng, _heading_person(eng, hm.start("who"), hm.end("who"))))
        for hm in remarks_heading_matches(eng)
    )


def joint_speakers(eng: Engine, src: Source | None) -> bool:
    """A remarks heading's speaker phrase that reads as a group of two people or more, whatever joins them
    ("Joint Press Conference of HRH Prince Saud Al Faisal Saudi Foreign Minister& H. E. Amr Mousa, Secretary
    General of LAS": an ampersand, a comma; a member may be an office read without its name): a joint press
    conference, whose labelled turns carry each speaker's words; the body is neither's alone, nor the
    group's."""
    if src is None or src.entity.type != "group":
        return False
    people = [eid for eid in src.entity.members if eng.res.entities[eid].type in ("person", "anonymous")]
    return len(people) >= 2


def _second_speaker(eng: Engine, at: int, src: Source | None) -> bool:
    """A remarks heading's speaker at ``at`` is joined by "and" to another person ("Remarks by President Obama
    and Chancellor Merkel of Germany in a Joint Press Conference"): the document has two speakers, whose
    labels carry their turns, and no one body is either's ("... Minister of Trade and Industry" joins
    no person)."""
    m = _AND_SPEAKER_RE.match(eng.text, at)
    if m is None:
        return False
    other = _source_of(eng, phrase_before(eng, *m.span("who")))
    if other is None or other.entity.type != "person":
        return False
    return src is None or other.entity is not src.entity


#: a line that is only a speaker's label: a name and its office, a footnote's mark in brackets allowed, and a
#: colon ("Prime Minister Samdech Techo Hun Sen [1]:")
SPEAKER_LINE_RE = re.compile(
    r"(?<!\S)(?P<who>[^\s.!?:\[\]]+(?:[ \t][^\s.!?:\[\]]+){0,11})(?:[ \t]\[\d{1,3}\])?[ \t]?:[ \t]?")


def _own_label_line(eng: Engine, k: int, src: Source) -> bool:
    """Paragraph ``k`` is a label line (:data:`SPEAKER_LINE_RE`) naming ``src``, the person a remarks
    heading names: the speech's label under its title ("Joint Press Briefing by Samdech Techo Hun Sen and
    ..." / "Prime Minister Samdech Techo Hun Sen [1]:"), a title line, nobody's statement."""
    a, b = eng.paras[k]
    m = SPEAKER_LINE_RE.fullmatch(eng.text, a, b)
    if m is None:
        return False
    own = _source_of(eng, phrase_before(eng, m.start("who"), m.end("who")))
    return own is not None and own.entity is src.entity


def _heading_person(eng: Engine, a: int, b: int) -> NP | None:
    """The speaker's phrase of a remarks heading's words ``a``-``b``: the phrase before its end, or, where
    that phrase is an office holding the name before it ("Statement by Mr Jean-Yves Le Drian Minister for
    Europe and Foreign Affairs": "Jean-Yves Le Drian Minister", an office with the name as its modifiers),
    the titled person the words name (:func:`person_in_line`: "Mr Jean-Yves Le Drian")."""
    np_ = phrase_before(eng, a, b)
    if np_ is not None and np_.kind == "role" and np_.modifiers:
        return person_in_line(eng, a, b) or np_
    return np_


def possessive_remarks_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The last title paragraph and speaker of a title naming a person's remarks with a possessive, within
    the first :data:`REMARKS_HEADING_PARAGRAPHS` paragraphs: "Foreign minister X's opening address in a
    press conference in Y" (``remarks_possessive``: the nouns of ``[remarks headings]``), the speaker
    phrase ending at the possessive. Title lines right after it that repeat the possessive ("... on 4 May
    2017.") are title lines too; the body after them must speak in the first person."""
    text = eng.text
    for pi, hm in enumerate(eng.opening_matches(eng.words.remarks_possessive, REMARKS_HEADING_PARAGRAPHS)):
        if hm is None:
            continue
        a, b = eng.paras[pi]
        src = _source_of(eng, phrase_before(eng, a, hm.start()))
        if hm.group("office") is not None:  # ("Foreign Secretary statement on ...": a title line's office)
            if not _office_title(eng, a, b, hm.start(), src):
                continue
        elif src is None or src.entity.type not in ("person", "organisation", "anonymous"):
            return None  # (an office without a name is its holder's: "HM The King's speech at ...")
        last = pi
        while last + 1 < len(eng.paras) and eng.words.remarks_possessive.search(text, *eng.paras[last + 1]):
            last += 1
        return (last, src) if _first_person_body(eng, last) else None
    return None


def _office_title(eng: Engine, a: int, b: int, at: int, src: Source | None) -> bool:
    """Paragraph ``a``-``b`` is a title line that opens with the speaker ``src`` right before ``at`` ("Foreign
    Secretary statement on the situation in Gaza and Southern Israel"): a heading or headline whose phrase
    before the remarks noun opens it, a person's or an office's, no sentence's subject."""
    if src is None or src.entity.type not in ("person", "anonymous"):
        return False
    np_ = phrase_before(eng, a, at)
    if np_ is None or np_.start != a:
        return False
    return eng.sents[eng.sentence_of(a)][2] in ("headline", "heading") or heading_paragraph(eng, a, b)


def remarks_heading_matches(eng: Engine) -> list[re.Match[str]]:
    """The remarks headings (``remarks_heading`` of the rule words) that open in one of the first
    :data:`REMARKS_HEADING_PARAGRAPHS` paragraphs, the speaker's words read on into the next
    :data:`REMARKS_TITLE_SPREAD` paragraphs ("Press conference" / "by NATO Secretary General X", "Remarks" /
    "of" / "TEODORO L. LOCSIN, JR."), in paragraph order. Searched once per text and
    kept on the engine (``eng.remarks_matches``): three passes ask."""
    if eng.remarks_matches is None:
        paras = eng.paras[: REMARKS_HEADING_PARAGRAPHS + REMARKS_TITLE_SPREAD]
        found = []
        for pi, (a, b) in enumerate(paras[:REMARKS_HEADING_PARAGRAPHS]):
            end = paras[min(pi + REMARKS_TITLE_SPREAD, len(paras) - 1)][1]
            hm = eng.words.remarks_heading.search(eng.text, a, end)
            if hm is not None and hm.start() < b and _titles_document(eng, a, b, hm.start()):
                found.append(hm)
        eng.remarks_matches = found
    return eng.remarks_matches


#: what may stand before a remarks heading inside its title line: the event it belongs to, then a colon or
#: a dash ("Informal video conference of EU Foreign Affairs Ministers: Remarks by ..."), or "Transcript of"
_TITLE_LEAD_RE = re.compile(r"(?:[^\n]{0,160}[:|–—-][ \t]*|(?:Full[ \t]+)?(?i:transcript)[ \t]+of[ \t]+)?")


def _titles_document(eng: Engine, a: int, b: int, at: int) -> bool:
    """Whether a remarks heading at ``at`` in paragraph ``a``-``b`` titles the document: it opens its line
    (after the event and a colon at most, :data:`_TITLE_LEAD_RE`), the line is a heading or headline, or
    one who speaks in the first person introduces it ("I have the honour to present a written address by
    His Excellency X, ..." at the UN). A report's "In a speech by Foreign Minister X on Monday, ..." names
    a speech inside a narrator's sentence."""
    if eng.sents[eng.sentence_of(a)][2] in ("headline", "heading") or heading_paragraph(eng, a, b):
        return True
    text = eng.text
    return bool(_TITLE_LEAD_RE.fullmatch(text, a, at) or FIRST_PERSON_RE.search(text, a, at))


#: a paragraph opening with a quotation that closes before a dash and the words crediting it: a report's
#: standfirst ("'We're asking you - what does it mean?' - EU official accused of ..."), whose "we" is the
#: quoted person's, not the body's own voice (a speech printed inside quotation marks has no such dash)
QUOTED_PARAGRAPH_RE = re.compile("[\"'“‘«„][^\n]{0,300}?[\"'”’»][ \t]+[–—-][ \t]")


def _first_person_body(eng: Engine, pi: int) -> bool:
    body = ((a, b) for a, b in eng.paras[pi + 1 :] if not (heading_paragraph(eng, a, b) or _note(eng, a, b)))
    first = itertools.islice(body, REMARKS_FIRST_PERSON_PARAGRAPHS)  # (only these are read)
    text = eng.text
    return any(
        (FIRST_PERSON_RE.search(text, a, b) and not QUOTED_PARAGRAPH_RE.match(text, a, b))
        or THANKS_OPENING_RE.match(text, a, b) for a, b in first
    )


def remarks_body(eng: Engine) -> None:
    """A document whose title names its one speaker ("Remarks by X at ...", "Press conference by X",
    see :func:`remarks_heading_speaker`) and whose body speaks in the first person: every sentence of the
    body without a statement of its own is X's, up to the first labelled paragraph (the questions and
    answers have their own labels). "Check against delivery!" and "(As delivered)" are nobody's. A sentence
    introducing the transcript that names the briefer ("... noon briefing by X, Associate Spokesperson.")
    wins over a title naming only the office ("Daily Press Briefing by the Office of the Spokesperson ...",
    :func:`briefing_body`)."""
    if briefing_heading_speaker(eng) is not None:
        return
    got = remarks_heading_speaker(eng)
    if got is None or got[1].entity.type == "anonymous":  # (a line naming the office's holder wins)
        got = briefer_line_speaker(eng) or speaker_block_speaker(eng) or got
    if got is not None:
        credit_body(eng, got[0], got[1], RULE_REMARKS_BODY)
        for qpi in answered_questions(eng, got[0]):
            credit_body(eng, qpi, got[1], RULE_REMARKS_BODY)


#: what may open a later remarks heading before its words: one capitalised word of the occasion ("Media
#: remarks by ...", "Keynote address by ...")
_HEADING_LEAD_RE = re.compile(cased(r"(?:[A-Z][a-z]+[ \t]+)?"))


def later_remarks_heading(eng: Engine) -> None:
    """Remarks printed after a report under their own heading line later in the text ("... petitioned FIFA
    ..." / "Media remarks by President Cyril Ramaphosa during media briefing on the occasion of the State
    Visit to Ghana" / "Your Excellency, ..." / "It is a great pleasure to be back in Ghana ..."): a paragraph
    past the title paragraphs that opens with a remarks heading (``[remarks headings]``, one word of the
    occasion before it at most), ends without a
    sentence's punctuation and names one person, followed by a first-person body: the body is that
    person's, up to the next such heading or labelled paragraph (:func:`credit_body`). Not when a title
    heading already names the document's speaker (:func:`remarks_body` reads that one)."""
    if remarks_heading_matches(eng):
        return
    text = eng.text
    found = []
    for pi in range(REMARKS_HEADING_PARAGRAPHS, len(eng.paras)):
        a, b = eng.paras[pi]
        if not _opens_with_heading(eng, a, b):
            continue
        hm = eng.words.remarks_heading.search(text, a, b)
        if hm is None or not _HEADING_LEAD_RE.fullmatch(text, a, hm.start()):
            continue
        if text[a:b].rstrip()[-1:] in _SENTENCE_END_CHARS:
            continue
        who_end = hm.end("who") - (text[hm.end("who") - 1] == ".")
        src = _source_of(eng, _heading_person(eng, hm.start("who"), who_end))
        if src is not None and src.entity.type == "person" and not _second_speaker(eng, hm.end("who"), src):
            found.append((pi, src))
    for k, (pi, src) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else None
        if _first_person_body(eng, pi):
            credit_body(eng, pi, src, RULE_REMARKS_BODY, stop=stop)


def _opens_with_heading(eng: Engine, a: int, b: int) -> bool:
    """The cheap test :func:`later_remarks_heading` asks of every paragraph before its search: a remarks
    heading matches at the paragraph's start or right after its lead word (:data:`_HEADING_LEAD_RE`), the
    only places where the paragraph's first heading may stand for the rule (a heading opens with a word,
    never with a blank). Two anchored tries instead of a search through every paragraph of the text."""
    heading = eng.words.remarks_heading
    if heading.match(eng.text, a, b) is not None:
        return True
    lead = _HEADING_LEAD_RE.match(eng.text, a, b).end()
    return lead > a and heading.match(eng.text, lead, b) is not None


def answered_questions(eng: Engine, pi: int) -> list[int]:
    """The question paragraphs after paragraph ``pi`` of a titled speaker's doorstep or press remarks whose
    every label asks ("Remarks by X upon arrival" / a first-person body / "Q. Who would be the best
    successor?" / the answer, unlabelled): the answers after each question are the titled speaker's, as
    nobody else answers. None when any label names someone (an answerer's own label carries the turn)."""
    roles = load_transcript_labels().roles
    found = []
    for p, la, lb in eng.label_sentences.values():
        if roles.get(" ".join(eng.text[la:lb].lower().rstrip(".").split())) not in ASKER_ROLES:
            return []
        if p > pi:
            found.append(p)
    return sorted(found)


#: how many opening paragraphs (a title, then the speaker's block: name, office, place, date) may stand
#: above a speech's body when one of their lines names its speaker (:func:`speaker_block_speaker`)
SPEAKER_BLOCK_PARAGRAPHS = 12
#: the most words a line of such a block may have ("U.S. Mission to the United Nations")
SPEAKER_BLOCK_LINE_WORDS = 10
#: a line of text (a paragraph's lines are read one by one)
_LINE_RE = re.compile(r"[^\n]+")


def speaker_block_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The last opening paragraph and the speaker of a page whose title is followed by a block of short
    lines without a sentence's final punctuation (at most :data:`SPEAKER_BLOCK_LINE_WORDS` words each, over
    at most :data:`SPEAKER_BLOCK_PARAGRAPHS` paragraphs), one of which is only a person's name with a title
    or honorific: "Remarks at a UN Security Council Press Stakeout ..." / "Ambassador Kelly Craft" /
    "Permanent Representative" / "U.S. Mission to the United Nations" / "December 2, 2019" (a mission's,
    a ministry's or a prime minister's page). The body under the block must speak in the first person
    outside quotation marks (:func:`_own_first_person_body`). A reporter's byline has no title."""
    text = eng.text
    if len(eng.paras) < 3 or not _opening_line(eng, *eng.paras[0]) or title_lines(eng) == 0:
        return None  # (a speech opening with its address lines, "Mr President,", has no title)
    src, last = None, 0
    for pi in range(1, min(SPEAKER_BLOCK_PARAGRAPHS, len(eng.paras) - 1)):
        a, b = eng.paras[pi]
        lines = [(a + m.start(), a + m.end()) for m in _LINE_RE.finditer(text[a:b]) if m.group().strip()]
        if not lines or _labelled(eng, a) or not all(_block_line(text, c, d) for c, d in lines):
            break
        last = pi
        c, d = eng.trim(*lines[0])
        if any(_address_line(text, line) for line in lines):
            continue  # ("Senator John Cornyn," / ... / "Ladies and Gentlemen:": the audience greeted)
        np_ = person_in_line(eng, c, d) if src is None and d > c else None
        if np_ is not None and np_.start == c and np_.end >= d and (np_.head or _honorific_first(eng, c, d)):
            src = _source_of(eng, np_)
    if src is None or src.entity.type != "person" or not _own_first_person_body(eng, last):
        return None
    return last, src


def _address_line(text: str, line: tuple[int, int]) -> bool:
    """A short line ending in a comma or a colon is a salutation's ("Senator John Cornyn,", "Excellencies,
    Ladies and Gentlemen:"): a speech greets its audience so, and never names its speaker so."""
    return text[line[0] : line[1]].rstrip()[-1:] in (",", ":")


def _honorific_first(eng: Engine, a: int, b: int) -> bool:
    """The line opens with an honorific of titles.txt before the name, as a speech's cover block may name
    its speaker without an office: "YAB DATO’ SERI ANWAR BIN IBRAHIM" (the office on the line below, in
    Malay), "H.E. Mr. Ahmed Aboul Gheit"."""
    low = " ".join(eng.text[a:b].lower().split())
    return any(low.startswith(h + " ") for h in eng.parser.lex.honorifics)


def _block_line(text: str, a: int, b: int) -> bool:
    line = text[a:b].rstrip()
    return len(line.split()) <= SPEAKER_BLOCK_LINE_WORDS and line[-1:] not in (".", "!", "?")


def _own_first_person_body(eng: Engine, pi: int) -> bool:
    """Whether one of the :data:`REMARKS_FIRST_PERSON_PARAGRAPHS` paragraphs after paragraph ``pi`` speaks
    in the first person outside quotation marks (a news story quoting "we" is no speech)."""
    body = ((a, b) for a, b in eng.paras[pi + 1 :] if not heading_paragraph(eng, a, b))
    for a, b in itertools.islice(body, REMARKS_FIRST_PERSON_PARAGRAPHS):
        if any(eng.in_quote(m.start()) is None for m in FIRST_PERSON_RE.finditer(eng.text, a, b)):
            return True
    return False


#: how many opening paragraphs may be title lines (a title, a date-and-genre line, an intro line ending
#: in a colon) above a document's body
TITLE_LINES = 4
#: how many words a person's phrase in a title line may have ("Foreign Minister Annalena Baerbock")
TITLE_PERSON_WORDS = 8
#: the document speaker's own "I" (a closed class of English grammar); "we" may be a government, a
#: newsroom or a crowd, so it alone does not make a body one person's
FIRST_PERSON_SINGULAR_RE = re.compile(r"\b(?:I|[Mm]y|me)\b")


def title_lines(eng: Engine, first: int = 0) -> int:
    """How many paragraphs from the start (from paragraph ``first``) are title lines: a headline, heading,
    standfirst or dateline (the layout's kinds), a short line without a sentence's punctuation
    (:func:`heading_paragraph`), a line ending in a colon ("Statement by Foreign Minister X at the start of
    her visit to Paris:") or a long one-line title without a full stop that names the document's genre and
    speaker ("Full Text of statement made by External Affairs Minister X on departure from Y after the ...
    meeting"; ``document_heading``); at most :data:`TITLE_LINES`. A line ending in a comma or semicolon is a
    salutation ("YOUR EXCELLENCY PHILEMON YANG, PRESIDENT OF THE 79TH SESSION ...;", "Mr. President,"):
    the text has no title lines."""
    n = 0
    for a, b in eng.paras[first : first + TITLE_LINES]:
        line = eng.text[a:b].rstrip()
        if line.endswith((",", ";")):
            return 0
        kind = eng.sents[eng.sentence_of(a)][2]
        named = (line[-1:] not in _SENTENCE_END_CHARS and single_line(eng.text, a, b)
                 and eng.words.document_heading.search(eng.text, a, b) is not None)
        if not (kind in ("headline", "heading", "standfirst", "dateline") or heading_paragraph(eng, a, b)
                or line.endswith(":") or named):
            break
        n += 1
    return n


#: a paragraph that is one quotation and nothing else: a pull-quote printed above a statement's title
#: ('"Pakistani Leadership Constructive And Positive"', '"I leave Pakistan with renewed determination ..."')
PULL_QUOTE_RE = re.compile(r"[\"“][^\"“”\n]{1,400}[\"”]")


def pull_quote_lines(eng: Engine) -> int:
    """How many paragraphs from the start are pull-quotes (:data:`PULL_QUOTE_RE`), at most
    :data:`TITLE_LINES`."""
    n = 0
    for a, b in eng.paras[:TITLE_LINES]:
        line = eng.text[a:b].strip()
        if PULL_QUOTE_RE.fullmatch(line) is None:
            break
        n += 1
    return n


def person_in_line(eng: Engine, a: int, b: int) -> NP | None:
    """The first person a title line names with a title or an honorific: "Foreign Minister Annalena
    Baerbock at the start of her first official visit", "Statement by Mr Jean-Yves Le Drian Minister for
    Europe and Foreign Affairs - Conversation with ...", "Telephone conversations of Minister X with Y"
    (the longest name phrase from a capitalised word, without a title word after the name; a name that
    is only a title, "Mr. President", is none; an honorific without a gender is enough: "YAB Dato’ Seri
    Anwar bin Ibrahim", "H.E. Ahmed Aboul Gheit")."""
    text, parse = eng.text, eng.parser.parse
    words = list(re.finditer(r"\S+", text[a:b]))
    for i, w in enumerate(words):
        if not w.group()[0].isupper():
            continue
        best = None
        for v in words[i : i + TITLE_PERSON_WORDS]:
            np_ = parse(text, a + w.start(), a + v.end(), allow_tail=False)
            if np_ is None and best is None:
                continue  # ("Mr" alone is no phrase; "Mr Jean-Yves Le Drian" is)
            if np_ is None or (best is not None and _title_word(eng, a + v.start(), a + v.end())):
                break
            best = np_ if np_.kind == "name" else best
        if (best is not None and (best.head or best.gender or _honorific_first(eng, a + w.start(), best.end))
                and best.name and " " in best.name.strip()):
            return best
    return None


def _title_word(eng: Engine, a: int, b: int) -> bool:
    np_ = eng.parser.parse(eng.text, a, b, allow_tail=False)
    return np_ is not None and np_.kind == "role"


def _speaks_as_i(
    eng: Engine, a: int, b: int, pronouns: re.Pattern[str] = FIRST_PERSON_SINGULAR_RE
) -> bool:
    """Paragraph ``a``-``b`` says "I"/"my"/"me" (or the ``pronouns`` given) outside quotation marks and has
    no statement yet."""
    if any(a <= r.start < b for r in eng.rows):
        return False
    return any(eng.in_quote(m.start()) is None for m in pronouns.finditer(eng.text, a, b))


def _first_person_pronouns(eng: Engine, n: int) -> re.Pattern[str]:
    """Which first person makes the body under the ``n`` title lines one person's: "we" too when a title
    line names the document's genre and speaker ("Statement by Foreign Minister X on the floods" / "We
    condemn ...": the government speaking through its minister; ``document_heading``), else "I" only."""
    heads = eng.words.document_heading
    if any(heads.search(eng.text, a, b) for a, b in eng.paras[:n]):
        return FIRST_PERSON_RE
    return FIRST_PERSON_SINGULAR_RE


def title_pair(eng: Engine, src: Source) -> Source | None:
    """The pair a title line names when the person ``src`` is the first of two joined by "and" ("Joint
    Statement by Foreign Minister Ana Cruz of Andor and Foreign Minister Tomas Rivera of Borduvia", see
    :meth:`Resolver.joined_in_line`): the group of the two, who say "we" in the body below; None when the
    line names ``src`` alone."""
    text = eng.text
    line_start = text.rfind("\n", 0, src.start) + 1
    line_end = text.find("\n", src.end)
    line_end = len(text) if line_end < 0 else line_end
    after = [m for m in eng.res.mentions if src.end <= m.start < line_end and m.entity.type == "person"]
    if not after or not eng.res.joined_in_line(after[0], line_start):
        return None
    a, b = eng.trim(line_start, line_end)
    ent = eng.res.group([src.entity, after[0].entity], text[a:b], a, b)
    return Source(ent, text[src.start : after[0].end], src.start, after[0].end)


def titled_first_person_body(eng: Engine) -> None:
    """A ministry's page that is one person's statement: title lines (:func:`title_lines`) naming a person
    (:func:`person_in_line`: "Statement by Mr Jean-Yves Le Drian Minister for Europe and Foreign Affairs -
    Conversation with his German and Chinese counterparts", "Foreign Minister X ahead of her trip to
    ...:"), then a body whose first paragraph speaks as "I" outside quotation marks ("On Saturday, I spoke
    on the phone with my counterparts ..."; see :func:`_speaks_as_i`; "we" too under a "Statement by ..."
    title, :func:`_first_person_pronouns`) and does not name that person (who,
    speaking, does not name himself): every sentence of the body without a source of its own is that
    person's (the block rule of the gold guideline), up to the first labelled paragraph."""
    q = pull_quote_lines(eng)
    below = title_lines(eng, q) if q else 0  # (the title lines under the pull-quotes, if any)
    n = q + below if below else title_lines(eng)
    if n == 0 or n >= len(eng.paras) or not _speaks_as_i(eng, *eng.paras[n], _first_person_pronouns(eng, n)):
        return
    np_ = next((p for a, b in eng.paras[q if n > q else 0:n] if (p := person_in_line(eng, a, b)) is not None),
               None)
    src = _source_of(eng, np_)
    if src is None or src.entity.type != "person":
        return
    pair = title_pair(eng, src)
    src, rule = (pair, RULE_TITLED_PAIR_BODY) if pair is not None else (src, RULE_TITLED_BODY)
    c, d = eng.paras[n]
    if not any(m.entity is src.entity and c <= m.start < d for m in eng.res.mentions):
        credit_body(eng, n - 1, src, rule)
        if n > q:  # the pull-quotes above the title are the speaker's words too
            credit_body(eng, -1, src, rule, stop=q)


def titled_principal_body(eng: Engine) -> None:
    """An office's own statement about its principal: a title line opening "Statement by" a person
    (:data:`STATEMENT_HEADINGS`, :func:`person_in_line`: "Statement by President of Ireland Michael D.
    Higgins following his meeting with ...") over a third-person body whose first sentence opens with that
    person ("President Michael D. Higgins today formally met ..."): every sentence of the body without a
    source of its own is that person's (the gold guideline's block rule under a heading naming the author).
    Not when "said" stands outside quotation marks (a report's narrator), nor when the first body sentence
    opens with anyone else (a readout narrated by an office about a meeting)."""
    text = eng.text
    heads = [k for k, (a, b) in enumerate(eng.paras[: title_lines(eng) + 1])
             if (hm := eng.words.document_heading.match(text, a, b)) is not None
             and hm.group().lower() in STATEMENT_HEADINGS and single_line(text, a, b)]
    n = heads[-1] + 1 if heads else 0  # (the heading may end in a full stop: a one-line standfirst)
    if n == 0 or n >= len(eng.paras) or _said_outside_quotes(eng, eng.paras[n][0]):
        return
    np_ = next((p for k in heads if (p := person_in_line(eng, *eng.paras[k])) is not None), None)
    src = _source_of(eng, np_)
    if src is None or src.entity.type != "person":
        return
    si = eng.sentence_of(eng.paras[n][0])
    first = eng.trim(*eng.sents[si][:2])[0]
    opener = next((m for m in eng.res.mentions if m.start >= first), None)
    if opener is None or opener.entity is not src.entity:
        return
    if text[first : opener.start].strip() not in ("", "The"):
        return
    credit_body(eng, n - 1, src, RULE_TITLED_PRINCIPAL, quoted=False)


#: how many words an issuer's phrase in a title line may have ("Republic Of Turkey Ministry Of Foreign
#: Affairs")
ISSUER_WORDS = 10


def _overlaps_genre(eng: Engine, a: int, np_: NP) -> bool:
    """Phrase ``np_`` (in the line from ``a``) holds a word of a genre phrase of ``[release titles]``, whole
    or cut ("Press Release – Pacific Islands Forum Secretariat": the phrase from "Release" is no body)."""
    genres = eng.words.release_title.finditer(eng.text, a, np_.end)
    return any(m.start() < np_.end and m.end() > np_.start for m in genres)


def issuer_in_line(eng: Engine, a: int, b: int) -> NP | None:
    """The first body that issues documents a title line names: the longest organisation phrase from a
    capitalised word with a word of titles.txt ``[organisations]`` ("Republic Of Turkey Ministry Of Foreign
    Affairs 30.05.2014" -> the ministry; "Press Release Regarding The Attacks", a phrase holding words of
    ``[release titles]``, is no body)."""
    text, parse, org_words = eng.text, eng.parser.parse, eng.parser.lex.org_words
    words = list(re.finditer(r"\S+", text[a:b]))
    for i, w in enumerate(words):
        if not w.group()[0].isupper():
            continue
        best = None
        for v in words[i : i + ISSUER_WORDS]:
            np_ = parse(text, a + w.start(), a + v.end(), allow_tail=False)
            if np_ is not None and np_.kind == "organisation":
                best = np_  # (the longest: "Republic of X" and "... Ministry of" are none or shorter)
        if best is None or _overlaps_genre(eng, a, best):
            continue  # (a title naming the genre is no body: "Press Release Regarding ...", "Release - X")
        if any(t.lower() in org_words for t in best.text.split()):
            return best
    return None


def titled_release_body(eng: Engine) -> None:
    """A ministry's release with no person speaking: title lines (:func:`title_lines`) of which one names the
    genre (``[release titles]``: "Press Release Regarding The Attacks ...") and one its issuer
    (:func:`issuer_in_line`: "Republic Of Turkey Ministry Of Foreign Affairs 30.05.2014"), then a body whose
    first paragraph speaks as "we" outside quotation marks ("We have learned with deep regret that ..."):
    every sentence of the body without a source of its own is the issuer's (the block rule of the gold
    guideline). A report quoting someone's "we" is no release: its "we" is inside quotation marks."""
    n = title_lines(eng)
    if n == 0 or n >= len(eng.paras) or not _speaks_as_i(eng, *eng.paras[n], FIRST_PERSON_RE):
        return
    heads = eng.paras[:n]
    if not any(eng.words.release_title.search(eng.text, a, b) for a, b in heads):
        return
    src = _source_of(eng, next((p for a, b in heads if (p := issuer_in_line(eng, a, b)) is not None), None))
    if src is not None and src.entity.type == "organisation":
        credit_body(eng, n - 1, src, RULE_TITLED_RELEASE)


#: the genre words of a statement's title that name its issuer (lower case, as ``document_heading`` matches);
#: "of" as ministries title them: "Statement of the Foreign Ministry of Georgia regarding the visit of ..."
STATEMENT_HEADINGS = frozenset(
    {"statement by", "statement from", "statement of", "press statement by", "press statement of"}
)


def titled_issuer_speaker(eng: Engine) -> Source | None:
    """The issuer a statement's title names: the first paragraph is one line opening with a document's
    genre and "by"/"from" (``document_heading``: "Statement by Ministry of Foreign Affairs & Foreign Trade
    re: Assistance to ...") and a body that issues documents right after it (:func:`issuer_in_line`), its
    name read on over capitalised words ("... Affairs & Foreign Trade"); None otherwise."""
    text = eng.text
    a, b = eng.paras[0]
    hm = eng.words.document_heading.match(text, a, b)
    if hm is None or not single_line(text, a, b) or hm.group().lower() not in STATEMENT_HEADINGS:
        return None
    np_ = issuer_in_line(eng, hm.end(), b)
    if np_ is None or text[hm.end() : np_.start].strip().lower() not in ("", "the"):
        return None
    end = ISSUER_NAME_TAIL_RE.match(text, np_.end).end()
    whole = eng.parser.parse(text, np_.start, end, allow_tail=False)
    if whole is not None and whole.kind in ("name", "role"):
        return None  # (a person's: "Statement by Foreign Press Secretary X", titled_first_person_body)
    name = re.sub(r"^(?:The|the)\s+", "", text[np_.start : end])
    ent = eng.res.named("organisation", name, np_.start, end)
    return Source(ent, text[np_.start : end], np_.start, end)


def titled_issuer_body(eng: Engine) -> None:
    """A ministry's or government's statement under a title naming it ("Statement by Ministry of Foreign
    Affairs & Foreign Trade re: ...", :func:`titled_issuer_speaker`) whose body speaks of the issuer in the
    third person ("The Ministry ... therefore finds it regrettable that ...", "In this regard, Barbados
    acted ..."): every sentence without a source of its own and outside quotation marks is the issuer's
    (the gold guideline's block rule under a heading naming the speaker). Not when "said" stands outside
    quotation marks ("..., the ministry said."): a report under such a headline has a narrator."""
    if len(eng.paras) < 3 or _said_outside_quotes(eng):
        return
    src = titled_issuer_speaker(eng)
    if src is not None:
        credit_body(eng, 0, src, RULE_TITLED_ISSUER, quoted=False)


#: a bare statement's opening verb right after its issuer: a present tense ("firmly rejects", "wishes to
#: inform", "is deeply concerned") or a present perfect ("has noted with dismay", "has, in a constructive
#: way, sought": a short phrase between commas may part "has" from its participle, which may be irregular:
#: "sought", "shown", "done"); a report's past tense ("rejected", "was", "has said" in "..., the ministry
#: has said") is none (bounded runs: linear)
ISSUER_VOICE_RE = re.compile(
    r"[ \t]{1,3}(?:[a-z]{2,20}ly[ \t]{1,3})?"
    r"(?:(?:has|have)(?:,[ \t]{1,3}[a-z][a-z \t]{1,40},)?[ \t]{1,3}(?:[a-z]{2,20}ly[ \t]{1,3})?"
    r"(?!said\b)[a-z]{2,20}(?:ed|en|ght|wn|ne)"
    r"|(?!was\b|has\b)[a-z]{1,20}s)\b"
)
#: a reporter's past-tense "said" (an issuer's statement speaks in the present: "rejects", "wishes to
#: inform"); the official adjective "the said" ("The said reports are mischievous ...") is no reporting verb.
#: Written as ``(?<!\b[Tt]he )\bsaid\b`` would be, with its look-behinds after the word: a pattern that
#: opens with a literal lets the regex engine skip in C to each "said" (a fiftieth of the time on a long text)
REPORTING_SAID_RE = re.compile(r"said\b(?<!\wsaid)(?<!\b[Tt]he said)")
#: how many words the issuer's phrase opening a bare statement may have ("The Government of the
#: Cooperative Republic of Guyana", "The Ministry of Foreign Affairs and Regional Integration")
OPENING_ISSUER_WORDS = 10
#: the rest of an issuer's name the phrase parser leaves off: "of the Cooperative Republic of Guyana" after
#: "The Government" (capitalised words and the small words between them, ending in a capitalised word)
ISSUER_NAME_TAIL_RE = re.compile(
    cased(r"(?:(?:[ \t]{1,3}(?:(?:of|the|and|for)\b|&)){1,3}[ \t]{1,3}[A-Z][\w’'.\-]{0,30}"
    r"|[ \t]{1,3}[A-Z][\w’'.\-]{0,30}){0,8}")
)


#: an issuer's full official name as a statement opens with it: "The", then capitalised words with an "of"
#: among them ("The Ministry of Foreign Affairs and Regional Integration", "The Government of the
#: Cooperative Republic of Guyana"); "My Government", "The Organization" and "The foundation of a better
#: world" (a speech's opening) are none
OFFICIAL_NAME_RE = re.compile(
    cased(r"The[ \t]{1,3}[A-Z][\w’'.\-]{0,30}(?:[ \t]{1,3}[A-Z][\w’'.\-]{0,30}){0,3}"
    r"(?:[ \t]{1,3}(?:of|the|and|for)\b(?:[ \t]{1,3}(?:the|and)\b)?[ \t]{1,3}[A-Z][\w’'.\-]{0,30}"
    r"(?:[ \t]{1,3}[A-Z][\w’'.\-]{0,30}){0,3}){1,4}")
)


#: a state's body named by the state's adjective, which stands for the full official name ("The Brazilian
#: Government", "The Turkish Ministry of Foreign Affairs"): "The" and at most this many words
NATIONAL_BODY_WORDS = 6


def national_body(np_: NP, end: int) -> bool:
    """``np_`` (ending at ``end``) is a body of a state named by its adjective, as a foreign ministry's note
    names its own government ("The Brazilian Government has, in a constructive way, sought ...",
    "The Turkish Government strongly condemns ..."): an organisation phrase opening with "The" whose
    first word after it is the adjective of the state the parser reads as its affiliation."""
    words = np_.text.split()
    return (np_.kind == "organisation" and np_.determiner == "definite" and bool(np_.affiliation)
            and end == np_.end and 2 < len(words) <= NATIONAL_BODY_WORDS and words[0] in ("The", "the")
            and words[1][:4].lower() == str(np_.affiliation)[:4].lower())


def issuer_opening(eng: Engine, a: int, b: int, official: bool = True) -> Source | None:
    """The issuer whose sentence ``a``-``b`` opens with it: a body that issues statements (the longest
    organisation phrase from ``a`` with a word of titles.txt ``[organisations]``: "The Government of the
    Cooperative Republic of Guyana", "The Ministry of Foreign Affairs and Regional Integration") followed by
    a verb in the present tense or present perfect (:data:`ISSUER_VOICE_RE`: "firmly rejects ...", "has
    noted with dismay ...") or a state by its formal name ("The Bolivarian Republic of Venezuela rejects
    ...", ``[state names]``). ``official``: the phrase must be a full official name with an "of"
    (:data:`OFFICIAL_NAME_RE`); else any issuer does ("The Commonwealth Secretariat remains committed").
    A report's "The Government rejected ..." and a speech's "My Government warmly welcomes ..." are none."""
    text = eng.text
    if official and not text.startswith("The", a):
        return None  # (an official name opens with "The", OFFICIAL_NAME_RE: no phrase need be parsed)
    words = list(re.finditer(r"\S+", text[a:b]))[:OPENING_ISSUER_WORDS]
    best = None
    for v in words:
        np_ = eng.parser.parse(text, a, a + v.end(), allow_tail=False)
        if np_ is not None and np_.kind in ("organisation", "state") and np_.start == a:
            best = np_
    if best is None:
        return None
    end = ISSUER_NAME_TAIL_RE.match(text, best.end).end()
    named = OFFICIAL_NAME_RE.fullmatch(text, best.start, end) or national_body(best, end)
    if best.kind == "state" and not named:
        return None  # (a state speaks as issuer by its formal name: "The Bolivarian Republic of Venezuela")
    org_words = eng.parser.lex.org_words
    if best.kind == "organisation" and not any(t.lower() in org_words for t in best.text.split()):
        return None
    if not ISSUER_VOICE_RE.match(text, end) or (official and not named):
        return None
    if end > best.end:  # ("The Government" + "of the Cooperative Republic of Guyana": the whole name)
        name = re.sub(r"^(?:The|the)\s+", "", text[best.start : end])
        ent = eng.res.named("organisation", name, best.start, end)
        return Source(ent, text[best.start : end], best.start, end)
    src = _source_of(eng, best)
    return src if src is not None and src.entity.type in ("organisation", "state") else None


#: how many title lines (a headline) a bare statement opening with its issuer may have
ISSUER_TITLE_LINES = 1
#: a present perfect after an issuer's name ("has strongly condemned"): a report's lede under a headline
PRESENT_PERFECT_RE = re.compile(r"[ \t]{1,3}(?:[a-z]{2,20}ly[ \t]{1,3})?(?:has|have)\b")


def opening_issuer(eng: Engine) -> Source | None:
    """The issuer of a bare statement: a text whose first body sentence, after at most
    :data:`ISSUER_TITLE_LINES` title lines holding no statement (a release's headline: "HIS EXCELLENCY THE
    PRESIDENT UNDERTAKE OFFICIAL VISIT TO ..."), opens with its issuer's full official name in the present
    tense (:func:`issuer_opening`: "The Ministry of Foreign Affairs wishes to inform the public that ...")."""
    n = title_lines(eng)
    if n > ISSUER_TITLE_LINES or n >= len(eng.paras):
        return None
    si = eng.sentence_of(eng.paras[n][0])
    if si + 1 >= len(eng.sents) or eng.sents[si][2] != "body":
        return None
    if any(r.start < eng.paras[n][0] for r in eng.rows):
        return None  # (a headline with a statement of its own: a report's)
    a, b, _ = eng.sents[si]
    src = issuer_opening(eng, a, b)
    if src is not None and n and PRESENT_PERFECT_RE.match(eng.text, src.end):
        return None  # (under a headline, "The Ministry ... has condemned the attack" opens a news report)
    return src


def issuer_voice_body(eng: Engine) -> None:
    """A bare statement in its issuer's own voice, with no title and no other narrator ("The Government of
    X firmly rejects the agreement ... That agreement is an overt threat ..."; see :func:`opening_issuer`):
    every sentence without a source of its own and outside quotation marks is the issuer's (the gold
    guideline's block rule for a statement with no heading). Not when "said" stands outside quotation marks
    anywhere ("..., the ministry said on Monday."): a reporter's narration, whose narrator is not the
    issuer."""
    src = opening_issuer(eng)
    if src is None:
        return
    if _said_outside_quotes(eng):
        return
    credit_body(eng, title_lines(eng) - 1, src, RULE_ISSUER_VOICE, quoted=False)


#: a chairman's statement opening in his first person with the meeting he chaired ("I chaired the ASEAN
#: Foreign Ministers’ Retreat on 17-18 January 2019 in Chiang Mai."): the meeting's name is the capitalised
#: words after "the", up to a date, place or punctuation (bounded runs: linear)
CHAIR_OPENING_RE = re.compile(
    cased(r"I[ \t]{1,3}(?:co-)?chaired[ \t]{1,3}the[ \t]{1,3}(?P<event>[A-Z][\w’'\-]{0,30}"
          r"(?:[ \t]{1,3}(?:of|on|for|and|the|[A-Z0-9][\w’'\-]{0,30})){0,12}?)"
          r"(?=[ \t]{1,3}(?:on|in|at|from|held|via)\b|[ \t]*[.,;:(])")
)
#: the office of one who chaired a meeting, as the genre's titles name it ("Chairman's Statement", "Press
#: Statement by the Chairman of ...")
CHAIR_OFFICE = "Chairman of the {}"


def chair_body(eng: Engine) -> None:
    """A chairman's statement with no title and no narrator: its first body sentence opens (after a paragraph
    number at most) "I chaired the <meeting> ..." (:data:`CHAIR_OPENING_RE`), and "said" stands nowhere
    outside quotation marks. Every sentence without a source of its own and outside quotation marks, the
    "we" of the meeting's members too ("We had fruitful discussions ..."), is the chair's, named by his
    office (:data:`CHAIR_OFFICE`: "Chairman of the ASEAN Foreign Ministers’ Retreat"), the block rule of
    the gold guideline for a statement whose speaker no heading names."""
    n = title_lines(eng)
    if n >= len(eng.paras) or _said_outside_quotes(eng):
        return
    a = eng.paras[n][0]
    s0, s1, kind = eng.sents[eng.sentence_of(a)]
    m = CHAIR_OPENING_RE.match(eng.text, s0, s1)
    if m is None or kind != "body":
        return
    ent = eng.res.named("anonymous", CHAIR_OFFICE.format(m.group("event")), m.start(), m.end())
    credit_body(eng, n - 1, Source(ent, eng.text[m.start() : m.end()], m.start(), m.end()), RULE_CHAIR_BODY,
                quoted=False)


#: a joint statement's or declaration's opening naming its signatories in apposition to "We" ("We, the
#: foreign ministers of the Nordic countries – Sweden, Norway, ... – met today in Oslo.", "We, the Heads of
#: State and Government of ..., meeting in ..."): the group is "the" and up to 20 words before a comma,
#: dash or bracket, named without its "the" (bounded runs: linear)
JOINT_OPENING_RE = re.compile(
    r"We,[ \t]{1,3}the[ \t]{1,3}(?P<group>[\w’'\-]{1,30}(?:[ \t]{1,3}[\w’'\-]{1,30}){0,20}?)"
    r"(?=[ \t]*[,(–—]|[ \t]{1,3}-[ \t])"
)


#: how many paragraphs from the start a numbered declaration opening "1. We, the <signatories>" is looked for
#: after a report's introduction ("Yesterday concluded the meeting ... Final Declaration / 1. We, the ...")
JOINT_NUMBERED_PARAGRAPHS = 10
#: the paragraph number a numbered declaration opens with ("1.", "1)", "(1)")
FIRST_NUMBER_RE = re.compile(r"(?:1[.)]|\(1\))[ \t]")
#: an office before "of the <organisation>" in a signatories' phrase ("Foreign Ministers of the Association
#: of ...": "Foreign Ministers"; bounded runs: linear)
OFFICE_OF_RE = re.compile(r"[ \t]{1,3}of[ \t]{1,3}the[ \t]")


def joint_opening(eng: Engine, k: int) -> re.Match[str] | None:
    """The "We, the <signatories>" opening (:data:`JOINT_OPENING_RE`) of paragraph ``k``'s first sentence,
    after a paragraph number at most; None when the sentence is not a body sentence or does not open so."""
    s0, s1, kind = eng.sents[eng.sentence_of(eng.paras[k][0])]
    s0, s1 = eng.trim(s0, s1)
    pm = PARAGRAPH_NUMBER_RE.match(eng.text, s0, s1)
    m = JOINT_OPENING_RE.match(eng.text, pm.end() if pm else s0, s1)
    return m if kind == "body" else None


def numbered_joint_paragraph(eng: Engine, n: int) -> int | None:
    """The paragraph (from ``n`` on, within :data:`JOINT_NUMBERED_PARAGRAPHS`) that opens a numbered
    declaration: "1. We, the Foreign Ministers of ..., met at ..." (a communiqué's numbered paragraphs are
    the signatories' document, whatever it reports others "said")."""
    for k in range(n, min(len(eng.paras), JOINT_NUMBERED_PARAGRAPHS)):
        a = eng.trim(*eng.paras[k])[0]
        if FIRST_NUMBER_RE.match(eng.text, a) and joint_opening(eng, k) is not None:
            return k
    return None


def signatories_name(eng: Engine, g0: int, g1: int) -> tuple[int, int]:
    """The span naming the signatories of "We, the <group>": the whole group, or, when the group runs into an
    organisation's name with its bracketed acronym ("Foreign Ministers of the Association of Southeast Asian
    Nations (ASEAN)"), the office before "of the" ("Foreign Ministers"), the way the text's readers name
    them."""
    if not eng.text[g1:g1 + 3].lstrip().startswith("("):
        return g0, g1
    m = OFFICE_OF_RE.search(eng.text, g0, g1)
    return (g0, m.start()) if m else (g0, g1)


def joint_body(eng: Engine) -> None:
    """A joint statement with no narrator: its first body sentence (after title lines and a paragraph
    number at most) opens "We, the <signatories>" (:data:`JOINT_OPENING_RE`), and "said" stands nowhere
    outside quotation marks; or a numbered declaration opening "1. We, the <signatories>" in one of the
    first paragraphs (:func:`numbered_joint_paragraph`, after a report's introduction, which stays the
    narrator's). Every later sentence without a source of its own and outside quotation marks, the
    "we" sentences and the group's judgements ("Such activities are completely unacceptable.") alike, is the
    signatories', named as the opening names them ("the foreign ministers of the Nordic countries",
    :func:`signatories_name`), the block rule of the gold guideline for a statement in its issuers' first
    person."""
    n = title_lines(eng)
    if n >= len(eng.paras):
        return
    k = numbered_joint_paragraph(eng, n)
    if k is None:
        if _said_outside_quotes(eng) or joint_opening(eng, n) is None:
            return
        k = n
    m = joint_opening(eng, k)
    if m is None:
        return
    g0, g1 = signatories_name(eng, *m.span("group"))
    ent = eng.res.named("anonymous", eng.text[g0:g1], g0, g1)
    credit_body(eng, k - 1, Source(ent, eng.text[g0:g1], g0, g1), RULE_JOINT_BODY, quoted=False)


#: a line naming a joint statement's signatories before its body: "The below statement was signed by
#: United Kingdom, Belgium, Canada, ...", "The following joint statement was issued by X and Y." (the names
#: run to the end of the line; bounded runs: linear)
SIGNED_BY_RE = re.compile(
    cased(r"(?:The|This)[ \t]{1,3}(?:(?:below|following|above|present)[ \t]{1,3})?(?:joint[ \t]{1,3})?"
          r"statement[ \t]{1,3}(?:was|has[ \t]{1,3}been|is)[ \t]{1,3}"
          r"(?:signed|co-signed|issued|endorsed|released|agreed|adopted)[ \t]{1,3}by[ \t]{1,3}"
          # "The following is the joint statement issued by the United States Secretary of State and ..."
          r"|The[ \t]{1,3}(?:following|below)[ \t]{1,3}is[ \t]{1,3}(?:the|a)[ \t]{1,3}(?:joint[ \t]{1,3})?"
          r"(?:statement|communiqu[eé]|declaration)[ \t]{1,3}"
          r"(?:signed|issued|endorsed|released|agreed|adopted)[ \t]{1,3}by[ \t]{1,3}")
)
#: one signatory in the list: the words between commas, without a bracketed acronym ("AMISOM")
_SIGNATORY_RE = re.compile(r"[^,()\n]+")
#: the word that joins the last two signatories ("Norway and Sweden", ", and Sweden")
_SIGNATORY_AND_RE = re.compile(r"(?:^|(?<![ \t])[ \t]+)and[ \t]+")
#: how many paragraphs from the start the signatories' line is looked for
SIGNED_BY_PARAGRAPHS = 3


def signatories(eng: Engine, a: int, b: int, whole: bool = False) -> Source | None:
    """The signatories a list "United Kingdom, African Union Mission in Somalia (AMISOM), Belgium and
    Canada" at ``a``-``b`` names, as a group of its members written as they stand (bracketed acronyms
    left out); None for fewer than two names, or with ``whole`` the phrase as one source ("the United
    States Secretary of State and the Foreign Ministers of ...": offices with "the" are no list of names)."""
    members: list[Any] = []
    for m in _SIGNATORY_RE.finditer(eng.text, a, b):
        if eng.text[m.start() - 1] == "(":
            continue  # "(AMISOM)": the acronym of the name before it
        joins = [(m.start() + j.start(), m.start() + j.end()) for j in _SIGNATORY_AND_RE.finditer(m.group())]
        cuts = [m.start(), *(x for j in joins for x in j), m.end()]
        for k in range(0, len(cuts), 2):
            s, e = eng.trim(cuts[k], cuts[k + 1])
            name = eng.text[s:e].rstrip(".")
            if name[:1].isupper():
                members.append(signatory(eng, s, s + len(name)))
    if len(members) < 2:
        return Source(eng.res.named("anonymous", eng.text[a:b], a, b), eng.text[a:b], a, b) if whole else None
    ent = eng.res.group(members, eng.text[a:b], a, b)
    return Source(ent, eng.text[a:b], a, b)


def signatory(eng: Engine, a: int, b: int) -> Any:
    """The entity one signatory at ``a``-``b`` names: the person a titled name is ("Foreign Minister Ana
    Cruz of Andor"), else a state of titles.txt or an organisation as written."""
    np_ = eng.parser.parse(eng.text, a, b, allow_tail=False)
    if np_ is not None and np_.kind == "name" and np_.head and np_.end >= b:
        src = _source_of(eng, np_)
        if src is not None and src.entity.type == "person":
            return src.entity
    name = eng.text[a:b]
    return eng.res.named("state" if name.lower() in eng.res.lex.states else "organisation", name, a, b)


def signed_statement_body(eng: Engine) -> None:
    """A joint statement under a line that names its signatories ("The below statement was signed by United
    Kingdom, African Union Mission in Somalia (AMISOM), Belgium, ...", :data:`SIGNED_BY_RE`, in one of the
    first :data:`SIGNED_BY_PARAGRAPHS` paragraphs, the names running to the line's end): every later sentence
    without a source of its own and outside quotation marks, the "we" sentences and the group's third person
    ("Somalia's international partners welcome the dialogue ...") alike, is the signatories' (the block rule
    of the gold guideline). Not when "said" stands outside quotation marks after the line: a report."""
    for k, (a, b) in enumerate(eng.paras[:SIGNED_BY_PARAGRAPHS]):
        m = SIGNED_BY_RE.search(eng.text, a, b)
        if m is None or k + 1 >= len(eng.paras):
            continue
        line = eng.text[m.end():b].rstrip()
        end = m.end() + len(line.rstrip("."))
        if eng.sentence_of(m.end()) != eng.sentence_of(max(m.end(), end - 1)) or _said_outside_quotes(eng, b):
            return
        src = signatories(eng, m.end(), end, whole=True)
        if src is not None:
            credit_body(eng, k, src, RULE_SIGNED_BODY, quoted=False)
        return


#: a joint statement's title naming its signatories after a colon, dash or "by"/"of"/"between": "Joint
#: statement: Prime Ministers Jacinda Ardern and Scott Morrison", "Joint Statement by the Foreign Ministers of
#: X and Y", "Joint Communiqué between Foreign Minister X of Y and Foreign Minister Z of W" (the signatories
#: run to the line's end; bounded runs: linear)
JOINT_TITLE_RE = re.compile(
    r"(?i:joint)[ \t]{1,3}(?i:statement|communiqu[eé]|declaration)"
    r"(?:[ \t]{0,3}:[ \t]{0,3}|[ \t]{1,3}(?i:by|of|between)[ \t]{1,3})"
)
#: the signatories' first-person plural, which makes the body's account of the meeting theirs ("we are
#: partners and allies"); a communiqué in the third person only ("The Ministers discussed ...") keeps a
#: narrator
_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]urs?)\b")
#: how many body paragraphs the first-person plural is looked for in
JOINT_WE_PARAGRAPHS = 3


def joint_title_body(eng: Engine) -> None:
    """A joint statement whose title names its signatories ("Joint statement: Prime Ministers Jacinda Ardern
    and Scott Morrison", :data:`JOINT_TITLE_RE`, opening one of the text's title lines) and with no narrator
    ("said" nowhere outside quotation marks) and whose first body paragraphs speak in the first-person plural
    ("we", "our": :data:`_WE_RE`): every later sentence without a source of its own and outside
    quotation marks, the account of the meeting, the "we" sentences and the numbered "The Prime Ministers
    welcomed ..." alike, is the signatories' (the block rule of the gold guideline)."""
    n = title_lines(eng)
    if n == 0 or n >= len(eng.paras) or _said_outside_quotes(eng):
        return
    for k, (a, b) in enumerate(eng.paras[:n]):
        a, b = eng.trim(a, b)
        m = JOINT_TITLE_RE.match(eng.text, a, b)
        end = b - (eng.text[b - 1] in ".:")
        body = eng.paras[n : n + JOINT_WE_PARAGRAPHS]
        if m is not None and end > m.end() and any(_WE_RE.search(eng.text, c, d) for c, d in body):
            src = signatories(eng, m.end(), end, whole=True)
            if src is not None:
                credit_body(eng, k, src, RULE_JOINT_TITLE, quoted=False)
            return


#: a line saying a spokesman issued the statement below for his principal: "The following statement was
#: issued today by the Spokesman for UN Secretary-General António Guterres:" (the principal runs to the
#: line's end; bounded runs: linear)
SPOKESMAN_FOR_RE = re.compile(
    cased(r"(?:The|This)[ \t]{1,3}(?:(?:below|following|above)[ \t]{1,3})?statement[ \t]{1,3}"
          r"(?:was|has[ \t]{1,3}been|is)[ \t]{1,3}(?:issued|released|made)[ \t]{1,3}"
          r"(?:(?:today|yesterday|on[ \t]{1,3}\w{1,12})[ \t]{1,3})?by[ \t]{1,3}the[ \t]{1,3}"
          r"(?:Spokesman|Spokeswoman|Spokesperson|Spokespeople|Spokesmen)[ \t]{1,3}for[ \t]{1,3}")
)


def spokesman_statement_body(eng: Engine) -> None:
    """A statement under a line saying a spokesman issued it for his principal ("The following statement
    was issued today by the Spokesman for UN Secretary-General António Guterres:", :data:`SPOKESMAN_FOR_RE`,
    in one of the first :data:`SIGNED_BY_PARAGRAPHS` paragraphs): every later sentence without a source of its
    own and outside quotation marks, the principal's third person ("The Secretary-General extends his deepest
    condolences ...") and his judgements ("The hostilities have led to needless human suffering.") alike, is
    the principal's: the spokesman only carries his words (the block rule of the gold guideline)."""
    for k, (a, b) in enumerate(eng.paras[:SIGNED_BY_PARAGRAPHS]):
        m = SPOKESMAN_FOR_RE.search(eng.text, a, b)
        if m is None or k + 1 >= len(eng.paras):
            continue
        end = m.end() + len(eng.text[m.end():b].rstrip().rstrip(":."))
        src = _source_of(eng, phrase_before(eng, m.end(), end))
        if src is not None and src.entity.type == "person":
            credit_body(eng, k, src, RULE_SPOKESMAN_BODY, quoted=False)
        return


#: a report's line announcing an issuer's document it reproduces: "Below is the official White House statement
#: on what was said.", "And here is the just released Kremlin version:" (the opening only; the words after it
#: are read by :func:`announced_issuer`)
ANNOUNCED_DOCUMENT_RE = re.compile(
    r"\b(?:[Bb]elow|[Hh]ere|[Ff]ollowing)[ \t]{1,3}(?:is|are)[ \t]{1,3}(?:the|a|an)[ \t]"
)
#: how many words after an announcing line's article its document noun may stand ("just released Kremlin
#: version")
ANNOUNCED_NOUN_WORDS = 5
#: how many paragraphs from the start a report's first announcing line is looked for
ANNOUNCED_FIRST_PARAGRAPHS = 4


def announced_issuer(eng: Engine, a: int, b: int) -> Source | None:
    """The issuer of the document a paragraph ``a``-``b`` announces (:data:`ANNOUNCED_DOCUMENT_RE`, a noun of
    ``[document nouns]``, the issuer the capitalised run right before it: "the official White House
    statement" -> White House); None for a paragraph announcing nothing or no named issuer."""
    for m in ANNOUNCED_DOCUMENT_RE.finditer(eng.text, a, b):
        words = list(itertools.islice(_CLAUSE_WORD_RE.finditer(eng.text, m.end(), b), ANNOUNCED_NOUN_WORDS))
        k = next((i for i, w in enumerate(words) if w.group() in eng.words.issued_documents), 0)
        run = list(itertools.takewhile(lambda w: w.group()[0].isupper(), reversed(words[:k])))
        if not run:
            continue
        s, e = run[-1].start(), run[0].end()
        ent = eng.res.named("organisation", eng.text[s:e], s, e)
        return Source(ent, eng.text[s:e], s, e)
    return None


def announced_document_body(eng: Engine) -> None:
    """Documents a report reproduces whole, each after a line announcing it by its issuer ("Below is the
    official White House statement on what was said." + a readout, "And here is the just released Kremlin
    version:" + the Kremlin's, :func:`announced_issuer`; the first such line in one of the first
    :data:`ANNOUNCED_FIRST_PARAGRAPHS` paragraphs): every sentence of a document without a source of its own
    and outside quotation marks, its narration ("President Obama spoke for an hour with ...") too, is the
    issuer's, up to the next announcing line (the block rule of the gold guideline). Not when "said" stands
    outside quotation marks in the document: the report's narrator goes on."""
    heads = [(k, src) for k, (a, b) in enumerate(eng.paras) if (src := announced_issuer(eng, a, b))]
    if not heads or heads[0][0] >= ANNOUNCED_FIRST_PARAGRAPHS:
        return
    for j, (k, src) in enumerate(heads):
        stop = heads[j + 1][0] if j + 1 < len(heads) else len(eng.paras)
        if k + 1 >= stop:
            continue
        a, b = eng.paras[k + 1][0], eng.paras[stop - 1][1]
        if any(eng.in_quote(m.start()) is None for m in REPORTING_SAID_RE.finditer(eng.text, a, b)):
            continue
        credit_body(eng, k, src, RULE_ANNOUNCED_BODY, quoted=False, stop=stop)


def _said_outside_quotes(eng: Engine, start: int = 0) -> bool:
    """A reporter's "said" stands outside quotation marks from ``start`` on: a narrator's text. A dozen
    passes ask, most of them of the whole text: the last such "said" is found once per text (the
    quotations are paired before any rule runs) and kept on the engine."""
    if eng.last_said_outside is None:
        eng.last_said_outside = max(
            (m.start() for m in REPORTING_SAID_RE.finditer(eng.text) if eng.in_quote(m.start()) is None),
            default=-1,
        )
    return eng.last_said_outside >= start


def _first_issuer(eng: Engine, pi: int, official: bool) -> Source | None:
    """The first issuer speaking in its own voice (:func:`issuer_opening`) at the start of a sentence after
    paragraph ``pi``."""
    start = eng.paras[pi][1] if pi >= 0 else 0
    for a, b, kind in eng.sents:
        if a >= start and kind == "body" and (src := issuer_opening(eng, *eng.trim(a, b), official)):
            return src
    return None


#: a report's introduction naming the issuers of the joint document it then reproduces: "Sudan and
#: Ethiopia have issued a joint statement at the end of ...", "China and Russia released a joint communique
#: on ..." (the issuers open the sentence; bounded runs: linear)
JOINT_ISSUERS_RE = re.compile(
    r"(?P<who>[A-Z][^\n.,;:]{0,80}?)[ \t]{1,3}(?:(?:have|has|had)[ \t]{1,3})?(?:jointly[ \t]{1,3})?"
    r"(?:issued|released|adopted|signed|published)[ \t]{1,3}(?:a|the)[ \t]{1,3}joint[ \t]"
)


def joint_issuers_before(eng: Engine, k: int) -> Source | None:
    """The issuers the paragraph before the announcing line ``k`` names in its first sentence ("Sudan and
    Ethiopia have issued a joint statement ...", :data:`JOINT_ISSUERS_RE`), as a group of two or more
    (:func:`signatories`); None otherwise."""
    if k == 0:
        return None
    a = eng.trim(*eng.paras[k - 1])[0]
    m = JOINT_ISSUERS_RE.match(eng.text, a, eng.sents[eng.sentence_of(a)][1])
    return signatories(eng, *m.span("who")) if m else None


def reproduced_issuer_body(eng: Engine) -> None:
    """A statement a report reproduces in full after a line naming it and ending in a colon ("Following,
    the full text of the Communiqué:", "The statement reads as follows:"; a word of ``[document nouns]``)
    whose next paragraph opens in its issuer's own voice ("The Bolivarian Republic of Venezuela rejects
    the warmongering statements ...", :func:`issuer_opening`), or after an introduction naming its joint
    issuers ("Sudan and Ethiopia have issued a joint statement ...", :func:`joint_issuers_before`): every
    later sentence without a source of its own and outside quotation marks is the issuer's (the block rule
    of the gold guideline). Not when "said" stands outside quotation marks after the line: the report's
    narrator goes on."""
    text, docs = eng.text, eng.words.issued_documents
    for k, (a, b) in enumerate(eng.paras[:-1]):
        line = text[a:b].rstrip()
        if not line.endswith(":") or not any(w in docs for w in re.findall(r"[a-zé]+", line.lower())):
            continue
        c = eng.paras[k + 1][0]
        src = issuer_opening(eng, *eng.trim(*eng.sents[eng.sentence_of(c)][:2]), official=False)
        src = src or joint_issuers_before(eng, k)
        if src is not None and not _said_outside_quotes(eng, b):
            credit_body(eng, k, src, RULE_REPRODUCED_ISSUER, quoted=False)
        return


def titled_statement_body(eng: Engine) -> None:
    """A statement under a title naming only its genre ("Spokesperson's statement on CHOGM 2013", "Press
    statement on the situation in X"; ``[release titles]``) whose body speaks of its issuer in the third
    person ("The Commonwealth Secretariat remains committed to ...", :func:`issuer_opening`): every
    sentence of the body without a source of its own and outside quotation marks is that issuer's, its
    narrative sentences too (the block rule of the gold guideline). Not when "said" stands outside
    quotation marks: a report under such a headline has a narrator."""
    n = title_lines(eng)
    if n == 0 or len(eng.paras) < n + 2 or _said_outside_quotes(eng):
        return
    if not any(eng.words.release_title.search(eng.text, a, b) for a, b in eng.paras[:n]):
        return
    src = _first_issuer(eng, n - 1, official=False)
    if src is not None:
        credit_body(eng, n - 1, src, RULE_TITLED_STATEMENT, quoted=False)


#: how many paragraphs at a statement's foot its signature block may fill ("Shepherd Gwenzi (Spokesperson)" /
#: "MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL TRADE" / "5 November 2019")
FOOTER_LINES = 3
#: the final characters of a sentence, which no signature line ends in ("Shepherd Gwenzi (Spokesperson)" does
#: end in a bracket)
FOOTER_END_CHARS = ".!?…:;\"”’»"


def footer_issuer(eng: Engine, n: int) -> tuple[int, Source] | None:
    """The issuer a statement's signature block names: one of its last :data:`FOOTER_LINES` paragraphs (after
    the body that opens at paragraph ``n``) is a line without a sentence's final punctuation naming a body
    that issues documents (:func:`issuer_in_line`: "MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL TRADE");
    the index of the block's first paragraph (every paragraph from it on a short line without a sentence's
    end) and the issuer, or None."""
    k = len(eng.paras)
    while k - 1 > n and len(eng.paras) - (k - 1) <= FOOTER_LINES:
        a, b = eng.paras[k - 1]
        line = eng.text[a:b].strip()
        if not line or line[-1] in FOOTER_END_CHARS or not single_line(eng.text, a, b):
            break
        k -= 1
    for a, b in eng.paras[k:]:
        src = _source_of(eng, issuer_in_line(eng, a, b))
        if src is not None and src.entity.type == "organisation":
            return k, src
    return None


def footer_statement_body(eng: Engine) -> None:
    """A statement under a title naming only its genre ("PRESS STATEMENT", ``[release titles]``), signed at
    its foot by its issuer (:func:`footer_issuer`: "Shepherd Gwenzi (Spokesperson) / MINISTRY OF FOREIGN
    AFFAIRS AND INTERNATIONAL TRADE / 5 November 2019") and with no narrator ("said" nowhere outside
    quotation marks): every body sentence without a source of its own and outside quotation marks, its
    judgements too ("The said reports are mischievous ..."), is the issuer's (the block rule of the gold
    guideline, the signature naming the speaker)."""
    n = title_lines(eng)
    if n == 0 or len(eng.paras) < n + 2 or _said_outside_quotes(eng):
        return
    if not any(eng.words.release_title.search(eng.text, a, b) for a, b in eng.paras[:n]):
        return
    found = footer_issuer(eng, n)
    if found is None or found[0] <= n:
        return
    credit_body(eng, n - 1, found[1], RULE_FOOTER_ISSUER, quoted=False, stop=found[0])


#: a speech's first words (a fixed English formula): thanks to the chair ("Thank you, Antonio.", "Thank you
#: very much, Mr President.") or a salutation that fills its paragraph and ends in a comma ("Dear
#: colleagues,", "Excellencies, ladies and gentlemen,", "Mr. President,"); bounded runs keep it linear
SPEECH_OPENING_RE = re.compile(
    r"(?:Thank[ \t]+you|Thanks)(?:[ \t]+(?:very|so)[ \t]+much)?(?:,[^.!?\n]{1,60})?[.!]"
    r"|(?:Dear|Mr\.?|Madam|Madame|Excellenc[a-z]{1,3}|Your[ \t]+Excellenc[a-z]{1,3}|Ladies|Distinguished"
    r"|Honou?rable)\b[^.!?\n]{0,80},[ \t]*$"
)
#: a lead naming the speaker of the speech under it is looked for among this many paragraphs from the start
LEAD_SPEECH_PARAGRAPHS = 3


def lead_speech_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph and speaker of a lead over an unquoted speech: one of the first
    :data:`LEAD_SPEECH_PARAGRAPHS` paragraphs holds a person's or an office holder's statement ("Speaking to
    EU leaders during the European Council, the President of the European Parliament Roberta Metsola said
    that ..."), the next paragraph opens as a speech does (:data:`SPEECH_OPENING_RE`: "Thank you, Antonio.
    Dear colleagues,")
    outside quotation marks and with no statement of its own, and the body speaks in the first person
    (:func:`_first_person_body`). A report's lead followed by the reporter's next sentence opens no speech."""
    text = eng.text
    for pi, (a, b) in enumerate(eng.paras[:LEAD_SPEECH_PARAGRAPHS]):
        if pi + 1 >= len(eng.paras):
            return None
        c, d = eng.paras[pi + 1]
        if not SPEECH_OPENING_RE.match(text, c, d) or any(c <= r.start < d for r in eng.rows):
            continue
        lead = next((r for r in eng.rows if a <= r.start < b and r.kind != CONTINUATION), None)
        if lead is None or lead.entity is None or lead.entity.type not in ("person", "anonymous"):
            return None  # (one who speaks: a person, or an office holder the text leaves unnamed)
        return (pi, lead.source) if _first_person_body(eng, pi) else None
    return None


def lead_speech_body(eng: Engine) -> None:
    """A speech printed under a lead sentence that names its speaker, as a block heading does (see
    :func:`lead_speech_speaker`): every sentence after the lead without a source of its own is the
    speaker's (the gold guideline's block rule), greeting lines and bullets included, up to the first
    labelled paragraph."""
    got = lead_speech_speaker(eng)
    if got is not None:
        credit_body(eng, got[0], got[1], RULE_LEAD_SPEECH)


#: a line presenting the text under it as a document by its author (a fixed English formula): "Here is the
#: statement issued by X after the meeting", "Below is the full statement by X:", "Following is the text of
#: the message delivered by X"; the author's phrase starts at the match's end
PRESENTED_BY_RE = re.compile(
    r"(?:Here|Below|(?:The[ \t]+)?[Ff]ollowing)[ \t]+(?:is|are)[ \t]+(?P<doc>[^\n]{1,80}?)[ \t]+"
    r"(?:(?:issued|released|made|delivered|signed|written)[ \t]+)?by[ \t]+"
)


def presented_statement_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph and author of a line among the first :data:`LEAD_SPEECH_PARAGRAPHS` that presents
    the text under it as a document of ``[document nouns]`` by its author (:data:`PRESENTED_BY_RE`: "Here
    is the statement issued by Samuel Ablakwa, Ghana's Minister for Foreign Affairs, after the meeting"),
    the author a person or office holder (up to a comma), the body in the first person
    (:func:`_first_person_body`) with no "said" outside quotation marks after the line (no narrator)."""
    text, docs = eng.text, eng.words.issued_documents
    for pi, (a, b) in enumerate(eng.paras[:LEAD_SPEECH_PARAGRAPHS]):
        m = PRESENTED_BY_RE.match(text, a, b)
        if m is None or not any(w in docs for w in re.findall(r"[a-zé]+", m.group("doc").lower())):
            continue
        comma = text.find(",", m.end(), b)
        np_ = eng.parser.parse(text, m.end(), eng.trim(m.end(), comma if comma > 0 else b)[1])
        src = _source_of(eng, np_)
        if src is None or src.entity.type not in ("person", "anonymous"):
            return None
        if _first_person_body(eng, pi) and not _said_outside_quotes(eng, b):
            return pi, src
        return None
    return None


def presented_statement_body(eng: Engine) -> None:
    """A statement printed in full under a line naming it and its author (see
    :func:`presented_statement_speaker`), in the first person and without quotation marks: every sentence
    after the line without a source of its own is the author's (the gold guideline's block rule)."""
    got = presented_statement_speaker(eng)
    if got is not None:
        credit_body(eng, got[0], got[1], RULE_PRESENTED_STATEMENT, quoted=False)


def titled_briefing_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph and briefer of a title line that is only the briefer's office or name and the genre
    (``[briefing titles]``): "Presidential Spokesperson media briefing" (a heading line among the first
    :data:`REMARKS_HEADING_PARAGRAPHS`, the speaker phrase opening it, the genre words ending it). A body
    or organisation before the genre ("White House press briefing") names no one who speaks."""
    text = eng.text
    for pi, (a, b) in enumerate(eng.paras[:REMARKS_HEADING_PARAGRAPHS]):
        if not heading_paragraph(eng, a, b):
            continue
        hm = eng.words.briefing_title.search(text, a, b)
        if hm is None or hm.start() <= a or not _fills_line(text, hm.end()):
            continue
        np_ = phrase_before(eng, a, eng.trim(a, hm.start())[1])
        if np_ is None or np_.start != a or np_.kind not in ("name", "role"):
            continue
        src = _source_of(eng, np_)
        if src is not None and src.entity.type in ("person", "anonymous"):
            return pi, src
    return None


def titled_briefing_body(eng: Engine) -> None:
    """A briefing's opening statement under a title naming the briefer before the genre (see
    :func:`titled_briefing_speaker`), read without labels and in any person ("President X will this
    afternoon host President Y ..."): every sentence of the body without a source of its own is the
    briefer's (the block rule of the gold guideline). Not when "said" stands outside quotation marks
    (a report on the briefing, whose narrator is the reporter)."""
    got = titled_briefing_speaker(eng)
    if got is None or _said_outside_quotes(eng):
        return
    credit_body(eng, got[0], got[1], RULE_TITLED_BRIEFING)


#: a header line naming a briefing's briefer is looked for among this many paragraphs from the start
BRIEFER_LINE_PARAGRAPHS = 6


#: a line wholly in brackets is the page's note on itself ("[Provisional Translation]", "(Excerpt)"), no name
BRACKETED_LINE_RE = re.compile(r"\[[^\[\]\n]*\]|\([^()\n]*\)")


def briefer_line_speaker(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph and person of a header line that only names a briefer, under a title with words of
    ``[briefing titles]`` (statement_words.txt) among the first :data:`REMARKS_HEADING_PARAGRAPHS`
    paragraphs: "Spokesperson's Press Briefing" / "Spokesperson and Deputy Minister for Public Relations
    Noh Kyu-duk" (a short paragraph without a sentence's punctuation, its last words a person), when
    the body after it speaks in the first person (see :func:`_first_person_body`)."""
    text = eng.text
    if not has_briefing_title(eng):
        return None
    for pi, (a, b) in enumerate(eng.paras[:BRIEFER_LINE_PARAGRAPHS]):
        end = _before_title_words(eng, a, eng.trim(a, b)[1])
        if end <= a or not heading_paragraph(eng, a, b) or text[end - 1] in _SENTENCE_END_CHARS:
            continue
        bracketed = BRACKETED_LINE_RE.fullmatch(text, *eng.trim(a, b))
        if bracketed or STAGE_DIRECTION_RE.match(text, a, b) or _note(eng, a, b):
            continue  # a page's note, never a briefer: "[Provisional Translation]", "(Excerpt)"
        np_ = phrase_before(eng, a, end)
        src = _source_of(eng, np_)
        host = np_ is not None and _WITH_GUEST_RE.search(text, a, np_.start) is not None
        if host:  # "X – Press Conference with President Y": X speaks, never the guest
            src = _title_host(eng, a, np_.start)
        named = src is not None and src.entity.type == "person" and (host or np_.kind != "role")
        if named and not _function_word_name(src.entity.canonical) and _first_person_body(eng, pi):
            return pi, src
    return None


#: "with" right before a title line's last person: the guest of "Press Conference with US President X"
_WITH_GUEST_RE = re.compile(r"[ \t]with[ \t]++$")
#: the host named at a title line's start, before a spaced dash or a colon ("Theresa May – 2019 Press
#: Conference with US President Donald Trump"): up to five capitalised words, no comma
_TITLE_HOST_RE = re.compile(
    cased(r"(?<!\S)(?P<host>[A-Z][^\s,:;–—]*+(?:[ \t][A-Z][^\s,:;–—]*+){0,4})(?:[ \t]++[–—-]|[ \t]*+:)[ \t]"))


def _title_host(eng: Engine, a: int, guest: int) -> Source | None:
    """The person a title line names first, before a dash or colon, when its last person is a guest ("with
    US President Donald Trump"): the host who speaks the first-person remarks below (they welcome the guest
    in the third person: "So I am very pleased to welcome the President ..."). None when no person opens
    the line: the guest is never the speaker."""
    m = _TITLE_HOST_RE.match(eng.text, eng.trim(a, guest)[0], guest)
    if m is None:
        return None
    src = _source_of(eng, phrase_before(eng, a, m.end("host")))
    return src if src is not None and src.entity.type == "person" else None


def _function_word_name(name: str) -> bool:
    """A "person" whose words hold an English function word (stopwords.txt) is a section heading in
    capitals, no briefer: "SITUATION IN MYANMAR" over a minister's press-conference pointers ("We also
    emphasised ..."). Name particles ("bin", "van", "de", "al") are no stop words."""
    stop = load_stopwords()
    return any(w.lower() in stop for w in name.split())


def has_briefing_title(eng: Engine) -> bool:
    """Whether words of ``[briefing titles]`` (``briefing_title`` of the rule words) stand in the first
    :data:`REMARKS_HEADING_PARAGRAPHS` paragraphs. Searched once per text and kept on the engine
    (``eng.briefing_title_seen``): three passes ask, through :func:`briefer_line_speaker`."""
    if eng.briefing_title_seen is None:
        heads = eng.paras[:REMARKS_HEADING_PARAGRAPHS]
        eng.briefing_title_seen = any(eng.words.briefing_title.search(eng.text, a, b) for a, b in heads)
    return eng.briefing_title_seen


#: a byline of at most this many words names a briefing's briefer ("By Director-General of Department of
#: Information/Spokesperson of MFA")
MAX_BYLINE_WORDS = 14
#: "By " opening a paragraph (paragraph spans start at a word; a bounded indent keeps the pattern linear)
_BYLINE_RE = re.compile(cased(r"[ \t]{0,4}[Bb]y[ \t]++(?=[A-Z])"))
#: a bullet mark opening a sentence (a few spaces of indent at most: a bounded run keeps the pattern linear)
BULLET_RE = re.compile(r"[ \t]{0,4}[•▪●◦‣∙*–-]\s")


def byline_briefer(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph and briefer of a briefing summary's byline: a short header line "By X" (a person or
    an office, :data:`MAX_BYLINE_WORDS`) among the first :data:`BRIEFER_LINE_PARAGRAPHS` paragraphs, under
    a line with words of ``[briefing titles]`` ("Summary of Weekly Press Briefing" / "By Director-General
    of Department of Information/Spokesperson of MFA"). An office the text never fills with a name stays
    as written."""
    text = eng.text
    for pi, (a, b) in enumerate(eng.paras[:BRIEFER_LINE_PARAGRAPHS]):
        m = _BYLINE_RE.match(text, a, b)
        if m is None or len(text[a:b].split()) > MAX_BYLINE_WORDS or text[a:b].rstrip()[-1] in ".!?":
            continue
        if not any(eng.words.briefing_title.search(text, c, d) for c, d in eng.paras[:pi]):
            return None
        np_ = eng.parser.parse(text, m.end(), eng.trim(m.end(), b)[1], allow_tail=False)
        if np_ is not None and np_.kind in ("name", "role", "organisation"):
            src = _source_of(eng, np_)
            return (pi, src) if src is not None else None
    return None


#: a lead's subject giving a briefing ends within this many characters of the sentence's start
MAX_BRIEFER_SUBJECT_CHARS = 160


def lead_briefer(eng: Engine) -> tuple[int, Source] | None:
    """The paragraph and briefer of a briefing write-up's lead: among the first
    :data:`BRIEFER_LINE_PARAGRAPHS` paragraphs, a paragraph whose first sentence has a person (by name or
    office, an apposition allowed) as subject of a verb of ``[briefing verbs]`` whose object holds words of
    ``[briefing titles]``: "The spokesperson of Foreign Affairs of Ethiopia, Ambassador Dina Mufti, gave
    the Ministry's biweekly press briefing to the media." A headline without a sentence's end is passed
    over (the lead below it names the briefer in full)."""
    text, words = eng.text, eng.words
    for pi, (a, _b) in enumerate(eng.paras[:BRIEFER_LINE_PARAGRAPHS]):
        s0, s1, _ = eng.sents[eng.sentence_of(a)]
        if text[s0:s1].rstrip()[-1:] not in (".", "!", "?"):
            continue
        verb = words.briefing_verb.search(text, s0, min(s1, s0 + MAX_BRIEFER_SUBJECT_CHARS))
        if verb is None or words.briefing_title.search(text, verb.end(), s1) is None:
            continue
        end = verb.start() - (text[verb.start() - 1] == ",")
        comma = text.find(",", s0, end)  # an apposition names the office's holder: ", Ambassador Y,"
        for start in (comma + 1, s0) if comma >= 0 else (s0,):
            np_ = eng.parser.parse(text, start, end, allow_tail=False)
            src = _source_of(eng, np_) if np_ is not None and np_.kind in ("name", "role") else None
            if src is not None and src.entity.type == "person":
                return pi, src
    return None


#: a bullet opening with a past verb and no subject ("• Thanked the government of Italy for ...", "•
#: Appreciated the ..."): its subject is the person the line above names, not the briefer; a lower-case
#: word must follow ("United Nations" is a name)
_SUBJECTLESS_BULLET_RE = re.compile(cased(r"[A-Z][a-z]{2,20}ed[ \t]++[a-z]"))


def briefing_bullets(eng: Engine) -> None:
    """A briefing summary in bullet points under a byline naming the briefer (:func:`byline_briefer`):
    every sentence of a bullet point ("• Thailand views humanitarian issues as a priority. We are open to
    more dialogue ...") without a source of its own is the briefer's; the lines before a paragraph's first
    bullet (date, place, a numbered heading) are nobody's. A bullet with its own source keeps it ("• The
    Prime Minister has instructed the agencies concerned to ...")."""
    got = byline_briefer(eng) or lead_briefer(eng)
    if got is None:
        return
    taken = eng.credited_sentences()
    text, (pi, src) = eng.text, got
    for a, b in eng.paras[pi + 1 :]:
        sj0 = eng.sentence_of(a)
        if sj0 in eng.label_sentences or a in eng.turn_labels:
            break
        bulleted = False
        for sj in range(sj0, eng.sentence_of(max(a, b - 1)) + 1):
            s0, s1, _ = eng.sents[sj]
            # a point's number may stand before its sentence's start: "2. The interim administration ..."
            number = _ENUMERATED_RE.match(text, min(a, s0) if sj == sj0 else s0, s1)
            bullet = BULLET_RE.match(text, s0, s1) or number
            ca, cb = eng.trim(max(bullet.end(), s0) if bullet else s0, s1)
            if number is not None and text[s0:s1].rstrip()[-1:] != ".":
                continue  # a numbered heading ("3. Telecom and Electricity Services"), nobody's
            bulleted = bulleted or bullet is not None
            if bullet is not None and _SUBJECTLESS_BULLET_RE.match(text, ca, cb):
                continue  # "• Thanked the government of Italy ...": the subject of the line above, no briefer
            if bulleted and sj not in taken and cb > ca and ca >= a:
                eng.add(src, NO_CUE, CONTINUATION, ca, cb, RULE_CONTINUATION + RULE_BRIEFING_BULLETS.format(
                    src.entity.canonical))
                taken.add(sj)


def bare_verb_bullets(eng: Engine) -> None:
    """An agency's summary in bullet points under its headline ("Saudi foreign minister describes talks
    ..." / "• "We are serious about the talks," Saudi foreign minister says." / "• Says four rounds of
    talks had been held with Iran since April."): a bullet opening with a bare present-tense speech verb
    of ``[headline verbs]`` ("Says", "Warns", "Urges") has no subject of its own and carries on the speaker
    of the nearest statement above it, in the bullets just before it or the line over them (a bullet or a
    paragraph between them without a statement ends the search: "• Iran and Saudi Arabia have been
    rivals for years." is the outlet's)."""
    text, verbs = eng.text, headline_verb_re()
    # a sentence's speaker: its first cue's, no channel's ("..., the Ministry said, Avesta reports"); a
    # state's statement inside a speaker's words ("Cambodia speaks today as a country that ...", "Finland
    # condemns ...") leaves the speaker before it in place
    by_sentence: dict[int, Statement] = {}
    for r in sorted(eng.rows, key=lambda r: r.cue_start, reverse=True):
        if CHANNEL_MARK not in r.rule:
            by_sentence[r.sentence_id] = r
    taken = eng.credited_sentences()
    for si, (s0, s1, _kind) in enumerate(eng.sents):
        bullet = BULLET_RE.match(text, s0, s1)
        verb = verbs.match(text, bullet.end(), s1) if bullet is not None else None
        if verb is None or si in taken:  # (a row added here covers only this sentence)
            continue
        above = _statement_above_bullet(eng, si, by_sentence)
        if above is not None:
            ca, cb = eng.trim(bullet.end(), s1)
            eng.add(above.source, (verb.group(), verb.start(), verb.end()), CONTINUATION, ca, cb,
                    RULE_CONTINUATION + RULE_BARE_VERB_BULLET.format(above.entity.canonical))


def _statement_above_bullet(eng: Engine, si: int, by_sentence: dict[int, Statement]) -> Statement | None:
    """The statement of the sentence above bullet sentence ``si``, over bullets without one (the bullet
    before it, else the headline over the list), or None when a plain sentence comes first."""
    for sj in range(si - 1, -1, -1):
        if sj in by_sentence:
            return by_sentence[sj]
        s0, s1, _kind = eng.sents[sj]
        if BULLET_RE.match(eng.text, s0, s1) is None:
            return None
    return None


def _before_title_words(eng: Engine, a: int, end: int) -> int:
    """Where the speaker of a title line that ends in briefing words ends: "Secretary of Defense Lloyd J.
    Austin III Press Conference" -> after "III" (``end`` itself when the line ends otherwise)."""
    last = None
    for m in eng.words.briefing_title.finditer(eng.text, a, end):
        last = m
    if last is None or last.end() != end:
        return end
    return eng.trim(a, last.start())[1]


def hand_over(eng: Engine) -> None:
    """A press conference whose title names its speaker (see :func:`remarks_heading_speaker`,
    :func:`briefer_line_speaker`), opened by a moderator's labelled turn that ends handing over ("STAFF:
    ... " / "With that, over to you, Mr. Secretary."; words: ``[hand-overs]`` in statement_words.txt): the
    moderator's turn runs on to the hand-over, and the unlabelled paragraphs after it, to the next label,
    are the titled speaker's."""
    got = remarks_heading_speaker(eng) or briefer_line_speaker(eng)
    if got is None:
        return
    label_paras = sorted(pi for pi, _la, _lb in eng.label_sentences.values())
    for pi, (a, b) in enumerate(eng.paras):
        if pi <= got[0] or not eng.words.hand_over.search(eng.text, a, b):
            continue
        before = [lp for lp in label_paras if lp <= pi]
        if not before:
            return
        moderator = _label_source(eng, before[-1])
        if moderator is not None:
            _credit_paragraphs(eng, range(before[-1] + 1, pi + 1), moderator, RULE_SAME_TURN)
        credit_body(eng, pi, got[1], RULE_HANDED_OVER)
        return


def _label_source(eng: Engine, pi: int) -> Source | None:
    row = eng.label_rows.get(pi)
    if isinstance(row, Statement):
        return row.source
    if isinstance(row, PendingLabel):
        return Source(row.entity, eng.text[row.label_start : row.label_end], row.label_start, row.label_end)
    return None


def _credit_paragraphs(eng: Engine, pis: range, src: Source, rule: str) -> None:
    taken = eng.credited_sentences()
    for pi in pis:
        a, b = eng.paras[pi]
        for sj in range(eng.sentence_of(a), eng.sentence_of(max(a, b - 1)) + 1):
            ca, cb = eng.trim(*eng.sents[sj][:2])
            if sj not in taken and cb > ca and ca >= a and not title_line(eng, ca, cb):
                why = RULE_CONTINUATION + rule.format(src.entity.canonical)
                eng.add(src, NO_CUE, CONTINUATION, ca, cb, why)
                taken.add(sj)


#: who reads a briefing that never names its briefer: a ministry's briefings are its spokesperson's (the
#: office is left unnamed, as the text leaves it)
UNNAMED_BRIEFER = "Spokesperson"


def _reported_opening(eng: Engine, at: int, body_first: tuple[int, int]) -> bool:
    """Whether the briefing words at ``at`` stand in a body's first sentence that reports someone's speech
    with a cue of its own ("... one step at a time", the Foreign Minister emphasised at the subsequent press
    conference.): a release narrating its principal in the third person, not a briefer's own opening."""
    if not body_first[0] <= at < body_first[1]:
        return False
    si = eng.sentence_of(body_first[0])
    cued = any(r.sentence_id == si and r.cue_start >= 0 for r in eng.rows)
    return cued or _named_holder(eng, at, body_first)


def _named_holder(eng: Engine, at: int, body_first: tuple[int, int]) -> bool:
    """Whether the body's first sentence opens with a named person before the briefing words, as its subject
    ("President of the Republic of Finland Sauli Niinistö and Prime Minister Sanna Marin held a joint press
    conference ..."): a release that names who held the briefing, not a briefer speaking unnamed."""
    head = eng.text[body_first[0]:at]
    if _named_before(eng, body_first[0], at):
        return True
    m = re.search(r"[ \t]+(?:and|held|gave|hosted|addressed|spoke|opened)\b", head)
    if m is None:
        return False
    np_ = eng.parser.parse(head, 0, m.start(), allow_tail=False)
    return np_ is not None and bool(np_.name) and np_.kind in ("name", "role")


def _named_before(eng: Engine, a: int, at: int) -> bool:
    """A person named in full (two words or more) between ``a`` and the briefing words at ``at``, in words
    without a first-person pronoun: the narrator reports who briefed ("The Prime Minister will not attend
    ..., the spokesman of the Greek Government, Pavlos Marinakis, briefly answered a journalist's question
    at today's press briefing ...", the subject in apposition after the reported clause)."""
    if FIRST_PERSON_RE.search(eng.text, a, at):
        return False
    eng.res.scan()
    mentions = eng.res.mentions
    i = bisect.bisect_left([m.start for m in mentions], a)
    return any(m.entity.type == "person" and " " in m.entity.canonical
               for m in itertools.takewhile(lambda m: m.start < at, mentions[i:]))


#: "with" or "by" after a briefing's title words, before the office that gives the briefing
#: ("PRESS CONFERENCE WITH YB MINISTER OF FOREIGN AFFAIRS 11 JULY 2025")
_TITLE_OFFICE_RE = re.compile(r"[ \t]{1,4}(?i:with|by)[ \t]{1,4}(?:(?i:the)[ \t]{1,4})?")
#: a short honorific before an office in a title ("YB", "HE", "H.E.", "Dr."): capitals or a stop
_SHORT_HONORIFIC_RE = re.compile(cased(r"[A-Z][A-Z.]{1,3}|[A-Z][a-z]{1,2}\."))


#: the small words kept in lower case in an office's name ("Minister of Foreign Affairs")
_OFFICE_JOINERS = frozenset({"of", "for", "and", "the", "on"})


def _title_office(eng: Engine, at: int) -> tuple[str, int, int] | None:
    """The office a briefing's title names after its title words, no person's name with it: "Minister of
    Foreign Affairs" in "POINTERS PRESS CONFERENCE WITH YB MINISTER OF FOREIGN AFFAIRS 11 JULY 2025" (an
    short honorific, "YB", "H.E.", "Dr.", dropped; read to the line's end or a number);
    None when none, or a name comes with it (that one is read by the rules that name a briefer). With the
    span of the title's words read."""
    m = _TITLE_OFFICE_RE.match(eng.text, at)
    if m is None:
        return None
    end = eng.text.find("\n", m.end())
    end = len(eng.text) if end < 0 else end
    digit = re.search(r"[ \t]\d", eng.text[m.end():end])
    end = m.end() + digit.start() if digit else end
    words = eng.text[m.end():end].split()
    for cand in (words[1:] if words and _SHORT_HONORIFIC_RE.fullmatch(words[0]) else [], words):
        phrase = " ".join(cand)
        np_ = eng.parser.parse(phrase, 0, len(phrase), allow_tail=False) if phrase else None
        if np_ is not None and np_.kind == "role" and not np_.name and np_.end >= len(phrase):
            office = " ".join(w if w in _OFFICE_JOINERS else w.title() for w in phrase.lower().split())
            return office, m.end(), end  # (the mention: the office as the title writes it)
    return None


def unnamed_briefer(eng: Engine) -> None:
    """A briefing that names no briefer (no title speaker, no briefing sentence, header line or byline) whose
    words of ``[briefing titles]`` stand in the title lines or the first sentence of a first-person body
    ("[This is a rush transcript.]" / "Thank you for joining us for the Weekly Briefing." / "Let me begin
    with ..."), or whose body opens greeting the press (``[briefing greetings]``: "Dear media, it's great
    to have you all here.", under a title in a script the rules do not read): the body, to the first
    label, is the ministry's :data:`UNNAMED_BRIEFER` (the speaker mention: the briefing words)."""
    if remarks_heading_speaker(eng) or briefer_line_speaker(eng) or briefing_heading_speaker(eng):
        return
    if byline_briefer(eng) or joint_remarks_heading(eng):
        return  # (a byline names the briefer: briefing_bullets; a joint title names the speakers)
    text = eng.text
    pi = 0
    while pi < len(eng.paras) and _opening_line(eng, *eng.paras[pi]):
        pi += 1
    opened = 0 < pi <= REMARKS_HEADING_PARAGRAPHS and pi < len(eng.paras)
    if not opened or not _first_person_body(eng, pi - 1):
        return  # (a title or note opens the transcript; the body after it speaks in the first person)
    body_first = eng.trim(*eng.sents[eng.sentence_of(eng.paras[pi][0])][:2])
    spans = [*(eng.paras[:pi]), body_first]
    hm = next((m for a, b in spans if (m := eng.words.briefing_title.search(text, a, b))), None)
    hm = hm or eng.words.briefing_greeting.match(text, *body_first)
    if hm is None or _reported_opening(eng, hm.start(), body_first):
        return
    held = eng.words.briefing_title.search(text, *body_first)
    if held is not None and _named_holder(eng, held.start(), body_first):
        return  # "Foreign Ministry Spokesperson Hong Lei held a press conference on ...": a narrator's line
    office = _title_office(eng, hm.end())
    name, a, b = office or (UNNAMED_BRIEFER, hm.start(), hm.end())
    ent = eng.res.named("anonymous", name, a, b)
    credit_body(eng, pi - 1, Source(ent, eng.text[a:b], a, b), RULE_UNNAMED_BRIEFER)
    # (pi - 1: the last opening line; the body is every paragraph after it)


#: the fewest numbered question labels that make a text a ministry's Q&A (see :func:`answers_after_questions`)
MIN_NUMBERED_QUESTIONS = 2


def answers_after_questions(eng: Engine) -> None:
    """A ministry's Q&A of numbered questions with no answering label ("1. Tuoi tre: What is ...?" then the
    answer's paragraphs, then "2. Tuoi tre: ..."): the unlabelled paragraphs after each question, to the next
    question or heading, are the briefer's: the spokesperson the title names, else the ministry's
    :data:`UNNAMED_BRIEFER` (the speaker mention: the question's label). Only when every label of the text
    is such a numbered question (at least :data:`MIN_NUMBERED_QUESTIONS`)."""
    label_paras = sorted(eng.label_sentences.values())
    if len(label_paras) < MIN_NUMBERED_QUESTIONS:
        return
    if not all(_numbered_label(eng, la) for _, la, _ in label_paras):
        return
    names = header_speaker_names(eng.text)
    questions = {pi for pi, _, _ in label_paras}
    first = min(questions)
    src: Source | None = None
    for pi in range(first, len(eng.paras)):
        a, b = eng.paras[pi]
        if pi in questions:
            _, la, lb = next(t for t in label_paras if t[0] == pi)
            ent = (eng.res.person(names[0], la, lb) if len(set(names)) == 1 else None) or eng.res.named(
                "anonymous", UNNAMED_BRIEFER, la, lb)
            src = Source(ent, eng.text[la:lb], la, lb)
            continue
        if heading_paragraph(eng, a, b):
            src = None
            continue
        if src is not None:
            _credit_paragraphs(eng, range(pi, pi + 1), src, RULE_ANSWER_AFTER_QUESTION)


def _asker_label(eng: Engine, la: int, lb: int) -> bool:
    """The label at ``la``-``lb`` is an asker's ("Q:", "Question:", "Interviewer:"; transcript_labels.txt)."""
    label = " ".join(eng.text[la:lb].lower().rstrip(".").split())
    return load_transcript_labels().roles.get(label) in ASKER_ROLES


def _interviewee_in_title(eng: Engine, first_label: int) -> Source | None:
    """The person a line before the first label presents as interviewed ("Interview with Jonas Gahr Støre,
    Foreign Minister of Norway (United Nations, October 05)"), else the one person the title names as the
    answerer (:func:`header_speaker_names`)."""
    text = eng.text
    for a, b in eng.paras[: min(first_label, EXCHANGE_INTRODUCTION_PARAGRAPHS)]:
        m = _INTERVIEW_OF_RE.search(text, a, b)
        if m is None:
            continue
        bracket = text.find("(", m.end(), b)  # (the place and date in brackets after the name)
        end = bracket if bracket > 0 else b
        comma = text.find(",", m.end(), end)  # (the name, then its office after a comma)
        cut = comma if comma > 0 else end
        person = _lead_person(eng, m.end(), cut)
        if person is not None and not text[person.end:cut].strip():  # (the whole name read, no part of it)
            return person
        # a name the rules cannot read ("Jonas Gahr St?re", a letter lost): the office after the comma
        office = eng.parser.parse(text, comma + 1 + _lead_space(text, comma + 1), end, allow_tail=False) \
            if comma > 0 else None
        if office is not None and office.kind == "role" and (src := _source_of(eng, office)) is not None:
            return src
    names = header_speaker_names(eng.text)
    if len(set(names)) == 1 and eng.paras:
        a, b = eng.paras[0]
        ent = eng.res.person(names[0], a, b)
        return Source(ent, names[0], a, b) if ent is not None else None
    return None


def _lead_space(text: str, a: int) -> int:
    """How many spaces stand at ``a``."""
    return len(text[a:a + 8]) - len(text[a:a + 8].lstrip(" \t"))


def answers_after_asker_labels(eng: Engine) -> None:
    """An interview whose questions alone are labelled ("Q: I read in the Dagbladet newspaper today that
    ... What do you think about that?") and whose answers carry no label ("First of all is it very agreeable
    ..."): the unlabelled paragraphs after each question, to the next label or heading, are the answer of
    the person the title presents as interviewed ("Interview with X, Foreign Minister of Norway"). Only when
    every label of the text is an asker's (at least :data:`MIN_NUMBERED_QUESTIONS`)."""
    label_paras = sorted(eng.label_sentences.values())
    if len({pi for pi, _, _ in label_paras}) < MIN_NUMBERED_QUESTIONS or eng.turn_labels:
        return
    if not all(_asker_label(eng, la, lb) for _, la, lb in label_paras):
        return
    questions = {pi for pi, _, _ in label_paras}
    person = _interviewee_in_title(eng, min(questions))
    if person is None:
        return
    answering = False
    for pi in range(min(questions), len(eng.paras)):
        a, b = eng.paras[pi]
        # (the answer's first paragraph is no heading, even short and without a full stop)
        if pi in questions or (pi - 1 not in questions and heading_paragraph(eng, a, b)):
            answering = pi in questions
            continue
        if answering:
            _credit_paragraphs(eng, range(pi, pi + 1), person, RULE_ANSWER_AFTER_ASKER)


def _opening_line(eng: Engine, a: int, b: int) -> bool:
    """A title or note above a transcript: a heading (:func:`heading_paragraph`), the text's headline as
    the layout reads it (even ending in a bracket: "... Тихого від 17.09.2024 (англійською мовою)"), a
    stage direction or a delivery note."""
    if heading_paragraph(eng, a, b) or eng.sents[eng.sentence_of(a)][2] == "headline":
        return True
    return bool(STAGE_DIRECTION_RE.match(eng.text, a, b)) or _note(eng, a, b)


#: quotation marks: a paragraph holding one is quoted speech, which the quotation rules read
_QUOTE_CHARS_RE = re.compile("[\"“”«»„]")


def unmarked_before_cue(eng: Engine) -> None:
    """A paragraph of first-person words without quotation marks that ends in a postposed cue
    ("Dialogue is necessary. We stress it in all our meetings. We wish the process well, he said."): the
    cue's speaker said the paragraph's earlier sentences too (translated and wire copy that drops the
    quotation marks). Only when the cue's statement is the paragraph's last sentence."""
    taken = eng.credited_sentences()
    pstarts = [p for p, _ in eng.paras]
    for r in list(eng.rows):
        if not r.rule.startswith(RULE_POSTPOSED) or r.entity is None:
            continue
        pi = bisect.bisect_right(pstarts, r.start) - 1
        a, b = eng.paras[pi]
        first, last = eng.sentence_of(a), eng.sentence_of(max(a, b - 1))
        if r.sentence_id != last or first == last or _QUOTE_CHARS_RE.search(eng.text, a, b):
            continue
        if not FIRST_PERSON_RE.search(eng.text, a, b):
            continue
        for sj in range(first, last):
            ca, cb = eng.trim(*eng.sents[sj][:2])
            if sj not in taken and cb > ca and ca >= a:
                why = RULE_CONTINUATION + RULE_UNMARKED_BEFORE_CUE.format(r.speaker)
                eng.add(r.source, NO_CUE, CONTINUATION, ca, cb, why)
                taken.add(sj)


def quotation_before_cue(eng: Engine) -> None:
    """A paragraph that is only a closed quotation, with no cue and no statement in the paragraph before it
    (no earlier speaker whose words it carries on), whose very next sentence opens the next paragraph and
    names a speaker with a plain verb of saying (``[credit verbs]`` of statement_words.txt) and no quotation
    of its own: "“We will not accept any decision that violates our sovereignty.”" / "Presidential
    spokesperson Ernesto Abella said in a statement the government would study the ruling." (or "..., the
    spokesperson said in a statement."): the quotation is that speaker's, as wire copy credits a quotation
    it opens with. Only the next sentence, with one statement whose speaker opens it or whose cue is
    postposed; no pronoun, no turn label."""
    taken = eng.credited_sentences()
    for pi in range(len(eng.paras) - 1):
        q = _bare_quotation_paragraph(eng, pi, taken)
        if q is None or (pi > 0 and _paragraph_rows(eng, pi - 1)):
            continue
        r = _credit_after_quotation(eng, pi + 1)
        if r is None:
            continue
        q.statement_id, q.speaker = len(eng.rows), r.speaker
        for si in range(eng.sentence_of(q.open), eng.sentence_of(max(q.open, q.close - 1)) + 1):
            a, b = eng.trim(max(eng.sents[si][0], q.open), min(eng.sents[si][1], q.close))
            if b > a:
                why = RULE_CONTINUATION + RULE_QUOTATION_BEFORE_CUE.format(r.speaker)
                eng.add(r.source, NO_CUE, CONTINUATION, a, b, why)
                taken.add(si)


def _bare_quotation_paragraph(eng: Engine, pi: int, taken: set[int]) -> Quote | None:
    """The quotation that is all of paragraph ``pi`` (its marks open and close it; a full stop may follow),
    closed, of three words or more, credited to no one, none of its sentences taken; else None."""
    a, b = eng.trim(*eng.paras[pi])
    q = eng.in_quote(a)
    if q is None or q.open != a or not q.closed or q.words < 3 or q.statement_id >= 0:
        return None
    if eng.text[q.close : b].strip(" \t.") or eng.sents[eng.sentence_of(a)][2] != "body":
        return None
    first, last = eng.sentence_of(a), eng.sentence_of(max(a, b - 1))
    if any(si in taken or si in eng.label_sentences for si in range(first, last + 1)):
        return None
    return q


def _paragraph_rows(eng: Engine, pi: int) -> list[Statement]:
    """The statements that start in paragraph ``pi``."""
    a, b = eng.paras[pi]
    return [r for r in eng.rows if a <= r.start < b or a <= r.speaker_start < b]


def _credit_after_quotation(eng: Engine, pi: int) -> Statement | None:
    """The one statement of paragraph ``pi``'s first sentence that credits a bare quotation paragraph before
    it (:func:`quotation_before_cue`): reported speech with a cue of ``[credit verbs]``, its speaker a name,
    an office or a body (no pronoun) opening the sentence, or its cue postposed; no quotation and no turn
    label in the sentence."""
    a, _b = eng.trim(*eng.paras[pi])
    si = eng.sentence_of(a)
    if si in eng.label_sentences or eng.quotes_of_sentence.get(si) or eng.in_quote(a) is not None:
        return None
    rows = [r for r in eng.rows if r.sentence_id == si]
    if len(rows) != 1 or rows[0].entity is None:
        return None
    r = rows[0]
    if r.kind != INDIRECT or r.cue.lower() not in eng.words.credit_verbs:
        return None
    np_ = eng.parser.parse_alone(r.speaker_mention)
    if np_ is None or np_.kind == "pronoun":
        return None
    if r.speaker_start == a or r.rule.startswith(RULE_POSTPOSED):
        return r
    return None


#: a paragraph that is only a stage direction: "(SOUNDBITE OF ARCHIVED RECORDING)", "[Applause]"
#: (Blanks only from a run's first: a search retried \s* at each, quadratic; matched at a paragraph start)
STAGE_DIRECTION_RE = re.compile(r"(?:(?<!\s)\s+)?[(\[][^()\[\]]*[)\]]\s*$")
#: a text with at least this many labelled paragraphs (or one label that runs on, see runs_on) is read
#: as a transcript: unlabelled paragraphs carry on the last label's speaker
MIN_TRANSCRIPT_LABELS = 3


#: a paragraph that is only a recording's time code: "00:02:21", "1:05:40", "12:30" (a video transcript)
TIME_CODE_RE = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$")


def runs_on(eng: Engine, pi: int) -> bool:
    """Whether the turn of labelled paragraph ``pi`` runs on into the next unlabelled paragraphs: a label
    with a role after a comma ("KELLY MCEVERS, HOST:", the radio convention), one opening with an
    honorific in capitals ("MR PRICE:", "MS. PSAKI:", the briefing convention), or the spokesperson the
    title names ("Hua Chunying:"). A print interview's "Q:"/"LAVROV:" paragraph, a speech's
    "Mr. President:" and a headline do not."""
    a, b = eng.paras[pi]
    if pi in eng.running_labels and eng.sents[eng.sentence_of(a)][2] != "headline":
        return True  # a person's own words after their name or initials (RUNNING_LABEL_RULES)
    m = paragraph_label(eng, a, b)
    if (m is None or m.re not in (*_NAME_LABEL_SHAPES, _STOP_QA_LABEL_RE)
            or eng.sents[eng.sentence_of(a)][2] == "headline"):
        return False
    label = m.group("label")
    first = label.split()[0].rstrip(".").lower() if " " in label else ""
    honorific = first in load_transcript_labels().honorifics
    briefing = label.isupper() and (honorific or office_capitals(eng, label))
    header = header_speakers(eng)
    if bool(m.group("role")) or briefing or label.lower() in header or label.split()[-1].lower() in header:
        return True
    if load_transcript_labels().roles.get(" ".join(label.lower().rstrip(".").split())) in CONDUCTOR_ROLES:
        return True  # "MODERATOR: Your Excellency ..., good evening." / "Over the last hour, ..." / ...
    if label in ("A", "Answer") and len(set(header_speaker_names(eng.text))) == 1:
        return True  # the answers of the one person the title names ("Interview with Minister X" / "A: ...")
    return label_alone(eng, pi, m) or answers_question(eng, pi)


def office_capitals(eng: Engine, label: str) -> bool:
    """A label in capitals of an office's words before a surname, the briefing convention as "MR PRICE:"
    is: "SECRETARY BLINKEN:", "FOREIGN MINISTER MEKONNEN:" (a ministry's transcript of remarks before a
    meeting); its turn runs on over the unlabelled paragraphs after it."""
    words = [w.lower().rstrip(".") for w in label.split()]
    return len(words) >= 2 and all(w in eng.parser.lex.title_words for w in words[:-1])


def label_alone(eng: Engine, pi: int, m: re.Match[str]) -> bool:
    """A label that is its paragraph's only words ("Question:" / "Minister:" on a line of their own, the
    words in the paragraphs under it) runs on: its turn is the paragraphs after it, to the next label."""
    if m.end() < eng.trim(*eng.paras[pi])[1]:
        return False
    roles = load_transcript_labels().roles  # only in a Q&A: a speech's "Mr. President:" is a salutation
    return any(roles.get(" ".join(eng.text[la:lb].lower().split())) in ASKER_ROLES
               for _p, la, lb in eng.label_sentences.values())


def answers_question(eng: Engine, pi: int) -> bool:
    """The labelled paragraph ``pi`` answers a question: the labelled paragraph before it is an asker's
    ("Question:" / "Answer: ...", "Q:" / "PM Lee Hsien Loong: ...", "TASS: ...?" / "A.Glaz: ..."). An
    answer runs on over the paragraphs after it, to the next label or heading (a ministry's answer of
    several paragraphs)."""
    before = sorted(p for p, _la, _lb in eng.label_sentences.values() if p < pi)
    if not before:
        return False
    _p, la, lb = next(v for v in eng.label_sentences.values() if v[0] == before[-1])
    key = " ".join(eng.text[la:lb].lower().rstrip(".").split())
    return load_transcript_labels().roles.get(key) in ASKER_ROLES or _outlet_asked(eng, before[-1], la, lb)


def _outlet_asked(eng: Engine, pi: int, la: int, lb: int) -> bool:
    """The labelled paragraph ``pi`` (label ``la``-``lb``) is a news outlet's question ("TASS: How would
    you comment on the events ...?"; see :func:`label_outlet_asks`)."""
    return outlet_asks(eng, eng.text[la:lb], eng.text[lb : eng.paras[pi][1]])


def _turn_source(eng: Engine, pi: int) -> Source | None:
    """The speaker of labelled paragraph ``pi`` whose turn runs on (its row, or a label standing alone);
    see :func:`runs_on` for which labels run on."""
    if not runs_on(eng, pi):
        return None
    return _label_source(eng, pi)


#: the marks that end a turn cut off by another speaker ("... in the region…", "... we have --")
_CUT_OFF_RE = re.compile(r"(?:…|\.\.\.|--|[—–])[ \t]*$")


def resumes_after_interjection(eng: Engine, pi: int) -> bool:
    """The labelled paragraph ``pi`` is an interjection of one sentence that cuts off the turn before it
    (its last paragraph ends in "…", "..." or a dash) and unlabelled paragraphs follow: they are the cut-off
    speaker's, who goes on ("SECRETARY-GENERAL: ... the most difficult conflicts in the region…" /
    "SECRETARY-GENERAL OF THE ARAB LEAGUE: In the world, Secretary-General." / "In the world. And I am
    extremely grateful ...", a press encounter's transcript)."""
    if pi == 0 or pi + 1 >= len(eng.paras):
        return False
    a0, b0 = eng.trim(*eng.paras[pi - 1])
    a, b = eng.trim(*eng.paras[pi])
    if _CUT_OFF_RE.search(eng.text, a0, b0) is None or eng.sentence_of(a) != eng.sentence_of(max(a, b - 1)):
        return False
    return eng.paras[pi + 1][0] not in eng.turn_labels


def first_person_turn(eng: Engine, pi: int) -> Source | None:
    """The speaker of a person's labelled paragraph whose turn does not run on by itself ("M. Cavusoglu:
    In the Aegean Sea, our opinions differ."): the paragraphs after it that speak in the first person
    without quotation marks ("Problems between us can be resolved ... We must continue the dialogue.") are
    still that person's words (:func:`turn_continuations` stops at the first that does not)."""
    src = _label_source(eng, pi)
    if src is None or src.entity.type != "person":
        return None
    # a name, not an office alone: a speech's "Mr. President:" addresses the chair, it is no speaker's turn
    return src if _label_name_words(src.mention, eng.parser.lex.titles) is not None else None


def _first_person(eng: Engine, a: int, b: int) -> bool:
    """The paragraph speaks in the first person outside quotation marks, and every mark of it closes a
    quotation inside it ("... the goal of “clean water for all”, and I pledged our support"); a paragraph
    of someone's quoted words, or opening a quotation that runs on, is not the turn's."""
    text = eng.text
    if any(eng.in_quote(m.start()) is None for m in _QUOTE_CHARS_RE.finditer(text, a, b)):
        return False
    return any(eng.in_quote(m.start()) is None for m in FIRST_PERSON_RE.finditer(text, a, b))


#: a paragraph opened by a dash, the turn's words after it ("- It is a pleasure to see you.", "-This is ...")
_DASH_TURN_RE = re.compile(r"[-–—][ \t]*(?=[\"“«]?[A-Z0-9])")
#: the fewest dash-led paragraphs that make the alternation (see :func:`dash_turns`)
MIN_DASH_TURNS = 2


def dash_turns(eng: Engine) -> None:
    """An interview whose first two turns are labelled, the asker's then the answerer's ("Correspondent:
    Dear viewers, ..." / "President Ilham Aliyev: Welcome."), then goes on in paragraphs opened by a dash
    only ("- It is a pleasure to see you. ... How would you assess that?" / "-This is a historic Victory
    for us. ..."): the dash-led paragraphs alternate, the asker's first, each turn running on over the
    unlabelled paragraphs after it; the asker's unlabelled paragraphs before the answerer's label are the
    asker's too. Only when the alternation fits the questions: most of the asker's turns hold a question
    mark, and fewer of the answerer's do (:data:`MIN_DASH_TURNS` dash-led paragraphs at least)."""
    labelled = sorted(set(eng.label_sentences.values()))  # (one entry per sentence of a labelled paragraph)
    roles = load_transcript_labels().roles
    asks = [roles.get(" ".join(eng.text[la:lb].lower().rstrip(".").split())) in ASKER_ROLES
            for _, la, lb in labelled]
    if len(labelled) != 2 or asks != [True, False]:
        return
    (qpi, _, _), (api, _, _) = labelled
    asker, answerer = _label_source(eng, qpi), _label_source(eng, api)
    if asker is None or answerer is None or asker.entity is answerer.entity:
        return
    turns: list[list[int]] = []
    for pi in range(api + 1, len(eng.paras)):
        a, b = eng.paras[pi]
        if _DASH_TURN_RE.match(eng.text, a, b):
            turns.append([pi])
        elif turns and not heading_paragraph(eng, a, b) and not STAGE_DIRECTION_RE.match(eng.text, a, b):
            turns[-1].append(pi)
        elif not turns:
            return  # (the answer runs on without a dash: no dash-led interview)
    if len(turns) < MIN_DASH_TURNS:
        return
    asked = ["?" in eng.text[eng.paras[t[0]][0]:eng.paras[t[-1]][1]] for t in turns]
    of_asker, of_answerer = asked[0::2], asked[1::2]
    asker_share, answerer_share = sum(of_asker) / len(of_asker), sum(of_answerer) / len(of_answerer)
    if asker_share <= 0.5 or answerer_share >= asker_share:
        return
    _credit_paragraphs(eng, range(qpi + 1, api), asker, RULE_DASH_TURN)
    for k, t in enumerate(turns):
        _credit_paragraphs(eng, range(t[0], t[-1] + 1), answerer if k % 2 else asker, RULE_DASH_TURN)


def _blank_between(text: str, b: int, a: int) -> bool:
    """An empty line stands between the paragraph ending at ``b`` and the one starting at ``a``."""
    return "\n" in text[b:a].replace(" ", "").replace("\t", "").replace("\r", "").partition("\n")[2]


def exchange_turns(eng: Engine) -> None:
    """The unlabelled paragraphs after an interview's only labelled exchange (:func:`exchange_pair`:
    "Brownell: ... Why?" / "Mushikiwabo: We have become ...") alternate between the two: a paragraph that
    ends in a question mark is the interviewer's, the paragraphs after it the guest's, up to the next
    question. Where the labelled question and answer stand on lines in a row (no empty line between), each
    later group of lines is read so too: its first line is the interviewer's even without a question mark
    ("Rwanda in the past decade has become a very strong voice ..." / "What has happened in Rwanda ..."),
    the rest the guest's."""
    pair = exchange_pair(eng)
    if pair is None:
        return
    qpi, api = pair
    asker, answerer = _label_source(eng, qpi), _label_source(eng, api)
    if asker is None or answerer is None or asker.entity is answerer.entity:
        return
    text = eng.text
    grouped = not _blank_between(text, eng.paras[qpi][1], eng.paras[api][0])
    for pi in range(api + 1, len(eng.paras)):
        a, b = eng.paras[pi]
        if heading_paragraph(eng, a, b) or STAGE_DIRECTION_RE.match(text, a, b):
            continue
        opens_group = grouped and _blank_between(text, eng.paras[pi - 1][1], a) and pi + 1 < len(eng.paras) \
            and not _blank_between(text, b, eng.paras[pi + 1][0])
        asks = _ends_question(text, a, b) or opens_group
        _credit_paragraphs(eng, range(pi, pi + 1), asker if asks else answerer, RULE_EXCHANGE_TURN)


def opening_turn_interview(eng: Engine) -> None:
    """A broadcast interview whose first turn alone is labelled, by the outlet or journalist the lead
    presents as interviewing (:func:`label_names_lead_interviewer`: "Iraq's Foreign Minister Fuad Hussein
    sat down with Rudaw's Majeed Gly ..." / "Rudaw: Hello everyone. ... Thank you so much for joining us."),
    its later turns unlabelled paragraphs: a paragraph ending in a question mark is the interviewer's (the
    label's speaker), every other paragraph the guest's answer, the person the lead presents
    (:func:`interviewee`): "Thank you for having me." / "I appreciate it. ... What was the main result of the
    meeting?" / "The main result has been announced actually. ...". Only with that one label in the text, a
    guest's paragraph first after it, at least one question after it, and a guest's paragraph in the first
    person."""
    if eng.turn_labels:
        return
    labelled = sorted({pi for pi, _la, _lb in eng.label_sentences.values()})
    if len(labelled) != 1 or labelled[0] + 2 >= len(eng.paras):
        return
    pi, text = labelled[0], eng.text
    m = paragraph_label(eng, *eng.paras[pi])
    outlet = lead_interviewer_label(eng, pi, m) if m is not None and m.re is _LABEL_RE else None
    asker = _label_source(eng, pi)
    guest = interviewee(eng, pi, outlet) if outlet is not None else None
    if asker is None or guest is None or asker.entity is guest.entity or guest.entity is outlet[0].entity:
        return
    rest = [pj for pj in range(pi + 1, len(eng.paras)) if not heading_paragraph(eng, *eng.paras[pj])
            and not STAGE_DIRECTION_RE.match(text, *eng.paras[pj])]
    asks = {pj for pj in rest if _ends_question(text, *eng.paras[pj])}
    if not rest or not asks or rest[0] in asks:
        return
    if not any(_first_person(eng, *eng.paras[pj]) for pj in rest if pj not in asks):
        return
    for pj in rest:
        _credit_paragraphs(eng, range(pj, pj + 1), asker if pj in asks else guest, RULE_OPENING_TURN)


#: the fewest labelled answers of one interviewee that make the unlabelled paragraphs asking between them
#: the interviewer's
MIN_ONE_SPEAKER_LABELS = 2


def unlabelled_questions(eng: Engine) -> None:
    """An interview printed with only the interviewee's turns labelled ("KMA: You cannot pinpoint ..."), the
    interviewer's questions unlabelled paragraphs between them ("The United States has a very important
    military facility here. ... Are you concerned the US could actually move the base?"): a paragraph that
    ends in a question mark, before the first label or right after a labelled turn, is the interviewer's,
    the statements of fact leading to the question included: the outlet the lead names as interviewing
    ("In an interview with the Tico Times, ...": :func:`interview_outlet`), else an anonymous
    "Interviewer"."""
    label_paras = sorted({pi for pi, _la, _lb in eng.label_sentences.values()})
    keys = {" ".join(eng.text[la:lb].lower().split()) for _pi, la, lb in eng.label_sentences.values()}
    if len(label_paras) < MIN_ONE_SPEAKER_LABELS or len(keys) != 1:
        return
    la, lb = next(iter(eng.label_sentences.values()))[1:]
    outlet = interview_outlet(eng, label_paras[0])
    guest = _label_source(eng, label_paras[0])
    asker: Source | None = None
    if outlet is not None and (guest is None or outlet[0].entity is not guest.entity):
        asker = outlet[0]
    for pi, (a, b) in enumerate(eng.paras):
        if pi in label_paras or not eng.text[a:b].rstrip().endswith("?"):
            continue
        if pi > label_paras[0] and pi - 1 not in label_paras:
            continue
        if asker is None:
            ent = eng.res.named("anonymous", "Interviewer", a, a)
            asker = Source(ent, "", a, a)
        _credit_paragraphs(eng, range(pi, pi + 1), asker,
                           RULE_UNLABELLED_QUESTION.format(eng.text[la:lb]))


#: the fewest question paragraphs of an interview printed without labels (:func:`unlabelled_interview`)
MIN_UNLABELLED_QUESTIONS = 2
#: the most words of such a question paragraph
MAX_UNLABELLED_QUESTION_WORDS = 40


def _question_paragraph(eng: Engine, a: int, b: int) -> bool:
    """A paragraph that is one short sentence ending in a question mark (:func:`_asked`), no quotation mark
    in it."""
    words = eng.text[a:b].strip()
    return (_asked(eng, a, b) and len(words.split()) <= MAX_UNLABELLED_QUESTION_WORDS
            and not _QUOTE_CHARS_RE.search(words))


def unlabelled_interview(eng: Engine) -> None:
    """A magazine's interview printed without labels: the title line is the interviewee's name alone ("HE
    Yusuf Bin Alawi Bin Abdullah"), a biography may follow, then each question is a paragraph of one short
    sentence ending in "?" ("Can you elaborate on Oman's role within the GCC?"), the interviewer's, and the
    paragraphs after it, to the next question, are the interviewee's answer. Only with no label in the text,
    at least :data:`MIN_UNLABELLED_QUESTIONS` questions, and a first answer in the first person ("We believe
    ..."): a report that asks a rhetorical question is no interview."""
    if eng.label_sentences or eng.turn_labels or len(eng.paras) < 3:
        return
    name = full_name(eng, eng.text[slice(*eng.trim(*eng.paras[0]))])
    questions = [pi for pi, (a, b) in enumerate(eng.paras) if pi > 0 and _question_paragraph(eng, a, b)]
    if name is None or len(questions) < MIN_UNLABELLED_QUESTIONS or questions[0] + 1 in questions:
        return
    if questions[0] + 1 >= len(eng.paras) or not _first_person(eng, *eng.paras[questions[0] + 1]):
        return
    a0, b0 = eng.trim(*eng.paras[0])
    person = Source(eng.res.person(name.name, a0, b0), eng.text[a0:b0], a0, b0)
    asker = Source(eng.res.named("anonymous", "Interviewer", a0, a0), "", a0, a0)
    for pi in range(questions[0], len(eng.paras)):
        src = asker if pi in questions else person
        if not heading_paragraph(eng, *eng.paras[pi]) or pi in questions:
            _credit_paragraphs(eng, range(pi, pi + 1), src, RULE_UNLABELLED_TURN)


#: a lead line presenting an interview and its interviewee ("REPORT.AZ/ Interview of Kyrgyz Ambassador to
#: Azerbaijan Aijigit Buranov to Report.", "An interview with Foreign Minister X:")
_INTERVIEW_OF_RE = re.compile(r"\b[Ii]nterview (?:of|with) ")


def dash_interview(eng: Engine) -> None:
    """An interview printed without labels, each turn a paragraph opened by a dash, under a lead line that
    presents it ("Baku. 4 July. REPORT.AZ/ Interview of Kyrgyz Ambassador to Azerbaijan Aijigit Buranov to
    Report." / "- How do you assess ...? Are you satisfied ...?" / "- As before, the current ..."): the
    dash-led paragraphs alternate, the first and every other the interviewer's questions, the rest the
    answers of the person the lead line names after "Interview of/with", each turn running on over the
    unlabelled paragraphs after it. Only with no label in the text, the lead line among the
    :data:`EXCHANGE_INTRODUCTION_PARAGRAPHS` paragraphs before the first dash-led one, and when the
    alternation fits the questions (every asker's turn holds a question mark, fewer of the answerer's do)."""
    if eng.label_sentences or eng.turn_labels:
        return
    text = eng.text
    dashed = [pi for pi, (a, b) in enumerate(eng.paras) if _DASH_TURN_RE.match(text, a, b)]
    if len(dashed) < MIN_DASH_TURNS or dashed[0] > EXCHANGE_INTRODUCTION_PARAGRAPHS:
        return
    person = None
    for a, b in eng.paras[: dashed[0]]:
        m = _INTERVIEW_OF_RE.search(text, a, b)
        if m is not None:
            person = _lead_person(eng, m.end(), b)
    if person is None:
        return
    ends = [*dashed[1:], len(eng.paras)]
    turns = list(zip(dashed, ends))
    asked = ["?" in text[eng.paras[t0][0]:eng.paras[t1 - 1][1]] for t0, t1 in turns]
    if not all(asked[0::2]) or sum(asked[1::2]) >= len(asked[1::2]):
        return
    a0 = eng.paras[dashed[0]][0]
    asker = Source(eng.res.named("anonymous", "Interviewer", a0, a0), "", a0, a0)
    for k, (t0, t1) in enumerate(turns):
        pis = [pi for pi in range(t0, t1) if pi == t0 or not heading_paragraph(eng, *eng.paras[pi])]
        for pi in pis:
            _credit_paragraphs(eng, range(pi, pi + 1), person if k % 2 else asker, RULE_DASH_INTERVIEW)


#: the line introducing a question and its answer is looked for among this many paragraphs from the start
EXCHANGE_INTRODUCTION_PARAGRAPHS = 4
#: a lead saying who interviewed whom ("Fergus Hanson, a journalist with The Interpreter, interviewed Fiji's
#: Foreign Minister Inoke Kubuabola via email.")
_INTERVIEWED_RE = re.compile(r"\binterview(?:ed|s) (?!with\b)")


def _asks_only(eng: Engine, a: int, b: int) -> bool:
    """Every sentence of the paragraph is a question ("What do you see as the key ...? What do both
    Australia and Fiji have to do to make this happen?"), no quotation mark in it and at most twice
    :data:`MAX_UNLABELLED_QUESTION_WORDS` words."""
    words = eng.text[a:b].strip()
    if len(words.split()) > 2 * MAX_UNLABELLED_QUESTION_WORDS or _QUOTE_CHARS_RE.search(words):
        return False
    sents = range(eng.sentence_of(a), eng.sentence_of(max(a, b - 1)) + 1)
    return all(eng.text[slice(*eng.trim(*eng.sents[sj][:2]))].endswith("?") for sj in sents)


def interviewed_lead(eng: Engine) -> None:
    """An interview printed without labels under a lead saying who interviewed whom ("Fergus Hanson, a
    journalist with The Interpreter, interviewed Fiji's Foreign Minister Inoke Kubuabola via email."): the
    paragraphs made of questions alone, one or two ("What do you see as the key ...? What do both ... have
    to do ...?"), are the interviewer's (the lead's subject, else an anonymous "Interviewer"), the
    paragraphs after each, to the next question, the answer of the person named after "interviewed". Only
    with no label in the text, the first question right after the lead (among the first
    :data:`EXCHANGE_INTRODUCTION_PARAGRAPHS` paragraphs), at least :data:`MIN_UNLABELLED_QUESTIONS`
    questions and a first answer in the first person."""
    if eng.label_sentences or eng.turn_labels:
        return
    text = eng.text
    for pi, (a, b) in enumerate(eng.paras[:EXCHANGE_INTRODUCTION_PARAGRAPHS]):
        m = _INTERVIEWED_RE.search(text, a, b)
        if m is None or pi + 2 >= len(eng.paras):
            continue
        questions = [pj for pj in range(pi + 1, len(eng.paras)) if _asks_only(eng, *eng.paras[pj])]
        if len(questions) < MIN_UNLABELLED_QUESTIONS or questions[0] != pi + 1 or pi + 2 in questions:
            return
        answer_end = questions[1] if len(questions) > 1 else len(eng.paras)
        if not any(_first_person(eng, *eng.paras[pj]) for pj in range(pi + 2, answer_end)):
            return
        person = _lead_person(eng, m.end(), b)
        if person is None:
            return
        asker = _lead_person(eng, a, m.start())
        if asker is None:
            asker = Source(eng.res.named("anonymous", "Interviewer", a, a), "", a, a)
        for pj in range(pi + 1, len(eng.paras)):
            src = asker if pj in questions else person
            if pj in questions or not heading_paragraph(eng, *eng.paras[pj]):
                _credit_paragraphs(eng, range(pj, pj + 1), src, RULE_INTERVIEWED_LEAD)
        return


def introduced_exchange(eng: Engine) -> None:
    """One question and its answer printed without labels under a line that introduces them ("The
    spokesperson of the Foreign Ministry Leyla Abdullayeva has responded to a media inquiry." / "Report
    presents the question addressed to the spokesperson and her answer:" / "Could you please comment on
    ...?" / "As always, it is very difficult ..."; ``[exchange introductions]`` of statement_words.txt),
    within the first :data:`EXCHANGE_INTRODUCTION_PARAGRAPHS` paragraphs: each question paragraph after it
    is the outlet's (an anonymous "Journalist"), the other paragraphs the answer of the first person the
    text names before the line. Only with no label in the text, and when the paragraph right after the line
    is a question and the one after that is not."""
    if eng.label_sentences or eng.turn_labels:
        return
    text = eng.text
    for pi, (a, b) in enumerate(eng.paras[:EXCHANGE_INTRODUCTION_PARAGRAPHS]):
        if pi + 2 >= len(eng.paras) or not eng.words.exchange_introduction.search(text, a, b):
            continue
        if not _asked(eng, *eng.paras[pi + 1]) or _asked(eng, *eng.paras[pi + 2]):
            return
        person = next((s for c, d in eng.paras[:pi] if (s := _lead_person(eng, c, d)) is not None), None)
        if person is None:
            return
        asker = Source(eng.res.named("anonymous", "Journalist", a, a), "", a, a)
        for pj in range(pi + 1, len(eng.paras)):
            src = asker if _asked(eng, *eng.paras[pj]) else person
            if not heading_paragraph(eng, *eng.paras[pj]) or src is asker:
                _credit_paragraphs(eng, range(pj, pj + 1), src, RULE_INTRODUCED_EXCHANGE)
        return


#: the most words of an interview's question paragraph that an answer's cue line follows ("1. What do you
#: see as the main challenge ...?", a statement of fact before the question included)
MAX_INTERVIEW_QUESTION_WORDS = 80
#: how many words of an outlet's name after an interviewer cue are read ("the newspaper Die Welt")
OUTLET_WORDS = 6
#: what ends an outlet's name in the lead ("in an interview with the Tico Times, Minister X ...")
_CLAUSE_PUNCTUATION_RE = re.compile(r"[,;:]|\.(?:\s|$)")


def interview_question(eng: Engine, pi: int) -> bool:
    """Paragraph ``pi`` is an interview's question printed without a label: it ends in a question mark, has at
    most :data:`MAX_INTERVIEW_QUESTION_WORDS` words and opens with no quotation mark (a number first is
    part of it: "2. Will your country seek a seat on the Council?")."""
    body = eng.text[slice(*eng.paras[pi])].strip()
    return body.endswith("?") and len(body.split()) <= MAX_INTERVIEW_QUESTION_WORDS and (
        body[:1] not in _OPENING_MARKS)


def answer_cue_of(eng: Engine, pi: int) -> re.Match[str] | None:
    """The cue opening paragraph ``pi`` as an interview's answer (``answer_cue``: "She answers:", "The
    minister replied:", "Answer:"), None when none: the words before the cue word must be one speaker's
    phrase, whole (a pronoun, a role noun or a name); with none, the cue word is a capitalised label."""
    a, b = eng.paras[pi]
    a += _lead_space(eng.text, a)
    m = eng.words.answer_cue.match(eng.text, a, b)
    if m is None or m.group("who") is None:
        return m if m is not None and eng.text[m.start("cue")].isupper() else None
    np_ = eng.parser.parse(eng.text, m.start("who"), m.end("who"), allow_tail=False)
    whole = np_ is not None and np_.start == m.start("who") and np_.end >= m.end("who")
    return m if whole and np_.kind in ("pronoun", "role", "name") else None


def interview_outlet(eng: Engine, first: int) -> tuple[Source, int, int] | None:
    """The outlet (or journalist) that interviews, as the lead (the paragraphs before ``first``, at most
    :data:`EXCHANGE_INTRODUCTION_PARAGRAPHS`) names it right after a word of ``[interviewer cues]`` ("in an
    interview with the Tico Times", "Foreign Minister X told ZDF"): an organisation's phrase of up to
    :data:`OUTLET_WORDS` words, or a name without a title or honorific ("Teller Report"; a titled name after
    "interview with" is the interviewee); with the paragraph and the cue's start. None when the lead names
    none."""
    text = eng.text
    for pi, (a, b) in enumerate(eng.paras[: min(first, EXCHANGE_INTRODUCTION_PARAGRAPHS)]):
        for m in eng.words.interviewer_cue.finditer(text, a, b):
            longest = None  # (the whole phrase: "Foreign Minister Ana Cruz", not "Foreign")
            stop = _CLAUSE_PUNCTUATION_RE.search(text, m.end(), b)
            words = re.finditer(r"\S+", text[m.end() : stop.start() if stop else b])
            for w in itertools.islice(words, OUTLET_WORDS):
                longest = eng.parser.parse(text, m.end(), m.end() + w.end(), allow_tail=False) or longest
            untitled = longest is not None and longest.kind == "name" and not (longest.head or longest.gender)
            outlet = longest if untitled or (longest is not None and longest.kind == "organisation") else None
            src = _source_of(eng, outlet)
            if src is not None:
                return src, pi, m.start()
    return None


def interviewee(eng: Engine, first: int, outlet: tuple[Source, int, int] | None) -> Source | None:
    """The person an interview's lead presents as interviewed, before paragraph ``first``: a title "Interview
    with X" or the one answerer a title names (:func:`_interviewee_in_title`), else the subject of the lead
    that names the outlet ("Foreign Minister X told ZDF ...", "In an interview with ZDF, Minister X said
    ..."; :func:`_lead_person`)."""
    person = _interviewee_in_title(eng, first)
    if person is not None or outlet is None:
        return person
    a, b = eng.paras[outlet[1]]
    comma = eng.text.find(",", outlet[0].end, b)
    return _lead_person(eng, a, outlet[2]) or (_lead_person(eng, comma + 1 + _lead_space(eng.text, comma + 1),
                                                            b) if comma > 0 else None)


def _cue_speaker(eng: Engine, m: re.Match[str]) -> Source | None:
    """The speaker an answer's cue line names before its cue word ("She answers:"), resolved."""
    if m.group("who") is None:
        return None
    np_ = eng.parser.parse(eng.text, m.start("who"), m.end("who"), allow_tail=False)
    ent = eng.res.resolve(np_, np_.start)[0] if np_ is not None else None
    return Source(ent, np_.text, np_.start, np_.end) if ent is not None else None


def answer_cue_interview(eng: Engine) -> None:
    """A printed interview whose questions stand alone in paragraphs, without labels ("How long can Germany
    keep up its support?", "1. What do you see as ...?": :func:`interview_question`), and whose answers open
    with a cue line, alone or before the answer's words ("She answers:", "The minister replied:",
    "Answer:": :func:`answer_cue_of`): each answer, from its cue to the next question or heading, is the
    interviewee's the title or lead names (:func:`interviewee`; else the cue's own speaker, for the words
    of its cue line or the one paragraph after a cue line alone), and each
    question so answered is the outlet's the lead names as interviewing (:func:`interview_outlet`; with
    none named it stays nobody's, never the interviewee's). Only with no label in the text."""
    if eng.label_sentences or eng.turn_labels:
        return
    answers = [pi for pi in range(1, len(eng.paras))
               if interview_question(eng, pi - 1) and answer_cue_of(eng, pi) is not None]
    if not answers:
        return
    outlet = interview_outlet(eng, answers[0] - 1)
    person = interviewee(eng, answers[0] - 1, outlet)
    if outlet is not None and person is not None and outlet[0].entity is person.entity:
        outlet = None  # ("Interview with Arnoldo Brenes": the name after "with" is the interviewee's)
    for k in answers:
        m = answer_cue_of(eng, k)
        src = person or (_cue_speaker(eng, m) if m is not None else None)
        if m is None or src is None:
            continue
        if outlet is not None:
            _credit_paragraphs(eng, range(k - 1, k), outlet[0], RULE_OUTLET_QUESTION)
        _credit_after(eng, k, m.end(), src, RULE_CUED_ANSWER)
        end = k + 1
        while end < len(eng.paras) and not (interview_question(eng, end) or answer_cue_of(eng, end)
                                            or heading_paragraph(eng, *eng.paras[end])):
            end += 1
        if person is None:  # (no interview presented: the reply's own words only, "He replied: ...")
            end = min(end, k + 1 if eng.text[m.end() : eng.paras[k][1]].strip() else k + 2)
        _credit_paragraphs(eng, range(k + 1, end), src, RULE_CUED_ANSWER)


def _credit_after(eng: Engine, pi: int, start: int, src: Source, rule: str) -> None:
    """Give the words of paragraph ``pi`` from ``start`` on (after an answer's cue, "Answer: Our first task
    ...") to ``src``, sentence by sentence, where no statement has them yet."""
    taken = eng.credited_sentences()
    a, b = eng.paras[pi]
    for sj in range(eng.sentence_of(start), eng.sentence_of(max(a, b - 1)) + 1):
        ca, cb = eng.trim(max(start, eng.sents[sj][0]), eng.sents[sj][1])
        if sj not in taken and cb > ca:
            eng.add(src, NO_CUE, CONTINUATION, ca, cb, RULE_CONTINUATION + rule.format(src.entity.canonical))
            taken.add(sj)


#: the most words of the name ending a lead's subject that is an office with its holder's name after it
LEAD_NAME_WORDS = 3
#: the most words of a lead's subject read for it (an office of its ministry, then the name)
LEAD_SUBJECT_WORDS = 12


def _lead_person(eng: Engine, a: int, b: int) -> Source | None:
    """The person a paragraph's opening subject names: the longest speaker phrase from its start, or, where
    that is an office with its holder's name after it ("The spokesperson of the Azerbaijani Foreign Ministry
    Leyla Abdullayeva has responded ..."), the name of up to :data:`LEAD_NAME_WORDS` words that ends it."""
    text = eng.text
    words = [m.end() for m in re.finditer(r"\S+", text[a:b])][:LEAD_SUBJECT_WORDS]
    subject = None
    for end in words:
        subject = eng.parser.parse(text, a, a + end, allow_tail=False) or subject
    if subject is None or subject.kind not in ("name", "role"):
        return None
    if subject.kind == "role":
        spans = re.finditer(r"\S+", text[subject.start : subject.end])
        starts = [m.start() for m in spans][-LEAD_NAME_WORDS:]
        tails = (eng.parser.parse(text, subject.start + st, subject.end, allow_tail=False) for st in starts)
        subject = next((np_ for np_ in tails if np_ is not None and np_.kind == "name"), None)
    src = _source_of(eng, subject) if subject is not None else None
    return src if src is not None and src.entity.type == "person" else None


def _asked(eng: Engine, a: int, b: int) -> bool:
    """A paragraph that is one sentence ending in a question mark, however long (an agency's question
    restates what it asks about: "Could you please comment on the statement of ... in which he said ...?")."""
    return eng.text[a:b].rstrip().endswith("?") and eng.sentence_of(a) == eng.sentence_of(max(a, b - 1))


def asked_in_turn(eng: Engine, pi: int, src: Source, asker: Source | None) -> bool:
    """An unlabelled paragraph inside an answer's running turn that is one short question to "you" is the
    asker's, who labelled an earlier question ("DW: Mr. Radulović, why did you choose ...?" / "Đorđe
    Radulović: I think ..." / ... / "During the conversation with Minister Masa, do you expect ...?"; a
    paper's interview that labels only its first turns)."""
    if asker is None or asker.entity is src.entity or not _question_paragraph(eng, *eng.paras[pi]):
        return False
    return _SECOND_PERSON_RE.search(eng.text, *eng.paras[pi]) is not None


def names_turn_speaker(eng: Engine, a: int, b: int, src: Source) -> bool:
    """The paragraph ``a``-``b`` names the running turn's speaker, a person, in the third person: the
    surname outside quotation marks, then a lower-case word (its verb: "TEHRAN (Iran News) Esmail Baghaei
    began his press conference ...", under a headline "Baghaei: I do not approve ..."). A report about the
    speaker, no words of theirs: the turn ends there."""
    ent = src.entity
    surname = ent.surname or ent.canonical.split()[-1]
    if ent.type != "person" or len(surname) < 3:
        return False
    pattern = re.compile(r"(?<![\w’'-])" + re.escape(surname) + r"[ \t]++[a-z]{2}")
    return any(eng.in_quote(m.start()) is None for m in pattern.finditer(eng.text, a, b))


def turn_continuations(eng: Engine) -> None:
    """In a text of labelled turns ("KELLY MCEVERS, HOST:" alone on its line, then the words), the
    paragraphs after a label without one of their own are that speaker's, up to the next label (see
    :func:`_turn_source` for the labels whose turn runs on); a stage direction ("(SOUNDBITE OF ARCHIVED
    RECORDING)") or a section heading (:func:`heading_paragraph`) is nobody's and ends the turn."""
    label_paras = {pi for pi, _la, _lb in eng.label_sentences.values()}
    if not label_paras:
        return
    transcript = len(label_paras) >= MIN_TRANSCRIPT_LABELS or any(runs_on(eng, pi) for pi in label_paras)
    taken = eng.credited_sentences()
    src: Source | None = None
    runs = False
    last: Source | None = None  # the speaker of the labelled turn before
    asker: Source | None = None  # the speaker of the last labelled question
    for pi, (a, b) in enumerate(eng.paras):
        if pi in label_paras:
            before, last = last, _label_source(eng, pi)
            asker = last if eng.text[a:b].rstrip().endswith("?") else asker
            src = _turn_source(eng, pi) if transcript else None
            runs = src is not None
            src = src or first_person_turn(eng, pi)
            if before is not None and last is not None and before.entity is not last.entity and (
                    resumes_after_interjection(eng, pi)):
                src, runs = before, True
            continue
        if a in eng.turn_labels:  # a transcript's own turn ("Journalist: ...", helpers.formats) ends the run
            src = None
            continue
        if TIME_CODE_RE.match(eng.text, a, b):
            continue  # a recording's time code ("00:02:21") is nobody's words, and the turn goes on under it
        if runs and heading_paragraph(eng, a, b) and any(p > pi for p in label_paras):
            continue  # an editor's subheading inside a turn ("* No Disagreement") that a later label ends
        # a speech's address of its own in the turn ("Mrs. Prime Minister,") is the speaker's, no heading
        address = runs and address_paragraph(eng, a, b)
        if (
            src is None
            or STAGE_DIRECTION_RE.match(eng.text, a, b)
            or (heading_paragraph(eng, a, b) and not address)
            or (not runs and not _first_person(eng, a, b))
            or names_turn_speaker(eng, a, b, src)
        ):
            src = None
            continue
        if runs and asked_in_turn(eng, pi, src, asker):
            _credit_paragraphs(eng, range(pi, pi + 1), asker, RULE_SAME_TURN)
            continue
        # a first-person paragraph's own sentence quoting a phrase ("the goal of “clean water for all”")
        phrases = [] if runs else [q for q in eng.quotes_in(a, b) if q.statement_id < 0]
        for sj in range(eng.sentence_of(a), eng.sentence_of(max(a, b - 1)) + 1):
            ca, cb = eng.trim(*eng.sents[sj][:2])
            if sj not in taken and cb > ca and ca >= a:
                eng.add(
                    src,
                    NO_CUE,
                    CONTINUATION,
                    ca,
                    cb,
                    RULE_CONTINUATION + RULE_SAME_TURN.format(src.entity.canonical),
                )
                taken.add(sj)
        for q in phrases:  # (nobody's statement: the turn's speaker uses the words, as a name or title)
            q.kind, q.speaker, q.statement_id = QUOTE_SCARE, None, -1
        if runs and eng.words.hand_over.search(eng.text, a, b):
            src = None  # "With that, over to you, Minister.": the words after it are the next speaker's


#: passes over the whole text after the sentence rules, in order
#: the kinds of speaker a speech noun's "by" or possessive may name (no pronouns: "his claim that")
_NOUN_SPEAKER_KINDS = ("name", "role", "organisation", "state")
#: a possessive and up to two lower-case words before a speech noun: "Biden's recent comments",
#: "the ministers' repeated claims" (searched in the characters before the noun)
_NOUN_POSSESSIVE_RE = re.compile(r"(?<=\w)(?:['’]s|['’])(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+$")
#: the most words a possessive owner of a speech noun may have ("the US State Department's")
NOUN_OWNER_WORDS = 6
_OWNER_WORD_RE = re.compile(r"(?<![\w’'.-])[\w(]")
#: words that open a reported clause after a speech noun's "that", besides the clause openers of
#: statement_words.txt (a verb there makes "that" a relative pronoun: "claims that were rejected")
_NOUN_CLAUSE_OPENERS = frozenset({"a", "an", "no", "all", "some", "any", "our", "these", "those", "such"})
_CLAUSE_WORD_RE = re.compile(r"[\w’'-]+")


def _noun_clause_follows(eng: Engine, pos: int, s1: int) -> bool:
    """A reported clause opens at ``pos``: a capitalised word, a number, a clause opener or a determiner
    ("that a Colombian group ...", "that Washington and Tehran ..."), not a verb ("that were rejected")."""
    m = _CLAUSE_WORD_RE.match(eng.text, pos, s1)
    if m is None:
        return False
    w = m.group()
    return w[0].isupper() or w[0].isdigit() or w.lower() in eng.words.clause_openers | _NOUN_CLAUSE_OPENERS


def possessive_owner(eng: Engine, s0: int, noun: int) -> NP | None:
    """The speaker before the possessive that a speech noun at ``noun`` follows: the longest phrase of up to
    :data:`NOUN_OWNER_WORDS` words ending at the possessive that reads as a name, a role, an organisation or
    a state ("the White House" of "echoed the White House's denial that ...")."""
    text = eng.text
    pm = _NOUN_POSSESSIVE_RE.search(text, max(s0, noun - 60), noun)
    if pm is None:
        return None
    end = pm.start()
    for m in list(_OWNER_WORD_RE.finditer(text, max(s0, end - 80), end))[-NOUN_OWNER_WORDS:]:
        np_ = eng.parser.parse(text, m.start(), end, allow_tail=False)
        if np_ is not None and np_.kind in _NOUN_SPEAKER_KINDS and np_.end == end:
            return np_
    return None


def _noun_content_follows(eng: Engine, m: re.Match[str], s1: int) -> bool:
    """What a speech noun's match opens is what was said: a reported clause after "that", or a speech verb's
    "-ing" form and its object ("a recent statement by Prime Minister X accusing Pakistan of ...", "the
    minister's remarks calling for ..."; "a statement by X during ..." is none)."""
    ing = m.group("ing")
    if ing is None:
        return _noun_clause_follows(eng, m.end(), s1)
    verb = eng.verbs.get(ing)
    return verb is not None and verb.form == "ing" and "that" not in verb.flags


def speech_noun_sources(eng: Engine) -> None:
    """A noun of something said (``[speech nouns]`` of statement_words.txt) with its speaker and a
    "that"-clause is that speaker's statement, a source of its own in the sentence around it (wire copy:
    "Her statement came in the wake of allegations by Venezuelan President Nicolás Maduro that a
    Colombian paramilitary group ... attempted to enter his country", "Iran echoed the White House's
    denial that Washington and Tehran were discussing ...", "dismissed a statement by X accusing Pakistan
    of ..." (:func:`_noun_content_follows`)): the speaker after "by", or the owner before a
    possessive; the content is the clause to the sentence's end. Not inside a quotation, not a pronoun's
    ("his claim that"), not a speaker the sentence already credits."""
    text = eng.text
    for si, (s0, s1, kind) in enumerate(eng.sents):
        if kind == "dateline":
            continue
        for m in eng.words.speech_noun.finditer(text, s0, s1):
            if eng.in_quote(m.start()) is not None or not _noun_content_follows(eng, m, s1):
                continue
            if m.group("who") and m.group("who").split()[-1] in ("and", "or", "but"):
                continue  # "a joint statement by the ministers and that ...": a second clause of the host
            if m.group("who"):
                np_ = eng.parser.parse(text, m.start("who"), m.end("who"), allow_tail=False)
            else:
                np_ = possessive_owner(eng, s0, m.start())
            if np_ is None or np_.kind not in _NOUN_SPEAKER_KINDS:
                continue
            last = np_.text.split()[-1].lower().strip("’'")
            if any(r.sentence_id == si and last in r.speaker.lower() for r in eng.rows):
                continue
            a, b = eng.trim(m.start("ing") if m.group("ing") else m.end(), s1)  # ("accusing X of ...")
            if len(text[a:b].split()) >= 3:
                eng.attribute(si, np_, m.group("noun"), m.start(), m.start("noun") + len(m.group("noun")),
                              INDIRECT, a, b, RULE_SPEECH_NOUN)


#: the "-ing" words of "quoted Y as ..." that report speech ("saying", "stating", "telling")
_QUOTING_ING_RE = re.compile(r"(?<![a-z])[a-z]{1,20}ing\b")


def quoting_sources(eng: Engine) -> None:
    """ "Gamal Roshdy, the spokesperson ..., quoted Mr. Aboul Gheit as stating that ...", "“…,” Sharif quoted
    Suu Kyi as telling the minister": the one quoting is a second source of the words credited to the person
    quoted (a spokesperson or an official passing them on). Only a speaker phrase before "quoted" (not "was
    quoted as saying") and only when the sentence already credits the person quoted. A paper or an agency
    quoting ("The Times of Malta quoted Jones as saying", "Interfax quoted Peskov as saying") is the channel,
    no source: an organisation quoting is none."""
    text = eng.text
    if "quoted" not in text and "cited" not in text:
        return  # (the pattern's one fixed word: a text without it spares a search of every sentence)
    for si, (s0, s1, _) in enumerate(eng.sents):
        for qm in QUOTED_AS_RE.finditer(text, s0, s1):
            ing = _QUOTING_ING_RE.match(text, qm.end(), s1)
            verb = eng.verbs.get(ing.group()) if ing else None
            active = qm.group().startswith("quoted") and qm.group("who")
            if ing is None or not active or verb is None or verb.form != "ing":
                continue
            quoted = [r for r in eng.rows if r.sentence_id == si and r.cue_start >= ing.start()]
            sp = subject_before_cue(eng, s0, qm.start(), SAY_PAST)
            if not quoted or sp is None or sp.np is None or sp.np.kind in ("pronoun", "organisation"):
                continue
            row = quoted[0]
            eng.attribute(si, sp.np, "quoted", qm.start(), qm.start() + 6, row.kind, row.start, row.end,
                          RULE_QUOTING)


def document_quoted_on(eng: Engine) -> None:
    """ "Carney and Trump had a “productive ... conversation”, according to a readout from the Prime
    Minister's Office. The two discussed trade and “a new economic and security relationship.” They also
    spoke about “long-term peace” ...": the sentences right after an "according to" a document (a
    readout, a statement, a summary) that no rule has credited and that hold quoted words go on quoting
    that document (its author's, as the "according to" sentence); the first sentence without a quotation,
    or credited already, ends the run (at most three sentences)."""
    credited = eng.credited_sentences()
    for row in list(eng.rows):
        if row.kind != ACCORDING_TO or not row.cue.lower().startswith("according"):
            continue
        np_ = eng.parser.parse_alone(row.speaker_mention)
        if np_ is None or np_.kind != "document":
            continue
        last = max(int(i) for i in row.sentence_ids.split(","))
        for sj in range(last + 1, min(last + 4, len(eng.sents))):
            s0, s1, _ = eng.sents[sj]
            quoted = [q for q in eng.quotes_in(s0, s1) if q.statement_id < 0 and q.words >= 2]
            if sj in credited or not quoted:
                break
            a, b = eng.trim(s0, s1)
            eng.add(row.source, NO_CUE, PARTIAL, a, b, RULE_DOCUMENT_QUOTED_ON)
            credited.add(sj)


PASSES = rule_list(
    headline_speakers, cue_line_quotations, quotation_runs, block_quotations, block_headings, dash_turns,
    exchange_turns, opening_turn_interview, unlabelled_questions, unlabelled_interview, dash_interview,
    interviewed_lead, introduced_exchange, answer_cue_interview, answers_after_asker_labels,
    turn_continuations, briefing_body,
    remarks_body, later_remarks_heading, hand_over,
    unmarked_before_cue, quotation_before_cue,
    titled_briefing_body, unnamed_briefer, titled_first_person_body, titled_release_body, titled_issuer_body,
    issuer_voice_body, titled_principal_body,
    reproduced_issuer_body, titled_statement_body, footer_statement_body, chair_body, joint_body,
    signed_statement_body, joint_title_body,
    spokesman_statement_body, announced_document_body,
    lead_speech_body, presented_statement_body,
    unclosed_run, reopened_paragraphs, briefing_bullets, bare_verb_bullets, answers_after_questions,
    post_signatures,
    speech_noun_sources, quoting_sources, quoted_speech_acts, issuer_reported_acts, participle_openings,
    first_person_run, document_quoted_on,
)
