"""The names lexicon (``names.txt``): the word lists that make and read speaker phrases, as a
:class:`NameLexicon`.

Which words open, close or join a speaker phrase, which capitalised words never start a name, which
pronouns and determiners there are, which words make a name an event or a place: the file's header
documents every section and its format. ``load_names()`` reads the package's file, ``load_names(path)``
a user's own file of the same format (cached by resolved path). Used by
:class:`helpers.attribution.phrases.NPParser` (``NPParser(titles, names=load_names(path))``) and the
resolver it serves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import InputError
from .files import load_parsed, read_sections
from .text import load_transcript_labels


@dataclass(frozen=True)
class Pronoun:
    """A pronoun read as a speaker: its type (person, organisation, group), gender (m, f or None), number."""

    type: str
    gender: str | None
    plural: bool


@dataclass(frozen=True)
class NameLexicon:
    """The sections of ``names.txt`` (each documented in the file's header)."""

    pronouns: dict[str, Pronoun]
    first_person: frozenset[str]
    possessives: dict[str, str | None]  # word -> gender
    definite: frozenset[str]
    indefinite: frozenset[str]
    collective_determiners: frozenset[str]
    leading_skip: frozenset[str]
    trailing_skip: frozenset[str]
    tail_starts: frozenset[str]
    calendar_words: frozenset[str]
    periods: frozenset[str]
    temporal_openers: frozenset[str]
    role_adjectives: frozenset[str]
    not_professions: frozenset[str]
    not_name_words: frozenset[str]
    name_particles: frozenset[str]
    name_stop: frozenset[str]  # case as written
    outlet_nouns: frozenset[str]
    modifier_words: frozenset[str]
    not_after_subject: frozenset[str]
    two_level_role_words: frozenset[str]
    name_suffixes: frozenset[str]
    portfolio_ends: frozenset[str]
    surname_endings: dict[str, str]  # ending -> m | f
    profession_endings: tuple[str, ...]
    name_run_words: tuple[str, ...]
    genre_nouns: frozenset[str] = frozenset()
    name_abbreviations: frozenset[str] = frozenset()  # case as written
    headline_action_verbs: frozenset[str] = frozenset()
    headline_verb_words: frozenset[str] = frozenset()  # case as written
    name_end_words: frozenset[str] = frozenset()  # case as written
    event_nouns: frozenset[str] = frozenset()


#: section name in the file -> field of NameLexicon, for the sections that are plain word lists
WORD_SECTIONS = {
    "first person": "first_person",
    "definite": "definite",
    "indefinite": "indefinite",
    "collective determiners": "collective_determiners",
    "leading skip": "leading_skip",
    "trailing skip": "trailing_skip",
    "tail starts": "tail_starts",
    "calendar words": "calendar_words",
    "periods": "periods",
    "temporal openers": "temporal_openers",
    "role adjectives": "role_adjectives",
    "not professions": "not_professions",
    "not name words": "not_name_words",
    "name particles": "name_particles",
    "name stop": "name_stop",
    "outlet nouns": "outlet_nouns",
    "modifier words": "modifier_words",
    "not after subject": "not_after_subject",
    "two level role words": "two_level_role_words",
    "name suffixes": "name_suffixes",
    "portfolio ends": "portfolio_ends",
    "genre nouns": "genre_nouns",
    "name abbreviations": "name_abbreviations",
    "headline action verbs": "headline_action_verbs",
    "name end words": "name_end_words",
    "event nouns": "event_nouns",
}
#: sections a user's file may leave out (read as empty)
OPTIONAL_SECTIONS = frozenset(
    {"genre nouns", "name abbreviations", "headline action verbs", "name end words", "event nouns"}
)
#: sections whose entries keep their case (matched exactly as written)
CASED_SECTIONS = frozenset({"name stop", "name abbreviations", "name end words"})
#: sections with "|" fields, and the sections kept in file order (tuples)
FIELD_SECTIONS = frozenset({"pronouns", "possessives", "surname endings"})
ORDERED_SECTIONS = frozenset({"profession endings", "name run words"})
SECTIONS = (*WORD_SECTIONS, *FIELD_SECTIONS, *ORDERED_SECTIONS)


def _gender(field: str) -> str | None:
    return field.lower() if field.lower() in ("m", "f") else None


def _base_form(verb: str) -> str:
    """The plain form of a present-tense third-person verb ("confers" -> "confer", "discusses" ->
    "discuss", "denies" -> "deny"): a headline with two subjects writes it ("Gorbachev, Bush Confer ...")."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def headline_verb_stops(verbs: frozenset[str], nouns: frozenset[str] = frozenset()) -> frozenset[str]:
    """The headline verbs as ``[name stop]`` words: each verb and its plain form (none for ``nouns``), in
    title case and in capitals ("Confers", "Confer", "CONFERS", "CONFER"); a headline's verb ends the name
    before it and is no speaker's label ("Gorbachev, Bush Confer by Telephone : ...")."""
    forms = {f for v in verbs for f in (v, v if v in nouns else _base_form(v))}
    return frozenset(c for f in forms for c in (f.title(), f.upper()))


def parse_names(text: str, path: object = None) -> NameLexicon:
    """Parse the names lexicon format (see ``lexicons/names.txt``); every section must be present."""
    sections = read_sections(text, path, example="[pronouns]")
    missing = [s for s in SECTIONS if s not in sections and s not in OPTIONAL_SECTIONS]
    unknown = [s for s in sections if s not in SECTIONS]
    if missing or unknown:
        problem = f"missing section(s) {missing}" if missing else f"unknown section(s) {unknown}"
        raise InputError(f"names lexicon: {problem}", path, "see the header of lexicons/names.txt")
    words = {
        field: frozenset(e[0] if name in CASED_SECTIONS else e[0].lower() for e in sections.get(name, []))
        for name, field in WORD_SECTIONS.items()
    }
    pronouns = {}
    for e in sections["pronouns"]:
        if len(e) != 4:
            raise InputError(
                f"names lexicon: [pronouns] entry {e[0]!r} needs 4 fields",
                path,
                "word | type | gender | number",
            )
        pronouns[e[0].lower()] = Pronoun(e[1].lower(), _gender(e[2]), e[3].lower() == "plural")
    nouns = frozenset(e[0].lower() for e in sections.get("headline action verbs", []) if len(e) > 1)
    speech = load_transcript_labels().headline_verbs
    verb_words = headline_verb_stops(words["headline_action_verbs"] | speech, nouns)
    return NameLexicon(
        pronouns=pronouns,
        possessives={e[0].lower(): _gender(e[1]) if len(e) > 1 else None for e in sections["possessives"]},
        surname_endings={
            e[0].lower(): g for e in sections["surname endings"] if len(e) > 1 and (g := _gender(e[1]))
        },
        profession_endings=tuple(e[0].lower() for e in sections["profession endings"]),
        name_run_words=tuple(e[0].lower() for e in sections["name run words"]),
        headline_verb_words=verb_words,
        # the verbs of [headline action verbs] and the speech verbs of [headline verbs]
        # (transcript_labels.txt): one list each, derived here into the name stops
        **{**words, "name_stop": words["name_stop"] | verb_words},
    )


def load_names(path: str | os.PathLike[str] | None = None) -> NameLexicon:
    """The names lexicon: the package's ``lexicons/names.txt`` or the user's file of the same format."""
    return load_parsed("names.txt", parse_names, "names", path)
