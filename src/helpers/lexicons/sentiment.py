"""The sentiment stage's data files, and their loaders (each accepts the user's own file).

* ``load_neutralise(path)`` — ``sentiment_neutralise.txt``: names, titles and institutions that contain
  lexicon words ("United Nations"), masked before scoring;
* ``load_heads(path)`` — ``sentiment_entity_heads.txt``: institution/title head nouns (a capitalised run
  with a sentiment word is masked only when it holds one);
* ``load_function_words(path)`` — ``sentiment_function_words.txt``: words that open a sentence without
  being a name ("The", "However");
* ``load_connectors(path)`` — ``sentiment_connectors.txt``: words that join capitalised words into one
  name ("Ministry *of* Foreign Affairs");
* ``load_domain(path)`` — ``sentiment_domain.yaml``: news/diplomacy valences added to VADER's lexicon
  (``read_domain`` also gives the topic nouns that carry no valence, ``load_topic_nouns``, and each
  entry's source);
* ``load_diplomatic(path)`` — ``sentiment_diplomatic.txt``: the words of the diplomatic layer's rules
  (negation scope, hedges, denials), each with its source;
* ``load_cue_stance(path)`` — ``cue_stance.txt``: the stance of a statement's cue verb, with its source;
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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from .files import load_parsed, package_file, parse_list, read_sections, read_text_file

NEUTRALISE_FILE = package_file("sentiment_neutralise.txt")
HEADS_FILE = package_file("sentiment_entity_heads.txt")
FUNCTION_WORDS_FILE = package_file("sentiment_function_words.txt")
CONNECTORS_FILE = package_file("sentiment_connectors.txt")
DOMAIN_FILE = package_file("sentiment_domain.yaml")
CALIBRATION_FILE = package_file("sentiment_calibration.json")
DIPLOMATIC_FILE = package_file("sentiment_diplomatic.txt")
CUE_STANCE_FILE = package_file("cue_stance.txt")

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


@dataclass(frozen=True)
class DomainLexicon:
    """``sentiment_domain.yaml`` read: valences (``add`` and ``override`` merged), the topic nouns of
    ``neutral`` (no valence at all) and each word's source note ("" when a user's file gives none)."""

    valences: dict[str, float]
    neutral: frozenset[str]
    sources: dict[str, str]


def domain_entry(word, value, file) -> tuple[float, str]:
    """(valence, source) of one ``add``/``override`` entry: a number or ``[number, "source"]``."""
    source = ""
    if isinstance(value, list) and len(value) == 2:
        value, source = value
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise InputError(f"valence of {word!r} is not a number", path=file) from None
    if not -4.0 <= v <= 4.0:
        raise InputError(f"valence of {word!r} is outside -4..4", path=file)
    return v, str(source)


def read_domain(path: PathLike = None) -> DomainLexicon:
    """The whole domain lexicon (:class:`DomainLexicon`); ``path`` replaces the project's file."""
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
    valences: dict[str, float] = {}
    sources: dict[str, str] = {}
    for section in ("add", "override"):
        for word, value in (data.get(section) or {}).items():
            key = str(word).lower()
            valences[key], sources[key] = domain_entry(word, value, file)
    neutral = data.get("neutral") or {}
    if not isinstance(neutral, dict):
        raise InputError("domain lexicon's neutral section must map word: source", path=file)
    for word, source in neutral.items():
        sources[str(word).lower()] = "" if source is None else str(source)
    return DomainLexicon(valences, frozenset(str(w).lower() for w in neutral), sources)


def load_domain(path: PathLike = None) -> dict[str, float]:
    """Domain valences (VADER scale −4..4): ``add`` and ``override`` merged; ``path`` replaces the file."""
    return read_domain(path).valences


def load_topic_nouns(path: PathLike = None) -> frozenset[str]:
    """The ``neutral`` words of the domain lexicon: topic nouns that carry no valence."""
    return read_domain(path).neutral


@dataclass(frozen=True)
class CueStance:
    """One cue of ``cue_stance.txt``: the verb's own stance (−1..1), whether the speaker endorses the
    content it introduces, and the source of the value."""

    stance: float
    endorses: bool
    source: str


def parse_cue_stance(text: str, path: object = None) -> dict[str, CueStance]:
    """``cue_stance.txt`` (format in its header): each surface form (or phrase) → :class:`CueStance`."""
    out: dict[str, CueStance] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 4 or fields[2].lower() not in ("yes", "no"):
            raise InputError(f"line {lineno}: want 'forms | stance | yes/no | source'", path=path)
        try:
            stance = float(fields[1])
        except ValueError:
            raise InputError(f"line {lineno}: stance {fields[1]!r} is not a number", path=path) from None
        if not -1.0 <= stance <= 1.0:
            raise InputError(f"line {lineno}: stance {stance} is outside -1..1", path=path)
        entry = CueStance(stance, fields[2].lower() == "yes", fields[3])
        words = fields[0].lower().split()
        single = all(" " not in w for w in words) and not any(w in PHRASE_WORDS for w in words)
        for form in words if single else [" ".join(words)]:
            out[form] = entry
    return out


#: Words that make a ``cue_stance.txt`` entry one phrase rather than a list of forms ("was saddened").
PHRASE_WORDS = frozenset({"was", "were", "is", "not", "did", "to", "voiced", "expressed"})


def load_cue_stance(path: PathLike = None) -> dict[str, CueStance]:
    """The cue verbs' stances (``cue_stance.txt``); ``path`` replaces the project's file."""
    return load_parsed("cue_stance.txt", parse_cue_stance, "cue stance lexicon", path)


def parse_diplomatic(text: str, path: object = None) -> dict[str, dict[str, str]]:
    """``sentiment_diplomatic.txt``: section → {entry (lower case): source}."""
    sections = read_sections(text, path, example="[hedges]")
    out: dict[str, dict[str, str]] = {}
    for name, entries in sections.items():
        out[name] = {" ".join(e[0].lower().split()): (e[1] if len(e) > 1 else "") for e in entries}
    return out


def load_diplomatic(path: PathLike = None) -> dict[str, dict[str, str]]:
    """The diplomatic layer's word lists (``sentiment_diplomatic.txt``); ``path`` replaces the file."""
    data = load_parsed("sentiment_diplomatic.txt", parse_diplomatic, "diplomatic lexicon", path)
    missing = [s for s in DIPLOMATIC_SECTIONS if s not in data]
    if missing:
        raise InputError(f"diplomatic lexicon lacks sections {missing}", path=path or DIPLOMATIC_FILE)
    return data


#: The sections ``sentiment_diplomatic.txt`` must have (one per rule of the diplomatic layer).
DIPLOMATIC_SECTIONS = (
    "negators", "not_negation", "post_negators", "post_negator_verbs", "difficulty", "hedges",
    "denial_verbs", "report_nouns", "reassurance_heads",
    "scope_stops",
)


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
