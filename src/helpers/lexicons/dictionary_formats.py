"""Reading a user's topic dictionary written for another tool: Lexicoder, WordStat, LIWC, quanteda YAML.

:func:`helpers.lexicons.topic_dictionary.load_dictionary` calls these by the file's suffix, and the result
is checked and compiled like the project's own YAML. Each reader returns the mapping that
``parse_dictionary`` takes: ``{"topics": {key: {"label": ..., "terms": [...]}}}``. Category names become
topic keys (lower-case, non-letters as "_"; nested categories joined by "_") and stay as labels. A trailing
``*`` is a prefix in every format, as in ours. Entries that are no plain words (LIWC's conditional entries
"(02 134)like*", emoticons) are skipped and counted in the topic's ``notes``.

The formats, as their tools document them:

- Lexicoder (``.lc3``, ``.lcd``): a line ``+CATEGORY`` starts a category; each following line is one
  term (``abandon*``, ``human rights``).
- WordStat (``.cat``): a category is a line without a weight; its terms are the indented lines below it
  ending in a weight, ``BANK* (1)``; an underscore joins the words of a phrase (``HUMAN_RIGHTS``); deeper
  indentation nests categories.
- LIWC (``.dic``): between two lines ``%``, one category a line, ``number<TAB>name``; after them one
  entry a line, ``word<TAB>number<TAB>number...``.
- quanteda YAML: ``category: [term, term]``, or a mapping of sub-categories.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError
from .files import read_text_file

#: A term the project's matcher can read: words of letters, digits, apostrophes, full stops and hyphens,
#: separated by spaces, each optionally ending in "*".
PLAIN_TERM_RE = re.compile(r"^[^\W_](?:[\w'’.\- ]*[^\W_])?\*?$")
# The term ends on a non-blank (it is matched on a stripped line, so the shortest term did anyway): a lazy
# term ending on a blank re-scanned the blanks after it at every step (quadratic).
#: A WordStat term line: the term, then its weight in brackets.
WORDSTAT_TERM_RE = re.compile(r"^(?P<term>.*?\S)\s*\((?P<weight>[\d.]+)\)\s*$")


def topic_key(name: str) -> str:
    """A category name as a topic key: ``"Human Rights"`` -> ``human_rights``, ``"1 econ"`` -> ``t_1_econ``.
    """
    key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return key if key[:1].isalpha() else f"t_{key}"


def _topics(categories: dict[str, list[str]]) -> dict[str, Any]:
    """The ``parse_dictionary`` mapping for ``categories`` (name -> raw terms)."""
    topics: dict[str, Any] = {}
    for name, raw in categories.items():
        terms, skipped = [], 0
        for term in raw:
            t = " ".join(term.replace("_", " ").split()).lower()
            if not PLAIN_TERM_RE.match(t):
                skipped += 1
            elif t not in terms:
                terms.append(t)
        if not terms:
            continue
        spec: dict[str, Any] = {"label": name, "terms": terms}
        if skipped:
            spec["notes"] = f"{skipped} entries skipped: not plain words"
        topics[topic_key(name)] = spec
    return {"version": 1, "topics": topics}


def read_lexicoder(text: str, path: Path) -> dict[str, Any]:
    """A Lexicoder dictionary (``+CATEGORY`` lines, then one term a line)."""
    categories: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        entry = line.strip()
        if not entry:
            continue
        if entry.startswith("+"):
            current = categories.setdefault(entry[1:].strip(), [])
        elif current is None:
            raise InputError("Lexicoder dictionary: a term before the first +CATEGORY line", path=path,
                             hint="start each category with a line '+NAME'")
        else:
            current.append(entry)
    return _topics(categories)


def read_wordstat(text: str, path: Path) -> dict[str, Any]:
    """A WordStat category file (indented categories; terms with a weight, ``BANK* (1)``)."""
    categories: dict[str, list[str]] = {}
    stack: list[tuple[int, str]] = []  # (indent, name) of the open categories
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        m = WORDSTAT_TERM_RE.match(line.strip())
        if m:
            if not stack:
                raise InputError("WordStat dictionary: a term before the first category", path=path,
                                 hint="write the category name on a line of its own above its terms")
            categories.setdefault("_".join(n for _i, n in stack), []).append(m.group("term"))
            continue
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, line.strip()))
    return _topics(categories)


def read_liwc(text: str, path: Path) -> dict[str, Any]:
    """A LIWC dictionary (``%`` / ``number<TAB>name`` / ``%`` / ``word<TAB>number...``)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    marks = [i for i, ln in enumerate(lines) if ln.strip() == "%"]
    if len(marks) < 2:
        raise InputError("LIWC dictionary: the category block between two '%' lines is missing", path=path,
                         hint="start the file with '%', the categories, and '%'")
    names = {}
    for ln in lines[marks[0] + 1:marks[1]]:
        number, _, name = ln.strip().partition("\t") if "\t" in ln else ln.strip().partition(" ")
        names[number.strip()] = name.strip()
    categories: dict[str, list[str]] = {name: [] for name in names.values()}
    for ln in lines[marks[1] + 1:]:
        fields = ln.split("\t") if "\t" in ln else ln.split()
        word, numbers = fields[0].strip(), [f.strip() for f in fields[1:] if f.strip()]
        for number in numbers:
            if number not in names:
                raise InputError(f"LIWC dictionary: {word!r} names category {number!r}, not declared",
                                 path=path, hint="declare every category number between the '%' lines")
            categories[names[number]].append(word)
    return _topics(categories)


def from_quanteda_yaml(data: Mapping, path: Any = None) -> dict[str, Any]:
    """A quanteda-style YAML dictionary (``category: [terms]`` or nested mappings) as ours."""
    categories: dict[str, list[str]] = {}

    def walk(prefix: str, node: Any) -> None:
        if isinstance(node, Mapping):
            for k, v in node.items():
                walk(f"{prefix}_{k}" if prefix else str(k), v)
        elif isinstance(node, list):
            categories.setdefault(prefix, []).extend(str(t) for t in node)
        elif isinstance(node, str):
            categories.setdefault(prefix, []).append(node)
        else:
            raise InputError(f"YAML dictionary: category {prefix!r} holds no terms", path=path,
                             hint="write 'category: [term, term]'")

    walk("", data)
    return _topics(categories)


#: The reader of each suffix.
READERS = {".lc3": read_lexicoder, ".lcd": read_lexicoder, ".cat": read_wordstat, ".dic": read_liwc}


def read_foreign_dictionary(path: Path) -> dict[str, Any]:
    """The ``parse_dictionary`` mapping of a Lexicoder, WordStat or LIWC file (by its suffix)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"unknown dictionary format {path.suffix!r}", path=path,
                         hint="use .yaml, .lc3, .lcd, .cat or .dic")
    return reader(read_text_file(path, what="topic dictionary"), path)
