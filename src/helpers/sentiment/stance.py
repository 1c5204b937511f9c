"""The speaker's stance: the cue verb of a statement carries tone that its content does not.

"Biden rejected Russia's demands": the content scored is "Russia's demands", the tone is in
"rejected".  "Peskov was saddened by ...": the sadness is outside the content.  Each cue is looked up
in ``lexicons/cue_stance.txt`` (:func:`find_stance`, the rules in :data:`STANCE_RULES`), which gives the
verb's stance (−1..1) and whether the speaker endorses what the verb introduces; :func:`combine_stance`
makes the statement's ``score`` from its ``content_score`` and that ``cue_stance``:

* the speaker endorses the content ("warned that ...", "welcomed ..."): ``content + STANCE_WEIGHT ·
  stance``, clipped to −1..1;
* the speaker reports it to disown it ("rejected claims that the talks had been a success", "denied
  that ..."): the content is not the speaker's tone, so ``score = STANCE_WEIGHT · stance``;
* a cue not in the lexicon ("said", "according to") is a neutral reporting verb: stance 0, score =
  content.
"""

from __future__ import annotations

import math
import re

from ..lexicons.sentiment import CueStance, load_cue_stance
from .typography import normalise_typography

#: How much the cue verb's stance (−1..1) weighs against the content's score (−1..1).  Half: the verb
#: frames a whole statement, but the content stays the larger part of what was said; with it a bare
#: "rejected" (−0.6) gives −0.3, below the neutral band, and "welcomed" (+0.4) lifts a neutral content
#: by 0.2, inside the band unless the content leans positive too.
STANCE_WEIGHT = 0.5
#: Adverbs dropped from a cue before the lookup ("strongly condemned" is "condemned").
ADVERB = re.compile(r"\b\w+ly\b\s*")


def cue_key(cue: str) -> str:
    """The cue as looked up: typography normalised, lower case, one space between words."""
    return " ".join(normalise_typography(str(cue)).lower().split())


def whole_cue(key: str, lexicon: dict[str, CueStance]) -> CueStance | None:
    """The cue as a whole: "rejected", "did not rule out", "was saddened"."""
    return lexicon.get(key)


def without_adverbs(key: str, lexicon: dict[str, CueStance]) -> CueStance | None:
    """The cue without its -ly adverbs: "strongly condemned", "was deeply saddened"."""
    bare = " ".join(ADVERB.sub("", key).split())
    return lexicon.get(bare) if bare != key else None


def last_word(key: str, lexicon: dict[str, CueStance]) -> CueStance | None:
    """The cue's last word, when it has several: "has rejected", "openly welcomed"."""
    words = key.split()
    return lexicon.get(words[-1]) if len(words) > 1 else None


#: The lookups, in order; the first that finds the cue wins.
STANCE_RULES = (whole_cue, without_adverbs, last_word)


def find_stance(cue: str, path: str | None = None) -> CueStance | None:
    """The :class:`CueStance` of a statement's cue (None: a neutral reporting verb or no cue)."""
    if not isinstance(cue, str) or not cue.strip():
        return None
    lexicon = load_cue_stance(path)
    key = cue_key(cue)
    for rule in STANCE_RULES:
        found = rule(key, lexicon)
        if found is not None:
            return found
    return None


def combine_stance(content_score: float, stance: CueStance | None) -> float:
    """The statement's score from its content's score and its cue's stance (rules in the docstring)."""
    if stance is None or (isinstance(content_score, float) and math.isnan(content_score)):
        return content_score
    if not stance.endorses:
        return round(STANCE_WEIGHT * stance.stance, 4)
    return round(max(-1.0, min(1.0, content_score + STANCE_WEIGHT * stance.stance)), 4)
