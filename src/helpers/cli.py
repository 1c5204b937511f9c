"""The command line: ``python -m helpers SUBCOMMAND (PATH | --text TEXT) [--format json|csv]``.

Each subcommand is a small function in :data:`COMMANDS` that takes the parsed arguments and returns a
DataFrame (printed as a JSON list of row objects, or CSV) or a dict (printed as a JSON object; for CSV its
main table, named by ``csv_table``). Output goes to stdout only once it is complete, so an error never
leaves half a table behind; the write is checked (:func:`helpers.io.write_checked`).

The command line never guesses: PATH is always a file name (a missing file is an error), and text is
analysed only when given with ``--text`` (or on standard input for ``score``). CSV cells that a
spreadsheet would run as formulas are neutralised (:func:`helpers.io.csv_safe`); JSON is exact.

Exit codes, each failure with exactly one line on stderr and never a traceback: 0 success (also when
the reader of a pipe stops early, e.g. ``| head``); 2 bad input or arguments (a missing file, a refused
``--out``); 1 the output could not be written (a full disk, another run holding ``--out``) or an internal
error; 130 Ctrl-C; 143 SIGTERM. Both signals remove the staging folder and stop the workers.

To add a subcommand: write ``def _cmd_name(args) -> DataFrame | dict``, a ``_args_name(parser)`` if it
needs options beyond PATH and ``--format``, and register both in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .io import OutputError, describe_os_error, render, silence_stdout, write_checked

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
#: Exit codes after SIGINT (Ctrl-C) and SIGTERM, as a shell reports a process killed by them (128 + n).
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


@dataclass(frozen=True)
class Command:
    help: str
    run: Callable[[argparse.Namespace], Any]
    add_args: Callable[[argparse.ArgumentParser], None] | None = None
    takes_path: bool = True
    csv_table: str | None = None  # for dict results: which entry is written as CSV


def _article(args: argparse.Namespace):
    from .article import load_article

    fmt = getattr(args, "input_format", None)
    if getattr(args, "text", None) is not None:  # the only way text reaches a PATH command
        return load_article(text=args.text, format=fmt)
    # a Path, never a str: load_article never guesses whether it is a file name or the text itself
    return load_article(Path(args.path), encoding=getattr(args, "encoding", None), format=fmt)


# -- foundation subcommands -----------------------------------------------------------------------


def _cmd_structure(args):
    return _article(args).structure()


def _cmd_sentences(args):
    return _article(args).sentences


def _cmd_tokens(args):
    return _article(args).tokens


# -- who said what (issue 3) --------------------------------------------------------------------------


def _args_attribution(p: argparse.ArgumentParser) -> None:
    p.add_argument("--verbs", metavar="FILE", default=None,
                   help="a speech-verb list (default: helpers/lexicons/speech_verbs.txt)")
    p.add_argument("--titles", metavar="FILE", default=None,
                   help="a titles/roles lexicon (default: helpers/lexicons/titles.txt)")


def _cmd_statements(args):
    from .attribution.statements import statements

    return statements(_article(args), verbs_path=args.verbs, titles_path=args.titles)


def _cmd_speakers(args):
    from .attribution.speakers import speakers

    return speakers(_article(args), verbs_path=args.verbs, titles_path=args.titles)


# -- topics (issue 5) -------------------------------------------------------------------------------


def _args_topics(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dictionary", metavar="FILE", default=None,
                   help="a YAML topic dictionary (default: the project's, helpers/lexicons/topics.yaml)")
    p.add_argument("--by", choices=("section", "paragraph", "speaker"), default=None,
                   help="count per section, paragraph or speaker instead of over the whole text")
    p.add_argument("--mentions", action="store_true",
                   help="with --format csv: write the mentions table instead of the counts")


def _cmd_topics(args):
    """JSON: {dictionary, words, topics: counts rows, mentions: rows}; CSV: the counts (or --mentions).

    Mentions carry a speaker only with ``--by speaker`` (attribution is the slow, separate stage).
    """
    from .topics import load_dictionary, topic_counts, topic_mentions

    article = _article(args)
    dictionary = load_dictionary(args.dictionary)
    statements = None if args.by == "speaker" else False
    if args.format == "csv" and args.mentions:
        return topic_mentions(article, dictionary, statements=statements)
    mentions = topic_mentions(article, dictionary, statements=statements)
    counts = topic_counts(article, by=args.by, dictionary=dictionary, statements=statements,
                          mentions=mentions)
    if args.format == "csv":
        return counts
    if not len(counts):
        words = 0
    elif args.by is None:
        words = int(counts["words"].iloc[0])
    else:  # each group's words once
        words = int(counts.drop_duplicates(GROUP_KEYS[args.by])["words"].sum())
    return {
        "dictionary": args.dictionary or "helpers/lexicons/topics.yaml",
        "words": words,
        "topics": counts,
        "mentions": mentions,
    }


GROUP_KEYS = {"section": "section_id", "paragraph": "paragraph_id", "speaker": "speaker"}


# -- stance: who speaks about whom (issue 15) ---------------------------------------------------------


def _args_stance(p: argparse.ArgumentParser) -> None:
    p.add_argument("--targets", action="store_true",
                   help="one row per target mention in a statement (with its evidence) instead of the matrix")
    p.add_argument("--no-aliases", action="store_true",
                   help="keep Moscow, the Kremlin and Russia apart (default: merged into one target)")
    p.add_argument("--min-n", type=int, default=None, metavar="N",
                   help="bootstrap intervals only for cells with at least N mentions (default 5)")
    p.add_argument("--speaker", default=None, metavar="NAME",
                   help="the whole text is NAME's speech (a UN statement): every sentence scored as NAME's")


def _cmd_stance(args):
    """One row per (speaker, target): n, mean score, interval (n >= min), statement ids; or --targets."""
    from .stance import stance_matrix, stance_targets
    from .stance.matrix import MIN_N

    article = _article(args)
    if args.targets:
        return stance_targets(article, merge_aliases=not args.no_aliases, speaker=args.speaker)
    return stance_matrix(article, merge_aliases=not args.no_aliases, min_n=args.min_n or MIN_N,
                         speaker=args.speaker)


# -- sentiment (issue 4) -----------------------------------------------------------------------------


def _args_sentiment(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", choices=("statement", "speaker"), default="statement",
                   help="one row per statement (default) or per speaker with bootstrap intervals")
    p.add_argument("--no-narrator", action="store_true", help="leave out the narrator's sentences")


def _cmd_sentiment(args):
    from .sentiment import cli_sentiment

    return cli_sentiment(_article(args), by=args.by, narrator=not args.no_narrator)


def _cmd_score(args):
    from .article import decode_bytes
    from .sentiment import cli_score

    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream (tests, notebooks): already decoded
        return cli_score(sys.stdin)
    data = buffer.read()
    if not data.strip():
        raise InputError("no sentences on standard input", hint="pipe one sentence per line into it")
    # strict decoding, as for files: bytes that are not UTF-8 are one clear error, not a crash later
    return cli_score(decode_bytes(data, Path("<stdin>")).splitlines())


# -- analyse: every stage, many texts (issue 6; see helpers.corpus) ---------------------------------


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _args_analyse(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", metavar="PATH", nargs="+",
                   help="text files (.txt, .md, .html) or folders of them")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the tables and charts")
    p.add_argument("--force", action="store_true",
                   help="replace DIR if it holds earlier results of this tool (its manifest.json)")
    p.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                   help="processes (default 1; at most the CPU count); with --dask, LocalCluster workers")
    p.add_argument("--force-workers", action="store_true", help="start --workers N even if N > CPUs")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--dask", action="store_true", help="run on a Dask LocalCluster on 127.0.0.1")
    where.add_argument("--scheduler", metavar="ADDRESS", default=None,
                       help="run on an existing Dask cluster (tcp://host:8786)")
    p.add_argument("--metadata", metavar="CSV", default=None,
                   help="a CSV with an id (file name without suffix) or file column, joined to the documents")
    p.add_argument("--encoding", default=None, help="decode the files with this codec (default UTF-8)")
    p.add_argument("--input-format", "--format-in", dest="input_format", default=None,
                   choices=("auto", "text", "markdown", "html", "transcript"),
                   help="the files' format (default: detected per file)")
    p.add_argument("--dictionary", metavar="FILE", default=None, help="a YAML topic dictionary")
    p.add_argument("--charts", choices=("auto", "on", "off"), default="auto",
                   help="per-document PNG charts (auto: up to 50 documents)")
    p.add_argument("--skip-errors", action="store_true",
                   help="record unreadable documents in documents.csv instead of stopping")


def _cmd_analyse(args):
    """JSON: the manifest (what was written where) and the documents table; CSV: the documents table."""
    from .corpus import analyse_to_folder, cap_workers

    charts = {"auto": "auto", "on": True, "off": False}[args.charts]
    workers, note = cap_workers(args.workers, args.force_workers or args.scheduler is not None)
    if note:
        say("analyse", f"note: {note}")
    manifest = analyse_to_folder(
        args.paths, args.out, force=args.force, charts=charts, workers=workers, dask=args.dask,
        scheduler=args.scheduler, metadata=args.metadata, encoding=args.encoding,
        format=args.input_format, dictionary=args.dictionary,
        on_error="skip" if args.skip_errors else "raise", progress=None,
    )
    for note in manifest["notes"]:
        say("analyse", f"note: {note}")
    return {"out": manifest["out"], "documents": manifest["documents"], "ok": manifest["ok"],
            "tables": manifest["tables"], "notes": manifest["notes"], "summary": manifest["summary"]}


COMMANDS: dict[str, Command] = {
    "structure": Command("headline, standfirst, dateline and sections", _cmd_structure, csv_table="sections"),
    "sentences": Command("one row per sentence with offsets", _cmd_sentences),
    "tokens": Command("one row per token with offsets, stem and flags", _cmd_tokens),
    "statements": Command("who said what: one row per attributed statement (speaker, cue, content spans)",
                          _cmd_statements, _args_attribution),
    "speakers": Command("one row per speaker: canonical name, aliases, role, affiliation, type, statements",
                        _cmd_speakers, _args_attribution),
    "topics": Command("topic counts (rates per 1,000 words) and every mention with offsets", _cmd_topics,
                      _args_topics),
    "sentiment": Command("sentiment per statement (content span) with speaker, or --by speaker",
                         _cmd_sentiment, _args_sentiment),
    "stance": Command("who speaks about whom: one row per speaker and target with the mean target sentiment",
                      _cmd_stance, _args_stance),
    "score": Command("score sentences read one per line from standard input", _cmd_score, takes_path=False),
    "analyse": Command("every stage on one or many texts; tables (CSV + JSON) and charts written to --out",
                       _cmd_analyse, _args_analyse, takes_path=False, csv_table="summary"),
}


# -- entry point -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="Diplomatic Discourse helpers: tables from a news text, as JSON or CSV.",
    )
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    sub.required = True
    for name, cmd in COMMANDS.items():
        p = sub.add_parser(name, help=cmd.help, description=cmd.help)
        if cmd.takes_path:
            p.add_argument("path", metavar="PATH", nargs="?", default=None,
                           help="a text file (always a file name: a missing file is an error)")
            p.add_argument("--text", metavar="TEXT", default=None,
                           help="analyse this text instead of a file (give PATH or --text, not both)")
            p.add_argument("--encoding", default=None,
                           help="decode the file with this codec (default UTF-8; UTF-16/32 by BOM)")
            p.add_argument("--input-format", "--format-in", dest="input_format", default=None,
                           choices=("auto", "text", "markdown", "html", "transcript"),
                           help="the file's format (default: detected)")
        p.add_argument(
            "--format", choices=("json", "csv"), default="json", help="output format (default json)"
        )
        if cmd.add_args:
            cmd.add_args(p)
    return parser


class Terminated(BaseException):
    """Raised in the main thread when the process gets SIGTERM, so clean-up code runs as for Ctrl-C."""


@contextlib.contextmanager
def signals_as_exceptions():
    """SIGTERM raises :class:`Terminated` while the command runs (SIGINT raises KeyboardInterrupt)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise Terminated(signum)

    old = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def say(command: str, message: str) -> None:
    """One line on stderr, prefixed with the subcommand (line breaks in ``message`` become spaces)."""
    print(f"helpers {command}: " + " ".join(str(message).split()), file=sys.stderr, flush=True)


def run_command(cmd: Command, args: argparse.Namespace) -> tuple[int, str | None]:
    """(exit code, text to print): every failure becomes one line on stderr and an exit code."""
    name = args.command
    try:
        return EXIT_OK, render(cmd.run(args), args.format, cmd.csv_table)
    except InputError as exc:
        say(name, f"error: {exc}")
        return EXIT_BAD_INPUT, None
    except OutputError as exc:
        say(name, f"error: {exc}")
        return EXIT_ERROR, None
    except KeyboardInterrupt:
        say(name, "interrupted")
        return EXIT_INTERRUPTED, None
    except Terminated:
        say(name, "terminated")
        return EXIT_TERMINATED, None
    except MemoryError:
        say(name, "error: out of memory (try a smaller input)")
        return EXIT_ERROR, None
    except OSError as exc:  # writing the results folder: a full disk, a lost mount, permissions
        say(name, f"error: {describe_os_error(exc)}")
        return EXIT_ERROR, None
    except Exception as exc:  # the CLI promises one line, never a traceback
        say(name, f"internal error: {type(exc).__name__}: {exc} "
                  "(please report it with the input that caused it)")
        return EXIT_ERROR, None


def emit(command: str, text: str) -> int:
    """Print ``text`` on stdout, checked: a failed write is one line on stderr and exit code 1."""
    try:
        write_checked(sys.stdout, text)
    except BrokenPipeError:  # e.g. piped into `head`: the reader wanted no more
        silence_stdout()
        return EXIT_OK
    except OSError as exc:  # e.g. a full disk: what was written is incomplete, and we say so
        silence_stdout()
        say(command, f"error: cannot write the output: {describe_os_error(exc)}")
        return EXIT_ERROR
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # argparse exits with code 2 and a usage line on bad arguments
    cmd = COMMANDS[args.command]
    if cmd.takes_path and (args.path is None) == (args.text is None):
        parser.error(f"{args.command}: give a PATH or --text TEXT (one of them)")
    try:
        with signals_as_exceptions():
            code, out = run_command(cmd, args)
            return code if out is None else emit(args.command, out)
    except (KeyboardInterrupt, Terminated):  # a second signal during the clean-up
        return EXIT_INTERRUPTED
