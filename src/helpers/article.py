"""Reading an article: decoding, and its structure (headline, standfirst, dateline, sections, paragraphs).

``load_article(path_or_text)`` returns an :class:`Article`. Its ``text`` is the decoded text (a UTF-8 byte
order mark dropped, nothing else changed: line ends, quotes and spacing stay as written), and every offset
in every table of the package indexes it.

How structure is found (no list written for one article; every rule looks at shape, not content):

* **Paragraphs.** Blank lines separate blocks. A block whose lines break mid-sentence (most lines end
  without final punctuation, as in hard-wrapped speeches) is one paragraph; otherwise every line of the
  block is a paragraph of its own (news wires often put one paragraph per line).
* **Headline.** The first paragraph when it is a single short line (at most 30 words, 250 characters)
  that does not end with a full stop or colon and is followed by more text.
* **Dateline.** At the start of one of the first paragraphs after the headline: capitalised place
  names (``MOSCOW/WASHINGTON``), an optional date, and an agency marker: ``/TASS/``, ``(Reuters) -``,
  ``(AP) —``; or upper-case places, a date and a dash (``GENEVA, Dec. 7 —``).
* **Standfirst.** Paragraphs between the headline and the dateline; without a dateline, the paragraph
  after the headline when it is short and, like a headline, has no final punctuation.
* **Sub-headings.** Later single-line paragraphs of at most 12 words and 100 characters that start with a
  capital or digit, have no final punctuation and are followed by more text. Each starts a section;
  section 0 (the "lead", heading ``None``, name ``""``) runs from the start of the text to the first.

Tables (pandas DataFrames, built on first use and cached):

``paragraphs``: paragraph_id, start, end, text, section_id, section, kind
``sentences``:  sentence_id, start, end, text, paragraph_id, section_id, section, kind
``tokens``:     see :mod:`helpers.tokens`

``kind`` is ``headline``, ``standfirst``, ``heading``, ``dateline`` (sentences only: the dateline is its
own unit) or ``body``.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Largest file read (bytes); larger inputs are refused rather than risk exhausting memory.
MAX_BYTES = 200 * 1024 * 1024

# Control characters that mark binary data (tab, line ends and form feeds excepted), as UTF-8 bytes: each
# is one byte in UTF-8 and no other character's encoding contains such a byte, so counting them in the
# encoded text (a C loop) counts the characters.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20)])
_FINAL_PUNCT = tuple('.!?:;,…"”»’\')]')
_SENTENCE_END = tuple(".!?…")

# Dateline patterns. Places: capitalised words, several joined by "/" ("MOSCOW/WASHINGTON").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_PLACE_ANY = r"[A-Z][A-Za-z.'’\-]*(?:\s[A-Z][A-Za-z.'’\-]*){0,3}"
_PLACE_CAPS = r"[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3}"
_DATELINE_RES = (
    # MOSCOW/WASHINGTON, December 7. /TASS/.
    re.compile(
        rf"(?P<places>{_PLACE_ANY}(?:\s*/\s*{_PLACE_ANY})*)\s*,\s*(?P<date>{_DATE})\s*\.?\s*"
        r"/\s*(?P<agency>[A-Z][A-Za-z\-]*(?:\s[A-Z][A-Za-z\-]*){0,3})\s*/\s*\.?"
    ),
    # WASHINGTON, Dec 7 (Reuters) -   |   KYIV (AP) —
    re.compile(
        rf"(?P<places>{_PLACE_ANY}(?:\s*/\s*{_PLACE_ANY})*)(?:\s*,\s*(?P<date>{_DATE}))?\s*"
        r"\((?P<agency>[A-Z][A-Za-z.&\- ]{0,30})\)\s*(?:[-–—]+|:)"
    ),
    # GENEVA, Dec. 7 —   |   UNITED NATIONS —   (a dash, not a colon: "LAVROV:" is a speaker label)
    re.compile(
        rf"(?P<places>{_PLACE_CAPS}(?:\s*/\s*{_PLACE_CAPS})*)(?:\s*,\s*[A-Z][a-z]+\.?)?"
        rf"(?:\s*,\s*(?P<date>{_DATE}))?\s*[-–—]+(?=\s)"
    ),
)


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
class Section:
    """A section: ``heading`` is None for section 0, the lead; ``start``/``end`` cover its heading too."""

    section_id: int
    heading: Span | None
    start: int
    end: int

    @property
    def name(self) -> str:
        return self.heading.text if self.heading else ""


@dataclass(frozen=True)
class _Para:
    start: int
    end: int
    kind: str  # headline | standfirst | heading | body


class Article:
    """A decoded text and its structure. Build one with :func:`load_article`."""

    #: "text", or the format :mod:`helpers.formats` read (markdown, html, transcript).
    format = "text"
    #: For Markdown/HTML: the offset in the file of each character of ``text`` (see helpers.formats).
    source_offsets: list[int] | None = None

    def __init__(self, text: str, path: str | os.PathLike[str] | None = None, *, layout=None) -> None:
        self.text = text
        self.path = Path(path) if path is not None else None
        # ``layout(text) -> (paragraphs, dateline)``: the hook other formats use (helpers.formats)
        paras, self.dateline = _structure(text) if layout is None else layout(text)
        self._paras = paras
        self.headline = next((_span(text, p) for p in paras if p.kind == "headline"), None)
        standfirst = [p for p in paras if p.kind == "standfirst"]
        self.standfirst = (
            _span(text, _Para(standfirst[0].start, standfirst[-1].end, "standfirst")) if standfirst else None
        )
        self.sections = _sections(text, paras)

    # -- presentation -------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The file name, or ``"<text>"`` for text passed in directly."""
        return self.path.name if self.path else "<text>"

    def __repr__(self) -> str:
        head = self.headline.text if self.headline else self.text[:60].split("\n")[0]
        size = f"{len(self.text):,} characters, {len(self.sections)} sections"
        return f"<Article {self.name}: {head!r}, {size}>"

    def structure(self) -> dict[str, Any]:
        """The structure as plain data (what ``python -m helpers structure`` prints as JSON)."""

        def span(s: Span | None) -> dict[str, Any] | None:
            return None if s is None else {"text": s.text, "start": s.start, "end": s.end}

        d = self.dateline
        return {
            "source": self.name,
            "characters": len(self.text),
            "headline": self.headline.text if self.headline else None,
            "headline_span": span(self.headline),
            "standfirst": self.standfirst.text if self.standfirst else None,
            "standfirst_span": span(self.standfirst),
            "dateline": None
            if d is None
            else {**span(d), "places": list(d.places), "date": d.date, "agency": d.agency},
            "sections": [
                {
                    "section_id": s.section_id,
                    "heading": s.heading.text if s.heading else None,
                    "heading_start": s.heading.start if s.heading else None,
                    "heading_end": s.heading.end if s.heading else None,
                    "start": s.start,
                    "end": s.end,
                }
                for s in self.sections
            ],
            "paragraphs": len(self._paras),
            "sentences": len(self.sentences),
        }

    # -- tables ---------------------------------------------------------------------------------
    def section_of(self, pos: int) -> Section:
        """The section that contains character offset ``pos``."""
        for s in reversed(self.sections):
            if s.start <= pos:
                return s
        return self.sections[0]

    @property
    def n_paragraphs(self) -> int:
        """The number of rows of ``paragraphs``, without building that table."""
        return len(self._paras)

    @functools.cached_property
    def paragraphs(self) -> pd.DataFrame:
        import pandas as pd

        rows = []
        for i, p in enumerate(self._paras):
            sec = self.section_of(p.start)
            rows.append((i, p.start, p.end, self.text[p.start : p.end], sec.section_id, sec.name, p.kind))
        return pd.DataFrame(
            rows, columns=["paragraph_id", "start", "end", "text", "section_id", "section", "kind"]
        ).astype({"paragraph_id": "int64", "start": "int64", "end": "int64", "section_id": "int64"})

    @functools.cached_property
    def sentences(self) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        from .sentences import split_sentences

        rows = []
        text = self.text
        d = self.dateline
        for i, p in enumerate(self._paras):
            sec = self.section_of(p.start)
            if p.kind in ("headline", "heading"):
                spans = [(p.start, p.end, p.kind)]
            elif d is not None and p.start <= d.start < p.end:
                spans = [(d.start, d.end, "dateline")]
                spans += [(a, b, p.kind) for a, b in split_sentences(text, d.end, p.end)]
            else:
                spans = [(a, b, p.kind) for a, b in split_sentences(text, p.start, p.end)]
            for a, b, kind in spans:
                rows.append((a, b, i, sec.section_id, sec.name, kind))
        cols = list(zip(*rows)) if rows else [()] * 6
        return pd.DataFrame(
            {
                "sentence_id": np.arange(len(rows), dtype="int64"),
                "start": np.asarray(cols[0], dtype="int64"),
                "end": np.asarray(cols[1], dtype="int64"),
                "text": [text[a:b] for a, b in zip(cols[0], cols[1])],
                "paragraph_id": np.asarray(cols[2], dtype="int64"),
                "section_id": np.asarray(cols[3], dtype="int64"),
                "section": list(cols[4]),
                "kind": list(cols[5]),
            },
            copy=False,  # every column is new: no need for pandas to copy it again
        )

    @functools.cached_property
    def tokens(self) -> pd.DataFrame:
        from .tokens import tokens_table

        return tokens_table(self)

    @functools.cached_property
    def turns(self) -> pd.DataFrame:
        """Speaker turns of a transcript (empty for other formats); columns in :mod:`helpers.formats`."""
        from .formats import transcript_turns

        return transcript_turns(self)


def _span(text: str, p: _Para) -> Span:
    return Span(p.start, p.end, text[p.start : p.end])


# ---------------------------------------------------------------------------------------------
# Loading and decoding


def load_article(
    source: str | os.PathLike[str] | bytes | None = None,
    *,
    text: str | None = None,
    encoding: str | None = None,
    format: str | None = None,
) -> Article:
    """Read an article from a file path, raw bytes, or a string of text.

    ``source`` may be a path (``str`` or ``Path``) or the text itself: a ``str`` that contains a line break,
    or does not name an existing file and does not look like a path, is taken as text. Pass ``text=`` to
    be explicit. ``encoding`` forces a codec for files (default: UTF-8, with or without byte order mark).

    ``format``: "text", "markdown", "html" or "transcript" (or None/"auto": detected, see
    :mod:`helpers.formats`); plain text is read exactly as without it.

    Raises :class:`~helpers.errors.InputError` for a missing path, a directory, an unreadable, empty,
    whitespace-only or binary file, and bytes that are not valid in the encoding.
    """
    if text is not None:
        return _build(_check_text(text, None), None, format)
    if source is None:
        raise InputError("no input given", hint="pass a file path or text=...")
    if isinstance(source, bytes):
        return _build(_check_text(decode_bytes(source, None, encoding), None), None, format)
    if isinstance(source, str) and not _looks_like_path(source):
        return _build(_check_text(source, None), None, format)
    path = Path(source)
    return _build(_check_text(decode_bytes(read_bytes(path), path, encoding), path), path, format)


def _build(text: str, path: Path | None, format: str | None) -> Article:
    """Plain text goes straight to Article; other formats through helpers.formats."""
    from .formats import build_article, detect_format, normalise_format

    fmt = normalise_format(format, path) or detect_format(text, path)
    return Article(text, path) if fmt == "text" else build_article(text, path, fmt)


def _looks_like_path(s: str) -> bool:
    if "\n" in s or "\r" in s or len(s) > 4096:
        return False
    try:
        if Path(s).exists():
            return True
    except (OSError, ValueError):
        return False
    stripped = s.strip()
    has_suffix = re.search(r"\.[A-Za-z0-9]{1,5}$", stripped) is not None and " " not in stripped
    return has_suffix or ("/" in stripped and " " not in stripped) or stripped.startswith(("~", "."))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError that says what is wrong with the path."""
    if not path.exists():
        raise InputError("no such file", path, "check the path")
    if path.is_dir():
        raise InputError(
            "is a directory, not a text file", path, "pass one file, or use the corpus tools for a folder"
        )
    if not path.is_file():  # a pipe, socket or device: reading it could block for ever
        raise InputError("is not a regular file (a pipe, socket or device)", path, "pass a text file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            problem = f"file is too large ({size:,} bytes; limit {MAX_BYTES:,})"
            raise InputError(problem, path, "split it into smaller texts")
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError("permission denied", path, "check the file's read permissions") from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path, "check the path") from None


def decode_bytes(data: bytes, path: Path | None = None, encoding: str | None = None) -> str:
    """Decode bytes strictly: UTF-8 (BOM dropped) unless ``encoding`` is given."""
    if not data.strip():
        problem = "file is empty" if not data else "file contains only white space"
        raise InputError(problem, path, "give it some text")
    if b"\x00" in data[:1_000_000] and encoding is None:
        raise InputError(
            "looks like a binary file (contains NUL bytes), not text", path, "pass a plain-text file"
        )
    codec = encoding or "utf-8-sig"
    try:
        text = data.decode(codec)
    except LookupError:
        hint = "use a Python codec name such as 'utf-8' or 'cp1251'"
        raise InputError(f"unknown encoding {encoding!r}", path, hint) from None
    except UnicodeDecodeError as exc:
        guess = _guess_legacy_encoding(data)
        hint = (
            f"it looks like {guess}: convert it to UTF-8 or pass encoding='{guess}'"
            if guess
            else "convert it to UTF-8 (e.g. with iconv) or pass the right encoding"
        )
        raise InputError(
            f"not valid {codec.replace('-sig', '')} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path,
            hint,
        ) from None
    if encoding and codec.lower().replace("_", "-") in ("utf-8", "utf8") and text.startswith("\ufeff"):
        text = text[1:]
    return text


def _guess_legacy_encoding(data: bytes) -> str | None:
    sample = data[:200_000]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) * 0.01:
        return None  # binary, not a legacy text encoding
    high = [b for b in sample if b >= 0x80]
    if not high:
        return None
    cyrillic = sum(1 for b in high if 0xC0 <= b <= 0xFF)
    return "cp1251" if cyrillic / len(high) > 0.8 and len(high) > len(sample) * 0.2 else "latin-1"


def _check_text(text: str, path: Path | None) -> str:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}", path)
    if not text.strip():
        raise InputError("text is empty or only white space", path, "give it some text")
    sample = text[:100_000]
    encoded = sample.encode("utf-8", "surrogatepass")
    bad = len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))
    if bad > max(3, len(sample) // 100):
        raise InputError(
            "looks like binary data (many control characters), not text", path, "pass a plain-text file"
        )
    return text


# ---------------------------------------------------------------------------------------------
# Structure


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Groups of consecutive non-empty lines (blocks are separated by blank lines).

    A line runs between line ends (``\\r\\n``, ``\\r`` or ``\\n``) and is kept as a ``(start, end)`` span
    without its surrounding white space; a line of white space only is blank. The text is cut at ``\\n``
    after ``\\r\\n`` became `` \\n`` and a lone ``\\r`` became ``\\n``: the same lines at the same offsets
    (that space is stripped with the rest), and one ``\\n`` per line end to count.
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0  # where the line starts
    breaks = 0  # line ends since the last non-empty line
    for line in text.split("\n"):
        body = line.lstrip()
        if body:
            if breaks >= 2 and current:
                blocks.append(current)
                current = []
            a = pos + len(line) - len(body)
            current.append((a, a + len(body.rstrip())))
            breaks = 0
        pos += len(line) + 1
        breaks += 1
    if current:
        blocks.append(current)
    return blocks


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Do the block's lines break mid-sentence (hard-wrapped prose)?"""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    open_ended = sum(1 for a, b in inner if not text[a:b].endswith(_FINAL_PUNCT))
    return open_ended * 2 > len(inner)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for block in _blocks(text):
        if _is_wrapped(text, block):
            spans.append((block[0][0], block[-1][1]))
        else:
            spans.extend(block)
    return spans


def _words(s: str) -> int:
    return len(s.split())


def _single_line(text: str, a: int, b: int) -> bool:
    return text.find("\n", a, b) < 0 and text.find("\r", a, b) < 0


def _is_headline(text: str, a: int, b: int) -> bool:
    if b - a > 250:  # the cheap test first: no copy of a long paragraph
        return False
    s = text[a:b]
    return (
        _single_line(text, a, b)
        and _words(s) <= 30
        and not s.endswith((".", ":", ",", ";"))
        and s[0].isalnum()
    )


def _is_heading(text: str, a: int, b: int) -> bool:
    if b - a > 100:  # the cheap test first: no copy of a long paragraph
        return False
    s = text[a:b]
    return (
        _single_line(text, a, b)
        and _words(s) <= 12
        and not s.endswith(_FINAL_PUNCT)
        and (s[0].isupper() or s[0].isdigit())
    )


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline at ``text[start:]`` (within ``end``), or None."""
    for rx in _DATELINE_RES:
        m = rx.match(text, start, end)
        if m is None:
            continue
        a, b = m.start(), m.end()
        places = tuple(p.strip() for p in m.group("places").split("/") if p.strip())
        return Dateline(
            a,
            b,
            text[a:b],
            places=places,
            date=m.group("date"),
            agency=(m.groupdict().get("agency") or "").strip() or None,
        )
    return None


def _structure(text: str) -> tuple[list[_Para], Dateline | None]:
    spans = _paragraph_spans(text)
    kinds = ["body"] * len(spans)
    first_body = 0
    if len(spans) > 1 and _is_headline(text, *spans[0]) and find_dateline(text, *spans[0]) is None:
        kinds[0] = "headline"
        first_body = 1
    dateline = None
    for i in range(first_body, min(first_body + 3, len(spans))):
        dateline = find_dateline(text, *spans[i])
        if dateline is not None:
            if kinds[0] == "headline":
                for j in range(1, i):
                    kinds[j] = "standfirst"
            first_body = i
            break
    if dateline is None and kinds[0] == "headline" and len(spans) > 2:
        a, b = spans[1]
        if _single_line(text, a, b) and _words(text[a:b]) <= 60 and not text[a:b].endswith(_SENTENCE_END):
            kinds[1] = "standfirst"
            first_body = 2
    for i in range(first_body + 1, len(spans) - 1):
        if kinds[i] == "body" and _is_heading(text, *spans[i]) and not _is_heading(text, *spans[i + 1]):
            kinds[i] = "heading"
    return [_Para(a, b, k) for (a, b), k in zip(spans, kinds)], dateline


def _sections(text: str, paras: list[_Para]) -> list[Section]:
    heads = [p for p in paras if p.kind == "heading"]
    first = heads[0].start if heads else len(text)
    sections = [Section(0, None, 0, first)]
    for i, h in enumerate(heads, start=1):
        end = heads[i].start if i < len(heads) else len(text)
        sections.append(Section(i, _span(text, h), h.start, end))
    return sections
