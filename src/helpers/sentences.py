"""Sentence spans: NLTK's Punkt with the project's parameters, plus the rules news text needs.

Punkt is used untrained (training on one article learns nothing) with two parameter sets the project
owns (``lexicons/abbreviations.txt`` and ``lexicons/sentence_starters.txt``; :func:`punkt_parameters`).
The caller splits the text into paragraphs first (:mod:`helpers.layout`), so headlines and sub-headings
that have no final punctuation are never glued to the next sentence. Inside a paragraph the boundary
rules of :data:`SENTENCE_RULES` run in order (``for r in SENTENCE_RULES: print(r.name, r.__doc__)``):

1. ``punkt`` (:class:`PunktBoundaries`): Punkt's sentence ends;
2. ``unicode ellipsis`` (:class:`EllipsisBoundaries`): a ``…`` ends a sentence when a capitalised
   sentence starter follows, as Punkt does for ``...``;
3. ``spaced ellipsis`` (:class:`SpacedEllipsisBoundaries`): ``. . .`` is one mark; four dots end a sentence;
4. ``abbreviation before a number`` (:class:`NumberAbbreviationBoundaries`): ``p. 55``, ``No. 2231``;
5. ``initials before a name`` (:class:`DottedInitialsBoundaries`): ``Rep. G.K. Butterfield``, ``the U.S.
   Secretary``;
6. ``time before a title`` (:class:`TimeBeforeTitleBoundaries`): ``at 6 P.M. Mr. Smith then`` ends
   after ``P.M.``;
7. ``agency tag`` (:class:`AgencyTagBoundaries`): ``MOSCOW, December 7. /TASS/.`` is one unit;
8. ``pronoun I`` (:class:`PronounIBoundaries`): ``you and I. Did you`` ends after ``I.``;
9. ``no lower-case start`` (:class:`LowerCaseBoundaries`): ``"This is great." she said.`` is one sentence;
10. ``list items`` (:class:`ListItemBoundaries`): ``1.) The first item 2.) The second item``, ``• 9. ...``;
11. ``padded opening mark`` (:class:`PaddedOpenerBoundaries`): a straight ``"`` set off by blanks after a
    sentence's end opens the next sentence (``every day. " The committee urges ...``);
12. ``not inside a quotation`` (:class:`QuotationBoundaries`): a boundary that falls inside a balanced
    quotation is removed (``"Easy! Why not?"`` stays one sentence), while the boundary between two
    adjacent quotations (``dialogue." "It is``) is kept; a quotation mark that never closes inside its
    paragraph is ignored rather than swallowing the paragraph.

Rules 3-10 came with issue 13: with them the splitter passes the 48 English Golden Rules of
pragmatic_segmenter (``tests/gold/golden_rules_en.yaml``, ``tests/test_golden_rules.py``; 24 before); their
words are data in ``lexicons/sentence_rules.txt`` (and the two Punkt lists).

To change the splitting, edit that list (or pass ``rules=`` to :func:`split_sentences`) with a
:class:`BoundaryRule` of your own; ``load_article(path).sentences`` shows the effect.

:func:`split_sentences` returns ``(start, end)`` spans into the text it is given; ``text[start:end]`` is
the sentence with no leading or trailing white space.

Speed: :func:`punkt` returns a :class:`FastPunkt`, NLTK's ``PunktSentenceTokenizer`` (the plain version,
``PunktSentenceTokenizer(punkt_parameters())``) with a shortcut. NLTK 3.10 runs every Punkt regex through
its ReDoS guard (the ``regex`` engine with a time limit), which makes the per-candidate decision slow;
FastPunkt answers that decision itself for the plain cases (``word. The``, ``2020. The``, ``?``/``!``) and
for paragraphs with no candidate at all, where the answer is fixed by Punkt's own rules, and leaves
everything else (abbreviations, initials, ellipses, odd punctuation) to Punkt; candidate finding and
realignment use Punkt's regexes in plain loops, the candidate pattern compiled by the standard ``re``
rather than NLTK's time-limited ``regex`` (same matches; see ``_STD_WHITESPACE_DIFF``). The output is
Punkt's, bit for bit: the class docstring gives the argument and ``tests/test_fast_punkt.py`` checks it
against Punkt. Measured on 40 UN speeches (issue 12): plain Punkt would add about 13 % to the time of
the whole pipeline, so the shortcut stays.
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from . import lexicons
from .lexicons.text import SentenceRuleWords, load_sentence_rule_words
from .quote_marks import comma_opener, padded_mark, spaced_closer
from .spans import merge_intervals

# Quotation marks. Straight double quotes are classified by context (see quote_pairs).
_OPENERS = {"“": "”", "«": "»", "„": "“", "‹": "›"}
_QUOTE_RE = re.compile(r'["“”«»„‹›]')
_QUOTES = tuple('"“”«»„‹›')  # the same marks, for a quick ``in`` test
_ELLIPSIS_RE = re.compile(r"…[\"”»’')\]]*(?=\s+([^\W\d_][\w’'-]*))")


def punkt_parameters(
    abbreviations_path: str | None = None, starters_path: str | None = None
) -> PunktParameters:
    """Untrained Punkt parameters: the project's (or the user's) abbreviations and sentence starters."""
    params = PunktParameters()
    params.abbrev_types = set(lexicons.abbreviations(abbreviations_path))
    params.sent_starters = set(lexicons.sentence_starters(starters_path))
    return params


@functools.lru_cache(maxsize=8)
def punkt(abbreviations_path: str | None = None, starters_path: str | None = None) -> PunktSentenceTokenizer:
    """The sentence tokenizer: a :class:`FastPunkt` on :func:`punkt_parameters` (built once per lexicon pair).

    ``PunktSentenceTokenizer(punkt_parameters(...))`` gives the same spans, more slowly.
    """
    return FastPunkt(punkt_parameters(abbreviations_path, starters_path))


# Punkt's "non-word" characters (PunktLanguageVars._re_non_word_chars): punctuation that ends a word token.
_NON_WORD = "[)\";}\\]*:@'({\\[‘’“”«»?!]"
# A character that is not white space for any regex engine and is not a period.
_SOLID = r"(?:[^\W_]|[!-\-/-~‘’“”«»])"
# What follows the candidate mark when Punkt's next token certainly starts right after it.
_NEXT = rf"(?:[ \t\r\n]+{_SOLID}|{_NON_WORD})"
# Rule 1: the context opens with a plain word (a letter, then letters, digits, single hyphens) and a period.
# Only ever matched at 0 of a context string; the look-behind (nothing there before 0) stops a search from
# retrying inside a long word (quadratic); the word is possessive: neither "-" nor "." is a word character.
_WORD_PERIOD = re.compile(rf"(?<![\w\-])([^\W\d_][^\W_]*+(?:-[^\W_]+)*+)\.{_NEXT}")
# Rule 2: the context opens with a whole number and a period, and the next word is not lower case.
_NUMBER_PERIOD = re.compile(r"([0-9]+)\.[ \t\r\n]+([^\W\d_])")
# Rule 3: a question or exclamation mark standing alone, with a token after it.
_QUESTION = re.compile(rf"[?!]{_NEXT}")
# Every Punkt candidate is a mark followed by white space or a non-word mark, i.e. by a non-word character.
_MAYBE_CANDIDATE = re.compile(r"[.?!]\W")
# The characters that can open a match of Punkt's re_boundary_realignment (its first character class).
_REALIGN_FIRST = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")
# NLTK compiles Punkt's patterns with the ``regex`` engine behind a time limit, which makes every search
# slow to start. Its candidate pattern (a mark, then punctuation or white space and a token) cannot
# backtrack, and the standard ``re`` finds the same matches in it, except that ``re`` counts these four
# control characters (information separators) as white space (``\s``) and ``regex`` does not; no other
# character is classed differently (checked over all of Unicode). Texts with one of them use NLTK's.
_STD_WHITESPACE_DIFF = ("\x1c", "\x1d", "\x1e", "\x1f")  # tested with ``in`` (a fast substring scan)
# What Punkt's _get_last_whitespace_index counts as white space (string.whitespace).
_PUNKT_WHITESPACE = " \t\n\r\x0b\x0c"


class FastPunkt(PunktSentenceTokenizer):
    """Punkt, with a shortcut for the common candidate boundaries. Same output as Punkt, bit for bit.

    Punkt finds every candidate boundary (``.``, ``?``, ``!`` before white space or punctuation), cuts out
    its *context* (the word before, the mark, the next token) and asks :meth:`text_contains_sentbreak`
    whether that context holds a sentence break. That question is nearly all of Punkt's time: it
    word-tokenises the context and builds annotated token objects through NLTK's ReDoS-guarded regex
    engine. Its answer depends only on the context string and the parameters, so this class answers it
    directly when the context has one of three shapes whose answer is fixed (everything else, and every
    context when the parameters carry trained collocations or orthographic data, goes to Punkt itself;
    finding candidates, building contexts and realigning quotes and brackets follow Punkt's own code step
    for step, with its regexes, in :meth:`_slices` and :meth:`_realigned`):

    1. ``word. Next`` / ``word.)``: the context opens with a word W (a letter, then letters, digits and
       single hyphens; at least two characters) and a period, followed by white space and a character that
       is not a period, or by one of Punkt's non-word marks. Punkt's word tokenizer then yields ``W.`` as
       the first token (no character of W stops a token, and the period cannot start a multi-character
       ``..``/``. . .`` token) and at least one token after it. The first pass marks ``W.`` a sentence break
       unless ``W`` (or its last hyphen part) is a known abbreviation; the second pass only revisits
       abbreviations, ellipses, initials (one letter and a period) and numbers, and W is none of them. So
       the answer is True when W is not an abbreviation (an abbreviation goes to Punkt: its second pass
       may still break before a sentence starter).
    2. ``2020. The``: a whole number and a period, white space, then a letter that is not lower case.
       ``2020.`` is typed ``##number##`` and marked a break; the second pass's number rule asks the
       orthographic heuristic about the next token, which (with no orthographic data) says "unknown" for
       a word that does not start in lower case, so the break stands: True (digits listed as an
       abbreviation go to Punkt).
    3. ``?`` or ``!`` followed by white space and a solid character, or by a non-word mark, anywhere in
       the context: the mark is a token of its own (the tokenizer stops a word before it and after it),
       the first pass marks it a break and the second pass never touches tokens without a final period,
       and a token follows it: True.

    And a text (a paragraph) with no candidate at all, no ``.``, ``?`` or ``!`` before a non-word
    character, is one span, as Punkt would make it, without Punkt's machinery.

    ``tests/test_fast_punkt.py`` compares this class with ``PunktSentenceTokenizer`` on the shapes and
    their near misses, on random text, and on real text from the shared corpora.
    """

    #: The reasons :meth:`shortcut` gives for a sentence break it decides (the numbered shapes above).
    WORD_PERIOD = "a word that is no abbreviation, then a period"
    NUMBER_PERIOD = "a number and a period before a word that is not lower case"
    QUESTION_MARK = "a question or exclamation mark before a token"

    _MEMO_SIZE = 4096
    _MEMO_KEY_LEN = 200

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params)
        self._memo: dict[str, bool] = {}
        #: The parameters (Punkt's own attribute for them is private).
        self.params = params
        #: Do the shortcuts apply? Decided once: the parameters are read as they are when the tokenizer is
        #: built (Punkt itself fills ortho_context with zeros as it looks words up, so a later scan would be
        #: ever slower).
        self.shortcuts = self.shortcuts_apply()
        # Punkt's candidate pattern, compiled by the standard ``re`` for _slices (see _STD_WHITESPACE_DIFF)
        period_context = self._lang_vars.period_context_re()
        self._period_context = re.compile(period_context.pattern, re.VERBOSE) if self.shortcuts else None

    def shortcuts_apply(self) -> bool:
        """The shortcuts assume English language variables and untrained parameters."""
        params = self.params
        return (
            type(self._lang_vars) is PunktLanguageVars
            and not params.collocations
            and not any(params.ortho_context.values())
        )

    def one_sentence(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` (trimmed, at most ``WINDOW`` long) one sentence under the default rules?

        True when it holds no Punkt candidate (no ``.``, ``?`` or ``!`` before a non-word character) and no
        ``…``: Punkt gives one span and no rule of :data:`SENTENCE_RULES` adds a boundary. Most
        one-sentence paragraphs of news text end with their only mark, and skip every step.
        """
        return (
            self.shortcuts
            and end - start <= WINDOW
            and _MAYBE_CANDIDATE.search(text, start, end) is None
            and text.find("…", start, end) < 0
        )

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
        """Punkt's spans; a text with no candidate boundary at all is one span without asking Punkt.

        With no candidate, Punkt yields the text up to its trailing white space, if that is not empty.
        """
        if self.shortcuts and realign_boundaries:
            if _MAYBE_CANDIDATE.search(text) is None:
                end = len(text.rstrip())
                return iter([(0, end)] if end else [])
            return iter(self._realigned(text, self._slices(text)))
        return super().span_tokenize(text, realign_boundaries)

    # NLTK's span_tokenize chains four generators per text (candidate contexts, slices, pairs,
    # realignment); for the many short paragraphs of news text their overhead is a good part of the
    # time. _slices and _realigned are the same steps written as two plain loops: the same regexes
    # (NLTK's ReDoS-guarded ones, but the candidate pattern in the standard ``re``: it cannot backtrack),
    # the same questions to text_contains_sentbreak in the same order.

    def _slices(self, text: str) -> list[tuple[int, int]]:
        """``_slices_from_text`` over ``_match_potential_end_contexts``, as ``(start, stop)`` pairs."""
        slices: list[tuple[int, int]] = []
        last_break = 0

        def decide(match, word_start: int) -> None:  # _slices_from_text's loop body
            nonlocal last_break
            # Punkt's context: the word before the mark, the mark and what follows it (the look-ahead
            # group "after_tok"), which lie side by side in the text
            context = text[word_start : match.end("after_tok")]
            if self.text_contains_sentbreak(context):
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()

        prev_start = prev_stop = 0
        prev_match = None
        rx = self._period_context
        if rx is None or any(c in text for c in _STD_WHITESPACE_DIFF):
            rx = self._lang_vars.period_context_re()
        for match in rx.finditer(text):
            m_start = match.start()
            # the word before the mark: after the last white space since the previous candidate
            # (_get_last_whitespace_index: position 0 counts as "none")
            i = m_start - 1
            while i > prev_stop and text[i] not in _PUNKT_WHITESPACE:
                i -= 1
            word_start = i + 1 if i > prev_stop else prev_start
            if prev_match is not None and prev_stop <= word_start:
                decide(prev_match, prev_start)
            prev_match = match
            prev_start, prev_stop = word_start, m_start
        if prev_match is not None:
            decide(prev_match, prev_start)
        slices.append((last_break, len(text.rstrip())))
        return slices

    def _realigned(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``_realign_boundaries``: closing marks after a break move into the sentence before it."""
        realign_re = self._lang_vars.re_boundary_realignment
        out = []
        realign = 0
        last = len(slices) - 1
        for k, (a, b) in enumerate(slices):
            a += realign
            if k == last:
                if text[a:b]:
                    out.append((a, b))
                break
            a2, b2 = slices[k + 1]
            # the realignment pattern starts with a closing mark: no need to run it on anything else
            m = realign_re.match(text[a2:b2]) if a2 < b2 and text[a2] in _REALIGN_FIRST else None
            if m:
                out.append((a, a2 + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if text[a:b]:
                    out.append((a, b))
        return out

    def shortcut(self, context: str) -> str | None:
        """The reason (:attr:`WORD_PERIOD`, :attr:`NUMBER_PERIOD`, :attr:`QUESTION_MARK`) when ``context``
        has one of the three shapes whose answer is a sentence break; None: ask Punkt."""
        if not self.shortcuts:
            return None
        abbrevs = self.params.abbrev_types
        m = _WORD_PERIOD.match(context)
        if m is not None and len(m.group(1)) > 1:
            w = m.group(1).lower()
            if w not in abbrevs and w.split("-")[-1] not in abbrevs:
                return self.WORD_PERIOD
        m = _NUMBER_PERIOD.match(context)
        if m is not None and not m.group(2).islower() and m.group(1) not in abbrevs:
            return self.NUMBER_PERIOD
        if _QUESTION.search(context) is not None:
            return self.QUESTION_MARK
        return None

    def text_contains_sentbreak(self, text: str) -> bool:
        """Punkt's answer for one candidate context: :meth:`shortcut`, else Punkt's own decision
        (remembered for short contexts such as "Mr. President,")."""
        if self.shortcut(text) is not None:
            return True
        if len(text) > self._MEMO_KEY_LEN:
            return super().text_contains_sentbreak(text)
        memo = self._memo
        found = memo.get(text)
        if found is None:
            if len(memo) >= self._MEMO_SIZE:
                memo.clear()
            found = memo[text] = super().text_contains_sentbreak(text)
        return found


def quote_pairs(text: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], list[int]]:
    """Balanced quotation pairs in ``text[start:end]`` and the positions of unmatched marks.

    Returns ``(pairs, unmatched)``: ``pairs`` are ``(open_pos, close_pos)`` of matching double quotes,
    curly quotes or guillemets (outermost and nested alike); ``unmatched`` are quote marks that open and
    never close, or close with nothing open. Straight quotes open when preceded by white space, an
    opening bracket or dash (or the region start) and followed by a non-space, and close otherwise.
    """
    end = len(text) if end is None else end
    stack: list[tuple[int, str]] = []  # (position, expected closer)
    pairs: list[tuple[int, int]] = []
    unmatched: list[int] = []
    for m in _QUOTE_RE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == '"':
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            opening = (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()
            opening = opening or comma_opener(prev, nxt, bool(stack) and stack[-1][1] == '"')  # 'said,"We'
            opening = opening and not spaced_closer(text, i + 1, end)  # 'there ", said': it closes
            padded = padded_mark(text, i, prev, nxt, stack)  # 'day. " The committee urges ..., " X said'
            opening = padded if padded is not None else opening
            if not opening and stack and stack[-1][1] == '"':
                pairs.append((stack.pop()[0], i))
            elif opening:
                stack.append((i, '"'))
            elif stack:
                # a closing straight quote while a curly one is open: treat it as closing that one
                pairs.append((stack.pop()[0], i))
            else:
                unmatched.append(i)
        elif ch == "“" and stack and stack[-1][1] == "“":  # German „...“
            pairs.append((stack.pop()[0], i))
        elif ch in _OPENERS:
            stack.append((i, _OPENERS[ch]))
        elif stack:  # a closer: close whatever is open, even if the marks do not match in kind
            pairs.append((stack.pop()[0], i))
        else:
            unmatched.append(i)
    unmatched.extend(pos for pos, _ in stack)
    pairs.sort()
    unmatched.sort()
    return pairs, unmatched


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    tokenizer: PunktSentenceTokenizer | None = None,
    rules: Sequence[BoundaryRule] | None = None,
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` inside ``text[start:end]`` (one paragraph, ideally).

    Offsets index ``text`` itself. White space is trimmed from every span; empty spans are dropped.
    ``rules``: the boundary rules, default :data:`SENTENCE_RULES` (as it is at the time of the call).
    """
    end = len(text) if end is None else end
    start, end = _strip_span(text, start, end)
    if start >= end:
        return []
    tok = tokenizer or punkt()
    rules = SENTENCE_RULES if rules is None else rules
    if (
        isinstance(tok, FastPunkt)
        and _default_rules(rules)
        and tok.one_sentence(text, start, end)
        and not _maybe_list(text, start, end)
    ):
        return [(start, end)]
    chunk = text[start:end]
    bounds = _window_bounds(chunk, tok, [r for r in rules if r.adds])
    for rule in rules:
        if not rule.adds and bounds:
            bounds = rule.apply(chunk, bounds, tok)
    spans = []
    prev = 0
    for b in [*bounds, len(chunk)]:
        a, z = _strip_span(chunk, prev, b)
        if a < z:
            spans.append((start + a, start + z))
        prev = b
    return spans


# ---------------------------------------------------------------------------------------------
# The boundary rules


class BoundaryRule:
    """A sentence-boundary rule: it adds boundaries, or moves or removes some of those found before it.

    Rules with ``adds`` true run first, in list order, on windows of a long paragraph (they decide from the
    text near a boundary); then the rules with ``adds`` false, on the whole paragraph (they need all of it,
    as quotation pairing does).
    ``apply(chunk, bounds, tokenizer)`` takes a paragraph (or, for rules that add, a window of a long one)
    and the sorted boundaries so far (offsets into ``chunk``, never 0 nor its end) and returns the new
    sorted list. Subclass it, give the class a docstring with an example, and insert an instance in
    :data:`SENTENCE_RULES` to change how texts are split.
    """

    name = "rule"
    adds = True

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """The boundaries after this rule."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class PunktBoundaries(BoundaryRule):
    """Punkt's sentence ends: ``The talks ended. Both sides`` → a boundary after ``ended.``; none after
    ``Mr.`` in ``Mr. Lavrov`` (an abbreviation of ``lexicons/abbreviations.txt``). A paragraph where
    NLTK's time limit stops Punkt is kept whole, with a warning."""

    name = "punkt"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` and Punkt's sentence ends in ``chunk``."""
        try:
            ends = {b for _, b in tokenizer.span_tokenize(chunk)}
        except TimeoutError:  # NLTK's ReDoS guard: keep the text as one unit rather than fail
            warnings.warn(
                "sentence splitting timed out on a pathological paragraph; kept it whole", stacklevel=4
            )
            ends = set()
        return _inner(chunk, ends.union(bounds))


class EllipsisBoundaries(BoundaryRule):
    """A Unicode ellipsis ends a sentence when a capitalised sentence starter follows, as Punkt does for
    ``...``: ``We waited… However, nothing came`` → a boundary after ``…`` (and any closing quote)."""

    name = "unicode ellipsis"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` and the ellipses before a sentence starter (Punkt's ``sent_starters``)."""
        if "…" not in chunk:
            return bounds
        starters = tokenizer._params.sent_starters  # NLTK keeps the parameters in ``_params`` only
        found = set(bounds)
        for m in _ELLIPSIS_RE.finditer(chunk):
            word = m.group(1)
            if word[0].isupper() and word.lower() in starters:
                found.add(m.end())
        return _inner(chunk, found)


class QuotationBoundaries(BoundaryRule):
    """No boundary inside a balanced quotation, its closing mark included: ``"Easy! Why not?" he said``
    stays one sentence; the boundary between two adjacent quotations (``dialogue." "It is``) is kept, and
    a quotation mark that never closes inside its paragraph is ignored (see :func:`quote_pairs`)."""

    name = "not inside a quotation"
    adds = False

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those inside a quotation."""
        if not any(q in chunk for q in _QUOTES):
            return bounds
        pairs, _ = quote_pairs(chunk)
        if not pairs:
            return bounds
        # merge the (open, close] intervals, then test each boundary by bisection: O((p + b) log p)
        merged = merge_intervals(pairs)
        opens = [m[0] for m in merged]
        keep = []
        for b in bounds:
            i = bisect.bisect_left(opens, b) - 1  # last interval opening before b
            if i < 0 or not (merged[i][0] < b <= merged[i][1]):
                keep.append(b)
        return keep


#: the blanks that set off a padded quotation mark (:class:`PaddedOpenerBoundaries`)
_BLANKS = (" ", "\t")


class PaddedOpenerBoundaries(BoundaryRule):
    """A straight mark set off by blanks after a sentence's end opens the next sentence's quotation, as some
    releases type it: ``killed every day. " The committee urges all parties ..., " Mr Keller said.`` → the
    boundary moves before the mark (Punkt puts a mark after a full stop with the sentence before it)."""

    name = "padded opening mark"
    adds = False

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds``, each one right after such a mark moved before it."""
        if ' " ' not in chunk:
            return bounds
        opens = None
        out = []
        for b in bounds:
            if chunk[b - 1] == '"' and chunk[b - 2 : b - 1] in _BLANKS and chunk[b : b + 1] in _BLANKS:
                opens = {o for o, _ in quote_pairs(chunk)[0]} if opens is None else opens
                b = b - 1 if b - 1 in opens else b
            out.append(b)
        return out


# --- rules for the shapes Punkt gets wrong (issue 13; the English Golden Rules and diplomatic text) -----

#: Closing marks that stay with the sentence before a boundary (quotes, brackets).
_CLOSERS = "\"'”’»)]"
#: A spaced ellipsis: three or more periods separated by single spaces (". . ." or ". . . .").
_SPACED_ELLIPSIS_RE = re.compile(r"\.(?:[ \u00a0]\.){2,}")
# Matched only right after an ellipsis's period or a closer, never after a blank: the look-behind keeps a
# search from retrying at every blank of a long run (quadratic) and changes no match at those positions.
#: After an ellipsis: white space, perhaps an opening quote or bracket, then a capital letter.
_CAPITAL_NEXT_RE = re.compile(r"(?<!\s)\s+[\"“‘'(\[]?[^\W\d_]")
#: The pronoun "I" closing a sentence after a lower-case word: "you and I. Did ..." ("Albert I. Jones" is
#: a name's initial: a capitalised word before it).
_PRONOUN_I_RE = re.compile(r"(?<![^\s(\"“‘'])[a-z][a-z’'-]*[ \t]+I\.(?=\s+[\"“‘']?[A-Z])")
#: Initials or a dotted short form: two or more single letters, each with its period ("G.K.", "U.S.", "a.m."),
#: the initials of a hyphenated given name with their hyphen ("J.-Y." of Jean-Yves).
_DOTTED_RE = re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.)+")
#: A numbered or lettered list marker after white space: "1.", "1.)", "1)", "a.", "a)" (lower-case letters
#: only: "A." is an initial), then white space.
_NUMBERED_RE = re.compile(r"(?<!\S)(?:(\d{1,2})|([a-z]))(\.\)|\)|\.)(?=\s)")
#: The characters before a marker that can open a list ("The sides agreed: 1. ..."), besides the paragraph
#: start.
_LIST_OPENERS = ":.?!;"
#: Where a run of list markers can start inside a paragraph: an opener, white space, "1" or "a" and its mark.
_RUN_START_RE = re.compile(r"[:.?!;]\s+[1a](?:\.\)|\)|\.)\s")


@functools.lru_cache(maxsize=8)
def rule_words(path: str | None = None) -> SentenceRuleWords:
    """The words of the rules below (``lexicons/sentence_rules.txt``), loaded once."""
    return load_sentence_rule_words(path)


@functools.lru_cache(maxsize=8)
def _bullet_marker_re(bullets: str) -> re.Pattern[str]:
    """A bullet after white space, with the item's number if it has one: "• 9.", "⁃10.", "•"."""
    return re.compile(rf"(?<!\S)[{re.escape(bullets)}](?:[ \t]*\d{{1,3}}(?:\.\)|\)|\.)?(?=\s))?")


@functools.lru_cache(maxsize=8)
def _list_hint_re(bullets: str) -> re.Pattern[str]:
    """Any bullet or closing bracket: without one, a paragraph with no Punkt candidate holds no list item."""
    return re.compile(rf"[{re.escape(bullets)})]")


def _next_char(chunk: str, i: int) -> str:
    """The first character at or after ``i`` that is not white space ("" at the end)."""
    n = len(chunk)
    while i < n and chunk[i].isspace():
        i += 1
    return chunk[i] if i < n else ""


def _char_before(chunk: str, i: int) -> str:
    """The last character before ``i`` that is not white space ("" at the start)."""
    while i > 0 and chunk[i - 1].isspace():
        i -= 1
    return chunk[i - 1] if i > 0 else ""


def _word_before(chunk: str, b: int) -> str:
    """The white-space-delimited word that ends at ``b``, without an opening bracket or quote."""
    i = b
    while i > 0 and not chunk[i - 1].isspace():
        i -= 1
    return chunk[i:b].lstrip("([{\"“‘'")


class SpacedEllipsisBoundaries(BoundaryRule):
    """A spaced ellipsis (``. . .``) is one mark, not three sentence ends. Three dots never end a sentence
    (``the thing is . . . I didn't``); four dots do, before a capital: ``with a period . . . . Next`` → a
    boundary after the fourth dot, and ``compounds. . . . The practice`` (the word's own period, then the
    omission) → a boundary after ``compounds.``, the ellipsis opening the next sentence (Chicago style; the
    Golden Rules 048, 050, 051)."""

    name = "spaced ellipsis"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those inside a spaced ellipsis, and with the four-dot sentence ends."""
        if ". ." not in chunk:
            return bounds
        found = set(bounds)
        n = len(chunk)
        for m in _SPACED_ELLIPSIS_RE.finditer(chunk):
            s, e = m.span()
            while e < n and chunk[e] in _CLOSERS:
                e += 1
            found = {b for b in found if not s < b <= e}
            if m.group().count(".") < 4 or not _CAPITAL_NEXT_RE.match(chunk, e):
                continue
            attached = s > 0 and not chunk[s - 1].isspace()
            found.add(s + 1 if attached else e)
        return _inner(chunk, found)


class NumberAbbreviationBoundaries(BoundaryRule):
    """No boundary after an abbreviation written before a number (``lexicons/sentence_rules.txt``,
    ``[number abbreviations]``): ``Please turn to p. 55.``, ``Resolution No. 2231``, ``N°. 1026`` stay
    whole."""

    name = "abbreviation before a number"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those after a number abbreviation followed by a digit."""
        words = rule_words().number_abbreviations
        keep = []
        for b in bounds:
            before_number = chunk[b - 1] == "." and _next_char(chunk, b).isdigit()
            if before_number and _word_before(chunk, b - 1).lower() in words:
                continue
            keep.append(b)
        return keep


class DottedInitialsBoundaries(BoundaryRule):
    """No boundary after dotted initials before a capitalised word that is no sentence starter: ``Rep. G.K.
    Butterfield (D-N.C.) said`` keeps the name whole, ``the U.S. Secretary`` stays one sentence, while ``I
    live in the U.S. How about you?`` still ends after ``U.S.`` (``how`` is in ``sentence_starters.txt``)."""

    name = "initials before a name"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those after dotted initials that a name or a noun follows."""
        starters = tokenizer._params.sent_starters  # NLTK keeps the parameters in ``_params`` only
        keep = []
        for b in bounds:
            # a dotted form has a period (or a hyphen: "J.-Y.") two characters before its last ("U.S.",
            # "G.K."): test that first
            dotted = b > 3 and chunk[b - 1] == "." and chunk[b - 3] in ".-"
            if dotted and _DOTTED_RE.fullmatch(_word_before(chunk, b)):
                i = b
                while i < len(chunk) and chunk[i].isspace():
                    i += 1
                m = _WORD_AT_RE.match(chunk, i)
                if m and m.group()[0].isupper() and m.group().lower() not in starters:
                    continue
            keep.append(b)
        return keep


@functools.lru_cache(maxsize=8)
def _time_title_re(times: frozenset[str], titles: frozenset[str]) -> re.Pattern[str]:
    """A number, a clock time ("6 P.M."), white space and a title with its period ("Mr.")."""
    t = "|".join(re.escape(w) + r"\." for w in sorted(times))
    n = "|".join(re.escape(w) for w in sorted(titles))
    return re.compile(rf"(?<![\w.])\d{{1,2}}(?:[:.]\d{{2}})?[ \t]?(?:{t})(?=\s+(?:{n})\.)", re.IGNORECASE)


class TimeBeforeTitleBoundaries(BoundaryRule):
    """A clock time that closes a clause ends the sentence before a title: ``He left the bank at 6 P.M. Mr.
    Smith then went to the store.`` → a boundary after ``P.M.``; a time that opens its sentence does not
    (``At 5 a.m. Mr. Smith went to the bank.``: one word or none before the number). Times and titles:
    ``lexicons/sentence_rules.txt`` (Golden Rule 018)."""

    name = "time before a title"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` and the ends after a clock time that a title follows."""
        if ".m." not in chunk and ".M." not in chunk:
            return bounds
        words = rule_words()
        found = set(bounds)
        for m in _time_title_re(words.time_abbreviations, words.titles_after_time).finditer(chunk):
            i = bisect.bisect_right(bounds, m.start())
            opening = chunk[bounds[i - 1] if i else 0 : m.start()].split()
            if len(opening) > 1:
                found.add(m.end())
        return _inner(chunk, found)


class AgencyTagBoundaries(BoundaryRule):
    """No boundary before an agency tag between slashes, the end of a wire dateline: ``MOSCOW, December 7.
    /TASS/. Russian President ...`` → ``MOSCOW, December 7. /TASS/.`` is one unit (in an article the layout
    step cuts the dateline off first; this keeps a bare paragraph right too)."""

    name = "agency tag"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those right before ``/AGENCY/``."""
        if "/" not in chunk:
            return bounds
        return [b for b in bounds if not _AGENCY_TAG_RE.match(chunk, _BLANKS_RE.match(chunk, b).end())]


#: An agency tag between slashes after a dateline's date: " /TASS/", " /Xinhua/".
#: (The blanks before it are skipped by :data:`_BLANKS_RE` first: a leading ``\s*`` made a search quadratic.)
_AGENCY_TAG_RE = re.compile(r"/[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,3}/")
#: The blanks at a position (possibly none).
_BLANKS_RE = re.compile(r"\s*")


class PronounIBoundaries(BoundaryRule):
    """The pronoun ``I`` ends a sentence after a lower-case word when a capital follows: ``We make a good
    team, you and I. Did you see Albert I. Jones yesterday?`` → a boundary after ``you and I.``, none after
    the initial in ``Albert I. Jones`` (Punkt reads every ``I.`` as an initial)."""

    name = "pronoun I"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` and the ends after a pronoun ``I.``."""
        if " I." not in chunk:
            return bounds
        return _inner(chunk, set(bounds).union(m.end() for m in _PRONOUN_I_RE.finditer(chunk)))


class LowerCaseBoundaries(BoundaryRule):
    """No sentence starts with a lower-case letter: a boundary before one is removed. ``She turned to him,
    "This is great." she said.``, ``She works at Yahoo! in the accounting department.``, ``Pitt, Briggs & Co.
    at noon`` and ``(He ... an engineer.) at the local University`` each stay one sentence."""

    name = "no lower-case start"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those before a lower-case letter."""
        return [b for b in bounds if not _next_char(chunk, b).islower()]


class ListItemBoundaries(BoundaryRule):
    """Each list item is a unit of its own, its marker included. ``1.) The first item 2.) The second item``,
    ``a. The first item b. The second item`` and ``• 9. The first item • 10. The second item`` → one unit
    per item; ``1. The sides agreed.`` (a paragraph that opens with its number) stays whole. A numbered or
    lettered marker counts when it opens the paragraph, or when markers before a capital follow each other
    in order (1, 2, 3 or a, b, c) from one that opens the paragraph or follows ``:`` or a sentence end
    (``four projects: 1) improving ...; 2) building ...`` is an enumeration inside a sentence); a bullet
    (``lexicons/sentence_rules.txt``, ``[list bullets]``) counts wherever it stands after white space."""

    name = "list items"

    def apply(self, chunk: str, bounds: list[int], tokenizer: PunktSentenceTokenizer) -> list[int]:
        """``bounds`` without those inside a list marker, and with one before every marker."""
        items = _list_markers(chunk, rule_words().list_bullets)
        if not items:
            return bounds
        found = set(bounds)
        for s, e in items:
            found = {b for b in found if not s < b <= e}
            found.add(s)
        return _inner(chunk, found)


_WORD_AT_RE = re.compile(r"[^\W\d_][\w’'-]*")


def _may_open_run(chunk: str) -> bool:
    """Can a run of list markers start inside ``chunk`` (:data:`_RUN_START_RE`)? Substring tests first."""
    hint = "1." in chunk or "1)" in chunk or " a." in chunk or " a)" in chunk or "\na" in chunk
    return hint and _RUN_START_RE.search(chunk) is not None


def _list_markers(chunk: str, bullets: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the list markers in ``chunk`` (see :class:`ListItemBoundaries`)."""
    items: list[tuple[int, int]] = []
    if any(c in chunk for c in bullets):
        items.extend(m.span() for m in _bullet_marker_re(bullets).finditer(chunk))
    if _NUMBERED_RE.match(chunk) is None and not _may_open_run(chunk):
        return sorted(items)  # no marker can open a run (the common case: skip the scan)
    run: list[tuple[int, int]] = []
    last = None  # (value, punctuation) of the run's last marker
    for m in _NUMBERED_RE.finditer(chunk):
        number, letter, punct = m.groups()
        value = int(number) if number else ord(letter) - ord("a") + 1
        kind = (number is None, punct)
        if m.start() > 0 and _next_char(chunk, m.end()).islower():
            # "four projects: 1) improving access ...; 2) capacity-building ...": an enumeration inside a
            # sentence, not a list of items (only a marker that opens the paragraph counts before lower case)
            kind = None
        if run and kind is not None and last == (value - 1, kind):
            run.append(m.span())
        else:
            if len(run) > 1 or (run and run[0][0] == 0):
                items.extend(run)
            before = _char_before(chunk, m.start())
            opens = not before or (kind is not None and before in _LIST_OPENERS and value == 1)
            run = [m.span()] if opens else []
        last = (value, kind)
    if len(run) > 1 or (run and run[0][0] == 0):
        items.extend(run)
    return sorted(items)


#: The boundary rules in the order they are tried: the rules that add boundaries run first (on windows of
#: a long paragraph), then the rules that remove some. ``for r in SENTENCE_RULES: print(r.name, r.__doc__)``
SENTENCE_RULES: list[BoundaryRule] = [
    PunktBoundaries(),
    EllipsisBoundaries(),
    SpacedEllipsisBoundaries(),
    NumberAbbreviationBoundaries(),
    DottedInitialsBoundaries(),
    TimeBeforeTitleBoundaries(),
    AgencyTagBoundaries(),
    PronounIBoundaries(),
    LowerCaseBoundaries(),
    ListItemBoundaries(),
    PaddedOpenerBoundaries(),
    QuotationBoundaries(),
]

#: The default rules' classes: where Punkt finds no candidate, none of them adds a boundary except
#: :class:`ListItemBoundaries` (a bullet, or a "1)" marker), which :func:`_maybe_list` looks for.
_DEFAULT_RULE_TYPES = frozenset(type(r) for r in SENTENCE_RULES)
#: A numbered marker closed by a bracket ("1) The first item 2) The second"), the list shape with no period.
_BRACKET_MARKER_RE = re.compile(r"(?<!\S)(?:\d{1,2}|[a-z])\)")


def _default_rules(rules: Sequence[BoundaryRule]) -> bool:
    """Are ``rules`` (some of) the default rules?"""
    return _DEFAULT_RULE_TYPES.issuperset(map(type, rules))


def _maybe_list(text: str, start: int, end: int) -> bool:
    """Could ``text[start:end]`` hold a list item the list rule would cut (a bullet, or "1)")?"""
    bullets = rule_words().list_bullets
    m = _list_hint_re(bullets).search(text, start, end)
    if m is None:
        return False
    return text[m.start()] != ")" or _BRACKET_MARKER_RE.search(text, start, end) is not None


def _inner(chunk: str, found: Iterable[int]) -> list[int]:
    """Sorted boundaries strictly inside ``chunk``."""
    n = len(chunk)
    return sorted(b for b in found if 0 < b < n)


#: Paragraphs longer than this many characters go to Punkt in windows (NLTK's ReDoS guard gives every
#: regex call a time limit, which one multi-megabyte paragraph can exceed).
WINDOW = 20_000
_WS_RE = re.compile(r"\s+")


def _window_bounds(chunk: str, tok: PunktSentenceTokenizer, adders: list[BoundaryRule]) -> list[int]:
    """The boundaries the adding rules find in ``chunk``, sorted, excluding 0 and the end.

    A long chunk is read in windows of about ``WINDOW`` characters that end at white space; each next
    window starts at the last boundary found, so every boundary is decided with the text on both sides.
    A window with no boundary at all is cut at its last white space (only in pathological text: one
    sentence of 20,000 characters).
    """
    n = len(chunk)
    if n <= WINDOW:
        return _added(chunk, tok, adders)
    bounds: set[int] = set()
    s = 0
    while s < n:
        e = min(n, s + WINDOW)
        if e < n:
            last_ws = None
            for m in _WS_RE.finditer(chunk, s + WINDOW // 2, e):
                last_ws = m.start()
            e = last_ws if last_ws else e
        inner = [b + s for b in _added(chunk[s:e], tok, adders)]
        bounds.update(inner)
        if e >= n:
            break
        if inner and inner[-1] > s + WINDOW // 4:
            s = inner[-1]
        else:
            bounds.add(e)
            s = e
    return _inner(chunk, bounds)


def _added(window: str, tok: PunktSentenceTokenizer, adders: list[BoundaryRule]) -> list[int]:
    bounds: list[int] = []
    for rule in adders:
        bounds = rule.apply(window, bounds, tok)
    return bounds
