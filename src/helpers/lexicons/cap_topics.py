"""The project's topics mapped to the Comparative Agendas Project major topic codes (``cap_topics.yaml``).

``load_cap_mapping()`` reads the package's file (once) or a user's own; ``cap_table()`` shows one row per
topic: topic, cap (the major topic code), cap_label, note. The file's header gives the source.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .files import package_file, read_text_file

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CAP_FILE = "cap_topics.yaml"
CAP_COLUMNS = ["topic", "cap", "cap_label", "note"]


@dataclass(frozen=True)
class CapMapping:
    """``codes``: topic -> CAP major topic code; ``labels``: code -> name; ``notes``: topic -> note."""

    codes: dict[str, int]
    labels: dict[int, str]
    notes: dict[str, str]

    def code(self, topic: str) -> int | None:
        """The CAP major topic code of a project topic: ``code("pandemic") == 3`` (None if unmapped)."""
        return self.codes.get(topic)


def load_cap_mapping(path: str | os.PathLike[str] | None = None) -> CapMapping:
    """The mapping of the package's file, or of the user's YAML file at ``path``."""
    if path is None:
        return _package_mapping()
    return _load(Path(path))


@functools.cache
def _package_mapping() -> CapMapping:
    return _load(package_file(CAP_FILE))


def _load(path: Path) -> CapMapping:
    import yaml

    data = yaml.safe_load(read_text_file(path, what="CAP mapping"))
    if not isinstance(data, dict) or not isinstance(data.get("topics"), dict):
        raise InputError("CAP mapping must have 'major_topics' and 'topics'", path=path,
                         hint="see helpers/lexicons/cap_topics.yaml")
    labels = {int(k): str(v) for k, v in (data.get("major_topics") or {}).items()}
    codes, notes = {}, {}
    for topic, spec in data["topics"].items():
        code = spec.get("cap") if isinstance(spec, dict) else None
        if not isinstance(code, int) or code not in labels:
            raise InputError(f"CAP mapping: topic {topic!r} has no known major topic code", path=path,
                             hint="give 'cap: <code>' with a code listed under major_topics")
        codes[str(topic)] = code
        notes[str(topic)] = str(spec.get("note", ""))
    return CapMapping(codes, labels, notes)


def cap_table(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per mapped topic: topic, cap, cap_label, note."""
    import pandas as pd

    m = load_cap_mapping(path)
    rows = [(t, c, m.labels[c], m.notes[t]) for t, c in m.codes.items()]
    return pd.DataFrame(rows, columns=CAP_COLUMNS)
