"""Tokens and the small verbs over them: frequency, n-grams, collocations, KWIC, dispersion, vocabulary.

Tokenising is a regular expression the project owns (NLTK's ``NLTKWordTokenizer`` gives similar tokens at
a fraction of the speed, see ``benchmarks/bench_split_tokenise.py``). It follows Penn Treebank habits where
they matter for counting: ``NATO’s`` → ``NATO`` + ``’s``; ``don’t`` → ``do`` + ``n’t``; punctuation is its own
token; but hyphenated words (``Putin-Biden``, ``high-ranking``, ``COVID-19``), abbreviations from the
project's list (``Mr.``, ``Gen.``) and dotted acronyms (``U.S.``) stay whole, and names with an apostrophe
inside (``O’Brien``, ``d’Ivoire``) are one token.

``Article.tokens`` columns:

| column | meaning |
|---|---|
| token_id | 0, 1, 2 ... in text order |
| start, end | offsets into ``Article.text`` (``text[start:end] == token``) |
| token | the token as written |
| lower | lower case, curly apostrophes straightened (``’s`` → ``'s``); ``US`` and ``U.S.`` both become
  ``u.s.``
  so the country is not counted with the pronoun "us" |
| stem | Snowball (Porter 2) stem of ``lower`` (NLTK, no data needed) |
| is_stop | ``lower`` is in the project's stop-word list (``lexicons/stopwords.txt``) |
| is_punct | the token has no letter or digit |
| is_word | the token has a letter |
| sentence_id, paragraph_id, section_id, section | where the token stands |

Every verb takes an :class:`~helpers.article.Article` or a tokens table and returns a DataFrame.
"""

from __future__ import annotations

import fnmatch
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicons
from .lexicons.topic_dictionary import stem as topic_stem
from .tables import columns_frame

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

    from .article import Article

TOKEN_COLUMNS = [
    "token_id", "start", "end", "token", "lower", "stem", "is_stop", "is_punct", "is_word",
    "sentence_id", "paragraph_id", "section_id", "section",
]  # fmt: skip

_CLITIC = r"(?:s|t|re|ve|ll|d|m)\b"
#: Where a token rule's pattern takes the abbreviation list (``lexicons/abbreviations.txt``).
ABBREVIATIONS_SLOT = "{abbreviations}"


@dataclass(frozen=True)
class TokenRule:
    """One kind of token: a regular expression tried at each position, in :data:`TOKEN_RULES` order
    (the first rule that matches wins), and an example of what it keeps whole."""

    name: str
    pattern: str
    example: str


#: The tokenizer's rules, in the order they are tried. To change how a kind of token is cut, change its
#: pattern here; the abbreviations that keep their full stop are data (``lexicons/abbreviations.txt``).
TOKEN_RULES = [
    TokenRule("URL", r"https?://[^\s\"“”<>]*[^\s\"“”<>.,;:!?)\]]", "https://www.un.org/sg"),
    TokenRule("dotted acronym", r"(?:[^\W\d_]\.){2,}(?![^\W_])", "U.S.  U.N.  e.g."),
    TokenRule(
        "listed abbreviation",
        r"(?=[A-Za-z]{1,8}\.)(?i:\b(?:" + ABBREVIATIONS_SLOT + r")\.)(?![^\W_])",
        "Mr.  Gen.  Dec.",
    ),
    TokenRule("number", r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![^\W_])", "2018  1,000  3.5  21st  1990s"),
    TokenRule("clitic", r"(?i:['’]" + _CLITIC + r")", "’s  're  'll (then n’t split off: do + n’t)"),
    TokenRule("word", r"[^\W_]+(?:[-'’](?!" + _CLITIC + r")[^\W_]+)*", "Putin-Biden  O’Brien  d’Ivoire"),
    TokenRule("punctuation", r"\.{2,}|-{2,}|[^\w\s]", "...  --  ,  “"),
    TokenRule("underscores", r"_+", "___"),
]


@functools.lru_cache(maxsize=4)
def token_regex(abbreviations_path: str | None = None) -> re.Pattern[str]:
    """The tokenizer's compiled pattern: :data:`TOKEN_RULES` in order, with the abbreviation list."""
    simple = sorted(
        (a for a in lexicons.abbreviations(abbreviations_path) if "." not in a and "'" not in a),
        key=len,
        reverse=True,
    )
    abbrev = "|".join(re.escape(a) for a in simple)
    return re.compile("|".join(f"(?:{r.pattern.replace(ABBREVIATIONS_SLOT, abbrev)})" for r in TOKEN_RULES))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` in ``text[start:end]`` (offsets index ``text``)."""
    end = len(text) if end is None else end
    return _split_negations(text, [m.span() for m in token_regex().finditer(text, start, end)])


def _split_negations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Treebank's negation split, done after the regex for speed: ``don`` + ``’t`` → ``do`` + ``n’t``."""
    for i in range(1, len(spans)):
        a, b = spans[i]
        if b - a == 2 and text[a + 1] in "tT" and text[a] in "'’":
            pa, pb = spans[i - 1]
            if pb == a and pb - pa > 1 and text[pb - 1] in "nN":
                spans[i - 1] = (pa, pb - 1)
                spans[i] = (pb - 1, b)
    return spans


_NOT_CLITICS = ("'t", "’t", "'T", "’T")


# Written forms whose plain lower case would collide with an everyday word.
_NORMAL = {"US": "u.s.", "U.S": "u.s.", "U.S.": "u.s."}
_HAS_ALNUM = re.compile(r"[^\W_]")
_HAS_ALPHA = re.compile(r"[^\W\d_]")


def type_columns(
    tokens: list[str], stops: frozenset[str]
) -> tuple[list[str], list[str], list[bool], list[bool], list[bool]]:
    """``lower, stem, is_stop, is_punct, is_word`` of each token as written (the tokens table's columns).

    ``lower``: lower case with curly apostrophes straightened, ``US``/``U.S.`` → ``u.s.``; ``is_punct``:
    no letter or digit; ``is_word``: a letter.
    """
    lower = [_NORMAL.get(t) or t.lower().replace("’", "'") for t in tokens]
    return (
        lower,
        [stem(w) for w in lower],
        [w in stops for w in lower],
        [_HAS_ALNUM.search(w) is None for w in lower],
        [_HAS_ALPHA.search(w) is not None for w in lower],
    )


def stem(word: str) -> str:
    """Snowball stem of a lower-case word (the tokens table asks once per distinct token: see Vocabulary).

    The stem comes from :func:`helpers.lexicons.topic_dictionary.stem`, the one memoised Snowball stemmer
    of the package, so that the topic matcher, which stems the same words again, finds them stemmed.
    """
    return topic_stem(word) if word[:1].isalpha() else word


class Vocabulary:
    """The token types and the space-separated chunks seen so far, kept across texts (a corpus reuses both).

    The plain version it replaces: :func:`tokenize` over the text and, for every token, its lower case,
    stem and flags computed afresh. Same tokens and columns (``tests/test_tokens_fast.py`` compares the
    two); measured on 40 UN speeches (issue 12), the plain version would add about 12 % to the time of
    the whole pipeline, so this one stays. One instance is shared (:meth:`shared`).

    A *type* is a distinct token as written. It gets an id (0, 1, 2 ...), and what the tokens table says
    about it (the token, its lower case and stem, its three flags, its length) sits in numpy arrays
    indexed by id, so a column is one fancy index by the tokens' ids.

    A *chunk* is a piece of ``text.split(" ")``. No token contains a space, and no rule of the tokenizer
    looks across one (a space is not a word character for the ``\\b`` and look-ahead tests; the negation
    split joins two tokens with nothing between them), so the tokens of a text are the tokens of its
    chunks, each tokenised on its own. A chunk is stored as int32 pairs in one ``bytes`` object: a
    ``(type id, start in chunk)`` pair per token, then ``(-1, length of the chunk + 1)``, the step to the
    next chunk. The tokens of a text are then ``b"".join`` of its chunks' entries, read as one array, with
    offsets from the running sum of the steps; only chunks never seen before go through the regular
    expression (all in one call, joined by spaces). Everything is computed from the stop list given, and
    forgotten when the stop list changes or the vocabulary outgrows its bounds.
    """

    MAX_TYPES = 200_000
    MAX_CHUNKS = 200_000
    MAX_CHUNK_LEN = 100  # longer chunks (long URLs, text without spaces) are tokenised but not kept
    _in_use: list[Vocabulary] = []  # the shared one, if any (the package's one cache of tokens)

    def __init__(self, stops: frozenset[str]) -> None:
        import numpy as np

        self.stops = stops
        #: The token pattern for :meth:`pieces`: ``(white space)(token)``, both captured.
        self.splitter = re.compile(rf"(\s*)({token_regex().pattern})")
        self.ids: dict[str, int] = {}
        self.chunks: dict[str, bytes] = {}
        size = 4096
        self.text = np.empty(size, dtype=object)
        self.lower = np.empty(size, dtype=object)
        self.stem = np.empty(size, dtype=object)
        self.is_stop = np.zeros(size, dtype=bool)
        self.is_punct = np.zeros(size, dtype=bool)
        self.is_word = np.zeros(size, dtype=bool)
        self.length = np.zeros(size, dtype=np.int64)

    @classmethod
    def shared(cls, stops: frozenset[str]) -> Vocabulary:
        """The vocabulary in use for this stop list (a new one when the stop list changed or it grew too
        big)."""
        vocab = cls._in_use[0] if cls._in_use else None
        if vocab is None or vocab.stops != stops or len(vocab.ids) > cls.MAX_TYPES:
            vocab = cls(stops)
            cls._in_use[:] = [vocab]
        elif len(vocab.chunks) > cls.MAX_CHUNKS:
            vocab.chunks.clear()
        return vocab

    def pieces(self, text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        r"""Tokens of ``text`` with their start and end offsets: the same tokens as :func:`tokenize`.

        ``re.split`` with a pattern of two groups, ``(\s*)(token)``, cuts the text into pieces that are
        repeated ``[unmatched, white space, token]`` triples and a tail; every character lands in exactly one
        piece, so offsets are cumulative piece lengths: no match objects, no slicing. (The unmatched pieces
        are empty, as every non-space character starts a token; letting the pattern eat the white space
        saves the regex engine a failed attempt at every space.) The negation split moves one character
        from a token to the next token, which keeps the total length and so the offsets.
        """
        import numpy as np

        parts = self.splitter.split(text)
        if any(c in text for c in _NOT_CLITICS):  # same rule, same order as _split_negations
            # Only the tokens ``'t`` can trigger it: find them with list.index (a C scan), then visit them
            # in text order. Visiting token k changes only tokens k-1 and k, so each visited token is
            # still as the split left it, as in a loop over every token.
            for i in self._clitic_t_positions(parts):
                t = parts[i]
                if parts[i - 1] == "" and parts[i - 2] == "":
                    prev = parts[i - 3]
                    if len(prev) > 1 and prev[-1] in "nN":
                        parts[i - 3] = prev[:-1]
                        parts[i] = prev[-1] + t
        lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
        ends = np.cumsum(lengths)[2::3]
        return parts[2::3], ends - lengths[2::3], ends

    @staticmethod
    def _clitic_t_positions(parts: list[str]) -> list[int]:
        """Indices into ``parts`` (split pieces) of the tokens in ``_NOT_CLITICS`` after the first,
        ascending."""
        toks = parts[2::3]
        found = []
        for c in _NOT_CLITICS:
            k = 0
            try:
                while True:
                    k = toks.index(c, k + 1)  # k + 1: never the first token (it has no token before it)
                    found.append(3 * k + 2)
            except ValueError:
                pass
        found.sort()
        return found

    def tokens_of(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Type ids, start and end offsets of the tokens of ``text``: the tokens of :func:`tokenize`."""
        import numpy as np

        chunks = text.split(" ")
        known = self.chunks
        missing = set(chunks).difference(known)
        long = self._add_chunks(sorted(missing)) if missing else []
        rows = np.frombuffer(b"".join(map(known.__getitem__, chunks)), dtype=np.int32).reshape(-1, 2)
        for c in long:
            del known[c]
        is_token = rows[:, 0] >= 0
        second = rows[:, 1].astype(np.int64)
        # a token's chunk starts where the steps of the chunks before it lead (its own step comes after it)
        chunk_start = np.cumsum(np.where(is_token, 0, second))
        ids = rows[is_token, 0].astype(np.int64)
        starts = chunk_start[is_token] + second[is_token]
        return ids, starts, starts + self.length[ids]

    def _add_chunks(self, chunks: list[str]) -> list[str]:
        """Tokenise new chunks in one regex pass and store them; returns those too long to keep."""
        import numpy as np

        toks, starts, _ = self.pieces(" ".join(chunks))
        n, m = len(toks), len(chunks)
        step = np.fromiter(map(len, chunks), dtype=np.int64, count=m) + 1
        first = np.cumsum(step) - step  # where each chunk starts in the joined text
        owner = np.searchsorted(first, starts, side="right") - 1  # the chunk of each token
        # chunk k's rows: its tokens, then its step; they start after the rows of the chunks before it
        cuts = np.searchsorted(owner, np.arange(m + 1)) + np.arange(m + 1)
        rows = np.empty((n + m, 2), dtype=np.int32)
        at = np.arange(n) + owner
        rows[at, 0] = self.type_ids(toks)
        rows[at, 1] = starts - first[owner]
        rows[cuts[1:] - 1] = np.column_stack([np.full(m, -1), step])
        data = rows.tobytes()
        self.chunks.update(zip(chunks, [data[8 * a : 8 * b] for a, b in itertools.pairwise(cuts.tolist())]))
        return [c for c in chunks if len(c) > self.MAX_CHUNK_LEN]

    def type_ids(self, toks: list[str]) -> np.ndarray:
        """The id of each token, new types added."""
        import numpy as np

        ids = self.ids
        new = [t for t in dict.fromkeys(toks) if t not in ids]
        if new:
            self._add_types(new)
        return np.fromiter(map(ids.__getitem__, toks), dtype=np.int64, count=len(toks))

    def _add_types(self, new: list[str]) -> None:
        """Give ``new`` (distinct, unseen types) the next ids and fill in their columns."""
        import numpy as np

        n0, n1 = len(self.ids), len(self.ids) + len(new)
        if n1 > len(self.text):
            size = max(2 * len(self.text), n1)
            for name in ("text", "lower", "stem", "is_stop", "is_punct", "is_word", "length"):
                old = getattr(self, name)
                grown = np.empty(size, dtype=old.dtype)  # entries past the last id are never read
                grown[:n0] = old[:n0]
                setattr(self, name, grown)
        self.text[n0:n1] = new
        lower, stems, is_stop, is_punct, is_word = type_columns(new, self.stops)
        self.lower[n0:n1] = lower
        self.stem[n0:n1] = stems
        self.is_stop[n0:n1] = is_stop
        self.is_punct[n0:n1] = is_punct
        self.is_word[n0:n1] = is_word
        self.length[n0:n1] = [len(t) for t in new]
        self.ids.update(zip(new, range(n0, n1)))


def tokens_table(article: Article) -> pd.DataFrame:
    """Build ``Article.tokens`` (see the module docstring for the columns).

    The text's tokens come from its space-separated chunks, each tokenised once per process (see
    :class:`Vocabulary`), and each token is placed in its sentence by offset; a text where some token
    would straddle a sentence boundary or fall outside every sentence is tokenised sentence by sentence
    instead, so tokens never cross sentences. Columns that depend on the token alone (its text, lower
    case, stem, flags) are kept per type and gathered by type id. Every column array is new, so the frame
    takes them without a copy (:func:`helpers.tables.columns_frame`; same table, less time on short texts).
    """
    import numpy as np
    import pandas as pd

    text = article.text
    sents = article.sentences
    s_start = sents["start"].to_numpy()
    s_end = sents["end"].to_numpy()
    vocab = Vocabulary.shared(lexicons.stopwords())
    ids, starts, ends = vocab.tokens_of(text)
    sid = np.searchsorted(s_start, starts, side="right") - 1
    if len(ids) and (sid.min() < 0 or (ends > s_end[sid]).any()):
        rx = token_regex()
        spans = [m.span() for a, b in zip(s_start.tolist(), s_end.tolist()) for m in rx.finditer(text, a, b)]
        spans = _split_negations(text, spans)
        pos = np.asarray(spans, dtype="int64").reshape(-1, 2)
        starts, ends = pos[:, 0], pos[:, 1]
        ids = vocab.type_ids([text[a:b] for a, b in spans])
        sid = np.searchsorted(s_start, starts, side="right") - 1
    # the string columns get the dtype pandas infers for strings (its string dtype, or object when string
    # inference is off; object for an empty table): inferred from the first token, as all are strings
    first = vocab.text[ids[:1]]
    str_dtype = pd.Index(first, dtype=None if len(first) else object).dtype  # a Series would infer the same

    def per_token(values: np.ndarray) -> pd.api.extensions.ExtensionArray:
        """Per-type strings spread to every token."""
        return pd.array(values[ids], dtype=str_dtype, copy=False)  # values[ids] is new: no second copy

    return columns_frame(
        {
            "token_id": np.arange(len(ids), dtype="int64"),
            "start": starts,
            "end": ends,
            "token": per_token(vocab.text),
            "lower": per_token(vocab.lower),
            "stem": per_token(vocab.stem),
            "is_stop": vocab.is_stop[ids],
            "is_punct": vocab.is_punct[ids],
            "is_word": vocab.is_word[ids],
            "sentence_id": sid.astype("int64"),
            "paragraph_id": sents["paragraph_id"].to_numpy()[sid],
            "section_id": sents["section_id"].to_numpy()[sid],
            "section": sents["section"].array.take(sid),
        },  # in the order of TOKEN_COLUMNS
    )


# ---------------------------------------------------------------------------------------------
# Verbs


def _tokens_of(obj: Article | pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    if isinstance(obj, pd.DataFrame):
        return obj
    return obj.tokens


def content_words(tokens: pd.DataFrame, drop_stop: bool = True) -> pd.DataFrame:
    """Word tokens (with a letter), stop words dropped unless ``drop_stop=False``."""
    keep = tokens["is_word"]
    if drop_stop:
        keep = keep & ~tokens["is_stop"]
    return tokens[keep]


def frequency(
    article: Article | pd.DataFrame,
    by: str = "lower",
    *,
    drop_stop: bool = True,
    top: int | None = None,
) -> pd.DataFrame:
    """Term frequencies: columns ``term, count, per_1000`` (per 1,000 word tokens), ``rank``.

    ``by`` is ``lower`` (default), ``stem`` or ``token``. Ties are ordered alphabetically so the table
    is the same on every run.
    """
    import pandas as pd

    toks = _tokens_of(article)
    n_words = int(toks["is_word"].sum())
    words = content_words(toks, drop_stop)
    counts = words[by].value_counts()
    df = pd.DataFrame({"term": counts.index.astype(str), "count": counts.to_numpy(dtype="int64")})
    df = df.sort_values(["count", "term"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    df["per_1000"] = (df["count"] * 1000 / n_words).round(2) if n_words else 0.0
    df["rank"] = df["count"].rank(method="min", ascending=False).astype("int64")
    return df.head(top) if top else df


def _sentence_word_lists(toks: pd.DataFrame, by: str, drop_stop: bool) -> list[list[str]]:
    words = content_words(toks, drop_stop)
    return [g.tolist() for _, g in words.groupby("sentence_id", sort=True)[by]]


def ngrams(
    article: Article | pd.DataFrame,
    n: int = 2,
    *,
    by: str = "lower",
    drop_stop: bool = True,
    top: int | None = None,
) -> pd.DataFrame:
    """Counts of word n-grams within sentences: columns ``ngram, count``.

    With ``drop_stop=True`` (the default) stop words and punctuation are removed before the n-grams are
    formed, so the words either side of a dropped word count as neighbours ("talks with Putin" gives
    "talks putin"): the view a reader wants of what a text is about. Pass ``drop_stop=False`` for strict
    adjacency of words. N-grams never cross a sentence boundary.
    """
    import pandas as pd
    from nltk.util import ngrams as nltk_ngrams

    if n < 1:
        raise ValueError("n must be at least 1")
    counts: dict[str, int] = {}
    for words in _sentence_word_lists(_tokens_of(article), by, drop_stop):
        for gram in nltk_ngrams(words, n):
            key = " ".join(gram)
            counts[key] = counts.get(key, 0) + 1
    df = pd.DataFrame(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), columns=["ngram", "count"])
    return df.head(top) if top else df


def collocations(
    article: Article | pd.DataFrame,
    *,
    n: int = 2,
    measure: str = "likelihood_ratio",
    min_count: int = 2,
    by: str = "lower",
    top: int | None = 20,
) -> pd.DataFrame:
    """Word pairs (or triples) that occur together more than chance predicts.

    NLTK's ``BigramCollocationFinder``/``TrigramCollocationFinder`` over the content words of each
    sentence (stop words and punctuation removed; n-grams never cross a sentence), a frequency floor of
    ``min_count`` (2 by default: a pair seen once has no evidence of association), scored with Dunning's
    log-likelihood ratio (``measure``, robust for small counts; ``pmi`` overrates rare pairs).
    Columns: ``collocation, count, score, measure``.
    """
    import pandas as pd
    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )

    if n not in (2, 3):
        raise ValueError("collocations are found for n=2 or n=3")
    sents = _sentence_word_lists(_tokens_of(article), by, True)
    finder_cls, measures = (
        (BigramCollocationFinder, BigramAssocMeasures)
        if n == 2
        else (TrigramCollocationFinder, TrigramAssocMeasures)
    )
    fn = getattr(measures, measure, None)
    if fn is None:
        raise ValueError(f"unknown association measure {measure!r}")
    finder = finder_cls.from_documents(sents)
    finder.apply_freq_filter(min_count)
    scored = finder.score_ngrams(fn)
    rows = [(" ".join(g), int(finder.ngram_fd[g]), round(float(s), 3), measure) for g, s in scored]
    rows.sort(key=lambda r: (-r[2], -r[1], r[0]))
    df = pd.DataFrame(rows, columns=["collocation", "count", "score", "measure"])
    return df.head(top) if top else df


def _match_positions(toks: pd.DataFrame, pattern: str, by: str) -> list[tuple[int, int]]:
    """Token index ranges [i, j) matching ``pattern``: one or more words, ``*`` wildcards allowed."""
    parts = [p.lower().replace("’", "'") for p in pattern.split()]
    if not parts:
        return []
    values = toks[by].tolist()
    wild = [any(c in p for c in "*?[") for p in parts]

    def ok(v: str, k: int) -> bool:
        return fnmatch.fnmatchcase(v, parts[k]) if wild[k] else v == parts[k]

    out = []
    n = len(parts)
    for i in range(len(values) - n + 1):
        if all(ok(values[i + k], k) for k in range(n)):
            out.append((i, i + n))
    return out


def kwic(article: Article, pattern: str, *, window: int = 6, by: str = "lower") -> pd.DataFrame:
    """Keyword in context: every match of ``pattern`` with ``window`` tokens either side.

    ``pattern`` is a word, a phrase ("strategic stability") or a glob ("sanction*"), matched
    case-insensitively on ``by``. Contexts stop at the sentence. Columns: ``token_id, start, end,
    sentence_id, left, keyword, right`` — ``start``/``end`` are the keyword's offsets.
    """
    import pandas as pd

    toks = article.tokens
    text = article.text
    starts, ends, sids = toks["start"].tolist(), toks["end"].tolist(), toks["sentence_id"].tolist()
    rows = []
    for i, j in _match_positions(toks, pattern, by):
        sid = sids[i]
        lo = i
        while lo > 0 and i - lo < window and sids[lo - 1] == sid:
            lo -= 1
        hi = j
        while hi < len(sids) and hi - j < window and sids[hi] == sid:
            hi += 1
        left = " ".join(text[starts[lo] : starts[i]].split())
        right = " ".join(text[ends[j - 1] : ends[hi - 1]].split()) if hi > j else ""
        rows.append((i, starts[i], ends[j - 1], sid, left, text[starts[i] : ends[j - 1]], right))
    return pd.DataFrame(rows, columns=["token_id", "start", "end", "sentence_id", "left", "keyword", "right"])


def dispersion(article: Article | pd.DataFrame, terms: Iterable[str], *, by: str = "lower") -> pd.DataFrame:
    """Where each term occurs: one row per occurrence.

    Columns: ``term, token_id, position`` (0..1, the share of the text's tokens before it), ``start, end,
    sentence_id, section``. Terms may be phrases or globs, as in :func:`kwic`.
    """
    import pandas as pd

    toks = _tokens_of(article)
    total = max(len(toks), 1)
    rows = []
    for term in terms:
        for i, j in _match_positions(toks, term, by):
            r = toks.iloc[i]
            rows.append((term, i, round(i / total, 4), int(r["start"]), int(toks.iloc[j - 1]["end"]),
                         int(r["sentence_id"]), r["section"]))  # fmt: skip
    columns = ["term", "token_id", "position", "start", "end", "sentence_id", "section"]
    return pd.DataFrame(rows, columns=columns)


def sentence_lengths(article: Article) -> pd.DataFrame:
    """Words per sentence: columns ``sentence_id, kind, section, n_tokens, n_words``."""
    toks = article.tokens
    sents = article.sentences[["sentence_id", "kind", "section"]].copy()
    g = toks.groupby("sentence_id")
    sents["n_tokens"] = sents["sentence_id"].map(g.size()).fillna(0).astype("int64")
    sents["n_words"] = sents["sentence_id"].map(g["is_word"].sum()).fillna(0).astype("int64")
    return sents


def vocabulary(article: Article) -> pd.DataFrame:
    """Vocabulary figures as a two-column table (``measure, value``).

    Tokens, word tokens, word types (lower-cased), type/token ratio (types ÷ word tokens: it falls as texts
    grow, so compare texts of similar length only), hapax legomena, sentences, and words per body sentence
    (mean, median, max).
    """
    import pandas as pd

    toks = article.tokens
    words = toks.loc[toks["is_word"], "lower"]
    counts = words.value_counts()
    lengths = sentence_lengths(article)
    body = lengths.loc[lengths["kind"] == "body", "n_words"]
    rows = [
        ("tokens", len(toks)),
        ("word tokens", len(words)),
        ("word types", len(counts)),
        ("type/token ratio", round(len(counts) / len(words), 3) if len(words) else 0.0),
        ("hapax legomena", int((counts == 1).sum())),
        ("sentences", len(article.sentences)),
        ("body sentences", len(body)),
        ("words per body sentence, mean", round(float(body.mean()), 1) if len(body) else 0.0),
        ("words per body sentence, median", float(body.median()) if len(body) else 0.0),
        ("words per body sentence, max", int(body.max()) if len(body) else 0),
    ]
    # object dtype keeps counts as integers next to the ratios
    return pd.DataFrame(rows, columns=["measure", "value"], dtype=object)
