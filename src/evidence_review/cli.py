"""Command-line interface: ``evidence-review <command>``.

``extract FILE...``
    Extract every result from source texts and write the results table as CSV to stdout
    (the same code the workflow's ``extract`` rule runs). A file's metadata (``<stem>.yaml``
    beside it) gives the source id and study when present.
``strip-notebook IN OUT``
    Copy an executed notebook without volatile metadata (times, durations), for reproducible
    outputs.

Errors in the input are printed as one message naming the file (and line) and what to do, with
exit status 2; no traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from evidence_review.errors import InputError


def _extract(args: argparse.Namespace) -> int:
    from evidence_review.stages import extract_text
    from evidence_review.vocabulary import Vocabulary

    vocab = Vocabulary.load(args.vocabulary)
    frames = []
    for name in args.files:
        path = Path(name)
        meta_path = path.with_suffix(".yaml")
        if meta_path.exists():
            from evidence_review.sources import load_metadata

            meta = load_metadata(meta_path)
            sid, study = meta["id"], meta.get("study")
        else:
            sid, study = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "source", None
        frames.append(extract_text(path, sid, vocab, study)["results"])
    import pandas as pd

    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    table.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.10g")
    return 0


def _strip_notebook(args: argparse.Namespace) -> int:
    from evidence_review.notebooks import strip_notebook

    strip_notebook(args.input, args.output)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="evidence-review", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract results from source texts; CSV to stdout")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--vocabulary", default="data/vocabulary.yaml", help="vocabulary YAML (default: %(default)s)")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
