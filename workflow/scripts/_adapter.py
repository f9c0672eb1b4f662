"""Shared by the rule scripts: log to the rule's log file, and turn input errors into one message."""

import contextlib
import logging
import sys
from collections.abc import Iterator

from evidence_review.errors import InputError


@contextlib.contextmanager
def rule_logging(log_path: str) -> Iterator[logging.Logger]:
    logging.basicConfig(
        filename=log_path, filemode="w", level=logging.INFO, format="%(levelname)s %(name)s: %(message)s"
    )
    logger = logging.getLogger("evidence_review")
    try:
        yield logger
    except InputError as exc:
        logger.error("%s", exc)
        print(f"evidence-review: error: {exc}", file=sys.stderr)
        sys.exit(1)
