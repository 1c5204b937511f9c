"""Word lists of the text layer: transcript speaker labels (``transcript_labels.txt``).

``load_transcript_labels()`` reads the package's file, ``load_transcript_labels(path)`` a user's own file
of the same format (the format is in the file's header). The dateline rules are patterns, not word
lists: they are :data:`helpers.layout.DATELINE_RULES`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import InputError
from .files import load_parsed

SECTIONS = ("not labels", "role labels", "honorifics")


@dataclass(frozen=True)
class TranscriptLabels:
    """What a transcript's speaker labels may say (see ``lexicons/transcript_labels.txt``).

    ``not_labels``: line openings that are never a speaker ("note", "source"); ``roles``: role labels ->
    the speaker name of their turns ("q" -> "Questioner"); ``honorifics``: words dropped before a name
    ("ms", "gen"). All keys lower case, final periods dropped.
    """

    not_labels: frozenset[str]
    roles: dict[str, str]
    honorifics: frozenset[str]


def parse_transcript_labels(text: str, path: object = None) -> TranscriptLabels:
    """Parse the transcript-labels format (sections ``[not labels]``, ``[role labels]``, ``[honorifics]``)."""
    sections: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            if current not in sections:
                problem = f"line {lineno}: unknown section [{current}]"
                raise InputError(problem, path, f"use one of {SECTIONS}")
            continue
        if current is None:
            problem = f"line {lineno}: entry before any [section]"
            raise InputError(problem, path, "start with e.g. [not labels]")
        sections[current].append(line)
    roles = {}
    for entry in sections["role labels"]:
        label, sep, name = (f.strip() for f in entry.partition("|"))
        if not sep or not name:
            raise InputError(f"role label {label!r} has no speaker name", path, "write 'label | Name'")
        roles[" ".join(label.lower().split())] = name
    return TranscriptLabels(
        not_labels=frozenset(" ".join(e.lower().split()) for e in sections["not labels"]),
        roles=roles,
        honorifics=frozenset(e.lower() for e in sections["honorifics"]),
    )


def load_transcript_labels(path: str | os.PathLike[str] | None = None) -> TranscriptLabels:
    """The transcript-label lists: the package's ``lexicons/transcript_labels.txt`` or the user's file."""
    return load_parsed("transcript_labels.txt", parse_transcript_labels, "transcript labels", path)
