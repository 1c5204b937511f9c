"""Scoring the attribution against a hand-made gold annotation (YAML, format in ``tests/gold/README.md``).

``evaluate(gold_path)`` gives precision, recall and F1 over (sentence, speaker) pairs and the quotations
right; ``evaluate_all(paths)`` tabulates several gold files.
"""

from __future__ import annotations

import bisect
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .statements import quotations, statements

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def load_gold(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a gold attribution file (YAML, format in tests/gold/README.md) and resolve its text path."""
    import yaml

    from .. import lexicons
    from ..paths import project_root

    p = Path(path)
    try:
        gold = yaml.safe_load(lexicons.read_text_file(p, what="gold"))
    except yaml.YAMLError as exc:
        raise InputError(
            f"gold file is not valid YAML: {str(exc).splitlines()[0]}", p, "fix the YAML"
        ) from None
    if not isinstance(gold, dict) or "text" not in gold:
        raise InputError("gold file needs a 'text' entry", p, "see tests/gold/README.md")
    for base in (p.parent, project_root()):
        cand = base / gold["text"]
        if cand.is_file():
            gold["text_path"] = cand
            break
    else:
        raise InputError(
            f"gold text not found: {gold['text']}",
            p,
            "give a path relative to the gold file or the project root",
        )
    gold.setdefault("statements", [])
    gold.setdefault("quotations", [])
    return gold


def name_key(name: str) -> str:
    """How a speaker's name is compared with the gold: case-folded, without a leading article ("The press
    service of the Ministry" and "press service of the Ministry" are one name; annotators and the
    canonical names write the article or leave it out as the sentence has it)."""
    key = name.strip().casefold()
    return key[4:] if key.startswith("the ") else key


def _names(v: Any) -> set[str] | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = [v]
    return {name_key(str(x)) for x in v}


def _gold_pairs(gold: dict[str, Any], art: Any, gold_path: Any) -> dict[int, list[set[str]]]:
    """The gold (sentence, speaker names) pairs: each anchor's sentence -> the speakers' name sets."""
    text = art.text
    starts = art.sentences["start"].tolist()
    pairs_of: dict[int, list[set[str]]] = {}
    for g in gold["statements"]:
        anchor = g["anchor"]
        pos = text.find(anchor)
        if pos < 0 or text.find(anchor, pos + 1) >= 0:
            raise InputError(
                f"gold anchor {'not found' if pos < 0 else 'not unique'}: {anchor[:50]!r}",
                gold_path,
                "use a longer, exact substring",
            )
        names = _names(g["speaker"]) or set()
        pairs = pairs_of.setdefault(lead_of_dateline(art, max(0, bisect.bisect_right(starts, pos) - 1)), [])
        # the unit is a (sentence, speaker) pair: two anchors for one speaker that the splitter puts in the
        # same sentence (a quotation of several sentences is one span) are one pair, not two
        if names not in pairs:
            pairs.append(names)
    return pairs_of


def lead_of_dateline(art: Any, sid: int) -> int:
    """The sentence a gold anchor counts for: an anchor at a dateline ("VIENNA, 12 January 2017 – Austria's
    ...") is the lead sentence the dateline opens, the next one in its paragraph; the layout makes the
    dateline a unit of its own, while annotators anchor the lead from the paragraph's first word."""
    sents = art.sentences
    if sents["kind"].iat[sid] == "dateline" and sid + 1 < len(sents) and (
        sents["paragraph_id"].iat[sid + 1] == sents["paragraph_id"].iat[sid]
    ):
        return sid + 1
    return sid


#: the speaker type of a group (``helpers.attribution.resolve``): its canonical name lists its members
#: ("Mélanie Joly and Jean-Yves Le Drian", "Britain, France and Germany")
GROUP_TYPE = "group"


def _system_pairs(st: pd.DataFrame) -> dict[int, list[str]]:
    """The system's (sentence, speaker) pairs: a statement counts for every sentence it covers. A group's
    name carries its members, after a tab ("Mélanie Joly and Jean-Yves Le Drian\tMélanie Joly\tJean-Yves Le
    Drian"), so that :func:`_acceptable` can read them."""
    pairs_of: dict[int, list[str]] = {}
    for r in st.itertuples():
        name = r.speaker
        if r.speaker_type == GROUP_TYPE:
            name = "\t".join([name, *_members(name)])
        for sid in str(r.sentence_ids).split(","):
            names = pairs_of.setdefault(int(sid), [])
            if name not in names:
                names.append(name)
    return pairs_of


def _members(group: str) -> list[str]:
    """The members of a group's canonical name: "A, B and C" -> [A, B, C]."""
    head, _, last = group.rpartition(" and ")
    return [*head.split(", "), last] if head else []


def _acceptable(name: str, names: set[str]) -> bool:
    """Whether the system speaker ``name`` is one of a gold entry's acceptable ``names``: its canonical name,
    or, for a group, every member's name (the gold lists the members of a group that speaks as one, such
    as "Ministers Joly and Le Drian underscored ...": tests/gold/README.md)."""
    whole, *members = name.split("\t")
    return name_key(whole) in names or (bool(members) and all(name_key(m) in names for m in members))


def _verdicts(golds: list[set[str]], system: list[str]) -> tuple[int, int, int, list[str]]:
    """(tp, fp, fn, verdicts) of one sentence: each system speaker right if a gold name set holds it."""
    tp = fp = 0
    verdicts = []
    remaining = list(golds)
    for name in system:
        hit = next((g for g in remaining if _acceptable(name, g)), None)
        if hit is not None:
            remaining.remove(hit)
            tp += 1
            verdicts.append("right")
        else:
            fp += 1
            verdicts.append("wrong speaker" if golds else "narrator sentence attributed")
    if remaining:
        verdicts.append("missed" if not system else "missed a source")
    return tp, fp, len(remaining), verdicts


def _score_quotations(gold: dict[str, Any], qt: pd.DataFrame) -> pd.DataFrame:
    """One row per gold quotation: quote, gold speaker, system speaker, right."""
    import pandas as pd

    qrows = []
    for g in gold["quotations"]:
        want = _names(g.get("speaker"))
        # the quotations table drops a quotation's trailing comma ("PKK bore responsibility,"): so does
        # the match
        hit = qt[qt["text"].str.startswith(g["quote"].rstrip(" ,") or g["quote"])]
        got = None if hit.empty else hit.iloc[0]["speaker"]
        got = None if got is None or (isinstance(got, float)) else got
        right = (not hit.empty) and (
            (want is None and got is None)
            or (want is not None and got is not None and name_key(got) in want)
        )
        qrows.append(
            {
                "quote": g["quote"],
                "gold": None if want is None else sorted(want)[0],
                "system": got,
                "right": bool(right),
            }
        )
    return pd.DataFrame(qrows, columns=["quote", "gold", "system", "right"])


def evaluate(gold_path: str | os.PathLike[str], article: Any = None, **kw: Any) -> dict[str, Any]:
    """Score the attribution of a text against its gold file.

    Returns a dict: ``precision``, ``recall``, ``f1`` over (sentence, speaker) pairs; ``tp``, ``fp``,
    ``fn``; ``quotations_right``, ``quotations_total``; ``sentences`` (a DataFrame: sentence_id, text,
    gold, system, verdict — one row per sentence that has a gold or a system source) and ``quotations``
    (quote, gold, system, right).
    """
    import pandas as pd

    from ..article import load_article

    gold = load_gold(gold_path)
    art = article if article is not None else load_article(gold["text_path"])
    gold_pairs = _gold_pairs(gold, art, gold_path)
    sys_pairs = _system_pairs(statements(art, **kw))
    tp = fp = fn = 0
    rows = []
    sent_text = art.sentences["text"].tolist()
    for sid in sorted(set(gold_pairs) | set(sys_pairs)):
        golds, sysn = list(gold_pairs.get(sid, [])), sys_pairs.get(sid, [])
        t, f, n, verdicts = _verdicts(golds, sysn)
        tp, fp, fn = tp + t, fp + f, fn + n
        rows.append(
            {
                "sentence_id": sid,
                "text": sent_text[sid],
                "gold": " | ".join(sorted(next(iter(sorted(g))) for g in golds)) if golds else "",
                "system": " | ".join(n.split("\t")[0] for n in sysn),
                "verdict": ", ".join(verdicts),
            }
        )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    qdf = _score_quotations(gold, quotations(art, **kw))
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "quotations_right": int(qdf["right"].sum()) if len(qdf) else 0,
        "quotations_total": len(qdf),
        "sentences": pd.DataFrame(rows, columns=["sentence_id", "text", "gold", "system", "verdict"]),
        "quotations": qdf,
    }


def evaluate_all(gold_paths: list[str | os.PathLike[str]], **kw: Any) -> pd.DataFrame:
    """One row per gold file (name, tp, fp, fn, precision, recall, f1, quotations_right, quotations_total)
    and a last row "all" pooling the (sentence, speaker) pairs. Warnings about the texts are silenced."""
    import pandas as pd

    rows = []
    for g in gold_paths:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = evaluate(g, **kw)
        rows.append(
            {
                "gold": Path(g).stem,
                **{k: r[k] for k in ("tp", "fp", "fn", "quotations_right", "quotations_total")},
            }
        )
    df = pd.DataFrame(rows, columns=["gold", "tp", "fp", "fn", "quotations_right", "quotations_total"])
    total = df.drop(columns="gold").sum()
    df.loc[len(df)] = {"gold": "all", **total.to_dict()}
    p = df["tp"] / (df["tp"] + df["fp"]).where(lambda x: x > 0, 1)
    r = df["tp"] / (df["tp"] + df["fn"]).where(lambda x: x > 0, 1)
    df["precision"], df["recall"] = p.round(3), r.round(3)
    df["f1"] = (2 * p * r / (p + r).where(lambda x: x > 0, 1)).round(3)
    return df[["gold", "tp", "fp", "fn", "precision", "recall", "f1", "quotations_right", "quotations_total"]]
