"""Typography normalised before any scorer: the text as scored reads like ASCII news copy.

"I don’t accept anybody’s red lines", printed with the typographic apostrophe as TASS and most
agencies print it, scored +0.38 in VADER: its negation list knows "don't", not "don’t", and TextBlob's
contraction rule knows "n't" only.  Before scoring (after masking, so the masked spans' offsets are
those of the original text) the text goes through :data:`TYPOGRAPHY_STEPS`, in order:

1. :func:`apostrophes` — ’ ‘ ‛ ʼ ´ ′ become "'" ("don’t" → "don't", "Russia’s" → "Russia's");
2. :func:`quotation_marks` — “ ” „ ‟ « » ″ become '"';
3. :func:`ellipses` — "…" becomes "..." ("well…" then loses its dots like "well..." does);
4. :func:`dashes` — an em or en dash, a horizontal bar, a minus sign or a double hyphen becomes " - "
   (spaced, so that "peace—and" is two words, as "peace - and" is).

The change is for scoring only: every table keeps its offsets into ``Article.text``; the ``masked``
column shows the text as scored.  ``helpers.explain(text)`` lists what was changed (scorer
``typography``).  A text that is ASCII and holds no "--" is returned as it is (the common case).
"""

from __future__ import annotations

import re

#: Typographic apostrophes and primes, read as the ASCII apostrophe.
APOSTROPHES = "’‘‛ʼ´′"
#: Typographic quotation marks (and guillemets), read as the ASCII double quote.
QUOTATION_MARKS = "“”„‟«»″"
#: The ellipsis character, read as three full stops.
ELLIPSIS = "…"
# The blanks before a dash are taken only from the first of a run (a search retrying \s* at every blank of a
# long run was quadratic); a match never ends inside a run (its trailing \s* is greedy): sub() is unchanged.
#: Dashes read as a spaced hyphen: em dash, en dash, horizontal bar, minus sign; "--" is an ASCII dash.
DASHES = re.compile(r"(?:(?<!\s)\s+)?(?:[—–―−]|--+)\s*")
#: The characters any step changes (a text without them and without "--" is left alone).
CHANGED = frozenset(APOSTROPHES + QUOTATION_MARKS + ELLIPSIS + "—–―−")

_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_QUOTE_TABLE = str.maketrans(dict.fromkeys(QUOTATION_MARKS, '"'))


def apostrophes(text: str) -> str:
    """’ ‘ ‛ ʼ ´ ′ → "'": "don’t" is read as "don't", so VADER's and TextBlob's negation see it."""
    return text.translate(_APOSTROPHE_TABLE)


def quotation_marks(text: str) -> str:
    """“ ” „ ‟ « » ″ → '"': '“good”' is read as '"good"' (VADER strips ASCII punctuation only)."""
    return text.translate(_QUOTE_TABLE)


def ellipses(text: str) -> str:
    """"…" → "...": "talks…" is read as "talks..." (VADER strips the dots, finding the word)."""
    return text.replace(ELLIPSIS, "...")


def dashes(text: str) -> str:
    """An em/en dash, bar, minus or "--" → " - ": "peace—and" is read as "peace - and" (two words)."""
    return DASHES.sub(" - ", text)


#: The steps, in order. Print them with ``for step in TYPOGRAPHY_STEPS: print(step.__name__, step.__doc__)``.
TYPOGRAPHY_STEPS = (apostrophes, quotation_marks, ellipses, dashes)


def needs_normalising(text: str) -> bool:
    """Whether any step would change ``text`` (a typographic character, or "--")."""
    if text.isascii():
        return "--" in text
    return not CHANGED.isdisjoint(text) or "--" in text


def normalise_typography(text: str) -> str:
    """``text`` after every step of :data:`TYPOGRAPHY_STEPS` (unchanged when it needs none)."""
    if not needs_normalising(text):
        return text
    for step in TYPOGRAPHY_STEPS:
        text = step(text)
    return text


def step_matches(step, text: str) -> list[str]:
    """What ``step`` would replace in ``text``: the characters or dashes, in order."""
    if step is dashes:
        return [m.group().strip() for m in DASHES.finditer(text)]
    chars = {apostrophes: APOSTROPHES, quotation_marks: QUOTATION_MARKS, ellipses: ELLIPSIS}[step]
    return [c for c in text if c in chars]


def typography_changes(text: str) -> list[tuple[str, list[str]]]:
    """(step name, what it replaced) for each step of :data:`TYPOGRAPHY_STEPS` that changes ``text``."""
    out = []
    for step in TYPOGRAPHY_STEPS:
        found = step_matches(step, text)
        if found:
            out.append((step.__name__, found))
        text = step(text)
    return out
