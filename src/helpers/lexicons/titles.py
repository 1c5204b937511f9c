"""The titles/roles lexicon (``titles.txt``): titles, collectives, organisation words, documents,
institutions, states, honorifics and given names, parsed into a :class:`TitleLexicon`.

The file's header documents the format. ``load_titles()`` reads the package's file, ``load_titles(path)``
a user's own file of the same format (cached by resolved path).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from ..errors import InputError
from .files import load_parsed, read_sections

# --------------------------------------------------------------------------------------------------------
# Lexicon: titles, collectives, organisation words, documents, institutions, states, honorifics
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Title:
    name: str
    gender: str | None
    broader: frozenset[str]


@dataclass(frozen=True)
class TitleLexicon:
    titles: dict[str, Title]
    plurals: dict[str, str]  # plural form -> singular title
    collective: dict[str, str]  # phrase -> group | anonymous | state ("the Russian side")
    org_words: frozenset[str]
    documents: frozenset[str]
    institutions: dict[str, str]  # lower name -> state
    institution_names: dict[str, str]  # lower -> name as written
    states: dict[str, str]  # lower form (name, adjective, other name) -> state name
    capitals: dict[str, str]  # lower capital -> state name
    honorifics: dict[str, str | None]
    given_names: dict[str, str]  # lower given name -> m | f
    title_words: frozenset[str]  # every word of every title (lower)
    max_title_len: int
    #: other names of a state that name the state itself, not an adjective ("Britain", "Russian
    #: Federation"): a speaker, where "British" alone is not ([state names]; optional section)
    state_names: frozenset[str] = frozenset()
    #: phrases that name an office by what its holder heads ([office paraphrases]; optional section):
    #: the phrase's words (lower) -> the title ("head of diplomacy" -> "foreign minister")
    paraphrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: a minister's portfolio and the short title of its holder ([portfolios]; optional section): the
    #: portfolio's words (lower) -> the title ("foreign affairs" -> "foreign minister")
    portfolios: dict[tuple[str, ...], str] = field(default_factory=dict)


def _plural(word: str) -> list[str]:
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith(("s", "sh", "ch", "x")):
        return [word + "es"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def _titles(entries: list[list[str]], path: object) -> dict[str, Title]:
    """The [titles] section: title | gender | broader terms (a title listed twice keeps both broader sets)."""
    titles: dict[str, Title] = {}
    for fields in entries:
        name = " ".join(fields[0].lower().split())
        gender = fields[1].lower() if len(fields) > 1 and fields[1] in ("m", "f", "M", "F") else None
        broader = (
            frozenset(b.strip().lower() for b in fields[2].split(",") if b.strip())
            if len(fields) > 2
            else frozenset()
        )
        old = titles.get(name)
        if old:
            broader |= old.broader
        titles[name] = Title(name, gender, broader)
    if not titles:
        raise InputError(
            "titles lexicon has no [titles] entries", path, "see the header of lexicons/titles.txt"
        )
    return titles


def holders_to_be(titles: dict[str, Title], suffixes: frozenset[str]) -> dict[str, Title]:
    """The titles of a holder-to-be: every title with a ``[title suffixes]`` word of titles.txt joined by a
    hyphen ("President-elect", "Prime Minister-designate", "Vice-President-elect"), each a title of its
    own with the gender and broader terms of the title, so that the person's canonical name is the name
    after it (not "President-elect Donald Trump") and "the president" never refers back to them."""
    return {
        f"{name}-{suffix}": Title(f"{name}-{suffix}", t.gender, t.broader)
        for name, t in titles.items()
        for suffix in sorted(suffixes)
    }


def misspelt_titles(titles: dict[str, Title], misspellings: dict[str, str]) -> dict[str, Title]:
    """Titles as copy misspells them: every title with a word of ``[title misspellings]`` written the
    misspelt way ("Prime Minster", "Presdient") is that title, so the person after it is named without it
    and "the prime minister" refers back to them (the Title is the correctly spelt one)."""
    out: dict[str, Title] = {}
    for name, t in titles.items():
        words = name.split()
        for wrong, right in misspellings.items():
            if right in words:
                out.setdefault(" ".join(wrong if w == right else w for w in words), t)
    return out


def _states(entries: list[list[str]]) -> tuple[dict[str, str], dict[str, str]]:
    """The [states] section (name | other names | capitals): every lower form -> state, capital -> state."""
    states: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for f in entries:
        name = f[0]
        states[name.lower()] = name
        if len(f) > 1:
            for other in f[1].split(","):
                if other.strip():
                    states.setdefault(other.strip().lower(), name)
        if len(f) > 2:
            for cap in f[2].split(","):
                if cap.strip():
                    capitals.setdefault(cap.strip().lower(), name)
    return states, capitals


def _words(entries: list[list[str]]) -> frozenset[str]:
    """The first field of every entry, lower case, spaces normalised."""
    return frozenset(" ".join(f[0].lower().split()) for f in entries)


def parse_titles(text: str, path: object = None) -> TitleLexicon:
    """Parse the titles lexicon format (see ``lexicons/titles.txt``)."""
    sections = read_sections(text, path, example="[titles]", inline_comments=False)
    titles = _titles(sections.get("titles", []), path)
    plurals: dict[str, str] = {}
    for name in titles:
        words = name.split()
        for p in _plural(words[-1]):
            plurals[" ".join([*words[:-1], p])] = name
        if "of" in words[1:-1]:  # "heads of state", "secretaries of state": the head noun takes the plural
            k = words.index("of")
            for p in _plural(words[k - 1]):
                plurals.setdefault(" ".join([*words[: k - 1], p, *words[k:]]), name)
    collective = {
        " ".join(f[0].lower().split()): (f[1].lower() if len(f) > 1 and f[1] else "group")
        for f in sections.get("collective", [])
    }
    institutions, institution_names = {}, {}
    for f in sections.get("institutions", []):
        institutions[f[0].lower()] = f[1] if len(f) > 1 else ""
        institution_names[f[0].lower()] = f[0]
    states, capitals = _states(sections.get("states", []))
    title_words = frozenset(
        {w for t in [*titles, *plurals] for w in t.split()}
        | {w for t in [*titles, *plurals] for w in re.split(r"[\s\-]+", t)}
    )
    to_be = holders_to_be(titles, _words(sections.get("title suffixes", [])))
    misspelt = misspelt_titles(
        titles,
        {f[0].lower(): f[1].lower() for f in sections.get("title misspellings", []) if len(f) > 1},
    )
    titles = {**misspelt, **to_be, **titles}
    title_words |= {w for t in misspelt for w in t.split()}
    title_words |= {w for t in to_be for w in t.split()}  # ("minister-designate"; "elect" alone is none)
    return TitleLexicon(
        titles=titles,
        plurals=plurals,
        collective=collective,
        org_words=_words(sections.get("organisations", [])),
        documents=_words(sections.get("documents", [])),
        institutions=institutions,
        institution_names=institution_names,
        states=states,
        capitals=capitals,
        honorifics={
            f[0].lower(): (f[1].lower() if len(f) > 1 and f[1] in ("m", "f") else None)
            for f in sections.get("honorifics", [])
        },
        given_names={
            f[0].lower(): f[1].lower()
            for f in sections.get("given names", [])
            if len(f) > 1 and f[1].lower() in ("m", "f")
        },
        title_words=title_words,
        max_title_len=max(len(t.split()) for t in [*titles, *plurals]),
        state_names=_words(sections.get("state names", [])),
        paraphrases={
            tuple(f[0].lower().split()): " ".join(f[1].lower().split())
            for f in sections.get("office paraphrases", [])
            if len(f) > 1 and " ".join(f[1].lower().split()) in titles
        },
        portfolios={
            tuple(f[0].lower().split()): " ".join(f[1].lower().split())
            for f in sections.get("portfolios", [])
            if len(f) > 1 and " ".join(f[1].lower().split()) in titles
        },
    )


def load_titles(path: str | os.PathLike[str] | None = None) -> TitleLexicon:
    """The titles/roles lexicon: the package's ``lexicons/titles.txt`` or the user's file."""
    return load_parsed("titles.txt", parse_titles, "titles", path)
