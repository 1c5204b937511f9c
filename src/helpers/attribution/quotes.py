"""Quotation marks paired into quotations (the first step of who-said-what).

:func:`find_quotes` pairs the marks of each paragraph: straight and curly double quotes, guillemets « »,
„German“ quotes and single quotes ‘…’ (an apostrophe between letters is never a quote). Only outermost
quotations are kept; nested ones belong to their host. A double mark left open at the end of a paragraph
closes there when the next paragraph opens a quotation (the multi-paragraph convention); any other mark
left open is reported as unbalanced.

Example::

    >>> qs, bad = find_quotes('He said: "We are ready." Done.', [(0, 30)])
    >>> [(q.inner_start, q.inner_end, q.words) for q in qs], bad
    ([(10, 23, 3)], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: values of :attr:`Quote.kind` (the ``kind`` column of the quotations table)
QUOTE_STATEMENT = "statement"  # the words of an attributed statement
QUOTE_SCARE = "scare"  # one word, or a name after "dubbed"/"called": nobody's words
QUOTE_UNATTRIBUTED = "unattributed"  # several words that no statement is credited with

_QCHAR_RE = re.compile(r"[\"“”«»„‘’']")
_DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“"}


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


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> tuple[list[Quote], list[int]]:
    """Outermost quotations per paragraph, and the positions of marks left unbalanced."""
    quotes: list[Quote] = []
    bad: list[int] = []
    for pi, (a, b) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []  # (position, kind) kind: '"' '“' '«' '„' '‘' "'"
        for m in _QCHAR_RE.finditer(text, a, b):
            i = m.start()
            ch = text[i]
            prev = text[i - 1] if i > a else " "
            nxt = text[i + 1] if i + 1 < b else " "
            top = stack[-1][1] if stack else None
            if ch == '"':
                opening = (prev.isspace() or prev in "([{—–-/:‘'") and not nxt.isspace()
                if not opening and stack:
                    while stack and stack[-1][1] in "‘'":
                        stack.pop()
                    if stack:
                        _close(text, stack.pop()[0], i + 1, len(stack), quotes)
                    else:
                        bad.append(i)
                elif opening:
                    stack.append((i, '"'))
                else:
                    bad.append(i)
            elif ch == "“" and top == "„":
                _close(text, stack.pop()[0], i + 1, len(stack), quotes)
            elif ch in _DOUBLE_OPEN:
                stack.append((i, ch))
            elif ch in "”»":
                while stack and stack[-1][1] in "‘'":
                    stack.pop()
                if stack:
                    _close(text, stack.pop()[0], i + 1, len(stack), quotes)
                else:
                    bad.append(i)
            elif ch == "‘":
                if not prev.isalnum():
                    stack.append((i, "‘"))
            elif ch == "’":
                if prev.isalpha() and nxt.isalpha():
                    continue
                if top == "‘" and not nxt.isalnum():
                    _close(text, stack.pop()[0], i + 1, len(stack), quotes)
            else:  # straight single
                if prev.isalpha() and nxt.isalpha():
                    continue
                if (prev.isspace() or prev in '([{—–-"“') and nxt.isalpha():
                    stack.append((i, "'"))
                elif top == "'" and not nxt.isalnum():
                    _close(text, stack.pop()[0], i + 1, len(stack), quotes)
        # what is left open at the end of the paragraph
        doubles = [(p, k) for p, k in stack if k not in "‘'"]
        if doubles:
            nxt_para = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            cont = nxt_para is not None and text[nxt_para[0] : nxt_para[0] + 1] in ('"', "“", "«", "„")
            if cont and len(doubles) == 1:
                p = doubles[0][0]
                end = b
                while end > p and text[end - 1].isspace():
                    end -= 1
                _close(text, p, end, 0, quotes, closed=False)
            else:
                bad.extend(p for p, _ in doubles)
        for p, k in stack:
            if k == "‘":
                bad.append(p)
    quotes.sort(key=lambda q: q.open)
    return quotes, sorted(bad)


def _close(text: str, o: int, c: int, depth: int, quotes: list[Quote], closed: bool = True) -> None:
    if depth:
        return
    s, e = o + 1, (c - 1 if closed else c)
    while e > s and text[e - 1] in " ,\t":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    words = len(text[s:e].split())
    quotes.append(Quote(o, c, s, e, words, closed))
