"""The statement rules' small word lists (``statement_words.txt``): adverbs, clause openers, object
pronouns, adverbial openers, determiners, naming verbs. The file's header documents the format (sections
in square brackets, one word or phrase a line) and what each list decides.

``load_statement_words()`` reads the package's file, ``load_statement_words(path)`` a user's own file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .files import package_file, parse_list, read_text_file

#: the sections of the file, and the field of :class:`StatementWords` each fills
SECTIONS = {
    "adverbs": "adverbs",
    "clause openers": "clause_openers",
    "object pronouns": "object_pronouns",
    "adverbial openers": "adverbial_openers",
    "determiners": "determiners",
    "naming verbs": "naming_verbs",
    "reply openers": "reply_openers",
    "question cues": "question_cues",
    "continuing adverbs": "continuing_adverbs",
    "block headings": "block_headings",
    "block cues": "block_cues",
    "briefing headings": "briefing_headings",
    "naming nouns": "naming_nouns",
    "remarks headings": "remarks_headings",
    "title prepositions": "title_prepositions",
    "delivery notes": "delivery_notes",
    "briefing titles": "briefing_titles",
    "hand-overs": "hand_overs",
    "release titles": "release_titles",
    "briefing greetings": "briefing_greetings",
    "meeting verbs": "meeting_verbs",
    "document nouns": "document_nouns",
    "sending verbs": "sending_verbs",
    "salutation words": "salutation_words",
    "speech nouns": "speech_nouns",
    "guest nouns": "guest_nouns",
    "term markers": "term_markers",
    "exchange introductions": "exchange_introductions",
    "account openers": "account_openers",
    "briefing verbs": "briefing_verbs",
    "credit verbs": "credit_verbs",
    "occasion phrases": "occasion_phrases",
    "opening verbs": "opening_verbs",
    "answer cues": "answer_cues",
    "interviewer cues": "interviewer_cues",
}
#: sections a user's file may leave out (added after the first release: older files stay valid)
OPTIONAL_SECTIONS = frozenset({"reply openers", "question cues", "continuing adverbs", "block headings",
                               "block cues", "briefing headings", "naming nouns",
                               "remarks headings", "title prepositions", "delivery notes", "briefing titles",
                               "hand-overs", "release titles",
                               "briefing greetings", "meeting verbs", "document nouns",
                               "sending verbs", "salutation words", "speech nouns", "guest nouns",
                               "term markers", "exchange introductions", "account openers",
                               "briefing verbs", "credit verbs", "occasion phrases", "opening verbs",
                               "answer cues", "interviewer cues"})


@dataclass(frozen=True)
class StatementWords:
    """``adverbs``: may stand between a comma and a cue ("Lavrov, also, said"); ``clause_openers``: a
    clause follows the verb ("said the talks ..."); ``object_pronouns``: "will call him" is no cue for
    verbs flagged ``noobj``; ``adverbial_openers``: open an adverbial segment ("However, ..."; phrases
    keep their spaces: "in turn"); ``determiners``: make a following base or -s form a noun ("the
    reports"); ``naming_verbs``: a short title-case quotation after them is a name ('dubbed "..."');
    ``reply_openers``: a sentence opening "To which she said" is her reply; ``question_cues``: quoted
    words in a question clause ('When asked if Russia has an "exit strategy," Lavrov said') are the
    question's, not the answerer's; ``continuing_adverbs``: "he also said" carries on the previous
    speaker; ``block_headings``: "The below is attributable to Spokesperson X:" gives the paragraphs
    after it to X; ``block_cues``: a paragraph that ends "A Downing Street spokesperson said:" or "The
    Department of State released the following statement:" heads a block the same way;
    ``briefing_headings``: "The following is a transcript of today's noon briefing by X, Spokesperson."
    gives the briefing's body to X; ``naming_nouns``: 'the "Release of diplomatic records" page' (a
    quotation between a determiner and one of these nouns) is a name; ``remarks_headings``: a title
    "Remarks by X at the press conference" gives a first-person body to X (``title_prepositions``,
    capitalised, end X's phrase in a title-case title: "... of Indonesia Ahead of Departure"), and
    ``delivery_notes``
    ("Check against delivery!") are the transcript's notes, nobody's words; ``briefing_titles``: a title
    "Spokesperson's Press Briefing" lets a header line naming a person name the briefer;
    ``hand_overs``: a moderator's "With that, over to you, Mr. Secretary." ends the moderator's turn;
    ``release_titles``: a title line "Press Release Regarding ..." over an issuer's line makes a body in
    the first person plural the issuer's; ``briefing_greetings``: a body opening "Dear media, ..." is a
    briefing's; ``meeting_verbs``: "Pandor meets diplomats, appeals for ..." gives the cue after the comma
    the subject before the meeting verb; ``document_nouns`` and ``sending_verbs``: a paragraph "The message
    reads, in part:" cues a quotation of the author the text names before it ("Putin sent a message ...");
    ``salutation_words``: short lines opening a speech ("Members of the press") are the speaker's;
    ``speech_nouns``: "allegations by X that ...", "X's claim that ..." are X's words.
    ``guest_nouns``: "welcomed delegations" greets guests (a verb flagged ``greet``), no statement;
    ``term_markers``: a quotation right after "so-called" or "what was termed a" is a term, nobody's words.
    ``credit_verbs``: the cue of the sentence right after a paragraph that is only a quotation, with no
    speaker before it, credits the quotation to its speaker ("“...”" / "Spokesperson X said in a statement").
    ``occasion_phrases``: "took the floor to say that ...", "turned to the cameras to say: ..." make the
    infinitive after them the subject's speech act; ``opening_verbs``: "Spokesperson X started the press
    conference with the following announcements:" heads a block of X's words; ``answer_cues``: "She
    answers:", "Answer:" opening a paragraph after an interview's question introduce the interviewee's
    answer; ``interviewer_cues``: "in an interview with the Tico Times", "X told ZDF" name the outlet that
    asks the questions.
    (The section names of the file, see :data:`SECTIONS`.)"""

    adverbs: frozenset[str]
    clause_openers: frozenset[str]
    object_pronouns: frozenset[str]
    adverbial_openers: frozenset[str]
    determiners: frozenset[str]
    naming_verbs: frozenset[str]
    reply_openers: frozenset[str] = frozenset()
    question_cues: frozenset[str] = frozenset()
    continuing_adverbs: frozenset[str] = frozenset()
    block_headings: frozenset[str] = frozenset()
    block_cues: frozenset[str] = frozenset()
    briefing_headings: frozenset[str] = frozenset()
    naming_nouns: frozenset[str] = frozenset()
    remarks_headings: frozenset[str] = frozenset()
    title_prepositions: frozenset[str] = frozenset()
    delivery_notes: frozenset[str] = frozenset()
    briefing_titles: frozenset[str] = frozenset()
    hand_overs: frozenset[str] = frozenset()
    release_titles: frozenset[str] = frozenset()
    briefing_greetings: frozenset[str] = frozenset()
    meeting_verbs: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    salutation_words: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    guest_nouns: frozenset[str] = frozenset()
    term_markers: frozenset[str] = frozenset()
    exchange_introductions: frozenset[str] = frozenset()
    account_openers: frozenset[str] = frozenset()
    briefing_verbs: frozenset[str] = frozenset()
    credit_verbs: frozenset[str] = frozenset()
    occasion_phrases: frozenset[str] = frozenset()
    opening_verbs: frozenset[str] = frozenset()
    answer_cues: frozenset[str] = frozenset()
    interviewer_cues: frozenset[str] = frozenset()


def parse_statement_words(text: str, path: object = None) -> StatementWords:
    """Parse the ``statement_words.txt`` format: ``[section]`` lines, then one word a line."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            if current not in SECTIONS:
                known = ", ".join(f"[{s}]" for s in SECTIONS)
                raise InputError(f"unknown section [{current}] in statement words", path, f"use {known}")
            found.setdefault(current, [])
        elif line:
            if current is None:
                raise InputError("statement word before any [section]", path, "start with [adverbs]")
            found[current].extend(" ".join(w.lower().split()) for w in parse_list(line))
    missing = [s for s in SECTIONS if not found.get(s) and s not in OPTIONAL_SECTIONS]
    if missing:
        raise InputError(
            f"statement words lack section(s) {', '.join(missing)}", path, "see lexicons/statement_words.txt"
        )
    return StatementWords(**{SECTIONS[s]: frozenset(ws) for s, ws in found.items()})


def load_statement_words(path: str | os.PathLike[str] | None = None) -> StatementWords:
    """The statement rules' word lists: the package's ``statement_words.txt`` or the user's file (read
    each call: :data:`helpers.attribution.cues.WORDS` keeps the package's lists)."""
    p = Path(path) if path is not None else package_file("statement_words.txt")
    return parse_statement_words(read_text_file(p, what="statement words"), p)
