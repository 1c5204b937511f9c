"""The command line's sentiment tables (``python -m helpers sentiment|score``)."""

from __future__ import annotations

from ..errors import InputError
from .aggregate import speaker_sentiment
from .scoring import score_sentences
from .statement_scores import score_statements


def cli_sentiment(article, by: str = "statement", narrator: bool = True):
    """The ``sentiment`` subcommand's table: per statement (default) or per speaker."""
    table = score_statements(article, narrator=narrator)
    if by == "speaker":
        return speaker_sentiment(table)
    return table


def cli_score(stream) -> object:
    """The ``score`` subcommand: one sentence per input line (blank lines skipped) → score_sentences."""
    lines = [line.rstrip("\r\n") for line in stream]
    texts = [line for line in lines if line.strip()]
    if not texts:
        raise InputError("no sentences on standard input", hint="pipe one sentence per line into it")
    return score_sentences(texts)
