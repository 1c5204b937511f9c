"""The topic dictionary (``topics.yaml``): what a dictionary is, and reading and checking one.

The file's header documents the format. ``load_dictionary()`` reads the package's file (once per
process), ``load_dictionary(path)`` a user's own YAML file, ``parse_dictionary(mapping)`` a mapping
already in memory (a notebook's edited copy). Every problem raises :class:`helpers.errors.InputError`
naming the file and the topic: a missing or unreadable file, bad YAML, an unknown key, a topic without
terms, a bad pattern or a duplicate term.

A term is compiled into :class:`Piece` objects, one per word. What counts as a word, and how a word of
the text is compared with a piece, is decided here (the topic matcher in :mod:`helpers.topics` applies
the same rules to the text):

- :data:`WORD_RE` -- a word is a run of letters and digits, joined inside by an apostrophe or a full
  stop (``don't``, ``U.S.``). Hyphens and slashes separate words, so a hyphenated token counts as its
  parts, and a term never matches inside a word ("war" does not match "award").
- :func:`normalise` -- curly apostrophes straightened, a possessive ``'s`` dropped, lower-cased unless
  the term is case-sensitive.
- :func:`stem` -- the Snowball English stemmer, for ``word~`` pieces.

``TopicDictionary.table()`` -- one row per term: topic, label, kind ("term" / "exclude"), term,
case_sensitive, origin ("dictionary" / "gazetteer"). ``TopicDictionary.summary()`` -- one row per
topic: topic, label, terms, exclusions, description.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .files import package_file, read_text_file

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The package's dictionary file, in ``helpers/lexicons/``.
DICTIONARY_FILE = "topics.yaml"

DICTIONARY_COLUMNS = ["topic", "label", "kind", "term", "case_sensitive", "origin"]
SUMMARY_COLUMNS = ["topic", "label", "terms", "exclusions", "description"]

#: Keys allowed at the top of the file, in a topic, and in a term written as a mapping.
TOP_KEYS = frozenset({"version", "name", "description", "topics"})
TOPIC_KEYS = frozenset({"label", "description", "terms", "exclude", "notes", "kind"})
#: What a topic may be: an issue ("sanctions") or a region ("Middle East"); a region's mentions may name
#: a government speaking ("Beijing said": an actor, see :mod:`helpers.topic_context`).
TOPIC_KINDS = ("issue", "region")
TERM_KEYS = frozenset({"term", "case_sensitive", "note"})
#: A topic key: a lower-case identifier, so it can name a column or a file.
TOPIC_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")

#: Words are matched, never substrings: a word is a run of letters and digits, joined inside by an
#: apostrophe or a full stop ("don't", "U.S."). Hyphens and slashes are not joiners, so they separate
#: words: "Russian-Ukrainian" holds the words "Russian" and "Ukrainian".
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ.][^\W_]+)*")
#: Apostrophes written in other ways, straightened before words are compared ("NATO’s" = "NATO's").
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
#: What separates the words of a term as written in the dictionary: spaces, hyphens or a slash.
TERM_SEPARATOR_RE = re.compile(r"[\s\-‐‑‒–/]+")
#: Characters a dictionary word may not contain: terms are plain words, never regular expressions.
BAD_PATTERN_CHARS = frozenset("[](){}?|\\^$+\"<>=;,:!@#%")
#: The last character of a dictionary word that makes it a prefix or a stem piece.
PIECE_MARKS = {"*": "prefix", "~": "stem"}
#: The stemmer's language (NLTK's Snowball stemmer needs no data files).
STEMMER_LANGUAGE = "english"


# --------------------------------------------------------------------------------------------------------
# Words


def normalise(word: str, case_sensitive: bool = False) -> str:
    """The comparison form of a word: curly apostrophes straightened, possessive dropped, lower-cased.

    ``normalise("NATO’s") == "nato"``; ``normalise("NATO’s", case_sensitive=True) == "NATO"``;
    ``normalise("U.N.") == "u.n."`` (an abbreviation keeps its last full stop, as the text's words do).
    """
    w = word.translate(APOSTROPHES).strip()
    m = WORD_RE.search(w)
    if not m:
        return ""
    core = m.group(0)
    if core.lower().endswith("'s") and len(core) > 2:
        core = core[:-2]
    elif "." in core and w[m.end() : m.end() + 1] == ".":
        core += "."  # an abbreviation keeps its last full stop, as the text's words do: "U.N." = "u.n."
    return core if case_sensitive else core.lower()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (English) stem of a lower-case word: ``stem("sanctions") == "sanction"``.

    Memoised: texts repeat their words, and stemming is the dearest comparison.
    """
    return _stemmer().stem(word)


@functools.cache
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(STEMMER_LANGUAGE)


# --------------------------------------------------------------------------------------------------------
# The dictionary


@dataclass(frozen=True)
class Piece:
    """One word of a term: ``kind`` is "exact", "prefix", "stem" or "any"; ``value`` what it compares."""

    kind: str
    value: str


@dataclass(frozen=True)
class Term:
    """A dictionary term: the text as written, its words, and whether case matters."""

    text: str
    pieces: tuple[Piece, ...]
    case_sensitive: bool = False
    origin: str = "dictionary"  # or "gazetteer": added from lexicons/gazetteer.txt


@dataclass(frozen=True)
class Topic:
    """A topic: its key, label, description, terms, exclusions (phrases that veto a match) and kind."""

    key: str
    label: str
    description: str = ""
    terms: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()
    kind: str = "issue"


@dataclass
class TopicDictionary:
    """The topics, in file order, and where they came from.

    ``cache`` holds what the stages build from the dictionary once and reuse for every text (the topic
    matcher of :mod:`helpers.topics`); it is not part of the dictionary's value (not compared, not shown).
    """

    topics: dict[str, Topic]
    source: str = "<dict>"
    version: int = 1
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def labels(self) -> dict[str, str]:
        """Topic key -> label."""
        return {key: t.label for key, t in self.topics.items()}

    def __len__(self) -> int:
        return len(self.topics)

    def __iter__(self):
        return iter(self.topics.values())

    def table(self) -> pd.DataFrame:
        """One row per term and exclusion: topic, label, kind ("term" / "exclude"), term, case_sensitive,
        origin ("dictionary", or "gazetteer" for a place added from lexicons/gazetteer.txt)."""
        import pandas as pd

        rows = [
            (t.key, t.label, kind, term.text, term.case_sensitive, term.origin)
            for t in self.topics.values()
            for kind, terms in (("term", t.terms), ("exclude", t.exclude))
            for term in terms
        ]
        return pd.DataFrame(rows, columns=DICTIONARY_COLUMNS)

    def summary(self) -> pd.DataFrame:
        """One row per topic: topic, label, terms, exclusions (numbers of entries), description."""
        import pandas as pd

        rows = [(t.key, t.label, len(t.terms), len(t.exclude), t.description) for t in self.topics.values()]
        return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


# --------------------------------------------------------------------------------------------------------
# Reading a file


def package_dictionary_path() -> Path:
    """The dictionary shipped with the package."""
    return package_file(DICTIONARY_FILE)


def load_dictionary(
    path: str | os.PathLike[str] | None = None, gazetteer: bool | str | os.PathLike[str] | None = None
) -> TopicDictionary:
    """Read and validate a topic dictionary; without ``path``, the project's own (read once).

    The file is YAML in this project's format, or a user's dictionary in another common format, told by
    its suffix (:mod:`helpers.lexicons.dictionary_formats`: Lexicoder ``.lc3``/``.lcd``, WordStat
    ``.cat``, LIWC ``.dic``, quanteda-style YAML). ``gazetteer``: None adds the package's gazetteer to the
    project's dictionary only; True adds it to any dictionary (to the topics whose keys it names); a path
    adds that file; False adds none (:func:`with_places`).

    Raises InputError (one line, naming the file and the topic) for a missing or unreadable file, bad
    YAML, an unknown key, a topic without terms, or a bad pattern.
    """
    if path is None and gazetteer in (None, True):
        return _package_dictionary()
    dic = _load_file(package_dictionary_path()) if path is None else _load_file(Path(path))
    if gazetteer in (None, False):
        return dic
    from .gazetteer import load_gazetteer

    return with_places(dic, load_gazetteer(None if gazetteer is True else gazetteer))


@functools.cache
def _package_dictionary() -> TopicDictionary:
    from .gazetteer import load_gazetteer

    return with_places(_load_file(package_dictionary_path()), load_gazetteer())


def with_places(dic: TopicDictionary, places) -> TopicDictionary:
    """``dic`` with each place of the gazetteer added as a term of its topic (origin "gazetteer").

    A place whose topic is not in ``dic`` (or is empty) is skipped, as is one its topic already has (the
    same words): "Doha" joins the Middle East, "Kiev" is already a Ukraine term.
    """
    topics = dict(dic.topics)
    for place in places:
        topic = topics.get(place.topic)
        if topic is None:
            continue
        pieces = _compile_pattern(place.name, False, place.topic, _raiser(dic.source))
        if any(t.pieces == pieces and not t.case_sensitive for t in topic.terms):
            continue
        term = Term(place.name, pieces, False, "gazetteer")
        topics[place.topic] = Topic(topic.key, topic.label, topic.description, (*topic.terms, term),
                                    topic.exclude, topic.kind)
    return TopicDictionary(topics, source=dic.source, version=dic.version)


def _raiser(source: str) -> Fail:
    def fail(problem: str, hint: str = "") -> InputError:
        return InputError(f"gazetteer: {problem}", path=None if source == "<dict>" else source, hint=hint)

    return fail


def _load_file(path: Path) -> TopicDictionary:
    import yaml

    if path.suffix.lower() in (".lc3", ".lcd", ".cat", ".dic"):
        from .dictionary_formats import read_foreign_dictionary

        return parse_dictionary(read_foreign_dictionary(path), source=str(path))
    text = read_text_file(path, what="topic dictionary")  # missing, directory, pipe, unreadable, not UTF-8
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise InputError(f"topic dictionary is not valid YAML{where}: {problem}", path=path,
                         hint="check quoting; quote values that contain ': '") from None
    if (isinstance(data, Mapping) and data and not {"topics", "version"} & set(data)
            and all(isinstance(v, (list, Mapping)) for v in data.values())):  # quanteda's layout
        from .dictionary_formats import from_quanteda_yaml

        data = from_quanteda_yaml(data, path)
    return parse_dictionary(data, source=str(path))


# --------------------------------------------------------------------------------------------------------
# Checking and compiling


Fail = Callable[..., InputError]


def parse_dictionary(data: Any, source: str = "<dict>") -> TopicDictionary:
    """Validate an already-parsed dictionary (the mapping a YAML file holds) and compile its patterns."""
    path = None if source == "<dict>" else source

    def fail(problem: str, hint: str = "") -> InputError:
        return InputError(problem, path=path, hint=hint)

    topics = _checked_top(data, fail)
    compiled = {key: _compile_topic(key, spec, fail) for key, spec in topics.items()}
    return TopicDictionary(compiled, source=source, version=1)


def _checked_top(data: Any, fail: Fail) -> Mapping:
    """The ``topics`` mapping of a dictionary, after checking the keys and version around it."""
    if not isinstance(data, Mapping):
        raise fail("topic dictionary must be a mapping with a 'topics' key",
                   hint="start the file with 'topics:'")
    _check_keys(data, TOP_KEYS, "unknown top-level key(s)", fail)
    version = data.get("version", 1)
    if version != 1:
        raise fail(f"unsupported dictionary version {version!r}", hint="this reader knows version 1")
    topics = data.get("topics")
    if not isinstance(topics, Mapping) or not topics:
        raise fail("'topics' must be a non-empty mapping of topic keys to topics")
    return topics


def _check_keys(spec: Mapping, allowed: frozenset[str], problem: str, fail: Fail) -> None:
    unknown = sorted(str(k) for k in spec if k not in allowed)
    if unknown:
        raise fail(f"{problem} {', '.join(unknown)}", hint=f"allowed: {', '.join(sorted(allowed))}")


def _compile_topic(key: Any, spec: Any, fail: Fail) -> Topic:
    """One topic of the file, checked, with its terms and exclusions compiled."""
    if not isinstance(key, str) or not TOPIC_KEY_RE.match(key):
        raise fail(f"topic key {key!r} is not a lower-case identifier",
                   hint="use letters, digits and underscores, e.g. arms_control")
    if not isinstance(spec, Mapping):
        raise fail(f"topic '{key}' must be a mapping with 'label' and 'terms'")
    _check_keys(spec, TOPIC_KEYS, f"topic '{key}': unknown key(s)", fail)
    label = spec.get("label")
    if not isinstance(label, str) or not label.strip():
        raise fail(f"topic '{key}' has no label", hint="add 'label: <name shown in charts>'")
    description = spec.get("description") or ""
    if not isinstance(description, str):
        raise fail(f"topic '{key}': description must be text")
    terms = _compile_terms(spec.get("terms"), key, "terms", fail)
    if not terms:
        raise fail(f"topic '{key}' has no terms", hint="list at least one term under 'terms:'")
    exclude = _compile_terms(spec.get("exclude"), key, "exclude", fail)
    kind = spec.get("kind", "issue")
    if kind not in TOPIC_KINDS:
        raise fail(f"topic '{key}': kind must be one of {', '.join(TOPIC_KINDS)}")
    return Topic(key, label.strip(), description.strip(), tuple(terms), tuple(exclude), kind)


def _compile_terms(items: Any, topic: str, field_name: str, fail: Fail) -> list[Term]:
    if items is None:
        return []
    if isinstance(items, (str, Mapping)) or not isinstance(items, list):
        raise fail(f"topic '{topic}': '{field_name}' must be a list")
    out: list[Term] = []
    seen: dict[tuple, str] = {}
    for item in items:
        text, case_sensitive = _term_entry(item, topic, field_name, fail)
        pieces = _compile_pattern(text, case_sensitive, topic, fail)
        signature = (pieces, case_sensitive)
        if signature in seen:
            raise fail(f"topic '{topic}': duplicate {field_name} entry {text!r}",
                       hint=f"it matches the same words as {seen[signature]!r}")
        seen[signature] = text
        out.append(Term(text.strip(), pieces, case_sensitive))
    return out


def _term_entry(item: Any, topic: str, field_name: str, fail: Fail) -> tuple[str, bool]:
    """(text, case_sensitive) of a term written as a string or as a mapping."""
    case_sensitive = False
    if isinstance(item, Mapping):
        _check_keys(item, TERM_KEYS, f"topic '{topic}': unknown term key(s)", fail)
        case_sensitive = item.get("case_sensitive", False)
        if not isinstance(case_sensitive, bool):
            raise fail(f"topic '{topic}': case_sensitive must be true or false")
        text = item.get("term")
    else:
        text = item
    if not isinstance(text, str):
        raise fail(f"topic '{topic}': {field_name} entry {text!r} is not text",
                   hint="quote numbers and words like yes/no/on/off")
    return text, case_sensitive


def _compile_pattern(text: str, case_sensitive: bool, topic: str, fail: Fail) -> tuple[Piece, ...]:
    words = [w for w in TERM_SEPARATOR_RE.split(text.strip()) if w]
    if not words:
        raise fail(f"topic '{topic}': empty term")
    return tuple(_compile_piece(word, i, text, case_sensitive, topic, fail) for i, word in enumerate(words))


def _compile_piece(word: str, i: int, text: str, case_sensitive: bool, topic: str, fail: Fail) -> Piece:
    """Word ``i`` of the term ``text`` as a piece: "any" (``*``), "prefix" (``word*``), "stem" (``word~``)
    or "exact"."""
    bad = sorted(set(word) & BAD_PATTERN_CHARS)
    if bad or "*" in word[:-1] or "~" in word[:-1] or re.search(r"[.'’][*~]$", word):
        raise fail(f"topic '{topic}': bad pattern {text!r}",
                   hint="words are plain words, 'word*' (prefix), 'word~' (stem) or '*' (any one word);"
                        " no regular expressions")
    if word == "*":
        if i == 0:
            raise fail(f"topic '{topic}': pattern {text!r} starts with '*'", hint="start a term with a word")
        return Piece("any", "")
    kind = PIECE_MARKS.get(word[-1], "exact")
    core = word[:-1] if kind != "exact" else word
    norm = normalise(core, case_sensitive)
    if not norm:
        raise fail(f"topic '{topic}': pattern {text!r} has no letters or digits in {word!r}")
    if kind == "stem":
        if case_sensitive:
            raise fail(f"topic '{topic}': {text!r}: a stem pattern cannot be case-sensitive")
        norm = stem(norm)
    return Piece(kind, norm)
