"""The target-sentiment rules: each a named function over one target's context, run in order.

:data:`TARGET_RULES` is the ordered list a notebook can print.  Each rule reads and updates a
:class:`TargetContext` (the text, the target span, the words with their valences, the features, the
evidence) and has a docstring saying what it recognises, with an example:

1. :func:`clause_of_target` — the clause that holds the target, cut at contrast words and clause marks;
2. :func:`quotation_scope` — whether the target stands inside a quotation or in the speaker's frame;
3. :func:`word_valences` — VADER's valence (stock lexicon plus the project's domain valences) of each
   word of the clause outside the target, weighted by its distance from the target;
4. :func:`negation_scope` — a negation among the three words before a valenced word flips it;
5. :func:`hedge_scope` — a hedge among the four words before a valenced word halves it;
6. :func:`agent_or_patient` — the target as the agent (subject) or the patient (object) of the
   clause's predicate: the agent of a positive act aimed at someone else is only partly credited with it;
7. :func:`outside_clause` — the rest of the sentence counts a little, nothing after a contrast.

The rule score is VADER's normalisation of the weighted sum (``x / sqrt(x² + 15)``), labelled with
VADER's own thresholds (±0.05).  The words live in ``lexicons/stance_words.yaml``.

    >>> ctx = run_rules("I like Bert, but I hate Robert.", 7, 11)
    >>> round(ctx.score, 2) > 0, ctx.clause
    (True, (0, 12))
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons.files import package_file, read_text_file
from ..sentiment.vader import domain_analyzer

#: VADER's negation factor (``N_SCALAR`` of vaderSentiment): a negated valence is multiplied by it.
NEGATION_FACTOR = -0.74
#: How far back (in words) a negation reaches: VADER's own window of three words.
NEGATION_WINDOW = 3
#: How far back a hedge reaches, and how much of the valence it leaves ("may harm" is half a harm).
HEDGE_WINDOW = 4
HEDGE_FACTOR = 0.5
#: Distance decay: a word ``d`` words from the target weighs ``1 / (1 + d / DISTANCE_SCALE)``.
DISTANCE_SCALE = 6.0
#: The agent of a positive act aimed at another ("Moscow praised Paris") gets this share of its valence:
#: praising is said of the praiser less than of the praised.
AGENT_POSITIVE_SHARE = 0.4
#: Weight of the words outside the target's clause (not counted after a contrast word).
OUTSIDE_WEIGHT = 0.3
#: VADER's normalisation constant (``alpha`` in ``normalize``) and its label thresholds.
NORMALISE_ALPHA = 15.0
LABEL_THRESHOLD = 0.05
#: Marks that end a clause (besides the words of the ``contrast`` and ``clause`` lists).
CLAUSE_MARKS = re.compile(
    r"[;:!?]|\s[—–-]\s|\.(?=\s|$)|,(?=\s+(?:but|however|although|though|whereas|while|yet)\b)"
)
#: A word: letters and digits with inner apostrophes or hyphens.
WORD = re.compile(r"\w+(?:['’-]\w+)*")
#: The rules read the words within this many characters of the target on either side (NewsMTSC's
#: sentences are 154 characters on average, 12 of its 8,739 targets are further than this from an end of
#: their sentence): what is further away says little about the target, and a long statement with many
#: targets stays linear in time (reading every word for every target was quadratic, cubic with scopes).
CONTEXT_CHARS = 500
#: Quotation pairs: curly, straight double and guillemets.  An opening mark ends the search for the
#: closing one ("“a “b”" is the quotation "“b”"): otherwise a run of opening marks without a closing one
#: is scanned to the end from each of them (quadratic time; the linear-time probe found it).
QUOTE = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»")


@dataclass
class Word:
    """A word of the text with its offsets, its valence after the rules and the notes saying why."""

    start: int
    end: int
    text: str
    lower: str
    valence: float = 0.0
    notes: list[str] = field(default_factory=list)


@dataclass
class TargetContext:
    """One target in one text: what the rules read and what they leave (features, evidence, score)."""

    text: str
    start: int
    end: int
    words: list[Word]
    clause: tuple[int, int] = (0, 0)
    features: dict[str, float] = field(default_factory=dict)
    used: list[Word] = field(default_factory=list)
    score: float = 0.0
    names: tuple[tuple[int, int], ...] = ()
    #: The stretch of the text the rules read (:data:`CONTEXT_CHARS` around the target, in whole words);
    #: None: the whole text.
    window: tuple[int, int] | None = None


def _start(w: Word) -> int:
    return w.start


@lru_cache(maxsize=4)
def stance_words(path: str | None = None) -> dict[str, frozenset[str]]:
    """The word lists of ``lexicons/stance_words.yaml`` (or the user's copy), as frozensets."""
    import yaml

    p = path or package_file("stance_words.yaml")
    data = yaml.safe_load(read_text_file(p, what="stance words")) or {}
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


def lexicon() -> dict[str, float]:
    """VADER's lexicon with the project's domain valences (the ``vader_domain`` scorer's words)."""
    return domain_analyzer().lexicon


def words_of(text: str) -> list[Word]:
    """The words of ``text`` with offsets (``text[w.start:w.end] == w.text``)."""
    return [
        Word(m.start(), m.end(), m.group(), m.group().lower().replace("’", "'")) for m in WORD.finditer(text)
    ]


@lru_cache(maxsize=8192)
def is_negation(word: str) -> bool:
    """A negation: in VADER's list, in ``stance_words.yaml``, or ending in n't."""
    from vaderSentiment.vaderSentiment import NEGATE

    return word in NEGATE or word in stance_words()["negation"] or word.endswith("n't")


# ----------------------------------------------------------------------------------------------- rules
def clause_of_target(ctx: TargetContext) -> None:
    """The clause holding the target: cut at ; : ! ? dashes, full stops and before contrast/clause words.

    Example: in "I like Bert, but I hate Robert." the clause of "Bert" is "I like Bert," and the clause of
    "Robert" is "but I hate Robert"; ``contrast`` is 1 for a clause opened (or followed) by a contrast word.
    """
    lists = stance_words()
    a, b = ctx.window or (0, len(ctx.text))
    cuts = {a, b} | {m.end() for m in CLAUSE_MARKS.finditer(ctx.text, a, b)}
    cuts |= {w.start for w in ctx.words if w.lower in lists["contrast"] or w.lower in lists["clause"]}
    cuts = sorted(c for c in cuts if not ctx.start < c < ctx.end)
    lo = max(c for c in cuts if c <= ctx.start)
    hi = min(c for c in cuts if c >= ctx.end)
    ctx.clause = (lo, hi)
    first = next((w for w in ctx.words if w.start >= lo), None)
    after = next((w for w in ctx.words if w.start >= hi), None)
    opens = first is not None and first.lower in lists["contrast"]
    ctx.features["contrast"] = float(opens or (after is not None and after.lower in lists["contrast"]))


@lru_cache(maxsize=64)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations of a text, found once for all its targets."""
    return tuple(m.span() for m in QUOTE.finditer(text))


def quotation_scope(ctx: TargetContext) -> None:
    """Whether the target stands inside a quotation ("We trust “Paris”") or in the speaker's frame.

    Example: in 'He said “Washington lied”.' the target "Washington" is quoted (``in_quote`` 1): the
    sentiment is the quoted speaker's, not the writer's.
    """
    inside = any(a < ctx.start and ctx.end <= b for a, b in quote_spans(ctx.text))
    ctx.features["in_quote"] = float(inside)


def in_names(ctx: TargetContext, w: Word) -> bool:
    """The word is part of the target or of another target of the text (a name carries no sentiment)."""
    return ctx.start <= w.start < ctx.end or any(a <= w.start < b for a, b in ctx.names)


def word_valences(ctx: TargetContext) -> None:
    """Each word of the clause outside the targets with its VADER valence, weighted by distance.

    Example: in "Moscow condemned the sanctions" the target "Moscow" sees "condemned" (VADER's valence)
    one word away, weight 1; "sanctions" (a domain valence) three words away, weight 1/(1 + 2/6).  The
    words of the targets themselves ("United" in "United Nations") are skipped.
    """
    lex = lexicon()
    lo, hi = ctx.clause
    index = [i for i, w in enumerate(ctx.words) if w.start < ctx.end and w.end > ctx.start]
    first, last = (index[0], index[-1]) if index else (0, 0)
    for i, w in enumerate(ctx.words):
        if not (lo <= w.start and w.end <= hi) or in_names(ctx, w) or w.lower not in lex:
            continue
        d = first - i if i < first else i - last
        w.valence = lex[w.lower] / (1 + max(d - 1, 0) / DISTANCE_SCALE)
        w.notes.append(f"lexicon {lex[w.lower]:+.1f}, {d} word(s) away")
        ctx.used.append(w)


def _window(ctx: TargetContext, w: Word, size: int) -> list[Word]:
    i = bisect_left(ctx.words, w.start, key=_start)
    lo = ctx.clause[0]
    return [x for x in ctx.words[max(0, i - size) : i] if x.start >= lo]


def scale_in_scope(ctx: TargetContext, is_cue, window: int, factor: float, verb: str) -> float:
    """Multiply by ``factor`` each valenced word with a cue word (``is_cue(lower)``) among the ``window``
    words before it in the clause, note ``"<verb> by '<cue>'@<offset>"`` on it, and return how many
    words were scaled: the shared mechanism of :func:`negation_scope` and :func:`hedge_scope`."""
    n = 0
    for w in ctx.used:
        cue = next((x for x in _window(ctx, w, window) if is_cue(x.lower)), None)
        if cue is not None:
            w.valence *= factor
            w.notes.append(f"{verb} by '{cue.text}'@{cue.start}")
            n += 1
    return float(n)


def negation_scope(ctx: TargetContext) -> None:
    """A negation among the three words before a valenced word flips and dampens it (× −0.74).

    Example: "Paris did not welcome Berlin's plan": "welcome" is negated by "not".
    """
    ctx.features["negated"] = scale_in_scope(ctx, is_negation, NEGATION_WINDOW, NEGATION_FACTOR, "negated")


def hedge_scope(ctx: TargetContext) -> None:
    """A hedge among the four words before a valenced word halves it ("may harm", "allegedly lied").

    Example: "Kyiv allegedly violated the truce": "violated" is hedged by "allegedly".
    """
    hedges = stance_words()["hedge"]
    ctx.features["hedged"] = scale_in_scope(ctx, hedges.__contains__, HEDGE_WINDOW, HEDGE_FACTOR, "hedged")


def is_passive_agent(ctx: TargetContext) -> bool:
    """The target follows "by" after a be-auxiliary and a participle: "was praised by Moscow"."""
    before = [w for w in ctx.words if ctx.clause[0] <= w.end <= ctx.start]
    if not before or before[-1].lower != "by":
        return False
    aux = stance_words()["passive"]
    return any(a.lower in aux for a in before[-5:-1])


def agent_or_patient(ctx: TargetContext) -> None:
    """The target as agent (subject, before the predicate) or patient (after it, or the passive subject).

    The agent of a positive act ("Moscow praised Paris") is credited with ``AGENT_POSITIVE_SHARE`` of
    it; the agent of a negative act ("Moscow attacked Paris") keeps all of it; the patient keeps all.
    Example: "Berlin was praised by Rome": "Berlin" is the patient, "Rome" the agent (after "by").
    """
    before = [w for w in ctx.used if w.end <= ctx.start]
    after = [w for w in ctx.used if w.start >= ctx.end]
    passive = any(
        w.lower in stance_words()["passive"] for w in ctx.words if ctx.end <= w.start < ctx.end + 12
    )
    agent = is_passive_agent(ctx) or (not before and bool(after) and not passive)
    ctx.features["agent"] = float(agent)
    ctx.features["agent_valence"] = sum(w.valence for w in after) if agent else 0.0
    ctx.features["patient_valence"] = (
        sum(w.valence for w in before) if agent else sum(w.valence for w in ctx.used)
    )
    if agent:
        for w in after:
            if w.valence > 0:
                w.valence *= AGENT_POSITIVE_SHARE
                w.notes.append("target is the agent of a positive act")


def outside_clause(ctx: TargetContext) -> None:
    """The rest of the sentence, at ``OUTSIDE_WEIGHT``, unless a contrast word separates it.

    Example: "Brussels acted quickly, and the outcome was a disaster" — "disaster" is outside the clause
    of "Brussels" (cut at nothing here, so inside); in "I like Bert, but I hate Robert" "hate" is not
    counted for "Bert" at all.
    """
    lex = lexicon()
    lo, hi = ctx.clause
    total = 0.0
    for w in ctx.words:
        if (lo <= w.start < hi) or w.lower not in lex or in_names(ctx, w):
            continue
        total += lex[w.lower]
    ctx.features["outside_valence"] = 0.0 if ctx.features.get("contrast") else total
    clause_sum = sum(w.valence for w in ctx.used)
    ctx.features["clause_positive"] = sum(w.valence for w in ctx.used if w.valence > 0)
    ctx.features["clause_negative"] = sum(w.valence for w in ctx.used if w.valence < 0)
    ctx.score = normalise(clause_sum + OUTSIDE_WEIGHT * ctx.features["outside_valence"])
    ctx.features["rule_score"] = ctx.score


#: The rules in the order they run.
TARGET_RULES = (
    clause_of_target,
    quotation_scope,
    word_valences,
    negation_scope,
    hedge_scope,
    agent_or_patient,
    outside_clause,
)


def normalise(x: float) -> float:
    """VADER's normalisation of a valence sum to −1..1: ``x / sqrt(x² + 15)``."""
    return x / math.sqrt(x * x + NORMALISE_ALPHA)


def label_of_score(score: float, threshold: float = LABEL_THRESHOLD) -> str:
    """negative / neutral / positive with VADER's thresholds (±0.05, inclusive neutral)."""
    return "negative" if score < -threshold else "positive" if score > threshold else "neutral"


def run_rules(
    text: str, start: int, end: int, words: list[Word] | None = None, names: tuple[tuple[int, int], ...] = ()
) -> TargetContext:
    """Every rule of :data:`TARGET_RULES` on one target span; the context holds score and evidence.

    ``names``: the other targets' spans, whose words carry no valence.  Only the words within
    :data:`CONTEXT_CHARS` of the target are read.
    """
    words = words if words is not None else words_of(text)
    lo = bisect_left(words, start - CONTEXT_CHARS, key=_start)
    hi = bisect_right(words, end + CONTEXT_CHARS, key=_start)
    fresh = [Word(w.start, w.end, w.text, w.lower) for w in words[lo:hi]]
    window = (
        fresh[0].start if lo > 0 else 0,
        fresh[-1].end if hi < len(words) and fresh else len(text),
    )
    near = tuple((a, b) for a, b in names if b > window[0] and a < window[1])
    ctx = TargetContext(text, start, end, fresh, names=near, window=window)
    for rule in TARGET_RULES:
        rule(ctx)
    return ctx
