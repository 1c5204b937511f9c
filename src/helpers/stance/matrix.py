"""Who speaks about whom: targets in each statement's content, their sentiment, a speaker × target table.

``stance_targets(article)`` — one row per target found in a statement's content: ``statement_id``,
``speaker``, ``target`` (canonical name, or the form as written with ``merge_aliases=False``),
``mention``, ``start``, ``end`` (offsets into ``article.text``), ``score``, ``label``, ``evidence``.
Targets, from three sources (the longest form wins an overlap; a state's name wins over a speaker's):

1. the persons, organisations and states the speaker module names in the text (their written names);
2. the states of ``lexicons/titles.txt``: names, multi-word or abbreviated forms ("Russian Federation",
   "US"), capitals used as governments ("Moscow", "Washington", "Kiev") and institutions ("the
   Kremlin", "White House"), merged into the state;
3. the alliances and organisations of ``lexicons/stance_targets.yaml`` ("NATO", "EU", "Brussels").

The text scored for a statement is its content, from its cue when the cue comes just before it
(:func:`scored_start`: in "he condemned NATO's expansion" the cue "condemned" carries the stance).

``stance_matrix(article)`` — one row per (speaker, target): ``speaker``, ``target``, ``n`` (target
mentions), ``n_statements``, ``mean_score``, ``ci_low``, ``ci_high`` (percentile bootstrap of the mean,
only for ``n >= min_n``, default 5; NaN otherwise), ``too_few``, ``n_negative``, ``n_neutral``,
``n_positive``, ``statement_ids`` (","-joined).  Most mentions first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons.files import package_file, read_text_file
from ..lexicons.titles import load_titles
from ..sentiment.aggregate import bootstrap_ci
from ..tables import column_list
from .target import model_for, score_spans

TARGET_ROW_COLUMNS = [
    "statement_id",
    "speaker",
    "target",
    "mention",
    "start",
    "end",
    "score",
    "label",
    "evidence",
]
#: What one speaker × target cell holds, in a text's matrix and in a corpus's (:func:`cell_values`).
CELL_COLUMNS = ["mean_score", "ci_low", "ci_high", "too_few", "n_negative", "n_neutral", "n_positive"]
MATRIX_COLUMNS = ["speaker", "target", "n", "n_statements", *CELL_COLUMNS, "statement_ids"]
#: The columns of the statements table that stance reads.
STATEMENT_FIELDS = ("statement_id", "speaker", "start", "end", "cue_start")
#: Fewer mentions than this and a cell gets no interval (a mean of two is not a stance).
MIN_N = 5
#: The most characters between a cue and its content for the cue to be scored with it ("condemned that").
CUE_REACH = 40
#: Speaker types whose names are targets when named in someone else's statement.
NAMED_TYPES = frozenset({"person", "organisation", "state"})


@lru_cache(maxsize=4)
def gazetteer(titles_path: str | None = None, targets_path: str | None = None) -> dict[str, str]:
    """Every lower-case target form → canonical name, from titles.txt's states/institutions and the yaml."""
    import yaml

    t = load_titles(titles_path)
    forms = {name.lower(): name for name in set(t.states.values())}
    forms.update({form: state for form, state in t.states.items() if " " in form or len(form) <= 4})
    forms.update(t.capitals)
    forms.update(t.institutions)
    data = yaml.safe_load(
        read_text_file(targets_path or package_file("stance_targets.yaml"), "stance targets")
    )
    for canonical, names in (data or {}).items():
        for name in names:
            forms[str(name).lower().removeprefix("the ")] = str(canonical)
    return forms


def speaker_forms(speakers) -> dict[str, str]:
    """Written names of the text's named speakers (not role nouns or pronouns) → the speaker's name."""
    out: dict[str, str] = {}
    for name, aliases, kind in zip(*(column_list(speakers, c) for c in ("speaker", "aliases", "type"))):
        if kind not in NAMED_TYPES:
            continue
        for alias in str(aliases).split("; "):
            if alias[:1].isupper() and not alias.lower().startswith("the "):
                out.setdefault(alias.lower(), name)
    return out


def form_pattern(forms: dict[str, str]) -> re.Pattern:
    """One regex of every form, longest first, as whole words, tried only where a word starts with a
    letter that is not a lower-case ASCII one (a target is written with a capital; the alternation of
    hundreds of forms is slow to try at every position)."""
    alts = sorted(forms, key=len, reverse=True)
    capital = r"(?-i:(?=[^\W\d_a-z]))"
    return re.compile(
        r"(?<![\w])" + capital + "(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def gazetteer_pattern(titles_path: str | None = None) -> re.Pattern:
    """:func:`form_pattern` of the gazetteer, compiled once: it has hundreds of forms (most of the time
    :func:`stance_targets` spent was compiling it again for every text)."""
    return form_pattern(gazetteer(titles_path))


def form_matches(lower: str, start: int, end: int, forms: dict[str, str]):
    """``(start, end, form)`` of every whole-word occurrence of a form in ``lower[start:end]``.

    ``lower`` is the lower-cased text.  A plain substring search per form: the text's few speaker
    names do not pay for compiling a regex per text.
    """
    for form in forms:
        at = lower.find(form, start, end)
        while at >= 0:
            stop = at + len(form)
            if (at == 0 or (not lower[at - 1].isalnum() and lower[at - 1] != "_")) and (
                stop >= len(lower) or (not lower[stop].isalnum() and lower[stop] != "_")
            ):
                yield at, stop, form
            at = lower.find(form, at + 1, end)


def same_length_lower(text: str) -> str:
    """``text.lower()`` with the offsets of ``text`` (a letter whose lower case is longer, as "İ", stays)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_targets(text: str, start: int, end: int, places, persons=None, lower: str = ""):
    """``(start, end, canonical)`` of every capitalised target form in ``text[start:end]`` (article offsets).

    ``places``: ``(forms, pattern)`` of the gazetteer; ``persons``: the text's speaker forms (searched
    in ``lower``, the lower-cased text).  A place wins a tie; of overlapping matches the leftmost, then
    the longest, is kept (what one regex of all the forms would find).
    """
    forms, pattern = places
    found = [(m.start(), -m.end(), 0, forms[m.group().lower()]) for m in pattern.finditer(text, start, end)]
    if persons:
        found += [(a, -b, 1, persons[form]) for a, b, form in form_matches(lower, start, end, persons)]
    out: list[tuple[int, int, str]] = []
    for a, neg_b, _, canonical in sorted(found):
        if text[a].isupper() and (not out or a >= out[-1][1]):
            out.append((a, -neg_b, canonical))
    return out


def scored_start(start: int, cue_start: int) -> int:
    """Where the scored text starts: at the cue when it comes just before the content, else the content.

    The cue is part of the stance: in "he condemned NATO's expansion" the content is "NATO's expansion"
    and "condemned" is the cue (a speech verb) that carries the sentiment towards NATO.
    """
    cue, start = int(cue_start), int(start)
    return cue if 0 <= cue < start and start - cue <= CUE_REACH else start


def stance_targets(
    article,
    *,
    merge_aliases: bool = True,
    titles_path: str | None = None,
    method: str | None = None,
    statements=None,
    speakers=None,
    speaker: str | None = None,
):
    """One row per target mention in a statement's content, with its sentiment (columns above).

    ``method``: as in :func:`~helpers.stance.target_sentiment` (None: the linear layer when shipped).
    ``statements``, ``speakers``: the article's tables when already computed (the pipeline passes its
    own, so attribution does not run twice).  ``speaker``: the whole text is this speaker's (a speech, as
    a UN General Debate statement): every sentence is scored as one of its statements, ``statement_id``
    being the sentence's id.
    """
    from ..attribution import speakers as speaker_module
    from ..attribution import statements as statement_module

    text = article.text
    coefs = model_for(method)
    spk = speakers if speakers is not None else speaker_module.speakers(article)
    if speaker is not None:
        sents = article.sentences
        ids = column_list(sents, "sentence_id")
        said = {
            "statement_id": ids,
            "speaker": [speaker] * len(ids),
            "start": column_list(sents, "start"),
            "end": column_list(sents, "end"),
            "cue_start": [-1] * len(ids),
        }
    elif statements is not None:
        said = {c: column_list(statements, c) for c in STATEMENT_FIELDS}
    else:
        said = {c: column_list(statement_module.statements(article), c) for c in STATEMENT_FIELDS}
    places = gazetteer(titles_path)
    persons = {k: v for k, v in speaker_forms(spk).items() if k not in places}  # a state is merged
    sources = (places, gazetteer_pattern(titles_path))
    lower = same_length_lower(text) if persons else ""
    rows = []
    for sid, who, start, end, cue in zip(*(said[c] for c in STATEMENT_FIELDS)):
        found = find_targets(text, start, end, sources, persons, lower)
        if not found:
            continue
        lo = scored_start(start, cue)
        scored = score_spans(text[lo:end], [(a - lo, b - lo) for a, b, _ in found], coefs)
        for (a, b, canonical), r in zip(found, scored):
            target = canonical if merge_aliases else text[a:b]
            rows.append((int(sid), who, target, text[a:b], a, b, r[3], r[4], r[5]))
    return target_frame(rows)


def target_frame(rows: list[tuple]):
    """The rows of :func:`stance_targets` as a DataFrame, each column made with its final type.

    Most texts have no target in any statement: their empty table is a copy of one built once.
    """
    if not rows:
        return _empty_targets().copy()
    return _typed_frame(rows)


@lru_cache(maxsize=1)
def _empty_targets():
    return _typed_frame([])


def _typed_frame(rows: list[tuple]):
    import numpy as np

    from ..tables import from_arrays, str_array_maker

    columns = list(zip(*rows)) if rows else [()] * len(TARGET_ROW_COLUMNS)
    numbers = {"statement_id": np.int64, "start": np.int64, "end": np.int64, "score": np.float64}
    strings = str_array_maker() or (lambda values: np.asarray(values, dtype=object))
    arrays = [
        np.asarray(col, dtype=numbers[name]) if name in numbers else strings(list(col))
        for name, col in zip(TARGET_ROW_COLUMNS, columns)
    ]
    return from_arrays(TARGET_ROW_COLUMNS, arrays)


def stance_matrix(
    article,
    *,
    merge_aliases: bool = True,
    min_n: int = MIN_N,
    n_boot: int = 2000,
    seed: int = 0,
    method: str | None = None,
    speaker: str | None = None,
):
    """One row per (speaker, target): n, mean score, bootstrap interval (n >= ``min_n``), statements.

    ``speaker``: the whole text is this speaker's speech (as in :func:`stance_targets`).
    """
    import pandas as pd

    rows = []
    long = stance_targets(article, merge_aliases=merge_aliases, method=method, speaker=speaker)
    for (speaker, target), g in long.groupby(["speaker", "target"], sort=False):
        ids = sorted(set(g["statement_id"]))
        cell = cell_values(g, min_n=min_n, n_boot=n_boot, seed=seed)
        rows.append((speaker, target, len(g), len(ids), *cell, ",".join(map(str, ids))))
    frame = pd.DataFrame(rows, columns=MATRIX_COLUMNS)
    return frame.sort_values(
        ["n", "speaker", "target"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


#: Columns of :func:`corpus_stance`: one row per (speaker, target) across the documents of a corpus.
CORPUS_STANCE_COLUMNS = ["speaker", "target", "documents", "n", *CELL_COLUMNS, "doc_ids"]


def cell_values(g, *, min_n: int, n_boot: int, seed: int) -> tuple:
    """The :data:`CELL_COLUMNS` of one speaker × target cell from its mention rows ``g`` (``score`` and
    ``label``): the mean (4 decimals), a bootstrap interval of it from ``min_n`` mentions on (NaN below),
    ``too_few``, and the negative, neutral and positive label counts."""
    n = len(g)
    lo, hi = bootstrap_ci(g["score"], n_boot=n_boot, seed=seed) if n >= min_n else (float("nan"),) * 2
    labels = g["label"].tolist()
    counts = (labels.count(k) for k in ("negative", "neutral", "positive"))
    return (round(float(g["score"].mean()), 4), lo, hi, n < min_n, *counts)


def corpus_stance(rows, *, min_n: int = MIN_N, n_boot: int = 2000, seed: int = 0):
    """Speaker × target across texts, from the rows of :func:`stance_targets` with a ``doc_id`` column.

    One row per (speaker, target) as written (no merging of speakers across texts): ``documents``,
    ``n`` (mentions), ``mean_score``, a percentile bootstrap interval of the mean for ``n >= min_n``
    (NaN otherwise; mentions resampled, not texts), ``too_few``, the label counts and ``doc_ids``
    (";"-joined, in corpus order).  Most mentions first.
    """
    import pandas as pd

    out = []
    if len(rows):
        for (speaker, target), g in rows.groupby(["speaker", "target"], sort=False):
            docs = list(dict.fromkeys(g["doc_id"]))
            cell = cell_values(g, min_n=min_n, n_boot=n_boot, seed=seed)
            out.append((speaker, target, len(docs), len(g), *cell, ";".join(docs)))
    frame = pd.DataFrame(out, columns=CORPUS_STANCE_COLUMNS).astype(
        {
            "documents": "int64",
            "n": "int64",
            "mean_score": "float64",
            "ci_low": "float64",
            "ci_high": "float64",
            "too_few": "bool",
            "n_negative": "int64",
            "n_neutral": "int64",
            "n_positive": "int64",
        }
    )
    return frame.sort_values(
        ["n", "speaker", "target"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)
