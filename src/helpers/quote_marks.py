"""Quotation marks paired into quotations: one pairer for the sentence splitter and the attribution.

:func:`pair_marks` walks the marks of a stretch of text with a stack; a :class:`QuoteMarks` object says
which marks count and how a straight double quote is read. Two uses, two mark sets:

- :func:`find_quotes` (the attribution, :data:`ARTICLE_MARKS`) pairs straight and curly double quotes,
  guillemets « », „German“ quotes and single quotes ‘…’/'…' (an apostrophe between letters is never a
  quote), and the typewriter marks ``…'' and ''…'' of archives and Penn-Treebank corpora, paragraph by
  paragraph, and keeps the outermost quotations as :class:`Quote` objects. A double mark left open at the
  end of a paragraph closes there when the next paragraph opens a quotation (the multi-paragraph
  convention); a single mark that opens a paragraph and is never closed ends at the paragraph's end
  (:func:`unclosed_single`); a double mark run on over paragraphs without reopening marks and closed once
  later (:func:`unmarked_run_close`) or opening the text's last paragraph (:func:`unclosed_last`) is a
  quotation too, and a curly mark turned the wrong way is read by its place (:func:`reversed_closer`,
  :func:`reversed_opener`), and straight marks set off by blanks inside the quotation pair with each other
  (:func:`padded_mark`); other marks left open are reported as unbalanced, and cost only themselves:
  the quotations after a stray mark still count as outermost (:func:`outermost`).
- :func:`quote_pairs` (the sentence splitter, :data:`SENTENCE_MARKS`) pairs double quotes, guillemets
  « » and ‹ › in one stretch and returns every pair, nested ones too; single quotes are not read.

Example::

    >>> qs, bad = find_quotes('He said: "We are ready." Done.', [(0, 30)])
    >>> [(q.inner_start, q.inner_end, q.words) for q in qs], bad
    ([(10, 23, 3)], [])
    >>> quote_pairs('«a "b" c»')
    ([(0, 8), (3, 5)], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .letters import cased

#: values of :attr:`Quote.kind` (the ``kind`` column of the quotations table)
QUOTE_STATEMENT = "statement"  # the words of an attributed statement
QUOTE_SCARE = "scare"  # one word, or a name after "dubbed"/"called": nobody's words
QUOTE_UNATTRIBUTED = "unattributed"  # several words that no statement is credited with


@dataclass(frozen=True)
class QuoteMarks:
    """Which quotation marks :func:`pair_marks` reads: ``pattern`` finds every mark it looks at;
    ``openers`` always open (and ``„`` is closed by ``“``); ``closers`` always close what is open, of
    whatever kind; a straight ``"`` opens after white space or one of ``opens_after`` when a non-space
    follows, and closes otherwise; ``singles``: read ‘ ’ and ' as single quotes (they never close a
    double one: a closing double mark drops the single quotes left open inside it)."""

    pattern: re.Pattern[str]
    openers: str
    closers: str
    opens_after: str
    singles: bool
    #: read a curly mark turned the wrong way by its place (:func:`reversed_closer`, :func:`reversed_opener`):
    #: the attribution reads it so; the sentence splitter keeps its plain reading
    reversed_marks: bool = False


#: an HTML entity of a double quotation mark, its ampersand optional (the keys of :data:`HTML_QUOTE_ENTITIES`)
_HTML_ENTITY = r"&?(?:[lr]dquo|quot|#822[01]|#34);"

#: the attribution's marks: double, guillemets « », „German“, single ‘…’ and '…', and the typewriter
#: pairs of archives and Penn-Treebank corpora: ``…'' and doubled apostrophes ''…'' (read as one mark each),
#: and the double marks of scraped copies left as HTML entities (:data:`HTML_QUOTE_ENTITIES`)
ARTICLE_MARKS = QuoteMarks(
    re.compile(_HTML_ENTITY + r"|``|''|’’|[\"“”«»„‘’']"),
    "“«„",
    "”»",
    "([{—–-/:‘'",
    singles=True,
    reversed_marks=True,
)

#: double quotation marks left as HTML entities in scraped copies, with or without their ampersand
#: ("continued: ldquo;We discussed Ukraine ...rdquo;", "&ldquo;", "&quot;", "&#8220;"): each is read as the
#: mark it stands for, reported at its last character, the semicolon (so a quotation's words start right
#: after it and offsets still point into the original text; a closing one is cut off the words)
HTML_QUOTE_ENTITIES = {"ldquo;": "“", "rdquo;": "”", "quot;": '"', "#8220;": "“", "#8221;": "”", "#34;": '"'}
_ENTITY_END_RE = re.compile(_HTML_ENTITY + r"\Z")


def entity_mark(raw: str) -> str:
    """The quotation mark an HTML entity stands for (``"ldquo;"`` or ``"&ldquo;"`` -> “), else ``raw``."""
    return HTML_QUOTE_ENTITIES.get(raw.lstrip("&").lower(), raw)


#: the typewriter marks read as one double quotation mark: ``…'' (Penn Treebank, LaTeX) and ''…''
TYPEWRITER_OPEN = "``"
TYPEWRITER_DOUBLE = "''"
#: two closing apostrophes set for a closing double mark, as some agencies type it ("“Both leaders pledged
#: to intensify cooperation,’’ he said."): they close an open double mark, else are two single marks
DOUBLED_APOSTROPHE = "’’"
#: the sentence splitter's marks: double, guillemets « » and ‹ ›, „German“; no single quotes
SENTENCE_MARKS = QuoteMarks(re.compile(r'["“”«»„‹›]'), "“«„‹", "”»›", "([{—–-/:", singles=False)


def pair_marks(
    text: str, start: int, end: int, marks: QuoteMarks
) -> tuple[list[tuple[int, int, int]], list[tuple[int, str]], list[int]]:
    """Pair the marks of ``text[start:end]``: ``(pairs, left_open, unmatched)`` where ``pairs`` are
    ``(open position, close position, depth)`` in closing order (depth 0: outermost), ``left_open`` the
    ``(position, mark)`` still open at ``end``, ``unmatched`` the closing marks with nothing open."""
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int, int]] = []
    unmatched: list[int] = []

    def close(i: int) -> None:
        if marks.singles:
            while stack and stack[-1][1] in "‘'":
                stack.pop()
        if stack:
            o = stack.pop()[0]
            pairs.append((o, i, len(stack)))
        else:
            unmatched.append(i)

    for m in marks.pattern.finditer(text, start, end):
        i, ch = m.start(), entity_mark(m.group())
        prev = text[i - 1] if i > start else " "
        nxt = text[m.end()] if m.end() < end else " "
        i = m.end() - 1 if ch != m.group() else i  # an entity is reported at its semicolon
        top = stack[-1][1] if stack else None
        if ch == TYPEWRITER_OPEN:
            stack.append((i, ch))
        elif ch == TYPEWRITER_DOUBLE:  # like a straight ", reported at its second apostrophe
            if (prev.isspace() or prev in marks.opens_after) and not nxt.isspace():
                stack.append((i, ch))
            else:
                close(i + 1)
        elif ch == DOUBLED_APOSTROPHE:
            _doubled_apostrophe(text, i, prev, nxt, stack, pairs, close)
        elif ch == '"':
            opening = (prev.isspace() or prev in marks.opens_after) and not nxt.isspace()
            opening = opening or comma_opener(prev, nxt, top == '"')
            padded = padded_mark(text, i, prev, nxt, stack)
            if padded is not None:
                opening = padded
            if opening and not spaced_closer(text, m.end(), end):
                stack.append((i, '"'))
            else:
                close(i)
        elif ch == "“" and top == "„":
            pairs.append((stack.pop()[0], i, len(stack)))
        elif ch == "“" and marks.reversed_marks and top in _DOUBLE_OPEN and (
            reversed_closer(prev, nxt) or (nxt.isspace() and not text[m.end() : end].strip())
        ):
            close(i)  # "... is CARICOM “." or a “ ending the paragraph: a closing mark turned the wrong way
        elif ch in marks.openers or (
            ch == "”" and marks.reversed_marks and not stack
            and (reversed_opener(prev, nxt, marks) or opener_after_colon(text, i, m.end(), end))
        ):
            stack.append((i, ch))
        elif ch in marks.closers:
            close(i)
        else:
            _single(text, i, ch, prev, nxt, top, stack, pairs)
    return pairs, stack, unmatched


#: the double marks a reversed closer “ may close (a straight ", a curly “ or a reversed opener ”)
_DOUBLE_OPEN = ('"', "“", "”")


def reversed_closer(prev: str, nxt: str) -> bool:
    """An opening-shaped “ that closes the quotation open before it: it stands before a full stop, comma
    or other closing punctuation, or after a word at a line's or text's end (typeset by a word processor
    that turned the marks the wrong way: "... is CARICOM “." , "... last year“.", "... the agenda“, added
    X"); rule: a mark whose place contradicts its shape is read by its place."""
    return nxt in ".,;:!?)" or (nxt.isspace() and not prev.isspace())


def comma_opener(prev: str, nxt: str, straight_open: bool) -> bool:
    """A straight " right after a comma and before a letter, with no straight quotation open: the space
    after a cue was left out ('the minister said,"We sat down ...'), so it opens; with one open it closes
    ('"... our enemies,"he said')."""
    return prev == "," and nxt.isalpha() and not straight_open


def padded_mark(text: str, i: int, prev: str, nxt: str, stack: list[tuple[int, str]]) -> bool | None:
    """A straight " set off by blanks inside the quotation, as some releases type it (``the day. " The
    committee urges all ..., " Mr X said.``): with blanks on both sides and no straight mark open it opens
    (True); after a blank, while such a padded mark is open, it closes (False), even before a word. None:
    no padded mark, the plain reading holds."""
    if stack and stack[-1][1] == '"':
        o = stack[-1][0]
        padded_open = o + 1 < len(text) and text[o + 1] in " \t"
        return False if padded_open and prev in " \t" else None
    return True if prev in " \t" and nxt in " \t" else None


def spaced_closer(text: str, j: int, end: int) -> bool:
    """A straight " after a space but before a comma or a stop that ends a clause (``... our work there ",
    said the Albanian chief diplomat``, translated copy's stray space): it closes, since no quotation opens
    on punctuation; ".... Also" (an ellipsis opening a quotation) still opens."""
    nxt = text[j] if j < end else " "
    after = text[j + 1] if j + 1 < end else " "
    return nxt in ",;:!?)" or (nxt == "." and after.isspace())


def reversed_opener(prev: str, nxt: str, marks: QuoteMarks) -> bool:
    """A closing-shaped ” with nothing open, after white space, an opening bracket or a cue's comma and
    before a letter or digit: it opens ("With Secretary of State Rex Tillerson ”our impression was very
    positive ...“", "Abdulkadir stated,”Nigeria’s Minister ..."; a closing mark after a comma has a blank
    after it: '...,” he said')."""
    return (prev.isspace() or prev in marks.opens_after or prev == ",") and nxt.isalnum()


#: a colon and blanks before a mark, blanks and a capital or digit after it (:func:`opener_after_colon`)
_COLON_BEFORE_RE = re.compile(r":[ \t]+$")
_CAPITAL_AFTER_RE = re.compile(cased(r"(?<![ \t])[ \t]++[A-Z0-9]"))


def opener_after_colon(text: str, i: int, j: int, end: int) -> bool:
    """A closing-shaped ” with nothing open, set off by blanks after a colon and before a capital or digit:
    it opens (``Hariri said: ” We are committed to ...”``, a site's copy that typed both marks alike); the
    colon of a cue comes before words, never after a quotation's end."""
    return (
        _COLON_BEFORE_RE.search(text, max(0, i - 4), i) is not None
        and _CAPITAL_AFTER_RE.match(text, j, end) is not None
    )


def _doubled_apostrophe(text: str, i: int, prev: str, nxt: str, stack: list, pairs: list, close) -> None:
    """’’ at ``i``: a closing double mark when a double mark is open under any single ones (reported at its
    second apostrophe, as ''), else two single marks read one by one (:func:`_single`)."""
    if any(mark not in "‘'" for _pos, mark in stack):
        close(i + 1)
        return
    _single(text, i, "’", prev, "’", stack[-1][1] if stack else None, stack, pairs)
    _single(text, i + 1, "’", "’", nxt, stack[-1][1] if stack else None, stack, pairs)


def _single(
    text: str, i: int, ch: str, prev: str, nxt: str, top: str | None, stack: list, pairs: list
) -> None:
    """A single quotation mark: ‘ opens after a non-alphanumeric; ’ or ' between letters is an
    apostrophe; ' opens after white space, a bracket, a dash or a double mark before a letter; either
    closes its own kind before a non-alphanumeric."""
    if ch == "‘":
        if not prev.isalnum():
            stack.append((i, "‘"))
        return
    if prev.isalpha() and nxt.isalpha():
        return
    if ch == "’":
        if top == "‘" and not nxt.isalnum():
            pairs.append((stack.pop()[0], i, len(stack)))
    elif (prev.isspace() or prev in '([{—–-"“') and nxt.isalpha():
        stack.append((i, "'"))
    elif top == "'" and not nxt.isalnum():
        pairs.append((stack.pop()[0], i, len(stack)))


def quote_pairs(text: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[int]]:
    """Balanced quotation pairs in ``text[start:end]`` and the positions of unmatched marks (the sentence
    splitter's reading, :data:`SENTENCE_MARKS`).

    Returns ``(pairs, unmatched)``: ``pairs`` are ``(open_pos, close_pos)`` of matching double quotes,
    curly quotes or guillemets (outermost and nested alike); ``unmatched`` are quote marks that open and
    never close, or close with nothing open.
    """
    end = len(text) if end is None else end
    pairs, left_open, unmatched = pair_marks(text, start, end, SENTENCE_MARKS)
    return sorted((o, c) for o, c, _ in pairs), sorted(unmatched + [p for p, _ in left_open])


@dataclass
class Quote:
    """One outermost quotation: the marks at ``open`` and ``close - 1``, the words inside at
    ``inner_start``-``inner_end`` (space and a trailing comma trimmed), their number ``words``, ``closed``
    False for a quotation run on into the next paragraph; ``speaker``, ``statement_id`` and ``kind`` are
    set by the attribution."""

    open: int  # position of the opening mark
    close: int  # position after the closing mark (or the paragraph end)
    inner_start: int
    inner_end: int
    words: int
    closed: bool = True
    #: characters in the opening mark: 2 for the typewriter ``…'' and ''…'', else 1
    width: int = 1
    speaker: Any = None
    statement_id: int = -1
    kind: str = QUOTE_UNATTRIBUTED

    @property
    def scare(self) -> bool:
        """One word at most: a scare quote ("emotional"), never a statement of its own."""
        return self.words <= 1


_PARAGRAPH_OPENS_QUOTE = ('"', "“", "«", "„", TYPEWRITER_OPEN, TYPEWRITER_DOUBLE, "'", "‘")


def _first_mark(text: str, a: int, b: int) -> int:
    """The position of the paragraph's first non-space character (its opening mark, if any)."""
    while a < b and text[a].isspace():
        a += 1
    return a


def outermost(open_pos: int, depth: int, stray: list[int]) -> bool:
    """A pair is outermost when no mark holds it but marks left open before it and never closed (a stray
    “ at a paragraph start, an apostrophe read as an opening '): one stray mark costs at most itself, not
    the quotations after it. Example: in ``“Stray. He said “a b c.”`` the pair around "a b c." counts."""
    return depth - sum(1 for p in stray if p < open_pos) == 0


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quote], list[int]]:
    """Outermost quotations per paragraph (:data:`ARTICLE_MARKS`), and the positions of marks left
    unbalanced (closing marks with nothing open, ‘ and double marks left open; a straight ' left open is
    taken for an apostrophe)."""
    quotes: list[Quote] = []
    bad: list[int] = []
    run_closers: set[int] = set()  # the closing marks of quotations run on without reopening marks
    for pi, (a, b) in enumerate(paragraphs):
        pairs, left_open, unmatched = pair_marks(text, a, b, ARTICLE_MARKS)
        bad.extend(p for p in unmatched if p not in run_closers)
        # a single mark left open counts like a double one when it opens the paragraph ('Norway ...)
        doubles = [p for p, k in left_open if k not in "‘'" or p == _first_mark(text, a, b)]
        run = None
        if doubles:
            nxt_para = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            cont = nxt_para is not None and text.startswith(_PARAGRAPH_OPENS_QUOTE, nxt_para[0])
            closer = None if cont or len(doubles) != 1 else unmarked_run_close(text, paragraphs, pi)
            if (cont or closer is not None) and len(doubles) == 1:  # the quotation runs on
                run = doubles[0]
                quotes.append(_quote(text, run, _trimmed_end(text, run, b), closed=False))
                if closer is not None:
                    run_closers.add(closer)
            elif (run := unclosed_single(text, a, b, left_open)) is not None or (
                run := unclosed_last(text, paragraphs, pi, doubles)
            ) is not None:
                quotes.append(run)
                run = run.open
            else:
                bad.extend(doubles)
        bad.extend(p for p, k in left_open if k == "‘")
        stray = [p for p, _k in left_open if p != run]
        quotes.extend(_quote(text, o, c + 1) for o, c, depth in pairs if outermost(o, depth, stray))
    quotes.sort(key=lambda q: q.open)
    return quotes, sorted(bad)


#: how many paragraphs a quotation may run over without reopening marks before it closes
UNMARKED_RUN_PARAGRAPHS = 10
_DOUBLE_MARK_RE = re.compile("[\"“”«»„]")
_RUN_CLOSERS = "\"”»“"


def unmarked_run_close(text: str, paragraphs: list[tuple[int, int]], pi: int) -> int | None:
    """The closing mark of a quotation that paragraph ``pi`` leaves open and that runs on over the
    paragraphs after it without reopening marks, closed once at a later paragraph's end (the convention
    of the Kremlin, the UN and many wires for a message or statement read out whole: "The message reads:
    / “The results of the voting ... / We consider relations ... / Of course, I also hope ... agenda.”";
    rule: quotation run on without reopening marks). The paragraphs in between hold no double mark, the
    closing one holds only its closer, last (before a full stop at most); at most
    :data:`UNMARKED_RUN_PARAGRAPHS`. None when the quotation is not run on so."""
    for c, d in paragraphs[pi + 1 : pi + 1 + UNMARKED_RUN_PARAGRAPHS]:
        marks = [m.start() for m in _DOUBLE_MARK_RE.finditer(text, c, d)]
        if not marks:
            continue
        end = _trimmed_end(text, c, d)
        end -= text[end - 1 : end] == "." and end - 1 > c
        return marks[0] if len(marks) == 1 and marks[0] == end - 1 and text[end - 1] in _RUN_CLOSERS else None
    return None


def _trimmed_end(text: str, a: int, b: int) -> int:
    """``b`` moved back over white space, not before ``a``."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def unclosed_single(text: str, a: int, b: int, left_open: list[tuple[int, str]]) -> Quote | None:
    """A single quotation mark that opens paragraph ``a``-``b`` and is never closed, when the next
    paragraph does not carry it on ("'The agreement will make it possible ... civilians." and no closing
    mark, as a ministry's release printed it): the quotation ends at the paragraph's end, or before the
    next single mark left open in it ("'We welcome it, said X. 'We urge ..."). It counts as closed there
    (it does not run on). An apostrophe between letters is never a mark (O'Brien), nor one after a
    letter before a space (the ministers' talks, read as a closing mark when a quotation is open)."""
    if not left_open or left_open[0][1] not in "‘'" or left_open[0][0] != _first_mark(text, a, b):
        return None
    o = left_open[0][0]
    later = [p for p, k in left_open[1:] if k in "‘'"]
    return _left_open(text, o, later[0] if later else b)


def unclosed_last(text: str, paragraphs: list[tuple[int, int]], pi: int, doubles: list[int]) -> Quote | None:
    """A double mark that opens the text's last paragraph and is never closed (a copy cut at its end, or
    a closing mark the page dropped: "“I welcome the interest of Australian investors in ... sectors."
    ending the text): the quotation ends at the text's end, and counts as closed there, like
    :func:`unclosed_single` (rule: quotation left open by the last paragraph)."""
    a, b = paragraphs[pi]
    if pi != len(paragraphs) - 1 or doubles != [_first_mark(text, a, b)]:
        return None
    return _left_open(text, doubles[0], b)


def _left_open(text: str, o: int, b: int) -> Quote:
    """The quotation a mark at ``o`` leaves open up to ``b`` (trailing blanks cut), counted as closed there:
    its inner span starts right after the mark and stops before trailing space and a comma."""
    end = _trimmed_end(text, o, b)
    s, e = o + 1, end
    while e > s and text[e - 1] in " ,\t":
        e -= 1
    return Quote(o, end, s, e, len(text[s:e].split()))


def _quote(text: str, o: int, c: int, closed: bool = True) -> Quote:
    """The quotation opening at ``o`` and ending before ``c``: its inner span without space and a
    trailing comma."""
    width = 2 if text[o : o + 2] in (TYPEWRITER_OPEN, TYPEWRITER_DOUBLE) else 1
    s = o + width
    e = c
    if closed:
        e = c - 2 if c - 2 >= s and text[c - 2 : c] in (TYPEWRITER_DOUBLE, DOUBLED_APOSTROPHE) else c - 1
        if text[c - 1 : c] == ";" and (ent := _ENTITY_END_RE.search(text, max(s, c - 7), c)) is not None:
            e = ent.start()
    while e > s and text[e - 1] in " ,\t":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return Quote(o, c, s, e, len(text[s:e].split()), closed, width)
