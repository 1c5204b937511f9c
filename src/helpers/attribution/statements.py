"""The statements and quotations tables: who said what, one row per statement or quotation.

``statements(article)`` finds every statement a source makes in the article: direct quotations, partial
quotations inside reported speech, indirect (reported) speech, "according to" attributions and the
sentences that carry on a quotation. Sentences with no source are the narrator's and get no row.

How a statement is found (rules, in this order, sentence by sentence; see also :mod:`helpers.speakers`).
Each rule is a named function in a public list; print them in a notebook with
``for r in helpers.attribution.engine.SENTENCE_RULES: print(r.name, r.__doc__)`` (also ``PASSES`` there,
and ``CUE_RULES``, ``NOT_A_CUE``, ``SPEAKER_RULES``, ``CLAUSE_SUBJECT_RULES`` in
:mod:`helpers.attribution.cues`). The ``kind`` and ``rule`` texts are named constants in ``cues``.

1. **Quotation marks** are paired per paragraph: straight and curly double quotes, guillemets « »,
   „German“ quotes and single quotes ‘…’ (an apostrophe between letters is never a quote). Only
   outermost quotations start statements; nested ones belong to their host. A mark left open at the end
   of a paragraph closes there when the next paragraph opens a quotation (the multi-paragraph
   convention); otherwise it is ignored with a ``UserWarning``. A quotation of one word ("emotional") is
   a scare quote, never a statement of its own.
2. **Cues** outside quotations: "according to X", "per the decree", "in his words", "in the words of
   X", "as reported by X", and the speech verbs of ``lexicons/speech_verbs.txt`` in any form. A verb is
   not a cue after "to" (infinitive; but "she went on to say" is), after a form of "be" (passive: "he
   was asked"; but "was quoted as saying" is, and so is a passive with "by X" for verbs flagged
   ``agent``), before "by", after a determiner or number ("sixteen states": a noun), as an
   "-ing" phrase without a clause ("Speaking to journalists, ..."), or, for verbs flagged ``that``,
   without a clause or quotation ("agreements that rule out expansion").
3. **The speaker** is the noun phrase the cue rests on: the subject before the verb (over an appositive
   or a participle phrase: "Peskov, commenting on such reports, castigated"; "Airfleets, a database
   detailing …, states"), the phrase after an inverted verb ('"…," said Mr. Lavrov', "…, reported
   officials, …", and '"…?" wrote X.' when the splitter ends the sentence at the "?"), the object of
   "according to", the agent of a passive cue flagged ``agent`` ("he was told by the minister of …",
   "numbers reported by The Associated Press"), the subject of an absolute or subordinate clause ("with
   Zinichev describing …", "even though Waseem confessed …"), or the source of a relative clause ("…,
   which NASA said might …", "…, which he denied."). A postposed "they said"/"it said" is the subject
   of the reported clause when that is plural / an organisation. A document credits its named author
   ("a report by The Atlantic", "Trump's statement"). The phrase must read as a
   speaker (see :mod:`helpers.speakers`); "I"/"we" outside quotations are the narrator.
4. **The content**: after the cue (over "that", a colon, "told Reuters"), or, when the cue ends the
   sentence ('"…," he said.', '…, he assured.', '…, according to both parties.'), the clause before it.
   A cue inside another statement's content is embedded and ignored, unless it opens a new clause with
   its own subject after ", so"/", but"/", while"/";" ("Washington emphasized that …, so Biden hailed …",
   "…, but, according to his agent, …") or stands between commas (", experts noted, that …"). The other
   parts of a quotation split by its attribution ('"…," he said, "…"') are the same speaker's.
   Interview transcripts: a paragraph opening with a speaker label ("LAVROV:", "Q:", "A:") that recurs
   or is in capitals is that speaker's; for texts read as ``transcript`` the turns of
   :mod:`helpers.formats` decide (``transcript_statements``, kind ``turn``).
5. **kind**: ``direct`` when the content is one quotation, ``according_to`` for according-to cues,
   ``partial`` when reported speech contains a quoted fragment, ``indirect`` otherwise, and
   ``continuation`` for a sentence with a quotation of three words or more and no cue of its own right
   after a statement (its speaker is carried over) — unless someone else is the subject before the
   quotation ("the writer supposes a "…"") —, for the sentences of a quotation run over several
   paragraphs (its speaker is the one named where it closes), and for a Wikinews original-language line
   ("((hu))Hungarian language: …") after a quotation. A title-case quotation of up to four words after
   "named"/"dubbed"/"called" ('"Operation Peace Spring"') is a name: a scare quote, nobody's words.

Tables:

``statements(article)``:
    statement_id; speaker (canonical name); speaker_type (person, organisation, state, anonymous,
    group); speaker_mention, speaker_start, speaker_end (the name, pronoun or role noun phrase the
    attribution rests on, as written; for a continuation, the previous statement's mention); cue,
    cue_start, cue_end (the speech verb or "according to"; "" and -1 for continuations); kind (direct,
    partial, indirect, according_to, continuation; ``turn`` in transcripts); start, end, text (the content:
    ``article.text[start:end] == text``); sentence_id (where the content starts); sentence_ids (every
    sentence the content touches, ","-joined); rule (what decided the attribution).

``quotations(article)``:
    quote_id; start, end, text (inside the marks); open_start, close_end (the marks included);
    sentence_id; speaker (None for scare quotes and quotations nobody is credited with); statement_id
    (-1 when none); kind (statement, scare, unattributed).

:func:`helpers.attribution.evaluate.evaluate` scores the attribution against a gold file (YAML, format in
``tests/gold/README.md``), ``evaluate_all(paths)`` tabulates several;
:func:`helpers.attribution.evidence.evidence_html` shows every statement's sentence with the speaker, cue
and content marked.
"""

from __future__ import annotations

import bisect
import os
from typing import TYPE_CHECKING, Any

from ..article import as_article
from ..tables import frame
from .engine import Analysis, analyse

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

STATEMENT_COLUMNS = [
    "statement_id",
    "speaker",
    "speaker_type",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "start",
    "end",
    "text",
    "sentence_id",
    "sentence_ids",
    "rule",
]
QUOTATION_COLUMNS = [
    "quote_id",
    "start",
    "end",
    "text",
    "open_start",
    "close_end",
    "sentence_id",
    "speaker",
    "statement_id",
    "kind",
]


def statements(
    article: Any,
    *,
    verbs_path: str | os.PathLike[str] | None = None,
    titles_path: str | os.PathLike[str] | None = None,
    words_path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One row per attributed statement (columns in the module docstring).

    ``verbs_path``, ``titles_path``, ``words_path``: the user's own ``speech_verbs.txt``, ``titles.txt``,
    ``statement_words.txt`` (formats in the package files' headers); None: the package's.

    The table is built once per analysis (see :func:`helpers.attribution.engine.analyse`); each call
    returns a copy of it, so a caller may change its table freely.
    """
    art = as_article(article)
    return statements_table(
        art, analyse(art, verbs_path=verbs_path, titles_path=titles_path, words_path=words_path)
    ).copy()


_STATEMENT_INTS = (
    "statement_id",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "start",
    "end",
    "sentence_id",
)


def statements_table(art: Any, an: Analysis) -> pd.DataFrame:
    """The statements table of ``an`` (the analysis of ``art``), built on first use and kept in ``an.table``.
    Shared, not copied: internal callers only read it."""
    if an.table is not None:
        return an.table
    df = frame([s.row() for s in an.statements], STATEMENT_COLUMNS, _STATEMENT_INTS)
    if getattr(art, "format", "text") == "transcript":
        from ..formats import transcript_statements

        types = {e.canonical: e.type for e in an.resolver.entities}
        df = transcript_statements(art, df, types)
        df = _name_respondents(df, art.turns, lead_interviewee(an, art.turns))
    an.table = df
    return df


def lead_interviewee(an: Analysis, turns: pd.DataFrame) -> tuple[str, str] | None:
    """The person a transcript's title or lead presents before its first turn, who answers its "A:"/"R."
    turns when no named turn comes before them ("José Manuel Albares, Minister of Foreign Affairs: “...”" /
    lead / "Ask. ...?" / "Response. ..."): the person credited with words there (the headline's speaker),
    else the one person first named there with an office, else the first person named there; as
    (speaker, type). None when the title and lead name no one."""
    if not len(turns):
        return None
    first = int(turns["label_start"].min())
    credited = [s.entity for s in an.statements if s.end <= first and s.entity.type == "person"]
    if credited:
        return credited[0].canonical, "person"
    named = sorted((e for e in an.resolver.entities if e.type == "person" and 0 <= e.first_start < first),
                   key=lambda e: e.first_start)
    titled = [e for e in named if e.role]
    pick = titled[0] if len(titled) == 1 else (named[0] if named else None)
    return (pick.canonical, "person") if pick is not None else None


def _name_respondents(df: pd.DataFrame, turns: pd.DataFrame,
                      lead: tuple[str, str] | None = None) -> pd.DataFrame:
    """Turns labelled "A:"/"ANSWER:" are the interviewee's: the last named turn speaker before them who is
    not the questioner or moderator; with none, the person the title or lead presents (``lead``, see
    :func:`lead_interviewee`); with none either, the label as written ("A", "R": an answerer the text never
    names is credited to the label, never to a made-up "Respondent")."""
    if "Respondent" not in set(df["speaker"]):
        return df
    df = df.copy()
    last = lead
    starts = turns["start"].tolist()
    for i, r in df.iterrows():
        if r["kind"] == "turn" and r["speaker"] == "Respondent" and last is not None:
            df.at[i, "speaker"], df.at[i, "speaker_type"] = last
        elif r["kind"] == "turn" and r["speaker"] == "Respondent" and starts:
            k = max(0, bisect.bisect_right(starts, r["start"]) - 1)
            df.at[i, "speaker"] = turns["speaker_label"].iloc[k]
        elif r["kind"] == "turn" and r["speaker_type"] == "person":
            last = (r["speaker"], r["speaker_type"])
    return df


def quotations(
    article: Any,
    *,
    verbs_path: str | os.PathLike[str] | None = None,
    titles_path: str | os.PathLike[str] | None = None,
    words_path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """Every outermost quotation with its speaker (columns in the module docstring)."""
    art = as_article(article)
    an = analyse(art, verbs_path=verbs_path, titles_path=titles_path, words_path=words_path)
    starts = an.sentence_starts
    st = statements_table(art, an)
    spans = sorted(
        zip(
            st["start"].tolist(),
            st["end"].tolist(),
            st["statement_id"].tolist(),
            st["speaker"].tolist(),
            strict=True,
        )
    )
    span_starts = [a for a, _, _, _ in spans]
    rows = []
    for i, q in enumerate(an.quotes):
        speaker, sid, kind = q.speaker, q.statement_id, q.kind
        if getattr(art, "format", "text") == "transcript" or sid < 0:
            # the final table (a transcript's turns) decides: the statement whose content holds the quotation
            speaker, sid = None, -1
            k = bisect.bisect_right(span_starts, q.inner_start) - 1
            while k >= 0 and k > bisect.bisect_right(span_starts, q.inner_start) - 4:
                a, b, stid, spk = spans[k]
                if a - 2 <= q.open and q.inner_end <= b + 1:
                    speaker, sid = spk, stid
                    break
                k -= 1
            kind = (
                "scare"
                if q.words <= 1 or q.kind == "scare"
                else ("statement" if sid >= 0 else "unattributed")
            )
            if kind == "scare":
                speaker, sid = None, -1
        rows.append(
            {
                "quote_id": i,
                "start": q.inner_start,
                "end": q.inner_end,
                "text": an.text[q.inner_start : q.inner_end],
                "open_start": q.open,
                "close_end": q.close,
                "sentence_id": max(0, bisect.bisect_right(starts, q.open) - 1),
                "speaker": speaker,
                "statement_id": sid,
                "kind": kind,
            }
        )
    return frame(
        rows,
        QUOTATION_COLUMNS,
        ("quote_id", "start", "end", "open_start", "close_end", "sentence_id", "statement_id"),
    )
