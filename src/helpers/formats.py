"""Other input formats: Markdown, HTML pages and transcripts with speaker labels.

``load_article(path)`` detects the format (:func:`detect_format`); ``load_article(path, format="html")``
(or ``--input-format html`` on the command line) forces it. Every format gives the same
:class:`~helpers.article.Article`, so every stage and every table works unchanged.

What ``Article.text`` is, per format (every offset of every table indexes it):

* ``text`` — the decoded file, exactly as before (this module is not involved).
* ``markdown`` — the **rendered plain text**: heading markers (``#``, setext underlines), emphasis
  markers (``*``/``_``), link targets (``[text](url)`` keeps ``text``), inline-code backticks, block-quote
  and list markers, HTML tags, front matter, fenced code blocks, reference definitions and horizontal
  rules are removed. Markdown headings become the article's headline (a first ``#`` heading) and section
  headings; every Markdown block is a paragraph; lines inside a block keep their line breaks.
* ``html`` — the **visible text**, extracted with the standard library's :mod:`html.parser`: ``script``,
  ``style``, ``noscript``, ``template``, ``head``, ``nav``, ``aside``, ``footer``, forms, ``svg``,
  ``iframe`` and elements marked ``hidden``/``aria-hidden="true"``/``display:none`` are dropped, as is a
  ``header`` outside ``article``/``main``. White space is collapsed as a browser would; character
  references are decoded. ``h1`` is the headline, ``h2``–``h6`` section headings, each block element
  (``p``, ``li``, ``div``, ``blockquote``, ``td``, ...) a paragraph.
* ``transcript`` — the decoded file, as for plain text. A line that starts with a speaker label
  (``MODERATOR:``, ``QUESTION:``, ``SECRETARY BLINKEN:``, ``MS. PSAKI:``, ``Mr. Peskov:``, ``Q:``) opens a
  turn that runs to the next label; a label line always starts a new paragraph and is never taken for a
  heading (one pattern, ``_LABEL_RE``; the words that are never a label, the role labels and the
  honorifics dropped before a name are data: ``lexicons/transcript_labels.txt``, titles from
  ``lexicons/titles.txt``). The turns are ``Article.turns``; :func:`helpers.attribution.statements.statements`
  makes each turn a statement of its speaker, except the quotations and reported speech inside it that
  the speaker attributes to someone else (see :func:`transcript_statements`).

For Markdown and HTML, ``Article.source_offsets`` maps the text back to the file:
``source_offsets[i]`` is the offset in the decoded file of ``article.text[i]`` (one extra entry at the
end), and :func:`source_span` turns a (start, end) of any table into a span of the file. For plain text
and transcripts it is None (the text *is* the file).

Tables:

``Article.turns`` (``transcript_turns(article)``) — one row per turn, empty for other formats:
    turn_id; speaker_label (the label as written, without the colon); speaker (the name the label gives,
    honorific and title dropped, upgraded to the full name when the text names that person once:
    "MS. PSAKI" → "Jen Psaki"; a role-only label gives the role: "Moderator", "Spokesperson"; ``Q``/
    ``QUESTION`` gives "Questioner"); role (the title in the label, lower case, "" when none);
    speaker_type (person, or anonymous for role-only labels and questioners); label_start, label_end
    (the label); start, end, text (the turn's words after the label: ``article.text[start:end] == text``).
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .layout import (
    FINAL_PUNCT,
    TURN,
    Block,
    Dateline,
    Paragraph,
    is_heading,
    known_place,
    layout,
    paragraph_spans,
)
from .letters import cased
from .lexicons import stopwords as load_stopwords
from .lexicons.names import load_names
from .lexicons.statements import load_statement_words
from .lexicons.text import load_transcript_labels
from .lexicons.titles import load_titles
from .lexicons.verbs import load_verbs
from .tables import frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .article import Article

FORMATS = ("text", "markdown", "html", "transcript")
#: Accepted spellings of the formats (``--input-format md`` etc.).
ALIASES = {
    "auto": None, "text": "text", "txt": "text", "plain": "text", "markdown": "markdown", "md": "markdown",
    "html": "html", "htm": "html", "transcript": "transcript",
}
TURN_COLUMNS = [
    "turn_id", "speaker_label", "speaker", "role", "speaker_type", "label_start", "label_end", "start", "end",
    "text",
]
_SUFFIX = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown", ".markdown": "markdown",
           ".mdown": "markdown", ".mkd": "markdown"}


def normalise_format(fmt: str | None, path: Path | None = None) -> str | None:
    """``fmt`` as one of :data:`FORMATS` (None for automatic detection), or an InputError."""
    if fmt is None:
        return None
    key = str(fmt).strip().lower()
    if key not in ALIASES:
        raise InputError(f"unknown input format {fmt!r}", path, f"use one of: auto, {', '.join(FORMATS)}")
    return ALIASES[key]


# ---------------------------------------------------------------------------------------------
# Detection

# \A: used with match() on the start of the text only; anchored, a search cannot try every position.
_HTML_START_RE = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
                            re.IGNORECASE | re.DOTALL)
_HTML_TAG_RE = re.compile(r"<(?:p|div|br|span|a|h[1-6]|li|body|article|section)[\s>/]", re.IGNORECASE)
_MD_HEADING_RE = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
# A link's text holds no bracket and its target no bracket or space, so each scan stops at the next one and
# a line of "[" or of "[a](" costs linear time (text up to any "]", scanned from every "[", was quadratic:
# 84 s on 200 KB). Only the number of matches is used: nested brackets in a link's text are rare.
_MD_SIGNAL_RE = re.compile(
    r"\[[^\[\]\n]+\]\([^)\s\[\]]+\)|^ {0,3}```|"
    r"^[^\n]+\n ?(?:=+|-{3,})[ \t]*$",
    re.MULTILINE,
)


def detect_format(text: str, path: str | Path | None = None) -> str:
    """The format of ``text``: "html", "transcript", "markdown" or "text".

    A ``.html``/``.htm`` file is HTML and a ``.md``/``.markdown`` file Markdown whatever it holds;
    otherwise the content decides, in this order: HTML (starts with a doctype or ``<html>``, or starts
    with a tag and holds several block tags); a transcript (at least three lines open with a speaker
    label and at least two labels differ, or one label recurs in a text with questions); Markdown (a
    ``#`` heading line, or at least two of: links ``[text](url)``, fenced code, setext underlines; bold
    ``**...**`` alone is not enough: some plain-text speeches use it); else plain text.
    """
    if path is not None:
        fmt = _SUFFIX.get(Path(path).suffix.lower())
        if fmt:
            return fmt
    head = text[:200_000]
    if _HTML_START_RE.match(head) or (head.lstrip().startswith("<") and len(_HTML_TAG_RE.findall(head)) >= 3):
        return "html"
    labels = _label_lines(head)
    distinct = {lab[3] for lab in labels}
    if len(labels) >= 3 and (len(distinct) >= 2 or "Questioner" in distinct):
        return "transcript"
    if _question_and_answer(head, labels) or _office_exchange(labels) or _stop_dash_exchange(head, labels):
        return "transcript"
    if len(labels) >= 2 and stop_qa_family(head):  # "P. ...?" / "R. ...": one exchange is an interview
        return "transcript"
    if titled_transcript(head, labels):
        return "transcript"
    found = _label_lines(head, in_transcript=True)  # read once for both shapes below
    if titled_transcript(head, found) or (not labels and _one_answer_interview(head, found)):
        return "transcript"
    if "#" in head and _MD_HEADING_RE.search(head):
        return "markdown"
    if _md_signal_possible(head) and len(_MD_SIGNAL_RE.findall(head)) >= 2:
        return "markdown"
    return "text"


#: how far into the text a two-turn interview's question may start (after a title and a lead)
MAX_INTERVIEW_LEAD_CHARS = 400


def _question_and_answer(text: str, labels: list[tuple[int, int, str, str]]) -> bool:
    """A short interview of two labelled turns: an asker's question ("Reporter: ... could you, please,
    reveal some results of the visits?") and the answer under another label ("Deputy Minister of Foreign
    Affairs Dang Dinh Quy: The visits of ..."), its later paragraphs unlabelled. The question opens the text
    (a title or a lead before it at most): a question and answer after a speech's text is a stakeout's
    closing exchange, not an interview. The answer's label names a person (a role alone, "Minister:", is
    left to the plain reading, which finds the holder in the title)."""
    if len(labels) != 2 or labels[0][0] > MAX_INTERVIEW_LEAD_CHARS:
        return False
    if labels[0][3] not in ASKER_SPEAKERS | {"Questioner"} or labels[1][3] == labels[0][3]:
        return False
    if parse_label(labels[1][2])[2] != "person":
        return False  # "Question:" / "Minister:" or "Answer:": the plain reading finds who answers
    return "?" in text[labels[0][1]:labels[1][0]]


def _office_exchange(labels: list[tuple[int, int, str, str]]) -> bool:
    """An exchange of remarks of two office holders, each turn under a label of the office and the name
    ("President of the United States of America Donald Trump: Thank you very much." then "President of Russia
    Vladimir Putin: Mr President, ...", a Kremlin-style transcript of a meeting's opening): two labels of two
    people, each with a title and what it is "of" (a state or a portfolio), the first near the top (after a
    title and a lead). Labels of a title alone ("CHANCELLOR WEBER:") are left to the plain reading."""
    if len(labels) != 2 or labels[0][0] > MAX_INTERVIEW_LEAD_CHARS or labels[0][3] == labels[1][3]:
        return False
    parsed = [parse_label(lab[2]) for lab in labels]
    return all(kind == "person" and PORTFOLIO_JOINS & set(role.split()) for _speaker, role, kind in parsed)


def _stop_dash_exchange(text: str, labels: list[tuple[int, int, str, str]]) -> bool:
    """Turns labelled in the Spanish-language style, the speaker closed by a full stop and a dash
    ("Alejandro González (Moderator).- Good morning." then "Bruno Rodríguez.- Good morning.", a ministry's
    transcript in translation): two such labels of two speakers make a transcript, as three colon labels
    do (a name opening a line before ".- " is never a sentence's start)."""
    dashed = [lab for lab in labels if re.search(r"\.[-–—]\s*$", text[lab[0]:lab[1]])]
    return len(dashed) >= 2 and len({lab[3] for lab in dashed}) >= 2


def _one_answer_interview(text: str, found: list[tuple[int, int, str, str]]) -> bool:
    """A printed interview of one question and its answer: the question paragraph (numbered or not,
    "1. During their visits to ... How do you evaluate ...?") near the top, then a person's name alone on
    its line ("Wang Yi:"), a name the lead writes too, over the answer's paragraphs. ``found``: the text's
    labels read as a transcript's (``_label_lines(text, in_transcript=True)``)."""
    if "?\n" not in text:
        return False
    if len(found) != 1 or parse_label(found[0][2])[2] != "person":
        return False
    start = found[0][0]
    if text[found[0][1]:].split("\n", 1)[0].strip():
        return False  # "Name: words" on the same line: a caption or a quote, not a label over a turn
    before = text[:start].rstrip()
    para = before.rfind("\n") + 1
    return before.endswith("?") and para <= MAX_INTERVIEW_LEAD_CHARS


#: the most words of a title line above a titled transcript's one label ("G8 Foreign Ministers Meeting:")
MAX_TITLE_LINE_WORDS = 12


def titled_opening_label(text: str, start: int, raw: str) -> bool:
    """One speaker's transcript under a title naming its genre: the label at ``start`` (``raw``, a
    person's name in mixed case, no place: "Moscow:" is a dateline) opens the first paragraph of the body
    with the turn's first words on its line, after title lines only (short lines without a sentence's final
    punctuation, one of them holding a word of ``[transcript titles]``: "G8 Foreign Ministers Meeting:" /
    "Press Conference" / "Moscow, June 29, 2006" over "Lavrov: On behalf of our group I would like to tell
    you ...", "–  Transcription –" over "Netanyahu: Good morning. ..."; a title word in the plural too:
    "Statements by the Prime Minister and ..."). Its turn runs to the text's end."""
    head = text[:start]
    if start > MAX_INTERVIEW_LEAD_CHARS or not head.strip() or not head.rstrip(" \t").endswith("\n\n"):
        return False
    if raw.isupper() or parse_label(raw)[2] != "person" or known_place(tuple(_label_words(raw))):
        return False  # ("STAFF:" / "BETWEEN" in capitals: a presenter handing over, a title's line)
    line_end = text.find("\n", start)
    if not text[start + len(raw):line_end if line_end >= 0 else len(text)].strip(" \t:*"):
        return False  # the turn's words start on the label's line
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    if any(_long_title_line(ln, raw) or ln.endswith((".", "!", "?", ",", ";")) for ln in lines):
        return False
    low = " ".join(" ".join(lines).lower().replace(":", " ").split())
    titles = load_transcript_labels().transcript_titles
    return any(re.search(rf"(?<!\w){re.escape(t)}s?(?!\w)", low) for t in titles)


#: the most words of a title line that names the label's speaker ("Foreign Minister Sergey Lavrov's interview
#: with Russian and foreign media on current international issues, Moscow, November 12, 2020": a ministry's
#: transcript titles its genre, its speaker, its subject, place and date on one line)
MAX_NAMED_TITLE_LINE_WORDS = 40


def _long_title_line(line: str, raw: str) -> bool:
    """Is ``line`` too long for a title over a transcript whose one speaker's label is ``raw``? Longer than
    :data:`MAX_TITLE_LINE_WORDS` words, or than :data:`MAX_NAMED_TITLE_LINE_WORDS` when the line names the
    label's speaker in full ("Sergey Lavrov's interview ..." over "Sergey Lavrov: Good afternoon, ...")."""
    words = len(line.split())
    if words <= MAX_TITLE_LINE_WORDS:
        return False
    named = len(raw.split()) >= 2 and re.search(rf"(?<!\w){re.escape(raw)}(?!\w)", line) is not None
    return not named or words > MAX_NAMED_TITLE_LINE_WORDS


def titled_transcript(text: str, labels: list[tuple[int, int, str, str]]) -> bool:
    """A titled one-speaker transcript (:func:`titled_opening_label` for its first label) whose later labels,
    if any, are only the askers' ("Sergey Lavrov: Good afternoon, colleagues." ... "Question: About the
    Nagorno-Karabakh settlement ...": a minister's interview, the answers later unlabelled or labelled
    again)."""
    if not labels or not titled_opening_label(text, labels[0][0], labels[0][2]):
        return False
    return all(lab[3] in ASKER_SPEAKERS for lab in labels[1:])


def _md_signal_possible(head: str) -> bool:
    """Can ``_MD_SIGNAL_RE`` match at all? (Substrings every match contains: a cheap test that spares
    plain text the full regex scan.)"""
    return "](" in head or "```" in head or any(s in head for s in ("\n=", "\n =", "\n---", "\n ---"))


# ---------------------------------------------------------------------------------------------
# Building the Article


def render(text: str, fmt: str, path: Path | None = None) -> tuple[str, list[int], list[Block]]:
    """``(visible text, source_offsets, blocks)`` of a Markdown or HTML file's decoded ``text``.

    Raises :class:`~helpers.errors.InputError` when nothing visible is left. Plain text and transcripts
    are not rendered (their text is the file); :func:`helpers.article.build_article` builds every format.
    """
    if fmt == "markdown":
        rendered, offsets, blocks = render_markdown(text)
    elif fmt == "html":
        rendered, offsets, blocks = render_html(text)
    else:
        raise InputError(f"format {fmt!r} is not rendered", path, "use markdown or html")
    if not rendered.strip():
        raise InputError(f"no visible text after removing the {fmt} markup", path,
                         "check the file, or force another format with format=/--input-format")
    return rendered, offsets, blocks


def source_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """The span of the decoded *file* behind ``article.text[start:end]`` (identity for plain text)."""
    offs = getattr(article, "source_offsets", None)
    if offs is None:
        return start, end
    if end <= start:
        return offs[start], offs[start]
    return offs[start], offs[end - 1] + 1


# ---------------------------------------------------------------------------------------------
# Markdown

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE_MARK_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
# Each run of blanks is read by one [ \t]* only ("blanks, a pipe or none, blanks" let two of them share a
# run: quadratic time on a line of spaces); the same lines match.
_TABLE_RULE_RE = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*(?:\|[ \t]*)?$")
_COMMENT_LINE_RE = re.compile(r"^[ \t]*<!--.*-->[ \t]*$")
#: Inline markup other than links, images (:class:`_Brackets`) and code spans (:class:`_CodeSpans`): patterns
#: for those scanned from every "[" or backtick to the end of the line (quadratic, or cubic, time).
_INLINE_RE = re.compile(
    r"(?P<auto><(?P<url>(?:https?|mailto):[^>\s]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<esc>\\(?P<echar>[\\`*_{}\[\]()#+\-.!>|]))"
    r"|(?P<emph>\*{1,3}|_{1,3}|~~)"
)


class _NextChar:
    """The first ``char`` at or after a position in ``src[:end]``, in linear time over all questions.

    It remembers one stretch ``[lo, hi)`` known to hold no ``char`` (``hi``: where the next one is, or
    ``end``), so the many "[" of one line ask for the same "]" without scanning to it again each time.
    """

    def __init__(self, src: str, char: str, end: int) -> None:
        self.src, self.char, self.end = src, char, end
        self.lo = self.hi = -1

    def at_or_after(self, x: int) -> int:
        """The offset of the first ``char`` in ``src[x:end]``, or -1."""
        if not self.lo <= x <= self.hi:
            if x < self.lo:
                found = self.src.find(self.char, x, self.lo)  # only the stretch not scanned yet
                if found < 0:
                    self.lo = x
                    return self.hi if self.hi < self.end else -1
            else:
                found = self.src.find(self.char, x, self.end)
            self.lo, self.hi = x, (self.end if found < 0 else found)
        return self.hi if self.hi < self.end else -1


class _Brackets:
    """Links ``[text](url)``, ``[text][ref]`` and images ``![alt](url)`` in ``src[:end]``, found as the
    patterns ``\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])`` and ``!\\[([^\\]]*)\\]\\([^)]*\\)``
    would find them, but in linear time: the text runs to the first "]", the target to the first ")" or "]".
    """

    def __init__(self, src: str, end: int) -> None:
        self.src, self.end = src, end
        self.close = _NextChar(src, "]", end)
        self.paren = _NextChar(src, ")", end)

    def first(self, pos: int, limit: int) -> tuple[int, int, int, int] | None:
        """(start, end, text_start, text_end) of the first link or image starting in ``[pos, limit)``."""
        src = self.src
        p = src.find("[", pos, limit)
        while p >= 0:
            if p - 1 >= pos and src[p - 1] == "!":
                found = self._target(p - 1, p + 1, image=True)
                if found:
                    return found
            found = self._target(p, p + 1, image=False)
            if found:
                return found
            p = src.find("[", p + 1, limit)
        return None

    def _target(self, start: int, text_start: int, image: bool) -> tuple[int, int, int, int] | None:
        q = self.close.at_or_after(text_start)
        if q < 0 or (q == text_start and not image) or q + 1 >= self.end:
            return None
        nxt = self.src[q + 1]
        if nxt == "(":
            r = self.paren.at_or_after(q + 2)
        elif nxt == "[" and not image:
            r = self.close.at_or_after(q + 2)
        else:
            return None
        return None if r < 0 else (start, r + 1, text_start, q)


#: Elements whose body is code, never article text: dropped from Markdown with their tags.
_RAW_TEXT_OPEN_RE = re.compile(r"<(script|style)\b[^<>]*>", re.IGNORECASE)
_RAW_TEXT_CLOSE_RE = {"script": re.compile(r"</script\s*>", re.IGNORECASE),
                      "style": re.compile(r"</style\s*>", re.IGNORECASE)}


class _RawText:
    """The ``<script>``/``<style>`` elements of Markdown ``src``, tags included, found line by line outside
    code (fenced blocks are never shown to it; a tag right after a backtick is code, not markup). One left
    open runs to the end, as in a browser. Linear time: each search starts where the last one ended.
    """

    def __init__(self, src: str) -> None:
        self.src = src
        self.spans: list[tuple[int, int]] = []
        self.hidden_until = 0

    def pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """The visible parts of the line ``src[a:b]``."""
        src = self.src
        pos = max(a, self.hidden_until)
        while pos < b and "<" in src[pos:b]:
            m = _RAW_TEXT_OPEN_RE.search(src, pos, b)
            if m is None:
                break
            if m.start() > 0 and src[m.start() - 1] == "`":
                pos = m.end()
                continue
            close = _RAW_TEXT_CLOSE_RE[m.group(1).lower()].search(src, m.end())
            end = len(src) if close is None else close.end()
            self.spans.append((m.start(), end))
            self.hidden_until = pos = end
        if not self.spans or self.spans[-1][1] <= a:
            return [(a, b)]
        return _visible_pieces(a, b, self.spans)


_BACKTICKS_RE = re.compile(r"`+")


class _CodeSpans:
    """Code spans in ``src[a:b]``, as ``(?P<ticks>`+)(?P<ctext>.+?)(?P=ticks)`` finds them (the longest
    opening run that a later equal run closes), in linear time: from the runs of backticks in the line.

    From a run of ``k`` backticks, ``j`` of them open a span closed by the first later run of at least
    ``j`` (its first ``j`` backticks); when no later run is that long, the opening run closes itself
    (``j = (k - 1) // 2``, one backtick of text).
    """

    def __init__(self, src: str, a: int, b: int) -> None:
        self.runs = [(m.start(), m.end()) for m in _BACKTICKS_RE.finditer(src, a, b)]
        longest = [0] * (len(self.runs) + 1)  # longest[i]: the longest run from run i on
        for i in range(len(self.runs) - 1, -1, -1):
            longest[i] = max(longest[i + 1], self.runs[i][1] - self.runs[i][0])
        self.longest = longest
        self.i = 0
        self.found: tuple[int, int, int, int] | None = None

    def first(self, pos: int, limit: int) -> tuple[int, int, int, int] | None:
        """(start, end, text_start, text_end) of the first code span starting in ``[pos, limit)``."""
        if self.found is not None and self.found[0] >= pos:
            return self.found if self.found[0] < limit else None
        runs = self.runs
        while self.i < len(runs) and runs[self.i][1] <= pos:
            self.i += 1
        for i in range(self.i, len(runs)):
            s, e = runs[i]
            p = max(s, pos)
            if p >= limit:
                return None
            k = e - p
            j = min(k, self.longest[i + 1])
            if j > (k - 1) // 2:
                t = next(t for t in range(i + 1, len(runs)) if runs[t][1] - runs[t][0] >= j)
                self.found = (p, runs[t][0] + j, p + j, runs[t][0])
                return self.found
            if (k - 1) // 2 >= 1:
                j = (k - 1) // 2
                self.found = (p, p + 2 * j + 1, p + j, p + j + 1)
                return self.found
        return None


def _visible_pieces(a: int, b: int, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[a, b)`` without the ``hidden`` spans (sorted, not overlapping)."""
    pieces = []
    i = max(0, bisect.bisect_right(hidden, (a, a)) - 1)
    for hs, he in hidden[i:]:
        if hs >= b:
            break
        if he <= a:
            continue
        if hs > a:
            pieces.append((a, hs))
        a = max(a, he)
    if a < b:
        pieces.append((a, b))
    return pieces


class _Out:
    """Rendered characters and, for each, its offset in the source."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.blocks: list[tuple[int, int, str | None]] = []
        self._block_start: int | None = None
        self._sep_start = 0
        self._kind: str | None = None

    def emit(self, s: str, pos: int, step: bool = True) -> None:
        for i, ch in enumerate(s):
            self.chars.append(ch)
            self.offs.append(pos + i if step else pos)

    def start_block(self, kind: str | None, pos: int) -> None:
        self.end_block()
        self._sep_start = len(self.chars)
        if self.blocks:
            self.emit("\n\n", pos, step=False)
        self._block_start = len(self.chars)
        self._kind = kind

    def end_block(self) -> None:
        if self._block_start is None:
            return
        a, b = self._block_start, len(self.chars)
        while a < b and self.chars[a].isspace():
            a += 1
        while b > a and self.chars[b - 1].isspace():
            b -= 1
        if a < b:
            del self.chars[b:]  # trailing white space of the block
            del self.offs[b:]
            self.blocks.append((a, b, self._kind))
        else:  # an empty block: take back its separator too
            del self.chars[self._sep_start:]
            del self.offs[self._sep_start:]
        self._block_start = None

    @property
    def open(self) -> bool:
        return self._block_start is not None

    def finish(self, source_len: int) -> tuple[str, list[int], list[tuple[int, int, str | None]]]:
        self.end_block()
        return "".join(self.chars), [*self.offs, source_len], self.blocks


def _render_visible(src: str, a: int, b: int, out: _Out, pieces: list[tuple[int, int]]) -> None:
    """Render ``src[a:b]`` inline, within the visible ``pieces`` of its line only."""
    for pa, pb in pieces:
        if max(a, pa) < min(b, pb):
            _render_inline(src, max(a, pa), min(b, pb), out)


def _render_inline(src: str, a: int, b: int, out: _Out) -> None:
    brackets = _Brackets(src, b)
    code = _CodeSpans(src, a, b) if "`" in src[a:b] else None
    pos = a
    m = None
    while pos < b:
        if m is None or m.start() < pos:
            m = _INLINE_RE.search(src, pos, b)
        limit = m.start() if m else b
        span = code.first(pos, limit) if code else None
        link = brackets.first(pos, span[0] if span else limit)
        if link is not None or span is not None:  # a link, image or code span comes first
            start, end, text_start, text_end = link or span
            out.emit(src[pos:start], pos)
            if link is not None:
                _render_inline(src, text_start, text_end, out)
            else:
                out.emit(src[text_start:text_end], text_start)
            pos = end
            continue
        if m is None:
            break
        if m.start() > pos:
            out.emit(src[pos:m.start()], pos)
        _render_markup(src, m, a, b, out)
        pos = m.end()
    if pos < b:
        out.emit(src[pos:b], pos)


def _render_markup(src: str, m: re.Match, a: int, b: int, out: _Out) -> None:
    """Emit what one match of ``_INLINE_RE`` shows (nothing for a tag or an emphasis marker)."""
    if m.group("auto") is not None:
        out.emit(m.group("url"), m.start("url"))
    elif m.group("esc") is not None:
        out.emit(m.group("echar"), m.start("echar"))
    elif m.group("emph") is not None:
        s, e = m.start(), m.end()
        prev = src[s - 1] if s > a else " "
        nxt = src[e] if e < b else " "
        marker = m.group()
        intraword = prev.isalnum() and nxt.isalnum()
        flanking = not prev.isspace() or not nxt.isspace()
        if not flanking or (marker[0] == "_" and intraword):
            out.emit(marker, s)  # a literal star or an underscore inside a word


def _md_lines(src: str) -> list[tuple[int, int]]:
    """(start, end) of each line without its line end."""
    lines = []
    pos = 0
    n = len(src)
    while pos <= n:
        m = re.compile(r"\r\n|\r|\n").search(src, pos)
        if m is None:
            lines.append((pos, n))
            break
        lines.append((pos, m.start()))
        pos = m.end()
    return lines


def _front_matter_end(src: str, lines: list[tuple[int, int]]) -> int:
    """The index of the first line after a YAML front matter block (``---`` ... ``---``/``...``), or 0."""
    if lines and src[lines[0][0]:lines[0][1]].strip() == "---":
        for j in range(1, min(len(lines), 200)):
            if src[lines[j][0]:lines[j][1]].strip() in ("---", "..."):
                return j + 1
    return 0


def _setext_heading(out: _Out, underline: str) -> None:
    """The open one-line paragraph was a heading: ``===`` under it makes it ``h1``, ``---`` a heading."""
    blk = out._block_start
    out.end_block()
    if out.blocks and out.blocks[-1][0] >= (blk or 0):
        s, e, _ = out.blocks[-1]
        out.blocks[-1] = (s, e, "h1" if underline.strip()[0] == "=" else "heading")


def render_markdown(src: str) -> tuple[str, list[int], list[tuple[int, int, str | None]]]:
    """``(text, source_offsets, blocks)``: the plain text of Markdown ``src`` (see the module docstring).

    ``blocks`` are (start, end, hint) in the rendered text: hint ``"h1"``, ``"heading"`` or ``"body"``.
    """
    out = _Out()
    lines = _md_lines(src)
    i = _front_matter_end(src, lines)
    raw = _RawText(src)
    fence: str | None = None
    para_lines = 0  # lines in the open paragraph block
    while i < len(lines):
        a, b = lines[i]
        line = src[a:b]
        i += 1
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        m = _FENCE_RE.match(line)
        if m:
            out.end_block()
            para_lines = 0
            fence = m.group(1)[0] * 3
            continue
        pieces = raw.pieces(a, b)
        if not any(src[pa:pb].strip() for pa, pb in pieces):  # blank, or only a script or a style
            out.end_block()
            para_lines = 0
            continue
        table_rule = "|" in line and _TABLE_RULE_RE.match(line)
        if _COMMENT_LINE_RE.match(line) or _REFDEF_RE.match(line) or table_rule:
            continue
        if para_lines == 1 and _SETEXT_RE.match(line) and out.open:
            _setext_heading(out, line)
            para_lines = 0
            continue
        if _HR_RE.match(line):
            out.end_block()
            para_lines = 0
            continue
        m = _ATX_RE.match(line)
        if m:
            out.start_block("h1" if len(m.group(1)) == 1 else "heading", a + m.start(2))
            _render_visible(src, a + m.start(2), a + m.end(2), out, pieces)
            out.end_block()
            para_lines = 0
            continue
        content = a
        q = _QUOTE_MARK_RE.match(line)
        if q:
            content = a + q.end()
        lm = _LIST_RE.match(src, content, b)
        if lm:
            out.start_block("body", lm.end())
            content = lm.end()
            para_lines = 0
        elif not out.open:
            out.start_block("body", content)
        else:
            out.emit("\n", content - 1 if content > 0 else 0, step=False)
        _render_visible(src, content, b, out, pieces)
        para_lines += 1
    return out.finish(len(src))


# ---------------------------------------------------------------------------------------------
# HTML

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "nav", "aside", "footer", "form", "svg", "iframe",
    "button", "select", "textarea", "canvas", "object", "embed", "dialog", "menu", "math", "audio", "video",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "section", "article", "main", "header", "table", "tr", "td", "th", "caption", "pre", "figure",
    "figcaption", "address", "br", "hr", "body", "details", "summary", "center",
})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class _VisibleText(HTMLParser):
    def __init__(self, src: str) -> None:
        super().__init__(convert_charrefs=False)
        self.src = src
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", src)]
        self.out = _Out()
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _hidden(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _SKIP_TAGS:
            return True
        if tag == "header" and not any(t in ("article", "main") for t, _ in self.stack):
            return True
        a = {k.lower(): (v or "") for k, v in attrs}
        return (
            "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE_RE.search(a.get("style", "")))
            or a.get("role", "").lower() in ("navigation", "banner", "contentinfo", "complementary")
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and not self.skip:
                self.out.end_block()
            return
        hidden = self._hidden(tag, attrs)
        self.stack.append((tag, hidden))
        if hidden:
            self.skip += 1
        if self.skip:
            return
        if tag in _BLOCK_TAGS:
            self.out.end_block()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.out.start_block("h1" if tag == "h1" else "heading", self._pos())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() in ("br", "hr") and not self.skip:
            self.out.end_block()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if not any(t == tag for t, _ in self.stack):
            return  # a stray end tag
        while self.stack:
            t, hidden = self.stack.pop()
            if hidden:
                self.skip -= 1
            if t == tag:
                break
        if not self.skip and tag in _BLOCK_TAGS:
            self.out.end_block()

    def _text(self, s: str, pos: int, step: bool = True) -> None:
        if self.skip or not s:
            return
        out = self.out
        for i, ch in enumerate(s):
            p = pos + i if step else pos
            if ch.isspace():
                if out.open and out.chars and not out.chars[-1].isspace():
                    out.emit(" ", p)
                continue
            if not out.open:
                out.start_block(None, p)
            out.emit(ch, p)

    def handle_data(self, data: str) -> None:
        self._text(data, self._pos())

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), self._pos(), step=False)

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), self._pos(), step=False)


def _unclosed_comment(src: str) -> int:
    """Where the comment that is never closed opens (comments taken in order, as a browser reads them), or -1.

    "<!--<script><!--" opens one comment at 0 that swallows the rest; its second "<!--" is comment text.
    """
    i = src.find("<!--")
    while i >= 0:
        j = src.find("-->", i + 4)
        if j < 0:
            return i
        i = src.find("<!--", j + 3)
    return -1


def render_html(src: str) -> tuple[str, list[int], list[tuple[int, int, str | None]]]:
    """``(text, source_offsets, blocks)``: the visible text of the HTML page ``src``.

    ``blocks`` are (start, end, hint): ``"h1"``, ``"heading"`` or ``"body"`` (the
    markup says which blocks are headings, so no other block is taken for one).
    """
    parser = _VisibleText(src)
    open_comment = _unclosed_comment(src)
    if open_comment >= 0:
        parser.feed(src[:open_comment])  # a comment left open runs to the end: nothing after it shows
    else:
        parser.feed(src)
    parser.close()
    text, offs, blocks = parser.out.finish(len(src))
    return text, offs, [(a, b, h or "body") for a, b, h in blocks]


# ---------------------------------------------------------------------------------------------
# Transcripts

#: the blanks inside and after a speaker label: a space or tab, the no-break space and the other Unicode
#: spaces ("Press Secretary\u00a0Jen Psaki:", typeset copy)
UNICODE_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
LABEL_SPACE = f"[ \t{UNICODE_SPACES}]"
_LABEL_RE = re.compile(
    cased(r"^[ \t]*(?:\*\*)?(?P<label>"
     r"(?:Q|A)(?=[.:]|[ \t]{2,}|\t)"  # Q.  A:  "Q  Thank you" (White House style)
     # MODERATOR  SECRETARY BLINKEN  MS. PSAKI  JOSEPH MORONG/GMA (a questioner's name and outlet); a Scots or
     # Irish surname keeps its small "c" in capitals copy: "MR. McCLELLAN", "MacDONALD"
     r"|[A-Z][A-Z.'’\-]*(?:_+(?:Ma?c)?[A-Z][A-Z.'’\-]*){0,4}(?:/[A-Z][A-Z.'’\-]*(?:_+[A-Z][A-Z.'’\-]*){0,2})?"
     # "Deputy Minister of Foreign Affairs Dang Dinh Quy:" a title, its portfolio after "of" or "for" and the
     # name (read only where the words after "of" are a portfolio of titles.txt, see _label_lines)
     # "President of the United States of America Donald Trump:" (Kremlin-style transcripts): the office of
     # a state of titles.txt, "the" and "of" inside the state's name
     r"|[A-Z][\w'’\-]*(?:_+[A-Z][\w'’\-]*){0,3}_+(?:of|for)_+(?:the_+)?[A-Z][\w'’\-]*"
     r"(?:_+(?:(?:and|of)_+(?:the_+)?)?[A-Z][\w'’\-]*){1,6}(?=_*:)"
     # Mr. Peskov  Maria Zakharova  "Press Secretary/Minister" (one speaker by two offices, mixed case)
     r"|(?:[A-Z][a-z]{0,3}\.?_+)?[A-Z][\w'’\-]*\.?(?:_+[A-Z][\w'’\-]*){0,3}"
     r"(?:/[A-Z][\w'’\-]*(?:_+[A-Z][\w'’\-]*){0,2})?"
     # "Speaker 1 (00:10):" a transcription service's numbered speaker (the number only before a timestamp)
     r"(?:_+\d{1,2}(?=_+\(\d))?"
     # "iP:" an outlet's initials that open with a small letter as its name does ("iPolitics"; read only
     # where the label recurs, see _label_lines)
     r"|[a-z][A-Z]{1,3}(?=:)"
     r")(?:\*\*)?"
     # "KELLY MCEVERS, HOST:", "MICHAEL SOMARE, PRIME MINISTER, PNG:" (radio and television transcripts):
     # the name in capitals, its role and a place or body after commas, in capitals too (not the label);
     # an office of a state of two words runs to six: "CHRIS HIPKINS, PRIME MINISTER OF NEW ZEALAND:"; the
     # office's division in brackets: "SHRI ANIL RAO, SECRETARY (EAST):" (a ministry's briefing in capitals)
     r"(?:,_+(?P<office>[A-Z][A-Z.'’\-]*(?:_+[A-Z][A-Z.'’\-]*){0,5}"
     r"(?:,_+[A-Z][A-Z.'’\-]*(?:_+[A-Z][A-Z.'’\-]*){0,3})?"
     r"(?:_+\([A-Z][\w.&'’\-]*(?:_+[\w.&'’\-]+){0,4}\))?)(?=_*:))?"
     # "Jen Psaki (Press Secretary):", "Question (Reuters):": an office or the asker's outlet in brackets
     # "Moderator (Director/Strategic Communications Directorate, MFA, Teo Lay Cheng):" (a ministry transcript
     # the office and the person's name after the last comma; see :func:`paren_name`)
     r"(?:_+\((?P<paren>[A-Z][^()\n:]{0,80})\))?"
     # "President Donald Trump (00:04):", "Reporter (1:03:12):" a transcription service's speaker line: the
     # time into the recording in brackets, the turn's paragraphs below
     r"(?:_+\((?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\))?_*"
     # "Bruno Rodríguez.- Good morning.", "Alejandro González (Moderator).- ...": a full stop and a dash
     # (Spanish-language transcripts and their translations; see _label_shape)
     r"(?P<colon>\.[-–—](?=_)|[.:](?:\*\*)?"
     # "JEN PSAKI – We have ...": a dash instead of the colon (read only where the label recurs, see
     # _label_lines)
     r"|(?<=\S)(?=_+[–—]_)"
     # "NP<TAB>Good afternoon": capitals closed by a tab
     r"|(?<=[A-Z])(?=\t)"
     r"|(?<=Q)(?=[ \t]{2,})|(?<=A)(?=[ \t]{2,}))(?:_+[–—](?=_))?_*").replace("_", LABEL_SPACE),
    re.MULTILINE,
)
#: a speaker's name in capitals alone on its line, the turn's words on the lines below ("JEN PSAKI" /
#: "We have no update on that."): read only where the same label recurs or the text names the person
_BARE_LABEL_RE = re.compile(
    cased(r"^[ \t]*(?P<label>[A-Z][A-Z.'’\-]*(?:_+[A-Z][A-Z.'’\-]*){0,4})"
          # "JOHN KEY - Prime Minister" alone on its line: the office after a hyphen (not the label)
          r"(?:_+[\-–—]_+[A-Z][a-z][\w'’\-]*(?:_+[A-Za-z][\w'’\-]*){0,4})?_*(?=\r?\n[ \t]*\S)")
    .replace("_", LABEL_SPACE),
    re.MULTILINE,
)
#: a capitals speaker label run into the line after a sentence's end ("... he's serious. ANDREW MARR: And
#: therefore ...", "... Luis Susman. ANDREW MARR:"): two or three words in capitals and a colon; the space
#: before it is where the stored page lost its line break (see :func:`break_run_in_labels`)
_INLINE_LABEL_RE = re.compile(
    cased(r"(?<=[.?!\"”’])[ \t](?=(?P<label>[A-Z][A-Z'’\-]+(?:[ \t][A-Z][A-Z.'’\-]+){1,2}):(?:[ \t]|\r?\n))")
)
#: how many run-in capitals labels (of at least two distinct speakers) make a transcript of one long line
MIN_INLINE_LABELS = 3


def break_run_in_labels(text: str) -> str:
    """``text`` with a line break before each capitals label run into a line ("... a telling sign to the world
    that he's serious. ANDREW MARR: And therefore ..."), when such labels recur (at least
    :data:`MIN_INLINE_LABELS`, two speakers or more): a broadcaster's web transcript whose page lost its line
    breaks. The space is replaced by the break, so the offsets of every character are kept."""
    found = list(_INLINE_LABEL_RE.finditer(text))
    if len(found) < MIN_INLINE_LABELS or len({m.group("label") for m in found}) < 2:
        return text
    chars = list(text)
    for m in found:
        chars[m.start()] = "\n"
    return "".join(chars)


#: a broadcast transcript's run-in label: one to three words in capitals opening the line and the turn's
#: words after one space on the same line, no colon ("GUYON So you didn't sense ...", "PAUL This week, ...");
#: read only as a family, see :func:`_run_in_kept`
_RUN_IN_LABEL_RE = re.compile(
    cased(r"^[ \t]*(?P<label>[A-Z][A-Z'’\-]+(?:[ \t][A-Z][A-Z'’\-]+){0,2})[ \t]+(?=[A-Z][a-z])"),
    re.MULTILINE,
)

#: a broadcaster's caption over an interview turn (CGTN, CCTV, DW, Arirang, NHK World web copies): the name in
#: capitals (2-4 words), a short title-case caption (the role, outlet or delegation, a comma allowed:
#: "CGTN Reporter", "Leader, Sri Lanka MP Delegation") and the turn's words in quotation marks on the same
#: line: 'WANG MENGJIE CGTN Reporter "What's your expectation ...?"'. A vowel-less acronym after the name
#: is the outlet's, not a name ("CGTN", "CCTV", "DW", "NHK"); see :func:`caption_label`
CAPTION_LABEL_RE = re.compile(
    cased(r"^[ \t]*(?P<label>[A-Z][A-Z.'’\-]*(?:_+[A-Z][A-Z.'’\-]*){1,3}?)"
          r"(?:_+[B-DF-HJ-NP-TV-XZ]{2,5})?"
          r"_+(?P<caption>[A-Z][a-z][\w'’&.\-]*(?:,?_+(?:[A-Z][\w'’&.\-]*|of|for|the|and|to|on|in|at))"
          r"{0,9})_*(?=[\"“])").replace("_", LABEL_SPACE),
    re.MULTILINE,
)

#: a television newscast's caption line in mixed case: a person's name (two to four capitalised words, a
#: short title such as "Hon." or "Dr." before it) and the role after a comma, alone on its line over a
#: paragraph that opens with a quotation mark, the person's words ("Hon. John Briceno, Prime Minister" /
#: '"The summit began ..."', "Jules Vasquez" / '"It would seem ...?"'; a Caribbean station's web copy).
#: Read only as a family, :data:`MIN_CAPTION_LINES` of them (see :func:`_label_lines`)
_CAPTION_LINE_RE = re.compile(
    cased(r"^[ \t]*(?P<label>(?:[A-Z][a-z]{0,3}\._+)?[A-Z][a-z][\w'’\-]*(?:_+[A-Z][\w'’\-]*){1,3})"
          r"(?:,_+(?P<office>[A-Z][\w'’\-]*(?:_+(?:[A-Z][\w'’\-]*|of|for|the|and)){0,5}))?"
          r"_*(?=\r?\n[ \t]*[\"“])").replace("_", LABEL_SPACE),
    re.MULTILINE,
)
#: a parliamentary record's speaker line: a name (an honorific or short title before it allowed) and, in
#: brackets, the member's office, constituency and party (one level of brackets inside: "Shadow Minister
#: (Communities and Local Government); Worsley and Eccles South, Labour"), a second bracket allowed ("Mr X
#: (Constituency) (Party)"), a colon or none, alone on its line above the speech: "William Hague (The
#: Secretary of State for Foreign and Commonwealth Affairs; Richmond (Yorks), Conservative)" / "Last night,
#: ...". Read where the label recurs or :data:`MIN_PAREN_LINES` such lines stand in the text
_PAREN_LINE_RE = re.compile(
    cased(r"^[ \t]*(?P<label>(?:[A-Z][a-z]{0,3}\._+)?[A-Z][\w'’\-]*(?:_+[A-Z][\w'’\-]*){1,3})"
          r"_+\((?P<office>[A-Z][^()\n]{0,80}(?:\([^()\n]{1,60}\)[^()\n]{0,80}){0,2})\)"
          r"(?:_+\([A-Z][^()\n]{0,40}\))?_*(?::_*)?(?=\r?\n[ \t]*\S|\r?\n[ \t]*\r?\n[ \t]*\S)")
    .replace("_", LABEL_SPACE),
    re.MULTILINE,
)
#: a White House gaggle's question opened by a bare "Q" and one space, no colon ("Q Where was the President
#: when he talked to him?", "Q Right now?"): read only as a family (:data:`MIN_Q_LINES` such lines), the
#: answers labelled in capitals ("MR. McCLELLAN:")
_Q_LINE_RE = re.compile(r"^[ \t]*(?P<label>Q)[ \t](?=[A-Z][a-z']*\b)", re.MULTILINE)
#: a briefing's answer opened by a bare "A" and one space, no colon ("A We are deeply saddened by ..."), in
#: a text whose questions open with a bare "Q " (:data:`_Q_LINE_RE`): read only with that family, both
#: shapes at least :data:`MIN_Q_LINES` times ("A Chinese delegation ..." opening two paragraphs of a report
#: is no answer)
_A_LINE_RE = re.compile(r"^[ \t]*(?P<label>A)[ \t](?=[A-Z][a-z']*\b)", re.MULTILINE)
#: the small letters of "Mc"/"Mac" before a capital in a surname written in capitals ("McCLELLAN")
_MC_RE = re.compile(r"\bMa?c(?=[A-Z])")
#: the fewest bare "Q " lines (:data:`_Q_LINE_RE`) that make a transcript's questions
MIN_Q_LINES = 2
#: the fewest parliamentary speaker lines (:data:`_PAREN_LINE_RE`) that make a record's turns when no
#: label recurs (one such line may be a heading with a note in brackets)
MIN_PAREN_LINES = 3
#: the fewest caption lines (:data:`_CAPTION_LINE_RE`) that make a newscast's turns: one such line may be a
#: photo's caption or a heading over a quotation
MIN_CAPTION_LINES = 3
#: the line shapes read only as a family: each shape's pattern and how many such lines the text must hold
FAMILY_LINE_SHAPES = {
    "caption-line": (_CAPTION_LINE_RE, MIN_CAPTION_LINES),
    "paren-line": (_PAREN_LINE_RE, MIN_PAREN_LINES),
    "q-line": (_Q_LINE_RE, MIN_Q_LINES),
}


def caption_label(text: str, pos: int) -> re.Match[str] | None:
    """A broadcaster's caption label at ``pos`` (:data:`CAPTION_LABEL_RE`): the quotation after it is the
    named person's turn (a reporter's question where the caption names an outlet's reporter), the caption
    itself no statement. Read, like a dash label, only where the name recurs or the text names the person
    (:func:`_label_lines`)."""
    return CAPTION_LABEL_RE.match(text, pos)


def _label_words(label: str) -> list[str]:
    return [w for w in label.replace("**", "").strip().rstrip(".:").split() if w]


#: a run of capitals, any script's ("ŞENDIR")
_CAPITALS_RE = re.compile(cased(r"[A-Z]+"))


def _titlecase(word: str) -> str:
    if not _MC_RE.sub("MC", word).isupper():  # "McCLELLAN" -> "McClellan"
        return word
    return re.sub(_CAPITALS_RE, lambda m: m.group()[0] + m.group()[1:].lower(), word)


#: the most words of an office in another language before a label's full name ("Statsminister", "Norges
#: statsminister"; see :func:`foreign_title_size`)
MAX_FOREIGN_TITLE_WORDS = 2


def foreign_title_size(words: list[str], given_names: Any, text: str = "") -> int:
    """How many of a label's first words are an office in a language the lexicons do not hold, before a
    person's full name: "Statsminister Mette Frederiksen" -> 1, "Norges statsminister Jonas Gahr Støre" -> 2,
    "Bundeskanzler Olaf Scholz" -> 1 (Danish, Norwegian, German copy of a transcript in English). The name is
    two or three capitalised words whose first is a given name of titles.txt, or that ``text`` writes
    outside the label too; the words before it open with a capital and are no given name nor stop word.
    0 when the label is no such office and name ("Key Points Summary", "Mette Frederiksen")."""
    stop = load_stopwords()
    for k in range(1, MAX_FOREIGN_TITLE_WORDS + 1):
        lead, name = words[:k], words[k:]
        if not 2 <= len(name) <= 3 or not all(w[:1].isupper() and w[1:2].islower() for w in name):
            continue
        if not lead[0][:1].isupper() or any(w.lower() in given_names or w.lower() in stop for w in lead):
            continue
        # (written outside the label without the words before it: "Lee Hsien Loong" elsewhere is no office
        # "Lee" before "Hsien Loong")
        elsewhere = bool(text) and text.count(" ".join(name)) > text.count(" ".join(words))
        if name[0].lower() in given_names or elsewhere:
            return k
    return 0


def parse_label(label: str) -> tuple[str, str, str]:
    """``(speaker, role, speaker_type)`` from a speaker label: "SECRETARY BLINKEN" → ("Blinken", "secretary",
    "person"); "MODERATOR" → ("Moderator", "moderator", "anonymous"); "Mr. Peskov" → ("Peskov", "", "person").

    Role labels and honorifics: ``lexicons/transcript_labels.txt``; titles: ``lexicons/titles.txt``.
    """
    words = _label_words(label.partition("/")[0] or label)  # "JOSEPH MORONG/GMA": a name and the outlet
    low = [w.lower().rstrip(".") for w in words]
    key = " ".join(low)
    labels = load_transcript_labels()
    roles, honorifics = labels.roles, labels.honorifics
    if key in roles:
        return roles[key], key, "anonymous"
    if len(low) > 1 and low[-1].isdigit():  # "Speaker 1" (a transcription service's unnamed voice)
        rest = " ".join(low[:-1])
        return roles.get(rest) or " ".join(_titlecase(w) for w in words), rest, "anonymous"
    titles = load_titles()
    while low and low[0] in honorifics:
        words, low = words[1:], low[1:]
    n = _label_title_size(low, titles, roles) or foreign_title_size(words, titles.given_names)
    n = _portfolio_end(low, n, titles.portfolios, titles.states)
    role = " ".join(low[:n])
    words, low = words[n:], low[n:]
    while low and low[0] in honorifics:
        words, low = words[1:], low[1:]
    if not words:
        name = roles.get(role) or " ".join(_titlecase(w) for w in role.split()).title()
        return name, role, "anonymous"
    return " ".join(_titlecase(w) for w in words), role, "person"


#: a person's name as a ministry's transcript writes it in a label's brackets: two to four capitalised words
_PAREN_NAME_RE = re.compile(cased(r"[A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*){1,3}"))


def paren_name(text: str, paren: str) -> str | None:
    """The person a label's brackets name, the turn's speaker, as ministry transcripts write a role or outlet
    and, in brackets, the office and the name after the last comma: "Moderator (Director/Strategic
    Communications Directorate, MFA, Teo Lay Cheng):" -> "Teo Lay Cheng", "CNA (Senior Journalist, Dylan
    Loh):" -> "Dylan Loh", "Minister (Dr Vivian Balakrishnan):" -> "Vivian Balakrishnan". The name is two to
    four capitalised words (an honorific before it dropped), no title, place or organisation word among them;
    it opens with an honorific or a given name of titles.txt, or (after a comma) the text writes one of its
    words outside the brackets too ("My name is Lay Cheng"). None for an outlet or an office alone
    ("Journalist (Channel NewsAsia)", "Question (Reuters)", "Jen Psaki (Press Secretary)")."""
    _details, comma, last = paren.rpartition(",")
    words = last.split()
    labels, titles = load_transcript_labels(), load_titles()
    honorific = bool(words) and words[0].lower().rstrip(".") in labels.honorifics
    name = " ".join(words[1:] if honorific else words)
    if not _PAREN_NAME_RE.fullmatch(name):
        return None
    low = name.lower().split()
    if any(w in titles.title_words or w in titles.org_words or w in titles.states for w in low):
        return None
    if honorific or low[0] in titles.given_names:
        return name
    outside = set(text.replace(paren, "").split())
    if comma and any(len(w) > 2 and w in outside for w in name.split()):
        return name
    return None


#: the words that join a minister's title to its portfolio in a label ("Minister of Foreign Affairs",
#: "Minister for Foreign Affairs and Trade")
PORTFOLIO_JOINS = frozenset({"of", "for", "and"})


def _portfolio_end(low: list[str], n: int, portfolios: dict[tuple[str, ...], str],
                   states: dict[str, str] | None = None) -> int:
    """Where a label's office ends when a portfolio of titles.txt follows its title after "of" or "for"
    (and more after "and"): "deputy minister of foreign affairs dang dinh quy" with the title "deputy
    minister" (n=2) -> 5, the name "Dang Dinh Quy" left after it; after "of" a state of ``states`` too
    ("president of russia vladimir putin" -> 3); ``n`` when no portfolio follows."""
    longest = max(map(len, portfolios), default=0)
    while n and n < len(low) and low[n] in PORTFOLIO_JOINS:
        size = next((k for k in range(longest, 0, -1) if tuple(low[n + 1:n + 1 + k]) in portfolios), 0)
        size = size or (_state_size(low, n + 1, states) if low[n] == "of" and states else 0)
        if not size:
            break
        n += 1 + size
    return n


#: the most words of a state's name after a label's office ("the united states of america")
MAX_STATE_WORDS = 5


def _state_size(low: list[str], i: int, states: dict[str, str]) -> int:
    """How many words from ``low[i]`` are a state of titles.txt, "the" before it included, the longest first
    ("president of russia vladimir putin", i=2 -> 1; "... of the united states of america donald trump" -> 5);
    0 if none."""
    lead = 1 if i < len(low) and low[i] == "the" else 0
    for k in range(min(MAX_STATE_WORDS, len(low) - i - lead), 0, -1):
        if " ".join(low[i + lead:i + lead + k]) in states:
            return lead + k
    return 0


#: the longest label of a title, portfolio and name ("Minister for Foreign Affairs and Trade Nanaia Mahuta")
MAX_PORTFOLIO_LABEL_CHARS = 80


def _portfolio_label(raw: str) -> bool:
    """A label with "of", "for" or "and" in it is a speaker's only as an office with its portfolio and then
    a person's name of two to four words: "Deputy Minister of Foreign Affairs Dang Dinh Quy"."""
    speaker, role, kind = parse_label(raw)
    return kind == "person" and bool(role) and 2 <= len(speaker.split()) <= 4 and speaker[:1].isupper() and \
        not any(w in PORTFOLIO_JOINS for w in speaker.split())


def _label_title_size(low: list[str], titles: Any, roles: dict[str, str]) -> int:
    """How many of the label's first (lower-case) words are its office: a title of ``titles.txt`` or a role
    label, the longest first (the whole label: "FOREIGN MINISTER"); else, as a mixed-case "Chief Cabinet
    Secretary Suga" is read, every word up to the last that ends a title, a name left after it
    ("CHIEF CABINET SECRETARY SUGA" -> "chief cabinet secretary", "Suga"); 0 if none."""
    for n in range(min(titles.max_title_len, len(low)), 0, -1):
        cand = " ".join(low[:n])
        if cand in titles.titles or cand in roles:
            break
    else:
        n = 0
    ends = {t.rpartition(" ")[2] for t in titles.titles}  # ("minister", "secretary", "spokesperson")
    last = next((k for k in range(len(low) - 2, n - 1, -1) if low[k] in ends), -1)
    return max(n, last + 1)


def _label_lines(text: str, in_transcript: bool = False) -> list[tuple[int, int, str, str]]:
    """Speaker-label lines: (label_start, content_start, label as written, speaker from the label).

    A mixed-case label that is not a role word and has no honorific or title counts only when it recurs
    (so "Washington: ..." once is not a speaker), or, ``in_transcript`` (a text already read as one, not
    while detecting the format), when it is a full name the text writes elsewhere too ("Sara Lindqvist:"
    under "Wikinews interviews biologist Sara Lindqvist"; :func:`_named_elsewhere`). A label closed by a
    dash, a tab or nothing (its name alone on the line) counts in the same way, even in capitals
    (:func:`_label_shape`): "WASHINGTON — " once is a dateline, "JEN PSAKI — " in every answer a label.
    """
    labels = load_transcript_labels()
    headline_words = load_names().headline_verb_words  # "Gorbachev, Bush Confer by Telephone :" no label
    found, run_in = [], []
    family_size: dict[str, int] = {}  # a family shape's line count, counted once per text
    for m in _label_matches(text):
        raw = m.group("label")
        words = _label_words(raw)
        portfolio = any(w in PORTFOLIO_JOINS for w in words)
        if not words or len(raw) > (MAX_PORTFOLIO_LABEL_CHARS if portfolio else 40):
            continue
        if portfolio and not _portfolio_label(raw):
            continue  # "Ministry of Foreign Affairs Press Release:" no title, portfolio and name
        key = " ".join(w.lower().rstrip(".") for w in words)
        if key in labels.not_labels and key not in labels.roles:
            continue
        if any(w.lower() in labels.headline_verbs or w in headline_words for w in words[1:]):
            continue  # a headline's speaker and cue ("PRIME MINISTER DAVIS SAYS: HAITI NEEDS ..."), no label
        shape = _label_shape(text, m)
        if shape is None or (shape == "colon" and opening_credit_label(text, m.start("label"), raw)):
            continue
        end = m.end()
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        if shape == "colon" and end >= line_end and not text[m.start():line_end].rstrip().endswith(":"):
            continue
        speaker, role, kind = parse_label(raw)
        named = paren_name(text, m.groupdict().get("paren") or "")
        if named:
            speaker, kind = named, "person"
        if shape == "bare" and kind != "person" and key not in labels.roles:
            continue  # a heading in capitals ("KEY POINTS") is no speaker
        upper = _MC_RE.sub("MC", raw.replace("**", "")).isupper()  # "MR. McCLELLAN" is in capitals
        honorific = words[0].lower().rstrip(".") in labels.honorifics
        strong = upper or key in labels.roles or bool(role) or honorific or bool(m.groupdict().get("paren"))
        strong = strong or bool(m.groupdict().get("stamp"))
        strong = strong or (in_transcript and _asker_label(text, words, end, line_end))
        strong = _shaped_strength(text, shape, raw, (key, kind, strong), family_size)
        if strong is None:
            continue  # (a shape kept only as a family, never for recurring)
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))  # (a bold label's "**" too)
        found.append((start, end, raw.replace("**", "").strip(), speaker, strong, key))
        run_in.append(shape == "run-in")
    counts: dict[str, int] = {}
    for f in found:
        counts[f[5]] = counts.get(f[5], 0) + 1
    # "B – There's no doubt ..." once after a "Baird:" turn: one capital letter, the first of another
    # label's name, is that speaker's initial (a transcriber's shorthand for the person who answers)
    first, last = (min(g[0] for g in found), max(g[0] for g in found)) if found else (0, 0)
    keep = [f[4] or counts[f[5]] >= 2 or (in_transcript and _named_elsewhere(text, f[2]))
            or (f[0] == last and titled_opening_label(text, f[0], f[2]))
            or (f[0] == first and all(g[3] in ASKER_SPEAKERS for g in found if g is not f)
                and titled_opening_label(text, f[0], f[2]))
            or (len(found) - sum(run_in) >= 3 and _surname_named(text, f[2])) for f in found]
    keep = _run_in_kept(text, found, run_in, keep)
    initials = {f[3][:1] for f, k in zip(found, keep, strict=True)
                if k and len(f[5]) > 1 and f[5] not in labels.roles}
    return [(a, b, raw, spk) for (a, b, raw, spk, _strong, key), k in zip(found, keep, strict=True)
            if k or (in_transcript and len(raw) == 1 and key not in labels.roles and raw in initials)]


def _shaped_strength(text: str, shape: str, raw: str, read: tuple[str, str, bool],
                     family_size: dict[str, int]) -> bool | None:
    """Does a label of ``shape`` count even once (``read``: its lower-case key, the kind of speaker it names
    and whether its words alone make it count, as a colon label's do)? None: it is no label at all (a shape
    read only as a family, the family missing). A dash, a tab or a line of its own counts when it recurs or
    names a person the text names (the caller's keep rules), or as a family of lines of its shape; a bare
    "A " answer only beside bare "Q " questions; a question or answer role closed by a full stop ("P." /
    "R.", "Ask." / "Response.", "P.-") only beside the other kind (:func:`stop_qa_family`); a full stop and
    a dash after a person's name or a role word ("Bruno Rodríguez.- Good morning.", "INTERLOCUTOR.-"), the
    turn label of Spanish-language transcripts, even once."""
    key, kind, strong = read
    if shape == "colon":
        return strong
    if shape == "stop-dash" and len(key) == 1 and qa_role(key) is None:
        return None  # (an outline's letter: "B.- Scope of the talks")
    if shape == "qa-stop" or (shape == "stop-dash" and len(key) == 1):
        if "qa-stop" not in family_size:
            family_size["qa-stop"] = int(stop_qa_family(text))
        return True if family_size["qa-stop"] else None
    if shape == "stop-dash":
        return strong or kind == "person"
    strong = shape == "tab" and initials_name(text, raw) is not None
    if shape in FAMILY_LINE_SHAPES:
        pattern, fewest = FAMILY_LINE_SHAPES[shape]
        if shape not in family_size:
            family_size[shape] = len(pattern.findall(text))
        strong = strong or family_size[shape] >= fewest
    elif shape == "a-line":  # bare "A " answers only beside bare "Q " questions
        if min(len(_Q_LINE_RE.findall(text)), len(_A_LINE_RE.findall(text))) < MIN_Q_LINES:
            return None
        strong = True
    return strong


#: the speakers of the role labels of an interview's question and answer turns (``[role labels]``)
QA_SPEAKERS = frozenset({"Questioner", "Journalist", "Reporter", "Correspondent", "Respondent"})


def qa_role(key: str) -> str | None:
    """The speaker of a question or answer role label (``key`` in lower case: "p" -> "Questioner", "r" ->
    "Respondent", "response" -> "Respondent"; ``[role labels]`` of transcript_labels.txt), else None."""
    role = load_transcript_labels().roles.get(key)
    return role if role in QA_SPEAKERS else None


#: a line opening with a capitalised word or letter closed by a full stop (a dash after it allowed) and a
#: blank: the candidates of :func:`stop_qa_family`
_STOP_QA_LINE_RE = re.compile(cased(r"^[ \t]*(?P<label>[A-Z][A-Za-z]{0,11})\.[-–—]?[ \t]+(?=\S)"),
                              re.MULTILINE)


def stop_qa_family(text: str) -> bool:
    """The text's question and answer turns are labelled by role words closed by a full stop, of both
    kinds: a question's label on a line holding a question mark ("P. Can a country take NATO hostage ...?",
    "Ask. Do you expect ...?": El País prints "P." and "R." for Pregunta and Respuesta, a machine translation
    renders them "Ask." and "Response.") and an answer's ("R. The rules are clear."). One kind alone is no
    interview: "R. Smith" or "A. Jones" opening a line is a person's initial."""
    asks = answers = False
    for m in _STOP_QA_LINE_RE.finditer(text):
        role = qa_role(m.group("label").lower())
        if role == "Respondent":
            answers = True
        elif role is not None:
            line_end = text.find("\n", m.end())
            asks = asks or "?" in text[m.end():line_end if line_end >= 0 else len(text)]
        if asks and answers:
            return True
    return False


def _run_in_kept(text: str, found: list, run_in: list[bool], keep: list[bool]) -> list[bool]:
    """Which run-in labels (:data:`_RUN_IN_LABEL_RE`, "GUYON So you didn't ...") are speakers: all of them
    only when one recurs and the text writes its name in full ("... spoke to Guyon Espiner"); then a run-in
    label is kept when the text names it so too ("JOHN KEY") or when it opens the first turn (the
    presenter named by first name only: "PAUL This week, ..."); else none is (a line opening with a word
    in capitals is no label: "NATO Allies agreed ...")."""
    if not any(run_in):
        return keep
    keys = [f[5] for f in found]
    named = [r and _written_as_name(text, f[2]) for f, r in zip(found, run_in, strict=True)]
    family = any(n and keys.count(k) >= 2 for n, k in zip(named, keys, strict=True))
    first = min(range(len(found)), key=lambda i: found[i][0])
    return [(family and (n or i == first)) if r else k
            for i, (k, r, n) in enumerate(zip(keep, run_in, named, strict=True))]


def _written_as_name(text: str, label: str) -> bool:
    """The text writes the capitals label as a name in mixed case, followed or not by a surname: "Guyon
    Espiner" for "GUYON", "John Key" for "JOHN KEY"."""
    name = " ".join(w.capitalize() for w in _label_words(label))
    return re.search(rf"(?<![\w'’\-]){re.escape(name)}[ \t]+" + cased(r"[A-Z][a-z]"), text) is not None or (
        " " in name and re.search(rf"(?<![\w'’\-]){re.escape(name)}(?![\w'’\-])", text) is not None)


def _surname_named(text: str, label: str) -> bool:
    """A label of one capitalised word written once ("Baird: We work well ...") among other labels, that
    is the surname of a person the text names in full with an office before ("Foreign Affairs Minister
    John Baird"): that person's turn."""
    if not re.fullmatch(cased(r"[A-Z][a-z][\w'’\-]+"), label):
        return False
    title_words = {w for t in load_titles().titles for w in t.split()}
    name = cased(rf"\b[A-Z][a-z]+(?:[ \t][A-Z]\.)?[ \t]+{re.escape(label)}\b")
    # (the office's last words before the given name: "Minister of Foreign Affairs John Baird")
    return any(w.lower() in title_words for m in re.finditer(name, text)
               for w in text[max(0, m.start() - 40):m.start()].split()[-4:])


#: first- and second-person words (a closed class of English grammar): a speaker's own words hold one
_SPEAKER_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")
#: the closing mark of each opening quotation mark, for the words outside quotations on a line
_QUOTE_CLOSERS = {"“": "”", '"': '"'}


def _outside_quotes(line: str) -> str:
    """The words of a line outside its closed quotations (one pass: an unclosed mark quotes nothing)."""
    out, i, spent = [], 0, set()  # (a closer not found after one mark is found after no later one)
    while i < len(line):
        close = _QUOTE_CLOSERS.get(line[i])
        end = line.find(close, i + 1) if close and close not in spent else -1
        if end < 0:
            spent.update([close] if close else [])
            out.append(line[i])
            i += 1
            continue
        i = end + 1
    return "".join(out)
#: the most words of an outlet's credit in capitals before a report's first colon ("SAESNEWS:", "IRNA:")
MAX_CREDIT_LABEL_WORDS = 3


def opening_credit_label(text: str, start: int, label: str) -> bool:
    """A label in capitals that opens the text, written only once, over third-person narration (no first-
    or second-person word outside quotation marks on its line) is an outlet's credit or dateline, no
    speaker: "SAESNEWS: Iran's Foreign Minister X told an English-language media outlet that ..." above
    the interview it reports ("L. ZOCHIOU: Good day to all. We will start ..." speaks: a label). A role
    label ("Q:") or an honorific ("MR. X:") is always a label."""
    words = _label_words(label)
    if text[:start].strip() or not label.isupper() or not 1 <= len(words) <= MAX_CREDIT_LABEL_WORDS:
        return False
    labels = load_transcript_labels()
    low = [w.lower().rstrip(".") for w in words]
    if " ".join(low) in labels.roles or low[0] in labels.honorifics:
        return False
    again = re.compile(rf"(?m)^[ \t]*{re.escape(label.strip())}\b")  # "KELLY MCEVERS, HOST:" again too
    if len(again.findall(text)) > 1:
        return False
    # "CHRISTIANE AMANPOUR, INTERNATIONAL HOST: Prime Minister, welcome ..." then "AMANPOUR: Tell us ...": the
    # full name once, the surname alone labels the later turns (a broadcast transcript's host)
    surname = re.compile(rf"(?m)^[ \t]*{re.escape(words[-1])}[ \t]*:")
    if len(words) > 1 and surname.search(text, start + len(label)):
        return False
    line_end = text.find("\n", start)
    line = text[start:len(text) if line_end < 0 else line_end].partition(":")[2]
    if not line.strip():
        return False  # a label alone on its line heads a turn below it; a credit runs on in its line
    return _SPEAKER_PERSON_RE.search(_outside_quotes(line)) is None


#: a word of a name in a legend line: capitalised, or an initial ("J.")
_LEGEND_NAME_WORD_RE = re.compile(cased(r"[A-Z][\w'’\-]*\.?"))
#: the words of a person's name in a legend line (see :func:`legend_words`)
LEGEND_NAME_WORDS = (2, 4)
#: the small words an office may hold between its capitalised words ("Minister of Foreign Affairs")
_OFFICE_JOINERS = frozenset({"of", "for", "the", "and", "on", "to"})


def legend_words(words: str) -> bool:
    """The words after a label are a legend of who speaks, no statement: a person's full name (two to four
    capitalised words) and, after a comma, an office in capitals holding a title word of titles.txt
    ("William Spindler, UNHCR Spokesperson" after "BRIEFER:"), or the name alone when its first word is a
    given name of titles.txt ("Moderator: Ned Price"); never a sentence (final punctuation)."""
    line = words.strip()
    if not line or "\n" in line or line[-1] in ".!?\"”:;":
        return False
    name, comma, office = (p.strip() for p in line.partition(","))
    names = name.split()
    lo, hi = LEGEND_NAME_WORDS
    if not lo <= len(names) <= hi or not all(_LEGEND_NAME_WORD_RE.fullmatch(w) for w in names):
        return False
    titles = load_titles()
    if not comma:
        return names[0].lower() in titles.given_names
    offs = office.split()
    if not offs or "," in office or not all(w[:1].isupper() or w in _OFFICE_JOINERS for w in offs):
        return False
    return any(w.lower() in titles.title_words for w in offs)


def _label_shape(text: str, m: re.Match[str]) -> str | None:
    """How a label match is closed: "colon" (or "Q."), "dash" ("JEN PSAKI – We ..."), "tab" ("NP<TAB>Good
    afternoon"), "bare" (the name alone on its line, :data:`_BARE_LABEL_RE`), "stop-dash" (a full stop and
    a dash: "Bruno Rodríguez.- Good morning.") or "qa-stop" (a question or answer role closed by a full stop
    other than "Q."/"A.": "P." / "R.", "Ask." / "Response."); None for "Mr. Smith." (a sentence, not a
    label)."""
    if m.re is _BARE_LABEL_RE:
        return "bare"
    if m.re is _CAPTION_LINE_RE:
        return "caption-line"
    if m.re is _PAREN_LINE_RE:
        return "paren-line"
    if m.re is CAPTION_LABEL_RE:
        return "caption"
    if m.re is _RUN_IN_LABEL_RE:
        return "run-in"
    if m.re is _Q_LINE_RE:
        return "q-line"
    if m.re is _A_LINE_RE:
        return "a-line"
    colon = m.group("colon")
    if colon[:1] == "." and colon[1:2] in ("-", "–", "—"):
        return "stop-dash"
    if colon.startswith(".") and m.group("label") not in ("Q", "A"):
        return "qa-stop" if qa_role(" ".join(_label_words(m.group("label"))).lower()) else None
    if colon:
        return "colon"
    tail = text[m.end("colon"):m.end()]
    if "–" in tail or "—" in tail:
        return "dash"
    return "tab" if tail.startswith("\t") and m.group("label") not in ("Q", "A") else "colon"


#: the most words of a once-written mixed-case label read as an asker's (see :func:`_asker_label`)
MAX_ASKER_LABEL_WORDS = 2
#: how long a question opening an asker's once-written label may run before its question mark
MAX_QUESTION_CHARS = 300


def _asker_label(text: str, words: list[str], end: int, line_end: int) -> bool:
    """In a transcript, a short mixed-case label written once whose words open with a question is an
    asker's turn, an outlet or a journalist: "Civilnet: Why did you agree to work with ...?" between
    "Para TV:" and "Zohrab Mnatsakanyan:" turns (else the answer before runs on over the question)."""
    if len(words) > MAX_ASKER_LABEL_WORDS or not all(w[:1].isupper() for w in words):
        return False
    first = text[end:line_end].split("?", 1)[0]
    return "?" in text[end:line_end] and len(first) <= MAX_QUESTION_CHARS and "." not in first



def _named_elsewhere(text: str, label: str) -> bool:
    """The label is a full name (two words or more, each capitalised) that the text writes once more
    somewhere else (asked only of a label written once, so a name written twice is enough)."""
    words = _label_words(label)
    if len(words) >= 2 and label.isupper():  # "JEN PSAKI" alone on its line, under "... Jen Psaki"
        return text.lower().count(" ".join(words).lower()) >= 2
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    name = " ".join(words)
    return text.count(name, 0, len(text)) >= 2


def initials_name(text: str, initials: str) -> str | None:
    """The one full name the text writes whose words' initials are ``initials`` ("SL" -> "Sara Lindqvist",
    "TAG" -> "Tedros Adhanom Ghebreyesus"): a label of a speaker's initials. None when none or several."""
    if not re.fullmatch(cased(r"[A-Z]{2,4}"), initials):
        return None
    pattern = r"[ \t]+".join(cased(rf"{re.escape(c)}[a-z][\w'’\-]*") for c in initials)
    whole = cased(rf"(?<![\w'’\-])(?:{pattern})(?![\w'’\-]|[ \t]+[A-Z])")
    found = {m.group() for m in re.finditer(whole, text)}
    return found.pop() if len(found) == 1 else None


def _label_matches(text: str):
    """The matches of :data:`_CAPTION_LINE_RE`, ``_LABEL_RE`` (or else :data:`_BARE_LABEL_RE` and the other
    shapes) at the text's start and after each ``\\n`` (a label starts a line)."""
    pos = -1
    while True:
        m = _CAPTION_LINE_RE.match(text, pos + 1) or _LABEL_RE.match(text, pos + 1)
        m = m or _PAREN_LINE_RE.match(text, pos + 1) or _BARE_LABEL_RE.match(text, pos + 1)
        m = m or caption_label(text, pos + 1) or _RUN_IN_LABEL_RE.match(text, pos + 1)
        m = m or _Q_LINE_RE.match(text, pos + 1) or _A_LINE_RE.match(text, pos + 1)
        if m is not None:
            yield m
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return


def _full_names(text: str, surname: str) -> set[str]:
    """First names written before ``surname`` in the text ("Press Secretary Jen Psaki" → {"Jen"}); a double
    given name whose first word is a given name of titles.txt is kept whole ("I'm Mary Beth Sheridan" →
    {"Mary Beth"}: "MS. SHERIDAN:" is Mary Beth Sheridan, not "Beth Sheridan")."""
    labels = load_transcript_labels()
    titles = load_titles()
    title_words = {w for t in titles.titles for w in t.split()}
    skip = labels.honorifics | labels.not_labels | labels.roles.keys()
    firsts = set()
    # (the words of a name may wrap onto the next line, never across an empty line: "Joint Press Statements"
    # / "" / "Halvorsen: ..." gives no given name "Statements")
    gap = r"(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)"
    first_names = cased(rf"\b(?:([A-Z][a-z]+){gap})?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:{gap}[A-Z]\.)?{gap}")
    for m in re.finditer(first_names + rf"{re.escape(surname)}\b", text):
        first = m.group(2)
        low = first.lower()
        if low in title_words or low in skip:
            continue
        if m.group(1) and m.group(1).lower() in titles.given_names and low not in titles.given_names:
            first = f"{m.group(1)} {first}"
        firsts.add(first)
    return firsts


#: how a briefing's title names the person who answers: "Foreign Ministry Spokesperson Hua Chunying's
#: Regular Press Conference", "Press Briefing by Press Secretary Jen Psaki"
HEADER_SPEAKER_RE = re.compile(cased(
    r"\b(?:[Ss]pokes(?:person|man|woman)|[Pp]ress [Ss]ecretary)[ \t]+"
    r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}?)(?=['’]s\b|[ \t]*(?:,|\n|$|[ \t][a-z]))"
))
#: how a briefing's introduction names its briefer, name first: "... transcript of today's noon briefing by
#: Florencia Soto Niño, Associate Spokesperson for the Secretary-General"
BRIEFER_RE = re.compile(cased(
    r"\bbriefing by[ \t]+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}),[ \t]+"
    r"(?:[A-Z][a-z]+[ \t]+)?[Ss]pokes(?:person|man|woman)\b"
))
#: how a transcript's title names the one who answers, an office before the name ("Interview with Deputy
#: Prime Minister Richard Marles", "Doorstop interview with Foreign Minister Penny Wong") or after "by"
#: ("Transcript of remarks by Prime Minister Lee Hsien Loong", "Press conference by Jen Psaki", "Remarks to
#: the press by Permanent Representative Vassily Nebenzia"): the run
#: of capitalised words after it is cut at its last title word and at a stop word
#: (:func:`header_titled_name`)
HEADER_TITLED_RE = re.compile(cased(
    r"(?:(?P<with>^[ \t]*(?:[Tt]ranscript[ \t]*[:\-–—]?[ \t]*)?(?:(?:[Ff]ull[ \t]+)?[Tt]ext[ \t]+of[ \t]+)?"
    r"(?:(?:[Tt]he|[Aa]n?)[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?:[Ii]nterview|[Cc]onversation|[Dd]oorstop)"
    r"[ \t]+(?:[Ii]nterview[ \t]+)?[Ww]ith)"
    r"|\b(?:[Rr]emarks|[Ss]tatement|[Bb]riefing|[Ss]peech|[Aa]ddress|[Cc]onference|[Ii]nterview|[Dd]oorstop)"
    # ("Remarks to the press by Permanent Representative Vassily Nebenzia": the audience before "by")
    r"(?:[ \t]+to[ \t]+(?:the[ \t]+)?(?:[Pp]ress|[Mm]edia))?"
    r"[ \t]+(?:(?:given|delivered|made)[ \t]+)?by)"
    r"(?:[ \t]+(?P<the>the))?"
    # ("Interview by the Slovenia's new PM Designate Alenka Bratušek": a state's possessive and "new" first)
    r"(?:[ \t]+[A-Z][\w\-]*['’]s(?:[ \t]+(?:new|former|incoming|outgoing|acting))?(?=[ \t]+[A-Z]))?"
    r"(?P<run>(?:[ \t]+[A-Z][\w'’.\-]*)+)"),
    re.MULTILINE,
)
#: a title line that names its speaker first, an office before the name, and the genre after it: "Foreign
#: Minister Mrs. Roza Otunbayeva press conference", "Secretary Ana Ruiz's Press Briefing" (the office is
#: required, see :func:`header_named_first`)
HEADER_NAME_FIRST_RE = re.compile(cased(
    r"^[ \t]*(?P<run>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,7}?)(?:['’]s)?[ \t]+"
    r"(?:[Pp]ress[ \t]+(?:[Cc]onference|[Bb]riefing)|[Nn]ews[ \t]+[Cc]onference|[Bb]riefing|[Rr]emarks)"
    r"[ \t]*$"),
    re.MULTILINE,
)
#: how far into the text a briefing's title is looked for (characters)
HEADER_SPAN = 400


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first, a space inside a phrase any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def intro_speaker_re() -> re.Pattern[str]:
    """A line introducing the words below it with its speaker first, an office before the name (see
    :func:`header_named_first`), ending in a colon: "Spokesperson Hong Lei started the press conference
    with the following announcements:", "Deputy Foreign Minister Maria Petrova made the following statement
    at the start of the briefing:" (an opening verb of statement_words.txt ``[opening verbs]`` before "with
    the following", or a ``[block cues]`` entry ending "the following" before a noun of ``[speech nouns]``
    or ``[document nouns]``: "made the following appointments:" introduces no words; group ``run``: the
    speaker's words). Bounded runs: linear."""
    words = load_statement_words()
    following = frozenset(c for c in words.block_cues if c.endswith(" the following"))
    opening = _alternation(words.opening_verbs) or "(?!)"
    nouns = _alternation(words.speech_nouns | words.document_nouns) or "(?!)"
    cues = rf"(?:{opening})\b[^\n.!?:;]{{0,60}}?[ \t]with[ \t]+the[ \t]+following"
    cues += rf"|(?:{_alternation(following) or '(?!)'})(?=[^\n.!?:;]{{0,160}}?\b(?:{nouns})\b)"
    return re.compile(cased(
        r"^[ \t]*(?P<run>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,7}?)[ \t]+"
        rf"(?:{cues})\b[^\n.!?:;]{{0,160}}:[ \t]*$"), re.MULTILINE)


@functools.lru_cache(maxsize=8)
def header_speaker_names(text: str) -> tuple[str, ...]:
    """The people a briefing's title names as its spokesperson or press secretary, within
    :data:`HEADER_SPAN` characters of the start: ``("Hua Chunying",)`` for "Foreign Ministry Spokesperson
    Hua Chunying's Regular Press Conference on July 17, 2020", and the briefer an introduction names before
    the title (:data:`BRIEFER_RE`: "noon briefing by Ana Ruiz, Deputy Spokesperson"), and the speaker of a
    line introducing the words below (:func:`intro_speaker_re`: "Deputy Foreign Minister Maria Petrova made
    the following statement at the start of the briefing:"). Cached: the
    attribution rules ask once per labelled paragraph."""
    end = min(len(text), HEADER_SPAN)
    found = [m.group("name") for m in HEADER_SPEAKER_RE.finditer(text, 0, end)]
    found += [m.group("name") for m in BRIEFER_RE.finditer(text, 0, end)]
    found += [n for m in HEADER_TITLED_RE.finditer(text, 0, end)
              if (n := header_titled_name(m)) and n not in found]
    for pattern in (HEADER_NAME_FIRST_RE, intro_speaker_re()):
        found += [n for m in pattern.finditer(text, 0, end)
                  if (n := header_named_first(m)) and n not in found]
    return tuple(found)


def header_named_first(m: re.Match[str]) -> str | None:
    """The name in a :data:`HEADER_NAME_FIRST_RE` title: the one to three capitalised words after the run's
    last office word or honorific ("Foreign Minister Mrs. Roza Otunbayeva" -> "Roza Otunbayeva"); None when
    the run holds no office before the name ("Reuters Press Conference", "Joint Press Briefing") or a stop
    word (a phrase, no name)."""
    words = [w.rstrip(".,") for w in m.group("run").split()]
    low = [w.lower() for w in words]
    if not load_stopwords().isdisjoint(low):
        return None
    titles = load_titles()
    office = titles.title_words | titles.honorifics.keys()
    last = max((i for i, w in enumerate(low) if w in office), default=-1)
    name = words[last + 1:]
    if last < 0 or not 1 <= len(name) <= 3 or any(w.lower() in titles.org_words for w in name):
        return None
    return " ".join(name)


def header_titled_name(m: re.Match[str]) -> str | None:
    """The name in a :data:`HEADER_TITLED_RE` title: the capitalised words after the last title word of the
    run, up to a stop word ("Deputy Prime Minister Richard Marles on the AUKUS ..." -> "Richard Marles");
    after "with" or "by the" an office must come first (in "Interview with Jake Tapper" the name is the
    asker's), and no word of an organisation may be in it ("the Office of ...")."""
    words = m.group("run").split()
    stop = load_stopwords()
    cut = next((i for i, w in enumerate(words) if w.lower() in stop), len(words))
    words = [w.rstrip(".,") for w in words[:cut]]
    low = [w.lower() for w in words]
    titles = load_titles()
    # a title's suffix written apart ends the office too: "PM Designate Alenka Bratušek", "President Elect X"
    suffixes = {t.rsplit("-", 1)[1] for t in titles.titles if "-" in t}
    office = titles.title_words | titles.honorifics.keys() | suffixes
    last = max((i for i, w in enumerate(low) if w in office), default=-1)
    name = words[last + 1:]
    if ((m.group("with") or m.group("the")) and last < 0) or not 1 <= len(name) <= 3:
        return None  # ("Briefing by the Office of the Spokesperson": an office, no person)
    if any(w.lower() in titles.org_words for w in name):
        return None
    return " ".join(name)


def office_holder(text: str, role: str) -> str | None:
    """The person a transcript's labels name with office ``role`` ("foreign minister"), when one label line
    gives the name and the office after a comma ("Penny Wong, Foreign Minister: ..."): a later label of
    the office alone ("Foreign Minister: ...") is that person's turn. Else the one person the text names
    with that office, before the name ("Turkish Foreign Minister Hakan Fidan") or after it ("Hakan Fidan,
    the foreign minister"; :func:`office_named_in_text`). None when no one, or two people, hold it."""
    office = r"[ \t]+".join(re.escape(w) for w in role.split())
    pattern = re.compile(
        cased(r"^[ \t]*(?P<name>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,3}),[ \t]+")
        + r"(?i:" + office + r")[ \t]*:",
        re.MULTILINE,
    )
    names = {" ".join(m.group("name").split()) for m in pattern.finditer(text)}
    if not names:
        return office_named_in_text(text, role)
    return names.pop() if len(names) == 1 else None


def office_named_in_text(text: str, role: str) -> str | None:
    """The one full name the text writes with office ``role`` in prose: "Foreign Minister Hakan Fidan" (the
    office capitalised before the name, not part of a longer office of titles.txt: "Deputy Prime Minister
    X" holds no "prime minister"), "Hakan Fidan, the foreign minister" or "the Chief Executive, Mr John Lee"
    (an honorific before the name dropped); None when none or several."""
    office = r"\s+".join(re.escape(w) for w in role.split())
    name = cased(r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2}")
    before = re.compile(r"(?<![\w-])(?i:" + office + r")[ \t]+(?P<name>" + name + r")(?![\w'’\-])")
    after = re.compile(r"(?P<name>" + name + r"),[ \t]+(?:the[ \t]+)?(?i:" + office + r")\b")
    # "the Chief Executive, Mr John Lee, ...": the office, a comma, the holder (an honorific first)
    apposed = re.compile(r"(?<![\w-])(?i:the)[ \t]+(?i:" + office + r"),[ \t]+(?P<name>"
                         + cased(r"[A-Z][\w'’\-]+\.?(?:[ \t]+[A-Z][\w'’\-]+){1,3}") + r")(?![\w'’\-])")
    titles = load_titles().titles
    names = set()
    honorifics = load_titles().honorifics
    for m in apposed.finditer(text):
        words = m.group("name").split()
        while words and words[0].rstrip(".").lower() in honorifics:
            words = words[1:]
        if 2 <= len(words) <= 3:
            names.add(" ".join(words))
    for m in before.finditer(text):
        head = text[max(0, m.start() - 40):m.start()].split()[-2:]
        longer = [" ".join([*head[i:], role]).lower() for i in range(len(head))]
        if not any(t in titles for t in longer):
            names.add(m.group("name"))
    names |= {m.group("name") for m in after.finditer(text)}
    names = {_without_headline_verb(n) for n in names} - {None}
    names = {n for n in names if not any(n != o and o.endswith(" " + n) for o in names)}
    return names.pop() if len(names) == 1 else None


def _without_headline_verb(name: str) -> str | None:
    """``name`` up to a headline's verb, which is never part of a name (names.txt [name stop]: "Jon
    Huntsman Speaks" -> "Jon Huntsman", "Ambassador X Meets ..."); None when fewer than two words stay."""
    stop = load_names().name_stop
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in stop), len(words))
    return " ".join(words[:cut]) if cut >= 2 else None


#: the speakers of role labels that stand for the briefer the title names ("A:", "Spokesperson:")
ANSWERING_ROLES = frozenset({"Respondent", "Spokesperson"})
#: the speakers of a question's turn (role labels' names: "Q:", "QUESTION:", "JOURNALIST:")
ASKER_SPEAKERS = frozenset({"Questioner", "Journalist", "Reporter", "Correspondent"})


#: a first- or second-person word or thanks: a short last line holding one is the speaker's ("Thank you")
_SPOKEN_LINE_RE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Tt]hank|[Tt]hanks)\b")


def before_section_heading(text: str, ca: int, end: int) -> int:
    """Where turn ``ca``-``end`` ends when an editor's section heading stands between it and the next label
    ("... which is booming economically." / blank line / "Kenya-France relations/Dadaab refugee camp" /
    blank line / "Q. – In an article ..."): before the heading, a paragraph of its own that reads as one
    (:func:`helpers.layout.is_heading`, no first or second person) after a sentence's end."""
    cut = text.rfind("\n\n", ca, end)
    if cut < 0:
        return end
    head = cut + 2
    while head < end and text[head].isspace():
        head += 1
    body = text[ca:cut].rstrip()
    if (head >= end or not body or not body.endswith(FINAL_PUNCT) or not is_heading(text, head, end)
            or _SPOKEN_LINE_RE.search(text, head, end)):
        return end
    return ca + len(body)


def headline_turn_end(text: str, la: int, ca: int, end: int) -> int:
    """Where turn ``ca``-``end`` ends when its label opens the text's first line, a headline crediting its
    words with a colon ("FM X: Armenia should demonstrate political will" / blank line / the lead "X, who
    is on an official visit to ..., gave an interview to ..."): at that line's end, when the line ends
    without a sentence's punctuation and a blank line follows (the lead is the narrator's)."""
    if text[:la].strip():
        return end
    cut = text.find("\n\n", ca, end)
    if cut < 0 or text[ca:cut].rstrip().endswith(FINAL_PUNCT) or "\n" in text[ca:cut].strip():
        return end
    return ca + len(text[ca:cut].rstrip())


def _label_paren(tail: str) -> str:
    """The words in brackets between a label and its colon ("(Senior Journalist, Dylan Loh)"), "" if none."""
    tail = tail.strip()
    close = tail.find(")")
    return tail[1:close] if tail.startswith("(") and close > 0 else ""


def transcript_turns(article: Article) -> pd.DataFrame:
    """The turns table of a transcript (columns in the module docstring); empty for other formats."""
    rows = []
    if getattr(article, "format", "text") == "transcript":
        text = article.text
        labels = _label_lines(text, in_transcript=True)
        upgrade: dict[str, str] = {}
        header = header_speaker_names(text)
        # "A:" (or "Spokesperson:", "Deputy Spokesperson:") in a briefing whose title names the spokesperson
        # is that spokesperson's answer
        answerer = (header[0], "spokesperson", "person") if len(set(header)) == 1 else None
        for i, (la, ca, raw, _) in enumerate(labels):
            end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
            while ca < end and text[ca].isspace():  # "MODERATOR:" alone on its line
                ca += 1
            while end > ca and text[end - 1].isspace():
                end -= 1
            end = before_section_heading(text, ca, end)
            end = headline_turn_end(text, la, ca, end)
            spk, role, kind = parse_label(raw)
            label_end = text.find(raw, la) + len(raw)  # (after a bold label's "**")
            named = paren_name(text, _label_paren(text[label_end:ca]))
            if named:  # "CNA (Senior Journalist, Dylan Loh):" is Dylan Loh's turn
                spk, kind = named, "person"
            elif answerer and spk in ANSWERING_ROLES:
                spk, role, kind = answerer
            elif kind == "anonymous" and role and role not in load_transcript_labels().roles:
                # "Foreign Minister:" after "Penny Wong, Foreign Minister:" is Penny Wong's turn
                holder = office_holder(text, role)
                if holder:
                    spk, kind = holder, "person"
            if kind == "person" and " " not in spk and (full := initials_name(text, raw)) is not None:
                spk = full  # "SL:" is Sara Lindqvist, whom the text names in full
            if kind == "person" and " " not in spk:
                if spk not in upgrade:
                    firsts = _full_names(text, spk)
                    upgrade[spk] = f"{firsts.pop()} {spk}" if len(firsts) == 1 else spk
                spk = upgrade[spk]
            rows.append((i, raw, spk, role, kind, la, label_end, ca, end, text[ca:end]))
    return frame(rows, TURN_COLUMNS, ("turn_id", "label_start", "label_end", "start", "end"))


def transcript_layout(text: str) -> tuple[list[Paragraph], Dateline | None]:
    """Plain-text paragraphs, split so that every speaker label starts a paragraph that is never a heading."""
    starts = sorted(a for a, _, _, _ in _label_lines(text, in_transcript=True))
    label_set = set(starts)
    blocks: list[Block] = []
    for a, b in paragraph_spans(text):
        cuts = [a, *starts[bisect.bisect_right(starts, a):bisect.bisect_left(starts, b)], b]
        for s, e in itertools.pairwise(cuts):
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                blocks.append((s, e, TURN if s in label_set else None))
    return layout(text, blocks)


def transcript_statements(article: Article, found: pd.DataFrame, speaker_types: dict[str, str] | None = None
                          ) -> pd.DataFrame:
    """Statements of a transcript: each turn is its speaker's, minus what the speaker attributes to others.

    ``found`` is the statements table the attribution rules give for the whole text. A statement found
    inside a turn whose speaker is someone other than the turn's speaker (a quotation or reported speech
    the speaker credits to another: ``He said, "We will not back down"``) is kept as that person's; the
    rest of the turn is cut around those spans into statements of the turn's speaker (kind ``turn``,
    cue ``""``, rule ``transcript turn``), dropping leftovers with fewer than two words (the "he said"
    between the pieces). Statements found outside every turn (a header, a closing note) are kept.
    Columns as :data:`helpers.attribution.statements.STATEMENT_COLUMNS`; rows in text order, ids renumbered.
    """
    import pandas as pd

    turns = article.turns
    if not len(turns):
        return found
    text = article.text
    sents = article.sentences
    s_starts = sents["start"].tolist()
    s_ends = sents["end"].tolist()
    cols = list(found.columns)
    rows: list[dict[str, Any]] = []
    inside_any = [False] * len(found)
    recs = found.to_dict("records")
    reported = _answerer_reported(article, cols)
    _opening_announcements(article, recs, rows, s_starts, s_ends, speaker_types)
    for t in turns.itertuples(index=False):
        others = list(reported.get(int(t.label_start), []))
        for k, r in enumerate(recs):
            if r["start"] >= t.start and r["end"] <= t.end:
                inside_any[k] = True
                if _same_speaker(r.get("speaker"), t.speaker) or addressed(text, r, t) or (
                    institution_speaks_now(article, r, t)
                ):
                    continue  # the speaker quoting themself, or "I said": the turn covers it
                others.append(r)
        others.sort(key=lambda r: r["start"])
        rows.extend(others)
        if legend_words(text[t.start:t.end]):
            continue  # "BRIEFER: William Spindler, UNHCR Spokesperson": who speaks, no statement
        pos = t.start
        you_said = {id(r) for r in reported.get(int(t.label_start), [])}
        for r in others:
            cut_a, cut_b = _with_frame(r, t)
            if cut_a > pos:
                _add_piece(rows, text, pos, cut_a, t, s_starts, s_ends, speaker_types)
            if t.speaker in ASKER_SPEAKERS and id(r) not in you_said and cut_b > max(pos, cut_a):
                # a question that reports what others said ("Q: The US said that it has given up ...") is
                # the asker's words too, beside the reported party's statement ("you said that ..." excepted:
                # the answerer's own words reported back)
                _add_piece(rows, text, max(pos, cut_a), cut_b, t, s_starts, s_ends, speaker_types)
            pos = max(pos, cut_b)
        if t.end > pos:
            _add_piece(rows, text, pos, t.end, t, s_starts, s_ends, speaker_types)
    rows.extend(r for k, r in enumerate(recs) if not inside_any[k])
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for i, r in enumerate(rows):
        r["statement_id"] = i
    out = pd.DataFrame(rows, columns=cols)
    ints = [c for c in ("statement_id", "speaker_start", "speaker_end", "cue_start", "cue_end", "start",
                        "end", "sentence_id") if c in out.columns]
    return out.astype(dict.fromkeys(ints, "int64"))


def _opening_announcements(
    article: Article, recs: list[dict[str, Any]], rows: list[dict[str, Any]], s_starts: list[int],
    s_ends: list[int], speaker_types: dict[str, str] | None,
) -> None:
    """A briefing's transcript under a title naming its one spokesperson ("Foreign Ministry Spokesperson Lu
    Kang's Regular Press Conference on June 15, 2015"), whose first turn is a question ("Q:"), may open with
    announcements before it ("At the invitation of Foreign Minister Wang Yi, X will pay an official visit to
    China from June 18 to 19."): the spokesperson's, as the "A:" turns are. A paragraph naming the
    spokesperson ("Foreign Ministry Spokesperson Hong Lei held a press conference on ...": the transcript's
    introduction), one without a sentence's final punctuation (a title, a date line) and one holding a
    statement the rules found are left as they are."""
    turns = list(article.turns.itertuples(index=False))
    header = header_speaker_names(article.text)
    if len(set(header)) != 1 or turns[0].speaker not in ASKER_SPEAKERS:
        return
    answer = next((t for t in turns if t.speaker == header[0]), None)
    if answer is None:
        return
    text = article.text
    names = {w.lower() for w in header[0].split()}
    for a, b in paragraph_spans(text):
        if b > turns[0].label_start:
            break
        body = text[a:b].rstrip()
        if body[-1:] not in SENTENCE_END or names & {w.strip(".,:;'’s").lower() for w in body.split()}:
            continue
        if any(r["start"] < b and r["end"] > a for r in recs):
            continue
        end = a + len(body)
        _add_piece(rows, text, a, end, answer._replace(start=a, end=end), s_starts, s_ends, speaker_types)


@functools.lru_cache(maxsize=1)
def _you_said_re() -> re.Pattern[str]:
    """ "you said that" in a question, with any past form of ``speech_verbs.txt`` ("you stated that", "you
    have also mentioned that", "you told reporters that"): the answerer's own earlier words reported back
    to them ("During this morning's press conference, you said that you had not ...")."""
    past = sorted(
        {f for f, v in load_verbs().items() if v.form == "past" and f.isalpha()}, key=len, reverse=True
    )
    return re.compile(
        r"\b(?P<you>[Yy]ou)[ \t]+(?:have[ \t]+|had[ \t]+)?(?:also[ \t]+)?"
        rf"(?P<cue>{'|'.join(past)})(?:[ \t]+(?:us|reporters|the[ \t]+press))?[ \t]+that\b"
    )


def _answerer_reported(article: Article, cols: list[str]) -> dict[int, list[dict[str, Any]]]:
    """Per questioner's turn (keyed by its label's start), the sentences that report the answerer's own
    words back to them (:func:`_you_said_re`): the answerer's statements, as the gold of the held-out
    rounds reads a question that reports a statement with its content (its source's, not the asker's).
    The answerer is the speaker of the next turn with a named speaker."""
    turns = article.turns
    rows = list(turns.itertuples(index=False))
    sents = article.sentences
    starts, ends = sents["start"].tolist(), sents["end"].tolist()
    out: dict[int, list[dict[str, Any]]] = {}
    for i, t in enumerate(rows):
        if t.speaker_type != "anonymous":
            continue
        answerer = next((u for u in rows[i + 1 :] if u.speaker_type != "anonymous"), None)
        if answerer is None:
            continue
        for m in _you_said_re().finditer(article.text, t.start, t.end):
            k = max(0, bisect.bisect_right(starts, m.start()) - 1)
            a, b = max(starts[k], t.start), min(ends[k], t.end)
            row = dict.fromkeys(cols, "")
            row.update(
                statement_id=-1, speaker=answerer.speaker, speaker_type=answerer.speaker_type,
                speaker_mention=m.group("you"), speaker_start=m.start("you"), speaker_end=m.end("you"),
                cue=m.group("cue"), cue_start=m.start("cue"), cue_end=m.end("cue"), kind="indirect",
                start=a, end=b, text=article.text[a:b], sentence_id=k, sentence_ids=str(k),
                rule="transcript: the answerer's words reported back in a question ('you said that')",
            )
            out.setdefault(int(t.label_start), []).append({c: row[c] for c in cols})
    return out


def _with_frame(r: dict[str, Any], turn: Any) -> tuple[int, int]:
    """The span a statement nested in a role label's turn (a questioner's, a moderator's: speaker type
    "anonymous") takes out of it: its content with its speaker phrase and cue when they stand in the turn
    ("Q: Vice Minister X said yesterday that ..." is X's statement; its frame "Vice Minister X said
    yesterday that" is no words of the questioner). A named speaker's frame stays theirs: a spokesperson's
    "The Chinese side has noted ..." is the spokesperson's words too."""
    if turn.speaker_type != "anonymous":
        return r["start"], r["end"]
    spans = [(r["start"], r["end"])] + [
        (r[f"{k}_start"], r[f"{k}_end"]) for k in ("speaker", "cue")
        if turn.start <= r.get(f"{k}_start", -1) < r.get(f"{k}_end", -1) <= turn.end
    ]
    return min(a for a, _ in spans), max(b for _, b in spans)


_PIECE_TRIM = " \t\r\n,;:—–-\"“”«»'‘’()[]"
#: a piece of a turn that is only a bracketed aside is a stage direction, nobody's words: "(Audio is
#: unclear)", "[inaudible]", "(Laughter.)" after "Journalist:"
STAGE_DIRECTION_PIECE_RE = re.compile(r"[(\[][^()\[\]]*[)\]]\.?")


#: what closes a full sentence before a stage direction
SENTENCE_END = tuple('.!?…"”»’')


def before_stage_direction(text: str, a: int, b: int) -> int:
    """Where a turn's piece ``a``-``b`` ends without the stage direction closing it after a full sentence:
    "... or is it mask to mask?  (Laughter.)" ends after "mask?" (the transcriber's note is nobody's words,
    as :data:`STAGE_DIRECTION_PIECE_RE` reads a piece that is only the note); ``b`` if none."""
    tail = text[a:b].rstrip()
    close = tail.rstrip(".")
    if not close.endswith((")", "]")):
        return b
    opening = max(close.rfind("("), close.rfind("["))
    head = tail[:opening].rstrip()
    if opening <= 0 or not head.endswith(SENTENCE_END):
        return b
    if not STAGE_DIRECTION_PIECE_RE.fullmatch(tail[opening:]):
        return b
    return a + len(head)


#: a turn's piece that is one word in capitals without brackets or a full stop is a transcriber's note too,
#: nobody's words: "JOURNALIST: INAUDIBLE", "CROSSTALK" (a government doorstop transcript's house style)
CAPITALS_NOTE_PIECE_RE = re.compile(cased(r"[A-Z]{4,}"))


def _add_piece(rows, text, a, b, turn, s_starts, s_ends, speaker_types) -> None:
    piece = text[a:b].strip()
    if STAGE_DIRECTION_PIECE_RE.fullmatch(piece) or CAPITALS_NOTE_PIECE_RE.fullmatch(piece):
        return
    b = before_stage_direction(text, a, b)
    while a < b and (text[a] in _PIECE_TRIM or text[a] in ".!?…"):  # the end of the cut-out sentence
        a += 1
    while b > a and text[b - 1] in _PIECE_TRIM and text[b - 1] not in "”»’\")":
        b -= 1
    if len(re.findall(r"[^\W\d_]+", text[a:b])) < 2 and not (a <= turn.start + 2 and b >= turn.end - 2):
        return
    if a >= b:
        return
    first = max(0, bisect.bisect_right(s_starts, a) - 1)
    last = max(first, bisect.bisect_left(s_starts, b) - 1)
    ids = [i for i in range(first, last + 1) if s_ends[i] > a and s_starts[i] < b] or [first]
    # a sentence of the piece that is only a stage direction ("Thank you. (Laughter). We discussed ...")
    # is the transcriber's note inside the turn, nobody's words
    ids = [
        i for i in ids if not STAGE_DIRECTION_PIECE_RE.fullmatch(text[s_starts[i]:s_ends[i]].strip())
    ] or ids
    rows.append({
        "statement_id": -1, "speaker": turn.speaker,
        "speaker_type": (speaker_types or {}).get(turn.speaker, turn.speaker_type),
        "speaker_mention": turn.speaker_label, "speaker_start": int(turn.label_start),
        "speaker_end": int(turn.label_end), "cue": "", "cue_start": -1, "cue_end": -1, "kind": "turn",
        "start": a, "end": b, "text": text[a:b], "sentence_id": ids[0],
        "sentence_ids": ",".join(str(i) for i in ids), "rule": "transcript turn",
    })


def addressed(text: str, r: dict[str, Any], turn: Any) -> bool:
    """A statement found in a turn whose speaker phrase opens the turn before a comma names the one
    addressed, not a source: "JOURNALIST: Deputy Prime Minister, welcome to Washington" is the
    journalist's greeting (a vocative), not the Deputy Prime Minister's words."""
    a, b = r.get("speaker_start", -1), r.get("speaker_end", -1)
    return a == turn.start and 0 <= b < len(text) and text[b] == ","


#: the speaker types of an institution a person's turn may speak for ("WHO welcomes ...")
INSTITUTION_TYPES = ("organisation", "state")


def institution_speaks_now(article: Article, r: dict[str, Any], turn: Any) -> bool:
    """A statement in a person's turn whose speaker is an organisation or a state opening its sentence, with
    a speech verb in the present ("The United States strongly condemns ISIL's actions" in the spokesperson's
    turn, "WHO welcomes the extension ..." in the Director-General's): the person speaking for their
    institution, the turn's words (as the attribution's ``institution_speaks_now`` reads a labelled
    paragraph); a past "China said that ..." still reports another's words."""
    if turn.speaker_type != "person" or r.get("speaker_type") not in INSTITUTION_TYPES:
        return False
    verb = load_verbs().get(str(r.get("cue", "")).lower())
    a = int(r.get("speaker_start", -1))
    if verb is None or verb.form != "s" or a < 0:
        return False
    starts = article.sentences["start"].tolist()
    k = max(0, bisect.bisect_right(starts, a) - 1)
    return not article.text[max(starts[k], turn.start):a].strip(" \t\n\"“")


def _same_speaker(a: Any, b: str) -> bool:
    if not isinstance(a, str) or not a:
        return False
    la, lb = a.lower().split(), b.lower().split()
    return la == lb or (bool(la) and bool(lb) and la[-1] == lb[-1])
