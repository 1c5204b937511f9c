"""Quotation conventions beyond the classic '"…," X said.': dash attributions and signature lines.

House styles that credit a quotation with a dash rather than a comma:

- vox-pop lists and epigraphs: ``“Peace begins with a smile.” ― Pamela Padilla`` (a signature: a dash
  and a name, no verb, after a quotation);
- "— said …" after a quotation: ``“We have made progress,” — said the minister.``;
- translated copy (Russian and other agencies' dash convention): ``We are ready to talk - he said.``.

The rules here are sentence rules of :mod:`helpers.attribution.engine` (listed, in order, in
:data:`DASH_RULES`); the dashes they read are :data:`DASHES`.

Example::

    >>> from helpers.attribution.statements import statements
    >>> statements("“We have made progress,” — said the minister.")[["speaker", "kind"]].values.tolist()
    [['minister', 'direct']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import RULE_INVERTED, rule_list
from .phrases import NP

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine, Statement

#: the dashes of a dash attribution: hyphen (spaced), en dash, em dash, horizontal bar ― (epigraphs)
DASHES = "-–—―"
#: a dash standing for an attribution: after a closing mark, a comma, a full stop or white space, and
#: followed by white space ("well-known" and "2021-12-07" are no dash)
DASH_RE = re.compile(r"(?:(?<=[\s,.!?\"”»'’])|^)[-–—―]{1,2}[ \t]+(?=\S)")
#: any dash character: a sentence without one has no dash attribution (a quick test, where :data:`DASH_RE`
#: tries its look-behind at every position)
_DASH_CHAR_RE = re.compile(r"[-–—―]")
#: at most this many words after the dash: a speaker phrase and a verb, not a clause ("the press service of
#: the president’s office of Uzbekistan reported": ten)
MAX_TAIL_WORDS = 12
#: the content before a dash attribution without quotation marks has at least this many words
MIN_CONTENT_WORDS = 3
#: the rule labels of the statements these rules make (the ``rule`` column)
RULE_DASH_CUE = "dash attribution: content, dash, speech verb and speaker"
RULE_DASH_SIGNATURE = "dash signature after a quotation: the name after the dash"
_WORD_RE = re.compile(r"[\w’'.\-]+")


@dataclass
class DashTail:
    """A dash near a sentence end and what follows it: the dash at ``dash``, the tail ``a``-``b`` (final
    punctuation cut off), the speaker phrase ``np`` and the cue verb's span (``c0`` = ``c1`` = -1: a
    signature with no verb)."""

    dash: int
    a: int
    b: int
    np: NP
    c0: int
    c1: int


def tail_end(text: str, a: int, s1: int) -> int:
    """Where the tail ``text[a:s1]`` ends once the blanks and final stops (``.``, ``!``, ``?``) before ``s1``
    are left out, never before ``a``: ``"— he said. "`` ends after ``said``. A scan back from ``s1``,
    because a pattern searched from ``a`` (``[\\s.!?]+$``) retried inside every run such as ``". . . ."``:
    quadratic."""
    b = s1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?"):
        b -= 1
    return b


#: the first "of" of a speaker phrase: "the press service | of the president's office of Uzbekistan"
_OF_RE = re.compile(r"[ \t]{1,3}of[ \t]{1,3}")


def _office_head(eng: Engine, a: int, b: int) -> NP | None:
    """The body that speaks when the whole phrase ``a``-``b`` does not parse: its head before the first
    "of", an organisation ("the press service of the president's office of Uzbekistan reported" -> "the
    press service"; translated wire copy names a president's press service at length); None otherwise."""
    m = _OF_RE.search(eng.text, a, b)
    np_ = eng.parser.parse(eng.text, a, m.start(), allow_tail=False) if m else None
    return np_ if np_ is not None and np_.kind == "organisation" and np_.end == m.start() else None


def read_tail(eng: Engine, s0: int, s1: int) -> DashTail | None:
    """The last dash of ``text[s0:s1]`` when what follows it, to the sentence end, is a speaker phrase
    with a speech verb before or after it ("said the minister", "he said"), or a name alone (a
    signature, e.g. "Pamela Padilla" or "Ahmed Khan, Karachi": the part before a comma)."""
    text = eng.text
    if _DASH_CHAR_RE.search(text, s0, s1) is None:
        return None
    dashes = list(DASH_RE.finditer(text, s0, s1))
    if not dashes:
        return None
    d = dashes[-1]
    a = d.end()
    b = tail_end(text, a, s1)
    words = list(_WORD_RE.finditer(text, a, b))
    if not words or len(words) > MAX_TAIL_WORDS or eng.in_quote(a) is not None:
        return None
    first, last = words[0], words[-1]
    vf = eng.verbs.get(first.group().lower())
    if vf is not None and vf.form in ("past", "s") and len(words) > 1:
        np_ = eng.parser.parse(text, first.end(), b)
        return DashTail(d.start(), a, b, np_, first.start(), first.end()) if np_ is not None else None
    vl = eng.verbs.get(last.group().lower())
    if vl is not None and vl.form in ("past", "s") and len(words) > 1:
        np_ = eng.parser.parse(text, a, last.start(), allow_tail=False) or _office_head(eng, a, last.start())
        return DashTail(d.start(), a, b, np_, last.start(), last.end()) if np_ is not None else None
    comma = text.find(",", a, b)
    np_ = eng.parser.parse(text, a, comma if comma > 0 else b, allow_tail=False)
    if np_ is None or np_.kind not in ("name", "role", "organisation"):
        return None
    return DashTail(d.start(), a, b, np_, -1, -1)


def _quotation_before(eng: Engine, a: int, b: int) -> bool:
    """``text[a:b]`` (trimmed) is one closed quotation of two words or more."""
    q = eng.in_quote(a)
    return q is not None and q.open == a and q.closed and q.words >= 2 and q.close >= b


def _credit(eng: Engine, si: int, tail: DashTail, a: int, b: int) -> Statement | None:
    """The statement of content ``a``-``b`` credited by ``tail``."""
    if tail.c0 < 0:
        if not _quotation_before(eng, a, b):
            return None
        cue, c0, c1, rule = eng.text[tail.dash : tail.dash + 1], tail.dash, tail.dash + 1, RULE_DASH_SIGNATURE
    else:
        if not _quotation_before(eng, a, b) and len(eng.text[a:b].split()) < MIN_CONTENT_WORDS:
            return None
        cue, c0, c1 = eng.text[tail.c0 : tail.c1], tail.c0, tail.c1
        rule = RULE_DASH_CUE + (RULE_INVERTED if tail.np.start > c0 else "")
    return eng.attribute(si, tail.np, cue, c0, c1, None, a, b, rule)


def dash_attribution(eng: Engine, si: int) -> Statement | str | None:
    """A sentence ending in a dash attribution: '“We have made progress,” — said the minister.', 'We are
    ready to talk - he said.' (translated copy), '“Peace begins with a smile.” ― Pamela Padilla' (a name
    alone only after a quotation). The content is everything before the dash."""
    s0, s1, _ = eng.sents[si]
    tail = read_tail(eng, s0, s1)
    if tail is None:
        return None
    a, b = eng.trim(s0, tail.dash)
    if b <= a:
        return signature_line(eng, si)
    return _credit(eng, si, tail, a, b)


def signature_line(eng: Engine, si: int) -> Statement | str | None:
    """A sentence that is only a dash and a speaker ("― Pamela Padilla", "— said the minister.") right
    after a quotation sentence of the same paragraph: the quotation is theirs."""
    s0, s1, _ = eng.sents[si]
    if si == 0 or not eng.text[s0:s1].lstrip().startswith(tuple(DASHES)):
        return None
    tail = read_tail(eng, s0, s1)
    p0, p1, _ = eng.sents[si - 1]
    if tail is None or eng.text[p1:s0].count("\n") > 1:
        return None
    a, b = eng.trim(p0, p1)
    return _credit(eng, si - 1, tail, a, b)


def signature_follows(eng: Engine, si: int) -> Statement | str | None:
    """A quotation sentence followed by its signature line ('“…”' then '― Pamela Padilla'): left to the
    signature's rule (so that it does not carry on the statement before it). A sentence that is more
    than one quotation keeps its own rules (a signature line after a block quotation is
    :func:`helpers.attribution.engine.block_quotations`' business)."""
    if si + 1 >= len(eng.sents) or si + 1 not in eng.signatures:
        return None
    if not _quotation_before(eng, *eng.trim(*eng.sents[si][:2])):
        return None
    s0, s1, _ = eng.sents[si + 1]
    return "skip" if read_tail(eng, s0, s1) is not None else None


#: the signature line of an embedded social-media post: a dash, the author's name (perhaps with emoji after
#: it), the handle in brackets and the date: "— Enrique A. Manalo 🇵🇭 (@SecManalo) March 6, 2023"
POST_SIGNATURE_RE = re.compile(
    r"[-–—―]{1,2}[ \t]*(?P<name>[^\s(@][^(@\n]{0,60}?)[ \t]*\((?P<handle>@\w{1,40})\)[^\n]{0,40}"
)
#: the most characters between a signature's dash and its "(@handle)"
_SIGNATURE_REACH = 70


def inline_signature(text: str, a: int, b: int) -> re.Match[str] | None:
    """The post signature that ends the paragraph ``text[a:b]``, on its own line or after the post's text
    ("... #PakFMatSCO pic.twitter.com/Ym29 — Spokesperson MoFA (@ForeignOfficePk) May 4, 2023"), or None."""
    at = text.rfind("(@", a, b)
    if at < 0:
        return None
    for d in range(max(a, at - _SIGNATURE_REACH), at):
        if text[d] in "-–—―" and (d == a or text[d - 1] in " \t"):
            m = POST_SIGNATURE_RE.fullmatch(text, d, b)
            if m is not None:
                return m
    return None


#: the characters a post's author name is cut at (an emoji or flag after the name)
_NAME_CHARS_RE = re.compile(r"[\w’'.\- ]+")
RULE_POST_SIGNATURE = "embedded post: the paragraph before its signature line (dash, name, @handle)"


def post_signatures(eng: Engine) -> None:
    """An embedded social-media post is its author's: the paragraph right before a signature line "— Name
    (@handle) date" (:data:`POST_SIGNATURE_RE`), every sentence of it without a statement, is the signer's
    (X and Twitter embeds in news copy: "Had a good mtg today w/ ... — Enrique A. Manalo 🇵🇭 (@SecManalo)
    March 6, 2023"). The signature line itself is nobody's words."""
    text = eng.text
    taken = eng.credited_sentences()
    for pi in range(len(eng.paras)):
        a, b = eng.paras[pi]
        m = inline_signature(text, a, b)
        if m is None:
            continue
        name = _NAME_CHARS_RE.match(text, m.start("name"), m.end("name"))
        if name is None:
            continue
        end = name.start() + len(name.group().rstrip())
        np_ = eng.parser.parse(text, name.start(), end, allow_tail=False)
        if np_ is None or np_.kind not in ("name", "organisation") or np_.role is not None:
            # a title before the office ("Spokesperson MoFA"): the account's handle names the signer
            np_ = eng.parser.parse(text, m.start("handle") + 1, m.end("handle"), allow_tail=False)
        if np_ is None or np_.kind not in ("name", "organisation"):
            continue
        if m.start() > a:  # the signature ends the post's own paragraph ("... pic.x.com/x — Name (@h) date")
            pa, pb = a, m.start()
        elif pi > 0:
            pa, pb = eng.paras[pi - 1]
        else:
            continue
        for si in range(eng.sentence_of(pa), eng.sentence_of(max(pa, pb - 1)) + 1):
            ca, cb = eng.trim(*eng.sents[si][:2])
            if si not in taken and cb > ca and ca >= pa:
                eng.attribute(si, np_, text[a : a + 1], a, a + 1, None, ca, cb, RULE_POST_SIGNATURE)
                taken.add(si)


#: the dash rules, in the order the engine tries them (see :data:`helpers.attribution.engine.SENTENCE_RULES`)
DASH_RULES = rule_list(signature_follows, dash_attribution)


def is_signature_start(text: str, s0: int) -> bool:
    """Whether the sentence at ``s0`` opens with a dash and a space ("― Pamela Padilla")."""
    return text[s0 : s0 + 1] in DASHES and DASH_RE.match(text, s0) is not None
