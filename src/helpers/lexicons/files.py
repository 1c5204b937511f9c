"""Reading lexicon files: the package's own (``package_file``) or a user's, as text or as a one-per-line list.

Every failure (missing, a directory, a pipe, unreadable, not UTF-8, empty) becomes a one-line
:class:`helpers.errors.InputError`. The loaders of each lexicon (the other modules of this package) build on
these functions.
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


def read_sections(
    text: str, path: object = None, *, example: str = "[section]", inline_comments: bool = True
) -> dict[str, list[list[str]]]:
    """The entries of a sectioned lexicon file: section name (lower case) -> entries, each the list of its
    ``|``-separated fields (stripped). A ``[name]`` line starts a section; an entry before any section is
    an :class:`InputError` whose hint names ``example``. ``#`` starts a comment: anywhere on a line, or
    with ``inline_comments=False`` only at the start of one (``titles.txt``)."""
    sections: dict[str, list[list[str]]] = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if inline_comments else raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            sections.setdefault(current, [])
            continue
        if current is None:
            raise InputError(f"line {lineno}: entry before any [section]", path, f"start with e.g. {example}")
        sections[current].append([f.strip() for f in line.split("|")])
    return sections


def load_parsed(name: str, parse, what: str, path: str | os.PathLike[str] | None = None):
    """``parse(text, path)`` of the package's lexicon file ``name``, or of the user's file at ``path``:
    read and parsed once per resolved path (``what`` names the file in error messages)."""
    return _parsed(name, parse, what, None if path is None else str(Path(path).resolve()))


@functools.lru_cache(maxsize=32)
def _parsed(name: str, parse, what: str, path: str | None):
    p = Path(path) if path else package_file(name)
    return parse(read_text_file(p, what=what), p)
