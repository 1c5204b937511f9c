"""TextBlob's ``PatternAnalyzer`` polarity of a plain string, computed the same way, several times faster.

``polarity(text)`` is bit-for-bit ``float(textblob.en.sentiment(text)[0])`` (the object that
``TextBlob(text).sentiment`` calls). It reads the package's own data at first use: the loaded lexicon
(``dict`` of word → part-of-speech → (polarity, subjectivity, intensity)), its negations, modifier tags
and modifier rule, and the tokeniser's constants (punctuation, abbreviations and their regexes, the
emoticon table and regex, the sarcasm regex, the end-of-sentence marker) from ``textblob._text``.

What TextBlob does for a string, and how this module does the same
------------------------------------------------------------------
1. ``find_tokens``: seven ``re.sub`` calls for contractions ("'d" → " 'd", ..., "n't" → " n't"), then
   spaces around the quote characters “ ” ‘ ’ ' ", then "\\r\\n" → "\\n", a blank line (two or more
   "\\n") → " END-OF-SENTENCE ", and whitespace collapsed.  Because every "'" ends up with a space on
   both sides, the only contraction rule that changes the tokens is "n't" (it adds a space before the
   "n": "don't" → "do n ' t"); the others only add whitespace next to a "'" that is spaced anyway.  Here:
   ``str.replace`` for "n't" and each quote, the blank-line regex only when the text has "\\n\\n", then
   ``str.split`` (the same whitespace as the regex ``\\s``).
2. Each whitespace token is cut into pieces: leading punctuation one character at a time, then trailing
   punctuation, "..." (dropping the dots before it) and a final "." unless the token is an abbreviation
   ("Mr.", "U.S.", "e.g.", "T.").  That loop is the package's, run once per distinct token
   (:func:`_pieces`, cached).
3. Sentences are cut at ". ! ? ... END-OF-SENTENCE" (with the closing quotes and brackets that follow),
   every END-OF-SENTENCE piece is dropped, and inside each sentence "( ! )" becomes "(!)" and an emoticon
   spelt with spaces (": ' (", from step 1) is joined (":'(").  Those two regexes are the only reason the
   sentences matter.  When the text cannot hold the sarcasm mark (it lacks one of "(", "!", ")") and
   no emoticon is possible (the text has none of the characters of which every emoticon has one, or the
   package's emoticon regex finds nothing in all the pieces joined: every sentence is a stretch of that
   string, its end followed by a space there, so no match there means no match in any sentence), both
   rewrites change nothing and the words are the pieces themselves (the fast path, :data:`_items`).
   Otherwise the sentences are cut and rewritten exactly as the package does (:func:`_slow_words`).
4. ``Sentiment.assessments`` on the lower-cased words, with part of speech ``None``: the same state
   machine (a known word opens an assessment or, after a modifier such as "very", rescales the previous
   one; a negation before a known word flips it; "!" boosts the last assessment by 1.25; "(!)" and
   emoticons add their own), with only what the polarity needs (polarity, intensity, negated), and the
   same float operations in the same order: ``max(-1.0, min(x, +1.0))`` clamps, ``1.0 / i`` for a
   negated intensity, ``p * -0.5`` for a negated assessment, and the mean ``sum / float(n or 1)`` summed
   left to right from the integer 0.  What the loop needs of a word is looked up once per distinct word
   (:func:`_classify`); the per-word caches are LRU caches of 65,536 entries each, the per-token ones
   (:class:`_TokenCache`) plain dictionaries emptied at that size.

``tests/test_pattern.py`` checks equality with TextBlob on the validation sentences, the masked corpus
sentences, hand-written edge cases and random word soups; ``benchmarks/bench_pattern.py`` measures the
speed (and with ``--all`` checks every sentence of the shared corpora).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

__all__ = ["polarity"]

# Filled by _load() at first use: the package's data and the tables derived from it.
_LEX: dict[str, tuple[float, float, bool, bool]] = {}  # word -> (polarity, intensity, modifier?, -ly?)
_NEGATIONS: frozenset[str] = frozenset()
_EMOTICON_POLARITY: dict[str, float] = {}  # lower-cased emoticon -> polarity (first type that has it)
_T = None  # the textblob._text module
_PUNCTUATION: tuple[str, ...] = ()  # find_tokens' punctuation marks but "." (split one at a time)
_PUNCTUATION_DOT: tuple[str, ...] = ()  # the same and "."
_LOADED = False

# Characters of which every emoticon of the package's table has at least one (checked in _load): a text
# with none of them cannot contain an emoticon, so the emoticon regex need not run at all.
_EMOTICON_KEY_CHARS = ":;=<>)DO♥°"
_EMOTICON_KEY = re.compile("[" + re.escape(_EMOTICON_KEY_CHARS) + "]")
_BLANK_LINE = re.compile(r"\n{2,}")  # find_tokens' linebreak argument, as Parser.find_tokens passes it
_QUOTES = ("“", "”", "‘", "’", "'", '"')  # spaced on both sides, in the package's order


def _load() -> None:
    """Take the lexicon and the tokeniser's constants from the loaded ``textblob.en.sentiment``."""
    global _LEX, _NEGATIONS, _EMOTICON_POLARITY, _T, _PUNCTUATION, _PUNCTUATION_DOT, _LOADED
    from textblob import _text
    from textblob.en import sentiment

    len(sentiment)  # a lazydict: loads the XML (and the "-ly" adverbs) on first use
    lexicon = {}
    for word, by_pos in dict.items(sentiment):
        if None in by_pos:  # the string path assesses every word with pos None
            p, _s, i = by_pos[None]
            is_modifier = any(map(by_pos.__contains__, sentiment.modifiers))
            lexicon[word] = (p, i, is_modifier, bool(sentiment.modifier(word)))
    emoticons: dict[str, float] = {}
    for (_kind, p), forms in _text.EMOTICONS.items():
        for form in forms:
            w = form.lower()
            # The package's "speedup" test before looking a word up among the emoticons.
            if w.isalpha() is False and len(w) <= 5 and w not in _text.PUNCTUATION:
                emoticons.setdefault(w, p)  # the first type (in the table's order) that has it wins
    missing = [
        e for forms in _text.EMOTICONS.values() for e in forms if not set(e) & set(_EMOTICON_KEY_CHARS)
    ]
    if missing:  # a newer package with other emoticons: the pre-check would be wrong
        raise RuntimeError(f"emoticons without any of {_EMOTICON_KEY_CHARS!r}: {missing}")
    _LEX, _NEGATIONS, _EMOTICON_POLARITY, _T = lexicon, frozenset(sentiment.negations), emoticons, _text
    _PUNCTUATION = tuple(_text.PUNCTUATION.replace(".", ""))
    _PUNCTUATION_DOT = (*_PUNCTUATION, ".")
    _LOADED = True


# ------------------------------------------------------------------------------------------ tokens
@lru_cache(maxsize=1 << 16)
def _pieces(t: str) -> tuple[str, ...]:
    """The pieces ``find_tokens`` cuts one whitespace token into (original case), in order."""
    T = _T
    punctuation, punctuation_dot, replace = _PUNCTUATION, _PUNCTUATION_DOT, T.replacements
    head: list[str] = []
    tail: list[str] = []
    while t.startswith(punctuation) and t not in replace:
        head.append(t[0])
        t = t[1:]
    while t.endswith(punctuation_dot) and t not in replace:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if (
                t in T.ABBREVIATIONS
                or T.RE_ABBR1.match(t) is not None
                or T.RE_ABBR2.match(t) is not None
                or T.RE_ABBR3.match(t) is not None
            ):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        head.append(t)
    head.extend(reversed(tail))
    return tuple(head)


class _TokenCache(dict):
    """``func(token)`` per whitespace token, filled as tokens are met.

    A plain dictionary: a hit costs less than an ``lru_cache`` hit, and these are looked up once per
    token of every text.  Emptied when it holds 65,536 tokens, so its memory stays bounded.
    """

    def __init__(self, func):
        super().__init__()
        self.func = func

    def __missing__(self, token: str):
        if len(self) >= 1 << 16:
            self.clear()
        value = self[token] = self.func(token)
        return value

    def cache_clear(self) -> None:
        self.clear()


def _token_items(t: str) -> tuple:
    """The assessment items of one whitespace token when no sentence rewrite applies (no EOS pieces)."""
    eos = _T.EOS
    return tuple(_classify(p.lower()) for p in _pieces(t) if p != eos)


def _token_joined(t: str) -> str:
    """The pieces of one whitespace token but the END-OF-SENTENCE ones, joined by spaces."""
    eos = _T.EOS
    return " ".join(p for p in _pieces(t) if p != eos)


_items = _TokenCache(_token_items)  # token -> its items (look up with _items[t])
_joined = _TokenCache(_token_joined)  # token -> its pieces joined


def _raw_tokens(text: str) -> list[str]:
    """``find_tokens`` up to its whitespace tokens (see the module docstring, step 1)."""
    if "n't" in text:
        text = text.replace("n't", " n't")
    for q in _QUOTES:
        if q in text:
            text = text.replace(q, f" {q} ")
    if "\n" in text:  # one scan for a one-character needle rules out both two-character ones
        if "\r\n" in text:
            text = text.replace("\r\n", "\n")
        if "\n\n" in text:
            text = _BLANK_LINE.sub(f" {_T.EOS} ", text)
    return text.split()


_TERMINATORS = ("...", ".", "!", "?")  # + EOS
_CLOSERS = ("”", "’", "...", ".", "!", "?", ")")  # + EOS; "'" and '"' end the run (see _slow_words)


def _slow_words(pieces: list[str]) -> list[str]:
    """Words after ``find_tokens``' sentence cut, sarcasm and emoticon rewrites (the package's loop).

    In the package a quote ("'" or '"') inside the run of closers ends the run unless the current
    sentence holds an odd number of that quote; the current sentence is always empty at that point
    (it is filled only when the run ends, and a new one is started right after), so a quote always ends
    the run.
    """
    T = _T
    eos = T.EOS
    sentences: list[list[str]] = [[]]
    i = j = 0
    n = len(pieces)
    while j < n:
        if pieces[j] in _TERMINATORS or pieces[j] == eos:
            while j < n and (pieces[j] in _CLOSERS or pieces[j] == eos):
                j += 1
            sentences[-1].extend(t for t in pieces[i:j] if t != eos)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(pieces[i:j])
    strings = (" ".join(s) for s in sentences if len(s) > 0)
    strings = (T.RE_SARCASM.sub("(!)", s) for s in strings)
    strings = [T.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s) for s in strings]
    return [w.lower() for w in " ".join(strings).split()]


def _text_items(text: str) -> Iterable[tuple]:
    """The items (:func:`_classify`) of the lower-cased words ``Sentiment.__call__`` assesses for ``text``."""
    raw = _raw_tokens(text)
    sarcasm = "(" in text and "!" in text and ")" in text
    if sarcasm or (
        _EMOTICON_KEY.search(text) is not None
        and _T.RE_EMOTICONS.search(" ".join(filter(None, map(_joined.__getitem__, raw)))) is not None
    ):
        return list(map(_classify, _slow_words(list(chain.from_iterable(map(_pieces, raw))))))
    return chain.from_iterable(map(_items.__getitem__, raw))


# ------------------------------------------------------------------------------------- assessments
# Each lower-cased word becomes an "item" holding what the assessment loop needs to know of it:
# * a word of the lexicon: (True, polarity, intensity, is_modifier, modifier_rule, is_negation), where
#   is_modifier is "has a modifier tag (RB)" and modifier_rule the package's ``modifier(w)`` ("-ly");
# * any other word: (False, is_negation, resets_negation, resets_modifier, is_bang, added), where a
#   negation is forgotten after a word with more than one character besides "'", a modifier after a word
#   of more than two characters, is_bang is "!" and added the polarities of the assessments the word adds
#   ("(!)": 0.0; an emoticon: its polarity);
# * _INERT, the common case of such a word: no negation, no "!", adds nothing, forgets both.
_INERT = (False, False, True, True, False, ())


@lru_cache(maxsize=1 << 16)
def _classify(w: str) -> tuple:
    """The item of the lower-cased word ``w`` (see above)."""
    entry = _LEX.get(w)
    if entry is not None:
        return (True, *entry, w in _NEGATIONS)
    added = ()
    if w == "(!)":
        added += (0.0,)
    if w in _EMOTICON_POLARITY:
        added += (_EMOTICON_POLARITY[w],)
    item = (False, w in _NEGATIONS, len(w.strip("'")) > 1, len(w) > 2, w == "!", added)
    return _INERT if item == _INERT else item


def _polarity_of_items(items: Iterable[tuple]) -> float:
    """``Sentiment.assessments`` (pos ``None``, negation on) and the polarity mean of ``__call__``."""
    a: list[list] = []  # one [polarity, intensity, negated] per assessment
    m = None  # the item of the preceding modifier ("very" in "very good")
    n = None  # True after a negation ("not" in "not good")
    for c in items:
        if c is _INERT:  # the package's unknown-word branch for such a word comes to this
            m = n = None
        elif c[0]:  # a word of the lexicon
            _known, p, i, is_modifier, _rule, is_negation = c
            if m is None:  # on its own: a new assessment
                last = [p, i, False]
                a.append(last)
            else:  # after a modifier: rescale the previous assessment
                last = a[-1]
                last[0] = max(-1.0, min(p * last[1], +1.0))
                last[1] = i
            if n is not None:  # after a negation
                last[1] = 1.0 / last[1]
                last[2] = True
            m = c if is_modifier else None
            n = True if is_negation else None
        else:
            _known, is_negation, resets_negation, resets_modifier, is_bang, added = c
            if is_negation:
                n = True
            elif n and resets_negation:
                n = None
            if n is not None and m is not None and m[4]:  # "really not good"
                a[-1][2] = True
                n = None
            elif m and resets_modifier:
                m = None
            if is_bang and len(a) > 0:
                last = a[-1]
                last[0] = max(-1.0, min(last[0] * 1.25, +1.0))
            for p in added:
                a.append([p, 1.0, False])
    s = 0
    for p, _i, negated in a:
        s += p * -0.5 if negated else p
    return s / float(len(a) or 1)


def polarity(text: str) -> float:
    """TextBlob ``PatternAnalyzer`` polarity of ``text``: ``float(textblob.en.sentiment(text)[0])``."""
    if not _LOADED:
        _load()
    return float(_polarity_of_items(_text_items(str(text))))
