"""The generic-words lexicon (``generic_words.txt``): words the missed-terms report leaves out.

The file's header says what the list is for, its format, an example, and how to see the effect of a
change. ``load_generic_words()`` reads the package's file (once), ``load_generic_words(path)`` a user's own.
"""

from __future__ import annotations

import os

from .files import read_list

#: The package's file, in ``helpers/lexicons/``.
GENERIC_WORDS_FILE = "generic_words.txt"


def load_generic_words(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """Lower-case words that :func:`helpers.topics.missed_terms` skips by default ("said", "not", "two")."""
    return frozenset(read_list(GENERIC_WORDS_FILE, path))
