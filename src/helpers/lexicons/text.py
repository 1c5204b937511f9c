"""Word lists of the text layer: transcript speaker labels (``transcript_labels.txt``) and the words of the
sentence-boundary rules (``sentence_rules.txt``).

``load_transcript_labels()`` reads the package's file, ``load_transcript_labels(path)`` a user's own file
of the same format (the format is in the file's header); ``load_sentence_rule_words`` likewise. The
dateline rules are patterns, not word
lists: they are :data:`helpers.layout.DATELINE_RULES`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import InputError
from .files import load_parsed, read_sections

SECTIONS = ("not labels", "role labels", "honorifics", "source lines", "quote labels", "headline verbs",
            "transcript titles")


@dataclass(frozen=True)
class TranscriptLabels:
    """What a transcript's speaker labels may say (see ``lexicons/transcript_labels.txt``).

    ``not_labels``: line openings that are never a speaker ("note", "source"); ``roles``: role labels ->
    the speaker name of their turns ("q" -> "Questioner"); ``honorifics``: words dropped before a name
    ("ms", "gen"); ``source_lines``: line openings before a colon that list an article's sources or credits,
    never a statement ("source", "photo"); ``quote_labels``: line openings that put a quotation under the
    source named after them ("quote from" in "Quote from the ministry: "...""); ``headline_verbs``: the speech
    verbs a headline writes in the present ("says", "warns"), which end a name in capitals and make a line
    opening no label ("PRIME MINISTER DAVIS SAYS: HAITI NEEDS ..."); ``transcript_titles``: the genre words
    of a title over one speaker's labelled words ("press conference", "remarks": "G8 Foreign Ministers
    Meeting: Press Conference" over "Lavrov: On behalf of our group ..."). All keys lower case, final periods
    dropped.
    """

    not_labels: frozenset[str]
    roles: dict[str, str]
    honorifics: frozenset[str]
    source_lines: frozenset[str] = frozenset()
    quote_labels: tuple[str, ...] = ()
    headline_verbs: frozenset[str] = frozenset()
    transcript_titles: frozenset[str] = frozenset()


def parse_transcript_labels(text: str, path: object = None) -> TranscriptLabels:
    """Parse the transcript-labels format (sections ``[not labels]``, ``[role labels]``, ``[honorifics]``,
    ``[source lines]``, ``[quote labels]``, ``[headline verbs]``, ``[transcript titles]``)."""
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
        source_lines=frozenset(" ".join(e.lower().split()) for e in sections["source lines"]),
        # longest first, so that "quote from" is tried before "quote"
        quote_labels=tuple(sorted({" ".join(e.lower().split()) for e in sections["quote labels"]}, key=len,
                                  reverse=True)),
        headline_verbs=frozenset(e.lower() for e in sections["headline verbs"]),
        transcript_titles=frozenset(" ".join(e.lower().split()) for e in sections["transcript titles"]),
    )


def load_transcript_labels(path: str | os.PathLike[str] | None = None) -> TranscriptLabels:
    """The transcript-label lists: the package's ``lexicons/transcript_labels.txt`` or the user's file."""
    return load_parsed("transcript_labels.txt", parse_transcript_labels, "transcript labels", path)


#: The sections of ``sentence_rules.txt``.
SENTENCE_RULE_SECTIONS = ("number abbreviations", "list bullets", "time abbreviations", "titles after a time")


@dataclass(frozen=True)
class SentenceRuleWords:
    """The words of :data:`helpers.sentences.SENTENCE_RULES` (see ``lexicons/sentence_rules.txt``).

    ``number_abbreviations``: abbreviations written before a number ("p", "no", "art"; lower case, no final
    period); ``list_bullets``: the characters that open a list item ("•"); ``time_abbreviations``: clock
    times after a number ("a.m"); ``titles_after_time``: titles that open a sentence after a clock time
    ("mr").
    """

    number_abbreviations: frozenset[str]
    list_bullets: str
    time_abbreviations: frozenset[str]
    titles_after_time: frozenset[str]


def parse_sentence_rule_words(text: str, path: object = None) -> SentenceRuleWords:
    """Parse the sentence-rules format (the sections of :data:`SENTENCE_RULE_SECTIONS`)."""
    sections = read_sections(text, path, example="[number abbreviations]")
    unknown = set(sections) - set(SENTENCE_RULE_SECTIONS)
    if unknown:
        problem = f"unknown section [{sorted(unknown)[0]}]"
        raise InputError(problem, path, f"use one of {SENTENCE_RULE_SECTIONS}")

    def words(section: str) -> frozenset[str]:
        return frozenset(f[0].lower().rstrip(".") for f in sections.get(section, []))

    bullets = [f[0] for f in sections.get("list bullets", [])]
    if any(len(b) != 1 for b in bullets):
        raise InputError("a list bullet is not one character", path, "write one character per line")
    return SentenceRuleWords(
        number_abbreviations=words("number abbreviations"),
        list_bullets="".join(bullets),
        time_abbreviations=words("time abbreviations"),
        titles_after_time=words("titles after a time"),
    )


def load_sentence_rule_words(path: str | os.PathLike[str] | None = None) -> SentenceRuleWords:
    """The sentence-rule words: the package's ``lexicons/sentence_rules.txt`` or the user's file."""
    return load_parsed("sentence_rules.txt", parse_sentence_rule_words, "sentence rules", path)
