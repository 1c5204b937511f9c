"""The layout of a text: paragraphs, headline, standfirst, dateline and sub-headings.

Plain text, Markdown, HTML and transcripts share these rules; :func:`layout` is the one function that
applies them. Every rule looks at shape, not content (no list is written for one article):

* **Paragraphs** (:func:`paragraph_spans`). Blank lines separate blocks. A block whose lines break
  mid-sentence (most lines end without final punctuation, as in hard-wrapped speeches) is one paragraph;
  otherwise every line of the block is a paragraph of its own (news wires often put one paragraph per line),
  as are title and address lines over such one-line paragraphs (:func:`title_lines_over_body`).
* **Headline** (:func:`is_headline`). The first paragraph when it is a single short line (at most 30 words,
  250 characters) that does not end with a full stop, colon, comma or semicolon, starts with a letter or
  digit, is no dateline and is followed by more text.
* **Dateline** (:func:`find_dateline`, rules in :data:`DATELINE_RULES`). At the start of one of the first
  three paragraphs after the headline: a place with a date and/or an agency ("MOSCOW, December 7. /TASS/.",
  "KYIV. Sept 8 (Interfax-Ukraine) –", "Ulaanbaatar /MONTSAME/"), a place in capitals before a dash
  ("NAIROBI, Kenya Apr 27 –"), or a known place before a colon ("DOHA:", "Abu Dhabi:"; a name before a
  colon is a speaker label, so this one shape asks the gazetteer: :func:`known_place`).
* **Standfirst.** Paragraphs between the headline and the dateline; without a dateline, the paragraph
  after the headline when it is a single line of at most 60 words without final sentence punctuation.
* **Sub-headings** (:func:`is_heading`). Later single-line paragraphs of at most 12 words and 100
  characters that start with a capital or digit, have no final punctuation and are followed by more text
  that is not such a line itself.

Other formats pass *blocks* with hints (:data:`H1`, :data:`HEADING`, :data:`BODY`, :data:`TURN`, or None:
decide by the rules above); see :func:`layout`.

A house style's datelines: :data:`DATELINE_RULES` is an ordered list of :class:`DatelineRule` (a name,
a regular expression with the groups ``places``, ``date`` and ``agency``); the first that matches wins.
Append your own (``DATELINE_RULES.append(DatelineRule("my agency", re.compile(...)))``) and reload the
article: ``load_article(path).dateline`` shows the effect; print the rules with
``for r in DATELINE_RULES: print(r.name, r.pattern.pattern)``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .letters import cased
from .lexicons.gazetteer import load_gazetteer

#: Marks that end a line of finished text (a line ending otherwise is a hard wrap or a heading).
FINAL_PUNCT = tuple('.!?:;,…"”»’\')]')
#: Marks that end a sentence.
SENTENCE_END = tuple(".!?…")

# Paragraph kinds (the ``kind`` column of ``Article.paragraphs``).
HEADLINE = "headline"
STANDFIRST = "standfirst"
HEADING = "heading"
BODY = "body"

# Block hints other formats give :func:`layout`: HEADING (a heading by its markup: ``<h2>``, ``## ...``),
# BODY (the markup says it is not a heading), and:
#: A first-level heading (the headline when it is the first block, else a heading).
H1 = "h1"
#: A transcript turn: body, never headline, standfirst, dateline or heading.
TURN = "turn"
_MARKED = (H1, HEADING, TURN)  # hints that exclude a block from the standfirst and dateline rules

#: Limits of the shape rules (words and characters).
HEADLINE_MAX_WORDS, HEADLINE_MAX_CHARS = 30, 250
HEADING_MAX_WORDS, HEADING_MAX_CHARS = 12, 100
STANDFIRST_MAX_WORDS = 60
#: How many paragraphs after the headline may hold the dateline.
DATELINE_SEARCH = 3


@dataclass(frozen=True)
class Span:
    """A stretch of the article: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Dateline(Span):
    """The dateline unit with its fields (``places``, ``date`` and ``agency`` as written, or None)."""

    places: tuple[str, ...] = ()
    date: str | None = None
    agency: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's span and kind: headline, standfirst, heading or body."""

    start: int
    end: int
    kind: str


# ---------------------------------------------------------------------------------------------
# Datelines

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A date as datelines write it: "Dec. 7", "December 7, 2021", "7 December".
DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
#: A place: up to four capitalised words ("Kuala Lumpur").
PLACE = cased(r"[A-Z][A-Za-z.'’\-]*(?:\s[A-Z][A-Za-z.'’\-]*){0,3}")
#: A place in capitals ("UNITED NATIONS").
PLACE_CAPS = cased(r"[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3}")


def _places(place: str) -> str:
    """Several places joined by "/" ("MOSCOW/WASHINGTON"), captured as ``places``."""
    # A place starts at a word's first letter (a paragraph starts after a blank or markup): the look-behind
    # keeps a search from retrying inside a long run of capitals (quadratic).
    return cased(rf"(?P<places>(?<![A-Za-z]){place}(?:\s*/\s*{place})*)")


@dataclass(frozen=True)
class DatelineRule:
    """A named dateline pattern: groups ``places``, ``date`` and ``agency`` (each optional, or unmatched);
    ``check``, if given, must accept the places found (a shape that is a dateline only for a known place)."""

    name: str
    pattern: re.Pattern[str]
    check: Callable[[tuple[str, ...]], bool] | None = None


#: Kinds of the gazetteer (lexicons/gazetteer.txt) a dateline before a colon may name: "DOHA:", "Abu Dhabi:";
#: a country only in capitals ("KUWAIT:"); a title-case "Egypt:" opens a headline, not a dateline.
COLON_PLACE_KINDS = ("capital", "city")


@functools.cache
def _colon_places() -> tuple[frozenset[str], frozenset[str]]:
    """(cities and capitals, countries) of the package's gazetteer, lower-cased."""
    places = load_gazetteer()
    cities = frozenset(p.name.lower() for p in places if p.kind in COLON_PLACE_KINDS)
    return cities, frozenset(p.name.lower() for p in places if p.kind == "country")


def known_place(places: tuple[str, ...]) -> bool:
    """Is every place a city or capital of the gazetteer, or a country written in capitals? Several places
    in capitals joined by "/" need one known place ("GENEVA/CAIRO:": a wire's two datelines; no speaker
    label joins two names by a slash)."""
    cities, countries = _colon_places()
    known = [p.lower() in cities or (p.isupper() and p.lower() in countries) for p in places]
    if len(places) > 1 and all(p.isupper() for p in places):
        return any(known)
    return bool(places) and all(known)


#: An agency's name in capitals ("MONTSAME", "WANA").
AGENCY_CAPS = cased(r"[A-Z][A-Z\-]+(?:\s[A-Z][A-Z\-]+){0,2}")

#: The dateline rules, tried in order at the start of a paragraph; the first that matches wins.
DATELINE_RULES: list[DatelineRule] = [
    # MOSCOW/WASHINGTON, December 7. /TASS/.   |   LIMA, April 4, 2014/African Press Organization (APO)/ —
    # (a press-release distributor's name may take its initials in brackets, and a dash may end the dateline)
    DatelineRule("agency between slashes", re.compile(cased(
        rf"{_places(PLACE)}\s*,\s*(?P<date>{DATE})\s*\.?\s*"
        r"/\s*(?P<agency>[A-Z][A-Za-z\-]*(?:\s[A-Z][A-Za-z\-]*){0,3}(?:\s\([A-Z]{2,8}\))?)\s*/\s*\.?"
        r"(?:[ \t]*[-–—]+(?=\s))?"
    ))),
    # Ulaanbaatar /MONTSAME/   (no date; the agency in capitals)
    DatelineRule("place and agency between slashes", re.compile(cased(
        rf"{_places(PLACE)}\s*/(?P<agency>{AGENCY_CAPS})/\s*\.?(?=\s)"
    ))),
    # WASHINGTON, Dec 7 (Reuters) -   |   KYIV (AP) —   |   KYIV. Sept 8 (Interfax-Ukraine) –
    # BRIDGETOWN, Barbados (CMC) —   (a place in capitals may take its country in title case)
    DatelineRule("agency in brackets", re.compile(cased(
        rf"{_places(PLACE)}(?:\s*,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:\s*[,.]\s*(?P<date>{DATE}))?\s*"
        r"\((?P<agency>[A-Z][A-Za-z.&\- ]{0,30})\)\s*[-–—]+"
    ))),
    # BEIJING (Xinhua):   (a colon after the brackets only for a known place or a place in capitals: "S Ramesh
    # (CNA):" in a door-stop transcript is a journalist's label and the outlet)
    DatelineRule("agency in brackets and a colon", re.compile(cased(
        rf"{_places(PLACE)}(?:\s*[,.]\s*(?P<date>{DATE}))?\s*"
        r"\((?P<agency>[A-Z][A-Za-z.&\- ]{0,30})\)\s*:"
    )), check=lambda places: known_place(places) or all(p.isupper() for p in places)),
    # WANA (Sep 09) –   (an agency, the date in brackets)
    DatelineRule("agency and date in brackets", re.compile(cased(
        rf"(?<![A-Za-z])(?P<agency>{AGENCY_CAPS})\s*\((?P<date>{DATE})\)\s*[-–—]+(?=\s)"
    ))),
    # GENEVA, Dec. 7 —   |   UNITED NATIONS —   |   NAIROBI, Kenya Apr 27 –   |   MANILA, Philippines —
    # (a dash, not a colon: "LAVROV:" is a speaker label)
    DatelineRule("capitals and a dash", re.compile(cased(
        rf"{_places(PLACE_CAPS)}(?:\s*,\s*[A-Z][a-z]+\.?)?"
        rf"(?:\s*,?\s*(?P<date>{DATE}))?\s*[-–—]+(?=\s)"
    ))),
    # DOHA:   |   Abu Dhabi:   |   KUWAIT:   (a known place before a colon and a capital; not "LAVROV:")
    DatelineRule("known place and a colon", re.compile(cased(
        rf"{_places(PLACE)}\s*:(?=\s+[\"“‘'A-Z])"
    )), check=known_place),
]


def find_dateline(
    text: str, start: int, end: int, rules: Sequence[DatelineRule] | None = None
) -> Dateline | None:
    """A dateline at ``text[start:]`` (within ``end``) by the first rule that matches, or None.

    ``rules``: default :data:`DATELINE_RULES` (as it is at the time of the call).
    """
    for rule in DATELINE_RULES if rules is None else rules:
        m = rule.pattern.match(text, start, end)
        if m is None:
            continue
        a, b = m.start(), m.end()
        found = m.groupdict()
        places = tuple(p.strip() for p in (found.get("places") or "").split("/") if p.strip())
        if rule.check is not None and not rule.check(places):
            continue
        agency = (found.get("agency") or "").strip() or None
        return Dateline(a, b, text[a:b], places=places, date=found.get("date"), agency=agency)
    return None


# ---------------------------------------------------------------------------------------------
# Paragraphs


def blocks(text: str) -> list[list[tuple[int, int]]]:
    """Groups of consecutive non-empty lines (blocks are separated by blank lines).

    A line runs between line ends (``\\r\\n``, ``\\r`` or ``\\n``) and is kept as a ``(start, end)`` span
    without its surrounding white space; a line of white space only is blank. The text is cut at ``\\n``
    after ``\\r\\n`` became `` \\n`` and a lone ``\\r`` became ``\\n``: the same lines at the same offsets
    (that space is stripped with the rest), and one ``\\n`` per line end to count.
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    found: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0  # where the line starts
    breaks = 0  # line ends since the last non-empty line
    for line in text.split("\n"):
        body = line.lstrip()
        if body:
            if breaks >= 2 and current:
                found.append(current)
                current = []
            a = pos + len(line) - len(body)
            current.append((a, a + len(body.rstrip())))
            breaks = 0
        pos += len(line) + 1
        breaks += 1
    if current:
        found.append(current)
    return found


def is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Do the block's lines break mid-sentence (most inner lines end without final punctuation), unless
    they are :func:`title_lines_over_body`?"""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    open_ended = sum(1 for a, b in inner if not text[a:b].endswith(FINAL_PUNCT))
    return open_ended * 2 > len(inner) and not title_lines_over_body(text, lines)


#: the fewest lines ending a sentence under a block's title lines that make it a body of one-line paragraphs
MIN_BODY_LINES = 2
#: a line opening with a speaker's label: capitalised words (an office with "of", "for", "and", "the"; a name
#: after a comma; two offices joined by "/"), a colon and the words: one such line under a title is a turn of
#: its own, not a wrapped paragraph ("Doorstop interview, Honiara, Solomon Islands" / "Minister for
#: International Development and the Pacific, Pat Conroy: Well, it's a pleasure ...")
TURN_LINE_RE = re.compile(cased(
    r"(?<![\w.'’/\-])[A-Z][\w.'’/\-]*"
    r"(?:,?[ \t]+(?:(?:of|for|and|the)[ \t]+){0,2}[A-Z][\w.'’/\-]*){0,11}:[ \t]+[\"“A-Z]"
))


def title_lines_over_body(text: str, lines: list[tuple[int, int]]) -> bool:
    """A block of title and address lines over paragraphs one per line, not one wrapped paragraph:
    it opens with lines without final punctuation, each followed by a line opening with a capital
    ("Remarks by Minister X on the occasion of ..." / "Deputy Minister ..., Ms Y" / "Members of the press"),
    and every line after them ends a sentence (at least :data:`MIN_BODY_LINES`, or one that opens with a
    speaker's label, :data:`TURN_LINE_RE`), the first longer than
    each opening line. A hard-wrapped paragraph cannot be so: its lines after one ending a sentence break
    mid-sentence again, and none is longer than the wrapping width."""
    k = 0
    while k < len(lines) and not text[lines[k][0] : lines[k][1]].endswith(FINAL_PUNCT):
        k += 1
    body = lines[k:]
    if k == 0 or (len(body) < MIN_BODY_LINES and not (body and TURN_LINE_RE.match(text, body[0][0]))):
        return False
    if not all(text[a:b].endswith(FINAL_PUNCT) for a, b in body):
        return False
    if not all(text[a].isupper() for a, _ in lines[1 : k + 1]):
        return False
    return max(b - a for a, b in lines[:k]) < body[0][1] - body[0][0]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph: a wrapped block is one, else each line of a block is one; a
    paragraph is cut where a line's label is glued to the end of a sentence (:func:`glued_label_cuts`)."""
    spans = []
    for block in blocks(text):
        if is_wrapped(text, block):
            spans.extend(wrapped_paragraphs(text, block))
        else:
            spans.extend(joined_wraps(text, block))
    return glued_label_cuts(text, spans)


#: how a line broken inside a sentence ends: a word, a comma or a dash ("... but it" / "... of it," /
#: "... al-Qaida —"), never a sentence's end, a colon or a semicolon (a list may follow those)
_OPEN_END_RE = re.compile(r"[\w,\-–—]$")


def joined_wraps(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a block of one-line paragraphs, with a line broken inside its sentence joined to the
    line after it: a line ending open (:data:`_OPEN_END_RE`) before a line opening with a lower-case
    letter carries on one sentence, the copy's hard wrap of a transcript's turn ("QUESTION: ... I'd ask you
    about your weekend, but it" / "probably already seems like a long time ago."); a new paragraph, a
    speaker's label or a heading opens with a capital, a digit or a mark."""
    out = [lines[0]]
    for a, b in lines[1:]:
        p, q = out[-1]
        if text[a].islower() and _OPEN_END_RE.search(text, p, q):
            out[-1] = (p, b)
        else:
            out.append((a, b))
    return out


#: the narrowest wrap whose short lines are read as paragraph ends: a copy broken every ~290 characters is a
#: site's artefact over one-line paragraphs; a speech wrapped at 50-180 characters (PDF columns) breaks lines
#: anywhere, after "I salute the" or "Thanks be to the almighty" as well
WIDE_WRAP_CHARS = 200
#: a line of a hard-wrapped block shorter than this share of the block's widest line, with room for the next
#: line's first word, ends a paragraph: a wrap would have put that word on it
SHORT_LINE_SHARE = 0.75


#: the most words of a title line inside a hard-wrapped block ("UNHCR warns of growing asylum crisis in ...")
TITLE_LINE_WORDS = 20
#: words a title line does not end with: a line ending so breaks a sentence ("... launched by the")
_RUNS_ON_RE = re.compile(
    r"(?i:\b(?:the|a|an|of|to|that|as|by|and|or|in|for|with|on|at|from|which|who|is|are))$"
)


#: a numbered paragraph's opening ("39.\tSierra Leone welcomes ..."): body text, no title
_NUMBERED_RE = re.compile(r"\d{1,3}\.\s")


def title_line(line: str) -> bool:
    """A line of a wrapped block that can be a title of its own: it opens with a capital or digit (not a
    paragraph's number), ends
    without final punctuation and not with a word that runs on ("the", "of", "that"), and has at most
    :data:`TITLE_LINE_WORDS` words."""
    if not (line[:1].isupper() or line[:1].isdigit()) or _NUMBERED_RE.match(line):
        return False
    if line.endswith(FINAL_PUNCT) or _RUNS_ON_RE.search(line) is not None:
        return False
    return len(line.split()) <= TITLE_LINE_WORDS


def wrapped_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of a hard-wrapped block: a wrap at least :data:`WIDE_WRAP_CHARS` wide (the widest line)
    fills each line to that width, so a
    line with room left for the next line's first word (:data:`SHORT_LINE_SHARE`), before a line opening
    with a capital or digit, ends a paragraph or is a title line of its own: "Briefing Notes, 10 July 2015"
    / "BRIEFER: X, UNHCR Spokesperson" / a headline over a body copied with breaks every ~290 characters.
    A short line without final punctuation after a sentence's end is a heading of its own ("... Summit." /
    "Henley By-Election"): a paragraph's last line ends its sentence. A line ending in a comma, colon or
    semicolon runs on ("At the outset," / "I would like to ..."); an open line ends a paragraph only when
    it opens one and is a :func:`title_line`."""
    width = max(b - a for a, b in lines)
    if width < WIDE_WRAP_CHARS:
        return label_line_cuts(text, lines)
    short = SHORT_LINE_SHARE * width
    out, start = [], lines[0][0]
    for (a, b), (c, d) in itertools.pairwise(lines):
        first, line = text[c:d].split(maxsplit=1)[0], text[a:b]
        capital = first[0].isupper() or first[0].isdigit()
        heading = line.endswith(SENTENCE_END) and d - c <= short and title_line(text[c:d])
        ends = line.endswith(SENTENCE_END) or (a == start and title_line(line))  # ("At the outset," runs on)
        if capital and ends and ((b - a) + 1 + len(first) <= short or heading):
            out.append((start, b))
            start = c
    out.append((start, lines[-1][1]))
    return out


#: a line that is a speaker's label alone, its words on the lines below: capitalised words (a name, an office
#: with "of", "for", "and", "the"), a role after a comma, and a colon ending the line ("Dr Amado:",
#: "Dr Nkosazana Dlamini Zuma, South African Minister of Foreign Affairs:")
OWN_LABEL_LINE_RE = re.compile(cased(
    r"(?<![\w.'’\-])[A-Z][\w.'’\-]*(?:,?[ \t]+(?:(?:of|for|and|the)[ \t]+){0,2}[A-Z][\w.'’\-]*){0,11}"
    r"[ \t]*:[ \t]*"
))


def label_line_cuts(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A narrow hard-wrapped block (a briefing transcript copied from a PDF) is one paragraph, except that a
    line holding only a speaker's label (:data:`OWN_LABEL_LINE_RE`) opens a paragraph: the turn's words run
    on the wrapped lines below it, to the next such line. So does a label the wrap broke over two lines
    (:func:`split_label_break`), from its first line, when the line before it ends a sentence or is a
    :func:`title_line`: "Riyadh" / "Prince" / "Saud Al-Faisal: In the Name of Allah, ...", and a line that
    reopens a quotation left open at a sentence's end (:func:`reopened_quotation`). So does a line opening
    with a label in capitals after a line that ends a sentence or is a title (:func:`_capitals_label_line`):
    "President Bush and Prime Minister Yasuo Fukuda of Japan in Joint Statements" / "PRESIDENT BUSH: Mr.
    Prime Minister, welcome to the White House." / "I really appreciate ... I'm looking" / "forward ..."."""
    out, start = [], lines[0][0]
    for (p, q), (a, b) in itertools.pairwise(lines):
        if OWN_LABEL_LINE_RE.fullmatch(text, a, b) or reopened_quotation(text, start, q, a) or (
            (split_label_break(text, a) is not None or _capitals_label_line(text, a, b))
            and _ends_before(text[p:q])
        ):
            out.append((start, _end_before(text, start, a)))
            start = a
    out.append((start, lines[-1][1]))
    return out


def _capitals_label_line(text: str, a: int, b: int) -> bool:
    """The line ``a``-``b`` opens with a speaker's label in capitals (:data:`LINE_LABEL_RE`, read by
    :func:`_capitals_label`: "PRESIDENT BUSH: Mr. Prime Minister, ...", "Q: ..."), the turn's words after
    it."""
    m = LINE_LABEL_RE.match(text, a, b)
    return m is not None and _capitals_label(m.group())


#: a double quotation mark (a quotation opened and not closed leaves an odd count)
_DOUBLE_MARK_RE = re.compile("[\"“”]")


def reopened_quotation(text: str, start: int, q: int, a: int) -> bool:
    """The line at ``a`` reopens a quotation run on over paragraphs: the text since ``start`` leaves a
    quotation open at a sentence's end (an odd count of double marks, ending at ``q`` in ".", "!" or "?"),
    and the line opens with a mark and a capital: '"During the visit, ... will discuss' / 'mutual
    concern.' / '"It is expected that ...," the statement said.' (a press statement quoted in a wire)."""
    if not text[start:q].endswith(SENTENCE_END) or len(_DOUBLE_MARK_RE.findall(text, start, q)) % 2 == 0:
        return False
    return text[a] in "\"“" and text[a + 1 : a + 2].isupper()


def _ends_before(line: str) -> bool:
    """The line ends a sentence or is a title of its own: what follows may open a paragraph."""
    return line.endswith(FINAL_PUNCT) or title_line(line)


#: a speaker's label broken over two lines by a hard wrap: its first words (a title, an honorific) alone on
#: a line, the rest of the name, the colon and the turn's words opening the next ("Prince" / "Saud
#: Al-Faisal: In the Name of Allah, ..."; a ministry's page copied with breaks every few words)
_SPLIT_LABEL_RE = re.compile(cased(
    r"(?<![\w.'’\-])[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2}[ \t]*\n[ \t]*"
    r"[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}:[ \t]+[\"“A-Z]"
))


def split_label_break(text: str, a: int) -> int | None:
    """Where a hard wrap breaks the speaker's label that opens the line at ``a`` over two lines
    (:data:`_SPLIT_LABEL_RE`: "Prince" / "Saud Al-Faisal: In the ..."), the offset of that line break;
    None when no label opens there so broken. Read with that break as a blank, the label is one."""
    if _SPLIT_LABEL_RE.match(text, a) is None:
        return None
    return text.index("\n", a)


def _end_before(text: str, start: int, a: int) -> int:
    """The end of the text before ``a`` with the line break and blanks before it left out (never before
    ``start``)."""
    while a > start and text[a - 1] in " \t\r\n":
        a -= 1
    return a


#: a speaker's label opening a line: up to four capitalised words (two offices joined by "/") before ": "
LINE_LABEL_RE = re.compile(cased(r"(?<![\w.'’/\-])[A-Z][\w.'’/\-]*(?:[ \t]+[A-Z][\w.'’/\-]*){0,3}(?=:[ \t])"))
#: a sentence's final mark with a capital glued to it, no space between: where a lost line break may be
_GLUED_RE = re.compile(cased(r"(?<=[a-z)”’\"][?!.])(?=[A-Z])"))


def glued_label_cuts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A label that opens a line of the text, written again right after a sentence's final mark with no
    space ("... on North Korea's actions?DPM/Minister: That is something ..." where "DPM/Minister:" opens
    the first answer's line), opens a paragraph: the source lost the line break between two turns. So does a
    label run on after a sentence's end inside a paragraph (:func:`run_on_label_cuts`)."""
    labels = {m.group() for a, b in spans if (m := LINE_LABEL_RE.match(text, a, b))}
    cuts = run_on_label_cuts(text, spans, labels)
    for a, b in spans:
        for g in _GLUED_RE.finditer(text, a + 1, b) if labels else ():
            m = LINE_LABEL_RE.match(text, g.start(), b)
            if m is not None and m.group() in labels:
                cuts.add(g.start())
    if not cuts:
        return spans
    out = []
    for a, b in spans:
        for c in sorted(c for c in cuts if a < c < b):
            out.append((a, _end_before(text, a, c)))
            a = c
        out.append((a, b))
    return out


#: a sentence's end inside a paragraph (a closing quotation mark or bracket allowed) and the blanks after it,
#: or a line break inside it, before a capital: where a copy that lost its line breaks may run one turn into
#: the next. A full stop after a word in capitals closes an abbreviation, no sentence ("ALEXIS ROMERO/PHIL.
#: STAR:", "SEC. PANELO:")
_SENTENCE_GAP_RE = re.compile(cased(
    r"(?:(?<![A-Z][A-Z])(?<![^\w][A-Z])[?!.][\"”’)]?[ \t]+|\n[ \t]*)(?=[A-Z])"
))
#: a page header's date run on before the first label in one paragraph ("... Luanda, Angola January 25, 2024
#: MODERATOR: (Via interpreter) ..."): a month's name, the day, a comma and the year, then blanks before a
#: capital. Read only for a label in capitals (:func:`run_on_label_cuts`)
_DATE_GAP_RE = re.compile(cased(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+\d{1,2},[ \t]+\d{4}[ \t]+(?=[A-Z])"
))
#: a full name of two or three capitalised words in mixed case before a colon ("Enrique Manalo: I can ...")
_NAME_LABEL_RE = re.compile(cased(r"[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){1,2}(?=:[ \t])"))
#: a full-name label glued to a section heading that lost its line break ("On Philippines-US relationsBea
#: Cupin: By the end ..."): a small letter, then the name's capital
_HEADING_GLUE_RE = re.compile(cased(
    r"(?<=[a-z])(?=[A-Z][a-z][\w'’\-]*[ \t]+[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*)?:[ \t])"
))


def _capitals_label(label: str) -> bool:
    """A label in capitals of at least two letters ("THE PRESIDENT", "G. KATROUGALOS"), or the question's or
    answer's letter ("Q", "A")."""
    letters = [c for c in label if c.isalpha()]
    return (len(letters) >= 2 or label in ("Q", "A")) and all(c.isupper() for c in letters)


def run_on_label_cuts(text: str, spans: list[tuple[int, int]], labels: set[str]) -> set[int]:
    """Where a speaker's label runs on inside a paragraph after a sentence's end (a copy that lost the line
    breaks between turns: "... results of these meetings? G. KATROUGALOS: Our discussion ...", "... talks with
    the U.S.? THE PRESIDENT: Maybe ..."), the label's offset: a label that opens a line of the text too, or a
    label in capitals where some label opens a line (or two such labels differ), also after a page header's
date ("Luanda, Angola January 25, 2024 MODERATOR: ..."); and full names in mixed
    case ("... in the context of the second Trump presidency? Enrique Manalo: I can only ...") where two such
    names differ and the text names each elsewhere too, one glued to a heading allowed ("On Philippines-US
    relationsBea Cupin: By ..."). Prose with a colon stays whole ("The message was clear: ...")."""
    caps: dict[int, str] = {}
    names: dict[int, str] = {}
    cuts: set[int] = set()
    for a, b in spans:
        if text.find(":", a, b) < 0:  # every label ends in a colon: a paragraph without one has none
            continue
        gaps = [g.end() for g in _SENTENCE_GAP_RE.finditer(text, a, b)]
        for p in [*gaps, *(g.end() for g in _DATE_GAP_RE.finditer(text, a, b))]:
            m = LINE_LABEL_RE.match(text, p, b)
            if m is None:
                continue
            if m.group() in labels:
                cuts.add(p)
            elif _capitals_label(m.group()):
                caps[p] = m.group()
        for p in [*gaps, *(g.start() for g in _HEADING_GLUE_RE.finditer(text, a, b))]:
            m = _NAME_LABEL_RE.match(text, p, b)
            if m is not None and m.group() not in labels and _named_apart(text, m.group()):
                names[p] = m.group()
    if labels or len(set(caps.values())) >= 2:
        cuts.update(caps)
    if len(set(names.values())) >= 2:
        cuts.update(names)
    return cuts


def _named_apart(text: str, name: str) -> bool:
    """The text writes ``name`` somewhere not as a label (not before a colon): the person it names."""
    return any(not text.startswith(":", m.end())
               for m in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w'’\-])", text))


def word_count(s: str) -> int:
    """Words separated by white space."""
    return len(s.split())


def single_line(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` one line?"""
    return text.find("\n", a, b) < 0 and text.find("\r", a, b) < 0


def is_headline(text: str, a: int, b: int) -> bool:
    """Could ``text[a:b]`` be a headline? "Putin and Biden hold video call" yes; "They met." no."""
    if b - a > HEADLINE_MAX_CHARS:  # the cheap test first: no copy of a long paragraph
        return False
    s = text[a:b]
    return (
        single_line(text, a, b)
        and word_count(s) <= HEADLINE_MAX_WORDS
        and not s.endswith((".", ":", ",", ";"))
        and s[0].isalnum()
    )


def is_heading(text: str, a: int, b: int) -> bool:
    """Could ``text[a:b]`` be a sub-heading? "Strategic stability" yes; "Strategic stability." no."""
    if b - a > HEADING_MAX_CHARS:  # the cheap test first: no copy of a long paragraph
        return False
    s = text[a:b]
    return (
        single_line(text, a, b)
        and word_count(s) <= HEADING_MAX_WORDS
        and not s.endswith(FINAL_PUNCT)
        and (s[0].isupper() or s[0].isdigit())
    )


def is_standfirst_line(text: str, a: int, b: int) -> bool:
    """Could ``text[a:b]``, right after the headline, be the standfirst (no dateline found)?"""
    s = text[a:b]
    return single_line(text, a, b) and word_count(s) <= STANDFIRST_MAX_WORDS and not s.endswith(SENTENCE_END)


# ---------------------------------------------------------------------------------------------
# The layout

#: ``(start, end, hint)``: a block of a rendered format and what its markup says it is (None: unknown).
Block = tuple[int, int, "str | None"]
#: What :class:`helpers.article.Article` takes as ``layout=``: text -> (paragraphs, dateline).
LayoutFunction = Callable[[str], "tuple[list[Paragraph], Dateline | None]"]


def layout(text: str, hinted: Sequence[Block] | None = None) -> tuple[list[Paragraph], Dateline | None]:
    """The paragraphs of ``text`` with their kinds, and the dateline (see the module docstring).

    ``hinted``: the blocks of a rendered format, ``(start, end, hint)`` with hint :data:`H1` (headline when
    first, else a heading), :data:`HEADING`, :data:`BODY` (never a heading), :data:`TURN` (a transcript
    turn: body, never a heading, standfirst or dateline) or None (decided by the plain-text rules). Without
    it the text's own :func:`paragraph_spans` are used, every hint None.
    """
    if hinted is None:
        spans = paragraph_spans(text)
        hints: list[str | None] = [None] * len(spans)
    else:
        spans = [(a, b) for a, b, _ in hinted]
        hints = [h for _, _, h in hinted]
    kinds = [BODY] * len(spans)
    first_body = _headline(text, spans, hints, kinds)
    dateline = None
    for i in range(first_body, min(first_body + DATELINE_SEARCH, len(spans))):
        if hints[i] in _MARKED:
            continue
        dateline = find_dateline(text, *spans[i])
        if dateline is not None:
            if kinds[0] == HEADLINE:
                for j in range(1, i):
                    if hints[j] not in _MARKED:
                        kinds[j] = STANDFIRST
            first_body = i
            break
    second_free = len(spans) > 2 and hints[1] not in _MARKED
    if dateline is None and kinds[0] == HEADLINE and second_free and is_standfirst_line(text, *spans[1]):
        kinds[1] = STANDFIRST
        first_body = 2
    # Plain text never takes the first body paragraph for a heading; with blocks given (transcripts are
    # the only format with unhinted blocks) it may be one. Kept as it was: outputs stay the same.
    _headings(text, spans, hints, kinds, first_body, first_body if hinted is not None else first_body + 1)
    return [Paragraph(a, b, k) for (a, b), k in zip(spans, kinds, strict=True)], dateline


def _headline(text: str, spans: list[tuple[int, int]], hints: list[str | None], kinds: list[str]) -> int:
    """Mark the headline, if any; returns the index of the first paragraph after it."""
    if not spans:
        return 0
    a, b = spans[0]
    if hints[0] in (H1, HEADING) or (
        hints[0] is None and len(spans) > 1 and is_headline(text, a, b) and find_dateline(text, a, b) is None
    ):
        kinds[0] = HEADLINE
        return 1
    return 0


def _headings(
    text: str, spans: list[tuple[int, int]], hints: list[str | None], kinds: list[str], first_body: int,
    first_guess: int,
) -> None:
    """Mark the sub-headings from ``first_body`` on: those the markup names, and shape-guessed ones from
    ``first_guess`` on.

    A guessed heading is never the first or last paragraph, and is not followed by another such line.
    """
    last = len(spans) - 1
    for i in range(first_body, len(spans)):
        if kinds[i] != BODY:
            continue
        guess = (
            hints[i] is None
            and max(first_guess, 1) <= i < last
            and is_heading(text, *spans[i])
            and not (hints[i + 1] is None and is_heading(text, *spans[i + 1]))
        )
        if hints[i] in (H1, HEADING) or guess:
            kinds[i] = HEADING
