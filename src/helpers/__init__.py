"""Diplomatic Discourse helpers: read a diplomatic news text and measure who said what, how, about what.

The public verbs are imported lazily so that ``import helpers`` is fast; see CONTRIBUTING.md for the
data flow. ``helpers.load_article(path)`` is the entry point.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "InputError": "errors",
    "project_root": "paths",
    "data_path": "paths",
    "output_dir": "paths",
    "SEED_ARTICLE": "paths",
    "Article": "article",
    "load_article": "article",
    "split_sentences": "sentences",
    "tokenize": "tokens",
    "frequency": "tokens",
    "ngrams": "tokens",
    "collocations": "tokens",
    "kwic": "tokens",
    "dispersion": "tokens",
    "vocabulary": "tokens",
    "sentence_lengths": "tokens",
    "as_article": "article",
    "statements": "attribution.statements",
    "quotations": "attribution.statements",
    "speakers": "attribution.speakers",
    "speaker_mentions": "attribution.speakers",
    "score_sentences": "sentiment",
    "score_statements": "sentiment",
    "speaker_sentiment": "sentiment",
    "explain": "sentiment",
    "target_sentiment": "stance",
    "stance_matrix": "stance",
    "topic_ranking": "topic_ranking",
    "load_dictionary": "topics",
    "topic_mentions": "topics",
    "topic_counts": "topics",
    "missed_terms": "topics",
    "keyness": "topics",
    "analyse_corpus": "corpus",
    "analyse_to_folder": "corpus",
    "analyse_article": "pipeline",
    "detect_format": "formats",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"helpers.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
