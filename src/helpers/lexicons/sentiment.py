"""The sentiment stage's data files, and their loaders (each accepts the user's own file).

* ``load_neutralise(path)`` — ``sentiment_neutralise.txt``: names, titles and institutions that contain
  lexicon words ("United Nations"), masked before scoring;
* ``load_heads(path)`` — ``sentiment_entity_heads.txt``: institution/title head nouns (a capitalised run
  with a sentiment word is masked only when it holds one);
* ``load_function_words(path)`` — ``sentiment_function_words.txt``: words that open a sentence without
  being a name ("The", "However");
* ``load_connectors(path)`` — ``sentiment_connectors.txt``: words that join capitalised words into one
  name ("Ministry *of* Foreign Affairs");
* ``load_domain(path)`` — ``sentiment_domain.yaml``: news/diplomacy valences added to VADER's lexicon;
* ``load_calibration(path)`` — ``sentiment_calibration.json``: weights and neutral band of the score.

Each file's header says what the list is for, its format, an example and how to see the effect of a
change (``helpers.explain(text)`` itemises every word's valence and every masked span).  ``path=None``
reads the package's file.  The loaders read the file on every call; the stage keeps what it compiles
from them (:func:`helpers.sentiment.masking.mask_rules`, :func:`helpers.sentiment.vader.domain_vader`),
and the calibration, read for every text, is cached per path.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from .files import package_file, parse_list, read_text_file

NEUTRALISE_FILE = package_file("sentiment_neutralise.txt")
HEADS_FILE = package_file("sentiment_entity_heads.txt")
FUNCTION_WORDS_FILE = package_file("sentiment_function_words.txt")
CONNECTORS_FILE = package_file("sentiment_connectors.txt")
DOMAIN_FILE = package_file("sentiment_domain.yaml")
CALIBRATION_FILE = package_file("sentiment_calibration.json")

#: Used only when no calibration file is present (a fresh checkout before calibration): VADER's own
#: recommended ±0.05 band on the domain VADER score alone.
FALLBACK_CALIBRATION = {"weights": {"vader_domain": 1.0, "textblob": 0.0}, "neutral_band": [-0.05, 0.05]}

PathLike = str | os.PathLike[str] | None


def read_phrases(path: str | os.PathLike[str]) -> list[str]:
    """The entries of a one-per-line sentiment list, lower case, inner whitespace collapsed to one space."""
    return [" ".join(line.lower().split()) for line in parse_list(read_text_file(path, "sentiment lexicon"))]


def load_neutralise(path: PathLike = None) -> tuple[str, ...]:
    """The neutraliser phrases (lower case), longest first; ``path`` replaces the project's file."""
    phrases = set(read_phrases(Path(path) if path else NEUTRALISE_FILE))
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def load_heads(path: PathLike = None) -> frozenset[str]:
    """Institution and title head nouns (lower case); ``path`` replaces the project's file."""
    return frozenset(read_phrases(Path(path) if path else HEADS_FILE))


def load_function_words(path: PathLike = None) -> frozenset[str]:
    """Words that open a sentence without being a name (lower case); ``path`` replaces the project's file."""
    return frozenset(read_phrases(Path(path) if path else FUNCTION_WORDS_FILE))


def load_connectors(path: PathLike = None) -> frozenset[str]:
    """Words that may join capitalised words into one name (lower case); ``path`` replaces the file."""
    words = frozenset(read_phrases(Path(path) if path else CONNECTORS_FILE))
    odd = sorted(w for w in words if not w.isalpha())
    if odd:
        problem = f"connectors must be single words of letters, not {odd[:3]}"
        raise InputError(problem, path=path or CONNECTORS_FILE)
    return words


def load_domain(path: PathLike = None) -> dict[str, float]:
    """Domain valences (VADER scale −4..4): ``add`` and ``override`` merged; ``path`` replaces the file."""
    import yaml

    file = Path(path) if path else DOMAIN_FILE
    try:
        data = yaml.safe_load(read_text_file(file, "domain lexicon")) or {}
    except yaml.YAMLError:
        raise InputError(
            "domain lexicon is not valid YAML", path=file, hint="see sentiment_domain.yaml"
        ) from None
    if not isinstance(data, dict):
        raise InputError("domain lexicon must map add/override to word: valence", path=file)
    out: dict[str, float] = {}
    for section in ("add", "override"):
        for word, value in (data.get(section) or {}).items():
            try:
                v = float(value)
            except (TypeError, ValueError):
                raise InputError(f"valence of {word!r} is not a number", path=file) from None
            if not -4.0 <= v <= 4.0:
                raise InputError(f"valence of {word!r} is outside -4..4", path=file)
            out[str(word).lower()] = v
    return out


@lru_cache(maxsize=8)
def load_calibration(path: PathLike = None) -> dict:
    """The calibration record: ``weights`` (vader_domain, textblob), ``neutral_band`` and the figures."""
    file = Path(path) if path else CALIBRATION_FILE
    if not file.is_file():
        if path:
            raise InputError("calibration file not found", path=file)
        return dict(FALLBACK_CALIBRATION)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        lo, hi = (float(x) for x in data["neutral_band"])
        {k: float(v) for k, v in data["weights"].items()}
    except (ValueError, KeyError, TypeError):
        raise InputError("calibration file lacks weights/neutral_band", path=file) from None
    if not lo <= hi:
        raise InputError("neutral band is reversed", path=file)
    return data
