"""Entity masking: names, titles and institutions become ``MASK_TOKEN`` before scoring.

"The United Nations Security Council met on Tuesday." scores +0.64 in stock VADER ("united",
"security").  Before scoring, :func:`mask` replaces with the neutral placeholder ``MASK_TOKEN``:

1. spans the caller knows are entities (e.g. speaker mentions from the attribution stage);
2. the phrases of ``lexicons/sentiment_neutralise.txt`` (institutions and titles that contain lexicon
   words: "White House", "Foreign Ministry", "Defense Secretary", "prime minister"), case-insensitive;
3. capitalised proper-noun sequences ("Kremlin Spokesman Dmitry Peskov", "NATO", "U.S."), joined over
   the connectors of ``lexicons/sentiment_connectors.txt`` ("of", "for", "al", ...) when a capitalised
   word follows.  A capitalised word that only opens a sentence (or a quotation) is not taken for a name
   unless a capitalised word follows and it is not a word of ``lexicons/sentiment_function_words.txt``;
   text in Title Case or ALL CAPS (a headline) skips this step.  A run that contains a sentiment word is
   masked only when it also contains an institution/title head noun from
   ``lexicons/sentiment_entity_heads.txt`` ("Justice Ministry" yes, "Happy Birthday" no): masking every
   capitalised run cost stock VADER 0.07 of correlation with people on the human-rated tweets.

The word lists are read by :class:`MaskRules` (``mask_rules(...)`` takes the user's own files).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError
from ..lexicons.sentiment import (
    load_connectors,
    load_function_words,
    load_heads,
    load_neutralise,
)
from .constants import MASK_TOKEN
from .textblob import pattern_sentiment, textblob_polarity
from .vader import domain_vader, stock_analyzer, vader_compound

#: Characters after which a capitalised word opens a sentence or a quotation (see :func:`is_initial`).
OPENERS = frozenset("\"“‘'([{«—–-:;.!?…\n")
#: How a text that is a sentence ends; a text ending otherwise may be a headline in Title Case.
ENDS_SENTENCE = (".", "!", "?", '"', "”", "’", "'", ")", "…", ":")
#: The kinds of masked span, in the order a merged span reports them (the first present wins).
SPAN_KINDS = ("given", "lexicon", "proper")

# candidate capitalised words: a letter that is not a-z opens them (non-ASCII lower case is filtered later).
# Either an initialism ("U.S.", "U.N.": capital, dot, then one or more capital-dot pairs) or a word whose
# first letter follows no word character, apostrophe, hyphen or dot.  The pattern opens with that letter
# class (the lookbehinds come after it) so that the regex engine can skip to candidate letters in C:
# twice as fast as testing both alternatives at every character, and the same matches (checked on every
# sentence of the shared corpora and on random soups of letters and punctuation).  The letter class
# [^\W\d_a-z] is written as the plain ranges [A-Z\x80-\U0010FFFF] (in ASCII the class is A-Z) followed
# by a lookbehind that checks the class on the character just matched: the skip then compares code
# points instead of asking the Unicode database about every character (a third faster, the same matches).
CAPITALISED_WORD = re.compile(
    r"[A-Z\x80-\U0010FFFF](?<=[^\W\d_a-z])(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<![\w'’\-.].)[\w'’\-]*)"
)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class MaskSpan:
    """One masked stretch of a text: offsets into that text, the words, and why it was masked."""

    start: int
    end: int
    text: str
    kind: str  # one of SPAN_KINDS


# ------------------------------------------------------------------------------ the neutraliser phrases
def trie_alternatives(phrases: Iterable[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(first word, regex) per first word of ``phrases``: each regex matches that word's sequences."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    ends = set()
    for words in phrases:
        if len(words) == 1:
            ends.add(words[0])
        else:
            groups.setdefault(words[0], []).append(words[1:])
    alts = []
    for first in sorted(groups, key=lambda w: (-len(w), w)):
        rest = trie_pattern(groups[first])
        tail = "?" if first in ends else ""
        alts.append((first, f"{re.escape(first)}(?:[ \\t\\-]+(?:{rest})){tail}"))
        ends.discard(first)
    alts += [(w, re.escape(w)) for w in sorted(ends, key=lambda w: (-len(w), w))]
    return alts


def trie_pattern(phrases: Iterable[tuple[str, ...]]) -> str:
    """A regex for word sequences, factored by first word (much faster than a flat alternation)."""
    return "|".join(alt for _, alt in trie_alternatives(phrases))


def phrase_words(path: str | None = None) -> list[tuple[str, ...]]:
    """The neutraliser phrases as word tuples (split at spaces and hyphens)."""
    return [tuple(re.split(r"[\s\-]+", p)) for p in load_neutralise(path)]


def phrase_regex(path: str | None = None) -> re.Pattern:
    """The neutraliser phrases as one regex, each phrase bounded by non-word characters on both sides.

    The alternatives are grouped by their first letter, and each group opens with that letter before
    its "no word character before" lookbehind (``x(?<![\\w'’]x)``: the same test, one character later):
    a pattern whose every branch opens with a literal lets the regex engine skip in C to the positions
    where a phrase can start.  The branches of one group keep their order; branches of two groups never
    match at the same position, so the matches are those of the plain ``(?<![\\w'’])(?:trie)`` pattern
    (tested).  Phrases opening with a character other than a letter or digit keep the plain pattern.
    """
    phrases = phrase_words(path)
    alternatives = trie_alternatives(phrases)
    if all(first[:1].isalnum() and re.escape(first[0]) == first[0] for first, _ in alternatives):
        by_letter: dict[str, list[str]] = {}
        for first, alt in alternatives:
            by_letter.setdefault(first[0], []).append(alt[1:])
        body = "|".join(f"{c}(?<![\\w'’]{c})(?:{'|'.join(rest)})" for c, rest in by_letter.items())
        return re.compile(f"(?:{body})" + r"(?![\w'’])")
    return re.compile(r"(?<![\w'’])(?:" + trie_pattern(phrases) + r")(?![\w'’])")


def phrase_keys(path: str | None = None) -> tuple[str, ...]:
    """Words such that every neutraliser phrase contains one of them (a greedy cover, most shared first).

    A phrase can only match where each of its words occurs in the text, so a text that contains none of
    these words (a plain substring test) has no phrase in it and :func:`phrase_regex` need not run.
    """
    left = phrase_words(path)
    keys = []
    while left:
        counts: dict[str, int] = {}
        for words in left:
            for w in set(words):
                counts[w] = counts.get(w, 0) + 1
        key = max(sorted(counts), key=lambda w: (counts[w], len(w)))
        keys.append(key)
        left = [words for words in left if key not in words]
    return tuple(keys)


# ------------------------------------------------------------------------------------------ the rules
@dataclass(frozen=True)
class MaskRules:
    """The word lists masking reads, and what is compiled from them (see :func:`mask_rules`)."""

    phrases: re.Pattern  # the neutraliser phrases (:func:`phrase_regex`)
    phrase_keys: tuple[str, ...]  # a text without any of these holds no phrase (:func:`phrase_keys`)
    function_words: frozenset[str]  # openers that are not names ("The", "However")
    connectors: frozenset[str]  # words joining capitalised words into one name ("of", "al")
    heads: frozenset[str]  # institution/title head nouns ("ministry", "council")
    gap: re.Pattern  # what may separate two capitalised words of one name: spaces and <= 2 connectors


@lru_cache(maxsize=8)
def mask_rules(
    neutralise_path: str | None = None,
    function_words_path: str | None = None,
    connectors_path: str | None = None,
    heads_path: str | None = None,
) -> MaskRules:
    """The masking rules from the project's word lists, or from the user's files given as paths."""
    connectors = load_connectors(connectors_path)
    gap = r"[ \t]+(?:(?:" + "|".join(map(re.escape, sorted(connectors))) + r")[ \t]+){0,2}"
    return MaskRules(
        phrases=phrase_regex(neutralise_path),
        phrase_keys=phrase_keys(neutralise_path),
        function_words=load_function_words(function_words_path),
        connectors=connectors,
        heads=load_heads(heads_path),
        gap=re.compile(gap),
    )


def is_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a sentence or a quotation (only :data:`OPENERS`
    and spaces before it)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in OPENERS


@lru_cache(maxsize=65536)
def is_sentiment_word(word: str) -> bool:
    """Whether a word carries valence in stock VADER, the domain list or TextBlob's lexicon.

    Cached per word: asked of every word of every capitalised run (measured: the cache saves about 2 %
    of the whole pipeline's time on 40 UN speeches).
    """
    w = _POSSESSIVE.sub("", word).lower()
    if w in stock_analyzer().lexicon or w in domain_vader().words:
        return True
    sentiment = pattern_sentiment()
    entry = sentiment.get(w) if w.isalpha() else None
    return bool(entry) and any(abs(v[0]) > 0 for v in entry.values())


def keep_run(words: list[str], rules: MaskRules) -> bool:
    """A capitalised run is masked unless it has sentiment words and no institution/title head noun."""
    if not any(map(is_sentiment_word, words)):
        return True
    return any(w.lower().rstrip(".") in rules.heads for w in words)


def capitalised_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each capitalised word: upper case (not a non-ASCII lower-case letter), not
    the pronoun "I", not after ":", ";" or "=" (":D", "=P" are faces, not names)."""
    caps = []
    for m in CAPITALISED_WORD.finditer(text):
        word, start = m.group(), m.start()
        if (
            word[0].isupper()
            and word != "I"
            and not word.startswith(("I'", "I’"))
            and not (start > 0 and text[start - 1] in ":;=")
        ):
            caps.append((start, m.end(), word))
    return caps


def is_headline(text: str) -> bool:
    """ALL CAPS, or Title Case without a sentence ending: a headline, not a list of names."""
    if text.isupper():
        return True
    if not text.rstrip().endswith(ENDS_SENTENCE):
        long_words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
        if len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words):
            return True
    return False


def proper_spans(text: str, head_rule: bool = True, rules: MaskRules | None = None) -> list[tuple[int, int]]:
    """Capitalised runs taken for names; the rules are in the module docstring."""
    caps = capitalised_words(text)
    if not caps or is_headline(text):
        return []
    rules = rules or mask_rules()
    spans: list[tuple[int, int]] = []
    i, n = 0, len(caps)
    while i < n:
        j = i + 1  # the run grows while only spaces and connectors separate two capitalised words
        while j < n and rules.gap.fullmatch(text, caps[j - 1][1], caps[j][0]):
            j += 1
        run = caps[i:j]
        first_start, _, first = run[0]
        if is_initial(text, first_start) and not (first.isupper() and len(first) > 1):
            # a sentence opener: a name only if a capitalised word follows and it is not a function word
            base = (first[:-2] if first.endswith(("'s", "’s")) else first).lower()
            if len(run) == 1 or base in rules.function_words:
                run = run[1:]
        if run and (not head_rule or keep_run([w for _, _, w in run], rules)):
            spans.append((run[0][0], run[-1][1]))
        i = j
    return spans


# ------------------------------------------------------------------------------------------ masking
def given_spans(text: str, spans, rules: MaskRules, head_rule: bool) -> list[tuple[int, int, str]]:
    """Step 1: the spans the caller knows are names (speaker mentions), kind ``given``.

    ``[(0, 5)]`` in "Putin said the talks were good." masks "Putin"; a span outside the text raises
    :class:`InputError`.
    """
    found = []
    for s, e in spans or ():
        s, e = int(s), int(e)
        if not 0 <= s < e <= len(text):
            raise InputError(f"entity span ({s}, {e}) lies outside a text of {len(text)} characters")
        found.append((s, e, "given"))
    return found


def phrase_spans(text: str, spans, rules: MaskRules, head_rule: bool) -> list[tuple[int, int, str]]:
    """Step 2: the phrases of ``sentiment_neutralise.txt``, whole words, any case, kind ``lexicon``.

    "Talks at the White House went well" masks "White House": the list holds names and titles that
    contain lexicon words ("United Nations", "Security Council", "prime minister").
    """
    low = text.lower()
    if len(low) == len(text):
        if not any(map(low.__contains__, rules.phrase_keys)):  # no phrase can be in it
            return []
        return [(m.start(), m.end(), "lexicon") for m in rules.phrases.finditer(low)]
    # a few characters change length when lower-cased: match case-insensitively instead
    pattern = re.compile(rules.phrases.pattern, re.IGNORECASE)
    return [(m.start(), m.end(), "lexicon") for m in pattern.finditer(text)]


def proper_noun_spans(text: str, spans, rules: MaskRules, head_rule: bool) -> list[tuple[int, int, str]]:
    """Step 3: capitalised runs taken for names (:func:`proper_spans`), kind ``proper``.

    "Kremlin Spokesman Dmitry Peskov said" masks "Kremlin Spokesman Dmitry Peskov"; "Happy Birthday"
    (sentiment words, no institution head noun) is kept when ``head_rule`` is on.
    """
    return [(s, e, "proper") for s, e in proper_spans(text, head_rule, rules)]


#: The masking steps, in order; each returns (start, end, kind) spans, merged by :func:`merge_spans`.
#: Print them with ``for step in MASKING_STEPS: print(step.__name__, step.__doc__)``.
MASKING_STEPS = (given_spans, phrase_spans, proper_noun_spans)


def entity_spans(
    text: str, spans=None, proper_nouns=True, head_rule=True, neutralise_path=None, rules=None
) -> list[list]:
    """:func:`find_entities` as ``[start, end, kind]`` lists, merged and in order (what scoring needs)."""
    rules = rules or mask_rules(neutralise_path)
    found: list[tuple[int, int, str]] = []
    for step in MASKING_STEPS:
        if proper_nouns or step is not proper_noun_spans:
            found += step(text, spans, rules, head_rule)
    return merge_spans(text, found)


def merge_spans(text: str, found: list[tuple[int, int, str]]) -> list[list]:
    """Overlapping spans, or spans with only spaces between them, merged; the kind first in SPAN_KINDS."""
    if len(found) < 2:  # nothing to merge
        return [list(f) for f in found]
    rank = {kind: k for k, kind in enumerate(SPAN_KINDS)}
    merged: list[list] = []
    for s, e, kind in sorted(found):
        if merged and (s <= merged[-1][1] or not text[merged[-1][1] : s].strip(" \t")):
            last = merged[-1]
            last[1] = max(last[1], e)
            if rank[kind] < rank[last[2]]:
                last[2] = kind
        else:
            merged.append([s, e, kind])
    return merged


def find_entities(
    text: str,
    spans: Iterable[tuple[int, int]] | None = None,
    *,
    proper_nouns: bool = True,
    head_rule: bool = True,
    neutralise_path: str | None = None,
    rules: MaskRules | None = None,
) -> list[MaskSpan]:
    """The stretches of ``text`` that :func:`mask` replaces, merged and in order.

    ``spans`` are (start, end) offsets into ``text`` the caller knows are names (speaker mentions);
    out-of-range spans raise :class:`InputError`.  ``proper_nouns=False`` skips capitalised runs;
    ``head_rule=False`` masks every capitalised run, sentiment words or not (kept for the calibration
    script's ablation, which shows why the rule exists).  ``rules`` (:func:`mask_rules`) replaces the
    project's word lists, e.g. ``mask(text, rules=mask_rules(function_words_path="my_openers.txt"))``.
    """
    merged = entity_spans(text, spans, proper_nouns, head_rule, neutralise_path, rules)
    return [MaskSpan(s, e, text[s:e], k) for s, e, k in merged]


def masked_text(text: str, merged: list[list]) -> str:
    """``text`` with each ``[start, end, kind]`` of :func:`entity_spans` replaced by ``MASK_TOKEN``."""
    if not merged:
        return text
    parts, pos = [], 0
    for s, e, _ in merged:
        parts += [text[pos:s], MASK_TOKEN]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def mask(text: str, spans: Iterable[tuple[int, int]] | None = None, **kwargs) -> tuple[str, list[MaskSpan]]:
    """``text`` with names, titles and institutions replaced by ``MASK_TOKEN``, and what was replaced."""
    found = find_entities(text, spans, **kwargs)
    return masked_text(text, [[sp.start, sp.end, sp.kind] for sp in found]), found


def masking_table(texts: Sequence[str]):
    """Before/after table for the notebook: text, masked, what was masked, both scorers on both texts."""
    import pandas as pd

    rows = []
    for t in texts:
        m, found = mask(t)
        rows.append(
            {
                "text": t,
                "masked": m,
                "masked_spans": "; ".join(f"{sp.text} [{sp.kind}]" for sp in found),
                "vader_before": vader_compound(t),
                "vader_after": vader_compound(m),
                "textblob_before": round(textblob_polarity(t), 4),
                "textblob_after": round(textblob_polarity(m), 4),
            }
        )
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
