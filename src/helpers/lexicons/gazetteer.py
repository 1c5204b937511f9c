"""The gazetteer (``gazetteer.txt``): countries, capitals, demonyms and cities, and their regional topic.

``load_gazetteer()`` reads the package's file (once), ``load_gazetteer(path)`` a user's own; the format
and the sources are in the file's header. :func:`helpers.lexicons.topic_dictionary.load_dictionary` adds
every place that has a topic to that topic's terms (``Term.origin == "gazetteer"``).
``gazetteer_table()`` shows the file as a table: name, kind, topic, region, source.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .files import package_file, parse_list, read_text_file

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The package's file, in ``helpers/lexicons/``.
GAZETTEER_FILE = "gazetteer.txt"
GAZETTEER_COLUMNS = ["name", "kind", "topic", "region", "source"]
#: What a place may be.
PLACE_KINDS = frozenset({"country", "capital", "demonym", "city", "region"})


@dataclass(frozen=True)
class Place:
    """One line of the gazetteer: ``name`` belongs to ``topic`` ("" for none), in M49 ``region``."""

    name: str
    kind: str
    topic: str
    region: str
    source: str


def load_gazetteer(path: str | os.PathLike[str] | None = None) -> tuple[Place, ...]:
    """The places of the package's gazetteer, or of the user's file at ``path``."""
    if path is None:
        return _package_gazetteer()
    return _load(Path(path))


@functools.cache
def _package_gazetteer() -> tuple[Place, ...]:
    return _load(package_file(GAZETTEER_FILE))


def _load(path: Path) -> tuple[Place, ...]:
    places = []
    for line in parse_list(read_text_file(path, what="gazetteer")):
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != len(GAZETTEER_COLUMNS) or not fields[0]:
            raise InputError(f"gazetteer line {line!r} does not have 5 fields", path=path,
                             hint="write: name | kind | topic | region | source")
        if fields[1] not in PLACE_KINDS:
            raise InputError(f"gazetteer: unknown kind {fields[1]!r} for {fields[0]!r}", path=path,
                             hint=f"use one of {', '.join(sorted(PLACE_KINDS))}")
        if not fields[4]:
            raise InputError(f"gazetteer: {fields[0]!r} has no source", path=path,
                             hint="name where the fact comes from (see the header's codes)")
        places.append(Place(*fields))
    return tuple(places)


def gazetteer_table(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The gazetteer as a table: name, kind, topic, region, source (one row per place)."""
    import pandas as pd

    places = load_gazetteer(path)
    return pd.DataFrame([[getattr(p, c) for c in GAZETTEER_COLUMNS] for p in places],
                        columns=GAZETTEER_COLUMNS)


def state_names(places: tuple[Place, ...] | None = None) -> dict[str, str]:
    """Each place's lower-case name -> the lower-case name of its country: a country's row comes first and
    the capital, demonyms, cities and regions under it, up to the next country, are its own ("Kazakh",
    "Astana", "Almaty" -> "kazakhstan"). Places before the first country belong to none. The package
    gazetteer's map (``places`` None) is built once and shared: read it, do not change it."""
    if places is None:
        return _package_state_names()
    out: dict[str, str] = {}
    state = ""
    for p in places:
        if p.kind == "country":
            state = p.name.lower()
        if state:
            out[p.name.lower()] = state
    return out


@functools.cache
def _package_state_names() -> dict[str, str]:
    return state_names(_package_gazetteer())
