"""Old path of the speakers tables, kept only until the callers import :mod:`helpers.attribution.speakers`.

The noun phrases moved to :mod:`helpers.attribution.phrases`, the resolver to
:mod:`helpers.attribution.resolve`, the tables to :mod:`helpers.attribution.speakers`.
"""

from __future__ import annotations

from .attribution.phrases import NP, NPParser, trie_pattern
from .attribution.resolve import Entity, Mention, Resolver
from .attribution.speakers import (
    MENTION_COLUMNS,
    SPEAKER_COLUMNS,
    speaker_mention_spans,
    speaker_mentions,
    speakers,
)

__all__ = [
    "MENTION_COLUMNS",
    "NP",
    "SPEAKER_COLUMNS",
    "Entity",
    "Mention",
    "NPParser",
    "Resolver",
    "speaker_mention_spans",
    "speaker_mentions",
    "speakers",
    "trie_pattern",
]

# `helpers.speakers(article)` works even after `import helpers.speakers` (see helpers/_callable.py).
from ._callable import make_callable

make_callable(__name__)
