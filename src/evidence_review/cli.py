"""Command-line interface: ``evidence-review <command>``.

``extract FILE...``
    Extract every result from source texts and write the results table as CSV to stdout
    (the same code the workflow's ``extract`` rule runs). Without ``--vocabulary`` (or with
    ``--generic``) it runs in generic mode: no topic filter, outcomes as written, trials from the
    metadata. A file's metadata (``<stem>.yaml`` beside it) gives the source id and study.
``strip-notebook IN OUT``
    Copy an executed notebook without volatile metadata (times, durations), for reproducible
    outputs.

Errors in the input are printed as one message naming the file (and line) and what to do, with
exit status 2; no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from evidence_review.errors import InputError


def _extract(args: argparse.Namespace) -> int:
    """Stream: each file's rows are written as soon as it is extracted, so memory stays flat
    however many files there are. The rows are the records the workflow's extract rule writes
    (same columns, same bytes); the workflow checks them against the table contracts where it
    reads them."""
    from evidence_review.extract import Extractor
    from evidence_review.record_csv import write_rows
    from evidence_review.records import Result, Unexplained
    from evidence_review.sources import identity_of, read_text
    from evidence_review.vocabulary import Vocabulary

    vocab = Vocabulary.empty() if args.generic or args.vocabulary is None else Vocabulary.load(args.vocabulary)
    extractor = Extractor(vocab)
    names = list(args.files)
    if args.files_from:
        names += [line.strip() for line in Path(args.files_from).read_text().splitlines() if line.strip()]
    if not names:
        raise InputError("no files to extract: name them, or list them in a file given with --files-from")
    record_type = Unexplained if args.report_unexplained else Result
    write_rows(sys.stdout, [], record_type)  # the header, also when no file has a row
    for name in names:
        path = Path(name)
        sid, study = identity_of(path)
        vocab.check_study(study, str(path.with_suffix(".yaml")))
        found = extractor.extract(read_text(path), sid, study, audit=args.report_unexplained)
        rows = found.unexplained if args.report_unexplained else found.results
        write_rows(sys.stdout, rows, record_type, header=False)
    return 0


def _strip_notebook(args: argparse.Namespace) -> int:
    from evidence_review.notebooks import strip_notebook

    strip_notebook(args.input, args.output)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="evidence-review", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract results from source texts; CSV to stdout")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--files-from", metavar="LIST", help="a file listing one text file per line")
    p.add_argument(
        "--vocabulary",
        metavar="YAML",
        help="a review's vocabulary: normalises trial, outcome and subgroup names (default: none, generic mode)",
    )
    p.add_argument("--generic", action="store_true", help="no vocabulary, even if one is given (the default)")
    p.add_argument(
        "--report-unexplained",
        action="store_true",
        help="instead of the results, list the numbers of results sentences that no row explains",
    )
    p.set_defaults(func=_extract)
    p = sub.add_parser("strip-notebook", help="copy an executed notebook without volatile metadata")
    p.add_argument("input")
    p.add_argument("output")
    p.set_defaults(func=_strip_notebook)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"evidence-review: error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"evidence-review: error: {exc.filename}: file not found", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early ("| head"): not an error of ours, nothing more to write
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (so that Python's exit flush is quiet)
        return 141  # 128 + SIGPIPE, as a shell reports it


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
