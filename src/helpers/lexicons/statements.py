"""The statement rules' small word lists (``statement_words.txt``): adverbs, clause openers, object
pronouns. The file's header documents the format (sections in square brackets, one word a line).

``load_statement_words()`` reads the package's file, ``load_statement_words(path)`` a user's own file.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from . import package_file, parse_list, read_text_file

#: the sections of the file, and the field of :class:`StatementWords` each fills
SECTIONS = {"adverbs": "adverbs", "clause openers": "clause_openers", "object pronouns": "object_pronouns"}


@dataclass(frozen=True)
class StatementWords:
    """``adverbs``: may stand between a comma and a cue ("Lavrov, also, said"); ``clause_openers``: a
    clause follows the verb ("said the talks ..."); ``object_pronouns``: "will call him" is no cue for
    verbs flagged ``noobj``."""

    adverbs: frozenset[str]
    clause_openers: frozenset[str]
    object_pronouns: frozenset[str]


def parse_statement_words(text: str, path: object = None) -> StatementWords:
    """Parse the ``statement_words.txt`` format: ``[section]`` lines, then one word a line."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            if current not in SECTIONS:
                known = ", ".join(f"[{s}]" for s in SECTIONS)
                raise InputError(f"unknown section [{current}] in statement words", path, f"use {known}")
            found.setdefault(current, [])
        elif line:
            if current is None:
                raise InputError("statement word before any [section]", path, "start with [adverbs]")
            found[current].extend(w.lower() for w in parse_list(line))
    missing = [s for s in SECTIONS if not found.get(s)]
    if missing:
        raise InputError(
            f"statement words lack section(s) {', '.join(missing)}", path, "see lexicons/statement_words.txt"
        )
    return StatementWords(**{SECTIONS[s]: frozenset(ws) for s, ws in found.items()})


@functools.lru_cache(maxsize=4)
def _load_cached(path: str | None) -> StatementWords:
    p = Path(path) if path else package_file("statement_words.txt")
    return parse_statement_words(read_text_file(p, what="statement words"), p)


def load_statement_words(path: str | os.PathLike[str] | None = None) -> StatementWords:
    """The statement rules' word lists: the package's ``statement_words.txt`` or the user's file."""
    return _load_cached(None if path is None else str(Path(path).resolve()))
