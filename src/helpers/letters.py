"""Capital and small letters of names beyond ASCII, for the patterns that read names and labels.

A name's capital may be any Latin, Greek or Cyrillic capital ("Özay Şendir", "Maroš Šefčovič", "Lars Løkke
Rasmussen", "İlham Əliyev", "Nguyễn Phú Trọng"): a pattern that reads a name writes its capitals as
``[A-Z]`` for the reader's sake and is passed through :func:`cased`, which widens every ``A-Z`` and ``a-z``
range inside a character class to :data:`UPPER` and :data:`LOWER`. The classes are ranges of code points
(computed once from ``str.isupper`` / ``str.islower``), so a pattern stays one character class per
letter: no per-character Python work, and no change to a pattern's linearity.
"""

from __future__ import annotations

import re

#: the blocks whose letters may open or continue a name: Latin-1, Latin Extended-A/B, IPA (no capitals),
#: Greek, Cyrillic and Latin Extended Additional (Vietnamese)
NAME_BLOCKS = ((0x00C0, 0x0530), (0x1E00, 0x1F00))


def _ranges(test) -> str:
    """The character-class body of the code points of :data:`NAME_BLOCKS` for which ``test`` holds,
    runs written as ranges ("À-ÖØ-Þ...")."""
    out: list[str] = []
    for lo, hi in NAME_BLOCKS:
        start = prev = None
        for cp in range(lo, hi):
            if test(chr(cp)):
                if start is None:
                    start = cp
                prev = cp
                continue
            if start is not None:
                out.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
                start = None
        if start is not None:
            out.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
    return "".join(out)


#: the body of a character class of capitals: "A-Z" and the capitals of :data:`NAME_BLOCKS`
UPPER = "A-Z" + _ranges(str.isupper)
#: the body of a character class of small letters: "a-z" and the small letters of :data:`NAME_BLOCKS`
LOWER = "a-z" + _ranges(str.islower)


# a range not yet widened (the widened ones go on with their first letter beyond ASCII), so that a pattern
# built from widened parts may be passed through :func:`cased` again
_NARROW_UPPER_RE = re.compile("A-Z(?!" + re.escape(UPPER[3]) + ")")
_NARROW_LOWER_RE = re.compile("a-z(?!" + re.escape(LOWER[3]) + ")")


def cased(pattern: str) -> str:
    """``pattern`` with every ``A-Z`` and ``a-z`` range of its character classes widened to :data:`UPPER`
    and :data:`LOWER`: ``cased(r"[A-Z][a-z]+")`` matches "Şendir" and "Łukasz" as it matches "Smith"."""
    return _NARROW_UPPER_RE.sub(UPPER, _NARROW_LOWER_RE.sub(LOWER, pattern))
