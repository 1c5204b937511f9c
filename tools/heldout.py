"""Score the current code on the held-out gold rounds: who said what (issue 13) and topics (issue 18).

    PYTHONPATH=src .venv/bin/python tools/heldout.py                      # the texts kept in the repo only
    PYTHONPATH=src .venv/bin/python tools/heldout.py --private DIR        # and the texts kept outside it
    PYTHONPATH=src .venv/bin/python tools/heldout.py --private DIR --misses --json OUT.json

Rounds: ``tests/gold/heldout_round6`` … ``heldout_round111`` (rounds A–Z, AA–AZ, BA–BZ, CA–CZ, DA–DB), with
their topic gold in ``tests/gold/topics/round_a`` … ``round_db`` (formats: ``tests/gold/README.md`` and
``tests/gold/topics/README.md``). A gold file whose ``text`` is ``private:ROUND/ID.txt`` names a text
whose licence keeps it out of the repository: it is read from ``DIR/ROUND/ID.txt`` and scored only when
its SHA-256 equals the gold file's ``sha256`` (a changed text would shift every anchor). Without
``--private`` those texts are skipped and counted as such.

Attribution, per round (pooled over the round's texts): the gold (sentence, speaker) pairs, precision,
recall and F1 (:func:`helpers.attribution.evaluate.evaluate`); *statement recall* (a gold pair's sentence
has a system statement, whoever its speaker: min(gold pairs, system speakers) per sentence);
*end-to-end speaker accuracy* (the statement is found and its speaker is right, over all gold pairs: by
construction the same number as the recall over pairs); quotation accuracy (gold quotations whose
system quotation starts with the same text and has an acceptable speaker).

Topics, per round: *top-topic accuracy* (rank 1 of :func:`helpers.topic_ranking.topic_ranking` with a
score above zero, the package's default "top topic" — before the ranking existed, the first row of
:func:`helpers.topics.topic_counts` — is one of the text's ``main`` topics); *recall of main topics*
among the topics counted at least once; *trap rate* (traps whose topic has a subject mention in
:func:`helpers.topics.topic_mentions` overlapping an occurrence of the trap phrase / traps); *precision
of counted topics* (counted topics that are ``main`` or ``present`` / counted topics); and, because a
stricter count buys precision with it, *present topics counted* (``present`` topics counted / ``present``
topics), which the issue sets no target for but a reader should see beside precision.

``--misses`` prints every sentence the attribution got wrong and every topic judgement that failed.
Exit status 0 (a measurement, not a test), 2 when a private text does not match its hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = {
    "A": ("heldout_round6", "round_a"),
    "B": ("heldout_round7", "round_b"),
    "C": ("heldout_round8", "round_c"),
    "D": ("heldout_round9", "round_d"),
    "E": ("heldout_round10", "round_e"),
    "F": ("heldout_round11", "round_f"),
    "G": ("heldout_round12", "round_g"),
    "H": ("heldout_round13", "round_h"),
    "I": ("heldout_round14", "round_i"),
    "J": ("heldout_round15", "round_j"),
    "K": ("heldout_round16", "round_k"),
    "L": ("heldout_round17", "round_l"),
    "M": ("heldout_round18", "round_m"),
    "N": ("heldout_round19", "round_n"),
    "O": ("heldout_round20", "round_o"),
    "P": ("heldout_round21", "round_p"),
    "Q": ("heldout_round22", "round_q"),
    "R": ("heldout_round23", "round_r"),
    "S": ("heldout_round24", "round_s"),
    "T": ("heldout_round25", "round_t"),
    "U": ("heldout_round26", "round_u"),
    "V": ("heldout_round27", "round_v"),
    "W": ("heldout_round28", "round_w"),
    "X": ("heldout_round29", "round_x"),
    "Y": ("heldout_round30", "round_y"),
    "Z": ("heldout_round31", "round_z"),
    "AA": ("heldout_round32", "round_aa"),
    "AB": ("heldout_round33", "round_ab"),
    "AC": ("heldout_round34", "round_ac"),
    "AD": ("heldout_round35", "round_ad"),
    "AE": ("heldout_round36", "round_ae"),
    "AF": ("heldout_round37", "round_af"),
    "AG": ("heldout_round38", "round_ag"),
    "AH": ("heldout_round39", "round_ah"),
    "AI": ("heldout_round40", "round_ai"),
    "AJ": ("heldout_round41", "round_aj"),
    "AK": ("heldout_round42", "round_ak"),
    "AL": ("heldout_round43", "round_al"),
    "AM": ("heldout_round44", "round_am"),
    "AN": ("heldout_round45", "round_an"),
    "AO": ("heldout_round46", "round_ao"),
    "AP": ("heldout_round47", "round_ap"),
    "AQ": ("heldout_round48", "round_aq"),
    "AR": ("heldout_round49", "round_ar"),
    "AS": ("heldout_round50", "round_as"),
    "AT": ("heldout_round51", "round_at"),
    "AU": ("heldout_round52", "round_au"),
    "AV": ("heldout_round53", "round_av"),
    "AW": ("heldout_round54", "round_aw"),
    "AX": ("heldout_round55", "round_ax"),
    "AY": ("heldout_round56", "round_ay"),
    "AZ": ("heldout_round57", "round_az"),
    "BA": ("heldout_round58", "round_ba"),
    "BB": ("heldout_round59", "round_bb"),
    "BC": ("heldout_round60", "round_bc"),
    "BD": ("heldout_round61", "round_bd"),
    "BE": ("heldout_round62", "round_be"),
    "BF": ("heldout_round63", "round_bf"),
    "BG": ("heldout_round64", "round_bg"),
    "BH": ("heldout_round65", "round_bh"),
    "BI": ("heldout_round66", "round_bi"),
    "BJ": ("heldout_round67", "round_bj"),
    "BK": ("heldout_round68", "round_bk"),
    "BL": ("heldout_round69", "round_bl"),
    "BM": ("heldout_round70", "round_bm"),
    "BN": ("heldout_round71", "round_bn"),
    "BO": ("heldout_round72", "round_bo"),
    "BP": ("heldout_round73", "round_bp"),
    "BQ": ("heldout_round74", "round_bq"),
    "BR": ("heldout_round75", "round_br"),
    "BS": ("heldout_round76", "round_bs"),
    "BT": ("heldout_round77", "round_bt"),
    "BU": ("heldout_round78", "round_bu"),
    "BV": ("heldout_round79", "round_bv"),
    "BW": ("heldout_round80", "round_bw"),
    "BX": ("heldout_round81", "round_bx"),
    "BY": ("heldout_round82", "round_by"),
    "BZ": ("heldout_round83", "round_bz"),
    "CA": ("heldout_round84", "round_ca"),
    "CB": ("heldout_round85", "round_cb"),
    "CC": ("heldout_round86", "round_cc"),
    "CD": ("heldout_round87", "round_cd"),
    "CE": ("heldout_round88", "round_ce"),
    "CF": ("heldout_round89", "round_cf"),
    "CG": ("heldout_round90", "round_cg"),
    "CH": ("heldout_round91", "round_ch"),
    "CI": ("heldout_round92", "round_ci"),
    "CJ": ("heldout_round93", "round_cj"),
    "CK": ("heldout_round94", "round_ck"),
    "CL": ("heldout_round95", "round_cl"),
    "CM": ("heldout_round96", "round_cm"),
    "CN": ("heldout_round97", "round_cn"),
    "CO": ("heldout_round98", "round_co"),
    "CP": ("heldout_round99", "round_cp"),
    "CQ": ("heldout_round100", "round_cq"),
    "CR": ("heldout_round101", "round_cr"),
    "CS": ("heldout_round102", "round_cs"),
    "CT": ("heldout_round103", "round_ct"),
    "CV": ("heldout_round105", "round_cv"),
    "CX": ("heldout_round107", "round_cx"),
    "CU": ("heldout_round104", "round_cu"),
    "CW": ("heldout_round106", "round_cw"),
    "CY": ("heldout_round108", "round_cy"),
    "CZ": ("heldout_round109", "round_cz"),
    "DA": ("heldout_round110", "round_da"),
    "DB": ("heldout_round111", "round_db"),
}
PRIVATE_PREFIX = "private:"


class HashMismatch(Exception):
    """A private text whose SHA-256 differs from the one recorded in its gold file."""


def text_path(gold_file: Path, gold: dict[str, Any], private: Path | None) -> Path | None:
    """Where the gold file's text is: beside the gold, or in ``private`` (checked); None when unavailable."""
    ref = str(gold["text"]).split("#")[0].strip()
    if not ref.startswith(PRIVATE_PREFIX):
        return gold_file.parent / ref
    if private is None:
        return None
    path = private / ref[len(PRIVATE_PREFIX):]
    if not path.is_file():
        return None
    digest = hashlib.sha256(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    if digest != gold.get("sha256"):
        raise HashMismatch(f"{path}: sha256 {digest} differs from {gold_file.name}'s {gold.get('sha256')}")
    return path


def score_attribution(gold_file: Path, path: Path) -> dict[str, Any]:
    """evaluate() on one text, plus the counts statement recall needs; the text is read from ``path``."""
    from helpers.attribution.evaluate import evaluate

    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    gold["text"] = str(path.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        tmp_gold = Path(tmp) / gold_file.name
        tmp_gold.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = evaluate(tmp_gold)
    found = 0
    for row in r["sentences"].itertuples():
        n_gold = len(row.gold.split(" | ")) if row.gold else 0
        n_sys = len(row.system.split(" | ")) if row.system else 0
        found += min(n_gold, n_sys)
    r["found"] = found
    r["gold_entries"] = len(gold["statements"])
    return r


def topic_judgement(topic_file: Path, path: Path) -> dict[str, Any]:
    """The package's topics on one text against its topic gold."""
    from helpers.article import load_article
    from helpers.topics import topic_counts, topic_mentions

    tg = yaml.safe_load(topic_file.read_text(encoding="utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = load_article(path)
        mentions = topic_mentions(art, statements=False)
        counts = topic_counts(art, mentions=mentions)
    counted = counts[counts["count"] > 0]
    top = counted["topic"].iloc[0] if len(counted) else None
    try:  # the package's default "top topic" is the document-level ranking where it has one
        from helpers.topic_ranking import topic_ranking
    except ImportError:
        pass
    else:
        ranking = topic_ranking(art)
        ranking = ranking[ranking["score"] > 0]
        top = ranking["topic"].iloc[0] if len(ranking) else None
    if "role" in mentions.columns:  # actors ("Moscow said") and excluded words are not counted topics
        mentions = mentions[mentions["role"] == "subject"]
    counted_set = set(counted["topic"])
    text = art.text
    traps = []
    for trap in tg.get("traps") or []:
        spans = _occurrences(text, trap["phrase"])
        hits = mentions[mentions["topic"] == trap["would_count_as"]]
        hit = any(s < e2 and s2 < e for s, e in spans for s2, e2 in zip(hits["start"], hits["end"]))
        traps.append({**trap, "counted": bool(hit)})
    main, present = set(tg["main"]), set(tg.get("present") or [])
    return {"id": tg["id"], "top": top, "top_right": top in main, "main": sorted(main),
            "main_counted": sorted(main & counted_set), "counted": list(counted["topic"]),
            "present": sorted(present), "present_counted": sorted(present & counted_set),
            "counted_right": sorted(counted_set & (main | present)),
            "counted_wrong": sorted(counted_set - main - present), "traps": traps}


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of ``phrase`` in ``text``."""
    out, pos = [], text.find(phrase)
    while pos >= 0:
        out.append((pos, pos + len(phrase)))
        pos = text.find(phrase, pos + 1)
    return out


def run_round(name: str, private: Path | None) -> dict[str, Any]:
    """Attribution and topic scores of one round, with the per-text details."""
    gold_dir, topic_dir = ROUNDS[name]
    gold_files = sorted((ROOT / "tests" / "gold" / gold_dir).glob("*.yaml"))
    texts, skipped, topics = [], [], []
    for gf in gold_files:
        gold = yaml.safe_load(gf.read_text(encoding="utf-8"))
        path = text_path(gf, gold, private)
        if path is None:
            skipped.append(gf.stem)
            continue
        r = score_attribution(gf, path)
        texts.append({"id": gf.stem, **{k: r[k] for k in ("tp", "fp", "fn", "found", "gold_entries",
                                                          "quotations_right", "quotations_total")},
                      "misses": _misses(r)})
        tf = ROOT / "tests" / "gold" / "topics" / topic_dir / f"{gf.stem}.yaml"
        if tf.is_file():
            topics.append(topic_judgement(tf, path))
    return {"round": name, "folder": gold_dir, "skipped": skipped, "texts": texts,
            "attribution": _pool_attribution(texts), "topic_texts": topics, "topics": _pool_topics(topics)}


def _misses(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentences scored wrong and the quotations missed or misattributed."""
    rows = [{"sentence": s.text, "gold": s.gold, "system": s.system, "verdict": s.verdict}
            for s in r["sentences"].itertuples() if s.verdict and s.verdict != "right"
            and any(v != "right" for v in s.verdict.split(", "))]
    rows += [{"quotation": q.quote, "gold": q.gold, "system": q.system, "verdict": "quotation wrong"}
             for q in r["quotations"].itertuples() if not q.right]
    return rows


def _pool_attribution(texts: list[dict[str, Any]]) -> dict[str, Any]:
    """Round figures pooled over the (sentence, speaker) pairs of its texts."""
    tp, fp, fn = (sum(t[k] for t in texts) for k in ("tp", "fp", "fn"))
    gold_pairs = tp + fn
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    q_right, q_total = sum(t["quotations_right"] for t in texts), sum(t["quotations_total"] for t in texts)
    return {"texts": len(texts), "gold_entries": sum(t["gold_entries"] for t in texts),
            "gold_pairs": gold_pairs, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "statement_recall": sum(t["found"] for t in texts) / gold_pairs if gold_pairs else 1.0,
            "end_to_end_speaker_accuracy": r, "quotations_right": q_right, "quotations_total": q_total,
            "quotation_accuracy": q_right / q_total if q_total else 1.0}


def _pool_topics(topics: list[dict[str, Any]]) -> dict[str, Any]:
    """Round topic figures pooled over its texts."""
    n_main = sum(len(t["main"]) for t in topics)
    n_counted = sum(len(t["counted"]) for t in topics)
    traps = [tr for t in topics for tr in t["traps"]]
    return {"texts": len(topics),
            "top_topic_accuracy": sum(t["top_right"] for t in topics) / len(topics) if topics else 1.0,
            "main_recall": sum(len(t["main_counted"]) for t in topics) / n_main if n_main else 1.0,
            "present_recall": (sum(len(t["present_counted"]) for t in topics)
                               / max(1, sum(len(t["present"]) for t in topics))),
            "traps": len(traps), "traps_counted": sum(tr["counted"] for tr in traps),
            "trap_rate": sum(tr["counted"] for tr in traps) / len(traps) if traps else 0.0,
            "counted_topics": n_counted,
            "counted_precision": (sum(len(t["counted_right"]) for t in topics) / n_counted
                                  if n_counted else 1.0)}


def print_round(res: dict[str, Any], misses: bool) -> None:
    """The round's table lines, and with ``misses`` what went wrong, text by text."""
    a, t = res["attribution"], res["topics"]
    skipped = res["skipped"] or "none"
    print(f"Round {res['round']} ({res['folder']}): {a['texts']} texts scored, skipped {skipped}")
    print(f"  attribution: gold statements {a['gold_entries']} ({a['gold_pairs']} sentence-speaker pairs), "
          f"P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f}, statement recall "
          f"{a['statement_recall']:.3f}, end-to-end speaker accuracy {a['end_to_end_speaker_accuracy']:.3f}, "
          f"quotations {a['quotations_right']}/{a['quotations_total']} ({a['quotation_accuracy']:.3f})")
    print(f"  topics: top topic right {t['top_topic_accuracy']:.3f} ({t['texts']} texts), main recall "
          f"{t['main_recall']:.3f}, traps counted {t['traps_counted']}/{t['traps']} ({t['trap_rate']:.3f}), "
          f"precision of counted topics {t['counted_precision']:.3f} ({t['counted_topics']} counted), "
          f"present topics counted {t['present_recall']:.3f}")
    if not misses:
        return
    for text in res["texts"]:
        print(f"  -- {text['id']}: tp {text['tp']} fp {text['fp']} fn {text['fn']}")
        for m in text["misses"]:
            what = m.get("sentence") or f"quotation {m['quotation']!r}"
            print(f"     [{m['verdict']}] gold={m['gold']!r} system={m['system']!r}: {what[:110]!r}")
    for tt in res["topic_texts"]:
        wrong_traps = [tr["phrase"] + "->" + tr["would_count_as"] for tr in tt["traps"] if tr["counted"]]
        print(f"  -- topics {tt['id']}: top {tt['top']} ({'right' if tt['top_right'] else 'WRONG'}), main "
              f"{tt['main']} counted {tt['main_counted']}, not belonging {tt['counted_wrong']}, "
              f"traps counted {wrong_traps}")


def round_names(spec: str) -> list[str]:
    """The rounds a ``--rounds`` value names: split by commas ("Z,AA,AB"); one round's name alone ("BK");
    else one letter a round ("ABC", as before the two-letter rounds, so "BK" is never read as B and K);
    an unknown name is an error that lists the known ones."""
    spec = spec.upper().replace(" ", "")
    if "," in spec:
        names = [n for n in spec.split(",") if n]
    else:
        names = [spec] if spec in ROUNDS else list(spec)
    unknown = [n for n in names if n not in ROUNDS]
    if unknown:
        raise SystemExit(f"error: unknown round(s) {', '.join(unknown)}; known: {','.join(ROUNDS)}")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--private", type=Path,
                    help="folder holding ROUND/ID.txt for the texts kept out of the repo")
    ap.add_argument("--rounds", default=",".join(ROUNDS),
                    help=f"which rounds: letters run together (ABC) or names split by commas (Z,AA,AB); "
                         f"default: all, {','.join(ROUNDS)}")
    ap.add_argument("--misses", action="store_true", help="print what went wrong, text by text")
    ap.add_argument("--json", type=Path, help="write every figure and detail to this JSON file")
    args = ap.parse_args(argv)
    try:
        results = [run_round(r, args.private) for r in round_names(args.rounds)]
    except HashMismatch as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for res in results:
        print_round(res, args.misses)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
