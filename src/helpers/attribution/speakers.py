"""Who speaks: the speakers table and the speaker-mentions table (layer 3).

Both are read from the one analysis of a text that :func:`helpers.statements.analyse` runs (so they agree
with the statements table); the phrases are read by :mod:`helpers.attribution.phrases` and resolved by
:mod:`helpers.attribution.resolve`.

``speakers(article)`` — one row per speaker of at least one statement (``include_mentioned=True`` adds
every person, organisation and state named in the text):
    speaker (canonical name), aliases ("; "-joined forms seen), role, affiliation, type (person,
    organisation, state, anonymous, group), members (group members, "; "-joined), n_statements,
    first_start, first_end (offsets of the first mention), first_mention (its text).

``speaker_mentions(article)`` — every mention the attribution used, plus every definite role noun and
pronoun the resolver looked at:
    mention_id, start, end, text (``article.text[start:end]``), mention_type (name, pronoun, role_noun,
    organisation, state, group, anonymous, document), speaker (canonical, or None when unresolved),
    speaker_type, antecedent_start, antecedent_end (the mention it was resolved to, -1 when none),
    antecedent (its text, "" when none), rule (how it was resolved), statement_id (the statement it is
    the speaker of, -1 when none), sentence_id.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from ..article import as_article
from ..tables import frame
from .engine import analyse
from .statements import statements_table

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SPEAKER_COLUMNS = [
    "speaker",
    "aliases",
    "role",
    "affiliation",
    "type",
    "members",
    "n_statements",
    "first_start",
    "first_end",
    "first_mention",
]
MENTION_COLUMNS = [
    "mention_id",
    "start",
    "end",
    "text",
    "mention_type",
    "speaker",
    "speaker_type",
    "antecedent_start",
    "antecedent_end",
    "antecedent",
    "rule",
    "statement_id",
    "sentence_id",
]


def speakers(
    article: Any,
    *,
    include_mentioned: bool = False,
    verbs_path: str | None = None,
    titles_path: str | None = None,
) -> pd.DataFrame:
    """The speakers table (columns in the module docstring), ordered by first mention."""
    art = as_article(article)
    an = analyse(art, verbs_path=verbs_path, titles_path=titles_path)
    st = statements_table(art, an)  # the statements table, shared with statements(): read only
    st_speakers = st["speaker"].tolist()
    counts: dict[str, int] = {}
    for who in st_speakers:
        if isinstance(who, str):
            counts[who] = counts.get(who, 0) + 1
    if include_mentioned:
        # every name of the text, not only those the statement rules happened to read: the resolver reads
        # all the names the first time a pronoun or role noun is resolved, which a text may never need
        an.resolver.scan()
    rows, known = _entity_rows(an, counts, include_mentioned)
    _move_to_earliest_forms(rows, an.text)
    if not known.issuperset(counts):
        rows.extend(_turn_label_rows(st, known, an.text))
    rows.sort(key=lambda r: (r["first_start"], r["speaker"]))
    return frame(rows, SPEAKER_COLUMNS, ("n_statements", "first_start", "first_end"))


def _entity_rows(
    an: Any, counts: dict[str, int], include_mentioned: bool
) -> tuple[list[dict[str, Any]], set[str]]:
    """One row per entity that spoke (``counts``: statements per canonical name), or with
    ``include_mentioned`` was a person, organisation or state named, in order of first mention; and the
    set of names the rows hold."""
    rows = []
    res = an.resolver
    by_id = {e.eid: e for e in res.entities}
    known = set()
    for e in sorted(res.entities, key=lambda e: (e.first_start, e.eid)):
        n = counts.get(e.canonical, 0)
        if e.canonical in known or (
            n == 0 and not (include_mentioned and e.type in ("person", "organisation", "state"))
        ):
            continue
        known.add(e.canonical)
        members = "; ".join(by_id[m].canonical for m in e.members)
        a, b = e.first_start, e.first_end
        rows.append(
            {
                "speaker": e.canonical,
                "aliases": "; ".join(e.aliases),
                "role": e.role,
                "affiliation": e.affiliation or (", ".join(sorted(e.states)) if e.states else None),
                "type": e.type,
                "members": members,
                "n_statements": n,
                "first_start": a,
                "first_end": b,
                "first_mention": an.text[a:b] if a >= 0 else "",
            }
        )
    return rows, known


def _move_to_earliest_forms(rows: list[dict[str, Any]], text: str) -> None:
    """The first mention of a person may be a bare surname that came before the full name (a headline):
    move each named row's first mention to the earliest of its forms (aliases, and a person's surname)."""
    for r in rows:
        if r["type"] in ("group", "anonymous"):
            continue
        forms = {f for f in r["aliases"].split("; ") if f}
        if r["type"] == "person":
            forms.add(r["speaker"].split()[-1])
        found = _earliest_form(text, forms, r["first_start"])
        if found is not None:
            r["first_start"], r["first_end"], r["first_mention"] = found


def _turn_label_rows(st: pd.DataFrame, known: set[str], text: str) -> list[dict[str, Any]]:
    """Rows for the speakers only a transcript's turn labels name ("Questioner", "Moderator"), in order
    of first statement."""
    st_speakers = st["speaker"].tolist()
    groups: dict[str, list[int]] = {}
    for i, who in enumerate(st_speakers):
        if isinstance(who, str) and who not in known:
            groups.setdefault(who, []).append(i)
    starts = st["speaker_start"].tolist()
    ends = st["speaker_end"].tolist()
    types = st["speaker_type"].tolist()
    mentions = st["speaker_mention"].tolist()
    rows = []
    for name, idx in groups.items():
        # the row of the earliest mention (rows that tie share their turn's label, so any of them)
        first = min(idx, key=lambda i: starts[i])
        a, b = int(starts[first]), int(ends[first])
        rows.append(
            {
                "speaker": name,
                "aliases": "; ".join(dict.fromkeys(mentions[i] for i in idx)),
                "role": None,
                "affiliation": None,
                "type": types[first],
                "members": "",
                "n_statements": len(idx),
                "first_start": a,
                "first_end": b,
                "first_mention": text[a:b],
            }
        )
    return rows


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


def _earliest_form(text: str, forms: set[str], before: int) -> tuple[int, int, str] | None:
    """The first occurrence in ``text``, starting before ``before``, of any of ``forms`` as whole words
    (``\\b`` on both sides, as in ``re``; at one position the longest form wins): (start, end, form).

    The same answer as searching ``\\b(?:form|form|...)\\b`` (longest forms first) and keeping a match
    that starts before ``before``; but str.find over the text up to ``before`` instead of a new regex per
    speaker, compiled and run over the whole text.
    """
    if before <= 0:
        return None
    if not forms:  # the regex of no form matches the empty string at the first word boundary
        m = re.search(r"\b(?:)\b", text)
        return (m.start(), m.end(), m.group()) if m and m.start() < before else None
    best: tuple[int, int, str] | None = None
    n = len(text)
    for f in forms:
        k = len(f)
        last = before - 1 if best is None else best[0]  # the latest start that can still win
        i = text.find(f, 0, last + k)
        while i >= 0:
            j = i + k
            if (_is_word_char(text[i - 1]) if i > 0 else False) != _is_word_char(f[0]) and (
                _is_word_char(f[-1]) != (_is_word_char(text[j]) if j < n else False)
            ):
                if best is None or i < best[0] or (i == best[0] and k > best[1] - best[0]):
                    best = (i, j, f)
                break
            i = text.find(f, i + 1, last + k)
    return best


def _role_mentions(an: Any, seen: set[int]) -> list[dict[str, Any]]:
    """Definite role nouns outside speaker positions ("the US leader intends ..."), resolved to people."""
    res = an.resolver
    res.scan()
    out = []
    text = an.text
    parse_alone = res.parser.parse_alone  # one parse per phrase, shared by texts
    for m in res.parser.role_noun_pattern.finditer(text):
        if m.start() in seen:
            continue
        proto = parse_alone(m.group())
        if proto is None or proto.kind != "role" or proto.plural:
            continue
        np_ = proto.moved(m.start())
        ent, ante, rule = res.resolve_role(np_, m.start(), speaker_position=False)
        sid = max(0, bisect.bisect_right(an.sentence_starts, m.start()) - 1)
        out.append(
            {
                "mention_id": -1,
                "start": np_.start,
                "end": np_.end,
                "text": text[np_.start : np_.end],
                "mention_type": "role_noun",
                "speaker": ent.canonical if ent else None,
                "speaker_type": ent.type if ent else None,
                "antecedent_start": ante.start if ante else -1,
                "antecedent_end": ante.end if ante else -1,
                "rule": rule,
                "statement_id": -1,
                "sentence_id": sid,
            }
        )
    return out


def speaker_mentions(
    article: Any, *, verbs_path: str | None = None, titles_path: str | None = None
) -> pd.DataFrame:
    """Every speaker mention and every role noun/pronoun resolved (columns in the module docstring).

    Rows in order of (start, statement_id); of several rows for one (start, end) the first is kept. The
    table is built once per analysis (``analyse`` keeps it with the analysis); each call returns a copy.
    """
    an = analyse(article, verbs_path=verbs_path, titles_path=titles_path)
    if an.mention_table is None:
        an.mention_table = _mention_table(an)
    return an.mention_table.copy()


def speaker_mention_spans(
    article: Any, *, verbs_path: str | None = None, titles_path: str | None = None
) -> list[tuple[int, int]]:
    """The sorted, distinct ``(start, end)`` of the rows of :func:`speaker_mentions` (the names the
    sentiment stage masks), read from the same rows without building the table."""
    an = analyse(article, verbs_path=verbs_path, titles_path=titles_path)
    spans = {(m["start"], m["end"]) for m in an.mentions}
    spans.update((r["start"], r["end"]) for r in _role_rows(an))
    return sorted(spans)


def _role_rows(an: Any) -> list[dict[str, Any]]:
    """:func:`_role_mentions` of ``an``, run once per analysis and kept with it (shared: callers copy
    before changing): the mention table and the mention spans both read them."""
    if an.role_rows is None:
        an.role_rows = _role_mentions(an, {m["start"] for m in an.mentions})
    return an.role_rows


_MENTION_INTS = (
    "mention_id",
    "start",
    "end",
    "antecedent_start",
    "antecedent_end",
    "statement_id",
    "sentence_id",
)


def _mention_table(an: Any) -> pd.DataFrame:
    import pandas as pd

    rows = [dict(r) for r in an.mentions] + [dict(r) for r in _role_rows(an)]
    text = an.text
    for r in rows:
        a, b = r["antecedent_start"], r["antecedent_end"]
        r["antecedent"] = text[a:b] if a >= 0 else ""
    if not rows:
        return frame(rows, MENTION_COLUMNS, _MENTION_INTS)
    # ordered by (start, statement_id), stable; the first row of each (start, end) is kept
    rows.sort(key=lambda r: (r["start"], r["statement_id"]))
    keep: list[int] = []
    seen: set[tuple[int, int]] = set()
    for i, r in enumerate(rows):
        span = (r["start"], r["end"])
        if span not in seen:
            seen.add(span)
            keep.append(i)
    if len(keep) == len(rows):
        for i, r in enumerate(rows):
            r["mention_id"] = i
        return pd.DataFrame(rows, columns=MENTION_COLUMNS)
    # duplicates: the column types are those of every row, as they were before the duplicates were dropped
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS).take(keep).reset_index(drop=True)
    df["mention_id"] = range(len(df))
    return df
