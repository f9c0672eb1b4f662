"""Source texts and their metadata (``data/sources/<stem>.txt`` + ``<stem>.yaml``).

Every text has a metadata file with the same stem; the metadata's ``id`` names the source in
every table, file name and citation. This module finds the pairs, validates the metadata
(``source.schema.yaml``), and reads texts strictly: the bytes must be UTF-8, because every
result's ``start``/``end`` are offsets into the decoded text, and a guessed encoding would make
quotes that are not in the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from evidence_review.errors import InputError
from evidence_review.yaml_text import YAMLError, parse_yaml

TEXT_SUFFIX = ".txt"
META_SUFFIX = ".yaml"


@dataclass(frozen=True)
class Source:
    id: str
    text_path: Path
    meta_path: Path
    meta: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.meta["kind"])

    @property
    def study(self) -> str | None:
        return self.meta.get("study")


def _schema() -> dict[str, Any]:
    text = resources.files("evidence_review").joinpath("source.schema.yaml").read_text()
    return parse_yaml(text)


def _yaml_error(path: Path, exc: YAMLError) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    where = f"{path}, line {mark.line + 1}" if mark else str(path)
    return InputError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}")


def load_metadata(path: Path) -> dict[str, Any]:
    try:
        meta = parse_yaml(path.read_text(encoding="utf-8"))
    except YAMLError as exc:
        raise _yaml_error(path, exc) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: metadata must be UTF-8 ({exc.reason} at byte {exc.start})") from exc
    meta = json.loads(json.dumps(meta, default=str))  # dates as ISO strings, as in JSON
    errors = sorted(jsonschema.Draft202012Validator(_schema()).iter_errors(meta), key=str)
    if errors:
        err = errors[0]
        key = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise InputError(
            f"{path}: {key}: {err.message}. The fields are described in src/evidence_review/source.schema.yaml."
        )
    return meta


def discover(directory: str | Path) -> list[Source]:
    """All sources in ``directory``, sorted by id, after checking that texts and metadata pair up."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: source directory not found")
    texts = {p.stem: p for p in directory.glob(f"*{TEXT_SUFFIX}")}
    metas = {p.stem: p for p in directory.glob(f"*{META_SUFFIX}")}
    problems = []
    for stem in sorted(set(metas) - set(texts)):
        problems.append(
            f"{metas[stem]}: describes a source text {stem}{TEXT_SUFFIX} that is not in {directory}; "
            "add the text or remove the metadata file"
        )
    for stem in sorted(set(texts) - set(metas)):
        problems.append(
            f"{texts[stem]}: source text has no metadata file; add {stem}{META_SUFFIX} "
            "(id, kind, title, authors, venue, year, doi or url)"
        )
    if problems:
        raise InputError("\n".join(problems))
    sources: dict[str, Source] = {}
    for stem in sorted(texts):
        meta = load_metadata(metas[stem])
        sid = meta["id"]
        if sid in sources:
            raise InputError(
                f"{metas[stem]}: id {sid!r} is already used by {sources[sid].meta_path}; ids must be unique"
            )
        sources[sid] = Source(sid, texts[stem], metas[stem], meta)
    if not sources:
        raise InputError(f"{directory}: no source texts (*{TEXT_SUFFIX} with a {META_SUFFIX} metadata file)")
    return sorted(sources.values(), key=lambda s: s.id)


def read_text(path: str | Path) -> str:
    """The text of a source file, decoded strictly as UTF-8 with line endings kept.

    Raises :class:`InputError` naming the file, line and byte for empty, binary and non-UTF-8
    files. A UTF-8 byte-order mark is an error too: it would shift every offset by one.
    """
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the source text is empty; add its text or remove it with its metadata")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"{path}: the text is UTF-16 (it starts with a UTF-16 byte-order mark); "
            f"convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8 {path.name} > converted.txt"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        raise InputError(
            f"{path}: the text starts with a UTF-8 byte-order mark, which would shift every offset; "
            f"remove it (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' {path.name})"
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(f"{path}, line {line}: binary data (a NUL byte at byte {nul}); a source must be plain text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{path}, line {line}: not UTF-8 (byte 0x{data[exc.start]:02x} at byte {exc.start}); "
            f"convert it, e.g. iconv -f LATIN1 -t UTF-8 {path.name} > converted.txt"
        ) from exc


def sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def identity_of(path: Path) -> tuple[str, str | None]:
    """The source id and study of a text file: from its ``<stem>.yaml`` when it has one, else its
    file name (lower case, other characters as '-') and no study."""
    meta_path = path.with_suffix(".yaml")
    if meta_path.exists():
        meta = load_metadata(meta_path)
        return meta["id"], meta.get("study")
    return re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "source", None
