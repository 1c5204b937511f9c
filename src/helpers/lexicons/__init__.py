"""The word lists and dictionaries a researcher may change (layer 1), and their loaders.

Every list lexicon is UTF-8 text: one entry per line, ``#`` starts a comment, blank lines are ignored; the
sectioned ones (``[section]`` lines) and the YAML/JSON files document their format in their own header.
Each loader takes an optional ``path``; without one it reads the file in ``helpers/lexicons/`` (cached).
A missing, unreadable, undecodable or empty file raises :class:`helpers.errors.InputError`.
ADAPTING.md says which file to edit for which change and how to see the effect.

loader (module of this package)             file                      used by
``abbreviations()``                          abbreviations.txt         sentences (Punkt), tokens
``sentence_starters()``                      sentence_starters.txt     sentences (Punkt)
``stopwords()``                              stopwords.txt             tokens (``is_stop``)
``text.load_transcript_labels()``            transcript_labels.txt     formats (transcript labels)
``titles.load_titles()``                     titles.txt                attribution (titles, roles, states)
``names.load_names()``                       names.txt                 attribution (the name grammar)
``speech_verbs()``, ``verbs.load_verbs()``   speech_verbs.txt          attribution (speech cues)
``statements.load_statement_words()``        statement_words.txt       attribution (clause words, ...)
``sentiment.load_domain()`` and friends      sentiment_*.yaml/txt/json sentiment (valences, masking, band)
``topics()``, ``topic_dictionary.load_dictionary()``
                                             topics.yaml               topics (the topic dictionary)
``generic_words.load_generic_words()``       generic_words.txt         topics (``missed_terms``)

``files`` holds the reading functions every loader uses (``read_text_file``, ``parse_list``, ``read_list``,
``package_file``).
"""

from __future__ import annotations

import os

from .files import PACKAGE_DIR, package_file, parse_list, read_list, read_text_file

__all__ = [
    "PACKAGE_DIR", "abbreviations", "package_file", "parse_list", "read_list", "read_text_file",
    "sentence_starters", "speech_verbs", "stopwords", "topics",
]


def abbreviations(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """Abbreviations without their final period, lower-case (``u.s``, ``mr``, ``gen``)."""
    return frozenset(e.rstrip(".") for e in read_list("abbreviations.txt", path))


def sentence_starters(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """Lower-case words that begin a sentence when capitalised after an abbreviation or ellipsis."""
    return frozenset(read_list("sentence_starters.txt", path))


def stopwords(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """The project's stop words (negations and stance words deliberately kept out)."""
    return frozenset(read_list("stopwords.txt", path))


def speech_verbs(path: str | os.PathLike[str] | None = None) -> dict:
    """Speech verbs, every inflected form -> :class:`helpers.lexicons.verbs.Verb` (format: the file's
    header)."""
    from .verbs import load_verbs

    return load_verbs(path)


def topics(path: str | os.PathLike[str] | None = None):
    """The topic dictionary as a :class:`helpers.lexicons.topic_dictionary.TopicDictionary` (format: the
    file's header)."""
    from .topic_dictionary import load_dictionary

    return load_dictionary(path)
