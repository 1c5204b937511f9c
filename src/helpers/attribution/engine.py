"""The attribution engine: one pass of the statement rules over a text, giving an :class:`Analysis`.

:func:`analyse` runs it once per text (cached), so the statements, quotations, speakers and speaker
mentions tables of one article agree. The rules themselves (cue words and patterns) are in
:mod:`helpers.attribution.cues`; the quotation pairer in :mod:`helpers.attribution.quotes`.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..lexicons.verbs import load_verbs
from ..speakers import NP, Resolver
from .cues import (
    ADVERB_ONLY,
    AFTER_RE,
    AS_BEFORE_RE,
    BOUND_RE,
    BY_AFTER_RE,
    BY_WORD_AFTER_RE,
    CLAUSE_WORDS,
    FINITE_RE,
    FIRST_WORD_RE,
    INDEF_APPOSITIVE_RE,
    NAMING_RE,
    NEXT_WORD_RE,
    NOUN_BEFORE_RE,
    NP_END_RE,
    OBJ_PRONOUNS,
    PAREN_END_RE,
    PASSIVE_BEFORE_RE,
    QUOTED_AS_RE,
    RELATIVE_CLAUSE_VERBS,
    SAY_PAST,
    SKIP_SEGMENT_RE,
    TELL_OBJ_RE,
    TO_BEFORE_RE,
    TRANSLATION_RE,
    WENT_ON_RE,
    WORD_RUN_RE,
    cue_pattern,
    parser_for,
)
from .quotes import Quote, find_quotes

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass
class Analysis:
    text: str
    statements: list[dict[str, Any]]
    quotes: list[Quote]
    mentions: list[dict[str, Any]]
    resolver: Resolver
    sentence_starts: list[int]
    warnings: list[str] = field(default_factory=list)
    #: the finished tables, built on first request and kept with the analysis (see :func:`statements` and
    #: :func:`helpers.speakers.speaker_mentions`): the pipeline asks for each of them more than once, and
    #: building a DataFrame costs more than the attribution of a short text. Callers get copies.
    table: pd.DataFrame | None = None
    mention_table: pd.DataFrame | None = None
    #: the role-noun mention rows (:func:`helpers.speakers._role_rows`), found on first request
    role_rows: list[dict[str, Any]] | None = None


#: The analyses of the last few texts, keyed by (text, format, verbs lexicon, titles lexicon): statements,
#: quotations, speakers and speaker mentions of one article share one run of the rules.
_CACHE: OrderedDict[tuple[Any, ...], Analysis] = OrderedDict()


def as_article(article: Any) -> Any:
    from ..article import Article, load_article

    if isinstance(article, Article):
        return article
    if isinstance(article, (str, os.PathLike)):
        return load_article(article)
    if hasattr(article, "text") and hasattr(article, "sentences"):
        return article
    raise InputError(
        f"expected an Article, a path or a text, got {type(article).__name__}",
        hint="pass helpers.load_article(path)",
    )


def analyse(
    article: Any,
    *,
    verbs_path: str | os.PathLike[str] | None = None,
    titles_path: str | os.PathLike[str] | None = None,
) -> Analysis:
    """Run the attribution once per article text (cached) and return every table's raw material."""
    art = as_article(article)
    vkey = None if verbs_path is None else str(Path(verbs_path).resolve())
    tkey = None if titles_path is None else str(Path(titles_path).resolve())
    key = (art.text, getattr(art, "format", "text"), vkey, tkey)
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
    ).run()
    _CACHE[key] = an
    while len(_CACHE) > 8:
        _CACHE.popitem(last=False)
    return an


def _paragraph_spans(art: Any) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: read from an Article's paragraph list, which is what its
    ``paragraphs`` table is built from (building that table would cost more than the attribution of a short
    text); other article-like objects give their ``paragraphs`` table."""
    from ..article import Article

    if isinstance(art, Article):
        return [(p.start, p.end) for p in art._paras]
    paras = art.paragraphs
    return list(zip(paras["start"].tolist(), paras["end"].tolist(), strict=True))


class Engine:
    #: how far before a cue (characters) the speaker phrase is looked for; keeps long sentences linear
    LOOKBACK = 400

    def __init__(
        self,
        text: str,
        sentences: list[tuple[int, int, str]],
        paragraphs: list[tuple[int, int]],
        verbs_key: str | None,
        titles_key: str | None,
        turn_labels: set[int] | None = None,
    ) -> None:
        self.text = text
        self.turn_labels = turn_labels or set()  # a transcript's turns (helpers.formats) own those labels
        self.sents = sentences
        self.starts = [s for s, _, _ in sentences]
        self.paras = paragraphs or [(0, len(text))]
        self.verbs = load_verbs(verbs_key)
        self.cue_re = cue_pattern(verbs_key)
        self.parser = parser_for(titles_key)
        self.res = Resolver(text, self.parser, self.starts)
        self.rows: list[dict[str, Any]] = []
        self.mentions: list[dict[str, Any]] = []

    # -- helpers ------------------------------------------------------------------------------------
    def _in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._qopen, pos) - 1
        if i >= 0 and self.quotes[i].open <= pos < self.quotes[i].close:
            return self.quotes[i]
        return None

    def _quotes_in(self, a: int, b: int) -> list[Quote]:
        """Outermost quotations lying inside ``[a - 1, b + 2)`` (a content span and its marks)."""
        i = bisect.bisect_left(self._qopen, a - 1)
        j = bisect.bisect_left(self._qopen, b + 2)
        return [q for q in self.quotes[i:j] if q.close <= b + 2]

    def _sid(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def _trim(self, a: int, b: int) -> tuple[int, int]:
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

    # -- run ----------------------------------------------------------------------------------------
    def run(self) -> Analysis:
        text = self.text
        self.quotes, bad = find_quotes(text, self.paras)
        self._qopen = [q.open for q in self.quotes]
        warns: list[str] = []
        if bad:
            msg = (
                f"{len(bad)} unbalanced quotation mark(s), first at offset {bad[0]}: "
                f"{text[max(0, bad[0] - 20) : bad[0] + 20]!r}; ignored"
            )
            warnings.warn(msg, UserWarning, stacklevel=3)
            warns.append(msg)
        by_sent: dict[int, list[re.Match[str]]] = {}
        for m in self.cue_re.finditer(text):
            if self.quotes and self._in_quote(m.start()) is not None:
                continue
            by_sent.setdefault(self._sid(m.start()), []).append(m)
        quotes_by_sent: dict[int, list[Quote]] = {}
        for q in self.quotes:
            quotes_by_sent.setdefault(self._sid(q.open), []).append(q)
        labels = self._labels()
        pstarts = [a for a, _ in self.paras]
        label_sents: dict[int, tuple[int, int, int]] = {}
        if labels:
            for si, (s0, _s1, _k) in enumerate(self.sents):
                pi = bisect.bisect_right(pstarts, s0) - 1
                if pi in labels:
                    label_sents[si] = (pi, *labels[pi])
        # Wikinews gives a quotation's original after its translation: "((hu))Hungarian language: ..."
        translations = (
            {si for si, (a, _b, _k) in enumerate(self.sents) if TRANSLATION_RE.match(text, a) is not None}
            if " language:" in text
            else set()
        )
        todo = sorted(set(by_sent) | set(quotes_by_sent) | set(label_sents) | translations)
        last_sid = -10
        last_row: dict[str, Any] | None = None
        label_rows: dict[int, dict[str, Any]] = {}
        for si in todo:
            s0, s1, kind = self.sents[si]
            if kind == "heading" or (kind == "dateline" and si not in label_sents):
                continue
            if si in label_sents:
                row = self._label_statement(si, s0, s1, label_sents[si], label_rows)
                if row is not None:
                    last_sid, last_row = si, row
                    continue
            if si + 1 < len(self.sents) and self._split_inverted(si + 1, by_sent.get(si + 1, [])) is not None:
                continue  # the next sentence is this quotation's attribution ('"...?" wrote X.')
            got = self._split_inverted(si, by_sent.get(si, []))
            if got is not None:
                row = self._attribute(
                    si,
                    got[0],
                    text[got[1] : got[2]],
                    got[1],
                    got[2],
                    None,
                    got[3].inner_start,
                    got[3].inner_end,
                    "postposed cue opening the next sentence: the quotation before it",
                )
                if row is not None:
                    last_sid, last_row = si, row
                    continue
            if si in translations and last_row is not None and last_sid == si - 1 and not by_sent.get(si):
                row = self._continue(last_row, s0, s1, si, "the original wording of {}'s quotation")
                last_sid, last_row = si, row
                continue
            made = self._sentence(si, s0, s1, by_sent.get(si, []), quotes_by_sent.get(si, []))
            if made:
                last_sid, last_row = si, made[-1]
                continue
            qs = [q for q in quotes_by_sent.get(si, []) if q.words >= 3 and q.closed]
            # a quotation inside a clause whose subject is someone else is not a continuation: "In the
            # document, the writer supposes a "cultural ..." of ..." (but "However, this line ... was
            # "effectively maintained ..."" carries on the previous speaker's words)
            qa, _qb = self._trim(s0, s1)
            if (
                qs
                and qs[0].open > qa + 1
                and not by_sent.get(si)
                and last_row is not None
                and last_sid == si - 1
            ):
                lead_np = self._leading_np(s0, qs[0].open)
                if lead_np is not None and lead_np.kind in (
                    "name",
                    "role",
                    "organisation",
                    "state",
                    "collective",
                ):
                    qs = []
            if (
                qs
                and not by_sent.get(si)  # a sentence with its own cue is not a continuation
                and last_row is not None
                and last_sid == si - 1
                and self.sents[si - 1][2] not in ("heading",)
            ):
                row = self._continue(last_row, s0, s1, si, "quotation right after a statement by {}")
                last_sid, last_row = si, row
        self._multi_paragraph_quotes()
        self._block_quotes()
        self._renumber()
        for q in self.quotes:
            if q.statement_id >= 0 and q.words > 1 and not self._is_name_quote(q):
                q.kind = "statement"
            elif q.words <= 1 or self._is_name_quote(q):
                q.kind, q.speaker, q.statement_id = "scare", None, -1
        for r in self.rows:
            r.pop("_entity", None)
        return Analysis(text, self.rows, self.quotes, self.mentions, self.res, self.starts, warns)

    # -- interview transcripts: "LAVROV: ...", "Q: ...", "A: ..." ---------------------------------------
    _LABEL_RE = re.compile(
        r"(?P<label>Q|A|Question|Answer|[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3})[ \t]*:[ \t]+(?=\S)"
    )

    def _labels(self) -> dict[int, tuple[int, int]]:
        """Paragraphs that open with a speaker label: paragraph index -> (label start, label end)."""
        found: dict[int, tuple[int, int]] = {}
        seen: dict[str, int] = {}
        for pi, (a, b) in enumerate(self.paras):
            m = self._LABEL_RE.match(self.text, a, b)
            if m and m.start() not in self.turn_labels:
                found[pi] = (m.start("label"), m.end("label"))
                key = m.group("label").lower()
                seen[key] = seen.get(key, 0) + 1
        # a label counts when it recurs, or is Q/A, or is written in capitals ("LAVROV:"); one
        # "Name: text" line alone is more often a caption or a headline
        return {
            pi: (la, lb)
            for pi, (la, lb) in found.items()
            if seen[self.text[la:lb].lower()] > 1 or self.text[la:lb].isupper()
        }

    def _label_entity(self, la: int, lb: int, previous: dict[int, dict[str, Any]]) -> tuple[Any, str] | None:
        text = self.text
        label = text[la:lb]
        res = self.res
        res.scan()
        if label in ("Q", "Question"):
            return res.named("anonymous", "interviewer", la, lb), "speaker label: the interviewer"
        if label in ("A", "Answer"):
            for row in reversed(list(previous.values())):
                if not row.get("_pending") and row.get("speaker") != "interviewer":
                    return row["_entity"], "speaker label: the interviewee who answered before"
            people = sorted((e for e in res.entities if e.type == "person"), key=lambda e: e.first_start)
            return (people[0], "speaker label: the first person named in the text") if people else None
        norm = label.title() if label.isupper() else label
        np_ = self.parser.parse(norm, 0, len(norm), allow_tail=False)
        if np_ is None or np_.kind not in ("name", "state"):
            return None
        if np_.kind == "state":
            return res.named("state", np_.name or norm, la, lb), "speaker label: a state"
        if np_.role or len((np_.name or "").split()) > 1:
            np_.start, np_.end, np_.text = la, lb, label
            ent = res._register_np(np_)
            return (ent, "speaker label: a name") if ent is not None else None
        ent = res.surname_lookup(np_)
        return (ent, "speaker label: surname of a person named in the text") if ent is not None else None

    def _label_statement(
        self, si: int, s0: int, s1: int, info: tuple[int, int, int], label_rows: dict[int, dict[str, Any]]
    ) -> dict[str, Any] | None:
        pi, la, lb = info
        text = self.text
        first = label_rows.get(pi)
        if first is None or first.get("_pending"):
            if first is None:
                if not (la >= s0 and la < s1):
                    return None
                got = self._label_entity(la, lb, label_rows)
                if got is None:
                    return None
                ent, rule = got
            else:
                ent, rule = first["_entity"], first["rule"]
            colon = text.index(":", lb)
            a, b = self._trim(max(colon + 1, s0), s1)
            if b <= a:  # the label is a sentence of its own ("LAVROV:"): the next one carries the words
                label_rows[pi] = {"_pending": True, "_entity": ent, "rule": rule}
                return None
            q = self._in_quote(a)
            kind = "direct"
            if q is not None and q.open == a and not text[q.close : s1].strip(" .!?\n"):
                a, b = q.inner_start, q.inner_end
            row = self._add(
                ent,
                text[la:lb],
                la,
                lb,
                text[la : colon + 1],
                la,
                colon + 1,
                kind,
                a,
                b,
                si,
                rule,
                mention_type="name" if ent.type == "person" else ent.type,
            )
            label_rows[pi] = row
            return row
        if first.get("_pending"):
            return None
        a, b = self._trim(s0, s1)
        return self._add(
            first["_entity"],
            first["speaker_mention"],
            first["speaker_start"],
            first["speaker_end"],
            "",
            -1,
            -1,
            "continuation",
            a,
            b,
            si,
            "continuation: same labelled paragraph",
            mention_type=None,
        )

    def _multi_paragraph_quotes(self) -> None:
        """A quotation left open at a paragraph end (the next one reopens it) takes the speaker of the
        statement that closes the run."""
        open_runs = [q for q in self.quotes if not q.closed and q.statement_id < 0]
        if not open_runs:
            return
        anchors = sorted((r["start"], n) for n, r in enumerate(self.rows) if r["kind"] != "continuation")
        anchor_starts = [a for a, _ in anchors]
        for q in open_runs:
            k = bisect.bisect_left(anchor_starts, q.close)
            if k >= len(anchors):
                continue
            nxt = self.rows[anchors[k][1]]
            pstarts = [a for a, _ in self.paras]
            pi = bisect.bisect_right(pstarts, q.open) - 1
            if bisect.bisect_right(pstarts, nxt["start"]) - 1 > pi + 3:
                continue
            for si in range(self._sid(q.open), self._sid(max(q.open, q.close - 1)) + 1):
                s0, s1, _ = self.sents[si]
                a, b = self._trim(max(s0, q.open), min(s1, q.close))
                if b > a and not any(r["sentence_id"] == si for r in self.rows):
                    if q.statement_id < 0:
                        q.statement_id, q.speaker = len(self.rows), nxt["speaker"]
                    self._add(
                        nxt["_entity"],
                        nxt["speaker_mention"],
                        nxt["speaker_start"],
                        nxt["speaker_end"],
                        "",
                        -1,
                        -1,
                        "continuation",
                        a,
                        b,
                        si,
                        f"continuation: quotation run across paragraphs, attributed where it closes "
                        f"({nxt['speaker']})",
                        mention_type=None,
                    )

    def _block_quotes(self) -> None:
        """'Marrero rejected this argument:' closing a paragraph, then a quotation set off as paragraphs of
        its own (indented, or ended by a signature line '– Name'): those paragraphs are the speaker's."""
        text = self.text
        pstarts = [a for a, _ in self.paras]
        taken = {int(i) for r in self.rows for i in str(r["sentence_ids"]).split(",") if i}
        for r in list(self.rows):
            if r["kind"] == "continuation" or r["cue_start"] < 0:
                continue
            si = self._sid(r["cue_start"])
            s0, s1, _ = self.sents[si]
            pi = bisect.bisect_right(pstarts, s0) - 1
            if (
                not text[s0:s1].rstrip().endswith(":")
                or pi + 1 >= len(self.paras)
                or self.paras[pi][1] > s1 + 1
            ):
                continue
            end = None
            for pj in range(pi + 1, min(pi + 7, len(self.paras))):
                a, b = self.paras[pj]
                if re.match(r"[–—-]\s*\S", text[a:b]):
                    end = pj
                    break
            nxt = self.paras[pi + 1][0]
            if end is None and not (nxt > 0 and text[nxt - 1] in " \t"):
                continue
            block = range(pi + 1, end if end is not None else pi + 2)
            for pj in block:
                a, b = self.paras[pj]
                for sj in range(self._sid(a), self._sid(max(a, b - 1)) + 1):
                    t0, t1, _ = self.sents[sj]
                    if sj in taken or t0 < a or t0 >= b:
                        continue
                    ca, cb = self._trim(t0, t1)
                    if cb > ca:
                        self._add(
                            r["_entity"],
                            r["speaker_mention"],
                            r["speaker_start"],
                            r["speaker_end"],
                            "",
                            -1,
                            -1,
                            "continuation",
                            ca,
                            cb,
                            sj,
                            f"continuation: block quotation introduced by a colon ({r['speaker']})",
                            mention_type=None,
                        )
                        taken.add(sj)

    def _renumber(self) -> None:
        order = sorted(range(len(self.rows)), key=lambda i: (self.rows[i]["start"], i))
        new_id = {self.rows[i]["statement_id"]: n for n, i in enumerate(order)}
        self.rows = [self.rows[i] for i in order]
        for r in self.rows:
            r["statement_id"] = new_id[r["statement_id"]]
        for q in self.quotes:
            if q.statement_id >= 0:
                q.statement_id = new_id[q.statement_id]
        for m in self.mentions:
            m["statement_id"] = new_id.get(m["statement_id"], -1)

    # -- one sentence -------------------------------------------------------------------------------
    def _sentence(
        self, si: int, s0: int, s1: int, cues: list[re.Match[str]], quotes: list[Quote]
    ) -> list[dict[str, Any]]:
        made: list[dict[str, Any]] = []
        for m in cues:
            if m.group("acc"):
                row = self._according(si, s0, s1, m, made)
            else:
                row = self._verb(si, s0, s1, m, made)
            if row is not None:
                made.append(row)
        if made and len({r["speaker"] for r in made}) == 1:
            # '"Part one," he said, "part two."': the other parts of a split quotation are the same voice
            for q in quotes:
                if q.statement_id < 0 and q.words > 1 and q.closed and q.open < s1:
                    ref = made[0]
                    row = self._add(
                        ref["_entity"],
                        ref["speaker_mention"],
                        ref["speaker_start"],
                        ref["speaker_end"],
                        ref["cue"],
                        ref["cue_start"],
                        ref["cue_end"],
                        "direct",
                        q.inner_start,
                        q.inner_end,
                        si,
                        "another part of a quotation split by its attribution",
                        mention_type=None,
                    )
                    made.append(row)
        return made

    def _embedded(self, pos: int, made: list[dict[str, Any]]) -> dict[str, Any] | None:
        for r in made:
            if r["start"] <= pos < r["end"] or (
                r["kind"] == "according_to" and r["cue_start"] <= pos < r["end"]
            ):
                return r
        return None

    def _according(
        self, si: int, s0: int, s1: int, m: re.Match[str], made: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        text = self.text
        c0, c1 = m.start(), m.end()
        if text[c0] == "p" and text[max(0, c0 - 2) : c0] != ", ":
            return None  # "per" is a source only as "Per the decree, ..." or "..., per the report"
        host = self._embedded(c0, made)
        if host is not None:
            # "…, but, according to his agent, …": a second source for the rest of the sentence
            lead = re.search(r",\s*(?:but|while|whereas|and)\s*,?\s*$|;\s*$|,\s*$", text[host["start"] : c0])
            if lead is None:
                return None
            ea, eb = self._trim(host["start"], host["start"] + lead.start())
            if eb <= ea:
                return None
            host["end"], host["text"] = eb, text[ea:eb]
            if lead.group().strip(" ,"):  # ", but, according to X, …": X's words follow
                s0 = host["start"] + lead.end()
            # else "…, according to prosecutors": the source of what comes before
        cue = " ".join(m.group().split())
        if m.group("poss"):  # in his words
            word = m.group("poss").lower()
            np_ = NP(
                m.start("poss"),
                m.end("poss"),
                text[m.start("poss") : m.end("poss")],
                "pronoun",
                head={"his": "he", "her": "she", "their": "they", "its": "it"}[word],
            )
            np_end = c1
            prev = True
        else:
            e = NP_END_RE.search(text, c1, s1)
            np_end = e.start() if e else s1
            np_ = self.parser.parse(text, c1, np_end)
            if np_ is None:
                return None
            prev = np_.kind == "pronoun"
        after = text[np_end:s1]
        comma_after = after.lstrip().startswith(",")
        before = text[s0:c0].strip()
        intro = not before or (
            before.endswith(",") and len(before.split()) <= 5 and SKIP_SEGMENT_RE.match(before) is not None
        )
        if not intro and before.endswith(",") and len(before.split()) <= 3 and before[:1].isupper():
            # "Longer term, according to X, the goal is ...": a short adverbial without a verb
            words = [w.strip(",").lower() for w in before.split()]
            intro = all(w.isalpha() and not w.endswith(("ed", "s")) for w in words[1:]) and not any(
                w in ("is", "was", "are", "were", "has", "had", "will", "did") for w in words
            )
        if comma_after and len(after.strip(" ,.")) > 0 and intro:
            a, b = self._trim(np_end + after.index(",") + 1, s1)
        elif before:
            a, b = self._trim(s0, c0)
        else:
            a, b = self._trim(np_end, s1)
        if b <= a:
            return None
        return self._attribute(
            si, np_, cue, c0, c1, "according_to", a, b, f"'{cue.lower()}' + speaker", previous_speaker=prev
        )

    def _verb(
        self, si: int, s0: int, s1: int, m: re.Match[str], made: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        text = self.text
        c0, c1 = m.start(), m.end()
        form = " ".join(m.group("verb").split()).lower()
        verb = self.verbs.get(form)
        if verb is None:
            return None
        pre = text[max(s0, c0 - 24) : c0]
        # "she went on to say", "he continued to insist": the subject is before "went on"
        went_on = WENT_ON_RE.search(text[max(s0, c0 - 30) : c0])
        subj_end = max(s0, c0 - 30) + went_on.start() if went_on else c0
        if "agent" in verb.flags and verb.form == "past" and BY_AFTER_RE.match(text[c1 : c1 + 4]):
            # "he was told by Emergencies Minister Yevgeny Zinichev of ...", "numbers reported by The
            # Associated Press": the agent is the speaker
            return self._passive_agent(si, s0, s1, c0, c1, made)
        if ((TO_BEFORE_RE.search(pre) and not went_on) or PASSIVE_BEFORE_RE.search(pre)) and not (
            verb.form == "ing" and AS_BEFORE_RE.search(pre)
        ):
            return None
        if BY_WORD_AFTER_RE.match(text[c1 : c1 + 4]):
            return None
        if verb.form in ("s", "base") and NOUN_BEFORE_RE.search(pre):
            return None  # "sixteen states", "the reports", "member states": a noun, not a verb
        # the subject
        quoted_as = None
        if verb.form == "ing" and AS_BEFORE_RE.search(pre):
            # "Interfax quoted Peskov as saying ...", "Lavrov was quoted as saying ..."
            qm = QUOTED_AS_RE.search(text, max(s0, c0 - self.LOOKBACK), c0)
            if qm and qm.group("who") and qm.end() == c0:
                np_q = self.parser.parse(text, qm.start("who"), qm.end("who"))
                quoted_as = (np_q, None, s0) if np_q is not None else None
            elif qm and qm.end() == c0:
                quoted_as = self._subject(max(s0, c0 - self.LOOKBACK), qm.start(), SAY_PAST)
            if quoted_as is None:
                return None
        with_ing = None
        if verb.form == "ing" and quoted_as is None:
            # "with Zinichev describing the "real threat" ...", "with local media reporting no-one was ...",
            # "despite Znak.com claiming an anonymous source described ...": a clause with its own subject
            wm = re.search(
                r"\b(?:[Ww]ith|[Dd]espite|[Aa]mid)\s+([^,;:\"“«()]{1,60}?)\s+$", text[max(s0, c0 - 70) : c0]
            )
            if wm is not None:
                w0 = max(s0, c0 - 70) + wm.start(1)
                np_w = self.parser.parse(text, w0, w0 + len(wm.group(1)), allow_tail=False)
                if np_w is not None and np_w.kind != "pronoun" and np_w.kind != "document":
                    with_ing = (np_w, None, w0)
        subj = quoted_as or with_ing
        if subj is None and verb.form in ("past", "s") and text[s0:c0].rstrip().endswith(","):
            # "..., with the death toll rising to 22 on Monday, reported officials, with 25 others injured":
            # an inverted cue after a comma, when what stands before the comma is no speaker phrase
            e = NP_END_RE.search(text, c1, s1)
            np_end = e.start() if e else s1
            rest = text[np_end:s1].strip()
            prev_seg = (
                re.search(r"(?:^|[,;:])([^,;:]*),\s*$", text[max(s0, c0 - self.LOOKBACK) : c0])
                if (not rest or rest[0] in ",.!?;") and np_end - c1 < 80
                else None
            )
            if (
                prev_seg is not None
                and self.parser.parse(
                    text,
                    max(s0, c0 - self.LOOKBACK) + prev_seg.start(1),
                    max(s0, c0 - self.LOOKBACK) + prev_seg.end(1),
                )
                is None
            ):
                np_i = self.parser.parse(text, c1, np_end)
                if np_i is not None and np_i.kind not in ("pronoun", "document"):
                    subj = (np_i, None, c0)
        if subj is None:
            subj = self._subject(max(s0, c0 - self.LOOKBACK), subj_end, verb)
        elif subj[2] == c0 and subj is not quoted_as and subj is not with_ing:
            a, b = self._trim(s0, c0)
            if len(text[a:b].split()) < 3:
                return None
            return self._attribute(
                si,
                subj[0],
                text[c0:c1],
                c0,
                c1,
                None,
                a,
                b,
                "postposed cue: content before it (inverted: cue before the speaker)",
            )
        inverted = False
        if subj is None:
            # '"…," said X.' / '…, said X.'
            lead = text[s0:c0].rstrip()
            if lead and lead[-1] in ',"”»’' and verb.form in ("past", "s", "base"):
                e = NP_END_RE.search(text, c1, s1)
                np_end = e.start() if e else s1
                # 'said X.' / 'said X, the ...': nothing but punctuation or an appositive after the name
                rest = text[np_end:s1].strip()
                np_ = self.parser.parse(text, c1, np_end) if (not rest or rest[0] in ",.!?;—–-") else None
                if (np_ is not None and np_.kind != "pronoun") or (
                    np_ is not None and np_.head in ("he", "she")
                ):
                    subj = (np_, None, c0)
                    inverted = True
            if subj is None:
                return None
        # what follows the verb (read only now: most cues have no speaker phrase before them)
        tail = text[c1:s1]
        if verb.lemma in ("tell", "inform", "brief", "assure", "warn", "urge", "remind", "advise"):
            om = TELL_OBJ_RE.match(tail)
            skip = om.end() if om else 0
        else:
            skip = 0
        am = AFTER_RE.match(text, c1 + skip, s1)
        content_start = am.end() if am else c1 + skip
        nxt_word = NEXT_WORD_RE.match(text, c1, s1)
        first = nxt_word.group(1).lower() if nxt_word else ""
        rest_first = FIRST_WORD_RE.match(text, content_start, s1)
        rest_first_w = rest_first.group().lower() if rest_first else ""
        strict_clause = (
            bool(am and (am.group("that") or am.group("punct") == ":"))
            or (rest_first_w != "" and rest_first_w[0] in '"“«„‘')
            or rest_first_w in ("whether", "if")
        )
        # '"Trump responded to the ruling via Twitter, attacking …: "…"': a quotation after a colon
        strict_clause = strict_clause or re.search(r":\s*[\"“«„]", text[c1:s1]) is not None
        clause = strict_clause or rest_first_w in CLAUSE_WORDS
        embedded = self._embedded(c0, made)
        if inverted:
            content_start = np_end
        np_, bound, clause_start = subj
        if np_.kind == "pronoun" and np_.head in ("him", "them"):
            return None
        if (
            verb.form == "base"
            and not inverted
            and np_.kind in ("organisation", "name", "document", "state")
            and not np_.plural
            and re.search(r"\S\s+[A-Z][\w’'.\-]*\s+$", text[max(s0, c0 - 40) : c0]) is not None
        ):
            # "the United Nations report on human rights": after a name inside the sentence, a base form is
            # a noun (a singular subject would take "reports"); "Kurds announce deal" opens a headline
            return None
        parenthetical = (
            embedded is not None
            and bound is not None
            and bound.group() == ","
            and re.match(r"\s*,", text[c1:s1]) is not None
        )
        if embedded is not None and not parenthetical:
            # allowed only as a new clause with its own subject: ", so Biden hailed"
            if (
                bound is None
                or bound.group().strip() not in ("so", "but", "while", "whereas", ";")
                or (not text[: bound.start()].rstrip().endswith((",", ";")) and bound.group() != ";")
            ):
                return None
            cut = bound.start() if bound.group() == ";" else text.rfind(",", embedded["start"], bound.start())
            if cut < 0:
                return None
            ea, eb = self._trim(embedded["start"], cut)
            embedded["end"], embedded["text"] = eb, text[ea:eb]
        # postposed: the content is before the cue
        after_tail = re.split(r"\s[—–]+\s|—|;", text[c1:s1])[0].strip(' .!?"”»’')
        # '"...," Baloch wrote on social media shortly before her death.': after a closing quotation mark,
        # a longer adverbial tail still leaves the quotation as the content
        tail_limit = 6
        if (
            bound is not None
            and bound.group() in ('"', "”", "»")
            and re.match(
                r"\s*(?:on|in|at|to|during|after|before|shortly|late|early|earlier|later|via|from|while|when|in|yesterday|today|last|this)\b",
                text[c1:s1],
            )
        ):
            tail_limit = 14
        postposed = (
            inverted
            or (
                bound is not None
                and bound.group() in (",", '"', "”", "»", "’")
                and clause_start > s0
                and not clause
                and len(after_tail.split()) <= tail_limit
                and not re.search(r"[\"“«:]|\bthat\b", text[c1:s1])
            )
            or (bound is not None and bound.group().lower() == "which" and not after_tail)
        )
        if (
            (verb.form == "ing" or re.search(r"\bhaving\s+$", pre))
            and not postposed
            and not strict_clause
            and quoted_as is None
            and not (with_ing is not None and (clause or self._finite_clause(c1, s1)))
            and not self._quote_in_complement(c1, s1)
        ):
            return None  # ", calling on ..." / ", noting the ...": only ", noting that ..." reports speech
        if "that" in verb.flags and not (clause or postposed or self._finite_clause(c1, s1)):
            return None
        if "noobj" in verb.flags and first in OBJ_PRONOUNS and not clause:
            return None
        if postposed:
            qend = bound.start() if bound is not None and bound.group() == "," else clause_start
            if inverted:
                qend = c0
            a, b = self._trim(s0, qend)
            before = text[a:b]
            if (len(before.split()) < 3 and not self._in_quote(a)) or (
                len(before.split()) <= 4 and SKIP_SEGMENT_RE.match(before) and not self._in_quote(a)
            ):
                return None  # "Apart from that, X agreed ...": an adverbial, not content
            # '"…," he said' -> the content ends with the closing quote
            rule = "postposed cue: content before it"
        else:
            a, b = self._trim(content_start, s1)
            rule = "cue + content after it"
            if b <= a:
                return None
        if b <= a:
            return None
        if (
            verb.form == "ing"
            and not inverted
            and np_.kind != "pronoun"
            and bound is not None
            and bound.group() == ","
            and text[s0:c0].count(",") >= 1
            and subj[0] is np_
            and False
        ):
            pass
        if postposed and not inverted and np_.kind == "pronoun" and np_.head in ("they", "it"):
            # "State prosecutors charged the suspect ..., they said": the subject of the reported clause
            lead = self._leading_np(s0, b)
            if (
                lead is not None
                and lead.start < a + 40
                and (
                    (np_.head == "they" and lead.plural and lead.kind in ("role", "collective"))
                    or (np_.head == "it" and lead.kind in ("organisation", "state"))
                )
            ):
                np_ = lead
                rule += "; the pronoun is the subject of the reported clause"
        cue_start = c0
        neg = re.search(
            r"\b(?:did|does|do|would|could|will)\s+(?:not|n[’']t)\s+$|\b(?:didn|doesn|don|won)[’']t\s+$",
            text[max(s0, c0 - 16) : c0],
        )
        if neg:
            cue_start = max(s0, c0 - 16) + neg.start()
        return self._attribute(
            si,
            np_,
            text[cue_start:c1],
            cue_start,
            c1,
            None,
            a,
            b,
            rule + (" (inverted: cue before the speaker)" if inverted else ""),
        )

    def _is_name_quote(self, q: Quote) -> bool:
        """A title-case quotation of a few words after a naming verb is a name, nobody's words: 'He named it
        "Operation Peace Spring"', 'a programme dubbed "Zrínyi 2026"'."""
        if q.words > 4:
            return False
        words = self.text[q.inner_start : q.inner_end].split()
        if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return False
        return NAMING_RE.search(self.text, max(0, q.open - 40), q.open) is not None

    def _split_inverted(self, si: int, cues: list[re.Match[str]]) -> tuple[NP, int, int, Quote] | None:
        """'"Who is so stupid to steal a toilet?" wrote Cattelan, the artist, ...': a quotation ending in
        "?" or "!" closes a sentence, and the next one opens with the inverted cue in lower case. Returns
        (speaker phrase, cue start, cue end, the quotation) when sentence ``si`` is such a cue."""
        if si == 0 or not cues:
            return None
        text = self.text
        s0, s1, _ = self.sents[si]
        m = cues[0]
        if m.group("acc") or m.start() != s0 or not text[s0 : s0 + 1].islower():
            return None
        verb = self.verbs.get(" ".join(m.group("verb").split()).lower())
        if verb is None or verb.form not in ("past", "s"):
            return None
        p0, p1, _ = self.sents[si - 1]
        a, b = self._trim(p0, p1)
        q = self._in_quote(max(a, b - 1))
        if q is None or q.close < b or q.words < 2 or not q.closed:
            return None
        e = NP_END_RE.search(text, m.end(), s1)
        np_end = e.start() if e else s1
        rest = text[np_end:s1].strip()
        if rest and rest[0] not in ",.!?;":
            return None
        np_ = self.parser.parse(text, m.end(), np_end)
        if np_ is None or (np_.kind == "pronoun" and np_.head not in ("he", "she")):
            return None
        return np_, m.start(), m.end(), q

    def _quote_in_complement(self, c1: int, s1: int) -> bool:
        """A quotation of two words or more opens in the verb's own clause ("..., telling Wikinews the
        company "extends its condolences"", "calling the decision "a disgrace"")."""
        stop = re.search(r"[;.!?]|,\s+(?:while|but|and|whereas)\b", self.text[c1:s1])
        end = c1 + stop.start() if stop else s1
        return any(q.words >= 2 and c1 <= q.open < end for q in self._quotes_in(c1, s1))

    def _passive_agent(
        self, si: int, s0: int, s1: int, c0: int, c1: int, made: list[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """'<cue, past participle> by X': X is the speaker; the content is what follows X in the sentence
        (", 415 thousand priests ...", 'of "presumably between 36 and 40 people"'), or what precedes the
        cue when nothing does."""
        text = self.text
        if self._embedded(c0, made) is not None:
            return None
        by = re.match(r"\s+by\s+", text[c1:s1])
        if by is None:
            return None
        a0 = c1 + by.end()
        e = NP_END_RE.search(text, a0, s1)
        lim = e.start() if e else s1
        words = list(itertools.islice(WORD_RUN_RE.finditer(text[a0:lim]), 9))
        np_ = None
        for n in range(len(words), 0, -1):
            nxt = words[n].group() if n < len(words) else ""
            if nxt and not nxt[:1].islower():
                continue
            cand = self.parser.parse(text, a0, a0 + words[n - 1].end(), allow_tail=False)
            if cand is not None and cand.kind not in ("pronoun", "document"):
                np_ = cand
                break
        if np_ is None:
            return None
        a, b = self._trim(np_.end, s1)
        if len(text[a:b].split()) < 3:
            lead = PASSIVE_BEFORE_RE.search(text, s0, c0)
            a, b = self._trim(s0, lead.start() if lead else c0)
        if len(text[a:b].split()) < 2:  # "The operation was condemned by members of the EU."
            return None
        return self._attribute(
            si, np_, text[c0:c1], c0, c1, None, a, b, "passive cue: the speaker after 'by'"
        )

    def _finite_clause(self, c1: int, s1: int) -> bool:
        """A clause without "that" after the verb: a finite verb within a dozen words, before any
        punctuation or relative word ("Klimov indicated 68 people were missing")."""
        m = FINITE_RE.match(self.text, c1, min(s1, c1 + 160))
        return m is not None

    def _subject(self, s0: int, c0: int, verb: Any) -> tuple[NP, re.Match[str] | None, int] | None:
        """The speaker phrase before the cue: (np, the boundary before it, where its clause starts)."""
        text = self.text
        # "... )" closing the stretch is rare: only then is the regex run over it
        paren = text[s0:c0].rstrip().endswith(")") and PAREN_END_RE.search(text[s0:c0])
        if paren:  # "the World Health Organization (WHO) announced"
            c0 = s0 + paren.start()
        bounds = list(BOUND_RE.finditer(text, s0, c0))
        idx = len(bounds) - 1
        seg_end = c0
        bnd = bounds[idx] if idx >= 0 else None
        seg_start = bnd.end() if bnd else s0
        chunk = text[seg_start:seg_end]
        if verb.form == "ing" and bnd is not None and bnd.group() == "," and not chunk.strip():
            # ", noting that ..." -> the subject of the main clause
            np_ = self._leading_np(s0, bnd.start())
            return (np_, bnd, s0) if np_ is not None else None
        if chunk.strip() and all(w.lower() in ADVERB_ONLY for w in chunk.split()):
            chunk = ""  # ", also announced": only adverbs between the comma and the verb
        if chunk.strip():
            if (
                bnd is not None
                and bnd.group() == "who"
                and text[: bnd.start()].rstrip().endswith(",")
                and not chunk.strip(" ,")
            ):
                # "Rick Santorum, who mentioned …": the phrase before ", who"
                comma = text.rfind(",", s0, bnd.start())
                prev = [b for b in bounds[:idx] if b.end() <= comma]
                seg0 = prev[-1].end() if prev else s0
                np_ = self.parser.parse(text, seg0, comma)
                if np_ is not None and np_.kind in ("name", "organisation", "state"):
                    return np_, bnd, comma
                return None
            if (
                bnd is not None
                and bnd.group().lower() in ("which", "that")
                and len(chunk.split()) <= 6
                and verb.lemma in RELATIVE_CLAUSE_VERBS
                and re.match(
                    r"[\w’']+\s+(?!(?:that|the|a|an|as|of|in|on|at|for|to|by|with|from|about|it|this)\b)[a-z]+\b",
                    text[c0:],
                )
                is not None
            ):
                # "..., which NASA said might take place this summer": the source of the relative clause
                np_r = self.parser.parse(text, seg_start, seg_end, allow_tail=False)
                if np_r is not None and np_r.kind in ("name", "organisation", "state", "collective", "role"):
                    return np_r, bnd, bnd.start()
                return None
            if (
                bnd is not None
                and bnd.group().lower() == "which"
                and text[: bnd.start()].rstrip().endswith(",")
                and re.match(r"[\w’']+\s*[.!?]?\s*$", text[c0 : self.sents[self._sid(c0)][1]]) is not None
            ):
                # "Qawi was accused of inciting the murder, which he denied.": the source of the clause
                # before ", which"
                np_w = self.parser.parse(text, seg_start, seg_end)
                if np_w is not None and np_w.kind != "document":
                    return np_w, bnd, bnd.start()
                return None
            if bnd is not None and bnd.group().lower() in ("although", "though"):
                # "Even though Waseem confessed to acting alone, ...": a concessive clause with a named
                # subject ("because"/"when" clauses and pronoun subjects are too often no report at all)
                np_s = self.parser.parse(text, seg_start, seg_end)
                if np_s is not None and np_s.kind in ("name", "organisation", "state"):
                    return np_s, bnd, bnd.start()
                return None
            if bnd is not None and bnd.group().lower() in (
                "that",
                "which",
                "who",
                "whom",
                "whose",
                "if",
                "whether",
                "because",
                "when",
                "although",
                "though",
                "unless",
            ):
                return None
            np_ = self.parser.parse(text, seg_start, seg_end)
            if np_ is None:
                # "He raised concerns ... and reiterated that": the subject of the sentence
                if re.search(r"\s(?:and|but)\s*$", chunk) and len(chunk.split()) > 2:
                    lead = self._leading_np(s0, c0)
                    if lead is not None and lead.end <= seg_start + len(chunk):
                        return lead, bnd, s0
                return None
            return np_, bnd, (bnd.start() if bnd else s0)
        # empty chunk after a comma: walk back over an appositive or a participle phrase
        if bnd is None or bnd.group() != ",":
            return None
        appositive: NP | None = None
        loose_appositive = False  # "Airfleets, a database detailing the aircraft ..., states"
        for _ in range(3):
            idx -= 1
            seg_end = bnd.start()
            bnd = bounds[idx] if idx >= 0 else None
            seg_start = bnd.end() if bnd else s0
            seg = text[seg_start:seg_end]
            if not seg.strip():
                return None
            np_ = self.parser.parse(text, seg_start, seg_end, allow_tail=False)
            if np_ is None and appositive is None and bnd is not None and bnd.group() == ",":
                # an appositive role with a tail: "Howard Rubel, a Toronto lawyer representing Spanton,
                # told", "Sophie Obadia, another lawyer for the victim, told"
                np_t = self.parser.parse(text, seg_start, seg_end, allow_tail=True)
                if np_t is not None and np_t.kind == "role" and np_t.determiner == "indefinite":
                    np_ = np_t
                elif not loose_appositive and INDEF_APPOSITIVE_RE.match(seg):
                    loose_appositive = True
                    continue
            if np_ is None:
                if SKIP_SEGMENT_RE.match(seg):
                    if bnd is None or bnd.group() != ",":
                        return None
                    continue
                return None
            if np_.kind == "group" and np_.members and all(x.kind == "role" for x in np_.members):
                # "Dr X, the lead author of the study and an addiction medicine specialist, said": roles
                # joined by "and" describe one person
                np_ = np_.members[0]
            if loose_appositive and appositive is None:
                # only a name or an organisation may stand before an appositive we could not read
                if np_.kind in ("name", "organisation", "state"):
                    return np_, bnd, (bnd.start() if bnd else s0)
                return None
            if (
                np_.kind == "role"
                and np_.determiner in ("indefinite", "bare", "possessive", "definite")
                and appositive is None
                and bnd is not None
                and bnd.group() == ","
            ):
                appositive = np_
                continue
            if appositive is not None and np_.kind == "name":
                np_.role, np_.head = appositive.role, appositive.head
                np_.affiliation = np_.affiliation or appositive.affiliation
                np_.gender = np_.gender or appositive.gender
                return np_, bnd, (bnd.start() if bnd else s0)
            if appositive is not None:
                return appositive, bnd, seg_end
            if np_.kind == "pronoun":
                return None
            return np_, bnd, (bnd.start() if bnd else s0)
        if appositive is not None:
            return appositive, bnd, s0
        return None

    def _leading_np(self, s0: int, end: int) -> NP | None:
        """The subject at the start of the sentence's main clause (skipping an opening adverbial)."""
        text = self.text
        bounds = [m for m in BOUND_RE.finditer(text, s0, end) if m.group() == ","]
        starts = [s0] + [b.end() for b in bounds]
        for st in starts[:3]:
            seg = text[st:end]
            if SKIP_SEGMENT_RE.match(seg) and st == s0 and bounds:
                continue
            # the longest run of words from the clause start that reads as a speaker phrase and ends before a
            # lower-case word (only such runs are parsed: the parse costs more than the test)
            words = list(itertools.islice(WORD_RUN_RE.finditer(text[st:end]), 8))
            for n in range(len(words), 0, -1):
                if n < len(words) and not words[n].group()[:1].islower():
                    continue
                np_ = self.parser.parse(text, st, st + words[n - 1].end(), allow_tail=False)
                if np_ is not None:
                    return np_
        return None

    # -- recording ----------------------------------------------------------------------------------
    def _attribute(
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
    ) -> dict[str, Any] | None:
        ent, ante, rrule, mtype = self.res.resolve(np_, np_.start, previous_speaker=previous_speaker)
        if ent is None:
            return None
        # the content's kind and span
        text = self.text
        qs = [q for q in self._quotes_in(a, b) if q.inner_end > q.inner_start]
        direct = None
        for q in qs:
            if q.open <= a + 1 and not text[q.close : b].strip(" .,;:!?\n"):
                direct = q
        if kind is None:
            if direct is not None:
                kind = "direct"
            elif any(q.words >= 2 for q in qs):
                kind = "partial"
            else:
                kind = "indirect"
        if direct is not None and kind == "direct":
            a, b = direct.inner_start, direct.inner_end
        row = self._add(
            ent,
            np_.text,
            np_.start,
            np_.end,
            cue,
            cue_start,
            cue_end,
            kind,
            a,
            b,
            si,
            f"{rule}; speaker: {rrule}",
            mention_type=mtype,
            antecedent=ante,
        )
        return row

    def _continue(self, last_row: dict, s0: int, s1: int, si: int, why: str) -> dict | None:
        """Sentence ``si`` (``s0``-``s1``) as a continuation of ``last_row``'s speaker, with no cue of its
        own; ``why`` is the rule text, with ``{}`` for the speaker's name."""
        a, b = self._trim(s0, s1)
        return self._add(
            last_row["_entity"],
            last_row["speaker_mention"],
            last_row["speaker_start"],
            last_row["speaker_end"],
            "",
            -1,
            -1,
            "continuation",
            a,
            b,
            si,
            "continuation: " + why.format(last_row["speaker"]),
            mention_type=None,
        )

    def _add(
        self,
        ent: Any,
        mention: str,
        ms: int,
        me: int,
        cue: str,
        cs: int,
        ce: int,
        kind: str,
        a: int,
        b: int,
        si: int,
        rule: str,
        *,
        mention_type: str | None,
        antecedent: Any = None,
    ) -> dict[str, Any]:
        sid = len(self.rows)
        last = self._sid(max(a, b - 1))
        row = {
            "statement_id": sid,
            "speaker": ent.canonical,
            "speaker_type": ent.type,
            "speaker_mention": mention,
            "speaker_start": ms,
            "speaker_end": me,
            "cue": cue,
            "cue_start": cs,
            "cue_end": ce,
            "kind": kind,
            "start": a,
            "end": b,
            "text": self.text[a:b],
            "sentence_id": self._sid(a),
            "sentence_ids": ",".join(str(i) for i in range(self._sid(a), last + 1)),
            "rule": rule,
            "_entity": ent,
        }
        self.rows.append(row)
        ent.n_statements += 1
        if mention_type is not None:
            if mention_type in ("role_noun",) or (mention_type == "name" and ent.type == "person"):
                ent.add_alias(
                    mention if mention_type == "role_noun" else ent.aliases[-1] if False else mention
                )
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
                    "rule": rule.split("speaker: ", 1)[-1],
                    "statement_id": sid,
                    "sentence_id": self._sid(ms),
                }
            )
        for q in self._quotes_in(a, b):
            if q.statement_id < 0:
                q.statement_id, q.speaker = sid, ent.canonical
        return row
