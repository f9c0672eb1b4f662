"""A large corpus extracted in shards: a folder of texts or a PubMed (MEDLINE) export.

A living review that ingests a literature search has thousands of documents, too many for one
job and too many to list one by one in the workflow. The corpus is split into ``count``
contiguous shards of documents in a fixed order (file names sorted, or the export's record
order); each shard is one job that writes the results of its documents; the gather step checks
each shard against the results contract and concatenates them in shard order, so the corpus
table has the bytes ``evidence-review extract`` gives for the same documents in the same order.

- A folder: every ``*.txt`` in it (not in subfolders), one document each; a ``<stem>.yaml``
  beside a text gives its id and study as for a review source, otherwise the id is the file name.
- A MEDLINE file (PubMed's "Save: PubMed format", ``*.nbib`` or ``*.txt`` starting ``PMID-``),
  read with Biopython's ``Bio.Medline``: one document per record, its title then its abstract,
  its id the PMID.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from evidence_review.errors import InputError


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    study: str | None = None


def _is_medline(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                return line.startswith("PMID-")
    return False


def _folder_texts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def count_documents(corpus: str | Path) -> int:
    """How many documents the corpus has (read once, by the shard jobs' planner)."""
    corpus = Path(corpus)
    if corpus.is_dir():
        return len(_folder_texts(corpus))
    return sum(1 for _ in _medline_records(corpus))


def _medline_records(path: Path) -> Iterator[dict]:
    from Bio import Medline

    with path.open(encoding="utf-8") as handle:
        yield from Medline.parse(handle)


def documents(corpus: str | Path, first: int = 0, stop: int | None = None) -> Iterator[Document]:
    """The documents ``first`` to ``stop`` (exclusive) of a corpus, in corpus order."""
    from evidence_review.sources import identity_of, read_text

    corpus = Path(corpus)
    if not corpus.exists():
        raise InputError(f"{corpus}: the corpus (config corpus/path) does not exist")
    if corpus.is_dir():
        for path in _folder_texts(corpus)[first:stop]:
            sid, study = identity_of(path)
            yield Document(sid, read_text(path), study)
        return
    if not _is_medline(corpus):
        raise InputError(
            f"{corpus}: not a folder of .txt files nor a MEDLINE export (PubMed format: records that start 'PMID- ')"
        )
    for index, record in enumerate(_medline_records(corpus)):
        if index < first:
            continue
        if stop is not None and index >= stop:
            break
        if "PMID" not in record:
            raise InputError(f"{corpus}: record {index + 1} has no PMID line")
        text = "\n".join(part for part in (record.get("TI", ""), record.get("AB", "")) if part)
        yield Document(record["PMID"], text + "\n")


def shard_bounds(total: int, index: int, count: int) -> tuple[int, int]:
    """Documents [first, stop) of shard ``index`` of ``count``: contiguous, sizes differ by at most one."""
    if not 0 <= index < count:
        raise ValueError(f"shard {index} of {count}")
    return index * total // count, (index + 1) * total // count


def extract_shard(corpus: str | Path, index: int, count: int, vocabulary: str | Path | None, out: str | Path) -> int:
    """Extract shard ``index`` of ``count`` of the corpus into the results CSV ``out``; the
    number of documents it held."""
    from evidence_review.extract import Extractor
    from evidence_review.record_csv import write_records
    from evidence_review.records import Result
    from evidence_review.vocabulary import Vocabulary

    vocab = Vocabulary.load(vocabulary) if vocabulary else Vocabulary.empty()
    extractor = Extractor(vocab)
    first, stop = shard_bounds(count_documents(corpus), index, count)
    shard = list(documents(corpus, first, stop))
    rows: list[Result] = []
    for doc in shard:
        vocab.check_study(doc.study, f"{corpus}: document {doc.id}")
        rows.extend(extractor.extract(doc.text, doc.id, doc.study, audit=False).results)
    write_records(rows, Result, out)
    return len(shard)


def gather(shards: list[str | Path], out: str | Path) -> int:
    """Check each shard against the results contract and concatenate them (one header) into
    ``out``; the number of rows."""
    from pandera import errors as pa_errors

    from evidence_review import files, tables
    from evidence_review.atomic import atomic_text_file

    rows = 0
    with atomic_text_file(out) as target:
        for i, shard in enumerate(shards):
            try:
                rows += len(tables.RESULTS.validate(files.read_csv(shard)))
            except pa_errors.SchemaError as exc:
                raise InputError(f"{shard}: does not meet the results contract: {exc}") from exc
            with open(shard, encoding="utf-8", newline="") as source:
                header = source.readline()
                if i == 0:
                    target.write(header)
                shutil.copyfileobj(source, target)
    return rows
