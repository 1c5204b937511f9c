"""Reading an article: decoding, and its structure (headline, standfirst, dateline, sections, paragraphs).

``load_article(path_or_text)`` returns an :class:`Article`. Its ``text`` is the decoded text (a UTF-8 byte
order mark dropped, nothing else changed: line ends, quotes and spacing stay as written), and every offset
in every table of the package indexes it.

How structure is found: :mod:`helpers.layout` (paragraphs, headline, standfirst, dateline, sub-headings;
one function, :func:`helpers.layout.layout`, for every format). Other formats (Markdown, HTML,
transcripts) are rendered by :mod:`helpers.formats`; :func:`load_article` detects the format and builds
the Article from what that module gives.

:func:`as_article` turns an Article, a path or a text into an Article (what every stage accepts).

Tables (pandas DataFrames, built on first use and cached):

``paragraphs``: paragraph_id, start, end, text, section_id, section, kind
``sentences``:  sentence_id, start, end, text, paragraph_id, section_id, section, kind
``tokens``:     see :mod:`helpers.tokens`

``kind`` is ``headline``, ``standfirst``, ``heading``, ``dateline`` (sentences only: the dateline is its
own unit) or ``body``.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import formats
from .errors import InputError
from .layout import HEADING, HEADLINE, STANDFIRST, Dateline, LayoutFunction, Paragraph, Span, layout
from .tables import columns_frame

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "MAX_BYTES", "Article", "Dateline", "Section", "Span", "as_article", "build_article", "check_text",
    "decode_bytes", "load_article", "read_bytes",
]

#: The ``kind`` of the dateline in the sentences table (the dateline is its own unit there).
DATELINE = "dateline"

#: Largest file read (bytes); larger inputs are refused rather than risk exhausting memory.
MAX_BYTES = 200 * 1024 * 1024

# Control characters that mark binary data (tab, line ends and form feeds excepted), as UTF-8 bytes: each
# is one byte in UTF-8 and no other character's encoding contains such a byte, so counting them in the
# encoded text (a C loop) counts the characters.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20)])


@dataclass(frozen=True)
class Section:
    """A section: ``heading`` is None for section 0, the lead; ``start``/``end`` cover its heading too."""

    section_id: int
    heading: Span | None
    start: int
    end: int

    @property
    def name(self) -> str:
        """The heading's text ("" for the lead)."""
        return self.heading.text if self.heading else ""


class Article:
    """A decoded text and its structure. Build one with :func:`load_article`."""

    #: "text", or the format :mod:`helpers.formats` read (markdown, html, transcript).
    format = "text"
    #: For Markdown/HTML: the offset in the file of each character of ``text`` (see helpers.formats).
    source_offsets: list[int] | None = None

    def __init__(
        self,
        text: str,
        path: str | os.PathLike[str] | None = None,
        *,
        layout: LayoutFunction | None = None,
        format: str | None = None,
        source_offsets: list[int] | None = None,
    ) -> None:
        self.text = text
        self.path = Path(path) if path is not None else None
        if format is not None:
            self.format = format
        if source_offsets is not None:
            self.source_offsets = source_offsets
        # ``layout(text) -> (paragraphs, dateline)``: the hook other formats use (helpers.formats)
        paras, self.dateline = _plain_layout(text) if layout is None else layout(text)
        self._paras = paras
        self.headline = next((_span(text, p) for p in paras if p.kind == HEADLINE), None)
        standfirst = [p for p in paras if p.kind == STANDFIRST]
        self.standfirst = (
            _span(text, Paragraph(standfirst[0].start, standfirst[-1].end, standfirst[0].kind))
            if standfirst
            else None
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

    @property
    def paragraph_bounds(self) -> list[tuple[int, int]]:
        """(start, end) of every paragraph, in order: the ``start``/``end`` columns of ``paragraphs``
        without building that table (which costs more than attributing a short text)."""
        return [(p.start, p.end) for p in self._paras]

    @property
    def layout_paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs as the layout found them (start, end, kind), without building ``paragraphs``:
        what :mod:`helpers.long_text` cuts a long text along."""
        return tuple(self._paras)

    @functools.cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph, built column by column as ``sentences`` is (rows of mixed types make
        pandas hold every column as objects and then convert the integer ones: five times the cost)."""
        import numpy as np

        paras, text = self._paras, self.text
        secs = [self.section_of(p.start) for p in paras]
        return columns_frame(
            {
                "paragraph_id": np.arange(len(paras), dtype="int64"),
                "start": np.array([p.start for p in paras], dtype="int64"),
                "end": np.array([p.end for p in paras], dtype="int64"),
                "text": [text[p.start : p.end] for p in paras],
                "section_id": np.array([s.section_id for s in secs], dtype="int64"),
                "section": [s.name for s in secs],
                "kind": [p.kind for p in paras],
            },  # every column is new
        )

    @functools.cached_property
    def sentences(self) -> pd.DataFrame:
        import numpy as np

        from .sentences import split_sentences

        rows = []
        text = self.text
        d = self.dateline
        for i, p in enumerate(self._paras):
            sec = self.section_of(p.start)
            if p.kind in (HEADLINE, HEADING):
                spans = [(p.start, p.end, p.kind)]
            elif d is not None and p.start <= d.start < p.end:
                spans = [(d.start, d.end, DATELINE)]
                spans += [(a, b, p.kind) for a, b in split_sentences(text, d.end, p.end)]
            else:
                spans = [(a, b, p.kind) for a, b in split_sentences(text, p.start, p.end)]
            for a, b, kind in spans:
                rows.append((a, b, i, sec.section_id, sec.name, kind))
        cols = list(zip(*rows)) if rows else [()] * 6
        return columns_frame(
            {
                "sentence_id": np.arange(len(rows), dtype="int64"),
                "start": np.asarray(cols[0], dtype="int64"),
                "end": np.asarray(cols[1], dtype="int64"),
                "text": [text[a:b] for a, b in zip(cols[0], cols[1])],
                "paragraph_id": np.asarray(cols[2], dtype="int64"),
                "section_id": np.asarray(cols[3], dtype="int64"),
                "section": list(cols[4]),
                "kind": list(cols[5]),
            },  # every column is new: no need for pandas to copy it again
        )

    @functools.cached_property
    def tokens(self) -> pd.DataFrame:
        from .tokens import tokens_table

        return tokens_table(self)

    @functools.cached_property
    def turns(self) -> pd.DataFrame:
        """Speaker turns of a transcript (empty for other formats); columns in :mod:`helpers.formats`."""
        return formats.transcript_turns(self)


_plain_layout = layout  # the parameter ``layout`` of Article hides the function's name


def _span(text: str, p: Paragraph) -> Span:
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
        return build_article(check_text(text, None), None, format)
    if source is None:
        raise InputError("no input given", hint="pass a file path or text=...")
    if isinstance(source, bytes):
        return build_article(check_text(decode_bytes(source, None, encoding), None), None, format)
    if isinstance(source, str) and not _looks_like_path(source):
        return build_article(check_text(source, None), None, format)
    path = Path(source)
    return build_article(check_text(decode_bytes(read_bytes(path), path, encoding), path), path, format)


def build_article(text: str, path: Path | None, format: str | None = None) -> Article:
    """The Article of the decoded file ``text`` in ``format`` (None/"auto": detected by
    :func:`helpers.formats.detect_format`). Plain text goes straight to :class:`Article`; Markdown and HTML
    are rendered by :mod:`helpers.formats` (``text`` becomes the visible text, with ``source_offsets``);
    a transcript keeps its text and gets paragraphs cut at its speaker labels.
    """
    fmt = formats.normalise_format(format, path)
    if fmt in (None, "text", "transcript"):
        text = formats.break_run_in_labels(text)  # "... he's serious. ANDREW MARR: And ..." on one line
    fmt = fmt or formats.detect_format(text, path)
    if fmt == "text":
        return Article(text, path)
    if fmt == "transcript":
        return Article(text, path, layout=formats.transcript_layout, format=fmt)
    rendered, offsets, blocks = formats.render(text, fmt, path)
    check_text(rendered, path)
    return Article(rendered, path, layout=lambda t: layout(t, blocks), format=fmt, source_offsets=offsets)


def as_article(obj: Any) -> Article:
    """``obj`` as an :class:`Article`: an Article as it is, a path (``str``/``Path``) or a text read with
    :func:`load_article`. An object with ``text`` and ``sentences`` (an Article-like stand-in) is passed
    through. Anything else raises :class:`~helpers.errors.InputError`.

    >>> as_article("The talks ended. Both sides said so.").sentences["text"].tolist()
    ['The talks ended.', 'Both sides said so.']
    """
    if isinstance(obj, Article):
        return obj
    if isinstance(obj, (str, os.PathLike)):
        return load_article(obj)
    if hasattr(obj, "text") and hasattr(obj, "sentences"):
        return obj
    raise InputError(
        f"expected an Article, a path or a text, got {type(obj).__name__}",
        hint="pass helpers.load_article(path)",
    )


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


#: Byte order marks and the codec each announces, longest first: the UTF-32 little-endian mark begins
#: with the UTF-16 one, so it must be tried first. Each codec drops its own mark when decoding.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Share of the byte pairs whose one half (always the same half) is zero above which bytes without a byte
#: order mark are taken for UTF-16: text in a Latin script has a zero high byte in nearly every pair, binary
#: data has zeros in both halves or in neither.
UTF16_ZERO_SHARE = 0.3

#: Bytes 0x80-0x9F are C1 control codes in latin-1 (ISO-8859-1), never written in text, but curly quotes,
#: dashes, the euro sign and the ellipsis in cp1252 (Windows-1252): their presence tells the two apart.
_CP1252_ONLY_RE = re.compile(rb"[\x80-\x9f]")


def decode_bytes(data: bytes, path: Path | None = None, encoding: str | None = None) -> str:
    """Decode bytes strictly: UTF-8 unless a byte order mark says UTF-16 or UTF-32, or ``encoding`` is given.

    A byte order mark is dropped. A NUL anywhere (not only near the start) is refused, with a hint when
    the bytes look like UTF-16 written without a byte order mark.

    >>> decode_bytes("Talks — “useful”".encode("utf-16"))
    'Talks — “useful”'
    """
    if not data.strip():
        problem = "file is empty" if not data else "file contains only white space"
        raise InputError(problem, path, "give it some text")
    codec = encoding or _codec_from_bom(data)
    if codec is None:
        _refuse_nul_bytes(data, path)
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except LookupError:
        hint = "use a Python codec name such as 'utf-8' or 'cp1251'"
        raise InputError(f"unknown encoding {encoding!r}", path, hint) from None
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, codec, path) from None
    if encoding and codec.lower().replace("_", "-") in ("utf-8", "utf8") and text.startswith("\ufeff"):
        text = text[1:]
    _refuse_nul_text(text, path)
    return text


def _refuse_nul_text(text: str, path: Path | None) -> None:
    """An InputError when ``text`` holds a NUL character anywhere (it would end up in every CSV)."""
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"contains a NUL character at character {nul:,}: binary data, not text", path,
                         "pass a plain-text file")


def _codec_from_bom(data: bytes) -> str | None:
    """The codec a byte order mark at the start of ``data`` announces, or None (no mark)."""
    return next((codec for bom, codec in BYTE_ORDER_MARKS if data.startswith(bom)), None)


def _refuse_nul_bytes(data: bytes, path: Path | None) -> None:
    """An InputError when ``data`` (no byte order mark, no encoding given) holds a NUL byte anywhere."""
    nul = data.find(b"\x00")
    if nul < 0:
        return
    utf16 = _utf16_without_bom(data)
    if utf16:
        raise InputError(
            f"looks like {utf16.upper()} text without a byte order mark (NUL bytes between the letters)",
            path,
            f"pass encoding='{utf16}' or --encoding {utf16}, or convert it to UTF-8",
        )
    raise InputError(f"contains a NUL byte at offset {nul:,}: binary data, not text", path,
                     "pass a plain-text file")


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` looks like UTF-16 without a byte order mark, else None.

    >>> _utf16_without_bom("Talks in Geneva".encode("utf-16-le"))
    'utf-16-le'
    """
    sample = data[: 65_536 & ~1]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_zero = sample[0::2].count(0) / pairs
    odd_zero = sample[1::2].count(0) / pairs
    for codec, zeros, other in (("utf-16-le", odd_zero, even_zero), ("utf-16-be", even_zero, odd_zero)):
        if zeros > UTF16_ZERO_SHARE and other < 0.01:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _decode_error(data: bytes, exc: UnicodeDecodeError, codec: str, path: Path | None) -> InputError:
    """The one-line error for bytes that are not valid in ``codec``, with the likely encoding as a hint."""
    guess = _guess_legacy_encoding(data)
    hint = (
        f"it looks like {guess}: convert it to UTF-8, or pass encoding='{guess}' or --encoding {guess}"
        if guess
        else "convert it to UTF-8 (e.g. with iconv) or pass the right encoding"
    )
    name = codec.replace("-sig", "")
    return InputError(f"not valid {name} (byte 0x{data[exc.start]:02x} at offset {exc.start})", path, hint)


def _guess_legacy_encoding(data: bytes) -> str | None:
    """The 8-bit encoding ``data`` is most likely in: "cp1251" (mostly Cyrillic letters), "cp1252" (some
    byte 0x80-0x9F: curly quotes and dashes, C1 controls in latin-1) or "latin-1"; None for binary data or
    when the guess would not decode every byte. Following the hint must not corrupt a character.

    >>> _guess_legacy_encoding("Genève – “oui”".encode("cp1252"))
    'cp1252'
    """
    sample = data[:200_000]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) * 0.01:
        return None  # binary, not a legacy text encoding
    high = [b for b in sample if b >= 0x80]
    if not high:
        return None
    cyrillic = sum(1 for b in high if 0xC0 <= b <= 0xFF)
    if cyrillic / len(high) > 0.8 and len(high) > len(sample) * 0.2:
        guess = "cp1251"
    else:
        guess = "cp1252" if _CP1252_ONLY_RE.search(data) else "latin-1"
    try:
        data.decode(guess)
    except UnicodeDecodeError:
        return None  # e.g. 0x81, which cp1252 leaves undefined
    return guess


def check_text(text: str, path: Path | None) -> str:
    """``text`` if it is a non-empty string that does not look like binary data, else an InputError."""
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}", path)
    if not text.strip():
        raise InputError("text is empty or only white space", path, "give it some text")
    _refuse_nul_text(text, path)
    sample = text[:100_000]
    encoded = sample.encode("utf-8", "surrogatepass")
    bad = len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))
    if bad > max(3, len(sample) // 100):
        raise InputError(
            "looks like binary data (many control characters), not text", path, "pass a plain-text file"
        )
    return text


# ---------------------------------------------------------------------------------------------
# Sections


def _sections(text: str, paras: list[Paragraph]) -> list[Section]:
    heads = [p for p in paras if p.kind == HEADING]
    first = heads[0].start if heads else len(text)
    sections = [Section(0, None, 0, first)]
    for i, h in enumerate(heads, start=1):
        end = heads[i].start if i < len(heads) else len(text)
        sections.append(Section(i, _span(text, h), h.start, end))
    return sections
