"""Explanations: the words that moved each score, and by how much.

``explain(text)`` columns (:data:`EXPLAIN_COLUMNS`): ``scorer`` (masked / typography / vader /
vader_domain / textblob), ``position`` (word index in the scorer's own tokenisation), ``word``,
``lexicon`` (the word's valence in the lexicon, NaN if it has none), ``valence`` (after the scorer's
rules: boosters, negation, "but", caps; for ``vader_domain`` also the diplomatic layer, whose rule is
named in ``note``), ``contribution`` (share of the final number: VADER's compound split in proportion
to the valences; TextBlob's polarity is a plain mean so each assessment contributes polarity/n),
``note``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import InputError
from ..lexicons.sentiment import read_domain
from .constants import EXPLAIN_COLUMNS
from .diplomatic import diplomatic_pass
from .masking import mask
from .textblob import pattern_sentiment
from .typography import normalise_typography, typography_changes
from .vader import domain_vader, stock_analyzer, vader_valences


def rule_note(base: float, valence: float) -> str:
    """What VADER's rules did to a word's lexicon valence ``base``, in words ("negated (x-0.74)")."""
    if base == 0:
        return "idiom or special case" if valence else ""
    ratio = valence / base
    if valence == 0:
        return "dropped (x0)"
    if abs(ratio - 1) < 1e-9:
        return "as in lexicon"
    if ratio < 0:
        return f"negated (x{ratio:.2f})"
    return f"{'intensified' if ratio > 1 else 'dampened'} (x{ratio:.2f})"


def domain_valences(analyzer, text: str, domain_path: str | None = None):
    """(text as scored, words, valences after every rule and "but", rule notes) of ``vader_domain``."""
    p = diplomatic_pass(text, domain_path)
    if p is None:
        prepared, st, valences = vader_valences(analyzer, text)
        return prepared, st.words_and_emoticons, valences, {}
    valences = list(p.raw)
    if "but" in (w.lower() for w in p.words):
        valences = analyzer._but_check(p.words, valences)
    return p.prepared, p.words, valences, p.notes


def explain_vader(name: str, analyzer, text: str, domain_path: str | None = None) -> list[dict]:
    """The :func:`explain` rows of one VADER analyzer (``name``: vader or vader_domain) for ``text``.

    For ``vader_domain`` the diplomatic layer runs too: a word a rule changed names the rule in
    ``note``, and a topic noun of the domain lexicon's ``neutral`` list is shown with valence 0.
    """
    notes: dict[int, str] = {}
    if name == "vader_domain":
        prepared, words, valences, notes = domain_valences(analyzer, text, domain_path)
        neutral = read_domain(domain_path).neutral
    else:
        prepared, st, valences = vader_valences(analyzer, text)
        words, neutral = st.words_and_emoticons, frozenset()
    compound = analyzer.score_valence(valences, prepared)["compound"]
    total = float(sum(valences))
    amp = analyzer._punctuation_emphasis(prepared) if total else 0.0
    total_with_amp = total + (amp if total > 0 else -amp if total < 0 else 0.0)
    share = compound / total_with_amp if total_with_amp else 0.0
    rows = []
    domain_words = domain_vader(domain_path).words if name == "vader_domain" else frozenset()
    has_but = "but" in (w.lower() for w in words)
    for i, (word, val) in enumerate(zip(words, valences, strict=False)):
        base = analyzer.lexicon.get(word.lower())
        if word.lower() in neutral:
            base = stock_analyzer().lexicon.get(word.lower(), 0.0)
            note = "topic noun: no valence (sentiment_domain.yaml, neutral)"
        elif base is None and not val:
            continue
        else:
            note = "" if base is None and i in notes else rule_note(base or 0.0, float(val))
        if i in notes:
            note = f"{note}; {notes[i]}" if note else notes[i]
        if name == "vader_domain" and word.lower() in domain_words and word.lower() not in neutral:
            note = f"domain lexicon; {note}"
        if has_but and val:
            note += "; 'but' rule applies" if note else "'but' rule applies"
        rows.append(
            {
                "scorer": name,
                "position": i,
                "word": word,
                "lexicon": base,
                "valence": round(float(val), 4),
                "contribution": round(float(val) * share, 4),
                "note": note,
            }
        )
    if amp and total:
        signed = amp if total > 0 else -amp
        rows.append(
            {
                "scorer": name,
                "position": None,
                "word": "! / ?",
                "lexicon": None,
                "valence": round(signed, 4),
                "contribution": round(signed * share, 4),
                "note": "punctuation emphasis",
            }
        )
    rows.append(
        {
            "scorer": name,
            "position": None,
            "word": "(total)",
            "lexicon": None,
            "valence": round(total_with_amp, 4),
            "contribution": compound,
            "note": "compound = x / sqrt(x^2 + 15) of the summed valences",
        }
    )
    return rows


def explain_textblob(text: str) -> list[dict]:
    """The :func:`explain` rows of TextBlob for ``text``: one per assessment of ``textblob.en.sentiment``."""
    sentiment = pattern_sentiment()
    result = sentiment(text)
    assessments = result.assessments
    n = len(assessments)
    rows = []
    for i, (words, polarity, _subjectivity, label) in enumerate(assessments):
        known = [w for w in words if w in sentiment and w not in sentiment.negations]
        head = known[-1] if known else (words[-1] if words else "")
        entry = sentiment.get(head)
        base = entry[None][0] if entry and None in entry else None
        notes = []
        if any(w in sentiment.negations for w in words):
            notes.append("negated (x-0.5)")
        modifiers = list(known[:-1])
        if modifiers:
            notes.append("modified by " + " ".join(modifiers))
        if "!" in words:
            notes.append("'!' (x1.25)")
        note = "; ".join(notes)
        if label:
            note = f"{note}; {label}" if note else label
        rows.append(
            {
                "scorer": "textblob",
                "position": i,
                "word": " ".join(words),
                "lexicon": base,
                "valence": round(float(polarity), 4),
                "contribution": round(float(polarity) / n, 4),
                "note": note,
            }
        )
    rows.append(
        {
            "scorer": "textblob",
            "position": None,
            "word": "(total)",
            "lexicon": None,
            "valence": round(float(sum(a[1] for a in assessments)), 4),
            "contribution": round(float(result[0]), 4),
            "note": f"polarity = mean of {n} assessed word group(s)",
        }
    )
    return rows


def explain(
    text: str,
    *,
    spans: Iterable[tuple[int, int]] | None = None,
    mask_entities: bool = True,
    domain: str | None = None,
):
    """The words that moved each score and by how much (columns in the module docstring).

    Masked spans come first (scorer ``masked``, with the stock VADER valence they would have added in
    ``lexicon``), then what typography normalisation changed (scorer ``typography``, one row per step of
    :data:`helpers.sentiment.typography.TYPOGRAPHY_STEPS` that applied); then VADER (stock), VADER
    with the domain valences and the diplomatic layer, and TextBlob, each closed by a ``(total)`` row
    whose ``contribution`` is the scorer's number.  Per scorer the word contributions add up to that
    total (up to rounding): VADER's compound is shared out in proportion to each word's valence after
    VADER's rules; TextBlob's polarity is the mean of its assessments.  ``score`` = weights ·
    (vader_domain total, textblob total) from the calibration file.
    """
    import pandas as pd

    if not isinstance(text, str):
        raise InputError(f"explain takes a string, got {type(text).__name__}")
    if mask_entities:
        masked, found = mask(text, spans)
    else:
        masked, found = text, []
    lex = stock_analyzer().lexicon
    rows = [
        {
            "scorer": "masked",
            "position": None,
            "word": sp.text,
            "lexicon": round(sum(lex.get(w.lower().strip(".,;:'’\""), 0.0) for w in sp.text.split()), 4),
            "valence": 0.0,
            "contribution": 0.0,
            "note": f"masked ({sp.kind}) at {sp.start}:{sp.end}",
        }
        for sp in found
    ]
    rows += [
        {
            "scorer": "typography",
            "position": None,
            "word": " ".join(dict.fromkeys(found_chars)),
            "lexicon": None,
            "valence": 0.0,
            "contribution": 0.0,
            "note": f"{step}: {len(found_chars)} replaced for scoring (offsets unchanged)",
        }
        for step, found_chars in typography_changes(masked)
    ]
    scored = normalise_typography(masked)
    rows += explain_vader("vader", stock_analyzer(), scored)
    rows += explain_vader("vader_domain", domain_vader(domain).analyzer, scored, domain)
    rows += explain_textblob(scored)
    df = pd.DataFrame(rows, columns=EXPLAIN_COLUMNS)
    df["position"] = df["position"].astype("Int64")
    df["lexicon"] = df["lexicon"].astype("float64")
    return df
