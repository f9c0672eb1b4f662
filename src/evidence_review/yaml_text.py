"""YAML parsing for configuration and metadata, with libyaml's C parser where PyYAML has it.

The workflow parses the vocabulary, the schemas and every source's metadata on each invocation
(a no-op included); the C parser is several times faster than the pure-Python one and reads the
same YAML (safe subset: plain data, no tags that build objects).
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAMLError = yaml.YAMLError


def parse_yaml(text: str) -> Any:
    """The data of a YAML document (raises :class:`yaml.YAMLError` with a ``problem_mark``)."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader (plain data only)
