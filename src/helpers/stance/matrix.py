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
from .target import target_sentiment

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
MATRIX_COLUMNS = [
    "speaker",
    "target",
    "n",
    "n_statements",
    "mean_score",
    "ci_low",
    "ci_high",
    "too_few",
    "n_negative",
    "n_neutral",
    "n_positive",
    "statement_ids",
]
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
    for name, aliases, kind in zip(speakers["speaker"], speakers["aliases"], speakers["type"]):
        if kind not in NAMED_TYPES:
            continue
        for alias in str(aliases).split("; "):
            if alias[:1].isupper() and not alias.lower().startswith("the "):
                out.setdefault(alias.lower(), name)
    return out


def form_pattern(forms: dict[str, str]) -> re.Pattern:
    """One regex of every form, longest first, as whole words."""
    alts = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])", re.IGNORECASE)


def find_targets(
    text: str, start: int, end: int, forms: dict[str, str], pattern
) -> list[tuple[int, int, str]]:
    """``(start, end, canonical)`` of every capitalised form in ``text[start:end]`` (article offsets)."""
    out = []
    for m in pattern.finditer(text, start, end):
        if m.group()[:1].isupper():
            out.append((m.start(), m.end(), forms[m.group().lower()]))
    return out


def scored_start(statement) -> int:
    """Where the scored text starts: at the cue when it comes just before the content, else the content.

    The cue is part of the stance: in "he condemned NATO's expansion" the content is "NATO's expansion"
    and "condemned" is the cue (a speech verb) that carries the sentiment towards NATO.
    """
    cue = int(statement.cue_start)
    return cue if 0 <= cue < statement.start and statement.start - cue <= CUE_REACH else int(statement.start)


def stance_targets(
    article, *, merge_aliases: bool = True, titles_path: str | None = None, method: str | None = None
):
    """One row per target mention in a statement's content, with its sentiment (columns above).

    ``method``: as in :func:`~helpers.stance.target_sentiment` (None: the linear layer when shipped).
    """
    import pandas as pd

    from ..attribution.speakers import speakers
    from ..attribution.statements import statements

    text = article.text
    forms = {**speaker_forms(speakers(article)), **gazetteer(titles_path)}  # a state is merged
    pattern = form_pattern(forms) if forms else None
    rows = []
    for st in statements(article).itertuples(index=False):
        found = find_targets(text, st.start, st.end, forms, pattern) if pattern else []
        if not found:
            continue
        lo = scored_start(st)
        content = text[lo : st.end]
        table = target_sentiment(content, [(a - lo, b - lo) for a, b, _ in found], method=method)
        for (a, b, canonical), r in zip(found, table.itertuples(index=False)):
            target = canonical if merge_aliases else text[a:b]
            rows.append(
                (int(st.statement_id), st.speaker, target, text[a:b], a, b, r.score, r.label, r.evidence)
            )
    return pd.DataFrame(rows, columns=TARGET_ROW_COLUMNS).astype(
        {"statement_id": "int64", "start": "int64", "end": "int64", "score": "float64"}
    )


def stance_matrix(
    article,
    *,
    merge_aliases: bool = True,
    min_n: int = MIN_N,
    n_boot: int = 2000,
    seed: int = 0,
    method: str | None = None,
):
    """One row per (speaker, target): n, mean score, bootstrap interval (n >= ``min_n``), statements."""
    import pandas as pd

    rows = []
    long = stance_targets(article, merge_aliases=merge_aliases, method=method)
    for (speaker, target), g in long.groupby(["speaker", "target"], sort=False):
        n = len(g)
        lo, hi = bootstrap_ci(g["score"], n_boot=n_boot, seed=seed) if n >= min_n else (float("nan"),) * 2
        labels = g["label"].value_counts()
        ids = sorted(set(g["statement_id"]))
        rows.append(
            (
                speaker,
                target,
                n,
                len(ids),
                round(float(g["score"].mean()), 4),
                lo,
                hi,
                n < min_n,
                int(labels.get("negative", 0)),
                int(labels.get("neutral", 0)),
                int(labels.get("positive", 0)),
                ",".join(map(str, ids)),
            )
        )
    frame = pd.DataFrame(rows, columns=MATRIX_COLUMNS)
    return frame.sort_values(
        ["n", "speaker", "target"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)
