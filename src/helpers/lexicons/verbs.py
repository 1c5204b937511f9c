"""The speech-verb lexicon (``speech_verbs.txt``): every inflected form of a speech verb -> :class:`Verb`.

The file's header documents the format (one verb a line, irregular forms after the lemma, flags after
``:``). ``load_verbs()`` reads the package's file, ``load_verbs(path)`` a user's own file (cached by
resolved path).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import InputError
from .files import load_parsed

# --------------------------------------------------------------------------------------------------------
# Speech verbs
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verb:
    lemma: str
    form: str  # base s past ing
    flags: frozenset[str]


def _inflections(lemma: str, extra: list[str]) -> dict[str, str]:
    words = lemma.split()
    v, rest = words[0], words[1:]
    vowel = "aeiou"
    s = (
        v + "es"
        if v.endswith(("s", "sh", "ch", "x", "z", "o"))
        else (v[:-1] + "ies" if v.endswith("y") and len(v) > 1 and v[-2] not in vowel else v + "s")
    )
    d = (
        v + "d"
        if v.endswith("e")
        else (v[:-1] + "ied" if v.endswith("y") and len(v) > 1 and v[-2] not in vowel else v + "ed")
    )
    g = v[:-1] + "ing" if v.endswith("e") and not v.endswith("ee") else v + "ing"
    forms: dict[str, str] = {v: "base"}
    past: list[str] = []
    for x in extra:
        if x.endswith("ing"):
            g = x
        elif x.endswith("s") and x.startswith(v[:2]) and not x.endswith("ss") and len(x) <= len(v) + 2:
            s = x
        else:
            past.append(x)
    forms[s] = "s"
    forms[g] = "ing"
    for p in past or [d]:
        forms[p] = "past"
    tail = (" " + " ".join(rest)) if rest else ""
    return {f + tail: kind for f, kind in forms.items()}


def parse_verbs(text: str, path: object = None) -> dict[str, Verb]:
    """Parse the speech-verb lexicon format (see ``lexicons/speech_verbs.txt``): form -> Verb."""
    out: dict[str, Verb] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, _, flags = line.partition(":")
        words = head.split()
        if not words:
            continue
        # a phrasal verb: lemma words that are particles stay with the lemma
        particles = {"out", "up", "off", "down", "back", "on", "in", "over", "away"}
        n = 1
        while n < len(words) and words[n] in particles:
            n += 1
        lemma = " ".join(words[:n]).lower()
        if "_" in words[0]:  # a phrase standing for a speech verb: "give_a_positive_assessment_of gave given"
            n, lemma = 1, words[0].replace("_", " ").lower()
        fl = frozenset(f.strip().lower() for f in flags.split() if f.strip())
        for form, kind in _inflections(lemma, [w.lower() for w in words[n:]]).items():
            out.setdefault(form, Verb(lemma, kind, fl))
    if not out:
        raise InputError(
            "speech-verb lexicon has no entries", path, "one verb a line; see lexicons/speech_verbs.txt"
        )
    return out


def load_verbs(path: str | os.PathLike[str] | None = None) -> dict[str, Verb]:
    """Speech verbs: every inflected form -> :class:`Verb` (the package's list or the user's file)."""
    return load_parsed("speech_verbs.txt", parse_verbs, "speech verbs", path)
