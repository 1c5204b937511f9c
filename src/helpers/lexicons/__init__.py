"""Loading the project's lexicons (data files shipped inside the package) or a user's own file.

Every list lexicon is UTF-8 text: one entry per line, ``#`` starts a comment, blank lines are ignored.
Each loader takes an optional ``path``; without one it reads the file in ``helpers/lexicons/`` (cached).
A missing, unreadable, undecodable or empty file raises :class:`helpers.errors.InputError`.

| loader | file | used by |
|---|---|---|
| ``abbreviations()`` | abbreviations.txt | sentences.py (Punkt ``abbrev_types``) |
| ``sentence_starters()`` | sentence_starters.txt | sentences.py (Punkt ``sent_starters``) |
| ``stopwords()`` | stopwords.txt | tokens.py (``is_stop``) |
| ``speech_verbs()`` | speech_verbs.txt | statements.py (speech cues; every inflected form -> ``Verb``) |
| ``titles()`` | titles.txt | speakers.py (titles/roles, collectives, organisations, states; see its header) |
| ``topics()`` | topics.yaml | topics.py (the topic dictionary; format in the file's header) |
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

from ..errors import InputError

PACKAGE_DIR = "lexicons"


def package_file(name: str) -> Path:
    """Path of a lexicon file shipped with the package."""
    return Path(str(resources.files("helpers").joinpath(PACKAGE_DIR, name)))


def read_text_file(path: str | os.PathLike[str], what: str = "lexicon") -> str:
    """Read a UTF-8 data file, turning every failure into a one-line InputError."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} file not found", p, "check the path")
    if p.is_dir():
        raise InputError(f"{what} path is a directory, not a file", p, "pass a file")
    if not p.is_file():  # a pipe, socket or device: reading it could block for ever
        raise InputError(f"{what} path is not a regular file (a pipe, socket or device)", p, "pass a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        problem = f"cannot read {what} file: {exc.strerror or exc}"
        raise InputError(problem, p, "check its permissions") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} file is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            p,
            "save it as UTF-8",
        ) from None


def parse_list(text: str) -> list[str]:
    """Entries of a one-per-line list: comments after ``#`` and blank lines dropped, order kept."""
    out: list[str] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            out.append(entry)
    return out


def read_list(
    name: str, path: str | os.PathLike[str] | None = None, *, lower: bool = True
) -> tuple[str, ...]:
    """Read a list lexicon: the package's ``name`` or the user's ``path``."""
    if path is None:
        return _read_package_list(name, lower)
    return _load_list(Path(path), name, lower)


@functools.cache
def _read_package_list(name: str, lower: bool) -> tuple[str, ...]:
    return _load_list(package_file(name), name, lower)


def _load_list(p: Path, name: str, lower: bool) -> tuple[str, ...]:
    entries = parse_list(read_text_file(p, what=name.rsplit(".", 1)[0].replace("_", " ")))
    if not entries:
        raise InputError("lexicon file has no entries", p, "one entry per line; '#' starts a comment")
    return tuple(e.lower() for e in entries) if lower else tuple(entries)


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
    """Speech verbs, every inflected form -> :class:`helpers.statements.Verb` (format: the file's header)."""
    from .verbs import load_verbs

    return load_verbs(path)


def titles(path: str | os.PathLike[str] | None = None):
    """The titles/roles lexicon as a :class:`helpers.speakers.TitleLexicon` (format: the file's header)."""
    from .titles import load_titles

    return load_titles(path)


def topics(path: str | os.PathLike[str] | None = None):
    """The topic dictionary as a :class:`helpers.lexicons.topic_dictionary.TopicDictionary` (format: the
    file's header)."""
    from .topic_dictionary import load_dictionary

    return load_dictionary(path)
