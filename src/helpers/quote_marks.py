"""Quotation marks paired into quotations: one pairer for the sentence splitter and the attribution.

:func:`pair_marks` walks the marks of a stretch of text with a stack; a :class:`QuoteMarks` object says
which marks count and how a straight double quote is read. Two uses, two mark sets:

- :func:`find_quotes` (the attribution, :data:`ARTICLE_MARKS`) pairs straight and curly double quotes,
  guillemets « », „German“ quotes and single quotes ‘…’/'…' (an apostrophe between letters is never a
  quote), paragraph by paragraph, and keeps the outermost quotations as :class:`Quote` objects. A double
  mark left open at the end of a paragraph closes there when the next paragraph opens a quotation (the
  multi-paragraph convention); other marks left open are reported as unbalanced.
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


#: the attribution's marks: double, guillemets « », „German“, single ‘…’ and '…'
ARTICLE_MARKS = QuoteMarks(re.compile(r"[\"“”«»„‘’']"), "“«„", "”»", "([{—–-/:‘'", singles=True)
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
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        top = stack[-1][1] if stack else None
        if ch == '"':
            opening = (prev.isspace() or prev in marks.opens_after) and not nxt.isspace()
            if opening:
                stack.append((i, '"'))
            else:
                close(i)
        elif ch == "“" and top == "„":
            pairs.append((stack.pop()[0], i, len(stack)))
        elif ch in marks.openers:
            stack.append((i, ch))
        elif ch in marks.closers:
            close(i)
        else:
            _single(text, i, ch, prev, nxt, top, stack, pairs)
    return pairs, stack, unmatched


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
    speaker: Any = None
    statement_id: int = -1
    kind: str = QUOTE_UNATTRIBUTED

    @property
    def scare(self) -> bool:
        """One word at most: a scare quote ("emotional"), never a statement of its own."""
        return self.words <= 1


_PARAGRAPH_OPENS_QUOTE = ('"', "“", "«", "„")


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quote], list[int]]:
    """Outermost quotations per paragraph (:data:`ARTICLE_MARKS`), and the positions of marks left
    unbalanced (closing marks with nothing open, ‘ and double marks left open; a straight ' left open is
    taken for an apostrophe)."""
    quotes: list[Quote] = []
    bad: list[int] = []
    for pi, (a, b) in enumerate(paragraphs):
        pairs, left_open, unmatched = pair_marks(text, a, b, ARTICLE_MARKS)
        bad.extend(unmatched)
        quotes.extend(_quote(text, o, c + 1) for o, c, depth in pairs if depth == 0)
        doubles = [p for p, k in left_open if k not in "‘'"]
        if doubles:
            nxt_para = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            cont = nxt_para is not None and text[nxt_para[0] : nxt_para[0] + 1] in _PARAGRAPH_OPENS_QUOTE
            if cont and len(doubles) == 1:  # the quotation runs on into the next paragraph
                end = b
                while end > doubles[0] and text[end - 1].isspace():
                    end -= 1
                quotes.append(_quote(text, doubles[0], end, closed=False))
            else:
                bad.extend(doubles)
        bad.extend(p for p, k in left_open if k == "‘")
    quotes.sort(key=lambda q: q.open)
    return quotes, sorted(bad)


def _quote(text: str, o: int, c: int, closed: bool = True) -> Quote:
    """The quotation opening at ``o`` and ending before ``c``: its inner span without space and a
    trailing comma."""
    s, e = o + 1, (c - 1 if closed else c)
    while e > s and text[e - 1] in " ,\t":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return Quote(o, c, s, e, len(text[s:e].split()), closed)
